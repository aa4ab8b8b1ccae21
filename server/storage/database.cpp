#include "database.h"

#include "protocol/uuid.h"
#include "server/core/serverlogging.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

constexpr qint64 kWriteLock = 0x6775696368657431; // "guichet1": the advisory lock of writers
constexpr int kFirstBackoffMs = 250;
constexpr int kMaxBackoffMs = 5000;
constexpr int kWatchdogMs = 5000; //!< an idle connection is asked this often whether it lives
constexpr int kReadyCacheMs = 1000;
// SQLite's checkpoints (Database::startCheckpointer): after this many commits
// (about SQLite's own 1,000 pages of log), or this long after the last one.
constexpr quint64 kCheckpointCommits = 100;
constexpr qint64 kCheckpointMaxMs = 30000;

qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}

bool isRead(const QString &sql)
{
    return sql.trimmed().startsWith(u"SELECT"_s, Qt::CaseInsensitive);
}
const QString kEventsChannel = u"guichet_events"_s;
const QString kAgentsChannel = u"guichet_agents"_s;

struct ServerMigration
{
    int version;
    const char *name;
    const char *sql; // statements separated by ";\n"; {{ID}} is the dialect's auto id
};

// Never edit a released step: add one.
constexpr ServerMigration kMigrations[] = {
    { 1, "agents, conversations, event log", R"sql(
CREATE TABLE agents (
    id {{ID}},
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    team TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT 'fr',
    capacity INTEGER NOT NULL DEFAULT 10,
    disabled INTEGER NOT NULL DEFAULT 0,
    expires_at BIGINT NOT NULL DEFAULT 0,
    password_hash TEXT NOT NULL DEFAULT '',
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0,
    wipe_requested INTEGER NOT NULL DEFAULT 0,
    last_seen BIGINT NOT NULL DEFAULT 0,
    presence TEXT NOT NULL DEFAULT 'offline',
    created_at BIGINT NOT NULL
);
CREATE TABLE tokens (
    digest TEXT PRIMARY KEY,
    agent_id BIGINT NOT NULL REFERENCES agents (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tokens_agent ON tokens (agent_id);
CREATE TABLE conversations (
    id {{ID}},
    reference TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL,
    lang TEXT NOT NULL,
    citizen TEXT NOT NULL,
    citizen_key TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    emergency INTEGER NOT NULL DEFAULT 0,
    sgbv INTEGER NOT NULL DEFAULT 0,
    sla TEXT NOT NULL DEFAULT 'on_time',
    deadline BIGINT NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    opened_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    closed_at BIGINT NOT NULL DEFAULT 0,
    last_citizen_at BIGINT NOT NULL DEFAULT 0,
    access_digest TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conversations_by_state ON conversations (state, deadline);
CREATE INDEX conversations_by_citizen ON conversations (channel, citizen_key);
CREATE INDEX conversations_by_access ON conversations (access_digest);
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation BIGINT NOT NULL REFERENCES conversations (id),
    seq BIGINT NOT NULL DEFAULT 0,
    author TEXT NOT NULL,
    agent TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    attachments TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL,
    delivery TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX messages_by_conversation ON messages (conversation, at);
CREATE INDEX messages_by_external_id ON messages (external_id);
CREATE TABLE events (
    seq {{ID}},
    kind TEXT NOT NULL,
    at BIGINT NOT NULL,
    conversation BIGINT NOT NULL DEFAULT 0,
    data TEXT NOT NULL
);
CREATE INDEX events_by_conversation ON events (conversation, seq);
CREATE TABLE commands (
    id TEXT PRIMARY KEY,
    agent_id BIGINT NOT NULL,
    at BIGINT NOT NULL,
    ack TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
)sql" },
    { 2, "knowledge base and surveys", R"sql(
CREATE TABLE faq_entries (
    id TEXT NOT NULL,
    lang TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    keywords TEXT NOT NULL,
    links TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (id, lang)
);
CREATE TABLE surveys (
    conversation BIGINT PRIMARY KEY REFERENCES conversations (id),
    rating INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    agent TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL
)
)sql" },
    { 3, "citizen channels: send queue, senders, once-only marks", R"sql(
CREATE TABLE send_queue (
    message_id TEXT PRIMARY KEY,
    conversation BIGINT NOT NULL,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL DEFAULT 0,
    lease_until BIGINT NOT NULL DEFAULT 0,
    external_id TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    sent_at BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX send_queue_due ON send_queue (state, next_attempt_at);
CREATE INDEX send_queue_by_external_id ON send_queue (channel, external_id);
CREATE INDEX send_queue_by_conversation ON send_queue (conversation, sent_at);
CREATE TABLE silenced_senders (
    sender TEXT PRIMARY KEY,
    until_at BIGINT NOT NULL
);
CREATE TABLE conversation_senders (
    conversation BIGINT PRIMARY KEY,
    sender TEXT NOT NULL
);
CREATE TABLE once_marks (
    key TEXT PRIMARY KEY,
    at BIGINT NOT NULL
)
)sql" },
    { 4, "triage: why each flag of a conversation was raised or lowered", R"sql(
CREATE TABLE conversation_flags (
    conversation BIGINT NOT NULL REFERENCES conversations (id),
    flag TEXT NOT NULL,
    why TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (conversation, flag)
)
)sql" },
    // Every version of each knowledge-base entry, kept so that a wrong edit can be undone
    // (admin faq history|revert). Version numbers are unique across the base and grow: the
    // entries already stored become their own first version, by nobody known.
    { 5, "knowledge base: every version of each entry", R"sql(
CREATE TABLE faq_versions (
    version BIGINT PRIMARY KEY,
    id TEXT NOT NULL,
    lang TEXT NOT NULL,
    action TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    keywords TEXT NOT NULL,
    links TEXT NOT NULL,
    by_whom TEXT NOT NULL,
    at BIGINT NOT NULL,
    reverted_from BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX faq_versions_by_entry ON faq_versions (id, version);
INSERT INTO faq_versions (version, id, lang, action, question, answer, keywords, links, by_whom,
                          at)
SELECT version, id, lang, 'edit', question, answer, keywords, links, '', updated_at
FROM faq_entries
)sql" },
    // The audit log (docs/supervision.md): ids are given by the writer (last + 1,
    // under the write lock) because each record's hash covers its id. The
    // indexes serve the supervisors' figures and report over a million rows.
    { 6, "supervision: audit log, indexes for figures and reports", R"sql(
CREATE TABLE audit_log (
    id BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    conversation BIGINT NOT NULL DEFAULT 0,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_by_conversation ON audit_log (conversation, id);
CREATE INDEX conversations_by_opened ON conversations (opened_at, id);
CREATE INDEX conversations_by_closed ON conversations (closed_at);
CREATE INDEX surveys_by_at ON surveys (at)
)sql" },
    // Start-up (the agent hub) and every SLA tick read the conversations not
    // closed yet: a few hundred among a million, found without a scan.
    { 7, "index of the open conversations", R"sql(
CREATE INDEX conversations_open ON conversations (id) WHERE state <> 'closed'
)sql" },
    // Up to schema 6 a reply or notice and its queue row were written in two
    // transactions, and a repair ran at every start for a stop in between;
    // they now commit together, so the rows such a stop left out are written
    // once, here.
    { 8, "send queue: rows for pending messages stored without one", R"sql(
INSERT INTO send_queue (message_id, conversation, channel, kind, state, attempts,
    next_attempt_at, lease_until, external_id, last_error, created_at, sent_at)
SELECT m.id, m.conversation, c.channel,
    CASE WHEN m.author = 'agent' THEN 'reply' ELSE 'notice' END, 'pending', 0, m.at, 0, '', '',
    m.at, 0
FROM messages m JOIN conversations c ON c.id = m.conversation
WHERE m.delivery = 'pending' AND m.author IN ('agent', 'system')
    AND c.channel IN ('messenger', 'twitter')
    AND NOT EXISTS (SELECT 1 FROM send_queue s WHERE s.message_id = m.id)
)sql" },
    // Surges (docs/supervision.md): one-time enrolment codes, kept as digests only,
    // and the reservist accounts they created (ended with the surge).
    { 9, "surge: enrolment codes", R"sql(
CREATE TABLE enrolment_codes (
    digest TEXT PRIMARY KEY,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    account_hours BIGINT NOT NULL,
    team TEXT NOT NULL,
    languages TEXT NOT NULL,
    reason TEXT NOT NULL,
    used_at BIGINT NOT NULL DEFAULT 0,
    used_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX enrolment_codes_by_user ON enrolment_codes (used_by)
)sql" },
    // The supervisors' first-response figures and the report looked for each
    // conversation's first agent reply among its messages (one lookup per
    // conversation opened today: most of "stats" on PostgreSQL at a million).
    // It is kept on the conversation, written with the reply (0: none yet);
    // the conversations already stored get theirs here, in one pass.
    { 10, "conversations: time of the first agent reply", R"sql(
ALTER TABLE conversations ADD COLUMN first_reply_at BIGINT NOT NULL DEFAULT 0;
UPDATE conversations SET first_reply_at = f.at
FROM (SELECT conversation, min(at) AS at FROM messages WHERE author = 'agent'
      GROUP BY conversation) AS f
WHERE conversations.id = f.conversation
)sql" },
    // /metrics counts the agents' replies waiting to be sent or failed, by
    // channel, at every scrape: without an index that was a scan of every
    // message (millions) joined to its conversation. Partial: only agents'
    // messages, the only ones counted.
    { 11, "index of the agents' messages by delivery state", R"sql(
CREATE INDEX messages_agent_by_delivery ON messages (delivery, conversation)
WHERE author = 'agent'
)sql" },
};

} // namespace

Database::Database(Backend backend, QSqlDatabase db)
    : m_backend(backend)
    , m_db(std::move(db))
    , m_connectionName(m_db.connectionName())
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (!m_connected && !m_inTransaction)
            ensureConnected();
    });
    if (m_backend == Backend::Postgres) {
        // A restart of PostgreSQL closes idle connections: noticed here, not
        // only at the next statement, so notifications from other instances
        // resume and /readyz tells the truth.
        m_watchdog.setInterval(kWatchdogMs);
        connect(&m_watchdog, &QTimer::timeout, this, [this] {
            if (m_connected && !m_inTransaction)
                (void)isReady();
        });
        m_watchdog.start();
    }
}

Database::~Database()
{
    if (m_checkpointer) {
        m_checkpointer->quit();
        m_checkpointer->wait();
    }
    m_queries.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const ServerOptions &options,
                                                 const QString &connectionName, int upToVersion,
                                                 const Clock &clock)
{
    const bool postgres = !options.database.isEmpty();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, connectionName);
    if (!db.isValid()) {
        return makeError(ErrorCode::Unavailable,
                         tr("the Qt SQL driver for %1 is not installed (package %2)")
                             .arg(postgres ? u"PostgreSQL"_s : u"SQLite"_s,
                                  postgres ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s));
    }
    if (postgres) {
        const QUrl url(options.database);
        if (!url.password().isEmpty()) {
            return makeError(ErrorCode::InvalidValue,
                             tr("the database URL carries a password: put it in "
                                "GUICHET_DATABASE_PASSWORD or ~/.pgpass, never on the command "
                                "line"));
        }
        db.setHostName(url.host().isEmpty() ? u"localhost"_s : url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        const QString password = qEnvironmentVariable("GUICHET_DATABASE_PASSWORD");
        if (!password.isEmpty())
            db.setPassword(password);
        QStringList connectOptions;
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems())
            connectOptions.append(key + u'=' + value);
        connectOptions.append(u"connect_timeout=10"_s);
        db.setConnectOptions(connectOptions.join(u';'));
    } else {
        if (!QDir().mkpath(options.dataDir))
            return makeError(ErrorCode::StorageError, tr("cannot create %1").arg(options.dataDir));
        db.setDatabaseName(QDir(options.dataDir).filePath(u"guichet.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return makeError(ErrorCode::Unavailable, tr("cannot open the database: %1").arg(reason));
    }

    std::unique_ptr<Database> storage(
        new Database(postgres ? Backend::Postgres : Backend::Sqlite, db));
    storage->m_clock = &clock;
    if (!postgres) {
        // WAL: readers never wait for the writer. synchronous=NORMAL: a crash of
        // the process loses nothing committed; only an OS crash or power cut can
        // lose the last transactions (production runs on PostgreSQL).
        // Checkpoints (and their fsync) run on a thread of their own
        // (startCheckpointer), never in a transaction an agent waits for.
        for (const char *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                    "PRAGMA foreign_keys = ON", "PRAGMA wal_autocheckpoint = 0" }) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma)))
                return storage->errorOf(q);
        }
    }
    if (auto migrated = storage->migrate(upToVersion); !migrated)
        return migrated.error();
    if (postgres)
        storage->setUpConnection();
    return storage;
}

