#pragma once

#include "protocol/result.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QListView;
class QTableView;
class QTimer;
class QTreeView;

namespace Guichet {
class QueueModel;
class SupervisorBoard;
class SyncEngine;
class Workstation;
} // namespace Guichet

namespace Guichet::Ui {

class ChartsBox;
class FaqEditorDialog;

//! The duty supervisor's page (docs/workstation.md, "Supervisor page"): the queue
//! by channel, language and SLA state, the agents with their load and last reply,
//! today's volumes, first-response times, satisfaction and redirections, and their
//! trends as charts. Live: the SupervisorBoard asks the server again when events
//! arrive, while the page is shown. Exports the report (CSV) and the charts (PNG).
//! The supervisor acts from here (docs/supervision.md, "Actions"): on the selected
//! agent (disable, enable, order or clear a wipe), on the selected open conversation
//! (reassign), on the surge (start, stop, enrol a reservist). Each asks for a reason,
//! goes through the Workstation (the outbox), and its outcome is shown: queued while
//! offline, sent, done, or refused with the server's reason.
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
    //! The open conversations (waiting and held), most urgent first.
    QListView *conversationsView() const { return m_conversations; }
    //! What became of the last action.
    QLabel *outcomeLabel() const { return m_outcome; }

    QAction *reassignAction() const { return m_reassign; }
    QAction *disableAction() const { return m_disable; }
    QAction *enableAction() const { return m_enable; }
    QAction *orderWipeAction() const { return m_orderWipe; }
    QAction *clearWipeAction() const { return m_clearWipe; }
    QAction *startSurgeAction() const { return m_startSurge; }
    QAction *stopSurgeAction() const { return m_stopSurge; }
    QAction *enrolAction() const { return m_enrol; }
    QAction *editRedirectsAction() const { return m_editRedirects; }
    QAction *editFaqAction() const { return m_editFaq; }
    //! The knowledge-base editor while it is open; null otherwise.
    FaqEditorDialog *faqEditor() const;
    //! Every action above, in menu order (the window's Supervise menu).
    QList<QAction *> supervisorActions() const;

    //! The login of the agent selected in the list; empty when none.
    QString selectedAgent() const;
    //! The conversation selected in the list; 0 when none.
    qint64 selectedConversation() const;

    //! Write the report of [@p first, @p last] to @p path (asynchronous: the board's
    //! reportFinished()). False when it could not start.
    bool exportReport(const QString &path, QDate first, QDate last);
    //! Save the three charts as one PNG image. False (and a message) when it cannot.
    bool exportCharts(const QString &path);

Q_SIGNALS:
    void notice(const QString &message);
    //! The server answered an action sent from this page (@p ok: applied).
    void actionFinished(const QString &commandId, bool ok, const QString &message);

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

    bool isSupervisor() const;
    //! Whether a surge is on, as the last figures said; nullopt before any.
    std::optional<bool> surgeActive() const;
    //! Enable each action when it applies: role, selection, surge state, link.
    void updateActions();
    void wireEngine();
    void loadConversations();
    void onConversationsChanged(const QList<qint64> &ids);
    void askReassign();
    void askAgentAction(QAction *action);
    void askStartSurge();
    void askStopSurge();
    void askEnrolment();
    void askRedirects();
    void askFaq();
    //! Say what became of @p sent (queued, sent, or why not) and follow its answer.
    void track(const QString &what, const Result<QString> &sent);
    void setOutcome(const QString &text, bool failed);

    Workstation *m_workstation;
    SupervisorBoard *m_board;
    ChartsBox *m_charts;
    QTreeView *m_agents;
    QLabel *m_updated;
    QLabel *m_alerts;
    QAction *m_exportReport;
    QAction *m_exportCharts;
    QTimer *m_clock;
    QueueModel *m_open;
    QListView *m_conversations;
    QLabel *m_outcome;
    QAction *m_reassign;
    QAction *m_disable;
    QAction *m_enable;
    QAction *m_orderWipe;
    QAction *m_clearWipe;
    QAction *m_startSurge;
    QAction *m_stopSurge;
    QAction *m_enrol;
    QAction *m_editRedirects;
    QAction *m_editFaq;
    QPointer<FaqEditorDialog> m_faqEditor;
    QHash<QString, QString> m_pending; //!< command id → what it does, until answered
    QString m_enrolmentRequest; //!< the query id of the enrolment code asked for
    QPointer<SyncEngine> m_engine; //!< whose answers are followed
    bool m_openLoaded = false;
    QString m_failure; //!< why the last question got no figures; empty once it did
};

} // namespace Guichet::Ui
