// X direct messages against the real guichet-server: the CRC check, the
// x-twitter-webhooks-signature over the raw body, direct_message_events as X
// documents them (our own outgoing events ignored), replays, batches, bad
// bodies; replies through a fake X API in this process, signed with OAuth 1.0a
// (checked here independently), within the limits checked before sending.
#include "fakeplatform.h"
#include "frameclients.h"
#include "protocol/uuid.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Protocol;
using namespace Guichet::Test;

namespace {

const QString kPassword = u"correct horse battery"_s;
const QByteArray kConsumerKey = "xvz1evFS4wEEPTGEFPHBog";
const QByteArray kConsumerSecret = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
const QByteArray kAccessToken = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
const QByteArray kAccessSecret = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";
const QString kAccount = u"4337869213"_s;

QByteArray signatureOf(const QByteArray &body, const QByteArray &secret = kConsumerSecret)
{
    return "sha256=" + hmacSha256(secret, body).toBase64();
}

QJsonObject messageCreate(const QString &id, const QString &sender, const QString &recipient,
                          const QString &text)
{
    return { { u"type"_s, u"message_create"_s },
             { u"id"_s, id },
             { u"created_timestamp"_s, QString::number(QDateTime::currentMSecsSinceEpoch()) },
             { u"message_create"_s,
               QJsonObject {
                   { u"target"_s, QJsonObject { { u"recipient_id"_s, recipient } } },
                   { u"sender_id"_s, sender },
                   { u"message_data"_s,
                     QJsonObject { { u"text"_s, text },
                                   { u"entities"_s,
                                     QJsonObject { { u"hashtags"_s, QJsonArray() },
                                                   { u"symbols"_s, QJsonArray() },
                                                   { u"user_mentions"_s, QJsonArray() },
                                                   { u"urls"_s, QJsonArray() } } } } } } } };
}

QJsonObject user(const QString &id, const QString &name, const QString &handle)
{
    return { { u"id"_s, id },
             { u"created_timestamp"_s, u"1422556069340"_s },
             { u"name"_s, name },
             { u"screen_name"_s, handle },
             { u"protected"_s, false },
             { u"verified"_s, false },
             { u"followers_count"_s, 1 },
             { u"friends_count"_s, 2 },
             { u"statuses_count"_s, 3 },
             { u"profile_image_url"_s, u"null"_s },
             { u"profile_image_url_https"_s, u"https://pbs.example/x.png"_s } };
}

QByteArray payload(const QJsonArray &events, const QJsonObject &users,
                   const QString &forUser = kAccount)
{
    return QJsonDocument(QJsonObject { { u"for_user_id"_s, forUser },
                                       { u"direct_message_events"_s, events },
                                       { u"users"_s, users } })
        .toJson(QJsonDocument::Compact);
}

QByteArray percent(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

//! Check an OAuth 1.0a header the way X does, written here from the
//! specification (RFC 5849), independently of the server's code.
bool oauthValid(const RecordedRequest &request, const QString &baseUrl)
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
    if (params.value("oauth_consumer_key") != kConsumerKey
        || params.value("oauth_token") != kAccessToken
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
    const QByteArray key = percent(QString::fromLatin1(kConsumerSecret)) + '&'
        + percent(QString::fromLatin1(kAccessSecret));
    return QMessageAuthenticationCode::hash(base, key, QCryptographicHash::Sha1).toBase64()
        == signature;
}

} // namespace

class TestChannelsTwitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void crcChallenge();
    void forgedSignaturesStoreNothing();
    void directMessagesAndOurOwnEchoes();
    void replayIsStoredOnce();
    void badBodies();
    void replyIsSignedAndSent();
    void limitsAreCheckedBeforeSending();
    void apiDownLeavesFailedThenRetryWorks();
    void surveyByQuickReplyOptions();
    void readReceipts();
    void typingReachesTheAgent();

private:
    HttpResult post(const QByteArray &body, const QByteArray &signature);
    HttpResult post(const QByteArray &body) { return post(body, signatureOf(body)); }
    qint64 storedIn(const QString &text, int timeoutMs = 5000);
    QJsonObject lastSendBody() const;

