#include "validation.h"

#include "limits.h"

using namespace Qt::StringLiterals;

namespace Guichet::Protocol {

namespace {

bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

bool isValidUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != u'-' : !isLowerHex(text[i]))
            return false;
    }
    return true;
}

bool isValidLogin(QStringView text)
{
    if (text.size() < 2 || text.size() > 32)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool lowerAlnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!lowerAlnum && (i == 0 || (c != u'.' && c != u'_' && c != u'-')))
            return false;
    }
    return true;
}

bool isValidToken(QStringView text)
{
    if (text.size() < 16 || text.size() > kMaxTokenChars)
        return false;
    for (const QChar c : text) {
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

bool isValidSlug(QStringView text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (const QChar c : text) {
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

bool isValidHttpUrl(QStringView text)
{
    if (text.size() > kMaxUrlChars)
        return false;
    if (!text.startsWith(u"https://") && !text.startsWith(u"http://"))
        return false;
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

Result<void> checkText(QStringView text, int maxChars, bool multiline, const QString &field)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return makeError(ErrorCode::InvalidUtf8, u"unpaired surrogate"_s, field);
            ++i;
        } else if (c.isLowSurrogate()) {
            return makeError(ErrorCode::InvalidUtf8, u"unpaired surrogate"_s, field);
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            const bool allowed = c == u'\t' || (multiline && (c == u'\n' || c == u'\r'));
            if (!allowed)
                return makeError(ErrorCode::InvalidValue, u"control character"_s, field);
        } else if (c.unicode() == 0xfffe || c.unicode() == 0xffff) {
            return makeError(ErrorCode::InvalidUtf8, u"noncharacter"_s, field);
        }
        ++count;
    }
    if (count > maxChars) {
        return makeError(ErrorCode::TextTooLong, u"longer than %1 characters"_s.arg(maxChars),
                         field);
    }
    return {};
}

} // namespace Guichet::Protocol
