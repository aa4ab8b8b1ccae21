#pragma once

#include "protocol/faqentry.h"
#include "protocol/frames.h"
#include "records.h"
#include "server/core/serveroptions.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>
#include <unordered_map>

namespace Guichet::Server {

//! The server's storage: one interface, two back-ends through Qt Sql — a SQLite
//! file in the data folder (default) or PostgreSQL (production, several
//! instances on one database). The few dialect differences (types, locking,
//! notifications) stay inside this class.
//!
//! Writes go through transaction(). On PostgreSQL every write transaction first
//! takes one advisory lock, so event sequence numbers are assigned in commit
//! order across instances: a reader that has seen seq N has seen everything
//! before it. Committing a transaction that appended events notifies every
//! instance (LISTEN/NOTIFY), which then reads the new events.
//!
//! PostgreSQL may restart or fail over under a running server: a statement that
//! fails because the connection is gone marks storage unavailable, and a new
//! connection is opened with backoff (at once, then 0.25, 0.5, 1, 2, 5 s…, also
//! from a timer, so the service comes back without traffic). A read outside a
//! transaction is run again once on the new connection; a write never is: the
//! transaction fails with ErrorCode::Unavailable, and the caller answers
//! "retry" (commands carry ids whose acknowledgement is stored in the same
//! transaction, so a resend after an uncertain commit applies once).
class Storage : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Sqlite, Postgres };

    ~Storage() override;

    //! Open the back-end @p options name and bring its schema up to date.
    //! @p connectionName keeps Qt Sql connections of one process apart.
    static Result<std::unique_ptr<Storage>>
    open(const ServerOptions &options, const QString &connectionName = QStringLiteral("guichet"));

    Backend backend() const { return m_backend; }
    int schemaVersion();

    //! Does storage answer now? PostgreSQL: asked (SELECT 1), at most once a
    //! second, reconnecting when due; SQLite: the file still there, writable, and
    //! read. @p reason says why not. For /readyz.
    bool isReady(QString *reason = nullptr);
    //! Counts the statements that failed because the database could not be
    //! reached. A caller compares it before and after a step: an answer built on
    //! such a failed read (an "unknown login", a "not found") is no answer, and
    //! the client must be told to retry instead.
    quint64 outages() const { return m_outages; }

    //! Run @p work (returning Result<T>) in one write transaction.
    template<typename Work>
    auto transaction(Work &&work) -> decltype(work())
    {
        if (auto begun = begin(); !begun)
            return begun.error();
        auto result = work();
        if (m_lostInTransaction) {
            // Whatever work() decided rests on statements that failed: not a decision.
            rollback();
            return lostError();
        }
        if (!result) {
            rollback();
            return result;
        }
        if (auto committed = commit(); !committed) {
            rollback();
            return committed.error();
        }
        return result;
    }

    // ---- Event log -------------------------------------------------------------------
    Result<Protocol::Event> appendEvent(EventKind kind, qint64 conversation,
                                        const QJsonObject &data, qint64 at);
    Result<QList<Protocol::Event>> eventsAfter(qint64 after, int limit);
    //! An event as stored: its data still JSON text, for sending as is.
    struct RawEvent
    {
        qint64 seq = 0;
        QString kind;
        qint64 at = 0;
        qint64 conversation = 0;
        QByteArray data;
        //! The "event" frame, built without parsing the data again.
        QByteArray frame() const;
    };
    Result<QList<RawEvent>> rawEventsAfter(qint64 after, int limit);
    Result<QList<Protocol::Event>> conversationEvents(qint64 conversation);
    qint64 head();

    // ---- Agents and tokens ---------------------------------------------------------------
    Result<AgentRecord> insertAgent(AgentRecord agent, qint64 now);
    Result<void> updateAgent(const AgentRecord &agent);
    std::optional<AgentRecord> agent(const QString &login);
    std::optional<AgentRecord> agentById(qint64 id);
    QList<AgentRecord> agents();
    Result<void> touchAgents(const QList<qint64> &ids, qint64 now);
    Result<void> setPresence(qint64 agentId, Presence presence);
    //! A counter bumped by every change to agents, so running servers notice an
    //! admin command (disable, role change) made by another process.
    qint64 agentsVersion();
    Result<void> bumpAgentsVersion();

    Result<void> insertToken(const QByteArray &digest, qint64 agentId, qint64 now,
                             qint64 expiresAt);
    //! The agent a valid (unexpired, unrevoked) token belongs to.
    std::optional<qint64> tokenAgent(const QByteArray &digest, qint64 now);
    Result<void> revokeTokens(qint64 agentId);

    // ---- Conversations and messages ----------------------------------------------------
    //! Insert, assigning id and reference.
    Result<ConversationRecord> insertConversation(ConversationRecord conversation);
    Result<void> updateConversation(const ConversationRecord &conversation);
    //! Set the SLA state, unless the deadline is no longer @p deadline or the
    //! state is already @p sla: whether it changed.
    Result<bool> setSlaIf(qint64 id, qint64 deadline, SlaState sla);
    //! An SLA state to set, unless the deadline moved or the state is set
    //! already; @p data is its sla_changed event's.
    struct SlaUpdate
    {
        qint64 conversation = 0;
        qint64 deadline = 0;
        SlaState sla = SlaState::OnTime;
        QJsonObject data;
    };
    //! setSlaIf for each, and the sla_changed events of those that changed: one
    //! statement on PostgreSQL. The events appended, in order.
    Result<QList<Protocol::Event>> setSlaIfWithEvents(const QList<SlaUpdate> &updates, qint64 at);
    //! The claim itself: succeeds for exactly one caller when several race.
    Result<bool> claimIfQueued(qint64 id, const QString &owner, qint64 now);
    std::optional<ConversationRecord> conversation(qint64 id);
    //! conversation(id), and in the same query whether message @p messageId is
    //! stored already (a citizen's repeat): @p messageKnown.
    std::optional<ConversationRecord> conversationAndMessage(qint64 id, const QString &messageId,
                                                             bool *messageKnown);
    struct KnownConversation
    {
        ConversationRecord conversation;
        bool messageKnown = false;
    };
    //! conversationAndMessage() for a group of chat messages, (conversation,
    //! message id) each, in one query: by message id, for those whose
    //! conversation exists.
    QHash<QString, KnownConversation>
    conversationsAndMessages(const QList<std::pair<qint64, QString>> &keys);
    std::optional<ConversationRecord> conversationByAccess(const QByteArray &digest);
    //! The open conversation of a citizen on a channel (Messenger PSID, X id…).
    std::optional<ConversationRecord> openConversationOf(Channel channel,
                                                         const QString &citizenKey);
    //! Every conversation.
    QList<ConversationRecord> allConversations();
    //! The conversations of the stored events after @p after up to @p upTo.
    QList<ConversationRecord> conversationsOfEvents(qint64 after, qint64 upTo);
    //! Open conversations, most urgent first; only the queued ones (waiting
    //! for an agent) when @p queuedOnly.
    QList<ConversationRecord> openConversations(bool queuedOnly = false);
    //! What the SLA check needs of each open conversation with a deadline:
    //! four columns instead of the whole row, read every tick.
    struct SlaWatch
    {
        qint64 id = 0;
        Channel channel = Channel::WebChat;
        qint64 deadline = 0;
        SlaState sla = SlaState::OnTime;
    };
    QList<SlaWatch> slaWatch();
    int claimedCount(const QString &owner);
    //! Open conversations per team.
    QHash<QString, int> openCountsByTeam();
    //! Claimed conversations whose owner has not been seen since @p cutoff.
    QList<ConversationRecord> lapsedClaims(qint64 cutoff);

    Result<void> insertMessage(const MessageRecord &message);
    //! A new message: writes @p update first when given, then the
    //! message_added event with @p data and the message with that event's seq.
    //! One statement on PostgreSQL (every round trip is held under the write
    //! lock), three on SQLite. Sets @p message's seq.
    Result<Protocol::Event> appendMessage(const ConversationRecord *update, const QJsonObject &data,
                                          MessageRecord &message);
    std::optional<MessageRecord> message(const QString &id);
    std::optional<MessageRecord> messageByExternalId(const QString &externalId);
    Result<void> updateDelivery(const QString &id, DeliveryState state, const QString &reason);
    QList<MessageRecord> messages(qint64 conversation);
    //! Agent replies sent since @p since (for the platforms' per-window caps).
    int agentRepliesSince(qint64 conversation, qint64 since);

    // ---- Idempotent commands -------------------------------------------------------------
    //! The stored acknowledgement of command @p id, and who sent it.
    std::optional<std::pair<qint64, QJsonObject>> commandAck(const QString &id);
    Result<void> storeCommandAck(const QString &id, qint64 agentId, const QJsonObject &ack,
                                 qint64 at);

    // ---- Knowledge base, surveys, settings ------------------------------------------------
    //! One version of a knowledge-base entry in one language, as kept in its history.
    struct FaqVersion
    {
        qint64 version = 0; //!< unique across the base, growing
        FaqEntry entry; //!< as stored by this version (a retirement: what was retired)
        QString action; //!< "edit", "retire" or "revert"
        QString by; //!< an agent's login, "admin:USER", "demo"; empty before history was kept
        qint64 at = 0;
        qint64 revertedFrom = 0; //!< a revert: the version it brought back
    };
    //! Store @p entry as a new version (@p action "edit" or "revert") and return its number.
    Result<qint64> upsertFaqEntry(const FaqEntry &entry, qint64 now, const QString &by,
                                  const QString &action = QStringLiteral("edit"),
                                  qint64 revertedFrom = 0);
    //! Remove the entry, recording a "retire" version; std::nullopt when there is none.
    Result<std::optional<qint64>> retireFaqEntry(const QString &id, Language lang, qint64 now,
                                                 const QString &by);
    QList<FaqEntry> faqEntries();
    std::optional<FaqEntry> faqEntry(const QString &id, Language lang);
    //! Every version of entry @p id, all languages, oldest first.
    QList<FaqVersion> faqHistory(const QString &id);
    std::optional<FaqVersion> faqVersion(qint64 version);

    Result<bool> insertSurvey(qint64 conversation, int rating, const QString &comment,
                              const QString &agent, qint64 at);
    std::optional<std::pair<int, QString>> survey(qint64 conversation);

    std::optional<QString> setting(const QString &key);
    Result<void> setSetting(const QString &key, const QString &value);

    //! Agent replies waiting for delivery (or failed), by channel, for /metrics.
    QHash<QString, int> deliveriesByChannel(DeliveryState state);
    //! Counts for /metrics: open conversations by channel and state.
    QHash<QPair<QString, QString>, int> openCountsByChannelAndState();

    //! SQLite: checkpoint the write-ahead log from a thread of its own, once a
    //! second, instead of inside the server's transactions (the server calls
    //! this; short-lived processes like the admin command do not need it).
    void startCheckpointer();

    //! Raw access for the few places that need an ad-hoc query (tests, stats).
    QSqlDatabase database() const { return m_db; }

