// The sync engine against the real server on loopback: login, resumable sync
// into a real SQCipher cache, live events, the outbox across a server restart,
// refusals, expired tokens, remote wipe.
#include "app/store/cache.h"
#include "app/sync/syncengine.h"
#include "frameclients.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"sync engine password"_s;
const QString kPassphrase = u"cache passphrase"_s;

bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        pumpEvents(20);
    return done();
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void firstLoginSyncsAndKeepsTheToken();
    void resumesFromTheLastStoredEvent();
    void liveEventsAreStoredBeforeSignals();
    void offlineReplyGoesOutOnceBackOnline();
    void refusedCommandsStayWithTheirReason();
    void expiredTokenAsksForThePassword();
    void remoteWipe();

private:
    std::unique_ptr<Store> openCache();
    std::unique_ptr<SyncEngine> engineFor(Store *store);
    qint64 citizenWrites(const QString &text);

    ServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    AgentClient m_chef;
    std::vector<std::unique_ptr<CitizenClient>> m_citizens;
};

void TestSyncEngine::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"agent"_s, kPassword));
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(m_chef.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    m_chef.syncAll();
}

void TestSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"cache.db"_s);
    Cache::CreateOptions options;
    options.method = KeyVault::Method::Passphrase;
    options.passphrase = kPassphrase;
    options.cost = KdfCost::minimum();
    QVERIFY(Cache::create(m_path, options).ok());
}

std::unique_ptr<Store> TestSyncEngine::openCache()
{
    auto store = Cache::open(m_path, kPassphrase);
    return store ? std::move(*store) : nullptr;
}

std::unique_ptr<SyncEngine> TestSyncEngine::engineFor(Store *store)
{
    SyncEngine::Settings settings;
    settings.server = m_server.httpUrl();
    settings.minBackoffMs = 100;
    settings.maxBackoffMs = 500;
    settings.syncBatch = 3; // several batches even for a small log
    settings.storeBatch = 5; // and two of them per transaction
    return std::make_unique<SyncEngine>(store, settings);
}

qint64 TestSyncEngine::citizenWrites(const QString &text)
{
    auto citizen = std::make_unique<CitizenClient>();
    if (!citizen->connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr) || !citizen->say(text))
        return 0;
    m_citizens.push_back(std::move(citizen));
    const auto event = m_chef.next<Protocol::Event>(5000, [&](const Protocol::Event &e) {
        return e.kind == EventKind::MessageAdded && e.data.value(u"text"_s).toString() == text;
    });
    return event ? event->conversation : 0;
}

void TestSyncEngine::firstLoginSyncsAndKeepsTheToken()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(citizenWrites(u"première synchro %1"_s.arg(i)));
    auto store = openCache();
    QVERIFY(store);
    auto engine = engineFor(store.get());
    QSignalSpy states(engine.get(), &SyncEngine::stateChanged);
    QSignalSpy progress(engine.get(), &SyncEngine::progressChanged);
    // Progress is only told of what is stored.
    QList<qint64> storedAtProgress;
    connect(engine.get(), &SyncEngine::progressChanged, this,
            [&](qint64 cursor) { storedAtProgress.append(store->cursor() - cursor); });
    engine->setPassword(u"agent"_s, kPassword);
    engine->start();
    QVERIFY(waitFor([&] { return engine->state() == SyncEngine::State::Online; }));
    QCOMPARE(states.first().first().value<SyncEngine::State>(), SyncEngine::State::Connecting);
    // The welcome, then a commit for each two batches of 3 (6 >= 5), then the rest.
    QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size())));
    QCOMPARE(storedAtProgress, QList<qint64>(storedAtProgress.size(), 0));
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i].first().toLongLong() >= progress[i - 1].first().toLongLong());
    QCOMPARE(engine->agent()->login, u"agent"_s);
    QVERIFY(store->setting(u"sync/token"_s).value().size() > 20);
    QVERIFY(store->conversationCount() >= 5);
    QCOMPARE(store->cursor(), engine->cursor());
    QVERIFY(engine->cursor() >= engine->head() - 1);
}

void TestSyncEngine::resumesFromTheLastStoredEvent()
{
    qint64 firstCursor = 0;
    {
        auto store = openCache();
        auto engine = engineFor(store.get());
        engine->setPassword(u"agent"_s, kPassword);
        engine->start();
        QVERIFY(waitFor([&] { return engine->state() == SyncEngine::State::Online; }));
        firstCursor = store->cursor();
    }
    const qint64 later = citizenWrites(u"pendant l'absence"_s);
    QVERIFY(later);
    auto store = openCache();
    QVERIFY(!store->conversation(later));
    auto engine = engineFor(store.get());
    QSignalSpy progress(engine.get(), &SyncEngine::progressChanged);
    engine->start(); // with the stored token, no password
    QVERIFY(waitFor([&] { return engine->state() == SyncEngine::State::Online; }));
    QVERIFY(store->conversation(later));
    QVERIFY(store->cursor() > firstCursor);
    // Only what followed the stored cursor came: a few events, one commit.
    QCOMPARE(progress.size(), 2);
}

