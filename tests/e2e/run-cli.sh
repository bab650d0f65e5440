#!/bin/sh
# tests/e2e/run-cli.sh — `dyad code` end to end: thread count does not change the
# output or its order, a compiled dictionary image codes exactly like the text
# files, gzip and stdin inputs, --explain, TSV header, --date, flag errors.
set -u
DYAD=${DYAD:-build/dyad}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail=0
check() { # name condition-exit-status
	if [ "$2" = 0 ]; then echo "ok   $1"; else echo "FAIL $1"; fail=1; fi
}

# a few hundred documents written here (our own sentences)
i=0
while [ $i -lt 300 ]; do
	printf '{"id":"d%d","date":"2024-0%d-1%d","text":"Russian forces shelled the Ukrainian city of Kharkiv on Monday. France condemned the attack and urged Moscow to return to talks. Kenyan police arrested protesters in Nairobi."}\n' \
		$i $((i % 9 + 1)) $((i % 9)) >>"$T/docs.jsonl"
	i=$((i + 1))
done

"$DYAD" code --threads 1 "$T/docs.jsonl" >"$T/t1.jsonl" 2>"$T/err1"
check "code exits 0" $?
n=$(wc -l <"$T/t1.jsonl")
[ "$n" -ge 600 ]
check "events coded ($n)" $?
"$DYAD" code --threads 2 "$T/docs.jsonl" >"$T/t2.jsonl" 2>/dev/null
cmp -s "$T/t1.jsonl" "$T/t2.jsonl"
check "--threads 2 output identical to --threads 1" $?
"$DYAD" code --threads 4 "$T/docs.jsonl" >"$T/t4.jsonl" 2>/dev/null
cmp -s "$T/t1.jsonl" "$T/t4.jsonl"
check "--threads 4 output identical" $?

gzip -c "$T/docs.jsonl" >"$T/docs.jsonl.gz"
"$DYAD" code "$T/docs.jsonl.gz" >"$T/gz.jsonl" 2>/dev/null
cmp -s "$T/t1.jsonl" "$T/gz.jsonl"
check ".gz input codes the same" $?
"$DYAD" code --in jsonl <"$T/docs.jsonl" >"$T/stdin.jsonl" 2>/dev/null
cmp -s "$T/t1.jsonl" "$T/stdin.jsonl"
check "stdin input codes the same" $?

mkdir -p "$T/img"
"$DYAD" dict compile -o "$T/img/dyad.img" >/dev/null 2>&1
check "dict compile" $?
"$DYAD" code --dict "$T/img" "$T/docs.jsonl" >"$T/img.jsonl" 2>/dev/null
cmp -s "$T/t1.jsonl" "$T/img.jsonl"
check "compiled image codes exactly like the text dictionaries" $?

printf 'garbage' >"$T/img/dyad.img"
"$DYAD" code --dict "$T/img" "$T/docs.jsonl" >/dev/null 2>"$T/imgerr"
rc=$?
[ $rc -ne 0 ] && [ $rc -lt 128 ] && grep -q "not a dyad dictionary image" "$T/imgerr"
check "corrupt image: clear error" $?

head -1 "$T/docs.jsonl" | "$DYAD" code --in jsonl --explain >"$T/explain.txt" 2>/dev/null
grep -q '^#   verb "shelled" pattern .*verbs:[0-9]' "$T/explain.txt" && grep -q '^#   source "Russian forces" = RUSMIL' "$T/explain.txt"
check "--explain names the pattern file:line and actor entries" $?

head -1 "$T/docs.jsonl" | "$DYAD" code --in jsonl --out tsv >"$T/out.tsv" 2>/dev/null
head -1 "$T/out.tsv" | grep -q "^doc	sentence	date	source	target	code"
check "TSV header" $?

echo "Russia attacked Ukraine." | "$DYAD" code --in text --date 2022-02-24 | grep -q '"date":"2022-02-24"'
check "--date fills a missing date" $?

"$DYAD" code --no-such-flag >/dev/null 2>"$T/flag"
rc=$?
[ $rc = 2 ] && grep -q "unknown option '--no-such-flag'" "$T/flag"
check "unknown flag: exit 2 with message" $?
"$DYAD" code --date 2022-13-45 "$T/docs.jsonl" >/dev/null 2>"$T/date"
rc=$?
[ $rc = 2 ] && grep -q "cannot parse" "$T/date"
check "bad --date: exit 2 with message" $?
"$DYAD" nosuchcommand >/dev/null 2>&1
[ $? = 2 ]
check "unknown command: exit 2" $?
exit $fail
