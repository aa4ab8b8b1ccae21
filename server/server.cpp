#include "server.h"

#include <QDir>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

Server::Server(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

Server::~Server() = default;

Result<quint16> Server::start()
{
    if (!QDir().mkpath(m_options.dataDir))
        return makeError(ErrorCode::StorageError,
                         tr("cannot create the data folder %1").arg(m_options.dataDir));
    m_http = std::make_unique<QHttpServer>();
    m_http->route(u"/healthz"_s, [] {
        return QHttpServerResponse(QJsonObject{{u"status"_s, u"ok"_s}});
    });
    auto *tcp = new QTcpServer(m_http.get());
    if (!tcp->listen(m_options.address, m_options.port)) {
        return makeError(ErrorCode::Unavailable,
                         tr("cannot listen on %1:%2: %3")
                             .arg(m_options.address.toString())
                             .arg(m_options.port)
                             .arg(tcp->errorString()));
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    return m_port;
}

QString Server::url() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + m_options.address.toString() + u']'
        : m_options.address.toString();
    const QString scheme = m_options.tlsCertificate.isEmpty() ? u"http"_s : u"https"_s;
    return scheme + u"://"_s + host + u':' + QString::number(m_port);
}

} // namespace Guichet::Server
