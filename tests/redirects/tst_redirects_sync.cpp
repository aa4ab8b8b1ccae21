// Redirect definitions travel as data: the server seeds the built-in ones, an
// admin imports a new official address, and workstations (the real sync engine
// on a real encrypted cache) receive it through sync, first sync included. An
// invalid file is refused with the field at fault and changes nothing.
// Runs on SQLite and on PostgreSQL.
#include "app/redirects/redirectcatalog.h"
#include "app/store/cache.h"
#include "app/sync/syncengine.h"
#include "frameclients.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"redirects test password"_s;
const QString kPassphrase = u"cache passphrase"_s;
const QUrl kNewPerceval(u"https://www.service-public.gouv.fr/particuliers/vosdroits/R46526"_s);

bool waitFor(const std::function<bool()> &done, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        pumpEvents(20);
    return done();
}

//! The built-in definitions with Perceval at another address.
QByteArray movedPerceval()
{
    QJsonObject document = QJsonDocument::fromJson(RedirectCatalog::builtIn().toJson()).object();
    QJsonArray redirects = document.value(u"redirects"_s).toArray();
    for (qsizetype i = 0; i < redirects.size(); ++i) {
        QJsonObject definition = redirects[i].toObject();
        if (definition.value(u"target"_s).toString() == u"perceval"_s) {
            definition.insert(u"url"_s, kNewPerceval.toString());
            redirects[i] = definition;
        }
    }
    document.insert(u"redirects"_s, redirects);
    return QJsonDocument(document).toJson();
}

QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

QList<Protocol::Event> redirectEvents(const QList<Protocol::Event> &events)
{
    QList<Protocol::Event> result;
    for (const Protocol::Event &event : events) {
        if (event.kind == EventKind::RedirectsUpdated)
            result.append(event);
    }
    return result;
}

} // namespace

class TestRedirectsSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstSyncBringsTheSeededDefinitions();
    void importReachesWorkstationsThroughSync();
    void sameContentChangesNothing();
    void invalidFileIsRefusedAndChangesNothing();
    void everyRoleReceivesThem();
    void aRestartDoesNotSeedAgain();

private:
    struct Workstation
    {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<Store> store;
        std::unique_ptr<SyncEngine> engine;
    };
    Workstation workstation(const QString &login);
    QByteArray exported();

    ServerProcess m_server;
    QTemporaryDir m_files;
};

void TestRedirectsSync::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"agent"_s, kPassword));
    QVERIFY(m_server.addAgent(u"agent2"_s, kPassword));
    QVERIFY(m_server.addAgent(u"reserve"_s, kPassword, u"reservist"_s));
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
}

TestRedirectsSync::Workstation TestRedirectsSync::workstation(const QString &login)
{
    Workstation w;
    w.dir = std::make_unique<QTemporaryDir>();
    const QString path = w.dir->filePath(u"cache.db"_s);
    Cache::CreateOptions options;
    options.method = KeyVault::Method::Passphrase;
    options.passphrase = kPassphrase;
    options.cost = KdfCost::minimum();
    if (!Cache::create(path, options).ok())
        return w;
    auto store = Cache::open(path, kPassphrase);
    if (!store)
        return w;
    w.store = std::move(*store);
    SyncEngine::Settings settings;
    settings.server = m_server.httpUrl();
    settings.minBackoffMs = 100;
    settings.maxBackoffMs = 500;
    w.engine = std::make_unique<SyncEngine>(w.store.get(), settings);
    w.engine->setPassword(login, kPassword);
    return w;
}

QByteArray TestRedirectsSync::exported()
{
    QByteArray out;
    if (m_server.admin({ u"redirects"_s, u"export"_s }, {}, &out) != 0)
        return {};
    return out;
}

void TestRedirectsSync::firstSyncBringsTheSeededDefinitions()
{
    // Nothing imported yet: the server started from the built-in definitions.
    auto seeded = RedirectCatalog::fromJson(exported());
    QVERIFY(seeded.ok());
    QCOMPARE(seeded->toJson(), RedirectCatalog::builtIn().toJson());

    Workstation w = workstation(u"agent"_s);
    QVERIFY(w.engine);
    QSignalSpy updated(w.engine.get(), &SyncEngine::redirectsUpdated);
    QVERIFY(!w.store->setting(u"redirects"_s));
    w.engine->start();
    QVERIFY(waitFor([&] { return w.engine->state() == SyncEngine::State::Online; }));
    QVERIFY(updated.size() >= 1);
    QVERIFY(w.store->setting(u"redirects"_s));
    QCOMPARE(RedirectCatalog::fromStore(*w.store).toJson(), seeded->toJson());
}

