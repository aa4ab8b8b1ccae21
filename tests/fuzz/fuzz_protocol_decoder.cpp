// libFuzzer target for the protocol decoders. Beyond "never crash", it checks the
// codec's promise: whatever the decoder accepts, it encodes back to bytes that
// decode to the same frame.
#include "protocol/codec.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace Guichet::Protocol;

template<typename Frame, typename Decode>
static void checkRoundTrip(const uint8_t *data, size_t size, Decode decode)
{
    const auto decoded =
        decode(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!decoded.ok()) {
        if (decoded.error().message.isEmpty())
            std::abort(); // every refusal must say why
        return;
    }
    const QByteArray again = encode(*decoded);
    const auto redecoded = decode(again);
    if (!redecoded.ok() || !(*redecoded == *decoded))
        std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkRoundTrip<AgentFrame>(data, size, decodeAgentFrame);
    checkRoundTrip<CitizenFrame>(data, size, decodeCitizenFrame);
    return 0;
}
