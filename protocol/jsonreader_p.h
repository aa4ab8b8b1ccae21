#pragma once

#include "enums.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Guichet::Protocol::Internal {

enum class Need { Required, Optional };

//! Reads typed fields out of a JSON object and remembers the first error, with
//! the dotted path of the field. After an error every read returns a default,
//! so a decoder reads all its fields and checks ok() once at the end.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString path = {});

    bool ok() const { return !m_failed; }
    const Error &error() const { return m_error; }
    void fail(ErrorCode code, const QString &message, QLatin1StringView key = {});
    //! Adopt a nested reader's error, if any.
    void adopt(const JsonReader &nested);
    //! Adopt an error found by another validator (its field path is kept).
    void adopt(const Error &error);

    bool has(QLatin1StringView key) const;
    QString path(QLatin1StringView key) const;

    QString text(QLatin1StringView key, int maxChars, Need need = Need::Required,
                 bool multiline = false, bool allowEmpty = false);
    //! A positive id that fits a double exactly (1 .. kMaxId).
    qint64 id(QLatin1StringView key, Need need = Need::Required);
    //! An integer in [min, max].
    qint64 integer(QLatin1StringView key, qint64 min, qint64 max, Need need = Need::Required,
                   qint64 fallback = 0);
    bool boolean(QLatin1StringView key, Need need = Need::Required, bool fallback = false);
    QString uuid(QLatin1StringView key, Need need = Need::Required);
    QString login(QLatin1StringView key, Need need = Need::Required);
    QString token(QLatin1StringView key, Need need = Need::Required);
    QString slug(QLatin1StringView key, Need need = Need::Required);
    QString url(QLatin1StringView key, Need need = Need::Required);
    QJsonObject object(QLatin1StringView key, Need need = Need::Required);
    QJsonArray array(QLatin1StringView key, qsizetype maxItems, Need need = Need::Required);

    template<typename E>
    E enumValue(QLatin1StringView key, Need need = Need::Required, E fallback = E {})
    {
        const QJsonValue value = fetch(key, QJsonValue::String, need);
        if (value.isUndefined())
            return fallback;
        if (const auto parsed = fromWireName<E>(value.toString()))
            return *parsed;
        fail(ErrorCode::InvalidValue, u"unknown value \"" + value.toString().left(32) + u'"', key);
        return fallback;
    }

    //! A reader over a nested object (its errors carry the nested path).
    JsonReader nested(QLatin1StringView key, Need need = Need::Required);

private:
    //! The value at @p key if present with @p type; undefined otherwise (and an
    //! error recorded when required or present with the wrong type).
    QJsonValue fetch(QLatin1StringView key, QJsonValue::Type type, Need need);

    QJsonObject m_object;
    QString m_path;
    Error m_error;
    bool m_failed = false;
};

} // namespace Guichet::Protocol::Internal
