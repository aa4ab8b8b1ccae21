// Supervision on the real server (docs/supervision.md), SQLite and PostgreSQL:
// the figures of "supervise stats" against counts this test makes from what it
// created, the report's CSV, reading a conversation one does not hold
// (supervisors only, logged), and the audit log's chain: intact, then an edited
// and a removed record found by "admin audit verify".
#include "childprocess.h"
#include "frameclients.h"
#include "protocol/uuid.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Protocol;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"a long enough password"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestServerSupervision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statsMatchWhatWasCreated();
    void agentsGetNoFigures();
    void readingOthersIsForSupervisorsAndLogged();
    void reportWritesOneLinePerConversation();
    void surgeShowsAndIsAudited();
    void cliActionsAndEnrolment();
    void auditChainFindsTheEditedRecord();
    void statsMatchCountsOnGeneratedData();
    void historyBeforeStartUpKeepsItsVisibility();

private:
    Run cli(const QStringList &arguments, const QString &login,
            const ServerProcess *server = nullptr);
    //! A statement run directly on the server's database, past the server (the
    //! way an intruder would): its rows, fields separated by '|'.
    QStringList sql(const QString &statement, const ServerProcess *server = nullptr);
    //! Several statements (a script) run on @p server's database in one go.
    bool sqlScript(const QString &script, const ServerProcess &server);
    qint64 openChat(CitizenClient &citizen, Language lang, const QString &text);
    qint64 postForm(const QString &lang, const QString &message);
    QJsonObject verify(int *exitCode);

    ServerProcess m_server;
    AgentClient m_chef;
    AgentClient m_alice;
    AgentClient m_bob;
    QTemporaryDir m_dir;
    // What this test created, to count from.
    QList<qint64> m_frChats, m_enChats, m_deForms;
    qint64 m_closedChat = 0; //!< fr chat answered, closed as pharos, rated 4
    qint64 m_aliceHolds = 0; //!< en chat claimed by alice, redirected to perceval
    qint64 m_released = 0; //!< de form answered by bob, back in the queue
    CitizenClient m_citizens[5];
};

void TestServerSupervision::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Chats: at risk 1 ms after opening, breached after ten minutes. Messages
    // (the web form): breached 1 ms after arriving. Deterministic states.
    m_server.setConfig({ { u"routing"_s,
                           QJsonObject { { u"chatAnswerWithinMs"_s, 600000 },
                                         { u"chatAtRiskAfterMs"_s, 1 },
                                         { u"messageAnswerWithinMs"_s, 1 },
                                         { u"messageAtRiskAfterMs"_s, 1 },
                                         { u"tickIntervalMs"_s, 200 } } },
                         { u"limits"_s, QJsonObject { { u"chatConnectionsPerAddress"_s, 50 } } } });
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(
        m_server.addAgent(u"alice"_s, kPassword, u"gendarme"_s, { u"--languages"_s, u"fr,en"_s }));
    QVERIFY(m_server.addAgent(u"bob"_s, kPassword, u"gendarme"_s, { u"--languages"_s, u"de"_s }));
    QVERIFY(m_chef.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    m_chef.syncAll();
    QVERIFY(m_alice.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"alice"_s, kPassword));
    m_alice.syncAll();
    QVERIFY(m_bob.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"bob"_s, kPassword));
    m_bob.syncAll();

    // Seven conversations: three chats in French, two in English, two forms in German.
    const QStringList frTexts { u"Bonjour, comment faire une procuration ?"_s,
                                u"Où trouver le formulaire de plainte ?"_s,
                                u"Quels papiers pour un vol de vélo ?"_s };
    for (int i = 0; i < 3; ++i)
        m_frChats.append(openChat(m_citizens[i], Language::Fr, frTexts[i]));
    m_enChats.append(openChat(m_citizens[3], Language::En, u"Hello, how do I renew a permit?"_s));
    m_enChats.append(openChat(m_citizens[4], Language::En, u"Where is the nearest station?"_s));
    m_deForms.append(postForm(u"de"_s, u"Wie melde ich einen Fahrraddiebstahl?"_s));
    m_deForms.append(postForm(u"de"_s, u"Ich habe eine Frage zum Führerschein."_s));
    for (const qint64 id : std::as_const(m_frChats) + m_enChats + m_deForms)
        QVERIFY(id > 0);

    // The supervisor flags: an emergency (French, stays waiting) and SGBV
    // (English, stays waiting).
    QVERIFY(m_chef.command(CommandOp::SetFlags, m_frChats[1], { { u"emergency"_s, true } }).ok);
    QVERIFY(m_chef.command(CommandOp::SetFlags, m_enChats[1], { { u"sgbv"_s, true } }).ok);

    // Alice answers a French chat, closes it as a Pharos redirection; rated 4.
    m_closedChat = m_frChats[0];
    QVERIFY(m_alice.claim(m_closedChat).ok);
    QVERIFY(m_alice
                .command(CommandOp::Reply, m_closedChat,
                         { { u"message"_s, newUuid() }, { u"text"_s, u"Bonjour, voici…"_s } })
                .ok);
    QVERIFY(m_alice.command(CommandOp::Close, m_closedChat, { { u"outcome"_s, u"pharos"_s } }).ok);
    QVERIFY(m_citizens[0].next<SurveyRequest>(10000));
    const QString surveyId = newUuid();
    m_citizens[0].send(SurveyAnswer { surveyId, 4, u"Merci"_s });
    const auto rated =
        m_citizens[0].next<Ack>(5000, [&](const Ack &a) { return a.id == surveyId; });
    QVERIFY(rated && rated->ok);

    // Alice holds an English chat and redirects it to Perceval (no reply: not answered).
    m_aliceHolds = m_enChats[0];
    QVERIFY(m_alice.claim(m_aliceHolds).ok);
    QVERIFY(
        m_alice.command(CommandOp::Redirect, m_aliceHolds, { { u"target"_s, u"perceval"_s } }).ok);

    // Bob answers a form and puts it back in the queue: waiting, nothing due.
    m_released = m_deForms[0];
    QVERIFY(m_bob.claim(m_released).ok);
    QVERIFY(m_bob
                .command(CommandOp::Reply, m_released,
                         { { u"message"_s, newUuid() }, { u"text"_s, u"Guten Tag…"_s } })
                .ok);
    // A second reply: the first one stays the conversation's first response.
    QTest::qWait(5);
    QVERIFY(m_bob
                .command(CommandOp::Reply, m_released,
                         { { u"message"_s, newUuid() }, { u"text"_s, u"Noch etwas…"_s } })
                .ok);
    QVERIFY(m_bob.command(CommandOp::Release, m_released).ok);
    QTest::qWait(20); // past the 1 ms at-risk and breach points
}

