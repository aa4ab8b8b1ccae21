#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Guichet {
class RosterModel;
}

namespace Guichet::Ui {

//! "Transfer to…": the colleagues this agent may hand a conversation to, with
//! their presence and load, those who can take it first; or back to the queue.
//! Keyboard first: type to filter, Up/Down to choose, Enter to transfer,
//! Alt+Q for the queue, Esc to cancel. Live: rows move as loads change.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TransferDialog(RosterModel *roster, QWidget *parent = nullptr);

    //! A supervisor's reassignment: @p prompt above the list, @p confirm on the button,
    //! a required reason (kept in the event and audit logs), and "Back to the queue"
    //! only when @p queueAllowed (a waiting conversation is in the queue already).
    void setReassignment(const QString &prompt, const QString &confirm, bool queueAllowed);
    //! Empty unless setReassignment(): why, as typed.
    QString reason() const;
    QLineEdit *reasonField() const { return m_reason; }

    //! After acceptance: the chosen agent's login, or empty for the queue.
    QString chosenLogin() const { return m_chosen; }
    QLineEdit *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QPushButton *transferButton() const { return m_transfer; }
    QPushButton *queueButton() const { return m_queue; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    //! The selected agent's login, if they can take a conversation.
    QString selectedLogin() const;
    void selectFirstAvailable();
    void updateState();

    RosterModel *m_roster;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_empty;
    QDialogButtonBox *m_buttons;
    QPushButton *m_transfer;
    QPushButton *m_queue;
    QLabel *m_prompt;
    QLineEdit *m_reason = nullptr;
    bool m_queueAllowed = true;
    QString m_chosen;
};

} // namespace Guichet::Ui
