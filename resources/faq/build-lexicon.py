#!/usr/bin/env python3
"""Extracts the word pairs of resources/faq/lexicon.tsv, the bilingual word lists that let the FAQ search find
an entry written only in French from a query in English, German, Italian or Spanish (and the
reverse). Sources: the FreeDict dictionaries packaged by Debian, in dictd format
(docs/faq.md lists them with their licences):

    apt-get install dict-freedict-deu-fra dict-freedict-eng-fra dict-freedict-fra-ita \
        dict-freedict-fra-spa dict-freedict-fra-deu dict-freedict-fra-eng
    resources/faq/build-lexicon.py [--dictd /usr/share/dictd] -o PAIRS.tsv

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
SOURCES = [
    ("eng-fra", "en", True),
    ("fra-eng", "en", False),
    ("deu-fra", "de", True),
    ("fra-deu", "de", False),
    ("fra-ita", "it", False),
    ("fra-spa", "es", False),
]

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


def translations(sense):
    result = []
    for part in re.split(r"[,;]", sense):
        part = re.sub(r"\(.*?\)", "", part).strip().lower()
        words = part.split()
        if 0 < len(words) <= MAX_WORDS and all(WORD.match(w) for w in words):
            result.append(" ".join(words))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dictd", default="/usr/share/dictd")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()

    lexicon = {}  # (lang, foreign word) -> {french: weight}

    def add(lang, foreign, french, weight):
        slot = lexicon.setdefault((lang, foreign), {})
        slot[french] = max(slot.get(french, 0.0), weight)

    for name, lang, foreign_first in SOURCES:
        path = os.path.join(args.dictd, f"freedict-{name}.index")
        if not os.path.exists(path):
            sys.exit(f"build-lexicon: {path} missing (apt-get install dict-freedict-{name})")
        for head, senses in entries(args.dictd, name):
            head = head.lower()
            for rank, sense in enumerate(senses):
                # First sense 1, then 0.9, 0.8, 0.7 at most.
                weight = max(0.7, 1.0 - 0.1 * rank)
                for target in translations(sense):
                    if foreign_first:
                        if WORD.match(head):
                            add(lang, head, target, weight)
                    elif " " not in target and WORD.match(target):
                        # Read backwards: the French headword translates the foreign word,
                        # which is often one of several meanings of it.
                        if len(head.split()) <= MAX_WORDS:
                            add(lang, target, head, weight * 0.85)

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
