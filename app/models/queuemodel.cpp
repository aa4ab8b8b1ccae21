#include "queuemodel.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Guichet {

QueueModel::QueueModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void QueueModel::setAgent(const QString &login, const QString &team)
{
    if (login == m_login && team == m_team)
        return;
    m_login = login;
    m_team = team;
    if (m_filter.scope != QueueFilter::Scope::All)
        rebuild();
}

QueueModel::Key QueueModel::keyOf(const Conversation &c)
{
    // Smaller is more urgent: open before closed, emergencies, then violence cases,
    // then the earliest deadline; the id makes every key unique.
    return Key { quint8(c.state == ConversationState::Closed), quint8(!c.emergency),
                 quint8(!c.sgbv), c.state == ConversationState::Closed ? -c.closedAt : c.deadline,
                 c.id };
}

bool QueueModel::accepts(size_t pos) const
{
    const Conversation &c = m_all[pos];
    switch (m_filter.states) {
    case QueueFilter::States::Open:
        if (c.state == ConversationState::Closed)
            return false;
        break;
    case QueueFilter::States::Queued:
        if (c.state != ConversationState::Queued)
            return false;
        break;
    case QueueFilter::States::Claimed:
        if (c.state != ConversationState::Claimed)
            return false;
        break;
    case QueueFilter::States::Closed:
        if (c.state != ConversationState::Closed)
            return false;
        break;
    case QueueFilter::States::Any:
        break;
    }
    if (m_filter.scope == QueueFilter::Scope::Mine && c.owner != m_login)
        return false;
    if (m_filter.scope == QueueFilter::Scope::Team && !m_team.isEmpty() && c.team != m_team)
        return false;
    if (m_filter.channel && c.channel != *m_filter.channel)
        return false;
    if (m_filter.lang && c.lang != *m_filter.lang)
        return false;
    if (m_filter.flaggedOnly && !c.emergency && !c.sgbv)
        return false;
    if (!m_filter.search.isEmpty()) {
        // Case-insensitive: Qt::CaseInsensitive folds case as QString::contains() does,
        // with a skip table (several times faster over 100,000 conversations).
        return m_search.indexIn(c.citizen) >= 0 || m_search.indexIn(c.reference) >= 0
            || m_search.indexIn(c.subject) >= 0 || m_search.indexIn(c.lastExcerpt) >= 0;
    }
    return true;
}

int QueueModel::lowerBound(const std::vector<int> &positions, const Key &key) const
{
    const auto it =
        std::lower_bound(positions.begin(), positions.end(), key,
                         [this](int pos, const Key &k) { return m_keys[size_t(pos)] < k; });
    return int(it - positions.begin());
}

void QueueModel::rebuild()
{
    // The filter in storage order (memory read in sequence, which matters at
    // 100,000 conversations), then the accepted ones in queue order: m_order is
    // sorted already, nothing to sort.
    std::vector<char> accepted(m_all.size());
    for (size_t pos = 0; pos < m_all.size(); ++pos)
        accepted[pos] = accepts(pos);
    beginResetModel();
    m_visible.clear();
    m_visible.reserve(m_order.size());
    for (const int pos : m_order) {
        if (accepted[size_t(pos)])
            m_visible.push_back(pos);
    }
    endResetModel();
    Q_EMIT countsChanged();
}

