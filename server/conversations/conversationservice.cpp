#include "conversationservice.h"

#include "access.h"
#include "knowledgebase.h"
#include "protocol/codec.h"
#include "protocol/limits.h"
#include "protocol/logging.h"
#include "protocol/uuid.h"
#include "server/core/serverlogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

Error refuse(ErrorCode code, const QString &message)
{
    return makeError(code, message);
}

} // namespace

ConversationService::ConversationService(const Stores &stores, RoutingSettings settings,
                                         const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(stores.database)
    , m_eventLog(stores.events)
    , m_agentStore(stores.agents)
    , m_conversationStore(stores.conversations)
    , m_commandAcks(stores.commandAcks)
    , m_sendQueueStore(stores.sendQueue)
    , m_surveyStore(stores.surveys)
    , m_settingsStore(stores.settings)
    , m_abuseStore(stores.abuse)
    , m_auditLog(stores.audit)
    , m_figureStore(stores.figures)
    , m_enrolmentStore(stores.enrolments)
    , m_faqStore(stores.faq)
    , m_settings(std::move(settings))
    , m_clock(clock)
{ }

Surge ConversationService::surge()
{
    const auto text = m_settingsStore.setting(u"surge"_s);
    return text ? Surge::fromJson(QJsonDocument::fromJson(text->toUtf8()).object()) : Surge {};
}

void ConversationService::setChannelRules(Channel channel, ChannelRules rules)
{
    m_channels.insert(channel, std::move(rules));
}

Result<void> ConversationService::queueSend(const ConversationRecord &c, const QString &messageId,
                                            const QString &kind, qint64 at, bool leased)
{
    SendQueueStore::SendRecord record;
    record.messageId = messageId;
    record.conversation = c.id;
    record.channel = c.channel;
    record.kind = kind;
    record.createdAt = at;
    record.nextAttemptAt = at;
    if (leased && m_sendLeaseMs > 0) {
        // Taken by this instance in the same transaction (its first attempt):
        // no lease transaction after the commit. A vanished instance's row
        // is sent by another once the lease ends.
        record.state = u"sending"_s;
        record.attempts = 1;
        record.leaseUntil = at + m_sendLeaseMs;
    }
    return m_sendQueueStore.enqueueSend(record);
}

Result<MessageRecord> ConversationService::writeToCitizen(const ConversationRecord &c,
                                                          const QString &text, const QString &kind,
                                                          qint64 at)
{
    const ChannelRules rules = m_channels.value(c.channel);
    const QString cannot =
        rules.deliversItself || !rules.cannotSend ? QString() : rules.cannotSend();
    MessageRecord m;
    m.id = newUuid();
    m.conversation = c.id;
    m.author = Author::System;
    m.text = text;
    m.at = at;
    // The pages show it from storage; the platforms get it through the queue.
    m.delivery = rules.deliversItself ? DeliveryState::Sent : DeliveryState::Pending;
    auto e = appendMessage(nullptr,
                           { { u"message"_s, m.id },
                             { u"author"_s, u"system"_s },
                             { u"text"_s, text },
                             { u"delivery"_s, wireName(m.delivery) } },
                           m);
    if (!e)
        return e.error();
    if (rules.deliversItself)
        return m;
    if (cannot.isEmpty()) {
        if (auto q = queueSend(c, m.id, kind, at); !q)
            return q.error();
        return m;
    }
    // Agents must know the citizen did not get it (an emergency notice above all).
    if (auto r = m_conversationStore.updateDelivery(m.id, DeliveryState::Failed, cannot); !r)
        return r.error();
    if (auto d = event(EventKind::MessageDelivery, c.id,
                       { { u"message"_s, m.id },
                         { u"delivery"_s, wireName(DeliveryState::Failed) },
                         { u"reason"_s, cannot.left(Protocol::kMaxShortTextChars) } },
                       at);
        !d)
        return d.error();
    m.delivery = DeliveryState::Failed;
    m.reason = cannot;
    return m;
}

Result<std::optional<MessageRecord>> ConversationService::sendToCitizen(const ConversationRecord &c,
                                                                        const QString &text,
                                                                        const QString &kind,
                                                                        const QString &onceKey)
{
    const qint64 at = m_clock.nowMs();
    return m_database.transaction([&]() -> Result<std::optional<MessageRecord>> {
        if (!onceKey.isEmpty()) {
            auto first = m_abuseStore.markOnce(onceKey, at);
            if (!first)
                return first.error();
            if (!*first)
                return std::optional<MessageRecord>();
        }
        auto written = writeToCitizen(c, text, kind, at);
        if (!written)
            return written.error();
        return std::optional<MessageRecord>(*written);
    });
}

Result<void> ConversationService::checkEvent(EventKind kind, const QJsonObject &data) const
{
    // What the server emits obeys the same rules as what it accepts.
    if (auto valid = Protocol::validateEventData(kind, data); !valid) {
        qCCritical(lcServer) << "refusing to log an invalid" << wireName(kind)
                             << "event:" << valid.error().toString();
        return makeError(ErrorCode::Internal, tr("internal error: invalid event"));
    }
    return {};
}

Result<Protocol::Event> ConversationService::event(EventKind kind, qint64 conversation,
                                                   const QJsonObject &data, qint64 at)
{
    if (auto valid = checkEvent(kind, data); !valid)
        return valid.error();
    auto appended = m_eventLog.appendEvent(kind, conversation, data, at);
    if (!appended)
        return appended;
    // Whose load this changed: the roster (agent.updated) is written in the same
    // transaction, so every workstation and instance sees loads from the event log.
    QStringList agents;
    switch (kind) {
    case EventKind::ConversationClaimed:
        agents << data.value(u"agent"_s).toString() << data.value(u"from"_s).toString();
        break;
    case EventKind::ConversationReleased:
        if (data.value(u"reason"_s).toString() != u"reopened"_s) // a closed one held nothing
            agents << data.value(u"agent"_s).toString();
        break;
    case EventKind::ConversationClosed:
        if (const auto closed = m_conversationStore.conversation(conversation))
            agents << closed->owner;
        break;
    default:
        break;
    }
    for (const QString &login : std::as_const(agents)) {
        if (login.isEmpty())
            continue;
        if (auto r = agentUpdated(login, at); !r)
            return r.error();
    }
    return appended;
}

Result<void> ConversationService::agentUpdated(const QString &login, qint64 at)
{
    const auto agent = m_agentStore.agent(login);
    if (!agent)
        return {}; // removed meanwhile: nothing to show
    const QJsonObject data { { u"login"_s, agent->login },
                             { u"name"_s, agent->name.isEmpty() ? agent->login : agent->name },
                             { u"role"_s, wireName(agent->role) },
                             { u"team"_s, agent->team },
                             { u"presence"_s, wireName(agent->presence) },
                             { u"capacity"_s, capacityOf(*agent) },
                             { u"load"_s, m_conversationStore.claimedCount(agent->login) } };
    QJsonObject valid = data;
    if (agent->team.isEmpty())
        valid.remove(u"team"_s);
    // Only when true: older workstations never see the field they do not know.
    if (agent->disabled)
        valid.insert(u"disabled"_s, true);
    if (auto ok = checkEvent(EventKind::AgentUpdated, valid); !ok)
        return ok;
    if (auto e = m_eventLog.appendEvent(EventKind::AgentUpdated, 0, valid, at); !e)
        return e.error();
    return {};
}

Result<void> ConversationService::setPresence(const AgentRecord &agent, Presence presence)
{
    const qint64 at = m_clock.nowMs();
    return m_database.transaction([&]() -> Result<void> {
        const auto current = m_agentStore.agentById(agent.id);
        if (!current || current->presence == presence)
            return {};
        if (auto r = m_agentStore.setPresence(agent.id, presence); !r)
            return r;
        return agentUpdated(agent.login, at);
    });
}

Result<Protocol::Event> ConversationService::appendMessage(const ConversationRecord *update,
                                                           const QJsonObject &data,
                                                           MessageRecord &m)
{
    if (auto valid = checkEvent(EventKind::MessageAdded, data); !valid)
        return valid.error();
    return m_conversationStore.appendMessage(update, data, m);
}

// ---- Citizens --------------------------------------------------------------------

Result<ConversationService::Received> ConversationService::receive(const Incoming &in)
{
    const qint64 at = m_clock.nowMs();
    auto done = m_database.transaction([&] { return record(in, at); });
    if (done)
        announce(*done);
    return done;
}

QList<Result<ConversationService::Received>>
ConversationService::receiveMany(const QList<Incoming> &incoming)
{
    // One transaction, one commit (one WAL flush on PostgreSQL) for all: under
    // load this is what keeps the latency flat. Should one message fail, the
    // group is rolled back and each is recorded on its own, so only that one
    // is refused (cheaper than a savepoint per message, two round trips each).
    const qint64 at = m_clock.nowMs();
    QList<Result<Received>> results;
    results.reserve(incoming.size());
    auto done = m_database.transaction([&]() -> Result<void> {
        // The conversations and repeats of the whole group in one round trip,
        // read under the write lock (another instance may have claimed them).
        QList<std::pair<qint64, QString>> keys;
        for (const Incoming &in : incoming) {
            if (in.conversation && !in.messageId.isEmpty())
                keys.append({ in.conversation, in.messageId });
        }
        if (keys.size() > 1)
            m_group = m_conversationStore.conversationsAndMessages(keys);
        m_groupUsed.clear();
        const auto forget = qScopeGuard([this] { m_group.clear(); });
        for (const Incoming &in : incoming) {
            auto received = record(in, at);
            if (!received)
                return received.error();
            results.append(std::move(received));
        }
        return {};
    });
    if (!done) {
        results.clear();
        if (incoming.size() == 1) {
            results.append(done.error());
            return results;
        }
        for (const Incoming &in : incoming)
            results.append(receive(in));
        return results;
    }
    for (const Result<Received> &received : std::as_const(results))
        announce(*received);
    return results;
}

void ConversationService::announce(const Received &received)
{
    if (received.opened)
        Q_EMIT conversationOpened(received.conversation);
    if (!received.duplicate) {
        qCInfo(lcServer).noquote().nospace()
            << "event=citizen_message conversation=" << received.conversation.id
            << " channel=" << wireName(received.conversation.channel)
            << " citizen=" << redact(received.conversation.citizenKey);
    }
}

Result<ConversationService::Received> ConversationService::record(const Incoming &in, qint64 at)
{
    Received received;
    // A repeat is answered with what the first one recorded.
    const auto repeatOf = [&](const MessageRecord &seen) {
        received.duplicate = true;
        received.message = seen;
        received.conversation =
            m_conversationStore.conversation(seen.conversation).value_or(ConversationRecord {});
        return received;
    };
    if (const auto seen = m_conversationStore.messageByExternalId(in.externalId))
        return repeatOf(*seen);
    // A chat's messages name their conversation: one query reads it and tells
    // whether this message is a repeat (the common case on a busy server).
    std::optional<ConversationRecord> existing;
    bool repeat = true;
    if (in.conversation && !in.messageId.isEmpty()) {
        const auto known = m_group.constFind(in.messageId);
        if (known != m_group.cend() && known->conversation.id == in.conversation
            && !m_groupUsed.contains(in.conversation)) {
            m_groupUsed.insert(in.conversation);
            existing = known->conversation;
            repeat = known->messageKnown;
        } else {
            existing =
                m_conversationStore.conversationAndMessage(in.conversation, in.messageId, &repeat);
        }
    }
    if (!existing || repeat) {
        if (!in.messageId.isEmpty()) {
            if (const auto seen = m_conversationStore.message(in.messageId))
                return repeatOf(*seen);
        }
        if (in.conversation)
            existing = m_conversationStore.conversation(in.conversation);
        else if (!in.citizenKey.isEmpty())
            existing = m_conversationStore.openConversationOf(in.channel, in.citizenKey);
    }
    if (existing && existing->state == ConversationState::Closed && in.conversation) {
        // A citizen writing back into a closed conversation (follow-up page,
        // chat reload) reopens it.
        existing->state = ConversationState::Queued;
        existing->owner.clear();
        existing->closedAt = 0;
        existing->outcome.reset();
    }

    ConversationRecord c;
    if (existing) {
        c = *existing;
    } else {
        c.channel = in.channel;
        c.lang = in.lang;
        c.citizen = in.citizen.isEmpty() ? tr("Citizen") : in.citizen.left(Protocol::kMaxNameChars);
        c.citizenKey = in.citizenKey;
        c.subject = in.subject.left(Protocol::kMaxNameChars);
        c.state = ConversationState::Queued;
        c.team = m_settings.defaultTeam;
        if (!m_settings.teams.isEmpty()) {
            // The team with the fewest open conversations takes it.
            const QHash<QString, int> load = m_conversationStore.openCountsByTeam();
            c.team = *std::min_element(m_settings.teams.cbegin(), m_settings.teams.cend(),
                                       [&load](const QString &a, const QString &b) {
                                           return load.value(a) < load.value(b);
                                       });
        }
        c.openedAt = at;
        c.accessDigest = in.accessDigest;
    }
    // Triage raises flags, never lowers them: only an agent does (set_flags).
    const bool wasEmergency = existing && existing->emergency;
    const bool wasSgbv = existing && existing->sgbv;
    c.emergency = c.emergency || in.emergency;
    c.sgbv = c.sgbv || in.sgbv;
    QJsonObject raised;
    if (c.emergency && !wasEmergency)
        raised.insert(u"emergency"_s, true);
    if (c.sgbv && !wasSgbv)
        raised.insert(u"sgbv"_s, true);
    c.updatedAt = at;
    c.lastCitizenAt = at;
    if (c.deadline == 0) {
        // The clock starts at receipt of the message that awaits an answer.
        c.deadline = at + m_settings.answerWithin(c.channel);
        c.sla = SlaState::OnTime;
    }

    const ConversationRecord *pendingUpdate = nullptr;
    if (!existing) {
        auto inserted = m_conversationStore.insertConversation(c);
        if (!inserted)
            return inserted.error();
        c = *inserted;
        QJsonObject data { { u"channel"_s, wireName(c.channel) },
                           { u"lang"_s, wireName(c.lang) },
                           { u"citizen"_s, c.citizen },
                           { u"reference"_s, c.reference },
                           { u"deadline"_s, c.deadline },
                           { u"emergency"_s, c.emergency },
                           { u"sgbv"_s, c.sgbv },
                           { u"state"_s, wireName(c.state) },
                           { u"sla"_s, wireName(c.sla) } };
        if (!c.team.isEmpty())
            data.insert(u"team"_s, c.team);
        if (!c.subject.isEmpty())
            data.insert(u"subject"_s, c.subject);
        if (!raised.isEmpty() && !in.triage.isEmpty())
            data.insert(u"triage"_s, in.triage);
        if (auto e = event(EventKind::ConversationOpened, c.id, data, at); !e)
            return e.error();
        received.opened = true;
    } else if (existing->state == c.state && existing->emergency == c.emergency
               && existing->sgbv == c.sgbv && existing->deadline == c.deadline) {
        // No event of its own: the row is written with the message below.
        pendingUpdate = &c;
    } else {
        if (auto updated = m_conversationStore.updateConversation(c); !updated)
            return updated.error();
        if (existing->state != c.state || existing->emergency != c.emergency
            || existing->sgbv != c.sgbv) {
            QJsonObject data { { u"emergency"_s, c.emergency }, { u"sgbv"_s, c.sgbv } };
            if (!raised.isEmpty() && !in.triage.isEmpty())
                data.insert(u"triage"_s, in.triage);
            if (existing->state != c.state) {
                if (auto e = event(EventKind::ConversationReleased, c.id,
                                   { { u"reason"_s, u"reopened"_s } }, at);
                    !e)
                    return e.error();
            }
            if (auto e = event(EventKind::ConversationUpdated, c.id, data, at); !e)
                return e.error();
        }
        if (existing->deadline != c.deadline) {
            if (auto e =
                    event(EventKind::SlaChanged, c.id,
                          { { u"sla"_s, wireName(c.sla) }, { u"deadline"_s, c.deadline } }, at);
                !e)
                return e.error();
        }
    }

    if (!raised.isEmpty()) {
        const QJsonObject why = in.triage.isEmpty()
            ? QJsonObject { { u"by"_s, u"server"_s } }
            : QJsonObject { { u"by"_s, u"triage"_s }, { u"triage"_s, in.triage } };
        if (auto r = recordFlagReasons(c.id, raised, why, at); !r)
            return r.error();
    }

    MessageRecord m;
    m.id = in.messageId.isEmpty() ? newUuid() : in.messageId;
    m.conversation = c.id;
    m.author = Author::Citizen;
    m.text = in.text;
    m.attachments = in.attachments;
    m.at = at;
    m.delivery = DeliveryState::Delivered;
    m.externalId = in.externalId;
    QJsonObject data { { u"message"_s, m.id },
                       { u"author"_s, u"citizen"_s },
                       { u"text"_s, m.text },
                       { u"delivery"_s, wireName(m.delivery) } };
    if (!m.attachments.isEmpty())
        data.insert(u"attachments"_s, QJsonDocument::fromJson(m.attachments.toUtf8()).array());
    if (auto e = appendMessage(pendingUpdate, data, m); !e)
        return e.error();
    // What the channel asks to go with the message commits with it: the sender
    // link, the emergency notice, the note and notice of a message over the rate.
    if (!in.sender.isEmpty()) {
        if (auto r = m_conversationStore.setConversationSender(c.id, in.sender); !r)
            return r.error();
    }
    if (in.emergency && in.emergencyNotice) {
        // Once per conversation, whichever instance or path (an agent's flag) comes first.
        auto first = m_abuseStore.markOnce(u"emergency-notice:"_s + QString::number(c.id), at);
        if (!first)
            return first.error();
        if (*first) {
            auto notice = writeToCitizen(c, in.emergencyNotice(c.lang), u"notice"_s, at);
            if (!notice)
                return notice.error();
            received.notices.append(*notice);
        }
    }
    if (!in.overLimitNote.isEmpty()) {
        // A delivery note on the citizen's message: the agent sees it on the message.
        if (auto r = m_conversationStore.updateDelivery(m.id, m.delivery, in.overLimitNote); !r)
            return r.error();
        if (auto e = event(EventKind::MessageDelivery, c.id,
                           { { u"message"_s, m.id },
                             { u"delivery"_s, wireName(m.delivery) },
                             { u"reason"_s, in.overLimitNote.left(Protocol::kMaxShortTextChars) } },
                           at);
            !e)
            return e.error();
        m.reason = in.overLimitNote;
    }
    if (in.overLimitNotice) {
        if (const QString text = in.overLimitNotice(c.lang); !text.isEmpty()) {
            auto notice = writeToCitizen(c, text, u"notice"_s, at);
            if (!notice)
                return notice.error();
            received.notices.append(*notice);
        }
    }
    received.conversation = c;
    received.message = m;
    return received;
}

Result<MessageRecord> ConversationService::addSystemMessage(qint64 conversation,
                                                            const QString &text,
                                                            DeliveryState delivery)
{
    const qint64 at = m_clock.nowMs();
    return m_database.transaction([&]() -> Result<MessageRecord> {
        if (!m_conversationStore.conversation(conversation))
            return refuse(ErrorCode::NotFound, tr("no such conversation"));
        MessageRecord m;
        m.id = newUuid();
        m.conversation = conversation;
        m.author = Author::System;
        m.text = text;
        m.at = at;
        m.delivery = delivery;
        auto e = appendMessage(nullptr,
                               { { u"message"_s, m.id },
                                 { u"author"_s, u"system"_s },
                                 { u"text"_s, text },
                                 { u"delivery"_s, wireName(delivery) } },
                               m);
        if (!e)
            return e.error();
        return m;
    });
}

Result<void> ConversationService::setDelivery(const QString &messageId, DeliveryState state,
                                              const QString &reason)
{
    const qint64 at = m_clock.nowMs();
    return m_database.transaction([&]() -> Result<void> {
        const auto m = m_conversationStore.message(messageId);
        if (!m)
            return refuse(ErrorCode::NotFound, tr("no such message"));
        return applyDelivery(*m, state, reason, at);
    });
}

Result<void> ConversationService::markDelivered(qint64 conversation, const QString &messageId)
{
    const qint64 at = m_clock.nowMs();
    return m_database.transaction([&]() -> Result<void> {
        // Read, failed or delivered already: nothing new.
        auto changed = m_conversationStore.advanceDelivery(
            messageId, DeliveryState::Delivered, { DeliveryState::Pending, DeliveryState::Sent });
        if (!changed)
            return changed.error();
        if (!*changed)
            return {};
        if (auto e = event(EventKind::MessageDelivery, conversation,
                           { { u"message"_s, messageId },
                             { u"delivery"_s, wireName(DeliveryState::Delivered) } },
                           at);
            !e)
            return e.error();
        return {};
    });
}

Result<void> ConversationService::applyDelivery(const MessageRecord &m, DeliveryState state,
                                                const QString &reason, qint64 at)
{
    // Read is the last state: a late "delivered" never takes it back.
    // The same state again is nothing new, unless it brings a note (a
    // citizen's message that arrived over the rate limit).
    if ((m.delivery == state && (reason.isEmpty() || reason == m.reason))
        || (m.delivery == DeliveryState::Read && state == DeliveryState::Delivered))
        return {};
    if (auto r = m_conversationStore.updateDelivery(m.id, state, reason); !r)
        return r;
    QJsonObject data { { u"message"_s, m.id }, { u"delivery"_s, wireName(state) } };
    if (!reason.isEmpty())
        data.insert(u"reason"_s, reason.left(Protocol::kMaxShortTextChars));
    if (auto e = event(EventKind::MessageDelivery, m.conversation, data, at); !e)
        return e.error();
    return {};
}

Result<void> ConversationService::recordSend(const SendQueueStore::SendRecord &row,
                                             std::optional<DeliveryState> state,
                                             const QString &reason)
{
    const qint64 at = m_clock.nowMs();
    return m_database.transaction([&]() -> Result<void> {
        if (auto r = m_sendQueueStore.updateSend(row); !r)
            return r;
        if (!state)
            return {};
        if (*state == DeliveryState::Sent) {
            // Only a pending message becomes sent: a receipt may have come
            // first (a fast platform). Decided by the update, no read first.
            auto changed = m_conversationStore.advanceDelivery(row.messageId, DeliveryState::Sent,
                                                               { DeliveryState::Pending });
            if (!changed)
                return changed.error();
            if (!*changed)
                return {};
            if (auto e = event(EventKind::MessageDelivery, row.conversation,
                               { { u"message"_s, row.messageId },
                                 { u"delivery"_s, wireName(DeliveryState::Sent) } },
                               at);
                !e)
                return e.error();
            return {};
        }
        const auto m = m_conversationStore.message(row.messageId);
        if (!m)
            return {};
        // A receipt may have come first (a fast platform): never take
        // delivered or read back to sent.
        if (*state == DeliveryState::Sent && m->delivery != DeliveryState::Pending
            && m->delivery != DeliveryState::Sent)
            return {};
        return applyDelivery(*m, *state, reason, at);
    });
}

Result<void> ConversationService::flag(qint64 conversation, std::optional<bool> emergency,
                                       std::optional<bool> sgbv, std::optional<Language> lang)
{
    const qint64 at = m_clock.nowMs();
    return m_database.transaction([&]() -> Result<void> {
        auto c = m_conversationStore.conversation(conversation);
        if (!c)
            return refuse(ErrorCode::NotFound, tr("no such conversation"));
        QJsonObject data;
        if (emergency && *emergency != c->emergency) {
            c->emergency = *emergency;
            data.insert(u"emergency"_s, *emergency);
        }
        if (sgbv && *sgbv != c->sgbv) {
            c->sgbv = *sgbv;
            data.insert(u"sgbv"_s, *sgbv);
        }
        if (lang && *lang != c->lang) {
            c->lang = *lang;
            data.insert(u"lang"_s, wireName(*lang));
        }
        if (data.isEmpty())
            return {};
        c->updatedAt = at;
        if (auto r = m_conversationStore.updateConversation(*c); !r)
            return r;
        if (auto e = event(EventKind::ConversationUpdated, c->id, data, at); !e)
            return e.error();
        return {};
    });
}

Result<void> ConversationService::recordFlagReasons(qint64 conversation, const QJsonObject &changed,
                                                    const QJsonObject &why, qint64 at)
{
    for (const QString &flag : { u"emergency"_s, u"sgbv"_s }) {
        if (!changed.contains(flag))
            continue;
        QJsonObject reason = why;
        reason.insert(u"raised"_s, changed.value(flag).toBool());
        reason.insert(u"at"_s, at);
        if (auto r = m_conversationStore.setFlagReason(conversation, flag, reason, at); !r)
            return r;
    }
    return {};
}

Result<bool> ConversationService::recordSurvey(qint64 conversation, int rating,
                                               const QString &comment)
{
    const qint64 at = m_clock.nowMs();
    return m_database.transaction([&]() -> Result<bool> {
        const auto c = m_conversationStore.conversation(conversation);
        if (!c)
            return refuse(ErrorCode::NotFound, tr("no such conversation"));
        // The survey rates a finished exchange: a citizen cannot rate (nor
        // pre-empt the rating of) one still under way.
        if (c->state != ConversationState::Closed)
            return refuse(ErrorCode::InvalidState, tr("the conversation is not closed yet"));
        auto inserted = m_surveyStore.insertSurvey(conversation, rating, comment, c->owner, at);
        if (!inserted || !*inserted)
            return inserted; // a second answer is ignored
        QJsonObject data { { u"rating"_s, rating } };
        if (!comment.trimmed().isEmpty())
            data.insert(u"comment"_s, comment.left(Protocol::kMaxCommentChars));
        if (auto e = event(EventKind::SurveyAnswered, conversation, data, at); !e)
            return e.error();
        return true;
    });
}

Result<void> ConversationService::closeBySystem(qint64 conversation, Outcome outcome)
{
    const qint64 at = m_clock.nowMs();
    ConversationRecord closed;
    auto done = m_database.transaction([&]() -> Result<void> {
        auto c = m_conversationStore.conversation(conversation);
        if (!c)
            return refuse(ErrorCode::NotFound, tr("no such conversation"));
        if (c->state == ConversationState::Closed)
            return {};
        c->state = ConversationState::Closed;
        c->outcome = outcome;
        c->closedAt = at;
        c->updatedAt = at;
        c->deadline = 0;
        if (auto r = m_conversationStore.updateConversation(*c); !r)
            return r;
        if (auto e = event(EventKind::ConversationClosed, c->id,
                           { { u"outcome"_s, wireName(outcome) } }, at);
            !e)
            return e.error();
        closed = *c;
        return {};
    });
    if (done && closed.id)
        Q_EMIT conversationClosed(closed);
    return done;
}

// ---- Agents' commands ------------------------------------------------------------------

Protocol::Ack ConversationService::once(const AgentRecord &agent, const QString &id,
                                        const AuditNote &note, const Apply &applyCommand)
{
    const auto toAck = [&id](const QJsonObject &stored) {
        Protocol::Ack ack;
        ack.id = id;
        ack.ok = stored.value(u"ok"_s).toBool();
        ack.result = stored.value(u"result"_s).toObject();
        ack.code =
            errorCodeFromName(stored.value(u"code"_s).toString()).value_or(ErrorCode::Internal);
        ack.message = stored.value(u"message"_s).toString();
        return ack;
    };
    const auto fromOther = [&](const std::pair<qint64, QJsonObject> &stored) {
        if (stored.first != agent.id) {
            return Protocol::Ack {
                id, false, {}, ErrorCode::Forbidden, tr("this command id belongs to another agent")
            };
        }
        return toAck(stored.second);
    };
    const qint64 at = m_clock.nowMs();
    m_afterCommit.clear();
    QJsonObject stored;
    auto done = m_database.transaction([&]() -> Result<QJsonObject> {
        // A repeat (a resend after a lost link), from this instance or another,
        // is found when its acknowledgement is stored, under the write lock:
        // no read before every command; a repeat, rare, is applied again and
        // rolled back (its effects are only in this transaction).
        auto result = applyCommand();
        if (result && !note.action.isEmpty()) {
            // Recorded with the action itself: both commit, or neither.
            const qint64 conversation = note.conversation
                ? note.conversation
                : result->value(u"conversation"_s).toInteger();
            // A document (edit_faq's entry, set_redirects' definitions) is named by
            // the version the command made, known only now.
            QJsonObject details = note.details;
            for (const QString &document : { u"entry"_s, u"definitions"_s }) {
                if (details.value(document).isObject() && result->contains(u"version"_s)) {
                    QJsonObject named = details.value(document).toObject();
                    named.insert(u"version"_s, result->value(u"version"_s));
                    details.insert(document, named);
                }
            }
            if (auto a = m_auditLog.appendAudit(agent.login, wireName(agent.role), note.action,
                                                conversation, details, at);
                !a)
                return a.error();
        }
        if (result) {
            stored = QJsonObject { { u"ok"_s, true }, { u"result"_s, *result } };
        } else if (isTransient(result.error().code)) {
            return result; // not a decision: the client will retry
        } else {
            // A refusal is a decision too: a repeat gets the same refusal.
            stored = QJsonObject { { u"ok"_s, false },
                                   { u"code"_s, errorCodeName(result.error().code) },
                                   { u"message"_s, result.error().message } };
            m_afterCommit.clear(); // (nothing was applied)
        }
        auto first = m_commandAcks.storeCommandAck(id, agent.id, stored, at);
        if (!first)
            return first.error();
        if (!*first)
            return refuse(ErrorCode::InvalidState, u"replayed"_s);
        return stored;
    });
    if (!done) {
        if (done.error().message == u"replayed"_s) {
            if (const auto again = m_commandAcks.commandAck(id))
                return fromOther(*again);
        }
        // The refusals rolled back their (empty) effects; storage failures
        // leave nothing stored so a resend applies the command then.
        m_afterCommit.clear();
        return Protocol::Ack { id, false, {}, done.error().code, done.error().message };
    }
    const auto after = std::move(m_afterCommit);
    m_afterCommit.clear();
    for (const auto &emitSignal : after)
        emitSignal();
    return toAck(stored);
}

Protocol::Ack ConversationService::claim(const AgentRecord &agent, const Protocol::Claim &frame)
{
    return once(agent, frame.id, { u"claim"_s, frame.conversation, {} },
                [&]() -> Result<QJsonObject> {
                    const qint64 at = m_clock.nowMs();
                    if (frame.conversation == 0)
                        return claimNext(agent, at);
                    return claimOne(agent, frame.conversation, at, u"claimed"_s);
                });
}

Result<QJsonObject> ConversationService::claimOne(const AgentRecord &agent, qint64 id, qint64 at,
                                                  const QString &reason)
{
    auto c = m_conversationStore.conversation(id);
    if (!c || !Access::canSee(agent, Access::Scope::of(*c), surge(), at))
        return refuse(ErrorCode::NotFound, tr("no such conversation"));
    if (c->state == ConversationState::Closed)
        return refuse(ErrorCode::ConversationClosed, tr("this conversation is closed"));
    if (c->state == ConversationState::Claimed) {
        if (c->owner == agent.login)
            return QJsonObject { { u"conversation"_s, c->id } }; // already ours
        return refuse(ErrorCode::ClaimLost, tr("already taken by %1").arg(c->owner));
    }
    if (const int capacity = capacityOf(agent);
        m_conversationStore.claimedCount(agent.login) >= capacity)
        return refuse(ErrorCode::CapacityFull,
                      tr("you already hold %1 conversations, your maximum").arg(capacity));
    auto won = m_conversationStore.claimIfQueued(id, agent.login, at);
    if (!won)
        return won.error();
    if (!*won) {
        const auto now = m_conversationStore.conversation(id);
        return refuse(ErrorCode::ClaimLost,
                      tr("already taken by %1").arg(now ? now->owner : QString()));
    }
    if (auto e = event(EventKind::ConversationClaimed, id,
                       { { u"agent"_s, agent.login }, { u"reason"_s, reason } }, at);
        !e)
        return e.error();
    qCInfo(lcRouting).noquote().nospace()
        << "event=claim conversation=" << id << " agent=" << agent.login << " reason=" << reason;
    return QJsonObject { { u"conversation"_s, id } };
}

Result<QJsonObject> ConversationService::claimNext(const AgentRecord &agent, qint64 at)
{
    if (const int capacity = capacityOf(agent);
        m_conversationStore.claimedCount(agent.login) >= capacity)
        return refuse(ErrorCode::CapacityFull,
                      tr("you already hold %1 conversations, your maximum").arg(capacity));
    const Surge currentSurge = surge();
    QList<ConversationRecord> candidates;
    // Only the queued rows, and of them only what routing needs: with 2,000
    // open chats, reading them whole made each "next" cost 30 ms on PostgreSQL.
    for (const ConversationRecord &c : m_conversationStore.queue()) {
        if (Access::canSee(agent, Access::Scope::of(c), currentSurge, at))
            candidates.append(c);
    }
    // The queue's order (emergencies, then violence, then deadline) within the
    // languages the agent speaks, then the rest.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&agent](const ConversationRecord &a, const ConversationRecord &b) {
                         return agent.speaks(a.lang) && !agent.speaks(b.lang);
                     });
    for (const ConversationRecord &c : candidates) {
        auto won = m_conversationStore.claimIfQueued(c.id, agent.login, at);
        if (!won)
            return won.error();
        if (*won) {
            if (auto e = event(EventKind::ConversationClaimed, c.id,
                               { { u"agent"_s, agent.login }, { u"reason"_s, u"claimed"_s } }, at);
                !e)
                return e.error();
            return QJsonObject { { u"conversation"_s, c.id } };
        }
    }
    return refuse(ErrorCode::QueueEmpty, tr("nothing is waiting in the queue"));
}

