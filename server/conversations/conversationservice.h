#pragma once

#include "routingsettings.h"
#include "server/core/clock.h"
#include "server/storage/abusestore.h"
#include "server/storage/agentstore.h"
#include "server/storage/auditlog.h"
#include "server/storage/commandacks.h"
#include "server/storage/conversationstore.h"
#include "server/storage/database.h"
#include "server/storage/enrolmentstore.h"
#include "server/storage/eventlog.h"
#include "server/storage/faqstore.h"
#include "server/storage/figurestore.h"
#include "server/storage/records.h"
#include "server/storage/sendqueuestore.h"
#include "server/storage/settingsstore.h"
#include "server/storage/surveystore.h"

#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>

namespace Guichet::Server {

//! The business rules of conversations: opening them as citizens write, the
//! agents' commands (claims, replies, transfers, closes, redirections), SLA
//! states, lapsed leases and push routing. Every change is written with its
//! event in one transaction; the AgentHub then reads the new events and
//! delivers them. Commands are applied once per client UUID: a repeat gets the
//! first acknowledgement back.
class ConversationService : public QObject
{
    Q_OBJECT

public:
    //! The stores the service writes and reads, all over one Database (the
    //! conversation rules span them: a reply writes its message, event and
    //! send-queue row in one transaction).
    struct Stores
    {
        Database &database;
        EventLog &events;
        AgentStore &agents;
        ConversationStore &conversations;
        CommandAcks &commandAcks;
        SendQueueStore &sendQueue;
        SurveyStore &surveys;
        SettingsStore &settings;
        AbuseStore &abuse;
        AuditLog &audit;
        FigureStore &figures;
        EnrolmentStore &enrolments;
        FaqStore &faq;
    };

    ConversationService(const Stores &stores, RoutingSettings settings, const Clock &clock,
                        QObject *parent = nullptr);

    const RoutingSettings &settings() const { return m_settings; }
    Surge surge();
    //! Who acts, for the audit log: an agent, the admin command, the server itself.
    struct Actor
    {
        QString name;
        QString role;
    };
    //! Start or stop a surge (audited, and a supervisor.action event, in the same
    //! transaction). A surge already on keeps its start time. Stopping one ends the
    //! accounts enrolment created and voids the unused codes; starting one tells the
    //! citizens waiting on the web chat how long they may wait (supervisoractions.cpp).
    Result<void> setSurge(Surge next, const Actor &actor, const QString &reason = {});
    //! How many conversations @p agent may hold now: their own capacity, raised to
    //! routing.surge.capacity while a surge is on.
    int capacityOf(const AgentRecord &agent);
    int capacityOf(const AgentRecord &agent, const Surge &surge) const;

    // ---- Surge enrolment (supervisoractions.cpp, docs/supervision.md) --------------------
    //! A new one-time enrolment code from @p agent (a supervisor, during a surge): the
    //! only copy of the code is in the answer; storage keeps its digest.
    Result<QJsonObject> createEnrolmentCode(const AgentRecord &agent, const QJsonObject &args,
                                            qint64 now);
    //! Is @p code (as typed) a usable enrolment code now? A cheap check before the
    //! password is hashed; enrol() checks again.
    bool enrolmentCodeUsable(const QString &code);
    //! Create reservist @p login with @p passwordHash from enrolment code @p code.
    //! Refused with login_failed ("invalid or expired enrolment code") whatever is
    //! wrong with the code, with invalid_value when the login is taken.
    Result<AgentRecord> enrol(const QString &code, const QString &login, const QString &name,
                              const QString &passwordHash);
    //! The enrolment code as stored: hex SHA-256 of its normalised form (upper case,
    //! no separators, the look-alikes 0/O, 1/I/L read as the same).
    static QByteArray enrolmentDigest(const QString &code);
    //! A new random code, 10 characters of Crockford base32 grouped by five ("ABCDE-FGHJK").
    static QString newEnrolmentCode();
    //! The notice a waiting web-chat citizen gets when a surge starts, in @p lang:
    //! an estimate in minutes, or (0) that none can be made yet.
    static QString waitNotice(Language lang, int minutes);

