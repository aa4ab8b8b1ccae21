#pragma once

#include "protocol/enums.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPalette>

namespace Guichet::Ui {

//! The words and colours the views use for the domain's values, in one place so
//! that every view says the same thing, translated.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::Ui::Labels)

public:
    static QString channel(Channel channel);
    static QString language(Language lang);
    static QString state(ConversationState state);
    static QString sla(SlaState sla);
    static QString outcome(Outcome outcome);
    static QString presence(Presence presence);
    static QString delivery(DeliveryState delivery);
    static QString redirectTarget(RedirectTarget target);
    //! "12 min", "2 h 05", "late by 8 min".
    static QString countdown(qint64 deadlineMs, qint64 nowMs);

    //! A colour that reads on the current palette (dark included).
    static QColor slaColor(SlaState sla, const QPalette &palette);
    static QIcon channelIcon(Channel channel);
    //! @p text as a tooltip that Qt draws literally: tooltips guess the format, and
    //! a citizen's `<img …>` or `<font size=40>` must not be taken for markup.
    static QString plainToolTip(const QString &text);
    //! A desktop notification's body: freedesktop notification servers read a
    //! subset of HTML in it, so what a citizen wrote is escaped there.
    static QString notificationBody(const QString &text);
};

} // namespace Guichet::Ui
