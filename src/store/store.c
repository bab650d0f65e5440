/* store/store.c — the store's front end: choosing a backend from the URL,
 * document keys (content hash + coder version), batching writes into
 * transactions, and small helpers shared by both backends. */
#include "store/store_int.h"
#include "util/hash.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void dyad_store_options_init(dyad_store_options *opts)
{
	memset(opts, 0, sizeof *opts);
}

static int is_pg_url(const char *url)
{
	return !strncmp(url, "postgresql://", 13) || !strncmp(url, "postgres://", 11);
}

int dyad_store_open_opts(dyad_store **out, const char *url, const dyad_store_options *opts,
                         dyad_error *err)
{
	*out = NULL;
	if (!url || !*url)
		return dyad_error_set(err, DYAD_EINVAL, NULL, 0, "no database given (--db PATH or postgresql://...)");
	dyad_store *s = calloc(1, sizeof *s);
	if (!s)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	if (opts)
		s->opts = *opts;
	if (!s->opts.batch_docs)
		s->opts.batch_docs = 10000;
	if (!s->opts.batch_events)
		s->opts.batch_events = 100000;
	if (!s->opts.cache_mb)
		s->opts.cache_mb = 256;
	if (!s->opts.batch_ms)
		s->opts.batch_ms = 2000;
	int rc = is_pg_url(url) ? dyad_store__postgres_open(s, url, err)
	                        : dyad_store__sqlite_open(s, url, err);
	if (rc < 0) {
		free(s);
		return rc;
	}
	*out = s;
	return 0;
}

int dyad_store_open(dyad_store **out, const char *url, dyad_error *err)
{
	return dyad_store_open_opts(out, url, NULL, err);
}

const char *dyad_store_backend(const dyad_store *s)
{
	return s->be->name;
}

int dyad_store_commit(dyad_store *s, dyad_error *err)
{
	if (!s->pending_docs)
		return 0;
	int rc = s->be->commit(s, err);
	if (rc < 0)
		s->be->rollback(s);
	s->pending_docs = s->pending_events = 0;
	return rc;
}

int dyad_store_close(dyad_store *s, dyad_error *err)
{
	if (!s)
		return 0;
	int rc = dyad_store_commit(s, err);
	if (!rc && s->be->finish)
		rc = s->be->finish(s, err);
	s->be->close(s);
	free(s->order);
	free(s);
	return rc;
}

void dyad_store_free(dyad_store *s)
{
	if (!s)
		return;
	if (s->pending_docs)
		s->be->rollback(s);
	s->be->close(s);
	free(s->order);
	free(s);
}

int64_t dyad_store__hash(const dyad_doc *doc, int32_t date)
{
	/* Text, date, outlet and URL: anything that changes what is stored. */
	uint64_t h = dyad_hash_bytes(doc->text ? doc->text : "", doc->text ? doc->text_len : 0);
	const char *extra[2] = {doc->source, doc->url};
	for (int i = 0; i < 2; i++) {
		const char *x = extra[i] ? extra[i] : "";
		h = h * 0x9e3779b97f4a7c15ull ^ dyad_hash_bytes(x, strlen(x));
	}
	h = h * 0x9e3779b97f4a7c15ull ^ (uint64_t)(uint32_t)date;
	return (int64_t)h;
}

static int key_cmp(const void *a, const void *b)
{
	const dyad_event *x = *(const dyad_event *const *)a, *y = *(const dyad_event *const *)b;
	if (x->sentence != y->sentence)
		return x->sentence < y->sentence ? -1 : 1;
	int c = strcmp(x->source ? x->source : "---", y->source ? y->source : "---");
	if (!c)
		c = strcmp(x->target ? x->target : "---", y->target ? y->target : "---");
	return c ? c : strcmp(x->code, y->code);
}

/* The document's events in key order with repeated keys dropped (the first
 * in input order stays: qsort is not stable, so ties fall back to address). */
static int key_cmp_stable(const void *a, const void *b)
{
	int c = key_cmp(a, b);
	if (c)
		return c;
	const dyad_event *x = *(const dyad_event *const *)a, *y = *(const dyad_event *const *)b;
	return x < y ? -1 : x > y;
}

static int sort_events(dyad_store *q, const dyad_event *ev, size_t *n, dyad_error *err)
{
	if (*n >= (size_t)1 << STORE_EVENT_BITS)
		return dyad_error_set(err, DYAD_ELIMIT, NULL, 0, "document has %zu events; the store keeps at most %d",
		                      *n, (1 << STORE_EVENT_BITS) - 1);
	if (*n > q->order_cap) {
		const dyad_event **v = realloc(q->order, *n * sizeof *v);
		if (!v)
			return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
		q->order = v;
		q->order_cap = *n;
	}
	for (size_t i = 0; i < *n; i++)
		q->order[i] = &ev[i];
	qsort(q->order, *n, sizeof *q->order, key_cmp_stable);
	size_t m = 0;
	for (size_t i = 0; i < *n; i++)
		if (!m || key_cmp(&q->order[m - 1], &q->order[i]))
			q->order[m++] = q->order[i];
	*n = m;
	return 0;
}