void Database::setUpConnection()
{
    QSqlQuery quiet(m_db);
    quiet.exec(u"SET client_min_messages TO warning"_s);
    QSqlDriver *driver = m_db.driver();
    driver->subscribeToNotification(kEventsChannel);
    driver->subscribeToNotification(kAgentsChannel);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                // The payload is the last sequence number committed (0 when
                // not known): the feed reads only what it has not seen.
                if (name == kEventsChannel)
                    Q_EMIT eventsCommitted(payload.toString().toLongLong());
                else if (name == kAgentsChannel)
                    Q_EMIT agentsChanged();
            });
}

// ---- Reconnection ------------------------------------------------------------------------

bool Database::noteFailure(const QSqlError &error)
{
    if (m_backend != Backend::Postgres)
        return false;
    bool lost = !m_connected || !m_db.isOpen() || error.type() == QSqlError::ConnectionError;
    const QString state = error.nativeErrorCode();
    // 08: connection exceptions; 57P01-03: the server shuts down or restarts;
    // 25006: a read-only transaction, i.e. this is now a standby (a failover
    // turned the old primary into one): connect again, to the new primary.
    if (state.startsWith(u"08"_s) || state == u"57P01"_s || state == u"57P02"_s
        || state == u"57P03"_s || state == u"25006"_s) {
        lost = true;
    }
    if (!lost && state.isEmpty()) {
        // libpq's own errors carry no SQLSTATE ("server closed the connection
        // unexpectedly", "no connection to the server"): ask the connection.
        // Inside a transaction a live connection answers 25P02 (aborted).
        QSqlQuery probe(m_db);
        if (!probe.exec(u"SELECT 1"_s))
            lost = probe.lastError().nativeErrorCode() != u"25P02"_s;
    }
    if (!lost)
        return false;
    ++m_outages;
    if (m_inTransaction)
        m_lostInTransaction = true;
    if (m_connected) {
        m_connected = false;
        m_readyCheckedAt = -1;
        qCWarning(lcStorage).noquote().nospace()
            << "event=database_lost reason=\"" << error.text().simplified().left(200) << '"';
        Q_EMIT availabilityChanged(false);
        m_backoffMs = 0;
        m_nextAttemptAt = 0; // the first attempt at once
        scheduleReconnect(); // even if nothing else asks for storage meanwhile
    }
    return true;
}

