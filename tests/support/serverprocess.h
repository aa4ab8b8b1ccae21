#pragma once

// Test support: the real guichet-server as a child process on loopback, on
// SQLite or on the test PostgreSQL cluster (the server and the tests never
// share a process, DESIGN.md).

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Guichet::Test {

//! Which storage back-end this test run uses: PostgreSQL when CTest gave the
//! fixture's URL file (tests registered with guichet_add_server_test), else SQLite.
bool usePostgres();
//! A fresh, empty PostgreSQL database on the test cluster; its URL.
QString createPostgresDatabase();

class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    //! The config file's content ("routing", "limits"…), before start().
    void setConfig(const QJsonObject &config) { m_config = config; }
    //! Use this database URL (a second instance on the same PostgreSQL).
    void setDatabase(const QString &url) { m_database = url; }
    QString database() const { return m_database; }
    void setEnvironment(const QStringList &keyValues) { m_env = keyValues; }
    //! Start and wait for "listening on"; false (and the output in a warning) on failure.
    bool start(const QStringList &extraArguments = {});
    //! SIGKILL, no goodbye.
    void kill();
    void stop();
    bool isRunning() const;
    qint64 pid() const;
    quint16 port() const { return m_port; }
    QUrl httpUrl(const QString &path = {}) const;
    QUrl wsUrl(const QString &path) const;
    QString dataDir() const { return m_data.path() + QStringLiteral("/data"); }
    QByteArray output() const { return m_output; }

    //! guichet-server admin … on this server's storage; @p input goes to stdin.
    int admin(const QStringList &arguments, const QByteArray &input = {},
              QByteArray *standardOutput = nullptr, QByteArray *standardError = nullptr) const;
    //! Create an agent with a password (through the admin command).
    bool addAgent(const QString &login, const QString &password,
                  const QString &role = QStringLiteral("gendarme"),
                  const QStringList &extra = {}) const;

private:
    QStringList storageArguments() const;

    QTemporaryDir m_data;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_config;
    QString m_database;
    QStringList m_env;
    QByteArray m_output;
    quint16 m_port = 0;
};

//! Resident memory of a process, in KiB (from /proc).
qint64 residentKiB(qint64 pid);

} // namespace Guichet::Test
