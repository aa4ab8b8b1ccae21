// The workstation's queue at scale (scripts/bench ui), side by side with a bare
// QListView over a QStringListModel of the same size, in the same run:
//  - filters over 100,000 conversations (language, channel, search, flagged, all),
//    each measured up to the repainted view;
//  - 1,000 live events (500 new conversations, 500 updates) delivered one at a
//    time, as sync delivers them, with the view shown;
//  - cold start: a child process (this program, re-executed) from main() to the
//    main window shown, unlocked and painted, over a 50,000-conversation encrypted
//    cache; the unlock KDF is measured on its own and taken out.
// One JSON line on stdout for tests/bench/report_ui.py, a summary on stderr.
#include "app/models/queuemodel.h"
#include "app/models/workstation.h"
#include "app/store/cache.h"
#include "tests/bench/benchmemory.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

const QString kPassphrase = u"phrase de passe du banc d'essai"_s;
// A closed port: the sync engine started by Workstation::open() just goes offline.
const QUrl kServer(u"http://127.0.0.1:9"_s);

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double mean = 0;
};

Stats stats(std::vector<double> samples)
{
    Stats s;
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    s.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    s.p95 = samples[std::min(n - 1, size_t(std::ceil(0.95 * double(n))) - 1)];
    double sum = 0;
    for (const double v : samples)
        sum += v;
    s.mean = sum / double(n);
    return s;
}

// Realistic conversations: five languages, four channels, a queue where most
// conversations are closed, ~5% emergencies, ~3% violence cases.
class Generator
{
public:
    //! Dates are around @p now: deadlines count down on screen, and the cache's
    //! retention (30 days) keeps every closed conversation.
    Generator(quint64 seed, qint64 now)
        : m_rng(seed)
        , m_now(now)
    { }

    Conversation conversation(qint64 id)
    {
        Conversation c;
        c.id = id;
        c.reference = reference();
        c.lang = pick<Language>({ { Language::Fr, 55 },
                                  { Language::En, 15 },
                                  { Language::Es, 12 },
                                  { Language::De, 10 },
                                  { Language::It, 8 } });
        c.channel = pick<Channel>({ { Channel::WebChat, 40 },
                                    { Channel::WebForm, 20 },
                                    { Channel::Messenger, 25 },
                                    { Channel::Twitter, 15 } });
        c.state = pick<ConversationState>({ { ConversationState::Closed, 55 },
                                            { ConversationState::Queued, 25 },
                                            { ConversationState::Claimed, 20 } });
        c.emergency = percent(5);
        c.sgbv = !c.emergency && percent(3);
        // Anonymous web chats have no name: the queue shows the reference.
        c.citizen = percent(10) ? u""_s : one(kFirstNames) + u' ' + one(kLastNames).left(1) + u'.';
        const Bank &bank = kBanks[int(c.lang)];
        if (!percent(20))
            c.subject = one(bank.subjects);
        c.lastExcerpt = one(bank.excerpts);
        if (c.state == ConversationState::Closed) {
            c.closedAt = m_now - between(0, 25LL * 24 * 3600 * 1000);
            c.openedAt = c.closedAt - between(5LL * 60 * 1000, 48LL * 3600 * 1000);
            c.deadline = c.openedAt + 4LL * 3600 * 1000;
            c.outcome = Outcome(between(0, 8));
        } else {
            c.deadline = m_now + between(-60LL * 60 * 1000, 240LL * 60 * 1000);
            c.openedAt = c.deadline - 4LL * 3600 * 1000;
            c.unread = int(between(c.state == ConversationState::Queued ? 1 : 0, 3));
        }
        if (c.state != ConversationState::Queued) {
            c.owner = u"agent%1"_s.arg(between(1, 60), 2, 10, QLatin1Char('0'));
            c.team = u"equipe-%1"_s.arg(between(1, 12));
        }
        c.sla = slaOf(c.deadline);
        c.lastMessageAt =
            c.state == ConversationState::Closed ? c.closedAt : m_now - between(0, 3600000);
        c.updatedAt = c.lastMessageAt;
        c.lastSeq = id * 7;
        return c;
    }

