// Load benchmark (scripts/bench server): N agents and M open web chats on
// loopback, citizens writing at a steady rate; what reaches the agent holding
// each conversation, how fast, and what the server costs in memory. The same
// load runs first against a minimal WebSocket relay (wsrelay), the reference.
#include "fakeplatform.h"
#include "frameclients.h"
#include "protocol/codec.h"
#include "protocol/uuid.h"
#include "server/core/epolldispatcher.h"
#include "serverprocess.h"
#include "tests/bench/benchmemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>
#include <QWebSocket>

#include <chrono>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

struct Settings
{
    int agents = 200;
    int citizens = 2000;
    double rate = 500;
    int seconds = 20;
    int workers = 4;
};

//! CLOCK_MONOTONIC in nanoseconds: the same clock in every process of the run,
//! so a worker's send time and the agent side's receive time compare.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

//! Latencies, counts, memory of one run.
struct LoadOutcome
{
    qint64 sent = 0;
    qint64 received = 0;
    qint64 duplicates = 0;
    QList<double> latenciesMs;
    QList<qint64> sentNs; // with each latency, for the timeline
    QSet<qint64> seen;
    double seconds = 0;
    qint64 peakRssKiB = 0;
    // The server's own figures over the load (sending, then its tail): round
    // trips to the database (its /metrics) and CPU time.
    qint64 statements = -1;
    qint64 transactions = -1;
    double cpuMs = -1;

    //! A load message "m <key> <sent ns>" reached its agent.
    void record(QStringView text)
    {
        const qint64 now = monotonicNs();
        const auto parts = text.split(u' ');
        if (parts.size() != 3)
            return;
        const qint64 key = parts[1].toLongLong();
        if (seen.contains(key)) {
            ++duplicates;
            return;
        }
        seen.insert(key);
        ++received;
        const qint64 sent = parts[2].toLongLong();
        latenciesMs.append((now - sent) / 1e6);
        sentNs.append(sent);
    }

    //! Per second of sending: count, p50, p99, max (--timeline, to stderr).
    void printTimeline(const char *target) const
    {
        if (sentNs.isEmpty())
            return;
        const qint64 start = *std::min_element(sentNs.cbegin(), sentNs.cend());
        QMap<qint64, QList<double>> bySecond;
        for (qsizetype i = 0; i < sentNs.size(); ++i)
            bySecond[(sentNs[i] - start) / 1'000'000'000].append(latenciesMs[i]);
        for (auto it = bySecond.begin(); it != bySecond.end(); ++it) {
            QList<double> &l = it.value();
            std::sort(l.begin(), l.end());
            std::fprintf(
                stderr,
                "timeline %s second %lld: %lld messages, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                target, it.key(), qint64(l.size()), l[l.size() / 2],
                l[std::min<qsizetype>(l.size() - 1, qsizetype(0.99 * l.size()))], l.last());
        }
    }

    QJsonObject toJson() const
    {
        QList<double> sorted = latenciesMs;
        std::sort(sorted.begin(), sorted.end());
        const auto pct = [&sorted](double p) {
            return sorted.isEmpty()
                ? 0.0
                : sorted[qsizetype(std::min<double>(sorted.size() - 1, p * sorted.size()))];
        };
        return { { u"sent"_s, sent },
                 { u"received"_s, received },
                 { u"lost"_s, sent - received },
                 { u"duplicates"_s, duplicates },
                 { u"throughput"_s, seconds > 0 ? received / seconds : 0.0 },
                 { u"p50ms"_s, pct(0.50) },
                 { u"p99ms"_s, pct(0.99) },
                 { u"maxms"_s, pct(1.0) },
                 { u"peakRssKiB"_s, peakRssKiB },
                 { u"statements"_s, statements },
                 { u"transactions"_s, transactions },
                 { u"cpuMs"_s, cpuMs } };
    }
};

// Waiting runs a real event loop: pumping one event at a time (frameclients'
// pumpEvents) made a fresh loop and two timers per event, and took a core.
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

// ---- Citizens, in worker processes ------------------------------------------------------------
// The citizens live in worker processes of ~500 chats each, apart from the
// agents' side that measures: one process for everything spent a whole core in
// poll() (before the epoll dispatcher) and queued every send behind the agents'
// incoming events, which inflated the latencies it measured.

enum class Target { Relay, Server };

//! One worker: chats [first, first + count), sending its share of the rate once
//! told "go" on stdin; prints "ready", then "sent N"; exits at stdin's end.
int runWorker(Target target, const QUrl &base, int index, int workers, int first, int count,
              int agents, double rate, int seconds)
{
    std::vector<std::unique_ptr<QWebSocket>> citizens;
    int ready = 0;
    for (int c = first; c < first + count; ++c) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *raw = socket.get();
        QUrl url = base;
        if (target == Target::Relay) {
            url.setPath(u"/chat"_s);
            url.setQuery(u"agent=%1"_s.arg(c % agents));
            QObject::connect(raw, &QWebSocket::connected, [&ready] { ++ready; });
        } else {
            url.setPath(u"/chat"_s);
            // The same id if the first try is cut off: the server answers a
            // repeat with the conversation the first one opened.
            const QString openId = newUuid();
            QObject::connect(raw, &QWebSocket::connected, [raw, c, openId] {
                raw->sendTextMessage(QString::fromUtf8(Protocol::encode(Protocol::CitizenFrame {
                    Protocol::CitizenHello { Protocol::kVersion, Language::Fr, {}, 0, {} } })));
                raw->sendTextMessage(QString::fromUtf8(Protocol::encode(Protocol::CitizenFrame {
                    Protocol::CitizenSay { openId, u"open %1"_s.arg(c) } })));
            });
            auto acked = std::make_shared<bool>(false);
            QObject::connect(raw, &QWebSocket::textMessageReceived,
                             [&ready, acked](const QString &text) {
                                 if (!*acked && text.contains(u"\"type\":\"ack\""_s)) {
                                     *acked = true;
                                     ++ready;
                                 }
                             });
            // 2,000 chats opening at once can outlast a WebSocket handshake's
            // timeout on a busy server: like the chat page, try again.
            QObject::connect(raw, &QWebSocket::disconnected, raw, [raw, url, acked, index] {
                if (*acked)
                    return;
                std::fprintf(stderr, "worker %d: a chat was cut off while opening (%s), again\n",
                             index, qPrintable(raw->errorString()));
                QTimer::singleShot(1000, raw, [raw, url] { raw->open(url); });
            });
        }
        socket->open(url);
        citizens.push_back(std::move(socket));
        if (c % 100 == 99)
            wait(50);
    }
    if (!waitFor([&] { return ready >= count; }, 180000)) {
        std::fprintf(stderr, "worker %d: only %d of %d chats ready\n", index, ready, count);
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);

