#include "knowledgebase.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Guichet::Server::KnowledgeBase {

Result<QList<FaqEntry>> parse(const QByteArray &jsonLines, QStringList *problems)
{
    QList<FaqEntry> entries;
    int lineNumber = 0;
    for (const QByteArray &raw : jsonLines.split('\n')) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject()) {
            problems->append(
                QCoreApplication::translate("Guichet::Server::KnowledgeBase", "line %1: %2")
                    .arg(lineNumber)
                    .arg(parseError.errorString()));
            continue;
        }
        auto entry = FaqEntry::fromJson(document.object());
        if (!entry) {
            problems->append(
                QCoreApplication::translate("Guichet::Server::KnowledgeBase", "line %1: %2")
                    .arg(lineNumber)
                    .arg(entry.error().toString()));
            continue;
        }
        entries.append(*entry);
    }
    if (!problems->isEmpty())
        return makeError(ErrorCode::InvalidValue, problems->join(u'\n'));
    return entries;
}

Result<int> import(Storage &storage, const QList<FaqEntry> &entries, qint64 now)
{
    int changed = 0;
    auto done = storage.transaction([&]() -> Result<void> {
        for (const FaqEntry &entry : entries) {
            if (storage.faqEntry(entry.id, entry.lang) == entry)
                continue;
            auto version = storage.upsertFaqEntry(entry, now);
            if (!version)
                return version.error();
            auto event = storage.appendEvent(
                EventKind::FaqUpdated, 0,
                { { u"entry"_s, entry.toJson() }, { u"version"_s, *version } }, now);
            if (!event)
                return event.error();
            ++changed;
        }
        return {};
    });
    if (!done)
        return done.error();
    return changed;
}

QByteArray exportJsonLines(Storage &storage)
{
    QByteArray lines;
    for (const FaqEntry &entry : storage.faqEntries())
        lines += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}

} // namespace Guichet::Server::KnowledgeBase
