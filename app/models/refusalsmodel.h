#pragma once

#include "app/core/outboxentry.h"

#include <QAbstractTableModel>

namespace Guichet {

class Workstation;

//! The agent's refused commands, oldest first: which conversation, what, why (in
//! the agent's language), when. Read from the outbox by reload(); the
//! workstation's list of refusals binds to it.
class RefusalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ConversationColumn, CommandColumn, ReasonColumn, ColumnCount };
    enum Role {
        CommandIdRole = Qt::UserRole + 1,
        ConversationIdRole,
        CodeRole,
    };
    Q_ENUM(Role)

    explicit RefusalsModel(Workstation *workstation, QObject *parent = nullptr);

    //! Read the refusals again; rows that stayed keep their place.
    void reload();
    const OutboxEntry &at(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Workstation *m_workstation;
    QList<OutboxEntry> m_entries;
};

} // namespace Guichet
