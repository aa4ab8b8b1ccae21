// Queue timing and routing: SLA states computed by the server and sent as
// events, push assignment to available agents by language and load.
#include "frameclients.h"
#include "protocol/uuid.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Protocol;
using namespace Guichet::Test;

namespace {
const QString kPassword = u"routing password"_s;
}

class TestServerRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void slaTurnsAtRiskThenBreachedAndAnswerResetsIt();
    void manyChatsTurnAtRiskTogetherOnceEach();
    void pushAssignsByLanguageAndLoad();
    void busyAgentsGetNothingPushed();

private:
    ServerProcess m_server;
    AgentClient m_chef;
};

void TestServerRouting::initTestCase()
{
    m_server.setConfig(
        { { u"routing"_s,
            QJsonObject { { u"mode"_s, u"push"_s },
                          { u"chatAnswerWithinMs"_s, 3000 },
                          { u"chatAtRiskAfterMs"_s, 1000 },
                          { u"tickIntervalMs"_s, 200 } } },
          { u"limits"_s, QJsonObject { { u"chatConnectionsPerAddress"_s, 200 } } } });
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(m_server.addAgent(u"hans"_s, kPassword, u"gendarme"_s, { u"--languages"_s, u"de"_s }));
    QVERIFY(
        m_server.addAgent(u"lucia"_s, kPassword, u"gendarme"_s, { u"--languages"_s, u"it,es"_s }));
    QVERIFY(m_chef.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    m_chef.syncAll();
}

void TestServerRouting::slaTurnsAtRiskThenBreachedAndAnswerResetsIt()
{
    CitizenClient citizen;
    QVERIFY(citizen.connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr));
    QVERIFY(citizen.say(u"j'attends"_s));
    const auto opened = m_chef.nextEvent(EventKind::ConversationOpened);
    QVERIFY(opened);
    QCOMPARE(opened->data.value(u"sla"_s).toString(), u"on_time"_s);
    const qint64 conversation = opened->conversation;
    const auto atRisk = m_chef.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::SlaChanged && e.conversation == conversation
            && e.data.value(u"sla"_s).toString() == u"at_risk"_s;
    });
    QVERIFY(atRisk);
    const auto breached = m_chef.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::SlaChanged && e.conversation == conversation
            && e.data.value(u"sla"_s).toString() == u"breached"_s;
    });
    QVERIFY(breached);
    QVERIFY(breached->at >= opened->data.value(u"deadline"_s).toInteger());
    QVERIFY(m_chef.claim(conversation).ok);
    QVERIFY(m_chef
                .command(CommandOp::Reply, conversation,
                         { { u"message"_s, newUuid() }, { u"text"_s, u"Bonjour"_s } })
                .ok);
    const auto answered = m_chef.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::SlaChanged && e.conversation == conversation
            && e.data.value(u"sla"_s).toString() == u"on_time"_s;
    });
    QVERIFY(answered);
    QCOMPARE(answered->data.value(u"deadline"_s).toInteger(), 0);
    // The citizen writes again: a new deadline starts.
    QVERIFY(citizen.say(u"et maintenant ?"_s));
    const auto again = m_chef.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::SlaChanged && e.conversation == conversation
            && e.data.value(u"deadline"_s).toInteger() > 0;
    });
    QVERIFY(again);
    QVERIFY(m_chef.command(CommandOp::Close, conversation, { { u"outcome"_s, u"answered"_s } }).ok);
}

void TestServerRouting::manyChatsTurnAtRiskTogetherOnceEach()
{
    // More chats than the server writes in one SLA transaction (50), opened
    // together: each turns at risk exactly once, in the log's order.
    constexpr int kChats = 120;
    std::vector<std::unique_ptr<CitizenClient>> citizens;
    QSet<qint64> conversations;
    for (int i = 0; i < kChats; ++i) {
        citizens.push_back(std::make_unique<CitizenClient>());
        QVERIFY(citizens.back()->connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr));
        QVERIFY(citizens.back()->say(u"chat %1"_s.arg(i)));
    }
    while (conversations.size() < kChats) {
        const auto opened = m_chef.nextEvent(EventKind::ConversationOpened);
        QVERIFY(opened);
        conversations.insert(opened->conversation);
    }
    QHash<qint64, int> atRisk;
    qint64 lastSeq = 0;
    while (atRisk.size() < kChats) {
        const auto e = m_chef.next<Event>(10000, [&](const Event &e) {
            return e.kind == EventKind::SlaChanged && conversations.contains(e.conversation);
        });
        QVERIFY2(e, qPrintable(u"%1 of %2 at risk"_s.arg(atRisk.size()).arg(kChats)));
        QVERIFY(e->seq > lastSeq);
        lastSeq = e->seq;
        if (e->data.value(u"sla"_s).toString() == u"at_risk"_s)
            ++atRisk[e->conversation];
    }
    for (const int count : std::as_const(atRisk))
        QCOMPARE(count, 1);
    for (const qint64 conversation : std::as_const(conversations)) {
        QVERIFY(
            m_chef.command(CommandOp::Close, conversation, { { u"outcome"_s, u"answered"_s } }).ok);
    }
}

