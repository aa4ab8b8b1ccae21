#include "app/store/database.h"
#include "app/store/keyvault.h"
#include "app/store/store.h"
#include "storetestutil.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;

using namespace Guichet::Test;

class TestStoreDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cipherIsReallySqlcipher();
    void rawFileHoldsNoPlaintext();
    void plainFileWouldShowIt();
    void wrongKeyFailsCleanly();
    void pragmasAreApplied();
    void transactionRollsBackUnlessCommitted();
    void fullDiskIsAClearErrorAndLosesNothing();
    void statementsReportErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"cache.db"_s); }
};

void TestStoreDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreDatabase::cipherIsReallySqlcipher()
{
    const CacheKey key = CacheKey::generate();
    auto db = Database::open(path(), { key.bytes(), 0 }, true);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    const QString version = db->cipherVersion();
    QVERIFY2(!version.isEmpty(), "PRAGMA cipher_version returned no row");
    QVERIFY(version.startsWith(u'3') || version.startsWith(u'4'));
}

void TestStoreDatabase::rawFileHoldsNoPlaintext()
{
    const QString marker = u"Gwenaëlle Le Goff-Kerbrat 0612345678"_s;
    const QString secretText = u"mon code de carte est compromis XYZZY-42"_s;
    const CacheKey key = CacheKey::generate();
    {
        auto db = Database::open(path(), { key.bytes(), 0 }, true);
        QVERIFY(db.ok());
        auto store = Store::open(std::move(*db));
        QVERIFY(store.ok());
        QVERIFY((*store)->write([&]() -> Result<void> {
            for (int i = 1; i <= 200; ++i) {
                if (auto r = (*store)->saveConversation(sampleConversation(i, marker)); !r)
                    return r;
                if (auto r = (*store)->saveMessage(sampleMessage(i, secretText)); !r)
                    return r;
            }
            return {};
        }));
        QVERIFY((*store)->setSetting(u"note"_s, secretText.toUtf8()));
        // Check the write-ahead log too, while it still holds the pages.
        const QByteArray wal = readAll(path() + u"-wal"_s);
        QVERIFY(!wal.isEmpty());
        QVERIFY(!wal.contains(marker.toUtf8()));
        QVERIFY(!wal.contains(secretText.toUtf8()));
        QVERIFY(!wal.contains("XYZZY"));
    }
    const QByteArray raw = readAll(path());
    QVERIFY(raw.size() > 4096);
    QVERIFY(!raw.startsWith("SQLite format 3"));
    for (const QString &needle :
         { marker, secretText, u"XYZZY"_s, u"Gwena"_s, u"conversations"_s }) {
        QVERIFY2(!raw.contains(needle.toUtf8()), qPrintable(needle));
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        QVERIFY(!raw.contains(utf16));
    }
}

void TestStoreDatabase::plainFileWouldShowIt()
{
    // The same search on an unencrypted file finds the text: the test above can fail.
    {
        auto db = Database::open(path(), {}, true);
        QVERIFY(db.ok());
        auto store = Store::open(std::move(*db));
        QVERIFY(store.ok());
        QVERIFY((*store)->saveConversation(sampleConversation(1, u"XYZZY-plain"_s)));
    }
    QByteArray raw = readAll(path());
    raw += readAll(path() + u"-wal"_s);
    QVERIFY(raw.contains("XYZZY-plain"));
}

void TestStoreDatabase::wrongKeyFailsCleanly()
{
    const CacheKey key = CacheKey::generate();
    {
        auto db = Database::open(path(), { key.bytes(), 0 }, true);
        QVERIFY(db.ok());
        auto store = Store::open(std::move(*db));
        QVERIFY(store.ok());
        QVERIFY((*store)->saveConversation(sampleConversation(7)));
    }
    const QByteArray before = readAll(path());
    const QDateTime modified = QFileInfo(path()).lastModified();

    const CacheKey wrong = CacheKey::generate();
    auto refused = Database::open(path(), { wrong.bytes(), 0 }, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::WrongKey);
    QVERIFY(refused.error().message.contains(u"wrong key"_s));

    QCOMPARE(readAll(path()), before);
    QCOMPARE(QFileInfo(path()).lastModified(), modified);
    QVERIFY(!QFile::exists(path() + u"-journal"_s));

    auto reopened = Database::open(path(), { key.bytes(), 0 }, false);
    QVERIFY(reopened.ok());
    auto store = Store::open(std::move(*reopened));
    QVERIFY(store.ok());
    QCOMPARE((*store)->conversation(7)->reference, u"BN-7"_s);
}

