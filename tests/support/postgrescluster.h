#pragma once

// Test support: a PostgreSQL cluster of the test's own, for tests that stop and
// start PostgreSQL under a running server (the shared fixture cannot be stopped:
// other tests use it meanwhile).

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Guichet::Test {

//! A throwaway cluster on loopback (tests/postgres/start.sh, ctl.sh, stop.sh).
//! pg_ctl daemonises PostgreSQL, so PR_SET_PDEATHSIG cannot reach it: the
//! destructor stops and deletes it, and if the test dies first test_reaper (a
//! child subreaper) inherits the postmaster and kills it.
class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    //! initdb and start; sets GUICHET_TEST_POSTGRES_URL_FILE, so that the next
    //! ServerProcess takes a fresh database on this cluster.
    bool create();
    //! Fast shutdown (what a restart or a failover does: sessions terminated).
    bool stop();
    //! The same, without waiting: the caller keeps its event loop turning (a
    //! burst of traffic goes on while PostgreSQL goes down); then waitForStopped().
    bool stopInBackground();
    //! Wait, turning the event loop, up to @p timeoutMs for the background stop;
    //! whether it ended and succeeded.
    bool waitForStopped(int timeoutMs);
    //! Start again on the same port.
    bool start();
    //! Stop and delete (also done by the destructor).
    void destroy();
    QString urlFile() const;

private:
    bool run(const QString &script, const QStringList &arguments);
    QProcess *startScript(QProcess &process, const QString &script, const QStringList &arguments);

    QTemporaryDir m_state;
    bool m_created = false;
    std::unique_ptr<QProcess> m_background;
};

} // namespace Guichet::Test
