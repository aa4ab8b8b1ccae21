#pragma once

#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Guichet {
class Workstation;
}

namespace Guichet::Ui {

//! First run on this workstation: the server and the agent's login, then how to
//! protect the cache (the system keychain, or a passphrase of the agent's). The
//! last step creates the cache and logs in; errors say what to do.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { AccountPage, ProtectionPage };

    explicit SetupWizard(Workstation *workstation, const QString &server = {},
                         QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QRadioButton *keychainChoice() const { return m_keychain; }
    QRadioButton *passphraseChoice() const { return m_passphraseChoice; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *passphraseRepeatField() const { return m_passphraseRepeat; }
    QLabel *errorLabel() const { return m_error; }
    //! The reservist's path: an enrolment code creates the account (docs/supervision.md).
    QCheckBox *enrolmentChoice() const { return m_enrolmentChoice; }
    QLineEdit *enrolmentCodeField() const { return m_code; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordRepeatField() const { return m_passwordRepeat; }
    //! How long to wait for the server's answer to the first login.
    void setLoginTimeout(int ms) { m_loginTimeoutMs = ms; }

    //! Create the cache and log in; false (with the reason shown) when it failed.
    bool finishSetup();

private:
    Workstation *m_workstation;
    QLineEdit *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QRadioButton *m_keychain;
    QRadioButton *m_passphraseChoice;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseRepeat;
    QLabel *m_error;
    QCheckBox *m_enrolmentChoice;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_passwordRepeat;
    int m_loginTimeoutMs = 20000;
};

} // namespace Guichet::Ui
