#pragma once

#include "app/faq/faqindex.h"
#include "app/faq/faqsynonyms.h"
#include "app/models/faqindexbuilder.h"
#include "app/models/notificationpolicy.h"
#include "app/models/queuemodel.h"
#include "app/models/rostermodel.h"
#include "app/redirects/redirectcatalog.h"
#include "app/store/cache.h"
#include "app/store/keyvault.h"
#include "app/sync/syncengine.h"

#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace Guichet {

//! One agent's session on this workstation: the encrypted cache, its lock, the
//! sync engine, the queue, the knowledge base and the redirect definitions. The
//! views bind to it and to its models; the rules live here and below, not in
//! the views.
class Workstation : public QObject
{
    Q_OBJECT

public:
    struct Account
    {
        QUrl server;
        QString login;
        bool operator==(const Account &) const = default;
    };

    explicit Workstation(QObject *parent = nullptr);
    ~Workstation() override;

    //! The account used last on this machine (not secret: server and login).
    static std::optional<Account> lastAccount();
    //! Keep the cache at @p path instead of the default one (tests, several agents
    //! under one OS account).
    void setCachePath(const QString &path) { m_cachePathOverride = path; }
    QString cachePath(const Account &account) const;
    bool hasCache(const Account &account) const;
    //! How the account's cache key is kept (keychain or passphrase).
    std::optional<KeyVault::Method> cacheMethod(const Account &account) const;
    //! Closed conversations older than this leave the cache when it opens (DESIGN.md: retention).
    void setRetentionDays(int days) { m_retentionDays = days; }
    int retentionDays() const { return m_retentionDays; }
    //! Faster key derivation for tests (the passphrase's and the password's).
    void setKdfCost(const KdfCost &cost)
    {
        m_kdfCost = cost;
        m_keychainCost = cost;
    }

    //! The agent whose cache the next unlock() opens (the application starts locked).
    void selectAccount(const Account &account);
    //! First run: create the cache (key in the keychain, or under @p passphrase
    //! when @p method is Passphrase or no keychain answers) and log in.
    //! With @p enrolmentCode (a reservist's first run), the first login creates the
    //! account from the supervisor's code, with @p password and @p name.
    Result<void> setUp(const Account &account, const QString &password, KeyVault::Method method,
                       const QString &passphrase, const QString &enrolmentCode = {},
                       const QString &name = {});
    //! Open an existing cache. @p secret is the passphrase for passphrase caches and
    //! the agent's password for keychain caches (checked locally, so it works offline).
    Result<void> open(const Account &account, const QString &secret);
    //! Shared desks: the agents with a cache for @p server on this desktop account
    //! (default cache paths only), sorted.
    QStringList agentsOnThisDesk(const QUrl &server) const;
    //! Another agent takes the desk: this agent's session closes now (no keep time:
    //! the claims go back to the queue after the server's lease), the cache is let
    //! go; the lock page then asks who is there. @p forgetToken (Log out) also forgets
    //! the server's token, so the next session needs the password again.
    void endSession(bool forgetToken);
    //! Lock: the models empty and nothing with content is shown or notified. For
    //! keepWhileLockedMs() the link stays up (presence "away"), so the agent's
    //! claims and leases are kept and events still reach the cache; after that, or
    //! at once when it is 0, everything closes: the engine stops, the cache is let go.
    void lock();
    Result<void> unlock(const QString &secret);
    //! Unlocked: the models show the cache.
    bool isOpen() const { return m_store != nullptr && !m_locked; }
    bool isLocked() const { return (!m_store || m_locked) && m_account.has_value(); }
    //! Locked, still connected and holding the agent's conversations.
    bool isHoldingWhileLocked() const { return m_store != nullptr && m_locked; }
    //! How long a locked workstation keeps its link and claims (`lock/keepMinutes`
    //! in guichet.conf, 15 by default; 0: close at once).
    void setKeepWhileLockedMs(qint64 ms) { m_keepWhileLockedMs = std::max<qint64>(0, ms); }
    qint64 keepWhileLockedMs() const { return m_keepWhileLockedMs; }
    std::optional<Account> account() const { return m_account; }
    std::optional<KeyVault::Method> method() const { return m_method; }

