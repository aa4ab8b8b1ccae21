// libFuzzer target for the web form's API (POST /api/form): the input is the
// JSON body, handled by the real WebForm on SQLite storage, from a different
// address each time (the per-address rate is not what is fuzzed). A body is
// either recorded (201) or refused with a reason (400): never a crash, a
// sanitizer finding or a server error.
#include "fuzzserver.h"
#include "server/channels/webform/webform.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace Guichet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static quint32 counter = 0;
    auto &parts = Fuzz::ChannelParts::get();
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    ++counter;
    const QString address = QStringLiteral("10.%1.%2.%3")
                                .arg((counter >> 16) & 255)
                                .arg((counter >> 8) & 255)
                                .arg(counter & 255);
    const QHttpServerResponse response = parts.webForm->submitBody(body, address);
    Fuzz::ServerParts::settle();
    const auto status = int(response.statusCode());
    if (status != 201 && status != 400)
        std::abort();
    // A refusal names what is wrong.
    if (status == 400
        && QJsonDocument::fromJson(response.data()).object().value(u"message").toString().isEmpty())
        std::abort();
    return 0;
}
