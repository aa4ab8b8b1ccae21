// guichet-cli store …: the local encrypted cache.
#include "cliapp.h"

#include "app/store/cache.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Guichet::Cli {

namespace {

const QCommandLineOption kStoreOption(u"store"_s,
                                      CliApp::tr("The cache file (default: the agent's cache "
                                                 "under the user's data folder)."),
                                      u"FILE"_s);
const QCommandLineOption kServerOption(u"server"_s, CliApp::tr("The server's URL."), u"URL"_s);
const QCommandLineOption kLoginOption(u"login"_s, CliApp::tr("The agent's login."), u"NAME"_s);

QString storePath(const QCommandLineParser &parser)
{
    if (parser.isSet(kStoreOption))
        return parser.value(kStoreOption);
    return Cache::defaultPath(parser.value(kServerOption), parser.value(kLoginOption));
}

int storeInfo(Invocation &call)
{
    const QString path = storePath(call.parser);
    if (!Cache::exists(path))
        return call.output.fail(makeError(ErrorCode::NotFound, CliApp::tr("no cache at %1").arg(path)));
    const KeyVault vault(Cache::keyFilePath(path));
    const auto method = vault.method();
    // The passphrase comes from the environment, never from the command line.
    auto store = Cache::open(path, qEnvironmentVariable("GUICHET_PASSPHRASE"));
    if (!store)
        return call.output.fail(store.error());
    auto &s = **store;
    const QString keyMethod = !method ? u"unknown"_s
        : *method == KeyVault::Method::Keychain ? u"keychain"_s : u"passphrase"_s;
    const QJsonObject info{
        {u"path"_s, QFileInfo(path).absoluteFilePath()},
        {u"schemaVersion"_s, s.schemaVersion()},
        {u"cipherVersion"_s, s.cipherVersion()},
        {u"keyMethod"_s, keyMethod},
        {u"conversations"_s, s.conversationCount()},
        {u"outboxPending"_s, s.pendingCount()},
        {u"cursor"_s, s.cursor()},
        {u"sizeBytes"_s, QFileInfo(path).size()},
    };
    if (call.output.json()) {
        call.output.result(info);
    } else {
        for (auto it = info.begin(); it != info.end(); ++it)
            call.output.line(it.key().leftJustified(15) + u' ' + it.value().toVariant().toString());
    }
    return Success;
}

} // namespace

void registerStoreCommands(CliApp &app)
{
    app.add({{u"store"_s, u"info"_s},
             CliApp::tr("Describe the local cache: schema, cipher, key method, counts."),
             u"[--store FILE | --server URL --login NAME]"_s,
             {kStoreOption, kServerOption, kLoginOption},
             storeInfo});
}

} // namespace Guichet::Cli
