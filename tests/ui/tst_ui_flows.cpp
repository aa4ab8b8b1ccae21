// The workstation's flows, widget by widget, against the real server on
// loopback: first run, take next, answer with a FAQ snippet, redirect, close
// with an outcome, the emergency banner, lock and unlock, offline then online.
#include "app/models/workstation.h"
#include "app/redirects/redirectcatalog.h"
#include "frameclients.h"
#include "serverprocess.h"
#include "tests/testutil.h"
#include "ui/composer.h"
#include "ui/conversationpanel.h"
#include "ui/faqpanel.h"
#include "ui/labels.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/redirectdialog.h"
#include "ui/settingsdialog.h"
#include "ui/setupwizard.h"
#include "ui/transferdialog.h"
#include "ui/unlockpage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHelpEvent>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"mot de passe de test"_s;
const QString kPassphrase = u"une phrase secrète assez longue"_s;
constexpr int kWait = 15000;

} // namespace

class TestUiFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardSaysWhenThePasswordIsWrong();
    void wizardSaysWhenTheServerIsUnreachable();
    void firstRunSetsUpTheCacheAndLogsIn();
    void takeNextPullsTheWaitingConversation();
    void answerWithAFaqSnippet();
    void untranslatedFaqTextIsFlaggedBeforeSending();
    void redirectSendsTheTextAndRecordsTheOutcome();
    void closeWithAnOutcome();
    void brigadeAsksConsentThenTransferToAColleague();
    void emergencyShowsTheBannerAndTheNoticeGoesInOneKey();
    void agentRaisesAndLowersFlagsFromTheKeyboard();
    void flagReasonSaysWhyTriageRaisedIt();
    void queueFiltersAndSearch();
    void citizenMarkupIsShownLiterally();
    void lockHidesEverythingAndUnlockRestores();
    void idleWorkstationLocksItself();
    void offlineWorkGoesOutOnceBackOnline();
    void draftsAndSplitterSurviveARestart();
    void shortcutsSheetListsTheActions();
    void twoAgentsShareTheDesk();
    void settingsPage();
    void cleanupTestCase();

private:
    qint64 citizenWrites(const QString &text, Language lang = Language::Fr);
    //! Keyboard shortcuts go to the active window.
    bool activate();
    Ui::SetupWizard *newWizard(const QString &server, const QString &login,
                               const QString &password);

    QTemporaryDir m_home;
    ServerProcess m_server;
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::vector<std::unique_ptr<CitizenClient>> m_citizens;
    qint64 m_taken = 0;
};

void TestUiFlows::initTestCase()
{
    // Settings and caches of this run only.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"gendarme"_s, kPassword));
    QVERIFY(m_server.addAgent(u"collegue"_s, kPassword, u"gendarme"_s,
                              { u"--name"_s, u"Claire Collègue"_s }));
}

Ui::SetupWizard *TestUiFlows::newWizard(const QString &server, const QString &login,
                                        const QString &password)
{
    auto *wizard = new Ui::SetupWizard(m_workstation.get(), server);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setLoginTimeout(8000);
    wizard->loginField()->setText(login);
    wizard->passwordField()->setText(password);
    wizard->passphraseChoice()->setChecked(true);
    wizard->passphraseField()->setText(kPassphrase);
    wizard->passphraseRepeatField()->setText(kPassphrase);
    wizard->show();
    wizard->next();
    return wizard;
}

qint64 TestUiFlows::citizenWrites(const QString &text, Language lang)
{
    auto citizen = std::make_unique<CitizenClient>();
    const auto welcome = citizen->connectAndHello(m_server.wsUrl(u"/chat"_s), lang);
    if (!welcome || !citizen->say(text))
        return 0;
    m_citizens.push_back(std::move(citizen));
    qint64 id = 0;
    (void)QTest::qWaitFor(
        [&] {
            QueueModel *queue = m_workstation->queue();
            for (int row = 0; row < queue->rowCount(); ++row) {
                // The last message may already be the server's automatic notice.
                const qint64 candidate = queue->at(row).id;
                for (const Message &m : m_workstation->store()->messages(candidate)) {
                    if (m.author == Author::Citizen && m.text == text)
                        id = candidate;
                }
            }
            return id != 0;
        },
        kWait);
    return id;
}

