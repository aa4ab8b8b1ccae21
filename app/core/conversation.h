#pragma once

#include "protocol/enums.h"

#include <QString>

#include <optional>

namespace Guichet {

//! A conversation as the workstation knows it (its row in the cache).
struct Conversation
{
    qint64 id = 0; //!< server id
    QString reference; //!< shown to the citizen ("BN-7K3Q9")
    Channel channel = Channel::WebChat;
    Language lang = Language::Fr;
    QString citizen; //!< display name or handle
    QString subject;
    ConversationState state = ConversationState::Queued;
    QString owner; //!< login of the agent holding the claim
    QString team;
    bool emergency = false;
    bool sgbv = false; //!< sexual and gender-based violence: goes first
    SlaState sla = SlaState::OnTime;
    qint64 deadline = 0; //!< ms since epoch
    std::optional<Outcome> outcome;
    qint64 openedAt = 0;
    qint64 updatedAt = 0;
    qint64 closedAt = 0;
    qint64 lastMessageAt = 0;
    QString lastExcerpt;
    int unread = 0;
    qint64 lastSeq = 0; //!< last event applied to this row

    bool operator==(const Conversation &) const = default;
};

} // namespace Guichet
