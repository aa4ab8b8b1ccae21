#include "languageindex_p.h"
#include "stemmer.h"
#include "stopwords.h"
#include "tokenizer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Guichet::Internal {

namespace {

// Ranking: BM25F (Robertson & Zaragoza): term frequencies weighted per field and
// normalised by the field's length, then saturated once. The values were chosen on the
// labelled queries (docs/faq.md); quality moves by less than 1 % around them.
constexpr float kK1 = 1.2f;
constexpr std::array<float, kFieldCount> kFieldWeight { 3.0f, 2.5f, 1.0f };
constexpr std::array<float, kFieldCount> kFieldB { 0.5f, 0.5f, 0.75f };

// What a match is worth compared with the query word itself.
constexpr float kSynonymWeight = 0.85f;
constexpr float kPrefixWeight = 0.8f; // times sqrt(typed letters / word length)
constexpr std::array<float, 3> kTypoWeight { 1.0f, 0.7f, 0.5f }; // by edit count

// Documents matching few of the query's words are scaled by (matched / words)^this: a
// gentle push towards entries that cover the question, without burying a strong match in a
// long message full of words the base does not use.
constexpr float kCoordinationExponent = 0.25f;

// Consecutive query words found side by side: a bonus of this times their idf.
constexpr float kProximityWeight = 0.5f;
constexpr std::array<float, kFieldCount> kProximityFieldWeight { 1.0f, 0.8f, 0.4f };

// A word being typed of at most this many letters is "minor": it adds at most this share of
// what the other words give an entry, and finds nothing by itself.
constexpr qsizetype kMaxMinorLength = 2;
constexpr float kMinorShare = 0.25f;

constexpr qsizetype kMinPrefix = 3; // also the length of the keys of m_wordsByPrefix
constexpr qsizetype kMaxCompletions = 24;
constexpr qsizetype kMaxTypoCandidates = 8;
constexpr qsizetype kMaxFuzzyLength = 40;
constexpr qsizetype kMaxQueryPositions = 64;

//! Edits tolerated for a word of @p length letters: 0 up to 3, 1 up to 7, 2 beyond.
int maxEdits(qsizetype length)
{
    return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

//! The first kMinPrefix units of @p word as one key.
quint64 prefixKey(QStringView word)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < kMinPrefix; ++i)
        key = key << 16 | word[i].unicode();
    return key;
}

//! The set of letters of @p word as bits: a to z, 0 to 9, anything else folded into the
//! remaining 28 bits. An edit adds or removes at most one letter of the set, a substitution
//! both, a transposition none: words k edits apart differ in at most 2k bits.
quint64 letterSet(QStringView word)
{
    quint64 set = 0;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        const unsigned bit = u >= u'a' && u <= u'z' ? unsigned(u - u'a')
            : u >= u'0' && u <= u'9'                ? 26u + unsigned(u - u'0')
                                                    : 36u + unsigned(u % 28);
        set |= quint64(1) << bit;
    }
    return set;
}

//! Optimal string alignment distance (Levenshtein plus transpositions of neighbours),
//! or max + 1 as soon as it is known to exceed @p max.
int editDistance(QStringView a, QStringView b, int max)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > max)
        return max + 1;
    std::array<std::array<int, kMaxFuzzyLength + 2>, 3> rows {};
    for (qsizetype j = 0; j <= m; ++j)
        rows[1][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        auto &current = rows[size_t((i + 1) % 3)];
        const auto &previous = rows[size_t(i % 3)];
        const auto &beforePrevious = rows[size_t((i + 2) % 3)];
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({ previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                   previous[size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, beforePrevious[size_t(j - 2)] + 1);
            current[size_t(j)] = value;
            rowMin = std::min(rowMin, value);
        }
        if (rowMin > max)
            return max + 1;
    }
    return rows[size_t((n + 1) % 3)][size_t(m)];
}

void addAlternative(QueryPosition &position, qint32 stem, float weight)
{
    position.add(stem, weight);
}

} // namespace

