// No orphans, ever (docs/testing.md): orphan_maker, run under test_reaper as CTest
// runs every test, starts guichet-server and a detached process, then crashes,
// exits without cleaning up, hangs past its timeout, or passes while leaving the
// detached process behind. Each time nothing carrying its marker survives, and the
// reaper says what it killed. When the reaper itself is SIGKILLed (CTest killed
// hard), PR_SET_PDEATHSIG still takes the test and its server down.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

//! Processes whose environment holds @p marker (/proc/<pid>/environ).
QList<qint64> marked(const QByteArray &marker)
{
    QList<qint64> found;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : pids) {
        bool isPid = false;
        const qint64 pid = name.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile environment(u"/proc/"_s + name + u"/environ"_s);
        if (environment.open(QIODevice::ReadOnly)
            && environment.readAll().split('\0').contains(marker))
            found.append(pid);
    }
    return found;
}

bool alive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

struct Run
{
    std::unique_ptr<QProcess> reaper;
    QByteArray marker;
    QByteArray output;
    qint64 serverPid = 0;
    qint64 detachedPid = 0;
};

} // namespace

class TestNoOrphans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingOutlivesTheTest_data();
    void nothingOutlivesTheTest();
    void killedReaperTakesTheTestAndItsServer();

private:
    void start(Run &run, const QString &mode, int timeoutSeconds);
};

void TestNoOrphans::start(Run &run, const QString &mode, int timeoutSeconds)
{
    run.marker =
        "GUICHET_ORPHAN_PROOF=" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    run.reaper = std::make_unique<QProcess>();
    run.reaper->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GUICHET_ORPHAN_PROOF"_s, QString::fromLatin1(run.marker.mid(21)));
    run.reaper->setProcessEnvironment(env);
    run.reaper->start(QStringLiteral(TEST_REAPER),
                      { u"--name"_s, u"orphan_maker"_s, u"--timeout"_s,
                        QString::number(timeoutSeconds), u"--"_s, QStringLiteral(ORPHAN_MAKER),
                        mode });
    QVERIFY(run.reaper->waitForStarted(10000));
    while (!run.output.contains('\n') && run.reaper->waitForReadyRead(60000))
        run.output += run.reaper->readAll();
    const QList<QByteArray> ready = run.output.left(run.output.indexOf('\n')).split(' ');
    QVERIFY2(ready.size() == 3 && ready.at(0) == "ready", run.output.constData());
    run.serverPid = ready.at(1).toLongLong();
    run.detachedPid = ready.at(2).toLongLong();
    // The check below can fail: the server and the detached process are there and
    // carry the marker before anything goes wrong.
    const QList<qint64> before = marked(run.marker);
    QVERIFY(before.contains(run.serverPid));
    QVERIFY(before.contains(run.detachedPid));
    QVERIFY(before.size() >= 4); // reaper, orphan_maker, server, detached
}

void TestNoOrphans::nothingOutlivesTheTest_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("crash") << u"crash"_s;
    QTest::newRow("exit without cleanup") << u"exit"_s;
    QTest::newRow("hang past its timeout") << u"hang"_s;
    QTest::newRow("pass, leaving a daemon") << u"pass"_s;
}

void TestNoOrphans::nothingOutlivesTheTest()
{
    QFETCH(QString, mode);
    Run run;
    // The hang's deadline comes 3 s before this timeout (30 s: room for a server
    // start on a busy machine); the others end at once.
    start(run, mode, mode == u"hang"_s ? 33 : 120);
    if (QTest::currentTestFailed())
        return;
    run.reaper->write("go\n");
    QVERIFY(run.reaper->waitForFinished(60000));
    run.output += run.reaper->readAll();
    const QByteArray output = run.output;
    qInfo().noquote() << QString::fromUtf8(output).trimmed();

    // Nothing is left, at once: the reaper returns only after killing and reaping.
    QCOMPARE(marked(run.marker), QList<qint64>());
    QVERIFY(!alive(run.serverPid));
    QVERIFY(!alive(run.detachedPid));
    // It named the daemon it had to kill.
    const QByteArray named = "killed pid " + QByteArray::number(run.detachedPid) + ": ";
    QVERIFY2(output.contains(named), output.constData());
    // And the test's outcome reads as what happened.
    if (mode == u"crash"_s) {
        QCOMPARE(run.reaper->exitStatus(), QProcess::CrashExit);
    } else if (mode == u"hang"_s) {
        QCOMPARE(run.reaper->exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.reaper->exitCode(), 124);
        QVERIFY(output.contains("TIMEOUT"));
    } else {
        // exit: its own code; pass: a red test, since it left a process behind.
        QCOMPARE(run.reaper->exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.reaper->exitCode(), 1);
        QVERIFY(output.contains("outlived the test"));
    }
}

void TestNoOrphans::killedReaperTakesTheTestAndItsServer()
{
    Run run;
    start(run, u"hang"_s, 120);
    if (QTest::currentTestFailed())
        return;
    const QList<qint64> before = marked(run.marker);
    ::kill(pid_t(run.reaper->processId()), SIGKILL);
    QVERIFY(run.reaper->waitForFinished(10000));
    // orphan_maker (PR_SET_PDEATHSIG from the reaper) and its server (from
    // tests/support) die with it. The detached daemon left the tree on purpose:
    // only the reaper could catch it, and scripts/test names such leftovers.
    QTRY_VERIFY_WITH_TIMEOUT(!alive(run.serverPid), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(marked(run.marker), QList<qint64> { run.detachedPid }, 10000);
    ::kill(pid_t(run.detachedPid), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(run.detachedPid), 10000);
    QVERIFY(before.size() >= 4);
}

QTEST_GUILESS_MAIN(TestNoOrphans)
#include "tst_no_orphans.moc"
