// The held-back evaluation of the shipped triage bundle (docs/triage.md): the
// labelled messages of tests/data/triage that no lexicon word, pattern or
// weight was fitted on (six parts: "heldback" to "heldback6"), with floors per
// language. The tuning part and the messages written after the freeze are
// printed beside, without floors.
#include "server/triage/triage.h"
#include "tests/triage/triageevaluation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::TriageEvaluation;

namespace {

// Floors, set at or slightly below what each held-back part measured when the
// shipped bundle (2026-12-07.8) was measured, once, after it was committed
// (docs/triage.md, "Figures"): a change that loses ground fails here. Slack: about
// one message per language, 0.01 to 0.02 for all languages together. "heldback" is
// the part split off before the first bundle; "heldback2" was written and committed
// before the tuning of bundle .3 began; "heldback3" before that of bundle .7;
// "heldback4" before that of bundle .8. The goal (recall >= 0.95 per language, false
// alarms <= 0.10, SGBV recall >= 0.9) is not reached everywhere yet; raise the floors
// as it gets closer.
struct Floor
{
    double recall, falseAlarms, sgbvRecall;
};
const QMap<QString, QMap<QString, Floor>> kFloors {
    // Bundle 2026-12-07.8, recall / false alarms / SGBV recall as measured:
    // fr 0.875 / 0.155 / 1.000, en 0.850 / 0.043 / 1.000, de 0.900 / 0.045 / 1.000,
    // it 0.925 / 0.045 / 0.818, es 0.875 / 0.045 / 1.000, all 0.885 / 0.072 / 0.964.
    { u"heldback"_s,
      { { u"fr"_s, { 0.84, 0.18, 0.95 } },
        { u"en"_s, { 0.82, 0.07, 0.95 } },
        { u"de"_s, { 0.87, 0.07, 0.95 } },
        { u"it"_s, { 0.89, 0.07, 0.77 } },
        { u"es"_s, { 0.84, 0.07, 0.95 } },
        { u"all"_s, { 0.87, 0.08, 0.95 } } } },
    // Bundle 2026-12-07.8, recall / false alarms / SGBV recall as measured:
    // fr 0.960 / 0.000 / 0.917, en 0.875 / 0.073 / 0.818, de 0.960 / 0.024 / 0.917,
    // it 1.000 / 0.000 / 0.917, es 0.840 / 0.024 / 0.833, all 0.927 / 0.024 / 0.881.
    { u"heldback2"_s,
      { { u"fr"_s, { 0.92, 0.03, 0.83 } },
        { u"en"_s, { 0.83, 0.10, 0.74 } },
        { u"de"_s, { 0.92, 0.05, 0.83 } },
        { u"it"_s, { 0.96, 0.03, 0.83 } },
        { u"es"_s, { 0.80, 0.05, 0.75 } },
        { u"all"_s, { 0.91, 0.04, 0.86 } } } },
    // Bundle 2026-12-07.8, recall / false alarms / SGBV recall as measured:
    // fr 1.000 / 0.106 / 0.867, en 0.967 / 0.106 / 0.867, de 1.000 / 0.085 / 0.933,
    // it 0.933 / 0.149 / 0.800, es 1.000 / 0.106 / 0.933, all 0.980 / 0.111 / 0.880.
    { u"heldback3"_s,
      { { u"fr"_s, { 0.96, 0.13, 0.80 } },
        { u"en"_s, { 0.93, 0.13, 0.80 } },
        { u"de"_s, { 0.96, 0.11, 0.87 } },
        { u"it"_s, { 0.90, 0.18, 0.73 } },
        { u"es"_s, { 0.96, 0.13, 0.87 } },
        { u"all"_s, { 0.97, 0.12, 0.86 } } } },
    // Bundle 2026-12-07.8, recall / false alarms / SGBV recall as measured:
    // fr 1.000 / 0.091 / 0.867, en 1.000 / 0.067 / 0.800, de 1.000 / 0.111 / 0.933,
    // it 0.920 / 0.156 / 0.933, es 1.000 / 0.067 / 0.933, all 0.984 / 0.098 / 0.893.
    { u"heldback4"_s,
      { { u"fr"_s, { 0.96, 0.12, 0.80 } },
        { u"en"_s, { 0.96, 0.09, 0.73 } },
        { u"de"_s, { 0.96, 0.14, 0.87 } },
        { u"it"_s, { 0.88, 0.18, 0.87 } },
        { u"es"_s, { 0.96, 0.09, 0.87 } },
        { u"all"_s, { 0.97, 0.11, 0.88 } } } },
    // "heldback5", written by an independent author after bundle .8 and merged before
    // any further tuning; bundle 2026-12-07.8 measured once on it (per language only):
    // fr 0.960 / 0.178 / 0.867, en 0.962 / 0.067 / 0.867, de 0.808 / 0.044 / 0.933,
    // it 0.920 / 0.111 / 0.867, es 0.923 / 0.044 / 0.800, all 0.914 / 0.089 / 0.867.
    { u"heldback5"_s,
      { { u"fr"_s, { 0.92, 0.20, 0.80 } },
        { u"en"_s, { 0.92, 0.09, 0.80 } },
        { u"de"_s, { 0.76, 0.07, 0.87 } },
        { u"it"_s, { 0.88, 0.14, 0.80 } },
        { u"es"_s, { 0.88, 0.07, 0.73 } },
        { u"all"_s, { 0.90, 0.10, 0.85 } } } },
    // "heldback6", written by another independent author and merged once bundle .10 was
    // frozen; bundle 2026-12-07.8 measured once on it (per language only):
    // fr 0.967 / 0.039 / 0.867, en 0.967 / 0.021 / 0.867, de 0.903 / 0.120 / 0.867,
    // it 0.968 / 0.060 / 0.800, es 1.000 / 0.078 / 0.667, all 0.961 / 0.064 / 0.813.
    { u"heldback6"_s,
      { { u"fr"_s, { 0.93, 0.06, 0.80 } },
        { u"en"_s, { 0.93, 0.05, 0.80 } },
        { u"de"_s, { 0.87, 0.14, 0.80 } },
        { u"it"_s, { 0.93, 0.08, 0.73 } },
        { u"es"_s, { 0.96, 0.10, 0.60 } },
        { u"all"_s, { 0.95, 0.07, 0.80 } } } },
};

} // namespace

