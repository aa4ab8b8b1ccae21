// The cache's key management, run twice by CTest: with a real Secret Service
// (GUICHET_EXPECT_KEYCHAIN=1, GNOME keyring in a private D-Bus session) and with
// none at all (=0), where the passphrase path must take over.
#include "app/store/cache.h"
#include "storetestutil.h"
#include "tests/testutil.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;

using namespace Guichet::Test;

class TestStoreCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keychainPath();
    void keychainEntryGoneIsNotANewCache();
    void withoutKeychainAndPassphraseCreationFailsCleanly();
    void passphrasePath();
    void wrongPassphraseTouchesNothing();
    void passphraseChangeReencryptsNothing();
    void keychainKeyMovesUnderAPassphrase();
    void wipeDestroysKeyAndFiles();
    void oneCachePerAgent();
    void twoAgentsOnOneDesktopAccount();
    void legacyKeychainCacheIsWrappedAtItsFirstOpen();
    void creationCutShortLeavesNoUnopenableCache();

private:
    Cache::CreateOptions passphraseOptions(const QString &passphrase) const;
    Cache::CreateOptions keychainOptions(const QString &password) const;
    QString path(const QString &name = u"agent/cache.db"_s) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_keychain = false;
};

void TestStoreCache::initTestCase()
{
    m_keychain = qEnvironmentVariableIntValue("GUICHET_EXPECT_KEYCHAIN") == 1;
    qInfo() << "keychain expected:" << m_keychain;
}

void TestStoreCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Cache::CreateOptions TestStoreCache::keychainOptions(const QString &password) const
{
    Cache::CreateOptions options;
    options.password = password;
    options.keychainCost = KdfCost::minimum();
    return options;
}

Cache::CreateOptions TestStoreCache::passphraseOptions(const QString &passphrase) const
{
    Cache::CreateOptions options;
    options.method = KeyVault::Method::Passphrase;
    options.passphrase = passphrase;
    options.cost = KdfCost::minimum();
    return options;
}

void TestStoreCache::keychainPath()
{
    if (!m_keychain)
        QSKIP("needs a Secret Service (run as store_cache_keychain)");
    KeyVault::Method used = KeyVault::Method::Passphrase;
    {
        auto store = Cache::create(path(), keychainOptions(u"alice password"_s), &used);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        QCOMPARE(used, KeyVault::Method::Keychain);
        QVERIFY((*store)->saveConversation(sampleConversation(5)));
    }
    // The key file holds no key material in this mode, the keychain no bare key.
    const QJsonObject keyFile =
        QJsonDocument::fromJson(readAll(Cache::keyFilePath(path()))).object();
    QCOMPARE(keyFile.value(u"method"_s).toString(), u"keychain"_s);
    QVERIFY(!keyFile.contains(u"wrappedKey"_s));
    const auto held = Keychain::read(KeyVault::keychainService(),
                                     u"cache-key/"_s + keyFile.value(u"cacheId"_s).toString());
    QVERIFY(held.ok());
    QVERIFY(held->size() != 32);
    // The keychain alone opens nothing: the agent's password is needed.
    QCOMPARE(Cache::open(path()).error().code, ErrorCode::WrongKey);
    QCOMPARE(Cache::open(path(), u"not the password"_s).error().code, ErrorCode::WrongKey);
    auto reopened = Cache::open(path(), u"alice password"_s);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
    QVERIFY((*reopened)->conversation(5));
}

void TestStoreCache::keychainEntryGoneIsNotANewCache()
{
    if (!m_keychain)
        QSKIP("needs a Secret Service (run as store_cache_keychain)");
    {
        auto store = Cache::create(path(), keychainOptions(u"pw"_s));
        QVERIFY(store.ok());
        QVERIFY((*store)->saveConversation(sampleConversation(5)));
    }
    const QByteArray before = readAll(path());
    const QJsonObject keyFile =
        QJsonDocument::fromJson(readAll(Cache::keyFilePath(path()))).object();
    QVERIFY(Keychain::remove(KeyVault::keychainService(),
                             u"cache-key/"_s + keyFile.value(u"cacheId"_s).toString()));
    auto refused = Cache::open(path(), u"pw"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::KeyUnavailable);
    QCOMPARE(readAll(path()), before);
    QVERIFY(Cache::exists(path()));
}

