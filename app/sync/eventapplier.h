#pragma once

#include "app/store/store.h"
#include "protocol/frames.h"

#include <QHash>
#include <QSet>

namespace Guichet {

//! What applying an event changed in the cache, for the signals sent after
//! the transaction commits.
struct AppliedChange
{
    qint64 conversation = 0; //!< a conversation row changed (0: none)
    QString message; //!< a message row changed (empty: none)
    bool faq = false; //!< the knowledge base changed
    bool redirects = false; //!< the redirect definitions changed (cache setting "redirects")
    bool roster = false; //!< an agent's presence or load changed (cache setting "roster")
    bool supervision = false; //!< a supervisor's action (cache setting "supervisorActions")
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

    //! Apply one event. Conversation rows are kept in memory until flush(): a
    //! batch of ten messages to one conversation updates its row once.
    Result<AppliedChange> apply(const Protocol::Event &event);
    //! Write the conversation rows the batch changed (still in the transaction).
    Result<void> flush();

private:
    std::optional<Conversation> conversation(qint64 id);
    void keep(const Conversation &c);

    Store &m_store;
    QHash<qint64, Conversation> m_conversations;
    QSet<qint64> m_dirty; //!< a set: a catch-up transaction touches thousands of rows
};

} // namespace Guichet
