#pragma once

#include "protocol/enums.h"
#include "protocol/frames.h"

#include <QList>
#include <QString>

#include <optional>

namespace Guichet::Server {

//! An agent account as the server keeps it.
struct AgentRecord
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Gendarme;
    QString team;
    QList<Language> languages;
    int capacity = 10;
    bool disabled = false;
    qint64 expiresAt = 0; //!< reservists: end of the time box (ms), 0: none
    QString passwordHash;
    int failedLogins = 0;
    qint64 lockedUntil = 0; //!< brute-force slow-down: no login before this (ms)
    bool wipeRequested = false;
    qint64 lastSeen = 0; //!< last heartbeat of a live connection (ms)
    Presence presence = Presence::Offline;

    Protocol::AgentInfo info() const;
    //! Disabled, or a reservist past the end of their time box.
    bool isActive(qint64 now) const { return !disabled && (expiresAt == 0 || now < expiresAt); }
    bool speaks(Language lang) const { return languages.contains(lang); }
};

//! A conversation as the server keeps it.
struct ConversationRecord
{
    qint64 id = 0;
    QString reference;
    Channel channel = Channel::WebChat;
    Language lang = Language::Fr;
    QString citizen; //!< display name shown to agents
    QString citizenKey; //!< channel identity (PSID, X user id, e-mail…): never logged
    QString subject;
    ConversationState state = ConversationState::Queued;
    QString owner;
    QString team;
    bool emergency = false;
    bool sgbv = false;
    SlaState sla = SlaState::OnTime;
    qint64 deadline = 0; //!< when an agent's answer is due (ms), 0: nothing due
    std::optional<Outcome> outcome;
    qint64 openedAt = 0;
    qint64 updatedAt = 0;
    qint64 closedAt = 0;
    qint64 lastCitizenAt = 0; //!< for the platforms' reply windows
    QByteArray accessDigest; //!< digest of the citizen's session or follow-up token
};

//! A stored message.
struct MessageRecord
{
    QString id;
    qint64 conversation = 0;
    qint64 seq = 0;
    Author author = Author::Citizen;
    QString agent;
    QString text;
    QString attachments; //!< JSON array text, empty if none
    qint64 at = 0;
    DeliveryState delivery = DeliveryState::Sent;
    QString reason;
    QString externalId; //!< the platform's id (Messenger mid, X event id)
};

} // namespace Guichet::Server
