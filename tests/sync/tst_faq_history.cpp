// The knowledge base kept up by the BNum (issue 15, item 6), against the real server on
// loopback: a supervisor retires an entry through the workstation's outbox and every
// workstation's cache and FAQ search lose it, one that was offline included; the server
// keeps every version (who, when) and `admin faq history|revert` undoes a wrong edit or
// brings a retired entry back. The history's migration: tests/server/tst_server_faq_history.cpp
// (Qt Sql and SQLCipher never meet in one process).
#include "app/faq/faqindex.h"
#include "app/store/cache.h"
#include "app/sync/syncengine.h"
#include "childprocess.h"
#include "frameclients.h"
#include "protocol/uuid.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"faq history password"_s;
const QString kPassphrase = u"cache passphrase"_s;

bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        pumpEvents(20);
    return done();
}

FaqEntry entry(const QString &id, Language lang, const QString &question, const QString &answer)
{
    return FaqEntry {
        id, lang, question, answer, { u"mot-clé"_s }, { u"https://www.service-public.fr"_s }
    };
}

const FaqEntry kOtvFr =
    entry(u"otv"_s, Language::Fr, u"Comment bénéficier de l'Opération Tranquillité Vacances ?"_s,
          u"Inscrivez-vous auprès de votre brigade avant votre départ."_s);
const FaqEntry kOtvEn =
    entry(u"otv"_s, Language::En, u"How do I register for Operation Holiday Peace of Mind?"_s,
          u"Register with your local brigade before you leave."_s);
const FaqEntry kBikeFr = entry(u"bike-theft"_s, Language::Fr, u"On m'a volé mon vélo"_s,
                               u"Déposez plainte avec le numéro de marquage du vélo."_s);

QByteArray lines(const QList<FaqEntry> &entries)
{
    QByteArray text;
    for (const FaqEntry &e : entries)
        text += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return text;
}

//! Who the admin command records: the account running the tests (the one behind sudo).
QString adminOperator()
{
    if (::geteuid() == 0 && !qEnvironmentVariableIsEmpty("SUDO_USER"))
        return u"admin:"_s + qEnvironmentVariable("SUDO_USER");
    const passwd *account = ::getpwuid(::geteuid());
    return u"admin:"_s + QString::fromLocal8Bit(account ? account->pw_name : "");
}

std::optional<FaqEntry> cached(Store &store, const QString &id, Language lang)
{
    for (const FaqEntry &e : store.faqEntries()) {
        if (e.id == id && e.lang == lang)
            return e;
    }
    return std::nullopt;
}

bool searchFinds(Store &store, const QString &query, Language lang, const QString &id)
{
    // What the workstation's FAQ panel searches: the base in its cache.
    const FaqIndex index(store.faqEntries());
    for (const FaqHit &hit : index.search(query, lang, 10)) {
        if (hit.id == id)
            return true;
    }
    return false;
}

} // namespace

class TestFaqHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void retireReachesEveryWorkstation();
    void onlySupervisorsRetire();
    void historyAndRevert();
    void revertRefusesWhatIsNotAVersionOfTheEntry();
    void cliRetire();

private:
    struct Workstation
    {
        QString path;
        std::unique_ptr<Store> store;
        std::unique_ptr<SyncEngine> engine;
    };
    bool open(Workstation &w, const QString &login, bool create);
    QJsonArray history(const QString &id);
    bool import(const QList<FaqEntry> &entries);
    //! guichet-cli as @p login, with its own cache (passphrase, no keychain).
    int cli(const QString &login, const QStringList &arguments, QByteArray *out = nullptr);

    ServerProcess m_server;
    QTemporaryDir m_dir;
    Workstation m_chef; //!< the supervisor's workstation
    Workstation m_agent; //!< a gendarme's, offline while the entry is retired
};

bool TestFaqHistory::open(Workstation &w, const QString &login, bool create)
{
    if (create) {
        w.path = m_dir.filePath(login + u".db"_s);
        Cache::CreateOptions options;
        options.method = KeyVault::Method::Passphrase;
        options.passphrase = kPassphrase;
        options.cost = KdfCost::minimum();
        if (!Cache::create(w.path, options).ok())
            return false;
    }
    auto store = Cache::open(w.path, kPassphrase);
    if (!store)
        return false;
    w.store = std::move(*store);
    SyncEngine::Settings settings;
    settings.server = m_server.httpUrl();
    settings.minBackoffMs = 100;
    settings.maxBackoffMs = 500;
    w.engine = std::make_unique<SyncEngine>(w.store.get(), settings);
    if (create)
        w.engine->setPassword(login, kPassword);
    w.engine->start();
    return waitFor([&] { return w.engine->state() == SyncEngine::State::Online; });
}

