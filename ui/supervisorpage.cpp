#include "supervisorpage.h"

#include "app/models/errortext.h"
#include "app/models/queuemodel.h"
#include "app/models/supervisorboard.h"
#include "app/models/workstation.h"
#include "faqeditordialog.h"
#include "labels.h"
#include "protocol/redirectdefinitions.h"
#include "queuedelegate.h"
#include "supervisoractiondialog.h"
#include "transferdialog.h"

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

//! The three trends: waiting over the last hours, opened per hour, satisfaction per day.
class ChartsBox : public QWidget
{
public:
    explicit ChartsBox(QWidget *parent)
        : QWidget(parent)
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);

        m_waiting = new QLineSeries(this);
        m_waitingX = new QDateTimeAxis(this);
        m_waitingX->setFormat(u"HH:mm"_s);
        m_waitingY = new QValueAxis(this);
        m_waitingY->setLabelFormat(u"%d"_s);
        layout->addWidget(
            view(SupervisorPage::tr("Waiting, last hours"), m_waiting, m_waitingX, m_waitingY));

        m_opened = new QBarSet(SupervisorPage::tr("Opened"), this);
        auto *bars = new QBarSeries(this);
        bars->append(m_opened);
        // One bar per hour, a label every third hour: 24 labels do not fit.
        m_hours = new QCategoryAxis(this);
        m_hours->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        m_hours->setGridLineVisible(false);
        m_openedY = new QValueAxis(this);
        m_openedY->setLabelFormat(u"%d"_s);
        layout->addWidget(view(SupervisorPage::tr("Opened per hour"), bars, m_hours, m_openedY));

        m_csat = new QLineSeries(this);
        m_csat->setPointsVisible(true);
        m_csatX = new QDateTimeAxis(this);
        m_csatX->setFormat(u"dd/MM"_s);
        m_csatY = new QValueAxis(this);
        m_csatY->setRange(1, 5);
        m_csatY->setTickCount(5);
        m_csatY->setLabelFormat(u"%.0f"_s);
        layout->addWidget(
            view(SupervisorPage::tr("Mean rating per day"), m_csat, m_csatX, m_csatY));
    }

    void update(const SupervisorBoard &board)
    {
        const auto points = [](const QList<SupervisorBoard::Point> &list) {
            QList<QPointF> out;
            out.reserve(list.size());
            for (const SupervisorBoard::Point &p : list)
                out.append(QPointF(double(p.at), p.value));
            return out;
        };
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<SupervisorBoard::Point> waiting = board.waitingSeries();
        m_waiting->replace(points(waiting));
        double top = 1;
        for (const SupervisorBoard::Point &p : waiting)
            top = std::max(top, p.value);
        m_waitingX->setRange(QDateTime::fromMSecsSinceEpoch(now - 12 * 3600000),
                             QDateTime::fromMSecsSinceEpoch(now));
        m_waitingY->setRange(0, std::ceil(top * 1.1));

        const QList<SupervisorBoard::Point> opened = board.openedPerHour();
        QList<qreal> values;
        top = 1;
        for (const QString &label : m_hours->categoriesLabels())
            m_hours->remove(label);
        for (qsizetype i = 0; i < opened.size(); ++i) {
            const SupervisorBoard::Point &p = opened.at(i);
            if (i % 3 == 0)
                m_hours->append(QDateTime::fromMSecsSinceEpoch(p.at).toString(u"HH:mm"_s),
                                double(i));
            values.append(p.value);
            top = std::max(top, p.value);
        }
        m_hours->setRange(-0.5, std::max<double>(0.5, double(opened.size()) - 0.5));
        if (m_opened->count() != values.size()) {
            m_opened->remove(0, m_opened->count());
            m_opened->append(values);
        } else {
            for (int i = 0; i < values.size(); ++i)
                m_opened->replace(i, values.at(i));
        }
        m_openedY->setRange(0, std::ceil(top * 1.1));

        m_csat->replace(points(board.satisfactionPerDay()));
        const QDate today = QDate::currentDate();
        m_csatX->setRange(today.addDays(-6).startOfDay(), today.startOfDay());
        m_csatX->setTickCount(7);
    }

private:
    QChartView *view(const QString &title, QAbstractSeries *series, QAbstractAxis *x,
                     QAbstractAxis *y)
    {
        auto *chart = new QChart;
        chart->setTitle(title);
        chart->addSeries(series);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(260, 220);
        view->setAccessibleName(title);
        return view;
    }

    QLineSeries *m_waiting;
    QDateTimeAxis *m_waitingX;
    QValueAxis *m_waitingY;
    QBarSet *m_opened;
    QCategoryAxis *m_hours;
    QValueAxis *m_openedY;
    QLineSeries *m_csat;
    QDateTimeAxis *m_csatX;
    QValueAxis *m_csatY;
};

