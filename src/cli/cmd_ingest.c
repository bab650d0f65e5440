/* cli/cmd_ingest.c — `dyad ingest`: read documents, skip those already stored
 * with the same content and coder version, code the rest and store documents
 * and events (SQLite file or PostgreSQL URL) in batched transactions. A kill
 * at any moment loses at most the open batch, which the next run redoes. */
#include "cli/cli.h"

#include <dirent.h>
#include <dyad/store.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/hash.h"

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

/* One input: 0 ok (or stopped), -1 store failure (already reported). */
static int ingest_input(const char *path, dyad_in_format in, dyad_store *s, dyad_coder *coder,
                        const char *version, totals *t, const char *cmd)
{
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
		if (has) {
			t->skipped++;
			progress(t, 0);
			continue;
		}
		dyad_result res;
		if (dyad_coder_code(coder, &doc, &res, &err) < 0) {
			/* a document the coder cannot handle is reported, not stored: a
			 * later dyad may code it */
			if (!err.file)
				err.file = path ? path : "<stdin>";
			cli_report(cmd, &err);
			t->bad++;
			continue;
		}
		if (dyad_store_put(s, &doc, version, res.events, res.n_events, &err) < 0) {
			cli_report(cmd, &err);
			rc = -1;
			break;
		}
		t->docs++;
		t->events += res.n_events;
		progress(t, 0);
	}
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
	int quiet = 0;
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
			    strcmp(a, "--coder-version")) {
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
	dyad_coder *coder = NULL;
	if (cli_dict_load(&dict, &dopts, cmd) < 0) {
		dyad_store_free(s);
		goto out;
	}
	if (dyad_coder_new(&coder, dict, &copt) < 0) {
		cli_errorf(cmd, "cannot create a coder (out of memory)");
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
		rc = ingest_input(files[i], in, s, coder, version, &t, cmd);
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
	dyad_coder_free(coder);
	dyad_dict_free(dict);
	if (!quiet) {
		double el = cli_now() - t.start;
		fprintf(stderr,
		        "dyad ingest: %llu documents coded and stored, %llu events, %llu unchanged, "
		        "%llu bad, %.2f s (%.0f documents/s, %.0f events/s)%s\n",
		        t.docs, t.events, t.skipped, t.bad, el, el > 0 ? (double)t.docs / el : 0,
		        el > 0 ? (double)t.events / el : 0, rc ? " -- the open batch was rolled back" : "");
	}
	status = rc ? 1 : stop_requested ? 130 : 0;
out:
	free(files);
	return status;
}
