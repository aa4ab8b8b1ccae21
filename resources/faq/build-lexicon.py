#!/usr/bin/env python3
"""Extracts the word pairs of resources/faq/lexicon.tsv, the bilingual word lists that let the FAQ search find
an entry written only in French from a query in English, German, Italian or Spanish (and the
reverse). Sources: the FreeDict dictionaries packaged by Debian, in dictd format
(docs/faq.md lists them with their licences):

    apt-get install dict-freedict-deu-fra dict-freedict-fra-ita \
        dict-freedict-fra-spa dict-freedict-fra-deu
    resources/faq/build-lexicon.py [--dictd /usr/share/dictd] [--without NAME,...]
        [--gpl-pivots] -o PAIRS.tsv

It also reads Guichet's own glossaries, resources/faq/glossary-LL-fr.tsv (written by hand for
the project: the vocabulary of a gendarmerie and public-service FAQ with its common French
senses; English has no other direct source). --without NAME,... leaves dictionaries out.
The English pivots (eng-ita, ita-eng, eng-spa, spa-eng) are GPL-2.0-or-later and are left out
unless --gpl-pivots is given (then also install dict-freedict-eng-ita, -ita-eng, -eng-spa,
-spa-eng): Guichet's licence does not allow GPL data yet (docs/faq.md).
resources/faq/build-lexicon runs it, then folds and stems the pairs (guichet-faq-lexicon).
Output, one line per foreign word, sorted, UTF-8:

    LANG <TAB> WORD <TAB> FRENCH:WEIGHT|FRENCH:WEIGHT|...

LANG is en, de, it or es; WORD a single word as the dictionary writes it (lower case); each
FRENCH a word or a short phrase (up to three words) with a weight from 0.5 to 1: the first
sense of a headword weighs most, a pair read backwards from the French-to-X dictionary a
little less.
"""
import argparse
import gzip
import os
import re
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# (file, foreign language, True when the foreign language is the headword side)
# (The English-French ones, eng-fra and fra-eng, GPL-2.0-or-later, are no longer used: our own
# glossary covers what citizens write, and without them every tuning figure held or rose;
# docs/faq.md.)
SOURCES = [
    ("deu-fra", "de", True),
    ("fra-deu", "de", False),
    ("fra-ita", "it", False),
    ("fra-spa", "es", False),
]

# Dictionaries between two of the foreign languages, used as a pivot: a word the French
# dictionaries lack (English ones are the smallest) is translated into another language, then
# into French. (file, language of the headwords, language of the translations)
# (The English-German Ding dictionary is not used: GPL-3.0-or-later, with an AGPL-3.0 part in
# its source form, and Guichet has no licence that allows it yet; docs/faq.md.)
PIVOT_SOURCES = [
    ("eng-ita", "en", "it"),
    ("ita-eng", "it", "en"),
    ("eng-spa", "en", "es"),
    ("spa-eng", "es", "en"),
]
# All four are GPL-2.0-or-later: used only with --gpl-pivots. Without them every figure of the
# held-back and citizens' sets reached its goal (2026-12-07; docs/faq.md).
GPL_PIVOTS = {"eng-ita", "ita-eng", "eng-spa", "spa-eng"}
# A pivot translation weighs less than a direct one, less again when only one path (one
# intermediate word) leads to it: two paths that agree are rarely a wrong sense.
PIVOT_WEIGHT = 0.75
PIVOT_SINGLE_PATH = 0.8
PIVOT_KEPT = 4
# The languages whose words are pivoted: English, whose French dictionaries are by far the
# smallest (7,000 words against 30,000 to 58,000); the others have large direct ones, and
# through the small English ones a pivot brings them more noise than words.
PIVOT_FOR = {"en"}
# Pivots fill gaps: for every English word, since Ding is no longer used and the English-French
# dictionaries lack common senses ("drive" without "conduire", "wallet" without
# "portefeuille"). A pivot translation weighs at most 0.75, under a direct one; for a word the
# direct dictionaries know, a path that reaches one of their translations also confirms it
# (agreement, below).
PIVOT_ONLY_BELOW = 99
PIVOT_MIN_WEIGHT = 0.3
# Intermediate words followed per word, best first.
PIVOT_FANOUT = 10

