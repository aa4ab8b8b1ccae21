#pragma once

#include "abusestore.h"
#include "agentstore.h"
#include "auditlog.h"
#include "commandacks.h"
#include "conversationstore.h"
#include "database.h"
#include "enrolmentstore.h"
#include "eventlog.h"
#include "faqstore.h"
#include "figurestore.h"
#include "records.h"
#include "sendqueuestore.h"
#include "server/core/serveroptions.h"
#include "settingsstore.h"
#include "surveystore.h"

#include <QObject>

#include <memory>

namespace Guichet::Server {

//! The server's storage as one object: the Database and one store per concern
//! (event log, agents and tokens, conversations and messages, send queue,
//! abuse, knowledge base, surveys, settings, command acknowledgements, audit
//! log, figures, enrolment codes). A component that needs one concern takes that store
//! (eventLog(), faqStore()…); the forwarding methods below keep the callers
//! that still take the whole of it compiling while they move to the stores.
class Storage : public QObject
{
    Q_OBJECT

public:
    using Backend = Database::Backend;
    using RawEvent = EventLog::RawEvent;
    using SlaUpdate = ConversationStore::SlaUpdate;
    using KnownConversation = ConversationStore::KnownConversation;
    using SlaWatch = ConversationStore::SlaWatch;
    using FaqVersion = FaqStore::FaqVersion;
    using WaitingCount = FigureStore::WaitingCount;
    using AgentLoad = FigureStore::AgentLoad;
    using DayFigures = FigureStore::DayFigures;
    using Satisfaction = FigureStore::Satisfaction;
    using SurveyComment = FigureStore::SurveyComment;
    using ReportRow = FigureStore::ReportRow;
    using SendRecord = SendQueueStore::SendRecord;
    using AuditRecord = AuditLog::AuditRecord;

    ~Storage() override;

    //! Open the back-end @p options name and bring its schema up to date.
    //! @p connectionName keeps Qt Sql connections of one process apart.
    static Result<std::unique_ptr<Storage>>
    open(const ServerOptions &options, const QString &connectionName = QStringLiteral("guichet"));

    Database &database() { return *m_database; }
    EventLog &eventLog() { return m_eventLog; }
    AgentStore &agentStore() { return m_agents; }
    ConversationStore &conversationStore() { return m_conversations; }
    CommandAcks &commandAcks() { return m_commandAcks; }
    FaqStore &faqStore() { return m_faq; }
    SurveyStore &surveyStore() { return m_surveys; }
    SettingsStore &settingsStore() { return m_settings; }
    FigureStore &figureStore() { return m_figures; }
    SendQueueStore &sendQueueStore() { return m_sendQueue; }
    AbuseStore &abuseStore() { return m_abuse; }
    AuditLog &auditLog() { return m_audit; }
    EnrolmentStore &enrolmentStore() { return m_enrolments; }

    // ---- Database (database.h) ----
    Backend backend() const { return m_database->backend(); }
    int schemaVersion() { return m_database->schemaVersion(); }
    bool isReady(QString *reason = nullptr) { return m_database->isReady(reason); }
    quint64 outages() const { return m_database->outages(); }
    void startCheckpointer() { m_database->startCheckpointer(); }
    //! Run @p work (returning Result<T>) in one write transaction.
    template<typename Work>
    auto transaction(Work &&work) -> decltype(work())
    {
        return m_database->transaction(std::forward<Work>(work));
    }

    // ---- EventLog (eventlog.h) ----
    Result<Protocol::Event> appendEvent(EventKind kind, qint64 conversation,
                                        const QJsonObject &data, qint64 at)
    {
        return m_eventLog.appendEvent(kind, conversation, data, at);
    }
    Result<QList<Protocol::Event>> eventsAfter(qint64 after, int limit)
    {
        return m_eventLog.eventsAfter(after, limit);
    }
    Result<QList<RawEvent>> rawEventsAfter(qint64 after, int limit)
    {
        return m_eventLog.rawEventsAfter(after, limit);
    }
    Result<QList<Protocol::Event>> conversationEvents(qint64 conversation)
    {
        return m_eventLog.conversationEvents(conversation);
    }
    qint64 head() { return m_eventLog.head(); }

