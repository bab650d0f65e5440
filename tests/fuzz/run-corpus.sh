#!/bin/sh
# tests/fuzz/run-corpus.sh — build every fuzz target in fuzz/ against
# $BUILD/libdyad.a with the standalone driver (no libFuzzer needed) and replay
# its seed corpus fuzz/corpus/<target>/; fails on any crash, abort or sanitizer
# report. When libdyad.a was built with ASan/UBSan (make asan, BUILD=build-asan)
# the targets are built with the same sanitizers.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-build}
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
LIB=$BUILD/libdyad.a
CC=${CC:-cc}
[ -f "$LIB" ] || { echo "run-corpus: no $LIB (run make first)"; exit 1; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-fuzz.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM

LIBS="$(pkg-config --libs icu-uc zlib sqlite3 libpq 2>/dev/null) -lpq -lpthread -lm"
SAN=
if nm "$LIB" 2>/dev/null | grep -q '__asan_'; then
	SAN="-fsanitize=address,undefined -fno-omit-frame-pointer"
fi
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O1 -g -Wall -Wextra -Wshadow -Wpedantic -Wno-unused-parameter -Werror"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

fail=0
n=0
for src in "$ROOT"/fuzz/*.c; do
	t=$(basename "$src" .c)
	[ "$t" = standalone ] && continue
	n=$((n + 1))
	corpus=$ROOT/fuzz/corpus/$t
	# shellcheck disable=SC2086
	if ! $CC $CFLAGS $SAN -I"$ROOT/include" -I"$ROOT/src" -o "$TMP/$t" "$src" \
		"$ROOT/fuzz/standalone.c" "$LIB" $LIBS $SAN 2>"$TMP/$t.cc"; then
		echo "FAIL $t: does not build"
		sed 's/^/    /' "$TMP/$t.cc" | head -n 20
		fail=$((fail + 1))
		continue
	fi
	if [ ! -d "$corpus" ] || [ -z "$(ls -A "$corpus")" ]; then
		echo "FAIL $t: no seed corpus in fuzz/corpus/$t"
		fail=$((fail + 1))
		continue
	fi
	(cd "$TMP" && timeout 300 "./$t" "$corpus") >"$TMP/$t.log" 2>&1
	rc=$?
	if [ $rc = 0 ]; then
		echo "ok   $t ($(sed -n 's/.*: \([0-9]*\) inputs replayed/\1/p' "$TMP/$t.log") inputs)"
	else
		echo "FAIL $t: exit $rc"
		tail -n 30 "$TMP/$t.log" | sed 's/^/    /'
		fail=$((fail + 1))
	fi
done
echo "fuzz corpora: $n targets, $fail failed${SAN:+ (sanitized)}"
[ $fail = 0 ]
