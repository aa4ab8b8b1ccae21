// test_reaper: runs one test so that nothing it starts outlives it (docs/testing.md).
//
//   test_reaper --name NAME --timeout SECONDS -- COMMAND [ARGS...]
//
// CTest runs every test through it (cmake/GuichetTest.cmake). It
//  - becomes a child subreaper (PR_SET_CHILD_SUBREAPER): whatever the test starts,
//    even a detached daemon in its own session, is re-parented here, not to init,
//    when its parent dies;
//  - starts the test with PR_SET_PDEATHSIG, so that the test dies if the reaper is
//    killed (CTest's own timeout kills the reaper's process tree too);
//  - when the test ends, on any path (pass, failure, crash, its own deadline
//    below), stops and kills every process still below it, names each one, and
//    fails the test if any was left running: a green test leaves nothing behind;
//  - enforces the deadline a little before CTest's TIMEOUT: it sends SIGABRT
//    (Qt Test then prints which function hung), then kills everything, and says so.
// The test's own status is passed on: an exit code as is, a signal by dying of it
// (CTest then reports the crash).
//
// Plain POSIX and Linux /proc, no Qt: it must not share a fault with what it watches.

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

volatile sig_atomic_t g_forwardSignal = 0;

void onSignal(int signal)
{
    g_forwardSignal = signal;
}

struct Process
{
    pid_t pid;
    pid_t parent;
    char state;
};

std::vector<Process> allProcesses()
{
    std::vector<Process> result;
    DIR *proc = opendir("/proc");
    if (!proc)
        return result;
    while (dirent *entry = readdir(proc)) {
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (pid <= 0 || *end != '\0')
            continue;
        std::ifstream stat("/proc/" + std::string(entry->d_name) + "/stat");
        std::string line;
        if (!std::getline(stat, line))
            continue;
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        const auto close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 1));
        char state = '?';
        long parent = 0;
        rest >> state >> parent;
        result.push_back({ pid_t(pid), pid_t(parent), state });
    }
    closedir(proc);
    return result;
}

//! Every live (not zombie) process below @p root.
std::vector<pid_t> descendants(pid_t root)
{
    const std::vector<Process> all = allProcesses();
    std::vector<pid_t> found { root };
    std::vector<pid_t> live;
    for (std::size_t i = 0; i < found.size(); ++i) {
        for (const Process &p : all) {
            if (p.parent == found[i]
                && std::find(found.begin(), found.end(), p.pid) == found.end()) {
                found.push_back(p.pid);
                if (p.state != 'Z' && p.state != 'X')
                    live.push_back(p.pid);
            }
        }
    }
    return live;
}

