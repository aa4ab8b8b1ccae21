#include "stemmer.h"

#include <QHash>

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

// Irregular forms no suffix rule reaches; dictionaries list the base forms. Ambiguous forms
// whose other sense is common here are left out ("saw", "lay", "felt", "drunk").
const QHash<QString, QString> &irregularEnglish()
{
    static const QHash<QString, QString> forms { { u"stolen"_s, u"steal"_s },
                                                 { u"stole"_s, u"steal"_s },
                                                 { u"lost"_s, u"lose"_s },
                                                 { u"broke"_s, u"break"_s },
                                                 { u"broken"_s, u"break"_s },
                                                 { u"paid"_s, u"pay"_s },
                                                 { u"got"_s, u"get"_s },
                                                 { u"gotten"_s, u"get"_s },
                                                 { u"drove"_s, u"drive"_s },
                                                 { u"driven"_s, u"drive"_s },
                                                 { u"bought"_s, u"buy"_s },
                                                 { u"caught"_s, u"catch"_s },
                                                 { u"found"_s, u"find"_s },
                                                 { u"left"_s, u"leave"_s },
                                                 { u"sent"_s, u"send"_s },
                                                 { u"took"_s, u"take"_s },
                                                 { u"taken"_s, u"take"_s },
                                                 { u"gave"_s, u"give"_s },
                                                 { u"given"_s, u"give"_s },
                                                 { u"kept"_s, u"keep"_s },
                                                 { u"told"_s, u"tell"_s },
                                                 { u"said"_s, u"say"_s },
                                                 { u"brought"_s, u"bring"_s },
                                                 { u"fell"_s, u"fall"_s },
                                                 { u"fallen"_s, u"fall"_s },
                                                 { u"hid"_s, u"hide"_s },
                                                 { u"hidden"_s, u"hide"_s },
                                                 { u"bit"_s, u"bite"_s },
                                                 { u"bitten"_s, u"bite"_s },
                                                 { u"beaten"_s, u"beat"_s },
                                                 { u"threw"_s, u"throw"_s },
                                                 { u"thrown"_s, u"throw"_s },
                                                 { u"ran"_s, u"run"_s },
                                                 { u"saw"_s, u"see"_s },
                                                 { u"seen"_s, u"see"_s },
                                                 { u"wrote"_s, u"write"_s },
                                                 { u"written"_s, u"write"_s },
                                                 { u"spent"_s, u"spend"_s },
                                                 { u"sold"_s, u"sell"_s },
                                                 { u"stuck"_s, u"stick"_s },
                                                 { u"struck"_s, u"strike"_s },
                                                 { u"hung"_s, u"hang"_s },
                                                 { u"fled"_s, u"flee"_s },
                                                 { u"forgot"_s, u"forget"_s },
                                                 { u"forgotten"_s, u"forget"_s },
                                                 { u"shot"_s, u"shoot"_s },
                                                 { u"met"_s, u"meet"_s },
                                                 { u"lent"_s, u"lend"_s },
                                                 { u"rode"_s, u"ride"_s },
                                                 { u"ridden"_s, u"ride"_s },
                                                 { u"flew"_s, u"fly"_s },
                                                 { u"flown"_s, u"fly"_s },
                                                 { u"swore"_s, u"swear"_s },
                                                 { u"sworn"_s, u"swear"_s },
                                                 { u"tore"_s, u"tear"_s },
                                                 { u"torn"_s, u"tear"_s },
                                                 { u"fought"_s, u"fight"_s },
                                                 { u"dealt"_s, u"deal"_s },
                                                 { u"went"_s, u"go"_s },
                                                 { u"gone"_s, u"go"_s },
                                                 { u"came"_s, u"come"_s },
                                                 { u"knew"_s, u"know"_s },
                                                 { u"known"_s, u"know"_s },
                                                 { u"thought"_s, u"think"_s },
                                                 { u"heard"_s, u"hear"_s },
                                                 { u"made"_s, u"make"_s },
                                                 { u"held"_s, u"hold"_s },
                                                 { u"built"_s, u"build"_s },
                                                 { u"chose"_s, u"choose"_s },
                                                 { u"chosen"_s, u"choose"_s },
                                                 { u"wore"_s, u"wear"_s },
                                                 { u"worn"_s, u"wear"_s },
                                                 { u"woke"_s, u"wake"_s },
                                                 { u"woken"_s, u"wake"_s },
                                                 { u"blew"_s, u"blow"_s },
                                                 { u"blown"_s, u"blow"_s },
                                                 { u"grew"_s, u"grow"_s },
                                                 { u"grown"_s, u"grow"_s },
                                                 { u"drew"_s, u"draw"_s },
                                                 { u"drawn"_s, u"draw"_s },
                                                 { u"ate"_s, u"eat"_s },
                                                 { u"eaten"_s, u"eat"_s },
                                                 { u"began"_s, u"begin"_s },
                                                 { u"begun"_s, u"begin"_s },
                                                 { u"sat"_s, u"sit"_s },
                                                 { u"stood"_s, u"stand"_s },
                                                 { u"understood"_s, u"understand"_s },
                                                 { u"led"_s, u"lead"_s },
                                                 { u"bled"_s, u"bleed"_s },
                                                 { u"fed"_s, u"feed"_s },
                                                 { u"sped"_s, u"speed"_s },
                                                 { u"slept"_s, u"sleep"_s },
                                                 { u"spoke"_s, u"speak"_s },
                                                 { u"spoken"_s, u"speak"_s },
                                                 { u"froze"_s, u"freeze"_s },
                                                 { u"frozen"_s, u"freeze"_s },
                                                 { u"shook"_s, u"shake"_s },
                                                 { u"shaken"_s, u"shake"_s },
                                                 { u"overtook"_s, u"overtake"_s },
                                                 { u"overtaken"_s, u"overtake"_s },
                                                 { u"withdrew"_s, u"withdraw"_s },
                                                 { u"withdrawn"_s, u"withdraw"_s },
                                                 { u"forbade"_s, u"forbid"_s },
                                                 { u"forbidden"_s, u"forbid"_s },
                                                 { u"dug"_s, u"dig"_s },
                                                 { u"burnt"_s, u"burn"_s },
                                                 { u"learnt"_s, u"learn"_s },
                                                 { u"meant"_s, u"mean"_s },
                                                 { u"sought"_s, u"seek"_s },
                                                 { u"taught"_s, u"teach"_s },
                                                 { u"sank"_s, u"sink"_s },
                                                 { u"sunk"_s, u"sink"_s },
                                                 { u"swept"_s, u"sweep"_s },
                                                 { u"bent"_s, u"bend"_s },
                                                 { u"lit"_s, u"light"_s },
                                                 { u"sprang"_s, u"spring"_s },
                                                 { u"stung"_s, u"sting"_s },
                                                 { u"hanged"_s, u"hang"_s },
                                                 { u"children"_s, u"child"_s },
                                                 { u"men"_s, u"man"_s },
                                                 { u"women"_s, u"woman"_s },
                                                 { u"wives"_s, u"wife"_s },
                                                 { u"knives"_s, u"knife"_s },
                                                 { u"thieves"_s, u"thief"_s },
                                                 { u"lives"_s, u"life"_s },
                                                 { u"feet"_s, u"foot"_s },
                                                 { u"teeth"_s, u"tooth"_s },
                                                 { u"mice"_s, u"mouse"_s },
                                                 { u"leaves"_s, u"leaf"_s },
                                                 { u"halves"_s, u"half"_s },
                                                 { u"shelves"_s, u"shelf"_s },
                                                 { u"wolves"_s, u"wolf"_s } };
    return forms;
}

