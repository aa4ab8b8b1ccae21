#pragma once

#include "database.h"
#include "records.h"

#include <QHash>
#include <QPair>

namespace Guichet::Server {

//! Figures for /metrics and the supervisors (aggregates in SQL,
//! docs/supervision.md).
class FigureStore : public SqlStore
{
public:
    using SqlStore::SqlStore;

    //! Agent replies waiting for delivery (or failed), by channel, for /metrics.
    QHash<QString, int> deliveriesByChannel(DeliveryState state);
    //! Counts for /metrics: open conversations by channel and state.
    QHash<QPair<QString, QString>, int> openCountsByChannelAndState();

    //! Conversations waiting in the queue, by channel and language.
    struct WaitingCount
    {
        QString channel;
        QString lang;
        qint64 waiting = 0;
        qint64 atRisk = 0;
        qint64 breached = 0;
        qint64 emergency = 0;
        qint64 sgbv = 0;
    };
    //! A waiting conversation is breached when its deadline is past at @p now,
    //! at risk when its deadline is before @p chatRiskLine (web chat) or
    //! @p messageRiskLine (other channels).
    Result<QList<WaitingCount>> waitingCounts(qint64 now, qint64 chatRiskLine,
                                              qint64 messageRiskLine);
    struct AgentLoad
    {
        QString login;
        QString role;
        QString presence;
        qint64 load = 0;
        int capacity = 0;
    };
    //! Active agents with the conversations they hold; offline when not seen
    //! since @p seenSince.
    Result<QList<AgentLoad>> agentLoads(qint64 now, qint64 seenSince);
    struct DayFigures
    {
        qint64 opened = 0;
        qint64 closed = 0;
        std::optional<qint64> firstResponseP50;
        std::optional<qint64> firstResponseP90;
        qint64 csatCount = 0;
        std::optional<double> csatMean;
        QHash<QString, qint64> redirects; //!< by outcome, of the conversations opened since
    };
    Result<DayFigures> dayFigures(qint64 since);
    //! Conversations opened in each of @p hours consecutive hours from @p from.
    Result<QList<qint64>> openedPerHour(qint64 from, int hours);
    struct Satisfaction
    {
        qint64 count = 0;
        std::optional<double> mean;
    };
    //! Surveys answered in [@p from, @p to).
    Result<Satisfaction> satisfaction(qint64 from, qint64 to);
    struct SurveyComment
    {
        qint64 at = 0;
        int rating = 0;
        QString comment;
    };
    //! The last @p limit surveys that carry a comment, newest first.
    Result<QList<SurveyComment>> lastSurveyComments(int limit);
    struct ReportRow
    {
        qint64 id = 0;
        QString channel;
        QString lang;
        qint64 openedAt = 0;
        qint64 firstResponseAt = 0; //!< 0: no agent reply
        qint64 closedAt = 0;
        QString outcome;
        QString agent;
        int rating = 0; //!< 0: not rated
    };
    //! Conversations opened in [@p from, @p to), ordered by (opened, id), after
    //! (@p afterOpened, @p afterId).
    Result<QList<ReportRow>> reportPage(qint64 to, qint64 afterOpened, qint64 afterId, int limit);
};

} // namespace Guichet::Server