void TestRedirectsSync::importReachesWorkstationsThroughSync()
{
    const qint64 before = RedirectCatalog::fromJson(exported())->version();
    Workstation online = workstation(u"agent"_s);
    online.engine->start();
    QVERIFY(waitFor([&] { return online.engine->state() == SyncEngine::State::Online; }));
    QSignalSpy updated(online.engine.get(), &SyncEngine::redirectsUpdated);

    const QString file = writeFile(m_files, u"moved.json"_s, movedPerceval());
    QByteArray out;
    QCOMPARE(m_server.admin({ u"redirects"_s, u"import"_s, file }, {}, &out), 0);
    QVERIFY2(out.contains("imported"), out.constData());

    // Live: stored in the cache, then the signal.
    QVERIFY(waitFor([&] { return !updated.isEmpty(); }));
    const RedirectCatalog catalog = RedirectCatalog::fromStore(*online.store);
    QCOMPARE(catalog.version(), before + 1);
    const auto perceval = catalog.redirect(RedirectTarget::Perceval, Language::De, u"en"_s);
    QVERIFY(perceval);
    QCOMPARE(perceval->url, kNewPerceval);
    QVERIFY(perceval->text.contains(kNewPerceval.toString()));
    // Only Perceval moved.
    QCOMPARE(
        catalog.redirect(RedirectTarget::Pharos, Language::Fr, u"fr"_s)->url,
        RedirectCatalog::builtIn().redirect(RedirectTarget::Pharos, Language::Fr, u"fr"_s)->url);

    // A workstation that was not there gets the newest definitions at its first sync.
    Workstation later = workstation(u"agent2"_s);
    QSignalSpy laterUpdated(later.engine.get(), &SyncEngine::redirectsUpdated);
    later.engine->start();
    QVERIFY(waitFor([&] { return later.engine->state() == SyncEngine::State::Online; }));
    QVERIFY(!laterUpdated.isEmpty());
    const RedirectCatalog laterCatalog = RedirectCatalog::fromStore(*later.store);
    QCOMPARE(laterCatalog.version(), before + 1);
    QCOMPARE(laterCatalog.redirect(RedirectTarget::Perceval, Language::Fr, u"fr"_s)->url,
             kNewPerceval);

    // The server's export is the new document.
    auto exportedNow = RedirectCatalog::fromJson(exported());
    QVERIFY(exportedNow.ok());
    QCOMPARE(exportedNow->toJson(), catalog.toJson());
}

void TestRedirectsSync::sameContentChangesNothing()
{
    AgentClient agent;
    QVERIFY(agent.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    agent.syncAll();
    const QByteArray current = exported();
    const qint64 version = RedirectCatalog::fromJson(current)->version();

    // The export itself, and the same content under another version number.
    QJsonObject renumbered = QJsonDocument::fromJson(current).object();
    renumbered.insert(u"version"_s, 1);
    for (const QByteArray &content : { current, QJsonDocument(renumbered).toJson() }) {
        const QString file = writeFile(m_files, u"same.json"_s, content);
        QByteArray out;
        QCOMPARE(m_server.admin({ u"redirects"_s, u"import"_s, file }, {}, &out), 0);
        QVERIFY2(out.contains("nothing changed"), out.constData());
    }
    QVERIFY(!agent.nextEvent(EventKind::RedirectsUpdated, 0, 1500));
    QCOMPARE(RedirectCatalog::fromJson(exported())->version(), version);
}

void TestRedirectsSync::invalidFileIsRefusedAndChangesNothing()
{
    AgentClient agent;
    QVERIFY(agent.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    agent.syncAll();
    const QByteArray before = exported();

    QJsonObject document = QJsonDocument::fromJson(before).object();
    QJsonArray redirects = document.value(u"redirects"_s).toArray();
    QJsonObject perceval = redirects[1].toObject();
    perceval.insert(u"url"_s, u"http://www.service-public.fr/perceval"_s);
    redirects[1] = perceval;
    document.insert(u"redirects"_s, redirects);

    struct Case
    {
        QByteArray content;
        QByteArray expected; // in the message
    };
    const QList<Case> cases {
        { QJsonDocument(document).toJson(), "redirects[1].url: must be an https:// address" },
        { "{\"version\": 2, \"redirects\": [", "not valid" },
        { "{\"version\": 2, \"redirects\": [], \"emergency\": {}}", "no definition of pharos" },
    };
    for (const Case &c : cases) {
        const QString file = writeFile(m_files, u"bad.json"_s, c.content);
        QByteArray out;
        QByteArray err;
        QCOMPARE(m_server.admin({ u"redirects"_s, u"import"_s, file }, {}, &out, &err), 1);
        QVERIFY2(err.contains(c.expected), err.constData());
        QVERIFY2(err.contains("nothing changed"), err.constData());
        QVERIFY(!out.contains("imported"));
    }
    QByteArray err;
    QCOMPARE(m_server.admin({ u"redirects"_s, u"import"_s, m_files.filePath(u"none.json"_s) }, {},
                            nullptr, &err),
             7);
    QVERIFY2(err.contains("cannot read"), err.constData());

    QCOMPARE(exported(), before);
    QVERIFY(!agent.nextEvent(EventKind::RedirectsUpdated, 0, 1500));
}

void TestRedirectsSync::everyRoleReceivesThem()
{
    // The seed and the import, in order, to every role (global events).
    for (const QString &login : { u"agent"_s, u"reserve"_s, u"chef"_s }) {
        AgentClient client;
        QVERIFY(client.connectAndLogin(m_server.wsUrl(u"/agent"_s), login, kPassword));
        const QList<Protocol::Event> events = redirectEvents(client.syncAll());
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].conversation, qint64(0));
        QVERIFY(events[0].seq < events[1].seq);
        const auto last =
            RedirectDefinitions::fromJson(events.last().data.value(u"definitions"_s).toObject());
        QVERIFY(last.ok());
        QCOMPARE(last->find(RedirectTarget::Perceval)->url, kNewPerceval);
    }
}

void TestRedirectsSync::aRestartDoesNotSeedAgain()
{
    const QByteArray before = exported();
    m_server.stop();
    QVERIFY(m_server.start());
    AgentClient client;
    QVERIFY(client.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    QCOMPARE(redirectEvents(client.syncAll()).size(), 2);
    QCOMPARE(exported(), before);
}

QTEST_GUILESS_MAIN(TestRedirectsSync)
#include "tst_redirects_sync.moc"
