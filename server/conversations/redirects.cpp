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
std::optional<RedirectDefinitions> stored(Storage &storage)
{
    const auto text = storage.setting(kSettingKey);
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

Result<void> store(Storage &storage, const RedirectDefinitions &definitions, qint64 now)
{
    const QJsonObject document = definitions.toJson();
    if (auto set = storage.setSetting(
            kSettingKey, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
        !set) {
        return set;
    }
    auto event = storage.appendEvent(EventKind::RedirectsUpdated, 0,
                                     { { u"definitions"_s, document } }, now);
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

Result<RedirectDefinitions> current(Storage &storage)
{
    if (auto definitions = stored(storage))
        return std::move(*definitions);
    return builtIn();
}

Result<bool> seed(Storage &storage, qint64 now)
{
    // Checked again inside the transaction: instances starting together on one
    // PostgreSQL database seed once (writers hold the advisory lock).
    if (storage.setting(kSettingKey))
        return false;
    auto definitions = builtIn();
    if (!definitions)
        return definitions.error();
    return storage.transaction([&]() -> Result<bool> {
        if (storage.setting(kSettingKey))
            return false;
        if (auto r = store(storage, *definitions, now); !r)
            return r.error();
        qCInfo(lcServer) << "redirect definitions seeded, version" << definitions->version;
        return true;
    });
}

Result<qint64> replace(Storage &storage, RedirectDefinitions definitions, qint64 now)
{
    const auto previous = stored(storage);
    if (previous && previous->sameContent(definitions))
        return qint64(0);
    // Versions only go up, so workstations and logs can tell copies apart.
    definitions.version =
        std::max(definitions.version, previous ? previous->version + 1 : qint64(1));
    if (auto r = store(storage, definitions, now); !r)
        return r.error();
    return definitions.version;
}

Result<bool> import(Storage &storage, RedirectDefinitions definitions, qint64 now)
{
    return storage.transaction([&]() -> Result<bool> {
        auto version = replace(storage, std::move(definitions), now);
        if (!version)
            return version.error();
        return *version != 0;
    });
}

} // namespace Guichet::Server::Redirects
