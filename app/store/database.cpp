#include "database.h"

#include "sqlite_p.h"
#include "storelogging.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Guichet {

// ---- Database --------------------------------------------------------------------

Database::Database(sqlite3 *db)
    : m_db(db)
{ }

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        // sqlite3_close_v2 defers the close until statements are finalised, so
        // an outstanding Statement cannot use a freed handle.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Error Database::errorFor(int sqliteCode, const QString &what, const QString &detail)
{
    ErrorCode code = ErrorCode::StorageError;
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        code = ErrorCode::StorageFull;
        break;
    case SQLITE_NOTADB:
        code = ErrorCode::WrongKey;
        break;
    case SQLITE_CORRUPT:
        code = ErrorCode::StorageCorrupt;
        break;
    case SQLITE_IOERR:
        code = (sqliteCode == SQLITE_IOERR_WRITE || sqliteCode == SQLITE_IOERR_FSYNC)
            ? ErrorCode::StorageFull
            : ErrorCode::StorageError;
        break;
    default:
        break;
    }
    QString message = what;
    if (!detail.isEmpty())
        message += u": "_s + detail;
    return Error { code, message, {} };
}

Error Database::lastError(const QString &what) const
{
    if (!m_db)
        return errorFor(SQLITE_MISUSE, what, u"database not open"_s);
    return errorFor(sqlite3_extended_errcode(m_db), what, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Result<Database> Database::open(const QString &path, const Cipher &cipher, bool create)
{
    if (!create && path != u":memory:"_s && !QFile::exists(path))
        return makeError(ErrorCode::NotFound, u"no cache at this path"_s);

    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Database db(raw); // owns the handle even when opening failed
    if (rc != SQLITE_OK)
        return db.lastError(u"cannot open the cache"_s);
    sqlite3_extended_result_codes(raw, 1);

#ifdef GUICHET_STORE_PLAIN
    // Same page size as the encrypted cache, so the reference differs by the
    // encryption alone (and SQLite's version).
    Q_UNUSED(cipher);
    if (auto r = db.exec("PRAGMA page_size = 4096;"); !r)
        return r.error();
#else
    if (!cipher.rawKey.isEmpty()) {
        if (cipher.rawKey.size() != 32)
            return makeError(ErrorCode::Internal, u"a cache key is 32 bytes"_s);
        // A raw key skips SQLCipher's KDF: the key is already random, and the KDF
        // would cost 0.1 to 0.2 s on every open.
        QByteArray keySpec = "x'" + cipher.rawKey.toHex() + "'";
        const int keyRc = sqlite3_key(raw, keySpec.constData(), int(keySpec.size()));
        keySpec.fill('\0');
        if (keyRc != SQLITE_OK)
            return db.lastError(u"cannot set the cache key"_s);

        // Prove this really is SQLCipher: with plain SQLite underneath, PRAGMA key
        // would be a silent no-op and the file would be written in clear.
        if (db.cipherVersion().isEmpty()) {
            return makeError(ErrorCode::Internal,
                             u"the SQLite library in this process has no encryption (SQLCipher "
                             u"expected)"_s);
        }
        // Settings SQLCipher does not keep in the file: repeat on every open.
        if (cipher.compatibility == 3 && db.cipherVersion().startsWith(u'4')) {
            if (auto r = db.exec("PRAGMA cipher_compatibility = 3;"); !r)
                return r.error();
        }
        // 4 KiB pages: SQLCipher 3's default of 1 KiB costs a quarter more
        // calls into the cipher for the same data; bigger pages cost more bytes
        // per touched page (both measured with scripts/bench).
        if (auto r = db.exec("PRAGMA cipher_page_size = 4096;"); !r)
            return r.error();
    }
#endif

    // SQLCipher accepts any key at open: the first read of the schema tells.
    auto probe = db.scalar("SELECT count(*) FROM sqlite_master;");
    if (!probe) {
        Error error = probe.error();
        if (error.code == ErrorCode::WrongKey)
            error.message = u"wrong key: this cache cannot be decrypted with it"_s;
        return error;
    }
    return db;
}

Result<void> Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return errorFor(sqlite3_extended_errcode(m_db), u"storage error"_s, detail);
    }
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return lastError(u"cannot prepare a statement"_s);
    return Statement(statement, this);
}

Result<QString> Database::scalar(const char *sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    if (statement->step())
        return statement->text(0);
    if (statement->failed())
        return statement->error();
    return QString();
}

QString Database::cipherVersion()
{
    auto statement = prepare("PRAGMA cipher_version;");
    if (!statement || !statement->step())
        return {};
    return statement->text(0);
}

int Database::userVersion()
{
    auto version = scalar("PRAGMA user_version;");
    return version ? version->toInt() : -1;
}

Result<void> Database::setUserVersion(int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version) + ';';
    return exec(sql.constData());
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// ---- Statement -------------------------------------------------------------------

Statement::Statement(sqlite3_stmt *statement, const Database *database)
    : m_statement(statement)
    , m_database(database)
{ }

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_database(other.m_database)
    , m_lastCode(other.m_lastCode)
    , m_failed(other.m_failed)
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_database = other.m_database;
        m_lastCode = other.m_lastCode;
        m_failed = other.m_failed;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool Statement::step()
{
    m_lastCode = sqlite3_step(m_statement);
    if (m_lastCode == SQLITE_ROW)
        return true;
    if (m_lastCode != SQLITE_DONE) {
        m_failed = true;
        m_lastCode = sqlite3_extended_errcode(sqlite3_db_handle(m_statement));
    }
    return false;
}

Result<void> Statement::exec()
{
    while (step()) { }
    if (m_failed)
        return error();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_failed = false;
    m_lastCode = 0;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Error Statement::error() const
{
    sqlite3 *db = sqlite3_db_handle(m_statement);
    return Database::errorFor(m_lastCode, u"storage error"_s,
                              QString::fromUtf8(sqlite3_errmsg(db)));
}

// ---- Transaction -----------------------------------------------------------------

Transaction::Transaction(Database &database)
    : m_database(database)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here rather
    // than half-way through the batch.
    if (auto begun = m_database.exec("BEGIN IMMEDIATE;"); begun)
        m_active = true;
    else
        m_error = begun.error();
}

Transaction::~Transaction()
{
    if (m_active) {
        if (auto rolledBack = m_database.exec("ROLLBACK;"); !rolledBack)
            qCWarning(lcStore) << "rollback failed:" << rolledBack.error().message;
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    auto committed = m_database.exec("COMMIT;");
    if (committed)
        m_active = false; // a failed COMMIT leaves the transaction open: roll back
    return committed;
}

QString sqlcipherVersion()
{
    QByteArray key(32, '\x5a');
    auto db = Database::open(u":memory:"_s, { key, 0 }, true);
    return db ? db->cipherVersion() : QString();
}

} // namespace Guichet
