// The held-back evaluation of the shipped triage bundle (docs/triage.md): the
// labelled messages of tests/data/triage that no lexicon word, pattern or
// weight was fitted on, with floors per language. The tuning part and the
// messages written after the freeze are printed beside, without floors.
#include "server/triage/triage.h"
#include "tests/triage/triageevaluation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::TriageEvaluation;

namespace {

// Floors, set at or slightly below what the held-back part measured when the
// bundle was frozen (docs/triage.md, "Figures"): a change that loses ground
// fails here. The goal (recall >= 0.95 per language, false alarms <= 0.10,
// SGBV recall >= 0.9) is not reached yet; raise the floors as it gets closer.
struct Floor
{
    double recall, falseAlarms, sgbvRecall;
};
const QMap<QString, Floor> kFloors {
    // Measured on the frozen bundle 2026-12-07.2 (recall / false alarms / SGBV
    // recall): fr 0.850 / 0.138 / 0.833, en 0.800 / 0.022 / 0.818,
    // de 0.825 / 0.114 / 0.818, it 0.875 / 0.159 / 0.727, es 0.725 / 0.045 / 0.818,
    // all 0.815 / 0.097 / 0.804: short of the goal.
    { u"fr"_s, { 0.82, 0.16, 0.80 } }, { u"en"_s, { 0.77, 0.05, 0.79 } },
    { u"de"_s, { 0.80, 0.14, 0.79 } }, { u"it"_s, { 0.85, 0.18, 0.70 } },
    { u"es"_s, { 0.70, 0.07, 0.79 } }, { u"all"_s, { 0.79, 0.12, 0.78 } },
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
    QMap<QString, Figures> m_heldBack;
};

void TestTriageEval::initTestCase()
{
    QString error;
    m_rows = load(QStringLiteral(GUICHET_TEST_DATA "/triage/triage.jsonl"), &error);
    QVERIFY2(!m_rows.isEmpty(), qPrintable(error));
    const auto engine = Server::Triage::Engine::builtIn();
    const auto decide = [&](const Row &r) {
        const auto a = engine->assess(r.text);
        return Decision { a.emergency, a.sgbv };
    };
    m_heldBack = evaluate(m_rows, u"heldback"_s, decide);
    for (const QString &split : { u"tune"_s, u"heldback"_s, u"after"_s }) {
        const auto figures = split == u"heldback"_s ? m_heldBack : evaluate(m_rows, split, decide);
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
    // Every language has its held-back part, with emergencies and SGBV cases.
    for (const QString &lang : { u"fr"_s, u"en"_s, u"de"_s, u"it"_s, u"es"_s }) {
        QVERIFY2(m_heldBack.value(lang).emergencies >= 30, qPrintable(lang));
        QVERIFY2(m_heldBack.value(lang).sgbv >= 15, qPrintable(lang));
        QVERIFY2(m_heldBack.value(lang).others >= 30, qPrintable(lang));
    }
}

void TestTriageEval::heldBack_data()
{
    QTest::addColumn<QString>("lang");
    for (auto it = kFloors.cbegin(); it != kFloors.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestTriageEval::heldBack()
{
    QFETCH(QString, lang);
    const Figures f = m_heldBack.value(lang);
    const Floor floor = kFloors.value(lang);
    QVERIFY2(f.recall() >= floor.recall,
             qPrintable(u"emergency recall %1 < %2"_s.arg(f.recall()).arg(floor.recall)));
    QVERIFY2(f.falseAlarmRate() <= floor.falseAlarms,
             qPrintable(u"false alarms %1 > %2"_s.arg(f.falseAlarmRate()).arg(floor.falseAlarms)));
    QVERIFY2(f.sgbvRecall() >= floor.sgbvRecall,
             qPrintable(u"SGBV recall %1 < %2"_s.arg(f.sgbvRecall()).arg(floor.sgbvRecall)));
}

QTEST_GUILESS_MAIN(TestTriageEval)
#include "tst_triage_eval.moc"
