// The store's two hot paths, built twice by tests/bench/CMakeLists.txt: against
// SQLCipher (bench_store) and against plain SQLite (bench_store_plain), from
// this same source. scripts/bench runs both and reports the ratio.
#include "app/store/database.h"
#include "app/store/store.h"
#include "protocol/uuid.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Guichet;

namespace {

QByteArray benchKey()
{
    return QByteArray(32, '\x42');
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto db = Database::open(path, { benchKey(), 0 }, true);
    if (!db)
        return nullptr;
    auto store = Store::open(std::move(*db));
    return store ? std::move(*store) : nullptr;
}

Conversation conversation(qint64 id)
{
    Conversation c;
    c.id = id;
    c.reference = QStringLiteral("BN-%1").arg(id);
    c.channel = Channel(id % 4);
    c.lang = Language(id % 5);
    c.citizen = QStringLiteral("Citoyen %1").arg(id);
    c.subject = QStringLiteral("Demande de renseignements");
    c.deadline = 1767225600000 + id * 1000;
    c.openedAt = 1767200000000;
    c.updatedAt = 1767200000000;
    c.lastExcerpt = QStringLiteral("Bonjour, je voudrais savoir comment déposer plainte pour…");
    c.lastSeq = id;
    return c;
}

// Batched message inserts: one transaction per batch, as the sync engine writes.
void BM_InsertMessagesBatched(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("bench.db")));
    if (!store) {
        state.SkipWithError("cannot open the store");
        return;
    }
    for (qint64 id = 1; id <= 100; ++id)
        (void)store->saveConversation(conversation(id));
    const QString text = QStringLiteral(
        "Bonjour, suite à votre message, vous pouvez déposer plainte en ligne sur le site "
        "masecurite.interieur.gouv.fr si l'auteur est inconnu. Cordialement.");
    const auto batch = state.range(0);
    qint64 seq = 0;
    for (auto _ : state) {
        const auto written = store->write([&]() -> Result<void> {
            for (int i = 0; i < batch; ++i) {
                Message m;
                m.id = newUuid();
                m.conversation = 1 + (seq % 100);
                m.seq = ++seq;
                m.text = text;
                m.at = 1767200000000 + seq;
                if (auto r = store->saveMessage(m); !r)
                    return r;
            }
            return store->setCursor(seq);
        });
        if (!written) {
            state.SkipWithError("write failed");
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_InsertMessagesBatched)->Arg(1000)->Unit(benchmark::kMillisecond);

// Loading the queue: every cached conversation, in queue order.
void BM_LoadQueue(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("bench.db")));
    if (!store) {
        state.SkipWithError("cannot open the store");
        return;
    }
    const auto count = state.range(0);
    (void)store->write([&]() -> Result<void> {
        for (qint64 id = 1; id <= count; ++id) {
            if (auto r = store->saveConversation(conversation(id)); !r)
                return r;
        }
        return {};
    });
    for (auto _ : state) {
        const QList<Conversation> queue = store->conversations();
        if (queue.size() != count) {
            state.SkipWithError("wrong count");
            return;
        }
        benchmark::DoNotOptimize(queue.constData());
    }
    state.SetItemsProcessed(state.iterations() * count);
}
BENCHMARK(BM_LoadQueue)->Arg(10000)->Unit(benchmark::kMillisecond);

// Opening an existing cache with its raw key (no KDF): the unlock cost after
// the passphrase, or the whole cost with the keychain.
void BM_OpenCache(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    (void)openStore(path);
    for (auto _ : state) {
        auto db = Database::open(path, { benchKey(), 0 }, false);
        if (!db) {
            state.SkipWithError("open failed");
            return;
        }
        auto store = Store::open(std::move(*db));
        benchmark::DoNotOptimize(store.ok());
    }
}
BENCHMARK(BM_OpenCache)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
