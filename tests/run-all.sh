#!/bin/sh
# tests/run-all.sh BUILD — run every test: unit binaries, then each tests/*/run-*.sh
# suite script. Each prints "ok NAME" or "FAIL NAME"; the last line is the summary.
BUILD=${1:-build}
case $BUILD in /*) ;; *) BUILD=$PWD/$BUILD ;; esac
export DYAD="$BUILD/dyad" BUILD
pass=0
fail=0
failed=""
record() { # name status
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok   $1"
	else fail=$((fail + 1)); failed="$failed $1"; echo "FAIL $1"; fi
}
for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	log="$BUILD/tests/$(basename "$t").log"
	"$t" >"$log" 2>&1
	rc=$?
	[ $rc = 0 ] || tail -n 30 "$log"
	record "unit/$(basename "$t")" $rc
done
for s in tests/*/run-*.sh; do
	[ -f "$s" ] || continue
	name=$(echo "$s" | sed 's|^tests/||; s|/run-|/|; s|\.sh$||')
	log="$BUILD/tests/$(echo "$name" | tr / _).log"
	mkdir -p "$BUILD/tests"
	sh "$s" >"$log" 2>&1
	rc=$?
	[ $rc = 0 ] || tail -n 40 "$log"
	grep -E '^(validate|spec|eval):' "$log" || true
	record "$name" $rc
done
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
