#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Guichet::Server::Channels {

//! One thing X told the webhook, whichever X API delivered it: what the
//! channel acts on (store a message, show typing, mark replies read).
struct XEvent
{
    //! Revoked: the account took the app's access back (XAA oauth.revoke).
    enum class Kind { Message, Typing, Read, Revoked };
    Kind kind = Kind::Message;
    QString senderId; //!< the X user id of who did it (ours for our own echoes)
    // Message
    QString id; //!< the direct message event id (the same id the v2 send answers)
    QString text;
    QString quickReplyMetadata;
    QString senderName;
    QString senderHandle;
    QString mediaUrl;
    QString mediaType;
    // Read
    QString lastReadEventId;
};

//! A way X delivers events to /webhooks/twitter. The webhook checks the
//! signature and the JSON once, then asks each source whether the delivery is
//! its own: the Account Activity API today, the X Activity API (its
//! replacement) beside it tomorrow, without touching what the channel does
//! with the events (docs/channels.md, "From the Account Activity API to the X
//! Activity API").
class XEventSource
{
public:
    virtual ~XEventSource() = default;
    //! For logs: "account_activity".
    virtual QString name() const = 0;
    //! Is this delivery in this source's shape?
    virtual bool recognises(const QJsonObject &delivery) const = 0;
    //! The account the delivery is for; empty when it names none (refused).
    virtual QString forUser(const QJsonObject &delivery) const = 0;
    //! The events of the delivery, in order; unknown kinds are left out.
    virtual QList<XEvent> events(const QJsonObject &delivery) const = 0;
};

//! The Account Activity API (v2 webhooks): {"for_user_id", "direct_message_events",
//! "direct_message_indicate_typing_events", "direct_message_mark_read_events",
//! "users"} (docs.x.com/x-api/enterprise/account-activity-api/).
class AccountActivitySource : public XEventSource
{
public:
    QString name() const override;
    bool recognises(const QJsonObject &delivery) const override;
    QString forUser(const QJsonObject &delivery) const override;
    QList<XEvent> events(const QJsonObject &delivery) const override;
};

//! The X Activity API (XAA), its replacement (the Account Activity API ends on
//! 1 January 2027): {"data":{"event_uuid","filter":{"user_id"},"event_type",
//! "tag","payload"}} over the same V2 webhooks. dm.received and dm.sent carry
//! the Account Activity arrays in "payload" (users as {"data":{…}});
//! dm.read and dm.indicate_typing have no published sample: read when they
//! follow the same pattern, else left out (docs.x.com/x-api/activity/event-payloads).
class XActivitySource : public XEventSource
{
public:
    QString name() const override;
    bool recognises(const QJsonObject &delivery) const override;
    QString forUser(const QJsonObject &delivery) const override;
    QList<XEvent> events(const QJsonObject &delivery) const override;
};

} // namespace Guichet::Server::Channels
