/* cli/cmd_code.c — `dyad code`: read documents, code them on a pool of worker
 * threads sharing one dictionary, write events in input order. With workers,
 * the main thread reads the next batch while they code the one before it. */
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

/* Documents a batch: few, so that a batch's copied texts and formatted
 * events are still in the cache when they are coded and written; with
 * workers, enough that the main thread is woken rarely (one write a batch
 * either way) */
#define BATCH_DOCS 128
#define BATCH_DOCS_ONE 32
#define MAX_THREADS 64
/* reader messages held back behind a batch still with the workers, at most */
#define NOTES_MAX ((size_t)64 << 10)

typedef struct job {
	dyad_doc doc;
	char *mem;      /* owned copy of the document strings (mem_cap bytes) */
	size_t mem_cap;
	dyad_buf out;   /* formatted events */
	char *warning;  /* coder warning or error message */
	int failed;
	size_t events;
} job;

/* Documents read, coded and written together. Two take turns: while the
 * workers code one, the main thread reads the next, then writes the first in
 * input order. */
typedef struct batch {
	job jobs[BATCH_DOCS];  /* kept, with their memory, from batch to batch */
	size_t n;              /* documents in it */
	size_t next, finished; /* handed to a worker / coded (under pool.mu) */
	unsigned long seq;     /* which batch of the run it is */
	const char *file;      /* its input's name, for its messages */
	dyad_buf notes;        /* reader messages met while it was read: printed
	                        * before its documents' own, as if read after the
	                        * batch before it was written */
} batch;

typedef struct pool {
	const dyad_dict *dict;
	dyad_coder_options opt;
	dyad_out_format fmt;
	int explain;
	/* one coder per worker, kept from batch to batch with its word caches */
	dyad_coder *coders[MAX_THREADS];
	batch b[2];
	size_t batch_docs;
	unsigned long filled; /* batches handed on; b[filled % 2] is being read */
	int pending;          /* batch filled - 1 is still to be written */
	size_t docs, events, failed;
	int rc;
	cli_progress prog;
	/* the workers (threads >= 2; none: the main thread codes); the main
	 * thread reads and writes */
	int workers, alive, quit;
	unsigned long posted, taking; /* batches given to the workers / being taken from */
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	pthread_t tid[MAX_THREADS];
} pool;

typedef struct worker_arg {
	pool *p;
	int k; /* which coder */
} worker_arg;

static int copy_doc(job *j, const dyad_doc *d)
{
	size_t idn = d->id_len, tn = d->text_len;
	size_t un = d->url ? strlen(d->url) + 1 : 0, sn = d->source ? strlen(d->source) + 1 : 0,
	       ttn = d->title ? strlen(d->title) + 1 : 0;
	size_t total = idn + 1 + tn + 1 + un + sn + ttn;
	/* the job's memory from its last batch, when it is large enough */
	if (total > j->mem_cap) {
		char *nm = malloc(total);
		if (!nm)
			return DYAD_ENOMEM;
		free(j->mem);
		j->mem = nm;
		j->mem_cap = total;
	}
	char *m = j->mem;
	j->out.len = 0;
	j->warning = NULL;
	j->failed = 0;
	j->events = 0;
	j->doc = *d;
	memcpy(m, d->id, idn);
	m[idn] = 0;
	j->doc.id = m;
	m += idn + 1;
	if (tn)
		memcpy(m, d->text, tn);
	m[tn] = 0;
	j->doc.text = m;
	m += tn + 1;
	if (un) {
		memcpy(m, d->url, un);
		j->doc.url = m;
		m += un;
	}
	if (sn) {
		memcpy(m, d->source, sn);
		j->doc.source = m;
		m += sn;
	}
	if (ttn) {
		memcpy(m, d->title, ttn);
		j->doc.title = m;
	}
	return 0;
}

static void explain_event(dyad_buf *b, const dyad_doc *doc, const dyad_event *e)
{
	dyad_buf_printf(b, "#   sentence %u: %.*s\n", e->sentence,
	                (int)(e->sentence_span.end - e->sentence_span.begin),
	                doc->text + e->sentence_span.begin);
	dyad_buf_printf(b, "#   verb \"%.*s\" pattern %s:%u %s\n",
	                (int)(e->verb_span.end - e->verb_span.begin), doc->text + e->verb_span.begin,
	                e->pattern_file ? e->pattern_file : "?", e->pattern_line,
	                e->pattern_text && *e->pattern_text ? e->pattern_text : "(verb default)");
	dyad_buf_printf(b, "#   source \"%.*s\" = %s (%s:%u)\n",
	                (int)(e->source_span.end - e->source_span.begin), doc->text + e->source_span.begin,
	                e->source, e->source_entry_file ? e->source_entry_file : "pronoun",
	                e->source_entry_line);
	if (strcmp(e->target, "---"))
		dyad_buf_printf(b, "#   target \"%.*s\" = %s (%s:%u)\n",
		                (int)(e->target_span.end - e->target_span.begin),
		                doc->text + e->target_span.begin, e->target,
		                e->target_entry_file ? e->target_entry_file : "pronoun", e->target_entry_line);
	dyad_buf_printf(b, "#   %s %s (quad %d, goldstein %.1f, plover %s)\n", e->code,
	                e->code_name ? e->code_name : "", e->quad, e->goldstein, e->plover ? e->plover : "");
}

