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
#include "server/storage/conversationstore.h"
#include "server/storage/database.h"
#include "server/storage/settingsstore.h"
#include "xoauth2.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

#include <utility>

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

TwitterChannel::TwitterChannel(Database &database, ConversationStore &conversations,
                               SettingsStore &settingsStore, ConversationService &service,
                               Intake &intake, const ChannelSettings &settings, const Clock &clock,
                               QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_conversationStore(conversations)
    , m_settingsStore(settingsStore)
    , m_service(service)
    , m_intake(intake)
    , m_settings(settings)
    , m_clock(clock)
{
    // Both of X's deliveries, told apart by their shape: the Account Activity
    // API until it ends, the X Activity API after (docs/channels.md).
    m_sources.push_back(std::make_unique<AccountActivitySource>());
    m_sources.push_back(std::make_unique<XActivitySource>());
    if (m_settings.twitter.oauth2()) {
        // Renewed ahead of need, so that the first reply after a quiet night
        // does not wait for X's token endpoint, and a refusal shows at once
        // (logs, /readyz) rather than at the next citizen's reply.
        m_tokenTimer.setInterval(int(std::min<qint64>(m_settings.twitter.tokenCheckMs, 3600000)));
        connect(&m_tokenTimer, &QTimer::timeout, this, [this] {
            // After a refusal only a send asks X again (or an import clears
            // it): a dead refresh token does not fill the log every minute.
            XOAuth2::Store store(m_settingsStore, m_settings.twitter);
            const auto tokens = store.loadStatus();
            if (tokens && tokens->failure.isEmpty())
                withAccessToken([](const Access &) {});
        });
        m_tokenTimer.start();
    }
}

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
    // The first source that knows the shape reads it; a delivery none knows
    // is read as the Account Activity API's (and refused for want of for_user_id).
    const XEventSource *source = m_sources.front().get();
    for (const auto &candidate : m_sources) {
        if (candidate->recognises(root)) {
            source = candidate.get();
            break;
        }
    }
    // Every delivery names the subscribed account: one without, or for an
    // account that is not ours, is not a citizen writing to us.
    const QString forUser = source->forUser(root);
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
    const quint64 outages = m_database.outages();
    const QString &us = account;
    QList<InboundItem> items;
    for (const XEvent &event : source->events(root)) {
        // Our own messages and reads come back through the webhook: not a citizen's.
        if (event.kind != XEvent::Kind::Revoked
            && (event.senderId.isEmpty() || event.senderId.size() > 64 || event.senderId == us))
            continue;
        InboundItem item;
        item.citizenKey = event.senderId;
        switch (event.kind) {
        case XEvent::Kind::Message:
            parseMessage(event, items);
            break;
        case XEvent::Kind::Typing:
            item.kind = InboundItem::Kind::Typing;
            items.append(item);
            break;
        case XEvent::Kind::Read:
            // Everything we sent up to the last message read.
            item.kind = InboundItem::Kind::Receipt;
            item.state = DeliveryState::Read;
            item.sentIds = { event.lastReadEventId };
            item.upToSentIds = true;
            items.append(item);
            break;
        case XEvent::Kind::Revoked:
            if (event.senderId == us)
                noteRevoked();
            break;
        }
    }
    const bool stored = m_intake.accept(*this, items);
    if (!stored || m_database.outages() != outages) {
        qCWarning(lcChannels).noquote() << "event=webhook_deferred reason=storage";
        QHttpServerResponse response = plain("try again\n", StatusCode::ServiceUnavailable);
        response.addHeader("Retry-After", "5");
        return response;
    }
    return plain("", StatusCode::Ok);
}

void TwitterChannel::parseMessage(const XEvent &event, QList<InboundItem> &items) const
{
    InboundItem item;
    item.citizenKey = event.senderId;
    const QString &metadata = event.quickReplyMetadata;
    if (metadata.startsWith(QLatin1StringView(kSurveyMetadata))) {
        item.kind = InboundItem::Kind::SurveyAnswer;
        item.rating = metadata.mid(int(qstrlen(kSurveyMetadata))).toInt();
        items.append(item);
        return;
    }
    item.text = cleanIncomingText(event.text, Protocol::kMaxMessageChars);
    // The survey prompt (no quick replies in the v2 API) asks for 1 to 5: a
    // message that is only that number may be the answer.
    static const QRegularExpression rating(u"^\\s*([1-5])\\s*\\x{2605}*\\s*[.!]?\\s*$"_s);
    if (const auto match = rating.match(item.text); match.hasMatch())
        item.ratingIfSurveyed = match.captured(1).toInt();
    if (Protocol::isValidHttpUrl(event.mediaUrl)) {
        QJsonObject link { { u"url"_s, event.mediaUrl } };
        if (!event.mediaType.isEmpty())
            link.insert(u"type"_s, cleanIncomingText(event.mediaType, 64));
        item.attachments.append(link);
    }
    const QString name = cleanIncomingText(event.senderName, 100).simplified();
    const QString handle = cleanIncomingText(event.senderHandle, 50).simplified();
    item.citizenName = name.isEmpty() ? tr("X user") : name;
    if (!handle.isEmpty())
        item.citizenName += u" (@"_s + handle + u')';
    if (!event.id.isEmpty())
        item.externalId = u"twitter:"_s + event.id.left(64);
    items.append(item);
}

