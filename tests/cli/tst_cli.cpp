// guichet-cli run as a program against the real guichet-server on loopback
// (SQLite and PostgreSQL): the agent commands, the outbox across an offline
// command, the store commands, and every exit code of docs/cli.md. Secrets go
// through the environment, as scripts give them. The functions run in order
// and share the server, its conversations and the agents' caches.
#include "childprocess.h"
#include "frameclients.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"cli test password"_s;
const QString kPassphrase = u"alice's cache passphrase"_s;

// docs/cli.md
enum Exit { Success = 0, Failure, Usage, Unavailable, AuthFailed, Locked, Refused, NotFound };

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    QString errorCode() const { return object()[u"error"_s][u"code"_s].toString(); }
    //! For QVERIFY2: what the program said.
    const char *describe() const
    {
        m_description =
            "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
        return m_description.constData();
    }

private:
    mutable QByteArray m_description;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<qint64> ids(const QJsonArray &conversations)
{
    QList<qint64> result;
    for (const QJsonValue &c : conversations)
        result.append(c[u"id"_s].toInteger());
    return result;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors();
    void loginFailures();
    void loginAndQueue();
    void showClaimReply();
    void claimHeldByAnotherAgentIsRefused();
    void transferAndRelease();
    void redirectAndClose();
    void flagOverrulesTriage();
    void offlineReplyGoesOutOnceOnTheNextSync();
    void refusedOnTheNextSyncIsKeptUntilDismissed();
    void storeInfo();
    void storePurge();
    void storePassphrase();
    void storePassphraseOfAKeychainCache();
    void storeWipe();
    void accountCutOff();

private:
    //! guichet-cli @p arguments, with @p env ("KEY=value") over a clean environment.
    Run cli(const QStringList &arguments, const QStringList &env = {},
            const QByteArray &input = {}) const;
    //! guichet-cli as @p login on the test server, password and passphrase given.
    Run agent(const QString &login, const QStringList &arguments,
              const QStringList &env = {}) const;
    QString cachePath(const QString &login) const { return m_dir.filePath(login + u"/cache.db"_s); }
    qint64 citizenWrites(const QString &text);
    int copiesOnServer(const QString &text);

    ServerProcess m_server;
    QTemporaryDir m_dir;
    AgentClient m_chef;
    std::vector<std::unique_ptr<CitizenClient>> m_citizens;
    QList<qint64> m_conversations;
    QString m_alicePassphrase = kPassphrase;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    for (const QString &login :
         { u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s, u"finn"_s })
        QVERIFY(m_server.addAgent(login, kPassword));
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(m_chef.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    m_chef.syncAll();
    for (int i = 0; i < 4; ++i) {
        const qint64 id = citizenWrites(u"Bonjour, question %1 pour la brigade numérique"_s.arg(i));
        QVERIFY(id > 0);
        m_conversations.append(id);
    }
}

Run TestCli::cli(const QStringList &arguments, const QStringList &env,
                 const QByteArray &input) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys()) {
        if (key.startsWith(u"GUICHET_"_s))
            environment.remove(key);
    }
    // Default cache paths under the test's folder; no keychain: the passphrase path.
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    QProcess process;
    dieWithTest(process);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GUICHET_CLI), arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run TestCli::agent(const QString &login, const QStringList &arguments, const QStringList &env) const
{
    // Alice uses the default cache path, the others --store.
    QStringList where { u"--server"_s, m_server.httpUrl().toString(), u"--login"_s, login };
    if (login != u"alice"_s)
        where << u"--store"_s << cachePath(login);
    const QString passphrase = login == u"alice"_s ? m_alicePassphrase : login + u" passphrase"_s;
    return cli(
        arguments + where,
        QStringList { u"GUICHET_PASSWORD="_s + kPassword, u"GUICHET_PASSPHRASE="_s + passphrase }
            + env);
}

qint64 TestCli::citizenWrites(const QString &text)
{
    auto citizen = std::make_unique<CitizenClient>();
    if (!citizen->connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr) || !citizen->say(text))
        return 0;
    m_citizens.push_back(std::move(citizen));
    const auto event = m_chef.next<Protocol::Event>(10000, [&](const Protocol::Event &e) {
        return e.kind == EventKind::MessageAdded && e.data.value(u"text"_s).toString() == text;
    });
    return event ? event->conversation : 0;
}