static void run_job(pool *p, dyad_coder *coder, job *j)
{
	dyad_result r;
	dyad_error err;
	dyad_error_clear(&err);
	if (dyad_coder_code(coder, &j->doc, &r, &err)) {
		j->failed = 1;
		j->warning = strdup(err.msg);
		return;
	}
	if (r.first_warning)
		j->warning = strdup(r.first_warning);
	j->events = r.n_events;
	for (size_t i = 0; i < r.n_events; i++) {
		if (dyad_format_event(&j->out, p->fmt, &j->doc, &r.events[i])) {
			j->failed = 1;
			free(j->warning);
			j->warning = strdup("output buffer limit reached");
			return;
		}
		if (p->explain)
			explain_event(&j->out, &j->doc, &r.events[i]);
	}
}

/* A worker: codes the documents of the batches the main thread posts, in
 * order, going from one batch to the next without waiting for the first's
 * last documents, until told to quit. */
static void *worker(void *arg)
{
	pool *p = ((worker_arg *)arg)->p;
	dyad_coder **slot = &p->coders[((worker_arg *)arg)->k];
	int ok = *slot || !dyad_coder_new(slot, p->dict, &p->opt);
	pthread_mutex_lock(&p->mu);
	if (!ok) {
		/* (main then marks what no worker is left to code as failed) */
		p->alive--;
		pthread_cond_signal(&p->done);
		pthread_mutex_unlock(&p->mu);
		return NULL;
	}
	for (;;) {
		if (p->taking < p->posted) {
			batch *b = &p->b[p->taking % 2];
			/* (a slot holding a later batch: the one taken from is done) */
			if (b->seq != p->taking || b->next >= b->n) {
				p->taking++;
				continue;
			}
			job *j = &b->jobs[b->next++];
			pthread_mutex_unlock(&p->mu);
			run_job(p, *slot, j);
			pthread_mutex_lock(&p->mu);
			if (++b->finished == b->n)
				pthread_cond_signal(&p->done);
			continue;
		}
		if (p->quit)
			break;
		pthread_cond_wait(&p->work, &p->mu);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: dyad code [FILE...] [options]\n"
	        "  --in auto|text|jsonl|tabari|petrarch   input format (default auto)\n"
	        "  --out jsonl|tsv|tabari|phoenix|gdelt|plover   output format (default jsonl)\n"
	        "  --dict DIR | --verbs F --actors F --agents F --discards F --issues F\n"
	        "  --strict                  malformed dictionary entries are fatal\n"
	        "  --date YYYY-MM-DD         date for documents that have none\n"
	        "  --threads N               worker threads (default 1)\n"
	        "  --explain                 show sentence, pattern and actor entries per event\n"
	        "  --tabari-compat           code negated/hypothetical clauses as TABARI does\n"
	        "  --petrarch-compat         ... with PETRARCH-1's differences from TABARI\n"
	        "Reads stdin when no FILE is given; .gz files are read directly.\n");
}

/* Write a coded batch: the reader's messages met while reading it, each
 * document's warning, its events; the jobs keep their memory. */
static void write_batch(pool *p, batch *b)
{
	if (b->notes.len) {
		fwrite(b->notes.data, 1, b->notes.len, stderr);
		b->notes.len = 0;
	}
	for (size_t i = 0; i < b->n; i++) {
		job *j = &b->jobs[i];
		if (j->warning && j->doc.line)
			cli_errorf("code", "%s:%ld: document %s: %s%s", b->file, j->doc.line, j->doc.id,
			           j->failed ? "" : "warning: ", j->warning);
		else if (j->warning)
			cli_errorf("code", "%s: document %s: %s%s", b->file, j->doc.id,
			           j->failed ? "" : "warning: ", j->warning);
		if (j->failed)
			p->failed++;
		p->events += j->events;
		if (j->out.len && fwrite(j->out.data, 1, j->out.len, stdout) != j->out.len)
			p->rc = 1;
		free(j->warning);
		j->warning = NULL;
	}
	b->n = 0;
	cli_progress_update(&p->prog, p->docs, 0);
}

