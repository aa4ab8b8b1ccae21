#include "faqindex.h"

#include "cognates_p.h"
#include "faqlogging.h"
#include "languageindex_p.h"
#include "stemmer.h"
#include "stopwords.h"
#include "tokenizer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <limits>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace Internal {

namespace {

constexpr int kLanguageCount = 5;
// Where to look for an entry missing in the query's language: the base is written in
// French first, and English is the most widely read translation.
constexpr std::array<Language, kLanguageCount> kFallbackOrder { Language::Fr, Language::En,
                                                                Language::De, Language::It,
                                                                Language::Es };
// A translation ranks a little below an entry in the query's own language.
constexpr float kFallbackFactor = 0.9f;
// Words of a query beyond this are ignored (a long message says what matters early).
constexpr qsizetype kMaxQueryWords = 256;
// How many of the best entries by BM25F are reranked with the proximity bonus.
constexpr size_t kProximityCandidates = 40;
// From this many entries, the languages are indexed on several threads.
constexpr qsizetype kParallelFrom = 1000;

// A query translated into the language of an entry: what each way of matching a query word
// is worth, compared with the word itself in a same-language entry. Chosen on the tuning
// part of the cross-language split (docs/faq.md), never on its held-back part.
constexpr float kDictionaryWeight = 1.0f; // times the lexicon's own weight
constexpr float kLearnedWeight = 1.0f; // times the Dice coefficient
constexpr float kIdentityWeight = 0.6f; // the same word in both languages: names, cognates
constexpr float kCompoundPartWeight = 0.8f; // a part of a compound the lexicon lacks
constexpr float kCognateWeight = 0.6f; // its French form by the endings ("vandalism" → "-isme")
// Word pairs learnt from the base's translated entries (question and keywords): Dice
// coefficient of the two stems over the ids that exist in both languages.
// A pair seen in one translated entry only counts at this fraction of its coefficient: with
// the minimum coefficient, only two stems that each occur in that one entry pass: a name or
// a word of the base's own that no dictionary holds. Chosen on the tuning part: more crowds French
// entries into same-language searches.
constexpr int kMinCooccurrence = 1;
constexpr float kSingleCooccurrence = 0.4f;
constexpr float kMinDice = 0.3f;
constexpr size_t kMaxLearned = 4;
// The senses of a word share one rarity (as BM25 treats synonyms as one term): that of the
// most common of its strong senses (weight at least kStrongSense of the best), plus this
// slack. A rare French word reached by one sense among several ("complaint": "accusation"
// beside "plainte") no longer outweighs the common one. Chosen on the tuning signal.
constexpr float kStrongSense = 0.9f;
constexpr float kSenseRaritySlack = 0.2f;
// LanguageIndex::wordStem() of a word no entry of that language holds.
constexpr qint32 kUnknownWord = -2;

size_t indexOf(Language lang)
{
    return size_t(lang);
}

} // namespace

struct FaqIndexPrivate
{
    FaqIndexPrivate()
        : languages { LanguageIndex(Language::Fr), LanguageIndex(Language::En),
                      LanguageIndex(Language::De), LanguageIndex(Language::It),
                      LanguageIndex(Language::Es) }
    { }

    std::array<LanguageIndex, kLanguageCount> languages;
    QList<Document> docs; // by slot; a removed entry leaves a dead slot for reuse
    std::vector<qint32> freeSlots;
    QHash<QString, std::array<qint32, kLanguageCount>> byId; // slot per language, or -1
    // fallbackCount[L][F]: ids missing in L that a document in F stands in for.
    std::array<std::array<qint32, kLanguageCount>, kLanguageCount> fallbackCount {};
    FaqSynonyms synonyms;
    qsizetype alive = 0;
    std::shared_ptr<const FaqLexicon> lexicon;

