#include "supervisorpage.h"

#include "app/models/supervisorboard.h"
#include "app/models/workstation.h"
#include "labels.h"

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
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
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
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

    const auto group = [content](const QString &name, QWidget *widget) {
        auto *box = new QGroupBox(name, content);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(widget);
        return box;
    };
    grid->addWidget(group(tr("Queue"), table(m_board->queue(), tr("Queue by SLA state"))), 1, 0);
    grid->addWidget(
        group(tr("Waiting by channel"), table(m_board->byChannel(), tr("Waiting by channel"))), 1,
        1);
    grid->addWidget(
        group(tr("Waiting by language"), table(m_board->byLanguage(), tr("Waiting by language"))),
        1, 2);

    m_agents->setObjectName(u"supervisorAgents"_s);
    m_agents->setModel(workstation->roster());
    m_agents->setRootIsDecorated(false);
    m_agents->setAllColumnsShowFocus(true);
    m_agents->setAccessibleName(tr("Agents"));
    m_agents->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agents->header()->setStretchLastSection(true);
    grid->addWidget(group(tr("Agents"), m_agents), 2, 0, 1, 2);
    grid->addWidget(group(tr("Today"), table(m_board->today(), tr("Today"))), 2, 2);
    grid->addWidget(
        group(tr("Redirections today"), table(m_board->redirects(), tr("Redirections today"))), 3,
        0);
    QTableView *comments = table(m_board->comments(), tr("Last survey comments"));
    comments->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    comments->setWordWrap(true);
    grid->addWidget(group(tr("Last survey comments"), comments), 3, 1, 1, 2);
    grid->addWidget(group(tr("Trends"), m_charts), 4, 0, 1, 3);
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
    updateStamp();
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

} // namespace Guichet::Ui
