/* cli/cmd_ingest.c — `dyad ingest`: read documents, skip those already stored
 * with the same content and coder version, code the rest (on --threads
 * workers sharing one dictionary) and store documents and events, in input
 * order, in batched transactions (SQLite file or PostgreSQL URL). A kill at
 * any moment loses at most the open batch, which the next run redoes. */
#include "cli/cli.h"

#include <dirent.h>
#include <dyad/store.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/arena.h"
#include "util/hash.h"

#define BATCH_DOCS 256 /* read, then code on the workers, then store in input order */
#define MAX_THREADS 64

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: dyad ingest [FILE...] --db PATH|postgresql://... [options]\n"
	        "  --db URL                  SQLite file (created if missing) or postgresql:// URL\n"
	        "  --in auto|text|jsonl|tabari|petrarch   input format (default auto)\n"
	        "  --dict DIR | --verbs F --actors F --agents F --discards F --issues F\n"
	        "  --strict                  malformed dictionary entries are fatal\n"
	        "  --date YYYY-MM-DD         date for documents that have none\n"
	        "  --batch N                 documents per transaction (default 10000, or 2 s)\n"
	        "  --threads N               coding threads (default 1); storing stays in input order\n"
	        "  --coder-version TEXT      override the coder version recorded per document\n"
	        "  --quiet                   no summary line\n"
	        "Documents already stored with the same text and coder version are skipped;\n"
	        "changed ones are recoded and replace their events. Reads stdin without FILE.\n");
}

/* Dictionary fingerprint: FNV over the names and bytes of the files used, so
 * an edited dictionary counts as a new coder version. */
static int hash_file(uint64_t *h, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	char buf[1 << 16];
	size_t n;
	*h = *h * 0x100000001b3ull ^ dyad_hash_bytes(path, strlen(path));
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		*h = *h * 0x100000001b3ull ^ dyad_hash_bytes(buf, n);
	int bad = ferror(f);
	fclose(f);
	return bad ? -1 : 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static uint64_t dict_fingerprint(const cli_dict_opts *o)
{
	uint64_t h = 0xcbf29ce484222325ull;
	if (o->n_files) {
		for (size_t i = 0; i < o->n_files; i++)
			if (hash_file(&h, o->files[i]) < 0)
				h ^= 1;
		return h;
	}
	const char *dir = o->dir ? o->dir : cli_default_dict_dir();
	DIR *d = opendir(dir);
	if (!d)
		return h;
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			char **v = realloc(names, cap * sizeof *v);
			if (!v)
				break;
			names = v;
		}
		if (!(names[n] = strdup(de->d_name)))
			break;
		n++;
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_str); /* readdir order is not stable across copies */
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(dir) + strlen(names[i]) + 2;
		char *p = malloc(len);
		struct stat st;
		if (p) {
			snprintf(p, len, "%s/%s", dir, names[i]);
			if (stat(p, &st) == 0 && S_ISREG(st.st_mode)) {
				h = h * 0x100000001b3ull ^ dyad_hash_bytes(names[i], strlen(names[i]));
				uint64_t fh = 0;
				if (hash_file(&fh, p) == 0)
					h ^= fh;
			}
			free(p);
		}
		free(names[i]);
	}
	free(names);
	return h;
}

typedef struct totals {
	unsigned long long docs, events, bad, skipped, bytes;
	unsigned long long total_bytes; /* of all inputs when known (plain files), else 0 */
	double start, last;
	int tty;
} totals;

