// First sync of a large log into an empty encrypted cache, and resume after
// new events, with the workstation's own engine (scripts/bench sync). The
// reference, in the same run and its own process: the same events received
// and decoded over the same socket, in the same batches, without being stored
// (what the server, the network and the decoder cost alone).
#include "app/store/cache.h"
#include "app/sync/syncengine.h"
#include "frameclients.h"
#include "tests/bench/benchmemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QWebSocket>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

double syncOnce(Store *store, const QUrl &server, const QString &login, const QString &password)
{
    SyncEngine::Settings settings;
    settings.server = server;
    SyncEngine engine(store, settings);
    if (!password.isEmpty())
        engine.setPassword(login, password);
    QElapsedTimer timer;
    timer.start();
    engine.start();
    while (engine.state() != SyncEngine::State::Online && timer.elapsed() < 600000)
        Test::pumpEvents(5);
    return engine.state() == SyncEngine::State::Online ? timer.nsecsElapsed() / 1e6 : -1;
}

//! The reference: what the engine does minus the cache, timed the same way
//! (connect, log in, sync). Same socket class,
//! same batch size, the next batch asked for as soon as one ends; every frame
//! decoded and the batch's events held until its end, then dropped.
struct RawSync
{
    double ms = -1;
    int events = 0;
};

RawSync rawSync(const QUrl &server, const QString &login, const QString &password)
{
    using namespace Protocol;
    RawSync result;
    QWebSocket socket;
    QList<Event> batch;
    QElapsedTimer timer;
    bool done = false;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &text) {
        auto frame = decodeAgentFrame(text.toUtf8());
        if (!frame) {
            done = true;
            return;
        }
        const auto send = [&](const AgentFrame &f) {
            socket.sendTextMessage(QString::fromUtf8(encode(f)));
        };
        if (std::holds_alternative<Hello>(*frame)) {
            send(Login { login, password, {} });
        } else if (std::holds_alternative<Welcome>(*frame)) {
            send(Sync { 0, SyncEngine::Settings {}.syncBatch });
        } else if (auto *event = std::get_if<Event>(&*frame)) {
            batch.append(*event);
        } else if (auto *synced = std::get_if<Synced>(&*frame)) {
            if (synced->more)
                send(Sync { synced->last, SyncEngine::Settings {}.syncBatch });
            result.events += int(batch.size());
            batch.clear();
            if (!synced->more) {
                result.ms = timer.nsecsElapsed() / 1e6;
                done = true;
            }
        } else if (std::holds_alternative<ErrorFrame>(*frame)) {
            done = true;
        }
    });
    QObject::connect(&socket, &QWebSocket::connected, [&] {
        socket.sendTextMessage(QString::fromUtf8(Protocol::encode(
            Protocol::AgentFrame { Protocol::Hello { Protocol::kVersion, u"bench"_s } })));
    });
    QObject::connect(&socket, &QWebSocket::disconnected, [&] { done = true; });
    timer.start(); // from connecting, like the engine's figure
    socket.open(QUrl(server.toString().replace(u"http"_s, u"ws"_s) + u"/agent"_s));
    QElapsedTimer limit;
    limit.start();
    while (!done && limit.elapsed() < 600000)
        Test::pumpEvents(5);
    socket.close();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"server"_s, u"Server URL."_s, u"URL"_s },
                        { u"login"_s, u"Agent."_s, u"NAME"_s },
                        { u"phase"_s, u"reference, first or resume."_s, u"PHASE"_s },
                        { u"store"_s, u"Cache file (kept between phases)."_s, u"FILE"_s } });
    parser.process(app);
    const QUrl server(parser.value(u"server"_s));
    const QString login = parser.value(u"login"_s);
    const QString password = qEnvironmentVariable("GUICHET_PASSWORD");
    const QString path = parser.value(u"store"_s);
    const QString passphrase = u"benchmark passphrase"_s;
    QJsonObject report;

    const QString phase = parser.value(u"phase"_s);
    if (phase == u"reference"_s) {
        // A process of its own, so that its memory does not count in the engine's.
        Bench::resetPeakRss();
        const RawSync raw = rawSync(server, login, password);
        report.insert(u"rawMs"_s, raw.ms);
        report.insert(u"events"_s, raw.events);
        report.insert(u"rawPeakRssKiB"_s, Bench::peakRssKiB());
    } else if (phase == u"first"_s) {
        Cache::CreateOptions options;
        options.method = KeyVault::Method::Passphrase;
        options.passphrase = passphrase;
        options.cost = KdfCost::minimum(); // the unlock KDF is not what is measured
        auto store = Cache::create(path, options);
        if (!store)
            return 1;
        Bench::resetPeakRss();
        const double ms = syncOnce(store->get(), server, login, password);
        report.insert(u"firstSyncMs"_s, ms);
        report.insert(u"peakRssKiB"_s, Bench::peakRssKiB());
        report.insert(u"conversations"_s, (*store)->conversationCount());
        report.insert(u"storedThrough"_s, (*store)->cursor());
        // The database and its write-ahead log: most of a first sync is still in the WAL.
        report.insert(u"cacheBytes"_s, QFile(path).size() + QFile(path + u"-wal"_s).size());
    } else {
        auto store = Cache::open(path, passphrase);
        if (!store)
            return 1;
        const qint64 before = (*store)->cursor();
        Bench::resetPeakRss();
        const double ms = syncOnce(store->get(), server, login, {});
        report.insert(u"resumeMs"_s, ms);
        report.insert(u"resumedEvents"_s, (*store)->cursor() - before);
        report.insert(u"peakRssKiB"_s, Bench::peakRssKiB());
    }
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}
