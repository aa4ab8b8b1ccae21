#include "syncengine.h"

#include "eventapplier.h"
#include "protocol/codec.h"
#include "protocol/uuid.h"
#include "synclogging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const QString kTokenKey = u"sync/token"_s;
const QString kTokenExpiresKey = u"sync/token_expires"_s;
const QString kAgentKey = u"sync/agent"_s;
const QString kChannelRulesKey = u"sync/channelRules"_s;
const QString kLastSyncKey = u"sync/last_sync"_s;
constexpr qint64 kRenewTokenBefore = 3600 * 1000;

QUrl agentEndpoint(const QUrl &server)
{
    QUrl url = server;
    url.setScheme(server.scheme() == u"https"_s || server.scheme() == u"wss"_s ? u"wss"_s
                                                                               : u"ws"_s);
    url.setPath(u"/agent"_s);
    return url;
}

} // namespace

SyncEngine::SyncEngine(Store *store, Settings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(std::move(settings))
{
    if (m_store)
        m_cursor = m_store->cursor();
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncEngine::connectNow);
    m_ping.setInterval(m_settings.pingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, &SyncEngine::checkLink);
    m_outboxRetry.setSingleShot(true);
    connect(&m_outboxRetry, &QTimer::timeout, this, &SyncEngine::retryDelayed);
    m_connectTimeout.setSingleShot(true);
    m_connectTimeout.setInterval(m_settings.connectTimeoutMs);
    connect(&m_connectTimeout, &QTimer::timeout, this, [this] {
        if (m_socket && m_state == State::Connecting) {
            qCInfo(lcSync) << "connection attempt timed out";
            m_socket->abort();
        }
    });
}

SyncEngine::~SyncEngine()
{
    m_running = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

std::optional<Protocol::AgentInfo> SyncEngine::agent() const
{
    if (!m_store)
        return std::nullopt;
    const auto stored = m_store->setting(kAgentKey);
    if (!stored)
        return std::nullopt;
    auto agent = Protocol::agentInfoFromJson(QJsonDocument::fromJson(*stored).object());
    return agent ? std::optional(*agent) : std::nullopt;
}

Protocol::ChannelRules SyncEngine::channelRules() const
{
    const auto stored = m_store ? m_store->setting(kChannelRulesKey) : std::nullopt;
    if (!stored)
        return {};
    auto rules = Protocol::channelRulesFromJson(QJsonDocument::fromJson(*stored).object());
    return rules ? *rules : Protocol::ChannelRules {};
}

int SyncEngine::pendingCount() const
{
    return m_store ? m_store->pendingCount() : 0;
}

void SyncEngine::setPassword(const QString &login, const QString &password)
{
    m_login = login;
    m_password = password;
}

void SyncEngine::start()
{
    if (!m_store)
        return;
    m_running = true;
    m_attempts = 0;
    if (!m_socket)
        connectNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_ping.stop();
    m_outboxRetry.stop();
    m_retryAt.clear(); // pending still: sent again on the next connection
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket.release()->deleteLater();
    }
    if (m_state != State::Locked)
        setState(State::Offline);
}

void SyncEngine::lock()
{
    stop();
    m_store = nullptr;
    m_batch.clear();
    m_live.clear();
    setState(State::Locked);
}

void SyncEngine::unlock(Store *store)
{
    m_store = store;
    m_cursor = m_store ? m_store->cursor() : 0;
    setState(State::Offline);
    start();
}

void SyncEngine::connectNow()
{
    if (!m_running || !m_store || m_socket)
        return;
    m_synced = false;
    m_batch.clear();
    setState(State::Connecting);
    m_socket = std::make_unique<QWebSocket>();
    // Large enough for any frame the protocol allows, with room for a batch.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(4 * Protocol::kMaxAgentFrameBytes));
    connect(m_socket.get(), &QWebSocket::connected, this, &SyncEngine::onConnected);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &SyncEngine::onDisconnected);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &SyncEngine::onText);
    connect(m_socket.get(), &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: a certificate problem is the agent's to see.
        m_lastError =
            tr("The server's certificate is not valid: %1").arg(errors.value(0).errorString());
        Q_EMIT errorOccurred(makeError(ErrorCode::Unavailable, m_lastError));
    });
    m_connectTimeout.start();
    m_socket->open(agentEndpoint(m_settings.server));
}

