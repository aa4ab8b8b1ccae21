#include "uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace Guichet {

QString newUuid()
{
    // Monotonic within the process: a clock step backwards, or two ids in the
    // same millisecond, still give increasing ids.
    static QMutex mutex;
    static quint64 lastMs = 0;
    static quint16 counter = 0;
    quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    quint16 sequence = 0;
    {
        const QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            ++counter;
            if ((counter & 0x0fff) == 0) // 4096 ids in one millisecond: borrow the next
                lastMs = ++ms;
        } else {
            lastMs = ms;
            counter = quint16(QRandomGenerator::system()->bounded(0x0400));
        }
        sequence = counter & 0x0fff;
    }

    unsigned char bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    bytes[6] = static_cast<unsigned char>(0x70 | (sequence >> 8)); // version 7
    bytes[7] = static_cast<unsigned char>(sequence & 0xff);
    quint64 random = QRandomGenerator::system()->generate64();
    for (int i = 8; i < 16; ++i) {
        bytes[i] = static_cast<unsigned char>(random);
        random >>= 8;
    }
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3f)); // RFC 4122 variant

    static const char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.append(QLatin1Char('-'));
        text.append(QLatin1Char(hex[bytes[i] >> 4]));
        text.append(QLatin1Char(hex[bytes[i] & 0x0f]));
    }
    return text;
}

} // namespace Guichet
