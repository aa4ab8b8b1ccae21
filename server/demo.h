#pragma once

#include "demoplatforms.h"
#include "server/conversations/conversationservice.h"
#include "server/core/clock.h"
#include "server/storage/agentstore.h"
#include "server/storage/database.h"
#include "server/storage/eventlog.h"
#include "server/storage/faqstore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

class QWebSocket;

namespace Guichet::Server {

//! --demo: demo agents with published passwords, the knowledge base, and
//! citizens who write the way real ones do: through the server's own channel
//! endpoints (the web chat's WebSocket, the web form's POST, Messenger and X
//! webhooks signed with the demo's platform secrets, DemoPlatforms), so that
//! language detection, triage, the emergency notice and the send queue work
//! as in production. Each citizen writes in their own language, on one
//! channel, one or two messages. Only ever on loopback (ServerOptions
//! refuses otherwise).
class Demo : public QObject
{
    Q_OBJECT

public:
    Demo(Database &database, AgentStore &agents, FaqStore &faq, EventLog &events,
         ConversationService &service, const Clock &clock, double messagesPerSecond,
         QObject *parent = nullptr);
    ~Demo() override;

    //! Before the channels start: Messenger and X played locally (DemoPlatforms).
    Result<void> configureChannels(Channels::ChannelSettings &settings);
    //! Create the demo accounts (if missing) and import the knowledge base.
    Result<void> seed();
    //! Once @p server listens: every citizen's first message at once (the
    //! brigade's queue as an agent finds it), then one message every
    //! 1/messagesPerSecond seconds (none when the rate is 0).
    void startSimulation(const QUrl &server);
    //! "login / password (role)" lines for the start banner.
    QStringList credentials() const { return m_credentials; }

private:
    struct Citizen;
    struct Visit;
    static const std::vector<Citizen> &citizens();

    //! The next message of @p visit's citizen, through their channel.
    void write(Visit &visit);
    void simulate();
    //! Everyone has said everything: other people, same stories (new identities).
    void newRound();
    void chatSay(Visit &visit, const QString &text);
    void formSubmit(Visit &visit, const QString &text);

    Database &m_database;
    AgentStore &m_agentStore;
    FaqStore &m_faqStore;
    EventLog &m_eventLog;
    ConversationService &m_service;
    const Clock &m_clock;
    double m_rate;
    QTimer m_timer;
    QStringList m_credentials;
    QRandomGenerator m_random;
    DemoPlatforms m_platforms;
    QNetworkAccessManager m_network;
    QUrl m_server;
    std::vector<std::unique_ptr<Visit>> m_visits;
    int m_round = 0;
};

} // namespace Guichet::Server