bool Database::ensureConnected()
{
    if (m_connected)
        return true;
    if (m_inTransaction || monotonicMs() < m_nextAttemptAt)
        return false;
    return reconnect();
}

bool Database::reconnect()
{
    // A new connection under a new name: the old driver, and with it every
    // statement prepared on the dead connection, goes away without trying to
    // free them on the new one.
    const QString name =
        m_connectionName.section(u'#', 0, 0) + u'#' + QString::number(m_generation + 1);
    QSqlDatabase fresh = QSqlDatabase::cloneDatabase(m_db, name);
    QStringList options = fresh.connectOptions().split(u';', Qt::SkipEmptyParts);
    // The event loop waits while connecting: an unreachable host costs 2 s, not 10.
    options.removeIf(
        [](const QString &option) { return option.startsWith(u"connect_timeout="_s); });
    options.append(u"connect_timeout=2"_s);
    fresh.setConnectOptions(options.join(u';'));
    if (!fresh.open()) {
        const QString reason = fresh.lastError().text().simplified();
        fresh = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
        m_nextAttemptAt = monotonicMs() + m_backoffMs;
        qCInfo(lcStorage).noquote().nospace()
            << "event=database_reconnect_failed retry_in_ms=" << m_backoffMs << " reason=\""
            << reason.left(200) << '"';
        scheduleReconnect();
        return false;
    }
    // The old driver goes first: the statements prepared on it then let go of
    // their results without sending DEALLOCATE anywhere.
    m_db = fresh;
    QSqlDatabase::removeDatabase(std::exchange(m_connectionName, name));
    ++m_generation;
    for (auto &[sql, cached] : m_queries)
        cached->query = QSqlQuery(m_db); // prepared again when next used
    setUpConnection();
    m_connected = true;
    m_backoffMs = 0;
    m_readyCheckedAt = -1;
    qCWarning(lcStorage).noquote() << "event=database_reconnected";
    Q_EMIT availabilityChanged(true);
    // Notifications sent while this instance was away are lost: read whatever
    // was committed meanwhile (by other instances, or an uncertain commit).
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT eventsCommitted(0);
            Q_EMIT agentsChanged();
        },
        Qt::QueuedConnection);
    return true;
}

