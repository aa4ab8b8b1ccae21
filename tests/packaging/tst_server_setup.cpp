// guichet-server as the package sets it up (docs/install.md): secrets read from
// the config's "secretsFile" (the service user's alone, never argv), and the demo
// importing the knowledge base shipped in the binary. The real server as a child process.
#include "serverprocess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Guichet::Test;

class TestServerSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsFileFeedsTheChannels();
    void secretsFileReadableByOthersIsRefused();
    void secretsFileWithABadLineIsRefusedWithoutEchoingIt();
    void demoImportsTheShippedKnowledgeBase();

private:
    //! A secrets file with @p content and @p permissions; its path.
    QString writeSecrets(const QByteArray &content, QFileDevice::Permissions permissions);
    //! GET the Messenger verification handshake with @p token; status and body.
    std::pair<int, QByteArray> verify(const ServerProcess &server, const QString &token);

    QTemporaryDir m_dir;
};

QString TestServerSetup::writeSecrets(const QByteArray &content,
                                      QFileDevice::Permissions permissions)
{
    static int count = 0;
    QFile file(m_dir.filePath(u"secrets-%1"_s.arg(++count)));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    file.close();
    file.setPermissions(permissions);
    return file.fileName();
}

std::pair<int, QByteArray> TestServerSetup::verify(const ServerProcess &server,
                                                   const QString &token)
{
    QUrl url = server.httpUrl(u"/webhooks/messenger"_s);
    url.setQuery(QUrlQuery { { u"hub.mode"_s, u"subscribe"_s },
                             { u"hub.verify_token"_s, token },
                             { u"hub.challenge"_s, u"1158201444"_s } });
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return { 0, {} };
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
}

void TestServerSetup::secretsFileFeedsTheChannels()
{
    const QString path =
        writeSecrets("# Messenger\n\nGUICHET_MESSENGER_VERIFY_TOKEN=\"from the secrets file\"\n"
                     "GUICHET_MESSENGER_APP_SECRET=app-secret\n",
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!path.isEmpty());
    ServerProcess server;
    server.setConfig(QJsonObject { { u"secretsFile"_s, path } });
    QVERIFY(server.start());
    QCOMPARE(verify(server, u"from the secrets file"_s),
             std::make_pair(200, QByteArray("1158201444")));
    QCOMPARE(verify(server, u"guessed"_s).first, 403);
    QVERIFY(!server.output().contains("from the secrets file"));
}

void TestServerSetup::secretsFileReadableByOthersIsRefused()
{
    const QString path =
        writeSecrets("GUICHET_MESSENGER_VERIFY_TOKEN=t\n",
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    ServerProcess server;
    server.setConfig(QJsonObject { { u"secretsFile"_s, path } });
    QVERIFY(!server.start());
    QVERIFY2(server.output().contains("chmod 600"), server.output().constData());
}

void TestServerSetup::secretsFileWithABadLineIsRefusedWithoutEchoingIt()
{
    const QString path = writeSecrets("GUICHET_METRICS_TOKEN=fine\nmessenger secret s3cr3t-value\n",
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ServerProcess server;
    server.setConfig(QJsonObject { { u"secretsFile"_s, path } });
    QVERIFY(!server.start());
    QVERIFY2(server.output().contains("line 2"), server.output().constData());
    QVERIFY(!server.output().contains("s3cr3t-value"));
}

void TestServerSetup::demoImportsTheShippedKnowledgeBase()
{
    QFile shipped(QStringLiteral(GUICHET_SOURCE_DIR "/resources/faq/faq.jsonl"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const qsizetype entries = shipped.readAll().trimmed().split('\n').size();
    QVERIFY(entries > 100);

    ServerProcess server;
    QVERIFY(server.start({ u"--demo"_s, u"--demo-rate"_s, u"0"_s }));
    QByteArray exported;
    QCOMPARE(server.admin({ u"faq"_s, u"export"_s }, {}, &exported), 0);
    QCOMPARE(exported.trimmed().split('\n').size(), entries);
    // A second start finds the base there and imports nothing twice.
    server.stop();
    QVERIFY(server.start({ u"--demo"_s, u"--demo-rate"_s, u"0"_s }));
    QCOMPARE(server.admin({ u"faq"_s, u"export"_s }, {}, &exported), 0);
    QCOMPARE(exported.trimmed().split('\n').size(), entries);
}

QTEST_GUILESS_MAIN(TestServerSetup)
#include "tst_server_setup.moc"
