#include "redirectdefinitions.h"

#include "jsonreader_p.h"
#include "limits.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Guichet {

using Protocol::Internal::JsonReader;
using Protocol::Internal::Need;

namespace {

constexpr QLatin1StringView operator""_l1(const char *text, std::size_t size)
{
    return QLatin1StringView(text, qsizetype(size));
}

const QString kUrlPlaceholder = u"{url}"_s;
constexpr qsizetype kMaxChecklistItems = 20;

QString targetNames()
{
    QStringList names;
    for (const RedirectTarget target : allValues<RedirectTarget>())
        names.append(wireName(target));
    return names.join(u", "_s);
}

Error errorAt(ErrorCode code, const QString &message, const QString &field)
{
    return Error { code, message, field };
}

//! Reads {"fr": …, "en": …} with one @p read per language present; French is
//! required, a key that is not one of the five languages is an error (a typo
//! would otherwise drop a translation silently).
template<typename T, typename Read>
QMap<Language, T> readLanguageMap(JsonReader &parent, QLatin1StringView key, Read read)
{
    QMap<Language, T> result;
    const QJsonObject object = parent.object(key);
    if (!parent.ok())
        return result;
    const QString path = parent.path(key);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!fromWireName<Language>(it.key())) {
            parent.adopt(
                errorAt(ErrorCode::InvalidValue,
                        u"unknown language \"%1\" (fr, en, de, it, es)"_s.arg(it.key().left(16)),
                        path + u'.' + it.key().left(16)));
            return result;
        }
    }
    JsonReader map(object, path);
    for (const Language lang : allValues<Language>()) {
        const QByteArray name = wireName(lang).toLatin1();
        const QLatin1StringView langKey(name);
        const Need need = lang == Language::Fr ? Need::Required : Need::Optional;
        if (!map.has(langKey) && need == Need::Optional)
            continue;
        T value = read(map, langKey, need);
        if (!map.ok())
            break;
        result.insert(lang, std::move(value));
    }
    parent.adopt(map);
    return result;
}

QStringList readChecklist(JsonReader &map, QLatin1StringView key, Need need)
{
    QStringList items;
    const QJsonArray array = map.array(key, kMaxChecklistItems, need);
    if (!map.ok())
        return items;
    if (array.isEmpty()) {
        map.fail(ErrorCode::InvalidValue, u"empty checklist"_s, key);
        return items;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = map.path(key) + u'[' + QString::number(i) + u']';
        const QString item = array[i].toString();
        if (!array[i].isString() || item.trimmed().isEmpty()) {
            map.adopt(errorAt(ErrorCode::InvalidValue, u"expected a non-empty string"_s, field));
            return {};
        }
        if (auto checked = Protocol::checkText(item, Protocol::kMaxShortTextChars, false, field);
            !checked) {
            map.adopt(checked.error());
            return {};
        }
        items.append(item);
    }
    return items;
}

QString readCitizenText(JsonReader &map, QLatin1StringView key, Need need, const QUrl &url)
{
    const QString text = map.text(key, kMaxRedirectTextChars, need, true);
    if (!map.ok())
        return {};
    // The address is a field of its own, so changing it changes every text.
    if (!text.contains(kUrlPlaceholder)) {
        map.fail(ErrorCode::InvalidValue,
                 u"the text must give the address: write {url} where it goes"_s, key);
        return {};
    }
    const QString filled = QString(text).replace(kUrlPlaceholder, url.toString());
    if (Protocol::codePointCount(filled) > kMaxRedirectTextChars) {
        map.fail(ErrorCode::TextTooLong,
                 u"longer than %1 characters with the address in (one Messenger message)"_s.arg(
                     kMaxRedirectTextChars),
                 key);
        return {};
    }
    return text;
}

QString readEmergencyText(JsonReader &map, QLatin1StringView key, Need need)
{
    const QString text = map.text(key, kMaxRedirectTextChars, need, true);
    if (!map.ok())
        return {};
    // The numbers are the point of the message: a text without them is a mistake.
    for (const char *number : { "17", "112", "114" }) {
        const QRegularExpression alone(u"(?<!\\d)"_s + QLatin1StringView(number) + u"(?!\\d)"_s);
        if (!text.contains(alone)) {
            map.fail(ErrorCode::InvalidValue, u"must give the numbers 17, 112 and 114"_s, key);
            return {};
        }
    }
    return text;
}

RedirectDefinition readDefinition(JsonReader &item)
{
    RedirectDefinition definition;
    const QString name = item.text("target"_l1, 64);
    if (!item.ok())
        return definition;
    const auto target = parseRedirectTarget(name);
    if (!target) {
        item.fail(ErrorCode::InvalidValue,
                  u"unknown target \"%1\" (%2)"_s.arg(name.left(32), targetNames()), "target"_l1);
        return definition;
    }
    definition.target = *target;

    const QJsonArray aliases = item.array("aliases"_l1, 16, Need::Optional);
    for (const QJsonValue &alias : aliases) {
        if (!item.ok())
            break;
        if (!alias.isString() || parseRedirectTarget(alias.toString()) != definition.target) {
            item.fail(ErrorCode::InvalidValue,
                      u"\"%1\" is not a name of %2"_s.arg(alias.toString().left(32),
                                                          wireName(definition.target)),
                      "aliases"_l1);
            break;
        }
        definition.aliases.append(alias.toString());
    }

    const QString address = item.text("url"_l1, kMaxRedirectUrlChars);
    if (!item.ok())
        return definition;
    definition.url = QUrl(address, QUrl::StrictMode);
    if (!definition.url.isValid() || definition.url.host().isEmpty()) {
        item.fail(ErrorCode::InvalidValue, u"not a valid address"_s, "url"_l1);
        return definition;
    }
    // Citizens are sent there: never in clear, never another scheme.
    if (definition.url.scheme() != u"https"_s) {
        item.fail(ErrorCode::InvalidValue, u"must be an https:// address"_s, "url"_l1);
        return definition;
    }
    if (!Protocol::isValidHttpUrl(address)) {
        item.fail(ErrorCode::InvalidValue, u"not a valid address"_s, "url"_l1);
        return definition;
    }

    definition.title = readLanguageMap<QString>(
        item, "title"_l1, [](JsonReader &map, QLatin1StringView key, Need need) {
            return map.text(key, Protocol::kMaxNameChars, need);
        });
    definition.checklist = readLanguageMap<QStringList>(item, "checklist"_l1, readChecklist);
    definition.text = readLanguageMap<QString>(
        item, "text"_l1, [&definition](JsonReader &map, QLatin1StringView key, Need need) {
            return readCitizenText(map, key, need, definition.url);
        });
    return definition;
}

