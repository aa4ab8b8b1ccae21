#include "retirefaqdialog.h"

#include "labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

RetireFaqDialog::RetireFaqDialog(const QString &id, const QString &question, Language lang,
                                 const QList<Language> &languages, QWidget *parent)
    : QDialog(parent)
    , m_scope(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"retireFaqDialog"_s);
    setWindowTitle(tr("Retire a FAQ entry"));

    auto *what = new QLabel(this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    what->setText(tr("Retire “%1” (%2) from the knowledge base? Every workstation stops "
                     "proposing it as soon as the server confirms. An administrator can bring it "
                     "back (guichet-server admin faq revert).")
                      .arg(question, id));

    // Every language by default: a wrong answer is usually wrong in each translation.
    m_scope->addItem(tr("Every language (%1)").arg(languages.size()), -1);
    if (languages.contains(lang)) {
        m_scope->addItem(tr("Only the %1 version").arg(Labels::language(lang)), int(lang));
    }
    m_scope->setAccessibleName(tr("Versions to retire"));

    m_reason->setPlaceholderText(tr("Wrong, outdated, duplicate…"));
    m_reason->setAccessibleName(tr("Reason for retiring"));
    m_reason->setMaxLength(500);

    auto *form = new QFormLayout;
    form->addRow(tr("&Versions:"), m_scope);
    form->addRow(tr("&Reason:"), m_reason);

    m_retireButton = m_buttons->addButton(tr("Retire"), QDialogButtonBox::AcceptRole);
    m_retireButton->setEnabled(false);
    m_retireButton->setDefault(true); // Enter in the reason retires, once there is one
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_retireButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    // The reason first: the one thing the supervisor must type.
    m_reason->setFocus();
}

QString RetireFaqDialog::reason() const
{
    return m_reason->text().trimmed();
}

std::optional<Language> RetireFaqDialog::language() const
{
    const int chosen = m_scope->currentData().toInt();
    return chosen >= 0 ? std::optional(Language(chosen)) : std::nullopt;
}

} // namespace Guichet::Ui
