#include "eventapplier.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

template<typename E>
std::optional<E> enumField(const QJsonObject &data, const QString &key)
{
    return fromWireName<E>(data.value(key).toString());
}

QString excerpt(const QString &text)
{
    return text.simplified().left(160);
}

//! Record why the flags that @p d sets were raised or lowered: by the
//! agent it names, else by triage with the evidence that decided (its first
//! item of that kind), else by the server.
Result<void> noteFlagReasons(Store &store, const Conversation &c, const QJsonObject &d, qint64 at,
                             bool opened)
{
    if (!d.contains(u"emergency"_s) && !d.contains(u"sgbv"_s))
        return {};
    QJsonObject reasons = QJsonDocument::fromJson(store.flagReasons(c.id).toUtf8()).object();
    const QJsonObject triage = d.value(u"triage"_s).toObject();
    bool changed = false;
    for (const QString &flag : { u"emergency"_s, u"sgbv"_s }) {
        // An opening event always carries both flags: only a raised one has a reason.
        if (!d.contains(flag) || (opened && !d.value(flag).toBool()))
            continue;
        QJsonObject why { { u"raised"_s, d.value(flag).toBool() }, { u"at"_s, at } };
        if (d.contains(u"agent"_s)) {
            why.insert(u"by"_s, u"agent"_s);
            why.insert(u"agent"_s, d.value(u"agent"_s));
        } else if (!triage.isEmpty()) {
            why.insert(u"by"_s, u"triage"_s);
            for (const QJsonValue &item : triage.value(u"evidence"_s).toArray()) {
                const QJsonObject evidence = item.toObject();
                if (evidence.value(u"kind"_s).toString() == flag) {
                    why.insert(u"excerpt"_s, evidence.value(u"excerpt"_s).toString());
                    why.insert(u"rule"_s, evidence.value(u"rule"_s).toString());
                    break;
                }
            }
        } else {
            why.insert(u"by"_s, u"server"_s);
        }
        reasons.insert(flag, why);
        changed = true;
    }
    if (!changed)
        return {};
    return store.saveFlagReasons(
        c.id, QString::fromUtf8(QJsonDocument(reasons).toJson(QJsonDocument::Compact)));
}

} // namespace

std::optional<Conversation> EventApplier::conversation(qint64 id)
{
    const auto it = m_conversations.constFind(id);
    if (it != m_conversations.constEnd())
        return *it;
    return m_store.conversation(id);
}

void EventApplier::keep(const Conversation &c)
{
    m_dirty.insert(c.id);
    m_conversations.insert(c.id, c);
}

Result<void> EventApplier::flush()
{
    for (const qint64 id : std::as_const(m_dirty)) {
        if (auto r = m_store.saveConversation(m_conversations.value(id)); !r)
            return r;
    }
    m_dirty.clear();
    m_conversations.clear();
    return {};
}