    QElapsedTimer run;
    qint64 k = 0;
    const qint64 total = qint64(rate * seconds);
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    pace.setInterval(5);
    QObject::connect(&pace, &QTimer::timeout, [&] {
        const qint64 due = std::min(total, qint64(run.elapsed() * rate / 1000.0));
        for (; k < due; ++k) {
            QWebSocket *socket = citizens[size_t(QRandomGenerator::global()->bounded(count))].get();
            // Keys unique across workers: worker index in the low digits.
            const QString text = u"m %1 %2"_s.arg(k * workers + index).arg(monotonicNs());
            if (target == Target::Relay)
                socket->sendTextMessage(text);
            else
                socket->sendTextMessage(QString::fromUtf8(Protocol::encode(
                    Protocol::CitizenFrame { Protocol::CitizenSay { newUuid(), text } })));
        }
        if (k == total) {
            pace.stop();
            std::printf("sent %lld\n", k);
            std::fflush(stdout);
        }
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[64];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        } else if (QByteArray(buffer, int(n)).contains("go") && !run.isValid()) {
            run.start();
            pace.start();
        }
    });
    return QCoreApplication::exec();
}

//! The worker processes of one run, seen from the measuring process.
class Citizens
{
public:
    Citizens(const Settings &s, Target target, const QUrl &url)
    {
        const int per = (s.citizens + s.workers - 1) / s.workers;
        for (int i = 0, first = 0; first < s.citizens; ++i, first += per) {
            const int count = std::min(per, s.citizens - first);
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QProcess *raw = process.get();
            QObject::connect(raw, &QProcess::readyReadStandardOutput, [this, raw] {
                while (raw->canReadLine()) {
                    const QByteArray line = raw->readLine().trimmed();
                    if (line == "ready")
                        ++m_ready;
                    else if (line.startsWith("sent "))
                        m_sent += line.mid(5).toLongLong(), ++m_done;
                }
            });
            process->start(QCoreApplication::applicationFilePath(),
                           { u"--worker"_s, target == Target::Relay ? u"relay"_s : u"server"_s,
                             u"--url"_s, url.toString(), u"--index"_s, QString::number(i),
                             u"--workers"_s, QString::number(s.workers), u"--first"_s,
                             QString::number(first), u"--count"_s, QString::number(count),
                             u"--agents"_s, QString::number(s.agents), u"--rate"_s,
                             QString::number(s.rate * count / s.citizens), u"--seconds"_s,
                             QString::number(s.seconds) });
            m_processes.push_back(std::move(process));
        }
    }
    ~Citizens()
    {
        for (auto &process : m_processes)
            process->closeWriteChannel();
        for (auto &process : m_processes) {
            if (!process->waitForFinished(10000))
                process->kill();
        }
    }

