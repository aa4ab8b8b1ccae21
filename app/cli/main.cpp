// guichet-cli: the workstation's core, headless.
#include "app/i18n/i18n.h"
#include "cliapp.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    // Scripts read stdout and stderr: only warnings, unless asked (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("guichet.*.info=false"));

    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as other command-line
    // tools; LANGUAGE=en gives English. Before the commands are made: they translate.
    Guichet::I18n::install(Guichet::I18n::chooseFromSystem(QString()));

    Guichet::Cli::CliApp cli;
    Guichet::Cli::registerAgentCommands(cli);
    Guichet::Cli::registerStoreCommands(cli);
    Guichet::Cli::registerFaqCommands(cli);
    Guichet::Cli::registerSuperviseCommands(cli);

    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.run(QCoreApplication::arguments(), out, err);
}