Protocol::Ack ConversationService::execute(const AgentRecord &agent,
                                           const Protocol::Command &command)
{
    // The audit keeps what was done, not what was written: no message text.
    AuditNote note;
    if (command.op != CommandOp::SetPresence) {
        note.action = wireName(command.op);
        note.conversation = command.conversation;
        note.details = command.args;
        note.details.remove(u"text"_s);
        note.details.remove(u"note"_s);
        // Documents are in the event log already: the audit names them.
        if (command.op == CommandOp::EditFaq) {
            const QJsonObject entry = command.args.value(u"entry"_s).toObject();
            note.details.insert(u"entry"_s,
                                QJsonObject { { u"id"_s, entry.value(u"id"_s) },
                                              { u"lang"_s, entry.value(u"lang"_s) } });
        }
        if (command.op == CommandOp::SetRedirects) {
            note.details.insert(u"definitions"_s, QJsonObject {});
        }
    }
    return once(agent, command.id, note,
                [&]() -> Result<QJsonObject> { return apply(agent, command, m_clock.nowMs()); });
}

Result<void> ConversationService::release(ConversationRecord &c, const QString &reason, qint64 at)
{
    const QString previous = c.owner;
    c.state = ConversationState::Queued;
    c.owner.clear();
    c.updatedAt = at;
    if (auto r = m_conversationStore.updateConversation(c); !r)
        return r;
    QJsonObject data { { u"reason"_s, reason } };
    if (!previous.isEmpty())
        data.insert(u"agent"_s, previous);
    if (auto e = event(EventKind::ConversationReleased, c.id, data, at); !e)
        return e.error();
    return {};
}

