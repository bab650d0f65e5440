/* tests/unit/test_spec.c — the .spec files of tests/spec through the library:
 * dyad_dict_load_dir on dict/, dyad_coder_code on each case, sets compared as
 * tests/spec/run-spec.sh compares them (format and rules: tests/spec/README.md).
 * Passes when the number of passing cases is at least tests/spec/baseline.
 * The repository root is $DYAD_SRCDIR, else the nearest directory at or above
 * the working directory holding tests/spec/baseline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <dyad/dyad.h>

#define MAX_SPEC_FILE ((size_t)16 << 20)

typedef struct spec_case {
	char *id, *file, *text;
	int32_t date;
	int root_level;
	int none;
	char **expect; /* canonical keys */
	size_t n_expect;
	char **raw;    /* expect lines as written */
	size_t n_raw;  /* n_expect shrinks when duplicate keys are dropped */
} spec_case;

typedef struct spec_set {
	spec_case *cases;
	size_t n, cap;
	char problem[512]; /* first format error, "" if none */
} spec_set;

static char *xstrndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	assert_non_null(p);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

/* "SRC CODE TGT" as compared: 04x and 057 in either direction (sorted pair),
 * root level keeps 3-character countries and the 2-digit root. */
static char *canon(const char *src, const char *code, const char *tgt, int root_level)
{
	char s[4], t[4], c[3];
	int sym = (code[0] == '0' && code[1] == '4') || !strcmp(code, "057");
	if (root_level) {
		snprintf(s, sizeof s, "%.3s", src);
		snprintf(t, sizeof t, "%.3s", tgt);
		snprintf(c, sizeof c, "%.2s", code);
		src = s;
		tgt = t;
		code = c;
	}
	if (sym && strcmp(tgt, src) < 0) {
		const char *x = src;
		src = tgt;
		tgt = x;
	}
	size_t n = strlen(src) + strlen(code) + strlen(tgt) + 3;
	char *k = malloc(n);
	assert_non_null(k);
	snprintf(k, n, "%s %s %s", src, code, tgt);
	return k;
}