int TestCli::copiesOnServer(const QString &text)
{
    AgentClient check;
    if (!check.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword))
        return -1;
    int copies = 0;
    for (const Protocol::Event &e : check.syncAll()) {
        if (e.kind == EventKind::MessageAdded && e.data.value(u"text"_s).toString() == text)
            ++copies;
    }
    return copies;
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({}).exitCode, int(Usage));
    QCOMPARE(cli({ u"--help"_s }).exitCode, int(Success));
    const Run unknown = cli({ u"--json"_s, u"frobnicate"_s });
    QCOMPARE(unknown.exitCode, int(Usage));
    QCOMPARE(unknown.errorCode(), u"invalid_value"_s);
    QCOMPARE(cli({ u"claim"_s, u"--store"_s, cachePath(u"alice"_s) }).exitCode, int(Usage));
    QCOMPARE(
        cli({ u"close"_s, u"12"_s, u"--outcome"_s, u"maybe"_s, u"--store"_s, u"x"_s }).exitCode,
        int(Usage));
    QCOMPARE(cli({ u"store"_s, u"purge"_s, u"--days"_s, u"-1"_s, u"--store"_s, u"x"_s }).exitCode,
             int(Usage));
    QCOMPARE(cli({ u"store"_s, u"purge"_s, u"--store"_s, u"x"_s }).exitCode, int(Usage));
    // The password never comes from the command line: without the variable, no login.
    const Run noPassword =
        cli({ u"login"_s, u"--server"_s, m_server.httpUrl().toString(), u"--login"_s, u"alice"_s });
    QCOMPARE(noPassword.exitCode, int(Usage));
    QVERIFY(noPassword.err.contains("GUICHET_PASSWORD"));
    const Run help = cli({ u"store"_s, u"passphrase"_s, u"--help"_s });
    QCOMPARE(help.exitCode, int(Success));
    QVERIFY(help.out.contains("--from-keychain"));
}

void TestCli::loginFailures()
{
    // A port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString closed = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    const Run unreachable =
        cli({ u"--json"_s, u"login"_s, u"--server"_s, closed, u"--login"_s, u"alice"_s,
              u"--store"_s, m_dir.filePath(u"nowhere/cache.db"_s), u"--no-keychain"_s },
            { u"GUICHET_PASSWORD="_s + kPassword, u"GUICHET_PASSPHRASE=p"_s });
    QVERIFY2(unreachable.exitCode == Unavailable, unreachable.describe());
    QCOMPARE(unreachable.errorCode(), u"unavailable"_s);

    const Run wrong = agent(u"alice"_s, { u"--json"_s, u"login"_s, u"--no-keychain"_s },
                            { u"GUICHET_PASSWORD=not the password"_s });
    QVERIFY2(wrong.exitCode == AuthFailed, wrong.describe());
    QCOMPARE(wrong.errorCode(), u"login_failed"_s);
    QVERIFY(!wrong.object()[u"error"_s][u"message"_s].toString().isEmpty());
}

void TestCli::loginAndQueue()
{
    const Run login = agent(u"alice"_s, { u"--json"_s, u"login"_s, u"--no-keychain"_s });
    QVERIFY2(login.exitCode == Success, login.describe());
    QCOMPARE(login.object()[u"login"_s].toString(), u"alice"_s);
    QCOMPARE(login.object()[u"role"_s].toString(), u"gendarme"_s);
    // The default path: one cache per agent and server, under the data folder.
    QVERIFY(login.object()[u"store"_s].toString().startsWith(
        m_dir.filePath(u"data/guichet/caches/"_s)));
    QVERIFY(login.object()[u"store"_s].toString().endsWith(u"/alice/cache.db"_s));

    const Run queue = agent(u"alice"_s, { u"--json"_s, u"queue"_s });
    QVERIFY2(queue.exitCode == Success, queue.describe());
    const QList<qint64> listed = ids(queue.array());
    for (qint64 id : std::as_const(m_conversations))
        QVERIFY(listed.contains(id));
    for (const QJsonValue &c : queue.array()) {
        QCOMPARE(c[u"state"_s].toString(), u"queued"_s);
        QCOMPARE(c[u"channel"_s].toString(), u"webchat"_s);
    }
    const Run text = agent(u"alice"_s, { u"queue"_s });
    QCOMPARE(text.exitCode, int(Success));
    QVERIFY(text.out.contains("question 0"));

    QVERIFY2(agent(u"bob"_s, { u"login"_s, u"--no-keychain"_s }).exitCode == Success,
             "bob logs in");
}

