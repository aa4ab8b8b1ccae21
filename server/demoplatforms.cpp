#include "demoplatforms.h"

#include "server/channels/twitter/oauth1.h"
#include "server/core/secrets.h"
#include "server/core/serverlogging.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse json(const QJsonObject &object, StatusCode status = StatusCode::Ok)
{
    return QHttpServerResponse("application/json",
                               QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

//! The Graph API's answer to a call it refuses (an invalid token or proof).
QHttpServerResponse graphError(const QString &message, int code)
{
    return json(QJsonObject { { u"error"_s,
                                QJsonObject { { u"message"_s, message },
                                              { u"type"_s, u"OAuthException"_s },
                                              { u"code"_s, code } } } },
                StatusCode::BadRequest);
}

//! Between two bounds, for receipts that do not all come at the same instant.
int between(int lowMs, int highMs)
{
    return QRandomGenerator::global()->bounded(lowMs, highMs);
}

} // namespace

DemoPlatforms::DemoPlatforms(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    // Loopback only: a proxy from the environment must not see the demo's traffic.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

DemoPlatforms::~DemoPlatforms() = default;

QString DemoPlatforms::newId(int digits)
{
    QString id = QString::number(QRandomGenerator::global()->bounded(1, 10));
    while (id.size() < digits)
        id += QString::number(QRandomGenerator::global()->bounded(10));
    return id;
}

Result<void> DemoPlatforms::configure(Channels::ChannelSettings &settings)
{
    m_http = std::make_unique<QHttpServer>();
    // Graph API: POST /<version>/me/messages (the Send API, and the typing indicator).
    m_http->route(
        u"/graph/<arg>/me/messages"_s,
        [this](const QString &, const QHttpServerRequest &request) { return graphSend(request); });
    // X API v2: POST /2/dm_conversations/with/:participant_id/messages.
    m_http->route(u"/x/2/dm_conversations/with/<arg>/messages"_s,
                  [this](const QString &participant, const QHttpServerRequest &request) {
                      return xSend(participant, request);
                  });
    const quint16 port = m_http->listen(QHostAddress(QHostAddress::LocalHost), 0);
    if (port == 0)
        return makeError(ErrorCode::Unavailable,
                         u"demo: cannot listen on loopback for the demo's platforms"_s);
    m_base = u"http://127.0.0.1:%1"_s.arg(port);
    const QString &base = m_base;

    if (settings.messenger.receives() || settings.messenger.sends() || settings.twitter.receives()
        || settings.twitter.sends())
        qCWarning(lcServer).noquote()
            << "event=demo_platforms reason=configured_credentials_ignored"
               " (demo mode: Messenger and X are played locally, nothing is sent to them)";
    auto &m = settings.messenger;
    m_appSecret = Secrets::newToken();
    m_pageId = newId(15);
    m_pageToken = Secrets::newToken();
    m.appSecret = m_appSecret;
    m.pageId = m_pageId;
    m.pageToken = m_pageToken;
    m.verifyToken = Secrets::newToken();
    m.appId = newId(15);
    m.graphUrl = base + u"/graph"_s;

    auto &x = settings.twitter;
    m_consumerKey = Secrets::newToken();
    m_consumerSecret = Secrets::newToken();
    m_accessToken = Secrets::newToken();
    m_accountId = newId(19);
    x.consumerKey = m_consumerKey;
    x.consumerSecret = m_consumerSecret;
    x.accessToken = m_accessToken;
    m_accessTokenSecret = Secrets::newToken();
    x.accessTokenSecret = m_accessTokenSecret;
    x.bearerToken = Secrets::newToken();
    x.accountId = m_accountId;
    x.apiUrl = base + u"/x"_s;

    // Production sits behind a reverse proxy that says who each citizen is: the
    // demo's citizens (all on loopback) give their own documentation addresses.
    settings.trustedProxies.append(QHostAddress(QHostAddress::LocalHost));
    qCInfo(lcServer).noquote().nospace()
        << "event=demo_platforms graph=" << m.graphUrl << " x=" << x.apiUrl;
    return {};
}

void DemoPlatforms::messengerMessage(const QString &psid, const QString &text)
{
    const qint64 at = m_clock.nowMs();
    postMessenger(
        QJsonObject { { u"sender"_s, QJsonObject { { u"id"_s, psid } } },
                      { u"recipient"_s, QJsonObject { { u"id"_s, m_pageId } } },
                      { u"timestamp"_s, at },
                      { u"message"_s,
                        QJsonObject { { u"mid"_s, QString(u"m_"_s + Secrets::newToken()) },
                                      { u"text"_s, text } } } });
}

void DemoPlatforms::xMessage(const QString &userId, const QString &name, const QString &handle,
                             const QString &text)
{
    const QString at = QString::number(m_clock.nowMs());
    const QJsonObject event {
        { u"type"_s, u"message_create"_s },
        { u"id"_s, newId(19) },
        { u"created_timestamp"_s, at },
        { u"message_create"_s,
          QJsonObject { { u"target"_s, QJsonObject { { u"recipient_id"_s, m_accountId } } },
                        { u"sender_id"_s, userId },
                        { u"message_data"_s, QJsonObject { { u"text"_s, text } } } } }
    };
    const QJsonObject users {
        { userId,
          QJsonObject { { u"id"_s, userId }, { u"name"_s, name }, { u"screen_name"_s, handle } } },
        { m_accountId,
          QJsonObject { { u"id"_s, m_accountId },
                        { u"name"_s, u"Brigade numérique"_s },
                        { u"screen_name"_s, u"brigadenum_demo"_s } } }
    };
    postX(QJsonObject { { u"direct_message_events"_s, QJsonArray { event } },
                        { u"users"_s, users } });
}

QHttpServerResponse DemoPlatforms::graphSend(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return graphError(u"Unsupported method"_s, 100);
    // What Meta checks before anything else: the page token and its proof.
    const QUrlQuery query = request.query();
    const QByteArray token = query.queryItemValue(u"access_token"_s).toUtf8();
    const QByteArray proof = query.queryItemValue(u"appsecret_proof"_s).toUtf8();
    if (!Secrets::equalConstantTime(token, m_pageToken.toUtf8()))
        return graphError(u"Invalid OAuth access token."_s, 190);
    if (!Secrets::equalConstantTime(
            proof, Secrets::hmacSha256(m_appSecret.toUtf8(), m_pageToken.toUtf8()).toHex()))
        return graphError(u"Invalid appsecret_proof provided in the API argument"_s, 100);
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString psid = body.value(u"recipient"_s).toObject().value(u"id"_s).toString();
    if (psid.isEmpty())
        return graphError(u"(#100) The parameter recipient is required"_s, 100);
    if (body.contains(u"sender_action"_s))
        return json({ { u"recipient_id"_s, psid } });
    const QString mid = u"m_"_s + Secrets::newToken();
    // The citizen's phone gets it, then they read it.
    QTimer::singleShot(between(500, 1500), this, [this, psid, mid] {
        postMessenger({ { u"sender"_s, QJsonObject { { u"id"_s, psid } } },
                        { u"recipient"_s, QJsonObject { { u"id"_s, m_pageId } } },
                        { u"delivery"_s,
                          QJsonObject { { u"mids"_s, QJsonArray { mid } },
                                        { u"watermark"_s, m_clock.nowMs() } } } });
    });
    QTimer::singleShot(between(4000, 9000), this, [this, psid] {
        postMessenger({ { u"sender"_s, QJsonObject { { u"id"_s, psid } } },
                        { u"recipient"_s, QJsonObject { { u"id"_s, m_pageId } } },
                        { u"read"_s, QJsonObject { { u"watermark"_s, m_clock.nowMs() } } } });
    });
    // A survey: the citizen taps one of its quick replies (a 4 or a 5: the demo's citizens
    // are pleased).
    const QJsonArray replies =
        body.value(u"message"_s).toObject().value(u"quick_replies"_s).toArray();
    if (replies.size() > 3) {
        const QJsonObject chosen =
            replies.at(QRandomGenerator::global()->bounded(qsizetype(3), replies.size()))
                .toObject();
        QTimer::singleShot(between(6000, 12000), this, [this, psid, chosen] {
            postMessenger(
                { { u"sender"_s, QJsonObject { { u"id"_s, psid } } },
                  { u"recipient"_s, QJsonObject { { u"id"_s, m_pageId } } },
                  { u"timestamp"_s, m_clock.nowMs() },
                  { u"message"_s,
                    QJsonObject {
                        { u"mid"_s, QString(u"m_"_s + Secrets::newToken()) },
                        { u"text"_s, chosen.value(u"title"_s) },
                        { u"quick_reply"_s,
                          QJsonObject { { u"payload"_s, chosen.value(u"payload"_s) } } } } } });
        });
    }
    return json({ { u"recipient_id"_s, psid }, { u"message_id"_s, mid } });
}

QHttpServerResponse DemoPlatforms::xSend(const QString &participant,
                                         const QHttpServerRequest &request)
{
    const auto problem = [](StatusCode status, const QString &title, const QString &detail) {
        return json({ { u"title"_s, title }, { u"detail"_s, detail } }, status);
    };
    if (request.method() != QHttpServerRequest::Method::Post)
        return problem(StatusCode::MethodNotAllowed, u"Method Not Allowed"_s, u"use POST"_s);
    // OAuth 1.0a user context: our consumer key and access token, and the
    // HMAC-SHA1 signature of this request with both secrets.
    const QByteArray authorization = request.value("authorization");
    QList<QPair<QString, QString>> oauth;
    QByteArray signature;
    if (authorization.startsWith("OAuth ")) {
        for (const QByteArray &item : authorization.mid(6).split(',')) {
            const qsizetype equals = item.indexOf('=');
            if (equals < 0)
                continue;
            const QString key = QString::fromLatin1(item.left(equals).trimmed());
            QByteArray value = item.mid(equals + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            value = QByteArray::fromPercentEncoding(value);
            if (key == u"oauth_signature"_s)
                signature = value;
            else
                oauth.append({ key, QString::fromUtf8(value) });
        }
    }
    const auto param = [&oauth](const QString &key) {
        for (const auto &[k, v] : std::as_const(oauth)) {
            if (k == key)
                return v;
        }
        return QString();
    };
    const QUrl url(m_base + request.url().path());
    if (param(u"oauth_consumer_key"_s) != m_consumerKey || param(u"oauth_token"_s) != m_accessToken
        || signature.isEmpty()
        || !Secrets::equalConstantTime(signature,
                                       Channels::OAuth1::signature("POST", url, {}, oauth,
                                                                   m_consumerSecret,
                                                                   m_accessTokenSecret)))
        return problem(StatusCode::Unauthorized, u"Unauthorized"_s, u"Unauthorized"_s);
    if (QJsonDocument::fromJson(request.body()).object().value(u"text"_s).toString().isEmpty())
        return problem(StatusCode::BadRequest, u"Invalid Request"_s, u"text is required"_s);
    const QString eventId = newId(19);
    // X has no delivery receipt: the citizen reads it.
    QTimer::singleShot(between(3000, 8000), this, [this, participant, eventId] {
        postX({ { u"direct_message_mark_read_events"_s,
                  QJsonArray { QJsonObject {
                      { u"created_timestamp"_s, QString::number(m_clock.nowMs()) },
                      { u"sender_id"_s, participant },
                      { u"target"_s, QJsonObject { { u"recipient_id"_s, m_accountId } } },
                      { u"last_read_event_id"_s, eventId } } } } });
    });
    return json(
        { { u"data"_s,
            QJsonObject { { u"dm_conversation_id"_s, QString(m_accountId + u'-' + participant) },
                          { u"dm_event_id"_s, eventId } } } },
        StatusCode::Created);
}

void DemoPlatforms::postMessenger(const QJsonObject &event)
{
    const QJsonObject payload {
        { u"object"_s, u"page"_s },
        { u"entry"_s,
          QJsonArray { QJsonObject { { u"id"_s, m_pageId },
                                     { u"time"_s, m_clock.nowMs() },
                                     { u"messaging"_s, QJsonArray { event } } } } }
    };
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    // Meta's scheme: "sha256=" and the hex HMAC-SHA256 of the raw body, keyed with the app secret.
    post(u"/webhooks/messenger"_s, body, "X-Hub-Signature-256",
         "sha256=" + Secrets::hmacSha256(m_appSecret.toUtf8(), body).toHex());
}

void DemoPlatforms::postX(QJsonObject payload)
{
    payload.insert(u"for_user_id"_s, m_accountId);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    // X's scheme: "sha256=" and the base64 HMAC-SHA256 of the raw body, keyed with the consumer
    // secret.
    post(u"/webhooks/twitter"_s, body, "x-twitter-webhooks-signature",
         "sha256=" + Secrets::hmacSha256(m_consumerSecret.toUtf8(), body).toBase64());
}

void DemoPlatforms::post(const QString &path, const QByteArray &body, const QByteArray &header,
                         const QByteArray &signature)
{
    if (!m_server.isValid())
        return;
    QUrl url = m_server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader(header, signature);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, path] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            qCWarning(lcServer).noquote().nospace()
                << "event=demo_webhook_refused path=" << path << " status=" << status;
    });
}

} // namespace Guichet::Server
