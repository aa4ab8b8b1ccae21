#include "figurestore.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

QHash<QString, int> FigureStore::deliveriesByChannel(DeliveryState state)
{
    QHash<QString, int> counts;
    Query q = prepared(u"SELECT c.channel, count(*) FROM messages m JOIN conversations c "
                       "ON c.id = m.conversation WHERE m.author = 'agent' AND m.delivery = ? "
                       "GROUP BY c.channel"_s);
    q.bindValue(0, wireName(state));
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

QHash<QPair<QString, QString>, int> FigureStore::openCountsByChannelAndState()
{
    QHash<QPair<QString, QString>, int> counts;
    Query q = prepared(u"SELECT channel, state, count(*) FROM conversations "
                       "WHERE state <> 'closed' GROUP BY channel, state"_s);
    if (q.exec()) {
        while (q.next())
            counts.insert({ q.value(0).toString(), q.value(1).toString() }, q.value(2).toInt());
    }
    return counts;
}

// ---- Citizen channels ---------------------------------------------------------------------

Result<QList<FigureStore::WaitingCount>> FigureStore::waitingCounts(qint64 now, qint64 chatRiskLine,
                                                                    qint64 messageRiskLine)
{
    Query q = prepared(
        u"SELECT channel, lang, count(*), "
        "sum(CASE WHEN deadline > 0 AND deadline <= CAST(? AS BIGINT) THEN 1 ELSE 0 END), "
        "sum(CASE WHEN deadline > CAST(? AS BIGINT) AND deadline <= CASE WHEN channel = 'webchat' "
        "THEN CAST(? AS BIGINT) ELSE CAST(? AS BIGINT) END THEN 1 ELSE 0 END), "
        "sum(emergency), sum(sgbv) FROM conversations WHERE state = 'queued' "
        "GROUP BY channel, lang"_s);
    q.bindValue(0, now);
    q.bindValue(1, now);
    q.bindValue(2, chatRiskLine);
    q.bindValue(3, messageRiskLine);
    if (!q.exec())
        return errorOf(q);
    QList<WaitingCount> counts;
    while (q.next()) {
        counts.append(WaitingCount { q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toLongLong(), q.value(4).toLongLong(),
                                     q.value(3).toLongLong(), q.value(5).toLongLong(),
                                     q.value(6).toLongLong() });
    }
    return counts;
}

Result<QList<FigureStore::AgentLoad>> FigureStore::agentLoads(qint64 now, qint64 seenSince)
{
    Query q = prepared(
        u"SELECT a.login, a.role, CASE WHEN a.last_seen < CAST(? AS BIGINT) THEN 'offline' "
        "WHEN a.presence = 'offline' THEN 'available' ELSE a.presence END, coalesce(l.n, 0), "
        "a.capacity FROM agents a LEFT JOIN "
        "(SELECT owner, count(*) AS n FROM conversations WHERE state = 'claimed' GROUP BY owner) "
        "l ON l.owner = a.login WHERE a.disabled = 0 AND (a.expires_at = 0 OR a.expires_at > ?) "
        "ORDER BY a.login"_s);
    q.bindValue(0, seenSince);
    q.bindValue(1, now);
    if (!q.exec())
        return errorOf(q);
    QList<AgentLoad> agents;
    while (q.next()) {
        agents.append(AgentLoad { q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toLongLong(),
                                  q.value(4).toInt() });
    }
    return agents;
}

namespace {

// First agent reply minus opening, of each conversation opened since ?; NULL
// when not answered yet.
constexpr const char *kFirstResponses =
    "SELECT (SELECT min(m.at) FROM messages m WHERE m.conversation = c.id "
    "AND m.author = 'agent') - c.opened_at AS d FROM conversations c WHERE c.opened_at >= ?";

} // namespace

Result<FigureStore::DayFigures> FigureStore::dayFigures(qint64 since)
{
    DayFigures day;
    {
        Query q = prepared(u"SELECT count(*), count(d) FROM ("_s
                           + QLatin1StringView(kFirstResponses) + u") t"_s);
        q.bindValue(0, since);
        if (!q.exec() || !q.next())
            return errorOf(q);
        day.opened = q.value(0).toLongLong();
        const qint64 answered = q.value(1).toLongLong();
        // Nearest rank: the smallest time at or below which p of them fall.
        const auto percentile = [&](int percent) -> Result<std::optional<qint64>> {
            if (answered == 0)
                return std::optional<qint64>();
            const qint64 rank = (answered * percent + 99) / 100;
            Query p = prepared(u"SELECT d FROM ("_s + QLatin1StringView(kFirstResponses)
                               + u") t WHERE d IS NOT NULL ORDER BY d LIMIT 1 OFFSET ?"_s);
            p.bindValue(0, since);
            p.bindValue(1, std::max<qint64>(rank - 1, 0));
            if (!p.exec() || !p.next())
                return errorOf(p);
            return std::optional<qint64>(p.value(0).toLongLong());
        };
        auto p50 = percentile(50);
        if (!p50)
            return p50.error();
        auto p90 = percentile(90);
        if (!p90)
            return p90.error();
        day.firstResponseP50 = *p50;
        day.firstResponseP90 = *p90;
    }
    {
        Query q = prepared(u"SELECT count(*) FROM conversations WHERE closed_at >= ?"_s);
        q.bindValue(0, std::max<qint64>(since, 1));
        if (!q.exec() || !q.next())
            return errorOf(q);
        day.closed = q.value(0).toLongLong();
    }
    {
        Query q = prepared(u"SELECT count(*), avg(rating) FROM surveys WHERE at >= ?"_s);
        q.bindValue(0, since);
        if (!q.exec() || !q.next())
            return errorOf(q);
        day.csatCount = q.value(0).toLongLong();
        if (day.csatCount > 0)
            day.csatMean = q.value(1).toDouble();
    }
    {
        Query q = prepared(u"SELECT outcome, count(*) FROM conversations WHERE opened_at >= ? "
                           "AND outcome IN ('pharos', 'perceval', 'these', 'plainte_en_ligne', "
                           "'brigade') GROUP BY outcome"_s);
        q.bindValue(0, since);
        if (!q.exec())
            return errorOf(q);
        while (q.next())
            day.redirects.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return day;
}

Result<QList<FigureStore::ReportRow>> FigureStore::reportPage(qint64 to, qint64 afterOpened,
                                                              qint64 afterId, int limit)
{
    Query q = prepared(
        u"SELECT c.id, c.channel, c.lang, c.opened_at, (SELECT min(m.at) FROM messages m "
        "WHERE m.conversation = c.id AND m.author = 'agent'), c.closed_at, c.outcome, c.owner, "
        "s.rating FROM conversations c LEFT JOIN surveys s ON s.conversation = c.id "
        "WHERE c.opened_at < ? AND (c.opened_at > ? OR (c.opened_at = ? AND c.id > ?)) "
        "ORDER BY c.opened_at, c.id LIMIT ?"_s);
    q.bindValue(0, to);
    q.bindValue(1, afterOpened);
    q.bindValue(2, afterOpened);
    q.bindValue(3, afterId);
    q.bindValue(4, limit);
    if (!q.exec())
        return errorOf(q);
    QList<ReportRow> rows;
    while (q.next()) {
        rows.append(ReportRow { q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toLongLong(),
                                q.value(4).toLongLong(), q.value(5).toLongLong(),
                                q.value(6).toString(), q.value(7).toString(), q.value(8).toInt() });
    }
    return rows;
}

} // namespace Guichet::Server
