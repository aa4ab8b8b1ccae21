#pragma once

#include <QtGlobal>

#include <atomic>

namespace Guichet::Server {

//! The wall-clock time every part of the server reads (milliseconds since the
//! epoch): handed to each component that needs it, so a test can hold time
//! still or move it on (ManualClock) instead of waiting. Intervals that only
//! measure elapsed time (idle timeouts, token buckets) use QElapsedTimer.
class Clock
{
public:
    virtual ~Clock() = default;

    //! Milliseconds since 1970-01-01T00:00:00Z.
    virtual qint64 nowMs() const = 0;

    //! The real clock, shared by the whole process.
    static const Clock &system();
};

//! QDateTime::currentMSecsSinceEpoch().
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

//! A clock that moves only when told to, for tests. Readable from any thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 0)
        : m_now(nowMs)
    { }

    qint64 nowMs() const override { return m_now.load(std::memory_order_relaxed); }
    void set(qint64 nowMs) { m_now.store(nowMs, std::memory_order_relaxed); }
    void advance(qint64 ms) { m_now.fetch_add(ms, std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_now;
};

} // namespace Guichet::Server
