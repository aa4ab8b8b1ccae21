#include "notificationpolicy.h"

namespace Guichet {

std::optional<Notification> NotificationPolicy::consider(const std::optional<Conversation> &before,
                                                         const Conversation &after) const
{
    if (after.state == ConversationState::Closed)
        return std::nullopt;
    const QString who = after.citizen.isEmpty() ? after.reference : after.citizen;
    if (after.emergency && (!before || !before->emergency))
        return Notification { Notification::Kind::Emergency, after.id, tr("Possible emergency"),
                              tr("%1 may be in danger: open the conversation now.").arg(who) };
    if (m_presence == Presence::Busy)
        return std::nullopt;
    if (!before && after.channel == Channel::WebChat && after.state == ConversationState::Queued)
        return Notification { Notification::Kind::NewChat, after.id, tr("New chat"),
                              tr("%1 is waiting in the chat.").arg(who) };
    const bool concernsMe = after.owner == m_login || after.state == ConversationState::Queued;
    if (concernsMe && after.sla == SlaState::AtRisk && before && before->sla == SlaState::OnTime)
        return Notification {
            Notification::Kind::AtRisk, after.id, tr("Answer due soon"),
            tr("The conversation with %1 is about to miss its deadline.").arg(who)
        };
    return std::nullopt;
}

} // namespace Guichet
