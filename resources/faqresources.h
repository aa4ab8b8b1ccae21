#pragma once

#include <QString>

namespace Guichet::Resources {

//! The knowledge base shipped with Guichet (resources/faq/faq.jsonl), as a Qt resource path
//! that FaqFile::read() and FaqIndex::load() accept.
QString faqKnowledgeBase();
//! The synonyms and everyday words of the search (resources/faq/synonyms.json), likewise.
QString faqSynonyms();
//! The bilingual word lists of cross-language search (resources/faq/lexicon.tsv): a data
//! file beside the programs, not a resource (its licences, docs/faq.md). The first that
//! exists of: share/guichet/faq/lexicon.tsv next to the program's bin/ (installed, or the
//! build tree), the installation's data directory, the build tree's copy (tests). When none
//! does, the first, so that the error names where it was looked for.
QString faqLexicon();

} // namespace Guichet::Resources
