// Supervisors' actions and the surge (issue 18, docs/supervision.md), on the real
// server in this process (so its Clock is a ManualClock the test moves on) over
// loopback WebSockets, on SQLite and PostgreSQL: each action applied, refused to a
// plain agent, in the event log and the audit log with its reason; a reassignment
// seen by both agents; the wait notice a waiting web-chat citizen gets; enrolment
// codes (single use, expiry, wrong codes answered alike, throttled) and the
// reservist's account ending with the surge at once.
#include "frameclients.h"
#include "protocol/uuid.h"
#include "server/conversations/conversationservice.h"
#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/server.h"
#include "server/storage/storage.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Protocol;
using namespace Guichet::Server;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"a long enough password"_s;

} // namespace

class TestServerSurge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void agentsAreRefusedEveryAction();
    void reassignMovesTheConversation();
    void disableAndWipe();
    void knowledgeBaseAndRedirects();
    void surgeEnrolmentAndItsEnd();

private:
    QUrl wsUrl(const QString &path) const
    {
        QUrl url(m_server->url() + path);
        url.setScheme(u"ws"_s);
        return url;
    }
    QUrl agentUrl() const { return wsUrl(u"/agent"_s); }
    bool addAgent(const QString &login, Role role, const QString &team = u"bnum"_s);
    //! hello, then a login with an enrolment code: the welcome or the error frame.
    std::variant<Welcome, ErrorFrame, std::monostate>
    enrol(AgentClient &client, const QString &code, const QString &login);
    //! Audit records of @p action, newest last.
    QList<AuditLog::AuditRecord> audits(const QString &action);
    //! The chef's next supervisor event for @p action (about @p conversation, if not 0).
    std::optional<Event> supervisorEvent(const QString &action, qint64 conversation = 0,
                                         int timeoutMs = 5000);
    qint64 openChat(CitizenClient &citizen, const QString &text);

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime::currentMSecsSinceEpoch() };
    std::unique_ptr<Guichet::Server::Server> m_server;
    AgentClient m_chef;
    AgentClient m_alice;
    AgentClient m_bob;
};

bool TestServerSurge::addAgent(const QString &login, Role role, const QString &team)
{
    Storage &storage = m_server->storage();
    AgentRecord agent;
    agent.login = login;
    agent.name = login;
    agent.role = role;
    agent.team = team;
    agent.languages = { Language::Fr, Language::En };
    agent.passwordHash = Secrets::hashPassword(kPassword);
    return bool(storage.database().transaction(
        [&] { return storage.agentStore().insertAgent(agent, m_clock.nowMs()); }));
}

void TestServerSurge::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ServerOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.dataDir = m_dir.path();
    if (usePostgres())
        options.database = createPostgresDatabase();
    options.config = { { u"routing"_s,
                         QJsonObject { { u"surge"_s, QJsonObject { { u"capacity"_s, 15 } } } } } };
    m_server = std::make_unique<Guichet::Server::Server>(options, m_clock);
    auto started = m_server->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    QVERIFY(addAgent(u"chef"_s, Role::Supervisor));
    QVERIFY(addAgent(u"alice"_s, Role::Gendarme));
    QVERIFY(addAgent(u"bob"_s, Role::Gendarme));
    QVERIFY(m_chef.connectAndLogin(agentUrl(), u"chef"_s, kPassword));
    m_chef.syncAll();
    QVERIFY(m_alice.connectAndLogin(agentUrl(), u"alice"_s, kPassword));
    m_alice.syncAll();
    QVERIFY(m_bob.connectAndLogin(agentUrl(), u"bob"_s, kPassword));
    m_bob.syncAll();
}

void TestServerSurge::cleanupTestCase()
{
    m_chef.close();
    m_alice.close();
    m_bob.close();
    m_server.reset();
}

std::variant<Welcome, ErrorFrame, std::monostate>
TestServerSurge::enrol(AgentClient &client, const QString &code, const QString &login)
{
    if (!client.isConnected() && !client.open(agentUrl()))
        return std::monostate {};
    client.send(Hello { kVersion, u"tst_server_surge"_s });
    if (!client.next<Hello>(10000))
        return std::monostate {};
    client.send(Login { login, kPassword, {}, code, u"Lou Réserviste"_s });
    for (int i = 0; i < 100; ++i) {
        if (auto welcome = client.next<Welcome>(100))
            return *welcome;
        if (auto error = client.next<ErrorFrame>(100))
            return *error;
    }
    return std::monostate {};
}

