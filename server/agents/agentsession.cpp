#include "agentsession.h"

#include "agenthub.h"
#include "protocol/codec.h"
#include "server/core/secrets.h"
#include "server/core/serverlogging.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

constexpr double kFramesPerSecond = 50;
constexpr double kBurst = 200;
constexpr int kMaxViolations = 50;
//! A reservist's own password, chosen at enrolment (as the admin command asks).
constexpr int kMinEnrolmentPassword = 12;
constexpr int kIdleTimeoutMs = 90 * 1000; //!< three missed pings
constexpr qint64 kMaxPendingBytes = 16 * 1024 * 1024; //!< a client that stopped reading

// Verifying against this keeps the time of a login with an unknown name equal
// to one with a wrong password.
const QString &dummyHash()
{
    static const QString hash = Secrets::hashPassword(u"not a real password"_s);
    return hash;
}

} // namespace

AgentSession::AgentSession(AgentHub &hub, std::unique_ptr<QWebSocket> socket, QString address)
    : m_hub(hub)
    , m_socket(std::move(socket))
    , m_address(std::move(address))
    , m_tokens(kBurst)
{
    m_lastReceived.start();
    m_refill.start();
    // Hard limit: beyond it Qt closes the socket (1009). Between the decoder's
    // limit and this one, the frame is refused with an error and the connection
    // stays (docs/protocol.md).
    m_socket->setMaxAllowedIncomingFrameSize(quint64(4 * Protocol::kMaxAgentFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(4 * Protocol::kMaxAgentFrameBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &AgentSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &AgentSession::onBinary);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_state = State::Closed;
        Q_EMIT closed(this);
    });
    m_idle.setInterval(kIdleTimeoutMs / 3);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_lastReceived.elapsed() > kIdleTimeoutMs)
            close(ErrorCode::Timeout, u"no frame for %1 s"_s.arg(kIdleTimeoutMs / 1000));
    });
    m_idle.start();
    // Pings keep a socket open, not a login: one that has not logged in by
    // the deadline goes (its slot is someone else's).
    const int loginTimeout = m_hub.limits().loginTimeoutMs;
    m_loginDeadline.setSingleShot(true);
    m_loginDeadline.setInterval(loginTimeout);
    connect(&m_loginDeadline, &QTimer::timeout, this, [this, loginTimeout] {
        if (m_state != State::Ready && !m_loginPending)
            close(ErrorCode::Timeout,
                  u"log in within %1 s of connecting"_s.arg(loginTimeout / 1000));
        else if (m_state != State::Ready)
            m_loginDeadline.start(1000); // a password being checked: its answer decides
    });
    m_loginDeadline.start();
}

AgentSession::~AgentSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void AgentSession::send(const Protocol::AgentFrame &frame)
{
    sendText(QString::fromUtf8(Protocol::encode(frame)));
}

void AgentSession::sendText(const QString &text)
{
    if (m_state == State::Closed)
        return;
    if (m_socket->bytesToWrite() > kMaxPendingBytes) {
        // It will resume from its last stored event when it reconnects.
        qCWarning(lcAgents).noquote().nospace() << "event=slow_client agent=" << m_agent.login;
        m_socket->abort();
        return;
    }
    m_socket->sendTextMessage(text);
}

void AgentSession::sendError(ErrorCode code, const QString &message, const QString &field,
                             bool fatal)
{
    send(Protocol::ErrorFrame { code, message, field, fatal });
}

void AgentSession::sendUnavailable()
{
    // Fatal: the client connects again with its usual backoff and logs in then,
    // with the same token or password; never "wrong password" for want of a database.
    qCWarning(lcAgents).noquote().nospace() << "event=login_deferred reason=storage";
    close(ErrorCode::Unavailable, u"the server cannot reach its database: try again shortly"_s);
}

void AgentSession::close(ErrorCode code, const QString &message)
{
    if (m_state == State::Closed)
        return;
    sendError(code, message, {}, true);
    m_state = State::Closed;
    m_socket->flush();
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, message.left(100));
}

