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
};

} // namespace Guichet
