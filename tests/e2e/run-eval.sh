#!/bin/sh
# tests/e2e/run-eval.sh — `dyad eval` on small hand-computed gold/prediction
# pairs (sets, article grouping, either-direction consultations, PLOVER,
# --by doc, errors), then gold against itself on ../shared/data/dev when present.
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DYAD=${DYAD:-$ROOT/build/dyad}
SHARED=${SHARED:-$ROOT/../shared/data}
T=$(mktemp -d "${TMPDIR:-/tmp}/dyad-eval.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT INT TERM
fails=0
check() { # name expected-eval-line file
	got=$(grep '^eval:' "$3")
	if [ "$got" = "$2" ]; then
		echo "ok   $1"
	else
		echo "FAIL $1"
		echo "  expected: $2"
		echo "  got:      $got"
		sed 's/^/  | /' "$3"
		fails=$((fails + 1))
	fi
}

cat >"$T/gold.jsonl" <<'EOF'
{"id":"a-s1","text":"...","events":[{"source":"KENGOV","code":"046","target":"ETHGOV"},{"source":"ETHGOV","code":"046","target":"KENGOV"}]}
{"id":"a-s2","text":"...","events":[{"source":"KENGOV","code":"111","target":"SOM"}]}

{"id":"b-s1","text":"...","events":[{"source":"RUSMIL","code":"195","target":"UKR"}]}
{"id":"c-s1","text":"...","events":[]}
EOF
cat >"$T/pred.jsonl" <<'EOF'
{"doc":"a","sentence":1,"source":"ETHGOV","target":"KENGOV","code":"046","root":"04"}
{"doc":"a","sentence":2,"source":"KENGOV","target":"SOM","code":"112","root":"11"}
{"doc":"b","sentence":1,"source":"RUSMIL","target":"UKR","code":"195","root":"19"}
{"doc":"b","sentence":1,"source":"RUSMIL","target":"UKR","code":"195","root":"19"}
{"doc":"b","sentence":1,"source":"RUS","target":"UKR","code":"190","root":"19"}
{"doc":"c","sentence":1,"source":"USA","target":"---","code":"010","root":"01"}
{"doc":"zzz","sentence":1,"source":"USA","target":"RUS","code":"190","root":"19"}
EOF
# L2 gold {ETHGOV 046 KENGOV, KENGOV 111 SOM, RUSMIL 195 UKR}; pred adds
# KENGOV 112 SOM, RUS 190 UKR, USA 010 ---: P 2/5 R 2/3. L1 gold {ETH 04 KEN,
# KEN 11 SOM, RUS 19 UKR}, pred adds USA 01 ---: P 3/4 R 3/3. zzz is ignored.
"$DYAD" eval "$T/gold.jsonl" "$T/pred.jsonl" >"$T/out1" 2>&1
check "articles, sets, either direction" \
	"eval: 3 articles, L1 P 0.750 R 1.000 F1 0.857, L2 P 0.400 R 0.667 F1 0.500" "$T/out1"
grep -q "1 for documents not in the gold" "$T/out1" || { echo "FAIL ignored count"; fails=$((fails + 1)); }

"$DYAD" eval "$T/gold.jsonl" <"$T/pred.jsonl" --verbose >"$T/out2" 2>&1
if grep -q '^  L2     fp   KENGOV 112 SOM$' "$T/out2" && grep -q '^  L2     miss KENGOV 111 SOM$' "$T/out2" &&
	! grep -q 'L1 .*miss' "$T/out2"; then
	echo "ok   --verbose and stdin"
else
	echo "FAIL --verbose and stdin"; sed 's/^/  | /' "$T/out2"; fails=$((fails + 1))
fi

# --by doc: every record is scored alone; one of three gold items predicted.
echo '{"doc":"a-s2","source":"KENGOV","target":"SOM","code":"111"}' >"$T/pred_doc.jsonl"
"$DYAD" eval --by doc "$T/gold.jsonl" "$T/pred_doc.jsonl" >"$T/out3" 2>&1
check "--by doc" "eval: 4 articles, L1 P 1.000 R 0.333 F1 0.500, L2 P 1.000 R 0.333 F1 0.500" "$T/out3"

# PLOVER gold: categories instead of codes; CONSULT either direction; 01x has no category.
cat >"$T/pgold.jsonl" <<'EOF'
{"id":"P-THREATEN-1","events":[{"source":"USA","target":"RUS","plover":"THREATEN"}]}
{"id":"P-CONSULT-2","events":[{"source":"FRAGOV","target":"DEU","plover":"consult"}]}
{"id":"P-RETREAT-3","events":[{"source":"ISR","target":"PSE","plover":"RETREAT"}]}
EOF
cat >"$T/ppred.jsonl" <<'EOF'
{"doc":"P-THREATEN-1","source":"USAGOV","target":"RUSGOV","code":"138"}
{"doc":"P-CONSULT-2","source":"DEUGOV","target":"FRA","code":"042"}
{"doc":"P-CONSULT-2","source":"DEUGOV","target":"---","code":"010"}
{"doc":"P-RETREAT-3","source":"ISRMIL","target":"PSE","code":"080"}
EOF
"$DYAD" eval "$T/pgold.jsonl" "$T/ppred.jsonl" >"$T/out4" 2>&1
check "PLOVER gold" "eval: 3 articles, PLOVER P 0.667 R 0.667 F1 0.667" "$T/out4"

# --plover on CAMEO gold adds the mapped level.
"$DYAD" eval "$T/gold.jsonl" "$T/pred.jsonl" --plover >"$T/out5" 2>&1
check "--plover on CAMEO gold" \
	"eval: 3 articles, L1 P 0.750 R 1.000 F1 0.857, L2 P 0.400 R 0.667 F1 0.500, PLOVER P 1.000 R 1.000 F1 1.000" \
	"$T/out5"

# --high: low-confidence gold events are optional (neither missed nor false).
cat >"$T/hgold.jsonl" <<'EOF'
{"id":"h-s1","events":[{"source":"USA","code":"190","target":"IRQ","confidence":"high"},{"source":"IRQ","code":"111","target":"USA","confidence":"low"},{"source":"GBR","code":"111","target":"IRQ","confidence":"low"}]}
EOF
cat >"$T/hpred.jsonl" <<'EOF'
{"doc":"h","source":"USA","target":"IRQ","code":"190"}
{"doc":"h","source":"IRQ","target":"USA","code":"111"}
{"doc":"h","source":"FRA","target":"IRQ","code":"190"}
EOF
"$DYAD" eval "$T/hgold.jsonl" "$T/hpred.jsonl" >"$T/out10" 2>&1
check "confidence ignored by default" \
	"eval: 1 articles, L1 P 0.667 R 0.667 F1 0.667, L2 P 0.667 R 0.667 F1 0.667" "$T/out10"
"$DYAD" eval "$T/hgold.jsonl" "$T/hpred.jsonl" --high >"$T/out11" 2>&1
check "--high" "eval: 1 articles, L1 P 0.500 R 1.000 F1 0.667, L2 P 0.500 R 1.000 F1 0.667" "$T/out11"

# Errors: a malformed line names file:line and fails; bad usage exits 2.
printf '{"id":"a-s1","events":[]}\n{"id": oops}\n' >"$T/bad.jsonl"
"$DYAD" eval "$T/bad.jsonl" "$T/pred.jsonl" >"$T/out6" 2>&1
rc=$?
if [ $rc -ne 0 ] && grep -q 'bad.jsonl:2:' "$T/out6"; then echo "ok   malformed gold"
else echo "FAIL malformed gold (rc $rc)"; cat "$T/out6"; fails=$((fails + 1)); fi
echo '{"doc":"a","source":"USA","target":"RUS","code":"19x"}' >"$T/badpred.jsonl"
"$DYAD" eval "$T/gold.jsonl" "$T/badpred.jsonl" >"$T/out7" 2>&1
rc=$?
if [ $rc -ne 0 ] && grep -q 'badpred.jsonl:1:' "$T/out7"; then echo "ok   malformed prediction"
else echo "FAIL malformed prediction (rc $rc)"; cat "$T/out7"; fails=$((fails + 1)); fi
"$DYAD" eval >/dev/null 2>&1
rc1=$?
"$DYAD" eval "$T/gold.jsonl" "$T/pred.jsonl" --by sentence >/dev/null 2>&1
rc2=$?
"$DYAD" eval "$T/nonexistent.jsonl" "$T/pred.jsonl" >/dev/null 2>&1
rc3=$?
if [ $rc1 = 2 ] && [ $rc2 = 2 ] && [ $rc3 = 1 ]; then echo "ok   usage errors"
else echo "FAIL usage errors ($rc1 $rc2 $rc3)"; fails=$((fails + 1)); fi

# The dev gold files against themselves score 1.
if [ -f "$SHARED/dev/news_dev.jsonl" ]; then
	"$DYAD" eval "$SHARED/dev/news_dev.jsonl" "$SHARED/dev/news_dev.jsonl" --plover >"$T/out8" 2>&1
	check "news_dev against itself" \
		"eval: 58 articles, L1 P 1.000 R 1.000 F1 1.000, L2 P 1.000 R 1.000 F1 1.000, PLOVER P 1.000 R 1.000 F1 1.000" \
		"$T/out8"
	"$DYAD" eval "$SHARED/dev/plover_gsr_dev.jsonl" "$SHARED/dev/plover_gsr_dev.jsonl" >"$T/out9" 2>&1
	check "plover_gsr_dev against itself" "eval: 164 articles, PLOVER P 1.000 R 1.000 F1 1.000" "$T/out9"
else
	echo "skip dev gold: $SHARED/dev not found"
fi

[ $fails = 0 ] && echo "eval e2e: all passed" || echo "eval e2e: $fails failed"
[ $fails = 0 ]
