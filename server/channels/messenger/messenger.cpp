#include "messenger.h"

#include "protocol/limits.h"
#include "protocol/logging.h"
#include "protocol/validation.h"
#include "server/channels/intake.h"
#include "server/channels/textnormalizer.h"
#include "server/conversations/conversationservice.h"
#include "server/core/secrets.h"
#include "server/core/serverlogging.h"
#include "server/storage/database.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

//! A platform timestamp in milliseconds, or 0 when the value is not one (an
//! out-of-range double cast to an integer is undefined behaviour: found by fuzzing).
qint64 watermarkMs(const QJsonValue &value)
{
    return std::max<qint64>(0, value.toInteger(0));
}

using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse plain(const QByteArray &text, StatusCode status)
{
    QHttpServerResponse response("text/plain; charset=utf-8", text, status);
    response.addHeader("X-Content-Type-Options", "nosniff");
    return response;
}

// Meta's transient errors: "temporary", throttling, "service unavailable".
bool transientGraphError(int code, bool transientFlag)
{
    return transientFlag || code == 1 || code == 2 || code == 4 || code == 17 || code == 32
        || code == 341 || code == 613;
}

} // namespace

QUrl MessengerChannel::graphUrl(const ChannelSettings::Messenger &s, const QString &path,
                                QUrlQuery query)
{
    QUrl url(s.graphBase() + path);
    query.addQueryItem(u"access_token"_s, s.pageToken);
    // Meta recommends it on every server call; a page whose app has "Require
    // App Secret" refuses calls without it (error 100).
    if (const QString proof = s.appSecretProof(s.pageToken); !proof.isEmpty())
        query.addQueryItem(u"appsecret_proof"_s, proof);
    url.setQuery(query);
    return url;
}

