/* store/postgres.c — the PostgreSQL backend (libpq). Same schema as SQLite.
 * A batch is kept in memory as COPY text and written in one transaction:
 * COPY into session-private staging tables, then INSERT ... ON CONFLICT DO
 * NOTHING into the real ones, so any number of writers (and re-runs after a
 * crash) store each document once. Reads stream through a server-side cursor. */
#include "store/store_int.h"
#include "util/hash.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct pg {
	PGconn *conn;
	dyad_buf docs, events, tmp; /* COPY text of the pending batch */
	uint64_t *pending;          /* hashes of the pending batch's ids (open addressing) */
	size_t pending_cap, pending_n;
	int txn_depth;              /* read transactions opened by cursors */
	unsigned cursor_seq;
	int staged;                 /* staging tables exist in this session */
	/* the last lookup: dyad ingest asks has() then put() for the same document */
	uint64_t last_id;
	int64_t last_hash;
	uint64_t last_coder;
	int last_found, last_same, last_valid;
} pg;

struct store_rows {
	pg *q;
	PGresult *res;
	int row, nrows, done, own_txn;
	char name[32];
};

static const char schema_sql[] =
	"CREATE TABLE IF NOT EXISTS dyad_meta(key text PRIMARY KEY, value text NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS documents(\n"
	"  doc_pk bigserial PRIMARY KEY,\n"
	"  id text NOT NULL UNIQUE,\n"
	"  hash bigint NOT NULL,\n"
	"  coder text NOT NULL,\n"
	"  date integer NOT NULL,\n"
	"  outlet text, url text, title text,\n"
	"  text text NOT NULL,\n"
	"  n_events integer NOT NULL);\n"
	"CREATE TABLE IF NOT EXISTS events(\n"
	"  doc_pk bigint NOT NULL, sentence integer NOT NULL,\n"
	"  source text NOT NULL, target text NOT NULL, code text NOT NULL,\n"
	"  date integer NOT NULL, source_cc text NOT NULL, target_cc text NOT NULL,\n"
	"  root text NOT NULL, quad smallint NOT NULL, goldstein double precision NOT NULL,\n"
	"  plover text, issues text, place_name text, place_country text,\n"
	"  lat double precision, lon double precision,\n"
	"  src_b integer, src_e integer, tgt_b integer, tgt_e integer,\n"
	"  verb_b integer, verb_e integer, sent_b integer, sent_e integer,\n"
	"  PRIMARY KEY(doc_pk, sentence, source, target, code));\n"
	"CREATE INDEX IF NOT EXISTS events_dyad ON events(source_cc, target_cc, date)"
	"  INCLUDE (root, quad, goldstein);\n"
	"CREATE INDEX IF NOT EXISTS events_target ON events(target_cc, date);\n"
	"CREATE INDEX IF NOT EXISTS events_date ON events(date);\n"
	"CREATE OR REPLACE VIEW events_daily AS SELECT e.date, e.source, e.target, e.code,\n"
	"  count(*) AS mentions, count(DISTINCT e.doc_pk) AS documents,\n"
	"  count(DISTINCT d.outlet) AS outlets, min(d.id) AS first_doc\n"
	"  FROM events e JOIN documents d ON d.doc_pk = e.doc_pk\n"
	"  GROUP BY e.date, e.source, e.target, e.code;\n"
	"INSERT INTO dyad_meta VALUES('application','dyad'),('schema','1') ON CONFLICT DO NOTHING;\n";

static const char stage_sql[] =
	"CREATE TEMP TABLE IF NOT EXISTS stage_docs(id text, hash bigint, coder text, date integer,"
	" outlet text, url text, title text, text text, n_events integer) ON COMMIT DELETE ROWS;"
	"CREATE TEMP TABLE IF NOT EXISTS stage_events(doc_id text, sentence integer, source text,"
	" target text, code text, date integer, source_cc text, target_cc text, root text,"
	" quad smallint, goldstein double precision, plover text, issues text, place_name text,"
	" place_country text, lat double precision, lon double precision, src_b integer,"
	" src_e integer, tgt_b integer, tgt_e integer, verb_b integer, verb_e integer,"
	" sent_b integer, sent_e integer) ON COMMIT DELETE ROWS;";

