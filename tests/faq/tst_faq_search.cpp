// FaqIndex on a small knowledge base written for the test: ranking, synonyms, prefixes,
// typos (and what must not match), highlights, language fallback, updates.
#include "app/faq/faqindex.h"
#include "tests/testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Guichet;

namespace {

FaqEntry entry(const QString &id, Language lang, const QString &question, const QString &answer,
               const QStringList &keywords = {})
{
    return FaqEntry { id, lang, question, answer, keywords, {} };
}

QList<FaqEntry> testBase()
{
    return {
        entry(u"phone-stolen"_s, Language::Fr, u"On m'a volé mon téléphone portable, que faire ?"_s,
              u"Bloquez la ligne auprès de l'opérateur avec le code IMEI, puis déposez plainte."_s,
              { u"imei"_s, u"vol"_s }),
        entry(u"phone-stolen"_s, Language::En, u"My mobile phone was stolen, what should I do?"_s,
              u"Block the line with your operator using the IMEI code, then report the theft."_s),
        entry(u"card-fraud"_s, Language::Fr, u"Paiement frauduleux avec ma carte bancaire"_s,
              u"Faites opposition auprès de votre banque puis signalez la fraude sur Perceval."_s,
              { u"perceval"_s }),
        entry(u"burglary"_s, Language::Fr, u"Que faire après un cambriolage ?"_s,
              u"Ne touchez à rien, appelez le 17 si les voleurs sont encore là, puis déposez "
              u"plainte."_s,
              { u"effraction"_s }),
        entry(u"pharos"_s, Language::Fr, u"Signaler un contenu illicite avec Pharos"_s,
              u"La plateforme Pharos reçoit les signalements de contenus illicites publics."_s),
        entry(u"scam"_s, Language::Fr, u"Je suis victime d'une escroquerie en ligne"_s,
              u"Rassemblez les preuves et déposez plainte sur Thésée."_s),
        entry(u"scam"_s, Language::En, u"I am the victim of an online scam"_s,
              u"Gather the evidence and file a report on Thésée."_s),
        entry(u"scam-advisor"_s, Language::Fr, u"Arnaque au faux conseiller bancaire"_s,
              u"Raccrochez et rappelez votre agence au numéro habituel."_s),
        entry(u"brigade"_s, Language::Fr, u"Comment contacter ma brigade de gendarmerie ?"_s,
              u"Les coordonnées de chaque brigade de gendarmerie sont en ligne."_s),
        entry(u"emergency"_s, Language::De, u"Welche Nummer hat der Notfall in Frankreich?"_s,
              u"Im Notfall wählen Sie die 17 oder die 112."_s),
        entry(u"drones"_s, Language::De, u"Darf ich eine Drohne fliegen lassen?"_s,
              u"Drohnen dürfen nicht über Menschen fliegen."_s),
        entry(u"drones"_s, Language::En, u"May I fly a drone?"_s,
              u"Drones must not fly over people."_s),
    };
}

FaqSynonyms testSynonyms()
{
    FaqSynonyms synonyms;
    synonyms.addGroup(Language::Fr, { u"portable"_s, u"téléphone"_s, u"smartphone"_s });
    synonyms.addGroup(Language::Fr, { u"volé"_s, u"piqué"_s });
    synonyms.addGroup(Language::Fr, { u"cb"_s, u"carte bancaire"_s, u"carte bleue"_s });
    synonyms.addGroup(Language::Fr, { u"arnaque"_s, u"escroquerie"_s });
    synonyms.addGroup(Language::En, { u"phone"_s, u"mobile"_s, u"cell"_s });
    return synonyms;
}

QStringList ids(const QList<FaqHit> &hits)
{
    QStringList result;
    for (const FaqHit &hit : hits)
        result.append(hit.id);
    return result;
}

QString first(const FaqIndex &index, const QString &query, Language lang = Language::Fr)
{
    const QList<FaqHit> hits = index.search(query, lang, 5);
    return hits.isEmpty() ? QString() : hits.constFirst().id;
}

FaqSpan spanOf(const QString &text, const QString &word)
{
    return { text.indexOf(word), word.size() };
}

} // namespace

class TestFaqSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exactWordsRankTheirEntryFirst();
    void accentsCaseAndInflections();
    void synonymsSingleWordsAndPhrases();
    void synonymsRankBelowTheWordItself();
    void prefixForTheLastWordOnly();
    void typosScaledToWordLength_data();
    void typosScaledToWordLength();
    void nothingToFind();
    void longestMessages();
    void germanCompoundsAreSplit();
    void highlights();
    void highlightsCountUtf16Units();
    void fallsBackToAnotherLanguage();
    void shortLastWordOnlyOrders();
    void translatesIntoTheEntrysLanguage();
    void learnsFromTheTranslatedEntries();
    void translatesBaseFormsAndCompoundParts();
    void lexiconFileIsChecked();
    void lexiconFileIsSearchedInPlace();
    void guessesTheLanguageTyped();
    void upsertAndRemove();
    void loadReportsSkippedLines();
    void explain();
    void concurrentSearchesAgree();
    void parallelBuildMatchesIncrementalBuild();

private:
    std::unique_ptr<FaqIndex> m_index;
};

void TestFaqSearch::init()
{
    m_index = std::make_unique<FaqIndex>(testBase(), testSynonyms());
}

void TestFaqSearch::exactWordsRankTheirEntryFirst()
{
    QCOMPARE(m_index->size(), 12);
    QCOMPARE(first(*m_index, u"cambriolage"_s), u"burglary"_s);
    QCOMPARE(first(*m_index, u"perceval"_s), u"card-fraud"_s);
    QCOMPARE(first(*m_index, u"contacter la brigade"_s), u"brigade"_s);
    QCOMPARE(first(*m_index, u"drone"_s, Language::En), u"drones"_s);
    // The question weighs more than the answer: "plainte" is only in answers, "escroquerie"
    // in a question.
    QCOMPARE(first(*m_index, u"plainte escroquerie"_s), u"scam"_s);
    // Results are deterministic and best first.
    const QList<FaqHit> hits = m_index->search(u"déposez plainte"_s, Language::Fr, 10);
    QCOMPARE(hits.size(), 3);
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY(hits[i - 1].score >= hits[i].score);
    QCOMPARE(ids(m_index->search(u"déposez plainte"_s, Language::Fr, 10)), ids(hits));
    QCOMPARE(m_index->search(u"déposez plainte"_s, Language::Fr, 2).size(), 2);
}

void TestFaqSearch::accentsCaseAndInflections()
{
    QCOMPARE(first(*m_index, u"CAMBRIOLAGE"_s), u"burglary"_s);
    QCOMPARE(first(*m_index, u"cambriolé"_s), u"burglary"_s); // stem
    QCOMPARE(first(*m_index, u"escroqueries"_s), u"scam"_s);
    QCOMPARE(first(*m_index, u"telephone vole"_s), u"phone-stolen"_s); // no accents
    QCOMPARE(first(*m_index, u"TÉLÉPHONE VOLÉ"_s), u"phone-stolen"_s);
}

void TestFaqSearch::synonymsSingleWordsAndPhrases()
{
    QCOMPARE(first(*m_index, u"on m'a piqué mon smartphone"_s), u"phone-stolen"_s);
    QCOMPARE(first(*m_index, u"cb"_s), u"card-fraud"_s); // a word for a phrase
    QCOMPARE(first(*m_index, u"carte bleue"_s), u"card-fraud"_s); // a phrase for a phrase
    QCOMPARE(first(*m_index, u"cell"_s, Language::En), u"phone-stolen"_s);
    // Without the synonyms, those words are unknown to the base.
    const FaqIndex plain(testBase());
    QVERIFY(plain.search(u"cb"_s, Language::Fr, 5).isEmpty());
    QVERIFY(plain.search(u"piqué smartphone"_s, Language::Fr, 5).isEmpty());
    // A phrase matches only when all its words are there: "carte" alone is not "cb".
    QVERIFY(!ids(m_index->search(u"cb"_s, Language::Fr, 5)).contains(u"scam-advisor"_s));
}

void TestFaqSearch::synonymsRankBelowTheWordItself()
{
    // "arnaque" is in one question, its synonym "escroquerie" in another.
    QCOMPARE(ids(m_index->search(u"arnaque"_s, Language::Fr, 5)),
             (QStringList { u"scam-advisor"_s, u"scam"_s }));
    QCOMPARE(ids(m_index->search(u"escroquerie"_s, Language::Fr, 5)),
             (QStringList { u"scam"_s, u"scam-advisor"_s }));
}

