#include "storage.h"

#include "protocol/uuid.h"
#include "server/core/serverlogging.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
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
    // The send queue's start-up recovery looks for replies not sent yet: a
    // handful among millions of messages, found without a scan (16 s at 2.4M).
    { 8, "index of the messages waiting to be sent", R"sql(
CREATE INDEX messages_pending ON messages (at) WHERE delivery = 'pending'
)sql" },
};

QString joinLanguages(const QList<Language> &languages)
{
    QStringList names;
    for (const Language lang : languages)
        names.append(wireName(lang));
    return names.join(u',');
}

QList<Language> splitLanguages(const QString &text)
{
    QList<Language> result;
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto lang = fromWireName<Language>(name))
            result.append(*lang);
    }
    return result;
}

template<typename E>
E enumOr(const QVariant &value, E fallback)
{
    return fromWireName<E>(value.toString()).value_or(fallback);
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList jsonToList(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(value.toString());
    return list;
}

constexpr const char *kAgentColumns =
    "id, login, name, role, team, languages, capacity, disabled, expires_at, password_hash, "
    "failed_logins, locked_until, wipe_requested, last_seen, presence";

AgentRecord readAgent(const QSqlQuery &q)
{
    AgentRecord a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.name = q.value(2).toString();
    a.role = enumOr(q.value(3), Role::Gendarme);
    a.team = q.value(4).toString();
    a.languages = splitLanguages(q.value(5).toString());
    a.capacity = q.value(6).toInt();
    a.disabled = q.value(7).toInt() != 0;
    a.expiresAt = q.value(8).toLongLong();
    a.passwordHash = q.value(9).toString();
    a.failedLogins = q.value(10).toInt();
    a.lockedUntil = q.value(11).toLongLong();
    a.wipeRequested = q.value(12).toInt() != 0;
    a.lastSeen = q.value(13).toLongLong();
    a.presence = enumOr(q.value(14), Presence::Offline);
    return a;
}

constexpr const char *kConversationColumns =
    "id, reference, channel, lang, citizen, citizen_key, subject, state, owner, team, emergency, "
    "sgbv, sla, deadline, outcome, opened_at, updated_at, closed_at, last_citizen_at, "
    "access_digest";

constexpr int kConversationColumnCount = 20;

ConversationRecord readConversation(const QSqlQuery &q)
{
    ConversationRecord c;
    c.id = q.value(0).toLongLong();
    c.reference = q.value(1).toString();
    c.channel = enumOr(q.value(2), Channel::WebChat);
    c.lang = enumOr(q.value(3), Language::Fr);
    c.citizen = q.value(4).toString();
    c.citizenKey = q.value(5).toString();
    c.subject = q.value(6).toString();
    c.state = enumOr(q.value(7), ConversationState::Queued);
    c.owner = q.value(8).toString();
    c.team = q.value(9).toString();
    c.emergency = q.value(10).toInt() != 0;
    c.sgbv = q.value(11).toInt() != 0;
    c.sla = enumOr(q.value(12), SlaState::OnTime);
    c.deadline = q.value(13).toLongLong();
    c.outcome = fromWireName<Outcome>(q.value(14).toString());
    c.openedAt = q.value(15).toLongLong();
    c.updatedAt = q.value(16).toLongLong();
    c.closedAt = q.value(17).toLongLong();
    c.lastCitizenAt = q.value(18).toLongLong();
    c.accessDigest = q.value(19).toString().toLatin1();
    return c;
}

constexpr const char *kMessageColumns =
    "id, conversation, seq, author, agent, text, attachments, at, delivery, reason, external_id";

MessageRecord readMessage(const QSqlQuery &q)
{
    MessageRecord m;
    m.id = q.value(0).toString();
    m.conversation = q.value(1).toLongLong();
    m.seq = q.value(2).toLongLong();
    m.author = enumOr(q.value(3), Author::Citizen);
    m.agent = q.value(4).toString();
    m.text = q.value(5).toString();
    m.attachments = q.value(6).toString();
    m.at = q.value(7).toLongLong();
    m.delivery = enumOr(q.value(8), DeliveryState::Sent);
    m.reason = q.value(9).toString();
    m.externalId = q.value(10).toString();
    return m;
}

Protocol::Event readEvent(const QSqlQuery &q)
{
    Protocol::Event e;
    e.seq = q.value(0).toLongLong();
    e.kind = enumOr(q.value(1), EventKind::MessageAdded);
    e.at = q.value(2).toLongLong();
    e.conversation = q.value(3).toLongLong();
    e.data = fromJsonText(q.value(4).toString());
    return e;
}

// Readable, non-sequential-looking reference for citizens ("BN-4F7KQ2"). It
// is not a secret (the follow-up link carries a separate token).
QString referenceFor(qint64 id)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32
    quint64 mixed = (quint64(id) * 0x9E3779B1ULL) ^ 0x5DEECE66DULL;
    mixed &= (quint64(1) << 40) - 1;
    QString text;
    for (int i = 0; i < 8; ++i) {
        text.prepend(QLatin1Char(alphabet[mixed & 31]));
        mixed >>= 5;
    }
    return u"BN-"_s + text + u'-' + QString::number(id);
}

} // namespace

Storage::Storage(Backend backend, QSqlDatabase db)
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

Storage::~Storage()
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

Result<std::unique_ptr<Storage>> Storage::open(const ServerOptions &options,
                                               const QString &connectionName)
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

    std::unique_ptr<Storage> storage(
        new Storage(postgres ? Backend::Postgres : Backend::Sqlite, db));
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
    if (auto migrated = storage->migrate(); !migrated)
        return migrated.error();
    if (postgres)
        storage->setUpConnection();
    return storage;
}

void Storage::setUpConnection()
{
    QSqlQuery quiet(m_db);
    quiet.exec(u"SET client_min_messages TO warning"_s);
    QSqlDriver *driver = m_db.driver();
    driver->subscribeToNotification(kEventsChannel);
    driver->subscribeToNotification(kAgentsChannel);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                if (name == kEventsChannel)
                    Q_EMIT eventsCommitted();
                else if (name == kAgentsChannel)
                    Q_EMIT agentsChanged();
            });
}

// ---- Reconnection ------------------------------------------------------------------------

bool Storage::noteFailure(const QSqlError &error)
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

bool Storage::ensureConnected()
{
    if (m_connected)
        return true;
    if (m_inTransaction || monotonicMs() < m_nextAttemptAt)
        return false;
    return reconnect();
}

bool Storage::reconnect()
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
            Q_EMIT eventsCommitted();
            Q_EMIT agentsChanged();
        },
        Qt::QueuedConnection);
    return true;
}

void Storage::scheduleReconnect()
{
    if (!m_reconnectTimer.isActive())
        m_reconnectTimer.start(int(std::max<qint64>(m_nextAttemptAt - monotonicMs(), 0)));
}

Error Storage::lostError() const
{
    return makeError(ErrorCode::Unavailable,
                     tr("the database cannot be reached now: nothing was changed, try again"));
}

bool Storage::execCached(Cached &cached)
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
    return cached.query.exec() || (noteFailure(cached.query.lastError()), false);
}

bool Storage::execDirect(QSqlQuery &query, const QString &sql)
{
    if (!ensureConnected()) {
        ++m_outages;
        if (m_inTransaction)
            m_lostInTransaction = true;
        return false;
    }
    if (query.exec(sql))
        return true;
    if (!noteFailure(query.lastError()) || m_inTransaction || !isRead(sql) || !ensureConnected())
        return false;
    query = QSqlQuery(m_db);
    return query.exec(sql) || (noteFailure(query.lastError()), false);
}

bool Storage::isReady(QString *reason)
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

