#include "channels.h"

#include "intake.h"
#include "sendqueue.h"
#include "server/channels/messenger/messenger.h"
#include "server/channels/twitter/twitter.h"
#include "server/channels/webchat/webchatadapter.h"
#include "server/channels/webform/webform.h"
#include "server/conversations/conversationservice.h"
#include "server/core/serverlogging.h"
#include "server/storage/abusestore.h"
#include "server/storage/conversationstore.h"
#include "server/storage/database.h"
#include "server/storage/sendqueuestore.h"
#include "server/storage/settingsstore.h"
#include "server/storage/surveystore.h"
#include "triagebundle.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QRegularExpression>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QByteArray contentTypeOf(const QString &name)
{
    if (name.endsWith(u".html"_s))
        return "text/html; charset=utf-8";
    if (name.endsWith(u".css"_s))
        return "text/css; charset=utf-8";
    if (name.endsWith(u".js"_s))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(u".svg"_s))
        return "image/svg+xml";
    return "application/octet-stream";
}

QHttpServerResponse page(const QString &name, const QHttpServerRequest &request)
{
    static const QRegularExpression safe(u"^[a-z0-9-]+\\.(html|css|js|svg)$"_s);
    QFile file(u":/guichet/web/"_s + name);
    if (!safe.match(name).hasMatch() || !file.open(QIODevice::ReadOnly)) {
        QHttpServerResponse missing("text/plain; charset=utf-8", "not found\n",
                                    StatusCode::NotFound);
        addSecurityHeaders(missing);
        return missing;
    }
    QHttpServerResponse response(contentTypeOf(name), file.readAll());
    addSecurityHeaders(response, request.value("host"));
    return response;
}

} // namespace