class TestTriageEval : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void report();
    void heldBack_data();
    void heldBack();

private:
    QList<Row> m_rows;
    QMap<QString, QMap<QString, Figures>> m_heldBack; //!< split -> language -> figures
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
    for (const QString &split : { u"tune"_s, u"heldback"_s, u"heldback2"_s, u"heldback3"_s,
                                  u"heldback4"_s, u"heldback5"_s, u"heldback6"_s, u"after"_s }) {
        const auto figures = evaluate(m_rows, split, decide);
        if (kFloors.contains(split))
            m_heldBack.insert(split, figures);
        for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
            const Figures &f = it.value();
            qInfo("%-8s %-3s emergency recall %.3f (%d/%d)  false alarms %.3f (%d/%d)  "
                  "SGBV recall %.3f (%d/%d)",
                  qPrintable(split), qPrintable(it.key()), f.recall(), f.emergenciesFound,
                  f.emergencies, f.falseAlarmRate(), f.falseAlarms, f.others, f.sgbvRecall(),
                  f.sgbvFound, f.sgbv);
        }
    }
}

void TestTriageEval::report()
{
    // Every language has its held-back parts, with emergencies and SGBV cases.
    for (const QString &lang : { u"fr"_s, u"en"_s, u"de"_s, u"it"_s, u"es"_s }) {
        const Figures first = m_heldBack.value(u"heldback"_s).value(lang);
        QVERIFY2(first.emergencies >= 30 && first.sgbv >= 15 && first.others >= 30,
                 qPrintable(lang));
        const Figures second = m_heldBack.value(u"heldback2"_s).value(lang);
        QVERIFY2(second.emergencies >= 20 && second.sgbv >= 10 && second.others >= 30,
                 qPrintable(lang));
        const Figures third = m_heldBack.value(u"heldback3"_s).value(lang);
        QVERIFY2(third.emergencies >= 30 && third.sgbv >= 15 && third.others >= 45,
                 qPrintable(lang));
        const Figures fourth = m_heldBack.value(u"heldback4"_s).value(lang);
        QVERIFY2(fourth.emergencies >= 25 && fourth.sgbv >= 15 && fourth.others >= 40,
                 qPrintable(lang));
        const Figures fifth = m_heldBack.value(u"heldback5"_s).value(lang);
        QVERIFY2(fifth.emergencies >= 25 && fifth.sgbv >= 15 && fifth.others >= 40,
                 qPrintable(lang));
        const Figures sixth = m_heldBack.value(u"heldback6"_s).value(lang);
        QVERIFY2(sixth.emergencies >= 30 && sixth.sgbv >= 15 && sixth.others >= 40,
                 qPrintable(lang));
    }
}

void TestTriageEval::heldBack_data()
{
    QTest::addColumn<QString>("split");
    QTest::addColumn<QString>("lang");
    for (auto split = kFloors.cbegin(); split != kFloors.cend(); ++split) {
        for (auto it = split->cbegin(); it != split->cend(); ++it)
            QTest::addRow("%s/%s", qPrintable(split.key()), qPrintable(it.key()))
                << split.key() << it.key();
    }
}

void TestTriageEval::heldBack()
{
    QFETCH(QString, split);
    QFETCH(QString, lang);
    const Figures f = m_heldBack.value(split).value(lang);
    const Floor floor = kFloors.value(split).value(lang);
    QVERIFY2(f.recall() >= floor.recall,
             qPrintable(u"emergency recall %1 < %2"_s.arg(f.recall()).arg(floor.recall)));
    QVERIFY2(f.falseAlarmRate() <= floor.falseAlarms,
             qPrintable(u"false alarms %1 > %2"_s.arg(f.falseAlarmRate()).arg(floor.falseAlarms)));
    QVERIFY2(f.sgbvRecall() >= floor.sgbvRecall,
             qPrintable(u"SGBV recall %1 < %2"_s.arg(f.sgbvRecall()).arg(floor.sgbvRecall)));
}

QTEST_GUILESS_MAIN(TestTriageEval)
#include "tst_triage_eval.moc"
