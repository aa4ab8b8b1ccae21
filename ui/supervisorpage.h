#pragma once

#include <QDate>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QLabel;
class QTableView;
class QTimer;
class QTreeView;

namespace Guichet {
class SupervisorBoard;
class Workstation;
} // namespace Guichet

namespace Guichet::Ui {

class ChartsBox;

//! The duty supervisor's page (docs/workstation.md, "Supervisor page"): the queue
//! by channel, language and SLA state, the agents with their load and last reply,
//! today's volumes, first-response times, satisfaction and redirections, and their
//! trends as charts. Live: the SupervisorBoard asks the server again when events
//! arrive, while the page is shown. Exports the report (CSV) and the charts (PNG).
class SupervisorPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisorPage(Workstation *workstation, QWidget *parent = nullptr);
    ~SupervisorPage() override;

    SupervisorBoard *board() const { return m_board; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportChartsAction() const { return m_exportCharts; }
    QWidget *charts() const;
    QTreeView *agentsView() const { return m_agents; }
    QLabel *updatedLabel() const { return m_updated; }

    //! Write the report of [@p first, @p last] to @p path (asynchronous: the board's
    //! reportFinished()). False when it could not start.
    bool exportReport(const QString &path, QDate first, QDate last);
    //! Save the three charts as one PNG image. False (and a message) when it cannot.
    bool exportCharts(const QString &path);

Q_SIGNALS:
    void notice(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onUpdated();
    //! When the figures are from, or why they may be old.
    void updateStamp();
    void askReport();
    void askCharts();
    QTableView *table(QAbstractItemModel *model, const QString &accessibleName);

    Workstation *m_workstation;
    SupervisorBoard *m_board;
    ChartsBox *m_charts;
    QTreeView *m_agents;
    QLabel *m_updated;
    QLabel *m_alerts;
    QAction *m_exportReport;
    QAction *m_exportCharts;
    QTimer *m_clock;
    QString m_failure; //!< why the last question got no figures; empty once it did
};

} // namespace Guichet::Ui
