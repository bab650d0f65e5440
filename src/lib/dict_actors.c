/* lib/dict_actors.c — reader for TABARI .actors/.agents and PETRARCH (Phoenix)
 * actor and agent files: primary phrases, "+synonyms", date-restricted code
 * blocks on the same or following lines, and "!MACRO! = a, b" agent macros. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lib/dict_parse.h"

typedef struct group {
	uint32_t first_actor; /* actors [first_actor, d->n_actors) belong to the open entry */
	uint32_t code_first;
	int open;
	int has_codes;
} group;

static void close_group(dyad_dict *d, group *g)
{
	if (!g->open)
		return;
	uint16_t nc = (uint16_t)(d->n_codes - g->code_first);
	for (uint32_t i = g->first_actor; i < d->n_actors; i++) {
		d->actors[i].code_first = g->code_first;
		d->actors[i].n_codes = nc;
	}
	g->open = 0;
}

typedef struct macro {
	char name[64];
	char *alts[32];
	int n;
} macro;

/* Expand "!NAME!" macros in s into variants (malloc'd strings). */
static int expand_macros(const macro *m, int nm, const char *s, size_t n, char **out, int max)
{
	const char *bang = memchr(s, '!', n);
	const char *bang2 = bang ? memchr(bang + 1, '!', (size_t)(s + n - bang - 1)) : NULL;
	if (!bang2) {
		if (max < 1)
			return 0;
		out[0] = malloc(n + 1);
		if (!out[0])
			return DYAD_ENOMEM;
		memcpy(out[0], s, n);
		out[0][n] = 0;
		return 1;
	}
	size_t nl = (size_t)(bang2 - bang + 1);
	const macro *hit = NULL;
	for (int i = 0; i < nm; i++)
		if (strlen(m[i].name) == nl && !strncasecmp(m[i].name, bang, nl))
			hit = &m[i];
	if (!hit)
		return DYAD_EPARSE;
	int count = 0;
	for (int a = 0; a < hit->n && count < max; a++) {
		size_t pre = (size_t)(bang - s), al = strlen(hit->alts[a]), rest = (size_t)(s + n - bang2 - 1);
		char *tmp = malloc(pre + al + rest + 1);
		if (!tmp)
			return DYAD_ENOMEM;
		memcpy(tmp, s, pre);
		memcpy(tmp + pre, hit->alts[a], al);
		memcpy(tmp + pre + al, bang2 + 1, rest);
		int k = expand_macros(m, nm, tmp, pre + al + rest, out + count, max - count);
		free(tmp);
		if (k < 0)
			return k;
		count += k;
	}
	return count;
}

static int parse_macro(macro *m, const char *s, size_t n)
{
	const char *eq = memchr(s, '=', n);
	if (!eq)
		return -1;
	size_t nl = (size_t)(eq - s);
	while (nl && s[nl - 1] == ' ')
		nl--;
	if (nl >= sizeof m->name || nl < 3)
		return -1;
	memcpy(m->name, s, nl);
	m->name[nl] = 0;
	m->n = 0;
	const char *p = eq + 1, *end = s + n;
	while (p < end && m->n < 32) {
		while (p < end && (*p == ' ' || *p == ','))
			p++;
		const char *q = p;
		while (q < end && *q != ',')
			q++;
		const char *e = q;
		while (e > p && e[-1] == ' ')
			e--;
		if (e > p) {
			m->alts[m->n] = malloc((size_t)(e - p) + 1);
			if (!m->alts[m->n])
				return -1;
			memcpy(m->alts[m->n], p, (size_t)(e - p));
			m->alts[m->n][e - p] = 0;
			m->n++;
		}
		p = q;
	}
	return m->n ? 0 : -1;
}

/* Add one phrase (already macro-expanded) as an actor of the open group. */
static int add_phrase(dyad_dict_builder *b, const char *file, long line, const char *s,
                      size_t n, int agent_kind, dyad_error *err)
{
	dyad_dict *d = b->d;
	dactor a;
	memset(&a, 0, sizeof a);
	const char *why = NULL;
	int rc = dyad_dict__phrase(d, s, n, 0, &a.ph, &why);
	if (rc == DYAD_ENOMEM)
		return rc;
	if (rc)
		return dyad_dict__bad(b, err, file, line, "%s in phrase '%.*s'", why, (int)n, s);
	a.is_agent = (uint16_t)agent_kind;
	(void)file;
	a.file = b->file_off;
	a.line = (uint32_t)line;
	return DICT_PUSH(d, actors, n_actors, cap_actors, a);
}

/* Parse all "[...]" blocks in s; append codes. Returns 0 or error/skip. */
static int add_codes(dyad_dict_builder *b, const char *file, long line, const char *s, size_t n,
                     int *agent_kind, dyad_error *err)
{
	dyad_dict *d = b->d;
	size_t i = 0;
	while (i < n) {
		if (s[i] != '[') {
			i++;
			continue;
		}
		const char *close = memchr(s + i, ']', n - i);
		if (!close)
			return dyad_dict__bad(b, err, file, line, "unclosed '[' in code block");
		dcode c;
		int agent = 0;
		const char *why = NULL;
		size_t bl = (size_t)(close - (s + i + 1));
		if (dyad_dict__code_block(d, s + i + 1, bl, &c, &agent, &why))
			return dyad_dict__bad(b, err, file, line, "%s: '[%.*s]'", why, (int)bl, s + i + 1);
		if (agent)
			*agent_kind = agent;
		if (DICT_PUSH(d, codes, n_codes, cap_codes, c))
			return DYAD_ENOMEM;
		i = (size_t)(close - s) + 1;
	}
	return 0;
}

