// The held-back evaluation of the shipped triage bundle (docs/triage.md): the
// labelled messages of tests/data/triage that no lexicon word, pattern or
// weight was fitted on (two parts: "heldback" and "heldback2"), with floors per
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
// bundle was frozen (docs/triage.md, "Figures"): a change that loses ground
// fails here. "heldback" is the part split off before the first bundle;
// "heldback2" was written and committed before the tuning of bundle .3 began.
// The goal (recall >= 0.95 per language, false alarms <= 0.10, SGBV recall
// >= 0.9) is not reached everywhere yet; raise the floors as it gets closer.
struct Floor
{
    double recall, falseAlarms, sgbvRecall;
};
const QMap<QString, QMap<QString, Floor>> kFloors {
    // Bundle 2026-12-07.5, recall / false alarms / SGBV recall as measured:
    // fr 0.850 / 0.207 / 0.917, en 0.875 / 0.065 / 1.000, de 0.900 / 0.114 / 0.909,
    // it 0.925 / 0.182 / 0.818, es 0.825 / 0.045 / 0.909, all 0.875 / 0.127 / 0.911.
    { u"heldback"_s,
      { { u"fr"_s, { 0.82, 0.23, 0.89 } },
        { u"en"_s, { 0.85, 0.09, 0.97 } },
        { u"de"_s, { 0.87, 0.14, 0.88 } },
        { u"it"_s, { 0.90, 0.20, 0.79 } },
        { u"es"_s, { 0.80, 0.07, 0.88 } },
        { u"all"_s, { 0.86, 0.14, 0.89 } } } },
    // fr 0.920 / 0.023 / 0.917, en 0.875 / 0.098 / 0.818, de 0.960 / 0.024 / 0.917,
    // it 1.000 / 0.049 / 0.917, es 0.880 / 0.073 / 1.000, all 0.927 / 0.053 / 0.915.
    { u"heldback2"_s,
      { { u"fr"_s, { 0.90, 0.05, 0.89 } },
        { u"en"_s, { 0.85, 0.12, 0.80 } },
        { u"de"_s, { 0.93, 0.05, 0.89 } },
        { u"it"_s, { 0.97, 0.07, 0.89 } },
        { u"es"_s, { 0.85, 0.10, 0.97 } },
        { u"all"_s, { 0.91, 0.07, 0.89 } } } },
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
    for (const QString &split :
         { u"tune"_s, u"heldback"_s, u"heldback2"_s, u"heldback3"_s, u"after"_s }) {
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
