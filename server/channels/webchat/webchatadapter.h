#pragma once

#include "server/channels/channeladapter.h"

namespace Guichet::Server::Channels {

//! The web chat as a channel: its wire format is the citizen frames the
//! ChatHub reads (protocol/); replies, notices and the survey reach the page
//! over its own WebSocket, so it delivers itself and has no courier.
class WebChatAdapter : public ChannelAdapter
{
public:
    Channel channel() const override { return Channel::WebChat; }
    //! The page says the language, shows replies from the event log and asks for the rating.
    Capabilities capabilities() const override { return { true, false, true }; }
};

} // namespace Guichet::Server::Channels
