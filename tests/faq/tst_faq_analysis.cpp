// Text analysis for the FAQ search: folding and tokenising (Tokenizer), stop words and light
// stemming for the five languages.
#include "app/faq/cognates_p.h"
#include "app/faq/stemmer.h"
#include "app/faq/stopwords.h"
#include "app/faq/textscan_p.h"
#include "app/faq/tokenizer.h"
#include "tests/testutil.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;

Q_DECLARE_METATYPE(Guichet::Language)

class TestFaqAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folding_data();
    void folding();
    void positionsPointIntoTheOriginalText();
    void lastWordBeingTyped();
    void hashMatchesTheFoldedWord();
    void anyTextIsSafe();
    void stopWords();
    void stems_data();
    void stems();
    void distinctWordsStayDistinct_data();
    void distinctWordsStayDistinct();
    void stemsKeepThreeLettersAndDigits();
    void irregularFormsAndParticiples();
    void cognates_data();
    void cognates();
    void plainTextScanAgreesWithTheDefinition();
    void jsonStringScanAgreesWithTheDefinition();
};

void TestFaqAnalysis::irregularFormsAndParticiples()
{
    // Dictionaries list base forms: what no suffix rule reaches is looked up as one.
    QCOMPARE(Stemmer::lemma(u"stolen", Language::En), u"steal"_s);
    QCOMPARE(Stemmer::lemma(u"thieves", Language::En), u"thief"_s);
    QCOMPARE(Stemmer::lemma(u"gestohlen", Language::De), u"stehlen"_s);
    QCOMPARE(Stemmer::lemma(u"eingebrochen", Language::De), u"einbrechen"_s);
    QVERIFY(Stemmer::lemma(u"house", Language::En).isEmpty());
    QVERIFY(Stemmer::lemma(u"stolen", Language::Fr).isEmpty());
    // German participles: guesses at the infinitive, most likely first.
    QCOMPARE(Stemmer::participleBases(u"geklaut").value(0), u"klauen"_s);
    QCOMPARE(Stemmer::participleBases(u"abgeschleppt").value(0), u"abschleppen"_s);
    QVERIFY(Stemmer::participleBases(u"gemeldet").contains(u"melden"_s));
    QVERIFY(Stemmer::participleBases(u"gefahren").contains(u"fahren"_s));
    QVERIFY(Stemmer::participleBases(u"handy").isEmpty());
}

void TestFaqAnalysis::cognates_data()
{
    QTest::addColumn<Language>("lang");
    QTest::addColumn<QString>("word"); // folded
    QTest::addColumn<QString>("french"); // empty: no rule
    const auto row = [](const char *name, Language lang, const QString &word,
                        const QString &french) {
        QTest::newRow(name) << lang << word << french;
    };
    row("en -ism", Language::En, u"vandalism"_s, u"vandalisme"_s);
    row("en -ization", Language::En, u"organization"_s, u"organisation"_s);
    row("en -ous", Language::En, u"dangerous"_s, u"dangereux"_s);
    row("en -ly before -y", Language::En, u"rapidly"_s, u"rapidment"_s);
    row("en -ity too short, -y", Language::En, u"city"_s, u"citie"_s);
    row("en no rule", Language::En, u"theft"_s, QString());
    row("it -zione", Language::It, u"corruzione"_s, u"corrution"_s);
    row("it -ato", Language::It, u"truffato"_s, u"truffe"_s);
    row("es -cion", Language::Es, u"denunciacion"_s, u"denunciation"_s);
    row("es -idad", Language::Es, u"seguridad"_s, u"segurite"_s);
    row("es too short", Language::Es, u"dar"_s, QString());
    row("de none", Language::De, u"vandalismus"_s, QString());
    row("fr none", Language::Fr, u"vandalisme"_s, QString());
}

void TestFaqAnalysis::cognates()
{
    // The rules are data (resources/faq/cognates.tsv), read on first use: every line well formed.
    QTest::failOnWarning(QRegularExpression(u"cognate"_s));
    QFETCH(Language, lang);
    QFETCH(QString, word);
    QFETCH(QString, french);
    QCOMPARE(Internal::frenchCognate(word, lang), french);
}

