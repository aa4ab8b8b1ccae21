#pragma once

#include "server/core/clock.h"
#include "server/core/serveroptions.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace Guichet::Server {

class AgentHub;
class ChatHub;
class ConversationService;
class Demo;
class EventFeed;
class LimitedTcpServer;
class Storage;
namespace Channels {
class Channels;
}

//! The guichet-server process: HTTP routes and WebSocket endpoints on one port,
//! over one Storage. Owns the parts and wires them; the rules live in them.
class Server : public QObject
{
    Q_OBJECT

public:
    //! @p clock: what every part reads the time from (a ManualClock in tests).
    explicit Server(ServerOptions options, const Clock &clock = Clock::system(),
                    QObject *parent = nullptr);
    ~Server() override;

    //! Open storage and start listening. Returns the port actually bound.
    Result<quint16> start();
    //! The URL printed on start ("http://127.0.0.1:8080").
    QString url() const;
    //! What --demo seeded, for the banner (logins and passwords).
    QStringList demoCredentials() const;

    Storage &storage() { return *m_storage; }
    ConversationService &service() { return *m_service; }
    AgentHub &hub() { return *m_hub; }

private:
    void setupRoutes();
    QByteArray metrics();
    bool metricsAllowed(const QHttpServerRequest &request) const;
    QList<QHostAddress> trustedProxies() const;
    void acceptWebSockets();

    ServerOptions m_options;
    const Clock &m_clock;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<ConversationService> m_service;
    std::unique_ptr<EventFeed> m_feed; //!< before its followers, gone after them
    std::unique_ptr<AgentHub> m_hub;
    std::unique_ptr<ChatHub> m_chat;
    std::unique_ptr<Channels::Channels> m_channels;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<Demo> m_demo;
    LimitedTcpServer *m_tcp = nullptr;
    QTimer m_tick;
    quint16 m_port = 0;
};

} // namespace Guichet::Server