QJsonArray TestFaqHistory::history(const QString &id)
{
    QByteArray out;
    if (m_server.admin({ u"faq"_s, u"history"_s, id, u"--json"_s }, {}, &out) != 0)
        return {};
    return QJsonDocument::fromJson(out).array();
}

bool TestFaqHistory::import(const QList<FaqEntry> &entries)
{
    QTemporaryFile file;
    if (!file.open())
        return false;
    file.write(lines(entries));
    file.close();
    return m_server.admin({ u"faq"_s, u"import"_s, file.fileName() }) == 0;
}

void TestFaqHistory::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(m_server.addAgent(u"agent"_s, kPassword));
    QVERIFY(import({ kOtvFr, kOtvEn, kBikeFr }));
    QVERIFY(open(m_chef, u"chef"_s, true));
    QVERIFY(open(m_agent, u"agent"_s, true));
    QVERIFY(waitFor([&] { return m_agent.store->faqEntries().size() == 3; }));
    QVERIFY(searchFinds(*m_agent.store, u"tranquillité vacances"_s, Language::Fr, u"otv"_s));
}

void TestFaqHistory::retireReachesEveryWorkstation()
{
    // The gendarme's laptop is closed while the supervisor retires the entry.
    m_agent.engine.reset();
    m_agent.store.reset();

    QSignalSpy acks(m_chef.engine.get(), &SyncEngine::commandAcknowledged);
    const auto id = m_chef.engine->retireFaq(u"otv"_s);
    QVERIFY(id.ok());
    QVERIFY(waitFor([&] { return acks.size() == 1; }));
    QCOMPARE(acks.first().at(0).toString(), *id);
    const QJsonObject result = acks.first().at(1).toJsonObject();
    QCOMPARE(result.value(u"languages"_s).toArray(), (QJsonArray { u"fr"_s, u"en"_s }));
    QCOMPARE(result.value(u"versions"_s).toArray().size(), 2);
    // The supervisor's own workstation, live.
    QVERIFY(waitFor([&] { return !cached(*m_chef.store, u"otv"_s, Language::Fr); }));
    QVERIFY(!cached(*m_chef.store, u"otv"_s, Language::En));
    QVERIFY(cached(*m_chef.store, u"bike-theft"_s, Language::Fr));

    // The gendarme's catches up from its cursor: gone from the cache and from search.
    QVERIFY(open(m_agent, u"agent"_s, false));
    QVERIFY(waitFor([&] { return !cached(*m_agent.store, u"otv"_s, Language::Fr); }));
    QVERIFY(!cached(*m_agent.store, u"otv"_s, Language::En));
    QCOMPARE(m_agent.store->faqEntries().size(), 1);
    QVERIFY(!searchFinds(*m_agent.store, u"tranquillité vacances"_s, Language::Fr, u"otv"_s));
    QVERIFY(!searchFinds(*m_agent.store, u"holiday peace of mind"_s, Language::En, u"otv"_s));
    QVERIFY(searchFinds(*m_agent.store, u"vélo volé"_s, Language::Fr, u"bike-theft"_s));

    // Gone from the server's base too; its history says who retired it and when.
    QByteArray exported;
    QCOMPARE(m_server.admin({ u"faq"_s, u"export"_s }, {}, &exported), 0);
    QVERIFY(!exported.contains("\"otv\""));
    const QJsonArray versions = history(u"otv"_s);
    QCOMPARE(versions.size(), 4);
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QJsonValue v = versions[i];
        const bool retirement = i >= 2;
        QCOMPARE(v[u"action"_s].toString(), retirement ? u"retire"_s : u"edit"_s);
        QCOMPARE(v[u"by"_s].toString(), retirement ? u"chef"_s : adminOperator());
        QVERIFY(v[u"at"_s].toInteger() > 0);
    }
    // The retired text is kept, so it can come back.
    QCOMPARE(FaqEntry::fromJson(versions[2][u"entry"_s].toObject()).value(), kOtvFr);

    // Retiring what is not in the base is refused, and says so.
    QSignalSpy refusals(m_chef.engine.get(), &SyncEngine::commandRefused);
    QVERIFY(m_chef.engine->retireFaq(u"otv"_s, Language::Fr).ok());
    QVERIFY(waitFor([&] { return refusals.size() == 1; }));
    QCOMPARE(refusals.first().at(1).value<ErrorCode>(), ErrorCode::NotFound);
}