/* Wait until the workers have coded the batch before the one being read,
 * and write it. */
static void write_pending(pool *p)
{
	if (!p->pending)
		return;
	batch *b = &p->b[(p->filled - 1) % 2];
	pthread_mutex_lock(&p->mu);
	while (b->finished < b->n && p->alive > 0)
		pthread_cond_wait(&p->done, &p->mu);
	pthread_mutex_unlock(&p->mu);
	if (b->finished < b->n) /* no worker could start a coder */
		for (size_t i = b->next; i < b->n; i++) {
			b->jobs[i].failed = 1;
			b->jobs[i].warning = strdup("out of memory");
		}
	p->pending = 0;
	write_batch(p, b);
}

/* The batch being read is full, or its input ended: with one thread code and
 * write it; with workers post it to them and write the batch before it. */
static void hand_on(pool *p)
{
	batch *b = &p->b[p->filled % 2];
	if (!b->n)
		return;
	if (!p->workers) {
		dyad_coder **slot = &p->coders[0];
		if (!*slot && dyad_coder_new(slot, p->dict, &p->opt)) {
			for (size_t i = 0; i < b->n; i++) {
				b->jobs[i].failed = 1;
				b->jobs[i].warning = strdup("out of memory");
			}
		} else
			for (size_t i = 0; i < b->n; i++)
				run_job(p, *slot, &b->jobs[i]);
		write_batch(p, b);
		return;
	}
	pthread_mutex_lock(&p->mu);
	b->seq = p->filled;
	b->next = b->finished = 0;
	p->posted = p->filled + 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	write_pending(p);
	p->filled++;
	p->pending = 1;
}

/* A reader message: printed now, unless a batch read before it is still to
 * be written; then kept to follow that batch's messages (and printed once
 * that batch is written if many pile up). */
