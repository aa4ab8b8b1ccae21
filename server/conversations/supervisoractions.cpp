// ConversationService: the supervisors' actions (docs/supervision.md, "Actions") and
// the surge (start, stop, enrolment codes, the citizens' wait notices). Each action
// is a command applied once through ConversationService::once(), which writes its
// audit record in the same transaction; each also leaves a supervisor.action event
// (who, what, why) in the event log.
#include "conversationservice.h"
#include "knowledgebase.h"
#include "protocol/codec.h"
#include "protocol/validation.h"
#include "redirects.h"
#include "server/core/serverlogging.h"
#include "server/storage/enrolmentstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

Error refuse(ErrorCode code, const QString &message)
{
    return makeError(code, message);
}

//! Crockford's base32: no I, L, O, U, so what is read aloud is typed right.
constexpr char kCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeLength = 10;

QList<Language> languagesOf(const QJsonValue &value)
{
    QList<Language> languages;
    for (const QJsonValue &v : value.toArray()) {
        if (const auto lang = fromWireName<Language>(v.toString());
            lang && !languages.contains(*lang))
            languages.append(*lang);
    }
    return languages;
}

QJsonArray namesOf(const QList<Language> &languages)
{
    QJsonArray names;
    for (const Language lang : languages)
        names.append(wireName(lang));
    return names;
}

} // namespace

// ---- Surge -------------------------------------------------------------------------------

int ConversationService::capacityOf(const AgentRecord &agent, const Surge &current) const
{
    if (current.active && m_settings.surgeCapacity > 0)
        return std::max(agent.capacity, m_settings.surgeCapacity);
    return agent.capacity;
}

int ConversationService::capacityOf(const AgentRecord &agent)
{
    // Only a configured surge capacity needs the surge read.
    return m_settings.surgeCapacity > 0 ? capacityOf(agent, surge()) : agent.capacity;
}

Result<void> ConversationService::setSurge(Surge next, const Actor &actor, const QString &reason)
{
    const qint64 at = m_clock.nowMs();
    SurgeChange change;
    auto done = m_database.transaction(
        [&]() -> Result<void> { return applySurge(next, actor, reason, true, at, change); });
    if (!done)
        return done;
    if (change.started)
        sendWaitNotices(at);
    return {};
}

Result<void> ConversationService::applySurge(Surge next, const Actor &actor, const QString &reason,
                                             bool audit, qint64 at, SurgeChange &change)
{
    const Surge before = surge();
    change.started = next.active && !before.active;
    next.since = !next.active ? 0 : before.active && before.since ? before.since : at;
    const QString json =
        QString::fromUtf8(QJsonDocument(next.toJson()).toJson(QJsonDocument::Compact));
    if (auto r = m_settingsStore.setSetting(u"surge"_s, json); !r)
        return r;
    if (audit) {
        QJsonObject details = next.toJson();
        if (!reason.isEmpty())
            details.insert(u"reason"_s, reason);
        if (auto a = m_auditLog.appendAudit(actor.name, actor.role,
                                            next.active ? u"surge_on"_s : u"surge_off"_s, 0,
                                            details, at);
            !a)
            return a.error();
    }
    const QString by = actor.role == u"admin"_s ? QString() : actor.name;
    if (auto e = supervisorEvent(next.active ? u"surge_on"_s : u"surge_off"_s, by, reason, {}, at);
        !e)
        return e;
    if (!next.active && before.active) {
        // The accounts the surge brought in end with it, at once; codes not yet
        // used are void.
        EnrolmentStore &enrolments = m_enrolmentStore;
        if (auto voided = enrolments.expireUnused(at); !voided)
            return voided.error();
        for (const QString &login : enrolments.enrolledLogins()) {
            auto account = m_agentStore.agent(login);
            if (!account || account->disabled)
                continue;
            account->disabled = true;
            if (auto r =
                    saveAgent(*account, true, actor, u"agent_disable"_s, u"the surge ended"_s, at);
                !r)
                return r;
            change.ended.append(login);
        }
        // What they held goes back to the queue now, not when their lease lapses.
        if (!change.ended.isEmpty()) {
            for (ConversationRecord &c : m_conversationStore.openConversations()) {
                if (c.state != ConversationState::Claimed || !change.ended.contains(c.owner))
                    continue;
                if (auto r = release(c, u"surge_ended"_s, at); !r)
                    return r;
            }
        }
    }
    if (m_settings.surgeCapacity > 0 && before.active != next.active) {
        // Every agent's capacity changes: the roster says so.
        for (const AgentRecord &agent : m_agentStore.agents()) {
            if (agent.isActive(at) && !change.ended.contains(agent.login)) {
                if (auto r = agentUpdated(agent.login, at); !r)
                    return r;
            }
        }
    }
    qCInfo(lcServer).noquote().nospace()
        << "event=" << (next.active ? "surge_on" : "surge_off") << " by=" << actor.name
        << " reservists_ended=" << change.ended.size();
    // Visibility of reservists changes: agents reload.
    return m_agentStore.bumpAgentsVersion();
}