void TestFaqHistory::onlySupervisorsRetire()
{
    QSignalSpy refusals(m_agent.engine.get(), &SyncEngine::commandRefused);
    const auto id = m_agent.engine->retireFaq(u"bike-theft"_s);
    QVERIFY(id.ok());
    QVERIFY(waitFor([&] { return refusals.size() == 1; }));
    QCOMPARE(refusals.first().at(1).value<ErrorCode>(), ErrorCode::Forbidden);
    QVERIFY(cached(*m_agent.store, u"bike-theft"_s, Language::Fr));
    QCOMPARE(history(u"bike-theft"_s).size(), 1);
}

void TestFaqHistory::historyAndRevert()
{
    const qint64 good = history(u"bike-theft"_s).at(0)[u"version"_s].toInteger();
    // A wrong edit reaches the workstations…
    FaqEntry wrong = kBikeFr;
    wrong.answer = u"Appelez le 18."_s;
    QVERIFY(import({ wrong }));
    QVERIFY(
        waitFor([&] { return cached(*m_agent.store, u"bike-theft"_s, Language::Fr) == wrong; }));
    const QJsonArray before = history(u"bike-theft"_s);
    QCOMPARE(before.size(), 2);
    QVERIFY(before[1][u"version"_s].toInteger() > good);

    // …and is undone: a new version equal to the good one, by the operator, synced.
    QByteArray out;
    QCOMPARE(
        m_server.admin({ u"faq"_s, u"revert"_s, u"bike-theft"_s, QString::number(good) }, {}, &out),
        0);
    QVERIFY(!out.isEmpty());
    QVERIFY(
        waitFor([&] { return cached(*m_agent.store, u"bike-theft"_s, Language::Fr) == kBikeFr; }));
    QVERIFY(
        waitFor([&] { return cached(*m_chef.store, u"bike-theft"_s, Language::Fr) == kBikeFr; }));
    const QJsonArray after = history(u"bike-theft"_s);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after[2][u"action"_s].toString(), u"revert"_s);
    QCOMPARE(after[2][u"by"_s].toString(), adminOperator());
    QCOMPARE(after[2][u"revertedFrom"_s].toInteger(), good);
    QVERIFY(after[2][u"version"_s].toInteger() > before[1][u"version"_s].toInteger());
    QCOMPARE(FaqEntry::fromJson(after[2][u"entry"_s].toObject()).value(), kBikeFr);
    // The listing says what each version changed: here the answer, twice.
    QCOMPARE(m_server.admin({ u"faq"_s, u"history"_s, u"bike-theft"_s }, {}, &out), 0);
    const QList<QByteArray> bikeRows = out.trimmed().split('\n');
    QCOMPARE(bikeRows.size(), 3);
    QVERIFY(!bikeRows[0].contains("(answer)"));
    QVERIFY(bikeRows[1].contains("(answer)"));
    QVERIFY(bikeRows[2].contains("(answer)"));
    QVERIFY(bikeRows[2].contains("[current]"));

    // A retired entry comes back, in the language of the version named, on every workstation.
    const QJsonArray otv = history(u"otv"_s);
    qint64 frenchEdit = 0;
    for (const QJsonValue &v : otv) {
        if (v[u"lang"_s].toString() == u"fr"_s && v[u"action"_s].toString() == u"edit"_s)
            frenchEdit = v[u"version"_s].toInteger();
    }
    QVERIFY(frenchEdit > 0);
    QCOMPARE(m_server.admin({ u"faq"_s, u"revert"_s, u"otv"_s, QString::number(frenchEdit) }), 0);
    QVERIFY(waitFor([&] { return cached(*m_agent.store, u"otv"_s, Language::Fr) == kOtvFr; }));
    QVERIFY(!cached(*m_agent.store, u"otv"_s, Language::En));
    QVERIFY(searchFinds(*m_agent.store, u"tranquillité vacances"_s, Language::Fr, u"otv"_s));

    // The text listing marks what is current.
    QCOMPARE(m_server.admin({ u"faq"_s, u"history"_s, u"otv"_s }, {}, &out), 0);
    const QList<QByteArray> rows = out.trimmed().split('\n');
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows.last().contains("revert"));
    QVERIFY(rows.last().contains("[current]"));
    QVERIFY(!rows.first().contains("[current]"));
}

