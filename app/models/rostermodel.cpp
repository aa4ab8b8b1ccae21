#include "rostermodel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Guichet {

std::optional<RosterEntry> RosterEntry::fromJson(const QJsonObject &object)
{
    RosterEntry entry;
    entry.login = object.value(u"login"_s).toString();
    if (entry.login.isEmpty())
        return std::nullopt;
    entry.name = object.value(u"name"_s).toString();
    if (entry.name.isEmpty())
        entry.name = entry.login;
    entry.role = fromWireName<Role>(object.value(u"role"_s).toString()).value_or(Role::Gendarme);
    entry.team = object.value(u"team"_s).toString();
    entry.presence =
        fromWireName<Presence>(object.value(u"presence"_s).toString()).value_or(Presence::Offline);
    entry.capacity = int(object.value(u"capacity"_s).toInteger());
    entry.load = int(object.value(u"load"_s).toInteger());
    entry.disabled = object.value(u"disabled"_s).toBool();
    return entry;
}

RosterModel::RosterModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int RosterModel::rowOf(const QString &login) const
{
    const auto it =
        std::lower_bound(m_entries.cbegin(), m_entries.cend(), login,
                         [](const RosterEntry &e, const QString &key) { return e.login < key; });
    return it != m_entries.cend() && it->login == login ? int(it - m_entries.cbegin()) : -1;
}

void RosterModel::upsert(const RosterEntry &entry)
{
    if (entry.login.isEmpty() || entry.login == m_excluded)
        return;
    const int row = rowOf(entry.login);
    if (row >= 0) {
        if (m_entries.at(row) == entry)
            return;
        m_entries[row] = entry;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto it =
        std::lower_bound(m_entries.cbegin(), m_entries.cend(), entry.login,
                         [](const RosterEntry &e, const QString &key) { return e.login < key; });
    const int at = int(it - m_entries.cbegin());
    beginInsertRows({}, at, at);
    m_entries.insert(at, entry);
    endInsertRows();
}

void RosterModel::setEntries(QList<RosterEntry> entries)
{
    QSet<QString> keep;
    for (const RosterEntry &e : std::as_const(entries)) {
        if (e.login != m_excluded)
            keep.insert(e.login);
    }
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (!keep.contains(m_entries.at(row).login)) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    for (const RosterEntry &e : std::as_const(entries))
        upsert(e);
}

void RosterModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void RosterModel::setExcluded(const QString &login)
{
    m_excluded = login;
    if (const int row = rowOf(login); row >= 0) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
}

void RosterModel::setLastReplies(const QHash<QString, qint64> &lastReplies)
{
    m_lastReplies = lastReplies;
    refreshLastReplies();
}

void RosterModel::noteReply(const QString &login, qint64 at)
{
    if (m_lastReplies.value(login) >= at)
        return;
    m_lastReplies.insert(login, at);
    if (const int row = rowOf(login); row >= 0)
        Q_EMIT dataChanged(index(row, LastReplyColumn), index(row, LastReplyColumn));
}

void RosterModel::refreshLastReplies()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, LastReplyColumn),
                           index(int(m_entries.size()) - 1, LastReplyColumn));
}

QString RosterModel::presenceText(Presence presence)
{
    switch (presence) {
    case Presence::Available:
        return tr("Available");
    case Presence::Away:
        return tr("Away");
    case Presence::Busy:
        return tr("Busy");
    case Presence::Offline:
        return tr("Offline");
    }
    return {};
}

QString RosterModel::roleText(Role role)
{
    switch (role) {
    case Role::Gendarme:
        return tr("Gendarme");
    case Role::Reservist:
        return tr("Reservist");
    case Role::Supervisor:
        return tr("Supervisor");
    }
    return {};
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name == e.login ? e.name : u"%1 (%2)"_s.arg(e.name, e.login);
        case PresenceColumn:
            //: In the roster's presence column: the account is disabled
            return e.disabled ? tr("Disabled") : presenceText(e.presence);
        case LoadColumn:
            //: Conversations held out of the most the agent may hold, e.g. "3 / 10"
            return tr("%1 / %2").arg(e.load).arg(e.capacity);
        case RoleColumn:
            return roleText(e.role);
        case LastReplyColumn: {
            const qint64 at = m_lastReplies.value(e.login);
            if (!at)
                //: No reply from this agent seen yet
                return tr("—");
            const qint64 minutes =
                std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - at) / 60000);
            if (minutes < 1)
                return tr("just now");
            if (minutes < 120)
                return tr("%n min ago", nullptr, int(minutes));
            return tr("%n h ago", nullptr, int(minutes / 60));
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (e.disabled)
            return tr("Disabled: cannot log in until a supervisor or an administrator enables "
                      "the account again.");
        if (e.presence == Presence::Offline)
            return tr("Offline: a conversation given to them would go back to the queue.");
        if (e.load >= e.capacity)
            return tr("Holds as many conversations as allowed.");
        return {};
    case Qt::AccessibleTextRole:
        //: Read by screen readers for one agent of the transfer list
        return tr("%1, %2, %3 of %4 conversations")
            .arg(e.name, e.disabled ? tr("Disabled") : presenceText(e.presence))
            .arg(e.load)
            .arg(e.capacity);
    case LoginRole:
        return e.login;
    case PresenceRole:
        return int(e.presence);
    case LoadRole:
        return e.load;
    case CapacityRole:
        return e.capacity;
    case RoleRole:
        return int(e.role);
    case TeamRole:
        return e.team;
    case CanTakeRole:
        return e.canTake();
    case DisabledRole:
        return e.disabled;
    case LastReplyRole:
        return m_lastReplies.value(e.login);
    case SortRole: {
        // Who can take it first, then by presence, then the least loaded, then the name.
        const QString key = u"%1%2%3 "_s.arg(e.canTake() ? 0 : 1)
                                .arg(int(e.presence))
                                .arg(e.load, 6, 10, QLatin1Char('0'));
        return QString(key + e.name.toCaseFolded());
    }
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case PresenceColumn:
        return tr("Presence");
    case LoadColumn:
        return tr("Load");
    case RoleColumn:
        return tr("Role");
    case LastReplyColumn:
        return tr("Last reply");
    }
    return {};
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Everyone is shown; only those who can take a conversation can be picked.
    return m_entries.at(index.row()).canTake() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                               : Qt::NoItemFlags;
}

} // namespace Guichet
