#include "eventfeed.h"

#include "eventlog.h"
#include "server/core/serverlogging.h"

#include <QTimer>

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
    connect(&m_events.database(), &Database::eventsCommitted, this, &EventFeed::read);
    // Writers that do not notify (guichet-server admin, another instance on
    // SQLite's file): look for their events often, cheaply.
    auto *poll = new QTimer(this);
    poll->setInterval(kPollMs);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_events.head() > m_head)
            read();
    });
    poll->start();
}

void EventFeed::read()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    do {
        m_again = false;
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
