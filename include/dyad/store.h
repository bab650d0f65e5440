/* dyad/store.h — the event store: coded documents and their events in a
 * SQLite file (any path) or a PostgreSQL database (a postgresql:// URL), with
 * the same schema and the same guarantees in both.
 *
 * Documents are keyed by id; each remembers a hash of its content and the
 * coder version that coded it, so storing the same document twice adds
 * nothing and a changed text or coder replaces its events atomically.
 * Writes are batched: a batch is one transaction, so a crash loses at most
 * the uncommitted batch, which a rerun stores again. */
#ifndef DYAD_STORE_H
#define DYAD_STORE_H

#include <stdint.h>
#include "coder.h"
#include "writer.h"

typedef struct dyad_store dyad_store;
typedef struct dyad_store_cursor dyad_store_cursor;

typedef struct dyad_store_options {
	int readonly;        /* never create or write; a missing database is DYAD_ENOTFOUND */
	size_t batch_docs;   /* documents per transaction; 0 = default (10000) */
	size_t batch_events; /* or events per transaction, whichever first; 0 = default (100000) */
	size_t batch_ms;     /* or milliseconds since the batch began; 0 = default (2000) */
	size_t cache_mb;     /* SQLite page cache; 0 = default (256) */
} dyad_store_options;

typedef struct dyad_store_stats {
	uint64_t docs_added;     /* new document ids */
	uint64_t docs_replaced;  /* ids stored before with another text or coder version */
	uint64_t docs_unchanged; /* already stored as given: nothing written */
	uint64_t events_added;
} dyad_store_stats;

DYAD_API void dyad_store_options_init(dyad_store_options *opts);
/* Open (creating if needed) the store at url: a file path for SQLite or
 * postgresql://... / postgres://... for PostgreSQL. A file that exists but is
 * not a dyad database is DYAD_EFORMAT; a server that refuses is DYAD_EDB. */
DYAD_API int dyad_store_open(dyad_store **out, const char *url, dyad_error *err);
DYAD_API int dyad_store_open_opts(dyad_store **out, const char *url,
                                  const dyad_store_options *opts, dyad_error *err);
/* Commits any pending batch (on failure the batch is rolled back). A session
 * that began on an empty SQLite store loads without event indexes and builds
 * them here; if it never gets here, the next writer to open the store does. */
DYAD_API int dyad_store_close(dyad_store *s, dyad_error *err);
/* Close without committing (the pending batch is discarded). NULL is a no-op. */
DYAD_API void dyad_store_free(dyad_store *s);
/* "sqlite" or "postgresql". */
DYAD_API const char *dyad_store_backend(const dyad_store *s);

/* 1 if doc (same id, same content, same coder version) is already stored —
 * the caller need not code it; 0 if it must be coded and put. */
DYAD_API int dyad_store_has(dyad_store *s, const dyad_doc *doc, const char *coder_version,
                            dyad_error *err);
/* Store doc and its n events, replacing an earlier version of the same id.
 * Returns 1 when written, 0 when the document was already stored as given.
 * Part of the current batch: durable after the batch fills or on commit.
 * (PostgreSQL knows "already stored" only when dyad_store_has() was asked
 * just before; otherwise the commit leaves an unchanged document alone and
 * put() returns 1.) */
DYAD_API int dyad_store_put(dyad_store *s, const dyad_doc *doc, const char *coder_version,
                            const dyad_event *events, size_t n, dyad_error *err);
DYAD_API int dyad_store_commit(dyad_store *s, dyad_error *err);
DYAD_API void dyad_store_get_stats(const dyad_store *s, dyad_store_stats *out);
/* Totals in the database (documents, events). */
DYAD_API int dyad_store_count(dyad_store *s, uint64_t *docs, uint64_t *events,
                              dyad_error *err);

/* Filters shared by query, series and export. Actor codes match by prefix
 * ("PRK" matches PRK, PRKGOV, PRKMIL), as do event codes ("19" matches 190..196). */
