#pragma once

#include "protocol/faqentry.h"
#include "server/storage/storage.h"

namespace Guichet::Server {

//! The knowledge base on the server: import (all or nothing), export, and the
//! faq.updated events that carry each change to the agents' caches.
namespace KnowledgeBase {

//! Parse JSON Lines; every problem with its line number.
Result<QList<FaqEntry>> parse(const QByteArray &jsonLines, QStringList *problems);
//! Add or update @p entries in one transaction; entries identical to the stored
//! ones are skipped. Returns how many changed.
Result<int> import(Storage &storage, const QList<FaqEntry> &entries, qint64 now);
QByteArray exportJsonLines(Storage &storage);

} // namespace KnowledgeBase
} // namespace Guichet::Server
