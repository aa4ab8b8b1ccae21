#pragma once

#include "routingsettings.h"
#include "server/storage/records.h"

namespace Guichet::Server {

//! Who may see and do what. Every request is checked here, on the server.
//!
//! - supervisors see every conversation and may act on any;
//! - gendarmes see their team's conversations (and those they hold);
//! - reservists (time-boxed accounts) see the conversations they hold and,
//!   during a surge, the queued conversations the surge covers in their team;
//! - only the holder of a claim (or a supervisor) replies, transfers, closes;
//! - what a conversation says (canRead) is the supervisors', the holder's, and,
//!   while it waits unheld, the queue's preview for those who see it.
namespace Access {

//! The part of a conversation that access depends on.
struct Scope
{
    ConversationState state = ConversationState::Queued;
    QString owner;
    QString team;
    Channel channel = Channel::WebChat;
    Language lang = Language::Fr;

    static Scope of(const ConversationRecord &c)
    {
        return { c.state, c.owner, c.team, c.channel, c.lang };
    }
};

bool canSee(const AgentRecord &agent, const Scope &conversation, const Surge &surge, qint64 now);
//! May @p agent be sent what the conversation says (its messages, notes,
//! consent, survey comment: carriesContent)? Supervisors: whatever they see;
//! the others: a conversation they see that they hold, or that nobody holds
//! (waiting in the queue, or closed from it). A colleague's conversation shows
//! only its lifecycle (opened, claimed, released, closed, flags, SLA).
bool canRead(const AgentRecord &agent, const Scope &conversation, const Surge &surge, qint64 now);
//! Whether events of @p kind carry what a conversation says (gated by canRead).
bool carriesContent(EventKind kind);
//! May @p agent act as the conversation's holder (reply, close, transfer…)?
bool canHandle(const AgentRecord &agent, const Scope &conversation, qint64 now);

} // namespace Access
} // namespace Guichet::Server
