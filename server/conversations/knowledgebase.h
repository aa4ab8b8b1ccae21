#pragma once

#include "protocol/faqentry.h"
#include "server/storage/eventlog.h"
#include "server/storage/faqstore.h"

#include <optional>

namespace Guichet::Server {

//! The knowledge base on the server: import (all or nothing), export, retirement and
//! reverts, and the faq.updated / faq.removed events that carry each change to the
//! agents' caches. Every change is a new version in the entry's history, with who
//! made it (docs/faq.md). Writes run in a transaction of the FaqStore's database.
namespace KnowledgeBase {

//! Parse JSON Lines; every problem with its line number.
Result<QList<FaqEntry>> parse(const QByteArray &jsonLines, QStringList *problems);
//! Add or update @p entries in one transaction; entries identical to the stored
//! ones are skipped. Returns how many changed. @p by is recorded in the history.
Result<int> import(FaqStore &faq, EventLog &events, const QList<FaqEntry> &entries, qint64 now,
                   const QString &by);
QByteArray exportJsonLines(FaqStore &faq);
//! Add or edit one entry (a supervisor's edit_faq) inside the caller's transaction: a
//! new version by @p by and its faq.updated event. The new version, 0 when the entry
//! is already exactly so.
Result<qint64> edit(FaqStore &faq, EventLog &events, const FaqEntry &entry, qint64 now,
                    const QString &by);

//! Retire entry @p id in @p lang, or in every language when none is given: removed
//! from the base, a "retire" version kept, one faq.removed event per language. Runs
//! inside the caller's transaction. The retirement versions; refused with not_found
//! when the entry is not in the base.
Result<QList<FaqStore::FaqVersion>> retire(FaqStore &faq, EventLog &events, const QString &id,
                                           std::optional<Language> lang, qint64 now,
                                           const QString &by);
//! Make version @p version of entry @p id current again, as a new "revert" version
//! by @p by, sent to the agents as any edit (faq.updated). A retired entry comes
//! back. Runs inside the caller's transaction; the new version. Refused
//! (not_found, invalid_value) when @p version is not a version of @p id or
//! is a retirement.
Result<FaqStore::FaqVersion> revert(FaqStore &faq, EventLog &events, const QString &id,
                                    qint64 version, qint64 now, const QString &by);

//! A version as JSON for admin faq history --json.
QJsonObject versionJson(const FaqStore::FaqVersion &version);

} // namespace KnowledgeBase
} // namespace Guichet::Server
