#pragma once

#include <QString>

namespace Guichet::Resources {

//! The redirect definitions shipped with Guichet (resources/redirects/redirects.json), as a
//! Qt resource path: the workstation's fallback and the server's seed (docs/redirects.md).
QString redirectDefinitions();

} // namespace Guichet::Resources
