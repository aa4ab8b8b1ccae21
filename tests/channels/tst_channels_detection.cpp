// Language and emergency detection of incoming citizen text, in the five
// languages, with positive and negative examples.
#include "server/channels/emergencydetector.h"
#include "server/channels/languagedetector.h"
#include "server/channels/textnormalizer.h"
#include "tests/testutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Server::Channels;

class TestChannelsDetection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void language_data();
    void language();
    void languageNeedsEvidence();
    void emergency_data();
    void emergency();
    void noticeInEveryLanguage();
    void folding();
    void cleaningIncomingText();
};

void TestChannelsDetection::language_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("expected");
    const auto row = [](const char *name, const char *text, Language lang) {
        QTest::newRow(name) << QString::fromUtf8(text) << lang;
    };
    row("fr-1", "Bonjour, je voudrais savoir comment porter plainte pour une arnaque.",
        Language::Fr);
    row("fr-2", "On m'a volé mon vélo hier soir devant la gare", Language::Fr);
    row("fr-3", "J'ai reçu un SMS bizarre qui me demande mes coordonnées bancaires", Language::Fr);
    row("fr-4", "est-ce que je dois aller à la gendarmerie ?", Language::Fr);
    row("fr-5", "Mon voisin fait du bruit toutes les nuits, que faire", Language::Fr);
    row("en-1", "Hello, how do I report a stolen phone?", Language::En);
    row("en-2", "I was burgled last month and I still have no news from the police", Language::En);
    row("en-3", "Someone is using my credit card online, what should I do", Language::En);
    row("en-4", "Thanks for your help", Language::En);
    row("en-5", "My daughter received threatening messages on social media", Language::En);
    row("de-1", "Guten Tag, mein Fahrrad wurde gestern gestohlen. Was muss ich tun?", Language::De);
    row("de-2", "Wie kann ich eine Anzeige erstatten?", Language::De);
    row("de-3", "Ich habe eine verdächtige E-Mail bekommen", Language::De);
    row("de-4", "Bei mir wurde letzten Monat eingebrochen", Language::De);
    row("de-5", "Danke schön für die schnelle Antwort", Language::De);
    row("it-1", "Buongiorno, mi hanno rubato il portafoglio sul treno", Language::It);
    row("it-2", "Come posso sporgere denuncia per una truffa online?", Language::It);
    row("it-3", "Il mese scorso hanno svaligiato la casa dei miei genitori", Language::It);
    row("it-4", "Grazie mille per l'aiuto", Language::It);
    row("it-5", "Vorrei sapere se devo andare alla polizia", Language::It);
    row("es-1", "Hola, ¿cómo puedo presentar una denuncia?", Language::Es);
    row("es-2", "Me robaron el móvil ayer en la playa", Language::Es);
    row("es-3", "Quiero información sobre una estafa por internet", Language::Es);
    row("es-4", "Muchas gracias por su ayuda", Language::Es);
    row("es-5", "Mi coche ha desaparecido del aparcamiento", Language::Es);
}

void TestChannelsDetection::language()
{
    QFETCH(QString, text);
    QFETCH(Language, expected);
    const auto detected = LanguageDetector::detect(text);
    const auto scores = LanguageDetector::score(text);
    QVERIFY2(
        detected.has_value(),
        qPrintable(u"no language; best %1 by %2"_s.arg(wireName(scores.best)).arg(scores.margin)));
    QCOMPARE(*detected, expected);
}

void TestChannelsDetection::languageNeedsEvidence()
{
    QCOMPARE(LanguageDetector::detect(u""_s), std::nullopt);
    QCOMPARE(LanguageDetector::detect(u"06 12 34 56 78"_s), std::nullopt);
    QCOMPARE(LanguageDetector::detect(u"https://example.org/x"_s), std::nullopt);
}

