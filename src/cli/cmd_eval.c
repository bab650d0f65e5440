/* cli/cmd_eval.c — `dyad eval GOLD PRED`: precision, recall and F1 of coded
 * events against a gold file, by the convention of ../shared/data/README.md.
 *
 * Events are compared per article (gold record ids "<article>-s<N>" grouped by
 * <article>; a prediction's "doc" is the article id) as sets at three levels:
 *   L1      (source country, CAMEO root, target country)
 *   L2      (source code, full CAMEO code, target code)
 *   PLOVER  (source country, PLOVER 0.5 category, target country)
 * where "country" is the first three characters of an actor code.
 * Consultations (04x, CONSULT) and signed agreements (057) count in either
 * direction. Gold is dyad's dev shape ({"id","events":[{"source","code",
 * "target"}]}) or the PLOVER shape (events with "plover" instead of "code");
 * predictions are dyad event JSONL (or the gold shape, to compare two coders). */
#include "cli/cli.h"
#include "util/arena.h"
#include "util/hash.h"
#include "util/json.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#define CMD "eval"
/* Ceilings: one JSON line, the number of (article, level, event) items, and
 * the bytes of strings kept for the whole run. */
#define EVAL_MAX_LINE ((size_t)64 << 20)
#define EVAL_MAX_ITEMS ((size_t)1 << 26)
#define EVAL_MAX_STRINGS ((size_t)1 << 30)

enum { L1, L2, LP, N_LEVELS };
static const char *const level_names[N_LEVELS] = {"L1", "L2", "PLOVER"};
/* OPT: a low-confidence gold event under --high: predicting it is no false
 * positive, missing it no miss. */
enum { GOLD, PRED, OPT, N_SIDES };

typedef struct item {
	uint32_t article;
	uint8_t level;
	uint8_t side;
	const char *key; /* "SRC CODE TGT", NUL-terminated, in the strings arena */
} item;

typedef struct counts {
	size_t gold, pred, tp;
} counts;

typedef struct evalctx {
	const char *gold_path, *pred_path;
	int by_article, plover, verbose, high_only;
	dyad_arena strings; /* article names and item keys, for the whole run */
	dyad_arena scratch; /* one JSON line at a time */
	dyad_strmap articles;
	const char **names;
	size_t n_articles, cap_articles;
	item *items;
	size_t n_items, cap_items;
	/* what the files held */
	size_t gold_records, gold_events, gold_code_events, gold_plover_events, gold_optional;
	size_t pred_events, pred_outside, pred_no_plover;
} evalctx;

/* PLOVER 0.5 category of a CAMEO code (the dev set's categories: DEMAND is
 * 02+10, DISAPPROVE 11, FIGHT 19 including blockade and occupation, ASSAULT
 * 18+20, INVESTIGATE 09, CONCEDE 080-083, RETREAT 084-087). NULL for 01
 * statements, which PLOVER 0.5 has no category for. */
static const char *plover_of(const char *code)
{
	static const char *const by_root[21] = {
		NULL,        NULL,       "DEMAND",     "AGREE",      "CONSULT",  "SUPPORT",
		"COOPERATE", "AID",      "CONCEDE",    "INVESTIGATE", "DEMAND",  "DISAPPROVE",
		"REJECT",    "THREATEN", "PROTEST",    "MOBILIZE",   "SANCTION", "COERCE",
		"ASSAULT",   "FIGHT",    "ASSAULT"};
	int root = (code[0] - '0') * 10 + (code[1] - '0');
	if (root < 1 || root > 20)
		return NULL;
	/* 084 return/release, 085 ease sanctions, 086 allow involvement, 087 de-escalate */
	if (root == 8 && code[2] >= '4' && code[2] <= '7')
		return "RETREAT";
	/* 184 human shields: coercion of the shield, not an assault (dev gold) */
	if (root == 18 && code[2] == '4')
		return "COERCE";
	return by_root[root];
}

