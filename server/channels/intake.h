#pragma once

#include "channeladapter.h"
#include "channelsettings.h"
#include "server/conversations/conversationservice.h"
#include "server/core/clock.h"
#include "server/storage/abusestore.h"
#include "server/storage/conversationstore.h"
#include "server/storage/database.h"
#include "server/storage/sendqueuestore.h"
#include "server/storage/settingsstore.h"
#include "server/storage/surveystore.h"
#include "server/triage/triage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

namespace Guichet::Server {
class EventFeed;
}

namespace Guichet::Server::Channels {

class SendQueue;

//! Fixed-window counters per key (an address, a sender), in memory: each
//! instance counts what reaches it.
class RateLimiter
{
public:
    explicit RateLimiter(const Clock &clock)
        : m_clock(clock)
    { }

    //! Count one more for @p key; false when @p limit is already reached in
    //! the current window of @p windowMs.
    bool take(const QString &key, int limit, qint64 windowMs);
    //! After take() refused: true the first time in this window (one notice).
    bool firstRefusal(const QString &key);
    //! When @p key's window ends: what a Retry-After says.
    qint64 retryAfterMs(const QString &key, qint64 windowMs) const;

private:
    struct Window
    {
        qint64 start = 0;
        int count = 0;
        bool refused = false;
    };
    const Clock &m_clock;
    QHash<QString, Window> m_windows;
};

//! What every channel does with a citizen's message, whatever the platform:
//! abuse controls (silenced senders, rate limits per sender), language
//! detection, triage (emergency, sexual or gender-based violence: one call,
//! the same for the web chat, the web form, Messenger and X), recording it,
//! and the automatic messages to the citizen (the 17 / 112 / 114 notice at
//! once, the survey prompt at the end). It also watches the event log for what
//! other parts decided: an agent raising the emergency flag sends the notice,
//! a "spam" close silences the sender, a close on Messenger or X sends the survey.
class Intake : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    //! A citizen types (a platform's typing indicator).
    void citizenTyping(qint64 conversation, bool active);

public:
    Intake(Database &database, ConversationStore &conversations, SendQueueStore &sendQueue,
           AbuseStore &abuse, SurveyStore &surveys, SettingsStore &settingsStore,
           ConversationService &service, EventFeed &feed, SendQueue &queue,
           const ChannelSettings &settings, const Clock &clock, QObject *parent = nullptr);

    //! A stable, keyed digest of a citizen's identity on a channel (PSID, X id,
    //! client address): what silences and rate limits are keyed on.
    QString senderKey(Channel channel, const QString &identity) const;
    //! The web chat and the web form know a citizen by their address: one key for both.
    QString webSender(const QString &address) const { return senderKey(Channel::WebChat, address); }
    bool isSilenced(const QString &sender);
    //! Per-sender message rate (messagesPerSenderPerMinute).
    bool takeSenderToken(const QString &sender);
    //! Per-address request rate for HTTP endpoints.
    bool takeAddressToken(const QString &bucket, const QString &address, int limit,
                          qint64 windowMs);
    //! Seconds until takeAddressToken() may succeed again (Retry-After).
    int addressRetryAfter(const QString &bucket, const QString &address, qint64 windowMs) const;
    //! A web chat's identity is its session, that is its conversation.
    QString chatSender(qint64 conversation) const
    {
        return senderKey(Channel::WebChat,
                         QStringLiteral("conversation:") + QString::number(conversation));
    }
    //! A spam close silenced this chat session (from the cache below).
    bool chatSilenced(qint64 conversation) { return isSilencedCached(chatSender(conversation)); }
    //! How many senders the silence cache holds (tests: it must not grow with every sender).
    qsizetype cachedSilences() const { return m_silences.size(); }
    //! Record a citizen's message. @p detectLanguage: the channel does not say
    //! the language. Triage raises the flags (with their evidence); the message,
    //! its sender link, its flags and events, and the emergency notice commit in
    //! one transaction. @p overLimit: over the sender's rate, stored all the same,
    //! noted for the agent and the citizen told once per window (never dropped).
    Result<ConversationService::Received> receive(ConversationService::Incoming in,
                                                  const QString &sender, bool detectLanguage,
                                                  bool overLimit = false);
    //! receive() for several messages in one transaction (the web chat's group
    //! commit): one result per message, in order. @p senders: each one's
    //! sender key, or empty (the web chat's is its conversation).
    QList<Result<ConversationService::Received>>
    receiveMany(QList<ConversationService::Incoming> incoming, const QStringList &senders,
                bool detectLanguage);
    //! The triage engine in use (a new bundle replaces it without a restart).
    std::shared_ptr<const Triage::Engine> triage() const { return m_triage; }
    void setTriage(std::shared_ptr<const Triage::Engine> engine);
    //! The triage of @p in (its subject and text): raises its flags and keeps
    //! the evidence when they are raised.
    static Triage::Assessment assess(const Triage::Engine &engine,
                                     ConversationService::Incoming &in);
    //! The 17 / 112 / 114 notice, once per conversation, in its language.
    void sendEmergencyNotice(const ConversationRecord &conversation);
    //! A system message for the citizen: stored and queued in one transaction;
    //! with @p onceKey only the first time (InvalidState after).
    Result<MessageRecord> sendToCitizen(const ConversationRecord &conversation, const QString &text,
                                        Outgoing::Kind kind, const QString &onceKey = {});
    //! A survey answer from a platform's quick reply: into the citizen's latest
    //! closed conversation that has none yet.
    void surveyAnswer(Channel channel, const QString &citizenKey, int rating);

