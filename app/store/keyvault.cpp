#include "keyvault.h"

#include "storelogging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <algorithm>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

constexpr int kKeyFileFormat = 1;
constexpr qint64 kMaxKeyFileBytes = 16 * 1024;

void ensureSodium()
{
    static const bool initialised = sodium_init() >= 0;
    Q_ASSERT(initialised);
}

QByteArray fromBase64(const QJsonObject &object, const QString &key)
{
    return QByteArray::fromBase64(object.value(key).toString().toLatin1());
}

Result<QJsonObject> readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::KeyUnavailable,
                         KeyVault::tr("The key file of this cache cannot be read."));
    const QByteArray bytes = file.read(kMaxKeyFileBytes + 1);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (bytes.size() > kMaxKeyFileBytes || !document.isObject()
        || document.object().value(u"format"_s).toInt() != kKeyFileFormat) {
        return makeError(ErrorCode::StorageCorrupt,
                         KeyVault::tr("The key file of this cache is damaged."));
    }
    return document.object();
}

Result<void> writeKeyFile(const QString &path, const QJsonObject &object)
{
    // QSaveFile: the old file stays whole until the new one is complete, so a
    // crash during a passphrase change never leaves the cache without a key.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageError,
                         KeyVault::tr("Cannot write the key file: %1").arg(file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(
            ErrorCode::StorageFull,
            KeyVault::tr("Cannot write the key file (disk full?): %1").arg(file.errorString()));
    }
    return {};
}

