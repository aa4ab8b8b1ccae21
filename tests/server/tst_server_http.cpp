// The server's own HTTP limits (Qt HttpServer 6.4 has none): huge bodies,
// slow and vanishing clients, oversized headers, the connection cap.
#include "frameclients.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

//! Send @p request on a fresh connection and read the whole response: until its
//! Content-Length is in, or the server closes. @p timeoutMs only bounds a hang; a
//! busy machine makes this slower, never shorter.
QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs = 60000,
                    const QString &from = {})
{
    QTcpSocket socket;
    // Another loopback address is another client (Linux answers all of 127/8).
    if (!from.isEmpty() && !socket.bind(QHostAddress(from)))
        return {};
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        static const QRegularExpression length(u"\\r\\ncontent-length: *(\\d+)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const auto match = length.match(QString::fromLatin1(received.left(headerEnd)));
        if (match.hasMatch() ? received.size() >= headerEnd + 4 + match.captured(1).toLongLong()
                             : !request.startsWith("POST"))
            break;
    }
    received += socket.readAll();
    return received;
}

//! The outcome of pushing a huge body at the server.
struct Upload
{
    QByteArray response;
    qint64 sent = 0;
    bool closedByServer = false;
};

//! Send @p headers, then push body bytes until the server closes the connection
//! or @p bodyBytes are sent, reading all along. A plain POSIX socket: the
//! server closes with body bytes unread, so its kernel resets the link, and a
//! QTcpSocket whose write then fails aborts and throws away the answer it had
//! not read yet (the empty status line seen under load); recv() still returns
//! it, queued before the reset.
Upload pushBody(quint16 port, const QByteArray &headers, qint64 bodyBytes)
{
    Upload upload;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return upload;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return upload;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    QByteArray pending = headers;
    const QByteArray chunk(256 * 1024, 'a');
    bool writable = true;
    QElapsedTimer timer;
    timer.start();
    // The bound only stops a hang: the loop ends when the server closes.
    while (timer.elapsed() < 120000) {
        pollfd poll { fd, short(POLLIN | (writable ? POLLOUT : 0)), 0 };
        if (::poll(&poll, 1, 100) < 0)
            break;
        // Writing first: the body keeps coming while the server decides, as from a
        // client that does not wait for an answer.
        if (writable && (poll.revents & POLLOUT)) {
            if (pending.isEmpty() && upload.sent < bodyBytes) {
                pending = chunk.left(int(std::min<qint64>(chunk.size(), bodyBytes - upload.sent)));
                upload.sent += pending.size();
            }
            if (!pending.isEmpty()) {
                const ssize_t put =
                    ::send(fd, pending.constData(), size_t(pending.size()), MSG_NOSIGNAL);
                if (put > 0)
                    pending.remove(0, put);
                else if (put < 0 && errno != EAGAIN && errno != EINTR)
                    writable = false; // reset: keep reading what came before it
            }
        }
        if (poll.revents & (POLLIN | POLLHUP | POLLERR)) {
            char buffer[4096];
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got > 0) {
                upload.response.append(buffer, got);
            } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                upload.closedByServer = true; // end of stream or reset, all read
                break;
            }
        }
    }
    ::close(fd);
    return upload;
}

QByteArray statusLine(const QByteArray &response)
{
    return response.left(response.indexOf("\r\n"));
}

} // namespace

class TestServerHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthAndMetrics();
    void metricsNeedTheTokenWhenSet();
    void hugePostIsRefusedEarlyWithMemoryBounded();
    void chunkedBodyIsRefused();
    void clientsVanishingMidRequest();
    void slowRequestTimesOut();
    void oversizedHeadersAreRefused();
    void idleConnectionsAreClosed();
    void webSocketsOutliveTheHttpIdleLimit();
    void connectionCap();
    void websocketEndpointsNeedAnUpgrade();
    void twoContentLengthsAreRefused();
    void upgradeHeaderKeepsTheBodyLimit();
    void upgradeHeaderKeepsTheDeadline();
    void oneAddressCannotTakeEverySlot();
    void metricsTrustOnlyConfiguredAddresses();