void Database::scheduleReconnect()
{
    if (!m_reconnectTimer.isActive())
        m_reconnectTimer.start(int(std::max<qint64>(m_nextAttemptAt - monotonicMs(), 0)));
}

Error Database::lostError() const
{
    return makeError(ErrorCode::Unavailable,
                     tr("the database cannot be reached now: nothing was changed, try again"));
}

bool Database::execCached(Cached &cached)
{
    if (!ensureConnected()) {
        ++m_outages;
        if (m_inTransaction)
            m_lostInTransaction = true;
        return false;
    }
    if (cached.generation != m_generation) {
        // Prepared on a connection that is gone: prepare again, same values.
        const QVariantList values = cached.query.boundValues();
        cached.query = QSqlQuery(m_db);
        if (!cached.query.prepare(cached.sql))
            qCWarning(lcStorage) << "cannot prepare:" << cached.query.lastError().text();
        cached.generation = m_generation;
        for (int i = 0; i < values.size(); ++i)
            cached.query.bindValue(i, values.at(i));
    }
    ++m_statements;
    if (cached.query.exec())
        return true;
    if (!noteFailure(cached.query.lastError()) || m_inTransaction || !isRead(cached.sql))
        return false;
    // A read outside a transaction: safe to run again on a new connection.
    if (!ensureConnected())
        return false;
    const QVariantList values = cached.query.boundValues();
    cached.query = QSqlQuery(m_db);
    if (!cached.query.prepare(cached.sql))
        return false;
    cached.generation = m_generation;
    for (int i = 0; i < values.size(); ++i)
        cached.query.bindValue(i, values.at(i));
    ++m_statements;
    return cached.query.exec() || (noteFailure(cached.query.lastError()), false);
}

