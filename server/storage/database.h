#pragma once

#include "protocol/frames.h"
#include "protocol/result.h"
#include "server/core/clock.h"
#include "server/core/serveroptions.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <unordered_map>

namespace Guichet::Server {

//! The server's database: one connection through Qt Sql to a SQLite file in the
//! data folder (default) or to PostgreSQL (production, several instances on one
//! database), its schema (migrations), its transactions and the few dialect
//! differences (types, locking, notifications). The stores (EventLog,
//! AgentStore, ConversationStore…) run their statements through it; nothing
//! else sees the connection.
//!
//! Writes go through a Transaction. On PostgreSQL every write transaction first
//! takes one advisory lock, so event sequence numbers are assigned in commit
//! order across instances: a reader that has seen seq N has seen everything
//! before it. Committing a transaction that appended events notifies every
//! instance (LISTEN/NOTIFY), which then reads the new events.
//!
//! PostgreSQL may restart or fail over under a running server: a statement that
//! fails because the connection is gone marks the database unavailable, and a
//! new connection is opened with backoff (at once, then 0.25, 0.5, 1, 2, 5 s…,
//! also from a timer, so the service comes back without traffic). A read outside
//! a transaction is run again once on the new connection; a write never is: the
//! transaction fails with ErrorCode::Unavailable, and the caller answers "retry"
//! (commands carry ids whose acknowledgement is stored in the same transaction,
//! so a resend after an uncertain commit applies once).
class Database : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Sqlite, Postgres };

    ~Database() override;

    //! Open the back-end @p options name and bring its schema up to date (up to
    //! step @p upToVersion when not negative: for the tests of the migrations).
    //! @p connectionName keeps Qt Sql connections of one process apart; @p clock
    //! dates the schema steps applied.
    static Result<std::unique_ptr<Database>> open(const ServerOptions &options,
                                                  const QString &connectionName,
                                                  int upToVersion = -1,
                                                  const Clock &clock = Clock::system());

    Backend backend() const { return m_backend; }
    int schemaVersion();
    //! The newest schema step this build knows, and the name of each step.
    static int newestSchemaVersion();
    static QString schemaStepName(int version);

    //! Does the database answer now? PostgreSQL: asked (SELECT 1), at most once a
    //! second, reconnecting when due; SQLite: the file still there, writable, and
    //! read. @p reason says why not. For /readyz.
    bool isReady(QString *reason = nullptr);
    //! Counts the statements that failed because the database could not be
    //! reached. A caller compares it before and after a step: an answer built on
    //! such a failed read (an "unknown login", a "not found") is no answer, and
    //! the client must be told to retry instead.
    quint64 outages() const { return m_outages; }
    //! Round trips to the database since it was opened: each statement run
    //! (a transaction's BEGIN and COMMIT, with their lock and notifications,
    //! count one each), and the write transactions among them. For /metrics
    //! and the load benchmark's round trips per message.
    quint64 statements() const { return m_statements; }
    quint64 transactions() const { return m_transactions; }

    //! SQLite: checkpoint the write-ahead log from a thread of its own instead of
    //! inside the server's transactions (the server calls this; short-lived
    //! processes like the admin command do not need it). It looks once a second
    //! and checkpoints after kCheckpointCommits commits, or every
    //! kCheckpointMaxMs whatever was written: the first commit after a complete
    //! checkpoint starts the log again and syncs its header to disk, so a
    //! checkpoint every second put a disk flush into a commit every second.
    void startCheckpointer();

    //! One write transaction, rolled back when it goes out of scope uncommitted.
    //! Not nested: one at a time per Database.
    class Transaction
    {
    public:
        explicit Transaction(Database &database)
            : m_database(database)
            , m_begun(database.begin())
        { }
        ~Transaction() { rollback(); }
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        //! Whether BEGIN (and on PostgreSQL the writers' lock) succeeded.
        const Result<void> &begun() const { return m_begun; }
        //! Commit; on failure (or when a statement lost the connection) roll back.
        Result<void> commit();
        void rollback();

    private:
        Database &m_database;
        Result<void> m_begun;
        bool m_done = false;
    };

    //! Run @p work (returning Result<T>) in one write transaction: committed
    //! when it succeeds, rolled back when it fails or a statement lost the
    //! connection.
    template<typename Work>
    auto transaction(Work &&work) -> decltype(work())
    {
        Transaction transaction(*this);
        if (!transaction.begun())
            return transaction.begun().error();
        auto result = work();
        if (m_lostInTransaction)
            return lostError(); // work() decided on statements that failed: not a decision
        if (!result)
            return result;
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        return result;
    }
    bool inTransaction() const { return m_inTransaction; }

    // ---- For the stores ----------------------------------------------------------------
    struct Cached;
    //! A prepared statement kept for reuse; finished (its read snapshot and
    //! locks released) when the handle goes out of scope.
    class Query
    {
    public:
        Query(Database *database, Cached *cached);
        ~Query() { m_query->finish(); }
        Query(const Query &) = delete;
        Query &operator=(const Query &) = delete;
        //! A null QString binds as '' (columns are NOT NULL), never as NULL.
        void bindValue(int index, const QVariant &value)
        {
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                m_query->bindValue(index, QStringLiteral(""));
            else
                m_query->bindValue(index, value);
        }
        //! Binds @p values to the placeholders in order, from the first.
        template<typename... Values>
        void bindAll(const Values &...values)
        {
            bindFrom(0, values...);
        }
        //! Binds @p values to the placeholders in order, from @p first; returns
        //! the index after the last.
        template<typename... Values>
        int bindFrom(int first, const Values &...values)
        {
            (bindValue(first++, values), ...);
            return first;
        }
        bool exec();
        bool next() { return m_query->next(); }
        QVariant value(int index) const { return m_query->value(index); }
        int numRowsAffected() const { return m_query->numRowsAffected(); }
        operator QSqlQuery &() { return *m_query; }
        operator const QSqlQuery &() const { return *m_query; }

    private:
        Database *m_database;
        Cached *m_cached;
        QSqlQuery *m_query; //!< &m_cached->query, which stays at that address
    };
    Query prepared(const QString &sql);
    //! A query for an ad-hoc statement on the current connection (run it with
    //! execDirect()).
    QSqlQuery adHoc() const { return QSqlQuery(m_db); }
    //! Run an ad-hoc statement: refused at once while the database is
    //! unreachable; a read (@p sql starts with SELECT) outside a transaction is
    //! run again once after a reconnection.
    bool execDirect(QSqlQuery &query, const QString &sql);
    Result<void> exec(QSqlQuery &query);
    Result<void> exec(Query &query);
    Error errorOf(const QSqlQuery &query) const;
    //! The statement with the dialect's spelling of {{ID}} (an auto id).
    QString dialect(QString sql) const;
    //! Told by the stores in a transaction, with each event appended: notify
    //! the instances at commit, and keep the events for this instance's
    //! EventFeed (takeCommittedEvents()), which need not read them back.
    void noteEventAppended(const Protocol::Event &event)
    {
        m_appendedEvents = true;
        m_pendingEvents.append(event);
    }
    //! The events this connection committed since the last call, in commit
    //! order (for the EventFeed).
    QList<Protocol::Event> takeCommittedEvents() { return std::exchange(m_committedEvents, {}); }
    void noteAgentsChanged() { m_changedAgents = true; }

    //! A prepared statement kept for reuse, prepared again on a new connection.
    struct Cached
    {
        QSqlQuery query;
        QString sql;
        quint64 generation = 0; //!< of the connection it was prepared on
    };