private:
    QByteArray holdUntilRefused(std::vector<std::unique_ptr<QTcpSocket>> &held, int count,
                                const QStringList &from, const QByteArray &request,
                                const QString &probeFrom);

    ServerProcess m_server;
};

//! Holds \a count connections from the addresses \a from (each sending \a
//! request) and probes from \a probeFrom until the server refuses the probe;
//! returns the last probe's response. Connections the server closed meanwhile
//! (its idle limit or request deadline, reached on a slow machine before the
//! probe) are replaced, and so is the count it still held from the tests before
//! (a closed socket is counted until the server has seen it go): a fixed number
//! of connections and a single probe would race both.
QByteArray TestServerHttp::holdUntilRefused(std::vector<std::unique_ptr<QTcpSocket>> &held,
                                            int count, const QStringList &from,
                                            const QByteArray &request, const QString &probeFrom)
{
    const QByteArray health = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    QByteArray probe;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 45000) {
        std::erase_if(held, [](const auto &socket) {
            return socket->state() != QAbstractSocket::ConnectedState;
        });
        for (int i = int(held.size()); i < count; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            if (!socket->bind(QHostAddress(from.at(i % from.size()))))
                return {};
            socket->connectToHost(u"127.0.0.1"_s, m_server.port());
            if (!socket->waitForConnected(30000))
                return {};
            if (!request.isEmpty())
                socket->write(request);
            held.push_back(std::move(socket));
        }
        probe = exchange(m_server.port(), health, 30000, probeFrom);
        if (statusLine(probe) == "HTTP/1.1 503 Service Unavailable")
            break;
        QTest::qWait(20);
    }
    return probe;
}

void TestServerHttp::initTestCase()
{
    m_server.setConfig({ { u"limits"_s,
                           QJsonObject { { u"maxConnections"_s, 40 },
                                         { u"maxHeaderBytes"_s, 8192 },
                                         { u"maxBodyBytes"_s, 1024 * 1024 },
                                         { u"requestTimeoutMs"_s, 1500 },
                                         { u"maxConnectionsPerAddress"_s, 30 },
                                         { u"idleTimeoutMs"_s, 3000 } } } });
    QVERIFY(m_server.start());
}

