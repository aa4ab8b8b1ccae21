#include "fakex.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Guichet::Test {

namespace {

QByteArray percent(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QByteArray newId()
{
    return QByteArray::number(QRandomGenerator::global()->generate64() >> 2);
}

} // namespace

FakeX::FakeX(Credentials credentials)
    : m_credentials(std::move(credentials))
{ }

FakePlatform::Responder FakeX::responder(const QString &baseUrl)
{
    return [this, baseUrl](const RecordedRequest &request) {
        return answer(request, baseUrl);
    };
}

void FakeX::setTokens(const QByteArray &accessToken, const QByteArray &refreshToken)
{
    m_access = accessToken;
    m_refresh = refreshToken;
}

FakePlatform::Answer FakeX::problem(int status, const QByteArray &title, const QByteArray &detail,
                                    QList<QPair<QByteArray, QByteArray>> headers)
{
    // docs.x.com/x-api/fundamentals/response-codes-and-errors: "problem details".
    return { status,
             QJsonDocument(QJsonObject { { u"title"_s, QString::fromUtf8(title) },
                                         { u"detail"_s, QString::fromUtf8(detail) },
                                         { u"type"_s, u"about:blank"_s },
                                         { u"status"_s, status } })
                 .toJson(QJsonDocument::Compact),
             headers };
}

FakePlatform::Answer FakeX::sent(const QByteArray &eventId)
{
    // docs.x.com/x-api/direct-messages/manage (API reference, POST
    // /2/dm_conversations/with/{participant_id}/messages): 201 Created.
    return { 201,
             "{\"data\":{\"dm_conversation_id\":\"1582838223937400833-1582838223937400834\","
             "\"dm_event_id\":\""
                 + eventId + "\"}}" };
}

FakePlatform::Answer FakeX::rateLimited(qint64 resetEpochSeconds)
{
    // docs.x.com/x-api/fundamentals/rate-limits: "HTTP 429 'Too Many Requests'",
    // x-rate-limit-limit / -remaining / -reset (epoch seconds).
    return problem(429, "Too Many Requests", "Too Many Requests",
                   { { "x-rate-limit-limit", "15" },
                     { "x-rate-limit-remaining", "0" },
                     { "x-rate-limit-reset", QByteArray::number(resetEpochSeconds) } });
}

FakePlatform::Answer FakeX::dailyCapReached(qint64 resetEpochSeconds)
{
    // docs.x.com/x-api/fundamentals/rate-limits: the 24-hour caps of the DM
    // endpoints say theirs in x-user-limit-24hour-*; the 15-minute window may
    // well have room left.
    return problem(429, "Too Many Requests", "Too Many Requests",
                   { { "x-rate-limit-limit", "15" },
                     { "x-rate-limit-remaining", "14" },
                     { "x-rate-limit-reset", QByteArray::number(resetEpochSeconds - 9 * 3600) },
                     { "x-user-limit-24hour-limit", "1440" },
                     { "x-user-limit-24hour-remaining", "0" },
                     { "x-user-limit-24hour-reset", QByteArray::number(resetEpochSeconds) } });
}

FakePlatform::Answer FakeX::notAccepting()
{
    // docs.x.com/x-api/direct-messages/manage: a user must follow us or
    // accept messages from anyone; otherwise 403 with this detail.
    return problem(403, "Forbidden",
                   "You are not permitted to send a Direct Message to this user.");
}

FakePlatform::Answer FakeX::revokedApp()
{
    // docs.x.com/x-api/fundamentals/response-codes-and-errors, "Client
    // Forbidden" (type .../problems/client-forbidden, reason client-not-enrolled).
    return { 403,
             "{\"client_id\":\"26783921\",\"detail\":\"When authenticating requests to the "
             "Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer "
             "App that is attached to a Project. You can create a project via the developer "
             "portal.\",\"registration_url\":\"https://developer.twitter.com/en/docs/projects/"
             "overview\",\"title\":\"Client Forbidden\",\"required_enrollment\":\"Appropriate "
             "Level of API Access\",\"reason\":\"client-not-enrolled\",\"type\":\"https://"
             "api.twitter.com/2/problems/client-forbidden\"}" };
}

FakePlatform::Answer FakeX::tokenError(int status, const QByteArray &error,
                                       const QByteArray &description)
{
    // docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token; the
    // shape is RFC 6749 §5.2's.
    return { status,
             "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}" };
}

bool FakeX::oauth1Valid(const RecordedRequest &request, const QString &baseUrl) const
{
    QByteArray header = request.headers.value("authorization");
    if (!header.startsWith("OAuth "))
        return false;
    QMap<QByteArray, QByteArray> params;
    for (QByteArray part : header.mid(6).split(',')) {
        part = part.trimmed();
        const qsizetype eq = part.indexOf('=');
        params.insert(part.left(eq),
                      QByteArray::fromPercentEncoding(part.mid(eq + 1).replace("\"", "")));
    }
    const QByteArray signature = params.take("oauth_signature");
    if (params.value("oauth_consumer_key") != m_credentials.consumerKey
        || params.value("oauth_token") != m_credentials.accessToken
        || params.value("oauth_signature_method") != "HMAC-SHA1"
        || params.value("oauth_version") != "1.0")
        return false;
    QByteArrayList pairs;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        pairs.append(percent(QString::fromLatin1(it.key())) + '='
                     + percent(QString::fromLatin1(it.value())));
    std::sort(pairs.begin(), pairs.end());
    const QByteArray base = request.method + '&'
        + percent(baseUrl + QString::fromLatin1(request.target.split('?').first())) + '&'
        + percent(QString::fromLatin1(pairs.join('&')));
    const QByteArray key = percent(QString::fromLatin1(m_credentials.consumerSecret)) + '&'
        + percent(QString::fromLatin1(m_credentials.accessSecret));
    return QMessageAuthenticationCode::hash(base, key, QCryptographicHash::Sha1).toBase64()
        == signature;
}

FakePlatform::Answer FakeX::token(const RecordedRequest &request)
{
    // docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token,
    // "Refresh token": POST /2/oauth2/token, Content-Type
    // application/x-www-form-urlencoded, grant_type=refresh_token; a
    // confidential client authenticates with Basic.
    if (m_tokenDown)
        return problem(503, "Service Unavailable", "Service Unavailable");
    const QByteArray credentials =
        QUrl::toPercentEncoding(QString::fromLatin1(m_credentials.clientId)) + ':'
        + QUrl::toPercentEncoding(QString::fromLatin1(m_credentials.clientSecret));
    const QByteArray basic = "Basic " + credentials.toBase64();
    if (request.headers.value("authorization") != basic)
        return tokenError(401, "unauthorized_client", "Missing valid authorization header");
    if (!request.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        return tokenError(400, "invalid_request", "Unsupported content type");
    const QUrlQuery form(QString::fromLatin1(request.body));
    const QByteArray given = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded).toLatin1();
    if (form.queryItemValue(u"grant_type"_s) != u"refresh_token"_s)
        return tokenError(400, "invalid_request", "Missing required parameter [grant_type].");
    if (m_refresh.isEmpty() || given != m_refresh)
        return tokenError(400, "invalid_request", "Value passed for the token was invalid.");
    ++m_refreshes;
    m_access = "access-" + newId();
    m_refresh = "refresh-" + newId();
    return { 200,
             "{\"token_type\":\"bearer\",\"expires_in\":" + QByteArray::number(m_expiresIn)
                 + ",\"access_token\":\"" + m_access
                 + "\",\"scope\":\"dm.write dm.read tweet.read users.read offline.access\","
                   "\"refresh_token\":\""
                 + m_refresh + "\"}" };
}

FakePlatform::Answer FakeX::answer(const RecordedRequest &request, const QString &baseUrl)
{
    if (request.target == "/2/oauth2/token" && request.method == "POST")
        return token(request);
    const QByteArray authorization = request.headers.value("authorization");
    const bool bearer = authorization.startsWith("Bearer ");
    if (bearer) {
        // docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token:
        // the access token is good for two hours, then 401.
        if (m_case == Case::ExpiredToken || m_access.isEmpty() || authorization.mid(7) != m_access)
            return problem(401, "Unauthorized", "Unauthorized");
    } else if (!oauth1Valid(request, baseUrl)) {
        return problem(401, "Unauthorized", "Unauthorized");
    } else if (m_case == Case::ExpiredToken) {
        return problem(401, "Unauthorized", "Unauthorized");
    }
    static const QRegularExpression path(u"^/2/dm_conversations/with/([0-9]+)/messages$"_s);
    const auto match = path.match(QString::fromLatin1(request.target));
    if (request.method != "POST" || !match.hasMatch())
        return problem(404, "Not Found Error", "Could not find the resource.");
    switch (m_case) {
    case Case::RevokedApp:
        return revokedApp();
    case Case::RateLimited:
        return rateLimited(m_reset);
    case Case::DailyCapReached:
        return dailyCapReached(m_reset);
    case Case::Unavailable:
        return problem(503, "Service Unavailable", "Service Unavailable");
    case Case::Normal:
    case Case::ExpiredToken:
        break;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    // The API reference: text, attachments, or both.
    if (body.value(u"text"_s).toString().isEmpty() && !body.contains(u"attachments"_s))
        return problem(400, "Invalid Request",
                       "One or more parameters to your request was invalid.");
    if (m_closedUsers.contains(match.captured(1)))
        return notAccepting();
    return sent(newId());
}

} // namespace Guichet::Test
