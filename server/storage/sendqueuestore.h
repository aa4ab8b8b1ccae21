#pragma once

#include "database.h"
#include "records.h"

namespace Guichet::Server {

//! The durable send queue of the channels that deliver through a platform
//! (Messenger, X, web form): what to send, leases across instances, outcomes.
class SendQueueStore : public SqlStore
{
public:
    using SqlStore::SqlStore;

    //! One outgoing message in the durable send queue (Messenger, X, web form).
    struct SendRecord
    {
        QString messageId;
        qint64 conversation = 0;
        Channel channel = Channel::Messenger;
        QString kind = QStringLiteral("reply"); //!< reply, notice, survey
        QString state = QStringLiteral("pending"); //!< pending, sending, sent, failed
        int attempts = 0;
        qint64 nextAttemptAt = 0;
        qint64 leaseUntil = 0; //!< while sending: the instance's claim expires then
        QString externalId; //!< the platform's id of the sent message
        QString lastError;
        qint64 createdAt = 0;
        qint64 sentAt = 0;
    };
    //! Queue a message, or queue it again (an agent's retry): attempts start
    //! over. @p record's state, attempts and lease are written as they are: a
    //! row may be queued already leased to the instance that will send it.
    Result<void> enqueueSend(const SendRecord &record);
    //! Entries due at @p now (pending, or sending with a lapsed lease), oldest first.
    QList<SendRecord> dueSends(qint64 now, int limit);
    //! Take a due entry for sending until @p until; false when another took it.
    Result<bool> leaseSend(const QString &messageId, qint64 now, qint64 until);
    Result<void> updateSend(const SendRecord &record);
    std::optional<SendRecord> sendRecord(const QString &messageId);
    std::optional<SendRecord> sendByExternalId(Channel channel, const QString &externalId);
    //! Sent entries of a conversation sent at or before @p watermark (read receipts).
    QList<SendRecord> sentUpTo(qint64 conversation, qint64 watermark);
};

} // namespace Guichet::Server
