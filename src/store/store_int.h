/* store/store_int.h — what the store's front end (store.c, query.c, series.c)
 * needs from a backend (sqlite.c, postgres.c): open/close, the document write
 * path, and a minimal row iterator over parameterised SQL. SQL is written
 * once with '?' placeholders; the PostgreSQL backend renumbers them. */
#ifndef DYAD_STORE_INT_H
#define DYAD_STORE_INT_H

#include <dyad/store.h>

#define STORE_SCHEMA_VERSION 1
#define STORE_APPLICATION_ID 0x64796164 /* "dyad" in the SQLite header */
#define STORE_EVENT_BITS 20 /* events per document < 2^20 (the coder's default cap is 100000) */

/* A document as written: the public dyad_doc plus its key material. */
typedef struct store_doc {
	const dyad_doc *doc;
	int32_t date;        /* resolved: doc->date, else the first event's, else 0 */
	int64_t hash;        /* of text and date */
	const char *coder;   /* coder version */
} store_doc;

typedef enum store_param_kind { STORE_P_TEXT, STORE_P_INT } store_param_kind;

typedef struct store_param {
	store_param_kind kind;
	const char *text;
	int64_t i;
} store_param;

#define STORE_MAX_PARAMS 24

typedef struct store_rows store_rows;

typedef struct store_backend {
	const char *name;
	void (*close)(dyad_store *s); /* frees the backend state; no commit */
	/* 1 = stored with this hash and coder, 0 = not (absent or different) */
	int (*doc_state)(dyad_store *s, const store_doc *d, dyad_error *err);
	/* 1 = written (*replaced set when the id existed), 0 = already stored as given */
	/* ev: the document's events in key order (sentence, source, target,
	 * code), repeated keys already dropped */
	int (*put)(dyad_store *s, const store_doc *d, const dyad_event *const *ev, size_t n,
	           int *replaced, dyad_error *err);
	int (*commit)(dyad_store *s, dyad_error *err);
	int (*finish)(dyad_store *s, dyad_error *err); /* after the last commit; may be NULL */
	void (*rollback)(dyad_store *s);
	int (*count)(dyad_store *s, uint64_t *docs, uint64_t *events, dyad_error *err);
	int (*query)(store_rows **out, dyad_store *s, const char *sql, const store_param *p,
	             size_t np, dyad_error *err);
	int (*next)(store_rows *r, dyad_error *err); /* 1 row, 0 end, < 0 error */
	/* Column i of the current row: NULL (text) / 0 for SQL NULL. */
	const char *(*text)(store_rows *r, int i, size_t *len);
	int64_t (*integer)(store_rows *r, int i);
	double (*real)(store_rows *r, int i);
	int (*is_null)(store_rows *r, int i);
	void (*rows_free)(store_rows *r);
	/* SQL dialect bits */
	const char *like_ci;      /* case-insensitive LIKE operator */
	const char *raw_order;    /* ORDER BY for raw rows: date, document, sentence, source, target, code */
	const char *sentence_sql; /* the event's sentence text from e and d, for text filters */
} store_backend;

struct dyad_store {
	const store_backend *be;
	void *impl;
	dyad_store_options opts;
	dyad_store_stats stats;
	size_t pending_docs, pending_events;
	double batch_start; /* monotonic seconds when the open batch began */
	/* for a target-only filter: lets the (source_cc, target_cc, ...) index
	 * serve it; NULL when the store has a target index instead */
	const char *any_source_sql;
	const dyad_event **order; /* the document being put, in key order */
	size_t order_cap;
};

extern const store_backend dyad_store__sqlite;
extern const store_backend dyad_store__postgres;

int dyad_store__sqlite_open(dyad_store *s, const char *path, dyad_error *err);
int dyad_store__postgres_open(dyad_store *s, const char *url, dyad_error *err);

/* Shared helpers (store.c). */
int64_t dyad_store__hash(const dyad_doc *doc, int32_t date);
/* Actor code prefix bucket stored beside each code for indexed dyad lookups. */
size_t dyad_store__cc_len(const char *code);
/* Issues joined with ';' into b. */
int dyad_store__join_issues(dyad_buf *b, const dyad_event *ev);

/* "%s%" for LIKE ... ESCAPE '!' (malloc'd; NULL on ENOMEM). */
char *dyad_store__like_pattern(const char *s);

/* Query building (query.c): WHERE clause (starting " WHERE" or empty) and
 * parameters for filter f over events e joined with documents d. *needs_doc
 * tells whether the clause refers to d. */
int dyad_store__where(dyad_buf *sql, store_param *p, size_t *np, int *needs_doc,
                      const dyad_store *s, const dyad_store_filter *f, dyad_error *err);

#endif
