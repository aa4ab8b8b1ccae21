// X direct messages against the real guichet-server: the CRC check, the
// x-twitter-webhooks-signature over the raw body, direct_message_events as X
// documents them (our own outgoing events ignored), replays, batches, bad
// bodies; replies through a fake X API in this process, signed with OAuth 1.0a
// (checked here independently), within the limits checked before sending.
#include "fakeplatform.h"
#include "fakex.h"
#include "frameclients.h"
#include "protocol/uuid.h"
#include "serverprocess.h"
#include "tests/testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
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
const QByteArray kClientId = "M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ";
const QByteArray kClientSecret = "t6cy0Gk3-4dYu9lAsL0QUlVSoW8TUx2LRmS3jF8hYWf7JFa-NO";
const QByteArray kBearer = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI";

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

// The fake X API (tests/support/fakex.h, each answer after X's documentation)
// for this app and account: OAuth 1.0a checked, 403 for a user who does not
// accept our messages, else 201.
FakeX &fakeXApi()
{
    static FakeX x(
        { kConsumerKey, kConsumerSecret, kAccessToken, kAccessSecret, kClientId, kClientSecret });
    static const bool once = [] {
        x.addClosedUser(u"3001969999"_s);
        return true;
    }();
    Q_UNUSED(once)
    return x;
}

bool oauthValid(const RecordedRequest &request, const QString &baseUrl)
{
    return fakeXApi().oauth1Valid(request, baseUrl);
}

FakePlatform::Responder fakeX(const QString &baseUrl)
{
    return fakeXApi().responder(baseUrl);
}

FakePlatform::Answer xProblem(int status, const QByteArray &title, const QByteArray &detail,
                              QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return FakeX::problem(status, title, detail, std::move(headers));
}

FakePlatform::Answer xSent(const QByteArray &eventId)
{
    return FakeX::sent(eventId);
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
    void surveyByNumber();
    void rateLimitWaitsForTheReset();
    void dailyCapAndRevokedTokenAreRefused();
    void readReceipts();
    void typingReachesTheAgent();
    void adminWebhookAndSubscriptions();
    void revokedAppIsRefused();
    void xActivityApiDeliveries();
    void oauth2TokensSealedRenewedAndRefusalsShown();

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
    m_api.setResponder(fakeX(m_api.baseUrl()));
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
    QCOMPARE(sent.target, QByteArray("/2/dm_conversations/with/3001969370/messages"));
    QVERIFY2(oauthValid(sent, m_api.baseUrl()), sent.headers.value("authorization").constData());
    QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(lastSendBody(), QJsonObject({ { u"text"_s, u"Use Thésée, the online form."_s } }));
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
        return xProblem(403, "Forbidden",
                        "You are not permitted to send a Direct Message to this user.");
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
                .contains(u"You are not permitted to send a Direct Message to this user."_s));
    m_api.setResponder(fakeX(m_api.baseUrl()));
    QVERIFY(m_alice.command(CommandOp::Retry, conversation, { { u"message"_s, id } }).ok);
    QVERIFY(m_watcher.next<Event>(10000, [&](const Event &e) {
        return e.kind == EventKind::MessageDelivery && e.data.value(u"message"_s).toString() == id
            && e.data.value(u"delivery"_s).toString() == u"sent"_s;
    }));
}

void TestChannelsTwitter::surveyByNumber()
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
    // The v2 endpoint has no quick replies: the prompt asks for a number.
    QCOMPARE(m_api.requests().constLast().target,
             QByteArray("/2/dm_conversations/with/3001969400/messages"));
    const QString prompt = lastSendBody().value(u"text"_s).toString();
    QVERIFY2(prompt.contains(u"1"_s) && prompt.contains(u"5"_s), qPrintable(prompt));
    QCOMPARE(lastSendBody().keys(), QStringList { u"text"_s });

    m_watcher.clear();
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000062"_s, u"3001969400"_s, kAccount,
                                          u" 2 "_s) },
                          {}))
                 .status,
             200);
    const auto survey = m_watcher.next<Event>(5000, [&](const Event &e) {
        return e.kind == EventKind::SurveyAnswered && e.conversation == conversation;
    });
    QVERIFY(survey);
    QCOMPARE(survey->data.value(u"rating"_s).toInt(), 2);
    // Once rated, a number is a message again (a new conversation).
    QCOMPARE(
        post(payload({ messageCreate(u"1000000000000000063"_s, u"3001969400"_s, kAccount, u"4"_s) },
                     {}))
            .status,
        200);
    const qint64 next = storedIn(u"4"_s);
    QVERIFY(next);
    QVERIFY(next != conversation);
}

