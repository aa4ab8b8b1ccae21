// Triage in the service, against the real guichet-server on loopback, on SQLite
// (server_triage_sqlite) and PostgreSQL (server_triage_postgres): every channel's
// messages go through one triage on arrival, the evidence is logged with the
// flag, a flag raised by triage is never lowered by triage, the citizen gets the
// notice once; the bundle is exported and imported whole, and reaches the
// running server without a restart.
#include "frameclients.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Protocol;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"triage test password"_s;
const QString kDanger = u"Au secours il a un couteau, il veut me tuer"_s;

} // namespace

class TestServerTriage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void webChatIsTriagedOnArrivalWithItsEvidence();
    void aLaterMessageRaisesAndCalmNeverLowers();
    void webFormSubjectCounts();
    void exportGivesTheActiveBundle();
    void importIsCheckedWholeAllOrNothing();
    void importReachesTheRunningServerWithoutRestart();

private:
    //! A new web chat citizen writes @p text: the conversation's opening event.
    std::optional<Event> chatOpens(const QString &text, CitizenClient &citizen,
                                   QString *session = nullptr);
    QByteArray exported();

    ServerProcess m_server;
    AgentClient m_watcher;
    QTemporaryDir m_dir;
};

void TestServerTriage::initTestCase()
{
    qInfo() << "storage:" << (usePostgres() ? "postgresql" : "sqlite");
    QVERIFY(m_dir.isValid());
    m_server.setConfig(
        { { u"channels"_s,
            QJsonObject { { u"triage"_s, QJsonObject { { u"reloadMs"_s, 200 } } } } } });
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(m_watcher.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    m_watcher.syncAll();
}

void TestServerTriage::cleanupTestCase()
{
    m_watcher.close();
    m_server.stop();
}

std::optional<Event> TestServerTriage::chatOpens(const QString &text, CitizenClient &citizen,
                                                 QString *session)
{
    const auto welcome = citizen.connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr);
    if (!welcome)
        return std::nullopt;
    if (session)
        *session = welcome->session;
    const auto ack = citizen.say(text);
    if (!ack || !ack->ok)
        return std::nullopt;
    const auto added = m_watcher.next<Event>(10000, [&](const Event &e) {
        return e.kind == EventKind::MessageAdded && e.data.value(u"text"_s).toString() == text;
    });
    if (!added)
        return std::nullopt;
    for (const Event &e : m_watcher.syncAll(added->seq - 50 > 0 ? added->seq - 50 : 0)) {
        if (e.kind == EventKind::ConversationOpened && e.conversation == added->conversation)
            return e;
    }
    return std::nullopt;
}

QByteArray TestServerTriage::exported()
{
    const QString path = m_dir.filePath(u"exported.json"_s);
    QFile::remove(path);
    if (m_server.admin({ u"triage"_s, u"export"_s, path }) != 0)
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestServerTriage::webChatIsTriagedOnArrivalWithItsEvidence()
{
    CitizenClient citizen;
    QString session;
    const auto opened = chatOpens(kDanger, citizen, &session);
    QVERIFY(opened);
    // Flagged in the very event that opens the conversation: no second pass.
    QVERIFY(opened->data.value(u"emergency"_s).toBool());
    const QJsonObject triage = opened->data.value(u"triage"_s).toObject();
    QVERIFY(triage.value(u"emergency"_s).toBool());
    QVERIFY(!triage.value(u"version"_s).toString().isEmpty());
    const QJsonArray evidence = triage.value(u"evidence"_s).toArray();
    QVERIFY(!evidence.isEmpty());
    QCOMPARE(evidence.first().toObject().value(u"kind"_s).toString(), u"emergency"_s);
    QVERIFY(!evidence.first().toObject().value(u"rule"_s).toString().isEmpty());
    // The citizen: the notice in the chat, once, and the page's alert.
    QVERIFY(citizen.next<CitizenMessage>(10000, [](const CitizenMessage &m) {
        return m.author == Author::System && m.text.contains(u"112"_s);
    }));
    QVERIFY(citizen.next<CitizenWelcome>(
        10000, [](const CitizenWelcome &w) { return !w.reference.isEmpty() && w.emergency; }));
    // Danger said again: no second notice.
    QVERIFY(citizen.say(u"il est toujours là, il a un couteau"_s));
    QVERIFY(!citizen.next<CitizenMessage>(
        1500, [](const CitizenMessage &m) { return m.author == Author::System; }));
    // A reload is told again that it is an emergency.
    CitizenClient again;
    const auto welcome = again.connectAndHello(m_server.wsUrl(u"/chat"_s), Language::Fr, session);
    QVERIFY(welcome);
    QVERIFY(welcome->emergency);
}

void TestServerTriage::aLaterMessageRaisesAndCalmNeverLowers()
{
    CitizenClient citizen;
    const auto opened = chatOpens(u"Bonjour, une question sur une procuration"_s, citizen);
    QVERIFY(opened);
    QVERIFY(!opened->data.value(u"emergency"_s).toBool());
    QVERIFY(!opened->data.contains(u"triage"_s));
    const qint64 id = opened->conversation;
    // The danger comes in the second message: triage runs on each one.
    QVERIFY(citizen.say(kDanger));
    const auto raised = m_watcher.nextEvent(EventKind::ConversationUpdated, id, 10000);
    QVERIFY(raised);
    QVERIFY(raised->data.value(u"emergency"_s).toBool());
    QVERIFY(raised->data.value(u"triage"_s).toObject().value(u"emergency"_s).toBool());
    QVERIFY(!raised->data.contains(u"agent"_s));
    // A calm message leaves the flag raised: no event lowers it.
    QVERIFY(citizen.say(u"merci, bonne journée"_s));
    QVERIFY(m_watcher.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::MessageAdded
            && e.data.value(u"text"_s) == u"merci, bonne journée"_s;
    }));
    QVERIFY(!m_watcher.nextEvent(EventKind::ConversationUpdated, id, 1000));
    // Only an agent lowers it.
    QVERIFY(m_watcher.command(CommandOp::SetFlags, id, { { u"emergency"_s, false } }).ok);
    const auto lowered = m_watcher.nextEvent(EventKind::ConversationUpdated, id);
    QVERIFY(lowered);
    QCOMPARE(lowered->data.value(u"agent"_s).toString(), u"chef"_s);
    QCOMPARE(lowered->data.value(u"emergency"_s).toBool(), false);
}

