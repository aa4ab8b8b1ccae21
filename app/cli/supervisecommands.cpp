// guichet-cli's supervisor commands: supervise stats, supervise report
// (docs/supervision.md). They need no cache: one connection, a password login
// (GUICHET_PASSWORD), the query commands of the agent protocol, and out. The
// server decides who may ask; a refusal is shown in the user's language.
#include "app/reports/reportcsv.h"
#include "cliapp.h"
#include "protocol/codec.h"
#include "protocol/uuid.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>
#include <QTimer>
#include <QWebSocket>

#include <deque>
#include <functional>

using namespace Qt::StringLiterals;

namespace Guichet::Cli {

namespace {

const QCommandLineOption kServer(u"server"_s, CliApp::tr("The server's URL."), u"URL"_s);
const QCommandLineOption
    kLogin(u"login"_s, CliApp::tr("The supervisor's login (password in GUICHET_PASSWORD)."),
           u"NAME"_s);
const QCommandLineOption kTimeout(u"timeout"_s,
                                  CliApp::tr("Seconds to wait for the server (default 20)."),
                                  u"S"_s, u"20"_s);
const QCommandLineOption kFrom(u"from"_s, CliApp::tr("First day of the report (YYYY-MM-DD)."),
                               u"DATE"_s);
const QCommandLineOption kTo(u"to"_s, CliApp::tr("Last day of the report (YYYY-MM-DD)."),
                             u"DATE"_s);
const QCommandLineOption kCsv(u"csv"_s, CliApp::tr("Write the report to this CSV file."),
                              u"FILE"_s);

const QCommandLineOption
    kReason(u"reason"_s, CliApp::tr("Why (kept in the event log and the audit log)."), u"TEXT"_s);
const QCommandLineOption
    kToAgent(u"to"_s, CliApp::tr("The agent who takes it (absent: the queue)."), u"LOGIN"_s);
const QCommandLineOption kClear(u"clear"_s, CliApp::tr("Clear the order instead."));
const QCommandLineOption
    kChannels(u"channels"_s, CliApp::tr("Channels the surge opens to reservists (webchat,…)."),
              u"LIST"_s);
const QCommandLineOption kLanguages(u"languages"_s, CliApp::tr("Languages (fr,en,…)."), u"LIST"_s);
const QCommandLineOption
    kMinutes(u"minutes"_s, CliApp::tr("How long the code stays valid (default 120)."), u"N"_s);
const QCommandLineOption
    kHours(u"hours"_s, CliApp::tr("How long the account lasts at most (default 12)."), u"N"_s);
const QCommandLineOption kCode(u"code"_s, CliApp::tr("The enrolment code a supervisor gave you."),
                               u"CODE"_s);
const QCommandLineOption kName(u"name"_s, CliApp::tr("Your name, as colleagues will see it."),
                               u"NAME"_s);

//! One logged-in connection that asks the server queries and waits for answers.
class QueryLink
{
public:
    explicit QueryLink(int timeoutMs)
        : m_timeoutMs(timeoutMs)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived,
                         [this](const QString &text) { m_frames.push_back(text.toUtf8()); });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { m_closed = true; });
        // (Qt 6.4: error(), errorOccurred() came in 6.5.)
        QObject::connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
                         [this](QAbstractSocket::SocketError) { m_closed = true; });
    }

    //! Connect, say hello, log in with the password (first creating the account
    //! with @p enrolment, a supervisor's enrolment code, when given).
    Result<void> open(const QUrl &server, const QString &login, const QString &password,
                      const QString &enrolment = {}, const QString &name = {})
    {
        QUrl url = server;
        url.setScheme(server.scheme() == u"https"_s || server.scheme() == u"wss"_s ? u"wss"_s
                                                                                   : u"ws"_s);
        url.setPath(u"/agent"_s);
        m_socket.open(url);
        if (!waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }))
            return makeError(ErrorCode::Unavailable,
                             CliApp::tr("cannot connect to %1").arg(server.toString()));
        send(Protocol::Hello { Protocol::kVersion, u"guichet-cli"_s });
        auto hello = next<Protocol::Hello>();
        if (!hello)
            return hello.error();
        send(Protocol::Login { login, password, {}, enrolment, name });
        auto welcome = next<Protocol::Welcome>();
        if (!welcome)
            return welcome.error();
        m_welcome = *welcome;
        return {};
    }

    const Protocol::Welcome &welcome() const { return m_welcome; }

    //! Ask, and wait for the acknowledgement of that command.
    Result<QJsonObject> ask(CommandOp op, const QJsonObject &args = {}, qint64 conversation = 0)
    {
        const QString id = newUuid();
        send(Protocol::Command { id, op, conversation, args });
        for (;;) {
            auto ack = next<Protocol::Ack>();
            if (!ack)
                return ack.error();
            if (ack->id != id)
                continue;
            if (!ack->ok)
                return makeError(ack->code, ack->message);
            return ack->result;
        }
    }