void ConversationService::sendWaitNotices(qint64 at)
{
    // An honest estimate: the queue ahead of each citizen over what the brigade has
    // actually closed in the last hour. None made yet: the notice says so.
    auto lastHour = m_figureStore.dayFigures(at - 3600 * 1000);
    const double perMinute = lastHour ? double(lastHour->closed) / 60.0 : 0.0;
    int position = 0;
    int told = 0;
    for (const ConversationRecord &c : m_conversationStore.openConversations(true)) {
        ++position; // the queue's order: emergencies, violence, then the deadline
        if (c.channel != Channel::WebChat)
            continue;
        int minutes = 0;
        if (perMinute > 0) {
            minutes = int(std::ceil(position / perMinute));
            minutes = std::max(5, (minutes + 4) / 5 * 5); // no false precision
        }
        if (auto sent = addSystemMessage(c.id, waitNotice(c.lang, minutes), DeliveryState::Sent);
            !sent) {
            qCWarning(lcServer) << "cannot send a wait notice:" << sent.error().message;
            continue;
        }
        ++told;
    }
    qCInfo(lcServer).noquote().nospace()
        << "event=surge_wait_notices chats=" << told
        << " closed_last_hour=" << (lastHour ? lastHour->closed : 0);
}

QString ConversationService::waitNotice(Language lang, int minutes)
{
    // Citizens' notices are in their language, written out like the emergency notice.
    const bool known = minutes > 0;
    const bool long_ = minutes > 120;
    const QString n = QString::number(minutes);
    switch (lang) {
    case Language::Fr:
        if (!known)
            return u"Beaucoup de personnes nous écrivent en ce moment. Nous ne pouvons pas encore "
                   "estimer l'attente : restez sur cette page, un gendarme vous répondra."_s;
        if (long_)
            return u"Beaucoup de personnes nous écrivent en ce moment : l'attente dépasse deux "
                   "heures. Vous pouvez aussi nous laisser un message, nous y répondrons."_s;
        return u"Beaucoup de personnes nous écrivent en ce moment. Attente estimée : environ "
               "%1 minutes. Restez sur cette page, un gendarme vous répondra."_s.arg(n);
    case Language::En:
        if (!known)
            return u"Many people are writing to us right now. We cannot estimate the wait yet: "
                   "stay on this page, a gendarme will answer you."_s;
        if (long_)
            return u"Many people are writing to us right now: the wait is over two hours. You "
                   "may also leave us a message, we will answer it."_s;
        return u"Many people are writing to us right now. Estimated wait: about %1 minutes. "
               "Stay on this page, a gendarme will answer you."_s.arg(n);
    case Language::De:
        if (!known)
            return u"Gerade schreiben uns sehr viele Menschen. Die Wartezeit können wir noch "
                   "nicht schätzen: Bleiben Sie auf dieser Seite, ein Gendarm antwortet Ihnen."_s;
        if (long_)
            return u"Gerade schreiben uns sehr viele Menschen: Die Wartezeit beträgt über zwei "
                   "Stunden. Sie können uns auch eine Nachricht hinterlassen, wir antworten."_s;
        return u"Gerade schreiben uns sehr viele Menschen. Geschätzte Wartezeit: etwa %1 "
               "Minuten. Bleiben Sie auf dieser Seite, ein Gendarm antwortet Ihnen."_s.arg(n);
    case Language::It:
        if (!known)
            return u"In questo momento ci scrivono molte persone. Non possiamo ancora stimare "
                   "l'attesa: resti su questa pagina, un gendarme le risponderà."_s;
        if (long_)
            return u"In questo momento ci scrivono molte persone: l'attesa supera le due ore. "
                   "Può anche lasciarci un messaggio, le risponderemo."_s;
        return u"In questo momento ci scrivono molte persone. Attesa stimata: circa %1 minuti. "
               "Resti su questa pagina, un gendarme le risponderà."_s.arg(n);
    case Language::Es:
        if (!known)
            return u"En este momento nos escriben muchas personas. Aún no podemos estimar la "
                   "espera: permanezca en esta página, un gendarme le responderá."_s;
        if (long_)
            return u"En este momento nos escriben muchas personas: la espera supera las dos "
                   "horas. También puede dejarnos un mensaje, le responderemos."_s;
        return u"En este momento nos escriben muchas personas. Espera estimada: unos %1 "
               "minutos. Permanezca en esta página, un gendarme le responderá."_s.arg(n);
    }
    return {};
}

