#include "workstation.h"

#include "app/faq/faqsynonyms.h"
#include "app/models/errortext.h"
#include "app/models/modelslogging.h"
#include "protocol/codec.h"
#include "resources/faqresources.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QTimer>

#include <climits>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Guichet {

namespace {

constexpr int kRetentionDelayMs = 3000;

const QString kVerifierKey = Cache::passwordVerifierKey();
const QString kPresenceKey = u"ui/presence"_s;
const QString kCitizenNamesKey = u"notifications/citizenNames"_s;

} // namespace

Workstation::Workstation(QObject *parent)
    : QObject(parent)
    , m_keepWhileLocked(new QTimer(this))
{
    m_keepWhileLocked->setSingleShot(true);
    // The index is built on a worker thread; the one in use changes here, on this thread,
    // between two searches.
    connect(&m_faqBuilder, &FaqIndexBuilder::built, this, [this](std::shared_ptr<FaqIndex> index) {
        m_faq = std::move(*index);
        Q_EMIT faqChanged();
    });
    connect(&m_faqBuilder, &FaqIndexBuilder::buildingChanged, this,
            &Workstation::faqIndexingChanged);
    connect(m_keepWhileLocked, &QTimer::timeout, this, [this] {
        // Locked for long: let go of the link, the claims and the cache.
        qCInfo(lcModels) << "locked for" << m_keepWhileLockedMs / 60000 << "min: closing";
        detach();
        Q_EMIT lockedChanged(true);
    });
    m_keepWhileLockedMs =
        qint64(std::max(0, QSettings().value(u"lock/keepMinutes"_s, 15).toInt())) * 60000;
    if (sodium_init() < 0)
        qCCritical(lcModels) << "libsodium could not start";
    m_policy.setShowCitizenNames(QSettings().value(kCitizenNamesKey, false).toBool());
}

void Workstation::setShowCitizenNames(bool show)
{
    m_policy.setShowCitizenNames(show);
    QSettings().setValue(kCitizenNamesKey, show);
}

Workstation::~Workstation()
{
    detach();
}

std::optional<Workstation::Account> Workstation::lastAccount()
{
    QSettings settings;
    const QUrl server(settings.value(u"account/server"_s).toString());
    const QString login = settings.value(u"account/login"_s).toString();
    if (!server.isValid() || server.isEmpty() || login.isEmpty())
        return std::nullopt;
    return Account { server, login };
}

QString Workstation::cachePath(const Account &account) const
{
    return m_cachePathOverride.isEmpty()
        ? Cache::defaultPath(account.server.toString(), account.login)
        : m_cachePathOverride;
}

bool Workstation::hasCache(const Account &account) const
{
    return Cache::exists(cachePath(account));
}

std::optional<KeyVault::Method> Workstation::cacheMethod(const Account &account) const
{
    const Result<KeyVault::Method> method =
        KeyVault(Cache::keyFilePath(cachePath(account))).method();
    if (!method)
        return std::nullopt;
    return *method;
}

void Workstation::selectAccount(const Account &account)
{
    detach();
    m_account = account;
    m_method = cacheMethod(account);
}

Result<void> Workstation::setUp(const Account &account, const QString &password,
                                KeyVault::Method method, const QString &passphrase,
                                const QString &enrolmentCode, const QString &name)
{
    if (!account.server.isValid()
        || !QStringList { u"http"_s, u"https"_s }.contains(account.server.scheme()))
        return makeError(
            ErrorCode::InvalidValue,
            tr("The server address must start with https:// (or http:// on a test machine)."));
    if (account.login.trimmed().isEmpty() || password.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("Enter your login and your password."));
    const QString path = cachePath(account);
    if (Cache::exists(path))
        return makeError(ErrorCode::InvalidState,
                         tr("This workstation already holds a cache for %1: unlock it instead.")
                             .arg(account.login));
    Cache::CreateOptions options;
    options.method = method;
    options.passphrase = passphrase;
    options.password = password; // wraps the key the keychain holds
    options.cost = m_kdfCost;
    options.keychainCost = m_keychainCost;
    KeyVault::Method used = method;
    auto store = Cache::create(path, options, &used);
    if (!store)
        return store.error();
    detach();
    m_account = account;
    m_method = used;
    QSettings settings;
    settings.setValue(u"account/server"_s, account.server.toString());
    settings.setValue(u"account/login"_s, account.login);
    m_enrolment = enrolmentCode.trimmed();
    m_enrolmentName = name.trimmed();
    return attach(std::move(*store), password);
}

