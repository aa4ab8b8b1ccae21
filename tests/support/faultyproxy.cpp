#include "faultyproxy.h"

namespace Guichet::Test {

struct FaultyProxy::Pair
{
    std::unique_ptr<QTcpSocket> client;
    std::unique_ptr<QTcpSocket> server;
};

FaultyProxy::FaultyProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultyProxy::onNewConnection);
    m_unstall.setSingleShot(true);
    connect(&m_unstall, &QTimer::timeout, this, [this] {
        m_stalled = false;
        for (const auto &pair : m_pairs) {
            forward(pair.get(), pair->client.get(), pair->server.get());
            forward(pair.get(), pair->server.get(), pair->client.get());
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

void FaultyProxy::onNewConnection()
{
    while (QTcpSocket *incoming = m_server.nextPendingConnection()) {
        if (m_refusing) {
            incoming->abort();
            incoming->deleteLater();
            continue;
        }
        auto pair = std::make_unique<Pair>();
        pair->client.reset(incoming);
        pair->client->setParent(nullptr);
        pair->server = std::make_unique<QTcpSocket>();
        Pair *raw = pair.get();
        connect(raw->client.get(), &QTcpSocket::readyRead, this,
                [this, raw] { forward(raw, raw->client.get(), raw->server.get()); });
        connect(raw->server.get(), &QTcpSocket::readyRead, this,
                [this, raw] { forward(raw, raw->server.get(), raw->client.get()); });
        connect(raw->server.get(), &QTcpSocket::connected, this,
                [this, raw] { forward(raw, raw->client.get(), raw->server.get()); });
        connect(raw->client.get(), &QTcpSocket::disconnected, this, [this, raw] { drop(raw); });
        connect(raw->server.get(), &QTcpSocket::disconnected, this, [this, raw] { drop(raw); });
        connect(raw->server.get(), &QTcpSocket::errorOccurred, this, [this, raw] { drop(raw); });
        raw->server->connectToHost(QHostAddress::LocalHost, m_target);
        m_pairs.push_back(std::move(pair));
    }
}

void FaultyProxy::forward(Pair *pair, QTcpSocket *from, QTcpSocket *to)
{
    if (m_stalled || to->state() != QAbstractSocket::ConnectedState)
        return; // stays buffered in `from` until released
    const QByteArray data = from->readAll();
    if (data.isEmpty())
        return;
    if (m_delayMs <= 0) {
        to->write(data);
        return;
    }
    QTimer::singleShot(m_delayMs, this, [this, pair, to, data] {
        // The pair may have been cut meanwhile.
        for (const auto &p : m_pairs) {
            if (p.get() == pair && to->state() == QAbstractSocket::ConnectedState)
                to->write(data);
        }
    });
}

void FaultyProxy::drop(Pair *pair)
{
    const auto it = std::find_if(m_pairs.begin(), m_pairs.end(),
                                 [pair](const auto &p) { return p.get() == pair; });
    if (it == m_pairs.end())
        return;
    std::unique_ptr<Pair> owned = std::move(*it);
    m_pairs.erase(it);
    owned->client->disconnect(this);
    owned->server->disconnect(this);
    owned->client->abort();
    owned->server->abort();
    // Deleted later: this may run inside one of their signals.
    owned->client.release()->deleteLater();
    owned->server.release()->deleteLater();
}

void FaultyProxy::cutAll()
{
    ++m_cuts;
    while (!m_pairs.empty())
        drop(m_pairs.front().get());
}

void FaultyProxy::stall(int ms)
{
    m_stalled = true;
    m_unstall.start(ms);
}

} // namespace Guichet::Test
