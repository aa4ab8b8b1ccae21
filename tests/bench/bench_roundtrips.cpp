// Round trips to PostgreSQL per citizen message and per agent reply (scripts/bench
// server): the real guichet-server talks to the test cluster through a proxy that
// reads the client side of the PostgreSQL protocol and counts what waits for an
// answer: each simple query ('Q') and each extended-protocol Sync ('S'), and the
// transactions among them (a 'Q' that begins with BEGIN). Everything the server
// sends to the database while the step runs is counted (the event log read after
// each commit too), less what an idle period of the same length costs (ticks).
// One JSON line on stdout.
#include "fakegraph.h"
#include "fakeplatform.h"
#include "frameclients.h"
#include "protocol/uuid.h"
#include "server/core/secrets.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;
using namespace Guichet::Protocol;

namespace {

const QString kPassword = u"benchmark round trips"_s;
const QByteArray kAppSecret = "bench-app-secret";
const QByteArray kPageToken = "EAAB-bench-page-token";
const QString kPageId = u"1029384756"_s;

struct Counts
{
    qint64 roundTrips = 0;
    qint64 transactions = 0;
};

//! Forwards connections to PostgreSQL and counts the client's requests. It
//! runs in a thread of its own: the test harness blocks its own thread while
//! the server starts (and connects through this).
class CountingProxy : public QObject
{
public:
    CountingProxy(QString host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
        , m_server(new QTcpServer(this))
    {
        connect(m_server, &QTcpServer::newConnection, this, &CountingProxy::accept);
    }
    //! From any thread, once the proxy is in its own.
    bool listen()
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            this, [&] { ok = m_server->listen(QHostAddress::LocalHost, 0); },
            Qt::BlockingQueuedConnection);
        m_listening = m_server->serverPort();
        return ok;
    }
    quint16 port() const { return m_listening; }
    Counts counts() const { return { m_roundTrips.load(), m_transactions.load() }; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pending; //!< client bytes not yet parsed
        bool started = false; //!< past the startup message (typed messages from then on)
    };

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto link = std::make_shared<Link>();
            link->client = client;
            link->upstream = new QTcpSocket(client);
            link->upstream->connectToHost(m_host, m_port);
            connect(client, &QTcpSocket::readyRead, this, [this, link] {
                const QByteArray bytes = link->client->readAll();
                parse(*link, bytes);
                if (link->upstream)
                    link->upstream->write(bytes);
            });
            connect(link->upstream, &QTcpSocket::readyRead, this, [link] {
                if (link->client)
                    link->client->write(link->upstream->readAll());
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(link->upstream, &QTcpSocket::disconnected, client,
                    [link] { link->client->disconnectFromHost(); });
        }
    }

    static quint32 be32(const char *p)
    {
        return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16)
            | (quint32(quint8(p[2])) << 8) | quint32(quint8(p[3]));
    }

    void parse(Link &link, const QByteArray &bytes)
    {
        link.pending += bytes;
        for (;;) {
            if (!link.started) {
                // SSLRequest / GSSENCRequest (8 bytes), then the startup message: untyped.
                if (link.pending.size() < 8)
                    return;
                const quint32 length = be32(link.pending.constData());
                if (quint32(link.pending.size()) < length)
                    return;
                const quint32 code = be32(link.pending.constData() + 4);
                link.started = code != 80877103 && code != 80877104;
                link.pending.remove(0, qsizetype(length));
                continue;
            }
            if (link.pending.size() < 5)
                return;
            const char type = link.pending.at(0);
            const quint32 length = be32(link.pending.constData() + 1);
            if (quint32(link.pending.size()) < length + 1)
                return;
            if (type == 'Q' || type == 'S')
                ++m_roundTrips;
            if (type == 'Q' && link.pending.mid(5, 5).toUpper() == "BEGIN")
                ++m_transactions;
            link.pending.remove(0, qsizetype(length) + 1);
        }
    }

    QString m_host;
    quint16 m_port;
    QTcpServer *m_server;
    quint16 m_listening = 0;
    std::atomic<qint64> m_roundTrips { 0 };
    std::atomic<qint64> m_transactions { 0 };
};

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QJsonObject perStep(const Counts &before, const Counts &after, const Counts &idle, int steps)
{
    const double trips = double(after.roundTrips - before.roundTrips - idle.roundTrips) / steps;
    const double transactions =
        double(after.transactions - before.transactions - idle.transactions) / steps;
    return { { u"roundTrips"_s, std::round(trips * 10) / 10 },
             { u"transactions"_s, std::round(transactions * 10) / 10 } };
}

