#include "app/store/keyvault.h"
#include "app/store/migrations.h"
#include "app/store/store.h"
#include "storetestutil.h"
#include "tests/testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;

using namespace Guichet::Test;

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stepsAreNumberedInOrder();
    void fromEveryOlderVersion_data();
    void fromEveryOlderVersion();
    void failingStepRollsBackAndStops();
    void newerSchemaIsRefused();

private:
    Result<Database> openDb() { return Database::open(path(), { m_key.bytes(), 0 }, true); }
    QString path() const { return m_dir->filePath(u"cache.db"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    CacheKey m_key;
};

void TestStoreMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = CacheKey::generate();
}

void TestStoreMigrations::stepsAreNumberedInOrder()
{
    int expected = 1;
    for (const Migration &step : cacheMigrations())
        QCOMPARE(step.version, expected++);
    QCOMPARE(expected - 1, Store::kSchemaVersion);
}

void TestStoreMigrations::fromEveryOlderVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < Store::kSchemaVersion; ++version)
        QTest::addRow("v%d", version) << version;
}

void TestStoreMigrations::fromEveryOlderVersion()
{
    QFETCH(int, from);
    {
        auto db = openDb();
        QVERIFY(db.ok());
        auto store = Store::open(std::move(*db), from);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        QCOMPARE((*store)->schemaVersion(), from);
        if (from >= 1) {
            // Data as a cache at that version would hold it.
            QVERIFY((*store)->saveConversation(sampleConversation(3)));
            QVERIFY((*store)->saveMessage(sampleMessage(3, u"gardé"_s)));
            QVERIFY((*store)->setCursor(1234));
            QVERIFY((*store)->enqueue(u"0f8fad5b-d9cb-469f-a165-70867728950e"_s, "{}", 3, 1).ok());
        }
        if (from >= 2)
            QVERIFY((*store)->saveFaqEntry(
                FaqEntry { u"otv"_s, Language::Fr, u"q"_s, u"a"_s, {}, {} }, 1));
    }
    auto db = Database::open(path(), { m_key.bytes(), 0 }, false);
    QVERIFY(db.ok());
    auto store = Store::open(std::move(*db));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
    if (from >= 1) {
        QCOMPARE((*store)->conversation(3)->reference, u"BN-3"_s);
        QCOMPARE((*store)->messages(3).first().text, u"gardé"_s);
        QCOMPARE((*store)->cursor(), 1234);
        QCOMPARE((*store)->pendingCount(), 1);
    } else {
        QVERIFY((*store)->saveConversation(sampleConversation(3)));
    }
    if (from >= 2)
        QCOMPARE((*store)->faqEntries().size(), 1);
    // What the newest steps added works on the migrated file.
    QVERIFY((*store)->saveDraft(3, u"brouillon"_s, 1));
    QCOMPARE((*store)->draft(3), u"brouillon"_s);
    QCOMPARE((*store)->database().scalar("PRAGMA integrity_check;").value(), u"ok"_s);
}

void TestStoreMigrations::failingStepRollsBackAndStops()
{
    const Migration steps[] = {
        { 1, "good", "CREATE TABLE a (x INTEGER);" },
        { 2, "bad",
          "CREATE TABLE b (x INTEGER); INSERT INTO a VALUES (1); SELECT * FROM nowhere;" },
        { 3, "never", "CREATE TABLE c (x INTEGER);" },
    };
    auto db = openDb();
    QVERIFY(db.ok());
    const auto migrated = migrate(*db, steps, 3);
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error().code, ErrorCode::MigrationFailed);
    QVERIFY(migrated.error().message.contains(u"step 2"_s));
    QCOMPARE(db->userVersion(), 1);
    // Nothing of step 2 remains, and step 3 never ran.
    QCOMPARE(db->scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('b', 'c');").value(),
             u"0"_s);
    QCOMPARE(db->scalar("SELECT count(*) FROM a;").value(), u"0"_s);
}

void TestStoreMigrations::newerSchemaIsRefused()
{
    {
        auto db = openDb();
        QVERIFY(db.ok());
        QVERIFY(db->setUserVersion(Store::kSchemaVersion + 5));
    }
    auto db = Database::open(path(), { m_key.bytes(), 0 }, false);
    QVERIFY(db.ok());
    auto store = Store::open(std::move(*db));
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::MigrationFailed);
    QVERIFY(store.error().message.contains(u"newer"_s));
}

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_store_migrations.moc"
