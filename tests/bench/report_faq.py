#!/usr/bin/env python3
"""Markdown for docs/benchmarks.md from bench_faq's JSON: FAQ search (guichet::faq) against
SQLite FTS4 on the same knowledge base and labelled queries, same run."""
import json
import sys

data = json.load(open(sys.argv[1]))
machine = sys.argv[2]
real, large = data["real"], data["large"]
ours, fts = real["guichet"], real["fts4"]
big_ours, big_fts = large["engines"]["guichet"], large["engines"]["fts4"]


def ms(value):
    return f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"


def us(value):
    return f"{value / 1000:.2f} ms" if value >= 1000 else f"{value:.0f} µs"


def load(value):
    text = f"{ms(value['median'])} (best {ms(value['best'])})"
    if "cpu" in value:
        text += f"; CPU {ms(value['cpu']['median'])}"
    return text


def q(engine, key):
    return f"{engine['quality']['overall'][key]:.3f}"


print("## FAQ search (guichet::faq) against SQLite FTS4\n")
print(f"{machine} `bench_faq`: the same knowledge base ({data['entries']} entries, "
      f"resources/faq/faq.jsonl) and the same {data['queries']} labelled queries "
      "(tests/data/faq-queries.jsonl) through both engines, in one run. "
      "FTS4 is set up the obvious way: an in-memory table with the `unicode61` tokenizer "
      "without diacritics, the language as FTS4's `languageid`, the query's words OR-ed with "
      "the last one as a prefix, ranked by BM25 over `matchinfo` with our field weights "
      "(question 3, keywords 2.5, answer 1). Loads start from the JSON Lines in memory and "
      "include parsing and validating them (the same `FaqFile` code for both); "
      f"11 loads each; latencies over every query, {data['rounds']} "
      f"rounds, limit 10. {data['threads']} threads available: guichet::faq reads and "
      "indexes bases of more than 1,000 entries on several threads.\n")
print("| | guichet::faq | SQLite FTS4 |")
print("|---|---:|---:|")
print(f"| hit@1 | {q(ours, 'hit1')} | {q(fts, 'hit1')} |")
print(f"| hit@3 | {q(ours, 'hit3')} | {q(fts, 'hit3')} |")
print(f"| MRR | {q(ours, 'mrr')} | {q(fts, 'mrr')} |")
print(f"| Load {data['entries']} entries, median (best) | {load(ours['load_ms'])} | {load(fts['load_ms'])} |")

def latency_rows(title, a, b):
    for p in ("p50", "p99"):
        print(f"| {title} {p}, wall clock | {us(a['latency'][p + '_us'])} | {us(b['latency'][p + '_us'])} |")
        print(f"| {title} {p}, CPU time | {us(a['latency']['cpu'][p + '_us'])} | "
              f"{us(b['latency']['cpu'][p + '_us'])} |")


latency_rows("Query", ours, fts)
print(f"| Load 5,000 entries, median (best) | {load(big_ours['load_ms'])} | {load(big_fts['load_ms'])} |")
latency_rows("Query, 5,000 entries,", big_ours, big_fts)
print()

print("Quality per language and per kind of query (hit@3, guichet::faq / FTS4):\n")
langs = sorted(ours["quality"]["languages"])
kinds = sorted(ours["quality"]["kinds"])
print("| " + " | ".join(langs + kinds) + " |")
print("|" + "---:|" * (len(langs) + len(kinds)))
cells = []
for key, group in [(k, "languages") for k in langs] + [(k, "kinds") for k in kinds]:
    a = ours["quality"][group][key]["hit3"]
    b = fts["quality"][group][key]["hit3"]
    cells.append(f"{a:.2f} / {b:.2f}")
print("| " + " | ".join(cells) + " |")
print()

p99 = big_ours["latency"]["p99_us"]
p99cpu = big_ours["latency"]["cpu"]["p99_us"]
median_load = big_ours["load_ms"]["median"]
best = big_ours["load_ms"]["best"]
print("The machine's two cores are shared with other work during the run: the wall-clock tail "
      "includes the time a query waits for a core, the CPU time of the searching thread does not.\n")