void TestFaqSearch::prefixForTheLastWordOnly()
{
    QCOMPARE(first(*m_index, u"cambrio"_s), u"burglary"_s);
    QCOMPARE(first(*m_index, u"vol de télép"_s), u"phone-stolen"_s);
    QCOMPARE(first(*m_index, u"Perc"_s), u"card-fraud"_s);
    // A space or punctuation ends the word: no completion, and too far for a typo.
    QVERIFY(m_index->search(u"cambrio "_s, Language::Fr, 5).isEmpty());
    QVERIFY(m_index->search(u"cambrio ?"_s, Language::Fr, 5).isEmpty());
    // Only the last word is a prefix.
    QVERIFY(m_index->search(u"cambrio bonjour"_s, Language::Fr, 5).isEmpty());
    // Two letters are too few to guess from.
    QVERIFY(m_index->search(u"ca"_s, Language::Fr, 5).isEmpty());
}

void TestFaqSearch::typosScaledToWordLength_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // empty: nothing may match
    // Up to 3 letters: exact only.
    QTest::newRow("vil is not vol") << u"vil "_s << QString();
    QTest::newRow("vol exact") << u"vol "_s << u"phone-stolen"_s;
    QTest::newRow("cb exact") << u"cb "_s << u"card-fraud"_s;
    // 4 to 7 letters: one edit.
    QTest::newRow("imeo, 1 edit") << u"imeo "_s << u"phone-stolen"_s;
    QTest::newRow("pharso, transposition") << u"pharso "_s << u"pharos"_s;
    QTest::newRow("phraso, 2 edits in 6 letters") << u"phraso "_s << QString();
    QTest::newRow("prcvl, 3 letters short") << u"prcvl "_s << QString();
    // 8 letters and more: two edits.
    QTest::newRow("cambriolaje, 1 edit") << u"cambriolaje "_s << u"burglary"_s;
    QTest::newRow("canbriolaje, 2 edits") << u"canbriolaje "_s << u"burglary"_s;
    QTest::newRow("cxmbrxolxge, 3 edits") << u"cxmbrxolxge "_s << QString();
    QTest::newRow("gandarmerei, 2 edits") << u"gandarmerei "_s << u"brigade"_s;
    QTest::newRow("escroqurie, 1 missing") << u"escroqurie "_s << u"scam"_s;
}

void TestFaqSearch::typosScaledToWordLength()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const QList<FaqHit> hits = m_index->search(query, Language::Fr, 5);
    if (expected.isEmpty())
        QVERIFY2(hits.isEmpty(), qPrintable(ids(hits).join(u' ')));
    else
        QCOMPARE(hits.isEmpty() ? QString() : hits.constFirst().id, expected);
}

void TestFaqSearch::nothingToFind()
{
    QVERIFY(m_index->search(QString(), Language::Fr, 5).isEmpty());
    QVERIFY(m_index->search(u"  ?! "_s, Language::Fr, 5).isEmpty());
    QVERIFY(m_index->search(u"bonjour, merci d'avance "_s, Language::Fr, 5).isEmpty());
    QVERIFY(m_index->search(u"xyzzy "_s, Language::Fr, 5).isEmpty());
    QVERIFY(m_index->search(u"cambriolage"_s, Language::Fr, 0).isEmpty());
    QVERIFY(FaqIndex().search(u"cambriolage"_s, Language::Fr, 5).isEmpty());
}

void TestFaqSearch::longestMessages()
{
    // A message at the protocol's limit: only its first 256 words are read, and the words
    // that matter there still win.
    QString message = u"Bonjour, on m'a piqué mon portable hier. "_s;
    while (message.size() < 10000)
        message += u"Je vous raconte ma journée en détail, avec beaucoup de mots inutiles. "_s;
    const QList<FaqHit> hits = m_index->search(message.left(10000), Language::Fr, 3);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.constFirst().id, u"phone-stolen"_s);
    const QString late = QString(u"blabla "_s).repeated(300) + u"cambriolage"_s;
    QVERIFY(!ids(m_index->search(late, Language::Fr, 3)).contains(u"burglary"_s));
}

void TestFaqSearch::germanCompoundsAreSplit()
{
    // "Notfallnummer" is not in the base, "Notfall" and "Nummer" are.
    QCOMPARE(first(*m_index, u"Notfallnummer Frankreich "_s, Language::De), u"emergency"_s);
    QCOMPARE(first(*m_index, u"Drohnenflug "_s, Language::De), QString()); // "flug" is unknown
}

