#include "redirects.h"

#include "resources/redirectresources.h"
#include "server/core/serverlogging.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Guichet::Server::Redirects {

namespace {

const QString kSettingKey = u"redirects"_s;

//! What is stored, if anything; an unreadable copy counts as none.
std::optional<RedirectDefinitions> stored(SettingsStore &settings)
{
    const auto text = settings.setting(kSettingKey);
    if (!text)
        return std::nullopt;
    auto parsed = RedirectDefinitions::parse(text->toUtf8());
    if (!parsed) {
        qCWarning(lcServer).noquote()
            << "the stored redirect definitions are invalid:" << parsed.error().toString();
        return std::nullopt;
    }
    return std::move(*parsed);
}

Result<void> store(SettingsStore &settings, EventLog &events,
                   const RedirectDefinitions &definitions, qint64 now)
{
    const QJsonObject document = definitions.toJson();
    if (auto set = settings.setSetting(
            kSettingKey, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
        !set) {
        return set;
    }
    auto event =
        events.appendEvent(EventKind::RedirectsUpdated, 0, { { u"definitions"_s, document } }, now);
    if (!event)
        return event.error();
    return {};
}

} // namespace

Result<RedirectDefinitions> builtIn()
{
    QFile file(Resources::redirectDefinitions());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, u"the built-in redirect definitions are missing"_s);
    return RedirectDefinitions::parse(file.readAll());
}

Result<RedirectDefinitions> current(SettingsStore &settings)
{
    if (auto definitions = stored(settings))
        return std::move(*definitions);
    return builtIn();
}

Result<bool> seed(SettingsStore &settings, EventLog &events, qint64 now)
{
    // Checked again inside the transaction: instances starting together on one
    // PostgreSQL database seed once (writers hold the advisory lock).
    if (settings.setting(kSettingKey))
        return false;
    auto definitions = builtIn();
    if (!definitions)
        return definitions.error();
    return settings.database().transaction([&]() -> Result<bool> {
        if (settings.setting(kSettingKey))
            return false;
        if (auto r = store(settings, events, *definitions, now); !r)
            return r.error();
        qCInfo(lcServer) << "redirect definitions seeded, version" << definitions->version;
        return true;
    });
}

Result<qint64> replace(SettingsStore &settings, EventLog &events, RedirectDefinitions definitions,
                       qint64 now)
{
    const auto previous = stored(settings);
    if (previous && previous->sameContent(definitions))
        return qint64(0);
    // Versions only go up, so workstations and logs can tell copies apart.
    definitions.version =
        std::max(definitions.version, previous ? previous->version + 1 : qint64(1));
    if (auto r = store(settings, events, definitions, now); !r)
        return r.error();
    return definitions.version;
}

Result<bool> import(SettingsStore &settings, EventLog &events, RedirectDefinitions definitions,
                    qint64 now)
{
    return settings.database().transaction([&]() -> Result<bool> {
        auto version = replace(settings, events, std::move(definitions), now);
        if (!version)
            return version.error();
        return *version != 0;
    });
}

} // namespace Guichet::Server::Redirects
