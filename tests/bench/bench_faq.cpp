// FAQ search (guichet::faq) against the obvious alternative, SQLite FTS4, on the same
// knowledge base and the same labelled queries: quality (hit@1, hit@3, MRR) and speed (load,
// per-query latency), then speed again on a 5,000-entry base synthesised from the real one;
// then the cross-language split (docs/faq.md): the base made French-first, quality on the
// tuning and held-back parts and on queries written after the engine was frozen, speed on a
// French-first 5,000-entry base. Prints one JSON document; tests/bench/report_faq.py turns it
// into docs/benchmarks.md.
//
//   bench_faq KB.jsonl SYNONYMS.json QUERIES.jsonl LEXICON.tsv [ROUNDS] [FRESH.jsonl]
//             [FROZEN.jsonl] [CITIZENS.jsonl]
//   (ROUNDS 0: only the loads of the 5,000-entry base, for profiling them;
//    ROUNDS -1: no timing, every query's ten first ids and scores on the real, the
//    French-first and the 5,000-entry bases, one line each: diff two runs to check that a
//    change to the engine's speed left its results byte-identical;
//    ROUNDS -2: quality only, ours, without the frozen set unless --frozen is given last;
//    ROUNDS -3: the tuning part's queries only, each with its rank and the first five ids
//    and how the expected entry scored: what whoever tunes may look at, and nothing else;
//    ROUNDS -4: the whole tuning signal (tuning part, same language, the foreign questions
//    of the topics the split keeps translated on the French-only base, and the first and
//    second sentences of their answers), --misses for the questions' misses, --misses-same
//    for the same-language ones)
//
// Plain SQLite only: this program never links SQLCipher (DESIGN.md, pitfalls).
#include "app/faq/faqfile.h"
#include "app/faq/faqindex.h"
#include "tests/faq/faqevaluation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <sqlite3.h>
#include <time.h>

using namespace Guichet;
using namespace Guichet::Test;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

double microseconds(Clock::duration duration)
{
    return std::chrono::duration<double, std::micro>(duration).count();
}

// ---- The two engines ---------------------------------------------------------------------

class Engine
{
public:
    virtual ~Engine() = default;
    //! Parse the JSON Lines and build the index.
    virtual bool load(const QByteArray &jsonLines) = 0;
    //! Drop the index (outside the timed load).
    virtual void unload() = 0;
    virtual QStringList search(const QString &query, Language lang, int limit) const = 0;
    //! Search entries of other languages too (the French-first base).
    virtual void setAcrossLanguages(bool across) { m_across = across; }

protected:
    bool m_across = false;
};

class GuichetEngine : public Engine
{
public:
    GuichetEngine(FaqSynonyms synonyms, std::shared_ptr<const FaqLexicon> lexicon)
        : m_synonyms(std::move(synonyms))
        , m_lexicon(std::move(lexicon))
    { }
    bool load(const QByteArray &jsonLines) override
    {
        auto index = FaqIndex::fromJsonLines(jsonLines, m_synonyms);
        if (!index)
            return false;
        m_index = std::make_unique<FaqIndex>(std::move(index).value());
        // The lexicon is loaded once per process and shared: not part of a base's load.
        m_index->setLexicon(m_lexicon);
        return true;
    }
    void unload() override { m_index.reset(); }
    QStringList search(const QString &query, Language lang, int limit) const override
    {
        QStringList ids;
        for (const FaqHit &hit : m_index->search(query, lang, limit))
            ids.append(hit.id);
        return ids;
    }

private:
    FaqSynonyms m_synonyms;
    std::shared_ptr<const FaqLexicon> m_lexicon;
    std::unique_ptr<FaqIndex> m_index;
};

