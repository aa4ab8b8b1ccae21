// The supervisor page against the real server on loopback (offscreen): opened from
// the keyboard by a supervisor only, its figures against counts made here, live
// from the event stream (no query while nothing happens), the report and chart
// exports, and the `read` each opened conversation sends to the audit log.
#include "app/models/rostermodel.h"
#include "app/models/supervisorboard.h"
#include "app/models/workstation.h"
#include "childprocess.h"
#include "frameclients.h"
#include "onlinedesk.h"
#include "serverprocess.h"
#include "tests/testutil.h"
#include "ui/conversationpanel.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/supervisorpage.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"mot de passe de test"_s;
const QString kPassphrase = u"une phrase secrète assez longue"_s;
constexpr int kWait = 20000;

} // namespace

class TestUiSupervision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void supervisorOpensThePageFromTheKeyboard();
    void figuresMatchWhatWasCreated();
    void figuresFollowTheStreamAndOnlyIt();
    void exportsTheReportAndTheCharts();
    void openingAConversationIsAudited();
    void gendarmeHasNoSupervisorPage();
    void offlineSaysTheFiguresAreOld();
    void cleanupTestCase();

private:
    qint64 citizenWrites(Language lang, const QString &text);
    //! The `read` records of @p login on @p conversation in the audit log.
    qint64 reads(const QString &login, qint64 conversation);

    QTemporaryDir m_home;
    ServerProcess m_server;
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::vector<std::unique_ptr<CitizenClient>> m_citizens;
    QList<qint64> m_conversations;
    QHash<Language, qint64> m_byLanguage;
};

void TestUiSupervision::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    // No SLA change while the test runs: the only events are the ones it makes.
    m_server.setConfig({ { u"routing"_s,
                           QJsonObject { { u"chatAnswerWithinMs"_s, 2 * 3600000 },
                                         { u"chatAtRiskAfterMs"_s, 3600000 } } } });
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(m_server.addAgent(u"alice"_s, kPassword));

    m_workstation = std::make_unique<Workstation>();
    m_workstation->setKdfCost(KdfCost::minimum());
    QVERIFY(m_workstation->setUp({ m_server.httpUrl(), u"chef"_s }, kPassword,
                                 KeyVault::Method::Passphrase, kPassphrase));
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->engine()->state(), SyncEngine::State::Online, kWait);

    for (const auto &[lang, text] :
         { std::pair { Language::Fr, u"Bonjour, comment porter plainte pour un vol ?"_s },
           std::pair { Language::Fr, u"Où refaire ma carte d'identité ?"_s },
           std::pair { Language::De, u"Wie melde ich einen Betrug?"_s } }) {
        const qint64 id = citizenWrites(lang, text);
        QVERIFY(id);
        m_conversations.append(id);
        m_byLanguage[lang] += 1;
    }

    m_window = std::make_unique<Ui::MainWindow>(m_workstation.get());
    m_window->setIdleMinutes(0);
    m_window->resize(1400, 900);
    m_window->supervisorPage()->board()->setMinInterval(100);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

qint64 TestUiSupervision::citizenWrites(Language lang, const QString &text)
{
    auto citizen = std::make_unique<CitizenClient>();
    if (!citizen->connectAndHello(m_server.wsUrl(u"/chat"_s), lang) || !citizen->say(text))
        return 0;
    m_citizens.push_back(std::move(citizen));
    qint64 id = 0;
    (void)QTest::qWaitFor(
        [&] {
            QueueModel *queue = m_workstation->queue();
            for (int row = 0; row < queue->rowCount(); ++row) {
                for (const Message &m : m_workstation->store()->messages(queue->at(row).id)) {
                    if (m.author == Author::Citizen && m.text == text)
                        id = queue->at(row).id;
                }
            }
            return id != 0;
        },
        kWait);
    return id;
}

qint64 TestUiSupervision::reads(const QString &login, qint64 conversation)
{
    // Straight from the server's audit table (SQLite here; Qt Sql stays out of test
    // processes: DESIGN.md), without waiting on the admin command's start-up.
    static const char script[] = "import sqlite3, sys\n"
                                 "db = sqlite3.connect(sys.argv[1], timeout=10)\n"
                                 "print(db.execute(\"SELECT count(*) FROM audit_log WHERE "
                                 "action = 'read' AND actor = ? AND conversation = ?\", "
                                 "(sys.argv[2], int(sys.argv[3]))).fetchone()[0])\n";
    QProcess process;
    dieWithTest(process);
    process.start(u"python3"_s,
                  { u"-c"_s, QString::fromLatin1(script), m_server.dataDir() + u"/guichet.sqlite"_s,
                    login, QString::number(conversation) });
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    return process.readAllStandardOutput().trimmed().toLongLong();
}

