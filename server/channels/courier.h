#pragma once

#include "server/storage/records.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Guichet::Server::Channels {

//! What the send queue hands a platform: one message for one citizen.
struct Outgoing
{
    enum class Kind { Reply, Notice, Survey };
    QString messageId;
    ConversationRecord conversation;
    QString text;
    Kind kind = Kind::Reply;
    qint64 now = 0;
};

//! What came of a send.
struct Delivery
{
    bool ok = false;
    bool retry = false; //!< the platform was down or busy: try again later
    QString externalId; //!< the platform's id of the sent message
    QString reason; //!< for people (the agent sees it), never a secret
    //! With retry: not before this time (ms since the epoch), as the platform
    //! said (X's x-rate-limit-reset); 0: the queue's own backoff.
    qint64 retryAt = 0;
};

//! Carries messages to one platform (Messenger Send API, X API, the web form's
//! follow-up page). Asynchronous: @p done is called once, later.
class Courier
{
public:
    virtual ~Courier() = default;
    virtual void send(const Outgoing &message, std::function<void(const Delivery &)> done) = 0;
};

QString kindName(Outgoing::Kind kind);
Outgoing::Kind kindFromName(const QString &name);

} // namespace Guichet::Server::Channels
