#!/bin/sh
# tools/dev-eval.sh — score dyad on the two development gold files.
#
#   tools/dev-eval.sh [--phoenix] [--high] [--verbose] [--keep DIR] [dict flags...]
#
# news_dev.jsonl is turned into one JSONL document per article (its sentences
# joined with a space, in order; the date from the gold), plover_gsr_dev.jsonl
# into one document per record; both are coded with `dyad code` (dyad's dict/
# by default, the Phoenix dictionaries with --phoenix, or the dictionary flags
# given: --dict DIR, --verbs F, --actors F ...) and scored with `dyad eval`.
# Prints a small table (rows: news, news-mt = its machine-translated articles
# only, plover) and the events coded on the event-free news articles;
# --high scores with `dyad eval --high` (low-confidence gold events optional);
# --verbose also prints each article's misses and false positives; --keep DIR
# leaves the documents, predictions and eval reports there.
# Environment: DYAD (default build/dyad), SHARED (default ../shared/data).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
DYAD=${DYAD:-$ROOT/build/dyad}
SHARED=${SHARED:-$ROOT/../shared/data}
DEV=$SHARED/dev

config=dyad
verbose=""
high=""
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
	--high) high=--high ;;
	--keep) keep=$2; shift ;;
	-h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
	"$W/plover_docs.jsonl" "$W/news_mt_gold.jsonl" "$W/news_empty.txt" <<'EOF' || exit 2
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
# Subsets of the news gold: machine-translated articles, and the ids of
# articles with no gold event (trap words only) to count false alarms.
events = {}
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[5], "w", encoding="utf-8") as mt:
    for line in f:
        if not line.strip():
            continue
        r = json.loads(line)
        m = re.match(r"^(.*)-s(\d+)$", r["id"])
        art = m.group(1) if m else r["id"]
        events[art] = events.get(art, 0) + len(r.get("events") or [])
        if r.get("mt"):
            mt.write(line if line.endswith("\n") else line + "\n")
with open(sys.argv[6], "w", encoding="utf-8") as out:
    for art, n in events.items():
        if n == 0:
            out.write(art + "\n")
EOF

printf '%-8s %-11s %5s %6s %6s %6s %6s %6s %6s %6s %7s\n' config gold docs events \
	L1-P L1-R L1-F1 L2-P L2-R L2-F1 PLOVER-F1
status=0
for set in news news-mt plover; do
	case $set in
	news) gold=$DEV/news_dev.jsonl; in=news ;;
	news-mt) gold=$W/news_mt_gold.jsonl; in=news ;; # the news predictions, MT articles only
	plover) gold=$DEV/plover_gsr_dev.jsonl; in=plover ;;
	esac
	# shellcheck disable=SC2086
	if [ $set != news-mt ] && ! "$DYAD" code --in jsonl $dictflags "$W/${in}_docs.jsonl" \
		>"$W/${in}_pred.jsonl" 2>"$W/${in}_code.err"; then
		echo "dev-eval: dyad code failed on $set:" >&2
		tail -n 5 "$W/${in}_code.err" >&2
		status=1
		continue
	fi
	[ -f "$W/${in}_pred.jsonl" ] || continue
	if ! "$DYAD" eval "$gold" "$W/${in}_pred.jsonl" --plover $high $verbose >"$W/${set}_eval.txt"; then
		echo "dev-eval: dyad eval failed on $set" >&2
		status=1
		continue
	fi
	[ -n "$verbose" ] && { echo "== $set"; sed '/^eval:/d' "$W/${set}_eval.txt"; }
	docs=$(awk '/^gold /{print $3; exit}' "$W/${set}_eval.txt")
	# predicted events on the documents of this gold ("N for documents not in the gold" excluded)
	events=$(awk '/^pred / { out = 0
		if (match($0, /[0-9]+ for documents not in the gold/)) out = substr($0, RSTART, RLENGTH) + 0
		print $3 - out; exit }' "$W/${set}_eval.txt")
	awk -v config=$config -v set=$set -v docs="$docs" -v events="$events" '
	$1 == "L1" || $1 == "L2" || $1 == "PLOVER" { p[$1] = $5; r[$1] = $6; f[$1] = $7 }
	END {
		printf "%-8s %-11s %5d %6d %6s %6s %6s %6s %6s %6s %7s\n", config, set, docs, events,
			("L1" in p) ? p["L1"] : "-", ("L1" in r) ? r["L1"] : "-", ("L1" in f) ? f["L1"] : "-",
			("L2" in p) ? p["L2"] : "-", ("L2" in r) ? r["L2"] : "-", ("L2" in f) ? f["L2"] : "-",
			("PLOVER" in f) ? f["PLOVER"] : "-"
	}' "$W/${set}_eval.txt"
done
# False alarms: events coded on the news articles whose gold has none.
if [ -f "$W/news_pred.jsonl" ]; then
	awk -F'"doc":"' 'NR == FNR { empty[$0] = 1; n++; next }
	{ split($2, d, "\""); if (d[1] in empty) fa++ }
	END { printf "event-free news articles: %d, events coded on them: %d\n", n, fa }' \
		"$W/news_empty.txt" "$W/news_pred.jsonl"
fi
exit $status
