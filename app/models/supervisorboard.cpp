#include "supervisorboard.h"

#include "app/models/errortext.h"
#include "app/models/workstation.h"
#include "app/reports/reportcsv.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

//! A duration in milliseconds for people: "42 s", "3 min 5 s"; "—" when there is none.
QString duration(const QJsonValue &ms)
{
    if (ms.isNull() || ms.isUndefined())
        return SupervisorBoard::tr("—");
    const qint64 seconds = (ms.toInteger() + 500) / 1000;
    if (seconds < 60)
        return SupervisorBoard::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return SupervisorBoard::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return SupervisorBoard::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

} // namespace

SupervisorBoard::SupervisorBoard(Workstation *workstation, QObject *parent)
    : QObject(parent)
    , m_workstation(workstation)
    , m_byChannel({ tr("Channel"), tr("Waiting") })
    , m_byLanguage({ tr("Language"), tr("Waiting") })
    , m_queue({ tr("Queue"), tr("Conversations") })
    , m_today({ tr("Today"), tr("Figure") })
    , m_redirects({ tr("Redirected to"), tr("Today") })
    , m_comments({ tr("When"), tr("Rating"), tr("Comment") })
{
    m_later.setSingleShot(true);
    connect(&m_later, &QTimer::timeout, this, &SupervisorBoard::ask);
    connect(workstation, &Workstation::opened, this, [this] {
        bind();
        if (m_active)
            refresh();
    });
    connect(workstation, &Workstation::conversationsChanged, this, &SupervisorBoard::onEvent);
    connect(workstation, &Workstation::messagesChanged, this, &SupervisorBoard::onEvent);
    // A supervisor's action (a surge started or stopped, here or at another desk) changes
    // figures no conversation event carries.
    connect(workstation, &Workstation::supervisorActionsChanged, this, &SupervisorBoard::onEvent);
    RosterModel *roster = workstation->roster();
    connect(roster, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last) {
                // "Last reply" alone changes with the clock or a reply (messagesChanged): no news.
                if (first.column() != RosterModel::LastReplyColumn
                    || last.column() != RosterModel::LastReplyColumn)
                    onEvent();
            });
    connect(roster, &QAbstractItemModel::rowsInserted, this, &SupervisorBoard::onEvent);
    connect(roster, &QAbstractItemModel::rowsRemoved, this, &SupervisorBoard::onEvent);
    bind();
}

SupervisorBoard::~SupervisorBoard() = default;

void SupervisorBoard::bind()
{
    SyncEngine *engine = m_workstation->engine();
    if (engine == m_engine)
        return;
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    m_inFlight.clear();
    if (!engine) {
        Q_EMIT linkChanged();
        return;
    }
    connect(engine, &SyncEngine::queryAnswered, this, &SupervisorBoard::onAnswer);
    connect(engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        Q_EMIT linkChanged();
        if (state == SyncEngine::State::Online)
            onEvent();
    });
    Q_EMIT linkChanged();
}

bool SupervisorBoard::isSupervisor() const
{
    const std::optional<Protocol::AgentInfo> me = m_workstation->agent();
    return me && me->role == Role::Supervisor;
}

bool SupervisorBoard::isOnline() const
{
    return m_engine && m_engine->state() == SyncEngine::State::Online;
}

void SupervisorBoard::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
}

void SupervisorBoard::refresh()
{
    m_dirty = true;
    if (!m_inFlight.isEmpty() || m_later.isActive())
        return; // asked again when the answer comes or the timer fires
    const qint64 since = m_lastAsked.isValid() ? m_lastAsked.elapsed() : m_minIntervalMs;
    if (since >= m_minIntervalMs)
        ask();
    else
        m_later.start(int(m_minIntervalMs - since));
}

void SupervisorBoard::onEvent()
{
    if (m_active)
        refresh();
}

void SupervisorBoard::ask()
{
    bind();
    if (!m_engine || !isSupervisor() || !m_dirty)
        return;
    Result<QString> id = m_engine->query(CommandOp::Stats);
    if (!id)
        return; // offline: asked again when the link is back (stateChanged)
    m_dirty = false;
    m_inFlight = *id;
    m_lastAsked.start();
}

void SupervisorBoard::onAnswer(const QString &id, bool ok, const QJsonObject &result,
                               ErrorCode code, const QString &message)
{
    if (!m_reportQuery.isEmpty() && id == m_reportQuery) {
        m_reportQuery.clear();
        if (!ok) {
            finishReport(false, ErrorText::describe(code, message));
            return;
        }
        m_report->addPage(result);
        if (!result.value(u"more"_s).toBool()) {
            finishReport(true, {});
            return;
        }
        m_reportArgs.insert(u"afterOpened"_s, result.value(u"afterOpened"_s));
        m_reportArgs.insert(u"afterId"_s, result.value(u"afterId"_s));
        askReportPage(m_reportArgs);
        return;
    }
    if (id != m_inFlight)
        return;
    m_inFlight.clear();
    if (ok)
        apply(result);
    else
        Q_EMIT failed(ErrorText::describe(code, message));
    if (m_dirty && m_active) {
        m_dirty = false; // refresh() sets it again
        refresh();
    }
}

QString SupervisorBoard::label(const QString &group, const QString &key) const
{
    return m_labeller ? m_labeller(group, key) : key;
}