void TestChannelsTwitter::rateLimitWaitsForTheReset()
{
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000091"_s, u"3001969430"_s, kAccount,
                                          u"Rate limited question"_s) },
                          {}))
                 .status,
             200);
    const qint64 conversation = storedIn(u"Rate limited question"_s);
    QVERIFY(m_alice.claim(conversation).ok);
    // The 15-minute window is used up; it lifts in 3 seconds (a whole second
    // on the clock, as the header has it).
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 3;
    auto calls = std::make_shared<int>(0);
    auto retriedAt = std::make_shared<qint64>(0); // seconds, as the header
    const auto x = fakeX(m_api.baseUrl());
    m_api.setResponder([calls, retriedAt, reset, x](const RecordedRequest &request) {
        if (*calls == 1)
            *retriedAt = QDateTime::currentSecsSinceEpoch();
        if ((*calls)++ == 0) {
            return xProblem(429, "Too Many Requests", "Too Many Requests",
                            { { "x-rate-limit-limit", "200" },
                              { "x-rate-limit-remaining", "0" },
                              { "x-rate-limit-reset", QByteArray::number(reset) } });
        }
        return x(request);
    });
    m_api.clear();
    const QString id = newUuid();
    QVERIFY(m_alice
                .command(CommandOp::Reply, conversation,
                         { { u"message"_s, id }, { u"text"_s, u"After the limit"_s } })
                .ok);
    QVERIFY(m_api.waitForRequests(1));
    // Not the queue's 100 ms backoff: the next attempt waits for the reset. Told
    // by when it came, not by "none within 1.5 s of the first" (on a loaded
    // machine the first came late, and the reset was past 1.5 s after it).
    QVERIFY(m_api.waitForRequests(2, 30000));
    QVERIFY2(*retriedAt >= reset,
             qPrintable(u"retried at %1, reset %2"_s.arg(*retriedAt).arg(reset)));
    QVERIFY(m_watcher.next<Event>(30000, [&](const Event &e) {
        return e.kind == EventKind::MessageDelivery && e.data.value(u"message"_s).toString() == id
            && e.data.value(u"delivery"_s).toString() == u"sent"_s;
    }));
    m_api.setResponder(fakeX(m_api.baseUrl()));
}

void TestChannelsTwitter::dailyCapAndRevokedTokenAreRefused()
{
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000101"_s, u"3001969440"_s, kAccount,
                                          u"Capped question"_s) },
                          {}))
                 .status,
             200);
    const qint64 conversation = storedIn(u"Capped question"_s);
    QVERIFY(m_alice.claim(conversation).ok);
    const auto failedWith = [&](const QString &id) -> QString {
        const auto failed = m_watcher.next<Event>(10000, [&](const Event &e) {
            return e.kind == EventKind::MessageDelivery
                && e.data.value(u"message"_s).toString() == id
                && e.data.value(u"delivery"_s).toString() == u"failed"_s;
        });
        return failed ? failed->data.value(u"reason"_s).toString() : QString();
    };
    // The account's 24-hour DM cap: lifts in 10 hours. Failed at once, with
    // the time, rather than held in the queue.
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 10 * 3600;
    m_api.setResponder([reset](const RecordedRequest &) {
        return xProblem(429, "Too Many Requests", "Too Many Requests",
                        { { "x-rate-limit-remaining", "150" },
                          { "x-rate-limit-reset", QByteArray::number(reset - 9 * 3600) },
                          { "x-user-limit-24hour-limit", "1000" },
                          { "x-user-limit-24hour-remaining", "0" },
                          { "x-user-limit-24hour-reset", QByteArray::number(reset) } });
    });
    m_api.clear();
    QString id = newUuid();
    QVERIFY(m_alice
                .command(CommandOp::Reply, conversation,
                         { { u"message"_s, id }, { u"text"_s, u"Over the cap"_s } })
                .ok);
    QString reason = failedWith(id);
    QVERIFY2(reason.contains(
                 QDateTime::fromSecsSinceEpoch(reset, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s)),
             qPrintable(reason));
    QCOMPARE(m_api.requests().size(), 1);

    // A revoked or expired token: 401, not retried, the administrator named.
    m_api.setResponder(
        [](const RecordedRequest &) { return xProblem(401, "Unauthorized", "Unauthorized"); });
    m_api.clear();
    id = newUuid();
    QVERIFY(m_alice
                .command(CommandOp::Reply, conversation,
                         { { u"message"_s, id }, { u"text"_s, u"With a dead token"_s } })
                .ok);
    reason = failedWith(id);
    QVERIFY2(reason.contains(u"invalid, expired or revoked"_s), qPrintable(reason));
    QCOMPARE(m_api.requests().size(), 1);

    // X down (503): retried, then given up after the attempts (2 here).
    m_api.setResponder([](const RecordedRequest &) {
        return xProblem(503, "Service Unavailable", "Service Unavailable");
    });
    m_api.clear();
    id = newUuid();
    QVERIFY(m_alice
                .command(CommandOp::Reply, conversation,
                         { { u"message"_s, id }, { u"text"_s, u"X is down"_s } })
                .ok);
    reason = failedWith(id);
    QVERIFY2(reason.contains(u"Service Unavailable"_s), qPrintable(reason));
    QCOMPARE(m_api.requests().size(), 2);
    m_api.setResponder(fakeX(m_api.baseUrl()));
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
    m_api.setResponder([](const RecordedRequest &) { return xSent("1200000000000000001"); });
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

