// guichet-cli's agent commands: login, queue, show, claim, release, reply,
// transfer, close, redirect, flag, faq retire, sync. They run the workstation's own store, outbox
// and sync engine (app/store, app/sync), headless.
#include "app/store/cache.h"
#include "app/sync/syncengine.h"
#include "cliapp.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Guichet::Cli {

namespace {

const QCommandLineOption
    kStore(u"store"_s, CliApp::tr("The cache file (default: under the user's data folder)."),
           u"FILE"_s);
const QCommandLineOption kServer(u"server"_s, CliApp::tr("The server's URL (remembered by login)."),
                                 u"URL"_s);
const QCommandLineOption kLogin(u"login"_s, CliApp::tr("The agent's login (remembered by login)."),
                                u"NAME"_s);
const QCommandLineOption kOffline(u"offline"_s,
                                  CliApp::tr("Do not contact the server: cached data only."));
const QCommandLineOption kTimeout(u"timeout"_s,
                                  CliApp::tr("Seconds to wait for the server (default 20)."),
                                  u"S"_s, u"20"_s);
const QCommandLineOption kPassphraseOnly(
    u"no-keychain"_s,
    CliApp::tr("Keep the cache key under a passphrase (GUICHET_PASSPHRASE), not in the keychain."));
const QCommandLineOption kMine(u"mine"_s, CliApp::tr("Only conversations I hold."));
const QCommandLineOption
    kState(u"state"_s, CliApp::tr("Only conversations in this state (queued, claimed, closed)."),
           u"STATE"_s);
const QCommandLineOption kOutcome(u"outcome"_s,
                                  CliApp::tr("answered, pharos, perceval, these, plainte_en_ligne, "
                                             "brigade, emergency, spam, duplicate."),
                                  u"OUTCOME"_s);
const QCommandLineOption
    kTo(u"to"_s, CliApp::tr("Transfer to this agent (default: back to the queue)."), u"LOGIN"_s);
const QCommandLineOption
    kText(u"text"_s, CliApp::tr("Text sent to the citizen with the redirection."), u"TEXT"_s);
const QCommandLineOption kConsentQuestion(
    u"consent-question"_s,
    CliApp::tr("Brigade: the id of the message that asked the citizen for consent."), u"ID"_s);
const QCommandLineOption
    kConsentAnswer(u"consent-answer"_s,
                   CliApp::tr("Brigade: the id of the citizen's message that gave consent."),
                   u"ID"_s);

const QCommandLineOption kAll(u"all"_s, CliApp::tr("Every refused command."));
const QCommandLineOption kEmergency(u"emergency"_s,
                                    CliApp::tr("Raise the emergency flag (top of every queue)."));
const QCommandLineOption kNoEmergency(u"no-emergency"_s, CliApp::tr("Lower the emergency flag."));
const QCommandLineOption
    kSgbv(u"sgbv"_s, CliApp::tr("Raise the sexual and gender-based violence flag (goes first)."));
const QCommandLineOption kNoSgbv(u"no-sgbv"_s, CliApp::tr("Lower the SGBV flag."));
const QCommandLineOption
    kRetireLang(u"lang"_s, CliApp::tr("Only this language's version (default: every language)."),
                u"LL"_s);

const QString kServerKey = u"cli/server"_s;
const QString kLoginKey = u"cli/login"_s;

//! Run the event loop until @p done or @p timeoutMs.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    tick.start();
    if (!done())
        loop.exec();
    return done();
}

//! An opened cache and an engine on it.
struct Session
{
    QString path;
    std::unique_ptr<Store> store;
    std::unique_ptr<SyncEngine> engine;
    QString credentialsProblem;
    std::optional<Error> error;
    bool wiped = false;
    bool dropped = false; //!< a connection attempt failed, or the link went down
    int timeoutMs = 20000;
};

QString cachePath(const QCommandLineParser &parser, const QString &server, const QString &login)
{
    return parser.isSet(kStore) ? parser.value(kStore) : Cache::defaultPath(server, login);
}

