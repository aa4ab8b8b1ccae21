#pragma once

#include "protocol/result.h"
#include "server/channels/channelsettings.h"
#include "server/core/clock.h"

#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace Guichet::Server {

//! Meta and X, played on loopback for --demo, so that the demo's citizens and
//! replies take the same paths as in production:
//! - the demo's own platform secrets (Messenger app secret, page id and page
//!   token; X consumer and access credentials, account id), generated for each
//!   run and kept in memory: never argv, never a file, never logged;
//! - a fake Graph API and a fake X API, on a loopback port of their own, that
//!   the real couriers send to (checking the page token and appsecret_proof,
//!   the OAuth 1.0a signature with both X secrets), so nothing leaves the machine;
//! - the platforms' side of the webhooks: a citizen's message, and the
//!   delivery and read receipts of what was sent, signed as Meta
//!   (X-Hub-Signature-256) and X (x-twitter-webhooks-signature) sign them and
//!   posted to the server's real endpoints. A survey sent on Messenger is answered.
class DemoPlatforms : public QObject
{
    Q_OBJECT

public:
    explicit DemoPlatforms(const Clock &clock, QObject *parent = nullptr);
    ~DemoPlatforms() override;

    //! Listen on loopback and point @p settings' Messenger and X at it, with
    //! this run's secrets (whatever the environment said: in demo mode nothing
    //! is sent to the real platforms).
    Result<void> configure(Channels::ChannelSettings &settings);
    //! The server's address: webhooks are posted there.
    void setServer(const QUrl &server) { m_server = server; }

    //! A citizen writes to the page on Messenger (the platform tells their PSID, no name).
    void messengerMessage(const QString &psid, const QString &text);
    //! A citizen sends the account a direct message on X.
    void xMessage(const QString &userId, const QString &name, const QString &handle,
                  const QString &text);

    //! A new platform id (a PSID, an X user id): digits, as the platforms give them.
    static QString newId(int digits);

private:
    QHttpServerResponse graphSend(const QHttpServerRequest &request);
    QHttpServerResponse xSend(const QString &participant, const QHttpServerRequest &request);
    //! One Messenger "messaging" event, in its entry for our page.
    void postMessenger(const QJsonObject &event);
    void postX(QJsonObject payload);
    void post(const QString &path, const QByteArray &body, const QByteArray &header,
              const QByteArray &signature);

    const Clock &m_clock;
    std::unique_ptr<QHttpServer> m_http;
    QNetworkAccessManager m_network;
    QUrl m_server;
    QString m_appSecret;
    QString m_pageId;
    QString m_pageToken;
    QString m_consumerKey;
    QString m_consumerSecret;
    QString m_accessToken;
    QString m_accessTokenSecret;
    QString m_base; //!< where the fake APIs listen
    QString m_accountId;
};

} // namespace Guichet::Server