typedef struct dyad_store_filter {
	int32_t from, to;          /* YYYYMMDD inclusive; 0 = unbounded */
	const char *source;        /* actor code prefix, NULL = any */
	const char *target;
	const char *code;          /* CAMEO code prefix */
	const char *root;          /* two-digit root, e.g. "15" */
	int quad;                  /* 1..4, 0 = any */
	const char *text_contains; /* sentence contains (ASCII case-insensitive) */
	const char *doc_id;        /* only this document */
	int daily;                 /* one-a-day: one row per (date, source, target, code) */
	uint64_t limit;            /* rows; 0 = all */
} dyad_store_filter;

/* Parse "A-B" into source and target prefixes (pointers into buf, which the
 * caller provides with at least strlen(dyad)+1 bytes). */
DYAD_API int dyad_store_parse_dyad(const char *dyad, char *buf, size_t cap,
                                   const char **source, const char **target);

#define DYAD_STORE_DAILY_IDS 10 /* document ids kept per one-a-day row */

typedef struct dyad_store_row {
	dyad_doc doc;        /* id, date, url, outlet (source), title; text too */
	dyad_event event;
	/* one-a-day rows: the event is the first mention; counts as GDELT's
	 * NumMentions / NumArticles / NumSources */
	uint64_t mentions, documents, outlets;
	const char *doc_ids; /* first DYAD_STORE_DAILY_IDS ids, ";"-joined */
	const char *urls;    /* their URLs (non-empty ones), ";"-joined */
	const char *outlet_names; /* distinct outlets of those, ";"-joined */
} dyad_store_row;

DYAD_API int dyad_store_query(dyad_store_cursor **out, dyad_store *s,
                              const dyad_store_filter *f, dyad_error *err);
/* 1 = *out holds a row (valid until the next call), 0 = end, < 0 = error. */
DYAD_API int dyad_store_cursor_next(dyad_store_cursor *c, dyad_store_row *out,
                                    dyad_error *err);
DYAD_API void dyad_store_cursor_free(dyad_store_cursor *c);

/* Time series over the filtered events. */
typedef enum dyad_interval {
	DYAD_INTERVAL_DAY,
	DYAD_INTERVAL_WEEK,  /* ISO weeks, labelled by their Monday */
	DYAD_INTERVAL_MONTH,
	DYAD_INTERVAL_YEAR
} dyad_interval;

typedef enum dyad_metric {
	DYAD_METRIC_COUNT,     /* events per period */
	DYAD_METRIC_GOLDSTEIN, /* mean Goldstein score per period */
	DYAD_METRIC_QUAD       /* events per QuadClass 1..4 per period */
} dyad_metric;

typedef struct dyad_series_point {
	int32_t period;      /* first day of the period, YYYYMMDD */
	uint64_t count;      /* events */
	double goldstein;    /* mean (DYAD_METRIC_GOLDSTEIN only); 0 when count is 0 */
	uint64_t quad[4];    /* events per QuadClass (DYAD_METRIC_QUAD only) */
} dyad_series_point;

typedef struct dyad_series {
	dyad_interval interval;
	dyad_metric metric;
	size_t n;                  /* periods from the first event's to the last's, gaps included */
	dyad_series_point *points;
} dyad_series;

#define DYAD_SERIES_MAX_POINTS 200000 /* more periods than this is DYAD_ELIMIT */

DYAD_API int dyad_interval_parse(const char *name, dyad_interval *out);
DYAD_API int dyad_metric_parse(const char *name, dyad_metric *out);
/* "2024-01-01" (a day; a week by its Monday), "2024-01" (month), "2024" (year). */
DYAD_API int dyad_series_label(char *buf, size_t cap, dyad_interval iv, int32_t period);
DYAD_API int dyad_store_series(dyad_series **out, dyad_store *s, const dyad_store_filter *f,
                               dyad_interval interval, dyad_metric metric, dyad_error *err);
/* A self-contained SVG chart (axes, ticks, labels, title, legend for quad). */
DYAD_API int dyad_series_svg(dyad_buf *out, const dyad_series *series, const char *title,
                             dyad_error *err);
DYAD_API void dyad_series_free(dyad_series *series);

#endif