// ---- Enrolment -------------------------------------------------------------------------------

QString ConversationService::newEnrolmentCode()
{
    QString code;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i == kCodeLength / 2)
            code.append(u'-');
        code.append(QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(32)]));
    }
    return code;
}

QByteArray ConversationService::enrolmentDigest(const QString &code)
{
    QByteArray normal;
    for (const QChar c : code) {
        if (c.isSpace() || c == u'-')
            continue;
        char up = char(c.toUpper().toLatin1());
        if (up == 'O')
            up = '0';
        else if (up == 'I' || up == 'L')
            up = '1';
        normal.append(up);
    }
    const QByteArray salted = QByteArrayLiteral("guichet-enrolment:") + normal;
    return QCryptographicHash::hash(salted, QCryptographicHash::Sha256).toHex();
}

Result<QJsonObject> ConversationService::createEnrolmentCode(const AgentRecord &agent,
                                                             const QJsonObject &args, qint64 now)
{
    if (agent.role != Role::Supervisor)
        return refuse(ErrorCode::Forbidden, tr("only a supervisor can enrol reservists"));
    const qint64 validMs = args.contains(u"validMinutes"_s)
        ? args.value(u"validMinutes"_s).toInteger() * 60 * 1000
        : m_settings.enrolmentCodeLifetime;
    const qint64 accountMs = args.contains(u"accountHours"_s)
        ? args.value(u"accountHours"_s).toInteger() * 3600 * 1000
        : m_settings.enrolledAccountLifetime;
    const QString code = newEnrolmentCode();
    EnrolmentStore::Code stored;
    stored.digest = enrolmentDigest(code);
    stored.createdBy = agent.login;
    stored.createdAt = now;
    stored.expiresAt = now + validMs;
    stored.accountHours = std::max<qint64>(1, accountMs / (3600 * 1000));
    stored.team = args.value(u"team"_s).toString(m_settings.defaultTeam);
    stored.languages = languagesOf(args.value(u"languages"_s));
    if (stored.languages.isEmpty())
        stored.languages = { Language::Fr };
    stored.reason = args.value(u"reason"_s).toString();
    const QJsonObject details { { u"expiresAt"_s, stored.expiresAt },
                                { u"accountHours"_s, stored.accountHours },
                                { u"team"_s, stored.team },
                                { u"languages"_s, namesOf(stored.languages) } };
    auto done = m_database.transaction([&]() -> Result<void> {
        // Reservists come with a surge: a code is for the surge under way.
        if (!surge().active)
            return refuse(ErrorCode::InvalidState, tr("start a surge before enrolling reservists"));
        if (auto r = m_enrolmentStore.insert(stored); !r)
            return r;
        QJsonObject audited = details;
        if (!stored.reason.isEmpty())
            audited.insert(u"reason"_s, stored.reason);
        if (auto a = m_auditLog.appendAudit(agent.login, wireName(agent.role), u"enrolment_code"_s,
                                            0, audited, now);
            !a)
            return a.error();
        return supervisorEvent(u"enrolment_code"_s, agent.login, stored.reason, {}, now);
    });
    if (!done)
        return done.error();
    qCInfo(lcServer).noquote().nospace()
        << "event=enrolment_code by=" << agent.login << " expires_at=" << stored.expiresAt;
    QJsonObject result = details;
    result.insert(u"code"_s, code);
    return result;
}