/* Applied in the batch's transaction after both COPYs. */
static const char merge_sql[] =
	/* a changed text or coder: its old events go, its row is rewritten */
	"DELETE FROM events e USING documents d, stage_docs s"
	" WHERE e.doc_pk = d.doc_pk AND d.id = s.id AND (d.hash <> s.hash OR d.coder <> s.coder);"
	"UPDATE documents d SET hash = s.hash, coder = s.coder, date = s.date, outlet = s.outlet,"
	" url = s.url, title = s.title, text = s.text, n_events = s.n_events FROM stage_docs s"
	" WHERE d.id = s.id AND (d.hash <> s.hash OR d.coder <> s.coder);"
	"INSERT INTO documents(id, hash, coder, date, outlet, url, title, text, n_events)"
	" SELECT id, hash, coder, date, outlet, url, title, text, n_events FROM stage_docs"
	" ON CONFLICT (id) DO NOTHING;"
	"INSERT INTO events SELECT d.doc_pk, s.sentence, s.source, s.target, s.code, s.date,"
	" s.source_cc, s.target_cc, s.root, s.quad, s.goldstein, s.plover, s.issues, s.place_name,"
	" s.place_country, s.lat, s.lon, s.src_b, s.src_e, s.tgt_b, s.tgt_e, s.verb_b, s.verb_e,"
	" s.sent_b, s.sent_e FROM stage_events s JOIN documents d ON d.id = s.doc_id"
	" ON CONFLICT DO NOTHING;";

static void quiet(void *arg, const char *msg)
{
	(void)arg; /* the library never prints: NOTICEs are dropped */
	(void)msg;
}

/* libpq messages end with a newline; keep the first line. */
static int pg_err(PGconn *c, dyad_error *err, const char *what)
{
	const char *m = PQerrorMessage(c);
	size_t n = strcspn(m, "\n");
	return dyad_error_set(err, DYAD_EDB, NULL, 0, "%s: %.*s", what, (int)n, m);
}

static int res_err(PGresult *r, PGconn *c, dyad_error *err, const char *what)
{
	const char *m = r ? PQresultErrorMessage(r) : "";
	if (!*m)
		m = PQerrorMessage(c);
	size_t n = strcspn(m, "\n");
	int code = DYAD_EDB;
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	if (state && !strncmp(state, "53", 2))
		code = DYAD_EIO; /* insufficient resources: disk full, out of memory */
	PQclear(r);
	return dyad_error_set(err, code, NULL, 0, "%s: %.*s", what, (int)n, m);
}

static int exec(pg *q, const char *sql, dyad_error *err, const char *what)
{
	PGresult *r = PQexec(q->conn, sql);
	ExecStatusType st = PQresultStatus(r);
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
		return res_err(r, q->conn, err, what);
	PQclear(r);
	return 0;
}

/* postgresql://user:secret@host/db -> postgresql://user:***@host/db for messages */
static void redact(char *out, size_t cap, const char *url)
{
	const char *p = strstr(url, "://");
	const char *at = p ? strchr(p + 3, '@') : NULL;
	const char *slash = p ? strchr(p + 3, '/') : NULL;
	const char *colon = at ? memchr(p + 3, ':', (size_t)(at - (p + 3))) : NULL;
	if (!colon || (slash && slash < at))
		snprintf(out, cap, "%s", url);
	else
		snprintf(out, cap, "%.*s:***%s", (int)(colon - url), url, at);
}

static void pg_close(dyad_store *s)
{
	pg *q = s->impl;
	if (!q)
		return;
	PQfinish(q->conn);
	dyad_buf_free(&q->docs);
	dyad_buf_free(&q->events);
	dyad_buf_free(&q->tmp);
	free(q->pending);
	free(q);
	s->impl = NULL;
}