    // ---- Supervision (supervision.cpp, docs/supervision.md) ------------------------------
    //! Commands that query rather than change: answered at once, never stored as
    //! acknowledgements (a repeat is answered afresh).
    static bool isQuery(CommandOp op);
    //! A read, stats or report command from @p agent.
    Protocol::Ack query(const AgentRecord &agent, const Protocol::Command &command);
    //! The supervisors' figures at @p now ("supervise stats").
    Result<QJsonObject> stats(qint64 now);
    //! Midnight, server time, of the day of @p now: where "today" starts.
    static qint64 startOfDay(qint64 now);
    //! Note the queue's length for the stats' waiting series (at most one sample
    //! per kWaitingSampleMs; kept in memory for kWaitingSpanMs).
    void sampleWaiting(qint64 now);
    static constexpr qint64 kWaitingSampleMs = 5 * 60000;
    static constexpr qint64 kWaitingSpanMs = 12 * 3600000;
    //! The stats' "series" (opened per hour, satisfaction per day, waiting samples).
    Result<QJsonObject> statsSeries(qint64 now, qint64 waitingNow);

    //! What a citizen sent, from any channel.
    struct Incoming
    {
        Channel channel = Channel::WebChat;
        Language lang = Language::Fr;
        QString citizen; //!< display name
        QString citizenKey; //!< channel identity; empty for web chat and form
        QString subject;
        QString text;
        QString attachments; //!< JSON array text, or empty
        QString messageId; //!< UUID; generated when empty
        QString externalId; //!< platform id, for deduplication
        bool emergency = false;
        bool sgbv = false;
        //! The triage's assessment (Triage::Assessment::toJson) when it raised a flag:
        //! logged with the flag's event and kept as the flag's reason.
        QJsonObject triage;
        QByteArray accessDigest; //!< for a new web conversation: its token's digest
        qint64 conversation = 0; //!< append to this conversation instead of finding one
        //! The sender's key (silences, spam closes): linked to the conversation in
        //! the same transaction. Empty: none (the web chat's is its conversation).
        QString sender;
        //! A notice text in a language; empty text: nothing to send.
        using NoticeText = std::function<QString(Language)>;
        //! With emergency: the 17 / 112 / 114 notice, written (once per
        //! conversation) and queued in the message's transaction.
        NoticeText emergencyNotice;
        //! The message came over the sender's rate: this note on it, and the
        //! notice (when the text is not empty) in the same transaction.
        QString overLimitNote;
        NoticeText overLimitNotice;
    };
    struct Received
    {
        ConversationRecord conversation;
        MessageRecord message;
        bool opened = false; //!< a new conversation was opened
        bool duplicate = false; //!< already received (same externalId or messageId)
        //! Notices written with the message (emergency, over the rate), in order.
        QList<MessageRecord> notices;
    };
    //! Record a citizen's message: into the given conversation, else their open
    //! conversation on that channel, else a new one.
    Result<Received> receive(const Incoming &incoming);
    //! Record several messages in one transaction (the chat's group commit):
    //! one result per message, in order. A message that fails is refused alone;
    //! when the commit fails, every one is.
    QList<Result<Received>> receiveMany(const QList<Incoming> &incoming);

    //! A system message into a conversation (e.g. the emergency notice sent to
    //! the citizen), shown to agents too.
    Result<MessageRecord> addSystemMessage(qint64 conversation, const QString &text,
                                           DeliveryState delivery);
    Result<void> setDelivery(const QString &messageId, DeliveryState state, const QString &reason);
    //! A reply the citizen's page received (web chat): delivered, with its
    //! event, unless it is already further along. One transaction, no read.
    Result<void> markDelivered(qint64 conversation, const QString &messageId);
    //! Replies are queued leased for this long to the instance that wrote them,
    //! which sends them at once (replyQueued) without reading them back.
    void setSendLease(qint64 ms) { m_sendLeaseMs = ms; }
    //! The send queue's outcome for a message: its queue row and, with @p state
    //! (sent, failed), the message's delivery and its event, in one transaction.
    //! A receipt that came first (delivered, read) is not taken back to sent.
    Result<void> recordSend(const SendQueueStore::SendRecord &row,
                            std::optional<DeliveryState> state, const QString &reason);
    Result<void> flag(qint64 conversation, std::optional<bool> emergency, std::optional<bool> sgbv,
                      std::optional<Language> lang);
    Result<bool> recordSurvey(qint64 conversation, int rating, const QString &comment);
    //! Close on the citizen's or a platform's behalf (no agent).
    Result<void> closeBySystem(qint64 conversation, Outcome outcome);

    //! A claim frame from @p agent: the conversation, or the next one (0).
    Protocol::Ack claim(const AgentRecord &agent, const Protocol::Claim &claim);
    //! A command frame from @p agent.
    Protocol::Ack execute(const AgentRecord &agent, const Protocol::Command &command);
    //! The agent connected or left (the hub): stored, with its agent.updated event
    //! when it changed.
    Result<void> setPresence(const AgentRecord &agent, Presence presence);
    //! The agent's roster entry (name, role, team, presence, load, capacity) as an
    //! agent.updated event, inside the caller's transaction (presence and load
    //! changes here; `admin agent add|set|…` for the rest).
    Result<void> agentUpdated(const QString &login, qint64 at);

