#include "store.h"

#include "migrations.h"
#include "storelogging.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

template<typename E>
E enumOr(const QString &name, E fallback)
{
    return fromWireName<E>(name).value_or(fallback);
}

QString outboxStateName(OutboxEntry::State state)
{
    return state == OutboxEntry::State::Refused ? u"refused"_s : u"pending"_s;
}

constexpr const char *kConversationColumns =
    "id, reference, channel, lang, citizen, subject, state, owner, team, emergency, sgbv, sla, "
    "deadline, outcome, opened_at, updated_at, closed_at, last_message_at, last_excerpt, unread, "
    "last_seq";

Conversation readConversation(const Statement &s)
{
    Conversation c;
    c.id = s.int64(0);
    c.reference = s.text(1);
    c.channel = enumOr(s.text(2), Channel::WebChat);
    c.lang = enumOr(s.text(3), Language::Fr);
    c.citizen = s.text(4);
    c.subject = s.text(5);
    c.state = enumOr(s.text(6), ConversationState::Queued);
    c.owner = s.text(7);
    c.team = s.text(8);
    c.emergency = s.int64(9) != 0;
    c.sgbv = s.int64(10) != 0;
    c.sla = enumOr(s.text(11), SlaState::OnTime);
    c.deadline = s.int64(12);
    if (!s.isNull(13))
        c.outcome = fromWireName<Outcome>(s.text(13));
    c.openedAt = s.int64(14);
    c.updatedAt = s.int64(15);
    c.closedAt = s.int64(16);
    c.lastMessageAt = s.int64(17);
    c.lastExcerpt = s.text(18);
    c.unread = s.integer(19);
    c.lastSeq = s.int64(20);
    return c;
}

void bindConversation(Statement &s, const Conversation &c)
{
    s.bind(1, c.id)
        .bind(2,
              c.reference.isNull() ? QString(u""_s)
                                   : c.reference) // NOT NULL, even when the server left it out
        .bind(3, wireName(c.channel))
        .bind(4, wireName(c.lang))
        .bind(5, c.citizen.isNull() ? QString(u""_s) : c.citizen)
        .bind(6, c.subject.isNull() ? QString() : c.subject)
        .bind(7, wireName(c.state))
        .bind(8, c.owner.isEmpty() ? QString() : c.owner)
        .bind(9, c.team.isEmpty() ? QString() : c.team)
        .bind(10, c.emergency)
        .bind(11, c.sgbv)
        .bind(12, wireName(c.sla))
        .bind(13, c.deadline)
        .bind(14, c.outcome ? wireName(*c.outcome) : QString())
        .bind(15, c.openedAt)
        .bind(16, c.updatedAt)
        .bind(17, c.closedAt)
        .bind(18, c.lastMessageAt)
        .bind(19, c.lastExcerpt.isEmpty() ? QString() : c.lastExcerpt)
        .bind(20, c.unread)
        .bind(21, c.lastSeq);
}

constexpr const char *kMessageColumns =
    "id, conversation, seq, author, agent, text, attachments, at, delivery, reason";

Message readMessage(const Statement &s)
{
    Message m;
    m.id = s.text(0);
    m.conversation = s.int64(1);
    m.seq = s.int64(2);
    m.author = enumOr(s.text(3), Author::Citizen);
    m.agent = s.text(4);
    m.text = s.text(5);
    m.attachments = s.text(6);
    m.at = s.int64(7);
    m.delivery = enumOr(s.text(8), DeliveryState::Sent);
    m.reason = s.text(9);
    return m;
}

OutboxEntry readOutbox(const Statement &s)
{
    OutboxEntry e;
    e.id = s.text(0);
    e.position = s.int64(1);
    e.frame = s.blob(2);
    e.conversation = s.int64(3);
    e.createdAt = s.int64(4);
    e.attempts = s.integer(5);
    e.state = s.text(6) == u"refused"_s ? OutboxEntry::State::Refused : OutboxEntry::State::Pending;
    if (!s.isNull(7))
        e.errorCode = errorCodeFromName(s.text(7));
    e.errorMessage = s.text(8);
    return e;
}