    FakePlatform m_api;
    ServerProcess m_server;
    AgentClient m_watcher;
    AgentClient m_alice;
};

void TestChannelsTwitter::initTestCase()
{
    QVERIFY(m_api.start());
    m_api.setResponder([](const RecordedRequest &) {
        return FakePlatform::Answer {
            200,
            "{\"event\":{\"type\":\"message_create\",\"id\":\""
                + QByteArray::number(QRandomGenerator::global()->generate64() >> 2) + "\"}}"
        };
    });
    m_server.setEnvironment(
        { u"GUICHET_TWITTER_CONSUMER_SECRET="_s + QString::fromLatin1(kConsumerSecret),
          u"GUICHET_TWITTER_CONSUMER_KEY="_s + QString::fromLatin1(kConsumerKey),
          u"GUICHET_TWITTER_ACCESS_TOKEN="_s + QString::fromLatin1(kAccessToken),
          u"GUICHET_TWITTER_ACCESS_TOKEN_SECRET="_s + QString::fromLatin1(kAccessSecret),
          u"GUICHET_TWITTER_ACCOUNT_ID="_s + kAccount,
          u"GUICHET_TWITTER_API_URL="_s + m_api.baseUrl() });
    m_server.setConfig(
        { { u"channels"_s,
            QJsonObject {
                { u"twitter"_s,
                  QJsonObject { { u"maxRepliesPerWindow"_s, 2 }, { u"maxTextChars"_s, 280 } } },
                { u"sendQueue"_s,
                  QJsonObject {
                      { u"maxAttempts"_s, 2 }, { u"backoffMs"_s, 100 }, { u"pollMs"_s, 100 } } },
                { u"abuse"_s, QJsonObject { { u"webhookMaxBytes"_s, 16384 } } } } } });
    QVERIFY(m_server.start());
    QVERIFY(m_server.addAgent(u"chef"_s, kPassword, u"supervisor"_s));
    QVERIFY(m_server.addAgent(u"alice"_s, kPassword, u"gendarme"_s,
                              { u"--languages"_s, u"fr,en,es,it"_s }));
    QVERIFY(m_watcher.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"chef"_s, kPassword));
    m_watcher.syncAll();
    QVERIFY(m_alice.connectAndLogin(m_server.wsUrl(u"/agent"_s), u"alice"_s, kPassword));
    m_alice.syncAll();
}

void TestChannelsTwitter::cleanupTestCase()
{
    m_watcher.close();
    m_alice.close();
    m_server.stop();
}

HttpResult TestChannelsTwitter::post(const QByteArray &body, const QByteArray &signature)
{
    QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" } };
    if (!signature.isEmpty())
        headers.append({ "x-twitter-webhooks-signature", signature });
    return httpRequest("POST", m_server.httpUrl(u"/webhooks/twitter"_s), body, headers);
}

qint64 TestChannelsTwitter::storedIn(const QString &text, int timeoutMs)
{
    const auto event = m_watcher.next<Event>(timeoutMs, [&](const Event &e) {
        return e.kind == EventKind::MessageAdded && e.data.value(u"text"_s).toString() == text;
    });
    return event ? event->conversation : 0;
}

QJsonObject TestChannelsTwitter::lastSendBody() const
{
    const auto requests = m_api.requests();
    return requests.isEmpty() ? QJsonObject()
                              : QJsonDocument::fromJson(requests.constLast().body).object();
}

void TestChannelsTwitter::crcChallenge()
{
    QUrl url = m_server.httpUrl(u"/webhooks/twitter"_s);
    url.setQuery(u"crc_token=9b4507b3-9040-4669-9ca3-6b94edb50553"_s);
    const HttpResult result = httpRequest("GET", url);
    QCOMPARE(result.status, 200);
    const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(answer.value(u"response_token"_s).toString().toLatin1(),
             "sha256="
                 + hmacSha256(kConsumerSecret, "9b4507b3-9040-4669-9ca3-6b94edb50553").toBase64());
    url.setQuery(QString());
    QCOMPARE(httpRequest("GET", url).status, 400);
}

