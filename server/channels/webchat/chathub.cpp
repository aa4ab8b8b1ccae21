#include "chathub.h"

#include "protocol/codec.h"
#include "protocol/logging.h"
#include "server/channels/intake.h"
#include "server/core/secrets.h"
#include "server/core/serverlogging.h"
#include "server/storage/eventfeed.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

constexpr double kFramesPerSecond = 5;
constexpr double kBurst = 30;
constexpr int kMaxViolations = 20;
constexpr int kIdleTimeoutMs = 10 * 60 * 1000;

ChatStatus statusOf(const ConversationRecord &c)
{
    switch (c.state) {
    case ConversationState::Queued:
        return ChatStatus::Waiting;
    case ConversationState::Claimed:
        return ChatStatus::Answering;
    case ConversationState::Closed:
        return ChatStatus::Closed;
    }
    return ChatStatus::Waiting;
}

} // namespace

// ---- ChatHub ------------------------------------------------------------------------------

ChatHub::ChatHub(Database &database, ConversationStore &conversations, SurveyStore &surveys,
                 ConversationService &service, EventFeed &feed, Limits limits, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_conversationStore(conversations)
    , m_surveyStore(surveys)
    , m_service(service)
    , m_limits(std::move(limits))
{
    connect(&feed, &EventFeed::eventsRead, this, &ChatHub::ingest);
}

ChatHub::~ChatHub() = default;

void ChatHub::submit(ChatSession *session, const Protocol::CitizenSay &say)
{
    // Counted per address (never refused for it alone: a carrier's NAT is shared
    // by thousands); a rate, not a ban: the page may come back after the window.
    if (m_intake && !m_intake->takeChatMessage(session->address())) {
        session->cut(u"too many messages: try again in %1 s"_s.arg(
            m_intake->chatRetryAfter(session->address())));
        return;
    }
    if (session->conversation() && m_silenced && m_silenced(session->conversation())) {
        session->send(Protocol::Ack {
            say.id, false, {}, ErrorCode::Forbidden, u"your messages cannot be accepted"_s });
        return;
    }
    // The first message of a chat opens its conversation: a second one must not
    // open another, so it waits until the first is recorded.
    if (session->conversation() == 0)
        settle(session);
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, &ChatHub::recordPending);
    m_pending.append({ session, say });
    if (m_pending.size() >= kMaxGroup)
        recordPending();
}

void ChatHub::settle(ChatSession *session)
{
    for (const PendingSay &pending : std::as_const(m_pending)) {
        if (pending.session == session) {
            recordPending();
            return;
        }
    }
}

void ChatHub::recordPending()
{
    QList<PendingSay> pending = std::exchange(m_pending, {});
    // A connection closed before its message was recorded never had it
    // acknowledged: the page sends it again (same id) when it reconnects.
    pending.removeIf([](const PendingSay &p) { return p.session.isNull(); });
    if (pending.isEmpty())
        return;
    QList<ConversationService::Incoming> incoming;
    incoming.reserve(pending.size());
    for (const PendingSay &p : std::as_const(pending))
        incoming.append(p.session->incoming(p.say));
    const auto results =
        m_intake ? m_intake->receiveMany(incoming, {}, false) : m_service.receiveMany(incoming);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        // recorded() may close a connection: the pointer is checked each time.
        if (pending[i].session)
            pending[i].session->recorded(pending[i].say, results[i]);
    }
}

bool ChatHub::addressAllowed(const QString &address) const
{
    int count = 0;
    for (const auto &session : m_sessions)
        count += session->address() == address ? 1 : 0;
    return count < m_limits.connectionsPerAddress;
}

QString ChatHub::clientAddress(const QWebSocket &socket) const
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

void ChatHub::accept(std::unique_ptr<QWebSocket> socket)
{
    const QString address = clientAddress(*socket);
    if (!addressAllowed(address)) {
        qCWarning(lcChannels).noquote().nospace()
            << "event=chat_refused reason=connections address=" << redact(address);
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"too many connections"_s);
        return;
    }
    auto session = std::make_unique<ChatSession>(*this, std::move(socket), address);
    connect(session.get(), &ChatSession::closed, this, &ChatHub::remove, Qt::QueuedConnection);
    m_sessions.push_back(std::move(session));
}