Result<QJsonObject> ConversationService::reply(const AgentRecord &agent, ConversationRecord &c,
                                               const QString &messageId, const QString &text,
                                               qint64 at)
{
    const ChannelRules rules = m_channels.value(c.channel);
    if (rules.check) {
        if (auto allowed = rules.check(c, text); !allowed)
            return allowed.error();
    }
    if (m_conversationStore.message(messageId))
        return refuse(ErrorCode::InvalidValue, tr("this message id is already used"));
    MessageRecord m;
    m.id = messageId;
    m.conversation = c.id;
    m.author = Author::Agent;
    m.agent = agent.login;
    m.text = text;
    m.at = at;
    // The web chat and form deliver from the server itself: the reply is sent.
    // Platform replies wait in the send queue until the platform takes them.
    m.delivery = rules.deliversItself ? DeliveryState::Sent : DeliveryState::Pending;
    // Answered: nothing is due until the citizen writes again. The row is
    // written with the message.
    c.updatedAt = at;
    const bool wasDue = c.deadline != 0;
    c.deadline = 0;
    c.sla = SlaState::OnTime;
    auto e = appendMessage(&c,
                           { { u"message"_s, m.id },
                             { u"author"_s, u"agent"_s },
                             { u"agent"_s, agent.login },
                             { u"text"_s, text },
                             { u"delivery"_s, wireName(m.delivery) } },
                           m);
    if (!e)
        return e.error();
    // The queue row commits with the reply: nothing to repair after a stop.
    if (!rules.deliversItself) {
        if (auto q = queueSend(c, m.id, u"reply"_s, at, true); !q)
            return q.error();
    }
    if (wasDue) {
        if (auto s = event(EventKind::SlaChanged, c.id,
                           { { u"sla"_s, u"on_time"_s }, { u"deadline"_s, 0 } }, at);
            !s)
            return s.error();
    }
    const ConversationRecord conversation = c;
    m_afterCommit.append([this, conversation, m] { Q_EMIT replyQueued(conversation, m); });
    return QJsonObject { { u"message"_s, m.id }, { u"seq"_s, m.seq } };
}