// BM25 over FTS4's matchinfo(..., 'pcnalx'), with one weight per column: the ranking
// function the SQLite documentation suggests, with the same field weights as ours.
void bm25(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const auto *info = static_cast<const unsigned int *>(sqlite3_value_blob(argv[0]));
    const unsigned int phrases = info[0];
    const unsigned int columns = info[1];
    const double rows = info[2];
    const unsigned int *average = info + 3;
    const unsigned int *length = average + columns;
    const unsigned int *hits = length + columns;
    double score = 0;
    for (unsigned int p = 0; p < phrases; ++p) {
        for (unsigned int c = 0; c < columns; ++c) {
            const double weight = int(c) + 1 < argc ? sqlite3_value_double(argv[c + 1]) : 1.0;
            const unsigned int *x = hits + 3 * (p * columns + c);
            const double tf = x[0];
            if (tf == 0 || weight == 0)
                continue;
            const double docs = x[2];
            const double idf = std::max(1e-6, std::log((rows - docs + 0.5) / (docs + 0.5)));
            const double norm = 1 - b + b * length[c] / std::max(1.0, double(average[c]));
            score += weight * idf * tf * (k1 + 1) / (tf + k1 * norm);
        }
    }
    sqlite3_result_double(context, score);
}

class Fts4Engine : public Engine
{
public:
    ~Fts4Engine() override { close(); }
    void unload() override { close(); }
    bool load(const QByteArray &jsonLines) override
    {
        close();
        auto file = FaqFile::parse(jsonLines);
        if (!file || sqlite3_open(":memory:", &m_db) != SQLITE_OK)
            return false;
        sqlite3_create_function(m_db, "bm25", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, bm25,
                                nullptr, nullptr);
        // The obvious setup: Unicode tokenizer without accents, the language as FTS4's
        // languageid, the id stored but not indexed.
        exec("CREATE VIRTUAL TABLE faq USING fts4(id, question, keywords, answer, "
             "languageid=\"lid\", notindexed=id, tokenize=unicode61 \"remove_diacritics=2\")");
        exec("BEGIN");
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(m_db,
                           "INSERT INTO faq(id, question, keywords, answer, lid) "
                           "VALUES (?, ?, ?, ?, ?)",
                           -1, &insert, nullptr);
        for (const FaqEntry &entry : std::as_const(file->entries)) {
            bindText(insert, 1, entry.id);
            bindText(insert, 2, entry.question);
            bindText(insert, 3, entry.keywords.join(u", "_s));
            bindText(insert, 4, entry.answer);
            sqlite3_bind_int(insert, 5, int(entry.lang));
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        exec("COMMIT");
        return sqlite3_prepare_v2(m_db,
                                  "SELECT id, bm25(matchinfo(faq, 'pcnalx'), 0, 3.0, 2.5, 1.0) AS "
                                  "score FROM faq WHERE faq MATCH ? AND lid = ? ORDER BY "
                                  "score DESC LIMIT ?",
                                  -1, &m_query, nullptr)
            == SQLITE_OK;
    }

    QStringList search(const QString &query, Language lang, int limit) const override
    {
        // Every word of the query, any of them (OR), the last one as a prefix.
        QStringList words;
        QString word;
        const QString padded = query + u' ';
        for (const QChar c : padded) {
            if (c.isLetterOrNumber()) {
                word += c;
            } else if (!word.isEmpty()) {
                words.append(u'"' + word + u'"');
                word.clear();
            }
        }
        if (words.isEmpty())
            return {};
        if (query.back().isLetterOrNumber())
            words.last().insert(words.last().size() - 1, u'*');
        // FTS4 searches one languageid at a time; across languages, the obvious way is the
        // query's language and French (the base's first language), merged by score.
        QList<std::pair<double, QString>> found;
        QList<Language> searchedLanguages { lang };
        if (m_across && lang != Language::Fr)
            searchedLanguages.append(Language::Fr);
        for (const Language searched : std::as_const(searchedLanguages)) {
            bindText(m_query, 1, words.join(u" OR "_s));
            sqlite3_bind_int(m_query, 2, int(searched));
            sqlite3_bind_int(m_query, 3, limit);
            while (sqlite3_step(m_query) == SQLITE_ROW) {
                const QString id = QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(m_query, 0)));
                found.append({ sqlite3_column_double(m_query, 1), id });
            }
            sqlite3_reset(m_query);
        }
        std::stable_sort(found.begin(), found.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList ids;
        for (const auto &[score, id] : found) {
            if (!ids.contains(id) && ids.size() < limit)
                ids.append(id);
        }
        return ids;
    }

private:
    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            std::fprintf(stderr, "sqlite: %s\n", error);
            sqlite3_free(error);
        }
    }
    static void bindText(sqlite3_stmt *statement, int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void close()
    {
        sqlite3_finalize(m_query);
        m_query = nullptr;
        sqlite3_close(m_db);
        m_db = nullptr;
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_query = nullptr;
};

// ---- Measures ----------------------------------------------------------------------------

//! CPU time of the whole process (every thread): on a machine shared with other work, what
//! a load costs, without the time it waits for a core.
double processCpuMilliseconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

//! The median and the best of @p times, and of @p cpu as "cpu".
QJsonObject summary(std::vector<double> times, std::vector<double> cpu)
{
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return { { u"median"_s, times[times.size() / 2] },
             { u"best"_s, times.front() },
             { u"cpu"_s,
               QJsonObject { { u"median"_s, cpu[cpu.size() / 2] }, { u"best"_s, cpu.front() } } } };
}

//! Load times over @p runs, in milliseconds: the median, and the best run (the one least
//! disturbed by other work on a shared machine); the same in CPU time of the process.
QJsonObject loadMs(Engine &engine, const QByteArray &jsonLines, int runs)
{
    std::vector<double> times;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        engine.unload();
        const double cpuStart = processCpuMilliseconds();
        const auto start = Clock::now();
        if (!engine.load(jsonLines)) {
            std::fprintf(stderr, "bench_faq: load failed\n");
            std::exit(1);
        }
        times.push_back(microseconds(Clock::now() - start) / 1000.0);
        cpu.push_back(processCpuMilliseconds() - cpuStart);
    }
    return summary(times, cpu);
}

