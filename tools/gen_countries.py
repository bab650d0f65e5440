#!/usr/bin/env python3
"""tools/gen_countries.py — generate dict/countries.actors.

Reads Debian's iso-codes list of ISO 3166-1 countries (all 249 entries: alpha-3
code, name, common and official names) and the hand-written table
tools/country_extras.tsv (demonyms, capitals, metonyms, CAMEO codes ISO lacks,
historical states, regions, phrases that must not code), and writes one actor
file in the TABARI syntax dyad reads (docs/dictionaries.md).

Usage: tools/gen_countries.py [--iso FILE] [--extras FILE] [-o OUT]
       (defaults: /usr/share/iso-codes/json/iso_3166-1.json,
        tools/country_extras.tsv, stdout)

Output is deterministic (sorted by code, names in a fixed order) so that a
regeneration with the same inputs gives a byte-identical file.
"""

import argparse
import json
import os
import subprocess
import sys
import unicodedata

ISO_DEFAULT = "/usr/share/iso-codes/json/iso_3166-1.json"
HERE = os.path.dirname(os.path.abspath(__file__))
EXTRAS_DEFAULT = os.path.join(HERE, "country_extras.tsv")

KINDS = {"name", "demonym", "capital", "metonym", "drop", "state", "nocode", "region"}


