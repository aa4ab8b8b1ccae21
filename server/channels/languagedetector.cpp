#include "languagedetector.h"

#include "textnormalizer.h"

#include <QHash>
#include <QList>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

// Function words, folded (no accents). A word common to several languages
// counts for each of them; the distinctive ones decide.
const char *const kFrench[] = {
    "le",      "la",      "les",      "un",    "une",   "des",    "du",    "de",      "et",
    "est",     "je",      "j",        "tu",    "il",    "elle",   "nous",  "vous",    "ils",
    "elles",   "on",      "ne",       "pas",   "que",   "qui",    "quoi",  "qu",      "dans",
    "pour",    "sur",     "avec",     "mais",  "ou",    "au",     "aux",   "ce",      "cette",
    "ces",     "mon",     "ma",       "mes",   "ton",   "ta",     "tes",   "son",     "sa",
    "ses",     "leur",    "suis",     "ai",    "avons", "avez",   "ont",   "ete",     "etre",
    "avoir",   "fait",    "faire",    "tres",  "plus",  "bien",   "aussi", "comment", "pourquoi",
    "quand",   "bonjour", "merci",    "oui",   "non",   "c",      "l",     "d",       "n",
    "m",       "s",       "y",        "en",    "se",    "me",     "moi",   "chez",    "depuis",
    "hier",    "aujourd", "hui",      "votre", "vos",   "notre",  "nos",   "dois",    "peux",
    "faut",    "veux",    "sont",     "etait", "mais",  "alors",  "rien",  "tout",    "voiture",
    "plainte", "madame",  "monsieur", "svp",   "puis",  "quelqu", "apres", "parce"
};
const char *const kEnglish[] = {
    "the",     "a",      "an",     "and",  "is",   "are",  "was",   "were",      "be",    "been",
    "i",       "you",    "he",     "she",  "we",   "they", "it",    "of",        "to",    "in",
    "on",      "for",    "with",   "that", "this", "what", "which", "who",       "how",   "why",
    "when",    "my",     "your",   "his",  "her",  "our",  "their", "have",      "has",   "had",
    "do",      "does",   "did",    "not",  "no",   "yes",  "can",   "could",     "would", "should",
    "will",    "there",  "here",   "from", "at",   "by",   "about", "please",    "hello", "hi",
    "thanks",  "thank",  "me",     "him",  "them", "am",   "or",    "but",       "if",    "just",
    "someone", "stolen", "report", "last", "got",  "into", "want",  "need",      "know",  "get",
    "don",     "t",      "m",      "ve",   "ll",   "s",    "re",    "yesterday", "today", "help",
    "police",  "car",    "home",   "house"
};
const char *const kGerman[] = {
    "der",     "die",    "das",     "den",   "dem",    "des",     "ein",     "eine",
    "einen",   "einem",  "einer",   "und",   "ist",    "sind",    "war",     "waren",
    "ich",     "du",     "er",      "sie",   "wir",    "ihr",     "es",      "nicht",
    "kein",    "keine",  "mit",     "von",   "zu",     "auf",     "fur",     "bei",
    "aus",     "nach",   "wie",     "was",   "wer",    "warum",   "wann",    "mein",
    "meine",   "meinen", "meiner",  "dein",  "sein",   "seine",   "unser",   "haben",
    "hat",     "habe",   "hatte",   "wurde", "wurden", "werden",  "kann",    "konnen",
    "bitte",   "danke",  "hallo",   "guten", "tag",    "auch",    "noch",    "schon",
    "sehr",    "ja",     "nein",    "mir",   "mich",   "dich",    "uns",     "im",
    "am",      "zum",    "zur",     "ins",   "oder",   "aber",    "wenn",    "dass",
    "letzten", "monat",  "gestern", "heute", "jemand", "wohnung", "anzeige", "gestohlen",
    "polizei", "hilfe",  "ihre",    "ihnen", "sich",   "man",     "wo",      "eingebrochen",
    "uber"
};
const char *const kItalian[] = {
    "il",         "lo",     "la",       "gli",      "le",     "un",       "una",    "uno",
    "di",         "del",    "della",    "dei",      "delle",  "e",        "sono",   "sei",
    "siamo",      "io",     "tu",       "lui",      "lei",    "noi",      "voi",    "loro",
    "che",        "chi",    "non",      "per",      "con",    "su",       "da",     "in",
    "nel",        "nella",  "al",       "alla",     "mio",    "mia",      "miei",   "tuo",
    "suo",        "sua",    "ho",       "hai",      "ha",     "abbiamo",  "avete",  "hanno",
    "stato",      "stata",  "essere",   "avere",    "fatto",  "come",     "perche", "quando",
    "buongiorno", "grazie", "ciao",     "anche",    "molto",  "si",       "mi",     "ti",
    "ci",         "questo", "questa",   "quello",   "ma",     "o",        "se",     "ieri",
    "oggi",       "mese",   "scorso",   "qualcuno", "casa",   "denuncia", "rubato", "rubata",
    "polizia",    "aiuto",  "posso",    "devo",     "cosa",   "dove",     "vorrei", "sto",
    "gli",        "hanno",  "macchina", "furto",    "adesso", "niente",   "tutto",  "dopo",
    "sempre",     "qui",    "ora"
};
const char *const kSpanish[] = {
    "el",      "la",     "los",      "las",      "un",     "una",     "unos",   "unas",  "de",
    "del",     "y",      "es",       "son",      "esta",   "estan",   "estoy",  "soy",   "yo",
    "tu",      "el",     "ella",     "nosotros", "ellos",  "que",     "quien",  "no",    "por",
    "para",    "con",    "en",       "sin",      "al",     "lo",      "mi",     "mis",   "tus",
    "su",      "sus",    "he",       "ha",       "han",    "hemos",   "tengo",  "tiene", "tienen",
    "fue",     "ser",    "estar",    "hacer",    "como",   "porque",  "cuando", "hola",  "gracias",
    "buenos",  "dias",   "tambien",  "muy",      "me",     "te",      "se",     "nos",   "pero",
    "o",       "si",     "este",     "ese",      "esa",    "ayer",    "hoy",    "mes",   "pasado",
    "alguien", "casa",   "denuncia", "robaron",  "robado", "policia", "ayuda",  "puedo", "debo",
    "donde",   "quiero", "hay",      "usted",    "pareja", "sobre",   "coche",  "movil", "robo",
    "desde",   "todo",   "nada",     "ahora",    "llamar", "hacia",   "entre",  "cual"
};

