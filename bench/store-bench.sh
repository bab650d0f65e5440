#!/bin/sh
# bench/store-bench.sh — event store benchmark (not part of `make check`).
#   bench/store-bench.sh [EVENTS] [DB]      EVENTS default 1000000; DB default a temp
#                                           SQLite file, or a postgresql:// URL
#   STORE_CACHE_MB=N                        SQLite page cache for the writer (default 256)
# Generates synthetic documents and events in-process (no coder: this measures
# the store) and reports: ingest events/s and documents/s through the public
# store API (batched transactions) into the empty store, then of a tenth more
# into the filled one (append_*), the database size per million events, and
# the latency of a weekly series for one busy dyad, in-process and through
# `dyad series` (median of 7 runs each). Method and last figures: docs/store.md.
set -eu
EVENTS=${1:-1000000}
DB=${2:-}
BUILD=${BUILD:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
[ -f "$BUILD/libdyad.a" ] && [ -x "$BUILD/dyad" ] || make -s BUILD="$BUILD" >/dev/null
T=$(mktemp -d /tmp/dyad-store-bench-XXXXXX)
trap 'rm -rf "$T"' EXIT INT TERM
[ -n "$DB" ] || DB="$T/bench.db"

cat >"$T/driver.c" <<'C'
/* synthetic store load: documents of EPD events each, dates advancing over
 * ten years, actor countries drawn with a skew so a few dyads are busy, as in
 * real news; then the weekly series of the busiest dyad, timed. */
#include <dyad/dyad.h>
#include <dyad/store.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}
static double unif(void) { return (double)(next() >> 11) / 9007199254740992.0; }

static const char *cc[] = {"USA","RUS","CHN","UKR","PRK","KOR","JPN","IRN","ISR","PSE","GBR","FRA","DEU",
	"IND","PAK","AFG","IRQ","SYR","TUR","EGY","SAU","YEM","LBY","SDN","ETH","KEN","NGA","ZAF","BRA",
	"MEX","VEN","COL","ARG","CAN","AUS","IDN","PHL","THA","MMR","VNM","MYS","SGP","TWN","ITA","ESP",
	"POL","BLR","GEO","ARM","AZE","KAZ","UZB","QAT","ARE","JOR","LBN","MAR","DZA","TUN","MLI","NER",
	"TCD","SOM","SSD","COD","RWA","UGA","TZA","ZWE","MOZ","AGO","CMR","GHA","CIV","SEN","BGD","LKA",
	"NPL","CUB","HTI","PER","CHL","BOL","ECU","NIC","SRB","HUN","ROU","GRC","SWE","NOR","FIN","NLD",
	"BEL","CHE","AUT","CZE","IRL","NZL","PRT"};
static const char *agent[] = {"", "", "GOV", "MIL", "GOV", "REB", "OPP", "COP", "BUS", "MED"};
static const char *codes[][3] = {{"010","01","0"},{"020","02","0"},{"036","03","0"},{"042","04","0"},
	{"043","04","0"},{"046","04","0"},{"051","05","0"},{"057","05","0"},{"061","06","1"},{"071","07","1"},
	{"090","09","0"},{"111","11","2"},{"112","11","2"},{"120","12","2"},{"130","13","2"},{"138","13","2"},
	{"141","14","2"},{"163","16","3"},{"173","17","3"},{"190","19","3"},{"193","19","3"},{"194","19","3"},
	{"195","19","3"},{"1951","19","3"},{"200","20","3"}};
static const double gold[] = {0, 3, 4, 1.9, 2.8, 7, 3.5, 6, 7, 7.4, -2, -2, -2, -4, -4.4, -7, -6.5,
	-4, -5, -10, -10, -10, -10, -10, -10};

static int pick_country(void)
{
	/* cube of a uniform: the first countries are by far the busiest */
	double u = unif();
	return (int)(u * u * u * (double)(sizeof cc / sizeof cc[0]));
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	long long n_events = atoll(argv[1]);
	const char *db = argv[2];
	/* an incremental run adds documents after the first `start`, dated in the
	 * store's last stretch, and reports under its own names */
	long long start = argc > 3 ? atoll(argv[3]) : 0;
	const char *tag = start ? "append" : "ingest";
	const int epd = 5; /* events per document */
	dyad_store *s;
	dyad_error err;
	dyad_store_options o;
	dyad_store_options_init(&o);
	if (getenv("STORE_CACHE_MB"))
		o.cache_mb = (size_t)atol(getenv("STORE_CACHE_MB"));
	if (dyad_store_open_opts(&s, db, &o, &err)) {
		fprintf(stderr, "open: %s\n", err.msg);
		return 1;
	}
	char text[512], id[32], names[epd][2][16];
	dyad_event ev[epd];
	memset(ev, 0, sizeof ev);
	long long n_docs = (n_events + epd - 1) / epd, stored = 0;
	double t0 = now();
	for (long long d = 0; d < n_docs; d++) {
		/* ten years, in order, as a news archive arrives */
		long long day = (start + d) * 3652 / (start + n_docs);
		int y = 2015 + (int)(day / 365), doy = (int)(day % 365);
		int date = y * 10000 + (1 + doy / 31 % 12) * 100 + 1 + doy % 28;
		snprintf(id, sizeof id, "bench-%09lld", start + d);
		int tl = snprintf(text, sizeof text,
		                  "Synthetic wire story %lld. Officials of two governments met on Tuesday and "
		                  "exchanged statements about security, trade and the border, a spokesman said "
		                  "in a briefing; the talks follow weeks of tension between the neighbours.", d);
		dyad_doc doc = {id, strlen(id), text, (size_t)tl, date, NULL, d % 7 < 3 ? "AP" : d % 7 < 5 ? "Reuters" : "AFP", NULL};
		int k = (int)(epd < n_events - stored ? epd : n_events - stored);
		for (int i = 0; i < k; i++) {
			int a = pick_country(), b = pick_country();
			if (b == a)
				b = (a + 1) % (int)(sizeof cc / sizeof cc[0]);
			snprintf(names[i][0], 16, "%s%s", cc[a], agent[next() % 10]);
			snprintf(names[i][1], 16, "%s%s", cc[b], agent[next() % 10]);
			int c = (int)(next() % (sizeof codes / sizeof codes[0]));
			dyad_event *e = &ev[i];
			e->sentence = (uint32_t)(1 + i / 2);
			e->date = date;
			e->source = names[i][0];
			e->target = names[i][1];
			snprintf(e->code, sizeof e->code, "%s", codes[c][0]);
			snprintf(e->root, sizeof e->root, "%s", codes[c][1]);
			e->quad = codes[c][2][0] - '0' + 1;
			e->goldstein = gold[c];
			e->plover = "";
			e->source_span = (dyad_span){0, 8};
			e->target_span = (dyad_span){20, 28};
			e->verb_span = (dyad_span){10, 14};
			e->sentence_span = (dyad_span){0, (uint32_t)tl};
		}
		if (dyad_store_put(s, &doc, "bench", ev, (size_t)k, &err) < 0) {
			fprintf(stderr, "put: %s\n", err.msg);
			return 1;
		}
		stored += k;
	}
	if (dyad_store_close(s, &err)) {
		fprintf(stderr, "close: %s\n", err.msg);
		return 1;
	}
	double el = now() - t0;
	printf("%s_events %lld\n%s_docs %lld\n%s_seconds %.2f\n%s_events_per_s %.0f\n%s_docs_per_s %.0f\n",
	       tag, stored, tag, n_docs, tag, el, tag, (double)stored / el, tag, (double)n_docs / el);
	if (start)
		return 0;

	o.readonly = 1;
	if (dyad_store_open_opts(&s, db, &o, &err)) {
		fprintf(stderr, "reopen: %s\n", err.msg);
		return 1;
	}
	dyad_store_filter f = {0};
	f.source = "USA";
	f.target = "RUS";
	double times[7];
	uint64_t total = 0;
	size_t periods = 0;
	for (int r = 0; r < 7; r++) {
		dyad_series *ser;
		double a = now();
		if (dyad_store_series(&ser, s, &f, DYAD_INTERVAL_WEEK, DYAD_METRIC_COUNT, &err)) {
			fprintf(stderr, "series: %s\n", err.msg);
			return 1;
		}
		times[r] = now() - a;
		total = 0;
		for (size_t i = 0; i < ser->n; i++)
			total += ser->points[i].count;
		periods = ser->n;
		dyad_series_free(ser);
	}
	qsort(times, 7, sizeof times[0], cmp_d);
	printf("series_dyad USA-RUS\nseries_dyad_events %llu\nseries_weeks %zu\nseries_ms_median %.1f\nseries_ms_min %.1f\nseries_ms_max %.1f\n",
	       (unsigned long long)total, periods, times[3] * 1e3, times[0] * 1e3, times[6] * 1e3);
	dyad_store_free(s);
	return 0;
}
C
cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Iinclude -o "$T/driver" "$T/driver.c" "$BUILD/libdyad.a" \
	$(pkg-config --libs icu-uc zlib sqlite3 2>/dev/null) -lpq -lpthread -lm
echo "store benchmark: $EVENTS events into $DB ($(nproc) CPUs, $(uname -m))"
"$T/driver" "$EVENTS" "$DB" | tee "$T/out"
# then a tenth more into the now-indexed store, as daily ingests arrive
"$T/driver" "$((EVENTS / 10))" "$DB" "$((EVENTS / 5))"
case "$DB" in
postgresql://* | postgres://*) ;;
*)
	bytes=$(($(stat -c %s "$DB") + $( [ -e "$DB-wal" ] && stat -c %s "$DB-wal" || echo 0)))
	echo "db_bytes $bytes"
	awk -v b="$bytes" -v e="$((EVENTS + EVENTS / 10))" 'BEGIN { printf "db_mib_per_million_events %.1f\n", b / 1048576 / (e / 1e6) }'
	;;
esac
# the same series through the CLI, process start-up and open included
i=0
: >"$T/cli"
while [ $i -lt 7 ]; do
	a=$(date +%s%N)
	"$BUILD/dyad" series --db "$DB" --dyad USA-RUS --interval week >/dev/null
	b=$(date +%s%N)
	echo $(((b - a) / 1000)) >>"$T/cli"
	i=$((i + 1))
done
sort -n "$T/cli" | awk '{ v[NR] = $1 } END { printf "cli_series_ms_median %.1f\n", v[int((NR + 1) / 2)] / 1000 }'
