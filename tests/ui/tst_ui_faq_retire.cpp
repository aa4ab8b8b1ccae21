// The FAQ panel's Retire button, against the real server on loopback: a supervisor retires
// an entry from the keyboard (Delete in the results, a reason, Retire), the server records
// the retirement and every workstation drops the entry; a plain agent never sees the button.
#include "app/models/workstation.h"
#include "childprocess.h"
#include "serverprocess.h"
#include "tests/testutil.h"
#include "ui/faqpanel.h"
#include "ui/retirefaqdialog.h"
#include "ui/setupwizard.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"mot de passe de test"_s;
const QString kPassphrase = u"une phrase secrète assez longue"_s;
constexpr int kWait = 20000;

} // namespace

class TestUiFaqRetire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainAgentHasNoRetireButton();
    void supervisorRetiresFromTheKeyboard();
    void cleanupTestCase();

private:
    //! A workstation set up and logged in as @p login (the setup wizard, as at first run).
    std::unique_ptr<Workstation> openWorkstation(const QString &login);
    //! The first result's id after typing @p query in @p panel.
    static QString firstResult(Ui::FaqPanel *panel, const QString &query);
    //! The audit log's retire_faq records: "actor|reason".
    QString auditOfRetirements();

    QTemporaryDir m_home;
    ServerProcess m_server;
    std::unique_ptr<Workstation> m_agent;
    std::unique_ptr<Workstation> m_chef;
    std::unique_ptr<Ui::FaqPanel> m_agentPanel;
    std::unique_ptr<Ui::FaqPanel> m_chefPanel;
};

void TestUiFaqRetire::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"gendarme"_s, kPassword));
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    // The server's base: the shipped one, which every workstation then syncs.
    QCOMPARE(m_server.admin({ u"faq"_s, u"import"_s,
                              QStringLiteral(GUICHET_SOURCE_DIR "/resources/faq/faq.jsonl") }),
             0);
}

std::unique_ptr<Workstation> TestUiFaqRetire::openWorkstation(const QString &login)
{
    auto workstation = std::make_unique<Workstation>();
    workstation->setKdfCost(KdfCost::minimum());
    auto *wizard = new Ui::SetupWizard(workstation.get(), m_server.httpUrl().toString());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setLoginTimeout(kWait);
    wizard->loginField()->setText(login);
    wizard->passwordField()->setText(kPassword);
    wizard->passphraseChoice()->setChecked(true);
    wizard->passphraseField()->setText(kPassphrase);
    wizard->passphraseRepeatField()->setText(kPassphrase);
    wizard->show();
    wizard->next();
    wizard->next(); // creates the cache and logs in
    if (!QTest::qWaitFor([&] { return workstation->isOpen(); }, kWait)) {
        qWarning() << "no cache for" << login << wizard->errorLabel()->text();
        return nullptr;
    }
    wizard->close();
    if (!QTest::qWaitFor(
            [&] {
                return workstation->engine()->state() == SyncEngine::State::Online
                    && workstation->agent() && workstation->faqIndex().size() > 0;
            },
            kWait)) {
        qWarning() << "not online with a FAQ base:" << login;
        return nullptr;
    }
    return workstation;
}

QString TestUiFaqRetire::firstResult(Ui::FaqPanel *panel, const QString &query)
{
    panel->searchBox()->clear();
    QTest::keyClicks(panel->searchBox(), query);
    if (panel->model()->rowCount() == 0)
        return {};
    return panel->model()->index(0).data(FaqResultsModel::IdRole).toString();
}

void TestUiFaqRetire::plainAgentHasNoRetireButton()
{
    m_agent = openWorkstation(u"gendarme"_s);
    QVERIFY(m_agent);
    m_agentPanel = std::make_unique<Ui::FaqPanel>(m_agent.get());
    m_agentPanel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_agentPanel.get()));
    QCOMPARE(firstResult(m_agentPanel.get(), u"velo vole "_s), u"stolen-bike"_s);
    QVERIFY(!m_agentPanel->retireButton()->isVisible());
    // Delete in the results does nothing either.
    m_agentPanel->results()->setFocus();
    QTest::keyClick(m_agentPanel->results(), Qt::Key_Delete);
    QVERIFY(!m_agentPanel->findChild<Ui::RetireFaqDialog *>());
}

