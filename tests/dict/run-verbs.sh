#!/bin/sh
# tests/dict/run-verbs.sh — checks dyad's own verb, discard and issue
# dictionaries (dict/*.verbs, dict/dyad.discards, dict/dyad.issues):
#  1. a syntax check of every .verbs line (block headers, verbs, patterns with
#     one "*" and a [code]), no verb listed in two blocks, every code a CAMEO
#     code (checked against ../shared/data/codes when it is present);
#  2. coverage: every named code of cameo_event_codes.tsv has a pattern or a
#     default (skipped with a reason when ../shared is absent);
#  3. `dyad dict check` loads dict/ with nothing skipped;
#  4. a handful of our own sentences per CAMEO root, plus negatives that the
#     discards must stop, coded with `dyad code` and compared on source
#     country, code and target country; one sentence checks issue tags.
# Steps 3-4 skip with a printed reason when the binary is missing.
# Prints "ok NAME" / "FAIL NAME"; exits non-zero on any failure.
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DICT="$ROOT/dict"
DYAD=${DYAD:-$ROOT/build/dyad}
CODES="$ROOT/../shared/data/codes/cameo_event_codes.tsv"
T=$(mktemp -d "${TMPDIR:-/tmp}/dyad-verbs.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT INT TERM
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

VERBS=$(ls "$DICT"/*.verbs 2>/dev/null)
if [ -z "$VERBS" ]; then
	fail "verbs: no dict/*.verbs files"
	exit 1
fi

# ---- 1. syntax --------------------------------------------------------------
# The code list: the CAMEO table when ../shared is present, else any 2-4 digits.
if [ -f "$CODES" ]; then
	awk -F'\t' 'NR > 1 { print $1 }' "$CODES" >"$T/codes"
else
	: >"$T/codes"
fi
# shellcheck disable=SC2086
awk -v codes="$T/codes" '
function bad(msg) { printf "%s:%d: %s: %s\n", FILENAME, FNR, msg, raw; nbad++ }
function code_ok(c,   parts, n, i) {
	gsub(/^[ \t]+|[ \t]+$/, "", c)
	n = split(c, parts, ":")
	for (i = 1; i <= n; i++) {
		if (parts[i] == "---") continue
		if (parts[i] !~ /^[0-9][0-9][0-9]?[0-9]?$/) return 0
		if (have_codes && !(parts[i] in known)) return 0
	}
	return 1
}
BEGIN {
	while ((getline c < codes) > 0) { known[c] = 1; have_codes = 1 }
}
FNR == 1 { inblock = 0 }
{
	raw = $0
	line = $0
	if (line ~ /^[ \t]*(#|\/\/)/ || line ~ /^[ \t]*$/) next
	sub(/[ \t]#.*/, "", line); sub(/;.*/, "", line)
	gsub(/^[ \t]+|[ \t]+$/, "", line)
	if (line == "") next
	# <TIME> sections (relative dates) are checked by the loader: `dyad dict check`
	if (line ~ /^<TIME>/) { intime = 1; next }
	if (line ~ /^<\/TIME>/) { intime = 0; next }
	if (intime) next
	if (line ~ /^---/) {
		if (line !~ /^--- [A-Z0-9_]+ \[[^]]+\] ---$/) { bad("bad block header"); next }
		c = line; sub(/^[^[]*\[/, "", c); sub(/\].*/, "", c)
		if (!code_ok(c)) bad("unknown code [" c "]")
		inblock = 1
		next
	}
	if (!inblock) { bad("entry before the first block header"); next }
	if (line ~ /^-/) {
		if (line !~ /\[[^]]+\][ \t]*$/) { bad("pattern without a [code] at the end"); next }
		c = line; sub(/^.*\[/, "", c); sub(/\].*/, "", c)
		if (!code_ok(c)) bad("unknown code [" c "]")
		p = line; sub(/\[.*/, "", p)
		n = gsub(/\*/, "*", p)
		if (n != 1) bad("pattern needs exactly one *")
		if (p ~ /\{|\}/) bad("braces in a pattern")
		next
	}
	if (line ~ /^[&+<~{]/) { bad("synsets, forms and sections are not used in dyad files"); next }
	# a verb: WORD[_WORD...] [code]
	v = line; sub(/[ \t]*\[.*/, "", v)
	if (v !~ /^[A-Z][A-Z0-9_]*$/) { bad("bad verb"); next }
	if (line ~ /\[/) {
		c = line; sub(/^[^[]*\[/, "", c); sub(/\].*/, "", c)
		if (!code_ok(c)) bad("unknown code [" c "]")
	}
	key = v; sub(/_+$/, "", key)
	if (key in seen) bad("verb also listed at " seen[key])
	else seen[key] = FILENAME ":" FNR
}
END { exit nbad > 0 }
' $VERBS >"$T/syntax" 2>&1
if [ -s "$T/syntax" ]; then
	head -n 20 "$T/syntax"
	fail "verbs: syntax ($(wc -l <"$T/syntax") problems)"
else
	pass "verbs: syntax, no verb in two blocks"
fi

# ---- 2. coverage of the CAMEO code table -------------------------------------
if [ ! -f "$CODES" ]; then
	echo "skip verbs: coverage (no $CODES)"
else
	# shellcheck disable=SC2086
	cat $VERBS | sed 's/[ \t]#.*//' | grep -o '\[[0-9:]*\]' | tr -d '[]' | tr ':' '\n' |
		sort -u >"$T/used"
	# named codes below root level (roots are covered by their x0 code; the
	# unnamed Phoenix-only codes 0110 0357 109 1641-1643 have no meaning to code)
	awk -F'\t' 'NR > 1 && $2 > 1 && $4 != "" { print $1 }' "$CODES" | sort -u >"$T/named"
	comm -23 "$T/named" "$T/used" >"$T/missing"
	if [ -s "$T/missing" ]; then
		fail "verbs: coverage, codes without any pattern: $(tr '\n' ' ' <"$T/missing")"
	else
		pass "verbs: coverage, all $(wc -l <"$T/named") named CAMEO codes have patterns"
	fi
fi

if [ ! -x "$DYAD" ]; then
	echo "skip verbs: dict check and coding (no binary at $DYAD)"
	[ "$fails" = 0 ]
	exit
fi

# ---- 3. the loader accepts everything ------------------------------------------
if "$DYAD" dict check "$DICT" >"$T/check" 2>&1 && grep -q 'skipped 0' "$T/check"; then
	pass "verbs: dict check ($(grep -o 'patterns [0-9]*' "$T/check"))"
else
	head -n 20 "$T/check"
	fail "verbs: dict check"
fi

# ---- 4. coding ---------------------------------------------------------------
# id <TAB> text <TAB> expected "SOURCE CODE TARGET" (or "none"). Sources and
# targets compare on the country (first three characters), codes exactly.
cat >"$T/cases.tsv" <<'EOF'
v01a	Iran declined to comment on the report about Israel.	IRN 011 ---
v01b	Germany expressed condolences to Turkey over the earthquake victims.	DEU 018 TUR
v01c	India denied accusations by Pakistan that it had violated the ceasefire.	IND 016 PAK
v02a	France urged Iran to release the detained French nationals.	FRA 0253 IRN
v02b	Egypt called on Israel and Hamas to agree to a ceasefire.	EGY 0256 ISR
v02c	Sudan appealed to the United Nations for humanitarian aid.	SDN 0233 IGO
v03a	China offered to mediate between Russia and Ukraine.	CHN 039 RUS
v03b	Japan pledged to provide economic aid to Ukraine.	JPN 0331 UKR
v04a	Kenya held talks with Ethiopia on border security.	KEN 046 ETH
v04b	Turkey hosted Iraq for a two-day summit.	TUR 043 IRQ
v04c	Qatar mediated between Israel and Hamas.	QAT 045 ISR
v05a	Saudi Arabia praised Egypt for its efforts to end the war.	SAU 051 EGY
v05b	Israel and the United Arab Emirates signed a peace agreement.	ISR 057 ARE
v05c	Argentina apologized to Brazil for the incident.	ARG 055 BRA
v06a	Colombia extradited a suspected drug lord to the United States.	COL 063 USA
v06b	France and Egypt held joint military exercises.	FRA 062 EGY
v07a	The United States sent weapons to Ukraine.	USA 072 UKR
v07b	Peru granted political asylum to Bolivia's former interior minister.	PER 075 BOL
v08a	Russia lifted sanctions on Turkey.	RUS 085 TUR
v09a	Peru investigated Chile over the alleged corruption scandal.	PER 091 CHL
v10a	Iran demanded that the United States lift its sanctions.	IRN 1054 USA
v10b	Serbia demanded that Croatia release the detained Serbian citizens.	SRB 1053 HRV
v11a	Albania condemned Serbia for the attack.	ALB 111 SRB
v11b	Russia accused Ukraine of war crimes.	RUS 1124 UKR
v11c	Lebanon complained to the United Nations about Israeli air strikes.	LBN 114 IGO
v12a	Israel rejected a proposal by Egypt for direct talks.	ISR 125 EGY
v12b	Pakistan refused to release Indian fishermen.	PAK 1243 IND
v12c	Russia vetoed a resolution by the United States.	RUS 129 USA
v13a	North Korea threatened to attack South Korea with nuclear weapons.	PRK 1385 KOR
v13b	Iran threatened the United States with a blockade of the Strait of Hormuz.	IRN 1381 USA
v13c	China warned the United States of serious consequences.	CHN 130 USA
v14a	Kenyan protesters demonstrated against the finance bill.	KEN 1412 KEN
v14b	Argentine unions staged a general strike against the government.	ARG 143 ARG
v16a	Saudi Arabia severed diplomatic ties with Iran.	SAU 161 IRN
v16b	The European Union imposed sanctions on Belarus.	IGO 163 BLR
v16c	Switzerland expelled two Russian diplomats.	CHE 161 RUS
v17a	Turkey arrested dozens of Syrian refugees.	TUR 173 SYR
v17b	Ghana deported Liberian migrants.	GHA 174 LBR
v18a	Nigerian gunmen kidnapped Chinese workers near Abuja.	NGA 181 CHN
v18b	Hezbollah assassinated a Lebanese politician.	LBN 186 LBN
v19a	Israeli warplanes launched air strikes on Gaza.	ISR 195 PSE
v19b	Russian artillery shelled the Ukrainian city of Kharkiv.	RUS 194 UKR
v19c	India accused Pakistan of violating the ceasefire.	IND 1123 PAK
v20a	Serbian forces carried out ethnic cleansing against Kosovo Albanians.	SRB 203 KSV
w01	China summoned the Japanese ambassador to lodge a protest.	CHN 114 JPN
w02	The United Nations called on Israel and Hamas to return to dialogue.	IGO 026 ISR
w03	Kenyan doctors went on strike over unpaid salaries.	KEN 1432 KEN
w04	Iran vowed to retaliate against Israel.	IRN 138 ISR
w05	India and Pakistan held talks in Islamabad.	IND 046 PAK
w06	Russia cut diplomatic ties with Georgia.	RUS 161 GEO
n01	Japan beat Brazil 2-1 in the World Cup final on Sunday.	none
n02	Shares of Chinese tech companies attacked record highs as stocks rallied.	none
n03	A powerful storm hit Florida on Wednesday, killing two people.	none
n04	SpaceX launched a rocket carrying 22 satellites into orbit from Florida.	none
n05	The French president suffered a panic attack during the ceremony.	none
n06	The film topped the box office in South Korea and China.	none
n07	A magnitude 6 earthquake struck eastern Turkey on Monday.	none
n08	India defeated Australia by six wickets in the third Test match.	none
EOF
awk -F'\t' '{
	gsub(/"/, "\\\"", $2)
	printf "{\"id\":\"%s\",\"date\":\"2024-06-01\",\"text\":\"%s\"}\n", $1, $2
}' "$T/cases.tsv" >"$T/in.jsonl"
printf '%s\n' '{"id":"i01","date":"2024-06-01","text":"The European Union imposed new sanctions on Iran over its nuclear program."}' >>"$T/in.jsonl"
if ! "$DYAD" code --dict "$DICT" --in jsonl "$T/in.jsonl" >"$T/out.jsonl" 2>"$T/err"; then
	head -n 5 "$T/err"
	fail "verbs: dyad code failed"
else
	# doc <TAB> source <TAB> code <TAB> target <TAB> issues, one line per event
	awk '
	function field(k,   r) {
		if (!match($0, "\"" k "\":\"[^\"]*\"")) return ""
		r = substr($0, RSTART, RLENGTH); sub(/^"[^"]*":"/, "", r); sub(/"$/, "", r)
		return r
	}
	{
		iss = ""
		if (match($0, /"issues":\[[^]]*\]/)) { iss = substr($0, RSTART + 10, RLENGTH - 11); gsub(/"/, "", iss) }
		printf "%s\t%s\t%s\t%s\t%s\n", field("doc"), field("source"), field("code"), field("target"), iss
	}' "$T/out.jsonl" >"$T/got.tsv"
	awk -F'\t' -v got="$T/got.tsv" '
	BEGIN {
		while ((getline l < got) > 0) {
			split(l, g, "\t")
			n[g[1]]++
			ev[g[1], n[g[1]]] = substr(g[2], 1, 3) " " g[3] " " (g[4] == "---" ? "---" : substr(g[4], 1, 3))
		}
	}
	{
		want = $3
		if (want == "none") {
			if (n[$1] > 0) { printf "  %s: %s\n    want none, got %s\n", $1, $2, ev[$1, 1]; nbad++ }
			next
		}
		split(want, w, " ")
		key = substr(w[1], 1, 3) " " w[2] " " (w[3] == "---" ? "---" : substr(w[3], 1, 3))
		hit = 0
		for (i = 1; i <= n[$1]; i++) if (ev[$1, i] == key) hit = 1
		if (!hit) {
			s = ""
			for (i = 1; i <= n[$1]; i++) s = s (s == "" ? "" : ", ") ev[$1, i]
			printf "  %s: %s\n    want %s, got %s\n", $1, $2, key, (s == "" ? "nothing" : s)
			nbad++
		}
		total++
	}
	END { printf "verbs: %d of %d sentences coded as expected\n", total - nbad, total; exit nbad > 0 }
	' "$T/cases.tsv" >"$T/report"
	rc=$?
	cat "$T/report"
	if [ $rc = 0 ]; then pass "verbs: coding"; else fail "verbs: coding"; fi
	if grep -q '^i01	.*SANCTIONS' "$T/got.tsv" && grep -q '^i01	.*NUCLEAR' "$T/got.tsv"; then
		pass "verbs: issue tags"
	else
		grep '^i01' "$T/got.tsv"
		fail "verbs: issue tags (want SANCTIONS and NUCLEAR on i01)"
	fi
fi

[ "$fails" = 0 ]
