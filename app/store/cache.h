#pragma once

#include "keyvault.h"
#include "store.h"

namespace Guichet {

//! The agent's encrypted cache on disk: the SQLCipher file and its key file,
//! created, opened, re-keyed and wiped together. One cache per agent and server,
//! in a folder only the agent's OS account can read.
class Cache
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::Cache)

public:
    struct CreateOptions
    {
        //! Keychain first; when no keychain answers, the passphrase path is taken
        //! if a passphrase is given, else creation fails with KeyUnavailable.
        KeyVault::Method method = KeyVault::Method::Keychain;
        QString passphrase;
        //! The agent's password: it wraps the key the keychain holds.
        QString password;
        KdfCost cost = KdfCost::moderate(); //!< the passphrase's derivation
        //! The password's derivation, at every unlock and guichet-cli call: kept
        //! "interactive" so that neither waits (DESIGN: the CLI answers at once).
        KdfCost keychainCost = KdfCost::interactive();
    };
    //! The setting that holds the Argon2id verifier of the agent's password.
    static QString passwordVerifierKey();

    static QString keyFilePath(const QString &databasePath);
    //! Where the cache of @p login on @p server lives by default (under the
    //! user's data folder).
    static QString defaultPath(const QString &server, const QString &login);
    //! Whether a cache database is there (a key file alone is the leftover of a
    //! creation that did not finish: create() clears it).
    static bool exists(const QString &databasePath);

    //! Create a new cache. @p usedMethod tells which key path was taken. Crash-safe:
    //! the database is made under a temporary name, its key stored (key file written
    //! atomically), and only then renamed into place, so a crash at any point
    //! leaves either no cache or one that opens.
    static Result<std::unique_ptr<Store>> create(const QString &databasePath,
                                                 const CreateOptions &options,
                                                 KeyVault::Method *usedMethod = nullptr);
    //! Open an existing cache with its agent's secret: the passphrase, or the
    //! agent's password for a keychain cache. A wrong secret is WrongKey and
    //! changes nothing on disk. A legacy keychain cache (bare key) opens when the
    //! password matches its verifier, and is wrapped under it then.
    static Result<std::unique_ptr<Store>> open(const QString &databasePath,
                                               const QString &secret = {},
                                               int targetVersion = Store::kSchemaVersion);
    //! Destroy the cache: its key first (keychain entry and key file), then the
    //! database files. Without the key the files are unreadable even if a copy
    //! survives on the disk.
    static Result<void> wipe(const QString &databasePath);
};

} // namespace Guichet
