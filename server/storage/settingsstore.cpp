#include "settingsstore.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

std::optional<QString> SettingsStore::setting(const QString &key)
{
    Query q = prepared(u"SELECT value FROM settings WHERE key = ?"_s);
    q.bindValue(0, key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<void> SettingsStore::setSetting(const QString &key, const QString &value)
{
    Query q = prepared(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.bindAll(key, value);
    return exec(q);
}

} // namespace Guichet::Server