bool Database::execDirect(QSqlQuery &query, const QString &sql)
{
    if (!ensureConnected()) {
        ++m_outages;
        if (m_inTransaction)
            m_lostInTransaction = true;
        return false;
    }
    ++m_statements;
    if (query.exec(sql))
        return true;
    if (!noteFailure(query.lastError()) || m_inTransaction || !isRead(sql) || !ensureConnected())
        return false;
    query = QSqlQuery(m_db);
    ++m_statements;
    return query.exec(sql) || (noteFailure(query.lastError()), false);
}

bool Database::isReady(QString *reason)
{
    const qint64 now = monotonicMs();
    if (m_readyCheckedAt >= 0 && now - m_readyCheckedAt < kReadyCacheMs) {
        if (reason)
            *reason = m_readyReason;
        return m_readyCached;
    }
    bool ready = false;
    QString why;
    if (m_inTransaction) {
        ready = m_connected; // (not reached from the event loop: transactions do not span it)
    } else if (m_backend == Backend::Postgres) {
        QSqlQuery probe(m_db);
        ready = execDirect(probe, u"SELECT 1"_s);
        if (!ready)
            why = m_connected ? probe.lastError().text().simplified()
                              : tr("PostgreSQL cannot be reached; reconnecting");
    } else {
        const QFileInfo file(m_db.databaseName());
        QSqlQuery probe(m_db);
        if (!m_db.isOpen()) {
            why = tr("the database is not open");
        } else if (!file.exists()) {
            why = tr("the database file %1 is gone").arg(file.filePath());
        } else if (!file.isWritable() || !QFileInfo(file.path()).isWritable()) {
            why = tr("the database file %1 or its folder is not writable").arg(file.filePath());
        } else if (!probe.exec(u"SELECT count(*) FROM schema_migrations"_s)) {
            why = probe.lastError().text().simplified();
        } else {
            ready = true;
        }
    }
    m_readyCheckedAt = now;
    m_readyCached = ready;
    m_readyReason = why;
    if (reason)
        *reason = why;
    return ready;
}