void TestCli::showClaimReply()
{
    const qint64 id = m_conversations.at(0);
    const Run show = agent(u"alice"_s, { u"--json"_s, u"show"_s, QString::number(id) });
    QVERIFY2(show.exitCode == Success, show.describe());
    QCOMPARE(show.object()[u"id"_s].toInteger(), id);
    const QJsonArray messages = show.object()[u"messages"_s].toArray();
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.first()[u"author"_s].toString(), u"citizen"_s);
    QVERIFY(messages.first()[u"text"_s].toString().contains(u"question 0"_s));

    const Run claim = agent(u"alice"_s, { u"--json"_s, u"claim"_s, QString::number(id) });
    QVERIFY2(claim.exitCode == Success, claim.describe());
    QCOMPARE(claim.object()[u"status"_s].toString(), u"acknowledged"_s);
    QCOMPARE(claim.object()[u"result"_s][u"conversation"_s].toInteger(), id);

    const QString answer = u"Bonjour, vous pouvez déposer plainte en ligne."_s;
    const Run reply = agent(u"alice"_s, { u"reply"_s, QString::number(id), answer });
    QVERIFY2(reply.exitCode == Success, reply.describe());
    QCOMPARE(copiesOnServer(answer), 1);

    const Run mine = agent(u"alice"_s, { u"--json"_s, u"queue"_s, u"--mine"_s });
    QCOMPARE(ids(mine.array()), QList<qint64> { id });
    QCOMPARE(mine.array().first()[u"owner"_s].toString(), u"alice"_s);

    const Run missing = agent(u"alice"_s, { u"--json"_s, u"show"_s, u"999999"_s });
    QCOMPARE(missing.exitCode, int(NotFound));
    QCOMPARE(missing.errorCode(), u"not_found"_s);
}

void TestCli::claimHeldByAnotherAgentIsRefused()
{
    const qint64 id = m_conversations.at(0); // alice's
    const Run text = agent(u"bob"_s, { u"claim"_s, QString::number(id) });
    QVERIFY2(text.exitCode == Refused, text.describe());
    QVERIFY2(text.err.contains("already taken by alice"), text.err.constData());
    const Run json = agent(u"bob"_s, { u"--json"_s, u"claim"_s, QString::number(id) });
    QCOMPARE(json.exitCode, int(Refused));
    QCOMPARE(json.errorCode(), u"claim_lost"_s);
    // Seen on the spot, so not kept in the outbox as a refusal to dismiss.
    const Run status = agent(u"bob"_s, { u"--json"_s, u"sync"_s, u"status"_s });
    QCOMPARE(status.object()[u"outboxRefused"_s].toInt(), 0);
    QCOMPARE(status.object()[u"outboxPending"_s].toInt(), 0);
}

void TestCli::transferAndRelease()
{
    const qint64 id = m_conversations.at(1);
    QCOMPARE(agent(u"alice"_s, { u"claim"_s, QString::number(id) }).exitCode, int(Success));
    const Run transfer =
        agent(u"alice"_s, { u"--json"_s, u"transfer"_s, QString::number(id), u"--to"_s, u"bob"_s });
    QVERIFY2(transfer.exitCode == Success, transfer.describe());
    QCOMPARE(transfer.object()[u"result"_s][u"to"_s].toString(), u"bob"_s);
    QVERIFY(ids(agent(u"bob"_s, { u"--json"_s, u"queue"_s, u"--mine"_s }).array()).contains(id));

    const Run release = agent(u"bob"_s, { u"release"_s, QString::number(id) });
    QVERIFY2(release.exitCode == Success, release.describe());
    const Run queued = agent(u"alice"_s, { u"--json"_s, u"queue"_s, u"--state"_s, u"queued"_s });
    QVERIFY(ids(queued.array()).contains(id));

    // Not held any more: a transfer is refused, and says why.
    const Run notMine = agent(u"bob"_s, { u"--json"_s, u"transfer"_s, QString::number(id) });
    QCOMPARE(notMine.exitCode, int(Refused));
    QCOMPARE(notMine.errorCode(), u"not_owner"_s);

    // Back to the queue without --to.
    QCOMPARE(agent(u"bob"_s, { u"claim"_s, u"next"_s }).exitCode, int(Success));
    const Run held = agent(u"bob"_s, { u"--json"_s, u"queue"_s, u"--mine"_s });
    QCOMPARE(held.array().size(), 1);
    const qint64 next = held.array().first()[u"id"_s].toInteger();
    QCOMPARE(agent(u"bob"_s, { u"transfer"_s, QString::number(next) }).exitCode, int(Success));
    QVERIFY(agent(u"bob"_s, { u"--json"_s, u"queue"_s, u"--mine"_s }).array().isEmpty());
}

