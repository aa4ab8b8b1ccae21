#include "queuedelegate.h"

#include "app/models/queuemodel.h"
#include "labels.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

int QueueDelegate::rowHeight(const QFont &font)
{
    const QFontMetrics metrics(font);
    return metrics.height() * 2 + metrics.height() / 2 + 8;
}

QSize QueueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return { 200, rowHeight(option.font) };
}

void QueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);
    const QFontMetrics metrics(opt.font);
    const int line = metrics.height();
    const QRect r = opt.rect.adjusted(8, 4, -8, -4);

    const auto channel = index.data(QueueModel::ChannelRole).value<Channel>();
    const auto lang = index.data(QueueModel::LanguageRole).value<Language>();
    const auto sla = index.data(QueueModel::SlaRole).value<SlaState>();
    const auto state = index.data(QueueModel::StateRole).value<ConversationState>();
    const bool emergency = index.data(QueueModel::EmergencyRole).toBool();
    const bool sgbv = index.data(QueueModel::SgbvRole).toBool();
    const int unread = index.data(QueueModel::UnreadRole).toInt();
    const QString owner = index.data(QueueModel::OwnerRole).toString();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (emergency || sgbv) {
        // An edge that cannot be missed: red for danger now, violet for violence cases.
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 4, opt.rect.height()),
                          emergency ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x8e, 0x24, 0xaa));
    }

    const int iconSize = line + line / 2;
    Labels::channelIcon(channel).paint(painter, QRect(r.left(), r.top() + 2, iconSize, iconSize));
    const int x = r.left() + iconSize + 8;

    // Right column: SLA countdown over the owner.
    QString countdown;
    if (state != ConversationState::Closed)
        countdown = Labels::countdown(index.data(QueueModel::DeadlineRole).toLongLong(),
                                      QDateTime::currentMSecsSinceEpoch());
    else
        countdown = Labels::state(state);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int rightWidth =
        std::max(boldMetrics.horizontalAdvance(countdown), metrics.horizontalAdvance(owner)) + 4;
    const QRect right(r.right() - rightWidth, r.top(), rightWidth, r.height());
    painter->setFont(bold);
    painter->setPen(state == ConversationState::Closed ? dim : Labels::slaColor(sla, palette));
    painter->drawText(QRect(right.left(), right.top(), right.width(), line),
                      Qt::AlignRight | Qt::AlignVCenter, countdown);
    painter->setFont(opt.font);
    painter->setPen(dim);
    painter->drawText(QRect(right.left(), right.top() + line + 2, right.width(), line),
                      Qt::AlignRight | Qt::AlignVCenter, owner);

    // First line: unread mark, citizen, language.
    int left = x;
    if (unread > 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
        const int d = line / 2;
        painter->drawEllipse(QRect(left, r.top() + (line - d) / 2, d, d));
        left += d + 6;
    }
    const QString langCode = wireName(lang).toUpper();
    const int langWidth = metrics.horizontalAdvance(langCode) + 8;
    const int nameWidth = right.left() - left - langWidth - 12;
    painter->setFont(unread > 0 ? bold : opt.font);
    painter->setPen(text);
    const QString name =
        (unread > 0 ? boldMetrics : metrics)
            .elidedText(index.data(QueueModel::CitizenRole).toString(), Qt::ElideRight, nameWidth);
    painter->drawText(QRect(left, r.top(), nameWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      name);
    const int nameEnd = left + (unread > 0 ? boldMetrics : metrics).horizontalAdvance(name) + 8;
    painter->setFont(opt.font);
    QRect chip(nameEnd, r.top() + 1, langWidth, line - 2);
    painter->setPen(dim);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(chip, 3, 3);
    painter->drawText(chip, Qt::AlignCenter, langCode);

    // A refused action of the agent's on this conversation: a badge that is not missed.
    if (const int refused = index.data(QueueModel::RefusedRole).toInt(); refused > 0) {
        const QString badge = tr("⚠ %n refused", nullptr, refused);
        const int badgeWidth = boldMetrics.horizontalAdvance(badge) + 10;
        const QRect pill(chip.right() + 6, r.top() + 1, badgeWidth, line - 2);
        if (pill.right() < right.left() - 4) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xc6, 0x28, 0x28));
            painter->drawRoundedRect(pill, 4, 4);
            painter->setFont(bold);
            painter->setPen(Qt::white);
            painter->drawText(pill, Qt::AlignCenter, badge);
            painter->setFont(opt.font);
        }
    }

    // Second line: flags, then the last message.
    QString excerpt = index.data(QueueModel::ExcerptRole).toString().simplified();
    if (emergency)
        excerpt = tr("EMERGENCY") + u" · "_s + excerpt;
    painter->setPen(emergency && !selected ? QColor(0xd3, 0x2f, 0x2f) : dim);
    painter->drawText(QRect(x, r.top() + line + 2, right.left() - x - 8, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(excerpt, Qt::ElideRight, right.left() - x - 8));
    painter->restore();
}

bool QueueDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                              const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPos(), Labels::plainToolTip(text), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Guichet::Ui
