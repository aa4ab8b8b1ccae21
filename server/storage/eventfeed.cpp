#include "eventfeed.h"

#include "server/core/serverlogging.h"
#include "storage.h"

#include <QTimer>

namespace Guichet::Server {

namespace {

constexpr int kPage = 1000;
constexpr int kPollMs = 500;

} // namespace

EventFeed::EventFeed(Storage &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_head(storage.head())
{
    connect(&m_storage, &Storage::eventsCommitted, this, &EventFeed::read);
    // Writers that do not notify (guichet-server admin, another instance on
    // SQLite's file): look for their events often, cheaply.
    auto *poll = new QTimer(this);
    poll->setInterval(kPollMs);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_storage.head() > m_head)
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
            auto events = m_storage.eventsAfter(m_head, kPage);
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