void QueryPosition::add(qint32 stem, float weight)
{
    for (Alternative &existing : alternatives) {
        if (existing.stem == stem) {
            existing.weight = std::max(existing.weight, weight);
            return;
        }
    }
    alternatives.push_back({ stem, weight });
}

Scratch::Scratch(qsizetype slots)
    : total(size_t(slots))
    , best(size_t(slots))
    , phraseSum(size_t(slots))
    , phraseCount(size_t(slots))
    , minor(size_t(slots))
    , matched(size_t(slots))
{ }

LanguageIndex::LanguageIndex(Language lang)
    : m_lang(lang)
{
    // Stop words are known words without a stem: a lookup answers for them too.
    for (const QString &word : StopWords::list(lang)) {
        m_words.insert(word, Tokenizer::hashWord(word));
        m_wordStem.push_back(kStop);
    }
}

// ---- Vocabulary ----------------------------------------------------------------------

qint32 LanguageIndex::internStem(QStringView stem)
{
    bool added = false;
    const qint32 id = m_stems.insert(stem, &added);
    if (added) {
        m_postings.emplace_back();
        m_termSlot.push_back(-1);
    }
    return id;
}

qint32 LanguageIndex::internWord(QStringView folded, quint32 hash)
{
    bool added = false;
    const qint32 id = m_words.insert(folded, hash, &added);
    if (!added)
        return m_wordStem[size_t(id)];
    const qint32 stem = internStem(Stemmer::stem(folded, m_lang));
    m_wordStem.push_back(stem);
    if (folded.size() > kMinPrefix)
        m_wordsByPrefix[prefixKey(folded)].push_back(id);
    if (folded.size() <= kMaxFuzzyLength) {
        if (m_wordsByLength.size() <= size_t(folded.size()))
            m_wordsByLength.resize(size_t(folded.size()) + 1);
        m_wordsByLength[size_t(folded.size())].push_back({ letterSet(folded), id });
    }
    return stem;
}

qint32 LanguageIndex::stemOf(QStringView folded) const
{
    const qint32 id = m_words.find(folded);
    if (id >= 0)
        return m_wordStem[size_t(id)];
    const qint32 stem = m_stems.find(Stemmer::stem(folded, m_lang));
    return stem >= 0 ? stem : kUnknown;
}

bool LanguageIndex::isUseful(qint32 stem) const
{
    return stem >= 0 && (df(stem) > 0 || m_synonymsByFirstStem.contains(stem));
}

// ---- Documents -----------------------------------------------------------------------

void LanguageIndex::addDocument(qint32 slot, Document &doc)
{
    std::vector<Term> &terms = m_terms;
    terms.clear();
    doc.length = {};

    const auto addText = [&](QStringView text, Field field, std::vector<TokenSpan> *spans) {
        Tokenizer &tokenizer = m_tokenizer;
        tokenizer.reset(text);
        while (tokenizer.next()) {
            const qint32 stem = internWord(tokenizer.word(), tokenizer.hash());
            if (stem == kStop)
                continue;
            if (spans) {
                const auto length = quint32(std::min<qsizetype>(tokenizer.length(), 0xff));
                spans->push_back({ stem, quint32(tokenizer.start()) << 8 | length });
            }
            doc.length[field] += 1;
            qint32 &termSlot = m_termSlot[size_t(stem)];
            if (termSlot < 0) {
                termSlot = qint32(terms.size());
                terms.push_back({ stem, {} });
            }
            quint16 &tf = terms[size_t(termSlot)].tf[field];
            if (tf < 0xffff)
                ++tf;
        }
    };
    // Collected in a scratch list, then copied at their exact size: one allocation each.
    std::vector<TokenSpan> &spans = m_spans;
    const auto keep = [&spans](std::vector<TokenSpan> &tokens) {
        tokens.assign(spans.begin(), spans.end());
        spans.clear();
    };
    spans.clear();
    addText(doc.entry.question, QuestionField, &spans);
    keep(doc.questionTokens);
    for (const QString &keyword : std::as_const(doc.entry.keywords)) {
        if (!spans.empty())
            spans.push_back({ kStop, 0 });
        addText(keyword, KeywordsField, &spans);
    }
    keep(doc.keywordTokens);
    addText(doc.entry.answer, AnswerField, &spans);
    keep(doc.answerTokens);

    doc.stems.clear();
    doc.stems.reserve(terms.size());
    for (const Term &term : terms) {
        if (m_bulk)
            m_pending.push_back({ term.stem, { slot, term.tf } });
        else
            m_postings[size_t(term.stem)].push_back({ slot, term.tf });
        m_termSlot[size_t(term.stem)] = -1;
        doc.stems.push_back(term.stem);
    }
    ++m_docCount;
    for (int f = 0; f < kFieldCount; ++f)
        m_totalLength[size_t(f)] += doc.length[size_t(f)];
}

