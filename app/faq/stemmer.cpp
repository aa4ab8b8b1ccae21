#include "stemmer.h"

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

constexpr qsizetype kMinStem = 3;

struct Rule
{
    QStringView suffix;
    QStringView replacement = {};
};

//! Applies the first rule whose suffix ends @p word and leaves a stem of at least
//! @p minStem letters. Rules are listed longest first.
// QString::endsWith goes through Qt's general comparison; this is the hot path of indexing.
bool endsWith(const QString &word, QStringView suffix)
{
    const qsizetype offset = word.size() - suffix.size();
    if (offset < 0)
        return false;
    const QChar *tail = word.constData() + offset;
    for (qsizetype i = suffix.size() - 1; i >= 0; --i) {
        if (tail[i] != suffix[i])
            return false;
    }
    return true;
}

bool applyFirst(QString &word, std::initializer_list<Rule> rules, qsizetype minStem = kMinStem)
{
    for (const Rule &rule : rules) {
        if (word.size() - rule.suffix.size() >= minStem && endsWith(word, rule.suffix)) {
            word.chop(rule.suffix.size());
            word.append(rule.replacement);
            return true;
        }
    }
    return false;
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
        return true;
    default:
        return false;
    }
}

QString stemFrench(QString word)
{
    // Plurals: "chevaux" → "cheval", "bateaux" → "bateau", "vols" → "vol".
    if (!applyFirst(word, { { u"eaux", u"eau" }, { u"aux", u"al" } })) {
        const bool plural = (endsWith(word, u"s") && !endsWith(word, u"ss"))
            || (endsWith(word, u"x") && !endsWith(word, u"eux"));
        if (plural)
            word.chop(1);
    }
    applyFirst(word, { { u"issement" }, { u"ements" }, { u"ement" }, { u"ations" }, { u"ation" },
                       { u"atrice" },   { u"ateur" },  { u"iques" }, { u"ique" },   { u"isme" },
                       { u"iste" },     { u"euse" },   { u"eux" },   { u"aient" },  { u"ment" },
                       { u"iere" },     { u"ier" },    { u"eur" },   { u"age" },    { u"ait" },
                       { u"ion" },      { u"ive" },    { u"if" },    { u"ee" },     { u"er" },
                       { u"ez" },       { u"e" } });
    return word;
}

QString stemEnglish(QString word)
{
    if (!applyFirst(word, { { u"sses", u"ss" }, { u"ies", u"y" } })) {
        if (endsWith(word, u"s") && !endsWith(word, u"ss") && !endsWith(word, u"us")
            && !endsWith(word, u"is")) {
            word.chop(1);
        }
    }
    // Inflection first ("delivered" → "deliver"), then one derivation ("deliver" → "deliv").
    bool stripped = applyFirst(word, { { u"ing" }, { u"ed" }, { u"ly" } });
    stripped |= applyFirst(
        word, { { u"ation" }, { u"ment" }, { u"ery" }, { u"ary" }, { u"er" }, { u"ar" } });
    if (endsWith(word, u"e") && word.size() > kMinStem)
        word.chop(1);
    // "robbed" → "robb" → "rob", "scammer" → "scamm" → "scam".
    if (stripped && word.size() > kMinStem) {
        const QChar last = word.back();
        if (last == word.at(word.size() - 2) && !isVowel(last) && last != u'l' && last != u's'
            && last != u'z') {
            word.chop(1);
        }
    }
    return word;
}

QString stemGerman(QString word)
{
    // Umlauts written out ("fuehrerschein") meet the folded ones ("führerschein" → "fuhrerschein").
    qsizetype out = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c == u'e' && out > 0 && i > 0
            && (word.at(i - 1) == u'a' || word.at(i - 1) == u'o' || word.at(i - 1) == u'u')) {
            continue;
        }
        word[out++] = c;
    }
    word.truncate(out);
    applyFirst(word, { { u"ungen" }, { u"ung" },    { u"heiten" }, { u"heit" }, { u"keiten" },
                       { u"keit" },  { u"lichen" }, { u"liche" },  { u"lich" }, { u"ischen" },
                       { u"ische" }, { u"isch" },   { u"ern" },    { u"em" },   { u"er" },
                       { u"en" },    { u"es" },     { u"e" },      { u"n" },    { u"t" } },
               4);
    // A genitive or loanword plural "s" ("Betrugs", "Handys"), not the "s" of "Ausweis".
    static constexpr QStringView sEndings = u"bdfghklmnrtoy";
    if (word.size() > 4 && endsWith(word, u"s") && sEndings.contains(word.at(word.size() - 2)))
        word.chop(1);
    return word;
}

QString stemItalian(QString word)
{
    if (!applyFirst(word, { { u"azioni" },    { u"azione" },    { u"zioni" },    { u"zione" },
                            { u"ioni" },      { u"ione" },      { u"amenti" },   { u"amento" },
                            { u"imenti" },    { u"aria" },      { u"ario" },     { u"arie" },
                            { u"ari" },       { u"imento" },    { u"mente" },    { u"atori" },
                            { u"atore" },     { u"atrici" },    { u"atrice" },   { u"ando" },
                            { u"endo" },      { u"are" },       { u"ere" },      { u"ire" },
                            { u"ato" },       { u"ata" },       { u"ati" },      { u"ate" },
                            { u"ito" },       { u"iti" },       { u"ite" },      { u"uto" },
                            { u"uta" },       { u"uti" },       { u"ute" },      { u"che", u"c" },
                            { u"chi", u"c" }, { u"ghe", u"g" }, { u"ghi", u"g" } })) {
        applyFirst(word, { { u"a" }, { u"e" }, { u"i" }, { u"o" } });
    }
    // "denuncia" / "denunciare" / "denunce" → "denunc".
    if (word.size() > 4 && endsWith(word, u"i")
        && (endsWith(word, u"ci") || endsWith(word, u"gi"))) {
        word.chop(1);
    }
    return word;
}

QString stemSpanish(QString word)
{
    if (!applyFirst(word, { { u"ces", u"z" } })) {
        if (endsWith(word, u"es") && word.size() > 4 && !isVowel(word.at(word.size() - 3)))
            word.chop(2);
        else if (endsWith(word, u"s"))
            word.chop(1);
    }
    if (!applyFirst(word,
                    { { u"aciones" }, { u"acion" }, { u"ion" },   { u"amiento" }, { u"imiento" },
                      { u"mente" },   { u"idad" },  { u"adora" }, { u"ador" },    { u"ando" },
                      { u"iendo" },   { u"aron" },  { u"ieron" }, { u"ado" },     { u"ada" },
                      { u"ido" },     { u"ida" },   { u"aba" },   { u"ar" },      { u"er" },
                      { u"ir" } })) {
        applyFirst(word, { { u"a" }, { u"e" }, { u"o" } });
    }
    return word;
}

bool isAlphabetic(QStringView word)
{
    for (const QChar c : word) {
        if (c.isDigit())
            return false;
    }
    return true;
}

} // namespace

QString Stemmer::stem(QStringView folded, Language lang)
{
    if (folded.size() <= kMinStem || !isAlphabetic(folded))
        return folded.toString();
    QString word = folded.toString();
    switch (lang) {
    case Language::Fr:
        return stemFrench(std::move(word));
    case Language::En:
        return stemEnglish(std::move(word));
    case Language::De:
        return stemGerman(std::move(word));
    case Language::It:
        return stemItalian(std::move(word));
    case Language::Es:
        return stemSpanish(std::move(word));
    }
    return word;
}

} // namespace Guichet
