#!/bin/sh
# tests/conformance/run-tabari.sh — TABARI's validation suite through
# `dyad validate`; fails when fewer records pass than the count committed in
# tests/conformance/baseline. Skips (exit 0) only when ../shared is absent.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${DYAD_SHARED:-$root/../shared}
suite="$shared/data/conformance/tabari/Validate.project"
DYAD=${DYAD:-$root/build/dyad}
if [ ! -f "$suite" ]; then
	echo "skip tabari: $suite not found (../shared is absent)"
	exit 0
fi
base=$(awk '$1 == "tabari" { print $2 }' "$here/baseline")
out=$("$DYAD" validate "$suite")
rc=$?
echo "$out"
# exit 1 means "some records failed", which the baseline judges
if [ $rc -gt 1 ]; then
	echo "FAIL tabari: dyad validate exited with $rc"
	exit 1
fi
# the suite reader must still see the whole suite (472 records (23 of them option records) up to FINAL-01)
case "$(echo "$out" | grep '^tabari: ')" in
*" of 472 records (23 option records); stopped at FINAL-01"*) ;;
*)
	echo "FAIL tabari: expected 472 records (23 of them option records) up to FINAL-01"
	exit 1
	;;
esac
passed=$(echo "$out" | sed -n 's/^validate: \([0-9][0-9]*\) passed.*/\1/p')
if [ -z "$passed" ] || [ -z "$base" ]; then
	echo "FAIL tabari: no 'validate:' summary or no 'tabari' line in $here/baseline"
	exit 1
fi
if [ "$passed" -lt "$base" ]; then
	echo "FAIL tabari: $passed records passed, baseline is $base"
	exit 1
fi
echo "ok tabari: $passed records passed (baseline $base)"