void TestServerTriage::webFormSubjectCounts()
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_server.httpUrl(u"/api/form"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const QJsonObject form { { u"name"_s, u"Lou"_s },
                             { u"contact"_s, u"lou@example.org"_s },
                             { u"lang"_s, u"fr"_s },
                             { u"subject"_s, u"Au secours il a un couteau"_s },
                             { u"message"_s, u"Il est devant la porte de chez moi."_s } };
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QJsonDocument(form).toJson(QJsonDocument::Compact)));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    const QByteArray body = reply->readAll();
    QVERIFY2(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201,
             body.constData());
    QVERIFY(QJsonDocument::fromJson(body).object().value(u"emergency"_s).toBool());
    const auto opened = m_watcher.next<Event>(10000, [](const Event &e) {
        return e.kind == EventKind::ConversationOpened
            && e.data.value(u"channel"_s).toString() == u"webform"_s;
    });
    QVERIFY(opened);
    QVERIFY(opened->data.value(u"triage"_s).toObject().value(u"emergency"_s).toBool());
}

void TestServerTriage::exportGivesTheActiveBundle()
{
    const QByteArray bundle = exported();
    QVERIFY(!bundle.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(bundle).object();
    QVERIFY(!root.value(u"version"_s).toString().isEmpty());
    QVERIFY(!root.value(u"format"_s).toString().isEmpty());
    // To stdout too.
    QByteArray out;
    QCOMPARE(m_server.admin({ u"triage"_s, u"export"_s }, {}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"version"_s), root.value(u"version"_s));
}

void TestServerTriage::importIsCheckedWholeAllOrNothing()
{
    const QByteArray before = exported();
    QVERIFY(!before.isEmpty());
    const auto attempt = [&](const QByteArray &content) {
        const QString path = m_dir.filePath(u"bad.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return -1;
        file.write(content);
        file.close();
        QByteArray err;
        const int code = m_server.admin({ u"triage"_s, u"import"_s, path }, {}, nullptr, &err);
        qInfo().noquote() << "refused:" << err.trimmed();
        return code;
    };
    // Cut short, the wrong format, a model out of step with its self-check.
    QVERIFY(attempt(before.left(before.size() / 2)) != 0);
    QJsonObject root = QJsonDocument::fromJson(before).object();
    QJsonObject wrongFormat = root;
    wrongFormat.insert(u"format"_s, u"guichet-triage-0"_s);
    QVERIFY(attempt(QJsonDocument(wrongFormat).toJson()) != 0);
    QJsonObject tampered = root;
    QJsonObject models = tampered.value(u"models"_s).toObject();
    QJsonObject emergency = models.value(u"emergency"_s).toObject();
    emergency.insert(u"bias"_s, emergency.value(u"bias"_s).toDouble() - 5);
    models.insert(u"emergency"_s, emergency);
    tampered.insert(u"models"_s, models);
    QVERIFY(attempt(QJsonDocument(tampered).toJson()) != 0);
    QCOMPARE(m_server.admin({ u"triage"_s, u"import"_s, m_dir.filePath(u"missing.json"_s) }), 7);
    // Nothing changed.
    QCOMPARE(exported(), before);
}

void TestServerTriage::importReachesTheRunningServerWithoutRestart()
{
    QJsonObject root = QJsonDocument::fromJson(exported()).object();
    QVERIFY(!root.isEmpty());
    const QString version =
        u"test-reload-"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    root.insert(u"version"_s, version);
    const QString path = m_dir.filePath(u"new.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
    }
    // Another process (the admin command) writes it into the database.
    QByteArray out;
    QCOMPARE(m_server.admin({ u"triage"_s, u"import"_s, path }, {}, &out), 0);
    QVERIFY2(out.contains(version.toUtf8()), out.constData());
    QCOMPARE(QJsonDocument::fromJson(exported()).object().value(u"version"_s).toString(), version);
    // The running server picks it up on its own: the next assessments say so.
    QString seen;
    std::vector<std::unique_ptr<CitizenClient>> citizens;
    QVERIFY(QTest::qWaitFor(
        [&] {
            citizens.push_back(std::make_unique<CitizenClient>());
            const auto opened =
                chatOpens(kDanger + u' ' + QString::number(citizens.size()), *citizens.back());
            if (opened)
                seen = opened->data.value(u"triage"_s).toObject().value(u"version"_s).toString();
            return seen == version;
        },
        15000));
}

QTEST_GUILESS_MAIN(TestServerTriage)
#include "tst_server_triage.moc"
