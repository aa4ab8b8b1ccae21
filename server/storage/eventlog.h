#pragma once

#include "database.h"
#include "records.h"

#include <QJsonObject>

namespace Guichet::Server {

//! The event log: what happened, in commit order (seq), that workstations and
//! the web chat follow (EventFeed reads it).
class EventLog : public SqlStore
{
public:
    using SqlStore::SqlStore;

    //! Append an event; inside a write transaction (instances are notified at commit).
    Result<Protocol::Event> appendEvent(EventKind kind, qint64 conversation,
                                        const QJsonObject &data, qint64 at);
    Result<QList<Protocol::Event>> eventsAfter(qint64 after, int limit);
    //! An event as stored: its data still JSON text, for sending as is.
    struct RawEvent
    {
        qint64 seq = 0;
        QString kind;
        qint64 at = 0;
        qint64 conversation = 0;
        QByteArray data;
        //! The "event" frame, built without parsing the data again.
        QByteArray frame() const;
    };
    Result<QList<RawEvent>> rawEventsAfter(qint64 after, int limit);
    Result<QList<Protocol::Event>> conversationEvents(qint64 conversation);
    qint64 head();
};

} // namespace Guichet::Server
