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

    //! Connect, say hello, log in with the password.
    Result<void> open(const QUrl &server, const QString &login, const QString &password)
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
        send(Protocol::Login { login, password, {} });
        auto welcome = next<Protocol::Welcome>();
        if (!welcome)
            return welcome.error();
        return {};
    }

    //! Ask, and wait for the acknowledgement of that command.
    Result<QJsonObject> ask(CommandOp op, const QJsonObject &args = {})
    {
        const QString id = newUuid();
        send(Protocol::Command { id, op, 0, args });
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
}

} // namespace Guichet::Cli