void TestFaqAnalysis::folding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("case and accents") << u"ÉTÉ à Besançon, Ça VA?"_s << u"ete a besancon ca va"_s;
    QTest::newRow("ligatures and special letters") << u"Œuvre, Straße, ẞ, ﬁn, Ærø, Łódź, þorn, ı"_s
                                                   << u"oeuvre strasse ss fin aero lodz thorn i"_s;
    QTest::newRow("decomposed input") << u"e\u0301te\u0301 cafe\u0301"_s << u"ete cafe"_s;
    QTest::newRow("compatibility forms") << u"ＰＨＡＲＯＳ m² ½"_s << u"pharos m2 12"_s;
    QTest::newRow("apostrophes and hyphens split")
        << u"l'arnaque, l’escroc, pré-plainte, dell'auto"_s
        << u"l arnaque l escroc pre plainte dell auto"_s;
    QTest::newRow("digits are words")
        << u"Appelez le 17, le 112 ou le 3919."_s << u"appelez le 17 le 112 ou le 3919"_s;
    QTest::newRow("symbols and emoji separate")
        << u"vol😡de*carte#bancaire"_s << u"vol de carte bancaire"_s;
    QTest::newRow("other scripts are kept") << u"Полиция ΑΣΤΥΝΟΜΊΑ"_s << u"полиция αστυνομια"_s;
    QTest::newRow("nothing to keep") << u" ,;!? -- "_s << QString();
}

void TestFaqAnalysis::folding()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(Tokenizer::fold(text), folded);
}

void TestFaqAnalysis::positionsPointIntoTheOriginalText()
{
    const QString text = u"  Vole\u0301 à l'Été-2024 😡 CB"_s;
    Tokenizer tokenizer(text);
    QStringList words;
    QStringList slices;
    while (tokenizer.next()) {
        words.append(tokenizer.word().toString());
        slices.append(text.mid(tokenizer.start(), tokenizer.length()));
    }
    QCOMPARE(words, (QStringList { u"vole"_s, u"a"_s, u"l"_s, u"ete"_s, u"2024"_s, u"cb"_s }));
    // The combining accent belongs to its word; positions are UTF-16 units of the text.
    QCOMPARE(slices,
             (QStringList { u"Vole\u0301"_s, u"à"_s, u"l"_s, u"Été"_s, u"2024"_s, u"CB"_s }));
}

void TestFaqAnalysis::lastWordBeingTyped()
{
    const auto typing = [](const QString &text) {
        Tokenizer tokenizer(text);
        bool last = false;
        while (tokenizer.next())
            last = tokenizer.atEnd();
        return last;
    };
    QVERIFY(typing(u"vol de portab"_s));
    QVERIFY(!typing(u"vol de portable "_s));
    QVERIFY(!typing(u"vol de portable ?"_s));
    QVERIFY(typing(u"cafe\u0301"_s)); // a trailing combining mark is part of the word
}

void TestFaqAnalysis::hashMatchesTheFoldedWord()
{
    Tokenizer tokenizer(u"Été ÉTÉ ete Straße strasse ﬁn"_s);
    QList<quint32> hashes;
    while (tokenizer.next()) {
        QCOMPARE(tokenizer.hash(), Tokenizer::hashWord(tokenizer.word()));
        hashes.append(tokenizer.hash());
    }
    QCOMPARE(hashes.size(), 6);
    QCOMPARE(hashes[0], hashes[2]);
    QCOMPARE(hashes[3], hashes[4]);
    QVERIFY(hashes[0] != hashes[3]);
}

void TestFaqAnalysis::anyTextIsSafe()
{
    // Random code points from every plane, lone surrogates included: words are non-empty,
    // inside the text, in order, and the tokenizer always moves on.
    QRandomGenerator random(99);
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int size = int(random.bounded(40));
        for (int i = 0; i < size; ++i) {
            const char32_t c = random.bounded(4) == 0 ? char32_t(random.bounded(0x110000))
                                                      : char32_t(random.bounded(0x3000));
            if (c >= 0x10000) {
                text += QString::fromUcs4(&c, 1);
            } else {
                text += QChar(char16_t(c)); // may be half a surrogate pair on purpose
            }
        }
        Tokenizer tokenizer(text);
        qsizetype end = 0;
        int words = 0;
        while (tokenizer.next()) {
            QVERIFY(!tokenizer.word().isEmpty());
            QVERIFY(tokenizer.start() >= end);
            QVERIFY(tokenizer.length() > 0);
            end = tokenizer.start() + tokenizer.length();
            QVERIFY(end <= text.size());
            QCOMPARE(tokenizer.hash(), Tokenizer::hashWord(tokenizer.word()));
            QVERIFY(++words <= text.size());
        }
        QCOMPARE(Tokenizer::fold(Tokenizer::fold(text)), Tokenizer::fold(text)); // idempotent
    }
}

