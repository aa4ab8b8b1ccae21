#include "settingsdialog.h"

#include "app/i18n/i18n.h"
#include "app/models/workstation.h"
#include "app/store/cache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

namespace {

constexpr int kMinPassphraseChars = 12;

} // namespace

QString SettingsDialog::idleMinutesKey()
{
    return u"lock/idleMinutes"_s;
}

QString SettingsDialog::languageKey()
{
    return I18n::settingsKey();
}

SettingsDialog::SettingsDialog(Workstation *workstation, QWidget *parent)
    : QDialog(parent)
    , m_workstation(workstation)
    , m_idle(new QSpinBox(this))
    , m_keep(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_names(new QCheckBox(tr("Show the &citizen's name in desktop notifications"), this))
    , m_language(new QComboBox(this))
    , m_oldPassphrase(new QLineEdit(this))
    , m_newPassphrase(new QLineEdit(this))
    , m_repeatPassphrase(new QLineEdit(this))
    , m_changePassphrase(new QPushButton(tr("C&hange the passphrase"), this))
    , m_passphraseResult(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    const QSettings settings;

    auto *lock = new QGroupBox(tr("Lock"), this);
    auto *lockForm = new QFormLayout(lock);
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setValue(settings.value(idleMinutesKey(), 10).toInt());
    m_idle->setToolTip(tr("Minutes without any input or change of window before Guichet locks"));
    lockForm->addRow(tr("&Lock after idle:"), m_idle);
    m_keep->setRange(0, 120);
    m_keep->setSuffix(tr(" min"));
    m_keep->setSpecialValueText(tr("close at once"));
    m_keep->setValue(int(workstation->keepWhileLockedMs() / 60000));
    m_keep->setToolTip(tr("While locked, Guichet stays connected (away) and keeps your "
                          "conversations this long"));
    lockForm->addRow(tr("&Keep my conversations while locked:"), m_keep);

    auto *privacy = new QGroupBox(tr("Privacy"), this);
    auto *privacyForm = new QFormLayout(privacy);
    m_retention->setRange(1, 365);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(workstation->retentionDays());
    m_retention->setToolTip(tr("Closed conversations older than this leave this workstation's "
                               "cache"));
    privacyForm->addRow(tr("&Retention of closed conversations:"), m_retention);
    m_names->setChecked(workstation->showCitizenNames());
    m_names->setToolTip(tr("Off: notifications name the conversation by its reference only"));
    privacyForm->addRow(m_names);

    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(language);
    m_language->addItem(tr("The system's"), QString());
    for (const QString &code : I18n::languages())
        m_language->addItem(I18n::nativeName(code), code);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(settings.value(languageKey()).toString())));
    languageForm->addRow(tr("&Interface language (at the next start):"), m_language);

    auto *passphrase = new QGroupBox(tr("Cache passphrase"), this);
    auto *passphraseForm = new QFormLayout(passphrase);
    for (QLineEdit *field : { m_oldPassphrase, m_newPassphrase, m_repeatPassphrase })
        field->setEchoMode(QLineEdit::Password);
    passphraseForm->addRow(tr("C&urrent passphrase:"), m_oldPassphrase);
    passphraseForm->addRow(tr("&New passphrase:"), m_newPassphrase);
    passphraseForm->addRow(tr("Re&peat it:"), m_repeatPassphrase);
    passphraseForm->addRow(m_changePassphrase);
    m_passphraseResult->setWordWrap(true);
    m_passphraseResult->setTextFormat(Qt::PlainText);
    passphraseForm->addRow(m_passphraseResult);
    const bool byPassphrase = workstation->method() == KeyVault::Method::Passphrase;
    passphrase->setEnabled(byPassphrase);
    if (!byPassphrase)
        m_passphraseResult->setText(
            tr("Your cache key is in the system keychain, wrapped under your password: there "
               "is no passphrase to change."));
    connect(m_changePassphrase, &QPushButton::clicked, this, &SettingsDialog::changePassphrase);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lock);
    layout->addWidget(privacy);
    layout->addWidget(language);
    layout->addWidget(passphrase);
    layout->addWidget(buttons);
}

void SettingsDialog::save()
{
    QSettings settings;
    settings.setValue(idleMinutesKey(), m_idle->value());
    settings.setValue(u"lock/keepMinutes"_s, m_keep->value());
    settings.setValue(u"cache/retentionDays"_s, m_retention->value());
    settings.setValue(languageKey(), m_language->currentData().toString());
    m_workstation->setKeepWhileLockedMs(qint64(m_keep->value()) * 60000);
    m_workstation->setRetentionDays(m_retention->value());
    m_workstation->setShowCitizenNames(m_names->isChecked());
    Q_EMIT idleMinutesChanged(m_idle->value());
}

void SettingsDialog::changePassphrase()
{
    const QString old = m_oldPassphrase->text();
    const QString next = m_newPassphrase->text();
    if (next.size() < kMinPassphraseChars) {
        m_passphraseResult->setText(
            tr("The new passphrase needs at least %1 characters.").arg(kMinPassphraseChars));
        return;
    }
    if (next != m_repeatPassphrase->text()) {
        m_passphraseResult->setText(tr("The two new passphrases differ: nothing was changed."));
        return;
    }
    const auto account = m_workstation->account();
    if (!account)
        return;
    // Only the key is re-wrapped: instant whatever the cache's size.
    KeyVault vault(Cache::keyFilePath(m_workstation->cachePath(*account)));
    const Result<void> changed = vault.changePassphrase(old, next, KdfCost::moderate());
    for (QLineEdit *field : { m_oldPassphrase, m_newPassphrase, m_repeatPassphrase })
        field->clear();
    if (!changed) {
        m_passphraseResult->setText(changed.error().code == ErrorCode::WrongKey
                                        ? tr("The current passphrase is not the right one: "
                                             "nothing was changed.")
                                        : changed.error().message);
        return;
    }
    m_passphraseResult->setText(tr("Passphrase changed: use the new one from now on."));
}

} // namespace Guichet::Ui