void TestUiSupervision::supervisorOpensThePageFromTheKeyboard()
{
    QAction *action = m_window->supervisionAction();
    QVERIFY(action->isVisible());
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F9));
    QVERIFY(m_window->allActions().contains(action)); // on the F1 sheet
    QVERIFY(!m_window->isShowingSupervision());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QVERIFY(m_window->isShowingSupervision());
    QVERIFY(action->isChecked());
    QVERIFY(m_window->supervisorPage()->board()->isActive());
    // F9 again: back to the conversations, and the page stops asking.
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QVERIFY(!m_window->isShowingSupervision());
    QVERIFY(!m_window->supervisorPage()->board()->isActive());
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QVERIFY(m_window->isShowingSupervision());
}

void TestUiSupervision::figuresMatchWhatWasCreated()
{
    SupervisorBoard *board = m_window->supervisorPage()->board();
    const qint64 waiting = m_conversations.size();
    QTRY_COMPARE_WITH_TIMEOUT(board->queue()->value(u"waiting"_s).toLongLong(), waiting, kWait);
    QCOMPARE(board->byChannel()->value(u"webchat"_s).toLongLong(), waiting);
    QCOMPARE(board->byChannel()->value(u"webform"_s).toLongLong(), 0);
    QCOMPARE(board->byLanguage()->value(u"fr"_s).toLongLong(), m_byLanguage.value(Language::Fr));
    QCOMPARE(board->byLanguage()->value(u"de"_s).toLongLong(), m_byLanguage.value(Language::De));
    QCOMPARE(board->queue()->value(u"onTime"_s).toLongLong()
                 + board->queue()->value(u"atRisk"_s).toLongLong()
                 + board->queue()->value(u"breached"_s).toLongLong(),
             waiting);
    QCOMPARE(board->today()->value(u"opened"_s).toLongLong(), waiting);
    QCOMPARE(board->today()->value(u"closed"_s).toLongLong(), 0);
    // Nobody answered yet: no first-response time is made up.
    QCOMPARE(board->today()->value(u"firstResponseP50Ms"_s).toString(), u"—"_s);
    // Every hour's count adds up to today's conversations.
    double opened = 0;
    for (const SupervisorBoard::Point &p : board->openedPerHour())
        opened += p.value;
    QCOMPARE(opened, double(waiting));
    QVERIFY(!board->waitingSeries().isEmpty());
    QCOMPARE(board->waitingSeries().constLast().value, double(waiting));
    QVERIFY(board->satisfactionPerDay().isEmpty());
    // The agents are the workstation's roster (the supervisor at this desk left out).
    QAbstractItemModel *agents = m_window->supervisorPage()->agentsView()->model();
    QCOMPARE(agents->rowCount(), 1);
    QCOMPARE(agents->index(0, RosterModel::NameColumn).data(RosterModel::LoginRole).toString(),
             u"alice"_s);
    QVERIFY(m_window->supervisorPage()->updatedLabel()->text().contains(u':'));
}

void TestUiSupervision::figuresFollowTheStreamAndOnlyIt()
{
    SupervisorBoard *board = m_window->supervisorPage()->board();
    SyncEngine *engine = m_workstation->engine();
    QSignalSpy answers(engine, &SyncEngine::queryAnswered);
    QSignalSpy updated(board, &SupervisorBoard::updated);
    // Quiet brigade: once the last events are answered, no event, no query.
    // How long the earlier functions' events take to be answered is the
    // machine's business (a fixed second was short under load): wait, within a
    // bound, for 3 s without a query. A page that kept asking never gets them.
    bool quiet = false;
    QElapsedTimer bound;
    bound.start();
    while (!quiet && bound.elapsed() < 60000) {
        answers.clear();
        QTest::qWait(3000);
        quiet = answers.isEmpty();
    }
    QVERIFY2(quiet, "the supervisor page kept asking with no event");

    // A citizen writes: the stream says so, the page asks once more and shows it.
    const qint64 id = citizenWrites(Language::Fr, u"Mon vélo a été volé cette nuit."_s);
    QVERIFY(id);
    m_conversations.append(id);
    QTRY_COMPARE_WITH_TIMEOUT(board->queue()->value(u"waiting"_s).toLongLong(),
                              qint64(m_conversations.size()), kWait);
    QCOMPARE(board->byLanguage()->value(u"fr"_s).toLongLong(),
             m_byLanguage.value(Language::Fr) + 1);
    QVERIFY(updated.size() >= 1);
    // Asked a few times at most (the events of one message come in a burst).
    QVERIFY2(answers.size() <= 4, qPrintable(QString::number(answers.size())));
}

