#include "postgrescluster.h"

#include "childprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

namespace Guichet::Test {

namespace {

QString scriptPath(const QString &script)
{
    return QStringLiteral(GUICHET_POSTGRES_SCRIPTS "/") + script;
}

} // namespace

PostgresCluster::~PostgresCluster()
{
    destroy();
}

QString PostgresCluster::urlFile() const
{
    return m_state.filePath(QStringLiteral("url"));
}

QProcess *PostgresCluster::startScript(QProcess &process, const QString &script,
                                       const QStringList &arguments)
{
    // The script and pg_ctl die with the test; the postmaster they start is
    // re-parented to test_reaper.
    dieWithTest(process);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(scriptPath(script), arguments);
    return &process;
}

bool PostgresCluster::run(const QString &script, const QStringList &arguments)
{
    QProcess process;
    startScript(process, script, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(script), qPrintable(arguments.join(u' ')),
                 process.readAll().constData());
        return false;
    }
    return true;
}

bool PostgresCluster::create()
{
    if (!m_state.isValid() || !run(QStringLiteral("start.sh"), { m_state.path() }))
        return false;
    m_created = true;
    qputenv("GUICHET_TEST_POSTGRES_URL_FILE", QFile::encodeName(urlFile()));
    return true;
}

bool PostgresCluster::stop()
{
    return m_created && run(QStringLiteral("ctl.sh"), { m_state.path(), QStringLiteral("stop") });
}

bool PostgresCluster::stopInBackground()
{
    if (!m_created || m_background)
        return false;
    m_background = std::make_unique<QProcess>();
    startScript(*m_background, QStringLiteral("ctl.sh"),
                { m_state.path(), QStringLiteral("stop") });
    return m_background->waitForStarted(10000);
}

bool PostgresCluster::waitForStopped(int timeoutMs)
{
    if (!m_background)
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (m_background->state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        m_background->waitForFinished(50);
    }
    const bool ok = m_background->state() == QProcess::NotRunning
        && m_background->exitStatus() == QProcess::NormalExit && m_background->exitCode() == 0;
    if (!ok)
        qWarning("ctl.sh stop failed: %s", m_background->readAll().constData());
    m_background.reset();
    return ok;
}

bool PostgresCluster::start()
{
    return m_created && run(QStringLiteral("ctl.sh"), { m_state.path(), QStringLiteral("start") });
}

void PostgresCluster::destroy()
{
    if (m_background) {
        m_background->kill();
        m_background->waitForFinished(5000);
        m_background.reset();
    }
    if (!m_created)
        return;
    m_created = false;
    run(QStringLiteral("stop.sh"), { m_state.path() });
    qunsetenv("GUICHET_TEST_POSTGRES_URL_FILE");
}

} // namespace Guichet::Test
