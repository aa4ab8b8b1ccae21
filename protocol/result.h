#pragma once

#include "errorcode.h"

#include <QString>

#include <utility>
#include <variant>

namespace Guichet {

//! An error as it crosses a layer: a stable code, a message for people and, for
//! validation errors, the path of the offending field ("data.text").
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;

    //! "field: message" when a field is known, else the message alone.
    QString toString() const;
};

//! The outcome of a synchronous call: a value or an Error. No exceptions cross
//! layers; callers test with `if (!result)` and read `result.error()`.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_value(std::move(error))
    { }

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_value); }
    const T &value() const & { return std::get<0>(m_value); }
    T &&value() && { return std::get<0>(std::move(m_value)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, Error> m_value;
};

//! Result of an operation that returns nothing but can fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error { code, std::move(message), std::move(field) };
}

} // namespace Guichet