    bool ready() const { return m_ready == int(m_processes.size()); }
    bool done() const { return m_done == int(m_processes.size()); }
    qint64 sent() const { return m_sent; }
    int readyCount() const { return m_ready; }

    //! Start sending; returns when every worker has sent its share.
    void drive(LoadOutcome &outcome, int seconds)
    {
        QElapsedTimer run;
        run.start();
        for (auto &process : m_processes)
            process->write("go\n");
        waitFor([this] { return done(); }, seconds * 1000 + 60000);
        outcome.sent = m_sent;
        outcome.seconds = run.elapsed() / 1000.0;
    }

private:
    std::vector<std::unique_ptr<QProcess>> m_processes;
    int m_ready = 0;
    int m_done = 0;
    qint64 m_sent = 0;
};

// ---- The reference: a bare relay ---------------------------------------------------------------

LoadOutcome runRelay(const Settings &s, const QString &relayBinary)
{
    LoadOutcome outcome;
    QProcess relay;
    relay.start(relayBinary, {});
    relay.waitForReadyRead(10000);
    const QUrl url(QString::fromUtf8(relay.readAllStandardOutput()).section(u' ', 2).trimmed());
    std::vector<std::unique_ptr<QWebSocket>> agents;
    int connected = 0;
    for (int a = 0; a < s.agents; ++a) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::connected, [&connected] { ++connected; });
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived,
                         [&outcome](const QString &text) { outcome.record(text); });
        socket->open(QUrl(url.toString() + u"/agent?id=%1"_s.arg(a)));
        agents.push_back(std::move(socket));
    }
    waitFor([&] { return connected == s.agents; }, 60000);
    {
        Citizens citizens(s, Target::Relay, url);
        waitFor([&] { return citizens.ready(); }, 120000);
        citizens.drive(outcome, s.seconds);
        waitFor([&] { return outcome.received >= outcome.sent; }, 5000);
    }
    outcome.peakRssKiB = Bench::peakRssKiB(relay.processId());
    relay.kill();
    relay.waitForFinished();
    return outcome;
}

// ---- guichet-server ---------------------------------------------------------------------------

//! The server's database counters from /metrics: statements and transactions.
std::pair<qint64, qint64> databaseCounters(const Test::ServerProcess &server)
{
    const auto metrics = Test::httpRequest("GET", server.httpUrl(u"/metrics"_s));
    const auto value = [&metrics](const QByteArray &name) -> qint64 {
        for (const QByteArray &line : metrics.body.split('\n')) {
            if (line.startsWith(QByteArray(name + ' ')))
                return line.mid(name.size() + 1).trimmed().toLongLong();
        }
        return -1;
    };
    return { value("guichet_database_statements_total"),
             value("guichet_database_transactions_total") };
}

