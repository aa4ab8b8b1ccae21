#pragma once

// Test support: a TCP proxy between clients and the server that cuts, stalls
// and delays the link on demand, for the fault tests.

#include <QElapsedTimer>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <memory>

namespace Guichet::Test {

class FaultyProxy : public QObject
{
    Q_OBJECT

public:
    explicit FaultyProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultyProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    //! Drop every open connection now (both ends see a reset).
    void cutAll();
    //! Hold all traffic for @p ms, then let it flow again.
    void stall(int ms);
    //! Add @p ms of latency to each chunk from now on (bytes keep their order).
    void setDelay(int ms) { m_delayMs = ms; }
    //! Refuse new connections (the server "is down" from the client's view).
    void setRefusing(bool refusing) { m_refusing = refusing; }
    int connectionCount() const { return int(m_pairs.size()); }
    //! Bytes read and held back by the delay, not yet written on.
    qint64 heldBytes() const;
    int cuts() const { return m_cuts; }

private:
    struct Pair;
    enum class Direction { ToServer, ToClient };
    Pair *find(quint64 id) const;
    void onNewConnection();
    void forward(quint64 id, Direction direction);
    void flush(quint64 id, Direction direction);
    void drop(quint64 id);

    QTcpServer m_server;
    quint16 m_target;
    // Pairs are named by a never reused id, not by address: a delayed chunk or a
    // queued signal may outlive its pair, and a new pair may get the same address.
    std::vector<std::unique_ptr<Pair>> m_pairs;
    quint64 m_nextId = 1;
    QElapsedTimer m_clock;
    bool m_stalled = false;
    bool m_refusing = false;
    int m_delayMs = 0;
    int m_cuts = 0;
    QTimer m_unstall;
};

} // namespace Guichet::Test