bool ConversationService::enrolmentCodeUsable(const QString &code)
{
    const qint64 at = m_clock.nowMs();
    const auto found = m_enrolmentStore.find(enrolmentDigest(code));
    return found && found->usedAt == 0 && at < found->expiresAt && surge().active;
}

Result<AgentRecord> ConversationService::enrol(const QString &code, const QString &login,
                                               const QString &name, const QString &passwordHash)
{
    const qint64 at = m_clock.nowMs();
    // One answer for every problem with the code: nothing tells a guess that was
    // close, used, or expired from one that never existed.
    const Error invalid =
        makeError(ErrorCode::LoginFailed, tr("invalid or expired enrolment code"));
    const QByteArray digest = enrolmentDigest(code);
    return m_database.transaction([&]() -> Result<AgentRecord> {
        EnrolmentStore &enrolments = m_enrolmentStore;
        const auto found = enrolments.find(digest);
        if (!found || found->usedAt != 0 || at >= found->expiresAt || !surge().active)
            return invalid;
        if (!Protocol::isValidLogin(login))
            return refuse(ErrorCode::InvalidValue,
                          tr("a login is 2 to 32 of a-z, 0-9, '.', '_', '-'"));
        if (m_agentStore.agent(login))
            return refuse(ErrorCode::InvalidValue,
                          tr("the login %1 is taken: choose another one").arg(login));
        auto used = enrolments.markUsed(digest, login, at);
        if (!used)
            return used.error();
        if (!*used)
            return invalid; // another enrolment took it meanwhile
        AgentRecord agent;
        agent.login = login;
        agent.name = name.trimmed().isEmpty() ? login : name.trimmed();
        agent.role = Role::Reservist;
        agent.team = found->team.isEmpty() ? m_settings.defaultTeam : found->team;
        agent.languages =
            found->languages.isEmpty() ? QList<Language> { Language::Fr } : found->languages;
        agent.expiresAt = at + found->accountHours * 3600 * 1000;
        agent.passwordHash = passwordHash;
        auto inserted = m_agentStore.insertAgent(agent, at);
        if (!inserted)
            return inserted;
        if (auto a = m_auditLog.appendAudit(login, wireName(Role::Reservist), u"enrolled"_s, 0,
                                            { { u"codeBy"_s, found->createdBy },
                                              { u"expiresAt"_s, agent.expiresAt },
                                              { u"team"_s, agent.team } },
                                            at);
            !a)
            return a.error();
        if (auto e = supervisorEvent(u"enrolled"_s, found->createdBy, found->reason,
                                     { { u"agent"_s, login } }, at);
            !e)
            return e.error();
        if (auto r = m_agentStore.bumpAgentsVersion(); !r)
            return r.error();
        if (auto r = agentUpdated(login, at); !r)
            return r.error();
        qCInfo(lcServer).noquote().nospace()
            << "event=enrolled agent=" << login << " code_by=" << found->createdBy;
        return inserted;
    });
}

// ---- Actions ---------------------------------------------------------------------------------

Result<void> ConversationService::supervisorEvent(const QString &action, const QString &by,
                                                  const QString &reason, const QJsonObject &extra,
                                                  qint64 at)
{
    QJsonObject data = extra;
    data.insert(u"action"_s, action);
    if (!by.isEmpty() && Protocol::isValidLogin(by))
        data.insert(u"by"_s, by);
    if (!reason.isEmpty())
        data.insert(u"reason"_s, reason.left(Protocol::kMaxShortTextChars));
    if (auto valid = checkEvent(EventKind::SupervisorAction, data); !valid)
        return valid;
    if (auto e = m_eventLog.appendEvent(EventKind::SupervisorAction, 0, data, at); !e)
        return e.error();
    return {};
}

Result<void> ConversationService::saveAgent(const AgentRecord &agent, bool revoke,
                                            const Actor &actor, const QString &action,
                                            const QString &reason, qint64 at)
{
    if (auto r = m_agentStore.updateAgent(agent); !r)
        return r;
    QJsonObject details { { u"agent"_s, agent.login } };
    if (!reason.isEmpty())
        details.insert(u"reason"_s, reason);
    if (auto a = m_auditLog.appendAudit(actor.name, actor.role, action, 0, details, at); !a)
        return a.error();
    if (revoke) {
        if (auto r = m_agentStore.revokeTokens(agent.id); !r)
            return r;
    }
    if (auto r = m_agentStore.bumpAgentsVersion(); !r)
        return r;
    return agentUpdated(agent.login, at);
}

