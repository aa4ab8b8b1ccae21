#include "stopwords.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

// Folded forms. Kept short on purpose: a word that may name a topic ("vol", "contre",
// "gegen", "sin") stays searchable; BM25 already gives frequent words little weight.
constexpr QStringView kFrench =
    u"a afin ai aie aient ainsi ait alors apres as au aucun aucune "
    u"aupres aussi autre autres aux avaient avais avait avant avec "
    u"avez aviez avoir avons c ca car ce ceci cela celle celles celui "
    u"cependant certain certaines certains ces cet cette ceux chacun "
    u"chaque chez ci comme comment d dans de dedans dehors depuis des "
    u"dessous dessus derriere devant deja doit dois donc dont du elle elles en encore "
    u"entre es est et etaient etais etait etant ete etes etiez etions "
    u"etre eu eue eux faire fais fait faites faut font hui il ils ici "
    u"j je jusqu jusque l la le les leur leurs lors lorsque lui m ma "
    u"mais me meme memes mes moi moins mon n ne ni nos notre nous on "
    u"ont ou par parce pas pendant peu peut peuvent peux plus plutot "
    u"pour pourquoi pourrais pourrait pouvez pouvons puis puisque qu "
    u"quand que quel quelle quelles quelqu quelque quelques quels qui "
    u"quoi s sa sans savoir se sera serait ses seulement si sien soi "
    u"soit sommes son sont sous suis sur t ta tandis te tel telle tes "
    u"toi ton toujours tous tout toute toutes tres trop tu un une va "
    u"vais vas veut veux voici voila vont vos votre vous vu y aujourd "
    u"bonjour bonsoir salut coucou hello merci madame monsieur mme mr "
    u"svp stp cordialement avance aimerais souhaiterais voudrais "
    u"voudrions besoin question questions oui non bref enfin vraiment "
    u"juste deja ok bah ben pres autour loin france francais francaise";
constexpr QStringView kEnglish = u"a about above after again against all also am an and any "
                                 u"anyone anything are as at be because been before being below "
                                 u"between both but by can cannot could d did do does doing don "
                                 u"doesn didn down during each either else even ever every few "
                                 u"for from further get gets getting got had has have having he "
                                 u"her here hers herself him himself his how however i if im in "
                                 u"into is it its itself ive just ll m may maybe me might more "
                                 u"most much must my myself neither no nor not now of off on "
                                 u"once one only or other others our ours ourselves out over own "
                                 u"re really s same shall she should since so some someone "
                                 u"something still such t than that the their theirs them "
                                 u"themselves then there these they this those though through "
                                 u"thus to too under until up upon us ve very was we were what "
                                 u"whatever when where whether which while who whom whose why "
                                 u"will with within without would yet you your yours yourself "
                                 u"hi hello hey dear sir madam thanks thank please regards kind "
                                 u"ok okay want wanted know need question yes france french";
constexpr QStringView kGerman =
    u"aber alle allem allen aller alles als also am an ander andere "
    u"anderen auch auf aus bei beim bin bis bist bitte bzw da dabei "
    u"dadurch dafur dagegen damit dann daran darauf darf darin daruber "
    u"das dass davon dazu dem den denen denn der deren des deshalb "
    u"dich die dies diese diesem diesen dieser dieses dir doch dort du "
    u"durch ein eine einem einen einer eines einige einigen einmal er "
    u"es etwa etwas euch euer eure fur ganz gar gegenuber gewesen hab "
    u"habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen "
    u"ihr ihre ihrem ihren ihrer ihres im immer in indem ins ist ja "
    u"jede jedem jeden jeder jedes jetzt kann kannst konnen konnte "
    u"konnten man manche mein meine meinem meinen meiner meines mich "
    u"mir mit muss mussen musste nach nachdem neben nicht nichts noch "
    u"nun nur ob oder ohne schon sehr sein seine seinem seinen seiner "
    u"seit selbst sich sie sind so sogar solche soll sollen sollte "
    u"sondern sonst uber um und uns unser unsere unter viel vom von "
    u"vor wahrend war waren warum was weil welche welchem welchen "
    u"welcher wenn wer werde werden wie wieder will wir wird wo woher "
    u"wohin wollen wurde wurden zu zum zur zwar zwischen "
    u"hallo guten tag morgen abend danke dank gruss grusse geehrte "
    u"geehrter damen herren mfg liebe lieber moin servus frage mochte "
    u"mochten wollte wissen ja nein eigentlich leider bereits frankreich franzosisch "
    u"franzosische franzosischen";