    // ---- AgentStore (agentstore.h) ----
    Result<AgentRecord> insertAgent(AgentRecord agent, qint64 now)
    {
        return m_agents.insertAgent(agent, now);
    }
    Result<void> updateAgent(const AgentRecord &agent) { return m_agents.updateAgent(agent); }
    std::optional<AgentRecord> agent(const QString &login) { return m_agents.agent(login); }
    std::optional<AgentRecord> agentById(qint64 id) { return m_agents.agentById(id); }
    QList<AgentRecord> agents() { return m_agents.agents(); }
    Result<void> touchAgents(const QList<qint64> &ids, qint64 now)
    {
        return m_agents.touchAgents(ids, now);
    }
    Result<void> setPresence(qint64 agentId, Presence presence)
    {
        return m_agents.setPresence(agentId, presence);
    }
    qint64 agentsVersion() { return m_agents.agentsVersion(); }
    Result<void> bumpAgentsVersion() { return m_agents.bumpAgentsVersion(); }
    Result<void> insertToken(const QByteArray &digest, qint64 agentId, qint64 now, qint64 expiresAt)
    {
        return m_agents.insertToken(digest, agentId, now, expiresAt);
    }
    std::optional<qint64> tokenAgent(const QByteArray &digest, qint64 now)
    {
        return m_agents.tokenAgent(digest, now);
    }
    Result<void> revokeTokens(qint64 agentId) { return m_agents.revokeTokens(agentId); }

    // ---- ConversationStore (conversationstore.h) ----
    Result<ConversationRecord> insertConversation(ConversationRecord conversation)
    {
        return m_conversations.insertConversation(conversation);
    }
    Result<void> updateConversation(const ConversationRecord &conversation)
    {
        return m_conversations.updateConversation(conversation);
    }
    Result<bool> setSlaIf(qint64 id, qint64 deadline, SlaState sla)
    {
        return m_conversations.setSlaIf(id, deadline, sla);
    }
    Result<QList<Protocol::Event>> setSlaIfWithEvents(const QList<SlaUpdate> &updates, qint64 at)
    {
        return m_conversations.setSlaIfWithEvents(updates, at);
    }
    Result<bool> claimIfQueued(qint64 id, const QString &owner, qint64 now)
    {
        return m_conversations.claimIfQueued(id, owner, now);
    }
    std::optional<ConversationRecord> conversation(qint64 id)
    {
        return m_conversations.conversation(id);
    }
    std::optional<ConversationRecord> conversationAndMessage(qint64 id, const QString &messageId,
                                                             bool *messageKnown)
    {
        return m_conversations.conversationAndMessage(id, messageId, messageKnown);
    }
    QHash<QString, KnownConversation>
    conversationsAndMessages(const QList<std::pair<qint64, QString>> &keys)
    {
        return m_conversations.conversationsAndMessages(keys);
    }
    std::optional<ConversationRecord> conversationByAccess(const QByteArray &digest)
    {
        return m_conversations.conversationByAccess(digest);
    }
    std::optional<ConversationRecord> openConversationOf(Channel channel, const QString &citizenKey)
    {
        return m_conversations.openConversationOf(channel, citizenKey);
    }
    std::optional<ConversationRecord> latestConversationOf(Channel channel,
                                                           const QString &citizenKey)
    {
        return m_conversations.latestConversationOf(channel, citizenKey);
    }
    QList<ConversationRecord> allConversations() { return m_conversations.allConversations(); }
    QList<ConversationRecord> conversationsOfEvents(qint64 after, qint64 upTo)
    {
        return m_conversations.conversationsOfEvents(after, upTo);
    }
    QList<ConversationRecord> openConversations(bool queuedOnly = false)
    {
        return m_conversations.openConversations(queuedOnly);
    }
    QList<SlaWatch> slaWatch() { return m_conversations.slaWatch(); }
    int claimedCount(const QString &owner) { return m_conversations.claimedCount(owner); }
    QHash<QString, int> openCountsByTeam() { return m_conversations.openCountsByTeam(); }
    QList<ConversationRecord> lapsedClaims(qint64 cutoff)
    {
        return m_conversations.lapsedClaims(cutoff);
    }
    Result<void> insertMessage(const MessageRecord &message)
    {
        return m_conversations.insertMessage(message);
    }
    Result<Protocol::Event> appendMessage(const ConversationRecord *update, const QJsonObject &data,
                                          MessageRecord &message)
    {
        return m_conversations.appendMessage(update, data, message);
    }
    std::optional<MessageRecord> message(const QString &id) { return m_conversations.message(id); }
    std::optional<MessageRecord> messageByExternalId(const QString &externalId)
    {
        return m_conversations.messageByExternalId(externalId);
    }
    Result<void> updateDelivery(const QString &id, DeliveryState state, const QString &reason)
    {
        return m_conversations.updateDelivery(id, state, reason);
    }
    QList<MessageRecord> messages(qint64 conversation)
    {
        return m_conversations.messages(conversation);
    }
    int agentRepliesSince(qint64 conversation, qint64 since)
    {
        return m_conversations.agentRepliesSince(conversation, since);
    }
    int liveRepliesSince(qint64 conversation, qint64 since)
    {
        return m_conversations.liveRepliesSince(conversation, since);
    }
    Result<void> setConversationSender(qint64 conversation, const QString &sender)
    {
        return m_conversations.setConversationSender(conversation, sender);
    }
    std::optional<QString> conversationSender(qint64 conversation)
    {
        return m_conversations.conversationSender(conversation);
    }
    Result<void> setFlagReason(qint64 conversation, const QString &flag, const QJsonObject &why,
                               qint64 at)
    {
        return m_conversations.setFlagReason(conversation, flag, why, at);
    }
    QJsonObject flagReasons(qint64 conversation)
    {
        return m_conversations.flagReasons(conversation);
    }