    //! What a live event does to a known conversation: the SLA moves and a new
    //! message comes in; one in three also resets the deadline (moves the row).
    Conversation update(Conversation c)
    {
        const Bank &bank = kBanks[int(c.lang)];
        c.lastExcerpt = one(bank.excerpts);
        c.lastMessageAt = m_now + between(0, 60000);
        c.updatedAt = c.lastMessageAt;
        c.unread += 1;
        if (c.state != ConversationState::Closed && percent(33))
            c.deadline = m_now + between(-30LL * 60 * 1000, 240LL * 60 * 1000);
        c.sla = SlaState((int(c.sla) + 1) % 3);
        c.lastSeq += 1;
        return c;
    }

    qint64 between(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_rng);
    }

private:
    struct Bank
    {
        QStringList subjects;
        QStringList excerpts;
    };
    static inline const QStringList kFirstNames = {
        u"Camille"_s, u"Léa"_s,    u"Hugo"_s,  u"Inès"_s,   u"Lucas"_s,  u"Chloé"_s,
        u"Nathan"_s,  u"Manon"_s,  u"Karim"_s, u"Sofia"_s,  u"John"_s,   u"Emma"_s,
        u"Lukas"_s,   u"Giulia"_s, u"Mateo"_s, u"Fatou"_s,  u"Yann"_s,   u"Aïcha"_s,
        u"Pierre"_s,  u"Marta"_s,  u"Jonas"_s, u"Olivia"_s, u"Thomas"_s, u"Zoé"_s
    };
    static inline const QStringList kLastNames = { u"Martin"_s,  u"Bernard"_s, u"Dubois"_s,
                                                   u"Lefèvre"_s, u"Smith"_s,   u"Müller"_s,
                                                   u"Rossi"_s,   u"García"_s,  u"Nguyen"_s,
                                                   u"Diallo"_s,  u"Moreau"_s,  u"Benali"_s };
    // Indexed by Language: Fr, En, De, It, Es.
    static inline const Bank kBanks[5] = {
        { { u"Plainte pour escroquerie"_s, u"Vol de téléphone"_s, u"Harcèlement en ligne"_s,
            u"Demande de passeport"_s, u"Cambriolage"_s, u"Usurpation d'identité"_s,
            u"Violences conjugales"_s, u"Perte de papiers"_s },
          { u"Bonjour, j'ai été victime d'une arnaque sur un site de vente entre particuliers."_s,
            u"On m'a volé mon portable dans le métro hier soir, que dois-je faire ?"_s,
            u"Je reçois des messages insultants tous les jours depuis une semaine."_s,
            u"J'ai perdu mon passeport, comment faire une déclaration de perte ?"_s,
            u"Mon voisin fait du bruit toute la nuit, est-ce que je peux porter plainte ?"_s,
            u"Quelqu'un utilise mon identité sur les réseaux sociaux."_s,
            u"Mon conjoint me menace, j'ai peur de rentrer chez moi."_s,
            u"Merci pour votre réponse, je vais faire la pré-plainte en ligne."_s,
            u"Ma carte bancaire a été débitée de 450 euros sans mon accord."_s,
            u"Où dois-je déposer plainte pour un cambriolage ?"_s,
            u"Mon passeport a été volé avec mon sac, je pars à l'étranger lundi."_s,
            u"Bonjour, est-ce que la gendarmerie peut m'aider pour un litige ?"_s } },
        { { u"Scam report"_s, u"Stolen phone"_s, u"Lost passport"_s, u"Online harassment"_s,
            u"Burglary"_s, u"Domestic violence"_s },
          { u"Hello, I was scammed when buying concert tickets online."_s,
            u"My phone was stolen on the train to Paris, what should I do?"_s,
            u"I lost my passport in Lyon and fly home on Friday."_s,
            u"Someone keeps sending me threatening messages."_s,
            u"Our holiday rental was burgled last night."_s,
            u"Thank you, I will file the report online."_s,
            u"My partner hit me and I am afraid to go back home."_s,
            u"How do I report a fraudulent bank transfer?"_s } },
        { { u"Betrug"_s, u"Diebstahl"_s, u"Reisepass verloren"_s, u"Belästigung"_s, u"Einbruch"_s },
          { u"Guten Tag, mein Handy wurde am Strand gestohlen."_s,
            u"Ich habe meinen Reisepass verloren, was muss ich tun?"_s,
            u"Jemand hat mit meiner Kreditkarte bezahlt."_s,
            u"In unsere Ferienwohnung wurde eingebrochen."_s, u"Danke für die schnelle Antwort."_s,
            u"Ich werde im Internet belästigt und bedroht."_s } },
        { { u"Truffa online"_s, u"Furto"_s, u"Passaporto smarrito"_s, u"Molestie"_s },
          { u"Buongiorno, mi hanno rubato il portafoglio a Nizza."_s,
            u"Ho perso il passaporto, come posso fare la denuncia?"_s,
            u"Ho subito una truffa su un sito di annunci."_s, u"Grazie mille per l'aiuto."_s,
            u"Ricevo messaggi minacciosi da un ex collega."_s } },
        { { u"Estafa"_s, u"Robo de móvil"_s, u"Pasaporte perdido"_s, u"Acoso"_s,
            u"Violencia de género"_s },
          { u"Hola, me robaron el móvil en la playa."_s,
            u"He perdido mi pasaporte, ¿qué tengo que hacer?"_s,
            u"Me han estafado en una web de alquiler de vacaciones."_s,
            u"Gracias por la información."_s, u"Mi pareja me amenaza y tengo miedo."_s,
            u"¿Dónde puedo poner una denuncia por robo?"_s } },
    };

    template<typename E>
    E pick(std::initializer_list<std::pair<E, int>> weights)
    {
        int total = 0;
        for (const auto &w : weights)
            total += w.second;
        int roll = int(between(0, total - 1));
        for (const auto &w : weights) {
            if (roll < w.second)
                return w.first;
            roll -= w.second;
        }
        return weights.begin()->first;
    }
    bool percent(int p) { return between(0, 99) < p; }
    const QString &one(const QStringList &list) { return list.at(between(0, list.size() - 1)); }
    QString reference()
    {
        static const char alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
        QString ref = u"BN-"_s;
        for (int i = 0; i < 5; ++i)
            ref += QLatin1Char(alphabet[between(0, sizeof(alphabet) - 2)]);
        return ref;
    }
    SlaState slaOf(qint64 deadline) const
    {
        const qint64 left = deadline - m_now;
        return left < 0         ? SlaState::Breached
            : left < 30 * 60000 ? SlaState::AtRisk
                                : SlaState::OnTime;
    }

    std::mt19937_64 m_rng;
    qint64 m_now;
};

