// ConversationService's queries for supervisors and the audited reads
// (docs/supervision.md): "read", "stats" and "report" commands. They are answered
// at once and never stored as acknowledgements; what they disclose is written to
// the audit log first, and nothing is disclosed when that write fails.
#include "access.h"
#include "conversationservice.h"
#include "protocol/codec.h"
#include "server/core/serverlogging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

//! Room left in an ack frame for a page of history (kMaxAgentFrameBytes is 256 KiB).
constexpr qsizetype kReadPageBytes = 160 * 1024;
//! Rows per report page: about 150 bytes each in JSON.
constexpr int kReportPageRows = 500;
//! The stats' series: opened per hour over a day, satisfaction per day over a week.
constexpr int kStatsHours = 24;
constexpr int kStatsDays = 7;
//! Survey comments in the stats, newest first.
constexpr int kStatsComments = 5;

Error refuse(ErrorCode code, const QString &message)
{
    return makeError(code, message);
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool ConversationService::isQuery(CommandOp op)
{
    return op == CommandOp::Read || op == CommandOp::Stats || op == CommandOp::Report
        || op == CommandOp::EnrolmentCode;
}

qint64 ConversationService::startOfDay(qint64 now)
{
    return QDateTime::fromMSecsSinceEpoch(now)
        .date()
        .startOfDay(QTimeZone::systemTimeZone())
        .toMSecsSinceEpoch();
}

Protocol::Ack ConversationService::query(const AgentRecord &agent, const Protocol::Command &command)
{
    const qint64 now = m_clock.nowMs();
    Result<QJsonObject> result = refuse(ErrorCode::InvalidValue, tr("unknown command"));
    if (!agent.isActive(now)) {
        result = refuse(ErrorCode::AccountDisabled, tr("this account is disabled"));
    } else if (command.op == CommandOp::Read) {
        result = read(agent, command.conversation, command.args.value(u"after"_s).toInteger(), now);
    } else if (agent.role != Role::Supervisor) {
        // Checked here, whatever the client shows or hides.
        result = refuse(ErrorCode::Forbidden, tr("only supervisors see the brigade's figures"));
    } else if (command.op == CommandOp::Stats) {
        result = stats(now);
    } else if (command.op == CommandOp::Report) {
        result = report(agent, command.args, now);
    } else if (command.op == CommandOp::EnrolmentCode) {
        result = createEnrolmentCode(agent, command.args, now);
    }
    if (!result)
        return Protocol::Ack { command.id, false, {}, result.error().code, result.error().message };
    return Protocol::Ack { command.id, true, *result, ErrorCode::Internal, {} };
}

Result<void> ConversationService::audit(const AgentRecord &agent, const QString &action,
                                        qint64 conversation, const QJsonObject &details, qint64 now)
{
    return m_database.transaction([&]() -> Result<void> {
        if (auto a = m_auditLog.appendAudit(agent.login, wireName(agent.role), action, conversation,
                                            details, now);
            !a)
            return a.error();
        return {};
    });
}

Result<QJsonObject> ConversationService::read(const AgentRecord &agent, qint64 id, qint64 after,
                                              qint64 now)
{
    const auto c = m_conversationStore.conversation(id);
    const auto refused = [&](const QString &reason, const Error &error) -> Result<QJsonObject> {
        // An attempt is worth recording too; the refusal stands even if that fails.
        if (auto logged = audit(agent, u"read_refused"_s, id, { { u"reason"_s, reason } }, now);
            !logged)
            qCWarning(lcServer) << "cannot audit a refused read:" << logged.error().message;
        return error;
    };
    if (!c || !Access::canSee(agent, Access::Scope::of(*c), surge(), now))
        return refused(u"not_visible"_s, refuse(ErrorCode::NotFound, tr("no such conversation")));
    const bool held = c->state == ConversationState::Claimed && c->owner == agent.login;
    if (!held && agent.role != Role::Supervisor) {
        qCWarning(lcServer).noquote().nospace()
            << "event=read_refused conversation=" << id << " agent=" << agent.login;
        return refused(u"not_held"_s,
                       refuse(ErrorCode::Forbidden,
                              tr("only a supervisor may read a conversation held by someone "
                                 "else or by no one: claim it first")));
    }
    QJsonObject details { { u"held"_s, held } };
    if (after)
        details.insert(u"after"_s, after);
    if (!held && !c->owner.isEmpty())
        details.insert(u"owner"_s, c->owner);
    // Logged before anything is disclosed.
    if (auto logged = audit(agent, u"read"_s, id, details, now); !logged)
        return logged.error();
    if (!held) {
        qCInfo(lcServer).noquote().nospace()
            << "event=supervisor_read conversation=" << id << " agent=" << agent.login;
    }
    auto history = m_eventLog.conversationEvents(id);
    if (!history)
        return history.error();
    QJsonArray events;
    qsizetype bytes = 0;
    qint64 last = after;
    bool more = false;
    for (const Protocol::Event &event : std::as_const(*history)) {
        if (event.seq <= after)
            continue;
        const QByteArray encoded = Protocol::encode(Protocol::AgentFrame { event });
        if (bytes + encoded.size() > kReadPageBytes && !events.isEmpty()) {
            more = true;
            break;
        }
        bytes += encoded.size();
        QJsonObject o { { u"seq"_s, event.seq },
                        { u"kind"_s, wireName(event.kind) },
                        { u"at"_s, event.at } };
        if (!event.data.isEmpty())
            o.insert(u"data"_s, event.data);
        events.append(o);
        last = event.seq;
    }
    return QJsonObject { { u"conversation"_s, id },
                         { u"held"_s, held },
                         { u"events"_s, events },
                         { u"last"_s, last },
                         { u"more"_s, more } };
}

void ConversationService::sampleWaiting(qint64 now)
{
    if (!m_waitingSamples.isEmpty() && now - m_waitingSamples.constLast().first < kWaitingSampleMs)
        return;
    auto waiting = m_figureStore.waitingCounts(now, now, now);
    if (!waiting)
        return; // a gap in the chart, not a made-up point
    qint64 total = 0;
    for (const FigureStore::WaitingCount &w : std::as_const(*waiting))
        total += w.waiting;
    m_waitingSamples.append({ now, total });
    while (!m_waitingSamples.isEmpty()
           && m_waitingSamples.constFirst().first < now - kWaitingSpanMs)
        m_waitingSamples.removeFirst();
}

Result<QJsonObject> ConversationService::statsSeries(qint64 now, qint64 waitingNow)
{
    // Opened per hour over the last day, the current hour last.
    const qint64 hourStart = now - now % 3600000;
    const qint64 from = hourStart - qint64(kStatsHours - 1) * 3600000;
    auto opened = m_figureStore.openedPerHour(from, kStatsHours);
    if (!opened)
        return opened.error();
    QJsonArray hours;
    for (int i = 0; i < kStatsHours; ++i)
        hours.append(QJsonObject { { u"at"_s, from + qint64(i) * 3600000 },
                                   { u"opened"_s, opened->at(i) } });
    // Satisfaction per day (server time), today last.
    QJsonArray days;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    for (int i = kStatsDays - 1; i >= 0; --i) {
        const QDate day = today.addDays(-i);
        const qint64 start = day.startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
        const qint64 end =
            day.addDays(1).startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
        auto csat = m_figureStore.satisfaction(start, end);
        if (!csat)
            return csat.error();
        days.append(QJsonObject {
            { u"day"_s, day.toString(Qt::ISODate) },
            { u"at"_s, start },
            { u"csatCount"_s, csat->count },
            { u"csatMean"_s,
              csat->mean ? QJsonValue(*csat->mean) : QJsonValue(QJsonValue::Null) } });
    }
    // The queue's length: the samples this server took, and now.
    QJsonArray waiting;
    for (const auto &[at, count] : std::as_const(m_waitingSamples)) {
        if (at >= now - kWaitingSpanMs && at < now)
            waiting.append(QJsonObject { { u"at"_s, at }, { u"waiting"_s, count } });
    }
    waiting.append(QJsonObject { { u"at"_s, now }, { u"waiting"_s, waitingNow } });
    return QJsonObject { { u"hours"_s, hours }, { u"days"_s, days }, { u"waiting"_s, waiting } };
}

Result<QJsonObject> ConversationService::stats(qint64 now)
{
    // SLA states as the tick would set them now (docs/supervision.md): at risk
    // once past the channel's at-risk point, breached once past the deadline.
    const qint64 chatRiskLine =
        now + m_settings.answerWithin(Channel::WebChat) - m_settings.atRiskAfter(Channel::WebChat);
    const qint64 messageRiskLine =
        now + m_settings.answerWithin(Channel::WebForm) - m_settings.atRiskAfter(Channel::WebForm);
    auto waiting = m_figureStore.waitingCounts(now, chatRiskLine, messageRiskLine);
    if (!waiting)
        return waiting.error();
    QJsonObject byChannel;
    for (const Channel channel : allValues<Channel>())
        byChannel.insert(wireName(channel), 0);
    QJsonObject byLanguage;
    for (const Language lang : allValues<Language>())
        byLanguage.insert(wireName(lang), 0);
    qint64 total = 0, atRisk = 0, breached = 0, emergency = 0, sgbv = 0;
    for (const FigureStore::WaitingCount &w : std::as_const(*waiting)) {
        byChannel.insert(w.channel, byChannel.value(w.channel).toInteger() + w.waiting);
        byLanguage.insert(w.lang, byLanguage.value(w.lang).toInteger() + w.waiting);
        total += w.waiting;
        atRisk += w.atRisk;
        breached += w.breached;
        emergency += w.emergency;
        sgbv += w.sgbv;
    }
    const QJsonObject queue {
        { u"waiting"_s, total },         { u"byChannel"_s, byChannel },
        { u"byLanguage"_s, byLanguage }, { u"onTime"_s, total - atRisk - breached },
        { u"atRisk"_s, atRisk },         { u"breached"_s, breached },
        { u"emergency"_s, emergency },   { u"sgbv"_s, sgbv }
    };

    // Connected: seen by a heartbeat within the time push routing allows.
    auto loads =
        m_figureStore.agentLoads(now, now - std::min<qint64>(m_settings.leaseTimeout, 30000));
    if (!loads)
        return loads.error();
    QJsonArray agents;
    for (const FigureStore::AgentLoad &a : std::as_const(*loads)) {
        agents.append(QJsonObject { { u"login"_s, a.login },
                                    { u"role"_s, a.role },
                                    { u"presence"_s, a.presence },
                                    { u"load"_s, a.load },
                                    { u"capacity"_s, a.capacity } });
    }

    auto day = m_figureStore.dayFigures(startOfDay(now));
    if (!day)
        return day.error();
    const QJsonObject today {
        { u"opened"_s, day->opened },
        { u"closed"_s, day->closed },
        { u"firstResponseP50Ms"_s, optionalNumber(day->firstResponseP50) },
        { u"firstResponseP90Ms"_s, optionalNumber(day->firstResponseP90) },
        { u"csatCount"_s, day->csatCount },
        { u"csatMean"_s, day->csatMean ? QJsonValue(*day->csatMean) : QJsonValue(QJsonValue::Null) }
    };
    QJsonObject redirects;
    for (const RedirectTarget target : allValues<RedirectTarget>()) {
        const QString name = wireName(outcomeFor(target));
        redirects.insert(wireName(target), day->redirects.value(name));
    }
    auto series = statsSeries(now, total);
    if (!series)
        return series.error();
    auto comments = m_figureStore.lastSurveyComments(kStatsComments);
    if (!comments)
        return comments.error();
    QJsonArray commentList;
    for (const FigureStore::SurveyComment &c : std::as_const(*comments)) {
        commentList.append(QJsonObject {
            { u"at"_s, c.at }, { u"rating"_s, c.rating }, { u"comment"_s, c.comment } });
    }
    const Surge current = surge();
    const QJsonObject surgeJson { { u"active"_s, current.active },
                                  { u"since"_s,
                                    current.active && current.since
                                        ? QJsonValue(current.since)
                                        : QJsonValue(QJsonValue::Null) } };
    return QJsonObject { { u"queue"_s, queue },         { u"agents"_s, agents },
                         { u"today"_s, today },         { u"redirects"_s, redirects },
                         { u"surge"_s, surgeJson },     { u"series"_s, *series },
                         { u"comments"_s, commentList } };
}

Result<QJsonObject> ConversationService::report(const AgentRecord &agent, const QJsonObject &args,
                                                qint64 now)
{
    const qint64 from = args.value(u"from"_s).toInteger();
    const qint64 to = args.value(u"to"_s).toInteger();
    qint64 afterOpened = args.value(u"afterOpened"_s).toInteger(from);
    qint64 afterId = args.value(u"afterId"_s).toInteger();
    if (afterOpened < from) {
        afterOpened = from;
        afterId = 0;
    }
    auto rows = m_figureStore.reportPage(to, afterOpened, afterId, kReportPageRows);
    if (!rows)
        return rows.error();
    // An export takes data out of the server: audited before its first page is
    // sent. Its record names the period; the pages that follow, asked by the same
    // supervisor from exactly where the previous one ended, fall within it and
    // are not recorded again (a page per record made a view refresh four
    // transactions). A page that does not continue a recorded walk (another
    // cursor, another period, after a restart or a long pause) has its own record.
    const bool more = rows->size() == kReportPageRows;
    const bool continued = args.contains(u"afterId"_s);
    const auto walk = m_exportWalks.constFind(agent.login);
    const bool covered = continued && walk != m_exportWalks.cend() && walk->from == from
        && walk->to == to && walk->afterOpened == afterOpened && walk->afterId == afterId
        && now - walk->at <= kExportWalkIdleMs;
    if (!covered) {
        QJsonObject details { { u"from"_s, from },
                              { u"to"_s, to },
                              { u"rows"_s, qint64(rows->size()) } };
        if (continued)
            details.insert(u"afterId"_s, afterId);
        if (more)
            details.insert(u"more"_s, true); // the next pages are this export's too
        if (auto logged = audit(agent, u"export"_s, 0, details, now); !logged)
            return logged.error();
    }
    if (more)
        m_exportWalks.insert(
            agent.login,
            ExportWalk { from, to, rows->constLast().openedAt, rows->constLast().id, now });
    else
        m_exportWalks.remove(agent.login);
    QJsonArray list;
    for (const FigureStore::ReportRow &r : std::as_const(*rows)) {
        QJsonObject o { { u"id"_s, r.id },
                        { u"channel"_s, r.channel },
                        { u"lang"_s, r.lang },
                        { u"opened"_s, r.openedAt } };
        if (r.firstResponseAt)
            o.insert(u"firstResponse"_s, r.firstResponseAt);
        if (r.closedAt)
            o.insert(u"closed"_s, r.closedAt);
        if (!r.outcome.isEmpty())
            o.insert(u"outcome"_s, r.outcome);
        if (!r.agent.isEmpty())
            o.insert(u"agent"_s, r.agent);
        if (r.rating)
            o.insert(u"rating"_s, r.rating);
        list.append(o);
    }
    QJsonObject result { { u"rows"_s, list }, { u"more"_s, rows->size() == kReportPageRows } };
    if (!rows->isEmpty()) {
        result.insert(u"afterOpened"_s, rows->constLast().openedAt);
        result.insert(u"afterId"_s, rows->constLast().id);
    }
    return result;
}

} // namespace Guichet::Server
