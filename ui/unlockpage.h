#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Guichet {
class Workstation;
}

namespace Guichet::Ui {

//! What the window shows while locked: nothing of the conversations, only who is
//! at the desk (the agents with a cache here: shared desks) and the field that
//! unlocks that agent's cache (the passphrase, or the agent's password when the
//! key is in the keychain).
class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(Workstation *workstation, QWidget *parent = nullptr);

    QLineEdit *secretField() const { return m_secret; }
    //! Who is at the desk: the agents with a cache here (any login may be typed).
    QComboBox *agentField() const { return m_agent; }
    QPushButton *unlockButton() const { return m_unlock; }
    QLabel *errorLabel() const { return m_error; }
    //! Update the wording for the account and key method; focus the field.
    void prepare();

Q_SIGNALS:
    void unlocked();
    //! An agent with no cache on this desk: the setup wizard, for this login.
    void setUpRequested(const QString &login);

private:
    void unlock();

    Workstation *m_workstation;
    QLabel *m_title;
    QLabel *m_prompt;
    QComboBox *m_agent;
    QPushButton *m_newAgent;
    QLineEdit *m_secret;
    QPushButton *m_unlock;
    QLabel *m_error;
};

} // namespace Guichet::Ui
