#pragma once

#include "protocol/result.h"
#include "server/triage/triage.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Guichet::Server {
class SettingsStore;
}

namespace Guichet::Server::Channels {

//! The active triage bundle (docs/triage.md), kept in the database so that
//! every instance sharing it triages alike: `guichet-server admin triage
//! import` stores it with a new revision; each running server looks at the
//! revision every few seconds and, when it changed, builds the new engine and
//! hands it over, without a restart. A stored bundle that does not load (it
//! was checked on import, so only a newer format could do that) is logged and
//! the engine in use kept.
class TriageBundle : public QObject
{
    Q_OBJECT

public:
    using Apply = std::function<void(std::shared_ptr<const Triage::Engine>)>;
    TriageBundle(SettingsStore &settings, Apply apply, int pollMs, QObject *parent = nullptr);

    //! The engine of the bundle stored in @p settings, or the built-in one when
    //! none was imported.
    static std::shared_ptr<const Triage::Engine> active(SettingsStore &settings,
                                                        QString *error = nullptr);
    //! Check @p json whole (Engine::fromBundle), then store it: all or nothing.
    //! The imported engine's version.
    static Result<QString> import(SettingsStore &settings, const QByteArray &json);
    //! The revision stored (0: the built-in bundle).
    static qint64 revision(SettingsStore &settings);

    //! Look for a new revision now.
    void poll();

private:
    SettingsStore &m_settingsStore;
    Apply m_apply;
    QTimer m_timer;
    qint64 m_revision = -1;
};

} // namespace Guichet::Server::Channels