QByteArray messengerText(const QString &psid, const QString &mid, const QString &text)
{
    const QJsonObject event { { u"sender"_s, QJsonObject { { u"id"_s, psid } } },
                              { u"recipient"_s, QJsonObject { { u"id"_s, kPageId } } },
                              { u"timestamp"_s, QDateTime::currentMSecsSinceEpoch() },
                              { u"message"_s,
                                QJsonObject { { u"mid"_s, mid }, { u"text"_s, text } } } };
    const QJsonObject root { { u"object"_s, u"page"_s },
                             { u"entry"_s,
                               QJsonArray {
                                   QJsonObject { { u"id"_s, kPageId },
                                                 { u"time"_s, QDateTime::currentMSecsSinceEpoch() },
                                                 { u"messaging"_s, QJsonArray { event } } } } } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kSteps = 20;
    QJsonObject out { { u"steps"_s, kSteps } };
    const QString admin = qEnvironmentVariable("GUICHET_TEST_POSTGRES_URL_FILE");
    if (!usePostgres()) {
        out.insert(u"problem"_s, u"no PostgreSQL cluster (GUICHET_TEST_POSTGRES_URL_FILE)"_s);
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return 1;
    }
    ServerProcess server; // a fresh database on the cluster
    QUrl database(server.database());
    QThread proxyThread;
    CountingProxy proxy(database.host(), quint16(database.port()));
    proxy.moveToThread(&proxyThread);
    proxyThread.start();
    const auto stopProxy = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            &proxy, [&] { proxy.moveToThread(nullptr); }, Qt::BlockingQueuedConnection);
        proxyThread.quit();
        proxyThread.wait();
    });
    if (!proxy.listen())
        return 1;
    database.setPort(proxy.port());
    server.setDatabase(database.toString());

    FakeGraph graph({ kAppSecret, kPageToken, kPageId, u"4455667788"_s, {}, {}, {} });
    FakePlatform platform;
    if (!platform.start())
        return 1;
    platform.setResponder(graph.responder());
    server.setEnvironment({ u"GUICHET_MESSENGER_APP_SECRET="_s + QString::fromLatin1(kAppSecret),
                            u"GUICHET_MESSENGER_PAGE_ID="_s + kPageId,
                            u"GUICHET_MESSENGER_PAGE_TOKEN="_s + QString::fromLatin1(kPageToken),
                            u"GUICHET_MESSENGER_GRAPH_URL="_s + platform.baseUrl() });
    server.setConfig(
        { { u"channels"_s,
            QJsonObject {
                { u"abuse"_s, QJsonObject { { u"messagesPerSenderPerMinute"_s, 1000 } } } } } });
    if (!server.start() || !server.addAgent(u"bench"_s, kPassword, u"supervisor"_s))
        return 1;
    AgentClient agent;
    if (!agent.connectAndLogin(server.wsUrl(u"/agent"_s), u"bench"_s, kPassword))
        return 1;
    agent.syncAll();

    // Warm up: both conversations open and claimed, every statement prepared.
    CitizenClient citizen;
    if (!citizen.connectAndHello(server.wsUrl(u"/chat"_s), Language::Fr)
        || !citizen.say(u"bonjour"_s))
        return 1;
    const auto chatOpened = agent.nextEvent(EventKind::ConversationOpened);
    const QString psid = u"7001"_s;
    const auto post = [&](const QString &text) {
        const QByteArray body = messengerText(psid, newUuid(), text);
        const QByteArray signature =
            "sha256=" + Server::Secrets::hmacSha256(kAppSecret, body).toHex();
        return httpRequest(
                   "POST", server.httpUrl(u"/webhooks/messenger"_s), body,
                   { { "Content-Type", "application/json" }, { "X-Hub-Signature-256", signature } })
            .status;
    };
    if (post(u"bonjour"_s) != 200)
        return 1;
    const auto messengerOpened = agent.nextEvent(EventKind::ConversationOpened);
    if (!chatOpened || !messengerOpened)
        return 1;
    const qint64 chat = chatOpened->conversation;
    const qint64 messenger = messengerOpened->conversation;
    const auto reply = [&](qint64 conversation, const QString &text) {
        return agent.command(CommandOp::Reply, conversation,
                             { { u"message"_s, newUuid() }, { u"text"_s, text } });
    };
    if (!agent.claim(chat).ok || !agent.claim(messenger).ok || !reply(chat, u"oui"_s).ok
        || !reply(messenger, u"oui"_s).ok)
        return 1;
    (void)citizen.say(u"merci"_s);
    (void)post(u"merci"_s);
    wait(2000);

    // What the server costs idle over the time of one step sequence.
    const auto timed = [&](const std::function<void()> &steps) {
        QElapsedTimer timer;
        timer.start();
        const Counts before = proxy.counts();
        steps();
        wait(500); // the tail: event reads, the send queue's updates
        return std::tuple { before, proxy.counts(), timer.elapsed() };
    };
    const auto idleFor = [&](qint64 ms) {
        const Counts before = proxy.counts();
        wait(int(ms));
        const Counts after = proxy.counts();
        return Counts { after.roundTrips - before.roundTrips,
                        after.transactions - before.transactions };
    };

    QJsonObject results;
    {
        auto [before, after, ms] = timed([&] {
            for (int i = 0; i < kSteps; ++i)
                (void)citizen.say(u"message %1"_s.arg(i));
        });
        results.insert(u"chatMessage"_s, perStep(before, after, idleFor(ms), kSteps));
    }
    {
        auto [before, after, ms] = timed([&] {
            for (int i = 0; i < kSteps; ++i)
                (void)post(u"message %1"_s.arg(i));
        });
        results.insert(u"messengerMessage"_s, perStep(before, after, idleFor(ms), kSteps));
    }
    {
        auto [before, after, ms] = timed([&] {
            for (int i = 0; i < kSteps; ++i)
                (void)reply(chat, u"réponse %1"_s.arg(i));
        });
        results.insert(u"chatReply"_s, perStep(before, after, idleFor(ms), kSteps));
    }
    {
        // Each reply until the platform took it (its message.delivery "sent").
        auto [before, after, ms] = timed([&] {
            for (int i = 0; i < kSteps; ++i) {
                (void)reply(messenger, u"réponse %1"_s.arg(i));
                (void)agent.nextEvent(EventKind::MessageDelivery, messenger);
            }
        });
        results.insert(u"messengerReply"_s, perStep(before, after, idleFor(ms), kSteps));
    }
    out.insert(u"backend"_s, u"postgresql"_s);
    out.insert(u"perStep"_s, results);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    agent.close();
    citizen.close();
    server.stop();
    Q_UNUSED(admin)
    return 0;
}
