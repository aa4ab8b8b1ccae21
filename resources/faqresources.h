#pragma once

#include <QString>

namespace Guichet::Resources {

//! The knowledge base shipped with Guichet (resources/faq/faq.jsonl), as a Qt resource path
//! that FaqFile::read() and FaqIndex::load() accept.
QString faqKnowledgeBase();
//! The synonyms and everyday words of the search (resources/faq/synonyms.json), likewise.
QString faqSynonyms();
//! The bilingual word lists of cross-language search (resources/faq/lexicon.tsv), likewise.
QString faqLexicon();

} // namespace Guichet::Resources
