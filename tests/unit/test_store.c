/* tests/unit/test_store.c — the event store through its public API: keys and
 * idempotency, atomic replacement, filters, one-a-day aggregation, series,
 * the SVG chart, and refusing files that are not dyad databases. Runs on
 * SQLite always and on PostgreSQL too when DYAD_TEST_PG_URL names a server. */
#include <dyad/store.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char tmpdir[256];
static const char *pg_url;

static void path_in_tmp(char *buf, size_t cap, const char *name)
{
	snprintf(buf, cap, "%s/%s", tmpdir, name);
}

static dyad_event mk(uint32_t sentence, int32_t date, const char *src, const char *tgt,
                     const char *code, int quad, double gold)
{
	dyad_event e;
	memset(&e, 0, sizeof e);
	e.sentence = sentence;
	e.date = date;
	e.source = src;
	e.target = tgt;
	snprintf(e.code, sizeof e.code, "%s", code);
	snprintf(e.root, sizeof e.root, "%.2s", code);
	e.quad = quad;
	e.goldstein = gold;
	e.plover = "";
	return e;
}

static dyad_doc mkdoc(const char *id, const char *text, int32_t date, const char *outlet)
{
	dyad_doc d;
	memset(&d, 0, sizeof d);
	d.id = id;
	d.id_len = strlen(id);
	d.text = text;
	d.text_len = strlen(text);
	d.date = date;
	d.source = outlet;
	d.url = NULL;
	return d;
}

static uint64_t count_rows(dyad_store *s, const dyad_store_filter *f)
{
	dyad_store_cursor *c;
	dyad_error err;
	dyad_store_row row;
	assert_int_equal(dyad_store_query(&c, s, f, &err), 0);
	uint64_t n = 0;
	int rc;
	while ((rc = dyad_store_cursor_next(c, &row, &err)) == 1)
		n++;
	assert_int_equal(rc, 0);
	dyad_store_cursor_free(c);
	return n;
}

/* Opens a fresh store: a new SQLite file, or the PostgreSQL database emptied. */
static dyad_store *fresh(const char *name, int pg)
{
	dyad_error err;
	dyad_store *s = NULL;
	if (pg) {
		/* start from an empty database: drop what an earlier case stored */
		PGconn *c = PQconnectdb(pg_url);
		assert_int_equal(PQstatus(c), CONNECTION_OK);
		PGresult *r = PQexec(c, "SET client_min_messages = warning;"
		                        "DROP VIEW IF EXISTS events_daily; DROP TABLE IF EXISTS events;"
		                        "DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS dyad_meta;");
		assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
		PQclear(r);
		PQfinish(c);
		int rc = dyad_store_open(&s, pg_url, &err);
		if (rc)
			fail_msg("open %s: %s", pg_url, err.msg);
		return s;
	}
	char path[512];
	path_in_tmp(path, sizeof path, name);
	unlink(path);
	int rc = dyad_store_open(&s, path, &err);
	if (rc)
		fail_msg("open %s: %s", path, err.msg);
	assert_string_equal(dyad_store_backend(s), "sqlite");
	return s;
}

