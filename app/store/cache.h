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
        KdfCost cost = KdfCost::moderate();
    };

    static QString keyFilePath(const QString &databasePath);
    //! Where the cache of @p login on @p server lives by default (under the
    //! user's data folder).
    static QString defaultPath(const QString &server, const QString &login);
    static bool exists(const QString &databasePath);

    //! Create a new cache. @p usedMethod tells which key path was taken.
    static Result<std::unique_ptr<Store>> create(const QString &databasePath,
                                                 const CreateOptions &options,
                                                 KeyVault::Method *usedMethod = nullptr);
    //! Open an existing cache (the passphrase is ignored for keychain caches).
    //! A wrong passphrase or key is an error and changes nothing on disk.
    static Result<std::unique_ptr<Store>> open(const QString &databasePath,
                                               const QString &passphrase = {},
                                               int targetVersion = Store::kSchemaVersion);
    //! Destroy the cache: its key first (keychain entry and key file), then the
    //! database files. Without the key the files are unreadable even if a copy
    //! survives on the disk.
    static Result<void> wipe(const QString &databasePath);
};

} // namespace Guichet
