#pragma once

#include "server/channels/channelsettings.h"

#include <QStringList>
#include <QTextStream>

namespace Guichet::Server::Channels {

//! guichet-server admin x …: the V2 Webhooks API (register, list, validate,
//! delete; the app's bearer token) and Account Activity subscriptions
//! (subscribe with the account's OAuth 1.0a user context; list and
//! unsubscribe with the bearer token), as docs.x.com documents them.
//! @p words are the words after "x". 0 on success, 1 when X refuses, 2 on a
//! usage error.
int runXAdmin(const ChannelSettings::Twitter &settings, const QStringList &words, QTextStream &out,
              QTextStream &err);

} // namespace Guichet::Server::Channels
