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
#include "ui/setupwizard.h"
#include "ui/unlockpage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

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
    void emergencyShowsTheBannerAndTheNoticeGoesInOneKey();
    void agentRaisesAndLowersFlagsFromTheKeyboard();
    void flagReasonSaysWhyTriageRaisedIt();
    void queueFiltersAndSearch();
    void lockHidesEverythingAndUnlockRestores();
    void idleWorkstationLocksItself();
    void offlineWorkGoesOutOnceBackOnline();
    void draftsAndSplitterSurviveARestart();
    void shortcutsSheetListsTheActions();
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
    QVERIFY(m_window->outboxLabel()->text().contains(u"Everything sent"_s));
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
    QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), 1, 2000);
    QVERIFY(queue->at(0).lastExcerpt.contains(u"passport"_s));
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(queue->rowCount() >= 2, 2000);
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
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->isShowingLock());
    QVERIFY(!m_workstation->isOpen());
    QCOMPARE(m_workstation->queue()->rowCount(), 0);
    QCOMPARE(m_window->conversationPanel()->model()->rowCount(), 0);
    QVERIFY(m_window->stateLabel()->text().contains(u"Locked"_s));

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
    QVERIFY(m_window->faqPanel()->model()->rowCount() > 0);
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

void TestUiFlows::cleanupTestCase()
{
    m_window.reset();
    m_workstation.reset();
    m_citizens.clear();
    m_server.stop();
}

QTEST_MAIN(TestUiFlows)
#include "tst_ui_flows.moc"