void TestStoreDatabase::pragmasAreApplied()
{
    auto db = Database::open(path(), { CacheKey::generate().bytes(), 0 }, true);
    QVERIFY(db.ok());
    auto store = Store::open(std::move(*db));
    QVERIFY(store.ok());
    Database &d = (*store)->database();
    QCOMPARE(d.scalar("PRAGMA journal_mode;").value(), u"wal"_s);
    QCOMPARE(d.scalar("PRAGMA secure_delete;").value(), u"1"_s);
    QCOMPARE(d.scalar("PRAGMA foreign_keys;").value(), u"1"_s);
    QCOMPARE(d.scalar("PRAGMA cipher_page_size;").value(), u"4096"_s);
    QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
}

void TestStoreDatabase::transactionRollsBackUnlessCommitted()
{
    auto db = Database::open(path(), { CacheKey::generate().bytes(), 0 }, true);
    QVERIFY(db.ok());
    QVERIFY(db->exec("CREATE TABLE t (x INTEGER);"));
    {
        Transaction transaction(*db);
        QVERIFY(transaction.isActive());
        QVERIFY(db->exec("INSERT INTO t VALUES (1);"));
    } // destroyed without commit
    QCOMPARE(db->scalar("SELECT count(*) FROM t;").value(), u"0"_s);
    {
        Transaction transaction(*db);
        QVERIFY(db->exec("INSERT INTO t VALUES (2);"));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(db->scalar("SELECT count(*) FROM t;").value(), u"1"_s);
}

void TestStoreDatabase::fullDiskIsAClearErrorAndLosesNothing()
{
    auto db = Database::open(path(), { CacheKey::generate().bytes(), 0 }, true);
    QVERIFY(db.ok());
    auto opened = Store::open(std::move(*db));
    QVERIFY(opened.ok());
    auto &store = *opened;
    QVERIFY(store->saveConversation(sampleConversation(1)));
    QVERIFY(store->saveMessage(sampleMessage(1, u"avant"_s)));

    // A disk that fills up, as SQLite sees it: no page can be added any more.
    const int pages = store->database().scalar("PRAGMA page_count;")->toInt();
    const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(pages + 1) + ';';
    QVERIFY(store->database().exec(limit.constData()));

    const QString big(3000, u'x');
    const auto filled = store->write([&]() -> Result<void> {
        for (int i = 0; i < 200; ++i) {
            if (auto r = store->saveMessage(sampleMessage(1, big, 1767200000000 + i)); !r)
                return r;
        }
        return {};
    });
    QVERIFY(!filled.ok());
    QCOMPARE(filled.error().code, ErrorCode::StorageFull);
    // The batch rolled back whole; what was there before is intact.
    QCOMPARE(store->messages(1).size(), 1);
    QCOMPARE(store->messages(1).first().text, u"avant"_s);
    QCOMPARE(store->database().scalar("PRAGMA integrity_check;").value(), u"ok"_s);
}

void TestStoreDatabase::statementsReportErrors()
{
    auto db = Database::open(path(), { CacheKey::generate().bytes(), 0 }, true);
    QVERIFY(db.ok());
    auto bad = db->prepare("SELECT * FROM no_such_table");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::StorageError);
    QVERIFY(bad.error().message.contains(u"no_such_table"_s));
    QVERIFY(db->exec("CREATE TABLE u (x INTEGER PRIMARY KEY);"));
    QVERIFY(db->exec("INSERT INTO u VALUES (1);"));
    auto duplicate = db->prepare("INSERT INTO u VALUES (1)");
    QVERIFY(duplicate.ok());
    const auto result = duplicate->exec();
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(u"UNIQUE"_s));
}

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_store_database.moc"
