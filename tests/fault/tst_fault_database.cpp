// The server survives its database: PostgreSQL stopped (fast shutdown, as a
// restart or a failover does) and started again under a running guichet-server
// with an agent, a citizen chat and a Messenger webhook in use. While it is
// away: /readyz 503, /healthz 200, commands and chat messages answered
// "unavailable" (retry), never refused, webhooks 503, logins "unavailable".
// Once it is back, without restarting the server: /readyz 200, the same
// commands and messages sent again apply once, live events flow again, nothing
// lost and nothing doubled. And on SQLite: /readyz says when the file is gone.
//
// The PostgreSQL test runs its own cluster (PostgresCluster: tests/postgres/start.sh,
// ctl.sh), not the shared fixture: stopping that one would break the other tests.
#include "fakeplatform.h"
#include "frameclients.h"
#include "postgrescluster.h"
#include "protocol/uuid.h"
#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Protocol;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"correct horse battery"_s;
const QByteArray kAppSecret = "fault-app-secret-77";

QByteArray messengerBody(const QString &psid, const QString &mid, const QString &text)
{
    const QJsonObject event {
        { u"sender"_s, QJsonObject { { u"id"_s, psid } } },
        { u"recipient"_s, QJsonObject { { u"id"_s, u"1029384756"_s } } },
        { u"timestamp"_s, QDateTime::currentMSecsSinceEpoch() },
        { u"message"_s, QJsonObject { { u"mid"_s, mid }, { u"text"_s, text } } },
    };
    const QJsonObject entry { { u"id"_s, u"1029384756"_s },
                              { u"time"_s, QDateTime::currentMSecsSinceEpoch() },
                              { u"messaging"_s, QJsonArray { event } } };
    return QJsonDocument(
               QJsonObject { { u"object"_s, u"page"_s }, { u"entry"_s, QJsonArray { entry } } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestFaultDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { m_failed = m_failed || QTest::currentTestFailed(); }
    void cleanupTestCase();
    void postgresRestartUnderLoad();
    void sqliteReadiness();

private:
    bool postgres() const { return m_backend == u"postgres"_s; }
    int status(const QString &path) const
    {
        return httpRequest("GET", m_server->httpUrl(path)).status;
    }
    //! Poll @p path until it answers @p expected; the time it took (ms), -1 on timeout.
    qint64 waitStatus(const QString &path, int expected, int timeoutMs) const;
    int postMessenger(const QByteArray &body) const;

    QString m_backend;
    std::unique_ptr<PostgresCluster> m_cluster;
    bool m_failed = false;
    std::unique_ptr<ServerProcess> m_server;
};

void TestFaultDatabase::initTestCase()
{
    m_backend = qEnvironmentVariable("GUICHET_TEST_DATABASE_FAULT");
    QVERIFY2(m_backend == u"postgres"_s || m_backend == u"sqlite"_s,
             "GUICHET_TEST_DATABASE_FAULT must be postgres or sqlite");
    if (postgres()) {
        // ServerProcess takes a fresh database on this cluster.
        m_cluster = std::make_unique<PostgresCluster>();
        QVERIFY(m_cluster->create());
    } else {
        qunsetenv("GUICHET_TEST_POSTGRES_URL_FILE");
    }
    m_server = std::make_unique<ServerProcess>();
    m_server->setEnvironment({ u"GUICHET_MESSENGER_APP_SECRET="_s + QString::fromLatin1(kAppSecret),
                               u"GUICHET_MESSENGER_VERIFY_TOKEN=verify"_s,
                               u"GUICHET_MESSENGER_PAGE_ID=1029384756"_s });
    QVERIFY(m_server->start());
    QVERIFY(m_server->addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(
        m_server->addAgent(u"alice"_s, kPassword, u"gendarme"_s, { u"--languages"_s, u"fr,en"_s }));
}

void TestFaultDatabase::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
    if (m_server && (m_failed || qEnvironmentVariableIsSet("GUICHET_TEST_SERVER_OUTPUT")))
        qWarning("server output:\n%s", m_server->output().right(6000).constData());
    m_server.reset();
    m_cluster.reset();
}

qint64 TestFaultDatabase::waitStatus(const QString &path, int expected, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (status(path) == expected)
            return timer.elapsed();
        pumpEvents(100);
    }
    return -1;
}

int TestFaultDatabase::postMessenger(const QByteArray &body) const
{
    return httpRequest(
               "POST", m_server->httpUrl(u"/webhooks/messenger"_s), body,
               { { "Content-Type", "application/json" },
                 { "X-Hub-Signature-256", "sha256=" + hmacSha256(kAppSecret, body).toHex() } })
        .status;
}

void TestFaultDatabase::postgresRestartUnderLoad()
{
    if (!postgres())
        QSKIP("PostgreSQL only");
    const qint64 pid = m_server->pid();
    AgentClient alice;
    QVERIFY(alice.connectAndLogin(m_server->wsUrl(u"/agent"_s), u"alice"_s, kPassword));
    alice.syncAll();

    // Before: a citizen writes in the chat, alice takes the conversation; a
    // Messenger citizen writes too.
    CitizenClient citizen;
    QVERIFY(citizen.connectAndHello(m_server->wsUrl(u"/chat"_s), Language::Fr));
    const QString first = newUuid();
    const auto firstAck = citizen.say(u"Bonjour, on m'a volé mon vélo cette nuit."_s, first);
    QVERIFY(firstAck && firstAck->ok);
    const auto opened = alice.nextEvent(EventKind::MessageAdded);
    QVERIFY(opened);
    const qint64 conversation = opened->conversation;
    QVERIFY(alice.claim(conversation).ok);
    QCOMPARE(postMessenger(messengerBody(u"psid-7"_s, u"m_before"_s, u"message before"_s)), 200);
    QCOMPARE(status(u"/readyz"_s), 200);

    // PostgreSQL goes away (fast shutdown: every session is terminated).
    QVERIFY(m_cluster->stop());
    QVERIFY2(waitStatus(u"/readyz"_s, 503, 10000) >= 0, "/readyz did not turn 503");
    QCOMPARE(status(u"/healthz"_s), 200); // alive: no reason to restart it

    // In flight while it is away: "retry" answers, never a refusal.
    const QString replyCommand = newUuid();
    const QString replyMessage = newUuid();
    const QJsonObject replyArgs { { u"message"_s, replyMessage },
                                  { u"text"_s, u"Déposez plainte en ligne, voici le lien."_s } };
    const Ack during = alice.command(CommandOp::Reply, conversation, replyArgs, replyCommand);
    QVERIFY(!during.ok);
    QCOMPARE(errorCodeName(during.code), u"unavailable"_s);
    const QString second = newUuid();
    const auto secondDuring = citizen.say(u"Il était bleu, avec un panier."_s, second);
    QVERIFY(secondDuring);
    QVERIFY(!secondDuring->ok);
    QCOMPARE(errorCodeName(secondDuring->code), u"unavailable"_s);
    const QByteArray webhook = messengerBody(u"psid-7"_s, u"m_during"_s, u"message during"_s);
    QCOMPARE(postMessenger(webhook), 503); // Meta delivers it again later
    {
        // A login meanwhile: "unavailable", not "wrong password".
        AgentClient chef;
        QVERIFY(chef.open(m_server->wsUrl(u"/agent"_s)));
        chef.send(Hello { kVersion, u"tests"_s });
        QVERIFY(chef.next<Hello>());
        chef.send(Login { u"chef"_s, kPassword, {} });
        const auto refused = chef.next<ErrorFrame>(10000);
        QVERIFY(refused);
        QCOMPARE(errorCodeName(refused->code), u"unavailable"_s);
    }

    // Back again, on the same port: the server reconnects by itself.
    QVERIFY(m_cluster->start());
    const qint64 back = waitStatus(u"/readyz"_s, 200, 20000);
    QVERIFY2(back >= 0, "/readyz did not come back to 200");
    qInfo("ready again %lld ms after PostgreSQL started", back);
    QCOMPARE(m_server->pid(), pid);
    QVERIFY(m_server->isRunning());

    // The same frames again, as the workstation, the page and Meta send them.
    const Ack after = alice.command(CommandOp::Reply, conversation, replyArgs, replyCommand);
    QVERIFY2(after.ok, qPrintable(after.message));
    const auto secondAfter = citizen.say(u"Il était bleu, avec un panier."_s, second);
    QVERIFY(secondAfter && secondAfter->ok);
    QCOMPARE(postMessenger(webhook), 200);
    // Sent once more (a resend after an uncertain answer): the stored acknowledgement.
    const Ack again = alice.command(CommandOp::Reply, conversation, replyArgs, replyCommand);
    QVERIFY(again.ok);
    QCOMPARE(postMessenger(webhook), 200);
    QVERIFY(citizen.say(u"Il était bleu, avec un panier."_s, second)->ok);

    // Live events flow again: alice sees the citizen's second message, the
    // citizen sees alice's reply.
    QVERIFY(alice.nextEvent(EventKind::MessageAdded, conversation, 10000));
    QVERIFY(citizen.next<CitizenMessage>(
        10000, [&](const CitizenMessage &m) { return m.id == replyMessage; }));

    // Nothing lost, nothing doubled: the whole log, read afresh.
    AgentClient chef;
    QVERIFY(chef.connectAndLogin(m_server->wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    QHash<QString, int> copies;
    QSet<qint64> seqs;
    for (const Event &event : chef.syncAll()) {
        QVERIFY2(!seqs.contains(event.seq), "an event sequence number twice");
        seqs.insert(event.seq);
        if (event.kind == EventKind::MessageAdded)
            copies[event.data.value(u"text"_s).toString()] += 1;
    }
    for (const QString &text :
         { u"Bonjour, on m'a volé mon vélo cette nuit."_s, u"Il était bleu, avec un panier."_s,
           u"Déposez plainte en ligne, voici le lien."_s, u"message before"_s,
           u"message during"_s }) {
        QVERIFY2(copies.value(text) == 1,
                 qPrintable(u"%1: %2 copies"_s.arg(text).arg(copies.value(text))));
    }
    alice.close();
    citizen.close();
    chef.close();
}

void TestFaultDatabase::sqliteReadiness()
{
    if (postgres())
        QSKIP("SQLite only");
    QCOMPARE(status(u"/readyz"_s), 200);
    QCOMPARE(status(u"/healthz"_s), 200);
    // The database file deleted under the server: writes would go nowhere.
    const QString file = QDir(m_server->dataDir()).filePath(u"guichet.sqlite"_s);
    QVERIFY(QFile::exists(file));
    QVERIFY(QFile::remove(file));
    QVERIFY2(waitStatus(u"/readyz"_s, 503, 5000) >= 0, "/readyz did not see the file go");
    const HttpResult answer = httpRequest("GET", m_server->httpUrl(u"/readyz"_s));
    QVERIFY(answer.body.contains("gone"));
    QCOMPARE(status(u"/healthz"_s), 200);
}

QTEST_GUILESS_MAIN(TestFaultDatabase)
#include "tst_fault_database.moc"
