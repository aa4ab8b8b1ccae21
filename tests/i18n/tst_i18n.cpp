// The interface in five languages. Every message of every .ts file is translated and
// agrees with its source (placeholders, accelerators, plural forms, trailing
// punctuation); French keeps its non-breaking spaces; and each language is loaded
// for real: the main window, the redirect dialog and guichet-cli speak it.
#include "app/i18n/i18n.h"
#include "app/models/workstation.h"
#include "app/redirects/redirectcatalog.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/redirectdialog.h"
#include "ui/setupwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; //!< of the <translation>: empty when finished
    QStringList forms; //!< the translation, or its plural forms
    QString where() const { return context + u" | "_s + source; }
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = TsMessage { context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1,
                                  {},      {} };
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(GUICHET_SOURCE_DIR "/translations/guichet_%1.ts").arg(language);
}

//! %1…%99 and %n, each once, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d{1,2}|n)"_s);
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

//! The characters a '&' underlines ("&&" is a literal ampersand).
QString mnemonics(const QString &text)
{
    QString letters;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            letters += text.at(i + 1).toLower();
    }
    return letters;
}

QString trailing(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && (text.at(end - 1) == u' ' || text.at(end - 1) == u'\n'))
        --end;
    QString tail = text.mid(end);
    if (text.left(end).endsWith(u'…'))
        tail.prepend(u'…');
    return tail;
}

bool isNbsp(QChar c)
{
    return c == QChar(0x00A0) || c == QChar(0x202F);
}

//! Positions of ':' ';' '?' '!' used as punctuation: followed by a space, the end,
//! or a closing mark (not "https://", "10:30", "?x=").
QList<qsizetype> punctuation(const QString &text)
{
    QList<qsizetype> found;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!QStringView(u":;?!").contains(text.at(i)))
            continue;
        const bool last = i + 1 == text.size();
        if (last || text.at(i + 1).isSpace() || QStringView(u"»\")").contains(text.at(i + 1)))
            found.append(i);
    }
    return found;
}

//! Mnemonic clashes among @p texts: "letter: text, text".
QStringList clashes(const QStringList &texts)
{
    QMap<QChar, QStringList> byLetter;
    for (const QString &text : texts) {
        const QString letters = mnemonics(text);
        if (!letters.isEmpty())
            byLetter[letters.front()].append(text);
    }
    QStringList problems;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it->size() > 1)
            problems.append(QString(it.key()) + u": "_s + it->join(u", "_s));
    }
    return problems;
}

const QStringList kLanguages = { u"en"_s, u"fr"_s, u"de"_s, u"it"_s, u"es"_s };

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void everyLanguageHasEveryMessage();
    void everySourceMessageIsInTheTsFiles();
    void frenchTypography();
    void languageIsChosen();
    void mainWindowSpeaksTheLanguage_data();
    void mainWindowSpeaksTheLanguage();
    void redirectDialogSpeaksTheLanguage_data();
    void redirectDialogSpeaksTheLanguage();
    void cliSpeaksTheLanguage_data();
    void cliSpeaksTheLanguage();

private:
    QTemporaryDir m_home;
};

void TestI18n::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    QCOMPARE(I18n::languages(), kLanguages);
    const QStringList files = QDir(QStringLiteral(GUICHET_SOURCE_DIR "/translations"))
                                  .entryList({ u"guichet_*.ts"_s }, QDir::Files, QDir::Name);
    QStringList expected;
    for (const QString &language : kLanguages)
        expected.append(u"guichet_%1.ts"_s.arg(language));
    expected.sort();
    QCOMPARE(files, expected);
}

void TestI18n::cleanupTestCase()
{
    I18n::install(u"en"_s);
}

