#include "xadmin.h"

#include "oauth1.h"
#include "server/core/clock.h"
#include "server/storage/settingsstore.h"
#include "xoauth2.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Guichet::Server::Admin", text);
}

struct XAnswer
{
    int status = 0; //!< 0: not reached
    QJsonObject body;
    QJsonObject data() const { return body.value(u"data"_s).toObject(); }
    bool ok() const { return status >= 200 && status < 300 && !body.contains(u"errors"_s); }
    //! X's words: problem details, else the first of "errors".
    QString problem() const
    {
        if (status == 0)
            return tr("X could not be reached");
        QString text = body.value(u"detail"_s).toString();
        const QString first =
            body.value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString();
        if (!first.isEmpty() && !text.contains(first))
            text = text.isEmpty() ? first : text + u" — "_s + first;
        if (text.isEmpty())
            text = body.value(u"title"_s).toString();
        return tr("%1 (HTTP %2)").arg(text.left(300)).arg(status);
    }
};

enum class Auth { Bearer, User, UserOAuth2 };

XAnswer call(QNetworkAccessManager &network, const ChannelSettings::Twitter &s,
             const QByteArray &method, const QString &path, Auth auth,
             const QJsonObject *body = nullptr, const QString &userAccessToken = {})
{
    const QUrl url(s.apiUrl + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    if (auth == Auth::Bearer) {
        request.setRawHeader("Authorization", "Bearer " + s.bearerToken.toUtf8());
    } else if (auth == Auth::UserOAuth2) {
        request.setRawHeader("Authorization", "Bearer " + userAccessToken.toUtf8());
    } else {
        request.setRawHeader("Authorization",
                             OAuth1::authorizationHeader(method, url,
                                                         { s.consumerKey, s.consumerSecret,
                                                           s.accessToken, s.accessTokenSecret },
                                                         Clock::system().nowMs()));
    }
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    XAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QString usage()
{
    return tr("Usage: guichet-server admin x COMMAND (docs/channels.md)\n"
              "  webhook register URL      register https://<host>/webhooks/twitter (X checks it\n"
              "                            with a CRC request at once)\n"
              "  webhook list              the app's webhooks, their ids and whether valid\n"
              "  webhook validate ID       ask X to check the webhook again (CRC)\n"
              "  webhook delete ID\n"
              "  subscribe ID              subscribe the brigade's account to the webhook\n"
              "  subscriptions ID          the accounts subscribed to the webhook\n"
              "  unsubscribe ID [USER_ID]  (default: GUICHET_TWITTER_ACCOUNT_ID)\n"
              "  token import [FILE]       store the account's OAuth 2.0 tokens: the JSON that\n"
              "                            X's token endpoint answered, from FILE or stdin\n"
              "  token status [--json]     expiry and last refresh failure\n"
              "  token refresh             renew the access token now\n"
              "  token clear               forget the tokens (replies fall back to OAuth 1.0a)\n");
}

} // namespace

int runXAdmin(const ChannelSettings::Twitter &s, const QStringList &words, QTextStream &out,
              QTextStream &err, const QString &userAccessToken)
{
    const QString command =
        words.value(0) == u"webhook"_s ? words.mid(0, 2).join(u' ') : words.value(0);
    const QString argument = words.value(0) == u"webhook"_s ? words.value(2) : words.value(1);
    const auto fail = [&err](const QString &message, int code = 1) {
        err << "guichet-server admin x: " << message << Qt::endl;
        return code;
    };
    static const QRegularExpression id(u"^[0-9]{1,20}$"_s);
    QNetworkAccessManager network;
    const bool needsId = command != u"webhook register"_s && command != u"webhook list"_s;
    if (needsId && !id.match(argument).hasMatch()) {
        out << usage();
        return 2;
    }
    const bool userContext = command == u"subscribe"_s;
    if (userContext && !s.oauth1() && userAccessToken.isEmpty())
        return fail(tr("subscribing needs the account's user context: OAuth 1.0a credentials "
                       "(GUICHET_TWITTER_CONSUMER_KEY, _CONSUMER_SECRET, _ACCESS_TOKEN, "
                       "_ACCESS_TOKEN_SECRET) or OAuth 2.0 tokens (admin x token import)"),
                    2);
    if (!userContext && s.bearerToken.isEmpty())
        return fail(tr("this needs the app's bearer token (GUICHET_TWITTER_BEARER_TOKEN)"), 2);

    if (command == u"webhook register"_s) {
        const QUrl url(argument);
        if (!url.isValid() || url.scheme() != u"https"_s || url.port() != -1)
            return fail(tr("X wants an https URL without a port, such as "
                           "https://guichet.example/webhooks/twitter"),
                        2);
        const QJsonObject body { { u"url"_s, argument } };
        const XAnswer answer = call(network, s, "POST", u"/2/webhooks"_s, Auth::Bearer, &body);
        if (!answer.ok())
            return fail(tr("X refused the webhook: %1").arg(answer.problem()));
        out << tr("webhook %1 registered for %2 (valid: %3)")
                   .arg(answer.data().value(u"id"_s).toString(),
                        answer.data().value(u"url"_s).toString(),
                        answer.data().value(u"valid"_s).toBool() ? tr("yes") : tr("no"))
            << Qt::endl
            << tr("next: guichet-server admin x subscribe %1")
                   .arg(answer.data().value(u"id"_s).toString())
            << Qt::endl;
        return 0;
    }
    if (command == u"webhook list"_s) {
        const XAnswer answer = call(network, s, "GET", u"/2/webhooks"_s, Auth::Bearer);
        if (!answer.ok())
            return fail(answer.problem());
        const QJsonArray hooks = answer.body.value(u"data"_s).toArray();
        for (const QJsonValue &value : hooks) {
            const QJsonObject hook = value.toObject();
            out << hook.value(u"id"_s).toString() << ' ' << hook.value(u"url"_s).toString() << ' '
                << (hook.value(u"valid"_s).toBool() ? tr("valid") : tr("NOT VALID")) << ' '
                << hook.value(u"created_at"_s).toString() << Qt::endl;
        }
        if (hooks.isEmpty())
            out << tr("no webhook registered") << Qt::endl;
        return 0;
    }
    if (command == u"webhook validate"_s) {
        const XAnswer answer = call(network, s, "PUT", u"/2/webhooks/"_s + argument, Auth::Bearer);
        if (!answer.ok())
            return fail(answer.problem());
        out << (answer.data().value(u"attempted"_s).toBool()
                    ? tr("X sent a CRC request to the webhook: see webhook list for the outcome")
                    : tr("X did not attempt the CRC check"))
            << Qt::endl;
        return 0;
    }
    if (command == u"webhook delete"_s) {
        const XAnswer answer =
            call(network, s, "DELETE", u"/2/webhooks/"_s + argument, Auth::Bearer);
        if (!answer.ok())
            return fail(answer.problem());
        out << tr("webhook %1 deleted").arg(argument) << Qt::endl;
        return 0;
    }
    if (command == u"subscribe"_s) {
        const QJsonObject body;
        const XAnswer answer =
            call(network, s, "POST",
                 u"/2/account_activity/webhooks/%1/subscriptions/all"_s.arg(argument),
                 s.oauth1() ? Auth::User : Auth::UserOAuth2, &body, userAccessToken);
        if (!answer.ok() || !answer.data().value(u"subscribed"_s).toBool())
            return fail(tr("X refused the subscription: %1").arg(answer.problem()));
        out << tr("the account is subscribed to webhook %1").arg(argument) << Qt::endl;
        return 0;
    }
    if (command == u"subscriptions"_s) {
        const XAnswer answer =
            call(network, s, "GET",
                 u"/2/account_activity/webhooks/%1/subscriptions/all/list"_s.arg(argument),
                 Auth::Bearer);
        if (!answer.ok())
            return fail(answer.problem());
        bool ours = false;
        out << tr("webhook %1 %2").arg(argument, answer.data().value(u"webhook_url"_s).toString())
            << Qt::endl;
        for (const QJsonValue &value : answer.data().value(u"subscriptions"_s).toArray()) {
            const QString user = value.toObject().value(u"user_id"_s).toString();
            ours = ours || user == s.accountId;
            out << "  " << user << (user == s.accountId ? tr(" (our account)") : QString())
                << Qt::endl;
        }
        if (!ours)
            out << tr("our account (GUICHET_TWITTER_ACCOUNT_ID) is not subscribed: run "
                      "guichet-server admin x subscribe %1")
                       .arg(argument)
                << Qt::endl;
        return ours ? 0 : 1;
    }
    if (command == u"unsubscribe"_s) {
        const QString user = words.value(2).isEmpty() ? s.accountId : words.value(2);
        if (!id.match(user).hasMatch())
            return fail(tr("which account? give its user id or set GUICHET_TWITTER_ACCOUNT_ID"), 2);
        const XAnswer answer =
            call(network, s, "DELETE",
                 u"/2/account_activity/webhooks/%1/subscriptions/%2/all"_s.arg(argument, user),
                 Auth::Bearer);
        if (!answer.ok())
            return fail(answer.problem());
        out << tr("account %1 unsubscribed from webhook %2").arg(user, argument) << Qt::endl;
        return 0;
    }
    out << usage();
    return 2;
}

int runXTokenAdmin(const ChannelSettings::Twitter &s, SettingsStore &settingsStore,
                   const QStringList &words, bool json, QTextStream &out, QTextStream &err)
{
    const auto fail = [&err](const QString &message, int code = 1) {
        err << "guichet-server admin x token: " << message << Qt::endl;
        return code;
    };
    const QString command = words.value(0);
    const qint64 now = Clock::system().nowMs();
    const auto when = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
    };
    if (command == u"import"_s) {
        QFile file;
        const QString path = words.value(1);
        if (path.isEmpty() || path == u"-"_s) {
            if (!file.open(stdin, QIODevice::ReadOnly))
                return fail(tr("cannot read stdin"));
        } else {
            file.setFileName(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
        }
        const QByteArray json = file.read(64 * 1024);
        auto tokens = XOAuth2::fromTokenJson(json, now);
        if (!tokens)
            return fail(tokens.error().message, 2);
        XOAuth2::Store store(settingsStore, s, true);
        if (!store.keyError().isEmpty())
            return fail(store.keyError());
        if (auto saved = store.save(*tokens); !saved)
            return fail(saved.error().message);
        out << tr("X tokens stored, sealed with %1; the access token expires at %2 and is "
                  "renewed before")
                   .arg(s.secretKeyFile, when(tokens->expiresAt))
            << Qt::endl;
        if (!s.oauth2())
            out << tr("note: the server uses these tokens only with GUICHET_TWITTER_CLIENT_ID and "
                      "GUICHET_TWITTER_CLIENT_SECRET in its environment")
                << Qt::endl;
        if (!tokens->scope.isEmpty() && !tokens->scope.split(u' ').contains(u"dm.write"_s))
            out << tr("warning: the scope has no dm.write: X will refuse replies") << Qt::endl;
        return 0;
    }
    if (command == u"status"_s) {
        XOAuth2::Store store(settingsStore, s);
        const auto tokens = store.loadStatus();
        const QString state = tokens ? XOAuth2::stateOf(*tokens, now) : u"missing"_s;
        if (json) {
            QJsonObject status {
                { u"auth"_s, s.oauth2() ? u"oauth2"_s : (s.oauth1() ? u"oauth1"_s : u"none"_s) },
                { u"token"_s, state }
            };
            if (tokens) {
                status.insert(u"expiresAt"_s, tokens->expiresAt);
                status.insert(u"refreshedAt"_s, tokens->refreshedAt);
                status.insert(u"scope"_s, tokens->scope);
                if (!tokens->failure.isEmpty()) {
                    status.insert(u"failure"_s, tokens->failure);
                    status.insert(u"failedAt"_s, tokens->failedAt);
                }
            }
            out << QJsonDocument(status).toJson(QJsonDocument::Compact) << Qt::endl;
        } else if (!tokens) {
            out << tr("no OAuth 2.0 tokens stored") << Qt::endl;
        } else {
            out << tr("access token: %1, expires %2; last renewed %3")
                       .arg(state, when(tokens->expiresAt), when(tokens->refreshedAt))
                << Qt::endl;
            if (!tokens->failure.isEmpty())
                out << tr("renewal refused at %1: %2 — authorise the account again and run "
                          "guichet-server admin x token import")
                           .arg(when(tokens->failedAt), tokens->failure)
                    << Qt::endl;
        }
        return state == u"ok"_s ? 0 : 1;
    }
    if (command == u"refresh"_s) {
        if (!s.oauth2())
            return fail(tr("GUICHET_TWITTER_CLIENT_ID is not set"), 2);
        XOAuth2::Store store(settingsStore, s);
        auto loaded = store.load();
        if (!loaded)
            return fail(loaded.error().message);
        if (!*loaded)
            return fail(tr("no OAuth 2.0 tokens stored: run guichet-server admin x token import"));
        QNetworkAccessManager network;
        QNetworkReply *reply = network.post(XOAuth2::tokenRequest(s),
                                            XOAuth2::refreshBody(s, (*loaded)->refreshToken));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const XOAuth2::Answer answer =
            XOAuth2::parseAnswer(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                 reply->readAll(), Clock::system().nowMs());
        reply->deleteLater();
        XOAuth2::Tokens tokens = **loaded;
        if (answer.tokens) {
            tokens = *answer.tokens;
            if (tokens.scope.isEmpty())
                tokens.scope = (*loaded)->scope;
        } else if (!answer.transient) {
            tokens.failure = answer.reason;
            tokens.failedAt = now;
        }
        if (auto saved = store.save(tokens); !saved)
            return fail(saved.error().message);
        if (!answer.tokens)
            return fail(tr("X refused to renew the access token: %1").arg(answer.reason));
        out << tr("access token renewed; expires at %1").arg(when(tokens.expiresAt)) << Qt::endl;
        return 0;
    }
    if (command == u"clear"_s) {
        XOAuth2::Store store(settingsStore, s);
        if (auto cleared = store.clear(); !cleared)
            return fail(cleared.error().message);
        out << tr("X tokens forgotten") << Qt::endl;
        return 0;
    }
    out << usage();
    return 2;
}

} // namespace Guichet::Server::Channels
