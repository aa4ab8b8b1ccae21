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
// The queries whose last word is being typed, one or two letters ("vol v"): reached 0.765.
constexpr double kMinTypingHitAt3 = 0.7;

// The cross-language split (docs/faq.md): the goal is 0.85 overall and 0.8 per language on
// queries whose topic exists only in French; the floors sit a little under what the engine
// reaches on the held-back part (0.909; en 0.964, de 0.875, it 0.850, es 0.923, measured once
// after the glossaries of 2026-12-07: docs/faq.md), so that a loss fails here.
constexpr double kMinCrossHitAt3 = 0.89;
constexpr double kMinCrossLanguageHitAt3 = 0.83;
constexpr double kMinSameLanguageHitAt3 = 0.95;
// The queries written after the freeze: floors a little under what they reached (cross-language
// 0.945).
constexpr double kMinFreshHitAt3 = 0.93;
constexpr double kMinFreshCrossHitAt3 = 0.93;
// The set written as citizens write (faq-queries-citizens.jsonl), a little under its last
// measure (docs/faq.md): 0.903 cross-language and 0.944 same language on the French-first
// base, 0.921 for the foreign queries on the French-only base.
constexpr double kMinCitizensCrossHitAt3 = 0.88;
constexpr double kMinCitizensSameHitAt3 = 0.93;
constexpr double kMinCitizensFrenchOnlyHitAt3 = 0.90;

QStringList searchIds(const FaqIndex &index, const LabelledQuery &query)
{
    QStringList ids;
    for (const FaqHit &hit : index.search(query.text, query.lang, 10))
        ids.append(hit.id);
    return ids;
}

void printMisses(const Evaluation &evaluation)
{
    if (!qEnvironmentVariableIsSet("GUICHET_FAQ_EVAL_MISSES"))
        return;
    for (const Miss &miss : evaluation.misses) {
        qInfo().noquote() << QStringLiteral("rank %1 [%2/%3] %4 → expected %5, got %6")
                                 .arg(miss.rank)
                                 .arg(wireName(miss.query.lang), miss.query.kind, miss.query.text,
                                      miss.query.expected.join(u','), miss.found.join(u", "_s));
    }
}

} // namespace

class TestFaqEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labelsAreValid();
    void quality();
    void crossLanguage();
    void writtenAfterTheFreeze();
    void writtenAsCitizensWrite();

private:
    std::optional<FaqIndex> m_index;
    QList<LabelledQuery> m_queries;
    QList<FaqEntry> m_entries;
    FaqSynonyms m_synonyms;
    std::shared_ptr<const FaqLexicon> m_lexicon;
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
    m_entries = m_index->entries();
    m_synonyms = *synonyms;
    auto lexicon =
        FaqLexicon::read(QStringLiteral(GUICHET_SOURCE_DIR "/resources/faq/lexicon.tsv"));
    QVERIFY2(lexicon.ok(), qPrintable(lexicon.ok() ? QString() : lexicon.error().toString()));
    m_lexicon = std::make_shared<const FaqLexicon>(std::move(lexicon).value());
    m_index->setLexicon(m_lexicon);

    QString error;
    auto queries =
        readLabelledQueries(QStringLiteral(GUICHET_TEST_DATA "/faq-queries.jsonl"), &error);
    QVERIFY2(queries, qPrintable(error));
    m_queries = *queries;
}

