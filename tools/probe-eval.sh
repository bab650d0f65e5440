#!/bin/sh
# tools/probe-eval.sh [dict flags...] — code the probe article sets of
# tests/probe/ (news written for dyad and hand-coded; see its README) and
# score each with `dyad eval`: one line per set with L1 and L2 precision,
# recall and F1, then the totals over all sets.
# Environment: DYAD (default build/dyad). Dictionary flags as for `dyad code`
# (default --dict dict).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DYAD=${DYAD:-$ROOT/build/dyad}
DIR=$ROOT/tests/probe
[ -x "$DYAD" ] || { echo "probe-eval: $DYAD not built (make)" >&2; exit 2; }
[ $# -gt 0 ] || set -- --dict "$ROOT/dict"
W=$(mktemp -d "${TMPDIR:-/tmp}/dyad-probe.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT INT TERM
printf '%-13s %5s %6s %6s %6s %6s %6s %6s\n' set arts L1-P L1-R L1-F1 L2-P L2-R L2-F1
for gold in "$DIR"/*-gold.jsonl; do
	name=$(basename "$gold" -gold.jsonl)
	"$DYAD" code "$@" "$DIR/$name-articles.jsonl" >"$W/$name.pred" 2>"$W/$name.err" || {
		echo "probe-eval: dyad code failed on $name:" >&2
		cat "$W/$name.err" >&2
		exit 1
	}
	cat "$gold" >>"$W/all.gold"
	cat "$W/$name.pred" >>"$W/all.pred"
	"$DYAD" eval "$gold" "$W/$name.pred" >"$W/$name.eval" || exit 1
	arts=$(wc -l <"$DIR/$name-articles.jsonl")
	awk -v n="$name" -v a="$arts" '$1 == "L1" { p1 = $5; r1 = $6; f1 = $7 } $1 == "L2" { p2 = $5; r2 = $6; f2 = $7 }
		END { printf "%-13s %5d %6s %6s %6s %6s %6s %6s\n", n, a, p1, r1, f1, p2, r2, f2 }' "$W/$name.eval"
done
"$DYAD" eval "$W/all.gold" "$W/all.pred" >"$W/all.eval" || exit 1
awk '$1 == "L1" { p1 = $5; r1 = $6; f1 = $7 } $1 == "L2" { p2 = $5; r2 = $6; f2 = $7 }
	END { printf "%-13s %5s %6s %6s %6s %6s %6s %6s\n", "all", "", p1, r1, f1, p2, r2, f2 }' "$W/all.eval"
