// The knowledge base's history on the server's storage (issue 15, item 6): the migration
// from the previous schema, on SQLite and PostgreSQL. A process of its own: Qt Sql (to
// write a database as the previous release left it) must not meet SQLCipher.
#include "protocol/faqentry.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

class TestServerFaqHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationFromThePreviousSchema();
};

void TestServerFaqHistory::migrationFromThePreviousSchema()
{
    // A database as the previous release left it: entries without history. Released
    // steps are never edited, so the current schema minus the history's step is that one.
    ServerProcess old;
    QCOMPARE(old.admin({ u"agent"_s, u"list"_s }), 0);
    const QString connection = u"previous-schema"_s;
    {
        QSqlDatabase db;
        if (usePostgres()) {
            const QUrl url(old.database());
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(old.dataDir() + u"/guichet.sqlite"_s);
        }
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        // By its name, not its number: a later merge may renumber it.
        QVERIFY(q.exec(u"DELETE FROM schema_migrations WHERE name = 'knowledge base: every "
                       "version of each entry'"_s));
        QCOMPARE(q.numRowsAffected(), 1);
        for (const QString &sql :
             { u"DROP TABLE faq_versions"_s,
               u"INSERT INTO faq_entries (id, lang, question, answer, keywords, links, version, "
               "updated_at) VALUES ('otv', 'fr', 'Ancienne question ?', 'Ancienne réponse.', "
               "'[\"otv\"]', '[]', 3, 1700000000000)"_s,
               u"INSERT INTO faq_entries (id, lang, question, answer, keywords, links, version, "
               "updated_at) VALUES ('otv', 'en', 'Old question?', 'Old answer.', '[]', '[]', 7, "
               "1700000000001)"_s }) {
            QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    // The next program to open it brings it up to date: each entry its first version.
    QByteArray out;
    QCOMPARE(old.admin({ u"faq"_s, u"history"_s, u"otv"_s, u"--json"_s }, {}, &out), 0);
    const QJsonArray versions = QJsonDocument::fromJson(out).array();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0][u"version"_s].toInteger(), 3);
    QCOMPARE(versions[0][u"lang"_s].toString(), u"fr"_s);
    QCOMPARE(versions[0][u"action"_s].toString(), u"edit"_s);
    QCOMPARE(versions[0][u"by"_s].toString(), QString());
    QCOMPARE(versions[0][u"at"_s].toInteger(), 1700000000000);
    QCOMPARE(versions[0][u"entry"_s][u"keywords"_s].toArray(), QJsonArray { u"otv"_s });
    QCOMPARE(versions[1][u"version"_s].toInteger(), 7);
    // New versions follow the old numbers, and the old text can be brought back.
    const FaqEntry changed {
        u"otv"_s, Language::Fr, u"Nouvelle question ?"_s, u"Nouveau."_s, {}, {}
    };
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QJsonDocument(changed.toJson()).toJson(QJsonDocument::Compact) + '\n');
    file.close();
    QCOMPARE(old.admin({ u"faq"_s, u"import"_s, file.fileName() }), 0);
    QCOMPARE(old.admin({ u"faq"_s, u"revert"_s, u"otv"_s, u"3"_s }), 0);
    QCOMPARE(old.admin({ u"faq"_s, u"history"_s, u"otv"_s, u"--json"_s }, {}, &out), 0);
    const QJsonArray now = QJsonDocument::fromJson(out).array();
    QCOMPARE(now.size(), 4);
    QCOMPARE(now[2][u"version"_s].toInteger(), 8);
    QCOMPARE(now[3][u"version"_s].toInteger(), 9);
    QCOMPARE(now[3][u"entry"_s][u"question"_s].toString(), u"Ancienne question ?"_s);
}

QTEST_GUILESS_MAIN(TestServerFaqHistory)
#include "tst_server_faq_history.moc"