bool TestUiFlows::activate()
{
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

void TestUiFlows::wizardSaysWhenThePasswordIsWrong()
{
    m_workstation = std::make_unique<Workstation>();
    m_workstation->setKdfCost(KdfCost::minimum());
    auto *wizard = newWizard(m_server.httpUrl().toString(), u"gendarme"_s, u"pas le bon"_s);
    QVERIFY(!wizard->finishSetup());
    QVERIFY2(wizard->errorLabel()->text().contains(u"refused"_s),
             qPrintable(wizard->errorLabel()->text()));
    // Nothing half-made is left behind: the agent can start again.
    QVERIFY(!m_workstation->hasCache({ m_server.httpUrl(), u"gendarme"_s }));
    wizard->close();
}

void TestUiFlows::wizardSaysWhenTheServerIsUnreachable()
{
    auto *wizard = newWizard(u"http://127.0.0.1:9"_s, u"gendarme"_s, kPassword);
    QVERIFY(!wizard->finishSetup());
    QVERIFY2(wizard->errorLabel()->text().contains(u"does not answer"_s)
                 || wizard->errorLabel()->text().contains(u"did not answer"_s),
             qPrintable(wizard->errorLabel()->text()));
    wizard->close();
}

void TestUiFlows::firstRunSetsUpTheCacheAndLogsIn()
{
    auto *wizard = newWizard(m_server.httpUrl().toString(), u"gendarme"_s, kPassword);
    QCOMPARE(wizard->currentId(), int(Ui::SetupWizard::ProtectionPage));
    wizard->next(); // validatePage(): creates the cache and logs in
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible() || m_workstation->isOpen(), kWait);
    QVERIFY2(m_workstation->isOpen(), qPrintable(wizard->errorLabel()->text()));
    wizard->close();
    QCOMPARE(m_workstation->method(), KeyVault::Method::Passphrase);
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->engine()->state(), SyncEngine::State::Online, kWait);

    m_window = std::make_unique<Ui::MainWindow>(m_workstation.get());
    m_window->setIdleMinutes(0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->isShowingLock());
    QVERIFY(m_window->stateLabel()->text().contains(u"Online"_s));
    // The presence said at login is acknowledged too.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->outboxLabel()->text().contains(u"Everything sent"_s), kWait);
}

void TestUiFlows::takeNextPullsTheWaitingConversation()
{
    const qint64 id = citizenWrites(u"Bonjour, on m'a volé ma carte bancaire hier soir"_s);
    QVERIFY(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->queuePanel()->view()->model()->rowCount() >= 1, kWait);

    QVERIFY(activate());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->conversationPanel()->conversation(), id, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->queue()->conversation(id)->owner, u"gendarme"_s,
                              kWait);
    QCOMPARE(m_window->queuePanel()->currentConversation(), id);
    QVERIFY(m_window->conversationPanel()->releaseAction()->isEnabled());
    QVERIFY(m_window->conversationPanel()->model()->rowCount() >= 1);
    m_taken = id;
}

void TestUiFlows::answerWithAFaqSnippet()
{
    Ui::FaqPanel *faq = m_window->faqPanel();
    // Before typing: suggestions from the citizen's last message.
    QTRY_VERIFY_WITH_TIMEOUT(faq->model()->rowCount() > 0, kWait);

    faq->searchBox()->setFocus();
    QTest::keyClicks(faq->searchBox(), u"carte bancaire volee"_s);
    QVERIFY(faq->model()->rowCount() > 0);
    const QModelIndex first = faq->model()->index(0);
    QVERIFY(
        !first.data(FaqResultsModel::QuestionHighlightsRole).value<QList<FaqSpan>>().isEmpty()
        || !first.data(FaqResultsModel::AnswerHighlightsRole).value<QList<FaqSpan>>().isEmpty());
    QVERIFY(faq->preview()->toHtml().contains(u"background-color"_s)); // highlighted words
    const QString answer = first.data(FaqResultsModel::AnswerRole).toString();

    QTest::keyClick(faq->searchBox(), Qt::Key_Return);
    Ui::Composer *composer = m_window->conversationPanel()->composer();
    QVERIFY(composer->toPlainText().startsWith(answer.left(40)));
    QVERIFY(composer->hasFocus());
    composer->moveCursor(QTextCursor::Start);
    QTest::keyClicks(composer, u"Bonjour, "_s);
    const QString sent = composer->toPlainText();

    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(composer->toPlainText().isEmpty());
    // Shown at once (pending), then sent; the citizen reads it.
    ConversationModel *history = m_window->conversationPanel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() >= 2
                                 && history->at(history->rowCount() - 1).author == Author::Agent,
                             kWait);
    auto message = m_citizens.front()->next<Protocol::CitizenMessage>(
        kWait, [&](const Protocol::CitizenMessage &m) { return m.author == Author::Agent; });
    QVERIFY(message);
    QCOMPARE(message->text, sent.trimmed());
    QTRY_VERIFY_WITH_TIMEOUT(
        history->at(history->rowCount() - 1).delivery != DeliveryState::Pending, kWait);
}

void TestUiFlows::untranslatedFaqTextIsFlaggedBeforeSending()
{
    // The citizen writes French; an entry without a French version comes in German (the
    // panel gives the found text when the citizen's version is missing).
    Ui::ConversationPanel *panel = m_window->conversationPanel();
    Ui::Composer *composer = panel->composer();
    QCOMPARE(panel->citizenLanguage(), Language::Fr);
    QVERIFY(composer->toPlainText().isEmpty());
    const QString german = u"Bitte erstatten Sie Anzeige bei der Gendarmerie."_s;
    panel->insertAnswer(german, Language::De);
    QVERIFY(!panel->translationBanner()->isHidden());
    const QString flagged = panel->translationLabel()->text();
    QVERIFY(!flagged.isEmpty());

    // Translated by the agent: the flag goes.
    composer->setFocus();
    composer->selectAll();
    QTest::keyClicks(composer, u"Veuillez porter plainte."_s);
    QVERIFY(panel->translationBanner()->isHidden());
    composer->clear();

    // Left as it is: the first Send only tells, the second sends.
    panel->insertAnswer(german, Language::De);
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(composer->toPlainText(), german);
    QVERIFY(!panel->translationBanner()->isHidden());
    QVERIFY(panel->translationLabel()->text() != flagged); // "Not sent: …"
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(composer->toPlainText().isEmpty());
    QVERIFY(panel->translationBanner()->isHidden());
    auto message = m_citizens.front()->next<Protocol::CitizenMessage>(
        kWait, [&](const Protocol::CitizenMessage &m) { return m.text == german; });
    QVERIFY(message);
}