static int is_code(const char *s, size_t n)
{
	if (n < 2 || n > 4)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* Article key of a record or document id: "<article>-s<N>" -> "<article>". */
static size_t article_len(const evalctx *c, const char *id, size_t n)
{
	if (!c->by_article)
		return n;
	size_t i = n;
	while (i > 0 && id[i - 1] >= '0' && id[i - 1] <= '9')
		i--;
	if (i < n && i >= 3 && id[i - 1] == 's' && id[i - 2] == '-')
		return i - 2;
	return n;
}

/* Index of an article; creates it when create is set, else returns -1 when absent. */
static long article_find(evalctx *c, const char *id, size_t n, int create, dyad_error *err)
{
	if (n > UINT32_MAX) {
		dyad_error_set(err, DYAD_ELIMIT, NULL, 0, "document id longer than 4 GiB");
		return -1;
	}
	const uint32_t *v = dyad_strmap_get(&c->articles, id, (uint32_t)n);
	if (v)
		return (long)*v;
	if (!create)
		return -1;
	if (c->n_articles == c->cap_articles) {
		size_t cap = c->cap_articles ? c->cap_articles * 2 : 64;
		if (cap > UINT32_MAX) {
			dyad_error_set(err, DYAD_ELIMIT, NULL, 0, "more than %u articles", UINT32_MAX);
			return -1;
		}
		const char **p = realloc(c->names, cap * sizeof *p);
		if (!p) {
			dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory for articles");
			return -1;
		}
		c->names = p;
		c->cap_articles = cap;
	}
	char *name = dyad_arena_strndup(&c->strings, id, n);
	uint32_t *slot = name ? dyad_strmap_put(&c->articles, name, (uint32_t)n, NULL) : NULL;
	if (!slot) {
		dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory for article ids");
		return -1;
	}
	*slot = (uint32_t)c->n_articles;
	c->names[c->n_articles] = name;
	return (long)c->n_articles++;
}

static int add_item(evalctx *c, uint32_t article, int level, int side, const char *src,
                    const char *what, const char *tgt, int symmetric, dyad_error *err)
{
	if (symmetric && strcmp(tgt, src) < 0) {
		const char *t = src;
		src = tgt;
		tgt = t;
	}
	size_t ls = strlen(src), lw = strlen(what), lt = strlen(tgt);
	char *key = dyad_arena_alloc(&c->strings, ls + lw + lt + 3);
	if (!key)
		return dyad_error_set(err, DYAD_ELIMIT, NULL, 0,
		                      "more than %zu bytes of event keys", (size_t)EVAL_MAX_STRINGS);
	memcpy(key, src, ls);
	key[ls] = ' ';
	memcpy(key + ls + 1, what, lw);
	key[ls + 1 + lw] = ' ';
	memcpy(key + ls + lw + 2, tgt, lt + 1);
	if (c->n_items == c->cap_items) {
		if (c->n_items >= EVAL_MAX_ITEMS)
			return dyad_error_set(err, DYAD_ELIMIT, NULL, 0, "more than %zu events to compare",
			                      (size_t)EVAL_MAX_ITEMS / N_LEVELS);
		size_t cap = c->cap_items ? c->cap_items * 2 : 1024;
		item *p = realloc(c->items, cap * sizeof *p);
		if (!p)
			return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory for events");
		c->items = p;
		c->cap_items = cap;
	}
	c->items[c->n_items++] = (item){article, (uint8_t)level, (uint8_t)side, key};
	return 0;
}

/* First three characters of an actor code ("---" stays "---"). */
static void country(char out[4], const char *code)
{
	size_t n = strlen(code);
	memcpy(out, code, n < 3 ? n : 3);
	out[n < 3 ? n : 3] = 0;
}

/* A string member as a NUL-terminated copy in scratch, "" when absent or null;
 * integers are accepted as their literal (numeric ids). */
static const char *member(evalctx *c, const dyad_json *obj, const char *key, size_t *len)
{
	const dyad_json *v = dyad_json_get(obj, key);
	size_t n = 0;
	const char *s = NULL;
	if (v && v->type == DYAD_JSON_STRING)
		s = dyad_json_string(v, &n);
	else if (v && v->type == DYAD_JSON_NUMBER) {
		s = dyad_arena_strndup(&c->scratch, v->u.number.text, v->u.number.len);
		n = v->u.number.len;
	}
	if (!s || memchr(s, 0, n)) {
		s = "";
		n = 0;
	}
	if (len)
		*len = n;
	return s;
}

/* Add the items of one event of article a. code or plover may be "". */
static int add_event(evalctx *c, uint32_t a, int side, const char *src, const char *code,
                     const char *plover, const char *tgt, dyad_error *err)
{
	char sc[4], tc[4], root[3];
	int rc;
	if (!*src)
		src = "---";
	if (!*tgt)
		tgt = "---";
	country(sc, src);
	country(tc, tgt);
	if (*code) {
		int sym = (code[0] == '0' && code[1] == '4') || !strcmp(code, "057");
		memcpy(root, code, 2);
		root[2] = 0;
		if ((rc = add_item(c, a, L2, side, src, code, tgt, sym, err)) < 0 ||
		    (rc = add_item(c, a, L1, side, sc, root, tc, sym, err)) < 0)
			return rc;
	}
	/* The gold coder's own PLOVER category wins over the mapping of its code. */
	const char *cat = *plover ? plover : *code ? plover_of(code) : NULL;
	if (!cat) {
		if (side == PRED)
			c->pred_no_plover++;
		return 0;
	}
	return add_item(c, a, LP, side, sc, cat, tc, !strcmp(cat, "CONSULT"), err);
}

/* A record in the gold shape: {"id", "events":[{"source","code"|"plover","target"}]}. */
static int read_record(evalctx *c, const dyad_json *rec, int side, dyad_error *err)
{
	size_t n;
	const char *id = member(c, rec, "id", &n);
	if (!n)
		return dyad_error_set(err, DYAD_EPARSE, NULL, 0, "record has no \"id\"");
	long a = article_find(c, id, article_len(c, id, n), side == GOLD, err);
	if (a < 0 && side == GOLD)
		return err ? err->code : DYAD_ENOMEM;
	const dyad_json *evs = dyad_json_get(rec, "events");
	if (evs && evs->type != DYAD_JSON_ARRAY && !dyad_json_is_null(evs))
		return dyad_error_set(err, DYAD_EPARSE, NULL, 0, "\"events\" is not an array");
	if (side == GOLD)
		c->gold_records++;
	for (const dyad_json *e = dyad_json_first(evs); e; e = e->next) {
		if (e->type != DYAD_JSON_OBJECT)
			return dyad_error_set(err, DYAD_EPARSE, NULL, 0, "an event is not an object");
		size_t lc, lp;
		const char *code = member(c, e, "code", &lc);
		int ev_side = side;
		if (side == GOLD && c->high_only && !strcmp(member(c, e, "confidence", NULL), "low"))
			ev_side = OPT;
		char *plover = (char *)member(c, e, "plover", &lp);
		if (lc && !is_code(code, lc))
			return dyad_error_set(err, DYAD_EPARSE, NULL, 0, "bad CAMEO code \"%s\"", code);
		if (!lc && !lp)
			return dyad_error_set(err, DYAD_EPARSE, NULL, 0,
			                      "event has neither \"code\" nor \"plover\"");
		if (lp) {
			plover = dyad_arena_strndup(&c->scratch, plover, lp);
			if (!plover)
				return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
			for (char *p = plover; *p; p++)
				if (*p >= 'a' && *p <= 'z')
					*p = (char)(*p - 'a' + 'A');
		}
		if (side == GOLD) {
			c->gold_events++;
			c->gold_optional += ev_side == OPT;
			c->gold_code_events += lc > 0;
			c->gold_plover_events += lp > 0;
		} else {
			c->pred_events++;
			if (a < 0) {
				c->pred_outside++;
				continue;
			}
		}
		int rc = add_event(c, (uint32_t)a, ev_side, member(c, e, "source", NULL), code, plover,
		                   member(c, e, "target", NULL), err);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* One dyad event: {"doc","source","target","code",...}. */
static int read_event(evalctx *c, const dyad_json *ev, dyad_error *err)
{
	size_t n, lc;
	const char *doc = member(c, ev, "doc", &n);
	if (!n)
		return dyad_error_set(err, DYAD_EPARSE, NULL, 0, "event has no \"doc\"");
	const char *code = member(c, ev, "code", &lc);
	if (!is_code(code, lc))
		return dyad_error_set(err, DYAD_EPARSE, NULL, 0, "bad or missing \"code\"");
	c->pred_events++;
	long a = article_find(c, doc, article_len(c, doc, n), 0, err);
	if (a < 0) {
		c->pred_outside++;
		return 0;
	}
	return add_event(c, (uint32_t)a, PRED, member(c, ev, "source", NULL), code, "",
	                 member(c, ev, "target", NULL), err);
}

static int read_file(evalctx *c, const char *path, int side)
{
	int use_stdin = !strcmp(path, "-");
	FILE *f = use_stdin ? stdin : fopen(path, "r");
	dyad_error err;
	if (!f) {
		cli_errorf(CMD, "%s: %s", path, strerror(errno));
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t got;
	long lineno = 0;
	int rc = 0;
	while ((got = getline(&line, &cap, f)) >= 0) {
		lineno++;
		size_t n = (size_t)got;
		dyad_error_clear(&err);
		if (n > EVAL_MAX_LINE) {
			dyad_error_set(&err, DYAD_ELIMIT, path, lineno, "line longer than %zu bytes",
			               (size_t)EVAL_MAX_LINE);
			rc = -1;
			break;
		}
		size_t i = 0;
		while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\n'))
			i++;
		if (i == n)
			continue;
		dyad_arena_reset(&c->scratch);
		dyad_json *v;
		int r = dyad_json_parse(&v, &c->scratch, line, n, &err);
		if (r == 0 && v->type != DYAD_JSON_OBJECT)
			r = dyad_error_set(&err, DYAD_EPARSE, NULL, 0, "line is not a JSON object");
		if (r == 0)
			r = (side == GOLD || dyad_json_get(v, "events")) ? read_record(c, v, side, &err)
			                                                 : read_event(c, v, &err);
		if (r < 0) {
			err.file = path;
			err.line = lineno;
			rc = -1;
			break;
		}
	}
	if (rc == 0 && ferror(f)) {
		cli_errorf(CMD, "%s: read error: %s", path, strerror(errno));
		rc = -2;
	}
	free(line);
	if (!use_stdin)
		fclose(f);
	if (rc == -1)
		cli_report(CMD, &err);
	return rc < 0 ? -1 : 0;
}

static int item_cmp(const void *pa, const void *pb)
{
	const item *a = pa, *b = pb;
	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	if (a->level != b->level)
		return a->level - b->level;
	int r = strcmp(a->key, b->key);
	return r ? r : a->side - b->side;
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

/* End of the run of items equal to items[i] but for the side; has[] tells
 * which sides the run holds. */
static size_t group_end(const evalctx *c, size_t i, int has[N_SIDES])
{
	const item *it = &c->items[i];
	size_t j = i;
	has[GOLD] = has[PRED] = has[OPT] = 0;
	while (j < c->n_items && c->items[j].article == it->article &&
	       c->items[j].level == it->level && !strcmp(c->items[j].key, it->key))
		has[c->items[j++].side] = 1;
	return j;
}

/* --verbose: each article with a miss or a false positive, with its counts. */
static void print_errors(const evalctx *c, const counts *per, const int show[N_LEVELS])
{
	long last = -1;
	for (size_t i = 0, j; i < c->n_items; i = j) {
		int has[N_SIDES];
		j = group_end(c, i, has);
		const item *it = &c->items[i];
		if (!show[it->level] || has[GOLD] == has[PRED] || (has[OPT] && !has[GOLD]))
			continue;
		if (last != (long)it->article) {
			printf("%s%s:", last >= 0 ? "\n" : "", c->names[it->article]);
			last = (long)it->article;
			for (int l = 0; l < N_LEVELS; l++) {
				const counts *k = &per[(size_t)it->article * N_LEVELS + l];
				if (show[l])
					printf("  %s gold %zu pred %zu match %zu", level_names[l], k->gold,
					       k->pred, k->tp);
			}
			printf("\n");
		}
		printf("  %-6s %-4s %s\n", level_names[it->level], has[GOLD] ? "miss" : "fp", it->key);
	}
	if (last >= 0)
		printf("\n");
}

/* Sort, drop duplicate items, count per article and level, and print. */
static void score(evalctx *c)
{
	counts *per = calloc(c->n_articles ? c->n_articles * N_LEVELS : 1, sizeof *per);
	counts total[N_LEVELS] = {{0}};
	if (!per) {
		cli_errorf(CMD, "out of memory");
		return;
	}
	qsort(c->items, c->n_items, sizeof *c->items, item_cmp);
	/* levels shown: L1/L2 when the gold has CAMEO codes, PLOVER when it has
	 * categories or --plover asks for the mapping */
	int show[N_LEVELS] = {c->gold_code_events > 0 || !c->gold_events,
	                      c->gold_code_events > 0 || !c->gold_events,
	                      c->plover || c->gold_plover_events > 0};
	for (size_t i = 0, j; i < c->n_items; i = j) {
		int has[N_SIDES];
		j = group_end(c, i, has);
		const item *it = &c->items[i];
		counts *k = &per[(size_t)it->article * N_LEVELS + it->level];
		if (has[OPT] && !has[GOLD])
			continue; /* optional: neither a miss nor a false positive */
		k->gold += has[GOLD];
		k->pred += has[PRED];
		k->tp += has[GOLD] && has[PRED];
	}
	if (c->verbose)
		print_errors(c, per, show);

	double macro[N_LEVELS] = {0};
	size_t macro_n[N_LEVELS] = {0};
	for (size_t a = 0; a < c->n_articles; a++)
		for (int l = 0; l < N_LEVELS; l++) {
			const counts *k = &per[a * N_LEVELS + l];
			total[l].gold += k->gold;
			total[l].pred += k->pred;
			total[l].tp += k->tp;
			if (k->gold + k->pred) {
				macro[l] += 2.0 * (double)k->tp / (double)(k->gold + k->pred);
				macro_n[l]++;
			}
		}

	printf("gold %s: %zu articles, %zu records, %zu events", c->gold_path, c->n_articles,
	       c->gold_records, c->gold_events);
	if (c->high_only)
		printf(" (%zu low-confidence, optional)", c->gold_optional);
	printf("\n");
	printf("pred %s: %zu events", c->pred_path, c->pred_events);
	if (c->pred_outside)
		printf(", %zu for documents not in the gold (ignored)", c->pred_outside);
	if (show[LP] && c->pred_no_plover)
		printf(", %zu with no PLOVER category (01x)", c->pred_no_plover);
	printf("\nscored %s, as sets; 04x and 057 count in either direction\n\n",
	       c->by_article ? "per article" : "per document");
	printf("%-7s %6s %6s %6s %9s %7s %7s %9s\n", "level", "gold", "pred", "match", "precision",
	       "recall", "F1", "macro-F1");
	for (int l = 0; l < N_LEVELS; l++) {
		if (!show[l])
			continue;
		const counts *t = &total[l];
		printf("%-7s %6zu %6zu %6zu %9.3f %7.3f %7.3f %9.3f\n", level_names[l], t->gold,
		       t->pred, t->tp, ratio(t->tp, t->pred), ratio(t->tp, t->gold),
		       ratio(2 * t->tp, t->gold + t->pred),
		       macro_n[l] ? macro[l] / (double)macro_n[l] : 0.0);
	}
	/* one grep-able line for tests/run-all.sh and tools/dev-eval.sh */
	printf("eval: %zu articles", c->n_articles);
	for (int l = 0; l < N_LEVELS; l++)
		if (show[l])
			printf(", %s P %.3f R %.3f F1 %.3f", level_names[l],
			       ratio(total[l].tp, total[l].pred), ratio(total[l].tp, total[l].gold),
			       ratio(2 * total[l].tp, total[l].gold + total[l].pred));
	printf("\n");
	free(per);
}

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: dyad eval GOLD [PRED] [--by article|doc] [--plover] [--high] [--verbose]\n"
	        "\n"
	        "Score predicted events (dyad event JSONL; stdin when PRED is absent or -)\n"
	        "against GOLD (JSONL records {\"id\",\"events\":[{\"source\",\"code\"|\"plover\","
	        "\"target\"}]}).\n"
	        "  --by article  group gold records \"<article>-s<N>\" by <article> (default)\n"
	        "  --by doc      score each record id on its own\n"
	        "  --plover      also score PLOVER 0.5 categories mapped from CAMEO codes\n"
	        "                (automatic when the gold has \"plover\" categories)\n"
	        "  --high        require only gold events with \"confidence\":\"high\"; a low-\n"
	        "                confidence one is optional: predicting it is no false positive,\n"
	        "                missing it no miss\n"
	        "  --verbose     list each article's misses and false positives\n"
	        "Levels: L1 (source country, root, target country), L2 (source, code, target),\n"
	        "PLOVER (source country, category, target country). Micro P/R/F1 over all\n"
	        "articles; macro-F1 averages per-article F1 over articles with gold or\n"
	        "predicted events at that level. 01x events have no PLOVER 0.5 category.\n");
}

int dyad_cmd_eval(int argc, char **argv)
{
	evalctx c;
	memset(&c, 0, sizeof c);
	c.by_article = 1;
	const char *files[2] = {NULL, NULL};
	int nfiles = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			return 0;
		} else if (!strcmp(a, "--plover")) {
			c.plover = 1;
		} else if (!strcmp(a, "--high")) {
			c.high_only = 1;
		} else if (!strcmp(a, "--verbose") || !strcmp(a, "-v")) {
			c.verbose = 1;
		} else if (!strcmp(a, "--by") || !strncmp(a, "--by=", 5)) {
			const char *v = a[4] == '=' ? a + 5 : (i + 1 < argc ? argv[++i] : "");
			if (!strcmp(v, "article"))
				c.by_article = 1;
			else if (!strcmp(v, "doc"))
				c.by_article = 0;
			else {
				cli_errorf(CMD, "--by takes article or doc, not '%s'", v);
				return 2;
			}
		} else if (a[0] == '-' && a[1]) {
			cli_errorf(CMD, "unknown option '%s'", a);
			usage(stderr);
			return 2;
		} else if (nfiles < 2) {
			files[nfiles++] = a;
		} else {
			cli_errorf(CMD, "too many files");
			usage(stderr);
			return 2;
		}
	}
	if (nfiles < 1) {
		usage(stderr);
		return 2;
	}
	c.gold_path = files[0];
	c.pred_path = files[1] ? files[1] : "-";
	if (!strcmp(c.gold_path, "-") && !strcmp(c.pred_path, "-")) {
		cli_errorf(CMD, "GOLD and PRED cannot both be stdin");
		return 2;
	}
	dyad_arena_init(&c.strings, EVAL_MAX_STRINGS);
	dyad_arena_init(&c.scratch, 0);
	int rc = 1;
	if (dyad_strmap_init(&c.articles, 1024) < 0) {
		cli_errorf(CMD, "out of memory");
		goto done;
	}
	if (read_file(&c, c.gold_path, GOLD) < 0 || read_file(&c, c.pred_path, PRED) < 0)
		goto done;
	score(&c);
	rc = fflush(stdout) == 0 ? 0 : 1;
done:
	dyad_strmap_free(&c.articles);
	dyad_arena_free(&c.strings);
	dyad_arena_free(&c.scratch);
	free(c.names);
	free(c.items);
	return rc;
}
