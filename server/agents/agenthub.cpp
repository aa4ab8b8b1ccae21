#include "agenthub.h"

#include "agentsession.h"
#include "protocol/codec.h"
#include "server/core/serverlogging.h"
#include "server/storage/eventfeed.h"

#include <QJsonDocument>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

constexpr std::size_t kRecentEvents = 20000;
constexpr int kPingIntervalMs = 20000;
// Logins (docs/security.md): the numbers OWASP ASVS V2.2.1 is met with.
constexpr int kFreeFailuresPerPair = 3; //!< then 2 s, 4 s, 8 s… between attempts
constexpr qint64 kMaxPairDelayMs = 5 * 60 * 1000;
constexpr qint64 kPairMemoryMs = 60 * 60 * 1000; //!< a pair's failures are forgotten after
constexpr int kMaxFailuresPerAddress = 30; //!< password failures, any login, per minute
constexpr qint64 kAddressWindowMs = 60000;
constexpr int kMaxFailuresPerAccount = 100; //!< per hour, from addresses it never used
constexpr qint64 kAccountWindowMs = 60 * 60 * 1000;
constexpr int kMaxTracked = 50000;

} // namespace

AgentHub::AgentHub(Database &database, AgentStore &agents, ConversationStore &conversations,
                   EventLog &events, ConversationService &service, EventFeed &feed,
                   const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_agentStore(agents)
    , m_conversationStore(conversations)
    , m_eventLog(events)
    , m_service(service)
    , m_clock(clock)
{
    // Only the conversations that can still change are read here (a million
    // closed ones took minutes): scope() reads a closed one when asked for.
    m_head = feed.head();
    for (const ConversationRecord &c : m_conversationStore.openConversations())
        m_scopes.insert(c.id, Access::Scope::of(c));
    m_surge = m_service.surge();
    m_agentsVersion = m_agentStore.agentsVersion();

    connect(&feed, &EventFeed::eventsRead, this, &AgentHub::ingest);
    connect(&m_database, &Database::agentsChanged, this, &AgentHub::reloadAgents);

    // Heartbeats keep the claims of connected agents alive; a lease lapses
    // when they stop (ConversationService::tick).
    const qint64 lease = m_service.settings().leaseTimeout;
    m_heartbeat.setInterval(int(std::clamp<qint64>(lease / 4, 200, 10000)));
    connect(&m_heartbeat, &QTimer::timeout, this, &AgentHub::heartbeat);
    m_heartbeat.start();

    // Writers in another process (guichet-server admin, a second instance on
    // SQLite's file) do not notify: look for their changes to agents often,
    // cheaply (the EventFeed looks for their events).
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &AgentHub::pollExternalChanges);
    m_poll.start();

    auto *pinger = new QTimer(this);
    pinger->setInterval(kPingIntervalMs);
    connect(pinger, &QTimer::timeout, this, [this] {
        for (const auto &session : m_sessions)
            session->ping();
    });
    pinger->start();

    // A session ends when its token does (expiry here; a revocation is seen
    // when agents change, reloadAgents()).
    m_expiry.setInterval(250);
    connect(&m_expiry, &QTimer::timeout, this, [this] { checkTokens(false); });
    m_expiry.start();
}

AgentHub::~AgentHub() = default;

QString AgentHub::clientAddress(const QWebSocket &socket) const
{
    const QHostAddress peer = socket.peerAddress();
    bool trusted = false;
    for (const QHostAddress &proxy : m_limits.trustedProxies)
        trusted = trusted || proxy.isEqual(peer, QHostAddress::TolerantConversion);
    if (trusted) {
        // The last hop the proxy appended is the one it saw.
        const QByteArray forwarded = socket.request().rawHeader("X-Forwarded-For");
        const QByteArray last = forwarded.split(',').constLast().trimmed();
        QHostAddress client;
        if (!last.isEmpty() && client.setAddress(QString::fromLatin1(last)))
            return client.toString();
    }
    return peer.toString();
}

