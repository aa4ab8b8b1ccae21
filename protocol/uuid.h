#pragma once

#include <QString>

namespace Guichet {

//! A new id for a message, a command or an event: a UUID version 7 (RFC 9562),
//! in canonical lowercase form. Version 7 ids start with the time in
//! milliseconds, so ids made one after another sort together: B-tree indexes
//! on them grow at one end instead of touching random pages (in the encrypted
//! cache, every page touched is a page re-encrypted).
QString newUuid();

} // namespace Guichet
