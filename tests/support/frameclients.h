#pragma once

// Test support: WebSocket clients that speak the agent protocol and the
// citizen chat through protocol/, over real sockets, with blocking helpers so
// tests read top to bottom.

#include "protocol/codec.h"

#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <deque>
#include <functional>

namespace Guichet::Test {

//! Run the event loop for up to @p ms, returning early after events arrive
//! (no busy waiting).
void pumpEvents(int ms);

//! Text frames in, kept in arrival order until a test takes them.
class WsClient : public QObject
{
    Q_OBJECT

public:
    WsClient();
    bool open(const QUrl &url, int timeoutMs = 10000);
    //! Connect as if through a reverse proxy for @p address (X-Forwarded-For;
    //! believed only when the server lists 127.0.0.1 in trustedProxies).
    void setForwardedFor(const QString &address) { m_forwardedFor = address; }
    void close();
    bool isConnected() const;
    void sendText(const QByteArray &text);
    //! Wait until the socket closes; its close code.
    std::optional<QWebSocketProtocol::CloseCode> waitClosed(int timeoutMs);
    QWebSocket &socket() { return m_socket; }

protected:
    //! Wait for the first buffered text for which @p take returns true, remove
    //! and return it.
    std::optional<QByteArray> waitText(const std::function<bool(const QByteArray &)> &take,
                                       int timeoutMs);
    std::deque<QByteArray> m_texts;

private:
    QWebSocket m_socket;
    QString m_forwardedFor;
    bool m_closed = false;
};

//! An agent's connection. Once logged in it pings every 20 s, as the workstation does: a
//! client that only listens (a test's watcher) then outlives the server's 90 s idle limit
//! however slowly a loaded machine runs the test functions between its reads.
class AgentClient : public WsClient
{
    Q_OBJECT

public:
    AgentClient();
    //! Connect, say hello, log in. The welcome, if it worked.
    std::optional<Protocol::Welcome> connectAndLogin(const QUrl &url, const QString &login,
                                                     const QString &password);
    void send(const Protocol::AgentFrame &frame) { sendText(Protocol::encode(frame)); }

    //! The next frame of type T (others stay buffered), or nullopt after the timeout.
    template<typename T>
    std::optional<T> next(int timeoutMs = 5000, const std::function<bool(const T &)> &accept = {})
    {
        auto text = waitText(
            [&](const QByteArray &bytes) {
                auto frame = Protocol::decodeAgentFrame(bytes);
                if (!frame)
                    return false;
                const T *value = std::get_if<T>(&*frame);
                return value && (!accept || accept(*value));
            },
            timeoutMs);
        if (!text)
            return std::nullopt;
        return std::get<T>(*Protocol::decodeAgentFrame(*text));
    }
    //! Drop buffered frames.
    void clear() { m_texts.clear(); }

    Protocol::Ack claim(qint64 conversation, const QString &id = {});
    Protocol::Ack command(CommandOp op, qint64 conversation, const QJsonObject &args = {},
                          const QString &id = {});
    //! Sync from @p after to the end, in batches of @p limit: the events received.
    QList<Protocol::Event> syncAll(qint64 after = 0, int limit = 1000, qint64 *last = nullptr);
    //! The next event with a matching kind (and conversation, if given).
    std::optional<Protocol::Event> nextEvent(EventKind kind, qint64 conversation = 0,
                                             int timeoutMs = 5000);

private:
    QTimer m_keepAlive;
};

class CitizenClient : public WsClient
{
    Q_OBJECT

public:
    //! Connect and say hello (resuming @p session after @p after when given).
    std::optional<Protocol::CitizenWelcome> connectAndHello(const QUrl &url, Language lang,
                                                            const QString &session = {},
                                                            qint64 after = 0,
                                                            const QString &name = {});
    void send(const Protocol::CitizenFrame &frame) { sendText(Protocol::encode(frame)); }
    //! Say something; the acknowledgement.
    std::optional<Protocol::Ack> say(const QString &text, const QString &id = {});

    template<typename T>
    std::optional<T> next(int timeoutMs = 5000, const std::function<bool(const T &)> &accept = {})
    {
        auto text = waitText(
            [&](const QByteArray &bytes) {
                auto frame = Protocol::decodeCitizenFrame(bytes);
                if (!frame)
                    return false;
                const T *value = std::get_if<T>(&*frame);
                return value && (!accept || accept(*value));
            },
            timeoutMs);
        if (!text)
            return std::nullopt;
        return std::get<T>(*Protocol::decodeCitizenFrame(*text));
    }
};

} // namespace Guichet::Test
