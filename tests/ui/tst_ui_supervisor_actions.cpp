// The supervisor page's actions against the real server on loopback (offscreen), from
// the keyboard: disable and enable an agent (the session is cut, then let back in), order
// and clear a wipe, reassign a waiting conversation to a present agent, start and stop a
// surge, ask for an enrolment code, add, edit and retire a knowledge-base entry (which
// another workstation then has, and the server's history keeps); a refusal shows the server's
// reason, an action taken offline is queued and applied once the link is back; a gendarme never
// sees the actions.
#include "app/models/rostermodel.h"
#include "app/models/supervisorboard.h"
#include "app/models/workstation.h"
#include "frameclients.h"
#include "onlinedesk.h"
#include "serverprocess.h"
#include "tests/testutil.h"
#include "ui/faqeditordialog.h"
#include "ui/mainwindow.h"
#include "ui/supervisoractiondialog.h"
#include "ui/supervisorpage.h"
#include "ui/transferdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"mot de passe de test"_s;
const QString kPassphrase = u"une phrase secrète assez longue"_s;
constexpr int kWait = 20000;
constexpr auto kCtrlAlt = Qt::ControlModifier | Qt::AltModifier;

//! The dialog of type T on show under @p parent (an accepted one may linger until deleted).
template<typename T>
T *shownDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (T *dialog : parent->findChildren<T *>()) {
                if (dialog->isVisible())
                    found = dialog;
            }
            return found != nullptr;
        },
        kWait);
    return found;
}

//! The dialog of type T on show under @p parent right now, or null (no waiting).
template<typename T>
T *shownDialogNow(QWidget *parent)
{
    for (T *dialog : parent->findChildren<T *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestUiSupervisorActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gendarmeSeesNoActions();
    void actionsFollowTheSelection();
    void reassignsAWaitingConversation();
    void disableCutsTheSessionEnableLetsBackIn();
    void wipeOrderReachesTheWorkstation();
    void surgeStartsEnrolsAndStops();
    void editsARedirectAddress();
    void editsTheKnowledgeBase();
    void refusalSaysTheServersReason();
    void offlineActionIsQueuedThenApplied();
    void cleanupTestCase();

private:
    Ui::SupervisorPage *page() const { return m_window->supervisorPage(); }
    //! Shortcuts reach the active window only.
    void activate();
    void selectAgent(const QString &login);
    //! Type @p reason in @p dialog and press Enter.
    static void confirm(Ui::SupervisorActionDialog *dialog, const QString &reason);
    bool surgeOn() const;

    QTemporaryDir m_home;
    ServerProcess m_server;
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<Ui::MainWindow> m_window;
    AgentClient m_alice;
    AgentClient m_bob;
    AgentClient m_adjoint;
    std::vector<std::unique_ptr<CitizenClient>> m_citizens;
};

void TestUiSupervisorActions::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(m_server.addAgent(u"adjoint"_s, kPassword, u"supervisor"_s));
    QVERIFY(m_server.addAgent(u"alice"_s, kPassword));
    QVERIFY(m_server.addAgent(u"bob"_s, kPassword));

    m_workstation = std::make_unique<Workstation>();
    m_workstation->setKdfCost(KdfCost::minimum());
    QVERIFY(m_workstation->setUp({ m_server.httpUrl(), u"chef"_s }, kPassword,
                                 KeyVault::Method::Passphrase, kPassphrase));
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->engine()->state(), SyncEngine::State::Online, kWait);

    // Alice and Bob at their desks (present: they ping as a workstation does).
    for (auto &[client, login] :
         { std::pair { &m_alice, u"alice"_s }, std::pair { &m_bob, u"bob"_s },
           std::pair { &m_adjoint, u"adjoint"_s } }) {
        QVERIFY(client->connectAndLogin(m_server.wsUrl(u"/agent"_s), login, kPassword));
        // Said out loud, so the roster hears of it (the same presence again is no news).
        for (const QString &presence : { u"away"_s, u"available"_s })
            QVERIFY(client->command(CommandOp::SetPresence, 0, { { u"presence"_s, presence } }).ok);
    }

    m_window = std::make_unique<Ui::MainWindow>(m_workstation.get());
    m_window->setIdleMinutes(0);
    m_window->resize(1400, 900);
    page()->board()->setMinInterval(100);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QVERIFY(m_window->isShowingSupervision());
    RosterModel *roster = m_workstation->roster();
    QTRY_VERIFY_WITH_TIMEOUT(roster->rowOf(u"alice"_s) >= 0 && roster->rowOf(u"bob"_s) >= 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(roster->at(roster->rowOf(u"bob"_s)).canTake(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(page()->board()->figures().contains(u"surge"_s), kWait);
}

void TestUiSupervisorActions::activate()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUiSupervisorActions::selectAgent(const QString &login)
{
    activate();
    QTreeView *view = page()->agentsView();
    const int row = m_workstation->roster()->rowOf(login);
    QVERIFY(row >= 0);
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect
                                                | QItemSelectionModel::Rows);
    QCOMPARE(page()->selectedAgent(), login);
}

void TestUiSupervisorActions::confirm(Ui::SupervisorActionDialog *dialog, const QString &reason)
{
    QVERIFY(dialog);
    // Nothing goes without a reason: Enter on an empty one does nothing.
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->reasonField(), reason); // keyClicks types ASCII only
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
}

