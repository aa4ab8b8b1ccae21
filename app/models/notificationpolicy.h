#pragma once

#include "app/core/conversation.h"

#include <QCoreApplication>

#include <optional>

namespace Guichet {

//! A desktop notification the workstation should show.
struct Notification
{
    enum class Kind { NewChat, AtRisk, Emergency, Refused };
    Kind kind = Kind::NewChat;
    qint64 conversation = 0;
    QString title;
    QString body;
};

//! Decides which changes deserve a desktop notification: a new chat waiting, an
//! emergency, an SLA turning at risk on a conversation the agent holds or that
//! waits in the queue. Silent while the agent is busy (emergencies excepted: they
//! are never silenced).
class NotificationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::NotificationPolicy)

public:
    void setAgent(const QString &login) { m_login = login; }
    void setPresence(Presence presence) { m_presence = presence; }
    Presence presence() const { return m_presence; }
    //! Whether notifications name the citizen (off by default: desktop
    //! notifications are seen, logged and kept by the desktop, outside the cache).
    void setShowCitizenNames(bool show) { m_showNames = show; }
    bool showCitizenNames() const { return m_showNames; }

    //! @p before is the conversation as it was (nullopt: new to this workstation).
    std::optional<Notification> consider(const std::optional<Conversation> &before,
                                         const Conversation &after) const;

private:
    QString m_login;
    Presence m_presence = Presence::Available;
    bool m_showNames = false;
};

} // namespace Guichet