static int make_key(store_doc *d, const dyad_doc *doc, const char *coder,
                    const dyad_event *ev, size_t n, dyad_error *err)
{
	if (!doc->id || !doc->id_len)
		return dyad_error_set(err, DYAD_EINVAL, NULL, 0, "document without an id");
	if (memchr(doc->id, 0, doc->id_len))
		return dyad_error_set(err, DYAD_EINVAL, NULL, 0, "document id contains a NUL byte");
	d->doc = doc;
	d->date = doc->date;
	if (!d->date && n)
		d->date = ev[0].date;
	d->hash = dyad_store__hash(doc, d->date);
	d->coder = coder ? coder : "";
	return 0;
}

int dyad_store_has(dyad_store *s, const dyad_doc *doc, const char *coder_version,
                   dyad_error *err)
{
	store_doc d;
	int rc = make_key(&d, doc, coder_version, NULL, 0, err);
	if (rc < 0)
		return rc;
	return s->be->doc_state(s, &d, err);
}

int dyad_store_put(dyad_store *s, const dyad_doc *doc, const char *coder_version,
                   const dyad_event *events, size_t n, dyad_error *err)
{
	if (s->opts.readonly)
		return dyad_error_set(err, DYAD_EINVAL, NULL, 0, "store opened read-only");
	store_doc d;
	int rc = make_key(&d, doc, coder_version, events, n, err);
	if (rc < 0)
		return rc;
	if ((rc = sort_events(s, events, &n, err)) < 0)
		return rc;
	int replaced = 0;
	rc = s->be->put(s, &d, s->order, n, &replaced, err);
	if (rc < 0) {
		/* the batch is no longer consistent: drop it whole */
		s->be->rollback(s);
		s->pending_docs = s->pending_events = 0;
		return rc;
	}
	if (rc == 0) {
		s->stats.docs_unchanged++;
		return 0;
	}
	if (replaced)
		s->stats.docs_replaced++;
	else
		s->stats.docs_added++;
	s->stats.events_added += n;
	if (!s->pending_docs++)
		s->batch_start = now_s();
	s->pending_events += n;
	/* a slow coder should not hold finished work in an open transaction
	 * for long: a batch also ends after batch_ms */
	if (s->pending_docs >= s->opts.batch_docs || s->pending_events >= s->opts.batch_events ||
	    (now_s() - s->batch_start) * 1000 >= (double)s->opts.batch_ms) {
		rc = dyad_store_commit(s, err);
		if (rc < 0)
			return rc;
	}
	return 1;
}

void dyad_store_get_stats(const dyad_store *s, dyad_store_stats *out)
{
	*out = s->stats;
}

int dyad_store_count(dyad_store *s, uint64_t *docs, uint64_t *events, dyad_error *err)
{
	return s->be->count(s, docs, events, err);
}

size_t dyad_store__cc_len(const char *code)
{
	size_t n = strlen(code);
	return n < 3 ? n : 3;
}

int dyad_store__join_issues(dyad_buf *b, const dyad_event *ev)
{
	b->len = 0;
	if (b->data)
		b->data[0] = 0;
	for (size_t i = 0; i < ev->n_issues; i++) {
		int rc = dyad_buf_append(b, ";", i > 0);
		if (!rc)
			rc = dyad_buf_append(b, ev->issues[i], strlen(ev->issues[i]));
		if (rc)
			return rc;
	}
	return 0;
}

int dyad_store_parse_dyad(const char *dyad, char *buf, size_t cap, const char **source,
                          const char **target)
{
	size_t n = strlen(dyad);
	if (n + 1 > cap)
		return DYAD_ELIMIT;
	memcpy(buf, dyad, n + 1);
	char *dash = strchr(buf, '-');
	if (!dash || dash == buf || !dash[1] || strchr(dash + 1, '-'))
		return DYAD_EINVAL;
	*dash = 0;
	*source = buf;
	*target = dash + 1;
	return 0;
}

char *dyad_store__like_pattern(const char *s)
{
	size_t n = strlen(s);
	char *out = malloc(2 * n + 3);
	if (!out)
		return NULL;
	size_t j = 0;
	out[j++] = '%';
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%' || s[i] == '_' || s[i] == '!')
			out[j++] = '!';
		out[j++] = s[i];
	}
	out[j++] = '%';
	out[j] = 0;
	return out;
}
