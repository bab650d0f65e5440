#!/usr/bin/env python3
"""tools/topic_add.py — add topic phrases to every block that carries a topic.

The appeal, demand, intention and rejection blocks of dict/*.verbs share
topic families (docs/verb-patterns.md, "Topic families"): each block has a
"# ceasefire", "# release", "# leader" ... section whose patterns give that
block's code for the topic (0256 in APPEAL, 1056 in DEMAND ...) in the forms
the block uses ("- * + T", "- * T +", "- * T"). This adds phrases to the
named section of every block, with the section's code and forms, so a family
changes in all its blocks at once:

    tools/topic_add.py leader "REMOVAL OF_ THE_ PRESIDENT" "TOPPLE"

Phrases already in a section are skipped. --dry-run prints what would change.
"""
import collections
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAT = re.compile(r"^- \* (\+ )?(.*?)( \+)? \[(\d+)\]$")


def sections(lines, topic):
    """(start, end) line ranges of '# topic' sections: up to the next comment,
    block header or blank line."""
    out = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == "# " + topic:
            j = i + 1
            while j < len(lines) and lines[j].startswith("- "):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def main(argv):
    dry = "--dry-run" in argv
    args = [a for a in argv if a != "--dry-run"]
    if len(args) < 2:
        sys.stderr.write(__doc__)
        return 2
    topic, phrases = args[0], [" ".join(p.upper().split()) for p in args[1:]]
    total = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "dict", "*.verbs"))):
        lines = open(path, encoding="utf-8").read().split("\n")
        secs = sections(lines, topic)
        if not secs:
            continue
        for start, end in reversed(secs):
            codes = collections.Counter()
            forms = {}
            have = set()
            for ln in lines[start + 1:end]:
                m = PAT.match(ln)
                if not m:
                    continue
                codes[m.group(4)] += 1
                form = ("+ " if m.group(1) else "") + "T" + (" +" if m.group(3) else "")
                forms.setdefault(m.group(2), []).append(form)
                have.add(ln)
            if not codes:
                continue
            code = codes.most_common(1)[0][0]
            first = next(iter(forms))
            new = []
            for p in phrases:
                for form in forms[first]:
                    ln = "- * " + form.replace("T", p) + " [" + code + "]"
                    if ln not in have:
                        new.append(ln)
            if new:
                lines[end:end] = new
                total += len(new)
                if dry:
                    print("%s:%d: %d lines [%s]" % (os.path.relpath(path, ROOT), start + 1, len(new), code))
        if not dry:
            open(path, "w", encoding="utf-8").write("\n".join(lines))
    print("topic_add: %s: %d patterns added" % (topic, total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
