#include "redirectdialog.h"

#include "app/i18n/i18n.h"
#include "labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

RedirectDialog::RedirectDialog(const RedirectCatalog &catalog, RedirectTarget target,
                               Language citizenLanguage, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_target(target)
    , m_language(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const std::optional<Redirect> redirect =
        catalog.redirect(target, citizenLanguage, I18n::uiLanguage());
    setWindowTitle(
        tr("Redirect to %1").arg(redirect ? redirect->title : Labels::redirectTarget(target)));

    auto *layout = new QVBoxLayout(this);
    if (redirect) {
        auto *link = new QLabel(
            u"<a href=\"%1\">%1</a>"_s.arg(redirect->url.toString().toHtmlEscaped()), this);
        link->setOpenExternalLinks(true);
        link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        layout->addWidget(link);
        auto *checklist = new QGroupBox(tr("Check before redirecting"), this);
        auto *checkLayout = new QVBoxLayout(checklist);
        for (const QString &item : redirect->checklist) {
            auto *check = new QCheckBox(item, checklist);
            checkLayout->addWidget(check);
            m_checks.append(check);
            connect(check, &QCheckBox::toggled, this, &RedirectDialog::updateButtons);
        }
        layout->addWidget(checklist);
    } else {
        layout->addWidget(new QLabel(tr("This redirection is not defined on this workstation yet: "
                                        "sync with the server, or write the text yourself."),
                                     this));
    }

    auto *form = new QFormLayout;
    for (const Language l : allValues<Language>())
        m_language->addItem(Labels::language(l), int(l));
    m_language->setCurrentIndex(m_language->findData(int(citizenLanguage)));
    form->addRow(tr("Citizen's &language:"), m_language);
    layout->addLayout(form);
    auto *textLabel = new QLabel(tr("&Text sent to the citizen (you can edit it):"), this);
    textLabel->setBuddy(m_text);
    layout->addWidget(textLabel);
    m_text->setAccessibleName(tr("Text sent to the citizen"));
    m_text->setMinimumHeight(160);
    layout->addWidget(m_text, 1);

    QPushButton *send = m_buttons->addButton(tr("&Send and record"), QDialogButtonBox::AcceptRole);
    send->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &RedirectDialog::fillText);
    connect(m_text, &QPlainTextEdit::textChanged, this, &RedirectDialog::updateButtons);
    fillText();
    resize(560, 520);
}

QString RedirectDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void RedirectDialog::fillText()
{
    const auto lang = Language(m_language->currentData().toInt());
    const std::optional<Redirect> redirect = m_catalog.redirect(m_target, lang, I18n::uiLanguage());
    m_text->setPlainText(redirect ? redirect->text : QString());
}

void RedirectDialog::updateButtons()
{
    // Every eligibility condition confirmed, and something to say.
    const bool eligible = std::all_of(m_checks.cbegin(), m_checks.cend(),
                                      [](QCheckBox *c) { return c->isChecked(); });
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(eligible && !text().isEmpty());
    }
}

} // namespace Guichet::Ui
