#pragma once

#include "enums.h"
#include "limits.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

//! Wire types of the agent protocol and of the citizen chat. Every frame is one
//! JSON object with a "type" member; codec.h turns frames into bytes and back.
//! docs/protocol.md describes each frame and the rules around it.
namespace Guichet::Protocol {

// ---- Frames shared by both protocols ---------------------------------------

//! First frame in each direction: the protocol version spoken and the software.
struct Hello
{
    int protocol = kVersion;
    QString software;
    bool operator==(const Hello &) const = default;
};

//! Answer to a command or a claim, echoing its client UUID. A repeated UUID is
//! answered with the first result.
struct Ack
{
    QString id; //!< the command's client UUID
    bool ok = true;
    QJsonObject result; //!< when ok
    ErrorCode code = ErrorCode::Internal; //!< when not ok
    QString message; //!< when not ok
    bool operator==(const Ack &) const = default;
};

//! A protocol-level error: a frame that could not be decoded or was refused.
struct ErrorFrame
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field; //!< offending field, when known
    bool fatal = false; //!< the sender closes the connection after this frame
    bool operator==(const ErrorFrame &) const = default;
};

//! Typing indicator for chats; conversation is 0 on the citizen side.
struct Typing
{
    qint64 conversation = 0;
    bool active = true;
    bool operator==(const Typing &) const = default;
};

struct Ping
{
    qint64 nonce = 0;
    bool operator==(const Ping &) const = default;
};

struct Pong
{
    qint64 nonce = 0;
    bool operator==(const Pong &) const = default;
};

// ---- Agent protocol ------------------------------------------------------------

//! Log in with a password or resume with a token (exactly one of them). With an
//! enrolment code (protocol 3), the password login first creates the reservist
//! account @p login with that password (docs/supervision.md, "Enrolment").
struct Login
{
    QString login;
    QString password;
    QString token;
    // Initialised so that older three-field initialisers stay warning-free.
    QString enrolment {}; //!< a supervisor's enrolment code, with a password only
    QString name {}; //!< the new account's display name, with an enrolment code only
    bool operator==(const Login &) const = default;
};

struct AgentInfo
{
    qint64 id = 0;
    QString login;
    QString name;
    Role role = Role::Gendarme;
    QString team;
    QList<Language> languages;
    int capacity = 10;
    bool operator==(const AgentInfo &) const = default;
};

//! The platforms' reply rules as this server is configured to apply them, so
//! the composer warns with the server's numbers (defaults: the platforms' own).
struct ChannelRules
{
    qint64 messengerWindowMs = 24ll * 3600 * 1000; //!< standard messaging
    bool messengerHumanAgentTag = true; //!< past it, the HUMAN_AGENT tag (Meta's permission)
    qint64 messengerHumanAgentWindowMs = 7ll * 24 * 3600 * 1000;
    qint64 xWindowMs = 24ll * 3600 * 1000;
    int xRepliesPerMessage = 5;
    bool operator==(const ChannelRules &) const = default;
};

//! Successful login: who the agent is, a token for the next logins, the head of
//! the event log at that moment, and the server's channel rules (protocol 2).
struct Welcome
{
    AgentInfo agent;
    QString token;
    qint64 expiresAt = 0; //!< ms since epoch
    qint64 head = 0;
    std::optional<ChannelRules> channels;
    bool operator==(const Welcome &) const = default;
};

//! "Send me every event after this sequence number", in batches of limit.
struct Sync
{
    qint64 after = 0;
    int limit = kDefaultSyncBatch;
    bool operator==(const Sync &) const = default;
};

//! End of a sync batch: last is the sequence number of the batch's last event,
//! more says whether another batch follows. Live events follow when !more.
struct Synced
{
    qint64 head = 0;
    qint64 last = 0;
    bool more = false;
    bool operator==(const Synced &) const = default;
};

//! One entry of the server's event log. data is validated per kind by the
//! decoder (see docs/protocol.md for each kind's fields).
struct Event
{
    qint64 seq = 0;
    EventKind kind = EventKind::MessageAdded;
    qint64 at = 0; //!< ms since epoch
    qint64 conversation = 0; //!< 0 for events not tied to a conversation
    QJsonObject data;
    bool operator==(const Event &) const = default;
};

//! A client command, applied once per client UUID.
struct Command
{
    QString id; //!< client-generated UUID
    CommandOp op = CommandOp::Reply;
    qint64 conversation = 0; //!< 0 only for set_presence
    QJsonObject args; //!< validated per op by the decoder
    bool operator==(const Command &) const = default;
};

//! Claim a conversation, or the next one in the queue when conversation is 0.
struct Claim
{
    QString id; //!< client-generated UUID
    qint64 conversation = 0;
    bool operator==(const Claim &) const = default;
};

//! Remote wipe ordered by a supervisor: destroy the cache and its key.
struct Wipe
{
    QString reason;
    bool operator==(const Wipe &) const = default;
};

using AgentFrame = std::variant<Hello, Login, Welcome, Sync, Synced, Event, Command, Claim, Ack,
                                ErrorFrame, Typing, Ping, Pong, Wipe>;

// ---- Citizen chat ----------------------------------------------------------------

//! A citizen opens or resumes a chat (session token from an earlier welcome,
//! after = last message sequence number seen).
struct CitizenHello
{
    int protocol = kVersion;
    Language lang = Language::Fr;
    QString session;
    qint64 after = 0;
    QString name;
    bool operator==(const CitizenHello &) const = default;
};

struct CitizenWelcome
{
    QString session;
    QString reference;
    Language lang = Language::Fr;
    ChatStatus status = ChatStatus::Waiting;
    //! The conversation is flagged as an emergency: the page shows the 17 / 112 / 114 notice.
    bool emergency = false;
    bool operator==(const CitizenWelcome &) const = default;
};

//! The citizen writes; id is generated in the browser so a resend is recognised.
struct CitizenSay
{
    QString id;
    QString text;
    bool operator==(const CitizenSay &) const = default;
};

//! A message shown to the citizen (theirs, an agent's, or a system notice).
struct CitizenMessage
{
    qint64 seq = 0;
    QString id;
    Author author = Author::Agent;
    QString authorName;
    QString text;
    qint64 at = 0;
    bool operator==(const CitizenMessage &) const = default;
};

struct CitizenStatus
{
    ChatStatus status = ChatStatus::Waiting;
    QString agentName;
    //! The conversation is flagged as an emergency (triage or an agent).
    bool emergency = false;
    bool operator==(const CitizenStatus &) const = default;
};

//! The citizen is invited to rate the help.
struct SurveyRequest
{
    bool operator==(const SurveyRequest &) const = default;
};

struct SurveyAnswer
{
    QString id;
    int rating = 5; //!< 1 to 5
    QString comment;
    bool operator==(const SurveyAnswer &) const = default;
};

using CitizenFrame =
    std::variant<CitizenHello, CitizenWelcome, CitizenSay, CitizenMessage, Typing, CitizenStatus,
                 SurveyRequest, SurveyAnswer, Ack, ErrorFrame, Ping, Pong>;

} // namespace Guichet::Protocol
