#pragma once

// Shared by the tests: lets QCOMPARE print Guichet's enums by their wire names.

#include "protocol/enums.h"
#include "protocol/errorcode.h"

#include <QtTest/qtestcase.h>

#include <optional>
#include <type_traits>

namespace Guichet {

template<typename E>
requires std::is_enum_v<E> &&(std::is_same_v<E, ErrorCode> || requires(E e) {
    wireName(e);
}) char *toString(const E &value)
{
    if constexpr (std::is_same_v<E, ErrorCode>)
        return qstrdup(qPrintable(errorCodeName(value)));
    else
        return qstrdup(qPrintable(wireName(value)));
}

template<typename E>
requires std::is_enum_v<E> &&(std::is_same_v<E, ErrorCode> || requires(E e) {
    wireName(e);
}) char *toString(const std::optional<E> &value)
{
    return value ? toString(*value) : qstrdup("nullopt");
}

} // namespace Guichet