void TestServerRouting::pushAssignsByLanguageAndLoad()
{
    AgentClient hans;
    AgentClient lucia;
    QVERIFY(hans.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"hans"_s, kPassword));
    QVERIFY(lucia.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"lucia"_s, kPassword));
    hans.syncAll();
    lucia.syncAll();
    QVERIFY(hans.command(CommandOp::SetPresence, 0, { { u"presence"_s, u"available"_s } }).ok);
    QVERIFY(lucia.command(CommandOp::SetPresence, 0, { { u"presence"_s, u"available"_s } }).ok);
    CitizenClient german;
    CitizenClient italian;
    QVERIFY(german.connectAndHello(m_server.wsUrl(u"/chat"_s), Language::De));
    QVERIFY(italian.connectAndHello(m_server.wsUrl(u"/chat"_s), Language::It));
    QVERIFY(german.say(u"Guten Tag"_s));
    QVERIFY(italian.say(u"Buongiorno"_s));
    QHash<QString, QString> assigned; // text → agent
    for (int i = 0; i < 2; ++i) {
        const auto claimed = m_chef.next<Event>(8000, [](const Event &e) {
            return e.kind == EventKind::ConversationClaimed
                && e.data.value(u"reason"_s).toString() == u"assigned"_s;
        });
        QVERIFY(claimed);
        assigned.insert(QString::number(claimed->conversation),
                        claimed->data.value(u"agent"_s).toString());
    }
    QVERIFY(german.next<CitizenStatus>(
        5000, [](const CitizenStatus &s) { return s.status == ChatStatus::Answering; }));
    const QStringList agents = assigned.values();
    QVERIFY(agents.contains(u"hans"_s));
    QVERIFY(agents.contains(u"lucia"_s));
    // hans got the German one.
    const auto hansEvent = hans.next<Event>(5000, [](const Event &e) {
        return e.kind == EventKind::ConversationClaimed
            && e.data.value(u"agent"_s).toString() == u"hans"_s;
    });
    QVERIFY(hansEvent);
    AgentClient check;
    QVERIFY(check.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    bool german_ok = false;
    for (const Event &e : check.syncAll()) {
        if (e.conversation == hansEvent->conversation && e.kind == EventKind::ConversationOpened)
            german_ok = e.data.value(u"lang"_s).toString() == u"de"_s;
    }
    QVERIFY(german_ok);
}

void TestServerRouting::busyAgentsGetNothingPushed()
{
    AgentClient hans;
    QVERIFY(hans.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"hans"_s, kPassword));
    QVERIFY(hans.command(CommandOp::SetPresence, 0, { { u"presence"_s, u"busy"_s } }).ok);
    m_chef.clear();
    CitizenClient german;
    QVERIFY(german.connectAndHello(m_server.wsUrl(u"/chat"_s), Language::De));
    QVERIFY(german.say(u"Hallo, noch eine Frage"_s));
    const auto opened = m_chef.nextEvent(EventKind::ConversationOpened, 0, 30000);
    QVERIFY(opened);
    QVERIFY(!m_chef.next<Event>(2000, [&](const Event &e) {
        return e.kind == EventKind::ConversationClaimed && e.conversation == opened->conversation;
    }));
    QVERIFY(hans.command(CommandOp::SetPresence, 0, { { u"presence"_s, u"available"_s } }).ok);
    QVERIFY(m_chef.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::ConversationClaimed && e.conversation == opened->conversation;
    }));
}

QTEST_GUILESS_MAIN(TestServerRouting)
#include "tst_server_routing.moc"
