#include "eventlog.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

// ---- Event log -------------------------------------------------------------------------

Result<Protocol::Event> EventLog::appendEvent(EventKind kind, qint64 conversation,
                                              const QJsonObject &data, qint64 at)
{
    Q_ASSERT(m_database.inTransaction());
    Query q = prepared(u"INSERT INTO events (kind, at, conversation, data) VALUES (?, ?, ?, ?) "
                       "RETURNING seq"_s);
    q.bindAll(wireName(kind), at, conversation, toJsonText(data));
    if (!q.exec() || !q.next())
        return errorOf(q);
    const Protocol::Event event { q.value(0).toLongLong(), kind, at, conversation, data };
    m_database.noteEventAppended(event);
    return event;
}

Result<QList<Protocol::Event>> EventLog::eventsAfter(qint64 after, int limit)
{
    Query q = prepared(
        u"SELECT seq, kind, at, conversation, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.bindAll(after, limit);
    if (!q.exec())
        return errorOf(q);
    QList<Protocol::Event> events;
    while (q.next())
        events.append(readEvent(q));
    return events;
}

QByteArray EventLog::RawEvent::frame() const
{
    // The stored data is the compact JSON of an object the server validated
    // before writing it (ConversationService::event).
    QByteArray out;
    out.reserve(data.size() + 96);
    out += "{\"type\":\"event\",\"seq\":" + QByteArray::number(seq) + ",\"kind\":\""
        + kind.toLatin1() + "\",\"at\":" + QByteArray::number(at);
    if (conversation)
        out += ",\"conversation\":" + QByteArray::number(conversation);
    if (data.size() > 2)
        out += ",\"data\":" + data;
    out += '}';
    return out;
}

Result<QList<EventLog::RawEvent>> EventLog::rawEventsAfter(qint64 after, int limit)
{
    Query q = prepared(
        u"SELECT seq, kind, at, conversation, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.bindAll(after, limit);
    if (!q.exec())
        return errorOf(q);
    QList<RawEvent> events;
    events.reserve(limit);
    while (q.next()) {
        events.append(RawEvent { q.value(0).toLongLong(), q.value(1).toString(),
                                 q.value(2).toLongLong(), q.value(3).toLongLong(),
                                 q.value(4).toString().toUtf8() });
    }
    return events;
}

Result<QList<Protocol::Event>> EventLog::conversationEvents(qint64 conversation)
{
    Query q = prepared(u"SELECT seq, kind, at, conversation, data FROM events "
                       "WHERE conversation = ? ORDER BY seq"_s);
    q.bindValue(0, conversation);
    if (!q.exec())
        return errorOf(q);
    QList<Protocol::Event> events;
    while (q.next())
        events.append(readEvent(q));
    return events;
}

qint64 EventLog::head()
{
    Query q = prepared(u"SELECT coalesce(max(seq), 0) FROM events"_s);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace Guichet::Server