void TestFaqSearch::highlights()
{
    const QList<FaqHit> hits = m_index->search(u"portable piqué"_s, Language::Fr, 5);
    QVERIFY(!hits.isEmpty());
    const FaqHit &hit = hits.constFirst();
    QCOMPARE(hit.id, u"phone-stolen"_s);
    QCOMPARE(hit.lang, Language::Fr);
    QVERIFY(!hit.fellBack);
    const QString question = m_index->entry(hit.id, hit.lang)->question;
    // "piqué" matched "volé", "portable" itself and its synonym "téléphone", in text order.
    QCOMPARE(hit.questionHighlights,
             (QList<FaqSpan> { spanOf(question, u"volé"_s), spanOf(question, u"téléphone"_s),
                               spanOf(question, u"portable"_s) }));
    QVERIFY(hit.answerHighlights.isEmpty());

    const FaqHit burglary = m_index->search(u"cambriolage plainte"_s, Language::Fr, 1).constFirst();
    const FaqEntry entry = *m_index->entry(u"burglary"_s, Language::Fr);
    QCOMPARE(burglary.questionHighlights,
             QList<FaqSpan> { spanOf(entry.question, u"cambriolage"_s) });
    QCOMPARE(burglary.answerHighlights, QList<FaqSpan> { spanOf(entry.answer, u"plainte"_s) });

    // A completion and a corrected typo are highlighted too.
    const FaqHit typed = m_index->search(u"cambriolaje depo"_s, Language::Fr, 1).constFirst();
    QCOMPARE(typed.questionHighlights, QList<FaqSpan> { spanOf(entry.question, u"cambriolage"_s) });
    QCOMPARE(typed.answerHighlights, QList<FaqSpan> { spanOf(entry.answer, u"déposez"_s) });
}

void TestFaqSearch::highlightsCountUtf16Units()
{
    FaqIndex index({ entry(u"e"_s, Language::Fr, u"😀 Vole\u0301 à Paris"_s, u"Réponse."_s) });
    const FaqHit hit = index.search(u"volé"_s, Language::Fr, 1).constFirst();
    // The emoji is two UTF-16 units; the decomposed "é" is two as well.
    QCOMPARE(hit.questionHighlights, (QList<FaqSpan> { { 3, 5 } }));
}

void TestFaqSearch::fallsBackToAnotherLanguage()
{
    // "pharos" exists only in French: an English search finds it, marked.
    QList<FaqHit> hits = m_index->search(u"Pharos platform"_s, Language::En, 5);
    QCOMPARE(ids(hits), QStringList { u"pharos"_s });
    QCOMPARE(hits[0].lang, Language::Fr);
    QVERIFY(hits[0].fellBack);
    QVERIFY(!hits[0].questionHighlights.isEmpty());
    // An entry that exists in the query's language is never replaced by a translation.
    hits = m_index->search(u"stolen phone"_s, Language::En, 5);
    QCOMPARE(hits[0].id, u"phone-stolen"_s);
    QCOMPARE(hits[0].lang, Language::En);
    QVERIFY(!hits[0].fellBack);
    // Fallback order: French first, then English ("drones" has de and en, not fr or it).
    hits = m_index->search(u"drone"_s, Language::It, 5);
    QCOMPARE(ids(hits), QStringList { u"drones"_s });
    QCOMPARE(hits[0].lang, Language::En);

    // Once translated, the entry is found in its own language.
    m_index->upsert(entry(u"pharos"_s, Language::En, u"Report illegal content with Pharos"_s,
                          u"The Pharos platform receives reports of illegal public content."_s));
    hits = m_index->search(u"Pharos platform"_s, Language::En, 5);
    QCOMPARE(hits[0].lang, Language::En);
    QVERIFY(!hits[0].fellBack);
    // And falls back again when the translation goes.
    QVERIFY(m_index->remove(u"pharos"_s, Language::En));
    hits = m_index->search(u"Pharos platform"_s, Language::En, 5);
    QCOMPARE(hits[0].lang, Language::Fr);
    QVERIFY(hits[0].fellBack);
}

void TestFaqSearch::shortLastWordOnlyOrders()
{
    // "ex" is a whole word of the custody entry, many times over: typed as the start of a
    // word after "harcelement", it must not lift that entry above the harassment ones.
    FaqIndex index({ entry(u"harassment"_s, Language::Fr, u"Je suis harcelé sur internet"_s,
                           u"Le harcèlement en ligne est un délit."_s),
                     entry(u"custody"_s, Language::Fr, u"Mon ex ne rend pas notre enfant"_s,
                           u"Votre ex doit respecter le jugement ; un ex qui refuse commet un "
                           u"délit."_s,
                           { u"ex"_s, u"garde"_s }),
                     entry(u"ex-harassment"_s, Language::Fr, u"Mon ex me harcèle"_s,
                           u"Le harcèlement par un ex-conjoint est puni plus sévèrement."_s) });
    QList<FaqHit> hits = index.search(u"harcelement ex"_s, Language::Fr, 5);
    // Both harassment entries, the one that also has "ex" first; the custody entry, which
    // has only "ex", is not found at all.
    QCOMPARE(ids(hits), (QStringList { u"ex-harassment"_s, u"harassment"_s }));
    // One letter likewise; finished by a space, "ex" is a whole word again.
    QStringList found = ids(index.search(u"harcelement e"_s, Language::Fr, 5));
    found.sort();
    QCOMPARE(found, (QStringList { u"ex-harassment"_s, u"harassment"_s }));
    QVERIFY(ids(index.search(u"harcelement ex "_s, Language::Fr, 5)).contains(u"custody"_s));
    // Alone, the short word is the whole query.
    QCOMPARE(index.search(u"ex"_s, Language::Fr, 5).value(0).id, u"custody"_s);
}

