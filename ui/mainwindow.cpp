#include "mainwindow.h"

#include "app/models/errortext.h"
#include "app/models/workstation.h"
#include "composer.h"
#include "conversationpanel.h"
#include "faqpanel.h"
#include "labels.h"
#include "queuepanel.h"
#include "refusalsdialog.h"
#include "settingsdialog.h"
#include "setupwizard.h"
#include "shortcutsdialog.h"
#include "supervisorpage.h"
#include "unlockpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

MainWindow::MainWindow(Workstation *workstation, QWidget *parent)
    : QMainWindow(parent)
    , m_workstation(workstation)
    , m_stack(new QStackedWidget(this))
    , m_unlock(new UnlockPage(workstation, m_stack))
    , m_splitter(new QSplitter(Qt::Horizontal, m_stack))
    , m_queue(new QueuePanel(workstation->queue(), m_splitter))
    , m_conversation(new ConversationPanel(workstation, m_splitter))
    , m_faq(new FaqPanel(workstation, m_splitter))
    , m_supervisor(new SupervisorPage(workstation, m_stack))
    , m_stateDot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_outbox(new QLabel(this))
    , m_refused(new QToolButton(this))
    , m_presence(new QComboBox(this))
    , m_idle(new QTimer(this))
{
    setWindowTitle(tr("Guichet — Brigade numérique"));
    setWindowIcon(QIcon(u":/guichet/guichet.svg"_s));
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_queue);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_faq);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_supervisor);
    setCentralWidget(m_stack);

    buildMenus();
    buildStatusBar();

    connect(m_queue, &QueuePanel::conversationSelected, m_conversation,
            &ConversationPanel::setConversation);
    connect(m_queue, &QueuePanel::takeNextRequested, this, &MainWindow::takeNext);
    connect(m_conversation, &ConversationPanel::citizenTextChanged, m_faq, &FaqPanel::suggestFor);
    connect(m_conversation, &ConversationPanel::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_supervisor, &SupervisorPage::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_faq, &FaqPanel::answerChosen, m_conversation, &ConversationPanel::insertAnswer);
    connect(m_unlock, &UnlockPage::unlocked, this, [this] {
        m_stack->setCurrentWidget(m_splitter);
        // Back where the agent was: the supervisor page stays chosen across a lock.
        if (m_supervision->isChecked())
            showSupervision(true);
    });
    connect(m_unlock, &UnlockPage::setUpRequested, this, &MainWindow::setUpAgent);

    connect(workstation, &Workstation::lockedChanged, this, &MainWindow::onLockedChanged);
    connect(workstation, &Workstation::opened, this, &MainWindow::onOpened);
    connect(workstation, &Workstation::notificationRaised, this, &MainWindow::onNotification);
    connect(workstation, &Workstation::wiped, this, &MainWindow::onWiped);
    connect(workstation, &Workstation::presenceChanged, this, [this](Presence presence) {
        const QSignalBlocker blocker(m_presence);
        m_presence->setCurrentIndex(m_presence->findData(int(presence)));
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(windowTitle());
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }

    // Auto-lock: any key or click resets the clock.
    qApp->installEventFilter(this);
    m_lastInput = QDateTime::currentMSecsSinceEpoch();
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (m_idleMs > 0 && m_workstation->isOpen()
            && QDateTime::currentMSecsSinceEpoch() - m_lastInput > m_idleMs)
            lock();
    });
    setIdleMinutes(QSettings().value(u"lock/idleMinutes"_s, 10).toInt());

    restoreLayout();
    if (workstation->isOpen())
        onOpened();
    else
        onLockedChanged(true);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildMenus()
{
    auto add = [this](QMenu *menu, const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = menu->addAction(text);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_windowActions.append(a);
        return a;
    };
    QMenu *app = menuBar()->addMenu(tr("&Guichet"));
    add(app, tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { lock(); });
    add(app, tr("S&witch agent"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [this] { endSession(false); });
    add(app, tr("Log &out"), QKeySequence(), [this] { endSession(true); });
    app->addSeparator();
    add(app, tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { showSettings(); });
    app->addSeparator();
    add(app, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { close(); });

    QMenu *queue = menuBar()->addMenu(tr("&Queue"));
    add(queue, tr("Take the &next conversation"), QKeySequence(Qt::CTRL | Qt::Key_N),
        [this] { takeNext(); });
    add(queue, tr("Refused ac&tions…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        [this] { showRefusals(); });
    add(queue, tr("&Search the queue"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_queue->searchBox()->setFocus();
        m_queue->searchBox()->selectAll();
    });
    add(queue, tr("Go to the &queue"), QKeySequence(Qt::ALT | Qt::Key_1),
        [this] { m_queue->view()->setFocus(); });
    add(queue, tr("Go to the &conversation"), QKeySequence(Qt::ALT | Qt::Key_2),
        [this] { m_conversation->composer()->setFocus(); });
    add(queue, tr("Go to the &FAQ"), QKeySequence(Qt::ALT | Qt::Key_3),
        [this] { m_faq->searchBox()->setFocus(); });

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    for (QAction *a : m_conversation->actions()) {
        if (a == m_conversation->emergencyFlagAction())
            conversation->addSeparator();
        conversation->addAction(a);
        if (a == m_conversation->retryAction())
            conversation->addSeparator();
    }

    QMenu *faq = menuBar()->addMenu(tr("&FAQ"));
    add(faq, tr("&Search the FAQ"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        m_faq->searchBox()->setFocus();
        m_faq->searchBox()->selectAll();
    });

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_supervision = add(view, tr("&Supervision"), QKeySequence(Qt::Key_F9),
                        [this] { showSupervision(m_supervision->isChecked()); });
    m_supervision->setCheckable(true);
    m_supervision->setToolTip(tr("The brigade's live figures: queue, agents, today (supervisors)"));
    view->addSeparator();
    for (QAction *a : { m_supervisor->exportReportAction(), m_supervisor->exportChartsAction() }) {
        view->addAction(a);
        m_windowActions.append(a);
    }
    // The actions work on the page's selections: the menu opens the page first.
    m_superviseMenu = menuBar()->addMenu(tr("&Supervise"));
    const QList<QAction *> acts = m_supervisor->supervisorActions();
    for (QAction *a : acts) {
        if (a == m_supervisor->startSurgeAction())
            m_superviseMenu->addSeparator();
        m_superviseMenu->addAction(a);
        m_windowActions.append(a);
    }
    connect(m_superviseMenu, &QMenu::aboutToShow, this, [this] {
        if (!isShowingSupervision())
            showSupervision(true);
    });
    updateRole();

    QMenu *presence = menuBar()->addMenu(tr("&Presence"));
    const Presence choices[] = { Presence::Available, Presence::Away, Presence::Busy };
    const Qt::Key keys[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3 };
    for (int i = 0; i < 3; ++i) {
        const Presence p = choices[i];
        add(presence, Labels::presence(p), QKeySequence(Qt::CTRL | Qt::SHIFT | keys[i]),
            [this, p] { m_workstation->setPresence(p); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
}

void MainWindow::buildStatusBar()
{
    m_state->setObjectName(u"connectionState"_s);
    m_state->setTextFormat(Qt::PlainText);
    m_outbox->setTextFormat(Qt::PlainText);
    m_state->setAccessibleName(tr("Connection state"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_outbox->setAccessibleName(tr("Outbox"));
    for (const Presence p : { Presence::Available, Presence::Away, Presence::Busy })
        m_presence->addItem(Labels::presence(p), int(p));
    m_presence->setAccessibleName(tr("Presence"));
    m_presence->setToolTip(tr("Your presence: busy silences notifications (Ctrl+Shift+1/2/3)"));
    connect(m_presence, &QComboBox::activated, this,
            [this] { m_workstation->setPresence(Presence(m_presence->currentData().toInt())); });
    m_refused->setObjectName(u"refusedCount"_s);
    m_refused->setAutoRaise(true);
    m_refused->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_refused->setToolTip(tr("Actions the server refused: open the list (Ctrl+Shift+O)"));
    QPalette refusedPalette = m_refused->palette();
    refusedPalette.setColor(QPalette::ButtonText, QColor(0xc6, 0x28, 0x28));
    m_refused->setPalette(refusedPalette);
    QFont refusedFont = m_refused->font();
    refusedFont.setBold(true);
    m_refused->setFont(refusedFont);
    m_refused->hide();
    connect(m_refused, &QToolButton::clicked, this, &MainWindow::showRefusals);
    connect(m_workstation, &Workstation::refusalsChanged, this, &MainWindow::updateRefusedCount);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_refused);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_stateDot);
    statusBar()->addPermanentWidget(m_state);
    statusBar()->addPermanentWidget(m_presence);
}

QList<QAction *> MainWindow::allActions() const
{
    QList<QAction *> all = m_windowActions;
    // The supervisor page's keys are no news to a gendarme.
    if (!m_viewMenu->menuAction()->isVisible()) {
        for (QAction *a : m_viewMenu->actions())
            all.removeAll(a);
        for (QAction *a : m_superviseMenu->actions())
            all.removeAll(a);
    }
    all.append(m_conversation->actions());
    return all;
}

bool MainWindow::isShowingLock() const
{
    return m_stack->currentWidget() == m_unlock;
}

bool MainWindow::isShowingSupervision() const
{
    return m_stack->currentWidget() == m_supervisor;
}

void MainWindow::showSupervision(bool show)
{
    const std::optional<Protocol::AgentInfo> me = m_workstation->agent();
    const bool allowed = m_workstation->isOpen() && me && me->role == Role::Supervisor;
    show = show && allowed;
    {
        const QSignalBlocker blocker(m_supervision);
        m_supervision->setChecked(show);
    }
    if (isShowingLock())
        return;
    m_stack->setCurrentWidget(show ? static_cast<QWidget *>(m_supervisor) : m_splitter);
    if (show)
        m_supervisor->setFocus();
    else
        m_queue->view()->setFocus();
}

void MainWindow::updateRole()
{
    const std::optional<Protocol::AgentInfo> me = m_workstation->agent();
    const bool supervisor = m_workstation->isOpen() && me && me->role == Role::Supervisor;
    m_viewMenu->menuAction()->setVisible(supervisor);
    for (QAction *a : m_viewMenu->actions()) {
        a->setVisible(supervisor);
        a->setEnabled(supervisor);
    }
    // Whether each applies (selection, surge) is the page's to say.
    m_superviseMenu->menuAction()->setVisible(supervisor);
    for (QAction *a : m_superviseMenu->actions())
        a->setVisible(supervisor);
    if (!supervisor && isShowingSupervision())
        showSupervision(false);
}

void MainWindow::setIdleMinutes(int minutes)
{
    setIdleTimeout(std::max(0, minutes) * qint64(60000));
}

void MainWindow::setIdleTimeout(qint64 ms)
{
    m_idleMs = std::max<qint64>(0, ms);
    if (m_idleMs == 0) {
        m_idle->stop();
        return;
    }
    // Checked a few times within the timeout, at most every 5 s.
    m_idle->start(int(std::clamp<qint64>(m_idleMs / 4, 50, 5000)));
}

void MainWindow::lock()
{
    if (!m_workstation->isOpen())
        return;
    m_conversation->saveDraft();
    saveLayout();
    m_workstation->lock();
}

void MainWindow::endSession(bool forgetToken)
{
    if (!m_workstation->account())
        return;
    if (m_workstation->isOpen()) {
        m_conversation->saveDraft();
        saveLayout();
    }
    m_workstation->endSession(forgetToken);
    // The next agent chooses who they are on the lock page.
    m_unlock->agentField()->setFocus();
    m_unlock->agentField()->lineEdit()->selectAll();
}

void MainWindow::showSettings()
{
    if (!m_workstation->isOpen())
        return;
    auto *dialog = new SettingsDialog(m_workstation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"settingsDialog"_s);
    connect(dialog, &SettingsDialog::idleMinutesChanged, this, &MainWindow::setIdleMinutes);
    dialog->open();
}

void MainWindow::setUpAgent(const QString &login)
{
    const auto account = m_workstation->account();
    auto *wizard =
        new SetupWizard(m_workstation, account ? account->server.toString() : QString(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setObjectName(u"setupWizard"_s);
    wizard->loginField()->setText(login);
    wizard->open();
}

void MainWindow::onLockedChanged(bool locked)
{
    if (!locked)
        return;
    // Nothing of the conversations stays on screen.
    m_conversation->setConversation(0);
    m_faq->suggestFor(QString(), Language::Fr);
    m_faq->searchBox()->clear();
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->prepare();
    onStateChanged(m_workstation->engine() ? m_workstation->engine()->state()
                                           : SyncEngine::State::Locked);
    m_progress->hide();
    m_outbox->clear();
    m_refused->hide();
}

void MainWindow::onOpened()
{
    SyncEngine *engine = m_workstation->engine();
    // Unlocking a workstation that stayed connected opens the same engine again.
    if (engine != m_boundEngine) {
        m_boundEngine = engine;
        bindEngine(engine);
    }
    {
        const QSignalBlocker blocker(m_presence);
        m_presence->setCurrentIndex(m_presence->findData(int(m_workstation->presence())));
    }
    m_stack->setCurrentWidget(m_splitter);
    {
        const QSignalBlocker blocker(m_supervision);
        m_supervision->setChecked(false);
    }
    updateRole();
    m_queue->restoreFilters(m_workstation->setting(u"ui/queue_filters"_s));
    onStateChanged(engine->state());
    onOutboxChanged(engine->pendingCount());
    updateRefusedCount();
    m_lastInput = QDateTime::currentMSecsSinceEpoch();
    if (const qint64 last = m_workstation->setting(u"ui/last_conversation"_s).toLongLong()) {
        m_queue->selectConversation(last);
        m_conversation->setConversation(last);
    }
    m_queue->view()->setFocus();
}

void MainWindow::bindEngine(SyncEngine *engine)
{
    connect(engine, &SyncEngine::stateChanged, this, &MainWindow::onStateChanged);
    connect(engine, &SyncEngine::progressChanged, this, &MainWindow::onProgress);
    connect(engine, &SyncEngine::outboxChanged, this, &MainWindow::onOutboxChanged);
    connect(engine, &SyncEngine::credentialsRequired, this, &MainWindow::askPassword);
    connect(engine, &SyncEngine::loggedIn, this, &MainWindow::updateRole);
    connect(engine, &SyncEngine::commandAcknowledged, this,
            [this](const QString &id, const QJsonObject &result) {
                if (id != m_takeNextCommand)
                    return;
                m_takeNextCommand.clear();
                const qint64 conversation = result.value(u"conversation"_s).toInteger();
                if (conversation) {
                    m_queue->selectConversation(conversation);
                    m_conversation->setConversation(conversation);
                    m_conversation->composer()->setFocus();
                }
            });
    connect(engine, &SyncEngine::commandRefused, this,
            [this](const QString &id, ErrorCode code, const QString &message) {
                if (id != m_takeNextCommand)
                    return;
                m_takeNextCommand.clear();
                m_workstation->dismissRefusal(id);
                statusBar()->showMessage(
                    tr("No conversation taken: %1").arg(ErrorText::describe(code, message)), 10000);
            });
}

void MainWindow::onStateChanged(SyncEngine::State state)
{
    if (m_workstation->isLocked()) {
        // The link may stay up while locked: say so, nothing else.
        showState(QColor(0x75, 0x75, 0x75),
                  m_workstation->isHoldingWhileLocked() && state == SyncEngine::State::Online
                      ? tr("Locked — still connected, your conversations are kept")
                      : tr("Locked"));
        m_progress->hide();
        return;
    }
    switch (state) {
    case SyncEngine::State::Offline:
        showState(QColor(0x9e, 0x9e, 0x9e),
                  tr("Offline — your work is kept and goes out when the link is back"));
        m_progress->hide();
        break;
    case SyncEngine::State::Connecting:
        showState(QColor(0xf9, 0xa8, 0x25), tr("Connecting…"));
        break;
    case SyncEngine::State::Syncing:
        showState(QColor(0x1e, 0x88, 0xe5), tr("Syncing"));
        m_progress->show();
        break;
    case SyncEngine::State::Online:
        showState(QColor(0x43, 0xa0, 0x47), tr("Online"));
        m_progress->hide();
        break;
    case SyncEngine::State::Locked:
        showState(QColor(0x75, 0x75, 0x75), tr("Locked"));
        m_progress->hide();
        break;
    }
    if (state == SyncEngine::State::Offline && !m_workstation->engine()->lastError().isEmpty())
        m_state->setToolTip(Labels::plainToolTip(m_workstation->engine()->lastError()));
    else
        m_state->setToolTip(QString());
}

void MainWindow::showState(const QColor &colour, const QString &text)
{
    // A dot the eye finds at once, and words for everyone else.
    const int size = fontMetrics().height() * 2 / 3;
    const qreal ratio = devicePixelRatioF();
    QPixmap dot(QSize(size, size) * ratio);
    dot.setDevicePixelRatio(ratio);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0, 0, size, size));
    painter.end();
    m_stateDot->setPixmap(dot);
    m_state->setText(text);
}

void MainWindow::onProgress(qint64 cursor, qint64 head)
{
    if (head <= 0)
        return;
    m_progress->setMaximum(int(std::min<qint64>(head, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(cursor, INT_MAX)));
    m_progress->setFormat(tr("%p% synced"));
}

void MainWindow::onOutboxChanged(int pending)
{
    m_outbox->setText(pending ? tr("%n waiting to go out", nullptr, pending)
                              : tr("Everything sent"));
}

void MainWindow::updateRefusedCount()
{
    const int refused = m_workstation->isOpen() ? m_workstation->queue()->refusedCount() : 0;
    m_refused->setText(tr("⚠ %n refused", nullptr, refused));
    m_refused->setAccessibleName(tr("%n actions refused by the server", nullptr, refused));
    m_refused->setVisible(refused > 0);
}

void MainWindow::showRefusals()
{
    if (!m_workstation->isOpen())
        return;
    auto *dialog = new RefusalsDialog(m_workstation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"refusalsDialog"_s);
    connect(dialog, &RefusalsDialog::openConversation, this, [this](qint64 id) {
        m_queue->selectConversation(id);
        m_conversation->setConversation(id);
    });
    dialog->open();
}

void MainWindow::onNotification(const Notification &notification)
{
    if (m_tray)
        m_tray->showMessage(
            notification.title, Labels::notificationBody(notification.body),
            notification.kind == Notification::Kind::Emergency     ? QSystemTrayIcon::Critical
                : notification.kind == Notification::Kind::Refused ? QSystemTrayIcon::Warning
                                                                   : QSystemTrayIcon::Information,
            10000);
    else
        QApplication::alert(this);
}

void MainWindow::onWiped(const QString &reason)
{
    m_conversation->setConversation(0);
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->setEnabled(false);
    showState(QColor(0xc6, 0x28, 0x28), tr("Wiped"));
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Cache wiped"),
        tr("A supervisor ordered this workstation's cache wiped (%1). Its data and key are "
           "destroyed and your session has ended. Restart Guichet to log in again.")
            .arg(reason),
        QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText); // the reason comes from the server
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::askPassword(const QString &reason)
{
    if (m_askingPassword || !m_workstation->engine())
        return;
    m_askingPassword = true;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"passwordDialog"_s);
    dialog->setWindowTitle(tr("Log in again"));
    // The reason comes from the server: shown literally.
    dialog->setLabelText(Qt::convertFromPlainText(
        tr("%1\nYour password for %2:").arg(reason, m_workstation->login()), Qt::WhiteSpaceNormal));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &password) {
        if (m_workstation->engine() && !password.isEmpty()) {
            m_workstation->engine()->setPassword(m_workstation->login(), password);
            m_workstation->engine()->start();
        }
    });
    connect(dialog, &QDialog::finished, this, [this] { m_askingPassword = false; });
    dialog->open();
}

void MainWindow::takeNext()
{
    if (!m_workstation->engine())
        return;
    const Result<QString> id = m_workstation->engine()->claim(0);
    if (!id) {
        statusBar()->showMessage(tr("No conversation taken: %1").arg(id.error().message), 10000);
        return;
    }
    m_takeNextCommand = *id;
    statusBar()->showMessage(tr("Taking the next conversation…"), 5000);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(allActions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->open();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    // Idle means no input and no change of window or focus: moving the mouse
    // over a long message, or coming back to the window, is being at the desk.
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::InputMethod:
    case QEvent::FocusIn:
    case QEvent::WindowActivate:
        m_lastInput = QDateTime::currentMSecsSinceEpoch();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    if (m_workstation->isOpen()) {
        m_workstation->setSetting(u"ui/queue_filters"_s, m_queue->saveFilters());
        m_workstation->setSetting(u"ui/last_conversation"_s,
                                  QByteArray::number(m_conversation->conversation()));
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({ 420, 620, 380 });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_conversation->saveDraft();
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Guichet::Ui
