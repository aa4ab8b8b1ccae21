#include "cache.h"

#include "storelogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

const QStringList kDatabaseSuffixes = { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s };

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

bool Cache::exists(const QString &databasePath)
{
    return QFile::exists(databasePath) || QFile::exists(keyFilePath(databasePath));
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

    const CacheKey key = CacheKey::generate();
    auto db = Database::open(databasePath, { key.bytes(), 0 }, true);
    if (!db) {
        removeDatabaseFiles(databasePath);
        return db.error();
    }
    QFile::setPermissions(databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int cipherMajor = majorVersion(db->cipherVersion());
    auto store = Store::open(std::move(*db));
    if (!store) {
        removeDatabaseFiles(databasePath);
        return store.error();
    }

    KeyVault vault(keyFilePath(databasePath));
    KeyVault::Method method = options.method;
    auto kept = vault.store(key, method, options.passphrase, options.cost, cipherMajor);
    if (!kept && method == KeyVault::Method::Keychain
        && (kept.error().code == ErrorCode::KeyUnavailable
            || kept.error().code == ErrorCode::Timeout)
        && !options.passphrase.isEmpty()) {
        qCInfo(lcStore) << "no keychain, the cache key is wrapped by the passphrase";
        method = KeyVault::Method::Passphrase;
        kept = vault.store(key, method, options.passphrase, options.cost, cipherMajor);
    }
    if (!kept) {
        store->reset();
        removeDatabaseFiles(databasePath);
        return kept.error();
    }
    if (usedMethod)
        *usedMethod = method;
    return std::move(*store);
}

Result<std::unique_ptr<Store>> Cache::open(const QString &databasePath, const QString &passphrase,
                                           int targetVersion)
{
    KeyVault vault(keyFilePath(databasePath));
    if (!QFile::exists(databasePath))
        return makeError(ErrorCode::NotFound, tr("There is no cache here."));
    if (!vault.exists()) {
        return makeError(ErrorCode::KeyUnavailable,
                         tr("The key file of this cache is missing: the cache cannot be opened."));
    }
    auto key = vault.unlock(passphrase);
    if (!key)
        return key.error();
    auto db = Database::open(databasePath, { key->bytes(), vault.cipherMajor() }, false);
    if (!db)
        return db.error();
    return Store::open(std::move(*db), targetVersion);
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