void ChatHub::bind(ChatSession *session, qint64 before, qint64 conversation)
{
    if (before == conversation)
        return;
    if (before)
        m_byConversation.remove(before, session);
    if (conversation)
        m_byConversation.insert(conversation, session);
}

void ChatHub::remove(ChatSession *session)
{
    if (session->conversation())
        m_byConversation.remove(session->conversation(), session);
    std::erase_if(m_sessions, [session](const auto &s) { return s.get() == session; });
}

QList<Protocol::CitizenMessage> ChatHub::messagesAfter(qint64 conversation, qint64 after)
{
    QList<Protocol::CitizenMessage> result;
    for (const MessageRecord &m : m_conversationStore.messages(conversation)) {
        if (m.seq <= after)
            continue;
        // Agents see their colleagues' logins; citizens see "the gendarme".
        result.append(Protocol::CitizenMessage { m.seq, m.id, m.author, {}, m.text, m.at });
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.seq < b.seq; });
    return result;
}

void ChatHub::markDelivered(qint64 conversation, const QList<Protocol::CitizenMessage> &messages)
{
    for (const Protocol::CitizenMessage &m : messages) {
        if (m.author != Author::Agent)
            continue;
        if (auto r = m_service.markDelivered(conversation, m.id); !r)
            qCWarning(lcChannels) << "cannot mark a chat reply delivered:" << r.error().message;
    }
}

void ChatHub::ingest(const QList<Protocol::Event> &events)
{
    for (const Protocol::Event &event : events) {
        if (!event.conversation)
            continue;
        const QList<ChatSession *> targets = sessionsOf(event.conversation);
        if (targets.isEmpty())
            continue;
        switch (event.kind) {
        case EventKind::MessageAdded: {
            const auto author = fromWireName<Author>(event.data.value(u"author"_s).toString());
            const Protocol::CitizenMessage message { event.seq,
                                                     event.data.value(u"message"_s).toString(),
                                                     author.value_or(Author::System),
                                                     {},
                                                     event.data.value(u"text"_s).toString(),
                                                     event.at };
            for (ChatSession *session : std::as_const(targets))
                session->push(message);
            markDelivered(event.conversation, { message });
            break;
        }
        case EventKind::ConversationOpened:
        case EventKind::ConversationUpdated:
            // Raised by triage or by an agent: the page shows the notice.
            if (event.data.value(u"emergency"_s).toBool()) {
                if (const auto c = m_conversationStore.conversation(event.conversation)) {
                    for (ChatSession *session : std::as_const(targets))
                        session->send(Protocol::CitizenStatus { statusOf(*c), {}, true });
                }
            }
            break;
        case EventKind::ConversationClaimed:
            for (ChatSession *session : std::as_const(targets))
                session->send(Protocol::CitizenStatus { ChatStatus::Answering, {}, false });
            break;
        case EventKind::ConversationReleased:
            for (ChatSession *session : std::as_const(targets))
                session->send(Protocol::CitizenStatus { ChatStatus::Waiting, {}, false });
            break;
        case EventKind::ConversationClosed:
            for (ChatSession *session : std::as_const(targets)) {
                session->send(Protocol::CitizenStatus { ChatStatus::Closed, {}, false });
                if (!m_surveyStore.survey(event.conversation))
                    session->send(Protocol::SurveyRequest {});
            }
            break;
        default:
            break;
        }
    }
}

void ChatHub::agentTyping(qint64 conversation, bool active)
{
    for (ChatSession *session : sessionsOf(conversation))
        session->send(Protocol::Typing { 0, active });
}

// ---- ChatSession ------------------------------------------------------------------------

