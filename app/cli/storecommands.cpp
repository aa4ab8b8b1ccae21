// guichet-cli store …: the local encrypted cache.
#include "app/store/cache.h"
#include "cliapp.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Guichet::Cli {

namespace {

const QCommandLineOption kStoreOption(u"store"_s,
                                      CliApp::tr("The cache file (default: the agent's cache "
                                                 "under the user's data folder)."),
                                      u"FILE"_s);
const QCommandLineOption kServerOption(u"server"_s, CliApp::tr("The server's URL."), u"URL"_s);
const QCommandLineOption kLoginOption(u"login"_s, CliApp::tr("The agent's login."), u"NAME"_s);
const QCommandLineOption kDaysOption(u"days"_s,
                                     CliApp::tr("Remove conversations closed more than N days "
                                                "ago (0: every closed conversation)."),
                                     u"N"_s);
const QCommandLineOption kYesOption(u"yes"_s, CliApp::tr("Do not ask for confirmation."));
const QCommandLineOption kFromKeychainOption(u"from-keychain"_s,
                                             CliApp::tr("Move a key held by the system keychain "
                                                        "under a passphrase."));

// A retention longer than a century is a typo; the bound also keeps the
// cutoff arithmetic far from overflow.
constexpr int kMaxRetentionDays = 36500;

QString storePath(const QCommandLineParser &parser)
{
    if (parser.isSet(kStoreOption))
        return parser.value(kStoreOption);
    return Cache::defaultPath(parser.value(kServerOption), parser.value(kLoginOption));
}

//! The cache this command works on, or the error to report.
Result<QString> existingStore(const QCommandLineParser &parser)
{
    if (!parser.isSet(kStoreOption)
        && (parser.value(kServerOption).isEmpty() || parser.value(kLoginOption).isEmpty())) {
        return makeError(ErrorCode::InvalidValue,
                         CliApp::tr("give --store FILE, or --server URL and --login NAME"));
    }
    const QString path = storePath(parser);
    if (!Cache::exists(path))
        return makeError(ErrorCode::NotFound, CliApp::tr("no cache at %1").arg(path));
    return path;
}

QString keyMethodName(const Result<KeyVault::Method> &method)
{
    if (!method)
        return u"unknown"_s;
    return *method == KeyVault::Method::Keychain ? u"keychain"_s : u"passphrase"_s;
}

//! stdin, read through one stream: a second QTextStream would lose what the
//! first one buffered.
QTextStream &input()
{
    static QTextStream stream(stdin);
    return stream;
}

//! One line of stdin. On a terminal, @p prompt goes to stderr and, for a
//! secret, the typing is not echoed. Nullopt at the end of the input.
std::optional<QString> readLine(const QString &prompt, bool secret)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    QTextStream err(stderr);
    termios saved {};
    if (terminal) {
        err << prompt << Qt::flush;
        if (secret) {
            tcgetattr(STDIN_FILENO, &saved);
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        }
    }
    QString line;
    const bool read = input().readLineInto(&line);
    if (terminal && secret) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    if (!read)
        return std::nullopt;
    return line;
}

int storeInfo(Invocation &call)
{
    const auto path = existingStore(call.parser);
    if (!path)
        return call.output.fail(path.error());
    const KeyVault vault(Cache::keyFilePath(*path));
    const auto method = vault.method();
    // The passphrase comes from the environment, never from the command line.
    auto store = Cache::open(*path, cacheSecret(*path));
    if (!store)
        return call.output.fail(store.error());
    auto &s = **store;
    const QJsonObject info {
        { u"path"_s, QFileInfo(*path).absoluteFilePath() },
        { u"schemaVersion"_s, s.schemaVersion() },
        { u"cipherVersion"_s, s.cipherVersion() },
        { u"keyMethod"_s, keyMethodName(method) },
        { u"conversations"_s, s.conversationCount() },
        { u"outboxPending"_s, s.pendingCount() },
        { u"cursor"_s, s.cursor() },
        { u"sizeBytes"_s, QFileInfo(*path).size() },
    };
    if (call.output.json()) {
        call.output.result(info);
    } else {
        for (auto it = info.begin(); it != info.end(); ++it)
            call.output.line(it.key().leftJustified(15) + u' ' + it.value().toVariant().toString());
    }
    return Success;
}

