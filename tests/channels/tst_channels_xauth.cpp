// The pieces of X's OAuth 2.0 user context and of the webhook's event sources
// that need no server: secrets sealed at rest (wrong key, other purpose,
// altered value, key file rights), X's token answers as documented
// (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token), the
// refresh request, the v2 direct message body with a media id, and the
// Account Activity API's events read by its source.
#include "server/channels/twitter/twitter.h"
#include "server/channels/twitter/xeventsource.h"
#include "server/channels/twitter/xoauth2.h"
#include "server/core/secrets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Guichet::Server;
using namespace Guichet::Server::Channels;

class TestChannelsXAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealedSecrets();
    void keyFile();
    void tokenAnswers();
    void refreshRequest();
    void messageBodyWithMedia();
    void accountActivityEvents();
    void xActivityEvents();
};

void TestChannelsXAuth::sealedSecrets()
{
    QTemporaryDir dir;
    QString error;
    const QByteArray key = Secrets::secretKey(dir.filePath(u"secret.key"_s), true, &error);
    QCOMPARE(key.size(), 32);
    const QByteArray plain = "{\"access_token\":\"bWRjR\",\"refresh_token\":\"cmVmcmVzaA\"}";
    const QString sealed = Secrets::seal(key, plain, "x.oauth2");
    QVERIFY(sealed.startsWith(u"v1."_s));
    QVERIFY(!sealed.contains(u"bWRjR"_s));
    // A fresh nonce each time: the same text never seals the same way.
    QVERIFY(Secrets::seal(key, plain, "x.oauth2") != sealed);
    QCOMPARE(Secrets::unseal(key, sealed, "x.oauth2").value_or(QByteArray()), plain);
    QVERIFY(!Secrets::unseal(key, sealed, "another purpose"));
    QByteArray otherKey = key;
    otherKey[0] = char(otherKey[0] ^ 1);
    QVERIFY(!Secrets::unseal(otherKey, sealed, "x.oauth2"));
    QString altered = sealed;
    altered[10] = altered[10] == u'A' ? u'B' : u'A';
    QVERIFY(!Secrets::unseal(key, altered, "x.oauth2"));
    QVERIFY(!Secrets::unseal(key, u"v1.!!"_s, "x.oauth2"));
    QVERIFY(!Secrets::unseal(key, QString(), "x.oauth2"));
}

