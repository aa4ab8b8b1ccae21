#include "fakegraph.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Guichet::Test {

FakeGraph::FakeGraph(Page page)
    : m_page(std::move(page))
{ }

FakePlatform::Responder FakeGraph::responder()
{
    return [this](const RecordedRequest &request) {
        return answer(request);
    };
}

FakePlatform::Answer FakeGraph::error(int status, const QByteArray &message, const QByteArray &type,
                                      int code, int subcode,
                                      QList<QPair<QByteArray, QByteArray>> headers)
{
    // developers.facebook.com/docs/graph-api/guides/error-handling, "Receiving Error Codes".
    QJsonObject error { { u"message"_s, QString::fromUtf8(message) },
                        { u"type"_s, QString::fromUtf8(type) },
                        { u"code"_s, code },
                        { u"fbtrace_id"_s, u"AbCdEfGh123"_s } };
    if (subcode)
        error.insert(u"error_subcode"_s, subcode);
    return { status, QJsonDocument(QJsonObject { { u"error"_s, error } }).toJson(), headers };
}

FakePlatform::Answer FakeGraph::caseAnswer(Case c) const
{
    switch (c) {
    case Case::ExpiredToken:
        // developers.facebook.com/docs/graph-api/guides/error-handling: 190,
        // subcode 463 "expired".
        return error(400,
                     "Error validating access token: Session has expired on Sunday, "
                     "06-Dec-26 10:00:00 PST.",
                     "OAuthException", 190, 463);
    case Case::RevokedApp:
        // Same page: subcode 458 "the user has not logged into your app"
        // (the app was removed).
        return error(400,
                     "Error validating access token: The user has not authorized application "
                         + m_page.appId.toLatin1() + ".",
                     "OAuthException", 190, 458);
    case Case::RateLimited:
        // developers.facebook.com/docs/messenger-platform/error-codes (613) and
        // developers.facebook.com/docs/graph-api/overview/rate-limiting
        // (X-Business-Use-Case-Usage, estimated_time_to_regain_access in minutes).
        return error(400, "(#613) Calls to this api have exceeded the rate limit.",
                     "OAuthException", 613, 0,
                     { { "X-Business-Use-Case-Usage",
                         "{\"" + m_page.pageId.toLatin1()
                             + "\":[{\"type\":\"messenger\",\"call_count\":100,\"total_cputime\":"
                               "25,\"total_time\":25,\"estimated_time_to_regain_access\":1}]}" } });
    case Case::NotAccepting:
        // developers.facebook.com/docs/messenger-platform/error-codes: 551/1545041.
        return error(400, "(#551) This person isn't available right now.", "OAuthException", 551,
                     1545041);
    case Case::OutsideWindow:
        // developers.facebook.com/docs/messenger-platform/error-codes: 10/2018278.
        return error(400, "(#10) This message is sent outside of allowed window.", "OAuthException",
                     10, 2018278);
    case Case::Normal:
        break;
    }
    return {};
}

FakePlatform::Answer FakeGraph::answer(const RecordedRequest &request)
{
    const QUrlQuery query(request.url());
    const QString token = query.queryItemValue(u"access_token"_s, QUrl::FullyDecoded);
    const QString path = request.url().path();
    const QString appToken = m_page.appId + u'|' + QString::fromLatin1(m_page.appSecret);
    if (token.isEmpty())
        return error(400,
                     "An active access token must be used to query information about "
                     "the current user.",
                     "OAuthException", 2500);
    if (token != appToken) {
        // developers.facebook.com/docs/graph-api/securing-requests: with
        // "Require App Secret", GraphMethodException 100.
        const QString proof = query.queryItemValue(u"appsecret_proof"_s);
        if (proof.isEmpty())
            return error(400, "API calls from the server require an appsecret_proof argument",
                         "GraphMethodException", 100);
        if (proof.toLatin1() != hmacSha256(m_page.appSecret, token.toUtf8()).toHex())
            return error(400, "Invalid appsecret_proof provided in the API argument",
                         "GraphMethodException", 100);
    }
    if (token == QString::fromLatin1(m_page.expiredToken))
        return caseAnswer(Case::ExpiredToken);
    QString page;
    if (token == QString::fromLatin1(m_page.pageToken))
        page = m_page.pageId;
    else if (!m_page.otherPageToken.isEmpty()
             && token == QString::fromLatin1(m_page.otherPageToken))
        page = m_page.otherPageId;
    else if (token != appToken)
        return error(400, "Invalid OAuth access token - Cannot parse access token",
                     "OAuthException", 190);
    const QByteArray version = path.section(u'/', 1, 1).toLatin1();
    if (request.method == "POST" && path.endsWith(u"/me/messages"_s) && !page.isEmpty()) {
        if (m_case != Case::Normal) {
            const FakePlatform::Answer refused = caseAnswer(m_case);
            if (m_caseCalls > 0 && --m_caseCalls == 0)
                m_case = Case::Normal;
            return refused;
        }
        // developers.facebook.com/docs/messenger-platform/reference/send-api: 200
        // {"recipient_id","message_id"}.
        return { 200,
                 "{\"recipient_id\":\"1\",\"message_id\":\"m_"
                     + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\"}" };
    }
    if (request.method == "GET" && path.endsWith(u"/me"_s) && !page.isEmpty())
        return { 200, "{\"id\":\"" + page.toLatin1() + "\",\"name\":\"Brigade numerique test\"}" };
    if (request.method == "GET" && path.endsWith(u"/subscribed_apps"_s) && !page.isEmpty()) {
        // developers.facebook.com/docs/graph-api/reference/page/subscribed_apps:
        // our page has the app subscribed; the other page has nothing.
        if (!path.endsWith(u"/%1/subscribed_apps"_s.arg(m_page.pageId)) || page != m_page.pageId)
            return { 200, "{\"data\":[]}" };
        return { 200,
                 "{\"data\":[{\"category\":\"Government organization\",\"link\":"
                 "\"https://guichet.example/\",\"name\":\"Guichet\",\"id\":\""
                     + m_page.appId.toLatin1()
                     + "\",\"subscribed_fields\":[\"messages\",\"messaging_postbacks\","
                       "\"message_deliveries\",\"message_reads\"]}]}" };
    }
    if (request.method == "GET" && path.endsWith(u"/%1/subscriptions"_s.arg(m_page.appId))
        && token == appToken) {
        // developers.facebook.com/docs/graph-api/reference/app/subscriptions.
        return { 200,
                 "{\"data\":[{\"object\":\"page\",\"callback_url\":"
                 "\"https://guichet.example/webhooks/messenger\",\"active\":true,"
                 "\"fields\":[{\"name\":\"messages\",\"version\":\""
                     + version + "\"},{\"name\":\"messaging_postbacks\",\"version\":\"" + version
                     + "\"}]}]}" };
    }
    return error(400, "Unsupported get request.", "GraphMethodException", 100);
}

} // namespace Guichet::Test
