#include "textnormalizer.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

QString foldForMatching(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        if (c == u'\u2019' || c == u'\u2018' || c == u'`' || c == u'\u00B4')
            out += u'\'';
        else if (c == u'\u00DF')
            out += u"ss"_s;
        else
            out += c.toLower();
    }
    return out;
}

QStringList wordsOf(QStringView folded)
{
    QStringList words;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QString cleanIncomingText(QStringView text, int maxChars)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), qsizetype(maxChars) * 2));
    int count = 0;
    for (qsizetype i = 0; i < text.size() && count < maxChars; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                out += c;
                out += text[i + 1];
                ++i;
                ++count;
            }
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        if (c == u'\r') {
            // CR LF and lone CR both become LF.
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            out += u'\n';
            ++count;
            continue;
        }
        if ((c.category() == QChar::Other_Control && c != u'\t' && c != u'\n')
            || c.unicode() == 0xfffe || c.unicode() == 0xffff)
            continue;
        out += c;
        ++count;
    }
    return out;
}

} // namespace Guichet::Server::Channels
