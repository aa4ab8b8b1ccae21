#pragma once

#include "protocol/enums.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace Guichet::Ui {

//! A supervisor confirms that a FAQ entry leaves the base of every workstation: which
//! versions (every language, or the one shown) and why (required, kept in the server's
//! audit log). Nothing is sent until the reason is given and Retire pressed.
class RetireFaqDialog : public QDialog
{
    Q_OBJECT

public:
    //! @p lang: the version shown in the panel; @p languages: those the entry exists in.
    RetireFaqDialog(const QString &id, const QString &question, Language lang,
                    const QList<Language> &languages, QWidget *parent = nullptr);

    QLineEdit *reasonField() const { return m_reason; }
    QComboBox *scopeBox() const { return m_scope; }
    QPushButton *retireButton() const { return m_retireButton; }

    QString reason() const;
    //! std::nullopt: every language.
    std::optional<Language> language() const;

private:
    QComboBox *m_scope;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_retireButton;
};

} // namespace Guichet::Ui