void TestChannelsTwitter::adminWebhookAndSubscriptions()
{
    // A fake of X's V2 Webhooks API (docs.x.com/x-api/webhooks/introduction and its
    // reference: POST/GET /2/webhooks, PUT and DELETE /2/webhooks/:webhook_id, app-only
    // bearer token) and Account Activity subscriptions (docs.x.com/x-api/account-activity:
    // POST .../subscriptions/all in user context, GET .../subscriptions/all/list and
    // DELETE .../subscriptions/:user_id/all with the bearer token).
    struct State
    {
        QList<QJsonObject> hooks;
        QSet<QString> subscribed;
        int crcChecks = 0;
    };
    auto state = std::make_shared<State>();
    const QString base = m_api.baseUrl();
    m_api.setResponder([state, base](const RecordedRequest &r) -> FakePlatform::Answer {
        const QString path = r.url().path();
        const bool bearer = r.headers.value("authorization") == "Bearer " + kBearer;
        const auto reply = [](const QJsonValue &data) {
            return FakePlatform::Answer {
                200, QJsonDocument(QJsonObject { { u"data"_s, data } }).toJson()
            };
        };
        static const QRegularExpression hookPath(u"^/2/webhooks/([0-9]+)$"_s);
        static const QRegularExpression subPath(
            u"^/2/account_activity/webhooks/([0-9]+)/subscriptions/(all|all/list|([0-9]+)/all)$"_s);
        const auto find = [&](const QString &id) {
            for (const QJsonObject &hook : std::as_const(state->hooks)) {
                if (hook.value(u"id"_s).toString() == id)
                    return hook;
            }
            return QJsonObject();
        };
        if (path == u"/2/webhooks"_s || hookPath.match(path).hasMatch()) {
            if (!bearer)
                return xProblem(401, "Unauthorized", "Unauthorized");
            if (r.method == "POST" && path == u"/2/webhooks"_s) {
                const QString url =
                    QJsonDocument::fromJson(r.body).object().value(u"url"_s).toString();
                if (!url.startsWith(u"https://"_s))
                    return xProblem(400, "Invalid Request", "The url must use https.");
                const QJsonObject hook { { u"id"_s, u"1146654567674912769"_s },
                                         { u"url"_s, url },
                                         { u"valid"_s, true },
                                         { u"created_at"_s, u"2026-12-07T01:50:00.000Z"_s } };
                state->hooks.append(hook);
                return reply(hook);
            }
            if (r.method == "GET" && path == u"/2/webhooks"_s) {
                QJsonArray list;
                for (const QJsonObject &hook : std::as_const(state->hooks))
                    list.append(hook);
                return { 200,
                         QJsonDocument(
                             QJsonObject { { u"data"_s, list },
                                           { u"meta"_s,
                                             QJsonObject { { u"result_count"_s, list.size() } } } })
                             .toJson() };
            }
            const QString id = hookPath.match(path).captured(1);
            if (find(id).isEmpty())
                return xProblem(404, "Not Found Error", "Webhook not found.");
            if (r.method == "PUT") {
                ++state->crcChecks;
                return reply(QJsonObject { { u"attempted"_s, true } });
            }
            if (r.method == "DELETE") {
                state->hooks.removeIf(
                    [&](const QJsonObject &hook) { return hook.value(u"id"_s).toString() == id; });
                return reply(QJsonObject { { u"deleted"_s, true } });
            }
        }
        if (const auto match = subPath.match(path); match.hasMatch()) {
            const QJsonObject hook = find(match.captured(1));
            if (hook.isEmpty())
                return xProblem(404, "Not Found Error", "Webhook not found.");
            if (r.method == "POST" && match.captured(2) == u"all"_s) {
                // User context: OAuth 1.0a, or the account's OAuth 2.0 token.
                if (!oauthValid(r, base)
                    && r.headers.value("authorization") != "Bearer user-access-Q7")
                    return xProblem(401, "Unauthorized", "Unauthorized");
                state->subscribed.insert(kAccount);
                return reply(QJsonObject { { u"subscribed"_s, true } });
            }
            if (!bearer)
                return xProblem(401, "Unauthorized", "Unauthorized");
            if (r.method == "GET" && match.captured(2) == u"all/list"_s) {
                QJsonArray users;
                for (const QString &user : std::as_const(state->subscribed))
                    users.append(QJsonObject { { u"user_id"_s, user } });
                return reply(QJsonObject { { u"application_id"_s, u"29893711"_s },
                                           { u"webhook_id"_s, hook.value(u"id"_s) },
                                           { u"webhook_url"_s, hook.value(u"url"_s) },
                                           { u"subscriptions"_s, users } });
            }
            if (r.method == "DELETE" && !match.captured(3).isEmpty()) {
                state->subscribed.remove(match.captured(3));
                return reply(QJsonObject { { u"subscribed"_s, false } });
            }
        }
        return xProblem(404, "Not Found Error", "Could not find the resource.");
    });

    QTemporaryDir data;
    const QStringList credentials {
        u"GUICHET_TWITTER_CONSUMER_SECRET="_s + QString::fromLatin1(kConsumerSecret),
        u"GUICHET_TWITTER_CONSUMER_KEY="_s + QString::fromLatin1(kConsumerKey),
        u"GUICHET_TWITTER_ACCESS_TOKEN="_s + QString::fromLatin1(kAccessToken),
        u"GUICHET_TWITTER_ACCESS_TOKEN_SECRET="_s + QString::fromLatin1(kAccessSecret),
        u"GUICHET_TWITTER_ACCOUNT_ID="_s + kAccount,
        u"GUICHET_TWITTER_BEARER_TOKEN="_s + QString::fromLatin1(kBearer)
    };
    QByteArray output;
    // The admin command calls the fake in this process: wait without blocking.
    const auto x = [&](const QStringList &words, const QStringList &env = {}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GUICHET_TWITTER_API_URL"_s, m_api.baseUrl());
        for (const QString &pair : env)
            environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(GUICHET_SERVER_BINARY),
                      QStringList { u"admin"_s, u"--data"_s, data.path(), u"x"_s } + words);
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 30000)
            pumpEvents(20);
        process.waitForFinished(1000);
        output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };

    // Without the app's bearer token: said, nothing sent.
    m_api.clear();
    QCOMPARE(x({ u"webhook"_s, u"list"_s }), 2);
    QVERIFY2(output.contains("GUICHET_TWITTER_BEARER_TOKEN"), output.constData());
    QCOMPARE(m_api.requests().size(), 0);

    QCOMPARE(x({ u"webhook"_s, u"register"_s, u"http://guichet.example/webhooks/twitter"_s },
               credentials),
             2);
    QCOMPARE(x({ u"webhook"_s, u"register"_s, u"https://guichet.example/webhooks/twitter"_s },
               credentials),
             0);
    QVERIFY2(output.contains("webhook 1146654567674912769 registered for "
                             "https://guichet.example/webhooks/twitter"),
             output.constData());
    QCOMPARE(x({ u"webhook"_s, u"list"_s }, credentials), 0);
    QVERIFY2(output.contains("1146654567674912769 https://guichet.example/webhooks/twitter valid"),
             output.constData());
    QCOMPARE(x({ u"webhook"_s, u"validate"_s, u"1146654567674912769"_s }, credentials), 0);
    QCOMPARE(state->crcChecks, 1);
    QCOMPARE(x({ u"webhook"_s, u"validate"_s, u"999"_s }, credentials), 1);
    QVERIFY2(output.contains("Webhook not found. (HTTP 404)"), output.constData());

    QCOMPARE(x({ u"subscriptions"_s, u"1146654567674912769"_s }, credentials), 1);
    QVERIFY2(output.contains("is not subscribed"), output.constData());
    m_api.clear();
    QCOMPARE(x({ u"subscribe"_s, u"1146654567674912769"_s }, credentials), 0);
    QVERIFY2(oauthValid(m_api.requests().constFirst(), m_api.baseUrl()),
             m_api.requests().constFirst().headers.value("authorization").constData());
    QCOMPARE(x({ u"subscriptions"_s, u"1146654567674912769"_s }, credentials), 0);
    QVERIFY2(output.contains(QByteArray(kAccount.toLatin1() + " (our account)")),
             output.constData());
    QCOMPARE(x({ u"unsubscribe"_s, u"1146654567674912769"_s }, credentials), 0);
    // Subscribing with the account's OAuth 2.0 token, without OAuth 1.0a.
    QFile tokenFile(data.filePath(u"token.json"_s));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write("{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":"
                    "\"user-access-Q7\",\"refresh_token\":\"user-refresh-Q7\"}");
    tokenFile.close();
    QCOMPARE(x({ u"token"_s, u"import"_s, tokenFile.fileName() }), 0);
    const QStringList oauth2Only {
        u"GUICHET_TWITTER_CONSUMER_SECRET="_s + QString::fromLatin1(kConsumerSecret),
        u"GUICHET_TWITTER_ACCOUNT_ID="_s + kAccount,
        u"GUICHET_TWITTER_CLIENT_ID="_s + QString::fromLatin1(kClientId),
        u"GUICHET_TWITTER_CLIENT_SECRET="_s + QString::fromLatin1(kClientSecret),
        u"GUICHET_TWITTER_BEARER_TOKEN="_s + QString::fromLatin1(kBearer)
    };
    m_api.clear();
    QCOMPARE(x({ u"subscribe"_s, u"1146654567674912769"_s }, oauth2Only), 0);
    QCOMPARE(m_api.requests().constFirst().headers.value("authorization"),
             QByteArray("Bearer user-access-Q7"));
    QCOMPARE(x({ u"unsubscribe"_s, u"1146654567674912769"_s }, credentials), 0);
    QVERIFY(state->subscribed.isEmpty());
    QCOMPARE(x({ u"webhook"_s, u"delete"_s, u"1146654567674912769"_s }, credentials), 0);
    QCOMPARE(x({ u"webhook"_s, u"list"_s }, credentials), 0);
    QVERIFY2(output.contains("no webhook registered"), output.constData());
    m_api.setResponder(fakeX(m_api.baseUrl()));
}

