#pragma once

#include "protocol/redirectdefinitions.h"
#include "server/storage/eventlog.h"
#include "server/storage/settingsstore.h"

namespace Guichet::Server {

//! The redirect definitions on the server (docs/redirects.md): kept in the
//! settings table, seeded from the built-in file at first start, replaced by
//! `admin redirects import`. Every change is a redirects.updated event that
//! carries the whole document, so each workstation gets it through sync. The
//! writes run in a transaction of the settings' database.
namespace Redirects {

//! The definitions compiled into guichet-server (resources/redirects/redirects.json).
Result<RedirectDefinitions> builtIn();
//! The stored definitions, or the built-in ones when none are stored yet.
Result<RedirectDefinitions> current(SettingsStore &settings);
//! At first start: store the built-in definitions and their event. True when it did.
Result<bool> seed(SettingsStore &settings, EventLog &events, qint64 now);
//! Replace the definitions, in one transaction. The same content (whatever its
//! version) changes nothing and returns false; otherwise the version becomes
//! the larger of the stored one + 1 and @p definitions' own, and the event is written.
Result<bool> import(SettingsStore &settings, EventLog &events, RedirectDefinitions definitions,
                    qint64 now);
//! import() inside the caller's transaction (a supervisor's set_redirects): the new
//! version, 0 when the content is the same.
Result<qint64> replace(SettingsStore &settings, EventLog &events, RedirectDefinitions definitions,
                       qint64 now);

} // namespace Redirects
} // namespace Guichet::Server
