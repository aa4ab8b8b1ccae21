#include "requesthead.h"

#include <QList>

#include <algorithm>

namespace Guichet::Server {

RequestHead parseRequestHead(QByteArrayView head)
{
    RequestHead result;
    int lengths = 0;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    result.requestLine = lines.value(0).trimmed();
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed().toLower();
        if (line.startsWith("content-length:")) {
            // Digits only, no sign, no spaces inside.
            const QByteArray value = line.mid(15).trimmed();
            bool ok = !value.isEmpty() && value.size() <= 18
                && std::all_of(value.cbegin(), value.cend(),
                               [](char c) { return c >= '0' && c <= '9'; });
            const qint64 length = ok ? value.toLongLong(&ok) : -1;
            if (!ok || ++lengths > 1) {
                result.contentLength = 0;
                result.status = 400;
                result.reason = "Bad Request";
                result.why = lengths > 1 ? "two_lengths" : "bad_length";
                return result;
            }
            result.contentLength = length;
        } else if (line.startsWith("transfer-encoding:")) {
            result.chunked = true;
        } else if (line.startsWith("upgrade:") && line.contains("websocket")) {
            result.upgrade = true;
        }
    }
    return result;
}

} // namespace Guichet::Server
