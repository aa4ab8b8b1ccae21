#!/usr/bin/env python3
"""Markdown for docs/benchmarks.md from bench_supervise's JSON lines (SQLite, then PostgreSQL)."""
import json
import sys

machine = sys.argv[1]
lines = [json.loads(l) for l in sys.stdin if l.strip().startswith("{")]
backends = [b for b in ("sqlite", "postgresql") if any(l["backend"] == b for l in lines)]
names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


# Several runs of a back-end on the same data (scripts/bench: each begins with its
# "data" line): the figures are the median run's, by the p99 of `stats`.
run = {}
for l in lines:
    if l["metric"] == "data":
        run[l["backend"]] = run.get(l["backend"], -1) + 1
    l["run"] = run.get(l["backend"], 0)


def runs_of(backend, metric):
    return [l for l in lines if l["backend"] == backend and l["metric"] == metric and "p99" in l]


chosen = {}
for b in backends:
    ranked = sorted(runs_of(b, "stats"), key=lambda l: l["p99"])
    chosen[b] = ranked[(len(ranked) - 1) // 2]["run"] if ranked else 0


def get(backend, metric):
    found = [l for l in lines if l["backend"] == backend and l["metric"] == metric]
    return next((l for l in found if l["run"] == chosen[backend]), found[0] if found else None)


def cell(backend, metric, key="p50"):
    l = get(backend, metric)
    if not l or key not in l:
        return "—"
    v = l[key]
    if v >= 10000:
        return f"{v/1000:.2f} s"
    return f"{v:.1f} ms" if v >= 1 else f"{v:.2f} ms"


print("## Supervision at scale: figures over a million conversations, and start-up\n")
if not backends or not get(backends[0], "stats"):
    print("The run did not complete.")
    sys.exit(0)
data = {b: get(b, "data") for b in backends}
first = data[backends[0]]
print(f"{machine} A database filled with {first['conversations']:,} generated conversations over a year "
      f"(tests/data/supervise-seed.sql, bulk SQL in one transaction: {first['messages']:,} messages, "
      f"{first['surveys']:,} ratings, redirects, {first['waiting']} waiting and {first['open']} open now, "
      f"{first['today']:,} opened today), on SQLite and on a throwaway PostgreSQL cluster (fsync off, "
      "analysed after the load). The server's own code, in the bench's process, runs each command as the "
      "server does (no network, no client): server-side time. Reference, same data, same run, same "
      "connection: plain `COUNT(*)` queries. Wall-clock p50 and p99 (nearest rank) over the runs after one "
      "untimed run; CPU: the bench thread's CPU time for the same runs (user and system; on PostgreSQL the "
      "database's own processes are not in it), p50 / p99.\n")
header = " | ".join(f"{names[b]} p50 | {names[b]} p99 | {names[b]} CPU" for b in backends)
print(f"| Figure | runs | {header} |")
print("|---|---:|" + "---:|---:|---:|" * len(backends))
rows = [
    ("`stats` (queue, agents, today, redirects, surge, the page's series and comments), the whole call: "
     "what the supervisor page asks on opening and at each refresh", "stats"),
    ("— the queue: waiting by channel and language, SLA, flags (one query)", "stats_queue"),
    ("— the agents with their load (one query)", "stats_agents"),
    ("— today's figures (three queries, below)", "stats_day"),
    ("&nbsp;&nbsp;today's conversations: first reply (`first_reply_at`) and outcome, one pass (percentiles and redirects counted in the server)", "day_first_responses"),
    ("&nbsp;&nbsp;closed today", "day_closed"),
    ("&nbsp;&nbsp;ratings today: count and mean", "day_csat"),
    ("— series: opened per hour over 24 hours (one query)", "series_hours"),
    ("— series: ratings per day over 7 days (seven queries)", "series_days"),
    ("— the five newest survey comments (one query)", "series_comments"),
    ("`report` of today, every page (the page's CSV export of today; audited)", "report_today"),
    ("`stats` then today's `report`, every page (what earlier runs called the view's refresh)", "stats_and_report_today"),
    ("`report` of yesterday, every page (audited)", "report_day"),
    ("Reference: `SELECT count(*) FROM conversations`", "count_all"),
    ("Reference: `count(*)` of the waiting ones", "count_waiting"),
    ("Reference: `count(*)` of today's", "count_today"),
]


def ms(v):
    if v >= 10000:
        return f"{v/1000:.2f} s"
    return f"{v:.1f} ms" if v >= 1 else f"{v:.2f} ms"


def cpu(backend, metric):
    l = get(backend, metric)
    if not l or "cpuP50" not in l:
        return "—"
    return f"{ms(l['cpuP50'])} / {ms(l['cpuP99'])}"


def runs(metric):
    return "/".join(sorted({str(get(b, metric)["runs"]) for b in backends if get(b, metric) and "runs" in get(b, metric)}))


for label, metric in rows:
    print(f"| {label} | {runs(metric)} | " + " | ".join(
        f"{cell(b, metric)} | {cell(b, metric, 'p99')} | {cpu(b, metric)}" for b in backends) + " |")
print()
# The slowest run of each goal figure: waiting for a core (involuntary context
# switches), for I/O or a lock (voluntary ones, major faults), or working (CPU).
for b in backends:
    for metric, label in (("stats", "`stats`"), ("stats_and_report_today", "`stats` then today's `report`")):
        l = get(b, metric)
        if not l or "worst" not in l:
            continue
        w = l["worst"]
        print(f"{names[b]}, {label}: slowest of {l['runs']} runs {ms(w['wall'])} wall for {ms(w['cpu'])} of CPU, "
              f"{w['involuntary']} involuntary and {w['voluntary']} voluntary context switches, "
              f"{w['majorFaults']} major and {w['minorFaults']} minor page faults; p90 {ms(l['p90'])}.")
for b in backends:
    each = runs_of(b, "stats")
    if len(each) > 1:
        p99s = " / ".join("%.1f" % l["p99"] for l in each)
        both = " / ".join("%.1f" % l["p99"] for l in runs_of(b, "stats_and_report_today"))
        print(f"{names[b]}: {len(each)} runs on the same data, the median one (by `stats` p99) above; p99 of "
              f"`stats` in each run {p99s} ms, of `stats` then today's `report` {both} ms.")
print()
for b in backends:
    seed = get(b, "seed")
    if seed:
        print(f"Generating the data on {names[b]}: {seed['seconds']:.0f} s; database size "
              f"{data[b]['bytes']/1048576:.0f} MiB.")
print()
ok = all(get(b, "stats") and get(b, "stats").get("p99", 1e9) < 100 for b in backends)
print(f"Goal (stats and the supervisor view, which asks `stats`, under 100 ms server-side at p99, both "
      f"back-ends): {'met' if ok else 'NOT met'} "
      f"({', '.join(f'{names[b]} ' + cell(b, 'stats', 'p99') for b in backends)}). "
      f"`stats` then today's whole report, under 100 ms at p99: "
      + ", ".join(f"{names[b]} {'met' if get(b, 'stats_and_report_today') and get(b, 'stats_and_report_today')['p99'] < 100 else 'NOT met'} ({cell(b, 'stats_and_report_today', 'p99')})" for b in backends)
      + ".\n")
print("Start-up with the same database: the agent hub's read of the conversations it keeps for visibility "
      "(every conversation, as before; the open ones through the `conversations_open` index, as now; "
      "a closed one is read when a sync or an event asks for it), and the real `guichet-server` from launch "
      "to \"listening on\" (schema already current).\n")
print("| Start-up | " + " | ".join(names[b] for b in backends) + " |")
print("|---|" + "---:|" * len(backends))
print("| Agent hub read, every conversation (before) | " + " | ".join(cell(b, "hub_read_all") for b in backends) + " |")
print("| Agent hub read, open conversations (now) | " + " | ".join(cell(b, "hub_read_open") for b in backends) + " |")
print("| `guichet-server` launch to listening (now) | " + " | ".join(cell(b, "server_start") for b in backends) + " |")
