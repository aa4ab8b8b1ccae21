#pragma once

// Internals of FaqIndex: the inverted index of one language. Not part of the API.

#include "faqhit.h"
#include "protocol/faqentry.h"
#include "tokenizer.h"
#include "wordtable_p.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace Guichet::Internal {

enum Field : int { QuestionField, KeywordsField, AnswerField };
constexpr int kFieldCount = 3;

//! A word of an entry's question or answer: its stem and where it is, for highlights.
struct TokenSpan
{
    qint32 stem;
    quint32 position; // start << 8 | length (a word longer than 255 is highlighted in part)

    qsizetype start() const { return qsizetype(position >> 8); }
    qsizetype length() const { return qsizetype(position & 0xff); }
};

//! One entry in one language, as the index holds it. Its slot number is its document id.
struct Document
{
    FaqEntry entry;
    bool alive = false;
    std::vector<TokenSpan> questionTokens;
    std::vector<TokenSpan> keywordTokens; // stem -1 between two keywords
    std::vector<TokenSpan> answerTokens;
    //! Words per field, stop words excluded (BM25's document length).
    std::array<float, kFieldCount> length {};
    //! Its distinct stems, to take its postings out again.
    std::vector<qint32> stems;
    //! Bit L set: this entry stands in for its id in searches in language L, which has no
    //! translation of it.
    quint8 fallbackFor = 0;
};

struct Posting
{
    qint32 doc;
    std::array<quint16, kFieldCount> tf;
};

//! What a query word may match, with how much it is worth (1 for the word itself).
struct Alternative
{
    qint32 stem;
    float weight;
};

//! A several-word synonym ("carte bancaire"): all its stems must be in the entry.
struct Phrase
{
    std::vector<qint32> stems;
    float weight;
};

//! One word (or synonym phrase) of the query and everything it may match.
struct QueryPosition
{
    std::vector<Alternative> alternatives;
    std::vector<Phrase> phrases;
    //! A word of one or two letters still being typed: it may become anything, so it only
    //! orders the entries the other words found (LanguageIndex::score()).
    bool minor = false;
    bool isEmpty() const { return alternatives.empty() && phrases.empty(); }
    //! Adds @p stem, or raises its weight if it is there already.
    void add(qint32 stem, float weight);
};

//! A stem the query may match, at which position, with which weight.
struct PositionMatch
{
    qint32 stem;
    qint32 position;
    float weight;
    bool operator<(const PositionMatch &other) const
    {
        return stem != other.stem ? stem < other.stem : position < other.position;
    }
};

struct AnalyzedQuery
{
    std::vector<QueryPosition> positions;
    //! Every stem the query may match, sorted: the words to highlight.
    std::vector<qint32> matchStems;
    //! The single-stem alternatives of every position, sorted by stem: for proximity.
    std::vector<PositionMatch> positionMatches;
    //! Bit s set: stem s is in matchStems. Most words of an entry are not: one test each.
    std::vector<quint64> matchBits;

    bool mayMatch(qint32 stem) const
    {
        return stem >= 0 && size_t(stem) / 64 < matchBits.size()
            && (matchBits[size_t(stem) / 64] >> (stem % 64) & 1);
    }
};

//! A folded query word; typing: the last word, with nothing after it yet.
struct QueryWord
{
    QString text;
    bool typing = false;
};

//! Per-search accumulators over document slots.
struct Scratch
{
    explicit Scratch(qsizetype slots);
    std::vector<float> total;
    std::vector<float> best;
    std::vector<float> phraseSum;
    std::vector<quint8> phraseCount;
    std::vector<float> minor;
    std::vector<qint32> minorTouched;
    std::vector<quint16> matched;
    std::vector<qint32> touched;
    std::vector<qint32> phraseTouched;
    std::vector<qint32> hits;
};

//! The inverted index of one language: vocabulary (folded words → stems), postings per
//! stem with term frequencies per field, synonym groups, and the word lists for typo
//! tolerance (letter-pair index) and prefix completion (sorted words).
class LanguageIndex
{
public:
    explicit LanguageIndex(Language lang);

    Language language() const { return m_lang; }
    qsizetype documentCount() const { return m_docCount; }

    //! Indexes @p doc (slot @p slot); fills its length and stems.
    void addDocument(qint32 slot, Document &doc);
    //! Between these two, addDocument() keeps the postings aside and endBulk() stores them,
    //! each stem's list allocated once at its exact size: building a whole base, most of the
    //! cost of growing thousands of lists one posting at a time goes. Postings keep the order
    //! of the addDocument() calls, so the index is the same either way. Nothing may search
    //! in between.
    void beginBulk(qsizetype documents);
    void endBulk();
    void removeDocument(qint32 slot, Document &doc);
    void setSynonyms(const QList<QStringList> &groups);

