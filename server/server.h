#pragma once

#include "serveroptions.h"

#include <QObject>

#include <memory>

class QHttpServer;

namespace Guichet::Server {

//! The guichet-server process: HTTP routes and WebSocket endpoints on one port.
class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(ServerOptions options, QObject *parent = nullptr);
    ~Server() override;

    //! Open storage and start listening. Returns the port actually bound.
    Result<quint16> start();
    //! The URL printed on start ("http://127.0.0.1:8080").
    QString url() const;

private:
    ServerOptions m_options;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
};

} // namespace Guichet::Server