//! The new passphrase: GUICHET_NEW_PASSPHRASE, else typed twice on stdin.
Result<QString> newPassphrase()
{
    if (qEnvironmentVariableIsSet("GUICHET_NEW_PASSPHRASE")) {
        const QString passphrase = qEnvironmentVariable("GUICHET_NEW_PASSPHRASE");
        if (passphrase.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             CliApp::tr("GUICHET_NEW_PASSPHRASE is empty"));
        return passphrase;
    }
    const auto first = readLine(CliApp::tr("New passphrase: "), true);
    if (!first || first->isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         CliApp::tr("no new passphrase (set GUICHET_NEW_PASSPHRASE, or type it "
                                    "twice on stdin)"));
    const auto second = readLine(CliApp::tr("Again: "), true);
    if (!second || *second != *first)
        return makeError(ErrorCode::InvalidValue,
                         CliApp::tr("the two new passphrases differ: nothing was changed"));
    return *first;
}

int storePassphrase(Invocation &call)
{
    const auto path = existingStore(call.parser);
    if (!path)
        return call.output.fail(path.error());
    KeyVault vault(Cache::keyFilePath(*path));
    const auto method = vault.method();
    if (!method)
        return call.output.fail(method.error());
    const QJsonObject where { { u"path"_s, QFileInfo(*path).absoluteFilePath() } };
    const auto done = [&](bool changed, bool moved) {
        QJsonObject result = where;
        result.insert(u"keyMethod"_s,
                      changed || *method == KeyVault::Method::Passphrase ? u"passphrase"_s
                                                                         : u"keychain"_s);
        result.insert(u"changed"_s, changed);
        if (moved)
            result.insert(u"movedFromKeychain"_s, true);
        call.output.result(result);
        return int(Success);
    };

    if (*method == KeyVault::Method::Keychain) {
        if (!call.parser.isSet(kFromKeychainOption)) {
            call.output.line(CliApp::tr("The key of this cache is held by the system keychain: "
                                        "there is no passphrase to change, nothing was changed.\n"
                                        "To protect it with a passphrase instead, run "
                                        "\"guichet-cli store passphrase --from-keychain\"."));
            return done(false, false);
        }
        const auto passphrase = newPassphrase();
        if (!passphrase)
            return call.output.fail(passphrase.error());
        if (auto moved = vault.moveToPassphrase(qEnvironmentVariable("GUICHET_PASSWORD"),
                                                *passphrase, KdfCost::moderate());
            !moved)
            return call.output.fail(moved.error());
        call.output.line(CliApp::tr("The cache key has left the keychain: it is now protected "
                                    "by the new passphrase."));
        return done(true, true);
    }

    // The old passphrase, as every command takes it; typed only on a terminal.
    QString old = qEnvironmentVariable("GUICHET_PASSPHRASE");
    if (old.isEmpty() && ::isatty(STDIN_FILENO))
        old = readLine(CliApp::tr("Current passphrase: "), true).value_or(QString());
    if (old.isEmpty())
        return call.output.usage(CliApp::tr("put the current passphrase in GUICHET_PASSPHRASE"));
    // Before asking for a new one to type, check the old one: typing twice for
    // nothing is a poor answer to a typo. (changePassphrase checks it anyway.)
    if (!qEnvironmentVariableIsSet("GUICHET_NEW_PASSPHRASE")) {
        if (auto unlocked = vault.unlock(old); !unlocked)
            return call.output.fail(unlocked.error());
    }
    const auto passphrase = newPassphrase();
    if (!passphrase)
        return call.output.fail(passphrase.error());
    // New wrappings take today's cost, whatever the old file recorded.
    if (auto changed = vault.changePassphrase(old, *passphrase, KdfCost::moderate()); !changed)
        return call.output.fail(changed.error());
    call.output.line(CliApp::tr("Passphrase changed; the cache itself was not rewritten."));
    return done(true, false);
}

