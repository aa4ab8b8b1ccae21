#include "faqlexicon.h"

#include <QFile>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Guichet {

Result<FaqLexicon> FaqLexicon::fromData(QByteArray data)
{
    FaqLexicon lexicon;
    if (data.size() >= qsizetype(UINT32_MAX))
        return makeError(ErrorCode::InvalidValue, tr("lexicon too large"));
    lexicon.m_data = std::move(data);
    const char *begin = lexicon.m_data.constData();
    const char *end = begin + lexicon.m_data.size();
    lexicon.m_lines.reserve(size_t(lexicon.m_data.size() / 24));
    QByteArrayView previous;
    for (const char *line = begin; line < end;) {
        const char *next = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        if (!next)
            next = end;
        const QByteArrayView text(line, next - line);
        if (!text.isEmpty()) {
            // The binary search needs the order, and a line without its three fields is a
            // file cut short or edited by hand: say so rather than search garbage.
            if (text.count('\t') != 2 || text < previous) {
                return makeError(ErrorCode::InvalidValue,
                                 tr("lexicon line %1 malformed or out of order")
                                     .arg(lexicon.m_lines.size() + 1));
            }
            lexicon.m_lines.push_back(quint32(line - begin));
            previous = text;
        }
        line = next + 1;
    }
    return lexicon;
}

Result<FaqLexicon> FaqLexicon::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("no lexicon file at %1").arg(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::StorageError,
                         tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    Result<FaqLexicon> lexicon = fromData(file.readAll());
    if (!lexicon) {
        Error error = lexicon.error();
        error.message = path + u": "_s + error.message;
        return error;
    }
    return lexicon;
}

std::vector<FaqLexicon::Translation> FaqLexicon::translate(Language from, Language to,
                                                           QStringView stem) const
{
    std::vector<Translation> result;
    if (m_lines.empty() || from == to || stem.isEmpty())
        return result;
    const QByteArray key = (wireName(from) + u'>' + wireName(to) + u'\t' + stem + u'\t').toUtf8();
    const char *data = m_data.constData();
    const auto lineAt = [&](quint32 offset) {
        const char *line = data + offset;
        const char *end = data + m_data.size();
        const char *next = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        return QByteArrayView(line, (next ? next : end) - line);
    };
    const auto it = std::lower_bound(
        m_lines.begin(), m_lines.end(), key,
        [&](quint32 offset, const QByteArray &k) { return lineAt(offset) < QByteArrayView(k); });
    if (it == m_lines.end())
        return result;
    const QByteArrayView line = lineAt(*it);
    if (!line.startsWith(key))
        return result;
    const QString list = QString::fromUtf8(line.sliced(key.size()));
    for (const QStringView item : QStringView(list).split(u'|', Qt::SkipEmptyParts)) {
        const qsizetype colon = item.lastIndexOf(u':');
        if (colon <= 0)
            continue;
        bool ok = false;
        const float weight = item.mid(colon + 1).toFloat(&ok);
        if (ok && weight > 0)
            result.push_back({ item.left(colon).toString(), std::min(weight, 1.0f) });
    }
    return result;
}

} // namespace Guichet