Result<QByteArray> deriveWrappingKey(const QString &passphrase, const QByteArray &salt,
                                     const KdfCost &cost)
{
    ensureSodium();
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return makeError(ErrorCode::StorageCorrupt,
                         KeyVault::tr("The key file of this cache is damaged."));
    QByteArray derived(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    const QByteArray secret = passphrase.toUtf8();
    const int rc =
        crypto_pwhash(reinterpret_cast<unsigned char *>(derived.data()), quint64(derived.size()),
                      secret.constData(), quint64(secret.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), cost.opsLimit,
                      size_t(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(const_cast<char *>(secret.constData()), size_t(secret.size()));
    if (rc != 0)
        return makeError(ErrorCode::Internal, KeyVault::tr("Not enough memory to derive the key."));
    return derived;
}

QJsonObject wrap(const CacheKey &key, const QString &passphrase, const KdfCost &cost, Error *error)
{
    ensureSodium();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    auto wrappingKey = deriveWrappingKey(passphrase, salt, cost);
    if (!wrappingKey) {
        *error = wrappingKey.error();
        return {};
    }
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray wrapped(crypto_secretbox_MACBYTES + key.bytes().size(), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(wrapped.data()),
                          reinterpret_cast<const unsigned char *>(key.bytes().constData()),
                          quint64(key.bytes().size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(wrappingKey->constData()));
    sodium_memzero(wrappingKey->data(), size_t(wrappingKey->size()));
    return { { u"kdf"_s, u"argon2id13"_s },
             { u"opsLimit"_s, double(cost.opsLimit) },
             { u"memLimit"_s, double(cost.memLimit) },
             { u"salt"_s, QString::fromLatin1(salt.toBase64()) },
             { u"nonce"_s, QString::fromLatin1(nonce.toBase64()) },
             { u"wrappedKey"_s, QString::fromLatin1(wrapped.toBase64()) } };
}

Result<CacheKey> unwrap(const QJsonObject &object, const QString &passphrase)
{
    // toInteger, not a cast of toDouble(): a forged huge or fractional value must not be UB.
    const KdfCost cost { quint64(std::max<qint64>(0, object.value(u"opsLimit"_s).toInteger(0))),
                         quint64(std::max<qint64>(0, object.value(u"memLimit"_s).toInteger(0))) };
    const QByteArray salt = fromBase64(object, u"salt"_s);
    const QByteArray nonce = fromBase64(object, u"nonce"_s);
    const QByteArray wrapped = fromBase64(object, u"wrappedKey"_s);
    // Refuse costs a forged file could use to exhaust memory or time.
    if (cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || cost.opsLimit > 64
        || cost.memLimit < crypto_pwhash_MEMLIMIT_MIN || cost.memLimit > (quint64(4) << 30)
        || nonce.size() != crypto_secretbox_NONCEBYTES
        || wrapped.size() != crypto_secretbox_MACBYTES + 32) {
        return makeError(ErrorCode::StorageCorrupt,
                         KeyVault::tr("The key file of this cache is damaged."));
    }
    auto wrappingKey = deriveWrappingKey(passphrase, salt, cost);
    if (!wrappingKey)
        return wrappingKey.error();
    QByteArray key(32, Qt::Uninitialized);
    const int rc = crypto_secretbox_open_easy(
        reinterpret_cast<unsigned char *>(key.data()),
        reinterpret_cast<const unsigned char *>(wrapped.constData()), quint64(wrapped.size()),
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(wrappingKey->constData()));
    sodium_memzero(wrappingKey->data(), size_t(wrappingKey->size()));
    if (rc != 0)
        return makeError(ErrorCode::WrongKey, KeyVault::tr("Wrong passphrase."));
    return CacheKey(key);
}

} // namespace

// ---- CacheKey --------------------------------------------------------------------

CacheKey::CacheKey(QByteArray bytes)
    : m_bytes(std::move(bytes))
{ }

CacheKey::~CacheKey()
{
    // Only wipe a buffer this object owns alone: a shared QByteArray would be
    // detached (copied) by data() and the copy wiped instead.
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
}

CacheKey CacheKey::generate()
{
    ensureSodium();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return CacheKey(bytes);
}

// ---- KdfCost ---------------------------------------------------------------------

KdfCost KdfCost::moderate()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

KdfCost KdfCost::interactive()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

KdfCost KdfCost::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, 8 * 1024 * 1024 };
}

// ---- KeyVault --------------------------------------------------------------------

KeyVault::KeyVault(QString keyFilePath)
    : m_path(std::move(keyFilePath))
{ }

QString KeyVault::keychainService()
{
    return u"Guichet"_s;
}

bool KeyVault::exists() const
{
    return QFile::exists(m_path);
}

Result<KeyVault::Method> KeyVault::method() const
{
    auto object = readKeyFile(m_path);
    if (!object)
        return object.error();
    const QString method = object->value(u"method"_s).toString();
    if (method == u"keychain"_s)
        return Method::Keychain;
    if (method == u"passphrase"_s)
        return Method::Passphrase;
    return makeError(ErrorCode::StorageCorrupt,
                     KeyVault::tr("The key file of this cache is damaged."));
}

int KeyVault::cipherMajor() const
{
    auto object = readKeyFile(m_path);
    return object ? object->value(u"cipherMajor"_s).toInt() : 0;
}

Result<void> KeyVault::store(const CacheKey &key, Method method, const QString &secret,
                             const KdfCost &cost, int cipherMajor)
{
    QJsonObject object { { u"format"_s, kKeyFileFormat },
                         { u"cipherMajor"_s, cipherMajor },
                         { u"cacheId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) } };
    if (method == Method::Keychain) {
        if (secret.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             KeyVault::tr("The agent's password is needed."));
        Error error;
        QJsonObject wrapped = wrap(key, secret, cost, &error);
        if (wrapped.isEmpty())
            return error;
        // The wrapped key in the keychain, the derivation's parameters in the file:
        // neither opens the cache without the other and the agent's password.
        const QByteArray inKeychain = fromBase64(wrapped, u"wrappedKey"_s);
        wrapped.remove(u"wrappedKey"_s);
        object.insert(u"method"_s, u"keychain"_s);
        object.insert(u"keychainWrapped"_s, true);
        for (auto it = wrapped.begin(); it != wrapped.end(); ++it)
            object.insert(it.key(), it.value());
        const QString entry = u"cache-key/"_s + object.value(u"cacheId"_s).toString();
        if (auto written = Keychain::write(keychainService(), entry, inKeychain); !written)
            return written;
    } else {
        const QString &passphrase = secret;
        if (passphrase.isEmpty())
            return makeError(ErrorCode::InvalidValue, KeyVault::tr("A passphrase is needed."));
        Error error;
        const QJsonObject wrapped = wrap(key, passphrase, cost, &error);
        if (wrapped.isEmpty())
            return error;
        object.insert(u"method"_s, u"passphrase"_s);
        for (auto it = wrapped.begin(); it != wrapped.end(); ++it)
            object.insert(it.key(), it.value());
    }
    return writeKeyFile(m_path, object);
}

namespace {

Result<CacheKey> unlockKeychain(const QJsonObject &object, const QString &password)
{
    const QString entry = u"cache-key/"_s + object.value(u"cacheId"_s).toString();
    auto held = Keychain::read(KeyVault::keychainService(), entry);
    if (!held)
        return held.error();
    // A bare key (32 bytes) is a legacy entry: Cache::open checks the password
    // and wraps it. Told by its size, not by the file's flag, so that a crash in
    // the middle of wrapLegacyKeychain() leaves a cache that opens.
    if (held->size() == 32)
        return CacheKey(*held);
    if (password.isEmpty())
        return makeError(ErrorCode::WrongKey,
                         KeyVault::tr("This cache opens with its agent's password."));
    QJsonObject wrapped = object;
    wrapped.insert(u"wrappedKey"_s, QString::fromLatin1(held->toBase64()));
    auto key = unwrap(wrapped, password);
    if (!key && key.error().code == ErrorCode::WrongKey)
        return makeError(ErrorCode::WrongKey, KeyVault::tr("Wrong password."));
    return key;
}

} // namespace

bool KeyVault::isLegacyKeychain() const
{
    auto object = readKeyFile(m_path);
    return object && object->value(u"method"_s).toString() == u"keychain"_s
        && !object->value(u"keychainWrapped"_s).toBool();
}

Result<void> KeyVault::wrapLegacyKeychain(const CacheKey &key, const QString &password,
                                          const KdfCost &cost)
{
    auto object = readKeyFile(m_path);
    if (!object)
        return object.error();
    if (!isLegacyKeychain())
        return makeError(ErrorCode::InvalidState, KeyVault::tr("This cache's key is wrapped."));
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidValue, KeyVault::tr("The agent's password is needed."));
    Error error;
    QJsonObject wrapped = wrap(key, password, cost, &error);
    if (wrapped.isEmpty())
        return error;
    const QByteArray inKeychain = fromBase64(wrapped, u"wrappedKey"_s);
    wrapped.remove(u"wrappedKey"_s);
    QJsonObject updated = *object;
    for (auto it = wrapped.begin(); it != wrapped.end(); ++it)
        updated.insert(it.key(), it.value());
    updated.insert(u"keychainWrapped"_s, true);
    // The salt and cost in the file first, then the wrapped key in the keychain,
    // then the flag: every state in between opens (unlock tells a bare key by size).
    const QString entry = u"cache-key/"_s + object->value(u"cacheId"_s).toString();
    QJsonObject withoutFlag = updated;
    withoutFlag.remove(u"keychainWrapped"_s);
    if (auto written = writeKeyFile(m_path, withoutFlag); !written)
        return written;
    if (auto written = Keychain::write(keychainService(), entry, inKeychain); !written)
        return written;
    return writeKeyFile(m_path, updated);
}

Result<CacheKey> KeyVault::unlock(const QString &secret) const
{
    auto object = readKeyFile(m_path);
    if (!object)
        return object.error();
    const QString method = object->value(u"method"_s).toString();
    if (method == u"keychain"_s)
        return unlockKeychain(*object, secret);
    if (method == u"passphrase"_s)
        return unwrap(*object, secret);
    return makeError(ErrorCode::StorageCorrupt,
                     KeyVault::tr("The key file of this cache is damaged."));
}

Result<void> KeyVault::changePassphrase(const QString &oldPassphrase, const QString &newPassphrase,
                                        const KdfCost &cost)
{
    auto object = readKeyFile(m_path);
    if (!object)
        return object.error();
    if (object->value(u"method"_s).toString() != u"passphrase"_s)
        return makeError(
            ErrorCode::InvalidState,
            KeyVault::tr("This cache's key is in the keychain: it has no passphrase."));
    if (newPassphrase.isEmpty())
        return makeError(ErrorCode::InvalidValue, KeyVault::tr("A passphrase is needed."));
    auto key = unwrap(*object, oldPassphrase);
    if (!key)
        return key.error();
    Error error;
    const QJsonObject wrapped = wrap(*key, newPassphrase, cost, &error);
    if (wrapped.isEmpty())
        return error;
    for (auto it = wrapped.begin(); it != wrapped.end(); ++it)
        object->insert(it.key(), it.value());
    return writeKeyFile(m_path, *object);
}

Result<void> KeyVault::moveToPassphrase(const QString &password, const QString &passphrase,
                                        const KdfCost &cost)
{
    auto object = readKeyFile(m_path);
    if (!object)
        return object.error();
    if (object->value(u"method"_s).toString() != u"keychain"_s)
        return makeError(ErrorCode::InvalidState,
                         KeyVault::tr("This cache's key is already protected by a passphrase."));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidValue, KeyVault::tr("A passphrase is needed."));
    const QString entry = u"cache-key/"_s + object->value(u"cacheId"_s).toString();
    auto key = unlockKeychain(*object, password);
    if (!key)
        return key.error();
    Error error;
    const QJsonObject wrapped = wrap(*key, passphrase, cost, &error);
    if (wrapped.isEmpty())
        return error;
    object->insert(u"method"_s, u"passphrase"_s);
    object->remove(u"keychainWrapped"_s);
    for (auto it = wrapped.begin(); it != wrapped.end(); ++it)
        object->insert(it.key(), it.value());
    if (auto written = writeKeyFile(m_path, *object); !written)
        return written; // the keychain entry still holds the key: nothing is lost
    // Only now that the file holds the wrapped key may the keychain copy go.
    if (auto removed = Keychain::remove(keychainService(), entry); !removed)
        qCWarning(lcStore) << "could not remove the keychain entry:" << removed.error().message;
    return {};
}

Result<void> KeyVault::destroy()
{
    auto object = readKeyFile(m_path);
    if (object && object->value(u"method"_s).toString() == u"keychain"_s) {
        const QString entry = u"cache-key/"_s + object->value(u"cacheId"_s).toString();
        if (auto removed = Keychain::remove(keychainService(), entry); !removed)
            qCWarning(lcStore) << "could not remove the keychain entry:" << removed.error().message;
    }
    if (QFile::exists(m_path)) {
        // Overwrite before unlinking: the wrapped key is the last thing that could
        // open the cache.
        QFile file(m_path);
        if (file.open(QIODevice::ReadWrite)) {
            file.write(QByteArray(file.size(), '\0'));
            file.flush();
            file.close();
        }
        if (!QFile::remove(m_path))
            return makeError(ErrorCode::StorageError, KeyVault::tr("Cannot delete the key file."));
    }
    return {};
}

// ---- Keychain --------------------------------------------------------------------

namespace Keychain {

namespace {

// Run a QtKeychain job to completion. QtKeychain answers asynchronously over
// D-Bus; a local loop keeps the callers simple, with a timeout so a hung
// service is reported instead of waited on.
bool runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

Error unavailable(const QKeychain::Job &job, bool finished)
{
    if (!finished)
        return makeError(ErrorCode::Timeout, KeyVault::tr("The system keychain did not answer."));
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(
            ErrorCode::KeyUnavailable,
            KeyVault::tr("The key of this cache is no longer in the system keychain."));
    return makeError(
        ErrorCode::KeyUnavailable,
        KeyVault::tr("The system keychain is not available: %1").arg(job.errorString()));
}

} // namespace

Result<QByteArray> read(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    const bool finished = runJob(job);
    if (!finished || job.error() != QKeychain::NoError)
        return unavailable(job, finished);
    return job.binaryData();
}

Result<void> write(const QString &service, const QString &key, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setBinaryData(secret);
    const bool finished = runJob(job);
    if (!finished || job.error() != QKeychain::NoError)
        return unavailable(job, finished);
    return {};
}

Result<void> remove(const QString &service, const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    const bool finished = runJob(job);
    if (!finished || (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound))
        return unavailable(job, finished);
    return {};
}

} // namespace Keychain

} // namespace Guichet
