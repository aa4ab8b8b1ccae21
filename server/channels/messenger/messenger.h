#pragma once

#include "protocol/result.h"
#include "server/channels/channeladapter.h"
#include "server/channels/channelsettings.h"
#include "server/core/clock.h"

#include <QHash>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QHttpServerRequest;

namespace Guichet::Server {
class Database;
class ConversationService;
} // namespace Guichet::Server

namespace Guichet::Server::Channels {

class Intake;

//! Facebook Messenger, as Meta documents it: the webhook (verification
//! handshake, X-Hub-Signature-256 over the raw body, "page" payloads with
//! messages, quick replies, postbacks, echoes, deliveries and reads) and the
//! Send API for replies, within the messaging window (docs/channels.md).
class MessengerChannel : public QObject, public ChannelAdapter
{
    Q_OBJECT

public:
    MessengerChannel(Database &database, ConversationService &service, Intake &intake,
                     const ChannelSettings &settings, const Clock &clock,
                     QObject *parent = nullptr);

    //! GET (hub.challenge) and POST (events) on /webhooks/messenger.
    QHttpServerResponse handle(const QHttpServerRequest &request);
    Channel channel() const override { return Channel::Messenger; }
    //! Replies and notices through the send queue; the language is not given.
    Capabilities capabilities() const override { return {}; }
    //! Can an agent's reply go out now? Refused past the window, with the reason.
    Result<void> checkReply(const ConversationRecord &conversation,
                            const QString &text) const override;
    bool canSend() const override;
    void send(const Outgoing &message, std::function<void(const Delivery &)> done) override;
    //! An agent types: "typing_on" / "typing_off" sender actions, best effort,
    //! within the standard window only, at most one "on" every 10 seconds.
    void agentTyping(const ConversationRecord &conversation, bool active) override;

    static constexpr const char *kSurveyPayload = "GUICHET_SURVEY_";
    //! A Graph API call with the page token: base, version, @p path, the token
    //! and its appsecret_proof added to @p query.
    static QUrl graphUrl(const ChannelSettings::Messenger &settings, const QString &path,
                         QUrlQuery query = {});

    //! A POST's body and its X-Hub-Signature-256 header: the webhook without
    //! the HTTP server (the fuzz target calls it).
    QHttpServerResponse receive(const QByteArray &body, const QByteArray &signatureHeader);

private:
    QHttpServerResponse verify(const QHttpServerRequest &request) const;
    QHttpServerResponse receive(const QHttpServerRequest &request);
    //! One messaging event into what it means (wire format only).
    void parseEvent(const QJsonObject &event, QList<InboundItem> &items) const;

    Database &m_database;
    ConversationService &m_service;
    Intake &m_intake;
    const ChannelSettings &m_settings;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    QHash<qint64, qint64> m_typingSent; //!< conversation → when "typing_on" was last sent
};

} // namespace Guichet::Server::Channels
