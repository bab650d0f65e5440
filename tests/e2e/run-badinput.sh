#!/bin/sh
# tests/e2e/run-badinput.sh — `dyad code` on bad and pathological input.
# Each case must end with an exit code below 128 (no crash, no sanitizer abort),
# within its time bound, with a message naming the file (and the line, for
# record-level problems) on stderr; in batch, the good records around a bad one
# must still code (event count equal to a clean run of the good records alone).
# Dictionaries are tiny ones written here, so the suite needs nothing from ../shared.
#
# Hard checks fail the suite. "todo" lines are known gaps (wanted behaviour
# not there yet); they are printed and counted but do not fail the suite.
# BADINPUT_BIG_MB (default 50) sizes the single-line cases.
set -u
DYAD=${DYAD:?set DYAD to the dyad binary}
BIG_MB=${BADINPUT_BIG_MB:-50}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-badinput.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM
cd "$TMP" || exit 1

fails=0
todos=0
checks=0
ok() { checks=$((checks + 1)); }
fail() { fails=$((fails + 1)); echo "FAIL [$case] $*"; sed 's/^/    stderr: /' err | head -n 8; }
todo() { todos=$((todos + 1)); echo "todo [$case] $*"; }

# run CASE LIMIT_S ARGS... — run dyad with a time bound; sets rc, secs; stdout in
# out, stderr in err. A crash, sanitizer report or timeout is a hard failure.
run() {
	case=$1
	limit=$2
	shift 2
	t0=$(date +%s.%N)
	timeout -s KILL "$limit" "$DYAD" "$@" >out 2>err
	rc=$?
	secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
	if [ $rc -ge 128 ] || [ $rc = 124 ]; then
		fail "exit code $rc after ${secs}s (crash or over the ${limit}s bound)"
	elif grep -Eq 'ERROR: AddressSanitizer|runtime error:|Segmentation' err; then
		fail "sanitizer report"
	else
		ok
	fi
	# leaks at exit on an error path (sanitized builds only) are wanted fixed but harmless
	if grep -q 'LeakSanitizer' err; then
		todo "leak at exit: $(grep -m1 -o 'in [A-Za-z_0-9]* src/[^ ]*' err || true)"
	fi
}
# stderr must match an extended regex (hard) / should (todo)
must_say() {
	if grep -Eq -- "$1" err; then ok; else fail "stderr lacks /$1/"; fi
}
should_say() {
	if grep -Eq -- "$1" err; then ok; else todo "stderr lacks /$1/${2:+ ($2)}"; fi
}
rc_holds() { # -eq|-ne N
	case $1 in
	-eq) [ "$rc" -eq "$2" ] ;;
	*) [ "$rc" -ne "$2" ] ;;
	esac
}
rc_is() {
	if rc_holds "$1" "$2"; then ok; else fail "exit code $rc, wanted $1 $2"; fi
}
# events coded for documents whose id starts with "g" (the good ones)
good_events() { grep -c '"doc":"g' out; }
same_events() { # expected
	n=$(good_events)
	if [ "$n" = "$1" ]; then ok; else fail "good records gave $n events, a clean run gives $1"; fi
}
valid_utf8_out() {
	if iconv -f UTF-8 -t UTF-8 out >/dev/null 2>&1; then ok; else todo "output is not valid UTF-8" "$1"; fi
}

# --- dictionaries (facts only: ISO country codes, CAMEO codes) ---
cat >t.verbs <<'EOF'
ACCUSE  [112]
- * OF  [112]
CRITICIZE  [111]
MEET  [040]
RESTORE  [064]
THREATEN  [130]
EOF
cat >t.actors <<'EOF'
FRANCE  [FRA]
GERMANY  [DEU]
ITALY  [ITA]
SPAIN  [ESP]
PORTUGAL  [PRT]
EOF
cat >t.agents <<'EOF'
MINISTER_  [~GOV]
POLICE_  [~COP]
EOF
DICT="--verbs t.verbs --actors t.actors --agents t.agents"

g1='{"id":"g1","date":"2020-01-01","text":"France accused Germany of spying."}'
g2='{"id":"g2","date":"2020-01-02","text":"Italy criticized Spain on Monday."}'
g3='{"id":"g3","date":"2020-01-03","text":"The Portuguese minister met Italy in Rome."}'
g4='{"id":"g4","date":"2020-01-04","text":"Germany threatened France with sanctions."}'
printf '%s\n%s\n%s\n%s\n' "$g1" "$g2" "$g3" "$g4" >good.jsonl

