#!/bin/sh
# bench/run.sh BUILD — the `make bench` driver: throughput (sentences/s, MB/s)
# of `dyad code` at 1 and 2 threads, dictionary load time from text and from a
# compiled image, and peak RSS, for three dictionary sets (TABARI demo, full
# Phoenix, dyad's own dict/). Method and recorded figures: bench/README.md.
#
# Each figure is the median of BENCH_RUNS whole-process runs timed by
# /usr/bin/time (GNU time: elapsed seconds and maximum resident set size).
# Output goes to /dev/null; the input is the corpus tools/bench_corpus.py builds
# from ../shared into bench/corpus/ (never committed).
#
# Knobs (environment): BENCH_RUNS (3), BENCH_THREADS ("1 2"),
# BENCH_CONFIGS ("tabari phoenix own"), BENCH_SENTENCES (500000),
# SHARED (../shared beside the checkout), BENCH_STRICT=1 (exit 1 on a missed target),
# BENCH_PROFILE=1 (also profile the 20,000-sentence corpus with the Phoenix
# dictionaries under perf and print the 10 most costly functions).
set -u
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
DYAD=$BUILD/dyad
RUNS=${BENCH_RUNS:-3}
THREADS=${BENCH_THREADS:-1 2}
CONFIGS=${BENCH_CONFIGS:-tabari phoenix own}
SENTENCES=${BENCH_SENTENCES:-500000}
SHARED=${SHARED:-$ROOT/../shared}
CORPUS=$ROOT/bench/corpus
TIME=/usr/bin/time

die() { echo "bench: $*" >&2; exit 2; }
[ -x "$DYAD" ] || die "no dyad binary at $DYAD (run make first)"
[ -x "$TIME" ] || die "GNU time is missing: apt-get install -y time"
if [ ! -d "$SHARED/data" ]; then
	echo "bench: skipped: $SHARED/data is absent (the corpus and the TABARI/Phoenix dictionaries come from there)"
	exit 0
fi
command -v python3 >/dev/null || die "python3 is needed to build the corpus"

# (Re)build the corpus when missing, stale, or of another size.
want="bench.jsonl	$((SENTENCES / 20 + (SENTENCES % 20 > 0)))	"
if [ ! -f "$CORPUS/corpus.tsv" ] ||
	[ -n "$(find "$ROOT/tools/bench_corpus.py" -newer "$CORPUS/corpus.tsv")" ] ||
	! grep -q "^$want" "$CORPUS/corpus.tsv"; then
	python3 "$ROOT/tools/bench_corpus.py" --shared "$SHARED" --out "$CORPUS" \
		--sentences "$SENTENCES" || die "corpus build failed"
fi
read_manifest() { # file -> "docs sentences bytes"
	awk -F'\t' -v f="$1" '$1 == f { print $2, $3, $4 }' "$CORPUS/corpus.tsv"
}
# shellcheck disable=SC2046 # three numbers, split on purpose
set -- $(read_manifest bench.jsonl)
N_DOCS=$1 N_SENT=$2 N_BYTES=$3

TMP=$(mktemp -d "${TMPDIR:-/tmp}/dyad-bench.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$TMP"' EXIT INT TERM

T=$SHARED/data/conformance/tabari
P=$SHARED/data/dictionaries/phoenix
V=$SHARED/data/dictionaries/petrarch1/CAMEO.verbpatterns.150430.txt
flags_for() {
	case $1 in
	tabari) echo "--verbs $T/TABARI.Demo.verbs --actors $T/TABARI.Demo.actors --agents $T/Validate.agents" ;;
	phoenix) echo "--verbs $V --actors $P/Phoenix.Countries.actors.txt --actors $P/Phoenix.International.actors.txt --actors $P/Phoenix.MilNonState.actors.txt --agents $P/Phoenix.agents.txt --discards $P/Phoenix.discards.txt" ;;
	own) echo "--dict $TMP/own-dict" ;;
	*) die "unknown config $1" ;;
	esac
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }

