#include "figurestore.h"

#include "rows.h"

#include <QSqlError>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

QHash<QString, int> FigureStore::deliveriesByChannel(DeliveryState state)
{
    QHash<QString, int> counts;
    // The state written in the statement, not bound: a plan made for any value
    // (PostgreSQL's generic plans) would expect a fifth of the messages and scan
    // them; for 'pending' or 'failed' the index messages_agent_by_delivery
    // (schema step 11) holds the few rows there are. The names are our own.
    Query q = prepared(u"SELECT c.channel, count(*) FROM messages m JOIN conversations c "
                       "ON c.id = m.conversation WHERE m.author = 'agent' AND m.delivery = '%1' "
                       "GROUP BY c.channel"_s.arg(wireName(state)));
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
                       "WHERE state IN ('queued', 'claimed') GROUP BY channel, state"_s);
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
    q.bindAll(now, now, chatRiskLine, messageRiskLine);
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
    q.bindAll(seenSince, now);
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

// The upper end of "since": every range below is closed. PostgreSQL plans a
// prepared statement for any value once it has run a few times, if that plan
// looks no dearer; it assumes an open range (x >= ?) holds a third of the table
// and scans it whole (2 s for today's conversations at a million), a closed
// one 0.5 %, read from the index.
constexpr qint64 kNoEnd = std::numeric_limits<qint64>::max();

} // namespace

Result<FigureStore::DayFigures> FigureStore::dayFigures(qint64 since)
{
    DayFigures day;
    {
        // One pass over today's conversations (a few thousand rows, an index
        // range on opened_at): the count, the first-response times from the
        // first reply kept on each row, the redirections; the percentiles
        // counted here (sorting in SQL would read the range once per figure).
        Query q = prepared(u"SELECT first_reply_at, opened_at, outcome FROM conversations "
                           "WHERE opened_at >= ? AND opened_at <= ?"_s);
        q.bindAll(since, kNoEnd);
        if (!q.exec())
            return errorOf(q);
        static const QStringList redirections { u"pharos"_s, u"perceval"_s, u"these"_s,
                                                u"plainte_en_ligne"_s, u"brigade"_s };
        std::vector<qint64> times;
        while (q.next()) {
            ++day.opened;
            if (const qint64 firstReply = q.value(0).toLongLong(); firstReply != 0)
                times.push_back(firstReply - q.value(1).toLongLong());
            if (const QString outcome = q.value(2).toString(); redirections.contains(outcome))
                ++day.redirects[outcome];
        }
        if (static_cast<const QSqlQuery &>(q).lastError().isValid())
            return errorOf(q);
        std::sort(times.begin(), times.end());
        // Nearest rank: the smallest time at or below which p of them fall.
        const auto percentile = [&](int percent) -> std::optional<qint64> {
            if (times.empty())
                return std::nullopt;
            const std::size_t rank = (times.size() * std::size_t(percent) + 99) / 100;
            return times[std::max<std::size_t>(rank, 1) - 1];
        };
        day.firstResponseP50 = percentile(50);
        day.firstResponseP90 = percentile(90);
    }
    {
        Query q = prepared(
            u"SELECT count(*) FROM conversations WHERE closed_at >= ? AND closed_at <= ?"_s);
        q.bindAll(std::max<qint64>(since, 1), kNoEnd);
        if (!q.exec() || !q.next())
            return errorOf(q);
        day.closed = q.value(0).toLongLong();
    }
    {
        Query q =
            prepared(u"SELECT count(*), avg(rating) FROM surveys WHERE at >= ? AND at <= ?"_s);
        q.bindAll(since, kNoEnd);
        if (!q.exec() || !q.next())
            return errorOf(q);
        day.csatCount = q.value(0).toLongLong();
        if (day.csatCount > 0)
            day.csatMean = q.value(1).toDouble();
    }
    return day;
}

Result<QList<qint64>> FigureStore::openedPerHour(qint64 from, int hours)
{
    QList<qint64> counts(hours, 0);
    Query q = prepared(u"SELECT (opened_at - ?) / 3600000, count(*) FROM conversations "
                       "WHERE opened_at >= ? AND opened_at < ? GROUP BY 1"_s);
    q.bindAll(from, from, from + qint64(hours) * 3600000);
    if (!q.exec())
        return errorOf(q);
    while (q.next()) {
        const qint64 hour = q.value(0).toLongLong();
        if (hour >= 0 && hour < hours)
            counts[hour] = q.value(1).toLongLong();
    }
    return counts;
}

Result<FigureStore::Satisfaction> FigureStore::satisfaction(qint64 from, qint64 to)
{
    Query q = prepared(u"SELECT count(*), avg(rating) FROM surveys WHERE at >= ? AND at < ?"_s);
    q.bindAll(from, to);
    if (!q.exec() || !q.next())
        return errorOf(q);
    Satisfaction s;
    s.count = q.value(0).toLongLong();
    if (s.count > 0)
        s.mean = q.value(1).toDouble();
    return s;
}

Result<QList<FigureStore::SurveyComment>> FigureStore::lastSurveyComments(int limit)
{
    Query q = prepared(u"SELECT at, rating, comment FROM surveys WHERE comment <> '' "
                       "ORDER BY at DESC LIMIT ?"_s);
    q.bindValue(0, limit);
    if (!q.exec())
        return errorOf(q);
    QList<SurveyComment> comments;
    while (q.next())
        comments.append({ q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString() });
    return comments;
}

Result<QList<FigureStore::ReportRow>> FigureStore::reportPage(qint64 to, qint64 afterOpened,
                                                              qint64 afterId, int limit)
{
    Query q = prepared(
        u"SELECT c.id, c.channel, c.lang, c.opened_at, c.first_reply_at, c.closed_at, c.outcome, "
        "c.owner, s.rating FROM (SELECT id, channel, lang, opened_at, first_reply_at, closed_at, "
        "outcome, owner FROM conversations "
        // The plain range first: PostgreSQL reads the index from it, where an
        // OR alone made it scan the whole table (3 s for a day at a million).
        // The keyset as a row value: both back-ends read the index from it in
        // order and stop at the LIMIT (as an OR, PostgreSQL read every row left
        // in the range and sorted them).
        "WHERE opened_at >= ? AND opened_at < ? AND (opened_at, id) > (?, ?) "
        // The page first, then its ratings: joined before the LIMIT,
        // PostgreSQL looked up the rating of every row left in the range for
        // each page (25 ms a page of today's at a million).
        "ORDER BY opened_at, id LIMIT ?) c LEFT JOIN surveys s ON s.conversation = c.id "
        "ORDER BY c.opened_at, c.id"_s);
    q.bindAll(afterOpened, to, afterOpened, afterId, limit);
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