// The reference's rows: the text a search looks in (citizen, reference, subject,
// last message), plus tags so that one fixed-string filter selects the same rows
// as each of the queue's filters.
QString referenceText(const Conversation &c)
{
    QString text = (c.citizen.isEmpty() ? c.reference : c.citizen) + u" · "_s + c.reference
        + u" · "_s + c.subject + u" · "_s + c.lastExcerpt + u" · lang:"_s + wireName(c.lang)
        + u" · channel:"_s + wireName(c.channel);
    if (c.emergency || c.sgbv)
        text += u" · #flagged"_s;
    return text;
}

struct FilterCase
{
    QString name;
    QueueFilter filter;
    QString fixedString; //!< the reference's equivalent
};

QList<FilterCase> filterCases()
{
    QueueFilter all;
    all.states = QueueFilter::States::Any; // every row, as the reference shows
    QueueFilter en = all;
    en.lang = Language::En;
    QueueFilter messenger = all;
    messenger.channel = Channel::Messenger;
    QueueFilter search = all;
    search.search = u"passeport"_s;
    QueueFilter flagged = all;
    flagged.flaggedOnly = true;
    return { { u"language=en"_s, en, u"lang:en"_s },
             { u"channel=messenger"_s, messenger, u"channel:messenger"_s },
             { u"search \"passeport\""_s, search, u"passeport"_s },
             { u"flagged only"_s, flagged, u"#flagged"_s },
             { u"back to all"_s, all, QString() } };
}