# once NAME CMD... — one run of CMD with stdout to /dev/null; appends
# "wall_s maxrss_kb exit cpu_s" to $TMP/NAME.runs, keeps stderr in $TMP/NAME.err.
once() {
	name=$1
	shift
	DYAD_TIMING=1 "$TIME" -f '%e %M %x %U %S' -o "$TMP/$name.t" "$@" >/dev/null 2>"$TMP/$name.err"
	tail -n 1 "$TMP/$name.t" | awk '{ print $1, $2, $3, $4 + $5 }' >>"$TMP/$name.runs"
}
col_median() { awk -v c="$2" '{ print $c }' "$TMP/$1.runs" | median; }
# load_ms NAME CMD... — median dictionary load (ms, as DYAD_TIMING prints it)
# over RUNS runs of CMD on empty input, so coding time does not blur it.
load_ms() {
	name=$1
	shift
	: >"$TMP/$name.load"
	i=0
	while [ $i -lt "$RUNS" ]; do
		DYAD_TIMING=1 "$@" --in jsonl /dev/null 2>&1 >/dev/null |
			sed -n 's/^dictionary load \([0-9.]*\) ms.*/\1/p' >>"$TMP/$name.load"
		i=$((i + 1))
	done
	median <"$TMP/$name.load"
}

echo "dyad benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(uname -m)"
echo "binary: $DYAD ($("$DYAD" --version 2>/dev/null | head -n 1))"
echo "corpus: $N_DOCS documents, $N_SENT sentences, $(awk -v b="$N_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB (JSONL, 20 sentences/document)"
echo "method: median of $RUNS whole-process runs (thread counts alternating), output to /dev/null"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (a busy machine depresses the multi-thread figures)"
echo
printf '%-8s %-7s %12s %8s %9s %8s %9s %7s  %s\n' dict threads sentences/s MB/s wall_s cpu_s rss_MB events exit
results=$CORPUS/results.tsv
printf 'date\tconfig\tthreads\tsentences_per_s\tmb_per_s\twall_s\tcpu_s\trss_mb\tload_text_ms\tload_image_ms\n' >"$results"
missed=0
for cfg in $CONFIGS; do
	flags=$(flags_for "$cfg")
	if [ "$cfg" = own ]; then
		if [ ! -d "$ROOT/dict" ]; then
			echo "$cfg: skipped, no dict/ directory"
			continue
		fi
		# a snapshot, so every run of this configuration codes with the same entries
		rm -rf "$TMP/own-dict"
		cp -R "$ROOT/dict" "$TMP/own-dict"
		rm -f "$TMP/own-dict/dyad.img"
	fi
	# shellcheck disable=SC2086 # flags are space-free paths by construction
	lt=$(load_ms "$cfg-load-text" "$DYAD" code $flags)
	mkdir -p "$TMP/$cfg-img"
	# shellcheck disable=SC2086
	if "$DYAD" dict compile $flags -o "$TMP/$cfg-img/dyad.img" >/dev/null 2>"$TMP/$cfg-compile.err"; then
		li=$(load_ms "$cfg-load-img" "$DYAD" code --dict "$TMP/$cfg-img")
		isz=$(wc -c <"$TMP/$cfg-img/dyad.img")
	else
		li=NA
		isz=0
		echo "$cfg: dict compile failed: $(tail -n 1 "$TMP/$cfg-compile.err")" >&2
	fi
	# thread counts alternate run by run (1 2 1 2 ...), so a slow spell of the
	# machine hits both alike
	for th in $THREADS; do : >"$TMP/$cfg-t$th.runs"; done
	i=0
	while [ $i -lt "$RUNS" ]; do
		for th in $THREADS; do
			# shellcheck disable=SC2086
			once "$cfg-t$th" "$DYAD" code --threads "$th" $flags "$CORPUS/bench.jsonl"
		done
		i=$((i + 1))
	done
	for th in $THREADS; do
		wall=$(col_median "$cfg-t$th" 1)
		rss=$(col_median "$cfg-t$th" 2)
		cpu=$(col_median "$cfg-t$th" 4)
		ex=$(awk '{ print $3 }' "$TMP/$cfg-t$th.runs" | sort -u | tr '\n' ' ')
		ev=$(sed -n 's/.* documents, \([0-9]*\) events.*/\1/p' "$TMP/$cfg-t$th.err" | tail -n 1)
		sps=$(awk -v n="$N_SENT" -v w="$wall" 'BEGIN { printf "%.0f", (w > 0 ? n / w : 0) }')
		mbs=$(awk -v n="$N_BYTES" -v w="$wall" 'BEGIN { printf "%.1f", (w > 0 ? n / 1e6 / w : 0) }')
		rmb=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')
		printf '%-8s %-7s %12s %8s %9s %8s %9s %7s  %s\n' "$cfg" "$th" "$sps" "$mbs" "$wall" "$cpu" "$rmb" "${ev:-?}" "$ex"
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$cfg" "$th" "$sps" "$mbs" \
			"$wall" "$cpu" "$rmb" "$lt" "$li" >>"$results"
		eval "sps_${cfg}_$th=$sps rss_${cfg}_$th=$rmb"
	done
	printf '%-8s dictionary load: text %s ms, compiled image %s ms (%s bytes)\n' "$cfg" "${lt:-?}" \
		"${li:-?}" "$isz"
	eval "img_$cfg=${li:-NA}"