std::string commandLine(pid_t pid)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/cmdline", std::ios::binary);
    std::string raw((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::replace(raw.begin(), raw.end(), '\0', ' ');
    while (!raw.empty() && raw.back() == ' ')
        raw.pop_back();
    if (raw.size() > 200)
        raw = raw.substr(0, 200) + "…";
    return raw.empty() ? "?" : raw;
}

void reapExited()
{
    while (waitpid(-1, nullptr, WNOHANG) > 0) { }
}

//! Kill everything below us, naming each; returns how many live processes there were.
int killAll(const std::string &name, const char *why)
{
    std::vector<pid_t> killed;
    for (int round = 0; round < 100; ++round) {
        reapExited();
        const std::vector<pid_t> live = descendants(getpid());
        if (live.empty())
            break;
        // Stop them all first: none can start another while we go through the list.
        for (const pid_t pid : live)
            kill(pid, SIGSTOP);
        for (const pid_t pid : live) {
            if (std::find(killed.begin(), killed.end(), pid) == killed.end()) {
                killed.push_back(pid);
                std::fprintf(stderr, "test_reaper: %s: %s: killed pid %d: %s\n", name.c_str(), why,
                             int(pid), commandLine(pid).c_str());
            }
            kill(pid, SIGKILL);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    reapExited();
    return int(killed.size());
}

int usage()
{
    std::fprintf(stderr,
                 "usage: test_reaper [--name NAME] [--timeout SECONDS] -- COMMAND [ARGS...]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::string name = "test";
    double timeout = 0;
    int first = 1;
    for (; first < argc; ++first) {
        const std::string arg = argv[first];
        if (arg == "--") {
            ++first;
            break;
        }
        if (arg == "--name" && first + 1 < argc)
            name = argv[++first];
        else if (arg == "--timeout" && first + 1 < argc)
            timeout = std::atof(argv[++first]);
        else
            return usage();
    }
    if (first >= argc)
        return usage();

    if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0)
        std::perror("test_reaper: PR_SET_CHILD_SUBREAPER");
    // CTest may kill us outright (its TIMEOUT, or a Ctrl-C): the test goes with us.
    prctl(PR_SET_PDEATHSIG, SIGKILL);

    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (const int signal : { SIGTERM, SIGINT, SIGHUP, SIGQUIT })
        sigaction(signal, &action, nullptr);

    // Marks every process of this test (scripts/test looks for leftovers by it).
    setenv("GUICHET_TEST_NAME", name.c_str(), 1);
    // A little before CTest's own TIMEOUT, so that we can still say what hung.
    const double margin = std::clamp(timeout / 20, 3.0, 30.0);
    const double budget = std::max(1.0, timeout - margin);
    if (timeout > 0) {
        // The test may size its own liveness bounds by it (tst_fault_sync), and
        // Qt Test's per-function watchdog (300 s by default) must not come first.
        setenv("GUICHET_TEST_DEADLINE", std::to_string(int(budget)).c_str(), 1);
        if (budget > 300)
            setenv("QTEST_FUNCTION_TIMEOUT", std::to_string(int(budget * 1000)).c_str(), 0);
    }
    const pid_t self = getpid();
    const pid_t test = fork();
    if (test < 0) {
        std::perror("test_reaper: fork");
        return 1;
    }
    if (test == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != self)
            _exit(1);
        signal(SIGTERM, SIG_DFL);
        signal(SIGINT, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
        signal(SIGQUIT, SIG_DFL);
        execvp(argv[first], argv + first);
        std::fprintf(stderr, "test_reaper: cannot run %s: %s\n", argv[first], std::strerror(errno));
        _exit(127);
    }

    const auto start = std::chrono::steady_clock::now();
    const auto deadline = start + std::chrono::duration<double>(budget);
    bool timedOut = false;
    int status = 0;
    bool ended = false;
    auto abortedAt = std::chrono::steady_clock::time_point {};
    while (!ended) {
        int childStatus = 0;
        const pid_t pid = waitpid(-1, &childStatus, WNOHANG);
        if (pid == test) {
            status = childStatus;
            ended = true;
            break;
        }
        if (pid > 0)
            continue; // an adopted orphan ended: reaped
        if (g_forwardSignal) {
            kill(test, int(g_forwardSignal));
            g_forwardSignal = 0;
        }
        const auto now = std::chrono::steady_clock::now();
        if (timeout > 0 && !timedOut && now >= deadline) {
            timedOut = true;
            abortedAt = now;
            std::fprintf(stderr,
                         "test_reaper: %s: TIMEOUT: still running after %.0f s (its CTest TIMEOUT "
                         "is %.0f s): SIGABRT, then everything it started is killed\n",
                         name.c_str(), std::chrono::duration<double>(now - start).count(), timeout);
            kill(test, SIGABRT);
        }
        if (timedOut && now - abortedAt > std::chrono::seconds(3)) {
            kill(test, SIGKILL);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }

    if (!timedOut) {
        // A short grace: a daemon whose bus or parent just went away (dbus-run-session's
        // keyring) is on its way out already.
        for (int i = 0; i < 100 && !descendants(getpid()).empty(); ++i) {
            reapExited();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    const int left = killAll(name, timedOut ? "after the timeout" : "left running by the test");
    if (left > 0)
        std::fprintf(stderr,
                     "test_reaper: %s: FAIL: %d process(es) outlived the test (a test must stop "
                     "what it starts)\n",
                     name.c_str(), left);

    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (timedOut)
        return 124;
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        std::fprintf(stderr, "test_reaper: %s: the test died of signal %d (%s) after %.1f s\n",
                     name.c_str(), signal, strsignal(signal), seconds);
        // Die of it too (no core file): CTest reports the crash as such.
        const rlimit noCore { 0, 0 };
        setrlimit(RLIMIT_CORE, &noCore);
        std::signal(signal, SIG_DFL);
        prctl(PR_SET_PDEATHSIG, 0);
        raise(signal);
        return 128 + signal;
    }
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    return code == 0 && left > 0 ? 1 : code;
}