Q_SIGNALS:
    //! Another instance (or this one) committed events: read what is new.
    void eventsCommitted();
    //! An admin changed agents (disable, role…): reload them.
    void agentsChanged();
    //! The database became unreachable (PostgreSQL), or reachable again.
    void availabilityChanged(bool available);

private:
    //! A prepared statement kept for reuse, prepared again on a new connection.
    struct Cached
    {
        QSqlQuery query;
        QString sql;
        quint64 generation = 0; //!< of the connection it was prepared on
    };

    Storage(Backend backend, QSqlDatabase db);
    Result<void> begin();
    Result<void> commit();
    void rollback();
    Result<void> migrate();
    //! Subscriptions and session settings of a (new) PostgreSQL connection.
    void setUpConnection();
    //! Run a cached statement: refused at once while the database is
    //! unreachable; a read outside a transaction is run again once after a
    //! reconnection.
    bool execCached(Cached &cached);
    //! Run an ad-hoc statement, with the same rules (@p sql is a read when it
    //! starts with SELECT).
    bool execDirect(QSqlQuery &query, const QString &sql);
    //! After a failed statement: was the connection lost? Then storage is
    //! unavailable until reconnect() succeeds.
    bool noteFailure(const QSqlError &error);
    //! Usable now? When unavailable, tries to reconnect if the backoff allows
    //! (never inside a transaction: its statements are gone with the connection).
    bool ensureConnected();
    bool reconnect();
    void scheduleReconnect();
    Error lostError() const;
    //! A prepared statement kept for reuse; finished (its read snapshot and
    //! locks released) when the handle goes out of scope.
    class Query
    {
    public:
        Query(Storage *storage, Cached *cached)
            : m_storage(storage)
            , m_cached(cached)
            , m_query(&cached->query)
        { }
        ~Query() { m_query->finish(); }
        Query(const Query &) = delete;
        Query &operator=(const Query &) = delete;
        //! A null QString binds as '' (columns are NOT NULL), never as NULL.
        void bindValue(int index, const QVariant &value)
        {
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                m_query->bindValue(index, QStringLiteral(""));
            else
                m_query->bindValue(index, value);
        }
        bool exec() { return m_storage->execCached(*m_cached); }
        bool next() { return m_query->next(); }
        QVariant value(int index) const { return m_query->value(index); }
        int numRowsAffected() const { return m_query->numRowsAffected(); }
        operator QSqlQuery &() { return *m_query; }
        operator const QSqlQuery &() const { return *m_query; }

    private:
        Storage *m_storage;
        Cached *m_cached;
        QSqlQuery *m_query; //!< &m_cached->query, which stays at that address
    };
    Query prepared(const QString &sql);
    Result<void> exec(QSqlQuery &query);
    Result<void> exec(Query &query);
    Error errorOf(const QSqlQuery &query) const;
    QString dialect(QString sql) const;
    Result<void> insertFaqVersion(qint64 version, const FaqEntry &entry, const QString &action,
                                  const QString &by, qint64 at, qint64 revertedFrom);

    Backend m_backend;
    QSqlDatabase m_db;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<Cached>> m_queries;
    std::unique_ptr<QThread> m_checkpointer;
    bool m_inTransaction = false;
    // Reconnection (PostgreSQL).
    bool m_connected = true;
    bool m_lostInTransaction = false;
    quint64 m_generation = 1;
    quint64 m_outages = 0;
    int m_backoffMs = 0;
    qint64 m_nextAttemptAt = 0; //!< monotonic ms (QDeadlineTimer clock)
    QTimer m_reconnectTimer;
    QTimer m_watchdog;
    qint64 m_readyCheckedAt = -1;
    bool m_readyCached = false;
    QString m_readyReason;
    bool m_appendedEvents = false;
    bool m_changedAgents = false;

