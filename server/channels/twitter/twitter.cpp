#include "twitter.h"

#include "oauth1.h"
#include "protocol/limits.h"
#include "protocol/logging.h"
#include "protocol/validation.h"
#include "server/channels/intake.h"
#include "server/channels/textnormalizer.h"
#include "server/conversations/conversationservice.h"
#include "server/core/secrets.h"
#include "server/core/serverlogging.h"
#include "server/storage/storage.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse plain(const QByteArray &text, StatusCode status)
{
    QHttpServerResponse response("text/plain; charset=utf-8", text, status);
    response.addHeader("X-Content-Type-Options", "nosniff");
    return response;
}

QByteArray signatureOf(const QString &secret, const QByteArray &data)
{
    return "sha256=" + Secrets::hmacSha256(secret.toUtf8(), data).toBase64();
}

} // namespace

TwitterChannel::TwitterChannel(Storage &storage, ConversationService &service, Intake &intake,
                               const ChannelSettings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_service(service)
    , m_intake(intake)
    , m_settings(settings)
    , m_clock(clock)
{ }

QHttpServerResponse TwitterChannel::handle(const QHttpServerRequest &request)
{
    if (request.method() == QHttpServerRequest::Method::Get)
        return crc(request);
    if (request.method() == QHttpServerRequest::Method::Post)
        return receive(request);
    return plain("method not allowed\n", StatusCode::MethodNotAllowed);
}

QHttpServerResponse TwitterChannel::crc(const QHttpServerRequest &request) const
{
    // Answered at once, from memory: X gives up after 3 seconds.
    const QString token = request.query().queryItemValue(u"crc_token"_s, QUrl::FullyDecoded);
    if (!m_settings.twitter.receives())
        return plain("X is not configured\n", StatusCode::ServiceUnavailable);
    // The answer is the HMAC X also signs webhook bodies with (same key, same
    // function: X decides both). Signing any text would make this GET an oracle
    // for forged POSTs; a real crc_token is short base64 or a UUID, and a body
    // is a JSON object, so only that shape is answered.
    static const QRegularExpression crcShape(u"^[A-Za-z0-9+/=_-]{8,128}$"_s);
    if (!crcShape.match(token).hasMatch()) {
        qCWarning(lcChannels).noquote() << "event=twitter_crc_refused";
        return plain("missing or invalid crc_token\n", StatusCode::BadRequest);
    }
    const QJsonObject answer {
        { u"response_token"_s,
          QString::fromLatin1(signatureOf(m_settings.twitter.consumerSecret, token.toUtf8())) }
    };
    QHttpServerResponse response(answer);
    response.addHeader("X-Content-Type-Options", "nosniff");
    return response;
}

QHttpServerResponse TwitterChannel::receive(const QHttpServerRequest &request)
{
    return receive(request.body(), request.value("x-twitter-webhooks-signature"));
}

QHttpServerResponse TwitterChannel::receive(const QByteArray &body,
                                            const QByteArray &signatureHeader)
{
    if (!m_settings.twitter.receives()) {
        qCWarning(lcChannels).noquote() << "event=twitter_refused reason=not_configured";
        return plain("X is not configured\n", StatusCode::ServiceUnavailable);
    }
    if (body.size() > m_settings.abuse.webhookMaxBytes)
        return plain("payload too large\n", StatusCode::PayloadTooLarge);
    const QByteArray header = signatureHeader.trimmed();
    if (!Secrets::equalConstantTime(header, signatureOf(m_settings.twitter.consumerSecret, body))) {
        qCWarning(lcChannels).noquote().nospace()
            << "event=twitter_signature_refused present=" << (header.isEmpty() ? "no" : "yes");
        return plain("invalid signature\n", StatusCode::Forbidden);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcChannels).noquote() << "event=twitter_malformed";
        return plain("malformed payload\n", StatusCode::BadRequest);
    }
    const QJsonObject root = document.object();
    // Every Account Activity event names the subscribed account: one without,
    // or for an account that is not ours, is not a citizen writing to us.
    const QString forUser = root.value(u"for_user_id"_s).toString();
    const QString account = m_settings.twitter.accountId;
    if (account.isEmpty()) {
        qCWarning(lcChannels).noquote() << "event=twitter_refused reason=no_account_id";
        return plain("X account id is not configured (GUICHET_TWITTER_ACCOUNT_ID)\n",
                     StatusCode::ServiceUnavailable);
    }
    if (forUser.isEmpty()) {
        qCWarning(lcChannels).noquote() << "event=twitter_refused reason=no_for_user_id";
        return plain("for_user_id missing\n", StatusCode::BadRequest);
    }
    if (forUser != account) {
        qCWarning(lcChannels).noquote() << "event=twitter_ignored reason=other_account";
        return plain("", StatusCode::Ok);
    }
    // Any statement that failed for want of the database makes the whole
    // delivery fail (503): the platform sends it again, and what was stored
    // already is recognised by its id.
    const quint64 outages = m_storage.outages();
    const QString &us = account;
    bool stored = true;
    const QJsonObject users = root.value(u"users"_s).toObject();
    for (const QJsonValue &value : root.value(u"direct_message_events"_s).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(u"type"_s).toString() == u"message_create"_s)
            stored = handleMessage(event, users, us) && stored;
    }
    for (const QJsonValue &value :
         root.value(u"direct_message_indicate_typing_events"_s).toArray()) {
        const QString sender = value.toObject().value(u"sender_id"_s).toString();
        if (sender.isEmpty() || sender == us)
            continue;
        if (const auto c = m_storage.openConversationOf(Channel::Twitter, sender))
            Q_EMIT citizenTyping(c->id, true);
    }
    for (const QJsonValue &value : root.value(u"direct_message_mark_read_events"_s).toArray()) {
        const QJsonObject event = value.toObject();
        const QString reader = event.value(u"sender_id"_s).toString();
        const auto last = m_storage.sendByExternalId(
            Channel::Twitter, event.value(u"last_read_event_id"_s).toString());
        if (reader.isEmpty() || reader == us || !last)
            continue;
        for (const Storage::SendRecord &sent :
             m_storage.sentUpTo(last->conversation, last->sentAt)) {
            const auto m = m_storage.message(sent.messageId);
            if (m && m->delivery != DeliveryState::Read && m->delivery != DeliveryState::Failed)
                (void)m_service.setDelivery(sent.messageId, DeliveryState::Read, {});
        }
    }
    if (!stored || m_storage.outages() != outages) {
        qCWarning(lcChannels).noquote() << "event=webhook_deferred reason=storage";
        QHttpServerResponse response = plain("try again\n", StatusCode::ServiceUnavailable);
        response.addHeader("Retry-After", "5");
        return response;
    }
    return plain("", StatusCode::Ok);
}