void LanguageIndex::beginBulk(qsizetype documents)
{
    m_bulk = true;
    // About the distinct stems of a real entry, question, keywords and answer.
    m_pending.reserve(size_t(documents) * 96);
}

void LanguageIndex::endBulk()
{
    std::vector<qint32> count(m_postings.size());
    for (const PendingPosting &pending : m_pending)
        ++count[size_t(pending.stem)];
    for (size_t stem = 0; stem < count.size(); ++stem) {
        if (count[stem] > 0)
            m_postings[stem].reserve(m_postings[stem].size() + size_t(count[stem]));
    }
    for (const PendingPosting &pending : m_pending)
        m_postings[size_t(pending.stem)].push_back(pending.posting);
    m_pending = {};
    m_bulk = false;
}

void LanguageIndex::removeDocument(qint32 slot, Document &doc)
{
    for (const qint32 stem : doc.stems) {
        auto &postings = m_postings[size_t(stem)];
        const auto it = std::find_if(postings.begin(), postings.end(),
                                     [slot](const Posting &p) { return p.doc == slot; });
        if (it != postings.end()) {
            *it = postings.back();
            postings.pop_back();
        }
    }
    doc.stems.clear();
    --m_docCount;
    for (int f = 0; f < kFieldCount; ++f)
        m_totalLength[size_t(f)] -= doc.length[size_t(f)];
}

void LanguageIndex::setSynonyms(const QList<QStringList> &groups)
{
    m_synonymGroups.clear();
    m_synonymsByFirstStem.clear();
    for (const QStringList &group : groups) {
        std::vector<std::vector<qint32>> members;
        for (const QString &member : group) {
            std::vector<qint32> stems;
            Tokenizer tokenizer(member);
            while (tokenizer.next()) {
                const qint32 stem = internWord(tokenizer.word(), tokenizer.hash());
                if (stem != kStop)
                    stems.push_back(stem);
            }
            if (!stems.empty()
                && std::find(members.begin(), members.end(), stems) == members.end()) {
                members.push_back(std::move(stems));
            }
        }
        if (members.size() < 2)
            continue;
        const qint32 groupId = qint32(m_synonymGroups.size());
        for (qsizetype m = 0; m < qsizetype(members.size()); ++m)
            m_synonymsByFirstStem[members[size_t(m)].front()].push_back({ groupId, qint32(m) });
        m_synonymGroups.push_back(std::move(members));
    }
}

// ---- Queries -------------------------------------------------------------------------

void LanguageIndex::addSynonyms(qint32 stem, float weight, QueryPosition &position) const
{
    const auto it = m_synonymsByFirstStem.constFind(stem);
    if (it == m_synonymsByFirstStem.cend())
        return;
    for (const MemberRef &ref : *it) {
        const auto &group = m_synonymGroups[size_t(ref.group)];
        if (group[size_t(ref.member)].size() != 1)
            continue; // a phrase starting with this word, not the word itself
        for (qsizetype m = 0; m < qsizetype(group.size()); ++m) {
            if (m == ref.member)
                continue;
            const auto &other = group[size_t(m)];
            if (other.size() == 1)
                addAlternative(position, other.front(), weight * kSynonymWeight);
            else
                position.phrases.push_back({ other, weight * kSynonymWeight });
        }
    }
}

