"""The triage engine's features, in Python: the twin of server/triage/triage.cpp.

The trainer (train.py) learns weights over exactly the features the engine
computes; the bundle carries a self-check (a few messages and the scores this
module gives them) that the engine refuses to load if it scores them otherwise.
Change a step here and in triage.cpp together. Python standard library only.
"""

import bisect
import math
import re
import unicodedata

SHORT_MESSAGE_WORDS = 4
FUZZY_MIN_LENGTH = 6


def fold(text):
    """Lower case, no accents, "ß" -> "ss", straight apostrophes, one space or new line."""
    out = []
    pending = 0
    for c in unicodedata.normalize("NFKD", text):
        if unicodedata.category(c) == "Mn":
            continue
        if c.isspace():
            if out:
                pending = max(pending, 2 if c == "\n" else 1)
            continue
        if pending:
            out.append("\n" if pending == 2 else " ")
            pending = 0
        if c in "\u2019\u2018`\u00b4":
            out.append("'")
        elif c == "\u00df":
            out.append("ss")
        else:
            out.append(c.lower())
    return "".join(out)


def is_word_char(c):
    return c.isalnum()


def tokens_of(text):
    """(start, end, word) of each run of letters and digits."""
    tokens = []
    i, n = 0, len(text)
    while i < n:
        if not is_word_char(text[i]):
            i += 1
            continue
        j = i
        while j < n and is_word_char(text[j]):
            j += 1
        tokens.append((i, j, text[i:j]))
        i = j
    return tokens


def within_one_edit(a, b):
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < la and i < lb and a[i] == b[i]:
        i += 1
    if i == la or i == lb:
        return True
    if la == lb:
        if a[i + 1:] == b[i + 1:]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    return a[i + 1:] == b[i:] if la > lb else a[i:] == b[i + 1:]


def word_matches(token, word, exact):
    if exact:
        return token == word or (len(word) >= FUZZY_MIN_LENGTH and within_one_edit(token, word))
    if token.startswith(word):
        return True
    if len(word) < FUZZY_MIN_LENGTH:
        return False
    for length in (len(word) - 1, len(word), len(word) + 1):
        if length <= len(token) and within_one_edit(token[:length], word):
            return True
    return False


FNV_OFFSET = 2166136261
FNV_PRIME = 16777619


def fnv(s):
    h = FNV_OFFSET
    for b in s.encode("utf-8", "surrogatepass"):
        h = ((h ^ b) * FNV_PRIME) & 0xFFFFFFFF
    return h