int dyad_dict__read_actors(dyad_dict_builder *b, const char *file, const char *text, size_t n,
                           int agents, dyad_error *err)
{
	dyad_dict *d = b->d;
	dreader r = {text, text + n, 0};
	dline l;
	group g = {0, 0, 0, 0};
	macro macros[16];
	int nm = 0;
	int section = 0; /* inside <NOUN> / <ADJECTIVE> lists */
	int rc = 0;
	char *vars[64];
	while (!rc && dyad_dict__next_line(&r, &l)) {
		if (l.n && (l.s[0] == '#' || (l.n > 1 && l.s[0] == '/' && l.s[1] == '/')))
			continue;
		dyad_dict__strip(&l);
		if (!l.n)
			continue;
		if (l.s[0] == '~') { /* ~FINISH */
			if (l.n >= 7 && !strncasecmp(l.s, "~FINISH", 7))
				break;
			continue;
		}
		if (l.s[0] == '<') {
			if (l.n >= 2 && !strncasecmp(l.s, "</", 2))
				section = 0;
			else
				section = 1;
			continue;
		}
		if (section)
			continue;
		if (l.s[0] == '!' && memchr(l.s, '=', l.n)) {
			if (nm == 16 || parse_macro(&macros[nm], l.s, l.n))
				rc = dyad_dict__bad(b, err, file, l.no, "malformed macro definition");
			else
				nm++;
			continue;
		}
		if (l.s[0] == '[') { /* code block(s) for the open entry */
			if (!g.open) {
				rc = dyad_dict__bad(b, err, file, l.no, "code block without a phrase");
				continue;
			}
			int ak = 0;
			size_t before = d->n_codes;
			rc = add_codes(b, file, l.no, l.s, l.n, &ak, err);
			if (d->n_codes > before)
				g.has_codes = 1;
			continue;
		}
		int synonym = l.s[0] == '+';
		const char *ps = l.s + synonym;
		size_t pn = l.n - (size_t)synonym;
		const char *br = memchr(ps, '[', pn);
		size_t phrase_n = br ? (size_t)(br - ps) : pn;
		while (phrase_n && (ps[phrase_n - 1] == ' ' || ps[phrase_n - 1] == '\t'))
			phrase_n--;
		if (!phrase_n) {
			rc = dyad_dict__bad(b, err, file, l.no, "entry without a phrase");
			continue;
		}
		if (!synonym || !g.open) {
			close_group(d, &g);
			g.first_actor = d->n_actors;
			g.code_first = d->n_codes;
			g.open = 1;
			g.has_codes = 0;
		}
		int agent_kind = agents ? 1 : 0;
		if (br) {
			size_t before = d->n_codes;
			if (synonym && g.has_codes) {
				/* a synonym with its own code starts a new entry */
				close_group(d, &g);
				g.first_actor = d->n_actors;
				g.code_first = d->n_codes;
				g.open = 1;
			}
			rc = add_codes(b, file, l.no, br, (size_t)(ps + pn - br), &agent_kind, err);
			if (rc)
				break;
			if (d->n_codes == before) /* the entry was skipped */
				continue;
			g.has_codes = 1;
		}
		/* PETRARCH "WORD {PLURALS}": the braces list extra forms of the phrase */
		const char *brace = memchr(ps, '{', phrase_n);
		const char *forms = NULL;
		size_t forms_n = 0;
		if (brace) {
			const char *close = memchr(brace, '}', phrase_n - (size_t)(brace - ps));
			if (!close) {
				rc = dyad_dict__bad(b, err, file, l.no, "unclosed '{' in entry");
				continue;
			}
			forms = brace + 1;
			forms_n = (size_t)(close - forms);
			phrase_n = (size_t)(brace - ps);
			while (phrase_n && (ps[phrase_n - 1] == ' ' || ps[phrase_n - 1] == '\t'))
				phrase_n--;
		}
		for (size_t f = 0; forms && f < forms_n && !rc;) {
			while (f < forms_n && (forms[f] == ' ' || forms[f] == ','))
				f++;
			size_t e = f;
			while (e < forms_n && forms[e] != ' ' && forms[e] != ',')
				e++;
			if (e > f)
				rc = add_phrase(b, file, l.no, forms + f, e - f, agent_kind, err);
			f = e;
		}
		int nv = expand_macros(macros, nm, ps, phrase_n, vars, 64);
		if (nv < 0) {
			rc = nv == DYAD_ENOMEM ? nv : dyad_dict__bad(b, err, file, l.no, "unknown !MACRO! in '%.*s'", (int)phrase_n, ps);
			continue;
		}
		for (int v = 0; v < nv; v++) {
			if (!rc)
				rc = add_phrase(b, file, l.no, vars[v], strlen(vars[v]), agent_kind, err);
			/* its forms are listed: "MEDIA {}" has no plural */
			if (!rc && brace)
				d->actors[d->n_actors - 1].ph.flags |= PH_FORMS;
			free(vars[v]);
		}
	}
	close_group(d, &g);
	for (int i = 0; i < nm; i++)
		for (int a = 0; a < macros[i].n; a++)
			free(macros[i].alts[a]);
	return rc;
}
