// OAuth 1.0a request signing for the X API, against the worked example of X's
// documentation ("Creating a signature").
#include "server/channels/twitter/oauth1.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet::Server::Channels;

class TestChannelsOAuth1 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedExample();
    void percentEncoding();
    void headerCarriesEverything();
};

void TestChannelsOAuth1::documentedExample()
{
    const QUrl url(u"https://api.twitter.com/1.1/statuses/update.json?include_entities=true"_s);
    const QList<QPair<QString, QString>> body {
        { u"status"_s, u"Hello Ladies + Gentlemen, a signed OAuth request!"_s }
    };
    const QList<QPair<QString, QString>> oauth {
        { u"oauth_consumer_key"_s, u"xvz1evFS4wEEPTGEFPHBog"_s },
        { u"oauth_nonce"_s, u"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"_s },
        { u"oauth_signature_method"_s, u"HMAC-SHA1"_s },
        { u"oauth_timestamp"_s, u"1318622958"_s },
        { u"oauth_token"_s, u"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"_s },
        { u"oauth_version"_s, u"1.0"_s },
    };
    QCOMPARE(OAuth1::signature("POST", url, body, oauth,
                               u"kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"_s,
                               u"LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"_s),
             QByteArray("hCtSmYh+iHYCEqBWrE7C7hYmtUk="));
}

void TestChannelsOAuth1::percentEncoding()
{
    QCOMPARE(OAuth1::percentEncode(u"Ladies + Gentlemen"_s),
             QByteArray("Ladies%20%2B%20Gentlemen"));
    QCOMPARE(OAuth1::percentEncode(u"An encoded string!"_s),
             QByteArray("An%20encoded%20string%21"));
    QCOMPARE(OAuth1::percentEncode(u"Dogs, Cats & Mice"_s),
             QByteArray("Dogs%2C%20Cats%20%26%20Mice"));
    QCOMPARE(OAuth1::percentEncode(u"☃"_s), QByteArray("%E2%98%83"));
    QCOMPARE(OAuth1::percentEncode(u"-._~"_s), QByteArray("-._~"));
}

void TestChannelsOAuth1::headerCarriesEverything()
{
    const QByteArray header = OAuth1::authorizationHeader(
        "POST", QUrl(u"https://api.twitter.com/1.1/direct_messages/events/new.json"_s),
        { u"key"_s, u"secret"_s, u"token"_s, u"token-secret"_s }, 1700000000123);
    QVERIFY(header.startsWith("OAuth "));
    for (const char *part :
         { "oauth_consumer_key=\"key\"", "oauth_token=\"token\"",
           "oauth_signature_method=\"HMAC-SHA1\"", "oauth_version=\"1.0\"", "oauth_nonce=\"",
           "oauth_timestamp=\"1700000000\"", "oauth_signature=\"" })
        QVERIFY2(header.contains(part), part);
    QVERIFY(!header.contains("secret"));
}

QTEST_GUILESS_MAIN(TestChannelsOAuth1)
#include "tst_channels_oauth1.moc"