class Extractor:
    """Named and hashed features of a message, as the engine computes them."""

    def __init__(self, knowledge):
        self.sms = {k: fold(v) for k, v in knowledge.get("sms", {}).items()}
        self.lexicon = []
        self.by_first = {}
        for entry in knowledge["lexicon"]:
            terms = []
            for raw in entry["terms"]:
                words = raw.split()
                terms.append([(w[1:], True) if w.startswith("=") else (w, False) for w in words])
            self.lexicon.append((entry["id"], entry["class"], terms))
        for e, (_, _, terms) in enumerate(self.lexicon):
            for t, term in enumerate(terms):
                self.by_first.setdefault(term[0][0][0], []).append((e, t))
        self.patterns = [(p["id"], p["class"], re.compile(p["regex"])) for p in knowledge.get("patterns", [])]
        self.cues = [(c["id"], c["cue"], re.compile(c["regex"])) for c in knowledge.get("cues", [])]
        f = knowledge["features"]
        self.buckets = f["buckets"]
        self.char_min, self.char_max = f["charNgrams"]
        self.negation_window = f["negationWindow"]
        # Emergency-side classes: whether every one of their hits is scoped by a cue
        # (past, negated, asked about, figurative) is a feature of its own.
        self.danger = set(f.get("dangerClasses", []))
        # "Nobody is hurt, a tree fell on the road": a calm statement sets aside the
        # danger words of its sentence for that feature.
        self.calm = set(f.get("calmClasses", []))

    def normalize(self, text):
        folded = fold(text)
        squeezed = []
        i = 0
        while i < len(folded):
            c = folded[i]
            run = 1
            while i + run < len(folded) and folded[i + run] == c:
                run += 1
            squeezed.append(c if c.isalpha() and run >= 3 else folded[i:i + run])
            i += run
        squeezed = "".join(squeezed)
        if not self.sms:
            return squeezed
        out = []
        i, n = 0, len(squeezed)
        while i < n:
            if not is_word_char(squeezed[i]):
                out.append(squeezed[i])
                i += 1
                continue
            j = i
            while j < n and is_word_char(squeezed[j]):
                j += 1
            word = squeezed[i:j]
            out.append(self.sms.get(word, word))
            i = j
        return "".join(out)

    def hits(self, text):
        """(norm, tokens, named feature set, hits[(rule, class, suffix, start, end)])."""
        norm = self.normalize(text)
        tokens = tokens_of(norm)
        ends = [i for i, c in enumerate(norm) if c in ".!?;\n"] + [len(norm)]

        def sentence_of(pos):
            return bisect.bisect_left(ends, pos)

        named = set()
        cues = []
        for _, cue, regex in self.cues:
            for m in regex.finditer(norm):
                cues.append((cue, m.start(), m.end(), sentence_of(m.start())))
                named.add("cue:" + cue)
        hits = []
        present = []

        def distance(cs, ce, start, end):
            return cs - end if cs >= end else start - ce if ce <= start else 0

        def add_hit(rule, cls, start, end):
            sentence = sentence_of(start)
            question = figurative = past = negated = False
            past_distance = now_distance = None
            for cue, cs, ce, csent in cues:
                if csent != sentence:
                    continue
                if cue == "question":
                    question = True
                elif cue == "figurative":
                    figurative = True
                elif cue == "past":
                    past = True
                    d = distance(cs, ce, start, end)
                    past_distance = d if past_distance is None else min(past_distance, d)
                elif cue == "now":
                    d = distance(cs, ce, start, end)
                    now_distance = d if now_distance is None else min(now_distance, d)
                elif cue == "negation" and ce <= start and start - ce <= self.negation_window:
                    negated = True
            # "He hit me last year and now he is at the door": a present marker nearer
            # to the hit than every past marker of its sentence keeps it present (since
            # bundle .9, which names its danger classes: older bundles score as before).
            if self.danger and past and now_distance is not None and now_distance < past_distance:
                past = False
            suffix = "q" if question else "fig" if figurative else "neg" if negated else "past" if past else ""
            hits.append((rule, cls, suffix, start, end))
            present.append(not suffix and now_distance is not None)

        for i, (start, _, word) in enumerate(tokens):
            for e, t in self.by_first.get(word[0], ()):
                rule, cls, terms = self.lexicon[e]
                term = terms[t]
                if i + len(term) > len(tokens):
                    continue
                if all(word_matches(tokens[i + k][2], w, exact) for k, (w, exact) in enumerate(term)):
                    add_hit(rule, cls, start, tokens[i + len(term) - 1][1])
        for rule, cls, regex in self.patterns:
            for m in regex.finditer(norm):
                add_hit(rule, cls, m.start(), m.end())

        short = len(tokens) <= SHORT_MESSAGE_WORDS
        for rule, cls, suffix, _, _ in hits:
            named.add("class:" + cls + ("|" + suffix if suffix else ""))
            if short and not suffix:
                named.add("short:" + cls)
        classes = sorted(set(h[1] for h in hits))
        for i, a in enumerate(classes):
            named.add("any:" + a)
            for b in classes[i + 1:]:
                named.add("pair:" + a + "+" + b)
        # Scope of the alarming words over the whole message: every danger hit past,
        # negated, asked about or figurative ("nobody hurt, the fire is out"), or a
        # danger hit beside a present marker ("he is here now").
        danger = [i for i, h in enumerate(hits) if h[1] in self.danger]
        calm = set(sentence_of(h[3]) for h in hits if h[1] in self.calm)
        if danger and all(hits[i][2] or sentence_of(hits[i][3]) in calm for i in danger):
            named.add("scope:allscoped")
        if any(present[i] for i in danger):
            named.add("scope:present")
        if short:
            named.add("shape:short")
        if not hits:
            named.add("shape:nohit")
        letters = sum(1 for c in text if c.isalpha())
        upper = sum(1 for c in text if c.isalpha() and c.isupper())
        if letters >= 4 and upper * 10 >= letters * 6:
            named.add("shape:caps")
        if text.count("!") >= 2:
            named.add("shape:exclaim")
        if "?" in text:
            named.add("shape:question")
        return norm, tokens, named, hits

    def features(self, text):
        """(named feature names, hashed bucket indexes) of @p text."""
        _, tokens, named, _ = self.hits(text)
        hashed = set()
        b = self.buckets
        words = [t[2] for t in tokens]
        for i, w in enumerate(words):
            hashed.add(fnv("w:" + w) % b)
            if i + 1 < len(words):
                hashed.add(fnv("b:" + w + " " + words[i + 1]) % b)
            padded = "<" + w + ">"
            for n in range(self.char_min, self.char_max + 1):
                for o in range(0, len(padded) - n + 1):
                    hashed.add(fnv("c:" + padded[o:o + n]) % b)
        return named, hashed


def sigmoid(x):
    if x < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def score(model, named, hashed):
    """The probability @p model (bias, named dict, hashed dict) gives these features."""
    logit = model["bias"]
    for f in named:
        logit += model["named"].get(f, 0.0)
    hw = model["hashed"]
    for h in hashed:
        logit += hw.get(h, 0.0)
    return sigmoid(logit)
