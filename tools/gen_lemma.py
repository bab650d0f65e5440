#!/usr/bin/env python3
"""tools/gen_lemma.py — generate src/lib/lemma_table.c from Debian's wordnet-base.

Reads /usr/share/wordnet: index.{noun,verb,adj,adv} (base forms and their parts of
speech), data.noun (only to tell proper names, which WordNet capitalises, from
common nouns) and {verb,noun,adj,adv}.exc (irregular forms). Multi-word entries
(with "_") are left out: the coder looks up single tokens.

Output: a pool of upper-case words and an open-addressing hash table over it
(32-bit FNV-1a, linear probing, load at most 0.4 so that misses, which suffix
rules produce often, end after about one probe). lemma.c holds the rules.
Takes no arguments; rewrites the committed output.
"""
import os
import sys

WORDNET = "/usr/share/wordnet"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "lib", "lemma_table.c")

POS_NOUN, POS_VERB, POS_ADJ, POS_ADV = 1, 2, 4, 8
F_PROPER, F_ADJ_EXC, F_ADV_EXC, F_KEEP = 0x10, 0x20, 0x40, 0x80
SELF = 0xFFFFFFFF
ROW = 4096          # DYAD_LEMMA_ROW in lemma.h
MAX_WORD = 48       # DYAD_LEMMA_MAX in lemma.h

# Exceptions where dyad keeps the word as its own base rather than WordNet's
# irregular reading, because the base reading is the one news copy uses:
# "wound" (injure) not "wind", "lay" (lay siege) not "lie", "rent" not "rend".
VERB_SELF = {"lay", "overlay", "underlay", "rent", "rove", "wound"}
# Plurals whose meaning is not the singular's ("arms" are weapons, "news" is not
# new, "customs" is an agency); dyad does not reduce them.
NOUN_SELF = {"arms", "news", "means", "species", "series", "clothes", "goods",
             "headquarters", "remains", "customs", "media", "data", "politics",
             "physics", "economics", "mathematics", "athletics", "olympics",
             # WordNet lists these as irregular plurals of rarer words
             "cola", "crying", "dive", "guilder", "gurnard", "lei", "stamina", "trivia",
             "graffiti", "hypochondria", "fedayeen", "signore", "forceps"}
# Proper names that look like plurals of common nouns and must not be reduced
# (WALES is not WALE + S). Other capitalised plurals in WordNet are mostly
# surnames that news uses as common plurals (BANKS, BRIDGES, JUDGES, MARINES).
PROPER_KEEP = {"wales", "james", "ganges", "mars", "thebes", "hermes", "ceres", "marseilles",
               "tours", "ares", "lates", "ribes", "termes", "hayes", "hays", "oates", "dawes",
               "townes", "welles", "crookes", "bootes", "cocos", "pyrenees", "callas",
               "billings", "athens", "andes", "alps", "philippines", "bahamas", "maldives",
               "seychelles", "comoros", "netherlands", "flanders"}


