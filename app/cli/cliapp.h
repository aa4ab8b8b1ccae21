#pragma once

#include "exitcode.h"
#include "protocol/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Guichet::Cli {

//! Where a command writes: text for people, or JSON with --json. Errors go to
//! stderr as text, or to stdout as {"error":{"code","message"}} with --json, so
//! a script always reads one JSON document.
class Output
{
public:
    Output(bool json, QTextStream &out, QTextStream &err);

    bool json() const { return m_json; }
    //! A line for people (ignored in JSON mode).
    void line(const QString &text);
    //! The command's JSON result (ignored in text mode).
    void result(const QJsonValue &value);
    //! Report @p error and return the exit code that goes with it.
    int fail(const Error &error);
    //! Report a usage error.
    int usage(const QString &message);

    QTextStream &out() { return m_out; }

private:
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

//! What a command receives: its parsed options, the positional arguments that
//! follow its name, and the output.
struct Invocation
{
    const QCommandLineParser &parser;
    QStringList arguments;
    Output &output;
};

struct Command
{
    QStringList words; //!< {"faq", "search"}
    QString summary; //!< one line, for the command list
    QString usage; //!< arguments after the words, e.g. "[--limit N] QUERY…"
    QList<QCommandLineOption> options;
    std::function<int(Invocation &)> run;
};

//! guichet-cli: a table of commands over the shared core. Global options:
//! --json, --help, --version, plus those of the selected command.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(Guichet::Cli::CliApp)

public:
    void add(Command command);
    //! Parse @p arguments (argv, program name first) and run the command.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    const QList<Command> &commands() const { return m_commands; }

private:
    const Command *find(const QStringList &positional, qsizetype *wordCount) const;
    QString overview() const;

    QList<Command> m_commands;
};

//! Each folder of commands registers itself here (app/cli/*commands.cpp).
//! The secret that opens the cache at @p databasePath, from the environment (never
//! the command line): GUICHET_PASSWORD, the agent's own password, for a keychain
//! cache (the keychain alone opens nothing); GUICHET_PASSPHRASE otherwise.
QString cacheSecret(const QString &databasePath);

void registerStoreCommands(CliApp &app);
void registerAgentCommands(CliApp &app);
void registerFaqCommands(CliApp &app);
void registerSuperviseCommands(CliApp &app);

//! Version text for --version: Guichet's and SQLCipher's.
QString versionText();

} // namespace Guichet::Cli
