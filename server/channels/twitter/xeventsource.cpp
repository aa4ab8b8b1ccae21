#include "xeventsource.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

QString AccountActivitySource::name() const
{
    return u"account_activity"_s;
}

bool AccountActivitySource::recognises(const QJsonObject &delivery) const
{
    // Every Account Activity delivery names the subscribed account; one
    // without is refused by forUser() rather than taken for another shape.
    return delivery.contains(u"for_user_id"_s) || delivery.contains(u"direct_message_events"_s)
        || delivery.contains(u"direct_message_indicate_typing_events"_s)
        || delivery.contains(u"direct_message_mark_read_events"_s);
}

QString AccountActivitySource::forUser(const QJsonObject &delivery) const
{
    return delivery.value(u"for_user_id"_s).toString();
}

namespace {

// The direct message arrays of the Account Activity API, which the X
// Activity API's dm.* payloads keep. @p users maps ids to user objects: AAA's
// {"name","screen_name"}, XAA's {"data":{"name","username"}}.
void readArrays(const QJsonObject &container, QList<XEvent> &events)
{
    const QJsonObject users = container.value(u"users"_s).toObject();
    for (const QJsonValue &value : container.value(u"direct_message_events"_s).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(u"type"_s).toString() != u"message_create"_s)
            continue;
        const QJsonObject create = event.value(u"message_create"_s).toObject();
        const QJsonObject data = create.value(u"message_data"_s).toObject();
        XEvent e;
        e.kind = XEvent::Kind::Message;
        e.id = event.value(u"id"_s).toString();
        e.senderId = create.value(u"sender_id"_s).toString();
        e.text = data.value(u"text"_s).toString();
        e.quickReplyMetadata =
            data.value(u"quick_reply_response"_s).toObject().value(u"metadata"_s).toString();
        const QJsonObject media =
            data.value(u"attachment"_s).toObject().value(u"media"_s).toObject();
        e.mediaUrl = media.value(u"media_url_https"_s).toString();
        e.mediaType = media.value(u"type"_s).toString();
        QJsonObject user = users.value(e.senderId).toObject();
        if (user.value(u"data"_s).isObject())
            user = user.value(u"data"_s).toObject();
        e.senderName = user.value(u"name"_s).toString();
        e.senderHandle = user.contains(u"username"_s) ? user.value(u"username"_s).toString()
                                                      : user.value(u"screen_name"_s).toString();
        events.append(e);
    }
    for (const QJsonValue &value :
         container.value(u"direct_message_indicate_typing_events"_s).toArray()) {
        XEvent e;
        e.kind = XEvent::Kind::Typing;
        e.senderId = value.toObject().value(u"sender_id"_s).toString();
        events.append(e);
    }
    for (const QJsonValue &value :
         container.value(u"direct_message_mark_read_events"_s).toArray()) {
        const QJsonObject event = value.toObject();
        XEvent e;
        e.kind = XEvent::Kind::Read;
        e.senderId = event.value(u"sender_id"_s).toString();
        e.lastReadEventId = event.value(u"last_read_event_id"_s).toString();
        events.append(e);
    }
}

} // namespace

QList<XEvent> AccountActivitySource::events(const QJsonObject &delivery) const
{
    QList<XEvent> events;
    readArrays(delivery, events);
    return events;
}

QString XActivitySource::name() const
{
    return u"x_activity"_s;
}

bool XActivitySource::recognises(const QJsonObject &delivery) const
{
    return delivery.value(u"data"_s).toObject().value(u"event_type"_s).isString();
}

QString XActivitySource::forUser(const QJsonObject &delivery) const
{
    const QJsonObject data = delivery.value(u"data"_s).toObject();
    const QString user = data.value(u"filter"_s).toObject().value(u"user_id"_s).toString();
    // oauth.revoke may come with an empty filter: the account is in the payload.
    return user.isEmpty() ? data.value(u"payload"_s).toObject().value(u"user_id"_s).toString()
                          : user;
}

QList<XEvent> XActivitySource::events(const QJsonObject &delivery) const
{
    QList<XEvent> events;
    const QJsonObject data = delivery.value(u"data"_s).toObject();
    const QString type = data.value(u"event_type"_s).toString();
    // Only the unencrypted DM events: XChat's chat.* events are end-to-end
    // encrypted and cannot be read here; anything else is not a message to us.
    if (type == u"dm.received"_s || type == u"dm.sent"_s || type == u"dm.read"_s
        || type == u"dm.indicate_typing"_s) {
        readArrays(data.value(u"payload"_s).toObject(), events);
    } else if (type == u"oauth.revoke"_s) {
        XEvent e;
        e.kind = XEvent::Kind::Revoked;
        e.senderId = data.value(u"payload"_s).toObject().value(u"user_id"_s).toString();
        events.append(e);
    }
    return events;
}

} // namespace Guichet::Server::Channels
