// Pictures of the workstation under Xvfb (a real X server, real fonts): the queue
// full, a conversation open, FAQ results, an emergency, a redirection, the lock,
// the dark palette, the supervisor page and its knowledge-base editor (both in French). Written to
// GUICHET_SCREENSHOT_DIR (default: <build>/screenshots); docs/screenshots/ holds the best of them
// for the README.
#include "app/i18n/i18n.h"
#include "app/models/supervisorboard.h"
#include "app/models/workstation.h"
#include "frameclients.h"
#include "onlinedesk.h"
#include "serverprocess.h"
#include "tests/testutil.h"
#include "ui/composer.h"
#include "ui/conversationpanel.h"
#include "ui/faqeditordialog.h"
#include "ui/faqpanel.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/redirectdialog.h"
#include "ui/supervisorpage.h"
#include "ui/unlockpage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"mot de passe de test"_s;
const QString kPassphrase = u"une phrase secrète assez longue"_s;
constexpr int kWait = 15000;

struct Citizen
{
    const char *name;
    Language lang;
    const char *text;
};

// What the Brigade numérique reads on an ordinary afternoon.
const Citizen kCitizens[] = {
    { "Camille Martin", Language::Fr,
      "Bonjour, on m'a volé ma carte bancaire hier soir au marché, que dois-je faire ?" },
    { "Jonas Weber", Language::De,
      "Guten Tag, mein Reisepass wurde in Lyon gestohlen. Wo kann ich Anzeige erstatten?" },
    { "Lucía García", Language::Es,
      "Hola, he recibido un SMS de una multa falsa y he pagado. ¿Qué hago?" },
    { "Marco Rossi", Language::It,
      "Buongiorno, qualcuno ha usato la mia carta per acquisti online che non ho fatto." },
    { "Emily Clarke", Language::En,
      "Hello, my car was broken into last night in Rennes, how do I report it?" },
    { "Léa Dubois", Language::Fr,
      "Je reçois des messages de harcèlement sur Instagram depuis une semaine" },
    { "Hugo Bernard", Language::Fr, "Comment faire une plainte en ligne pour un vol de vélo ?" },
    { "Sarah Lefèvre", Language::Fr,
      "Bonjour, je pars en vacances, comment m'inscrire à l'opération tranquillité vacances ?" },
    { "Thomas Petit", Language::Fr,
      "On a piraté mon compte Facebook et on demande de l'argent à mes amis" },
    { "Anna Schmidt", Language::De, "Ich habe meinen Führerschein verloren, was muss ich tun?" },
    { "Paolo Bianchi", Language::It,
      "Il mio vicino fa rumore ogni notte, a chi posso rivolgermi?" },
    { "Chloé Moreau", Language::Fr, "Un site vend des faux papiers, je voudrais le signaler" },
    { "Nicolas Laurent", Language::Fr,
      "J'ai perdu des points sur mon permis, comment savoir combien il m'en reste ?" },
    { "Carmen López", Language::Es,
      "Me han robado el móvil en el tren, ¿cómo presento una denuncia?" },
    { "Manon Girard", Language::Fr, "Mon ex me menace de publier des photos intimes" },
    { "James Wilson", Language::En,
      "Someone is selling my photos on a fake profile, what can I do?" },
    { "Inès Roux", Language::Fr,
      "Bonjour, un faux conseiller bancaire m'a fait valider un virement" },
    { "Julien Fournier", Language::Fr,
      "Est-ce que je peux faire voler mon drone au-dessus de la plage ?" },
    { "Sophie Mercier", Language::Fr,
      "Au secours il me frappe, je suis enfermée dans la salle de bain" },
    { "Lukas Becker", Language::De, "Wie melde ich einen Betrug beim Online-Kauf?" },
};

bool looksLikeAPicture(const QString &path)
{
    const QImage image(path);
    if (image.isNull() || image.width() < 600 || image.height() < 400)
        return false;
    // Not a blank window: many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 50;
}

} // namespace

class TestUiScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queueConversationAndFaq();
    void emergency();
    void redirection();
    void locked();
    void darkPalette();
    void supervision();
    void cleanupTestCase();

private:
    QString shoot(QWidget *widget, const QString &name);

    QTemporaryDir m_home;
    QDir m_out;
    ServerProcess m_server;
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::vector<std::unique_ptr<CitizenClient>> m_citizens;
    qint64 m_first = 0;
};

QString TestUiScreenshots::shoot(QWidget *widget, const QString &name)
{
    QTest::qWait(300); // let the last repaint land
    const QString path = m_out.filePath(name + u".png"_s);
    if (!widget->grab().save(path))
        return {};
    qInfo("wrote %s", qPrintable(path));
    return path;
}