void LanguageIndex::expandSynonyms(const std::vector<qint32> &stems, float weight,
                                   QueryPosition &position) const
{
    if (stems.size() == 1) {
        addSynonyms(stems.front(), weight, position);
        return;
    }
    if (stems.empty())
        return;
    for (const MemberRef &ref : m_synonymsByFirstStem.value(stems.front())) {
        const auto &group = m_synonymGroups[size_t(ref.group)];
        if (group[size_t(ref.member)] != stems)
            continue;
        for (qsizetype m = 0; m < qsizetype(group.size()); ++m) {
            if (m == ref.member)
                continue;
            const auto &other = group[size_t(m)];
            if (other.size() == 1)
                addAlternative(position, other.front(), weight * kSynonymWeight);
            else
                position.phrases.push_back({ other, weight * kSynonymWeight });
        }
    }
}

void LanguageIndex::prune(QueryPosition &position) const
{
    std::erase_if(position.alternatives,
                  [this](const Alternative &a) { return a.stem < 0 || df(a.stem) == 0; });
    std::erase_if(position.phrases, [this](const Phrase &p) {
        return std::any_of(p.stems.begin(), p.stems.end(),
                           [this](qint32 stem) { return stem < 0 || df(stem) == 0; });
    });
}

void LanguageIndex::addTypoCandidates(const QString &word, QueryPosition &position) const
{
    const qsizetype length = word.size();
    const int edits = maxEdits(length);
    if (edits == 0 || length > kMaxFuzzyLength)
        return;
    // Only words of a close length and close letter set are worth an edit distance.
    const quint64 letters = letterSet(word);
    std::vector<qint32> candidates;
    for (qsizetype l = std::max<qsizetype>(1, length - edits);
         l <= length + edits && l < qsizetype(m_wordsByLength.size()); ++l) {
        for (const Signature &signature : m_wordsByLength[size_t(l)]) {
            if (std::popcount(signature.letters ^ letters) <= 2 * edits)
                candidates.push_back(signature.word);
        }
    }

    struct Match
    {
        qint32 stem;
        int distance;
        qsizetype df;
    };
    std::vector<Match> matches;
    for (const qint32 id : candidates) {
        const qint32 stem = m_wordStem[size_t(id)];
        if (!isUseful(stem))
            continue;
        const int distance = editDistance(word, m_words.text(id), edits);
        if (distance > 0 && distance <= edits)
            matches.push_back({ stem, distance, df(stem) });
    }
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.df > b.df;
    });
    qsizetype taken = 0;
    for (const Match &match : matches) {
        if (taken++ == kMaxTypoCandidates)
            break;
        const float weight = kTypoWeight[size_t(match.distance)];
        addAlternative(position, match.stem, weight);
        addSynonyms(match.stem, weight, position);
    }
}

std::optional<std::pair<QString, QString>> LanguageIndex::splitCompound(const QString &word) const
{
    // German glues nouns together ("Notfallnummer", "Opferhilfe"); the base may hold the
    // parts. Split an unknown word in two known ones, the most balanced split first, with
    // or without the linking "s" ("Diebstahlsanzeige").
    constexpr qsizetype kMinPart = 4;
    if (m_lang != Language::De || word.size() < 2 * kMinPart)
        return std::nullopt;
    const auto known = [this](const QString &part) {
        const qint32 stem = stemOf(part);
        return stem >= 0 && df(stem) > 0;
    };
    std::optional<std::pair<QString, QString>> best;
    qsizetype bestBalance = 0;
    for (qsizetype i = kMinPart; i + kMinPart <= word.size(); ++i) {
        const qsizetype balance = std::min(i, word.size() - i);
        if (balance <= bestBalance)
            continue;
        const QString right = word.mid(i);
        if (!known(right))
            continue;
        QString left = word.left(i);
        if (!known(left)) {
            if (!left.endsWith(u's') || left.size() <= kMinPart || !known(left.chopped(1)))
                continue;
            left.chop(1);
        }
        best = std::make_pair(left, right);
        bestBalance = balance;
    }
    return best;
}

