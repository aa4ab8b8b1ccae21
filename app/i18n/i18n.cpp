#include "i18n.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Guichet::I18n {

namespace {

Q_LOGGING_CATEGORY(lcI18n, "guichet.i18n")

struct Installed
{
    QString language = u"en"_s;
    std::unique_ptr<QTranslator> guichet;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

//! "de-CH", "de_DE.UTF-8", "DE" → "de".
QString languageOf(const QString &name)
{
    return name.section(u'.', 0, 0).section(u'_', 0, 0).section(u'-', 0, 0).toLower();
}

} // namespace

QString settingsKey()
{
    return u"ui/language"_s;
}

QStringList languages()
{
    return { u"en"_s, u"fr"_s, u"de"_s, u"it"_s, u"es"_s };
}

QString nativeName(const QString &language)
{
    // Written out: Qt's own would say "American English" and lower-case "français".
    static const QHash<QString, QString> names { { u"en"_s, u"English"_s },
                                                 { u"fr"_s, u"Français"_s },
                                                 { u"de"_s, u"Deutsch"_s },
                                                 { u"it"_s, u"Italiano"_s },
                                                 { u"es"_s, u"Español"_s } };
    return names.value(language, QLocale(language).nativeLanguageName());
}

QString choose(const QString &setting, const QStringList &uiLanguages)
{
    const QStringList shipped = languages();
    const QString chosen = languageOf(setting);
    if (shipped.contains(chosen))
        return chosen;
    for (const QString &name : uiLanguages) {
        const QString language = languageOf(name);
        if (shipped.contains(language))
            return language;
    }
    return u"en"_s;
}

QString chooseFromSystem(const QString &setting)
{
    return choose(setting, QLocale::system().uiLanguages());
}

bool install(const QString &language)
{
    Installed &state = installed();
    // The old translators go first: QCoreApplication asks the newest one first.
    for (std::unique_ptr<QTranslator> *old : { &state.guichet, &state.qt }) {
        if (*old) {
            QCoreApplication::removeTranslator(old->get());
            old->reset();
        }
    }
    state.language = u"en"_s;

    // Qt's own texts (standard buttons, the command-line parser's errors) from the
    // system's Qt translations (qt6-translations-l10n); English without them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }

    auto guichet = std::make_unique<QTranslator>();
    if (!guichet->load(u":/i18n/guichet_"_s + language + u".qm"_s)) {
        qCWarning(lcI18n) << "no messages for the language" << language << "in this build";
        return false;
    }
    QCoreApplication::installTranslator(guichet.get());
    state.guichet = std::move(guichet);
    state.language = language;
    return true;
}

QString uiLanguage()
{
    return installed().language;
}

} // namespace Guichet::I18n
