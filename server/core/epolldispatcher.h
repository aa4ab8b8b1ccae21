#pragma once

// An event dispatcher on Linux's epoll, for processes holding thousands of
// sockets. Qt 6.4 offers two on Linux, GLib's and its own, and both poll()
// every socket at every turn of the event loop: with the 2,200 sockets of a
// surge (200 agents, 2,000 open chats) that scan was a fifth of the server's
// time (docs/benchmarks.md). epoll reports only the ready ones.
//
// Public Qt API only: timers are kept here (Qt hands out and takes back their
// ids), socket notifiers are watched level-triggered, as poll() would, and
// posted events are sent at each turn. Install it before the application:
//     QCoreApplication::setEventDispatcher(new EpollEventDispatcher);

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QList>

#include <atomic>
#include <map>
#include <set>

namespace Guichet::Server {

class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    //! False when the kernel refused an epoll or eventfd descriptor.
    bool isValid() const { return m_epoll >= 0 && m_wake >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
    };
    struct Timer
    {
        qint64 interval = 0; // ms
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadline = 0; // ns, CLOCK_MONOTONIC
        bool delivering = false; // its event is being handled: no recursion
    };

    void updateWatch(int fd);
    int activateSocketNotifiers();
    int activateTimers();
    //! Milliseconds until the next timer is due, -1 without timers.
    int msecsToNextTimer() const;
    void schedule(int timerId, Timer &timer, qint64 deadline);

    int m_epoll = -1;
    int m_wake = -1; // eventfd: wakeUp() from any thread
    std::atomic<bool> m_interrupted { false };
    QHash<int, Watch> m_watches;
    QList<int>
        m_unwatchable; // descriptors epoll refuses (regular files): always ready, as for poll()
    QList<QSocketNotifier *> m_pending; // ready, not yet told; unregistering removes
    std::map<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_deadlines; // (deadline, timer id)
};

} // namespace Guichet::Server
