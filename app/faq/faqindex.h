#pragma once

#include "faqfile.h"
#include "faqhit.h"
#include "faqlexicon.h"
#include "faqsynonyms.h"
#include "protocol/faqentry.h"
#include "protocol/result.h"

#include <QList>
#include <QStringView>

#include <memory>
#include <optional>

namespace Guichet {

namespace Internal {
struct FaqIndexPrivate;
}

//! The knowledge base in memory, indexed for search as you type: the workstation's FAQ panel,
//! guichet-cli and the server all use it.
//!
//! Every entry (one id in one language) is analysed in its language: folded (Tokenizer),
//! stop words dropped (StopWords), stemmed (Stemmer); its question, keywords and answer are
//! indexed as three fields. search() ranks with BM25F, question above keywords above answer,
//! and tolerates what people type: synonyms and everyday words (FaqSynonyms), the last word
//! still being typed (prefix), typos (edits scaled to the word's length), and entries that
//! exist only in another language (fallback). docs/faq.md tells the whole story.
//!
//! Searching is const and reentrant: several threads may search at once. Changes (upsert,
//! remove, setSynonyms) need exclusive access, like any Qt container.
class FaqIndex
{
public:
    //! An empty index.
    FaqIndex();
    //! Indexes @p entries; of two entries with the same id and language, the last one wins.
    explicit FaqIndex(const QList<FaqEntry> &entries, const FaqSynonyms &synonyms = {});
    ~FaqIndex();
    FaqIndex(FaqIndex &&other) noexcept;
    FaqIndex &operator=(FaqIndex &&other) noexcept;
    FaqIndex(const FaqIndex &) = delete;
    FaqIndex &operator=(const FaqIndex &) = delete;

    //! Reads a knowledge base file (see FaqFile for the format and the policy on malformed
    //! lines) and indexes it. The lines skipped are appended to @p skipped when given.
    static Result<FaqIndex> load(const QString &path, const FaqSynonyms &synonyms = {},
                                 QList<FaqLineError> *skipped = nullptr);
    //! The same from JSON Lines in memory.
    static Result<FaqIndex> fromJsonLines(QByteArrayView data, const FaqSynonyms &synonyms = {},
                                          QList<FaqLineError> *skipped = nullptr);

    //! Replaces the synonym groups; the entries stay indexed.
    void setSynonyms(const FaqSynonyms &synonyms);
    const FaqSynonyms &synonyms() const;

    //! The bilingual word lists used to search entries that exist only in another language
    //! than the query's (see search()); shared, read-only. Without one, such entries are
    //! found only by the words the two languages share and by what the base's own
    //! translations teach.
    void setLexicon(std::shared_ptr<const FaqLexicon> lexicon);

    //! Adds @p entry, or replaces the entry with its id and language (a faq.updated event,
    //! a supervisor's edit).
    void upsert(const FaqEntry &entry);
    //! Removes the entry with this id and language (a faq.removed event); false if absent.
    bool remove(QStringView id, Language lang);

    //! Number of entries (ids times their languages).
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    //! All entries, in the order they were first added.
    QList<FaqEntry> entries() const;
    std::optional<FaqEntry> entry(QStringView id, Language lang) const;
    //! The languages an id exists in.
    QList<Language> languages(QStringView id) const;

    //! The best entries for @p query, written in @p lang, best first, at most @p limit.
    //!
    //! The last word counts as still being typed (and matches as a prefix too) unless the
    //! query ends with a space or punctuation; while it has one or two letters, it only
    //! orders what the other words found. An id that has no entry in @p lang is searched in
    //! its translation (French first, then English, German, Italian, Spanish) and marked
    //! fellBack: the query is translated word by word into that language (the lexicon, and
    //! word pairs learnt from the entries that exist in both languages) and ranked on the
    //! same BM25F scale. Hits carry the words to highlight in their question and answer. An
    //! empty query, or one of stop words only, finds nothing.
    QList<FaqHit> search(QStringView query, Language lang, int limit = 10) const;

    //! The language @p text is most likely written in, among those of the base: the one
    //! whose words (stop words included) it uses most; on a tie @p preferred, then French.
    //! For the FAQ panel, where the agent may type in French or in the citizen's language.
    Language guessLanguage(QStringView text, Language preferred = Language::Fr) const;

    //! Why the entry @p id scores what it does for @p query: each query word with what it may
    //! match (stem=weight) and its contribution, e.g. "[vol=1 piqu=0.85]→2.31 [portabl=1]→0".
    //! For whoever edits the base and the synonyms; empty if the id is unknown.
    QString explain(QStringView query, Language lang, QStringView id) const;

private:
    std::unique_ptr<Internal::FaqIndexPrivate> d;
};

} // namespace Guichet