namespace {

//! The roster with every row selectable: the roster only lets pick those who can take a
//! conversation (for transfers), but a supervisor acts on the others too (offline,
//! disabled, full).
class AnyAgentModel : public QIdentityProxyModel
{
public:
    AnyAgentModel(QAbstractItemModel *source, QObject *parent)
        : QIdentityProxyModel(parent)
    {
        setSourceModel(source);
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        // A disabled account reads as such at a glance: greyed, still selectable.
        if (role == Qt::ForegroundRole && index.data(RosterModel::DisabledRole).toBool())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

SupervisorPage::SupervisorPage(Workstation *workstation, QWidget *parent)
    : QWidget(parent)
    , m_workstation(workstation)
    , m_board(new SupervisorBoard(workstation, this))
    , m_charts(new ChartsBox(this))
    , m_agents(new QTreeView(this))
    , m_updated(new QLabel(this))
    , m_alerts(new QLabel(this))
    , m_exportReport(new QAction(tr("Export the &report (CSV)…"), this))
    , m_exportCharts(new QAction(tr("Export the c&harts (PNG)…"), this))
    , m_clock(new QTimer(this))
    , m_open(new QueueModel(this))
    , m_conversations(new QListView(this))
    , m_outcome(new QLabel(this))
    , m_reassign(new QAction(tr("&Reassign the conversation…"), this))
    , m_disable(new QAction(tr("&Disable the agent…"), this))
    , m_enable(new QAction(tr("&Enable the agent…"), this))
    , m_orderWipe(new QAction(tr("Order a remote &wipe…"), this))
    , m_clearWipe(new QAction(tr("&Clear the wipe order…"), this))
    , m_startSurge(new QAction(tr("&Start a surge…"), this))
    , m_stopSurge(new QAction(tr("S&top the surge…"), this))
    , m_enrol(new QAction(tr("Enrol a reser&vist…"), this))
    , m_editRedirects(new QAction(tr("Edit the redirect&ions…"), this))
    , m_editFaq(new QAction(tr("Edit the &knowledge base…"), this))
{
    setObjectName(u"supervisorPage"_s);
    m_board->setLabeller([](const QString &group, const QString &key) {
        if (group == u"channel"_s)
            return Labels::channel(fromWireName<Channel>(key).value_or(Channel::WebChat));
        if (group == u"language"_s)
            return Labels::language(fromWireName<Language>(key).value_or(Language::Fr));
        if (group == u"redirect"_s) {
            if (const auto target = fromWireName<RedirectTarget>(key))
                return Labels::redirectTarget(*target);
        }
        return key;
    });

    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_exportCharts->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    for (QAction *a : { m_exportReport, m_exportCharts })
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({ m_exportReport, m_exportCharts });
    connect(m_exportReport, &QAction::triggered, this, &SupervisorPage::askReport);
    connect(m_exportCharts, &QAction::triggered, this, &SupervisorPage::askCharts);

    // The actions, from the keyboard while the page has focus, the window's Supervise
    // menu, and the lists' context menus (the Menu key).
    m_reassign->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_disable->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    m_enable->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    m_orderWipe->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
    m_startSurge->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_stopSurge->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_S));
    m_enrol->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_editFaq->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    m_reassign->setToolTip(tr("Give the selected conversation to another agent, or put it back "
                              "in the queue"));
    m_disable->setToolTip(tr("Close the selected agent's account: their sessions are cut"));
    m_enable->setToolTip(tr("Let the selected agent log in again"));
    m_orderWipe->setToolTip(tr("Destroy the selected agent's workstation cache (lost or stolen "
                               "laptop)"));
    m_clearWipe->setToolTip(tr("Withdraw a wipe order not yet carried out"));
    m_startSurge->setToolTip(tr("Open the queue to reservists and raise capacities"));
    m_stopSurge->setToolTip(tr("End the surge: the reservists' accounts close"));
    m_enrol->setToolTip(tr("A one-time code for a reservist to create their account"));
    m_editRedirects->setToolTip(tr("Change the official address or the citizen's text of a "
                                   "redirection, on every workstation"));
    m_editFaq->setToolTip(tr("Change, add or retire the answers of the FAQ, on every "
                             "workstation"));
    for (QAction *a : supervisorActions())
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions(supervisorActions());
    connect(m_reassign, &QAction::triggered, this, &SupervisorPage::askReassign);
    for (QAction *a : { m_disable, m_enable, m_orderWipe, m_clearWipe })
        connect(a, &QAction::triggered, this, [this, a] { askAgentAction(a); });
    connect(m_startSurge, &QAction::triggered, this, &SupervisorPage::askStartSurge);
    connect(m_stopSurge, &QAction::triggered, this, &SupervisorPage::askStopSurge);
    connect(m_enrol, &QAction::triggered, this, &SupervisorPage::askEnrolment);
    connect(m_editRedirects, &QAction::triggered, this, &SupervisorPage::askRedirects);
    connect(m_editFaq, &QAction::triggered, this, &SupervisorPage::askFaq);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Supervision</b>"), content);
    title->setTextFormat(Qt::RichText);
    m_updated->setTextFormat(Qt::PlainText);
    m_updated->setObjectName(u"supervisorUpdated"_s);
    m_alerts->setTextFormat(Qt::PlainText);
    m_alerts->setObjectName(u"supervisorAlerts"_s);
    header->addWidget(title);
    header->addWidget(m_alerts, 1);
    header->addWidget(m_updated);
    for (QAction *a : { m_exportReport, m_exportCharts }) {
        auto *button = new QToolButton(content);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->addWidget(button);
    }
    grid->addLayout(header, 0, 0, 1, 3);