QString Database::dialect(QString sql) const
{
    sql.replace(u"{{ID}}"_s,
                m_backend == Backend::Postgres ? u"BIGSERIAL PRIMARY KEY"_s
                                               : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    return sql;
}

Error Database::errorOf(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    ErrorCode code = ErrorCode::StorageError;
    if (!m_connected || m_lostInTransaction)
        return lostError();
    if (text.contains(u"disk is full"_s, Qt::CaseInsensitive)
        || text.contains(u"No space left"_s, Qt::CaseInsensitive)) {
        code = ErrorCode::StorageFull;
    } else if (error.type() == QSqlError::ConnectionError) {
        code = ErrorCode::Unavailable;
    }
    return makeError(code, tr("database error: %1").arg(text));
}

Database::Query Database::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end())
        it = m_queries.emplace(sql, std::make_unique<Cached>(Cached { QSqlQuery(), sql, 0 })).first;
    Cached &cached = *it->second;
    if (cached.generation != m_generation && m_connected) {
        cached.query = QSqlQuery(m_db);
        if (!cached.query.prepare(sql))
            qCWarning(lcStorage) << "cannot prepare:" << cached.query.lastError().text();
        cached.generation = m_generation;
    }
    cached.query.finish();
    return Query(this, &cached);
}

int Database::newestSchemaVersion()
{
    return int(std::size(kMigrations));
}

QString Database::schemaStepName(int version)
{
    for (const ServerMigration &step : kMigrations) {
        if (step.version == version)
            return QString::fromLatin1(step.name);
    }
    return {};
}

Database::Query::Query(Database *database, Cached *cached)
    : m_database(database)
    , m_cached(cached)
    , m_query(&cached->query)
{ }

