#!/usr/bin/env python3
"""Write tests/data/triage/triage.jsonl from the hand-written messages in source/*.txt.

source/<lang>.txt holds blocks:
    ## group <name> <split>          split: tune | heldback | after | heldback2 | ... | heldback7 | heldback8
    <labels> <kind> | <text>         labels: E (emergency), S (SGBV), ES (both), N (neither)
A text's "\\n" is a new line.

Each hand-written message is kept as written ("origin": "written"). Some are
also given a second spelling ("origin": "variant"), the way the same citizen
might have typed it: accents dropped, letters swapped, dropped or doubled,
capitals, no punctuation, common SMS abbreviations. A variant stays in its
message's group, so the two never fall on different sides of the split
(docs/triage.md). Seeded: the output is the same on every run.

source/frozen-<lang>.txt hold the second held-back part ("heldback2"),
written and committed before any tuning of bundle 2026-12-07.3: read last (the
ids of the other rows do not move), kept as written (no variants: they were
written with the accents, typos and SMS spellings a citizen uses), never read
by the trainer. source/frozen3-<lang>.txt hold the third held-back part
("heldback3"), written and committed before any tuning of the bundle after
2026-12-07.5, read after them, kept as written, never read by the trainer;
source/frozen4-<lang>.txt the fourth ("heldback4"), committed before any tuning
of the bundle after 2026-12-07.7, read after them, kept as written;
source/frozen5-<lang>.txt the fifth ("heldback5"), written by an independent
author who did not see the engine's knowledge, committed before any tuning of
the bundle after 2026-12-07.8, read after them, kept as written;
source/frozen6-<lang>.txt the sixth ("heldback6"), written by another
independent author who did not see the engine's knowledge, committed before
the engine was run on it, read after them, kept as written;
source/frozen7-<lang>.txt the seventh ("heldback7"), written by a third
independent author who did not see the engine's knowledge nor any existing
message, committed before the engine was run on it, read last, kept as written.
From bundle 2026-12-07.11 the parts before heldback7 ("heldback" to
"heldback6", "after") are tuning data, and from bundle 2026-12-07.13
"heldback7" too (measured for three bundles, .8, .11 and .12): they keep their
split names here (so that figures can be given per origin, and the ids do not
move), and scripts/triage/train.py trains on them (TRAINING_SPLITS), each a
leave-one-part-out fold of its own. The measure from bundle .13 is "heldback8".
source/tune11-<lang>.txt (bundle .12's everyday messages) and
source/tune12-<lang>.txt (bundle .13's: emergencies in French and Spanish,
SGBV in English and Italian, Italian ordinary messages with alarming words,
everyday openers in the five languages) are tuning groups read after every
other file but frozen8, tune11 before tune12, their rows appended (APPENDED).
source/frozen8-<lang>.txt the eighth held-back part ("heldback8"), written by a
fourth independent author who saw neither the engine nor any existing message,
committed before the engine was run on it, read after every other file (the
appended tuning groups too), kept as written: the measure from bundle .13.
Python standard library only.
"""

import json
import pathlib
import random
import re
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
LANGS = ("fr", "en", "de", "it", "es")
APPENDED = ("tune11-", "tune12-")  # tuning files read after every other (their rows appended: no earlier id moves)
PER_LANGUAGE = 310  # messages per language, written + variants (the tuning+heldback part)

SMS = {
    "fr": [("je suis", "jsuis"), ("quelqu'un", "qqn"), ("quelqu un", "qqn"), ("il y a", "ya"),
           ("s'il vous plait", "svp"), ("s'il vous plaît", "svp"), ("pourquoi", "pk"),
           ("beaucoup", "bcp"), ("toujours", "tjrs"), ("maintenant", "mtn"), ("c'est", "c"),
           ("j'ai", "jai"), ("qu'est-ce que", "keske"), ("quoi", "koi")],
    "en": [("you", "u"), ("please", "pls"), ("are", "r"), ("your", "ur"), ("i'm", "im"),
           ("people", "ppl"), ("right now", "rn"), ("boyfriend", "bf"), ("don't", "dont"),
           ("can't", "cant"), ("because", "cuz"), ("going to", "gonna")],
    "de": [("nicht", "nich"), ("gerade", "grad"), ("habe", "hab"), ("ich bin", "bin"),
           ("bitte", "bitte"), ("schnell", "schnell"), ("einen", "nen"), ("eine", "ne")],
    "it": [("non", "nn"), ("che", "ke"), ("perché", "xke"), ("per", "x"), ("qualcuno", "qlcn"),
           ("sono", "sn"), ("comunque", "cmq"), ("tutto", "tt")],
    "es": [("que", "q"), ("por favor", "porfa"), ("estoy", "toy"), ("también", "tb"),
           ("porque", "xq"), ("para", "pa"), ("está", "ta")],
}


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def typo(word, rng):
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def variant(text, lang, rng):
    t = text
    styles = rng.sample(["accents", "typos", "sms", "caps", "nopunct", "lower", "stretch"], 2)
    if "accents" in styles or rng.random() < 0.5:
        t = strip_accents(t)
    if "lower" in styles:
        t = t.lower()
    if "sms" in styles:
        low = t.lower()
        for long, short in SMS[lang]:
            if re.search(r"\b" + re.escape(long) + r"\b", low):
                low = re.sub(r"\b" + re.escape(long) + r"\b", short, low)
        t = low
    if "typos" in styles:
        words = t.split(" ")
        for _ in range(rng.randint(1, 2)):
            if words:
                k = rng.randrange(len(words))
                words[k] = typo(words[k], rng)
        t = " ".join(words)
    if "nopunct" in styles:
        t = re.sub(r"[.,;:!?¿¡]", "", t)
    if "stretch" in styles:
        t = re.sub(r"([aeiou])\b", lambda m: m.group(1) * rng.randint(2, 4), t, count=1) + "!!"
    if "caps" in styles:
        t = t.upper()
    return t if t != text else strip_accents(text).lower().rstrip(".") + "..."


