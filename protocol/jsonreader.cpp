#include "jsonreader_p.h"
#include "limits.h"
#include "validation.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Guichet::Protocol::Internal {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{ }

QString JsonReader::path(QLatin1StringView key) const
{
    if (key.isEmpty())
        return m_path;
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

void JsonReader::fail(ErrorCode code, const QString &message, QLatin1StringView key)
{
    if (!ok())
        return;
    m_error = Error { code, message, path(key) };
    m_failed = true;
}

void JsonReader::adopt(const JsonReader &nested)
{
    if (!nested.ok())
        adopt(nested.error());
}

void JsonReader::adopt(const Error &error)
{
    if (!ok())
        return;
    m_error = error;
    m_failed = true;
}

bool JsonReader::has(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QJsonValue JsonReader::fetch(QLatin1StringView key, QJsonValue::Type type, Need need)
{
    if (!ok())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue value = m_object.value(key);
    // An absent field and an explicit null mean the same: "not given".
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            fail(ErrorCode::MissingField, u"required"_s, key);
        return QJsonValue(QJsonValue::Undefined);
    }
    if (value.type() != type) {
        fail(ErrorCode::WrongType,
             u"expected "_s + typeName(type) + u", got "_s + typeName(value.type()), key);
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

QString JsonReader::text(QLatin1StringView key, int maxChars, Need need, bool multiline,
                         bool allowEmpty)
{
    const QJsonValue value = fetch(key, QJsonValue::String, need);
    if (value.isUndefined())
        return {};
    QString result = value.toString();
    if (!allowEmpty && result.trimmed().isEmpty()) {
        fail(ErrorCode::InvalidValue, u"empty"_s, key);
        return {};
    }
    if (const auto checked = checkText(result, maxChars, multiline, path(key)); !checked) {
        adopt(checked.error());
        return {};
    }
    return result;
}

qint64 JsonReader::integer(QLatin1StringView key, qint64 min, qint64 max, Need need,
                           qint64 fallback)
{
    const QJsonValue value = fetch(key, QJsonValue::Double, need);
    if (value.isUndefined())
        return fallback;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d) {
        fail(ErrorCode::WrongType, u"expected an integer"_s, key);
        return fallback;
    }
    if (d < double(min) || d > double(max)) {
        fail(ErrorCode::InvalidValue, u"out of range [%1, %2]"_s.arg(min).arg(max), key);
        return fallback;
    }
    return qint64(d);
}

qint64 JsonReader::id(QLatin1StringView key, Need need)
{
    return integer(key, 1, kMaxId, need, 0);
}

bool JsonReader::boolean(QLatin1StringView key, Need need, bool fallback)
{
    const QJsonValue value = fetch(key, QJsonValue::Bool, need);
    return value.isUndefined() ? fallback : value.toBool();
}

namespace {

template<typename Check>
QString checkedString(JsonReader &reader, QLatin1StringView key, Need need, int maxChars,
                      Check check, const QString &what)
{
    const QString value = reader.text(key, maxChars, need);
    if (!value.isEmpty() && !check(value)) {
        reader.fail(ErrorCode::InvalidValue, u"not a valid "_s + what, key);
        return {};
    }
    return value;
}

} // namespace

QString JsonReader::uuid(QLatin1StringView key, Need need)
{
    return checkedString(*this, key, need, 64, isValidUuid, u"UUID"_s);
}

QString JsonReader::login(QLatin1StringView key, Need need)
{
    return checkedString(*this, key, need, 64, isValidLogin, u"login"_s);
}

QString JsonReader::token(QLatin1StringView key, Need need)
{
    return checkedString(*this, key, need, kMaxTokenChars + 1, isValidToken, u"token"_s);
}

QString JsonReader::slug(QLatin1StringView key, Need need)
{
    return checkedString(*this, key, need, 65, isValidSlug, u"identifier"_s);
}

QString JsonReader::url(QLatin1StringView key, Need need)
{
    return checkedString(*this, key, need, kMaxUrlChars + 1, isValidHttpUrl, u"http(s) URL"_s);
}

QJsonObject JsonReader::object(QLatin1StringView key, Need need)
{
    return fetch(key, QJsonValue::Object, need).toObject();
}

QJsonArray JsonReader::array(QLatin1StringView key, qsizetype maxItems, Need need)
{
    const QJsonValue value = fetch(key, QJsonValue::Array, need);
    QJsonArray result = value.toArray();
    if (result.size() > maxItems) {
        fail(ErrorCode::InvalidValue, u"more than %1 items"_s.arg(maxItems), key);
        return {};
    }
    return result;
}

JsonReader JsonReader::nested(QLatin1StringView key, Need need)
{
    return JsonReader(object(key, need), path(key));
}

} // namespace Guichet::Protocol::Internal