static void run_idempotent(int pg)
{
	dyad_error err;
	dyad_store *s = fresh("idem.db", pg);
	const char *p = pg ? "pg-idem-" : "idem-";
	char id1[64], id2[64];
	snprintf(id1, sizeof id1, "%s1", p);
	snprintf(id2, sizeof id2, "%s2", p);
	dyad_doc d1 = mkdoc(id1, "North Korea fired a missile. Seoul protested.", 20220608, "AP");
	dyad_doc d2 = mkdoc(id2, "Japan met China.", 20220609, "Reuters");
	dyad_event e1[] = {mk(1, 20220608, "PRKMIL", "---", "195", 4, -10),
	                   mk(2, 20220608, "KORGOV", "PRK", "111", 3, -2),
	                   mk(2, 20220608, "KORGOV", "PRK", "111", 3, -2)}; /* same key twice */
	dyad_event e2[] = {mk(1, 20220609, "JPN", "CHN", "040", 1, 1)};
	assert_int_equal(dyad_store_has(s, &d1, "v1", &err), 0);
	assert_int_equal(dyad_store_put(s, &d1, "v1", e1, 3, &err), 1);
	assert_int_equal(dyad_store_put(s, &d2, "v1", e2, 1, &err), 1);
	assert_int_equal(dyad_store_commit(s, &err), 0);
	assert_int_equal(dyad_store_has(s, &d1, "v1", &err), 1);
	assert_int_equal(dyad_store_has(s, &d1, "v2", &err), 0);
	/* the same input again adds nothing (asked first, as dyad ingest does) */
	assert_int_equal(dyad_store_has(s, &d1, "v1", &err), 1);
	assert_int_equal(dyad_store_put(s, &d1, "v1", e1, 3, &err), 0);
	/* put without has: PostgreSQL stages it, the commit leaves it alone */
	assert_true(dyad_store_put(s, &d1, "v1", e1, 3, &err) >= 0);
	assert_int_equal(dyad_store_commit(s, &err), 0);
	dyad_store_filter f = {0};
	f.doc_id = id1;
	assert_int_equal(count_rows(s, &f), 2);
	/* a changed text replaces the document's events */
	dyad_doc d1b = mkdoc(id1, "North Korea fired two missiles.", 20220608, "AP");
	assert_int_equal(dyad_store_put(s, &d1b, "v1", e1, 1, &err), 1);
	assert_int_equal(dyad_store_commit(s, &err), 0);
	assert_int_equal(count_rows(s, &f), 1);
	/* a new coder version too */
	assert_int_equal(dyad_store_put(s, &d1b, "v2", e1 + 1, 1, &err), 1);
	assert_int_equal(dyad_store_close(s, &err), 0);
	s = NULL;
	char path[512];
	path_in_tmp(path, sizeof path, "idem.db");
	dyad_store_options o;
	dyad_store_options_init(&o);
	o.readonly = 1;
	assert_int_equal(dyad_store_open_opts(&s, pg ? pg_url : path, &o, &err), 0);
	dyad_store_row row;
	dyad_store_cursor *c;
	assert_int_equal(dyad_store_query(&c, s, &f, &err), 0);
	assert_int_equal(dyad_store_cursor_next(c, &row, &err), 1);
	assert_string_equal(row.event.source, "KORGOV");
	assert_string_equal(row.event.code, "111");
	assert_int_equal(row.event.quad, 3);
	assert_string_equal(row.doc.source, "AP");
	assert_memory_equal(row.doc.text, "North Korea fired two missiles.", row.doc.text_len);
	assert_int_equal(dyad_store_cursor_next(c, &row, &err), 0);
	dyad_store_cursor_free(c);
	uint64_t nd, ne;
	assert_int_equal(dyad_store_count(s, &nd, &ne, &err), 0);
	assert_int_equal(nd, 2);
	assert_int_equal(ne, 2);
	dyad_store_free(s);
}

static void test_idempotent(void **state)
{
	(void)state;
	run_idempotent(0);
}

static void test_uncommitted_is_lost(void **state)
{
	(void)state;
	dyad_error err;
	dyad_store *s = fresh("lost.db", 0);
	dyad_doc d = mkdoc("a", "text", 20200101, NULL);
	dyad_event e = mk(1, 20200101, "USA", "RUS", "042", 1, 1.9);
	assert_int_equal(dyad_store_put(s, &d, "v", &e, 1, &err), 1);
	assert_int_equal(dyad_store_commit(s, &err), 0);
	dyad_doc d2 = mkdoc("b", "text 2", 20200101, NULL);
	assert_int_equal(dyad_store_put(s, &d2, "v", &e, 1, &err), 1);
	dyad_store_free(s); /* no commit: like a killed process */
	s = fresh("lost.db-reopen", 0);
	dyad_store_free(s);
	char path[512];
	path_in_tmp(path, sizeof path, "lost.db");
	assert_int_equal(dyad_store_open(&s, path, &err), 0);
	uint64_t nd, ne;
	assert_int_equal(dyad_store_count(s, &nd, &ne, &err), 0);
	assert_int_equal(nd, 1);
	assert_int_equal(ne, 1);
	dyad_store_free(s);
}

