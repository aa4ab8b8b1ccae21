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

void RedirectDialog::setConsent(const Workstation::ConsentState &state, const QString &question)
{
    m_needsConsent = true;
    m_consentReady = state.ready();
    auto *box = new QGroupBox(tr("Citizen's consent (required to forward to the brigade)"), this);
    box->setObjectName(u"consentBox"_s);
    auto *boxLayout = new QVBoxLayout(box);
    const auto plain = [box](const QString &text) {
        auto *label = new QLabel(text, box);
        label->setTextFormat(Qt::PlainText); // the citizen's words, the agent's words
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    if (m_consentReady) {
        boxLayout->addWidget(
            plain(tr("Question sent to the citizen: “%1”").arg(state.question->text)));
        boxLayout->addWidget(plain(tr("Their answer: “%1”").arg(state.answer->text)));
        m_consentGiven =
            new QCheckBox(tr("This answer is the citizen's &consent to forwarding"), box);
        m_consentGiven->setObjectName(u"consentGiven"_s);
        connect(m_consentGiven, &QCheckBox::toggled, this, &RedirectDialog::updateButtons);
        boxLayout->addWidget(m_consentGiven);
        boxLayout->addWidget(plain(tr("Recorded with your login, the time, the question and the "
                                      "answer; the server checks both are in this conversation.")));
    } else {
        if (state.question) {
            boxLayout->addWidget(plain(
                state.question->seq == 0
                    ? tr("The question is on its way to the server. When the citizen has "
                         "answered, redirect again to record their consent.")
                    : tr("Waiting for the citizen's answer to: “%1”").arg(state.question->text)));
        } else {
            boxLayout->addWidget(plain(tr("Ask the citizen first. This question is sent to "
                                          "them; their answer is their consent or refusal.")));
        }
        m_question = new QPlainTextEdit(box);
        m_question->setObjectName(u"consentQuestion"_s);
        m_question->setAccessibleName(tr("Consent question for the citizen"));
        m_question->setPlainText(question);
        m_question->setMaximumHeight(110);
        boxLayout->addWidget(m_question);
        m_ask = new QPushButton(state.question ? tr("Ask &again") : tr("&Ask the citizen"), box);
        m_ask->setObjectName(u"askConsent"_s);
        connect(m_ask, &QPushButton::clicked, this, [this] {
            const QString text = m_question->toPlainText().trimmed();
            if (text.isEmpty())
                return;
            Q_EMIT askConsent(text);
            reject();
        });
        boxLayout->addWidget(m_ask);
    }
    // Last before the buttons: what the Send button waits for.
    if (auto *layout = qobject_cast<QVBoxLayout *>(this->layout()))
        layout->insertWidget(layout->count() - 1, box);
    updateButtons();
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
    const bool eligible =
        std::all_of(m_checks.cbegin(), m_checks.cend(), [](QCheckBox *c) { return c->isChecked(); })
        && (!m_needsConsent || (m_consentReady && m_consentGiven && m_consentGiven->isChecked()));
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(eligible && !text().isEmpty());
    }
}

} // namespace Guichet::Ui
