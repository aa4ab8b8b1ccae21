#pragma once

#include "database.h"
#include "records.h"

namespace Guichet::Server {

//! Server-wide settings, key and text value (routing, channels, counters).
class SettingsStore : public SqlStore
{
public:
    using SqlStore::SqlStore;

    std::optional<QString> setting(const QString &key);
    Result<void> setSetting(const QString &key, const QString &value);
};

} // namespace Guichet::Server