bool TestUiSupervisorActions::surgeOn() const
{
    return page()->board()->figures().value(u"surge"_s).toObject().value(u"active"_s).toBool();
}

void TestUiSupervisorActions::gendarmeSeesNoActions()
{
    OnlineDesk desk;
    QVERIFY(desk.logIn(m_server.httpUrl(), u"alice"_s, kPassword, kWait));
    Ui::MainWindow window(desk.workstation());
    window.setIdleMinutes(0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.superviseMenu()->menuAction()->isVisible());
    for (QAction *a : window.supervisorPage()->supervisorActions()) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(!window.allActions().contains(a));
    }
    window.showSupervision(true);
    QVERIFY(!window.isShowingSupervision());
    window.close();

    // The supervisor has them, on the F1 sheet and in the Supervise menu.
    QVERIFY(m_window->superviseMenu()->menuAction()->isVisible());
    for (QAction *a : page()->supervisorActions()) {
        QVERIFY(m_window->allActions().contains(a));
        QVERIFY(m_window->superviseMenu()->actions().contains(a));
    }
}

void TestUiSupervisorActions::actionsFollowTheSelection()
{
    page()->agentsView()->selectionModel()->clearSelection();
    page()->agentsView()->selectionModel()->clearCurrentIndex();
    page()->conversationsView()->selectionModel()->clearCurrentIndex();
    for (QAction *a : { page()->disableAction(), page()->enableAction(), page()->orderWipeAction(),
                        page()->clearWipeAction(), page()->reassignAction() })
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    // No surge on: it can be started, not stopped; no code to give.
    QVERIFY(!surgeOn());
    QVERIFY(page()->startSurgeAction()->isEnabled());
    QVERIFY(!page()->stopSurgeAction()->isEnabled());
    QVERIFY(!page()->enrolAction()->isEnabled());
    selectAgent(u"alice"_s);
    for (QAction *a :
         { page()->disableAction(), page()->orderWipeAction(), page()->clearWipeAction() })
        QVERIFY2(a->isEnabled(), qPrintable(a->text()));
    // Her account is enabled: enabling it makes no sense.
    QVERIFY(!page()->enableAction()->isEnabled());
    // The agents' list offers them in its context menu (the Menu key).
    QCOMPARE(page()->agentsView()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(page()->agentsView()->actions().contains(page()->disableAction()));
}

void TestUiSupervisorActions::reassignsAWaitingConversation()
{
    auto citizen = std::make_unique<CitizenClient>();
    QVERIFY(citizen->connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr));
    QVERIFY(citizen->say(u"Bonjour, on m'a vole mon telephone."_s));
    m_citizens.push_back(std::move(citizen));
    QListView *list = page()->conversationsView();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, kWait);
    activate();
    const QModelIndex index = list->model()->index(0, 0);
    const qint64 id = index.data(QueueModel::IdRole).toLongLong();
    QCOMPARE(index.data(QueueModel::StateRole).value<ConversationState>(),
             ConversationState::Queued);
    list->setFocus();
    list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    QVERIFY(page()->reassignAction()->isEnabled());

    QTest::keyClick(list, Qt::Key_A, kCtrlAlt);
    auto *dialog = shownDialog<Ui::TransferDialog>(page());
    QVERIFY(dialog);
    // Waiting already: no "back to the queue"; nothing goes without a reason.
    QVERIFY(!dialog->queueButton()->isVisible());
    QTest::keyClicks(dialog->filter(), u"bob"_s);
    QVERIFY(!dialog->transferButton()->isEnabled());
    QTest::keyClicks(dialog->reasonField(), u"Alice est en pause"_s);
    QVERIFY(dialog->transferButton()->isEnabled());
    QSignalSpy finished(page(), &Ui::SupervisorPage::actionFinished);
    QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY2(page()->outcomeLabel()->text().endsWith(u"done."_s),
             qPrintable(page()->outcomeLabel()->text()));
    // The server moved it to Bob, and both ends see it.
    QVERIFY(m_server.output().contains(
        u"event=reassigned conversation=%1 by=chef from= to=bob"_s.arg(id).toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->queue()->conversation(id)->owner, u"bob"_s, kWait);
    // Held now: the next reassignment may put it back in the queue.
    QTRY_COMPARE_WITH_TIMEOUT(
        list->model()->index(0, 0).data(QueueModel::StateRole).value<ConversationState>(),
        ConversationState::Claimed, kWait);
    list->selectionModel()->setCurrentIndex(list->model()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect);
    page()->reassignAction()->trigger();
    dialog = shownDialog<Ui::TransferDialog>(page());
    QVERIFY(dialog);
    QVERIFY(dialog->queueButton()->isVisible());
    QTest::keyClicks(dialog->reasonField(), u"Retour en file"_s);
    QTest::mouseClick(dialog->queueButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QVERIFY(finished.last().at(1).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->queue()->conversation(id)->state,
                              ConversationState::Queued, kWait);
}

void TestUiSupervisorActions::disableCutsTheSessionEnableLetsBackIn()
{
    QVERIFY(m_alice.isConnected());
    selectAgent(u"alice"_s);
    QSignalSpy finished(page(), &Ui::SupervisorPage::actionFinished);
    QTest::keyClick(page()->agentsView(), Qt::Key_D, kCtrlAlt);
    auto *dialog = shownDialog<Ui::SupervisorActionDialog>(page());
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(u"Disable"_s));
    confirm(dialog, u"Poste vole"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY(m_server.output().contains("event=disable_agent agent=alice by=chef"));
    // Her live session is cut, and she cannot come back.
    QTRY_VERIFY_WITH_TIMEOUT(!m_alice.isConnected(), kWait);
    AgentClient again;
    QVERIFY(!again.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"alice"_s, kPassword));
    // The roster says so, live from the event stream: disabled, given nothing, and
    // only enabling (or a wipe) offered.
    RosterModel *roster = m_workstation->roster();
    const auto aliceDisabled = [roster] {
        const int row = roster->rowOf(u"alice"_s);
        return row >= 0 && roster->at(row).disabled;
    };
    QTRY_VERIFY_WITH_TIMEOUT(aliceDisabled(), kWait);
    const QModelIndex presence =
        roster->index(roster->rowOf(u"alice"_s), RosterModel::PresenceColumn);
    QCOMPARE(presence.data().toString(), u"Disabled"_s);
    QVERIFY(presence.data(Qt::ToolTipRole).toString().startsWith(u"Disabled"_s));
    QVERIFY(!presence.data(RosterModel::CanTakeRole).toBool());

    selectAgent(u"alice"_s); // the window active again after the dialog
    QVERIFY(!page()->disableAction()->isEnabled());
    QVERIFY(page()->enableAction()->isEnabled());
    QVERIFY(page()->orderWipeAction()->isEnabled());
    QTest::keyClick(page()->agentsView(), Qt::Key_D, kCtrlAlt); // offered no more: nothing
    QVERIFY(!shownDialogNow<Ui::SupervisorActionDialog>(page()));
    QTest::keyClick(page()->agentsView(), Qt::Key_E, kCtrlAlt);
    confirm(shownDialog<Ui::SupervisorActionDialog>(page()), u"Poste retrouve"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QVERIFY(finished.last().at(1).toBool());
    QVERIFY(m_server.output().contains("event=enable_agent agent=alice by=chef"));
    QTRY_VERIFY_WITH_TIMEOUT(!aliceDisabled(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(page()->disableAction()->isEnabled(), kWait);
    QVERIFY(!page()->enableAction()->isEnabled());
    QVERIFY(m_alice.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"alice"_s, kPassword));
}

void TestUiSupervisorActions::wipeOrderReachesTheWorkstation()
{
    selectAgent(u"alice"_s);
    QSignalSpy finished(page(), &Ui::SupervisorPage::actionFinished);
    QTest::keyClick(page()->agentsView(), Qt::Key_W, kCtrlAlt);
    auto *dialog = shownDialog<Ui::SupervisorActionDialog>(page());
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(u"wipe"_s));
    confirm(dialog, u"Ordinateur perdu"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY(m_server.output().contains("event=wipe agent=alice by=chef"));
    // Her workstation is told to destroy its cache.
    QVERIFY(m_alice.next<Protocol::Wipe>(kWait));

    // Found again: the order is withdrawn (from the context menu's action).
    selectAgent(u"alice"_s);
    page()->clearWipeAction()->trigger();
    confirm(shownDialog<Ui::SupervisorActionDialog>(page()), u"Ordinateur retrouve"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QVERIFY(finished.last().at(1).toBool());
    QVERIFY(m_server.output().contains("event=wipe_clear agent=alice by=chef"));
    QVERIFY(m_alice.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"alice"_s, kPassword));
    QVERIFY(!m_alice.next<Protocol::Wipe>(1000));
}

void TestUiSupervisorActions::surgeStartsEnrolsAndStops()
{
    QVERIFY(!surgeOn());
    QSignalSpy finished(page(), &Ui::SupervisorPage::actionFinished);
    QSignalSpy acks(m_workstation->engine(), &SyncEngine::commandAcknowledged);
    activate();
    page()->setFocus();
    QTest::keyClick(page(), Qt::Key_S, kCtrlAlt);
    auto *dialog = shownDialog<Ui::SupervisorActionDialog>(page());
    QVERIFY(dialog);
    // Web chat only, every language: what the server is asked for.
    for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
        if (box->text() == u"Web chat"_s)
            box->setChecked(true);
    }
    confirm(dialog, u"Alerte enlevement"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY(finished.first().at(1).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(surgeOn(), kWait);
    // The server's answer: the surge as it now stands.
    QJsonObject started;
    for (const QList<QVariant> &ack : std::as_const(acks)) {
        if (ack.at(0).toString() == finished.first().at(0).toString())
            started = ack.at(1).toJsonObject();
    }
    QCOMPARE(started.value(u"channels"_s), QJsonValue(QJsonArray { u"webchat"_s }));
    QCOMPARE(started.value(u"languages"_s), QJsonValue(QJsonArray {}));
    QTRY_VERIFY_WITH_TIMEOUT(page()->stopSurgeAction()->isEnabled(), kWait);
    QVERIFY(!page()->startSurgeAction()->isEnabled());

    // A code for a reservist, shown once.
    QTRY_VERIFY_WITH_TIMEOUT(page()->enrolAction()->isEnabled(), kWait);
    activate();
    page()->setFocus();
    QTest::keyClick(page(), Qt::Key_N, kCtrlAlt);
    confirm(shownDialog<Ui::SupervisorActionDialog>(page()), u"Renfort de nuit"_s);
    auto *box = shownDialog<QMessageBox>(page());
    QVERIFY(box);
    QVERIFY2(QRegularExpression(u"^Enrolment code: [0-9A-Z]{5}-[0-9A-Z]{5}$"_s)
                 .match(box->text())
                 .hasMatch(),
             qPrintable(box->text()));
    box->accept();

    activate();
    page()->setFocus();
    QTest::keyClick(page(), Qt::Key_S, kCtrlAlt | Qt::ShiftModifier);
    confirm(shownDialog<Ui::SupervisorActionDialog>(page()), u"Fin de l'alerte"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QVERIFY(finished.last().at(1).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!surgeOn(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(page()->startSurgeAction()->isEnabled(), kWait);
}

void TestUiSupervisorActions::editsARedirectAddress()
{
    // The online complaint moved: one field, sent to every workstation.
    const QString moved = u"https://www.masecurite.interieur.gouv.fr/fr/plainte-en-ligne"_s;
    QVERIFY(!m_workstation->redirects().toJson().contains(moved.toUtf8()));
    QVERIFY(page()->editRedirectsAction()->isEnabled());
    QSignalSpy finished(page(), &Ui::SupervisorPage::actionFinished);
    page()->editRedirectsAction()->trigger();
    auto *dialog = shownDialog<Ui::SupervisorActionDialog>(page());
    QVERIFY(dialog);
    auto *target = dialog->findChild<QComboBox *>(u"redirectTarget"_s);
    auto *url = dialog->findChild<QLineEdit *>(u"redirectUrl"_s);
    auto *text = dialog->findChild<QPlainTextEdit *>(u"redirectText"_s);
    QVERIFY(target && url && text);
    target->setCurrentIndex(target->findData(int(RedirectTarget::PlainteEnLigne)));
    QVERIFY(url->text().startsWith(u"https://"_s));
    QVERIFY(text->toPlainText().contains(u"{url}"_s));
    QTest::keyClicks(dialog->reasonField(), u"Nouvelle adresse"_s);
    // Nothing changed yet, then an address the rules refuse: nothing to send.
    QVERIFY(!dialog->confirmButton()->isEnabled());
    url->setText(u"http://plainte.example"_s);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"redirectCheck"_s)->text().startsWith(u"Not valid"_s));
    url->setText(moved);
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    // Back through the event stream: this workstation's catalogue has the new address.
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->redirects().toJson().contains(moved.toUtf8()), kWait);
    const std::optional<Redirect> redirect =
        m_workstation->redirects().redirect(RedirectTarget::PlainteEnLigne, Language::Fr, u"fr"_s);
    QVERIFY(redirect);
}

void TestUiSupervisorActions::editsTheKnowledgeBase()
{
    // A second workstation, a gendarme's: what the editor sends reaches its base by sync.
    OnlineDesk desk;
    QVERIFY(desk.logIn(m_server.httpUrl(), u"alice"_s, kPassword, kWait));
    const QString id = u"lost-passport-abroad"_s;
    const auto deskAnswer = [&]() -> QString {
        const std::optional<FaqEntry> e = desk->faqIndex().entry(id, Language::Fr);
        return e ? e->answer : QString();
    };

    activate();
    page()->setFocus();
    QVERIFY(page()->editFaqAction()->isEnabled());
    QSignalSpy finished(page(), &Ui::SupervisorPage::actionFinished);
    QTest::keyClick(page(), Qt::Key_K, kCtrlAlt);
    auto *editor = shownDialog<Ui::FaqEditorDialog>(m_window.get());
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    editor->activateWindow(); // its shortcuts reach it when active
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), editor, kWait);

    // Add: Ctrl+N, the fields, a reason, Ctrl+S.
    QTest::keyClick(editor, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(editor->idField()->hasFocus());
    QVERIFY(!editor->saveButton()->isEnabled());
    QTest::keyClicks(editor->idField(), id);
    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(int(Language::Fr)));
    QTest::keyClicks(editor->questionField(), u"Passeport perdu a l'etranger ?"_s);
    QTest::keyClicks(editor->answerField(), u"Contactez le consulat le plus proche."_s);
    QTest::keyClicks(editor->keywordsField(), u"passeport, consulat"_s);
    QVERIFY(!editor->saveButton()->isEnabled()); // no reason yet
    QTest::keyClicks(editor->reasonField(), u"Question frequente"_s);
    QVERIFY2(editor->saveButton()->isEnabled(), qPrintable(editor->checkLabel()->text()));
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(deskAnswer(), u"Contactez le consulat le plus proche."_s, kWait);

    // Edit: found by searching (question, language or identifier), Down into the list, the form
    // filled in; a new answer.
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->faqIndex().entry(id, Language::Fr), kWait);
    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(editor->searchField()->hasFocus());
    QTest::keyClicks(editor->searchField(), u"passport-abroad"_s); // by its identifier
    QTRY_COMPARE_WITH_TIMEOUT(editor->entriesView()->model()->rowCount(), 1, kWait);
    QTest::keyClick(editor->searchField(), Qt::Key_Down);
    QVERIFY(editor->entriesView()->hasFocus());
    QCOMPARE(editor->idField()->text(), id);
    QVERIFY(editor->idField()->isReadOnly());
    QCOMPARE(editor->keywordsField()->text(), u"passeport, consulat"_s);
    QVERIFY(editor->checkLabel()->text().startsWith(u"Nothing changed"_s));
    editor->answerField()->selectAll();
    QTest::keyClicks(editor->answerField(), u"Contactez le consulat ou l'ambassade."_s);
    QVERIFY(editor->saveButton()->isEnabled());
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(deskAnswer(), u"Contactez le consulat ou l'ambassade."_s, kWait);

    // The server's history: two versions of the entry, each by this supervisor.
    QByteArray out;
    QCOMPARE(m_server.admin({ u"faq"_s, u"history"_s, id, u"--json"_s }, {}, &out), 0);
    const QJsonArray history = QJsonDocument::fromJson(out).array();
    QCOMPARE(history.size(), 2);
    for (const QJsonValue &version : history) {
        QCOMPARE(version[u"by"_s].toString(), u"chef"_s);
        QCOMPARE(version[u"action"_s].toString(), u"edit"_s);
    }
    QVERIFY(history[1][u"version"_s].toInteger() > history[0][u"version"_s].toInteger());

    // Retire: it leaves this workstation's list and the other one's base.
    QVERIFY(editor->retireButton()->isEnabled());
    QTest::mouseClick(editor->retireButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kWait);
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!desk->faqIndex().entry(id, Language::Fr), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(editor->entriesView()->model()->rowCount(), 0, kWait);
    out.clear();
    QCOMPARE(m_server.admin({ u"faq"_s, u"history"_s, id, u"--json"_s }, {}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).array().last()[u"action"_s].toString(), u"retire"_s);
    editor->close();
}

