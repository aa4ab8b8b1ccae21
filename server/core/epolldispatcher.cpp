#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QVarLengthArray>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDispatcher, "guichet.dispatcher")

namespace Guichet::Server {

namespace {

constexpr qint64 kNsPerMs = 1'000'000;
constexpr int kMaxEvents = 256;

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wake(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (!isValid()) {
        qCCritical(lcDispatcher, "epoll unavailable: %s", std::strerror(errno));
        return;
    }
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = m_wake;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event) != 0)
        qCCritical(lcDispatcher, "cannot watch the wake-up descriptor: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    // An event posted from now on writes the eventfd, so blocking here never
    // misses it.
    int timeout = 0;
    if ((flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load() && m_pending.isEmpty()
        && m_unwatchable.isEmpty()) {
        timeout = includeTimers ? msecsToNextTimer() : -1;
        Q_EMIT aboutToBlock();
    }

    epoll_event events[kMaxEvents];
    int ready = epoll_wait(m_epoll, events, kMaxEvents, timeout);
    if (ready < 0) {
        if (errno != EINTR)
            qCWarning(lcDispatcher, "epoll_wait: %s", std::strerror(errno));
        ready = 0;
    }
    int handled = 0;
    const auto markPending = [this](QSocketNotifier *notifier) {
        if (notifier && !m_pending.contains(notifier))
            m_pending.append(notifier);
    };
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wake) {
            eventfd_t count = 0;
            eventfd_read(m_wake, &count);
            ++handled;
            continue;
        }
        if (!includeNotifiers)
            continue;
        const auto watch = m_watches.constFind(fd);
        if (watch == m_watches.cend())
            continue;
        // The same activations as Qt's poll() dispatcher; a hang-up also wakes
        // a writer, which then meets the error instead of waiting forever.
        const uint32_t e = events[i].events;
        if (e & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
            markPending(watch->read);
        if (e & (EPOLLOUT | EPOLLHUP | EPOLLERR))
            markPending(watch->write);
        if (e & EPOLLPRI)
            markPending(watch->exception);
    }
    if (includeNotifiers) {
        for (int fd : std::as_const(m_unwatchable)) {
            const Watch watch = m_watches.value(fd);
            markPending(watch.read);
            markPending(watch.write);
        }
        handled += activateSocketNotifiers();
    }
    if (includeTimers)
        handled += activateTimers();
    return handled > 0;
}

int EpollEventDispatcher::activateSocketNotifiers()
{
    // One at a time from the member list: a handler may unregister or delete
    // any notifier (unregistering takes it out), or run a nested loop.
    int activated = 0;
    while (!m_pending.isEmpty()) {
        QSocketNotifier *notifier = m_pending.takeFirst();
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        ++activated;
    }
    return activated;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Watch &watch = m_watches[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    updateWatch(fd);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    m_pending.removeAll(notifier);
    const auto watch = m_watches.find(fd);
    if (watch == m_watches.end())
        return;
    if (watch->read == notifier)
        watch->read = nullptr;
    if (watch->write == notifier)
        watch->write = nullptr;
    if (watch->exception == notifier)
        watch->exception = nullptr;
    updateWatch(fd);
}

void EpollEventDispatcher::updateWatch(int fd)
{
    const auto watch = m_watches.constFind(fd);
    uint32_t mask = 0;
    if (watch != m_watches.cend()) {
        mask = (watch->read ? EPOLLIN | EPOLLRDHUP : 0u) | (watch->write ? EPOLLOUT : 0u)
            | (watch->exception ? EPOLLPRI : 0u);
    }
    if (mask == 0) {
        if (watch != m_watches.cend())
            m_watches.erase(watch);
        m_unwatchable.removeAll(fd);
        // Fails harmlessly when the descriptor was closed first (the kernel
        // forgets it by itself) or never accepted.
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        return;
    }
    if (m_unwatchable.contains(fd))
        return;
    epoll_event event {};
    event.events = mask;
    event.data.fd = fd;
    // MOD first: a descriptor changes its mask more often than it is new. A
    // number closed and reused while watched answers ENOENT (the kernel
    // dropped it) or EEXIST, hence both ways.
    if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) == 0)
        return;
    if (errno == ENOENT && epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0)
        return;
    if (errno == EPERM) {
        // A regular file: poll() calls it always ready; so do we.
        m_unwatchable.append(fd);
        return;
    }
    qCWarning(lcDispatcher, "cannot watch descriptor %d: %s", fd, std::strerror(errno));
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    Timer &timer = m_timers[timerId];
    timer.interval = std::max<qint64>(0, interval);
    timer.type = timerType;
    timer.object = object;
    timer.delivering = false;
    m_deadlines.erase({ timer.deadline, timerId });
    timer.deadline = monotonicNs() + timer.interval * kNsPerMs;
    m_deadlines.insert({ timer.deadline, timerId });
}

void EpollEventDispatcher::schedule(int timerId, Timer &timer, qint64 deadline)
{
    m_deadlines.erase({ timer.deadline, timerId });
    timer.deadline = deadline;
    m_deadlines.insert({ deadline, timerId });
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_deadlines.erase({ it->second.deadline, timerId });
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object == object) {
            m_deadlines.erase({ it->second.deadline, it->first });
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (const auto &[id, timer] : m_timers) {
        if (timer.object == object)
            timers.append(TimerInfo(id, int(timer.interval), timer.type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    const qint64 left = it->second.deadline - monotonicNs();
    return left <= 0 ? 0 : int((left + kNsPerMs - 1) / kNsPerMs);
}

int EpollEventDispatcher::msecsToNextTimer() const
{
    if (m_deadlines.empty())
        return -1;
    const qint64 left = m_deadlines.begin()->first - monotonicNs();
    // Rounded up: epoll counts in milliseconds, and a timer never fires early.
    return left <= 0 ? 0 : int(std::min<qint64>((left + kNsPerMs - 1) / kNsPerMs, INT_MAX));
}

int EpollEventDispatcher::activateTimers()
{
    const qint64 now = monotonicNs();
    // The due ones are taken before any is delivered: each fires at most once
    // a turn, and one started by a handler waits for the next turn.
    QVarLengthArray<int, 32> due;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend() && it->first <= now; ++it)
        due.append(it->second);
    int delivered = 0;
    for (const int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.delivering || it->second.deadline > now)
            continue;
        Timer &timer = it->second;
        // Keep a repeating timer's rhythm; beats missed while busy are dropped.
        const qint64 step = timer.interval * kNsPerMs;
        const qint64 next = timer.deadline + step;
        schedule(id, timer, next > now ? next : now + step);
        timer.delivering = true;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(timer.object, &event);
        ++delivered;
        // The handler may have killed it, or killed it and started another
        // under the same id.
        it = m_timers.find(id);
        if (it != m_timers.end())
            it->second.delivering = false;
    }
    return delivered;
}

void EpollEventDispatcher::wakeUp()
{
    eventfd_write(m_wake, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace Guichet::Server