static int count_indexes(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int n = -1;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
	                           " AND name LIKE 'events_%'", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return n;
}

/* The first load into an empty store builds the event indexes at the end;
 * a load killed before that leaves them to the next writer. */
static void test_bulk_indexes(void **state)
{
	(void)state;
	char path[512];
	dyad_error err;
	dyad_store *s = fresh("bulk.db", 0);
	path_in_tmp(path, sizeof path, "bulk.db");
	dyad_doc d = mkdoc("b1", "Japan met China.", 20240101, "AP");
	dyad_event e = mk(1, 20240101, "JPN", "CHN", "040", 1, 1);
	assert_int_equal(dyad_store_put(s, &d, "v", &e, 1, &err), 1);
	assert_int_equal(dyad_store_commit(s, &err), 0);
	assert_int_equal(count_indexes(path), 0);
	dyad_store_free(s); /* as if killed: committed, indexes not built */
	assert_int_equal(count_indexes(path), 0);
	assert_int_equal(dyad_store_open(&s, path, &err), 0);
	assert_int_equal(count_indexes(path), 2);
	dyad_store_filter f = {0};
	f.source = "JPN";
	assert_int_equal(count_rows(s, &f), 1);
	assert_int_equal(dyad_store_close(s, &err), 0);
	s = fresh("bulk2.db", 0);
	path_in_tmp(path, sizeof path, "bulk2.db");
	assert_int_equal(dyad_store_put(s, &d, "v", &e, 1, &err), 1);
	assert_int_equal(dyad_store_close(s, &err), 0);
	assert_int_equal(count_indexes(path), 2);
}

/* Three outlets report one event on one day; one story mentions it twice. */
static dyad_store *load_sample(int pg)
{
	dyad_error err;
	dyad_store *s = fresh("sample.db", pg);
	const char *pre = pg ? "pgs-" : "s-";
	static const char *texts[] = {
		"Pyongyang test-fired a ballistic missile on Monday.",
		"North Korea launched a missile; North Korea said it was a test.",
		"The DPRK fired a missile, officials said.",
		"Washington condemned the launch.",
	};
	static const char *outlets[] = {"KCNA", "Yonhap", "Yonhap", "AP"};
	char ids[4][32];
	for (int i = 0; i < 4; i++) {
		snprintf(ids[i], sizeof ids[i], "%sd%d", pre, i);
		dyad_doc d = mkdoc(ids[i], texts[i], 20240102, outlets[i]);
		dyad_event ev[2];
		size_t n = 0;
		if (i < 3) {
			ev[n] = mk(1, 20240102, "PRKMIL", "---", "1951", 4, -10);
			ev[n].sentence_span.begin = 0;
			ev[n].sentence_span.end = (uint32_t)strlen(texts[i]);
			n++;
		}
		if (i == 1) {
			ev[n] = mk(2, 20240102, "PRKMIL", "---", "1951", 4, -10);
			n++;
		}
		if (i == 3) {
			static const char *iss[] = {"MISSILES", "NUCLEAR"};
			ev[n] = mk(1, 20240102, "USAGOV", "PRK", "111", 3, -2);
			ev[n].issues = iss;
			ev[n].n_issues = 2;
			n++;
		}
		assert_int_equal(dyad_store_put(s, &d, "v1", ev, n, &err), 1);
	}
	/* more PRK->USA events over several months, for series */
	static const int32_t dates[] = {20240108, 20240109, 20240115, 20240301, 20240302};
	for (int i = 0; i < 5; i++) {
		char id[32];
		snprintf(id, sizeof id, "%sm%d", pre, i);
		dyad_doc d = mkdoc(id, "KCNA denounced the United States.", dates[i], "KCNA");
		dyad_event e = mk(1, dates[i], "PRKGOV", "USA", i == 4 ? "0431" : "111", i == 4 ? 1 : 3,
		                  i == 4 ? 2.8 : -2);
		assert_int_equal(dyad_store_put(s, &d, "v1", &e, 1, &err), 1);
	}
	assert_int_equal(dyad_store_commit(s, &err), 0);
	return s;
}