void SyncEngine::scheduleReconnect()
{
    if (!m_running)
        return;
    // Exponential backoff with jitter, so a restarted server is not hit by
    // every workstation in the same second.
    const int exponent = std::min(m_attempts, 10);
    const qint64 base =
        std::min<qint64>(qint64(m_settings.minBackoffMs) << exponent, m_settings.maxBackoffMs);
    const qint64 jitter = QRandomGenerator::global()->bounded(qint64(base / 2) + 1);
    ++m_attempts;
    m_reconnect.start(int(base / 2 + jitter + base / 4));
}

void SyncEngine::onConnected()
{
    m_connectTimeout.stop();
    m_lastFrame.start();
    m_ping.start();
    m_socket->sendTextMessage(
        QString::fromUtf8(Protocol::encode(Protocol::AgentFrame { Protocol::Hello {
            Protocol::kVersion, u"guichet "_s + QStringLiteral(GUICHET_VERSION) } })));
}

void SyncEngine::onDisconnected()
{
    m_connectTimeout.stop();
    m_ping.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket.release()->deleteLater();
    }
    if (m_state == State::Locked)
        return;
    if (m_state == State::Online || m_state == State::Syncing)
        qCInfo(lcSync) << "disconnected; pending commands:" << pendingCount();
    setState(State::Offline);
    scheduleReconnect();
}

void SyncEngine::fail(const Error &error)
{
    m_lastError = error.message;
    Q_EMIT errorOccurred(error);
}

void SyncEngine::checkLink()
{
    if (!m_socket)
        return;
    if (m_lastFrame.elapsed() > m_settings.deadAfterMs) {
        qCInfo(lcSync) << "no answer for" << m_lastFrame.elapsed() << "ms: reconnecting";
        m_socket->abort();
        return;
    }
    m_socket->sendTextMessage(
        QString::fromUtf8(Protocol::encode(Protocol::AgentFrame { Protocol::Ping { now() } })));
    // Renew the token on the live link before it expires.
    if (m_state == State::Online && m_store) {
        const qint64 expires =
            m_store->setting(kTokenExpiresKey).value_or(QByteArray("0")).toLongLong();
        const auto token = m_store->setting(kTokenKey);
        if (token && expires > 0 && expires - now() < kRenewTokenBefore) {
            m_socket->sendTextMessage(QString::fromUtf8(Protocol::encode(
                Protocol::AgentFrame { Protocol::Login { {}, {}, QString::fromLatin1(*token) } })));
        }
    }
}

void SyncEngine::onText(const QString &text)
{
    m_lastFrame.restart();
    auto frame = Protocol::decodeAgentFrame(text.toUtf8());
    if (!frame) {
        // A newer server may send what this version cannot read: log it, go on.
        qCWarning(lcSync) << "unreadable frame from the server:" << frame.error().toString();
        return;
    }
    handle(*frame);
}