// Letters that (almost) only one of the five languages writes.
struct Letter
{
    char16_t letter;
    Language lang;
    double weight;
};
const Letter kLetters[] = {
    { u'\u00DF', Language::De, 3 },   { u'\u00E4', Language::De, 2 },
    { u'\u00F6', Language::De, 2 },   { u'\u00FC', Language::De, 2 },
    { u'\u00F1', Language::Es, 3 },   { u'\u00BF', Language::Es, 3 },
    { u'\u00A1', Language::Es, 3 },   { u'\u00E1', Language::Es, 1 },
    { u'\u00ED', Language::Es, 1 },   { u'\u00F3', Language::Es, 1 },
    { u'\u00FA', Language::Es, 1 },   { u'\u00E7', Language::Fr, 2 },
    { u'\u0153', Language::Fr, 3 },   { u'\u00EA', Language::Fr, 1.5 },
    { u'\u00E2', Language::Fr, 1.5 }, { u'\u00EE', Language::Fr, 1.5 },
    { u'\u00F4', Language::Fr, 1.5 }, { u'\u00FB', Language::Fr, 1.5 },
    { u'\u00EB', Language::Fr, 1 },   { u'\u00EF', Language::Fr, 1 },
    { u'\u00E9', Language::Fr, 0.5 }, { u'\u00EC', Language::It, 2 },
    { u'\u00F2', Language::It, 2 },   { u'\u00E0', Language::It, 0.4 },
    { u'\u00E0', Language::Fr, 0.4 }, { u'\u00E8', Language::It, 0.4 },
    { u'\u00E8', Language::Fr, 0.4 },
};

// Word endings typical of one language (on folded words of 5 letters or more).
struct Ending
{
    const char *suffix;
    Language lang;
};
const Ending kEndings[] = {
    { "tion", Language::Fr },  { "ment", Language::Fr },  { "eux", Language::Fr },
    { "eur", Language::Fr },   { "ais", Language::Fr },   { "ait", Language::Fr },
    { "ing", Language::En },   { "ght", Language::En },   { "ly", Language::En },
    { "ed", Language::En },    { "ung", Language::De },   { "heit", Language::De },
    { "keit", Language::De },  { "lich", Language::De },  { "chen", Language::De },
    { "zione", Language::It }, { "mente", Language::It }, { "zza", Language::It },
    { "tto", Language::It },   { "cion", Language::Es },  { "ado", Language::Es },
    { "ido", Language::Es },   { "dad", Language::Es },   { "aron", Language::Es },
};

using WordTable = QHash<QString, QList<Language>>;

const WordTable &functionWords()
{
    static const WordTable table = [] {
        WordTable t;
        const auto add = [&t](const auto &words, Language lang) {
            for (const char *word : words) {
                QList<Language> &langs = t[QString::fromLatin1(word)];
                if (!langs.contains(lang))
                    langs.append(lang);
            }
        };
        add(kFrench, Language::Fr);
        add(kEnglish, Language::En);
        add(kGerman, Language::De);
        add(kItalian, Language::It);
        add(kSpanish, Language::Es);
        return t;
    }();
    return table;
}

} // namespace

LanguageDetector::Scores LanguageDetector::score(QStringView text)
{
    Scores s;
    const QString lower = text.toString().toLower();
    for (const QChar c : lower) {
        for (const Letter &letter : kLetters) {
            if (c.unicode() == letter.letter)
                s.byLanguage[size_t(letter.lang)] += letter.weight;
        }
    }
    const QString folded = foldForMatching(text);
    const WordTable &table = functionWords();
    for (const QString &word : wordsOf(folded)) {
        if (const auto it = table.constFind(word); it != table.constEnd()) {
            // A word several languages share says less.
            const double weight = 1.0 / double(it->size());
            for (const Language lang : *it)
                s.byLanguage[size_t(lang)] += weight;
        }
        if (word.size() >= 5) {
            for (const Ending &ending : kEndings) {
                if (word.endsWith(QLatin1StringView(ending.suffix)))
                    s.byLanguage[size_t(ending.lang)] += 0.4;
            }
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < s.byLanguage.size(); ++i) {
        if (s.byLanguage[i] > s.byLanguage[best])
            best = i;
    }
    double second = 0;
    for (size_t i = 0; i < s.byLanguage.size(); ++i) {
        if (i != best)
            second = std::max(second, s.byLanguage[i]);
    }
    s.best = Language(best);
    s.margin = s.byLanguage[best] - second;
    return s;
}

std::optional<Language> LanguageDetector::detect(QStringView text)
{
    const Scores s = score(text);
    // One distinctive word or letter is enough; a tie is not.
    if (s.byLanguage[size_t(s.best)] < 1.0 || s.margin < 0.5)
        return std::nullopt;
    return s.best;
}

} // namespace Guichet::Server::Channels