# shellcheck disable=SC2086
run clean 30 code $DICT good.jsonl
rc_is -eq 0
CLEAN=$(good_events)
if [ "$CLEAN" -lt 2 ]; then
	fail "clean run coded only $CLEAN events; batch comparisons below would prove nothing"
fi

# mixed FILE — the four good records with bad lines between them
mixed() { # file line2 line4
	printf '%s\n%s\n%s\n%s\n%s\n%s\n' "$g1" "$2" "$g2" "$g3" "$3" "$g4" >"$1"
}

# --- invalid UTF-8 ---
mixed utf8.jsonl \
	"$(printf '{"id":"b1","date":"2020-01-01","text":"Italy \377\376 criticized Spain."}')" \
	"$(printf '{"id":"b\3752","date":"2020-01-01","text":"Spain \300\257 met France."}')"
# shellcheck disable=SC2086
run utf8-jsonl 30 code $DICT utf8.jsonl
must_say 'utf8\.jsonl'
must_say 'UTF-8'
should_say 'utf8\.jsonl:2' "warning names the document, not its line"
same_events "$CLEAN"
valid_utf8_out "an invalid byte in an id is copied into the JSON output"

printf 'Italy \303\050 criticized Spain. France \355\240\200 accused Germany of spying.\n' >utf8.txt
# shellcheck disable=SC2086
run utf8-text 30 code $DICT --in text --date 2020-01-01 utf8.txt
must_say 'utf8\.txt'
must_say 'UTF-8'
valid_utf8_out "text file"

# --- NUL bytes ---
mixed nul.jsonl \
	"$(printf '{"id":"n1","date":"2020-01-01","text":"Italy \\u0000 criticized Spain."}')" \
	'{"id":"n2","date":"2020-01-01","text":"Italy XNULX criticized Spain."}'
# a raw NUL byte inside the second bad line (the shell cannot hold one in a variable)
sed -i 's/XNULX/\x00/' nul.jsonl
# shellcheck disable=SC2086
run nul-jsonl 30 code $DICT nul.jsonl
must_say 'nul\.jsonl:2'
must_say 'nul\.jsonl:5'
same_events "$CLEAN"

printf 'Italy criticized\000 Spain.\nFrance accused Germany of spying.\n' >nul.txt
# shellcheck disable=SC2086
run nul-text 30 code $DICT --in text --date 2020-01-01 nul.txt
should_say 'nul\.txt.*(NUL|\\0)' "a NUL byte in a text file passes silently"

# --- JSON record problems: missing text, broken JSON, bad date ---
mixed nojson.jsonl '{"id":"m1","date":"2020-01-01","title":"no text here"}' \
	'{"id":"m2","date":"2020-01-01","text":"France accu'
# shellcheck disable=SC2086
run json-records 30 code $DICT nojson.jsonl
must_say 'nojson\.jsonl:2:.*text'
must_say 'nojson\.jsonl:5:'
same_events "$CLEAN"

mixed date.jsonl '{"id":"d1","date":"2020-13-45","text":"Italy criticized Spain."}' \
	'{"id":"d2","date":"yesterday","text":"Italy criticized Spain."}'
# shellcheck disable=SC2086
run bad-date 30 code $DICT date.jsonl
must_say 'date\.jsonl:2:.*date'
must_say 'date\.jsonl:5:.*date'
same_events "$CLEAN"

# shellcheck disable=SC2086
run bad-date-flag 30 code $DICT --date 31/12/2020 good.jsonl
rc_is -ne 0
must_say '31/12/2020'

# --- TABARI and PETRARCH records ---
printf '200101 g1\nFrance accused Germany of spying.\n\nXX0101 b1\nItaly criticized Spain.\n\n200103 g3\nGermany threatened France.\n\n' >bad.tabari
# shellcheck disable=SC2086
run tabari-header 30 code $DICT --in tabari bad.tabari
should_say 'bad\.tabari:4' "a record with a malformed header line disappears silently"
printf '<Sentences>\n<Sentence date="20200101" id="g1"><Text>France accused Germany.</Text></Sentence>\n<Sentence date="2020" id="b2"><Text>Italy criticized Spain.</Text></Sentence>\n<Sentence date="20200103" id="g3"><Text>Germany threatened France.</Text></Sentence>\n<Sentence date="20200104" id="b4"><Text>Spain met\n' >bad.xml
# shellcheck disable=SC2086
run petrarch-records 30 code $DICT --in petrarch bad.xml
must_say 'bad\.xml:3:.*date'
must_say 'bad\.xml:5'
n=$(good_events)
if [ "$n" -ge 2 ]; then ok; else fail "good PETRARCH records gave $n events"; fi