# Agreement: where dictionaries exist both ways (English, German), a pair that only one of
# them (and, for English, no pivot path) gives is often a rare or wrong sense ("drive":
# "pourchasser", "pousser" before "conduire"); it weighs this fraction of its weight.
AGREEMENT_FOR = {"en", "de"}
SINGLE_SOURCE = 0.7
# Our own glossaries (resources/faq/glossary-LL-fr.tsv, written by hand: the words citizens
# use with the police and a public service, with their common French senses first). Their
# translations weigh GLOSSARY_TOP, then GLOSSARY_STEP less each; they need no other source to
# agree. The dictionaries' other
# senses of a word it lists weigh GLOSSARY_OTHERS of their weight: the glossary says which
# senses are the common ones.
# One glossary per language, resources/faq/glossary-LL-fr.tsv, where one exists.
GLOSSARY_DIR = os.path.dirname(os.path.abspath(__file__))
GLOSSARY_LANGUAGES = ["en", "de", "it", "es"]
# The first translation weighs GLOSSARY_TOP: a little under a dictionary's first sense, so
# that, now that the glossaries cover most words, an entry in the query's own language that
# matches as well still comes first (same-language hit@3 in English 0.889 at 1, 0.911 at 0.9).
GLOSSARY_TOP = 0.9
GLOSSARY_STEP = 0.05
GLOSSARY_OTHERS = 0.7
# Within one sense, the dictionaries mostly list the commonest translation first: each later
# one weighs this much less, down to 0.8 of the sense's weight.
POSITION_STEP = 0.03
# A translation longer than this many words is an explanation, not a translation.
MAX_WORDS = 3
# Translations kept per foreign word, best first: beyond, they are rare senses.
MAX_TRANSLATIONS = 12
WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


def b64(text):
    value = 0
    for c in text:
        value = value * 64 + B64.index(c)
    return value


def entries(dictd, name):
    """(headword, [sense translations]) for each entry of the dictionary."""
    with open(os.path.join(dictd, f"freedict-{name}.index"), encoding="utf-8") as index:
        offsets = []
        for line in index:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and not parts[0].startswith("00"):
                offsets.append((b64(parts[1]), b64(parts[2])))
    with gzip.open(os.path.join(dictd, f"freedict-{name}.dict.dz")) as data:
        text = data.read()
    seen = set()
    for offset, length in sorted(set(offsets)):
        if offset in seen:
            continue
        seen.add(offset)
        lines = text[offset:offset + length].decode("utf-8", "replace").split("\n")
        head = re.split(r" /| <", lines[0], maxsplit=1)[0].strip()
        senses = []
        first = True
        for line in lines[1:]:
            line = line.strip()
            numbered = re.match(r"^\d+\.\s+(.*)$", line)
            if numbered:
                senses.append(numbered.group(1))
            elif first and line:
                senses.append(line)
            first = False
        yield head, senses


# Annotations the dictionaries put around a translation: (context), [domain], <gender>,
# {register}; the larger German-English one (Ding) also writes English verbs as "to steal".
ANNOTATION = re.compile(r"\(.*?\)|\[.*?\]|<.*?>|\{.*?\}")


def translations(sense):
    result = []
    for part in re.split(r"[,;]", sense):
        part = ANNOTATION.sub("", part).strip().lower()
        if part.startswith("to "):
            part = part[3:]
        words = part.split()
        if 0 < len(words) <= MAX_WORDS and all(WORD.match(w) for w in words):
            result.append(" ".join(words))
    return result


def headword(head):
    """The headword as a word to look up: lower case, annotations and "to " dropped."""
    head = ANNOTATION.sub("", head).strip().lower()
    return head[3:] if head.startswith("to ") else head


