#pragma once

#include "channelsettings.h"
#include "courier.h"
#include "server/conversations/conversationservice.h"
#include "server/core/clock.h"
#include "server/storage/storage.h"
#include "server/triage/triage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

class QWebSocket;

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

public:
    Intake(Storage &storage, ConversationService &service, EventFeed &feed, SendQueue &queue,
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
    //! A spam close silenced this chat session (cached for a few seconds).
    bool chatSilenced(qint64 conversation) { return isSilencedCached(chatSender(conversation)); }
    //! A platform message over the sender's rate: stored all the same, marked
    //! for the agent, and the citizen told once per window (never dropped).
    void markOverLimit(const ConversationService::Received &received, const QString &sender);

    //! Record a citizen's message. @p detectLanguage: the channel does not say
    //! the language. Triage raises the flags (with their evidence) and an
    //! emergency gets the notice at once.
    Result<ConversationService::Received> receive(ConversationService::Incoming in,
                                                  const QString &sender, bool detectLanguage);
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
    //! A system message for the citizen: stored, and queued for the platforms.
    Result<MessageRecord> sendToCitizen(const ConversationRecord &conversation, const QString &text,
                                        Outgoing::Kind kind);
    //! A survey answer from a platform's quick reply: into the citizen's latest
    //! closed conversation that has none yet.
    void surveyAnswer(Channel channel, const QString &citizenKey, int rating);

    //! A web chat connection: its "say" frames are counted per address (the
    //! messages themselves are recorded through receiveMany(), by the ChatHub).
    bool acceptChat(QWebSocket &socket, const QString &address);

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

    void onChatText(QWebSocket *socket, const QString &address, const QString &text);
    //! isSilenced() for the chat's hot path: a silence is re-read every few seconds.
    bool isSilencedCached(const QString &sender);

    //! What follows a recorded message: its sender linked, the notice.
    void afterReceived(const ConversationService::Incoming &in, const QString &sender,
                       const Triage::Assessment &assessment,
                       const ConversationService::Received &received);

    Storage &m_storage;
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
    QList<Protocol::Event> m_backlog;
};

} // namespace Guichet::Server::Channels
