#pragma once

#include <QStyledItemDelegate>

namespace Guichet::Ui {

//! A FAQ result: the question with the matched words marked, and the start of
//! the answer; a note when the entry is a translation from another language.
class FaqDelegate : public QStyledItemDelegate
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
};

} // namespace Guichet::Ui