Result<AppliedChange> EventApplier::apply(const Protocol::Event &event)
{
    using Protocol::Event;
    AppliedChange change;
    const QJsonObject &d = event.data;

    // Global events.
    switch (event.kind) {
    case EventKind::FaqUpdated: {
        auto entry = FaqEntry::fromJson(d.value(u"entry"_s).toObject());
        if (!entry)
            return entry.error();
        if (auto r = m_store.saveFaqEntry(*entry, d.value(u"version"_s).toInteger()); !r)
            return r.error();
        change.faq = true;
        return change;
    }
    case EventKind::FaqRemoved: {
        const auto lang = enumField<Language>(d, u"lang"_s);
        if (lang) {
            if (auto r = m_store.removeFaqEntry(d.value(u"id"_s).toString(), *lang); !r)
                return r.error();
        }
        change.faq = true;
        return change;
    }
    case EventKind::RedirectsUpdated: {
        // The whole document (validated by the decoder), read by RedirectCatalog::fromStore.
        // Events come in log order, so the last one stored is the newest.
        const QByteArray document =
            QJsonDocument(d.value(u"definitions"_s).toObject()).toJson(QJsonDocument::Compact);
        if (auto r = m_store.setSetting(u"redirects"_s, document); !r)
            return r.error();
        change.redirects = true;
        return change;
    }
    case EventKind::AgentUpdated: {
        // One object per login, the newest entry of each (events come in log order).
        QJsonObject roster =
            QJsonDocument::fromJson(m_store.setting(u"roster"_s).value_or(QByteArray())).object();
        roster.insert(d.value(u"login"_s).toString(), d);
        if (auto r = m_store.setSetting(u"roster"_s,
                                        QJsonDocument(roster).toJson(QJsonDocument::Compact));
            !r)
            return r.error();
        change.roster = true;
        return change;
    }
    case EventKind::SupervisorAction: {
        // The supervisors' log of actions: the newest 200, oldest first.
        QJsonArray actions =
            QJsonDocument::fromJson(m_store.setting(u"supervisorActions"_s).value_or(QByteArray()))
                .array();
        QJsonObject action = d;
        action.insert(u"at"_s, event.at);
        action.insert(u"seq"_s, event.seq);
        actions.append(action);
        while (actions.size() > 200)
            actions.removeFirst();
        if (auto r = m_store.setSetting(u"supervisorActions"_s,
                                        QJsonDocument(actions).toJson(QJsonDocument::Compact));
            !r)
            return r.error();
        change.supervision = true;
        return change;
    }
    default:
        break;
    }

    std::optional<Conversation> existing = conversation(event.conversation);
    if (event.kind == EventKind::ConversationOpened) {
        Conversation c = existing.value_or(Conversation {});
        if (existing && existing->lastSeq >= event.seq)
            return change; // already there
        c.id = event.conversation;
        c.reference = d.value(u"reference"_s).toString();
        c.channel = enumField<Channel>(d, u"channel"_s).value_or(Channel::WebChat);
        c.lang = enumField<Language>(d, u"lang"_s).value_or(Language::Fr);
        c.citizen = d.value(u"citizen"_s).toString();
        c.subject = d.value(u"subject"_s).toString();
        c.state = enumField<ConversationState>(d, u"state"_s).value_or(ConversationState::Queued);
        c.team = d.value(u"team"_s).toString();
        c.emergency = d.value(u"emergency"_s).toBool();
        c.sgbv = d.value(u"sgbv"_s).toBool();
        c.sla = enumField<SlaState>(d, u"sla"_s).value_or(SlaState::OnTime);
        c.deadline = d.value(u"deadline"_s).toInteger();
        c.openedAt = event.at;
        c.updatedAt = event.at;
        c.lastSeq = event.seq;
        // Saved now: messages that follow reference the row.
        if (auto r = m_store.saveConversation(c); !r)
            return r.error();
        if (auto r = noteFlagReasons(m_store, c, d, event.at, true); !r)
            return r.error();
        m_conversations.insert(c.id, c);
        change.conversation = c.id;
        return change;
    }
    // Anything else needs the conversation (a backfill sends "opened" first).
    if (!existing)
        return change;
    Conversation c = *existing;

    if (event.kind == EventKind::MessageAdded) {
        Message m;
        m.id = d.value(u"message"_s).toString();
        m.conversation = c.id;
        m.seq = event.seq;
        m.author = enumField<Author>(d, u"author"_s).value_or(Author::System);
        m.agent = d.value(u"agent"_s).toString();
        m.text = d.value(u"text"_s).toString();
        const QJsonArray attachments = d.value(u"attachments"_s).toArray();
        m.attachments = attachments.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(attachments).toJson(QJsonDocument::Compact));
        m.at = event.at;
        m.delivery = enumField<DeliveryState>(d, u"delivery"_s).value_or(DeliveryState::Sent);
        // Most messages are new to the cache: one insert. The others are this
        // agent's pending replies or a batch sent again.
        auto added = m_store.addMessageIfNew(m);
        if (!added)
            return added.error();
        const bool stored = !*added;
        if (stored) {
            const auto existing = m_store.message(m.id);
            if (!existing)
                return makeError(ErrorCode::StorageError,
                                 u"message %1 is neither new nor stored"_s.arg(m.id));
            m.reason = existing->reason;
            m.at = existing->at; // keep a pending reply where it was shown
            // A later delivery event may already have moved it further.
            if (existing->delivery != DeliveryState::Pending && existing->seq != 0)
                m.delivery = existing->delivery;
            if (auto r = m_store.saveMessage(m); !r)
                return r.error();
        }
        change.message = m.id;
        if (event.seq > c.lastSeq) {
            c.lastMessageAt = event.at;
            c.lastExcerpt = excerpt(m.text);
            if (m.author == Author::Citizen && !stored)
                c.unread += 1;
        } else if (!stored && event.at >= c.lastMessageAt) {
            // What a colleague's conversation said, sent once it became this
            // agent's (docs/protocol.md, "Visibility"): the queue shows its latest.
            c.lastMessageAt = event.at;
            c.lastExcerpt = excerpt(m.text);
            keep(c);
            change.conversation = c.id;
        }
    } else if (event.kind == EventKind::MessageDelivery) {
        const QString id = d.value(u"message"_s).toString();
        if (m_store.message(id)) {
            const auto state =
                enumField<DeliveryState>(d, u"delivery"_s).value_or(DeliveryState::Sent);
            if (auto r = m_store.setDelivery(id, state, d.value(u"reason"_s).toString()); !r)
                return r.error();
            change.message = id;
        }
    }

    if (event.seq <= c.lastSeq) {
        // The conversation row already reflects this event (a backfill or a
        // resent batch); messages above were still made sure of, and so is the
        // consent of a redirection withheld until the conversation became readable.
        if (event.kind == EventKind::ConversationRedirected && d.contains(u"consent"_s)
            && m_store.consent(c.id).isEmpty()) {
            const QByteArray consent =
                QJsonDocument(d.value(u"consent"_s).toObject()).toJson(QJsonDocument::Compact);
            if (auto r = m_store.saveConsent(c.id, QString::fromUtf8(consent)); !r)
                return r.error();
        }
        return change;
    }
    switch (event.kind) {
    case EventKind::ConversationUpdated:
        if (const auto lang = enumField<Language>(d, u"lang"_s))
            c.lang = *lang;
        if (d.contains(u"emergency"_s))
            c.emergency = d.value(u"emergency"_s).toBool();
        if (d.contains(u"sgbv"_s))
            c.sgbv = d.value(u"sgbv"_s).toBool();
        if (auto r = noteFlagReasons(m_store, c, d, event.at, false); !r)
            return r.error();
        if (d.contains(u"team"_s))
            c.team = d.value(u"team"_s).toString();
        break;
    case EventKind::ConversationClaimed:
        c.state = ConversationState::Claimed;
        c.owner = d.value(u"agent"_s).toString();
        break;
    case EventKind::ConversationReleased:
        c.state = ConversationState::Queued;
        c.owner.clear();
        if (d.value(u"reason"_s).toString() == u"reopened"_s) {
            c.outcome.reset();
            c.closedAt = 0;
        }
        break;
    case EventKind::ConversationClosed:
        c.state = ConversationState::Closed;
        c.outcome = enumField<Outcome>(d, u"outcome"_s);
        c.closedAt = event.at;
        break;
    case EventKind::ConversationRedirected:
        if (const auto target = enumField<RedirectTarget>(d, u"target"_s))
            c.outcome = outcomeFor(*target);
        if (d.contains(u"consent"_s)) {
            const QByteArray consent =
                QJsonDocument(d.value(u"consent"_s).toObject()).toJson(QJsonDocument::Compact);
            if (auto r = m_store.saveConsent(c.id, QString::fromUtf8(consent)); !r)
                return r.error();
        }
        break;
    case EventKind::SlaChanged:
        c.sla = enumField<SlaState>(d, u"sla"_s).value_or(c.sla);
        if (d.contains(u"deadline"_s))
            c.deadline = d.value(u"deadline"_s).toInteger();
        break;
    default:
        break;
    }
    c.updatedAt = event.at;
    c.lastSeq = event.seq;
    keep(c);
    change.conversation = c.id;
    return change;
}

} // namespace Guichet
