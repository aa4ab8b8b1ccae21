#include "faultyproxy.h"

#include <algorithm>

namespace Guichet::Test {

namespace {

struct Chunk
{
    qint64 due; //!< m_clock time at which it may be written
    QByteArray data;
};

} // namespace

struct FaultyProxy::Pair
{
    quint64 id = 0;
    std::unique_ptr<QTcpSocket> client;
    std::unique_ptr<QTcpSocket> server;
    // Delayed bytes in flight, oldest first: a later chunk never overtakes an
    // earlier one, even when the delay changes (TCP keeps order; so must we).
    std::deque<Chunk> toServer;
    std::deque<Chunk> toClient;
};

FaultyProxy::FaultyProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FaultyProxy::onNewConnection);
    m_unstall.setSingleShot(true);
    connect(&m_unstall, &QTimer::timeout, this, [this] {
        m_stalled = false;
        // Ids, not pairs: forwarding may drop a pair and change m_pairs.
        std::vector<quint64> ids;
        for (const auto &pair : m_pairs)
            ids.push_back(pair->id);
        for (const quint64 id : ids) {
            forward(id, Direction::ToServer);
            forward(id, Direction::ToClient);
        }
    });
}

FaultyProxy::~FaultyProxy()
{
    for (const auto &pair : m_pairs) {
        pair->client->disconnect(this);
        pair->server->disconnect(this);
    }
}

bool FaultyProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

FaultyProxy::Pair *FaultyProxy::find(quint64 id) const
{
    const auto it =
        std::find_if(m_pairs.begin(), m_pairs.end(), [id](const auto &p) { return p->id == id; });
    return it == m_pairs.end() ? nullptr : it->get();
}

qint64 FaultyProxy::heldBytes() const
{
    qint64 bytes = 0;
    for (const auto &pair : m_pairs) {
        for (const auto *queue : { &pair->toServer, &pair->toClient }) {
            for (const auto &chunk : *queue)
                bytes += chunk.data.size();
        }
    }
    return bytes;
}

void FaultyProxy::onNewConnection()
{
    while (QTcpSocket *incoming = m_server.nextPendingConnection()) {
        if (m_refusing) {
            incoming->abort();
            incoming->deleteLater();
            continue;
        }
        auto pair = std::make_unique<Pair>();
        const quint64 id = m_nextId++;
        pair->id = id;
        pair->client.reset(incoming);
        pair->client->setParent(nullptr);
        pair->server = std::make_unique<QTcpSocket>();
        QTcpSocket *client = pair->client.get();
        QTcpSocket *server = pair->server.get();
        connect(client, &QTcpSocket::readyRead, this,
                [this, id] { forward(id, Direction::ToServer); });
        connect(server, &QTcpSocket::readyRead, this,
                [this, id] { forward(id, Direction::ToClient); });
        connect(server, &QTcpSocket::connected, this,
                [this, id] { forward(id, Direction::ToServer); });
        connect(client, &QTcpSocket::disconnected, this, [this, id] { drop(id); });
        connect(server, &QTcpSocket::disconnected, this, [this, id] { drop(id); });
        connect(server, &QTcpSocket::errorOccurred, this, [this, id] { drop(id); });
        m_pairs.push_back(std::move(pair));
        server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FaultyProxy::forward(quint64 id, Direction direction)
{
    Pair *pair = find(id);
    if (!pair)
        return; // cut meanwhile
    QTcpSocket *from = direction == Direction::ToServer ? pair->client.get() : pair->server.get();
    QTcpSocket *to = direction == Direction::ToServer ? pair->server.get() : pair->client.get();
    if (m_stalled || to->state() != QAbstractSocket::ConnectedState)
        return; // stays buffered in `from` until released
    QByteArray data = from->readAll();
    if (!data.isEmpty()) {
        auto &queue = direction == Direction::ToServer ? pair->toServer : pair->toClient;
        queue.push_back({ m_clock.elapsed() + std::max(0, m_delayMs), std::move(data) });
    }
    flush(id, direction);
}

void FaultyProxy::flush(quint64 id, Direction direction)
{
    Pair *pair = find(id);
    if (!pair || m_stalled)
        return; // cut: the bytes in flight go with the link; stalled: the unstall flushes
    QTcpSocket *to = direction == Direction::ToServer ? pair->server.get() : pair->client.get();
    auto &queue = direction == Direction::ToServer ? pair->toServer : pair->toClient;
    const qint64 now = m_clock.elapsed();
    while (!queue.empty() && queue.front().due <= now) {
        to->write(queue.front().data);
        queue.pop_front();
    }
    if (!queue.empty()) {
        // Looked up again by id when it fires: the pair may be gone by then.
        QTimer::singleShot(int(queue.front().due - now), this,
                           [this, id, direction] { flush(id, direction); });
    }
}

void FaultyProxy::drop(quint64 id)
{
    const auto it =
        std::find_if(m_pairs.begin(), m_pairs.end(), [id](const auto &p) { return p->id == id; });
    if (it == m_pairs.end())
        return;
    std::unique_ptr<Pair> owned = std::move(*it);
    m_pairs.erase(it);
    for (QTcpSocket *socket : { owned->client.get(), owned->server.get() }) {
        socket->disconnect(this);
        socket->abort();
        // Deleted later, as this may run inside one of its signals; owned by the
        // proxy meanwhile so that none outlives it.
        socket->setParent(this);
        socket->deleteLater();
    }
    owned->client.release();
    owned->server.release();
}

void FaultyProxy::cutAll()
{
    ++m_cuts;
    while (!m_pairs.empty())
        drop(m_pairs.front()->id);
}

void FaultyProxy::stall(int ms)
{
    m_stalled = true;
    m_unstall.start(ms);
}

} // namespace Guichet::Test
