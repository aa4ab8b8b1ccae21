// The held-back evaluation of the shipped triage bundle (docs/triage.md): one
// table of parts of tests/data/triage, each with floors per language, checked by
// one loop. "heldback7", written by an independent author after bundle .11 was
// frozen, is the measure: no lexicon word, pattern or weight was fitted on it.
// The earlier held-back parts ("heldback" to "heldback6", "after") are tuning
// data from bundle .11 on: their floors are regression checks of the shipped
// bundle, not measures. The tuning part is printed beside, without floors.
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

// Floors at or about one message under what the shipped bundle measured
// (docs/triage.md, "Figures"); a change that loses ground fails here. The goal
// (recall >= 0.95 per language, false alarms <= 0.10, SGBV recall >= 0.9) is not
// a floor: raise the floors as the measure gets closer.
// clang-format off
const QList<Part> kParts {
    // Tuning data since bundle .11 (held-back parts of bundles .1 to .10, measured too
    // often to stay clean measures); floors from bundle 2026-12-07.8, as measured:
    // heldback  fr 0.875/0.155/1.000 en 0.850/0.043/1.000 de 0.900/0.045/1.000
    //           it 0.925/0.045/0.818 es 0.875/0.045/1.000 all 0.885/0.072/0.964
    { u"heldback"_s, true, 30, 15, 30,
      { { u"fr"_s, { 0.84, 0.18, 0.95 } }, { u"en"_s, { 0.82, 0.07, 0.95 } },
        { u"de"_s, { 0.87, 0.07, 0.95 } }, { u"it"_s, { 0.89, 0.07, 0.77 } },
        { u"es"_s, { 0.84, 0.07, 0.95 } }, { u"all"_s, { 0.87, 0.08, 0.95 } } } },
    // heldback2 fr 0.960/0.000/0.917 en 0.875/0.073/0.818 de 0.960/0.024/0.917
    //           it 1.000/0.000/0.917 es 0.840/0.024/0.833 all 0.927/0.024/0.881
    { u"heldback2"_s, true, 20, 10, 30,
      { { u"fr"_s, { 0.92, 0.03, 0.83 } }, { u"en"_s, { 0.83, 0.10, 0.74 } },
        { u"de"_s, { 0.92, 0.05, 0.83 } }, { u"it"_s, { 0.96, 0.03, 0.83 } },
        { u"es"_s, { 0.80, 0.05, 0.75 } }, { u"all"_s, { 0.91, 0.04, 0.86 } } } },
    // heldback3 fr 1.000/0.106/0.867 en 0.967/0.106/0.867 de 1.000/0.085/0.933
    //           it 0.933/0.149/0.800 es 1.000/0.106/0.933 all 0.980/0.111/0.880
    { u"heldback3"_s, true, 30, 15, 45,
      { { u"fr"_s, { 0.96, 0.13, 0.80 } }, { u"en"_s, { 0.93, 0.13, 0.80 } },
        { u"de"_s, { 0.96, 0.11, 0.87 } }, { u"it"_s, { 0.90, 0.18, 0.73 } },
        { u"es"_s, { 0.96, 0.13, 0.87 } }, { u"all"_s, { 0.97, 0.12, 0.86 } } } },
    // heldback4 fr 1.000/0.091/0.867 en 1.000/0.067/0.800 de 1.000/0.111/0.933
    //           it 0.920/0.156/0.933 es 1.000/0.067/0.933 all 0.984/0.098/0.893
    { u"heldback4"_s, true, 25, 15, 40,
      { { u"fr"_s, { 0.96, 0.12, 0.80 } }, { u"en"_s, { 0.96, 0.09, 0.73 } },
        { u"de"_s, { 0.96, 0.14, 0.87 } }, { u"it"_s, { 0.88, 0.18, 0.87 } },
        { u"es"_s, { 0.96, 0.09, 0.87 } }, { u"all"_s, { 0.97, 0.11, 0.88 } } } },
    // heldback5 fr 0.960/0.178/0.867 en 0.962/0.067/0.867 de 0.808/0.044/0.933
    //           it 0.920/0.111/0.867 es 0.923/0.044/0.800 all 0.914/0.089/0.867
    { u"heldback5"_s, true, 25, 15, 40,
      { { u"fr"_s, { 0.92, 0.20, 0.80 } }, { u"en"_s, { 0.92, 0.09, 0.80 } },
        { u"de"_s, { 0.76, 0.07, 0.87 } }, { u"it"_s, { 0.88, 0.14, 0.80 } },
        { u"es"_s, { 0.88, 0.07, 0.73 } }, { u"all"_s, { 0.90, 0.10, 0.85 } } } },
    // heldback6 fr 0.967/0.039/0.867 en 0.967/0.021/0.867 de 0.903/0.120/0.867
    //           it 0.968/0.060/0.800 es 1.000/0.078/0.667 all 0.961/0.064/0.813
    { u"heldback6"_s, true, 30, 15, 40,
      { { u"fr"_s, { 0.93, 0.06, 0.80 } }, { u"en"_s, { 0.93, 0.05, 0.80 } },
        { u"de"_s, { 0.87, 0.14, 0.80 } }, { u"it"_s, { 0.93, 0.08, 0.73 } },
        { u"es"_s, { 0.96, 0.10, 0.60 } }, { u"all"_s, { 0.95, 0.07, 0.80 } } } },
    // after     (the messages written after the freeze of bundle .1) printed, no floors
    { u"after"_s, true, 13, 5, 15, {} },
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
