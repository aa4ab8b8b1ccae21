// The fault harness itself (tests/support/faultyproxy.h): a delayed chunk of a
// cut link is never written to another link (it used to be looked up by the
// pair's address, which a new pair may reuse: a write into a deleted socket,
// SIGSEGV in fault_sync), and delayed bytes keep their order when the delay changes.
#include "faultyproxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Guichet::Test;

namespace {

//! An in-process echo server that also keeps every byte each connection sent.
class EchoServer : public QObject
{
public:
    EchoServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                received.append(QByteArray());
                const qsizetype index = received.size() - 1;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, index] {
                    const QByteArray data = socket->readAll();
                    received[index] += data;
                    socket->write(data);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray all() const { return received.join(); }

    QList<QByteArray> received;

private:
    QTcpServer m_server;
};

std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket->waitForConnected(5000) ? std::move(socket) : nullptr;
}

} // namespace

class TestFaultyProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delayedChunksOfACutLinkGoNowhere();
    void delayedBytesKeepTheirOrder();
    void stallHoldsThenReleases();
};

void TestFaultyProxy::delayedChunksOfACutLinkGoNowhere()
{
    EchoServer echo;
    QVERIFY(echo.listen());
    FaultyProxy proxy(echo.port());
    QVERIFY(proxy.listen());
    proxy.setDelay(40);
    // Many rounds: each cut frees a pair and its sockets while a chunk is in
    // flight, and the next pair is made at once (the allocator hands back the
    // freed block), as cutAll() then a reconnect do in fault_sync.
    for (int round = 0; round < 60; ++round) {
        auto doomed = connectTo(proxy.port());
        QVERIFY(doomed);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.connectionCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(echo.received.size(), round * 2 + 1, 5000);
        doomed->write("lost-" + QByteArray::number(round));
        QVERIFY(doomed->waitForBytesWritten(5000));
        QTest::qWait(10); // the proxy has read it and holds it for 40 ms
        proxy.cutAll();
        QCOMPARE(proxy.connectionCount(), 0);
        // Run the deferred deletes: the cut sockets are gone now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        auto next = connectTo(proxy.port());
        QVERIFY(next);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.connectionCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(echo.received.size(), round * 2 + 2, 5000);
        QTest::qWait(60); // past the cut chunk's due time
        const QByteArray mine = "kept-" + QByteArray::number(round);
        next->write(mine);
        QByteArray back;
        QTRY_VERIFY_WITH_TIMEOUT((back += next->readAll()).size() >= mine.size(), 5000);
        // The cut link's chunk reached no one: not the new link, not the server.
        QCOMPARE(back, mine);
        QCOMPARE(echo.received.constLast(), mine);
        QVERIFY2(!echo.all().contains("lost-"), echo.all().constData());
        proxy.cutAll();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

void TestFaultyProxy::delayedBytesKeepTheirOrder()
{
    EchoServer echo;
    QVERIFY(echo.listen());
    FaultyProxy proxy(echo.port());
    QVERIFY(proxy.listen());
    auto client = connectTo(proxy.port());
    QVERIFY(client);
    QTRY_COMPARE_WITH_TIMEOUT(echo.received.size(), 1, 5000);
    QByteArray expected;
    // The delay falls while bytes are in flight: the later, shorter-delayed
    // chunks must still arrive after the earlier ones.
    for (int i = 0; i < 20; ++i) {
        proxy.setDelay(200 - i * 10);
        const QByteArray chunk = "<" + QByteArray::number(i) + ">";
        expected += chunk;
        client->write(chunk);
        QVERIFY(client->waitForBytesWritten(5000));
        QTest::qWait(5);
    }
    QByteArray back;
    QTRY_VERIFY_WITH_TIMEOUT((back += client->readAll()).size() >= expected.size(), 10000);
    QCOMPARE(echo.received.constFirst(), expected);
    QCOMPARE(back, expected);
}

void TestFaultyProxy::stallHoldsThenReleases()
{
    EchoServer echo;
    QVERIFY(echo.listen());
    FaultyProxy proxy(echo.port());
    QVERIFY(proxy.listen());
    auto client = connectTo(proxy.port());
    QVERIFY(client);
    QTRY_COMPARE_WITH_TIMEOUT(echo.received.size(), 1, 5000);
    proxy.stall(3000);
    client->write("held");
    QVERIFY(client->waitForBytesWritten(5000));
    QTest::qWait(50);
    QCOMPARE(echo.received.constFirst(), QByteArray()); // still held, 2.9 s before the release
    QTRY_COMPARE_WITH_TIMEOUT(echo.received.constFirst(), QByteArray("held"), 10000);
    QByteArray back;
    QTRY_VERIFY_WITH_TIMEOUT((back += client->readAll()).size() >= 4, 5000);
    QCOMPARE(back, QByteArray("held"));
}

QTEST_GUILESS_MAIN(TestFaultyProxy)
#include "tst_faultyproxy.moc"
