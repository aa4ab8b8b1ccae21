#pragma once

#include "protocol/result.h"
#include "server/channels/channelsettings.h"
#include "server/channels/courier.h"
#include "server/core/clock.h"

#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QObject>

class QHttpServerRequest;
class QNetworkReply;

namespace Guichet::Server {
class Storage;
class ConversationService;
} // namespace Guichet::Server

namespace Guichet::Server::Channels {

class Intake;

//! X (Twitter) direct messages through the Account Activity webhook: the CRC
//! check, x-twitter-webhooks-signature over the raw body, direct_message_events
//! in (our own outgoing events ignored), typing and read events; replies sent
//! with the X API v2 direct message endpoint (OAuth 1.0a user context), within
//! the limits checked before sending (reply window, replies per window,
//! length; docs/channels.md), its rate limits and errors mapped to the send
//! queue's retry or refusal.
class TwitterChannel : public QObject, public Courier
{
    Q_OBJECT

public:
    TwitterChannel(Storage &storage, ConversationService &service, Intake &intake,
                   const ChannelSettings &settings, const Clock &clock, QObject *parent = nullptr);

    //! GET (crc_token) and POST (events) on /webhooks/twitter.
    QHttpServerResponse handle(const QHttpServerRequest &request);
    Result<void> checkReply(const ConversationRecord &conversation, const QString &text) const;
    void send(const Outgoing &message, std::function<void(const Delivery &)> done) override;
    //! A POST's body and its X-Twitter-Webhooks-Signature header: the webhook
    //! without the HTTP server (the fuzz target calls it).
    QHttpServerResponse receive(const QByteArray &body, const QByteArray &signatureHeader);

    static constexpr const char *kSurveyMetadata = "GUICHET_SURVEY_";

Q_SIGNALS:
    void citizenTyping(qint64 conversation, bool active);

private:
    QHttpServerResponse crc(const QHttpServerRequest &request) const;
    QHttpServerResponse receive(const QHttpServerRequest &request);
    bool handleMessage(const QJsonObject &event, const QJsonObject &users, const QString &forUser);
    //! What an answer of the v2 DM endpoint means for the send queue.
    Delivery deliveryOf(int status, const QByteArray &data, const QNetworkReply &reply,
                        const QString &networkError) const;

    Storage &m_storage;
    ConversationService &m_service;
    Intake &m_intake;
    const ChannelSettings &m_settings;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
};

} // namespace Guichet::Server::Channels
