#include "enrolmentstore.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace Guichet::Server {

using namespace Rows;

Result<void> EnrolmentStore::insert(const Code &code)
{
    Query q = prepared(u"INSERT INTO enrolment_codes (digest, created_by, created_at, expires_at, "
                       "account_hours, team, languages, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindAll(QString::fromLatin1(code.digest), code.createdBy, code.createdAt, code.expiresAt,
              code.accountHours, code.team, joinLanguages(code.languages), code.reason);
    return exec(q);
}

std::optional<EnrolmentStore::Code> EnrolmentStore::find(const QByteArray &digest)
{
    Query q =
        prepared(u"SELECT created_by, created_at, expires_at, account_hours, team, languages, "
                 "reason, used_at, used_by FROM enrolment_codes WHERE digest = ?"_s);
    q.bindValue(0, QString::fromLatin1(digest));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Code code;
    code.digest = digest;
    code.createdBy = q.value(0).toString();
    code.createdAt = q.value(1).toLongLong();
    code.expiresAt = q.value(2).toLongLong();
    code.accountHours = q.value(3).toLongLong();
    code.team = q.value(4).toString();
    code.languages = splitLanguages(q.value(5).toString());
    code.reason = q.value(6).toString();
    code.usedAt = q.value(7).toLongLong();
    code.usedBy = q.value(8).toString();
    return code;
}

Result<bool> EnrolmentStore::markUsed(const QByteArray &digest, const QString &login, qint64 at)
{
    // Conditional: of two enrolments racing with one code, one wins.
    Query q = prepared(u"UPDATE enrolment_codes SET used_at = ?, used_by = ? "
                       "WHERE digest = ? AND used_at = 0"_s);
    q.bindAll(at, login, QString::fromLatin1(digest));
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected() == 1;
}

QStringList EnrolmentStore::enrolledLogins()
{
    QStringList logins;
    Query q =
        prepared(u"SELECT used_by FROM enrolment_codes WHERE used_by <> '' ORDER BY used_at"_s);
    if (!q.exec())
        return logins;
    while (q.next())
        logins.append(q.value(0).toString());
    return logins;
}

Result<int> EnrolmentStore::expireUnused(qint64 at)
{
    Query q = prepared(
        u"UPDATE enrolment_codes SET expires_at = ? WHERE used_at = 0 AND expires_at > ?"_s);
    q.bindAll(at, at);
    if (!q.exec())
        return errorOf(q);
    return q.numRowsAffected();
}

} // namespace Guichet::Server
