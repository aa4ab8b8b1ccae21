#pragma once

#include "protocol/enums.h"

#include <QString>
#include <QStringList>

namespace Guichet {

//! Words that carry no topic in a language: articles, pronouns, prepositions, auxiliaries,
//! the question words every entry shares, the greetings and courtesies of a message
//! ("bonjour", "merci d'avance", "Sehr geehrte Damen und Herren"), and the name of France,
//! which every entry of the base is about. Written folded (Tokenizer): no accents, lower
//! case. Search ignores them in queries and entries alike.
class StopWords
{
public:
    //! True when @p folded (a word as Tokenizer gives it) is a stop word in @p lang.
    static bool contains(Language lang, QStringView folded);
    //! The list for @p lang, sorted.
    static QStringList list(Language lang);
};

} // namespace Guichet
