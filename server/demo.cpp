#include "demo.h"

#include "protocol/codec.h"
#include "resources/faqresources.h"
#include "server/conversations/knowledgebase.h"
#include "server/core/secrets.h"
#include "server/core/serverlogging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QUuid>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

struct DemoAgent
{
    const char *login;
    const char *name;
    Role role;
    QList<Language> languages;
    const char *password;
};

// Published on purpose: demo mode listens on loopback only.
const DemoAgent kAgents[] = {
    { "gendarme",
      "Gendarme Le Gall",
      Role::Gendarme,
      { Language::Fr, Language::En },
      "demo-gendarme" },
    { "gendarme2",
      "Gendarme Schmitt",
      Role::Gendarme,
      { Language::Fr, Language::De, Language::En },
      "demo-gendarme2" },
    { "reserviste",
      "Réserviste Rossi",
      Role::Reservist,
      { Language::Fr, Language::It, Language::Es },
      "demo-reserviste" },
    { "superviseur",
      "Adjudant-chef Martin",
      Role::Supervisor,
      { Language::Fr, Language::En, Language::De, Language::It, Language::Es },
      "demo-superviseur" },
};

} // namespace

//! One person who writes to the BNum: in their own language, on one channel,
//! one or two messages in the order they would send them.
struct Demo::Citizen
{
    Channel channel;
    Language lang; //!< what they write in; the web pages' language is theirs
    const char *name; //!< on the web chat, the web form and X; Messenger does not tell
    const char *handle; //!< X
    const char *contact; //!< the web form's e-mail or telephone
    const char *subject; //!< the web form's subject
    std::vector<const char *> messages;
};

//! A citizen's visit: who they are on their platform this round, what they said so far.
struct Demo::Visit
{
    const Citizen *citizen = nullptr;
    int next = 0;
    QString platformId; //!< PSID on Messenger, user id on X
    QString address; //!< the web form's: a documentation address (RFC 5737)
    QPointer<QWebSocket> socket; //!< the web chat's
    QString session; //!< the web chat's, to come back to the same conversation
    QStringList waiting; //!< web chat messages until the socket is open
    ~Visit()
    {
        if (socket) {
            socket->disconnect();
            socket->close();
            socket->deleteLater();
        }
    }
};

