#include "auditlog.h"

#include "rows.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

// ---- Audit log -----------------------------------------------------------------------------

const QString &AuditLog::auditGenesis()
{
    static const QString genesis(64, u'0');
    return genesis;
}

QString AuditLog::auditHash(const AuditRecord &r)
{
    // Each field length-prefixed, so no two different records serialise alike
    // (a field that swallows its neighbour's text changes a length).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("guichet-audit/1\n");
    const auto field = [&hash](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(":");
        hash.addData(bytes);
        hash.addData("\n");
    };
    field(QString::number(r.id));
    field(QString::number(r.at));
    field(r.actor);
    field(r.role);
    field(r.action);
    field(QString::number(r.conversation));
    field(r.details);
    field(r.prevHash);
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditLog::AuditRecord> AuditLog::appendAudit(const QString &actor, const QString &role,
                                                    const QString &action, qint64 conversation,
                                                    const QJsonObject &details, qint64 at)
{
    Q_ASSERT(m_database.inTransaction());
    AuditRecord r;
    r.at = at;
    r.actor = actor;
    r.role = role;
    r.action = action;
    r.conversation = conversation;
    r.details = toJsonText(details);
    // The record's columns, then what the statement asks after them.
    const auto bind = [&r](Query &q, const auto &...more) {
        q.bindAll(r.id, r.at, r.actor, r.role, r.action, r.conversation, r.details, r.prevHash,
                  r.hash, more...);
    };
    if (m_last) {
        // One round trip instead of two: chained to the record this store
        // wrote last, if that is still the last one stored.
        r.id = m_last->first + 1;
        r.prevHash = m_last->second;
        r.hash = auditHash(r);
        Query q = prepared(
            u"INSERT INTO audit_log (id, at, actor, role, action, conversation, details, "
            "prev_hash, hash) SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT), "
            "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS TEXT), "
            "CAST(? AS TEXT), CAST(? AS TEXT) "
            "WHERE EXISTS (SELECT 1 FROM audit_log WHERE id = ? AND hash = ?) "
            "AND NOT EXISTS (SELECT 1 FROM audit_log WHERE id > ?)"_s);
        bind(q, m_last->first, m_last->second, m_last->first);
        if (!q.exec())
            return errorOf(q);
        if (q.numRowsAffected() == 1) {
            m_last = { r.id, r.hash };
            return r;
        }
    }
    {
        Query last = prepared(u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
        if (!last.exec())
            return errorOf(last);
        if (last.next()) {
            r.id = last.value(0).toLongLong() + 1;
            r.prevHash = last.value(1).toString();
        } else {
            r.id = 1;
            r.prevHash = auditGenesis();
        }
    }
    r.hash = auditHash(r);
    Query q = prepared(u"INSERT INTO audit_log (id, at, actor, role, action, conversation, "
                       "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bind(q);
    if (auto done = exec(q); !done)
        return done.error();
    m_last = { r.id, r.hash };
    return r;
}

Result<QList<AuditLog::AuditRecord>> AuditLog::auditRecords(qint64 afterId, int limit)
{
    Query q = prepared(u"SELECT id, at, actor, role, action, conversation, details, prev_hash, "
                       "hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"_s);
    q.bindAll(afterId, limit);
    if (!q.exec())
        return errorOf(q);
    QList<AuditRecord> records;
    while (q.next()) {
        records.append(
            AuditRecord { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                          q.value(6).toString(), q.value(7).toString(), q.value(8).toString() });
    }
    return records;
}

// ---- Supervisors' figures and report -------------------------------------------------------
// Every figure is one aggregate over an index (conversations_by_state for the
// queue, conversations_by_opened / _by_closed and surveys_by_at for the day):
// nothing is read row by row into the server. Parameters inside expressions
// carry a cast: PostgreSQL cannot infer their type there.

} // namespace Guichet::Server