done

# Targets from the benchmark issue; a miss is reported, not hidden.
echo
echo "targets:"
check() { # label value op limit
	v=$2
	if [ -z "$v" ] || [ "$v" = NA ]; then
		printf '  %-46s %10s   (not measured)\n' "$1" "-"
		return
	fi
	if awk -v v="$v" -v l="$4" -v op="$3" 'BEGIN { exit !(op == ">=" ? v >= l : v <= l) }'; then
		printf '  %-46s %10s   met (%s %s)\n' "$1" "$v" "$3" "$4"
	else
		printf '  %-46s %10s   MISSED (%s %s)\n' "$1" "$v" "$3" "$4"
		missed=$((missed + 1))
	fi
}
get() { eval "echo \${$1:-}"; }
check "tabari demo, 1 thread, sentences/s" "$(get sps_tabari_1)" ">=" 300000
check "phoenix, 1 thread, sentences/s" "$(get sps_phoenix_1)" ">=" 150000
for cfg in tabari phoenix; do
	a=$(get "sps_${cfg}_1")
	b=$(get "sps_${cfg}_2")
	if [ -n "$a" ] && [ -n "$b" ]; then
		check "$cfg, 2-thread speed-up (near-linear: >= 1.8)" \
			"$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (a > 0 ? b / a : 0) }')" ">=" 1.8
	fi
done
check "phoenix, peak RSS MB (1 thread)" "$(get rss_phoenix_1)" "<=" 200
check "phoenix, compiled dictionary load ms" "$(get img_phoenix)" "<=" 50
echo "table (TSV): $results"

if [ "${BENCH_PROFILE:-0}" = 1 ]; then
	echo
	if ! command -v perf >/dev/null; then
		echo "profile: skipped, perf is missing (apt-get install -y linux-perf)"
	else
		# shellcheck disable=SC2046
		perf record -q -o "$TMP/perf.data" "$DYAD" code $(flags_for phoenix) "$CORPUS/small.jsonl" \
			>/dev/null 2>"$TMP/perf.err" || echo "profile: perf record failed: $(tail -n 1 "$TMP/perf.err")"
		echo "profile: top 10 functions by self time, phoenix, $(read_manifest small.jsonl | awk '{ print $2 }') sentences, 1 thread"
		perf report -i "$TMP/perf.data" --no-children --sort symbol --stdio 2>/dev/null |
			grep -E '^ +[0-9.]+%' | head -n 10 | awk '{ printf "  %8s  %s\n", $1, $3 }'
	fi
fi
[ "${BENCH_STRICT:-0}" = 1 ] && [ $missed -gt 0 ] && exit 1
exit 0