void SyncEngine::handle(const Protocol::AgentFrame &frame)
{
    using namespace Protocol;
    if (std::holds_alternative<Hello>(frame)) {
        if (!m_password.isEmpty()) {
            m_socket->sendTextMessage(QString::fromUtf8(encode(
                AgentFrame { Login { m_login, m_password, {}, m_enrolment, m_enrolmentName } })));
        } else if (const auto token = m_store->setting(kTokenKey); token && !token->isEmpty()) {
            m_socket->sendTextMessage(QString::fromUtf8(
                encode(AgentFrame { Login { {}, {}, QString::fromLatin1(*token) } })));
        } else {
            m_running = false;
            m_socket->close();
            Q_EMIT credentialsRequired(tr("Log in with your password."));
        }
    } else if (const auto *welcome = std::get_if<Welcome>(&frame)) {
        onWelcome(*welcome);
    } else if (const auto *event = std::get_if<Event>(&frame)) {
        if (m_synced)
            m_live.append(*event);
        else
            m_batch.append(*event);
        if (m_synced && m_live.size() == 1)
            QTimer::singleShot(0, this, &SyncEngine::applyLive);
    } else if (const auto *synced = std::get_if<Synced>(&frame)) {
        m_head = synced->head;
        const qint64 last = std::max(m_cursor, synced->last);
        // Ask for the next batch before storing this one: the server reads it while
        // the cache writes. The cursor only moves with the commit, so a failure
        // here still resumes from the last event stored.
        if (synced->more)
            requestSync(last);
        // Several server batches go into one transaction: each commit writes
        // every page it touched (the message indexes are spread over the whole
        // file) and saves each conversation once, so fewer, larger commits make
        // a first sync much faster. Progress is reported at each commit.
        if (synced->more && m_batch.size() < m_settings.storeBatch)
            return;
        const QList<Event> batch = std::exchange(m_batch, {});
        if (!applyBatch(batch, last))
            return; // the link was dropped: the next connection resumes from the cache
        if (!synced->more) {
            m_synced = true;
            m_attempts = 0;
            (void)m_store->setSetting(kLastSyncKey, QByteArray::number(now()));
            setState(State::Online);
            flushOutbox();
        }
    } else if (const auto *ack = std::get_if<Ack>(&frame)) {
        onAck(*ack);
    } else if (const auto *typing = std::get_if<Typing>(&frame)) {
        Q_EMIT typingReceived(typing->conversation, typing->active);
    } else if (const auto *error = std::get_if<ErrorFrame>(&frame)) {
        const Error e = makeError(error->code, error->message, error->field);
        switch (error->code) {
        case ErrorCode::LoginFailed:
        case ErrorCode::TokenExpired:
        case ErrorCode::RateLimited:
            // Connecting, or a live session the server ended (password changed,
            // token expired or revoked: a fatal error): ask for the password.
            if (m_state == State::Connecting
                || (error->fatal && error->code == ErrorCode::TokenExpired)) {
                // Retrying with the same credentials would not help.
                m_running = false;
                m_password.clear();
                if (error->code == ErrorCode::TokenExpired)
                    (void)m_store->setSetting(kTokenKey, QByteArray());
                m_socket->close();
                Q_EMIT credentialsRequired(error->message);
            }
            break;
        case ErrorCode::AccountDisabled:
            m_running = false;
            fail(e);
            break;
        default:
            if (m_state == State::Connecting && !m_enrolment.isEmpty()) {
                // The enrolment was refused (a login taken, a password too short):
                // said to whoever typed it, not retried.
                m_running = false;
                m_password.clear();
                m_socket->close();
                Q_EMIT credentialsRequired(error->message);
                break;
            }
            qCWarning(lcSync) << "server error:" << e.toString();
            if (error->fatal)
                fail(e);
            break;
        }
    } else if (const auto *wipe = std::get_if<Wipe>(&frame)) {
        qCWarning(lcSync) << "remote wipe ordered";
        m_running = false;
        Q_EMIT wipeOrdered(wipe->reason);
    } else if (const auto *ping = std::get_if<Ping>(&frame)) {
        m_socket->sendTextMessage(QString::fromUtf8(encode(AgentFrame { Pong { ping->nonce } })));
    }
}

void SyncEngine::onWelcome(const Protocol::Welcome &welcome)
{
    m_password.clear();
    m_enrolment.clear(); // used: the account exists now
    m_enrolmentName.clear();
    m_head = welcome.head;
    const QByteArray agentJson =
        QJsonDocument(Protocol::agentInfoToJson(welcome.agent)).toJson(QJsonDocument::Compact);
    auto saved = m_store->write([&]() -> Result<void> {
        if (auto r = m_store->setSetting(kTokenKey, welcome.token.toLatin1()); !r)
            return r;
        if (auto r = m_store->setSetting(kTokenExpiresKey, QByteArray::number(welcome.expiresAt));
            !r)
            return r;
        if (welcome.channels) {
            const QByteArray rules = QJsonDocument(Protocol::channelRulesToJson(*welcome.channels))
                                         .toJson(QJsonDocument::Compact);
            if (auto r = m_store->setSetting(kChannelRulesKey, rules); !r)
                return r;
        }
        return m_store->setSetting(kAgentKey, agentJson);
    });
    if (!saved)
        fail(saved.error());
    Q_EMIT loggedIn(welcome.agent);
    if (m_state == State::Connecting) {
        setState(State::Syncing);
        Q_EMIT progressChanged(m_cursor, m_head);
        requestSync();
    }
}