// What citizens write to the BNum, in their words. An emergency (a break-in
// under way) and two cases of violence by a partner are among them: triage
// must recognise them on arrival, as it would anyone's.
const std::vector<Demo::Citizen> &Demo::citizens()
{
    using C = Channel;
    using L = Language;
    static const std::vector<Demo::Citizen> all {
        { C::WebChat,
          L::Fr,
          "Camille Dubois",
          nullptr,
          nullptr,
          nullptr,
          { "Bonjour, on m'a volé mon vélo devant la gare hier soir, comment porter plainte ?",
            "C'est un vélo électrique bleu, j'ai gardé la facture avec le numéro de série." } },
        { C::Messenger,
          L::Fr,
          nullptr,
          nullptr,
          nullptr,
          nullptr,
          { "Bonjour, j'ai reçu un SMS pour un colis en attente avec un lien de paiement de "
            "1,99 €. C'est une arnaque ?",
            "J'ai cliqué sur le lien et j'ai donné mon numéro de carte, je fais quoi maintenant "
            "?" } },
        { C::WebForm,
          L::Fr,
          "Nathalie Leroy",
          nullptr,
          "nathalie.leroy@example.org",
          "Carte bancaire utilisée à mon insu",
          { "Ma carte bancaire a été utilisée sur internet alors que je l'ai toujours sur moi : "
            "trois paiements de 49,90 € chez un marchand que je ne connais pas. Ma banque me "
            "demande un dépôt de plainte." } },
        { C::Twitter,
          L::Fr,
          "Julien Bertrand",
          "julien_b",
          nullptr,
          nullptr,
          { "Bonjour, je pars en vacances trois semaines en août, comment m'inscrire à "
            "l'opération tranquillité vacances ?" } },
        { C::WebChat,
          L::Fr,
          "Sophie Martin",
          nullptr,
          nullptr,
          nullptr,
          { "Mon ex me harcèle par messages tous les jours depuis notre séparation et il "
            "m'attend devant mon travail. J'ai peur de lui.",
            "Il m'a menacée de s'en prendre à moi si je porte plainte." } },
        { C::Messenger,
          L::Fr,
          nullptr,
          nullptr,
          nullptr,
          nullptr,
          { "Quelqu'un essaie d'entrer chez moi en ce moment, il force la porte de derrière !",
            "Je suis enfermée dans la salle de bain avec mon fils, j'entends du bruit en bas." } },
        { C::WebForm,
          L::Fr,
          "Yann Kerjean",
          nullptr,
          "y.kerjean@example.org",
          "Perte de carte d'identité",
          { "J'ai perdu ma carte d'identité pendant mon déménagement. Que dois-je faire pour "
            "la déclarer et en refaire une ?" } },
        { C::Twitter,
          L::Fr,
          "Mohamed Amrani",
          "mo_amrani",
          nullptr,
          nullptr,
          { "Combien de points je perds pour un excès de vitesse de 15 km/h hors "
            "agglomération ?" } },
        { C::WebChat,
          L::En,
          "Emily Carter",
          nullptr,
          nullptr,
          nullptr,
          { "Hello, my wallet was stolen in Paris, I am a tourist, what should I do?",
            "The wallet had my driving licence and two credit cards in it. I fly back to London "
            "on Sunday." } },
        { C::Twitter,
          L::En,
          "James O'Connor",
          "jamesoconnor",
          nullptr,
          nullptr,
          { "Someone is selling fake concert tickets on a website, where can I report it?" } },
        { C::WebForm,
          L::En,
          "Oliver Hughes",
          nullptr,
          "+44 7700 900123",
          "Holiday rental scam",
          { "I was scammed on a rental website: I paid a deposit of 800 euros for a flat in "
            "Biarritz and the flat does not exist. The owner no longer answers." } },
        { C::Messenger,
          L::De,
          nullptr,
          nullptr,
          nullptr,
          nullptr,
          { "Guten Tag, mein Auto wurde heute Nacht in Straßburg aufgebrochen. Wie erstatte ich "
            "Anzeige?",
            "Es wurden ein Laptop und eine Tasche gestohlen." } },
        { C::WebChat,
          L::De,
          "Klaus Weber",
          nullptr,
          nullptr,
          nullptr,
          { "Ich habe eine E-Mail von der Gendarmerie bekommen, ich soll eine Strafe zahlen. "
            "Ist das echt?" } },
        { C::Twitter,
          L::De,
          "Anna Müller",
          "anna_mueller",
          nullptr,
          nullptr,
          { "Hallo, jemand hat mit meinen Daten einen Handyvertrag abgeschlossen. An wen kann "
            "ich mich wenden?" } },
        { C::Twitter,
          L::It,
          "Giulia Romano",
          "giulia_romano",
          nullptr,
          nullptr,
          { "Buongiorno, ho perso il passaporto a Nizza, cosa devo fare?" } },
        { C::Messenger,
          L::It,
          nullptr,
          nullptr,
          nullptr,
          nullptr,
          { "Mi hanno rubato il telefono sulla spiaggia, come posso bloccarlo e fare "
            "denuncia?" } },
        { C::WebForm,
          L::Es,
          "Carmen Ruiz",
          nullptr,
          "carmen.ruiz@example.org",
          "Suplantación de identidad",
          { "Hola, alguien está usando mi identidad en internet para abrir cuentas a mi nombre, "
            "¿qué puedo hacer?" } },
        { C::Messenger,
          L::Es,
          nullptr,
          nullptr,
          nullptr,
          nullptr,
          { "Mi pareja me pega y no sé a quién llamar.",
            "Ahora no está en casa, pero tengo miedo de que vuelva." } },
    };
    return all;
}

