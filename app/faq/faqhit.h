#pragma once

#include "protocol/enums.h"

#include <QList>
#include <QString>

namespace Guichet {

//! A stretch of an entry's text to highlight, in UTF-16 code units of that text.
struct FaqSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const FaqSpan &) const = default;
};

//! One entry found by FaqIndex::search().
struct FaqHit
{
    QString id;
    //! The language of the entry found: the query's, or another one when fellBack.
    Language lang = Language::Fr;
    //! BM25F relevance; only comparable between hits of the same search.
    double score = 0;
    //! The entry does not exist in the query's language: this is a translation of it.
    bool fellBack = false;
    //! The words of the entry's question and answer that matched the query (exactly, by a
    //! synonym, a prefix or a typo), in text order.
    QList<FaqSpan> questionHighlights;
    QList<FaqSpan> answerHighlights;
};

} // namespace Guichet
