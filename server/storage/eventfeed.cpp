#include "eventfeed.h"

#include "eventlog.h"
#include "server/core/serverlogging.h"

#include <QTimer>

#include <limits>

namespace Guichet::Server {

namespace {

constexpr int kPage = 1000;
constexpr int kPollMs = 500;

} // namespace

EventFeed::EventFeed(EventLog &events, QObject *parent)
    : QObject(parent)
    , m_events(events)
    , m_head(events.head())
{
    connect(&m_events.database(), &Database::eventsCommitted, this, &EventFeed::committed);
    // Writers that do not notify (guichet-server admin, another instance on
    // SQLite's file): look for their events often, cheaply.
    auto *poll = new QTimer(this);
    poll->setInterval(kPollMs);
    connect(poll, &QTimer::timeout, this, [this] {
        if (const qint64 head = m_events.head(); head > m_head)
            committed(head);
    });
    poll->start();
}

void EventFeed::committed(qint64 upTo)
{
    // A notification of what this instance wrote and handed out already
    // (PostgreSQL's comes back after the commit) costs no read.
    m_wanted = std::max(m_wanted, upTo > 0 ? upTo : std::numeric_limits<qint64>::max());
    drain();
}

bool EventFeed::handOutOwn()
{
    QList<Protocol::Event> own = m_events.database().takeCommittedEvents();
    own.removeIf([this](const Protocol::Event &e) { return e.seq <= m_head; });
    if (own.isEmpty())
        return true;
    for (qsizetype i = 0; i < own.size(); ++i) {
        if (own.at(i).seq != m_head + 1 + i) {
            // A gap: another writer's events (or a rolled-back sequence
            // number) before them. The log has them all, in order.
            m_wanted = std::max(m_wanted, own.constLast().seq);
            return false;
        }
    }
    m_head = own.constLast().seq;
    Q_EMIT eventsRead(own);
    return true;
}

void EventFeed::read()
{
    committed(0);
}

void EventFeed::drain()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    do {
        m_again = false;
        // A follower that committed while handling them set m_again: its
        // events are taken on the next turn, not read back.
        if (handOutOwn() && (m_again || m_wanted <= m_head))
            continue;
        m_wanted = 0;
        for (;;) {
            auto events = m_events.eventsAfter(m_head, kPage);
            if (!events) {
                qCWarning(lcServer) << "cannot read new events:" << events.error().message;
                break;
            }
            if (events->isEmpty())
                break;
            m_head = events->constLast().seq;
            Q_EMIT eventsRead(*events);
            // A short page was the end of the log when it was read.
            if (events->size() < kPage)
                break;
        }
    } while (m_again);
    m_reading = false;
}

} // namespace Guichet::Server
