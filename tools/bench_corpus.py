#!/usr/bin/env python3
"""tools/bench_corpus.py — build the benchmark corpus from the texts in ../shared.

Sentences come from ../shared/data/dev/*.jsonl ("text"), the TABARI Validate.text and
TABARI.Demo.text records and the PETRARCH unit-test <Text> elements. They are read at
bench time and never committed: the output goes to bench/corpus/ (git-ignored).

The pool is shuffled with a fixed seed and replicated into JSON Lines documents of
20 sentences each until at least --sentences sentences are written, so every run of
the benchmark sees the same bytes. A manifest (corpus.tsv) records the counts the
benchmark divides by.

usage: tools/bench_corpus.py [--shared DIR] [--out DIR] [--sentences N] [--small N]
"""
import argparse
import glob
import json
import os
import random
import re
import sys

PER_DOC = 20
SEED = 20240611

# A sentence ends at . ! or ? (optionally followed by a closing quote) before
# whitespace and an upper-case letter, digit or opening quote. Abbreviations
# such as "U.S. officials" are rarely followed by a capital in these texts;
# a mis-split only changes sentence length, not the workload's character.
SPLIT = re.compile(r'(?<=[.!?])["\u201d\']?\s+(?=["\u201c(]?[A-Z0-9])')


def sentences_of(text):
    text = " ".join(text.split())
    out = []
    for s in SPLIT.split(text):
        s = s.strip()
        if len(s.split()) >= 3:
            out.append(s)
    return out


def from_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec.get("text"), str):
                yield rec["text"]


def from_tabari(path):
    """Record text runs from the 'YYMMDD ID' header line to the first blank
    line or the start of a /* comment; '#' lines are comments."""
    with open(path, encoding="latin-1") as f:
        lines = f.read().splitlines()
    i = 0
    header = re.compile(r"^\d{6}\s+\S")
    while i < len(lines):
        if header.match(lines[i]):
            body = []
            i += 1
            while i < len(lines) and lines[i].strip() and not lines[i].lstrip().startswith("/*"):
                body.append(lines[i])
                i += 1
            if body:
                yield " ".join(body)
        else:
            i += 1


def from_petrarch(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        data = f.read()
    for m in re.finditer(r"<Text>(.*?)</Text>", data, re.S):
        yield m.group(1)


def collect(shared):
    d = os.path.join(shared, "data")
    sources = []
    for p in sorted(glob.glob(os.path.join(d, "dev", "*.jsonl"))):
        sources.append((p, from_jsonl(p)))
    for name in ("Validate.text", "TABARI.Demo.text"):
        p = os.path.join(d, "conformance", "tabari", name)
        if os.path.exists(p):
            sources.append((p, from_tabari(p)))
    p = os.path.join(d, "conformance", "petrarch", "PETR.UnitTest.records.xml")
    if os.path.exists(p):
        sources.append((p, from_petrarch(p)))
    pool, counts = [], {}
    for path, texts in sources:
        n = 0
        for t in texts:
            for s in sentences_of(t):
                pool.append(s)
                n += 1
        counts[path] = n
    return pool, counts


def write_corpus(path, pool, target, rng):
    """Write ceil(target / PER_DOC) documents; returns (docs, sentences, bytes)."""
    docs = sents = nbytes = 0
    order = list(range(len(pool)))
    k = len(order)
    with open(path, "w", encoding="utf-8") as f:
        while sents < target:
            picked = []
            for _ in range(PER_DOC):
                if k == len(order):
                    rng.shuffle(order)
                    k = 0
                picked.append(pool[order[k]])
                k += 1
            docs += 1
            # dates spread over 2000-2024 so date-restricted actor codes are exercised
            year = 2000 + docs % 25
            rec = {"id": "bench-%07d" % docs,
                   "date": "%04d-%02d-%02d" % (year, 1 + docs % 12, 1 + docs % 28),
                   "text": " ".join(picked)}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            f.write(line)
            nbytes += len(line.encode("utf-8"))
            sents += PER_DOC
    return docs, sents, nbytes


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(root), "shared"))
    ap.add_argument("--out", default=os.path.join(root, "bench", "corpus"))
    ap.add_argument("--sentences", type=int, default=500000)
    ap.add_argument("--small", type=int, default=20000,
                    help="sentences in the profiling corpus (small.jsonl)")
    a = ap.parse_args()
    pool, counts = collect(a.shared)
    if not pool:
        print("bench_corpus: no sentences found under %s/data" % a.shared, file=sys.stderr)
        return 1
    os.makedirs(a.out, exist_ok=True)
    manifest = os.path.join(a.out, "corpus.tsv")
    with open(manifest, "w") as m:
        m.write("file\tdocuments\tsentences\tbytes\n")
        for name, target in (("bench.jsonl", a.sentences), ("small.jsonl", a.small)):
            rng = random.Random(SEED)
            docs, sents, nbytes = write_corpus(os.path.join(a.out, name), pool, target, rng)
            m.write("%s\t%d\t%d\t%d\n" % (name, docs, sents, nbytes))
            print("bench_corpus: %s: %d documents, %d sentences, %.1f MB"
                  % (name, docs, sents, nbytes / 1e6), file=sys.stderr)
    for path, n in counts.items():
        print("bench_corpus:   %6d distinct sentences from %s" % (n, path), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
