#pragma once

#include "database.h"
#include "records.h"

namespace Guichet::Server {

//! What keeps abuse out across instances: silenced senders and once-only
//! marks (a notice sent once, a webhook delivery handled once).
class AbuseStore : public SqlStore
{
public:
    using SqlStore::SqlStore;

    //! True the first time @p key is marked, false ever after (across instances).
    Result<bool> markOnce(const QString &key, qint64 at);
    Result<void> silenceSender(const QString &sender, qint64 until);
    //! When the silence of @p sender ends (ms), 0 when not silenced.
    qint64 silencedUntil(const QString &sender);
};

} // namespace Guichet::Server
