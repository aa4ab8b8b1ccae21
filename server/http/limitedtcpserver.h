#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace Guichet::Server {

//! The TCP side of the HTTP server, with the limits Qt HttpServer 6.4 lacks
//! (DESIGN.md, pitfalls): a connection cap, an idle timeout, a deadline for a
//! request to arrive whole (slow clients), header and body size limits. A
//! request over a limit is answered (413, 431, 411, 408, 503) and its
//! connection closed before Qt HttpServer reads the body: a 200 MB POST costs
//! no more memory than its first packets. WebSocket upgrades are let through
//! (the WebSocket has limits of its own). With a TLS configuration, connections
//! are encrypted (https, wss).
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConnections = 2000;
        int maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
        int idleTimeoutMs = 60 * 1000;
        int requestTimeoutMs = 15 * 1000;
    };

    explicit LimitedTcpServer(Limits limits, QObject *parent = nullptr);

    void setTlsConfiguration(const QSslConfiguration &configuration);
    int openConnections() const { return m_open; }
    const Limits &limits() const { return m_limits; }
    //! Requests refused for a limit since start (for /metrics).
    qint64 refusedRequests() const { return m_refused; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ConnectionGuard;
    Limits m_limits;
    QSslConfiguration m_tls;
    bool m_useTls = false;
    int m_open = 0;
    qint64 m_refused = 0;
};

} // namespace Guichet::Server
