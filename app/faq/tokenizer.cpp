#include "tokenizer.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

enum class Kind : quint8 {
    Separator, //!< ends a word
    Mark, //!< a combining mark: dropped, but does not split the word it is in
    Word, //!< letters or digits: its folded form is appended to the word
};

//! The folded form of one BMP code point. Folds longer than three units (a few Arabic
//! ligatures) are recomputed when met.
struct Folded
{
    std::array<char16_t, 3> text {};
    quint8 size = 0;
    Kind kind = Kind::Separator;
};
constexpr quint8 kLongFold = 0xff;

using Block = std::array<Folded, 256>;

// Letters that NFKD leaves alone but that people routinely write in their plain form.
QString specialFold(char32_t c)
{
    switch (c) {
    case U'ß':
    case U'ẞ':
        return u"ss"_s;
    case U'œ':
    case U'Œ':
        return u"oe"_s;
    case U'æ':
    case U'Æ':
        return u"ae"_s;
    case U'ø':
    case U'Ø':
        return u"o"_s;
    case U'đ':
    case U'Đ':
    case U'ð':
    case U'Ð':
        return u"d"_s;
    case U'ł':
    case U'Ł':
        return u"l"_s;
    case U'þ':
    case U'Þ':
        return u"th"_s;
    case U'ı':
        return u"i"_s;
    default:
        return {};
    }
}

bool isMark(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

QString foldCodePoint(char32_t c, Kind *kind)
{
    if (QString special = specialFold(c); !special.isNull()) {
        *kind = Kind::Word;
        return special;
    }
    if (isMark(c)) {
        *kind = Kind::Mark;
        return {};
    }
    if (!QChar::isLetterOrNumber(c)) {
        *kind = Kind::Separator;
        return {};
    }
    QString folded;
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
    for (const char32_t part : decomposed.toUcs4()) {
        if (!QChar::isLetterOrNumber(part))
            continue; // the accents NFKD split off, or a fraction slash
        if (QString special = specialFold(part); !special.isNull()) {
            folded += special;
            continue;
        }
        const char32_t lower = QChar::toCaseFolded(part);
        folded += QString::fromUcs4(&lower, 1);
    }
    *kind = folded.isEmpty() ? Kind::Separator : Kind::Word;
    return folded;
}

std::unique_ptr<Block> makeBlock(unsigned index)
{
    auto block = std::make_unique<Block>();
    for (unsigned i = 0; i < 256; ++i) {
        const char16_t c = char16_t(index * 256 + i);
        Folded &entry = (*block)[i];
        if (QChar::isSurrogate(c))
            continue; // pairs are decoded by the tokenizer; a lone half separates words
        Kind kind;
        const QString folded = foldCodePoint(c, &kind);
        entry.kind = kind;
        if (folded.size() > qsizetype(entry.text.size())) {
            entry.size = kLongFold;
        } else {
            entry.size = quint8(folded.size());
            for (qsizetype j = 0; j < folded.size(); ++j)
                entry.text[size_t(j)] = folded.at(j).unicode();
        }
    }
    return block;
}

std::array<std::atomic<const Block *>, 256> s_blocks {};

const Folded &foldedChar(char16_t c)
{
    std::atomic<const Block *> &slot = s_blocks[c >> 8];
    const Block *block = slot.load(std::memory_order_acquire);
    if (!block) {
        // Two threads may build the same block; one wins, the other's copy is dropped.
        std::unique_ptr<Block> fresh = makeBlock(c >> 8);
        const Block *expected = nullptr;
        if (slot.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel))
            block = fresh.release(); // kept for the life of the process
        else
            block = expected;
    }
    return (*block)[c & 0xff];
}

// ASCII: the lower-case letter or digit, or 0 for a separator.
constexpr std::array<char16_t, 128> kAscii = [] {
    std::array<char16_t, 128> table {};
    for (char16_t c = u'0'; c <= u'9'; ++c)
        table[c] = c;
    for (char16_t c = u'a'; c <= u'z'; ++c)
        table[c] = c;
    for (char16_t c = u'A'; c <= u'Z'; ++c)
        table[c] = char16_t(c - u'A' + u'a');
    return table;
}();

} // namespace

Tokenizer::Tokenizer(QStringView text)
    : m_text(text)
    , m_word(32, u'\0')
{ }

void Tokenizer::reset(QStringView text)
{
    m_text = text;
    m_start = 0;
    m_end = 0;
    m_length = 0;
    m_hash = kHashSeed;
}

void Tokenizer::reserve(qsizetype extra)
{
    if (m_length + extra > qsizetype(m_word.size()))
        m_word.resize(size_t(std::max(m_length + extra, 2 * qsizetype(m_word.size()))));
}

void Tokenizer::append(const char16_t *text, qsizetype size)
{
    reserve(size);
    char16_t *out = m_word.data() + m_length;
    for (qsizetype k = 0; k < size; ++k) {
        out[k] = text[k];
        m_hash = (m_hash ^ text[k]) * kHashPrime;
    }
    m_length += size;
}

bool Tokenizer::next()
{
    m_length = 0;
    m_hash = kHashSeed;
    const qsizetype size = m_text.size();
    const QChar *data = m_text.data();
    qsizetype i = m_end;
    bool inWord = false;
    while (i < size) {
        const char16_t c = data[i].unicode();
        if (c < 128) {
            if (kAscii[c]) {
                if (!inWord) {
                    inWord = true;
                    m_start = i;
                }
                // Most text is ASCII: fold, hash and store the whole run in one loop.
                reserve(size - i);
                char16_t *out = m_word.data() + m_length;
                const char16_t *const begin = out;
                quint32 hash = m_hash;
                char16_t u = c;
                do {
                    const char16_t folded = kAscii[u];
                    *out++ = folded;
                    hash = (hash ^ folded) * kHashPrime;
                    if (++i == size)
                        break;
                    u = data[i].unicode();
                } while (u < 128 && kAscii[u]);
                m_hash = hash;
                m_length += out - begin;
                continue;
            }
            if (inWord)
                break;
            ++i;
            continue;
        }

        Kind kind;
        qsizetype width = 1;
        QString longFold;
        const Folded *folded = nullptr;
        if (QChar::isHighSurrogate(c) && i + 1 < size && data[i + 1].isLowSurrogate()) {
            width = 2;
            longFold = foldCodePoint(QChar::surrogateToUcs4(c, data[i + 1].unicode()), &kind);
        } else {
            folded = &foldedChar(c);
            kind = folded->kind;
            if (kind == Kind::Word && folded->size == kLongFold)
                longFold = foldCodePoint(c, &kind);
        }

        if (kind == Kind::Separator) {
            if (inWord)
                break;
        } else if (kind == Kind::Word) {
            if (!inWord) {
                inWord = true;
                m_start = i;
            }
            if (folded && folded->size != kLongFold) {
                append(folded->text.data(), folded->size);
            } else {
                append(QStringView(longFold).utf16(), longFold.size());
            }
        }
        // A mark outside a word is skipped; inside one it extends it.
        i += width;
    }
    m_end = i;
    return inWord;
}

QString Tokenizer::fold(QStringView text)
{
    QString result;
    Tokenizer tokenizer(text);
    while (tokenizer.next()) {
        if (!result.isEmpty())
            result.append(u' ');
        result.append(tokenizer.word());
    }
    return result;
}

QStringList Tokenizer::words(QStringView text)
{
    QStringList result;
    Tokenizer tokenizer(text);
    while (tokenizer.next())
        result.append(tokenizer.word().toString());
    return result;
}

} // namespace Guichet