bool AgentSession::takeToken()
{
    m_tokens = std::min(kBurst, m_tokens + m_refill.restart() * kFramesPerSecond / 1000.0);
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

void AgentSession::onBinary()
{
    m_lastReceived.restart();
    sendError(ErrorCode::MalformedJson, u"binary frames are not part of the protocol"_s);
}

void AgentSession::onText(const QString &text)
{
    if (m_state == State::Closed)
        return;
    m_lastReceived.restart();
    if (!takeToken()) {
        if (++m_violations > kMaxViolations) {
            close(ErrorCode::RateLimited, u"too many frames"_s);
            return;
        }
        sendError(ErrorCode::RateLimited, u"too many frames: slow down"_s);
        return;
    }
    const QByteArray bytes = text.toUtf8();
    auto decoded = Protocol::decodeAgentFrame(bytes);
    if (!decoded) {
        if (++m_violations > kMaxViolations) {
            close(decoded.error().code, u"too many malformed frames"_s);
            return;
        }
        sendError(decoded.error().code, decoded.error().message, decoded.error().field);
        return;
    }
    handle(*decoded);
}

void AgentSession::handle(const Protocol::AgentFrame &frame)
{
    using namespace Protocol;
    if (const auto *ping = std::get_if<Ping>(&frame)) {
        send(Pong { ping->nonce });
        return;
    }
    if (std::holds_alternative<Pong>(frame))
        return;
    if (m_state == State::AwaitingHello) {
        if (const auto *hello = std::get_if<Hello>(&frame))
            handleHello(*hello);
        else
            sendError(ErrorCode::InvalidState, u"say hello first"_s);
        return;
    }
    if (const auto *login = std::get_if<Login>(&frame)) {
        handleLogin(*login);
        return;
    }
    if (m_state != State::Ready) {
        sendError(ErrorCode::Unauthorized, u"log in first"_s);
        return;
    }
    if (!m_agent.isActive(m_hub.clock().nowMs())) {
        close(ErrorCode::AccountDisabled, u"this account is disabled"_s);
        return;
    }
    if (const auto *sync = std::get_if<Sync>(&frame)) {
        handleSync(*sync);
    } else if (const auto *claim = std::get_if<Claim>(&frame)) {
        send(m_hub.service().claim(m_agent, *claim));
    } else if (const auto *command = std::get_if<Command>(&frame)) {
        if (ConversationService::isQuery(command->op))
            send(m_hub.service().query(m_agent, *command));
        else
            send(m_hub.service().execute(m_agent, *command));
    } else if (const auto *typing = std::get_if<Typing>(&frame)) {
        m_hub.agentTyping(m_agent, typing->conversation, typing->active);
    } else {
        sendError(ErrorCode::InvalidState,
                  u"a client does not send \"%1\" frames"_s.arg(frameType(frame)));
    }
}

void AgentSession::handleHello(const Protocol::Hello &hello)
{
    if (hello.protocol < Protocol::kMinVersion) {
        close(ErrorCode::UnsupportedVersion,
              u"protocol %1 is no longer supported (this server speaks %2 to %3): update Guichet"_s
                  .arg(hello.protocol)
                  .arg(Protocol::kMinVersion)
                  .arg(Protocol::kVersion));
        return;
    }
    // A newer client speaks our version: the lower of the two is used.
    m_protocol = std::min(hello.protocol, Protocol::kVersion);
    send(Protocol::Hello { Protocol::kVersion,
                           u"guichet-server "_s + QStringLiteral(GUICHET_VERSION) });
    m_state = State::AwaitingLogin;
}

void AgentSession::handleLogin(const Protocol::Login &login)
{
    if (m_loginPending) {
        sendError(ErrorCode::InvalidState, u"a login is already in progress"_s);
        return;
    }
    const qint64 at = m_hub.clock().nowMs();
    const quint64 outages = m_hub.database().outages();
    if (!login.token.isEmpty()) {
        // Never throttled by password failures: a workstation with a valid
        // token gets in whatever an attacker tries with the password.
        const auto agentId = m_hub.agentStore().tokenAgent(Secrets::tokenDigest(login.token), at);
        const auto agent = agentId ? m_hub.agentStore().agentById(*agentId) : std::nullopt;
        if (!agent && m_hub.database().outages() != outages) {
            sendUnavailable();
            return;
        }
        if (!agent) {
            sendError(ErrorCode::TokenExpired,
                      u"this session has expired: log in with your password"_s);
            return;
        }
        welcome(*agent);
        return;
    }

    if (!login.enrolment.isEmpty()) {
        handleEnrolment(login);
        return;
    }
    if (const qint64 wait = m_hub.passwordLoginWait(login.login, m_address); wait > 0) {
        qCWarning(lcAgents).noquote().nospace() << "event=login_throttled login=" << login.login
                                                << " address=" << m_address << " wait_ms=" << wait;
        sendError(ErrorCode::RateLimited,
                  u"too many failed attempts from this address: try again in %1 s"_s.arg(
                      (wait + 999) / 1000));
        return;
    }
    const auto agent = m_hub.agentStore().agent(login.login);
    if (!agent && m_hub.database().outages() != outages) {
        sendUnavailable(); // not "wrong login": unanswered
        return;
    }
    // Argon2id takes ~0.1 s and 64 MiB: off the event loop, so the other agents'
    // traffic does not wait behind a login.
    const QString hash = agent ? agent->passwordHash : dummyHash();
    const QString password = login.password;
    m_loginPending = true;
    auto *watcher = new QFutureWatcher<bool>(this);
    const std::optional<AgentRecord> found = agent;
    connect(watcher, &QFutureWatcher<bool>::finished, this,
            [this, watcher, found, login = login.login] {
                watcher->deleteLater();
                m_loginPending = false;
                if (m_state == State::Closed)
                    return;
                const bool verified = found && watcher->result();
                if (!found) {
                    m_hub.passwordFailed(login, m_address);
                    qCWarning(lcAgents).noquote().nospace()
                        << "event=login_failed reason=unknown address=" << m_address;
                    sendError(ErrorCode::LoginFailed, u"wrong login or password"_s);
                    return;
                }
                finishPasswordLogin(*found, verified);
            });
    watcher->setFuture(
        QtConcurrent::run([hash, password] { return Secrets::verifyPassword(password, hash); }));
}

void AgentSession::handleEnrolment(const Protocol::Login &login)
{
    // Guesses at codes are slowed down like guesses at passwords, per address
    // whatever login they name ("#enrolment" is no valid login, so no account's
    // throttle is shared), and every problem with the code gets one answer.
    const QString throttle = u"#enrolment"_s;
    const qint64 wait = std::max(m_hub.passwordLoginWait(throttle, m_address),
                                 m_hub.passwordLoginWait(login.login, m_address));
    if (wait > 0) {
        qCWarning(lcAgents).noquote().nospace()
            << "event=enrolment_throttled address=" << m_address << " wait_ms=" << wait;
        sendError(ErrorCode::RateLimited,
                  u"too many failed attempts from this address: try again in %1 s"_s.arg(
                      (wait + 999) / 1000));
        return;
    }
    if (login.password.size() < kMinEnrolmentPassword) {
        sendError(ErrorCode::InvalidValue,
                  u"choose a password of at least %1 characters"_s.arg(kMinEnrolmentPassword),
                  u"password"_s);
        return;
    }
    const quint64 outages = m_hub.database().outages();
    if (!m_hub.service().enrolmentCodeUsable(login.enrolment)) {
        if (m_hub.database().outages() != outages) {
            sendUnavailable();
            return;
        }
        m_hub.passwordFailed(throttle, m_address);
        qCWarning(lcAgents).noquote().nospace()
            << "event=enrolment_refused reason=code address=" << m_address;
        sendError(ErrorCode::LoginFailed, u"invalid or expired enrolment code"_s);
        return;
    }
    // Argon2id off the event loop, as for a login.
    m_loginPending = true;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, login] {
        watcher->deleteLater();
        m_loginPending = false;
        if (m_state == State::Closed)
            return;
        auto enrolled =
            m_hub.service().enrol(login.enrolment, login.login, login.name, watcher->result());
        if (!enrolled) {
            if (enrolled.error().code == ErrorCode::LoginFailed)
                m_hub.passwordFailed(u"#enrolment"_s, m_address);
            qCWarning(lcAgents).noquote().nospace()
                << "event=enrolment_refused reason=" << errorCodeName(enrolled.error().code)
                << " address=" << m_address;
            sendError(enrolled.error().code, enrolled.error().message);
            return;
        }
        welcome(*enrolled);
    });
    watcher->setFuture(
        QtConcurrent::run([password = login.password] { return Secrets::hashPassword(password); }));
}

