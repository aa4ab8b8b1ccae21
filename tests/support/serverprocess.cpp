#include "serverprocess.h"

#include "childprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <csignal>

namespace Guichet::Test {

bool usePostgres()
{
    return !qEnvironmentVariableIsEmpty("GUICHET_TEST_POSTGRES_URL_FILE");
}

QString createPostgresDatabase()
{
    QFile file(qEnvironmentVariable("GUICHET_TEST_POSTGRES_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("the PostgreSQL test cluster is not running (fixture postgres_start)");
        return {};
    }
    const QString admin = QString::fromUtf8(file.readAll()).trimmed();
    const QString name =
        QStringLiteral("guichet_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    QProcess psql;
    dieWithTest(psql);
    psql.start(QStringLiteral("psql"),
               { admin, QStringLiteral("-q"), QStringLiteral("-c"),
                 QStringLiteral("CREATE DATABASE %1").arg(name) });
    if (!psql.waitForFinished(30000) || psql.exitCode() != 0) {
        qWarning("psql failed: %s", psql.readAllStandardError().constData());
        return {};
    }
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

ServerProcess::ServerProcess()
{
    if (usePostgres())
        m_database = createPostgresDatabase();
}

ServerProcess::~ServerProcess()
{
    stop();
}

QStringList ServerProcess::storageArguments() const
{
    QStringList args { QStringLiteral("--data"), dataDir() };
    if (!m_database.isEmpty())
        args << QStringLiteral("--database") << m_database;
    if (!m_config.isEmpty())
        args << QStringLiteral("--config") << m_data.path() + QStringLiteral("/config.json");
    return args;
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    if (usePostgres() && m_database.isEmpty())
        return false;
    if (!m_config.isEmpty()) {
        QFile config(m_data.path() + QStringLiteral("/config.json"));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(QJsonDocument(m_config).toJson());
    }
    m_process = std::make_unique<QProcess>();
    dieWithTest(*m_process);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : m_env)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    m_process->setProcessEnvironment(env);
    m_output.clear();
    QStringList args { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port) };
    args << storageArguments() << extraArguments;
    m_process->start(QStringLiteral(GUICHET_SERVER_BINARY), args);
    if (!m_process->waitForStarted(10000))
        return false;
    static const QRegularExpression listening(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"),
        QRegularExpression::MultilineOption);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            break;
        m_output += m_process->readAll();
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            // Keep draining the output so the child never blocks on a full pipe.
            QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                             [this] { m_output += m_process->readAll(); });
            return true;
        }
    }
    m_output += m_process->readAll();
    qWarning("guichet-server did not start:\n%s", m_output.constData());
    return false;
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() == QProcess::Running) {
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10000);
    }
}

void ServerProcess::stop()
{
    if (m_process && m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            kill();
    }
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QUrl ServerProcess::httpUrl(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QUrl ServerProcess::wsUrl(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_port).arg(path));
}

int ServerProcess::admin(const QStringList &arguments, const QByteArray &input,
                         QByteArray *standardOutput, QByteArray *standardError) const
{
    if (!m_config.isEmpty() && !QFile::exists(m_data.path() + QStringLiteral("/config.json"))) {
        QFile config(m_data.path() + QStringLiteral("/config.json"));
        if (config.open(QIODevice::WriteOnly))
            config.write(QJsonDocument(m_config).toJson());
    }
    QProcess process;
    dieWithTest(process);
    process.start(QStringLiteral(GUICHET_SERVER_BINARY),
                  QStringList { QStringLiteral("admin") } + storageArguments() + arguments);
    if (!process.waitForStarted(10000))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return -1;
    if (standardOutput)
        *standardOutput = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (standardError)
        *standardError = errors;
    if (process.exitCode() != 0 && !errors.isEmpty())
        qInfo("admin %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), errors.constData());
    return process.exitCode();
}

bool ServerProcess::addAgent(const QString &login, const QString &password, const QString &role,
                             const QStringList &extra) const
{
    QStringList args { QStringLiteral("agent"),
                       QStringLiteral("add"),
                       login,
                       QStringLiteral("--name"),
                       login,
                       QStringLiteral("--role"),
                       role };
    if (role == QStringLiteral("reservist") && !extra.contains(QStringLiteral("--expires")))
        args << QStringLiteral("--expires")
             << QDate::currentDate().addDays(30).toString(Qt::ISODate);
    args << extra;
    return admin(args, password.toUtf8() + '\n') == 0;
}

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace Guichet::Test