void TestCli::redirectAndClose()
{
    const qint64 id = m_conversations.at(2);
    QCOMPARE(agent(u"alice"_s, { u"claim"_s, QString::number(id) }).exitCode, int(Success));
    const QString text =
        u"Signalez ce contenu sur Pharos : https://www.internet-signalement.gouv.fr"_s;
    const Run redirect =
        agent(u"alice"_s, { u"redirect"_s, QString::number(id), u"pharos"_s, u"--text"_s, text });
    QVERIFY2(redirect.exitCode == Success, redirect.describe());
    QCOMPARE(copiesOnServer(text), 1);
    QCOMPARE(agent(u"alice"_s, { u"redirect"_s, QString::number(id), u"nowhere"_s }).exitCode,
             int(Usage));

    const Run close = agent(
        u"alice"_s, { u"--json"_s, u"close"_s, QString::number(id), u"--outcome"_s, u"pharos"_s });
    QVERIFY2(close.exitCode == Success, close.describe());
    const Run closed = agent(u"alice"_s, { u"--json"_s, u"queue"_s, u"--state"_s, u"closed"_s });
    QCOMPARE(ids(closed.array()), QList<qint64> { id });
    QCOMPARE(closed.array().first()[u"outcome"_s].toString(), u"pharos"_s);
    QVERIFY(!ids(agent(u"alice"_s, { u"--json"_s, u"queue"_s }).array()).contains(id));

    // Closed: further commands are refused.
    const Run late =
        agent(u"alice"_s, { u"--json"_s, u"reply"_s, QString::number(id), u"encore"_s });
    QCOMPARE(late.exitCode, int(Refused));
    QCOMPARE(late.errorCode(), u"conversation_closed"_s);
}

void TestCli::flagOverrulesTriage()
{
    // A watcher of its own: m_chef's socket went unserviced while the earlier
    // tests waited on their processes.
    AgentClient watcher;
    QVERIFY(watcher.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    watcher.syncAll();
    const QString text = u"Une question sans urgence sur les drapeaux"_s;
    auto citizen = std::make_unique<CitizenClient>();
    QVERIFY(citizen->connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr));
    QVERIFY(citizen->say(text));
    m_citizens.push_back(std::move(citizen));
    const auto added = watcher.next<Protocol::Event>(10000, [&](const Protocol::Event &e) {
        return e.kind == EventKind::MessageAdded && e.data.value(u"text"_s).toString() == text;
    });
    QVERIFY(added);
    const qint64 id = added->conversation;
    const QString conversation = QString::number(id);
    // Bad command lines: no flag, a flag and its opposite, no conversation.
    QCOMPARE(agent(u"erin"_s, { u"flag"_s, conversation }).exitCode, int(Usage));
    QCOMPARE(agent(u"erin"_s, { u"flag"_s, conversation, u"--sgbv"_s, u"--no-sgbv"_s }).exitCode,
             int(Usage));
    QCOMPARE(agent(u"erin"_s, { u"flag"_s, u"--emergency"_s }).exitCode, int(Usage));

    // erin does not hold it and may still raise both flags (her first run logs in).
    QVERIFY(agent(u"erin"_s, { u"login"_s, u"--no-keychain"_s }).exitCode == Success);
    QVERIFY(agent(u"finn"_s, { u"login"_s, u"--no-keychain"_s }).exitCode == Success);
    const Run raised =
        agent(u"erin"_s, { u"--json"_s, u"flag"_s, conversation, u"--emergency"_s, u"--sgbv"_s });
    QVERIFY2(raised.exitCode == Success, raised.describe());
    QCOMPARE(raised.object()[u"result"_s][u"emergency"_s].toBool(), true);
    QCOMPARE(raised.object()[u"result"_s][u"sgbv"_s].toBool(), true);
    const auto updated = watcher.nextEvent(EventKind::ConversationUpdated, id);
    QVERIFY(updated);
    QCOMPARE(updated->data.value(u"agent"_s).toString(), u"erin"_s);
    // At the head of everyone's queue.
    const Run queue = agent(u"finn"_s, { u"--json"_s, u"queue"_s });
    QVERIFY2(queue.exitCode == Success, queue.describe());
    QCOMPARE(queue.array().first()[u"id"_s].toInteger(), id);
    QCOMPARE(queue.array().first()[u"emergency"_s].toBool(), true);

    // finn lowers the emergency: the violence flag stays.
    const Run lowered = agent(u"finn"_s, { u"flag"_s, conversation, u"--no-emergency"_s });
    QVERIFY2(lowered.exitCode == Success, lowered.describe());
    QVERIFY2(lowered.out.contains("emergency=false"), lowered.out.constData());
    const auto down = watcher.nextEvent(EventKind::ConversationUpdated, id);
    QVERIFY(down);
    QCOMPARE(down->data.value(u"agent"_s).toString(), u"finn"_s);
    QCOMPARE(down->data.value(u"emergency"_s).toBool(), false);
    const Run after = agent(u"finn"_s, { u"--json"_s, u"show"_s, conversation });
    QCOMPARE(after.object()[u"emergency"_s].toBool(), false);
    QCOMPARE(after.object()[u"sgbv"_s].toBool(), true);

    // No such conversation (or one the agent cannot see): 7.
    const Run missing = agent(u"finn"_s, { u"--json"_s, u"flag"_s, u"999999"_s, u"--sgbv"_s });
    QCOMPARE(missing.exitCode, int(NotFound));
    QCOMPARE(missing.errorCode(), u"not_found"_s);
    // Down again: the later tests' queues are as before.
    QCOMPARE(agent(u"finn"_s, { u"flag"_s, conversation, u"--no-sgbv"_s }).exitCode, int(Success));
}

