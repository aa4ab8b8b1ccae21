#pragma once

#include "database.h"
#include "records.h"

#include <QJsonObject>

namespace Guichet::Server {

//! The acknowledgements of agents' commands, kept by command id so that a
//! resend (after an uncertain commit) is answered, not applied twice.
class CommandAcks : public SqlStore
{
public:
    using SqlStore::SqlStore;

    //! The stored acknowledgement of command @p id, and who sent it.
    std::optional<std::pair<qint64, QJsonObject>> commandAck(const QString &id);
    //! Store the acknowledgement of command @p id, unless one is stored
    //! already: false then (a repeat), and nothing written.
    Result<bool> storeCommandAck(const QString &id, qint64 agentId, const QJsonObject &ack,
                                 qint64 at);
};

} // namespace Guichet::Server
