/* cli/cmd_validate.c — `dyad validate SUITE...`: run TABARI's Validate.project
 * or PETRARCH's validation XML against dyad. Each record's text is coded with
 * its date under tabari_compat and the set of (source, target, code) events is
 * compared with the record's expectations; failures are printed with text,
 * expected and got, then a table of results by category and the totals
 * ("validate: N passed, N failed") that tests/conformance compares with its
 * baseline. Option commands met mid-suite rebuild the dictionary, since the
 * options live in it. */
#include "cli/cli.h"
#include "cli/validate.h"

#include <stdlib.h>
#include <string.h>

typedef struct opts {
	int verbose, list;
	const char *only;
} opts;

typedef struct catstat {
	const char *name;
	size_t tested, passed, failed, skipped;
} catstat;

typedef struct totals {
	size_t tested, passed, failed, skipped, options, matched_only;
} totals;

/* A coded event reduced to what is compared. Strings point into the coder's
 * result and are valid until the next record is coded. */
typedef struct gotev {
	const char *source, *target, *code;
	int32_t date;
} gotev;

typedef struct diagctx {
	int verbose;
	int quiet;    /* rebuilds after the first repeat its warnings */
	size_t count; /* entries the first build skipped */
} diagctx;

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: dyad validate SUITE... [--verbose] [--only ID] [--list]\n"
	        "\n"
	        "SUITE is a TABARI .project file (e.g. Validate.project, which names its\n"
	        "dictionaries and text file) or a PETRARCH validation XML (e.g.\n"
	        "PETR.UnitTest.records.xml, whose <Environment> names its dictionaries).\n"
	        "\n"
	        "  --verbose   also print passing records and dictionary warnings\n"
	        "  --only ID   run only the records whose id is ID (or ID* for a prefix);\n"
	        "              option records before them still apply\n"
	        "  --list      print the parsed records and expectations; code nothing\n"
	        "\n"
	        "Exit status: 0 all run records passed, 1 some failed, 2 error.\n");
}

static void diag(const dyad_error *problem, void *payload)
{
	diagctx *dc = payload;
	if (dc->quiet)
		return;
	dc->count++;
	if (dc->verbose) {
		char buf[1024];
		fprintf(stderr, "dyad validate: warning: %s\n",
		        dyad_error_format(problem, buf, sizeof buf));
	}
}

static int is_petrarch(const char *path)
{
	size_t n = strlen(path);
	if (n >= 4 && !strcmp(path + n - 4, ".xml"))
		return 1;
	if (n >= 8 && !strcmp(path + n - 8, ".project"))
		return 0;
	/* otherwise sniff: the PETRARCH suite is XML */
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	int c;
	while ((c = fgetc(f)) != EOF && (c == ' ' || c == '\t' || c == '\r' || c == '\n'))
		;
	fclose(f);
	return c == '<';
}

static int build_dict(dyad_dict **out, const dyad_vsuite *s, size_t n_cmds, diagctx *dc,
                      dyad_error *err)
{
	*out = NULL;
	dyad_dict_builder *b = NULL;
	int rc = dyad_dict_builder_new(&b);
	if (rc < 0)
		return dyad_error_set(err, rc, s->path, 0, "cannot create a dictionary builder");
	dyad_dict_builder_set_strict(b, 0);
	dyad_dict_builder_set_diag(b, diag, dc);
	/* verbs last: their patterns may name synsets and agents read before */
	for (int pass = 0; pass < 2 && !rc; pass++)
		for (size_t i = 0; i < s->n_files && !rc; i++)
			if ((pass == 1) == (s->files[i].kind == DYAD_DICT_VERBS))
				rc = dyad_dict_builder_add_file(b, s->files[i].kind, s->files[i].path, err);
	for (size_t i = 0; i < n_cmds && !rc; i++)
		rc = dyad_dict_builder_add_text(b, DYAD_DICT_OPTIONS, s->path, s->cmds[i],
		                                strlen(s->cmds[i]), err);
	if (!rc)
		rc = dyad_dict_builder_finish(out, b, err);
	dyad_dict_builder_free(b);
	return rc;
}

static int only_matches(const char *only, const char *id)
{
	size_t n = strlen(only);
	if (n && only[n - 1] == '*')
		return !strncmp(id, only, n - 1);
	if (!strcmp(id, only))
		return 1;
	/* an id like "950101 AGENTS-11" also answers to its last word */
	const char *sp = strrchr(id, ' ');
	return sp && !strcmp(sp + 1, only);
}