def words_of(path):
    """Yield the first field of each data line of an index or exception file."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.strip() or line.startswith(" "):
                continue
            yield line.split()


def wordnet_notice():
    """The licence text WordNet carries at the top of each index file."""
    lines = []
    with open(os.path.join(WORDNET, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith("  "):
                break
            # "  12 text  " -> "text"
            parts = line.strip().split(" ", 1)
            lines.append(parts[1].strip() if len(parts) > 1 else "")
    if not any("Princeton" in l for l in lines):
        sys.exit("gen_lemma.py: WordNet licence notice not found in index.noun")
    while lines and not lines[-1]:
        lines.pop()
    return lines


def usable(w):
    return "_" not in w and 0 < len(w) <= MAX_WORD


def fnv1a(s):
    h = 2166136261
    for b in s.encode("ascii"):
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def main():
    if not os.path.exists(os.path.join(WORDNET, "index.verb")):
        sys.exit("gen_lemma.py: %s not found: apt-get install wordnet-base" % WORDNET)

    base = {}  # word -> POS bits
    for name, bit in (("noun", POS_NOUN), ("verb", POS_VERB), ("adj", POS_ADJ), ("adv", POS_ADV)):
        for fields in words_of(os.path.join(WORDNET, "index." + name)):
            w = fields[0]
            if usable(w):
                base[w] = base.get(w, 0) | bit

    # A noun is proper when every synset spells it with a capital letter.
    has_lower, has_upper = set(), set()
    with open(os.path.join(WORDNET, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            count = int(fields[3], 16)
            for i in range(count):
                w = fields[4 + 2 * i]
                if not usable(w):
                    continue
                (has_lower if w == w.lower() else has_upper).add(w.lower())
    proper = {w for w in base if base[w] & POS_NOUN and w in has_upper and w not in has_lower}

    flags = {w: bits for w, bits in base.items()}
    for w in proper:
        flags[w] |= F_PROPER
        if w in PROPER_KEEP:
            flags[w] |= F_KEEP
        # one- and two-letter proper names are symbols and abbreviations
        # ("As" arsenic, "US", "IN" Indiana); calling AS, IN, IT nouns misleads
        if len(w) <= 2:
            flags[w] &= ~POS_NOUN

    # Irregular forms: surface -> lemma (first listed), or SELF.
    def exceptions(name, pos_bit, keep_self):
        """surface -> chosen lemma or SELF. A surface may sit on several lines
        (aurar eyir / aurar eyrir): lemmas are merged in file order and the
        first one WordNet also lists as a base form of this POS wins."""
        listed = {}
        for fields in words_of(os.path.join(WORDNET, name)):
            if usable(fields[0]):
                listed.setdefault(fields[0], []).extend(l for l in fields[1:] if usable(l))
        result = {}
        for surface, lemmas in listed.items():
            if not lemmas:
                continue
            known = [l for l in lemmas if base.get(l, 0) & pos_bit]
            lemma = (known or lemmas)[0]
            result[surface] = SELF if surface in keep_self or lemma == surface else lemma
        return result

    verb_exc = exceptions("verb.exc", POS_VERB, VERB_SELF)
    noun_exc = exceptions("noun.exc", POS_NOUN, NOUN_SELF)
    for w in NOUN_SELF:
        noun_exc[w] = SELF
    for name, flag in (("adj", F_ADJ_EXC), ("adv", F_ADV_EXC)):
        for fields in words_of(os.path.join(WORDNET, name + ".exc")):
            surface = fields[0]
            if usable(surface) and any(usable(l) for l in fields[1:]):
                flags[surface] = flags.get(surface, 0) | flag

    words = set(flags) | set(verb_exc) | set(noun_exc)
    words |= {l for l in verb_exc.values() if l != SELF}
    words |= {l for l in noun_exc.values() if l != SELF}
    words = sorted(words)
    for w in words:
        if not all(32 < ord(c) < 127 for c in w):
            sys.exit("gen_lemma.py: unexpected character in %r" % w)

    # Pool: rows of at most ROW bytes, words NUL-terminated, none crossing a row.
    rows, row, offset = [], [], {}
    used = 0
    for w in words:
        need = len(w) + 1
        if used + need > ROW:
            rows.append(row)
            row, used = [], 0
        offset[w] = len(rows) * ROW + used
        row.append(w.upper())
        used += need
    if row:
        rows.append(row)

    # Exception records, shared by identical (verb, noun) pairs.
    exc_index, exc_list = {}, []
    for w in words:
        v, n = verb_exc.get(w), noun_exc.get(w)
        if v is None and n is None:
            continue
        rec = (SELF if v == SELF else (offset[v] + 1 if v else 0),
               SELF if n == SELF else (offset[n] + 1 if n else 0))
        if rec not in exc_index:
            exc_index[rec] = len(exc_list)
            exc_list.append(rec)
    if len(exc_list) >= 0xFFFF:
        sys.exit("gen_lemma.py: too many exception records for uint16")

    # Hash table with linear probing, filled in sorted order (deterministic).
    size = 1
    while size * 0.4 < len(words):
        size *= 2
    mask = size - 1
    slots = [None] * size
    longest = total = 0
    for w in words:
        key = w.upper()
        i = fnv1a(key) & mask
        probes = 1
        while slots[i] is not None:
            i = (i + 1) & mask
            probes += 1
        longest = max(longest, probes)
        total += probes
        v, n = verb_exc.get(w), noun_exc.get(w)
        exc = 0
        if v is not None or n is not None:
            rec = (SELF if v == SELF else (offset[v] + 1 if v else 0),
                   SELF if n == SELF else (offset[n] + 1 if n else 0))
            exc = exc_index[rec] + 1
        slots[i] = (offset[w], len(w), flags.get(w, 0), exc)

    out = []
    out.append("/* src/lib/lemma_table.c — WordNet base forms, parts of speech and irregular")
    out.append(" * forms for lemma.c: %d words, %d exception records, %d slots (max probe %d)." %
               (len(words), len(exc_list), size, longest))
    out.append(" * generated by tools/gen_lemma.py from Debian wordnet-base; do not edit:")
    out.append(" * run `make gen`. The tables are a modified copy of WordNet, whose licence")
    out.append(" * asks that its notice appear on all copies:")
    out.append(" *")
    out.extend((" * " + line).rstrip() for line in wordnet_notice())
    out.append(" */")
    out.append('#include "lib/lemma.h"')
    out.append("")
    out.append("const char dyad_lemma__pool[][DYAD_LEMMA_ROW] = {")
    for r in rows:
        out.append('\t"' + "\\000".join(r) + '",')
    out.append("};")
    out.append("")
    out.append("const dyad_lemma__exception dyad_lemma__exc[] = {")
    line = "\t"
    for v, n in exc_list:
        item = "{%#x,%#x}," % (v, n) if SELF in (v, n) else "{%d,%d}," % (v, n)
        if len(line) + len(item) > 96:
            out.append(line.rstrip())
            line = "\t"
        line += item
    out.append(line.rstrip())
    out.append("};")
    out.append("")
    out.append("const uint32_t dyad_lemma__slot_mask = %#x;" % mask)
    out.append("")
    out.append("const dyad_lemma__slot dyad_lemma__slots[%d] = {" % size)
    line = "\t"
    for s in slots:
        item = "{0}," if s is None else "{%d,%d,%d,%d}," % s
        if len(line) + len(item) > 96:
            out.append(line.rstrip())
            line = "\t"
        line += item
    out.append(line.rstrip())
    out.append("};")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("gen_lemma.py: %d words (%d proper nouns), %d exception records, %d slots, "
          "mean probe %.2f, max %d -> %s" % (len(words), len(proper), len(exc_list), size,
                                             total / len(words), longest, os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
