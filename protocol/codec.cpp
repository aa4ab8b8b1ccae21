#include "codec.h"

#include "jsonreader_p.h"
#include "redirectdefinitions.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Guichet::Protocol {

using Internal::JsonReader;
using Internal::Need;

namespace {

// Timestamps are ms since the epoch; the year 10000 is far enough.
constexpr qint64 kMaxTimestamp = 253402300800000;

constexpr QLatin1StringView operator""_l1(const char *text, std::size_t size)
{
    return QLatin1StringView(text, qsizetype(size));
}

Result<void> finish(const JsonReader &reader)
{
    if (!reader.ok())
        return reader.error();
    return {};
}

// ---- Per-kind and per-op payloads ------------------------------------------

void readAttachments(JsonReader &reader)
{
    const QJsonArray attachments = reader.array("attachments"_l1, kMaxAttachments, Need::Optional);
    for (qsizetype i = 0; i < attachments.size() && reader.ok(); ++i) {
        const QString path = reader.path("attachments"_l1) + u'[' + QString::number(i) + u']';
        if (!attachments[i].isObject()) {
            reader.fail(ErrorCode::WrongType, u"expected an object"_s, "attachments"_l1);
            return;
        }
        JsonReader item(attachments[i].toObject(), path);
        item.url("url"_l1);
        item.text("name"_l1, kMaxNameChars, Need::Optional);
        item.text("type"_l1, 64, Need::Optional);
        reader.adopt(item);
    }
}

//! A triage assessment (server/triage, docs/triage.md): the evidence that
//! raised a flag, as the server recorded it.
void readTriage(JsonReader &reader)
{
    JsonReader triage = reader.nested("triage"_l1, Need::Optional);
    triage.boolean("emergency"_l1, Need::Optional);
    triage.boolean("sgbv"_l1, Need::Optional);
    triage.text("version"_l1, kMaxNameChars, Need::Optional);
    const QJsonArray evidence = triage.array("evidence"_l1, kMaxTriageEvidence, Need::Optional);
    for (qsizetype i = 0; i < evidence.size() && triage.ok(); ++i) {
        const QString path = triage.path("evidence"_l1) + u'[' + QString::number(i) + u']';
        if (!evidence[i].isObject()) {
            triage.fail(ErrorCode::WrongType, u"expected an object"_s, "evidence"_l1);
            break;
        }
        JsonReader item(evidence[i].toObject(), path);
        item.slug("kind"_l1);
        item.text("rule"_l1, kMaxNameChars, Need::Optional);
        item.text("excerpt"_l1, kMaxNameChars, Need::Optional, true, true);
        triage.adopt(item);
    }
    reader.adopt(triage);
}

void readStringList(JsonReader &reader, QLatin1StringView key, qsizetype maxItems, int maxChars,
                    bool urls)
{
    const QJsonArray items = reader.array(key, maxItems, Need::Optional);
    for (qsizetype i = 0; i < items.size() && reader.ok(); ++i) {
        const QString text = items[i].toString();
        const bool valid = items[i].isString()
            && (urls ? isValidHttpUrl(text) : checkText(text, maxChars, false, {}).ok());
        if (!valid) {
            reader.fail(ErrorCode::InvalidValue,
                        u"item %1 is not a valid %2"_s.arg(i).arg(urls ? u"URL"_s : u"word"_s),
                        key);
        }
    }
}

void readFaqEntry(JsonReader &entry)
{
    entry.slug("id"_l1);
    entry.enumValue<Language>("lang"_l1);
    entry.text("question"_l1, kMaxShortTextChars);
    entry.text("answer"_l1, kMaxMessageChars, Need::Required, true);
    readStringList(entry, "keywords"_l1, 64, 100, false);
    readStringList(entry, "links"_l1, 16, kMaxUrlChars, true);
}

//! A supervisor's action says why: required, one line or a few.
void readReason(JsonReader &r)
{
    const QString reason = r.text("reason"_l1, kMaxShortTextChars, Need::Required, true);
    if (r.ok() && reason.trimmed().isEmpty())
        r.fail(ErrorCode::MissingField, u"say why"_s, "reason"_l1);
}

//! An optional array of wire names of @p E (at most one of each).
template<typename E>
void readEnumList(JsonReader &r, QLatin1StringView key)
{
    const QJsonArray items = r.array(key, allValues<E>().size(), Need::Optional);
    for (const QJsonValue &item : items) {
        if (!r.ok())
            return;
        if (!fromWireName<E>(item.toString()))
            r.fail(ErrorCode::InvalidValue, u"unknown value \""_s + item.toString().left(32) + u'"',
                   key);
    }
}

void readConversationFields(JsonReader &r, Need need)
{
    r.enumValue<Language>("lang"_l1, need);
    r.boolean("emergency"_l1, Need::Optional);
    r.boolean("sgbv"_l1, Need::Optional);
}

} // namespace

