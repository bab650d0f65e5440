#!/bin/sh
# tools/output-digest.sh [DYAD] [CORPUS] — one md5 digest per configuration of
# `dyad code` output, for checking that a speed-only change leaves output
# byte-identical: dyad's own dict/ (plain, --explain, --tabari-compat,
# --out tsv), the TABARI demo dictionaries (--explain, --tabari-compat) and
# the Phoenix dictionaries (--explain, --petrarch-compat), the last also at
# 2 threads. Run it with the old and the new build and diff the two outputs.
# Defaults: DYAD=build/dyad, CORPUS=bench/corpus/small.jsonl (make bench
# builds it). Needs ../shared beside the checkout for the third-party sets.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DYAD=${1:-$ROOT/build/dyad}
CORPUS=${2:-$ROOT/bench/corpus/small.jsonl}
SHARED=${SHARED:-$ROOT/../shared}
[ -x "$DYAD" ] || { echo "output-digest: no binary at $DYAD" >&2; exit 2; }
[ -f "$CORPUS" ] || { echo "output-digest: no corpus at $CORPUS (run make bench once)" >&2; exit 2; }
T=$SHARED/data/conformance/tabari
P=$SHARED/data/dictionaries/phoenix
V=$SHARED/data/dictionaries/petrarch1/CAMEO.verbpatterns.150430.txt
TAB="--verbs $T/TABARI.Demo.verbs --actors $T/TABARI.Demo.actors --agents $T/Validate.agents"
PHX="--verbs $V --actors $P/Phoenix.Countries.actors.txt --actors $P/Phoenix.International.actors.txt"
PHX="$PHX --actors $P/Phoenix.MilNonState.actors.txt --agents $P/Phoenix.agents.txt --discards $P/Phoenix.discards.txt"
digest() { # label, then dyad code's arguments
	label=$1
	shift
	printf '%-22s %s\n' "$label" "$("$DYAD" code "$@" "$CORPUS" 2>/dev/null | md5sum | cut -d' ' -f1)"
}
digest own --dict "$ROOT/dict"
digest own-explain --dict "$ROOT/dict" --explain
digest own-tabari-compat --dict "$ROOT/dict" --tabari-compat
digest own-tsv --dict "$ROOT/dict" --out tsv
# shellcheck disable=SC2086 # flag lists, split on purpose
{
	digest tabari-explain $TAB --explain
	digest tabari-compat $TAB --tabari-compat
	digest phoenix-explain $PHX --explain
	digest phoenix-petrarch $PHX --petrarch-compat
	digest phoenix-2-threads $PHX --threads 2
}