void TestI18n::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestI18n::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language.section(u'_', 0, 0), language);
    // English is the source language: its file holds the plural forms alone.
    QVERIFY(language == u"en"_s ? ts.messages.size() >= 5 : ts.messages.size() >= 300);

    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty()) {
            problems.append(m.type + u": "_s + m.where());
            continue;
        }
        if (language == u"en"_s && !m.numerus)
            problems.append(u"not a plural form (lupdate -pluralonly): "_s + m.where());
        if (m.numerus && m.forms.size() != 2)
            problems.append(u"%1 plural forms instead of 2: "_s.arg(m.forms.size()) + m.where());
        for (const QString &form : m.forms) {
            if (form.isEmpty()) {
                problems.append(u"empty: "_s + m.where());
                continue;
            }
            if (placeholders(form) != placeholders(m.source))
                problems.append(u"placeholders %1 instead of %2: %3"_s.arg(
                    placeholders(form).join(u' '), placeholders(m.source).join(u' '), m.where()));
            if (mnemonics(form).size() != mnemonics(m.source).size())
                problems.append(u"accelerator (&) count differs: "_s + m.where() + u" → "_s + form);
            if (trailing(form) != trailing(m.source))
                problems.append(u"ends differently (…, space, new line): "_s + m.where() + u" → "_s
                                + form);
            if (m.numerus && !form.contains(u"%n"_s))
                problems.append(u"plural form without %n: "_s + m.where());
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s):\n"_s.arg(problems.size()) + problems.join(u'\n')));
}

void TestI18n::everyLanguageHasEveryMessage()
{
    const TsFile fr = readTs(tsPath(u"fr"_s));
    QSet<QString> all, plural;
    for (const TsMessage &m : fr.messages) {
        all.insert(m.key());
        if (m.numerus)
            plural.insert(m.key());
    }
    for (const QString &language : kLanguages) {
        QSet<QString> keys;
        for (const TsMessage &m : readTs(tsPath(language)).messages)
            keys.insert(m.key());
        const QSet<QString> expected = language == u"en"_s ? plural : all;
        QSet<QString> missing = expected, extra = keys;
        missing.subtract(keys);
        extra.subtract(expected);
        QVERIFY2(missing.isEmpty() && extra.isEmpty(),
                 qPrintable(language + u": missing "_s
                            + QStringList(missing.cbegin(), missing.cend()).join(u"; "_s)
                            + u" / not in French "_s
                            + QStringList(extra.cbegin(), extra.cend()).join(u"; "_s)));
    }
}

void TestI18n::everySourceMessageIsInTheTsFiles()
{
    // lupdate over the sources (as translations/CMakeLists.txt runs it), on copies of
    // the .ts files: a user-visible string added or changed without its translations
    // comes out unfinished.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList problems;
    for (const QString &language : kLanguages) {
        const QString copy = dir.filePath(u"guichet_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QStringList arguments { u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s,
                                u"cpp,h"_s };
        if (language == u"en"_s)
            arguments.append(u"-pluralonly"_s);
        for (const char *folder : { "protocol", "app", "ui" })
            arguments.append(QStringLiteral(GUICHET_SOURCE_DIR "/") + QLatin1StringView(folder));
        arguments << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(GUICHET_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(60000));
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
        const TsFile updated = readTs(copy);
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        const qsizetype before = readTs(tsPath(language)).messages.size();
        qsizetype added = 0;
        for (const TsMessage &m : updated.messages) {
            if (!m.type.isEmpty()) {
                problems.append(language + u": not translated: "_s + m.where());
                ++added;
            }
        }
        // -no-obsolete drops what the sources no longer say.
        if (updated.messages.size() - added < before)
            problems.append(language
                            + u": %1 message(s) no longer in the sources"_s.arg(
                                before - (updated.messages.size() - added)));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"run \"cmake --build build/dev --target update_translations\" and "
                        "translate:\n"_s
                        + problems.join(u'\n')));
}

