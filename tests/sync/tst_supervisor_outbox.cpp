// Supervisors' actions from a workstation (issue 18, docs/supervision.md), against the real
// server on loopback: queued in the encrypted outbox while offline, applied once when the
// link comes back, and seen in the supervisor's log of actions (who, why); an enrolment
// code asked online only, never queued; a reservist's first login with it creating the
// account, and the same code refused the second time.
#include "app/store/cache.h"
#include "app/sync/syncengine.h"
#include "frameclients.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"supervisor outbox password"_s;
const QString kPassphrase = u"cache passphrase"_s;

bool waitFor(const std::function<bool()> &done, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        pumpEvents(20);
    return done();
}

} // namespace

class TestSupervisorOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionsWaitInTheOutboxAndApplyOnce();
    void enrolmentCodeIsAskedOnlineAndUsedOnce();

private:
    struct Workstation
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<SyncEngine> engine;
    };
    //! A new cache for @p login, and its engine (not started), logging in with the password.
    bool create(Workstation &w, const QString &login);
    QJsonArray supervisorActions(Store &store);

    ServerProcess m_server;
    QTemporaryDir m_dir;
    Workstation m_chef;
};

bool TestSupervisorOutbox::create(Workstation &w, const QString &login)
{
    const QString path = m_dir.filePath(login + u".db"_s);
    Cache::CreateOptions options;
    options.method = KeyVault::Method::Passphrase;
    options.passphrase = kPassphrase;
    options.cost = KdfCost::minimum();
    if (!Cache::create(path, options).ok())
        return false;
    auto store = Cache::open(path, kPassphrase);
    if (!store)
        return false;
    w.store = std::move(*store);
    SyncEngine::Settings settings;
    settings.server = m_server.httpUrl();
    settings.minBackoffMs = 100;
    settings.maxBackoffMs = 500;
    w.engine = std::make_unique<SyncEngine>(w.store.get(), settings);
    w.engine->setPassword(login, kPassword);
    return true;
}

QJsonArray TestSupervisorOutbox::supervisorActions(Store &store)
{
    return QJsonDocument::fromJson(store.setting(u"supervisorActions"_s).value_or(QByteArray()))
        .array();
}

void TestSupervisorOutbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(m_server.addAgent(u"alice"_s, kPassword));
    QVERIFY(create(m_chef, u"chef"_s));
}

void TestSupervisorOutbox::actionsWaitInTheOutboxAndApplyOnce()
{
    // Offline (not started yet): the actions wait in the outbox.
    const FaqEntry entry { u"alerte-enlevement"_s,
                           Language::Fr,
                           u"Que faire si j'ai vu l'enfant de l'alerte ?"_s,
                           u"Appelez le 197 immédiatement."_s,
                           {},
                           {} };
    const auto edit = m_chef.engine->supervise(
        CommandOp::EditFaq, 0, { { u"entry"_s, entry.toJson() }, { u"reason"_s, u"alerte"_s } });
    QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().message));
    const auto disable = m_chef.engine->supervise(
        CommandOp::DisableAgent, 0,
        { { u"login"_s, u"alice"_s }, { u"reason"_s, u"poste compromis"_s } });
    QVERIFY(disable.ok());
    // Without a reason, refused before it is queued.
    QVERIFY(
        !m_chef.engine->supervise(CommandOp::EnableAgent, 0, { { u"login"_s, u"alice"_s } }).ok());
    QCOMPARE(m_chef.engine->pendingCount(), 2);

    QSignalSpy acks(m_chef.engine.get(), &SyncEngine::commandAcknowledged);
    m_chef.engine->start();
    QVERIFY(waitFor([&] { return acks.size() == 2; }));
    QCOMPARE(m_chef.engine->pendingCount(), 0);
    for (const QList<QVariant> &ack : std::as_const(acks)) {
        if (ack.at(0).toString() == *edit)
            QVERIFY(ack.at(1).toJsonObject().value(u"changed"_s).toBool());
        else
            QVERIFY(ack.at(1).toJsonObject().value(u"disabled"_s).toBool());
    }
    // The supervisor's log of actions, from the event stream: who, what, why.
    QVERIFY(waitFor([&] { return supervisorActions(*m_chef.store).size() >= 2; }));
    const QJsonArray actions = supervisorActions(*m_chef.store);
    QStringList seen;
    for (const QJsonValue &action : actions) {
        QCOMPARE(action[u"by"_s].toString(), u"chef"_s);
        QVERIFY(action[u"at"_s].toInteger() > 0);
        seen.append(action[u"action"_s].toString() + u'|' + action[u"reason"_s].toString());
    }
    QVERIFY2(seen.contains(u"faq_edit|alerte"_s), qPrintable(seen.join(u", "_s)));
    QVERIFY(seen.contains(u"disable_agent|poste compromis"_s));
    // Applied once: alice cannot log in, the entry is in the base once.
    AgentClient alice;
    QVERIFY(!alice.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"alice"_s, kPassword));
    QByteArray exported;
    QCOMPARE(m_server.admin({ u"faq"_s, u"export"_s }, {}, &exported), 0);
    QCOMPARE(exported.count("alerte-enlevement"), 1);
}

