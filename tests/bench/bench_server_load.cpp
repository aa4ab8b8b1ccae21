// Load benchmark (scripts/bench server): N agents and M open web chats on
// loopback, citizens writing at a steady rate; what reaches the agent holding
// each conversation, how fast, and what the server costs in memory. The same
// load runs first against a minimal WebSocket relay (wsrelay), the reference.
#include "frameclients.h"
#include "protocol/codec.h"
#include "protocol/uuid.h"
#include "serverprocess.h"
#include "tests/bench/benchmemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

struct Settings
{
    int agents = 200;
    int citizens = 2000;
    double rate = 500;
    int seconds = 20;
};

//! Latencies, counts, memory of one run.
struct LoadOutcome
{
    qint64 sent = 0;
    qint64 received = 0;
    qint64 duplicates = 0;
    QList<double> latenciesMs;
    double seconds = 0;
    qint64 peakRssKiB = 0;

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
                 { u"throughput"_s, received / seconds },
                 { u"p50ms"_s, pct(0.50) },
                 { u"p99ms"_s, pct(0.99) },
                 { u"maxms"_s, pct(1.0) },
                 { u"peakRssKiB"_s, peakRssKiB } };
    }
};

void wait(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        Test::pumpEvents(10);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        Test::pumpEvents(10);
    }
    return true;
}

//! Send "m <k>" texts from random citizens at the set rate; @p sendOne sends
//! message k from citizen c.
void drive(const Settings &s, QHash<qint64, qint64> &sentAt,
           const std::function<void(int, qint64)> &sendOne, LoadOutcome &outcome,
           const QElapsedTimer &clock)
{
    QElapsedTimer run;
    run.start();
    qint64 k = 0;
    const qint64 total = qint64(s.rate * s.seconds);
    while (k < total) {
        const qint64 due = qint64(run.elapsed() * s.rate / 1000.0);
        while (k < due && k < total) {
            sentAt.insert(k, clock.nsecsElapsed());
            sendOne(int(QRandomGenerator::global()->bounded(s.citizens)), k);
            ++k;
        }
        Test::pumpEvents(1);
    }
    outcome.sent = k;
    outcome.seconds = run.elapsed() / 1000.0;
}

// ---- The reference: a bare relay ---------------------------------------------------------------

LoadOutcome runRelay(const Settings &s, const QString &relayBinary)
{
    LoadOutcome outcome;
    QProcess relay;
    relay.start(relayBinary, {});
    relay.waitForReadyRead(10000);
    const QString url = QString::fromUtf8(relay.readAllStandardOutput()).section(u' ', 2).trimmed();
    QElapsedTimer clock;
    clock.start();
    QHash<qint64, qint64> sentAt;
    QSet<qint64> seen;
    std::vector<std::unique_ptr<QWebSocket>> agents;
    std::vector<std::unique_ptr<QWebSocket>> citizens;
    int connected = 0;
    for (int a = 0; a < s.agents; ++a) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::connected, [&connected] { ++connected; });
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, [&](const QString &text) {
            const qint64 k = text.mid(2).toLongLong();
            if (seen.contains(k)) {
                ++outcome.duplicates;
                return;
            }
            seen.insert(k);
            ++outcome.received;
            outcome.latenciesMs.append((clock.nsecsElapsed() - sentAt.value(k)) / 1e6);
        });
        socket->open(QUrl(url + u"/agent?id=%1"_s.arg(a)));
        agents.push_back(std::move(socket));
    }
    for (int c = 0; c < s.citizens; ++c) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::connected, [&connected] { ++connected; });
        socket->open(QUrl(url + u"/chat?agent=%1"_s.arg(c % s.agents)));
        citizens.push_back(std::move(socket));
    }
    waitFor([&] { return connected == s.agents + s.citizens; }, 60000);
    drive(
        s, sentAt,
        [&](int c, qint64 k) {
            citizens[size_t(c)]->sendTextMessage(u"m "_s + QString::number(k));
        },
        outcome, clock);
    waitFor([&] { return outcome.received >= outcome.sent; }, 5000);
    outcome.peakRssKiB = Bench::peakRssKiB(relay.processId());
    relay.kill();
    relay.waitForFinished();
    return outcome;
}

// ---- guichet-server ---------------------------------------------------------------------------

