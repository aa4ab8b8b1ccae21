// libFuzzer target for the citizens' web chat as the server runs it: one chat
// connection (ChatHub, ChatSession) on real SQLite storage, fed the input's
// lines as text frames, hello, say, survey, typing and anything else. It checks
// that no frame sequence crashes, trips a sanitizer or an assertion, or leaves
// the session behind once the connection goes.
#include "fuzzserver.h"
#include "server/channels/webchat/chathub.h"

#include <QWebSocket>

#include <cstdint>
#include <cstdlib>

using namespace Guichet;

namespace {

Server::ChatHub &hub()
{
    static auto *chat = [] {
        auto &parts = Fuzz::ServerParts::get();
        return new Server::ChatHub(parts.storage->database(), parts.storage->conversationStore(),
                                   parts.storage->surveyStore(), *parts.service, *parts.feed, {});
    }();
    return *chat;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Server::ChatHub &chat = hub();
    auto socket = std::make_unique<QWebSocket>();
    QWebSocket *raw = socket.get();
    chat.accept(std::move(socket));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    int frames = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        if (++frames > 64)
            break;
        // What QWebSocket hands the session for a text frame.
        Q_EMIT raw->textMessageReceived(QString::fromUtf8(line));
        Fuzz::ServerParts::settle();
    }
    Q_EMIT raw->disconnected();
    Fuzz::ServerParts::settle();
    if (chat.sessionCount() != 0)
        std::abort(); // a closed connection's session must go
    return 0;
}
