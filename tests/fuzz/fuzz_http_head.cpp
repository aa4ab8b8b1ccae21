// libFuzzer target for the HTTP request head parser of the connection guard
// (server/http/requesthead.h), which decides, before Qt HttpServer reads a
// byte of it, how long a body is, whether it is chunked or a WebSocket upgrade,
// or that the request is refused. The input is cut where the guard cuts it (at
// the first blank line). Checked beyond "no crash, no sanitizer finding": a
// refusal has a 4xx status, a reason and a word for the log; an accepted head
// has a length of zero or more; and the verdict does not depend on where the
// bytes came from (parsed twice, from a copy, the same).
#include "server/http/requesthead.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace Guichet::Server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray head(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end >= 0)
        head.truncate(end + 4);
    else
        head.append("\r\n\r\n");
    const RequestHead parsed = parseRequestHead(head);
    if (parsed.status != 0) {
        if (parsed.status < 400 || parsed.status > 499 || std::strlen(parsed.reason) == 0
            || std::strlen(parsed.why) == 0)
            std::abort();
    } else if (parsed.contentLength < 0) {
        std::abort();
    }
    const QByteArray copy(head.constData(), head.size());
    const RequestHead again = parseRequestHead(copy);
    if (again.status != parsed.status || again.contentLength != parsed.contentLength
        || again.chunked != parsed.chunked || again.upgrade != parsed.upgrade
        || again.requestLine != parsed.requestLine)
        std::abort();
    return 0;
}
