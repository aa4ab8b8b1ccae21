// The setup wizard driven the way a person drives it: keys typed into whatever
// has the focus, Tab and Enter, against the real server on loopback, through to
// the main window with the queue; with the address and login prefilled (as
// `guichet --server URL --login NAME` and scripts/demo do) and without, on both
// ways of keeping the cache key (the keychain: run under tests/with-keyring.sh).
#include "app/models/workstation.h"
#include "frameclients.h"
#include "serverprocess.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/setupwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"mot de passe de test"_s;
const QString kPassphrase = u"une phrase secrète assez longue"_s;
constexpr int kWait = 15000;

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nextFollowsTheFieldsNotTheirChanges();
    void personTypesThroughToTheQueue_data();
    void personTypesThroughToTheQueue();
    void reservistEnrolsWithACode();

private:
    //! The widget that has the keyboard focus once the wizard's window is active.
    static QWidget *focused(QWidget *window);
    //! Type @p text where the focus is, as keys.
    static void type(QWidget *window, const QString &text);

    QTemporaryDir m_home;
    ServerProcess m_server;
    std::unique_ptr<CitizenClient> m_citizen;
};

void TestSetupWizard::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    QVERIFY(m_server.start());
    // One agent per run below: each first run makes its own cache.
    for (const char *login : { "prefilled-keychain", "prefilled-passphrase", "typed-keychain",
                               "typed-passphrase", "kept" })
        QVERIFY(m_server.addAgent(QString::fromLatin1(login), kPassword));
    // Someone waits in the queue, so the main window has something to show.
    m_citizen = std::make_unique<CitizenClient>();
    QVERIFY(m_citizen->connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr));
    QVERIFY(m_citizen->say(u"Bonjour, on m'a volé mon vélo devant la gare."_s));
}

QWidget *TestSetupWizard::focused(QWidget *window)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    return QApplication::focusWidget();
}

void TestSetupWizard::type(QWidget *window, const QString &text)
{
    QWidget *target = focused(window);
    QVERIFY(target);
    // Key by key with the character's text: QTest::keyClicks() knows ASCII only, and a
    // French passphrase has accents.
    for (const QChar character : text)
        QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(character),
                            Qt::NoModifier);
}

void TestSetupWizard::nextFollowsTheFieldsNotTheirChanges()
{
    // A prefilled address and login that the agent keeps count as filled: Next
    // waits only for the password (QWizard's "field*" rule would wait for a change).
    Workstation workstation;
    Ui::SetupWizard wizard(&workstation, m_server.httpUrl().toString());
    wizard.loginField()->setText(u"kept"_s);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), wizard.passwordField());
    type(&wizard, u"x"_s);
    QVERIFY(next->isEnabled());
    // Blanks are not text.
    wizard.loginField()->setText(u"   "_s);
    QVERIFY(!next->isEnabled());
    wizard.loginField()->setText(u"kept"_s);
    QVERIFY(next->isEnabled());
    wizard.serverField()->clear();
    QVERIFY(!next->isEnabled());
}

void TestSetupWizard::personTypesThroughToTheQueue_data()
{
    QTest::addColumn<bool>("prefilled");
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<QString>("login");
    QTest::newRow("prefilled, keychain") << true << true << u"prefilled-keychain"_s;
    QTest::newRow("prefilled, passphrase") << true << false << u"prefilled-passphrase"_s;
    QTest::newRow("typed, keychain") << false << true << u"typed-keychain"_s;
    QTest::newRow("typed, passphrase") << false << false << u"typed-passphrase"_s;
}

