#pragma once

#include "protocol/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Guichet {

//! The 256-bit key of a cache. Wiped from memory when destroyed.
class CacheKey
{
public:
    CacheKey() = default;
    explicit CacheKey(QByteArray bytes);
    ~CacheKey();
    CacheKey(const CacheKey &other) = default;
    CacheKey &operator=(const CacheKey &other) = default;
    CacheKey(CacheKey &&other) noexcept = default;
    CacheKey &operator=(CacheKey &&other) noexcept = default;

    //! A new random key from the system's CSPRNG (libsodium).
    static CacheKey generate();
    const QByteArray &bytes() const { return m_bytes; }
    bool isValid() const { return m_bytes.size() == 32; }

private:
    QByteArray m_bytes;
};

//! Cost of the Argon2id derivation of a passphrase. Stored in the key file, so a
//! cache made with one cost opens whatever the current default is.
struct KdfCost
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    //! libsodium's "moderate" (256 MiB, ~0.5 s here): the default for workstations.
    static KdfCost moderate();
    //! libsodium's "interactive" (64 MiB, ~0.1 s here): the keychain wrap, derived
    //! at every unlock and every guichet-cli call on a keychain cache.
    static KdfCost interactive();
    //! The smallest allowed cost: for tests only.
    static KdfCost minimum();
};

//! How a cache's key is kept, in a small JSON file next to the cache
//! ("cache.db.key", mode 0600). The key is always wrapped (libsodium secretbox)
//! under a key derived with Argon2id from the agent's own secret, so that nothing
//! else opens it, not even another agent of the same desktop account:
//! - Keychain: the secret is the agent's password; the wrapped key lives in the
//!   OS keychain (QtKeychain, entry named by the file's random cache id), the
//!   derivation's salt and cost in the file. The keychain alone opens nothing.
//! - Passphrase: the secret is a passphrase; the file holds the wrapped key.
//! Keychain caches made before the wrap (a bare key in the keychain) are
//! "legacy": Cache::open checks the password against the cache's verifier and
//! wraps the key then.
class KeyVault
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::KeyVault)

public:
    enum class Method { Keychain, Passphrase };

    explicit KeyVault(QString keyFilePath);

    const QString &path() const { return m_path; }
    bool exists() const;
    //! The method recorded in the key file, if it can be read.
    Result<Method> method() const;
    //! SQLCipher major version the cache was created with (for compatibility).
    int cipherMajor() const;

    //! Store @p key with @p method, wrapped under @p secret (the passphrase, or the
    //! agent's password for Keychain), and write the key file. With Keychain, fails
    //! with KeyUnavailable when no keychain answers (no Secret Service...): the
    //! caller then asks for a passphrase.
    Result<void> store(const CacheKey &key, Method method, const QString &secret,
                       const KdfCost &cost, int cipherMajor);
    //! The key, unwrapped with @p secret (the passphrase, or the agent's password
    //! for a keychain cache). A wrong secret is ErrorCode::WrongKey; a keychain
    //! entry that is gone is KeyUnavailable (never "no key yet": the cache exists).
    //! A legacy keychain cache gives its bare key whatever the secret: see
    //! isLegacyKeychain().
    Result<CacheKey> unlock(const QString &secret = {}) const;
    //! A keychain cache from before the wrap: the keychain holds the bare key.
    bool isLegacyKeychain() const;
    //! Wrap a legacy keychain cache's key under @p password (the keychain entry is
    //! replaced by the wrapped key; the file gets the salt and cost).
    Result<void> wrapLegacyKeychain(const CacheKey &key, const QString &password,
                                    const KdfCost &cost);
    //! Re-wrap the same key under a new passphrase: nothing is re-encrypted.
    Result<void> changePassphrase(const QString &oldPassphrase, const QString &newPassphrase,
                                  const KdfCost &cost);
    //! Move a keychain-held key under @p passphrase: the key file then holds the
    //! same key wrapped, and the keychain entry goes. Nothing is re-encrypted.
    //! @p password opens the keychain's copy. InvalidState when the key is already
    //! under a passphrase.
    Result<void> moveToPassphrase(const QString &password, const QString &passphrase,
                                  const KdfCost &cost);
    //! Remove the key for good: keychain entry and key file.
    Result<void> destroy();

    //! Keychain service name under which keys are stored.
    static QString keychainService();

private:
    QString m_path;
};

namespace Keychain {
//! Synchronous QtKeychain access (a local event loop; the Secret Service
//! answers in milliseconds). Errors: KeyUnavailable when no keychain answers or
//! the entry is missing.
Result<QByteArray> read(const QString &service, const QString &key);
Result<void> write(const QString &service, const QString &key, const QByteArray &secret);
Result<void> remove(const QString &service, const QString &key);
} // namespace Keychain

} // namespace Guichet