LoadOutcome runServer(const Settings &s, QString *problem)
{
    LoadOutcome outcome;
    Test::ServerProcess server;
    QJsonArray teams;
    const int teamCount = std::max(1, s.agents / 5); // the BNum's teams of five
    for (int t = 0; t < teamCount; ++t)
        teams.append(u"team-%1"_s.arg(t));
    // Every simulated citizen and agent comes from 127.0.0.1: lift the per-address
    // caps (the agents open their sockets all at once, before logging in).
    server.setConfig(
        { { u"routing"_s, QJsonObject { { u"teams"_s, teams }, { u"leaseTimeoutMs"_s, 600000 } } },
          { u"limits"_s,
            QJsonObject { { u"maxConnections"_s, 20000 },
                          { u"maxConnectionsPerAddress"_s, 20000 },
                          { u"chatConnectionsPerAddress"_s, s.citizens + 10 },
                          { u"unauthenticatedPerAddress"_s, s.agents + 10 } } } });
    if (!server.start()) {
        *problem = u"the server did not start"_s;
        return outcome;
    }
    // Agents, created in parallel batches (each admin run hashes a password).
    const QString password = u"load test password"_s;
    for (int a = 0; a < s.agents; a += 8) {
        std::vector<std::unique_ptr<QProcess>> batch;
        for (int b = a; b < std::min(a + 8, s.agents); ++b) {
            QStringList args { u"agent"_s,
                               u"add"_s,
                               u"agent%1"_s.arg(b),
                               u"--name"_s,
                               u"Agent %1"_s.arg(b),
                               u"--role"_s,
                               u"gendarme"_s,
                               u"--team"_s,
                               u"team-%1"_s.arg(b % teamCount),
                               u"--capacity"_s,
                               u"100"_s,
                               u"--languages"_s,
                               u"fr"_s };
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(GUICHET_SERVER_BINARY),
                           QStringList { u"admin"_s, u"--data"_s, server.dataDir() }
                               + (server.database().isEmpty()
                                      ? QStringList()
                                      : QStringList { u"--database"_s, server.database() })
                               + args);
            process->write(password.toUtf8() + '\n');
            process->closeWriteChannel();
            batch.push_back(std::move(process));
        }
        for (auto &process : batch)
            process->waitForFinished(60000);
    }
    QHash<qint64, int> owner; // conversation → agent index
    int claimsAnswered = 0;
    QSet<qint64> claimSeen; // claims whose event reached the claiming agent

    std::vector<std::unique_ptr<QWebSocket>> agents;
    int ready = 0;
    for (int a = 0; a < s.agents; ++a) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *raw = socket.get();
        QObject::connect(raw, &QWebSocket::connected, [raw] {
            raw->sendTextMessage(QString::fromUtf8(Protocol::encode(
                Protocol::AgentFrame { Protocol::Hello { Protocol::kVersion, {} } })));
        });
        QObject::connect(
            raw, &QWebSocket::textMessageReceived, [&, raw, a, password](const QString &text) {
                auto frame = Protocol::decodeAgentFrame(text.toUtf8());
                if (!frame)
                    return;
                if (std::holds_alternative<Protocol::Hello>(*frame)) {
                    raw->sendTextMessage(QString::fromUtf8(Protocol::encode(Protocol::AgentFrame {
                        Protocol::Login { u"agent%1"_s.arg(a), password, {} } })));
                } else if (std::holds_alternative<Protocol::Welcome>(*frame)) {
                    raw->sendTextMessage(QString::fromUtf8(Protocol::encode(Protocol::AgentFrame {
                        Protocol::Sync { std::get<Protocol::Welcome>(*frame).head, 1 } })));
                } else if (const auto *synced = std::get_if<Protocol::Synced>(&*frame);
                           synced && !synced->more) {
                    ++ready;
                } else if (const auto *ack = std::get_if<Protocol::Ack>(&*frame)) {
                    ++claimsAnswered;
                    if (ack->ok)
                        owner.insert(ack->result.value(u"conversation"_s).toInteger(), a);
                } else if (const auto *event = std::get_if<Protocol::Event>(&*frame)) {
                    if (event->kind == EventKind::ConversationClaimed
                        && event->data.value(u"agent"_s).toString() == u"agent%1"_s.arg(a)) {
                        claimSeen.insert(event->conversation);
                        return;
                    }
                    if (event->kind != EventKind::MessageAdded)
                        return;
                    const QString body = event->data.value(u"text"_s).toString();
                    if (body.startsWith(u"m "_s) && owner.value(event->conversation, -1) == a)
                        outcome.record(body);
                } else if (const auto *ping = std::get_if<Protocol::Ping>(&*frame)) {
                    raw->sendTextMessage(QString::fromUtf8(
                        Protocol::encode(Protocol::AgentFrame { Protocol::Pong { ping->nonce } })));
                }
            });
        socket->open(server.wsUrl(u"/agent"_s));
        agents.push_back(std::move(socket));
    }
    if (!waitFor([&] { return ready == s.agents; }, 180000)) {
        *problem = u"only %1 agents logged in"_s.arg(ready);
        return outcome;
    }

    Citizens citizens(s, Target::Server, server.wsUrl(QString()));
    if (!waitFor([&] { return citizens.ready(); }, 240000)) {
        *problem = u"only %1 of %2 citizen workers opened their chats"_s.arg(citizens.readyCount())
                       .arg(s.workers);
        return outcome;
    }
    // Every agent takes conversations of its team until the queue is empty;
    // the load starts once every claim is answered, those refused included
    // (still in the server's queue, they were measured as load latency).
    int claimsSent = 0;
    for (int round = 0; round < s.citizens / s.agents + 1; ++round) {
        for (int a = 0; a < s.agents; ++a)
            agents[size_t(a)]->sendTextMessage(QString::fromUtf8(
                Protocol::encode(Protocol::AgentFrame { Protocol::Claim { newUuid(), 0 } })));
        claimsSent += s.agents;
    }
    // On PostgreSQL the events reach the agents after the acks (through
    // LISTEN/NOTIFY): the fan-out of 2,000 claims overlapped the load's first
    // second until the load waited for it too.
    waitFor([&] { return claimsAnswered == claimsSent && claimSeen.size() >= s.citizens; }, 180000);
    if (owner.size() != s.citizens) {
        *problem = u"only %1 conversations claimed"_s.arg(owner.size());
        return outcome;
    }

    // The setup's tail (the intake reads the claims' events after they reached
    // the agents) is not the load: let the server finish it.
    wait(2000);
    std::fprintf(stderr, "load phase starts\n");
    std::fflush(stderr);
    const auto [statements, transactions] = databaseCounters(server);
    const double cpu = Bench::cpuMs(server.pid());
    citizens.drive(outcome, s.seconds);
    waitFor([&] { return outcome.received >= outcome.sent; }, 10000);
    outcome.cpuMs = Bench::cpuMs(server.pid()) - cpu;
    const auto [statementsAfter, transactionsAfter] = databaseCounters(server);
    if (statements >= 0 && statementsAfter >= 0) {
        outcome.statements = statementsAfter - statements;
        outcome.transactions = transactionsAfter - transactions;
    }
    outcome.peakRssKiB = Bench::peakRssKiB(server.pid());
    return outcome;
}

} // namespace

