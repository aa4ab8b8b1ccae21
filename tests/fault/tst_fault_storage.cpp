// Retry is not refusal (label "fault"): the server's storage fails in the middle
// of a burst of replies, and comes back. Its answers meanwhile are transient
// (storage_error / storage_full / unavailable): the workstation keeps every reply
// in its encrypted outbox and sends it again with backoff. Once the storage is
// back, without restarting the server, every reply is delivered, once; none was
// shown as refused.
//
// - fault_storage_sqlite: the disk "fills" (a file-size limit put on the running
//   server process: every write of its database fails, as on a full disk).
// - fault_storage_postgres: PostgreSQL is stopped (fast shutdown, as a restart or
//   a failover does) while the burst is going out, and started again; the server
//   reconnects by itself. A cluster of the test's own, not the shared fixture.
#include "app/store/cache.h"
#include "app/sync/syncengine.h"
#include "fakeplatform.h"
#include "frameclients.h"
#include "postgrescluster.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"storage fault password"_s;
constexpr int kBurst = 60;

//! The server's file-size limit, as `prlimit --fsize` would set it (no privilege
//! needed on one's own process).
bool limitFileSize(qint64 pid, rlim_t bytes)
{
    const rlimit limit { bytes, RLIM_INFINITY };
    return prlimit(pid_t(pid), RLIMIT_FSIZE, &limit, nullptr) == 0;
}

QString replyText(int i)
{
    return u"réponse #%1"_s.arg(i);
}

//! Poll @p url until it answers @p expected, up to @p timeoutMs.
bool waitStatus(const QUrl &url, int expected, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (httpRequest("GET", url).status == expected)
            return true;
        pumpEvents(100);
    }
    return false;
}

} // namespace

class TestFaultStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void repliesWaitOutAFullDisk();
    void repliesWaitOutAStoppedDatabase();

private:
    //! The burst against a fresh server: @p fail breaks its storage after the
    //! first third of the replies (it may send more meanwhile with its argument),
    //! @p failed checks the server while broken, @p recover mends it. At least
    //! @p minDelayed transient answers are expected while broken.
    void burst(const std::function<bool(const std::function<bool()> &sendOne)> &fail,
               const std::function<void()> &failed, const std::function<bool()> &recover,
               int minDelayed);

    QString m_backend;
    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<ServerProcess> m_server;
};

void TestFaultStorage::initTestCase()
{
    m_backend = qEnvironmentVariable("GUICHET_TEST_DATABASE_FAULT", u"sqlite"_s);
    QVERIFY2(m_backend == u"postgres"_s || m_backend == u"sqlite"_s,
             "GUICHET_TEST_DATABASE_FAULT must be postgres or sqlite");
    if (m_backend == u"postgres"_s) {
        m_cluster = std::make_unique<PostgresCluster>();
        QVERIFY(m_cluster->create());
    } else {
        qunsetenv("GUICHET_TEST_POSTGRES_URL_FILE");
    }
}

void TestFaultStorage::cleanup()
{
    // A failure says what the server said.
    if (m_server && QTest::currentTestFailed())
        qWarning("server output:\n%s", m_server->output().right(6000).constData());
    m_server.reset();
}

void TestFaultStorage::cleanupTestCase()
{
    m_server.reset();
    m_cluster.reset();
}

