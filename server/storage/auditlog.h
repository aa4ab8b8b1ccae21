#pragma once

#include "database.h"
#include "records.h"

#include <QJsonObject>

namespace Guichet::Server {

//! The tamper-evident audit log (docs/supervision.md).
class AuditLog : public SqlStore
{
public:
    using SqlStore::SqlStore;

    //! One record of the tamper-evident audit log. Each carries the hash of the
    //! one before it (the first, auditGenesis()), and its own hash covers every
    //! field, its id and that previous hash.
    struct AuditRecord
    {
        qint64 id = 0;
        qint64 at = 0;
        QString actor; //!< an agent's login, or "admin:<system user>"
        QString role; //!< the actor's role, "admin" for the admin command
        QString action; //!< read, read_refused, reply, transfer, redirect, set_flags, wipe…
        qint64 conversation = 0;
        QString details; //!< compact JSON text, hashed as stored
        QString prevHash;
        QString hash;
    };
    //! The previous hash of the first record.
    static const QString &auditGenesis();
    //! SHA-256 (hex) over a length-prefixed serialisation of every field but the hash.
    static QString auditHash(const AuditRecord &record);
    //! Append a record chained to the last one. Inside a write transaction (the
    //! writers' lock keeps the chain in order across instances), so the record
    //! commits or rolls back with the action it records.
    Result<AuditRecord> appendAudit(const QString &actor, const QString &role,
                                    const QString &action, qint64 conversation,
                                    const QJsonObject &details, qint64 at);
    //! Records after @p afterId, oldest first, at most @p limit.
    Result<QList<AuditRecord>> auditRecords(qint64 afterId, int limit);

private:
    //! The last record this store wrote (id, hash): the next one is chained to
    //! it by a statement that writes nothing unless it is still the last one
    //! stored (another writer, or a rolled-back transaction: read then).
    std::optional<std::pair<qint64, QString>> m_last;
};

} // namespace Guichet::Server