void TestUiFlows::redirectSendsTheTextAndRecordsTheOutcome()
{
    Ui::ConversationPanel *panel = m_window->conversationPanel();
    QAction *these = panel->redirectActions().at(int(RedirectTarget::These));
    QVERIFY(these->isEnabled());
    QCOMPARE(these->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    these->trigger();
    auto *dialog = m_window->findChild<Ui::RedirectDialog *>(u"redirectDialog"_s);
    QVERIFY(dialog);
    QVERIFY(!dialog->checks().isEmpty());
    const std::optional<Redirect> expected =
        m_workstation->redirects().redirect(RedirectTarget::These, Language::Fr, u"en"_s);
    QVERIFY(expected);
    QCOMPARE(dialog->text(), expected->text.trimmed());
    // Not before every eligibility condition is confirmed.
    QPushButton *send = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().contains(u"Send"_s))
            send = b;
    }
    QVERIFY(send);
    QVERIFY(!send->isEnabled());
    for (QCheckBox *check : dialog->checks())
        check->setChecked(true);
    QVERIFY(send->isEnabled());
    dialog->editor()->appendPlainText(u"Bon courage."_s);
    const QString text = dialog->text();
    send->click();

    auto message = m_citizens.front()->next<Protocol::CitizenMessage>(
        kWait, [&](const Protocol::CitizenMessage &m) {
            return m.author == Author::Agent && m.text == text;
        });
    QVERIFY(message);
    QVERIFY(message->text.contains(expected->url.host()));
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->queue()->conversation(m_taken)->outcome,
                              std::optional(Outcome::These), kWait);
}

void TestUiFlows::closeWithAnOutcome()
{
    m_window->conversationPanel()->closeAction()->trigger();
    auto *dialog = m_window->findChild<QInputDialog *>(u"closeDialog"_s);
    QVERIFY(dialog);
    // The redirection recorded is offered first.
    QCOMPARE(dialog->textValue(), Ui::Labels::outcome(Outcome::These));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->queue()->conversation(m_taken)->state,
                              ConversationState::Closed, kWait);
    QCOMPARE(m_workstation->queue()->conversation(m_taken)->outcome, std::optional(Outcome::These));
    // The composer no longer sends on a closed conversation.
    QVERIFY(m_window->conversationPanel()->composer()->isReadOnly());
    // The citizen is offered the survey.
    QVERIFY(m_citizens.front()->next<Protocol::SurveyRequest>(kWait));
}

