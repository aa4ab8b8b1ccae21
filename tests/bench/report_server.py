#!/usr/bin/env python3
"""Markdown for docs/benchmarks.md from bench_server_load's JSON lines (one per
storage back-end): guichet-server against the minimal WebSocket relay."""
import json
import sys

machine = sys.argv[1]
runs = [json.loads(line) for line in sys.stdin if line.strip().startswith("{")]
print("## Server load: agents, open chats, citizen messages\n")
if not runs:
    print("No run completed.")
    sys.exit(0)
r0 = runs[0]
print(f"{machine} {r0['agents']} agents (teams of five) and {r0['citizens']} open web chats on loopback; "
      f"citizens write {r0['rate']:.0f} messages/s for {r0['seconds']} s; latency from the citizen's send "
      "to the event on the socket of the agent holding the conversation. The load generator runs on the same "
      "two cores. Reference: `wsrelay`, a bare Qt WebSocket relay (no storage, no protocol), same load, same run.\n")
print("| Target | sent | received by the holder | lost | duplicates | messages/s | p50 | p99 | max | peak server memory |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
def row(name, o):
    print(f"| {name} | {o['sent']} | {o['received']} | {o['lost']} | {o['duplicates']} | {o['throughput'] or 0:.0f} | "
          f"{o['p50ms']:.1f} ms | {o['p99ms']:.1f} ms | {o['maxms']:.1f} ms | {o['peakRssKiB']/1024:.0f} MiB |")
row("minimal WebSocket relay (reference)", r0["relay"])
for r in runs:
    row(f"guichet-server, {r['backend']}", r["server"])
    if r.get("problem"):
        print(f"\nRun on {r['backend']} did not complete: {r['problem']}.")
print()
def met(r):
    o = r["server"]
    return (o["lost"] == 0 and o["duplicates"] == 0 and o["p99ms"] < 50
            and (o["throughput"] or 0) >= 0.98 * r["rate"])
verdicts = "; ".join(f"{'met' if met(r) else 'NOT met'} on {r['backend']} (p99 {r['server']['p99ms']:.1f} ms)"
                     for r in runs)
print(f"Goal (200 agents, 2,000 open chats, 500 messages/s, p99 under 50 ms, nothing lost): {verdicts}.")
print("Peak memory includes the Argon2id password checks at login (64 MiB each, two at a time).")
print("Where the time goes (perf, system-wide, 5 s of the PostgreSQL run, 2026-11-29): the two cores are saturated — "
      "load generator 49%, guichet-server 28%, PostgreSQL 22%, idle under 1%; half of it in the kernel, mostly "
      "`poll()` over the 2,200 sockets in both Qt event loops. The server records the chat messages that arrive "
      "in one turn of its event loop in one transaction (about 7 at this rate) and spends about 1 ms a message "
      "on PostgreSQL (five statements, each a round trip to a server on the same busy cores), 0.1 ms on SQLite. "
      "Latency spikes come in the first seconds, when the 2,000 chats opened together change SLA state together.")
