#include "limitedtcpserver.h"

#include "requesthead.h"
#include "server/core/serverlogging.h"

#include <QPointer>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

//! Watches one connection's bytes as they arrive, with a tiny HTTP/1.1 framer:
//! where headers end, how long the body is, when the next request starts.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(LimitedTcpServer &server, QTcpSocket *socket, const QHostAddress &peer,
                    bool countPeer)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
        , m_peer(peer)
        , m_countPeer(countPeer)
    {
        // Counted down in the destructor (the guard is the socket's child), not
        // on a signal: Qt HttpServer disconnects every signal of a socket it
        // hands over to the WebSocket server.
        ++m_server.m_open;
        if (m_countPeer)
            ++m_server.m_perAddress[m_peer];
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::beforeRead);
        // Connected once Qt HttpServer has connected its own reader: what is
        // still unread after it ran was not consumed.
        QTimer::singleShot(0, this, [this] {
            connect(m_socket, &QIODevice::readyRead, this,
                    [this] { m_leftover = m_socket->bytesAvailable(); });
        });
        connect(socket, &QIODevice::bytesWritten, this, [this] { m_idle.start(); });
        m_idle.setSingleShot(true);
        m_idle.setInterval(m_server.m_limits.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            if (!m_upgraded)
                m_socket->abort();
        });
        m_idle.start();
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(m_server.m_limits.requestTimeoutMs);
        connect(&m_deadline, &QTimer::timeout, this,
                [this] { refuse(408, "Request Timeout", "slow_request"); });
    }

    ~ConnectionGuard() override
    {
        if (!m_serverAlive)
            return;
        --m_server.m_open;
        if (m_countPeer) {
            const auto it = m_server.m_perAddress.find(m_peer);
            if (it != m_server.m_perAddress.end() && --*it <= 0)
                m_server.m_perAddress.erase(it);
        }
    }

private:
    void beforeRead()
    {
        if (m_upgraded)
            return;
        m_idle.start();
        const qint64 available = m_socket->bytesAvailable();
        const QByteArray fresh = m_socket->peek(available).mid(m_leftover);
        m_leftover = available;
        for (qsizetype i = 0; i < fresh.size() && !m_refused;) {
            if (m_bodyLeft > 0) {
                const qint64 take = std::min<qint64>(m_bodyLeft, fresh.size() - i);
                m_bodyLeft -= take;
                i += take;
                if (m_bodyLeft == 0)
                    m_deadline.stop();
                continue;
            }
            if (m_header.isEmpty())
                m_deadline.start(); // a new request begins
            m_header.append(fresh[i++]);
            if (m_header.size() > m_server.m_limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large", "header_too_large");
                return;
            }
            if (m_header.endsWith("\r\n\r\n"))
                headersComplete();
        }
    }

    void headersComplete()
    {
        const RequestHead head = parseRequestHead(m_header);
        if (head.status != 0) {
            refuse(head.status, head.reason, head.why);
            return;
        }
        const qint64 length = head.contentLength;
        const bool chunked = head.chunked;
        const bool upgrade = head.upgrade;
        const QByteArray &requestLine = head.requestLine;
        m_header.clear();
        if (upgrade && length == 0 && !chunked && isWebSocketRequest(requestLine)) {
            // Its slot stays counted; the endpoint's own limits apply from here
            // (login deadline, per-address caps, idle time).
            m_upgraded = true;
            m_deadline.stop();
            m_idle.stop();
            return;
        }
        if (chunked) {
            refuse(411, "Length Required", "chunked_body");
            return;
        }
        if (length > m_server.m_limits.maxBodyBytes) {
            refuse(413, "Content Too Large", "body_too_large");
            return;
        }
        m_bodyLeft = length;
        if (m_bodyLeft == 0)
            m_deadline.stop();
    }

    //! "GET /agent HTTP/1.1" (a query allowed) on one of the WebSocket paths.
    bool isWebSocketRequest(const QByteArray &requestLine) const
    {
        const QList<QByteArray> parts = requestLine.split(' ');
        if (parts.size() != 3 || parts[0] != "GET")
            return false;
        // Qt 6's left(-1) is empty: a path without a query must be kept whole,
        // or no WebSocket counts as upgraded and the HTTP idle limit cuts it.
        const qsizetype query = parts[1].indexOf('?');
        const QByteArray path = query < 0 ? parts[1] : parts[1].left(query);
        return m_server.m_limits.webSocketPaths.contains(path);
    }

    void refuse(int status, const char *reason, const char *why)
    {
        if (m_refused)
            return;
        m_refused = true;
        ++m_server.m_refused;
        qCWarning(lcHttp).noquote().nospace()
            << "event=request_refused status=" << status << " reason=" << why;
        // Drain what arrived so Qt HttpServer never parses it, answer, close.
        m_socket->readAll();
        const QByteArray body = QByteArray(reason) + '\n';
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                        + "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket->disconnectFromHost();
        QTimer::singleShot(2000, m_socket, &QTcpSocket::abort);
    }

    LimitedTcpServer &m_server;
    QPointer<LimitedTcpServer> m_serverAlive { &m_server };
    QTcpSocket *m_socket;
    QHostAddress m_peer;
    bool m_countPeer = false;
    QByteArray m_header;
    qint64 m_bodyLeft = 0;
    qint64 m_leftover = 0;
    bool m_upgraded = false;
    bool m_refused = false;
    QTimer m_idle;
    QTimer m_deadline;
};

LimitedTcpServer::LimitedTcpServer(Limits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void LimitedTcpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    m_useTls = true;
}

void LimitedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_useTls) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(m_tls);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    const QHostAddress peer = socket->peerAddress();
    const bool proxy = std::any_of(m_limits.trustedProxies.cbegin(), m_limits.trustedProxies.cend(),
                                   [&peer](const QHostAddress &p) {
                                       return p.isEqual(peer, QHostAddress::TolerantConversion);
                                   });
    const bool addressFull =
        !proxy && m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress;
    if (m_open >= m_limits.maxConnections || addressFull) {
        ++m_refused;
        qCWarning(lcHttp).noquote().nospace() << "event=connection_refused reason="
                                              << (addressFull ? "address_cap" : "connection_cap");
        socket->write("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\n"
                      "Content-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, &QObject::deleteLater);
        return;
    }
    new ConnectionGuard(*this, socket, peer, !proxy);
    addPendingConnection(socket);
}

} // namespace Guichet::Server
