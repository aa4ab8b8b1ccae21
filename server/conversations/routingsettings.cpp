#include "routingsettings.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

qint64 RoutingSettings::answerWithin(Channel channel) const
{
    return channel == Channel::WebChat ? chatAnswerWithin : messageAnswerWithin;
}

qint64 RoutingSettings::atRiskAfter(Channel channel) const
{
    return channel == Channel::WebChat ? chatAtRiskAfter : messageAtRiskAfter;
}

RoutingSettings RoutingSettings::fromJson(const QJsonObject &o)
{
    RoutingSettings s;
    if (o.value(u"mode"_s).toString() == u"push"_s)
        s.mode = Mode::Push;
    s.defaultTeam = o.value(u"defaultTeam"_s).toString(s.defaultTeam);
    for (const QJsonValue &team : o.value(u"teams"_s).toArray()) {
        if (!team.toString().isEmpty())
            s.teams.append(team.toString());
    }
    const auto ms = [&o](const QString &key, qint64 fallback) {
        // toInteger: an out-of-range or fractional value falls back instead of a UB cast.
        const qint64 value = o.value(key).toInteger(0);
        return value > 0 ? value : fallback;
    };
    s.chatAnswerWithin = ms(u"chatAnswerWithinMs"_s, s.chatAnswerWithin);
    s.chatAtRiskAfter = ms(u"chatAtRiskAfterMs"_s, s.chatAtRiskAfter);
    s.messageAnswerWithin = ms(u"messageAnswerWithinMs"_s, s.messageAnswerWithin);
    s.messageAtRiskAfter = ms(u"messageAtRiskAfterMs"_s, s.messageAtRiskAfter);
    s.leaseTimeout = ms(u"leaseTimeoutMs"_s, s.leaseTimeout);
    s.tokenLifetime = ms(u"tokenLifetimeMs"_s, s.tokenLifetime);
    s.tickInterval = ms(u"tickIntervalMs"_s, s.tickInterval);
    const QJsonObject surge = o.value(u"surge"_s).toObject();
    for (const QJsonValue &v : surge.value(u"channels"_s).toArray()) {
        if (const auto channel = fromWireName<Channel>(v.toString()))
            s.surgeChannels.append(*channel);
    }
    for (const QJsonValue &v : surge.value(u"languages"_s).toArray()) {
        if (const auto lang = fromWireName<Language>(v.toString()))
            s.surgeLanguages.append(*lang);
    }
    s.surgeCapacity = int(std::clamp<qint64>(surge.value(u"capacity"_s).toInteger(0), 0, 100));
    const auto surgeMs = [&surge](const QString &key, qint64 fallback) {
        const qint64 value = surge.value(key).toInteger(0);
        return value > 0 ? value : fallback;
    };
    s.enrolmentCodeLifetime = surgeMs(u"enrolmentCodeLifetimeMs"_s, s.enrolmentCodeLifetime);
    s.enrolledAccountLifetime = surgeMs(u"enrolledAccountLifetimeMs"_s, s.enrolledAccountLifetime);
    return s;
}

bool Surge::covers(Channel channel, Language lang) const
{
    return active && (channels.isEmpty() || channels.contains(channel))
        && (languages.isEmpty() || languages.contains(lang));
}

QJsonObject Surge::toJson() const
{
    QJsonArray channelNames;
    for (const Channel channel : channels)
        channelNames.append(wireName(channel));
    QJsonArray languageNames;
    for (const Language lang : languages)
        languageNames.append(wireName(lang));
    QJsonObject o { { u"active"_s, active },
                    { u"channels"_s, channelNames },
                    { u"languages"_s, languageNames } };
    if (active && since > 0)
        o.insert(u"since"_s, since);
    return o;
}

Surge Surge::fromJson(const QJsonObject &o)
{
    Surge s;
    s.active = o.value(u"active"_s).toBool();
    s.since = s.active ? o.value(u"since"_s).toInteger() : 0;
    for (const QJsonValue &v : o.value(u"channels"_s).toArray()) {
        if (const auto channel = fromWireName<Channel>(v.toString()))
            s.channels.append(*channel);
    }
    for (const QJsonValue &v : o.value(u"languages"_s).toArray()) {
        if (const auto lang = fromWireName<Language>(v.toString()))
            s.languages.append(*lang);
    }
    return s;
}

} // namespace Guichet::Server