    SyncEngine *engine() const { return m_engine.get(); }
    Store *store() const { return m_store.get(); }
    QueueModel *queue() { return &m_queue; }
    //! The agents this one may transfer to, live (agent.updated events); empty while locked.
    RosterModel *roster() { return &m_roster; }
    //! The citizen's consent to forwarding to the brigade, as the server recorded it
    //! (question, text, answer, agent, at); empty when none (or locked).
    QJsonObject consent(qint64 conversation) const;
    //! The knowledge base's index: empty until the first build is over, then the latest
    //! one built (a rebuild leaves the previous one searchable until it is done).
    const FaqIndex &faqIndex() const { return m_faq; }
    //! Whether the index is being built (on a worker thread): faqChanged() follows.
    bool faqIndexing() const { return m_faqBuilder.isBuilding(); }
    const RedirectCatalog &redirects() const { return m_redirects; }
    std::optional<Protocol::AgentInfo> agent() const;
    QString login() const;

    Presence presence() const { return m_policy.presence(); }
    //! Whether desktop notifications name the citizen (`notifications/citizenNames`
    //! in guichet.conf; off by default).
    bool showCitizenNames() const { return m_policy.showCitizenNames(); }
    void setShowCitizenNames(bool show);
    void setPresence(Presence presence);

    //! Send a reply; the pending message shows at once, the draft is cleared.
    Result<QString> reply(qint64 conversation, const QString &text);
    //! Where the citizen's consent to forwarding to the brigade stands in a conversation.
    struct ConsentState
    {
        std::optional<Message> question; //!< the last consent question sent from here
        std::optional<Message> answer; //!< the citizen's latest message after it
        //! The question reached the server and the citizen answered: it can be recorded.
        bool ready() const
        {
            return question && question->seq > 0 && question->delivery != DeliveryState::Failed
                && answer && answer->seq > question->seq;
        }
    };
    ConsentState consentState(qint64 conversation) const;
    //! Send @p text (RedirectCatalog::consentQuestion) to the citizen as the consent
    //! question: a reply, remembered as this conversation's question.
    Result<QString> askConsent(qint64 conversation, const QString &text);
    //! @p consent is required for the brigade (the server refuses without it).
    Result<QString> redirect(qint64 conversation, RedirectTarget target, const QString &text,
                             const SyncEngine::Consent &consent = {});
    //! The scripted 17 / 112 / 114 answer in @p lang; a waiting conversation is taken
    //! first, so one keystroke is enough.
    Result<QString> sendEmergencyNotice(qint64 conversation, Language lang);
    //! Supervisors: retire a FAQ entry (every language when @p lang is not given) from
    //! the base; every workstation's FAQ search loses it when the server confirms.
    //! @p reason (why: wrong, outdated…) is kept in the server's audit log.
    Result<QString> retireFaq(const QString &id, std::optional<Language> lang = std::nullopt,
                              const QString &reason = {});
    //! The agent opened @p conversation: the server is told (`read`) when they hold it
    //! or are a supervisor, and its audit log keeps who read what (docs/supervision.md).
    //! True when a read was sent.
    bool noteOpened(qint64 conversation);
    // ---- Supervisors' actions (docs/supervision.md); the server checks the role ------------
    //! Each carries a reason (kept in the event log and the audit log) and goes through
    //! the outbox: the command's id, or why it could not be queued.
    Result<QString> reassign(qint64 conversation, const QString &toLogin, const QString &reason);
    Result<QString> disableAgent(const QString &login, const QString &reason);
    Result<QString> enableAgent(const QString &login, const QString &reason);
    Result<QString> orderWipe(const QString &login, const QString &reason);
    Result<QString> clearWipe(const QString &login, const QString &reason);
    //! Empty lists: what routing.surge configures on the server.
    Result<QString> startSurge(const QString &reason, const QList<Channel> &channels = {},
                               const QList<Language> &languages = {});
    Result<QString> stopSurge(const QString &reason);
    Result<QString> editFaq(const FaqEntry &entry, const QString &reason);
    Result<QString> setRedirectDefinitions(const QJsonObject &definitions, const QString &reason);
    //! Ask the server for a one-time enrolment code (online only, never queued): it
    //! comes as enrolmentCodeReady() or enrolmentCodeRefused(). Empty @p languages: French.
    Result<QString> requestEnrolmentCode(const QString &reason, int validMinutes = 120,
                                         int accountHours = 12,
                                         const QList<Language> &languages = {});
    //! The supervisor.action events seen, oldest first (at most 200): {action, by, reason,
    //! agent?, conversation?, from?, to?, at, seq}.
    QJsonArray supervisorActions() const;
    QString draft(qint64 conversation) const;
    void saveDraft(qint64 conversation, const QString &text);
    //! Refused commands of @p conversation (0: every one), newest last.
    QList<OutboxEntry> refusals(qint64 conversation) const;
    void dismissRefusal(const QString &commandId);
    //! Send a refused command again (a new command in its place).
    Result<QString> resendRefusal(const QString &commandId);
    //! What the refused command was, in the agent's words ("Reply", "Transfer"…).
    static QString describeCommand(const OutboxEntry &entry);