void AgentHub::accept(std::unique_ptr<QWebSocket> socket)
{
    const QString address = clientAddress(*socket);
    const auto waiting = std::count_if(m_sessions.begin(), m_sessions.end(), [&](const auto &s) {
        return s->state() != AgentSession::State::Ready && s->state() != AgentSession::State::Closed
            && s->address() == address;
    });
    if (waiting >= m_limits.unauthenticatedPerAddress) {
        qCWarning(lcAgents).noquote().nospace()
            << "event=agent_connection_refused reason=unauthenticated_cap address=" << address;
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      u"too many connections waiting to log in from this address"_s);
        return;
    }
    auto session = std::make_unique<AgentSession>(*this, std::move(socket), address);
    connect(session.get(), &AgentSession::closed, this, &AgentHub::remove, Qt::QueuedConnection);
    m_sessions.push_back(std::move(session));
}

void AgentHub::remove(AgentSession *session)
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [session](const auto &s) { return s.get() == session; });
    if (it == m_sessions.end())
        return;
    // The socket's "disconnected" already made the session Closed: it had logged
    // in when it has an agent.
    const AgentRecord agent = (*it)->agent();
    const qint64 agentId = agent.id;
    const bool loggedIn = agentId != 0;
    if (loggedIn)
        qCInfo(lcAgents).noquote().nospace() << "event=disconnected agent=" << (*it)->agent().login;
    m_sessions.erase(it);
    // Gone from every connection: nothing is pushed to them any more (their
    // claims stay until the lease lapses, in case they come back).
    const bool stillConnected =
        std::any_of(m_sessions.begin(), m_sessions.end(), [agentId](const auto &s) {
            return s->isLoggedIn() && s->agent().id == agentId;
        });
    if (loggedIn && !stillConnected) {
        auto done = m_service.setPresence(agent, Presence::Offline);
        if (!done)
            qCWarning(lcAgents) << "cannot record presence:" << done.error().message;
    }
}

int AgentHub::connectedAgents() const
{
    QSet<qint64> agents;
    for (const auto &session : m_sessions) {
        if (session->isLoggedIn())
            agents.insert(session->agent().id);
    }
    return int(agents.size());
}

double AgentHub::eventsPerSecond() const
{
    // Average over the last ten whole seconds.
    const qint64 second = m_clock.nowMs() / 1000;
    int total = 0;
    for (const auto &[at, count] : m_rate) {
        if (at < second && at >= second - 10)
            total += count;
    }
    return total / 10.0;
}

const Access::Scope *AgentHub::scope(qint64 conversation) const
{
    const auto it = m_scopes.constFind(conversation);
    if (it != m_scopes.constEnd())
        return &*it;
    if (conversation <= 0)
        return nullptr;
    // Closed before start-up (every later one came with its opening event).
    const auto stored = m_conversationStore.conversation(conversation);
    return stored ? &*m_scopes.insert(conversation, Access::Scope::of(*stored)) : nullptr;
}

void AgentHub::loadScopes(qint64 after, qint64 upTo)
{
    for (const ConversationRecord &c : m_conversationStore.conversationsOfEvents(after, upTo)) {
        if (!m_scopes.contains(c.id))
            m_scopes.insert(c.id, Access::Scope::of(c));
    }
}

bool AgentHub::canSeeConversation(const AgentRecord &agent, qint64 conversation) const
{
    const auto s = scope(conversation);
    return s && Access::canSee(agent, *s, m_surge, m_clock.nowMs());
}

bool AgentHub::canReadConversation(const AgentRecord &agent, qint64 conversation) const
{
    const auto s = scope(conversation);
    return s && Access::canRead(agent, *s, m_surge, m_clock.nowMs());
}

bool AgentHub::canSee(const AgentRecord &agent, const Protocol::Event &event) const
{
    if (event.conversation == 0) {
        if (event.kind == EventKind::AgentUpdated)
            return canSeeAgent(agent, event.data);
        if (event.kind == EventKind::SupervisorAction) // who did what, and why
            return agent.role == Role::Supervisor && agent.isActive(m_clock.nowMs());
        return agent.isActive(m_clock.nowMs()); // knowledge base, redirect definitions
    }
    return canSeeConversationEvent(agent, event.conversation, event.kind);
}

bool AgentHub::canSeeConversationEvent(const AgentRecord &agent, qint64 conversation,
                                       EventKind kind) const
{
    // A colleague's conversation: its lifecycle, not what it says.
    return Access::carriesContent(kind) ? canReadConversation(agent, conversation)
                                        : canSeeConversation(agent, conversation);
}

