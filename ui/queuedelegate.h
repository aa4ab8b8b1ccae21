#pragma once

#include <QStyledItemDelegate>

namespace Guichet::Ui {

//! Paints a queue row: channel badge, citizen, language, excerpt, SLA countdown in
//! its colour, unread mark, owner; emergencies and violence cases marked at the
//! edge. One fixed height, no widgets per row, so 100,000 rows scroll smoothly.
class QueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    //! Tooltips show the model's text literally (Labels::plainToolTip).
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    //! The row height for @p font: two lines of text and some air.
    static int rowHeight(const QFont &font);
};

} // namespace Guichet::Ui