void SyncEngine::requestSync(std::optional<qint64> after)
{
    m_socket->sendTextMessage(QString::fromUtf8(Protocol::encode(Protocol::AgentFrame {
        Protocol::Sync { after.value_or(m_cursor), m_settings.syncBatch } })));
}

bool SyncEngine::applyBatch(const QList<Protocol::Event> &events, qint64 newCursor)
{
    if (!m_store)
        return false;
    QList<qint64> conversations;
    QSet<qint64> seen; // conversations.contains() would make a large batch quadratic
    QStringList messages;
    bool faq = false;
    bool redirects = false;
    bool roster = false;
    bool supervision = false;
    EventApplier applier(*m_store);
    auto done = m_store->write([&]() -> Result<void> {
        for (const Protocol::Event &event : events) {
            auto change = applier.apply(event);
            if (!change)
                return change.error();
            if (change->conversation && !seen.contains(change->conversation)) {
                seen.insert(change->conversation);
                conversations.append(change->conversation);
            }
            if (!change->message.isEmpty())
                messages.append(change->message);
            faq = faq || change->faq;
            redirects = redirects || change->redirects;
            roster = roster || change->roster;
            supervision = supervision || change->supervision;
        }
        if (auto flushed = applier.flush(); !flushed)
            return flushed;
        if (newCursor > m_cursor)
            return m_store->setCursor(newCursor);
        return {};
    });
    if (!done) {
        // Nothing was stored: the cursor did not move, the events come again.
        fail(done.error());
        if (m_socket)
            m_socket->abort();
        return false;
    }
    m_cursor = std::max(m_cursor, newCursor);
    Q_EMIT progressChanged(m_cursor, std::max(m_head, m_cursor));
    if (!conversations.isEmpty() || !messages.isEmpty() || faq)
        Q_EMIT changed(conversations, messages, faq);
    if (redirects)
        Q_EMIT redirectsUpdated();
    if (roster)
        Q_EMIT rosterUpdated();
    if (supervision)
        Q_EMIT supervisionUpdated();
    return true;
}

void SyncEngine::applyLive()
{
    if (m_live.isEmpty())
        return;
    const QList<Protocol::Event> events = std::exchange(m_live, {});
    qint64 newest = m_cursor;
    for (const Protocol::Event &event : events)
        newest = std::max(newest, event.seq); // a backfill is older: the cursor stays
    m_head = std::max(m_head, newest);
    applyBatch(events, newest);
}

QString SyncEngine::newCommandId() const
{
    return newUuid();
}

Result<QString> SyncEngine::enqueue(const Protocol::AgentFrame &frame, const QString &id,
                                    qint64 conversation,
                                    const std::function<Result<void>()> &alongside)
{
    if (!m_store)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    const QByteArray bytes = Protocol::encode(frame);
    auto done = m_store->write([&]() -> Result<void> {
        auto entry = m_store->enqueue(id, bytes, conversation, now());
        if (!entry)
            return entry.error();
        return alongside ? alongside() : Result<void> {};
    });
    if (!done)
        return done.error();
    Q_EMIT outboxChanged(pendingCount());
    if (m_state == State::Online && m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(bytes));
    return id;
}

void SyncEngine::flushOutbox()
{
    if (!m_store || !m_socket)
        return;
    // Every pending command goes now, the delayed ones with them.
    m_retryAt.clear();
    m_outboxRetry.stop();
    for (const OutboxEntry &entry : m_store->outbox()) {
        if (entry.state == OutboxEntry::State::Pending)
            m_socket->sendTextMessage(QString::fromUtf8(entry.frame));
    }
}

