#pragma once

#include "app/models/workstation.h"
#include "app/redirects/redirectcatalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Guichet::Ui {

//! Redirecting a citizen to an official service: the eligibility checklist for
//! the agent to confirm, and the text for the citizen (in their language, with the
//! official address and what to prepare), editable before it goes.
class RedirectDialog : public QDialog
{
    Q_OBJECT

public:
    RedirectDialog(const RedirectCatalog &catalog, RedirectTarget target, Language citizenLanguage,
                   QWidget *parent = nullptr);

    RedirectTarget target() const { return m_target; }
    QString text() const;
    QList<QCheckBox *> checks() const { return m_checks; }
    QPlainTextEdit *editor() const { return m_text; }

    //! The brigade's: where the citizen's consent stands. Without a question sent and
    //! answered, the dialog offers to ask (askConsent) and cannot send the redirection.
    void setConsent(const Workstation::ConsentState &state, const QString &question);
    QCheckBox *consentCheck() const { return m_consentGiven; }
    QPlainTextEdit *questionEditor() const { return m_question; }
    QPushButton *askButton() const { return m_ask; }

Q_SIGNALS:
    //! Send @p question to the citizen (the dialog closes: their answer comes later).
    void askConsent(const QString &question);

private:
    void fillText();
    void updateButtons();

    const RedirectCatalog &m_catalog;
    RedirectTarget m_target;
    QList<QCheckBox *> m_checks;
    QComboBox *m_language;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
    bool m_needsConsent = false;
    bool m_consentReady = false;
    QCheckBox *m_consentGiven = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QPushButton *m_ask = nullptr;
};

} // namespace Guichet::Ui