void TestCli::offlineReplyGoesOutOnceOnTheNextSync()
{
    const qint64 id = m_conversations.at(3);
    QCOMPARE(agent(u"alice"_s, { u"claim"_s, QString::number(id) }).exitCode, int(Success));
    const QString text = u"Réponse écrite hors ligne"_s;
    const Run queued =
        agent(u"alice"_s, { u"--json"_s, u"--offline"_s, u"reply"_s, QString::number(id), text });
    QVERIFY2(queued.exitCode == Unavailable, queued.describe());
    QCOMPARE(queued.object()[u"status"_s].toString(), u"queued"_s);
    QVERIFY(!queued.object()[u"command"_s].toString().isEmpty());
    QCOMPARE(copiesOnServer(text), 0);

    const Run status = agent(u"alice"_s, { u"--json"_s, u"sync"_s, u"status"_s });
    QVERIFY2(status.exitCode == Success, status.describe());
    QCOMPARE(status.object()[u"outboxPending"_s].toInt(), 1);
    QCOMPARE(status.object()[u"login"_s].toString(), u"alice"_s);
    // Shown in the cache at once, as pending.
    const Run pending =
        agent(u"alice"_s, { u"--json"_s, u"--offline"_s, u"show"_s, QString::number(id) });
    QCOMPARE(pending.object()[u"messages"_s].toArray().last()[u"delivery"_s].toString(),
             u"pending"_s);

    const Run sync = agent(u"alice"_s, { u"--json"_s, u"sync"_s });
    QVERIFY2(sync.exitCode == Success, sync.describe());
    QCOMPARE(sync.object()[u"outboxPending"_s].toInt(), 0);
    QVERIFY(sync.object()[u"cursor"_s].toInteger() > 0);
    QCOMPARE(agent(u"alice"_s, { u"sync"_s }).exitCode, int(Success));
    QCOMPARE(copiesOnServer(text), 1); // sent, and once only
    QCOMPARE(agent(u"alice"_s, { u"--json"_s, u"sync"_s, u"status"_s })
                 .object()[u"outboxPending"_s]
                 .toInt(),
             0);
}