void SyncEngine::onAck(const Protocol::Ack &ack)
{
    if (m_queries.remove(ack.id)) {
        Q_EMIT queryAnswered(ack.id, ack.ok, ack.result, ack.code, ack.message);
        return;
    }
    if (!m_store)
        return;
    const auto entry = m_store->outboxEntry(ack.id);
    if (!entry)
        return; // acknowledged earlier (a resend's second answer)
    if (!ack.ok && isTransient(ack.code)) {
        // Not a decision: the command stays pending and goes again later, with
        // the same id, so the server still applies it once.
        (void)m_store->countAttempt(ack.id);
        const int exponent = std::min(entry->attempts, 10);
        const qint64 base =
            std::min<qint64>(qint64(m_settings.minBackoffMs) << exponent, m_settings.maxBackoffMs);
        const qint64 delay = base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1);
        m_retryAt.insert(ack.id, now() + delay);
        scheduleOutboxRetry();
        qCInfo(lcSync) << "command delayed:" << errorCodeName(ack.code) << "; again in" << delay
                       << "ms";
        Q_EMIT commandDelayed(ack.id, ack.code, ack.message, int(delay));
        return;
    }
    m_retryAt.remove(ack.id);
    QList<qint64> conversations;
    QStringList messages;
    auto done = m_store->write([&]() -> Result<void> {
        if (ack.ok)
            return m_store->removeFromOutbox(ack.id);
        if (auto r = m_store->markRefused(ack.id, ack.code, ack.message); !r)
            return r;
        // A refused reply shows as failed, with the reason, where it was written.
        const auto decoded = Protocol::decodeAgentFrame(entry->frame);
        if (decoded) {
            if (const auto *command = std::get_if<Protocol::Command>(&*decoded)) {
                const QString messageId = command->args.value(u"message"_s).toString();
                if (!messageId.isEmpty() && m_store->message(messageId)) {
                    messages.append(messageId);
                    conversations.append(command->conversation);
                    return m_store->setDelivery(messageId, DeliveryState::Failed, ack.message);
                }
            }
        }
        return {};
    });
    if (!done) {
        fail(done.error());
        return;
    }
    Q_EMIT outboxChanged(pendingCount());
    if (ack.ok) {
        Q_EMIT commandAcknowledged(ack.id, ack.result);
    } else {
        qCInfo(lcSync) << "command refused:" << errorCodeName(ack.code);
        Q_EMIT commandRefused(ack.id, ack.code, ack.message);
        if (!messages.isEmpty())
            Q_EMIT changed(conversations, messages, false);
    }
}

void SyncEngine::scheduleOutboxRetry()
{
    if (m_retryAt.isEmpty()) {
        m_outboxRetry.stop();
        return;
    }
    qint64 first = std::numeric_limits<qint64>::max();
    for (auto it = m_retryAt.cbegin(); it != m_retryAt.cend(); ++it)
        first = std::min(first, it.value());
    m_outboxRetry.start(int(std::clamp<qint64>(first - now(), 0, m_settings.maxBackoffMs)));
}

void SyncEngine::retryDelayed()
{
    if (!m_store || !m_socket || m_state != State::Online) {
        // Offline: the next connection sends every pending command anyway.
        return;
    }
    const qint64 at = now();
    for (const OutboxEntry &entry : m_store->outbox()) {
        const auto due = m_retryAt.constFind(entry.id);
        if (due == m_retryAt.cend() || due.value() > at)
            continue;
        m_retryAt.remove(entry.id);
        if (entry.state == OutboxEntry::State::Pending)
            m_socket->sendTextMessage(QString::fromUtf8(entry.frame));
    }
    // Entries that left the outbox meanwhile.
    for (auto it = m_retryAt.begin(); it != m_retryAt.end();) {
        if (it.value() <= at)
            it = m_retryAt.erase(it);
        else
            ++it;
    }
    scheduleOutboxRetry();
}

// ---- Commands --------------------------------------------------------------------------------

Result<QString> SyncEngine::reply(qint64 conversation, const QString &text, QString *messageId)
{
    const QString message = newUuid();
    if (messageId)
        *messageId = message;
    const QString id = newCommandId();
    const Protocol::Command command {
        id, CommandOp::Reply, conversation, { { u"message"_s, message }, { u"text"_s, text } }
    };
    if (auto valid = Protocol::validateCommandArgs(command.op, command.args); !valid)
        return valid.error();
    const QString me = agent() ? agent()->login : QString();
    return enqueue(Protocol::AgentFrame { command }, id, conversation, [&]() -> Result<void> {
        // Shown at once, as pending, in the same transaction as the outbox entry.
        Message local;
        local.id = message;
        local.conversation = conversation;
        local.author = Author::Agent;
        local.agent = me;
        local.text = text;
        local.at = now();
        local.delivery = DeliveryState::Pending;
        if (!m_store->conversation(conversation))
            return {};
        return m_store->saveMessage(local);
    });
}

