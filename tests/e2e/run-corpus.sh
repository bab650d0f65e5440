#!/bin/sh
# tests/e2e/run-corpus.sh — code a 20,000-sentence corpus of real and test-suite
# text (built by tools/bench_corpus.py from ../shared, as `make bench` does) with
# the three dictionary sets: TABARI demo, Phoenix and dyad's own dict/. Each run
# must exit 0, code some events, and give the same bytes at 1 and 2 threads.
# Under the sanitizer build this is the broad smoke test that single spec
# sentences are not: context across sentences, every kind of pattern.
# Skips (exit 0) only when ../shared is absent.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${DYAD_SHARED:-$root/../shared}
DYAD=${DYAD:-$root/build/dyad}
if [ ! -d "$shared/data/dev" ]; then
	echo "skip corpus: $shared/data not found (../shared is absent)"
	exit 0
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dyad-corpus.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
python3 "$root/tools/bench_corpus.py" --shared "$shared" --out "$tmp" --sentences 20000 \
	--small 20000 >"$tmp/build.log" 2>&1 || {
	cat "$tmp/build.log"
	echo "FAIL corpus: tools/bench_corpus.py failed"
	exit 1
}
T=$shared/data/conformance/tabari
P=$shared/data/dictionaries/phoenix
V=$shared/data/dictionaries/petrarch1/CAMEO.verbpatterns.150430.txt
fail=0
for set in tabari phoenix own; do
	case $set in
	tabari) flags="--verbs $T/TABARI.Demo.verbs --actors $T/TABARI.Demo.actors --agents $T/Validate.agents" ;;
	phoenix) flags="--verbs $V --actors $P/Phoenix.Countries.actors.txt --actors $P/Phoenix.International.actors.txt --actors $P/Phoenix.MilNonState.actors.txt --agents $P/Phoenix.agents.txt --discards $P/Phoenix.discards.txt" ;;
	own) flags="--dict $root/dict" ;;
	esac
	for th in 1 2; do
		# shellcheck disable=SC2086
		"$DYAD" code $flags --threads $th "$tmp/small.jsonl" >"$tmp/$set.$th.jsonl" 2>"$tmp/$set.$th.err"
		rc=$?
		if [ $rc != 0 ]; then
			tail -n 20 "$tmp/$set.$th.err"
			echo "FAIL corpus: $set, $th thread(s): dyad code exited with $rc"
			fail=1
		fi
	done
	n=$(wc -l <"$tmp/$set.1.jsonl")
	if [ "$n" -lt 100 ]; then
		echo "FAIL corpus: $set coded only $n events"
		fail=1
	fi
	if ! cmp -s "$tmp/$set.1.jsonl" "$tmp/$set.2.jsonl"; then
		echo "FAIL corpus: $set output differs between 1 and 2 threads"
		fail=1
	fi
	echo "corpus: $set, $(grep -c . "$tmp/small.jsonl") documents, $n events"
done
[ $fail = 0 ] && echo "ok corpus"
exit $fail