void LanguageIndex::addCompletions(const QString &prefix, QueryPosition &position) const
{
    if (prefix.size() < kMinPrefix)
        return;
    const auto bucket = m_wordsByPrefix.constFind(prefixKey(prefix));
    if (bucket == m_wordsByPrefix.cend())
        return;
    const std::u16string_view typed(QStringView(prefix).utf16(), size_t(prefix.size()));
    struct Completion
    {
        qsizetype df;
        qint32 stem;
        qsizetype length;
    };
    std::vector<Completion> found;
    for (const qint32 id : *bucket) {
        const std::u16string_view text = m_words.view(id);
        if (text.size() <= typed.size() || text.substr(0, typed.size()) != typed)
            continue;
        const qint32 stem = m_wordStem[size_t(id)];
        if (stem >= 0 && df(stem) > 0)
            found.push_back({ df(stem), stem, qsizetype(text.size()) });
    }
    // The most frequent words first: they are what people most likely mean.
    std::sort(found.begin(), found.end(), [](const Completion &a, const Completion &b) {
        return a.df != b.df ? a.df > b.df : a.length < b.length;
    });
    if (qsizetype(found.size()) > kMaxCompletions)
        found.resize(size_t(kMaxCompletions));
    // The less of the word is typed, the less sure it is meant.
    for (const Completion &completion : found) {
        const float share = float(prefix.size()) / float(completion.length);
        addAlternative(position, completion.stem, kPrefixWeight * std::sqrt(share));
    }
}

AnalyzedQuery LanguageIndex::analyze(const QList<QueryWord> &words, bool corrections) const
{
    struct Item
    {
        QueryWord word;
        qint32 stem;
    };
    std::vector<Item> items;
    for (const QueryWord &word : words) {
        const qint32 stem = stemOf(word.text);
        if (stem == kUnknown && !word.typing) {
            if (const auto parts = splitCompound(word.text)) {
                items.push_back({ { parts->first, false }, stemOf(parts->first) });
                items.push_back({ { parts->second, false }, stemOf(parts->second) });
                continue;
            }
        }
        if (stem != kStop || word.typing)
            items.push_back({ word, stem });
    }

    AnalyzedQuery query;
    std::vector<qint32> seenStems;
    QStringList seenUnknown;
    for (size_t i = 0;
         i < items.size() && qsizetype(query.positions.size()) < kMaxQueryPositions;) {
        const Item &item = items[i];
        QueryPosition position;

        // The longest synonym phrase starting here ("carte bancaire" → "cb").
        size_t phraseLength = 0;
        if (item.stem >= 0) {
            const auto refs = m_synonymsByFirstStem.constFind(item.stem);
            if (refs != m_synonymsByFirstStem.cend()) {
                for (const MemberRef &ref : *refs) {
                    const auto &member = m_synonymGroups[size_t(ref.group)][size_t(ref.member)];
                    if (member.size() <= std::max<size_t>(phraseLength, 1)
                        || i + member.size() > items.size())
                        continue;
                    bool same = true;
                    for (size_t k = 1; k < member.size() && same; ++k)
                        same = items[i + k].stem == member[k];
                    if (same)
                        phraseLength = member.size();
                }
            }
        }
        if (phraseLength > 1) {
            std::vector<qint32> matchedStems;
            for (size_t k = 0; k < phraseLength; ++k)
                matchedStems.push_back(items[i + k].stem);
            position.phrases.push_back({ matchedStems, 1.0f });
            for (const MemberRef &ref : m_synonymsByFirstStem.value(item.stem)) {
                const auto &group = m_synonymGroups[size_t(ref.group)];
                if (group[size_t(ref.member)] != matchedStems)
                    continue;
                for (qsizetype m = 0; m < qsizetype(group.size()); ++m) {
                    if (m == ref.member)
                        continue;
                    const auto &other = group[size_t(m)];
                    if (other.size() == 1)
                        addAlternative(position, other.front(), kSynonymWeight);
                    else
                        position.phrases.push_back({ other, kSynonymWeight });
                }
            }
            i += phraseLength;
        } else {
            const QueryWord &word = item.word;
            if (item.stem >= 0) {
                if (std::find(seenStems.begin(), seenStems.end(), item.stem) != seenStems.end()) {
                    ++i;
                    continue;
                }
                seenStems.push_back(item.stem);
                addAlternative(position, item.stem, 1.0f);
                addSynonyms(item.stem, 1.0f, position);
            } else if (item.stem == kUnknown) {
                if (seenUnknown.contains(word.text)) {
                    ++i;
                    continue;
                }
                seenUnknown.append(word.text);
                if (corrections)
                    addTypoCandidates(word.text, position);
            }
            // A stop word being typed may be the start of a real word ("quel" → "quelqu'un"),
            // but "de" or "the" is far more likely complete.
            if (word.typing && (item.stem != kStop || word.text.size() > kMinPrefix))
                addCompletions(word.text, position);
            position.minor = word.typing && word.text.size() <= kMaxMinorLength;
            ++i;
        }

        // Keep only what can match something in this language.
        std::erase_if(position.alternatives,
                      [this](const Alternative &a) { return df(a.stem) == 0; });
        std::erase_if(position.phrases, [this](const Phrase &p) {
            return std::any_of(p.stems.begin(), p.stems.end(),
                               [this](qint32 stem) { return stem < 0 || df(stem) == 0; });
        });
        if (position.isEmpty())
            continue;
        query.positions.push_back(std::move(position));
    }
    finish(query);
    return query;
}

