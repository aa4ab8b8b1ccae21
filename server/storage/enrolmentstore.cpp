#include "enrolmentstore.h"

#include "storage.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Guichet::Server {

namespace {

Error failed(const QSqlQuery &query)
{
    return makeError(ErrorCode::StorageError, query.lastError().text());
}

QString joinLanguages(const QList<Language> &languages)
{
    QStringList names;
    for (const Language lang : languages)
        names.append(wireName(lang));
    return names.join(u',');
}

} // namespace

EnrolmentStore::EnrolmentStore(Storage &storage)
    : m_storage(storage)
{ }

Result<void> EnrolmentStore::insert(const Code &code)
{
    QSqlQuery q(m_storage.database());
    q.prepare(u"INSERT INTO enrolment_codes (digest, created_by, created_at, expires_at, "
              "account_hours, team, languages, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(QString::fromLatin1(code.digest));
    q.addBindValue(code.createdBy);
    q.addBindValue(code.createdAt);
    q.addBindValue(code.expiresAt);
    q.addBindValue(code.accountHours);
    q.addBindValue(code.team.isNull() ? u""_s : code.team);
    q.addBindValue(joinLanguages(code.languages));
    q.addBindValue(code.reason.isNull() ? u""_s : code.reason);
    if (!q.exec())
        return failed(q);
    return {};
}

std::optional<EnrolmentStore::Code> EnrolmentStore::find(const QByteArray &digest)
{
    QSqlQuery q(m_storage.database());
    q.prepare(u"SELECT created_by, created_at, expires_at, account_hours, team, languages, reason, "
              "used_at, used_by FROM enrolment_codes WHERE digest = ?"_s);
    q.addBindValue(QString::fromLatin1(digest));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Code code;
    code.digest = digest;
    code.createdBy = q.value(0).toString();
    code.createdAt = q.value(1).toLongLong();
    code.expiresAt = q.value(2).toLongLong();
    code.accountHours = q.value(3).toLongLong();
    code.team = q.value(4).toString();
    for (const QString &name : q.value(5).toString().split(u',', Qt::SkipEmptyParts)) {
        if (const auto lang = fromWireName<Language>(name))
            code.languages.append(*lang);
    }
    code.reason = q.value(6).toString();
    code.usedAt = q.value(7).toLongLong();
    code.usedBy = q.value(8).toString();
    return code;
}

Result<bool> EnrolmentStore::markUsed(const QByteArray &digest, const QString &login, qint64 at)
{
    // Conditional: of two enrolments racing with one code, one wins.
    QSqlQuery q(m_storage.database());
    q.prepare(u"UPDATE enrolment_codes SET used_at = ?, used_by = ? "
              "WHERE digest = ? AND used_at = 0"_s);
    q.addBindValue(at);
    q.addBindValue(login);
    q.addBindValue(QString::fromLatin1(digest));
    if (!q.exec())
        return failed(q);
    return q.numRowsAffected() == 1;
}

QStringList EnrolmentStore::enrolledLogins()
{
    QStringList logins;
    QSqlQuery q(m_storage.database());
    if (!q.exec(u"SELECT used_by FROM enrolment_codes WHERE used_by <> '' ORDER BY used_at"_s))
        return logins;
    while (q.next())
        logins.append(q.value(0).toString());
    return logins;
}

Result<int> EnrolmentStore::expireUnused(qint64 at)
{
    QSqlQuery q(m_storage.database());
    q.prepare(u"UPDATE enrolment_codes SET expires_at = ? WHERE used_at = 0 AND expires_at > ?"_s);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec())
        return failed(q);
    return q.numRowsAffected();
}

} // namespace Guichet::Server
