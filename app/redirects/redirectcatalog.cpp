#include "redirectcatalog.h"

#include "app/store/store.h"
#include "resources/redirectresources.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

Q_LOGGING_CATEGORY(lcRedirects, "guichet.redirects")

const QString kSettingKey = u"redirects"_s;

//! "fr", "en_GB", "en-US" → the language; anything else → French.
Language uiLanguageOf(const QString &name)
{
    const QString code = name.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    return fromWireName<Language>(code).value_or(Language::Fr);
}

template<typename T>
T inLanguage(const QMap<Language, T> &values, Language lang)
{
    const auto it = values.constFind(lang);
    return it != values.constEnd() ? *it : values.value(Language::Fr);
}

} // namespace

RedirectCatalog::RedirectCatalog() = default;

RedirectCatalog::RedirectCatalog(RedirectDefinitions definitions)
    : m_definitions(std::move(definitions))
{ }

Result<RedirectCatalog> RedirectCatalog::fromJson(const QByteArray &json)
{
    auto definitions = RedirectDefinitions::parse(json);
    if (!definitions)
        return definitions.error();
    return RedirectCatalog(std::move(*definitions));
}

RedirectCatalog RedirectCatalog::builtIn()
{
    // Parsed once: the resource cannot change while the program runs.
    static const RedirectCatalog catalog = [] {
        QFile file(Resources::redirectDefinitions());
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcRedirects) << "the built-in redirect definitions are missing";
            return RedirectCatalog();
        }
        auto parsed = fromJson(file.readAll());
        if (!parsed) {
            // A programmer error (the unit test holds the file): log and carry on empty.
            qCCritical(lcRedirects).noquote()
                << "the built-in redirect definitions are invalid:" << parsed.error().toString();
            return RedirectCatalog();
        }
        return std::move(*parsed);
    }();
    return catalog;
}

RedirectCatalog RedirectCatalog::fromStore(Store &store)
{
    const auto cached = store.setting(kSettingKey);
    if (!cached)
        return builtIn();
    auto parsed = fromJson(*cached);
    if (!parsed) {
        // Validated before it was stored, so only a damaged cache lands here.
        qCWarning(lcRedirects).noquote()
            << "the cached redirect definitions are invalid, using the built-in ones:"
            << parsed.error().toString();
        return builtIn();
    }
    return std::move(*parsed);
}

qint64 RedirectCatalog::version() const
{
    return m_definitions.version;
}

bool RedirectCatalog::isEmpty() const
{
    return m_definitions.redirects.isEmpty();
}

QList<RedirectTarget> RedirectCatalog::targets() const
{
    // Definitions are kept in RedirectTarget order.
    QList<RedirectTarget> result;
    result.reserve(m_definitions.redirects.size());
    for (const RedirectDefinition &definition : m_definitions.redirects)
        result.append(definition.target);
    return result;
}

std::optional<Redirect> RedirectCatalog::redirect(RedirectTarget target, Language citizen,
                                                  const QString &uiLanguage) const
{
    const RedirectDefinition *definition = m_definitions.find(target);
    if (!definition)
        return std::nullopt;
    const Language ui = uiLanguageOf(uiLanguage);
    return Redirect { target, inLanguage(definition->title, ui), definition->url,
                      inLanguage(definition->checklist, ui), definition->citizenText(citizen) };
}

QString RedirectCatalog::emergencyText(Language citizen) const
{
    const QMap<Language, QString> &texts = m_definitions.emergency;
    for (const Language lang : { citizen, Language::Fr, Language::En }) {
        const QString text = texts.value(lang);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QByteArray RedirectCatalog::toJson() const
{
    return QJsonDocument(m_definitions.toJson()).toJson(QJsonDocument::Indented);
}

QString RedirectCatalog::consentQuestion(Language citizen)
{
    // A question, answered in the citizen's own words: their answer is the consent.
    switch (citizen) {
    case Language::Fr:
        return u"Votre demande doit être traitée par la brigade de gendarmerie proche de chez "
               u"vous. Acceptez-vous que nous lui transmettions votre demande et vos coordonnées "
               u"(nom, téléphone, commune) pour qu'elle vous recontacte ? Répondez « oui » ou "
               u"« non »."_s;
    case Language::En:
        return u"Your request needs to be handled by the gendarmerie brigade near you. Do you "
               u"agree that we forward your request and your contact details (name, phone, "
               u"town) to it so that it can contact you? Please answer \"yes\" or \"no\"."_s;
    case Language::De:
        return u"Ihr Anliegen muss von der Gendarmerie-Brigade in Ihrer Nähe bearbeitet werden. "
               u"Sind Sie einverstanden, dass wir ihr Ihr Anliegen und Ihre Kontaktdaten (Name, "
               u"Telefon, Ort) weiterleiten, damit sie sich bei Ihnen meldet? Bitte antworten Sie "
               u"mit „ja“ oder „nein“."_s;
    case Language::It:
        return u"La Sua richiesta deve essere trattata dalla brigata della gendarmeria vicina a "
               u"Lei. Acconsente a che le trasmettiamo la Sua richiesta e i Suoi recapiti (nome, "
               u"telefono, comune) affinché La ricontatti? Risponda «sì» o «no»."_s;
    case Language::Es:
        return u"Su solicitud debe ser atendida por la brigada de la gendarmería cercana a "
               u"usted. ¿Acepta que le transmitamos su solicitud y sus datos de contacto "
               u"(nombre, teléfono, municipio) para que se ponga en contacto con usted? Responda "
               u"«sí» o «no»."_s;
    }
    return {};
}

} // namespace Guichet