void AgentSession::finishPasswordLogin(const AgentRecord &found, bool verified)
{
    const quint64 outages = m_hub.database().outages();
    auto agent = m_hub.agentStore().agentById(found.id);
    if (!agent && m_hub.database().outages() != outages) {
        sendUnavailable();
        return;
    }
    if (!agent) {
        sendError(ErrorCode::LoginFailed, u"wrong login or password"_s);
        return;
    }
    if (!verified) {
        m_hub.passwordFailed(agent->login, m_address);
        qCWarning(lcAgents).noquote().nospace()
            << "event=login_failed reason=password login=" << agent->login
            << " address=" << m_address;
        sendError(ErrorCode::LoginFailed, u"wrong login or password"_s);
        return;
    }
    m_hub.passwordSucceeded(agent->login, m_address);
    if (agent->failedLogins != 0 || agent->lockedUntil != 0) {
        // Left by an older version, which locked the whole account.
        agent->failedLogins = 0;
        agent->lockedUntil = 0;
        (void)m_hub.database().transaction([&] { return m_hub.agentStore().updateAgent(*agent); });
    }
    welcome(*agent);
}

void AgentSession::welcome(const AgentRecord &agent)
{
    const qint64 at = m_hub.clock().nowMs();
    if (agent.wipeRequested) {
        qCWarning(lcAgents).noquote().nospace() << "event=wipe_ordered agent=" << agent.login;
        send(Protocol::Wipe { u"a supervisor ordered this workstation's cache to be wiped"_s });
        close(ErrorCode::AccountDisabled, u"cache wipe ordered"_s);
        return;
    }
    if (!agent.isActive(at)) {
        qCWarning(lcAgents).noquote().nospace()
            << "event=login_refused reason=disabled agent=" << agent.login;
        close(ErrorCode::AccountDisabled,
              agent.disabled ? u"this account is disabled"_s : u"this account has expired"_s);
        return;
    }
    const QString token = Secrets::newToken();
    const qint64 expires = at + m_hub.service().settings().tokenLifetime;
    auto stored = m_hub.database().transaction([&]() -> Result<void> {
        if (auto r =
                m_hub.agentStore().insertToken(Secrets::tokenDigest(token), agent.id, at, expires);
            !r)
            return r;
        return m_hub.agentStore().touchAgents({ agent.id }, at);
    });
    if (!stored) {
        sendError(stored.error().code, u"cannot log in now: %1"_s.arg(stored.error().message));
        return;
    }
    m_agent = agent;
    m_agent.lastSeen = at;
    m_state = State::Ready;
    m_loginDeadline.stop();
    m_tokenDigest = Secrets::tokenDigest(token);
    m_tokenExpires = expires;
    qCInfo(lcAgents).noquote().nospace()
        << "event=login agent=" << agent.login << " role=" << wireName(agent.role);
    send(Protocol::Welcome { agent.info(), token, expires, m_hub.eventLog().head(),
                             m_hub.channelRules() });
}