void TestFaqSearch::translatesIntoTheEntrysLanguage()
{
    const QList<FaqEntry> base {
        entry(u"bike"_s, Language::Fr, u"On m'a volé mon vélo"_s,
              u"Déposez plainte et donnez le numéro de marquage du vélo."_s),
        entry(u"noise"_s, Language::Fr, u"Mon voisin fait du bruit la nuit"_s,
              u"Le tapage nocturne est une contravention."_s),
        entry(u"noise"_s, Language::De, u"Mein Nachbar macht nachts Lärm"_s,
              u"Nächtliche Ruhestörung ist eine Ordnungswidrigkeit."_s),
    };
    FaqIndex index(base);
    // Without a lexicon, German words find nothing in French.
    QVERIFY(index.search(u"Fahrrad gestohlen"_s, Language::De, 5).isEmpty());
    auto lexicon = FaqLexicon::fromData("de>fr\tfahrrad\tbicyclet:1|velo:1\n"
                                        "de>fr\tgestohl\tvol:0.8\n"
                                        "fr>de\tvelo\tfahrrad:1\n");
    QVERIFY(lexicon.ok());
    index.setLexicon(std::make_shared<const FaqLexicon>(std::move(lexicon).value()));
    const QList<FaqHit> hits = index.search(u"Fahrrad gestohlen"_s, Language::De, 5);
    QCOMPARE(ids(hits), QStringList { u"bike"_s });
    QCOMPARE(hits[0].lang, Language::Fr);
    QVERIFY(hits[0].fellBack);
    // The French words matched are highlighted: "volé", "vélo".
    QCOMPARE(hits[0].questionHighlights.size(), 2);
    QVERIFY(index.explain(u"Fahrrad gestohlen"_s, Language::De, u"bike"_s).contains(u"velo"_s));
    // The German entry of a translated topic still comes in German.
    QCOMPARE(index.search(u"Lärm"_s, Language::De, 5).value(0).lang, Language::De);
}

void TestFaqSearch::translatesBaseFormsAndCompoundParts()
{
    // A French-only base: dictionaries list base forms ("steal", "stehlen", "klauen") and
    // single words; citizens write "stolen", "gestohlen", "geklaut", "Fahrradschloss".
    FaqIndex index(QList<FaqEntry> {
        entry(u"bike"_s, Language::Fr, u"On m'a volé mon vélo"_s, u"Déposez plainte."_s),
        entry(u"lock"_s, Language::Fr, u"Quel antivol choisir ?"_s, u"Un antivol en U."_s),
        entry(u"noise"_s, Language::Fr, u"Mon voisin fait du bruit"_s, u"Tapage."_s),
    });
    auto lexicon = FaqLexicon::fromData("de>fr\tfahrrad\tvelo:1\n"
                                        "de>fr\tklau\tvol:0.9\n"
                                        "de>fr\tschloss\tantivol:1\n"
                                        "de>fr\tstehl\tvol:0.9\n"
                                        "en>fr\tbik\tvelo:1\n"
                                        "en>fr\tsteal\tvol:1\n");
    QVERIFY(lexicon.ok());
    index.setLexicon(std::make_shared<const FaqLexicon>(std::move(lexicon).value()));
    for (const auto &[query, lang] : { std::pair { u"Fahrrad gestohlen "_s, Language::De },
                                       std::pair { u"Fahrrad geklaut "_s, Language::De },
                                       std::pair { u"my bike was stolen "_s, Language::En } }) {
        QCOMPARE(index.search(query, lang, 5).value(0).id, u"bike"_s);
        // The verb found "volé" (not only the bicycle). The words are complete (a space
        // after them): a participle is guessed only in a word no longer being typed.
        QVERIFY2(index.explain(query, lang, u"bike"_s).contains(u"vol="_s),
                 qPrintable(index.explain(query, lang, u"bike"_s)));
    }
    // A compound the lexicon lacks, split on the words it knows.
    const QList<FaqHit> hits = index.search(u"Fahrradschloss "_s, Language::De, 5);
    QVERIFY(!hits.isEmpty());
    QVERIFY(ids(hits).contains(u"lock"_s));
    QVERIFY(!ids(hits).contains(u"noise"_s));
}

