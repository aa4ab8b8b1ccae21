// First sync of a large log into an empty encrypted cache, and resume after
// new events, with the workstation's own engine (scripts/bench sync). The
// reference, in the same run: the same events received over the same socket
// without being stored (what the network and the decoder cost alone).
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { u"server"_s, u"Server URL."_s, u"URL"_s },
                        { u"login"_s, u"Agent."_s, u"NAME"_s },
                        { u"phase"_s, u"first or resume."_s, u"PHASE"_s },
                        { u"store"_s, u"Cache file (kept between phases)."_s, u"FILE"_s } });
    parser.process(app);
    const QUrl server(parser.value(u"server"_s));
    const QString login = parser.value(u"login"_s);
    const QString password = qEnvironmentVariable("GUICHET_PASSWORD");
    const QString path = parser.value(u"store"_s);
    const QString passphrase = u"benchmark passphrase"_s;
    QJsonObject report;

    if (parser.value(u"phase"_s) == u"first"_s) {
        // The reference: the same sync, received and decoded, not stored.
        Test::AgentClient raw;
        QElapsedTimer timer;
        timer.start();
        if (!raw.connectAndLogin(QUrl(server.toString().replace(u"http"_s, u"ws"_s) + u"/agent"_s),
                                 login, password))
            return 1;
        const double loginMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        qint64 last = 0;
        const int events = int(raw.syncAll(0, 1000, &last).size());
        report.insert(u"rawMs"_s, timer.nsecsElapsed() / 1e6);
        report.insert(u"loginMs"_s, loginMs);
        report.insert(u"events"_s, events);
        raw.close();

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
