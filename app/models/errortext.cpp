#include "errortext.h"

namespace Guichet {

QString ErrorText::describe(ErrorCode code, const QString &serverMessage)
{
    switch (code) {
    case ErrorCode::TextTooLong:
        return tr("The text is too long for this channel.");
    case ErrorCode::Unauthorized:
    case ErrorCode::TokenExpired:
        return tr("Your session has ended: log in again.");
    case ErrorCode::LoginFailed:
        return tr("The server refused the login.");
    case ErrorCode::AccountDisabled:
        return tr("Your account is disabled.");
    case ErrorCode::Forbidden:
        return tr("Your account is not allowed to do this.");
    case ErrorCode::RateLimited:
        return tr("Too many replies: wait for the citizen to write again (X allows a few "
                  "replies per message), or slow down.");
    case ErrorCode::NotFound:
        return tr("The server does not know this conversation, message or agent.");
    case ErrorCode::ClaimLost:
        return tr("Another agent took this conversation first.");
    case ErrorCode::NotOwner:
        return tr("You no longer hold this conversation.");
    case ErrorCode::ConversationClosed:
        return tr("The conversation is closed.");
    case ErrorCode::CapacityFull:
        return tr("That agent already holds as many conversations as allowed.");
    case ErrorCode::InvalidState:
        return tr("Not possible in the conversation's present state.");
    case ErrorCode::WindowClosed:
        return tr("The platform no longer accepts a reply to this citizen: its reply window "
                  "is closed.");
    case ErrorCode::DeliveryFailed:
        return tr("The platform did not deliver the message.");
    case ErrorCode::QueueEmpty:
        return tr("Nobody is waiting: the queue is empty.");
    case ErrorCode::ConsentRequired:
        return tr("The citizen's consent is not recorded: ask them first, then record their "
                  "answer.");
    case ErrorCode::StorageFull:
    case ErrorCode::StorageError:
        return tr("The server could not store it (storage problem).");
    case ErrorCode::Internal:
        return tr("The server met an internal error.");
    case ErrorCode::Unavailable:
    case ErrorCode::Timeout:
        return tr("The server is not available.");
    case ErrorCode::MissingField:
    case ErrorCode::WrongType:
    case ErrorCode::InvalidValue:
    case ErrorCode::InvalidUtf8:
    case ErrorCode::MalformedJson:
    case ErrorCode::NotAnObject:
    case ErrorCode::FrameTooLarge:
    case ErrorCode::UnknownType:
    case ErrorCode::UnsupportedVersion:
        return serverMessage.isEmpty()
            ? tr("The server did not accept the request.")
            : tr("The server did not accept the request (%1).").arg(serverMessage);
    case ErrorCode::WrongKey:
    case ErrorCode::KeyUnavailable:
    case ErrorCode::StorageCorrupt:
    case ErrorCode::MigrationFailed:
        break;
    }
    return serverMessage.isEmpty() ? tr("Refused by the server.") : serverMessage;
}

} // namespace Guichet