// German strong participles (folded: "ss" for "ß", umlauts without their dots), with the
// separable prefixes citizens use most ("eingebrochen").
const QHash<QString, QString> &irregularGerman()
{
    static const QHash<QString, QString> forms { { u"gestohlen"_s, u"stehlen"_s },
                                                 { u"gebrochen"_s, u"brechen"_s },
                                                 { u"eingebrochen"_s, u"einbrechen"_s },
                                                 { u"aufgebrochen"_s, u"aufbrechen"_s },
                                                 { u"abgebrochen"_s, u"abbrechen"_s },
                                                 { u"verloren"_s, u"verlieren"_s },
                                                 { u"gefunden"_s, u"finden"_s },
                                                 { u"genommen"_s, u"nehmen"_s },
                                                 { u"weggenommen"_s, u"wegnehmen"_s },
                                                 { u"festgenommen"_s, u"festnehmen"_s },
                                                 { u"mitgenommen"_s, u"mitnehmen"_s },
                                                 { u"gebissen"_s, u"beissen"_s },
                                                 { u"geworfen"_s, u"werfen"_s },
                                                 { u"geschrieben"_s, u"schreiben"_s },
                                                 { u"gesprochen"_s, u"sprechen"_s },
                                                 { u"angesprochen"_s, u"ansprechen"_s },
                                                 { u"getroffen"_s, u"treffen"_s },
                                                 { u"geholfen"_s, u"helfen"_s },
                                                 { u"gegangen"_s, u"gehen"_s },
                                                 { u"verschwunden"_s, u"verschwinden"_s },
                                                 { u"gestochen"_s, u"stechen"_s },
                                                 { u"geschossen"_s, u"schiessen"_s },
                                                 { u"gezogen"_s, u"ziehen"_s },
                                                 { u"betrogen"_s, u"betrugen"_s },
                                                 { u"gelogen"_s, u"lugen"_s },
                                                 { u"angegriffen"_s, u"angreifen"_s },
                                                 { u"gegriffen"_s, u"greifen"_s },
                                                 { u"geflohen"_s, u"fliehen"_s },
                                                 { u"gestorben"_s, u"sterben"_s },
                                                 { u"geliehen"_s, u"leihen"_s },
                                                 { u"geschnitten"_s, u"schneiden"_s },
                                                 { u"geschrien"_s, u"schreien"_s },
                                                 { u"eingestiegen"_s, u"einsteigen"_s },
                                                 { u"gerissen"_s, u"reissen"_s },
                                                 { u"abgerissen"_s, u"abreissen"_s },
                                                 { u"geblieben"_s, u"bleiben"_s },
                                                 { u"gesehen"_s, u"sehen"_s },
                                                 { u"gegeben"_s, u"geben"_s },
                                                 { u"abgegeben"_s, u"abgeben"_s },
                                                 { u"angegeben"_s, u"angeben"_s },
                                                 { u"aufgegeben"_s, u"aufgeben"_s },
                                                 { u"gestanden"_s, u"stehen"_s },
                                                 { u"gewesen"_s, u"sein"_s },
                                                 { u"geworden"_s, u"werden"_s },
                                                 { u"gewusst"_s, u"wissen"_s },
                                                 { u"gebracht"_s, u"bringen"_s },
                                                 { u"gedacht"_s, u"denken"_s },
                                                 { u"gekannt"_s, u"kennen"_s },
                                                 { u"genannt"_s, u"nennen"_s },
                                                 { u"gerannt"_s, u"rennen"_s },
                                                 { u"gesandt"_s, u"senden"_s },
                                                 { u"verboten"_s, u"verbieten"_s },
                                                 { u"geboten"_s, u"bieten"_s },
                                                 { u"angeboten"_s, u"anbieten"_s },
                                                 { u"geschoben"_s, u"schieben"_s },
                                                 { u"gelegen"_s, u"liegen"_s },
                                                 { u"gesessen"_s, u"sitzen"_s },
                                                 { u"getrunken"_s, u"trinken"_s },
                                                 { u"gesungen"_s, u"singen"_s },
                                                 { u"gesunken"_s, u"sinken"_s },
                                                 { u"gesprungen"_s, u"springen"_s },
                                                 { u"gezwungen"_s, u"zwingen"_s },
                                                 { u"gewonnen"_s, u"gewinnen"_s },
                                                 { u"begonnen"_s, u"beginnen"_s },
                                                 { u"geschwommen"_s, u"schwimmen"_s },
                                                 { u"gestritten"_s, u"streiten"_s },
                                                 { u"geritten"_s, u"reiten"_s },
                                                 { u"gestiegen"_s, u"steigen"_s },
                                                 { u"gelitten"_s, u"leiden"_s },
                                                 { u"vergriffen"_s, u"vergreifen"_s },
                                                 { u"verbrochen"_s, u"verbrechen"_s },
                                                 { u"erschossen"_s, u"erschiessen"_s },
                                                 { u"erstochen"_s, u"erstechen"_s },
                                                 { u"zerbrochen"_s, u"zerbrechen"_s },
                                                 { u"ausgestiegen"_s, u"aussteigen"_s },
                                                 { u"angefahren"_s, u"anfahren"_s },
                                                 { u"hingefallen"_s, u"hinfallen"_s },
                                                 { u"umgefahren"_s, u"umfahren"_s },
                                                 { u"aufgeschlossen"_s, u"aufschliessen"_s },
                                                 { u"abgeschlossen"_s, u"abschliessen"_s },
                                                 { u"eingeschlossen"_s, u"einschliessen"_s },
                                                 { u"geschlossen"_s, u"schliessen"_s },
                                                 { u"gefroren"_s, u"frieren"_s },
                                                 { u"geflogen"_s, u"fliegen"_s },
                                                 { u"gelaufen"_s, u"laufen"_s },
                                                 { u"weggelaufen"_s, u"weglaufen"_s },
                                                 { u"abgehauen"_s, u"abhauen"_s },
                                                 { u"ausgerissen"_s, u"ausreissen"_s } };
    return forms;
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

QString Stemmer::lemma(QStringView folded, Language lang)
{
    const QHash<QString, QString> *forms = lang == Language::En ? &irregularEnglish()
        : lang == Language::De                                  ? &irregularGerman()
                                                                : nullptr;
    if (!forms)
        return {};
    return forms->value(folded.toString());
}

QStringList Stemmer::participleBases(QStringView folded)
{
    // [separable prefix] + "ge" + stem + "t" / "et" (weak: "geklaut", "abgeschleppt",
    // "gemeldet") or + "en" (strong without a vowel change: "gefahren", "geschlagen").
    static constexpr QStringView prefixes[] = { u"",    u"ab",   u"an",  u"auf",  u"aus", u"ein",
                                                u"mit", u"nach", u"vor", u"weg",  u"zu",  u"zuruck",
                                                u"los", u"fest", u"um",  u"durch" };
    QStringList bases;
    for (const QStringView prefix : prefixes) {
        if (!folded.startsWith(prefix) || !folded.mid(prefix.size()).startsWith(u"ge"))
            continue;
        const QStringView rest = folded.mid(prefix.size() + 2);
        if (rest.size() < 3)
            continue;
        if (rest.endsWith(u"en")) {
            bases.append(prefix + rest);
        } else if (rest.endsWith(u"et") && rest.size() > 4) {
            bases.append(prefix + rest.chopped(2) + u"en");
            bases.append(prefix + rest.chopped(1) + u"n");
        } else if (rest.endsWith(u't')) {
            bases.append(prefix + rest.chopped(1) + u"en");
            bases.append(prefix + rest.chopped(1) + u"n"); // "gesammelt" → "sammeln"
        }
    }
    return bases;
}

} // namespace Guichet
