#include "sendqueuestore.h"

#include "rows.h"
#include "server/core/serverlogging.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

namespace {

constexpr const char *kSendColumns =
    "message_id, conversation, channel, kind, state, attempts, next_attempt_at, lease_until, "
    "external_id, last_error, created_at, sent_at";

SendQueueStore::SendRecord readSend(const QSqlQuery &q)
{
    SendQueueStore::SendRecord r;
    r.messageId = q.value(0).toString();
    r.conversation = q.value(1).toLongLong();
    r.channel = enumOr(q.value(2), Channel::Messenger);
    r.kind = q.value(3).toString();
    r.state = q.value(4).toString();
    r.attempts = q.value(5).toInt();
    r.nextAttemptAt = q.value(6).toLongLong();
    r.leaseUntil = q.value(7).toLongLong();
    r.externalId = q.value(8).toString();
    r.lastError = q.value(9).toString();
    r.createdAt = q.value(10).toLongLong();
    r.sentAt = q.value(11).toLongLong();
    return r;
}

} // namespace

Result<void> SendQueueStore::enqueueSend(const SendRecord &r)
{
    Query q =
        prepared(u"INSERT INTO send_queue (message_id, conversation, channel, kind, state, "
                 "attempts, next_attempt_at, lease_until, external_id, last_error, created_at, "
                 "sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, 0) "
                 "ON CONFLICT (message_id) DO UPDATE SET state = excluded.state, "
                 "attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at, "
                 "lease_until = excluded.lease_until, last_error = '', kind = excluded.kind"_s);
    q.bindAll(r.messageId, r.conversation, wireName(r.channel), r.kind, r.state, r.attempts,
              r.nextAttemptAt, r.leaseUntil, r.createdAt);
    return exec(q);
}

QList<SendQueueStore::SendRecord> SendQueueStore::dueSends(qint64 now, int limit)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kSendColumns)
                       + u" FROM send_queue WHERE state IN ('pending', 'sending') "
                         "AND next_attempt_at <= ? AND lease_until <= ? "
                         "ORDER BY next_attempt_at, created_at LIMIT ?"_s);
    q.bindAll(now, now, limit);
    return readRows(q, readSend);
}

Result<bool> SendQueueStore::leaseSend(const QString &messageId, qint64 now, qint64 until)
{
    Query q = prepared(u"UPDATE send_queue SET state = 'sending', lease_until = ?, "
                       "attempts = attempts + 1 WHERE message_id = ? "
                       "AND state IN ('pending', 'sending') AND lease_until <= ?"_s);
    q.bindAll(until, messageId, now);
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() == 1;
}

Result<void> SendQueueStore::updateSend(const SendRecord &r)
{
    Query q = prepared(u"UPDATE send_queue SET state = ?, attempts = ?, next_attempt_at = ?, "
                       "lease_until = ?, external_id = ?, last_error = ?, sent_at = ? "
                       "WHERE message_id = ?"_s);
    q.bindAll(r.state, r.attempts, r.nextAttemptAt, r.leaseUntil, r.externalId, r.lastError,
              r.sentAt, r.messageId);
    return exec(q);
}

std::optional<SendQueueStore::SendRecord> SendQueueStore::sendRecord(const QString &messageId)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kSendColumns)
                       + u" FROM send_queue WHERE message_id = ?"_s);
    q.bindValue(0, messageId);
    return readRow(q, readSend);
}

std::optional<SendQueueStore::SendRecord>
SendQueueStore::sendByExternalId(Channel channel, const QString &externalId)
{
    if (externalId.isEmpty())
        return std::nullopt;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kSendColumns)
                       + u" FROM send_queue WHERE channel = ? AND external_id = ?"_s);
    q.bindAll(wireName(channel), externalId);
    return readRow(q, readSend);
}

QList<SendQueueStore::SendRecord> SendQueueStore::sentUpTo(qint64 conversation, qint64 watermark)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kSendColumns)
                       + u" FROM send_queue WHERE conversation = ? AND state = 'sent' "
                         "AND sent_at <= ? ORDER BY sent_at"_s);
    q.bindAll(conversation, watermark);
    return readRows(q, readSend);
}

} // namespace Guichet::Server