Result<void> validateEventData(EventKind kind, const QJsonObject &data)
{
    JsonReader r(data, u"data"_s);
    switch (kind) {
    case EventKind::ConversationOpened:
        r.enumValue<Channel>("channel"_l1);
        readConversationFields(r, Need::Required);
        r.text("citizen"_l1, kMaxNameChars);
        r.text("subject"_l1, kMaxNameChars, Need::Optional);
        r.slug("reference"_l1);
        r.integer("deadline"_l1, 0, kMaxTimestamp);
        r.slug("team"_l1, Need::Optional);
        r.enumValue<ConversationState>("state"_l1, Need::Optional);
        r.enumValue<SlaState>("sla"_l1, Need::Optional);
        readTriage(r);
        break;
    case EventKind::ConversationUpdated:
        readConversationFields(r, Need::Optional);
        r.slug("team"_l1, Need::Optional);
        r.login("agent"_l1, Need::Optional); // who changed it (set_flags, set_language)
        readTriage(r);
        break;
    case EventKind::MessageAdded: {
        r.uuid("message"_l1);
        const Author author = r.enumValue<Author>("author"_l1);
        r.text("text"_l1, kMaxMessageChars, Need::Optional, true, true);
        if (author == Author::Agent)
            r.login("agent"_l1);
        readAttachments(r);
        r.enumValue<DeliveryState>("delivery"_l1, Need::Optional);
        r.uuid("command"_l1, Need::Optional);
        if (r.ok() && data.value("text"_l1).toString().trimmed().isEmpty()
            && data.value("attachments"_l1).toArray().isEmpty()) {
            r.fail(ErrorCode::InvalidValue, u"a message needs text or an attachment"_s, "text"_l1);
        }
        break;
    }
    case EventKind::MessageDelivery:
        r.uuid("message"_l1);
        r.enumValue<DeliveryState>("delivery"_l1);
        r.text("reason"_l1, kMaxShortTextChars, Need::Optional);
        break;
    case EventKind::ConversationClaimed:
        r.login("agent"_l1);
        r.login("from"_l1, Need::Optional);
        r.slug("reason"_l1, Need::Optional); // "claimed", "assigned", "transfer"
        break;
    case EventKind::ConversationReleased:
        r.login("agent"_l1, Need::Optional);
        r.slug("reason"_l1, Need::Optional);
        break;
    case EventKind::ConversationClosed:
        r.enumValue<Outcome>("outcome"_l1);
        r.login("agent"_l1, Need::Optional);
        break;
    case EventKind::ConversationRedirected: {
        r.enumValue<RedirectTarget>("target"_l1);
        r.login("agent"_l1, Need::Optional);
        // The brigade's: the citizen's consent as the server checked it.
        JsonReader consent = r.nested("consent"_l1, Need::Optional);
        if (r.has("consent"_l1)) {
            consent.uuid("question"_l1);
            consent.text("text"_l1, kMaxMessageChars, Need::Required, true, true);
            consent.uuid("answer"_l1);
            consent.login("agent"_l1);
            consent.integer("at"_l1, 0, kMaxTimestamp);
        }
        r.adopt(consent);
        break;
    }
    case EventKind::SlaChanged:
        r.enumValue<SlaState>("sla"_l1);
        r.integer("deadline"_l1, 0, kMaxTimestamp, Need::Optional);
        break;
    case EventKind::SurveyAnswered:
        r.integer("rating"_l1, 1, 5);
        r.text("comment"_l1, kMaxCommentChars, Need::Optional, true);
        break;
    case EventKind::FaqUpdated: {
        JsonReader entry = r.nested("entry"_l1);
        readFaqEntry(entry);
        r.adopt(entry);
        r.integer("version"_l1, 0, kMaxId, Need::Optional);
        break;
    }
    case EventKind::FaqRemoved:
        r.slug("id"_l1);
        r.enumValue<Language>("lang"_l1);
        r.integer("version"_l1, 0, kMaxId, Need::Optional);
        break;
    case EventKind::RedirectsUpdated: {
        // The whole document, validated as the server validated it on import.
        const QJsonObject definitions = r.object("definitions"_l1);
        if (!r.ok())
            break;
        if (const auto parsed = RedirectDefinitions::fromJson(definitions); !parsed) {
            Error error = parsed.error();
            const QString prefix = r.path("definitions"_l1);
            error.field = error.field.isEmpty() ? prefix : prefix + u'.' + error.field;
            r.adopt(error);
        }
        break;
    }
    case EventKind::AgentUpdated:
        r.login("login"_l1);
        r.text("name"_l1, kMaxNameChars);
        r.enumValue<Role>("role"_l1);
        r.slug("team"_l1, Need::Optional);
        r.enumValue<Presence>("presence"_l1);
        r.integer("capacity"_l1, 0, 1000);
        r.integer("load"_l1, 0, kMaxId);
        r.boolean("disabled"_l1, Need::Optional); // absent: the account is enabled
        break;
    case EventKind::SupervisorAction:
        r.slug("action"_l1); // reassign, disable_agent, surge_on, enrolled…
        r.login("by"_l1, Need::Optional); // absent: the admin command or the server
        r.text("reason"_l1, kMaxShortTextChars, Need::Optional, true);
        r.login("agent"_l1, Need::Optional); // whom it was about
        r.login("to"_l1, Need::Optional);
        r.login("from"_l1, Need::Optional);
        r.integer("conversation"_l1, 0, kMaxId, Need::Optional);
        break;
    }
    return finish(r);
}