void TestSupervisorOutbox::enrolmentCodeIsAskedOnlineAndUsedOnce()
{
    QSignalSpy answers(m_chef.engine.get(), &SyncEngine::queryAnswered);
    // No surge: refused, and said.
    const auto early = m_chef.engine->query(CommandOp::EnrolmentCode, {});
    QVERIFY(early.ok());
    QVERIFY(waitFor([&] { return answers.size() == 1; }));
    QCOMPARE(answers.at(0).at(1).toBool(), false);
    QCOMPARE(answers.at(0).at(3).value<ErrorCode>(), ErrorCode::InvalidState);
    QCOMPARE(m_chef.engine->pendingCount(), 0); // never queued

    QCOMPARE(m_server.admin({ u"surge"_s, u"on"_s }), 0);
    const auto asked = m_chef.engine->query(CommandOp::EnrolmentCode, { { u"accountHours"_s, 8 } });
    QVERIFY(asked.ok());
    QVERIFY(waitFor([&] { return answers.size() == 2; }));
    QCOMPARE(answers.at(1).at(0).toString(), *asked);
    QVERIFY(answers.at(1).at(1).toBool());
    const QString code = answers.at(1).at(2).toJsonObject().value(u"code"_s).toString();
    QCOMPARE(code.size(), 11);

    // The reservist's first run: the login creates the account.
    Workstation reservist;
    QVERIFY(create(reservist, u"res.sync"_s));
    reservist.engine->setEnrolment(code, u"Sam Réserve"_s);
    QSignalSpy loggedIn(reservist.engine.get(), &SyncEngine::loggedIn);
    reservist.engine->start();
    QVERIFY(waitFor([&] { return loggedIn.size() == 1; }));
    const auto agent = reservist.engine->agent();
    QVERIFY(agent);
    QCOMPARE(agent->role, Role::Reservist);
    QCOMPARE(agent->name, u"Sam Réserve"_s);

    // The same code a second time: refused, with the reason for whoever typed it.
    Workstation second;
    QVERIFY(create(second, u"res.again"_s));
    second.engine->setEnrolment(code, {});
    QSignalSpy refused(second.engine.get(), &SyncEngine::credentialsRequired);
    second.engine->start();
    QVERIFY(waitFor([&] { return refused.size() == 1; }));
    QVERIFY2(refused.first().at(0).toString().contains(u"invalid or expired enrolment code"_s),
             qPrintable(refused.first().at(0).toString()));

    // The surge ends: the reservist's session with it.
    QCOMPARE(m_server.admin({ u"surge"_s, u"off"_s }), 0);
    QVERIFY(waitFor([&] { return reservist.engine->state() != SyncEngine::State::Online; }));
}

QTEST_GUILESS_MAIN(TestSupervisorOutbox)
#include "tst_supervisor_outbox.moc"