qint64 TestServerSupervision::openChat(CitizenClient &citizen, Language lang, const QString &text)
{
    if (!citizen.connectAndHello(m_server.wsUrl(u"/chat"_s), lang))
        return 0;
    if (!citizen.say(text))
        return 0;
    const auto opened = m_chef.next<Event>(10000, [](const Event &e) {
        return e.kind == EventKind::ConversationOpened
            && e.data.value(u"channel"_s).toString() == u"webchat"_s;
    });
    return opened ? opened->conversation : 0;
}

qint64 TestServerSupervision::postForm(const QString &lang, const QString &message)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_server.httpUrl(u"/api/form"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QJsonObject form { { u"name"_s, u"Lou"_s },
                             { u"contact"_s, u"lou@example.org"_s },
                             { u"lang"_s, lang },
                             { u"subject"_s, u"Frage"_s },
                             { u"message"_s, message } };
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QJsonDocument(form).toJson(QJsonDocument::Compact)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)
        || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
        return 0;
    const auto opened = m_chef.next<Event>(10000, [](const Event &e) {
        return e.kind == EventKind::ConversationOpened
            && e.data.value(u"channel"_s).toString() == u"webform"_s;
    });
    return opened ? opened->conversation : 0;
}

Run TestServerSupervision::cli(const QStringList &arguments, const QString &login,
                               const ServerProcess *server)
{
    if (!server)
        server = &m_server;
    QProcess process;
    dieWithTest(process);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"GUICHET_PASSWORD"_s, kPassword);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    environment.insert(u"HOME"_s, m_dir.path());
    process.setProcessEnvironment(environment);
    process.start(
        QStringLiteral(GUICHET_CLI),
        arguments
            + QStringList { u"--server"_s, server->httpUrl().toString(), u"--login"_s, login });
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList TestServerSupervision::sql(const QString &statement, const ServerProcess *server)
{
    if (!server)
        server = &m_server;
    QProcess process;
    dieWithTest(process);
    if (usePostgres()) {
        process.start(u"psql"_s,
                      { server->database(), u"-q"_s, u"-At"_s, u"-F"_s, u"|"_s, u"-v"_s,
                        u"ON_ERROR_STOP=1"_s, u"-c"_s, statement });
    } else {
        // (Qt Sql stays out of test processes: DESIGN.md.)
        static const char script[] =
            "import sqlite3, sys\n"
            "db = sqlite3.connect(sys.argv[1], timeout=10)\n"
            "rows = db.execute(sys.argv[2]).fetchall()\n"
            "db.commit()\n"
            "print('\\n'.join('|'.join('' if v is None else str(v) for v in r) for r in rows))\n";
        process.start(u"python3"_s,
                      { u"-c"_s, QString::fromLatin1(script),
                        server->dataDir() + u"/guichet.sqlite"_s, statement });
    }
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("sql failed: %s", process.readAllStandardError().constData());
        return { u"<failed>"_s };
    }
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

QJsonObject TestServerSupervision::verify(int *exitCode)
{
    QByteArray out;
    *exitCode = m_server.admin({ u"audit"_s, u"verify"_s, u"--json"_s }, {}, &out);
    return QJsonDocument::fromJson(out).object();
}