void TestStoreCache::withoutKeychainAndPassphraseCreationFailsCleanly()
{
    if (m_keychain)
        QSKIP("runs where no keychain answers (store_cache_no_keychain)");
    auto store = Cache::create(path(), keychainOptions(u"pw"_s));
    QVERIFY(!store.ok());
    QVERIFY(store.error().code == ErrorCode::KeyUnavailable
            || store.error().code == ErrorCode::Timeout);
    QVERIFY(!Cache::exists(path()));
    QVERIFY(!QFile::exists(path() + u"-wal"_s));

    // With a passphrase at hand, the keychain preference falls back to it.
    Cache::CreateOptions options;
    options.passphrase = u"correct horse battery staple"_s;
    options.cost = KdfCost::minimum();
    KeyVault::Method used = KeyVault::Method::Keychain;
    auto fallback = Cache::create(path(), options, &used);
    QVERIFY2(fallback.ok(), qPrintable(fallback.ok() ? QString() : fallback.error().toString()));
    QCOMPARE(used, KeyVault::Method::Passphrase);
}

void TestStoreCache::passphrasePath()
{
    {
        auto store = Cache::create(path(), passphraseOptions(u"ma phrase secrète"_s));
        QVERIFY(store.ok());
        QVERIFY((*store)->saveConversation(sampleConversation(9)));
    }
    const QJsonObject keyFile =
        QJsonDocument::fromJson(readAll(Cache::keyFilePath(path()))).object();
    QCOMPARE(keyFile.value(u"method"_s).toString(), u"passphrase"_s);
    QCOMPARE(keyFile.value(u"kdf"_s).toString(), u"argon2id13"_s);
    QCOMPARE(QFileInfo(Cache::keyFilePath(path())).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    auto reopened = Cache::open(path(), u"ma phrase secrète"_s);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
    QVERIFY((*reopened)->conversation(9));
}

void TestStoreCache::wrongPassphraseTouchesNothing()
{
    {
        auto store = Cache::create(path(), passphraseOptions(u"right"_s));
        QVERIFY(store.ok());
        QVERIFY((*store)->saveConversation(sampleConversation(9)));
    }
    const QByteArray database = readAll(path());
    const QByteArray keyFile = readAll(Cache::keyFilePath(path()));
    for (const QString &attempt : { u"wrong"_s, u""_s, u"Right"_s, u"right "_s }) {
        auto refused = Cache::open(path(), attempt);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::WrongKey);
        QCOMPARE(refused.error().message, u"Wrong passphrase."_s);
    }
    QCOMPARE(readAll(path()), database);
    QCOMPARE(readAll(Cache::keyFilePath(path())), keyFile);
    QVERIFY(Cache::open(path(), u"right"_s).ok());
}

void TestStoreCache::passphraseChangeReencryptsNothing()
{
    {
        auto store = Cache::create(path(), passphraseOptions(u"old one"_s));
        QVERIFY(store.ok());
        QVERIFY((*store)->saveConversation(sampleConversation(9)));
        QVERIFY((*store)->database().exec("PRAGMA wal_checkpoint(TRUNCATE);"));
    }
    const QByteArray database = readAll(path());
    KeyVault vault(Cache::keyFilePath(path()));
    const QByteArray keyFile = readAll(Cache::keyFilePath(path()));
    auto wrongOld = vault.changePassphrase(u"not it"_s, u"new one"_s, KdfCost::minimum());
    QCOMPARE(wrongOld.error().code, ErrorCode::WrongKey);
    QCOMPARE(readAll(Cache::keyFilePath(path())), keyFile); // a wrong old one touches nothing
    QCOMPARE(vault.changePassphrase(u"old one"_s, QString(), KdfCost::minimum()).error().code,
             ErrorCode::InvalidValue);
    // Already under a passphrase: there is no keychain key to move.
    QCOMPARE(vault.moveToPassphrase(QString(), u"new one"_s, KdfCost::minimum()).error().code,
             ErrorCode::InvalidState);
    QCOMPARE(readAll(Cache::keyFilePath(path())), keyFile);
    QVERIFY(vault.changePassphrase(u"old one"_s, u"new one"_s, KdfCost::minimum()));
    QCOMPARE(readAll(path()), database); // the database file was not rewritten
    QCOMPARE(Cache::open(path(), u"old one"_s).error().code, ErrorCode::WrongKey);
    auto reopened = Cache::open(path(), u"new one"_s);
    QVERIFY(reopened.ok());
    QVERIFY((*reopened)->conversation(9));
}