bool TwitterChannel::handleMessage(const QJsonObject &event, const QJsonObject &users,
                                   const QString &us)
{
    const QJsonObject create = event.value(u"message_create"_s).toObject();
    const QString senderId = create.value(u"sender_id"_s).toString();
    if (senderId.isEmpty() || senderId.size() > 64 || senderId == us)
        return true; // our own outgoing message, echoed by the webhook
    const QJsonObject data = create.value(u"message_data"_s).toObject();
    const QString metadata =
        data.value(u"quick_reply_response"_s).toObject().value(u"metadata"_s).toString();
    if (metadata.startsWith(QLatin1StringView(kSurveyMetadata))) {
        const int rating = metadata.mid(int(qstrlen(kSurveyMetadata))).toInt();
        if (rating >= 1 && rating <= 5)
            m_intake.surveyAnswer(Channel::Twitter, senderId, rating);
        return true;
    }
    const QString text =
        cleanIncomingText(data.value(u"text"_s).toString(), Protocol::kMaxMessageChars);
    // The survey prompt (no quick replies in the v2 API) asks for 1 to 5: a
    // message that is only that number, after a conversation that was closed
    // and not yet rated, is the answer.
    static const QRegularExpression rating(u"^\\s*([1-5])\\s*\\x{2605}*\\s*[.!]?\\s*$"_s);
    if (const auto match = rating.match(text); match.hasMatch()) {
        const auto last = m_storage.latestConversationOf(Channel::Twitter, senderId);
        if (last && last->state == ConversationState::Closed && !m_storage.survey(last->id)) {
            m_intake.surveyAnswer(Channel::Twitter, senderId, match.captured(1).toInt());
            return true;
        }
    }
    QJsonArray attachments;
    const QJsonObject media = data.value(u"attachment"_s).toObject().value(u"media"_s).toObject();
    const QString mediaUrl = media.value(u"media_url_https"_s).toString();
    if (Protocol::isValidHttpUrl(mediaUrl)) {
        QJsonObject link { { u"url"_s, mediaUrl } };
        const QString type = media.value(u"type"_s).toString();
        if (!type.isEmpty())
            link.insert(u"type"_s, cleanIncomingText(type, 64));
        attachments.append(link);
    }
    if (text.trimmed().isEmpty() && attachments.isEmpty())
        return true;

    const QString sender = m_intake.senderKey(Channel::Twitter, senderId);
    if (m_intake.isSilenced(sender)) {
        qCInfo(lcChannels).noquote() << "event=message_dropped channel=twitter reason=silenced";
        return true;
    }
    // Over the rate: stored all the same (the platform will not send it
    // again), marked for the agent, the citizen told once.
    const bool overLimit = !m_intake.takeSenderToken(sender);
    ConversationService::Incoming in;
    in.channel = Channel::Twitter;
    const QJsonObject user = users.value(senderId).toObject();
    const QString name = cleanIncomingText(user.value(u"name"_s).toString(), 100).simplified();
    const QString handle =
        cleanIncomingText(user.value(u"screen_name"_s).toString(), 50).simplified();
    in.citizen = name.isEmpty() ? tr("X user") : name;
    if (!handle.isEmpty())
        in.citizen += u" (@"_s + handle + u')';
    in.citizenKey = senderId;
    in.text = text;
    if (!attachments.isEmpty())
        in.attachments =
            QString::fromUtf8(QJsonDocument(attachments).toJson(QJsonDocument::Compact));
    const QString id = event.value(u"id"_s).toString();
    if (!id.isEmpty())
        in.externalId = u"twitter:"_s + id.left(64);
    auto received = m_intake.receive(in, sender, true);
    if (received && overLimit)
        m_intake.markOverLimit(*received, sender);
    if (!received) {
        qCWarning(lcChannels).noquote().nospace()
            << "event=twitter_store_failed reason=" << received.error().message;
        return received.error().code != ErrorCode::StorageError
            && received.error().code != ErrorCode::StorageFull
            && received.error().code != ErrorCode::Unavailable;
    }
    return true;
}

