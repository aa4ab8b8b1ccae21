#include "conversationstore.h"

#include "protocol/uuid.h"
#include "rows.h"
#include "server/core/serverlogging.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

// ---- Conversations and messages ---------------------------------------------------------

namespace {

//! Binds @p c's columns (those of kConversationAssignments, in order) from
//! @p first; returns the next index.
int bindConversation(Database::Query &q, const ConversationRecord &c, int first)
{
    return q.bindFrom(first, wireName(c.channel), wireName(c.lang), c.citizen, c.citizenKey,
                      c.subject, wireName(c.state), c.owner, c.team, c.emergency ? 1 : 0,
                      c.sgbv ? 1 : 0, wireName(c.sla), c.deadline,
                      c.outcome ? wireName(*c.outcome) : QString(u""_s), c.openedAt, c.updatedAt,
                      c.closedAt, c.lastCitizenAt, QString::fromLatin1(c.accessDigest));
}

} // namespace

Result<ConversationRecord> ConversationStore::insertConversation(ConversationRecord c)
{
    Query q = prepared(
        u"INSERT INTO conversations (reference, channel, lang, citizen, citizen_key, subject, "
        "state, owner, team, emergency, sgbv, sla, deadline, outcome, opened_at, updated_at, "
        "closed_at, last_citizen_at, access_digest) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    // A unique placeholder until the id is known.
    q.bindValue(0, QString(u"pending-"_s + newUuid()));
    bindConversation(q, c, 1);
    if (!q.exec() || !q.next())
        return errorOf(q);
    c.id = q.value(0).toLongLong();
    c.reference = referenceFor(c.id);
    Query update = prepared(u"UPDATE conversations SET reference = ? WHERE id = ?"_s);
    update.bindAll(c.reference, c.id);
    if (auto done = exec(update); !done)
        return done.error();
    return c;
}

namespace {

// Shared by the statements that write a whole conversation or a message.
constexpr const char *kConversationAssignments =
    "channel = ?, lang = ?, citizen = ?, citizen_key = ?, subject = ?, state = ?, owner = ?, "
    "team = ?, emergency = ?, sgbv = ?, sla = ?, deadline = ?, outcome = ?, opened_at = ?, "
    "updated_at = ?, closed_at = ?, last_citizen_at = ?, access_digest = ?";
// An agent's message sets the conversation's first reply time, unless an
// earlier one is there: the earliest agent message, as the figures count it.
constexpr const char *kFirstReplyAssignment =
    "first_reply_at = CASE WHEN first_reply_at = 0 OR first_reply_at > ? THEN ? "
    "ELSE first_reply_at END";

//! UPDATE of the conversation's columns (@p whole: from a record), and of its
//! first reply time for an agent's message (@p reply); empty when neither.
QString conversationWrite(bool whole, bool reply)
{
    if (!whole && !reply)
        return {};
    QStringList assignments;
    if (whole)
        assignments.append(QLatin1StringView(kConversationAssignments));
    if (reply)
        assignments.append(QLatin1StringView(kFirstReplyAssignment));
    return u"UPDATE conversations SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s;
}

//! Binds conversationWrite()'s parameters from @p first; returns the next index.
int bindConversationWrite(Database::Query &q, const ConversationRecord *whole,
                          const MessageRecord *reply, int first)
{
    int i = first;
    if (whole)
        i = bindConversation(q, *whole, i);
    if (reply)
        i = q.bindFrom(i, reply->at, reply->at);
    return q.bindFrom(i, whole ? whole->id : reply->conversation);
}
constexpr const char *kMessageInsert =
    "INSERT INTO messages (id, conversation, seq, author, agent, text, attachments, at, "
    "delivery, reason, external_id) VALUES (?, ?, %1, ?, ?, ?, ?, ?, ?, ?, ?)";

//! Binds @p m to kMessageInsert's parameters from @p first; its seq too when
//! the statement takes it as a parameter.
void bindMessage(Database::Query &q, const MessageRecord &m, int first, bool seqIsParameter)
{
    int i = q.bindFrom(first, m.id, m.conversation);
    if (seqIsParameter)
        i = q.bindFrom(i, m.seq);
    q.bindFrom(i, wireName(m.author), m.agent, m.text, m.attachments, m.at, wireName(m.delivery),
               m.reason, m.externalId);
}

} // namespace

Result<void> ConversationStore::updateConversation(const ConversationRecord &c)
{
    Query q = prepared(conversationWrite(true, false));
    bindConversationWrite(q, &c, nullptr, 0);
    return exec(q);
}

Result<bool> ConversationStore::setSlaIf(qint64 id, qint64 deadline, SlaState sla)
{
    Query q =
        prepared(u"UPDATE conversations SET sla = ? WHERE id = ? AND deadline = ? AND sla <> ?"_s);
    q.bindAll(wireName(sla), id, deadline, wireName(sla));
    if (auto done = exec(q); !done)
        return done.error();
    return q.numRowsAffected() == 1;
}

Result<QList<Protocol::Event>>
ConversationStore::setSlaIfWithEvents(const QList<SlaUpdate> &updates, qint64 at)
{
    Q_ASSERT(m_database.inTransaction());
    QList<Protocol::Event> events;
    if (updates.isEmpty())
        return events;
    if (m_database.backend() == Database::Backend::Sqlite) {
        for (const SlaUpdate &u : updates) {
            auto changed = setSlaIf(u.conversation, u.deadline, u.sla);
            if (!changed)
                return changed.error();
            if (!*changed)
                continue;
            auto e = m_events.appendEvent(EventKind::SlaChanged, u.conversation, u.data, at);
            if (!e)
                return e.error();
            events.append(*e);
        }
        return events;
    }
    // A surge turns hundreds of chats "at risk" in the same tick: one
    // statement for the lot. The first row's casts type the VALUES columns.
    QString rows;
    for (qsizetype i = 0; i < updates.size(); ++i) {
        rows += i == 0
            ? u"(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT))"_s
            : u", (?, ?, ?, ?)"_s;
    }
    Query q = prepared(
        u"WITH wanted (id, deadline, sla, data) AS (VALUES "_s + rows
        + u"), changed AS (UPDATE conversations c SET sla = wanted.sla FROM wanted "
          "WHERE c.id = wanted.id AND c.deadline = wanted.deadline AND c.sla <> wanted.sla "
          "RETURNING c.id) "
          "INSERT INTO events (kind, at, conversation, data) "
          "SELECT CAST(? AS TEXT), CAST(? AS BIGINT), wanted.id, wanted.data "
          "FROM wanted JOIN changed ON changed.id = wanted.id ORDER BY wanted.id "
          "RETURNING seq, conversation"_s);
    int i = 0;
    QHash<qint64, const SlaUpdate *> byConversation;
    for (const SlaUpdate &u : updates) {
        i = q.bindFrom(i, u.conversation, u.deadline, wireName(u.sla), toJsonText(u.data));
        byConversation.insert(u.conversation, &u);
    }
    q.bindFrom(i, wireName(EventKind::SlaChanged), at);
    if (!q.exec())
        return errorOf(q);
    while (q.next()) {
        const qint64 conversation = q.value(1).toLongLong();
        events.append(Protocol::Event { q.value(0).toLongLong(), EventKind::SlaChanged, at,
                                        conversation, byConversation.value(conversation)->data });
    }
    std::sort(events.begin(), events.end(),
              [](const Protocol::Event &a, const Protocol::Event &b) { return a.seq < b.seq; });
    for (const Protocol::Event &event : std::as_const(events))
        m_database.noteEventAppended(event);
    return events;
}

Result<bool> ConversationStore::claimIfQueued(qint64 id, const QString &owner, qint64 now)
{
    Query q = prepared(u"UPDATE conversations SET state = 'claimed', owner = ?, updated_at = ? "
                       "WHERE id = ? AND state = 'queued'"_s);
    q.bindAll(owner, now, id);
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() == 1;
}

std::optional<ConversationRecord> ConversationStore::conversation(qint64 id)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE id = ?"_s);
    q.bindValue(0, id);
    return readRow(q, readConversation);
}