Result<QJsonObject> ConversationService::apply(const AgentRecord &agent,
                                               const Protocol::Command &command, qint64 at)
{
    const QJsonObject &args = command.args;
    if (command.op == CommandOp::SetPresence) {
        const auto presence = fromWireName<Presence>(args.value(u"presence"_s).toString());
        const auto current = m_agentStore.agentById(agent.id);
        if (current && current->presence != presence.value_or(Presence::Available)) {
            if (auto r = m_agentStore.setPresence(agent.id, presence.value_or(Presence::Available));
                !r)
                return r.error();
            if (auto r = agentUpdated(agent.login, at); !r)
                return r.error();
        }
        return QJsonObject { { u"presence"_s, wireName(presence.value_or(Presence::Available)) } };
    }
    if (command.op == CommandOp::RetireFaq)
        return retireFaq(agent, args, at);
    if (command.op >= CommandOp::Reassign)
        return supervisorAction(agent, command, at);

    auto found = m_conversationStore.conversation(command.conversation);
    if (!found || !Access::canSee(agent, Access::Scope::of(*found), surge(), at))
        return refuse(ErrorCode::NotFound, tr("no such conversation"));
    ConversationRecord c = *found;
    const auto scope = Access::Scope::of(c);

    switch (command.op) {
    case CommandOp::SetLanguage:
    case CommandOp::SetFlags: {
        if (c.state == ConversationState::Closed)
            return refuse(ErrorCode::ConversationClosed, tr("this conversation is closed"));
        QJsonObject data;
        if (const auto lang = fromWireName<Language>(args.value(u"lang"_s).toString());
            lang && *lang != c.lang) {
            c.lang = *lang;
            data.insert(u"lang"_s, wireName(*lang));
        }
        if (args.contains(u"emergency"_s) && args.value(u"emergency"_s).toBool() != c.emergency) {
            c.emergency = args.value(u"emergency"_s).toBool();
            data.insert(u"emergency"_s, c.emergency);
        }
        if (args.contains(u"sgbv"_s) && args.value(u"sgbv"_s).toBool() != c.sgbv) {
            c.sgbv = args.value(u"sgbv"_s).toBool();
            data.insert(u"sgbv"_s, c.sgbv);
        }
        if (!data.isEmpty()) {
            // Who decided, for the log and the banners of every workstation.
            data.insert(u"agent"_s, agent.login);
            c.updatedAt = at;
            if (auto r = m_conversationStore.updateConversation(c); !r)
                return r.error();
            if (auto r = recordFlagReasons(
                    c.id, data, { { u"by"_s, u"agent"_s }, { u"agent"_s, agent.login } }, at);
                !r)
                return r.error();
            if (auto e = event(EventKind::ConversationUpdated, c.id, data, at); !e)
                return e.error();
            qCInfo(lcServer).noquote().nospace()
                << "event=flags_set conversation=" << c.id << " agent=" << agent.login
                << " emergency=" << c.emergency << " sgbv=" << c.sgbv;
        }
        return QJsonObject { { u"conversation"_s, c.id },
                             { u"emergency"_s, c.emergency },
                             { u"sgbv"_s, c.sgbv } };
    }
    case CommandOp::SetPresence:
    case CommandOp::RetireFaq:
        break;
    default:
        break;
    }

    // Everything below acts as the conversation's holder.
    if (c.state == ConversationState::Closed && command.op != CommandOp::Retry)
        return refuse(ErrorCode::ConversationClosed, tr("this conversation is closed"));
    if (!Access::canHandle(agent, scope, at)) {
        if (c.state == ConversationState::Queued)
            return refuse(ErrorCode::NotOwner, tr("claim this conversation first"));
        return refuse(ErrorCode::NotOwner, tr("this conversation is held by %1").arg(c.owner));
    }

    switch (command.op) {
    case CommandOp::Reply:
        return reply(agent, c, args.value(u"message"_s).toString(),
                     args.value(u"text"_s).toString(), at);
    case CommandOp::Release:
        if (auto r = release(c, u"released"_s, at); !r)
            return r.error();
        return QJsonObject { { u"conversation"_s, c.id } };
    case CommandOp::Transfer: {
        const QString to = args.value(u"to"_s).toString();
        if (to.isEmpty()) {
            if (auto r = release(c, u"transfer"_s, at); !r)
                return r.error();
            return QJsonObject { { u"conversation"_s, c.id } };
        }
        const auto target = m_agentStore.agent(to);
        if (!target || !target->isActive(at))
            return refuse(ErrorCode::NotFound, tr("no active agent %1").arg(to));
        ConversationRecord moved = c;
        moved.owner = target->login;
        moved.state = ConversationState::Claimed;
        if (!Access::canSee(*target, Access::Scope::of(moved), surge(), at)
            || (target->role != Role::Supervisor && !c.team.isEmpty() && target->team != c.team))
            return refuse(ErrorCode::Forbidden, tr("%1 cannot take this conversation").arg(to));
        if (m_conversationStore.claimedCount(target->login) >= capacityOf(*target))
            return refuse(ErrorCode::CapacityFull, tr("%1 has no free capacity").arg(to));
        const QString from = c.owner;
        c.owner = target->login;
        c.state = ConversationState::Claimed;
        c.updatedAt = at;
        if (auto r = m_conversationStore.updateConversation(c); !r)
            return r.error();
        QJsonObject data { { u"agent"_s, target->login }, { u"reason"_s, u"transfer"_s } };
        if (!from.isEmpty())
            data.insert(u"from"_s, from);
        if (auto e = event(EventKind::ConversationClaimed, c.id, data, at); !e)
            return e.error();
        return QJsonObject { { u"conversation"_s, c.id }, { u"to"_s, target->login } };
    }
    case CommandOp::Close: {
        const auto outcome = fromWireName<Outcome>(args.value(u"outcome"_s).toString());
        c.state = ConversationState::Closed;
        c.outcome = outcome;
        c.closedAt = at;
        c.updatedAt = at;
        c.deadline = 0;
        if (auto r = m_conversationStore.updateConversation(c); !r)
            return r.error();
        if (auto e =
                event(EventKind::ConversationClosed, c.id,
                      { { u"outcome"_s, wireName(*outcome) }, { u"agent"_s, agent.login } }, at);
            !e)
            return e.error();
        const ConversationRecord closed = c;
        m_afterCommit.append([this, closed] { Q_EMIT conversationClosed(closed); });
        return QJsonObject { { u"conversation"_s, c.id } };
    }
    case CommandOp::Redirect: {
        const auto target = fromWireName<RedirectTarget>(args.value(u"target"_s).toString());
        QJsonObject redirected { { u"target"_s, wireName(*target) }, { u"agent"_s, agent.login } };
        if (*target == RedirectTarget::Brigade) {
            // The service forwards to a brigade only with the citizen's consent
            // (docs/redirects.md): the question the agent sent in this conversation,
            // delivered, and the citizen's answer after it. The text recorded is the
            // server's copy of what the citizen was shown, not the client's word.
            const QJsonObject consent = args.value(u"consent"_s).toObject();
            const auto question =
                m_conversationStore.message(consent.value(u"question"_s).toString());
            const auto answer = m_conversationStore.message(consent.value(u"answer"_s).toString());
            if (!question || question->conversation != c.id || question->author != Author::Agent
                || question->delivery == DeliveryState::Failed)
                return refuse(ErrorCode::ConsentRequired,
                              tr("ask the citizen for their consent in this conversation first"));
            if (!answer || answer->conversation != c.id || answer->author != Author::Citizen
                || answer->seq <= question->seq)
                return refuse(ErrorCode::ConsentRequired,
                              tr("the citizen's consent is their answer to the question"));
            redirected.insert(u"consent"_s,
                              QJsonObject { { u"question"_s, question->id },
                                            { u"text"_s, question->text },
                                            { u"answer"_s, answer->id },
                                            { u"agent"_s, agent.login },
                                            { u"at"_s, at } });
            qCInfo(lcServer).noquote().nospace()
                << "event=consent_recorded conversation=" << c.id << " agent=" << agent.login;
        }
        QJsonObject result { { u"conversation"_s, c.id } };
        if (args.contains(u"text"_s)) {
            auto sent = reply(agent, c, args.value(u"message"_s).toString(),
                              args.value(u"text"_s).toString(), at);
            if (!sent)
                return sent.error();
            result = *sent;
        }
        c.outcome = outcomeFor(*target);
        c.updatedAt = at;
        if (auto r = m_conversationStore.updateConversation(c); !r)
            return r.error();
        if (auto e = event(EventKind::ConversationRedirected, c.id, redirected, at); !e)
            return e.error();
        return result;
    }
    case CommandOp::Retry: {
        const auto m = m_conversationStore.message(args.value(u"message"_s).toString());
        if (!m || m->conversation != c.id || m->author != Author::Agent)
            return refuse(ErrorCode::NotFound, tr("no such reply in this conversation"));
        if (m->delivery != DeliveryState::Failed)
            return refuse(ErrorCode::InvalidState, tr("this reply has not failed"));
        const ChannelRules rules = m_channels.value(c.channel);
        if (rules.check) {
            if (auto allowed = rules.check(c, m->text); !allowed)
                return allowed.error();
        }
        if (auto r = m_conversationStore.updateDelivery(m->id, DeliveryState::Pending, {}); !r)
            return r.error();
        if (!rules.deliversItself) {
            if (auto q = queueSend(c, m->id, u"reply"_s, at, true); !q)
                return q.error();
        }
        if (auto e = event(EventKind::MessageDelivery, c.id,
                           { { u"message"_s, m->id }, { u"delivery"_s, u"pending"_s } }, at);
            !e)
            return e.error();
        MessageRecord retried = *m;
        retried.delivery = DeliveryState::Pending;
        const ConversationRecord conversation = c;
        m_afterCommit.append(
            [this, conversation, retried] { Q_EMIT replyQueued(conversation, retried); });
        return QJsonObject { { u"message"_s, m->id } };
    }
    case CommandOp::SetLanguage:
    case CommandOp::SetFlags:
    case CommandOp::SetPresence:
    case CommandOp::RetireFaq:
        break;
    case CommandOp::Read:
    case CommandOp::Stats:
    case CommandOp::Report:
    case CommandOp::EnrolmentCode:
        break; // (queries are answered by query())
    default:
        break; // (supervisors' actions: supervisorAction())
    }
    return refuse(ErrorCode::InvalidValue, tr("unknown command"));
}

