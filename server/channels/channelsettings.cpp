#include "channelsettings.h"

#include "server/core/secrets.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

// A secret from the environment, else from the config file's section.
QString secret(const QProcessEnvironment &env, const char *variable, const QJsonObject &section,
               const QString &key)
{
    const QString fromEnv = env.value(QString::fromLatin1(variable));
    return fromEnv.isEmpty() ? section.value(key).toString() : fromEnv;
}

qint64 number(const QJsonObject &object, const QString &key, qint64 fallback)
{
    const qint64 value =
        object.value(key).toInteger(-1); // -1 also for a non-integer or out of range
    return value >= 0 ? value : fallback;
}

} // namespace

QString ChannelSettings::Messenger::appSecretProof(const QString &token) const
{
    if (appSecret.isEmpty() || token.isEmpty())
        return {};
    return QString::fromLatin1(Secrets::hmacSha256(appSecret.toUtf8(), token.toUtf8()).toHex());
}

ChannelSettings ChannelSettings::load(const QJsonObject &config, const QString &dataDir)
{
    ChannelSettings s;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QJsonObject channels = config.value(u"channels"_s).toObject();

    const QJsonObject m = channels.value(u"messenger"_s).toObject();
    s.messenger.verifyToken = secret(env, "GUICHET_MESSENGER_VERIFY_TOKEN", m, u"verifyToken"_s);
    s.messenger.appSecret = secret(env, "GUICHET_MESSENGER_APP_SECRET", m, u"appSecret"_s);
    s.messenger.pageToken = secret(env, "GUICHET_MESSENGER_PAGE_TOKEN", m, u"pageToken"_s);
    s.messenger.pageId = secret(env, "GUICHET_MESSENGER_PAGE_ID", m, u"pageId"_s);
    s.messenger.appId = secret(env, "GUICHET_MESSENGER_APP_ID", m, u"appId"_s);
    const QString graph = secret(env, "GUICHET_MESSENGER_GRAPH_URL", m, u"graphUrl"_s);
    if (!graph.isEmpty())
        s.messenger.graphUrl = graph;
    while (s.messenger.graphUrl.endsWith(u'/'))
        s.messenger.graphUrl.chop(1);
    // Older configs gave the version inside the URL (".../v19.0"): it still
    // counts, unless a version is given on its own.
    static const QRegularExpression versioned(u"^(.*)/(v[0-9]+\\.[0-9]+)$"_s);
    static const QRegularExpression version(u"^v[0-9]+\\.[0-9]+$"_s);
    if (const auto match = versioned.match(s.messenger.graphUrl); match.hasMatch()) {
        s.messenger.graphUrl = match.captured(1);
        s.messenger.graphVersion = match.captured(2);
    }
    const QString chosen = secret(env, "GUICHET_MESSENGER_GRAPH_VERSION", m, u"graphVersion"_s);
    if (version.match(chosen).hasMatch())
        s.messenger.graphVersion = chosen;
    else if (!chosen.isEmpty())
        qWarning("GUICHET_MESSENGER_GRAPH_VERSION is not like v26.0: %s kept",
                 qPrintable(s.messenger.graphVersion));
    s.messenger.windowMs = number(m, u"windowMs"_s, s.messenger.windowMs);
    s.messenger.humanAgentTag = m.value(u"humanAgentTag"_s).toBool(s.messenger.humanAgentTag);
    s.messenger.humanAgentWindowMs =
        number(m, u"humanAgentWindowMs"_s, s.messenger.humanAgentWindowMs);
    s.messenger.maxTextChars = int(number(m, u"maxTextChars"_s, s.messenger.maxTextChars));

    const QJsonObject t = channels.value(u"twitter"_s).toObject();
    s.twitter.consumerSecret =
        secret(env, "GUICHET_TWITTER_CONSUMER_SECRET", t, u"consumerSecret"_s);
    s.twitter.consumerKey = secret(env, "GUICHET_TWITTER_CONSUMER_KEY", t, u"consumerKey"_s);
    s.twitter.accessToken = secret(env, "GUICHET_TWITTER_ACCESS_TOKEN", t, u"accessToken"_s);
    s.twitter.accessTokenSecret =
        secret(env, "GUICHET_TWITTER_ACCESS_TOKEN_SECRET", t, u"accessTokenSecret"_s);
    s.twitter.accountId = secret(env, "GUICHET_TWITTER_ACCOUNT_ID", t, u"accountId"_s);
    s.twitter.bearerToken = secret(env, "GUICHET_TWITTER_BEARER_TOKEN", t, u"bearerToken"_s);
    s.twitter.clientId = secret(env, "GUICHET_TWITTER_CLIENT_ID", t, u"clientId"_s);
    s.twitter.clientSecret = secret(env, "GUICHET_TWITTER_CLIENT_SECRET", t, u"clientSecret"_s);
    s.twitter.secretKeyFile = env.value(u"GUICHET_SECRET_KEY_FILE"_s);
    if (s.twitter.secretKeyFile.isEmpty() && !dataDir.isEmpty())
        s.twitter.secretKeyFile = dataDir + u"/secret.key"_s;
    s.twitter.tokenRefreshMarginMs =
        number(t, u"tokenRefreshMarginMs"_s, s.twitter.tokenRefreshMarginMs);
    s.twitter.tokenCheckMs =
        std::max<qint64>(100, number(t, u"tokenCheckMs"_s, s.twitter.tokenCheckMs));
    const QString api = secret(env, "GUICHET_TWITTER_API_URL", t, u"apiUrl"_s);
    if (!api.isEmpty())
        s.twitter.apiUrl = api;
    while (s.twitter.apiUrl.endsWith(u'/'))
        s.twitter.apiUrl.chop(1);
    s.twitter.replyWindowMs = number(t, u"replyWindowMs"_s, s.twitter.replyWindowMs);
    s.twitter.maxRepliesPerWindow =
        int(number(t, u"maxRepliesPerWindow"_s, s.twitter.maxRepliesPerWindow));
    s.twitter.maxTextChars = int(number(t, u"maxTextChars"_s, s.twitter.maxTextChars));
    s.twitter.maxRateLimitWaitMs = number(t, u"maxRateLimitWaitMs"_s, s.twitter.maxRateLimitWaitMs);

    s.triageReloadMs = std::max<qint64>(
        100, number(channels.value(u"triage"_s).toObject(), u"reloadMs"_s, s.triageReloadMs));
    const QJsonObject q = channels.value(u"sendQueue"_s).toObject();
    s.sendQueue.maxAttempts =
        std::max(1, int(number(q, u"maxAttempts"_s, s.sendQueue.maxAttempts)));
    s.sendQueue.backoffMs = number(q, u"backoffMs"_s, s.sendQueue.backoffMs);
    s.sendQueue.maxBackoffMs = number(q, u"maxBackoffMs"_s, s.sendQueue.maxBackoffMs);
    s.sendQueue.pollMs = std::max<qint64>(50, number(q, u"pollMs"_s, s.sendQueue.pollMs));
    s.sendQueue.requestTimeoutMs = number(q, u"requestTimeoutMs"_s, s.sendQueue.requestTimeoutMs);
    s.sendQueue.leaseMs = number(q, u"leaseMs"_s, s.sendQueue.leaseMs);

    const QJsonObject a = channels.value(u"abuse"_s).toObject();
    s.abuse.formsPerAddressPerHour =
        int(number(a, u"formsPerAddressPerHour"_s, s.abuse.formsPerAddressPerHour));
    s.abuse.followRequestsPerAddressPerMinute = int(number(
        a, u"followRequestsPerAddressPerMinute"_s, s.abuse.followRequestsPerAddressPerMinute));
    s.abuse.messagesPerSenderPerMinute =
        int(number(a, u"messagesPerSenderPerMinute"_s, s.abuse.messagesPerSenderPerMinute));
    // By default one message a second, on average, for each chat connection an
    // address may hold (limits.chatConnectionsPerAddress, 20).
    const int connections =
        config.value(u"limits"_s).toObject().value(u"chatConnectionsPerAddress"_s).toInt(20);
    s.abuse.chatMessagesPerAddressPerMinute =
        int(number(a, u"chatMessagesPerAddressPerMinute"_s, qint64(connections) * 60));
    s.abuse.silenceMs = number(a, u"silenceMs"_s, s.abuse.silenceMs);
    s.abuse.webhookMaxBytes = int(number(a, u"webhookMaxBytes"_s, s.abuse.webhookMaxBytes));
    s.abuse.formMaxBytes = int(number(a, u"formMaxBytes"_s, s.abuse.formMaxBytes));

    for (const QJsonValue &proxy : config.value(u"trustedProxies"_s).toArray())
        s.trustedProxies.append(QHostAddress(proxy.toString()));
    return s;
}

} // namespace Guichet::Server::Channels
