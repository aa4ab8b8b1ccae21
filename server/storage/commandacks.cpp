#include "commandacks.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

// ---- Commands -------------------------------------------------------------------------------

std::optional<std::pair<qint64, QJsonObject>> CommandAcks::commandAck(const QString &id)
{
    Query q = prepared(u"SELECT agent_id, ack FROM commands WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return std::pair { q.value(0).toLongLong(), fromJsonText(q.value(1).toString()) };
}

Result<bool> CommandAcks::storeCommandAck(const QString &id, qint64 agentId, const QJsonObject &ack,
                                          qint64 at)
{
    Query q = prepared(u"INSERT INTO commands (id, agent_id, at, ack) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO NOTHING"_s);
    q.bindAll(id, agentId, at, toJsonText(ack));
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() == 1;
}

} // namespace Guichet::Server
