#!/bin/sh
# tests/dict/run-actors.sh — checks dyad's own actor and agent dictionaries:
#  1. a shell/awk syntax check of every dict/*.actors and dict/*.agents line
#     (balanced code blocks, code characters, valid and ordered dates, people
#     with an undated default code, no phrase defined twice);
#     each synonym of people.actors shares a name with its entry;
#  2. `dyad dict check` loads them with nothing skipped;
#  3. `dyad dict lookup` codes names right for their date (office holders,
#     demonyms, capitals, metonyms, cities and regions, blocked place names);
#  4. dict/countries.actors is what tools/gen_countries.py generates.
# Steps 2-4 skip with a printed reason when the binary, python3 or iso-codes is
# missing. Prints "ok NAME" / "FAIL NAME"; exits non-zero on any failure.
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DICT="$ROOT/dict"
DYAD=${DYAD:-$ROOT/build/dyad}
T=$(mktemp -d "${TMPDIR:-/tmp}/dyad-dict.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT INT TERM
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

# ---- 1. syntax ------------------------------------------------------------
# Prints "file:line: problem" for each bad line.
syntax_check() {
	awk '
	function bad(msg) { printf "%s:%d: %s: %s\n", FILENAME, FNR, msg, raw; nbad++ }
	function valid_date(d,   y, m, dd) {
		if (d !~ /^[0-9]+$/ || (length(d) != 8 && length(d) != 6)) return 0
		if (length(d) == 6) d = (substr(d, 1, 2) < 50 ? "20" : "19") d
		m = substr(d, 5, 2) + 0; dd = substr(d, 7, 2) + 0
		return m >= 1 && m <= 12 && dd >= 1 && dd <= 31
	}
	function full(d) { return length(d) == 6 ? (substr(d, 1, 2) < 50 ? "20" : "19") d : d }
	# one "[...]" block body; returns 1 when it has no date restriction
	function block(b,   n, f, code, r, a, from, to) {
		n = split(b, f, /[ \t]+/)
		code = f[1]
		if (code == "" && n > 1) { code = f[2]; f[2] = ""; }
		if (code !~ /^(~?[A-Z0-9]+~?|---)$/) { bad("bad code \"" code "\""); return 0 }
		r = ""
		for (a = 2; a <= n; a++) r = r f[a]
		if (r == "") return 1
		if (r ~ /^[<>]/) {
			if (!valid_date(substr(r, 2))) bad("bad date \"" r "\"")
			return 0
		}
		if (r !~ /-/) { bad("expected <DATE, >DATE or FROM-TO, got \"" r "\""); return 0 }
		from = r; sub(/-.*/, "", from); to = r; sub(/^[^-]*-/, "", to)
		if (from != "" && !valid_date(from)) bad("bad start date \"" from "\"")
		if (to != "" && !valid_date(to)) bad("bad end date \"" to "\"")
		if (from != "" && to != "" && valid_date(from) && valid_date(to) && full(from) > full(to))
			bad("dates out of order")
		return 0
	}
	FNR == 1 { people = (FILENAME ~ /people\.actors$/) }
	{
		raw = $0
		line = $0
		if (line ~ /^[ \t]*(#|\/\/)/) next
		sub(/[ \t]#.*/, "", line); sub(/;.*/, "", line)
		gsub(/^[ \t]+|[ \t]+$/, "", line)
		if (line == "") next
		# brackets: balanced, not nested
		depth = 0
		for (i = 1; i <= length(line); i++) {
			c = substr(line, i, 1)
			if (c == "[") { if (depth) { bad("nested ["); next } depth = 1 }
			else if (c == "]") { if (!depth) { bad("stray ]"); next } depth = 0 }
		}
		if (depth) { bad("unclosed ["); next }
		phrase = line; sub(/\[.*/, "", phrase); gsub(/[ \t]+$/, "", phrase)
		syn = (substr(phrase, 1, 1) == "+")
		if (syn) phrase = substr(phrase, 2)
		if (phrase == "" && substr(line, 1, 1) != "[") { bad("entry without a phrase"); next }
		if (phrase != "" && phrase !~ /_$/ && FILENAME !~ /\.agents$/ && phrase !~ /[^A-Z_]/)
			; # stems are allowed, exact words are the convention but not required
		if (phrase != "") {
			key = toupper(phrase)
			if ((key in seen) && seen[key] != FILENAME ":" FNR)
				bad("phrase also defined at " seen[key])
			else
				seen[key] = FILENAME ":" FNR
		}
		undated = 0; nblocks = 0
		rest = line
		while (match(rest, /\[[^]]*\]/)) {
			nblocks++
			undated += block(substr(rest, RSTART + 1, RLENGTH - 2))
			rest = substr(rest, RSTART + RLENGTH)
		}
		if (people && !syn && phrase != "" && nblocks && !undated)
			bad("person without an undated default code")
		if (!syn && phrase != "" && !nblocks)
			bad("entry without a code block")
	}
	END { exit nbad ? 1 : 0 }
	' "$@"
}
set -- "$DICT"/*.actors "$DICT"/*.agents
if [ ! -f "$1" ]; then
	fail "syntax (no dictionary files in $DICT)"
elif syntax_check "$@" >"$T/syntax" 2>&1; then
	pass "syntax: $(cat "$@" | grep -c '^[^#]') entry lines in $# files"
else
	fail "syntax"
	head -n 40 "$T/syntax" | sed 's/^/  | /'
fi

# ---- 1b. synonyms belong to their entry -------------------------------------
# A "+NAME" line is a synonym of the entry above it; one filed under the wrong
# entry ("+MUSEVENI_" under Idi Amin) codes a head of state as someone else.
# Names are compared transliterated to ASCII (iconv), so "+VUČIĆ_" matches VUCIC.
synonym_check() {
	LC_ALL=C.UTF-8 iconv -f UTF-8 -t ASCII//TRANSLIT "$DICT/people.actors" | awk '
	# a synonym ("+NAME") of dict/people.actors must share a word, or a word'\''s
	# first three letters, with the entry it follows, unless it is a known alias
	BEGIN {
		n = split("AMLO MBS MBZ ABU_MAZEN JOLANI QALIBAF HIFTER TIANI ABDOURAHMANE_TIANI ROBERT_KYAGULANYI JORGE_MARIO_BERGOGLIO ROBERT_PREVOST ROBERT_FRANCIS_PREVOST SA'\''AR QADDAFI", a, " ")
		for (i = 1; i <= n; i++) alias[a[i]] = 1
	}
	/^[ \t]*#/ || /^[ \t]*$/ { next }
	{
		name = $0
		sub(/[ \t]*\[.*/, "", name)
		sub(/_+$/, "", name)
		if (substr(name, 1, 1) != "+") { head = name; headline = FNR; next }
		syn = substr(name, 2)
		if (syn in alias) next
		nh = split(head, hw, "_")
		ns = split(syn, sw, "_")
		ok = 0
		for (i = 1; i <= ns && !ok; i++)
			for (j = 1; j <= nh && !ok; j++)
				ok = sw[i] == hw[j] || (length(sw[i]) >= 3 && substr(sw[i], 1, 3) == substr(hw[j], 1, 3))
		if (!ok) { printf "%s:%d: synonym +%s shares no word with its entry %s (line %d)\n", "dict/people.actors", FNR, syn, head, headline; bad++ }
	}
	END { exit bad > 0 }
	'
}
if synonym_check >"$T/synonyms" 2>&1; then
	pass "synonyms: each shares a name with its entry in people.actors"
else
	fail "synonyms"
	head -n 20 "$T/synonyms" | sed 's/^/  | /'
fi

# ---- 2. the loader --------------------------------------------------------
if [ ! -x "$DYAD" ]; then
	echo "skip dict check and lookups: no dyad binary at $DYAD"
else
	# only the actor and agent files: verbs, discards and issues have their own tests
	set --
	for f in "$DICT"/*.actors; do set -- "$@" --actors "$f"; done
	for f in "$DICT"/*.agents; do set -- "$@" --agents "$f"; done
	if "$DYAD" dict check "$@" >"$T/check" 2>&1 && grep -q 'skipped 0,' "$T/check"; then
		pass "dyad dict check: $(sed -n 's/^\(actors [0-9]*\).*\(agents [0-9]*\).*/\1, \2/p' "$T/check")"
	else
		fail "dyad dict check"
		head -n 20 "$T/check" | sed 's/^/  | /'
	fi

	# ---- 3. lookups: DATE|TEXT|expected "phrase" -> CODE --------------
	while IFS='|' read -r date text want; do
		case "$date" in '#'* | '') continue ;; esac
		"$DYAD" dict lookup "$@" --date "$date" "$text" >"$T/look" 2>&1
		if grep -qF -- "$want" "$T/look"; then
			pass "lookup $date: $want"
		else
			fail "lookup $date '$text': want $want"
			sed 's/^/  | /' "$T/look"
		fi
	done <<'EOF'
