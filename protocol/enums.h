#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Guichet {

//! Where a citizen wrote from.
enum class Channel { WebChat, WebForm, Messenger, Twitter };
//! The five languages the BNum answers in.
enum class Language { Fr, En, De, It, Es };
enum class Role { Gendarme, Reservist, Supervisor };
enum class Presence { Available, Away, Busy, Offline };
//! Life of a conversation on the server.
enum class ConversationState { Queued, Claimed, Closed };
//! Service-level state, computed by the server from the conversation's deadline.
enum class SlaState { OnTime, AtRisk, Breached };
//! How a conversation ended.
enum class Outcome {
    Answered,
    Pharos,
    Perceval,
    These,
    PlainteEnLigne,
    Brigade,
    Emergency, //!< referred to 17 / 112 / 114
    Spam,
    Duplicate,
};
//! Official services an agent redirects a citizen to.
enum class RedirectTarget { Pharos, Perceval, These, PlainteEnLigne, Brigade };
enum class Author { Citizen, Agent, System };
enum class DeliveryState { Pending, Sent, Delivered, Read, Failed };

//! Every change on the server is an event of one of these kinds.
enum class EventKind {
    ConversationOpened,
    ConversationUpdated,
    MessageAdded,
    MessageDelivery,
    ConversationClaimed,
    ConversationReleased,
    ConversationClosed,
    ConversationRedirected,
    SlaChanged,
    SurveyAnswered,
    FaqUpdated,
    FaqRemoved,
    RedirectsUpdated,
    //! An agent's presence or load changed: the roster (protocol 2).
    AgentUpdated,
    //! A supervisor's action (who, what, why), for supervisors (protocol 3).
    SupervisorAction,
};

//! Commands an agent sends (claims have their own frame).
enum class CommandOp {
    Reply,
    Release,
    Transfer,
    Close,
    Redirect,
    SetLanguage,
    SetFlags,
    Retry,
    SetPresence,
    RetireFaq, //!< supervisors: take a knowledge-base entry out of every workstation
    //! Open a conversation's history (audited; the holder or a supervisor).
    Read,
    //! Supervisors: the live figures (docs/supervision.md). Not stored, not queued.
    Stats,
    //! Supervisors: one page of the per-conversation report (audited as an export).
    Report,
    // Supervisors' actions (protocol 3, docs/supervision.md); each carries a reason.
    Reassign, //!< a conversation to another agent, or back to the queue
    DisableAgent,
    EnableAgent,
    OrderWipe, //!< a remote wipe of an agent's workstation cache
    ClearWipe,
    StartSurge,
    StopSurge,
    //! A one-time code for a reservist's enrolment. Not stored, not queued: the
    //! answer holds the only copy of the code.
    EnrolmentCode,
    EditFaq, //!< add or edit one knowledge-base entry
    SetRedirects, //!< replace the redirect definitions
};

//! Citizen-side status of a chat.
enum class ChatStatus { Waiting, Answering, Closed };

// Stable wire names ("webchat", "plainte_en_ligne", "message.added"...). The
// overloads below are the only place these strings are spelled.
QString wireName(Channel value);
QString wireName(Language value);
QString wireName(Role value);
QString wireName(Presence value);
QString wireName(ConversationState value);
QString wireName(SlaState value);
QString wireName(Outcome value);
QString wireName(RedirectTarget value);
QString wireName(Author value);
QString wireName(DeliveryState value);
QString wireName(EventKind value);
QString wireName(CommandOp value);
QString wireName(ChatStatus value);

//! Parse a wire name; std::nullopt when the name is unknown.
template<typename E>
std::optional<E> fromWireName(QStringView name);

//! All values of an enum, in declaration order.
template<typename E>
QList<E> allValues();

//! The outcome that records a redirection.
Outcome outcomeFor(RedirectTarget target);

//! Accepts the canonical names plus the aliases agents type: "plainte-en-ligne",
//! "pre-plainte", "pré-plainte", "these", "thésée".
std::optional<RedirectTarget> parseRedirectTarget(QStringView text);

} // namespace Guichet