void TestUiFlows::brigadeAsksConsentThenTransferToAColleague()
{
    // A colleague connected at another desk: the roster shows her.
    AgentClient colleague;
    QVERIFY(colleague.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"collegue"_s, kPassword));
    QVERIFY(colleague.command(CommandOp::SetPresence, 0, { { u"presence"_s, u"available"_s } }).ok);
    const QString first =
        u"Bonjour, un gendarme peut-il venir constater les dégâts sur ma voiture ?"_s;
    const qint64 id = citizenWrites(first);
    QVERIFY(id);
    CitizenClient &citizen = *m_citizens.back();
    Ui::ConversationPanel *panel = m_window->conversationPanel();
    QVERIFY(m_workstation->engine()->claim(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->queue()->conversation(id)->owner, u"gendarme"_s,
                              kWait);
    m_window->queuePanel()->selectConversation(id);
    QTRY_COMPARE_WITH_TIMEOUT(panel->conversation(), id, kWait);
    QVERIFY(!panel->consentLabel()->isVisible());

    // Brigade: the redirection cannot go before the citizen was asked and answered.
    QAction *brigade = panel->redirectActions().at(int(RedirectTarget::Brigade));
    QTRY_VERIFY_WITH_TIMEOUT(brigade->isEnabled(), kWait);
    brigade->trigger();
    auto *dialog = m_window->findChild<Ui::RedirectDialog *>(u"redirectDialog"_s);
    QVERIFY(dialog);
    QVERIFY(!dialog->consentCheck());
    QVERIFY(dialog->askButton());
    QCOMPARE(dialog->questionEditor()->toPlainText(),
             RedirectCatalog::consentQuestion(Language::Fr));
    for (QCheckBox *check : dialog->checks())
        check->setChecked(true);
    QPushButton *send = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().contains(u"Send"_s))
            send = b;
    }
    QVERIFY(send);
    QVERIFY(!send->isEnabled());
    const QString question = dialog->questionEditor()->toPlainText();
    dialog->askButton()->click(); // sends the question, closes the dialog
    QVERIFY(citizen.next<Protocol::CitizenMessage>(kWait, [&](const Protocol::CitizenMessage &m) {
        return m.author == Author::Agent && m.text == question;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->consentState(id).question
                                 && m_workstation->consentState(id).question->seq > 0,
                             kWait);
    QVERIFY(!m_workstation->consentState(id).ready());
    QVERIFY(citizen.say(u"Oui, d'accord"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->consentState(id).ready(), kWait);
    QCOMPARE(m_workstation->consentState(id).answer->text, u"Oui, d'accord"_s);

    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<Ui::RedirectDialog *>(u"redirectDialog"_s),
                             kWait);
    brigade->trigger();
    dialog = m_window->findChild<Ui::RedirectDialog *>(u"redirectDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->consentCheck());
    for (QCheckBox *check : dialog->checks())
        check->setChecked(true);
    send = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().contains(u"Send"_s))
            send = b;
    }
    QVERIFY(send && !send->isEnabled());
    dialog->consentCheck()->setChecked(true);
    QVERIFY(send->isEnabled());
    send->click();
    // Recorded by the server, shown in the conversation: who, when, the text.
    QTRY_VERIFY_WITH_TIMEOUT(!m_workstation->consent(id).isEmpty(), kWait);
    QCOMPARE(m_workstation->consent(id).value(u"text"_s).toString(), question);
    QTRY_VERIFY_WITH_TIMEOUT(panel->consentLabel()->isVisible(), kWait);
    QVERIFY(panel->consentLabel()->text().contains(u"gendarme"_s));
    QVERIFY(panel->consentLabel()->text().contains(question));
    QCOMPARE(panel->consentLabel()->textFormat(), Qt::PlainText);

    // Transfer to a person: picked from the roster, by the keyboard.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_workstation->roster()->rowOf(u"collegue"_s) >= 0
            && m_workstation->roster()->at(m_workstation->roster()->rowOf(u"collegue"_s)).canTake(),
        kWait);
    QCOMPARE(m_workstation->roster()->rowOf(u"gendarme"_s), -1); // not to oneself
    QVERIFY(panel->transferAction()->isEnabled());
    panel->transferAction()->trigger();
    auto *transfer = m_window->findChild<Ui::TransferDialog *>(u"transferDialog"_s);
    QVERIFY(transfer);
    QTest::keyClicks(transfer->filter(), u"nobody-like-this"_s);
    QVERIFY(!transfer->transferButton()->isEnabled());
    QVERIFY(transfer->queueButton()->isDefault()); // Enter would send it to the queue
    transfer->filter()->clear();
    QTest::keyClicks(transfer->filter(), u"claire"_s);
    QVERIFY(transfer->transferButton()->isEnabled());
    QCOMPARE(transfer->view()->currentIndex().data(RosterModel::LoginRole).toString(),
             u"collegue"_s);
    QVERIFY(transfer->view()->currentIndex().data().toString().contains(u"Claire Collègue"_s));
    QTest::keyClick(transfer->filter(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->queue()->conversation(id)->owner, u"collegue"_s,
                              kWait);
    colleague.close();
}

void TestUiFlows::emergencyShowsTheBannerAndTheNoticeGoesInOneKey()
{
    const qint64 id =
        citizenWrites(u"Au secours il me frappe, je suis enfermée dans la salle de bain"_s);
    QVERIFY(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->queue()->conversation(id)->emergency, kWait);
    // Emergencies come first in the queue.
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->queue()->at(0).id, id, kWait);
    m_window->queuePanel()->selectConversation(id);
    Ui::ConversationPanel *panel = m_window->conversationPanel();
    QCOMPARE(panel->conversation(), id);
    QVERIFY(panel->emergencyBanner()->isVisible());

    QVERIFY(activate());
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    const QString notice = m_workstation->redirects().emergencyText(Language::Fr);
    QVERIFY(notice.contains(u"112"_s));
    auto message = m_citizens.back()->next<Protocol::CitizenMessage>(
        kWait, [&](const Protocol::CitizenMessage &m) {
            return m.author == Author::Agent && m.text == notice;
        });
    QVERIFY(message);
}

