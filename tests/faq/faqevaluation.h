#pragma once

// The labelled queries of tests/data/faq-queries.jsonl and the metrics computed on them
// (hit@1, hit@3, MRR), shared by tst_faq_evaluation and the FAQ benchmark so that both
// measure exactly the same thing.

#include "app/faq/faqfile.h"
#include "protocol/enums.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>
#include <random>

namespace Guichet::Test {

struct LabelledQuery
{
    QString text;
    Language lang = Language::Fr;
    QStringList expected; //!< any of these ids is a right answer
    QString kind; //!< plain, short, long, typo, noaccent, slang, neardup
};

//! Reads the labelled queries; on a malformed line, returns nothing and sets @p error.
inline std::optional<QList<LabelledQuery>> readLabelledQueries(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    QList<LabelledQuery> queries;
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        LabelledQuery query;
        query.text = object.value(QStringLiteral("q")).toString();
        const auto lang = fromWireName<Language>(object.value(QStringLiteral("lang")).toString());
        for (const QJsonValue &id : object.value(QStringLiteral("expected")).toArray())
            query.expected.append(id.toString());
        query.kind = object.value(QStringLiteral("kind")).toString();
        if (query.text.isEmpty() || !lang || query.expected.isEmpty() || query.kind.isEmpty()) {
            *error = QStringLiteral("%1:%2: expected {\"q\",\"lang\",\"expected\",\"kind\"}")
                         .arg(path)
                         .arg(line);
            return std::nullopt;
        }
        query.lang = *lang;
        queries.append(query);
    }
    return queries;
}

struct Metrics
{
    int count = 0;
    int hit1 = 0;
    int hit3 = 0;
    double reciprocalRanks = 0; //!< sum of 1/rank, rank within the first 10

    void add(int rank) // 1-based; 0 when not found
    {
        ++count;
        hit1 += rank == 1;
        hit3 += rank >= 1 && rank <= 3;
        reciprocalRanks += rank > 0 ? 1.0 / rank : 0.0;
    }
    double hitAt1() const { return count ? double(hit1) / count : 0; }
    double hitAt3() const { return count ? double(hit3) / count : 0; }
    double mrr() const { return count ? reciprocalRanks / count : 0; }
};

struct Miss
{
    LabelledQuery query;
    QStringList found; //!< the first ids returned
    int rank = 0;
};

struct Evaluation
{
    Metrics overall;
    QMap<QString, Metrics> byLanguage;
    QMap<QString, Metrics> byKind;
    QList<Miss> misses; //!< queries whose answer is not first
};

//! Runs every query through @p search (ids best first, at least 10 when there are) and
//! scores the rank of the first expected id.
inline Evaluation evaluate(const QList<LabelledQuery> &queries,
                           const std::function<QStringList(const LabelledQuery &)> &search)
{
    Evaluation evaluation;
    for (const LabelledQuery &query : queries) {
        const QStringList found = search(query).mid(0, 10);
        int rank = 0;
        for (qsizetype i = 0; i < found.size() && rank == 0; ++i) {
            if (query.expected.contains(found.at(i)))
                rank = int(i + 1);
        }
        evaluation.overall.add(rank);
        evaluation.byLanguage[wireName(query.lang)].add(rank);
        evaluation.byKind[query.kind].add(rank);
        if (rank != 1)
            evaluation.misses.append({ query, found.mid(0, 3), rank });
    }
    return evaluation;
}

//! A plain-text table of the metrics, overall, per language and per kind.
inline QString metricsTable(const Evaluation &evaluation)
{
    QString text;
    const auto row = [&text](const QString &name, const Metrics &m) {
        text += QStringLiteral("%1 %2  hit@1 %3  hit@3 %4  MRR %5\n")
                    .arg(name, -10)
                    .arg(m.count, 4)
                    .arg(m.hitAt1(), 0, 'f', 3)
                    .arg(m.hitAt3(), 0, 'f', 3)
                    .arg(m.mrr(), 0, 'f', 3);
    };
    row(QStringLiteral("overall"), evaluation.overall);
    for (auto it = evaluation.byLanguage.cbegin(); it != evaluation.byLanguage.cend(); ++it)
        row(it.key(), it.value());
    for (auto it = evaluation.byKind.cbegin(); it != evaluation.byKind.cend(); ++it)
        row(it.key(), it.value());
    return text;
}

} // namespace Guichet::Test

// ---- The cross-language split (docs/faq.md) ------------------------------------------------

namespace Guichet::Test {

//! The real base made French-first: the non-French versions of half the topics dropped.
//! Those topics' non-French queries are the cross-language queries; they are split again by
//! topic into a tuning part (the engine's weights were chosen on it) and a held-back part
//! (reported, never looked at while tuning). Everything else is a same-language query.
struct CrossLanguageSplit
{
    QList<FaqEntry> base;
    QSet<QString> dropped; //!< topics left in French only
    QSet<QString> tuningTopics; //!< among the dropped
    QList<LabelledQuery> tuning;
    QList<LabelledQuery> heldBack;
    QList<LabelledQuery> sameLanguage;

    //! Which of the three groups @p query belongs to: "tuning", "held-back" or "same".
    QString groupOf(const LabelledQuery &query) const
    {
        const QString &topic = query.expected.front();
        if (query.lang == Language::Fr || !dropped.contains(topic))
            return QStringLiteral("same");
        return tuningTopics.contains(topic) ? QStringLiteral("tuning")
                                            : QStringLiteral("held-back");
    }
};

//! The seed of the split: fixed, so that every run and every machine draws the same topics.
constexpr unsigned kCrossLanguageSeed = 15;

inline CrossLanguageSplit crossLanguageSplit(const QList<FaqEntry> &entries,
                                             const QList<LabelledQuery> &queries,
                                             unsigned seed = kCrossLanguageSeed)
{
    CrossLanguageSplit split;
    QStringList topics;
    for (const FaqEntry &entry : entries) {
        if (!topics.contains(entry.id))
            topics.append(entry.id);
    }
    std::sort(topics.begin(), topics.end());
    std::mt19937 random(seed);
    std::shuffle(topics.begin(), topics.end(), random);
    const QStringList dropped = topics.mid(0, topics.size() / 2);
    split.dropped = QSet<QString>(dropped.cbegin(), dropped.cend());
    QStringList tuning = dropped;
    std::shuffle(tuning.begin(), tuning.end(), random);
    tuning = tuning.mid(0, tuning.size() / 2);
    split.tuningTopics = QSet<QString>(tuning.cbegin(), tuning.cend());
    for (const FaqEntry &entry : entries) {
        if (entry.lang == Language::Fr || !split.dropped.contains(entry.id))
            split.base.append(entry);
    }
    for (const LabelledQuery &query : queries) {
        const QString group = split.groupOf(query);
        if (group == QLatin1String("tuning"))
            split.tuning.append(query);
        else if (group == QLatin1String("held-back"))
            split.heldBack.append(query);
        else
            split.sameLanguage.append(query);
    }
    return split;
}

} // namespace Guichet::Test
