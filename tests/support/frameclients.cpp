#include "frameclients.h"

#include "protocol/uuid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

namespace Guichet::Test {

void pumpEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    // Quit as soon as something was processed, so callers re-check promptly.
    QTimer::singleShot(0, &loop, [&loop] {
        loop.processEvents(QEventLoop::WaitForMoreEvents);
        loop.quit();
    });
    loop.exec();
}

WsClient::WsClient()
{
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { m_texts.push_back(text.toUtf8()); });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
}

bool WsClient::open(const QUrl &url, int timeoutMs)
{
    m_closed = false;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    QNetworkRequest request(url);
    if (!m_forwardedFor.isEmpty())
        request.setRawHeader("X-Forwarded-For", m_forwardedFor.toLatin1());
    m_socket.open(request);
    loop.exec();
    disconnect(&m_socket, nullptr, &loop, nullptr);
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void WsClient::close()
{
    m_socket.close();
}

bool WsClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState && !m_closed;
}

void WsClient::sendText(const QByteArray &text)
{
    m_socket.sendTextMessage(QString::fromUtf8(text));
}

std::optional<QWebSocketProtocol::CloseCode> WsClient::waitClosed(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!m_closed && timer.elapsed() < timeoutMs)
        pumpEvents(int(std::min<qint64>(20, timeoutMs - timer.elapsed() + 1)));
    if (!m_closed)
        return std::nullopt;
    return m_socket.closeCode();
}

std::optional<QByteArray> WsClient::waitText(const std::function<bool(const QByteArray &)> &take,
                                             int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        for (auto it = m_texts.begin(); it != m_texts.end(); ++it) {
            if (take(*it)) {
                QByteArray text = *it;
                m_texts.erase(it);
                return text;
            }
        }
        // A closed socket gets no more frames: a long wait for one that will not
        // come (the bounds are generous for loaded machines) ends now.
        if (timer.elapsed() >= timeoutMs || m_closed)
            return std::nullopt;
        pumpEvents(int(std::min<qint64>(20, timeoutMs - timer.elapsed() + 1)));
    }
}

AgentClient::AgentClient()
{
    m_keepAlive.setInterval(20000);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (isConnected())
            send(Protocol::Ping { 0 });
    });
}

std::optional<Protocol::Welcome> AgentClient::connectAndLogin(const QUrl &url, const QString &login,
                                                              const QString &password)
{
    if (!open(url))
        return std::nullopt;
    send(Protocol::Hello { Protocol::kVersion, QStringLiteral("tests") });
    if (!next<Protocol::Hello>())
        return std::nullopt;
    send(Protocol::Login { login, password, {} });
    auto welcome = next<Protocol::Welcome>(10000);
    if (welcome)
        m_keepAlive.start();
    return welcome;
}

Protocol::Ack AgentClient::claim(qint64 conversation, const QString &id)
{
    const QString commandId = id.isEmpty() ? newUuid() : id;
    send(Protocol::Claim { commandId, conversation });
    const auto ack =
        next<Protocol::Ack>(10000, [&](const Protocol::Ack &a) { return a.id == commandId; });
    return ack.value_or(
        Protocol::Ack { commandId, false, {}, ErrorCode::Timeout, QStringLiteral("no ack") });
}

Protocol::Ack AgentClient::command(CommandOp op, qint64 conversation, const QJsonObject &args,
                                   const QString &id)
{
    const QString commandId = id.isEmpty() ? newUuid() : id;
    send(Protocol::Command { commandId, op, conversation, args });
    const auto ack =
        next<Protocol::Ack>(10000, [&](const Protocol::Ack &a) { return a.id == commandId; });
    return ack.value_or(
        Protocol::Ack { commandId, false, {}, ErrorCode::Timeout, QStringLiteral("no ack") });
}

QList<Protocol::Event> AgentClient::syncAll(qint64 after, int limit, qint64 *last)
{
    QList<Protocol::Event> events;
    qint64 cursor = after;
    for (;;) {
        send(Protocol::Sync { cursor, limit });
        const auto synced = next<Protocol::Synced>(10000);
        if (!synced)
            break;
        // Every event of the batch arrived before its "synced".
        while (auto event = next<Protocol::Event>(0, [&](const Protocol::Event &e) {
                   return e.seq > cursor && e.seq <= synced->last;
               })) {
            events.append(*event);
        }
        cursor = synced->last;
        if (!synced->more)
            break;
    }
    // A session already live also gets these events pushed: keep one copy.
    std::sort(events.begin(), events.end(),
              [](const auto &a, const auto &b) { return a.seq < b.seq; });
    events.erase(std::unique(events.begin(), events.end(),
                             [](const auto &a, const auto &b) { return a.seq == b.seq; }),
                 events.end());
    if (last)
        *last = cursor;
    return events;
}

std::optional<Protocol::Event> AgentClient::nextEvent(EventKind kind, qint64 conversation,
                                                      int timeoutMs)
{
    return next<Protocol::Event>(timeoutMs, [&](const Protocol::Event &e) {
        return e.kind == kind && (conversation == 0 || e.conversation == conversation);
    });
}

std::optional<Protocol::CitizenWelcome>
CitizenClient::connectAndHello(const QUrl &url, Language lang, const QString &session, qint64 after,
                               const QString &name)
{
    if (!open(url))
        return std::nullopt;
    send(Protocol::CitizenHello { Protocol::kVersion, lang, session, after, name });
    return next<Protocol::CitizenWelcome>();
}

std::optional<Protocol::Ack> CitizenClient::say(const QString &text, const QString &id)
{
    const QString messageId = id.isEmpty() ? newUuid() : id;
    send(Protocol::CitizenSay { messageId, text });
    return next<Protocol::Ack>(10000, [&](const Protocol::Ack &a) { return a.id == messageId; });
}

} // namespace Guichet::Test
