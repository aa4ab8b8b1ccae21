// The intake's cache of silenced senders (server/channels/intake.h), in process on a real
// SQLite Storage and a ManualClock: a silence another instance wrote is seen within a
// minute, and the cache forgets the senders it has not seen for a minute instead of
// keeping every chat session since the server started.
#include "server/channels/intake.h"
#include "server/channels/sendqueue.h"
#include "server/core/clock.h"
#include "server/core/serveroptions.h"
#include "server/storage/eventfeed.h"
#include "server/storage/storage.h"
#include "server/wiring.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Guichet;
using namespace Guichet::Server;
using namespace Guichet::Server::Channels;
using namespace Qt::StringLiterals;

class TestIntakeSilences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staleSendersAreReadAgainAndForgotten();
};

void TestIntakeSilences::staleSendersAreReadAgainAndForgotten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerOptions options;
    options.dataDir = dir.path();
    auto opened = Storage::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    Storage &storage = **opened;

    const qint64 start = 1'700'000'000'000;
    constexpr qint64 kMinute = 60 * 1000;
    ManualClock clock(start);
    ConversationService service(serviceStores(storage), RoutingSettings {}, clock);
    EventFeed feed(storage.eventLog());
    const ChannelSettings settings;
    SendQueue queue(storage.database(), storage.conversationStore(), storage.sendQueueStore(),
                    service, settings.sendQueue, clock);
    Intake intake(storage.database(), storage.conversationStore(), storage.sendQueueStore(),
                  storage.abuseStore(), storage.surveyStore(), storage.settingsStore(), service,
                  feed, queue, settings, clock);

    // Another instance silences chat 1 after this one looked: believed for a minute, then read.
    QVERIFY(!intake.chatSilenced(1));
    QVERIFY(storage.abuseStore().silenceSender(intake.chatSender(1), start + 60 * kMinute));
    clock.advance(kMinute);
    QVERIFY(!intake.chatSilenced(1));
    clock.advance(1);
    QVERIFY(intake.chatSilenced(1));

    // A thousand sessions come and go; a minute on, only those seen since are kept.
    for (qint64 conversation = 2; conversation <= 1001; ++conversation)
        QVERIFY(!intake.chatSilenced(conversation));
    QCOMPARE(intake.cachedSilences(), 1001);
    clock.advance(kMinute + 1);
    QVERIFY(!intake.chatSilenced(2000));
    QCOMPARE(intake.cachedSilences(), 1);
    // Forgotten is not lost: chat 1 is read again, still silenced.
    QVERIFY(intake.chatSilenced(1));
    QCOMPARE(intake.cachedSilences(), 2);
    clock.advance(60 * kMinute);
    QVERIFY(!intake.chatSilenced(1));
}

QTEST_GUILESS_MAIN(TestIntakeSilences)
#include "tst_intake_silences.moc"