void TestCli::refusedOnTheNextSyncIsKeptUntilDismissed()
{
    const qint64 closed = m_conversations.at(2); // closed by redirectAndClose
    const Run queued =
        agent(u"alice"_s, { u"--offline"_s, u"reply"_s, QString::number(closed), u"trop tard"_s });
    QCOMPARE(queued.exitCode, int(Unavailable));
    const Run sync = agent(u"alice"_s, { u"--json"_s, u"sync"_s });
    QVERIFY2(sync.exitCode == Refused, sync.describe());
    const QJsonArray refused = sync.object()[u"refused"_s].toArray();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first()[u"code"_s].toString(), u"conversation_closed"_s);
    QCOMPARE(refused.first()[u"conversation"_s].toInteger(), closed);
    const QString command = refused.first()[u"command"_s].toString();

    // Kept, with its reason, until dismissed; a later sync is clean.
    QCOMPARE(agent(u"alice"_s, { u"sync"_s }).exitCode, int(Success));
    const Run status = agent(u"alice"_s, { u"--json"_s, u"sync"_s, u"status"_s });
    QCOMPARE(status.object()[u"outboxRefused"_s].toInt(), 1);
    QCOMPARE(status.object()[u"refusals"_s][0][u"command"_s].toString(), command);
    QCOMPARE(agent(u"alice"_s, { u"sync"_s, u"dismiss"_s }).exitCode, int(Usage));
    QCOMPARE(agent(u"alice"_s, { u"sync"_s, u"dismiss"_s, u"no-such-command"_s }).exitCode,
             int(NotFound));
    const Run dismissed = agent(u"alice"_s, { u"--json"_s, u"sync"_s, u"dismiss"_s, u"--all"_s });
    QVERIFY2(dismissed.exitCode == Success, dismissed.describe());
    QCOMPARE(dismissed.object()[u"dismissed"_s].toArray(), QJsonArray { command });
    QCOMPARE(agent(u"alice"_s, { u"--json"_s, u"sync"_s, u"status"_s })
                 .object()[u"outboxRefused"_s]
                 .toInt(),
             0);
}

void TestCli::storeInfo()
{
    const Run info = agent(u"alice"_s, { u"--json"_s, u"store"_s, u"info"_s });
    QVERIFY2(info.exitCode == Success, info.describe());
    const QJsonObject o = info.object();
    QCOMPARE(o[u"keyMethod"_s].toString(), u"passphrase"_s);
    QVERIFY(o[u"conversations"_s].toInt() >= m_conversations.size());
    QCOMPARE(o[u"outboxPending"_s].toInt(), 0);
    QVERIFY(o[u"schemaVersion"_s].toInt() >= 1);
    QVERIFY(!o[u"cipherVersion"_s].toString().isEmpty());
    QVERIFY(o[u"cursor"_s].toInteger() > 0);

    const Run locked = agent(u"alice"_s, { u"--json"_s, u"store"_s, u"info"_s },
                             { u"GUICHET_PASSPHRASE=wrong"_s });
    QCOMPARE(locked.exitCode, int(Locked));
    QCOMPARE(locked.errorCode(), u"wrong_key"_s);
    QCOMPARE(agent(u"alice"_s, { u"queue"_s }, { u"GUICHET_PASSPHRASE=wrong"_s }).exitCode,
             int(Locked));

    const Run absent =
        cli({ u"store"_s, u"info"_s, u"--store"_s, m_dir.filePath(u"none/cache.db"_s) });
    QCOMPARE(absent.exitCode, int(NotFound));

    // A damaged key file: a failure, reported as such.
    QDir().mkpath(m_dir.filePath(u"damaged"_s));
    const QString damaged = m_dir.filePath(u"damaged/cache.db"_s);
    for (const QString &file : QStringList { damaged, damaged + u".key"_s }) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
    }
    const Run broken = cli({ u"--json"_s, u"store"_s, u"info"_s, u"--store"_s, damaged },
                           { u"GUICHET_PASSPHRASE=p"_s });
    QCOMPARE(broken.exitCode, int(Failure));
    QCOMPARE(broken.errorCode(), u"storage_corrupt"_s);
}