    //! Word pairs learnt from the translated entries, from language Q to O (index Q * 5 + O):
    //! the stem ids of Q, each with O's stem ids and their Dice coefficient. Learnt when a
    //! search first needs them, forgotten when an entry changes.
    using Learned = QHash<qint32, std::vector<Alternative>>;
    mutable std::mutex learnedMutex;
    mutable std::array<std::shared_ptr<const Learned>, kLanguageCount * kLanguageCount> learned;

    std::shared_ptr<const Learned> learnedFor(size_t q, size_t o) const;
    Learned learn(size_t q, size_t o) const;
    void forgetLearned()
    {
        const std::lock_guard lock(learnedMutex);
        learned = {};
    }
    AnalyzedQuery translate(const QList<QueryWord> &words, size_t q, size_t o) const;
    //! A German compound split in two words the lexicon translates ("Garageneinfahrt" →
    //! "garagen" + "einfahrt", "Geschwindigkeitsüberschreitung" with its linking "s"), the
    //! most balanced split first.
    std::optional<std::pair<QString, QString>> lexiconCompound(const QString &word, Language from,
                                                               Language to) const;

    qint32 slotOf(QStringView id, Language lang) const
    {
        const auto it = byId.constFind(id.toString());
        return it == byId.cend() ? -1 : (*it)[indexOf(lang)];
    }

    void add(const FaqEntry &entry);
    void updateFallback(const QString &id);
};

std::shared_ptr<const FaqIndexPrivate::Learned> FaqIndexPrivate::learnedFor(size_t q,
                                                                            size_t o) const
{
    const std::lock_guard lock(learnedMutex);
    auto &slot = learned[q * kLanguageCount + o];
    if (!slot)
        slot = std::make_shared<const Learned>(learn(q, o));
    return slot;
}

FaqIndexPrivate::Learned FaqIndexPrivate::learn(size_t q, size_t o) const
{
    QElapsedTimer timer;
    timer.start();
    QHash<qint32, int> countQ;
    QHash<qint32, int> countO;
    QHash<quint64, int> both;
    std::vector<qint32> stemsQ;
    std::vector<qint32> stemsO;
    const auto collect = [](const Document &doc, std::vector<qint32> &stems) {
        stems.clear();
        for (const auto *tokens : { &doc.questionTokens, &doc.keywordTokens }) {
            for (const TokenSpan &token : *tokens) {
                if (token.stem >= 0)
                    stems.push_back(token.stem);
            }
        }
        std::sort(stems.begin(), stems.end());
        stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    };
    int pairs = 0;
    for (const auto &slots : byId) {
        if (slots[q] < 0 || slots[o] < 0)
            continue;
        ++pairs;
        collect(docs[slots[q]], stemsQ);
        collect(docs[slots[o]], stemsO);
        for (const qint32 s : stemsQ)
            ++countQ[s];
        for (const qint32 t : stemsO)
            ++countO[t];
        for (const qint32 s : stemsQ) {
            for (const qint32 t : stemsO)
                ++both[quint64(quint32(s)) << 32 | quint32(t)];
        }
    }
    Learned result;
    for (auto it = both.cbegin(); it != both.cend(); ++it) {
        if (it.value() < kMinCooccurrence)
            continue;
        const auto s = qint32(it.key() >> 32);
        const auto t = qint32(it.key() & 0xffffffffu);
        const float dice = 2.0f * float(it.value()) / float(countQ.value(s) + countO.value(t))
            * (it.value() < 2 ? kSingleCooccurrence : 1.0f);
        if (dice >= kMinDice)
            result[s].push_back({ t, dice });
    }
    for (auto &list : result) {
        std::sort(list.begin(), list.end(), [](const Alternative &a, const Alternative &b) {
            return a.weight != b.weight ? a.weight > b.weight : a.stem < b.stem;
        });
        if (list.size() > kMaxLearned)
            list.resize(kMaxLearned);
    }
    qCDebug(lcFaq) << "learnt" << result.size() << "word pairs" << wireName(Language(q)) << "→"
                   << wireName(Language(o)) << "from" << pairs << "translated entries in"
                   << timer.nsecsElapsed() / 1000 << "µs";
    return result;
}