constexpr const char *kOutboxColumns =
    "id, position, frame, conversation, created_at, attempts, state, error_code, error_message";

} // namespace

Store::Store(Database db)
    : m_db(std::move(db))
{ }

Result<std::unique_ptr<Store>> Store::open(Database db, int targetVersion)
{
    // WAL: readers never block the writer and a crash loses at most the
    // transaction in flight. synchronous=FULL: a committed outbox entry survives
    // a power cut, not only a crash. secure_delete: freed pages are zeroed, so
    // purged conversations do not linger in the file.
    const char *pragmas = "PRAGMA journal_mode = WAL;"
                          "PRAGMA synchronous = FULL;"
                          "PRAGMA secure_delete = ON;"
                          "PRAGMA foreign_keys = ON;"
                          "PRAGMA temp_store = MEMORY;"
                          "PRAGMA cache_size = -65536;";
    if (auto set = db.exec(pragmas); !set)
        return set.error();

    if (auto migrated = migrate(db, cacheMigrations(), targetVersion); !migrated)
        return migrated.error();
    return std::unique_ptr<Store>(new Store(std::move(db)));
}

Statement *Store::cached(const char *sql, Error *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = m_db.prepare(sql);
        if (!prepared) {
            *error = prepared.error();
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(*prepared)).first;
    }
    it->second.reset();
    return &it->second;
}

// Prepare (or reuse) a statement, returning its error from the calling function
// when preparation fails.
#define GUICHET_STATEMENT(var, sql)                                                                \
    Error var##Error;                                                                              \
    Statement *var = cached(sql, &var##Error);                                                     \
    if (!var)                                                                                      \
        return var##Error;

// ---- Settings and cursor ---------------------------------------------------------

Result<void> Store::setSetting(const QString &key, const QByteArray &value)
{
    GUICHET_STATEMENT(s, "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)");
    return s->bind(1, key).bind(2, value.isNull() ? QByteArray("") : value).exec();
}

std::optional<QByteArray> Store::setting(const QString &key)
{
    Error error;
    Statement *s = cached("SELECT value FROM settings WHERE key = ?1", &error);
    if (!s || !s->bind(1, key).step())
        return std::nullopt;
    return s->blob(0);
}

qint64 Store::cursor()
{
    Error error;
    Statement *s = cached("SELECT last_seq FROM sync_cursor WHERE id = 1", &error);
    return s && s->step() ? s->int64(0) : 0;
}

Result<void> Store::setCursor(qint64 seq)
{
    GUICHET_STATEMENT(s,
                      "INSERT OR REPLACE INTO sync_cursor (id, last_seq, updated_at) "
                      "VALUES (1, ?1, strftime('%s', 'now'))");
    return s->bind(1, seq).exec();
}

// ---- Conversations -----------------------------------------------------------------

Result<void> Store::saveConversation(const Conversation &conversation)
{
    // SQLite 3.15 (SQLCipher 3.4) has no UPSERT, and INSERT OR REPLACE would
    // delete the row first, cascading to its messages: update, then insert.
    // OR FAIL on every single-row UPDATE here: the default (ABORT) makes SQLite
    // keep a statement journal, and SQLCipher encrypts every page written to it,
    // which made a first sync spend half its time there (scripts/bench sync).
    // For one row FAIL and ABORT are the same: constraints are checked before
    // the row is written, and the caller's transaction rolls back on error.
    GUICHET_STATEMENT(update,
                      "UPDATE OR FAIL conversations SET reference = ?2, channel = ?3, lang = ?4, "
                      "citizen = ?5, subject = ?6, state = ?7, owner = ?8, team = ?9, "
                      "emergency = ?10, sgbv = ?11, sla = ?12, deadline = ?13, outcome = ?14, "
                      "opened_at = ?15, updated_at = ?16, closed_at = ?17, last_message_at = ?18, "
                      "last_excerpt = ?19, unread = ?20, last_seq = ?21 WHERE id = ?1");
    bindConversation(*update, conversation);
    if (auto done = update->exec(); !done)
        return done;
    if (m_db.changes() > 0)
        return {};
    GUICHET_STATEMENT(insert,
                      "INSERT INTO conversations (id, reference, channel, lang, citizen, subject, "
                      "state, owner, team, emergency, sgbv, sla, deadline, outcome, opened_at, "
                      "updated_at, closed_at, last_message_at, last_excerpt, unread, last_seq) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                      "?16, ?17, ?18, ?19, ?20, ?21)");
    bindConversation(*insert, conversation);
    return insert->exec();
}

std::optional<Conversation> Store::conversation(qint64 id)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kConversationColumns + " FROM conversations WHERE id = ?1";
    Error error;
    Statement *s = cached(sql.constData(), &error);
    if (!s || !s->bind(1, id).step())
        return std::nullopt;
    return readConversation(*s);
}