Result<QJsonObject> ConversationService::retireFaq(const AgentRecord &agent,
                                                   const QJsonObject &args, qint64 at)
{
    // The base is the supervisors' to keep up; everyone else only reads it.
    if (agent.role != Role::Supervisor)
        return refuse(ErrorCode::Forbidden, tr("only a supervisor can retire a FAQ entry"));
    const QString id = args.value(u"id"_s).toString();
    const auto lang = fromWireName<Language>(args.value(u"lang"_s).toString());
    auto retired = KnowledgeBase::retire(m_faqStore, m_eventLog, id, lang, at, agent.login);
    if (!retired)
        return retired.error();
    QJsonArray languages;
    QJsonArray versions;
    for (const FaqStore::FaqVersion &version : std::as_const(*retired)) {
        languages.append(wireName(version.entry.lang));
        versions.append(version.version);
    }
    qCInfo(lcServer).noquote().nospace()
        << "event=faq_retired id=" << id << " agent=" << agent.login
        << " languages=" << languages.size();
    return QJsonObject { { u"id"_s, id },
                         { u"languages"_s, languages },
                         { u"versions"_s, versions } };
}

// ---- Periodic work ---------------------------------------------------------------------------

void ConversationService::tick()
{
    const qint64 at = m_clock.nowMs();
    sampleWaiting(at);
    updateSla(at);
    lapseLeases(at);
    if (m_settings.mode == RoutingSettings::Mode::Push)
        routePush(at);
}

