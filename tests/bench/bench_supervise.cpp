// The supervisors' figures at scale (scripts/bench supervise): a database
// filled with generated conversations (tests/data/supervise-seed.sql, bulk SQL
// in one transaction, not through the API), then the server's own code timed
// in this process, as the server runs it for a "stats" or "report" command:
// no network, no client. The reference, on the same data in the same run:
// plain COUNT(*) queries. Then start-up: the agent hub's read of the
// conversations (all of them, as it was; the open ones, as it is) and the real
// guichet-server's time from launch to listening. One JSON object per line.
#include "server/conversations/conversationservice.h"
#include "server/core/allocator.h"
#include "server/core/serveroptions.h"
#include "server/storage/storage.h"
#include "server/wiring.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <sys/resource.h>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace Guichet;
using namespace Guichet::Server;

namespace {

QString g_backend;
qint64 g_conversations = 0;

void record(const QString &metric, QJsonObject o)
{
    o.insert(u"backend"_s, g_backend);
    o.insert(u"conversations"_s, g_conversations);
    o.insert(u"metric"_s, metric);
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double percentile(QList<double> values, int percent)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype rank = (values.size() * percent + 99) / 100; // nearest rank
    return values[std::max<qsizetype>(rank - 1, 0)];
}

FILE *g_samples = nullptr; // --samples: every timed run, one line each

struct Usage
{
    double cpuMs = 0; // this thread's CPU time
    long voluntary = 0; // waits: I/O, a lock, a sleep
    long involuntary = 0; // preempted: waiting for a core
    long majorFaults = 0;
    long minorFaults = 0;

    static Usage now()
    {
        Usage u;
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        u.cpuMs = ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
        rusage r {};
        getrusage(RUSAGE_THREAD, &r);
        u.voluntary = r.ru_nvcsw;
        u.involuntary = r.ru_nivcsw;
        u.majorFaults = r.ru_majflt;
        u.minorFaults = r.ru_minflt;
        return u;
    }
};

//! Runs @p once @p runs times (after one untimed run), reports p50/p90/p99/max
//! of the wall-clock time in ms, and the same of this thread's CPU time: a run
//! whose wall clock is far above its CPU time waited (for a core, when its
//! involuntary context switches say so; for I/O or a lock when its voluntary
//! ones do); one whose CPU time is high did the work.
void timeIt(const QString &metric, int runs, const std::function<bool()> &once,
            QJsonObject extra = {})
{
    if (!once()) {
        record(metric, { { u"error"_s, u"failed"_s } });
        return;
    }
    QList<double> ms;
    QList<double> cpu;
    double worst = -1;
    QJsonObject worstRun;
    for (int i = 0; i < runs; ++i) {
        const Usage before = Usage::now();
        QElapsedTimer timer;
        timer.start();
        if (!once()) {
            record(metric, { { u"error"_s, u"failed"_s } });
            return;
        }
        const double wall = timer.nsecsElapsed() / 1e6;
        const Usage after = Usage::now();
        const double cpuMs = after.cpuMs - before.cpuMs;
        ms.append(wall);
        cpu.append(cpuMs);
        const QJsonObject run {
            { u"wall"_s, wall },
            { u"cpu"_s, cpuMs },
            { u"voluntary"_s, qint64(after.voluntary - before.voluntary) },
            { u"involuntary"_s, qint64(after.involuntary - before.involuntary) },
            { u"majorFaults"_s, qint64(after.majorFaults - before.majorFaults) },
            { u"minorFaults"_s, qint64(after.minorFaults - before.minorFaults) }
        };
        if (wall > worst) {
            worst = wall;
            worstRun = run;
        }
        if (g_samples) {
            QJsonObject line = run;
            line.insert(u"metric"_s, metric);
            line.insert(u"backend"_s, g_backend);
            line.insert(u"at"_s, QDateTime::currentMSecsSinceEpoch());
            std::fprintf(g_samples, "%s\n",
                         QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        }
    }
    extra.insert(u"runs"_s, runs);
    extra.insert(u"p50"_s, percentile(ms, 50));
    extra.insert(u"p90"_s, percentile(ms, 90));
    extra.insert(u"p99"_s, percentile(ms, 99));
    extra.insert(u"max"_s, percentile(ms, 100));
    extra.insert(u"cpuP50"_s, percentile(cpu, 50));
    extra.insert(u"cpuP99"_s, percentile(cpu, 99));
    extra.insert(u"worst"_s, worstRun);
    record(metric, extra);
}

qint64 scalar(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec() || !q.next()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool seed(Storage &storage, const QString &file, qint64 count, qint64 first, qint64 now)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
        return false;
    }
    QString sql = QString::fromUtf8(f.readAll());
    sql.remove(QRegularExpression(u"^--[^\n]*\n"_s, QRegularExpression::MultilineOption));
    sql.replace(u"{{N}}"_s, QString::number(count));
    sql.replace(u"{{FIRST}}"_s, QString::number(first));
    sql.replace(u"{{SPAN}}"_s, QString::number(365LL * 24 * 3600 * 1000));
    sql.replace(u"{{NOW}}"_s, QString::number(now));
    // Bulk SQL, not through the stores: on Storage's own connection, found by
    // the name it was opened with (Storage hands out no raw connection).
    QSqlDatabase db = QSqlDatabase::database(u"bench"_s, false);
    if (!db.transaction())
        return false;
    for (const QString &statement : sql.split(QRegularExpression(u";\\s*\n"_s))) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            std::fprintf(stderr, "seed: %s\n", qPrintable(q.lastError().text()));
            db.rollback();
            return false;
        }
    }
    if (!db.commit())
        return false;
    if (storage.database().backend() == Database::Backend::Sqlite) {
        // Into the database file, as the server's checkpointer would have done
        // long before: else the next start pays for the bulk load's log.
        QSqlQuery q(db);
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    if (storage.database().backend() == Database::Backend::Postgres) {
        // Explicit ids leave the sequence behind; production has statistics
        // (autovacuum) that a fresh bulk load does not have yet.
        QSqlQuery q(db);
        q.exec(u"SELECT setval(pg_get_serial_sequence('conversations', 'id'), "
               "(SELECT max(id) FROM conversations))"_s);
        q.exec(u"ANALYZE"_s);
    }
    return true;
}