std::optional<ConversationRecord>
ConversationStore::conversationAndMessage(qint64 id, const QString &messageId, bool *messageKnown)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u", EXISTS (SELECT 1 FROM messages WHERE id = ?) FROM conversations "
                         "WHERE id = ?"_s);
    q.bindAll(messageId, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    *messageKnown = q.value(kConversationColumnCount).toBool();
    return readConversation(q);
}

QHash<QString, ConversationStore::KnownConversation>
ConversationStore::conversationsAndMessages(const QList<std::pair<qint64, QString>> &keys)
{
    // A few statement sizes, padded with keys that match nothing, so a handful
    // of prepared statements serve every group size.
    constexpr int kSizes[] = { 4, 16, 64, 256 };
    constexpr int kLargest = kSizes[std::size(kSizes) - 1];
    QHash<QString, KnownConversation> result;
    for (qsizetype from = 0; from < keys.size(); from += kLargest) {
        const qsizetype count = std::min<qsizetype>(kLargest, keys.size() - from);
        int size = kLargest;
        for (const int candidate : kSizes) {
            if (candidate >= count) {
                size = candidate;
                break;
            }
        }
        QString values;
        for (int i = 0; i < size; ++i)
            values += (i == 0 ? u""_s : u", "_s) + u"(CAST(? AS BIGINT), CAST(? AS TEXT))"_s;
        Query q = prepared(u"WITH k(cid, mid) AS (VALUES "_s + values + u") SELECT "_s
                           + QLatin1StringView(kConversationColumns)
                           + u", k.mid, EXISTS (SELECT 1 FROM messages m WHERE m.id = k.mid) "
                             "FROM k JOIN conversations ON conversations.id = k.cid"_s);
        for (int i = 0; i < size; ++i) {
            const bool real = i < count;
            q.bindValue(2 * i, real ? keys[from + i].first : qint64(0));
            q.bindValue(2 * i + 1, real ? keys[from + i].second : QString());
        }
        if (!q.exec())
            continue; // each message is then read on its own
        while (q.next()) {
            KnownConversation known;
            known.conversation = readConversation(q);
            known.messageKnown = q.value(kConversationColumnCount + 1).toBool();
            result.insert(q.value(kConversationColumnCount).toString(), known);
        }
    }
    return result;
}

