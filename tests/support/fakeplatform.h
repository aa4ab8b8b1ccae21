#pragma once

// Test support for the channel tests: a fake platform API (Meta's Send API, the
// X API) in the test process, and a blocking HTTP client for the webhooks.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace Guichet::Test {

//! A request the fake platform received.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; //!< path and query, as sent
    QHash<QByteArray, QByteArray> headers; //!< names in lower case
    QByteArray body;
    QUrl url() const
    {
        return QUrl(QString::fromLatin1("http://fake") + QString::fromLatin1(target));
    }
};

//! A tiny HTTP/1.1 server on loopback that records requests and answers them
//! with what the test decides (by default 200 and a canned body).
class FakePlatform : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers = {}; //!< beyond Content-Type and Length
    };
    using Responder = std::function<Answer(const RecordedRequest &)>;

    FakePlatform();
    //! Listen on @p port (0: any); false when it cannot.
    bool start(quint16 port = 0);
    //! Stop listening: the platform is down (connections refused).
    void stop();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    QList<RecordedRequest> requests() const { return m_requests; }
    void clear() { m_requests.clear(); }
    //! Wait until @p count requests have arrived (or @p timeoutMs).
    bool waitForRequests(int count, int timeoutMs = 10000);

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    quint16 m_port = 0;
    Responder m_responder;
    QList<RecordedRequest> m_requests;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
};

//! One HTTP request to the server under test, synchronously.
HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});

//! HMAC-SHA256, computed here independently of the server's code.
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);

} // namespace Guichet::Test