QJsonObject languageMapJson(const QMap<Language, QString> &texts)
{
    QJsonObject object;
    for (auto it = texts.begin(); it != texts.end(); ++it)
        object.insert(wireName(it.key()), it.value());
    return object;
}

QJsonObject languageMapJson(const QMap<Language, QStringList> &lists)
{
    QJsonObject object;
    for (auto it = lists.begin(); it != lists.end(); ++it)
        object.insert(wireName(it.key()), QJsonArray::fromStringList(it.value()));
    return object;
}

} // namespace

QString RedirectDefinition::citizenText(Language lang) const
{
    QString result = text.value(lang);
    if (result.isEmpty())
        result = text.value(Language::Fr);
    if (result.isEmpty())
        result = text.value(Language::En);
    return result.replace(kUrlPlaceholder, url.toString());
}

const RedirectDefinition *RedirectDefinitions::find(RedirectTarget target) const
{
    for (const RedirectDefinition &definition : redirects) {
        if (definition.target == target)
            return &definition;
    }
    return nullptr;
}

bool RedirectDefinitions::sameContent(const RedirectDefinitions &other) const
{
    return redirects == other.redirects && emergency == other.emergency;
}

QJsonObject RedirectDefinitions::toJson() const
{
    QJsonArray list;
    for (const RedirectDefinition &d : redirects) {
        list.append(QJsonObject { { u"target"_s, wireName(d.target) },
                                  { u"aliases"_s, QJsonArray::fromStringList(d.aliases) },
                                  { u"url"_s, d.url.toString() },
                                  { u"title"_s, languageMapJson(d.title) },
                                  { u"checklist"_s, languageMapJson(d.checklist) },
                                  { u"text"_s, languageMapJson(d.text) } });
    }
    return { { u"version"_s, version },
             { u"redirects"_s, list },
             { u"emergency"_s, QJsonObject { { u"text"_s, languageMapJson(emergency) } } } };
}

Result<RedirectDefinitions> RedirectDefinitions::fromJson(const QJsonObject &object)
{
    const qsizetype bytes = QJsonDocument(object).toJson(QJsonDocument::Compact).size();
    if (bytes > kMaxRedirectDocumentBytes) {
        return makeError(
            ErrorCode::FrameTooLarge,
            u"the definitions take %1 bytes, more than the limit of %2"_s.arg(bytes).arg(
                kMaxRedirectDocumentBytes));
    }
    JsonReader r(object);
    RedirectDefinitions result;
    result.version = r.integer("version"_l1, 0, Protocol::kMaxId);
    const QJsonArray items = r.array("redirects"_l1, 16);
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        const QString path = r.path("redirects"_l1) + u'[' + QString::number(i) + u']';
        if (!items[i].isObject()) {
            r.adopt(errorAt(ErrorCode::WrongType, u"expected an object"_s, path));
            break;
        }
        JsonReader item(items[i].toObject(), path);
        RedirectDefinition definition = readDefinition(item);
        if (item.ok() && result.find(definition.target)) {
            item.fail(ErrorCode::InvalidValue,
                      u"a second definition of %1"_s.arg(wireName(definition.target)), "target"_l1);
        }
        r.adopt(item);
        if (r.ok())
            result.redirects.append(std::move(definition));
    }
    if (r.ok()) {
        for (const RedirectTarget target : allValues<RedirectTarget>()) {
            if (!result.find(target)) {
                r.fail(ErrorCode::MissingField, u"no definition of %1"_s.arg(wireName(target)),
                       "redirects"_l1);
                break;
            }
        }
    }
    JsonReader emergency = r.nested("emergency"_l1);
    result.emergency = readLanguageMap<QString>(emergency, "text"_l1, readEmergencyText);
    r.adopt(emergency);
    if (!r.ok())
        return r.error();
    std::sort(result.redirects.begin(), result.redirects.end(),
              [](const RedirectDefinition &a, const RedirectDefinition &b) {
                  return a.target < b.target;
              });
    return result;
}

Result<RedirectDefinitions> RedirectDefinitions::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const ErrorCode code = parseError.error == QJsonParseError::IllegalUTF8String
            ? ErrorCode::InvalidUtf8
            : ErrorCode::MalformedJson;
        return makeError(
            code, parseError.errorString() + u" at offset "_s + QString::number(parseError.offset));
    }
    if (!document.isObject())
        return makeError(ErrorCode::NotAnObject, u"the definitions are a JSON object"_s);
    return fromJson(document.object());
}

} // namespace Guichet
