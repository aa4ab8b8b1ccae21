#pragma once

#include <QStyledItemDelegate>

namespace Guichet::Ui {

//! Paints a message as a bubble: the citizen's on the left, the agents' on the
//! right, system notes centred; time, author and delivery state underneath
//! (pending, sent, delivered, read, or failed with its reason); attachments as links.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect bubble;
        QRect text;
        QRect attachments;
        QRect footer;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

} // namespace Guichet::Ui