bool TwitterChannel::canSend() const
{
    return m_settings.demo || m_settings.twitter.sends();
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
    if (m_conversationStore.liveRepliesSince(c.id, c.lastCitizenAt) >= s.maxRepliesPerWindow) {
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
    // The workstation sends text only: no media id to attach (docs/channels.md).
    const QJsonObject body = messageBody(message.text);
    const QUrl url(s.apiUrl + u"/2/dm_conversations/with/%1/messages"_s.arg(participant));
    if (!s.oauth2()) {
        // OAuth 1.0a user context: a JSON body is not part of the signature.
        post(url, body,
             OAuth1::authorizationHeader(
                 "POST", url,
                 { s.consumerKey, s.consumerSecret, s.accessToken, s.accessTokenSecret },
                 m_clock.nowMs()),
             false, std::move(done));
        return;
    }
    withAccessToken([this, url, body, done = std::move(done)](const Access &access) mutable {
        if (access.token.isEmpty()) {
            done(access.refusal);
            return;
        }
        post(url, body, "Bearer " + access.token.toUtf8(), true, std::move(done));
    });
}

QJsonObject TwitterChannel::messageBody(const QString &text, const QStringList &mediaIds)
{
    QJsonObject body;
    if (!text.isEmpty())
        body.insert(u"text"_s, text);
    // docs.x.com/x-api/direct-messages/manage: "attachments": [{"media_id"}],
    // media uploaded first with POST /2/media/upload (dm_image, dm_video, dm_gif).
    if (!mediaIds.isEmpty()) {
        QJsonArray attachments;
        for (const QString &id : mediaIds)
            attachments.append(QJsonObject { { u"media_id"_s, id } });
        body.insert(u"attachments"_s, attachments);
    }
    return body;
}

void TwitterChannel::post(const QUrl &url, const QJsonObject &body, const QByteArray &authorization,
                          bool oauth2, std::function<void(const Delivery &)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(15000);
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, oauth2, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Delivery delivery = deliveryOf(status, reply->readAll(), *reply, reply->errorString());
        // An access token X no longer takes before its time (revoked, or
        // expired early): renewed, and the message sent again with the new
        // one; a second 401 right after a refresh is a refusal.
        if (oauth2 && status == 401 && expireAccessToken()) {
            delivery.retry = true;
            delivery.reason = tr("X refused the access token; it is being renewed and the "
                                 "message sent again");
        }
        done(delivery);
    });
}

void TwitterChannel::noteRevoked()
{
    qCCritical(lcChannels).noquote() << "event=twitter_app_revoked";
    if (!m_settings.twitter.oauth2())
        return;
    // Shown at once (status, /readyz, the next reply), not at the next renewal.
    XOAuth2::Store store(m_settingsStore, m_settings.twitter);
    auto loaded = store.load();
    if (!loaded || !*loaded)
        return;
    XOAuth2::Tokens tokens = **loaded;
    tokens.failure = tr("X says the account revoked the app's access (oauth.revoke)");
    tokens.failedAt = m_clock.nowMs();
    tokens.expiresAt = std::min(tokens.expiresAt, tokens.failedAt);
    (void)store.save(tokens);
}

bool TwitterChannel::expireAccessToken()
{
    XOAuth2::Store store(m_settingsStore, m_settings.twitter);
    auto loaded = store.load();
    if (!loaded || !*loaded)
        return false;
    XOAuth2::Tokens tokens = **loaded;
    const qint64 now = m_clock.nowMs();
    // Renewed within the last check already: X refuses the new token too,
    // and another refresh would not change that.
    if (now - tokens.refreshedAt < m_settings.twitter.tokenCheckMs || tokens.expiresAt <= now)
        return false;
    tokens.expiresAt = now;
    qCWarning(lcChannels).noquote() << "event=twitter_token_refused action=refresh";
    return bool(store.save(tokens));
}