Result<QString> SyncEngine::claim(qint64 conversation)
{
    const QString id = newCommandId();
    return enqueue(Protocol::AgentFrame { Protocol::Claim { id, conversation } }, id, conversation);
}

namespace {

Protocol::AgentFrame commandFrame(const QString &id, CommandOp op, qint64 conversation,
                                  const QJsonObject &args = {})
{
    return Protocol::AgentFrame { Protocol::Command { id, op, conversation, args } };
}

} // namespace

Result<QString> SyncEngine::release(qint64 conversation)
{
    const QString id = newCommandId();
    return enqueue(commandFrame(id, CommandOp::Release, conversation), id, conversation);
}

Result<QString> SyncEngine::transfer(qint64 conversation, const QString &toLogin)
{
    const QString id = newCommandId();
    QJsonObject args;
    if (!toLogin.isEmpty())
        args.insert(u"to"_s, toLogin);
    if (auto valid = Protocol::validateCommandArgs(CommandOp::Transfer, args); !valid)
        return valid.error();
    return enqueue(commandFrame(id, CommandOp::Transfer, conversation, args), id, conversation);
}

Result<QString> SyncEngine::close(qint64 conversation, Outcome outcome)
{
    const QString id = newCommandId();
    return enqueue(
        commandFrame(id, CommandOp::Close, conversation, { { u"outcome"_s, wireName(outcome) } }),
        id, conversation);
}

Result<QString> SyncEngine::redirect(qint64 conversation, RedirectTarget target,
                                     const QString &text, const Consent &consent)
{
    const QString id = newCommandId();
    QJsonObject args { { u"target"_s, wireName(target) } };
    if (!consent.question.isEmpty() || !consent.answer.isEmpty()) {
        args.insert(
            u"consent"_s,
            QJsonObject { { u"question"_s, consent.question }, { u"answer"_s, consent.answer } });
    }
    QString message;
    if (!text.trimmed().isEmpty()) {
        message = newUuid();
        args.insert(u"message"_s, message);
        args.insert(u"text"_s, text);
    }
    if (auto valid = Protocol::validateCommandArgs(CommandOp::Redirect, args); !valid)
        return valid.error();
    const QString me = agent() ? agent()->login : QString();
    return enqueue(commandFrame(id, CommandOp::Redirect, conversation, args), id, conversation,
                   [&]() -> Result<void> {
                       if (message.isEmpty() || !m_store->conversation(conversation))
                           return {};
                       Message local;
                       local.id = message;
                       local.conversation = conversation;
                       local.author = Author::Agent;
                       local.agent = me;
                       local.text = text;
                       local.at = now();
                       local.delivery = DeliveryState::Pending;
                       return m_store->saveMessage(local);
                   });
}

Result<QString> SyncEngine::setLanguage(qint64 conversation, Language lang)
{
    const QString id = newCommandId();
    return enqueue(
        commandFrame(id, CommandOp::SetLanguage, conversation, { { u"lang"_s, wireName(lang) } }),
        id, conversation);
}

Result<QString> SyncEngine::setFlags(qint64 conversation, std::optional<bool> emergency,
                                     std::optional<bool> sgbv)
{
    const QString id = newCommandId();
    QJsonObject args;
    if (emergency)
        args.insert(u"emergency"_s, *emergency);
    if (sgbv)
        args.insert(u"sgbv"_s, *sgbv);
    if (auto valid = Protocol::validateCommandArgs(CommandOp::SetFlags, args); !valid)
        return valid.error();
    return enqueue(commandFrame(id, CommandOp::SetFlags, conversation, args), id, conversation);
}

Result<QString> SyncEngine::retry(qint64 conversation, const QString &messageId)
{
    const QString id = newCommandId();
    return enqueue(
        commandFrame(id, CommandOp::Retry, conversation, { { u"message"_s, messageId } }), id,
        conversation, [&]() -> Result<void> {
            if (!m_store->message(messageId))
                return {};
            return m_store->setDelivery(messageId, DeliveryState::Pending, {});
        });
}

Result<QString> SyncEngine::setPresence(Presence presence)
{
    const QString id = newCommandId();
    return enqueue(
        commandFrame(id, CommandOp::SetPresence, 0, { { u"presence"_s, wireName(presence) } }), id,
        0);
}

