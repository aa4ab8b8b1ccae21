#pragma once

#include "app/store/store.h"
#include "protocol/frames.h"

namespace Guichet {

//! What applying an event changed in the cache, for the signals sent after
//! the transaction commits.
struct AppliedChange
{
    qint64 conversation = 0; //!< a conversation row changed (0: none)
    QString message; //!< a message row changed (empty: none)
    bool faq = false; //!< the knowledge base changed
    bool settings = false; //!< redirect definitions changed
};

//! Applies server events to the cache, idempotently: an event older than what
//! a conversation already reflects is skipped, messages are keyed by their id.
//! Pure data work, inside the caller's transaction.
class EventApplier
{
public:
    explicit EventApplier(Store &store)
        : m_store(store)
    { }

    Result<AppliedChange> apply(const Protocol::Event &event);

private:
    Store &m_store;
};

} // namespace Guichet