void TestFaqAnalysis::stopWords()
{
    QVERIFY(StopWords::contains(Language::Fr, u"bonjour"));
    QVERIFY(StopWords::contains(Language::Fr, u"est"));
    QVERIFY(StopWords::contains(Language::En, u"the"));
    QVERIFY(StopWords::contains(Language::De, u"und"));
    QVERIFY(StopWords::contains(Language::De, u"fur")); // "für", folded
    QVERIFY(StopWords::contains(Language::It, u"della"));
    QVERIFY(StopWords::contains(Language::Es, u"los"));
    // Topic words stay searchable, and lists are per language.
    QVERIFY(!StopWords::contains(Language::Fr, u"vol"));
    QVERIFY(!StopWords::contains(Language::Fr, u"plainte"));
    QVERIFY(!StopWords::contains(Language::En, u"scam"));
    QVERIFY(!StopWords::contains(Language::Fr, u"the"));
    QVERIFY(!StopWords::contains(Language::Es, u"und"));
    for (const Language lang : allValues<Language>()) {
        const QStringList list = StopWords::list(lang);
        QVERIFY(list.size() > 50);
        QStringList sorted = list;
        sorted.sort();
        QCOMPARE(list, sorted);
        for (const QString &word : list)
            QCOMPARE(Tokenizer::fold(word), word); // written folded, one word each
    }
}

void TestFaqAnalysis::stems_data()
{
    QTest::addColumn<Language>("lang");
    QTest::addColumn<QStringList>("words"); // all meet at one stem
    const auto row = [](const char *name, Language lang, const QStringList &words) {
        QTest::newRow(name) << lang << words;
    };
    row("fr vol", Language::Fr,
        { u"volé"_s, u"volée"_s, u"volés"_s, u"voler"_s, u"vol"_s, u"vols"_s, u"voleur"_s });
    row("fr cambriolage", Language::Fr,
        { u"cambriolage"_s, u"cambrioler"_s, u"cambriolé"_s, u"cambrioleur"_s });
    row("fr plainte", Language::Fr, { u"plainte"_s, u"plaintes"_s });
    row("fr plural -aux", Language::Fr, { u"cheval"_s, u"chevaux"_s });
    row("fr -eux/-euse", Language::Fr, { u"frauduleux"_s, u"frauduleuse"_s });
    row("fr -ation", Language::Fr, { u"usurpation"_s, u"usurper"_s });
    row("fr police", Language::Fr, { u"police"_s, u"policier"_s, u"policiers"_s });
    row("en scam", Language::En, { u"scam"_s, u"scams"_s, u"scammed"_s, u"scammer"_s });
    row("en rob", Language::En, { u"rob"_s, u"robbed"_s, u"robbery"_s });
    row("en burglary", Language::En, { u"burglary"_s, u"burglar"_s, u"burgled"_s });
    row("en drive", Language::En, { u"drive"_s, u"driving"_s, u"driver"_s, u"drivers"_s });
    row("en deliver", Language::En, { u"delivered"_s, u"delivery"_s });
    row("de Anzeige", Language::De, { u"Anzeige"_s, u"Anzeigen"_s });
    row("de Überschreitung", Language::De, { u"Überschreitung"_s, u"überschreiten"_s });
    row("de umlauts written out", Language::De, { u"Führerschein"_s, u"Fuehrerschein"_s });
    row("de genitive", Language::De, { u"Betrug"_s, u"Betrugs"_s });
    row("it denuncia", Language::It, { u"denuncia"_s, u"denunciare"_s, u"denunce"_s });
    row("it rubare", Language::It, { u"rubato"_s, u"rubata"_s, u"rubare"_s });
    row("it truffa", Language::It, { u"truffa"_s, u"truffe"_s, u"truffato"_s, u"truffatore"_s });
    row("it cellulare", Language::It, { u"cellulare"_s, u"cellulari"_s });
    row("es robo", Language::Es, { u"robo"_s, u"robado"_s, u"robar"_s, u"robos"_s });
    row("es denuncia", Language::Es, { u"denuncia"_s, u"denunciar"_s, u"denuncias"_s });
    row("es estafa", Language::Es, { u"estafa"_s, u"estafas"_s, u"estafado"_s, u"estafador"_s });
    row("es móvil", Language::Es, { u"móvil"_s, u"móviles"_s });
}