//! Launch to "listening on": the real server's start-up.
double startServer(const QString &binary, const QStringList &args)
{
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    server.start(binary, args + QStringList { u"--listen"_s, u"127.0.0.1:0"_s });
    QByteArray output;
    double ms = -1;
    while (timer.elapsed() < 600000 && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(50);
        output += server.readAll();
        if (output.contains("listening on")) {
            ms = timer.nsecsElapsed() / 1e6;
            break;
        }
    }
    if (ms < 0)
        std::fprintf(stderr, "server did not start: %s\n", output.right(2000).constData());
    server.terminate();
    if (!server.waitForFinished(30000))
        server.kill();
    server.waitForFinished(5000);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    // As guichet-server does; --glibc-malloc leaves glibc's defaults, to compare.
    if (std::none_of(argv + 1, argv + argc,
                     [](const char *a) { return qstrcmp(a, "--glibc-malloc") == 0; }))
        keepFreedMemory();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { u"data"_s, u"Data folder."_s, u"DIR"_s },
          { u"database"_s, u"PostgreSQL URL (else SQLite in the data folder)."_s, u"URL"_s },
          { u"seed"_s, u"Generator SQL (tests/data/supervise-seed.sql)."_s, u"FILE"_s },
          { u"conversations"_s, u"Conversations in the database."_s, u"N"_s, u"1000000"_s },
          // At least a few hundred: with 50, the nearest-rank p99 is the maximum.
          { u"runs"_s, u"Timed runs of each figure."_s, u"R"_s, u"1000"_s },
          { u"glibc-malloc"_s, u"Leave glibc's allocator defaults (not as the server)."_s },
          { u"sqlite-pragma"_s, u"Run PRAGMA P on the connection first (to compare)."_s, u"P"_s },
          { u"no-checkpointer"_s, u"No SQLite checkpoints while timing (to compare)."_s },
          { u"samples"_s, u"Write every timed run to FILE (JSON lines)."_s, u"FILE"_s },
          { u"server"_s, u"guichet-server binary, for its start-up time."_s, u"FILE"_s },
          { u"starts"_s, u"Server starts timed."_s, u"S"_s, u"3"_s },
          { u"before-runs"_s, u"Timed reads of every conversation (0: none)."_s, u"R"_s,
            u"3"_s } });
    parser.process(app);
    QStringList serverArgs { u"--data"_s, parser.value(u"data"_s) };
    if (parser.isSet(u"database"_s))
        serverArgs << u"--database"_s << parser.value(u"database"_s);
    bool exitNow = false;
    QString message;
    auto options =
        ServerOptions::parse(QStringList { u"guichet-server"_s } + serverArgs, &exitNow, &message);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error().message));
        return 2;
    }
    g_backend = parser.isSet(u"database"_s) ? u"postgresql"_s : u"sqlite"_s;
    const qint64 wanted = parser.value(u"conversations"_s).toLongLong();
    const int runs = parser.value(u"runs"_s).toInt();
    if (parser.isSet(u"samples"_s)) {
        g_samples = std::fopen(qPrintable(parser.value(u"samples"_s)), "a");
        if (!g_samples) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(u"samples"_s)));
            return 2;
        }
    }

    {
        QElapsedTimer opening;
        opening.start();
        auto storage = Storage::open(*options, u"bench"_s);
        if (!storage) {
            std::fprintf(stderr, "%s\n", qPrintable(storage.error().message));
            return 1;
        }
        const double openMs = opening.nsecsElapsed() / 1e6; // includes the schema steps
        QSqlDatabase db = QSqlDatabase::database(u"bench"_s, false); // as in seed()
        for (const QString &pragma : parser.values(u"sqlite-pragma"_s)) {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA "_s + pragma)) {
                std::fprintf(stderr, "PRAGMA %s: %s\n", qPrintable(pragma),
                             qPrintable(q.lastError().text()));
                return 2;
            }
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 present = scalar(db, u"SELECT count(*) FROM conversations"_s);
        if (present < wanted) {
            QElapsedTimer timer;
            timer.start();
            if (!seed(**storage, parser.value(u"seed"_s), wanted - present, present + 1, now))
                return 1;
            record(
                u"seed"_s,
                { { u"seconds"_s, timer.elapsed() / 1000.0 }, { u"added"_s, wanted - present } });
        }
        g_conversations = scalar(db, u"SELECT count(*) FROM conversations"_s);
        record(u"data"_s,
               { { u"openMs"_s, openMs },
                 { u"messages"_s, scalar(db, u"SELECT count(*) FROM messages"_s) },
                 { u"surveys"_s, scalar(db, u"SELECT count(*) FROM surveys"_s) },
                 { u"waiting"_s,
                   scalar(db, u"SELECT count(*) FROM conversations WHERE state = 'queued'"_s) },
                 { u"open"_s,
                   scalar(db, u"SELECT count(*) FROM conversations WHERE state <> 'closed'"_s) },
                 { u"today"_s,
                   scalar(db, u"SELECT count(*) FROM conversations WHERE opened_at >= ?"_s,
                          { ConversationService::startOfDay(now) }) },
                 { u"bytes"_s,
                   g_backend == u"sqlite"_s
                       ? QFileInfo(parser.value(u"data"_s) + u"/guichet.sqlite"_s).size()
                           + QFileInfo(parser.value(u"data"_s) + u"/guichet.sqlite-wal"_s).size()
                       : scalar(db, u"SELECT pg_database_size(current_database())"_s) } });

        // As the server runs: SQLite's log is checkpointed every second on a thread
        // of its own (Database::startCheckpointer), while the figures are read.
        if (!parser.isSet(u"no-checkpointer"_s))
            (*storage)->database().startCheckpointer();
        ConversationService service(serviceStores(**storage), RoutingSettings {}, Clock::system());
        AgentRecord chief;
        chief.login = u"bench"_s;
        chief.role = Role::Supervisor;
        const auto ask = [&](CommandOp op, const QJsonObject &args = {}) {
            return service.query(chief, Protocol::Command { u"bench"_s, op, 0, args });
        };
        // A day's report, every page, as guichet-cli supervise report asks it.
        const auto report = [&](qint64 from, qint64 to) {
            QJsonObject args { { u"from"_s, from }, { u"to"_s, to } };
            for (;;) {
                const Protocol::Ack page = ask(CommandOp::Report, args);
                if (!page.ok)
                    return false;
                if (!page.result.value(u"more"_s).toBool())
                    return true;
                args.insert(u"afterOpened"_s, page.result.value(u"afterOpened"_s));
                args.insert(u"afterId"_s, page.result.value(u"afterId"_s));
            }
        };
        const qint64 today = ConversationService::startOfDay(QDateTime::currentMSecsSinceEpoch());
        const qint64 yesterday = ConversationService::startOfDay(today - 1);

        timeIt(u"stats"_s, runs, [&] { return ask(CommandOp::Stats).ok; });
        // The same call, part by part (ConversationService::stats): the queue,
        // the agents, today's figures; and today's statements one by one (the
        // SQL of FigureStore::dayFigures, repeated here to time each), then the series.
        FigureStore &store = (*storage)->figureStore();
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        timeIt(u"stats_queue"_s, runs,
               [&] { return bool(store.waitingCounts(at, at + 120000, at + 6 * 3600000)); });
        timeIt(u"stats_agents"_s, runs, [&] { return bool(store.agentLoads(at, at - 30000)); });
        timeIt(u"stats_day"_s, runs, [&] { return bool(store.dayFigures(today)); });
        // Today's conversations in one pass: the count, each first reply (kept
        // on the row) and the redirections.
        const qint64 noEnd = std::numeric_limits<qint64>::max(); // ranges closed, as there
        const QString dayPass = u"SELECT first_reply_at, opened_at, outcome FROM conversations "
                                "WHERE opened_at >= ? AND opened_at <= ?"_s;
        timeIt(u"day_first_responses"_s, runs, [&] {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(dayPass);
            q.bindValue(0, today);
            q.bindValue(1, noEnd);
            if (!q.exec())
                return false;
            while (q.next()) { }
            return true;
        });
        timeIt(u"day_closed"_s, runs, [&] {
            return scalar(db,
                          u"SELECT count(*) FROM conversations WHERE closed_at >= ? "
                          "AND closed_at <= ?"_s,
                          { today, noEnd })
                >= 0;
        });
        timeIt(u"day_csat"_s, runs, [&] {
            return scalar(db,
                          u"SELECT count(*), avg(rating) FROM surveys WHERE at >= ? AND at <= ?"_s,
                          { today, noEnd })
                >= 0;
        });
        // The supervisor page's series (ConversationService::statsSeries): opened
        // per hour over a day, ratings per day over a week, the newest comments.
        const qint64 hourStart = at - at % 3600000;
        timeIt(u"series_hours"_s, runs,
               [&] { return bool(store.openedPerHour(hourStart - 23 * 3600000LL, 24)); });
        timeIt(u"series_days"_s, runs, [&] {
            const QDate day = QDateTime::fromMSecsSinceEpoch(at).date();
            for (int i = 6; i >= 0; --i) {
                const qint64 start =
                    day.addDays(-i).startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
                const qint64 end =
                    day.addDays(1 - i).startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
                if (!store.satisfaction(start, end))
                    return false;
            }
            return true;
        });
        timeIt(u"series_comments"_s, runs, [&] { return bool(store.lastSurveyComments(5)); });
        // The supervisor page asks one stats on opening and at each refresh
        // (SupervisorBoard::ask): its server-side time is "stats" above, run as
        // the page runs it, one after the other. Today's report, every page, is
        // the page's CSV export of today (SupervisorBoard::exportReport); stats
        // then that export is what this bench called the view's refresh before
        // (kept, to compare with the figures measured then).
        timeIt(u"report_today"_s, std::max(runs / 5, 3),
               [&] { return report(today, QDateTime::currentMSecsSinceEpoch()); });
        timeIt(u"stats_and_report_today"_s, runs, [&] {
            return ask(CommandOp::Stats).ok && report(today, QDateTime::currentMSecsSinceEpoch());
        });
        timeIt(u"report_day"_s, std::max(runs / 5, 3), [&] { return report(yesterday, today); },
               { { u"rows"_s,
                   scalar(db,
                          u"SELECT count(*) FROM conversations WHERE opened_at >= ? "
                          "AND opened_at < ?"_s,
                          { yesterday, today }) } });

        // The reference: plain counts on the same tables.
        // The whole table: fewer runs (400 ms each on PostgreSQL), a reference only.
        timeIt(u"count_all"_s, std::max(runs / 5, 3),
               [&] { return scalar(db, u"SELECT count(*) FROM conversations"_s) >= 0; });
        timeIt(u"count_waiting"_s, runs, [&] {
            return scalar(db, u"SELECT count(*) FROM conversations WHERE state = 'queued'"_s) >= 0;
        });
        timeIt(u"count_today"_s, runs, [&] {
            return scalar(db, u"SELECT count(*) FROM conversations WHERE opened_at >= ?"_s,
                          { today })
                >= 0;
        });

        // The agent hub's start-up read: every conversation (as it was) and
        // the open ones (as it is), into the same hash.
        const auto hubRead = [&](bool all) {
            QHash<qint64, ConversationState> scopes;
            const QList<ConversationRecord> rows = all
                ? (*storage)->conversationStore().allConversations()
                : (*storage)->conversationStore().openConversations();
            for (const ConversationRecord &c : rows)
                scopes.insert(c.id, c.state);
            return !scopes.isEmpty();
        };
        if (const int before = parser.value(u"before-runs"_s).toInt(); before > 0)
            timeIt(u"hub_read_all"_s, before, [&] { return hubRead(true); });
        timeIt(u"hub_read_open"_s, 3, [&] { return hubRead(false); });
    }

    if (parser.isSet(u"server"_s)) {
        QList<double> starts;
        for (int i = 0; i < parser.value(u"starts"_s).toInt(); ++i)
            starts.append(startServer(parser.value(u"server"_s), serverArgs));
        record(u"server_start"_s,
               { { u"runs"_s, starts.size() },
                 { u"p50"_s, percentile(starts, 50) },
                 { u"max"_s, *std::max_element(starts.cbegin(), starts.cend()) } });
    }
    return 0;
}