    // ---- CommandAcks (commandacks.h) ----
    std::optional<std::pair<qint64, QJsonObject>> commandAck(const QString &id)
    {
        return m_commandAcks.commandAck(id);
    }
    Result<void> storeCommandAck(const QString &id, qint64 agentId, const QJsonObject &ack,
                                 qint64 at)
    {
        return m_commandAcks.storeCommandAck(id, agentId, ack, at);
    }

    // ---- FaqStore (faqstore.h) ----
    Result<qint64> upsertFaqEntry(const FaqEntry &entry, qint64 now, const QString &by,
                                  const QString &action = QStringLiteral("edit"),
                                  qint64 revertedFrom = 0)
    {
        return m_faq.upsertFaqEntry(entry, now, by, action, revertedFrom);
    }
    Result<std::optional<qint64>> retireFaqEntry(const QString &id, Language lang, qint64 now,
                                                 const QString &by)
    {
        return m_faq.retireFaqEntry(id, lang, now, by);
    }
    QList<FaqEntry> faqEntries() { return m_faq.faqEntries(); }
    std::optional<FaqEntry> faqEntry(const QString &id, Language lang)
    {
        return m_faq.faqEntry(id, lang);
    }
    QList<FaqVersion> faqHistory(const QString &id) { return m_faq.faqHistory(id); }
    std::optional<FaqVersion> faqVersion(qint64 version) { return m_faq.faqVersion(version); }

    // ---- SurveyStore (surveystore.h) ----
    Result<bool> insertSurvey(qint64 conversation, int rating, const QString &comment,
                              const QString &agent, qint64 at)
    {
        return m_surveys.insertSurvey(conversation, rating, comment, agent, at);
    }
    std::optional<std::pair<int, QString>> survey(qint64 conversation)
    {
        return m_surveys.survey(conversation);
    }

    // ---- SettingsStore (settingsstore.h) ----
    std::optional<QString> setting(const QString &key) { return m_settings.setting(key); }
    Result<void> setSetting(const QString &key, const QString &value)
    {
        return m_settings.setSetting(key, value);
    }

