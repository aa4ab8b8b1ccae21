#include "messagedelegate.h"

#include "app/models/conversationmodel.h"
#include "labels.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

namespace {

constexpr int kMargin = 8;
constexpr int kPadding = 8;

QString attachmentLines(const QModelIndex &index)
{
    QStringList lines;
    for (const QVariant &a : index.data(ConversationModel::AttachmentsRole).toList()) {
        const QVariantMap map = a.toMap();
        const QString name = map.value(u"name"_s).toString();
        lines.append(u"🔗 "_s + (name.isEmpty() ? map.value(u"url"_s).toString() : name));
    }
    return lines.join(QLatin1Char('\n'));
}

QString footerText(const QModelIndex &index)
{
    const auto author = index.data(ConversationModel::AuthorRole).value<Author>();
    const QString time =
        QDateTime::fromMSecsSinceEpoch(index.data(ConversationModel::AtRole).toLongLong())
            .toString(u"dd/MM HH:mm"_s);
    if (author != Author::Agent) {
        // A note the server put on a citizen's message (one that arrived over
        // the rate limit): the agent must see it.
        const QString note = index.data(ConversationModel::ReasonRole).toString();
        return note.isEmpty() ? time : time + u" · ⚠ "_s + note;
    }
    const auto delivery = index.data(ConversationModel::DeliveryRole).value<DeliveryState>();
    QString footer = time + u" · "_s + index.data(ConversationModel::AgentRole).toString()
        + u" · "_s + Labels::delivery(delivery);
    if (delivery == DeliveryState::Failed) {
        const QString reason = index.data(ConversationModel::ReasonRole).toString();
        footer = MessageDelegate::tr("%1: %2 — select it and press Ctrl+R to retry",
                                     "delivery failed: reason")
                     .arg(footer, reason.isEmpty() ? MessageDelegate::tr("not delivered") : reason);
    }
    return footer;
}

} // namespace

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                const QModelIndex &index, int width) const
{
    Layout l;
    const QFontMetrics metrics(option.font);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const auto author = index.data(ConversationModel::AuthorRole).value<Author>();
    const int maxText = std::max(120, int(width * 0.72) - 2 * kPadding);
    const QString text = index.data(ConversationModel::TextRole).toString();
    const QRect textBox =
        metrics.boundingRect(QRect(0, 0, maxText, 100000), Qt::TextWordWrap, text);
    const QString links = attachmentLines(index);
    const QRect linkBox = links.isEmpty()
        ? QRect()
        : metrics.boundingRect(QRect(0, 0, maxText, 100000), Qt::TextWordWrap, links);
    const QString footer = footerText(index);
    const QRect footerBox =
        smallMetrics.boundingRect(QRect(0, 0, maxText, 1000), Qt::TextWordWrap, footer);
    const int inner = std::max({ textBox.width(), linkBox.width(), footerBox.width() });
    const int bubbleWidth = inner + 2 * kPadding;
    const int bubbleHeight = textBox.height() + (links.isEmpty() ? 0 : linkBox.height() + 4)
        + footerBox.height() + 4 + 2 * kPadding;
    int left = kMargin;
    if (author == Author::Agent)
        left = width - kMargin - bubbleWidth;
    else if (author == Author::System)
        left = (width - bubbleWidth) / 2;
    l.bubble = QRect(left, kMargin / 2, bubbleWidth, bubbleHeight);
    l.text = QRect(left + kPadding, l.bubble.top() + kPadding, inner, textBox.height());
    l.attachments = links.isEmpty()
        ? QRect()
        : QRect(l.text.left(), l.text.bottom() + 4, inner, linkBox.height());
    const int footerTop = (links.isEmpty() ? l.text.bottom() : l.attachments.bottom()) + 4;
    l.footer = QRect(l.text.left(), footerTop, inner, footerBox.height());
    l.height = bubbleHeight + kMargin;
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : 500;
    return { width, layout(option, index, width).height };
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout l = layout(option, index, option.rect.width());
    const auto author = index.data(ConversationModel::AuthorRole).value<Author>();
    const auto delivery = index.data(ConversationModel::DeliveryRole).value<DeliveryState>();
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;

    QColor fill = palette.color(QPalette::AlternateBase);
    QColor ink = palette.color(QPalette::Text);
    if (author == Author::Agent) {
        fill = palette.color(QPalette::Highlight);
        fill.setAlphaF(0.22f);
    } else if (author == Author::System) {
        fill = palette.color(QPalette::Window);
    }
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(selected
                        ? QPen(palette.color(QPalette::Highlight), 2)
                        : QPen(palette.color(QPalette::Mid), author == Author::System ? 1 : 0));
    if (!selected && author != Author::System)
        painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(l.bubble, 10, 10);

    painter->setPen(ink);
    QFont font = option.font;
    font.setItalic(author == Author::System);
    painter->setFont(font);
    painter->drawText(l.text, Qt::TextWordWrap, index.data(ConversationModel::TextRole).toString());
    if (!l.attachments.isNull()) {
        QFont link = option.font;
        link.setUnderline(true);
        painter->setFont(link);
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(l.attachments, Qt::TextWordWrap, attachmentLines(index));
    }
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    painter->setFont(small);
    QColor footerInk = ink;
    footerInk.setAlphaF(0.65f);
    if (author == Author::Agent && delivery == DeliveryState::Failed)
        footerInk = QColor(0xd3, 0x2f, 0x2f);
    painter->setPen(footerInk);
    painter->drawText(l.footer,
                      Qt::TextWordWrap | (author == Author::Agent ? Qt::AlignRight : Qt::AlignLeft),
                      footerText(index));
    painter->restore();
}

} // namespace Guichet::Ui
