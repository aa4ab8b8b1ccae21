// guichet: the Qt Widgets workstation. Thin: the application, its translations,
// the session (app/models' Workstation), the setup wizard or the main window.
#include "app/i18n/i18n.h"
#include "app/models/workstation.h"
#include "mainwindow.h"
#include "setupwizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("guichet"));
    QApplication::setOrganizationName(QStringLiteral("guichet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Guichet"));
    QApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/guichet/guichet.svg")));

    // The agent's choice in the settings, else the system's language, else English;
    // Qt's own strings follow (docs/workstation.md, "Languages").
    Guichet::I18n::install(Guichet::I18n::chooseFromSystem(
        QSettings().value(Guichet::I18n::settingsKey()).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Guichet: the Brigade numérique's workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"), QApplication::translate("main", "The server's URL (first run)."),
        QStringLiteral("URL"));
    const QCommandLineOption login(QStringLiteral("login"),
                                   QApplication::translate("main", "Your login (first run)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption cache(
        QStringLiteral("cache"),
        QApplication::translate("main", "The cache file (default: under your data folder)."),
        QStringLiteral("FILE"));
    parser.addOptions({ server, login, cache });
    parser.process(app);

    Guichet::Workstation workstation;
    workstation.setRetentionDays(
        QSettings().value(QStringLiteral("cache/retentionDays"), 30).toInt());
    if (parser.isSet(cache))
        workstation.setCachePath(parser.value(cache));

    // A known account with its cache: start locked, the agent unlocks. Otherwise the
    // first-run wizard.
    const std::optional<Guichet::Workstation::Account> last = Guichet::Workstation::lastAccount();
    const bool known = last && workstation.hasCache(*last)
        && (!parser.isSet(server) || QUrl(parser.value(server)) == last->server);
    std::unique_ptr<Guichet::Ui::MainWindow> window;
    const QString screenshot = qEnvironmentVariable("GUICHET_SCREENSHOT");
    if (known)
        workstation.selectAccount(*last);
    if (!known) {
        Guichet::Ui::SetupWizard wizard(&workstation, parser.value(server));
        wizard.loginField()->setText(parser.value(login));
        if (!screenshot.isEmpty()) {
            // scripts/demo --check: a picture of the first screen, then leave.
            QTimer::singleShot(1500, &wizard, [&wizard, screenshot] {
                QApplication::exit(wizard.grab().save(screenshot) ? 0 : 1);
            });
            wizard.show();
            return QApplication::exec();
        }
        if (wizard.exec() != QDialog::Accepted)
            return 0;
    }
    window = std::make_unique<Guichet::Ui::MainWindow>(&workstation);
    window->show();

    if (!screenshot.isEmpty()) {
        QTimer::singleShot(1500, window.get(), [&window, screenshot] {
            QApplication::exit(window->grab().save(screenshot) ? 0 : 1);
        });
    }
    return QApplication::exec();
}
