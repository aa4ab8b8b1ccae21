#include "supervisoractiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

SupervisorActionDialog::SupervisorActionDialog(const QString &title, const QString &text,
                                               const QString &confirm, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"supervisorActionDialog"_s);
    setWindowTitle(title);

    auto *what = new QLabel(this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    what->setText(text);
    what->setObjectName(u"supervisorActionText"_s);

    m_reason->setObjectName(u"supervisorActionReason"_s);
    m_reason->setAccessibleName(tr("Reason, kept in the log"));
    m_reason->setMaxLength(500);
    m_reason->setMinimumWidth(360);
    m_form->addRow(tr("&Reason:"), m_reason);

    m_confirm = m_buttons->addButton(confirm, QDialogButtonBox::AcceptRole);
    m_confirm->setEnabled(false);
    m_confirm->setDefault(true); // Enter in the reason confirms, once there is one
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_reason, &QLineEdit::textChanged, this, [this] { setReady(m_ready); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ready && !reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    // The reason first: the one thing the supervisor must type.
    m_reason->setFocus();
}

void SupervisorActionDialog::addRow(const QString &label, QWidget *widget)
{
    const int at = m_form->rowCount() - 1; // above the reason
    if (label.isEmpty())
        m_form->insertRow(at, widget);
    else
        m_form->insertRow(at, label, widget);
}

void SupervisorActionDialog::setReady(bool ready)
{
    m_ready = ready;
    m_confirm->setEnabled(m_ready && !reason().isEmpty());
}

QString SupervisorActionDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace Guichet::Ui
