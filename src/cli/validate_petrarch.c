/* cli/validate_petrarch.c — reads PETRARCH's unit-test suite
 * (PETR.UnitTest.records.xml). <Environment> names the verbs/actors/agents/
 * discards files beside the XML and the categories to <Include>; each
 * <Sentence date= id= category= sentence=> holds <EventCoding> expectations
 * (sourcecode/targetcode/eventcode, noevents="True", or error="..."), the
 * <Text>, and a <Parse> tree that dyad does not use. <Config option= value=>
 * between sentences changes settings for the sentences after it; the starting
 * values come from PETR_config.ini beside the XML when it is there.
 * The XML is read with a small tolerant scanner: the file has spaces around
 * '=' and single-quoted values that a strict reader would have to special-case
 * anyway. */
#include "cli/validate.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* PETRARCH settings that matter to coding. comma_* bound the comma-delimited
 * clauses PETRARCH drops; they are passed on as a TABARI "COMMA:" command. */
typedef struct pconfig {
	int require_dyad;
	long new_actor_length;
	long comma[6]; /* min max bmin bmax emin emax */
	int comma_dirty;
} pconfig;

static const char *const comma_names[6] = {"comma_min",  "comma_max",  "comma_bmin",
                                           "comma_bmax", "comma_emin", "comma_emax"};

static int truthy(const char *v, size_t n)
{
	return (n == 4 && !strncasecmp(v, "true", 4)) || (n == 1 && v[0] == '1') ||
	       (n == 3 && !strncasecmp(v, "yes", 3));
}

/* Apply one option=value; returns 1 if the option is known. */
static int config_set(pconfig *c, const char *name, size_t nn, const char *v, size_t vn)
{
	char num[32];
	if (nn == 12 && !strncmp(name, "require_dyad", 12)) {
		c->require_dyad = truthy(v, vn);
		return 1;
	}
	int idx = -1;
	for (int i = 0; i < 6; i++)
		if (strlen(comma_names[i]) == nn && !strncmp(name, comma_names[i], nn))
			idx = i;
	int actor_len = nn == 16 && !strncmp(name, "new_actor_length", 16);
	if (idx < 0 && !actor_len)
		return 0;
	if (vn == 0 || vn >= sizeof num)
		return 0;
	memcpy(num, v, vn);
	num[vn] = 0;
	char *e;
	long x = strtol(num, &e, 10);
	if (*e)
		return 0;
	if (actor_len)
		c->new_actor_length = x;
	else if (c->comma[idx] != x) {
		c->comma[idx] = x;
		c->comma_dirty = 1;
	}
	return 1;
}

static void trim(const char **p, size_t *n)
{
	while (*n && isspace((unsigned char)**p))
		(*p)++, (*n)--;
	while (*n && isspace((unsigned char)(*p)[*n - 1]))
		(*n)--;
}

/* PETR_config.ini [Options]: "name = value" lines, '#' comments. */
static void read_ini(pconfig *c, const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len;
	int in_options = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		const char *l = p;
		size_t n = (size_t)(le - p);
		p = nl ? nl + 1 : end;
		const char *hash = memchr(l, '#', n);
		if (hash)
			n = (size_t)(hash - l);
		trim(&l, &n);
		if (!n)
			continue;
		if (l[0] == '[') {
			in_options = n == 9 && !strncmp(l, "[Options]", 9);
			continue;
		}
		const char *eq = memchr(l, '=', n);
		if (!in_options || !eq)
			continue;
		const char *k = l, *v = eq + 1;
		size_t kn = (size_t)(eq - l), vn = n - kn - 1;
		trim(&k, &kn);
		trim(&v, &vn);
		config_set(c, k, kn, v, vn);
	}
}

/* Scanner state over the XML buffer. */
typedef struct scan {
	const char *buf, *p, *end;
	const char *file;
	const char *counted; /* lines are counted up to here ... */
	uint32_t line;       /* ... which is on this line */
} scan;

/* Line of a position; positions asked for only move forward, so counting
 * resumes where it stopped. */