void TestStoreCache::keychainKeyMovesUnderAPassphrase()
{
    if (!m_keychain)
        QSKIP("needs a Secret Service (run as store_cache_keychain)");
    {
        auto store = Cache::create(path(), keychainOptions(u"pw"_s));
        QVERIFY(store.ok());
        QVERIFY((*store)->saveConversation(sampleConversation(9)));
        QVERIFY((*store)->database().exec("PRAGMA wal_checkpoint(TRUNCATE);"));
    }
    const QByteArray database = readAll(path());
    const QString entry = u"cache-key/"_s
        + QJsonDocument::fromJson(readAll(Cache::keyFilePath(path())))
              .object()
              .value(u"cacheId"_s)
              .toString();
    const auto before = Keychain::read(KeyVault::keychainService(), entry);
    QVERIFY(before.ok());
    KeyVault vault(Cache::keyFilePath(path()));
    // A keychain key has no passphrase to change.
    QCOMPARE(vault.changePassphrase(u"x"_s, u"y"_s, KdfCost::minimum()).error().code,
             ErrorCode::InvalidState);
    QCOMPARE(vault.moveToPassphrase(u"pw"_s, QString(), KdfCost::minimum()).error().code,
             ErrorCode::InvalidValue);
    QCOMPARE(vault.moveToPassphrase(u"not pw"_s, u"p"_s, KdfCost::minimum()).error().code,
             ErrorCode::WrongKey);
    QCOMPARE(*vault.method(), KeyVault::Method::Keychain);
    const QByteArray key = vault.unlock(u"pw"_s)->bytes();

    QVERIFY(vault.moveToPassphrase(u"pw"_s, u"now a passphrase"_s, KdfCost::minimum()));
    QCOMPARE(*vault.method(), KeyVault::Method::Passphrase);
    QCOMPARE(readAll(path()), database); // same key: nothing re-encrypted
    QCOMPARE(vault.unlock(u"now a passphrase"_s)->bytes(), key);
    QCOMPARE(Keychain::read(KeyVault::keychainService(), entry).error().code,
             ErrorCode::KeyUnavailable);
    QCOMPARE(Cache::open(path()).error().code, ErrorCode::WrongKey);
    auto reopened = Cache::open(path(), u"now a passphrase"_s);
    QVERIFY(reopened.ok());
    QVERIFY((*reopened)->conversation(9));
}

void TestStoreCache::wipeDestroysKeyAndFiles()
{
    {
        auto store =
            Cache::create(path(), m_keychain ? keychainOptions(u"p"_s) : passphraseOptions(u"p"_s));
        QVERIFY(store.ok());
        QVERIFY((*store)->saveConversation(sampleConversation(9)));
    }
    const QJsonObject keyFile =
        QJsonDocument::fromJson(readAll(Cache::keyFilePath(path()))).object();
    QVERIFY(Cache::wipe(path()));
    QVERIFY(!Cache::exists(path()));
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u".key"_s })
        QVERIFY2(!QFile::exists(path() + suffix), qPrintable(suffix));
    if (m_keychain) {
        const auto gone = Keychain::read(KeyVault::keychainService(),
                                         u"cache-key/"_s + keyFile.value(u"cacheId"_s).toString());
        QCOMPARE(gone.error().code, ErrorCode::KeyUnavailable);
    }
}