private:
    void send(const Protocol::AgentFrame &frame)
    {
        m_socket.sendTextMessage(QString::fromUtf8(Protocol::encode(frame)));
    }

    bool waitFor(const std::function<bool()> &done)
    {
        QEventLoop loop;
        QTimer tick;
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
            if (done() || m_closed)
                loop.quit();
        });
        QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
        tick.start();
        if (!done())
            loop.exec();
        return done();
    }

    //! The next frame of type T; an error frame (or silence) is an Error.
    template<typename T>
    Result<T> next()
    {
        for (;;) {
            if (!waitFor([this] { return !m_frames.empty(); })) {
                return makeError(ErrorCode::Unavailable,
                                 CliApp::tr("the server did not answer in time (--timeout)"));
            }
            const QByteArray bytes = m_frames.front();
            m_frames.pop_front();
            auto frame = Protocol::decodeAgentFrame(bytes);
            if (!frame)
                continue; // (a newer server's frame: not ours to answer)
            if (const auto *value = std::get_if<T>(&*frame))
                return *value;
            if (const auto *error = std::get_if<Protocol::ErrorFrame>(&*frame))
                return makeError(error->code, error->message);
            if (const auto *ping = std::get_if<Protocol::Ping>(&*frame))
                send(Protocol::Pong { ping->nonce });
        }
    }

    QWebSocket m_socket;
    Protocol::Welcome m_welcome;
    std::deque<QByteArray> m_frames;
    bool m_closed = false;
    int m_timeoutMs;
};

//! Log in for a supervisor's query; the link, or an error already reported.
Result<std::unique_ptr<QueryLink>> connectLink(Invocation &call)
{
    const QString server = call.parser.value(kServer);
    const QString login = call.parser.value(kLogin);
    if (server.isEmpty() || login.isEmpty())
        return makeError(ErrorCode::InvalidValue, CliApp::tr("give --server URL and --login NAME"));
    const QString password = qEnvironmentVariable("GUICHET_PASSWORD");
    if (password.isEmpty())
        return makeError(ErrorCode::LoginFailed,
                         CliApp::tr("set GUICHET_PASSWORD to the supervisor's password"));
    auto link =
        std::make_unique<QueryLink>(std::max(1, call.parser.value(kTimeout).toInt()) * 1000);
    if (auto opened = link->open(QUrl(server), login, password); !opened)
        return opened.error();
    return link;
}

//! The server's refusal of a non-supervisor, in the user's language.
Error translated(const Error &error)
{
    if (error.code == ErrorCode::Forbidden)
        return makeError(error.code,
                         CliApp::tr("only supervisors may use \"supervise\": this account is "
                                    "not a supervisor's"));
    return error;
}

QString seconds(const QJsonValue &ms)
{
    return ms.isNull() ? u"-"_s : QString::number(double(ms.toInteger()) / 1000.0, 'f', 1);
}

