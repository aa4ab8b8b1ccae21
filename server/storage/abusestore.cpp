#include "abusestore.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

Result<bool> AbuseStore::markOnce(const QString &key, qint64 at)
{
    Query q =
        prepared(u"INSERT INTO once_marks (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s);
    q.bindAll(key, at);
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() == 1;
}

Result<void> AbuseStore::silenceSender(const QString &sender, qint64 until)
{
    Query q = prepared(u"INSERT INTO silenced_senders (sender, until_at) VALUES (?, ?) "
                       "ON CONFLICT (sender) DO UPDATE SET until_at = excluded.until_at"_s);
    q.bindAll(sender, until);
    return exec(q);
}

qint64 AbuseStore::silencedUntil(const QString &sender)
{
    Query q = prepared(u"SELECT until_at FROM silenced_senders WHERE sender = ?"_s);
    q.bindValue(0, sender);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace Guichet::Server
