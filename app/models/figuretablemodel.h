#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace Guichet {

//! A small table of figures for the supervisor page (waiting by channel, by
//! language, today's volumes, redirects, survey comments): one row per key, the
//! columns given at construction. setRows() updates in place: rows with the same
//! keys change with dataChanged, so a view keeps its selection and scroll.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1, //!< the row's key (a wire name: "webchat", "fr", "pharos"…)
        ValueRole, //!< the row's last column as a number when it is one (sorting, tests)
    };

    struct Row
    {
        QString key;
        QVariantList cells; //!< one per column, shown as they are
        bool operator==(const Row &) const = default;
    };

    explicit FigureTableModel(const QStringList &headers, QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    void clear() { setRows({}); }
    //! The row of @p key, or -1.
    int rowOf(const QString &key) const;
    //! The last column of @p key's row (0 when absent).
    QVariant value(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace Guichet
