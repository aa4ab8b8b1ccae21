#pragma once

#include "protocol/frames.h"

#include <QList>
#include <QObject>

namespace Guichet::Server {

class EventLog;

//! The one reader of the committed event log in a server process: the agents'
//! hub, the web chat and the channels' intake all follow it. Each commit (a
//! notification on PostgreSQL, from any instance) makes it read what is new
//! once, in sequence order, and hand the same events to every follower, so a
//! commit costs one query however many followers there are.
class EventFeed : public QObject
{
    Q_OBJECT

public:
    explicit EventFeed(EventLog &events, QObject *parent = nullptr);

    //! The last sequence number handed out.
    qint64 head() const { return m_head; }
    //! Read and hand out what was committed after head(). Called again while
    //! the followers handle a batch (a follower that commits), it reads once
    //! they are done, so every follower sees every event once, in order.
    //! This instance's own commits are handed out as written, not read back,
    //! when they follow head() without a gap.
    void read();

Q_SIGNALS:
    //! Events committed after the previous batch, in sequence order.
    void eventsRead(const QList<Guichet::Protocol::Event> &events);

private:
    //! Events committed up to @p upTo (0: not known).
    void committed(qint64 upTo);
    void drain();
    //! Hands out this instance's own commits that follow head(); false when
    //! they do not (another writer's events in between): read the log.
    bool handOutOwn();

    EventLog &m_events;
    qint64 m_head = 0;
    qint64 m_wanted = 0; //!< read the log up to here at least
    bool m_reading = false;
    bool m_again = false;
};

} // namespace Guichet::Server