Result<std::unique_ptr<Session>> openSession(Invocation &call)
{
    auto session = std::make_unique<Session>();
    session->timeoutMs = std::max(1, call.parser.value(kTimeout).toInt()) * 1000;
    const QString server = call.parser.value(kServer);
    const QString login = call.parser.value(kLogin);
    if (!call.parser.isSet(kStore) && (server.isEmpty() || login.isEmpty()))
        return makeError(ErrorCode::InvalidValue,
                         CliApp::tr("give --store FILE, or --server URL and --login NAME"));
    session->path = cachePath(call.parser, server, login);
    if (!Cache::exists(session->path))
        return makeError(
            ErrorCode::NotFound,
            CliApp::tr("no cache at %1: run \"guichet-cli login\" first").arg(session->path));
    auto store = Cache::open(session->path, cacheSecret(session->path));
    if (!store)
        return store.error();
    session->store = std::move(*store);
    QString url = server;
    if (url.isEmpty())
        url = QString::fromUtf8(session->store->setting(kServerKey).value_or(QByteArray()));
    SyncEngine::Settings settings;
    settings.server = QUrl(url);
    session->engine = std::make_unique<SyncEngine>(session->store.get(), settings);
    Session *raw = session.get();
    QObject::connect(raw->engine.get(), &SyncEngine::credentialsRequired,
                     [raw](const QString &reason) { raw->credentialsProblem = reason; });
    QObject::connect(raw->engine.get(), &SyncEngine::errorOccurred,
                     [raw](const Error &e) { raw->error = e; });
    QObject::connect(raw->engine.get(), &SyncEngine::wipeOrdered,
                     [raw](const QString &) { raw->wiped = true; });
    QObject::connect(raw->engine.get(), &SyncEngine::stateChanged, [raw](SyncEngine::State state) {
        if (state == SyncEngine::State::Offline)
            raw->dropped = true;
    });
    return session;
}

//! Start the engine and wait until it is online or gives up: credentials
//! wanted, a wipe, an error, or a failed connection. The engine would retry
//! with backoff; a script is better served by exit code 3 at once.
void startAndWait(Session &s)
{
    s.dropped = false;
    s.engine->start();
    waitUntil(
        [&] {
            return s.engine->state() == SyncEngine::State::Online || !s.credentialsProblem.isEmpty()
                || s.wiped || s.error.has_value() || s.dropped;
        },
        s.timeoutMs);
}

Error unreachable(const Session &s)
{
    const QString url = QString::fromUtf8(s.store->setting(kServerKey).value_or(QByteArray()));
    if (s.dropped)
        return makeError(ErrorCode::Unavailable, CliApp::tr("cannot connect to %1").arg(url));
    return makeError(ErrorCode::Unavailable,
                     CliApp::tr("the server at %1 did not answer in time (--timeout)").arg(url));
}

//! A supervisor ordered a remote wipe: obey, and say so.
Error wipeNow(Session &s)
{
    s.engine.reset();
    s.store.reset();
    (void)Cache::wipe(s.path);
    return makeError(ErrorCode::AccountDisabled,
                     CliApp::tr("a supervisor ordered this cache wiped: it has been deleted"));
}

//! Connect and sync; an Error when the server cannot be used now.
Result<void> goOnline(Session &s, Invocation &call)
{
    if (call.parser.isSet(kOffline))
        return makeError(ErrorCode::Unavailable, CliApp::tr("offline (--offline)"));
    // After an expired token, a password in the environment logs in again.
    const QString password = qEnvironmentVariable("GUICHET_PASSWORD");
    const QString login = QString::fromUtf8(s.store->setting(kLoginKey).value_or(QByteArray()));
    if (!password.isEmpty() && !s.store->setting(u"sync/token"_s).value_or(QByteArray()).size())
        s.engine->setPassword(login, password);
    startAndWait(s);
    if (!s.credentialsProblem.isEmpty() && !password.isEmpty() && !login.isEmpty()) {
        s.credentialsProblem.clear();
        s.engine->setPassword(login, password);
        startAndWait(s);
    }
    if (s.wiped)
        return wipeNow(s);
    if (!s.credentialsProblem.isEmpty())
        return makeError(
            ErrorCode::LoginFailed,
            CliApp::tr("%1 (set GUICHET_PASSWORD to log in again)").arg(s.credentialsProblem));
    if (s.error && s.engine->state() != SyncEngine::State::Online)
        return *s.error;
    if (s.engine->state() != SyncEngine::State::Online)
        return unreachable(s);
    return {};
}