static int check_schema(pg *q, const char *where, int readonly, dyad_error *err)
{
	PGresult *r = PQexec(q->conn,
	                     "SELECT to_regclass('dyad_meta') IS NOT NULL, to_regclass('documents') IS NOT NULL,"
	                     " to_regclass('events') IS NOT NULL");
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		return res_err(r, q->conn, err, where);
	int meta = PQgetvalue(r, 0, 0)[0] == 't';
	int other = PQgetvalue(r, 0, 1)[0] == 't' || PQgetvalue(r, 0, 2)[0] == 't';
	PQclear(r);
	if (meta) {
		r = PQexec(q->conn, "SELECT value FROM dyad_meta WHERE key = 'schema'");
		if (PQresultStatus(r) != PGRES_TUPLES_OK)
			return res_err(r, q->conn, err, where);
		int ok = PQntuples(r) == 1 && atoi(PQgetvalue(r, 0, 0)) <= STORE_SCHEMA_VERSION;
		int ver = PQntuples(r) == 1 ? atoi(PQgetvalue(r, 0, 0)) : -1;
		PQclear(r);
		if (!ok)
			return dyad_error_set(err, DYAD_EFORMAT, NULL, 0,
			                      "%s: dyad schema %d is not supported by this dyad (%d)", where, ver,
			                      STORE_SCHEMA_VERSION);
		return 0;
	}
	if (other)
		return dyad_error_set(err, DYAD_EFORMAT, NULL, 0,
		                      "%s: not a dyad database (it has documents/events tables of another application); refusing to modify it",
		                      where);
	if (readonly)
		return dyad_error_set(err, DYAD_EFORMAT, NULL, 0, "%s: empty database, nothing ingested yet", where);
	/* the advisory lock serialises workers creating the schema at the same time */
	int rc = exec(q, "BEGIN", err, where);
	if (!rc)
		rc = exec(q, "SELECT pg_advisory_xact_lock(1685217636)", err, where);
	if (!rc)
		rc = exec(q, schema_sql, err, where);
	if (!rc)
		rc = exec(q, "COMMIT", err, where);
	if (rc)
		PQclear(PQexec(q->conn, "ROLLBACK"));
	return rc;
}

int dyad_store__postgres_open(dyad_store *s, const char *url, dyad_error *err)
{
	char where[512];
	redact(where, sizeof where, url);
	pg *q = calloc(1, sizeof *q);
	if (!q)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	s->impl = q;
	s->be = &dyad_store__postgres;
	q->conn = PQconnectdb(url);
	int rc;
	if (!q->conn) {
		rc = dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
		goto fail;
	}
	if (PQstatus(q->conn) != CONNECTION_OK) {
		const char *m = PQerrorMessage(q->conn);
		/* libpq's message may span lines (one per address tried); keep it short */
		size_t n = strcspn(m, "\n");
		rc = dyad_error_set(err, DYAD_EDB, NULL, 0, "cannot connect to %s: %.*s", where, (int)n, m);
		goto fail;
	}
	PQsetNoticeProcessor(q->conn, quiet, NULL);
	if ((rc = exec(q, "SET client_min_messages = warning; SET client_encoding = 'UTF8'", err, where)))
		goto fail;
	if ((rc = check_schema(q, where, s->opts.readonly, err)))
		goto fail;
	return 0;
fail:
	pg_close(s);
	return rc;
}

/* 1 = id is in the pending batch. Inserts when add is set. */
static int pending_has(pg *q, const char *id, size_t len, int add)
{
	uint64_t h = dyad_hash_bytes(id, len) | 1;
	if (add && 2 * (q->pending_n + 1) > q->pending_cap) {
		size_t cap = q->pending_cap ? 2 * q->pending_cap : 1024;
		uint64_t *v = calloc(cap, sizeof *v);
		if (!v)
			return -1;
		for (size_t i = 0; i < q->pending_cap; i++) {
			if (!q->pending[i])
				continue;
			size_t j = q->pending[i] & (cap - 1);
			while (v[j])
				j = (j + 1) & (cap - 1);
			v[j] = q->pending[i];
		}
		free(q->pending);
		q->pending = v;
		q->pending_cap = cap;
	}
	if (!q->pending_cap)
		return 0;
	size_t j = h & (q->pending_cap - 1);
	while (q->pending[j]) {
		if (q->pending[j] == h)
			return 1;
		j = (j + 1) & (q->pending_cap - 1);
	}
	if (add) {
		q->pending[j] = h;
		q->pending_n++;
	}
	return 0;
}

