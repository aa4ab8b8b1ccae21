#include "emergencydetector.h"

#include "textnormalizer.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Channels {

namespace {

struct Rule
{
    const char *name;
    const char *pattern; // over folded text: lower case, no accents, straight apostrophes
};

// Present-tense danger only. Each pattern is anchored on word boundaries.
const Rule kRules[] = {
    // ---- French
    { "fr.violence",
      R"(\b(me|nous|la|le|les) (frappe|frappent|tape|tapent|bat|battent|etrangle|etranglent|cogne|cognent)\b)" },
    { "fr.violence",
      R"(\ben train de (me|nous|la|le|les|l') ?(frapper|battre|taper|tuer|etrangler|agresser|poignarder)\b)" },
    { "fr.threat",
      R"(\b(va|veut|vont|veulent|menace de|essaie de) (me|nous|la|le|les) (tuer|egorger|poignarder)\b)" },
    { "fr.threat", R"(\bm'?(etrangle|agresse|menace avec)\b)" },
    { "fr.weapon",
      R"(\b(il|elle|ils|quelqu'un|un homme) (a|ont) (une arme|un couteau|un pistolet|un fusil|une hache)\b)" },
    { "fr.help", R"((^|[.!?] ?)(au secours|a l'aide)($| ?[.!]))" },
    { "fr.intruder",
      R"(\b(quelqu'un|un homme|des gens|des cambrioleurs|un cambrioleur) (essaie d'entrer|essaient d'entrer|est en train d'entrer|sont en train d'entrer|force (la|ma) porte)\b.*\b(chez moi|chez nous|maison|appartement|porte)\b)" },
    { "fr.intruder",
      R"(\b(il y a|j'entends) (quelqu'un|des cambrioleurs|un cambrioleur|un intrus) (chez moi|dans (la|ma) maison|dans (l'|mon )appartement)\b)" },
    { "fr.suicide",
      R"(\b(me suicider|me tuer ce soir|je vais me tuer|mettre fin a mes jours|en finir avec (la|ma) vie|je veux mourir|j'ai envie de mourir|je vais sauter)\b)" },
    { "fr.child", R"(\b(enfant|bebe|fils|fille)s? (est |sont )?en danger\b)" },
    { "fr.child",
      R"(\b(mon|ma|notre) (enfant|bebe|fils|fille) (a disparu|a ete enleve|a ete enlevee|ne respire plus|vient de disparaitre)\b)" },
    { "fr.danger",
      R"(\b(je suis|nous sommes|on est) en danger\b|\bdanger de mort\b|\bne respire plus\b)" },
    // ---- English
    { "en.violence",
      R"(\b(is|are|keeps|keep|started|start) (hitting|beating|punching|kicking|strangling|choking|stabbing|attacking|hurting) (me|us|her|him|my)\b)" },
    { "en.violence",
      R"(\b(he|she|they|someone|somebody)('s| is| are|'re) (hitting|beating|attacking|strangling|choking|hurting) (me|us)\b)" },
    { "en.threat",
      R"(\b(going to|gonna|wants to|want to|trying to|threatens to|threatening to|threatened to) (kill|stab|shoot|strangle) (me|us|her|him|them|my)\b)" },
    { "en.weapon",
      R"(\b(he|she|they|someone|a man)( has|'s got| have|'ve got| has got) (a gun|a knife|a weapon|a rifle)\b)" },
    { "en.help",
      R"(\b(help me now|send help|please help me now|help me please now|i need help now|call the police now)\b)" },
    { "en.intruder",
      R"(\b(someone|somebody|a man|people|burglars|a burglar|an intruder)('s| is| are) (breaking in|trying to break in|trying to get in|breaking into|in my (house|home|flat|apartment))\b)" },
    { "en.intruder", R"(\bintruder in (my|our) (house|home|flat|apartment)\b)" },
    { "en.suicide",
      R"(\b(kill myself|end my life|take my own life|take my life|commit suicide|i want to die|i'm going to jump|i am going to jump|suicidal)\b)" },
    { "en.child", R"(\b(child|children|kid|kids|baby|son|daughter)( is| are)? in danger\b)" },
    { "en.child",
      R"(\bmy (child|kid|baby|son|daughter) (is missing|has disappeared|has gone missing|was taken|has been taken|was abducted|has been abducted|is not breathing|isn't breathing)\b)" },
    { "en.danger", R"(\b(i am|i'm|we are|we're) in danger\b|\b(not|isn't|is not) breathing\b)" },
    // ---- German
    { "de.violence",
      R"(\b(schlagt|schlagen|verprugelt|verprugeln|wurgt|wurgen|tritt|treten|sticht) (mich|uns|sie|ihn|mein|meine)\b)" },
    { "de.violence", R"(\b(er|sie|jemand) (schlagt|verprugelt|wurgt) (mich|uns|meine|meinen)\b)" },
    { "de.threat",
      R"(\b(will|wird|wollen|werden|droht|drohen) (mich|uns|sie|ihn) (zu )?(toten|umbringen|umzubringen|erstechen|erschiessen)\b)" },
    { "de.threat", R"(\b(bringt|bringen) (mich|uns) um\b)" },
    { "de.weapon",
      R"(\b(er|sie|jemand|ein mann) (hat|haben) (ein messer|eine waffe|eine pistole|ein gewehr)\b)" },
    { "de.help",
      R"((^|[.!?] ?)hilfe ?!|\b(helfen sie mir sofort|bitte schnell hilfe|sofort hilfe)\b)" },
    { "de.intruder",
      R"(\b(jemand|einbrecher|ein mann|ein einbrecher) (ist|sind) (gerade )?(in meiner wohnung|in meinem haus|in unserer wohnung|in unserem haus|im haus)\b)" },
    { "de.intruder",
      R"(\b(bricht|brechen) (gerade )?(bei mir|bei uns|in meine wohnung|in mein haus) ein\b)" },
    { "de.suicide",
      R"(\b(mich umbringen|mir das leben nehmen|selbstmord begehen|suizid begehen|will nicht mehr leben|mein leben beenden|ich will sterben)\b)" },
    { "de.child", R"(\b(kind|kinder|baby|sohn|tochter) (ist |sind )?in gefahr\b)" },
    { "de.child",
      R"(\b(mein|meine|unser|unsere) (kind|baby|sohn|tochter) (ist verschwunden|wurde entfuhrt|ist entfuhrt|atmet nicht)\b)" },
    { "de.danger", R"(\b(ich bin|wir sind) in gefahr\b|\blebensgefahr\b|\batmet nicht mehr\b)" },
    // ---- Italian
    { "it.violence",
      R"(\b(mi|ci|la|lo) (sta |stanno )?(picchia|picchiano|picchiando|colpisce|colpiscono|colpendo|strangola|strangolando|prende a pugni)\b)" },
    { "it.threat",
      R"(\b(vuole|vogliono|sta per|minaccia di|minacciano di) (uccidermi|ammazzarmi|ucciderci|ammazzarci|ucciderla|ucciderlo|accoltellarmi)\b)" },
    { "it.threat", R"(\b(mi|ci) (vuole|vogliono) (uccidere|ammazzare)\b)" },
    { "it.weapon", R"(\b(ha|hanno) (un coltello|una pistola|un'arma|un fucile)\b)" },
    { "it.help",
      R"((^|[.!?] ?)aiuto ?!|\b(aiutatemi|aiutateci) ?(subito|presto|!)|\baiutatemi\b)" },
    { "it.intruder",
      R"(\b(qualcuno|dei ladri|un ladro|un uomo) (sta entrando|stanno entrando|e entrato|sono entrati|e|sono) (in casa|in casa mia|nel mio appartamento)\b)" },
    { "it.intruder", R"(\bladri in casa\b)" },
    { "it.suicide",
      R"(\b(suicidarmi|uccidermi|ammazzarmi|togliermi la vita|voglio morire|farla finita)\b)" },
    { "it.child", R"(\b(bambino|bambina|bambini|figlio|figlia|neonato) (e |sono )?in pericolo\b)" },
    { "it.child",
      R"(\b(mio|mia|nostro|nostra) (figlio|figlia|bambino|bambina) (e scomparso|e scomparsa|e stato rapito|e stata rapita|non respira)\b)" },
    { "it.danger", R"(\b(sono|siamo) in pericolo\b|\bpericolo di vita\b|\bnon respira\b)" },
    // ---- Spanish
    { "es.violence",
      R"(\b(me|nos|la|lo) (esta |estan )?(pega|pegan|pegando|golpea|golpean|golpeando|ahorca|ahorcando|estrangula|estrangulando)\b)" },
    { "es.threat",
      R"(\b(me|nos|la|lo) (va|van|quiere|quieren) a? ?matar\b|\b(quiere|quieren|va a|van a|amenaza con|intenta) (matarme|matarnos|matarla|matarlo|apunalarme)\b)" },
    { "es.weapon", R"(\b(tiene|tienen) (un cuchillo|una pistola|un arma|una escopeta)\b)" },
    { "es.help", R"((^|[.!?] ?)(socorro|auxilio)\b|(^|[.!?] ?)ayuda ?!|\bayudenme\b)" },
    { "es.intruder",
      R"(\b(alguien|un hombre|ladrones|un ladron) (esta|estan) (entrando|intentando entrar|metiendose) (en|a) (mi |la |nuestra )?(casa|piso|apartamento)\b)" },
    { "es.intruder",
      R"(\bhay (alguien|un ladron|ladrones|un intruso) en (mi |la |nuestra )?(casa|piso)\b)" },
    { "es.suicide",
      R"(\b(suicidarme|matarme|quitarme la vida|quiero morir|acabar con mi vida)\b)" },
    { "es.child", R"(\b(nino|nina|ninos|hijo|hija|bebe) (esta |estan )?en peligro\b)" },
    { "es.child",
      R"(\b(mi|nuestro|nuestra) (hijo|hija|nino|nina|bebe) (ha desaparecido|desaparecio|ha sido secuestrad[oa]|no respira)\b)" },
    { "es.danger", R"(\b(estoy|estamos) en peligro\b|\bpeligro de muerte\b|\bno respira\b)" },
};

struct Compiled
{
    QString name;
    QRegularExpression regex;
};

const QList<Compiled> &compiledRules()
{
    static const QList<Compiled> rules = [] {
        QList<Compiled> list;
        for (const Rule &rule : kRules) {
            QRegularExpression regex(QString::fromLatin1(rule.pattern),
                                     QRegularExpression::UseUnicodePropertiesOption);
            regex.optimize();
            list.append({ QString::fromLatin1(rule.name), regex });
        }
        return list;
    }();
    return rules;
}

//! Every rule in one alternation: one match per message finds out whether any
//! rule matches (almost never), instead of one per rule (web chat's hot path).
const QRegularExpression &anyRule()
{
    static const QRegularExpression any = [] {
        QStringList patterns;
        for (const Rule &rule : kRules)
            patterns.append(u"(?:"_s + QString::fromLatin1(rule.pattern) + u')');
        QRegularExpression regex(patterns.join(u'|'),
                                 QRegularExpression::UseUnicodePropertiesOption);
        regex.optimize();
        return regex;
    }();
    return any;
}

} // namespace