static catstat *cat_get(catstat **cats, size_t *n, size_t *cap, const char *name)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*cats)[i].name, name))
			return &(*cats)[i];
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 32;
		catstat *p = realloc(*cats, ncap * sizeof *p);
		if (!p)
			return NULL;
		*cats = p;
		*cap = ncap;
	}
	catstat *c = &(*cats)[(*n)++];
	memset(c, 0, sizeof *c);
	c->name = name;
	return c;
}

static int cmp_cat(const void *a, const void *b)
{
	const catstat *x = a, *y = b;
	if (x->failed != y->failed)
		return x->failed < y->failed ? 1 : -1;
	if (x->tested != y->tested)
		return x->tested < y->tested ? 1 : -1;
	return strcmp(x->name, y->name);
}

static void print_text(const char *label, const char *t)
{
	/* one line: the suites wrap their texts */
	printf("  %-9s ", label);
	int sp = 0;
	for (; *t; t++) {
		int ws = *t == ' ' || *t == '\n' || *t == '\t' || *t == '\r';
		if (ws) {
			sp = 1;
			continue;
		}
		if (sp)
			putchar(' ');
		sp = 0;
		putchar(*t);
	}
	putchar('\n');
}

static void print_expected(const dyad_vsuite *s, const dyad_vrecord *r)
{
	printf("  %-9s", "expected:");
	if (r->special)
		printf(" {%s}%s", r->special, r->n_expect ? " or" : "");
	for (size_t i = 0; i < r->n_expect; i++) {
		const dyad_vexpect *e = &s->expects[r->expect_first + i];
		printf(" { %s / %s / %s }", e->source, e->target, e->code);
		if (r->check_dates && e->date)
			printf(" %08ld", (long)e->date);
	}
	if (r->partial)
		printf(" (further events not checked)");
	if (!r->special && !r->n_expect && !r->partial)
		printf(" (nothing)");
	putchar('\n');
}

static void print_got(const dyad_vrecord *r, const gotev *g, size_t n, size_t dropped)
{
	printf("  %-9s", "got:");
	if (!n)
		printf(" no events");
	for (size_t i = 0; i < n; i++) {
		printf(" { %s / %s / %s }", g[i].source, g[i].target, g[i].code);
		if (r->check_dates)
			printf(" %08ld", (long)g[i].date);
	}
	if (dropped)
		printf(" (+%zu with a \"---\" actor, dropped as require_dyad does)", dropped);
	putchar('\n');
}

