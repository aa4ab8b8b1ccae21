#pragma once

#include "server/channels/channels.h"
#include "server/conversations/conversationservice.h"
#include "server/storage/storage.h"

namespace Guichet::Server {

//! The composition root's helpers: which of Storage's stores each part is
//! handed (guichet-server, the admin command, the tests and benchmarks that
//! build the parts themselves). The parts never see Storage.

inline ConversationService::Stores serviceStores(Storage &storage)
{
    return { storage.database(),          storage.eventLog(),      storage.agentStore(),
             storage.conversationStore(), storage.commandAcks(),   storage.sendQueueStore(),
             storage.surveyStore(),       storage.settingsStore(), storage.abuseStore(),
             storage.auditLog(),          storage.figureStore(),   storage.enrolmentStore(),
             storage.faqStore() };
}

inline Channels::Channels::Stores channelStores(Storage &storage)
{
    return { storage.database(),   storage.conversationStore(), storage.sendQueueStore(),
             storage.abuseStore(), storage.surveyStore(),       storage.settingsStore() };
}

} // namespace Guichet::Server
