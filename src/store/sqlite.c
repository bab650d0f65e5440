/* store/sqlite.c — the SQLite backend: one database file in WAL mode, writes
 * batched into transactions through prepared statements, a schema stamped with
 * an application id so a foreign file is refused rather than modified. */
#include "store/store_int.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct sq {
	sqlite3 *db;
	sqlite3_stmt *doc_get, *doc_ins, *doc_upd, *ev_del, *ev_ins, *cc_ins;
	uint32_t *ccs;     /* actor buckets known to be in actor_cc (open addressing, 0 = empty) */
	size_t ccs_cap, ccs_n;
	int in_txn;
	int bulk;          /* loading an empty store: indexes are built at finish */
	dyad_buf issues;
	const char *path; /* borrowed for messages only while opening */
} sq;

struct store_rows {
	sqlite3_stmt *st;
	sqlite3 *db;
};

static const char schema_sql[] =
	"CREATE TABLE dyad_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
	/* one row per document id; hash + coder decide whether a re-ingest rewrites it */
	"CREATE TABLE documents(\n"
	"  doc_pk INTEGER PRIMARY KEY,\n"
	"  id TEXT NOT NULL UNIQUE,\n"
	"  hash INTEGER NOT NULL,\n"
	"  coder TEXT NOT NULL,\n"
	"  date INTEGER NOT NULL,\n"
	"  outlet TEXT, url TEXT, title TEXT,\n"
	"  text TEXT NOT NULL,\n"
	"  n_events INTEGER NOT NULL);\n"
	/* event_pk = doc_pk << 20 | position: a document's events are one key
	 * range (replaced with one range delete), ingest appends at the end of
	 * the table, and the indexes carry an 8-byte key instead of the event key.
	 * (document, sentence, source, target, code) is unique: put() drops
	 * repeats within a document and replaces documents whole. */
	"CREATE TABLE events(\n"
	"  event_pk INTEGER PRIMARY KEY,\n"
	"  doc_pk INTEGER NOT NULL, sentence INTEGER NOT NULL,\n"
	"  source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL,\n"
	"  date INTEGER NOT NULL, source_cc TEXT NOT NULL, target_cc TEXT NOT NULL,\n"
	"  root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,\n"
	"  plover TEXT, issues TEXT, place_name TEXT, place_country TEXT, lat REAL, lon REAL,\n"
	"  src_b INTEGER, src_e INTEGER, tgt_b INTEGER, tgt_e INTEGER,\n"
	"  verb_b INTEGER, verb_e INTEGER, sent_b INTEGER, sent_e INTEGER);\n"
	/* every actor bucket seen: lets a target-only filter walk events_dyad
	 * one source bucket at a time instead of keeping a third index */
	"CREATE TABLE actor_cc(cc TEXT PRIMARY KEY) WITHOUT ROWID;\n"
	/* the one-a-day view for users of the sqlite3 shell; dyad computes the
	 * same aggregation itself (with first document ids) */
	"CREATE VIEW events_daily AS SELECT e.date, e.source, e.target, e.code,\n"
	"  count(*) AS mentions, count(DISTINCT e.doc_pk) AS documents,\n"
	"  count(DISTINCT d.outlet) AS outlets, min(d.id) AS first_doc\n"
	"  FROM events e JOIN documents d ON d.doc_pk = e.doc_pk\n"
	"  GROUP BY e.date, e.source, e.target, e.code;\n";

/* dyad series/query: equality on both country buckets, then a date range,
 * with the series columns in the index so it never touches the table.
 * Created with the schema, or after the first load into an empty store (a
 * sort-and-build beats 3 random B-tree inserts per event), or at the next
 * open when that load was killed before it built them. */
static const char index_sql[] =
	"CREATE INDEX IF NOT EXISTS events_dyad ON events(source_cc, target_cc, date, root, quad, goldstein);\n"
	"CREATE INDEX IF NOT EXISTS events_date ON events(date);\n";

