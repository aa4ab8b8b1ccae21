#include "notificationpolicy.h"

namespace Guichet {

std::optional<Notification> NotificationPolicy::consider(const std::optional<Conversation> &before,
                                                         const Conversation &after) const
{
    if (after.state == ConversationState::Closed)
        return std::nullopt;
    // The citizen's name only when the agent chose it (Settings); the reference
    // is enough to find the conversation and says nothing about the person.
    const bool named = m_showNames && !after.citizen.isEmpty();
    if (after.emergency && (!before || !before->emergency))
        return Notification {
            Notification::Kind::Emergency, after.id, tr("Possible emergency"),
            named ? tr("%1 may be in danger: open the conversation now.").arg(after.citizen)
                  : tr("A citizen may be in danger (%1): open the conversation now.")
                        .arg(after.reference)
        };
    if (m_presence == Presence::Busy)
        return std::nullopt;
    if (!before && after.channel == Channel::WebChat && after.state == ConversationState::Queued)
        return Notification {
            Notification::Kind::NewChat, after.id, tr("New chat"),
            named ? tr("%1 is waiting in the chat.").arg(after.citizen)
                  : tr("A citizen is waiting in the chat (%1).").arg(after.reference)
        };
    const bool concernsMe = after.owner == m_login || after.state == ConversationState::Queued;
    if (concernsMe && after.sla == SlaState::AtRisk && before && before->sla == SlaState::OnTime)
        return Notification {
            Notification::Kind::AtRisk, after.id, tr("Answer due soon"),
            named ? tr("The conversation with %1 is about to miss its deadline.").arg(after.citizen)
                  : tr("Conversation %1 is about to miss its deadline.").arg(after.reference)
        };
    return std::nullopt;
}

} // namespace Guichet
