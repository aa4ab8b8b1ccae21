#pragma once

#include <QString>

#include <optional>

namespace Guichet {

//! Error codes shared by the wire protocol, the store and the client. Their
//! string names (errorCodeName) are part of the protocol: never renumber, never
//! rename; add at the end of a group.
enum class ErrorCode : int {
    // Frame and validation errors (the decoder)
    MalformedJson = 1,
    NotAnObject,
    FrameTooLarge,
    UnknownType,
    MissingField,
    WrongType,
    InvalidValue,
    InvalidUtf8,
    TextTooLong,
    UnsupportedVersion,

    // Access
    Unauthorized = 20,
    LoginFailed,
    TokenExpired,
    AccountDisabled,
    Forbidden,
    RateLimited,

    // Domain
    NotFound = 40,
    ClaimLost,
    NotOwner,
    ConversationClosed,
    CapacityFull,
    InvalidState,
    WindowClosed,
    DeliveryFailed,
    QueueEmpty,
    //! A redirection to the local brigade without the citizen's recorded consent.
    ConsentRequired,

    // Local store
    WrongKey = 60,
    KeyUnavailable,
    StorageFull,
    StorageCorrupt,
    StorageError,
    MigrationFailed,

    // Anything else
    Internal = 90,
    Unavailable,
    Timeout,
};

//! Whether @p code says "not now" rather than "no": the server could not decide
//! (its storage failed or is full, it is unavailable, an internal error, a
//! timeout). rate_limited is not one: answering a command, it is X's cap of
//! replies per citizen message, a decision the agent must see. A command answered so is not a
//! refusal: the client keeps it and sends it again later with the same id (the server applies each
//! id once). Every other code is a decision, and a repeat gets the same answer.
bool isTransient(ErrorCode code);

//! The stable wire name of a code, e.g. "claim_lost".
QString errorCodeName(ErrorCode code);
//! The code of a wire name, if known.
std::optional<ErrorCode> errorCodeFromName(QStringView name);

} // namespace Guichet
