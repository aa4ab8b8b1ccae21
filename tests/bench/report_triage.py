#!/usr/bin/env python3
"""Markdown for docs/benchmarks.md from bench_triage's JSON: the triage engine beside the
old EmergencyDetector on the labelled set (tests/data/triage), same run."""
import json
import sys

data = json.load(open(sys.argv[1]))
machine = sys.argv[2]
LANGS = ["fr", "en", "de", "it", "es", "all"]
# The held-back parts before heldback8 are tuning data (from bundle .11, heldback7 from
# .13; docs/triage.md): their figures are regression checks, not measures; the
# measure is heldback8.
NAMES = {"tune": "Tuning part (fitted on: not a measure)",
         "heldback8": "Eighth held-back part, the measure (by a fourth independent author, after bundle .12)",
         "heldback7": "Seventh held-back part (independent author; tuning data from bundle .13)",
         "heldback": "First held-back part (tuning data from bundle .11)",
         "heldback2": "Second held-back part (tuning data from bundle .11)",
         "heldback3": "Third held-back part (tuning data from bundle .11)",
         "heldback4": "Fourth held-back part (tuning data from bundle .11)",
         "heldback5": "Fifth held-back part (independent author; tuning data from bundle .11)",
         "heldback6": "Sixth held-back part (independent author; tuning data from bundle .11)",
         "after": "Written after the freeze of bundle .1 (tuning data from bundle .11)"}

print("## Triage (guichet::triage) against the old EmergencyDetector\n")
print(f"{machine} `bench_triage`: the {data['messages']} labelled messages of tests/data/triage "
      f"through the shipped bundle ({data['version']}) and through the old EmergencyDetector (its "
      "regular expressions; it has no SGBV decision), in one run. Recall: emergencies flagged; "
      "false alarms: messages that are not emergencies flagged as one; SGBV recall: SGBV cases "
      "flagged SGBV. Only heldback8 measures anything: the earlier held-back parts are tuning data "
      "(from bundle .11; heldback7 from .13; docs/triage.md).\n")
for split in ("heldback8", "heldback7", "heldback", "heldback2", "heldback3", "heldback4", "heldback5", "heldback6", "after",
              "tune"):
    s = data["splits"].get(split)
    if not s or "all" not in s["triage"]:
        continue
    print(f"### {NAMES[split]}\n")
    print("| language | messages (emerg. / other / SGBV) | emergency recall | false alarms | SGBV recall |")
    print("|---|---|---|---|---|")
    for lang in LANGS:
        t, r = s["triage"].get(lang), s["reference"].get(lang)
        if not t:
            continue
        print(f"| {lang} | {t['emergencies']} / {t['others']} / {t['sgbv']} "
              f"| **{t['recall']:.3f}** (ref. {r['recall']:.3f}) "
              f"| **{t['falseAlarms']:.3f}** (ref. {r['falseAlarms']:.3f}) "
              f"| **{t['sgbvRecall']:.3f}** (ref. —) |")
    print()
tt, rt = data["time"]["triage"], data["time"]["reference"]
print(f"Time per message (each message's best of {data['rounds']} passes): mean "
      f"**{tt['meanMicros']:.0f} µs**, 99th percentile **{tt['p99Micros']:.0f} µs**, worst "
      f"{tt['worstMicros']:.0f} µs (the longest stories); reference mean {rt['meanMicros']:.0f} µs, "
      f"99th percentile {rt['p99Micros']:.0f} µs, worst {rt['worstMicros']:.0f} µs. "
      f"Building the engine from its bundle: {data['bundleLoadMs']:.0f} ms, once per bundle.")