void TestUiSupervisorActions::refusalSaysTheServersReason()
{
    // Two supervisors on duty: the other one stops the surge while this one confirms.
    QSignalSpy finished(page(), &Ui::SupervisorPage::actionFinished);
    page()->startSurgeAction()->trigger();
    confirm(shownDialog<Ui::SupervisorActionDialog>(page()), u"Deuxieme alerte"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(page()->stopSurgeAction()->isEnabled(), kWait);
    page()->stopSurgeAction()->trigger();
    auto *dialog = shownDialog<Ui::SupervisorActionDialog>(page());
    QVERIFY(dialog);
    const Protocol::Ack ack =
        m_adjoint.command(CommandOp::StopSurge, 0, { { u"reason"_s, u"fin"_s } });
    QVERIFY2(ack.ok, qPrintable(ack.message));
    confirm(dialog, u"Fin"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    QVERIFY(!finished.last().at(1).toBool());
    const QString outcome = page()->outcomeLabel()->text();
    QVERIFY2(outcome.contains(u"refused by the server"_s) && outcome.contains(u"no surge is on"_s),
             qPrintable(outcome));
}

void TestUiSupervisorActions::offlineActionIsQueuedThenApplied()
{
    QTRY_VERIFY_WITH_TIMEOUT(!surgeOn(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(page()->startSurgeAction()->isEnabled(), kWait);
    m_server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->engine()->state() != SyncEngine::State::Online, kWait);
    QSignalSpy finished(page(), &Ui::SupervisorPage::actionFinished);
    page()->startSurgeAction()->trigger();
    confirm(shownDialog<Ui::SupervisorActionDialog>(page()), u"Alerte hors ligne"_s);
    QVERIFY2(page()->outcomeLabel()->text().contains(u"queued"_s),
             qPrintable(page()->outcomeLabel()->text()));
    QVERIFY(m_server.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY(page()->outcomeLabel()->text().endsWith(u"done."_s));
    QTRY_VERIFY_WITH_TIMEOUT(surgeOn(), kWait);
}

void TestUiSupervisorActions::cleanupTestCase()
{
    m_window.reset();
    m_workstation.reset();
    m_citizens.clear();
    m_server.stop();
}

QTEST_MAIN(TestUiSupervisorActions)
#include "tst_ui_supervisor_actions.moc"