void TestServerHttp::healthAndMetrics()
{
    const QByteArray health = exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(statusLine(health), QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(health.contains("\"status\":\"ok\""));
    const QByteArray metrics =
        exchange(m_server.port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(statusLine(metrics), QByteArray("HTTP/1.1 200 OK"));
    for (const char *name :
         { "guichet_connected_agents ",
           "guichet_open_conversations{channel=\"webchat\",state=\"queued\"} ",
           "guichet_events_per_second ", "guichet_send_queue_depth{channel=\"messenger\"} ",
           "guichet_database_statements_total ", "guichet_database_transactions_total ",
           "# TYPE guichet_http_refused_total counter" })
        QVERIFY2(metrics.contains(name), name);
}

void TestServerHttp::metricsNeedTheTokenWhenSet()
{
    ServerProcess guarded;
    guarded.setEnvironment({ u"GUICHET_METRICS_TOKEN=s3cret-metrics"_s });
    QVERIFY(guarded.start());
    QCOMPARE(statusLine(exchange(guarded.port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")),
             QByteArray("HTTP/1.1 403 Forbidden"));
    QCOMPARE(statusLine(exchange(guarded.port(),
                                 "GET /metrics HTTP/1.1\r\nHost: x\r\n"
                                 "Authorization: Bearer s3cret-metrics\r\n\r\n")),
             QByteArray("HTTP/1.1 200 OK"));
}

void TestServerHttp::hugePostIsRefusedEarlyWithMemoryBounded()
{
    const qint64 before = residentKiB(m_server.pid());
    QVERIFY(before > 0);
    // 200 MB announced, and pushed for as long as the server reads: Qt HttpServer
    // alone would read it all into memory. Behaviour, not speed: the answer, that
    // the server hung up before the body's end, and its memory.
    constexpr qint64 announced = 200ll * 1024 * 1024;
    const Upload upload = pushBody(m_server.port(),
                                   "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                   "application/json\r\nContent-Length: "
                                       + QByteArray::number(announced) + "\r\n\r\n",
                                   announced);
    qInfo() << "body bytes sent" << upload.sent << "closed by the server" << upload.closedByServer;
    QCOMPARE(statusLine(upload.response), QByteArray("HTTP/1.1 413 Content Too Large"));
    QVERIFY2(upload.closedByServer, "the server kept the connection open");
    QVERIFY2(upload.sent < announced, "the server read the whole refused body");
    const qint64 after = residentKiB(m_server.pid());
    qInfo() << "server RSS" << before << "KiB before," << after << "KiB after";
    QVERIFY2(after - before < 40 * 1024, "memory grew with the refused body");
    QCOMPARE(statusLine(exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")),
             QByteArray("HTTP/1.1 200 OK"));
}

void TestServerHttp::chunkedBodyIsRefused()
{
    const QByteArray response =
        exchange(m_server.port(),
                 "POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "5\r\nhello\r\n0\r\n\r\n");
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 411 Length Required"));
}

void TestServerHttp::clientsVanishingMidRequest()
{
    const QList<QByteArray> partials = {
        "GET /heal",
        "GET /healthz HTTP/1.1\r\nHost: x\r\n",
        "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n0123456789",
        "GET /agent HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
    };
    for (int round = 0; round < 50; ++round) {
        for (const QByteArray &partial : partials) {
            QTcpSocket socket;
            socket.connectToHost(u"127.0.0.1"_s, m_server.port());
            QVERIFY(socket.waitForConnected(30000));
            socket.write(partial);
            socket.waitForBytesWritten(100);
            if (round % 2)
                QTest::qWait(1);
            socket.abort();
        }
    }
    // Still up, and serving once it has seen the 200 go: until then they count
    // against 127.0.0.1's 30 slots, so a single probe after a fixed sleep could
    // be refused with 503 on a loaded machine (and left them to the next test).
    QTRY_COMPARE_WITH_TIMEOUT(
        statusLine(exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")),
        QByteArray("HTTP/1.1 200 OK"), 60000);
    QVERIFY(m_server.isRunning());
}

void TestServerHttp::slowRequestTimesOut()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(30000));
    QElapsedTimer timer;
    timer.start();
    // A header line every 300 ms, never finishing (slowloris): each line resets the
    // idle timeout (3 s, which would close without a word), so only the request
    // deadline (1.5 s) can answer 408. The loop's bound only stops a hang.
    QByteArray response;
    int lines = 0;
    while (timer.elapsed() < 60000 && socket.state() == QAbstractSocket::ConnectedState
           && !response.contains("\r\n")) {
        socket.write(lines++ == 0 ? QByteArray("GET /healthz HTTP/1.1\r\n")
                                  : "X-Slow: " + QByteArray::number(lines) + "\r\n");
        socket.waitForReadyRead(300);
        response += socket.readAll();
    }
    response += socket.readAll();
    qInfo() << "408 after" << lines << "header lines," << timer.elapsed() << "ms";
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 408 Request Timeout"));
    // Never before the deadline (a lower bound holds on a busy machine too).
    QVERIFY(timer.elapsed() >= 1500);
}

void TestServerHttp::oversizedHeadersAreRefused()
{
    const QByteArray request =
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20000, 'b') + "\r\n\r\n";
    QCOMPARE(statusLine(exchange(m_server.port(), request)),
             QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
}

void TestServerHttp::idleConnectionsAreClosed()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(30000));
    QElapsedTimer timer;
    timer.start();
    // Closed by the server (3 s idle timeout), never before; the wait only bounds a hang.
    QVERIFY(socket.waitForDisconnected(60000));
    QVERIFY(timer.elapsed() >= 2500);
}

void TestServerHttp::webSocketsOutliveTheHttpIdleLimit()
{
    // The HTTP idle limit (3 s here, 60 s by default) is for requests: an agent's
    // or a citizen's WebSocket, with or without a query string, lives on under its
    // own limits. Until this test, "/agent" (no query) was cut when it ran out.
    const QString password = u"correct horse battery"_s;
    QVERIFY(m_server.addAgent(u"idle"_s, password));
    AgentClient agent;
    QVERIFY(agent.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"idle"_s, password));
    CitizenClient citizen;
    QVERIFY(citizen.connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr));
    CitizenClient withQuery;
    QVERIFY(withQuery.open(m_server.wsUrl(u"/chat?lang=fr"_s), 30000));
    QTest::qWait(6000); // twice the HTTP idle limit
    agent.send(Protocol::Ping { 7 });
    // Its own pong, not the answer to the client's keep-alive ping (nonce 0).
    const auto pong = agent.next<Protocol::Pong>(
        30000, [](const Protocol::Pong &frame) { return frame.nonce == 7; });
    QVERIFY2(pong, "the agent's WebSocket was closed");
    QVERIFY(agent.isConnected());
    QVERIFY(citizen.isConnected());
    QVERIFY(withQuery.isConnected());
}

void TestServerHttp::connectionCap()
{
    const QByteArray health = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    // 40 connections from two addresses (20 each, under the per-address cap of
    // 30), so that only the global cap of 40 can refuse the 41st.
    std::vector<std::unique_ptr<QTcpSocket>> held;
    const QByteArray probe =
        holdUntilRefused(held, 40, { u"127.0.0.5"_s, u"127.0.0.6"_s }, {}, u"127.0.0.7"_s);
    QCOMPARE(statusLine(probe), QByteArray("HTTP/1.1 503 Service Unavailable"));
    QVERIFY(probe.contains("Retry-After: "));
    held.clear();
    // Served again once it has seen them go.
    QTRY_COMPARE_WITH_TIMEOUT(statusLine(exchange(m_server.port(), health)),
                              QByteArray("HTTP/1.1 200 OK"), 60000);
}

void TestServerHttp::websocketEndpointsNeedAnUpgrade()
{
    QCOMPARE(statusLine(exchange(m_server.port(), "GET /agent HTTP/1.1\r\nHost: x\r\n\r\n")),
             QByteArray("HTTP/1.1 426 Upgrade Required"));
    QCOMPARE(statusLine(exchange(m_server.port(), "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n")),
             QByteArray("HTTP/1.1 404 Not Found"));
    WsClient client;
    QVERIFY(!client.open(m_server.wsUrl(u"/nowhere"_s), 30000) || client.waitClosed(30000));
}

void TestServerHttp::twoContentLengthsAreRefused()
{
    // Equal or not: Qt and the limit check would each read one of them.
    for (const QByteArray &lengths :
         { QByteArray("Content-Length: 5\r\nContent-Length: 5\r\n"),
           QByteArray("Content-Length: 5\r\nContent-Length: 900\r\n"),
           QByteArray("Content-Length: +5\r\n"), QByteArray("Content-Length: 5, 5\r\n") }) {
        const QByteArray response = exchange(
            m_server.port(), "POST /healthz HTTP/1.1\r\nHost: x\r\n" + lengths + "\r\n{}   ");
        QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 400 Bad Request"));
    }
}

void TestServerHttp::upgradeHeaderKeepsTheBodyLimit()
{
    // An "Upgrade: websocket" header on a path that is no WebSocket endpoint,
    // or with a body, is an ordinary request: the 1 MiB limit holds.
    for (const QByteArray &path : { QByteArray("/healthz"), QByteArray("/agent") }) {
        const QByteArray response = exchange(
            m_server.port(),
            "POST " + path
                + " HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  "Content-Length: 209715200\r\n\r\n"
                + QByteArray(64 * 1024, 'a'));
        QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 413 Content Too Large"));
    }
}

void TestServerHttp::upgradeHeaderKeepsTheDeadline()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(30000));
    QElapsedTimer timer;
    timer.start();
    socket.write("POST /nowhere HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nContent-Length: 1000\r\n\r\n");
    QByteArray response;
    // A byte of body every 300 ms, never finishing: each resets the idle timeout,
    // so only the request deadline (1.5 s) can answer 408. The bound stops a hang.
    while (timer.elapsed() < 60000 && socket.state() == QAbstractSocket::ConnectedState
           && !response.contains("\r\n")) {
        socket.write("a");
        socket.waitForReadyRead(300);
        response += socket.readAll();
    }
    response += socket.readAll();
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 408 Request Timeout"));
    QVERIFY(timer.elapsed() >= 1500); // never before the deadline
}