void TestChannelsTwitter::revokedAppIsRefused()
{
    QCOMPARE(post(payload({ messageCreate(u"1000000000000000201"_s, u"3001969501"_s, kAccount,
                                          u"Revoked app question"_s) },
                          {}))
                 .status,
             200);
    const qint64 conversation = storedIn(u"Revoked app question"_s);
    QVERIFY(m_alice.claim(conversation).ok);
    fakeXApi().setCase(FakeX::Case::RevokedApp);
    m_api.clear();
    const QString id = newUuid();
    QVERIFY(m_alice
                .command(CommandOp::Reply, conversation,
                         { { u"message"_s, id }, { u"text"_s, u"To a suspended app"_s } })
                .ok);
    const auto failed = m_watcher.next<Event>(10000, [&](const Event &e) {
        return e.kind == EventKind::MessageDelivery && e.data.value(u"message"_s).toString() == id
            && e.data.value(u"delivery"_s).toString() == u"failed"_s;
    });
    fakeXApi().setCase(FakeX::Case::Normal);
    QVERIFY(failed);
    const QString reason = failed->data.value(u"reason"_s).toString();
    QVERIFY2(reason.contains(u"developer App that is attached to a Project"_s), qPrintable(reason));
    QVERIFY(reason.contains(u"403"_s));
    QCOMPARE(m_api.requests().size(), 1); // refused, not retried
}

