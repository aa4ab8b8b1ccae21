// guichet-server: the central backend. Thin: options, then the Server object.
#include "server.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Guichet::Server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    bool exitNow = false;
    QString message;
    auto options = ServerOptions::parse(QCoreApplication::arguments(), &exitNow, &message);
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
            << "*** Never use demo mode with real data." << Qt::endl;
    }
    // The contract scripts and tests wait for (DESIGN.md): printed once the
    // port accepts connections.
    out << "listening on " << server.url() << Qt::endl;
    return QCoreApplication::exec();
}