void TestUiScreenshots::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOT_DIR",
                                             QStringLiteral(GUICHET_BINARY_DIR "/screenshots"));
    QVERIFY(QDir().mkpath(dir));
    m_out = QDir(dir);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));

    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"gendarme"_s, kPassword));
    QVERIFY(m_server.addAgent(u"collegue"_s, kPassword));
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    for (const Citizen &c : kCitizens) {
        auto citizen = std::make_unique<CitizenClient>();
        QVERIFY(citizen->connectAndHello(m_server.wsUrl(u"/chat"_s), c.lang, {}, 0,
                                         QString::fromUtf8(c.name)));
        QVERIFY(citizen->say(QString::fromUtf8(c.text)));
        m_citizens.push_back(std::move(citizen));
    }

    m_workstation = std::make_unique<Workstation>();
    m_workstation->setKdfCost(KdfCost::minimum());
    QVERIFY(m_workstation->setUp({ m_server.httpUrl(), u"gendarme"_s }, kPassword,
                                 KeyVault::Method::Passphrase, kPassphrase));
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->engine()->state(), SyncEngine::State::Online, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->queue()->rowCount() >= int(std::size(kCitizens)),
                             kWait);

    m_window = std::make_unique<Ui::MainWindow>(m_workstation.get());
    m_window->setIdleMinutes(0);
    m_window->resize(1440, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUiScreenshots::queueConversationAndFaq()
{
    // The gendarme takes the most urgent after the emergency, and answers.
    for (int row = 0; row < m_workstation->queue()->rowCount(); ++row) {
        if (m_workstation->queue()->at(row).citizen == u"Camille Martin"_s)
            m_first = m_workstation->queue()->at(row).id;
    }
    QVERIFY(m_first);
    m_window->queuePanel()->selectConversation(m_first);
    m_window->conversationPanel()->claimAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->queue()->conversation(m_first)->owner, u"gendarme"_s,
                              kWait);
    QVERIFY(m_workstation->reply(
        m_first,
        u"Bonjour Madame, faites opposition tout de suite auprès de votre banque "
        u"(numéro au dos de vos relevés), puis déposez plainte."_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->conversationPanel()->model()->rowCount() >= 2, kWait);
    m_window->faqPanel()->searchBox()->setText(u"carte bancaire vol"_s);
    // The index is built on a worker thread (again after a lock reopened the cache):
    // the results come when it is ready.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->faqPanel()->model()->rowCount() > 0, kWait);
    m_window->conversationPanel()->composer()->setPlainText(
        u"Vous pouvez aussi signaler les achats frauduleux sur Perceval."_s);
    QVERIFY(looksLikeAPicture(shoot(m_window.get(), u"workstation"_s)));
}

void TestUiScreenshots::emergency()
{
    qint64 emergency = 0;
    QTRY_VERIFY_WITH_TIMEOUT((emergency = m_workstation->queue()->at(0).emergency
                                  ? m_workstation->queue()->at(0).id
                                  : 0),
                             kWait);
    m_window->queuePanel()->selectConversation(emergency);
    QVERIFY(m_window->conversationPanel()->emergencyBanner()->isVisible());
    QVERIFY(looksLikeAPicture(shoot(m_window.get(), u"emergency"_s)));
}

void TestUiScreenshots::redirection()
{
    m_window->queuePanel()->selectConversation(m_first);
    m_window->conversationPanel()->redirectActions().at(int(RedirectTarget::Perceval))->trigger();
    auto *dialog = m_window->findChild<Ui::RedirectDialog *>(u"redirectDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->checks().value(0)->setChecked(true);
    QVERIFY(!shoot(dialog, u"redirect"_s).isEmpty());
    dialog->reject();
}

void TestUiScreenshots::locked()
{
    m_window->lock();
    QVERIFY(m_window->isShowingLock());
    QVERIFY(!shoot(m_window.get(), u"locked"_s).isEmpty());
}

void TestUiScreenshots::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x32, 0x34, 0x38));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    QApplication::setPalette(dark);
    m_window->unlockPage()->secretField()->setText(kPassphrase);
    QTest::keyClick(m_window->unlockPage()->secretField(), Qt::Key_Return);
    QVERIFY(!m_window->isShowingLock());
    m_window->queuePanel()->selectConversation(m_first);
    m_window->faqPanel()->searchBox()->setText(u"perceval"_s);
    QVERIFY(looksLikeAPicture(shoot(m_window.get(), u"workstation-dark"_s)));
}

void TestUiScreenshots::supervision()
{
    // The duty supervisor's page, in French, at a desk of its own (docs/supervision.md).
    QApplication::setPalette(QApplication::style()->standardPalette());
    QVERIFY(I18n::install(u"fr"_s));
    OnlineDesk desk;
    QVERIFY(desk.logIn(m_server.httpUrl(), u"chef"_s, kPassword, kWait));
    Ui::MainWindow window(desk.workstation());
    window.setIdleMinutes(0);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSupervision(true);
    QVERIFY(window.isShowingSupervision());
    SupervisorBoard *board = window.supervisorPage()->board();
    QTRY_VERIFY_WITH_TIMEOUT(board->updatedAt() > 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(board->queue()->value(u"waiting"_s).toInt() > 0, kWait);
    QVERIFY(looksLikeAPicture(shoot(&window, u"supervision"_s)));

    // The knowledge-base editor, in French too, an entry chosen by searching, a new
    // answer typed.
    QTRY_VERIFY_WITH_TIMEOUT(desk->faqIndex().size() > 0, kWait);
    window.supervisorPage()->editFaqAction()->trigger();
    Ui::FaqEditorDialog *editor = window.supervisorPage()->faqEditor();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    editor->searchField()->setText(u"perceval"_s);
    // The French version of the entry, as the French interface around it.
    QAbstractItemModel *entries = editor->entriesView()->model();
    int french = -1;
    for (int row = 0; row < entries->rowCount() && french < 0; ++row) {
        if (entries->index(row, 1).data().toString() == u"FR"_s)
            french = row;
    }
    QVERIFY(french >= 0);
    editor->entriesView()->setCurrentIndex(entries->index(french, 0));
    QVERIFY(!editor->questionField()->text().isEmpty());
    editor->reasonField()->setText(u"Le numéro de la banque a changé"_s);
    editor->answerField()->appendPlainText(u"Appelez d'abord votre banque."_s);
    QVERIFY(looksLikeAPicture(shoot(editor, u"faq-editor"_s)));
    editor->close();
    window.close();
    I18n::install(u"en"_s);
}

void TestUiScreenshots::cleanupTestCase()
{
    m_window.reset();
    m_workstation.reset();
    m_citizens.clear();
    m_server.stop();
}

QTEST_MAIN(TestUiScreenshots)
#include "tst_ui_screenshots.moc"
