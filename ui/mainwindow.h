#pragma once

#include "app/sync/syncengine.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

namespace Guichet {
class Workstation;
struct Notification;
} // namespace Guichet

namespace Guichet::Ui {

class ConversationPanel;
class FaqPanel;
class QueuePanel;
class SupervisorPage;
class UnlockPage;

//! The workstation's window: queue | conversation | FAQ in splitters, a status bar
//! that always says the connection state, the outbox and the agent's presence,
//! and a lock that hides everything after some idle time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workstation *workstation, QWidget *parent = nullptr);
    ~MainWindow() override;

    QueuePanel *queuePanel() const { return m_queue; }
    ConversationPanel *conversationPanel() const { return m_conversation; }
    FaqPanel *faqPanel() const { return m_faq; }
    UnlockPage *unlockPage() const { return m_unlock; }
    SupervisorPage *supervisorPage() const { return m_supervisor; }
    //! View > Supervision (F9): switches between the conversations and the supervisor
    //! page; visible to supervisors only.
    QAction *supervisionAction() const { return m_supervision; }
    //! The supervisor's actions (supervisors only; they act on the supervisor page).
    QMenu *superviseMenu() const { return m_superviseMenu; }
    bool isShowingSupervision() const;
    //! Show the supervisor page (@p show) or the conversations; nothing for a non-supervisor.
    void showSupervision(bool show);
    QLabel *stateLabel() const { return m_state; }
    QLabel *outboxLabel() const { return m_outbox; }
    QComboBox *presenceBox() const { return m_presence; }
    //! "N refused" in the status bar, hidden when nothing is refused.
    QToolButton *refusedButton() const { return m_refused; }
    QSplitter *splitter() const { return m_splitter; }
    bool isShowingLock() const;
    //! Minutes without keyboard or mouse before the window locks (0: never).
    void setIdleMinutes(int minutes);
    //! The same in milliseconds (0: never); tests use short ones.
    void setIdleTimeout(qint64 ms);
    //! Every action of the window, for the shortcuts sheet and tests.
    QList<QAction *> allActions() const;

    void lock();
    //! Shared desks: close this agent's session (Switch agent), forgetting the
    //! server's token too with @p forgetToken (Log out); the lock page asks who is next.
    void endSession(bool forgetToken);
    //! The settings page.
    void showSettings();
    //! The setup wizard for a new agent on this desk.
    void setUpAgent(const QString &login);
    void takeNext();
    void showShortcuts();
    //! The list of refused actions.
    void showRefusals();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void onLockedChanged(bool locked);
    void onOpened();
    void bindEngine(SyncEngine *engine);
    void onStateChanged(SyncEngine::State state);
    void showState(const QColor &colour, const QString &text);
    void onProgress(qint64 cursor, qint64 head);
    void onOutboxChanged(int pending);
    void updateRefusedCount();
    void onNotification(const Notification &notification);
    void onWiped(const QString &reason);
    void askPassword(const QString &reason);
    void saveLayout();
    void restoreLayout();
    //! The supervisor page and its action exist for supervisors only.
    void updateRole();

    Workstation *m_workstation;
    QStackedWidget *m_stack;
    UnlockPage *m_unlock;
    QSplitter *m_splitter;
    QueuePanel *m_queue;
    ConversationPanel *m_conversation;
    FaqPanel *m_faq;
    SupervisorPage *m_supervisor;
    QAction *m_supervision = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_superviseMenu = nullptr;
    QLabel *m_stateDot;
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_outbox;
    QToolButton *m_refused;
    QComboBox *m_presence;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_idle;
    qint64 m_lastInput = 0;
    qint64 m_idleMs = 10 * 60000;
    QString m_takeNextCommand;
    QPointer<SyncEngine> m_boundEngine; //!< the engine whose signals are connected
    bool m_askingPassword = false;
    QList<QAction *> m_windowActions;
};

} // namespace Guichet::Ui
