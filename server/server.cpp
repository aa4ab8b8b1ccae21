#include "server.h"

#include "demo.h"
#include "protocol/logging.h"
#include "server/agents/agenthub.h"
#include "server/channels/channels.h"
#include "server/channels/webchat/chathub.h"
#include "server/conversations/conversationservice.h"
#include "server/conversations/redirects.h"
#include "server/core/secrets.h"
#include "server/core/serverlogging.h"
#include "server/core/systemdnotify.h"
#include "server/http/limitedtcpserver.h"
#include "server/storage/eventfeed.h"
#include "server/storage/storage.h"
#include "server/wiring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

Server::Server(ServerOptions options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{ }

Server::~Server()
{
    // Sessions before the hub's storage, the HTTP server before the sockets.
    m_demo.reset();
    m_channels.reset();
    m_chat.reset();
    m_hub.reset();
    m_http.reset();
    m_service.reset();
    m_storage.reset();
}

Result<quint16> Server::start()
{
    if (!QDir().mkpath(m_options.dataDir))
        return makeError(ErrorCode::StorageError,
                         tr("cannot create the data folder %1").arg(m_options.dataDir));
    // Folders and files an older version left readable by all (0755, 0644).
    QFile::setPermissions(m_options.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    for (const QFileInfo &file : QDir(m_options.dataDir).entryInfoList(QDir::Files | QDir::Hidden))
        QFile::setPermissions(file.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto storage = Storage::open(m_options, QStringLiteral("guichet"), m_clock);
    if (!storage)
        return storage.error();
    m_storage = std::move(*storage);
    m_storage->database().startCheckpointer();
    // What `systemctl status` shows while PostgreSQL is away.
    connect(&m_storage->database(), &Database::availabilityChanged, this, [this](bool available) {
        notifySystemd(available ? "STATUS=listening on " + url().toUtf8()
                                : QByteArrayLiteral("STATUS=database unreachable: reconnecting"));
    });

    // One redaction key for every instance on this database, so log tags of a
    // citizen match across instances and restarts.
    QString key = m_storage->settingsStore().setting(u"redaction_key"_s).value_or(QString());
    if (key.isEmpty()) {
        QByteArray random(32, Qt::Uninitialized);
        for (char &byte : random)
            byte = char(QRandomGenerator::system()->bounded(256));
        key = QString::fromLatin1(random.toBase64());
        (void)m_storage->database().transaction(
            [&] { return m_storage->settingsStore().setSetting(u"redaction_key"_s, key); });
        key = m_storage->settingsStore().setting(u"redaction_key"_s).value_or(key);
    }
    setRedactionKey(QByteArray::fromBase64(key.toLatin1()));
    // The built-in redirect definitions until an admin imports others.
    if (auto seeded =
            Redirects::seed(m_storage->settingsStore(), m_storage->eventLog(), m_clock.nowMs());
        !seeded)
        return seeded.error();

    const RoutingSettings routing =
        RoutingSettings::fromJson(m_options.config.value(u"routing"_s).toObject());
    m_service = std::make_unique<ConversationService>(serviceStores(*m_storage), routing, m_clock);
    m_feed = std::make_unique<EventFeed>(m_storage->eventLog());
    m_hub = std::make_unique<AgentHub>(m_storage->database(), m_storage->agentStore(),
                                       m_storage->conversationStore(), m_storage->eventLog(),
                                       *m_service, *m_feed, m_clock);
    {
        const QJsonObject limitsSection = m_options.config.value(u"limits"_s).toObject();
        AgentHub::Limits agentLimits;
        agentLimits.trustedProxies = trustedProxies();
        agentLimits.loginTimeoutMs = std::max(
            1000, limitsSection.value(u"loginTimeoutMs"_s).toInt(agentLimits.loginTimeoutMs));
        agentLimits.unauthenticatedPerAddress =
            std::max(1,
                     limitsSection.value(u"unauthenticatedPerAddress"_s)
                         .toInt(agentLimits.unauthenticatedPerAddress));
        m_hub->setLimits(std::move(agentLimits));
    }
    ChatHub::Limits chatLimits;
    const QJsonObject limitsSection = m_options.config.value(u"limits"_s).toObject();
    chatLimits.connectionsPerAddress =
        limitsSection.value(u"chatConnectionsPerAddress"_s).toInt(chatLimits.connectionsPerAddress);
    chatLimits.trustedProxies = trustedProxies();
    m_chat = std::make_unique<ChatHub>(m_storage->database(), m_storage->conversationStore(),
                                       m_storage->surveyStore(), *m_service, *m_feed, chatLimits);
    connect(m_hub.get(), &AgentHub::typingFromAgent, m_chat.get(), &ChatHub::agentTyping);
    connect(m_chat.get(), &ChatHub::citizenTyping, m_hub.get(), &AgentHub::citizenTyping);
    Channels::ChannelSettings channelSettings =
        Channels::ChannelSettings::load(m_options.config, m_options.dataDir);
    channelSettings.demo = m_options.demo;
    if (m_options.demo) {
        // Before the channels read their settings: the demo's own platform secrets.
        m_demo = std::make_unique<Demo>(m_storage->database(), m_storage->agentStore(),
                                        m_storage->faqStore(), m_storage->eventLog(), *m_service,
                                        m_clock, m_options.demoRate);
        if (auto configured = m_demo->configureChannels(channelSettings); !configured)
            return configured.error();
    }
    // The workstations warn before sending with the rules this server applies.
    m_hub->setChannelRules(
        { channelSettings.messenger.windowMs, channelSettings.messenger.humanAgentTag,
          channelSettings.messenger.humanAgentWindowMs, channelSettings.twitter.replyWindowMs,
          channelSettings.twitter.maxRepliesPerWindow });
    m_channels = std::make_unique<Channels::Channels>(channelStores(*m_storage), *m_service,
                                                      *m_feed, std::move(channelSettings), m_clock);
    m_chat->setSilenceCheck([channels = m_channels.get()](qint64 conversation) {
        return channels->chatSilenced(conversation);
    });
    // One intake for every channel: the web chat's messages are triaged there too.
    m_chat->setIntake(&m_channels->intake());
    connect(m_channels.get(), &Channels::Channels::citizenTyping, m_hub.get(),
            &AgentHub::citizenTyping);
    connect(m_hub.get(), &AgentHub::typingFromAgent, m_channels.get(),
            &Channels::Channels::agentTyping);
    m_tick.setInterval(int(routing.tickInterval));
    connect(&m_tick, &QTimer::timeout, m_service.get(), &ConversationService::tick);
    m_tick.start();

    if (m_demo) {
        if (auto seeded = m_demo->seed(); !seeded)
            return seeded.error();
    }

    LimitedTcpServer::Limits limits;
    const QJsonObject limitsConfig = m_options.config.value(u"limits"_s).toObject();
    limits.maxConnections = limitsConfig.value(u"maxConnections"_s).toInt(limits.maxConnections);
    limits.maxHeaderBytes = limitsConfig.value(u"maxHeaderBytes"_s).toInt(limits.maxHeaderBytes);
    limits.maxBodyBytes = limitsConfig.value(u"maxBodyBytes"_s).toInteger(limits.maxBodyBytes);
    limits.idleTimeoutMs = limitsConfig.value(u"idleTimeoutMs"_s).toInt(limits.idleTimeoutMs);
    limits.requestTimeoutMs =
        limitsConfig.value(u"requestTimeoutMs"_s).toInt(limits.requestTimeoutMs);
    limits.maxConnectionsPerAddress =
        limitsConfig.value(u"maxConnectionsPerAddress"_s).toInt(limits.maxConnectionsPerAddress);
    limits.webSocketPaths = { "/agent", "/chat" };
    limits.trustedProxies = trustedProxies();

    m_http = std::make_unique<QHttpServer>();
    setupRoutes();
    m_tcp = new LimitedTcpServer(limits, m_http.get());
    if (!m_options.tlsCertificate.isEmpty()) {
        QFile certFile(m_options.tlsCertificate);
        QFile keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, tr("cannot read the TLS certificate or key"));
        const QList<QSslCertificate> chain =
            QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull())
            privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || privateKey.isNull())
            return makeError(ErrorCode::InvalidValue,
                             tr("the TLS certificate or key is not valid PEM (RSA or EC)"));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(privateKey);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        m_tcp->setTlsConfiguration(tls);
    }
    if (!m_tcp->listen(m_options.address, m_options.port)) {
        return makeError(ErrorCode::Unavailable,
                         tr("cannot listen on %1:%2: %3")
                             .arg(m_options.address.toString())
                             .arg(m_options.port)
                             .arg(m_tcp->errorString()));
    }
    m_http->bind(m_tcp);
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, &Server::acceptWebSockets);
    m_port = m_tcp->serverPort();
    m_channels->start();
    if (m_demo)
        m_demo->startSimulation(QUrl(url()));
    qCInfo(lcServer).noquote().nospace()
        << "event=started backend="
        << (m_storage->database().backend() == Database::Backend::Postgres ? u"postgresql"_s
                                                                           : u"sqlite"_s)
        << " port=" << m_port;
    return m_port;
}