public:
    // ---- Citizen channels: send queue, senders, once-only marks (docs/channels.md) ----------
    //! One outgoing message in the durable send queue (Messenger, X, web form).
    struct SendRecord
    {
        QString messageId;
        qint64 conversation = 0;
        Channel channel = Channel::Messenger;
        QString kind = QStringLiteral("reply"); //!< reply, notice, survey
        QString state = QStringLiteral("pending"); //!< pending, sending, sent, failed
        int attempts = 0;
        qint64 nextAttemptAt = 0;
        qint64 leaseUntil = 0; //!< while sending: the instance's claim expires then
        QString externalId; //!< the platform's id of the sent message
        QString lastError;
        qint64 createdAt = 0;
        qint64 sentAt = 0;
    };
    //! Queue a message, or queue it again (an agent's retry): attempts start over.
    Result<void> enqueueSend(const SendRecord &record);
    //! Entries due at @p now (pending, or sending with a lapsed lease), oldest first.
    QList<SendRecord> dueSends(qint64 now, int limit);
    //! Take a due entry for sending until @p until; false when another took it.
    Result<bool> leaseSend(const QString &messageId, qint64 now, qint64 until);
    Result<void> updateSend(const SendRecord &record);
    std::optional<SendRecord> sendRecord(const QString &messageId);
    std::optional<SendRecord> sendByExternalId(Channel channel, const QString &externalId);
    //! Sent entries of a conversation sent at or before @p watermark (read receipts).
    QList<SendRecord> sentUpTo(qint64 conversation, qint64 watermark);
    //! The newest conversation of a citizen on a channel, open or closed.
    std::optional<ConversationRecord> latestConversationOf(Channel channel,
                                                           const QString &citizenKey);
    //! Agent replies since @p since that did not fail (the platforms' per-window caps).
    int liveRepliesSince(qint64 conversation, qint64 since);
    //! True the first time @p key is marked, false ever after (across instances).
    Result<bool> markOnce(const QString &key, qint64 at);
    Result<void> silenceSender(const QString &sender, qint64 until);
    //! When the silence of @p sender ends (ms), 0 when not silenced.
    qint64 silencedUntil(const QString &sender);
    Result<void> setConversationSender(qint64 conversation, const QString &sender);
    std::optional<QString> conversationSender(qint64 conversation);

    // ---- Triage (docs/triage.md) ----------------------------------------------------------
    //! Why @p flag ("emergency", "sgbv") of a conversation was last raised or
    //! lowered: {"by":"triage"|"agent", "raised", "agent"?, "triage"?, "at"}.
    Result<void> setFlagReason(qint64 conversation, const QString &flag, const QJsonObject &why,
                               qint64 at);
    //! Every flag's reason, by flag name.
    QJsonObject flagReasons(qint64 conversation);

    // ---- Audit log (docs/supervision.md) ---------------------------------------------------
    //! One record of the tamper-evident audit log. Each carries the hash of the
    //! one before it (the first, kAuditGenesis), and its own hash covers every
    //! field, its id and that previous hash.
    struct AuditRecord
    {
        qint64 id = 0;
        qint64 at = 0;
        QString actor; //!< an agent's login, or "admin:<system user>"
        QString role; //!< the actor's role, "admin" for the admin command
        QString action; //!< read, read_refused, reply, transfer, redirect, set_flags, wipe…
        qint64 conversation = 0;
        QString details; //!< compact JSON text, hashed as stored
        QString prevHash;
        QString hash;
    };
    //! The previous hash of the first record.
    static const QString &auditGenesis();
    //! SHA-256 (hex) over a length-prefixed serialisation of every field but the hash.
    static QString auditHash(const AuditRecord &record);
    //! Append a record chained to the last one. Inside a write transaction (the
    //! writers' lock keeps the chain in order across instances), so the record
    //! commits or rolls back with the action it records.
    Result<AuditRecord> appendAudit(const QString &actor, const QString &role,
                                    const QString &action, qint64 conversation,
                                    const QJsonObject &details, qint64 at);
    //! Records after @p afterId, oldest first, at most @p limit.
    Result<QList<AuditRecord>> auditRecords(qint64 afterId, int limit);

    // ---- Supervisors' figures and report (aggregates in SQL, docs/supervision.md) -----------
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