bool isGlobalOp(CommandOp op)
{
    switch (op) {
    case CommandOp::SetPresence:
    case CommandOp::RetireFaq:
    case CommandOp::Stats:
    case CommandOp::Report:
    case CommandOp::DisableAgent:
    case CommandOp::EnableAgent:
    case CommandOp::OrderWipe:
    case CommandOp::ClearWipe:
    case CommandOp::StartSurge:
    case CommandOp::StopSurge:
    case CommandOp::EnrolmentCode:
    case CommandOp::EditFaq:
    case CommandOp::SetRedirects:
        return true;
    default:
        return false;
    }
}

Result<void> validateCommandArgs(CommandOp op, const QJsonObject &args)
{
    JsonReader r(args, u"args"_s);
    switch (op) {
    case CommandOp::Reply:
        r.uuid("message"_l1);
        r.text("text"_l1, kMaxMessageChars, Need::Required, true);
        break;
    case CommandOp::Release:
        break;
    case CommandOp::Transfer:
        r.login("to"_l1, Need::Optional); // absent: back to the queue
        r.text("note"_l1, kMaxShortTextChars, Need::Optional, true);
        break;
    case CommandOp::Close:
        r.enumValue<Outcome>("outcome"_l1);
        break;
    case CommandOp::Redirect:
        r.enumValue<RedirectTarget>("target"_l1);
        r.uuid("message"_l1, Need::Optional);
        r.text("text"_l1, kMaxMessageChars, Need::Optional, true);
        if (r.ok() && r.has("text"_l1) != r.has("message"_l1))
            r.fail(ErrorCode::MissingField, u"text and message go together"_s, "message"_l1);
        if (r.ok() && r.has("consent"_l1)) {
            // The agent's question (its text is the server's copy) and the citizen's answer.
            JsonReader consent = r.nested("consent"_l1);
            consent.uuid("question"_l1);
            consent.uuid("answer"_l1);
            r.adopt(consent);
        }
        break;
    case CommandOp::SetLanguage:
        r.enumValue<Language>("lang"_l1);
        break;
    case CommandOp::SetFlags:
        r.boolean("emergency"_l1, Need::Optional);
        r.boolean("sgbv"_l1, Need::Optional);
        if (r.ok() && !r.has("emergency"_l1) && !r.has("sgbv"_l1))
            r.fail(ErrorCode::MissingField, u"no flag given"_s);
        break;
    case CommandOp::Retry:
        r.uuid("message"_l1);
        break;
    case CommandOp::SetPresence:
        r.enumValue<Presence>("presence"_l1);
        break;
    case CommandOp::RetireFaq:
        r.slug("id"_l1);
        r.enumValue<Language>("lang"_l1, Need::Optional); // absent: every language
        r.text("reason"_l1, kMaxShortTextChars, Need::Optional, true);
        break;
    case CommandOp::Reassign:
        r.login("to"_l1, Need::Optional); // absent: back to the queue
        readReason(r);
        break;
    case CommandOp::DisableAgent:
    case CommandOp::EnableAgent:
    case CommandOp::OrderWipe:
    case CommandOp::ClearWipe:
        r.login("login"_l1);
        readReason(r);
        break;
    case CommandOp::StartSurge:
        readReason(r);
        readEnumList<Channel>(r, "channels"_l1);
        readEnumList<Language>(r, "languages"_l1);
        break;
    case CommandOp::StopSurge:
        readReason(r);
        break;
    case CommandOp::EnrolmentCode:
        r.text("reason"_l1, kMaxShortTextChars, Need::Optional, true);
        r.integer("validMinutes"_l1, 1, 24 * 60, Need::Optional); // default 120
        r.integer("accountHours"_l1, 1, 7 * 24, Need::Optional); // default 12
        r.slug("team"_l1, Need::Optional);
        readEnumList<Language>(r, "languages"_l1);
        break;
    case CommandOp::EditFaq: {
        JsonReader entry = r.nested("entry"_l1);
        readFaqEntry(entry);
        r.adopt(entry);
        r.text("reason"_l1, kMaxShortTextChars, Need::Optional, true);
        break;
    }
    case CommandOp::SetRedirects: {
        const QJsonObject definitions = r.object("definitions"_l1);
        if (r.ok()) {
            if (const auto parsed = RedirectDefinitions::fromJson(definitions); !parsed) {
                Error error = parsed.error();
                const QString prefix = r.path("definitions"_l1);
                error.field = error.field.isEmpty() ? prefix : prefix + u'.' + error.field;
                r.adopt(error);
            }
        }
        r.text("reason"_l1, kMaxShortTextChars, Need::Optional, true);
        break;
    }
    case CommandOp::Read:
        r.integer("after"_l1, 0, kMaxId, Need::Optional); // a history page's cursor
        break;
    case CommandOp::Stats:
        break;
    case CommandOp::Report: {
        // Opened in [from, to), ms; after: the last row of the previous page.
        const qint64 from = r.integer("from"_l1, 0, kMaxId);
        const qint64 to = r.integer("to"_l1, 0, kMaxId);
        r.integer("afterOpened"_l1, 0, kMaxId, Need::Optional);
        r.integer("afterId"_l1, 0, kMaxId, Need::Optional);
        if (r.ok() && to <= from)
            r.fail(ErrorCode::InvalidValue, u"to must come after from"_s, "to"_l1);
        break;
    }
    }
    return finish(r);
}

