#include "faqstore.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

// ---- Knowledge base, surveys, settings ------------------------------------------------------

Result<qint64> FaqStore::upsertFaqEntry(const FaqEntry &entry, qint64 now, const QString &by,
                                        const QString &action, qint64 revertedFrom)
{
    // Versions come from the history, which holds every number ever given (retired
    // entries included): a version is never handed out twice.
    Query version = prepared(u"SELECT coalesce(max(version), 0) + 1 FROM faq_versions"_s);
    if (!version.exec() || !version.next())
        return errorOf(version);
    const qint64 next = version.value(0).toLongLong();
    Query q = prepared(
        u"INSERT INTO faq_entries (id, lang, question, answer, keywords, links, version, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, lang) DO UPDATE SET "
        "question = excluded.question, answer = excluded.answer, keywords = excluded.keywords, "
        "links = excluded.links, version = excluded.version, updated_at = excluded.updated_at"_s);
    q.bindAll(entry.id, wireName(entry.lang), entry.question, entry.answer,
              listToJson(entry.keywords), listToJson(entry.links), next, now);
    if (auto done = exec(q); !done)
        return done.error();
    if (auto kept = insertFaqVersion(next, entry, action, by, now, revertedFrom); !kept)
        return kept.error();
    return next;
}

Result<std::optional<qint64>> FaqStore::retireFaqEntry(const QString &id, Language lang, qint64 now,
                                                       const QString &by)
{
    const auto current = faqEntry(id, lang);
    if (!current)
        return std::optional<qint64>();
    Query version = prepared(u"SELECT coalesce(max(version), 0) + 1 FROM faq_versions"_s);
    if (!version.exec() || !version.next())
        return errorOf(version);
    const qint64 next = version.value(0).toLongLong();
    Query q = prepared(u"DELETE FROM faq_entries WHERE id = ? AND lang = ?"_s);
    q.bindAll(id, wireName(lang));
    if (auto done = exec(q); !done)
        return done.error();
    if (auto kept = insertFaqVersion(next, *current, u"retire"_s, by, now, 0); !kept)
        return kept.error();
    return std::optional<qint64>(next);
}

Result<void> FaqStore::insertFaqVersion(qint64 version, const FaqEntry &entry,
                                        const QString &action, const QString &by, qint64 at,
                                        qint64 revertedFrom)
{
    Query q = prepared(u"INSERT INTO faq_versions (version, id, lang, action, question, answer, "
                       "keywords, links, by_whom, at, reverted_from) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindAll(version, entry.id, wireName(entry.lang), action, entry.question, entry.answer,
              listToJson(entry.keywords), listToJson(entry.links), by, at, revertedFrom);
    return exec(q);
}

namespace {

FaqEntry readFaq(const QSqlQuery &q)
{
    FaqEntry e;
    e.id = q.value(0).toString();
    e.lang = enumOr(q.value(1), Language::Fr);
    e.question = q.value(2).toString();
    e.answer = q.value(3).toString();
    e.keywords = jsonToList(q.value(4).toString());
    e.links = jsonToList(q.value(5).toString());
    return e;
}

} // namespace

QList<FaqEntry> FaqStore::faqEntries()
{
    Query q = prepared(u"SELECT id, lang, question, answer, keywords, links FROM faq_entries "
                       "ORDER BY id, lang"_s);
    return readRows(q, readFaq);
}

std::optional<FaqEntry> FaqStore::faqEntry(const QString &id, Language lang)
{
    Query q = prepared(u"SELECT id, lang, question, answer, keywords, links FROM faq_entries "
                       "WHERE id = ? AND lang = ?"_s);
    q.bindAll(id, wireName(lang));
    return readRow(q, readFaq);
}

namespace {

constexpr const char *kFaqVersionColumns =
    "id, lang, question, answer, keywords, links, version, action, by_whom, at, reverted_from";

FaqStore::FaqVersion readFaqVersion(const QSqlQuery &q)
{
    FaqStore::FaqVersion v;
    v.entry = readFaq(q);
    v.version = q.value(6).toLongLong();
    v.action = q.value(7).toString();
    v.by = q.value(8).toString();
    v.at = q.value(9).toLongLong();
    v.revertedFrom = q.value(10).toLongLong();
    return v;
}

} // namespace

QList<FaqStore::FaqVersion> FaqStore::faqHistory(const QString &id)
{
    Query q = prepared(u"SELECT %1 FROM faq_versions WHERE id = ? ORDER BY version"_s.arg(
        QLatin1String(kFaqVersionColumns)));
    q.bindValue(0, id);
    return readRows(q, readFaqVersion);
}

std::optional<FaqStore::FaqVersion> FaqStore::faqVersion(qint64 version)
{
    Query q = prepared(
        u"SELECT %1 FROM faq_versions WHERE version = ?"_s.arg(QLatin1String(kFaqVersionColumns)));
    q.bindValue(0, version);
    return readRow(q, readFaqVersion);
}

} // namespace Guichet::Server