// A change measured up to the view done with it: the events it posted (delayed
// layout, geometry) handled, then the view painted (frame, scroll bars, rows).
// Also returns the time of the change alone (the model and the signal handlers).
struct Timing
{
    double total = 0;
    double change = 0;
};

Timing timedOnView(QAbstractItemView *view, const std::function<void()> &change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    const double changeMs = msSince(timer);
    QCoreApplication::processEvents();
    view->repaint();
    return { msSince(timer), changeMs };
}

struct Side
{
    QAbstractItemView *view;
    std::function<void(const FilterCase &)> apply;
    std::function<int()> rows;
};

QJsonObject filterBench(const Side &ours, const Side *reference, const QList<FilterCase> &cases,
                        int runs)
{
    const FilterCase &all = cases.constLast();
    QHash<QString, std::vector<double>> ourSamples, refSamples, ourModelSamples;
    QHash<QString, int> ourRows, refRows;
    // One untimed round first: caches, fonts, first allocations.
    std::vector<const Side *> sides { &ours };
    if (reference)
        sides.push_back(reference);
    for (const Side *side : sides) {
        for (const FilterCase &c : cases)
            timedOnView(side->view, [&] { side->apply(c); });
    }
    for (int run = 0; run < runs; ++run) {
        // The two sides alternate, so that a busy moment of the machine hits both.
        for (const FilterCase &c : cases.mid(0, cases.size() - 1)) {
            for (const Side *side : sides) {
                auto &samples = side == &ours ? ourSamples : refSamples;
                auto &rows = side == &ours ? ourRows : refRows;
                for (const FilterCase *f : { &c, &all }) {
                    const Timing t = timedOnView(side->view, [&] { side->apply(*f); });
                    samples[f->name].push_back(t.total);
                    if (side == &ours)
                        ourModelSamples[f->name].push_back(t.change);
                    rows[f->name] = side->rows();
                }
            }
        }
    }
    QJsonArray results;
    for (const FilterCase &c : cases) {
        const Stats o = stats(ourSamples[c.name]);
        const Stats r = stats(refSamples[c.name]);
        results.append(QJsonObject { { u"name"_s, c.name },
                                     { u"samples"_s, int(ourSamples[c.name].size()) },
                                     { u"rows"_s, ourRows[c.name] },
                                     { u"medianMs"_s, o.median },
                                     { u"p95Ms"_s, o.p95 },
                                     { u"modelMedianMs"_s, stats(ourModelSamples[c.name]).median },
                                     { u"refRows"_s, refRows[c.name] },
                                     { u"refMedianMs"_s, r.median },
                                     { u"refP95Ms"_s, r.p95 } });
    }
    return QJsonObject { { u"filters"_s, results } };
}

// ---------------------------------------------------------------------------
// Cold start, in a child process.

//! Quits @p loop once the watched widget has painted (after the paint, not before).
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QEventLoop *loop)
        : m_loop(loop)
    { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }
    bool seen() const { return m_seen; }

private:
    QEventLoop *m_loop;
    bool m_seen = false;
};

