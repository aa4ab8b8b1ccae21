// Fills a guichet-server database for the sync benchmark, through the
// server's own ConversationService (the same writes as real citizens), in a
// separate process from the server and from the workstation code.
#include "server/conversations/conversationservice.h"
#include "server/core/serveroptions.h"
#include "server/storage/storage.h"
#include "server/wiring.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { u"data"_s, u"Data folder."_s, u"DIR"_s },
          { u"database"_s, u"PostgreSQL URL."_s, u"URL"_s },
          { u"conversations"_s, u"New conversations."_s, u"N"_s, u"10000"_s },
          { u"messages"_s, u"Messages in all (at least one per conversation)."_s, u"M"_s,
            u"100000"_s },
          { u"append"_s, u"Only add this many messages to existing conversations."_s, u"K"_s } });
    parser.process(app);
    QStringList args { u"guichet-server"_s, u"--data"_s, parser.value(u"data"_s) };
    if (parser.isSet(u"database"_s))
        args << u"--database"_s << parser.value(u"database"_s);
    bool exitNow = false;
    QString message;
    auto options = ServerOptions::parse(args, &exitNow, &message);
    if (!options)
        return 2;
    auto storage = Storage::open(*options, u"seed"_s);
    if (!storage) {
        std::fprintf(stderr, "%s\n", qPrintable(storage.error().message));
        return 1;
    }
    ConversationService service(serviceStores(**storage), RoutingSettings {}, Clock::system());
    QElapsedTimer timer;
    timer.start();
    const QString text =
        u"Bonjour, je voudrais savoir comment faire opposition sur ma carte bancaire "
        u"et déposer plainte, on a utilisé ma carte sur internet hier soir."_s;
    int written = 0;
    if (parser.isSet(u"append"_s)) {
        const QList<ConversationRecord> open = (*storage)->conversationStore().openConversations();
        const int count = parser.value(u"append"_s).toInt();
        for (int i = 0; i < count && !open.isEmpty(); ++i) {
            ConversationService::Incoming in;
            in.conversation = open[i % open.size()].id;
            in.text = text;
            if (!service.receive(in))
                return 1;
            ++written;
        }
    } else {
        const int conversations = parser.value(u"conversations"_s).toInt();
        const int messages = parser.value(u"messages"_s).toInt();
        QList<qint64> ids;
        for (int c = 0; c < conversations; ++c) {
            ConversationService::Incoming in;
            in.channel = Channel(c % 4);
            in.lang = Language(c % 5);
            in.citizen = u"Citoyen %1"_s.arg(c);
            in.citizenKey = in.channel == Channel::Messenger || in.channel == Channel::Twitter
                ? u"seed-%1"_s.arg(c)
                : QString();
            in.text = text;
            auto received = service.receive(in);
            if (!received)
                return 1;
            ids.append(received->conversation.id);
            ++written;
        }
        for (int m = conversations; m < messages; ++m) {
            ConversationService::Incoming in;
            in.conversation = ids[m % ids.size()];
            in.text = text;
            if (!service.receive(in))
                return 1;
            ++written;
        }
    }
    std::printf("%d messages in %.1f s\n", written, timer.elapsed() / 1000.0);
    return 0;
}
