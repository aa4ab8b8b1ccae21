#pragma once

#include "database.h"
#include "eventlog.h"
#include "records.h"

#include <QHash>
#include <QJsonObject>

namespace Guichet::Server {

//! Conversations and their messages, with what hangs on a conversation: the
//! citizen's sender link and the reasons of its flags. Writing a message also
//! appends its event (one statement on PostgreSQL).
class ConversationStore : public SqlStore
{
public:
    using SqlStore::SqlStore;

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
    //! The newest conversation of a citizen on a channel, open or closed.
    std::optional<ConversationRecord> latestConversationOf(Channel channel,
                                                           const QString &citizenKey);
    //! Every conversation (the agent hub's visibility cache is built from it).
    QList<ConversationRecord> allConversations();
    //! The conversations of the stored events after @p after up to @p upTo.
    QList<ConversationRecord> conversationsOfEvents(qint64 after, qint64 upTo);
    //! Open conversations, most urgent first; only the queued ones (waiting
    //! for an agent) when @p queuedOnly.
    QList<ConversationRecord> openConversations(bool queuedOnly = false);
    //! The queued conversations in the queue's order (openConversations(true)),
    //! with only what routing looks at read: id, channel, lang, state, owner,
    //! team, emergency, sgbv and deadline. A "next" claim with 2,000 waiting
    //! read every column of every one on PostgreSQL.
    QList<ConversationRecord> queue();
    //! What the SLA check needs of an open conversation with a deadline:
    //! four columns instead of the whole row, read every tick.
    struct SlaWatch
    {
        qint64 id = 0;
        Channel channel = Channel::WebChat;
        qint64 deadline = 0;
        SlaState sla = SlaState::OnTime;
    };
    //! The open conversations with a deadline whose SLA state is not the one
    //! they have at @p now: breached once the deadline is reached, at risk
    //! once it is at or before the channel's risk line (@p chatRiskLine for
    //! web chats, @p messageRiskLine for the others), on time before. Only
    //! those few are read, not every open conversation each tick.
    QList<SlaWatch> slaWatch(qint64 now, qint64 chatRiskLine, qint64 messageRiskLine);
    int claimedCount(const QString &owner);
    //! Open conversations per team.
    QHash<QString, int> openCountsByTeam();
    //! Claimed conversations whose owner has not been seen since @p cutoff.
    QList<ConversationRecord> lapsedClaims(qint64 cutoff);

    //! An agent's message also sets the conversation's first reply time
    //! (first_reply_at, unless an earlier one is there), in the same transaction.
    Result<void> insertMessage(const MessageRecord &message);
    //! A new message: writes @p update first when given (with the first reply
    //! time for an agent's message, as insertMessage), then the message_added
    //! event with @p data and the message with that event's seq. One statement
    //! on PostgreSQL (every round trip is held under the write lock), three on
    //! SQLite. Sets @p message's seq.
    Result<Protocol::Event> appendMessage(const ConversationRecord *update, const QJsonObject &data,
                                          MessageRecord &message);
    std::optional<MessageRecord> message(const QString &id);
    std::optional<MessageRecord> messageByExternalId(const QString &externalId);
    Result<void> updateDelivery(const QString &id, DeliveryState state, const QString &reason);
    //! @p id's delivery state set to @p state (reason cleared) only when it is
    //! one of @p from: one statement, no read first. Whether it changed.
    Result<bool> advanceDelivery(const QString &id, DeliveryState state,
                                 std::initializer_list<DeliveryState> from);
    QList<MessageRecord> messages(qint64 conversation);
    //! Agent replies since @p since that did not fail (the platforms' per-window caps).
    int liveRepliesSince(qint64 conversation, qint64 since);

    Result<void> setConversationSender(qint64 conversation, const QString &sender);
    std::optional<QString> conversationSender(qint64 conversation);

    //! Why @p flag ("emergency", "sgbv") of a conversation was last raised or
    //! lowered: {"by":"triage"|"agent", "raised", "agent"?, "triage"?, "at"}.
    Result<void> setFlagReason(qint64 conversation, const QString &flag, const QJsonObject &why,
                               qint64 at);
    //! Every flag's reason, by flag name.
    QJsonObject flagReasons(qint64 conversation);

private:
    //! The message's row alone.
    Result<void> insertMessageRow(const MessageRecord &message);

    EventLog m_events { m_database };
};

} // namespace Guichet::Server