void TestServerHttp::oneAddressCannotTakeEverySlot()
{
    // 127.0.0.1 holds every slot it may (30 of 40), with requests carrying the
    // upgrade header and a body that never comes: past its share it is refused,
    // with a Retry-After, and another client's health check is still answered.
    std::vector<std::unique_ptr<QTcpSocket>> held;
    const QByteArray refused =
        holdUntilRefused(held, 40, { u"127.0.0.1"_s },
                         "POST /healthz HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nContent-Length: 100000\r\n\r\nabc",
                         u"127.0.0.1"_s);
    QCOMPARE(statusLine(refused), QByteArray("HTTP/1.1 503 Service Unavailable"));
    // Another client's health check is still answered.
    const QByteArray health = exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
                                       60000, u"127.0.0.2"_s);
    QCOMPARE(statusLine(health), QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(refused.contains("Retry-After: "));
    held.clear();
    // The held requests end at their deadline (1.5 s) even so.
    QTRY_COMPARE_WITH_TIMEOUT(
        statusLine(exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")),
        QByteArray("HTTP/1.1 200 OK"), 60000);
}

void TestServerHttp::metricsTrustOnlyConfiguredAddresses()
{
    const QByteArray request = "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n";
    QCOMPARE(statusLine(exchange(m_server.port(), request)), QByteArray("HTTP/1.1 200 OK"));
    // Another loopback address is not this host's monitoring.
    QCOMPARE(statusLine(exchange(m_server.port(), request, 60000, u"127.0.0.2"_s)),
             QByteArray("HTTP/1.1 403 Forbidden"));
    // A request a reverse proxy on this host forwarded.
    QCOMPARE(statusLine(exchange(m_server.port(),
                                 "GET /metrics HTTP/1.1\r\nHost: x\r\n"
                                 "X-Forwarded-For: 203.0.113.9\r\n\r\n")),
             QByteArray("HTTP/1.1 403 Forbidden"));
    // Configured: only the addresses listed, and a configured proxy never.
    ServerProcess server;
    server.setConfig(
        { { u"metrics"_s, QJsonObject { { u"allowFrom"_s, QJsonArray { u"127.0.0.3"_s } } } },
          { u"trustedProxies"_s, QJsonArray { u"127.0.0.4"_s } } });
    QVERIFY(server.start());
    QCOMPARE(statusLine(exchange(server.port(), request)), QByteArray("HTTP/1.1 403 Forbidden"));
    QCOMPARE(statusLine(exchange(server.port(), request, 60000, u"127.0.0.3"_s)),
             QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(statusLine(exchange(server.port(), request, 60000, u"127.0.0.4"_s)),
             QByteArray("HTTP/1.1 403 Forbidden"));
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
