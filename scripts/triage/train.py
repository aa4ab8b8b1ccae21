#!/usr/bin/env python3
"""Build resources/triage/bundle.json: the hand-written knowledge plus learnt weights.

    scripts/triage/train.py            train on the training splits of tests/data/triage/ (TRAINING_SPLITS)
    scripts/triage/train.py --hand     hand-set weights only (no training data needed)

Reads resources/triage/knowledge.json (lexicons, patterns, cues, SMS spellings:
edited by hand) and the labelled messages of tests/data/triage/*.jsonl whose
"split" is one of TRAINING_SPLITS: "tune" and, from bundle 2026-12-07.11, the
earlier held-back parts ("heldback" to "heldback6", "after"), which had been
measured too many times to stay clean measures and hold the messages of the
most independent authors; from bundle 2026-12-07.13 "heldback7" too (measured
for .8, .11 and .12). The next held-back measure, by a new author, is added by
the coordinator and never read here: the evaluation would otherwise measure
what was fitted on it (docs/triage.md).

Two logistic regressions (emergency, SGBV) over the same features: the
lexicon/pattern hits scoped by their cues (features.py) and hashed word and
character n-grams. The decision threshold of each is chosen by cross-validation
over the tuning groups (whole groups held out in turn; each earlier held-back
part, one author's set, is a fold of its own), never on the training scores.
Python standard library only.
"""

import argparse
import json
import math
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import features as F  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
LABELS = ("emergency", "sgbv")
# The splits trained on. From bundle .11 the earlier held-back parts are tuning
# data (their split names stay, so that figures can be given per origin); from
# bundle .13 "heldback7" too (written by an independent author after .11,
# measured for .8, .11 and .12), a leave-one-part-out fold of its own.
TRAINING_SPLITS = ("tune", "heldback", "heldback2", "heldback3", "heldback4", "heldback5", "heldback6", "after",
                   "heldback7")
# The parts written by authors apart from the tuning groups: each is a
# cross-validation fold of its own (leave one part out).
PARTS = TRAINING_SPLITS[1:]

# Hand-set weights, used with --hand (before any training data existed) and as
# the record of what the classes mean.
HAND = {
    "emergency": {
        "bias": -3.0,
        "named": {
            "class:rule": 6.0, "class:kill": 2.0, "class:weapon": 2.0, "class:violence": 1.5,
            "class:intruder": 2.5, "class:suicide": 4.0, "class:unconscious": 4.0,
            "class:missing": 1.0, "class:child": 0.5, "class:fire": 2.5, "class:accident": 1.5,
            "class:danger": 1.5, "class:door": 0.5, "class:help": 1.0, "short:help": 3.0,
            "cue:now": 1.0, "shape:exclaim": 0.5, "shape:caps": 0.5, "class:threat": 0.5,
            "cue:question": -2.0, "cue:past": -1.0, "class:come": 1.0, "short:come": 2.5,
            "shape:nohit": -2.0, "class:confined": 2.5,
            # A missing person is an emergency, a lost or stolen thing is not; a
            # vehicle broken into or a car window smashed is a property crime,
            # not an intruder at home (bundle .6).
            "pair:child+missing": 1.5, "pair:missing+object": -1.5, "pair:missing+vehicle": -0.5,
            "pair:intruder+vehicle": -2.0, "pair:door+vehicle": -1.0,
            # Fire-safety equipment (a smoke alarm beeping) is not a fire (bundle .7).
            # Every danger word of the message scoped by a cue (past, negated, asked
            # about, figurative), or a danger word beside a present marker (bundle .9).
            "scope:allscoped": -1.5, "scope:present": 1.0,
            # A call for an ambulance, a doctor, the SAMU or the Rettung (bundle .10).
            "class:ambulance": 1.0, "short:ambulance": 2.0,
            # Everyday requests ("one question please", "can you help me", "please
            # answer", "urgent question"): openers, not cries for help, when they are
            # (nearly) the whole message (bundle .13); beside a danger word they weigh
            # little ("can you help me please, there is a fire").
            "class:request": -0.5, "short:request": -2.0, "pair:help+request": -2.0,
            "class:device": -1.0, "class:calm": -2.5, "class:discovered": -1.0, "class:earlier": -0.5, "class:found": -2.0, "class:joke": -2.0, "class:procedure": -1.0, "shape:question": -1.0, "class:object": -1.0,
        },
    },
    "sgbv": {
        "bias": -3.0,
        "named": {
            "any:sexual": 4.0, "any:domestic": 4.0, "any:gender": 3.5, "any:partner": 1.0,
            "any:violence": 1.0, "pair:partner+violence": 2.0, "pair:family+violence": 1.0,
            "pair:kill+partner": 2.0, "pair:partner+threat": 1.5, "pair:partner+weapon": 1.5,
            "pair:intruder+partner": 1.0, "pair:family+sexual": 1.0,
            "pair:confined+partner": 2.0, "pair:confined+family": 1.0, "shape:nohit": -1.0,
            # Remarks on the body, a relative in the bedroom at night, a partner who
            # takes the wages: SGBV words that are not violence words (bundle .7).
            "any:body": 2.0, "any:bedroom": 0.5, "pair:bedroom+family": 3.0, "pair:money+partner": 2.5,
        },
    },
}