void Server::setupRoutes()
{
    // Liveness: the process and its event loop answer. A database outage is
    // not a reason to restart the server (it reconnects by itself): /readyz.
    m_http->route(u"/healthz"_s, [this] {
        return QHttpServerResponse(
            QJsonObject { { u"status"_s, u"ok"_s }, { u"head"_s, m_hub->head() } });
    });
    // Readiness, for a load balancer: storage answers (asked at most once a second).
    m_http->route(u"/readyz"_s, [this] {
        QString reason;
        const bool ready = m_storage->database().isReady(&reason);
        QJsonObject body { { u"status"_s, ready ? u"ready"_s : u"unavailable"_s },
                           { u"storage"_s,
                             m_storage->database().backend() == Database::Backend::Postgres
                                 ? u"postgresql"_s
                                 : u"sqlite"_s } };
        if (!ready)
            body.insert(u"reason"_s, reason);
        else if (const QJsonObject platforms = m_channels->platformStatus(); !platforms.isEmpty())
            body.insert(u"platforms"_s, platforms);
        QHttpServerResponse response(body,
                                     ready ? QHttpServerResponse::StatusCode::Ok
                                           : QHttpServerResponse::StatusCode::ServiceUnavailable);
        response.addHeader("Cache-Control", "no-store");
        if (!ready)
            response.addHeader("Retry-After", "2");
        return response;
    });
    m_http->route(u"/metrics"_s, [this](const QHttpServerRequest &request) {
        if (!metricsAllowed(request))
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Forbidden);
        return QHttpServerResponse("text/plain; version=0.0.4", metrics());
    });
    // WebSocket endpoints: Qt HttpServer 6.4 upgrades only requests a route
    // accepted without writing a response; acceptWebSockets() then checks the
    // path again (a route that refused still yields a connection).
    const auto upgradeOnly = [](const QHttpServerRequest &request,
                                QHttpServerResponder &&responder) {
        if (request.value("upgrade").toLower() != "websocket")
            responder.write(QHttpServerResponder::StatusCode::UpgradeRequired);
    };
    m_http->route(u"/agent"_s, upgradeOnly);
    m_http->route(u"/chat"_s, upgradeOnly);
    m_channels->addRoutes(*m_http);
}

