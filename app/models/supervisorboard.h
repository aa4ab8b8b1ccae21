#pragma once

#include "app/models/figuretablemodel.h"
#include "protocol/errorcode.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Guichet {

class SyncEngine;
class Workstation;
namespace Reports {
class ReportCsvWriter;
}

//! The supervisor page's figures (docs/supervision.md): the server's `stats`
//! query, asked again when the event stream says something changed (a
//! conversation, a message, the roster), at most once per minInterval(), and
//! only while active (the page is shown). No workstation polls the database: a
//! quiet brigade costs no query. The agents are the Workstation's RosterModel.
class SupervisorBoard : public QObject
{
    Q_OBJECT

public:
    //! Shown names for wire names: @p group is "channel", "language" or "redirect".
    using Labeller = std::function<QString(const QString &group, const QString &key)>;
    struct Point
    {
        qint64 at = 0; //!< ms since the epoch
        double value = 0;
    };

    explicit SupervisorBoard(Workstation *workstation, QObject *parent = nullptr);
    ~SupervisorBoard() override;

    void setLabeller(Labeller labeller) { m_labeller = std::move(labeller); }
    //! Ask again on events while active; becoming active asks at once.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    //! The shortest time between two `stats` queries (3 s by default).
    void setMinInterval(int ms) { m_minIntervalMs = ms; }
    int minInterval() const { return m_minIntervalMs; }
    //! Ask now (or as soon as the interval and the query in flight allow).
    void refresh();
    //! The logged-in agent is a supervisor (the page exists only for them).
    bool isSupervisor() const;
    //! The link to the server is up: figures can be asked.
    bool isOnline() const;

    //! Waiting by channel, by language: label, count.
    FigureTableModel *byChannel() { return &m_byChannel; }
    FigureTableModel *byLanguage() { return &m_byLanguage; }
    //! The queue: waiting, on time, at risk, breached, emergencies, SGBV.
    FigureTableModel *queue() { return &m_queue; }
    //! Today: opened, closed, first response p50 and p90, satisfaction count and mean.
    FigureTableModel *today() { return &m_today; }
    //! Today's redirections by target.
    FigureTableModel *redirects() { return &m_redirects; }
    //! The last survey comments: when, rating, comment.
    FigureTableModel *comments() { return &m_comments; }

    //! The last answer as the server gave it; empty before the first.
    QJsonObject figures() const { return m_figures; }
    //! When the figures were received (ms since the epoch), 0 before.
    qint64 updatedAt() const { return m_updatedAt; }
    QList<Point> waitingSeries() const;
    QList<Point> openedPerHour() const;
    //! Mean rating per day; days without a survey are left out.
    QList<Point> satisfactionPerDay() const;

    //! Write the report of [@p first, @p last] (whole days, this machine's time zone)
    //! to @p path, as `guichet-cli supervise report` does; reportFinished() says how
    //! it went. False (nothing started) when one is running or the link is down.
    bool exportReport(const QString &path, QDate first, QDate last);

Q_SIGNALS:
    void updated();
    //! The link went up or down (isOnline()).
    void linkChanged();
    void failed(const QString &message);
    void reportFinished(bool ok, qint64 rows, const QString &message);

private:
    void bind();
    void onEvent();
    void ask();
    void onAnswer(const QString &id, bool ok, const QJsonObject &result, ErrorCode code,
                  const QString &message);
    void apply(const QJsonObject &figures);
    void askReportPage(const QJsonObject &args);
    void finishReport(bool ok, const QString &message);
    QString label(const QString &group, const QString &key) const;

    Workstation *m_workstation;
    QPointer<SyncEngine> m_engine;
    Labeller m_labeller;
    bool m_active = false;
    bool m_dirty = false;
    int m_minIntervalMs = 3000;
    QString m_inFlight;
    QElapsedTimer m_lastAsked;
    QTimer m_later;
    QJsonObject m_figures;
    qint64 m_updatedAt = 0;
    FigureTableModel m_byChannel;
    FigureTableModel m_byLanguage;
    FigureTableModel m_queue;
    FigureTableModel m_today;
    FigureTableModel m_redirects;
    FigureTableModel m_comments;
    std::unique_ptr<Reports::ReportCsvWriter> m_report;
    QString m_reportQuery;
    QJsonObject m_reportArgs;
};

} // namespace Guichet