Channels::Channels(const Stores &stores, ConversationService &service, EventFeed &feed,
                   ChannelSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
    , m_service(service)
    , m_settings(std::move(settings))
{
    m_queue = std::make_unique<SendQueue>(stores.database, stores.conversations, stores.sendQueue,
                                          service, m_settings.sendQueue, clock);
    m_intake = std::make_unique<Intake>(stores.database, stores.conversations, stores.sendQueue,
                                        stores.abuse, stores.surveys, stores.settings, service,
                                        feed, *m_queue, m_settings, clock);
    // The bundle in the database (else the built-in one), and any imported later.
    m_triage = std::make_unique<TriageBundle>(
        stores.settings,
        [intake = m_intake.get()](std::shared_ptr<const Triage::Engine> engine) {
            intake->setTriage(std::move(engine));
        },
        int(m_settings.triageReloadMs));
    m_messenger =
        std::make_unique<MessengerChannel>(stores.database, service, *m_intake, m_settings, clock);
    m_twitter =
        std::make_unique<TwitterChannel>(stores.database, stores.conversations, stores.settings,
                                         service, *m_intake, m_settings, clock);
    m_webForm = std::make_unique<WebForm>(stores.database, stores.conversations, stores.surveys,
                                          service, *m_intake, m_settings);
    m_webChat = std::make_unique<WebChatAdapter>();
    connect(m_intake.get(), &Intake::citizenTyping, this, &Channels::citizenTyping);

    // Each adapter declares its capabilities and rules once: the intake, the
    // conversation service (replies) and the send queue (couriers) read them.
    // In demo mode too: the demo's platforms answer on loopback (server/demoplatforms.h).
    for (ChannelAdapter *adapter : std::initializer_list<ChannelAdapter *> {
             m_messenger.get(), m_twitter.get(), m_webForm.get(), m_webChat.get() })
        m_intake->addAdapter(adapter);
    // Replies and their queue rows commit together (ConversationService),
    // leased to this instance: sent at once from what was written.
    service.setSendLease(m_settings.sendQueue.leaseMs);
    connect(&service, &ConversationService::replyQueued, m_queue.get(), &SendQueue::sendReply);
    qCInfo(lcChannels).noquote().nospace()
        << "event=channels messenger_in=" << m_settings.messenger.receives()
        << " messenger_out=" << m_settings.messenger.sends()
        << " x_in=" << m_settings.twitter.receives() << " x_out=" << m_settings.twitter.sends()
        << " demo=" << m_settings.demo;
}

Channels::~Channels()
{
    // Couriers' pending callbacks point into the queue: the couriers go first.
    m_messenger.reset();
    m_twitter.reset();
    m_webForm.reset();
    m_webChat.reset();
}

void Channels::start()
{
    m_queue->start();
}

void Channels::agentTyping(qint64 conversation, bool active)
{
    if (const auto c = m_stores.conversations.conversation(conversation)) {
        if (ChannelAdapter *adapter = m_intake->adapter(c->channel))
            adapter->agentTyping(*c, active);
    }
}

bool Channels::chatSilenced(qint64 conversation)
{
    return m_intake->chatSilenced(conversation);
}

QString Channels::clientAddress(const QHttpServerRequest &request) const
{
    const QHostAddress peer = request.remoteAddress();
    bool trusted = false;
    for (const QHostAddress &proxy : m_settings.trustedProxies)
        trusted = trusted || proxy.isEqual(peer, QHostAddress::TolerantConversion);
    if (trusted) {
        const QByteArray last = request.value("x-forwarded-for").split(',').constLast().trimmed();
        QHostAddress client;
        if (!last.isEmpty() && client.setAddress(QString::fromLatin1(last)))
            return client.toString();
    }
    return peer.toString();
}

QJsonObject Channels::platformStatus()
{
    QJsonObject status;
    if (m_settings.twitter.sends())
        status.insert(u"x"_s, m_twitter->status());
    return status;
}

void Channels::addRoutes(QHttpServer &http)
{
    const auto get = [](const QHttpServerRequest &request) {
        return request.method() == QHttpServerRequest::Method::Get
            || request.method() == QHttpServerRequest::Method::Head;
    };
    const auto notAllowed = [] {
        QHttpServerResponse response("text/plain; charset=utf-8", "method not allowed\n",
                                     StatusCode::MethodNotAllowed);
        addSecurityHeaders(response);
        return response;
    };
    for (const QString &path : { u"/"_s, u"/chat.html"_s }) {
        http.route(path, [get, notAllowed](const QHttpServerRequest &request) {
            return get(request) ? page(u"chat.html"_s, request) : notAllowed();
        });
    }
    for (const QString &path : { u"/form"_s, u"/form.html"_s }) {
        http.route(path, [get, notAllowed](const QHttpServerRequest &request) {
            return get(request) ? page(u"form.html"_s, request) : notAllowed();
        });
    }
    http.route(u"/follow/<arg>"_s,
               [get, notAllowed](const QString &, const QHttpServerRequest &request) {
                   // The token stays in the browser: the page reads it from its address.
                   return get(request) ? page(u"follow.html"_s, request) : notAllowed();
               });
    http.route(u"/web/<arg>"_s,
               [get, notAllowed](const QString &name, const QHttpServerRequest &request) {
                   return get(request) ? page(name, request) : notAllowed();
               });
    http.route(u"/api/form"_s, [this](const QHttpServerRequest &request) {
        return m_webForm->submit(request, clientAddress(request));
    });
    http.route(u"/api/follow"_s, [this](const QHttpServerRequest &request) {
        return m_webForm->follow(request, clientAddress(request));
    });
    http.route(u"/api/follow/messages"_s, [this](const QHttpServerRequest &request) {
        return m_webForm->writeBack(request, clientAddress(request));
    });
    http.route(u"/api/follow/survey"_s, [this](const QHttpServerRequest &request) {
        return m_webForm->survey(request, clientAddress(request));
    });
    http.route(u"/webhooks/messenger"_s,
               [this](const QHttpServerRequest &request) { return m_messenger->handle(request); });
    http.route(u"/webhooks/twitter"_s,
               [this](const QHttpServerRequest &request) { return m_twitter->handle(request); });
}

} // namespace Guichet::Server::Channels