ChatSession::ChatSession(ChatHub &hub, std::unique_ptr<QWebSocket> socket, QString address)
    : m_hub(hub)
    , m_socket(std::move(socket))
    , m_address(std::move(address))
    , m_tokens(kBurst)
{
    m_refill.start();
    m_lastReceived.start();
    m_socket->setMaxAllowedIncomingFrameSize(quint64(2 * Protocol::kMaxCitizenFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(2 * Protocol::kMaxCitizenFrameBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &ChatSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this] { sendError(ErrorCode::MalformedJson, u"text frames only"_s); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] { Q_EMIT closed(this); });
    auto *idle = new QTimer(this);
    idle->setInterval(60000);
    connect(idle, &QTimer::timeout, this, [this] {
        if (m_lastReceived.elapsed() > kIdleTimeoutMs)
            m_socket->close(QWebSocketProtocol::CloseCodeNormal, u"idle"_s);
    });
    idle->start();
}

ChatSession::~ChatSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ChatSession::send(const Protocol::CitizenFrame &frame)
{
    if (m_socket->bytesToWrite() > 4 * 1024 * 1024) {
        m_socket->abort();
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(Protocol::encode(frame)));
}

void ChatSession::push(const Protocol::CitizenMessage &message)
{
    if (!m_ready || message.seq <= m_lastSeq)
        return;
    m_lastSeq = message.seq;
    send(message);
}

void ChatSession::sendError(ErrorCode code, const QString &message, const QString &field)
{
    send(Protocol::ErrorFrame { code, message, field, false });
}

bool ChatSession::takeToken()
{
    m_tokens = std::min(kBurst, m_tokens + m_refill.restart() * kFramesPerSecond / 1000.0);
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

void ChatSession::onText(const QString &text)
{
    m_lastReceived.restart();
    if (!takeToken()) {
        if (++m_violations > kMaxViolations)
            m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"too many messages"_s);
        else
            sendError(ErrorCode::RateLimited, u"too many messages: wait a moment"_s);
        return;
    }
    auto decoded = Protocol::decodeCitizenFrame(text.toUtf8());
    if (!decoded) {
        if (++m_violations > kMaxViolations)
            m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"malformed frames"_s);
        else
            sendError(decoded.error().code, decoded.error().message, decoded.error().field);
        return;
    }
    using namespace Protocol;
    const CitizenFrame &frame = *decoded;
    // Whatever follows a message sees it recorded, as it would without the group commit.
    if (!std::holds_alternative<CitizenSay>(frame))
        m_hub.settle(this);
    if (const auto *ping = std::get_if<Ping>(&frame)) {
        send(Pong { ping->nonce });
    } else if (const auto *hello = std::get_if<CitizenHello>(&frame)) {
        handleHello(*hello);
    } else if (!m_ready) {
        sendError(ErrorCode::InvalidState, u"say hello first"_s);
    } else if (const auto *say = std::get_if<CitizenSay>(&frame)) {
        handleSay(*say);
    } else if (const auto *typing = std::get_if<Typing>(&frame)) {
        if (m_conversation)
            Q_EMIT m_hub.citizenTyping(m_conversation, typing->active);
    } else if (const auto *answer = std::get_if<SurveyAnswer>(&frame)) {
        handleSurvey(*answer);
    } else if (!std::holds_alternative<Pong>(frame)) {
        sendError(ErrorCode::InvalidState, u"unexpected frame"_s);
    }
}

void ChatSession::welcome(const QString &reference, ChatStatus status, bool emergency)
{
    send(Protocol::CitizenWelcome { m_token, reference, m_lang, status, emergency });
}

