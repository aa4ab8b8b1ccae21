// guichet-cli: the workstation's core, headless.
#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));

    Guichet::Cli::CliApp cli;
    Guichet::Cli::registerStoreCommands(cli);
    Guichet::Cli::registerFaqCommands(cli);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.run(QCoreApplication::arguments(), out, err);
}