std::optional<ConversationRecord> ConversationStore::conversationByAccess(const QByteArray &digest)
{
    if (digest.isEmpty())
        return std::nullopt;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE access_digest = ?"_s);
    q.bindValue(0, QString::fromLatin1(digest));
    return readRow(q, readConversation);
}

std::optional<ConversationRecord> ConversationStore::openConversationOf(Channel channel,
                                                                        const QString &citizenKey)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE channel = ? AND citizen_key = ? "
                         "AND state <> 'closed' ORDER BY id DESC LIMIT 1"_s);
    q.bindAll(wireName(channel), citizenKey);
    return readRow(q, readConversation);
}

QList<ConversationRecord> ConversationStore::allConversations()
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations ORDER BY id"_s);
    return readRows(q, readConversation);
}

QList<ConversationRecord> ConversationStore::conversationsOfEvents(qint64 after, qint64 upTo)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE id IN (SELECT conversation FROM events "
                         "WHERE seq > ? AND seq <= ?)"_s);
    q.bindAll(after, upTo);
    return readRows(q, readConversation);
}

QList<ConversationRecord> ConversationStore::openConversations(bool queuedOnly)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + (queuedOnly ? u" FROM conversations WHERE state = 'queued' "_s
                                     : u" FROM conversations WHERE state <> 'closed' "_s)
                       + u"ORDER BY emergency DESC, sgbv DESC, deadline, id"_s);
    return readRows(q, readConversation);
}

QList<ConversationRecord> ConversationStore::queue()
{
    Query q = prepared(u"SELECT id, channel, lang, state, owner, team, emergency, sgbv, deadline "
                       "FROM conversations WHERE state = 'queued' "
                       "ORDER BY emergency DESC, sgbv DESC, deadline, id"_s);
    return readRows(q, [](const auto &row) {
        ConversationRecord c;
        c.id = row.value(0).toLongLong();
        c.channel = enumOr(row.value(1), Channel::WebChat);
        c.lang = enumOr(row.value(2), Language::Fr);
        c.state = enumOr(row.value(3), ConversationState::Queued);
        c.owner = row.value(4).toString();
        c.team = row.value(5).toString();
        c.emergency = row.value(6).toInt() != 0;
        c.sgbv = row.value(7).toInt() != 0;
        c.deadline = row.value(8).toLongLong();
        return c;
    });
}

