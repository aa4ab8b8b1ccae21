#include "labels.h"

#include <QPainter>
#include <QPixmap>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Guichet::Ui {

QString Labels::channel(Channel channel)
{
    switch (channel) {
    case Channel::WebChat:
        return tr("Web chat");
    case Channel::WebForm:
        return tr("Web form");
    case Channel::Messenger:
        return tr("Messenger");
    case Channel::Twitter:
        return tr("X");
    }
    return {};
}

QString Labels::language(Language lang)
{
    switch (lang) {
    case Language::Fr:
        return tr("French");
    case Language::En:
        return tr("English");
    case Language::De:
        return tr("German");
    case Language::It:
        return tr("Italian");
    case Language::Es:
        return tr("Spanish");
    }
    return {};
}

QString Labels::state(ConversationState state)
{
    switch (state) {
    case ConversationState::Queued:
        return tr("Waiting");
    case ConversationState::Claimed:
        return tr("Taken");
    case ConversationState::Closed:
        return tr("Closed");
    }
    return {};
}

QString Labels::sla(SlaState sla)
{
    switch (sla) {
    case SlaState::OnTime:
        return tr("On time");
    case SlaState::AtRisk:
        return tr("At risk");
    case SlaState::Breached:
        return tr("Late");
    }
    return {};
}

QString Labels::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Answered:
        return tr("Answered");
    case Outcome::Pharos:
        return tr("Redirected to Pharos");
    case Outcome::Perceval:
        return tr("Redirected to Perceval");
    case Outcome::These:
        return tr("Redirected to Thésée");
    case Outcome::PlainteEnLigne:
        return tr("Redirected to Plainte en ligne");
    case Outcome::Brigade:
        return tr("Forwarded to the local brigade");
    case Outcome::Emergency:
        return tr("Referred to 17 / 112");
    case Outcome::Spam:
        return tr("Spam");
    case Outcome::Duplicate:
        return tr("Duplicate");
    }
    return {};
}

QString Labels::presence(Presence presence)
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

QString Labels::delivery(DeliveryState delivery)
{
    switch (delivery) {
    case DeliveryState::Pending:
        return tr("Pending");
    case DeliveryState::Sent:
        return tr("Sent");
    case DeliveryState::Delivered:
        return tr("Delivered");
    case DeliveryState::Read:
        return tr("Read");
    case DeliveryState::Failed:
        return tr("Failed");
    }
    return {};
}

QString Labels::redirectTarget(RedirectTarget target)
{
    switch (target) {
    case RedirectTarget::Pharos:
        return tr("Pharos");
    case RedirectTarget::Perceval:
        return tr("Perceval");
    case RedirectTarget::These:
        return tr("Thésée");
    case RedirectTarget::PlainteEnLigne:
        return tr("Plainte en ligne");
    case RedirectTarget::Brigade:
        return tr("Local brigade");
    }
    return {};
}

QString Labels::countdown(qint64 deadlineMs, qint64 nowMs)
{
    if (deadlineMs <= 0)
        return {};
    const qint64 left = (deadlineMs - nowMs) / 60000;
    const qint64 minutes = left < 0 ? -left : left;
    const QString span = minutes < 60
        ? tr("%n min", nullptr, int(minutes))
        : tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return left < 0 ? tr("late by %1").arg(span) : span;
}

QColor Labels::slaColor(SlaState sla, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (sla) {
    case SlaState::OnTime:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case SlaState::AtRisk:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case SlaState::Breached:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    }
    return palette.color(QPalette::Text);
}

QIcon Labels::channelIcon(Channel channel)
{
    // Drawn, not shipped: a coloured badge with the channel's letter, sharp at any scale.
    static QIcon icons[4];
    const int i = int(channel);
    if (!icons[i].isNull())
        return icons[i];
    static const QColor colours[4] = { QColor(0x1e, 0x63, 0xb4), QColor(0x5d, 0x6d, 0x7e),
                                       QColor(0x00, 0x84, 0xff), QColor(0x14, 0x17, 0x1a) };
    static const char *letters[4] = { "C", "F", "M", "X" };
    for (const int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(colours[i]);
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(0, 0, size, size), size / 4.0, size / 4.0);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(size * 2 / 3);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QString::fromLatin1(letters[i]));
        painter.end();
        icons[i].addPixmap(pixmap);
    }
    return icons[i];
}

QString Labels::plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // convertFromPlainText escapes and wraps in <p>, so the tooltip is rich text
    // whose only content is the literal text.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString Labels::notificationBody(const QString &text)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return text.toHtmlEscaped();
#else
    return text;
#endif
}

} // namespace Guichet::Ui