void AgentSession::handleSync(const Protocol::Sync &sync)
{
    qint64 cursor = sync.after;
    bool more = false;
    // One batch per sync frame: the client stores it, then asks for the next.
    // Frames are built from the stored JSON, not parsed and encoded again.
    auto events = m_hub.eventLog().rawEventsAfter(cursor, sync.limit);
    if (!events) {
        if (events.error().code == ErrorCode::Unavailable)
            close(ErrorCode::Unavailable, events.error().message); // it resyncs on reconnecting
        else
            sendError(events.error().code, events.error().message);
        return;
    }
    if (!events->isEmpty())
        m_hub.loadScopes(cursor, events->constLast().seq); // one query, not one per conversation
    const bool active = m_agent.isActive(m_hub.clock().nowMs());
    const QString roster = wireName(EventKind::AgentUpdated);
    const QString supervision = wireName(EventKind::SupervisorAction);
    const QString claimed = wireName(EventKind::ConversationClaimed);
    const QString released = wireName(EventKind::ConversationReleased);
    for (const EventLog::RawEvent &event : *events) {
        cursor = event.seq;
        const std::optional<EventKind> kind = fromWireName<EventKind>(event.kind);
        bool visible = !event.conversation ? active
            : kind ? m_hub.canSeeConversationEvent(m_agent, event.conversation, *kind)
                   : m_hub.canSeeConversation(m_agent, event.conversation);
        if (visible && (event.kind == claimed || event.kind == released)) {
            refillIfOpened(event.conversation, event.seq, *kind,
                           QJsonDocument::fromJson(event.data).object());
        }
        if (visible && event.kind == roster) {
            visible = m_protocol >= Protocol::kRosterVersion
                && m_hub.canSeeAgent(m_agent, QJsonDocument::fromJson(event.data).object());
        } else if (visible && event.kind == supervision) {
            visible = understands(EventKind::SupervisorAction) && m_agent.role == Role::Supervisor;
        }
        if (!visible)
            continue;
        if (event.conversation)
            m_known.insert(event.conversation);
        sendText(QString::fromUtf8(event.frame()));
    }
    more = events->size() == sync.limit;
    const qint64 head = m_hub.eventLog().head();
    send(Protocol::Synced { head, cursor, more });
    if (!more)
        goLive(cursor);
}