void TestServerSupervision::statsMatchWhatWasCreated()
{
    const Run run = cli({ u"supervise"_s, u"stats"_s, u"--json"_s }, u"chef"_s);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(stats.keys(),
             (QStringList { u"agents"_s, u"queue"_s, u"redirects"_s, u"surge"_s, u"today"_s }));

    // Counted here from what initTestCase did, not from the server's tables.
    const qint64 waitingFr = m_frChats.size() - 1; // one closed
    const qint64 waitingEn = m_enChats.size() - 1; // one held by alice
    const qint64 waitingDe = m_deForms.size(); // one answered and released
    const QJsonObject queue = stats.value(u"queue"_s).toObject();
    QCOMPARE(queue.keys(),
             (QStringList { u"atRisk"_s, u"breached"_s, u"byChannel"_s, u"byLanguage"_s,
                            u"emergency"_s, u"onTime"_s, u"sgbv"_s, u"waiting"_s }));
    QCOMPARE(queue.value(u"waiting"_s).toInteger(), waitingFr + waitingEn + waitingDe);
    const QJsonObject byChannel = queue.value(u"byChannel"_s).toObject();
    QCOMPARE(byChannel.value(u"webchat"_s).toInteger(), waitingFr + waitingEn);
    QCOMPARE(byChannel.value(u"webform"_s).toInteger(), waitingDe);
    QCOMPARE(byChannel.value(u"messenger"_s).toInteger(), 0);
    QCOMPARE(byChannel.value(u"twitter"_s).toInteger(), 0);
    const QJsonObject byLanguage = queue.value(u"byLanguage"_s).toObject();
    QCOMPARE(byLanguage.value(u"fr"_s).toInteger(), waitingFr);
    QCOMPARE(byLanguage.value(u"en"_s).toInteger(), waitingEn);
    QCOMPARE(byLanguage.value(u"de"_s).toInteger(), waitingDe);
    QCOMPARE(byLanguage.value(u"it"_s).toInteger(), 0);
    // Every waiting chat is past its 1 ms at-risk point, within its ten minutes;
    // the form still due is breached; the answered form owes nothing: on time.
    QCOMPARE(queue.value(u"atRisk"_s).toInteger(), waitingFr + waitingEn);
    QCOMPARE(queue.value(u"breached"_s).toInteger(), waitingDe - 1);
    QCOMPARE(queue.value(u"onTime"_s).toInteger(), 1);
    QCOMPARE(queue.value(u"emergency"_s).toInteger(), 1);
    QCOMPARE(queue.value(u"sgbv"_s).toInteger(), 1);

    QHash<QString, QJsonObject> agents;
    for (const QJsonValue &value : stats.value(u"agents"_s).toArray())
        agents.insert(value.toObject().value(u"login"_s).toString(), value.toObject());
    QCOMPARE(agents.size(), 3);
    QCOMPARE(agents[u"alice"_s].keys(),
             (QStringList { u"capacity"_s, u"load"_s, u"login"_s, u"presence"_s, u"role"_s }));
    QCOMPARE(agents[u"alice"_s].value(u"load"_s).toInteger(), 1);
    QCOMPARE(agents[u"alice"_s].value(u"capacity"_s).toInteger(), 10);
    QCOMPARE(agents[u"alice"_s].value(u"role"_s).toString(), u"gendarme"_s);
    QCOMPARE(agents[u"alice"_s].value(u"presence"_s).toString(), u"available"_s);
    QCOMPARE(agents[u"bob"_s].value(u"load"_s).toInteger(), 0);
    QCOMPARE(agents[u"chef"_s].value(u"role"_s).toString(), u"supervisor"_s);

    // First responses, from the events' own times: opening and first agent reply.
    QHash<qint64, qint64> openedAt;
    QHash<qint64, qint64> firstReply;
    AgentClient reader;
    QVERIFY(reader.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    for (const Event &e : reader.syncAll()) {
        if (e.kind == EventKind::ConversationOpened)
            openedAt.insert(e.conversation, e.at);
        if (e.kind == EventKind::MessageAdded && e.data.value(u"author"_s).toString() == u"agent"_s
            && !firstReply.contains(e.conversation))
            firstReply.insert(e.conversation, e.at);
    }
    QList<qint64> responses;
    for (auto it = firstReply.cbegin(); it != firstReply.cend(); ++it)
        responses.append(it.value() - openedAt.value(it.key()));
    std::sort(responses.begin(), responses.end());
    QCOMPARE(responses.size(), 2);
    const auto rank = [&](int percent) {
        return responses.at((responses.size() * percent + 99) / 100 - 1);
    };
    const QJsonObject today = stats.value(u"today"_s).toObject();
    QCOMPARE(today.value(u"opened"_s).toInteger(), qint64(openedAt.size()));
    QCOMPARE(today.value(u"opened"_s).toInteger(), 7);
    QCOMPARE(today.value(u"closed"_s).toInteger(), 1);
    QCOMPARE(today.value(u"firstResponseP50Ms"_s).toInteger(), rank(50));
    QCOMPARE(today.value(u"firstResponseP90Ms"_s).toInteger(), rank(90));
    QCOMPARE(today.value(u"csatCount"_s).toInteger(), 1);
    QCOMPARE(today.value(u"csatMean"_s).toDouble(), 4.0);

    const QJsonObject redirects = stats.value(u"redirects"_s).toObject();
    QCOMPARE(redirects.keys(),
             (QStringList { u"brigade"_s, u"perceval"_s, u"pharos"_s, u"plainte_en_ligne"_s,
                            u"these"_s }));
    QCOMPARE(redirects.value(u"pharos"_s).toInteger(), 1);
    QCOMPARE(redirects.value(u"perceval"_s).toInteger(), 1);
    QCOMPARE(redirects.value(u"these"_s).toInteger(), 0);
    QCOMPARE(stats.value(u"surge"_s).toObject(),
             (QJsonObject { { u"active"_s, false }, { u"since"_s, QJsonValue::Null } }));

    // The supervisor page's trends and comments, through the protocol (the CLI keeps
    // to the documented shape): counted here too.
    const Ack asked = m_chef.command(CommandOp::Stats, 0);
    QVERIFY(asked.ok);
    const QJsonObject series = asked.result.value(u"series"_s).toObject();
    const QJsonArray hours = series.value(u"hours"_s).toArray();
    QCOMPARE(hours.size(), 24);
    qint64 openedInHours = 0;
    for (const QJsonValue &h : hours)
        openedInHours += h.toObject().value(u"opened"_s).toInteger();
    QCOMPARE(openedInHours, qint64(openedAt.size()));
    const qint64 hourOfFirst =
        *std::min_element(openedAt.cbegin(), openedAt.cend()) / 3600000 * 3600000;
    QVERIFY(hours.last().toObject().value(u"at"_s).toInteger() >= hourOfFirst);
    const QJsonArray days = series.value(u"days"_s).toArray();
    QCOMPARE(days.size(), 7);
    QCOMPARE(days.last().toObject().value(u"csatCount"_s).toInteger(), 1);
    QCOMPARE(days.last().toObject().value(u"csatMean"_s).toDouble(), 4.0);
    QCOMPARE(days.first().toObject().value(u"csatMean"_s), QJsonValue(QJsonValue::Null));
    const QJsonArray waiting = series.value(u"waiting"_s).toArray();
    QVERIFY(!waiting.isEmpty());
    QCOMPARE(waiting.last().toObject().value(u"waiting"_s).toInteger(),
             waitingFr + waitingEn + waitingDe);
    const QJsonArray comments = asked.result.value(u"comments"_s).toArray();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().toObject().value(u"comment"_s).toString(), u"Merci"_s);
    QCOMPARE(comments.first().toObject().value(u"rating"_s).toInteger(), 4);

    // The text form says the same in words.
    const Run text = cli({ u"supervise"_s, u"stats"_s }, u"chef"_s);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Waiting: 5 (on time 1, at risk 3, breached 1)"),
             text.out.constData());
}

void TestServerSupervision::agentsGetNoFigures()
{
    // Refused by the server, whatever the client does…
    const Ack refused = m_alice.command(CommandOp::Stats, 0);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.code, ErrorCode::Forbidden);
    QCOMPARE(m_alice.command(CommandOp::Report, 0, { { u"from"_s, 0 }, { u"to"_s, 1 } }).code,
             ErrorCode::Forbidden);
    // …and said so by the command line in the user's language, exit code 6.
    const Run run = cli({ u"supervise"_s, u"stats"_s, u"--json"_s }, u"alice"_s);
    QCOMPARE(run.exitCode, 6);
    const QJsonObject error =
        QJsonDocument::fromJson(run.out).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"forbidden"_s);
    QVERIFY2(error.value(u"message"_s).toString().startsWith(u"only supervisors may use"_s),
             run.out.constData());
    const Run text = cli({ u"supervise"_s, u"stats"_s }, u"bob"_s);
    QCOMPARE(text.exitCode, 6);
    QVERIFY(text.err.contains("only supervisors may use"));
}