static uint32_t line_at(scan *sc, const char *at)
{
	if (at < sc->counted) {
		sc->counted = sc->buf;
		sc->line = 1;
	}
	for (; sc->counted < at; sc->counted++)
		sc->line += *sc->counted == '\n';
	return sc->line;
}

static const char *find(const char *p, const char *end, const char *s)
{
	size_t n = strlen(s);
	for (; p + n <= end; p++)
		if (*p == *s && !memcmp(p, s, n))
			return p;
	return NULL;
}

/* A tag: name and the attribute text up to '>'. */
typedef struct tag {
	const char *name, *attrs, *start;
	size_t name_len, attrs_len;
	int closing;
} tag;

/* Next tag at or after sc->p, skipping <!-- --> comments and <? ?>; 0 at end. */
static int next_tag(scan *sc, tag *t)
{
	for (;;) {
		const char *lt = memchr(sc->p, '<', (size_t)(sc->end - sc->p));
		if (!lt)
			return 0;
		if (sc->end - lt >= 4 && !memcmp(lt, "<!--", 4)) {
			const char *ce = find(lt + 4, sc->end, "-->");
			sc->p = ce ? ce + 3 : sc->end;
			continue;
		}
		const char *gt = memchr(lt, '>', (size_t)(sc->end - lt));
		if (!gt)
			return 0;
		sc->p = gt + 1;
		if (lt[1] == '?' || lt[1] == '!')
			continue;
		t->start = lt;
		t->closing = lt[1] == '/';
		const char *n = lt + 1 + t->closing, *ne = n;
		while (ne < gt && !isspace((unsigned char)*ne) && *ne != '/')
			ne++;
		t->name = n;
		t->name_len = (size_t)(ne - n);
		t->attrs = ne;
		t->attrs_len = (size_t)(gt - ne);
		return 1;
	}
}

static int tag_is(const tag *t, const char *name)
{
	return t->name_len == strlen(name) && !strncmp(t->name, name, t->name_len);
}

/* Attribute value (quotes of either kind, blanks allowed around '='); the
 * value's own surrounding double quotes, as in sourcecode='"INJURY TOLL"',
 * are dropped. Returns 1 if present. */
static int attr(const tag *t, const char *name, const char **v, size_t *vn)
{
	size_t nl = strlen(name);
	const char *p = t->attrs, *end = t->attrs + t->attrs_len;
	while (p < end) {
		while (p < end && isspace((unsigned char)*p))
			p++;
		const char *k = p;
		while (p < end && !isspace((unsigned char)*p) && *p != '=')
			p++;
		size_t kn = (size_t)(p - k);
		while (p < end && isspace((unsigned char)*p))
			p++;
		if (p >= end || *p != '=') {
			if (p == k)
				p++;
			continue;
		}
		p++;
		while (p < end && isspace((unsigned char)*p))
			p++;
		if (p >= end)
			return 0;
		const char *val, *ve;
		if (*p == '"' || *p == '\'') {
			char q = *p++;
			val = p;
			while (p < end && *p != q)
				p++;
			ve = p;
			if (p < end)
				p++;
		} else {
			val = p;
			while (p < end && !isspace((unsigned char)*p))
				p++;
			ve = p;
		}
		if (kn == nl && !strncmp(k, name, nl)) {
			if (ve - val >= 2 && val[0] == '"' && ve[-1] == '"')
				val++, ve--;
			*v = val;
			*vn = (size_t)(ve - val);
			return 1;
		}
	}
	return 0;
}

/* Text of [p, end) with entities decoded and line breaks turned into spaces. */
static const char *decode(dyad_vsuite *s, const char *p, const char *end, size_t *out_len)
{
	size_t n = (size_t)(end - p);
	trim(&p, &n);
	char *o = dyad_arena_alloc(&s->arena, n + 1);
	if (!o)
		return NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		char c = p[i];
		if (c == '&') {
			static const struct {
				const char *ent;
				char c;
			} ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'},
			            {"&quot;", '"'}, {"&apos;", '\''}};
			int hit = 0;
			for (size_t e = 0; e < sizeof ents / sizeof ents[0]; e++) {
				size_t el = strlen(ents[e].ent);
				if (n - i >= el && !memcmp(p + i, ents[e].ent, el)) {
					o[k++] = ents[e].c;
					i += el - 1;
					hit = 1;
					break;
				}
			}
			if (hit)
				continue;
		}
		if (c == '\r')
			continue;
		o[k++] = c == '\n' || c == '\t' ? ' ' : c;
	}
	o[k] = 0;
	*out_len = k;
	return o;
}

