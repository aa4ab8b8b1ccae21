#pragma once

#include "protocol/frames.h"
#include "server/conversations/access.h"
#include "server/conversations/conversationservice.h"
#include "server/core/clock.h"
#include "server/storage/agentstore.h"
#include "server/storage/conversationstore.h"
#include "server/storage/database.h"
#include "server/storage/eventlog.h"
#include "server/storage/records.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

class QWebSocket;

namespace Guichet::Server {

class AgentSession;
class EventFeed;

//! The live side of the agent protocol: accepts agents' WebSocket connections,
//! reads every newly committed event (from this instance or another one on the
//! same PostgreSQL) in sequence order, keeps what visibility depends on, and
//! delivers each event to the connected agents allowed to see it.
class AgentHub : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        //! Reverse proxies whose X-Forwarded-For is believed.
        QList<QHostAddress> trustedProxies;
        //! A connection that has not logged in by then is closed.
        int loginTimeoutMs = 30 * 1000;
        //! Connections one address may hold before they log in.
        int unauthenticatedPerAddress = 10;
    };

    //! Agents and tokens from @p agents, conversations' scopes from
    //! @p conversations; sessions read the history from @p events.
    AgentHub(Database &database, AgentStore &agents, ConversationStore &conversations,
             EventLog &events, ConversationService &service, EventFeed &feed, const Clock &clock,
             QObject *parent = nullptr);
    void setLimits(Limits limits) { m_limits = std::move(limits); }
    //! The channel rules told to workstations at login (from the channel settings).
    void setChannelRules(const Protocol::ChannelRules &rules) { m_channelRules = rules; }
    const Protocol::ChannelRules &channelRules() const { return m_channelRules; }
    const Limits &limits() const { return m_limits; }
    ~AgentHub() override;

    //! Take an upgraded connection on the agent endpoint.
    void accept(std::unique_ptr<QWebSocket> socket);

    int connectedAgents() const;
    int sessionCount() const { return int(m_sessions.size()); }
    qint64 head() const { return m_head; }
    double eventsPerSecond() const;

    // For sessions.
    Database &database() { return m_database; }
    AgentStore &agentStore() { return m_agentStore; }
    EventLog &eventLog() { return m_eventLog; }
    ConversationService &service() { return m_service; }
    const Clock &clock() const { return m_clock; }
    bool canSee(const AgentRecord &agent, const Protocol::Event &event) const;
    bool canSeeConversation(const AgentRecord &agent, qint64 conversation) const;
    //! Whether @p agent is sent what the conversation says (Access::canRead).
    bool canReadConversation(const AgentRecord &agent, qint64 conversation) const;
    //! Whether @p agent is sent a conversation's event of @p kind: its lifecycle to
    //! those who see it, what it says (Access::carriesContent) to those who may read it.
    bool canSeeConversationEvent(const AgentRecord &agent, qint64 conversation,
                                 EventKind kind) const;
    //! Whether @p agent is shown the roster entry @p entry (agent.updated data).
    bool canSeeAgent(const AgentRecord &agent, const QJsonObject &entry) const;
    //! What visibility depends on, or nullptr for an unknown conversation. A
    //! conversation closed before start-up is read from storage when first asked for.
    const Access::Scope *scope(qint64 conversation) const;
    //! Read at once the scopes of the conversations of the stored events after
    //! @p after up to @p upTo that are not known yet (a sync batch of old history).
    void loadScopes(qint64 after, qint64 upTo);
    //! Events after @p seq still held in memory, or std::nullopt when the
    //! session must read them from storage.
    std::optional<QList<Protocol::Event>> recentAfter(qint64 seq) const;
    //! An agent types in a chat: tell the citizen's side.
    void agentTyping(const AgentRecord &agent, qint64 conversation, bool active);
    //! The client's address: the peer, or what a trusted proxy forwarded.
    QString clientAddress(const QWebSocket &socket) const;
    //! Password logins only (a token login is never throttled): 0 when
    //! @p login may try a password from @p address now, else the milliseconds
    //! to wait (docs/security.md, "Logins").
    qint64 passwordLoginWait(const QString &login, const QString &address) const;
    void passwordFailed(const QString &login, const QString &address);
    void passwordSucceeded(const QString &login, const QString &address);

public Q_SLOTS:
    //! Deliver newly committed events (EventFeed::eventsRead).
    void ingest(const QList<Guichet::Protocol::Event> &events);
    //! A citizen types: tell the agent holding the conversation.
    void citizenTyping(qint64 conversation, bool active);
    //! Agents changed (admin command, surge): refresh sessions, cut off the
    //! disabled ones.
    void reloadAgents();

Q_SIGNALS:
    void typingFromAgent(qint64 conversation, bool active);

private:
    void remove(AgentSession *session);
    void applyToScopes(const Protocol::Event &event);
    void heartbeat();
    void pollExternalChanges();
    //! Close sessions whose token expired or was revoked.
    void checkTokens(bool askStorage);
    void forgetOldFailures();

    Database &m_database;
    AgentStore &m_agentStore;
    ConversationStore &m_conversationStore;
    EventLog &m_eventLog;
    ConversationService &m_service;
    const Clock &m_clock;
    std::vector<std::unique_ptr<AgentSession>> m_sessions;
    //! Open conversations from start-up on, closed ones once asked for (scope()).
    mutable QHash<qint64, Access::Scope> m_scopes;
    std::deque<Protocol::Event> m_recent;
    Surge m_surge;
    qint64 m_head = 0;
    qint64 m_agentsVersion = 0;
    QTimer m_heartbeat;
    QTimer m_poll;
    std::deque<std::pair<qint64, int>> m_rate; //!< (second, events) for events per second
    Limits m_limits;
    Protocol::ChannelRules m_channelRules;
    QTimer m_expiry;
    struct Failures
    {
        int count = 0;
        qint64 last = 0;
    };
    QHash<QString, Failures> m_pairFailures; //!< "login|address" → failures in a row
    QHash<QString, Failures> m_addressFailures; //!< address → failures in the last minute
    QHash<QString, std::deque<qint64>> m_accountFailures; //!< login → times, last hour
    QHash<QString, QSet<QString>> m_goodAddresses; //!< login → addresses it logged in from
};

} // namespace Guichet::Server
