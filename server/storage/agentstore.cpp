#include "agentstore.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

// ---- Agents and tokens --------------------------------------------------------------------

Result<AgentRecord> AgentStore::insertAgent(AgentRecord agent, qint64 now)
{
    Query q = prepared(u"INSERT INTO agents (login, name, role, team, languages, capacity, "
                       "disabled, expires_at, password_hash, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bindAll(agent.login, agent.name, wireName(agent.role), agent.team,
              joinLanguages(agent.languages), agent.capacity, agent.disabled ? 1 : 0,
              agent.expiresAt, agent.passwordHash, now);
    if (!q.exec() || !q.next())
        return errorOf(q);
    agent.id = q.value(0).toLongLong();
    m_database.noteAgentsChanged();
    return agent;
}

Result<void> AgentStore::updateAgent(const AgentRecord &agent)
{
    Query q = prepared(u"UPDATE agents SET name = ?, role = ?, team = ?, languages = ?, "
                       "capacity = ?, disabled = ?, expires_at = ?, password_hash = ?, "
                       "failed_logins = ?, locked_until = ?, wipe_requested = ? WHERE id = ?"_s);
    q.bindAll(agent.name, wireName(agent.role), agent.team, joinLanguages(agent.languages),
              agent.capacity, agent.disabled ? 1 : 0, agent.expiresAt, agent.passwordHash,
              agent.failedLogins, agent.lockedUntil, agent.wipeRequested ? 1 : 0, agent.id);
    m_database.noteAgentsChanged();
    return exec(q);
}

std::optional<AgentRecord> AgentStore::agent(const QString &login)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kAgentColumns)
                       + u" FROM agents WHERE login = ?"_s);
    q.bindValue(0, login);
    return readRow(q, readAgent);
}

std::optional<AgentRecord> AgentStore::agentById(qint64 id)
{
    Query q =
        prepared(u"SELECT "_s + QLatin1StringView(kAgentColumns) + u" FROM agents WHERE id = ?"_s);
    q.bindValue(0, id);
    return readRow(q, readAgent);
}

QList<AgentRecord> AgentStore::agents()
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kAgentColumns)
                       + u" FROM agents ORDER BY login"_s);
    return readRows(q, readAgent);
}

Result<void> AgentStore::touchAgents(const QList<qint64> &ids, qint64 now)
{
    // One statement for up to 500 agents, not one each: the heartbeat of 200
    // connected agents held the write lock for 200 round trips. The ids are
    // numbers from the server itself, written into the statement (not prepared:
    // each count would be a statement of its own).
    constexpr qsizetype kChunk = 500;
    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        QStringList list;
        for (const qint64 id : ids.mid(first, kChunk))
            list.append(QString::number(id));
        QSqlQuery q = m_database.adHoc();
        if (!m_database.execDirect(
                q,
                u"UPDATE agents SET last_seen = %1 WHERE id IN (%2)"_s.arg(now).arg(
                    list.join(u',')))) {
            return errorOf(q);
        }
    }
    return {};
}

Result<void> AgentStore::setPresence(qint64 agentId, Presence presence)
{
    Query q = prepared(u"UPDATE agents SET presence = ? WHERE id = ?"_s);
    q.bindAll(wireName(presence), agentId);
    return exec(q);
}

qint64 AgentStore::agentsVersion()
{
    return m_settings.setting(u"agents_version"_s).value_or(u"0"_s).toLongLong();
}

Result<void> AgentStore::bumpAgentsVersion()
{
    m_database.noteAgentsChanged();
    return m_settings.setSetting(u"agents_version"_s, QString::number(agentsVersion() + 1));
}

Result<void> AgentStore::insertToken(const QByteArray &digest, qint64 agentId, qint64 now,
                                     qint64 expiresAt)
{
    Query q = prepared(
        u"INSERT INTO tokens (digest, agent_id, created_at, expires_at) VALUES (?, ?, ?, ?)"_s);
    q.bindAll(QString::fromLatin1(digest), agentId, now, expiresAt);
    return exec(q);
}

std::optional<qint64> AgentStore::tokenAgent(const QByteArray &digest, qint64 now)
{
    Query q = prepared(u"SELECT agent_id FROM tokens WHERE digest = ? AND revoked = 0 "
                       "AND expires_at > ?"_s);
    q.bindAll(QString::fromLatin1(digest), now);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QHash<QByteArray, qint64> AgentStore::tokenAgents(const QList<QByteArray> &digests, qint64 now)
{
    // One statement for up to kChunk sessions, not one each: checking 200
    // sessions took 200 round trips on PostgreSQL. A fixed number of
    // placeholders keeps it one prepared statement (the unused ones repeat
    // the first digest).
    constexpr qsizetype kChunk = 50;
    static const QString sql = [] {
        QString text = u"SELECT digest, agent_id FROM tokens WHERE revoked = 0 "
                       "AND expires_at > ? AND digest IN (?"_s;
        for (qsizetype i = 1; i < kChunk; ++i)
            text.append(u", ?"_s);
        text.append(u')');
        return text;
    }();
    QHash<QByteArray, qint64> agents;
    for (qsizetype first = 0; first < digests.size(); first += kChunk) {
        const QList<QByteArray> chunk = digests.mid(first, kChunk);
        Query q = prepared(sql);
        q.bindValue(0, now);
        for (qsizetype i = 0; i < kChunk; ++i)
            q.bindValue(int(i + 1), QString::fromLatin1(chunk.value(i, chunk.constFirst())));
        if (!q.exec())
            break;
        while (q.next())
            agents.insert(q.value(0).toString().toLatin1(), q.value(1).toLongLong());
    }
    return agents;
}

Result<void> AgentStore::revokeTokens(qint64 agentId)
{
    Query q = prepared(u"UPDATE tokens SET revoked = 1 WHERE agent_id = ?"_s);
    q.bindValue(0, agentId);
    return exec(q);
}

} // namespace Guichet::Server