    //! Periodic work: SLA states, lapsed leases, push routing.
    void tick();

    //! Before an agent reply goes out: can the channel deliver it? Set by the
    //! channel adapters (Messenger and X reply windows); empty means yes.
    using SendCheck = std::function<Result<void>(const ConversationRecord &, const QString &text)>;
    //! What a channel's adapter declares (server/channels/channeladapter.h): the
    //! service writes each reply and notice with its delivery state and, for a
    //! channel that does not deliver itself, its send-queue row, in one transaction.
    struct ChannelRules
    {
        SendCheck check; //!< empty: every reply may go
        //! The server itself shows the message (web chat, follow-up page): sent
        //! when written, no queue row.
        bool deliversItself = false;
        //! Why this server cannot send on the channel now (not configured); empty: it can.
        std::function<QString()> cannotSend;
    };
    void setChannelRules(Channel channel, ChannelRules rules);
    //! A system message for the citizen (notice, survey prompt, thanks) with its
    //! queue row in one transaction; @p kind is the queue's ("notice", "survey"). @p onceKey:
    //! written only the first time (across instances); std::nullopt when it was written before.
    Result<std::optional<MessageRecord>> sendToCitizen(const ConversationRecord &conversation,
                                                       const QString &text, const QString &kind,
                                                       const QString &onceKey = {});

Q_SIGNALS:
    //! An agent's message is stored and waits for delivery to the citizen.
    void replyQueued(const Guichet::Server::ConversationRecord &conversation,
                     const Guichet::Server::MessageRecord &message);
    void conversationClosed(const Guichet::Server::ConversationRecord &conversation);
    void conversationOpened(const Guichet::Server::ConversationRecord &conversation);

private:
    //! The work of receive() inside the caller's transaction.
    Result<Received> record(const Incoming &incoming, qint64 at);
    //! What follows a committed message: the signal, the log line.
    void announce(const Received &received);

    using Apply = std::function<Result<QJsonObject>()>;
    //! What the audit log records of a command, when it is applied.
    struct AuditNote
    {
        QString action; //!< empty: not audited
        qint64 conversation = 0; //!< 0: the result's "conversation"
        QJsonObject details;
    };
    //! Run @p apply once per command id, store and return its acknowledgement;
    //! the audit record of @p note in the same transaction.
    Protocol::Ack once(const AgentRecord &agent, const QString &id, const AuditNote &note,
                       const Apply &apply);
    Result<QJsonObject> read(const AgentRecord &agent, qint64 conversation, qint64 after,
                             qint64 now);
    Result<QJsonObject> report(const AgentRecord &agent, const QJsonObject &args, qint64 now);
    //! An audit record in a transaction of its own (reads and exports change nothing else).
    Result<void> audit(const AgentRecord &agent, const QString &action, qint64 conversation,
                       const QJsonObject &details, qint64 now);

    Result<QJsonObject> claimOne(const AgentRecord &agent, qint64 conversation, qint64 now,
                                 const QString &reason);
    Result<QJsonObject> claimNext(const AgentRecord &agent, qint64 now);
    Result<QJsonObject> reply(const AgentRecord &agent, ConversationRecord &c, const QString &id,
                              const QString &text, qint64 now);
    Result<QJsonObject> apply(const AgentRecord &agent, const Protocol::Command &command,
                              qint64 now);

