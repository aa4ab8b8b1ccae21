#pragma once

#include "channelsettings.h"

#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QWebSocket;

namespace Guichet::Server {
class Clock;
class AbuseStore;
class ConversationStore;
class Database;
class SendQueueStore;
class SettingsStore;
class SurveyStore;
class ConversationService;
class EventFeed;
} // namespace Guichet::Server

namespace Guichet::Server::Channels {

class Courier;
class Intake;
class MessengerChannel;
class SendQueue;
class TriageBundle;
class TwitterChannel;
class WebChatAdapter;
class WebForm;

//! The citizen channels on the server: the web pages (chat, form, follow-up),
//! the web form's API, the Messenger and X webhooks, the send queue that
//! carries replies out, and the shared intake (abuse controls, language and
//! emergency detection, notices, surveys). The web chat's WebSocket is the
//! ChatHub's, recording through the same intake. docs/channels.md.
class Channels : public QObject
{
    Q_OBJECT

public:
    //! What the channels' parts read and write: the intake, the send queue, the
    //! adapters and the triage bundle each take theirs from here.
    struct Stores
    {
        Database &database;
        ConversationStore &conversations;
        SendQueueStore &sendQueue;
        AbuseStore &abuse;
        SurveyStore &surveys;
        SettingsStore &settings;
    };

    Channels(const Stores &stores, ConversationService &service, EventFeed &feed,
             ChannelSettings settings, const Clock &clock, QObject *parent = nullptr);
    ~Channels() override;

    //! Routes: /, /chat.html, /form, /follow/<token>, /web/<asset>, /api/form,
    //! /api/follow…, /webhooks/messenger, /webhooks/twitter.
    void addRoutes(QHttpServer &http);
    //! A spam close silenced this web chat's session.
    bool chatSilenced(qint64 conversation);
    //! Start sending what is queued.
    void start();
    //! An agent types in a conversation: shown on the platforms that can show it.
    void agentTyping(qint64 conversation, bool active);
    //! What /readyz adds about the platforms ("x": how replies are authorised,
    //! the OAuth 2.0 tokens' state): informative, never a reason to be unready
    //! (another instance would fare no better).
    QJsonObject platformStatus();
    //! What every channel records citizens' messages through (the web chat too).
    Intake &intake() { return *m_intake; }

Q_SIGNALS:
    void citizenTyping(qint64 conversation, bool active);

private:
    QString clientAddress(const QHttpServerRequest &request) const;

    Stores m_stores;
    ConversationService &m_service;
    ChannelSettings m_settings;
    std::unique_ptr<SendQueue> m_queue;
    std::unique_ptr<Intake> m_intake;
    std::unique_ptr<TriageBundle> m_triage;
    std::unique_ptr<MessengerChannel> m_messenger;
    std::unique_ptr<TwitterChannel> m_twitter;
    std::unique_ptr<WebForm> m_webForm;
    std::unique_ptr<WebChatAdapter> m_webChat;
};

} // namespace Guichet::Server::Channels
