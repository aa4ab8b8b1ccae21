// The reference for the load benchmark: a minimal WebSocket relay. Agents
// connect to /agent?id=N, citizens to /chat?agent=N; every text a citizen sends
// goes as is to its agent. No storage, no protocol: what the network stack and
// Qt WebSockets cost alone, measured in the same run as guichet-server, on the
// same event dispatcher.
#include "server/core/epolldispatcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new Guichet::Server::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QWebSocketServer server(QStringLiteral("relay"), QWebSocketServer::NonSecureMode);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    QHash<int, QWebSocket *> agents;
    QObject::connect(&server, &QWebSocketServer::newConnection, [&] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            const QUrl url = socket->requestUrl();
            const QUrlQuery query(url);
            QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            if (url.path() == QStringLiteral("/agent")) {
                const int id = query.queryItemValue(QStringLiteral("id")).toInt();
                agents.insert(id, socket);
                QObject::connect(socket, &QObject::destroyed, [&agents, id] { agents.remove(id); });
            } else {
                const int agent = query.queryItemValue(QStringLiteral("agent")).toInt();
                QObject::connect(socket, &QWebSocket::textMessageReceived,
                                 [&agents, agent](const QString &text) {
                                     if (QWebSocket *target = agents.value(agent))
                                         target->sendTextMessage(text);
                                 });
            }
        }
    });
    std::printf("listening on ws://127.0.0.1:%d\n", server.serverPort());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