void AgentSession::goLive(qint64 last)
{
    m_lastSent = last;
    m_live = true;
    // Whatever committed since that batch was read.
    if (const auto recent = m_hub.recentAfter(m_lastSent)) {
        for (const Protocol::Event &event : *recent) {
            if (m_hub.canSee(m_agent, event)) { // as the live path checks
                refillIfOpened(event.conversation, event.seq, event.kind, event.data);
                deliver(event);
            }
        }
    } else {
        auto missed = m_hub.eventLog().eventsAfter(m_lastSent, 100000);
        if (missed) {
            for (const Protocol::Event &event : *missed) {
                if (m_hub.canSee(m_agent, event)) {
                    refillIfOpened(event.conversation, event.seq, event.kind, event.data);
                    deliver(event);
                } else {
                    m_lastSent = event.seq;
                }
            }
        }
    }
}

void AgentSession::deliver(const Protocol::Event &event)
{
    if (!m_live || event.seq <= m_lastSent)
        return;
    m_lastSent = event.seq;
    if (!understands(event.kind))
        return;
    if (event.conversation)
        m_known.insert(event.conversation);
    send(event);
}

void AgentSession::deliverEncoded(const Protocol::Event &event, const QString &encoded)
{
    if (!m_live || event.seq <= m_lastSent)
        return;
    m_lastSent = event.seq;
    if (event.conversation)
        m_known.insert(event.conversation);
    sendText(encoded);
}

void AgentSession::backfill(qint64 conversation, qint64 beforeSeq)
{
    if (!m_live || m_known.contains(conversation))
        return;
    m_known.insert(conversation);
    sendHistory(conversation, beforeSeq);
}

void AgentSession::refill(qint64 conversation, qint64 beforeSeq,
                          const QList<Protocol::Event> &history)
{
    if (!m_live)
        return;
    m_known.insert(conversation);
    sendHistory(conversation, beforeSeq, history);
}

void AgentSession::refillIfOpened(qint64 conversation, qint64 seq, EventKind kind,
                                  const QJsonObject &data)
{
    // Only for those from whom a colleague's conversation is withheld; a claim
    // by someone else or a sync without such an event changes nothing.
    if (!conversation || m_agent.role == Role::Supervisor || m_refilled.contains(conversation))
        return;
    if (kind == EventKind::ConversationClaimed
        && data.value(u"agent"_s).toString() != m_agent.login)
        return;
    if (kind != EventKind::ConversationClaimed && kind != EventKind::ConversationReleased)
        return;
    if (!m_hub.canReadConversation(m_agent, conversation))
        return;
    m_refilled.insert(conversation);
    m_known.insert(conversation);
    sendHistory(conversation, seq);
}

void AgentSession::sendHistory(qint64 conversation, qint64 beforeSeq)
{
    auto history = m_hub.eventLog().conversationEvents(conversation);
    if (history)
        sendHistory(conversation, beforeSeq, *history);
}

void AgentSession::sendHistory(qint64 conversation, qint64 beforeSeq,
                               const QList<Protocol::Event> &history)
{
    // Sent with their original sequence numbers: older than the client's cursor,
    // applied by conversation (docs/protocol.md, "Visibility"). What it says
    // only to those who may read it (Access::canRead): the others are refilled
    // when it becomes readable to them.
    const bool readable = m_hub.canReadConversation(m_agent, conversation);
    for (const Protocol::Event &event : history) {
        if (event.seq < beforeSeq && understands(event.kind)
            && (readable || !Access::carriesContent(event.kind)))
            send(event);
    }
}

void AgentSession::updateAgent(const AgentRecord &agent)
{
    const qint64 lastSeen = m_agent.lastSeen;
    const bool passwordChanged = agent.passwordHash != m_agent.passwordHash;
    m_agent = agent;
    m_agent.lastSeen = lastSeen;
    if (agent.wipeRequested) {
        send(Protocol::Wipe { u"a supervisor ordered this workstation's cache to be wiped"_s });
        close(ErrorCode::AccountDisabled, u"cache wipe ordered"_s);
    } else if (!agent.isActive(m_hub.clock().nowMs())) {
        qCWarning(lcAgents).noquote().nospace() << "event=cut_off agent=" << agent.login;
        close(ErrorCode::AccountDisabled, u"this account was disabled"_s);
    } else if (passwordChanged) {
        qCInfo(lcAgents).noquote().nospace()
            << "event=session_ended reason=password_changed agent=" << agent.login;
        close(ErrorCode::TokenExpired,
              u"your password was changed: log in with the new password"_s);
    }
}

void AgentSession::ping()
{
    send(Protocol::Ping { m_hub.clock().nowMs() });
}

} // namespace Guichet::Server
