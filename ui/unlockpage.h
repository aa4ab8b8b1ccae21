#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Guichet {
class Workstation;
}

namespace Guichet::Ui {

//! What the window shows while locked: nothing of the conversations, only who is
//! logged in and the field that unlocks (the passphrase, or the agent's password
//! when the key is in the keychain).
class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(Workstation *workstation, QWidget *parent = nullptr);

    QLineEdit *secretField() const { return m_secret; }
    QPushButton *unlockButton() const { return m_unlock; }
    QLabel *errorLabel() const { return m_error; }
    //! Update the wording for the account and key method; focus the field.
    void prepare();

Q_SIGNALS:
    void unlocked();

private:
    void unlock();

    Workstation *m_workstation;
    QLabel *m_title;
    QLabel *m_prompt;
    QLineEdit *m_secret;
    QPushButton *m_unlock;
    QLabel *m_error;
};

} // namespace Guichet::Ui
