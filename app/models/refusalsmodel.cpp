#include "refusalsmodel.h"

#include "app/models/errortext.h"
#include "app/models/workstation.h"

#include <QDateTime>

namespace Guichet {

RefusalsModel::RefusalsModel(Workstation *workstation, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workstation(workstation)
{
    connect(workstation, &Workstation::refusalsChanged, this, &RefusalsModel::reload);
    connect(workstation, &Workstation::lockedChanged, this, &RefusalsModel::reload);
    reload();
}

void RefusalsModel::reload()
{
    const QList<OutboxEntry> now = m_workstation->refusals(0);
    // Rows gone are removed, new ones appended: the list is ordered by sending
    // order, and a refusal never moves.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const QString id = m_entries.at(row).id;
        const bool kept =
            std::any_of(now.cbegin(), now.cend(), [&](const OutboxEntry &e) { return e.id == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    QList<OutboxEntry> added;
    for (const OutboxEntry &entry : now) {
        const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                       [&](const OutboxEntry &e) { return e.id == entry.id; });
        if (!known)
            added.append(entry);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + added.size() - 1));
        m_entries.append(added);
        endInsertRows();
    }
}

int RefusalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RefusalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ConversationColumn: {
            const auto c = m_workstation->queue()->conversation(e.conversation);
            return c ? c->reference : QString::number(e.conversation);
        }
        case CommandColumn:
            return Workstation::describeCommand(e);
        case ReasonColumn:
            return ErrorText::describe(e.errorCode.value_or(ErrorCode::Internal), e.errorMessage);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return QDateTime::fromMSecsSinceEpoch(e.createdAt).toString(Qt::TextDate);
    case CommandIdRole:
        return e.id;
    case ConversationIdRole:
        return e.conversation;
    case CodeRole:
        return e.errorCode ? errorCodeName(*e.errorCode) : QString();
    default:
        return {};
    }
}

QVariant RefusalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ConversationColumn:
        return tr("Conversation");
    case CommandColumn:
        return tr("Action");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

QHash<int, QByteArray> RefusalsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({ { CommandIdRole, "commandId" },
                   { ConversationIdRole, "conversation" },
                   { CodeRole, "code" } });
    return names;
}

} // namespace Guichet