/* 1 found (same set), 0 absent, < 0 error */
static int lookup(pg *q, const store_doc *d, int *same, dyad_error *err)
{
	uint64_t idh = dyad_hash_bytes(d->doc->id, d->doc->id_len);
	uint64_t ch = dyad_hash_bytes(d->coder, strlen(d->coder));
	if (q->last_valid && q->last_id == idh && q->last_hash == d->hash && q->last_coder == ch) {
		q->last_valid = 0; /* good for one reuse: the put that follows the has */
		*same = q->last_same;
		return q->last_found;
	}
	char *id = strndup(d->doc->id, d->doc->id_len);
	if (!id)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	const char *vals[1] = {id};
	PGresult *r = PQexecParams(q->conn, "SELECT hash, coder FROM documents WHERE id = $1", 1,
	                           NULL, vals, NULL, NULL, 0);
	free(id);
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		return res_err(r, q->conn, err, "postgresql lookup");
	int found = PQntuples(r) > 0;
	if (found)
		*same = strtoll(PQgetvalue(r, 0, 0), NULL, 10) == d->hash &&
		        !strcmp(PQgetvalue(r, 0, 1), d->coder);
	PQclear(r);
	q->last_valid = 1;
	q->last_id = idh;
	q->last_hash = d->hash;
	q->last_coder = ch;
	q->last_found = found;
	q->last_same = found && *same;
	return found;
}

static int pg_doc_state(dyad_store *s, const store_doc *d, dyad_error *err)
{
	pg *q = s->impl;
	/* the database cannot see the in-memory batch: write it out first */
	if (pending_has(q, d->doc->id, d->doc->id_len, 0)) {
		int rc = dyad_store_commit(s, err);
		if (rc < 0)
			return rc;
	}
	int same = 0;
	int rc = lookup(q, d, &same, err);
	return rc < 0 ? rc : rc && same;
}

