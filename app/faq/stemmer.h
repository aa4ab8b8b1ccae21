#pragma once

#include "protocol/enums.h"

#include <QString>
#include <QStringView>

namespace Guichet {

//! Light stemming for the five languages: strips the plural and gender endings, the common
//! verb endings and a few derivational suffixes, so that "volé", "volée", "voler" and
//! "voleur" meet at "vol", and "Überschreitung" and "überschreiten" at "uberschreit". It
//! works on folded words (Tokenizer: no accents, lower case) and never leaves a stem shorter
//! than three letters; words with digits are kept as they are. Deliberately conservative:
//! synonyms (FaqSynonyms) and typo tolerance cover what a light stemmer misses.
class Stemmer
{
public:
    static QString stem(QStringView folded, Language lang);
    //! The base form of an irregular inflected word, which no suffix rule reaches: English
    //! strong verbs and plurals ("stolen" → "steal", "thieves" → "thief"), German strong
    //! participles ("gestohlen" → "stehlen", "eingebrochen" → "einbrechen"). Empty for any
    //! other word. Used to look words up in dictionaries, whose headwords are base forms.
    static QString lemma(QStringView folded, Language lang);
    //! The infinitives a German participle may come from ("geklaut" → "klauen",
    //! "abgeschleppt" → "abschleppen", "gefahren" → "fahren"), most likely first; empty
    //! when @p folded does not look like one. Guesses: only for a word a dictionary lacks.
    static QStringList participleBases(QStringView folded);
};

} // namespace Guichet