QList<QHostAddress> Server::trustedProxies() const
{
    QList<QHostAddress> proxies;
    for (const QJsonValue &proxy : m_options.config.value(u"trustedProxies"_s).toArray())
        proxies.append(QHostAddress(proxy.toString()));
    return proxies;
}

bool Server::metricsAllowed(const QHttpServerRequest &request) const
{
    const QByteArray token = qgetenv("GUICHET_METRICS_TOKEN");
    if (!token.isEmpty()) {
        return Secrets::equalConstantTime(request.value("authorization"), "Bearer " + token);
    }
    // Without a token: only the addresses configured ("metrics": {"allowFrom":
    // [...]}, default 127.0.0.1 and ::1), never a request a proxy forwarded (a
    // reverse proxy on this host connects from loopback on behalf of anyone).
    const QHostAddress peer = request.remoteAddress();
    const auto same = [&peer](const QHostAddress &a) {
        return a.isEqual(peer, QHostAddress::TolerantConversion);
    };
    const QList<QHostAddress> proxies = trustedProxies();
    if (std::any_of(proxies.cbegin(), proxies.cend(), same)
        || !request.value("x-forwarded-for").isEmpty() || !request.value("forwarded").isEmpty()
        || !request.value("x-real-ip").isEmpty())
        return false;
    QList<QHostAddress> allowed;
    const QJsonValue configured =
        m_options.config.value(u"metrics"_s).toObject().value(u"allowFrom"_s);
    if (configured.isArray()) {
        for (const QJsonValue &address : configured.toArray())
            allowed.append(QHostAddress(address.toString()));
    } else {
        allowed = { QHostAddress(QHostAddress::LocalHost),
                    QHostAddress(QHostAddress::LocalHostIPv6) };
    }
    return std::any_of(allowed.cbegin(), allowed.cend(), same);
}