void TestChannelsDetection::emergency_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("emergency");
    const auto yes = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromUtf8(text) << true;
    };
    const auto no = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromUtf8(text) << false;
    };
    yes("fr+violence", "Mon mari me frappe, il est là");
    yes("fr+threat", "Il dit qu'il va me tuer ce soir");
    yes("fr+intruder", "Quelqu'un est en train d'entrer chez moi par la fenêtre");
    yes("fr+suicide", "Je n'en peux plus, je vais me suicider");
    yes("fr+child", "Mon enfant a disparu depuis une heure");
    yes("fr+help", "Au secours !");
    yes("fr+weapon", "Il a un couteau et il crie dans l'escalier");
    no("fr-burglary", "J'ai été cambriolé le mois dernier, comment porter plainte ?");
    no("fr-past", "Mon ex m'a frappée il y a deux ans, puis-je encore porter plainte ?");
    no("fr-aide", "À l'aide de quel formulaire signaler une arnaque ?");
    no("fr-scam", "J'ai reçu un faux SMS de livraison");
    no("fr-entry",
       "Quand on entre dans la maison de quelqu'un sans autorisation, est-ce un délit ?");
    yes("en+violence", "My husband is hitting me right now");
    yes("en+threat", "He is threatening to kill me");
    yes("en+intruder", "Someone is breaking in, I can hear them downstairs");
    yes("en+suicide", "I want to end my life tonight");
    yes("en+child", "My son is missing, he is 6");
    yes("en+danger", "Please, I'm in danger");
    no("en-burglary", "I was burgled last month");
    no("en-stolen", "My car was stolen yesterday, how do I report it?");
    no("en-help", "Can you help me with an online complaint?");
    no("en-past", "He hit me last year and I never reported it");
    yes("de+violence", "Mein Mann schlägt mich, bitte kommen Sie");
    yes("de+threat", "Er will mich umbringen");
    yes("de+intruder", "Jemand ist gerade in meiner Wohnung");
    yes("de+suicide", "Ich will mich umbringen");
    yes("de+child", "Mein Sohn ist verschwunden");
    no("de-burglary", "Bei mir wurde letzten Monat eingebrochen");
    no("de-complaint", "Wie kann ich eine Anzeige erstatten?");
    no("de-stolen", "Mein Fahrrad wurde gestohlen");
    no("de-online", "Jemand bedroht mich in sozialen Netzwerken, was kann ich tun?");
    yes("it+violence", "Mio marito mi picchia");
    yes("it+threat", "Mi vuole uccidere, ho paura");
    yes("it+intruder", "Ci sono ladri in casa adesso");
    yes("it+suicide", "Voglio farla finita");
    yes("it+child", "Mia figlia è scomparsa dopo la scuola");
    no("it-burglary", "Il mese scorso hanno svaligiato casa mia");
    no("it-complaint", "Come posso sporgere denuncia?");
    no("it-stolen", "Mi hanno rubato la bici ieri");
    yes("es+violence", "Mi pareja me pega y no sé a quién llamar.");
    yes("es+threat", "Me quiere matar");
    yes("es+intruder", "Hay alguien en mi casa, lo oigo");
    yes("es+suicide", "Quiero quitarme la vida");
    yes("es+child", "Mi hijo ha desaparecido en el parque");
    yes("es+help", "¡Socorro! Ayúdenme");
    no("es-burglary", "Me robaron en casa el mes pasado");
    no("es-complaint", "¿Cómo presento una denuncia?");
    no("es-scam", "Quiero información sobre una estafa");
}

void TestChannelsDetection::emergency()
{
    QFETCH(QString, text);
    QFETCH(bool, emergency);
    QVERIFY2(EmergencyDetector::looksLikeEmergency(text) == emergency,
             qPrintable(u"rule: '%1'"_s.arg(EmergencyDetector::matchingRule(text))));
}

void TestChannelsDetection::noticeInEveryLanguage()
{
    for (const Language lang : allValues<Language>()) {
        const QString notice = EmergencyDetector::notice(lang);
        QVERIFY(notice.contains(u"17"_s));
        QVERIFY(notice.contains(u"112"_s));
        QVERIFY(notice.contains(u"114"_s));
        QCOMPARE(LanguageDetector::detect(notice), lang);
    }
}

void TestChannelsDetection::folding()
{
    QCOMPARE(foldForMatching(u"  Ça  VA\u2019t-il   à l'ÉTÉ ? Straße"_s),
             u"ca va't-il a l'ete ? strasse"_s);
    QCOMPARE(wordsOf(u"l'enfant est-il là"_s),
             (QStringList { u"l"_s, u"enfant"_s, u"est"_s, u"il"_s, u"là"_s }));
}

void TestChannelsDetection::cleaningIncomingText()
{
    QCOMPARE(cleanIncomingText(u"a\u0001b\r\nc\rd\te\u0085"_s, 100), u"ab\nc\nd\te"_s);
    QString lone = u"x"_s;
    lone += QChar(0xD800);
    lone += u"y"_s;
    QCOMPARE(cleanIncomingText(lone, 100), u"xy"_s);
    QCOMPARE(cleanIncomingText(u"😀😀😀"_s, 2), u"😀😀"_s);
}

QTEST_GUILESS_MAIN(TestChannelsDetection)
#include "tst_channels_detection.moc"
