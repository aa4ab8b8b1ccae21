// The held-back evaluation of the shipped triage bundle (docs/triage.md): one
// table of parts of tests/data/triage, each with floors per language, checked by
// one loop. "heldback7", written by an independent author after the candidate
// bundle .11 was frozen, is the measure: no lexicon word, pattern or weight was
// fitted on it. The earlier held-back parts ("heldback" to "heldback6", "after")
// are the trainer's tuning data from .11 on; the shipped .8 was not trained on
// them, so their floors are its old held-back floors. The tuning part is printed beside, without
// floors.
#include "server/triage/triage.h"
#include "tests/triage/triageevaluation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::TriageEvaluation;

namespace {

struct Floor
{
    double recall, falseAlarms, sgbvRecall;
};

//! One part of the labelled set: its size per language (emergencies, SGBV cases,
//! other messages, at least) and its floors (recall, false alarms, SGBV recall).
struct Part
{
    QString split;
    bool tuningData; //!< the trainer's data from .11 on: a regression check, not a measure
    int emergencies, sgbv, others;
    QMap<QString, Floor> floors;
};

// Floors one message under what the shipped bundle measured (docs/triage.md,
// "Figures"); a change that loses ground fails here. The goal
// (recall >= 0.95 per language, false alarms <= 0.10, SGBV recall >= 0.9) is not
// a floor: raise the floors as the measure gets closer. The shipped bundle is
// 2026-12-07.8 (the candidate .11 flagged short polite openers, "One question
// please", as emergencies: not shipped, docs/triage.md).
// clang-format off
const QList<Part> kParts {
    // The measure: heldback7, written by an independent author while bundle .11 was
    // trained and merged after it was frozen (fa7f19b); bundle 2026-12-07.8 measured
    // once on it (evaluate.py, per language only), recall / false alarms / SGBV recall:
    // fr 0.914/0.109/1.000  en 0.943/0.055/0.778  de 0.971/0.107/0.850
    // it 0.971/0.070/0.789  es 0.941/0.018/0.750  all 0.948/0.071/0.835
    { u"heldback7"_s, false, 34, 18, 55,
      { { u"fr"_s, { 0.885, 0.128, 0.95 } }, { u"en"_s, { 0.914, 0.073, 0.722 } },
        { u"de"_s, { 0.941, 0.125, 0.8 } }, { u"it"_s, { 0.941, 0.088, 0.736 } },
        { u"es"_s, { 0.911, 0.036, 0.7 } }, { u"all"_s, { 0.94, 0.075, 0.824 } } } },
    // The held-back parts of bundles .1 to .10, measured too often to stay clean
    // measures, and tuning data of the trainer from the candidate .11 on. The
    // shipped .8 was not trained on them: the floors it had as held-back parts.
    { u"heldback"_s, true, 30, 15, 30,
      { { u"fr"_s, { 0.84, 0.18, 0.95 } }, { u"en"_s, { 0.82, 0.07, 0.95 } },
        { u"de"_s, { 0.87, 0.07, 0.95 } }, { u"it"_s, { 0.89, 0.07, 0.77 } },
        { u"es"_s, { 0.84, 0.07, 0.95 } }, { u"all"_s, { 0.87, 0.08, 0.95 } } } },
    { u"heldback2"_s, true, 20, 10, 30,
      { { u"fr"_s, { 0.92, 0.03, 0.83 } }, { u"en"_s, { 0.83, 0.1, 0.74 } },
        { u"de"_s, { 0.92, 0.05, 0.83 } }, { u"it"_s, { 0.96, 0.03, 0.83 } },
        { u"es"_s, { 0.8, 0.05, 0.75 } }, { u"all"_s, { 0.91, 0.04, 0.86 } } } },
    { u"heldback3"_s, true, 30, 15, 45,
      { { u"fr"_s, { 0.96, 0.13, 0.8 } }, { u"en"_s, { 0.93, 0.13, 0.8 } },
        { u"de"_s, { 0.96, 0.11, 0.87 } }, { u"it"_s, { 0.9, 0.18, 0.73 } },
        { u"es"_s, { 0.96, 0.13, 0.87 } }, { u"all"_s, { 0.97, 0.12, 0.86 } } } },
    { u"heldback4"_s, true, 25, 15, 40,
      { { u"fr"_s, { 0.96, 0.12, 0.8 } }, { u"en"_s, { 0.96, 0.09, 0.73 } },
        { u"de"_s, { 0.96, 0.14, 0.87 } }, { u"it"_s, { 0.88, 0.18, 0.87 } },
        { u"es"_s, { 0.96, 0.09, 0.87 } }, { u"all"_s, { 0.97, 0.11, 0.88 } } } },
    { u"heldback5"_s, true, 25, 15, 40,
      { { u"fr"_s, { 0.92, 0.2, 0.8 } }, { u"en"_s, { 0.92, 0.09, 0.8 } },
        { u"de"_s, { 0.76, 0.07, 0.87 } }, { u"it"_s, { 0.88, 0.14, 0.8 } },
        { u"es"_s, { 0.88, 0.07, 0.73 } }, { u"all"_s, { 0.9, 0.1, 0.85 } } } },
    { u"heldback6"_s, true, 30, 15, 40,
      { { u"fr"_s, { 0.93, 0.06, 0.8 } }, { u"en"_s, { 0.93, 0.05, 0.8 } },
        { u"de"_s, { 0.87, 0.14, 0.8 } }, { u"it"_s, { 0.93, 0.08, 0.73 } },
        { u"es"_s, { 0.96, 0.1, 0.6 } }, { u"all"_s, { 0.95, 0.07, 0.8 } } } },
    { u"after"_s, true, 13, 5, 15,
      { { u"fr"_s, { 0.76, 0.067, 0.6 } }, { u"en"_s, { 0.76, 0.067, 0.6 } },
        { u"de"_s, { 0.76, 0.067, 0.6 } }, { u"it"_s, { 0.84, 0.134, 0.8 } },
        { u"es"_s, { 0.76, 0.2, 0.6 } }, { u"all"_s, { 0.84, 0.054, 0.8 } } } },
};
// clang-format on
} // namespace

