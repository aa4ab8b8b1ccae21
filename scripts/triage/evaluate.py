#!/usr/bin/env python3
"""Per-language figures of a triage bundle on one split, and nothing else.

    scripts/triage/evaluate.py --split heldback5 [--bundle FILE]

Prints, for each language and for all together, emergency recall, false alarms,
SGBV recall and false SGBV flags (messages that are not SGBV, flagged SGBV) of
the rows of tests/data/triage/*.jsonl whose "split" is the one named: aggregate
counts only, never a message or its result, so that a
held-back part can be measured once without being read (docs/triage.md). The
scores are those of scripts/triage/features.py, the engine's twin (the bundle's
self-check holds them to the engine's within 0.001); the thresholds are the
bundle's, per language when it has them, as the server's language hint picks
them. Python standard library only.
"""

import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import features as F  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", required=True)
    parser.add_argument("--bundle", default=str(ROOT / "resources/triage/bundle.json"))
    args = parser.parse_args()

    bundle = json.loads(pathlib.Path(args.bundle).read_text(encoding="utf-8"))
    extractor = F.Extractor(bundle)
    models = {}
    for label in ("emergency", "sgbv"):
        m = bundle["models"][label]
        models[label] = {"bias": m["bias"], "named": m["named"], "hashed": {k: v for k, v in m["hashed"]},
                         "threshold": m["threshold"], "thresholds": m.get("thresholds", {})}

    counts = {}
    for path in sorted((ROOT / "tests/data/triage").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row["split"] != args.split:
                continue
            named, hashed = extractor.features(row["text"])
            flags = {}
            for label, m in models.items():
                threshold = m["thresholds"].get(row["lang"], m["threshold"])
                flags[label] = F.score(m, named, hashed) >= threshold
            for lang in (row["lang"], "all"):
                c = counts.setdefault(lang, [0] * 8)
                if row["emergency"]:
                    c[0] += 1
                    c[1] += flags["emergency"]
                else:
                    c[2] += 1
                    c[3] += flags["emergency"]
                if row["sgbv"]:
                    c[4] += 1
                    c[5] += flags["sgbv"]
                else:
                    c[6] += 1
                    c[7] += flags["sgbv"]
    if not counts:
        sys.exit(f"evaluate.py: no rows of split {args.split!r}")
    print(f"bundle {bundle['version']}, split {args.split}")
    for lang in sorted(k for k in counts if k != "all") + ["all"]:
        e, ef, o, of, s, sf, n, nf = counts[lang]
        ratio = lambda a, b: f"{a / b:.3f} ({a}/{b})" if b else "-"  # noqa: E731
        print(f"  {lang:3} emergency recall {ratio(ef, e)}  false alarms {ratio(of, o)}  SGBV recall {ratio(sf, s)}"
              f"  false SGBV flags {ratio(nf, n)}")


if __name__ == "__main__":
    main()