void TestFaqSearch::learnsFromTheTranslatedEntries()
{
    // "Einbruch" and "cambriolage" go together in two translated entries: the base itself
    // teaches the pair, and the French-only entry is found from German, no lexicon needed.
    QList<FaqEntry> base {
        entry(u"burglary"_s, Language::Fr, u"Que faire après un cambriolage ?"_s, u"Plainte."_s),
        entry(u"burglary"_s, Language::De, u"Was tun nach einem Einbruch?"_s, u"Anzeige."_s),
        entry(u"holidays"_s, Language::Fr, u"Éviter un cambriolage pendant les vacances"_s,
              u"Opération tranquillité vacances."_s),
        entry(u"holidays"_s, Language::De, u"Einbruch im Urlaub vermeiden"_s,
              u"Aktion ruhiger Urlaub."_s),
        entry(u"insurance"_s, Language::Fr, u"Déclarer un cambriolage à l'assurance"_s,
              u"Sous deux jours ouvrés."_s),
    };
    FaqIndex index(base);
    QList<FaqHit> hits = index.search(u"Einbruch Versicherung"_s, Language::De, 5);
    QVERIFY(!hits.isEmpty());
    const auto insurance = std::find_if(hits.cbegin(), hits.cend(),
                                        [](const FaqHit &h) { return h.id == u"insurance"_s; });
    QVERIFY(insurance != hits.cend());
    QCOMPARE(insurance->lang, Language::Fr);
    const double twice = insurance->score;
    const auto scoreOf = [](const QList<FaqHit> &found, const QString &id) -> double {
        for (const FaqHit &hit : found) {
            if (hit.id == id)
                return hit.score;
        }
        return 0.0;
    };
    // What was learnt follows the base: with one translated pair left, the pair is seen once
    // and counts for less; with none, nothing is learnt.
    QVERIFY(index.remove(u"holidays"_s, Language::De));
    hits = index.search(u"Einbruch Versicherung"_s, Language::De, 5);
    const double once = scoreOf(hits, u"insurance"_s);
    QVERIFY2(once > 0 && once < twice, qPrintable(u"%1 %2"_s.arg(once).arg(twice)));
    QVERIFY(index.remove(u"burglary"_s, Language::De));
    hits = index.search(u"Einbruch Versicherung"_s, Language::De, 5);
    QCOMPARE(scoreOf(hits, u"insurance"_s), 0.0);
}

void TestFaqSearch::lexiconFileIsChecked()
{
    QVERIFY(FaqLexicon::fromData("de>fr\tb\tx:1\nde>fr\ta\ty:1\n").error().code
            == ErrorCode::InvalidValue); // out of order
    QVERIFY(!FaqLexicon::fromData("de>fr\ta x:1\n").ok()); // a field missing
    QVERIFY(FaqLexicon::read(u"/nonexistent/lexicon.tsv"_s).error().code == ErrorCode::NotFound);
    auto lexicon = FaqLexicon::fromData("de>fr\tanzeig\tplaint:0.9|port plaint:1\n"
                                        "en>fr\tcomplaint\tplaint:1\n");
    QVERIFY(lexicon.ok());
    QCOMPARE(lexicon->size(), 2);
    const auto translations = lexicon->translate(Language::De, Language::Fr, u"anzeig");
    QCOMPARE(translations.size(), size_t(2));
    QCOMPARE(translations[1].stems, u"port plaint"_s);
    QVERIFY(lexicon->translate(Language::It, Language::Fr, u"anzeig").empty());
    QVERIFY(lexicon->translate(Language::De, Language::Fr, u"anzei").empty());
}

