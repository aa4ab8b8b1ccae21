#pragma once

// What the server-side fuzz targets share: the parts of a real guichet-server
// (SQLite storage in a temporary folder, the conversation service, the event
// feed, the channels' intake…) built once per process, without a network.

#include "server/channels/channels.h"
#include "server/channels/channelsettings.h"
#include "server/conversations/conversationservice.h"
#include "server/core/clock.h"
#include "server/storage/eventfeed.h"
#include "server/storage/storage.h"
#include "server/wiring.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace Guichet::Server::Channels {
class Intake;
class MessengerChannel;
class SendQueue;
class TwitterChannel;
class WebForm;
} // namespace Guichet::Server::Channels

namespace Guichet::Fuzz {

//! The secrets the channel parts are configured with (the targets sign their inputs).
inline constexpr char kMessengerSecret[] = "fuzz-messenger-app-secret";
inline constexpr char kMessengerPage[] = "1029384756";
inline constexpr char kTwitterSecret[] = "fuzz-x-consumer-secret";
inline constexpr char kTwitterAccount[] = "4242";

struct ServerParts
{
    //! The process's parts, made on first use (after LLVMFuzzerInitialize).
    static ServerParts &get();
    //! Run what the parts queued (group commits, event fan-out), briefly.
    static void settle();

    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    Server::SystemClock clock;
    std::unique_ptr<Server::Storage> storage;
    std::unique_ptr<Server::ConversationService> service;
    std::unique_ptr<Server::EventFeed> feed;
};

//! The citizen channels' parts over ServerParts: receiving on Messenger and X
//! (secrets above), the web form; nothing is ever sent (no page token, no X keys).
struct ChannelParts
{
    static ChannelParts &get();

    Server::Channels::ChannelSettings settings;
    std::unique_ptr<Server::Channels::SendQueue> queue;
    std::unique_ptr<Server::Channels::Intake> intake;
    std::unique_ptr<Server::Channels::MessengerChannel> messenger;
    std::unique_ptr<Server::Channels::TwitterChannel> twitter;
    std::unique_ptr<Server::Channels::WebForm> webForm;
};

} // namespace Guichet::Fuzz
