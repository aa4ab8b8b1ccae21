#pragma once

#include <QStringList>
#include <QTextStream>

namespace Guichet::Server {

//! guichet-server admin …: agents, knowledge base and surges, on the same
//! storage as the running servers (which notice the change within a second).
//! Passwords are read from stdin, never from the command line.
int runAdmin(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Guichet::Server