void QueueModel::load(QList<Conversation> conversations)
{
    m_all.clear();
    m_keys.clear();
    m_index.clear();
    m_waiting = 0;
    m_all.reserve(size_t(conversations.size()));
    m_keys.reserve(size_t(conversations.size()));
    m_index.reserve(conversations.size());
    for (Conversation &c : conversations) {
        m_index.insert(c.id, int(m_all.size()));
        m_keys.push_back(keyOf(c));
        if (c.state == ConversationState::Queued)
            ++m_waiting;
        m_all.push_back(std::move(c));
    }
    m_order.resize(m_all.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::sort(m_order.begin(), m_order.end(),
              [this](int a, int b) { return m_keys[size_t(a)] < m_keys[size_t(b)]; });
    rebuild();
}

void QueueModel::clear()
{
    m_refusals.clear();
    load({});
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    if (filter == m_filter)
        return;
    if (filter.search != m_filter.search)
        m_search.setPattern(filter.search);
    m_filter = filter;
    rebuild();
}

void QueueModel::store(size_t pos, const Conversation &c)
{
    const Key key = keyOf(c);
    if (pos == m_all.size()) {
        m_index.insert(c.id, int(pos));
        m_all.push_back(c);
        m_keys.push_back(key);
        m_order.insert(m_order.begin() + lowerBound(m_order, key), int(pos));
    } else {
        if (m_all[pos].state == ConversationState::Queued)
            --m_waiting;
        if (m_keys[pos] != key) {
            m_order.erase(m_order.begin() + lowerBound(m_order, m_keys[pos]));
            m_keys[pos] = key;
            m_order.insert(m_order.begin() + lowerBound(m_order, key), int(pos));
        }
        m_all[pos] = c;
    }
    if (c.state == ConversationState::Queued)
        ++m_waiting;
}

void QueueModel::upsert(const QList<Conversation> &conversations)
{
    if (conversations.size() > kLargeBatch) {
        // A sync after a long absence: one rebuild (one layout of the view) costs less
        // than hundreds of single-row changes, each of which lays out every row.
        for (const Conversation &c : conversations) {
            const auto found = m_index.constFind(c.id);
            store(found == m_index.cend() ? m_all.size() : size_t(*found), c);
        }
        rebuild();
        return;
    }
    for (const Conversation &c : conversations) {
        const auto found = m_index.constFind(c.id);
        if (found == m_index.cend()) {
            const size_t pos = m_all.size();
            store(pos, c);
            if (accepts(pos)) {
                const int row = lowerBound(m_keys.back());
                beginInsertRows({}, row, row);
                m_visible.insert(m_visible.begin() + row, int(pos));
                endInsertRows();
            }
            continue;
        }
        const size_t pos = size_t(*found);
        const bool wasVisible = accepts(pos);
        const int oldRow = wasVisible ? lowerBound(m_keys[pos]) : -1;
        store(pos, c);
        const bool visible = accepts(pos);
        if (oldRow >= 0 && !visible) {
            beginRemoveRows({}, oldRow, oldRow);
            m_visible.erase(m_visible.begin() + oldRow);
            endRemoveRows();
        } else if (oldRow < 0 && visible) {
            const int row = lowerBound(m_keys[pos]);
            beginInsertRows({}, row, row);
            m_visible.insert(m_visible.begin() + row, int(pos));
            endInsertRows();
        } else if (oldRow >= 0) {
            // Where the row goes once taken out of its old place.
            m_visible.erase(m_visible.begin() + oldRow);
            const int newRow = lowerBound(m_keys[pos]);
            m_visible.insert(m_visible.begin() + oldRow, int(pos));
            if (newRow == oldRow) {
                const QModelIndex changed = index(oldRow);
                Q_EMIT dataChanged(changed, changed);
            } else {
                const int destination = newRow < oldRow ? newRow : newRow + 1;
                beginMoveRows({}, oldRow, oldRow, {}, destination);
                m_visible.erase(m_visible.begin() + oldRow);
                m_visible.insert(m_visible.begin() + newRow, int(pos));
                endMoveRows();
                const QModelIndex changed = index(newRow);
                Q_EMIT dataChanged(changed, changed);
            }
        }
    }
    Q_EMIT countsChanged();
}

void QueueModel::remove(qint64 id)
{
    const auto found = m_index.constFind(id);
    if (found == m_index.cend())
        return;
    const size_t pos = size_t(*found);
    if (accepts(pos)) {
        const int row = lowerBound(m_keys[pos]);
        beginRemoveRows({}, row, row);
        m_visible.erase(m_visible.begin() + row);
        endRemoveRows();
    }
    if (m_all[pos].state == ConversationState::Queued)
        --m_waiting;
    m_order.erase(m_order.begin() + lowerBound(m_order, m_keys[pos]));
    // Keep positions dense: the last conversation takes the removed one's place.
    const size_t last = m_all.size() - 1;
    if (pos != last) {
        m_order[size_t(lowerBound(m_order, m_keys[last]))] = int(pos);
        if (const int row = lowerBound(m_keys[last]);
            row < int(m_visible.size()) && m_visible[size_t(row)] == int(last))
            m_visible[size_t(row)] = int(pos);
        m_all[pos] = std::move(m_all[last]);
        m_keys[pos] = m_keys[last];
        m_index[m_all[pos].id] = int(pos);
    }
    m_all.pop_back();
    m_keys.pop_back();
    m_index.remove(id);
    Q_EMIT countsChanged();
}

const Conversation &QueueModel::at(int row) const
{
    return m_all[size_t(m_visible[size_t(row)])];
}

int QueueModel::rowOf(qint64 id) const
{
    const auto found = m_index.constFind(id);
    if (found == m_index.cend() || !accepts(size_t(*found)))
        return -1;
    return lowerBound(m_keys[size_t(*found)]);
}

std::optional<Conversation> QueueModel::conversation(qint64 id) const
{
    const auto found = m_index.constFind(id);
    if (found == m_index.cend())
        return std::nullopt;
    return m_all[size_t(*found)];
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &c = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CitizenRole:
        return c.citizen.isEmpty() ? c.reference : c.citizen;
    case Qt::ToolTipRole:
        return c.subject.isEmpty() ? c.lastExcerpt : c.subject;
    case IdRole:
        return c.id;
    case ReferenceRole:
        return c.reference;
    case ChannelRole:
        return QVariant::fromValue(c.channel);
    case LanguageRole:
        return QVariant::fromValue(c.lang);
    case SubjectRole:
        return c.subject;
    case StateRole:
        return QVariant::fromValue(c.state);
    case OwnerRole:
        return c.owner;
    case EmergencyRole:
        return c.emergency;
    case SgbvRole:
        return c.sgbv;
    case SlaRole:
        return QVariant::fromValue(c.sla);
    case DeadlineRole:
        return c.deadline;
    case ExcerptRole:
        return c.lastExcerpt;
    case LastMessageAtRole:
        return c.lastMessageAt;
    case UnreadRole:
        return c.unread;
    case RefusedRole:
        return m_refusals.value(c.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { IdRole, "id" },
                   { ReferenceRole, "reference" },
                   { ChannelRole, "channel" },
                   { LanguageRole, "lang" },
                   { CitizenRole, "citizen" },
                   { SubjectRole, "subject" },
                   { StateRole, "state" },
                   { OwnerRole, "owner" },
                   { EmergencyRole, "emergency" },
                   { SgbvRole, "sgbv" },
                   { SlaRole, "sla" },
                   { DeadlineRole, "deadline" },
                   { ExcerptRole, "excerpt" },
                   { LastMessageAtRole, "lastMessageAt" },
                   { UnreadRole, "unread" },
                   { RefusedRole, "refused" } });
    return names;
}

void QueueModel::setRefusals(const QHash<qint64, int> &counts)
{
    QList<qint64> touched;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (m_refusals.value(it.key()) != it.value())
            touched.append(it.key());
    }
    for (auto it = m_refusals.cbegin(); it != m_refusals.cend(); ++it) {
        if (!counts.contains(it.key()))
            touched.append(it.key());
    }
    m_refusals = counts;
    for (const qint64 id : std::as_const(touched)) {
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), { RefusedRole });
    }
    if (!touched.isEmpty())
        Q_EMIT countsChanged();
}

int QueueModel::refusedCount() const
{
    int total = 0;
    for (const int n : m_refusals)
        total += n;
    return total;
}

} // namespace Guichet