void TestUiFlows::agentRaisesAndLowersFlagsFromTheKeyboard()
{
    const qint64 id = citizenWrites(u"Bonjour, une question sur mon dossier"_s);
    QVERIFY(id);
    QueueModel *queue = m_workstation->queue();
    QVERIFY(!queue->conversation(id)->emergency && !queue->conversation(id)->sgbv);
    m_window->queuePanel()->selectConversation(id);
    Ui::ConversationPanel *panel = m_window->conversationPanel();
    QCOMPARE(panel->conversation(), id);
    QVERIFY(!panel->sgbvBanner()->isVisible());
    QVERIFY(!panel->sgbvFlagAction()->isChecked());
    // Both actions are in the Conversation menu, with their shortcuts.
    QCOMPARE(panel->emergencyFlagAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QCOMPARE(panel->sgbvFlagAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    QVERIFY(m_window->allActions().contains(panel->sgbvFlagAction()));

    QVERIFY(activate());
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    // The server's event raises it: the banner says who, the queue puts it
    // before every conversation that is not flagged.
    QTRY_VERIFY_WITH_TIMEOUT(queue->conversation(id)->sgbv, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(panel->sgbvBanner()->isVisible(), kWait);
    QVERIFY(panel->sgbvFlagAction()->isChecked());
    QVERIFY2(panel->sgbvLabel()->text().contains(u"gendarme"_s),
             qPrintable(panel->sgbvLabel()->text()));
    const int row = queue->rowOf(id);
    for (int r = 0; r < queue->rowCount(); ++r) {
        const Conversation c = queue->at(r);
        if (c.state != ConversationState::Closed && !c.emergency && !c.sgbv)
            QVERIFY2(r > row, "an unflagged conversation is ahead of the SGBV one");
    }

    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(queue->conversation(id)->emergency, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(panel->emergencyBanner()->isVisible(), kWait);
    QVERIFY(panel->emergencyFlagAction()->isChecked());
    QVERIFY(
        Ui::ConversationPanel::flagReason(m_workstation->store()->flagReasons(id), u"emergency"_s)
            .contains(u"gendarme"_s));

    // Lowered again: the banner goes, the order follows.
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!queue->conversation(id)->emergency, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->emergencyBanner()->isVisible(), kWait);
    QVERIFY(!panel->emergencyFlagAction()->isChecked());
    QVERIFY(queue->conversation(id)->sgbv);
    QVERIFY(
        Ui::ConversationPanel::flagReason(m_workstation->store()->flagReasons(id), u"emergency"_s)
            .isEmpty());
}

void TestUiFlows::flagReasonSaysWhyTriageRaisedIt()
{
    const QString reasons = QString::fromUtf8(
        QJsonDocument(QJsonObject { { u"emergency"_s,
                                      QJsonObject { { u"by"_s, u"triage"_s },
                                                    { u"raised"_s, true },
                                                    { u"at"_s, qint64(1700000000000) },
                                                    { u"excerpt"_s, u"il a un couteau <b>"_s },
                                                    { u"rule"_s, u"fr.weapon.couteau"_s } } } })
            .toJson());
    const QString why = Ui::ConversationPanel::flagReason(reasons, u"emergency"_s);
    QVERIFY2(why.contains(u"il a un couteau <b>"_s), qPrintable(why));
    QVERIFY(why.contains(u"fr.weapon.couteau"_s));
    QVERIFY(Ui::ConversationPanel::flagReason(reasons, u"sgbv"_s).isEmpty());
}

void TestUiFlows::queueFiltersAndSearch()
{
    QVERIFY(citizenWrites(u"Hello, my passport was stolen in Paris"_s, Language::En));
    QueueModel *queue = m_workstation->queue();
    QLineEdit *search = m_window->queuePanel()->searchBox();
    search->setText(u"passport"_s);
    QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), 1, 20000);
    QVERIFY(queue->at(0).lastExcerpt.contains(u"passport"_s));
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(queue->rowCount() >= 2, 20000);
    const auto boxes = m_window->queuePanel()->findChildren<QComboBox *>();
    QComboBox *language = nullptr;
    for (QComboBox *box : boxes) {
        if (box->accessibleName() == u"Language"_s)
            language = box;
    }
    QVERIFY(language);
    language->setCurrentIndex(language->findData(int(Language::En)));
    for (int row = 0; row < queue->rowCount(); ++row)
        QCOMPARE(queue->at(row).lang, Language::En);
    language->setCurrentIndex(0);
}

namespace {

//! What a label, tooltip or notification would draw for @p shown: itself when
//! plain, the document's text when Qt takes it for rich text.
QString drawn(const QString &shown, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(shown)))
        return shown;
    QTextDocument document;
    document.setHtml(shown);
    return document.toPlainText();
}

} // namespace

void TestUiFlows::citizenMarkupIsShownLiterally()
{
    // A name that would be an image, a line that would be a 40-point red banner.
    const QString name = u"<img src=\"/tmp/x.png\"><b>Faux</b>"_s;
    const QString text =
        u"<p style=\"font-size:40pt;color:red\">APPELEZ le 0800 000 000</p> &amp; <i>ici</i>"_s;
    auto citizen = std::make_unique<CitizenClient>();
    QVERIFY(citizen->connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr, {}, 0, name));
    QVERIFY(citizen->say(text));
    m_citizens.push_back(std::move(citizen));
    qint64 id = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < m_workstation->queue()->rowCount(); ++row) {
                if (m_workstation->queue()->at(row).citizen == name)
                    id = m_workstation->queue()->at(row).id;
            }
            return id != 0;
        }(),
        kWait);

    // The header.
    Ui::ConversationPanel *panel = m_window->conversationPanel();
    panel->setConversation(id);
    QLabel *title = panel->titleLabel();
    QVERIFY2(drawn(title->text(), title->textFormat()).contains(name), qPrintable(title->text()));

    // A refusal whose reason repeats what the citizen sent (servers quote input).
    Store *store = m_workstation->store();
    const QString refused = u"refusal-markup"_s;
    QVERIFY(store->enqueue(refused, QByteArray("{}"), id, 1));
    QVERIFY(store->markRefused(refused, ErrorCode::InvalidValue, text));
    panel->setConversation(0);
    panel->setConversation(id);
    QVERIFY(panel->refusalBanner()->isVisibleTo(panel));
    QLabel *reason = panel->refusalLabel();
    QVERIFY2(drawn(reason->text(), reason->textFormat()).contains(text),
             qPrintable(reason->text()));
    m_workstation->dismissRefusal(refused);

    // Every label of the window that shows the name or the text shows it literally.
    int seen = 0;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        const QString shown = label->text();
        if (!shown.contains(u"Faux"_s) && !shown.contains(u"APPELEZ"_s))
            continue;
        ++seen;
        const QString literal = drawn(shown, label->textFormat());
        QVERIFY2(literal.contains(name) || literal.contains(text),
                 qPrintable(label->objectName() + u": "_s + shown));
    }
    QVERIFY(seen >= 1);

    // The queue row's tooltip (the last message), through the delegate as the view asks it.
    QListView *view = m_window->queuePanel()->view();
    QModelIndex row;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(QueueModel::IdRole).toLongLong() == id)
            row = view->model()->index(r, 0);
    }
    QVERIFY(row.isValid());
    const QString tip = row.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"APPELEZ"_s), qPrintable(tip));
    QHelpEvent help(QEvent::ToolTip, view->visualRect(row).center(),
                    view->viewport()->mapToGlobal(view->visualRect(row).center()));
    QStyleOptionViewItem option;
    option.initFrom(view);
    QVERIFY(view->itemDelegate()->helpEvent(&help, view, option, row));
    QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::text().isEmpty(), 2000);
    QCOMPARE(drawn(QToolTip::text()).simplified(), text.simplified());
    QToolTip::hideText();

    // A desktop notification's body.
    QCOMPARE(drawn(Ui::Labels::notificationBody(name), Qt::RichText), name);
    QCOMPARE(drawn(Ui::Labels::plainToolTip(text)), text);
}

