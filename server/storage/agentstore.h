#pragma once

#include "database.h"
#include "records.h"
#include "settingsstore.h"

#include <QHash>

namespace Guichet::Server {

//! Agents' accounts and their session tokens (stored as digests).
class AgentStore : public SqlStore
{
public:
    using SqlStore::SqlStore;

    Result<AgentRecord> insertAgent(AgentRecord agent, qint64 now);
    Result<void> updateAgent(const AgentRecord &agent);
    std::optional<AgentRecord> agent(const QString &login);
    std::optional<AgentRecord> agentById(qint64 id);
    QList<AgentRecord> agents();
    Result<void> touchAgents(const QList<qint64> &ids, qint64 now);
    Result<void> setPresence(qint64 agentId, Presence presence);
    //! A counter bumped by every change to agents, so running servers notice an
    //! admin command (disable, role change) made by another process.
    qint64 agentsVersion();
    Result<void> bumpAgentsVersion();

    Result<void> insertToken(const QByteArray &digest, qint64 agentId, qint64 now,
                             qint64 expiresAt);
    //! The agent a valid (unexpired, unrevoked) token belongs to.
    std::optional<qint64> tokenAgent(const QByteArray &digest, qint64 now);
    //! tokenAgent() for many digests in a few statements: the agent of each
    //! digest still valid at @p now; the others are absent, as are those the
    //! database could not be asked about (tokenAgent()'s std::nullopt).
    QHash<QByteArray, qint64> tokenAgents(const QList<QByteArray> &digests, qint64 now);
    Result<void> revokeTokens(qint64 agentId);

private:
    SettingsStore m_settings { m_database };
};

} // namespace Guichet::Server
