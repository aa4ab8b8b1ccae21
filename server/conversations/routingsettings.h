#pragma once

#include "protocol/enums.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Guichet::Server {

//! How work is handed out and timed. From the config file's "routing" object;
//! every duration in milliseconds.
struct RoutingSettings
{
    enum class Mode { Pull, Push };

    //! Pull: agents take the next conversation. Push: the server also assigns
    //! queued conversations to available agents with free capacity, matching
    //! languages. Pulling works in both modes.
    Mode mode = Mode::Pull;
    QString defaultTeam = QStringLiteral("bnum");
    //! Teams that share new conversations (each goes to the team with the fewest
    //! open ones); empty: every conversation goes to defaultTeam.
    QStringList teams;
    qint64 chatAnswerWithin = 3 * 60 * 1000; //!< chats: time a citizen may wait for an answer
    qint64 chatAtRiskAfter = 60 * 1000;
    qint64 messageAnswerWithin = 24 * 3600 * 1000; //!< messages: the BNum's 24 hours
    qint64 messageAtRiskAfter = 18 * 3600 * 1000;
    qint64 leaseTimeout = 120 * 1000; //!< a claim lapses this long after its agent vanished
    qint64 tokenLifetime = 12 * 3600 * 1000; //!< one shift and some margin
    qint64 tickInterval = 2000; //!< SLA, lease and push-routing checks
    //! What a surge widens when a supervisor starts one without saying ("routing.surge"):
    //! the channels and languages reservists see (empty: all), and the number of
    //! conversations every agent may hold while it lasts (0: each agent's own).
    QList<Channel> surgeChannels;
    QList<Language> surgeLanguages;
    int surgeCapacity = 0;
    //! Enrolment codes: how long one stays valid, and how long the account it makes lasts.
    qint64 enrolmentCodeLifetime = 2 * 3600 * 1000;
    qint64 enrolledAccountLifetime = 12 * 3600 * 1000;

    qint64 answerWithin(Channel channel) const;
    qint64 atRiskAfter(Channel channel) const;
    static RoutingSettings fromJson(const QJsonObject &object);
};

//! A surge: what reservists may see while it lasts (DESIGN.md, roles).
struct Surge
{
    bool active = false;
    QList<Channel> channels; //!< empty: all
    QList<Language> languages; //!< empty: all
    qint64 since = 0; //!< when it started (ms), 0 when off

    bool covers(Channel channel, Language lang) const;
    QJsonObject toJson() const;
    static Surge fromJson(const QJsonObject &object);
};

} // namespace Guichet::Server
