#pragma once

#include "app/store/store.h"
#include "protocol/frames.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace Guichet {

//! The workstation's link to the server: it logs in, syncs the encrypted cache
//! from the last event it stored, applies live events (stored before anyone is
//! told), and sends the outbox. One observable state; the UI and guichet-cli
//! bind to its signals and never see the socket.
//!
//! Guarantees (docs/architecture.md, "Sync engine"):
//! - an event is applied to the cache, with the cursor, in one transaction;
//!   signals follow the commit;
//! - every command is in the encrypted outbox before it is sent, and leaves it
//!   only when the server acknowledged it; after any cut or restart, pending
//!   commands are sent again with their UUID (the server applies each once);
//! - an answer that is not a decision (isTransient(): storage error or full,
//!   unavailable, internal, timeout, rate limited) keeps the command pending; it
//!   is sent again, with the same id, after a growing delay (and at once on a
//!   new connection);
//! - a refused command (a decision) stays in the outbox, marked refused with the
//!   reason, until the agent resends or dismisses it.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Connecting, Syncing, Online, Locked };
    Q_ENUM(State)

    struct Settings
    {
        QUrl server; //!< http(s)://host:port; the agent endpoint is derived
        int pingIntervalMs = 15000;
        int deadAfterMs = 45000; //!< no frame for this long: the link is dead
        int minBackoffMs = 1000;
        int maxBackoffMs = 60000;
        int connectTimeoutMs = 10000;
        int syncBatch = 5000;
        //! Events stored per transaction while catching up (one or more sync batches).
        int storeBatch = 50000;
    };

    SyncEngine(Store *store, Settings settings, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    qint64 cursor() const { return m_cursor; }
    qint64 head() const { return m_head; }
    QString lastError() const { return m_lastError; }
    //! The logged-in agent, from the last welcome (kept in the cache).
    std::optional<Protocol::AgentInfo> agent() const;
    int pendingCount() const;

    //! Use a password for the next login only (first run, expired token). It
    //! is forgotten once used.
    void setPassword(const QString &login, const QString &password);
    //! Connect, and keep connected (reconnecting with backoff) until stop().
    void start();
    void stop();
    //! The application locked: close the link and let go of the cache.
    void lock();
    //! Unlocked again, with the reopened cache.
    void unlock(Store *store);

    // Commands: written to the outbox first, then sent. Each returns the
    // command's UUID (acknowledged or refused later by signal).
    Result<QString> reply(qint64 conversation, const QString &text, QString *messageId = nullptr);
    Result<QString> claim(qint64 conversation); //!< 0: the next in the queue
    Result<QString> release(qint64 conversation);
    Result<QString> transfer(qint64 conversation, const QString &toLogin); //!< empty: the queue
    Result<QString> close(qint64 conversation, Outcome outcome);
    //! The platforms' reply rules the server said at the last login (defaults before).
    Protocol::ChannelRules channelRules() const;
    //! The citizen's consent, for the brigade: the agent's question and the citizen's answer.
    struct Consent
    {
        QString question; //!< message id of the question the citizen was sent
        QString answer; //!< message id of the citizen's answer
    };
    Result<QString> redirect(qint64 conversation, RedirectTarget target, const QString &text,
                             const Consent &consent = {});
    Result<QString> setLanguage(qint64 conversation, Language lang);
    Result<QString> setFlags(qint64 conversation, std::optional<bool> emergency,
                             std::optional<bool> sgbv);
    Result<QString> retry(qint64 conversation, const QString &messageId);
    Result<QString> setPresence(Presence presence);
    //! Supervisors: retire knowledge-base entry @p id in @p lang, or in every language
    //! when none is given. Every workstation drops it when the faq.removed events come.
    //! @p reason, when given, is kept with the command in the server's audit log.
    Result<QString> retireFaq(const QString &id, std::optional<Language> lang = std::nullopt,
                              const QString &reason = {});
    //! Supervisors' actions (protocol 3, docs/supervision.md): @p op with @p args (a
    //! "reason" among them), through the outbox like every command. The server
    //! checks the role; a refusal shows like any other.
    Result<QString> supervise(CommandOp op, qint64 conversation, const QJsonObject &args);
    //! A query answered at once and never queued (an enrolment code, figures): sent now
    //! when online, else refused with unavailable. The answer comes as queryAnswered().
    Result<QString> query(CommandOp op, const QJsonObject &args = {});
    //! The next password login first creates the account with this enrolment code
    //! (a reservist's first login, docs/supervision.md); forgotten once logged in.
    void setEnrolment(const QString &code, const QString &name);
    //! The agent has read a refusal: remove the command from the outbox.
    Result<void> dismiss(const QString &commandId);
    //! Send a refused command again, as a new command (new id) in place of the
    //! refused one; a reply it carries shows as pending again. The new id.
    Result<QString> resend(const QString &refusedCommandId);
    //! The refused command that carried the message @p messageId, if any.
    std::optional<OutboxEntry> refusalOfMessage(const QString &messageId) const;
    //! Commands waiting to be sent again after a passing failure.
    int delayedCount() const { return int(m_retryAt.size()); }
    //! A query (`read`, `stats`, `report`): sent now, never put in the outbox (the
    //! server does not store its answer either). The id, answered by queryAnswered();
    //! an error when the link is not online.
    Result<QString> query(CommandOp op, const QJsonObject &args = {}, qint64 conversation = 0);
    //! Typing is not queued: sent now, or not at all.
    void sendTyping(qint64 conversation, bool active);
    //! Retention: drop closed conversations older than @p days from the cache.
    Result<int> purgeClosed(int days);

Q_SIGNALS:
    void stateChanged(Guichet::SyncEngine::State state);
    void progressChanged(qint64 cursor, qint64 head);
    //! Committed changes: conversations and messages to refresh.
    void changed(const QList<qint64> &conversations, const QStringList &messages, bool faq);
    //! New redirect definitions are in the cache: reload RedirectCatalog::fromStore().
    void redirectsUpdated();
    //! An agent's presence or load changed (cache setting "roster").
    void rosterUpdated();
    //! A supervisor.action event arrived (cache setting "supervisorActions").
    void supervisionUpdated();
    //! The answer to query() @p id: @p ok and @p result, or the refusal's @p code and @p message.
    void queryAnswered(const QString &id, bool ok, const QJsonObject &result,
                       Guichet::ErrorCode code, const QString &message);
    void loggedIn(const Guichet::Protocol::AgentInfo &agent);
    void commandAcknowledged(const QString &id, const QJsonObject &result);
    void commandRefused(const QString &id, Guichet::ErrorCode code, const QString &message);
    //! The server could not decide now (isTransient()): the command stays pending
    //! and goes again in @p retryInMs.
    void commandDelayed(const QString &id, Guichet::ErrorCode code, const QString &message,
                        int retryInMs);
    void outboxChanged(int pending);
    //! The answer to query() @p id: @p ok with @p result, or refused with @p code.
    void queryAnswered(const QString &id, bool ok, const QJsonObject &result,
                       Guichet::ErrorCode code, const QString &message);
    void typingReceived(qint64 conversation, bool active);
    //! A supervisor ordered this cache wiped: the owner deletes it now.
    void wipeOrdered(const QString &reason);
    //! The server wants a password (no token, expired, refused).
    void credentialsRequired(const QString &reason);
    void errorOccurred(const Guichet::Error &error);

private:
    void setState(State state);
    void connectNow();
    void scheduleReconnect();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void handle(const Protocol::AgentFrame &frame);
    void onWelcome(const Protocol::Welcome &welcome);
    void requestSync(std::optional<qint64> after = std::nullopt);
    bool applyBatch(const QList<Protocol::Event> &events, qint64 newCursor);
    void applyLive();
    void flushOutbox();
    void onAck(const Protocol::Ack &ack);
    void scheduleOutboxRetry();
    void retryDelayed();
    void checkLink();
    Result<QString> enqueue(const Protocol::AgentFrame &frame, const QString &id,
                            qint64 conversation,
                            const std::function<Result<void>()> &alongside = {});
    QString newCommandId() const;
    void fail(const Error &error);

    Store *m_store;
    Settings m_settings;
    std::unique_ptr<QWebSocket> m_socket;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_synced = false; //!< this connection finished its sync
    qint64 m_cursor = 0;
    qint64 m_head = 0;
    QString m_login;
    QString m_password;
    QString m_enrolment; //!< an enrolment code for the next password login
    QString m_enrolmentName;
    QSet<QString> m_queries; //!< ids of queries awaiting their answer
    QString m_lastError;
    QList<Protocol::Event> m_batch; //!< events received, not yet stored (one or more sync batches)
    QList<Protocol::Event> m_live; //!< live events waiting for the next apply
    QTimer m_reconnect;
    QTimer m_ping;
    QTimer m_connectTimeout;
    QTimer m_outboxRetry;
    QHash<QString, qint64> m_retryAt; //!< delayed command id → when to send it again
    QSet<QString> m_queries; //!< queries sent on this connection, not yet answered
    QElapsedTimer m_lastFrame;
    int m_attempts = 0;
};

} // namespace Guichet