void TestCli::storePurge()
{
    const qint64 closed = m_conversations.at(2); // closed by redirectAndClose
    const Run keep =
        agent(u"alice"_s, { u"--json"_s, u"store"_s, u"purge"_s, u"--days"_s, u"30"_s });
    QVERIFY2(keep.exitCode == Success, keep.describe());
    QCOMPARE(keep.object()[u"removed"_s].toInt(), 0);
    const int before = keep.object()[u"conversations"_s].toInt();

    const Run purge =
        agent(u"alice"_s, { u"--json"_s, u"store"_s, u"purge"_s, u"--days"_s, u"0"_s });
    QVERIFY2(purge.exitCode == Success, purge.describe());
    QCOMPARE(purge.object()[u"removed"_s].toInt(), 1);
    QCOMPARE(purge.object()[u"conversations"_s].toInt(), before - 1);
    const Run text = agent(u"alice"_s, { u"store"_s, u"purge"_s, u"--days"_s, u"0"_s });
    QCOMPARE(text.exitCode, int(Success));
    QVERIFY2(text.out.contains("0 closed conversation"), text.out.constData());

    // Gone from the cache, and a sync does not bring it back.
    QCOMPARE(agent(u"alice"_s, { u"--json"_s, u"show"_s, QString::number(closed) }).exitCode,
             int(NotFound));
    QCOMPARE(agent(u"alice"_s, { u"sync"_s }).exitCode, int(Success));
    const Run after =
        agent(u"alice"_s, { u"--json"_s, u"--offline"_s, u"queue"_s, u"--state"_s, u"closed"_s });
    QVERIFY(after.array().isEmpty());
}

void TestCli::storePassphrase()
{
    const QString keyFile = cachePath(u"bob"_s) + u".key"_s;
    const QString database = cachePath(u"bob"_s);
    const QByteArray keyBefore = readAll(keyFile);

    // Wrong old passphrase: refused, nothing touched.
    const Run wrong = agent(u"bob"_s, { u"--json"_s, u"store"_s, u"passphrase"_s },
                            { u"GUICHET_PASSPHRASE=wrong"_s, u"GUICHET_NEW_PASSPHRASE=new"_s });
    QCOMPARE(wrong.exitCode, int(Locked));
    QCOMPARE(wrong.errorCode(), u"wrong_key"_s);
    QCOMPARE(readAll(keyFile), keyBefore);

    // From the environment.
    QVERIFY(agent(u"bob"_s, { u"sync"_s }).exitCode == Success);
    const QByteArray databaseBefore = readAll(database);
    const Run changed = agent(u"bob"_s, { u"--json"_s, u"store"_s, u"passphrase"_s },
                              { u"GUICHET_NEW_PASSPHRASE=bob's second passphrase"_s });
    QVERIFY2(changed.exitCode == Success, changed.describe());
    QCOMPARE(changed.object()[u"changed"_s].toBool(), true);
    QCOMPARE(changed.object()[u"keyMethod"_s].toString(), u"passphrase"_s);
    QVERIFY(readAll(keyFile) != keyBefore);
    QCOMPARE(readAll(database), databaseBefore); // re-wrapped, not re-encrypted
    QCOMPARE(agent(u"bob"_s, { u"store"_s, u"info"_s }).exitCode, int(Locked));
    QCOMPARE(agent(u"bob"_s, { u"store"_s, u"info"_s },
                   { u"GUICHET_PASSPHRASE=bob's second passphrase"_s })
                 .exitCode,
             int(Success));

    // Typed twice on stdin; two different ones change nothing.
    const QStringList second { u"GUICHET_PASSWORD="_s + kPassword,
                               u"GUICHET_PASSPHRASE=bob's second passphrase"_s };
    const QStringList where { u"store"_s, u"passphrase"_s, u"--store"_s, database };
    const QByteArray keySecond = readAll(keyFile);
    const Run differ = cli(where, second, "one\ntwo\n");
    QCOMPARE(differ.exitCode, int(Usage));
    QVERIFY(differ.err.contains("differ"));
    QCOMPARE(readAll(keyFile), keySecond);
    const Run typed = cli(where, second, "bob's third passphrase\nbob's third passphrase\n");
    QVERIFY2(typed.exitCode == Success, typed.describe());
    QCOMPARE(agent(u"bob"_s, { u"queue"_s }, { u"GUICHET_PASSPHRASE=bob's third passphrase"_s })
                 .exitCode,
             int(Success));
    // Put back what agent() gives bob.
    QCOMPARE(cli(where,
                 { u"GUICHET_PASSPHRASE=bob's third passphrase"_s,
                   u"GUICHET_NEW_PASSPHRASE=bob passphrase"_s })
                 .exitCode,
             int(Success));
}