def load_rows(splits):
    rows = []
    for path in sorted((ROOT / "tests/data/triage").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["split"] in splits:
                    rows.append(row)
    return rows


def left_out_by(parts, row):
    """Whether --validate's @p parts name @p row: a split ("heldback5") or part of a group's name ("-t8-")."""
    return any(p == row["split"] or (p not in PARTS and p in row["group"]) for p in parts)


def featurize(extractor, rows):
    out = []
    for row in rows:
        named, hashed = extractor.features(row["text"])
        out.append((sorted(named), sorted(hashed)))
    return out


def train_lr(data, labels, epochs, l2, positive_weight, seed, prior=None, l2_named=None, scale=1.0):
    """Logistic regression by AdaGrad over binary features; returns (bias, {key: weight}).

    Named features (lexicon and pattern hits, cues) are pulled towards @p prior,
    the hand-set weights: with a few hundred examples, what the lexicons mean is
    known better than the data can tell. Hashed n-grams count @p scale each and
    are pulled towards zero.
    """
    rng = random.Random(seed)
    prior = prior or {}
    l2_named = l2 if l2_named is None else l2_named
    w = dict(prior)
    g2 = {}
    bias, gb = prior.get("__bias__", 0.0), 1e-8
    w.pop("__bias__", None)
    lr = 0.3
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            named, hashed = data[i]
            z = bias + sum(w.get(k, 0.0) for k in named) + scale * sum(w.get(k, 0.0) for k in hashed)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            y = labels[i]
            g = (p - y) * (positive_weight if y else 1.0)
            gb += g * g
            bias -= lr * g / math.sqrt(gb)
            for k in named:
                wk = w.get(k, 0.0)
                gk = g + l2_named * (wk - prior.get(k, 0.0))
                acc = g2.get(k, 1e-8) + gk * gk
                g2[k] = acc
                w[k] = wk - lr * gk / math.sqrt(acc)
            for k in hashed:
                wk = w.get(k, 0.0)
                gk = g * scale + l2 * wk
                acc = g2.get(k, 1e-8) + gk * gk
                g2[k] = acc
                w[k] = wk - lr * gk / math.sqrt(acc)
    if scale != 1.0:
        for k in list(w):
            if isinstance(k, int):
                w[k] *= scale
    return bias, w


def as_model(bias, w, threshold):
    named = {k: round(v, 5) for k, v in sorted((k, v) for k, v in w.items() if isinstance(k, str)) if True and abs(v) >= 1e-4}
    hashed = {k: round(v, 5) for k, v in w.items() if isinstance(k, int) and abs(v) >= 1e-3}
    return {"bias": round(bias, 5), "threshold": threshold, "named": named, "hashed": hashed}


def predict(model, named, hashed):
    return F.score(model, named, hashed)


def choose_threshold(scores, labels, langs, target, negatives=None, max_false_alarms=None):
    """The threshold, on cross-validated scores.

    The highest at which every language keeps recall >= @p target; then, when
    @p max_false_alarms is given, lowered as long as the false alarms among
    @p negatives stay within it: cross-validation over the tuning groups is
    optimistic about new authors (bundle .2 lost 0.17 of recall from its
    cross-validated figure to the held-back part), so recall takes the room the
    false-alarm budget leaves.
    """
    best = None
    for t in [x / 100 for x in range(5, 96)]:
        ok = True
        for lang in set(langs):
            pos = [s for s, y, l in zip(scores, labels, langs) if y and l == lang]
            if pos and sum(1 for s in pos if s >= t) / len(pos) < target:
                ok = False
        if ok:
            best = t
    if best is None:
        # No threshold keeps the target recall: the lowest the false-alarm budget
        # allows (bundle .10; before, the lowest of all, 0.05, whatever its false
        # alarms: the SGBV threshold fell to 0.05 with 8.6 % false SGBV flags).
        best = 0.05
        if max_false_alarms is not None:
            n = max(1, sum(negatives))
            for t in [x / 100 for x in range(5, 96)]:
                if sum(1 for s, neg in zip(scores, negatives) if neg and s >= t) / n <= max_false_alarms:
                    best = t
                    break
        return best
    if max_false_alarms is not None:
        n = max(1, sum(negatives))
        while best > 0.05:
            lower = round(best - 0.01, 2)
            if sum(1 for s, neg in zip(scores, negatives) if neg and s >= lower) / n > max_false_alarms:
                break
            best = lower
    return best


def lowest_within(scores, negatives, budget):
    """The lowest threshold at which the false alarms among @p negatives stay within @p budget.

    Bundle .11: on the out-of-part scores of the earlier held-back parts (each scored
    by a model that never saw its author), recall takes all the room the budget
    leaves; the older rule (the highest threshold keeping recall >= 0.97 in every
    language, then lowered within the budget) sat at the bottom of the range there.
    """
    n = max(1, sum(negatives))
    for t in [x / 100 for x in range(5, 96)]:
        if sum(1 for s, neg in zip(scores, negatives) if neg and s >= t) / n <= budget:
            return t
    return 0.95


def report(name, scores, labels, langs, threshold, negatives_of=None):
    lines = []
    for lang in sorted(set(langs)) + ["all"]:
        sel = [i for i in range(len(scores)) if lang == "all" or langs[i] == lang]
        pos = [i for i in sel if labels[i]]
        neg = [i for i in sel if (negatives_of[i] if negatives_of else not labels[i])]
        t = (lambda i: threshold[langs[i]]) if isinstance(threshold, dict) else (lambda i: threshold)
        found = sum(1 for i in pos if scores[i] >= t(i))
        false = sum(1 for i in neg if scores[i] >= t(i))
        rec = found / len(pos) if pos else float("nan")
        fa = false / len(neg) if neg else float("nan")
        lines.append(f"  {name} {lang}: recall {rec:.3f} ({found}/{len(pos)}), "
                     f"false alarms {fa:.3f} ({false}/{len(neg)})")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hand", action="store_true", help="hand-set weights, no training")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--l2-named", type=float, default=0.02)
    parser.add_argument("--scale", type=float, default=0.3)
    # 0.01 since bundle .11 (0.03 before): with the earlier held-back parts in the
    # training, the n-grams may weigh more; left one part out at a time, 0.01 gave
    # 923 of 945 emergencies at 120 of 1,451 false alarms against 913 at 118.
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--target-recall", type=float, default=0.97)
    # 0.045 since bundle .7: new authors' false alarms have run at two to three
    # times the cross-validated figure (the -t5- groups left out: 0.17 against 0.06).
    # 0.08 and 0.07 since bundle .11, on the out-of-part scores of the earlier held-back
    # parts (new authors), where 0.045 and 0.05 were budgets on the optimistic
    # cross-validation over tuning groups.
    parser.add_argument("--old-thresholds", action="store_true",
                        help="the threshold rule of bundles .7 to .10 (recall target on every "
                             "cross-validated score, then lowered within the budget)")
    # 0.08 for bundle .11, 0.06 from .12 (at 0.08 it flagged 186 of the FAQ
    # evaluation's 1,096 citizens' questions as emergencies, .8 163; at 0.06 155).
    parser.add_argument("--max-false-alarms", type=float, default=0.06,
                        help="emergency threshold lowered while the cross-validated false alarms stay within")
    # SGBV too since bundle .7: on the -t4- and -t5- groups left out, SGBV cases by new
    # authors scored low (recall 0.73 to 0.75 at 0.10), so recall takes the room.
    parser.add_argument("--max-false-alarms-sgbv", type=float, default=0.07,
                        help="SGBV threshold lowered while the cross-validated SGBV false flags stay within")
    parser.add_argument("--shrink", type=float, default=0.5,
                        help="per-language thresholds: how far from the common one towards the "
                             "language's own choice (0: one threshold for all, 1: each its own)")
    parser.add_argument("--shrink-sgbv", type=float, default=0.0,
                        help="the same for SGBV; 0 (one threshold): leaving out the -t2- groups, "
                             "SGBV thresholds of their own lost recall (bundle .6)")
    parser.add_argument("--out", default=str(ROOT / "resources/triage/bundle.json"))
    parser.add_argument("--show", action="store_true", help="with --validate: the messages it gets wrong")
    parser.add_argument("--knowledge", default=str(ROOT / "resources/triage/knowledge.json"))
    parser.add_argument("--validate", metavar="GROUPS",
                        help="a check of new authors inside the tuning part: leave out the tuning groups "
                             "whose name contains GROUPS, train on the rest as usual and print the "
                             "figures on the written messages of the groups left out (no bundle written)")
    args = parser.parse_args()

    knowledge = json.loads(pathlib.Path(args.knowledge).read_text(encoding="utf-8"))
    extractor = F.Extractor(knowledge)
    training = {"method": "hand-set weights"}
    selfcheck_texts = [
        "Au secours il a un couteau !!", "my husband hit me last year", "c'est quoi le 112 ?",
        "Mein Mann schlägt mich jetzt", "aiuto", "me quiere matar", "bonjour, je voudrais une procuration",
        "jsui en dangé ya qqn chez moi", "Sie hat mich vor zwei Jahren vergewaltigt",
    ]

    if args.hand:
        models = {}
        for label in LABELS:
            models[label] = {"bias": HAND[label]["bias"], "threshold": 0.5, "named": HAND[label]["named"], "hashed": {}}
    else:
        rows = load_rows(TRAINING_SPLITS)
        left_out = []
        if args.validate:
            # Several at once: "-t8-,-t9-"; a part by its split: "heldback5".
            parts = args.validate.split(",")
            left_out = [r for r in rows if left_out_by(parts, r) and r["origin"] == "written"]
            rows = [r for r in rows if not left_out_by(parts, r)]
        if not rows:
            sys.exit("train.py: no tuning rows in tests/data/triage/")
        # Never a held-back measure (whatever split is not in TRAINING_SPLITS).
        assert all(r["split"] in TRAINING_SPLITS for r in rows)
        data = featurize(extractor, rows)
        langs = [r["lang"] for r in rows]
        groups = sorted(set(r["group"] for r in rows))
        # Folds: the "tune" groups spread over --folds folds (whole groups), and
        # each earlier held-back part a fold of its own (bundle .11): its scores
        # are those of a model that never saw its author.
        tune_groups = sorted(set(r["group"] for r in rows if r["split"] == "tune"))
        rng = random.Random(14)
        rng.shuffle(tune_groups)
        fold_of_group = {g: i % args.folds for i, g in enumerate(tune_groups)}
        fold_of = [fold_of_group[r["group"]] if r["split"] == "tune" else args.folds + PARTS.index(r["split"])
                   for r in rows]
        folds = sorted(set(fold_of))
        models = {}
        thresholds = {}
        cv_lines = []
        for label in LABELS:
            y = [1 if r[label] else 0 for r in rows]
            pw = 2.0 if label == "emergency" else 3.0
            prior = dict(HAND[label]["named"], __bias__=HAND[label]["bias"])
            fit = dict(l2_named=args.l2_named, scale=args.scale, prior=prior)
            cv = [0.0] * len(rows)
            for k in folds:
                tr = [i for i in range(len(rows)) if fold_of[i] != k]
                te = [i for i in range(len(rows)) if fold_of[i] == k]
                bias, w = train_lr([data[i] for i in tr], [y[i] for i in tr], args.epochs, args.l2, pw, k, **fit)
                m = as_model(bias, w, 0.5)
                for i in te:
                    named, hashed = data[i]
                    cv[i] = predict(m, named, hashed)
            if label == "emergency":
                neg = [not r["emergency"] for r in rows]
            else:
                neg = [not r["sgbv"] for r in rows]
            budget = args.max_false_alarms if label == "emergency" else args.max_false_alarms_sgbv
            # Bundle .11: the thresholds come from the out-of-part scores of the earlier
            # held-back parts (new authors, each scored by a model trained without it):
            # the lowest within the false-alarm budget. --old-thresholds: the rule of
            # bundles .7 to .10 on every cross-validated score.
            on = [i for i in range(len(rows)) if rows[i]["split"] in PARTS] if not args.old_thresholds else []
            if not on:
                on = list(range(len(rows)))

            def pick(sel):
                if args.old_thresholds:
                    return choose_threshold([cv[i] for i in sel], [y[i] for i in sel], [langs[i] for i in sel],
                                            args.target_recall, [neg[i] for i in sel], budget)
                return lowest_within([cv[i] for i in sel], [neg[i] for i in sel], budget)

            threshold = pick(on)
            # The language hint (the conversation's language) picks a threshold of
            # its own: the same rule on that language's scores, shrunk halfway
            # towards the common one (a language has a fifth of the data, so its
            # own choice alone is noisy).
            by_lang = {}
            shrink = args.shrink if label == "emergency" else args.shrink_sgbv
            for lang in sorted(set(langs)):
                own = pick([i for i in on if langs[i] == lang])
                by_lang[lang] = round(threshold + shrink * (own - threshold), 2)
            thresholds[label] = by_lang if shrink else {}
            cv_lines.append(f"{label}: per-language thresholds " + ", ".join(
                f"{lang} {t:.2f}" for lang, t in by_lang.items()))
            cv_lines.append(report(label + " (per language)", cv, y, langs, by_lang, neg))
            cv_lines.append(f"{label}: threshold {threshold:.2f} (cross-validated over {args.folds} folds of tuning "
                            f"groups and {len(folds) - args.folds} earlier held-back parts, one fold each)")
            cv_lines.append(report(label, cv, y, langs, threshold, neg))
            # Leave one part out, the threshold chosen without it too: each earlier
            # held-back part scored by a model trained on everything else, at the
            # thresholds the rule picks from the other parts' scores (a new author's
            # preview; the per-language thresholds' shrink as above).
            for part in PARTS if not args.old_thresholds else ():
                mine = [i for i in on if rows[i]["split"] == part]
                rest = [i for i in on if rows[i]["split"] != part]
                if not mine or not rest:
                    continue
                common = pick(rest)
                own = {lang: round(common + shrink * (pick([i for i in rest if langs[i] == lang]) - common), 2)
                       for lang in sorted(set(langs))}
                sel = [cv[i] for i in mine]
                cv_lines.append(f"{label}: {part} left out, thresholds from the other parts " + ", ".join(
                    f"{lang} {t:.2f}" for lang, t in own.items()))
                cv_lines.append(report(f"{label} {part}", sel, [y[i] for i in mine], [langs[i] for i in mine],
                                       own, [neg[i] for i in mine]))
            if args.show:
                for i in sorted(range(len(rows)), key=lambda i: cv[i]):
                    if rows[i]["origin"] == "written" and (cv[i] >= threshold) != bool(y[i]) and (y[i] or neg[i]):
                        cv_lines.append(f"    {'miss' if y[i] else 'false'} {cv[i]:.2f} {rows[i]['lang']} "
                                        f"{rows[i]['text'][:140]!r}")
            for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
                worst = min(sum(1 for i in range(len(rows)) if y[i] and langs[i] == lang and cv[i] >= t)
                            / max(1, sum(1 for i in range(len(rows)) if y[i] and langs[i] == lang))
                            for lang in set(langs))
                fa = sum(1 for i in range(len(rows)) if neg[i] and cv[i] >= t) / max(1, sum(neg))
                cv_lines.append(f"    at {t:.2f}: lowest recall of a language {worst:.3f}, false alarms {fa:.3f}")
            bias, w = train_lr(data, y, args.epochs, args.l2, pw, 99, **fit)
            models[label] = as_model(bias, w, threshold)
            models[label]["thresholds"] = thresholds[label]
        print("\n".join(cv_lines))
        if args.validate:
            for label in LABELS:
                scores = []
                for r in left_out:
                    named, hashed = extractor.features(r["text"])
                    scores.append(predict(models[label], named, hashed))
                y = [1 if r[label] else 0 for r in left_out]
                print(f"left out ({args.validate}), {label}:")
                neg = [not r["emergency"] if label == "emergency" else not r["sgbv"] for r in left_out]
                left_langs = [r["lang"] for r in left_out]
                print(report(label, scores, y, left_langs, models[label]["threshold"], neg))
                if models[label]["thresholds"]:
                    print(report(label + " (per language)", scores, y, left_langs, models[label]["thresholds"], neg))
                if args.show:
                    for s_, y_, r in sorted(zip(scores, y, left_out), key=lambda x: x[0]):
                        if (s_ >= 0.3) != bool(y_):
                            print(f"    {'miss' if y_ else 'false'} {s_:.2f} {r['lang']} {r['text'][:140]!r}")
                for t in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
                    rec = sum(1 for s_, y_ in zip(scores, y) if y_ and s_ >= t) / max(1, sum(y))
                    fa = sum(1 for s_, n_ in zip(scores, neg) if n_ and s_ >= t) / max(1, sum(neg))
                    print(f"  at {t:.2f}: recall {rec:.3f}, false alarms {fa:.3f}")
            return
        training = {
            "method": ("logistic regression (AdaGrad, %d epochs; named features pulled towards the hand-set "
                       "weights with L2 %g, hashed n-grams counted %g each with L2 %g) on the tuning split and, "
                       "from bundle .11, the earlier held-back parts (heldback to heldback6, after; heldback7 from .13)"
                       % (args.epochs, args.l2_named, args.scale, args.l2)),
            "rows": len(rows),
            "groups": len(groups),
            "crossValidation": "\n".join(cv_lines),
        }
        selfcheck_texts += [r["text"] for r in rows[:: max(1, len(rows) // 12)]][:12]

    checks = []
    for text in selfcheck_texts:
        named, hashed = extractor.features(text)
        checks.append({
            "text": text,
            "emergencyScore": round(F.score(models["emergency"], named, hashed), 6),
            "sgbvScore": round(F.score(models["sgbv"], named, hashed), 6),
        })

    bundle = dict(knowledge)
    bundle.pop("notes", None)
    bundle["training"] = training
    bundle["models"] = {
        label: {
            "bias": m["bias"],
            "threshold": m["threshold"],
            **({"thresholds": m["thresholds"]} if m.get("thresholds") else {}),
            "named": m["named"],
            "hashed": sorted([k, v] for k, v in m["hashed"].items()),
        }
        for label, m in models.items()
    }
    bundle["selfcheck"] = checks
    text = json.dumps(bundle, ensure_ascii=False, separators=(",", ":"))
    pathlib.Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(text)} bytes)")


if __name__ == "__main__":
    main()