    const auto buttonFor = [content](QAction *a) {
        auto *button = new QToolButton(content);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    auto *surge = new QHBoxLayout;
    for (QAction *a : { m_startSurge, m_stopSurge, m_enrol })
        surge->addWidget(buttonFor(a));
    m_outcome->setObjectName(u"supervisorOutcome"_s);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setAccessibleName(tr("Outcome of the last action"));
    surge->addWidget(m_outcome, 1);
    grid->addLayout(surge, 1, 0, 1, 3);

    const auto group = [content](const QString &name, QWidget *widget) {
        auto *box = new QGroupBox(name, content);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(widget);
        return box;
    };
    grid->addWidget(group(tr("Queue"), table(m_board->queue(), tr("Queue by SLA state"))), 2, 0);
    grid->addWidget(
        group(tr("Waiting by channel"), table(m_board->byChannel(), tr("Waiting by channel"))), 2,
        1);
    grid->addWidget(
        group(tr("Waiting by language"), table(m_board->byLanguage(), tr("Waiting by language"))),
        2, 2);

    m_agents->setObjectName(u"supervisorAgents"_s);
    // Every agent can be acted on, whether or not they could take a conversation now.
    m_agents->setModel(new AnyAgentModel(workstation->roster(), this));
    m_agents->setRootIsDecorated(false);
    m_agents->setAllColumnsShowFocus(true);
    m_agents->setAccessibleName(tr("Agents"));
    m_agents->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agents->header()->setStretchLastSection(true);
    m_agents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agents->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_agents->addActions({ m_disable, m_enable, m_orderWipe, m_clearWipe });
    auto *agentsBox = group(tr("Agents"), m_agents);
    auto *agentButtons = new QHBoxLayout;
    for (QAction *a : { m_disable, m_enable, m_orderWipe, m_clearWipe })
        agentButtons->addWidget(buttonFor(a));
    agentButtons->addStretch(1);
    static_cast<QVBoxLayout *>(agentsBox->layout())->addLayout(agentButtons);
    grid->addWidget(agentsBox, 3, 0, 1, 2);
    grid->addWidget(group(tr("Today"), table(m_board->today(), tr("Today"))), 3, 2);

    // Its own model of the open conversations: the queue panel's filters do not narrow it.
    m_conversations->setObjectName(u"supervisorConversations"_s);
    m_conversations->setModel(m_open);
    m_conversations->setItemDelegate(new QueueDelegate(m_conversations));
    m_conversations->setUniformItemSizes(true);
    m_conversations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conversations->setAccessibleName(tr("Open conversations"));
    m_conversations->setMinimumHeight(4 * QueueDelegate::rowHeight(font()));
    m_conversations->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_conversations->addAction(m_reassign);
    auto *openBox = group(tr("Open conversations"), m_conversations);
    auto *openButtons = new QHBoxLayout;
    openButtons->addWidget(buttonFor(m_reassign));
    openButtons->addStretch(1);
    static_cast<QVBoxLayout *>(openBox->layout())->addLayout(openButtons);
    grid->addWidget(openBox, 4, 0, 1, 2);
    auto *redirectsBox =
        group(tr("Redirections today"), table(m_board->redirects(), tr("Redirections today")));
    auto *redirectButtons = new QHBoxLayout;
    redirectButtons->addWidget(buttonFor(m_editRedirects));
    redirectButtons->addWidget(buttonFor(m_editFaq));
    redirectButtons->addStretch(1);
    static_cast<QVBoxLayout *>(redirectsBox->layout())->addLayout(redirectButtons);
    grid->addWidget(redirectsBox, 4, 2);
    QTableView *comments = table(m_board->comments(), tr("Last survey comments"));
    comments->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    comments->setWordWrap(true);
    grid->addWidget(group(tr("Last survey comments"), comments), 5, 0, 1, 3);
    grid->addWidget(group(tr("Trends"), m_charts), 6, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_board, &SupervisorBoard::updated, this, &SupervisorPage::onUpdated);
    connect(m_board, &SupervisorBoard::failed, this, [this](const QString &message) {
        m_failure = message;
        updateStamp();
    });
    connect(m_board, &SupervisorBoard::reportFinished, this,
            [this](bool ok, qint64 rows, const QString &message) {
                Q_EMIT notice(ok ? tr("Report exported: %n conversation(s).", nullptr, int(rows))
                                 : tr("The report was not exported: %1").arg(message));
            });
    // "Last reply" reads relative to now.
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_workstation->roster()->refreshLastReplies();
        updateStamp();
    });
    connect(m_board, &SupervisorBoard::linkChanged, this, &SupervisorPage::updateStamp);