void LanguageIndex::finish(AnalyzedQuery &query) const
{
    // A short word being typed orders what the whole words found; alone, it is the query.
    if (std::all_of(query.positions.begin(), query.positions.end(),
                    [](const QueryPosition &p) { return p.minor; })) {
        for (QueryPosition &position : query.positions)
            position.minor = false;
    }
    query.matchStems.clear();
    for (const QueryPosition &position : query.positions) {
        for (const Alternative &alternative : position.alternatives)
            query.matchStems.push_back(alternative.stem);
        for (const Phrase &phrase : position.phrases)
            query.matchStems.insert(query.matchStems.end(), phrase.stems.begin(),
                                    phrase.stems.end());
    }
    for (size_t p = 0; p < query.positions.size(); ++p) {
        for (const Alternative &alternative : query.positions[p].alternatives)
            query.positionMatches.push_back({ alternative.stem, qint32(p), alternative.weight });
    }
    std::sort(query.positionMatches.begin(), query.positionMatches.end());
    std::sort(query.matchStems.begin(), query.matchStems.end());
    query.matchBits.assign((m_postings.size() + 63) / 64, 0);
    for (const qint32 stem : query.matchStems)
        query.matchBits[size_t(stem) / 64] |= quint64(1) << (stem % 64);
    query.matchStems.erase(std::unique(query.matchStems.begin(), query.matchStems.end()),
                           query.matchStems.end());
}

float LanguageIndex::bm25(const Posting &posting, const Document &doc, float idf) const
{
    float weighted = 0;
    for (int f = 0; f < kFieldCount; ++f) {
        const quint16 tf = posting.tf[size_t(f)];
        if (!tf)
            continue;
        const double average = m_docCount > 0 ? m_totalLength[size_t(f)] / double(m_docCount) : 1;
        const float norm = 1.0f - kFieldB[size_t(f)]
            + kFieldB[size_t(f)] * doc.length[size_t(f)] / float(std::max(average, 1.0));
        weighted += kFieldWeight[size_t(f)] * float(tf) / norm;
    }
    return idf * weighted * (kK1 + 1) / (kK1 + weighted);
}