Result<void> TwitterChannel::checkReply(const ConversationRecord &c, const QString &text) const
{
    const auto &s = m_settings.twitter;
    if (!s.sends() && !m_settings.demo) {
        return makeError(ErrorCode::DeliveryFailed,
                         tr("X replies are not configured on this server (GUICHET_TWITTER_* "
                            "credentials): this reply cannot be sent"));
    }
    const qsizetype length = Protocol::codePointCount(text);
    if (length > s.maxTextChars) {
        return makeError(ErrorCode::TextTooLong,
                         tr("X limits a direct message to %1 characters; this reply has %2")
                             .arg(s.maxTextChars)
                             .arg(length));
    }
    if (m_clock.nowMs() - c.lastCitizenAt > s.replyWindowMs) {
        return makeError(ErrorCode::WindowClosed,
                         tr("X allows replies for %1 hours after the citizen's last message; they "
                            "last wrote on %2. They must write again before you can answer here.")
                             .arg(s.replyWindowMs / (3600 * 1000))
                             .arg(QDateTime::fromMSecsSinceEpoch(c.lastCitizenAt)
                                      .toString(u"yyyy-MM-dd HH:mm"_s)));
    }
    if (m_storage.liveRepliesSince(c.id, c.lastCitizenAt) >= s.maxRepliesPerWindow) {
        return makeError(ErrorCode::RateLimited,
                         tr("X allows %1 replies to each message of a citizen; wait for them to "
                            "write again")
                             .arg(s.maxRepliesPerWindow));
    }
    return {};
}