/* Content of an element whose start tag was just read: up to </name>. */
static int element_text(scan *sc, const char *name, const char **p, const char **end)
{
	char close[64];
	int n = snprintf(close, sizeof close, "</%s", name);
	if (n < 0 || (size_t)n >= sizeof close)
		return 0;
	const char *c = find(sc->p, sc->end, close);
	if (!c)
		return 0;
	*p = sc->p;
	*end = c;
	const char *gt = memchr(c, '>', (size_t)(sc->end - c));
	sc->p = gt ? gt + 1 : sc->end;
	return 1;
}

/* Emit the comma bounds as a TABARI .options command when they changed. */
static int emit_comma(dyad_vsuite *s, dyad_vrecord *r, pconfig *c, dyad_error *err)
{
	if (!c->comma_dirty)
		return 0;
	char cmd[160];
	int n = snprintf(cmd, sizeof cmd, "COMMA: MIN = %ld MAX = %ld BMIN = %ld BMAX = %ld "
	                                  "EMIN = %ld EMAX = %ld",
	                 c->comma[0], c->comma[1], c->comma[2], c->comma[3], c->comma[4],
	                 c->comma[5]);
	if (n < 0 || (size_t)n >= sizeof cmd)
		return dyad_error_set(err, DYAD_ELIMIT, s->path, r->line, "COMMA command too long");
	int rc = dyad_validate__add_cmd(s, cmd, (size_t)n, err);
	if (rc < 0)
		return rc;
	r->n_cmd++;
	c->comma_dirty = 0;
	return 0;
}

static int in_list(const char *list, const char *w, size_t wn)
{
	const char *p = list;
	while (*p) {
		while (*p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ' ')
			q++;
		if ((size_t)(q - p) == wn && !strncmp(p, w, wn))
			return 1;
		p = q;
	}
	return 0;
}