static void progress(totals *t, int final)
{
	if (!t->tty)
		return;
	double now = cli_now();
	if (!final && now - t->last < 0.25)
		return;
	t->last = now;
	double el = now - t->start > 1e-9 ? now - t->start : 1e-9;
	fprintf(stderr, "\r%llu documents (%.0f/s), %llu events (%.0f/s), %llu unchanged",
	        t->docs, (double)t->docs / el, t->events, (double)t->events / el, t->skipped);
	if (t->total_bytes && !final) {
		/* an estimate: bytes of records read against the input size */
		double frac = (double)t->bytes / (double)t->total_bytes;
		frac = frac > 0.99 ? 0.99 : frac;
		if (frac > 0.001)
			fprintf(stderr, ", %.0f%%, ETA %.0f s", frac * 100, el * (1 - frac) / frac);
	}
	fprintf(stderr, "   %s", final ? "\n" : "");
	fflush(stderr);
}

/* A document read from the input, its events once coded. Everything the
 * store needs is copied here so the reader and coders can move on. */
typedef struct ijob {
	dyad_doc doc;
	char *mem;          /* the document's strings */
	int need;           /* not stored yet under this content and version: code it */
	int failed;
	char *msg;          /* coder error */
	const dyad_event *ev;
	size_t n;
	dyad_arena arena;   /* the events' copies */
} ijob;

typedef struct ipool {
	ijob jobs[BATCH_DOCS];
	size_t n, next;
	pthread_mutex_t mu;
} ipool;

typedef struct iworker {
	ipool *pool;
	dyad_coder *coder;
} iworker;

static char *dup_into(char **m, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	memcpy(*m, s, n);
	char *r = *m;
	*m += n;
	return r;
}

static int copy_doc(ijob *j, const dyad_doc *d)
{
	size_t total = d->id_len + 1 + d->text_len + 1 + (d->url ? strlen(d->url) + 1 : 0) +
	               (d->source ? strlen(d->source) + 1 : 0) + (d->title ? strlen(d->title) + 1 : 0);
	char *m = malloc(total);
	if (!m)
		return DYAD_ENOMEM;
	j->mem = m;
	j->doc = *d;
	memcpy(m, d->id, d->id_len);
	m[d->id_len] = 0;
	j->doc.id = m;
	m += d->id_len + 1;
	if (d->text_len)
		memcpy(m, d->text, d->text_len);
	m[d->text_len] = 0;
	j->doc.text = m;
	m += d->text_len + 1;
	j->doc.url = dup_into(&m, d->url);
	j->doc.source = dup_into(&m, d->source);
	j->doc.title = dup_into(&m, d->title);
	return 0;
}

static const char *arena_str(dyad_arena *a, const char *s, int *bad)
{
	if (!s)
		return NULL;
	char *r = dyad_arena_strndup(a, s, strlen(s));
	if (!r)
		*bad = 1;
	return r;
}

/* The coder's events point into its arena: keep what the store writes. */
static int copy_events(ijob *j, const dyad_result *r)
{
	dyad_event *ev = r->n_events ? dyad_arena_alloc(&j->arena, r->n_events * sizeof *ev) : NULL;
	if (r->n_events && !ev)
		return DYAD_ENOMEM;
	int bad = 0;
	for (size_t i = 0; i < r->n_events && !bad; i++) {
		const dyad_event *e = &r->events[i];
		ev[i] = *e;
		ev[i].source = arena_str(&j->arena, e->source, &bad);
		ev[i].target = arena_str(&j->arena, e->target, &bad);
		ev[i].plover = arena_str(&j->arena, e->plover, &bad);
		ev[i].place_name = arena_str(&j->arena, e->place_name, &bad);
		ev[i].place_country = arena_str(&j->arena, e->place_country, &bad);
		ev[i].code_name = NULL; /* not stored: looked up again on reading */
		ev[i].pattern_file = ev[i].pattern_text = NULL;
		ev[i].source_entry_file = ev[i].target_entry_file = NULL;
		if (e->n_issues) {
			const char **is = dyad_arena_alloc(&j->arena, e->n_issues * sizeof *is);
			if (!is)
				return DYAD_ENOMEM;
			for (size_t k = 0; k < e->n_issues; k++)
				is[k] = arena_str(&j->arena, e->issues[k], &bad);
			ev[i].issues = is;
		}
	}
	if (bad)
		return DYAD_ENOMEM;
	j->ev = ev;
	j->n = r->n_events;
	return 0;
}