Result<QJsonObject> ConversationService::reassign(const AgentRecord &agent, ConversationRecord &c,
                                                  const QString &to, const QString &reason,
                                                  qint64 at)
{
    if (c.state == ConversationState::Closed)
        return refuse(ErrorCode::ConversationClosed, tr("this conversation is closed"));
    const QString from = c.owner;
    QJsonObject extra { { u"conversation"_s, c.id } };
    if (!from.isEmpty())
        extra.insert(u"from"_s, from);
    if (to.isEmpty()) {
        if (c.state == ConversationState::Queued)
            return refuse(ErrorCode::InvalidState, tr("this conversation is in the queue already"));
        if (auto r = release(c, u"reassigned"_s, at); !r)
            return r.error();
    } else {
        const auto target = m_agentStore.agent(to);
        if (!target || !target->isActive(at))
            return refuse(ErrorCode::NotFound, tr("no active agent %1").arg(to));
        if (target->login == from)
            return refuse(ErrorCode::InvalidState,
                          tr("%1 holds this conversation already").arg(to));
        // A supervisor may move work across teams (unlike a transfer): the duty
        // officer balances the brigade. A reservist is given only what the surge
        // covers, as they would see it in the queue.
        const Surge current = surge();
        if (target->role == Role::Reservist
            && !(current.active && current.covers(c.channel, c.lang)))
            return refuse(ErrorCode::Forbidden,
                          tr("%1 is a reservist: only conversations the surge covers").arg(to));
        if (m_conversationStore.claimedCount(target->login) >= capacityOf(*target))
            return refuse(ErrorCode::CapacityFull, tr("%1 has no free capacity").arg(to));
        c.owner = target->login;
        c.state = ConversationState::Claimed;
        c.updatedAt = at;
        if (auto r = m_conversationStore.updateConversation(c); !r)
            return r.error();
        QJsonObject data { { u"agent"_s, target->login }, { u"reason"_s, u"reassigned"_s } };
        if (!from.isEmpty())
            data.insert(u"from"_s, from);
        if (auto e = event(EventKind::ConversationClaimed, c.id, data, at); !e)
            return e.error();
        extra.insert(u"to"_s, target->login);
    }
    if (auto e = supervisorEvent(u"reassign"_s, agent.login, reason, extra, at); !e)
        return e.error();
    qCInfo(lcServer).noquote().nospace()
        << "event=reassigned conversation=" << c.id << " by=" << agent.login << " from=" << from
        << " to=" << (to.isEmpty() ? u"queue"_s : to);
    QJsonObject result { { u"conversation"_s, c.id } };
    if (!to.isEmpty())
        result.insert(u"to"_s, to);
    return result;
}