int stats(Invocation &call)
{
    auto link = connectLink(call);
    if (!link)
        return call.output.fail(link.error());
    auto figures = (*link)->ask(CommandOp::Stats);
    if (!figures)
        return call.output.fail(translated(figures.error()));
    if (call.output.json()) {
        // The documented shape (docs/supervision.md): the workstation's trends and
        // the citizens' comments are for the supervisor page.
        QJsonObject shown = *figures;
        shown.remove(u"series"_s);
        shown.remove(u"comments"_s);
        call.output.result(shown);
        return Success;
    }
    const QJsonObject queue = figures->value(u"queue"_s).toObject();
    const QJsonObject today = figures->value(u"today"_s).toObject();
    const QJsonObject surge = figures->value(u"surge"_s).toObject();
    call.output.line(CliApp::tr("Waiting: %1 (on time %2, at risk %3, breached %4); "
                                "emergencies %5, SGBV %6")
                         .arg(queue.value(u"waiting"_s).toInteger())
                         .arg(queue.value(u"onTime"_s).toInteger())
                         .arg(queue.value(u"atRisk"_s).toInteger())
                         .arg(queue.value(u"breached"_s).toInteger())
                         .arg(queue.value(u"emergency"_s).toInteger())
                         .arg(queue.value(u"sgbv"_s).toInteger()));
    call.output.line(CliApp::tr("Today: %1 opened, %2 closed; first response p50 %3 s, p90 %4 s; "
                                "satisfaction %5 (%6 answers)")
                         .arg(today.value(u"opened"_s).toInteger())
                         .arg(today.value(u"closed"_s).toInteger())
                         .arg(seconds(today.value(u"firstResponseP50Ms"_s)),
                              seconds(today.value(u"firstResponseP90Ms"_s)),
                              today.value(u"csatMean"_s).isNull()
                                  ? u"-"_s
                                  : QString::number(today.value(u"csatMean"_s).toDouble(), 'f', 2))
                         .arg(today.value(u"csatCount"_s).toInteger()));
    for (const QJsonValue &value : figures->value(u"agents"_s).toArray()) {
        const QJsonObject a = value.toObject();
        call.output.line(u"  %1 %2 %3 %4/%5"_s
                             .arg(a.value(u"login"_s).toString().leftJustified(16),
                                  a.value(u"role"_s).toString().leftJustified(11),
                                  a.value(u"presence"_s).toString().leftJustified(9))
                             .arg(a.value(u"load"_s).toInteger())
                             .arg(a.value(u"capacity"_s).toInteger()));
    }
    call.output.line(
        surge.value(u"active"_s).toBool()
            ? CliApp::tr("Surge: on since %1")
                  .arg(QDateTime::fromMSecsSinceEpoch(surge.value(u"since"_s).toInteger())
                           .toString(u"yyyy-MM-dd HH:mm"_s))
            : CliApp::tr("Surge: off"));
    return Success;
}

