#include "access.h"

namespace Guichet::Server::Access {

namespace {

bool sameTeam(const AgentRecord &agent, const Scope &conversation)
{
    return conversation.team.isEmpty() || conversation.team == agent.team;
}

} // namespace

bool canSee(const AgentRecord &agent, const Scope &conversation, const Surge &surge, qint64 now)
{
    if (!agent.isActive(now))
        return false;
    if (agent.role == Role::Supervisor)
        return true;
    if (!conversation.owner.isEmpty() && conversation.owner == agent.login)
        return true;
    switch (agent.role) {
    case Role::Gendarme:
        return sameTeam(agent, conversation);
    case Role::Reservist:
        return conversation.state == ConversationState::Queued && sameTeam(agent, conversation)
            && surge.covers(conversation.channel, conversation.lang);
    case Role::Supervisor:
        break;
    }
    return false;
}

bool canRead(const AgentRecord &agent, const Scope &conversation, const Surge &surge, qint64 now)
{
    if (!canSee(agent, conversation, surge, now))
        return false;
    return agent.role == Role::Supervisor || conversation.owner.isEmpty()
        || conversation.owner == agent.login;
}

bool carriesContent(EventKind kind)
{
    switch (kind) {
    case EventKind::MessageAdded: // text, attachments
    case EventKind::MessageDelivery: // of a message withheld, with its failure's reason
    case EventKind::ConversationRedirected: // the consent question's text
    case EventKind::SurveyAnswered: // the citizen's comment
        return true;
    default:
        return false;
    }
}

bool canHandle(const AgentRecord &agent, const Scope &conversation, qint64 now)
{
    if (!agent.isActive(now))
        return false;
    return agent.role == Role::Supervisor
        || (conversation.state == ConversationState::Claimed && conversation.owner == agent.login);
}

} // namespace Guichet::Server::Access