Result<QJsonObject> ConversationService::supervisorAction(const AgentRecord &agent,
                                                          const Protocol::Command &command,
                                                          qint64 at)
{
    // Checked here, whatever the client shows or hides.
    if (agent.role != Role::Supervisor)
        return refuse(ErrorCode::Forbidden, tr("only a supervisor can do this"));
    const QJsonObject &args = command.args;
    const QString reason = args.value(u"reason"_s).toString().trimmed();
    const Actor actor { agent.login, wireName(agent.role) };

    switch (command.op) {
    case CommandOp::Reassign: {
        auto found = m_conversationStore.conversation(command.conversation);
        if (!found)
            return refuse(ErrorCode::NotFound, tr("no such conversation"));
        return reassign(agent, *found, args.value(u"to"_s).toString(), reason, at);
    }
    case CommandOp::DisableAgent:
    case CommandOp::EnableAgent:
    case CommandOp::OrderWipe:
    case CommandOp::ClearWipe: {
        const QString login = args.value(u"login"_s).toString();
        auto target = m_agentStore.agent(login);
        if (!target)
            return refuse(ErrorCode::NotFound, tr("no agent %1").arg(login));
        if (login == agent.login
            && (command.op == CommandOp::DisableAgent || command.op == CommandOp::OrderWipe))
            return refuse(ErrorCode::InvalidValue,
                          tr("you cannot do this to your own account: ask another supervisor"));
        bool revoke = false;
        QString action;
        switch (command.op) {
        case CommandOp::DisableAgent:
            target->disabled = true;
            revoke = true;
            action = u"disable_agent"_s;
            break;
        case CommandOp::EnableAgent:
            target->disabled = false;
            target->failedLogins = 0;
            target->lockedUntil = 0;
            action = u"enable_agent"_s;
            break;
        case CommandOp::OrderWipe:
            target->wipeRequested = true;
            revoke = true;
            action = u"wipe"_s;
            break;
        default:
            target->wipeRequested = false;
            action = u"wipe_clear"_s;
            break;
        }
        // The command's own audit record (once()) says who and why; this saves
        // the account the way the admin command does, without a second record.
        if (auto r = m_agentStore.updateAgent(*target); !r)
            return r.error();
        if (revoke) {
            if (auto r = m_agentStore.revokeTokens(target->id); !r)
                return r.error();
        }
        if (auto r = m_agentStore.bumpAgentsVersion(); !r)
            return r.error();
        if (auto r = agentUpdated(target->login, at); !r)
            return r.error();
        if (auto e = supervisorEvent(action, agent.login, reason, { { u"agent"_s, login } }, at);
            !e)
            return e.error();
        qCInfo(lcServer).noquote().nospace()
            << "event=" << action << " agent=" << login << " by=" << agent.login;
        return QJsonObject { { u"login"_s, login },
                             { u"disabled"_s, target->disabled },
                             { u"wipeRequested"_s, target->wipeRequested } };
    }
    case CommandOp::StartSurge:
    case CommandOp::StopSurge: {
        const Surge current = surge();
        Surge next;
        next.active = command.op == CommandOp::StartSurge;
        if (!next.active && !current.active)
            return refuse(ErrorCode::InvalidState, tr("no surge is on"));
        if (next.active) {
            next.channels = m_settings.surgeChannels;
            next.languages = m_settings.surgeLanguages;
            if (args.contains(u"channels"_s)) {
                next.channels.clear();
                for (const QJsonValue &v : args.value(u"channels"_s).toArray()) {
                    if (const auto channel = fromWireName<Channel>(v.toString()))
                        next.channels.append(*channel);
                }
            }
            if (args.contains(u"languages"_s))
                next.languages = languagesOf(args.value(u"languages"_s));
        }
        // In this command's transaction (whose audit record says who and why).
        SurgeChange change;
        if (auto r = applySurge(next, actor, reason, false, at, change); !r)
            return r.error();
        if (change.started)
            m_afterCommit.append([this, at] { sendWaitNotices(at); });
        QJsonObject result = surge().toJson();
        QJsonArray ended;
        for (const QString &login : std::as_const(change.ended))
            ended.append(login);
        result.insert(u"ended"_s, ended);
        return result;
    }
    case CommandOp::EditFaq: {
        auto entry = FaqEntry::fromJson(args.value(u"entry"_s).toObject());
        if (!entry)
            return entry.error();
        auto version = KnowledgeBase::edit(m_faqStore, m_eventLog, *entry, at, agent.login);
        if (!version)
            return version.error();
        if (*version) {
            if (auto e = supervisorEvent(u"faq_edit"_s, agent.login, reason, {}, at); !e)
                return e.error();
        }
        return QJsonObject { { u"id"_s, entry->id },
                             { u"lang"_s, wireName(entry->lang) },
                             { u"version"_s, *version },
                             { u"changed"_s, *version != 0 } };
    }
    case CommandOp::SetRedirects: {
        auto definitions = RedirectDefinitions::fromJson(args.value(u"definitions"_s).toObject());
        if (!definitions)
            return definitions.error();
        auto version = Redirects::replace(m_settingsStore, m_eventLog, *definitions, at);
        if (!version)
            return version.error();
        if (*version) {
            if (auto e = supervisorEvent(u"redirects_edit"_s, agent.login, reason, {}, at); !e)
                return e.error();
        }
        return QJsonObject { { u"version"_s, *version }, { u"changed"_s, *version != 0 } };
    }
    default:
        break;
    }
    return refuse(ErrorCode::InvalidValue, tr("unknown command"));
}

} // namespace Guichet::Server
