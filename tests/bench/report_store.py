#!/usr/bin/env python3
"""Markdown for docs/benchmarks.md from the two store benchmark runs (Google
Benchmark JSON): encrypted (SQLCipher) against plain SQLite, same code, same run."""
import json
import sys

cipher_file, plain_file, machine = sys.argv[1], sys.argv[2], sys.argv[3]


def means(path):
    data = json.load(open(path))
    result = {}
    for b in data["benchmarks"]:
        if b.get("aggregate_name") == "mean":
            result[b["run_name"]] = b
    return data.get("context", {}), result


_, cipher = means(cipher_file)
_, plain = means(plain_file)
labels = {
    "BM_InsertMessagesBatched/1000": "Insert messages, batches of 1,000 in one transaction",
    "BM_LoadQueue/10000": "Load a 10,000-conversation queue",
    "BM_OpenCache": "Open the cache (raw key, no KDF) and check the schema",
}
print("## Encrypted store (SQLCipher) against plain SQLite\n")
print(machine + " Same storage code built twice (`bench_store`, `bench_store_plain`), run back to back; mean of 5 repetitions.\n")
print("| Operation | SQLCipher | plain SQLite | encrypted / plain throughput |")
print("|---|---:|---:|---:|")
worst = None
for key, label in labels.items():
    c, p = cipher.get(key), plain.get(key)
    if not c or not p:
        continue
    unit = c["time_unit"]
    ratio = p["real_time"] / c["real_time"]
    items = ""
    if "items_per_second" in c:
        items = f" ({c['items_per_second']:,.0f}/s vs {p['items_per_second']:,.0f}/s)"
    print(f"| {label} | {c['real_time']:.2f} {unit} | {p['real_time']:.2f} {unit} | {ratio:.2f}×{items} |")
    if key != "BM_OpenCache":
        worst = ratio if worst is None else min(worst, ratio)
print()
goal = "met" if worst is not None and worst >= 0.7 else "NOT met"
print(f"Goal: encrypted at least 0.7× plain on inserts and queue load — {goal} (worst {worst:.2f}×).")
print("Inside a transaction SQLite copies each page a statement modifies to a statement journal when the statement may abort half-way (`INSERT OR REPLACE` on a table with a foreign key does), and SQLCipher encrypts every page written there: 3 extra page encryptions per message, 0.31× plain. The store updates then inserts instead, which needs no statement journal; its single-row `UPDATE`s say `OR FAIL`, since the default `ABORT` keeps a statement journal too (a first sync spent half its time encrypting it: 100,000 conversation updates took 3.9 s with `ABORT`, 0.6 s with `OR FAIL`, in a standalone test). Message ids are UUIDv7 (time-ordered), so their index grows at one end.")
print("The plain build uses Debian's SQLite 3.40; SQLCipher 3.4 embeds SQLite 3.15, so part of the gap is the SQLite version, not encryption.")