bool AgentHub::canSeeAgent(const AgentRecord &agent, const QJsonObject &entry) const
{
    // Supervisors see the whole brigade; an agent sees the colleagues a
    // transfer may go to (their team's, and the supervisors), and themselves.
    if (!agent.isActive(m_clock.nowMs()))
        return false;
    if (agent.role == Role::Supervisor || entry.value(u"login"_s).toString() == agent.login
        || entry.value(u"role"_s).toString() == wireName(Role::Supervisor))
        return true;
    return !agent.team.isEmpty() && entry.value(u"team"_s).toString() == agent.team;
}

std::optional<QList<Protocol::Event>> AgentHub::recentAfter(qint64 seq) const
{
    if (seq >= m_head)
        return QList<Protocol::Event> {};
    if (m_recent.empty() || m_recent.front().seq > seq + 1)
        return std::nullopt;
    QList<Protocol::Event> result;
    for (const Protocol::Event &event : m_recent) {
        if (event.seq > seq)
            result.append(event);
    }
    return result;
}

void AgentHub::applyToScopes(const Protocol::Event &event)
{
    if (event.conversation == 0)
        return;
    auto it = m_scopes.find(event.conversation);
    if (it == m_scopes.end()) {
        // Unreadable just now (an outage): read again when next asked for,
        // rather than guessed from defaults.
        if (event.kind != EventKind::ConversationOpened)
            return;
        it = m_scopes.insert(event.conversation, {});
    }
    Access::Scope &s = *it;
    const QJsonObject &d = event.data;
    switch (event.kind) {
    case EventKind::ConversationOpened:
        s.channel = fromWireName<Channel>(d.value(u"channel"_s).toString()).value_or(s.channel);
        s.lang = fromWireName<Language>(d.value(u"lang"_s).toString()).value_or(s.lang);
        s.team = d.value(u"team"_s).toString();
        s.state = fromWireName<ConversationState>(d.value(u"state"_s).toString()).value_or(s.state);
        break;
    case EventKind::ConversationUpdated:
        if (d.contains(u"lang"_s))
            s.lang = fromWireName<Language>(d.value(u"lang"_s).toString()).value_or(s.lang);
        if (d.contains(u"team"_s))
            s.team = d.value(u"team"_s).toString();
        break;
    case EventKind::ConversationClaimed:
        s.state = ConversationState::Claimed;
        s.owner = d.value(u"agent"_s).toString();
        break;
    case EventKind::ConversationReleased:
        s.state = ConversationState::Queued;
        s.owner.clear();
        break;
    case EventKind::ConversationClosed:
        s.state = ConversationState::Closed;
        break;
    default:
        break;
    }
}

void AgentHub::ingest(const QList<Protocol::Event> &events)
{
    const qint64 second = m_clock.nowMs() / 1000;
    if (m_rate.empty() || m_rate.back().first != second)
        m_rate.emplace_back(second, 0);
    m_rate.back().second += int(events.size());
    while (m_rate.size() > 20)
        m_rate.pop_front();

    for (const Protocol::Event &event : events) {
        // A new conversation's opening event makes its scope: not read from
        // storage, where its row may already be ahead of this event.
        const Access::Scope *known = nullptr;
        if (event.kind != EventKind::ConversationOpened) {
            known = scope(event.conversation);
        } else if (const auto it = m_scopes.constFind(event.conversation);
                   it != m_scopes.constEnd()) {
            known = &*it;
        }
        const std::optional<Access::Scope> before = known ? std::optional(*known) : std::nullopt;
        applyToScopes(event);
        m_head = event.seq;
        m_recent.push_back(event);
        if (m_recent.size() > kRecentEvents)
            m_recent.pop_front();
        const qint64 at = m_clock.nowMs();
        QString encoded;
        // Read once for all the sessions it becomes readable to (a release: the team).
        std::optional<QList<Protocol::Event>> history;
        for (const auto &session : m_sessions) {
            if (!session->isLive() || !session->understands(event.kind)
                || !canSee(session->agent(), event))
                continue;
            // Newly visible (a reservist's claim, a transfer to another team):
            // the agent gets the conversation's history first.
            if (event.conversation && event.kind != EventKind::ConversationOpened
                && !session->knows(event.conversation)
                && (!before || !Access::canSee(session->agent(), *before, m_surge, at))) {
                session->backfill(event.conversation, event.seq);
            } else if (before && !Access::canRead(session->agent(), *before, m_surge, at)
                       && canReadConversation(session->agent(), event.conversation)) {
                // Newly readable (a transfer or reassignment to this agent, a
                // release to the queue): what it said so far, withheld until now.
                if (!history) {
                    auto read = m_eventLog.conversationEvents(event.conversation);
                    history = read ? *read : QList<Protocol::Event> {};
                }
                session->refill(event.conversation, event.seq, *history);
            }
            if (encoded.isEmpty())
                encoded = QString::fromUtf8(Protocol::encode(Protocol::AgentFrame { event }));
            session->deliverEncoded(event, encoded);
        }
    }
}