void TestUiSupervision::exportsTheReportAndTheCharts()
{
    Ui::SupervisorPage *page = m_window->supervisorPage();
    QSignalSpy finished(page->board(), &SupervisorBoard::reportFinished);
    const QString csv = m_home.filePath(u"report.csv"_s);
    const QDate today = QDate::currentDate();
    QVERIFY(page->exportReport(csv, today, today));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(finished.first().at(1).toLongLong(), qint64(m_conversations.size()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("channel,language,opened,first_response,closed,outcome,agent,rating\r"));
    QCOMPARE(lines.size(), m_conversations.size() + 2); // header, rows, the empty tail
    QVERIFY(lines.at(1).startsWith("webchat,"));

    const QString png = m_home.filePath(u"charts.png"_s);
    QVERIFY(page->exportCharts(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 3 * 200);
    // Not a blank picture: the charts drew something.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 10);
    // A file that cannot be written says so and leaves nothing behind.
    QVERIFY(!page->exportCharts(m_home.filePath(u"missing/dir/charts.png"_s)));
}

void TestUiSupervision::openingAConversationIsAudited()
{
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QVERIFY(!m_window->isShowingSupervision());
    // The one open now was read when it was shown (the queue chose it): another one.
    const qint64 shown = m_window->conversationPanel()->conversation();
    if (shown)
        QCOMPARE(reads(u"chef"_s, shown), 1);
    const qint64 id =
        m_conversations.first() == shown ? m_conversations.at(1) : m_conversations.first();
    QCOMPARE(reads(u"chef"_s, id), 0);
    m_window->queuePanel()->selectConversation(id);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_server.output().contains(
            u"event=supervisor_read conversation=%1 agent=chef"_s.arg(id).toUtf8()),
        kWait);
    QCOMPARE(reads(u"chef"_s, id), 1);
    // Selecting the open one again reads nothing new.
    m_window->queuePanel()->selectConversation(id);
    QTest::qWait(300);
    QCOMPARE(reads(u"chef"_s, id), 1);
}

void TestUiSupervision::gendarmeHasNoSupervisorPage()
{
    // Another desk, alice's: no View > Supervision; opening her own conversation is
    // logged, a look at one in the queue is not sent (the server would refuse it).
    OnlineDesk desk;
    QVERIFY(desk.logIn(m_server.httpUrl(), u"alice"_s, kPassword, kWait));
    Ui::MainWindow window(desk.workstation());
    window.setIdleMinutes(0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.supervisionAction()->isVisible());
    QVERIFY(!window.supervisionAction()->isEnabled());
    QVERIFY(!window.allActions().contains(window.supervisionAction()));
    window.showSupervision(true);
    QVERIFY(!window.isShowingSupervision());

    const qint64 id = m_conversations.last();
    QTRY_VERIFY_WITH_TIMEOUT(desk->queue()->conversation(id).has_value(), kWait);
    QVERIFY(!desk->noteOpened(id)); // queued, not hers
    QVERIFY(desk->engine()->claim(id));
    QTRY_COMPARE_WITH_TIMEOUT(desk->queue()->conversation(id)->owner, u"alice"_s, kWait);
    QCOMPARE(reads(u"alice"_s, id), 0);
    window.queuePanel()->selectConversation(id);
    QTRY_COMPARE_WITH_TIMEOUT(reads(u"alice"_s, id), 1, kWait);
    QVERIFY(!m_server.output().contains("event=read_refused"));
    window.close();
}

void TestUiSupervision::offlineSaysTheFiguresAreOld()
{
    QLabel *stamp = m_window->supervisorPage()->updatedLabel();
    QVERIFY(stamp->text().startsWith(u"Updated at "_s));
    const qint64 waiting =
        m_window->supervisorPage()->board()->queue()->value(u"waiting"_s).toLongLong();
    QVERIFY(waiting > 0);
    m_server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(stamp->text().startsWith(u"Offline: figures of "_s), kWait);
    // The figures stay, for what they were worth then.
    QCOMPARE(m_window->supervisorPage()->board()->queue()->value(u"waiting"_s).toLongLong(),
             waiting);
}

void TestUiSupervision::cleanupTestCase()
{
    m_window.reset();
    m_workstation.reset();
    m_citizens.clear();
    m_server.stop();
}

QTEST_MAIN(TestUiSupervision)
#include "tst_ui_supervision.moc"
