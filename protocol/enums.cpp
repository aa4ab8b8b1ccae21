#include "enums.h"

#include <QLatin1StringView>

namespace Guichet {

namespace {

template<typename E>
struct Name
{
    E value;
    const char *name;
};

constexpr Name<Channel> kChannels[] = { { Channel::WebChat, "webchat" },
                                        { Channel::WebForm, "webform" },
                                        { Channel::Messenger, "messenger" },
                                        { Channel::Twitter, "twitter" } };
constexpr Name<Language> kLanguages[] = { { Language::Fr, "fr" },
                                          { Language::En, "en" },
                                          { Language::De, "de" },
                                          { Language::It, "it" },
                                          { Language::Es, "es" } };
constexpr Name<Role> kRoles[] = { { Role::Gendarme, "gendarme" },
                                  { Role::Reservist, "reservist" },
                                  { Role::Supervisor, "supervisor" } };
constexpr Name<Presence> kPresences[] = { { Presence::Available, "available" },
                                          { Presence::Away, "away" },
                                          { Presence::Busy, "busy" },
                                          { Presence::Offline, "offline" } };
constexpr Name<ConversationState> kStates[] = { { ConversationState::Queued, "queued" },
                                                { ConversationState::Claimed, "claimed" },
                                                { ConversationState::Closed, "closed" } };
constexpr Name<SlaState> kSlaStates[] = { { SlaState::OnTime, "on_time" },
                                          { SlaState::AtRisk, "at_risk" },
                                          { SlaState::Breached, "breached" } };
constexpr Name<Outcome> kOutcomes[] = { { Outcome::Answered, "answered" },
                                        { Outcome::Pharos, "pharos" },
                                        { Outcome::Perceval, "perceval" },
                                        { Outcome::These, "these" },
                                        { Outcome::PlainteEnLigne, "plainte_en_ligne" },
                                        { Outcome::Brigade, "brigade" },
                                        { Outcome::Emergency, "emergency" },
                                        { Outcome::Spam, "spam" },
                                        { Outcome::Duplicate, "duplicate" } };
constexpr Name<RedirectTarget> kTargets[] = { { RedirectTarget::Pharos, "pharos" },
                                              { RedirectTarget::Perceval, "perceval" },
                                              { RedirectTarget::These, "these" },
                                              { RedirectTarget::PlainteEnLigne,
                                                "plainte_en_ligne" },
                                              { RedirectTarget::Brigade, "brigade" } };
constexpr Name<Author> kAuthors[] = { { Author::Citizen, "citizen" },
                                      { Author::Agent, "agent" },
                                      { Author::System, "system" } };
constexpr Name<DeliveryState> kDeliveries[] = { { DeliveryState::Pending, "pending" },
                                                { DeliveryState::Sent, "sent" },
                                                { DeliveryState::Delivered, "delivered" },
                                                { DeliveryState::Read, "read" },
                                                { DeliveryState::Failed, "failed" } };
constexpr Name<EventKind> kEventKinds[] = {
    { EventKind::ConversationOpened, "conversation.opened" },
    { EventKind::ConversationUpdated, "conversation.updated" },
    { EventKind::MessageAdded, "message.added" },
    { EventKind::MessageDelivery, "message.delivery" },
    { EventKind::ConversationClaimed, "conversation.claimed" },
    { EventKind::ConversationReleased, "conversation.released" },
    { EventKind::ConversationClosed, "conversation.closed" },
    { EventKind::ConversationRedirected, "conversation.redirected" },
    { EventKind::SlaChanged, "sla.changed" },
    { EventKind::SurveyAnswered, "survey.answered" },
    { EventKind::FaqUpdated, "faq.updated" },
    { EventKind::FaqRemoved, "faq.removed" },
    { EventKind::RedirectsUpdated, "redirects.updated" },
    { EventKind::AgentUpdated, "agent.updated" },
    { EventKind::SupervisorAction, "supervisor.action" },
};
constexpr Name<CommandOp> kOps[] = { { CommandOp::Reply, "reply" },
                                     { CommandOp::Release, "release" },
                                     { CommandOp::Transfer, "transfer" },
                                     { CommandOp::Close, "close" },
                                     { CommandOp::Redirect, "redirect" },
                                     { CommandOp::SetLanguage, "set_language" },
                                     { CommandOp::SetFlags, "set_flags" },
                                     { CommandOp::Retry, "retry" },
                                     { CommandOp::SetPresence, "set_presence" },
                                     { CommandOp::RetireFaq, "retire_faq" },
                                     { CommandOp::Read, "read" },
                                     { CommandOp::Stats, "stats" },
                                     { CommandOp::Report, "report" },
                                     { CommandOp::Reassign, "reassign" },
                                     { CommandOp::DisableAgent, "disable_agent" },
                                     { CommandOp::EnableAgent, "enable_agent" },
                                     { CommandOp::OrderWipe, "order_wipe" },
                                     { CommandOp::ClearWipe, "clear_wipe" },
                                     { CommandOp::StartSurge, "start_surge" },
                                     { CommandOp::StopSurge, "stop_surge" },
                                     { CommandOp::EnrolmentCode, "enrolment_code" },
                                     { CommandOp::EditFaq, "edit_faq" },
                                     { CommandOp::SetRedirects, "set_redirects" } };
constexpr Name<ChatStatus> kChatStatuses[] = { { ChatStatus::Waiting, "waiting" },
                                               { ChatStatus::Answering, "answering" },
                                               { ChatStatus::Closed, "closed" } };

template<typename E, std::size_t N>
QString nameOf(const Name<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Name<E> (&table)[N], QStringView name)
{
    for (const auto &entry : table) {
        if (name == QLatin1StringView(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const Name<E> (&table)[N])
{
    QList<E> values;
    values.reserve(qsizetype(N));
    for (const auto &entry : table)
        values.append(entry.value);
    return values;
}

} // namespace

#define GUICHET_ENUM_NAMES(Type, table)                                                            \
    QString wireName(Type value)                                                                   \
    {                                                                                              \
        return nameOf(table, value);                                                               \
    }                                                                                              \
    template<>                                                                                     \
    std::optional<Type> fromWireName<Type>(QStringView name)                                       \
    {                                                                                              \
        return valueOf(table, name);                                                               \
    }                                                                                              \
    template<>                                                                                     \
    QList<Type> allValues<Type>()                                                                  \
    {                                                                                              \
        return valuesOf(table);                                                                    \
    }

GUICHET_ENUM_NAMES(Channel, kChannels)
GUICHET_ENUM_NAMES(Language, kLanguages)
GUICHET_ENUM_NAMES(Role, kRoles)
GUICHET_ENUM_NAMES(Presence, kPresences)
GUICHET_ENUM_NAMES(ConversationState, kStates)
GUICHET_ENUM_NAMES(SlaState, kSlaStates)
GUICHET_ENUM_NAMES(Outcome, kOutcomes)
GUICHET_ENUM_NAMES(RedirectTarget, kTargets)
GUICHET_ENUM_NAMES(Author, kAuthors)
GUICHET_ENUM_NAMES(DeliveryState, kDeliveries)
GUICHET_ENUM_NAMES(EventKind, kEventKinds)
GUICHET_ENUM_NAMES(CommandOp, kOps)
GUICHET_ENUM_NAMES(ChatStatus, kChatStatuses)

#undef GUICHET_ENUM_NAMES

Outcome outcomeFor(RedirectTarget target)
{
    switch (target) {
    case RedirectTarget::Pharos:
        return Outcome::Pharos;
    case RedirectTarget::Perceval:
        return Outcome::Perceval;
    case RedirectTarget::These:
        return Outcome::These;
    case RedirectTarget::PlainteEnLigne:
        return Outcome::PlainteEnLigne;
    case RedirectTarget::Brigade:
        return Outcome::Brigade;
    }
    return Outcome::Answered;
}

std::optional<RedirectTarget> parseRedirectTarget(QStringView text)
{
    // Fold case, accents and separators so "Pré-plainte", "plainte en ligne"
    // and "plainte_en_ligne" all land on the same target.
    QString folded;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'-' || c == u' ' || c == u'_')
            continue;
        folded.append(c.toLower());
    }
    if (folded == u"pharos")
        return RedirectTarget::Pharos;
    if (folded == u"perceval")
        return RedirectTarget::Perceval;
    if (folded == u"these" || folded == u"thesee")
        return RedirectTarget::These;
    if (folded == u"plainteenligne" || folded == u"preplainte" || folded == u"preplainteenligne")
        return RedirectTarget::PlainteEnLigne;
    if (folded == u"brigade")
        return RedirectTarget::Brigade;
    return std::nullopt;
}

} // namespace Guichet
