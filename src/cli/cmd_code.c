/* cli/cmd_code.c — `dyad code`: read documents, code them on a pool of worker
 * threads sharing one dictionary, write events in input order. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

/* Documents a batch: with several workers, enough to share out; with one,
 * a few, so that a batch's copied texts and formatted events are still in
 * the cache when they are coded and written (one write a batch either way) */
#define BATCH_DOCS 512
#define BATCH_DOCS_ONE 32

typedef struct job {
	dyad_doc doc;
	char *mem;      /* owned copy of the document strings (mem_cap bytes) */
	size_t mem_cap;
	dyad_buf out;   /* formatted events */
	char *warning;  /* coder warning or error message */
	int failed;
	size_t events;
} job;

typedef struct pool {
	const dyad_dict *dict;
	dyad_coder_options opt;
	dyad_out_format fmt;
	int explain;
	job *jobs;
	size_t n_jobs;
	size_t next;
	pthread_mutex_t mu;
	/* one coder per worker, kept from batch to batch with its word caches */
	dyad_coder *coders[64];
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

static void *worker(void *arg)
{
	pool *p = ((worker_arg *)arg)->p;
	dyad_coder **slot = &p->coders[((worker_arg *)arg)->k];
	if (!*slot && dyad_coder_new(slot, p->dict, &p->opt))
		return NULL;
	dyad_coder *coder = *slot;
	for (;;) {
		pthread_mutex_lock(&p->mu);
		size_t i = p->next++;
		pthread_mutex_unlock(&p->mu);
		if (i >= p->n_jobs)
			break;
		run_job(p, coder, &p->jobs[i]);
	}
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

static int flush_batch(pool *p, int threads, size_t *events, size_t *failed, const char *file)
{
	p->next = 0;
	worker_arg args[64];
	for (int t = 0; t < 64; t++) {
		args[t].p = p;
		args[t].k = t;
	}
	if (threads <= 1 || p->n_jobs < 2) {
		worker(&args[0]);
	} else {
		pthread_t tid[64];
		int started = 0;
		for (int t = 0; t < threads && t < 64; t++)
			if (!pthread_create(&tid[t], NULL, worker, &args[t]))
				started++;
			else
				break;
		for (int t = 0; t < started; t++)
			pthread_join(tid[t], NULL);
		if (!started)
			worker(&args[0]);
	}
	int rc = 0;
	for (size_t i = 0; i < p->n_jobs; i++) {
		job *j = &p->jobs[i];
		if (j->warning && j->doc.line)
			cli_errorf("code", "%s:%ld: document %s: %s%s", file, j->doc.line, j->doc.id,
			           j->failed ? "" : "warning: ", j->warning);
		else if (j->warning)
			cli_errorf("code", "%s: document %s: %s%s", file, j->doc.id,
			           j->failed ? "" : "warning: ", j->warning);
		if (j->failed)
			(*failed)++;
		*events += j->events;
		if (j->out.len && fwrite(j->out.data, 1, j->out.len, stdout) != j->out.len)
			rc = -1;
		/* the job's memory stays for the next batch */
		free(j->warning);
		j->warning = NULL;
	}
	p->n_jobs = 0;
	return rc;
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
	p.jobs = calloc(BATCH_DOCS, sizeof *p.jobs);
	if (!p.jobs) {
		free(files);
		dyad_dict_free(dict);
		return 1;
	}
	pthread_mutex_init(&p.mu, NULL);
	if (!nfiles)
		files[nfiles++] = "-";
	size_t docs = 0, events = 0, skipped = 0, failed = 0;
	size_t batch = threads > 1 ? BATCH_DOCS : BATCH_DOCS_ONE;
	int rc = 0;
	/* a document's events are a few KB: into a file or pipe, write them in
	 * larger pieces than stdio's default (a terminal keeps its lines) */
	static char out_buf[(size_t)64 << 10];
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
	cli_progress prog;
	cli_progress_start(&prog, "documents", 0);
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
			cli_report("code", &err);
			rc = 1;
			continue;
		}
		for (;;) {
			dyad_doc doc;
			int k = dyad_reader_next(r, &doc, &err);
			if (k == 0)
				break;
			if (k < 0) {
				cli_report("code", &err);
				if (err.code == DYAD_EIO || err.code == DYAD_ENOMEM)
					break;
				continue;
			}
			if (copy_doc(&p.jobs[p.n_jobs], &doc)) {
				cli_errorf("code", "out of memory");
				rc = 1;
				break;
			}
			p.n_jobs++;
			docs++;
			if (p.n_jobs == batch) {
				if (flush_batch(&p, threads, &events, &failed, name))
					rc = 1;
				cli_progress_update(&prog, docs, 0);
			}
		}
		if (p.n_jobs && flush_batch(&p, threads, &events, &failed, name))
			rc = 1;
		skipped += dyad_reader_skipped(r);
		if (!dyad_reader_records(r) && !dyad_reader_skipped(r))
			cli_errorf("code", "%s: warning: no documents (empty input)", name);
		dyad_reader_close(r);
	}
	cli_progress_finish(&prog, docs, 0);
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
	pthread_mutex_destroy(&p.mu);
	for (int t = 0; t < 64; t++)
		dyad_coder_free(p.coders[t]);
	for (size_t i = 0; i < BATCH_DOCS; i++) {
		dyad_buf_free(&p.jobs[i].out);
		free(p.jobs[i].mem);
	}
	free(p.jobs);
	free(files);
	dyad_dict_free(dict);
	return rc;
usage_error:
	free(files);
	return 2;
}