Result<void> Workstation::open(const Account &account, const QString &secret)
{
    const QString path = cachePath(account);
    if (!Cache::exists(path))
        return makeError(ErrorCode::NotFound,
                         tr("There is no cache for %1 on this workstation.").arg(account.login));
    const std::optional<KeyVault::Method> method = cacheMethod(account);
    if (!method)
        return makeError(ErrorCode::StorageCorrupt, tr("The cache's key file cannot be read."));
    // The agent's own secret opens it: the passphrase, or the password that wraps
    // the key the keychain holds (checked locally, so it works offline).
    auto store = Cache::open(path, secret);
    if (!store) {
        if (store.error().code == ErrorCode::WrongKey && *method == KeyVault::Method::Keychain)
            return makeError(ErrorCode::LoginFailed,
                             tr("Wrong password. Type the password you log in with."));
        return store.error();
    }
    detach();
    m_account = account;
    m_method = method;
    return attach(std::move(*store), *method == KeyVault::Method::Keychain ? secret : QString());
}

Result<void> Workstation::checkPassword(Store &store, const QString &password)
{
    const QByteArray verifier = store.setting(kVerifierKey).value_or(QByteArray());
    if (verifier.isEmpty())
        return {}; // never logged in successfully: the server will check it
    const QByteArray utf8 = password.toUtf8();
    if (crypto_pwhash_str_verify(verifier.constData(), utf8.constData(), quint64(utf8.size())) != 0)
        return makeError(ErrorCode::LoginFailed,
                         tr("Wrong password. Type the password you log in with."));
    return {};
}