Demo::Demo(Database &database, AgentStore &agents, FaqStore &faq, EventLog &events,
           ConversationService &service, const Clock &clock, double messagesPerSecond,
           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_agentStore(agents)
    , m_faqStore(faq)
    , m_eventLog(events)
    , m_service(service)
    , m_clock(clock)
    , m_rate(messagesPerSecond)
    , m_random(quint32(clock.nowMs()))
    , m_platforms(clock)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

Demo::~Demo() = default;

Result<void> Demo::configureChannels(Channels::ChannelSettings &settings)
{
    return m_platforms.configure(settings);
}

Result<void> Demo::seed()
{
    const qint64 now = m_clock.nowMs();
    for (const DemoAgent &demo : kAgents) {
        const QString login = QString::fromLatin1(demo.login);
        const QString password = QString::fromLatin1(demo.password);
        m_credentials.append(u"%1 / %2 (%3)"_s.arg(login, password, wireName(demo.role)));
        if (m_agentStore.agent(login))
            continue;
        AgentRecord agent;
        agent.login = login;
        agent.name = QString::fromUtf8(demo.name);
        agent.role = demo.role;
        agent.team = m_service.settings().defaultTeam;
        agent.languages = demo.languages;
        agent.capacity = 10;
        agent.passwordHash = Secrets::hashPassword(password);
        if (demo.role == Role::Reservist)
            agent.expiresAt = now + qint64(30) * 24 * 3600 * 1000;
        auto created = m_database.transaction([&] { return m_agentStore.insertAgent(agent, now); });
        if (!created)
            return created.error();
    }
    // The knowledge base shipped with Guichet (resources/faq, linked in): a demo
    // without it would show an empty FAQ panel, so its absence is an error.
    QFile faq(Resources::faqKnowledgeBase());
    if (!faq.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         u"demo: the shipped knowledge base %1 is missing"_s.arg(faq.fileName()));
    QStringList problems;
    const auto entries = KnowledgeBase::parse(faq.readAll(), &problems);
    if (!entries)
        return entries.error();
    if (auto imported = KnowledgeBase::import(m_faqStore, m_eventLog, *entries, now, u"demo"_s);
        !imported)
        return imported.error();
    // A surge, so the reservist has something to do.
    return m_service.setSurge(Surge { true, { Channel::WebChat, Channel::Messenger }, {} },
                              { u"demo"_s, u"system"_s });
}

void Demo::startSimulation(const QUrl &server)
{
    m_server = server;
    m_platforms.setServer(server);
    newRound();
    // The queue as an agent finds it on arrival: everyone's first message, a
    // moment apart (the order they came in).
    int delay = 0;
    for (const auto &visit : m_visits) {
        QTimer::singleShot(delay, this, [this, v = visit.get()] { write(*v); });
        delay += 100;
    }
    if (m_rate <= 0)
        return;
    m_timer.setInterval(std::max(1, int(1000.0 / m_rate)));
    connect(&m_timer, &QTimer::timeout, this, &Demo::simulate);
    QTimer::singleShot(delay, this, [this] { m_timer.start(); });
}

void Demo::newRound()
{
    ++m_round;
    m_visits.clear();
    for (const Citizen &citizen : citizens()) {
        auto visit = std::make_unique<Visit>();
        visit->citizen = &citizen;
        if (citizen.channel == Channel::Messenger)
            visit->platformId = DemoPlatforms::newId(16);
        else if (citizen.channel == Channel::Twitter)
            visit->platformId = DemoPlatforms::newId(18);
        // 198.51.100.0/24 (RFC 5737): one address per citizen and round.
        visit->address = u"198.51.100.%1"_s.arg(1 + (m_round * 37 + int(m_visits.size())) % 254);
        m_visits.push_back(std::move(visit));
    }
}

void Demo::simulate()
{
    QList<Visit *> remaining;
    for (const auto &visit : m_visits) {
        if (visit->next < int(visit->citizen->messages.size()))
            remaining.append(visit.get());
    }
    if (remaining.isEmpty()) {
        // Others write now, with the same stories: new platform ids, new sessions.
        newRound();
        for (const auto &visit : m_visits)
            remaining.append(visit.get());
    }
    write(*remaining.at(m_random.bounded(int(remaining.size()))));
}

void Demo::write(Visit &visit)
{
    const Citizen &citizen = *visit.citizen;
    if (visit.next >= int(citizen.messages.size()))
        return;
    const QString text = QString::fromUtf8(citizen.messages[size_t(visit.next++)]);
    switch (citizen.channel) {
    case Channel::WebChat:
        chatSay(visit, text);
        break;
    case Channel::WebForm:
        formSubmit(visit, text);
        break;
    case Channel::Messenger:
        m_platforms.messengerMessage(visit.platformId, text);
        break;
    case Channel::Twitter:
        m_platforms.xMessage(visit.platformId, QString::fromUtf8(citizen.name),
                             QString::fromUtf8(citizen.handle), text);
        break;
    }
}

void Demo::chatSay(Visit &visit, const QString &text)
{
    const auto say = [](QWebSocket *socket, const QString &words) {
        socket->sendTextMessage(QString::fromUtf8(Protocol::encode(Protocol::CitizenFrame {
            Protocol::CitizenSay { QUuid::createUuid().toString(QUuid::WithoutBraces), words } })));
    };
    if (visit.socket && visit.socket->state() == QAbstractSocket::ConnectedState) {
        say(visit.socket, text);
        return;
    }
    visit.waiting.append(text);
    if (visit.socket)
        return; // connecting: said once it is open
    // The chat page: a WebSocket to /chat, hello in the citizen's language, then their words.
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    visit.socket = socket;
    Visit *v = &visit;
    connect(socket, &QWebSocket::connected, socket, [socket, v, say] {
        Protocol::CitizenHello hello;
        hello.lang = v->citizen->lang;
        hello.name = QString::fromUtf8(v->citizen->name);
        hello.session = v->session;
        socket->sendTextMessage(
            QString::fromUtf8(Protocol::encode(Protocol::CitizenFrame { hello })));
        for (const QString &words : std::exchange(v->waiting, {}))
            say(socket, words);
    });
    connect(
        socket, &QWebSocket::textMessageReceived, socket, [this, socket, v](const QString &text) {
            const auto frame = Protocol::decodeCitizenFrame(text.toUtf8());
            if (!frame)
                return;
            if (const auto *welcome = std::get_if<Protocol::CitizenWelcome>(&*frame)) {
                v->session = welcome->session;
            } else if (std::holds_alternative<Protocol::SurveyRequest>(*frame)) {
                // The page's stars, a moment after the close.
                const int rating = m_random.bounded(3, 6);
                QTimer::singleShot(m_random.bounded(3000, 8000), socket, [socket, rating] {
                    socket->sendTextMessage(QString::fromUtf8(
                        Protocol::encode(Protocol::CitizenFrame { Protocol::SurveyAnswer {
                            QUuid::createUuid().toString(QUuid::WithoutBraces), rating, {} } })));
                });
            }
        });
    connect(socket, &QWebSocket::disconnected, socket, [socket, v] {
        // Gone (closed, idle): the next message comes back to the same conversation.
        if (v->socket == socket)
            v->socket = nullptr;
        socket->deleteLater();
    });
    QUrl url = m_server;
    url.setScheme(m_server.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    url.setPath(u"/chat"_s);
    socket->open(url);
}

void Demo::formSubmit(Visit &visit, const QString &text)
{
    const Citizen &citizen = *visit.citizen;
    // The form page's POST, as the citizen's browser sends it through the reverse proxy.
    QUrl url = m_server;
    url.setPath(u"/api/form"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-Forwarded-For", visit.address.toLatin1());
    request.setTransferTimeout(10000);
    const QJsonObject form { { u"name"_s, QString::fromUtf8(citizen.name) },
                             { u"contact"_s, QString::fromUtf8(citizen.contact) },
                             { u"lang"_s, wireName(citizen.lang) },
                             { u"subject"_s, QString::fromUtf8(citizen.subject) },
                             { u"message"_s, text } };
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(form).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 201)
            qCWarning(lcServer).noquote().nospace() << "event=demo_form_refused status=" << status;
    });
}

} // namespace Guichet::Server