/* Stores from before actor_cc had a (target_cc, date) index instead. */
static const char migrate_sql[] =
	"CREATE TABLE IF NOT EXISTS actor_cc(cc TEXT PRIMARY KEY) WITHOUT ROWID;\n"
	"INSERT OR IGNORE INTO actor_cc SELECT DISTINCT source_cc FROM events;\n"
	"INSERT OR IGNORE INTO actor_cc SELECT DISTINCT target_cc FROM events;\n"
	"DROP INDEX events_target;\n";

static int sq_err(sqlite3 *db, int rc, dyad_error *err, const char *what)
{
	int saved = errno; /* SQLite's own record of it is lost when a COMMIT rolls back */
	const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
	int code = DYAD_EDB;
	int sys = db ? sqlite3_system_errno(db) : 0;
	if (!sys && (saved == ENOSPC || saved == EFBIG || saved == EDQUOT || saved == EROFS || saved == EIO))
		sys = saved;
	/* "disk I/O error" alone does not say that the disk is full or the file
	 * too large: the operating system's reason does */
	if (((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_FULL) && sys)
		return dyad_error_set(err, DYAD_EIO, NULL, 0, "%s: %s (%s); the unfinished batch was rolled back",
		                      what, msg, strerror(sys));
	switch (rc & 0xff) {
	case SQLITE_FULL:
		return dyad_error_set(err, DYAD_EIO, NULL, 0, "%s: disk full (%s); the unfinished batch was rolled back", what, msg);
	case SQLITE_READONLY:
		return dyad_error_set(err, DYAD_EIO, NULL, 0, "%s: database is read-only (%s)", what, msg);
	case SQLITE_IOERR:
		code = DYAD_EIO;
		break;
	case SQLITE_NOTADB:
		code = DYAD_EFORMAT;
		break;
	case SQLITE_NOMEM:
		code = DYAD_ENOMEM;
		break;
	}
	return dyad_error_set(err, code, NULL, 0, "%s: %s", what, msg);
}

static int exec(sqlite3 *db, const char *sql, dyad_error *err)
{
	int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? 0 : sq_err(db, rc, err, "sqlite");
}

static int prep(sqlite3 *db, sqlite3_stmt **st, const char *sql, dyad_error *err)
{
	int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
	return rc == SQLITE_OK ? 0 : sq_err(db, rc, err, "sqlite prepare");
}

static int64_t pragma_int(sqlite3 *db, const char *sql, int *rc)
{
	sqlite3_stmt *st;
	int64_t v = 0;
	*rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (*rc != SQLITE_OK)
		return 0;
	*rc = sqlite3_step(st);
	if (*rc == SQLITE_ROW) {
		v = sqlite3_column_int64(st, 0);
		*rc = SQLITE_OK;
	} else if (*rc == SQLITE_DONE) {
		*rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return v;
}

static void sq_close(dyad_store *s)
{
	sq *q = s->impl;
	if (!q)
		return;
	sqlite3_finalize(q->doc_get);
	sqlite3_finalize(q->doc_ins);
	sqlite3_finalize(q->doc_upd);
	sqlite3_finalize(q->ev_del);
	sqlite3_finalize(q->ev_ins);
	sqlite3_finalize(q->cc_ins);
	free(q->ccs);
	sqlite3_close_v2(q->db);
	dyad_buf_free(&q->issues);
	free(q);
	s->impl = NULL;
}

/* Identify the file: a dyad store, an empty file/database to initialise, or
 * something else that must be left alone. */
static int check_schema(sq *q, const char *path, int readonly, dyad_error *err)
{
	int rc;
	int64_t app = pragma_int(q->db, "PRAGMA application_id", &rc);
	if (rc != SQLITE_OK) {
		if ((rc & 0xff) == SQLITE_NOTADB)
			return dyad_error_set(err, DYAD_EFORMAT, path, 0, "not a dyad database (not an SQLite file)");
		return sq_err(q->db, rc, err, path);
	}
	int64_t ver = pragma_int(q->db, "PRAGMA user_version", &rc);
	int64_t tables = pragma_int(q->db, "SELECT count(*) FROM sqlite_master", &rc);
	if (rc != SQLITE_OK)
		return sq_err(q->db, rc, err, path);
	if (app == STORE_APPLICATION_ID) {
		if (ver > STORE_SCHEMA_VERSION)
			return dyad_error_set(err, DYAD_EFORMAT, path, 0,
			                      "dyad database schema %lld is newer than this dyad (%d)",
			                      (long long)ver, STORE_SCHEMA_VERSION);
		return 0;
	}
	if (app != 0 || tables != 0)
		return dyad_error_set(err, DYAD_EFORMAT, path, 0,
		                      "not a dyad database (an SQLite database of another application); refusing to modify it");
	if (readonly)
		return dyad_error_set(err, DYAD_EFORMAT, path, 0, "empty database, nothing ingested yet");
	/* fresh: create everything in one transaction so a crash leaves an empty file */
	char stamp[128];
	snprintf(stamp, sizeof stamp, "PRAGMA application_id=%d; PRAGMA user_version=%d;",
	         STORE_APPLICATION_ID, STORE_SCHEMA_VERSION);
	int r = exec(q->db, "BEGIN IMMEDIATE", err);
	if (!r)
		r = exec(q->db, schema_sql, err);
	if (!r)
		r = exec(q->db, "INSERT INTO dyad_meta VALUES('application','dyad'),('schema','1')", err);
	if (!r)
		r = exec(q->db, stamp, err);
	if (!r)
		r = exec(q->db, "COMMIT", err);
	if (r) {
		sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
		return r;
	}
	return 0;
}

static int open_immutable(sq *q, const char *path, dyad_error *err)
{
	dyad_buf uri = {0};
	int rc = dyad_buf_append(&uri, "file:", 5);
	for (const unsigned char *p = (const unsigned char *)path; *p && !rc; p++)
		rc = strchr("%?#", *p) || *p < 0x21 ? dyad_buf_printf(&uri, "%%%02X", *p)
		                                     : dyad_buf_append(&uri, (const char *)p, 1);
	if (!rc)
		rc = dyad_buf_append(&uri, "?immutable=1", 12);
	if (rc) {
		dyad_buf_free(&uri);
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	}
	rc = sqlite3_open_v2(uri.data, &q->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
	dyad_buf_free(&uri);
	if (rc != SQLITE_OK)
		return dyad_error_set(err, DYAD_EIO, path, 0, "cannot open database: %s",
		                      q->db ? sqlite3_errmsg(q->db) : sqlite3_errstr(rc));
	sqlite3_extended_result_codes(q->db, 1);
	return 0;
}

int dyad_store__sqlite_open(dyad_store *s, const char *path, dyad_error *err)
{
	int readonly = s->opts.readonly;
	struct stat st;
	int exists = stat(path, &st) == 0;
	if (exists && S_ISDIR(st.st_mode))
		return dyad_error_set(err, DYAD_EINVAL, path, 0, "is a directory, not a database file");
	if (!exists && readonly)
		return dyad_error_set(err, DYAD_ENOTFOUND, path, 0, "no such database");
	sq *q = calloc(1, sizeof *q);
	if (!q)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	s->impl = q;
	s->be = &dyad_store__sqlite;
	int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	int rc = sqlite3_open_v2(path, &q->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
	int r = 0;
	if (rc != SQLITE_OK) {
		if (!exists && errno == EACCES)
			r = dyad_error_set(err, DYAD_EIO, path, 0, "cannot create database: permission denied (read-only location?)");
		else
			r = dyad_error_set(err, DYAD_EIO, path, 0, "cannot open database: %s",
			                   q->db ? sqlite3_errmsg(q->db) : sqlite3_errstr(rc));
		goto fail;
	}
	sqlite3_extended_result_codes(q->db, 1);
	sqlite3_busy_timeout(q->db, 10000);
	if (readonly) {
		/* A WAL database needs its -shm file; on a read-only filesystem
		 * nobody can be writing, so open it as immutable instead. */
		int prc;
		pragma_int(q->db, "PRAGMA application_id", &prc);
		if ((prc & 0xff) == SQLITE_CANTOPEN) {
			sqlite3_close_v2(q->db);
			q->db = NULL;
			if ((r = open_immutable(q, path, err)) < 0)
				goto fail;
		}
	}
	if (!readonly && sqlite3_db_readonly(q->db, "main") == 1) {
		r = dyad_error_set(err, DYAD_EIO, path, 0, "database file is read-only; cannot ingest into it");
		goto fail;
	}
	if ((r = check_schema(q, path, readonly, err)) < 0)
		goto fail;
	int has_cc;
	if (pragma_int(q->db, "SELECT count(*) FROM sqlite_master WHERE name = 'actor_cc'", &has_cc) > 0 ||
	    !readonly) /* a writer creates it below */
		s->any_source_sql = "e.source_cc IN (SELECT cc FROM actor_cc)";
	char pragmas[256];
	snprintf(pragmas, sizeof pragmas,
	         "PRAGMA cache_size=-%zu; PRAGMA temp_store=MEMORY;",
	         s->opts.cache_mb * 1024);
	if ((r = exec(q->db, pragmas, err)) < 0)
		goto fail;
	if (!readonly) {
		/* WAL: readers (dyad serve, query) never block the ingest; NORMAL sync
		 * is durable against a killed process, which is what the crash test checks */
		if ((r = exec(q->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=16384;", err)) < 0)
			goto fail;
		if ((r = prep(q->db, &q->doc_get, "SELECT doc_pk, hash, coder FROM documents WHERE id=?", err)) ||
		    (r = prep(q->db, &q->doc_ins,
		              "INSERT INTO documents(id,hash,coder,date,outlet,url,title,text,n_events) "
		              "VALUES(?,?,?,?,?,?,?,?,?)", err)) ||
		    (r = prep(q->db, &q->doc_upd,
		              "UPDATE documents SET hash=?2,coder=?3,date=?4,outlet=?5,url=?6,title=?7,"
		              "text=?8,n_events=?9 WHERE doc_pk=?1", err)) ||
		    (r = prep(q->db, &q->ev_del, /* one document: doc_pk << STORE_EVENT_BITS and the 2^20 - 1 after it */
		                      "DELETE FROM events WHERE event_pk BETWEEN ?1 AND ?1 + 1048575", err)) ||
		    (r = prep(q->db, &q->ev_ins,
		              "INSERT INTO events VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
		              "?,?,?,?,?,?,?,?,?)", err)))
			goto fail;
		int prc;
		if (pragma_int(q->db, "SELECT count(*) FROM sqlite_master WHERE name = 'events_target'", &prc) > 0 &&
		    ((r = exec(q->db, "BEGIN IMMEDIATE", err)) < 0 || (r = exec(q->db, migrate_sql, err)) < 0 ||
		     (r = exec(q->db, "COMMIT", err)) < 0)) {
			sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
			goto fail;
		}
		if ((r = prep(q->db, &q->cc_ins, "INSERT OR IGNORE INTO actor_cc VALUES(?)", err)) < 0)
			goto fail;
		int64_t any = pragma_int(q->db, "SELECT count(*) FROM (SELECT 1 FROM events LIMIT 1)", &prc);
		if (prc != SQLITE_OK) {
			r = sq_err(q->db, prc, err, path);
			goto fail;
		}
		q->bulk = !any;
		if ((r = exec(q->db, q->bulk ? "DROP INDEX IF EXISTS events_dyad; DROP INDEX IF EXISTS events_date;"
		                             : index_sql, err)) < 0)
			goto fail;
	} else {
		if ((r = prep(q->db, &q->doc_get, "SELECT doc_pk, hash, coder FROM documents WHERE id=?", err)))
			goto fail;
	}
	return 0;
fail:
	if (r >= 0)
		r = DYAD_EDB;
	sq_close(s);
	return r;
}

/* Looks the id up; returns 1 found (pk, same filled), 0 absent, < 0 error. */
static int lookup(sq *q, const store_doc *d, int64_t *pk, int *same, dyad_error *err)
{
	sqlite3_stmt *st = q->doc_get;
	sqlite3_bind_text(st, 1, d->doc->id, (int)d->doc->id_len, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	int found = 0;
	if (rc == SQLITE_ROW) {
		found = 1;
		*pk = sqlite3_column_int64(st, 0);
		const char *coder = (const char *)sqlite3_column_text(st, 2);
		*same = sqlite3_column_int64(st, 1) == d->hash && coder && !strcmp(coder, d->coder);
		rc = SQLITE_DONE;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE)
		return sq_err(q->db, rc, err, "sqlite lookup");
	return found;
}

static int sq_doc_state(dyad_store *s, const store_doc *d, dyad_error *err)
{
	int64_t pk;
	int same = 0;
	int rc = lookup(s->impl, d, &pk, &same, err);
	return rc < 0 ? rc : rc && same;
}

static void bind_opt(sqlite3_stmt *st, int i, const char *s)
{
	if (s && *s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

static int step_done(sq *q, sqlite3_stmt *st, dyad_error *err, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : sq_err(q->db, rc, err, what);
}


/* Make sure actor bucket cc (at most 3 bytes) is in actor_cc; a memory set
 * spares the statement for all but the first sighting per session. */
static int note_cc(sq *q, const char *cc, size_t n, dyad_error *err)
{
	uint32_t key = 0x80000000u | (uint32_t)n << 24;
	for (size_t i = 0; i < n; i++)
		key |= (uint32_t)(unsigned char)cc[i] << (8 * i);
	if (2 * (q->ccs_n + 1) > q->ccs_cap) {
		size_t cap = q->ccs_cap ? 2 * q->ccs_cap : 512;
		uint32_t *v = calloc(cap, sizeof *v);
		if (!v)
			return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
		for (size_t i = 0; i < q->ccs_cap; i++) {
			if (!q->ccs[i])
				continue;
			size_t j = (q->ccs[i] * 2654435761u) & (cap - 1);
			while (v[j])
				j = (j + 1) & (cap - 1);
			v[j] = q->ccs[i];
		}
		free(q->ccs);
		q->ccs = v;
		q->ccs_cap = cap;
	}
	size_t j = (key * 2654435761u) & (q->ccs_cap - 1);
	while (q->ccs[j]) {
		if (q->ccs[j] == key)
			return 0;
		j = (j + 1) & (q->ccs_cap - 1);
	}
	sqlite3_bind_text(q->cc_ins, 1, cc, (int)n, SQLITE_STATIC);
	int r = step_done(q, q->cc_ins, err, "sqlite write actor bucket");
	if (r < 0)
		return r;
	q->ccs[j] = key; /* forgotten on rollback, with the row */
	q->ccs_n++;
	return 0;
}

static int sq_put(dyad_store *s, const store_doc *d, const dyad_event *const *ev, size_t n,
                  int *replaced, dyad_error *err)
{
	sq *q = s->impl;
	int r;
	if (!q->in_txn) {
		if ((r = exec(q->db, "BEGIN IMMEDIATE", err)) < 0)
			return r;
		q->in_txn = 1;
	}
	int64_t pk = 0;
	int same = 0;
	int found = lookup(q, d, &pk, &same, err);
	if (found < 0)
		return found;
	if (found && same)
		return 0;
	const dyad_doc *doc = d->doc;
	sqlite3_stmt *st = found ? q->doc_upd : q->doc_ins;
	if (found) {
		sqlite3_bind_int64(q->ev_del, 1, pk << STORE_EVENT_BITS);
		if ((r = step_done(q, q->ev_del, err, "sqlite delete events")) < 0)
			return r;
		sqlite3_bind_int64(st, 1, pk);
	} else {
		sqlite3_bind_text(st, 1, doc->id, (int)doc->id_len, SQLITE_STATIC);
	}
	sqlite3_bind_int64(st, 2, d->hash);
	sqlite3_bind_text(st, 3, d->coder, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, d->date);
	bind_opt(st, 5, doc->source);
	bind_opt(st, 6, doc->url);
	bind_opt(st, 7, doc->title);
	sqlite3_bind_text(st, 8, doc->text ? doc->text : "", doc->text ? (int)doc->text_len : 0,
	                  SQLITE_STATIC);
	sqlite3_bind_int64(st, 9, (int64_t)n);
	if ((r = step_done(q, st, err, "sqlite write document")) < 0)
		return r;
	if (!found)
		pk = sqlite3_last_insert_rowid(q->db);
	*replaced = found;

	st = q->ev_ins;
	for (size_t i = 0; i < n; i++) {
		const dyad_event *e = ev[i];
		const char *src = e->source ? e->source : "---";
		const char *tgt = e->target ? e->target : "---";
		if ((r = dyad_store__join_issues(&q->issues, e)) < 0)
			return dyad_error_set(err, r, NULL, 0, "issue list too long");
		sqlite3_bind_int64(st, 1, pk << STORE_EVENT_BITS | (int64_t)i);
		sqlite3_bind_int64(st, 2, pk);
		sqlite3_bind_int(st, 3, (int)e->sentence);
		sqlite3_bind_text(st, 4, src, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, tgt, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, e->code, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 7, e->date ? e->date : d->date);
		if ((r = note_cc(q, src, dyad_store__cc_len(src), err)) < 0 ||
		    (r = note_cc(q, tgt, dyad_store__cc_len(tgt), err)) < 0)
			return r;
		sqlite3_bind_text(st, 8, src, (int)dyad_store__cc_len(src), SQLITE_STATIC);
		sqlite3_bind_text(st, 9, tgt, (int)dyad_store__cc_len(tgt), SQLITE_STATIC);
		sqlite3_bind_text(st, 10, e->root, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 11, e->quad);
		sqlite3_bind_double(st, 12, e->goldstein);
		bind_opt(st, 13, e->plover);
		bind_opt(st, 14, q->issues.len ? q->issues.data : NULL);
		bind_opt(st, 15, e->has_place ? e->place_name : NULL);
		bind_opt(st, 16, e->has_place ? e->place_country : NULL);
		if (e->has_place) {
			sqlite3_bind_double(st, 17, e->lat);
			sqlite3_bind_double(st, 18, e->lon);
		} else {
			sqlite3_bind_null(st, 17);
			sqlite3_bind_null(st, 18);
		}
		const dyad_span *sp[4] = {&e->source_span, &e->target_span, &e->verb_span, &e->sentence_span};
		for (int k = 0; k < 4; k++) {
			sqlite3_bind_int64(st, 19 + 2 * k, sp[k]->begin);
			sqlite3_bind_int64(st, 20 + 2 * k, sp[k]->end);
		}
		/* every parameter is bound above, so no clear_bindings per row */
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return sq_err(q->db, rc, err, "sqlite write event");
	}
	return 1;
}

static int sq_commit(dyad_store *s, dyad_error *err)
{
	sq *q = s->impl;
	if (!q->in_txn)
		return 0;
	int r = exec(q->db, "COMMIT", err);
	if (r < 0)
		return r;
	q->in_txn = 0;
	return 0;
}

static int sq_finish(dyad_store *s, dyad_error *err)
{
	sq *q = s->impl;
	if (!q->bulk)
		return 0;
	int r = exec(q->db, "BEGIN IMMEDIATE", err);
	if (!r)
		r = exec(q->db, index_sql, err);
	if (!r)
		r = exec(q->db, "COMMIT", err);
	if (r)
		sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
	else
		q->bulk = 0;
	return r;
}

static void sq_rollback(dyad_store *s)
{
	sq *q = s->impl;
	if (q->ccs)
		memset(q->ccs, 0, q->ccs_cap * sizeof *q->ccs);
	q->ccs_n = 0;
	if (!sqlite3_get_autocommit(q->db))
		sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
	q->in_txn = 0;
}

static int sq_count(dyad_store *s, uint64_t *docs, uint64_t *events, dyad_error *err)
{
	sq *q = s->impl;
	int rc;
	*docs = (uint64_t)pragma_int(q->db, "SELECT count(*) FROM documents", &rc);
	if (rc == SQLITE_OK)
		*events = (uint64_t)pragma_int(q->db, "SELECT count(*) FROM events", &rc);
	return rc == SQLITE_OK ? 0 : sq_err(q->db, rc, err, "sqlite count");
}

static int sq_query(store_rows **out, dyad_store *s, const char *sql, const store_param *p,
                    size_t np, dyad_error *err)
{
	sq *q = s->impl;
	store_rows *r = calloc(1, sizeof *r);
	if (!r)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	r->db = q->db;
	int rc = sqlite3_prepare_v2(q->db, sql, -1, &r->st, NULL);
	if (rc != SQLITE_OK) {
		free(r);
		return sq_err(q->db, rc, err, "sqlite query");
	}
	for (size_t i = 0; i < np; i++) {
		if (p[i].kind == STORE_P_TEXT)
			sqlite3_bind_text(r->st, (int)i + 1, p[i].text, -1, SQLITE_TRANSIENT);
		else
			sqlite3_bind_int64(r->st, (int)i + 1, p[i].i);
	}
	*out = r;
	return 0;
}

static int sq_next(store_rows *r, dyad_error *err)
{
	int rc = sqlite3_step(r->st);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return sq_err(r->db, rc, err, "sqlite query");
}

static const char *sq_text(store_rows *r, int i, size_t *len)
{
	const char *t = (const char *)sqlite3_column_text(r->st, i);
	if (len)
		*len = t ? (size_t)sqlite3_column_bytes(r->st, i) : 0;
	return t;
}

static int64_t sq_integer(store_rows *r, int i)
{
	return sqlite3_column_int64(r->st, i);
}

static double sq_real(store_rows *r, int i)
{
	return sqlite3_column_double(r->st, i);
}

static int sq_is_null(store_rows *r, int i)
{
	return sqlite3_column_type(r->st, i) == SQLITE_NULL;
}

static void sq_rows_free(store_rows *r)
{
	if (!r)
		return;
	sqlite3_finalize(r->st);
	free(r);
}

const store_backend dyad_store__sqlite = {
	.name = "sqlite",
	.close = sq_close,
	.doc_state = sq_doc_state,
	.put = sq_put,
	.commit = sq_commit,
	.finish = sq_finish,
	.rollback = sq_rollback,
	.count = sq_count,
	.query = sq_query,
	.next = sq_next,
	.text = sq_text,
	.integer = sq_integer,
	.real = sq_real,
	.is_null = sq_is_null,
	.rows_free = sq_rows_free,
	.like_ci = "LIKE",
	.raw_order = " ORDER BY e.date, e.event_pk",
	/* byte offsets: cut the blob, not the characters */
	.sentence_sql = "(CASE WHEN e.sent_e > e.sent_b THEN CAST(substr(CAST(d.text AS BLOB), "
	                "e.sent_b + 1, e.sent_e - e.sent_b) AS TEXT) ELSE d.text END)",
};