void TestFaqEvaluation::labelsAreValid()
{
    QVERIFY2(m_queries.size() >= 400, qPrintable(QString::number(m_queries.size())));
    const QStringList kinds { u"plain"_s,    u"short"_s, u"long"_s,    u"typo"_s,
                              u"noaccent"_s, u"slang"_s, u"neardup"_s, u"typing"_s };
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
    // Queries whose last word is one or two letters being typed ("vol v") say little yet:
    // they have a floor of their own rather than weighing on the others'.
    QList<LabelledQuery> complete;
    QList<LabelledQuery> typing;
    for (const LabelledQuery &query : std::as_const(m_queries))
        (query.kind == u"typing"_s ? typing : complete).append(query);
    const auto search = [this](const LabelledQuery &query) {
        return searchIds(*m_index, query);
    };
    const Evaluation evaluation = evaluate(complete, search);
    const Evaluation typed = evaluate(typing, search);
    qInfo().noquote() << u"\n"_s + metricsTable(evaluation) + u"being typed\n"_s
            + metricsTable(typed);
    printMisses(evaluation);
    printMisses(typed);
    QVERIFY2(typed.overall.hitAt3() >= kMinTypingHitAt3,
             qPrintable(QString::number(typed.overall.hitAt3())));
    // The case reported (issue 23): "ex" is a word of the custody entry, not what was meant.
    QVERIFY(m_index->search(u"harcelement ex"_s, Language::Fr, 3).value(0).id
            != u"non-representation-child"_s);
    QVERIFY2(evaluation.overall.hitAt3() >= kMinHitAt3,
             qPrintable(QString::number(evaluation.overall.hitAt3())));
    QVERIFY2(evaluation.overall.hitAt1() >= kMinHitAt1,
             qPrintable(QString::number(evaluation.overall.hitAt1())));
    QVERIFY2(evaluation.overall.mrr() >= kMinMrr,
             qPrintable(QString::number(evaluation.overall.mrr())));
}

void TestFaqEvaluation::crossLanguage()
{
    const CrossLanguageSplit split = crossLanguageSplit(m_entries, m_queries);
    FaqIndex index(split.base, m_synonyms);
    // For whoever tunes: the French-first base, to try queries on with guichet-cli.
    if (const QString dump = qEnvironmentVariable("GUICHET_FAQ_SPLIT_BASE"); !dump.isEmpty()) {
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(FaqFile::serialize(split.base));
    }
    index.setLexicon(m_lexicon);
    const auto run = [&index](const QList<LabelledQuery> &queries) {
        return evaluate(queries,
                        [&index](const LabelledQuery &query) { return searchIds(index, query); });
    };
    const Evaluation tuning = run(split.tuning);
    const Evaluation heldBack = run(split.heldBack);
    const Evaluation same = run(split.sameLanguage);
    qInfo().noquote() << QStringLiteral("\ncross-language, tuning part (%1 topics)\n")
                             .arg(split.tuningTopics.size())
            + metricsTable(tuning)
            + QStringLiteral("cross-language, held-back part (%1 topics)\n")
                  .arg(split.dropped.size() - split.tuningTopics.size())
            + metricsTable(heldBack) + u"same language, on the French-first base\n"_s
            + metricsTable(same);
    // Only the tuning part's misses (and the same-language ones, which a translation may
    // crowd out): the held-back part is for measuring, not for looking.
    printMisses(tuning);
    printMisses(same);
    QVERIFY(split.heldBack.size() >= 60);
    QVERIFY(split.tuning.size() >= 60);
    QVERIFY2(heldBack.overall.hitAt3() >= kMinCrossHitAt3,
             qPrintable(QString::number(heldBack.overall.hitAt3())));
    for (auto it = heldBack.byLanguage.cbegin(); it != heldBack.byLanguage.cend(); ++it)
        QVERIFY2(it->hitAt3() >= kMinCrossLanguageHitAt3,
                 qPrintable(it.key() + u' ' + QString::number(it->hitAt3())));
    QVERIFY2(same.overall.hitAt3() >= kMinSameLanguageHitAt3,
             qPrintable(QString::number(same.overall.hitAt3())));
}

