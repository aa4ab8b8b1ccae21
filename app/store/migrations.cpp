#include "migrations.h"

#include "storelogging.h"

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

// Never edit a step once released: add a new one. Each runs in one transaction
// together with the PRAGMA user_version that records it.
constexpr Migration kCacheMigrations[] = {
    { 1, "core tables", R"sql(
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value BLOB
);
CREATE TABLE sync_cursor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL,
    channel TEXT NOT NULL,
    lang TEXT NOT NULL,
    citizen TEXT NOT NULL,
    subject TEXT,
    state TEXT NOT NULL,
    owner TEXT,
    team TEXT,
    emergency INTEGER NOT NULL DEFAULT 0,
    sgbv INTEGER NOT NULL DEFAULT 0,
    sla TEXT NOT NULL DEFAULT 'on_time',
    deadline INTEGER NOT NULL,
    outcome TEXT,
    opened_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    closed_at INTEGER,
    last_message_at INTEGER,
    last_excerpt TEXT,
    unread INTEGER NOT NULL DEFAULT 0,
    last_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_by_state ON conversations (state, deadline);
CREATE TABLE messages (
    id TEXT PRIMARY KEY NOT NULL,
    conversation INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    seq INTEGER,
    author TEXT NOT NULL,
    agent TEXT,
    text TEXT NOT NULL,
    attachments TEXT,
    at INTEGER NOT NULL,
    delivery TEXT NOT NULL,
    reason TEXT
);
CREATE INDEX messages_by_conversation ON messages (conversation, at);
CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL UNIQUE,
    frame BLOB NOT NULL,
    conversation INTEGER,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending',
    error_code TEXT,
    error_message TEXT
);
)sql" },
    { 2, "knowledge base", R"sql(
CREATE TABLE faq_entries (
    id TEXT NOT NULL,
    lang TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    keywords TEXT NOT NULL,
    links TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (id, lang)
);
)sql" },
    { 3, "drafts and read marks", R"sql(
CREATE TABLE drafts (
    conversation INTEGER PRIMARY KEY NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
ALTER TABLE conversations ADD COLUMN read_seq INTEGER NOT NULL DEFAULT 0;
)sql" },
    { 4, "why flags were raised", R"sql(
CREATE TABLE flag_reasons (
    conversation INTEGER PRIMARY KEY NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    reasons TEXT NOT NULL
);
)sql" },
    { 5, "consent to forward to the brigade", R"sql(
CREATE TABLE consents (
    conversation INTEGER PRIMARY KEY NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    consent TEXT NOT NULL
);
)sql" },
};

} // namespace

std::span<const Migration> cacheMigrations()
{
    return kCacheMigrations;
}

Result<void> migrate(Database &db, std::span<const Migration> steps, int target)
{
    const int current = db.userVersion();
    if (current < 0)
        return db.lastError(u"cannot read the schema version"_s);
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (current > newest) {
        return makeError(ErrorCode::MigrationFailed,
                         u"this cache was written by a newer version of Guichet (schema %1, this "
                         u"version knows up to %2)"_s.arg(current)
                             .arg(newest));
    }
    for (const Migration &step : steps) {
        if (step.version <= current || step.version > target)
            continue;
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        auto applied = db.exec(step.sql);
        if (applied)
            applied = db.setUserVersion(step.version);
        if (applied)
            applied = transaction.commit();
        if (!applied) {
            qCWarning(lcStore) << "schema step" << step.version << "failed, rolled back";
            return makeError(ErrorCode::MigrationFailed,
                             u"schema step %1 (%2) failed: %3"_s.arg(step.version)
                                 .arg(QString::fromLatin1(step.name), applied.error().message));
        }
        qCInfo(lcStore) << "schema now at version" << step.version;
    }
    return {};
}

} // namespace Guichet