    //! Without @p corrections, a word the index does not know gets no typo corrections.
    AnalyzedQuery analyze(const QList<QueryWord> &words, bool corrections = true) const;
    //! Fills what search needs besides the positions (matchStems, positionMatches, matchBits)
    //! once the positions are set; analyze() calls it, so does a query translated into this
    //! language.
    void finish(AnalyzedQuery &query) const;
    //! The id of a stem (Stemmer's output) that some document holds, or -1.
    qint32 stemId(QStringView stem) const
    {
        const qint32 id = m_stems.find(stem);
        return id >= 0 && df(id) > 0 ? id : -1;
    }
    QStringView stemText(qint32 stem) const { return m_stems.text(stem); }
    //! The stem id of a folded word (-1 for a stop word, -2 when no document has it).
    qint32 wordStem(QStringView folded) const { return stemOf(folded); }
    //! The id of a stem whether or not a document holds it (synonyms know more), or -1.
    qint32 anyStemId(QStringView stem) const { return m_stems.find(stem); }
    //! Adds to @p position the synonyms of the word or phrase @p stems, times @p weight.
    void expandSynonyms(const std::vector<qint32> &stems, float weight,
                        QueryPosition &position) const;
    //! BM25's rarity of @p stem among this language's entries; 0 when none holds it.
    float rarity(qint32 stem) const { return stem >= 0 && df(stem) > 0 ? idf(stem) : 0.0f; }
    //! Drops from @p position what no document of this language holds.
    void prune(QueryPosition &position) const;
    //! A compound made of two words of this language's index ("Kreditkarte"), if it is one.
    std::optional<std::pair<QString, QString>> compoundParts(const QString &word) const
    {
        return splitCompound(word);
    }
    //! Adds the scores of the query to the scratch. With @p fallbackFor >= 0, only the
    //! documents that stand in for that language are scored, times @p factor.
    void score(const AnalyzedQuery &query, const QList<Document> &docs, Scratch &scratch,
               int fallbackFor, float factor) const;
    //! A bonus for the query's consecutive words found next to each other in @p doc (stop
    //! words aside): "carte grise" is not "carte bancaire" even if both have "carte".
    float proximity(const AnalyzedQuery &query, const Document &doc) const;
    static QList<FaqSpan> highlight(const std::vector<TokenSpan> &tokens,
                                    const AnalyzedQuery &query);
    //! How a query was analysed and what each of its positions gives document @p slot:
    //! "[vol=1 piqu=0.85]→2.31 [portabl=1 telephon=0.85]→0". For tuning and docs/faq.md.
    QString explain(const AnalyzedQuery &query, const QList<Document> &docs, qint32 slot) const;

private:
    static constexpr qint32 kStop = -1;
    static constexpr qint32 kUnknown = -2;

    qint32 internWord(QStringView folded, quint32 hash);
    qint32 internStem(QStringView stem);
    //! The stem id of a folded word, kStop, or kUnknown when the stem is not in the index.
    qint32 stemOf(QStringView folded) const;
    qsizetype df(qint32 stem) const { return qsizetype(m_postings[size_t(stem)].size()); }
    bool isUseful(qint32 stem) const;

    void addSynonyms(qint32 stem, float weight, QueryPosition &position) const;
    void addTypoCandidates(const QString &word, QueryPosition &position) const;
    void addCompletions(const QString &prefix, QueryPosition &position) const;
    std::optional<std::pair<QString, QString>> splitCompound(const QString &word) const;
    float bm25(const Posting &posting, const Document &doc, float idf) const;
    float idf(qint32 stem) const;

    Language m_lang;

    // Vocabulary: the stop words, then every folded word seen in entries and synonyms.
    WordTable m_words;
    std::vector<qint32> m_wordStem; // kStop for stop words
    // For prefixes: the words by their first three letters (shorter words complete nothing
    // a search would ask for).
    QHash<quint64, std::vector<qint32>> m_wordsByPrefix;
    // For typos: the words of each length with the set of their letters as 64 bits.
    struct Signature
    {
        quint64 letters;
        qint32 word;
    };
    std::vector<std::vector<Signature>> m_wordsByLength;

    // Stems and their postings.
    WordTable m_stems;
    std::vector<std::vector<Posting>> m_postings;
    // Scratch while indexing one document: its terms, and each stem's place among them.
    struct Term
    {
        qint32 stem;
        std::array<quint16, kFieldCount> tf;
    };
    std::vector<Term> m_terms;
    std::vector<TokenSpan> m_spans;
    std::vector<qint32> m_termSlot;
    // Between beginBulk() and endBulk(): the postings to store, in the order they came.
    struct PendingPosting
    {
        qint32 stem;
        Posting posting;
    };
    std::vector<PendingPosting> m_pending;
    bool m_bulk = false;
    Tokenizer m_tokenizer;

    // Synonyms: groups of members, each member a list of stems.
    std::vector<std::vector<std::vector<qint32>>> m_synonymGroups;
    struct MemberRef
    {
        qint32 group;
        qint32 member;
    };
    QHash<qint32, std::vector<MemberRef>> m_synonymsByFirstStem;

    qsizetype m_docCount = 0;
    std::array<double, kFieldCount> m_totalLength {};
};

} // namespace Guichet::Internal