int storePurge(Invocation &call)
{
    bool ok = false;
    const int days = call.parser.value(kDaysOption).toInt(&ok);
    if (!call.parser.isSet(kDaysOption) || !ok || days < 0 || days > kMaxRetentionDays)
        return call.output.usage(
            CliApp::tr("store purge needs --days N (0 to %1)").arg(kMaxRetentionDays));
    const auto path = existingStore(call.parser);
    if (!path)
        return call.output.fail(path.error());
    auto store = Cache::open(*path, cacheSecret(*path));
    if (!store)
        return call.output.fail(store.error());
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 24 * 3600 * 1000;
    const auto removed = (*store)->purgeClosedBefore(cutoff);
    if (!removed)
        return call.output.fail(removed.error());
    if (call.output.json()) {
        call.output.result(QJsonObject { { u"removed"_s, *removed },
                                         { u"days"_s, days },
                                         { u"cutoff"_s, cutoff },
                                         { u"conversations"_s, (*store)->conversationCount() } });
    } else {
        call.output.line(
            CliApp::tr("%n closed conversation(s) removed from the cache.", "", *removed));
    }
    return Success;
}

int storeWipe(Invocation &call)
{
    const auto path = existingStore(call.parser);
    if (!path)
        return call.output.fail(path.error());
    const QString absolute = QFileInfo(*path).absoluteFilePath();
    if (!call.parser.isSet(kYesOption)) {
        const auto answer = readLine(CliApp::tr("Destroy the cache %1 and its key? Commands not "
                                                "yet sent will be lost. Type \"yes\" to confirm: ")
                                         .arg(absolute),
                                     false);
        const QString word = answer.value_or(QString()).trimmed();
        if (word != u"yes"_s && word != CliApp::tr("yes")) {
            (void)call.output.fail(makeError(ErrorCode::InvalidState,
                                             CliApp::tr("not confirmed: nothing was deleted "
                                                        "(type yes, or add --yes)")));
            return Failure;
        }
    }
    if (auto wiped = Cache::wipe(*path); !wiped)
        return call.output.fail(wiped.error());
    if (call.output.json())
        call.output.result(QJsonObject { { u"path"_s, absolute }, { u"wiped"_s, true } });
    else
        call.output.line(CliApp::tr("Cache and key destroyed: %1").arg(absolute));
    return Success;
}

} // namespace

void registerStoreCommands(CliApp &app)
{
    const QList<QCommandLineOption> where { kStoreOption, kServerOption, kLoginOption };
    const QString whereUsage = u"[--store FILE | --server URL --login NAME]"_s;
    app.add({ { u"store"_s, u"info"_s },
              CliApp::tr("Describe the local cache: schema, cipher, key method, counts."),
              whereUsage,
              where,
              storeInfo });
    app.add({ { u"store"_s, u"passphrase"_s },
              CliApp::tr("Change the cache passphrase; nothing is re-encrypted."),
              whereUsage + u" [--from-keychain]"_s,
              where + QList { kFromKeychainOption },
              storePassphrase });
    app.add({ { u"store"_s, u"purge"_s },
              CliApp::tr("Retention: remove conversations closed more than N days ago."),
              u"--days N "_s + whereUsage,
              where + QList { kDaysOption },
              storePurge });
    app.add({ { u"store"_s, u"wipe"_s },
              CliApp::tr("Destroy the cache and its key (asks first, unless --yes)."),
              whereUsage + u" [--yes]"_s,
              where + QList { kYesOption },
              storeWipe });
}

} // namespace Guichet::Cli