int report(Invocation &call)
{
    const QDate first = QDate::fromString(call.parser.value(kFrom), Qt::ISODate);
    const QDate last = QDate::fromString(call.parser.value(kTo), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return call.output.usage(CliApp::tr("--from and --to expect dates, YYYY-MM-DD"));
    if (last < first)
        return call.output.usage(CliApp::tr("--to comes before --from"));
    const QString path = call.parser.value(kCsv);
    if (path.isEmpty())
        return call.output.usage(CliApp::tr("give --csv FILE"));
    const auto [from, to] = Reports::reportPeriod(first, last);

    auto link = connectLink(call);
    if (!link)
        return call.output.fail(link.error());
    Reports::ReportCsvWriter file(path);
    if (!file.open())
        return call.output.fail(
            makeError(ErrorCode::StorageError,
                      CliApp::tr("cannot write %1: %2").arg(path, file.errorString())));
    QJsonObject args { { u"from"_s, from }, { u"to"_s, to } };
    for (;;) {
        auto page = (*link)->ask(CommandOp::Report, args);
        if (!page) {
            file.cancel();
            return call.output.fail(translated(page.error()));
        }
        file.addPage(*page);
        if (!page->value(u"more"_s).toBool())
            break;
        args.insert(u"afterOpened"_s, page->value(u"afterOpened"_s));
        args.insert(u"afterId"_s, page->value(u"afterId"_s));
    }
    if (!file.commit())
        return call.output.fail(
            makeError(ErrorCode::StorageError,
                      CliApp::tr("cannot write %1: %2").arg(path, file.errorString())));
    const qint64 count = file.rows();
    call.output.line(CliApp::tr("%n conversation(s) written to %1", nullptr, int(count)).arg(path));
    call.output.result(QJsonObject { { u"rows"_s, count }, { u"file"_s, path } });
    return Success;
}

//! A supervisor's action: sent once, its answer printed (and as JSON with --json).
int act(Invocation &call, CommandOp op, QJsonObject args, qint64 conversation, const QString &done)
{
    const QString reason = call.parser.value(kReason).trimmed();
    if (op != CommandOp::EnrolmentCode && reason.isEmpty())
        return call.output.usage(CliApp::tr("say why with --reason TEXT"));
    if (!reason.isEmpty())
        args.insert(u"reason"_s, reason);
    if (auto valid = Protocol::validateCommandArgs(op, args); !valid)
        return call.output.usage(valid.error().toString());
    auto link = connectLink(call);
    if (!link)
        return call.output.fail(link.error());
    auto answer = (*link)->ask(op, args, conversation);
    if (!answer) {
        // A supervisor's refusals (a reassignment the target may not take) are the
        // server's own; only a non-supervisor's gets the "supervise" explanation.
        const bool supervisor = (*link)->welcome().agent.role == Role::Supervisor;
        return call.output.fail(supervisor ? answer.error() : translated(answer.error()));
    }
    call.output.line(done);
    call.output.result(*answer);
    return Success;
}

QJsonArray listOption(const QString &text)
{
    QJsonArray items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

int reassignCommand(Invocation &call)
{
    bool ok = false;
    const qint64 id = call.arguments.value(0).toLongLong(&ok);
    if (!ok || id <= 0 || call.arguments.size() != 1)
        return call.output.usage(CliApp::tr("give one conversation number"));
    const QString to = call.parser.value(kToAgent);
    QJsonObject args;
    if (!to.isEmpty())
        args.insert(u"to"_s, to);
    return act(call, CommandOp::Reassign, args, id,
               to.isEmpty() ? CliApp::tr("conversation %1 is back in the queue").arg(id)
                            : CliApp::tr("conversation %1 reassigned to %2").arg(id).arg(to));
}

int agentCommand(Invocation &call, CommandOp op, const QString &done)
{
    if (call.arguments.size() != 1)
        return call.output.usage(CliApp::tr("give one agent login"));
    const QString login = call.arguments.value(0);
    return act(call, op, { { u"login"_s, login } }, 0, done.arg(login));
}

int surgeCommand(Invocation &call)
{
    const QString what = call.arguments.value(0);
    if (call.arguments.size() != 1 || (what != u"on"_s && what != u"off"_s))
        return call.output.usage(CliApp::tr("say on or off"));
    QJsonObject args;
    if (what == u"on"_s) {
        if (call.parser.isSet(kChannels))
            args.insert(u"channels"_s, listOption(call.parser.value(kChannels)));
        if (call.parser.isSet(kLanguages))
            args.insert(u"languages"_s, listOption(call.parser.value(kLanguages)));
    }
    return act(call, what == u"on"_s ? CommandOp::StartSurge : CommandOp::StopSurge, args, 0,
               what == u"on"_s ? CliApp::tr("surge on") : CliApp::tr("surge off"));
}

int enrolmentCodeCommand(Invocation &call)
{
    QJsonObject args;
    if (call.parser.isSet(kMinutes))
        args.insert(u"validMinutes"_s, call.parser.value(kMinutes).toInt());
    if (call.parser.isSet(kHours))
        args.insert(u"accountHours"_s, call.parser.value(kHours).toInt());
    if (call.parser.isSet(kLanguages))
        args.insert(u"languages"_s, listOption(call.parser.value(kLanguages)));
    if (auto valid = Protocol::validateCommandArgs(CommandOp::EnrolmentCode, args); !valid)
        return call.output.usage(valid.error().toString());
    if (!call.parser.value(kReason).trimmed().isEmpty())
        args.insert(u"reason"_s, call.parser.value(kReason).trimmed());
    auto link = connectLink(call);
    if (!link)
        return call.output.fail(link.error());
    auto answer = (*link)->ask(CommandOp::EnrolmentCode, args);
    if (!answer)
        return call.output.fail(translated(answer.error()));
    // The only copy of the code: the supervisor reads it out to the reservist.
    call.output.line(
        CliApp::tr("Enrolment code: %1 (single use, valid until %2)")
            .arg(answer->value(u"code"_s).toString(),
                 QDateTime::fromMSecsSinceEpoch(answer->value(u"expiresAt"_s).toInteger())
                     .toString(u"yyyy-MM-dd HH:mm"_s)));
    call.output.result(*answer);
    return Success;
}

int enrolCommand(Invocation &call)
{
    const QString server = call.parser.value(kServer);
    const QString login = call.parser.value(kLogin);
    const QString code = call.parser.value(kCode);
    if (server.isEmpty() || login.isEmpty() || code.isEmpty())
        return call.output.usage(CliApp::tr("give --server URL, --code CODE and --login NAME"));
    const QString password = qEnvironmentVariable("GUICHET_PASSWORD");
    if (password.isEmpty())
        return call.output.fail(makeError(
            ErrorCode::LoginFailed, CliApp::tr("set GUICHET_PASSWORD to the password you choose")));
    QueryLink link(std::max(1, call.parser.value(kTimeout).toInt()) * 1000);
    if (auto opened = link.open(QUrl(server), login, password, code, call.parser.value(kName));
        !opened)
        return call.output.fail(opened.error());
    call.output.line(
        CliApp::tr("account %1 created (reservist); it ends with the surge").arg(login));
    call.output.result(QJsonObject { { u"login"_s, link.welcome().agent.login },
                                     { u"role"_s, wireName(link.welcome().agent.role) } });
    return Success;
}

} // namespace

void registerSuperviseCommands(CliApp &app)
{
    app.add({ { u"supervise"_s, u"stats"_s },
              CliApp::tr("The brigade's live figures (supervisors)."),
              u"--server URL --login NAME [--json]"_s,
              { kServer, kLogin, kTimeout },
              stats });
    app.add({ { u"supervise"_s, u"report"_s },
              CliApp::tr("One CSV line per conversation opened in a period (supervisors)."),
              u"--server URL --login NAME --from DATE --to DATE --csv FILE"_s,
              { kServer, kLogin, kTimeout, kFrom, kTo, kCsv },
              report });
    const QList<QCommandLineOption> link { kServer, kLogin, kTimeout, kReason };
    app.add({ { u"supervise"_s, u"reassign"_s },
              CliApp::tr("Give a conversation to another agent, or back to the queue."),
              u"--server URL --login NAME CONVERSATION [--to LOGIN] --reason TEXT"_s,
              link + QList<QCommandLineOption> { kToAgent },
              reassignCommand });
    app.add({ { u"supervise"_s, u"disable"_s },
              CliApp::tr("Cut an agent off at once (supervisors)."),
              u"--server URL --login NAME AGENT --reason TEXT"_s,
              link,
              [](Invocation &call) {
                  return agentCommand(call, CommandOp::DisableAgent,
                                      CliApp::tr("agent %1 disabled"));
              } });
    app.add({ { u"supervise"_s, u"enable"_s },
              CliApp::tr("Let a disabled agent in again (supervisors)."),
              u"--server URL --login NAME AGENT --reason TEXT"_s,
              link,
              [](Invocation &call) {
                  return agentCommand(call, CommandOp::EnableAgent, CliApp::tr("agent %1 enabled"));
              } });
    app.add({ { u"supervise"_s, u"wipe"_s },
              CliApp::tr("Order (or --clear) a remote wipe of an agent's workstation cache."),
              u"--server URL --login NAME AGENT [--clear] --reason TEXT"_s,
              link + QList<QCommandLineOption> { kClear },
              [](Invocation &call) {
                  const bool clear = call.parser.isSet(kClear);
                  return agentCommand(call, clear ? CommandOp::ClearWipe : CommandOp::OrderWipe,
                                      clear ? CliApp::tr("wipe order for %1 cleared")
                                            : CliApp::tr("wipe ordered for %1"));
              } });
    app.add({ { u"supervise"_s, u"surge"_s },
              CliApp::tr("Start or stop a surge (reservists, wider routing)."),
              u"--server URL --login NAME on|off --reason TEXT [--channels L] [--languages L]"_s,
              link + QList<QCommandLineOption> { kChannels, kLanguages },
              surgeCommand });
    app.add({ { u"supervise"_s, u"enrolment-code"_s },
              CliApp::tr("A one-time code for a reservist to create their account (during a "
                         "surge)."),
              u"--server URL --login NAME [--minutes N] [--hours N] [--languages L] "
              "[--reason TEXT]"_s,
              link + QList<QCommandLineOption> { kMinutes, kHours, kLanguages },
              enrolmentCodeCommand });
    app.add({ { u"enrol"_s },
              CliApp::tr("Create your reservist account with a supervisor's enrolment code."),
              u"--server URL --code CODE --login NAME [--name NAME] (password in "
              "GUICHET_PASSWORD)"_s,
              { kServer, kLogin, kTimeout, kCode, kName },
              enrolCommand });
}

} // namespace Guichet::Cli
