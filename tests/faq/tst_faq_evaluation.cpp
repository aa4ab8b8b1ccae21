// Search quality on the labelled queries of tests/data/faq-queries.jsonl, against the
// knowledge base shipped in resources/faq/: hit@1, hit@3 and MRR, overall, per language and
// per kind of query. Fails when quality drops below the level reached.
#include "app/faq/faqindex.h"
#include "faqevaluation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Test;

namespace {

// A little under the values reached (docs/faq.md: hit@1 0.876, hit@3 0.960, MRR 0.920): a
// change to the engine, the base or the synonyms that loses quality fails here.
constexpr double kMinHitAt3 = 0.95;
constexpr double kMinHitAt1 = 0.86;
constexpr double kMinMrr = 0.905;

} // namespace

class TestFaqEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labelsAreValid();
    void quality();

private:
    std::optional<FaqIndex> m_index;
    QList<LabelledQuery> m_queries;
};

void TestFaqEvaluation::initTestCase()
{
    auto synonyms =
        FaqSynonyms::read(QStringLiteral(GUICHET_SOURCE_DIR "/resources/faq/synonyms.json"));
    QVERIFY2(synonyms.ok(), qPrintable(synonyms.ok() ? QString() : synonyms.error().toString()));
    QList<FaqLineError> skipped;
    auto index = FaqIndex::load(QStringLiteral(GUICHET_SOURCE_DIR "/resources/faq/faq.jsonl"),
                                *synonyms, &skipped);
    QVERIFY2(index.ok(), qPrintable(index.ok() ? QString() : index.error().toString()));
    QVERIFY(skipped.isEmpty());
    m_index = std::move(index).value();

    QString error;
    auto queries =
        readLabelledQueries(QStringLiteral(GUICHET_TEST_DATA "/faq-queries.jsonl"), &error);
    QVERIFY2(queries, qPrintable(error));
    m_queries = *queries;
}

void TestFaqEvaluation::labelsAreValid()
{
    QVERIFY2(m_queries.size() >= 400, qPrintable(QString::number(m_queries.size())));
    const QStringList kinds { u"plain"_s,    u"short"_s, u"long"_s,   u"typo"_s,
                              u"noaccent"_s, u"slang"_s, u"neardup"_s };
    for (const LabelledQuery &query : std::as_const(m_queries)) {
        QVERIFY2(kinds.contains(query.kind), qPrintable(query.kind));
        for (const QString &id : query.expected)
            QVERIFY2(m_index->entry(id, query.lang),
                     qPrintable(id + u" in "_s + wireName(query.lang)));
    }
    // Every language is represented.
    for (const Language lang : allValues<Language>()) {
        const auto count = std::count_if(m_queries.cbegin(), m_queries.cend(),
                                         [lang](const LabelledQuery &q) { return q.lang == lang; });
        QVERIFY2(count >= 40, qPrintable(wireName(lang)));
    }
}

void TestFaqEvaluation::quality()
{
    const Evaluation evaluation = evaluate(m_queries, [this](const LabelledQuery &query) {
        QStringList ids;
        for (const FaqHit &hit : m_index->search(query.text, query.lang, 10))
            ids.append(hit.id);
        return ids;
    });
    qInfo().noquote() << u"\n"_s + metricsTable(evaluation);
    if (qEnvironmentVariableIsSet("GUICHET_FAQ_EVAL_MISSES")) {
        for (const Miss &miss : evaluation.misses) {
            qInfo().noquote() << QStringLiteral("rank %1 [%2/%3] %4 → expected %5, got %6")
                                     .arg(miss.rank)
                                     .arg(wireName(miss.query.lang), miss.query.kind,
                                          miss.query.text, miss.query.expected.join(u','),
                                          miss.found.join(u", "_s));
        }
    }
    QVERIFY2(evaluation.overall.hitAt3() >= kMinHitAt3,
             qPrintable(QString::number(evaluation.overall.hitAt3())));
    QVERIFY2(evaluation.overall.hitAt1() >= kMinHitAt1,
             qPrintable(QString::number(evaluation.overall.hitAt1())));
    QVERIFY2(evaluation.overall.mrr() >= kMinMrr,
             qPrintable(QString::number(evaluation.overall.mrr())));
}

QTEST_GUILESS_MAIN(TestFaqEvaluation)
#include "tst_faq_evaluation.moc"