void TestUiFlows::idleWorkstationLocksItself()
{
    QVERIFY(!m_window->isShowingLock());
    m_window->setIdleTimeout(400);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingLock(), kWait);
    QVERIFY(!m_workstation->isOpen());
    m_window->setIdleTimeout(0); // not again while the rest runs
    Ui::UnlockPage *page = m_window->unlockPage();
    page->secretField()->setText(kPassphrase);
    QTest::keyClick(page->secretField(), Qt::Key_Return);
    QVERIFY(!m_window->isShowingLock());
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->engine()->state(), SyncEngine::State::Online, kWait);
}

void TestUiFlows::lockHidesEverythingAndUnlockRestores()
{
    const qint64 before = m_window->conversationPanel()->conversation();
    QVERIFY(m_workstation->queue()->rowCount() > 0);
    QVERIFY(activate());
    QList<qint64> held; // the conversations this agent holds
    for (int row = 0; row < m_workstation->queue()->rowCount(); ++row) {
        const Conversation &c = m_workstation->queue()->at(row);
        if (c.owner == u"gendarme"_s && c.state == ConversationState::Claimed)
            held.append(c.id);
    }
    QSignalSpy notified(m_workstation.get(), &Workstation::notificationRaised);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->isShowingLock());
    QVERIFY(!m_workstation->isOpen());
    QCOMPARE(m_workstation->queue()->rowCount(), 0);
    QCOMPARE(m_window->conversationPanel()->model()->rowCount(), 0);
    QVERIFY(m_window->stateLabel()->text().contains(u"Locked"_s));

    // Locking keeps the work: still connected, the claims kept, events still cached,
    // and nothing with content shown or notified.
    QVERIFY(m_workstation->isHoldingWhileLocked());
    QCOMPARE(m_workstation->engine()->state(), SyncEngine::State::Online);
    const QString secretName = u"Dominique Verrou"_s;
    {
        auto citizen = std::make_unique<CitizenClient>();
        QVERIFY(
            citizen->connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr, {}, 0, secretName));
        QVERIFY(citizen->say(u"Une question pendant le verrouillage"_s));
        m_citizens.push_back(std::move(citizen));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Conversation &c : m_workstation->store()->conversations()) {
                if (c.citizen == secretName)
                    return true;
            }
            return false;
        }(),
        kWait);
    QCOMPARE(m_workstation->queue()->rowCount(), 0);
    QVERIFY(m_window->isShowingLock());
    for (const QList<QVariant> &n : std::as_const(notified)) {
        const auto notification = n.at(0).value<Notification>();
        QVERIFY2(!notification.body.contains(u"Dominique"_s), qPrintable(notification.body));
    }
    for (const qint64 id : std::as_const(held))
        QCOMPARE(m_workstation->store()->conversation(id)->owner, u"gendarme"_s);

    Ui::UnlockPage *page = m_window->unlockPage();
    QTest::keyClicks(page->secretField(), u"pas la bonne phrase"_s);
    QTest::keyClick(page->secretField(), Qt::Key_Return);
    QVERIFY(m_window->isShowingLock());
    QVERIFY(!page->errorLabel()->text().isEmpty());

    page->secretField()->setText(kPassphrase);
    QTest::keyClick(page->secretField(), Qt::Key_Return);
    QVERIFY(!m_window->isShowingLock());
    QVERIFY(m_workstation->queue()->rowCount() > 0);
    QCOMPARE(m_window->conversationPanel()->conversation(), before);
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->engine()->state(), SyncEngine::State::Online, kWait);
    for (const qint64 id : std::as_const(held))
        QCOMPARE(m_workstation->queue()->conversation(id)->owner, u"gendarme"_s);
    bool seen = false;
    for (int row = 0; row < m_workstation->queue()->rowCount(); ++row)
        seen = seen || m_workstation->queue()->at(row).citizen == secretName;
    QVERIFY(seen); // what came while locked is there at once

    // Locked for longer than the keep time: everything closes, the unlock reopens.
    const qint64 keep = m_workstation->keepWhileLockedMs();
    m_workstation->setKeepWhileLockedMs(300);
    m_window->lock();
    QTRY_VERIFY_WITH_TIMEOUT(!m_workstation->isHoldingWhileLocked(), kWait);
    QVERIFY(!m_workstation->engine());
    QVERIFY(!m_workstation->store());
    QVERIFY(m_window->isShowingLock());
    m_workstation->setKeepWhileLockedMs(keep);
    page->secretField()->setText(kPassphrase);
    QTest::keyClick(page->secretField(), Qt::Key_Return);
    QVERIFY(!m_window->isShowingLock());
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->engine()->state(), SyncEngine::State::Online, kWait);
}

