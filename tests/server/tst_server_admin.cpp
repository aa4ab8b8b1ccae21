// guichet-server admin …, run against the storage of a live server, which
// notices every change at once (SQLite and PostgreSQL).
#include "frameclients.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Protocol;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"a long enough password"_s;

QJsonObject findAgent(const QByteArray &listJson, const QString &login)
{
    for (const QJsonValue &value : QJsonDocument::fromJson(listJson).array()) {
        if (value.toObject().value(u"login"_s).toString() == login)
            return value.toObject();
    }
    return {};
}

QByteArray entryLine(const QString &id, const QString &lang, const QString &question)
{
    return QJsonDocument(
               QJsonObject { { u"id"_s, id },
                             { u"lang"_s, lang },
                             { u"question"_s, question },
                             { u"answer"_s, QString(u"Réponse à « "_s + question + u" »."_s) },
                             { u"keywords"_s, QJsonArray { u"mot"_s } },
                             { u"links"_s, QJsonArray { u"https://www.service-public.fr"_s } } })
               .toJson(QJsonDocument::Compact)
        + '\n';
}

} // namespace

class TestServerAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addAgentChecksItsInput();
    void listAndSet();
    void passwordResetRevokesSessions();
    void faqImportIsAllOrNothingAndReachesAgents();
    void remoteWipe();

private:
    ServerProcess m_server;
};

void TestServerAdmin::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestServerAdmin::addAgentChecksItsInput()
{
    QCOMPARE(m_server.admin({ u"agent"_s, u"add"_s, u"short"_s, u"--name"_s, u"S"_s, u"--role"_s,
                              u"gendarme"_s },
                            "tooshort\n"),
             2);
    QCOMPARE(m_server.admin({ u"agent"_s, u"add"_s, u"Bad Login"_s, u"--name"_s, u"B"_s,
                              u"--role"_s, u"gendarme"_s },
                            kPassword.toUtf8() + '\n'),
             2);
    QCOMPARE(m_server.admin({ u"agent"_s, u"add"_s, u"res"_s, u"--name"_s, u"R"_s, u"--role"_s,
                              u"reservist"_s },
                            kPassword.toUtf8() + '\n'),
             2); // a reservist needs --expires
    QCOMPARE(m_server.admin(
                 { u"agent"_s, u"add"_s, u"x1"_s, u"--name"_s, u"X"_s, u"--role"_s, u"admiral"_s },
                 kPassword.toUtf8() + '\n'),
             2);
    QVERIFY(m_server.addAgent(u"marie"_s, kPassword));
    QCOMPARE(m_server.admin({ u"agent"_s, u"add"_s, u"marie"_s, u"--name"_s, u"M"_s, u"--role"_s,
                              u"gendarme"_s },
                            kPassword.toUtf8() + '\n'),
             1); // already exists
    AgentClient client;
    QVERIFY(client.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"marie"_s, kPassword));
}

void TestServerAdmin::listAndSet()
{
    QVERIFY(m_server.addAgent(u"paul"_s, kPassword));
    QCOMPARE(m_server.admin({ u"agent"_s, u"set"_s, u"paul"_s, u"--role"_s, u"supervisor"_s,
                              u"--languages"_s, u"fr,de"_s, u"--capacity"_s, u"3"_s, u"--team"_s,
                              u"rennes-2"_s }),
             0);
    QByteArray list;
    QCOMPARE(m_server.admin({ u"agent"_s, u"list"_s, u"--json"_s }, {}, &list), 0);
    const QJsonObject paul = findAgent(list, u"paul"_s);
    QCOMPARE(paul.value(u"role"_s).toString(), u"supervisor"_s);
    QCOMPARE(paul.value(u"languages"_s).toArray(), (QJsonArray { u"fr"_s, u"de"_s }));
    QCOMPARE(paul.value(u"capacity"_s).toInt(), 3);
    QCOMPARE(paul.value(u"team"_s).toString(), u"rennes-2"_s);
    QVERIFY(!list.contains("password"));
    QVERIFY(!list.contains("$argon2id"));
    QCOMPARE(m_server.admin({ u"agent"_s, u"set"_s, u"nobody"_s, u"--capacity"_s, u"3"_s }), 7);
    // The welcome reflects the change.
    AgentClient client;
    const auto welcome = client.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"paul"_s, kPassword);
    QVERIFY(welcome);
    QCOMPARE(welcome->agent.role, Role::Supervisor);
    QCOMPARE(welcome->agent.capacity, 3);
}