bool Database::Query::exec()
{
    return m_database->execCached(*m_cached);
}

Result<void> Database::Transaction::commit()
{
    if (m_done || !m_begun)
        return makeError(ErrorCode::Internal, u"no transaction to commit"_s);
    m_done = true;
    if (m_database.m_lostInTransaction) {
        m_database.rollback();
        return m_database.lostError();
    }
    if (auto committed = m_database.commit(); !committed) {
        m_database.rollback();
        return committed;
    }
    return {};
}

void Database::Transaction::rollback()
{
    if (m_done || !m_begun)
        return;
    m_done = true;
    m_database.rollback();
}

void Database::startCheckpointer()
{
    if (m_backend != Backend::Sqlite || m_checkpointer)
        return;
    const QString file = m_db.databaseName();
    m_checkpointer = std::make_unique<QThread>();
    auto *timer = new QTimer;
    timer->setInterval(1000);
    timer->moveToThread(m_checkpointer.get());
    const QString name = m_connectionName + u"-checkpoint"_s;
    const std::atomic<quint64> *commits = &m_commits; // ~Database stops the thread first
    connect(m_checkpointer.get(), &QThread::started, timer, [timer, file, name, commits] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=1000"_s);
        db.open();
        auto since = std::make_shared<QElapsedTimer>();
        since->start();
        auto checkpointed = std::make_shared<quint64>(commits->load(std::memory_order_relaxed));
        QObject::connect(timer, &QTimer::timeout, timer, [name, commits, since, checkpointed] {
            const quint64 now = commits->load(std::memory_order_relaxed);
            if (now - *checkpointed < kCheckpointCommits && since->elapsed() < kCheckpointMaxMs)
                return;
            *checkpointed = now;
            since->restart();
            QSqlQuery q(QSqlDatabase::database(name));
            // PASSIVE never waits for the writer; a larger WAL is truncated
            // when the writer is idle enough for it.
            if (!q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
                qCWarning(lcStorage) << "checkpoint failed:" << q.lastError().text();
        });
        timer->start();
    });
    connect(m_checkpointer.get(), &QThread::finished, timer, [timer, name] {
        delete timer;
        QSqlDatabase::removeDatabase(name);
    });
    m_checkpointer->start();
}

Result<void> Database::exec(QSqlQuery &query)
{
    ++m_statements;
    if (!query.exec())
        return errorOf(query);
    return {};
}

Result<void> Database::exec(Query &query)
{
    if (!query.exec())
        return errorOf(query);
    return {};
}

Result<void> Database::begin()
{
    // On PostgreSQL the begin and the write lock go in one round trip.
    const bool postgres = m_backend == Backend::Postgres;
    const QString sql = postgres ? u"BEGIN; SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriteLock)
                                 : u"BEGIN IMMEDIATE"_s;
    m_lostInTransaction = false;
    // Twice at most: a connection found dead here had done nothing yet, so
    // beginning again on a new one is safe.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!ensureConnected()) {
            ++m_outages;
            return lostError();
        }
        QSqlQuery q(m_db);
        ++m_statements;
        if (q.exec(sql)) {
            ++m_transactions;
            m_inTransaction = true;
            m_appendedEvents = false;
            m_changedAgents = false;
            m_pendingEvents.clear();
            return {};
        }
        if (!noteFailure(q.lastError())) {
            const Error error = errorOf(q);
            if (postgres)
                q.exec(u"ROLLBACK"_s);
            return error;
        }
    }
    return lostError();
}

