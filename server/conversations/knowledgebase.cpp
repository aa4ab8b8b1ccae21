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

Result<qint64> edit(FaqStore &faq, EventLog &events, const FaqEntry &entry, qint64 now,
                    const QString &by)
{
    if (faq.faqEntry(entry.id, entry.lang) == entry)
        return qint64(0);
    auto version = faq.upsertFaqEntry(entry, now, by);
    if (!version)
        return version.error();
    auto event =
        events.appendEvent(EventKind::FaqUpdated, 0,
                           { { u"entry"_s, entry.toJson() }, { u"version"_s, *version } }, now);
    if (!event)
        return event.error();
    return *version;
}

Result<int> import(FaqStore &faq, EventLog &events, const QList<FaqEntry> &entries, qint64 now,
                   const QString &by)
{
    int changed = 0;
    auto done = faq.database().transaction([&]() -> Result<void> {
        for (const FaqEntry &entry : entries) {
            auto version = edit(faq, events, entry, now, by);
            if (!version)
                return version.error();
            if (*version)
                ++changed;
        }
        return {};
    });
    if (!done)
        return done.error();
    return changed;
}

QByteArray exportJsonLines(FaqStore &faq)
{
    QByteArray lines;
    for (const FaqEntry &entry : faq.faqEntries())
        lines += QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return lines;
}

Result<QList<FaqStore::FaqVersion>> retire(FaqStore &faq, EventLog &events, const QString &id,
                                           std::optional<Language> lang, qint64 now,
                                           const QString &by)
{
    const QList<Language> languages = lang ? QList<Language> { *lang } : allValues<Language>();
    QList<FaqStore::FaqVersion> retired;
    for (const Language each : languages) {
        auto version = faq.retireFaqEntry(id, each, now, by);
        if (!version)
            return version.error();
        if (!*version)
            continue;
        // Every workstation drops it from its cache and its FAQ search, now or at its
        // next sync.
        auto event = events.appendEvent(
            EventKind::FaqRemoved, 0,
            { { u"id"_s, id }, { u"lang"_s, wireName(each) }, { u"version"_s, **version } }, now);
        if (!event)
            return event.error();
        if (auto kept = faq.faqVersion(**version))
            retired.append(*kept);
    }
    if (retired.isEmpty()) {
        const QString what = lang ? QStringLiteral("%1 (%2)").arg(id, wireName(*lang)) : id;
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Guichet::Server::KnowledgeBase",
                                                     "no FAQ entry %1 in the base")
                             .arg(what));
    }
    return retired;
}

Result<FaqStore::FaqVersion> revert(FaqStore &faq, EventLog &events, const QString &id,
                                    qint64 version, qint64 now, const QString &by)
{
    const auto old = faq.faqVersion(version);
    if (!old || old->entry.id != id) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Guichet::Server::KnowledgeBase",
                                                     "entry %1 has no version %2 (see admin faq "
                                                     "history %1)")
                             .arg(id)
                             .arg(version));
    }
    if (old->action == u"retire"_s) {
        return makeError(ErrorCode::InvalidValue,
                         QCoreApplication::translate("Guichet::Server::KnowledgeBase",
                                                     "version %1 is a retirement: name a version "
                                                     "with content")
                             .arg(version));
    }
    auto next = faq.upsertFaqEntry(old->entry, now, by, u"revert"_s, version);
    if (!next)
        return next.error();
    auto event =
        events.appendEvent(EventKind::FaqUpdated, 0,
                           { { u"entry"_s, old->entry.toJson() }, { u"version"_s, *next } }, now);
    if (!event)
        return event.error();
    auto made = faq.faqVersion(*next);
    if (!made)
        return makeError(ErrorCode::StorageError, u"version %1 not read back"_s.arg(*next));
    return *made;
}

QJsonObject versionJson(const FaqStore::FaqVersion &version)
{
    QJsonObject object { { u"version"_s, version.version },
                         { u"id"_s, version.entry.id },
                         { u"lang"_s, wireName(version.entry.lang) },
                         { u"action"_s, version.action },
                         { u"by"_s, version.by },
                         { u"at"_s, version.at },
                         { u"entry"_s, version.entry.toJson() } };
    if (version.revertedFrom)
        object.insert(u"revertedFrom"_s, version.revertedFrom);
    return object;
}

} // namespace Guichet::Server::KnowledgeBase