static int utf8_len(const unsigned char *s, size_t n)
{
	/* length of the valid UTF-8 sequence at s, 0 if invalid */
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	int len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
	if (!len || (size_t)len > n)
		return 0;
	for (int i = 1; i < len; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	if (c == 0xe0 && s[1] < 0xa0)
		return 0;
	if (c == 0xed && s[1] > 0x9f)
		return 0; /* surrogates */
	if (c == 0xf0 && s[1] < 0x90)
		return 0;
	if (c == 0xf4 && s[1] > 0x8f)
		return 0;
	return len;
}

/* COPY text field. Invalid UTF-8 and NUL become '?' byte for byte, so the
 * stored spans (byte offsets) still point at the same words. */
static int copy_field(dyad_buf *b, const char *s, size_t n, int last)
{
	int rc = 0;
	if (!s) {
		rc = dyad_buf_append(b, "\\N", 2);
	} else {
		size_t run = 0;
		for (size_t i = 0; i < n && !rc;) {
			unsigned char c = (unsigned char)s[i];
			const char *rep = NULL;
			int len = 1;
			switch (c) {
			case '\\': rep = "\\\\"; break;
			case '\t': rep = "\\t"; break;
			case '\n': rep = "\\n"; break;
			case '\r': rep = "\\r"; break;
			case 0: rep = "?"; break;
			default:
				len = utf8_len((const unsigned char *)s + i, n - i);
				if (!len) {
					rep = "?";
					len = 1;
				}
			}
			if (rep) {
				if (run)
					rc = dyad_buf_append(b, s + i - run, run);
				if (!rc)
					rc = dyad_buf_append(b, rep, strlen(rep));
				run = 0;
			} else {
				run += (size_t)len;
			}
			i += (size_t)len;
		}
		if (!rc && run)
			rc = dyad_buf_append(b, s + n - run, run);
	}
	if (!rc)
		rc = dyad_buf_append(b, last ? "\n" : "\t", 1);
	return rc;
}

static int copy_str(dyad_buf *b, const char *s, int last)
{
	return copy_field(b, s && *s ? s : NULL, s ? strlen(s) : 0, last);
}

static int copy_num(dyad_buf *b, const char *fmt, double v, long long i, int is_int)
{
	return is_int ? dyad_buf_printf(b, "%lld\t", i) : dyad_buf_printf(b, fmt, v);
}

static int pg_put(dyad_store *s, const store_doc *d, const dyad_event *const *ev, size_t n,
                  int *replaced, dyad_error *err)
{
	pg *q = s->impl;
	const dyad_doc *doc = d->doc;
	int rc;
	if (pending_has(q, doc->id, doc->id_len, 0) && (rc = dyad_store_commit(s, err)) < 0)
		return rc;
	/* After has() for this document the answer is at hand; without it, a
	 * round trip per document would cost more than the write: the merge at
	 * commit keeps unchanged documents as they are and replaces changed ones,
	 * so the document is simply staged (and counted as added). */
	int same = 0, found = 0;
	uint64_t idh = dyad_hash_bytes(doc->id, doc->id_len);
	if (q->last_valid && q->last_id == idh && q->last_hash == d->hash &&
	    q->last_coder == dyad_hash_bytes(d->coder, strlen(d->coder))) {
		found = lookup(q, d, &same, err);
		if (found < 0)
			return found;
		if (found && same)
			return 0;
	}
	*replaced = found;
	if (pending_has(q, doc->id, doc->id_len, 1) < 0)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	dyad_buf *b = &q->docs;
	size_t mark_docs = q->docs.len, mark_events = q->events.len;
	rc = copy_field(b, doc->id, doc->id_len, 0);
	if (!rc)
		rc = dyad_buf_printf(b, "%lld\t", (long long)d->hash);
	if (!rc)
		rc = copy_field(b, d->coder, strlen(d->coder), 0);
	if (!rc)
		rc = dyad_buf_printf(b, "%d\t", (int)d->date);
	if (!rc)
		rc = copy_str(b, doc->source, 0);
	if (!rc)
		rc = copy_str(b, doc->url, 0);
	if (!rc)
		rc = copy_str(b, doc->title, 0);
	if (!rc)
		rc = copy_field(b, doc->text ? doc->text : "", doc->text ? doc->text_len : 0, 0);
	if (!rc)
		rc = dyad_buf_printf(b, "%zu\n", n);
	b = &q->events;
	for (size_t i = 0; i < n && !rc; i++) {
		const dyad_event *e = ev[i];
		const char *src = e->source ? e->source : "---";
		const char *tgt = e->target ? e->target : "---";
		rc = copy_field(b, doc->id, doc->id_len, 0);
		if (!rc)
			rc = dyad_buf_printf(b, "%u\t", e->sentence);
		if (!rc)
			rc = copy_str(b, src, 0);
		if (!rc)
			rc = copy_str(b, tgt, 0);
		if (!rc)
			rc = copy_str(b, e->code, 0);
		if (!rc)
			rc = dyad_buf_printf(b, "%d\t", (int)(e->date ? e->date : d->date));
		if (!rc)
			rc = copy_field(b, src, dyad_store__cc_len(src), 0);
		if (!rc)
			rc = copy_field(b, tgt, dyad_store__cc_len(tgt), 0);
		if (!rc)
			rc = copy_str(b, e->root, 0);
		if (!rc)
			rc = copy_num(b, NULL, 0, e->quad, 1);
		if (!rc)
			rc = copy_num(b, "%.17g\t", e->goldstein, 0, 0);
		if (!rc)
			rc = copy_str(b, e->plover, 0);
		if (!rc)
			rc = dyad_store__join_issues(&q->tmp, e);
		if (!rc)
			rc = copy_str(b, q->tmp.len ? q->tmp.data : NULL, 0);
		if (!rc && e->has_place) {
			rc = copy_str(b, e->place_name, 0);
			if (!rc)
				rc = copy_str(b, e->place_country, 0);
			if (!rc)
				rc = dyad_buf_printf(b, "%.17g\t%.17g\t", e->lat, e->lon);
		} else if (!rc) {
			rc = dyad_buf_append(b, "\\N\t\\N\t\\N\t\\N\t", 12);
		}
		const dyad_span *sp[4] = {&e->source_span, &e->target_span, &e->verb_span, &e->sentence_span};
		for (int k = 0; k < 4 && !rc; k++)
			rc = dyad_buf_printf(b, "%u\t%u%s", sp[k]->begin, sp[k]->end, k == 3 ? "\n" : "\t");
	}
	if (rc) {
		q->docs.len = mark_docs;
		q->events.len = mark_events;
		return dyad_error_set(err, rc, NULL, 0, "document %.*s: batch buffer: %s",
		                      (int)(doc->id_len > 80 ? 80 : doc->id_len), doc->id,
		                      rc == DYAD_ENOMEM ? "out of memory" : "over its limit");
	}
	return 1;
}

static int copy_in(pg *q, const char *sql, const dyad_buf *b, dyad_error *err)
{
	PGresult *r = PQexec(q->conn, sql);
	if (PQresultStatus(r) != PGRES_COPY_IN)
		return res_err(r, q->conn, err, "postgresql COPY");
	PQclear(r);
	if (b->len && PQputCopyData(q->conn, b->data, (int)b->len) != 1) {
		PQputCopyEnd(q->conn, "aborted");
		PQclear(PQgetResult(q->conn));
		return pg_err(q->conn, err, "postgresql COPY");
	}
	if (PQputCopyEnd(q->conn, NULL) != 1)
		return pg_err(q->conn, err, "postgresql COPY");
	r = PQgetResult(q->conn);
	if (PQresultStatus(r) != PGRES_COMMAND_OK)
		return res_err(r, q->conn, err, "postgresql COPY");
	PQclear(r);
	while ((r = PQgetResult(q->conn)))
		PQclear(r);
	return 0;
}

static void pg_reset_batch(pg *q)
{
	q->last_valid = 0;
	q->docs.len = q->events.len = 0;
	if (q->pending)
		memset(q->pending, 0, q->pending_cap * sizeof *q->pending);
	q->pending_n = 0;
}

static int pg_commit(dyad_store *s, dyad_error *err)
{
	pg *q = s->impl;
	if (!q->docs.len)
		return 0;
	int rc = 0;
	if (!q->staged) {
		if ((rc = exec(q, stage_sql, err, "postgresql staging tables")))
			goto done;
		q->staged = 1;
	}
	/* COPY's chunks are int-sized */
	if (q->docs.len > 1u << 30 || q->events.len > 1u << 30) {
		rc = dyad_error_set(err, DYAD_ELIMIT, NULL, 0, "postgresql batch over 1 GiB; lower the batch size");
		goto done;
	}
	if ((rc = exec(q, "BEGIN", err, "postgresql")))
		goto done;
	if (!(rc = copy_in(q, "COPY stage_docs FROM STDIN", &q->docs, err)) &&
	    !(rc = copy_in(q, "COPY stage_events FROM STDIN", &q->events, err)) &&
	    !(rc = exec(q, merge_sql, err, "postgresql merge")))
		rc = exec(q, "COMMIT", err, "postgresql commit");
	if (rc)
		PQclear(PQexec(q->conn, "ROLLBACK"));
done:
	pg_reset_batch(q);
	return rc;
}

static void pg_rollback(dyad_store *s)
{
	pg_reset_batch(s->impl);
}

static int pg_count(dyad_store *s, uint64_t *docs, uint64_t *events, dyad_error *err)
{
	pg *q = s->impl;
	PGresult *r = PQexec(q->conn, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)");
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		return res_err(r, q->conn, err, "postgresql count");
	*docs = strtoull(PQgetvalue(r, 0, 0), NULL, 10);
	*events = strtoull(PQgetvalue(r, 0, 1), NULL, 10);
	PQclear(r);
	return 0;
}

#define FETCH_ROWS 5000

static int fetch(store_rows *r, dyad_error *err)
{
	char sql[64];
	snprintf(sql, sizeof sql, "FETCH %d FROM %s", FETCH_ROWS, r->name);
	PQclear(r->res);
	r->res = PQexec(r->q->conn, sql);
	if (PQresultStatus(r->res) != PGRES_TUPLES_OK) {
		int rc = res_err(r->res, r->q->conn, err, "postgresql query");
		r->res = NULL;
		return rc;
	}
	r->nrows = PQntuples(r->res);
	r->row = -1;
	r->done = r->nrows < FETCH_ROWS;
	return 0;
}

static void pg_rows_free(store_rows *r)
{
	if (!r)
		return;
	PQclear(r->res);
	char sql[64];
	snprintf(sql, sizeof sql, "CLOSE %s", r->name);
	PQclear(PQexec(r->q->conn, sql));
	if (r->own_txn) {
		PQclear(PQexec(r->q->conn, "COMMIT"));
		r->q->txn_depth = 0;
	}
	free(r);
}

static int pg_query(store_rows **out, dyad_store *s, const char *sql, const store_param *p,
                    size_t np, dyad_error *err)
{
	pg *q = s->impl;
	*out = NULL;
	store_rows *r = calloc(1, sizeof *r);
	dyad_buf b = {0};
	char nums[STORE_MAX_PARAMS][24];
	const char *vals[STORE_MAX_PARAMS];
	if (!r)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	r->q = q;
	snprintf(r->name, sizeof r->name, "dyad_c%u", ++q->cursor_seq);
	int rc = dyad_buf_printf(&b, "DECLARE %s NO SCROLL CURSOR FOR ", r->name);
	/* '?' placeholders become $1, $2, ... (the shared SQL has no '?' literals) */
	size_t k = 0;
	for (const char *c = sql; *c && !rc; c++)
		rc = *c == '?' ? dyad_buf_printf(&b, "$%zu", ++k) : dyad_buf_append(&b, c, 1);
	if (rc) {
		free(r);
		dyad_buf_free(&b);
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	}
	for (size_t i = 0; i < np; i++) {
		if (p[i].kind == STORE_P_TEXT) {
			vals[i] = p[i].text;
		} else {
			snprintf(nums[i], sizeof nums[i], "%lld", (long long)p[i].i);
			vals[i] = nums[i];
		}
	}
	if (!q->txn_depth) {
		/* cursors live in a transaction; nested queries (document text) share it */
		if ((rc = exec(q, "BEGIN READ ONLY", err, "postgresql"))) {
			free(r);
			dyad_buf_free(&b);
			return rc;
		}
		q->txn_depth = 1;
		r->own_txn = 1;
	}
	PGresult *res = PQexecParams(q->conn, b.data, (int)np, NULL, vals, NULL, NULL, 0);
	dyad_buf_free(&b);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		rc = res_err(res, q->conn, err, "postgresql query");
		if (r->own_txn) {
			PQclear(PQexec(q->conn, "ROLLBACK"));
			q->txn_depth = 0;
		}
		free(r);
		return rc;
	}
	PQclear(res);
	if ((rc = fetch(r, err)) < 0) {
		pg_rows_free(r);
		return rc;
	}
	*out = r;
	return 0;
}