Result<void> Database::commit()
{
    if (m_lostInTransaction)
        return lostError();
    QSqlQuery q(m_db);
    QString commit;
    if (m_backend == Backend::Postgres) {
        // Delivered to every listening instance when (and only if) the
        // transaction commits; sent with the commit, in one round trip.
        if (m_appendedEvents) {
            commit += u"NOTIFY "_s + kEventsChannel;
            if (!m_pendingEvents.isEmpty())
                commit += u", '"_s + QString::number(m_pendingEvents.constLast().seq) + u"'"_s;
            commit += u"; "_s;
        }
        if (m_changedAgents)
            commit += u"NOTIFY "_s + kAgentsChannel + u"; "_s;
    }
    commit += u"COMMIT"_s;
    ++m_statements;
    if (!q.exec(commit)) {
        if (noteFailure(q.lastError())) {
            // The commit may or may not have reached the database: the caller
            // answers "retry", and a resend finds its stored acknowledgement.
            return makeError(ErrorCode::Unavailable,
                             tr("the database connection was lost during the commit: try again"));
        }
        return errorOf(q);
    }
    m_inTransaction = false;
    if (m_backend == Backend::Sqlite)
        m_commits.fetch_add(1, std::memory_order_relaxed);
    if (m_appendedEvents) {
        // Handed to this instance's feed now, on both back-ends: no read of
        // what was just written, no wait for the notification's round trip.
        const qint64 upTo = m_pendingEvents.isEmpty() ? 0 : m_pendingEvents.constLast().seq;
        m_committedEvents.append(std::exchange(m_pendingEvents, {}));
        Q_EMIT eventsCommitted(upTo);
    }
    if (m_changedAgents && m_backend == Backend::Sqlite)
        Q_EMIT agentsChanged();
    return {};
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    if (m_connected) {
        QSqlQuery q(m_db);
        ++m_statements;
        if (!q.exec(u"ROLLBACK"_s) && !noteFailure(q.lastError()))
            qCWarning(lcStorage) << "rollback failed:" << q.lastError().text();
    }
    m_inTransaction = false;
    m_lostInTransaction = false;
    m_appendedEvents = false;
    m_changedAgents = false;
    m_pendingEvents.clear();
}

Result<void> Database::migrate(int upToVersion)
{
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                    "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s)) {
            return errorOf(q);
        }
    }
    const int newest = std::size(kMigrations);
    if (schemaVersion() > newest) {
        return makeError(ErrorCode::MigrationFailed,
                         tr("the database was written by a newer guichet-server (schema %1, this "
                            "version knows up to %2)")
                             .arg(schemaVersion())
                             .arg(newest));
    }
    for (const ServerMigration &step : kMigrations) {
        if (upToVersion >= 0 && step.version > upToVersion)
            break;
        // Each step in its own transaction, under the writers' lock, with the
        // version re-checked inside: two instances starting together apply a
        // step once.
        auto applied = transaction([&]() -> Result<bool> {
            QSqlQuery check(m_db);
            check.prepare(u"SELECT count(*) FROM schema_migrations WHERE version = ?"_s);
            check.addBindValue(step.version);
            if (!check.exec() || !check.next())
                return errorOf(check);
            if (check.value(0).toInt() > 0)
                return false;
            const QStringList statements =
                dialect(QString::fromLatin1(step.sql)).split(u";\n"_s, Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                if (statement.trimmed().isEmpty())
                    continue;
                QSqlQuery q(m_db);
                if (!q.exec(statement))
                    return errorOf(q);
            }
            QSqlQuery record(m_db);
            record.prepare(u"INSERT INTO schema_migrations (version, name, applied_at) "
                           "VALUES (?, ?, ?)"_s);
            record.addBindValue(step.version);
            record.addBindValue(QString::fromLatin1(step.name));
            record.addBindValue(m_clock->nowMs());
            if (!record.exec())
                return errorOf(record);
            return true;
        });
        if (!applied) {
            return makeError(ErrorCode::MigrationFailed,
                             tr("schema step %1 (%2) failed: %3")
                                 .arg(step.version)
                                 .arg(QString::fromLatin1(step.name), applied.error().message));
        }
        if (*applied)
            qCInfo(lcStorage) << "schema now at version" << step.version;
    }
    return {};
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace Guichet::Server