void ConversationService::updateSla(qint64 at)
{
    if (!m_slaChanges.isEmpty())
        return; // the last round is still being written
    // The risk line: at >= deadline - window + atRiskAfter, i.e. deadline <=
    // at + window - atRiskAfter. The store reads only the conversations whose
    // state changes; the state is worked out here all the same.
    const auto riskLine = [&](Channel channel) {
        return at + m_settings.answerWithin(channel) - m_settings.atRiskAfter(channel);
    };
    for (const ConversationStore::SlaWatch &c : m_conversationStore.slaWatch(
             at, riskLine(Channel::WebChat), riskLine(Channel::Messenger))) {
        const qint64 window = m_settings.answerWithin(c.channel);
        const qint64 started = c.deadline - window;
        SlaState state = SlaState::OnTime;
        if (at >= c.deadline)
            state = SlaState::Breached;
        else if (at >= started + m_settings.atRiskAfter(c.channel))
            state = SlaState::AtRisk;
        if (state != c.sla)
            m_slaChanges.append({ c.id, c.deadline, state });
    }
    writeSlaChanges(at);
}

void ConversationService::writeSlaChanges(qint64 at)
{
    // A surge opens hundreds of chats within a minute, and they change state
    // together: written in small transactions with a pause between them, so the
    // citizens' and agents' messages are not held up behind them.
    const QList<SlaChange> chunk = m_slaChanges.mid(0, kSlaChangesPerTransaction);
    m_slaChanges.remove(0, chunk.size());
    // Each is written only if nothing moved its deadline meanwhile (an agent
    // answered): ConversationStore::setSlaIfWithEvents checks.
    QList<ConversationStore::SlaUpdate> updates;
    for (const SlaChange &change : chunk) {
        const QJsonObject data { { u"sla"_s, wireName(change.state) },
                                 { u"deadline"_s, change.deadline } };
        Q_ASSERT(Protocol::validateEventData(EventKind::SlaChanged, data));
        updates.append({ change.conversation, change.deadline, change.state, data });
    }
    const auto done = m_database.transaction([&]() -> Result<void> {
        if (auto events = m_conversationStore.setSlaIfWithEvents(updates, at); !events)
            return events.error();
        return {};
    });
    if (!done)
        qCWarning(lcRouting) << "SLA update failed:" << done.error().message;
    if (!m_slaChanges.isEmpty())
        QTimer::singleShot(kSlaPauseMs, this, [this, at] { writeSlaChanges(at); });
}