int coldStart(const QElapsedTimer &sinceMain, double appMs, const QString &cachePath,
              bool retention)
{
    QElapsedTimer step;
    step.start();
    Workstation workstation;
    workstation.setCachePath(cachePath);
    if (!retention)
        workstation.setRetentionDays(0); // to tell what the retention purge costs
    const Workstation::Account account { kServer, u"bench"_s };
    workstation.selectAccount(account);
    if (Result<void> opened = workstation.open(account, kPassphrase); !opened) {
        std::fprintf(stderr, "bench_ui: cannot open the cache: %s\n",
                     qPrintable(opened.error().message));
        return 1;
    }
    const double openMs = msSince(step);
    step.restart();
    Ui::MainWindow window(&workstation);
    const double windowMs = msSince(step);
    step.restart();
    QListView *view = window.queuePanel()->view();
    QEventLoop loop;
    FirstPaint painted(&loop);
    view->viewport()->installEventFilter(&painted);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    window.show();
    if (!painted.seen())
        loop.exec();
    const double paintMs = msSince(step);
    const double totalMs = msSince(sinceMain);
    std::printf("painted\n");
    std::fflush(stdout);
    if (!painted.seen())
        return 1;

    // The unlock's key derivation, timed alone (the same cost as inside open()).
    step.restart();
    const Result<CacheKey> key = KeyVault(Cache::keyFilePath(cachePath)).unlock(kPassphrase);
    const double kdfMs = msSince(step);
    const QJsonObject report { { u"retention"_s, retention },
                               { u"appMs"_s, appMs },
                               { u"openMs"_s, openMs },
                               { u"windowMs"_s, windowMs },
                               { u"paintMs"_s, paintMs },
                               { u"totalMs"_s, totalMs },
                               { u"kdfMs"_s, key ? kdfMs : -1.0 },
                               { u"rows"_s, view->model()->rowCount() },
                               { u"rowAtTop"_s, view->indexAt(QPoint(10, 10)).isValid() },
                               { u"peakRssKiB"_s, Bench::peakRssKiB() } };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}

Result<void> createCache(const QString &path, int count, const KdfCost &cost)
{
    Cache::CreateOptions options;
    options.method = KeyVault::Method::Passphrase;
    options.passphrase = kPassphrase;
    options.cost = cost;
    auto store = Cache::create(path, options);
    if (!store)
        return store.error();
    Generator generator(7, QDateTime::currentMSecsSinceEpoch());
    return (*store)->write([&]() -> Result<void> {
        for (qint64 id = 1; id <= count; ++id) {
            if (Result<void> saved = (*store)->saveConversation(generator.conversation(id)); !saved)
                return saved;
        }
        return {};
    });
}

QJsonObject coldStartBench(const QString &self, int conversations, int starts, bool defaultKdf)
{
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(u"cache/cache.db"_s);
    QElapsedTimer timer;
    timer.start();
    if (Result<void> created = createCache(cachePath, conversations, KdfCost::minimum());
        !created) {
        std::fprintf(stderr, "bench_ui: cannot create the cache: %s\n",
                     qPrintable(created.error().message));
        return {};
    }
    const double createMs = msSince(timer);

    // Settings (window geometry, last account) of this run only.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const auto startOnce = [&](bool retention) -> QJsonObject {
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args { u"--cold-start"_s, cachePath };
        if (!retention)
            args.append(u"no-retention"_s);
        QElapsedTimer spawn;
        spawn.start();
        child.start(self, args);
        QByteArray out;
        double spawnMs = -1;
        while (child.waitForReadyRead(60000)) {
            out += child.readAllStandardOutput();
            if (spawnMs < 0 && out.contains("painted\n"))
                spawnMs = msSince(spawn);
        }
        child.waitForFinished(60000);
        out += child.readAllStandardOutput();
        QJsonObject run;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith('{'))
                run = QJsonDocument::fromJson(line).object();
        }
        if (run.isEmpty() || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            std::fprintf(stderr, "bench_ui: a cold start failed\n");
            return {};
        }
        run.insert(u"spawnToPaintMs"_s, spawnMs);
        return run;
    };
    // The same starts with the retention purge off, interleaved: what it costs.
    QJsonArray runs, runsNoRetention;
    for (int i = 0; i < starts; ++i) {
        if (const QJsonObject run = startOnce(true); !run.isEmpty())
            runs.append(run);
        if (const QJsonObject run = startOnce(false); !run.isEmpty())
            runsNoRetention.append(run);
    }

    QJsonObject result { { u"conversations"_s, conversations },
                         { u"createMs"_s, createMs },
                         { u"cacheBytes"_s, QFile(cachePath).size() },
                         { u"runs"_s, runs },
                         { u"runsNoRetention"_s, runsNoRetention } };
    if (defaultKdf) {
        // For the record: what the unlock costs at the workstations' default cost.
        const QString other = dir.filePath(u"moderate/cache.db"_s);
        if (createCache(other, 0, KdfCost::moderate())) {
            timer.restart();
            const bool ok = bool(KeyVault(Cache::keyFilePath(other)).unlock(kPassphrase));
            result.insert(u"kdfModerateMs"_s, ok ? msSince(timer) : -1.0);
        }
    }
    return result;
}

