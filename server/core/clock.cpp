#include "clock.h"

#include <QDateTime>

namespace Guichet::Server {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace Guichet::Server
