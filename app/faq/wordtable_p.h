#pragma once

// Internals of FaqIndex: a string interner. Not part of the API.

#include <QStringView>

#include <string_view>
#include <vector>

namespace Guichet::Internal {

//! Gives each distinct string (a folded word, a stem) a dense id from 0. Open addressing
//! with linear probing over (hash, place) slots; each string is stored with its length right
//! before its characters, so that a lookup touches two cache lines: the slot and the string.
//! Several times faster than QHash<QString, int> on the indexing path, and it allocates
//! nothing per lookup. Views returned by text() and view() are invalidated by insert().
class WordTable
{
public:
    WordTable();

    //! The id of @p text, or -1. @p hash is Tokenizer::hashWord(text).
    qint32 find(QStringView text, quint32 hash) const;
    qint32 find(QStringView text) const;
    //! The id of @p text, added if new; @p added tells which.
    qint32 insert(QStringView text, quint32 hash, bool *added = nullptr);
    qint32 insert(QStringView text, bool *added = nullptr);
    QStringView text(qint32 id) const;
    std::u16string_view view(qint32 id) const;
    qint32 size() const { return qint32(m_places.size()); }

private:
    struct Slot
    {
        quint32 hash;
        qint32 place; // where the string is in m_chars, or -1 for an empty slot
    };
    // In m_chars, a string is [id, low and high 16 bits][length][characters...].
    static constexpr qsizetype kMaxLength = 0xffff;
    static constexpr qsizetype kHeader = 3;

    // FNV-1a's low bits see only the low bits of each unit: fold the high ones in.
    static size_t spread(quint32 hash) { return hash ^ (hash >> 16); }
    size_t probe(QStringView text, quint32 hash) const;
    std::u16string_view at(qint32 place) const
    {
        return { m_chars.data() + place + kHeader, m_chars[size_t(place) + 2] };
    }
    qint32 idAt(qint32 place) const
    {
        return qint32(m_chars[size_t(place)] | quint32(m_chars[size_t(place) + 1]) << 16);
    }
    void grow();

    std::vector<char16_t> m_chars;
    std::vector<qint32> m_places; // id → place
    std::vector<Slot> m_slots;
};

} // namespace Guichet::Internal