static void run_filters(int pg)
{
	dyad_store *s = load_sample(pg);
	dyad_store_filter f = {0};
	assert_int_equal(count_rows(s, &f), 10);
	f.source = "PRK";
	uint64_t prk = count_rows(s, &f);
	f.source = "PRKGOV";
	assert_int_equal(count_rows(s, &f), 5);
	f.source = "PR";
	assert_int_equal(count_rows(s, &f), prk);
	f.source = "PRK";
	f.target = "USA";
	f.code = "04";
	assert_int_equal(count_rows(s, &f), 1);
	f.code = NULL;
	f.root = "11";
	f.from = 20240109;
	f.to = 20240131;
	assert_int_equal(count_rows(s, &f), 2);
	/* target only: through the actor buckets (SQLite) or the target index */
	memset(&f, 0, sizeof f);
	f.target = "PRK";
	assert_int_equal(count_rows(s, &f), 1);
	f.target = "USAG"; /* nothing: the PRK->USA events have target USA */
	assert_int_equal(count_rows(s, &f), 0);
	f.target = "USA";
	assert_int_equal(count_rows(s, &f), 5);
	memset(&f, 0, sizeof f);
	f.quad = 4;
	f.text_contains = "dprk fired";
	assert_int_equal(count_rows(s, &f), 1);
	f.text_contains = "100%";
	assert_int_equal(count_rows(s, &f), 0);
	/* issues round-trip */
	memset(&f, 0, sizeof f);
	f.source = "USA";
	dyad_store_cursor *c;
	dyad_store_row row;
	dyad_error err;
	assert_int_equal(dyad_store_query(&c, s, &f, &err), 0);
	assert_int_equal(dyad_store_cursor_next(c, &row, &err), 1);
	assert_int_equal(row.event.n_issues, 2);
	assert_string_equal(row.event.issues[1], "NUCLEAR");
	assert_string_equal(row.event.code_name, "Criticize or denounce");
	dyad_store_cursor_free(c);
	dyad_store_free(s);
}

static void test_filters(void **state)
{
	(void)state;
	run_filters(0);
}

static void run_daily(int pg)
{
	dyad_store *s = load_sample(pg);
	dyad_store_filter f = {0};
	f.daily = 1;
	f.source = "PRKMIL";
	dyad_store_cursor *c;
	dyad_store_row row;
	dyad_error err;
	assert_int_equal(dyad_store_query(&c, s, &f, &err), 0);
	assert_int_equal(dyad_store_cursor_next(c, &row, &err), 1);
	assert_int_equal(row.mentions, 4);
	assert_int_equal(row.documents, 3);
	assert_int_equal(row.outlets, 2);
	assert_string_equal(row.event.code, "1951");
	assert_non_null(strstr(row.doc_ids, "d0;"));
	assert_non_null(strstr(row.outlet_names, "KCNA"));
	assert_non_null(strstr(row.outlet_names, "Yonhap"));
	assert_int_equal(dyad_store_cursor_next(c, &row, &err), 0);
	dyad_store_cursor_free(c);
	memset(&f, 0, sizeof f);
	f.daily = 1;
	f.source = "PRK";
	f.limit = 2;
	assert_int_equal(count_rows(s, &f), 2);
	dyad_store_free(s);
}

static void test_daily(void **state)
{
	(void)state;
	run_daily(0);
}