//! CPU time of the calling thread: unlike the wall clock, it does not count the time the
//! thread waits for a core, which on a shared machine dominates the tail.
double threadCpuMicroseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

QJsonObject distribution(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    const auto percentile = [&times](double p) {
        return times[std::min(times.size() - 1, size_t(std::ceil(p * double(times.size()))) - 1)];
    };
    double sum = 0;
    for (const double t : times)
        sum += t;
    return { { u"p50_us"_s, percentile(0.50) },
             { u"p99_us"_s, percentile(0.99) },
             { u"max_us"_s, times.back() },
             { u"mean_us"_s, sum / double(times.size()) } };
}

QJsonObject latency(const Engine &engine, const QList<LabelledQuery> &queries, int rounds)
{
    for (const LabelledQuery &query : queries) // warm caches
        (void)engine.search(query.text, query.lang, 10);
    std::vector<double> wall;
    std::vector<double> cpu;
    wall.reserve(size_t(queries.size() * rounds));
    cpu.reserve(size_t(queries.size() * rounds));
    for (int round = 0; round < rounds; ++round) {
        for (const LabelledQuery &query : queries) {
            const double cpuStart = threadCpuMicroseconds();
            const auto start = Clock::now();
            const QStringList ids = engine.search(query.text, query.lang, 10);
            wall.push_back(microseconds(Clock::now() - start));
            cpu.push_back(threadCpuMicroseconds() - cpuStart);
            Q_UNUSED(ids);
        }
    }
    QJsonObject result = distribution(wall);
    result.insert(u"cpu"_s, distribution(cpu));
    result.insert(u"searches"_s, qint64(wall.size()));
    return result;
}

QJsonObject metricsJson(const Metrics &m)
{
    return { { u"count"_s, m.count },
             { u"hit1"_s, m.hitAt1() },
             { u"hit3"_s, m.hitAt3() },
             { u"mrr"_s, m.mrr() } };
}

QJsonObject quality(const Engine &engine, const QList<LabelledQuery> &queries)
{
    if (queries.isEmpty())
        return {};
    const Evaluation evaluation = evaluate(queries, [&engine](const LabelledQuery &query) {
        return engine.search(query.text, query.lang, 10);
    });
    QJsonObject byLanguage;
    for (auto it = evaluation.byLanguage.cbegin(); it != evaluation.byLanguage.cend(); ++it)
        byLanguage.insert(it.key(), metricsJson(it.value()));
    QJsonObject byKind;
    for (auto it = evaluation.byKind.cbegin(); it != evaluation.byKind.cend(); ++it)
        byKind.insert(it.key(), metricsJson(it.value()));
    return { { u"overall"_s, metricsJson(evaluation.overall) },
             { u"languages"_s, byLanguage },
             { u"kinds"_s, byKind } };
}