QString Storage::dialect(QString sql) const
{
    sql.replace(u"{{ID}}"_s,
                m_backend == Backend::Postgres ? u"BIGSERIAL PRIMARY KEY"_s
                                               : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    return sql;
}

Error Storage::errorOf(const QSqlQuery &query) const
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

Storage::Query Storage::prepared(const QString &sql)
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

void Storage::startCheckpointer()
{
    if (m_backend != Backend::Sqlite || m_checkpointer)
        return;
    const QString file = m_db.databaseName();
    m_checkpointer = std::make_unique<QThread>();
    auto *timer = new QTimer;
    timer->setInterval(1000);
    timer->moveToThread(m_checkpointer.get());
    const QString name = m_connectionName + u"-checkpoint"_s;
    connect(m_checkpointer.get(), &QThread::started, timer, [timer, file, name] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=1000"_s);
        db.open();
        QObject::connect(timer, &QTimer::timeout, timer, [name] {
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

Result<void> Storage::exec(QSqlQuery &query)
{
    if (!query.exec())
        return errorOf(query);
    return {};
}

Result<void> Storage::exec(Query &query)
{
    if (!query.exec())
        return errorOf(query);
    return {};
}

Result<void> Storage::begin()
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
        if (q.exec(sql)) {
            m_inTransaction = true;
            m_appendedEvents = false;
            m_changedAgents = false;
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

Result<void> Storage::commit()
{
    if (m_lostInTransaction)
        return lostError();
    QSqlQuery q(m_db);
    QString commit;
    if (m_backend == Backend::Postgres) {
        // Delivered to every listening instance when (and only if) the
        // transaction commits; sent with the commit, in one round trip.
        if (m_appendedEvents)
            commit += u"NOTIFY "_s + kEventsChannel + u"; "_s;
        if (m_changedAgents)
            commit += u"NOTIFY "_s + kAgentsChannel + u"; "_s;
    }
    commit += u"COMMIT"_s;
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
    if (m_appendedEvents && m_backend == Backend::Sqlite)
        Q_EMIT eventsCommitted();
    if (m_changedAgents && m_backend == Backend::Sqlite)
        Q_EMIT agentsChanged();
    return {};
}

void Storage::rollback()
{
    if (!m_inTransaction)
        return;
    if (m_connected) {
        QSqlQuery q(m_db);
        if (!q.exec(u"ROLLBACK"_s) && !noteFailure(q.lastError()))
            qCWarning(lcStorage) << "rollback failed:" << q.lastError().text();
    }
    m_inTransaction = false;
    m_lostInTransaction = false;
    m_appendedEvents = false;
    m_changedAgents = false;
}

Result<void> Storage::migrate()
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
            record.addBindValue(QDateTime::currentMSecsSinceEpoch());
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

int Storage::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

// ---- Event log -------------------------------------------------------------------------

Result<Protocol::Event> Storage::appendEvent(EventKind kind, qint64 conversation,
                                             const QJsonObject &data, qint64 at)
{
    Q_ASSERT(m_inTransaction);
    Query q = prepared(u"INSERT INTO events (kind, at, conversation, data) VALUES (?, ?, ?, ?) "
                       "RETURNING seq"_s);
    q.bindValue(0, wireName(kind));
    q.bindValue(1, at);
    q.bindValue(2, conversation);
    q.bindValue(3, toJsonText(data));
    if (!q.exec() || !q.next())
        return errorOf(q);
    m_appendedEvents = true;
    return Protocol::Event { q.value(0).toLongLong(), kind, at, conversation, data };
}

Result<QList<Protocol::Event>> Storage::eventsAfter(qint64 after, int limit)
{
    Query q = prepared(
        u"SELECT seq, kind, at, conversation, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.bindValue(0, after);
    q.bindValue(1, limit);
    if (!q.exec())
        return errorOf(q);
    QList<Protocol::Event> events;
    while (q.next())
        events.append(readEvent(q));
    return events;
}

QByteArray Storage::RawEvent::frame() const
{
    // The stored data is the compact JSON of an object the server validated
    // before writing it (ConversationService::event).
    QByteArray out;
    out.reserve(data.size() + 96);
    out += "{\"type\":\"event\",\"seq\":" + QByteArray::number(seq) + ",\"kind\":\""
        + kind.toLatin1() + "\",\"at\":" + QByteArray::number(at);
    if (conversation)
        out += ",\"conversation\":" + QByteArray::number(conversation);
    if (data.size() > 2)
        out += ",\"data\":" + data;
    out += '}';
    return out;
}

Result<QList<Storage::RawEvent>> Storage::rawEventsAfter(qint64 after, int limit)
{
    Query q = prepared(
        u"SELECT seq, kind, at, conversation, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.bindValue(0, after);
    q.bindValue(1, limit);
    if (!q.exec())
        return errorOf(q);
    QList<RawEvent> events;
    events.reserve(limit);
    while (q.next()) {
        events.append(RawEvent { q.value(0).toLongLong(), q.value(1).toString(),
                                 q.value(2).toLongLong(), q.value(3).toLongLong(),
                                 q.value(4).toString().toUtf8() });
    }
    return events;
}

Result<QList<Protocol::Event>> Storage::conversationEvents(qint64 conversation)
{
    Query q = prepared(u"SELECT seq, kind, at, conversation, data FROM events "
                       "WHERE conversation = ? ORDER BY seq"_s);
    q.bindValue(0, conversation);
    if (!q.exec())
        return errorOf(q);
    QList<Protocol::Event> events;
    while (q.next())
        events.append(readEvent(q));
    return events;
}

qint64 Storage::head()
{
    Query q = prepared(u"SELECT coalesce(max(seq), 0) FROM events"_s);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// ---- Agents and tokens --------------------------------------------------------------------

Result<AgentRecord> Storage::insertAgent(AgentRecord agent, qint64 now)
{
    Query q = prepared(u"INSERT INTO agents (login, name, role, team, languages, capacity, "
                       "disabled, expires_at, password_hash, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bindValue(0, agent.login);
    q.bindValue(1, agent.name);
    q.bindValue(2, wireName(agent.role));
    q.bindValue(3, agent.team);
    q.bindValue(4, joinLanguages(agent.languages));
    q.bindValue(5, agent.capacity);
    q.bindValue(6, agent.disabled ? 1 : 0);
    q.bindValue(7, agent.expiresAt);
    q.bindValue(8, agent.passwordHash);
    q.bindValue(9, now);
    if (!q.exec() || !q.next())
        return errorOf(q);
    agent.id = q.value(0).toLongLong();
    m_changedAgents = true;
    return agent;
}

Result<void> Storage::updateAgent(const AgentRecord &agent)
{
    Query q = prepared(u"UPDATE agents SET name = ?, role = ?, team = ?, languages = ?, "
                       "capacity = ?, disabled = ?, expires_at = ?, password_hash = ?, "
                       "failed_logins = ?, locked_until = ?, wipe_requested = ? WHERE id = ?"_s);
    q.bindValue(0, agent.name);
    q.bindValue(1, wireName(agent.role));
    q.bindValue(2, agent.team);
    q.bindValue(3, joinLanguages(agent.languages));
    q.bindValue(4, agent.capacity);
    q.bindValue(5, agent.disabled ? 1 : 0);
    q.bindValue(6, agent.expiresAt);
    q.bindValue(7, agent.passwordHash);
    q.bindValue(8, agent.failedLogins);
    q.bindValue(9, agent.lockedUntil);
    q.bindValue(10, agent.wipeRequested ? 1 : 0);
    q.bindValue(11, agent.id);
    m_changedAgents = true;
    return exec(q);
}

std::optional<AgentRecord> Storage::agent(const QString &login)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kAgentColumns)
                       + u" FROM agents WHERE login = ?"_s);
    q.bindValue(0, login);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readAgent(q);
}

std::optional<AgentRecord> Storage::agentById(qint64 id)
{
    Query q =
        prepared(u"SELECT "_s + QLatin1StringView(kAgentColumns) + u" FROM agents WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readAgent(q);
}

QList<AgentRecord> Storage::agents()
{
    QList<AgentRecord> result;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kAgentColumns)
                       + u" FROM agents ORDER BY login"_s);
    if (q.exec()) {
        while (q.next())
            result.append(readAgent(q));
    }
    return result;
}

Result<void> Storage::touchAgents(const QList<qint64> &ids, qint64 now)
{
    // One statement for up to 500 agents, not one each: the heartbeat of 200
    // connected agents held the write lock for 200 round trips. The ids are
    // numbers from the server itself, written into the statement (not prepared:
    // each count would be a statement of its own).
    constexpr qsizetype kChunk = 500;
    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        QStringList list;
        for (const qint64 id : ids.mid(first, kChunk))
            list.append(QString::number(id));
        QSqlQuery q(m_db);
        if (!execDirect(q,
                        u"UPDATE agents SET last_seen = %1 WHERE id IN (%2)"_s.arg(now).arg(
                            list.join(u',')))) {
            return errorOf(q);
        }
    }
    return {};
}

Result<void> Storage::setPresence(qint64 agentId, Presence presence)
{
    Query q = prepared(u"UPDATE agents SET presence = ? WHERE id = ?"_s);
    q.bindValue(0, wireName(presence));
    q.bindValue(1, agentId);
    return exec(q);
}

qint64 Storage::agentsVersion()
{
    return setting(u"agents_version"_s).value_or(u"0"_s).toLongLong();
}

Result<void> Storage::bumpAgentsVersion()
{
    m_changedAgents = true;
    return setSetting(u"agents_version"_s, QString::number(agentsVersion() + 1));
}

Result<void> Storage::insertToken(const QByteArray &digest, qint64 agentId, qint64 now,
                                  qint64 expiresAt)
{
    Query q = prepared(
        u"INSERT INTO tokens (digest, agent_id, created_at, expires_at) VALUES (?, ?, ?, ?)"_s);
    q.bindValue(0, QString::fromLatin1(digest));
    q.bindValue(1, agentId);
    q.bindValue(2, now);
    q.bindValue(3, expiresAt);
    return exec(q);
}

std::optional<qint64> Storage::tokenAgent(const QByteArray &digest, qint64 now)
{
    Query q = prepared(u"SELECT agent_id FROM tokens WHERE digest = ? AND revoked = 0 "
                       "AND expires_at > ?"_s);
    q.bindValue(0, QString::fromLatin1(digest));
    q.bindValue(1, now);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Result<void> Storage::revokeTokens(qint64 agentId)
{
    Query q = prepared(u"UPDATE tokens SET revoked = 1 WHERE agent_id = ?"_s);
    q.bindValue(0, agentId);
    return exec(q);
}

// ---- Conversations and messages ---------------------------------------------------------

namespace {

template<typename Q>
void bindConversation(Q &q, const ConversationRecord &c, int first)
{
    int i = first;
    q.bindValue(i++, wireName(c.channel));
    q.bindValue(i++, wireName(c.lang));
    q.bindValue(i++, c.citizen);
    q.bindValue(i++, c.citizenKey);
    q.bindValue(i++, c.subject);
    q.bindValue(i++, wireName(c.state));
    q.bindValue(i++, c.owner);
    q.bindValue(i++, c.team);
    q.bindValue(i++, c.emergency ? 1 : 0);
    q.bindValue(i++, c.sgbv ? 1 : 0);
    q.bindValue(i++, wireName(c.sla));
    q.bindValue(i++, c.deadline);
    q.bindValue(i++, c.outcome ? wireName(*c.outcome) : QString(u""_s));
    q.bindValue(i++, c.openedAt);
    q.bindValue(i++, c.updatedAt);
    q.bindValue(i++, c.closedAt);
    q.bindValue(i++, c.lastCitizenAt);
    q.bindValue(i++, QString::fromLatin1(c.accessDigest));
}

} // namespace

Result<ConversationRecord> Storage::insertConversation(ConversationRecord c)
{
    Query q = prepared(
        u"INSERT INTO conversations (reference, channel, lang, citizen, citizen_key, subject, "
        "state, owner, team, emergency, sgbv, sla, deadline, outcome, opened_at, updated_at, "
        "closed_at, last_citizen_at, access_digest) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    // A unique placeholder until the id is known.
    q.bindValue(0, QString(u"pending-"_s + newUuid()));
    bindConversation(q, c, 1);
    if (!q.exec() || !q.next())
        return errorOf(q);
    c.id = q.value(0).toLongLong();
    c.reference = referenceFor(c.id);
    Query update = prepared(u"UPDATE conversations SET reference = ? WHERE id = ?"_s);
    update.bindValue(0, c.reference);
    update.bindValue(1, c.id);
    if (auto done = exec(update); !done)
        return done.error();
    return c;
}

namespace {

// Shared by the statements that write a whole conversation or a message.
constexpr const char *kConversationUpdate =
    "UPDATE conversations SET channel = ?, lang = ?, citizen = ?, citizen_key = ?, subject = ?, "
    "state = ?, owner = ?, team = ?, emergency = ?, sgbv = ?, sla = ?, deadline = ?, "
    "outcome = ?, opened_at = ?, updated_at = ?, closed_at = ?, last_citizen_at = ?, "
    "access_digest = ? WHERE id = ?";
constexpr int kConversationUpdateParameters = 19;
constexpr const char *kMessageInsert =
    "INSERT INTO messages (id, conversation, seq, author, agent, text, attachments, at, "
    "delivery, reason, external_id) VALUES (?, ?, %1, ?, ?, ?, ?, ?, ?, ?, ?)";

//! Binds @p m to kMessageInsert's parameters from @p first; its seq too when
//! the statement takes it as a parameter.
template<typename Q>
void bindMessage(Q &q, const MessageRecord &m, int first, bool seqIsParameter)
{
    int i = first;
    q.bindValue(i++, m.id);
    q.bindValue(i++, m.conversation);
    if (seqIsParameter)
        q.bindValue(i++, m.seq);
    q.bindValue(i++, wireName(m.author));
    q.bindValue(i++, m.agent);
    q.bindValue(i++, m.text);
    q.bindValue(i++, m.attachments);
    q.bindValue(i++, m.at);
    q.bindValue(i++, wireName(m.delivery));
    q.bindValue(i++, m.reason);
    q.bindValue(i++, m.externalId);
}

} // namespace

Result<void> Storage::updateConversation(const ConversationRecord &c)
{
    Query q = prepared(QLatin1StringView(kConversationUpdate));
    bindConversation(q, c, 0);
    q.bindValue(kConversationUpdateParameters - 1, c.id);
    return exec(q);
}

Result<bool> Storage::setSlaIf(qint64 id, qint64 deadline, SlaState sla)
{
    Query q =
        prepared(u"UPDATE conversations SET sla = ? WHERE id = ? AND deadline = ? AND sla <> ?"_s);
    q.bindValue(0, wireName(sla));
    q.bindValue(1, id);
    q.bindValue(2, deadline);
    q.bindValue(3, wireName(sla));
    if (auto done = exec(q); !done)
        return done.error();
    return q.numRowsAffected() == 1;
}

Result<QList<Protocol::Event>> Storage::setSlaIfWithEvents(const QList<SlaUpdate> &updates,
                                                           qint64 at)
{
    Q_ASSERT(m_inTransaction);
    QList<Protocol::Event> events;
    if (updates.isEmpty())
        return events;
    if (m_backend == Backend::Sqlite) {
        for (const SlaUpdate &u : updates) {
            auto changed = setSlaIf(u.conversation, u.deadline, u.sla);
            if (!changed)
                return changed.error();
            if (!*changed)
                continue;
            auto e = appendEvent(EventKind::SlaChanged, u.conversation, u.data, at);
            if (!e)
                return e.error();
            events.append(*e);
        }
        return events;
    }
    // A surge turns hundreds of chats "at risk" in the same tick: one
    // statement for the lot. The first row's casts type the VALUES columns.
    QString rows;
    for (qsizetype i = 0; i < updates.size(); ++i) {
        rows += i == 0
            ? u"(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT))"_s
            : u", (?, ?, ?, ?)"_s;
    }
    Query q = prepared(
        u"WITH wanted (id, deadline, sla, data) AS (VALUES "_s + rows
        + u"), changed AS (UPDATE conversations c SET sla = wanted.sla FROM wanted "
          "WHERE c.id = wanted.id AND c.deadline = wanted.deadline AND c.sla <> wanted.sla "
          "RETURNING c.id) "
          "INSERT INTO events (kind, at, conversation, data) "
          "SELECT CAST(? AS TEXT), CAST(? AS BIGINT), wanted.id, wanted.data "
          "FROM wanted JOIN changed ON changed.id = wanted.id ORDER BY wanted.id "
          "RETURNING seq, conversation"_s);
    int i = 0;
    QHash<qint64, const SlaUpdate *> byConversation;
    for (const SlaUpdate &u : updates) {
        q.bindValue(i++, u.conversation);
        q.bindValue(i++, u.deadline);
        q.bindValue(i++, wireName(u.sla));
        q.bindValue(i++, toJsonText(u.data));
        byConversation.insert(u.conversation, &u);
    }
    q.bindValue(i++, wireName(EventKind::SlaChanged));
    q.bindValue(i++, at);
    if (!q.exec())
        return errorOf(q);
    while (q.next()) {
        const qint64 conversation = q.value(1).toLongLong();
        events.append(Protocol::Event { q.value(0).toLongLong(), EventKind::SlaChanged, at,
                                        conversation, byConversation.value(conversation)->data });
    }
    std::sort(events.begin(), events.end(),
              [](const Protocol::Event &a, const Protocol::Event &b) { return a.seq < b.seq; });
    if (!events.isEmpty())
        m_appendedEvents = true;
    return events;
}

Result<bool> Storage::claimIfQueued(qint64 id, const QString &owner, qint64 now)
{
    Query q = prepared(u"UPDATE conversations SET state = 'claimed', owner = ?, updated_at = ? "
                       "WHERE id = ? AND state = 'queued'"_s);
    q.bindValue(0, owner);
    q.bindValue(1, now);
    q.bindValue(2, id);
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() == 1;
}

std::optional<ConversationRecord> Storage::conversation(qint64 id)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readConversation(q);
}

std::optional<ConversationRecord>
Storage::conversationAndMessage(qint64 id, const QString &messageId, bool *messageKnown)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u", EXISTS (SELECT 1 FROM messages WHERE id = ?) FROM conversations "
                         "WHERE id = ?"_s);
    q.bindValue(0, messageId);
    q.bindValue(1, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    *messageKnown = q.value(kConversationColumnCount).toBool();
    return readConversation(q);
}

QHash<QString, Storage::KnownConversation>
Storage::conversationsAndMessages(const QList<std::pair<qint64, QString>> &keys)
{
    // A few statement sizes, padded with keys that match nothing, so a handful
    // of prepared statements serve every group size.
    constexpr int kSizes[] = { 4, 16, 64, 256 };
    constexpr int kLargest = kSizes[std::size(kSizes) - 1];
    QHash<QString, KnownConversation> result;
    for (qsizetype from = 0; from < keys.size(); from += kLargest) {
        const qsizetype count = std::min<qsizetype>(kLargest, keys.size() - from);
        int size = kLargest;
        for (const int candidate : kSizes) {
            if (candidate >= count) {
                size = candidate;
                break;
            }
        }
        QString values;
        for (int i = 0; i < size; ++i)
            values += (i == 0 ? u""_s : u", "_s) + u"(CAST(? AS BIGINT), CAST(? AS TEXT))"_s;
        Query q = prepared(u"WITH k(cid, mid) AS (VALUES "_s + values + u") SELECT "_s
                           + QLatin1StringView(kConversationColumns)
                           + u", k.mid, EXISTS (SELECT 1 FROM messages m WHERE m.id = k.mid) "
                             "FROM k JOIN conversations ON conversations.id = k.cid"_s);
        for (int i = 0; i < size; ++i) {
            const bool real = i < count;
            q.bindValue(2 * i, real ? keys[from + i].first : qint64(0));
            q.bindValue(2 * i + 1, real ? keys[from + i].second : QString());
        }
        if (!q.exec())
            continue; // each message is then read on its own
        while (q.next()) {
            KnownConversation known;
            known.conversation = readConversation(q);
            known.messageKnown = q.value(kConversationColumnCount + 1).toBool();
            result.insert(q.value(kConversationColumnCount).toString(), known);
        }
    }
    return result;
}

std::optional<ConversationRecord> Storage::conversationByAccess(const QByteArray &digest)
{
    if (digest.isEmpty())
        return std::nullopt;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE access_digest = ?"_s);
    q.bindValue(0, QString::fromLatin1(digest));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readConversation(q);
}

std::optional<ConversationRecord> Storage::openConversationOf(Channel channel,
                                                              const QString &citizenKey)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE channel = ? AND citizen_key = ? "
                         "AND state <> 'closed' ORDER BY id DESC LIMIT 1"_s);
    q.bindValue(0, wireName(channel));
    q.bindValue(1, citizenKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readConversation(q);
}

QList<ConversationRecord> Storage::allConversations()
{
    QList<ConversationRecord> result;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations ORDER BY id"_s);
    if (q.exec()) {
        while (q.next())
            result.append(readConversation(q));
    }
    return result;
}

QList<ConversationRecord> Storage::conversationsOfEvents(qint64 after, qint64 upTo)
{
    QList<ConversationRecord> result;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE id IN (SELECT conversation FROM events "
                         "WHERE seq > ? AND seq <= ?)"_s);
    q.bindValue(0, after);
    q.bindValue(1, upTo);
    if (q.exec()) {
        while (q.next())
            result.append(readConversation(q));
    }
    return result;
}

QList<ConversationRecord> Storage::openConversations(bool queuedOnly)
{
    QList<ConversationRecord> result;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + (queuedOnly ? u" FROM conversations WHERE state = 'queued' "_s
                                     : u" FROM conversations WHERE state <> 'closed' "_s)
                       + u"ORDER BY emergency DESC, sgbv DESC, deadline, id"_s);
    if (q.exec()) {
        while (q.next())
            result.append(readConversation(q));
    }
    return result;
}

QList<Storage::SlaWatch> Storage::slaWatch()
{
    QList<SlaWatch> result;
    Query q = prepared(u"SELECT id, channel, deadline, sla FROM conversations "
                       "WHERE state <> 'closed' AND deadline <> 0"_s);
    if (q.exec()) {
        while (q.next()) {
            SlaWatch w;
            w.id = q.value(0).toLongLong();
            w.channel = fromWireName<Channel>(q.value(1).toString()).value_or(Channel::WebChat);
            w.deadline = q.value(2).toLongLong();
            w.sla = fromWireName<SlaState>(q.value(3).toString()).value_or(SlaState::OnTime);
            result.append(w);
        }
    }
    return result;
}

QHash<QString, int> Storage::openCountsByTeam()
{
    QHash<QString, int> counts;
    Query q = prepared(
        u"SELECT team, count(*) FROM conversations WHERE state <> 'closed' GROUP BY team"_s);
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

int Storage::claimedCount(const QString &owner)
{
    Query q =
        prepared(u"SELECT count(*) FROM conversations WHERE owner = ? AND state = 'claimed'"_s);
    q.bindValue(0, owner);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<ConversationRecord> Storage::lapsedClaims(qint64 cutoff)
{
    QList<ConversationRecord> result;
    // From the few agents gone quiet to their claims (agents are disabled,
    // never deleted: every owner has a row); a check of every claim's owner
    // took milliseconds each tick on PostgreSQL with thousands open.
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE state = 'claimed' AND owner IN "
                         "(SELECT login FROM agents WHERE last_seen < ?)"_s);
    q.bindValue(0, cutoff);
    if (q.exec()) {
        while (q.next())
            result.append(readConversation(q));
    }
    return result;
}

Result<void> Storage::insertMessage(const MessageRecord &m)
{
    Query q = prepared(QLatin1StringView(kMessageInsert).arg(u"?"_s));
    bindMessage(q, m, 0, true);
    return exec(q);
}

Result<Protocol::Event> Storage::appendMessage(const ConversationRecord *update,
                                               const QJsonObject &data, MessageRecord &m)
{
    Q_ASSERT(m_inTransaction);
    if (m_backend == Backend::Sqlite) {
        if (update) {
            if (auto done = updateConversation(*update); !done)
                return done.error();
        }
        auto e = appendEvent(EventKind::MessageAdded, m.conversation, data, m.at);
        if (!e)
            return e.error();
        m.seq = e->seq;
        if (auto done = insertMessage(m); !done)
            return done.error();
        return e;
    }
    // Data-modifying WITH clauses all run, in one round trip.
    QString sql;
    if (update)
        sql += u"WITH updated AS ("_s + QLatin1StringView(kConversationUpdate) + u"), "_s;
    else
        sql += u"WITH "_s;
    sql += u"event AS (INSERT INTO events (kind, at, conversation, data) VALUES (?, ?, ?, ?) "
           "RETURNING seq) "_s
        + QLatin1StringView(kMessageInsert).arg(u"(SELECT seq FROM event)"_s) + u" RETURNING seq"_s;
    Query q = prepared(sql);
    int i = 0;
    if (update) {
        bindConversation(q, *update, 0);
        q.bindValue(kConversationUpdateParameters - 1, update->id);
        i = kConversationUpdateParameters;
    }
    q.bindValue(i++, wireName(EventKind::MessageAdded));
    q.bindValue(i++, m.at);
    q.bindValue(i++, m.conversation);
    q.bindValue(i++, toJsonText(data));
    bindMessage(q, m, i, false);
    if (!q.exec() || !q.next())
        return errorOf(q);
    m_appendedEvents = true;
    m.seq = q.value(0).toLongLong();
    return Protocol::Event { m.seq, EventKind::MessageAdded, m.at, m.conversation, data };
}

std::optional<MessageRecord> Storage::message(const QString &id)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kMessageColumns)
                       + u" FROM messages WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readMessage(q);
}

std::optional<MessageRecord> Storage::messageByExternalId(const QString &externalId)
{
    if (externalId.isEmpty())
        return std::nullopt;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kMessageColumns)
                       + u" FROM messages WHERE external_id = ?"_s);
    q.bindValue(0, externalId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readMessage(q);
}

Result<void> Storage::updateDelivery(const QString &id, DeliveryState state, const QString &reason)
{
    Query q = prepared(u"UPDATE messages SET delivery = ?, reason = ? WHERE id = ?"_s);
    q.bindValue(0, wireName(state));
    q.bindValue(1, reason);
    q.bindValue(2, id);
    return exec(q);
}

QList<MessageRecord> Storage::messages(qint64 conversation)
{
    QList<MessageRecord> result;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kMessageColumns)
                       + u" FROM messages WHERE conversation = ? ORDER BY at, seq"_s);
    q.bindValue(0, conversation);
    if (q.exec()) {
        while (q.next())
            result.append(readMessage(q));
    }
    return result;
}

