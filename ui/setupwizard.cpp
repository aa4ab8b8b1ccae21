#include "setupwizard.h"

#include "app/models/workstation.h"

#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

namespace {

constexpr int kMinPassphrase = 12;

//! The account page: Next is enabled once every field holds text. Not QWizard's
//! mandatory fields ("name*"): they count as filled only once changed, so a
//! prefilled address or login that the agent keeps would leave Next disabled.
class AccountWizardPage : public QWizardPage
{
public:
    void require(QLineEdit *field)
    {
        m_required.append(field);
        connect(field, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override
    {
        // Hidden fields (the enrolment's, without an enrolment code) are not asked for.
        return std::all_of(m_required.cbegin(), m_required.cend(), [](const QLineEdit *field) {
            return field->isHidden() || !field->text().trimmed().isEmpty();
        });
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        QWizardPage::showEvent(event);
        // After QWizard's own choice (the first field): the first one still empty, so
        // an agent whose address and login are prefilled types the password at once.
        QTimer::singleShot(0, this, [this] {
            for (QLineEdit *field : std::as_const(m_required)) {
                if (!field->isHidden() && field->text().trimmed().isEmpty()) {
                    field->setFocus(Qt::OtherFocusReason);
                    return;
                }
            }
        });
    }

private:
    QList<QLineEdit *> m_required;
};

class ProtectionWizardPage : public QWizardPage
{
public:
    explicit ProtectionWizardPage(SetupWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    { }
    bool validatePage() override { return m_wizard->finishSetup(); }

protected:
    void showEvent(QShowEvent *event) override
    {
        QWizardPage::showEvent(event);
        // On the chosen place for the key, so the arrow keys change it and Enter finishes.
        QTimer::singleShot(0, this, [this] {
            QRadioButton *chosen = m_wizard->passphraseChoice()->isChecked()
                ? m_wizard->passphraseChoice()
                : m_wizard->keychainChoice();
            chosen->setFocus(Qt::OtherFocusReason);
        });
    }

private:
    SetupWizard *m_wizard;
};

} // namespace

SetupWizard::SetupWizard(Workstation *workstation, const QString &server, QWidget *parent)
    : QWizard(parent)
    , m_workstation(workstation)
    , m_server(new QLineEdit(server))
    , m_login(new QLineEdit)
    , m_password(new QLineEdit)
    , m_keychain(new QRadioButton(tr("In the system &keychain (recommended)")))
    , m_passphraseChoice(new QRadioButton(tr("Under a &passphrase I type when I unlock")))
    , m_passphrase(new QLineEdit)
    , m_passphraseRepeat(new QLineEdit)
    , m_error(new QLabel)
    , m_enrolmentChoice(new QCheckBox(tr("I have an &enrolment code (reservist joining a surge)")))
    , m_code(new QLineEdit)
    , m_name(new QLineEdit)
    , m_passwordRepeat(new QLineEdit)
{
    setWindowTitle(tr("Set up Guichet"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setWizardStyle(QWizard::ClassicStyle);

    auto *account = new AccountWizardPage;
    account->setTitle(tr("Your account"));
    account->setSubTitle(tr("The address of the Brigade numérique's server and your agent login."));
    m_server->setPlaceholderText(u"https://guichet.example"_s);
    m_server->setAccessibleName(tr("Server address"));
    m_login->setAccessibleName(tr("Login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto *form = new QFormLayout(account);
    // First, so that Tab from the address goes on to the login as before.
    form->addRow(m_enrolmentChoice);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("Enrolment &code:"), m_code);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("Your na&me:"), m_name);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Password a&gain:"), m_passwordRepeat);
    // A reservist called in for a surge creates their own account with the code the
    // duty supervisor gave them: they choose the login and the password here.
    m_code->setAccessibleName(tr("Enrolment code"));
    m_code->setPlaceholderText(u"ABCDE-FGHJK"_s);
    m_code->setMaxLength(32);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("as your colleagues will see it"));
    m_passwordRepeat->setEchoMode(QLineEdit::Password);
    m_passwordRepeat->setAccessibleName(tr("Password again"));
    account->require(m_server);
    account->require(m_code);
    account->require(m_login);
    account->require(m_password);
    account->require(m_passwordRepeat);
    const auto showEnrolment = [this, form, account](bool enrolling) {
        for (QWidget *field : { static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_name),
                                static_cast<QWidget *>(m_passwordRepeat) }) {
            form->setRowVisible(field, enrolling);
        }
        account->setSubTitle(
            enrolling ? tr("The server's address, the code your supervisor gave you, and the "
                           "login and password you choose for your reservist account.")
                      : tr("The address of the Brigade numérique's server and your agent login."));
        Q_EMIT account->completeChanged();
    };
    connect(m_enrolmentChoice, &QCheckBox::toggled, this, showEnrolment);
    showEnrolment(false);
    setPage(AccountPage, account);

    auto *protection = new ProtectionWizardPage(this);
    protection->setTitle(tr("Protect the cache"));
    protection->setSubTitle(
        tr("Conversations kept on this computer are encrypted. Choose where their key is kept."));
    m_keychain->setChecked(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("at least %n characters", nullptr, kMinPassphrase));
    m_passphraseRepeat->setEchoMode(QLineEdit::Password);
    m_passphraseRepeat->setAccessibleName(tr("Passphrase again"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // may carry the server's words
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    auto *layout = new QVBoxLayout(protection);
    layout->addWidget(m_keychain);
    layout->addWidget(m_passphraseChoice);
    auto *phrase = new QFormLayout;
    // Not Alt+P: that one chooses the passphrase above, and an ambiguous mnemonic only moves
    // the focus.
    phrase->addRow(tr("Passp&hrase:"), m_passphrase);
    phrase->addRow(tr("&Again:"), m_passphraseRepeat);
    layout->addLayout(phrase);
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto updatePhrase = [this] {
        m_passphrase->setEnabled(m_passphraseChoice->isChecked());
        m_passphraseRepeat->setEnabled(m_passphraseChoice->isChecked());
    };
    connect(m_passphraseChoice, &QRadioButton::toggled, this, updatePhrase);
    updatePhrase();
    // Choosing the passphrase (Alt+P, or an arrow key on the choices) goes on to typing it.
    // Deferred: an arrow key gives the radio button the focus after checking it.
    connect(m_passphraseChoice, &QRadioButton::toggled, this, [this](bool chosen) {
        if (chosen)
            QTimer::singleShot(0, m_passphrase,
                               [this] { m_passphrase->setFocus(Qt::OtherFocusReason); });
    });
    setPage(ProtectionPage, protection);
}

bool SetupWizard::finishSetup()
{
    m_error->clear();
    const KeyVault::Method method =
        m_passphraseChoice->isChecked() ? KeyVault::Method::Passphrase : KeyVault::Method::Keychain;
    if (method == KeyVault::Method::Passphrase) {
        if (m_passphrase->text().size() < kMinPassphrase) {
            m_error->setText(
                tr("The passphrase is too short: use at least %n characters, a sentence is best.",
                   nullptr, kMinPassphrase));
            return false;
        }
        if (m_passphrase->text() != m_passphraseRepeat->text()) {
            m_error->setText(tr("The two passphrases differ: type the same one twice."));
            return false;
        }
    }
    const bool enrolling = m_enrolmentChoice->isChecked();
    if (enrolling) {
        if (m_password->text().size() < kMinPassphrase) {
            m_error->setText(
                tr("Choose a password of at least %n characters.", nullptr, kMinPassphrase));
            return false;
        }
        if (m_password->text() != m_passwordRepeat->text()) {
            m_error->setText(tr("The two passwords differ: type the same one twice."));
            return false;
        }
    }
    QString address = m_server->text().trimmed();
    if (!address.contains(u"://"_s))
        address.prepend(u"https://"_s);
    const Workstation::Account account { QUrl(address), m_login->text().trimmed() };
    const Result<void> created = m_workstation->setUp(
        account, m_password->text(), method, m_passphrase->text(),
        enrolling ? m_code->text().trimmed() : QString(), enrolling ? m_name->text() : QString());
    if (!created) {
        if (created.error().code == ErrorCode::KeyUnavailable)
            m_error->setText(
                tr("No keychain answers on this computer. Choose a passphrase instead."));
        else
            m_error->setText(created.error().message);
        return false;
    }

    // Wait for the server's first answer: a wrong password or an unreachable server is
    // better said here than discovered later.
    m_error->setText(tr("Connecting to %1…").arg(account.server.toString()));
    SyncEngine *engine = m_workstation->engine();
    QString problem;
    bool loggedIn = false;
    QEventLoop loop;
    const auto c1 = connect(engine, &SyncEngine::loggedIn, &loop, [&] {
        loggedIn = true;
        loop.quit();
    });
    const auto c2 =
        connect(engine, &SyncEngine::credentialsRequired, &loop, [&](const QString &message) {
            if (enrolling)
                problem = tr("The server refused the enrolment: %1. Check "
                             "the code, or ask your supervisor for a new "
                             "one.")
                              .arg(message);
            else
                problem = tr("The server refused this login and password. "
                             "Check them (is Caps Lock on?) and try again. "
                             "After several failures the server slows down "
                             "further attempts.");
            loop.quit();
        });
    const auto c3 = connect(engine, &SyncEngine::errorOccurred, &loop, [&](const Error &error) {
        if (error.message.contains(u"certificate"_s, Qt::CaseInsensitive))
            problem =
                tr("%1 Do not go on: ask your administrator to check the server's certificate.")
                    .arg(error.message);
        else
            problem = tr("The server at %1 does not answer (%2). Check the address and the "
                         "network, or ask "
                         "whether the server is up.")
                          .arg(account.server.toString(), error.message);
        loop.quit();
    });
    QTimer::singleShot(m_loginTimeoutMs, &loop, [&] {
        problem = tr("The server at %1 did not answer in time. Check the address and the network.")
                      .arg(account.server.toString());
        loop.quit();
    });
    setEnabled(false);
    loop.exec();
    setEnabled(true);
    disconnect(c1);
    disconnect(c2);
    disconnect(c3);
    if (loggedIn) {
        m_error->clear();
        return true;
    }
    // Nothing was synced: drop the new cache so the agent can start again cleanly.
    const QString path = m_workstation->cachePath(account);
    m_workstation->lock();
    (void)Cache::wipe(path);
    m_error->setText(problem);
    return false;
}

} // namespace Guichet::Ui
