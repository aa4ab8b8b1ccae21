#include "cliapp.h"

#include "app/store/cache.h"
#include "app/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Guichet::Cli {

QString cacheSecret(const QString &databasePath)
{
    const Result<KeyVault::Method> method = KeyVault(Cache::keyFilePath(databasePath)).method();
    return method && *method == KeyVault::Method::Keychain
        ? qEnvironmentVariable("GUICHET_PASSWORD")
        : qEnvironmentVariable("GUICHET_PASSPHRASE");
}

namespace {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Unavailable:
    case ErrorCode::Timeout:
        return Unavailable;
    case ErrorCode::Unauthorized:
    case ErrorCode::LoginFailed:
    case ErrorCode::TokenExpired:
    case ErrorCode::AccountDisabled:
        return AuthFailed;
    case ErrorCode::WrongKey:
    case ErrorCode::KeyUnavailable:
        return Locked;
    case ErrorCode::Forbidden:
    case ErrorCode::ClaimLost:
    case ErrorCode::NotOwner:
    case ErrorCode::ConversationClosed:
    case ErrorCode::CapacityFull:
    case ErrorCode::InvalidState:
    case ErrorCode::WindowClosed:
    case ErrorCode::QueueEmpty:
    case ErrorCode::ConsentRequired:
    case ErrorCode::RateLimited:
        return Refused;
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::MissingField:
    case ErrorCode::WrongType:
    case ErrorCode::InvalidValue:
        return Usage;
    default:
        return Failure;
    }
}

//! The commands' options are namespace-scope constants, made before main() installs
//! the translator: their descriptions are still the English source texts (which
//! lupdate took from their CliApp::tr()), looked up again now.
QList<QCommandLineOption> translated(QList<QCommandLineOption> options)
{
    for (QCommandLineOption &option : options)
        option.setDescription(CliApp::tr(option.description().toUtf8().constData()));
    return options;
}

} // namespace

// ---- Output ----------------------------------------------------------------------

Output::Output(bool json, QTextStream &out, QTextStream &err)
    : m_json(json)
    , m_out(out)
    , m_err(err)
{ }

void Output::line(const QString &text)
{
    if (!m_json)
        m_out << text << Qt::endl;
}

void Output::result(const QJsonValue &value)
{
    if (!m_json)
        return;
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Output::fail(const Error &error)
{
    if (m_json) {
        QJsonObject detail { { u"code"_s, errorCodeName(error.code) },
                             { u"message"_s, error.message } };
        if (!error.field.isEmpty())
            detail.insert(u"field"_s, error.field);
        result(QJsonObject { { u"error"_s, detail } });
    } else {
        m_err << "guichet-cli: " << error.toString() << Qt::endl;
    }
    return exitCodeFor(error.code);
}

int Output::usage(const QString &message)
{
    fail(makeError(ErrorCode::InvalidValue, message));
    return Usage;
}

// ---- CliApp ----------------------------------------------------------------------

void CliApp::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command *CliApp::find(const QStringList &positional, qsizetype *wordCount) const
{
    const Command *best = nullptr;
    for (const Command &command : m_commands) {
        if (command.words.size() > positional.size())
            continue;
        if (positional.mid(0, command.words.size()) != command.words)
            continue;
        if (!best || command.words.size() > best->words.size())
            best = &command;
    }
    if (best)
        *wordCount = best->words.size();
    return best;
}

QString CliApp::overview() const
{
    QString text = tr("Usage: guichet-cli [--json] COMMAND [OPTIONS] [ARGUMENTS]\n\n"
                      "Guichet's core, headless: for scripts, operations and tests.\n\n"
                      "Commands:\n");
    for (const Command &command : m_commands) {
        const QString name = command.words.join(u' ');
        text += u"  "_s + name.leftJustified(18) + u' ' + command.summary + u'\n';
    }
    text += tr("\nRun \"guichet-cli COMMAND --help\" for a command's options.\n"
               "Exit codes: 0 success, 1 failure, 2 usage, 3 server unavailable, 4 login "
               "refused,\n5 cache locked, 6 refused by the server, 7 not found.\n");
    return text;
}

int CliApp::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // A first pass with only the global options finds the command; the second
    // parses that command's options too.
    const QCommandLineOption jsonOption(u"json"_s, tr("Machine-readable JSON output."));
    const QCommandLineOption helpOption({ u"h"_s, u"help"_s }, tr("Show help and exit."));
    const QCommandLineOption versionOption({ u"v"_s, u"version"_s },
                                           tr("Show the version and exit."));

    QCommandLineParser first;
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    first.addOptions({ jsonOption, helpOption, versionOption });
    // Commands may share option names (--lang...): declare each name once here.
    QStringList known;
    for (const Command &command : m_commands) {
        for (const QCommandLineOption &option : command.options) {
            if (!known.contains(option.names().constFirst())) {
                known += option.names();
                first.addOption(option);
            }
        }
    }
    first.parse(arguments);

    const bool json = first.isSet(jsonOption);
    Output output(json, out, err);

    if (first.isSet(versionOption)) {
        if (json) {
            output.result(QJsonObject { { u"version"_s, QStringLiteral(GUICHET_VERSION) },
                                        { u"qt"_s, QString::fromLatin1(qVersion()) },
                                        { u"sqlcipher"_s, sqlcipherVersion() } });
        } else {
            out << versionText() << Qt::endl;
        }
        return Success;
    }

    qsizetype wordCount = 0;
    const Command *command = find(first.positionalArguments(), &wordCount);
    if (!command) {
        if (first.isSet(helpOption) || first.positionalArguments().isEmpty()) {
            out << overview();
            return first.isSet(helpOption) ? int(Success) : int(Usage);
        }
        return output.usage(tr("unknown command \"%1\" (see guichet-cli --help)")
                                .arg(first.positionalArguments().join(u' ')));
    }

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.setApplicationDescription(command->summary);
    parser.addOptions({ jsonOption, helpOption });
    parser.addOptions(translated(command->options));
    if (!parser.parse(arguments))
        return output.usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        // Show the real synopsis instead of Qt's generic "[options]" line, its first
        // (which Qt's own translations may have put in another language).
        help.replace(
            0, help.indexOf(u'\n') + 1,
            tr("Usage: guichet-cli %1 %2\n").arg(command->words.join(u' '), command->usage));
        out << help;
        return Success;
    }
    Invocation invocation { parser, parser.positionalArguments().mid(wordCount), output };
    return command->run(invocation);
}

QString versionText()
{
    const QString cipher = sqlcipherVersion();
    return CliApp::tr("guichet-cli %1 (Qt %2, SQLCipher %3)")
        .arg(QStringLiteral(GUICHET_VERSION), QString::fromLatin1(qVersion()),
             cipher.isEmpty() ? CliApp::tr("unavailable") : cipher);
}

} // namespace Guichet::Cli