void TestChannelsXAuth::keyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"secret.key"_s);
    QString error;
    QVERIFY(Secrets::secretKey(path, false, &error).isEmpty());
    QVERIFY(error.contains(path));
    const QByteArray key = Secrets::secretKey(path, true, &error);
    QCOMPARE(key.size(), 32);
    const QFile::Permissions rights = QFile::permissions(path);
    QVERIFY(rights & QFile::ReadOwner);
    QVERIFY(
        !(rights & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    QCOMPARE(Secrets::secretKey(path, true, &error), key); // read, not replaced
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    error.clear();
    QVERIFY(Secrets::secretKey(path, false, &error).isEmpty());
    QVERIFY2(error.contains(u"readable by others"_s), qPrintable(error));
    QFile truncated(dir.filePath(u"short.key"_s));
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.write("0123456789");
    truncated.close();
    QVERIFY(Secrets::secretKey(truncated.fileName(), true, &error).isEmpty());
}

void TestChannelsXAuth::tokenAnswers()
{
    const qint64 now = 1'700'000'000'000;
    // The documented success.
    XOAuth2::Answer a = XOAuth2::parseAnswer(
        200,
        "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"A2\",\"scope\":"
        "\"dm.write offline.access\",\"refresh_token\":\"R2\"}",
        now);
    QVERIFY(a.tokens);
    QCOMPARE(a.tokens->accessToken, u"A2"_s);
    QCOMPARE(a.tokens->refreshToken, u"R2"_s);
    QCOMPARE(a.tokens->expiresAt, now + 7200 * 1000);
    QCOMPARE(a.tokens->refreshedAt, now);
    // A refresh token that was used or revoked.
    a = XOAuth2::parseAnswer(
        400,
        "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was "
        "invalid.\"}",
        now);
    QVERIFY(!a.tokens);
    QVERIFY(!a.transient);
    QVERIFY2(a.reason.contains(u"Value passed for the token was invalid."_s), qPrintable(a.reason));
    QVERIFY(a.reason.contains(u"400"_s));
    // X down or unreachable: try again, nothing recorded as refused.
    QVERIFY(XOAuth2::parseAnswer(503, "{\"title\":\"Service Unavailable\"}", now).transient);
    QVERIFY(XOAuth2::parseAnswer(0, {}, now).transient);
    QVERIFY(XOAuth2::parseAnswer(429, {}, now).transient);
    // What an operator imports must be able to last: a refresh token.
    const auto noRefresh = XOAuth2::fromTokenJson(
        "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"A\"}", now);
    QVERIFY(!noRefresh);
    QVERIFY(noRefresh.error().message.contains(u"offline.access"_s));
    QVERIFY(!XOAuth2::fromTokenJson("not json", now));
    QVERIFY(!XOAuth2::fromTokenJson("{\"access_token\":\"A\",\"refresh_token\":\"R\"}", now));
    XOAuth2::Tokens t;
    t.expiresAt = now + 1;
    QCOMPARE(XOAuth2::stateOf(t, now), u"ok"_s);
    QCOMPARE(XOAuth2::stateOf(t, now + 1), u"expired"_s);
    t.failure = u"refused"_s;
    QCOMPARE(XOAuth2::stateOf(t, now), u"refresh_failed"_s);
}

void TestChannelsXAuth::refreshRequest()
{
    ChannelSettings::Twitter s;
    s.apiUrl = u"https://api.x.com"_s;
    s.clientId = u"rG9n6402A3dbUJKzXTNX4oWHJ"_s;
    s.clientSecret = u"secret+with/odd=chars"_s;
    const QNetworkRequest request = XOAuth2::tokenRequest(s);
    QCOMPARE(request.url(), QUrl(u"https://api.x.com/2/oauth2/token"_s));
    QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toString(),
             u"application/x-www-form-urlencoded"_s);
    QCOMPARE(request.rawHeader("Authorization"),
             "Basic "
                 + QByteArray("rG9n6402A3dbUJKzXTNX4oWHJ:secret%2Bwith%2Fodd%3Dchars").toBase64());
    const QByteArray body = XOAuth2::refreshBody(s, u"bWRj+Rk/=="_s);
    const QUrlQuery form(QString::fromLatin1(body));
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded), u"bWRj+Rk/=="_s);
    QVERIFY(!body.contains('+'));
}

void TestChannelsXAuth::messageBodyWithMedia()
{
    QCOMPARE(TwitterChannel::messageBody(u"Bonjour"_s),
             QJsonObject({ { u"text"_s, u"Bonjour"_s } }));
    const QJsonObject withMedia =
        TwitterChannel::messageBody(u"Le formulaire"_s, { u"1455952740635586573"_s });
    QCOMPARE(withMedia.value(u"attachments"_s).toArray(),
             QJsonArray({ QJsonObject { { u"media_id"_s, u"1455952740635586573"_s } } }));
    QCOMPARE(TwitterChannel::messageBody({}, { u"1"_s }).contains(u"text"_s), false);
}