void AgentHub::agentTyping(const AgentRecord &agent, qint64 conversation, bool active)
{
    const auto s = scope(conversation);
    if (s && Access::canHandle(agent, *s, m_clock.nowMs()))
        Q_EMIT typingFromAgent(conversation, active);
}

void AgentHub::citizenTyping(qint64 conversation, bool active)
{
    const auto s = scope(conversation);
    if (!s || s->owner.isEmpty())
        return;
    for (const auto &session : m_sessions) {
        if (session->isLive() && session->agent().login == s->owner)
            session->send(Protocol::Typing { conversation, active });
    }
}

void AgentHub::reloadAgents()
{
    // Read before anything changes: a list left empty by an unreachable
    // database would look like every account removed.
    const quint64 outages = m_database.outages();
    const qint64 version = m_agentStore.agentsVersion();
    const Surge surge = m_service.surge();
    QHash<qint64, AgentRecord> fresh;
    for (const AgentRecord &agent : m_agentStore.agents())
        fresh.insert(agent.id, agent);
    if (m_database.outages() != outages)
        return; // read again once it is back (Database::agentsChanged)
    m_agentsVersion = version;
    const Surge previous = m_surge;
    m_surge = surge;
    const qint64 at = m_clock.nowMs();
    for (const auto &session : m_sessions) {
        if (!session->isLoggedIn())
            continue;
        const auto it = fresh.constFind(session->agent().id);
        if (it == fresh.constEnd()) {
            session->close(ErrorCode::AccountDisabled, u"this account was removed"_s);
            continue;
        }
        session->updateAgent(*it);
        if (session->state() == AgentSession::State::Closed || !session->isLive())
            continue;
        // A surge that starts (or widens) shows reservists new conversations.
        if (it->role == Role::Reservist && m_surge.active) {
            for (auto scopeIt = m_scopes.cbegin(); scopeIt != m_scopes.cend(); ++scopeIt) {
                if (!session->knows(scopeIt.key()) && Access::canSee(*it, *scopeIt, m_surge, at)
                    && !Access::canSee(*it, *scopeIt, previous, at)) {
                    session->backfill(scopeIt.key(), m_head + 1);
                }
            }
        }
    }
    // A password reset or a revocation (guichet-server admin) revokes tokens:
    // the sessions they opened end now, not at their next login.
    checkTokens(true);
}

void AgentHub::heartbeat()
{
    QList<qint64> ids;
    for (const auto &session : m_sessions) {
        if (session->isLoggedIn() && !ids.contains(session->agent().id))
            ids.append(session->agent().id);
    }
    if (ids.isEmpty())
        return;
    const qint64 at = m_clock.nowMs();
    auto done = m_database.transaction([&] { return m_agentStore.touchAgents(ids, at); });
    if (!done)
        qCWarning(lcAgents) << "heartbeat failed:" << done.error().message;
}

void AgentHub::pollExternalChanges()
{
    const quint64 outages = m_database.outages();
    if (m_agentStore.agentsVersion() != m_agentsVersion && m_database.outages() == outages)
        reloadAgents();
}