print(f"Goals: query p99 under 1 ms on 5,000 entries — wall clock {'met' if p99 < 1000 else 'NOT met'} "
      f"({us(p99)}), CPU time {'met' if p99cpu < 1000 else 'NOT met'} ({us(p99cpu)}); "
      "loading 5,000 entries well under 100 ms (taken as a median under 70 ms) — "
      f"{'met' if median_load < 70 else 'under 100 ms' if median_load < 100 else 'NOT met'} "
      f"(median {ms(median_load)}, best run {ms(best)}; parsing and validating the JSON Lines "
      f"{ms(large['parse_ms']['median'])}, best {ms(large['parse_ms']['best'])}; indexing "
      f"{ms(large['index_ms']['median'])}, best {ms(large['index_ms']['best'])}); in CPU time of "
      f"the process (every thread, without the waits for a core) "
      f"{'met' if big_ours['load_ms']['cpu']['median'] < 70 else 'under 100 ms' if big_ours['load_ms']['cpu']['median'] < 100 else 'NOT met'} "
      f"(median {ms(big_ours['load_ms']['cpu']['median'])}: parsing {ms(large['parse_ms']['cpu']['median'])}, "
      f"indexing {ms(large['index_ms']['cpu']['median'])}); hit@3 at least 0.9 — "
      f"{'met' if ours['quality']['overall']['hit3'] >= 0.9 else 'NOT met'}.")
print("The 5,000-entry base is synthesised from the real one: each entry is copied with the id "
      "`<id>-v<k>`, the same question, its keywords rotated, and its answer's sentences rotated "
      "and followed by a sentence of another entry of the same language, until 5,000 entries. "
      "Ids and answers differ; vocabulary and lengths stay those of real entries.")
print("The labelled queries hold the 402 written with the base, 50 written later with the "
      "engine frozen, and 17 whose last word of one or two letters is still being typed "
      "(kind `typing`, docs/faq.md); the synonyms were extended after reading the misses of the first 402, so "
      "their figures are a little optimistic (the 50 alone: hit@1 0.880, hit@3 0.940, MRR 0.918). "
      "FTS4 has no stemming, synonyms, typo tolerance or stop words: those are what the difference "
      "in quality measures.")