void TestChannelsTwitter::forgedSignaturesStoreNothing()
{
    const QByteArray body =
        payload({ messageCreate(u"1000000000000000001"_s, u"3001969357"_s, kAccount, u"forged"_s) },
                { { u"3001969357"_s, user(u"3001969357"_s, u"Jordan"_s, u"jordan"_s) } });
    QCOMPARE(post(body, QByteArray()).status, 403);
    QCOMPARE(post(body, signatureOf(body, "not-the-secret")).status, 403);
    QCOMPARE(post(body, "sha256=" + hmacSha256(kConsumerSecret, body).toHex()).status,
             403); // hex, not base64
    QCOMPARE(post(body + "\n", signatureOf(body)).status, 403);
    QVERIFY(!m_watcher.next<Event>(1000));
}

void TestChannelsTwitter::directMessagesAndOurOwnEchoes()
{
    QJsonObject withMedia = messageCreate(u"1000000000000000012"_s, u"3001969358"_s, kAccount,
                                          u"Mira esta foto https://t.co/abc"_s);
    QJsonObject create = withMedia.value(u"message_create"_s).toObject();
    QJsonObject data = create.value(u"message_data"_s).toObject();
    data.insert(
        u"attachment"_s,
        QJsonObject { { u"type"_s, u"media"_s },
                      { u"media"_s,
                        QJsonObject { { u"id_str"_s, u"1"_s },
                                      { u"type"_s, u"photo"_s },
                                      { u"media_url_https"_s,
                                        u"https://pbs.twimg.example/dm/photo.jpg"_s } } } });
    create.insert(u"message_data"_s, data);
    withMedia.insert(u"message_create"_s, create);
    const QByteArray body = payload(
        { messageCreate(u"1000000000000000011"_s, u"3001969357"_s, kAccount,
                        u"Hola, ¿cómo presento una denuncia por estafa?"_s),
          messageCreate(u"1000000000000000010"_s, kAccount, u"3001969357"_s,
                        u"our own reply, echoed"_s),
          withMedia },
        { { u"3001969357"_s, user(u"3001969357"_s, u"Jordan Brinks"_s, u"furiouscamper"_s) },
          { u"3001969358"_s, user(u"3001969358"_s, u"Ana"_s, u"ana_es"_s) },
          { kAccount, user(kAccount, u"Gendarmerie"_s, u"gendarmerie"_s) } });
    QCOMPARE(post(body).status, 200);
    const qint64 first = storedIn(u"Hola, ¿cómo presento una denuncia por estafa?"_s);
    QVERIFY(first);
    const qint64 second = storedIn(u"Mira esta foto https://t.co/abc"_s);
    QVERIFY(second && second != first);
    QVERIFY(!storedIn(u"our own reply, echoed"_s, 800));
    const auto events = m_watcher.syncAll();
    const auto opened = std::find_if(events.cbegin(), events.cend(), [&](const Event &e) {
        return e.kind == EventKind::ConversationOpened && e.conversation == first;
    });
    QVERIFY(opened != events.cend());
    QCOMPARE(opened->data.value(u"channel"_s).toString(), u"twitter"_s);
    QCOMPARE(opened->data.value(u"lang"_s).toString(), u"es"_s);
    QCOMPARE(opened->data.value(u"citizen"_s).toString(), u"Jordan Brinks (@furiouscamper)"_s);
    const auto media = std::find_if(events.cbegin(), events.cend(), [&](const Event &e) {
        return e.kind == EventKind::MessageAdded && e.conversation == second;
    });
    QCOMPARE(
        media->data.value(u"attachments"_s).toArray().first().toObject().value(u"url"_s).toString(),
        u"https://pbs.twimg.example/dm/photo.jpg"_s);
    // Events for another account than ours are not ours to store.
    const QByteArray other = payload({ messageCreate(u"1000000000000000013"_s, u"3001969357"_s,
                                                     u"999"_s, u"for someone else"_s) },
                                     {}, u"999"_s);
    QCOMPARE(post(other).status, 200);
    QVERIFY(!storedIn(u"for someone else"_s, 800));
    m_watcher.clear();
}