void TestUiFaqRetire::supervisorRetiresFromTheKeyboard()
{
    m_chef = openWorkstation(u"chef"_s);
    QVERIFY(m_chef);
    m_chefPanel = std::make_unique<Ui::FaqPanel>(m_chef.get());
    m_chefPanel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chefPanel.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_chefPanel->retireButton()->isVisible(), kWait);
    QCOMPARE(firstResult(m_chefPanel.get(), u"velo vole "_s), u"stolen-bike"_s);
    QVERIFY(m_chefPanel->retireButton()->isEnabled());
    // Reachable with Tab from the results, like every control of the panel.
    QVERIFY(m_chefPanel->retireButton()->focusPolicy() & Qt::TabFocus);

    // Delete in the results asks first: nothing is sent without a reason.
    m_chefPanel->activateWindow();
    m_chefPanel->results()->setFocus();
    QTest::keyClick(m_chefPanel->results(), Qt::Key_Delete);
    auto *dialog = m_chefPanel->findChild<Ui::RetireFaqDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->retireButton()->isEnabled());
    QCOMPARE(dialog->scopeBox()->currentData().toInt(), -1); // every language by default
    QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // no reason, no retirement
    QTest::keyClicks(dialog->reasonField(), u"Reponse obsolete"_s); // keyClicks types ASCII only
    QVERIFY(dialog->retireButton()->isEnabled());
    QTest::keyClick(dialog->reasonField(), Qt::Key_Return);

    // The server confirms; both workstations drop every language of the entry.
    for (Workstation *workstation : { m_chef.get(), m_agent.get() }) {
        QTRY_VERIFY_WITH_TIMEOUT(workstation->faqIndex().languages(u"stolen-bike"_s).isEmpty(),
                                 kWait);
    }
    QVERIFY(firstResult(m_chefPanel.get(), u"velo vole "_s) != u"stolen-bike"_s);
    QVERIFY(firstResult(m_agentPanel.get(), u"velo vole "_s) != u"stolen-bike"_s);

    // Recorded as the supervisor's retirement, in every language.
    QByteArray history;
    QCOMPARE(m_server.admin({ u"faq"_s, u"history"_s, u"stolen-bike"_s }, {}, &history), 0);
    QCOMPARE(history.count("retire"), 5);
    QVERIFY2(history.contains("chef"), history.constData());

    // The reason is kept with the command in the audit log.
    QCOMPARE(auditOfRetirements(), u"chef|Reponse obsolete"_s);
}

QString TestUiFaqRetire::auditOfRetirements()
{
    const QString statement = u"SELECT actor, details FROM audit_log WHERE action = 'retire_faq'"_s;
    QProcess process;
    dieWithTest(process);
    if (usePostgres()) {
        process.start(u"psql"_s,
                      { m_server.database(), u"-q"_s, u"-At"_s, u"-F"_s, u"|"_s, u"-v"_s,
                        u"ON_ERROR_STOP=1"_s, u"-c"_s, statement });
    } else {
        // (Qt Sql stays out of test processes: DESIGN.md.)
        static const char script[] =
            "import sqlite3, sys\n"
            "db = sqlite3.connect(sys.argv[1], timeout=10)\n"
            "rows = db.execute(sys.argv[2]).fetchall()\n"
            "print('\\n'.join('|'.join(str(v) for v in r) for r in rows))\n";
        process.start(u"python3"_s,
                      { u"-c"_s, QString::fromLatin1(script),
                        m_server.dataDir() + u"/guichet.sqlite"_s, statement });
    }
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return u"<failed: "_s + QString::fromUtf8(process.readAllStandardError()) + u'>';
    const QStringList row =
        QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(u'|');
    if (row.size() != 2)
        return u"<no single row>"_s;
    return row.at(0) + u'|'
        + QJsonDocument::fromJson(row.at(1).toUtf8()).object().value(u"reason"_s).toString();
}

void TestUiFaqRetire::cleanupTestCase()
{
    m_agentPanel.reset();
    m_chefPanel.reset();
    m_agent.reset();
    m_chef.reset();
    m_server.stop();
}

QTEST_MAIN(TestUiFaqRetire)
#include "tst_ui_faq_retire.moc"
