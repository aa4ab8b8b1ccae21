#include "messengercheck.h"

#include "messenger.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Guichet::Server::Admin", text);
}

struct GraphAnswer
{
    int status = 0; //!< 0: not reached
    QJsonObject body;
    QString networkError;
    QJsonObject error() const { return body.value(u"error"_s).toObject(); }
    int code() const { return error().value(u"code"_s).toInt(); }
    QString message() const { return error().value(u"message"_s).toString().left(300); }
    bool ok() const { return status >= 200 && status < 300 && !body.contains(u"error"_s); }
};

GraphAnswer get(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    GraphAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    if (answer.status == 0)
        answer.networkError = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer within 15 seconds")
            : tr("network error %1").arg(int(reply->error()));
    reply->deleteLater();
    return answer;
}

// The fields Guichet reads (messenger.cpp); the first two are needed.
const QStringList kNeededFields { u"messages"_s, u"messaging_postbacks"_s };
const QStringList kWantedFields { u"message_deliveries"_s, u"message_reads"_s };

} // namespace

int checkMessenger(const ChannelSettings::Messenger &s, QTextStream &out)
{
    int missing = 0;
    const auto ok = [&out](const QString &text) {
        out << "ok       " << text << Qt::endl;
    };
    const auto lack = [&out, &missing](const QString &text) {
        ++missing;
        out << "MISSING  " << text << Qt::endl;
    };
    const auto note = [&out](const QString &text) {
        out << "note     " << text << Qt::endl;
    };

    out << tr("Graph API: %1").arg(s.graphBase()) << Qt::endl;
    if (s.verifyToken.isEmpty())
        lack(tr("GUICHET_MESSENGER_VERIFY_TOKEN is not set: Meta cannot verify the webhook URL"));
    if (s.appSecret.isEmpty())
        lack(tr("GUICHET_MESSENGER_APP_SECRET is not set: incoming events are refused and "
                "calls carry no appsecret_proof"));
    if (s.pageId.isEmpty())
        lack(tr("GUICHET_MESSENGER_PAGE_ID is not set: incoming events are refused"));
    if (s.pageToken.isEmpty()) {
        lack(tr("GUICHET_MESSENGER_PAGE_TOKEN is not set: replies cannot be sent, and "
                "nothing more can be checked"));
        return 1;
    }

    QNetworkAccessManager network;
    // 1. The token: valid, and for our page.
    const GraphAnswer me =
        get(network, MessengerChannel::graphUrl(s, u"/me"_s, QUrlQuery(u"fields=id,name"_s)));
    if (me.status == 0) {
        lack(tr("the Graph API could not be reached (%1)").arg(me.networkError));
        return 1;
    }
    if (!me.ok()) {
        if (me.code() == 190) {
            lack(tr("the page token is invalid or has expired (%1): generate a new page "
                    "access token and set GUICHET_MESSENGER_PAGE_TOKEN")
                     .arg(me.message()));
        } else if (me.code() == 100 && me.message().contains(u"appsecret_proof"_s)) {
            lack(tr("the app refuses our appsecret_proof (%1): GUICHET_MESSENGER_APP_SECRET is "
                    "not the secret of the app that issued the page token")
                     .arg(me.message()));
        } else {
            lack(tr("the Graph API refused the page token: %1 (code %2)")
                     .arg(me.message())
                     .arg(me.code()));
        }
        return 1;
    }
    const QString tokenPage = me.body.value(u"id"_s).toString();
    const QString pageName = me.body.value(u"name"_s).toString();
    if (!s.pageId.isEmpty() && tokenPage != s.pageId) {
        lack(tr("the page token is for page %1 (%2), not GUICHET_MESSENGER_PAGE_ID=%3")
                 .arg(tokenPage, pageName, s.pageId));
    } else {
        ok(tr("page token valid for page %1 (%2)").arg(tokenPage, pageName));
    }

    // 2. The page's events reach our app: GET /{page-id}/subscribed_apps.
    const QString page = s.pageId.isEmpty() ? tokenPage : s.pageId;
    const GraphAnswer apps =
        get(network, MessengerChannel::graphUrl(s, u"/%1/subscribed_apps"_s.arg(page)));
    const QString subscribeHint =
        tr("subscribe it: POST %1/%2/subscribed_apps?subscribed_fields=%3 with the page token")
            .arg(s.graphBase(), page, (kNeededFields + kWantedFields).join(u','));
    if (!apps.ok()) {
        lack(tr("cannot read the page's subscribed apps: %1 (code %2)")
                 .arg(apps.status == 0 ? apps.networkError : apps.message())
                 .arg(apps.code()));
    } else {
        const QJsonArray data = apps.body.value(u"data"_s).toArray();
        QJsonObject ours;
        for (const QJsonValue &value : data) {
            const QJsonObject app = value.toObject();
            if (s.appId.isEmpty() ? data.size() == 1 : app.value(u"id"_s).toString() == s.appId)
                ours = app;
        }
        if (ours.isEmpty()) {
            lack(s.appId.isEmpty() && data.size() > 1
                     ? tr("several apps are subscribed to the page: set GUICHET_MESSENGER_APP_ID "
                          "to tell which is ours")
                     : tr("the app is not subscribed to the page's events; %1").arg(subscribeHint));
        } else {
            QSet<QString> fields;
            for (const QJsonValue &field : ours.value(u"subscribed_fields"_s).toArray())
                fields.insert(field.toString());
            QStringList absent;
            for (const QString &field : kNeededFields) {
                if (!fields.contains(field))
                    absent.append(field);
            }
            if (!absent.isEmpty())
                lack(tr("the page's subscription lacks %1; %2")
                         .arg(absent.join(u", "_s), subscribeHint));
            else
                ok(tr("app %1 receives the page's messages and postbacks")
                       .arg(ours.value(u"name"_s).toString()));
            absent.clear();
            for (const QString &field : kWantedFields) {
                if (!fields.contains(field))
                    absent.append(field);
            }
            if (!absent.isEmpty())
                note(tr("without %1, agents see no delivery or read receipts")
                         .arg(absent.join(u", "_s)));
        }
    }

    // 3. The app's webhook: GET /{app-id}/subscriptions with the app token.
    if (s.appId.isEmpty() || s.appSecret.isEmpty()) {
        note(tr("set GUICHET_MESSENGER_APP_ID to check the webhook's callback URL and fields"));
    } else {
        QUrl url(s.graphBase() + u"/%1/subscriptions"_s.arg(s.appId));
        url.setQuery(QUrlQuery { { u"access_token"_s, s.appId + u'|' + s.appSecret } });
        const GraphAnswer hooks = get(network, url);
        if (!hooks.ok()) {
            lack(tr("cannot read the app's webhooks: %1 (code %2)")
                     .arg(hooks.status == 0 ? hooks.networkError : hooks.message())
                     .arg(hooks.code()));
        } else {
            QJsonObject pageHook;
            for (const QJsonValue &value : hooks.body.value(u"data"_s).toArray()) {
                if (value.toObject().value(u"object"_s).toString() == u"page"_s)
                    pageHook = value.toObject();
            }
            if (pageHook.isEmpty()) {
                lack(tr("the app has no webhook for pages: in the app dashboard, Messenger → "
                        "Settings → Webhooks, set the callback URL https://<your host>"
                        "/webhooks/messenger and the verify token"));
            } else {
                const QString callback = pageHook.value(u"callback_url"_s).toString();
                if (!pageHook.value(u"active"_s).toBool())
                    lack(tr("the page webhook (%1) is not active").arg(callback));
                else if (!callback.endsWith(u"/webhooks/messenger"_s))
                    lack(tr("the page webhook calls %1, not …/webhooks/messenger").arg(callback));
                else
                    ok(tr("webhook active: %1").arg(callback));
                QSet<QString> fields;
                for (const QJsonValue &field : pageHook.value(u"fields"_s).toArray())
                    fields.insert(field.toObject().value(u"name"_s).toString());
                QStringList absent;
                for (const QString &field : kNeededFields) {
                    if (!fields.contains(field))
                        absent.append(field);
                }
                if (!absent.isEmpty())
                    lack(tr("the webhook's fields lack %1").arg(absent.join(u", "_s)));
            }
        }
    }
    out << (missing ? QCoreApplication::translate("Guichet::Server::Admin", "%n thing(s) missing",
                                                  nullptr, missing)
                    : tr("Messenger is ready"))
        << Qt::endl;
    return missing ? 1 : 0;
}

} // namespace Guichet::Server::Channels
