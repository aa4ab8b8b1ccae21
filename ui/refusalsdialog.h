#pragma once

#include "app/models/refusalsmodel.h"

#include <QDialog>

class QPushButton;
class QTreeView;

namespace Guichet {
class Workstation;
}

namespace Guichet::Ui {

//! Every action the server refused, in one list: open the conversation, send the
//! action again, or dismiss it once read. Opened from the status bar's count.
class RefusalsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RefusalsDialog(Workstation *workstation, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    RefusalsModel *model() { return &m_model; }
    QPushButton *resendButton() const { return m_resend; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    void openConversation(qint64 id);

private:
    void updateButtons();
    QString currentCommand() const;

    Workstation *m_workstation;
    RefusalsModel m_model;
    QTreeView *m_view;
    QPushButton *m_open;
    QPushButton *m_resend;
    QPushButton *m_dismiss;
};

} // namespace Guichet::Ui