def fold(s):
    """Uppercase with diacritics removed, the way dyad normalises text."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'")
    return s.upper()


def phrase(s):
    """Text form -> dictionary phrase: words joined by '_', every word whole.

    Hyphens split words in text, and the possessive 's is its own token, so both
    become separate words here too. The trailing '_' makes the last word exact:
    country words must not match as stems (NIGER would match NIGERIA)."""
    s = fold(s).replace("-", " ")
    s = s.replace("'S ", " 'S ")
    if s.endswith("'S"):
        s = s[:-2] + " 'S"
    words = s.split()
    return "_".join(words) + "_" if words else ""


def iso_names(entry):
    """Names of one ISO entry, in a fixed order: common, name, official."""
    out = []
    for key in ("common_name", "name", "official_name"):
        n = entry.get(key)
        if not n:
            continue
        # "Holy See (Vatican City State)", "Saint Martin (French part)": the
        # bracketed part is not used in running text; extras add what is.
        if "(" in n:
            n = n[: n.index("(")].strip()
        # "Iran, Islamic Republic of" -> "Islamic Republic of Iran";
        # "Virgin Islands, British" -> "British Virgin Islands". Other comma
        # forms ("Bonaire, Sint Eustatius and Saba") are lists, kept whole.
        if ", " in n:
            head, tail = n.split(", ", 1)
            if tail.endswith(" of") or tail.endswith(" of the") or tail in ("British", "U.S."):
                if tail.startswith("The "):
                    tail = "the " + tail[4:]
                n = tail + " " + head
        if n.lower().startswith("the "):
            n = n[4:]
        out.append(n)
    return out


def variants(name):
    """Spelling variants news copy uses for a name."""
    out = [name]
    if name.startswith("Saint "):
        out += ["St " + name[6:], "St. " + name[6:]]
    if " and " in name:
        out.append(name.replace(" and ", " & "))
    return out


def plural(word):
    """Plural of a demonym ("Afghan" -> "Afghans"); None when it has none."""
    low = word.lower()
    # Frenchman -> Frenchmen, but German -> Germans, Omani -> Omanis
    if low.endswith(("chman", "shman", "sman", "woman")):
        return word[:-2] + ("EN" if word.isupper() else "en")
    if low.endswith(("ese", "sh", "ch", "ss", "s", "x", "z")):
        return None
    return word + "s"


def read_extras(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3 or cols[1] not in KINDS:
                sys.exit("%s:%d: expected CODE<TAB>KIND<TAB>PHRASES[<TAB>CODES]" % (path, no))
            code, kind, phrases = cols[0], cols[1], [p.strip() for p in cols[2].split("|")]
            codes = cols[3].strip() if len(cols) > 3 else ""
            if kind in ("metonym", "nocode", "region") and not codes:
                sys.exit("%s:%d: %s needs code blocks" % (path, no, kind))
            rows.append((no, code, kind, phrases, codes))
    return rows


def iso_version():
    try:
        v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                           capture_output=True, text=True, check=True).stdout.strip()
        return v or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


class Out:
    """Collects entries; a phrase is emitted once, for its first owner."""

    def __init__(self):
        self.lines = []
        self.seen = set()

    def entry(self, phrases, codes):
        ps = []
        for p in phrases:
            if p and p not in self.seen:
                self.seen.add(p)
                ps.append(p)
        if not ps:
            return 0
        self.lines.append("%s %s" % (ps[0], codes))
        self.lines.extend("+" + p for p in ps[1:])
        return len(ps)

    def comment(self, text):
        self.lines.append("# " + text)

    def blank(self):
        self.lines.append("")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso", default=ISO_DEFAULT)
    ap.add_argument("--extras", default=EXTRAS_DEFAULT)
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args()

    with open(args.iso, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    extras = read_extras(args.extras)
    by_code = {}
    for row in extras:
        by_code.setdefault(row[1], []).append(row)
    iso_codes = {e["alpha_3"] for e in iso}
    for no, code, kind, _, _ in extras:
        if kind in ("name", "demonym", "capital", "drop") and code not in iso_codes \
                and not any(r[2] == "state" for r in by_code.get(code, [])):
            sys.exit("%s:%d: unknown country code %s" % (args.extras, no, code))

    out = Out()
    # Phrases that must not code are emitted first so that no country claims them.
    for no, code, kind, phrases, codes in extras:
        if kind == "nocode":
            out.comment("not actors: places named after a country")
            out.entry([phrase(p) for p in phrases], codes)
            out.blank()

    n_countries = 0
    for e in sorted(iso, key=lambda x: x["alpha_3"]):
        code = e["alpha_3"]
        rows = by_code.get(code, [])
        drops = {phrase(p) for r in rows if r[2] == "drop" for p in r[3]}
        names = []
        for n in iso_names(e):
            names += variants(n)
        for r in rows:
            if r[2] == "name":
                for n in r[3]:
                    names += variants(n)
        dem = []
        for r in rows:
            if r[2] == "demonym":
                for d in r[3]:
                    dem.append(d)
                    pl = plural(d)
                    if pl:
                        dem.append(pl)
        phrases = [p for p in (phrase(n) for n in names + dem) if p not in drops]
        out.comment("%s %s (ISO %s %s)" % (code, e.get("common_name", e["name"]),
                                            e["alpha_2"], e.get("numeric", "")))
        if out.entry(phrases, "[%s]" % code):
            n_countries += 1
        caps = [phrase(c) for r in rows if r[2] == "capital" for c in r[3]]
        out.entry(caps, "[%sGOV]" % code)
        for r in rows:
            if r[2] == "metonym":
                out.entry([phrase(p) for p in r[3]], r[4])
        out.blank()

    out.comment("Entities ISO 3166-1 lacks, and historical states")
    for code in sorted({r[1] for r in extras if r[2] == "state"}):
        rows = by_code[code]
        main_rows = [r for r in rows if r[2] == "state"]
        dem = []
        for r in rows:
            if r[2] == "demonym":
                for d in r[3]:
                    dem.append(d)
                    if plural(d):
                        dem.append(plural(d))
        for r in main_rows:
            out.entry([phrase(p) for p in r[3]] + [phrase(d) for d in dem], r[4] or "[%s]" % code)
        caps = [phrase(c) for r in rows if r[2] == "capital" for c in r[3]]
        out.entry(caps, "[%sGOV]" % code)
        for r in rows:
            if r[2] == "metonym":
                out.entry([phrase(p) for p in r[3]], r[4])
    out.blank()
    out.comment("International regions (CAMEO manual table 3.3)")
    for no, code, kind, phrases, codes in extras:
        if kind == "region":
            out.entry([phrase(p) for p in phrases], codes)

    head = [
        "# dict/countries.actors — countries, their names, demonyms, capitals and metonyms.",
        "# generated by tools/gen_countries.py from iso-codes %s (iso_3166-1.json, %d entries)" % (
            iso_version(), len(iso)),
        "# and tools/country_extras.tsv. Do not edit: edit the extras table and regenerate",
        "# (python3 tools/gen_countries.py -o dict/countries.actors).",
        "# A country code alone is the country; capitals code as the government (XXXGOV).",
        "",
    ]
    text = "\n".join(head + out.lines).rstrip("\n") + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    print("gen_countries: %d ISO countries, %d phrases" % (n_countries, len(out.seen)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
