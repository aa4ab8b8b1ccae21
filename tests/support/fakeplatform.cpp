#include "fakeplatform.h"

#include "frameclients.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>

namespace Guichet::Test {

FakePlatform::FakePlatform()
{
    m_responder = [](const RecordedRequest &) {
        return Answer { 200, QByteArray("{}") };
    };
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool FakePlatform::start(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port ? port : m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void FakePlatform::stop()
{
    m_server.close();
}

QString FakePlatform::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

bool FakePlatform::waitForRequests(int count, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_requests.size() < count && timer.elapsed() < timeoutMs)
        pumpEvents(50);
    return m_requests.size() >= count;
}

void FakePlatform::serve(QTcpSocket *socket)
{
    // Requests are small: wait for the headers and the announced body.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    RecordedRequest request;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return;
    request.body = buffer.mid(end + 4, length);
    socket->setProperty("buffer", buffer.mid(end + 4 + length));
    m_requests.append(request);
    const Answer answer = m_responder(request);
    QByteArray extra;
    for (const auto &[name, value] : answer.headers)
        extra += name + ": " + value + "\r\n";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status)
        + " X\r\n"
          "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(answer.body.size()) + "\r\n" + extra + "Connection: close\r\n\r\n"
        + answer.body;
    socket->write(response);
    socket->disconnectFromHost();
}

HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers)
{
    static QNetworkAccessManager network;
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QPointer<QNetworkReply> reply = network.sendCustomRequest(request, method, body);
    QElapsedTimer timer;
    timer.start();
    while (reply && !reply->isFinished() && timer.elapsed() < 15000)
        pumpEvents(20);
    HttpResult result;
    if (!reply || !reply->isFinished())
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

} // namespace Guichet::Test
