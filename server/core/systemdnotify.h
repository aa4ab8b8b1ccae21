#pragma once

#include <QByteArray>

namespace Guichet::Server {

//! Tell systemd about the service's state (sd_notify(3) protocol, without
//! libsystemd): "READY=1", "STATUS=…". Does nothing when not started by systemd
//! with Type=notify (no NOTIFY_SOCKET). Returns whether the message was sent.
bool notifySystemd(const QByteArray &state);

} // namespace Guichet::Server