QList<AuditLog::AuditRecord> TestServerSurge::audits(const QString &action)
{
    QList<AuditLog::AuditRecord> found;
    auto records = m_server->storage().auditLog().auditRecords(0, 100000);
    if (!records)
        return found;
    for (const auto &record : *records) {
        if (record.action == action)
            found.append(record);
    }
    return found;
}

std::optional<Event> TestServerSurge::supervisorEvent(const QString &action, qint64 conversation,
                                                      int timeoutMs)
{
    return m_chef.next<Event>(timeoutMs, [&](const Event &e) {
        return e.kind == EventKind::SupervisorAction
            && e.data.value(u"action"_s).toString() == action
            && (conversation == 0 || e.data.value(u"conversation"_s).toInteger() == conversation);
    });
}

qint64 TestServerSurge::openChat(CitizenClient &citizen, const QString &text)
{
    if (!citizen.connectAndHello(wsUrl(u"/chat"_s), Language::En))
        return 0;
    if (!citizen.say(text))
        return 0;
    const auto opened = m_chef.nextEvent(EventKind::ConversationOpened, 0, 10000);
    return opened ? opened->conversation : 0;
}

void TestServerSurge::agentsAreRefusedEveryAction()
{
    // Checked on the server: a gendarme's client sending them gets "forbidden".
    const QList<std::pair<CommandOp, QJsonObject>> actions {
        { CommandOp::DisableAgent, { { u"login"_s, u"bob"_s }, { u"reason"_s, u"test"_s } } },
        { CommandOp::EnableAgent, { { u"login"_s, u"bob"_s }, { u"reason"_s, u"test"_s } } },
        { CommandOp::OrderWipe, { { u"login"_s, u"bob"_s }, { u"reason"_s, u"test"_s } } },
        { CommandOp::ClearWipe, { { u"login"_s, u"bob"_s }, { u"reason"_s, u"test"_s } } },
        { CommandOp::StartSurge, { { u"reason"_s, u"test"_s } } },
        { CommandOp::StopSurge, { { u"reason"_s, u"test"_s } } },
        { CommandOp::EnrolmentCode, {} },
        { CommandOp::EditFaq,
          { { u"entry"_s,
              QJsonObject { { u"id"_s, u"x"_s },
                            { u"lang"_s, u"fr"_s },
                            { u"question"_s, u"Q ?"_s },
                            { u"answer"_s, u"R."_s } } } } },
    };
    for (const auto &[op, args] : actions) {
        const Ack ack = m_alice.command(op, 0, args);
        QVERIFY2(!ack.ok && ack.code == ErrorCode::Forbidden, qPrintable(wireName(op)));
    }
    QVERIFY(!m_server->service().surge().active);
    QVERIFY(m_server->storage().agentStore().agent(u"bob"_s)->isActive(m_clock.nowMs()));
    // A reason is required of a supervisor too: the frame is refused as invalid.
    m_chef.send(Command { newUuid(), CommandOp::DisableAgent, 0, { { u"login"_s, u"bob"_s } } });
    const auto noReason = m_chef.next<ErrorFrame>(5000);
    QVERIFY(noReason);
    QCOMPARE(noReason->code, ErrorCode::MissingField);
    QCOMPARE(noReason->field, u"args.reason"_s);
}