QList<ConversationStore::SlaWatch> ConversationStore::slaWatch(qint64 now, qint64 chatRiskLine,
                                                               qint64 messageRiskLine)
{
    QList<SlaWatch> result;
    // Reading all 2,000 open chats every tick to find the few that change cost
    // ~4 ms on PostgreSQL before the rows' transfer, the event loop waiting;
    // the state is worked out here instead (0.5 ms).
    Query q = prepared(u"SELECT id, channel, deadline, sla FROM conversations "
                       "WHERE state <> 'closed' AND deadline <> 0 AND sla <> CASE "
                       "WHEN deadline <= CAST(? AS BIGINT) THEN 'breached' "
                       "WHEN deadline <= CASE WHEN channel = 'webchat' THEN CAST(? AS BIGINT) "
                       "ELSE CAST(? AS BIGINT) END THEN 'at_risk' ELSE 'on_time' END"_s);
    q.bindAll(now, chatRiskLine, messageRiskLine);
    if (q.exec()) {
        while (q.next()) {
            SlaWatch w;
            w.id = q.value(0).toLongLong();
            w.channel = fromWireName<Channel>(q.value(1).toString()).value_or(Channel::WebChat);
            w.deadline = q.value(2).toLongLong();
            w.sla = fromWireName<SlaState>(q.value(3).toString()).value_or(SlaState::OnTime);
            result.append(w);
        }
    }
    return result;
}

QHash<QString, int> ConversationStore::openCountsByTeam()
{
    QHash<QString, int> counts;
    Query q = prepared(
        u"SELECT team, count(*) FROM conversations WHERE state <> 'closed' GROUP BY team"_s);
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

int ConversationStore::claimedCount(const QString &owner)
{
    Query q =
        prepared(u"SELECT count(*) FROM conversations WHERE owner = ? AND state = 'claimed'"_s);
    q.bindValue(0, owner);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<ConversationRecord> ConversationStore::lapsedClaims(qint64 cutoff)
{
    // From the few agents gone quiet to their claims (agents are disabled,
    // never deleted: every owner has a row); a check of every claim's owner
    // took milliseconds each tick on PostgreSQL with thousands open.
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE state = 'claimed' AND owner IN "
                         "(SELECT login FROM agents WHERE last_seen < ?)"_s);
    q.bindValue(0, cutoff);
    return readRows(q, readConversation);
}

Result<void> ConversationStore::insertMessageRow(const MessageRecord &m)
{
    Query q = prepared(QLatin1StringView(kMessageInsert).arg(u"?"_s));
    bindMessage(q, m, 0, true);
    return exec(q);
}

Result<void> ConversationStore::insertMessage(const MessageRecord &m)
{
    if (m.author != Author::Agent)
        return insertMessageRow(m);
    // The message and the conversation's first reply time, together.
    const auto write = [&]() -> Result<void> {
        if (auto done = insertMessageRow(m); !done)
            return done;
        Query q = prepared(conversationWrite(false, true));
        bindConversationWrite(q, nullptr, &m, 0);
        return exec(q);
    };
    return m_database.inTransaction() ? write() : m_database.transaction(write);
}

Result<Protocol::Event> ConversationStore::appendMessage(const ConversationRecord *update,
                                                         const QJsonObject &data, MessageRecord &m)
{
    Q_ASSERT(m_database.inTransaction());
    const MessageRecord *reply = m.author == Author::Agent ? &m : nullptr;
    const QString write = conversationWrite(update != nullptr, reply != nullptr);
    if (m_database.backend() == Database::Backend::Sqlite) {
        if (!write.isEmpty()) {
            Query q = prepared(write);
            bindConversationWrite(q, update, reply, 0);
            if (auto done = exec(q); !done)
                return done.error();
        }
        auto e = m_events.appendEvent(EventKind::MessageAdded, m.conversation, data, m.at);
        if (!e)
            return e.error();
        m.seq = e->seq;
        if (auto done = insertMessageRow(m); !done)
            return done.error();
        return e;
    }
    // Data-modifying WITH clauses all run, in one round trip: the row and the
    // first reply time in one UPDATE (a row is updated once per statement).
    QString sql;
    if (!write.isEmpty())
        sql += u"WITH updated AS ("_s + write + u"), "_s;
    else
        sql += u"WITH "_s;
    sql += u"event AS (INSERT INTO events (kind, at, conversation, data) VALUES (?, ?, ?, ?) "
           "RETURNING seq) "_s
        + QLatin1StringView(kMessageInsert).arg(u"(SELECT seq FROM event)"_s) + u" RETURNING seq"_s;
    Query q = prepared(sql);
    int i = write.isEmpty() ? 0 : bindConversationWrite(q, update, reply, 0);
    i = q.bindFrom(i, wireName(EventKind::MessageAdded), m.at, m.conversation, toJsonText(data));
    bindMessage(q, m, i, false);
    if (!q.exec() || !q.next())
        return errorOf(q);
    m.seq = q.value(0).toLongLong();
    const Protocol::Event event { m.seq, EventKind::MessageAdded, m.at, m.conversation, data };
    m_database.noteEventAppended(event);
    return event;
}

std::optional<MessageRecord> ConversationStore::message(const QString &id)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kMessageColumns)
                       + u" FROM messages WHERE id = ?"_s);
    q.bindValue(0, id);
    return readRow(q, readMessage);
}