void TestStoreCache::oneCachePerAgent()
{
    const QString a = path(u"srv/alice/cache.db"_s);
    const QString b = path(u"srv/bob/cache.db"_s);
    QVERIFY(Cache::create(a, passphraseOptions(u"alice pass"_s)).ok());
    QVERIFY(Cache::create(b, passphraseOptions(u"bob pass"_s)).ok());
    QCOMPARE(QFileInfo(QFileInfo(a).absolutePath()).permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QCOMPARE(Cache::open(a, u"bob pass"_s).error().code, ErrorCode::WrongKey);
    // Bob's key cannot open Alice's database either.
    KeyVault bobVault(Cache::keyFilePath(b));
    auto bobKey = bobVault.unlock(u"bob pass"_s);
    QVERIFY(bobKey.ok());
    QCOMPARE(Database::open(a, { bobKey->bytes(), 0 }, false).error().code, ErrorCode::WrongKey);
    QVERIFY(Cache::defaultPath(u"https://guichet.example"_s, u"alice"_s)
                .endsWith(u"/alice/cache.db"_s));
    QVERIFY(Cache::defaultPath(u"https://a"_s, u"x"_s)
            != Cache::defaultPath(u"https://b"_s, u"x"_s));
}

void TestStoreCache::twoAgentsOnOneDesktopAccount()
{
    if (!m_keychain)
        QSKIP("needs a Secret Service (run as store_cache_keychain)");
    // One desktop session, one keychain, two agents: each cache opens with its
    // agent's password only.
    const QString alice = path(u"srv/alice/cache.db"_s);
    const QString bob = path(u"srv/bob/cache.db"_s);
    {
        auto a = Cache::create(alice, keychainOptions(u"alice's password"_s));
        QVERIFY(a.ok());
        QVERIFY((*a)->saveConversation(sampleConversation(1)));
        auto b = Cache::create(bob, keychainOptions(u"bob's password"_s));
        QVERIFY(b.ok());
        QVERIFY((*b)->saveConversation(sampleConversation(2)));
    }
    QCOMPARE(Cache::open(alice).error().code, ErrorCode::WrongKey);
    QCOMPARE(Cache::open(alice, u"bob's password"_s).error().code, ErrorCode::WrongKey);
    QCOMPARE(Cache::open(bob, u"alice's password"_s).error().code, ErrorCode::WrongKey);
    auto a = Cache::open(alice, u"alice's password"_s);
    QVERIFY(a.ok());
    QVERIFY((*a)->conversation(1));
    QVERIFY(!(*a)->conversation(2));
    auto b = Cache::open(bob, u"bob's password"_s);
    QVERIFY(b.ok());
    QVERIFY((*b)->conversation(2));
}

void TestStoreCache::legacyKeychainCacheIsWrappedAtItsFirstOpen()
{
    if (!m_keychain)
        QSKIP("needs a Secret Service (run as store_cache_keychain)");
    {
        auto store = Cache::create(path(), keychainOptions(u"pw"_s));
        QVERIFY(store.ok());
        QVERIFY((*store)->saveConversation(sampleConversation(3)));
    }
    // Made as before the wrap: the bare key in the keychain, no salt in the file.
    KeyVault vault(Cache::keyFilePath(path()));
    const QByteArray key = vault.unlock(u"pw"_s)->bytes();
    QJsonObject file = QJsonDocument::fromJson(readAll(Cache::keyFilePath(path()))).object();
    for (const QString &field :
         { u"keychainWrapped"_s, u"salt"_s, u"nonce"_s, u"kdf"_s, u"opsLimit"_s, u"memLimit"_s })
        file.remove(field);
    QFile out(Cache::keyFilePath(path()));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(file).toJson());
    out.close();
    QVERIFY(Keychain::write(KeyVault::keychainService(),
                            u"cache-key/"_s + file.value(u"cacheId"_s).toString(), key));
    QVERIFY(vault.isLegacyKeychain());

    QCOMPARE(Cache::open(path()).error().code, ErrorCode::WrongKey); // never without a secret
    auto opened = Cache::open(path(), u"pw"_s);
    QVERIFY(opened.ok());
    QVERIFY((*opened)->conversation(3));
    opened->reset();
    QVERIFY(!vault.isLegacyKeychain()); // wrapped now
    QCOMPARE(Cache::open(path(), u"other"_s).error().code, ErrorCode::WrongKey);
    QVERIFY(Cache::open(path(), u"pw"_s).ok());
}

void TestStoreCache::creationCutShortLeavesNoUnopenableCache()
{
    // A crash after the key was kept, before the database took its name: what is
    // left is a key file and a temporary database, never a database without key.
    const Cache::CreateOptions options =
        m_keychain ? keychainOptions(u"pw"_s) : passphraseOptions(u"pp"_s);
    {
        auto store = Cache::create(path(), options);
        QVERIFY(store.ok());
    }
    QVERIFY(QFile::rename(path(), path() + u".creating"_s));
    QVERIFY(!Cache::exists(path())); // the wizard offers to set up again
    auto again = Cache::create(path(), options);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
    QVERIFY((*again)->saveConversation(sampleConversation(4)));
    again->reset();
    QVERIFY(!QFile::exists(path() + u".creating"_s));
    auto reopened = Cache::open(path(), m_keychain ? u"pw"_s : u"pp"_s);
    QVERIFY(reopened.ok());
    QVERIFY((*reopened)->conversation(4));
}

QTEST_GUILESS_MAIN(TestStoreCache)
#include "tst_store_cache.moc"