    // The current row counts once selected (a view gaining focus makes one current
    // without selecting it).
    for (QAbstractItemView *view : { static_cast<QAbstractItemView *>(m_agents),
                                     static_cast<QAbstractItemView *>(m_conversations) }) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &SupervisorPage::updateActions);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &SupervisorPage::updateActions);
    }
    connect(m_open, &QAbstractItemModel::dataChanged, this, &SupervisorPage::updateActions);
    connect(m_open, &QAbstractItemModel::rowsRemoved, this, &SupervisorPage::updateActions);
    connect(m_open, &QAbstractItemModel::modelReset, this, &SupervisorPage::updateActions);
    connect(workstation->roster(), &QAbstractItemModel::rowsRemoved, this,
            &SupervisorPage::updateActions);
    // An agent disabled or enabled (from here, another workstation or the admin command).
    connect(workstation->roster(), &QAbstractItemModel::dataChanged, this,
            &SupervisorPage::updateActions);
    connect(workstation->roster(), &QAbstractItemModel::modelReset, this,
            &SupervisorPage::updateActions);
    connect(workstation, &Workstation::conversationsChanged, this,
            &SupervisorPage::onConversationsChanged);
    connect(workstation, &Workstation::agentChanged, this, &SupervisorPage::updateActions);
    connect(workstation, &Workstation::redirectsChanged, this, &SupervisorPage::updateActions);
    connect(workstation, &Workstation::opened, this, [this] {
        wireEngine();
        m_openLoaded = false;
        if (isVisible())
            loadConversations();
        updateActions();
    });
    connect(workstation, &Workstation::lockedChanged, this, [this](bool locked) {
        // Locked: nothing with content stays on show.
        m_open->clear();
        m_openLoaded = false;
        if (!locked && isVisible())
            loadConversations();
        updateActions();
    });
    connect(
        workstation, &Workstation::enrolmentCodeReady, this,
        [this](const QString &code, qint64 expiresAt) {
            m_enrolmentRequest.clear();
            updateActions();
            const QString until =
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(expiresAt), QLocale::ShortFormat);
            setOutcome(tr("Enrolment code received; valid until %1, once.").arg(until), false);
            auto *box = new QMessageBox(QMessageBox::Information, tr("Enrolment code"),
                                        tr("Enrolment code: %1").arg(code), QMessageBox::Ok, this);
            box->setObjectName(u"enrolmentCodeBox"_s);
            box->setInformativeText(
                tr("Valid until %1, for one reservist. On their own laptop they open the "
                   "setup wizard, tick “I have an enrolment code” and type it with a login "
                   "and a password of their choice. Their account ends with the surge.")
                    .arg(until));
            box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    connect(workstation, &Workstation::enrolmentCodeRefused, this, [this](const QString &why) {
        m_enrolmentRequest.clear();
        updateActions();
        setOutcome(tr("No enrolment code: %1").arg(why), true);
    });
    wireEngine();
    updateStamp();
    updateActions();
}

SupervisorPage::~SupervisorPage() = default;

QWidget *SupervisorPage::charts() const
{
    return m_charts;
}

QTableView *SupervisorPage::table(QAbstractItemModel *model, const QString &accessibleName)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setObjectName(accessibleName);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    // Every row in sight: the page scrolls as a whole, not table by table.
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    const auto fit = [view] {
        const int rows = std::max(1, view->model()->rowCount());
        view->setMinimumHeight(view->horizontalHeader()->sizeHint().height()
                               + rows * view->verticalHeader()->defaultSectionSize()
                               + 2 * view->frameWidth());
    };
    connect(model, &QAbstractItemModel::modelReset, view, fit);
    connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    connect(model, &QAbstractItemModel::rowsRemoved, view, fit);
    fit();
    return view;
}

void SupervisorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_openLoaded)
        loadConversations();
    m_board->setActive(true);
    m_clock->start();
}

void SupervisorPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_board->setActive(false);
    m_clock->stop();
}

void SupervisorPage::onUpdated()
{
    const QJsonObject queue = m_board->figures().value(u"queue"_s).toObject();
    const qint64 emergencies = queue.value(u"emergency"_s).toInteger();
    const qint64 sgbv = queue.value(u"sgbv"_s).toInteger();
    const qint64 breached = queue.value(u"breached"_s).toInteger();
    QStringList alerts;
    if (emergencies)
        alerts.append(tr("%n possible emergency(ies) waiting", nullptr, int(emergencies)));
    if (sgbv)
        alerts.append(tr("%n SGBV conversation(s) waiting", nullptr, int(sgbv)));
    if (breached)
        alerts.append(tr("%n past the answer time", nullptr, int(breached)));
    const QJsonObject surge = m_board->figures().value(u"surge"_s).toObject();
    if (surge.value(u"active"_s).toBool())
        alerts.append(tr("Surge on"));
    m_alerts->setText(alerts.join(u" · "_s));
    QPalette palette = m_alerts->palette();
    palette.setColor(QPalette::WindowText,
                     alerts.isEmpty() ? this->palette().color(QPalette::WindowText)
                                      : Labels::slaColor(SlaState::Breached, this->palette()));
    m_alerts->setPalette(palette);
    m_failure.clear();
    updateStamp();
    m_charts->update(*m_board);
    updateActions();
}

void SupervisorPage::updateStamp()
{
    // Figures that may be old say so: offline, or the last question went unanswered.
    const QString at = m_board->updatedAt()
        ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_board->updatedAt()).time(),
                             QLocale::ShortFormat)
        : QString();
    QString text;
    if (!m_board->isOnline())
        text = at.isEmpty() ? tr("Offline: no figures yet") : tr("Offline: figures of %1").arg(at);
    else if (!m_failure.isEmpty())
        text = tr("Figures not updated: %1").arg(m_failure);
    else
        text = at.isEmpty() ? tr("Waiting for the server's figures…") : tr("Updated at %1").arg(at);
    m_updated->setText(text);
}