static void code_job(dyad_coder *coder, ijob *j)
{
	dyad_result r;
	dyad_error err;
	dyad_error_clear(&err);
	if (dyad_coder_code(coder, &j->doc, &r, &err) < 0) {
		j->failed = 1;
		j->msg = strdup(err.msg);
		return;
	}
	if (copy_events(j, &r) < 0) {
		j->failed = 1;
		j->msg = strdup("out of memory copying events");
	}
}

static void *worker(void *arg)
{
	iworker *w = arg;
	ipool *p = w->pool;
	for (;;) {
		pthread_mutex_lock(&p->mu);
		size_t i = p->next++;
		pthread_mutex_unlock(&p->mu);
		if (i >= p->n)
			break;
		if (p->jobs[i].need)
			code_job(w->coder, &p->jobs[i]);
	}
	return NULL;
}

static void free_job(ijob *j)
{
	free(j->mem);
	free(j->msg);
	dyad_arena_free(&j->arena);
	memset(j, 0, sizeof *j);
}

/* Code the batch on the workers, then store it in input order. */
static int flush(ipool *p, iworker *w, int threads, dyad_store *s, const char *version,
                 totals *t, const char *file, const char *cmd)
{
	size_t need = 0;
	for (size_t i = 0; i < p->n; i++)
		need += (size_t)p->jobs[i].need;
	p->next = 0;
	if (threads <= 1 || need < 2) {
		worker(&w[0]);
	} else {
		pthread_t tid[MAX_THREADS];
		int started = 0;
		for (int k = 0; k < threads; k++) {
			if (pthread_create(&tid[k], NULL, worker, &w[k]))
				break;
			started++;
		}
		if (!started)
			worker(&w[0]);
		for (int k = 0; k < started; k++)
			pthread_join(tid[k], NULL);
	}
	int rc = 0;
	dyad_error err;
	for (size_t i = 0; i < p->n; i++) {
		ijob *j = &p->jobs[i];
		if (rc == 0 && !j->need) {
			t->skipped++;
		} else if (rc == 0 && j->failed) {
			/* reported, not stored: a later dyad may code it */
			cli_errorf(cmd, "%s: document %s: %s", file, j->doc.id, j->msg ? j->msg : "coding failed");
			t->bad++;
		} else if (rc == 0) {
			dyad_error_clear(&err);
			int r = dyad_store_put(s, &j->doc, version, j->ev, j->n, &err);
			if (r < 0) {
				cli_report(cmd, &err);
				rc = -1;
			} else if (r == 0) {
				t->skipped++; /* the same document twice in the input */
			} else {
				t->docs++;
				t->events += j->n;
			}
		}
		free_job(j);
	}
	p->n = 0;
	progress(t, 0);
	return rc;
}