void LanguageIndex::score(const AnalyzedQuery &query, const QList<Document> &docs, Scratch &scratch,
                          int fallbackFor, float factor) const
{
    const float n = float(m_docCount);
    const auto idfOf = [n](qsizetype df) {
        return std::log(1.0f + (n - float(df) + 0.5f) / (float(df) + 0.5f));
    };
    const quint8 mask = fallbackFor >= 0 ? quint8(1u << fallbackFor) : 0;
    const auto accept = [&](qint32 doc) {
        return !mask || (docs[doc].fallbackFor & mask);
    };

    std::vector<qint32> passHits;
    float majorPositions = 0;
    for (const QueryPosition &position : query.positions) {
        majorPositions += position.minor ? 0 : 1;
        scratch.touched.clear();
        const auto offer = [&](qint32 doc, float value) {
            float &best = scratch.best[size_t(doc)];
            if (best == 0)
                scratch.touched.push_back(doc);
            best = std::max(best, value);
        };
        for (const Alternative &alternative : position.alternatives) {
            const auto &postings = m_postings[size_t(alternative.stem)];
            const float idf = idfOf(qsizetype(postings.size()));
            for (const Posting &posting : postings) {
                if (accept(posting.doc))
                    offer(posting.doc, alternative.weight * bm25(posting, docs[posting.doc], idf));
            }
        }
        for (const Phrase &phrase : position.phrases) {
            scratch.phraseTouched.clear();
            for (const qint32 stem : phrase.stems) {
                const auto &postings = m_postings[size_t(stem)];
                const float idf = idfOf(qsizetype(postings.size()));
                for (const Posting &posting : postings) {
                    if (!accept(posting.doc))
                        continue;
                    if (scratch.phraseCount[size_t(posting.doc)]++ == 0)
                        scratch.phraseTouched.push_back(posting.doc);
                    scratch.phraseSum[size_t(posting.doc)] += bm25(posting, docs[posting.doc], idf);
                }
            }
            for (const qint32 doc : scratch.phraseTouched) {
                if (scratch.phraseCount[size_t(doc)] == phrase.stems.size())
                    offer(doc,
                          phrase.weight * scratch.phraseSum[size_t(doc)]
                              / float(phrase.stems.size()));
                scratch.phraseCount[size_t(doc)] = 0;
                scratch.phraseSum[size_t(doc)] = 0;
            }
        }
        for (const qint32 doc : scratch.touched) {
            if (position.minor) {
                float &minor = scratch.minor[size_t(doc)];
                if (minor == 0)
                    scratch.minorTouched.push_back(doc);
                minor = std::max(minor, scratch.best[size_t(doc)]);
            } else {
                if (scratch.matched[size_t(doc)]++ == 0)
                    passHits.push_back(doc);
                scratch.total[size_t(doc)] += scratch.best[size_t(doc)];
            }
            scratch.best[size_t(doc)] = 0;
        }
    }

    // What a short word being typed adds is capped by what the whole words give the entry:
    // "harcelement ex" finds harassment first, "ex" only orders among what it found.
    for (const qint32 doc : passHits) {
        float &total = scratch.total[size_t(doc)];
        total += std::min(scratch.minor[size_t(doc)], kMinorShare * total);
    }
    for (const qint32 doc : scratch.minorTouched)
        scratch.minor[size_t(doc)] = 0;
    scratch.minorTouched.clear();

    for (const qint32 doc : passHits) {
        const float coverage = float(scratch.matched[size_t(doc)]) / std::max(majorPositions, 1.0f);
        scratch.total[size_t(doc)] *= factor * std::pow(coverage, kCoordinationExponent);
        scratch.hits.push_back(doc);
    }
}

