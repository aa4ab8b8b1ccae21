#pragma once

#include "protocol/frames.h"
#include "server/conversations/conversationservice.h"
#include "server/storage/conversationstore.h"
#include "server/storage/database.h"
#include "server/storage/surveystore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <QPointer>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace Guichet::Server {

namespace Channels {
class Intake;
}

class ChatSession;
class EventFeed;

//! The citizens' web chat (WebSocket /chat): sessions that survive a reload or
//! a dropped connection (a session token resumes the conversation, "after"
//! replays what was missed), agent replies and typing live, the survey at the
//! end. Replies reach a citizen whichever instance the agent is connected to:
//! like the AgentHub, the ChatHub reads the committed events.
class ChatHub : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int connectionsPerAddress = 20;
        //! Reverse proxies whose X-Forwarded-For is believed (their own address
        //! is shared by every citizen behind them).
        QList<QHostAddress> trustedProxies;
    };

    ChatHub(Database &database, ConversationStore &conversations, SurveyStore &surveys,
            ConversationService &service, EventFeed &feed, Limits limits,
            QObject *parent = nullptr);
    //! The citizen's address: the peer, or what a trusted proxy forwarded.
    QString clientAddress(const QWebSocket &socket) const;
    ~ChatHub() override;

    void accept(std::unique_ptr<QWebSocket> socket);
    //! Citizens' messages are recorded through @p intake (triage, notices), as
    //! on every other channel; without one, straight into the service (tests).
    void setIntake(Channels::Intake *intake) { m_intake = intake; }
    //! Whether a spam close silenced the chat session of @p conversation.
    void setSilenceCheck(std::function<bool(qint64 conversation)> check)
    {
        m_silenced = std::move(check);
    }
    int sessionCount() const { return int(m_sessions.size()); }

    Database &database() { return m_database; }
    ConversationStore &conversationStore() { return m_conversationStore; }
    SurveyStore &surveyStore() { return m_surveyStore; }
    ConversationService &service() { return m_service; }
    //! Frames every citizen connection gets: the messages after @p after.
    QList<Protocol::CitizenMessage> messagesAfter(qint64 conversation, qint64 after);
    //! Mark agent messages as delivered once on a citizen's screen.
    void markDelivered(qint64 conversation, const QList<Protocol::CitizenMessage> &messages);
    bool addressAllowed(const QString &address) const;
    //! @p session now follows @p conversation (0: none): live events find it by id.
    void bind(ChatSession *session, qint64 before, qint64 conversation);
    //! Record @p say with the others that came in this turn of the event loop,
    //! in one transaction (group commit); the session hears back after commit.
    void submit(ChatSession *session, const Protocol::CitizenSay &say);
    //! Record now what @p session has waiting, so what it does next sees it.
    void settle(ChatSession *session);

public Q_SLOTS:
    //! Bring newly committed events to the citizens they concern.
    void ingest(const QList<Guichet::Protocol::Event> &events);
    void agentTyping(qint64 conversation, bool active);

Q_SIGNALS:
    void citizenTyping(qint64 conversation, bool active);

private:
    void remove(ChatSession *session);
    void recordPending();
    QList<ChatSession *> sessionsOf(qint64 conversation) const
    {
        return m_byConversation.values(conversation);
    }

    Database &m_database;
    ConversationStore &m_conversationStore;
    SurveyStore &m_surveyStore;
    ConversationService &m_service;
    Channels::Intake *m_intake = nullptr;
    Limits m_limits;
    std::function<bool(qint64)> m_silenced;
    std::vector<std::unique_ptr<ChatSession>> m_sessions;
    //! Sessions by conversation, so a live event reaches its citizens without a scan of
    //! every open chat.
    QMultiHash<qint64, ChatSession *> m_byConversation;
    struct PendingSay
    {
        QPointer<ChatSession> session;
        Protocol::CitizenSay say;
    };
    QList<PendingSay> m_pending; //!< citizens' messages waiting for the group commit
    //! At most this many messages per transaction: the event loop waits for it.
    static constexpr int kMaxGroup = 200;
};

//! One citizen's chat connection.
class ChatSession : public QObject
{
    Q_OBJECT

public:
    ChatSession(ChatHub &hub, std::unique_ptr<QWebSocket> socket, QString address);
    ~ChatSession() override;

    qint64 conversation() const { return m_conversation; }
    QString address() const { return m_address; }
    void send(const Protocol::CitizenFrame &frame);
    //! Close the connection for abuse (over the address's message rate), saying why.
    void cut(const QString &reason);
    //! Push a message, if it is newer than what this connection has shown.
    void push(const Protocol::CitizenMessage &message);
    //! What recording @p say needs to know from this session.
    ConversationService::Incoming incoming(const Protocol::CitizenSay &say) const;
    //! The outcome of recording @p say: acknowledge it, show it.
    void recorded(const Protocol::CitizenSay &say,
                  const Result<ConversationService::Received> &received);

Q_SIGNALS:
    void closed(Guichet::Server::ChatSession *session);

private:
    void onText(const QString &text);
    void handleHello(const Protocol::CitizenHello &hello);
    void handleSay(const Protocol::CitizenSay &say);
    void handleSurvey(const Protocol::SurveyAnswer &answer);
    void welcome(const QString &reference, ChatStatus status, bool emergency = false);
    void sendError(ErrorCode code, const QString &message, const QString &field = {});
    bool takeToken();

    ChatHub &m_hub;
    std::unique_ptr<QWebSocket> m_socket;
    QString m_address;
    QString m_token;
    QString m_name; //!< as the citizen gave it in hello (optional)
    qint64 m_conversation = 0;
    qint64 m_lastSeq = 0;
    Language m_lang = Language::Fr;
    bool m_ready = false;
    double m_tokens;
    QElapsedTimer m_refill;
    QElapsedTimer m_lastReceived;
    int m_violations = 0;
};

} // namespace Guichet::Server
