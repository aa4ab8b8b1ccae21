#include "fuzzserver.h"

#include "server/channels/intake.h"
#include "server/channels/messenger/messenger.h"
#include "server/channels/sendqueue.h"
#include "server/channels/twitter/twitter.h"
#include "server/channels/webform/webform.h"
#include "server/core/serveroptions.h"

#include <QLoggingCategory>
#include <QThread>

#include <cstdio>
#include <cstdlib>

namespace Guichet::Fuzz {

ServerParts &ServerParts::get()
{
    static ServerParts *parts = [] {
        auto *p = new ServerParts; // lives as long as the process: libFuzzer never returns
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = { name, nullptr };
        p->app = std::make_unique<QCoreApplication>(argc, argv);
        // Refusals are logged as warnings: millions of lines would drown the fuzzer's own.
        QLoggingCategory::setFilterRules(
            QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
        Server::ServerOptions options;
        options.dataDir = p->dir.path();
        auto storage = Server::Storage::open(options, QStringLiteral("fuzz"));
        if (!storage) {
            std::fprintf(stderr, "cannot open storage: %s\n", qPrintable(storage.error().message));
            std::abort();
        }
        p->storage = std::move(*storage);
        p->service = std::make_unique<Server::ConversationService>(
            Server::serviceStores(*p->storage), Server::RoutingSettings {}, p->clock);
        p->feed = std::make_unique<Server::EventFeed>(p->storage->eventLog());
        return p;
    }();
    return *parts;
}

ChannelParts &ChannelParts::get()
{
    static ChannelParts *parts = [] {
        using namespace Server::Channels;
        ServerParts &server = ServerParts::get();
        auto *p = new ChannelParts;
        p->settings.messenger.appSecret = QString::fromLatin1(kMessengerSecret);
        p->settings.messenger.pageId = QString::fromLatin1(kMessengerPage);
        p->settings.twitter.consumerSecret = QString::fromLatin1(kTwitterSecret);
        p->settings.twitter.accountId = QString::fromLatin1(kTwitterAccount);
        // Rate limits out of the way: the fuzzer should reach the parsing behind them.
        p->settings.abuse.messagesPerSenderPerMinute = 1 << 30;
        p->settings.abuse.formsPerAddressPerHour = 1 << 30;
        Server::Storage &storage = *server.storage;
        p->queue = std::make_unique<SendQueue>(storage.database(), storage.conversationStore(),
                                               storage.sendQueueStore(), *server.service,
                                               p->settings.sendQueue, server.clock);
        p->intake = std::make_unique<Intake>(
            storage.database(), storage.conversationStore(), storage.sendQueueStore(),
            storage.abuseStore(), storage.surveyStore(), storage.settingsStore(), *server.service,
            *server.feed, *p->queue, p->settings, server.clock);
        p->messenger = std::make_unique<MessengerChannel>(storage.database(), *server.service,
                                                          *p->intake, p->settings, server.clock);
        p->twitter = std::make_unique<TwitterChannel>(
            storage.database(), storage.conversationStore(), storage.settingsStore(),
            *server.service, *p->intake, p->settings, server.clock);
        p->webForm = std::make_unique<WebForm>(storage.database(), storage.conversationStore(),
                                               storage.surveyStore(), *server.service, *p->intake,
                                               p->settings);
        // As the server wires them: each adapter's capabilities and rules declared once.
        p->intake->addAdapter(p->messenger.get());
        p->intake->addAdapter(p->twitter.get());
        p->intake->addAdapter(p->webForm.get());
        return p;
    }();
    return *parts;
}

void ServerParts::settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

} // namespace Guichet::Fuzz