    //! A setting of the agent's, kept in the encrypted cache.
    QByteArray setting(const QString &key, const QByteArray &fallback = {}) const;
    void setSetting(const QString &key, const QByteArray &value);

Q_SIGNALS:
    void supervisorActionsChanged();
    void enrolmentCodeReady(const QString &code, qint64 expiresAt);
    void enrolmentCodeRefused(const QString &message);
    void lockedChanged(bool locked);
    void opened();
    void conversationsChanged(const QList<qint64> &ids);
    void messagesChanged(const QStringList &ids);
    void faqChanged();
    void faqIndexingChanged(bool indexing);
    //! The server said who is logged in (agent(): the role, the team).
    void agentChanged();
    void redirectsChanged();
    void refusalsChanged(qint64 conversation);
    void presenceChanged(Guichet::Presence presence);
    void notificationRaised(const Guichet::Notification &notification);
    //! A supervisor ordered this cache wiped: it is gone, the session is over.
    void wiped(const QString &reason);

private:
    Result<void> attach(std::unique_ptr<Store> store, const QString &password);
    void detach();
    void onChanged(const QList<qint64> &conversations, const QStringList &messages, bool faq);
    void onLoggedIn(const Protocol::AgentInfo &agent);
    void onWipe(const QString &reason);
    void applyRetention();
    void loadFaq();
    void loadRedirects();
    void loadRoster();
    static Result<void> checkPassword(Store &store, const QString &password);
    void rememberPassword(const QString &password);
    //! Count refusals per conversation into the queue's badges.
    void updateRefusals();
    //! While locked: at most a notification without content.
    void notifyWhileLocked(const QList<qint64> &conversations);
    void onRefused(const QString &id, ErrorCode code, const QString &message);

    std::optional<Account> m_account;
    std::optional<KeyVault::Method> m_method;
    QString m_cachePathOverride;
    KdfCost m_kdfCost = KdfCost::moderate();
    KdfCost m_keychainCost = KdfCost::interactive();
    int m_retentionDays = 30;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    QueueModel m_queue;
    RosterModel m_roster;
    Result<QString> supervise(CommandOp op, qint64 conversation, QJsonObject args,
                              const QString &reason);
    QString m_enrolment; //!< setUp()'s enrolment code, for the first login
    QString m_enrolmentName;
    QSet<QString> m_enrolmentRequests; //!< query ids of requestEnrolmentCode()
    FaqIndex m_faq;
    FaqIndexBuilder m_faqBuilder;
    std::optional<FaqSynonyms> m_synonyms;
    std::shared_ptr<const FaqLexicon> m_lexicon;
    RedirectCatalog m_redirects;
    NotificationPolicy m_policy;
    QString m_pendingPassword; //!< until the server accepted it (then a local verifier)
    bool m_locked = false; //!< locked, the cache still open for the link (m_keepWhileLocked)
    qint64 m_keepWhileLockedMs = 15 * 60000;
    QTimer *m_keepWhileLocked;
    QSet<qint64> m_alertedWhileLocked; //!< emergencies already notified while locked
};

} // namespace Guichet