std::optional<std::pair<QString, QString>>
FaqIndexPrivate::lexiconCompound(const QString &word, Language from, Language to) const
{
    constexpr qsizetype kMinPart = 4;
    if (from != Language::De || !lexicon || word.size() < 2 * kMinPart)
        return std::nullopt;
    const auto known = [&](QStringView part) {
        return !lexicon->translate(from, to, Stemmer::stem(part, from)).empty();
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

AnalyzedQuery FaqIndexPrivate::translate(const QList<QueryWord> &words, size_t q, size_t o) const
{
    const LanguageIndex &source = languages[q];
    const LanguageIndex &target = languages[o];
    const Language from = Language(q);
    const Language to = Language(o);
    const std::shared_ptr<const Learned> pairs = learnedFor(q, o);
    AnalyzedQuery query;
    QStringList seen;
    for (const QueryWord &word : words) {
        if (qsizetype(query.positions.size()) >= kMaxQueryWords)
            break;
        if ((StopWords::contains(from, word.text) && !word.typing) || seen.contains(word.text))
            continue;
        seen.append(word.text);
        QueryPosition position;
        // Its translations: the lexicon works on stems, whatever the source index holds.
        const auto addTranslations = [&](const std::vector<FaqLexicon::Translation> &found,
                                         float factor) {
            // The rarity the senses share in the target language (kStrongSense).
            float maxWeight = 0;
            for (const FaqLexicon::Translation &translation : found)
                maxWeight = std::max(maxWeight, translation.weight);
            float cap = std::numeric_limits<float>::max();
            for (const FaqLexicon::Translation &translation : found) {
                if (translation.weight < kStrongSense * maxWeight
                    || translation.stems.contains(u' '))
                    continue;
                const float rarity = target.rarity(target.anyStemId(translation.stems));
                if (rarity > 0)
                    cap = std::min(cap, rarity * (1.0f + kSenseRaritySlack));
            }
            for (const FaqLexicon::Translation &translation : found) {
                float weight = factor * kDictionaryWeight * translation.weight;
                std::vector<qint32> stems;
                for (const QStringView part : QStringView(translation.stems).split(u' ')) {
                    stems.push_back(target.anyStemId(part));
                    if (stems.back() < 0)
                        break;
                }
                if (stems.empty() || stems.back() < 0)
                    continue;
                if (stems.size() == 1) {
                    // BM25 is linear in the rarity: capping it is scaling the weight.
                    const float rarity = target.rarity(stems.front());
                    if (rarity > cap)
                        weight *= cap / rarity;
                    position.add(stems.front(), weight);
                } else {
                    position.phrases.push_back({ stems, weight });
                }
                // The target language's own synonyms: "carte de crédit" is "carte bancaire".
                target.expandSynonyms(stems, weight, position);
            }
        };
        // What the translated entries of the base teach.
        bool learned = false;
        const auto addLearned = [&](qint32 sourceStem, float factor) {
            const auto it = pairs->constFind(sourceStem);
            if (it != pairs->cend()) {
                learned = true;
                for (const Alternative &alternative : *it)
                    position.add(alternative.stem, factor * kLearnedWeight * alternative.weight);
            }
        };
        bool translated = false;
        if (lexicon && !StopWords::contains(from, word.text)) {
            std::vector<FaqLexicon::Translation> translations =
                lexicon->translate(from, to, Stemmer::stem(word.text, from));
            // Dictionaries list base forms: an irregular form ("stolen", "gestohlen") is
            // translated as its base form ("steal", "stehlen") too.
            if (const QString lemma = Stemmer::lemma(word.text, from); !lemma.isEmpty()) {
                for (FaqLexicon::Translation &t :
                     lexicon->translate(from, to, Stemmer::stem(lemma, from)))
                    translations.push_back(std::move(t));
            }
            // A German participle the dictionary lacks ("geklaut", "abgeschleppt"): as the
            // infinitive it most likely comes from.
            if (translations.empty() && !word.typing && from == Language::De) {
                for (const QString &base : Stemmer::participleBases(word.text)) {
                    translations = lexicon->translate(from, to, Stemmer::stem(base, from));
                    if (!translations.empty())
                        break;
                }
            }
            // A compound the lexicon does not know ("Kreditkarte") is translated part by part:
            // parts the query's language's entries hold, else parts the lexicon knows (a
            // French-first base has few German entries to split against).
            if (translations.empty() && !word.typing) {
                auto parts = source.compoundParts(word.text);
                if (!parts)
                    parts = lexiconCompound(word.text, from, to);
                if (parts) {
                    for (const QString &part : { parts->first, parts->second }) {
                        for (FaqLexicon::Translation &t :
                             lexicon->translate(from, to, Stemmer::stem(part, from))) {
                            t.weight *= kCompoundPartWeight;
                            translations.push_back(std::move(t));
                        }
                    }
                }
            }
            translated = !translations.empty();
            addTranslations(translations, 1.0f);
        }
        const qint32 sourceStem = source.wordStem(word.text);
        if (sourceStem >= 0)
            addLearned(sourceStem, 1.0f);
        // A word neither the lexicon nor the query's language knows is most likely misspelt
        // ("answr", "mesage"): its corrections in the query's language are translated, at
        // what a correction is worth there.
        if (!translated && sourceStem == kUnknownWord && !word.typing) {
            const AnalyzedQuery corrected = source.analyze({ word });
            for (const QueryPosition &p : corrected.positions) {
                for (const Alternative &alternative : p.alternatives) {
                    if (lexicon) {
                        addTranslations(
                            lexicon->translate(from, to, source.stemText(alternative.stem)),
                            alternative.weight);
                    }
                    addLearned(alternative.stem, alternative.weight);
                }
            }
        }
        // The word itself: names, numbers, and what both languages write alike; corrected
        // ("documento" → "document") only when nothing translates it: beside translations, a
        // foreign word's near neighbours in the other language are noise, and the costliest
        // part of a translated query.
        const AnalyzedQuery same = target.analyze({ word }, !translated && !learned);
        for (const QueryPosition &p : same.positions) {
            for (const Alternative &alternative : p.alternatives)
                position.add(alternative.stem, kIdentityWeight * alternative.weight);
            for (Phrase phrase : p.phrases) {
                phrase.weight *= kIdentityWeight;
                position.phrases.push_back(std::move(phrase));
            }
        }
        // Its French cognate, by the regular correspondences of endings ("vandalism" →
        // "vandalisme", "denunciación" → "denunciation"): what the word itself may be
        // written as in French.
        if (to == Language::Fr && !word.typing) {
            const QString cognate = frenchCognate(word.text, from);
            if (!cognate.isEmpty()) {
                const AnalyzedQuery like = target.analyze({ QueryWord { cognate } }, false);
                for (const QueryPosition &p : like.positions) {
                    for (const Alternative &alternative : p.alternatives)
                        position.add(alternative.stem, kCognateWeight * alternative.weight);
                }
            }
        }
        position.minor = word.typing && word.text.size() <= 2;
        target.prune(position);
        if (!position.isEmpty())
            query.positions.push_back(std::move(position));
    }
    target.finish(query);
    return query;
}

void FaqIndexPrivate::add(const FaqEntry &entry)
{
    auto slots = byId.value(entry.id, { -1, -1, -1, -1, -1 });
    qint32 &slot = slots[indexOf(entry.lang)];
    LanguageIndex &language = languages[indexOf(entry.lang)];
    if (slot >= 0) {
        language.removeDocument(slot, docs[slot]);
    } else if (!freeSlots.empty()) {
        slot = freeSlots.back();
        freeSlots.pop_back();
        ++alive;
    } else {
        slot = qint32(docs.size());
        docs.append(Document());
        ++alive;
    }
    Document &doc = docs[slot];
    doc.entry = entry;
    doc.alive = true;
    language.addDocument(slot, doc);
    byId.insert(entry.id, slots);
    updateFallback(entry.id);
    forgetLearned();
}

void FaqIndexPrivate::updateFallback(const QString &id)
{
    const auto it = byId.constFind(id);
    if (it == byId.cend())
        return;
    const auto &slots = *it;
    for (size_t l = 0; l < kLanguageCount; ++l) {
        if (slots[l] < 0)
            continue;
        Document &doc = docs[slots[l]];
        for (size_t q = 0; q < kLanguageCount; ++q) {
            if (doc.fallbackFor & (1u << q))
                --fallbackCount[q][l];
        }
        doc.fallbackFor = 0;
    }
    for (size_t q = 0; q < kLanguageCount; ++q) {
        if (slots[q] >= 0)
            continue;
        for (const Language candidate : kFallbackOrder) {
            const qint32 slot = slots[indexOf(candidate)];
            if (slot >= 0) {
                docs[slot].fallbackFor |= quint8(1u << q);
                ++fallbackCount[q][indexOf(candidate)];
                break;
            }
        }
    }
}

} // namespace Internal

using namespace Internal;

FaqIndex::FaqIndex()
    : d(std::make_unique<FaqIndexPrivate>())
{ }

FaqIndex::FaqIndex(const QList<FaqEntry> &entries, const FaqSynonyms &synonyms)
    : FaqIndex()
{
    QElapsedTimer timer;
    timer.start();
    // Give every entry its slot first (the last of two with the same id and language wins),
    // then index each language: they share nothing, so a large base is indexed on several
    // threads at once.
    QHash<QString, std::array<qint32, kLanguageCount>> &byId = d->byId;
    std::array<std::vector<qint32>, kLanguageCount> slotsByLanguage;
    d->docs.reserve(entries.size());
    for (const FaqEntry &entry : entries) {
        auto it = byId.find(entry.id);
        if (it == byId.end())
            it = byId.insert(entry.id, { -1, -1, -1, -1, -1 });
        qint32 &slot = (*it)[indexOf(entry.lang)];
        if (slot < 0) {
            slot = qint32(d->docs.size());
            d->docs.append(Document());
            slotsByLanguage[indexOf(entry.lang)].push_back(slot);
        }
        d->docs[slot].entry = entry;
        d->docs[slot].alive = true;
    }
    d->alive = d->docs.size();

    Document *docs = d->docs.data();
    const auto indexLanguage = [&](size_t l) {
        LanguageIndex &language = d->languages[l];
        language.beginBulk(qsizetype(slotsByLanguage[l].size()));
        for (const qint32 slot : slotsByLanguage[l])
            language.addDocument(slot, docs[slot]);
        language.endBulk();
        language.setSynonyms(synonyms.groups(Language(l)));
    };
    const int threads = d->docs.size() >= kParallelFrom
        ? std::clamp(QThread::idealThreadCount(), 1, kLanguageCount)
        : 1;
    if (threads == 1) {
        for (size_t l = 0; l < kLanguageCount; ++l)
            indexLanguage(l);
    } else {
        std::atomic<size_t> next { 0 };
        const auto work = [&] {
            for (size_t l = next++; l < kLanguageCount; l = next++)
                indexLanguage(l);
        };
        std::vector<std::thread> workers;
        for (int t = 1; t < threads; ++t)
            workers.emplace_back(work);
        work();
        for (std::thread &worker : workers)
            worker.join();
    }
    d->synonyms = synonyms;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        d->updateFallback(it.key());
    qCDebug(lcFaq) << "indexed" << d->alive << "entries on" << threads << "thread(s) in"
                   << timer.nsecsElapsed() / 1000 << "µs";
}

FaqIndex::~FaqIndex() = default;
FaqIndex::FaqIndex(FaqIndex &&other) noexcept = default;
FaqIndex &FaqIndex::operator=(FaqIndex &&other) noexcept = default;

Result<FaqIndex> FaqIndex::fromJsonLines(QByteArrayView data, const FaqSynonyms &synonyms,
                                         QList<FaqLineError> *skipped)
{
    Result<FaqFile> file = FaqFile::parse(data);
    if (!file)
        return file.error();
    if (skipped)
        skipped->append(file->errors);
    return FaqIndex(file->entries, synonyms);
}

Result<FaqIndex> FaqIndex::load(const QString &path, const FaqSynonyms &synonyms,
                                QList<FaqLineError> *skipped)
{
    Result<FaqFile> file = FaqFile::read(path);
    if (!file)
        return file.error();
    if (skipped)
        skipped->append(file->errors);
    return FaqIndex(file->entries, synonyms);
}

void FaqIndex::setSynonyms(const FaqSynonyms &synonyms)
{
    d->synonyms = synonyms;
    for (const Language lang : kFallbackOrder)
        d->languages[indexOf(lang)].setSynonyms(synonyms.groups(lang));
}

const FaqSynonyms &FaqIndex::synonyms() const
{
    return d->synonyms;
}

void FaqIndex::setLexicon(std::shared_ptr<const FaqLexicon> lexicon)
{
    d->lexicon = std::move(lexicon);
}

void FaqIndex::upsert(const FaqEntry &entry)
{
    d->add(entry);
}

bool FaqIndex::remove(QStringView id, Language lang)
{
    const QString key = id.toString();
    const auto it = d->byId.find(key);
    if (it == d->byId.end() || (*it)[indexOf(lang)] < 0)
        return false;
    const qint32 slot = (*it)[indexOf(lang)];
    // Drop the id's fallback marks first, then recompute them without this entry.
    Document &doc = d->docs[slot];
    for (size_t q = 0; q < kLanguageCount; ++q) {
        if (doc.fallbackFor & (1u << q))
            --d->fallbackCount[q][indexOf(lang)];
    }
    doc.fallbackFor = 0;
    d->languages[indexOf(lang)].removeDocument(slot, doc);
    doc = Document();
    d->freeSlots.push_back(slot);
    --d->alive;
    d->forgetLearned();
    (*it)[indexOf(lang)] = -1;
    if (std::all_of(it->begin(), it->end(), [](qint32 s) { return s < 0; }))
        d->byId.erase(it);
    else
        d->updateFallback(key);
    return true;
}

qsizetype FaqIndex::size() const
{
    return d->alive;
}

QList<FaqEntry> FaqIndex::entries() const
{
    QList<FaqEntry> result;
    result.reserve(d->alive);
    for (const Document &doc : std::as_const(d->docs)) {
        if (doc.alive)
            result.append(doc.entry);
    }
    return result;
}

std::optional<FaqEntry> FaqIndex::entry(QStringView id, Language lang) const
{
    const qint32 slot = d->slotOf(id, lang);
    if (slot < 0)
        return std::nullopt;
    return d->docs[slot].entry;
}

QList<Language> FaqIndex::languages(QStringView id) const
{
    QList<Language> result;
    for (const Language lang : kFallbackOrder) {
        if (d->slotOf(id, lang) >= 0)
            result.append(lang);
    }
    return result;
}

namespace {

QList<QueryWord> queryWords(QStringView query)
{
    QList<QueryWord> words;
    Tokenizer tokenizer(query);
    while (words.size() < kMaxQueryWords && tokenizer.next())
        words.append({ tokenizer.word().toString(), tokenizer.atEnd() });
    return words;
}

} // namespace

Language FaqIndex::guessLanguage(QStringView text, Language preferred) const
{
    std::array<int, kLanguageCount> known {};
    Tokenizer tokenizer(text);
    for (int n = 0; n < kMaxQueryWords && tokenizer.next(); ++n) {
        if (tokenizer.atEnd() && tokenizer.word().size() < 3)
            break; // a word being typed says nothing yet
        for (size_t l = 0; l < kLanguageCount; ++l) {
            const QStringView word = tokenizer.word();
            known[l] +=
                StopWords::contains(Language(l), word) || d->languages[l].wordStem(word) >= 0;
        }
    }
    Language best = preferred;
    for (const Language lang : kFallbackOrder) {
        if (known[indexOf(lang)] > known[indexOf(best)])
            best = lang;
    }
    return best;
}

QString FaqIndex::explain(QStringView query, Language lang, QStringView id) const
{
    const auto it = d->byId.constFind(id.toString());
    if (it == d->byId.cend())
        return {};
    qint32 slot = (*it)[indexOf(lang)];
    for (const Language other : kFallbackOrder) {
        if (slot < 0 && (*it)[indexOf(other)] >= 0)
            slot = (*it)[indexOf(other)];
    }
    const size_t l = indexOf(d->docs[slot].entry.lang);
    const LanguageIndex &language = d->languages[l];
    const QList<QueryWord> words = queryWords(query);
    return language.explain(l == indexOf(lang) ? language.analyze(words)
                                               : d->translate(words, indexOf(lang), l),
                            d->docs, slot);
}

QList<FaqHit> FaqIndex::search(QStringView query, Language lang, int limit) const
{
    if (limit <= 0 || d->alive == 0)
        return {};
    const QList<QueryWord> words = queryWords(query);
    if (words.isEmpty())
        return {};

    Scratch scratch(d->docs.size());
    std::array<AnalyzedQuery, kLanguageCount> analyzed;
    const size_t primary = indexOf(lang);
    analyzed[primary] = d->languages[primary].analyze(words);
    d->languages[primary].score(analyzed[primary], d->docs, scratch, -1, 1.0f);
    for (const Language other : kFallbackOrder) {
        const size_t o = indexOf(other);
        if (o == primary || d->fallbackCount[primary][o] == 0)
            continue;
        analyzed[o] = d->translate(words, primary, o);
        d->languages[o].score(analyzed[o], d->docs, scratch, int(primary), kFallbackFactor);
    }

    std::vector<qint32> &hits = scratch.hits;
    const auto better = [&](qint32 a, qint32 b) {
        const float sa = scratch.total[size_t(a)];
        const float sb = scratch.total[size_t(b)];
        if (sa != sb)
            return sa > sb;
        return d->docs[a].entry.id < d->docs[b].entry.id;
    };
    // The best candidates by BM25F get the proximity bonus, then the final order.
    const size_t candidates = std::min(hits.size(), std::max(size_t(limit), kProximityCandidates));
    std::partial_sort(hits.begin(), hits.begin() + qsizetype(candidates), hits.end(), better);
    for (size_t i = 0; i < candidates; ++i) {
        if (scratch.matched[size_t(hits[i])] < 2)
            continue; // one query word matched: no pair to find side by side
        const Document &doc = d->docs[hits[i]];
        const size_t l = indexOf(doc.entry.lang);
        const float factor = l == primary ? 1.0f : kFallbackFactor;
        scratch.total[size_t(hits[i])] += factor * d->languages[l].proximity(analyzed[l], doc);
    }
    const size_t count = std::min(candidates, size_t(limit));
    std::partial_sort(hits.begin(), hits.begin() + qsizetype(count),
                      hits.begin() + qsizetype(candidates), better);

    QList<FaqHit> result;
    result.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const Document &doc = d->docs[hits[i]];
        const size_t l = indexOf(doc.entry.lang);
        FaqHit hit;
        hit.id = doc.entry.id;
        hit.lang = doc.entry.lang;
        hit.score = scratch.total[size_t(hits[i])];
        hit.fellBack = doc.entry.lang != lang;
        hit.questionHighlights = LanguageIndex::highlight(doc.questionTokens, analyzed[l]);
        hit.answerHighlights = LanguageIndex::highlight(doc.answerTokens, analyzed[l]);
        result.append(std::move(hit));
    }
    return result;
}

} // namespace Guichet