void TestChannelsTwitter::replayIsStoredOnce()
{
    const QByteArray body =
        payload({ messageCreate(u"1000000000000000021"_s, u"3001969360"_s, kAccount,
                                u"Buongiorno, mi hanno rubato la bici"_s) },
                { { u"3001969360"_s, user(u"3001969360"_s, u"Giulia"_s, u"giulia"_s) } });
    QCOMPARE(post(body).status, 200);
    QVERIFY(storedIn(u"Buongiorno, mi hanno rubato la bici"_s));
    QCOMPARE(post(body).status, 200);
    QVERIFY(!storedIn(u"Buongiorno, mi hanno rubato la bici"_s, 1000));
}

void TestChannelsTwitter::badBodies()
{
    QCOMPARE(post("{broken").status, 400);
    QCOMPARE(post("[1,2]").status, 400);
    QCOMPARE(post("{\"for_user_id\":\"4337869213\",\"direct_message_events\":[1,{\"type\":"
                  "\"message_create\"}]}")
                 .status,
             200);
    QJsonArray many;
    for (int i = 0; i < 100; ++i)
        many.append(messageCreate(QString::number(2000000000000000000ll + i), u"3001969361"_s,
                                  kAccount, QString(100, u'y')));
    QCOMPARE(post(payload(many, {})).status, 413);
    QVERIFY(!m_watcher.next<Event>(
        500, [](const Event &e) { return e.kind == EventKind::MessageAdded; }));
}

void TestChannelsTwitter::replyIsSignedAndSent()
{
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000031"_s, u"3001969370"_s, kAccount,
                                          u"Hello, how do I report a scam?"_s) },
                          { { u"3001969370"_s, user(u"3001969370"_s, u"Sam"_s, u"sam"_s) } }))
                 .status,
             200);
    const qint64 conversation = storedIn(u"Hello, how do I report a scam?"_s);
    QVERIFY(m_alice.claim(conversation).ok);
    m_api.clear();
    const QString id = newUuid();
    QVERIFY(m_alice
                .command(CommandOp::Reply, conversation,
                         { { u"message"_s, id }, { u"text"_s, u"Use Thésée, the online form."_s } })
                .ok);
    QVERIFY(m_api.waitForRequests(1));
    const RecordedRequest sent = m_api.requests().constFirst();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.target, QByteArray("/1.1/direct_messages/events/new.json"));
    QVERIFY2(oauthValid(sent, m_api.baseUrl()), sent.headers.value("authorization").constData());
    const QJsonObject event = lastSendBody().value(u"event"_s).toObject();
    QCOMPARE(event.value(u"type"_s).toString(), u"message_create"_s);
    const QJsonObject create = event.value(u"message_create"_s).toObject();
    QCOMPARE(create.value(u"target"_s).toObject().value(u"recipient_id"_s).toString(),
             u"3001969370"_s);
    QCOMPARE(create.value(u"message_data"_s).toObject().value(u"text"_s).toString(),
             u"Use Thésée, the online form."_s);
    QVERIFY(m_watcher.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::MessageDelivery && e.data.value(u"message"_s).toString() == id
            && e.data.value(u"delivery"_s).toString() == u"sent"_s;
    }));
}

