// The server's own HTTP limits (Qt HttpServer 6.4 has none): huge bodies,
// slow and vanishing clients, oversized headers, the connection cap.
#include "frameclients.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

//! Send @p request on a fresh connection and read until the server closes it
//! (or @p timeoutMs): everything received.
QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000,
                    const QString &from = {})
{
    QTcpSocket socket;
    // Another loopback address is another client (Linux answers all of 127/8).
    if (!from.isEmpty() && !socket.bind(QHostAddress(from)))
        return {};
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
        if (received.contains("\r\n\r\n") && !request.startsWith("POST"))
            break;
    }
    received += socket.readAll();
    return received;
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
    void connectionCap();
    void websocketEndpointsNeedAnUpgrade();
    void twoContentLengthsAreRefused();
    void upgradeHeaderKeepsTheBodyLimit();
    void upgradeHeaderKeepsTheDeadline();
    void oneAddressCannotTakeEverySlot();
    void metricsTrustOnlyConfiguredAddresses();

private:
    ServerProcess m_server;
};

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
        exchange(m_server.port(), "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n", 3000);
    QCOMPARE(statusLine(metrics), QByteArray("HTTP/1.1 200 OK"));
    for (const char *name :
         { "guichet_connected_agents ",
           "guichet_open_conversations{channel=\"webchat\",state=\"queued\"} ",
           "guichet_events_per_second ", "guichet_send_queue_depth{channel=\"messenger\"} ",
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
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: 209715200\r\n\r\n");
    // Keep pushing body while the server answers: 200 MB would be read into
    // memory by Qt HttpServer alone.
    const QByteArray chunk(1024 * 1024, 'a');
    QByteArray response;
    qint64 sent = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 && sent < 200ll * 1024 * 1024
           && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.bytesToWrite() < 4 * 1024 * 1024) {
            socket.write(chunk);
            sent += chunk.size();
        }
        socket.waitForBytesWritten(50);
        response += socket.readAll();
        if (socket.waitForReadyRead(1))
            response += socket.readAll();
    }
    response += socket.readAll();
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 413 Content Too Large"));
    QVERIFY2(sent < 200ll * 1024 * 1024 || socket.state() != QAbstractSocket::ConnectedState,
             "the server kept the connection open for the whole body");
    const qint64 after = residentKiB(m_server.pid());
    qInfo() << "server RSS" << before << "KiB before," << after << "KiB after; body bytes sent"
            << sent;
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
            QVERIFY(socket.waitForConnected(5000));
            socket.write(partial);
            socket.waitForBytesWritten(100);
            if (round % 2)
                QTest::qWait(1);
            socket.abort();
        }
    }
    QTest::qWait(200);
    QVERIFY(m_server.isRunning());
    QCOMPARE(statusLine(exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")),
             QByteArray("HTTP/1.1 200 OK"));
}

void TestServerHttp::slowRequestTimesOut()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    // A header line every half second: never finishing (slowloris).
    QByteArray response;
    for (int i = 0; i < 10 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(i == 0 ? QByteArray("GET /healthz HTTP/1.1\r\n")
                            : "X-Slow: " + QByteArray::number(i) + "\r\n");
        socket.waitForReadyRead(500);
        response += socket.readAll();
    }
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 408 Request Timeout"));
    QVERIFY(timer.elapsed() < 4000);
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
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(socket.waitForDisconnected(10000));
    QVERIFY(timer.elapsed() >= 2500);
}

void TestServerHttp::connectionCap()
{
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 40; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, m_server.port());
        QVERIFY(socket->waitForConnected(5000));
        held.push_back(std::move(socket));
    }
    QTest::qWait(200);
    const QByteArray refused =
        exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(statusLine(refused), QByteArray("HTTP/1.1 503 Service Unavailable"));
    held.clear();
    QTest::qWait(500);
    QCOMPARE(statusLine(exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")),
             QByteArray("HTTP/1.1 200 OK"));
}

void TestServerHttp::websocketEndpointsNeedAnUpgrade()
{
    QCOMPARE(statusLine(exchange(m_server.port(), "GET /agent HTTP/1.1\r\nHost: x\r\n\r\n")),
             QByteArray("HTTP/1.1 426 Upgrade Required"));
    QCOMPARE(statusLine(exchange(m_server.port(), "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n")),
             QByteArray("HTTP/1.1 404 Not Found"));
    WsClient client;
    QVERIFY(!client.open(m_server.wsUrl(u"/nowhere"_s), 3000) || client.waitClosed(3000));
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
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    socket.write("POST /nowhere HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nContent-Length: 1000\r\n\r\n");
    QByteArray response;
    // A byte of body every half second: never finishing.
    for (int i = 0; i < 12 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write("a");
        socket.waitForReadyRead(500);
        response += socket.readAll();
    }
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 408 Request Timeout"));
    QVERIFY(timer.elapsed() < 4500);
}

void TestServerHttp::oneAddressCannotTakeEverySlot()
{
    // 127.0.0.1 holds every slot it may (30 of 40), with half requests carrying
    // the upgrade header: another client's health check is still answered.
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 40; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(u"127.0.0.1"_s, m_server.port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write("POST /healthz HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nContent-Length: 100000\r\n\r\nabc");
        held.push_back(std::move(socket));
    }
    QTest::qWait(300);
    const QByteArray health =
        exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 5000, u"127.0.0.2"_s);
    QCOMPARE(statusLine(health), QByteArray("HTTP/1.1 200 OK"));
    // The same address is refused past its share, with a Retry-After.
    const QByteArray refused =
        exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(statusLine(refused), QByteArray("HTTP/1.1 503 Service Unavailable"));
    QVERIFY(refused.contains("Retry-After: "));
    held.clear();
    // The held requests end at their deadline (1.5 s) even so.
    QTest::qWait(500);
    QCOMPARE(statusLine(exchange(m_server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")),
             QByteArray("HTTP/1.1 200 OK"));
}

void TestServerHttp::metricsTrustOnlyConfiguredAddresses()
{
    const QByteArray request = "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n";
    QCOMPARE(statusLine(exchange(m_server.port(), request)), QByteArray("HTTP/1.1 200 OK"));
    // Another loopback address is not this host's monitoring.
    QCOMPARE(statusLine(exchange(m_server.port(), request, 5000, u"127.0.0.2"_s)),
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
    QCOMPARE(statusLine(exchange(server.port(), request, 5000, u"127.0.0.3"_s)),
             QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(statusLine(exchange(server.port(), request, 5000, u"127.0.0.4"_s)),
             QByteArray("HTTP/1.1 403 Forbidden"));
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
