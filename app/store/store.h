#pragma once

#include "app/core/conversation.h"
#include "app/core/message.h"
#include "app/core/outboxentry.h"
#include "database.h"
#include "protocol/faqentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <unordered_map>

namespace Guichet {

//! The workstation's cache: typed reads and writes over an open (encrypted)
//! Database, with the schema brought up to date on open. Not thread-safe: one
//! Store per thread. Writes that belong together go through write(), one
//! transaction for the whole batch.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::Store)

public:
    static constexpr int kSchemaVersion = 5;

    //! Take over @p db, set the connection's pragmas (WAL, secure_delete, foreign
    //! keys) and migrate it to @p targetVersion (tests pick older versions).
    static Result<std::unique_ptr<Store>> open(Database db, int targetVersion = kSchemaVersion);

    Database &database() { return m_db; }
    int schemaVersion() { return m_db.userVersion(); }
    QString cipherVersion() { return m_db.cipherVersion(); }

    //! Run @p work in one write transaction; commit when it succeeds, roll back
    //! otherwise. Work returns Result<void>.
    template<typename Work>
    Result<void> write(Work &&work)
    {
        Transaction transaction(m_db);
        if (!transaction.isActive())
            return transaction.error();
        if (Result<void> done = work(); !done)
            return done;
        return transaction.commit();
    }

    // Settings: small values by key (window state, idle time, redirect definitions).
    Result<void> setSetting(const QString &key, const QByteArray &value);
    std::optional<QByteArray> setting(const QString &key);

    //! Sequence number of the last event stored: sync resumes after it.
    qint64 cursor();
    Result<void> setCursor(qint64 seq);

    // Conversations
    Result<void> saveConversation(const Conversation &conversation);
    std::optional<Conversation> conversation(qint64 id);
    //! Every cached conversation, most urgent first (the queue's initial load).
    QList<Conversation> conversations();
    int conversationCount();
    Result<void> removeConversation(qint64 id);
    //! Retention: drop closed conversations (and their messages, drafts) closed
    //! before @p cutoff (ms since epoch). Returns how many went.
    Result<int> purgeClosedBefore(qint64 cutoff);

    // Messages
    Result<void> saveMessage(const Message &message);
    //! Insert a message unless one with its id is already there: true when it
    //! was inserted. One statement instead of a look-up, an update and an insert
    //! for the common case of a message new to this cache.
    Result<bool> addMessageIfNew(const Message &message);
    std::optional<Message> message(const QString &id);
    QList<Message> messages(qint64 conversation);
    //! When each agent last replied (their newest agent message in the cache), by login.
    QHash<QString, qint64> lastAgentReplies();
    Result<void> setDelivery(const QString &messageId, DeliveryState state, const QString &reason);

    // Outbox: commands kept until the server acknowledges them.
    Result<OutboxEntry> enqueue(const QString &id, const QByteArray &frame, qint64 conversation,
                                qint64 now);
    //! Pending and refused entries, in sending order.
    QList<OutboxEntry> outbox();
    std::optional<OutboxEntry> outboxEntry(const QString &id);
    int pendingCount();
    Result<void> removeFromOutbox(const QString &id);
    Result<void> markRefused(const QString &id, ErrorCode code, const QString &message);
    Result<void> countAttempt(const QString &id);

    // Knowledge base
    Result<void> saveFaqEntry(const FaqEntry &entry, qint64 version);
    Result<void> removeFaqEntry(const QString &id, Language lang);
    QList<FaqEntry> faqEntries();

    // Drafts, kept per conversation across restarts.
    Result<void> saveDraft(qint64 conversation, const QString &text, qint64 now);
    QString draft(qint64 conversation);

    //! Why each flag of a conversation was last raised or lowered, as JSON text:
    //! {"emergency"|"sgbv": {"by":"triage"|"agent"|"server", "raised", "agent"?,
    //! "excerpt"?, "rule"?, "at"}} (the conversation's banners say it).
    Result<void> saveFlagReasons(qint64 conversation, const QString &reasons);
    QString flagReasons(qint64 conversation);
    //! The citizen's consent to forwarding to the brigade, as the server recorded it
    //! (JSON: question, text, answer, agent, at); empty when none.
    Result<void> saveConsent(qint64 conversation, const QString &consent);
    QString consent(qint64 conversation);

private:
    explicit Store(Database db);
    //! A prepared statement kept for the life of the Store, reset before use.
    Statement *cached(const char *sql, Error *error);

    Database m_db;
    std::unordered_map<const char *, Statement> m_statements;
};

} // namespace Guichet