void TestI18n::frenchTypography()
{
    QStringList problems;
    for (const QString &language : kLanguages) {
        for (const TsMessage &m : readTs(tsPath(language)).messages) {
            for (const QString &form : m.forms) {
                for (const qsizetype i : punctuation(form)) {
                    const QChar before = form.at(i - 1);
                    // French: a non-breaking space (U+00A0 or the narrow U+202F) before
                    // : ; ? ! — the others glue them to the word.
                    if (language == u"fr"_s && !isNbsp(before))
                        problems.append(u"fr: no non-breaking space before '%1': "_s.arg(form.at(i))
                                        + form);
                    if (language != u"fr"_s && before.isSpace())
                        problems.append(language + u": a space before '%1': "_s.arg(form.at(i))
                                        + form);
                }
                if (language != u"fr"_s)
                    continue;
                for (qsizetype i = 0; i < form.size(); ++i) {
                    if (form.at(i) == u'«' && (i + 1 == form.size() || !isNbsp(form.at(i + 1))))
                        problems.append(u"fr: no non-breaking space after «: "_s + form);
                    if (form.at(i) == u'»' && (i == 0 || !isNbsp(form.at(i - 1))))
                        problems.append(u"fr: no non-breaking space before »: "_s + form);
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestI18n::languageIsChosen()
{
    QCOMPARE(I18n::settingsKey(), u"ui/language"_s);
    // The setting wins over the system…
    QCOMPARE(I18n::choose(u"de"_s, { u"fr-FR"_s }), u"de"_s);
    QCOMPARE(I18n::choose(u"ES"_s, {}), u"es"_s);
    // …the system's first shipped language otherwise…
    QCOMPARE(I18n::choose(QString(), { u"it-IT"_s, u"en-US"_s }), u"it"_s);
    QCOMPARE(I18n::choose(QString(), { u"pt-BR"_s, u"de_AT.UTF-8"_s }), u"de"_s);
    QCOMPARE(I18n::choose(u"xx"_s, { u"fr-BE"_s }), u"fr"_s);
    // …and English when nothing fits.
    QCOMPARE(I18n::choose(QString(), { u"pt-BR"_s, u"C"_s }), u"en"_s);
    QCOMPARE(I18n::nativeName(u"de"_s), u"Deutsch"_s);
    QCOMPARE(I18n::nativeName(u"en"_s), u"English"_s);

    // What is not in the build is refused, and leaves English.
    QVERIFY(!I18n::install(u"pt"_s));
    QCOMPARE(I18n::uiLanguage(), u"en"_s);
}

void TestI18n::mainWindowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("takeNext");
    QTest::addColumn<QStringList>("removed"); // 0, 1 and 3 closed conversations removed
    QTest::newRow("en") << u"en"_s
                        << QStringList { u"&Guichet"_s, u"&Queue"_s,    u"&Conversation"_s,
                                         u"&FAQ"_s,     u"&Presence"_s, u"&Help"_s }
                        << u"Take &next"_s
                        << QStringList { u"0 closed conversations removed from the cache."_s,
                                         u"1 closed conversation removed from the cache."_s,
                                         u"3 closed conversations removed from the cache."_s };
    QTest::newRow("fr") << u"fr"_s
                        << QStringList { u"&Guichet"_s, u"&File d'attente"_s, u"&Conversation"_s,
                                         u"FA&Q"_s,     u"Pré&sence"_s,       u"&Aide"_s }
                        << u"Prendre la sui&vante"_s
                        << QStringList { u"0 conversation clôturée supprimée du cache."_s,
                                         u"1 conversation clôturée supprimée du cache."_s,
                                         u"3 conversations clôturées supprimées du cache."_s };
    QTest::newRow("de") << u"de"_s
                        << QStringList { u"&Guichet"_s, u"&Warteschlange"_s, u"&Konversation"_s,
                                         u"&FAQ"_s,     u"&Anwesenheit"_s,   u"&Hilfe"_s }
                        << u"&Nächste übernehmen"_s
                        << QStringList {
                               u"0 geschlossene Konversationen aus dem Cache entfernt."_s,
                               u"1 geschlossene Konversation aus dem Cache entfernt."_s,
                               u"3 geschlossene Konversationen aus dem Cache entfernt."_s
                           };
    QTest::newRow("it") << u"it"_s
                        << QStringList { u"&Guichet"_s, u"&Coda"_s,     u"C&onversazione"_s,
                                         u"&FAQ"_s,     u"&Presenza"_s, u"&Aiuto"_s }
                        << u"Prendi la &successiva"_s
                        << QStringList { u"0 conversazioni chiuse rimosse dalla cache."_s,
                                         u"1 conversazione chiusa rimossa dalla cache."_s,
                                         u"3 conversazioni chiuse rimosse dalla cache."_s };
    QTest::newRow("es") << u"es"_s
                        << QStringList { u"&Guichet"_s, u"&Cola"_s,      u"C&onversación"_s,
                                         u"&FAQ"_s,     u"&Presencia"_s, u"&Ayuda"_s }
                        << u"Tomar la s&iguiente"_s
                        << QStringList { u"0 conversaciones cerradas eliminadas de la caché."_s,
                                         u"1 conversación cerrada eliminada de la caché."_s,
                                         u"3 conversaciones cerradas eliminadas de la caché."_s };
}

void TestI18n::mainWindowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, takeNext);
    QFETCH(QStringList, removed);

    QVERIFY(I18n::install(language));
    QCOMPARE(I18n::uiLanguage(), language);

    Workstation workstation;
    Ui::MainWindow window(&workstation);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList titles;
    // The View menu (supervision) is hidden from everyone but supervisors.
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->isVisible())
            titles.append(menu->text());
    }
    QCOMPARE(titles, menus);
    QCOMPARE(window.queuePanel()->takeNextButton()->text(), takeNext);

    // Plural forms by the language's own rule (French: 0 is singular).
    for (int i = 0; i < 3; ++i) {
        const int n = QList<int> { 0, 1, 3 }.at(i);
        QCOMPARE(QCoreApplication::translate("Guichet::Cli::CliApp",
                                             "%n closed conversation(s) removed from the cache.",
                                             nullptr, n),
                 removed.at(i));
    }

    // Alt+letter reaches one thing: among the menu bar and the buttons and labelled
    // fields on show, and inside each menu.
    QStringList windowLevel = titles;
    for (QAbstractButton *button : window.centralWidget()->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            windowLevel.append(button->text());
    }
    for (QLabel *label : window.centralWidget()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            windowLevel.append(label->text());
    }
    QStringList problems = clashes(windowLevel);
    for (QAction *menu : window.menuBar()->actions()) {
        QStringList items;
        for (QAction *item : menu->menu()->actions())
            items.append(item->text());
        for (const QString &clash : clashes(items))
            problems.append(menu->text() + u" menu: "_s + clash);
    }
    // The setup wizard, page by page with its buttons (Qt's own, translated by Qt).
    Ui::SetupWizard wizard(&workstation, QString());
    QStringList buttons;
    for (const auto which :
         { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton })
        buttons.append(wizard.buttonText(which));
    for (const int id : wizard.pageIds()) {
        QStringList page = buttons;
        for (QAbstractButton *button : wizard.page(id)->findChildren<QAbstractButton *>())
            page.append(button->text());
        for (QLabel *label : wizard.page(id)->findChildren<QLabel *>()) {
            if (label->buddy())
                page.append(label->text());
        }
        for (const QString &clash : clashes(page))
            problems.append(u"setup wizard page %1: "_s.arg(id) + clash);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestI18n::redirectDialogSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("checkTitle");
    QTest::addColumn<QString>("pharosTitle");
    QTest::newRow("en") << u"en"_s << u"Check before redirecting"_s
                        << u"Pharos – report illegal online content"_s;
    QTest::newRow("fr") << u"fr"_s << u"À vérifier avant de réorienter"_s
                        << u"Pharos – signaler un contenu illicite en ligne"_s;
    QTest::newRow("de") << u"de"_s << u"Vor dem Verweisen prüfen"_s
                        << u"Pharos – rechtswidrige Online-Inhalte melden"_s;
    QTest::newRow("it") << u"it"_s << u"Da verificare prima di reindirizzare"_s
                        << u"Pharos – segnalare contenuti illeciti online"_s;
    QTest::newRow("es") << u"es"_s << u"Comprobar antes de derivar"_s
                        << u"Pharos – notificar contenidos ilícitos en línea"_s;
}

void TestI18n::redirectDialogSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, checkTitle);
    QFETCH(QString, pharosTitle);
    QVERIFY(I18n::install(language));

    // Every redirection has its title and checklist in this language, not a fallback.
    const RedirectCatalog catalog = RedirectCatalog::builtIn();
    QCOMPARE(catalog.targets().size(), 5);
    for (const RedirectTarget target : catalog.targets()) {
        const auto here = catalog.redirect(target, Language::Fr, language);
        QVERIFY(here);
        for (const QString &other : kLanguages) {
            if (other == language)
                continue;
            const auto there = catalog.redirect(target, Language::Fr, other);
            QVERIFY2(
                here->title != there->title && here->checklist != there->checklist,
                qPrintable(wireName(target) + u": the same in "_s + language + u" and "_s + other));
        }
    }

    Ui::RedirectDialog dialog(catalog, RedirectTarget::Pharos, Language::De);
    const auto pharos = catalog.redirect(RedirectTarget::Pharos, Language::De, language);
    QCOMPARE(pharos->title, pharosTitle);
    QVERIFY2(dialog.windowTitle().contains(pharosTitle), qPrintable(dialog.windowTitle()));
    QStringList checks;
    for (QCheckBox *check : dialog.checks())
        checks.append(check->text());
    QCOMPARE(checks, pharos->checklist);
    QGroupBox *box = dialog.findChild<QGroupBox *>();
    QVERIFY(box);
    QCOMPARE(box->title(), checkTitle);
    // The citizen's text follows the citizen, not the agent.
    QVERIFY(dialog.text().contains(u"Pharos"_s));
    QCOMPARE(dialog.text(), pharos->text);

    QStringList labelled;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.append(label->text());
    }
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        labelled.append(button->text());
    QVERIFY2(clashes(labelled).isEmpty(), qPrintable(clashes(labelled).join(u'\n')));
}