Q_SIGNALS:
    //! Another instance (or this one) committed events up to sequence number
    //! @p upTo (0: not known, read what is new). This instance's own commits
    //! are signalled at once, their events kept for takeCommittedEvents();
    //! their PostgreSQL notification comes back later with the same @p upTo.
    void eventsCommitted(qint64 upTo);
    //! An admin changed agents (disable, role…): reload them.
    void agentsChanged();
    //! The database became unreachable (PostgreSQL), or reachable again.
    void availabilityChanged(bool available);

private:
    Database(Backend backend, QSqlDatabase db);
    Result<void> begin();
    Result<void> commit();
    void rollback();
    Result<void> migrate(int upToVersion);
    //! Subscriptions and session settings of a (new) PostgreSQL connection.
    void setUpConnection();
    //! Run a cached statement: refused at once while the database is
    //! unreachable; a read outside a transaction is run again once after a
    //! reconnection.
    bool execCached(Cached &cached);
    //! After a failed statement: was the connection lost? Then the database is
    //! unavailable until reconnect() succeeds.
    bool noteFailure(const QSqlError &error);
    //! Usable now? When unavailable, tries to reconnect if the backoff allows
    //! (never inside a transaction: its statements are gone with the connection).
    bool ensureConnected();
    bool reconnect();
    void scheduleReconnect();
    Error lostError() const;

    Backend m_backend;
    const Clock *m_clock = &Clock::system();
    QSqlDatabase m_db;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<Cached>> m_queries;
    std::unique_ptr<QThread> m_checkpointer;
    std::atomic<quint64> m_commits { 0 }; //!< SQLite: read by the checkpointer's thread
    bool m_inTransaction = false;
    // Reconnection (PostgreSQL).
    bool m_connected = true;
    bool m_lostInTransaction = false;
    quint64 m_generation = 1;
    quint64 m_outages = 0;
    quint64 m_statements = 0;
    quint64 m_transactions = 0;
    int m_backoffMs = 0;
    qint64 m_nextAttemptAt = 0; //!< monotonic ms (QDeadlineTimer clock)
    QTimer m_reconnectTimer;
    QTimer m_watchdog;
    qint64 m_readyCheckedAt = -1;
    bool m_readyCached = false;
    QString m_readyReason;
    bool m_appendedEvents = false;
    bool m_changedAgents = false;
    QList<Protocol::Event> m_pendingEvents; //!< appended in the open transaction
    QList<Protocol::Event> m_committedEvents; //!< committed, not yet taken
};

//! What every store shares: the database it runs its statements on.
class SqlStore
{
public:
    explicit SqlStore(Database &database)
        : m_database(database)
    { }
    Database &database() const { return m_database; }

protected:
    using Query = Database::Query;
    Query prepared(const QString &sql) { return m_database.prepared(sql); }
    Result<void> exec(Query &query) { return m_database.exec(query); }
    Result<void> exec(QSqlQuery &query) { return m_database.exec(query); }
    Error errorOf(const QSqlQuery &query) const { return m_database.errorOf(query); }

    Database &m_database;
};

} // namespace Guichet::Server
