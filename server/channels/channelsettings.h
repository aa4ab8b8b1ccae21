#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Guichet::Server::Channels {

//! Settings of the citizen channels: secrets from the environment (never
//! argv), the rest from the config file's "channels" object. Every duration in
//! milliseconds. docs/channels.md describes each one.
struct ChannelSettings
{
    struct Messenger
    {
        QString verifyToken; //!< GUICHET_MESSENGER_VERIFY_TOKEN
        QString appSecret; //!< GUICHET_MESSENGER_APP_SECRET
        QString pageToken; //!< GUICHET_MESSENGER_PAGE_TOKEN
        QString pageId; //!< GUICHET_MESSENGER_PAGE_ID: events for another page are ignored
        QString appId; //!< GUICHET_MESSENGER_APP_ID: optional, lets "admin messenger check" see the
                       //!< webhook
        //! GUICHET_MESSENGER_GRAPH_URL: the Graph API host (tests point it at a fake).
        QString graphUrl = QStringLiteral("https://graph.facebook.com");
        //! GUICHET_MESSENGER_GRAPH_VERSION: the newest in Meta's Graph API changelog
        //! when this was written (v26.0, 29 July 2026); each version lives two years.
        QString graphVersion = QStringLiteral("v26.0");
        //! Where Graph calls go: graphUrl/graphVersion.
        QString graphBase() const { return graphUrl + u'/' + graphVersion; }
        //! appsecret_proof: hex HMAC-SHA256 of @p token keyed with the app
        //! secret, on every call made with it ("Require App Secret"). Empty
        //! without an app secret.
        QString appSecretProof(const QString &token) const;
        //! Standard messaging: replies within 24 h of the citizen's last message.
        qint64 windowMs = 24ll * 3600 * 1000;
        //! Past it, the HUMAN_AGENT tag allows 7 days (needs Meta's permission).
        bool humanAgentTag = true;
        qint64 humanAgentWindowMs = 7ll * 24 * 3600 * 1000;
        int maxTextChars = 2000;
        bool receives() const { return !appSecret.isEmpty(); }
        bool sends() const { return !pageToken.isEmpty(); }
    } messenger;

    struct Twitter
    {
        QString consumerSecret; //!< GUICHET_TWITTER_CONSUMER_SECRET
        QString consumerKey; //!< GUICHET_TWITTER_CONSUMER_KEY
        QString accessToken; //!< GUICHET_TWITTER_ACCESS_TOKEN
        QString accessTokenSecret; //!< GUICHET_TWITTER_ACCESS_TOKEN_SECRET
        QString accountId; //!< GUICHET_TWITTER_ACCOUNT_ID: our own account
        QString bearerToken; //!< GUICHET_TWITTER_BEARER_TOKEN: app-only calls of admin x
        QString apiUrl = QStringLiteral("https://api.x.com");
        qint64 replyWindowMs = 24ll * 3600 * 1000;
        int maxRepliesPerWindow = 5;
        int maxTextChars = 10000;
        //! A rate limit that lifts later than this (X's 24-hour DM caps) fails
        //! the send with the time it lifts, rather than holding it in the queue.
        qint64 maxRateLimitWaitMs = 20ll * 60 * 1000;
        //! OAuth 2.0 user context (X's recommendation): the app's client id and
        //! secret (GUICHET_TWITTER_CLIENT_ID, _CLIENT_SECRET); the account's
        //! tokens are stored sealed in the database by "admin x token import".
        QString clientId;
        QString clientSecret;
        //! GUICHET_SECRET_KEY_FILE: the key sealing the stored tokens; by
        //! default secret.key in the data folder (set by the server).
        QString secretKeyFile;
        //! The access token is renewed this long before it expires (X: 2 hours).
        qint64 tokenRefreshMarginMs = 10ll * 60 * 1000;
        //! How often a running server looks at the token's expiry.
        qint64 tokenCheckMs = 60ll * 1000;
        bool receives() const { return !consumerSecret.isEmpty(); }
        //! OAuth 1.0a user context, the documented fallback.
        bool oauth1() const
        {
            return !consumerKey.isEmpty() && !consumerSecret.isEmpty() && !accessToken.isEmpty()
                && !accessTokenSecret.isEmpty();
        }
        //! OAuth 2.0 user context: preferred when configured.
        bool oauth2() const { return !clientId.isEmpty(); }
        bool sends() const { return oauth1() || oauth2(); }
    } twitter;

    struct SendQueue
    {
        int maxAttempts = 6;
        qint64 backoffMs = 2000; //!< first retry delay, doubled each time
        qint64 maxBackoffMs = 5 * 60 * 1000;
        qint64 pollMs = 1000;
        qint64 requestTimeoutMs = 15000;
        qint64 leaseMs = 60000; //!< a send in flight on a vanished instance is retried after this
    } sendQueue;

    struct Abuse
    {
        int formsPerAddressPerHour = 20;
        int followRequestsPerAddressPerMinute = 60;
        int messagesPerSenderPerMinute = 20;
        int chatMessagesPerAddressPerMinute = 1200; //!< 60 × limits.chatConnectionsPerAddress
        qint64 silenceMs = 24ll * 3600 * 1000; //!< after a "spam" close
        int webhookMaxBytes = 512 * 1024;
        int formMaxBytes = 32 * 1024;
    } abuse;

    //! How often a running server looks for a newly imported triage bundle.
    qint64 triageReloadMs = 5000;

    //! Demo mode: Messenger and X are the demo's own, played on loopback with
    //! secrets generated for the run (server/demoplatforms.h): nothing leaves.
    bool demo = false;
    //! Reverse proxies whose X-Forwarded-For is believed.
    QList<QHostAddress> trustedProxies;

    //! From the config file's "channels" object and the environment; the
    //! secret key file defaults to secret.key in @p dataDir.
    static ChannelSettings load(const QJsonObject &config, const QString &dataDir = {});
};

} // namespace Guichet::Server::Channels