Result<QString> SyncEngine::retireFaq(const QString &id, std::optional<Language> lang)
{
    const QString commandId = newCommandId();
    QJsonObject args { { u"id"_s, id } };
    if (lang)
        args.insert(u"lang"_s, wireName(*lang));
    if (auto valid = Protocol::validateCommandArgs(CommandOp::RetireFaq, args); !valid)
        return valid.error();
    return enqueue(commandFrame(commandId, CommandOp::RetireFaq, 0, args), commandId, 0);
}

Result<QString> SyncEngine::supervise(CommandOp op, qint64 conversation, const QJsonObject &args)
{
    const QString id = newCommandId();
    if (auto valid = Protocol::validateCommandArgs(op, args); !valid)
        return valid.error();
    return enqueue(commandFrame(id, op, conversation, args), id, conversation);
}

Result<QString> SyncEngine::query(CommandOp op, const QJsonObject &args)
{
    if (auto valid = Protocol::validateCommandArgs(op, args); !valid)
        return valid.error();
    if (!m_socket || m_state != State::Online)
        return makeError(ErrorCode::Unavailable,
                         tr("The server is not connected: try again once online."));
    const QString id = newCommandId();
    m_queries.insert(id);
    m_socket->sendTextMessage(QString::fromUtf8(
        Protocol::encode(Protocol::AgentFrame { Protocol::Command { id, op, 0, args } })));
    return id;
}

void SyncEngine::setEnrolment(const QString &code, const QString &name)
{
    m_enrolment = code;
    m_enrolmentName = name;
}

Result<void> SyncEngine::dismiss(const QString &commandId)
{
    if (!m_store)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    const auto entry = m_store->outboxEntry(commandId);
    if (!entry || entry->state != OutboxEntry::State::Refused)
        return makeError(ErrorCode::NotFound, tr("No refused command with this id."));
    auto done = m_store->removeFromOutbox(commandId);
    if (done)
        Q_EMIT outboxChanged(pendingCount());
    return done;
}

std::optional<OutboxEntry> SyncEngine::refusalOfMessage(const QString &messageId) const
{
    if (!m_store || messageId.isEmpty())
        return std::nullopt;
    for (const OutboxEntry &entry : m_store->outbox()) {
        if (entry.state != OutboxEntry::State::Refused)
            continue;
        const auto decoded = Protocol::decodeAgentFrame(entry.frame);
        const auto *command = decoded ? std::get_if<Protocol::Command>(&*decoded) : nullptr;
        if (command && command->args.value(u"message"_s).toString() == messageId)
            return entry;
    }
    return std::nullopt;
}

Result<QString> SyncEngine::resend(const QString &refusedCommandId)
{
    if (!m_store)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    const auto entry = m_store->outboxEntry(refusedCommandId);
    if (!entry || entry->state != OutboxEntry::State::Refused)
        return makeError(ErrorCode::NotFound, tr("No refused command with this id."));
    auto decoded = Protocol::decodeAgentFrame(entry->frame);
    if (!decoded)
        return decoded.error();
    // A new id: the server keeps its answer to the old one, and would repeat it.
    const QString id = newCommandId();
    QString messageId;
    if (auto *command = std::get_if<Protocol::Command>(&*decoded)) {
        command->id = id;
        messageId = command->args.value(u"message"_s).toString();
    } else if (auto *claim = std::get_if<Protocol::Claim>(&*decoded)) {
        claim->id = id;
    } else {
        return makeError(ErrorCode::InvalidValue, tr("This command cannot be sent again."));
    }
    return enqueue(*decoded, id, entry->conversation, [&]() -> Result<void> {
        if (auto removed = m_store->removeFromOutbox(refusedCommandId); !removed)
            return removed;
        if (messageId.isEmpty() || !m_store->message(messageId))
            return {};
        return m_store->setDelivery(messageId, DeliveryState::Pending, {});
    });
}

void SyncEngine::sendTyping(qint64 conversation, bool active)
{
    if (m_state == State::Online && m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(
            Protocol::encode(Protocol::AgentFrame { Protocol::Typing { conversation, active } })));
}

Result<int> SyncEngine::purgeClosed(int days)
{
    if (!m_store)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    return m_store->purgeClosedBefore(now() - qint64(days) * 24 * 3600 * 1000);
}

} // namespace Guichet
