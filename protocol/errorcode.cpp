#include "errorcode.h"

#include "result.h"

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

struct Entry
{
    ErrorCode code;
    const char *name;
};

constexpr Entry kNames[] = {
    { ErrorCode::MalformedJson, "malformed_json" },
    { ErrorCode::NotAnObject, "not_an_object" },
    { ErrorCode::FrameTooLarge, "frame_too_large" },
    { ErrorCode::UnknownType, "unknown_type" },
    { ErrorCode::MissingField, "missing_field" },
    { ErrorCode::WrongType, "wrong_type" },
    { ErrorCode::InvalidValue, "invalid_value" },
    { ErrorCode::InvalidUtf8, "invalid_utf8" },
    { ErrorCode::TextTooLong, "text_too_long" },
    { ErrorCode::UnsupportedVersion, "unsupported_version" },
    { ErrorCode::Unauthorized, "unauthorized" },
    { ErrorCode::LoginFailed, "login_failed" },
    { ErrorCode::TokenExpired, "token_expired" },
    { ErrorCode::AccountDisabled, "account_disabled" },
    { ErrorCode::Forbidden, "forbidden" },
    { ErrorCode::RateLimited, "rate_limited" },
    { ErrorCode::NotFound, "not_found" },
    { ErrorCode::ClaimLost, "claim_lost" },
    { ErrorCode::NotOwner, "not_owner" },
    { ErrorCode::ConversationClosed, "conversation_closed" },
    { ErrorCode::CapacityFull, "capacity_full" },
    { ErrorCode::InvalidState, "invalid_state" },
    { ErrorCode::WindowClosed, "window_closed" },
    { ErrorCode::DeliveryFailed, "delivery_failed" },
    { ErrorCode::QueueEmpty, "queue_empty" },
    { ErrorCode::ConsentRequired, "consent_required" },
    { ErrorCode::WrongKey, "wrong_key" },
    { ErrorCode::KeyUnavailable, "key_unavailable" },
    { ErrorCode::StorageFull, "storage_full" },
    { ErrorCode::StorageCorrupt, "storage_corrupt" },
    { ErrorCode::StorageError, "storage_error" },
    { ErrorCode::MigrationFailed, "migration_failed" },
    { ErrorCode::Internal, "internal" },
    { ErrorCode::Unavailable, "unavailable" },
    { ErrorCode::Timeout, "timeout" },
};

} // namespace

bool isTransient(ErrorCode code)
{
    switch (code) {
    case ErrorCode::StorageFull:
    case ErrorCode::StorageError:
    case ErrorCode::Internal:
    case ErrorCode::Unavailable:
    case ErrorCode::Timeout:
        return true;
    default:
        return false;
    }
}

QString errorCodeName(ErrorCode code)
{
    for (const auto &entry : kNames) {
        if (entry.code == code)
            return QString::fromLatin1(entry.name);
    }
    return u"internal"_s;
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const auto &entry : kNames) {
        if (name == QLatin1StringView(entry.name))
            return entry.code;
    }
    return std::nullopt;
}

QString Error::toString() const
{
    return field.isEmpty() ? message : field + u": "_s + message;
}

} // namespace Guichet
