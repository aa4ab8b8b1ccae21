#include "faqlexicon.h"

#include <QFile>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

//! The line of @p data that starts at @p start, without its '\n'.
QByteArrayView lineAt(QByteArrayView data, qsizetype start)
{
    const char *begin = data.data() + start;
    const auto *next =
        static_cast<const char *>(std::memchr(begin, '\n', size_t(data.size() - start)));
    return QByteArrayView(begin, next ? next - begin : data.size() - start);
}

//! A line of three fields: its key is the first two ("de>fr\tstem").
bool wellFormed(QByteArrayView line)
{
    const qsizetype first = line.indexOf('\t');
    if (first <= 0)
        return false;
    const qsizetype second = line.indexOf('\t', first + 1);
    return second > first + 1 && line.indexOf('\t', second + 1) < 0;
}

} // namespace

Result<void> FaqLexicon::check(QByteArrayView data)
{
    if (data.size() >= qsizetype(UINT32_MAX))
        return makeError(ErrorCode::InvalidValue, tr("lexicon too large"));
    QByteArrayView previous;
    qsizetype number = 0;
    for (qsizetype start = 0; start < data.size();) {
        const QByteArrayView line = lineAt(data, start);
        start += line.size() + 1;
        if (line.isEmpty())
            continue;
        ++number;
        // The binary search needs the order, and a line without its three fields is a file
        // cut short or edited by hand: say so rather than search garbage.
        if (!wellFormed(line) || line < previous) {
            return makeError(ErrorCode::InvalidValue,
                             tr("lexicon line %1 malformed or out of order").arg(number));
        }
        previous = line;
    }
    return {};
}

Result<FaqLexicon> FaqLexicon::fromData(QByteArray data)
{
    if (Result<void> checked = check(data); !checked)
        return checked.error();
    FaqLexicon lexicon;
    lexicon.m_data = std::move(data);
    return lexicon;
}

Result<FaqLexicon> FaqLexicon::read(const QString &path)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->exists())
        return makeError(ErrorCode::NotFound, tr("no lexicon file at %1").arg(path));
    if (!file->open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::StorageError,
                         tr("cannot read %1: %2").arg(path, file->errorString()));
    }
    FaqLexicon lexicon;
    const qint64 size = file->size();
    if (size >= qint64(UINT32_MAX))
        return makeError(ErrorCode::InvalidValue, path + u": "_s + tr("lexicon too large"));
    // A compressed resource cannot be mapped: then it is read.
    if (uchar *mapped = size > 0 ? file->map(0, size) : nullptr) {
        lexicon.m_data = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size);
        lexicon.m_file = std::move(file);
    } else {
        lexicon.m_data = file->readAll();
    }
    // The ends only: a file cut short, or not a lexicon at all, shows there.
    const QByteArrayView data = lexicon.m_data;
    const qsizetype lastStart = data.size() > 1 ? data.lastIndexOf('\n', data.size() - 2) + 1 : 0;
    if (!data.isEmpty()
        && (!data.endsWith('\n') || !wellFormed(lineAt(data, 0))
            || !wellFormed(lineAt(data, lastStart)) || lineAt(data, lastStart) < lineAt(data, 0))) {
        return makeError(ErrorCode::InvalidValue,
                         path + u": "_s + tr("lexicon line %1 malformed or out of order").arg(1));
    }
    return lexicon;
}

qsizetype FaqLexicon::size() const
{
    qsizetype lines = 0;
    const QByteArrayView data = m_data;
    for (qsizetype start = 0; start < data.size();) {
        const QByteArrayView line = lineAt(data, start);
        start += line.size() + 1;
        lines += !line.isEmpty();
    }
    return lines;
}

std::vector<FaqLexicon::Translation> FaqLexicon::translate(Language from, Language to,
                                                           QStringView stem) const
{
    std::vector<Translation> result;
    if (m_data.isEmpty() || from == to || stem.isEmpty())
        return result;
    const QByteArray key = (wireName(from) + u'>' + wireName(to) + u'\t' + stem + u'\t').toUtf8();
    const QByteArrayView data = m_data;
    // Binary search over the bytes: lo and hi are always the starts of lines; the line that
    // holds the middle byte is found by stepping back to its start (lines are short).
    qsizetype lo = 0;
    qsizetype hi = data.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        qsizetype start = mid;
        while (start > lo && data[start - 1] != '\n')
            --start;
        const QByteArrayView line = lineAt(data, start);
        if (line < QByteArrayView(key))
            lo = start + line.size() + 1;
        else
            hi = start;
    }
    if (lo >= data.size())
        return result;
    const QByteArrayView line = lineAt(data, lo);
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
