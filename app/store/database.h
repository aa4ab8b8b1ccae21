#pragma once

#include "protocol/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Guichet {

class Statement;

//! A SQLCipher connection (RAII). Opening with a key checks it at once: a wrong
//! key is an ErrorCode::WrongKey error and the file is not touched.
class Database
{
public:
    //! How the file is encrypted; settings SQLCipher does not store in the file.
    struct Cipher
    {
        QByteArray rawKey; //!< 32 bytes; empty opens a plain (unencrypted) database
        int compatibility = 0; //!< SQLCipher major version the file was created with (0: current)
    };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    //! Open (creating when @p create) the file at @p path and apply the cipher.
    static Result<Database> open(const QString &path, const Cipher &cipher, bool create);

    bool isOpen() const { return m_db != nullptr; }
    //! Run one or more statements without results.
    Result<void> exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    //! The first column of the first row of @p sql, as text (empty if no row).
    Result<QString> scalar(const char *sql);

    //! SQLCipher's version ("3.4.1", "4.5.6 community"), empty when plain.
    QString cipherVersion();
    int userVersion();
    Result<void> setUserVersion(int version);
    qint64 lastInsertRowId() const;
    int changes() const;

    //! The Error for the connection's last failure (code mapped: full disk,
    //! corrupt file, wrong key...), prefixed with @p what.
    Error lastError(const QString &what) const;
    static Error errorFor(int sqliteCode, const QString &what, const QString &detail);

    sqlite3 *handle() const { return m_db; }

private:
    explicit Database(sqlite3 *db);
    void close();

    sqlite3 *m_db = nullptr;
};

//! A prepared statement (RAII). Bind by 1-based index, step, read columns.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value); //!< a null QString binds NULL
    Statement &bind(int index, const QByteArray &value); //!< as a BLOB
    Statement &bindNull(int index);

    //! Advance: true when a row is available, false when done; errors are kept
    //! and reported by error() (and by exec()).
    bool step();
    //! Step to completion and report the outcome.
    Result<void> exec();
    //! Clear bindings and rewind for the next use.
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    bool failed() const { return m_failed; }
    Error error() const;

private:
    friend class Database;
    Statement(sqlite3_stmt *statement, const Database *database);

    sqlite3_stmt *m_statement = nullptr;
    const Database *m_database = nullptr;
    int m_lastCode = 0;
    bool m_failed = false;
};

//! A write transaction (RAII): BEGIN IMMEDIATE on creation, ROLLBACK on
//! destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    //! False when BEGIN failed (locked, read-only...); see error().
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Result<void> commit();

private:
    Database &m_database;
    Error m_error;
    bool m_active = false;
};

//! The version of the SQLCipher library linked in (PRAGMA cipher_version on an
//! in-memory database), or an empty string when it is not SQLCipher.
QString sqlcipherVersion();

} // namespace Guichet