void TestChannelsTwitter::limitsAreCheckedBeforeSending()
{
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000041"_s, u"3001969380"_s, kAccount,
                                          u"I need some information"_s) },
                          {}))
                 .status,
             200);
    const qint64 conversation = storedIn(u"I need some information"_s);
    QVERIFY(m_alice.claim(conversation).ok);
    const auto replyWith = [&](const QString &text) {
        return m_alice.command(CommandOp::Reply, conversation,
                               { { u"message"_s, newUuid() }, { u"text"_s, text } });
    };
    const Ack tooLong = replyWith(QString(281, u'z'));
    QVERIFY(!tooLong.ok);
    QCOMPARE(tooLong.code, ErrorCode::TextTooLong);
    QVERIFY(tooLong.message.contains(u"280"_s));
    QVERIFY(replyWith(u"first"_s).ok);
    QVERIFY(replyWith(u"second"_s).ok);
    const Ack capped = replyWith(u"third"_s);
    QVERIFY(!capped.ok);
    QCOMPARE(capped.code, ErrorCode::RateLimited);
    QVERIFY(capped.message.contains(u"write again"_s));
    // The citizen writes again: a new window.
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000042"_s, u"3001969380"_s, kAccount,
                                          u"And another thing"_s) },
                          {}))
                 .status,
             200);
    QCOMPARE(storedIn(u"And another thing"_s), conversation);
    QVERIFY(replyWith(u"third, now allowed"_s).ok);
}

void TestChannelsTwitter::apiDownLeavesFailedThenRetryWorks()
{
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000051"_s, u"3001969390"_s, kAccount,
                                          u"Anyone?"_s) },
                          {}))
                 .status,
             200);
    const qint64 conversation = storedIn(u"Anyone?"_s);
    QVERIFY(m_alice.claim(conversation).ok);
    m_api.setResponder([](const RecordedRequest &) {
        return FakePlatform::Answer {
            403,
            "{\"errors\":[{\"code\":349,\"message\":\"You cannot send messages to this user.\"}]}"
        };
    });
    const QString id = newUuid();
    QVERIFY(m_alice
                .command(CommandOp::Reply, conversation,
                         { { u"message"_s, id }, { u"text"_s, u"Yes"_s } })
                .ok);
    const auto failed = m_watcher.next<Event>(10000, [&](const Event &e) {
        return e.kind == EventKind::MessageDelivery && e.data.value(u"message"_s).toString() == id;
    });
    QVERIFY(failed);
    QCOMPARE(failed->data.value(u"delivery"_s).toString(), u"failed"_s);
    QVERIFY(failed->data.value(u"reason"_s)
                .toString()
                .contains(u"You cannot send messages to this user."_s));
    m_api.setResponder([](const RecordedRequest &) {
        return FakePlatform::Answer {
            200, "{\"event\":{\"type\":\"message_create\",\"id\":\"1100000000000000001\"}}"
        };
    });
    QVERIFY(m_alice.command(CommandOp::Retry, conversation, { { u"message"_s, id } }).ok);
    QVERIFY(m_watcher.next<Event>(10000, [&](const Event &e) {
        return e.kind == EventKind::MessageDelivery && e.data.value(u"message"_s).toString() == id
            && e.data.value(u"delivery"_s).toString() == u"sent"_s;
    }));
}