void TestCli::storePassphraseOfAKeychainCache()
{
    // The key file of a keychain cache holds no key: there is nothing to re-wrap.
    QDir().mkpath(m_dir.filePath(u"keychain"_s));
    const QString database = m_dir.filePath(u"keychain/cache.db"_s);
    const QByteArray keyFile = QJsonDocument(QJsonObject { { u"format"_s, 1 },
                                                           { u"method"_s, u"keychain"_s },
                                                           { u"cacheId"_s, u"test"_s },
                                                           { u"cipherMajor"_s, 3 } })
                                   .toJson();
    const QList<std::pair<QString, QByteArray>> files { { database, "encrypted" },
                                                        { database + u".key"_s, keyFile } };
    for (const auto &[file, bytes] : files) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const Run text = cli({ u"store"_s, u"passphrase"_s, u"--store"_s, database },
                         { u"GUICHET_NEW_PASSPHRASE=x"_s });
    QCOMPARE(text.exitCode, int(Success));
    QVERIFY2(text.out.contains("keychain") && text.out.contains("nothing was changed"),
             text.out.constData());
    const Run json = cli({ u"--json"_s, u"store"_s, u"passphrase"_s, u"--store"_s, database },
                         { u"GUICHET_NEW_PASSPHRASE=x"_s });
    QCOMPARE(json.object()[u"keyMethod"_s].toString(), u"keychain"_s);
    QCOMPARE(json.object()[u"changed"_s].toBool(), false);
    QCOMPARE(readAll(database + u".key"_s), keyFile);
    // Moving it needs the keychain, which this test run does not have.
    const Run move =
        cli({ u"store"_s, u"passphrase"_s, u"--from-keychain"_s, u"--store"_s, database },
            { u"GUICHET_NEW_PASSPHRASE=x"_s });
    QCOMPARE(move.exitCode, int(Locked));
    QCOMPARE(readAll(database + u".key"_s), keyFile);
}

void TestCli::storeWipe()
{
    const QString database = cachePath(u"bob"_s);
    const Run declined = cli({ u"store"_s, u"wipe"_s, u"--store"_s, database }, {}, "no\n");
    QCOMPARE(declined.exitCode, int(Failure));
    QVERIFY(declined.err.contains("nothing was deleted"));
    QVERIFY(QFile::exists(database));
    const Run eof = cli({ u"store"_s, u"wipe"_s, u"--store"_s, database });
    QCOMPARE(eof.exitCode, int(Failure));
    QVERIFY(QFile::exists(database));

    const Run wiped =
        cli({ u"--json"_s, u"store"_s, u"wipe"_s, u"--yes"_s, u"--store"_s, database });
    QVERIFY2(wiped.exitCode == Success, wiped.describe());
    QCOMPARE(wiped.object()[u"wiped"_s].toBool(), true);
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u".key"_s })
        QVERIFY2(!QFile::exists(database + suffix), qPrintable(suffix));
    QCOMPARE(agent(u"bob"_s, { u"store"_s, u"info"_s }).exitCode, int(NotFound));
    QCOMPARE(agent(u"bob"_s, { u"queue"_s }).exitCode, int(NotFound));

    // Confirmed on stdin.
    QVERIFY(agent(u"dave"_s, { u"login"_s, u"--no-keychain"_s }).exitCode == Success);
    QCOMPARE(
        cli({ u"store"_s, u"wipe"_s, u"--store"_s, cachePath(u"dave"_s) }, {}, "yes\n").exitCode,
        int(Success));
    QVERIFY(!QFile::exists(cachePath(u"dave"_s)));
}

void TestCli::accountCutOff()
{
    // A supervisor's remote wipe: the next contact deletes the cache.
    QVERIFY(agent(u"carol"_s, { u"login"_s, u"--no-keychain"_s }).exitCode == Success);
    QCOMPARE(m_server.admin({ u"agent"_s, u"wipe"_s, u"carol"_s }), 0);
    const Run wiped = agent(u"carol"_s, { u"--json"_s, u"sync"_s });
    QVERIFY2(wiped.exitCode == AuthFailed, wiped.describe());
    QVERIFY(!QFile::exists(cachePath(u"carol"_s)));
    QVERIFY(!QFile::exists(cachePath(u"carol"_s) + u".key"_s));

    // A disabled account.
    QVERIFY(agent(u"dave"_s, { u"login"_s, u"--no-keychain"_s }).exitCode == Success);
    QCOMPARE(m_server.admin({ u"agent"_s, u"disable"_s, u"dave"_s }), 0);
    const Run disabled = agent(u"dave"_s, { u"--json"_s, u"queue"_s });
    QVERIFY2(disabled.exitCode == AuthFailed, disabled.describe());
    QCOMPARE(disabled.errorCode(), u"account_disabled"_s);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