/* One <Sentence>: sc->p is just past its start tag t. */
static int read_sentence(dyad_vsuite *s, scan *sc, const tag *st, pconfig *cfg,
                         const char *include, dyad_error *err)
{
	uint32_t line = line_at(sc, st->start);
	dyad_vrecord *r = dyad_validate__add_record(s, err);
	if (!r)
		return err ? err->code : DYAD_ENOMEM;
	r->kind = DYAD_VREC_TEST;
	r->line = line;
	int rc = emit_comma(s, r, cfg, err);
	if (rc < 0)
		return rc;
	r->require_dyad = cfg->require_dyad;
	const char *v;
	size_t vn;
	if (!attr(st, "id", &v, &vn) || !vn)
		return dyad_error_set(err, DYAD_EPARSE, sc->file, line, "<Sentence> without id=");
	r->id = dyad_validate__strndup(s, v, vn);
	r->category = attr(st, "category", &v, &vn) && vn ? dyad_validate__strndup(s, v, vn)
	                                                    : "OTHER";
	if (!r->id || !r->category)
		return dyad_error_set(err, DYAD_ENOMEM, sc->file, line, "out of memory");
	r->date = -1;
	if (attr(st, "date", &v, &vn) && vn == 8) {
		int32_t d = 0;
		size_t i = 0;
		for (; i < 8 && isdigit((unsigned char)v[i]); i++)
			d = d * 10 + (v[i] - '0');
		if (i == 8 && dyad_validate__date_ok(d))
			r->date = d;
	}
	int sentence_false = attr(st, "sentence", &v, &vn) && vn == 5 && !strncasecmp(v, "false", 5);
	int got_text = 0;
	tag t;
	while (next_tag(sc, &t)) {
		if (t.closing && tag_is(&t, "Sentence"))
			break;
		if (t.closing)
			continue;
		uint32_t tline = line_at(sc, t.start);
		if (tag_is(&t, "EventCoding")) {
			if (attr(&t, "noevents", &v, &vn) && truthy(v, vn)) {
				r->expect_none = 1;
				r->special = "noevents";
			} else if (attr(&t, "error", &v, &vn)) {
				char *sp = dyad_arena_alloc(&s->arena, vn + 7);
				if (!sp)
					return dyad_error_set(err, DYAD_ENOMEM, sc->file, tline,
					                      "out of memory");
				memcpy(sp, "error:", 6);
				memcpy(sp + 6, v, vn);
				sp[vn + 6] = 0;
				r->special = sp;
				r->expect_none = 1;
				if (vn == 15 && !strncmp(v, "bad_input_parse", 15)) {
					r->kind = DYAD_VREC_SKIP;
					r->skip_reason = "tests PETRARCH's reading of a malformed parse tree";
				}
			} else {
				const char *sv, *tv, *ev;
				size_t sn, tn, en;
				if (!attr(&t, "sourcecode", &sv, &sn) || !attr(&t, "targetcode", &tv, &tn) ||
				    !attr(&t, "eventcode", &ev, &en))
					return dyad_error_set(err, DYAD_EPARSE, sc->file, tline,
					                      "<EventCoding> needs sourcecode, targetcode "
					                      "and eventcode, or noevents or error");
				dyad_vexpect *e = dyad_validate__add_expect(s, err);
				if (!e)
					return err ? err->code : DYAD_ENOMEM;
				e->source = dyad_validate__strndup(s, sv, sn);
				e->target = dyad_validate__strndup(s, tv, tn);
				e->code = dyad_validate__strndup(s, ev, en);
				if (!e->source || !e->target || !e->code)
					return dyad_error_set(err, DYAD_ENOMEM, sc->file, tline,
					                      "out of memory");
				r->n_expect++;
			}
		} else if (tag_is(&t, "Text")) {
			const char *p, *e;
			if (!element_text(sc, "Text", &p, &e))
				return dyad_error_set(err, DYAD_EPARSE, sc->file, tline,
				                      "<Text> without </Text>");
			r->text = decode(s, p, e, &r->text_len);
			if (!r->text)
				return dyad_error_set(err, DYAD_ENOMEM, sc->file, tline, "out of memory");
			got_text = 1;
		} else if (tag_is(&t, "Parse")) {
			const char *p, *e;
			if (!element_text(sc, "Parse", &p, &e))
				return dyad_error_set(err, DYAD_EPARSE, sc->file, tline,
				                      "<Parse> without </Parse>");
		}
	}
	if (!got_text)
		return dyad_error_set(err, DYAD_EPARSE, sc->file, line, "<Sentence> without <Text>");
	if (r->kind == DYAD_VREC_SKIP)
		return 0;
	if (sentence_false) {
		r->kind = DYAD_VREC_SKIP;
		r->skip_reason = "sentence=\"false\": marked not implemented in PETRARCH";
	} else if (include && !in_list(include, r->category, strlen(r->category))) {
		r->kind = DYAD_VREC_SKIP;
		r->skip_reason = "category not in <Include>";
	} else if (r->date < 0) {
		r->kind = DYAD_VREC_SKIP;
		r->skip_reason = "date is not YYYYMMDD";
	} else if (!r->n_expect && !r->expect_none) {
		/* PATTERN-06 lists none: its comment says the match is cancelled */
		r->expect_none = 1;
		r->special = "no <EventCoding>";
	}
	return 0;
}

