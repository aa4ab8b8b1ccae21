// A test that goes wrong on purpose, for tst_no_orphans: it starts the real
// guichet-server (tests/support, as every server test does) and a detached
// process in its own session (as a daemon would be), says "ready <server pid>
// <detached pid>", waits for a line on stdin, then ends as argv[1] says:
//   crash   SIGSEGV          exit   _exit(1), no destructor runs
//   hang    never returns    pass   returns 0, the detached process still running
#include "serverprocess.h"

#include <QCoreApplication>
#include <QProcess>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString mode = app.arguments().value(1);
    Guichet::Test::ServerProcess server;
    if (!server.start())
        return 3;
    qint64 detached = 0;
    if (!QProcess::startDetached(u"sleep"_s, { u"600"_s }, {}, &detached))
        return 4;
    std::printf("ready %lld %lld\n", server.pid(), detached);
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line);
    if (mode == u"crash"_s)
        std::raise(SIGSEGV);
    if (mode == u"exit"_s)
        ::_exit(1);
    if (mode == u"hang"_s) {
        for (;;)
            ::pause();
    }
    return 0;
}
