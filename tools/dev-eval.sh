#!/bin/sh
# tools/dev-eval.sh — score dyad on the two development gold files.
#
#   tools/dev-eval.sh [--phoenix] [--verbose] [--keep DIR] [dict flags...]
#
# news_dev.jsonl is turned into one JSONL document per article (its sentences
# joined with a space, in order; the date from the gold), plover_gsr_dev.jsonl
# into one document per record; both are coded with `dyad code` (dyad's dict/
# by default, the Phoenix dictionaries with --phoenix, or the dictionary flags
# given: --dict DIR, --verbs F, --actors F ...) and scored with `dyad eval`.
# Prints a small table; --verbose also prints each article's misses and false
# positives; --keep DIR leaves the documents and predictions there.
# Environment: DYAD (default build/dyad), SHARED (default ../shared/data).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
DYAD=${DYAD:-$ROOT/build/dyad}
SHARED=${SHARED:-$ROOT/../shared/data}
DEV=$SHARED/dev

config=dyad
verbose=""
keep=""
dictflags=""
while [ $# -gt 0 ]; do
	case $1 in
	--phoenix)
		config=phoenix
		P=$SHARED/dictionaries/phoenix
		dictflags="$dictflags --verbs $SHARED/dictionaries/petrarch1/CAMEO.verbpatterns.150430.txt"
		dictflags="$dictflags --actors $P/Phoenix.Countries.actors.txt"
		dictflags="$dictflags --actors $P/Phoenix.International.actors.txt"
		dictflags="$dictflags --actors $P/Phoenix.MilNonState.actors.txt"
		dictflags="$dictflags --agents $P/Phoenix.agents.txt"
		dictflags="$dictflags --discards $P/Phoenix.discards.txt"
		dictflags="$dictflags --issues $P/Phoenix.IssueCoding.txt" ;;
	--verbose | -v) verbose=--verbose ;;
	--keep) keep=$2; shift ;;
	-h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) config=custom; dictflags="$dictflags $1" ;;
	esac
	shift
done
[ -n "$dictflags" ] || dictflags="--dict $ROOT/dict"

for f in "$DEV/news_dev.jsonl" "$DEV/plover_gsr_dev.jsonl"; do
	[ -f "$f" ] || { echo "dev-eval: $f not found (set SHARED)" >&2; exit 2; }
done
[ -x "$DYAD" ] || { echo "dev-eval: $DYAD not built (make)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "dev-eval: needs python3" >&2; exit 2; }

if [ -n "$keep" ]; then
	mkdir -p "$keep" && W=$keep
else
	W=$(mktemp -d "${TMPDIR:-/tmp}/dyad-dev-eval.XXXXXX") || exit 2
	trap 'rm -rf "$W"' EXIT INT TERM
fi

# Gold records -> input documents. Articles: "<article>-s<N>" records joined
# in sentence order; PLOVER records are documents of their own.
python3 - "$DEV/news_dev.jsonl" "$W/news_docs.jsonl" "$DEV/plover_gsr_dev.jsonl" \
	"$W/plover_docs.jsonl" <<'EOF' || exit 2
import json, re, sys
def convert(src, dst, by_article):
    arts = {}
    order = []
    with open(src, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            m = re.match(r"^(.*)-s(\d+)$", r["id"]) if by_article else None
            art, n = (m.group(1), int(m.group(2))) if m else (r["id"], 0)
            if art not in arts:
                arts[art] = {"date": r.get("date"), "parts": []}
                order.append(art)
            arts[art]["parts"].append((n, r["text"]))
    with open(dst, "w", encoding="utf-8") as out:
        for art in order:
            a = arts[art]
            text = " ".join(t for _, t in sorted(a["parts"], key=lambda p: p[0]))
            doc = {"id": art, "text": text}
            if a["date"]:
                doc["date"] = a["date"]
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
convert(sys.argv[1], sys.argv[2], True)
convert(sys.argv[3], sys.argv[4], False)
EOF

printf '%-8s %-11s %5s %6s %6s %6s %6s %6s %6s %6s %7s\n' config gold docs events \
	L1-P L1-R L1-F1 L2-P L2-R L2-F1 PLOVER-F1
status=0
for set in news plover; do
	if [ $set = news ]; then gold=$DEV/news_dev.jsonl; else gold=$DEV/plover_gsr_dev.jsonl; fi
	# shellcheck disable=SC2086
	if ! "$DYAD" code --in jsonl $dictflags "$W/${set}_docs.jsonl" >"$W/${set}_pred.jsonl" \
		2>"$W/${set}_code.err"; then
		echo "dev-eval: dyad code failed on $set:" >&2
		tail -n 5 "$W/${set}_code.err" >&2
		status=1
		continue
	fi
	if ! "$DYAD" eval "$gold" "$W/${set}_pred.jsonl" --plover $verbose >"$W/${set}_eval.txt"; then
		echo "dev-eval: dyad eval failed on $set" >&2
		status=1
		continue
	fi
	[ -n "$verbose" ] && { echo "== $set"; sed '/^eval:/d' "$W/${set}_eval.txt"; }
	docs=$(wc -l <"$W/${set}_docs.jsonl")
	events=$(grep -c . "$W/${set}_pred.jsonl")
	awk -v config=$config -v set=$set -v docs="$docs" -v events="$events" '
	$1 == "L1" || $1 == "L2" || $1 == "PLOVER" { p[$1] = $5; r[$1] = $6; f[$1] = $7 }
	END {
		printf "%-8s %-11s %5d %6d %6s %6s %6s %6s %6s %6s %7s\n", config, set, docs, events,
			("L1" in p) ? p["L1"] : "-", ("L1" in r) ? r["L1"] : "-", ("L1" in f) ? f["L1"] : "-",
			("L2" in p) ? p["L2"] : "-", ("L2" in r) ? r["L2"] : "-", ("L2" in f) ? f["L2"] : "-",
			("PLOVER" in f) ? f["PLOVER"] : "-"
	}' "$W/${set}_eval.txt"
done
exit $status
