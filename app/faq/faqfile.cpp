#include "faqfile.h"

#include "faqlogging.h"
#include "faqreader_p.h"
#include "protocol/limits.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QThread>

#include <algorithm>
#include <thread>
#include <utility>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

// An entry is at most ~60 KB of UTF-8 (answer, keywords, links at their limits).
constexpr qsizetype kMaxLineBytes = Protocol::kMaxAgentFrameBytes;
// From this size, a file is read on several threads (about 1,000 entries).
constexpr qsizetype kParallelFromBytes = 1024 * 1024;
constexpr int kMaxThreads = 4;

QByteArrayView trimmed(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.chop(1);
    while (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
        line = line.sliced(1);
    return line;
}

//! The reference path: QJsonDocument and FaqEntry::fromJson, for the lines the fast reader
//! does not accept. Gives the error of the line.
Result<FaqEntry> readEntry(QByteArrayView line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(parseError.error == QJsonParseError::IllegalUTF8String
                             ? ErrorCode::InvalidUtf8
                             : ErrorCode::MalformedJson,
                         FaqFile::tr("invalid JSON at byte %1: %2")
                             .arg(parseError.offset + 1)
                             .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return makeError(ErrorCode::NotAnObject, FaqFile::tr("expected a JSON object"));
    return FaqEntry::fromJson(document.object());
}

} // namespace

QString FaqLineError::toString() const
{
    return FaqFile::tr("line %1: %2").arg(line).arg(error.toString());
}

namespace {

//! The lines of one stretch of the file, read on their own.
struct Chunk
{
    QByteArrayView data;
    int firstLine = 1;
    int nonBlank = 0;
    QList<std::pair<int, FaqEntry>> entries; // (line, entry)
    QList<FaqLineError> errors;
};

void readChunk(Chunk &chunk)
{
    const QByteArrayView data = chunk.data;
    int lineNumber = chunk.firstLine - 1;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = trimmed(data.sliced(pos, end - pos));
        pos = end + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        ++chunk.nonBlank;
        if (line.size() > kMaxLineBytes) {
            chunk.errors.append(
                { lineNumber,
                  makeError(ErrorCode::TextTooLong,
                            FaqFile::tr("line longer than %1 bytes").arg(kMaxLineBytes)) });
            continue;
        }
        std::optional<FaqEntry> fast = Internal::readEntryFast(line);
        Result<FaqEntry> entry = fast ? Result<FaqEntry>(std::move(*fast)) : readEntry(line);
        if (entry)
            chunk.entries.append({ lineNumber, std::move(entry).value() });
        else
            chunk.errors.append({ lineNumber, entry.error() });
    }
}

//! Cuts @p data in about @p count stretches of whole lines.
QList<Chunk> split(QByteArrayView data, int count)
{
    QList<Chunk> chunks;
    if (data.isEmpty())
        return { Chunk() };
    int line = 1;
    qsizetype pos = 0;
    for (int i = 0; i < count && pos < data.size(); ++i) {
        qsizetype end = i + 1 == count ? data.size() : pos + (data.size() - pos) / (count - i);
        if (end < data.size()) {
            end = data.indexOf('\n', end);
            end = end < 0 ? data.size() : end + 1;
        }
        Chunk chunk;
        chunk.data = data.sliced(pos, end - pos);
        chunk.firstLine = line;
        // QByteArrayView::count(char) goes through the general substring count: slow.
        line += int(std::count(chunk.data.begin(), chunk.data.end(), '\n'));
        chunks.append(chunk);
        pos = end;
    }
    return chunks;
}

} // namespace

Result<FaqFile> FaqFile::parse(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    // Lines are independent: a large file is read on several threads, then merged in order.
    const int threads = data.size() >= kParallelFromBytes
        ? std::clamp(QThread::idealThreadCount(), 1, kMaxThreads)
        : 1;
    QList<Chunk> chunks = split(data, threads);
    if (chunks.size() == 1) {
        readChunk(chunks.first());
    } else {
        std::vector<std::thread> workers;
        for (qsizetype i = 1; i < chunks.size(); ++i)
            workers.emplace_back(readChunk, std::ref(chunks[i]));
        readChunk(chunks.first());
        for (std::thread &worker : workers)
            worker.join();
    }

    FaqFile file;
    int nonBlank = 0;
    QHash<QString, int> seen; // "id/lang" → line of its first occurrence
    for (Chunk &chunk : chunks) {
        nonBlank += chunk.nonBlank;
        file.errors.append(chunk.errors);
        file.entries.reserve(file.entries.size() + chunk.entries.size());
        for (auto &[line, entry] : chunk.entries) {
            const QString key = entry.id + u'/' + wireName(entry.lang);
            if (const auto it = seen.constFind(key); it != seen.cend()) {
                file.errors.append({ line,
                                     makeError(ErrorCode::InvalidValue,
                                               tr("duplicate of line %1 (same id and "
                                                  "language)")
                                                   .arg(*it),
                                               u"id"_s) });
                continue;
            }
            seen.insert(key, line);
            file.entries.append(std::move(entry));
        }
    }
    std::stable_sort(file.errors.begin(), file.errors.end(),
                     [](const FaqLineError &a, const FaqLineError &b) { return a.line < b.line; });

    if (file.entries.isEmpty() && nonBlank > 0) {
        const FaqLineError &first = file.errors.constFirst();
        return makeError(ErrorCode::MalformedJson,
                         tr("not a knowledge base: none of its %n line(s) is a valid entry (%1)",
                            nullptr, nonBlank)
                             .arg(first.toString()));
    }
    if (!file.errors.isEmpty()) {
        qCWarning(lcFaq) << "knowledge base:" << file.errors.size() << "malformed line(s) skipped,"
                         << file.entries.size() << "entries kept";
    }
    return file;
}

Result<FaqFile> FaqFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("no knowledge base file at %1").arg(path));
    if (QFileInfo(path).isDir())
        return makeError(ErrorCode::InvalidValue, tr("%1 is a folder, not a file").arg(path));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::StorageError,
                         tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    return parse(file.readAll());
}

QByteArray FaqFile::serialize(const QList<FaqEntry> &entries)
{
    QByteArray data;
    for (const FaqEntry &entry : entries) {
        data += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
        data += '\n';
    }
    return data;
}

} // namespace Guichet
