#pragma once

#include "server/channels/channelsettings.h"

#include <QTextStream>

namespace Guichet::Server::Channels {

//! guichet-server admin messenger check: asks the Graph API whether the page
//! token works, belongs to GUICHET_MESSENGER_PAGE_ID, and whether the page's
//! events reach our app (and, given the app id, the webhook's callback URL and
//! fields). One line per finding; 0 when nothing is missing, else 1.
int checkMessenger(const ChannelSettings::Messenger &settings, QTextStream &out);

} // namespace Guichet::Server::Channels