// The X Activity API's envelope (docs.x.com/x-api/activity/event-payloads,
// dm.received) on the same webhook: stored like the Account Activity API's,
// the same message from both stored once (the id is the same), another
// account's and XChat's encrypted events left alone.
void TestChannelsTwitter::xActivityApiDeliveries()
{
    const auto xaa = [](const QString &eventType, const QString &forUser,
                        const QJsonArray &events) {
        return QJsonDocument(
                   QJsonObject {
                       { u"data"_s,
                         QJsonObject {
                             { u"event_uuid"_s, u"-6850472171600526495"_s },
                             { u"filter"_s, QJsonObject { { u"user_id"_s, forUser } } },
                             { u"event_type"_s, eventType },
                             { u"tag"_s, u"dm-inbound"_s },
                             { u"payload"_s,
                               QJsonObject {
                                   { u"direct_message_events"_s, events },
                                   { u"users"_s,
                                     QJsonObject {
                                         { u"3001969701"_s,
                                           QJsonObject {
                                               { u"data"_s,
                                                 QJsonObject {
                                                     { u"id"_s, u"3001969701"_s },
                                                     { u"name"_s, u"Camille"_s },
                                                     { u"username"_s,
                                                       u"camille"_s } } } } } } } } } } } })
            .toJson(QJsonDocument::Compact);
    };
    const QJsonObject message = messageCreate(u"1000000000000000701"_s, u"3001969701"_s, kAccount,
                                              u"Hello through the X Activity API"_s);
    QCOMPARE(post(xaa(u"dm.received"_s, kAccount, { message })).status, 200);
    const qint64 conversation = storedIn(u"Hello through the X Activity API"_s);
    QVERIFY(conversation > 0);
    const auto events = m_watcher.syncAll();
    const auto opened = std::find_if(events.cbegin(), events.cend(), [&](const Event &e) {
        return e.kind == EventKind::ConversationOpened && e.conversation == conversation;
    });
    QVERIFY(opened != events.cend());
    QCOMPARE(opened->data.value(u"citizen"_s).toString(), u"Camille (@camille)"_s);
    // The same message delivered again by the Account Activity API.
    QCOMPARE(post(payload({ message }, {})).status, 200);
    QVERIFY(!storedIn(u"Hello through the X Activity API"_s, 1500));
    // Another account's events, and encrypted XChat events: nothing stored.
    const QJsonObject other =
        messageCreate(u"1000000000000000702"_s, u"3001969701"_s, kAccount, u"Not for us"_s);
    QCOMPARE(post(xaa(u"dm.received"_s, u"999"_s, { other })).status, 200);
    QCOMPARE(post(xaa(u"chat.received"_s, kAccount, { other })).status, 200);
    QVERIFY(!storedIn(u"Not for us"_s, 1500));
    // Unsigned: refused as always.
    QCOMPARE(post(xaa(u"dm.received"_s, kAccount, { other }), "sha256=AAAA").status, 403);
}

