// libFuzzer target for the X (Account Activity API) webhook's body: the input is
// a POST body, signed with the consumer secret as X signs it, handled by the
// real TwitterChannel on SQLite storage. 200, 400 and 413 are the only answers
// a signed body may get.
#include "fuzzserver.h"
#include "server/channels/twitter/twitter.h"
#include "server/core/secrets.h"

#include <cstdint>
#include <cstdlib>

using namespace Guichet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto &parts = Fuzz::ChannelParts::get();
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray signature =
        "sha256=" + Server::Secrets::hmacSha256(Fuzz::kTwitterSecret, body).toBase64();
    const QHttpServerResponse response = parts.twitter->receive(body, signature);
    Fuzz::ServerParts::settle();
    const auto status = int(response.statusCode());
    if (status != 200 && status != 400 && status != 413)
        std::abort();
    return 0;
}