QString EmergencyDetector::matchingRule(QStringView text)
{
    const QString folded = foldForMatching(text);
    if (!anyRule().match(folded).hasMatch())
        return {};
    for (const Compiled &rule : compiledRules()) {
        if (rule.regex.match(folded).hasMatch())
            return rule.name;
    }
    return {};
}

bool EmergencyDetector::looksLikeEmergency(QStringView text)
{
    return !matchingRule(text).isEmpty();
}

QString EmergencyDetector::notice(Language lang)
{
    switch (lang) {
    case Language::Fr:
        return u"La Brigade numérique ne traite pas les urgences. En cas de danger immédiat, "
               "appelez le 17 (police-secours) ou le 112. Personnes sourdes ou malentendantes : "
               "envoyez un SMS au 114. Un gendarme lira aussi votre message."_s;
    case Language::En:
        return u"The Brigade numérique does not handle emergencies. If you are in immediate "
               "danger, call 17 (police) or 112. Deaf or hard of hearing: send a text message to "
               "114. A gendarme will also read your message."_s;
    case Language::De:
        return u"Die Brigade numérique bearbeitet keine Notfälle. Bei unmittelbarer Gefahr "
               "rufen Sie die 17 (Polizei) oder die 112 an. Gehörlose und Schwerhörige: SMS an "
               "die 114. Ein Gendarm liest Ihre Nachricht trotzdem."_s;
    case Language::It:
        return u"La Brigade numérique non gestisce le emergenze. In caso di pericolo immediato "
               "chiami il 17 (polizia) o il 112. Persone sorde o con problemi di udito: inviate "
               "un SMS al 114. Un gendarme leggerà comunque il suo messaggio."_s;
    case Language::Es:
        return u"La Brigade numérique no atiende emergencias. Si está en peligro inmediato, "
               "llame al 17 (policía) o al 112. Personas sordas o con dificultades auditivas: "
               "envíen un SMS al 114. Un gendarme leerá también su mensaje."_s;
    }
    return {};
}

} // namespace Guichet::Server::Channels
