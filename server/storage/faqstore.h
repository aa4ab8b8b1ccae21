#pragma once

#include "database.h"
#include "protocol/faqentry.h"
#include "records.h"

namespace Guichet::Server {

//! The knowledge base: the current entries and every version of each.
class FaqStore : public SqlStore
{
public:
    using SqlStore::SqlStore;

    //! One version of a knowledge-base entry in one language, as kept in its history.
    struct FaqVersion
    {
        qint64 version = 0; //!< unique across the base, growing
        FaqEntry entry; //!< as stored by this version (a retirement: what was retired)
        QString action; //!< "edit", "retire" or "revert"
        QString by; //!< an agent's login, "admin:USER", "demo"; empty before history was kept
        qint64 at = 0;
        qint64 revertedFrom = 0; //!< a revert: the version it brought back
    };
    //! Store @p entry as a new version (@p action "edit" or "revert") and return its number.
    Result<qint64> upsertFaqEntry(const FaqEntry &entry, qint64 now, const QString &by,
                                  const QString &action = QStringLiteral("edit"),
                                  qint64 revertedFrom = 0);
    //! Remove the entry, recording a "retire" version; std::nullopt when there is none.
    Result<std::optional<qint64>> retireFaqEntry(const QString &id, Language lang, qint64 now,
                                                 const QString &by);
    QList<FaqEntry> faqEntries();
    std::optional<FaqEntry> faqEntry(const QString &id, Language lang);
    //! Every version of entry @p id, all languages, oldest first.
    QList<FaqVersion> faqHistory(const QString &id);
    std::optional<FaqVersion> faqVersion(qint64 version);

private:
    Result<void> insertFaqVersion(qint64 version, const FaqEntry &entry, const QString &action,
                                  const QString &by, qint64 at, qint64 revertedFrom);
};

} // namespace Guichet::Server
