#include "faqreader_p.h"
#include "protocol/limits.h"
#include "protocol/validation.h"
#include "textscan_p.h"

#include <QStringList>
#include <QUtf8StringView>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Guichet::Internal {

namespace {

using namespace Guichet::Protocol;

// The limits of readFaqEntry (protocol/codec.cpp).
constexpr qsizetype kMaxKeywords = 64;
constexpr int kMaxKeywordChars = 100;
constexpr qsizetype kMaxLinks = 16;
constexpr int kMaxIdChars = 65;
constexpr int kMaxDepth = 32;

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p != m_end && *m_p == c;
    }
    bool takeNull()
    {
        skipSpace();
        if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
            m_p += 4;
            return true;
        }
        return false;
    }

    //! A JSON string, decoded. @p plain, when given, tells whether the protocol's text check
    //! reduces to a length check for it (see scanJsonString).
    bool string(QString *out, bool *plain = nullptr)
    {
        if (!take('"'))
            return false;
        // The closing quote is the first one not escaped by an odd run of backslashes.
        const char *start = m_p;
        const char *quote = start;
        for (;;) {
            quote = static_cast<const char *>(std::memchr(quote, '"', size_t(m_end - quote)));
            if (!quote)
                return false;
            const char *backslash = quote;
            while (backslash > start && backslash[-1] == '\\')
                --backslash;
            if ((quote - backslash) % 2 == 0)
                break;
            ++quote;
        }
        // No raw control character (not JSON); escapes only if there is a backslash.
        bool controls = false;
        bool backslashes = false;
        bool unusual = false;
        scanJsonString(start, quote, &controls, &backslashes, &unusual);
        if (controls)
            return false;
        if (plain)
            *plain = !backslashes && !unusual;
        const QByteArrayView raw(start, quote - start);
        m_p = quote + 1;
        if (!backslashes) {
            *out = QString::fromUtf8(raw);
            return true;
        }
        return unescape(raw, out);
    }

    //! A JSON string without escapes, as its raw bytes (keys and language codes): false for
    //! anything else, which the reference path then reads.
    bool rawString(QByteArrayView *out)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p != m_end && *m_p != '"') {
            const auto byte = static_cast<unsigned char>(*m_p);
            if (byte < 0x20 || byte == '\\')
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }

    //! Any JSON value, checked and dropped.
    bool skipValue(int depth = 0)
    {
        if (depth > kMaxDepth)
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"': {
            QString ignored;
            return string(&ignored);
        }
        case '{': {
            ++m_p;
            if (take('}'))
                return true;
            do {
                QString key;
                if (!string(&key) || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        }
        case '[': {
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool literal(const char *word)
    {
        const auto size = std::strlen(word);
        if (size_t(m_end - m_p) < size || std::memcmp(m_p, word, size) != 0)
            return false;
        m_p += size;
        return true;
    }
    bool digits()
    {
        const char *start = m_p;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p != start;
    }
    bool number()
    {
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (m_p != m_end && *m_p == '0') {
            ++m_p;
        } else if (!digits()) {
            return false;
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }
    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    static bool unescape(QByteArrayView raw, QString *out)
    {
        out->clear();
        qsizetype plainStart = 0;
        qsizetype i = 0;
        while (i < raw.size()) {
            if (raw[i] != '\\') {
                ++i;
                continue;
            }
            out->append(QString::fromUtf8(raw.sliced(plainStart, i - plainStart)));
            if (i + 1 >= raw.size())
                return false;
            const char code = raw[i + 1];
            i += 2;
            switch (code) {
            case '"':
                out->append(u'"');
                break;
            case '\\':
                out->append(u'\\');
                break;
            case '/':
                out->append(u'/');
                break;
            case 'b':
                out->append(u'\b');
                break;
            case 'f':
                out->append(u'\f');
                break;
            case 'n':
                out->append(u'\n');
                break;
            case 'r':
                out->append(u'\r');
                break;
            case 't':
                out->append(u'\t');
                break;
            case 'u': {
                if (i + 4 > raw.size())
                    return false;
                int value = 0;
                for (int k = 0; k < 4; ++k) {
                    const int digit = hexValue(raw[i + k]);
                    if (digit < 0)
                        return false;
                    value = value * 16 + digit;
                }
                out->append(QChar(char16_t(value)));
                i += 4;
                break;
            }
            default:
                return false;
            }
            plainStart = i;
        }
        out->append(QString::fromUtf8(raw.sliced(plainStart)));
        return true;
    }

    const char *m_p;
    const char *m_end;
};

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

//! checkText's verdict, asked only when the text has a character it might object to: one
//! below U+0020, U+007F, a surrogate or a noncharacter. Otherwise every unit is one code point
//! and checkText would only compare the length.
bool passesCheckText(const QString &text, int maxChars, bool multiline)
{
    if (!isPlainText(text))
        return checkText(text, maxChars, multiline, {}).ok();
    return text.size() <= maxChars;
}

//! @p plain: the raw JSON string had nothing checkText looks at (Scanner::string).
bool validText(const QString &text, int maxChars, bool multiline, bool plain)
{
    if (isBlank(text))
        return false;
    return plain ? text.size() <= maxChars : passesCheckText(text, maxChars, multiline);
}

//! The language of a wire name given as bytes, without building a string.
std::optional<Language> languageOf(QByteArrayView name)
{
    static const auto names = [] {
        std::vector<std::pair<QByteArray, Language>> table;
        for (const Language lang : allValues<Language>())
            table.emplace_back(wireName(lang).toLatin1(), lang);
        return table;
    }();
    for (const auto &[wire, lang] : names) {
        if (name == wire)
            return lang;
    }
    return std::nullopt;
}

//! An optional array of strings: absent or null leaves @p out empty.
bool stringArray(Scanner &scanner, qsizetype maxItems, QStringList *out)
{
    if (scanner.takeNull())
        return true;
    if (!scanner.take('['))
        return false;
    if (scanner.take(']'))
        return true;
    do {
        QString item;
        if (!scanner.string(&item) || out->size() == maxItems)
            return false;
        out->append(item);
    } while (scanner.take(','));
    return scanner.take(']');
}

} // namespace

std::optional<FaqEntry> readEntryFast(QByteArrayView line)
{
    if (!QUtf8StringView(line).isValidUtf8())
        return std::nullopt;
    Scanner scanner(line);
    if (!scanner.take('{'))
        return std::nullopt;

    FaqEntry entry;
    QByteArrayView lang;
    enum Seen : unsigned { Id = 1, Lang = 2, Question = 4, Answer = 8, Keywords = 16, Links = 32 };
    unsigned seen = 0;
    unsigned nulls = 0;
    unsigned plain = 0; // fields whose text needs no closer check than its length
    const auto once = [&seen](unsigned field) {
        if (seen & field)
            return false; // a duplicate key: let QJsonDocument decide which one counts
        seen |= field;
        return true;
    };
    if (!scanner.take('}')) {
        do {
            QByteArrayView key;
            if (!scanner.rawString(&key) || !scanner.take(':'))
                return std::nullopt;
            bool ok = true;
            const auto stringField = [&](unsigned field, QString *out) {
                if (!once(field))
                    return false;
                if (scanner.takeNull()) {
                    nulls |= field;
                    return true;
                }
                bool isPlain = false;
                if (!scanner.string(out, &isPlain))
                    return false;
                if (isPlain)
                    plain |= field;
                return true;
            };
            const auto languageField = [&] {
                if (!once(Lang))
                    return false;
                if (scanner.takeNull()) {
                    nulls |= Lang;
                    return true;
                }
                return scanner.rawString(&lang);
            };
            if (key == "id")
                ok = stringField(Id, &entry.id);
            else if (key == "lang")
                ok = languageField();
            else if (key == "question")
                ok = stringField(Question, &entry.question);
            else if (key == "answer")
                ok = stringField(Answer, &entry.answer);
            else if (key == "keywords")
                ok = once(Keywords) && stringArray(scanner, kMaxKeywords, &entry.keywords);
            else if (key == "links")
                ok = once(Links) && stringArray(scanner, kMaxLinks, &entry.links);
            else
                ok = scanner.skipValue(); // unknown fields are ignored, as in the protocol
            if (!ok)
                return std::nullopt;
        } while (scanner.take(','));
        if (!scanner.take('}'))
            return std::nullopt;
    }
    if (!scanner.atEnd())
        return std::nullopt;

    // The rules of FaqEntry::fromJson; a required field given as null counts as missing.
    constexpr unsigned required = Id | Lang | Question | Answer;
    if ((seen & required) != required || (nulls & required))
        return std::nullopt;
    const auto language = languageOf(lang);
    if (!language || !validText(entry.id, kMaxIdChars, false, plain & Id) || !isValidSlug(entry.id)
        || !validText(entry.question, kMaxShortTextChars, false, plain & Question)
        || !validText(entry.answer, kMaxMessageChars, true, plain & Answer)) {
        return std::nullopt;
    }
    entry.lang = *language;
    for (const QString &keyword : std::as_const(entry.keywords)) {
        if (!passesCheckText(keyword, kMaxKeywordChars, false))
            return std::nullopt;
    }
    for (const QString &link : std::as_const(entry.links)) {
        if (!isValidHttpUrl(link))
            return std::nullopt;
    }
    return entry;
}

} // namespace Guichet::Internal