void TestServerSupervision::readingOthersIsForSupervisorsAndLogged()
{
    // The holder reads her conversation.
    const Ack own = m_alice.command(CommandOp::Read, m_aliceHolds);
    QVERIFY2(own.ok, qPrintable(own.message));
    QVERIFY(own.result.value(u"held"_s).toBool());
    const QJsonArray events = own.result.value(u"events"_s).toArray();
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().toObject().value(u"kind"_s).toString(), u"conversation.opened"_s);
    // A gendarme of the same team may not read what he does not hold: neither
    // alice's conversation nor one waiting in the queue.
    QCOMPARE(m_bob.command(CommandOp::Read, m_aliceHolds).code, ErrorCode::Forbidden);
    QCOMPARE(m_bob.command(CommandOp::Read, m_frChats[2]).code, ErrorCode::Forbidden);
    // The supervisor may, and it is logged as a read of someone else's.
    const Ack chef = m_chef.command(CommandOp::Read, m_aliceHolds);
    QVERIFY2(chef.ok, qPrintable(chef.message));
    QVERIFY(!chef.result.value(u"held"_s).toBool());
    QCOMPARE(chef.result.value(u"events"_s).toArray(), events);

    const QString id = QString::number(m_aliceHolds);
    QCOMPARE(sql(u"SELECT actor, role, action, details FROM audit_log WHERE conversation = "_s + id
                 + u" AND action IN ('read', 'read_refused') ORDER BY id"_s),
             (QStringList { u"alice|gendarme|read|{\"held\":true}"_s,
                            u"bob|gendarme|read_refused|{\"reason\":\"not_held\"}"_s,
                            u"chef|supervisor|read|{\"held\":false,\"owner\":\"alice\"}"_s }));
    QCOMPARE(sql(u"SELECT actor, action FROM audit_log WHERE conversation = "_s
                 + QString::number(m_frChats[2]) + u" AND action = 'read_refused'"_s),
             QStringList { u"bob|read_refused"_s });
}

void TestServerSupervision::reportWritesOneLinePerConversation()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString path = m_dir.filePath(u"report.csv"_s);
    const Run run =
        cli({ u"supervise"_s, u"report"_s, u"--from"_s, today, u"--to"_s, today, u"--csv"_s, path },
            u"chef"_s);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    // RFC 4180: CRLF after every record, the last one included.
    QVERIFY(content.endsWith(u"\r\n"_s));
    const QStringList lines = content.chopped(2).split(u"\r\n"_s);
    QCOMPARE(lines.first(),
             u"channel,language,opened,first_response,closed,outcome,agent,rating"_s);
    QCOMPARE(lines.size(), 1 + 7);
    // The closed French chat: answered, closed, Pharos, alice, rated 4.
    int closed = 0, forms = 0;
    for (const QString &line : lines.mid(1)) {
        QVERIFY(!line.contains(u'\n'));
        const QStringList fields = line.split(u',');
        QCOMPARE(fields.size(), 8);
        QVERIFY(QDateTime::fromString(fields[2], Qt::ISODate).isValid()); // opened
        if (fields[0] == u"webform"_s)
            ++forms;
        if (fields[5] == u"pharos"_s) {
            ++closed;
            QCOMPARE(fields[1], u"fr"_s);
            QVERIFY(QDateTime::fromString(fields[3], Qt::ISODate).isValid());
            QVERIFY(QDateTime::fromString(fields[4], Qt::ISODate).isValid());
            QCOMPARE(fields[6], u"alice"_s);
            QCOMPARE(fields[7], u"4"_s);
        }
    }
    QCOMPARE(closed, 1);
    QCOMPARE(forms, 2);
    // An export is audited: who, which period, how many rows.
    const QStringList exports =
        sql(u"SELECT actor, details FROM audit_log WHERE action = 'export'"_s);
    QCOMPARE(exports.size(), 1);
    QVERIFY2(exports.first().startsWith(u"chef|"_s), qPrintable(exports.first()));
    QVERIFY(exports.first().contains(u"\"rows\":7"_s));

    // A day with nothing: the header alone.
    const Run empty =
        cli({ u"supervise"_s, u"report"_s, u"--from"_s, u"2020-03-16"_s, u"--to"_s, u"2020-03-17"_s,
              u"--csv"_s, m_dir.filePath(u"empty.csv"_s), u"--json"_s },
            u"chef"_s);
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(empty.out).object().value(u"rows"_s).toInteger(), 0);
    QCOMPARE(cli({ u"supervise"_s, u"report"_s, u"--from"_s, u"2020-03-17"_s, u"--to"_s,
                   u"2020-03-16"_s, u"--csv"_s, m_dir.filePath(u"x.csv"_s) },
                 u"chef"_s)
                 .exitCode,
             2);
}

void TestServerSupervision::surgeShowsAndIsAudited()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(m_server.admin({ u"surge"_s, u"on"_s, u"--channels"_s, u"webchat"_s }), 0);
    const Run on = cli({ u"supervise"_s, u"stats"_s, u"--json"_s }, u"chef"_s);
    QCOMPARE(on.exitCode, 0);
    const QJsonObject surge = QJsonDocument::fromJson(on.out).object().value(u"surge"_s).toObject();
    QCOMPARE(surge.value(u"active"_s).toBool(), true);
    QVERIFY(surge.value(u"since"_s).toInteger() >= before);
    QCOMPARE(m_server.admin({ u"surge"_s, u"off"_s }), 0);
    QCOMPARE(m_server.admin({ u"agent"_s, u"wipe"_s, u"bob"_s }), 0);
    QCOMPARE(m_server.admin({ u"agent"_s, u"wipe"_s, u"bob"_s, u"--clear"_s }), 0);
    QCOMPARE(sql(u"SELECT role, action FROM audit_log WHERE action IN ('surge_on', 'surge_off', "
                 "'wipe', 'wipe_clear') ORDER BY id"_s),
             (QStringList { u"admin|surge_on"_s, u"admin|surge_off"_s, u"admin|wipe"_s,
                            u"admin|wipe_clear"_s }));
}