# ---- Across languages -------------------------------------------------------------------
cross = data.get("cross_language")
if cross:
    a, b = cross["engines"]["guichet"], cross["engines"]["fts4"]
    print()
    print("### Across languages: a French-first base\n")
    print(f"The base made French-first: the non-French versions of {cross['dropped_topics']} of the "
          f"topics dropped (chosen with a fixed seed), {cross['base_entries']} entries left. Every "
          "non-French query of those topics is a cross-language query; they are split again by "
          f"topic into a tuning part ({cross['tuning_topics']} topics: the cross-language weights "
          "were chosen on it) and a held-back part (never looked at while tuning). Every other "
          "query is a same-language query, run on the same French-first base. "
          f"The {cross['fresh_queries']} queries written after the engine was frozen are reported "
          "apart, split the same way"
          + (f"; so are the {cross['frozen_queries']} of the frozen set, written once the engine "
             "was declared for shipping (docs/faq.md), on the same base and on a French-only one "
             "(the base's French entries alone: every foreign query crosses languages)"
             if cross.get("frozen_queries") else "")
          + (f"; so are the {cross['citizens_queries']} of the citizens' set, written as citizens "
             "write (docs/faq.md), on both bases"
             if cross.get("citizens_queries") else "")
          + ". What the engine was tuned on: the tuning part, the same-language queries and "
          "the foreign questions of the topics the split keeps translated, on the French-only "
          "base (docs/faq.md); every other set here is measured, not looked at while tuning. "
          "FTS4 searches the query's language and French, merged by "
          "score. The lexicon is loaded once per process, outside the loads below, and counted "
          "in the load goal "
          f"({data['lexicon']['lines']:,} lines, mapped and searched in place: "
          f"{load(data['lexicon']['load_ms'])}).\n")

    def row(title, key):
        qa, qb = a.get(key), b.get(key)
        if not qa or not qa.get("overall"):
            return
        oa, ob = qa["overall"], qb["overall"]
        langs = "; ".join(f"{lang} {qa['languages'][lang]['hit3']:.2f}/{qb['languages'][lang]['hit3']:.2f}"
                          for lang in sorted(qa["languages"]))
        print(f"| {title} | {oa['count']} | {oa['hit1']:.3f} / {ob['hit1']:.3f} | "
              f"{oa['hit3']:.3f} / {ob['hit3']:.3f} | {oa['mrr']:.3f} / {ob['mrr']:.3f} | {langs} |")

    print("| queries (guichet::faq / FTS4) | count | hit@1 | hit@3 | MRR | hit@3 per language |")
    print("|---|---:|---:|---:|---:|---|")
    row("cross-language, tuning part", "tuning")
    row("cross-language, held-back part", "held_back")
    row("same language, French-first base", "same_language")
    row("written after the freeze, cross-language", "fresh_cross")
    row("written after the freeze, same language", "fresh_same")
    if cross.get("frozen_queries"):
        row("frozen set (after the shipping freeze), cross-language", "frozen_cross")
        row("frozen set, same language", "frozen_same")
        row("frozen set, French-only base: every foreign query", "frozen_french_only_cross")
        row("frozen set, French-only base: French queries", "frozen_french_only_fr")
    if cross.get("citizens_queries"):
        row("citizens' set, cross-language", "citizens_cross")
        row("citizens' set, same language", "citizens_same")
        row("citizens' set, French-only base: every foreign query", "citizens_french_only_cross")
        row("citizens' set, French-only base: French queries", "citizens_french_only_fr")
    print()
    la, lb = a["large"], b["large"]
    print("| speed, French-first | guichet::faq | SQLite FTS4 |")
    print("|---|---:|---:|")
    print(f"| Load {cross['base_entries']} entries, median (best) | {load(a['load_ms'])} | {load(b['load_ms'])} |")
    latency_rows("Cross-language query", a, b)
    print(f"| Load 5,000 entries, median (best) | {load(la['load_ms'])} | {load(lb['load_ms'])} |")
    print(f"| First search after that load (learns the word pairs) | {ms(la['first_search_ms'])} | {ms(lb['first_search_ms'])} |")
    latency_rows("Query, 5,000 entries, all queries,", la, lb)
    print()
    lexicon_ms = data["lexicon"]["load_ms"]["median"]
    held = a["held_back"]["overall"]["hit3"]
    per = a["held_back"]["languages"]
    worst = min(per[lang]["hit3"] for lang in per)
    load_cpu = la["load_ms"]["cpu"]["median"] + data["lexicon"]["load_ms"]["cpu"]["median"]
    print(f"Goals on the held-back part: cross-language hit@3 at least 0.85 — "
          f"{'met' if held >= 0.85 else 'NOT met'} ({held:.3f}); at least 0.8 in each of en, de, it, es — "
          f"{'met' if worst >= 0.8 else 'NOT met'} (lowest {worst:.3f}); same-language hit@3 at least 0.95 — "
          f"{'met' if a['same_language']['overall']['hit3'] >= 0.95 else 'NOT met'} "
          f"({a['same_language']['overall']['hit3']:.3f}); query p99 under 1 ms on 5,000 entries — "
          f"{'met' if la['latency']['cpu']['p99_us'] < 1000 else 'NOT met'} "
          f"(CPU {us(la['latency']['cpu']['p99_us'])}, wall {us(la['latency']['p99_us'])}); "
          f"loading 5,000 entries and the lexicon under 100 ms — "
          f"{'met' if la['load_ms']['median'] + lexicon_ms < 100 else 'NOT met'} "
          f"in wall-clock time (median {ms(la['load_ms']['median'])}, plus the lexicon "
          f"{ms(lexicon_ms)}), {'met' if load_cpu < 100 else 'NOT met'} in CPU time (median "
          f"{ms(load_cpu)} with the lexicon, every thread counted).")
