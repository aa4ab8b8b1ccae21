// guichet: the Qt Widgets workstation. Thin: the application, its translations,
// the main window.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("guichet"));
    QApplication::setOrganizationName(QStringLiteral("guichet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Guichet"));
    QApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));

    // French on French systems, English otherwise; Qt's own strings follow.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("guichet"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Guichet: the Brigade numérique's workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QApplication::translate("main", "The server's URL."),
                                    QStringLiteral("URL"));
    parser.addOption(server);
    parser.process(app);

    Guichet::Ui::MainWindow window(parser.value(server));
    window.show();

    // scripts/demo --check: save a picture of the window and leave.
    const QString screenshot = qEnvironmentVariable("GUICHET_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(1500, &window, [&window, screenshot] {
            const bool saved = window.grab().save(screenshot);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
