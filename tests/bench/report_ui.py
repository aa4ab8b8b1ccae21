#!/usr/bin/env python3
"""Markdown for docs/benchmarks.md from bench_ui's JSON line (stdin)."""
import json
import statistics
import sys

FILTER_GOAL_MS = 50
START_GOAL_MS = 1000

machine = sys.argv[1]
lines = [json.loads(l) for l in sys.stdin if l.strip().startswith("{")]
print("## Queue view at 100,000 conversations, and cold start\n")
if not lines:
    print("The run did not complete.")
    sys.exit(0)
r = lines[-1]
n = r["conversations"]
runs = r["runs"]


def ms(v):
    return f"{v:.1f} ms" if v < 100 else f"{v:.0f} ms"


print(f"{machine} `bench_ui`, Qt's offscreen platform (software rendering into memory, as on a "
      "workstation without GPU). Ours: `QueueModel` behind the `QueuePanel` (a `QListView` with uniform "
      "row heights and the `QueueDelegate` painting each row), 1400×900. Reference, same run, same viewport "
      f"size: a bare `QListView` (default delegate, uniform row heights) over a `QStringListModel` of the same "
      f"{n:,} conversations as text (citizen, reference, subject, last message, plus tags such as `lang:en`), "
      "filtered with `QSortFilterProxyModel::setFilterFixedString` (case-insensitive) so that each filter "
      f"selects the same rows on both sides. Every filter is timed from the call until the events it posted are "
      f"handled and the view is repainted; each goes from all {n:,} rows (open and closed) and back; "
      f"median and p95 over {runs} runs, the two sides alternating.\n")

print("| Measure | Guichet | of which `QueueModel` | bare QListView | goal |")
print("|---|---:|---:|---:|---|")
filter_ok = True
for f in r["filters"]:
    ok = f["p95Ms"] < FILTER_GOAL_MS
    filter_ok &= ok
    rows = f"{f['rows']:,} rows" if f["rows"] == f["refRows"] else f"{f['rows']:,} / {f['refRows']:,} rows"
    print(f"| Filter: {f['name']} ({rows}), median / p95 | {ms(f['medianMs'])} / {ms(f['p95Ms'])} "
          f"| {ms(f['modelMedianMs'])} | {ms(f['refMedianMs'])} / {ms(f['refP95Ms'])} | under {FILTER_GOAL_MS} ms: "
          f"{'met' if ok else 'NOT met'} |")
e = r["events"]
print(f"| {e['count']:,} live events one at a time ({e['new']} new, {e['updated']} updates), total "
      f"(per event) | {ms(e['totalMs'])} ({e['meanUs']:.0f} µs) | {ms(e['upsertMs'])} "
      f"({e['upsertMs'] * 1000 / e['count']:.0f} µs) | {ms(e['refTotalMs'])} ({e['refMeanUs']:.0f} µs) | — |")
first = r["load"]["firstSearchMs"]
filter_ok &= first < FILTER_GOAL_MS
print(f"| First search after the load, one run | {ms(first)} | — | — "
      f"| under {FILTER_GOAL_MS} ms: {'met' if first < FILTER_GOAL_MS else 'NOT met'} |")
ld = r["load"]
print(f"| Repaint the rows in sight, nothing changed, median | {ms(ld['paintMs'])} ({ld['rowsInSight']} rows) "
      f"| — | {ms(ld['refPaintMs'])} ({ld['refRowsInSight']} rows) | — |")
print(f"| Load {n:,} conversations into the shown view | {ms(r['load']['ms'])} | — | {ms(r['load']['refMs'])} | — |")



def notes():
    per_row = e["meanUs"] - e["upsertMs"] * 1000 / e["count"]
    print("The data: 55% of the conversations closed, 25% waiting, 20% taken; French 55%, English 15%, "
          "Spanish 12%, German 10%, Italian 8%; web chat, web form, Messenger, X; 5% emergencies, 3% "
          "violence cases; realistic names, subjects and last messages in each language. \"Of which "
          "`QueueModel`\" is the time until `setFilter()` or `upsert()` returns, the view's synchronous "
          "handlers included; the rest is the view's layout and painting.")
    print(f"Live events: `upsert()` costs {e['upsertMs'] * 1000 / e['count']:.0f} µs an event; the other "
          f"{per_row / 1000:.1f} ms are Qt's: after a row is inserted or moved, `QListView` lays out every row "
          "again at the next turn of the event loop (it asks the model for each row's index and looks it up "
          "among the persistent indexes), then repaints. The bare list pays the same, plus "
          "`QSortFilterProxyModel`'s mapping. Events that come in one sync batch go to `upsert()` together "
          "and cost one layout.")
    print()


cold = r.get("coldStart") or {}
cold_runs = cold.get("runs") or []
start_ok = None
if cold_runs:
    def med(key):
        return statistics.median(run[key] for run in cold_runs)

    starts = [run["totalMs"] - run["kdfMs"] for run in cold_runs]
    start = statistics.median(starts)
    start_ok = start < START_GOAL_MS
    print(f"| Cold start with a {cold['conversations']:,}-conversation cache: main() to the window shown, "
          f"unlocked and painted, KDF excluded; median of {len(cold_runs)} (slowest) | {ms(start)} "
          f"({ms(max(starts))}) | — | — | under 1 s: {'met' if start_ok else 'NOT met'} |")
    print()
    notes()
    print(f"Cold start, medians: QApplication {ms(med('appMs'))}; unlock and load the queue "
          f"{ms(med('openMs'))} (of which the key derivation {med('kdfMs'):.1f} ms at the minimum cost, "
          f"taken out above; the shipped FAQ is indexed here too); main window built {ms(med('windowMs'))}; "
          f"shown and first painted {ms(med('paintMs'))}. From the process's start, dynamic loading "
          f"included: {ms(med('spawnToPaintMs'))}. Peak memory {med('peakRssKiB') / 1024:.0f} MiB. "
          f"Every start shows {cold_runs[0]['rows']:,} open conversations (the queue's default filter). "
          f"The cache: {cold['cacheBytes'] / 1048576:.0f} MiB, written in {cold['createMs'] / 1000:.1f} s.")
    quiet = cold.get("runsNoRetention") or []
    if quiet:
        purge = start - statistics.median(run["totalMs"] - run["kdfMs"] for run in quiet)
        print(f"The retention purge (closed conversations older than 30 days; none here), which the "
              f"workstation runs a moment after the window is up, differs from the same starts with it "
              f"off, interleaved, by {ms(purge)} (median {ms(start - purge)} without it).")
    if cold.get("kdfModerateMs", -1) > 0:
        print(f"Not counted, as the issue asks: the unlock's key derivation at the workstations' default "
              f"cost (Argon2id, libsodium \"moderate\", 256 MiB) takes {ms(cold['kdfModerateMs'])} here.")
else:
    print()
    notes()
    print("The cold start did not run.")
print()
goals = [f"filter under {FILTER_GOAL_MS} ms (every filter's p95, and the first search) — "
         f"{'met' if filter_ok else 'NOT met'}"]
if start_ok is not None:
    goals.append(f"start under 1 s (unlock KDF excluded) — {'met' if start_ok else 'NOT met'}")
print("Goals: " + "; ".join(goals) + ".")