int main(int argc, char *argv[])
{
    // The load generator holds 2,200 sockets too: the same dispatcher as the
    // server, so it takes as little of the shared cores as it can.
    QCoreApplication::setEventDispatcher(new Server::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"agents"_s, u"Agents."_s, u"N"_s, u"200"_s },
                        { u"citizens"_s, u"Open chats."_s, u"M"_s, u"2000"_s },
                        { u"rate"_s, u"Citizen messages per second."_s, u"R"_s, u"500"_s },
                        { u"seconds"_s, u"Duration of the load."_s, u"S"_s, u"20"_s },
                        { u"workers"_s, u"Citizen processes."_s, u"W"_s, u"4"_s },
                        { u"relay"_s, u"The wsrelay binary."_s, u"FILE"_s },
                        { u"timeline"_s, u"Latency per second of load, on stderr."_s },
                        // A citizen worker's own options (started by this program).
                        { u"worker"_s, u"Run as a citizen worker."_s, u"relay|server"_s },
                        { u"url"_s, u"Worker: the server's WebSocket URL."_s, u"URL"_s },
                        { u"index"_s, u"Worker: its index."_s, u"I"_s, u"0"_s },
                        { u"first"_s, u"Worker: its first chat."_s, u"C"_s, u"0"_s },
                        { u"count"_s, u"Worker: how many chats."_s, u"N"_s, u"0"_s } });
    parser.process(app);
    Settings s;
    s.agents = parser.value(u"agents"_s).toInt();
    s.citizens = parser.value(u"citizens"_s).toInt();
    s.rate = parser.value(u"rate"_s).toDouble();
    s.seconds = parser.value(u"seconds"_s).toInt();
    s.workers = std::max(1, parser.value(u"workers"_s).toInt());
    if (parser.isSet(u"worker"_s)) {
        return runWorker(parser.value(u"worker"_s) == u"relay"_s ? Target::Relay : Target::Server,
                         QUrl(parser.value(u"url"_s)), parser.value(u"index"_s).toInt(), s.workers,
                         parser.value(u"first"_s).toInt(), parser.value(u"count"_s).toInt(),
                         s.agents, s.rate, s.seconds);
    }

    QJsonObject report { { u"agents"_s, s.agents },
                         { u"citizens"_s, s.citizens },
                         { u"rate"_s, s.rate },
                         { u"seconds"_s, s.seconds },
                         { u"workers"_s, s.workers },
                         { u"backend"_s, Test::usePostgres() ? u"postgresql"_s : u"sqlite"_s } };
    const LoadOutcome relay = runRelay(s, parser.value(u"relay"_s));
    report.insert(u"relay"_s, relay.toJson());
    QString problem;
    const LoadOutcome server = runServer(s, &problem);
    if (parser.isSet(u"timeline"_s)) {
        relay.printTimeline("relay");
        server.printTimeline("server");
    }
    report.insert(u"server"_s, server.toJson());
    if (!problem.isEmpty())
        report.insert(u"problem"_s, problem);
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return problem.isEmpty() ? 0 : 1;
}