void ChatSession::handleHello(const Protocol::CitizenHello &hello)
{
    if (hello.protocol < Protocol::kMinVersion) {
        sendError(ErrorCode::UnsupportedVersion, u"please reload the page"_s);
        return;
    }
    m_lang = hello.lang;
    m_name = hello.name.simplified().left(Protocol::kMaxNameChars);
    if (!hello.session.isEmpty()) {
        const quint64 outages = m_hub.database().outages();
        const auto c =
            m_hub.conversationStore().conversationByAccess(Secrets::tokenDigest(hello.session));
        if (!c && m_hub.database().outages() != outages) {
            // Not "unknown": unanswered. The page says hello again and keeps its session.
            sendError(ErrorCode::Unavailable, u"the service is briefly unavailable: try again"_s);
            return;
        }
        if (c && c->channel == Channel::WebChat) {
            m_token = hello.session;
            m_hub.bind(this, m_conversation, c->id);
            m_conversation = c->id;
            m_lang = c->lang;
            m_ready = true;
            m_lastSeq = hello.after;
            welcome(c->reference, statusOf(*c), c->emergency);
            const auto missed = m_hub.messagesAfter(c->id, hello.after);
            for (const auto &message : missed)
                push(message);
            m_hub.markDelivered(c->id, missed);
            if (c->state == ConversationState::Closed && !m_hub.surveyStore().survey(c->id))
                send(Protocol::SurveyRequest {});
            return;
        }
        // An unknown or expired session: start afresh rather than fail.
    }
    m_token = Secrets::newToken();
    m_hub.bind(this, m_conversation, 0);
    m_conversation = 0;
    m_ready = true;
    welcome({}, ChatStatus::Waiting);
}

void ChatSession::handleSay(const Protocol::CitizenSay &say)
{
    m_hub.submit(this, say);
}

ConversationService::Incoming ChatSession::incoming(const Protocol::CitizenSay &say) const
{
    ConversationService::Incoming in;
    in.channel = Channel::WebChat;
    in.lang = m_lang;
    in.citizen = m_name;
    in.text = say.text;
    in.messageId = say.id;
    in.conversation = m_conversation;
    if (!m_conversation)
        in.accessDigest = Secrets::tokenDigest(m_token);
    return in;
}

void ChatSession::recorded(const Protocol::CitizenSay &say,
                           const Result<ConversationService::Received> &received)
{
    if (!received) {
        send(Protocol::Ack { say.id,
                             false,
                             {},
                             received.error().code,
                             u"your message could not be recorded, please send it again"_s });
        return;
    }
    if (received->duplicate && received->conversation.id != m_conversation) {
        send(Protocol::Ack { say.id, false, {}, ErrorCode::InvalidValue, u"invalid message id"_s });
        return;
    }
    const bool opened = m_conversation == 0;
    m_hub.bind(this, m_conversation, received->conversation.id);
    m_conversation = received->conversation.id;
    send(Protocol::Ack {
        say.id, true, { { u"seq"_s, received->message.seq } }, ErrorCode::Internal, {} });
    if (opened)
        welcome(received->conversation.reference, statusOf(received->conversation),
                received->conversation.emergency);
    else if (received->conversation.emergency)
        send(Protocol::CitizenStatus { statusOf(received->conversation), {}, true });
    push(Protocol::CitizenMessage { received->message.seq,
                                    received->message.id,
                                    Author::Citizen,
                                    {},
                                    received->message.text,
                                    received->message.at });
    // The notices written with it (the 17 / 112 notice): a new chat was not bound
    // to its conversation when their events were read.
    for (const MessageRecord &notice : received->notices)
        push(Protocol::CitizenMessage {
            notice.seq, notice.id, Author::System, {}, notice.text, notice.at });
}

void ChatSession::cut(const QString &reason)
{
    m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
}

void ChatSession::handleSurvey(const Protocol::SurveyAnswer &answer)
{
    if (!m_conversation) {
        send(Protocol::Ack {
            answer.id, false, {}, ErrorCode::InvalidState, u"no conversation yet"_s });
        return;
    }
    auto recorded = m_hub.service().recordSurvey(m_conversation, answer.rating, answer.comment);
    if (!recorded)
        send(Protocol::Ack {
            answer.id, false, {}, recorded.error().code, recorded.error().message });
    else
        send(Protocol::Ack {
            answer.id, true, { { u"recorded"_s, *recorded } }, ErrorCode::Internal, {} });
}

} // namespace Guichet::Server
