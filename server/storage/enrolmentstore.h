#pragma once

#include "database.h"
#include "protocol/enums.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Guichet::Server {

//! The surge's enrolment codes (docs/supervision.md, "Enrolment"): a supervisor's
//! one-time code lets a reservist create their own account. Only a digest of each
//! code is kept; a code is used once, before it expires. Its writes join the
//! caller's transaction.
class EnrolmentStore : public SqlStore
{
public:
    using SqlStore::SqlStore;

    struct Code
    {
        QByteArray digest; //!< hex SHA-256 of the normalised code
        QString createdBy;
        qint64 createdAt = 0;
        qint64 expiresAt = 0;
        qint64 accountHours = 12; //!< lifetime of the account it creates
        QString team;
        QList<Language> languages;
        QString reason;
        qint64 usedAt = 0;
        QString usedBy;
    };

    Result<void> insert(const Code &code);
    std::optional<Code> find(const QByteArray &digest);
    //! Mark a code used by @p login, unless it was used meanwhile: whether it was this call.
    Result<bool> markUsed(const QByteArray &digest, const QString &login, qint64 at);
    //! Logins of the accounts enrolment created.
    QStringList enrolledLogins();
    //! Unused codes still valid at @p at expire now (the surge ended): how many.
    Result<int> expireUnused(qint64 at);
};

} // namespace Guichet::Server