# office holders change code with the date
2015-06-01|President Obama spoke|"Obama" -> USAGOV
2019-06-01|Barack Obama spoke|"Barack Obama" -> USAELI
2018-06-01|Donald Trump said|"Donald Trump" -> USAGOV
2022-06-01|Donald Trump said|"Donald Trump" -> USAELI
2025-06-01|Donald Trump said|"Donald Trump" -> USAGOV
2010-06-01|Putin said|"Putin" -> RUSGOV
2022-01-01|Benjamin Netanyahu said|"Benjamin Netanyahu" -> ISROPP
2024-06-01|Benjamin Netanyahu said|"Benjamin Netanyahu" -> ISRGOV
2024-06-01|Ahmed al-Sharaa said|"Ahmed al-Sharaa" -> SYRREB
2025-06-01|Ahmed al-Sharaa said|"Ahmed al-Sharaa" -> SYRGOV
2020-06-01|the Taliban attacked|"Taliban" -> AFGREB
2023-06-01|the Taliban announced|"Taliban" -> AFGGOV
2022-06-01|Rapid Support Forces|"Rapid Support Forces" -> SDNMIL
2024-06-01|Rapid Support Forces|"Rapid Support Forces" -> SDNREB
2007-06-01|Kosovo declared|"Kosovo" -> SRBKSV
2009-06-01|Kosovo declared|"Kosovo" -> KSV
2016-06-01|Ban Ki-moon said|"Ban Ki-moon" -> IGOUNO
2024-08-01|Keir Starmer said|"Keir Starmer" -> GBRGOV
2023-06-01|Keir Starmer said|"Keir Starmer" -> GBROPP
2026-06-01|Viktor Orban said|"Viktor Orban" -> HUNOPP
2025-06-01|Petro said|"Petro" -> COLGOV
2025-06-01|Museveni said|"Museveni" -> UGAGOV
2025-06-01|Kagame said|"Kagame" -> RWAGOV
2026-04-01|Mojtaba Khamenei said|"Mojtaba Khamenei" -> IRNGOV
2025-06-01|Ali Khamenei said|"Ali Khamenei" -> IRNGOV
# countries, demonyms, capitals, metonyms, organisations
2024-01-01|North Korean troops|"North Korean" -> PRK
2024-01-01|Emirati officials|"Emirati" -> ARE
2024-01-01|Ivorian police|"Ivorian" -> CIV
2024-01-01|Pyongyang warned|"Pyongyang" -> PRKGOV
2024-01-01|Downing Street said|"Downing Street" -> GBRGOV
2024-01-01|the Kremlin said|"Kremlin" -> RUSGOV
2024-01-01|the Elysee said|"Elysee" -> FRAGOV
2024-01-01|Guinea-Bissau voted|"Guinea-Bissau" -> GNB
2024-01-01|the Democratic Republic of the Congo|"Democratic Republic of the Congo" -> COD
2024-01-01|the Houthis fired|"Houthis" -> YEMREB
2024-01-01|al-Shabaab said|"al-Shabaab" -> SOMREB
2024-01-01|the European Union said|"European Union" -> IGOEUREEC
2024-01-01|NATO said|"NATO" -> IGONAT
2024-01-01|the UN Security Council|"UN Security Council" -> IGOUNO
2024-01-01|the Red Cross said|"Red Cross" -> NGOIRC
# cities and regions code as the bare country; a longer place beats a capital
2024-01-01|missiles struck Odesa|"Odesa" -> UKR
2024-01-01|air strikes on Khan Younis|"Khan Younis" -> PSE
2024-01-01|a bomb in Peshawar|"Peshawar" -> PAK
2024-01-01|fighting in El Fasher|"El Fasher" -> SDN
2024-01-01|the Moscow region|"Moscow region" -> RUS
2024-01-01|in New Taipei|"New Taipei" -> TWN
2024-01-01|in Inner Mongolia|"Inner Mongolia" -> CHN
# places named after a country are blocked, agents carry their type
2024-01-01|in the South China Sea|"South China Sea" -> ---
2024-01-01|Kenyan police|"police" -> ~COP
2024-01-01|the foreign minister|"foreign minister" -> ~GOV
2024-01-01|protesters gathered|"protesters" -> ~CVL
EOF
fi

# ---- 4. the generated country file is current ------------------------------
ISO=/usr/share/iso-codes/json/iso_3166-1.json
if ! command -v python3 >/dev/null 2>&1; then
	echo "skip regeneration check: python3 not installed"
elif [ ! -f "$ISO" ]; then
	echo "skip regeneration check: $ISO missing (Debian package iso-codes)"
elif python3 "$ROOT/tools/gen_countries.py" -o "$T/countries.actors" 2>"$T/gen.err"; then
	# the header names the iso-codes version, which may differ between machines
	if diff -u "$DICT/countries.actors" "$T/countries.actors" | grep -v 'iso-codes' |
		grep -q '^[-+][^-+]'; then
		fail "dict/countries.actors is stale: run python3 tools/gen_countries.py -o dict/countries.actors"
		diff -u "$DICT/countries.actors" "$T/countries.actors" | head -n 20 | sed 's/^/  | /'
	else
		pass "dict/countries.actors matches tools/gen_countries.py ($(cat "$T/gen.err"))"
	fi
else
	fail "tools/gen_countries.py"
	sed 's/^/  | /' "$T/gen.err"
fi

[ "$fails" = 0 ] && echo "dict: all passed" || echo "dict: $fails failed"
[ "$fails" = 0 ]
