#pragma once

#include "app/core/message.h"
#include "protocol/enums.h"
#include "protocol/frames.h"
#include "protocol/limits.h"

#include <QList>

namespace Guichet {

//! The longest reply a channel carries (Messenger's Send API stops at 2,000
//! characters; X direct messages and our own pages at the protocol's limit).
constexpr int replyLimit(Channel channel)
{
    return channel == Channel::Messenger ? 2000 : Protocol::kMaxMessageChars;
}

//! The platform's rules for a reply now, from what the cache holds, so the
//! composer says them before sending, with the numbers the server said at login
//! (Protocol::ChannelRules; its defaults are the platforms' own: Messenger 24 h,
//! then 7 days with the human agent tag; X 24 h and 5 replies per citizen
//! message; docs/channels.md). The server decides; this only warns ahead.
struct ReplyWindow
{
    enum class State {
        None, //!< no platform window (web chat, web form)
        Open,
        HumanAgentTag, //!< Messenger past 24 h: goes with the HUMAN_AGENT tag
        Closed, //!< the server will refuse: the citizen must write again
    };
    State state = State::None;
    qint64 endsAt = 0; //!< when the current state ends (ms since epoch)
    int repliesLeft = -1; //!< X: replies left for the citizen's last message
};

inline ReplyWindow replyWindow(Channel channel, const QList<Message> &messages, qint64 now,
                               const Protocol::ChannelRules &rules = {})
{
    ReplyWindow w;
    if (channel != Channel::Messenger && channel != Channel::Twitter)
        return w;
    qint64 lastCitizen = 0;
    int repliesSince = 0;
    for (const Message &m : messages) {
        if (m.author == Author::Citizen && m.at >= lastCitizen) {
            lastCitizen = m.at;
            repliesSince = 0;
        } else if (m.author == Author::Agent && m.at >= lastCitizen
                   && m.delivery != DeliveryState::Failed) {
            ++repliesSince;
        }
    }
    if (!lastCitizen) {
        w.state = ReplyWindow::State::Closed;
        return w;
    }
    if (channel == Channel::Messenger) {
        if (now < lastCitizen + rules.messengerWindowMs) {
            w.state = ReplyWindow::State::Open;
            w.endsAt = lastCitizen + rules.messengerWindowMs;
        } else if (rules.messengerHumanAgentTag
                   && now < lastCitizen + rules.messengerHumanAgentWindowMs) {
            w.state = ReplyWindow::State::HumanAgentTag;
            w.endsAt = lastCitizen + rules.messengerHumanAgentWindowMs;
        } else {
            w.state = ReplyWindow::State::Closed;
        }
        return w;
    }
    w.repliesLeft = std::max(0, rules.xRepliesPerMessage - repliesSince);
    w.endsAt = lastCitizen + rules.xWindowMs;
    w.state =
        now < w.endsAt && w.repliesLeft > 0 ? ReplyWindow::State::Open : ReplyWindow::State::Closed;
    return w;
}

} // namespace Guichet
