// The held-back evaluation of the shipped triage bundle (docs/triage.md): one
// table of parts of tests/data/triage, each with floors per language, checked by
// one loop. The held-back parts ("heldback" to "heldback7", "after") are the
// trainer's tuning data: "heldback" to "heldback6" and "after" from bundle .11
// on, "heldback7" (written by an independent author after the candidate bundle
// .11 was frozen, measured for .8, .11 and .12) from bundle .13 on. Their floors
// are regression floors, not measures. The measure is "heldback8", by a fourth
// independent author, never trained on. The tuning part is printed beside,
// without floors.
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
    bool tuningData; //!< trained on since bundle .11: a regression check, not a measure
    int emergencies, sgbv, others;
    QMap<QString, Floor> floors;
};

// Floors one message under what the shipped bundle measured (docs/triage.md,
// "Figures"); a change that loses ground fails here. The goal
// (recall >= 0.95 per language, false alarms <= 0.10, SGBV recall >= 0.9) is not
// a floor: raise the floors as the measure gets closer. The shipped bundle is
// 2026-12-07.13 (heldback7 and tune12 trained on, a request class for everyday
// openers; docs/triage.md).
// clang-format off
const QList<Part> kParts {
    // The measure: heldback8, written by a fourth independent author who saw neither
    // the engine nor any message of the set, committed (f7c5697) before any bundle ran
    // on it; measured once with .12 and once with .13 (the gate of docs/triage.md),
    // recall / false alarms / SGBV recall of the shipped .13:
    // fr 0.923/0.019/0.941  en 0.921/0.020/0.875  de 0.842/0.039/0.812
    // it 0.947/0.039/0.938  es 0.947/0.039/0.875  all 0.916/0.031/0.889
    { u"heldback8"_s, false, 38, 16, 50,
      { { u"fr"_s, { 0.897, 0.038, 0.882 } }, { u"en"_s, { 0.894, 0.04, 0.812 } },
        { u"de"_s, { 0.815, 0.059, 0.75 } }, { u"it"_s, { 0.921, 0.059, 0.875 } },
        { u"es"_s, { 0.921, 0.059, 0.812 } }, { u"all"_s, { 0.91, 0.036, 0.876 } } } },
    // heldback7, written by an independent author while bundle .11 was trained and
    // merged after it was frozen (fa7f19b); bundle 2026-12-07.12 measured once on it
    // (evaluate.py, per language only; the third bundle measured on it, after .11 and
    // .8), recall / false alarms / SGBV recall:
    // fr 0.886/0.036/1.000  en 1.000/0.073/0.833  de 0.971/0.089/0.950
    // it 0.971/0.105/0.895  es 0.941/0.018/0.950  all 0.953/0.064/0.928
    // Tuning data of train.py from bundle .13 (the shipped .13 was trained on it): .12's
    // floors (one message under those figures) kept as regression floors; not a
    // measure any more (measured for .8, .11 and .12).
    { u"heldback7"_s, true, 34, 18, 55,
      { { u"fr"_s, { 0.857, 0.055, 0.95 } }, { u"en"_s, { 0.971, 0.091, 0.777 } },
        { u"de"_s, { 0.941, 0.108, 0.9 } }, { u"it"_s, { 0.941, 0.123, 0.842 } },
        { u"es"_s, { 0.911, 0.036, 0.9 } }, { u"all"_s, { 0.947, 0.068, 0.917 } } } },
    // Tuning data since bundle .11 (the held-back parts of bundles .1 to .10, measured
    // too often to stay clean measures): regression floors of the shipped bundle
    // (.11's floors, kept for .12, also trained on them), which flags every one as
    // labelled (1.000 / 0.000 / 1.000); one message of slack per language. Not measures.
    { u"heldback"_s, true, 30, 15, 30,
      { { u"fr"_s, { 0.975, 0.018, 0.958 } }, { u"en"_s, { 0.975, 0.022, 0.954 } },
        { u"de"_s, { 0.975, 0.023, 0.954 } }, { u"it"_s, { 0.975, 0.023, 0.954 } },
        { u"es"_s, { 0.975, 0.023, 0.954 } }, { u"all"_s, { 0.995, 0.005, 0.991 } } } },
    { u"heldback2"_s, true, 20, 10, 30,
      { { u"fr"_s, { 0.96, 0.024, 0.916 } }, { u"en"_s, { 0.958, 0.025, 0.909 } },
        { u"de"_s, { 0.96, 0.025, 0.916 } }, { u"it"_s, { 0.96, 0.025, 0.916 } },
        { u"es"_s, { 0.96, 0.025, 0.916 } }, { u"all"_s, { 0.991, 0.005, 0.983 } } } },
    { u"heldback3"_s, true, 30, 15, 45,
      { { u"fr"_s, { 0.966, 0.022, 0.933 } }, { u"en"_s, { 0.966, 0.022, 0.933 } },
        { u"de"_s, { 0.966, 0.022, 0.933 } }, { u"it"_s, { 0.966, 0.022, 0.933 } },
        { u"es"_s, { 0.966, 0.022, 0.933 } }, { u"all"_s, { 0.993, 0.005, 0.986 } } } },
    { u"heldback4"_s, true, 25, 15, 40,
      { { u"fr"_s, { 0.96, 0.023, 0.933 } }, { u"en"_s, { 0.96, 0.023, 0.933 } },
        { u"de"_s, { 0.96, 0.023, 0.933 } }, { u"it"_s, { 0.96, 0.023, 0.933 } },
        { u"es"_s, { 0.96, 0.023, 0.933 } }, { u"all"_s, { 0.992, 0.005, 0.986 } } } },
    { u"heldback5"_s, true, 25, 15, 40,
      { { u"fr"_s, { 0.96, 0.023, 0.933 } }, { u"en"_s, { 0.961, 0.023, 0.933 } },
        { u"de"_s, { 0.961, 0.023, 0.933 } }, { u"it"_s, { 0.96, 0.023, 0.933 } },
        { u"es"_s, { 0.961, 0.023, 0.933 } }, { u"all"_s, { 0.992, 0.005, 0.986 } } } },
    { u"heldback6"_s, true, 30, 15, 40,
      { { u"fr"_s, { 0.966, 0.02, 0.933 } }, { u"en"_s, { 0.966, 0.022, 0.933 } },
        { u"de"_s, { 0.967, 0.02, 0.933 } }, { u"it"_s, { 0.967, 0.02, 0.933 } },
        { u"es"_s, { 0.967, 0.02, 0.933 } }, { u"all"_s, { 0.993, 0.005, 0.986 } } } },
    { u"after"_s, true, 13, 5, 15,
      { { u"fr"_s, { 0.923, 0.067, 0.8 } }, { u"en"_s, { 0.923, 0.067, 0.8 } },
        { u"de"_s, { 0.923, 0.067, 0.8 } }, { u"it"_s, { 0.923, 0.067, 0.8 } },
        { u"es"_s, { 0.923, 0.067, 0.8 } }, { u"all"_s, { 0.984, 0.014, 0.96 } } } },
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