static void note(pool *p, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
static void note(pool *p, const char *fmt, ...)
{
	char msg[4096];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	dyad_buf *notes = &p->b[p->filled % 2].notes;
	if (p->pending && notes->len < NOTES_MAX && !dyad_buf_printf(notes, "dyad code: %s\n", msg))
		return;
	write_pending(p);
	if (notes->len) {
		fwrite(notes->data, 1, notes->len, stderr);
		notes->len = 0;
	}
	cli_errorf("code", "%s", msg);
}

static void note_error(pool *p, const dyad_error *err)
{
	char buf[1024];
	note(p, "%s", dyad_error_format(err, buf, sizeof buf));
}

int dyad_cmd_code(int argc, char **argv)
{
	cli_dict_opts dopt;
	memset(&dopt, 0, sizeof dopt);
	pool p;
	memset(&p, 0, sizeof p);
	dyad_coder_options_init(&p.opt);
	p.fmt = DYAD_OUT_JSONL;
	dyad_in_format in = DYAD_IN_AUTO;
	int threads = 1;
	const char **files = calloc((size_t)argc + 1, sizeof *files);
	size_t nfiles = 0;
	if (!files)
		return 1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int r = cli_dict_flag(&dopt, argc, argv, &i, "code");
		if (r < 0)
			goto usage_error;
		if (r > 0)
			continue;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			free(files);
			return 0;
		} else if (!strcmp(a, "--in") && i + 1 < argc) {
			if (dyad_in_format_parse(argv[++i], &in)) {
				cli_errorf("code", "unknown input format '%s'", argv[i]);
				goto usage_error;
			}
		} else if (!strcmp(a, "--out") && i + 1 < argc) {
			if (dyad_out_format_parse(argv[++i], &p.fmt)) {
				cli_errorf("code", "unknown output format '%s'", argv[i]);
				goto usage_error;
			}
		} else if (!strcmp(a, "--date") && i + 1 < argc) {
			const char *ds = argv[++i];
			p.opt.default_date = dyad_date_parse(ds, strlen(ds));
			if (p.opt.default_date < 0) {
				cli_errorf("code", "--date: cannot parse '%s' (want YYYY-MM-DD)", ds);
				goto usage_error;
			}
		} else if (!strcmp(a, "--threads") && i + 1 < argc) {
			char *end;
			long t = strtol(argv[++i], &end, 10);
			if (*end || t < 1 || t > 64) {
				cli_errorf("code", "--threads wants 1..64, got '%s'", argv[i]);
				goto usage_error;
			}
			threads = (int)t;
		} else if (!strcmp(a, "--explain")) {
			p.explain = 1;
		} else if (!strcmp(a, "--tabari-compat")) {
			p.opt.tabari_compat = 1;
		} else if (!strcmp(a, "--petrarch-compat")) {
			p.opt.petrarch_compat = 1;
		} else if (a[0] == '-' && a[1]) {
			cli_errorf("code", "unknown option '%s' (see dyad code --help)", a);
			goto usage_error;
		} else {
			files[nfiles++] = a;
		}
	}
	dyad_dict *dict = NULL;
	double t0 = cli_now();
	if (cli_dict_load(&dict, &dopt, "code")) {
		free(files);
		return 1;
	}
	double t_dict = cli_now() - t0;
	p.dict = dict;
	p.batch_docs = threads > 1 ? BATCH_DOCS : BATCH_DOCS_ONE;
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.work, NULL);
	pthread_cond_init(&p.done, NULL);
	worker_arg args[MAX_THREADS];
	if (threads > 1) {
		for (int t = 0; t < threads; t++) {
			args[t] = (worker_arg){&p, t};
			if (pthread_create(&p.tid[t], NULL, worker, &args[t]))
				break;
			p.alive++;
		}
		p.workers = p.alive;
	}
	if (!nfiles)
		files[nfiles++] = "-";
	size_t skipped = 0;
	/* a document's events are a few KB: into a file or pipe, write them in
	 * larger pieces than stdio's default (a terminal keeps its lines) */
	static char out_buf[(size_t)64 << 10];
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
	cli_progress_start(&p.prog, "documents", 0);
	if (p.fmt != DYAD_OUT_JSONL) {
		dyad_buf h = {0};
		if (!dyad_format_header(&h, p.fmt) && h.len)
			fwrite(h.data, 1, h.len, stdout);
		dyad_buf_free(&h);
	}
	for (size_t f = 0; f < nfiles; f++) {
		const char *path = strcmp(files[f], "-") ? files[f] : NULL;
		const char *name = path ? path : "<stdin>";
		dyad_reader *r = NULL;
		dyad_error err;
		dyad_error_clear(&err);
		if (dyad_reader_open(&r, path, in, &err)) {
			note_error(&p, &err);
			p.rc = 1;
			continue;
		}
		for (;;) {
			dyad_doc doc;
			int k = dyad_reader_next(r, &doc, &err);
			if (k == 0)
				break;
			if (k < 0) {
				note_error(&p, &err);
				if (err.code == DYAD_EIO || err.code == DYAD_ENOMEM)
					break;
				continue;
			}
			batch *b = &p.b[p.filled % 2];
			b->file = name;
			if (copy_doc(&b->jobs[b->n], &doc)) {
				note(&p, "out of memory");
				p.rc = 1;
				break;
			}
			b->n++;
			p.docs++;
			if (b->n == p.batch_docs)
				hand_on(&p);
		}
		/* (a batch is one input's: its messages name it) */
		hand_on(&p);
		skipped += dyad_reader_skipped(r);
		if (!dyad_reader_records(r) && !dyad_reader_skipped(r))
			note(&p, "%s: warning: no documents (empty input)", name);
		dyad_reader_close(r);
	}
	write_pending(&p);
	batch *last = &p.b[p.filled % 2];
	if (last->notes.len)
		fwrite(last->notes.data, 1, last->notes.len, stderr);
	pthread_mutex_lock(&p.mu);
	p.quit = 1;
	pthread_cond_broadcast(&p.work);
	pthread_mutex_unlock(&p.mu);
	for (int t = 0; t < p.workers; t++)
		pthread_join(p.tid[t], NULL);
	size_t docs = p.docs, events = p.events, failed = p.failed;
	int rc = p.rc;
	cli_progress_finish(&p.prog, docs, 0);
	if (fflush(stdout)) {
		cli_errorf("code", "write error on output");
		rc = 1;
	}
	if (skipped || failed) {
		cli_errorf("code", "%zu document%s coded, %zu record%s skipped, %zu document%s failed",
		           docs, docs == 1 ? "" : "s", skipped, skipped == 1 ? "" : "s", failed,
		           failed == 1 ? "" : "s");
		rc = 1;
	}
	if (getenv("DYAD_TIMING"))
		fprintf(stderr, "dictionary load %.1f ms, %zu documents, %zu events, %.3f s total\n",
		        t_dict * 1000, docs, events, cli_now() - t0);
	pthread_cond_destroy(&p.done);
	pthread_cond_destroy(&p.work);
	pthread_mutex_destroy(&p.mu);
	for (int t = 0; t < MAX_THREADS; t++)
		dyad_coder_free(p.coders[t]);
	for (int k = 0; k < 2; k++) {
		for (size_t i = 0; i < BATCH_DOCS; i++) {
			dyad_buf_free(&p.b[k].jobs[i].out);
			free(p.b[k].jobs[i].mem);
		}
		dyad_buf_free(&p.b[k].notes);
	}
	free(files);
	dyad_dict_free(dict);
	return rc;
usage_error:
	free(files);
	return 2;
}
