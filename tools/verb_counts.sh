#!/bin/sh
# tools/verb_counts.sh [DICT_DIR] — count dyad's verb dictionary by CAMEO root
# code: blocks (by their default code), verbs (by the code they code to when no
# pattern matches: their own or their block's), patterns (by the code they
# give) and distinct codes used. Prints a Markdown table for
# docs/verb-patterns.md; "[---]" (do not code) patterns are counted apart.
# Usage: tools/verb_counts.sh [dict] > table.md
DIR=${1:-$(cd "$(dirname "$0")/.." && pwd)/dict}
FILES=$(ls "$DIR"/*.verbs 2>/dev/null)
if [ -z "$FILES" ]; then
	echo "verb_counts.sh: no .verbs files in $DIR" >&2
	exit 1
fi
# shellcheck disable=SC2086
awk '
function root(c) { return c == "---" ? "--" : substr(c, 1, 2) }
function code_of(s,   c) {
	c = s; sub(/^[^[]*\[/, "", c); sub(/\].*/, "", c); sub(/:.*/, "", c)
	gsub(/[ \t]/, "", c)
	return c
}
BEGIN {
	split("MAKE PUBLIC STATEMENT|APPEAL|EXPRESS INTENT TO COOPERATE|CONSULT|" \
	      "ENGAGE IN DIPLOMATIC COOPERATION|ENGAGE IN MATERIAL COOPERATION|PROVIDE AID|" \
	      "YIELD|INVESTIGATE|DEMAND|DISAPPROVE|REJECT|THREATEN|PROTEST|" \
	      "EXHIBIT MILITARY POSTURE|REDUCE RELATIONS|COERCE|ASSAULT|FIGHT|" \
	      "USE UNCONVENTIONAL MASS VIOLENCE", name, "|")
}
{
	line = $0
	if (line ~ /^[ \t]*(#|\/\/)/) next
	sub(/[ \t]#.*/, "", line); sub(/;.*/, "", line)
	gsub(/^[ \t]+|[ \t]+$/, "", line)
	if (line == "") next
	if (line ~ /^---/) {
		bcode = code_of(line); blocks[root(bcode)]++; nblocks++
		next
	}
	if (line ~ /^-/) {
		c = code_of(line); r = root(c)
		pats[r]++; npats++
		if (r != "--") used[r, c] = 1
		next
	}
	c = (line ~ /\[/) ? code_of(line) : bcode
	verbs[root(c)]++; nverbs++
	if (root(c) != "--") used[root(c), c] = 1
}
END {
	for (k in used) { split(k, p, SUBSEP); ncodes[p[1]]++ }
	print "| Root | Category | Blocks | Verbs | Patterns | Codes used |"
	print "|---|---|---:|---:|---:|---:|"
	for (i = 1; i <= 20; i++) {
		r = sprintf("%02d", i)
		printf "| %s | %s | %d | %d | %d | %d |\n", r, name[i], blocks[r], verbs[r], pats[r], ncodes[r]
	}
	printf "| --- | do not code (`[---]`) | %d | %d | %d | |\n", blocks["--"], verbs["--"], pats["--"]
	printf "| | **total** | **%d** | **%d** | **%d** | |\n", nblocks, nverbs, npats
}
' $FILES