static void run_series(int pg)
{
	dyad_store *s = load_sample(pg);
	dyad_store_filter f = {0};
	f.source = "PRK";
	f.target = "USA";
	dyad_series *ser;
	dyad_error err;
	assert_int_equal(dyad_store_series(&ser, s, &f, DYAD_INTERVAL_WEEK, DYAD_METRIC_COUNT, &err), 0);
	/* 2024-01-08 (Mon) .. 2024-02-26: 8 weeks with gaps filled */
	assert_int_equal(ser->n, 8);
	assert_int_equal(ser->points[0].period, 20240108);
	assert_int_equal(ser->points[0].count, 2);
	assert_int_equal(ser->points[1].period, 20240115);
	assert_int_equal(ser->points[2].count, 0);
	assert_int_equal(ser->points[7].period, 20240226);
	assert_int_equal(ser->points[7].count, 2);
	dyad_series_free(ser);
	assert_int_equal(dyad_store_series(&ser, s, &f, DYAD_INTERVAL_MONTH, DYAD_METRIC_GOLDSTEIN, &err), 0);
	assert_int_equal(ser->n, 3);
	assert_int_equal(ser->points[1].count, 0);
	assert_true(ser->points[2].goldstein > 0.39 && ser->points[2].goldstein < 0.41);
	char label[16];
	assert_int_equal(dyad_series_label(label, sizeof label, ser->interval, ser->points[2].period), 0);
	assert_string_equal(label, "2024-03");
	dyad_series_free(ser);
	/* one-a-day series: 4 mentions of one event count once */
	memset(&f, 0, sizeof f);
	f.source = "PRKMIL";
	f.daily = 1;
	assert_int_equal(dyad_store_series(&ser, s, &f, DYAD_INTERVAL_DAY, DYAD_METRIC_QUAD, &err), 0);
	assert_int_equal(ser->n, 1);
	assert_int_equal(ser->points[0].quad[3], 1);
	dyad_series_free(ser);
	dyad_store_free(s);
}

static void test_series(void **state)
{
	(void)state;
	run_series(0);
}

static void test_svg(void **state)
{
	(void)state;
	dyad_series ser = {DYAD_INTERVAL_MONTH, DYAD_METRIC_QUAD, 0, NULL};
	dyad_series_point pts[3] = {{20240101, 3, -1, {1, 0, 2, 0}},
	                            {20240201, 0, 0, {0, 0, 0, 0}},
	                            {20240301, 5, 2, {4, 1, 0, 0}}};
	ser.points = pts;
	ser.n = 3;
	dyad_buf b = {0};
	dyad_error err;
	assert_int_equal(dyad_series_svg(&b, &ser, "PRK & USA <quad>", &err), 0);
	assert_non_null(strstr(b.data, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
	assert_non_null(strstr(b.data, "PRK &amp; USA &lt;quad&gt;"));
	assert_non_null(strstr(b.data, "<polyline"));
	assert_non_null(strstr(b.data, "2024-02"));
	assert_non_null(strstr(b.data, "Material conflict"));
	assert_non_null(strstr(b.data, "</svg>"));
	dyad_buf_free(&b);
	ser.metric = DYAD_METRIC_COUNT;
	assert_int_equal(dyad_series_svg(&b, &ser, "bars", &err), 0);
	assert_non_null(strstr(b.data, "<rect x="));
	dyad_buf_free(&b);
	ser.n = 0;
	assert_int_equal(dyad_series_svg(&b, &ser, "empty", &err), 0);
	assert_non_null(strstr(b.data, "no events"));
	dyad_buf_free(&b);
}

static void write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	fclose(f);
}

static void test_refuses_foreign_files(void **state)
{
	(void)state;
	char path[512];
	dyad_store *s = NULL;
	dyad_error err;
	path_in_tmp(path, sizeof path, "notes.txt");
	static const char text[] = "this is not a database, just some notes that must stay as they are\n";
	write_file(path, text, sizeof text - 1);
	assert_int_equal(dyad_store_open(&s, path, &err), DYAD_EFORMAT);
	assert_null(s);
	assert_non_null(strstr(err.msg, "not a dyad database"));
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, sizeof text - 1);
	/* an SQLite database of another program */
	path_in_tmp(path, sizeof path, "other.db");
	unlink(path);
	char cmd[1024];
	snprintf(cmd, sizeof cmd, "sqlite3 '%s' 'CREATE TABLE t(x); INSERT INTO t VALUES(1);' 2>/dev/null", path);
	if (system(cmd) == 0) {
		assert_int_equal(dyad_store_open(&s, path, &err), DYAD_EFORMAT);
		assert_non_null(strstr(err.msg, "another application"));
	}
	/* read-only open of nothing */
	path_in_tmp(path, sizeof path, "absent.db");
	dyad_store_options o;
	dyad_store_options_init(&o);
	o.readonly = 1;
	assert_int_equal(dyad_store_open_opts(&s, path, &o, &err), DYAD_ENOTFOUND);
	assert_int_equal(access(path, F_OK), -1);
	/* a directory */
	assert_int_equal(dyad_store_open(&s, tmpdir, &err), DYAD_EINVAL);
	assert_int_equal(dyad_store_open(&s, "", &err), DYAD_EINVAL);
	dyad_store_free(NULL);
	dyad_series_free(NULL);
	dyad_store_cursor_free(NULL);
}