# --- empty input, unknown flag, missing file ---
: >empty.jsonl
# shellcheck disable=SC2086
run empty 30 code $DICT empty.jsonl
rc_is -eq 0
if [ -s out ]; then fail "events from an empty file"; else ok; fi
should_say 'empty\.jsonl' "an empty input file is not mentioned"

# shellcheck disable=SC2086
run unknown-flag 30 code $DICT --frobnicate good.jsonl
rc_is -ne 0
must_say -- '--frobnicate'
if [ -s out ]; then fail "coded despite an unknown flag"; else ok; fi

# shellcheck disable=SC2086
run missing-file 30 code $DICT no-such-file.jsonl good.jsonl
rc_is -ne 0
must_say 'no-such-file\.jsonl'
same_events "$CLEAN"

run missing-dict 30 code --verbs no-such.verbs --actors t.actors good.jsonl
rc_is -ne 0
must_say 'no-such\.verbs'

# --- malformed dictionary entries: reported as file:line and skipped; --strict fatal ---
cp t.verbs bad.verbs
printf -- '- * ACCUSE_OF [112\nTHREATEN  [13x]\n- ** [ZZZ\n' >>bad.verbs
printf 'MONACO  [MCO\nANDORRA  AND]\n' >>t.actors.bad
cat t.actors >>t.actors.bad
run bad-verbs 30 code --verbs bad.verbs --actors t.actors --agents t.agents good.jsonl
must_say 'bad\.verbs:7'
must_say 'bad\.verbs:9'
same_events "$CLEAN"
run bad-verbs-strict 30 code --strict --verbs bad.verbs --actors t.actors --agents t.agents good.jsonl
rc_is -ne 0
must_say 'bad\.verbs:7'
if [ -s out ]; then fail "--strict coded despite a malformed entry"; else ok; fi
run bad-actors 30 code --verbs t.verbs --actors t.actors.bad --agents t.agents good.jsonl
must_say 't\.actors\.bad:1'
same_events "$CLEAN"
run bad-actors-strict 30 code --strict --verbs t.verbs --actors t.actors.bad good.jsonl
rc_is -ne 0
must_say 't\.actors\.bad:1'

# --- a BIG_MB single line ---
# JSONL: one document whose text is BIG_MB of running prose with no line break
awk -v mb="$BIG_MB" 'BEGIN {
	s = "Italy criticized Spain and France accused Germany of spying, "
	n = int(mb * 1048576 / length(s)) + 1
	printf "{\"id\":\"big\",\"date\":\"2020-01-01\",\"text\":\""
	for (i = 0; i < n; i++) printf "%s", s
	printf "\"}\n"
}' >big.jsonl
cat good.jsonl >>big.jsonl
# shellcheck disable=SC2086
run big-line 600 code $DICT big.jsonl
echo "info [big-line] ${BIG_MB} MB line: exit $rc in ${secs}s"
must_say 'big'
same_events "$CLEAN"
# the same line, but broken JSON (never closed): reported, then the good records code
head -c $((BIG_MB * 1048576)) big.jsonl >bigbroken.jsonl
echo >>bigbroken.jsonl
cat good.jsonl >>bigbroken.jsonl
# shellcheck disable=SC2086
run big-broken 120 code $DICT bigbroken.jsonl
must_say 'bigbroken\.jsonl:1'
same_events "$CLEAN"
rm -f big.jsonl bigbroken.jsonl

# --- pathological sentences: must finish within a few seconds ---
awk 'BEGIN {
	split("France Germany accused the of met criticized Italy Spain said officials and in on with a", w, " ")
	srand(7)
	for (i = 0; i < 100000; i++) printf "%s ", w[int(rand() * 16) + 1]
	print "."
}' >tok100k.txt
# shellcheck disable=SC2086
run 100k-tokens 10 code $DICT --in text --date 2020-01-01 tok100k.txt
echo "info [100k-tokens] exit $rc in ${secs}s"
must_say 'tok100k\.txt'
awk 'BEGIN {
	for (i = 0; i < 3000; i++) printf "France, Germany and Italy and "
	printf "Spain accused "
	for (i = 0; i < 3000; i++) printf "Portugal, Italy and "
	print "Germany of spying."
	printf "France said "
	for (i = 0; i < 2000; i++) printf "(Germany said \"Italy and "
	printf "Spain criticized Portugal"
	for (i = 0; i < 2000; i++) printf "\")"
	print "."
}' >compound.txt
# shellcheck disable=SC2086
run deep-compounds 10 code $DICT --in text --date 2020-01-01 compound.txt
echo "info [deep-compounds] exit $rc in ${secs}s"

echo "badinput: $checks checks passed, $fails failed, $todos todo"
[ "$fails" = 0 ]