void TestUiFlows::offlineWorkGoesOutOnceBackOnline()
{
    // A conversation of our own to answer.
    const qint64 id = citizenWrites(u"Bonjour, je voudrais signaler un site frauduleux"_s);
    QVERIFY(id);
    m_window->queuePanel()->selectConversation(id);
    m_window->conversationPanel()->claimAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->queue()->conversation(id)->owner, u"gendarme"_s,
                              kWait);

    m_server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->engine()->state() != SyncEngine::State::Online, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->stateLabel()->text().contains(u"Online"_s), kWait);
    // The cached queue, the FAQ and the composer keep working.
    QVERIFY(m_workstation->queue()->rowCount() > 0);
    m_window->faqPanel()->searchBox()->setText(u"pharos"_s);
    // The index is built on a worker thread (again after a lock reopened the cache):
    // the results come when it is ready.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->faqPanel()->model()->rowCount() > 0, kWait);
    Ui::Composer *composer = m_window->conversationPanel()->composer();
    composer->setPlainText(u"Vous pouvez le signaler sur Pharos."_s);
    QTest::keyClick(composer, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->outboxLabel()->text().contains(u"1"_s), kWait);
    ConversationModel *history = m_window->conversationPanel()->model();
    const Message pending = history->at(history->rowCount() - 1);
    QCOMPARE(pending.delivery, DeliveryState::Pending);

    QVERIFY(m_server.start());
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->engine()->state(), SyncEngine::State::Online, 90000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->outboxLabel()->text().contains(u"Everything sent"_s), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->store()->message(pending.id)->seq > 0, kWait);
    // Exactly once in the conversation.
    int copies = 0;
    for (const Message &m : m_workstation->store()->messages(id))
        copies += m.text == pending.text ? 1 : 0;
    QCOMPARE(copies, 1);
}

void TestUiFlows::draftsAndSplitterSurviveARestart()
{
    const qint64 id = m_window->conversationPanel()->conversation();
    QVERIFY(id);
    m_window->conversationPanel()->composer()->setPlainText(u"Brouillon à reprendre"_s);
    m_window->splitter()->setSizes({ 300, 700, 300 });
    const QList<int> sizes = m_window->splitter()->sizes();
    m_window->close();
    m_window.reset();
    const Workstation::Account account = *m_workstation->account();
    m_workstation = std::make_unique<Workstation>();
    m_workstation->selectAccount(account);
    m_window = std::make_unique<Ui::MainWindow>(m_workstation.get());
    m_window->setIdleMinutes(0);
    m_window->show();
    QVERIFY(m_window->isShowingLock());
    m_window->unlockPage()->secretField()->setText(kPassphrase);
    QTest::keyClick(m_window->unlockPage()->secretField(), Qt::Key_Return);
    QVERIFY(!m_window->isShowingLock());
    QCOMPARE(m_window->conversationPanel()->conversation(), id);
    QCOMPARE(m_window->conversationPanel()->composer()->toPlainText(), u"Brouillon à reprendre"_s);
    QCOMPARE(m_window->splitter()->sizes(), sizes);
}

void TestUiFlows::shortcutsSheetListsTheActions()
{
    QVERIFY(activate());
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *sheet = m_window->findChild<QDialog *>(u"shortcutsDialog"_s);
    QVERIFY(sheet);
    int withKeys = 0;
    for (QAction *a : m_window->allActions())
        withKeys += a->shortcut().isEmpty() ? 0 : 1;
    QVERIFY(withKeys >= 20);
    QVERIFY(sheet->findChild<QWidget *>()); // built
    sheet->close();
}