void TestFaqSearch::lexiconFileIsSearchedInPlace()
{
    // read() maps the file and searches its bytes: every line is found, first and last
    // included, and a stem between two lines, before the first or after the last is not.
    QStringList lines;
    for (int i = 0; i < 300; ++i)
        lines.append(u"de>fr\tw%1\tt%1:1|u%1 v:0.5"_s.arg(i, 3, 10, QChar(u'0')));
    lines.append(u"en>fr\tcomplaint\tplaint:1"_s);
    lines.append(u"fr>it\tzzz\tz:0.7"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"lexicon.tsv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join(u'\n').toUtf8() + '\n');
    file.close();
    auto lexicon = FaqLexicon::read(path);
    QVERIFY2(lexicon.ok(), qPrintable(lexicon.ok() ? QString() : lexicon.error().toString()));
    QCOMPARE(lexicon->size(), 302);
    for (int i = 0; i < 300; ++i) {
        const QString number = u"%1"_s.arg(i, 3, 10, QChar(u'0'));
        const auto found = lexicon->translate(Language::De, Language::Fr, QString(u'w' + number));
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(found[0].stems, QString(u't' + number));
        QCOMPARE(found[1].stems, QString(u'u' + number + u" v"_s));
        QVERIFY(
            lexicon->translate(Language::De, Language::Fr, QString(u'w' + number + u'a')).empty());
    }
    QCOMPARE(lexicon->translate(Language::En, Language::Fr, u"complaint").size(), size_t(1));
    const auto last = lexicon->translate(Language::Fr, Language::It, u"zzz");
    QCOMPARE(last.size(), size_t(1));
    QCOMPARE(last.front().stems, u"z"_s);
    QVERIFY(lexicon->translate(Language::De, Language::Fr, u"a").empty());
    QVERIFY(lexicon->translate(Language::Fr, Language::It, u"zzzz").empty());
    QVERIFY(lexicon->translate(Language::Es, Language::Fr, u"w000").empty());

    // A file cut short, or not a lexicon at all, is refused.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("de>fr\ta\tb:1\nde>fr\tc");
    file.close();
    QCOMPARE(FaqLexicon::read(path).error().code, ErrorCode::InvalidValue);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"not\": \"a lexicon\"}\n");
    file.close();
    QCOMPARE(FaqLexicon::read(path).error().code, ErrorCode::InvalidValue);
}

void TestFaqSearch::guessesTheLanguageTyped()
{
    FaqIndex index(
        { entry(u"bike"_s, Language::Fr, u"On m'a volé mon vélo"_s, u"Déposez plainte."_s),
          entry(u"bike"_s, Language::It, u"Mi hanno rubato la bicicletta"_s, u"Sporga denuncia."_s),
          entry(u"bike"_s, Language::De, u"Mein Fahrrad wurde gestohlen"_s,
                u"Erstatten Sie Anzeige."_s) });
    QCOMPARE(index.guessLanguage(u"on m'a volé mon vélo hier", Language::It), Language::Fr);
    QCOMPARE(index.guessLanguage(u"mi hanno rubato la bicicletta", Language::Fr), Language::It);
    QCOMPARE(index.guessLanguage(u"Fahrrad gestohlen was tun", Language::Fr), Language::De);
    // Nothing to tell by, or a word shared: the language preferred.
    QCOMPARE(index.guessLanguage(u"xyzzy", Language::It), Language::It);
    QCOMPARE(index.guessLanguage(u"", Language::De), Language::De);
}

void TestFaqSearch::upsertAndRemove()
{
    const QList<FaqEntry> before = m_index->entries();
    QCOMPARE(before.size(), 12);
    QCOMPARE(m_index->languages(u"scam"_s), (QList<Language> { Language::Fr, Language::En }));

    // A supervisor rewrites the burglary entry: old words go, new words count, order stays.
    FaqEntry edited = *m_index->entry(u"burglary"_s, Language::Fr);
    edited.question = u"Ma maison a été visitée, que faire ?"_s;
    edited.answer = u"Appelez le 17 et ne touchez à rien."_s;
    edited.keywords = { u"intrusion"_s };
    m_index->upsert(edited);
    QCOMPARE(m_index->size(), 12);
    QVERIFY(!ids(m_index->search(u"cambriolage "_s, Language::Fr, 5)).contains(u"burglary"_s));
    QCOMPARE(first(*m_index, u"maison visitée"_s), u"burglary"_s);
    QCOMPARE(first(*m_index, u"intrusion"_s), u"burglary"_s);
    QCOMPARE(m_index->entries().at(5).id, before.at(5).id);
    QCOMPARE(*m_index->entry(u"burglary"_s, Language::Fr), edited);

    // Removed entries are gone; their slot is reused by the next one.
    QVERIFY(m_index->remove(u"burglary"_s, Language::Fr));
    QVERIFY(!m_index->remove(u"burglary"_s, Language::Fr));
    QVERIFY(!m_index->remove(u"no-such-id"_s, Language::Fr));
    QCOMPARE(m_index->size(), 11);
    QVERIFY(!m_index->entry(u"burglary"_s, Language::Fr));
    QVERIFY(m_index->languages(u"burglary"_s).isEmpty());
    QVERIFY(m_index->search(u"maison visitée"_s, Language::Fr, 5).isEmpty());
    m_index->upsert(entry(u"fireworks"_s, Language::Fr, u"Pétards et feux d'artifice"_s,
                          u"La vente aux mineurs est interdite."_s));
    QCOMPARE(m_index->size(), 12);
    QCOMPARE(first(*m_index, u"pétards"_s), u"fireworks"_s);

    // Statistics follow: removing every entry but one leaves a working index.
    for (const FaqEntry &e : m_index->entries()) {
        if (e.id != u"fireworks"_s)
            QVERIFY(m_index->remove(e.id, e.lang));
    }
    QCOMPARE(m_index->size(), 1);
    QCOMPARE(first(*m_index, u"feux d'artifice"_s), u"fireworks"_s);
}

