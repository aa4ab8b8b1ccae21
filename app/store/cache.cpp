#include "cache.h"

#include "storelogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

const QStringList kDatabaseSuffixes = { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s };
// (a creation cut short leaves "<cache>.creating" files: create() clears them)

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : kDatabaseSuffixes)
        QFile::remove(path + suffix);
}

int majorVersion(const QString &cipherVersion)
{
    return cipherVersion.section(u'.', 0, 0).toInt();
}

} // namespace

QString Cache::keyFilePath(const QString &databasePath)
{
    return databasePath + u".key"_s;
}

QString Cache::defaultPath(const QString &server, const QString &login)
{
    // The server part is hashed: a URL is not a safe folder name.
    const QString serverTag = QString::fromLatin1(
        QCryptographicHash::hash(server.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/guichet/caches/"_s;
    return base + serverTag + u'/' + login + u"/cache.db"_s;
}

QString Cache::passwordVerifierKey()
{
    return u"ui/password_verifier"_s;
}

bool Cache::exists(const QString &databasePath)
{
    return QFile::exists(databasePath);
}

Result<std::unique_ptr<Store>> Cache::create(const QString &databasePath,
                                             const CreateOptions &options,
                                             KeyVault::Method *usedMethod)
{
    if (exists(databasePath))
        return makeError(ErrorCode::InvalidState, tr("A cache already exists here."));

    // The folder is the agent's alone: on a shared workstation no other account
    // can list or copy another agent's cache.
    const QFileInfo info(databasePath);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::StorageError, tr("Cannot create the cache folder."));
    QFile::setPermissions(info.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // A key file without its database: a creation cut short. Nothing to lose.
    const QString keyFile = keyFilePath(databasePath);
    if (QFile::exists(keyFile)) {
        qCInfo(lcStore) << "removing the key of a cache whose creation did not finish";
        (void)KeyVault(keyFile).destroy();
    }
    const QString building = databasePath + u".creating"_s;
    removeDatabaseFiles(building);

    const CacheKey key = CacheKey::generate();
    int cipherMajor = 0;
    {
        auto db = Database::open(building, { key.bytes(), 0 }, true);
        if (!db) {
            removeDatabaseFiles(building);
            return db.error();
        }
        QFile::setPermissions(building, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        cipherMajor = majorVersion(db->cipherVersion());
        auto store = Store::open(std::move(*db));
        if (!store) {
            removeDatabaseFiles(building);
            return store.error();
        }
    } // closed: the temporary database is complete and has no WAL left

    KeyVault vault(keyFile);
    KeyVault::Method method = options.method;
    const auto keep = [&](KeyVault::Method m) {
        return m == KeyVault::Method::Keychain
            ? vault.store(key, m, options.password, options.keychainCost, cipherMajor)
            : vault.store(key, m, options.passphrase, options.cost, cipherMajor);
    };
    auto kept = keep(method);
    if (!kept && method == KeyVault::Method::Keychain
        && (kept.error().code == ErrorCode::KeyUnavailable
            || kept.error().code == ErrorCode::Timeout || options.password.isEmpty())
        && !options.passphrase.isEmpty()) {
        qCInfo(lcStore) << "no keychain, the cache key is wrapped by the passphrase";
        method = KeyVault::Method::Passphrase;
        kept = keep(method);
    }
    if (!kept) {
        removeDatabaseFiles(building);
        QFile::remove(keyFile);
        return kept.error();
    }
    // The key is safe: only now does the database take its name.
    if (!QFile::rename(building, databasePath)) {
        (void)vault.destroy();
        removeDatabaseFiles(building);
        return makeError(ErrorCode::StorageError, tr("Cannot put the new cache in place."));
    }
    removeDatabaseFiles(building);
    auto db = Database::open(databasePath, { key.bytes(), cipherMajor }, false);
    if (!db)
        return db.error();
    auto store = Store::open(std::move(*db));
    if (!store)
        return store.error();
    if (usedMethod)
        *usedMethod = method;
    return std::move(*store);
}

Result<std::unique_ptr<Store>> Cache::open(const QString &databasePath, const QString &secret,
                                           int targetVersion)
{
    KeyVault vault(keyFilePath(databasePath));
    if (!QFile::exists(databasePath))
        return makeError(ErrorCode::NotFound, tr("There is no cache here."));
    if (!vault.exists()) {
        return makeError(ErrorCode::KeyUnavailable,
                         tr("The key file of this cache is missing: the cache cannot be opened."));
    }
    auto key = vault.unlock(secret);
    if (!key)
        return key.error();
    auto db = Database::open(databasePath, { key->bytes(), vault.cipherMajor() }, false);
    if (!db)
        return db.error();
    auto store = Store::open(std::move(*db), targetVersion);
    if (!store || !vault.isLegacyKeychain())
        return store;
    // A bare key in the keychain opened it: that alone must not be enough. The
    // agent's password, checked against the cache's verifier, then wraps the key.
    if (secret.isEmpty())
        return makeError(ErrorCode::WrongKey, tr("This cache opens with its agent's password."));
    const QByteArray verifier = (*store)->setting(passwordVerifierKey()).value_or(QByteArray());
    const QByteArray utf8 = secret.toUtf8();
    if (!verifier.isEmpty()
        && crypto_pwhash_str_verify(verifier.constData(), utf8.constData(), quint64(utf8.size()))
            != 0)
        return makeError(ErrorCode::WrongKey, tr("Wrong password."));
    if (auto wrapped = vault.wrapLegacyKeychain(*key, secret, KdfCost::interactive()); !wrapped)
        qCWarning(lcStore) << "the cache key could not be wrapped:" << wrapped.error().message;
    return store;
}

Result<void> Cache::wipe(const QString &databasePath)
{
    KeyVault vault(keyFilePath(databasePath));
    auto destroyed = vault.destroy();
    removeDatabaseFiles(databasePath);
    for (const QString &suffix : kDatabaseSuffixes) {
        if (QFile::exists(databasePath + suffix))
            return makeError(ErrorCode::StorageError, tr("Cannot delete the cache files."));
    }
    return destroyed;
}

} // namespace Guichet