// OAuth 2.0 user context on a server of its own: the tokens imported from
// stdin and sealed in the database, used as bearer tokens, renewed before
// they expire (and after a 401), and a refused renewal shown to the agent
// (the failed reply's reason), to operators (admin x token status, /readyz,
// the log) without a token in any of them.
void TestChannelsTwitter::oauth2TokensSealedRenewedAndRefusalsShown()
{
    FakeX &x = fakeXApi();
    x.setTokens("access-initial-Zq81", "refresh-initial-Kt30");
    ServerProcess server;
    server.setEnvironment(
        { u"GUICHET_TWITTER_CONSUMER_SECRET="_s + QString::fromLatin1(kConsumerSecret),
          u"GUICHET_TWITTER_ACCOUNT_ID="_s + kAccount,
          u"GUICHET_TWITTER_CLIENT_ID="_s + QString::fromLatin1(kClientId),
          u"GUICHET_TWITTER_CLIENT_SECRET="_s + QString::fromLatin1(kClientSecret),
          u"GUICHET_TWITTER_API_URL="_s + m_api.baseUrl() });
    server.setConfig({ { u"channels"_s,
                         // A 6-second reply window stands for X's 24 hours (checked last).
                         QJsonObject { { u"twitter"_s,
                                         QJsonObject { { u"tokenCheckMs"_s, 500 },
                                                       { u"replyWindowMs"_s, 6000 } } },
                                       { u"sendQueue"_s,
                                         QJsonObject { { u"maxAttempts"_s, 3 },
                                                       { u"backoffMs"_s, 100 },
                                                       { u"pollMs"_s, 100 } } } } } });
    QVERIFY(server.start());
    QVERIFY(server.addAgent(u"alice"_s, kPassword));
    AgentClient alice;
    QVERIFY(alice.connectAndLogin(server.wsUrl(u"/agent"_s), u"alice"_s, kPassword));
    alice.syncAll();
    const auto tokenStatus = [&server](QJsonObject *status) {
        QByteArray out;
        const int code = server.admin({ u"x"_s, u"token"_s, u"status"_s, u"--json"_s }, {}, &out);
        *status = QJsonDocument::fromJson(out).object();
        return code;
    };
    QJsonObject status;
    QCOMPARE(tokenStatus(&status), 1);
    QCOMPARE(status.value(u"token"_s).toString(), u"missing"_s);

    // Without tokens: the agent is told what the administrator must do.
    int serial = 300;
    const auto citizenWrites = [&](const QString &text) -> qint64 {
        const QByteArray body = payload({ messageCreate(u"1000000000000000%1"_s.arg(++serial),
                                                        u"3001969600"_s, kAccount, text) },
                                        {});
        if (httpRequest("POST", server.httpUrl(u"/webhooks/twitter"_s), body,
                        { { "Content-Type", "application/json" },
                          { "x-twitter-webhooks-signature", signatureOf(body) } })
                .status
            != 200)
            return 0;
        const auto event = alice.next<Event>(8000, [&](const Event &e) {
            return e.kind == EventKind::MessageAdded && e.data.value(u"text"_s).toString() == text;
        });
        return event ? event->conversation : 0;
    };
    const auto replyOutcome = [&](qint64 conversation, const QString &text) -> QJsonObject {
        const QString id = newUuid();
        if (!alice
                 .command(CommandOp::Reply, conversation,
                          { { u"message"_s, id }, { u"text"_s, text } })
                 .ok)
            return {};
        const auto done = alice.next<Event>(15000, [&](const Event &e) {
            const QString delivery = e.data.value(u"delivery"_s).toString();
            return e.kind == EventKind::MessageDelivery
                && e.data.value(u"message"_s).toString() == id
                && (delivery == u"sent"_s || delivery == u"failed"_s);
        });
        return done ? done->data : QJsonObject();
    };
    const qint64 conversation = citizenWrites(u"OAuth 2 question"_s);
    QVERIFY(conversation > 0);
    QVERIFY(alice.claim(conversation).ok);
    QJsonObject outcome = replyOutcome(conversation, u"no tokens yet"_s);
    QCOMPARE(outcome.value(u"delivery"_s).toString(), u"failed"_s);
    QVERIFY2(outcome.value(u"reason"_s).toString().contains(u"admin x token import"_s),
             qPrintable(outcome.value(u"reason"_s).toString()));

    // Imported from stdin (never argv), sealed: no token in the data folder's
    // files (SQLite) nor in what status says.
    const QByteArray tokenJson =
        "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"access-initial-Zq81\","
        "\"scope\":\"dm.write dm.read tweet.read users.read offline.access\",\"refresh_token\":"
        "\"refresh-initial-Kt30\"}";
    QByteArray out;
    QCOMPARE(server.admin({ u"x"_s, u"token"_s, u"import"_s }, tokenJson, &out), 0);
    QVERIFY2(out.contains("sealed with"), out.constData());
    const QString keyFile = server.dataDir() + u"/secret.key"_s;
    QVERIFY(QFile::exists(keyFile));
    QVERIFY(!(QFile::permissions(keyFile) & (QFile::ReadGroup | QFile::ReadOther)));
    if (!usePostgres()) {
        for (const QFileInfo &file : QDir(server.dataDir()).entryInfoList(QDir::Files)) {
            QFile f(file.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("access-initial-Zq81")
                         && !bytes.contains("refresh-initial-Kt30"),
                     qPrintable(file.fileName()));
        }
    }
    QCOMPARE(tokenStatus(&status), 0);
    QCOMPARE(status.value(u"token"_s).toString(), u"ok"_s);
    QVERIFY(!QJsonDocument(status).toJson().contains("initial"));

    // Sent with the bearer token, no renewal needed.
    m_api.clear();
    QCOMPARE(citizenWrites(u"OAuth 2 second question"_s), conversation);
    outcome = replyOutcome(conversation, u"with the bearer token"_s);
    QCOMPARE(outcome.value(u"delivery"_s).toString(), u"sent"_s);
    QCOMPARE(m_api.requests().constLast().headers.value("authorization"),
             QByteArray("Bearer access-initial-Zq81"));
    QCOMPARE(x.refreshes(), 0);

    // Expiring within the margin (10 minutes): renewed ahead, by the timer,
    // with no reply waiting; the old refresh token is retired by X.
    const QByteArray soon = QByteArray(tokenJson).replace("7200", "300");
    QCOMPARE(server.admin({ u"x"_s, u"token"_s, u"import"_s }, soon), 0);
    QTRY_COMPARE_WITH_TIMEOUT(x.refreshes(), 1, 10000);
    const RecordedRequest refresh = [&] {
        for (const RecordedRequest &r : m_api.requests()) {
            if (r.target == "/2/oauth2/token")
                return r;
        }
        return RecordedRequest();
    }();
    QVERIFY(refresh.body.contains("grant_type=refresh_token"));
    QVERIFY(refresh.body.contains("refresh_token=refresh-initial-Kt30"));
    QTRY_VERIFY_WITH_TIMEOUT(tokenStatus(&status) == 0
                                 && status.value(u"expiresAt"_s).toInteger()
                                     > QDateTime::currentMSecsSinceEpoch() + 3600 * 1000,
                             10000);
    m_api.clear();
    QCOMPARE(citizenWrites(u"OAuth 2 third question"_s), conversation);
    outcome = replyOutcome(conversation, u"with the renewed token"_s);
    QCOMPARE(outcome.value(u"delivery"_s).toString(), u"sent"_s);
    QCOMPARE(m_api.requests().constLast().headers.value("authorization"),
             "Bearer " + x.accessToken());

    // X stops taking the access token before its time: renewed, then sent.
    QTest::qWait(600); // past tokenCheckMs since the last renewal
    x.setTokens("access-revoked-by-x", x.refreshToken());
    m_api.clear();
    QCOMPARE(citizenWrites(u"OAuth 2 fourth question"_s), conversation);
    outcome = replyOutcome(conversation, u"after a 401"_s);
    QCOMPARE(outcome.value(u"delivery"_s).toString(), u"sent"_s);
    QCOMPARE(x.refreshes(), 2);
    QCOMPARE(m_api.requests().constLast().headers.value("authorization"),
             "Bearer " + x.accessToken());

    // The user revoked the app: the renewal is refused. The agent's reply
    // fails with why and what to do; status, /readyz and the log say it.
    QTest::qWait(600);
    x.revokeRefresh();
    x.setTokens("access-dead", {});
    QCOMPARE(citizenWrites(u"OAuth 2 fifth question"_s), conversation);
    outcome = replyOutcome(conversation, u"after the revocation"_s);
    QCOMPARE(outcome.value(u"delivery"_s).toString(), u"failed"_s);
    const QString reason = outcome.value(u"reason"_s).toString();
    QVERIFY2(reason.contains(u"Value passed for the token was invalid."_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"admin x token import"_s), qPrintable(reason));
    QCOMPARE(tokenStatus(&status), 1);
    QCOMPARE(status.value(u"token"_s).toString(), u"refresh_failed"_s);
    QVERIFY(status.value(u"failure"_s).toString().contains(u"invalid_request"_s));
    const HttpResult ready = httpRequest("GET", server.httpUrl(u"/readyz"_s));
    QCOMPARE(ready.status, 200); // the instance itself is fine
    const QJsonObject xStatus = QJsonDocument::fromJson(ready.body)
                                    .object()
                                    .value(u"platforms"_s)
                                    .toObject()
                                    .value(u"x"_s)
                                    .toObject();
    QCOMPARE(xStatus.value(u"auth"_s).toString(), u"oauth2"_s);
    QCOMPARE(xStatus.value(u"token"_s).toString(), u"refresh_failed"_s);

    // Outside the reply window: refused before anything reaches X.
    QCOMPARE(citizenWrites(u"OAuth 2 last question"_s), conversation);
    QTest::qWait(6300);
    m_api.clear();
    const Ack late = alice.command(CommandOp::Reply, conversation,
                                   { { u"message"_s, newUuid() }, { u"text"_s, u"too late"_s } });
    QVERIFY(!late.ok);
    QCOMPARE(late.code, ErrorCode::WindowClosed);
    QVERIFY2(late.message.contains(u"must write again"_s), qPrintable(late.message));
    QCOMPARE(m_api.requests().size(), 0);

    // The X Activity API's oauth.revoke for our account is recorded at once
    // (docs.x.com/x-api/activity/event-payloads, "oauth.revoke").
    const QByteArray revoke =
        "{\"data\":{\"event_uuid\":\"5934540941047412905\",\"filter\":{},\"event_type\":"
        "\"oauth.revoke\",\"payload\":{\"date_time\":\"2026-12-07T04:00:00+00:00\","
        "\"user_id\":\""
        + kAccount.toLatin1() + "\",\"app_id\":\"29820954\"}}}";
    QCOMPARE(httpRequest("POST", server.httpUrl(u"/webhooks/twitter"_s), revoke,
                         { { "Content-Type", "application/json" },
                           { "x-twitter-webhooks-signature", signatureOf(revoke) } })
                 .status,
             200);
    QCOMPARE(tokenStatus(&status), 1);
    QVERIFY2(status.value(u"failure"_s).toString().contains(u"oauth.revoke"_s),
             QJsonDocument(status).toJson().constData());

    server.stop();
    const QByteArray log = server.output();
    QVERIFY2(log.contains("event=twitter_token_refresh_failed"), log.constData());
    QVERIFY(log.contains("event=twitter_app_revoked"));
    QVERIFY(log.contains("event=twitter_token_refreshed"));
    for (const QByteArray &secret :
         { QByteArray("access-initial-Zq81"), QByteArray("refresh-initial-Kt30"),
           QByteArray("access-revoked-by-x"), x.accessToken(), QByteArray(kClientSecret) }) {
        QVERIFY2(!log.contains(secret), secret.constData());
    }
    x.setTokens({}, {});
}

QTEST_GUILESS_MAIN(TestChannelsTwitter)
#include "tst_channels_twitter.moc"