def read_glossaries():
    """{lang: {word: [french, ...]}} from our own glossaries. A word listed twice keeps the
    translations of both lines, in order, once each."""
    result = {}
    for lang in GLOSSARY_LANGUAGES:
        path = os.path.join(GLOSSARY_DIR, f"glossary-{lang}-fr.tsv")
        if not os.path.exists(path):
            continue
        words = result.setdefault(lang, {})
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.startswith("#") or not line.strip():
                    continue
                fields = line.rstrip("\n").split("\t")
                if len(fields) != 2:
                    sys.exit(f"build-lexicon: {path}:{number}: expected WORD<TAB>TRANSLATIONS")
                targets = words.setdefault(fields[0].strip().lower(), [])
                for french in (t.strip().lower() for t in fields[1].split(",")):
                    if french and french not in targets:
                        targets.append(french)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dictd", default="/usr/share/dictd")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--without", default="",
                        help="dictionaries left out, comma-separated (e.g. eng-fra,fra-eng)")
    parser.add_argument("--gpl-pivots", action="store_true",
                        help="also use the GPL English pivots (eng-ita, ita-eng, eng-spa, spa-eng)")
    args = parser.parse_args()
    without = {name for name in args.without.split(",") if name}
    if not args.gpl_pivots:
        without |= GPL_PIVOTS
    sources_used = [s for s in SOURCES if s[0] not in without]
    pivots_used = [s for s in PIVOT_SOURCES if s[0] not in without]

    lexicon = {}  # (lang, foreign word) -> {french: weight}
    sources = {}  # (lang, foreign word, french) -> the sources that give it: "f", "b", "p"

    def add(lang, foreign, french, weight, source=None):
        slot = lexicon.setdefault((lang, foreign), {})
        slot[french] = max(slot.get(french, 0.0), weight)
        if source:
            sources.setdefault((lang, foreign, french), set()).add(source)

    for name in [s[0] for s in sources_used] + [s[0] for s in pivots_used]:
        path = os.path.join(args.dictd, f"freedict-{name}.index")
        if not os.path.exists(path):
            sys.exit(f"build-lexicon: {path} missing (apt-get install dict-freedict-{name})")

    for name, lang, foreign_first in sources_used:
        for head, senses in entries(args.dictd, name):
            head = headword(head)
            for rank, sense in enumerate(senses):
                # First sense 1, then 0.9, 0.8, 0.7 at most; within a sense, each
                # translation after the first a little less (POSITION_STEP).
                for position, target in enumerate(translations(sense)):
                    weight = max(0.7, 1.0 - 0.1 * rank) * max(0.8, 1.0 - POSITION_STEP * position)
                    if foreign_first:
                        if WORD.match(head):
                            add(lang, head, target, weight, "f")
                    elif " " not in target and WORD.match(target):
                        # Read backwards: the French headword translates the foreign word,
                        # which is often one of several meanings of it.
                        if len(head.split()) <= MAX_WORDS:
                            add(lang, target, head, weight * 0.85, "b")

    # Between two foreign languages: (from, to) -> {word: {word: weight}}, single words.
    between = {}

    def add_between(a, b, word, other, weight):
        slot = between.setdefault((a, b), {}).setdefault(word, {})
        slot[other] = max(slot.get(other, 0.0), weight)

    for name, first, second in pivots_used:
        for head, senses in entries(args.dictd, name):
            head = headword(head)
            if not WORD.match(head):
                continue
            for rank, sense in enumerate(senses):
                weight = max(0.7, 1.0 - 0.1 * rank)
                for target in translations(sense):
                    if " " in target or not WORD.match(target):
                        continue
                    add_between(first, second, head, target, weight)
                    add_between(second, first, target, head, weight * 0.85)

    pivoted = 0
    for (lang, pivot), words in sorted(between.items()):
        if lang not in PIVOT_FOR:
            continue
        for word, others in words.items():
            direct = dict(lexicon.get((lang, word), {}))
            known = len(direct) >= PIVOT_ONLY_BELOW
            # Each path is evidence: their weights combine as a noisy OR, so a French
            # word reached by several intermediate words outranks a single strong path.
            missing = {}  # french -> product of (1 - weight of each path)
            paths = {}  # french -> intermediate words that lead to it
            ranked = sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))[:PIVOT_FANOUT]
            for other, a in ranked:
                for french, b in lexicon.get((pivot, other), {}).items():
                    missing[french] = missing.get(french, 1.0) * (1.0 - 0.9 * a * b)
                    paths.setdefault(french, set()).add(other)
            scored = []
            for french, left in missing.items():
                weight = 1.0 - left
                if len(paths[french]) < 2:
                    weight *= PIVOT_SINGLE_PATH
                weight *= PIVOT_WEIGHT
                if weight >= PIVOT_MIN_WEIGHT:
                    scored.append((weight, french))
            scored.sort(key=lambda wf: (-wf[0], wf[1]))
            # A path that leads to one of the direct translations confirms it (agreement,
            # below); each intermediate language is a route of its own.
            for french in paths:
                if (lang, word, french) in sources:
                    sources[(lang, word, french)].add("p" + pivot)
            if known:
                continue
            for weight, french in scored[:PIVOT_KEPT]:
                if french not in lexicon.get((lang, word), {}):
                    add(lang, word, french, weight)
                    pivoted += 1
    print(f"build-lexicon: {pivoted} translations through a pivot language", file=sys.stderr)

    single = 0
    for (lang, foreign, french), given in sources.items():
        if lang in AGREEMENT_FOR and len(given) < 2:
            lexicon[(lang, foreign)][french] *= SINGLE_SOURCE
            single += 1
    print(f"build-lexicon: {single} pairs from a single source", file=sys.stderr)

    glossary = 0
    for lang, words in read_glossaries().items():
        for word, targets in words.items():
            slot = lexicon.setdefault((lang, word), {})
            for french in slot:
                slot[french] *= GLOSSARY_OTHERS
            for rank, french in enumerate(targets):
                slot[french] = max(GLOSSARY_TOP - GLOSSARY_STEP * rank, 0.5)
                glossary += 1
    print(f"build-lexicon: {glossary} translations from the glossaries", file=sys.stderr)

    with open(args.output, "w", encoding="utf-8") as out:
        for (lang, foreign) in sorted(lexicon):
            ranked = sorted(lexicon[(lang, foreign)].items(), key=lambda kv: (-kv[1], kv[0]))
            ranked = ranked[:MAX_TRANSLATIONS]
            out.write(f"{lang}\t{foreign}\t"
                      + "|".join(f"{fr}:{w:.2f}".rstrip("0").rstrip(".") for fr, w in ranked)
                      + "\n")
    print(f"build-lexicon: {len(lexicon)} words -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