std::optional<MessageRecord> ConversationStore::messageByExternalId(const QString &externalId)
{
    if (externalId.isEmpty())
        return std::nullopt;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kMessageColumns)
                       + u" FROM messages WHERE external_id = ?"_s);
    q.bindValue(0, externalId);
    return readRow(q, readMessage);
}

Result<void> ConversationStore::updateDelivery(const QString &id, DeliveryState state,
                                               const QString &reason)
{
    Query q = prepared(u"UPDATE messages SET delivery = ?, reason = ? WHERE id = ?"_s);
    q.bindAll(wireName(state), reason, id);
    return exec(q);
}

Result<bool> ConversationStore::advanceDelivery(const QString &id, DeliveryState state,
                                                std::initializer_list<DeliveryState> from)
{
    QString states;
    for (const DeliveryState s : from)
        states += (states.isEmpty() ? u"'"_s : u", '"_s) + wireName(s) + u"'"_s;
    Query q =
        prepared(u"UPDATE messages SET delivery = ?, reason = '' WHERE id = ? AND delivery IN ("_s
                 + states + u")"_s);
    q.bindAll(wireName(state), id);
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() > 0;
}

QList<MessageRecord> ConversationStore::messages(qint64 conversation)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kMessageColumns)
                       + u" FROM messages WHERE conversation = ? ORDER BY at, seq"_s);
    q.bindValue(0, conversation);
    return readRows(q, readMessage);
}

std::optional<ConversationRecord> ConversationStore::latestConversationOf(Channel channel,
                                                                          const QString &citizenKey)
{
    if (citizenKey.isEmpty())
        return std::nullopt;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE channel = ? AND citizen_key = ? "
                         "ORDER BY id DESC LIMIT 1"_s);
    q.bindAll(wireName(channel), citizenKey);
    return readRow(q, readConversation);
}

int ConversationStore::liveRepliesSince(qint64 conversation, qint64 since)
{
    Query q = prepared(u"SELECT count(*) FROM messages WHERE conversation = ? "
                       "AND author = 'agent' AND delivery <> 'failed' AND at >= ?"_s);
    q.bindAll(conversation, since);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<void> ConversationStore::setConversationSender(qint64 conversation, const QString &sender)
{
    Query q = prepared(u"INSERT INTO conversation_senders (conversation, sender) VALUES (?, ?) "
                       "ON CONFLICT (conversation) DO NOTHING"_s);
    q.bindAll(conversation, sender);
    return exec(q);
}

std::optional<QString> ConversationStore::conversationSender(qint64 conversation)
{
    Query q = prepared(u"SELECT sender FROM conversation_senders WHERE conversation = ?"_s);
    q.bindValue(0, conversation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<void> ConversationStore::setFlagReason(qint64 conversation, const QString &flag,
                                              const QJsonObject &why, qint64 at)
{
    Query q = prepared(u"INSERT INTO conversation_flags (conversation, flag, why, at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (conversation, flag) "
                       "DO UPDATE SET why = excluded.why, at = excluded.at"_s);
    q.bindAll(conversation, flag, toJsonText(why), at);
    return exec(q);
}

QJsonObject ConversationStore::flagReasons(qint64 conversation)
{
    QJsonObject reasons;
    Query q = prepared(u"SELECT flag, why FROM conversation_flags WHERE conversation = ?"_s);
    q.bindValue(0, conversation);
    if (q.exec()) {
        while (q.next())
            reasons.insert(q.value(0).toString(), fromJsonText(q.value(1).toString()));
    }
    return reasons;
}

} // namespace Guichet::Server