void TestServerSupervision::cliActionsAndEnrolment()
{
    // Every supervisor action from guichet-cli, against the server process; the
    // server (tst_server_surge) covers their effects in detail.
    const auto json = [](const Run &run) {
        return QJsonDocument::fromJson(run.out).object();
    };

    // A gendarme is refused, and says nothing was done.
    const Run refused =
        cli({ u"supervise"_s, u"disable"_s, u"bob"_s, u"--reason"_s, u"test"_s }, u"alice"_s);
    QCOMPARE(refused.exitCode, 6);
    QVERIFY(refused.err.contains("supervisor"));
    // No reason: a usage error, before anything is sent.
    QCOMPARE(cli({ u"supervise"_s, u"disable"_s, u"bob"_s }, u"chef"_s).exitCode, 2);

    const Run on = cli({ u"supervise"_s, u"surge"_s, u"on"_s, u"--channels"_s, u"webchat"_s,
                         u"--reason"_s, u"alerte enlèvement"_s, u"--json"_s },
                       u"chef"_s);
    QVERIFY2(on.exitCode == 0, on.err.constData());
    QCOMPARE(json(on).value(u"active"_s).toBool(), true);
    QCOMPARE(json(on).value(u"channels"_s).toArray(), QJsonArray { u"webchat"_s });

    const Run made = cli({ u"supervise"_s, u"enrolment-code"_s, u"--minutes"_s, u"30"_s,
                           u"--languages"_s, u"fr,de"_s, u"--json"_s },
                         u"chef"_s);
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString code = json(made).value(u"code"_s).toString();
    QCOMPARE(code.size(), 11);

    // The reservist creates their account (password from GUICHET_PASSWORD); once.
    const Run enrolled =
        cli({ u"enrol"_s, u"--code"_s, code, u"--name"_s, u"Lou"_s, u"--json"_s }, u"res.cli"_s);
    QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
    QCOMPARE(json(enrolled).value(u"role"_s).toString(), u"reservist"_s);
    QCOMPARE(sql(u"SELECT role, languages, disabled FROM agents WHERE login = 'res.cli'"_s),
             QStringList { u"reservist|fr,de|0"_s });
    const Run again = cli({ u"enrol"_s, u"--code"_s, code }, u"res.two"_s);
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("invalid or expired enrolment code"), again.err.constData());
    QCOMPARE(sql(u"SELECT count(*) FROM agents WHERE login = 'res.two'"_s), QStringList { u"0"_s });

    // Reassign the German form waiting in the queue to bob, then back.
    const QString form = QString::number(m_released);
    const Run moved = cli({ u"supervise"_s, u"reassign"_s, form, u"--to"_s, u"bob"_s, u"--reason"_s,
                            u"parle allemand"_s },
                          u"chef"_s);
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    QCOMPARE(sql(u"SELECT state, owner FROM conversations WHERE id = "_s + form),
             QStringList { u"claimed|bob"_s });
    QCOMPARE(
        cli({ u"supervise"_s, u"reassign"_s, form, u"--reason"_s, u"rééquilibrage"_s }, u"chef"_s)
            .exitCode,
        0);
    QCOMPARE(sql(u"SELECT state FROM conversations WHERE id = "_s + form),
             QStringList { u"queued"_s });

    for (const QStringList &action :
         { QStringList { u"disable"_s, u"bob"_s }, QStringList { u"enable"_s, u"bob"_s },
           QStringList { u"wipe"_s, u"bob"_s },
           QStringList { u"wipe"_s, u"bob"_s, u"--clear"_s } }) {
        const Run run =
            cli(QStringList { u"supervise"_s } + action + QStringList { u"--reason"_s, u"essai"_s },
                u"chef"_s);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    QCOMPARE(sql(u"SELECT disabled, wipe_requested FROM agents WHERE login = 'bob'"_s),
             QStringList { u"0|0"_s });

    // The surge ends: so does the reservist's account.
    const Run off =
        cli({ u"supervise"_s, u"surge"_s, u"off"_s, u"--reason"_s, u"retrouvé"_s, u"--json"_s },
            u"chef"_s);
    QVERIFY2(off.exitCode == 0, off.err.constData());
    QCOMPARE(json(off).value(u"ended"_s).toArray(), QJsonArray { u"res.cli"_s });
    QCOMPARE(sql(u"SELECT disabled FROM agents WHERE login = 'res.cli'"_s), QStringList { u"1"_s });

    // Who, what, why: in the audit log and in the event log.
    QCOMPARE(sql(u"SELECT actor, action FROM audit_log WHERE action IN ('start_surge', "
                 "'enrolment_code', 'enrolled', 'reassign', 'disable_agent', 'enable_agent', "
                 "'order_wipe', 'clear_wipe', 'stop_surge') ORDER BY id"_s),
             (QStringList { u"chef|start_surge"_s, u"chef|enrolment_code"_s, u"res.cli|enrolled"_s,
                            u"chef|reassign"_s, u"chef|reassign"_s, u"chef|disable_agent"_s,
                            u"chef|enable_agent"_s, u"chef|order_wipe"_s, u"chef|clear_wipe"_s,
                            u"chef|stop_surge"_s }));
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE action = 'reassign' "
                 "AND details LIKE '%parle allemand%'"_s),
             QStringList { u"1"_s });
    QCOMPARE(sql(u"SELECT count(*) FROM events WHERE kind = 'supervisor.action' "
                 "AND data LIKE '%\"by\":\"chef\"%'"_s),
             QStringList { u"10"_s });
}

void TestServerSupervision::auditChainFindsTheEditedRecord()
{
    // Every kind of action above left its record.
    const QStringList actions = sql(u"SELECT DISTINCT action FROM audit_log"_s);
    for (const QString &action :
         { u"claim"_s, u"reply"_s, u"close"_s, u"redirect"_s, u"set_flags"_s, u"release"_s,
           u"read"_s, u"read_refused"_s, u"export"_s, u"surge_on"_s, u"wipe"_s, u"agent_add"_s })
        QVERIFY2(actions.contains(action), qPrintable(action));
    // Message texts stay out of it.
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE details LIKE '%Bonjour%'"_s),
             QStringList { u"0"_s });

    int code = -1;
    QJsonObject report = verify(&code);
    QCOMPARE(code, 0);
    QVERIFY(report.value(u"intact"_s).toBool());
    const qint64 records = report.value(u"records"_s).toInteger();
    QVERIFY(records >= 15);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log"_s), QStringList { QString::number(records) });

    // An intruder with the database edits one record in the middle: found, and
    // only that one (the chain goes on from its stored hash).
    const qint64 edited = records / 2;
    const QStringList original =
        sql(u"SELECT details FROM audit_log WHERE id = "_s + QString::number(edited));
    QCOMPARE(original.size(), 1);
    sql(u"UPDATE audit_log SET details = '{\"forged\":true}' WHERE id = "_s
        + QString::number(edited));
    report = verify(&code);
    QCOMPARE(code, 3);
    QVERIFY(!report.value(u"intact"_s).toBool());
    QCOMPARE(report.value(u"breaks"_s).toArray().size(), 1);
    QCOMPARE(report.value(u"breaks"_s)[0][u"id"_s].toInteger(), edited);
    QCOMPARE(report.value(u"breaks"_s)[0][u"problem"_s].toString(), u"content"_s);
    // The text form names the record too.
    QByteArray text;
    QCOMPARE(m_server.admin({ u"audit"_s, u"verify"_s }, {}, &text), 3);
    QVERIFY2(text.contains(QStringLiteral("record %1:").arg(edited).toUtf8()), text.constData());

    // Put back, the chain is whole again.
    sql(u"UPDATE audit_log SET details = '"_s + original.first() + u"' WHERE id = "_s
        + QString::number(edited));
    QCOMPARE(verify(&code).value(u"intact"_s).toBool(), true);
    QCOMPARE(code, 0);

    // A record removed: the gap is reported at the next one.
    sql(u"DELETE FROM audit_log WHERE id = "_s + QString::number(edited));
    report = verify(&code);
    QCOMPARE(code, 3);
    QCOMPARE(report.value(u"breaks"_s).toArray().size(), 1);
    QCOMPARE(report.value(u"breaks"_s)[0][u"id"_s].toInteger(), edited + 1);
    QCOMPARE(report.value(u"breaks"_s)[0][u"problem"_s].toString(), u"missing"_s);
}

