// A process killed with SIGKILL in the middle of write transactions leaves a
// cache that opens, passes integrity_check and holds every committed batch,
// whole, and nothing of the batch in flight.
#include "app/store/cache.h"
#include "tests/support/childprocess.h"
#include "tests/testutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Guichet;

class TestStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingCommitted();
};

void TestStoreCrash::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.db"_s);
    const QString passphrase = u"crash test"_s;
    {
        Cache::CreateOptions options;
        options.method = KeyVault::Method::Passphrase;
        options.passphrase = passphrase;
        options.cost = KdfCost::minimum();
        QVERIFY(Cache::create(path, options).ok());
    }

    qint64 lastReported = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess writer;
        Guichet::Test::dieWithTest(writer);
        writer.start(QStringLiteral(CRASH_WRITER), { path });
        QVERIFY(writer.waitForStarted());
        writer.write(passphrase.toUtf8() + '\n');
        // Let it commit a varying number of batches, then kill it mid-flight.
        const int wanted = 5 + int(QRandomGenerator::global()->bounded(40));
        int seen = 0;
        while (seen < wanted && writer.state() == QProcess::Running) {
            if (!writer.waitForReadyRead(10000))
                break;
            while (writer.canReadLine()) {
                lastReported = writer.readLine().trimmed().toLongLong();
                ++seen;
            }
        }
        QVERIFY2(seen >= wanted, writer.readAllStandardError().constData());
        QTest::qWait(int(QRandomGenerator::global()->bounded(15)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());
        while (writer.canReadLine())
            lastReported = std::max(lastReported, writer.readLine().trimmed().toLongLong());

        auto store = Cache::open(path, passphrase);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        auto &s = **store;
        QCOMPARE(s.database().scalar("PRAGMA integrity_check;").value(), u"ok"_s);
        const qint64 committed = s.cursor();
        QVERIFY2(committed >= lastReported,
                 qPrintable(u"reported %1, found %2"_s.arg(lastReported).arg(committed)));
        // Every batch up to the cursor is whole; nothing beyond it exists.
        QCOMPARE(s.conversationCount(), int(committed));
        QCOMPARE(s.database().scalar("SELECT count(*) FROM messages;").value().toLongLong(),
                 committed * 50);
    }
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
