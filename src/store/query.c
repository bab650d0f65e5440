/* store/query.c — filters to SQL, and the cursor over stored events. Raw
 * rows come straight from the backend; one-a-day rows (the Phoenix filter,
 * GDELT's NumMentions/NumArticles/NumSources) are aggregated here over rows
 * ordered by (date, source, target, code), so both backends share it. */
#include "store/store_int.h"
#include "util/hash.h"

#include <dyad/cameo.h>

#include <stdlib.h>
#include <string.h>

static int add_param(store_param *p, size_t *np, store_param_kind kind, const char *text,
                     int64_t i, dyad_error *err)
{
	if (*np >= STORE_MAX_PARAMS)
		return dyad_error_set(err, DYAD_ELIMIT, NULL, 0, "too many query filters");
	p[*np].kind = kind;
	p[*np].text = text;
	p[*np].i = i;
	(*np)++;
	return 0;
}

/* Appending SQL fails only for memory; a parameter, when there are too many. */
#define SQL(x)                                                                              \
	do {                                                                                    \
		if ((x) < 0)                                                                        \
			return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory building a query"); \
	} while (0)
#define PARAM(x)              \
	do {                      \
		int rc_ = (x);        \
		if (rc_ < 0)          \
			return rc_;       \
	} while (0)

/* Prefix match on an actor code: the 3-character bucket column is compared
 * for equality (indexed), the rest of the prefix with substr(). */
static int actor_clause(dyad_buf *sql, store_param *p, size_t *np, const char *col,
                        const char *prefix, const char **sep, dyad_error *err)
{
	size_t n = strlen(prefix);
	if (!n)
		return 0;
	if (n >= 3) {
		SQL(dyad_buf_printf(sql, "%s e.%s_cc = substr(?, 1, 3)", *sep, col));
		PARAM(add_param(p, np, STORE_P_TEXT, prefix, 0, err));
		*sep = " AND";
	}
	if (n != 3) {
		SQL(dyad_buf_printf(sql, "%s substr(e.%s, 1, %zu) = ?", *sep, col, n));
		PARAM(add_param(p, np, STORE_P_TEXT, prefix, 0, err));
		*sep = " AND";
	}
	return 0;
}

int dyad_store__where(dyad_buf *sql, store_param *p, size_t *np, int *needs_doc,
                      const dyad_store *s, const dyad_store_filter *f, dyad_error *err)
{
	const store_backend *be = s->be;
	const char *sep = " WHERE";
	*needs_doc = 0;
	if (f->from) {
		SQL(dyad_buf_printf(sql, "%s e.date >= ?", sep));
		PARAM(add_param(p, np, STORE_P_INT, NULL, f->from, err));
		sep = " AND";
	}
	if (f->to) {
		SQL(dyad_buf_printf(sql, "%s e.date <= ?", sep));
		PARAM(add_param(p, np, STORE_P_INT, NULL, f->to, err));
		sep = " AND";
	}
	if (f->source)
		PARAM(actor_clause(sql, p, np, "source", f->source, &sep, err));
	if (f->target && strlen(f->target) >= 3 && (!f->source || !*f->source) && s->any_source_sql) {
		SQL(dyad_buf_printf(sql, "%s %s", sep, s->any_source_sql));
		sep = " AND";
	}
	if (f->target)
		PARAM(actor_clause(sql, p, np, "target", f->target, &sep, err));
	if (f->code && *f->code) {
		SQL(dyad_buf_printf(sql, "%s substr(e.code, 1, %zu) = ?", sep, strlen(f->code)));
		PARAM(add_param(p, np, STORE_P_TEXT, f->code, 0, err));
		sep = " AND";
	}
	if (f->root && *f->root) {
		SQL(dyad_buf_printf(sql, "%s e.root = ?", sep));
		PARAM(add_param(p, np, STORE_P_TEXT, f->root, 0, err));
		sep = " AND";
	}
	if (f->quad) {
		SQL(dyad_buf_printf(sql, "%s e.quad = ?", sep));
		PARAM(add_param(p, np, STORE_P_INT, NULL, f->quad, err));
		sep = " AND";
	}
	if (f->doc_id) {
		SQL(dyad_buf_printf(sql, "%s d.id = ?", sep));
		PARAM(add_param(p, np, STORE_P_TEXT, f->doc_id, 0, err));
		sep = " AND";
		*needs_doc = 1;
	}
	if (f->text_contains && *f->text_contains) {
		SQL(dyad_buf_printf(sql, "%s %s %s ? ESCAPE '!'", sep, be->sentence_sql, be->like_ci));
		PARAM(add_param(p, np, STORE_P_TEXT, NULL, 0, err)); /* text set by the caller */
		sep = " AND";
		*needs_doc = 1;
	}
	return 0;
}

enum {
	C_PK, C_ID, C_DDATE, C_URL, C_OUTLET, C_TITLE, C_SENT, C_DATE, C_SRC, C_TGT, C_CODE,
	C_ROOT, C_QUAD, C_GOLD, C_PLOVER, C_ISSUES, C_PNAME, C_PCC, C_LAT, C_LON, C_SPANS,
	C_COUNT = C_SPANS + 8
};

static const char select_cols[] =
	"SELECT e.doc_pk, d.id, d.date, d.url, d.outlet, d.title, e.sentence, e.date,"
	" e.source, e.target, e.code, e.root, e.quad, e.goldstein, e.plover, e.issues,"
	" e.place_name, e.place_country, e.lat, e.lon, e.src_b, e.src_e, e.tgt_b, e.tgt_e,"
	" e.verb_b, e.verb_e, e.sent_b, e.sent_e FROM events e JOIN documents d ON d.doc_pk = e.doc_pk";

/* A row copied out of the backend, so one-a-day grouping can read ahead. */
enum { S_ID, S_URL, S_OUTLET, S_TITLE, S_SRC, S_TGT, S_PLOVER, S_ISSUES, S_PNAME, S_PCC, S_N };

typedef struct snap {
	dyad_buf b;
	size_t off[S_N]; /* SIZE_MAX = NULL */
	int64_t pk;
	int32_t doc_date, date;
	uint32_t sentence;
	char code[8], root[4];
	int quad, has_place;
	double goldstein, lat, lon;
	uint32_t spans[8];
} snap;

struct dyad_store_cursor {
	dyad_store *s;
	store_rows *rows;
	char *like;
	int daily, eof, pending;
	uint64_t limit, emitted;
	snap cur;
	/* the current document's text, fetched once per document */
	int64_t text_pk;
	dyad_buf text;
	/* issue pointers for the current row */
	const char **issues;
	size_t issues_cap;
	/* one-a-day group state */
	dyad_buf ids, urls, outlets;
	uint64_t n_ids;
	uint64_t *oset;  /* open-addressing set of outlet hashes (0 = empty) */
	size_t oset_cap, oset_n;
	int64_t last_pk;
};

static int snap_str(snap *sn, int k, const char *t, size_t len)
{
	if (!t) {
		sn->off[k] = SIZE_MAX;
		return 0;
	}
	sn->off[k] = sn->b.len;
	int rc = dyad_buf_append(&sn->b, t, len);
	if (!rc)
		rc = dyad_buf_append(&sn->b, "", 1); /* keep the NUL inside len */
	return rc;
}

static void copy_code(char *dst, size_t cap, const char *t)
{
	size_t n = t ? strlen(t) : 0;
	if (n >= cap)
		n = cap - 1; /* codes are at most 4 digits; the schema never stores longer */
	if (n)
		memcpy(dst, t, n);
	dst[n] = 0;
}

static int take_snap(dyad_store_cursor *c, snap *sn)
{
	const store_backend *be = c->s->be;
	store_rows *r = c->rows;
	static const int cols[S_N] = {C_ID, C_URL, C_OUTLET, C_TITLE, C_SRC, C_TGT, C_PLOVER,
	                              C_ISSUES, C_PNAME, C_PCC};
	sn->b.len = 0;
	for (int k = 0; k < S_N; k++) {
		size_t len;
		const char *t = be->text(r, cols[k], &len);
		int rc = snap_str(sn, k, t, len);
		if (rc)
			return rc;
	}
	sn->pk = be->integer(r, C_PK);
	sn->doc_date = (int32_t)be->integer(r, C_DDATE);
	sn->sentence = (uint32_t)be->integer(r, C_SENT);
	sn->date = (int32_t)be->integer(r, C_DATE);
	copy_code(sn->code, sizeof sn->code, be->text(r, C_CODE, NULL));
	copy_code(sn->root, sizeof sn->root, be->text(r, C_ROOT, NULL));
	sn->quad = (int)be->integer(r, C_QUAD);
	sn->goldstein = be->real(r, C_GOLD);
	sn->has_place = !be->is_null(r, C_LAT);
	sn->lat = be->real(r, C_LAT);
	sn->lon = be->real(r, C_LON);
	for (int k = 0; k < 8; k++)
		sn->spans[k] = (uint32_t)be->integer(r, C_SPANS + k);
	return 0;
}

static const char *snap_get(const snap *sn, int k)
{
	return sn->off[k] == SIZE_MAX ? NULL : sn->b.data + sn->off[k];
}

int dyad_store_query(dyad_store_cursor **out, dyad_store *s, const dyad_store_filter *f,
                     dyad_error *err)
{
	*out = NULL;
	dyad_store_cursor *c = calloc(1, sizeof *c);
	if (!c)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	c->s = s;
	c->daily = f->daily;
	c->limit = f->limit;
	c->text_pk = -1;
	dyad_buf sql = {0};
	store_param p[STORE_MAX_PARAMS];
	size_t np = 0;
	int needs_doc;
	int rc = dyad_buf_append(&sql, select_cols, sizeof select_cols - 1);
	if (rc)
		goto nomem;
	rc = dyad_store__where(&sql, p, &np, &needs_doc, s, f, err);
	if (rc < 0)
		goto fail;
	for (size_t i = 0; i < np; i++) {
		if (p[i].kind == STORE_P_TEXT && !p[i].text) {
			if (!(c->like = dyad_store__like_pattern(f->text_contains)))
				goto nomem;
			p[i].text = c->like;
		}
	}
	/* raw rows: the backend's spelling of (date, document, sentence, source,
	 * target, code); SQLite's follows events_date without a sort */
	rc = dyad_buf_printf(&sql, "%s", c->daily
	                         ? " ORDER BY e.date, e.source, e.target, e.code, e.doc_pk, e.sentence"
	                         : s->be->raw_order);
	if (!rc && !c->daily && f->limit)
		rc = dyad_buf_printf(&sql, " LIMIT %llu", (unsigned long long)f->limit);
	if (rc)
		goto nomem;
	rc = s->be->query(&c->rows, s, sql.data, p, np, err);
	if (rc < 0)
		goto fail;
	dyad_buf_free(&sql);
	*out = c;
	return 0;
nomem:
	rc = dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
fail:
	dyad_buf_free(&sql);
	dyad_store_cursor_free(c);
	return rc;
}

static int fetch_text(dyad_store_cursor *c, int64_t pk, dyad_error *err)
{
	if (pk == c->text_pk)
		return 0;
	store_param p = {STORE_P_INT, NULL, pk};
	store_rows *r;
	int rc = c->s->be->query(&r, c->s, "SELECT text FROM documents WHERE doc_pk = ?", &p, 1, err);
	if (rc < 0)
		return rc;
	rc = c->s->be->next(r, err);
	c->text.len = 0;
	if (rc == 1) {
		size_t len;
		const char *t = c->s->be->text(r, 0, &len);
		if (dyad_buf_append(&c->text, t ? t : "", t ? len : 0)) {
			c->s->be->rows_free(r);
			return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
		}
		rc = 0;
	}
	c->s->be->rows_free(r);
	if (rc < 0)
		return rc;
	c->text_pk = pk;
	return 0;
}

static int fill_row(dyad_store_cursor *c, const snap *sn, dyad_store_row *out, dyad_error *err)
{
	int rc = fetch_text(c, sn->pk, err);
	if (rc < 0)
		return rc;
	memset(out, 0, sizeof *out);
	dyad_doc *d = &out->doc;
	d->id = snap_get(sn, S_ID);
	d->id_len = d->id ? strlen(d->id) : 0;
	d->text = c->text.data ? c->text.data : "";
	d->text_len = c->text.len;
	d->date = sn->doc_date;
	d->url = snap_get(sn, S_URL);
	d->source = snap_get(sn, S_OUTLET);
	d->title = snap_get(sn, S_TITLE);
	dyad_event *e = &out->event;
	e->sentence = sn->sentence;
	e->date = sn->date;
	e->source = snap_get(sn, S_SRC);
	e->target = snap_get(sn, S_TGT);
	memcpy(e->code, sn->code, sizeof e->code);
	memcpy(e->root, sn->root, sizeof e->root);
	e->quad = sn->quad;
	e->goldstein = sn->goldstein;
	e->plover = snap_get(sn, S_PLOVER);
	if (!e->plover)
		e->plover = "";
	const dyad_cameo_info *info = dyad_cameo_lookup(e->code);
	e->code_name = info ? info->name : "";
	dyad_span *sp[4] = {&e->source_span, &e->target_span, &e->verb_span, &e->sentence_span};
	for (int k = 0; k < 4; k++) {
		sp[k]->begin = sn->spans[2 * k];
		sp[k]->end = sn->spans[2 * k + 1];
	}
	/* split the stored "A;B" issue list in place (the snapshot is ours) */
	char *is = (char *)snap_get(sn, S_ISSUES);
	size_t n = 0;
	for (char *t = is; t && *t;) {
		if (n == c->issues_cap) {
			size_t cap = c->issues_cap ? 2 * c->issues_cap : 8;
			const char **v = realloc(c->issues, cap * sizeof *v);
			if (!v)
				return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
			c->issues = v;
			c->issues_cap = cap;
		}
		c->issues[n++] = t;
		char *semi = strchr(t, ';');
		if (!semi)
			break;
		*semi = 0;
		t = semi + 1;
	}
	e->issues = c->issues;
	e->n_issues = n;
	if (sn->has_place) {
		e->has_place = 1;
		e->place_name = snap_get(sn, S_PNAME);
		e->place_country = snap_get(sn, S_PCC);
		e->lat = sn->lat;
		e->lon = sn->lon;
	}
	out->mentions = out->documents = out->outlets = 1;
	out->doc_ids = d->id;
	out->urls = d->url ? d->url : "";
	out->outlet_names = d->source ? d->source : "";
	return 0;
}

static int same_group(dyad_store_cursor *c, const snap *rep)
{
	const store_backend *be = c->s->be;
	const char *t;
	if ((int32_t)be->integer(c->rows, C_DATE) != rep->date)
		return 0;
	t = be->text(c->rows, C_CODE, NULL);
	if (!t || strcmp(t, rep->code))
		return 0;
	t = be->text(c->rows, C_SRC, NULL);
	if (!t || strcmp(t, snap_get(rep, S_SRC)))
		return 0;
	t = be->text(c->rows, C_TGT, NULL);
	return t && !strcmp(t, snap_get(rep, S_TGT));
}

/* Outlet hashes seen in this group; returns 1 if h was new. */
static int oset_add(dyad_store_cursor *c, uint64_t h)
{
	if (!h)
		h = 1;
	if (2 * (c->oset_n + 1) > c->oset_cap) {
		size_t cap = c->oset_cap ? 2 * c->oset_cap : 64;
		uint64_t *v = calloc(cap, sizeof *v);
		if (!v)
			return -1;
		for (size_t i = 0; i < c->oset_cap; i++) {
			if (!c->oset[i])
				continue;
			size_t j = c->oset[i] & (cap - 1);
			while (v[j])
				j = (j + 1) & (cap - 1);
			v[j] = c->oset[i];
		}
		free(c->oset);
		c->oset = v;
		c->oset_cap = cap;
	}
	size_t j = h & (c->oset_cap - 1);
	while (c->oset[j]) {
		if (c->oset[j] == h)
			return 0;
		j = (j + 1) & (c->oset_cap - 1);
	}
	c->oset[j] = h;
	c->oset_n++;
	return 1;
}

static int list_add(dyad_buf *b, const char *s)
{
	if (!s || !*s)
		return 0;
	int rc = b->len ? dyad_buf_append(b, ";", 1) : 0;
	return rc ? rc : dyad_buf_append(b, s, strlen(s));
}

/* Count the row under the backend cursor into the open group. */
static int group_add(dyad_store_cursor *c, dyad_store_row *acc)
{
	const store_backend *be = c->s->be;
	int64_t pk = be->integer(c->rows, C_PK);
	acc->mentions++;
	if (pk == c->last_pk)
		return 0;
	c->last_pk = pk;
	acc->documents++;
	/* documents without an outlet count as one unknown outlet */
	const char *outlet = be->text(c->rows, C_OUTLET, NULL);
	int fresh = oset_add(c, dyad_hash_bytes(outlet ? outlet : "", outlet ? strlen(outlet) : 0));
	if (fresh < 0)
		return DYAD_ENOMEM;
	acc->outlets += (uint64_t)fresh;
	if (c->n_ids >= DYAD_STORE_DAILY_IDS)
		return 0;
	c->n_ids++;
	int rc = list_add(&c->ids, be->text(c->rows, C_ID, NULL));
	if (!rc)
		rc = list_add(&c->urls, be->text(c->rows, C_URL, NULL));
	if (!rc && fresh)
		rc = list_add(&c->outlets, outlet);
	return rc;
}

int dyad_store_cursor_next(dyad_store_cursor *c, dyad_store_row *out, dyad_error *err)
{
	if (c->eof || (c->limit && c->emitted >= c->limit))
		return 0;
	const store_backend *be = c->s->be;
	int rc;
	if (!c->pending) {
		rc = be->next(c->rows, err);
		if (rc <= 0) {
			c->eof = 1;
			return rc;
		}
	}
	c->pending = 0;
	if (take_snap(c, &c->cur))
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	if (!c->daily) {
		rc = fill_row(c, &c->cur, out, err);
		if (rc < 0)
			return rc;
		c->emitted++;
		return 1;
	}
	dyad_store_row acc = {0};
	c->ids.len = c->urls.len = c->outlets.len = 0;
	c->n_ids = 0;
	c->last_pk = -1;
	c->oset_n = 0;
	if (c->oset)
		memset(c->oset, 0, c->oset_cap * sizeof *c->oset);
	for (;;) {
		if (group_add(c, &acc))
			return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
		rc = be->next(c->rows, err);
		if (rc < 0)
			return rc;
		if (rc == 0) {
			c->eof = 1;
			break;
		}
		if (!same_group(c, &c->cur)) {
			c->pending = 1;
			break;
		}
	}
	rc = fill_row(c, &c->cur, out, err);
	if (rc < 0)
		return rc;
	out->mentions = acc.mentions;
	out->documents = acc.documents;
	out->outlets = acc.outlets;
	out->doc_ids = c->ids.len ? c->ids.data : "";
	out->urls = c->urls.len ? c->urls.data : "";
	out->outlet_names = c->outlets.len ? c->outlets.data : "";
	c->emitted++;
	return 1;
}

void dyad_store_cursor_free(dyad_store_cursor *c)
{
	if (!c)
		return;
	if (c->rows)
		c->s->be->rows_free(c->rows);
	free(c->like);
	dyad_buf_free(&c->cur.b);
	dyad_buf_free(&c->text);
	dyad_buf_free(&c->ids);
	dyad_buf_free(&c->urls);
	dyad_buf_free(&c->outlets);
	free(c->issues);
	free(c->oset);
	free(c);
}
