#include "serverlogging.h"

namespace Guichet::Server {
Q_LOGGING_CATEGORY(lcServer, "guichet.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "guichet.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAgents, "guichet.server.agents", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "guichet.server.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRouting, "guichet.server.routing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChannels, "guichet.server.channels", QtInfoMsg)
} // namespace Guichet::Server
