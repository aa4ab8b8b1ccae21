// guichet-server: the central backend. Thin: options (or the admin command),
// then the Server object.
#include "admincommand.h"
#include "server.h"
#include "server/core/allocator.h"
#include "server/core/epolldispatcher.h"
#include "server/core/systemdnotify.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <sys/stat.h>

using namespace Guichet::Server;

int main(int argc, char *argv[])
{
    // Messages, contacts, password hashes and keys: whatever this process
    // creates (SQLite files, their journals, the data folder) is its user's
    // alone, whatever umask it was started with.
    ::umask(077);
    Guichet::Server::keepFreedMemory();
    // A file-size limit (ulimit -f) reached is a failed write, answered
    // storage_error (the client retries), not a killed server.
    std::signal(SIGXFSZ, SIG_IGN);
    // epoll rather than Qt's poll() over every socket at every turn: a surge
    // holds thousands (scripts/bench server). GUICHET_EVENT_DISPATCHER=qt
    // falls back to Qt's own (not GLib's, which costs more per turn).
    if (qEnvironmentVariable("GUICHET_EVENT_DISPATCHER") != QStringLiteral("qt")) {
        auto *dispatcher = new EpollEventDispatcher;
        if (dispatcher->isValid())
            QCoreApplication::setEventDispatcher(dispatcher);
        else
            delete dispatcher;
    }
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // Every log line carries the local time: without TZ, the C library reads
    // /etc/localtime's status again for each one. The system's zone, read once
    // (a change of zone takes a restart).
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    // Structured logs: time, level, category, then key=value pairs.
    qSetMessagePattern(
        QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category} %{message}"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == QStringLiteral("admin"))
        return runAdmin(arguments, out, err);

    bool exitNow = false;
    QString message;
    auto options = ServerOptions::parse(arguments, &exitNow, &message);
    if (!options) {
        err << "guichet-server: " << options.error().message << Qt::endl;
        return 2;
    }
    if (exitNow) {
        out << message;
        return 0;
    }

    Server server(*options);
    auto started = server.start();
    if (!started) {
        err << "guichet-server: " << started.error().message << Qt::endl;
        return 1;
    }
    if (options->demo) {
        out << "*** DEMO MODE: demo accounts with published passwords and simulated citizens."
            << Qt::endl
            << "*** Never use demo mode with real data. Demo accounts (login / password):"
            << Qt::endl;
        for (const QString &line : server.demoCredentials())
            out << "***   " << line << Qt::endl;
    }
    // The contract scripts and tests wait for (DESIGN.md): printed once the
    // port accepts connections.
    out << "listening on " << server.url() << Qt::endl;
    // Type=notify: the unit is started once the port listens and storage answered.
    notifySystemd("READY=1\nSTATUS=listening on " + server.url().toUtf8());
    return QCoreApplication::exec();
}