void TestFaqHistory::revertRefusesWhatIsNotAVersionOfTheEntry()
{
    const qint64 bike = history(u"bike-theft"_s).at(0)[u"version"_s].toInteger();
    qint64 retirement = 0;
    for (const QJsonValue &v : history(u"otv"_s)) {
        if (v[u"action"_s].toString() == u"retire"_s)
            retirement = v[u"version"_s].toInteger();
    }
    QVERIFY(retirement > 0);
    const qint64 head = m_agent.engine->head();
    QCOMPARE(m_server.admin({ u"faq"_s, u"revert"_s, u"otv"_s, QString::number(bike) }), 7);
    QCOMPARE(m_server.admin({ u"faq"_s, u"revert"_s, u"otv"_s, u"999999"_s }), 7);
    QCOMPARE(m_server.admin({ u"faq"_s, u"revert"_s, u"otv"_s, QString::number(retirement) }), 1);
    QCOMPARE(m_server.admin({ u"faq"_s, u"revert"_s, u"otv"_s, u"deux"_s }), 2);
    QCOMPARE(m_server.admin({ u"faq"_s, u"history"_s, u"nothing-here"_s }), 7);
    QCOMPARE(m_server.admin({ u"faq"_s, u"retire"_s, u"nothing-here"_s }), 7);
    // Nothing was written, nothing sent.
    pumpEvents(300);
    QCOMPARE(m_agent.engine->head(), head);
    QCOMPARE(history(u"otv"_s).size(), 5);
}

int TestFaqHistory::cli(const QString &login, const QStringList &arguments, QByteArray *out)
{
    // The cache made here at the cheapest key derivation: guichet-cli's own default
    // costs seconds per command on a busy machine (its login then adopts this cache).
    const QString store = m_dir.filePath(login + u"-cli.db"_s);
    if (!Cache::exists(store)) {
        Cache::CreateOptions options;
        options.method = KeyVault::Method::Passphrase;
        options.passphrase = kPassphrase;
        options.cost = KdfCost::minimum();
        if (!Cache::create(store, options).ok())
            return -1;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(u"GUICHET_"_s))
            environment.remove(key);
    }
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    environment.insert(u"GUICHET_PASSWORD"_s, kPassword);
    environment.insert(u"GUICHET_PASSPHRASE"_s, kPassphrase);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    QProcess process;
    dieWithTest(process);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GUICHET_CLI),
                  arguments
                      + QStringList { u"--server"_s, m_server.httpUrl().toString(), u"--login"_s,
                                      login, u"--store"_s, store });
    if (!process.waitForStarted(10000))
        return -1;
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestFaqHistory::cliRetire()
{
    // docs/cli.md: 2 usage, 6 refused by the server.
    QCOMPARE(cli(u"chef"_s, { u"faq"_s, u"retire"_s }), 2);
    QCOMPARE(cli(u"chef"_s, { u"faq"_s, u"retire"_s, u"bike-theft"_s, u"--lang"_s, u"xx"_s }), 2);
    QCOMPARE(cli(u"agent"_s, { u"login"_s, u"--no-keychain"_s }), 0);
    QByteArray out;
    QCOMPARE(cli(u"agent"_s, { u"--json"_s, u"faq"_s, u"retire"_s, u"bike-theft"_s }, &out), 6);
    QCOMPARE(QJsonDocument::fromJson(out)[u"error"_s][u"code"_s].toString(), u"forbidden"_s);

    QCOMPARE(cli(u"chef"_s, { u"login"_s, u"--no-keychain"_s }), 0);
    QCOMPARE(cli(u"chef"_s,
                 { u"--json"_s, u"faq"_s, u"retire"_s, u"bike-theft"_s, u"--lang"_s, u"fr"_s },
                 &out),
             0);
    const QJsonObject result = QJsonDocument::fromJson(out)[u"result"_s].toObject();
    QCOMPARE(result.value(u"languages"_s).toArray(), QJsonArray { u"fr"_s });
    QVERIFY(waitFor([&] { return !cached(*m_agent.store, u"bike-theft"_s, Language::Fr); }));
    QVERIFY(waitFor([&] { return !cached(*m_chef.store, u"bike-theft"_s, Language::Fr); }));
    const QJsonArray versions = history(u"bike-theft"_s);
    QCOMPARE(versions.last()[u"action"_s].toString(), u"retire"_s);
    QCOMPARE(versions.last()[u"by"_s].toString(), u"chef"_s);
    // Already gone: not found (exit 7).
    QCOMPARE(cli(u"chef"_s, { u"faq"_s, u"retire"_s, u"bike-theft"_s }), 7);
}

QTEST_GUILESS_MAIN(TestFaqHistory)
#include "tst_faq_history.moc"