bool SupervisorPage::exportReport(const QString &path, QDate first, QDate last)
{
    if (m_board->exportReport(path, first, last))
        return true;
    Q_EMIT notice(tr("The report cannot be exported now: one is being written, or the server "
                     "is not connected."));
    return false;
}

bool SupervisorPage::exportCharts(const QString &path)
{
    const QPixmap image = m_charts->grab();
    if (image.isNull() || !image.save(path, "PNG")) {
        Q_EMIT notice(tr("The charts could not be saved to %1.").arg(path));
        return false;
    }
    Q_EMIT notice(tr("Charts saved to %1.").arg(path));
    return true;
}

void SupervisorPage::askReport()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export the report"));
    auto *form = new QFormLayout(&dialog);
    auto *from = new QDateEdit(QDate::currentDate(), &dialog);
    auto *to = new QDateEdit(QDate::currentDate(), &dialog);
    for (QDateEdit *edit : { from, to }) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(QDate::currentDate());
    }
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (to->date() < from->date()) {
        Q_EMIT notice(tr("The last day comes before the first: nothing exported."));
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(u"guichet-report-%1-%2.csv"_s.arg(from->date().toString(Qt::ISODate),
                                                        to->date().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportReport(path, from->date(), to->date());
}

void SupervisorPage::askCharts()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .filePath(u"guichet-charts-%1.png"_s.arg(
                QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the charts"), suggested,
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportCharts(path);
}

QList<QAction *> SupervisorPage::supervisorActions() const
{
    return { m_reassign,   m_disable,   m_enable, m_orderWipe,     m_clearWipe,
             m_startSurge, m_stopSurge, m_enrol,  m_editRedirects, m_editFaq };
}

bool SupervisorPage::isSupervisor() const
{
    const std::optional<Protocol::AgentInfo> me = m_workstation->agent();
    return m_workstation->isOpen() && me && me->role == Role::Supervisor;
}

std::optional<bool> SupervisorPage::surgeActive() const
{
    const QJsonObject figures = m_board->figures();
    if (!figures.contains(u"surge"_s))
        return std::nullopt;
    return figures.value(u"surge"_s).toObject().value(u"active"_s).toBool();
}

QString SupervisorPage::selectedAgent() const
{
    const QModelIndex current = m_agents->selectionModel()->currentIndex();
    if (!current.isValid() || !m_agents->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.data(RosterModel::LoginRole).toString();
}

qint64 SupervisorPage::selectedConversation() const
{
    const QModelIndex current = m_conversations->selectionModel()->currentIndex();
    if (!current.isValid() || !m_conversations->selectionModel()->isSelected(current))
        return 0;
    return current.data(QueueModel::IdRole).toLongLong();
}

void SupervisorPage::updateActions()
{
    // The server checks the role and the rest; the page offers only what can apply.
    // Commands go through the outbox, so they are offered offline too (and said to be
    // queued); an enrolment code is a question, answered only online.
    const bool supervisor = isSupervisor();
    const bool online = supervisor && m_workstation->engine()
        && m_workstation->engine()->state() == SyncEngine::State::Online;
    const QString login = supervisor ? selectedAgent() : QString();
    const bool agent = !login.isEmpty();
    const int agentRow = agent ? m_workstation->roster()->rowOf(login) : -1;
    const bool disabled = agentRow >= 0 && m_workstation->roster()->at(agentRow).disabled;
    const std::optional<Conversation> conversation =
        supervisor ? m_open->conversation(selectedConversation()) : std::nullopt;
    const std::optional<bool> surge = surgeActive();
    m_reassign->setEnabled(conversation && conversation->state != ConversationState::Closed);
    // Disabled: only enabling makes sense, and a wipe (the laptop may be lost).
    m_disable->setEnabled(agent && !disabled);
    m_enable->setEnabled(agent && disabled);
    for (QAction *a : { m_orderWipe, m_clearWipe })
        a->setEnabled(agent);
    // Before the first figures, both: the server says if there is nothing to stop.
    m_startSurge->setEnabled(supervisor && surge != true);
    m_stopSurge->setEnabled(supervisor && surge != false);
    m_enrol->setEnabled(online && surge != false && m_enrolmentRequest.isEmpty());
    m_editRedirects->setEnabled(supervisor && !m_workstation->redirects().isEmpty());
    m_editFaq->setEnabled(supervisor);
}

void SupervisorPage::wireEngine()
{
    SyncEngine *engine = m_workstation->engine();
    if (!engine || engine == m_engine)
        return;
    m_engine = engine;
    // The engine goes with the page's context: its connections end with it.
    connect(engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        // A code asked for and not answered before the link dropped never comes: ask again.
        if (state != SyncEngine::State::Online)
            m_enrolmentRequest.clear();
        updateActions();
    });
    connect(engine, &SyncEngine::commandAcknowledged, this,
            [this](const QString &id, const QJsonObject &) {
                const QString what = m_pending.take(id);
                if (what.isEmpty())
                    return;
                setOutcome(tr("%1: done.").arg(what), false);
                Q_EMIT actionFinished(id, true, QString());
            });
    connect(engine, &SyncEngine::commandRefused, this,
            [this](const QString &id, ErrorCode code, const QString &message) {
                const QString what = m_pending.take(id);
                if (what.isEmpty())
                    return;
                // The server's words name the obstacle ("no surge is on", "bob has no
                // free capacity"), which the generic sentence for the code does not.
                QString why = ErrorText::describe(code, message);
                if (!message.isEmpty() && !why.contains(message))
                    why = tr("%1 The server said: %2").arg(why, message);
                setOutcome(tr("%1: refused by the server: %2").arg(what, why), true);
                Q_EMIT actionFinished(id, false, why);
            });
}

void SupervisorPage::loadConversations()
{
    if (!m_workstation->isOpen() || !m_workstation->store())
        return;
    // Open ones only, whatever the queue panel's filters: what can be reassigned.
    QueueFilter filter;
    filter.states = QueueFilter::States::Open;
    m_open->setFilter(filter);
    m_open->load(m_workstation->store()->conversations());
    m_openLoaded = true;
}

void SupervisorPage::onConversationsChanged(const QList<qint64> &ids)
{
    if (!m_openLoaded || !m_workstation->store())
        return;
    QList<Conversation> changed;
    for (const qint64 id : ids) {
        if (std::optional<Conversation> c = m_workstation->store()->conversation(id))
            changed.append(std::move(*c));
        else
            m_open->remove(id);
    }
    m_open->upsert(changed);
}

void SupervisorPage::setOutcome(const QString &text, bool failed)
{
    m_outcome->setText(text);
    QPalette palette = m_outcome->palette();
    palette.setColor(QPalette::WindowText,
                     failed ? Labels::slaColor(SlaState::Breached, this->palette())
                            : this->palette().color(QPalette::WindowText));
    m_outcome->setPalette(palette);
    Q_EMIT notice(text);
}

void SupervisorPage::track(const QString &what, const Result<QString> &sent)
{
    if (!sent) {
        setOutcome(tr("%1: not sent: %2").arg(what, sent.error().message), true);
        return;
    }
    m_pending.insert(*sent, what);
    const bool online =
        m_workstation->engine() && m_workstation->engine()->state() == SyncEngine::State::Online;
    setOutcome(online ? tr("%1: sent, waiting for the server…").arg(what)
                      : tr("%1: queued; it goes to the server when the link is back.").arg(what),
               false);
}

void SupervisorPage::askReassign()
{
    const std::optional<Conversation> c = m_open->conversation(selectedConversation());
    if (!isSupervisor() || !c || c->state == ConversationState::Closed)
        return;
    const qint64 id = c->id;
    const QString reference = c->reference.isEmpty() ? QString::number(id) : c->reference;
    auto *dialog = new TransferDialog(m_workstation->roster(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reassign a conversation"));
    // A waiting conversation is in the queue already: only an agent makes sense.
    const bool held = c->state == ConversationState::Claimed;
    dialog->setReassignment(
        held ? tr("Reassign %1, held by %2, to an &agent:").arg(reference, c->owner)
             : tr("Reassign %1, waiting, to an &agent:").arg(reference),
        tr("Reassi&gn"), held);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, reference] {
        const QString to = dialog->chosenLogin();
        const int row = m_workstation->roster()->rowOf(to);
        const QString name = row >= 0 ? m_workstation->roster()->at(row).name : to;
        track(to.isEmpty() ? tr("Putting %1 back in the queue").arg(reference)
                           : tr("Reassigning %1 to %2").arg(reference, name),
              m_workstation->reassign(id, to, dialog->reason()));
    });
    dialog->open();
}

void SupervisorPage::askAgentAction(QAction *action)
{
    const QString login = selectedAgent();
    if (!isSupervisor() || login.isEmpty())
        return;
    const int row = m_workstation->roster()->rowOf(login);
    const QString name = row >= 0 ? m_workstation->roster()->at(row).name : login;
    const QString who = name == login ? login : u"%1 (%2)"_s.arg(name, login);
    QString title;
    QString text;
    QString confirm;
    QString what;
    std::function<Result<QString>(const QString &)> send;
    if (action == m_disable) {
        title = tr("Disable an agent");
        text = tr("Disable the account of %1? Their sessions are cut within a second and they "
                  "cannot log in until a supervisor or an administrator enables it again. "
                  "Reassign what they hold if it cannot wait.")
                   .arg(who);
        confirm = tr("&Disable");
        what = tr("Disabling %1").arg(who);
        send = [this, login](const QString &r) {
            return m_workstation->disableAgent(login, r);
        };
    } else if (action == m_enable) {
        title = tr("Enable an agent");
        text = tr("Enable the account of %1 again? They can log in at once.").arg(who);
        confirm = tr("&Enable");
        what = tr("Enabling %1").arg(who);
        send = [this, login](const QString &r) {
            return m_workstation->enableAgent(login, r);
        };
    } else if (action == m_orderWipe) {
        title = tr("Order a remote wipe");
        text = tr("Wipe the workstation of %1? Its cache (conversations, drafts) and its key are "
                  "destroyed as soon as it connects, and the session ends. This cannot be undone "
                  "on that workstation; the conversations stay on the server.")
                   .arg(who);
        confirm = tr("Order the &wipe");
        what = tr("Wipe order for %1").arg(who);
        send = [this, login](const QString &r) {
            return m_workstation->orderWipe(login, r);
        };
    } else if (action == m_clearWipe) {
        title = tr("Clear a wipe order");
        text = tr("Withdraw the wipe ordered for %1? A workstation already wiped stays wiped; one "
                  "that has not connected since keeps its cache.")
                   .arg(who);
        confirm = tr("C&lear the order");
        what = tr("Clearing the wipe order for %1").arg(who);
        send = [this, login](const QString &r) {
            return m_workstation->clearWipe(login, r);
        };
    } else {
        return;
    }
    auto *dialog = new SupervisorActionDialog(title, text, confirm, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, what, send] { track(what, send(dialog->reason())); });
    dialog->open();
}

void SupervisorPage::askStartSurge()
{
    if (!isSupervisor())
        return;
    auto *dialog = new SupervisorActionDialog(
        tr("Start a surge"),
        tr("Start a surge? Reservists then see the waiting conversations of the channels and "
           "languages below, every agent may hold more conversations (as the server is "
           "configured), and citizens waiting in web chat are told an estimate of their wait. "
           "You can then enrol reservists with one-time codes."),
        tr("&Start the surge"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *channels = new QWidget(dialog);
    auto *channelRow = new QHBoxLayout(channels);
    channelRow->setContentsMargins(0, 0, 0, 0);
    QList<std::pair<QCheckBox *, Channel>> channelBoxes;
    for (const Channel channel : allValues<Channel>()) {
        auto *box = new QCheckBox(Labels::channel(channel), channels);
        channelRow->addWidget(box);
        channelBoxes.append({ box, channel });
    }
    auto *languages = new QWidget(dialog);
    auto *languageRow = new QHBoxLayout(languages);
    languageRow->setContentsMargins(0, 0, 0, 0);
    QList<std::pair<QCheckBox *, Language>> languageBoxes;
    for (const Language lang : allValues<Language>()) {
        auto *box = new QCheckBox(wireName(lang).toUpper(), languages);
        box->setToolTip(Labels::language(lang));
        box->setAccessibleName(Labels::language(lang));
        languageRow->addWidget(box);
        languageBoxes.append({ box, lang });
    }
    auto *hint =
        new QLabel(tr("Nothing ticked: as configured on the server (routing.surge)."), dialog);
    hint->setWordWrap(true);
    dialog->addRow(tr("Channels:"), channels);
    dialog->addRow(tr("Languages:"), languages);
    dialog->addRow(QString(), hint);
    connect(dialog, &QDialog::accepted, this, [this, dialog, channelBoxes, languageBoxes] {
        QList<Channel> chosenChannels;
        for (const auto &[box, channel] : channelBoxes) {
            if (box->isChecked())
                chosenChannels.append(channel);
        }
        QList<Language> chosenLanguages;
        for (const auto &[box, lang] : languageBoxes) {
            if (box->isChecked())
                chosenLanguages.append(lang);
        }
        track(tr("Starting the surge"),
              m_workstation->startSurge(dialog->reason(), chosenChannels, chosenLanguages));
    });
    dialog->open();
}

void SupervisorPage::askStopSurge()
{
    if (!isSupervisor())
        return;
    auto *dialog = new SupervisorActionDialog(
        tr("Stop the surge"),
        tr("Stop the surge? The reservists' accounts created for it are disabled at once (what "
           "they hold goes back to the queue), unused enrolment codes become void, and "
           "capacities return to each agent's own."),
        tr("S&top the surge"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        track(tr("Stopping the surge"), m_workstation->stopSurge(dialog->reason()));
    });
    dialog->open();
}

void SupervisorPage::askEnrolment()
{
    if (!isSupervisor())
        return;
    auto *dialog = new SupervisorActionDialog(
        tr("Enrol a reservist"),
        tr("Ask the server for a one-time enrolment code: a reservist types it in the setup "
           "wizard on their own laptop to create their account. The code is shown once; it "
           "works once, only while the surge lasts."),
        tr("&Ask for a code"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *minutes = new QSpinBox(dialog);
    minutes->setRange(1, 1440);
    minutes->setValue(120);
    minutes->setSuffix(tr(" min"));
    minutes->setAccessibleName(tr("Code valid for, in minutes"));
    auto *hours = new QSpinBox(dialog);
    hours->setRange(1, 168);
    hours->setValue(12);
    hours->setSuffix(tr(" h"));
    hours->setAccessibleName(tr("Account lasts at most, in hours"));
    dialog->addRow(tr("Code valid for:"), minutes);
    dialog->addRow(tr("Account lasts at most:"), hours);
    connect(dialog, &QDialog::accepted, this, [this, dialog, minutes, hours] {
        const Result<QString> asked =
            m_workstation->requestEnrolmentCode(dialog->reason(), minutes->value(), hours->value());
        if (!asked) {
            setOutcome(tr("No enrolment code: %1").arg(asked.error().message), true);
            return;
        }
        m_enrolmentRequest = *asked;
        setOutcome(tr("Enrolment code asked for, waiting for the server…"), false);
        updateActions();
    });
    dialog->open();
}

void SupervisorPage::askRedirects()
{
    if (!isSupervisor())
        return;
    // The document in force on this workstation (the server's last copy), edited in place
    // for one target's address and citizen texts; the rest goes back unchanged.
    const Result<RedirectDefinitions> current =
        RedirectDefinitions::parse(m_workstation->redirects().toJson());
    if (!current) {
        setOutcome(tr("The redirect definitions cannot be read: %1").arg(current.error().message),
                   true);
        return;
    }
    auto edited = std::make_shared<RedirectDefinitions>(*current);
    auto *dialog = new SupervisorActionDialog(
        tr("Edit the redirections"),
        tr("Change the official address of a redirection, or the text the citizen receives in "
           "a language ({url} stands for the address). Every workstation gets the new version "
           "when the server accepts it."),
        tr("&Send to every workstation"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"redirectsDialog"_s);
    auto *target = new QComboBox(dialog);
    target->setObjectName(u"redirectTarget"_s);
    for (const RedirectDefinition &d : std::as_const(edited->redirects))
        target->addItem(Labels::redirectTarget(d.target), int(d.target));
    auto *url = new QLineEdit(dialog);
    url->setObjectName(u"redirectUrl"_s);
    url->setAccessibleName(tr("Official address"));
    auto *lang = new QComboBox(dialog);
    lang->setObjectName(u"redirectLanguage"_s);
    for (const Language l : allValues<Language>())
        lang->addItem(Labels::language(l), int(l));
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(u"redirectText"_s);
    text->setAccessibleName(tr("Text for the citizen"));
    text->setTabChangesFocus(true);
    auto *check = new QLabel(dialog);
    check->setObjectName(u"redirectCheck"_s);
    check->setWordWrap(true);
    check->setTextFormat(Qt::PlainText);
    dialog->addRow(tr("Redirection:"), target);
    dialog->addRow(tr("Address:"), url);
    dialog->addRow(tr("Language:"), lang);
    dialog->addRow(tr("Text:"), text);
    dialog->addRow(QString(), check);

    const auto definition = [edited, target]() -> RedirectDefinition * {
        const auto chosen = RedirectTarget(target->currentData().toInt());
        for (RedirectDefinition &d : edited->redirects) {
            if (d.target == chosen)
                return &d;
        }
        return nullptr;
    };
    const auto language = [lang] {
        return Language(lang->currentData().toInt());
    };
    const auto validate = [edited, original = *current, dialog, check] {
        // The same rules as the server's (protocol/), so what is sent is accepted.
        const Result<RedirectDefinitions> valid = RedirectDefinitions::fromJson(edited->toJson());
        const bool changed = valid && !valid->sameContent(original);
        check->setText(!valid        ? tr("Not valid: %1").arg(valid.error().message)
                           : changed ? tr("Valid; not sent yet.")
                                     : tr("Nothing changed yet."));
        dialog->setReady(changed);
    };
    const auto load = [=] {
        const RedirectDefinition *d = definition();
        if (!d)
            return;
        const QSignalBlocker urlBlocker(url);
        const QSignalBlocker textBlocker(text);
        url->setText(d->url.toString());
        text->setPlainText(d->text.value(language()));
    };
    connect(target, &QComboBox::currentIndexChanged, dialog, load);
    connect(lang, &QComboBox::currentIndexChanged, dialog, load);
    connect(url, &QLineEdit::textChanged, dialog, [=](const QString &typed) {
        if (RedirectDefinition *d = definition())
            d->url = QUrl(typed.trimmed());
        validate();
    });
    connect(text, &QPlainTextEdit::textChanged, dialog, [=] {
        if (RedirectDefinition *d = definition()) {
            // Emptied: that language falls back to French (French itself is required).
            if (text->toPlainText().trimmed().isEmpty())
                d->text.remove(language());
            else
                d->text.insert(language(), text->toPlainText());
        }
        validate();
    });
    load();
    validate();
    connect(dialog, &QDialog::accepted, this, [this, dialog, edited] {
        track(tr("The redirect definitions"),
              m_workstation->setRedirectDefinitions(edited->toJson(), dialog->reason()));
    });
    dialog->open();
}

FaqEditorDialog *SupervisorPage::faqEditor() const
{
    return m_faqEditor;
}

void SupervisorPage::askFaq()
{
    if (!isSupervisor())
        return;
    // One editor, kept open beside the page (not modal): a supervisor fixes several
    // entries in a row and sees each come back from the server in the list.
    if (!m_faqEditor) {
        m_faqEditor = new FaqEditorDialog(m_workstation, this);
        m_faqEditor->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_faqEditor, &FaqEditorDialog::editRequested, this,
                [this](const FaqEntry &entry, const QString &reason) {
                    track(tr("The FAQ entry %1 (%2)").arg(entry.id, Labels::language(entry.lang)),
                          m_workstation->editFaq(entry, reason));
                });
        connect(m_faqEditor, &FaqEditorDialog::retireRequested, this,
                [this](const QString &id, Language lang, const QString &reason) {
                    track(tr("Retiring the FAQ entry %1 (%2)").arg(id, Labels::language(lang)),
                          m_workstation->retireFaq(id, lang, reason));
                });
    }
    m_faqEditor->show();
    m_faqEditor->raise();
    m_faqEditor->activateWindow();
}

} // namespace Guichet::Ui