void TestServerSurge::reassignMovesTheConversation()
{
    CitizenClient citizen;
    const qint64 id = openChat(citizen, u"Hello, my bike was stolen."_s);
    QVERIFY(id > 0);
    QVERIFY(m_alice.claim(id).ok);

    // A gendarme cannot reassign, even what they hold.
    QCOMPARE(
        m_alice
            .command(CommandOp::Reassign, id, { { u"to"_s, u"bob"_s }, { u"reason"_s, u"mine"_s } })
            .code,
        ErrorCode::Forbidden);

    m_alice.clear();
    m_bob.clear();
    const Ack moved = m_chef.command(CommandOp::Reassign, id,
                                     { { u"to"_s, u"bob"_s }, { u"reason"_s, u"alice is off"_s } });
    QVERIFY2(moved.ok, qPrintable(moved.message));
    QCOMPARE(m_server->storage().conversationStore().conversation(id)->owner, u"bob"_s);
    // Both workstations see it move: from alice, to bob.
    for (AgentClient *client : { &m_alice, &m_bob }) {
        const auto claimed = client->next<Event>(5000, [id](const Event &e) {
            return e.kind == EventKind::ConversationClaimed && e.conversation == id
                && e.data.value(u"reason"_s).toString() == u"reassigned"_s;
        });
        QVERIFY(claimed);
        QCOMPARE(claimed->data.value(u"agent"_s).toString(), u"bob"_s);
        QCOMPARE(claimed->data.value(u"from"_s).toString(), u"alice"_s);
        QCOMPARE(claimed->data.value(u"reason"_s).toString(), u"reassigned"_s);
    }
    // Alice no longer holds it: her reply is refused.
    QCOMPARE(
        m_alice
            .command(CommandOp::Reply, id, { { u"message"_s, newUuid() }, { u"text"_s, u"Hi"_s } })
            .code,
        ErrorCode::NotOwner);
    // This conversation's: another function's reassignments (the surge gives the
    // reservist a chat) may still wait unread in the chef's frames.
    const auto logged = supervisorEvent(u"reassign"_s, id);
    QVERIFY(logged);
    QCOMPARE(logged->data.value(u"by"_s).toString(), u"chef"_s);
    QCOMPARE(logged->data.value(u"reason"_s).toString(), u"alice is off"_s);
    QCOMPARE(logged->data.value(u"to"_s).toString(), u"bob"_s);
    // Agents do not see the supervisors' log.
    QVERIFY(!m_bob.next<Event>(
        300, [](const Event &e) { return e.kind == EventKind::SupervisorAction; }));

    // Back to the queue.
    const Ack queued =
        m_chef.command(CommandOp::Reassign, id, { { u"reason"_s, u"bob needs a break"_s } });
    QVERIFY2(queued.ok, qPrintable(queued.message));
    const auto released = m_bob.nextEvent(EventKind::ConversationReleased, id);
    QVERIFY(released);
    QCOMPARE(released->data.value(u"reason"_s).toString(), u"reassigned"_s);
    QCOMPARE(m_server->storage().conversationStore().conversation(id)->state,
             ConversationState::Queued);

    QList<AuditLog::AuditRecord> records;
    for (const auto &record : audits(u"reassign"_s)) {
        if (record.conversation == id)
            records.append(record);
    }
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].actor, u"chef"_s);
    QCOMPARE(records[0].conversation, id);
    QVERIFY(records[0].details.contains(u"alice is off"_s));
}

void TestServerSurge::disableAndWipe()
{
    QVERIFY(addAgent(u"carl"_s, Role::Gendarme));
    AgentClient carl;
    QVERIFY(carl.connectAndLogin(agentUrl(), u"carl"_s, kPassword));
    carl.syncAll();

    QElapsedTimer cut;
    cut.start();
    const Ack disabled = m_chef.command(CommandOp::DisableAgent, 0,
                                        { { u"login"_s, u"carl"_s }, { u"reason"_s, u"left"_s } });
    QVERIFY2(disabled.ok, qPrintable(disabled.message));
    // Cut by the command, not by his token's expiry: the server's clock is the
    // test's ManualClock, which has not moved, so nothing else could close the
    // session. How fast is the machine's business (a 1.5 s bound failed under load).
    QVERIFY(carl.waitClosed(30000));
    qInfo() << "cut off" << cut.elapsed() << "ms after the command";
    QVERIFY(m_server->storage().agentStore().agent(u"carl"_s)->disabled);
    QVERIFY(supervisorEvent(u"disable_agent"_s));
    AgentClient again;
    QVERIFY(!again.connectAndLogin(agentUrl(), u"carl"_s, kPassword));

    QVERIFY(m_chef
                .command(CommandOp::EnableAgent, 0,
                         { { u"login"_s, u"carl"_s }, { u"reason"_s, u"back"_s } })
                .ok);
    QVERIFY(supervisorEvent(u"enable_agent"_s));
    AgentClient back;
    QVERIFY(back.connectAndLogin(agentUrl(), u"carl"_s, kPassword));
    back.syncAll();

    // A wipe: the workstation is told to destroy its cache, and cut off.
    QVERIFY(m_chef
                .command(CommandOp::OrderWipe, 0,
                         { { u"login"_s, u"carl"_s }, { u"reason"_s, u"laptop stolen"_s } })
                .ok);
    QVERIFY(back.next<Wipe>(30000));
    QVERIFY(m_server->storage().agentStore().agent(u"carl"_s)->wipeRequested);
    QVERIFY(m_chef
                .command(CommandOp::ClearWipe, 0,
                         { { u"login"_s, u"carl"_s }, { u"reason"_s, u"laptop found"_s } })
                .ok);
    QVERIFY(!m_server->storage().agentStore().agent(u"carl"_s)->wipeRequested);
    // Not one's own account.
    QCOMPARE(m_chef
                 .command(CommandOp::DisableAgent, 0,
                          { { u"login"_s, u"chef"_s }, { u"reason"_s, u"x"_s } })
                 .code,
             ErrorCode::InvalidValue);
    for (const QString &action :
         { u"disable_agent"_s, u"enable_agent"_s, u"order_wipe"_s, u"clear_wipe"_s }) {
        const auto records = audits(action);
        QVERIFY2(!records.isEmpty(), qPrintable(action));
        QCOMPARE(records.last().actor, u"chef"_s);
        QVERIFY(records.last().details.contains(u"reason"_s));
    }
}