void TestSetupWizard::personTypesThroughToTheQueue()
{
    QFETCH(bool, prefilled);
    QFETCH(bool, keychain);
    QFETCH(QString, login);
    const QString server = m_server.httpUrl().toString();

    Workstation workstation;
    // As ui/main.cpp builds it.
    Ui::SetupWizard wizard(&workstation, prefilled ? server : QString());
    wizard.setLoginTimeout(kWait);
    if (prefilled)
        wizard.loginField()->setText(login);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // The account page: the focus is on the first empty field.
    if (prefilled) {
        QTRY_COMPARE(focused(&wizard), wizard.passwordField());
    } else {
        QTRY_COMPARE(focused(&wizard), wizard.serverField());
        type(&wizard, server);
        QTest::keyClick(focused(&wizard), Qt::Key_Tab);
        QCOMPARE(focused(&wizard), wizard.loginField());
        type(&wizard, login);
        QTest::keyClick(focused(&wizard), Qt::Key_Tab);
        QCOMPARE(focused(&wizard), wizard.passwordField());
    }
    type(&wizard, kPassword);
    // Enter on the last field goes on.
    QTest::keyClick(focused(&wizard), Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(Ui::SetupWizard::ProtectionPage));

    // Where the key is kept: the keychain is chosen already, and has the focus; the
    // passphrase is chosen with its mnemonic or an arrow key, either of which takes
    // the focus on to the field.
    if (!keychain) {
        QTRY_COMPARE(focused(&wizard), wizard.keychainChoice());
        if (prefilled)
            QTest::keyClick(focused(&wizard), Qt::Key_P, Qt::AltModifier);
        else
            QTest::keyClick(focused(&wizard), Qt::Key_Down);
        QTRY_COMPARE(focused(&wizard), wizard.passphraseField());
        type(&wizard, kPassphrase);
        QTest::keyClick(focused(&wizard), Qt::Key_Tab);
        QCOMPARE(focused(&wizard), wizard.passphraseRepeatField());
        type(&wizard, kPassphrase);
    }
    QVERIFY(wizard.keychainChoice()->isChecked() == keychain);
    QTest::keyClick(focused(&wizard), Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(wizard.result() == QDialog::Accepted,
                              qPrintable(wizard.errorLabel()->text()), kWait);
    QVERIFY(workstation.isOpen());
    QCOMPARE(workstation.method(),
             keychain ? KeyVault::Method::Keychain : KeyVault::Method::Passphrase);

    // Then the main window, open on the queue, as ui/main.cpp shows it.
    Ui::MainWindow window(&workstation);
    window.setIdleMinutes(0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isShowingLock());
    QTRY_VERIFY_WITH_TIMEOUT(window.queuePanel()->view()->model()->rowCount() >= 1, kWait);
}

void TestSetupWizard::reservistEnrolsWithACode()
{
    // A surge: the duty supervisor reads a one-time code out to a reservist, who
    // creates their own account with it in the wizard (docs/supervision.md).
    QVERIFY(m_server.addAgent(u"duty"_s, kPassword, u"supervisor"_s));
    QCOMPARE(m_server.admin({ u"surge"_s, u"on"_s }), 0);
    AgentClient duty;
    QVERIFY(duty.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"duty"_s, kPassword));
    const Protocol::Ack made = duty.command(CommandOp::EnrolmentCode, 0, {});
    QVERIFY2(made.ok, qPrintable(made.message));
    const QString code = made.result.value(u"code"_s).toString();

    Workstation workstation;
    Ui::SetupWizard wizard(&workstation, m_server.httpUrl().toString());
    wizard.setLoginTimeout(kWait);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // The enrolment's fields show only once the box is ticked.
    QVERIFY(wizard.enrolmentCodeField()->isHidden());
    QTRY_COMPARE(focused(&wizard), wizard.loginField());
    wizard.enrolmentChoice()->setChecked(true);
    QVERIFY(!wizard.enrolmentCodeField()->isHidden());
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    wizard.loginField()->setText(u"res.wizard"_s);
    wizard.passwordField()->setText(kPassword);
    QVERIFY(!next->isEnabled()); // the code and the password again are missing
    wizard.enrolmentCodeField()->setFocus();
    type(&wizard, code.toLower());
    wizard.nameField()->setText(u"Camille Réserve"_s);
    wizard.passwordRepeatField()->setText(kPassword);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(Ui::SetupWizard::ProtectionPage));
    QTest::keyClick(focused(&wizard), Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(wizard.result() == QDialog::Accepted,
                              qPrintable(wizard.errorLabel()->text()), kWait);
    QVERIFY(workstation.isOpen());
    QTRY_VERIFY_WITH_TIMEOUT(workstation.agent().has_value(), kWait);
    QCOMPARE(workstation.agent()->role, Role::Reservist);
    QCOMPARE(workstation.agent()->name, u"Camille Réserve"_s);

    // Single use: a second wizard with the same code is refused, and says so.
    Workstation other;
    Ui::SetupWizard again(&other, m_server.httpUrl().toString());
    again.setLoginTimeout(kWait);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.enrolmentChoice()->setChecked(true);
    again.enrolmentCodeField()->setText(code);
    again.loginField()->setText(u"res.other"_s);
    again.passwordField()->setText(kPassword);
    again.passwordRepeatField()->setText(kPassword);
    QTest::mouseClick(again.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE(again.currentId(), int(Ui::SetupWizard::ProtectionPage));
    QTest::keyClick(focused(&again), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(again.errorLabel()->text().contains(u"enrolment"_s), kWait);
    QVERIFY(again.result() != QDialog::Accepted);
    QCOMPARE(m_server.admin({ u"surge"_s, u"off"_s }), 0);
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
