#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>

namespace Guichet {

//! Splits text into the words that search works on, folded: compatibility decomposition
//! (NFKD), case folding, accents and other combining marks dropped, and the letters that
//! people write without their special form expanded ("Œuvre" → "oeuvre", "Straße" →
//! "strasse", "ﬁn" → "fin", "Ærø" → "aero"). A word is a run of letters and digits; anything
//! else (spaces, punctuation, apostrophes, hyphens, symbols, emoji) separates words.
//!
//! Positions refer to the original text in UTF-16 code units, so that a word can be
//! highlighted where it was found. Reentrant: the folding tables are built on first use,
//! one block of 256 code points at a time, and shared between threads.
class Tokenizer
{
public:
    explicit Tokenizer(QStringView text = {});

    //! Starts over on @p text, keeping the buffer: for tokenizing many texts in a row.
    void reset(QStringView text);

    //! Moves to the next word; false when there is none left.
    bool next();
    //! The current word, folded. Valid until the next call to next().
    QStringView word() const { return QStringView(m_word.data(), m_length); }
    //! Where the current word starts in the text, in UTF-16 code units.
    qsizetype start() const { return m_start; }
    //! The current word's length in the text (not in word()), in UTF-16 code units.
    qsizetype length() const { return m_end - m_start; }
    //! True when nothing follows the current word: it may still be being typed.
    bool atEnd() const { return m_end == m_text.size(); }
    //! hashWord(word()), computed while folding.
    quint32 hash() const { return m_hash; }

    //! The 32-bit FNV-1a hash of a folded word's UTF-16 units.
    static quint32 hashWord(QStringView word)
    {
        quint32 hash = kHashSeed;
        for (const QChar c : word)
            hash = (hash ^ c.unicode()) * kHashPrime;
        return hash;
    }

    //! The folded words of @p text, separated by single spaces.
    static QString fold(QStringView text);
    //! The folded words of @p text.
    static QStringList words(QStringView text);

private:
    static constexpr quint32 kHashSeed = 2166136261u;
    static constexpr quint32 kHashPrime = 16777619u;

    void reserve(qsizetype extra);
    void append(const char16_t *text, qsizetype size);

    QStringView m_text;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
    // The folded word: m_length units in m_word, whose size is the capacity.
    std::u16string m_word;
    qsizetype m_length = 0;
    quint32 m_hash = kHashSeed;
};

} // namespace Guichet