float LanguageIndex::idf(qint32 stem) const
{
    const float n = float(m_docCount);
    const float count = float(df(stem));
    return std::log(1.0f + (n - count + 0.5f) / (count + 0.5f));
}

float LanguageIndex::proximity(const AnalyzedQuery &query, const Document &doc) const
{
    if (query.positions.size() < 2)
        return 0;
    const std::vector<PositionMatch> &matches = query.positionMatches;
    // For each pair of consecutive query positions, the best adjacent occurrence.
    std::vector<float> best(query.positions.size() - 1);
    const auto scan = [&](const std::vector<TokenSpan> &tokens, float fieldWeight) {
        for (size_t j = 0; j + 1 < tokens.size(); ++j) {
            const qint32 stem = tokens[j].stem;
            const qint32 next = tokens[j + 1].stem;
            if (!query.mayMatch(stem) || !query.mayMatch(next))
                continue;
            auto a =
                std::lower_bound(matches.begin(), matches.end(), PositionMatch { stem, -1, 0 });
            for (; a != matches.end() && a->stem == stem; ++a) {
                if (size_t(a->position) + 1 >= query.positions.size()
                    || query.positions[size_t(a->position)].minor
                    || query.positions[size_t(a->position) + 1].minor)
                    continue;
                const PositionMatch key { next, a->position + 1, 0 };
                const auto b = std::lower_bound(matches.begin(), matches.end(), key);
                if (b == matches.end() || b->stem != next || b->position != key.position)
                    continue;
                const float value =
                    fieldWeight * std::min(a->weight, b->weight) * (idf(stem) + idf(next)) / 2;
                float &slot = best[size_t(a->position)];
                slot = std::max(slot, value);
            }
        }
    };
    scan(doc.questionTokens, kProximityFieldWeight[QuestionField]);
    scan(doc.keywordTokens, kProximityFieldWeight[KeywordsField]);
    scan(doc.answerTokens, kProximityFieldWeight[AnswerField]);
    float bonus = 0;
    for (const float value : best)
        bonus += value;
    return kProximityWeight * bonus;
}

QString LanguageIndex::explain(const AnalyzedQuery &query, const QList<Document> &docs,
                               qint32 slot) const
{
    const float n = float(m_docCount);
    const auto idfOf = [n](qsizetype df) {
        return std::log(1.0f + (n - float(df) + 0.5f) / (float(df) + 0.5f));
    };
    const auto contribution = [&](qint32 stem) {
        for (const Posting &posting : m_postings[size_t(stem)]) {
            if (posting.doc == slot)
                return bm25(posting, docs[slot], idfOf(df(stem)));
        }
        return 0.0f;
    };
    QString text;
    for (const QueryPosition &position : query.positions) {
        float best = 0;
        text += u'[';
        for (const Alternative &alternative : position.alternatives) {
            text += m_stems.text(alternative.stem).toString() + u'='
                + QString::number(alternative.weight) + u' ';
            best = std::max(best, alternative.weight * contribution(alternative.stem));
        }
        for (const Phrase &phrase : position.phrases) {
            float sum = 0;
            bool all = true;
            text += u'"';
            for (const qint32 stem : phrase.stems) {
                text += m_stems.text(stem).toString() + u' ';
                const float value = contribution(stem);
                all = all && value > 0;
                sum += value;
            }
            text += u"\"="_s + QString::number(phrase.weight) + u' ';
            if (all)
                best = std::max(best, phrase.weight * sum / float(phrase.stems.size()));
        }
        text.chop(1);
        text += u"]→"_s + QString::number(best, 'f', 2) + u' ';
    }
    return text.trimmed();
}

QList<FaqSpan> LanguageIndex::highlight(const std::vector<TokenSpan> &tokens,
                                        const AnalyzedQuery &query)
{
    QList<FaqSpan> spans;
    for (const TokenSpan &token : tokens) {
        if (query.mayMatch(token.stem))
            spans.append({ token.start(), token.length() });
    }
    return spans;
}

} // namespace Guichet::Internal