QJsonObject conversationJson(const Conversation &c)
{
    QJsonObject o { { u"id"_s, c.id },
                    { u"reference"_s, c.reference },
                    { u"channel"_s, wireName(c.channel) },
                    { u"lang"_s, wireName(c.lang) },
                    { u"citizen"_s, c.citizen },
                    { u"state"_s, wireName(c.state) },
                    { u"owner"_s, c.owner },
                    { u"team"_s, c.team },
                    { u"emergency"_s, c.emergency },
                    { u"sgbv"_s, c.sgbv },
                    { u"sla"_s, wireName(c.sla) },
                    { u"deadline"_s, c.deadline },
                    { u"excerpt"_s, c.lastExcerpt },
                    { u"unread"_s, c.unread } };
    if (!c.subject.isEmpty())
        o.insert(u"subject"_s, c.subject);
    if (c.outcome)
        o.insert(u"outcome"_s, wireName(*c.outcome));
    return o;
}

QString time(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

//! Submit a command through the outbox and wait for its acknowledgement.
int submit(Invocation &call, const std::function<Result<QString>(SyncEngine &)> &command)
{
    auto opened = openSession(call);
    if (!opened)
        return call.output.fail(opened.error());
    Session &s = **opened;
    const auto online = goOnline(s, call);
    if (!online && online.error().code != ErrorCode::Unavailable)
        return call.output.fail(online.error());
    auto id = command(*s.engine);
    if (!id)
        return call.output.fail(id.error());
    if (!online) {
        const Error queued =
            makeError(ErrorCode::Unavailable,
                      CliApp::tr("%1: the command waits in the outbox and goes out at the next "
                                 "sync (guichet-cli sync)")
                          .arg(online.error().message));
        if (call.output.json()) {
            call.output.result(
                QJsonObject { { u"command"_s, *id },
                              { u"status"_s, u"queued"_s },
                              { u"error"_s,
                                QJsonObject { { u"code"_s, u"unavailable"_s },
                                              { u"message"_s, queued.message } } } });
            return Unavailable;
        }
        return call.output.fail(queued);
    }
    std::optional<QJsonObject> acknowledged;
    std::optional<std::pair<ErrorCode, QString>> refused;
    QObject::connect(s.engine.get(), &SyncEngine::commandAcknowledged,
                     [&](const QString &ackId, const QJsonObject &result) {
                         if (ackId == *id)
                             acknowledged = result;
                     });
    QObject::connect(s.engine.get(), &SyncEngine::commandRefused,
                     [&](const QString &ackId, ErrorCode code, const QString &message) {
                         if (ackId == *id)
                             refused = std::pair { code, message };
                     });
    waitUntil([&] { return acknowledged || refused; }, s.timeoutMs);
    if (refused) {
        // Seen: it need not stay in the outbox.
        (void)s.engine->dismiss(*id);
        return call.output.fail(makeError(refused->first, refused->second));
    }
    if (!acknowledged)
        return call.output.fail(makeError(
            ErrorCode::Timeout, CliApp::tr("no answer yet: the command waits in the outbox")));
    // Let the events of the change land in the cache before leaving.
    waitUntil([] { return false; }, 200);
    if (call.output.json()) {
        call.output.result(QJsonObject { { u"command"_s, *id },
                                         { u"status"_s, u"acknowledged"_s },
                                         { u"result"_s, *acknowledged } });
    } else {
        QStringList parts;
        for (auto it = acknowledged->begin(); it != acknowledged->end(); ++it) {
            // Lists (the languages of a retired entry) as a,b,c.
            const QString value = it.value().isArray()
                ? it.value().toVariant().toStringList().join(u',')
                : it.value().toVariant().toString();
            parts.append(it.key() + u'=' + value);
        }
        call.output.line(CliApp::tr("done %1").arg(parts.join(u' ')));
    }
    return Success;
}

std::optional<qint64> conversationArgument(Invocation &call, int index = 0)
{
    bool ok = false;
    const qint64 id = call.arguments.value(index).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

// ---- Commands ------------------------------------------------------------------------------

int login(Invocation &call)
{
    const QString server = call.parser.value(kServer);
    const QString agentLogin = call.parser.value(kLogin);
    const QString password = qEnvironmentVariable("GUICHET_PASSWORD");
    if (server.isEmpty() || agentLogin.isEmpty())
        return call.output.usage(CliApp::tr("login needs --server URL and --login NAME"));
    if (password.isEmpty())
        return call.output.usage(
            CliApp::tr("put the password in GUICHET_PASSWORD (never on the command line)"));
    const QString path = cachePath(call.parser, server, agentLogin);
    if (!Cache::exists(path)) {
        Cache::CreateOptions options;
        options.passphrase = qEnvironmentVariable("GUICHET_PASSPHRASE");
        options.password = password; // wraps the key the keychain holds
        if (call.parser.isSet(kPassphraseOnly))
            options.method = KeyVault::Method::Passphrase;
        KeyVault::Method used = KeyVault::Method::Keychain;
        auto created = Cache::create(path, options, &used);
        if (!created) {
            Error error = created.error();
            if (error.code == ErrorCode::KeyUnavailable || error.code == ErrorCode::Timeout)
                error.message += CliApp::tr(" — no keychain here: set GUICHET_PASSPHRASE to "
                                            "protect the cache with a passphrase");
            return call.output.fail(error);
        }
        auto saved = (*created)->write([&]() -> Result<void> {
            if (auto r = (*created)->setSetting(kServerKey, server.toUtf8()); !r)
                return r;
            return (*created)->setSetting(kLoginKey, agentLogin.toUtf8());
        });
        if (!saved)
            return call.output.fail(saved.error());
        call.output.line(CliApp::tr("cache created at %1 (key in the %2)")
                             .arg(path,
                                  used == KeyVault::Method::Keychain
                                      ? CliApp::tr("system keychain")
                                      : CliApp::tr("passphrase-protected key file")));
    }
    auto opened = openSession(call);
    if (!opened)
        return call.output.fail(opened.error());
    Session &s = **opened;
    (void)s.store->setSetting(kServerKey, server.toUtf8());
    (void)s.store->setSetting(kLoginKey, agentLogin.toUtf8());
    s.engine->setPassword(agentLogin, password);
    startAndWait(s);
    if (s.wiped)
        return call.output.fail(wipeNow(s));
    if (!s.credentialsProblem.isEmpty())
        return call.output.fail(makeError(ErrorCode::LoginFailed, s.credentialsProblem));
    if (s.engine->state() != SyncEngine::State::Online)
        return call.output.fail(s.error.value_or(unreachable(s)));
    const auto agent = s.engine->agent();
    const QJsonObject result { { u"login"_s, agent ? agent->login : agentLogin },
                               { u"role"_s, agent ? wireName(agent->role) : QString() },
                               { u"store"_s, QFileInfo(s.path).absoluteFilePath() },
                               { u"conversations"_s, s.store->conversationCount() },
                               { u"cursor"_s, s.engine->cursor() } };
    if (call.output.json())
        call.output.result(result);
    else
        call.output.line(
            CliApp::tr("logged in as %1 (%2); %3 conversations in the cache")
                .arg(result.value(u"login"_s).toString(), result.value(u"role"_s).toString())
                .arg(s.store->conversationCount()));
    return Success;
}

int queue(Invocation &call)
{
    auto opened = openSession(call);
    if (!opened)
        return call.output.fail(opened.error());
    Session &s = **opened;
    const auto online = goOnline(s, call);
    if (!online && online.error().code != ErrorCode::Unavailable)
        return call.output.fail(online.error());
    const QString me = s.engine->agent() ? s.engine->agent()->login : QString();
    std::optional<ConversationState> state;
    if (call.parser.isSet(kState)) {
        state = fromWireName<ConversationState>(call.parser.value(kState));
        if (!state)
            return call.output.usage(CliApp::tr("--state is queued, claimed or closed"));
    }
    QJsonArray list;
    QStringList lines;
    for (const Conversation &c : s.store->conversations()) {
        if (state && c.state != *state)
            continue;
        if (!state && c.state == ConversationState::Closed)
            continue;
        if (call.parser.isSet(kMine) && c.owner != me)
            continue;
        list.append(conversationJson(c));
        lines.append(
            u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(QString::number(c.id).rightJustified(6))
                .arg(c.reference.leftJustified(18), wireName(c.channel).leftJustified(9),
                     wireName(c.lang), wireName(c.state).leftJustified(7),
                     (c.emergency ? u"URGENT "_s : QString()) + wireName(c.sla).leftJustified(8),
                     c.owner.isEmpty() ? u"-"_s : c.owner, c.lastExcerpt.left(50)));
    }
    if (call.output.json()) {
        call.output.result(list);
    } else {
        if (!online)
            QTextStream(stderr) << CliApp::tr("guichet-cli: offline, showing the cache (%1)")
                                       .arg(online.error().message)
                                << Qt::endl;
        for (const QString &line : std::as_const(lines))
            call.output.line(line);
    }
    return Success;
}

int show(Invocation &call)
{
    const auto id = conversationArgument(call);
    if (!id)
        return call.output.usage(CliApp::tr("show CONVERSATION (a number)"));
    auto opened = openSession(call);
    if (!opened)
        return call.output.fail(opened.error());
    Session &s = **opened;
    (void)goOnline(s, call);
    const auto c = s.store->conversation(*id);
    if (!c)
        return call.output.fail(
            makeError(ErrorCode::NotFound, CliApp::tr("no conversation %1 in the cache").arg(*id)));
    QJsonArray messages;
    for (const Message &m : s.store->messages(*id)) {
        QJsonObject o {
            { u"id"_s, m.id }, { u"author"_s, wireName(m.author) },     { u"text"_s, m.text },
            { u"at"_s, m.at }, { u"delivery"_s, wireName(m.delivery) }, { u"seq"_s, m.seq }
        };
        if (!m.agent.isEmpty())
            o.insert(u"agent"_s, m.agent);
        if (!m.reason.isEmpty())
            o.insert(u"reason"_s, m.reason);
        messages.append(o);
        call.output.line(u"[%1] %2%3: %4%5"_s.arg(
            time(m.at), wireName(m.author), m.agent.isEmpty() ? QString() : u" "_s + m.agent,
            m.text,
            m.delivery == DeliveryState::Pending || m.delivery == DeliveryState::Failed
                ? u" ("_s + wireName(m.delivery)
                    + (m.reason.isEmpty() ? QString() : u": "_s + m.reason) + u')'
                : QString()));
    }
    QJsonObject result = conversationJson(*c);
    result.insert(u"messages"_s, messages);
    call.output.result(result);
    return Success;
}

QJsonObject refusalJson(const OutboxEntry &entry)
{
    return QJsonObject { { u"command"_s, entry.id },
                         { u"conversation"_s, entry.conversation },
                         { u"code"_s,
                           entry.errorCode ? errorCodeName(*entry.errorCode) : QString() },
                         { u"message"_s, entry.errorMessage } };
}

int syncCommand(Invocation &call)
{
    auto opened = openSession(call);
    if (!opened)
        return call.output.fail(opened.error());
    Session &s = **opened;
    // The outbox goes out as soon as the sync ends: watch from the start.
    QStringList refusedNow;
    QObject::connect(s.engine.get(), &SyncEngine::commandRefused,
                     [&](const QString &id, ErrorCode, const QString &) { refusedNow.append(id); });
    if (auto online = goOnline(s, call); !online)
        return call.output.fail(online.error());
    // Give the outbox time to drain: acknowledgements arrive after the flush.
    waitUntil([&] { return s.engine->pendingCount() == 0; }, s.timeoutMs);
    QJsonArray refusals;
    for (const OutboxEntry &entry : s.store->outbox()) {
        if (entry.state == OutboxEntry::State::Refused && refusedNow.contains(entry.id))
            refusals.append(refusalJson(entry));
    }
    const QJsonObject result { { u"cursor"_s, s.engine->cursor() },
                               { u"head"_s, s.engine->head() },
                               { u"outboxPending"_s, s.engine->pendingCount() },
                               { u"refused"_s, refusals },
                               { u"conversations"_s, s.store->conversationCount() } };
    if (call.output.json()) {
        call.output.result(result);
    } else {
        call.output.line(CliApp::tr("synced to %1; %2 commands still waiting")
                             .arg(s.engine->cursor())
                             .arg(s.engine->pendingCount()));
        for (const QJsonValue &refusal : std::as_const(refusals)) {
            QTextStream(stderr) << CliApp::tr("guichet-cli: command %1 on conversation %2 refused: "
                                              "%3 (kept until \"guichet-cli sync dismiss\")")
                                       .arg(refusal[u"command"_s].toString())
                                       .arg(refusal[u"conversation"_s].toInteger())
                                       .arg(refusal[u"message"_s].toString())
                                << Qt::endl;
        }
    }
    if (s.engine->pendingCount() > 0)
        return Unavailable;
    return refusals.isEmpty() ? int(Success) : int(Refused);
}

int syncStatus(Invocation &call)
{
    auto opened = openSession(call);
    if (!opened)
        return call.output.fail(opened.error());
    Session &s = **opened;
    int refused = 0;
    QJsonArray refusals;
    for (const OutboxEntry &entry : s.store->outbox()) {
        if (entry.state == OutboxEntry::State::Refused) {
            ++refused;
            refusals.append(refusalJson(entry));
        }
    }
    const auto setting = [&s](const QString &key) {
        return QString::fromUtf8(s.store->setting(key).value_or(QByteArray()));
    };
    const QJsonObject result { { u"server"_s, setting(kServerKey) },
                               { u"login"_s, setting(kLoginKey) },
                               { u"cursor"_s, s.store->cursor() },
                               { u"lastSync"_s, setting(u"sync/last_sync"_s).toLongLong() },
                               { u"tokenExpires"_s, setting(u"sync/token_expires"_s).toLongLong() },
                               { u"outboxPending"_s, s.store->pendingCount() },
                               { u"outboxRefused"_s, refused },
                               { u"refusals"_s, refusals } };
    if (call.output.json()) {
        call.output.result(result);
    } else {
        call.output.line(
            CliApp::tr("server %1, agent %2")
                .arg(result.value(u"server"_s).toString(), result.value(u"login"_s).toString()));
        call.output.line(CliApp::tr("cursor %1, last sync %2")
                             .arg(s.store->cursor())
                             .arg(time(result.value(u"lastSync"_s).toInteger())));
        call.output.line(
            CliApp::tr("outbox: %1 waiting, %2 refused").arg(s.store->pendingCount()).arg(refused));
    }
    return Success;
}

int syncDismiss(Invocation &call)
{
    const bool all = call.parser.isSet(kAll);
    if (all == !call.arguments.isEmpty())
        return call.output.usage(CliApp::tr("sync dismiss COMMAND… or sync dismiss --all"));
    auto opened = openSession(call);
    if (!opened)
        return call.output.fail(opened.error());
    Session &s = **opened;
    QStringList ids = call.arguments;
    if (all) {
        for (const OutboxEntry &entry : s.store->outbox()) {
            if (entry.state == OutboxEntry::State::Refused)
                ids.append(entry.id);
        }
    }
    QJsonArray dismissed;
    for (const QString &id : std::as_const(ids)) {
        // Only refusals: a pending command is still on its way.
        if (auto done = s.engine->dismiss(id); !done)
            return call.output.fail(
                makeError(done.error().code, CliApp::tr("%1: %2").arg(id, done.error().message)));
        dismissed.append(id);
    }
    if (call.output.json())
        call.output.result(QJsonObject { { u"dismissed"_s, dismissed } });
    else
        call.output.line(CliApp::tr("%n refused command(s) dismissed.", "", int(dismissed.size())));
    return Success;
}

} // namespace

void registerAgentCommands(CliApp &app)
{
    const QList<QCommandLineOption> common { kStore, kServer, kLogin, kOffline, kTimeout };
    app.add({ { u"login"_s },
              CliApp::tr("Log in (password in GUICHET_PASSWORD), creating the cache on first use."),
              u"--server URL --login NAME [--store FILE] [--no-keychain]"_s,
              common + QList { kPassphraseOnly },
              login });
    app.add({ { u"queue"_s },
              CliApp::tr("List open conversations (synced first, or the cache when offline)."),
              u"[--mine] [--state STATE]"_s,
              common + QList { kMine, kState },
              queue });
    app.add({ { u"show"_s },
              CliApp::tr("Show a conversation and its messages."),
              u"CONVERSATION"_s,
              common,
              show });
    app.add({ { u"claim"_s },
              CliApp::tr("Take a conversation, or the next one in the queue."),
              u"CONVERSATION|next"_s,
              common,
              [](Invocation &call) {
                  const bool next = call.arguments.value(0) == u"next"_s;
                  const auto id = conversationArgument(call);
                  if (!next && !id)
                      return call.output.usage(CliApp::tr("claim CONVERSATION or claim next"));
                  return submit(call, [&](SyncEngine &e) { return e.claim(next ? 0 : *id); });
              } });
    app.add({ { u"release"_s },
              CliApp::tr("Give a conversation back to the queue."),
              u"CONVERSATION"_s,
              common,
              [](Invocation &call) {
                  const auto id = conversationArgument(call);
                  if (!id)
                      return call.output.usage(CliApp::tr("release CONVERSATION"));
                  return submit(call, [&](SyncEngine &e) { return e.release(*id); });
              } });
    app.add({ { u"reply"_s },
              CliApp::tr("Answer a conversation (TEXT, or - to read it from stdin)."),
              u"CONVERSATION TEXT…"_s,
              common,
              [](Invocation &call) {
                  const auto id = conversationArgument(call);
                  QString text = call.arguments.mid(1).join(u' ');
                  if (text == u"-"_s)
                      text = QTextStream(stdin).readAll();
                  if (!id || text.trimmed().isEmpty())
                      return call.output.usage(CliApp::tr("reply CONVERSATION TEXT"));
                  return submit(call, [&](SyncEngine &e) { return e.reply(*id, text); });
              } });
    app.add({ { u"transfer"_s },
              CliApp::tr("Hand a conversation to another agent, or back to the queue."),
              u"CONVERSATION [--to LOGIN]"_s,
              common + QList { kTo },
              [](Invocation &call) {
                  const auto id = conversationArgument(call);
                  if (!id)
                      return call.output.usage(CliApp::tr("transfer CONVERSATION [--to LOGIN]"));
                  return submit(
                      call, [&](SyncEngine &e) { return e.transfer(*id, call.parser.value(kTo)); });
              } });
    app.add({ { u"close"_s },
              CliApp::tr("Close a conversation with its outcome."),
              u"CONVERSATION --outcome OUTCOME"_s,
              common + QList { kOutcome },
              [](Invocation &call) {
                  const auto id = conversationArgument(call);
                  QString name = call.parser.value(kOutcome);
                  // "pré-plainte" and friends name the online complaint.
                  if (const auto target = parseRedirectTarget(name))
                      name = wireName(outcomeFor(*target));
                  const auto outcome = fromWireName<Outcome>(name);
                  if (!id || !outcome)
                      return call.output.usage(
                          CliApp::tr("close CONVERSATION --outcome answered|pharos|perceval|these|"
                                     "plainte_en_ligne|brigade|emergency|spam|duplicate"));
                  return submit(call, [&](SyncEngine &e) { return e.close(*id, *outcome); });
              } });
    app.add(
        { { u"redirect"_s },
          CliApp::tr(
              "Redirect a citizen to Pharos, Perceval, Thésée, Plainte en ligne or the brigade."),
          u"CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade [--text TEXT] "
          "[--consent-question ID --consent-answer ID]"_s,
          common + QList { kText, kConsentQuestion, kConsentAnswer },
          [](Invocation &call) {
              const auto id = conversationArgument(call);
              const auto target = parseRedirectTarget(call.arguments.value(1));
              if (!id || !target)
                  return call.output.usage(CliApp::tr(
                      "redirect CONVERSATION pharos|perceval|these|plainte-en-ligne|brigade"));
              return submit(call, [&](SyncEngine &e) {
                  return e.redirect(
                      *id, *target, call.parser.value(kText),
                      { call.parser.value(kConsentQuestion), call.parser.value(kConsentAnswer) });
              });
          } });
    app.add(
        { { u"flag"_s },
          CliApp::tr("Raise or lower a conversation's emergency and SGBV flags, overruling "
                     "triage."),
          u"CONVERSATION --emergency|--no-emergency|--sgbv|--no-sgbv"_s,
          common + QList { kEmergency, kNoEmergency, kSgbv, kNoSgbv },
          [](Invocation &call) {
              const auto id = conversationArgument(call);
              const auto choice = [&call](const QCommandLineOption &raise,
                                          const QCommandLineOption &lower,
                                          bool *contradictory) -> std::optional<bool> {
                  *contradictory =
                      *contradictory || (call.parser.isSet(raise) && call.parser.isSet(lower));
                  if (call.parser.isSet(raise))
                      return true;
                  if (call.parser.isSet(lower))
                      return false;
                  return std::nullopt;
              };
              bool contradictory = false;
              const auto emergency = choice(kEmergency, kNoEmergency, &contradictory);
              const auto sgbv = choice(kSgbv, kNoSgbv, &contradictory);
              if (!id || (!emergency && !sgbv) || contradictory || call.arguments.size() != 1)
                  return call.output.usage(
                      CliApp::tr("flag CONVERSATION --emergency|--no-emergency|--sgbv|--no-sgbv"));
              return submit(call, [&](SyncEngine &e) { return e.setFlags(*id, emergency, sgbv); });
          } });
    app.add({ { u"faq"_s, u"retire"_s },
              CliApp::tr("Supervisors: take a knowledge-base entry out of every workstation."),
              u"ID [--lang LL]"_s,
              common + QList { kRetireLang },
              [](Invocation &call) {
                  const QString id = call.arguments.value(0);
                  std::optional<Language> lang;
                  if (call.parser.isSet(kRetireLang)) {
                      lang = fromWireName<Language>(call.parser.value(kRetireLang));
                      if (!lang)
                          return call.output.usage(
                              CliApp::tr("--lang expects fr, en, de, it or es"));
                  }
                  if (id.isEmpty() || call.arguments.size() != 1)
                      return call.output.usage(CliApp::tr("faq retire ID [--lang LL]"));
                  return submit(call, [&](SyncEngine &e) { return e.retireFaq(id, lang); });
              } });
    app.add({ { u"sync"_s },
              CliApp::tr("Sync the cache and send the outbox."),
              {},
              common,
              syncCommand });
    app.add({ { u"sync"_s, u"status"_s },
              CliApp::tr("Cursor, last sync and outbox, from the cache."),
              {},
              common,
              syncStatus });
    app.add({ { u"sync"_s, u"dismiss"_s },
              CliApp::tr("Remove refused commands from the outbox, once read."),
              u"COMMAND…|--all"_s,
              common + QList { kAll },
              syncDismiss });
}

} // namespace Guichet::Cli
