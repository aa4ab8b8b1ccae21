// libFuzzer target for the Messenger webhook's body: the input is a POST body,
// signed with the app secret as Meta signs it (so the parser behind the
// signature check is what gets fuzzed), handled by the real MessengerChannel on
// SQLite storage. Any answer is fine but a crash, a sanitizer finding or a
// server error: 200, 400 and 413 are the only ones a signed body may get.
#include "fuzzserver.h"
#include "server/channels/messenger/messenger.h"
#include "server/core/secrets.h"

#include <cstdint>
#include <cstdlib>

using namespace Guichet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto &parts = Fuzz::ChannelParts::get();
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray signature =
        "sha256=" + Server::Secrets::hmacSha256(Fuzz::kMessengerSecret, body).toHex();
    const QHttpServerResponse response = parts.messenger->receive(body, signature);
    Fuzz::ServerParts::settle();
    const auto status = int(response.statusCode());
    if (status != 200 && status != 400 && status != 413)
        std::abort();
    return 0;
}
