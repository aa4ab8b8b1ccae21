#include "tokenizer.h"
#include "wordtable_p.h"

#include <algorithm>

namespace Guichet::Internal {

WordTable::WordTable()
    : m_slots(256, Slot { 0, -1 })
{ }

namespace {

// Words are short: a loop beats a call to memcmp.
bool sameText(std::u16string_view stored, QStringView text)
{
    if (stored.size() != size_t(text.size()))
        return false;
    const char16_t *a = stored.data();
    const char16_t *b = text.utf16();
    for (size_t i = 0; i < stored.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

} // namespace

size_t WordTable::probe(QStringView text, quint32 hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = spread(hash) & mask;; slot = (slot + 1) & mask) {
        const Slot &entry = m_slots[slot];
        if (entry.place < 0)
            return slot;
        if (entry.hash == hash && sameText(at(entry.place), text))
            return slot;
    }
}

qint32 WordTable::find(QStringView text, quint32 hash) const
{
    if (text.size() > kMaxLength)
        return -1;
    const qint32 place = m_slots[probe(text, hash)].place;
    return place < 0 ? -1 : idAt(place);
}

qint32 WordTable::find(QStringView text) const
{
    return find(text, Tokenizer::hashWord(text));
}

qint32 WordTable::insert(QStringView text, bool *added)
{
    return insert(text, Tokenizer::hashWord(text), added);
}

qint32 WordTable::insert(QStringView text, quint32 hash, bool *added)
{
    text = text.left(kMaxLength); // longer is not a word anyone searches
    Slot &slot = m_slots[probe(text, hash)];
    if (slot.place >= 0) {
        if (added)
            *added = false;
        return idAt(slot.place);
    }
    const qint32 id = size();
    const auto place = qint32(m_chars.size());
    m_chars.push_back(char16_t(quint32(id) & 0xffff));
    m_chars.push_back(char16_t(quint32(id) >> 16));
    m_chars.push_back(char16_t(text.size()));
    m_chars.insert(m_chars.end(), text.utf16(), text.utf16() + text.size());
    m_places.push_back(place);
    slot = { hash, place };
    if (size_t(size()) * 2 > m_slots.size())
        grow();
    if (added)
        *added = true;
    return id;
}

void WordTable::grow()
{
    std::vector<Slot> slots(m_slots.size() * 2, Slot { 0, -1 });
    const size_t mask = slots.size() - 1;
    for (const Slot &entry : m_slots) {
        if (entry.place < 0)
            continue;
        size_t slot = spread(entry.hash) & mask;
        while (slots[slot].place >= 0)
            slot = (slot + 1) & mask;
        slots[slot] = entry;
    }
    m_slots.swap(slots);
}

QStringView WordTable::text(qint32 id) const
{
    const std::u16string_view stored = view(id);
    return QStringView(stored.data(), qsizetype(stored.size()));
}

std::u16string_view WordTable::view(qint32 id) const
{
    return at(m_places[size_t(id)]);
}

} // namespace Guichet::Internal