void TestI18n::cliSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("langOption");
    QTest::addColumn<QString>("limitOption");
    QTest::newRow("en") << u"en"_s << u"Usage: guichet-cli [--json] COMMAND"_s
                        << u"The language of the query: fr, en, de, it, es."_s
                        << u"At most N entries (default 10)."_s;
    QTest::newRow("fr") << u"fr"_s << u"Utilisation\u00a0: guichet-cli [--json] COMMAND"_s
                        << u"La langue de la recherche\u00a0: fr, en, de, it, es."_s
                        << u"Au plus N entrées (10 par défaut)."_s;
    QTest::newRow("de") << u"de"_s << u"Aufruf: guichet-cli [--json] COMMAND"_s
                        << u"Die Sprache der Suchanfrage: fr, en, de, it, es."_s
                        << u"Höchstens N Einträge (Standard 10)."_s;
    QTest::newRow("it") << u"it"_s << u"Uso: guichet-cli [--json] COMMAND"_s
                        << u"La lingua della ricerca: fr, en, de, it, es."_s
                        << u"Al massimo N voci (predefinito 10)."_s;
    QTest::newRow("es") << u"es"_s << u"Uso: guichet-cli [--json] COMMAND"_s
                        << u"El idioma de la búsqueda: fr, en, de, it, es."_s
                        << u"Como máximo N entradas (10 por defecto)."_s;
}

void TestI18n::cliSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, usage);
    QFETCH(QString, langOption);
    QFETCH(QString, limitOption);

    const auto run = [&](const QStringList &arguments) {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LANGUAGE"_s, language);
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(GUICHET_CLI), arguments);
        if (!cli.waitForFinished(30000))
            return QString();
        return QString::fromUtf8(cli.readAllStandardOutput());
    };
    const QString overview = run({ u"--help"_s });
    QVERIFY2(overview.startsWith(usage), qPrintable(overview));
    // An option's description, made before the translator was installed.
    const QString help = run({ u"faq"_s, u"search"_s, u"--help"_s });
    QVERIFY2(help.simplified().contains(langOption.simplified()), qPrintable(help));
    QVERIFY2(help.simplified().contains(limitOption.simplified()), qPrintable(help));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
