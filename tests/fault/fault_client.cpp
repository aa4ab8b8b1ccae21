// A workstation under fault injection (tests/fault): it logs in through the
// sync engine, keeps conversations claimed and sends numbered replies
// "<tag> #<i>" until <count> are acknowledged. It may be killed at any moment:
// at start it finds in its own cache which replies it already wrote (each local
// copy is stored with its outbox entry, in one transaction) and goes on from
// there; the outbox resends whatever was not acknowledged. It writes only the
// replies the test allows ("--allow N", then "allow N" lines on its stdin), so that
// it cannot run past a kill the test has planned (tst_fault_sync).
#include "app/store/cache.h"
#include "app/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Guichet;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { u"server"_s, u"Server URL."_s, u"URL"_s },
          { u"login"_s, u"Agent."_s, u"NAME"_s },
          { u"store"_s, u"Cache file."_s, u"FILE"_s },
          { u"tag"_s, u"Reply prefix."_s, u"TAG"_s },
          { u"count"_s, u"Replies to send."_s, u"N"_s },
          { u"hold"_s, u"Conversations to hold at once."_s, u"N"_s, u"3"_s },
          { u"allow"_s, u"Write replies below N only, until stdin allows more."_s, u"N"_s } });
    parser.process(app);
    const QString path = parser.value(u"store"_s);
    const QString passphrase = qEnvironmentVariable("GUICHET_PASSPHRASE");
    if (!Cache::exists(path)) {
        Cache::CreateOptions options;
        options.method = KeyVault::Method::Passphrase;
        options.passphrase = passphrase;
        options.cost = KdfCost::minimum();
        if (!Cache::create(path, options)) {
            std::fprintf(stderr, "cannot create the cache\n");
            return 2;
        }
    }
    auto opened = Cache::open(path, passphrase);
    if (!opened) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(opened.error().toString()));
        return 2;
    }
    std::unique_ptr<Store> store = std::move(*opened);
    SyncEngine::Settings settings;
    settings.server = QUrl(parser.value(u"server"_s));
    settings.minBackoffMs = 100;
    settings.maxBackoffMs = 1000;
    settings.pingIntervalMs = 1000;
    settings.deadAfterMs = 4000;
    settings.connectTimeoutMs = 3000;
    SyncEngine engine(store.get(), settings);
    const QString login = parser.value(u"login"_s);
    const QString tag = parser.value(u"tag"_s);
    const int count = parser.value(u"count"_s).toInt();
    const int hold = parser.value(u"hold"_s).toInt();
    int allowed = parser.isSet(u"allow"_s) ? parser.value(u"allow"_s).toInt() : count;
    // "allow N" lines from the test raise the bound.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray lines;
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false); // the test closed it (or died: PR_SET_PDEATHSIG follows)
            return;
        }
        lines.append(buffer, n);
        for (qsizetype end; (end = lines.indexOf('\n')) >= 0; lines.remove(0, end + 1)) {
            const QByteArray line = lines.left(end);
            if (line.startsWith("allow "))
                allowed = std::max(allowed, line.mid(6).toInt());
        }
    });
    if (!store->setting(u"sync/token"_s).value_or(QByteArray()).size())
        engine.setPassword(login, qEnvironmentVariable("GUICHET_PASSWORD"));
    QObject::connect(&engine, &SyncEngine::credentialsRequired, [&](const QString &) {
        engine.setPassword(login, qEnvironmentVariable("GUICHET_PASSWORD"));
        QTimer::singleShot(200, &engine, &SyncEngine::start);
    });
    int refused = 0;
    QObject::connect(&engine, &SyncEngine::commandRefused,
                     [&](const QString &id, ErrorCode code, const QString &) {
                         // Claims are raced on purpose; a refused reply would be a lost one.
                         const auto entry = store->outboxEntry(id);
                         const bool claim = entry && entry->frame.contains("\"type\":\"claim\"");
                         if (!claim) {
                             ++refused;
                             std::fprintf(stderr, "reply refused: %s\n",
                                          qPrintable(errorCodeName(code)));
                         }
                         (void)engine.dismiss(id);
                     });

    // Which replies this cache already wrote (possibly before a kill).
    QSet<int> written;
    for (const Conversation &c : store->conversations()) {
        for (const Message &m : store->messages(c.id)) {
            if (m.author == Author::Agent && m.text.startsWith(tag + u" #"_s))
                written.insert(m.text.mid(tag.size() + 2).toInt());
        }
    }
    int next = 0;
    while (written.contains(next))
        ++next;
    std::printf("resuming at %d\n", next);
    std::fflush(stdout);

    QElapsedTimer lastClaim;
    lastClaim.start();
    QTimer work;
    work.setInterval(25); // a brisk agent, slow enough for the faults to land mid-flight
    QObject::connect(&work, &QTimer::timeout, [&] {
        if (engine.state() != SyncEngine::State::Online)
            return;
        const QString me = login;
        QList<qint64> mine;
        for (const Conversation &c : store->conversations()) {
            if (c.state == ConversationState::Claimed && c.owner == me)
                mine.append(c.id);
        }
        int pendingClaims = 0;
        for (const OutboxEntry &entry : store->outbox())
            pendingClaims += entry.frame.contains("\"type\":\"claim\"") ? 1 : 0;
        if (mine.size() + pendingClaims < hold && lastClaim.elapsed() > 300) {
            (void)engine.claim(0); // races with the other workstation
            lastClaim.restart();
        }
        if (next < std::min(count, allowed) && !mine.isEmpty() && engine.pendingCount() < 20) {
            if (engine.reply(mine[next % mine.size()], u"%1 #%2"_s.arg(tag).arg(next)).ok()) {
                ++next;
                // Progress, read by the test to pace its faults (tst_fault_sync).
                if (next % 10 == 0) {
                    std::printf("submitted %d\n", next);
                    std::fflush(stdout);
                }
            }
        }
        if (next >= count && engine.pendingCount() == 0) {
            std::printf("done %d refused %d\n", next, refused);
            std::fflush(stdout);
            QCoreApplication::exit(refused == 0 ? 0 : 1);
        }
    });
    work.start();
    engine.start();
    return QCoreApplication::exec();
}
