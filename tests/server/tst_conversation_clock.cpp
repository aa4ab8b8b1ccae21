// The server reads the time from the Clock it is handed (server/core/clock.h):
// with a ManualClock a test moves time on instead of waiting. Here the chat SLA
// (RoutingSettings: at risk after 1 min, breached after 3) against a real
// SQLite Storage, in process.
#include "server/conversations/conversationservice.h"
#include "server/core/clock.h"
#include "server/core/serveroptions.h"
#include "server/storage/storage.h"
#include "server/wiring.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Guichet;
using namespace Guichet::Server;
using namespace Qt::StringLiterals;

class TestConversationClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slaFollowsTheClock();
};

void TestConversationClock::slaFollowsTheClock()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerOptions options;
    options.dataDir = dir.path();
    auto storage = Storage::open(options);
    QVERIFY2(storage, qPrintable(storage ? QString() : storage.error().message));

    const qint64 start = 1'700'000'000'000;
    ManualClock clock(start);
    const RoutingSettings routing;
    ConversationService service(serviceStores(**storage), routing, clock);

    ConversationService::Incoming in;
    in.channel = Channel::WebChat;
    in.citizen = u"Camille"_s;
    in.text = u"Bonjour, j'ai perdu mon portefeuille."_s;
    const auto received = service.receive(in);
    QVERIFY2(received, qPrintable(received ? QString() : received.error().message));
    QCOMPARE(received->message.at, start);
    QCOMPARE(received->conversation.openedAt, start);
    QCOMPARE(received->conversation.deadline, start + routing.chatAnswerWithin);
    const qint64 id = received->conversation.id;

    const auto slaAfter = [&](qint64 elapsed) {
        clock.set(start + elapsed);
        service.tick();
        return (*storage)->conversationStore().conversation(id).value_or(ConversationRecord {}).sla;
    };
    QCOMPARE(slaAfter(routing.chatAtRiskAfter - 1), SlaState::OnTime);
    QCOMPARE(slaAfter(routing.chatAtRiskAfter), SlaState::AtRisk);
    QCOMPARE(slaAfter(routing.chatAnswerWithin - 1), SlaState::AtRisk);
    QCOMPARE(slaAfter(routing.chatAnswerWithin), SlaState::Breached);
}

QTEST_GUILESS_MAIN(TestConversationClock)
#include "tst_conversation_clock.moc"