void TestFaultStorage::burst(const std::function<bool(const std::function<bool()> &)> &fail,
                             const std::function<void()> &failed,
                             const std::function<bool()> &recover, int minDelayed)
{
    m_server = std::make_unique<ServerProcess>();
    ServerProcess &server = *m_server;
    QVERIFY(server.start());
    QVERIFY(server.addAgent(u"alpha"_s, kPassword));
    QVERIFY(server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    CitizenClient citizen;
    QVERIFY(citizen.connectAndHello(server.wsUrl(u"/chat"_s), Language::Fr));
    QVERIFY(citizen.say(u"Bonjour, j'ai une question"_s));

    QTemporaryDir dir;
    Cache::CreateOptions options;
    options.method = KeyVault::Method::Passphrase;
    options.passphrase = u"storage fault cache passphrase"_s;
    options.cost = KdfCost::minimum();
    auto store = Cache::create(dir.filePath(u"alpha.db"_s), options);
    QVERIFY(store.ok());
    SyncEngine::Settings settings;
    settings.server = server.httpUrl();
    settings.minBackoffMs = 200;
    settings.maxBackoffMs = 1500;
    SyncEngine engine(store->get(), settings);
    QSignalSpy refused(&engine, &SyncEngine::commandRefused);
    QSignalSpy delayed(&engine, &SyncEngine::commandDelayed);
    QSignalSpy acknowledged(&engine, &SyncEngine::commandAcknowledged);
    engine.setPassword(u"alpha"_s, kPassword);
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Online, 15000);
    QVERIFY(engine.claim(0).ok());
    QTRY_COMPARE_WITH_TIMEOUT(acknowledged.size(), 1, 10000);
    const qint64 conversation =
        acknowledged.at(0).at(1).toJsonObject().value(u"conversation"_s).toInteger();
    QVERIFY(conversation > 0);

    // The burst: a third goes out, then the storage fails while the rest is sent.
    int sent = 0;
    const auto sendOne = [&] {
        return sent >= kBurst || engine.reply(conversation, replyText(sent++)).ok();
    };
    while (sent < kBurst / 3)
        QVERIFY(sendOne());
    const qint64 beforeFault = acknowledged.size();
    QVERIFY(fail(sendOne));
    while (sent < kBurst)
        QVERIFY(sendOne());
    // The server answers "not now" for the waiting replies (again on each retry);
    // the engine keeps them all.
    QTRY_VERIFY_WITH_TIMEOUT(delayed.size() >= minDelayed, 20000);
    QTest::qWait(1500);
    QVERIFY(server.isRunning());
    QCOMPARE(refused.size(), 0);
    QVERIFY2(engine.pendingCount() > 0, "nothing was held back by the storage fault");
    const auto firstCode = delayed.first().at(1).value<ErrorCode>();
    QVERIFY2(isTransient(firstCode), qPrintable(errorCodeName(firstCode)));
    failed();
    if (QTest::currentTestFailed())
        return;
    qInfo("acknowledged before the fault: %lld of %d; held back: %d", qint64(beforeFault - 1),
          kBurst, engine.pendingCount());

    // Storage back: everything goes out with the next retries, without a restart.
    const qint64 pid = server.pid();
    QElapsedTimer drained;
    drained.start();
    QVERIFY(recover());
    QTRY_COMPARE_WITH_TIMEOUT(engine.pendingCount(), 0, 60000);
    qInfo("delayed answers: %lld; outbox drained %lld ms after the storage came back",
          qint64(delayed.size()), drained.elapsed());
    QCOMPARE(server.pid(), pid);
    QVERIFY(server.isRunning());
    QCOMPARE(refused.size(), 0);
    for (const Message &m : (*store)->messages(conversation)) {
        if (m.author == Author::Agent)
            QCOMPARE(m.delivery == DeliveryState::Failed, false);
    }

    // The server holds each reply once, in its log read afresh.
    AgentClient chef;
    QVERIFY(chef.connectAndLogin(server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    QHash<QString, int> copies;
    QSet<qint64> seqs;
    for (const Protocol::Event &e : chef.syncAll()) {
        QVERIFY2(!seqs.contains(e.seq), "an event sequence number twice");
        seqs.insert(e.seq);
        if (e.kind == EventKind::MessageAdded && e.conversation == conversation)
            copies[e.data.value(u"text"_s).toString()] += 1;
    }
    for (int i = 0; i < kBurst; ++i) {
        QVERIFY2(copies.value(replyText(i)) == 1,
                 qPrintable(replyText(i) + u": "_s + QString::number(copies.value(replyText(i)))));
    }
    // And the citizen received each, once.
    QHash<QString, int> received;
    // (Once all have come, a little longer: a late second copy would show.)
    while (const auto m =
               citizen.next<Protocol::CitizenMessage>(received.size() < kBurst ? 10000 : 1000)) {
        if (m->author == Author::Agent)
            received[m->text] += 1;
    }
    for (int i = 0; i < kBurst; ++i)
        QCOMPARE(received.value(replyText(i)), 1);
    engine.stop();
    m_server.reset();
}

void TestFaultStorage::repliesWaitOutAFullDisk()
{
    if (m_cluster)
        QSKIP("SQLite only (fault_storage_sqlite)");
    burst([this](const std::function<bool()> &) { return limitFileSize(m_server->pid(), 1); },
          [] {}, [this] { return limitFileSize(m_server->pid(), RLIM_INFINITY); },
          // A transient answer for every reply sent on the full disk, at least.
          kBurst - kBurst / 3);
}

void TestFaultStorage::repliesWaitOutAStoppedDatabase()
{
    if (!m_cluster)
        QSKIP("PostgreSQL only (fault_storage_postgres)");
    burst(
        [this](const std::function<bool()> &sendOne) {
            // PostgreSQL goes down while replies keep going out, one every 20 ms:
            // some are in a transaction when their session is terminated.
            if (!m_cluster->stopInBackground())
                return false;
            for (int i = 0; i < kBurst / 3; ++i) {
                if (!sendOne())
                    return false;
                pumpEvents(20);
            }
            return m_cluster->waitForStopped(90000);
        },
        [this] {
            // Down: the server says so, and stays alive (no reason to restart it).
            QVERIFY2(waitStatus(m_server->httpUrl(u"/readyz"_s), 503, 10000),
                     "/readyz did not turn 503");
            QCOMPARE(httpRequest("GET", m_server->httpUrl(u"/healthz"_s)).status, 200);
        },
        [this] {
            // Back on the same port: the server reconnects by itself.
            if (!m_cluster->start())
                return false;
            if (waitStatus(m_server->httpUrl(u"/readyz"_s), 200, 30000))
                return true;
            qWarning("/readyz did not come back to 200");
            return false;
        },
        1);
}

QTEST_GUILESS_MAIN(TestFaultStorage)
#include "tst_fault_storage.moc"