static int same(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* Does the coded event answer the expectation? */
static int ev_match(const dyad_vrecord *r, const dyad_vexpect *e, const gotev *g)
{
	return same(e->source, g->source) && same(e->target, g->target) &&
	       same(e->code, g->code) && (!r->check_dates || !e->date || e->date == g->date);
}

/* Compare coded events with the expectations (see tests/conformance/README.md). */
static int judge(const dyad_vsuite *s, const dyad_vrecord *r, const gotev *g, size_t n)
{
	if (r->expect_none && n == 0)
		return 1;
	if (!r->n_expect)
		return r->partial && !r->expect_none;
	const dyad_vexpect *ex = &s->expects[r->expect_first];
	for (size_t i = 0; i < r->n_expect; i++) {
		size_t j = 0;
		while (j < n && !ev_match(r, &ex[i], &g[j]))
			j++;
		if (j == n)
			return 0;
	}
	if (r->partial)
		return 1;
	for (size_t j = 0; j < n; j++) {
		size_t i = 0;
		while (i < r->n_expect &&
		       !(same(ex[i].source, g[j].source) && same(ex[i].target, g[j].target) &&
		         same(ex[i].code, g[j].code)))
			i++;
		if (i == r->n_expect)
			return 0;
	}
	return 1;
}

static void list_record(const dyad_vsuite *s, const dyad_vrecord *r)
{
	static const char *const kinds[] = {"TEST", "OPTION", "SKIP"};
	printf("%-6s %s  %s:%lu  [%s]  date %08ld\n", kinds[r->kind], r->id, s->records_path,
	       (unsigned long)r->line,
	       r->category, (long)r->date);
	for (size_t i = 0; i < r->n_cmd; i++)
		printf("  option:   %s\n", s->cmds[r->cmd_first + i]);
	if (r->kind == DYAD_VREC_OPTION)
		return;
	if (s->kind == DYAD_VSUITE_PETRARCH && !r->require_dyad)
		printf("  config:   require_dyad = false\n");
	print_text("text:", r->text);
	print_expected(s, r);
	if (r->kind == DYAD_VREC_SKIP)
		printf("  skipped:  %s\n", r->skip_reason);
}

/* The texts of the record's FORWARD chain and then its own, one sentence
 * group per line; *offset is where the record's own text starts. */
static int with_context(dyad_buf *b, const dyad_vsuite *s, const dyad_vrecord *r,
                        size_t *offset)
{
	b->len = 0;
	for (size_t i = 0; i < r->n_context; i++) {
		const dyad_vrecord *c = &s->records[r->context_first + i];
		if (dyad_buf_append(b, c->text, c->text_len) < 0 || dyad_buf_append(b, "\n", 1) < 0)
			return DYAD_ENOMEM;
	}
	*offset = b->len;
	if (dyad_buf_append(b, r->text, r->text_len) < 0)
		return DYAD_ENOMEM;
	return 0;
}

/* Run one suite; adds to *all. Returns 0, or 2 on an error already reported. */
static int run_suite(const char *path, const opts *o, totals *all)
{
	dyad_vsuite s;
	dyad_error err;
	dyad_error_clear(&err);
	int petr = is_petrarch(path);
	int rc = petr ? dyad_validate__petrarch_load(&s, path, &err)
	              : dyad_validate__tabari_load(&s, path, &err);
	if (rc < 0) {
		cli_report("validate", &err);
		dyad_validate__suite_free(&s);
		return 2;
	}
	totals t = {0, 0, 0, 0, 0, 0};
	catstat *cats = NULL;
	size_t n_cats = 0, cap_cats = 0;
	gotev *got = NULL;
	size_t cap_got = 0;
	dyad_dict *dict = NULL;
	dyad_coder *coder = NULL;
	size_t built_cmds = (size_t)-1;
	diagctx dc = {o->verbose, 0, 0};
	dyad_buf story = {NULL, 0, 0, DYAD_VALIDATE_MAX_FILE};
	int status = 0;

	for (size_t ri = 0; ri < s.n_records && status == 0; ri++) {
		const dyad_vrecord *r = &s.records[ri];
		if (o->list) {
			if (!o->only || only_matches(o->only, r->id))
				list_record(&s, r);
			continue;
		}
		int wanted = !o->only || only_matches(o->only, r->id);
		if (r->kind == DYAD_VREC_OPTION) {
			/* always applied; counted when asked for */
			t.options += wanted;
			t.matched_only += wanted;
			continue;
		}
		if (!wanted)
			continue;
		t.matched_only++;
		catstat *c = cat_get(&cats, &n_cats, &cap_cats, r->category);
		if (!c) {
			cli_errorf("validate", "out of memory");
			status = 2;
			break;
		}
		if (r->kind == DYAD_VREC_SKIP) {
			t.skipped++;
			c->skipped++;
			if (o->verbose)
				printf("SKIP %s  %s:%lu  %s\n", r->id, s.records_path, (unsigned long)r->line,
				       r->skip_reason);
			continue;
		}
		size_t want = r->cmd_first + r->n_cmd;
		if (want != built_cmds) {
			dyad_coder_free(coder);
			dyad_dict_free(dict);
			coder = NULL;
			dict = NULL;
			dc.quiet = built_cmds != (size_t)-1;
			if (build_dict(&dict, &s, want, &dc, &err) < 0) {
				cli_report("validate", &err);
				status = 2;
				break;
			}
			dyad_coder_options copts;
			dyad_coder_options_init(&copts);
			copts.tabari_compat = 1;
			copts.petrarch_compat = s.kind == DYAD_VSUITE_PETRARCH;
			if (dyad_coder_new(&coder, dict, &copts) < 0) {
				cli_errorf("validate", "cannot create a coder");
				status = 2;
				break;
			}
			built_cmds = want;
		}
		dyad_doc doc;
		memset(&doc, 0, sizeof doc);
		doc.id = r->id;
		doc.id_len = strlen(r->id);
		doc.text = r->text;
		doc.text_len = r->text_len;
		doc.date = r->date;
		size_t offset = 0;
		if (r->n_context) {
			if (with_context(&story, &s, r, &offset) < 0) {
				cli_errorf("validate", "out of memory");
				status = 2;
				break;
			}
			doc.text = story.data;
			doc.text_len = story.len;
		}
		dyad_result res;
		memset(&res, 0, sizeof res);
		dyad_error_clear(&err);
		int crc = dyad_coder_code(coder, &doc, &res, &err);
		size_t n_got = 0, dropped = 0;
		if (crc == 0 && res.n_events > cap_got) {
			gotev *p = realloc(got, res.n_events * sizeof *p);
			if (!p) {
				cli_errorf("validate", "out of memory");
				status = 2;
				break;
			}
			got = p;
			cap_got = res.n_events;
		}
		for (size_t i = 0; crc == 0 && i < res.n_events; i++) {
			const dyad_event *ev = &res.events[i];
			if (ev->verb_span.begin < offset)
				continue; /* an event of an earlier sentence of the story */
			if (r->require_dyad && (same(ev->source, "---") || same(ev->target, "---"))) {
				dropped++;
				continue;
			}
			size_t j = 0;
			while (j < n_got &&
			       !(same(got[j].source, ev->source) && same(got[j].target, ev->target) &&
			         same(got[j].code, ev->code) && got[j].date == ev->date))
				j++;
			if (j < n_got)
				continue; /* the same event coded twice counts once */
			got[n_got].source = ev->source;
			got[n_got].target = ev->target;
			got[n_got].code = ev->code;
			got[n_got].date = ev->date;
			n_got++;
		}
		int pass = crc == 0 && judge(&s, r, got, n_got);
		t.tested++;
		c->tested++;
		if (pass) {
			t.passed++;
			c->passed++;
		} else {
			t.failed++;
			c->failed++;
		}
		if (!pass || o->verbose) {
			printf("%s %s  %s:%lu\n", pass ? "PASS" : "FAIL", r->id,
			       s.records_path, (unsigned long)r->line);
			print_text("text:", r->text);
			if (r->n_context)
				printf("  %-9s coded after %zu earlier sentence%s of the story (FORWARD)\n",
				       "context:", r->n_context, r->n_context == 1 ? "" : "s");
			print_expected(&s, r);
			if (crc == 0) {
				print_got(r, got, n_got, dropped);
			} else {
				char buf[1024];
				printf("  %-9s error: %s\n", "got:", dyad_error_format(&err, buf, sizeof buf));
			}
		}
	}

	if (status == 0 && !o->list) {
		if (o->only && !t.matched_only) {
			cli_errorf("validate", "%s: no record with id %s", path, o->only);
			status = 2;
		} else {
			qsort(cats, n_cats, sizeof *cats, cmp_cat);
			printf("\n%s results by category (most failures first):\n", s.name);
			printf("  %-16s %7s %7s %7s %7s\n", "category", "tested", "passed", "failed",
			       "skipped");
			for (size_t i = 0; i < n_cats; i++)
				printf("  %-16s %7zu %7zu %7zu %7zu\n", cats[i].name, cats[i].tested,
				       cats[i].passed, cats[i].failed, cats[i].skipped);
			printf("%s: %zu passed, %zu failed, %zu skipped of %zu records", s.name,
			       t.passed, t.failed, t.skipped, t.tested + t.skipped + t.options);
			if (t.options)
				printf(" (%zu option records)", t.options);
			if (s.end_id)
				printf("; stopped at %s, %zu records after it not run", s.end_id,
				       s.n_after_end);
			if (dc.count)
				printf("; %zu dictionary entries skipped", dc.count);
			printf("\n");
		}
	}
	all->tested += t.tested;
	all->passed += t.passed;
	all->failed += t.failed;
	all->skipped += t.skipped;
	all->options += t.options;
	free(cats);
	free(got);
	dyad_buf_free(&story);
	dyad_coder_free(coder);
	dyad_dict_free(dict);
	dyad_validate__suite_free(&s);
	return status;
}

int dyad_cmd_validate(int argc, char **argv)
{
	opts o = {0, 0, NULL};
	const char **suites = calloc((size_t)argc + 1, sizeof *suites);
	size_t n = 0;
	if (!suites) {
		cli_errorf("validate", "out of memory");
		return 2;
	}
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			free(suites);
			return 0;
		} else if (!strcmp(a, "--verbose") || !strcmp(a, "-v")) {
			o.verbose = 1;
		} else if (!strcmp(a, "--list")) {
			o.list = 1;
		} else if (!strcmp(a, "--only") && i + 1 < argc) {
			o.only = argv[++i];
		} else if (!strncmp(a, "--only=", 7)) {
			o.only = a + 7;
		} else if (a[0] == '-' && a[1]) {
			cli_errorf("validate", "unknown option '%s'", a);
			usage(stderr);
			free(suites);
			return 2;
		} else {
			suites[n++] = a;
		}
	}
	if (!n) {
		usage(stderr);
		free(suites);
		return 2;
	}
	totals all = {0, 0, 0, 0, 0, 0};
	int status = 0;
	for (size_t i = 0; i < n && status == 0; i++)
		status = run_suite(suites[i], &o, &all);
	free(suites);
	if (status)
		return status;
	if (!o.list)
		printf("validate: %zu passed, %zu failed\n", all.passed, all.failed);
	fflush(stdout);
	return all.failed ? 1 : 0;
}