QList<Conversation> Store::conversations()
{
    static const QByteArray sql = QByteArray("SELECT ") + kConversationColumns
        + " FROM conversations ORDER BY emergency DESC, sgbv DESC, deadline ASC, id ASC";
    QList<Conversation> result;
    Error error;
    Statement *s = cached(sql.constData(), &error);
    if (!s)
        return result;
    result.reserve(conversationCount());
    while (s->step())
        result.append(readConversation(*s));
    return result;
}

int Store::conversationCount()
{
    Error error;
    Statement *s = cached("SELECT count(*) FROM conversations", &error);
    return s && s->step() ? s->integer(0) : 0;
}

Result<void> Store::removeConversation(qint64 id)
{
    GUICHET_STATEMENT(s, "DELETE FROM conversations WHERE id = ?1");
    return s->bind(1, id).exec();
}

Result<int> Store::purgeClosedBefore(qint64 cutoff)
{
    GUICHET_STATEMENT(s,
                      "DELETE FROM conversations WHERE state = 'closed' AND closed_at > 0 "
                      "AND closed_at < ?1");
    int removed = 0;
    auto done = write([&]() -> Result<void> {
        if (auto deleted = s->bind(1, cutoff).exec(); !deleted)
            return deleted;
        removed = m_db.changes();
        return {};
    });
    if (!done)
        return done.error();
    return removed;
}

// ---- Messages ------------------------------------------------------------------------

// The insert both saveMessage() and addMessageIfNew() use, with bindMessage()'s
// parameters (a literal: the statement cache is keyed by the SQL's address).
#define GUICHET_MESSAGE_INSERT                                                                     \
    "INTO messages (id, seq, author, agent, text, attachments, at, delivery, reason, "             \
    "conversation) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"

namespace {

void bindMessage(Statement &s, const Message &m)
{
    s.bind(1, m.id)
        .bind(2, m.seq)
        .bind(3, wireName(m.author))
        .bind(4, m.agent.isEmpty() ? QString() : m.agent)
        .bind(5, m.text.isNull() ? u""_s : m.text)
        .bind(6, m.attachments.isEmpty() ? QString() : m.attachments)
        .bind(7, m.at)
        .bind(8, wireName(m.delivery))
        .bind(9, m.reason.isEmpty() ? QString() : m.reason)
        .bind(10, m.conversation);
}

} // namespace

Result<void> Store::saveMessage(const Message &m)
{
    // Update, then insert: INSERT OR REPLACE on a table with a foreign key makes
    // SQLite open a statement journal for every row, and SQLCipher encrypts
    // each page written to it (3 pages per row, measured by scripts/bench). The
    // conversation is not updated: a message never moves.
    GUICHET_STATEMENT(update,
                      "UPDATE OR FAIL messages SET seq = ?2, author = ?3, agent = ?4, text = ?5, "
                      "attachments = ?6, at = ?7, delivery = ?8, reason = ?9 "
                      "WHERE id = ?1 AND conversation = ?10");
    bindMessage(*update, m);
    if (auto done = update->exec(); !done)
        return done;
    if (m_db.changes() > 0)
        return {};
    GUICHET_STATEMENT(insert, "INSERT " GUICHET_MESSAGE_INSERT);
    bindMessage(*insert, m);
    return insert->exec();
}

Result<bool> Store::addMessageIfNew(const Message &m)
{
    // OR IGNORE only skips the row whose id is taken: every other column is
    // bound non-null, and a foreign key failure still fails the statement.
    GUICHET_STATEMENT(insert, "INSERT OR IGNORE " GUICHET_MESSAGE_INSERT);
    bindMessage(*insert, m);
    if (auto done = insert->exec(); !done)
        return done.error();
    return m_db.changes() > 0;
}

