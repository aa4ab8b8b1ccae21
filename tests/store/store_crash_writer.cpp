// Helper for tst_store_crash: opens a passphrase cache (passphrase on stdin,
// never in argv) and commits batches forever, printing each committed batch
// number. The test kills it with SIGKILL at a random moment.
#include "app/store/cache.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

using namespace Guichet;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    QTextStream in(stdin);
    const QString passphrase = in.readLine();
    auto store = Cache::open(QString::fromLocal8Bit(argv[1]), passphrase);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    auto &s = **store;
    for (qint64 batch = s.cursor() + 1;; ++batch) {
        const auto done = s.write([&]() -> Result<void> {
            Conversation c;
            c.id = batch;
            c.reference = QStringLiteral("R%1").arg(batch);
            c.citizen = QStringLiteral("citizen");
            c.deadline = batch;
            if (auto r = s.saveConversation(c); !r)
                return r;
            for (int i = 0; i < 50; ++i) {
                Message m;
                m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                m.conversation = batch;
                m.text = QStringLiteral("message %1 of batch %2").arg(i).arg(batch);
                m.at = batch * 100 + i;
                if (auto r = s.saveMessage(m); !r)
                    return r;
            }
            return s.setCursor(batch);
        });
        if (!done) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(done.error().toString()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(batch));
        std::fflush(stdout);
    }
}
