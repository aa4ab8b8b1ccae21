#pragma once

#include "protocol/result.h"
#include "server/channels/channeladapter.h"
#include "server/channels/channelsettings.h"
#include "server/core/clock.h"
#include "xeventsource.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

class QHttpServerRequest;
class QNetworkReply;

namespace Guichet::Server {
class ConversationStore;
class Database;
class SettingsStore;
class ConversationService;
} // namespace Guichet::Server

namespace Guichet::Server::Channels {

class Intake;

//! X (Twitter) direct messages through the webhook: the CRC check,
//! x-twitter-webhooks-signature over the raw body, then the events of the
//! delivery as its XEventSource reads them (the Account Activity API today):
//! messages in (our own outgoing events ignored), typing and read events.
//! Replies go out with the X API v2 direct message endpoint, in OAuth 2.0 user
//! context (tokens sealed in the database, renewed before they expire) or
//! OAuth 1.0a user context, within the limits checked before sending (reply
//! window, replies per window, length; docs/channels.md), its rate limits and
//! errors mapped to the send queue's retry or refusal.
class TwitterChannel : public QObject, public ChannelAdapter
{
    Q_OBJECT

public:
    TwitterChannel(Database &database, ConversationStore &conversations,
                   SettingsStore &settingsStore, ConversationService &service, Intake &intake,
                   const ChannelSettings &settings, const Clock &clock, QObject *parent = nullptr);

    //! GET (crc_token) and POST (events) on /webhooks/twitter.
    QHttpServerResponse handle(const QHttpServerRequest &request);
    Channel channel() const override { return Channel::Twitter; }
    //! Replies and notices through the send queue; the language is not given.
    Capabilities capabilities() const override { return {}; }
    Result<void> checkReply(const ConversationRecord &conversation,
                            const QString &text) const override;
    bool canSend() const override;
    void send(const Outgoing &message, std::function<void(const Delivery &)> done) override;
    //! A POST's body and its X-Twitter-Webhooks-Signature header: the webhook
    //! without the HTTP server (the fuzz target calls it).
    QHttpServerResponse receive(const QByteArray &body, const QByteArray &signatureHeader);

    static constexpr const char *kSurveyMetadata = "GUICHET_SURVEY_";

    //! The body of a v2 direct message: {"text"} and, for media already
    //! uploaded, "attachments":[{"media_id"}] (X takes one).
    static QJsonObject messageBody(const QString &text, const QStringList &mediaIds = {});
    //! For /readyz and logs: how replies are authorised ("oauth2", "oauth1",
    //! "none") and, with OAuth 2.0, the tokens' state ("ok", "expired",
    //! "refresh_failed", "missing", "unreadable") and expiry.
    QJsonObject status();

private:
    QHttpServerResponse crc(const QHttpServerRequest &request) const;
    QHttpServerResponse receive(const QHttpServerRequest &request);
    //! A direct message into what it means (wire format only).
    void parseMessage(const XEvent &event, QList<InboundItem> &items) const;
    //! What an answer of the v2 DM endpoint means for the send queue.
    Delivery deliveryOf(int status, const QByteArray &data, const QNetworkReply &reply,
                        const QString &networkError) const;
    void post(const QUrl &url, const QJsonObject &body, const QByteArray &authorization,
              bool oauth2, std::function<void(const Delivery &)> done);

    //! An OAuth 2.0 access token to send with, or why there is none.
    struct Access
    {
        QString token;
        Delivery refusal; //!< when token is empty
    };
    using AccessUse = std::function<void(const Access &)>;
    //! The stored access token, renewed first when it expires within the
    //! margin; @p use is called once (later, when a refresh is needed).
    void withAccessToken(AccessUse use);
    void refresh(const QString &usedRefreshToken);
    void finishRefresh(const Access &access);
    //! XAA's oauth.revoke for our account: the tokens are dead.
    void noteRevoked();
    //! A 401 on a send in OAuth 2.0: the access token is taken for expired.
    bool expireAccessToken();

    Database &m_database;
    ConversationStore &m_conversationStore;
    SettingsStore &m_settingsStore;
    ConversationService &m_service;
    Intake &m_intake;
    const ChannelSettings &m_settings;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<XEventSource>> m_sources;
    QTimer m_tokenTimer;
    bool m_refreshing = false;
    QList<AccessUse> m_waitingForAccess;
};

} // namespace Guichet::Server::Channels