void TestFaqAnalysis::stems()
{
    QFETCH(Language, lang);
    QFETCH(QStringList, words);
    const QString first = Stemmer::stem(Tokenizer::fold(words.constFirst()), lang);
    for (const QString &word : words)
        QCOMPARE(Stemmer::stem(Tokenizer::fold(word), lang), first);
}

void TestFaqAnalysis::distinctWordsStayDistinct_data()
{
    QTest::addColumn<Language>("lang");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("portable is not porter") << Language::Fr << u"portable"_s << u"porter"_s;
    QTest::newRow("vol is not violence") << Language::Fr << u"vol"_s << u"violence"_s;
    QTest::newRow("Ausweis keeps its s") << Language::De << u"Ausweis"_s << u"Auswei"_s;
    QTest::newRow("car is not card") << Language::En << u"car"_s << u"card"_s;
    QTest::newRow("multa is not muto") << Language::It << u"multa"_s << u"muto"_s;
}

void TestFaqAnalysis::distinctWordsStayDistinct()
{
    QFETCH(Language, lang);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(Stemmer::stem(Tokenizer::fold(a), lang) != Stemmer::stem(Tokenizer::fold(b), lang));
}

void TestFaqAnalysis::stemsKeepThreeLettersAndDigits()
{
    for (const Language lang : allValues<Language>()) {
        for (const QString &word : { u"vie"_s, u"ages"_s, u"eres"_s, u"abes"_s, u"ions"_s }) {
            const QString stem = Stemmer::stem(word, lang);
            QVERIFY2(stem.size() >= 3, qPrintable(word + u" → "_s + stem));
        }
        QCOMPARE(Stemmer::stem(u"3919"_s, lang), u"3919"_s);
        QCOMPARE(Stemmer::stem(u"a4s"_s, lang), u"a4s"_s);
    }
}

void TestFaqAnalysis::plainTextScanAgreesWithTheDefinition()
{
    // The word-at-a-time scan may raise a false alarm but must never miss.
    const auto unusual = [](QStringView text) {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u == 0x7f || (u >= 0xd800 && u < 0xe000) || u >= 0xfffe)
                return true;
        }
        return false;
    };
    const char16_t alphabet[] = { u'a',   u'Z',   u' ',   u'é',   u'\t',  u'\n',  0x1f,   0x20,
                                  0x7e,   0x7f,   0x80,   0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff,
                                  0xe000, 0xfffd, 0xfffe, 0xffff, 0x2020, 0x0100 };
    QRandomGenerator random(42);
    int alarms = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int size = int(random.bounded(12));
        for (int i = 0; i < size; ++i) {
            const bool special = random.bounded(8) == 0;
            text.append(QChar(special ? alphabet[random.bounded(int(std::size(alphabet)))]
                                      : char16_t(u'a' + random.bounded(26))));
        }
        const bool plain = Internal::isPlainText(text);
        if (unusual(text))
            QVERIFY2(!plain, text.toUtf8().toHex().constData());
        else
            alarms += !plain;
    }
    QCOMPARE(alarms, 0); // in practice no false alarm on such text either
}

void TestFaqAnalysis::jsonStringScanAgreesWithTheDefinition()
{
    QRandomGenerator random(7);
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes;
        const int size = int(random.bounded(20));
        for (int i = 0; i < size; ++i) {
            const int pick = int(random.bounded(10));
            bytes.append(pick == 0       ? char(random.bounded(0x20))
                             : pick == 1 ? '\\'
                             : pick == 2 ? char(0x80 + random.bounded(0x80))
                             : pick == 3 ? char(0x7f)
                                         : char('a' + random.bounded(26)));
        }
        bool control = false;
        bool backslash = false;
        bool unusual = false;
        Internal::scanJsonString(bytes.constData(), bytes.constData() + bytes.size(), &control,
                                 &backslash, &unusual);
        bool expectedControl = false;
        bool expectedUnusual = false;
        for (const char c : std::as_const(bytes)) {
            const auto byte = static_cast<unsigned char>(c);
            expectedControl |= byte < 0x20;
            expectedUnusual |= byte == 0x7f || byte >= 0xef;
        }
        QCOMPARE(control, expectedControl);
        QCOMPARE(backslash, bytes.contains('\\'));
        QCOMPARE(unusual, expectedUnusual);
    }
}

QTEST_GUILESS_MAIN(TestFaqAnalysis)
#include "tst_faq_analysis.moc"
