#pragma once

#include "app/redirects/redirectcatalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

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

private:
    void fillText();
    void updateButtons();

    const RedirectCatalog &m_catalog;
    RedirectTarget m_target;
    QList<QCheckBox *> m_checks;
    QComboBox *m_language;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace Guichet::Ui