def path_of(source_line):
    return source_line.rsplit(":", 1)[0]


def main():
    rows = []
    for lang in LANGS:
        group = split = None
        written = []
        lines = []
        others = sorted((HERE / "source").glob(f"*-{lang}.txt"))
        frozen = [p for p in others if p.name.startswith("frozen-")]
        frozen += [p for p in others if p.name.startswith("frozen3-")]
        frozen += [p for p in others if p.name.startswith("frozen4-")]
        frozen += [p for p in others if p.name.startswith("frozen5-")]
        frozen += [p for p in others if p.name.startswith("frozen6-")]
        frozen += [p for p in others if p.name.startswith("frozen7-")]
        # The eighth held-back part, written after bundle .12 shipped: read after
        # everything, the appended tuning groups included, so that no earlier id moves.
        final = [p for p in others if p.name.startswith("frozen8-")]
        # Tuning groups added after heldback7 (bundle .12's everyday messages,
        # tune11-<lang>.txt, then bundle .13's, tune12-<lang>.txt): read after
        # everything else, their ids and variants after every earlier row's, so
        # that no earlier row moves.
        appended = [p for p in others if p.name.startswith(APPENDED)]
        others = [p for p in others if p not in frozen and p not in appended and p not in final]
        for path in [HERE / "source" / f"{lang}.txt"] + others + frozen + appended + final:
            lines += [(f"{path.name}:{n}", line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)]
        for n, line in lines:
            if not line.strip():
                continue
            if line.startswith("## group "):
                _, _, group, split = line.split()
                assert split in ("tune", "heldback", "after", "heldback2", "heldback3", "heldback4", "heldback5",
                                 "heldback6", "heldback7", "heldback8"), line
                continue
            head, text = line.split(" | ", 1)
            labels, kind = head.split()
            assert labels in ("E", "S", "ES", "N"), line
            written.append({
                "appended": path_of(n).startswith(APPENDED),
                "lang": lang, "text": text.replace("\\n", "\n"), "emergency": "E" in labels,
                "sgbv": "S" in labels, "kind": kind, "group": group, "split": split,
                "origin": "written", "line": n,
            })
        # Each held-back message gets one variant (its own seed: adding tuning
        # messages never changes the held-back part); tuning messages get
        # variants until the language has PER_LANGUAGE messages.
        appended_rows = [r for r in written if r.pop("appended")]
        written = [r for r in written if r not in appended_rows]
        variants = []
        late_splits = ("heldback2", "heldback3", "heldback4", "heldback5", "heldback6", "heldback7", "heldback8")
        seen = {r["text"] for r in written if r["split"] not in late_splits}

        def add_variant(base, rng, out=variants):
            for _ in range(5):
                v = variant(base["text"], lang, rng)
                if v not in seen:
                    seen.add(v)
                    out.append(dict(base, text=v, origin="variant"))
                    return

        held = [r for r in written if r["split"] == "heldback"]
        rng = random.Random(f"triage-{lang}-heldback")
        for base in held:
            add_variant(base, rng)
        tune = [r for r in written if r["split"] == "tune"]
        rng = random.Random(f"triage-{lang}-tune")
        extra = max(PER_LANGUAGE - len(tune) - 2 * len(held), len(tune) // 2)
        for i in rng.sample(range(len(tune) * 2), min(extra, len(tune) * 2)):
            add_variant(tune[i % len(tune)], rng)
        last = [r for r in written if r["split"] == "heldback8"]
        late = [r for r in written if r["split"] in late_splits and r not in last]
        # The appended tuning groups: each message and one variant of it (a seed
        # of its own), after all earlier rows.
        more = []
        rng = random.Random(f"triage-{lang}-appended")
        for base in appended_rows:
            more.append(base)
            add_variant(base, rng, more)
        for r in [r for r in written if r["split"] not in late_splits] + variants + late + more + last:
            r["id"] = f"{lang}-{len([x for x in rows if x['lang'] == lang]) + 1:04d}"
            rows.append(r)
    with open(HERE / "triage.jsonl", "w", encoding="utf-8") as out:
        for r in rows:
            line = r.pop("line", None)
            r["source"] = f"source/{line}"
            keys = ["id", "lang", "text", "emergency", "sgbv", "kind", "group", "split", "origin", "source"]
            out.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    # Summary
    for split in ("tune", "heldback", "heldback2", "heldback3", "heldback4", "heldback5", "heldback6", "heldback7",
                  "heldback8", "after"):
        sel = [r for r in rows if r["split"] == split]
        if not sel:
            continue
        print(f"{split}: {len(sel)} messages, {sum(r['emergency'] for r in sel)} emergencies, "
              f"{sum(r['sgbv'] for r in sel)} SGBV, {len(set(r['group'] for r in sel))} groups; "
              + ", ".join(f"{lang} {sum(1 for r in sel if r['lang'] == lang)}" for lang in LANGS))
    print(f"all: {len(rows)} messages, {sum(r['emergency'] for r in rows)} emergencies, "
          f"{sum(r['sgbv'] for r in rows)} SGBV, {sum(r['origin'] == 'written' for r in rows)} written")


if __name__ == "__main__":
    main()
