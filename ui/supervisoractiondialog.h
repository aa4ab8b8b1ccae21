#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Guichet::Ui {

//! A supervisor confirms an action on the brigade (disable an agent, order a wipe, start
//! a surge…): what it does, in words, and why (required: kept in the event log and the
//! server's audit log). Nothing is sent until a reason is typed and the confirm button
//! pressed; Esc cancels. Extra fields (the surge's channels) go in the form.
class SupervisorActionDialog : public QDialog
{
    Q_OBJECT

public:
    //! @p text says what happens; @p confirm labels the button that does it.
    SupervisorActionDialog(const QString &title, const QString &text, const QString &confirm,
                           QWidget *parent = nullptr);

    //! Add a row above the reason (@p label may be empty: the widget spans the row).
    void addRow(const QString &label, QWidget *widget);
    QLineEdit *reasonField() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    QString reason() const;
    //! Whether the extra fields make a whole action (default: yes); the confirm button
    //! waits for it as well as for the reason.
    void setReady(bool ready);

private:
    QFormLayout *m_form;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
    bool m_ready = true;
};

} // namespace Guichet::Ui