void TestSyncEngine::liveEventsAreStoredBeforeSignals()
{
    auto store = openCache();
    auto engine = engineFor(store.get());
    engine->setPassword(u"agent"_s, kPassword);
    engine->start();
    QVERIFY(waitFor([&] { return engine->state() == SyncEngine::State::Online; }));
    bool storedFirst = false;
    qint64 expected = 0;
    connect(engine.get(), &SyncEngine::changed, this,
            [&](const QList<qint64> &conversations, const QStringList &, bool) {
                for (const qint64 id : conversations) {
                    if (const auto c = store->conversation(id);
                        c && c->lastExcerpt == u"en direct"_s)
                        storedFirst = true, expected = id;
                }
            });
    const qint64 conversation = citizenWrites(u"en direct"_s);
    QVERIFY(waitFor([&] { return storedFirst; }));
    QCOMPARE(expected, conversation);
}

void TestSyncEngine::offlineReplyGoesOutOnceBackOnline()
{
    const qint64 conversation = citizenWrites(u"coupure"_s);
    auto store = openCache();
    auto engine = engineFor(store.get());
    engine->setPassword(u"agent"_s, kPassword);
    engine->start();
    QVERIFY(waitFor([&] { return engine->state() == SyncEngine::State::Online; }));
    QSignalSpy acks(engine.get(), &SyncEngine::commandAcknowledged);
    QVERIFY(engine->claim(conversation).ok());
    QVERIFY(waitFor([&] { return acks.size() == 1; }));

    m_server.kill();
    QVERIFY(waitFor([&] { return engine->state() != SyncEngine::State::Online; }));
    QString messageId;
    const auto id = engine->reply(conversation, u"écrit hors ligne"_s, &messageId);
    QVERIFY(id.ok());
    QCOMPARE(engine->pendingCount(), 1);
    QCOMPARE(store->message(messageId)->delivery, DeliveryState::Pending);
    QVERIFY(m_server.start()); // same data, same port
    QVERIFY(waitFor(
        [&] { return engine->state() == SyncEngine::State::Online && engine->pendingCount() == 0; },
        20000));
    QVERIFY(waitFor([&] { return store->message(messageId)->delivery != DeliveryState::Pending; }));
    // Exactly one copy on the server.
    AgentClient check;
    QVERIFY(check.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    int copies = 0;
    for (const auto &e : check.syncAll()) {
        if (e.kind == EventKind::MessageAdded && e.data.value(u"message"_s).toString() == messageId)
            ++copies;
    }
    QCOMPARE(copies, 1);
    m_chef.close();
    QVERIFY(m_chef.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    m_chef.syncAll();
}

void TestSyncEngine::refusedCommandsStayWithTheirReason()
{
    const qint64 conversation = citizenWrites(u"déjà pris"_s);
    QVERIFY(m_chef.claim(conversation).ok);
    auto store = openCache();
    auto engine = engineFor(store.get());
    engine->setPassword(u"agent"_s, kPassword);
    engine->start();
    QVERIFY(waitFor([&] { return engine->state() == SyncEngine::State::Online; }));
    QSignalSpy refusals(engine.get(), &SyncEngine::commandRefused);
    const auto claim = engine->claim(conversation);
    QVERIFY(waitFor([&] { return refusals.size() == 1; }));
    QCOMPARE(refusals.first().at(1).value<ErrorCode>(), ErrorCode::ClaimLost);
    const auto entry = store->outboxEntry(*claim);
    QVERIFY(entry);
    QCOMPARE(entry->state, OutboxEntry::State::Refused);
    QVERIFY(entry->errorMessage.contains(u"chef"_s));
    QCOMPARE(store->pendingCount(), 0);
    // A reply to a conversation not held: failed, with the reason, where it was written.
    QString messageId;
    QVERIFY(engine->reply(conversation, u"pas à moi"_s, &messageId).ok());
    QVERIFY(waitFor([&] { return refusals.size() == 2; }));
    QCOMPARE(store->message(messageId)->delivery, DeliveryState::Failed);
    QVERIFY(!store->message(messageId)->reason.isEmpty());
    QVERIFY(engine->dismiss(*claim).ok());
    QVERIFY(!store->outboxEntry(*claim));
}

void TestSyncEngine::expiredTokenAsksForThePassword()
{
    auto store = openCache();
    QVERIFY(store->setSetting(u"sync/token"_s, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    auto engine = engineFor(store.get());
    QSignalSpy asked(engine.get(), &SyncEngine::credentialsRequired);
    engine->start();
    QVERIFY(waitFor([&] { return asked.size() == 1; }));
    QCOMPARE(engine->state(), SyncEngine::State::Offline);
    engine->setPassword(u"agent"_s, kPassword);
    engine->start();
    QVERIFY(waitFor([&] { return engine->state() == SyncEngine::State::Online; }));
}

void TestSyncEngine::remoteWipe()
{
    QVERIFY(m_server.addAgent(u"lost"_s, kPassword));
    auto store = openCache();
    auto engine = engineFor(store.get());
    engine->setPassword(u"lost"_s, kPassword);
    engine->start();
    QVERIFY(waitFor([&] { return engine->state() == SyncEngine::State::Online; }));
    QSignalSpy wiped(engine.get(), &SyncEngine::wipeOrdered);
    QCOMPARE(m_server.admin({ u"agent"_s, u"wipe"_s, u"lost"_s }), 0);
    QVERIFY(waitFor([&] { return wiped.size() == 1; }));
    // What the owner then does (the workstation and guichet-cli alike).
    engine.reset();
    store.reset();
    QVERIFY(Cache::wipe(m_path));
    QVERIFY(!Cache::exists(m_path));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