void TestServerSurge::knowledgeBaseAndRedirects()
{
    const QJsonObject entry { { u"id"_s, u"surge-hotline"_s },
                              { u"lang"_s, u"fr"_s },
                              { u"question"_s, u"Quel numéro pendant l'alerte ?"_s },
                              { u"answer"_s, u"Appelez le 197."_s } };
    const Ack added = m_chef.command(CommandOp::EditFaq, 0,
                                     { { u"entry"_s, entry }, { u"reason"_s, u"alerte"_s } });
    QVERIFY2(added.ok, qPrintable(added.message));
    QVERIFY(added.result.value(u"changed"_s).toBool());
    // Every workstation gets it through sync.
    const auto updated = m_alice.next<Event>(5000, [](const Event &e) {
        return e.kind == EventKind::FaqUpdated
            && e.data[u"entry"_s][u"id"_s].toString() == u"surge-hotline"_s;
    });
    QVERIFY(updated);
    QVERIFY(m_server->storage().faqStore().faqEntry(u"surge-hotline"_s, Language::Fr));
    QVERIFY(supervisorEvent(u"faq_edit"_s));
    // The same again changes nothing.
    const Ack same = m_chef.command(CommandOp::EditFaq, 0, { { u"entry"_s, entry } });
    QVERIFY(same.ok);
    QVERIFY(!same.result.value(u"changed"_s).toBool());
    // Retired with a reason.
    QVERIFY(m_chef
                .command(CommandOp::RetireFaq, 0,
                         { { u"id"_s, u"surge-hotline"_s }, { u"reason"_s, u"alerte levée"_s } })
                .ok);
    QVERIFY(!m_server->storage().faqStore().faqEntry(u"surge-hotline"_s, Language::Fr));

    // Redirect definitions: the current document, one label changed.
    auto current = m_server->storage().settingsStore().setting(u"redirects"_s);
    QVERIFY(current);
    QJsonObject definitions = QJsonDocument::fromJson(current->toUtf8()).object();
    const qint64 before = definitions.value(u"version"_s).toInteger();
    definitions.insert(u"version"_s, before);
    QJsonArray targets = definitions.value(u"redirects"_s).toArray();
    QVERIFY(!targets.isEmpty());
    QJsonObject first = targets[0].toObject();
    first.insert(u"url"_s, u"https://www.internet-signalement.gouv.fr/surge"_s);
    targets[0] = first;
    definitions.insert(u"redirects"_s, targets);
    const Ack redirects = m_chef.command(
        CommandOp::SetRedirects, 0,
        { { u"definitions"_s, definitions }, { u"reason"_s, u"nouvelle adresse"_s } });
    QVERIFY2(redirects.ok, qPrintable(redirects.message));
    QVERIFY(redirects.result.value(u"version"_s).toInteger() > before);
    QVERIFY(m_alice.nextEvent(EventKind::RedirectsUpdated));
    QVERIFY(supervisorEvent(u"redirects_edit"_s));
    // The audit names the documents by id and the version made, without copying them.
    const auto faqAudits = audits(u"edit_faq"_s);
    QCOMPARE(faqAudits.size(), 2);
    const QJsonObject faqDetails = QJsonDocument::fromJson(faqAudits[0].details.toUtf8()).object();
    QCOMPARE(faqDetails[u"entry"_s][u"id"_s].toString(), u"surge-hotline"_s);
    QCOMPARE(faqDetails[u"entry"_s][u"version"_s].toInteger(),
             added.result.value(u"version"_s).toInteger());
    QVERIFY(!faqAudits[0].details.contains(u"197"_s));
    const auto redirectAudits = audits(u"set_redirects"_s);
    QCOMPARE(redirectAudits.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(redirectAudits[0].details.toUtf8())
                 .object()[u"definitions"_s][u"version"_s]
                 .toInteger(),
             redirects.result.value(u"version"_s).toInteger());
    QVERIFY(!redirectAudits[0].details.contains(u"internet-signalement"_s));
}