static int valid_actor(const char *s)
{
	if (!strcmp(s, "---"))
		return 1;
	for (int i = 0; i < 3; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	return 1;
}

static int valid_code(const char *s)
{
	size_t n = strlen(s);
	if (n < 2 || n > 4)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static void problem(spec_set *set, const char *file, long line, const char *msg, const char *arg)
{
	if (!set->problem[0])
		snprintf(set->problem, sizeof set->problem, "%s:%ld: %s%s", file, line, msg, arg);
}

/* Canonical keys depend on the level, which may come after the expect lines. */
static void finish_case(spec_set *set, spec_case *c, const char *file, long line)
{
	if (!c->id)
		return;
	if (!c->text)
		problem(set, file, line, "case has no text: ", c->id);
	if (!c->n_expect && !c->none)
		problem(set, file, line, "case has no expect line: ", c->id);
	if (c->none && c->n_expect)
		problem(set, file, line, "expect none mixed with events: ", c->id);
	for (size_t i = 0; i < c->n_expect; i++) {
		char src[64], code[16], tgt[64], extra[2];
		if (sscanf(c->raw[i], "%63s %15s %63s %1s", src, code, tgt, extra) != 3 ||
		    !valid_actor(src) || !valid_code(code) || !valid_actor(tgt)) {
			problem(set, file, line, "bad expect line: ", c->raw[i]);
			c->expect[i] = xstrndup("", 0);
			continue;
		}
		c->expect[i] = canon(src, code, tgt, c->root_level);
	}
	for (size_t i = 0; i < set->n; i++)
		if (!strcmp(set->cases[i].id, c->id))
			problem(set, file, line, "duplicate id ", c->id);
	if (set->n == set->cap) {
		set->cap = set->cap ? set->cap * 2 : 256;
		set->cases = realloc(set->cases, set->cap * sizeof *set->cases);
		assert_non_null(set->cases);
	}
	set->cases[set->n++] = *c;
	memset(c, 0, sizeof *c);
}

static const char *after(const char *line, const char *prefix)
{
	size_t n = strlen(prefix);
	if (strncmp(line, prefix, n))
		return NULL;
	line += n;
	while (*line == ' ' || *line == '\t')
		line++;
	return line;
}

/* Parse one spec text (NUL-terminated, modified in place). */
static void parse_spec(spec_set *set, const char *file, char *text)
{
	spec_case c;
	memset(&c, 0, sizeof c);
	long lineno = 0;
	for (char *line = text, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		lineno++;
		size_t n = strlen(line);
		while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
			line[--n] = 0;
		const char *v, *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p || *p == '#')
			continue;
		if ((v = after(line, "=== id:"))) {
			finish_case(set, &c, file, lineno);
			c.id = xstrndup(v, strlen(v));
			c.file = xstrndup(file, strlen(file));
			c.date = 20240601;
			if (!*v)
				problem(set, file, lineno, "empty id", "");
		} else if (!strcmp(line, "---")) {
			finish_case(set, &c, file, lineno);
		} else if (!c.id) {
			problem(set, file, lineno, "text outside a case: ", line);
		} else if ((v = after(line, "date:"))) {
			c.date = dyad_date_parse(v, strlen(v));
			if (c.date < 0)
				problem(set, file, lineno, "bad date ", v);
		} else if ((v = after(line, "text:"))) {
			if (c.text) { /* several text lines make one document */
				size_t a = strlen(c.text), b = strlen(v);
				char *t = realloc(c.text, a + b + 2);
				assert_non_null(t);
				t[a] = ' ';
				memcpy(t + a + 1, v, b + 1);
				c.text = t;
			} else {
				c.text = xstrndup(v, strlen(v));
			}
		} else if ((v = after(line, "level:"))) {
			if (!strcmp(v, "root"))
				c.root_level = 1;
			else if (strcmp(v, "exact"))
				problem(set, file, lineno, "bad level ", v);
		} else if (after(line, "note:")) {
			continue;
		} else if ((v = after(line, "expect:"))) {
			if (!strcmp(v, "none")) {
				c.none = 1;
				continue;
			}
			c.raw = realloc(c.raw, (c.n_expect + 1) * sizeof *c.raw);
			c.expect = realloc(c.expect, (c.n_expect + 1) * sizeof *c.expect);
			assert_true(c.raw && c.expect);
			c.raw[c.n_expect] = xstrndup(v, strlen(v));
			c.expect[c.n_expect++] = NULL;
			c.n_raw = c.n_expect;
		} else {
			problem(set, file, lineno, "unknown line: ", line);
		}
	}
	finish_case(set, &c, file, lineno);
}

static void free_set(spec_set *set)
{
	for (size_t i = 0; i < set->n; i++) {
		spec_case *c = &set->cases[i];
		for (size_t j = 0; j < c->n_expect; j++)
			free(c->expect[j]);
		for (size_t j = 0; j < c->n_raw; j++)
			free(c->raw[j]);
		free(c->expect);
		free(c->raw);
		free(c->id);
		free(c->file);
		free(c->text);
	}
	free(set->cases);
	memset(set, 0, sizeof *set);
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = malloc(MAX_SPEC_FILE + 1);
	assert_non_null(buf);
	size_t n = fread(buf, 1, MAX_SPEC_FILE + 1, f);
	fclose(f);
	assert_true(n <= MAX_SPEC_FILE); /* a spec file over 16 MiB is a mistake */
	buf[n] = 0;
	return buf;
}

static int is_spec(const struct dirent *d)
{
	size_t n = strlen(d->d_name);
	return n > 5 && !strcmp(d->d_name + n - 5, ".spec");
}

/* Repository root: $DYAD_SRCDIR, or the nearest directory with tests/spec/baseline. */
static int find_root(char *out, size_t cap)
{
	const char *env = getenv("DYAD_SRCDIR");
	if (env && *env) {
		snprintf(out, cap, "%s", env);
		return 0;
	}
	char cwd[4096];
	if (!getcwd(cwd, sizeof cwd))
		return -1;
	for (;;) {
		char probe[4200];
		snprintf(probe, sizeof probe, "%s/tests/spec/baseline", cwd);
		if (access(probe, R_OK) == 0) {
			snprintf(out, cap, "%s", cwd);
			return 0;
		}
		char *slash = strrchr(cwd, '/');
		if (!slash || slash == cwd)
			return -1;
		*slash = 0;
	}
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sort and drop duplicates; returns the new count. */
static size_t uniq(char **keys, size_t n)
{
	if (n < 2)
		return n;
	qsort(keys, n, sizeof *keys, cmp_key);
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		if (m && !strcmp(keys[m - 1], keys[i])) {
			free(keys[i]);
			continue;
		}
		keys[m++] = keys[i];
	}
	return m;
}

static int same_sets(char **a, size_t na, char **b, size_t nb)
{
	if (na != nb)
		return 0;
	for (size_t i = 0; i < na; i++)
		if (strcmp(a[i], b[i]))
			return 0;
	return 1;
}

static void count_diag(const dyad_error *p, void *payload)
{
	(void)p;
	(*(size_t *)payload)++;
}

/* The parser and the comparison rules on an inline spec. */
static void test_parser(void **state)
{
	char text[] = "# comment\n"
	              "=== id: t-1\n"
	              "date: 2023-03-16\n"
	              "text: The Japanese prime minister and the South Korean president\n"
	              "text: held talks in Tokyo.\n"
	              "expect: KORGOV 046 JPNGOV\n"
	              "note: either direction\n"
	              "---\n"
	              "=== id: t-2\n"
	              "text: Russia invaded Ukraine.\n"
	              "level: root\n"
	              "expect: RUS 190 UKR\n"
	              "expect: RUS 195 UKR\n"
	              "---\n"
	              "=== id: t-3\n"
	              "text: Spain beat England.\n"
	              "expect: none\n"
	              "---\n";
	spec_set set;
	memset(&set, 0, sizeof set);
	parse_spec(&set, "inline", text);
	assert_string_equal(set.problem, "");
	assert_int_equal(set.n, 3);
	assert_string_equal(set.cases[0].text,
	                    "The Japanese prime minister and the South Korean president held talks in Tokyo.");
	assert_int_equal(set.cases[0].date, 20230316);
	assert_string_equal(set.cases[0].expect[0], "JPNGOV 046 KORGOV");
	assert_int_equal(set.cases[1].date, 20240601);
	assert_true(set.cases[1].root_level);
	set.cases[1].n_expect = uniq(set.cases[1].expect, set.cases[1].n_expect);
	assert_int_equal(set.cases[1].n_expect, 1);
	assert_string_equal(set.cases[1].expect[0], "RUS 19 UKR");
	assert_true(set.cases[2].none);
	free_set(&set);

	char bad[] = "=== id: b-1\ntext: x\nexpect: RUS 19x UKR\n---\n";
	parse_spec(&set, "inline", bad);
	assert_non_null(strstr(set.problem, "bad expect line"));
	free_set(&set);
}

static void test_spec_cases(void **state)
{
	char root[4096], path[4400];
	if (find_root(root, sizeof root) < 0) {
		print_message("spec: skipped: no tests/spec/baseline at or above the working directory "
		              "(set DYAD_SRCDIR)\n");
		skip();
	}
	snprintf(path, sizeof path, "%s/tests/spec/baseline", root);
	char *b = read_all(path);
	long baseline = b ? strtol(b, NULL, 10) : 0;
	free(b);

	/* the cases */
	spec_set set;
	memset(&set, 0, sizeof set);
	snprintf(path, sizeof path, "%s/tests/spec", root);
	struct dirent **names = NULL;
	int nn = scandir(path, &names, is_spec, alphasort);
	assert_true(nn > 0);
	for (int i = 0; i < nn; i++) {
		char file[4700];
		snprintf(file, sizeof file, "%s/%s", path, names[i]->d_name);
		char *text = read_all(file);
		assert_non_null(text);
		parse_spec(&set, names[i]->d_name, text);
		free(text);
		free(names[i]);
	}
	free(names);
	if (set.problem[0])
		fail_msg("malformed spec: %s", set.problem);

	/* the dictionary */
	dyad_dict *dict = NULL;
	dyad_error err;
	size_t skipped = 0;
	snprintf(path, sizeof path, "%s/dict", root);
	if (dyad_dict_load_dir(&dict, path, 0, count_diag, &skipped, &err) < 0) {
		char buf[1024];
		print_message("spec: cannot load %s: %s\n", path, dyad_error_format(&err, buf, sizeof buf));
		free_set(&set);
		if (baseline > 0)
			fail_msg("dictionary failed to load; baseline is %ld", baseline);
		skip();
	}
	dyad_coder_options opts;
	dyad_coder_options_init(&opts);
	dyad_coder *coder = NULL;
	assert_int_equal(dyad_coder_new(&coder, dict, &opts), 0);

	size_t passed = 0, failed = 0, negatives = 0, negative_events = 0;
	for (size_t i = 0; i < set.n; i++) {
		spec_case *c = &set.cases[i];
		dyad_doc doc = {0};
		doc.id = c->id;
		doc.id_len = strlen(c->id);
		doc.text = c->text;
		doc.text_len = strlen(c->text);
		doc.date = c->date;
		dyad_result res;
		memset(&res, 0, sizeof res);
		int rc = dyad_coder_code(coder, &doc, &res, &err);
		size_t ng = 0;
		char **got = calloc(res.n_events + 1, sizeof *got);
		assert_non_null(got);
		if (rc == 0)
			for (size_t e = 0; e < res.n_events; e++) {
				const dyad_event *ev = &res.events[e];
				got[ng++] = canon(ev->source ? ev->source : "---", ev->code,
				                  ev->target && *ev->target ? ev->target : "---",
				                  c->root_level);
			}
		if (c->none) {
			negatives++;
			negative_events += ng;
		}
		ng = uniq(got, ng);
		c->n_expect = uniq(c->expect, c->n_expect);
		if (rc == 0 && same_sets(c->expect, c->n_expect, got, ng)) {
			passed++;
		} else {
			failed++;
			print_message("FAIL %s%s\n  text: %s\n  expected:", c->id,
			              c->root_level ? " (level root)" : "", c->text);
			for (size_t j = 0; j < c->n_expect; j++)
				print_message("\n      %s", c->expect[j]);
			print_message("%s\n  got:", c->n_expect ? "" : " none");
			if (rc < 0) {
				char buf[1024];
				print_message(" error: %s", dyad_error_format(&err, buf, sizeof buf));
			}
			for (size_t j = 0; j < ng; j++)
				print_message("\n      %s", got[j]);
			print_message("%s\n", ng || rc < 0 ? "" : " none");
		}
		for (size_t j = 0; j < ng; j++)
			free(got[j]);
		free(got);
	}
	print_message("spec: %zu passed, %zu failed, events per 1,000 negative sentences %.1f "
	              "(library; %zu dictionary entries skipped)\n",
	              passed, failed,
	              negatives ? (double)negative_events * 1000.0 / (double)negatives : 0.0,
	              skipped);
	dyad_coder_free(coder);
	dyad_dict_free(dict);
	free_set(&set);
	if ((long)passed < baseline)
		fail_msg("spec: %zu passed, below the baseline %ld", passed, baseline);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parser),
		cmocka_unit_test(test_spec_cases),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
