#pragma once

#include "channelsettings.h"
#include "courier.h"
#include "server/conversations/conversationservice.h"
#include "server/core/clock.h"
#include "server/storage/conversationstore.h"
#include "server/storage/database.h"
#include "server/storage/sendqueuestore.h"

#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Guichet::Server::Channels {

//! The durable outbound queue: every message for a platform (agent replies,
//! emergency notices, survey prompts) is a row in send_queue before anything
//! is sent. Any instance sends due rows after taking a short lease on them, so
//! a restart or a vanished instance resumes pending sends. A platform that is
//! down or busy is retried with exponential backoff; one that refuses, or is
//! still down after the last attempt, leaves the message failed with the reason
//! (message.delivery event), and the agent's retry queues it again.
//! Channels that deliver themselves (web chat, web form) never pass here.
class SendQueue : public QObject
{
    Q_OBJECT

public:
    SendQueue(Database &database, ConversationStore &conversations, SendQueueStore &sendQueue,
              ConversationService &service, ChannelSettings::SendQueue settings, const Clock &clock,
              QObject *parent = nullptr);

    void setCourier(Channel channel, Courier *courier);
    //! Rows are written with their messages (ConversationService); this only
    //! says one is there: send on the next turn of the event loop.
    void pumpSoon();
    //! Start sending (the timer, and what is due now).
    void start();
    //! Send what is due now (also run by the timer).
    void pump();
    //! A reply (or an agent's retry) just committed with its queue row leased
    //! to this instance (ConversationService::setSendLease): sent now, from
    //! what was written, without reading it back or leasing it again. A reply
    //! that delivers itself (web chat, form) has no row: nothing to do.
    void sendReply(const Guichet::Server::ConversationRecord &conversation,
                   const Guichet::Server::MessageRecord &message);
    int inFlight() const { return int(m_inFlight.size()); }

private:
    struct Leased
    {
        SendQueueStore::SendRecord record;
        Outgoing outgoing;
    };
    void send(const SendQueueStore::SendRecord &record, const Outgoing &outgoing, Courier *courier);
    //! Leased replies waiting for a free slot, while their lease lasts.
    void sendWaiting();
    void finish(const SendQueueStore::SendRecord &record, const Delivery &delivery,
                qint64 startedAt);
    qint64 backoff(int attempts) const;

    Database &m_database;
    ConversationStore &m_conversationStore;
    SendQueueStore &m_sendQueueStore;
    ConversationService &m_service;
    ChannelSettings::SendQueue m_settings;
    const Clock &m_clock;
    QMap<Channel, Courier *> m_couriers;
    QSet<QString> m_inFlight;
    QList<Leased> m_waiting;
    QTimer m_timer;
};

} // namespace Guichet::Server::Channels