QJsonObject channelRulesToJson(const ChannelRules &rules)
{
    return { { u"messenger"_s,
               QJsonObject { { u"windowMs"_s, rules.messengerWindowMs },
                             { u"humanAgentTag"_s, rules.messengerHumanAgentTag },
                             { u"humanAgentWindowMs"_s, rules.messengerHumanAgentWindowMs } } },
             { u"twitter"_s,
               QJsonObject { { u"windowMs"_s, rules.xWindowMs },
                             { u"repliesPerMessage"_s, rules.xRepliesPerMessage } } } };
}

Result<ChannelRules> channelRulesFromJson(const QJsonObject &object)
{
    // Every field optional: what a server leaves out keeps the platform's default.
    constexpr qint64 kMaxWindowMs = 366ll * 24 * 3600 * 1000;
    ChannelRules rules;
    JsonReader r(object, u"channels"_s);
    JsonReader m = r.nested("messenger"_l1, Need::Optional);
    rules.messengerWindowMs =
        m.integer("windowMs"_l1, 0, kMaxWindowMs, Need::Optional, rules.messengerWindowMs);
    rules.messengerHumanAgentTag =
        m.boolean("humanAgentTag"_l1, Need::Optional, rules.messengerHumanAgentTag);
    rules.messengerHumanAgentWindowMs =
        m.integer("humanAgentWindowMs"_l1, 0, kMaxWindowMs, Need::Optional,
                  rules.messengerHumanAgentWindowMs);
    r.adopt(m);
    JsonReader x = r.nested("twitter"_l1, Need::Optional);
    rules.xWindowMs = x.integer("windowMs"_l1, 0, kMaxWindowMs, Need::Optional, rules.xWindowMs);
    rules.xRepliesPerMessage =
        int(x.integer("repliesPerMessage"_l1, 0, 1000, Need::Optional, rules.xRepliesPerMessage));
    r.adopt(x);
    if (!r.ok())
        return r.error();
    return rules;
}

