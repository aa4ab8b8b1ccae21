#pragma once

#include "protocol/enums.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace Guichet {

//! One agent as the roster shows them: who, presence and load against capacity,
//! from the server's agent.updated events (docs/protocol.md).
struct RosterEntry
{
    QString login;
    QString name;
    Role role = Role::Gendarme;
    QString team;
    Presence presence = Presence::Offline;
    int capacity = 0;
    int load = 0;
    //! The account is disabled (by a supervisor or the admin command): shown as such,
    //! given nothing, offered re-enabling.
    bool disabled = false;
    bool operator==(const RosterEntry &) const = default;

    //! Can be given a conversation now: enabled, connected (not offline), room left.
    bool canTake() const { return !disabled && presence != Presence::Offline && load < capacity; }
    static std::optional<RosterEntry> fromJson(const QJsonObject &object);
};

//! The agents this workstation is shown (its team's and the supervisors; all of
//! them for a supervisor), one row each, kept in login order. Updated in place:
//! rows change, arrive and leave with the usual signals, so a view keeps its
//! selection while loads move. Sort and filter with a proxy.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PresenceColumn,
        LoadColumn,
        RoleColumn,
        LastReplyColumn,
        ColumnCount
    };
    enum Roles {
        LoginRole = Qt::UserRole + 1,
        PresenceRole, //!< Presence as int
        LoadRole,
        CapacityRole,
        RoleRole, //!< Role as int
        TeamRole,
        CanTakeRole, //!< bool: RosterEntry::canTake()
        SortRole, //!< a key that puts those who can take first, the least loaded first
        LastReplyRole, //!< ms since the epoch of the agent's last reply this cache saw; 0: none
        DisabledRole, //!< bool: RosterEntry::disabled
    };

    explicit RosterModel(QObject *parent = nullptr);

    //! Show exactly @p entries (any order): rows are updated, inserted and removed.
    void setEntries(QList<RosterEntry> entries);
    //! Add or update one agent.
    void upsert(const RosterEntry &entry);
    void clear();
    //! Leave @p login out (the agent at this workstation: nobody transfers to themselves).
    void setExcluded(const QString &login);

    //! When each agent last replied to a citizen (from the cache: what this workstation sees).
    void setLastReplies(const QHash<QString, qint64> &lastReplies);
    //! @p login replied at @p at (kept if newer).
    void noteReply(const QString &login, qint64 at);
    //! "Last reply" reads relative to now: say it changed (a minute went by).
    void refreshLastReplies();

    const RosterEntry &at(int row) const { return m_entries.at(row); }
    //! The row of @p login, or -1.
    int rowOf(const QString &login) const;
    QList<RosterEntry> entries() const { return m_entries; }

    static QString presenceText(Presence presence);
    static QString roleText(Role role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<RosterEntry> m_entries; //!< sorted by login
    QString m_excluded;
    QHash<QString, qint64> m_lastReplies;
};

} // namespace Guichet
