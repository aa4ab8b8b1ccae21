#pragma once

// Test support: child processes that die with the test, however it ends (docs/testing.md).

#include <QProcess>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Guichet::Test {

//! The child that @p process starts is sent SIGKILL the moment this test process
//! dies, even by a crash or a SIGKILL where no destructor runs (PR_SET_PDEATHSIG).
//! Call before start(). test_reaper catches what this cannot (a child's own children).
inline void dieWithTest(QProcess &process)
{
    const pid_t test = ::getpid();
    process.setChildProcessModifier([test] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The test died between fork and prctl: nobody would send the signal.
        if (::getppid() != test)
            ::_exit(127);
    });
}

} // namespace Guichet::Test