namespace {

// ---- Decoders, one per frame ---------------------------------------------------

Hello readHello(JsonReader &r)
{
    Hello f;
    f.protocol = int(r.integer("protocol"_l1, 1, 1000));
    f.software = r.text("software"_l1, 100, Need::Optional);
    return f;
}

Ack readAck(JsonReader &r)
{
    Ack f;
    f.id = r.uuid("id"_l1);
    f.ok = r.boolean("ok"_l1);
    if (f.ok)
        f.result = r.object("result"_l1, Need::Optional);
    else if (r.ok()) {
        JsonReader error = r.nested("error"_l1);
        const QString code = error.text("code"_l1, 64);
        f.message = error.text("message"_l1, kMaxShortTextChars, Need::Optional, false, true);
        r.adopt(error);
        if (r.ok()) {
            if (const auto parsed = errorCodeFromName(code))
                f.code = *parsed;
            else
                r.fail(ErrorCode::InvalidValue, u"unknown error code"_s, "error"_l1);
        }
    }
    return f;
}

ErrorFrame readError(JsonReader &r)
{
    ErrorFrame f;
    const QString code = r.text("code"_l1, 64);
    f.message = r.text("message"_l1, kMaxShortTextChars, Need::Optional, false, true);
    f.field = r.text("field"_l1, kMaxNameChars, Need::Optional);
    f.fatal = r.boolean("fatal"_l1, Need::Optional);
    if (r.ok()) {
        // An error code from a newer peer is still an error: keep it readable.
        f.code = errorCodeFromName(code).value_or(ErrorCode::Internal);
    }
    return f;
}

Typing readTyping(JsonReader &r)
{
    Typing f;
    f.conversation = r.integer("conversation"_l1, 0, kMaxId, Need::Optional);
    f.active = r.boolean("active"_l1, Need::Optional, true);
    return f;
}

Login readLogin(JsonReader &r)
{
    Login f;
    f.login = r.login("login"_l1, Need::Optional);
    f.password = r.text("password"_l1, kMaxPasswordBytes, Need::Optional, false, true);
    f.token = r.token("token"_l1, Need::Optional);
    f.enrolment = r.text("enrolment"_l1, kMaxEnrolmentCodeChars, Need::Optional);
    f.name = r.text("name"_l1, kMaxNameChars, Need::Optional);
    if (!r.ok())
        return f;
    if (r.has("enrolment"_l1) && !r.has("password"_l1))
        r.fail(ErrorCode::MissingField, u"an enrolment needs a password"_s, "password"_l1);
    if (f.password.toUtf8().size() > kMaxPasswordBytes)
        r.fail(ErrorCode::TextTooLong, u"password too long"_s, "password"_l1);
    else if (r.has("password"_l1) == r.has("token"_l1))
        r.fail(ErrorCode::InvalidValue, u"give either a password or a token"_s);
    else if (r.has("password"_l1) && f.login.isEmpty())
        r.fail(ErrorCode::MissingField, u"required with a password"_s, "login"_l1);
    return f;
}

AgentInfo readAgentInfo(JsonReader &r)
{
    AgentInfo f;
    f.id = r.id("id"_l1);
    f.login = r.login("login"_l1);
    f.name = r.text("name"_l1, kMaxNameChars);
    f.role = r.enumValue<Role>("role"_l1);
    f.team = r.slug("team"_l1, Need::Optional);
    const QJsonArray languages = r.array("languages"_l1, 5, Need::Optional);
    for (const QJsonValue &value : languages) {
        const auto lang = fromWireName<Language>(value.toString());
        if (!lang) {
            r.fail(ErrorCode::InvalidValue, u"unknown language"_s, "languages"_l1);
            break;
        }
        f.languages.append(*lang);
    }
    f.capacity = int(r.integer("capacity"_l1, 0, 100, Need::Optional, 10));
    return f;
}

Welcome readWelcome(JsonReader &r)
{
    Welcome f;
    JsonReader agent = r.nested("agent"_l1);
    f.agent = readAgentInfo(agent);
    r.adopt(agent);
    f.token = r.token("token"_l1);
    f.expiresAt = r.integer("expiresAt"_l1, 0, kMaxTimestamp);
    f.head = r.integer("head"_l1, 0, kMaxId);
    if (r.has("channels"_l1)) {
        if (auto rules = channelRulesFromJson(r.object("channels"_l1)); rules)
            f.channels = *rules;
        else
            r.adopt(rules.error());
    }
    return f;
}

Sync readSync(JsonReader &r)
{
    Sync f;
    f.after = r.integer("after"_l1, 0, kMaxId);
    f.limit = int(r.integer("limit"_l1, 1, kMaxSyncBatch, Need::Optional, kDefaultSyncBatch));
    return f;
}

Synced readSynced(JsonReader &r)
{
    Synced f;
    f.head = r.integer("head"_l1, 0, kMaxId);
    f.last = r.integer("last"_l1, 0, kMaxId);
    f.more = r.boolean("more"_l1, Need::Optional);
    return f;
}

Event readEvent(JsonReader &r)
{
    Event f;
    f.seq = r.id("seq"_l1);
    f.kind = r.enumValue<EventKind>("kind"_l1);
    f.at = r.integer("at"_l1, 0, kMaxTimestamp);
    f.conversation = r.integer("conversation"_l1, 0, kMaxId, Need::Optional);
    f.data = r.object("data"_l1, Need::Optional);
    if (r.ok()) {
        if (const auto valid = validateEventData(f.kind, f.data); !valid)
            r.adopt(valid.error());
    }
    return f;
}

Command readCommand(JsonReader &r)
{
    Command f;
    f.id = r.uuid("id"_l1);
    f.op = r.enumValue<CommandOp>("op"_l1);
    // Commands that are not about a conversation.
    const Need needConversation = isGlobalOp(f.op) ? Need::Optional : Need::Required;
    f.conversation = r.integer("conversation"_l1, needConversation == Need::Required ? 1 : 0,
                               kMaxId, needConversation);
    f.args = r.object("args"_l1, Need::Optional);
    if (r.ok()) {
        if (const auto valid = validateCommandArgs(f.op, f.args); !valid)
            r.adopt(valid.error());
    }
    return f;
}

Claim readClaim(JsonReader &r)
{
    Claim f;
    f.id = r.uuid("id"_l1);
    f.conversation = r.integer("conversation"_l1, 0, kMaxId, Need::Optional);
    return f;
}

CitizenHello readCitizenHello(JsonReader &r)
{
    CitizenHello f;
    f.protocol = int(r.integer("protocol"_l1, 1, 1000));
    f.lang = r.enumValue<Language>("lang"_l1, Need::Optional, Language::Fr);
    f.session = r.token("session"_l1, Need::Optional);
    f.after = r.integer("after"_l1, 0, kMaxId, Need::Optional);
    f.name = r.text("name"_l1, kMaxNameChars, Need::Optional);
    return f;
}

CitizenWelcome readCitizenWelcome(JsonReader &r)
{
    CitizenWelcome f;
    f.session = r.token("session"_l1);
    f.reference = r.slug("reference"_l1, Need::Optional); // none before the first message
    f.lang = r.enumValue<Language>("lang"_l1);
    f.status = r.enumValue<ChatStatus>("status"_l1);
    f.emergency = r.boolean("emergency"_l1, Need::Optional);
    return f;
}

CitizenSay readCitizenSay(JsonReader &r)
{
    CitizenSay f;
    f.id = r.uuid("id"_l1);
    f.text = r.text("text"_l1, kMaxMessageChars, Need::Required, true);
    return f;
}

CitizenMessage readCitizenMessage(JsonReader &r)
{
    CitizenMessage f;
    f.seq = r.id("seq"_l1);
    f.id = r.uuid("id"_l1);
    f.author = r.enumValue<Author>("author"_l1);
    f.authorName = r.text("authorName"_l1, kMaxNameChars, Need::Optional);
    f.text = r.text("text"_l1, kMaxMessageChars, Need::Required, true);
    f.at = r.integer("at"_l1, 0, kMaxTimestamp);
    return f;
}

CitizenStatus readCitizenStatus(JsonReader &r)
{
    CitizenStatus f;
    f.status = r.enumValue<ChatStatus>("status"_l1);
    f.agentName = r.text("agentName"_l1, kMaxNameChars, Need::Optional);
    f.emergency = r.boolean("emergency"_l1, Need::Optional);
    return f;
}

SurveyAnswer readSurveyAnswer(JsonReader &r)
{
    SurveyAnswer f;
    f.id = r.uuid("id"_l1);
    f.rating = int(r.integer("rating"_l1, 1, 5));
    f.comment = r.text("comment"_l1, kMaxCommentChars, Need::Optional, true);
    return f;
}

Ping readPing(JsonReader &r)
{
    return Ping { r.integer("nonce"_l1, 0, kMaxId, Need::Optional) };
}

Pong readPong(JsonReader &r)
{
    return Pong { r.integer("nonce"_l1, 0, kMaxId, Need::Optional) };
}

Wipe readWipe(JsonReader &r)
{
    return Wipe { r.text("reason"_l1, kMaxShortTextChars, Need::Optional) };
}

// ---- Encoders ------------------------------------------------------------------

QJsonArray toArray(const QList<Language> &languages)
{
    QJsonArray array;
    for (const Language lang : languages)
        array.append(wireName(lang));
    return array;
}

QJsonObject toJson(const Hello &f)
{
    QJsonObject o { { u"protocol"_s, f.protocol } };
    if (!f.software.isEmpty())
        o.insert(u"software"_s, f.software);
    return o;
}

QJsonObject toJson(const Login &f)
{
    QJsonObject o;
    if (!f.login.isEmpty())
        o.insert(u"login"_s, f.login);
    if (!f.token.isEmpty())
        o.insert(u"token"_s, f.token);
    else
        o.insert(u"password"_s, f.password);
    if (!f.enrolment.isEmpty())
        o.insert(u"enrolment"_s, f.enrolment);
    if (!f.name.isEmpty())
        o.insert(u"name"_s, f.name);
    return o;
}

QJsonObject toJson(const AgentInfo &f)
{
    QJsonObject o { { u"id"_s, f.id },
                    { u"login"_s, f.login },
                    { u"name"_s, f.name },
                    { u"role"_s, wireName(f.role) },
                    { u"languages"_s, toArray(f.languages) },
                    { u"capacity"_s, f.capacity } };
    if (!f.team.isEmpty())
        o.insert(u"team"_s, f.team);
    return o;
}

QJsonObject toJson(const Welcome &f)
{
    QJsonObject o { { u"agent"_s, toJson(f.agent) },
                    { u"token"_s, f.token },
                    { u"expiresAt"_s, f.expiresAt },
                    { u"head"_s, f.head } };
    if (f.channels)
        o.insert(u"channels"_s, channelRulesToJson(*f.channels));
    return o;
}

QJsonObject toJson(const Sync &f)
{
    return { { u"after"_s, f.after }, { u"limit"_s, f.limit } };
}

QJsonObject toJson(const Synced &f)
{
    return { { u"head"_s, f.head }, { u"last"_s, f.last }, { u"more"_s, f.more } };
}

QJsonObject toJson(const Event &f)
{
    QJsonObject o { { u"seq"_s, f.seq }, { u"kind"_s, wireName(f.kind) }, { u"at"_s, f.at } };
    if (f.conversation)
        o.insert(u"conversation"_s, f.conversation);
    if (!f.data.isEmpty())
        o.insert(u"data"_s, f.data);
    return o;
}

QJsonObject toJson(const Command &f)
{
    QJsonObject o { { u"id"_s, f.id }, { u"op"_s, wireName(f.op) } };
    if (f.conversation)
        o.insert(u"conversation"_s, f.conversation);
    if (!f.args.isEmpty())
        o.insert(u"args"_s, f.args);
    return o;
}

QJsonObject toJson(const Claim &f)
{
    QJsonObject o { { u"id"_s, f.id } };
    if (f.conversation)
        o.insert(u"conversation"_s, f.conversation);
    return o;
}

QJsonObject toJson(const Ack &f)
{
    QJsonObject o { { u"id"_s, f.id }, { u"ok"_s, f.ok } };
    if (f.ok && !f.result.isEmpty())
        o.insert(u"result"_s, f.result);
    if (!f.ok) {
        o.insert(u"error"_s,
                 QJsonObject { { u"code"_s, errorCodeName(f.code) }, { u"message"_s, f.message } });
    }
    return o;
}

QJsonObject toJson(const ErrorFrame &f)
{
    QJsonObject o { { u"code"_s, errorCodeName(f.code) }, { u"message"_s, f.message } };
    if (!f.field.isEmpty())
        o.insert(u"field"_s, f.field);
    if (f.fatal)
        o.insert(u"fatal"_s, true);
    return o;
}

QJsonObject toJson(const Typing &f)
{
    QJsonObject o { { u"active"_s, f.active } };
    if (f.conversation)
        o.insert(u"conversation"_s, f.conversation);
    return o;
}

QJsonObject toJson(const Ping &f)
{
    return { { u"nonce"_s, f.nonce } };
}

QJsonObject toJson(const Pong &f)
{
    return { { u"nonce"_s, f.nonce } };
}

QJsonObject toJson(const Wipe &f)
{
    QJsonObject o;
    if (!f.reason.isEmpty())
        o.insert(u"reason"_s, f.reason);
    return o;
}

QJsonObject toJson(const CitizenHello &f)
{
    QJsonObject o { { u"protocol"_s, f.protocol }, { u"lang"_s, wireName(f.lang) } };
    if (!f.session.isEmpty())
        o.insert(u"session"_s, f.session);
    if (f.after)
        o.insert(u"after"_s, f.after);
    if (!f.name.isEmpty())
        o.insert(u"name"_s, f.name);
    return o;
}

QJsonObject toJson(const CitizenWelcome &f)
{
    QJsonObject o { { u"session"_s, f.session },
                    { u"lang"_s, wireName(f.lang) },
                    { u"status"_s, wireName(f.status) } };
    if (!f.reference.isEmpty())
        o.insert(u"reference"_s, f.reference);
    if (f.emergency)
        o.insert(u"emergency"_s, true);
    return o;
}

QJsonObject toJson(const CitizenSay &f)
{
    return { { u"id"_s, f.id }, { u"text"_s, f.text } };
}

QJsonObject toJson(const CitizenMessage &f)
{
    QJsonObject o { { u"seq"_s, f.seq },
                    { u"id"_s, f.id },
                    { u"author"_s, wireName(f.author) },
                    { u"text"_s, f.text },
                    { u"at"_s, f.at } };
    if (!f.authorName.isEmpty())
        o.insert(u"authorName"_s, f.authorName);
    return o;
}

QJsonObject toJson(const CitizenStatus &f)
{
    QJsonObject o { { u"status"_s, wireName(f.status) } };
    if (!f.agentName.isEmpty())
        o.insert(u"agentName"_s, f.agentName);
    if (f.emergency)
        o.insert(u"emergency"_s, true);
    return o;
}

QJsonObject toJson(const SurveyRequest &)
{
    return {};
}

QJsonObject toJson(const SurveyAnswer &f)
{
    QJsonObject o { { u"id"_s, f.id }, { u"rating"_s, f.rating } };
    if (!f.comment.isEmpty())
        o.insert(u"comment"_s, f.comment);
    return o;
}

// ---- Type names, and the table that ties names to decoders ------------------------

template<typename Frame>
struct Entry
{
    const char *type;
    Frame (*read)(JsonReader &);
};

template<typename Frame, typename T, T (*Read)(JsonReader &)>
Frame readAs(JsonReader &r)
{
    return Frame { Read(r) };
}

constexpr Entry<AgentFrame> kAgentFrames[] = {
    { "hello", readAs<AgentFrame, Hello, readHello> },
    { "login", readAs<AgentFrame, Login, readLogin> },
    { "welcome", readAs<AgentFrame, Welcome, readWelcome> },
    { "sync", readAs<AgentFrame, Sync, readSync> },
    { "synced", readAs<AgentFrame, Synced, readSynced> },
    { "event", readAs<AgentFrame, Event, readEvent> },
    { "command", readAs<AgentFrame, Command, readCommand> },
    { "claim", readAs<AgentFrame, Claim, readClaim> },
    { "ack", readAs<AgentFrame, Ack, readAck> },
    { "error", readAs<AgentFrame, ErrorFrame, readError> },
    { "typing", readAs<AgentFrame, Typing, readTyping> },
    { "ping", readAs<AgentFrame, Ping, readPing> },
    { "pong", readAs<AgentFrame, Pong, readPong> },
    { "wipe", readAs<AgentFrame, Wipe, readWipe> },
};

constexpr Entry<CitizenFrame> kCitizenFrames[] = {
    { "hello", readAs<CitizenFrame, CitizenHello, readCitizenHello> },
    { "welcome", readAs<CitizenFrame, CitizenWelcome, readCitizenWelcome> },
    { "say", readAs<CitizenFrame, CitizenSay, readCitizenSay> },
    { "message", readAs<CitizenFrame, CitizenMessage, readCitizenMessage> },
    { "typing", readAs<CitizenFrame, Typing, readTyping> },
    { "status", readAs<CitizenFrame, CitizenStatus, readCitizenStatus> },
    { "survey_request",
      [](JsonReader &) {
          return CitizenFrame { SurveyRequest {} };
      } },
    { "survey", readAs<CitizenFrame, SurveyAnswer, readSurveyAnswer> },
    { "ack", readAs<CitizenFrame, Ack, readAck> },
    { "error", readAs<CitizenFrame, ErrorFrame, readError> },
    { "ping", readAs<CitizenFrame, Ping, readPing> },
    { "pong", readAs<CitizenFrame, Pong, readPong> },
};

// Each table lists the variant's alternatives in order, so the type name of a
// frame is the name at its variant index.
static_assert(std::size(kAgentFrames) == std::variant_size_v<AgentFrame>);
static_assert(std::size(kCitizenFrames) == std::variant_size_v<CitizenFrame>);

template<typename Frame, std::size_t N>
Result<Frame> decode(QByteArrayView bytes, qsizetype maxBytes, const Entry<Frame> (&table)[N])
{
    if (bytes.size() > maxBytes) {
        return makeError(
            ErrorCode::FrameTooLarge,
            u"frame of %1 bytes exceeds the limit of %2"_s.arg(bytes.size()).arg(maxBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const ErrorCode code = parseError.error == QJsonParseError::IllegalUTF8String
            ? ErrorCode::InvalidUtf8
            : ErrorCode::MalformedJson;
        return makeError(
            code, parseError.errorString() + u" at offset "_s + QString::number(parseError.offset));
    }
    if (!document.isObject())
        return makeError(ErrorCode::NotAnObject, u"a frame is a JSON object"_s);

    JsonReader reader(document.object());
    const QString type = reader.text("type"_l1, 64);
    if (!reader.ok())
        return reader.error();
    for (const auto &entry : table) {
        if (type == QLatin1StringView(entry.type)) {
            Frame frame = entry.read(reader);
            if (!reader.ok())
                return reader.error();
            return frame;
        }
    }
    return makeError(ErrorCode::UnknownType, u"unknown frame type \""_s + type.left(32) + u'"',
                     u"type"_s);
}

template<typename Frame, std::size_t N>
QByteArray encodeFrame(const Frame &frame, const Entry<Frame> (&table)[N])
{
    QJsonObject object = std::visit([](const auto &f) { return toJson(f); }, frame);
    object.insert(u"type"_s, QString::fromLatin1(table[frame.index()].type));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Result<AgentFrame> decodeAgentFrame(QByteArrayView bytes)
{
    return decode(bytes, kMaxAgentFrameBytes, kAgentFrames);
}

Result<CitizenFrame> decodeCitizenFrame(QByteArrayView bytes)
{
    return decode(bytes, kMaxCitizenFrameBytes, kCitizenFrames);
}

QByteArray encode(const AgentFrame &frame)
{
    return encodeFrame(frame, kAgentFrames);
}

QByteArray encode(const CitizenFrame &frame)
{
    return encodeFrame(frame, kCitizenFrames);
}

QString frameType(const AgentFrame &frame)
{
    return QString::fromLatin1(kAgentFrames[frame.index()].type);
}

QString frameType(const CitizenFrame &frame)
{
    return QString::fromLatin1(kCitizenFrames[frame.index()].type);
}

QJsonObject agentInfoToJson(const AgentInfo &agent)
{
    return toJson(agent);
}

Result<AgentInfo> agentInfoFromJson(const QJsonObject &object)
{
    JsonReader reader(object);
    AgentInfo agent = readAgentInfo(reader);
    if (!reader.ok())
        return reader.error();
    return agent;
}

ErrorFrame toErrorFrame(const Error &error, bool fatal)
{
    return ErrorFrame { error.code, error.message, error.field, fatal };
}

} // namespace Guichet::Protocol
