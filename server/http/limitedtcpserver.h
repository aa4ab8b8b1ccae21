#pragma once

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

namespace Guichet::Server {

//! The TCP side of the HTTP server, with the limits Qt HttpServer 6.4 lacks
//! (DESIGN.md, pitfalls): a connection cap, an idle timeout, a deadline for a
//! request to arrive whole (slow clients), header and body size limits. A
//! request over a limit is answered (400, 413, 431, 411, 408, 503) and its
//! connection closed before Qt HttpServer reads the body: a 200 MB POST costs
//! no more memory than its first packets. Only a bodiless GET on a WebSocket
//! path with "Upgrade: websocket" leaves these limits (the WebSocket has limits
//! of its own): the header anywhere else changes nothing. A connection cap per
//! client address (trusted proxies exempt) keeps one client from taking every
//! slot, so /healthz is answered. With a TLS configuration, connections are
//! encrypted (https, wss).
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
        //! Open connections (HTTP and WebSocket) one address may hold.
        int maxConnectionsPerAddress = 256;
        //! Paths where a WebSocket upgrade is allowed ("/agent", "/chat").
        QList<QByteArray> webSocketPaths;
        //! Reverse proxies: exempt from the per-address cap (they carry everyone).
        QList<QHostAddress> trustedProxies;
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
    QHash<QHostAddress, int> m_perAddress;
    QSslConfiguration m_tls;
    bool m_useTls = false;
    int m_open = 0;
    qint64 m_refused = 0;
};

} // namespace Guichet::Server