    //! A channel's adapter: its capabilities and rules, also declared to the
    //! conversation service (replies), and its courier for the send queue.
    void addAdapter(ChannelAdapter *adapter);
    //! The adapter of @p channel (null before addAdapter()).
    ChannelAdapter *adapter(Channel channel) const { return m_adapters.value(channel); }
    //! What a webhook delivery brought, through the one pipeline: texts (silence,
    //! rate, triage, one transaction), receipts, typing, survey answers. False
    //! when storage failed (the platform must deliver it again).
    bool accept(ChannelAdapter &adapter, const QList<InboundItem> &items);

    //! A web chat message from @p address: counted per address (a carrier's
    //! NAT is shared, so generous); false when over (the chat is cut).
    bool takeChatMessage(const QString &address);
    //! Seconds until takeChatMessage() may succeed again.
    int chatRetryAfter(const QString &address) const;

    static QString surveyPrompt(Language lang);
    static QString surveyThanks(Language lang);
    //! The one notice to a citizen over the rate limit.
    static QString rateNotice(Language lang);

private:
    //! Events from the EventFeed wait here for a turn of the event loop of
    //! their own: a commit announces its events while its caller (the ChatHub
    //! recording a message) has not finished, and what this adds must come
    //! after.
    void queueEvents(const QList<Protocol::Event> &events);
    void ingest();

    //! isSilenced() for the chat's hot path. Silences are written only by the
    //! spam close, which every instance's ingest() sees and notes here at once;
    //! the database is read once a minute per sender (a new instance, a silence
    //! that another instance wrote before this one started).
    bool isSilencedCached(const QString &sender);

    //! The log line of a message triage flagged (rule ids, never words).
    void logTriage(const ConversationService::Incoming &in, const Triage::Assessment &assessment,
                   const ConversationService::Received &received);
    bool deliversItself(Channel channel) const;
    //! Why notices cannot go out on @p channel; empty: they can.
    QString cannotSend(Channel channel) const;
    bool acceptText(ChannelAdapter &adapter, const InboundItem &item);
    void acceptReceipt(ChannelAdapter &adapter, const InboundItem &item);

    Database &m_database;
    ConversationStore &m_conversationStore;
    SendQueueStore &m_sendQueueStore;
    AbuseStore &m_abuseStore;
    SurveyStore &m_surveyStore;
    SettingsStore &m_settingsStore;
    ConversationService &m_service;
    SendQueue &m_queue;
    std::shared_ptr<const Triage::Engine> m_triage;
    const ChannelSettings &m_settings;
    const Clock &m_clock;
    QByteArray m_key;
    RateLimiter m_senders;
    RateLimiter m_addresses;
    struct Silence
    {
        qint64 until = 0;
        qint64 checkedAt = 0;
    };
    QHash<QString, Silence> m_silences;
    qint64 m_silencesSweptAt = 0;
    QList<Protocol::Event> m_backlog;
    QMap<Channel, ChannelAdapter *> m_adapters;
};

} // namespace Guichet::Server::Channels