void TestChannelsTwitter::surveyByQuickReplyOptions()
{
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000061"_s, u"3001969400"_s, kAccount,
                                          u"Thanks a lot"_s) },
                          {}))
                 .status,
             200);
    const qint64 conversation = storedIn(u"Thanks a lot"_s);
    QVERIFY(m_alice.claim(conversation).ok);
    m_api.clear();
    QVERIFY(
        m_alice.command(CommandOp::Close, conversation, { { u"outcome"_s, u"answered"_s } }).ok);
    QVERIFY(m_api.waitForRequests(1));
    const QJsonObject data = lastSendBody()
                                 .value(u"event"_s)
                                 .toObject()
                                 .value(u"message_create"_s)
                                 .toObject()
                                 .value(u"message_data"_s)
                                 .toObject();
    const QJsonObject quick = data.value(u"quick_reply"_s).toObject();
    QCOMPARE(quick.value(u"type"_s).toString(), u"options"_s);
    const QJsonArray options = quick.value(u"options"_s).toArray();
    QCOMPARE(options.size(), 5);
    QCOMPARE(options.at(1).toObject().value(u"metadata"_s).toString(), u"GUICHET_SURVEY_2"_s);

    QJsonObject answer = messageCreate(u"1000000000000000062"_s, u"3001969400"_s, kAccount,
                                       options.at(1).toObject().value(u"label"_s).toString());
    QJsonObject create = answer.value(u"message_create"_s).toObject();
    QJsonObject messageData = create.value(u"message_data"_s).toObject();
    messageData.insert(
        u"quick_reply_response"_s,
        QJsonObject { { u"type"_s, u"options"_s }, { u"metadata"_s, u"GUICHET_SURVEY_2"_s } });
    create.insert(u"message_data"_s, messageData);
    answer.insert(u"message_create"_s, create);
    m_watcher.clear();
    QCOMPARE(post(payload({ answer }, {})).status, 200);
    const auto survey = m_watcher.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::SurveyAnswered && e.conversation == conversation;
    });
    QVERIFY(survey);
    QCOMPARE(survey->data.value(u"rating"_s).toInt(), 2);
}

void TestChannelsTwitter::readReceipts()
{
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000071"_s, u"3001969410"_s, kAccount,
                                          u"Read me"_s) },
                          {}))
                 .status,
             200);
    const qint64 conversation = storedIn(u"Read me"_s);
    QVERIFY(m_alice.claim(conversation).ok);
    m_api.setResponder([](const RecordedRequest &) {
        return FakePlatform::Answer {
            200, "{\"event\":{\"type\":\"message_create\",\"id\":\"1200000000000000001\"}}"
        };
    });
    const QString id = newUuid();
    QVERIFY(m_alice
                .command(CommandOp::Reply, conversation,
                         { { u"message"_s, id }, { u"text"_s, u"Done"_s } })
                .ok);
    QVERIFY(m_watcher.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::MessageDelivery && e.data.value(u"message"_s).toString() == id;
    }));
    const QByteArray body =
        QJsonDocument(
            QJsonObject { { u"for_user_id"_s, kAccount },
                          { u"direct_message_mark_read_events"_s,
                            QJsonArray { QJsonObject {
                                { u"created_timestamp"_s, u"1518452444662"_s },
                                { u"sender_id"_s, u"3001969410"_s },
                                { u"target"_s, QJsonObject { { u"recipient_id"_s, kAccount } } },
                                { u"last_read_event_id"_s, u"1200000000000000001"_s } } } } })
            .toJson(QJsonDocument::Compact);
    QCOMPARE(post(body).status, 200);
    QVERIFY(m_watcher.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::MessageDelivery && e.data.value(u"message"_s).toString() == id
            && e.data.value(u"delivery"_s).toString() == u"read"_s;
    }));
}

void TestChannelsTwitter::typingReachesTheAgent()
{
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000081"_s, u"3001969420"_s, kAccount,
                                          u"Typing soon"_s) },
                          {}))
                 .status,
             200);
    const qint64 conversation = storedIn(u"Typing soon"_s);
    QVERIFY(m_alice.claim(conversation).ok);
    m_alice.clear();
    const QByteArray body =
        QJsonDocument(
            QJsonObject {
                { u"for_user_id"_s, kAccount },
                { u"direct_message_indicate_typing_events"_s,
                  QJsonArray { QJsonObject {
                      { u"created_timestamp"_s, u"1518127183443"_s },
                      { u"sender_id"_s, u"3001969420"_s },
                      { u"target"_s, QJsonObject { { u"recipient_id"_s, kAccount } } } } } } })
            .toJson(QJsonDocument::Compact);
    QCOMPARE(post(body).status, 200);
    const auto typing = m_alice.next<Typing>(5000);
    QVERIFY(typing);
    QCOMPARE(typing->conversation, conversation);
    QVERIFY(typing->active);
}

QTEST_GUILESS_MAIN(TestChannelsTwitter)
#include "tst_channels_twitter.moc"