std::optional<Message> Store::message(const QString &id)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kMessageColumns + " FROM messages WHERE id = ?1";
    Error error;
    Statement *s = cached(sql.constData(), &error);
    if (!s || !s->bind(1, id).step())
        return std::nullopt;
    return readMessage(*s);
}

QHash<QString, qint64> Store::lastAgentReplies()
{
    static const char *sql = "SELECT agent, max(at) FROM messages WHERE author = 'agent' "
                             "AND agent IS NOT NULL GROUP BY agent";
    QHash<QString, qint64> result;
    Error error;
    Statement *s = cached(sql, &error);
    if (!s)
        return result;
    while (s->step())
        result.insert(s->text(0), s->int64(1));
    return result;
}

QList<Message> Store::messages(qint64 conversation)
{
    // Pending local replies have no seq yet: they sort by time after the rest.
    static const QByteArray sql = QByteArray("SELECT ") + kMessageColumns
        + " FROM messages WHERE conversation = ?1 ORDER BY at ASC, seq ASC";
    QList<Message> result;
    Error error;
    Statement *s = cached(sql.constData(), &error);
    if (!s)
        return result;
    s->bind(1, conversation);
    while (s->step())
        result.append(readMessage(*s));
    return result;
}

Result<void> Store::setDelivery(const QString &messageId, DeliveryState state,
                                const QString &reason)
{
    GUICHET_STATEMENT(s, "UPDATE OR FAIL messages SET delivery = ?2, reason = ?3 WHERE id = ?1");
    return s->bind(1, messageId)
        .bind(2, wireName(state))
        .bind(3, reason.isEmpty() ? QString() : reason)
        .exec();
}

// ---- Outbox -------------------------------------------------------------------------

Result<OutboxEntry> Store::enqueue(const QString &id, const QByteArray &frame, qint64 conversation,
                                   qint64 now)
{
    GUICHET_STATEMENT(s,
                      "INSERT INTO outbox (id, position, frame, conversation, created_at) "
                      "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM outbox), ?2, "
                      "?3, ?4)");
    if (auto done = s->bind(1, id).bind(2, frame).bind(3, conversation).bind(4, now).exec();
        !done) {
        return done.error();
    }
    auto entry = outboxEntry(id);
    if (!entry)
        return makeError(ErrorCode::StorageError, tr("The outbox entry vanished."));
    return *entry;
}

QList<OutboxEntry> Store::outbox()
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kOutboxColumns + " FROM outbox ORDER BY position ASC";
    QList<OutboxEntry> result;
    Error error;
    Statement *s = cached(sql.constData(), &error);
    if (!s)
        return result;
    while (s->step())
        result.append(readOutbox(*s));
    return result;
}

std::optional<OutboxEntry> Store::outboxEntry(const QString &id)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kOutboxColumns + " FROM outbox WHERE id = ?1";
    Error error;
    Statement *s = cached(sql.constData(), &error);
    if (!s || !s->bind(1, id).step())
        return std::nullopt;
    return readOutbox(*s);
}

int Store::pendingCount()
{
    Error error;
    Statement *s = cached("SELECT count(*) FROM outbox WHERE state = 'pending'", &error);
    return s && s->step() ? s->integer(0) : 0;
}

Result<void> Store::removeFromOutbox(const QString &id)
{
    GUICHET_STATEMENT(s, "DELETE FROM outbox WHERE id = ?1");
    return s->bind(1, id).exec();
}

Result<void> Store::markRefused(const QString &id, ErrorCode code, const QString &message)
{
    GUICHET_STATEMENT(s,
                      "UPDATE OR FAIL outbox SET state = ?2, error_code = ?3, error_message = ?4 "
                      "WHERE id = ?1");
    return s->bind(1, id)
        .bind(2, outboxStateName(OutboxEntry::State::Refused))
        .bind(3, errorCodeName(code))
        .bind(4, message)
        .exec();
}