static int pg_next(store_rows *r, dyad_error *err)
{
	if (++r->row < r->nrows)
		return 1;
	if (r->done)
		return 0;
	int rc = fetch(r, err);
	if (rc < 0)
		return rc;
	r->row = 0;
	return r->nrows > 0;
}

static const char *pg_text(store_rows *r, int i, size_t *len)
{
	if (PQgetisnull(r->res, r->row, i)) {
		if (len)
			*len = 0;
		return NULL;
	}
	if (len)
		*len = (size_t)PQgetlength(r->res, r->row, i);
	return PQgetvalue(r->res, r->row, i);
}

static int64_t pg_integer(store_rows *r, int i)
{
	return strtoll(PQgetvalue(r->res, r->row, i), NULL, 10);
}

static double pg_real(store_rows *r, int i)
{
	return strtod(PQgetvalue(r->res, r->row, i), NULL);
}

static int pg_is_null(store_rows *r, int i)
{
	return PQgetisnull(r->res, r->row, i);
}

const store_backend dyad_store__postgres = {
	.name = "postgresql",
	.close = pg_close,
	.doc_state = pg_doc_state,
	.put = pg_put,
	.commit = pg_commit,
	.rollback = pg_rollback,
	.count = pg_count,
	.query = pg_query,
	.next = pg_next,
	.text = pg_text,
	.integer = pg_integer,
	.real = pg_real,
	.is_null = pg_is_null,
	.rows_free = pg_rows_free,
	.like_ci = "ILIKE",
	.raw_order = " ORDER BY e.date, e.doc_pk, e.sentence, e.source, e.target, e.code",
	.sentence_sql = "(CASE WHEN e.sent_e > e.sent_b THEN convert_from(substring(convert_to(d.text, 'UTF8')"
	                " FROM e.sent_b + 1 FOR e.sent_e - e.sent_b), 'UTF8') ELSE d.text END)",
};