void TwitterChannel::send(const Outgoing &message, std::function<void(const Delivery &)> done)
{
    const auto &s = m_settings.twitter;
    if (!s.sends()) {
        done({ false, false, {}, tr("X replies are not configured on this server") });
        return;
    }
    static const QRegularExpression userId(u"^[0-9]{1,20}$"_s);
    const QString participant = message.conversation.citizenKey;
    if (!userId.match(participant).hasMatch()) {
        done({ false, false, {}, tr("this conversation has no X user id to write to") });
        return;
    }
    // One-to-one message, X API v2 (docs.x.com/x-api/direct-messages/manage):
    // POST /2/dm_conversations/with/:participant_id/messages {"text": …}. The
    // v2 API has no quick replies: the survey prompt asks for a number from 1
    // to 5, and a reply that is just that number answers it (handleMessage).
    const QJsonObject body { { u"text"_s, message.text } };
    const QUrl url(s.apiUrl + u"/2/dm_conversations/with/%1/messages"_s.arg(participant));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    // OAuth 1.0a user context: a JSON body is not part of the signature.
    request.setRawHeader("Authorization",
                         OAuth1::authorizationHeader("POST", url,
                                                     { s.consumerKey, s.consumerSecret,
                                                       s.accessToken, s.accessTokenSecret },
                                                     m_clock.nowMs()));
    request.setTransferTimeout(15000);
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        done(deliveryOf(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        reply->readAll(), *reply, reply->errorString()));
    });
}

Delivery TwitterChannel::deliveryOf(int status, const QByteArray &data, const QNetworkReply &reply,
                                    const QString &networkError) const
{
    if (status == 0)
        return { false, true, {}, tr("X could not be reached (%1)").arg(networkError) };
    const QJsonObject answer = QJsonDocument::fromJson(data).object();
    // 201 {"data": {"dm_conversation_id": "…", "dm_event_id": "…"}}; event ids
    // are the same as the Account Activity API's (read receipts match them).
    const QString id = answer.value(u"data"_s).toObject().value(u"dm_event_id"_s).toString();
    if (status >= 200 && status < 300 && !id.isEmpty())
        return { true, false, id, {} };
    // v2 errors are problem details ({"title", "detail", "type", "status"}),
    // sometimes with "errors": [{"message"}] (docs.x.com/x-api/fundamentals/
    // response-codes-and-errors).
    QString reason = answer.value(u"detail"_s).toString();
    const QString first =
        answer.value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString();
    if (!first.isEmpty() && !reason.contains(first))
        reason = reason.isEmpty() ? first : reason + u" — "_s + first;
    if (reason.isEmpty())
        reason = answer.value(u"title"_s).toString();
    if (reason.isEmpty())
        reason = tr("HTTP status %1").arg(status);
    reason = reason.left(300);
    if (status == 429) {
        // docs.x.com/x-api/fundamentals/rate-limits: x-rate-limit-reset is the
        // end of the 15-minute window (epoch seconds); the 24-hour DM caps say
        // theirs in x-user-limit-24hour-* and x-app-limit-24hour-*.
        qint64 reset = reply.rawHeader("x-rate-limit-reset").toLongLong();
        for (const QByteArray &prefix :
             { QByteArray("x-user-limit-24hour-"), QByteArray("x-app-limit-24hour-") }) {
            if (reply.hasRawHeader(prefix + "remaining")
                && reply.rawHeader(prefix + "remaining").trimmed() == "0")
                reset = std::max(reset, reply.rawHeader(prefix + "reset").toLongLong());
        }
        const qint64 at = reset * 1000;
        const qint64 now = m_clock.nowMs();
        if (reset <= 0 || at - now <= m_settings.twitter.maxRateLimitWaitMs) {
            return { false,
                     true,
                     {},
                     tr("X's rate limit on direct messages is reached; sent again when it lifts"),
                     at };
        }
        return {
            false,
            false,
            {},
            tr("X's limit on direct messages is reached until %1 (UTC): retry the message "
               "after that")
                .arg(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s))
        };
    }
    if (status >= 500)
        return { false, true, {}, tr("X is unavailable: %1").arg(reason) };
    if (status == 401) {
        return { false,
                 false,
                 {},
                 tr("X refused our credentials (%1): the access token is invalid, expired or "
                    "revoked; an administrator must renew it (docs/channels.md)")
                     .arg(reason) };
    }
    return { false, false, {}, tr("X refused the message: %1 (HTTP %2)").arg(reason).arg(status) };
}

} // namespace Guichet::Server::Channels