Result<void> Store::countAttempt(const QString &id)
{
    GUICHET_STATEMENT(s, "UPDATE OR FAIL outbox SET attempts = attempts + 1 WHERE id = ?1");
    return s->bind(1, id).exec();
}

// ---- Knowledge base -------------------------------------------------------------------

Result<void> Store::saveFaqEntry(const FaqEntry &entry, qint64 version)
{
    GUICHET_STATEMENT(s,
                      "INSERT OR REPLACE INTO faq_entries (id, lang, question, answer, "
                      "keywords, links, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    const auto toJson = [](const QStringList &list) {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    };
    return s->bind(1, entry.id)
        .bind(2, wireName(entry.lang))
        .bind(3, entry.question)
        .bind(4, entry.answer)
        .bind(5, toJson(entry.keywords))
        .bind(6, toJson(entry.links))
        .bind(7, version)
        .exec();
}

Result<void> Store::removeFaqEntry(const QString &id, Language lang)
{
    GUICHET_STATEMENT(s, "DELETE FROM faq_entries WHERE id = ?1 AND lang = ?2");
    return s->bind(1, id).bind(2, wireName(lang)).exec();
}

QList<FaqEntry> Store::faqEntries()
{
    QList<FaqEntry> result;
    Error error;
    Statement *s = cached(
        "SELECT id, lang, question, answer, keywords, links FROM faq_entries ORDER BY id, lang",
        &error);
    if (!s)
        return result;
    const auto toList = [](const QString &json) {
        QStringList list;
        for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
            list.append(value.toString());
        return list;
    };
    while (s->step()) {
        FaqEntry entry;
        entry.id = s->text(0);
        entry.lang = enumOr(s->text(1), Language::Fr);
        entry.question = s->text(2);
        entry.answer = s->text(3);
        entry.keywords = toList(s->text(4));
        entry.links = toList(s->text(5));
        result.append(entry);
    }
    return result;
}

// ---- Drafts ---------------------------------------------------------------------------

Result<void> Store::saveDraft(qint64 conversation, const QString &text, qint64 now)
{
    if (text.trimmed().isEmpty()) {
        GUICHET_STATEMENT(s, "DELETE FROM drafts WHERE conversation = ?1");
        return s->bind(1, conversation).exec();
    }
    GUICHET_STATEMENT(s,
                      "INSERT OR REPLACE INTO drafts (conversation, text, updated_at) "
                      "VALUES (?1, ?2, ?3)");
    return s->bind(1, conversation).bind(2, text).bind(3, now).exec();
}

QString Store::draft(qint64 conversation)
{
    Error error;
    Statement *s = cached("SELECT text FROM drafts WHERE conversation = ?1", &error);
    if (!s || !s->bind(1, conversation).step())
        return {};
    return s->text(0);
}

// ---- Why flags were raised ----------------------------------------------------------------

Result<void> Store::saveFlagReasons(qint64 conversation, const QString &reasons)
{
    GUICHET_STATEMENT(
        s, "INSERT OR REPLACE INTO flag_reasons (conversation, reasons) VALUES (?1, ?2)");
    return s->bind(1, conversation).bind(2, reasons.isNull() ? QString(u""_s) : reasons).exec();
}

QString Store::flagReasons(qint64 conversation)
{
    Error error;
    Statement *s = cached("SELECT reasons FROM flag_reasons WHERE conversation = ?1", &error);
    if (!s || !s->bind(1, conversation).step())
        return {};
    return s->text(0);
}

// ---- Consent to forward to the brigade -----------------------------------------------------

Result<void> Store::saveConsent(qint64 conversation, const QString &consent)
{
    GUICHET_STATEMENT(s, "INSERT OR REPLACE INTO consents (conversation, consent) VALUES (?1, ?2)");
    return s->bind(1, conversation).bind(2, consent.isNull() ? QString(u""_s) : consent).exec();
}

QString Store::consent(qint64 conversation)
{
    Error error;
    Statement *s = cached("SELECT consent FROM consents WHERE conversation = ?1", &error);
    if (!s || !s->bind(1, conversation).step())
        return {};
    return s->text(0);
}

#undef GUICHET_STATEMENT

} // namespace Guichet