// The offscreen platform says this on every layout change of a top-level widget.
QtMessageHandler g_previousHandler = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"propagateSizeHints"_s))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(quietMessages);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"guichet"_s);
    QApplication::setOrganizationName(u"guichet"_s);
    const double appMs = msSince(sinceMain);

    const QStringList args = QApplication::arguments();
    if (args.size() >= 3 && args.at(1) == u"--cold-start"_s)
        return coldStart(sinceMain, appMs, args.at(2), !args.contains(u"no-retention"_s));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        { { u"conversations"_s, u"Conversations in the queue (100000)."_s, u"N"_s, u"100000"_s },
          { u"runs"_s, u"Repetitions of each filter (20)."_s, u"N"_s, u"20"_s },
          { u"events"_s, u"Live events, half new, half updates (1000)."_s, u"N"_s, u"1000"_s },
          { u"cache"_s, u"Conversations in the cold-start cache (50000)."_s, u"N"_s, u"50000"_s },
          { u"starts"_s, u"Cold starts (5); 0 skips them."_s, u"N"_s, u"5"_s },
          { u"no-default-kdf"_s, u"Do not time the unlock at the default KDF cost."_s },
          { u"ours-only"_s, u"Skip the reference (to profile our side alone)."_s } });
    parser.process(app);
    const int count = parser.value(u"conversations"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();
    const int events = std::max(2, parser.value(u"events"_s).toInt());

    QJsonObject report { { u"conversations"_s, count }, { u"runs"_s, runs } };

    // Our side: the queue model behind the queue panel, as in the main window.
    Generator generator(42, QDateTime::currentMSecsSinceEpoch());
    QList<Conversation> conversations;
    conversations.reserve(count);
    for (qint64 id = 1; id <= count; ++id)
        conversations.append(generator.conversation(id));
    QStringList texts;
    texts.reserve(count);
    for (const Conversation &c : std::as_const(conversations))
        texts.append(referenceText(c));

    QueueModel model;
    model.setAgent(u"agent01"_s, u"equipe-1"_s);
    Ui::QueuePanel panel(&model);
    panel.resize(1400, 900);
    panel.show();
    QListView *view = panel.view();

    // The reference: a bare QListView, the same size as ours, over a QStringListModel
    // of the same rows, filtered by a QSortFilterProxyModel.
    QStringListModel strings;
    QSortFilterProxyModel proxy;
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSourceModel(&strings);
    QListView bare;
    bare.setUniformItemSizes(true);
    bare.setModel(&proxy);
    QCoreApplication::processEvents();
    bare.resize(view->size());
    bare.show();
    QCoreApplication::processEvents();

    {
        QueueFilter all;
        all.states = QueueFilter::States::Any;
        model.setFilter(all);
    }
    // A list of its own, as Store::conversations() hands it over.
    QList<Conversation> loaded = conversations;
    loaded.detach();
    const double loadMs = timedOnView(view, [&] { model.load(std::move(loaded)); }).total;
    const double refLoadMs = timedOnView(&bare, [&] { strings.setStringList(texts); }).total;
    // One repaint of the rows in sight, nothing else changed (what each of the
    // timings below pays once).
    const auto repaints = [](QAbstractItemView *v) {
        std::vector<double> samples;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer timer;
            timer.start();
            v->viewport()->repaint();
            samples.push_back(msSince(timer));
        }
        return stats(samples).median;
    };
    const double paintMs = repaints(view);
    const double refPaintMs = repaints(&bare);
    const auto rowsInSight = [](QAbstractItemView *v) {
        const QModelIndex top = v->indexAt(QPoint(1, 1));
        const QModelIndex bottom = v->indexAt(QPoint(1, v->viewport()->height() - 2));
        return top.isValid() && bottom.isValid() ? bottom.row() - top.row() + 1 : -1;
    };

    // The first search after the load, once (nothing warm yet).
    const QList<FilterCase> cases = filterCases();
    const double firstSearchMs =
        timedOnView(view, [&] { model.setFilter(cases.at(2).filter); }).total;
    timedOnView(view, [&] { model.setFilter(cases.constLast().filter); });
    report.insert(u"load"_s,
                  QJsonObject { { u"ms"_s, loadMs },
                                { u"refMs"_s, refLoadMs },
                                { u"firstSearchMs"_s, firstSearchMs },
                                { u"paintMs"_s, paintMs },
                                { u"rowsInSight"_s, rowsInSight(view) },
                                { u"refPaintMs"_s, refPaintMs },
                                { u"refRowsInSight"_s, rowsInSight(&bare) } });

    // Filters.
    const Side ours { view, [&](const FilterCase &c) { model.setFilter(c.filter); },
                      [&] {
                          return model.rowCount();
                      } };
    const Side reference { &bare,
                           [&](const FilterCase &c) { proxy.setFilterFixedString(c.fixedString); },
                           [&] {
                               return proxy.rowCount();
                           } };
    const bool withReference = !parser.isSet(u"ours-only"_s);
    const QJsonObject filters =
        filterBench(ours, withReference ? &reference : nullptr, filterCases(), runs);
    report.insert(u"filters"_s, filters.value(u"filters"_s));

    // Live events, one at a time, each handled by the event loop as sync delivers
    // them: half new conversations, half updates of known ones, shuffled.
    std::vector<Conversation> live;
    live.reserve(size_t(events));
    const int fresh = events / 2;
    for (int i = 0; i < fresh; ++i)
        live.push_back(generator.conversation(count + 1 + i));
    for (int i = fresh; i < events; ++i)
        live.push_back(generator.update(conversations.at(generator.between(0, count - 1))));
    std::shuffle(live.begin(), live.end(), std::mt19937_64(3));
    std::vector<std::pair<int, QString>> refLive; // row, text; row < 0: insert at -row - 1
    refLive.reserve(live.size());
    for (const Conversation &c : live) {
        const bool isNew = c.id > count;
        const int row = int(generator.between(0, count - 1));
        refLive.emplace_back(isNew ? -row - 1 : row, referenceText(c));
    }
    QCoreApplication::processEvents();
    QElapsedTimer timer, upsertTimer;
    double upsertMs = 0;
    timer.start();
    for (const Conversation &c : live) {
        upsertTimer.start();
        model.upsert({ c });
        upsertMs += msSince(upsertTimer);
        QCoreApplication::processEvents();
    }
    view->repaint();
    const double eventsMs = msSince(timer);
    QCoreApplication::processEvents();
    timer.restart();
    for (const auto &[row, text] : refLive) {
        if (!withReference)
            break;
        if (row < 0) {
            strings.insertRows(-row - 1, 1);
            strings.setData(strings.index(-row - 1), text);
        } else {
            strings.setData(strings.index(row), text);
        }
        QCoreApplication::processEvents();
    }
    bare.repaint();
    const double refEventsMs = msSince(timer);
    report.insert(u"events"_s,
                  QJsonObject { { u"count"_s, events },
                                { u"new"_s, fresh },
                                { u"updated"_s, events - fresh },
                                { u"totalMs"_s, eventsMs },
                                { u"meanUs"_s, eventsMs * 1000 / events },
                                { u"upsertMs"_s, upsertMs },
                                { u"rowsAfter"_s, model.rowCount() },
                                { u"refTotalMs"_s, refEventsMs },
                                { u"refMeanUs"_s, refEventsMs * 1000 / events },
                                { u"refRowsAfter"_s, proxy.rowCount() } });
    report.insert(u"benchPeakRssKiB"_s, Bench::peakRssKiB());

    // Cold start.
    if (const int starts = parser.value(u"starts"_s).toInt(); starts > 0) {
        report.insert(u"coldStart"_s,
                      coldStartBench(QCoreApplication::applicationFilePath(),
                                     parser.value(u"cache"_s).toInt(), starts,
                                     !parser.isSet(u"no-default-kdf"_s)));
    }

    // Summary for the terminal.
    std::fprintf(stderr, "queue of %d conversations, %d runs (median / p95, ms)\n", count, runs);
    std::fprintf(stderr, "  load: ours %.1f, bare list %.1f; first search after it %.1f\n", loadMs,
                 refLoadMs, firstSearchMs);
    for (const QJsonValue &f : report.value(u"filters"_s).toArray()) {
        const QJsonObject o = f.toObject();
        std::fprintf(stderr,
                     "  %-22s ours %7.2f / %7.2f (model %6.2f, %6d rows)   bare list %7.2f / %7.2f "
                     "(%6d rows)\n",
                     qPrintable(o.value(u"name"_s).toString()), o.value(u"medianMs"_s).toDouble(),
                     o.value(u"p95Ms"_s).toDouble(), o.value(u"modelMedianMs"_s).toDouble(),
                     o.value(u"rows"_s).toInt(), o.value(u"refMedianMs"_s).toDouble(),
                     o.value(u"refP95Ms"_s).toDouble(), o.value(u"refRows"_s).toInt());
    }
    std::fprintf(stderr,
                 "  %d live events: ours %.1f ms (%.0f µs each, upsert() %.1f ms), bare list %.1f "
                 "ms (%.0f µs each)\n",
                 events, eventsMs, eventsMs * 1000 / events, upsertMs, refEventsMs,
                 refEventsMs * 1000 / events);
    const QJsonObject cold = report.value(u"coldStart"_s).toObject();
    QJsonArray allRuns = cold.value(u"runs"_s).toArray();
    for (const QJsonValue &r : cold.value(u"runsNoRetention"_s).toArray())
        allRuns.append(r);
    for (const QJsonValue &r : std::as_const(allRuns)) {
        const QJsonObject o = r.toObject();
        std::fprintf(
            stderr,
            "  cold start%s: %.0f ms from main() (app %.0f, open %.0f incl. KDF %.1f, window %.0f, "
            "paint %.0f), %.0f ms from spawn, %lld MiB peak\n",
            o.value(u"retention"_s).toBool() ? "" : " (no retention purge)",
            o.value(u"totalMs"_s).toDouble(), o.value(u"appMs"_s).toDouble(),
            o.value(u"openMs"_s).toDouble(), o.value(u"kdfMs"_s).toDouble(),
            o.value(u"windowMs"_s).toDouble(), o.value(u"paintMs"_s).toDouble(),
            o.value(u"spawnToPaintMs"_s).toDouble(), o.value(u"peakRssKiB"_s).toInteger() / 1024);
    }
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}