void Server::acceptWebSockets()
{
    while (m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        const QString path = socket->requestUrl().path();
        if (path == u"/agent"_s) {
            m_hub->accept(std::move(socket));
        } else if (path == u"/chat"_s) {
            m_chat->accept(std::move(socket));
        } else {
            qCWarning(lcHttp).noquote().nospace()
                << "event=websocket_refused path=" << path.left(64);
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unknown endpoint"_s);
        }
    }
}

QByteArray Server::metrics()
{
    QByteArray out;
    const auto metric = [&out](const char *name, const char *type, const char *help) {
        out += "# HELP " + QByteArray(name) + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    };
    metric("guichet_connected_agents", "gauge", "Agents with a live connection to this instance.");
    out += "guichet_connected_agents " + QByteArray::number(m_hub->connectedAgents()) + '\n';
    metric("guichet_open_conversations", "gauge", "Open conversations by channel and state.");
    const auto counts = m_storage->figureStore().openCountsByChannelAndState();
    for (const Channel channel : allValues<Channel>()) {
        for (const ConversationState state :
             { ConversationState::Queued, ConversationState::Claimed }) {
            out += "guichet_open_conversations{channel=\"" + wireName(channel).toLatin1()
                + "\",state=\"" + wireName(state).toLatin1() + "\"} "
                + QByteArray::number(counts.value({ wireName(channel), wireName(state) })) + '\n';
        }
    }
    metric("guichet_events_per_second", "gauge", "Events committed per second (last 10 s).");
    out +=
        "guichet_events_per_second " + QByteArray::number(m_hub->eventsPerSecond(), 'f', 1) + '\n';
    metric("guichet_event_log_head", "counter", "Sequence number of the last event.");
    out += "guichet_event_log_head " + QByteArray::number(m_hub->head()) + '\n';
    metric("guichet_send_queue_depth", "gauge", "Agent replies waiting for delivery, by channel.");
    const auto pending = m_storage->figureStore().deliveriesByChannel(DeliveryState::Pending);
    const auto failed = m_storage->figureStore().deliveriesByChannel(DeliveryState::Failed);
    for (const Channel channel : allValues<Channel>()) {
        out += "guichet_send_queue_depth{channel=\"" + wireName(channel).toLatin1() + "\"} "
            + QByteArray::number(pending.value(wireName(channel))) + '\n';
    }
    metric("guichet_send_failed", "gauge", "Agent replies whose delivery failed, by channel.");
    for (const Channel channel : allValues<Channel>()) {
        out += "guichet_send_failed{channel=\"" + wireName(channel).toLatin1() + "\"} "
            + QByteArray::number(failed.value(wireName(channel))) + '\n';
    }
    metric("guichet_database_statements_total", "counter",
           "Statements sent to the database (round trips), BEGIN and COMMIT included.");
    out += "guichet_database_statements_total "
        + QByteArray::number(m_storage->database().statements()) + '\n';
    metric("guichet_database_transactions_total", "counter", "Write transactions begun.");
    out += "guichet_database_transactions_total "
        + QByteArray::number(m_storage->database().transactions()) + '\n';
    metric("guichet_http_connections", "gauge", "Open HTTP and WebSocket connections.");
    out += "guichet_http_connections " + QByteArray::number(m_tcp ? m_tcp->openConnections() : 0)
        + '\n';
    metric("guichet_http_refused_total", "counter", "Requests refused for a limit.");
    out += "guichet_http_refused_total " + QByteArray::number(m_tcp ? m_tcp->refusedRequests() : 0)
        + '\n';
    return out;
}

QString Server::url() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + m_options.address.toString() + u']'
        : m_options.address.toString();
    const QString scheme = m_options.tlsCertificate.isEmpty() ? u"http"_s : u"https"_s;
    return scheme + u"://"_s + host + u':' + QString::number(m_port);
}

QStringList Server::demoCredentials() const
{
    return m_demo ? m_demo->credentials() : QStringList();
}

} // namespace Guichet::Server
