#pragma once

#include "protocol/frames.h"
#include "server/storage/records.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace Guichet::Server {

class AgentHub;

//! One agent's WebSocket connection: the protocol's state machine (hello,
//! login, sync, live), its limits (frame size, rate, idle time) and the checks
//! on every command. Documented in docs/protocol.md.
class AgentSession : public QObject
{
    Q_OBJECT

public:
    enum class State { AwaitingHello, AwaitingLogin, Ready, Closed };

    AgentSession(AgentHub &hub, std::unique_ptr<QWebSocket> socket, QString address);
    ~AgentSession() override;

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state == State::Ready; }
    bool isLive() const { return m_live; }
    const AgentRecord &agent() const { return m_agent; }
    QString address() const { return m_address; }
    //! The token this session was given at login: it ends with it.
    const QByteArray &tokenDigest() const { return m_tokenDigest; }
    qint64 tokenExpires() const { return m_tokenExpires; }

    //! Deliver a newly committed event (the hub checked visibility).
    void deliver(const Protocol::Event &event);
    //! The conversation became visible to this agent: send its history first.
    void backfill(qint64 conversation, qint64 beforeSeq);
    bool knows(qint64 conversation) const { return m_known.contains(conversation); }
    //! What the conversation said became readable to this agent (Access::canRead:
    //! a transfer to them, a release to the queue): send its history before
    //! @p beforeSeq again, what was withheld included (clients ignore what they have).
    //! @p history: the conversation's events, read once for all sessions.
    void refill(qint64 conversation, qint64 beforeSeq, const QList<Protocol::Event> &history);
    //! Whether the client's protocol version has events of @p kind (agent.updated: 2).
    bool understands(EventKind kind) const
    {
        if (kind == EventKind::SupervisorAction)
            return m_protocol >= Protocol::kSupervisionVersion;
        return kind != EventKind::AgentUpdated || m_protocol >= Protocol::kRosterVersion;
    }
    void send(const Protocol::AgentFrame &frame);
    //! Deliver an event already encoded (the hub encodes each event once for all).
    void deliverEncoded(const Protocol::Event &event, const QString &encoded);
    //! Close with a final error frame.
    //! Storage did not answer a login: "unavailable", and the socket closes.
    void sendUnavailable();
    void close(ErrorCode code, const QString &message);
    //! Fresh agent record after an admin change.
    void updateAgent(const AgentRecord &agent);
    void ping();

Q_SIGNALS:
    void closed(Guichet::Server::AgentSession *session);

private:
    void onText(const QString &text);
    void sendText(const QString &text);
    void onBinary();
    void handle(const Protocol::AgentFrame &frame);
    void handleHello(const Protocol::Hello &hello);
    void handleLogin(const Protocol::Login &login);
    //! A password login with an enrolment code: create the reservist, then welcome.
    void handleEnrolment(const Protocol::Login &login);
    void finishPasswordLogin(const AgentRecord &agent, bool verified);
    void welcome(const AgentRecord &agent);
    void handleSync(const Protocol::Sync &sync);
    void goLive(qint64 last);
    void sendError(ErrorCode code, const QString &message, const QString &field = {},
                   bool fatal = false);
    bool takeToken();
    //! The history of @p conversation before @p beforeSeq, what it says only if readable.
    void sendHistory(qint64 conversation, qint64 beforeSeq);
    void sendHistory(qint64 conversation, qint64 beforeSeq, const QList<Protocol::Event> &history);
    //! Sync or catch-up: @p kind / @p data may have made the conversation readable
    //! to this agent since the client last heard of it; if so, and it is, refill.
    void refillIfOpened(qint64 conversation, qint64 seq, EventKind kind, const QJsonObject &data);

    AgentHub &m_hub;
    std::unique_ptr<QWebSocket> m_socket;
    State m_state = State::AwaitingHello;
    int m_protocol = 1; //!< the version spoken: the lower of the client's and ours
    AgentRecord m_agent;
    bool m_live = false;
    bool m_loginPending = false;
    qint64 m_lastSent = 0; //!< highest sequence number examined for this session
    QSet<qint64> m_known; //!< conversations whose events this session has been sent
    QSet<qint64> m_refilled; //!< conversations whose history a sync or catch-up sent again
    QElapsedTimer m_lastReceived;
    QTimer m_idle;
    QTimer m_loginDeadline;
    QString m_address;
    QByteArray m_tokenDigest;
    qint64 m_tokenExpires = 0;
    // Token bucket: frames per second.
    double m_tokens = 0;
    QElapsedTimer m_refill;
    int m_violations = 0;
};

} // namespace Guichet::Server
