// Retry is not refusal (label "fault"): the server's storage fails in the middle
// of a burst of replies (a file-size limit put on the running server process:
// every write of its database fails, as on a full disk). Its answers are
// transient (storage_error / storage_full): the workstation keeps every reply in
// its encrypted outbox and sends it again with backoff. Once the storage is back,
// every reply is delivered, once; none was shown as refused.
#include "app/store/cache.h"
#include "app/sync/syncengine.h"
#include "frameclients.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestFaultStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repliesWaitOutAFullDisk();
};

void TestFaultStorage::repliesWaitOutAFullDisk()
{
    if (usePostgres())
        QSKIP("the PostgreSQL variant stops the cluster: pending the server's reconnection");
    ServerProcess server;
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

    // The burst: a third goes out, then the disk "fills" while the rest is sent.
    for (int i = 0; i < kBurst / 3; ++i)
        QVERIFY(engine.reply(conversation, u"réponse #%1"_s.arg(i)).ok());
    QVERIFY(limitFileSize(server.pid(), 1));
    for (int i = kBurst / 3; i < kBurst; ++i)
        QVERIFY(engine.reply(conversation, u"réponse #%1"_s.arg(i)).ok());
    // The server answers "not now" at least once per waiting reply, and again
    // on the retries.
    QTRY_VERIFY_WITH_TIMEOUT(delayed.size() >= kBurst - kBurst / 3, 20000);
    QTest::qWait(1500);
    QVERIFY(server.isRunning());
    QCOMPARE(refused.size(), 0);
    QVERIFY2(engine.pendingCount() > 0, "nothing was held back by the full disk");
    const auto firstCode = delayed.first().at(1).value<ErrorCode>();
    QVERIFY2(isTransient(firstCode), qPrintable(errorCodeName(firstCode)));

    // Room again: everything goes out with the next retries, without a restart.
    QVERIFY(limitFileSize(server.pid(), RLIM_INFINITY));
    QTRY_COMPARE_WITH_TIMEOUT(engine.pendingCount(), 0, 30000);
    QCOMPARE(refused.size(), 0);
    for (const Message &m : (*store)->messages(conversation)) {
        if (m.author == Author::Agent)
            QCOMPARE(m.delivery == DeliveryState::Failed, false);
    }

    // The server holds each reply once.
    AgentClient chef;
    QVERIFY(chef.connectAndLogin(server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    QHash<QString, int> copies;
    for (const Protocol::Event &e : chef.syncAll()) {
        if (e.kind == EventKind::MessageAdded && e.conversation == conversation)
            copies[e.data.value(u"text"_s).toString()] += 1;
    }
    for (int i = 0; i < kBurst; ++i) {
        const QString text = u"réponse #%1"_s.arg(i);
        QVERIFY2(copies.value(text) == 1,
                 qPrintable(text + u": "_s + QString::number(copies.value(text))));
    }
    qInfo() << "delayed answers:" << delayed.size();
}

QTEST_GUILESS_MAIN(TestFaultStorage)
#include "tst_fault_storage.moc"