static int read_environment(dyad_vsuite *s, scan *sc, const char **include, dyad_error *err)
{
	static const struct {
		const char *tag;
		dyad_dict_kind kind;
	} files[] = {{"Verbfile", DYAD_DICT_VERBS},
	             {"Actorfile", DYAD_DICT_ACTORS},
	             {"Agentfile", DYAD_DICT_AGENTS},
	             {"Discardfile", DYAD_DICT_DISCARDS},
	             {"Issuefile", DYAD_DICT_ISSUES}};
	tag t;
	while (next_tag(sc, &t)) {
		if (t.closing && tag_is(&t, "Environment"))
			return 0;
		if (t.closing)
			continue;
		char name[32];
		if (t.name_len >= sizeof name)
			continue;
		memcpy(name, t.name, t.name_len);
		name[t.name_len] = 0;
		int known = -1;
		for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
			if (!strcmp(name, files[i].tag))
				known = (int)i;
		if (known < 0 && strcmp(name, "Include"))
			continue; /* Errorfile, Pause, Config (stop_on_error): runner settings */
		const char *p, *e;
		if (!element_text(sc, name, &p, &e))
			return dyad_error_set(err, DYAD_EPARSE, sc->file, line_at(sc, t.start),
			                      "<%s> without </%s>", name, name);
		size_t n = (size_t)(e - p);
		trim(&p, &n);
		if (known < 0) {
			*include = dyad_validate__strndup(s, p, n);
			if (!*include)
				return dyad_error_set(err, DYAD_ENOMEM, sc->file, 0, "out of memory");
			continue;
		}
		/* a comma-separated list is allowed, as PETRARCH reads actor lists */
		while (n) {
			const char *c = memchr(p, ',', n);
			size_t one = c ? (size_t)(c - p) : n;
			const char *f = p;
			size_t fn = one;
			trim(&f, &fn);
			if (fn) {
				int rc = dyad_validate__add_file(
				    s, files[known].kind, dyad_validate__resolve(s, s->path, f, fn), err);
				if (rc < 0)
					return rc;
			}
			p += one + (c ? 1 : 0);
			n -= one + (c ? 1 : 0);
		}
	}
	return dyad_error_set(err, DYAD_EPARSE, sc->file, 0, "<Environment> without </Environment>");
}

int dyad_validate__petrarch_load(dyad_vsuite *out, const char *xml_path, dyad_error *err)
{
	dyad_validate__suite_init(out, DYAD_VSUITE_PETRARCH, xml_path);
	if (!out->path)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	pconfig cfg = {1, 0, {2, 8, 0, 0, 2, 8}, 1};
	char *buf = NULL;
	size_t len;
	const char *ini = dyad_validate__resolve(out, out->path, "PETR_config.ini", 15);
	if (!ini)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	FILE *probe = fopen(ini, "rb");
	if (probe) {
		fclose(probe);
		int rc = dyad_validate__read_file(&buf, &len, ini, err);
		if (rc < 0)
			return rc;
		read_ini(&cfg, buf, len);
		free(buf);
		buf = NULL;
	}
	int rc = dyad_validate__read_file(&buf, &len, out->path, err);
	if (rc < 0)
		return rc;
	scan sc = {buf, buf, buf + len, out->path, buf, 1};
	const char *include = NULL;
	int have_env = 0;
	tag t;
	while (next_tag(&sc, &t)) {
		if (t.closing)
			continue;
		if (tag_is(&t, "Environment")) {
			rc = read_environment(out, &sc, &include, err);
			have_env = 1;
		} else if (tag_is(&t, "Config")) {
			const char *k, *v;
			size_t kn, vn;
			if (attr(&t, "option", &k, &kn) && attr(&t, "value", &v, &vn))
				config_set(&cfg, k, kn, v, vn);
		} else if (tag_is(&t, "Sentence")) {
			rc = read_sentence(out, &sc, &t, &cfg, include, err);
		} else if (tag_is(&t, "Stop")) {
			/* PETRARCH ends the run at a <Stop> record */
			out->end_id = "<Stop>";
			while (next_tag(&sc, &t))
				if (!t.closing && tag_is(&t, "Sentence"))
					out->n_after_end++;
			break;
		}
		if (rc < 0)
			break;
	}
	if (rc == 0 && !have_env)
		rc = dyad_error_set(err, DYAD_EPARSE, out->path, 0, "no <Environment> block");
	if (rc == 0 && !out->n_records)
		rc = dyad_error_set(err, DYAD_EPARSE, out->path, 0, "no <Sentence> records");
	/* record positions are reported against the XML; errors carry its name */
	free(buf);
	return rc < 0 ? rc : 0;
}