LoadOutcome runServer(const Settings &s, const QString &backend, QString *problem)
{
    LoadOutcome outcome;
    Test::ServerProcess server;
    QJsonArray teams;
    const int teamCount = std::max(1, s.agents / 5); // the BNum's teams of five
    for (int t = 0; t < teamCount; ++t)
        teams.append(u"team-%1"_s.arg(t));
    // Every simulated citizen comes from 127.0.0.1: lift the per-address cap.
    server.setConfig(
        { { u"routing"_s, QJsonObject { { u"teams"_s, teams }, { u"leaseTimeoutMs"_s, 600000 } } },
          { u"limits"_s,
            QJsonObject { { u"maxConnections"_s, 20000 },
                          { u"chatConnectionsPerAddress"_s, s.citizens + 10 } } } });
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
    QElapsedTimer clock;
    clock.start();
    QHash<qint64, qint64> sentAt;
    QSet<qint64> seen;
    QHash<qint64, int> owner; // conversation → agent index
    QHash<int, qint64> conversationOf; // citizen → conversation
    QHash<QString, int> citizenOfText;

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
                } else if (const auto *ack = std::get_if<Protocol::Ack>(&*frame); ack && ack->ok) {
                    owner.insert(ack->result.value(u"conversation"_s).toInteger(), a);
                } else if (const auto *event = std::get_if<Protocol::Event>(&*frame)) {
                    if (event->kind != EventKind::MessageAdded)
                        return;
                    const QString body = event->data.value(u"text"_s).toString();
                    if (body.startsWith(u"open "_s)) {
                        citizenOfText.insert(body, 0);
                        conversationOf.insert(body.mid(5).toInt(), event->conversation);
                    } else if (body.startsWith(u"m "_s)
                               && owner.value(event->conversation, -1) == a) {
                        const qint64 k = body.mid(2).toLongLong();
                        if (seen.contains(k)) {
                            ++outcome.duplicates;
                            return;
                        }
                        seen.insert(k);
                        ++outcome.received;
                        outcome.latenciesMs.append((clock.nsecsElapsed() - sentAt.value(k)) / 1e6);
                    }
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

    std::vector<std::unique_ptr<QWebSocket>> citizens;
    int welcomed = 0;
    for (int c = 0; c < s.citizens; ++c) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *raw = socket.get();
        QObject::connect(raw, &QWebSocket::connected, [raw, c] {
            raw->sendTextMessage(QString::fromUtf8(Protocol::encode(Protocol::CitizenFrame {
                Protocol::CitizenHello { Protocol::kVersion, Language::Fr, {}, 0, {} } })));
            raw->sendTextMessage(QString::fromUtf8(Protocol::encode(Protocol::CitizenFrame {
                Protocol::CitizenSay { newUuid(), u"open %1"_s.arg(c) } })));
        });
        QObject::connect(raw, &QWebSocket::textMessageReceived, [&welcomed](const QString &text) {
            if (text.contains(u"\"type\":\"ack\""_s))
                ++welcomed;
        });
        socket->open(server.wsUrl(u"/chat"_s));
        citizens.push_back(std::move(socket));
        if (c % 100 == 99)
            wait(50);
    }
    if (!waitFor([&] { return welcomed == s.citizens && conversationOf.size() == s.citizens; },
                 180000)) {
        *problem = u"only %1 chats opened"_s.arg(welcomed);
        return outcome;
    }
    // Every agent takes conversations of its team until the queue is empty.
    int claimsAnswered = 0;
    for (int round = 0; round < s.citizens / s.agents + 1; ++round) {
        for (int a = 0; a < s.agents; ++a)
            agents[size_t(a)]->sendTextMessage(QString::fromUtf8(
                Protocol::encode(Protocol::AgentFrame { Protocol::Claim { newUuid(), 0 } })));
        claimsAnswered += s.agents;
    }
    waitFor([&] { return owner.size() == s.citizens; }, 120000);
    if (owner.size() != s.citizens) {
        *problem = u"only %1 conversations claimed"_s.arg(owner.size());
        return outcome;
    }

    std::fprintf(stderr, "load phase starts\n");
    std::fflush(stderr);
    drive(
        s, sentAt,
        [&](int c, qint64 k) {
            citizens[size_t(c)]->sendTextMessage(
                QString::fromUtf8(Protocol::encode(Protocol::CitizenFrame {
                    Protocol::CitizenSay { newUuid(), u"m "_s + QString::number(k) } })));
        },
        outcome, clock);
    waitFor([&] { return outcome.received >= outcome.sent; }, 10000);
    outcome.peakRssKiB = Bench::peakRssKiB(server.pid());
    Q_UNUSED(backend);
    return outcome;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"agents"_s, u"Agents."_s, u"N"_s, u"200"_s },
                        { u"citizens"_s, u"Open chats."_s, u"M"_s, u"2000"_s },
                        { u"rate"_s, u"Citizen messages per second."_s, u"R"_s, u"500"_s },
                        { u"seconds"_s, u"Duration of the load."_s, u"S"_s, u"20"_s },
                        { u"relay"_s, u"The wsrelay binary."_s, u"FILE"_s } });
    parser.process(app);
    Settings s;
    s.agents = parser.value(u"agents"_s).toInt();
    s.citizens = parser.value(u"citizens"_s).toInt();
    s.rate = parser.value(u"rate"_s).toDouble();
    s.seconds = parser.value(u"seconds"_s).toInt();

    QJsonObject report { { u"agents"_s, s.agents },
                         { u"citizens"_s, s.citizens },
                         { u"rate"_s, s.rate },
                         { u"seconds"_s, s.seconds },
                         { u"backend"_s, Test::usePostgres() ? u"postgresql"_s : u"sqlite"_s } };
    report.insert(u"relay"_s, runRelay(s, parser.value(u"relay"_s)).toJson());
    QString problem;
    const LoadOutcome server = runServer(s, {}, &problem);
    report.insert(u"server"_s, server.toJson());
    if (!problem.isEmpty())
        report.insert(u"problem"_s, problem);
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return problem.isEmpty() ? 0 : 1;
}