/* One input: 0 ok (or stopped), -1 store failure (already reported). */
static int ingest_input(const char *path, dyad_in_format in, dyad_store *s, ipool *p, iworker *w,
                        int threads, const char *version, totals *t, const char *cmd)
{
	const char *file = path ? path : "<stdin>";
	dyad_reader *rd;
	dyad_error err;
	dyad_error_clear(&err);
	if (dyad_reader_open(&rd, path, in, &err) < 0) {
		cli_report(cmd, &err);
		t->bad++;
		return 0;
	}
	int rc = 0;
	for (;;) {
		if (stop_requested)
			break;
		dyad_doc doc;
		dyad_error_clear(&err);
		int r = dyad_reader_next(rd, &doc, &err);
		if (r == 0)
			break;
		if (r < 0) {
			cli_report(cmd, &err);
			t->bad++;
			if (err.code == DYAD_EIO || err.code == DYAD_ENOMEM)
				break;
			continue;
		}
		/* the record's size in the input, roughly: fields plus JSON framing */
		t->bytes += doc.text_len + doc.id_len + 40 + (doc.url ? strlen(doc.url) : 0) +
		            (doc.source ? strlen(doc.source) : 0) + (doc.title ? strlen(doc.title) : 0);
		int has = dyad_store_has(s, &doc, version, &err);
		if (has < 0) {
			cli_report(cmd, &err);
			rc = -1;
			break;
		}
		ijob *j = &p->jobs[p->n];
		if (!has && copy_doc(j, &doc) < 0) {
			cli_errorf(cmd, "out of memory");
			rc = -1;
			break;
		}
		j->need = !has;
		dyad_arena_init(&j->arena, 0);
		if (++p->n == BATCH_DOCS && (rc = flush(p, w, threads, s, version, t, file, cmd)) < 0)
			break;
	}
	if (rc == 0 && p->n)
		rc = flush(p, w, threads, s, version, t, file, cmd);
	for (size_t i = 0; i < p->n; i++)
		free_job(&p->jobs[i]);
	p->n = 0;
	dyad_reader_close(rd);
	return rc;
}