    // ---- FigureStore (figurestore.h) ----
    QHash<QString, int> deliveriesByChannel(DeliveryState state)
    {
        return m_figures.deliveriesByChannel(state);
    }
    QHash<QPair<QString, QString>, int> openCountsByChannelAndState()
    {
        return m_figures.openCountsByChannelAndState();
    }
    Result<QList<WaitingCount>> waitingCounts(qint64 now, qint64 chatRiskLine,
                                              qint64 messageRiskLine)
    {
        return m_figures.waitingCounts(now, chatRiskLine, messageRiskLine);
    }
    Result<QList<AgentLoad>> agentLoads(qint64 now, qint64 seenSince)
    {
        return m_figures.agentLoads(now, seenSince);
    }
    Result<DayFigures> dayFigures(qint64 since) { return m_figures.dayFigures(since); }
    Result<QList<qint64>> openedPerHour(qint64 from, int hours)
    {
        return m_figures.openedPerHour(from, hours);
    }
    Result<Satisfaction> satisfaction(qint64 from, qint64 to)
    {
        return m_figures.satisfaction(from, to);
    }
    Result<QList<SurveyComment>> lastSurveyComments(int limit)
    {
        return m_figures.lastSurveyComments(limit);
    }
    Result<QList<ReportRow>> reportPage(qint64 to, qint64 afterOpened, qint64 afterId, int limit)
    {
        return m_figures.reportPage(to, afterOpened, afterId, limit);
    }

    // ---- SendQueueStore (sendqueuestore.h) ----
    Result<void> enqueueSend(const SendRecord &record) { return m_sendQueue.enqueueSend(record); }
    QList<SendRecord> dueSends(qint64 now, int limit) { return m_sendQueue.dueSends(now, limit); }
    Result<bool> leaseSend(const QString &messageId, qint64 now, qint64 until)
    {
        return m_sendQueue.leaseSend(messageId, now, until);
    }
    Result<void> updateSend(const SendRecord &record) { return m_sendQueue.updateSend(record); }
    std::optional<SendRecord> sendRecord(const QString &messageId)
    {
        return m_sendQueue.sendRecord(messageId);
    }
    std::optional<SendRecord> sendByExternalId(Channel channel, const QString &externalId)
    {
        return m_sendQueue.sendByExternalId(channel, externalId);
    }
    QList<SendRecord> sentUpTo(qint64 conversation, qint64 watermark)
    {
        return m_sendQueue.sentUpTo(conversation, watermark);
    }

    // ---- AbuseStore (abusestore.h) ----
    Result<bool> markOnce(const QString &key, qint64 at) { return m_abuse.markOnce(key, at); }
    Result<void> silenceSender(const QString &sender, qint64 until)
    {
        return m_abuse.silenceSender(sender, until);
    }
    qint64 silencedUntil(const QString &sender) { return m_abuse.silencedUntil(sender); }

    // ---- AuditLog (auditlog.h) ----
    static const QString &auditGenesis() { return AuditLog::auditGenesis(); }
    static QString auditHash(const AuditRecord &record) { return AuditLog::auditHash(record); }
    Result<AuditRecord> appendAudit(const QString &actor, const QString &role,
                                    const QString &action, qint64 conversation,
                                    const QJsonObject &details, qint64 at)
    {
        return m_audit.appendAudit(actor, role, action, conversation, details, at);
    }
    Result<QList<AuditRecord>> auditRecords(qint64 afterId, int limit)
    {
        return m_audit.auditRecords(afterId, limit);
    }

Q_SIGNALS:
    //! Another instance (or this one) committed events: read what is new.
    void eventsCommitted();
    //! An admin changed agents (disable, role…): reload them.
    void agentsChanged();
    //! The database became unreachable (PostgreSQL), or reachable again.
    void availabilityChanged(bool available);

private:
    explicit Storage(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    EventLog m_eventLog { *m_database };
    AgentStore m_agents { *m_database };
    ConversationStore m_conversations { *m_database };
    CommandAcks m_commandAcks { *m_database };
    FaqStore m_faq { *m_database };
    SurveyStore m_surveys { *m_database };
    SettingsStore m_settings { *m_database };
    FigureStore m_figures { *m_database };
    SendQueueStore m_sendQueue { *m_database };
    AbuseStore m_abuse { *m_database };
    AuditLog m_audit { *m_database };
    EnrolmentStore m_enrolments { *m_database };
};

} // namespace Guichet::Server
