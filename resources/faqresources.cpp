#include "faqresources.h"

using namespace Qt::StringLiterals;

namespace Guichet::Resources {

QString faqKnowledgeBase()
{
    return u":/guichet/faq/faq.jsonl"_s;
}

QString faqSynonyms()
{
    return u":/guichet/faq/synonyms.json"_s;
}

QString faqLexicon()
{
    return u":/guichet/faq/lexicon.tsv"_s;
}

} // namespace Guichet::Resources