// ---- The 5,000-entry base ----------------------------------------------------------------

//! Copies of the real entries until @p target: copy k of an entry has the id "<id>-vk", the
//! same question, its keywords rotated by k, and its answer's sentences rotated by k followed
//! by a sentence of another entry in the same language. Ids and answers differ, the
//! vocabulary and the lengths stay those of real entries.
QList<FaqEntry> synthesise(const QList<FaqEntry> &real, qsizetype target)
{
    QList<FaqEntry> result = real;
    QHash<Language, QList<qsizetype>> byLanguage;
    for (qsizetype i = 0; i < real.size(); ++i)
        byLanguage[real[i].lang].append(i);
    for (int copy = 1; result.size() < target; ++copy) {
        for (qsizetype i = 0; i < real.size() && result.size() < target; ++i) {
            FaqEntry entry = real[i];
            entry.id = entry.id.left(56) + u"-v"_s + QString::number(copy);
            QStringList sentences = entry.answer.split(u". "_s, Qt::SkipEmptyParts);
            std::rotate(sentences.begin(), sentences.begin() + copy % sentences.size(),
                        sentences.end());
            const QList<qsizetype> &same = byLanguage[entry.lang];
            const FaqEntry &other = real[same[(i * 7 + copy * 37) % same.size()]];
            sentences.append(other.answer.section(u". "_s, 0, 0));
            entry.answer = sentences.join(u". "_s).left(9000);
            if (!entry.keywords.isEmpty()) {
                std::rotate(entry.keywords.begin(),
                            entry.keywords.begin() + copy % entry.keywords.size(),
                            entry.keywords.end());
            }
            result.append(entry);
        }
    }
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_faq: cannot read %s\n", qPrintable(path));
        std::exit(1);
    }
    return file.readAll();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr,
                     "usage: bench_faq KB.jsonl SYNONYMS.json QUERIES.jsonl LEXICON.tsv "
                     "[ROUNDS] [FRESH.jsonl] [FROZEN.jsonl] [CITIZENS.jsonl]\n");
        return 2;
    }
    const int rounds = args.size() > 5 ? args.at(5).toInt() : 20;
    // The lexicon: read once per process, shared by every index.
    std::vector<double> lexiconMs;
    std::vector<double> lexiconCpu;
    std::shared_ptr<const FaqLexicon> lexicon;
    for (int i = 0; i < 11; ++i) {
        const double cpuStart = processCpuMilliseconds();
        const auto start = Clock::now();
        auto read = FaqLexicon::read(args.at(4));
        lexiconMs.push_back(microseconds(Clock::now() - start) / 1000.0);
        lexiconCpu.push_back(processCpuMilliseconds() - cpuStart);
        if (!read) {
            std::fprintf(stderr, "bench_faq: %s\n", qPrintable(read.error().toString()));
            return 1;
        }
        lexicon = std::make_shared<const FaqLexicon>(std::move(read).value());
    }
    QList<LabelledQuery> fresh;
    if (args.size() > 6 && !args.at(6).startsWith(u"--"_s)) {
        QString freshError;
        const auto read = readLabelledQueries(args.at(6), &freshError);
        if (!read) {
            std::fprintf(stderr, "bench_faq: %s\n", qPrintable(freshError));
            return 1;
        }
        fresh = *read;
    }
    const QByteArray base = readFile(args.at(1));
    auto synonyms = FaqSynonyms::fromJson(readFile(args.at(2)));
    QString error;
    const auto queries = readLabelledQueries(args.at(3), &error);
    if (!synonyms || !queries) {
        std::fprintf(stderr, "bench_faq: %s\n",
                     qPrintable(!synonyms ? synonyms.error().toString() : error));
        return 1;
    }
    auto realEntries = FaqFile::parse(base);
    if (!realEntries) {
        std::fprintf(stderr, "bench_faq: %s\n", qPrintable(realEntries.error().toString()));
        return 1;
    }
    const QByteArray large = FaqFile::serialize(synthesise(realEntries->entries, 5000));
    QList<LabelledQuery> frozen;
    if (args.size() > 7 && !args.at(7).startsWith(u"--"_s)) {
        QString frozenError;
        const auto read = readLabelledQueries(args.at(7), &frozenError);
        if (!read) {
            std::fprintf(stderr, "bench_faq: %s\n", qPrintable(frozenError));
            return 1;
        }
        frozen = *read;
    }

    if (rounds == -3) {
        // Only the tuning part: the held-back, fresh and frozen queries stay unseen.
        const CrossLanguageSplit split = crossLanguageSplit(realEntries->entries, *queries);
        auto index = FaqIndex::fromJsonLines(FaqFile::serialize(split.base), *synonyms);
        if (!index)
            return 1;
        index->setLexicon(lexicon);
        for (const LabelledQuery &query : split.tuning) {
            const QList<FaqHit> hits = index->search(query.text, query.lang, 10);
            int rank = 0;
            QStringList first;
            for (int i = 0; i < hits.size(); ++i) {
                if (rank == 0 && query.expected.contains(hits[i].id))
                    rank = i + 1;
                if (i < 5)
                    first.append(u"%1(%2)"_s.arg(hits[i].id).arg(hits[i].score, 0, 'f', 2));
            }
            const QString line = u"%1\t%2\t%3\t%4\t%5\n  %6\n"_s.arg(rank).arg(
                wireName(query.lang), query.text, query.expected.join(u','), first.join(u' '),
                index->explain(query.text, query.lang, query.expected.value(0)));
            std::fputs(line.toUtf8().constData(), stdout);
        }
        return 0;
    }
    QList<LabelledQuery> citizens;
    if (args.size() > 8 && !args.at(8).startsWith(u"--"_s)) {
        QString citizensError;
        const auto read = readLabelledQueries(args.at(8), &citizensError);
        if (!read) {
            std::fprintf(stderr, "bench_faq: %s\n", qPrintable(citizensError));
            return 1;
        }
        citizens = *read;
    }

    if (rounds == -4) {
        // The whole tuning signal, and nothing else: the tuning part, the same-language
        // queries (French-first base, and the whole base), and the foreign questions of the
        // topics the split keeps translated (never a dropped one) searched on the French-only
        // base. With --misses, each miss of the last (rank, query, expected, first three).
        const CrossLanguageSplit split = crossLanguageSplit(realEntries->entries, *queries);
        GuichetEngine guichet(*synonyms, lexicon);
        QJsonObject result;
        if (!guichet.load(base))
            return 1;
        result.insert(u"whole_base"_s, quality(guichet, *queries));
        if (!guichet.load(FaqFile::serialize(split.base)))
            return 1;
        result.insert(u"tuning"_s, quality(guichet, split.tuning));
        result.insert(u"same_language"_s, quality(guichet, split.sameLanguage));
        QList<FaqEntry> frenchOnly;
        QList<LabelledQuery> questions;
        // Two more signals from the same entries, worded otherwise than their questions:
        // the answer's first and second sentences (the keywords are too easy: 1.0).
        QList<LabelledQuery> keywords;
        QList<LabelledQuery> answers;
        for (const FaqEntry &entry : std::as_const(realEntries->entries)) {
            if (entry.lang == Language::Fr) {
                frenchOnly.append(entry);
            } else if (!split.dropped.contains(entry.id)) {
                questions.append({ entry.question, entry.lang, { entry.id }, u"plain"_s });
                const qsizetype end = entry.answer.indexOf(u'.');
                answers.append({ entry.answer.left(end > 0 ? end : 200),
                                 entry.lang,
                                 { entry.id },
                                 u"plain"_s });
                const qsizetype next = end > 0 ? entry.answer.indexOf(u'.', end + 1) : -1;
                if (next > end + 20)
                    keywords.append({ entry.answer.mid(end + 1, next - end - 1),
                                      entry.lang,
                                      { entry.id },
                                      u"plain"_s });
            }
        }
        if (!guichet.load(FaqFile::serialize(frenchOnly)))
            return 1;
        result.insert(u"kept_answers2_french_only"_s, quality(guichet, keywords));
        result.insert(u"kept_answers_french_only"_s, quality(guichet, answers));
        result.insert(u"kept_questions_french_only"_s, quality(guichet, questions));
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        if (args.contains(u"--misses"_s) || args.contains(u"--misses-same"_s)) {
            // --misses-same: those of the same-language queries on the French-first base.
            const bool same = args.contains(u"--misses-same"_s);
            if (same && !guichet.load(FaqFile::serialize(split.base)))
                return 1;
            const Evaluation evaluation =
                evaluate(same ? split.sameLanguage : questions, [&](const LabelledQuery &query) {
                    return guichet.search(query.text, query.lang, 10);
                });
            for (const Miss &miss : evaluation.misses) {
                if (miss.rank >= 1 && miss.rank <= 3)
                    continue;
                const QString line = u"%1\t%2\t%3\t%4\t%5\n"_s.arg(miss.rank).arg(
                    wireName(miss.query.lang), miss.query.text, miss.query.expected.join(u','),
                    miss.found.join(u' '));
                std::fputs(line.toUtf8().constData(), stdout);
            }
        }
        return 0;
    }
    if (rounds == -2) {
        // Quality only, ours, for whoever tunes (and measures the frozen set once).
        GuichetEngine guichet(*synonyms, lexicon);
        guichet.setAcrossLanguages(true);
        const CrossLanguageSplit split = crossLanguageSplit(realEntries->entries, *queries);
        const CrossLanguageSplit freshSplit = crossLanguageSplit(realEntries->entries, fresh);
        const CrossLanguageSplit frozenSplit = crossLanguageSplit(realEntries->entries, frozen);
        QJsonObject result;
        if (!guichet.load(FaqFile::serialize(split.base)))
            return 1;
        result.insert(u"tuning"_s, quality(guichet, split.tuning));
        result.insert(u"held_back"_s, quality(guichet, split.heldBack));
        result.insert(u"same_language"_s, quality(guichet, split.sameLanguage));
        result.insert(u"fresh_cross"_s, quality(guichet, freshSplit.tuning + freshSplit.heldBack));
        result.insert(u"fresh_same"_s, quality(guichet, freshSplit.sameLanguage));
        if (args.contains(u"--frozen"_s)) {
            result.insert(u"frozen_cross"_s,
                          quality(guichet, frozenSplit.tuning + frozenSplit.heldBack));
            result.insert(u"frozen_same"_s, quality(guichet, frozenSplit.sameLanguage));
            QList<FaqEntry> frenchOnly;
            for (const FaqEntry &entry : std::as_const(realEntries->entries)) {
                if (entry.lang == Language::Fr)
                    frenchOnly.append(entry);
            }
            QList<LabelledQuery> foreign;
            QList<LabelledQuery> french;
            for (const LabelledQuery &query : std::as_const(frozen))
                (query.lang == Language::Fr ? french : foreign).append(query);
            if (!guichet.load(FaqFile::serialize(frenchOnly)))
                return 1;
            result.insert(u"frozen_french_only_cross"_s, quality(guichet, foreign));
            result.insert(u"frozen_french_only_fr"_s, quality(guichet, french));
        }
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    if (rounds < 0) {
        // Results only, for comparing two builds of the engine.
        const CrossLanguageSplit split = crossLanguageSplit(realEntries->entries, *queries);
        const QList<LabelledQuery> all = *queries + fresh + frozen;
        const std::pair<const char *, QByteArray> bases[] = {
            { "real", base },
            { "french-first", FaqFile::serialize(split.base) },
            { "large", large },
            { "large-french-first", FaqFile::serialize(synthesise(split.base, 5000)) },
        };
        for (const auto &[name, jsonLines] : bases) {
            auto index = FaqIndex::fromJsonLines(jsonLines, *synonyms);
            if (!index)
                return 1;
            index->setLexicon(lexicon);
            for (const LabelledQuery &query : all) {
                QString line =
                    QString::fromLatin1(name) + u'\t' + wireName(query.lang) + u'\t' + query.text;
                for (const FaqHit &hit : index->search(query.text, query.lang, 10))
                    line +=
                        u"\t%1/%2/%3"_s.arg(hit.id, wireName(hit.lang)).arg(hit.score, 0, 'g', 17);
                std::puts(line.toUtf8().constData());
            }
        }
        return 0;
    }

    // Parsing and validating the JSON Lines: shared by both engines' load times.
    std::vector<double> parse;
    std::vector<double> parseCpu;
    for (int i = 0; i < 11; ++i) {
        const double cpuStart = processCpuMilliseconds();
        const auto start = Clock::now();
        const auto parsed = FaqFile::parse(large);
        parse.push_back(microseconds(Clock::now() - start) / 1000.0);
        parseCpu.push_back(processCpuMilliseconds() - cpuStart);
    }

    // Index only (entries already parsed), ours: the load minus the shared parse.
    const QList<FaqEntry> largeEntries = FaqFile::parse(large)->entries;
    std::vector<double> indexOnly;
    std::vector<double> indexCpu;
    for (int i = 0; i < 11; ++i) {
        const double cpuStart = processCpuMilliseconds();
        const auto start = Clock::now();
        const FaqIndex index(largeEntries, *synonyms);
        indexOnly.push_back(microseconds(Clock::now() - start) / 1000.0);
        indexCpu.push_back(processCpuMilliseconds() - cpuStart);
    }

    // ROUNDS 0: the loads of the 5,000-entry base only, for whoever profiles them.
    if (rounds == 0) {
        const QJsonObject loads { { u"lexicon_ms"_s, summary(lexiconMs, lexiconCpu) },
                                  { u"parse_ms"_s, summary(parse, parseCpu) },
                                  { u"index_ms"_s, summary(indexOnly, indexCpu) } };
        std::fputs(QJsonDocument(loads).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }
    GuichetEngine guichet(*synonyms, lexicon);
    Fts4Engine fts4;
    QJsonObject real;
    QJsonObject synthetic;
    QJsonObject across;
    const CrossLanguageSplit split = crossLanguageSplit(realEntries->entries, *queries);
    const CrossLanguageSplit freshSplit = crossLanguageSplit(realEntries->entries, fresh);
    const QByteArray frenchFirst = FaqFile::serialize(split.base);
    const QByteArray largeFrenchFirst = FaqFile::serialize(synthesise(split.base, 5000));
    QList<LabelledQuery> crossQueries = split.tuning + split.heldBack;
    // The frozen set: on the same French-first base, and on the French-only base, where
    // every query not in French is a cross-language one (the BNum's common case).
    const CrossLanguageSplit frozenSplit = crossLanguageSplit(realEntries->entries, frozen);
    QList<FaqEntry> frenchOnly;
    for (const FaqEntry &entry : std::as_const(realEntries->entries)) {
        if (entry.lang == Language::Fr)
            frenchOnly.append(entry);
    }
    const QByteArray frenchOnlyBase = FaqFile::serialize(frenchOnly);
    QList<LabelledQuery> frozenForeign;
    QList<LabelledQuery> frozenFrench;
    for (const LabelledQuery &query : std::as_const(frozen))
        (query.lang == Language::Fr ? frozenFrench : frozenForeign).append(query);
    // The citizens' set (written as citizens write), the same way.
    const CrossLanguageSplit citizensSplit = crossLanguageSplit(realEntries->entries, citizens);
    QList<LabelledQuery> citizensForeign;
    QList<LabelledQuery> citizensFrench;
    for (const LabelledQuery &query : std::as_const(citizens))
        (query.lang == Language::Fr ? citizensFrench : citizensForeign).append(query);
    for (Engine *engine : { static_cast<Engine *>(&guichet), static_cast<Engine *>(&fts4) }) {
        const QString name = engine == &guichet ? u"guichet"_s : u"fts4"_s;
        QJsonObject onReal { { u"load_ms"_s, loadMs(*engine, base, 11) } };
        onReal.insert(u"quality"_s, quality(*engine, *queries));
        onReal.insert(u"latency"_s, latency(*engine, *queries, rounds));
        real.insert(name, onReal);
        QJsonObject onLarge { { u"load_ms"_s, loadMs(*engine, large, 11) } };
        onLarge.insert(u"latency"_s, latency(*engine, *queries, rounds));
        synthetic.insert(name, onLarge);

        // The French-first base: what was dropped is searched across languages.
        engine->setAcrossLanguages(true);
        QJsonObject split1 { { u"load_ms"_s, loadMs(*engine, frenchFirst, 11) } };
        split1.insert(u"tuning"_s, quality(*engine, split.tuning));
        split1.insert(u"held_back"_s, quality(*engine, split.heldBack));
        split1.insert(u"same_language"_s, quality(*engine, split.sameLanguage));
        split1.insert(u"fresh_cross"_s, quality(*engine, freshSplit.tuning + freshSplit.heldBack));
        split1.insert(u"fresh_same"_s, quality(*engine, freshSplit.sameLanguage));
        split1.insert(u"frozen_cross"_s,
                      quality(*engine, frozenSplit.tuning + frozenSplit.heldBack));
        split1.insert(u"frozen_same"_s, quality(*engine, frozenSplit.sameLanguage));
        split1.insert(u"citizens_cross"_s,
                      quality(*engine, citizensSplit.tuning + citizensSplit.heldBack));
        split1.insert(u"citizens_same"_s, quality(*engine, citizensSplit.sameLanguage));
        split1.insert(u"latency"_s, latency(*engine, crossQueries, rounds));
        if ((!frozen.isEmpty() || !citizens.isEmpty()) && engine->load(frenchOnlyBase)) {
            split1.insert(u"frozen_french_only_cross"_s, quality(*engine, frozenForeign));
            split1.insert(u"frozen_french_only_fr"_s, quality(*engine, frozenFrench));
            split1.insert(u"citizens_french_only_cross"_s, quality(*engine, citizensForeign));
            split1.insert(u"citizens_french_only_fr"_s, quality(*engine, citizensFrench));
        }
        QJsonObject onLargeSplit { { u"load_ms"_s, loadMs(*engine, largeFrenchFirst, 11) } };
        // The first search after a load learns the word pairs: measured apart.
        {
            const auto start = Clock::now();
            (void)engine->search(crossQueries.front().text, crossQueries.front().lang, 10);
            onLargeSplit.insert(u"first_search_ms"_s, microseconds(Clock::now() - start) / 1000.0);
        }
        onLargeSplit.insert(u"latency"_s, latency(*engine, crossQueries + *queries, rounds));
        split1.insert(u"large"_s, onLargeSplit);
        across.insert(name, split1);
        engine->setAcrossLanguages(false);
    }

    const QJsonObject result {
        { u"entries"_s, realEntries->entries.size() },
        { u"queries"_s, queries->size() },
        { u"rounds"_s, rounds },
        { u"sqlite"_s, QString::fromLatin1(sqlite3_libversion()) },
        { u"real"_s, real },
        { u"lexicon"_s,
          QJsonObject { { u"lines"_s, lexicon->size() },
                        { u"load_ms"_s, summary(lexiconMs, lexiconCpu) } } },
        { u"cross_language"_s,
          QJsonObject { { u"dropped_topics"_s, split.dropped.size() },
                        { u"tuning_topics"_s, split.tuningTopics.size() },
                        { u"base_entries"_s, split.base.size() },
                        { u"fresh_queries"_s, fresh.size() },
                        { u"frozen_queries"_s, frozen.size() },
                        { u"citizens_queries"_s, citizens.size() },
                        { u"engines"_s, across } } },
        { u"threads"_s, QThread::idealThreadCount() },
        { u"large"_s,
          QJsonObject { { u"entries"_s, 5000 },
                        { u"parse_ms"_s, summary(parse, parseCpu) },
                        { u"index_ms"_s, summary(indexOnly, indexCpu) },
                        { u"engines"_s, synthetic } } },
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