bool TestServerSupervision::sqlScript(const QString &script, const ServerProcess &server)
{
    QTemporaryFile file;
    if (!file.open() || file.write(script.toUtf8()) < 0 || !file.flush())
        return false;
    QProcess process;
    dieWithTest(process);
    if (usePostgres()) {
        process.start(u"psql"_s,
                      { server.database(), u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-1"_s, u"-f"_s,
                        file.fileName() });
    } else {
        static const char run[] = "import sqlite3, sys\n"
                                  "db = sqlite3.connect(sys.argv[1], timeout=10)\n"
                                  "db.executescript(open(sys.argv[2], encoding='utf-8').read())\n"
                                  "db.commit()\n";
        process.start(u"python3"_s,
                      { u"-c"_s, QString::fromLatin1(run), server.dataDir() + u"/guichet.sqlite"_s,
                        file.fileName() });
    }
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("sql script failed: %s", process.readAllStandardError().constData());
        return false;
    }
    return true;
}

// Thousands of conversations written straight into the database by the
// benchmark's generator (tests/data/supervise-seed.sql: every channel,
// language and state, ratings, redirects, forty agents), then every figure of
// "supervise stats" against what this test reads back with plain SELECTs and
// counts itself, with the rules of docs/supervision.md.
void TestServerSupervision::statsMatchCountsOnGeneratedData()
{
    ServerProcess server;
    // Risk lines (deadline minus now) at 10 min for chats and 12 h for the other
    // channels: multiples of ten minutes, like now itself below. Every deadline
    // is moved to five minutes off that grid: none is near a line while the
    // figures are asked for and counted (five minutes' leeway). The generated
    // agents never connect: a day's lease keeps their claims from lapsing back
    // to the queue between the figures and the test's counts.
    server.setConfig({ { u"routing"_s,
                         QJsonObject { { u"chatAnswerWithinMs"_s, 1200000 },
                                       { u"chatAtRiskAfterMs"_s, 600000 },
                                       { u"messageAnswerWithinMs"_s, 86400000 },
                                       { u"messageAtRiskAfterMs"_s, 43200000 },
                                       { u"leaseTimeoutMs"_s, 86400000 } } } });
    QVERIFY(server.start());
    QVERIFY(server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QFile seed(QStringLiteral(GUICHET_TEST_DATA "/supervise-seed.sql"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QString script = QString::fromUtf8(seed.readAll());
    script.replace(u"{{N}}"_s, u"3000"_s)
        .replace(u"{{FIRST}}"_s, u"1"_s)
        .replace(u"{{SPAN}}"_s, QString::number(2 * 86400000LL))
        .replace(u"{{NOW}}"_s, QString::number(now));
    script += u";\nUPDATE conversations SET deadline = %1 + ((deadline - %1) / 600000) * 600000 "
              "+ 300000 WHERE deadline > 0;\n"_s.arg(now);
    QVERIFY(sqlScript(script, server));
    QCOMPARE(sql(u"SELECT count(*) FROM conversations"_s, &server), QStringList { u"3000"_s });

    const Run run = cli({ u"supervise"_s, u"stats"_s, u"--json"_s }, u"chef"_s, &server);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const qint64 asked = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(asked - now < 300000, "too slow for the five minutes' leeway");
    const QJsonObject stats = QJsonDocument::fromJson(run.out).object();
    const qint64 since = QDateTime::fromMSecsSinceEpoch(now)
                             .date()
                             .startOfDay(QTimeZone::systemTimeZone())
                             .toMSecsSinceEpoch();
    if (QDateTime::fromMSecsSinceEpoch(asked).date() != QDateTime::fromMSecsSinceEpoch(now).date())
        QSKIP("midnight passed while the figures were asked for");

    // The queue, row by row.
    QHash<QString, qint64> byChannel, byLanguage;
    qint64 waiting = 0, atRisk = 0, breached = 0, emergency = 0, sgbv = 0;
    for (const QString &row : sql(u"SELECT channel, lang, deadline, emergency, sgbv "
                                  "FROM conversations WHERE state = 'queued'"_s,
                                  &server)) {
        const QStringList f = row.split(u'|');
        QCOMPARE(f.size(), 5);
        ++waiting;
        ++byChannel[f[0]];
        ++byLanguage[f[1]];
        const qint64 deadline = f[2].toLongLong();
        const qint64 riskLine = now + (f[0] == u"webchat"_s ? 600000 : 43200000);
        if (deadline > 0 && deadline <= now)
            ++breached;
        else if (deadline > now && deadline <= riskLine)
            ++atRisk;
        emergency += f[3].toInt();
        sgbv += f[4].toInt();
    }
    QVERIFY(waiting > 20);
    QVERIFY(breached > 0 && atRisk > 0 && waiting - breached - atRisk > 0);
    const QJsonObject queue = stats.value(u"queue"_s).toObject();
    QCOMPARE(queue.value(u"waiting"_s).toInteger(), waiting);
    QCOMPARE(queue.value(u"breached"_s).toInteger(), breached);
    QCOMPARE(queue.value(u"atRisk"_s).toInteger(), atRisk);
    QCOMPARE(queue.value(u"onTime"_s).toInteger(), waiting - breached - atRisk);
    QCOMPARE(queue.value(u"emergency"_s).toInteger(), emergency);
    QCOMPARE(queue.value(u"sgbv"_s).toInteger(), sgbv);
    for (const QString &channel : { u"webchat"_s, u"webform"_s, u"messenger"_s, u"twitter"_s })
        QCOMPARE(queue.value(u"byChannel"_s)[channel].toInteger(), byChannel.value(channel));
    for (const QString &lang : { u"fr"_s, u"en"_s, u"de"_s, u"it"_s, u"es"_s })
        QCOMPARE(queue.value(u"byLanguage"_s)[lang].toInteger(), byLanguage.value(lang));

    // Agents: every active one, with the conversations held.
    QHash<QString, qint64> held;
    for (const QString &owner :
         sql(u"SELECT owner FROM conversations WHERE state = 'claimed'"_s, &server))
        ++held[owner];
    QVERIFY(held.size() > 1);
    const QStringList logins =
        sql(u"SELECT login FROM agents WHERE disabled = 0 ORDER BY login"_s, &server);
    const QJsonArray agents = stats.value(u"agents"_s).toArray();
    QCOMPARE(agents.size(), logins.size());
    QCOMPARE(logins.size(), 41);
    for (const QJsonValue &agent : agents) {
        const QString login = agent[u"login"_s].toString();
        QVERIFY2(logins.contains(login), qPrintable(login));
        QCOMPARE(agent[u"load"_s].toInteger(), held.value(login));
    }

    // Today: opened, closed, first responses, ratings, redirects.
    const QString day = QString::number(since);
    const QStringList opened =
        sql(u"SELECT id, outcome FROM conversations WHERE opened_at >= "_s + day, &server);
    // The conversations opened since @p from (id -> opened) and their first
    // agent message (id -> at), read back from the rows.
    QHash<qint64, qint64> openedAt, firstReply;
    const auto readOpenings = [&](qint64 from) {
        openedAt.clear();
        firstReply.clear();
        for (const QString &row :
             sql(u"SELECT id, opened_at FROM conversations WHERE opened_at >= "_s
                     + QString::number(from),
                 &server))
            openedAt.insert(row.section(u'|', 0, 0).toLongLong(),
                            row.section(u'|', 1).toLongLong());
        for (const QString &row :
             sql(u"SELECT conversation, at FROM messages WHERE author = 'agent'"_s, &server)) {
            const qint64 id = row.section(u'|', 0, 0).toLongLong();
            const qint64 at = row.section(u'|', 1).toLongLong();
            if (openedAt.contains(id) && (!firstReply.contains(id) || at < firstReply[id]))
                firstReply[id] = at;
        }
    };
    readOpenings(since);
    QList<qint64> responses;
    for (auto it = firstReply.cbegin(); it != firstReply.cend(); ++it)
        responses.append(it.value() - openedAt.value(it.key()));
    std::sort(responses.begin(), responses.end());
    const QJsonObject today = stats.value(u"today"_s).toObject();
    QCOMPARE(today.value(u"opened"_s).toInteger(), qint64(opened.size()));
    if (responses.isEmpty()) {
        QVERIFY(today.value(u"firstResponseP50Ms"_s).isNull());
    } else {
        const auto rank = [&](int percent) {
            return responses.at((responses.size() * percent + 99) / 100 - 1);
        };
        QCOMPARE(today.value(u"firstResponseP50Ms"_s).toInteger(), rank(50));
        QCOMPARE(today.value(u"firstResponseP90Ms"_s).toInteger(), rank(90));
    }
    const QStringList closed =
        sql(u"SELECT id FROM conversations WHERE closed_at > 0 AND closed_at >= "_s + day, &server);
    QCOMPARE(today.value(u"closed"_s).toInteger(), qint64(closed.size()));
    const QStringList ratings = sql(u"SELECT rating FROM surveys WHERE at >= "_s + day, &server);
    QCOMPARE(today.value(u"csatCount"_s).toInteger(), qint64(ratings.size()));
    if (!ratings.isEmpty()) {
        double sum = 0;
        for (const QString &r : ratings)
            sum += r.toInt();
        QVERIFY(qAbs(today.value(u"csatMean"_s).toDouble() - sum / ratings.size()) < 1e-9);
    }
    QHash<QString, qint64> outcomes;
    for (const QString &row : opened)
        ++outcomes[row.section(u'|', 1)];
    const QJsonObject redirects = stats.value(u"redirects"_s).toObject();
    QCOMPARE(redirects.value(u"pharos"_s).toInteger(), outcomes.value(u"pharos"_s));
    QCOMPARE(redirects.value(u"perceval"_s).toInteger(), outcomes.value(u"perceval"_s));
    QCOMPARE(redirects.value(u"these"_s).toInteger(), outcomes.value(u"these"_s));
    QCOMPARE(redirects.value(u"plainte_en_ligne"_s).toInteger(),
             outcomes.value(u"plainte_en_ligne"_s));
    QCOMPARE(redirects.value(u"brigade"_s).toInteger(), outcomes.value(u"brigade"_s));

    // The supervisor page's series and today's report, through the protocol,
    // against the rows read back here.
    AgentClient chef;
    QVERIFY(chef.connectAndLogin(server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    const Ack figures = chef.command(CommandOp::Stats, 0);
    QVERIFY(figures.ok);
    const QJsonObject series = figures.result.value(u"series"_s).toObject();
    const QJsonArray hours = series.value(u"hours"_s).toArray();
    QCOMPARE(hours.size(), 24);
    const qint64 firstHour = hours.first()[u"at"_s].toInteger();
    QList<qint64> perHour(24, 0);
    for (const QString &at : sql(u"SELECT opened_at FROM conversations WHERE opened_at >= "_s
                                     + QString::number(firstHour),
                                 &server)) {
        const qint64 hour = (at.toLongLong() - firstHour) / 3600000;
        QVERIFY(hour < 24);
        ++perHour[hour];
    }
    qint64 inHours = 0;
    for (int i = 0; i < 24; ++i) {
        QCOMPARE(hours[i][u"at"_s].toInteger(), firstHour + i * 3600000LL);
        QCOMPARE(hours[i][u"opened"_s].toInteger(), perHour[i]);
        inHours += perHour[i];
    }
    QVERIFY(inHours > 100);
    const QJsonArray days = series.value(u"days"_s).toArray();
    QCOMPARE(days.size(), 7);
    QCOMPARE(days.last()[u"at"_s].toInteger(), since);
    QList<std::pair<qint64, int>> surveys; // at, rating
    for (const QString &row : sql(u"SELECT at, rating FROM surveys"_s, &server))
        surveys.append({ row.section(u'|', 0, 0).toLongLong(), row.section(u'|', 1).toInt() });
    qint64 rated = 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const qint64 start = days[i][u"at"_s].toInteger();
        const qint64 end = i + 1 < days.size() ? days[i + 1][u"at"_s].toInteger()
                                               : std::numeric_limits<qint64>::max();
        qint64 count = 0, sum = 0;
        for (const auto &[at, rating] : std::as_const(surveys)) {
            if (at >= start && at < end) {
                ++count;
                sum += rating;
            }
        }
        QCOMPARE(days[i][u"csatCount"_s].toInteger(), count);
        if (count == 0)
            QCOMPARE(days[i][u"csatMean"_s], QJsonValue(QJsonValue::Null));
        else
            QVERIFY(qAbs(days[i][u"csatMean"_s].toDouble() - double(sum) / count) < 1e-9);
        rated += count;
    }
    QVERIFY(rated > 10);
    // The five newest comments (several may share a time: compared by time).
    QList<qint64> commented;
    for (const QString &at : sql(u"SELECT at FROM surveys WHERE comment <> ''"_s, &server))
        commented.append(at.toLongLong());
    std::sort(commented.begin(), commented.end(), std::greater<>());
    const QJsonArray comments = figures.result.value(u"comments"_s).toArray();
    QCOMPARE(comments.size(), 5);
    for (qsizetype i = 0; i < comments.size(); ++i) {
        QCOMPARE(comments[i][u"at"_s].toInteger(), commented.at(i));
        QVERIFY(!comments[i][u"comment"_s].toString().isEmpty());
    }

    // The report over the whole generated span, every page: each conversation's
    // opening and first response as read back here. Not today's: just after
    // midnight, today holds a handful of conversations and a single page.
    const qint64 reportFrom = now - 3 * 86400000LL;
    readOpenings(reportFrom);
    QCOMPARE(openedAt.size(), 3000);
    const auto exports = [&] {
        return sql(u"SELECT details FROM audit_log WHERE action = 'export' ORDER BY id"_s, &server);
    };
    const qsizetype exportsBefore = exports().size();
    QJsonObject args { { u"from"_s, reportFrom }, { u"to"_s, asked + 1 } };
    QList<QJsonObject> cursors; // the arguments of each page
    qint64 reported = 0, answered = 0;
    for (;;) {
        cursors.append(args);
        const Ack page = chef.command(CommandOp::Report, 0, args);
        QVERIFY(page.ok);
        for (const QJsonValue &row : page.result.value(u"rows"_s).toArray()) {
            const qint64 id = row[u"id"_s].toInteger();
            ++reported;
            QCOMPARE(row[u"opened"_s].toInteger(), openedAt.value(id));
            QCOMPARE(row[u"firstResponse"_s].toInteger(), firstReply.value(id));
            answered += row.toObject().contains(u"firstResponse"_s) ? 1 : 0;
        }
        if (!page.result.value(u"more"_s).toBool())
            break;
        args.insert(u"afterOpened"_s, page.result.value(u"afterOpened"_s));
        args.insert(u"afterId"_s, page.result.value(u"afterId"_s));
    }
    QCOMPARE(reported, qint64(openedAt.size()));
    QCOMPARE(answered, qint64(firstReply.size()));

    // One audit record for the whole walk, written with its first page: who
    // read which period, and that more pages followed.
    QVERIFY2(cursors.size() > 2, "the report should take several pages");
    QStringList records = exports();
    QCOMPARE(records.size(), exportsBefore + 1);
    const QJsonObject walk = QJsonDocument::fromJson(records.last().toUtf8()).object();
    QCOMPARE(walk.value(u"from"_s).toInteger(), reportFrom);
    QCOMPARE(walk.value(u"to"_s).toInteger(), asked + 1);
    QCOMPARE(walk.value(u"rows"_s).toInteger(), 500);
    QCOMPARE(walk.value(u"more"_s).toBool(), true);
    QVERIFY(!walk.contains(u"afterId"_s));
    // A page that does not continue a recorded walk (here the second page again,
    // once the walk is over) is recorded on its own, with its cursor.
    QVERIFY(chef.command(CommandOp::Report, 0, cursors.at(1)).ok);
    records = exports();
    QCOMPARE(records.size(), exportsBefore + 2);
    const QJsonObject alone = QJsonDocument::fromJson(records.last().toUtf8()).object();
    QCOMPARE(alone.value(u"afterId"_s), cursors.at(1).value(u"afterId"_s));
    QCOMPARE(alone.value(u"rows"_s).toInteger(), 500);
    // Its walk goes on unrecorded from there: the third page is covered.
    QVERIFY(chef.command(CommandOp::Report, 0, cursors.at(2)).ok);
    QCOMPARE(exports().size(), exportsBefore + 2);
    QByteArray verified;
    QCOMPARE(server.admin({ u"audit"_s, u"verify"_s }, {}, &verified), 0);
    QVERIFY2(verified.contains("intact"), verified.constData());
}

// The server reads only the open conversations at start-up; one closed before
// is read when a sync or an event names it. Who sees it must not change with a
// restart: its holder and the supervisor do, another team's gendarme does not.
void TestServerSupervision::historyBeforeStartUpKeepsItsVisibility()
{
    ServerProcess server;
    server.setConfig({ { u"routing"_s, QJsonObject { { u"defaultTeam"_s, u"paris"_s } } } });
    QVERIFY(server.start());
    QVERIFY(server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(server.addAgent(u"alice"_s, kPassword, u"gendarme"_s, { u"--team"_s, u"paris"_s }));
    QVERIFY(server.addAgent(u"lena"_s, kPassword, u"gendarme"_s, { u"--team"_s, u"lyon"_s }));
    qint64 closed = 0, waiting = 0;
    {
        AgentClient alice;
        QVERIFY(alice.connectAndLogin(server.wsUrl(u"/agent"_s), u"alice"_s, kPassword));
        alice.syncAll();
        CitizenClient first, second;
        QVERIFY(first.connectAndHello(server.wsUrl(u"/chat"_s), Language::Fr));
        QVERIFY(first.say(u"Bonjour, une question sur une procuration."_s));
        const auto opened = alice.nextEvent(EventKind::ConversationOpened, 0, 10000);
        QVERIFY(opened);
        closed = opened->conversation;
        QVERIFY(alice.claim(closed).ok);
        QVERIFY(alice.command(CommandOp::Close, closed, { { u"outcome"_s, u"answered"_s } }).ok);
        QVERIFY(second.connectAndHello(server.wsUrl(u"/chat"_s), Language::Fr));
        QVERIFY(second.say(u"Bonjour, on m'a volé mon vélo."_s));
        const auto other = alice.nextEvent(EventKind::ConversationOpened, 0, 10000);
        QVERIFY(other);
        waiting = other->conversation;
    }
    server.stop();
    QVERIFY(server.start());

    const auto seen = [&](const QString &login) {
        AgentClient agent;
        QSet<qint64> conversations;
        if (!agent.connectAndLogin(server.wsUrl(u"/agent"_s), login, kPassword))
            return QSet<qint64> { -1 };
        for (const Event &event : agent.syncAll()) {
            if (event.kind == EventKind::ConversationClosed)
                conversations.insert(-event.conversation); // its closing, apart
            else if (event.conversation)
                conversations.insert(event.conversation);
        }
        return conversations;
    };
    QCOMPARE(seen(u"chef"_s), (QSet<qint64> { closed, -closed, waiting }));
    QCOMPARE(seen(u"alice"_s), (QSet<qint64> { closed, -closed, waiting }));
    QCOMPARE(seen(u"lena"_s), QSet<qint64> {});
}

QTEST_GUILESS_MAIN(TestServerSupervision)
#include "tst_server_supervision.moc"
