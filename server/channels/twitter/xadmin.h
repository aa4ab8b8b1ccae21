#pragma once

#include "server/channels/channelsettings.h"

#include <QStringList>
#include <QTextStream>

namespace Guichet::Server {
class SettingsStore;
} // namespace Guichet::Server

namespace Guichet::Server::Channels {

//! guichet-server admin x …: the V2 Webhooks API (register, list, validate,
//! delete; the app's bearer token) and Account Activity subscriptions
//! (subscribe in the account's user context, OAuth 1.0a or the stored OAuth
//! 2.0 token; list and unsubscribe with the bearer token), as docs.x.com documents them.
//! @p words are the words after "x". 0 on success, 1 when X refuses, 2 on a
//! usage error.
//! @p userAccessToken: the account's OAuth 2.0 access token, used to
//! subscribe when there are no OAuth 1.0a credentials.
int runXAdmin(const ChannelSettings::Twitter &settings, const QStringList &words, QTextStream &out,
              QTextStream &err, const QString &userAccessToken = {});

//! guichet-server admin x token import [FILE] | status [--json] | refresh | clear:
//! the account's OAuth 2.0 tokens, sealed in @p settingsStore. import reads the JSON
//! answer of X's token endpoint from FILE or stdin (never from argv). 0 on
//! success (status: the tokens work), 1 otherwise, 2 on a usage error.
int runXTokenAdmin(const ChannelSettings::Twitter &settings, SettingsStore &settingsStore,
                   const QStringList &words, bool json, QTextStream &out, QTextStream &err);

} // namespace Guichet::Server::Channels