void Workstation::rememberPassword(const QString &password)
{
    if (!m_store || password.isEmpty())
        return;
    const QByteArray utf8 = password.toUtf8();
    QByteArray verifier(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(verifier.data(), utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        qCWarning(lcModels) << "password verifier not updated: out of memory";
        return;
    }
    verifier.truncate(qsizetype(qstrlen(verifier.constData())));
    (void)m_store->setSetting(kVerifierKey, verifier);
}

Result<void> Workstation::attach(std::unique_ptr<Store> store, const QString &password)
{
    m_store = std::move(store);
    SyncEngine::Settings settings;
    settings.server = m_account->server;
    m_engine = std::make_unique<SyncEngine>(m_store.get(), settings);
    connect(m_engine.get(), &SyncEngine::changed, this, &Workstation::onChanged);
    connect(m_engine.get(), &SyncEngine::loggedIn, this, &Workstation::onLoggedIn);
    connect(m_engine.get(), &SyncEngine::wipeOrdered, this, &Workstation::onWipe);
    connect(m_engine.get(), &SyncEngine::redirectsUpdated, this, [this] {
        loadRedirects();
        Q_EMIT redirectsChanged();
    });
    connect(m_engine.get(), &SyncEngine::supervisionUpdated, this,
            &Workstation::supervisorActionsChanged);
    connect(m_engine.get(), &SyncEngine::queryAnswered, this,
            [this](const QString &id, bool ok, const QJsonObject &result, ErrorCode,
                   const QString &message) {
                if (!m_enrolmentRequests.remove(id))
                    return;
                if (ok)
                    Q_EMIT enrolmentCodeReady(result.value(u"code"_s).toString(),
                                              result.value(u"expiresAt"_s).toInteger());
                else
                    Q_EMIT enrolmentCodeRefused(message);
            });
    connect(m_engine.get(), &SyncEngine::rosterUpdated, this, [this] {
        if (!m_locked)
            loadRoster();
    });
    connect(m_engine.get(), &SyncEngine::credentialsRequired, this,
            [this] { m_pendingPassword.clear(); });
    connect(m_engine.get(), &SyncEngine::commandRefused, this, &Workstation::onRefused);

    const std::optional<Protocol::AgentInfo> me = m_engine->agent();
    m_policy.setAgent(m_account->login);
    m_queue.setAgent(m_account->login, me ? me->team : QString());
    m_queue.load(m_store->conversations());
    loadRoster();
    updateRefusals();
    const QByteArray presence = m_store->setting(kPresenceKey).value_or(QByteArray("available"));
    m_policy.setPresence(
        fromWireName<Presence>(QString::fromUtf8(presence)).value_or(Presence::Available));
    loadFaq();
    loadRedirects();

    if (!password.isEmpty()) {
        m_pendingPassword = password;
        m_engine->setPassword(m_account->login, password);
    }
    if (!m_enrolment.isEmpty())
        m_engine->setEnrolment(std::exchange(m_enrolment, {}), std::exchange(m_enrolmentName, {}));
    m_engine->start();
    Q_EMIT lockedChanged(false);
    Q_EMIT opened();
    // Retention a moment after the window is up and painted: the purge reads every
    // closed conversation (a quarter of a second at 50,000).
    QTimer::singleShot(kRetentionDelayMs, this, &Workstation::applyRetention);
    return {};
}

void Workstation::applyRetention()
{
    if (!m_store || m_retentionDays <= 0)
        return;
    const qint64 cutoff =
        QDateTime::currentMSecsSinceEpoch() - qint64(m_retentionDays) * 24 * 3600 * 1000;
    const Result<int> purged = m_store->purgeClosedBefore(cutoff);
    if (!purged || *purged == 0)
        return;
    qCInfo(lcModels) << "retention: closed conversations removed from the cache:" << *purged;
    m_queue.load(m_store->conversations());
    loadRoster();
}

void Workstation::detach()
{
    m_keepWhileLocked->stop();
    m_locked = false;
    m_alertedWhileLocked.clear();
    if (!m_store)
        return;
    m_engine.reset();
    m_store.reset();
    m_pendingPassword.clear();
    m_queue.clear();
    m_roster.clear();
    m_faqBuilder.cancel();
    m_faq = FaqIndex();
}

QStringList Workstation::agentsOnThisDesk(const QUrl &server) const
{
    if (!m_cachePathOverride.isEmpty())
        return m_account ? QStringList { m_account->login } : QStringList();
    // <data>/guichet/caches/<server tag>/<login>/cache.db (Cache::defaultPath).
    const QDir folder =
        QFileInfo(QFileInfo(Cache::defaultPath(server.toString(), u"x"_s)).absolutePath()).dir();
    QStringList logins;
    for (const QString &login : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (Cache::exists(folder.filePath(login + u"/cache.db"_s)))
            logins.append(login);
    }
    logins.sort();
    return logins;
}

void Workstation::endSession(bool forgetToken)
{
    if (m_store && forgetToken)
        (void)m_store->setSetting(u"sync/token"_s, QByteArray());
    detach();
    Q_EMIT lockedChanged(true);
}

void Workstation::lock()
{
    if (!m_store || m_locked)
        return;
    if (m_keepWhileLockedMs <= 0) {
        detach();
        Q_EMIT lockedChanged(true);
        return;
    }
    // Still connected: "away" for the others and the routing, the claims kept.
    m_locked = true;
    m_queue.clear();
    m_roster.clear();
    if (m_engine)
        (void)m_engine->setPresence(Presence::Away);
    m_keepWhileLocked->start(int(std::min<qint64>(m_keepWhileLockedMs, INT_MAX)));
    Q_EMIT lockedChanged(true);
}

Result<void> Workstation::unlock(const QString &secret)
{
    if (!m_account)
        return makeError(ErrorCode::InvalidState, tr("No account to unlock."));
    if (!isHoldingWhileLocked())
        return open(*m_account, secret);
    // The cache is still open: check the secret the way opening it would.
    const KeyVault vault(Cache::keyFilePath(cachePath(*m_account)));
    if (vault.isLegacyKeychain()) {
        if (Result<void> checked = checkPassword(*m_store, secret); !checked)
            return checked;
    } else if (const Result<CacheKey> key = vault.unlock(secret); !key) {
        if (key.error().code == ErrorCode::WrongKey && m_method == KeyVault::Method::Keychain)
            return makeError(ErrorCode::LoginFailed,
                             tr("Wrong password. Type the password you log in with."));
        return key.error();
    }
    m_keepWhileLocked->stop();
    m_locked = false;
    m_alertedWhileLocked.clear();
    m_queue.load(m_store->conversations());
    loadRoster();
    updateRefusals();
    if (m_engine)
        (void)m_engine->setPresence(presence());
    Q_EMIT lockedChanged(false);
    Q_EMIT opened();
    return {};
}

void Workstation::notifyWhileLocked(const QList<qint64> &conversations)
{
    // Nothing with content while locked: no name, no reference, no text. An
    // emergency still calls the agent back to the desk.
    for (const qint64 id : conversations) {
        const std::optional<Conversation> c = m_store->conversation(id);
        if (!c || !c->emergency || c->state == ConversationState::Closed
            || m_alertedWhileLocked.contains(id))
            continue;
        m_alertedWhileLocked.insert(id);
        Q_EMIT notificationRaised(Notification {
            Notification::Kind::Emergency, 0, tr("Possible emergency"),
            tr("A citizen may be in danger. Unlock Guichet to see the conversation.") });
    }
}

std::optional<Protocol::AgentInfo> Workstation::agent() const
{
    return m_engine ? m_engine->agent() : std::nullopt;
}

QString Workstation::login() const
{
    return m_account ? m_account->login : QString();
}

void Workstation::onLoggedIn(const Protocol::AgentInfo &agent)
{
    m_queue.setAgent(agent.login, agent.team);
    if (!m_pendingPassword.isEmpty()) {
        rememberPassword(m_pendingPassword);
        m_pendingPassword.clear();
    }
    // The server forgets presence with the connection (offline when the last one
    // closes): say it again, "available" included, or colleagues' transfer lists
    // and push routing would take this agent for gone.
    const Presence said = m_locked ? Presence::Away : presence();
    if (m_engine)
        (void)m_engine->setPresence(said);
    Q_EMIT agentChanged();
}

void Workstation::onChanged(const QList<qint64> &conversations, const QStringList &messages,
                            bool faq)
{
    if (!m_store)
        return;
    if (m_locked) {
        // The cache has it; the models are filled again at unlock.
        notifyWhileLocked(conversations);
        return;
    }
    QList<Conversation> changed;
    changed.reserve(conversations.size());
    for (const qint64 id : conversations) {
        std::optional<Conversation> c = m_store->conversation(id);
        if (!c) {
            m_queue.remove(id);
            continue;
        }
        if (m_engine && m_engine->state() == SyncEngine::State::Online) {
            if (std::optional<Notification> n = m_policy.consider(m_queue.conversation(id), *c))
                Q_EMIT notificationRaised(*n);
        }
        changed.append(std::move(*c));
    }
    m_queue.upsert(changed);
    for (const QString &id : messages) {
        if (const std::optional<Message> m = m_store->message(id);
            m && m->author == Author::Agent && m->seq > 0)
            m_roster.noteReply(m->agent, m->at);
    }
    if (!conversations.isEmpty())
        Q_EMIT conversationsChanged(conversations);
    if (!messages.isEmpty())
        Q_EMIT messagesChanged(messages);
    if (faq)
        loadFaq(); // faqChanged() once the new index is built
}

void Workstation::onWipe(const QString &reason)
{
    const QString path = m_account ? cachePath(*m_account) : QString();
    detach();
    m_account.reset();
    if (!path.isEmpty()) {
        if (Result<void> wiped = Cache::wipe(path); !wiped)
            qCWarning(lcModels) << "remote wipe incomplete:" << wiped.error().message;
    }
    Q_EMIT wiped(reason);
}

void Workstation::loadFaq()
{
    // The synonyms ship with the workstation: read once, not at every unlock or base update.
    if (!m_synonyms) {
        Result<FaqSynonyms> read = FaqSynonyms::read(Resources::faqSynonyms());
        m_synonyms = read ? std::move(*read) : FaqSynonyms();
    }
    // Likewise the lexicon of cross-language search; without it, an entry that exists only
    // in French is found from another language by the words they share and by what the
    // base's own translations teach, which is less.
    if (!m_lexicon) {
        Result<FaqLexicon> read = FaqLexicon::read(Resources::faqLexicon());
        if (!read)
            qCWarning(lcModels) << "FAQ lexicon:" << read.error().message;
        m_lexicon = std::make_shared<const FaqLexicon>(read ? std::move(*read) : FaqLexicon());
    }
    // Indexing 5,000 entries takes some 80 ms of CPU, more on a busy machine: on a worker
    // thread, so that the window keeps drawing and the agent typing. Before the first sync,
    // the base shipped with the workstation.
    m_faqBuilder.build(m_store ? m_store->faqEntries() : QList<FaqEntry>(), *m_synonyms, m_lexicon,
                       Resources::faqKnowledgeBase());
}

void Workstation::loadRoster()
{
    if (!m_store) {
        m_roster.clear();
        return;
    }
    m_roster.setExcluded(m_account ? m_account->login : QString());
    const QJsonObject roster =
        QJsonDocument::fromJson(m_store->setting(u"roster"_s).value_or(QByteArray())).object();
    QList<RosterEntry> entries;
    for (auto it = roster.constBegin(); it != roster.constEnd(); ++it) {
        if (auto entry = RosterEntry::fromJson(it->toObject()))
            entries.append(*entry);
    }
    m_roster.setEntries(entries);
    m_roster.setLastReplies(m_store->lastAgentReplies());
}

namespace {
QString consentQuestionKey(qint64 conversation)
{
    return u"consent/question/%1"_s.arg(conversation);
}
} // namespace

Workstation::ConsentState Workstation::consentState(qint64 conversation) const
{
    ConsentState state;
    if (!m_store || m_locked)
        return state;
    const QString id = QString::fromUtf8(
        m_store->setting(consentQuestionKey(conversation)).value_or(QByteArray()));
    if (id.isEmpty())
        return state;
    state.question = m_store->message(id);
    if (!state.question || state.question->seq == 0)
        return state;
    for (const Message &m : m_store->messages(conversation)) {
        if (m.author == Author::Citizen && m.seq > state.question->seq
            && (!state.answer || m.seq > state.answer->seq))
            state.answer = m;
    }
    return state;
}

Result<QString> Workstation::askConsent(qint64 conversation, const QString &text)
{
    if (!m_engine || !m_store)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    QString messageId;
    Result<QString> sent = m_engine->reply(conversation, text, &messageId);
    if (!sent)
        return sent;
    if (auto r = m_store->setSetting(consentQuestionKey(conversation), messageId.toUtf8()); !r)
        return r.error();
    Q_EMIT messagesChanged({ messageId });
    return messageId;
}

QJsonObject Workstation::consent(qint64 conversation) const
{
    if (!m_store || m_locked)
        return {};
    return QJsonDocument::fromJson(m_store->consent(conversation).toUtf8()).object();
}

void Workstation::loadRedirects()
{
    m_redirects = m_store ? RedirectCatalog::fromStore(*m_store) : RedirectCatalog::builtIn();
}

void Workstation::setPresence(Presence presence)
{
    if (!m_store || m_locked || presence == this->presence())
        return;
    m_policy.setPresence(presence);
    (void)m_store->setSetting(kPresenceKey, wireName(presence).toUtf8());
    if (m_engine)
        (void)m_engine->setPresence(presence);
    Q_EMIT presenceChanged(presence);
}

Result<QString> Workstation::reply(qint64 conversation, const QString &text)
{
    if (!m_engine)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    QString messageId;
    Result<QString> sent = m_engine->reply(conversation, text, &messageId);
    if (sent) {
        saveDraft(conversation, QString());
        Q_EMIT messagesChanged({ messageId });
    }
    return sent;
}

Result<QString> Workstation::redirect(qint64 conversation, RedirectTarget target,
                                      const QString &text, const SyncEngine::Consent &consent)
{
    if (!m_engine)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    Result<QString> sent = m_engine->redirect(conversation, target, text, consent);
    if (sent)
        saveDraft(conversation, QString());
    return sent;
}

Result<QString> Workstation::retireFaq(const QString &id, std::optional<Language> lang,
                                       const QString &reason)
{
    if (!m_engine)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    const std::optional<Protocol::AgentInfo> me = agent();
    if (me && me->role != Role::Supervisor)
        return makeError(ErrorCode::Forbidden, tr("Only a supervisor can retire a FAQ entry."));
    return m_engine->retireFaq(id, lang, reason);
}

Result<QString> Workstation::supervise(CommandOp op, qint64 conversation, QJsonObject args,
                                       const QString &reason)
{
    if (!m_engine)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    const std::optional<Protocol::AgentInfo> me = agent();
    if (me && me->role != Role::Supervisor)
        return makeError(ErrorCode::Forbidden, tr("Only a supervisor can do this."));
    if (reason.trimmed().isEmpty() && op != CommandOp::EnrolmentCode)
        return makeError(ErrorCode::MissingField, tr("Say why: the reason is kept in the log."));
    if (!reason.trimmed().isEmpty())
        args.insert(u"reason"_s, reason.trimmed());
    return m_engine->supervise(op, conversation, args);
}

Result<QString> Workstation::reassign(qint64 conversation, const QString &toLogin,
                                      const QString &reason)
{
    QJsonObject args;
    if (!toLogin.isEmpty())
        args.insert(u"to"_s, toLogin);
    return supervise(CommandOp::Reassign, conversation, args, reason);
}

Result<QString> Workstation::disableAgent(const QString &login, const QString &reason)
{
    return supervise(CommandOp::DisableAgent, 0, { { u"login"_s, login } }, reason);
}

Result<QString> Workstation::enableAgent(const QString &login, const QString &reason)
{
    return supervise(CommandOp::EnableAgent, 0, { { u"login"_s, login } }, reason);
}

Result<QString> Workstation::orderWipe(const QString &login, const QString &reason)
{
    return supervise(CommandOp::OrderWipe, 0, { { u"login"_s, login } }, reason);
}

Result<QString> Workstation::clearWipe(const QString &login, const QString &reason)
{
    return supervise(CommandOp::ClearWipe, 0, { { u"login"_s, login } }, reason);
}

Result<QString> Workstation::startSurge(const QString &reason, const QList<Channel> &channels,
                                        const QList<Language> &languages)
{
    QJsonObject args;
    if (!channels.isEmpty()) {
        QJsonArray names;
        for (const Channel channel : channels)
            names.append(wireName(channel));
        args.insert(u"channels"_s, names);
    }
    if (!languages.isEmpty()) {
        QJsonArray names;
        for (const Language lang : languages)
            names.append(wireName(lang));
        args.insert(u"languages"_s, names);
    }
    return supervise(CommandOp::StartSurge, 0, args, reason);
}

Result<QString> Workstation::stopSurge(const QString &reason)
{
    return supervise(CommandOp::StopSurge, 0, {}, reason);
}

Result<QString> Workstation::editFaq(const FaqEntry &entry, const QString &reason)
{
    return supervise(CommandOp::EditFaq, 0, { { u"entry"_s, entry.toJson() } }, reason);
}

Result<QString> Workstation::setRedirectDefinitions(const QJsonObject &definitions,
                                                    const QString &reason)
{
    return supervise(CommandOp::SetRedirects, 0, { { u"definitions"_s, definitions } }, reason);
}

Result<QString> Workstation::requestEnrolmentCode(const QString &reason, int validMinutes,
                                                  int accountHours,
                                                  const QList<Language> &languages)
{
    if (!m_engine)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    QJsonObject args { { u"validMinutes"_s, validMinutes }, { u"accountHours"_s, accountHours } };
    if (!reason.trimmed().isEmpty())
        args.insert(u"reason"_s, reason.trimmed());
    if (!languages.isEmpty()) {
        QJsonArray names;
        for (const Language lang : languages)
            names.append(wireName(lang));
        args.insert(u"languages"_s, names);
    }
    auto id = m_engine->query(CommandOp::EnrolmentCode, args);
    if (id)
        m_enrolmentRequests.insert(*id);
    return id;
}

QJsonArray Workstation::supervisorActions() const
{
    if (!m_store)
        return {};
    return QJsonDocument::fromJson(m_store->setting(u"supervisorActions"_s).value_or(QByteArray()))
        .array();
}

Result<QString> Workstation::sendEmergencyNotice(qint64 conversation, Language lang)
{
    if (!m_engine)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    const QString text = m_redirects.emergencyText(lang);
    if (text.isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("No emergency notice is defined on this workstation."));
    const std::optional<Conversation> c = m_queue.conversation(conversation);
    if (c && c->state == ConversationState::Queued) {
        // The outbox keeps the order: the claim goes first, then the notice.
        if (Result<QString> claimed = m_engine->claim(conversation); !claimed)
            return claimed;
    }
    QString messageId;
    Result<QString> sent = m_engine->reply(conversation, text, &messageId);
    if (sent)
        Q_EMIT messagesChanged({ messageId });
    return sent;
}

bool Workstation::noteOpened(qint64 conversation)
{
    if (!m_engine || m_locked || !conversation)
        return false;
    const std::optional<Protocol::AgentInfo> me = agent();
    if (!me)
        return false;
    const std::optional<Conversation> c = m_queue.conversation(conversation);
    const bool held = c && c->state == ConversationState::Claimed && c->owner == me->login;
    // A gendarme's look at a conversation they do not hold is the queue's preview, which
    // the stream gives the team (docs/supervision.md): the server would refuse the read.
    if (!held && me->role != Role::Supervisor)
        return false;
    // The history is already in the cache from the event stream: the answer is not
    // needed, the audit record is. Offline it cannot be sent (queries are not queued):
    // the cache shows what the stream delivered.
    const Result<QString> sent = m_engine->query(CommandOp::Read, {}, conversation);
    if (!sent)
        qCInfo(lcModels) << "supervisor read not sent:" << sent.error().message;
    return bool(sent);
}

QString Workstation::draft(qint64 conversation) const
{
    return m_store ? m_store->draft(conversation) : QString();
}

void Workstation::saveDraft(qint64 conversation, const QString &text)
{
    if (m_store && conversation)
        (void)m_store->saveDraft(conversation, text, QDateTime::currentMSecsSinceEpoch());
}

QList<OutboxEntry> Workstation::refusals(qint64 conversation) const
{
    QList<OutboxEntry> refused;
    if (!m_store)
        return refused;
    for (const OutboxEntry &entry : m_store->outbox()) {
        if (entry.state == OutboxEntry::State::Refused
            && (!conversation || entry.conversation == conversation))
            refused.append(entry);
    }
    return refused;
}

void Workstation::dismissRefusal(const QString &commandId)
{
    if (!m_engine)
        return;
    const std::optional<OutboxEntry> entry = m_store->outboxEntry(commandId);
    if (m_engine->dismiss(commandId) && entry) {
        updateRefusals();
        Q_EMIT refusalsChanged(entry->conversation);
    }
}

Result<QString> Workstation::resendRefusal(const QString &commandId)
{
    if (!m_engine)
        return makeError(ErrorCode::InvalidState, tr("The workstation is locked."));
    const std::optional<OutboxEntry> entry = m_store->outboxEntry(commandId);
    Result<QString> sent = m_engine->resend(commandId);
    if (sent && entry) {
        updateRefusals();
        Q_EMIT refusalsChanged(entry->conversation);
        // A reply it carried shows as pending again.
        const auto decoded = Protocol::decodeAgentFrame(entry->frame);
        const auto *command = decoded ? std::get_if<Protocol::Command>(&*decoded) : nullptr;
        if (const QString message =
                command ? command->args.value(u"message"_s).toString() : QString();
            !message.isEmpty())
            Q_EMIT messagesChanged({ message });
    }
    return sent;
}

void Workstation::updateRefusals()
{
    QHash<qint64, int> counts;
    if (m_store) {
        for (const OutboxEntry &entry : m_store->outbox()) {
            if (entry.state == OutboxEntry::State::Refused && entry.conversation)
                ++counts[entry.conversation];
        }
    }
    m_queue.setRefusals(counts);
}

void Workstation::onRefused(const QString &id, ErrorCode code, const QString &message)
{
    const std::optional<OutboxEntry> entry = m_store ? m_store->outboxEntry(id) : std::nullopt;
    updateRefusals();
    Q_EMIT refusalsChanged(entry ? entry->conversation : 0);
    if (!entry || !entry->conversation)
        return; // "take the next" and presence: answered where they were asked
    if (m_locked) {
        Q_EMIT notificationRaised(Notification { Notification::Kind::Refused, 0,
                                                 tr("Refused by the server"),
                                                 tr("Unlock Guichet to see what was refused.") });
        return;
    }
    // Never silenced, never with what the citizen wrote: the agent's own work did
    // not go through, and the reference finds the conversation.
    const std::optional<Conversation> c = m_queue.conversation(entry->conversation);
    Q_EMIT notificationRaised(Notification {
        Notification::Kind::Refused, entry->conversation, tr("Refused by the server"),
        tr("%1 in conversation %2: %3")
            .arg(describeCommand(*entry), c ? c->reference : QString::number(entry->conversation),
                 ErrorText::describe(code, message)) });
}

QString Workstation::describeCommand(const OutboxEntry &entry)
{
    const auto decoded = Protocol::decodeAgentFrame(entry.frame);
    if (!decoded)
        return tr("An action");
    if (std::holds_alternative<Protocol::Claim>(*decoded))
        return tr("Taking the conversation");
    const auto *command = std::get_if<Protocol::Command>(&*decoded);
    if (!command)
        return tr("An action");
    switch (command->op) {
    case CommandOp::Reply:
        return tr("Your reply");
    case CommandOp::Release:
        return tr("Releasing");
    case CommandOp::Transfer:
        return tr("The transfer");
    case CommandOp::Close:
        return tr("Closing");
    case CommandOp::Redirect:
        return tr("The redirection");
    case CommandOp::SetLanguage:
        return tr("The language change");
    case CommandOp::SetFlags:
        return tr("The flags");
    case CommandOp::Retry:
        return tr("The new delivery attempt");
    case CommandOp::SetPresence:
        return tr("The presence");
    case CommandOp::RetireFaq:
        return tr("Retiring the FAQ entry");
    case CommandOp::Reassign:
        return tr("The reassignment");
    case CommandOp::DisableAgent:
        return tr("Disabling the agent");
    case CommandOp::EnableAgent:
        return tr("Enabling the agent");
    case CommandOp::OrderWipe:
        return tr("The wipe order");
    case CommandOp::ClearWipe:
        return tr("Clearing the wipe order");
    case CommandOp::StartSurge:
        return tr("Starting the surge");
    case CommandOp::StopSurge:
        return tr("Stopping the surge");
    case CommandOp::EditFaq:
        return tr("The FAQ edit");
    case CommandOp::SetRedirects:
        return tr("The redirect definitions");
    case CommandOp::Read:
    case CommandOp::Stats:
    case CommandOp::Report:
    case CommandOp::EnrolmentCode:
        break; // queries: never in the outbox
    }
    return tr("An action");
}

QByteArray Workstation::setting(const QString &key, const QByteArray &fallback) const
{
    return m_store ? m_store->setting(key).value_or(fallback) : fallback;
}

void Workstation::setSetting(const QString &key, const QByteArray &value)
{
    if (m_store)
        (void)m_store->setSetting(key, value);
}

} // namespace Guichet