void SupervisorBoard::apply(const QJsonObject &figures)
{
    m_figures = figures;
    m_updatedAt = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject queue = figures.value(u"queue"_s).toObject();
    const auto counts = [this](const QJsonObject &object, const QString &group,
                               const QStringList &order) {
        QList<FigureTableModel::Row> rows;
        for (const QString &key : order)
            rows.append({ key, { label(group, key), object.value(key).toInteger() } });
        return rows;
    };
    QStringList channels, languages, targets;
    for (const Channel c : allValues<Channel>())
        channels.append(wireName(c));
    for (const Language l : allValues<Language>())
        languages.append(wireName(l));
    for (const RedirectTarget t : allValues<RedirectTarget>())
        targets.append(wireName(t));
    m_byChannel.setRows(counts(queue.value(u"byChannel"_s).toObject(), u"channel"_s, channels));
    m_byLanguage.setRows(counts(queue.value(u"byLanguage"_s).toObject(), u"language"_s, languages));
    m_redirects.setRows(counts(figures.value(u"redirects"_s).toObject(), u"redirect"_s, targets));

    const auto number = [&](const char *key) {
        return queue.value(QLatin1StringView(key)).toInteger();
    };
    m_queue.setRows({
        { u"waiting"_s, { tr("Waiting"), number("waiting") } },
        { u"onTime"_s, { tr("On time"), number("onTime") } },
        { u"atRisk"_s, { tr("At risk"), number("atRisk") } },
        { u"breached"_s, { tr("Breached"), number("breached") } },
        { u"emergency"_s, { tr("Possible emergencies"), number("emergency") } },
        { u"sgbv"_s, { tr("Sexual or gender-based violence"), number("sgbv") } },
    });

    const QJsonObject today = figures.value(u"today"_s).toObject();
    const QJsonValue mean = today.value(u"csatMean"_s);
    m_today.setRows({
        { u"opened"_s, { tr("Opened"), today.value(u"opened"_s).toInteger() } },
        { u"closed"_s, { tr("Closed"), today.value(u"closed"_s).toInteger() } },
        { u"firstResponseP50Ms"_s,
          { tr("First response, median"), duration(today.value(u"firstResponseP50Ms"_s)) } },
        { u"firstResponseP90Ms"_s,
          { tr("First response, 90th percentile"),
            duration(today.value(u"firstResponseP90Ms"_s)) } },
        { u"csatCount"_s, { tr("Satisfaction surveys"), today.value(u"csatCount"_s).toInteger() } },
        { u"csatMean"_s,
          { tr("Mean rating (1 to 5)"),
            mean.isNull() ? tr("—") : QLocale().toString(mean.toDouble(), 'f', 2) } },
    });

    QList<FigureTableModel::Row> comments;
    for (const QJsonValue &value : figures.value(u"comments"_s).toArray()) {
        const QJsonObject c = value.toObject();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(c.value(u"at"_s).toInteger());
        comments.append({ QString::number(c.value(u"at"_s).toInteger()),
                          { QLocale().toString(at, QLocale::ShortFormat),
                            c.value(u"rating"_s).toInteger(), c.value(u"comment"_s).toString() } });
    }
    m_comments.setRows(comments);
    Q_EMIT updated();
}

QList<SupervisorBoard::Point> SupervisorBoard::waitingSeries() const
{
    QList<Point> points;
    const QJsonObject series = m_figures.value(u"series"_s).toObject();
    for (const QJsonValue &value : series.value(u"waiting"_s).toArray()) {
        const QJsonObject o = value.toObject();
        points.append({ o.value(u"at"_s).toInteger(), double(o.value(u"waiting"_s).toInteger()) });
    }
    return points;
}

QList<SupervisorBoard::Point> SupervisorBoard::openedPerHour() const
{
    QList<Point> points;
    const QJsonObject series = m_figures.value(u"series"_s).toObject();
    for (const QJsonValue &value : series.value(u"hours"_s).toArray()) {
        const QJsonObject o = value.toObject();
        points.append({ o.value(u"at"_s).toInteger(), double(o.value(u"opened"_s).toInteger()) });
    }
    return points;
}

QList<SupervisorBoard::Point> SupervisorBoard::satisfactionPerDay() const
{
    QList<Point> points;
    const QJsonObject series = m_figures.value(u"series"_s).toObject();
    for (const QJsonValue &value : series.value(u"days"_s).toArray()) {
        const QJsonObject o = value.toObject();
        if (o.value(u"csatMean"_s).isNull())
            continue;
        points.append({ o.value(u"at"_s).toInteger(), o.value(u"csatMean"_s).toDouble() });
    }
    return points;
}

bool SupervisorBoard::exportReport(const QString &path, QDate first, QDate last)
{
    bind();
    if (m_report || !m_engine || m_engine->state() != SyncEngine::State::Online)
        return false;
    m_report = std::make_unique<Reports::ReportCsvWriter>(path);
    if (!m_report->open()) {
        const QString error = m_report->errorString();
        m_report.reset();
        Q_EMIT reportFinished(false, 0, tr("Cannot write %1: %2").arg(path, error));
        return true;
    }
    const auto [from, to] = Reports::reportPeriod(first, last);
    m_reportArgs = QJsonObject { { u"from"_s, from }, { u"to"_s, to } };
    askReportPage(m_reportArgs);
    return true;
}

void SupervisorBoard::askReportPage(const QJsonObject &args)
{
    Result<QString> id = m_engine ? m_engine->query(CommandOp::Report, args)
                                  : Result<QString>(makeError(ErrorCode::Unavailable, {}));
    if (!id) {
        finishReport(false, id.error().message);
        return;
    }
    m_reportQuery = *id;
}

void SupervisorBoard::finishReport(bool ok, const QString &message)
{
    std::unique_ptr<Reports::ReportCsvWriter> report = std::move(m_report);
    if (!report)
        return;
    if (ok && !report->commit()) {
        Q_EMIT reportFinished(false, 0, tr("Cannot write the file: %1").arg(report->errorString()));
        return;
    }
    if (!ok)
        report->cancel();
    Q_EMIT reportFinished(ok, ok ? report->rows() : 0, message);
}

} // namespace Guichet