void TwitterChannel::withAccessToken(AccessUse use)
{
    const auto refusal = [](const QString &reason) {
        return Access { {}, Delivery { false, false, {}, reason } };
    };
    XOAuth2::Store store(m_settingsStore, m_settings.twitter);
    auto loaded = store.load();
    if (!loaded) {
        use(refusal(tr("X's stored tokens cannot be read (%1): an administrator must fix "
                       "this (docs/channels.md)")
                        .arg(loaded.error().message)));
        return;
    }
    if (!*loaded) {
        use(refusal(tr("X is set up for OAuth 2.0 but no tokens are stored: an administrator "
                       "must run guichet-server admin x token import (docs/channels.md)")));
        return;
    }
    const XOAuth2::Tokens &tokens = **loaded;
    const qint64 now = m_clock.nowMs();
    const bool fresh = tokens.expiresAt - now > m_settings.twitter.tokenRefreshMarginMs;
    // After a refusal, not asked again at every send: at the timer's pace.
    const bool refusedLately =
        !tokens.failure.isEmpty() && now - tokens.failedAt < m_settings.twitter.tokenCheckMs;
    if (fresh || (refusedLately && tokens.expiresAt > now)) {
        use({ tokens.accessToken, {} });
        return;
    }
    if (refusedLately) {
        use(refusal(tr("X's access has expired and could not be renewed (%1): an administrator "
                       "must authorise the account again (guichet-server admin x token import, "
                       "docs/channels.md)")
                        .arg(tokens.failure)));
        return;
    }
    m_waitingForAccess.append(std::move(use));
    refresh(tokens.refreshToken);
}

void TwitterChannel::refresh(const QString &usedRefreshToken)
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const auto &s = m_settings.twitter;
    QNetworkReply *reply =
        m_network.post(XOAuth2::tokenRequest(s), XOAuth2::refreshBody(s, usedRefreshToken));
    connect(reply, &QNetworkReply::finished, this, [this, reply, usedRefreshToken] {
        reply->deleteLater();
        const qint64 now = m_clock.nowMs();
        const XOAuth2::Answer answer =
            XOAuth2::parseAnswer(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                 reply->readAll(), now);
        XOAuth2::Store store(m_settingsStore, m_settings.twitter);
        auto loaded = store.load();
        if (!loaded || !*loaded) {
            finishRefresh(
                { {},
                  { false, false, {}, tr("X's stored tokens were removed or cannot be read") } });
            return;
        }
        XOAuth2::Tokens stored = **loaded;
        if (answer.tokens) {
            XOAuth2::Tokens tokens = *answer.tokens;
            if (tokens.scope.isEmpty())
                tokens.scope = stored.scope;
            if (auto saved = store.save(tokens); !saved) {
                // X has already retired the old refresh token: the new ones
                // are used now, and lost if the database does not come back.
                qCCritical(lcChannels).noquote()
                    << "event=twitter_token_refreshed stored=no reason=" << saved.error().message;
            } else {
                qCInfo(lcChannels).noquote().nospace()
                    << "event=twitter_token_refreshed expires_in_s="
                    << (tokens.expiresAt - now) / 1000;
            }
            finishRefresh({ tokens.accessToken, {} });
            return;
        }
        // Another instance on the same database refreshed first (X retires a
        // refresh token once used): its tokens are the good ones.
        if (stored.refreshToken != usedRefreshToken && stored.expiresAt > now) {
            finishRefresh({ stored.accessToken, {} });
            return;
        }
        const bool stillValid = stored.expiresAt - now > 30 * 1000;
        if (answer.transient) {
            qCWarning(lcChannels).noquote().nospace()
                << "event=twitter_token_refresh_deferred reason=" << answer.reason;
            finishRefresh(stillValid ? Access { stored.accessToken, {} }
                                     : Access { {},
                                                { false,
                                                  true,
                                                  {},
                                                  tr("X's token service is unavailable (%1); "
                                                     "sent again later")
                                                      .arg(answer.reason) } });
            return;
        }
        stored.failure = answer.reason;
        stored.failedAt = now;
        (void)store.save(stored);
        qCCritical(lcChannels).noquote().nospace()
            << "event=twitter_token_refresh_failed reason=" << answer.reason
            << " access_valid=" << (stillValid ? "yes" : "no");
        finishRefresh(stillValid
                          ? Access { stored.accessToken, {} }
                          : Access { {},
                                     { false,
                                       false,
                                       {},
                                       tr("X's access has expired and could not be renewed (%1): "
                                          "an administrator must authorise the account again "
                                          "(guichet-server admin x token import, docs/channels.md)")
                                           .arg(answer.reason) } });
    });
}

void TwitterChannel::finishRefresh(const Access &access)
{
    m_refreshing = false;
    const QList<AccessUse> waiting = std::exchange(m_waitingForAccess, {});
    for (const AccessUse &use : waiting)
        use(access);
}

QJsonObject TwitterChannel::status()
{
    const auto &s = m_settings.twitter;
    QJsonObject status { { u"auth"_s,
                           s.oauth2() ? u"oauth2"_s : (s.oauth1() ? u"oauth1"_s : u"none"_s) } };
    if (!s.oauth2())
        return status;
    XOAuth2::Store store(m_settingsStore, s);
    const auto tokens = store.loadStatus();
    if (!tokens) {
        status.insert(u"token"_s, u"missing"_s);
        return status;
    }
    status.insert(u"token"_s, XOAuth2::stateOf(*tokens, m_clock.nowMs()));
    status.insert(u"expiresAt"_s, tokens->expiresAt);
    if (!tokens->failure.isEmpty())
        status.insert(u"failure"_s, tokens->failure);
    if (!store.keyError().isEmpty())
        status.insert(u"token"_s, u"unreadable"_s);
    return status;
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