class TestTriageEval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sizes();
    void floors_data();
    void floors();

private:
    QList<Row> m_rows;
    QMap<QString, QMap<QString, Figures>> m_figures; //!< split -> language -> figures
};

void TestTriageEval::initTestCase()
{
    QString error;
    m_rows = load(QStringLiteral(GUICHET_TEST_DATA "/triage/triage.jsonl"), &error);
    QVERIFY2(!m_rows.isEmpty(), qPrintable(error));
    const auto engine = Server::Triage::Engine::builtIn();
    const auto decide = [&](const Row &r) {
        // The server passes the conversation's language as the hint (docs/triage.md).
        const auto a = engine->assess(r.text, fromWireName<Language>(r.lang));
        return Decision { a.emergency, a.sgbv };
    };
    QStringList splits { u"tune"_s };
    for (const Part &part : kParts)
        splits << part.split;
    for (const QString &split : std::as_const(splits)) {
        const auto figures = evaluate(m_rows, split, decide);
        m_figures.insert(split, figures);
        for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
            const Figures &f = it.value();
            qInfo("%-9s %-3s emergency recall %.3f (%d/%d)  false alarms %.3f (%d/%d)  "
                  "SGBV recall %.3f (%d/%d)",
                  qPrintable(split), qPrintable(it.key()), f.recall(), f.emergenciesFound,
                  f.emergencies, f.falseAlarmRate(), f.falseAlarms, f.others, f.sgbvRecall(),
                  f.sgbvFound, f.sgbv);
        }
    }
}

void TestTriageEval::sizes()
{
    // Every language has every part, with emergencies, SGBV cases and other messages.
    for (const Part &part : kParts) {
        for (const QString &lang : { u"fr"_s, u"en"_s, u"de"_s, u"it"_s, u"es"_s }) {
            const Figures f = m_figures.value(part.split).value(lang);
            QVERIFY2(f.emergencies >= part.emergencies && f.sgbv >= part.sgbv
                         && f.others >= part.others,
                     qPrintable(part.split + u'/' + lang));
        }
    }
}

void TestTriageEval::floors_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("lang");
    for (qsizetype i = 0; i < kParts.size(); ++i) {
        const Part &part = kParts.at(i);
        for (auto it = part.floors.cbegin(); it != part.floors.cend(); ++it)
            QTest::addRow("%s%s/%s", part.tuningData ? "tuning data " : "", qPrintable(part.split),
                          qPrintable(it.key()))
                << int(i) << it.key();
    }
}

void TestTriageEval::floors()
{
    QFETCH(int, part);
    QFETCH(QString, lang);
    const Part &p = kParts.at(part);
    const Figures f = m_figures.value(p.split).value(lang);
    const Floor floor = p.floors.value(lang);
    QVERIFY2(f.recall() >= floor.recall,
             qPrintable(u"emergency recall %1 < %2"_s.arg(f.recall()).arg(floor.recall)));
    QVERIFY2(f.falseAlarmRate() <= floor.falseAlarms,
             qPrintable(u"false alarms %1 > %2"_s.arg(f.falseAlarmRate()).arg(floor.falseAlarms)));
    QVERIFY2(f.sgbvRecall() >= floor.sgbvRecall,
             qPrintable(u"SGBV recall %1 < %2"_s.arg(f.sgbvRecall()).arg(floor.sgbvRecall)));
}

QTEST_GUILESS_MAIN(TestTriageEval)
#include "tst_triage_eval.moc"