void TestFaqSearch::loadReportsSkippedLines()
{
    const QByteArray data = FaqFile::serialize(testBase()) + "{not json\n";
    QList<FaqLineError> skipped;
    auto index = FaqIndex::fromJsonLines(data, testSynonyms(), &skipped);
    QVERIFY(index.ok());
    QCOMPARE(index->size(), 12);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped[0].line, 13);
    QCOMPARE(index->synonyms().groupCount(), testSynonyms().groupCount());
    QCOMPARE(first(*index, u"cb"_s), u"card-fraud"_s);

    auto none = FaqIndex::fromJsonLines("garbage\n");
    QVERIFY(!none.ok());
    auto missing = FaqIndex::load(u"/nonexistent/kb.jsonl"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestFaqSearch::explain()
{
    // "piqué" is not in the base: it counts through its synonym "volé", below 1.
    const QString text = m_index->explain(u"piqué portable"_s, Language::Fr, u"phone-stolen"_s);
    QVERIFY2(text.startsWith(u"[vol=0.85]→"_s) && text.contains(u"[portabl=1 telephon=0.85]→"_s),
             qPrintable(text));
    QVERIFY(m_index->explain(u"piqué"_s, Language::Fr, u"nope"_s).isEmpty());
}

void TestFaqSearch::concurrentSearchesAgree()
{
    const QStringList queries { u"cambrio"_s, u"piqué portable"_s, u"cb fraude"_s,
                                u"escroqurie en ligne"_s, u"Pharos"_s };
    QList<QStringList> expected;
    for (const QString &query : queries)
        expected.append(ids(m_index->search(query, Language::Fr, 5)));
    std::atomic<int> mismatches { 0 };
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&] {
            for (int round = 0; round < 200; ++round) {
                for (qsizetype q = 0; q < queries.size(); ++q) {
                    if (ids(m_index->search(queries[q], Language::Fr, 5)) != expected[q])
                        ++mismatches;
                }
            }
        }));
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(mismatches.load(), 0);
}

void TestFaqSearch::parallelBuildMatchesIncrementalBuild()
{
    // Past 1,000 entries the constructor indexes languages on several threads; upsert()
    // indexes one entry at a time. Both must give the same index.
    QList<FaqEntry> many;
    for (int copy = 0; copy < 110; ++copy) {
        for (FaqEntry e : testBase()) {
            e.id += u"-%1"_s.arg(copy);
            e.answer += u" Copie %1."_s.arg(copy);
            many.append(e);
        }
    }
    QVERIFY(many.size() > 1000);
    const FaqIndex bulk(many, testSynonyms());
    FaqIndex incremental;
    incremental.setSynonyms(testSynonyms());
    for (const FaqEntry &e : std::as_const(many))
        incremental.upsert(e);
    QCOMPARE(bulk.size(), incremental.size());
    QCOMPARE(bulk.entries(), incremental.entries());
    for (const QString &query :
         { u"cambrio"_s, u"piqué portable"_s, u"cb copie 7"_s, u"Pharos"_s }) {
        const QList<FaqHit> a = bulk.search(query, Language::Fr, 20);
        const QList<FaqHit> b = incremental.search(query, Language::Fr, 20);
        QCOMPARE(ids(a), ids(b));
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].score, b[i].score);
            QCOMPARE(a[i].questionHighlights, b[i].questionHighlights);
            QCOMPARE(a[i].answerHighlights, b[i].answerHighlights);
        }
    }
}

QTEST_GUILESS_MAIN(TestFaqSearch)
#include "tst_faq_search.moc"