void TestChannelsXAuth::accountActivityEvents()
{
    // docs.x.com/x-api/enterprise/account-activity-api: a delivery with a
    // message, a typing and a read event.
    const QJsonObject delivery = QJsonDocument::fromJson(R"({
        "for_user_id": "4337869213",
        "direct_message_events": [{
            "type": "message_create", "id": "954491830116155396",
            "created_timestamp": "1516403560557",
            "message_create": {
                "target": {"recipient_id": "4337869213"},
                "sender_id": "3001969357",
                "message_data": {"text": "Hello World!",
                    "attachment": {"type": "media", "media": {"media_url_https": "https://ton.twimg.com/1.jpg", "type": "photo"}}}
            }}, {"type": "not_a_message", "id": "1"}],
        "direct_message_indicate_typing_events": [{"created_timestamp": "1518127183443",
            "sender_id": "3284025577", "target": {"recipient_id": "3001969357"}}],
        "direct_message_mark_read_events": [{"created_timestamp": "1518452444662",
            "sender_id": "199566737", "target": {"recipient_id": "1001969357"},
            "last_read_event_id": "963085315333238788"}],
        "users": {"3001969357": {"id": "3001969357", "name": "Jordan Brinks", "screen_name": "furiouscamper"}}
    })")
                                     .object();
    AccountActivitySource source;
    QVERIFY(source.recognises(delivery));
    QVERIFY(!source.recognises(QJsonObject { { u"data"_s, QJsonObject() } }));
    QCOMPARE(source.forUser(delivery), u"4337869213"_s);
    const QList<XEvent> events = source.events(delivery);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].kind, XEvent::Kind::Message);
    QCOMPARE(events[0].id, u"954491830116155396"_s);
    QCOMPARE(events[0].senderId, u"3001969357"_s);
    QCOMPARE(events[0].text, u"Hello World!"_s);
    QCOMPARE(events[0].senderName, u"Jordan Brinks"_s);
    QCOMPARE(events[0].senderHandle, u"furiouscamper"_s);
    QCOMPARE(events[0].mediaUrl, u"https://ton.twimg.com/1.jpg"_s);
    QCOMPARE(events[0].mediaType, u"photo"_s);
    QCOMPARE(events[1].kind, XEvent::Kind::Typing);
    QCOMPARE(events[1].senderId, u"3284025577"_s);
    QCOMPARE(events[2].kind, XEvent::Kind::Read);
    QCOMPARE(events[2].lastReadEventId, u"963085315333238788"_s);
}

void TestChannelsXAuth::xActivityEvents()
{
    // docs.x.com/x-api/activity/event-payloads, "dm.received" (trimmed).
    const QJsonObject delivery = QJsonDocument::fromJson(R"({"data": {
        "event_uuid": "-6850472171600526495",
        "filter": {"user_id": "1111111111111111111"},
        "event_type": "dm.received", "tag": "dm-inbound",
        "payload": {
            "direct_message_events": [{"type": "message_create", "id": "2080765901528535096",
                "created_timestamp": "1784928224372",
                "message_create": {"target": {"recipient_id": "1111111111111111111"},
                    "sender_id": "2222222222222222222",
                    "message_data": {"text": "hello!", "entities": {"hashtags": [], "symbols": [],
                        "user_mentions": [], "urls": []}}}}],
            "users": {"2222222222222222222": {"data": {"id": "2222222222222222222",
                "name": "OtherUser", "username": "OtherUser"}}}}}})")
                                     .object();
    AccountActivitySource aaa;
    XActivitySource xaa;
    QVERIFY(!aaa.recognises(delivery));
    QVERIFY(xaa.recognises(delivery));
    QCOMPARE(xaa.forUser(delivery), u"1111111111111111111"_s);
    const QList<XEvent> events = xaa.events(delivery);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, XEvent::Kind::Message);
    QCOMPARE(events[0].id, u"2080765901528535096"_s);
    QCOMPARE(events[0].senderId, u"2222222222222222222"_s);
    QCOMPARE(events[0].text, u"hello!"_s);
    QCOMPARE(events[0].senderName, u"OtherUser"_s);
    QCOMPARE(events[0].senderHandle, u"OtherUser"_s);
    // Encrypted XChat events and the rest are not messages we can read.
    QJsonObject chat = delivery;
    QJsonObject data = chat.value(u"data"_s).toObject();
    data.insert(u"event_type"_s, u"chat.received"_s);
    chat.insert(u"data"_s, data);
    QVERIFY(xaa.events(chat).isEmpty());
    // oauth.revoke may name the account in its payload only.
    const QJsonObject revoke = QJsonDocument::fromJson(
                                   R"({"data": {"event_uuid": "5934540941047412905", "filter": {},
        "event_type": "oauth.revoke", "payload": {"user_id": "1111111111111111111"}}})")
                                   .object();
    QVERIFY(xaa.recognises(revoke));
    QCOMPARE(xaa.forUser(revoke), u"1111111111111111111"_s);
    const QList<XEvent> revoked = xaa.events(revoke);
    QCOMPARE(revoked.size(), 1);
    QCOMPARE(revoked[0].kind, XEvent::Kind::Revoked);
    QCOMPARE(revoked[0].senderId, u"1111111111111111111"_s);
}

QTEST_GUILESS_MAIN(TestChannelsXAuth)
#include "tst_channels_xauth.moc"