    //! Why the flags in @p changed ("emergency", "sgbv": their new values) changed:
    //! @p why ({"by":"agent","agent"} or {"by":"triage","triage"}) kept per flag.
    Result<void> recordFlagReasons(qint64 conversation, const QJsonObject &changed,
                                   const QJsonObject &why, qint64 at);
    //! Logged and refused unless @p data is valid for @p kind.
    Result<void> checkEvent(EventKind kind, const QJsonObject &data) const;
    Result<Protocol::Event> event(EventKind kind, qint64 conversation, const QJsonObject &data,
                                  qint64 now);
    //! A message and its message_added event, after writing @p update when
    //! given (one statement on PostgreSQL); sets @p message's seq.
    Result<Protocol::Event> appendMessage(const ConversationRecord *update, const QJsonObject &data,
                                          MessageRecord &message);
    Result<void> release(ConversationRecord &c, const QString &reason, qint64 now);
    Result<QJsonObject> retireFaq(const AgentRecord &agent, const QJsonObject &args, qint64 at);
    //! The supervisors' actions (protocol 3): reassign, agents, wipes, surges,
    //! knowledge-base edits and redirect definitions.
    Result<QJsonObject> supervisorAction(const AgentRecord &agent, const Protocol::Command &command,
                                         qint64 at);
    Result<QJsonObject> reassign(const AgentRecord &agent, ConversationRecord &c, const QString &to,
                                 const QString &reason, qint64 at);
    //! A supervisor.action event: who (@p by, empty for the admin command), why, and @p extra.
    Result<void> supervisorEvent(const QString &action, const QString &by, const QString &reason,
                                 const QJsonObject &extra, qint64 at);
    //! Save @p agent, audited as @p action, with their tokens revoked when @p revoke;
    //! every server reloads its agents (a disabled agent is cut off within a second).
    Result<void> saveAgent(const AgentRecord &agent, bool revoke, const Actor &actor,
                           const QString &action, const QString &reason, qint64 at);
    struct SurgeChange
    {
        bool started = false; //!< a surge began (it was off)
        QStringList ended; //!< enrolled reservists whose accounts ended with it
    };
    //! setSurge() inside the caller's transaction; the audit record only when @p audit
    //! (a command's is written by once()).
    Result<void> applySurge(Surge next, const Actor &actor, const QString &reason, bool audit,
                            qint64 at, SurgeChange &change);
    //! The citizens waiting on the web chat are told how long they may wait.
    void sendWaitNotices(qint64 at);
    void updateSla(qint64 now);
    void writeSlaChanges(qint64 now);
    void lapseLeases(qint64 now);
    void routePush(qint64 now);

    //! Inside the caller's transaction: a system message for the citizen, its
    //! delivery state as the channel's rules say, and its queue row.
    Result<MessageRecord> writeToCitizen(const ConversationRecord &conversation,
                                         const QString &text, const QString &kind, qint64 at);
    //! Inside the caller's transaction: @p message's new delivery state and its event.
    Result<void> applyDelivery(const MessageRecord &message, DeliveryState state,
                               const QString &reason, qint64 at);
    //! Inside the caller's transaction: the send-queue row of @p messageId.
    //! @p leased: for this instance to send after the commit (replies).
    Result<void> queueSend(const ConversationRecord &conversation, const QString &messageId,
                           const QString &kind, qint64 at, bool leased = false);

    Database &m_database;
    EventLog &m_eventLog;
    AgentStore &m_agentStore;
    ConversationStore &m_conversationStore;
    CommandAcks &m_commandAcks;
    SendQueueStore &m_sendQueueStore;
    SurveyStore &m_surveyStore;
    SettingsStore &m_settingsStore;
    AbuseStore &m_abuseStore;
    AuditLog &m_auditLog;
    FigureStore &m_figureStore;
    EnrolmentStore &m_enrolmentStore;
    FaqStore &m_faqStore;
    RoutingSettings m_settings;
    const Clock &m_clock;
    QMap<Channel, ChannelRules> m_channels;
    qint64 m_sendLeaseMs = 0;
    QList<std::function<void()>> m_afterCommit; //!< signals to emit once committed
    //! receiveMany()'s group, read in one query: by message id. Each
    //! conversation serves its first message of the group only (the next ones
    //! read what that one wrote).
    QHash<QString, ConversationStore::KnownConversation> m_group;
    QSet<qint64> m_groupUsed;
    struct SlaChange
    {
        qint64 conversation = 0;
        qint64 deadline = 0;
        SlaState state = SlaState::OnTime;
    };
    QList<SlaChange> m_slaChanges; //!< found by the last tick, not yet written
    //! The queue's length over the last hours (stats "series.waiting"), oldest first.
    QList<std::pair<qint64, qint64>> m_waitingSamples;
    //! Each supervisor's export in progress: the period its audit record names and
    //! where its last page ended. The next page of the same walk is covered by
    //! that record (one record per export, not per page); any other page is not.
    struct ExportWalk
    {
        qint64 from = 0;
        qint64 to = 0;
        qint64 afterOpened = 0;
        qint64 afterId = 0;
        qint64 at = 0; //!< when its last page was answered
    };
    QHash<QString, ExportWalk> m_exportWalks;
    //! A walk idle longer than this is over: its next page is audited again.
    static constexpr qint64 kExportWalkIdleMs = 10 * 60 * 1000;
    static constexpr int kSlaChangesPerTransaction = 50;
    static constexpr int kSlaPauseMs = 20;
};

} // namespace Guichet::Server
