#include "demo.h"

#include "resources/faqresources.h"
#include "server/conversations/knowledgebase.h"
#include "server/core/secrets.h"
#include "server/core/serverlogging.h"

#include <QFile>
#include <QJsonDocument>

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

struct Phrase
{
    Language lang;
    const char *text;
    bool emergency;
    bool sgbv;
};

// What citizens write to the BNum, in their words.
const Phrase kPhrases[] = {
    { Language::Fr,
      "Bonjour, on m'a volé mon vélo devant la gare hier soir, comment porter plainte ?", false,
      false },
    { Language::Fr, "J'ai reçu un SMS pour un colis avec un lien de paiement, c'est une arnaque ?",
      false, false },
    { Language::Fr,
      "Ma carte bancaire a été utilisée sur internet alors que je l'ai toujours sur moi.", false,
      false },
    { Language::Fr,
      "Je pars en vacances trois semaines, comment m'inscrire à l'opération tranquillité vacances "
      "?",
      false, false },
    { Language::Fr, "Mon ex me harcèle par messages tous les jours, j'ai peur.", false, true },
    { Language::Fr, "Quelqu'un essaie d'entrer chez moi en ce moment !", true, false },
    { Language::Fr, "J'ai perdu ma carte d'identité, que dois-je faire ?", false, false },
    { Language::Fr, "Combien de points je perds pour un excès de vitesse de 15 km/h ?", false,
      false },
    { Language::En, "Hello, my wallet was stolen in Paris, I am a tourist, what should I do?",
      false, false },
    { Language::En, "Someone is selling fake concert tickets on a website, where can I report it?",
      false, false },
    { Language::En,
      "I was scammed on a rental website, I paid a deposit and the flat does not exist.", false,
      false },
    { Language::De,
      "Guten Tag, mein Auto wurde in Straßburg aufgebrochen. Wie erstatte ich Anzeige?", false,
      false },
    { Language::De,
      "Ich habe eine E-Mail von der Gendarmerie bekommen, ich soll eine Strafe zahlen. Ist das "
      "echt?",
      false, false },
    { Language::It, "Buongiorno, ho perso il passaporto a Nizza, cosa devo fare?", false, false },
    { Language::It, "Mi hanno rubato il telefono sulla spiaggia, come posso bloccarlo?", false,
      false },
    { Language::Es, "Hola, alguien está usando mi identidad en internet, ¿qué puedo hacer?", false,
      false },
    { Language::Es, "Mi pareja me pega y no sé a quién llamar.", false, true },
};

const char *kNames[] = { "Camille D.", "Yann K.",     "Sophie",     "@julien_b",
                         "Anna M.",    "Klaus W.",    "Giulia",     "Carmen R.",
                         "Léa",        "@tom_rennes", "Mohamed A.", "Nathalie" };

} // namespace

Demo::Demo(Storage &storage, ConversationService &service, const Clock &clock,
           double messagesPerSecond, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_service(service)
    , m_clock(clock)
    , m_rate(messagesPerSecond)
    , m_random(quint32(clock.nowMs()))
{ }

Result<void> Demo::seed()
{
    const qint64 now = m_clock.nowMs();
    for (const DemoAgent &demo : kAgents) {
        const QString login = QString::fromLatin1(demo.login);
        const QString password = QString::fromLatin1(demo.password);
        m_credentials.append(u"%1 / %2 (%3)"_s.arg(login, password, wireName(demo.role)));
        if (m_storage.agent(login))
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
        auto created = m_storage.transaction([&] { return m_storage.insertAgent(agent, now); });
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
    if (auto imported = KnowledgeBase::import(m_storage, *entries, now); !imported)
        return imported.error();
    // A surge, so the reservist has something to do.
    return m_service.setSurge(Surge { true, { Channel::WebChat, Channel::Messenger }, {} },
                              { u"demo"_s, u"system"_s });
}

void Demo::startSimulation()
{
    if (m_rate <= 0)
        return;
    m_timer.setInterval(std::max(1, int(1000.0 / m_rate)));
    connect(&m_timer, &QTimer::timeout, this, &Demo::simulate);
    m_timer.start();
    simulate();
}

void Demo::simulate()
{
    const Phrase &phrase = kPhrases[m_random.bounded(int(std::size(kPhrases)))];
    ConversationService::Incoming in;
    in.channel = Channel(m_random.bounded(4));
    in.lang = phrase.lang;
    in.citizen = QString::fromUtf8(kNames[m_random.bounded(int(std::size(kNames)))]);
    // One open conversation per simulated citizen and channel: some write twice.
    in.citizenKey = in.channel == Channel::WebChat || in.channel == Channel::WebForm
        ? QString()
        : u"demo-"_s + in.citizen;
    in.text = QString::fromUtf8(phrase.text);
    in.emergency = phrase.emergency;
    in.sgbv = phrase.sgbv;
    if (in.channel == Channel::WebForm)
        in.subject = in.text.left(40);
    const auto received = m_service.receive(in);
    if (!received)
        qCWarning(lcServer) << "demo: cannot simulate a citizen:" << received.error().message;
}

} // namespace Guichet::Server
