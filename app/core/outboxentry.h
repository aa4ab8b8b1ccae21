#pragma once

#include "protocol/errorcode.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Guichet {

//! A command waiting in the encrypted outbox until the server acknowledges it.
struct OutboxEntry
{
    enum class State { Pending, Refused };

    QString id; //!< the command's client UUID
    qint64 position = 0; //!< sending order
    QByteArray frame; //!< the encoded frame, sent as is (and resent as is)
    qint64 conversation = 0;
    qint64 createdAt = 0;
    int attempts = 0;
    State state = State::Pending;
    std::optional<ErrorCode> errorCode; //!< why the server refused it
    QString errorMessage;

    bool operator==(const OutboxEntry &) const = default;
};

} // namespace Guichet