void TestFaqEvaluation::writtenAfterTheFreeze()
{
    // Queries written after the engine was frozen (a25bfc7), as citizens write, blind to
    // which topics the split drops: reported apart, never tuned on.
    QString error;
    const auto fresh =
        readLabelledQueries(QStringLiteral(GUICHET_TEST_DATA "/faq-queries-fresh.jsonl"), &error);
    QVERIFY2(fresh, qPrintable(error));
    QVERIFY(fresh->size() >= 200);
    for (const LabelledQuery &query : *fresh) {
        for (const QString &id : query.expected)
            QVERIFY2(m_index->entry(id, query.lang), qPrintable(id));
    }
    const auto search = [](const FaqIndex &index) {
        return [&index](const LabelledQuery &query) {
            return searchIds(index, query);
        };
    };
    const Evaluation whole = evaluate(*fresh, search(*m_index));
    const CrossLanguageSplit split = crossLanguageSplit(m_entries, *fresh);
    FaqIndex index(split.base, m_synonyms);
    index.setLexicon(m_lexicon);
    const Evaluation cross = evaluate(split.tuning + split.heldBack, search(index));
    const Evaluation same = evaluate(split.sameLanguage, search(index));
    qInfo().noquote() << u"\nwritten after the freeze, the whole base\n"_s + metricsTable(whole)
            + u"written after the freeze, cross-language\n"_s + metricsTable(cross)
            + u"written after the freeze, same language, French-first\n"_s + metricsTable(same);
    QVERIFY2(whole.overall.hitAt3() >= kMinFreshHitAt3,
             qPrintable(QString::number(whole.overall.hitAt3())));
    QVERIFY2(cross.overall.hitAt3() >= kMinFreshCrossHitAt3,
             qPrintable(QString::number(cross.overall.hitAt3())));
}

void TestFaqEvaluation::writtenAsCitizensWrite()
{
    // tests/data/faq-queries-citizens.jsonl: written as citizens write (colloquial, typos, no
    // accents, long messages), committed before the work that followed it and measured once
    // before and once after it (docs/faq.md). Never tuned on: the misses are not printed.
    QString error;
    const auto citizens = readLabelledQueries(
        QStringLiteral(GUICHET_TEST_DATA "/faq-queries-citizens.jsonl"), &error);
    QVERIFY2(citizens, qPrintable(error));
    for (const Language lang : allValues<Language>()) {
        const auto count = std::count_if(citizens->cbegin(), citizens->cend(),
                                         [lang](const LabelledQuery &q) { return q.lang == lang; });
        QVERIFY2(count >= 40, qPrintable(wireName(lang)));
    }
    for (const LabelledQuery &query : *citizens) {
        for (const QString &id : query.expected)
            QVERIFY2(m_index->entry(id, query.lang), qPrintable(id));
    }
    const auto search = [](const FaqIndex &index) {
        return [&index](const LabelledQuery &query) {
            return searchIds(index, query);
        };
    };
    // On the split's French-first base, and on the French-only base (every foreign query
    // crosses languages: the BNum's common case).
    const CrossLanguageSplit split = crossLanguageSplit(m_entries, *citizens);
    FaqIndex frenchFirst(split.base, m_synonyms);
    frenchFirst.setLexicon(m_lexicon);
    const Evaluation cross = evaluate(split.tuning + split.heldBack, search(frenchFirst));
    const Evaluation same = evaluate(split.sameLanguage, search(frenchFirst));
    QList<FaqEntry> french;
    for (const FaqEntry &entry : std::as_const(m_entries)) {
        if (entry.lang == Language::Fr)
            french.append(entry);
    }
    FaqIndex frenchOnly(french, m_synonyms);
    frenchOnly.setLexicon(m_lexicon);
    QList<LabelledQuery> foreign;
    for (const LabelledQuery &query : *citizens) {
        if (query.lang != Language::Fr)
            foreign.append(query);
    }
    const Evaluation onlyFrench = evaluate(foreign, search(frenchOnly));
    qInfo().noquote() << u"\nas citizens write, cross-language, French-first\n"_s
            + metricsTable(cross) + u"as citizens write, same language, French-first\n"_s
            + metricsTable(same) + u"as citizens write, French-only base, foreign queries\n"_s
            + metricsTable(onlyFrench);
    QVERIFY2(cross.overall.hitAt3() >= kMinCitizensCrossHitAt3,
             qPrintable(QString::number(cross.overall.hitAt3())));
    QVERIFY2(same.overall.hitAt3() >= kMinCitizensSameHitAt3,
             qPrintable(QString::number(same.overall.hitAt3())));
    QVERIFY2(onlyFrench.overall.hitAt3() >= kMinCitizensFrenchOnlyHitAt3,
             qPrintable(QString::number(onlyFrench.overall.hitAt3())));
}

QTEST_GUILESS_MAIN(TestFaqEvaluation)
#include "tst_faq_evaluation.moc"