void ConversationService::lapseLeases(qint64 at)
{
    for (const ConversationRecord &lapsed :
         m_conversationStore.lapsedClaims(at - m_settings.leaseTimeout)) {
        const auto done = m_database.transaction([&]() -> Result<void> {
            auto fresh = m_conversationStore.conversation(lapsed.id);
            if (!fresh || fresh->state != ConversationState::Claimed
                || fresh->owner != lapsed.owner)
                return {};
            const auto owner = m_agentStore.agent(fresh->owner);
            if (owner && owner->lastSeen >= at - m_settings.leaseTimeout)
                return {}; // back meanwhile
            qCInfo(lcRouting).noquote().nospace()
                << "event=lease_lapsed conversation=" << fresh->id << " agent=" << fresh->owner;
            return release(*fresh, u"lease_lapsed"_s, at);
        });
        if (!done)
            qCWarning(lcRouting) << "lease release failed:" << done.error().message;
    }
}

void ConversationService::routePush(qint64 at)
{
    const Surge currentSurge = surge();
    QList<AgentRecord> available;
    for (const AgentRecord &agent : m_agentStore.agents()) {
        // Connected now: heartbeats come every few seconds.
        if (agent.presence == Presence::Available && agent.isActive(at)
            && agent.lastSeen >= at - std::min<qint64>(m_settings.leaseTimeout, 30000))
            available.append(agent);
    }
    if (available.isEmpty())
        return;
    QHash<QString, int> load;
    for (const AgentRecord &agent : available)
        load.insert(agent.login, m_conversationStore.claimedCount(agent.login));
    // The queued ones only (the others were skipped), in the same order.
    for (const ConversationRecord &c : m_conversationStore.queue()) {
        // The least loaded agent who speaks the language and may see it.
        const AgentRecord *best = nullptr;
        for (const AgentRecord &agent : available) {
            if (load.value(agent.login) >= capacityOf(agent, currentSurge) || !agent.speaks(c.lang)
                || !Access::canSee(agent, Access::Scope::of(c), currentSurge, at))
                continue;
            if (!best || load.value(agent.login) < load.value(best->login))
                best = &agent;
        }
        if (!best)
            continue;
        const AgentRecord chosen = *best;
        auto assigned = m_database.transaction(
            [&]() -> Result<QJsonObject> { return claimOne(chosen, c.id, at, u"assigned"_s); });
        if (assigned)
            load[chosen.login] += 1;
    }
}

} // namespace Guichet::Server