int dyad_cmd_ingest(int argc, char **argv)
{
	const char *cmd = "ingest";
	cli_dict_opts dopts;
	memset(&dopts, 0, sizeof dopts);
	const char *db = NULL, *version_override = NULL;
	dyad_in_format in = DYAD_IN_AUTO;
	dyad_coder_options copt;
	dyad_coder_options_init(&copt);
	dyad_store_options sopt;
	dyad_store_options_init(&sopt);
	int quiet = 0, threads = 1;
	const char **files = calloc((size_t)argc, sizeof *files);
	size_t n_files = 0;
	if (!files) {
		cli_errorf(cmd, "out of memory");
		return 1;
	}
	int status = 2;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int r = cli_dict_flag(&dopts, argc, argv, &i, cmd);
		if (r < 0)
			goto out;
		if (r)
			continue;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			status = 0;
			goto out;
		}
		if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
			quiet = 1;
			continue;
		}
		if (!strcmp(a, "-")) {
			files[n_files++] = NULL;
			continue;
		}
		if (a[0] == '-' && a[1] == '-') {
			if (strcmp(a, "--db") && strcmp(a, "--in") && strcmp(a, "--date") && strcmp(a, "--batch") &&
			    strcmp(a, "--coder-version") && strcmp(a, "--threads")) {
				cli_errorf(cmd, "unknown option '%s' (see dyad ingest --help)", a);
				goto out;
			}
			if (i + 1 >= argc) {
				cli_errorf(cmd, "%s needs a value", a);
				goto out;
			}
			const char *v = argv[++i];
			if (!strcmp(a, "--db")) {
				db = v;
			} else if (!strcmp(a, "--in")) {
				if (dyad_in_format_parse(v, &in) < 0) {
					cli_errorf(cmd, "--in: unknown format '%s'", v);
					goto out;
				}
			} else if (!strcmp(a, "--date")) {
				copt.default_date = dyad_date_parse(v, strlen(v));
				if (copt.default_date <= 0) {
					cli_errorf(cmd, "--date: '%s' is not a date (YYYY-MM-DD)", v);
					goto out;
				}
			} else if (!strcmp(a, "--batch")) {
				char *end;
				unsigned long b = strtoul(v, &end, 10);
				if (*end || !b || b > 10000000) {
					cli_errorf(cmd, "--batch: expected 1..10000000 documents, got '%s'", v);
					goto out;
				}
				sopt.batch_docs = b;
			} else if (!strcmp(a, "--threads")) {
				char *end;
				long n = strtol(v, &end, 10);
				if (*end || n < 1 || n > MAX_THREADS) {
					cli_errorf(cmd, "--threads: expected 1..%d, got '%s'", MAX_THREADS, v);
					goto out;
				}
				threads = (int)n;
			} else {
				version_override = v;
			}
			continue;
		}
		files[n_files++] = a;
	}
	if (!db)
		db = getenv("DYAD_DB");
	if (!db || !*db) {
		cli_errorf(cmd, "no database: give --db PATH or --db postgresql://... (or set DYAD_DB)");
		goto out;
	}
	if (!n_files)
		files[n_files++] = NULL; /* stdin */
	status = 1;

	/* the store first: a wrong --db should fail before the dictionary loads */
	dyad_store *s = NULL;
	dyad_error err;
	dyad_error_clear(&err);
	if (dyad_store_open_opts(&s, db, &sopt, &err) < 0) {
		cli_report(cmd, &err);
		goto out;
	}
	dyad_dict *dict = NULL;
	iworker w[MAX_THREADS];
	memset(w, 0, sizeof w);
	ipool *pool = calloc(1, sizeof *pool);
	if (!pool || cli_dict_load(&dict, &dopts, cmd) < 0) {
		if (!pool)
			cli_errorf(cmd, "out of memory");
		free(pool);
		dyad_store_free(s);
		goto out;
	}
	pthread_mutex_init(&pool->mu, NULL);
	int coders_ok = 1;
	for (int k = 0; k < threads; k++) {
		w[k].pool = pool;
		if (dyad_coder_new(&w[k].coder, dict, &copt) < 0)
			coders_ok = 0;
	}
	if (!coders_ok) {
		cli_errorf(cmd, "cannot create a coder (out of memory)");
		for (int k = 0; k < threads; k++)
			dyad_coder_free(w[k].coder);
		pthread_mutex_destroy(&pool->mu);
		free(pool);
		dyad_dict_free(dict);
		dyad_store_free(s);
		goto out;
	}
	char version[128];
	if (version_override)
		snprintf(version, sizeof version, "%s", version_override);
	else
		snprintf(version, sizeof version, "dyad %s dict %016llx", dyad_version(),
		         (unsigned long long)dict_fingerprint(&dopts));

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	totals t = {0};
	for (size_t i = 0; i < n_files; i++) {
		struct stat st;
		size_t len = files[i] ? strlen(files[i]) : 0;
		if (!files[i] || stat(files[i], &st) || !S_ISREG(st.st_mode) ||
		    (len > 3 && !strcmp(files[i] + len - 3, ".gz"))) {
			t.total_bytes = 0; /* stdin or compressed: no ETA */
			break;
		}
		t.total_bytes += (unsigned long long)st.st_size;
	}
	t.start = t.last = cli_now();
	t.tty = isatty(STDERR_FILENO);
	int rc = 0;
	for (size_t i = 0; i < n_files && !rc && !stop_requested; i++)
		rc = ingest_input(files[i], in, s, pool, w, threads, version, &t, cmd);
	progress(&t, 1);
	if (rc == 0) {
		/* commit what was read, also when stopped by a signal */
		if (dyad_store_close(s, &err) < 0) {
			cli_report(cmd, &err);
			rc = -1;
		}
	} else {
		dyad_store_free(s);
	}
	for (int k = 0; k < threads; k++)
		dyad_coder_free(w[k].coder);
	pthread_mutex_destroy(&pool->mu);
	free(pool);
	dyad_dict_free(dict);
	if (!quiet) {
		double el = cli_now() - t.start;
		fprintf(stderr,
		        "dyad ingest: %llu documents coded and stored, %llu events, %llu unchanged, "
		        "%llu bad, %.2f s (%.0f documents/s, %.0f events/s)%s\n",
		        t.docs, t.events, t.skipped, t.bad, el, el > 0 ? (double)t.docs / el : 0,
		        el > 0 ? (double)t.events / el : 0,
		        rc ? "; the last batch was rolled back: run again to store it" : "");
	}
	status = rc ? 1 : stop_requested ? 130 : 0;
out:
	free(files);
	return status;
}
