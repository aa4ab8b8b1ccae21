#pragma once

// Test support: another agent's workstation beside the one under test, logged in
// against the test server and online (the supervisor tests' "second desk").

#include "app/models/workstation.h"

#include <QTemporaryDir>

namespace Guichet::Test {

//! A workstation with a cache of its own (in a temporary folder, so that the same
//! login can sit at several desks) and a quick key derivation.
class OnlineDesk
{
public:
    //! Set up @p login's cache, log in at @p server and wait until the sync engine is
    //! online; false (and why, in a warning) when it is not within @p timeoutMs.
    bool logIn(const QUrl &server, const QString &login, const QString &password, int timeoutMs);

    Workstation *workstation() { return &m_workstation; }
    Workstation *operator->() { return &m_workstation; }

private:
    // Declared first: the workstation closes its cache before the folder goes.
    QTemporaryDir m_home;
    Workstation m_workstation;
};

} // namespace Guichet::Test