void TestServerAdmin::passwordResetRevokesSessions()
{
    QVERIFY(m_server.addAgent(u"jeanne"_s, kPassword));
    AgentClient client;
    const auto welcome =
        client.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"jeanne"_s, kPassword);
    QVERIFY(welcome);
    const QString newPassword = u"another long password"_s;
    QCOMPARE(
        m_server.admin({ u"agent"_s, u"password"_s, u"jeanne"_s }, newPassword.toUtf8() + '\n'), 0);
    AgentClient withOld;
    QVERIFY(!withOld.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"jeanne"_s, kPassword));
    AgentClient withToken;
    QVERIFY(withToken.open(m_server.wsUrl(u"/agent"_s)));
    withToken.send(Hello { kVersion, {} });
    QVERIFY(withToken.next<Hello>());
    withToken.send(Login { {}, {}, welcome->token });
    QCOMPARE(withToken.next<ErrorFrame>()->code, ErrorCode::TokenExpired);
    AgentClient withNew;
    QVERIFY(withNew.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"jeanne"_s, newPassword));
}

void TestServerAdmin::faqImportIsAllOrNothingAndReachesAgents()
{
    QVERIFY(m_server.addAgent(u"lecteur"_s, kPassword));
    AgentClient agent;
    QVERIFY(agent.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"lecteur"_s, kPassword));
    agent.syncAll();

    QTemporaryFile bad;
    QVERIFY(bad.open());
    bad.write(entryLine(u"otv"_s, u"fr"_s, u"Qu'est-ce que l'OTV ?"_s));
    bad.write("{\"id\":\"broken\",\"lang\":\"xx\"}\n");
    bad.close();
    QCOMPARE(m_server.admin({ u"faq"_s, u"import"_s, bad.fileName() }), 1);
    QByteArray exported;
    QCOMPARE(m_server.admin({ u"faq"_s, u"export"_s }, {}, &exported), 0);
    QVERIFY(exported.trimmed().isEmpty());

    QTemporaryFile good;
    QVERIFY(good.open());
    const QByteArray content = entryLine(u"otv"_s, u"fr"_s, u"Qu'est-ce que l'OTV ?"_s)
        + entryLine(u"otv"_s, u"en"_s, u"What is the OTV?"_s);
    good.write(content);
    good.close();
    QCOMPARE(m_server.admin({ u"faq"_s, u"import"_s, good.fileName() }), 0);
    const auto updated = agent.nextEvent(EventKind::FaqUpdated, 0, 30000);
    QVERIFY(updated);
    QCOMPARE(updated->data.value(u"entry"_s).toObject().value(u"id"_s).toString(), u"otv"_s);
    QCOMPARE(m_server.admin({ u"faq"_s, u"export"_s }, {}, &exported), 0);
    QCOMPARE(exported.split('\n').size() - 1, 2);
    // Importing the same again changes nothing and sends nothing.
    QCOMPARE(m_server.admin({ u"faq"_s, u"import"_s, good.fileName() }), 0);
    agent.nextEvent(EventKind::FaqUpdated, 0, 500); // the second entry of the first import
    QVERIFY(!agent.nextEvent(EventKind::FaqUpdated, 0, 1000));
}

void TestServerAdmin::remoteWipe()
{
    QVERIFY(m_server.addAgent(u"laptop"_s, kPassword));
    AgentClient client;
    QVERIFY(client.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"laptop"_s, kPassword));
    QCOMPARE(m_server.admin({ u"agent"_s, u"wipe"_s, u"laptop"_s }), 0);
    const auto wipe = client.next<Wipe>(30000);
    QVERIFY(wipe);
    QVERIFY(client.waitClosed(30000));
    // Every later login is answered with the wipe order, until a supervisor clears it.
    AgentClient again;
    QVERIFY(again.open(m_server.wsUrl(u"/agent"_s)));
    again.send(Hello { kVersion, {} });
    QVERIFY(again.next<Hello>());
    again.send(Login { u"laptop"_s, kPassword, {} });
    QVERIFY(again.next<Wipe>(10000));
    QCOMPARE(m_server.admin({ u"agent"_s, u"wipe"_s, u"laptop"_s, u"--clear"_s }), 0);
    AgentClient cleared;
    QVERIFY(cleared.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"laptop"_s, kPassword));
}

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_server_admin.moc"