void TestUiFlows::twoAgentsShareTheDesk()
{
    // One desktop account, two agents: each cache opens with its own agent's secret.
    QVERIFY(m_server.addAgent(u"gendarme2"_s, kPassword));
    const QString otherPhrase = u"la phrase du second gendarme"_s;
    m_window->endSession(false); // Switch agent
    QVERIFY(m_window->isShowingLock());
    QVERIFY(!m_workstation->isOpen());
    Ui::UnlockPage *page = m_window->unlockPage();
    QCOMPARE(page->agentField()->currentText(), u"gendarme"_s);
    page->agentField()->setCurrentText(u"gendarme2"_s);
    page->secretField()->setText(otherPhrase);
    QTest::keyClick(page->secretField(), Qt::Key_Return);
    QVERIFY(m_window->isShowingLock()); // no cache for gendarme2 yet
    QVERIFY(page->errorLabel()->text().contains(u"gendarme2"_s));

    m_window->setUpAgent(u"gendarme2"_s);
    auto *wizard = m_window->findChild<Ui::SetupWizard *>(u"setupWizard"_s);
    QVERIFY(wizard);
    wizard->setLoginTimeout(8000);
    QCOMPARE(wizard->loginField()->text(), u"gendarme2"_s);
    wizard->passwordField()->setText(kPassword);
    wizard->passphraseChoice()->setChecked(true);
    wizard->passphraseField()->setText(otherPhrase);
    wizard->passphraseRepeatField()->setText(otherPhrase);
    wizard->next();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->isOpen(), kWait);
    QCOMPARE(m_workstation->login(), u"gendarme2"_s);
    QVERIFY(!m_window->isShowingLock());
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->engine()->state(), SyncEngine::State::Online, kWait);

    m_window->endSession(true); // Log out
    QVERIFY(m_window->isShowingLock());
    QVERIFY(page->agentField()->findText(u"gendarme"_s) >= 0);
    QVERIFY(page->agentField()->findText(u"gendarme2"_s) >= 0);
    // gendarme2's secret does not open gendarme's cache.
    page->agentField()->setCurrentText(u"gendarme"_s);
    page->secretField()->setText(otherPhrase);
    QTest::keyClick(page->secretField(), Qt::Key_Return);
    QVERIFY(m_window->isShowingLock());
    QVERIFY(!page->errorLabel()->text().isEmpty());
    page->secretField()->setText(kPassphrase);
    QTest::keyClick(page->secretField(), Qt::Key_Return);
    QVERIFY(!m_window->isShowingLock());
    QCOMPARE(m_workstation->login(), u"gendarme"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->engine()->state(), SyncEngine::State::Online, kWait);
}

void TestUiFlows::settingsPage()
{
    QVERIFY(m_workstation->isOpen());
    m_window->showSettings();
    auto *settings = m_window->findChild<Ui::SettingsDialog *>(u"settingsDialog"_s);
    QVERIFY(settings);
    QVERIFY(!settings->citizenNamesField()->isChecked()); // without names by default
    settings->idleMinutesField()->setValue(0);
    settings->keepMinutesField()->setValue(5);
    settings->retentionDaysField()->setValue(45);
    settings->citizenNamesField()->setChecked(true);
    settings->languageField()->setCurrentIndex(settings->languageField()->findData(u"fr"_s));

    // The passphrase: a wrong current one changes nothing, the right one re-wraps.
    const QString newPhrase = u"une toute nouvelle phrase secrète"_s;
    settings->oldPassphraseField()->setText(u"pas la bonne phrase"_s);
    settings->newPassphraseField()->setText(newPhrase);
    settings->repeatPassphraseField()->setText(newPhrase);
    settings->changePassphraseButton()->click();
    QVERIFY(settings->passphraseResult()->text().contains(u"nothing was changed"_s));
    settings->oldPassphraseField()->setText(kPassphrase);
    settings->newPassphraseField()->setText(newPhrase);
    settings->repeatPassphraseField()->setText(u"une autre"_s);
    settings->changePassphraseButton()->click();
    QVERIFY(settings->passphraseResult()->text().contains(u"differ"_s));
    settings->oldPassphraseField()->setText(kPassphrase);
    settings->newPassphraseField()->setText(newPhrase);
    settings->repeatPassphraseField()->setText(newPhrase);
    settings->changePassphraseButton()->click();
    QVERIFY2(settings->passphraseResult()->text().contains(u"changed"_s),
             qPrintable(settings->passphraseResult()->text()));
    settings->accept();

    QSettings conf;
    QCOMPARE(conf.value(u"lock/idleMinutes"_s).toInt(), 0);
    QCOMPARE(conf.value(u"cache/retentionDays"_s).toInt(), 45);
    QCOMPARE(conf.value(u"ui/language"_s).toString(), u"fr"_s);
    QCOMPARE(m_workstation->retentionDays(), 45);
    QCOMPARE(m_workstation->keepWhileLockedMs(), qint64(5 * 60000));
    QVERIFY(m_workstation->showCitizenNames());

    // The new passphrase opens the cache, the old one no longer does.
    m_window->endSession(false);
    Ui::UnlockPage *page = m_window->unlockPage();
    page->secretField()->setText(kPassphrase);
    QTest::keyClick(page->secretField(), Qt::Key_Return);
    QVERIFY(m_window->isShowingLock());
    page->secretField()->setText(newPhrase);
    QTest::keyClick(page->secretField(), Qt::Key_Return);
    QVERIFY(!m_window->isShowingLock());
    m_workstation->setShowCitizenNames(false);
}

void TestUiFlows::cleanupTestCase()
{
    m_window.reset();
    m_workstation.reset();
    m_citizens.clear();
    m_server.stop();
}

QTEST_MAIN(TestUiFlows)
#include "tst_ui_flows.moc"
