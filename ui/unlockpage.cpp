#include "unlockpage.h"

#include "app/models/workstation.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Guichet::Ui {

UnlockPage::UnlockPage(Workstation *workstation, QWidget *parent)
    : QWidget(parent)
    , m_workstation(workstation)
    , m_title(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_agent(new QComboBox(this))
    , m_newAgent(new QPushButton(tr("New agent on this desk…"), this))
    , m_secret(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_error(new QLabel(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMaximumWidth(360);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextFormat(Qt::PlainText); // may carry the server's words
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_prompt->setBuddy(m_secret);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_agent, 0, Qt::AlignHCenter);
    layout->addWidget(m_prompt);
    layout->addWidget(m_secret, 0, Qt::AlignHCenter);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addWidget(m_error);
    layout->addWidget(m_newAgent, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    m_agent->setEditable(true);
    m_agent->setInsertPolicy(QComboBox::NoInsert);
    m_agent->setMinimumWidth(240);
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->setToolTip(tr("Who is at the desk: each agent's cache opens with their own secret"));
    connect(m_agent, &QComboBox::currentTextChanged, this, [this] {
        m_error->clear();
        const auto account = m_workstation->account();
        if (!account)
            return;
        const QString login = m_agent->currentText().trimmed();
        const bool known = m_workstation->hasCache({ account->server, login });
        m_newAgent->setVisible(!login.isEmpty() && !known);
        const auto method =
            known ? m_workstation->cacheMethod({ account->server, login }) : std::nullopt;
        m_secret->setAccessibleName(method == KeyVault::Method::Passphrase ? tr("Passphrase")
                                                                           : tr("Password"));
        m_prompt->setText(method == KeyVault::Method::Passphrase
                              ? tr("%1, type your cache pa&ssphrase to go on.").arg(login)
                              : tr("%1, type your pass&word to go on.").arg(login));
    });
    connect(m_newAgent, &QPushButton::clicked, this,
            [this] { Q_EMIT setUpRequested(m_agent->currentText().trimmed()); });
    connect(m_secret, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
}

void UnlockPage::prepare()
{
    const auto account = m_workstation->account();
    m_title->setText(tr("Guichet is locked"));
    const bool passphrase = m_workstation->method() == KeyVault::Method::Passphrase;
    m_prompt->setText(
        passphrase
            ? tr("%1, type your cache pa&ssphrase to go on.")
                  .arg(account ? account->login : QString())
            : tr("%1, type your pass&word to go on.").arg(account ? account->login : QString()));
    m_secret->setAccessibleName(passphrase ? tr("Passphrase") : tr("Password"));
    {
        const QSignalBlocker blocker(m_agent);
        m_agent->clear();
        if (account) {
            m_agent->addItems(m_workstation->agentsOnThisDesk(account->server));
            m_agent->setCurrentText(account->login);
        }
    }
    m_newAgent->hide();
    m_secret->clear();
    m_error->clear();
    m_secret->setFocus();
}

void UnlockPage::unlock()
{
    m_error->clear();
    const QString secret = m_secret->text();
    m_secret->clear();
    // Another agent of the desk: their own cache, opened with their own secret.
    const auto account = m_workstation->account();
    const QString login = m_agent->currentText().trimmed();
    if (account && !login.isEmpty() && login != account->login) {
        const Workstation::Account other { account->server, login };
        if (!m_workstation->hasCache(other)) {
            m_error->setText(tr("%1 has no cache on this desk: set it up first.").arg(login));
            m_newAgent->show();
            return;
        }
        m_workstation->selectAccount(other);
    }
    if (const Result<void> opened = m_workstation->unlock(secret); !opened) {
        m_error->setText(opened.error().code == ErrorCode::WrongKey
                                 || opened.error().code == ErrorCode::LoginFailed
                             ? tr("That is not the right one. Try again (is Caps Lock on?).")
                             : opened.error().message);
        m_secret->setFocus();
        return;
    }
    Q_EMIT unlocked();
}

} // namespace Guichet::Ui