void TestServerSurge::surgeEnrolmentAndItsEnd()
{
    // No code without a surge.
    QCOMPARE(m_chef.command(CommandOp::EnrolmentCode, 0, {}).code, ErrorCode::InvalidState);

    // A citizen waits on the web chat when the surge starts: told how long.
    CitizenClient citizen;
    const qint64 waiting = openChat(citizen, u"Hello, I saw the child from the alert."_s);
    QVERIFY(waiting > 0);
    const Ack started = m_chef.command(CommandOp::StartSurge, 0,
                                       { { u"reason"_s, u"alerte enlèvement"_s },
                                         { u"channels"_s, QJsonArray { u"webchat"_s } } });
    QVERIFY2(started.ok, qPrintable(started.message));
    QVERIFY(m_server->service().surge().active);
    QVERIFY(supervisorEvent(u"surge_on"_s));
    const auto notice = citizen.next<CitizenMessage>(10000, [](const CitizenMessage &m) {
        return m.author == Author::System && m.text.contains(u"writing to us right now"_s);
    });
    QVERIFY(notice);
    // The configured surge capacity: 15 for everyone while it lasts.
    QCOMPARE(m_server->service().capacityOf(*m_server->storage().agentStore().agent(u"alice"_s)),
             15);
    QCOMPARE(audits(u"start_surge"_s).size(), 1);

    // Codes: short, typeable, single use, expiring; only their digest is stored.
    const Ack made = m_chef.command(CommandOp::EnrolmentCode, 0,
                                    { { u"reason"_s, u"renforts"_s }, { u"validMinutes"_s, 30 } });
    QVERIFY2(made.ok, qPrintable(made.message));
    const QString code = made.result.value(u"code"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9A-Z]{5}-[0-9A-Z]{5}$"_s).match(code).hasMatch(),
             qPrintable(code));
    QCOMPARE(made.result.value(u"expiresAt"_s).toInteger(), m_clock.nowMs() + 30 * 60 * 1000);
    QVERIFY(supervisorEvent(u"enrolment_code"_s));
    {
        QSqlQuery rows = m_server->storage().database().adHoc();
        QVERIFY(rows.exec(u"SELECT digest FROM enrolment_codes"_s));
        int count = 0;
        while (rows.next()) {
            ++count;
            QVERIFY(!rows.value(0).toString().contains(code.left(5), Qt::CaseInsensitive));
        }
        QCOMPARE(count, 1);
    }

    // Typed in lower case with a space: the same code. The reservist is in.
    AgentClient reservist;
    QString typed = code.toLower();
    typed.replace(u'-', u' ');
    auto first = enrol(reservist, typed, u"res.lou"_s);
    QVERIFY(std::holds_alternative<Welcome>(first));
    const Welcome welcome = std::get<Welcome>(first);
    QCOMPARE(welcome.agent.role, Role::Reservist);
    const auto account = m_server->storage().agentStore().agent(u"res.lou"_s);
    QVERIFY(account && account->expiresAt == m_clock.nowMs() + 12ll * 3600 * 1000);
    QVERIFY(supervisorEvent(u"enrolled"_s));
    QCOMPARE(audits(u"enrolled"_s).size(), 1);
    QCOMPARE(audits(u"enrolled"_s).first().actor, u"res.lou"_s);
    reservist.syncAll();
    // The supervisor gives the reservist the waiting chat (the surge covers web chat).
    const Ack given = m_chef.command(CommandOp::Reassign, waiting,
                                     { { u"to"_s, u"res.lou"_s }, { u"reason"_s, u"renfort"_s } });
    QVERIFY2(given.ok, qPrintable(given.message));
    QVERIFY(reservist.next<Event>(5000, [waiting](const Event &e) {
        return e.kind == EventKind::ConversationClaimed && e.conversation == waiting;
    }));

    // Used: the same code again is refused, saying nothing more.
    AgentClient second;
    auto reuse = enrol(second, code, u"res.max"_s);
    QVERIFY(std::holds_alternative<ErrorFrame>(reuse));
    QCOMPARE(std::get<ErrorFrame>(reuse).code, ErrorCode::LoginFailed);
    const QString refusal = std::get<ErrorFrame>(reuse).message;
    QVERIFY(!m_server->storage().agentStore().agent(u"res.max"_s));

    // Expired: valid 30 minutes, tried after 31.
    const Ack other = m_chef.command(CommandOp::EnrolmentCode, 0, { { u"validMinutes"_s, 30 } });
    QVERIFY(other.ok);
    m_clock.advance(31 * 60 * 1000);
    AgentClient late;
    auto expired = enrol(late, other.result.value(u"code"_s).toString(), u"res.max"_s);
    QVERIFY(std::holds_alternative<ErrorFrame>(expired));
    QCOMPARE(std::get<ErrorFrame>(expired).message, refusal);

    // Wrong: the same answer.
    AgentClient wrong;
    auto unknown = enrol(wrong, u"ABCDE-FGHJK"_s, u"res.max"_s);
    QVERIFY(std::holds_alternative<ErrorFrame>(unknown));
    QCOMPARE(std::get<ErrorFrame>(unknown).code, ErrorCode::LoginFailed);
    QCOMPARE(std::get<ErrorFrame>(unknown).message, refusal);
    // Three failures from this address: the fourth guess waits, like a password.
    AgentClient fourth;
    auto throttled = enrol(fourth, u"ABCDE-FGHJM"_s, u"res.max"_s);
    QVERIFY(std::holds_alternative<ErrorFrame>(throttled));
    QCOMPARE(std::get<ErrorFrame>(throttled).code, ErrorCode::RateLimited);

    // The surge ends: the enrolled reservist is cut off at once, for good.
    QElapsedTimer cut;
    cut.start();
    const Ack stopped =
        m_chef.command(CommandOp::StopSurge, 0, { { u"reason"_s, u"enfant retrouvé"_s } });
    QVERIFY2(stopped.ok, qPrintable(stopped.message));
    QCOMPARE(stopped.result.value(u"ended"_s).toArray(), QJsonArray { u"res.lou"_s });
    // By the command, however slow the machine: the ManualClock moved 31 minutes
    // since the login, far from the token's 12 h, and nothing else ends a session.
    QVERIFY(reservist.waitClosed(30000));
    qInfo() << "cut off" << cut.elapsed() << "ms after the command";
    QVERIFY(m_server->storage().agentStore().agent(u"res.lou"_s)->disabled);
    // What the reservist held is back in the queue at once.
    const auto back = m_server->storage().conversationStore().conversation(waiting);
    QCOMPARE(back->state, ConversationState::Queued);
    QVERIFY(back->owner.isEmpty());
    AgentClient relogin;
    QVERIFY(!relogin.connectAndLogin(agentUrl(), u"res.lou"_s, kPassword));
    QVERIFY(supervisorEvent(u"surge_off"_s));
    QCOMPARE(audits(u"stop_surge"_s).size(), 1);
    QVERIFY(!audits(u"agent_disable"_s).isEmpty());
    QCOMPARE(m_server->service().capacityOf(*m_server->storage().agentStore().agent(u"alice"_s)),
             10);
}

QTEST_GUILESS_MAIN(TestServerSurge)
#include "tst_server_surge.moc"
