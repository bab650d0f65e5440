#!/bin/sh
# tests/spec/run-spec.sh — run every tests/spec/*.spec case through
# `$DYAD code --in jsonl` and compare the coded events with the expectations
# (format: tests/spec/README.md). Prints each failure (id, text, expected,
# got) and "spec: N passed, N failed, events per 1,000 negative sentences X".
# Passes when passed >= the integer in tests/spec/baseline.
#
# Environment: DYAD (default build/dyad), SPEC_DICT_FLAGS (default
# "--dict <repo>/dict"), SPEC_QUIET=1 to print only the summary,
# SPEC_VERBOSE=1 to list passing cases too.
# Arguments: optional .spec files (default: all of them).
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DYAD=${DYAD:-$ROOT/build/dyad}
BASELINE=0
[ -f "$HERE/baseline" ] && BASELINE=$(tr -dc 0-9 <"$HERE/baseline")
[ -n "$BASELINE" ] || BASELINE=0
# The baseline is dyad's own dict/: other dictionaries are a comparison run.
[ -n "${SPEC_DICT_FLAGS:-}" ] && BASELINE=0
SPEC_DICT_FLAGS=${SPEC_DICT_FLAGS:---dict $ROOT/dict}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-spec.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT INT TERM

# A subset of the files is a development run: the baseline applies to all of them.
if [ $# -gt 0 ]; then FILES="$*"; BASELINE=0; else FILES=$(ls "$HERE"/*.spec); fi

# 1. Parse the spec files: input documents (JSONL) and expectations
#    ("id<TAB>level<TAB>source code target" or "id<TAB>level<TAB>none").
# shellcheck disable=SC2086
awk -v docs="$TMP/in.jsonl" -v expf="$TMP/expect.tsv" -v texts="$TMP/text.tsv" '
function fail(msg) { printf "%s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"; bad = 1 }
function jesc(s) {
	gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); gsub(/\r/, "", s)
	return s
}
function finish() {
	if (id == "") return
	if (text == "") fail("case " id " has no text")
	if (nexp == 0) fail("case " id " has no expect line")
	if (none && nexp > 1) fail("case " id ": expect none mixed with events")
	printf "{\"id\":\"%s\",\"date\":\"%s\",\"text\":\"%s\"}\n", jesc(id), date, jesc(text) > docs
	printf "%s\t%s\n", id, text > texts
	for (i = 1; i <= nexp; i++) printf "%s\t%s\t%s\n", id, level, e[i] > expf
	id = ""
}
FNR == 1 { finish() }
/^[ \t]*(#|$)/ { next }
/^=== id:/ {
	finish()
	id = $0; sub(/^=== id:[ \t]*/, "", id); sub(/[ \t]+$/, "", id)
	if (id !~ /^[A-Za-z0-9._-]+$/) fail("bad id \"" id "\"")
	if (id in seen) fail("duplicate id " id " (first in " seen[id] ")")
	seen[id] = FILENAME
	date = "2024-06-01"; text = ""; level = "exact"; nexp = 0; none = 0
	next
}
/^---[ \t]*$/ { finish(); next }
id == "" { fail("text outside a case: " $0); next }
/^date:/ { date = $2; if (date !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/) fail("bad date " date); next }
/^text:/ { t = $0; sub(/^text:[ \t]*/, "", t); text = text == "" ? t : text " " t; next }
/^level:/ { level = $2; if (level != "root" && level != "exact") fail("bad level " level); next }
/^note:/ { next }
/^expect:/ {
	if ($2 == "none" && NF == 2) { none = 1; e[++nexp] = "none"; next }
	if (NF != 4 || $3 !~ /^[0-9][0-9][0-9]?[0-9]?$/ || $2 !~ /^([A-Z][A-Z][A-Z]|---)/ || $4 !~ /^([A-Z][A-Z][A-Z]|---)/) {
		fail("bad expect line: " $0); next
	}
	e[++nexp] = $2 " " $3 " " $4
	next
}
{ fail("unknown line: " $0) }
END { finish(); exit bad }
' $FILES || { echo "spec: malformed spec file(s)"; exit 2; }

# 2. Code them.
# shellcheck disable=SC2086
"$DYAD" code --in jsonl $SPEC_DICT_FLAGS "$TMP/in.jsonl" >"$TMP/out.jsonl" 2>"$TMP/err"
rc=$?
if [ $rc -ne 0 ]; then
	echo "spec: '$DYAD code' exited with status $rc:"
	tail -n 20 "$TMP/err"
	if [ $rc -gt 128 ] || [ "$BASELINE" -gt 0 ]; then
		echo "spec: 0 passed, FAIL (dyad code failed; baseline $BASELINE)"
		exit 1
	fi
	echo "spec: skipped: dyad code is not usable yet and the baseline is 0"
	exit 0
fi

# 3. Compare per case, as sets. 04x and 057 count in either direction.
awk -F'\t' -v quiet="${SPEC_QUIET:-0}" -v verbose="${SPEC_VERBOSE:-0}" -v baseline="$BASELINE" '
function canon(s, c, t, lvl,    sym, x) {
	sym = (c ~ /^04/ || c == "057")
	if (lvl == "root") {
		if (s != "---") s = substr(s, 1, 3)
		if (t != "---") t = substr(t, 1, 3)
		c = substr(c, 1, 2)
	}
	if (sym && t < s) { x = s; s = t; t = x }
	return s " " c " " t
}
function field(line, key,    r) {
	if (!match(line, "\"" key "\"[ \t]*:[ \t]*\"[^\"]*\"")) return ""
	r = substr(line, RSTART, RLENGTH); sub(/^"[^"]*"[ \t]*:[ \t]*"/, "", r); sub(/"$/, "", r)
	return r
}
FILENAME ~ /text.tsv$/ { text[$1] = $2; order[++n] = $1; next }
FILENAME ~ /expect.tsv$/ {
	lvl[$1] = $2
	if ($3 == "none") { neg[$1] = 1; next }
	split($3, f, " ")
	k = canon(f[1], f[2], f[3], $2)
	if (!(($1, k) in want)) { want[$1, k] = 1; wl[$1] = wl[$1] "\n      " $3 }
	next
}
{
	doc = field($0, "doc"); if (doc == "") next
	s = field($0, "source"); c = field($0, "code"); t = field($0, "target")
	if (t == "") t = "---"
	raw[doc]++
	k = canon(s, c, t, lvl[doc])
	if (!((doc, k) in got)) { got[doc, k] = 1; gl[doc] = gl[doc] "\n      " s " " c " " t; ng[doc]++ }
}
END {
	for (i = 1; i <= n; i++) {
		id = order[i]; ok = 1
		for (key in want) { split(key, p, SUBSEP); if (p[1] == id && !((id, p[2]) in got)) ok = 0 }
		for (key in got) { split(key, p, SUBSEP); if (p[1] == id && !((id, p[2]) in want)) ok = 0 }
		if (neg[id]) { nneg++; negev += raw[id] }
		if (ok) { pass++; if (verbose) printf "ok   %s\n", id; continue }
		fail++
		if (quiet) continue
		printf "FAIL %s%s\n  text: %s\n  expected:%s\n  got:%s\n", id,
			lvl[id] == "root" ? " (level root)" : "", text[id],
			neg[id] ? " none" : wl[id], ng[id] ? gl[id] : " none"
	}
	rate = nneg ? negev * 1000.0 / nneg : 0
	printf "spec: %d passed, %d failed, events per 1,000 negative sentences %.1f\n", pass, fail, rate
	if (pass < baseline) { printf "spec: below baseline %d\n", baseline; exit 1 }
	exit 0
}
' "$TMP/text.tsv" "$TMP/expect.tsv" "$TMP/out.jsonl"