constexpr QStringView kItalian =
    u"a ad agli ai al all alla alle allo allora anche ancora avere "
    u"aveva avevo c che chi ci come comunque con cosa cui d da dagli "
    u"dai dal dall dalla dalle dallo degli dei del dell della delle "
    u"dello dentro devo di dopo dove dunque e ed era erano essere "
    u"fa fare fino fra gia gli ha hai hanno ho i il in invece io l la "
    u"le lei li lo loro lui ma me mentre mi mia mie miei mio molto ne "
    u"negli nei nel nell nella nelle nello nessuno noi non nostra "
    u"nostre nostri nostro o ogni oppure per perche pero piu poi "
    u"posso possono potrei puo qua quale quali qualche quando quanto "
    u"quel quella quelle quelli quello questa queste questi questo "
    u"qui se sei senza si sia siamo siete solo sono sopra sotto sta "
    u"stato stata stati stesso su sua sue sugli sui sul sull sulla "
    u"sulle sullo suo suoi tanto te ti tra fra tu tua tue tuo tuoi "
    u"tutti tutto tutte un una uno vi voi vostro "
    u"buongiorno buonasera salve ciao grazie gentile cordiali saluti "
    u"favore vorrei vorremmo sapere domanda si no davvero gia ok francia francese";
constexpr QStringView kSpanish = u"a al algo algun alguna algunas alguno algunos ante antes como "
                                 u"con contra cual cuales cuando cuanto de del desde donde durante "
                                 u"e el ella ellas ellos en entre era eran eres es esa esas ese "
                                 u"eso esos esta estaba estado estamos estan estar estas este esto "
                                 u"estos estoy fue fueron ha habia han hasta hay he hemos la las "
                                 u"le les lo los me mi mis mucho muchos muy nada ni no nos "
                                 u"nosotros nuestra nuestro o os otra otras otro otros para pero "
                                 u"poco por porque puede pueden puedo que quien quienes se sea "
                                 u"ser si sido siempre sin sino sobre solo somos son soy su sus "
                                 u"tambien tanto te tengo tenia tiene tienen todo todos tras tu "
                                 u"tus u un una unas uno unos usted ustedes y ya yo "
                                 u"hola buenos buenas dias tardes noches gracias saludos favor "
                                 u"quisiera saber debo pregunta vale francia frances francesa";

using WordList = std::vector<QStringView>;

std::u16string_view view(QStringView text)
{
    return { text.utf16(), size_t(text.size()) };
}

bool lessThan(QStringView a, QStringView b)
{
    return view(a) < view(b);
}

WordList makeList(QStringView words)
{
    WordList list;
    for (const QStringView word : words.tokenize(u' ', Qt::SkipEmptyParts))
        list.push_back(word);
    std::sort(list.begin(), list.end(), lessThan);
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

const WordList &listFor(Language lang)
{
    static const std::array<WordList, 5> all { makeList(kFrench), makeList(kEnglish),
                                               makeList(kGerman), makeList(kItalian),
                                               makeList(kSpanish) };
    return all[size_t(lang)];
}

} // namespace

bool StopWords::contains(Language lang, QStringView folded)
{
    const WordList &list = listFor(lang);
    return std::binary_search(list.begin(), list.end(), folded, lessThan);
}

QStringList StopWords::list(Language lang)
{
    QStringList words;
    for (const QStringView word : listFor(lang))
        words.append(word.toString());
    return words;
}

} // namespace Guichet