MessengerChannel::MessengerChannel(Database &database, ConversationService &service, Intake &intake,
                                   const ChannelSettings &settings, const Clock &clock,
                                   QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_service(service)
    , m_intake(intake)
    , m_settings(settings)
    , m_clock(clock)
{ }

QHttpServerResponse MessengerChannel::handle(const QHttpServerRequest &request)
{
    if (request.method() == QHttpServerRequest::Method::Get)
        return verify(request);
    if (request.method() == QHttpServerRequest::Method::Post)
        return receive(request);
    return plain("method not allowed\n", StatusCode::MethodNotAllowed);
}

QHttpServerResponse MessengerChannel::verify(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const QByteArray token =
        query.queryItemValue(u"hub.verify_token"_s, QUrl::FullyDecoded).toUtf8();
    const QString challenge = query.queryItemValue(u"hub.challenge"_s, QUrl::FullyDecoded);
    const QByteArray expected = m_settings.messenger.verifyToken.toUtf8();
    if (query.queryItemValue(u"hub.mode"_s) != u"subscribe"_s || expected.isEmpty()
        || !Secrets::equalConstantTime(token, expected) || challenge.isEmpty()
        || challenge.size() > 256) {
        qCWarning(lcChannels).noquote() << "event=messenger_verify_refused";
        return plain("forbidden\n", StatusCode::Forbidden);
    }
    qCInfo(lcChannels).noquote() << "event=messenger_verified";
    return plain(challenge.toUtf8(), StatusCode::Ok);
}

QHttpServerResponse MessengerChannel::receive(const QHttpServerRequest &request)
{
    return receive(request.body(), request.value("x-hub-signature-256"));
}

QHttpServerResponse MessengerChannel::receive(const QByteArray &body,
                                              const QByteArray &signatureHeader)
{
    if (!m_settings.messenger.receives()) {
        qCWarning(lcChannels).noquote() << "event=messenger_refused reason=not_configured";
        return plain("Messenger is not configured\n", StatusCode::ServiceUnavailable);
    }
    if (m_settings.messenger.pageId.isEmpty()) {
        qCWarning(lcChannels).noquote() << "event=messenger_refused reason=no_page_id";
        return plain("Messenger page id is not configured (GUICHET_MESSENGER_PAGE_ID)\n",
                     StatusCode::ServiceUnavailable);
    }
    if (body.size() > m_settings.abuse.webhookMaxBytes)
        return plain("payload too large\n", StatusCode::PayloadTooLarge);
    // X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the raw body.
    const QByteArray header = signatureHeader.trimmed();
    const QByteArray expected =
        "sha256=" + Secrets::hmacSha256(m_settings.messenger.appSecret.toUtf8(), body).toHex();
    if (!Secrets::equalConstantTime(header.toLower(), expected)) {
        qCWarning(lcChannels).noquote().nospace()
            << "event=messenger_signature_refused present=" << (header.isEmpty() ? "no" : "yes");
        return plain("invalid signature\n", StatusCode::Forbidden);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || root.value(u"object"_s).toString() != u"page"_s || !root.value(u"entry"_s).isArray()) {
        qCWarning(lcChannels).noquote() << "event=messenger_malformed";
        return plain("malformed payload\n", StatusCode::BadRequest);
    }
    // Any statement that failed for want of the database makes the whole
    // delivery fail (503): the platform sends it again, and what was stored
    // already is recognised by its id.
    const quint64 outages = m_database.outages();
    QList<InboundItem> items;
    for (const QJsonValue &entry : root.value(u"entry"_s).toArray()) {
        // One app may serve several pages: only ours is read.
        if (entry.toObject().value(u"id"_s).toString() != m_settings.messenger.pageId) {
            qCWarning(lcChannels).noquote() << "event=messenger_ignored reason=other_page";
            continue;
        }
        for (const QJsonValue &event : entry.toObject().value(u"messaging"_s).toArray()) {
            if (event.isObject())
                parseEvent(event.toObject(), items);
        }
    }
    const bool stored = m_intake.accept(*this, items);
    if (!stored || m_database.outages() != outages) {
        qCWarning(lcChannels).noquote() << "event=webhook_deferred reason=storage";
        QHttpServerResponse response = plain("try again\n", StatusCode::ServiceUnavailable);
        response.addHeader("Retry-After", "5");
        return response;
    }
    return plain("EVENT_RECEIVED", StatusCode::Ok);
}

void MessengerChannel::parseEvent(const QJsonObject &event, QList<InboundItem> &items) const
{
    const QString psid = event.value(u"sender"_s).toObject().value(u"id"_s).toString();
    if (psid.isEmpty() || psid.size() > 64)
        return;
    InboundItem item;
    item.citizenKey = psid;
    if (event.contains(u"delivery"_s)) {
        const QJsonObject delivery = event.value(u"delivery"_s).toObject();
        item.kind = InboundItem::Kind::Receipt;
        item.state = DeliveryState::Delivered;
        for (const QJsonValue &mid : delivery.value(u"mids"_s).toArray())
            item.sentIds.append(mid.toString());
        item.watermark = watermarkMs(delivery.value(u"watermark"_s));
        items.append(item);
        return;
    }
    if (event.contains(u"read"_s)) {
        item.kind = InboundItem::Kind::Receipt;
        item.state = DeliveryState::Read;
        item.watermark = watermarkMs(event.value(u"read"_s).toObject().value(u"watermark"_s));
        items.append(item);
        return;
    }

    QString text;
    QString mid;
    QJsonArray attachments;
    if (event.contains(u"message"_s)) {
        const QJsonObject message = event.value(u"message"_s).toObject();
        if (message.value(u"is_echo"_s).toBool())
            return; // our own message, sent through the page
        mid = message.value(u"mid"_s).toString();
        const QString payload =
            message.value(u"quick_reply"_s).toObject().value(u"payload"_s).toString();
        if (payload.startsWith(QLatin1StringView(kSurveyPayload))) {
            item.kind = InboundItem::Kind::SurveyAnswer;
            item.rating = payload.mid(int(qstrlen(kSurveyPayload))).toInt();
            items.append(item);
            return;
        }
        text = message.value(u"text"_s).toString();
        for (const QJsonValue &value : message.value(u"attachments"_s).toArray()) {
            const QJsonObject attachment = value.toObject();
            const QString type = attachment.value(u"type"_s).toString().left(64);
            const QJsonObject payloadObject = attachment.value(u"payload"_s).toObject();
            QString url = payloadObject.value(u"url"_s).toString();
            if (url.isEmpty() && payloadObject.contains(u"coordinates"_s)) {
                const QJsonObject at = payloadObject.value(u"coordinates"_s).toObject();
                url = u"https://www.openstreetmap.org/?mlat=%1&mlon=%2"_s
                          .arg(at.value(u"lat"_s).toDouble())
                          .arg(at.value(u"long"_s).toDouble());
            }
            if (!Protocol::isValidHttpUrl(url) || attachments.size() >= Protocol::kMaxAttachments)
                continue;
            QJsonObject link { { u"url"_s, url } };
            if (!type.isEmpty())
                link.insert(u"type"_s, cleanIncomingText(type, 64));
            const QString title = attachment.value(u"title"_s).toString();
            if (!title.isEmpty())
                link.insert(u"name"_s,
                            cleanIncomingText(title, Protocol::kMaxNameChars).simplified());
            attachments.append(link);
        }
    } else if (event.contains(u"postback"_s)) {
        const QJsonObject postback = event.value(u"postback"_s).toObject();
        mid = postback.value(u"mid"_s).toString();
        text = postback.value(u"title"_s).toString();
    } else {
        return; // reactions, referrals, opt-ins: nothing for an agent
    }
    text = cleanIncomingText(text, Protocol::kMaxMessageChars);
    if (text.trimmed().isEmpty() && attachments.isEmpty())
        return;
    if (mid.isEmpty()) {
        // Meta gives every message and postback a mid: what we deduplicate on.
        // Without it a replayed body would be stored again.
        qCWarning(lcChannels).noquote() << "event=messenger_refused reason=no_mid";
        return;
    }
    item.kind = InboundItem::Kind::Text;
    item.citizenName = tr("Messenger user");
    item.text = text;
    item.attachments = attachments;
    item.externalId = u"messenger:"_s + mid.left(256);
    items.append(item);
}

bool MessengerChannel::canSend() const
{
    return m_settings.demo || m_settings.messenger.sends();
}

Result<void> MessengerChannel::checkReply(const ConversationRecord &c, const QString &text) const
{
    const auto &s = m_settings.messenger;
    if (!s.sends() && !m_settings.demo) {
        return makeError(ErrorCode::DeliveryFailed,
                         tr("Messenger replies are not configured on this server "
                            "(GUICHET_MESSENGER_PAGE_TOKEN): this reply cannot be sent"));
    }
    const qsizetype length = Protocol::codePointCount(text);
    if (length > s.maxTextChars) {
        return makeError(ErrorCode::TextTooLong,
                         tr("Messenger limits a message to %1 characters; this reply has %2: "
                            "shorten it or split it")
                             .arg(s.maxTextChars)
                             .arg(length));
    }
    const qint64 elapsed = m_clock.nowMs() - c.lastCitizenAt;
    const qint64 limit = s.humanAgentTag ? std::max(s.windowMs, s.humanAgentWindowMs) : s.windowMs;
    if (elapsed > limit) {
        const QString last =
            QDateTime::fromMSecsSinceEpoch(c.lastCitizenAt).toString(u"yyyy-MM-dd HH:mm"_s);
        return makeError(ErrorCode::WindowClosed,
                         s.humanAgentTag
                             ? tr("Messenger allows replies for %1 days after the citizen's last "
                                  "message (human agent tag); they last wrote on %2. They must "
                                  "write again before you can answer here.")
                                   .arg(s.humanAgentWindowMs / (24 * 3600 * 1000))
                                   .arg(last)
                             : tr("Messenger allows replies for %1 hours after the citizen's last "
                                  "message; they last wrote on %2. They must write again before "
                                  "you can answer here.")
                                   .arg(s.windowMs / (3600 * 1000))
                                   .arg(last));
    }
    return {};
}

void MessengerChannel::send(const Outgoing &message, std::function<void(const Delivery &)> done)
{
    const auto &s = m_settings.messenger;
    if (!s.sends()) {
        done({ false, false, {}, tr("Messenger replies are not configured on this server") });
        return;
    }
    const qint64 elapsed = message.now - message.conversation.lastCitizenAt;
    QJsonObject body { { u"recipient"_s,
                         QJsonObject { { u"id"_s, message.conversation.citizenKey } } } };
    if (elapsed <= s.windowMs) {
        body.insert(u"messaging_type"_s, u"RESPONSE"_s);
    } else if (message.kind == Outgoing::Kind::Reply && s.humanAgentTag
               && elapsed <= s.humanAgentWindowMs) {
        // A person answering, past the standard window: Meta's human agent tag.
        body.insert(u"messaging_type"_s, u"MESSAGE_TAG"_s);
        body.insert(u"tag"_s, u"HUMAN_AGENT"_s);
    } else {
        done({ false,
               false,
               {},
               tr("the Messenger reply window has closed (the citizen last wrote %n hour(s) ago)",
                  nullptr, int(elapsed / (3600 * 1000))) });
        return;
    }
    QJsonObject content { { u"text"_s, message.text } };
    if (message.kind == Outgoing::Kind::Survey) {
        QJsonArray replies;
        for (int rating = 1; rating <= 5; ++rating) {
            replies.append(QJsonObject {
                { u"content_type"_s, u"text"_s },
                { u"title"_s, u"%1 %2"_s.arg(rating).arg(QString(rating, QChar(0x2605))) },
                { u"payload"_s,
                  QString(QLatin1StringView(kSurveyPayload) + QString::number(rating)) } });
        }
        content.insert(u"quick_replies"_s, replies);
    }
    body.insert(u"message"_s, content);

    const QUrl url = graphUrl(s, u"/me/messages"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(15000);
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            // Qt's error strings may quote the URL, which carries the page token.
            QString why = reply->errorString();
            why.replace(m_settings.messenger.pageToken, u"…"_s);
            why.replace(m_settings.messenger.appSecretProof(m_settings.messenger.pageToken),
                        u"…"_s);
            done({ false, true, {}, tr("Messenger could not be reached (%1)").arg(why) });
            return;
        }
        if (status >= 200 && status < 300 && answer.contains(u"message_id"_s)) {
            done({ true, false, answer.value(u"message_id"_s).toString(), {} });
            return;
        }
        const QJsonObject error = answer.value(u"error"_s).toObject();
        const int code = error.value(u"code"_s).toInt();
        const bool retry = status >= 500 || status == 429
            || transientGraphError(code, error.value(u"is_transient"_s).toBool());
        QString reason = error.value(u"message"_s).toString().left(300);
        if (reason.isEmpty())
            reason = tr("HTTP status %1").arg(status);
        done({ false,
               retry,
               {},
               tr("Messenger refused the message: %1 (code %2)").arg(reason).arg(code) });
    });
}

void MessengerChannel::agentTyping(const ConversationRecord &c, bool active)
{
    const auto &s = m_settings.messenger;
    const qint64 at = m_clock.nowMs();
    if (!s.sends() || c.citizenKey.isEmpty() || at - c.lastCitizenAt > s.windowMs)
        return;
    if (active) {
        if (at - m_typingSent.value(c.id) < 10000)
            return;
        if (m_typingSent.size() > 10000)
            m_typingSent.clear();
        m_typingSent.insert(c.id, at);
    } else if (!m_typingSent.remove(c.id)) {
        return; // nothing was shown
    }
    const QUrl url = graphUrl(s, u"/me/messages"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(10000);
    const QJsonObject body { { u"recipient"_s, QJsonObject { { u"id"_s, c.citizenKey } } },
                             { u"sender_action"_s, active ? u"typing_on"_s : u"typing_off"_s } };
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

} // namespace Guichet::Server::Channels