static void test_refused_server(void **state)
{
	(void)state;
	dyad_store *s = NULL;
	dyad_error err;
	/* port 1 on loopback: nothing listens there */
	int rc = dyad_store_open(&s, "postgresql://dyad:secret@127.0.0.1:1/dyad?connect_timeout=2", &err);
	assert_int_equal(rc, DYAD_EDB);
	assert_null(s);
	assert_non_null(strstr(err.msg, "cannot connect"));
	assert_null(strstr(err.msg, "secret"));
}

static void test_parsers(void **state)
{
	(void)state;
	char buf[32];
	const char *a, *b;
	assert_int_equal(dyad_store_parse_dyad("USA-PRK", buf, sizeof buf, &a, &b), 0);
	assert_string_equal(a, "USA");
	assert_string_equal(b, "PRK");
	assert_int_equal(dyad_store_parse_dyad("USA", buf, sizeof buf, &a, &b), DYAD_EINVAL);
	assert_int_equal(dyad_store_parse_dyad("-PRK", buf, sizeof buf, &a, &b), DYAD_EINVAL);
	dyad_interval iv = DYAD_INTERVAL_DAY;
	dyad_metric m = DYAD_METRIC_COUNT;
	assert_int_equal(dyad_interval_parse("week", &iv), 0);
	assert_int_equal(iv, DYAD_INTERVAL_WEEK);
	assert_int_equal(dyad_interval_parse("fortnight", &iv), DYAD_EINVAL);
	assert_int_equal(dyad_metric_parse("quad", &m), 0);
	assert_int_equal(m, DYAD_METRIC_QUAD);
}

static void test_pg(void **state)
{
	(void)state;
	if (!pg_url) {
		printf("skip: DYAD_TEST_PG_URL not set (tests/e2e/run-postgres.sh sets it)\n");
		return;
	}
	run_idempotent(1);
	run_filters(1);
	run_daily(1);
	run_series(1);
}

int main(void)
{
	snprintf(tmpdir, sizeof tmpdir, "/tmp/dyad-test-store-XXXXXX");
	if (!mkdtemp(tmpdir))
		return 1;
	pg_url = getenv("DYAD_TEST_PG_URL");
	if (pg_url && !*pg_url)
		pg_url = NULL;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parsers),
		cmocka_unit_test(test_idempotent),
		cmocka_unit_test(test_uncommitted_is_lost),
		cmocka_unit_test(test_bulk_indexes),
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_daily),
		cmocka_unit_test(test_series),
		cmocka_unit_test(test_svg),
		cmocka_unit_test(test_refuses_foreign_files),
		cmocka_unit_test(test_refused_server),
		cmocka_unit_test(test_pg),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		rc = rc ? rc : 1;
	return rc;
}
