#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Guichet {
class Workstation;
}

namespace Guichet::Ui {

//! The agent's settings, in one page instead of guichet.conf keys and CLI
//! commands: idle lock, how long a locked workstation keeps its conversations,
//! retention, notification privacy, the interface language, and the cache
//! passphrase.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Workstation *workstation, QWidget *parent = nullptr);

    QSpinBox *idleMinutesField() const { return m_idle; }
    QSpinBox *keepMinutesField() const { return m_keep; }
    QSpinBox *retentionDaysField() const { return m_retention; }
    QCheckBox *citizenNamesField() const { return m_names; }
    QComboBox *languageField() const { return m_language; }
    QLineEdit *oldPassphraseField() const { return m_oldPassphrase; }
    QLineEdit *newPassphraseField() const { return m_newPassphrase; }
    QLineEdit *repeatPassphraseField() const { return m_repeatPassphrase; }
    QPushButton *changePassphraseButton() const { return m_changePassphrase; }
    QLabel *passphraseResult() const { return m_passphraseResult; }

    //! Keys in guichet.conf (QSettings), read by the window and main().
    static QString idleMinutesKey();
    static QString languageKey();

Q_SIGNALS:
    //! Saved: the window applies the idle time.
    void idleMinutesChanged(int minutes);

private:
    void save();
    void changePassphrase();

    Workstation *m_workstation;
    QSpinBox *m_idle;
    QSpinBox *m_keep;
    QSpinBox *m_retention;
    QCheckBox *m_names;
    QComboBox *m_language;
    QLineEdit *m_oldPassphrase;
    QLineEdit *m_newPassphrase;
    QLineEdit *m_repeatPassphrase;
    QPushButton *m_changePassphrase;
    QLabel *m_passphraseResult;
};

} // namespace Guichet::Ui