void AgentHub::checkTokens(bool askStorage)
{
    const qint64 at = m_clock.nowMs();
    // The digests of all sessions in a few statements, not one round trip each.
    QHash<QByteArray, qint64> tokenAgents;
    if (askStorage) {
        QList<QByteArray> digests;
        for (const auto &session : m_sessions) {
            if (session->isLoggedIn() && session->tokenExpires() > at)
                digests.append(session->tokenDigest());
        }
        if (!digests.isEmpty())
            tokenAgents = m_agentStore.tokenAgents(digests, at);
    }
    for (const auto &session : m_sessions) {
        if (!session->isLoggedIn())
            continue;
        if (session->tokenExpires() <= at) {
            qCInfo(lcAgents).noquote().nospace()
                << "event=session_ended reason=token_expired agent=" << session->agent().login;
            session->close(ErrorCode::TokenExpired,
                           u"your session has expired: log in with your password"_s);
        } else if (askStorage
                   && tokenAgents.value(session->tokenDigest(), -1) != session->agent().id) {
            qCInfo(lcAgents).noquote().nospace()
                << "event=session_ended reason=token_revoked agent=" << session->agent().login;
            session->close(ErrorCode::TokenExpired,
                           u"your session was ended (password changed or sessions revoked): "
                           "log in with your password"_s);
        }
    }
}

qint64 AgentHub::passwordLoginWait(const QString &login, const QString &address) const
{
    const qint64 at = m_clock.nowMs();
    qint64 wait = 0;
    // This address, whatever the login: a rate, not a ban (a minute's window).
    const Failures byAddress = m_addressFailures.value(address);
    if (byAddress.count >= kMaxFailuresPerAddress && at - byAddress.last < kAddressWindowMs)
        wait = std::max(wait, kAddressWindowMs - (at - byAddress.last));
    // This login from this address: growing delays. Another address is not
    // slowed by these, so an attacker cannot keep the agent out.
    const Failures pair = m_pairFailures.value(login + u'|' + address);
    if (pair.count >= kFreeFailuresPerPair) {
        const int exponent = std::min(pair.count - kFreeFailuresPerPair + 1, 20);
        const qint64 delay = std::min<qint64>(qint64(1000) << exponent, kMaxPairDelayMs);
        if (at - pair.last < delay)
            wait = std::max(wait, delay - (at - pair.last));
    }
    // This login from everywhere: past 100 failures in an hour, only the
    // addresses it has logged in from before may try a password.
    const auto account = m_accountFailures.constFind(login);
    if (account != m_accountFailures.constEnd() && account->size() >= kMaxFailuresPerAccount
        && !m_goodAddresses.value(login).contains(address)) {
        const qint64 oldest = (*account)[account->size() - kMaxFailuresPerAccount];
        wait = std::max(wait, kAccountWindowMs - (at - oldest));
    }
    return std::max<qint64>(wait, 0);
}

void AgentHub::forgetOldFailures()
{
    const qint64 at = m_clock.nowMs();
    const auto prune = [](auto &hash, auto old) {
        if (hash.size() <= kMaxTracked)
            return;
        for (auto it = hash.begin(); it != hash.end();)
            it = old(it.value()) ? hash.erase(it) : std::next(it);
    };
    prune(m_pairFailures, [at](const Failures &f) { return at - f.last > kPairMemoryMs; });
    prune(m_addressFailures, [at](const Failures &f) { return at - f.last > kAddressWindowMs; });
    prune(m_accountFailures, [at](const std::deque<qint64> &times) {
        return times.empty() || at - times.back() > kAccountWindowMs;
    });
}

void AgentHub::passwordFailed(const QString &login, const QString &address)
{
    const qint64 at = m_clock.nowMs();
    forgetOldFailures();
    Failures &byAddress = m_addressFailures[address];
    if (at - byAddress.last >= kAddressWindowMs)
        byAddress.count = 0;
    byAddress.count += 1;
    byAddress.last = at;
    Failures &pair = m_pairFailures[login + u'|' + address];
    if (at - pair.last >= kPairMemoryMs)
        pair.count = 0;
    pair.count += 1;
    pair.last = at;
    std::deque<qint64> &account = m_accountFailures[login];
    account.push_back(at);
    while (!account.empty() && at - account.front() >= kAccountWindowMs)
        account.pop_front();
    while (account.size() > std::size_t(kMaxFailuresPerAccount) * 2)
        account.pop_front();
}

void AgentHub::passwordSucceeded(const QString &login, const QString &address)
{
    m_pairFailures.remove(login + u'|' + address);
    QSet<QString> &good = m_goodAddresses[login];
    if (good.size() < 64)
        good.insert(address);
}

} // namespace Guichet::Server
