#!/bin/sh
# tests/conformance/run-petrarch.sh — PETRARCH's unit-test suite through
# `dyad validate`; fails when fewer records pass than the count committed in
# tests/conformance/baseline. Skips (exit 0) only when ../shared is absent.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${DYAD_SHARED:-$root/../shared}
suite="$shared/data/conformance/petrarch/PETR.UnitTest.records.xml"
DYAD=${DYAD:-$root/build/dyad}
if [ ! -f "$suite" ]; then
	echo "skip petrarch: $suite not found (../shared is absent)"
	exit 0
fi
base=$(awk '$1 == "petrarch" { print $2 }' "$here/baseline")
out=$("$DYAD" validate "$suite")
rc=$?
echo "$out"
# exit 1 means "some records failed", which the baseline judges
if [ $rc -gt 1 ]; then
	echo "FAIL petrarch: dyad validate exited with $rc"
	exit 1
fi
# the suite reader must still see the whole suite (284 records, 8 of them not run)
case "$(echo "$out" | grep '^petrarch: ')" in
*" 8 skipped of 284 records"*) ;;
*)
	echo "FAIL petrarch: expected 284 records, 8 of them not run"
	exit 1
	;;
esac
passed=$(echo "$out" | sed -n 's/^validate: \([0-9][0-9]*\) passed.*/\1/p')
if [ -z "$passed" ] || [ -z "$base" ]; then
	echo "FAIL petrarch: no 'validate:' summary or no 'petrarch' line in $here/baseline"
	exit 1
fi
if [ "$passed" -lt "$base" ]; then
	echo "FAIL petrarch: $passed records passed, baseline is $base"
	exit 1
fi
echo "ok petrarch: $passed records passed (baseline $base)"
