#include "sendqueue.h"

#include "server/core/serverlogging.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

constexpr int kMaxInFlight = 16;

} // namespace

QString kindName(Outgoing::Kind kind)
{
    switch (kind) {
    case Outgoing::Kind::Reply:
        return u"reply"_s;
    case Outgoing::Kind::Notice:
        return u"notice"_s;
    case Outgoing::Kind::Survey:
        return u"survey"_s;
    }
    return u"reply"_s;
}

Outgoing::Kind kindFromName(const QString &name)
{
    if (name == u"notice"_s)
        return Outgoing::Kind::Notice;
    if (name == u"survey"_s)
        return Outgoing::Kind::Survey;
    return Outgoing::Kind::Reply;
}

SendQueue::SendQueue(Database &database, ConversationStore &conversations,
                     SendQueueStore &sendQueue, ConversationService &service,
                     ChannelSettings::SendQueue settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_conversationStore(conversations)
    , m_sendQueueStore(sendQueue)
    , m_service(service)
    , m_settings(settings)
    , m_clock(clock)
{
    m_timer.setInterval(int(m_settings.pollMs));
    connect(&m_timer, &QTimer::timeout, this, &SendQueue::pump);
}

void SendQueue::setCourier(Channel channel, Courier *courier)
{
    m_couriers.insert(channel, courier);
}

void SendQueue::pumpSoon()
{
    QTimer::singleShot(0, this, &SendQueue::pump);
}

void SendQueue::start()
{
    // Nothing to repair: a message and its queue row commit together
    // (ConversationService); the schema step "send queue: rows for pending
    // messages stored without one" queued what older versions left out.
    m_timer.start();
    pump();
}

qint64 SendQueue::backoff(int attempts) const
{
    qint64 delay = m_settings.backoffMs;
    for (int i = 1; i < attempts && delay < m_settings.maxBackoffMs; ++i)
        delay *= 2;
    return std::min(delay, m_settings.maxBackoffMs);
}

void SendQueue::pump()
{
    const qint64 at = m_clock.nowMs();
    if (m_inFlight.size() >= kMaxInFlight)
        return;
    for (const SendQueueStore::SendRecord &due : m_sendQueueStore.dueSends(at, kMaxInFlight)) {
        if (m_inFlight.size() >= kMaxInFlight)
            break;
        if (m_inFlight.contains(due.messageId))
            continue;
        Courier *courier = m_couriers.value(due.channel);
        const auto message = m_conversationStore.message(due.messageId);
        const auto conversation = m_conversationStore.conversation(due.conversation);
        if (!courier || !message || !conversation) {
            SendQueueStore::SendRecord dropped = due;
            dropped.state = u"failed"_s;
            dropped.lastError = courier ? u"message not found"_s : u"no courier for this channel"_s;
            (void)m_service.recordSend(dropped, DeliveryState::Failed, dropped.lastError);
            continue;
        }
        auto leased = m_database.transaction(
            [&] { return m_sendQueueStore.leaseSend(due.messageId, at, at + m_settings.leaseMs); });
        if (!leased || !*leased)
            continue; // another instance took it
        SendQueueStore::SendRecord record = due;
        record.attempts += 1;
        send(record,
             Outgoing { record.messageId, *conversation, message->text, kindFromName(record.kind),
                        at },
             courier);
    }
}

void SendQueue::sendReply(const ConversationRecord &conversation, const MessageRecord &message)
{
    if (message.delivery != DeliveryState::Pending)
        return; // delivered by the channel itself: no queue row
    const qint64 at = m_clock.nowMs();
    SendQueueStore::SendRecord record;
    record.messageId = message.id;
    record.conversation = conversation.id;
    record.channel = conversation.channel;
    record.kind = u"reply"_s;
    record.state = u"sending"_s;
    record.attempts = 1;
    record.createdAt = message.at;
    record.nextAttemptAt = message.at;
    record.leaseUntil = message.at + m_settings.leaseMs;
    Courier *courier = m_couriers.value(record.channel);
    if (!courier) {
        record.state = u"failed"_s;
        record.leaseUntil = 0;
        record.lastError = u"no courier for this channel"_s;
        (void)m_service.recordSend(record, DeliveryState::Failed, record.lastError);
        return;
    }
    const Outgoing outgoing { record.messageId, conversation, message.text, Outgoing::Kind::Reply,
                              at };
    if (m_inFlight.size() >= kMaxInFlight) {
        m_waiting.append({ record, outgoing });
        return;
    }
    send(record, outgoing, courier);
}

void SendQueue::send(const SendQueueStore::SendRecord &record, const Outgoing &outgoing,
                     Courier *courier)
{
    m_inFlight.insert(record.messageId);
    const qint64 at = outgoing.now;
    courier->send(outgoing,
                  [this, record, at](const Delivery &delivery) { finish(record, delivery, at); });
}

void SendQueue::sendWaiting()
{
    while (!m_waiting.isEmpty() && m_inFlight.size() < kMaxInFlight) {
        Leased next = m_waiting.takeFirst();
        // Near the end of its lease another instance may take it: left to
        // the pump, which leases it again once the lease is over.
        if (next.record.leaseUntil - m_clock.nowMs() < m_settings.leaseMs / 2)
            continue;
        Courier *courier = m_couriers.value(next.record.channel);
        next.outgoing.now = m_clock.nowMs();
        send(next.record, next.outgoing, courier);
    }
}

void SendQueue::finish(const SendQueueStore::SendRecord &sent, const Delivery &delivery,
                       qint64 startedAt)
{
    m_inFlight.remove(sent.messageId);
    sendWaiting();
    SendQueueStore::SendRecord record = sent;
    record.leaseUntil = 0;
    DeliveryState state = DeliveryState::Pending;
    QString reason;
    if (delivery.ok) {
        record.state = u"sent"_s;
        record.externalId = delivery.externalId;
        record.sentAt = startedAt;
        record.lastError.clear();
        state = DeliveryState::Sent;
    } else if (delivery.retry && record.attempts < m_settings.maxAttempts) {
        record.state = u"pending"_s;
        record.lastError = delivery.reason;
        record.nextAttemptAt =
            std::max(m_clock.nowMs() + backoff(record.attempts), delivery.retryAt);
    } else {
        record.state = u"failed"_s;
        record.lastError = delivery.reason;
        state = DeliveryState::Failed;
        reason = delivery.retry
            ? tr("%1 (gave up after %n attempts)", nullptr, record.attempts).arg(delivery.reason)
            : delivery.reason;
    }
    // The row and the message's state commit together.
    if (auto updated = m_service.recordSend(
            record, state == DeliveryState::Pending ? std::nullopt : std::optional(state), reason);
        !updated) {
        qCWarning(lcChannels).noquote().nospace()
            << "event=send_update_failed conversation=" << record.conversation
            << " reason=" << updated.error().message;
    }
    qCInfo(lcChannels).noquote().nospace()
        << "event=send conversation=" << record.conversation
        << " channel=" << wireName(record.channel) << " kind=" << record.kind
        << " state=" << record.state << " attempts=" << record.attempts;
    if (record.state == u"pending"_s)
        QTimer::singleShot(int(std::max<qint64>(0, record.nextAttemptAt - m_clock.nowMs())), this,
                           &SendQueue::pump);
}

} // namespace Guichet::Server::Channels
