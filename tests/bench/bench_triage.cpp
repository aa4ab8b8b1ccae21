// scripts/bench triage: the triage engine (guichet::triage, the shipped bundle)
// beside the reference, the old EmergencyDetector (its ~60 regular
// expressions), on the labelled set of tests/data/triage, in the same run:
// per split and language, emergency recall, false alarms, SGBV recall, and
// the time per message. JSON on stdout for tests/bench/report_triage.py.
#include "server/channels/emergencydetector.h"
#include "server/triage/triage.h"
#include "tests/triage/triageevaluation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::TriageEvaluation;

namespace {

QJsonObject figuresJson(const QMap<QString, Figures> &figures)
{
    QJsonObject out;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        const Figures &f = it.value();
        out[it.key()] = QJsonObject { { u"emergencies"_s, f.emergencies },
                                      { u"recall"_s, f.recall() },
                                      { u"others"_s, f.others },
                                      { u"falseAlarms"_s, f.falseAlarmRate() },
                                      { u"sgbv"_s, f.sgbv },
                                      { u"sgbvRecall"_s, f.sgbvRecall() } };
    }
    return out;
}

//! Time per message (µs): each message's best of @p rounds passes (what the
//! code costs, not what the other programs on the machine cost it), then the
//! mean, the 99th percentile and the worst over every message.
QJsonObject timing(const QList<Row> &rows, int rounds, const std::function<void(const Row &)> &run)
{
    QList<double> best(rows.size(), 1e18);
    for (int r = 0; r < rounds; ++r) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QElapsedTimer one;
            one.start();
            run(rows[i]);
            best[i] = std::min(best[i], one.nsecsElapsed() / 1000.0);
        }
    }
    double sum = 0;
    for (const double b : std::as_const(best))
        sum += b;
    std::sort(best.begin(), best.end());
    return { { u"meanMicros"_s, sum / best.size() },
             { u"p99Micros"_s, best[qsizetype(best.size() * 0.99)] },
             { u"worstMicros"_s, best.last() } };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_triage TRIAGE.jsonl [ROUNDS [BUNDLE.json]]\n");
        return 2;
    }
    QString error;
    const QList<Row> rows = load(args[1], &error);
    if (rows.isEmpty()) {
        std::fprintf(stderr, "bench_triage: %s\n", qPrintable(error));
        return 1;
    }
    const int rounds = args.size() > 2 ? std::max(1, args[2].toInt()) : 10;

    QElapsedTimer build;
    build.start();
    // A candidate bundle instead of the built-in one: its time per message (a bundle's
    // knowledge, not only the engine, sets it).
    std::shared_ptr<const Server::Triage::Engine> engine;
    if (args.size() > 3) {
        QFile file(args[3]);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_triage: cannot read %s\n", qPrintable(args[3]));
            return 1;
        }
        engine = Server::Triage::Engine::fromBundle(file.readAll(), &error);
    } else {
        engine = Server::Triage::Engine::builtIn();
    }
    if (!engine) {
        std::fprintf(stderr, "bench_triage: %s\n", qPrintable(error));
        return 1;
    }
    const double loadMs = build.nsecsElapsed() / 1e6;

    const auto triage = [&](const Row &r) {
        const auto a = engine->assess(r.text, fromWireName<Language>(r.lang));
        return Decision { a.emergency, a.sgbv };
    };
    const auto reference = [](const Row &r) {
        return Decision { Server::Channels::EmergencyDetector::looksLikeEmergency(r.text), false };
    };
    QJsonObject splits;
    for (const QString &split :
         { u"tune"_s, u"heldback"_s, u"heldback2"_s, u"heldback3"_s, u"heldback4"_s, u"heldback5"_s,
           u"heldback6"_s, u"after"_s, u"heldback7"_s, u"heldback8"_s }) {
        splits[split] =
            QJsonObject { { u"triage"_s, figuresJson(evaluate(rows, split, triage)) },
                          { u"reference"_s, figuresJson(evaluate(rows, split, reference)) } };
    }
    volatile bool sink = false;
    const QJsonObject triageTime =
        timing(rows, rounds, [&](const Row &r) { sink = triage(r).emergency; });
    const QJsonObject referenceTime =
        timing(rows, rounds, [&](const Row &r) { sink = reference(r).emergency; });
    Q_UNUSED(sink)
    const QJsonObject out { { u"messages"_s, int(rows.size()) },
                            { u"rounds"_s, rounds },
                            { u"version"_s, engine->version() },
                            { u"bundleLoadMs"_s, loadMs },
                            { u"splits"_s, splits },
                            { u"time"_s,
                              QJsonObject { { u"triage"_s, triageTime },
                                            { u"reference"_s, referenceTime } } } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