int Storage::agentRepliesSince(qint64 conversation, qint64 since)
{
    Query q = prepared(u"SELECT count(*) FROM messages WHERE conversation = ? "
                       "AND author = 'agent' AND at >= ?"_s);
    q.bindValue(0, conversation);
    q.bindValue(1, since);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

// ---- Commands -------------------------------------------------------------------------------

std::optional<std::pair<qint64, QJsonObject>> Storage::commandAck(const QString &id)
{
    Query q = prepared(u"SELECT agent_id, ack FROM commands WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return std::pair { q.value(0).toLongLong(), fromJsonText(q.value(1).toString()) };
}

Result<void> Storage::storeCommandAck(const QString &id, qint64 agentId, const QJsonObject &ack,
                                      qint64 at)
{
    Query q = prepared(u"INSERT INTO commands (id, agent_id, at, ack) VALUES (?, ?, ?, ?)"_s);
    q.bindValue(0, id);
    q.bindValue(1, agentId);
    q.bindValue(2, at);
    q.bindValue(3, toJsonText(ack));
    return exec(q);
}

// ---- Knowledge base, surveys, settings ------------------------------------------------------

Result<qint64> Storage::upsertFaqEntry(const FaqEntry &entry, qint64 now, const QString &by,
                                       const QString &action, qint64 revertedFrom)
{
    // Versions come from the history, which holds every number ever given (retired
    // entries included): a version is never handed out twice.
    Query version = prepared(u"SELECT coalesce(max(version), 0) + 1 FROM faq_versions"_s);
    if (!version.exec() || !version.next())
        return errorOf(version);
    const qint64 next = version.value(0).toLongLong();
    Query q = prepared(
        u"INSERT INTO faq_entries (id, lang, question, answer, keywords, links, version, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, lang) DO UPDATE SET "
        "question = excluded.question, answer = excluded.answer, keywords = excluded.keywords, "
        "links = excluded.links, version = excluded.version, updated_at = excluded.updated_at"_s);
    q.bindValue(0, entry.id);
    q.bindValue(1, wireName(entry.lang));
    q.bindValue(2, entry.question);
    q.bindValue(3, entry.answer);
    q.bindValue(4, listToJson(entry.keywords));
    q.bindValue(5, listToJson(entry.links));
    q.bindValue(6, next);
    q.bindValue(7, now);
    if (auto done = exec(q); !done)
        return done.error();
    if (auto kept = insertFaqVersion(next, entry, action, by, now, revertedFrom); !kept)
        return kept.error();
    return next;
}

Result<std::optional<qint64>> Storage::retireFaqEntry(const QString &id, Language lang, qint64 now,
                                                      const QString &by)
{
    const auto current = faqEntry(id, lang);
    if (!current)
        return std::optional<qint64>();
    Query version = prepared(u"SELECT coalesce(max(version), 0) + 1 FROM faq_versions"_s);
    if (!version.exec() || !version.next())
        return errorOf(version);
    const qint64 next = version.value(0).toLongLong();
    Query q = prepared(u"DELETE FROM faq_entries WHERE id = ? AND lang = ?"_s);
    q.bindValue(0, id);
    q.bindValue(1, wireName(lang));
    if (auto done = exec(q); !done)
        return done.error();
    if (auto kept = insertFaqVersion(next, *current, u"retire"_s, by, now, 0); !kept)
        return kept.error();
    return std::optional<qint64>(next);
}

Result<void> Storage::insertFaqVersion(qint64 version, const FaqEntry &entry, const QString &action,
                                       const QString &by, qint64 at, qint64 revertedFrom)
{
    Query q = prepared(u"INSERT INTO faq_versions (version, id, lang, action, question, answer, "
                       "keywords, links, by_whom, at, reverted_from) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, version);
    q.bindValue(1, entry.id);
    q.bindValue(2, wireName(entry.lang));
    q.bindValue(3, action);
    q.bindValue(4, entry.question);
    q.bindValue(5, entry.answer);
    q.bindValue(6, listToJson(entry.keywords));
    q.bindValue(7, listToJson(entry.links));
    q.bindValue(8, by);
    q.bindValue(9, at);
    q.bindValue(10, revertedFrom);
    return exec(q);
}

namespace {

FaqEntry readFaq(const QSqlQuery &q)
{
    FaqEntry e;
    e.id = q.value(0).toString();
    e.lang = enumOr(q.value(1), Language::Fr);
    e.question = q.value(2).toString();
    e.answer = q.value(3).toString();
    e.keywords = jsonToList(q.value(4).toString());
    e.links = jsonToList(q.value(5).toString());
    return e;
}

} // namespace

QList<FaqEntry> Storage::faqEntries()
{
    QList<FaqEntry> result;
    Query q = prepared(u"SELECT id, lang, question, answer, keywords, links FROM faq_entries "
                       "ORDER BY id, lang"_s);
    if (q.exec()) {
        while (q.next())
            result.append(readFaq(q));
    }
    return result;
}

std::optional<FaqEntry> Storage::faqEntry(const QString &id, Language lang)
{
    Query q = prepared(u"SELECT id, lang, question, answer, keywords, links FROM faq_entries "
                       "WHERE id = ? AND lang = ?"_s);
    q.bindValue(0, id);
    q.bindValue(1, wireName(lang));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readFaq(q);
}

namespace {

constexpr const char *kFaqVersionColumns =
    "id, lang, question, answer, keywords, links, version, action, by_whom, at, reverted_from";

Storage::FaqVersion readFaqVersion(const QSqlQuery &q)
{
    Storage::FaqVersion v;
    v.entry = readFaq(q);
    v.version = q.value(6).toLongLong();
    v.action = q.value(7).toString();
    v.by = q.value(8).toString();
    v.at = q.value(9).toLongLong();
    v.revertedFrom = q.value(10).toLongLong();
    return v;
}

} // namespace

QList<Storage::FaqVersion> Storage::faqHistory(const QString &id)
{
    QList<FaqVersion> result;
    Query q = prepared(u"SELECT %1 FROM faq_versions WHERE id = ? ORDER BY version"_s.arg(
        QLatin1String(kFaqVersionColumns)));
    q.bindValue(0, id);
    if (q.exec()) {
        while (q.next())
            result.append(readFaqVersion(q));
    }
    return result;
}

std::optional<Storage::FaqVersion> Storage::faqVersion(qint64 version)
{
    Query q = prepared(
        u"SELECT %1 FROM faq_versions WHERE version = ?"_s.arg(QLatin1String(kFaqVersionColumns)));
    q.bindValue(0, version);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readFaqVersion(q);
}

Result<bool> Storage::insertSurvey(qint64 conversation, int rating, const QString &comment,
                                   const QString &agent, qint64 at)
{
    Query q = prepared(u"INSERT INTO surveys (conversation, rating, comment, agent, at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (conversation) DO NOTHING"_s);
    q.bindValue(0, conversation);
    q.bindValue(1, rating);
    q.bindValue(2, comment);
    q.bindValue(3, agent);
    q.bindValue(4, at);
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() == 1;
}

std::optional<std::pair<int, QString>> Storage::survey(qint64 conversation)
{
    Query q = prepared(u"SELECT rating, comment FROM surveys WHERE conversation = ?"_s);
    q.bindValue(0, conversation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return std::pair { q.value(0).toInt(), q.value(1).toString() };
}

std::optional<QString> Storage::setting(const QString &key)
{
    Query q = prepared(u"SELECT value FROM settings WHERE key = ?"_s);
    q.bindValue(0, key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<void> Storage::setSetting(const QString &key, const QString &value)
{
    Query q = prepared(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.bindValue(0, key);
    q.bindValue(1, value);
    return exec(q);
}

QHash<QString, int> Storage::deliveriesByChannel(DeliveryState state)
{
    QHash<QString, int> counts;
    Query q = prepared(u"SELECT c.channel, count(*) FROM messages m JOIN conversations c "
                       "ON c.id = m.conversation WHERE m.author = 'agent' AND m.delivery = ? "
                       "GROUP BY c.channel"_s);
    q.bindValue(0, wireName(state));
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

QHash<QPair<QString, QString>, int> Storage::openCountsByChannelAndState()
{
    QHash<QPair<QString, QString>, int> counts;
    Query q = prepared(u"SELECT channel, state, count(*) FROM conversations "
                       "WHERE state IN ('queued', 'claimed') GROUP BY channel, state"_s);
    if (q.exec()) {
        while (q.next())
            counts.insert({ q.value(0).toString(), q.value(1).toString() }, q.value(2).toInt());
    }
    return counts;
}

// ---- Citizen channels ---------------------------------------------------------------------

namespace {

constexpr const char *kSendColumns =
    "message_id, conversation, channel, kind, state, attempts, next_attempt_at, lease_until, "
    "external_id, last_error, created_at, sent_at";

Storage::SendRecord readSend(const QSqlQuery &q)
{
    Storage::SendRecord r;
    r.messageId = q.value(0).toString();
    r.conversation = q.value(1).toLongLong();
    r.channel = enumOr(q.value(2), Channel::Messenger);
    r.kind = q.value(3).toString();
    r.state = q.value(4).toString();
    r.attempts = q.value(5).toInt();
    r.nextAttemptAt = q.value(6).toLongLong();
    r.leaseUntil = q.value(7).toLongLong();
    r.externalId = q.value(8).toString();
    r.lastError = q.value(9).toString();
    r.createdAt = q.value(10).toLongLong();
    r.sentAt = q.value(11).toLongLong();
    return r;
}

} // namespace

Result<void> Storage::enqueueSend(const SendRecord &r)
{
    Query q =
        prepared(u"INSERT INTO send_queue (message_id, conversation, channel, kind, state, "
                 "attempts, next_attempt_at, lease_until, external_id, last_error, created_at, "
                 "sent_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, 0, '', '', ?, 0) "
                 "ON CONFLICT (message_id) DO UPDATE SET state = 'pending', attempts = 0, "
                 "next_attempt_at = excluded.next_attempt_at, lease_until = 0, "
                 "last_error = '', kind = excluded.kind"_s);
    q.bindValue(0, r.messageId);
    q.bindValue(1, r.conversation);
    q.bindValue(2, wireName(r.channel));
    q.bindValue(3, r.kind);
    q.bindValue(4, r.nextAttemptAt);
    q.bindValue(5, r.createdAt);
    return exec(q);
}

QList<Storage::SendRecord> Storage::dueSends(qint64 now, int limit)
{
    QList<SendRecord> result;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kSendColumns)
                       + u" FROM send_queue WHERE state IN ('pending', 'sending') "
                         "AND next_attempt_at <= ? AND lease_until <= ? "
                         "ORDER BY next_attempt_at, created_at LIMIT ?"_s);
    q.bindValue(0, now);
    q.bindValue(1, now);
    q.bindValue(2, limit);
    if (q.exec()) {
        while (q.next())
            result.append(readSend(q));
    }
    return result;
}

Result<bool> Storage::leaseSend(const QString &messageId, qint64 now, qint64 until)
{
    Query q = prepared(u"UPDATE send_queue SET state = 'sending', lease_until = ?, "
                       "attempts = attempts + 1 WHERE message_id = ? "
                       "AND state IN ('pending', 'sending') AND lease_until <= ?"_s);
    q.bindValue(0, until);
    q.bindValue(1, messageId);
    q.bindValue(2, now);
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() == 1;
}

Result<void> Storage::updateSend(const SendRecord &r)
{
    Query q = prepared(u"UPDATE send_queue SET state = ?, attempts = ?, next_attempt_at = ?, "
                       "lease_until = ?, external_id = ?, last_error = ?, sent_at = ? "
                       "WHERE message_id = ?"_s);
    q.bindValue(0, r.state);
    q.bindValue(1, r.attempts);
    q.bindValue(2, r.nextAttemptAt);
    q.bindValue(3, r.leaseUntil);
    q.bindValue(4, r.externalId);
    q.bindValue(5, r.lastError);
    q.bindValue(6, r.sentAt);
    q.bindValue(7, r.messageId);
    return exec(q);
}

std::optional<Storage::SendRecord> Storage::sendRecord(const QString &messageId)
{
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kSendColumns)
                       + u" FROM send_queue WHERE message_id = ?"_s);
    q.bindValue(0, messageId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readSend(q);
}

std::optional<Storage::SendRecord> Storage::sendByExternalId(Channel channel,
                                                             const QString &externalId)
{
    if (externalId.isEmpty())
        return std::nullopt;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kSendColumns)
                       + u" FROM send_queue WHERE channel = ? AND external_id = ?"_s);
    q.bindValue(0, wireName(channel));
    q.bindValue(1, externalId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readSend(q);
}

QList<Storage::SendRecord> Storage::sentUpTo(qint64 conversation, qint64 watermark)
{
    QList<SendRecord> result;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kSendColumns)
                       + u" FROM send_queue WHERE conversation = ? AND state = 'sent' "
                         "AND sent_at <= ? ORDER BY sent_at"_s);
    q.bindValue(0, conversation);
    q.bindValue(1, watermark);
    if (q.exec()) {
        while (q.next())
            result.append(readSend(q));
    }
    return result;
}

QList<MessageRecord> Storage::unqueuedPending(const QList<Channel> &channels)
{
    QList<MessageRecord> result;
    QStringList names;
    for (const Channel channel : channels)
        names.append(u"'"_s + wireName(channel) + u"'"_s);
    if (names.isEmpty())
        return result;
    QSqlQuery q(m_db);
    const QString sql =
        u"SELECT m.id, m.conversation, m.seq, m.author, m.agent, m.text, "
        "m.attachments, m.at, m.delivery, m.reason, m.external_id"
        // CROSS JOIN: SQLite then starts from the few pending messages
        // (messages_pending) rather than every conversation of the channels.
        " FROM messages m CROSS JOIN conversations c WHERE c.id = m.conversation "
        "AND m.delivery = 'pending' AND m.author IN ('agent', 'system') AND c.channel IN ("_s
        + names.join(u", "_s)
        + u") AND NOT EXISTS (SELECT 1 FROM send_queue s WHERE s.message_id = m.id) "
          "ORDER BY m.at"_s;
    if (execDirect(q, sql)) {
        while (q.next())
            result.append(readMessage(q));
    } else {
        qCWarning(lcStorage) << "cannot list unqueued messages:" << q.lastError().text();
    }
    return result;
}

std::optional<ConversationRecord> Storage::latestConversationOf(Channel channel,
                                                                const QString &citizenKey)
{
    if (citizenKey.isEmpty())
        return std::nullopt;
    Query q = prepared(u"SELECT "_s + QLatin1StringView(kConversationColumns)
                       + u" FROM conversations WHERE channel = ? AND citizen_key = ? "
                         "ORDER BY id DESC LIMIT 1"_s);
    q.bindValue(0, wireName(channel));
    q.bindValue(1, citizenKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readConversation(q);
}

int Storage::liveRepliesSince(qint64 conversation, qint64 since)
{
    Query q = prepared(u"SELECT count(*) FROM messages WHERE conversation = ? "
                       "AND author = 'agent' AND delivery <> 'failed' AND at >= ?"_s);
    q.bindValue(0, conversation);
    q.bindValue(1, since);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Result<bool> Storage::markOnce(const QString &key, qint64 at)
{
    Query q =
        prepared(u"INSERT INTO once_marks (key, at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s);
    q.bindValue(0, key);
    q.bindValue(1, at);
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() == 1;
}

Result<void> Storage::silenceSender(const QString &sender, qint64 until)
{
    Query q = prepared(u"INSERT INTO silenced_senders (sender, until_at) VALUES (?, ?) "
                       "ON CONFLICT (sender) DO UPDATE SET until_at = excluded.until_at"_s);
    q.bindValue(0, sender);
    q.bindValue(1, until);
    return exec(q);
}

qint64 Storage::silencedUntil(const QString &sender)
{
    Query q = prepared(u"SELECT until_at FROM silenced_senders WHERE sender = ?"_s);
    q.bindValue(0, sender);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> Storage::setConversationSender(qint64 conversation, const QString &sender)
{
    Query q = prepared(u"INSERT INTO conversation_senders (conversation, sender) VALUES (?, ?) "
                       "ON CONFLICT (conversation) DO NOTHING"_s);
    q.bindValue(0, conversation);
    q.bindValue(1, sender);
    return exec(q);
}

std::optional<QString> Storage::conversationSender(qint64 conversation)
{
    Query q = prepared(u"SELECT sender FROM conversation_senders WHERE conversation = ?"_s);
    q.bindValue(0, conversation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Result<void> Storage::setFlagReason(qint64 conversation, const QString &flag,
                                    const QJsonObject &why, qint64 at)
{
    Query q = prepared(u"INSERT INTO conversation_flags (conversation, flag, why, at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (conversation, flag) "
                       "DO UPDATE SET why = excluded.why, at = excluded.at"_s);
    q.bindValue(0, conversation);
    q.bindValue(1, flag);
    q.bindValue(2, toJsonText(why));
    q.bindValue(3, at);
    return exec(q);
}

QJsonObject Storage::flagReasons(qint64 conversation)
{
    QJsonObject reasons;
    Query q = prepared(u"SELECT flag, why FROM conversation_flags WHERE conversation = ?"_s);
    q.bindValue(0, conversation);
    if (q.exec()) {
        while (q.next())
            reasons.insert(q.value(0).toString(), fromJsonText(q.value(1).toString()));
    }
    return reasons;
}

// ---- Audit log -----------------------------------------------------------------------------

const QString &Storage::auditGenesis()
{
    static const QString genesis(64, u'0');
    return genesis;
}

QString Storage::auditHash(const AuditRecord &r)
{
    // Each field length-prefixed, so no two different records serialise alike
    // (a field that swallows its neighbour's text changes a length).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("guichet-audit/1\n");
    const auto field = [&hash](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(":");
        hash.addData(bytes);
        hash.addData("\n");
    };
    field(QString::number(r.id));
    field(QString::number(r.at));
    field(r.actor);
    field(r.role);
    field(r.action);
    field(QString::number(r.conversation));
    field(r.details);
    field(r.prevHash);
    return QString::fromLatin1(hash.result().toHex());
}

Result<Storage::AuditRecord> Storage::appendAudit(const QString &actor, const QString &role,
                                                  const QString &action, qint64 conversation,
                                                  const QJsonObject &details, qint64 at)
{
    Q_ASSERT(m_inTransaction);
    AuditRecord r;
    r.at = at;
    r.actor = actor;
    r.role = role;
    r.action = action;
    r.conversation = conversation;
    r.details = toJsonText(details);
    {
        Query last = prepared(u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
        if (!last.exec())
            return errorOf(last);
        if (last.next()) {
            r.id = last.value(0).toLongLong() + 1;
            r.prevHash = last.value(1).toString();
        } else {
            r.id = 1;
            r.prevHash = auditGenesis();
        }
    }
    r.hash = auditHash(r);
    Query q = prepared(u"INSERT INTO audit_log (id, at, actor, role, action, conversation, "
                       "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, r.id);
    q.bindValue(1, r.at);
    q.bindValue(2, r.actor);
    q.bindValue(3, r.role);
    q.bindValue(4, r.action);
    q.bindValue(5, r.conversation);
    q.bindValue(6, r.details);
    q.bindValue(7, r.prevHash);
    q.bindValue(8, r.hash);
    if (auto done = exec(q); !done)
        return done.error();
    return r;
}

Result<QList<Storage::AuditRecord>> Storage::auditRecords(qint64 afterId, int limit)
{
    Query q = prepared(u"SELECT id, at, actor, role, action, conversation, details, prev_hash, "
                       "hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"_s);
    q.bindValue(0, afterId);
    q.bindValue(1, limit);
    if (!q.exec())
        return errorOf(q);
    QList<AuditRecord> records;
    while (q.next()) {
        records.append(
            AuditRecord { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                          q.value(6).toString(), q.value(7).toString(), q.value(8).toString() });
    }
    return records;
}

// ---- Supervisors' figures and report -------------------------------------------------------
// Every figure is one aggregate over an index (conversations_by_state for the
// queue, conversations_by_opened / _by_closed and surveys_by_at for the day):
// nothing is read row by row into the server. Parameters inside expressions
// carry a cast: PostgreSQL cannot infer their type there.

Result<QList<Storage::WaitingCount>> Storage::waitingCounts(qint64 now, qint64 chatRiskLine,
                                                            qint64 messageRiskLine)
{
    Query q = prepared(
        u"SELECT channel, lang, count(*), "
        "sum(CASE WHEN deadline > 0 AND deadline <= CAST(? AS BIGINT) THEN 1 ELSE 0 END), "
        "sum(CASE WHEN deadline > CAST(? AS BIGINT) AND deadline <= CASE WHEN channel = 'webchat' "
        "THEN CAST(? AS BIGINT) ELSE CAST(? AS BIGINT) END THEN 1 ELSE 0 END), "
        "sum(emergency), sum(sgbv) FROM conversations WHERE state = 'queued' "
        "GROUP BY channel, lang"_s);
    q.bindValue(0, now);
    q.bindValue(1, now);
    q.bindValue(2, chatRiskLine);
    q.bindValue(3, messageRiskLine);
    if (!q.exec())
        return errorOf(q);
    QList<WaitingCount> counts;
    while (q.next()) {
        counts.append(WaitingCount { q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toLongLong(), q.value(4).toLongLong(),
                                     q.value(3).toLongLong(), q.value(5).toLongLong(),
                                     q.value(6).toLongLong() });
    }
    return counts;
}

Result<QList<Storage::AgentLoad>> Storage::agentLoads(qint64 now, qint64 seenSince)
{
    Query q = prepared(
        u"SELECT a.login, a.role, CASE WHEN a.last_seen < CAST(? AS BIGINT) THEN 'offline' "
        "WHEN a.presence = 'offline' THEN 'available' ELSE a.presence END, coalesce(l.n, 0), "
        "a.capacity FROM agents a LEFT JOIN "
        "(SELECT owner, count(*) AS n FROM conversations WHERE state = 'claimed' GROUP BY owner) "
        "l ON l.owner = a.login WHERE a.disabled = 0 AND (a.expires_at = 0 OR a.expires_at > ?) "
        "ORDER BY a.login"_s);
    q.bindValue(0, seenSince);
    q.bindValue(1, now);
    if (!q.exec())
        return errorOf(q);
    QList<AgentLoad> agents;
    while (q.next()) {
        agents.append(AgentLoad { q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toLongLong(),
                                  q.value(4).toInt() });
    }
    return agents;
}

namespace {

// First agent reply minus opening, of each conversation opened since ?; NULL
// when not answered yet.
constexpr const char *kFirstResponses =
    "SELECT (SELECT min(m.at) FROM messages m WHERE m.conversation = c.id "
    "AND m.author = 'agent') - c.opened_at AS d FROM conversations c WHERE c.opened_at >= ?";

} // namespace

Result<Storage::DayFigures> Storage::dayFigures(qint64 since)
{
    DayFigures day;
    {
        // One pass over today's conversations (a few thousand numbers), the
        // percentiles counted here: sorting in SQL ran the first-reply
        // subquery again for each percentile, three times the cost.
        Query q = prepared(QString::fromLatin1(kFirstResponses));
        q.bindValue(0, since);
        if (!q.exec())
            return errorOf(q);
        std::vector<qint64> times;
        while (q.next()) {
            ++day.opened;
            if (!q.value(0).isNull())
                times.push_back(q.value(0).toLongLong());
        }
        if (static_cast<const QSqlQuery &>(q).lastError().isValid())
            return errorOf(q);
        std::sort(times.begin(), times.end());
        // Nearest rank: the smallest time at or below which p of them fall.
        const auto percentile = [&](int percent) -> std::optional<qint64> {
            if (times.empty())
                return std::nullopt;
            const std::size_t rank = (times.size() * std::size_t(percent) + 99) / 100;
            return times[std::max<std::size_t>(rank, 1) - 1];
        };
        day.firstResponseP50 = percentile(50);
        day.firstResponseP90 = percentile(90);
    }
    {
        Query q = prepared(u"SELECT count(*) FROM conversations WHERE closed_at >= ?"_s);
        q.bindValue(0, std::max<qint64>(since, 1));
        if (!q.exec() || !q.next())
            return errorOf(q);
        day.closed = q.value(0).toLongLong();
    }
    {
        Query q = prepared(u"SELECT count(*), avg(rating) FROM surveys WHERE at >= ?"_s);
        q.bindValue(0, since);
        if (!q.exec() || !q.next())
            return errorOf(q);
        day.csatCount = q.value(0).toLongLong();
        if (day.csatCount > 0)
            day.csatMean = q.value(1).toDouble();
    }
    {
        Query q = prepared(u"SELECT outcome, count(*) FROM conversations WHERE opened_at >= ? "
                           "AND outcome IN ('pharos', 'perceval', 'these', 'plainte_en_ligne', "
                           "'brigade') GROUP BY outcome"_s);
        q.bindValue(0, since);
        if (!q.exec())
            return errorOf(q);
        while (q.next())
            day.redirects.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return day;
}

Result<QList<Storage::ReportRow>> Storage::reportPage(qint64 to, qint64 afterOpened, qint64 afterId,
                                                      int limit)
{
    Query q = prepared(
        u"SELECT c.id, c.channel, c.lang, c.opened_at, (SELECT min(m.at) FROM messages m "
        "WHERE m.conversation = c.id AND m.author = 'agent'), c.closed_at, c.outcome, c.owner, "
        "s.rating FROM conversations c LEFT JOIN surveys s ON s.conversation = c.id "
        // The plain range first: PostgreSQL reads the index from it, where the
        // OR alone made it scan the whole table (3 s for a day at a million).
        "WHERE c.opened_at >= ? AND c.opened_at < ? "
        "AND (c.opened_at > ? OR (c.opened_at = ? AND c.id > ?)) "
        "ORDER BY c.opened_at, c.id LIMIT ?"_s);
    q.bindValue(0, afterOpened);
    q.bindValue(1, to);
    q.bindValue(2, afterOpened);
    q.bindValue(3, afterOpened);
    q.bindValue(4, afterId);
    q.bindValue(5, limit);
    if (!q.exec())
        return errorOf(q);
    QList<ReportRow> rows;
    while (q.next()) {
        rows.append(ReportRow { q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toLongLong(),
                                q.value(4).toLongLong(), q.value(5).toLongLong(),
                                q.value(6).toString(), q.value(7).toString(), q.value(8).toInt() });
    }
    return rows;
}

} // namespace Guichet::Server
