/* lib/dict_misc.c — readers for discard lists, issue dictionaries
 * (Phoenix.IssueCoding format) and TABARI .options files. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lib/dict_parse.h"

static int skip_comment_line(const dline *l)
{
	return l->n && (l->s[0] == '#' || (l->n > 1 && l->s[0] == '/' && l->s[1] == '/') ||
	                (l->n >= 4 && !memcmp(l->s, "<!--", 4)));
}

int dyad_dict__read_discards(dyad_dict_builder *b, const char *file, const char *text, size_t n,
                             dyad_error *err)
{
	dyad_dict *d = b->d;
	dreader r = {text, text + n, 0};
	dline l;
	int rc = 0;
	while (!rc && dyad_dict__next_line(&r, &l)) {
		if (skip_comment_line(&l))
			continue;
		dyad_dict__strip(&l);
		if (!l.n || l.s[0] == '<')
			continue;
		if (l.s[0] == '~') {
			if (l.n >= 7 && !strncasecmp(l.s, "~FINISH", 7))
				break;
			continue;
		}
		if (memchr(l.s, '\t', l.n)) {
			rc = dyad_dict__bad(b, err, file, l.no, "tab-separated record is not a discard phrase");
			continue;
		}
		const char *br = memchr(l.s, '[', l.n);
		size_t pn = br ? (size_t)(br - l.s) : l.n;
		while (pn && l.s[pn - 1] == ' ')
			pn--;
		/* "+PHRASE": a story-level discard */
		size_t plus = 0;
		while (plus < pn && (l.s[plus] == '+' || l.s[plus] == ' '))
			plus++;
		dphrase ph;
		const char *why = NULL;
		int prc = dyad_dict__phrase(d, l.s + plus, pn - plus, 0, &ph, &why);
		if (!prc && plus)
			ph.flags = PH_STORY;
		if (prc == DYAD_ENOMEM)
			return prc;
		if (prc) {
			rc = dyad_dict__bad(b, err, file, l.no, "%s in discard '%.*s'", why, (int)l.n, l.s);
			continue;
		}
		rc = DICT_PUSH(d, discards, n_discards, cap_discards, ph);
	}
	return rc;
}

int dyad_dict__read_issues(dyad_dict_builder *b, const char *file, const char *text, size_t n,
                           dyad_error *err)
{
	dyad_dict *d = b->d;
	dreader r = {text, text + n, 0};
	dline l;
	int rc = 0;
	uint32_t category = 0;
	while (!rc && dyad_dict__next_line(&r, &l)) {
		if (skip_comment_line(&l))
			continue;
		dyad_dict__strip(&l);
		if (!l.n)
			continue;
		if (l.s[0] == '<') {
			const char *cat = NULL;
			for (size_t i = 0; i + 9 < l.n; i++)
				if (!strncasecmp(l.s + i, "CATEGORY=", 9)) {
					cat = l.s + i + 9;
					break;
				}
			if (cat && *cat == '"') {
				const char *q = memchr(cat + 1, '"', (size_t)(l.s + l.n - cat - 1));
				if (q)
					category = dyad_dict__str(d, cat + 1, (size_t)(q - cat - 1));
			}
			continue;
		}
		int exclude = l.s[0] == '~';
		const char *s = l.s + exclude;
		size_t sn = l.n - (size_t)exclude;
		const char *br = memchr(s, '[', sn);
		size_t pn = br ? (size_t)(br - s) : sn;
		/* "n:" marks a noun (plurals handled by lemmas); "+" joins words */
		char buf[512];
		size_t bn = 0;
		for (size_t i = 0; i < pn && bn + 1 < sizeof buf; i++) {
			if (i + 1 < pn && (s[i] == 'n' || s[i] == 'v' || s[i] == 'a') && s[i + 1] == ':' &&
			    (i == 0 || s[i - 1] == ' ' || s[i - 1] == '+')) {
				i++;
				continue;
			}
			buf[bn++] = s[i] == '+' ? ' ' : s[i];
		}
		if (bn + 1 >= sizeof buf) {
			rc = dyad_dict__bad(b, err, file, l.no, "issue phrase too long");
			continue;
		}
		dissue is;
		memset(&is, 0, sizeof is);
		const char *why = NULL;
		int prc = dyad_dict__phrase(d, buf, bn, 0, &is.ph, &why);
		if (prc == DYAD_ENOMEM)
			return prc;
		if (prc) {
			rc = dyad_dict__bad(b, err, file, l.no, "%s in issue phrase", why);
			continue;
		}
		is.exclude = (uint32_t)exclude;
		is.name = category;
		if (br) {
			const char *close = memchr(br, ']', (size_t)(s + sn - br));
			if (!close) {
				rc = dyad_dict__bad(b, err, file, l.no, "unclosed '[' in issue entry");
				continue;
			}
			char up[128];
			size_t k = 0;
			for (const char *p = br + 1; p < close && k + 1 < sizeof up; p++)
				if (*p != ' ')
					up[k++] = (char)toupper((unsigned char)*p);
			if (k)
				is.name = dyad_dict__str(d, up, k);
		}
		if (!is.name && !exclude) {
			rc = dyad_dict__bad(b, err, file, l.no, "issue phrase without a [NAME] or category");
			continue;
		}
		rc = DICT_PUSH(d, issues, n_issues, cap_issues, is);
	}
	return rc;
}

/* copy the code inside the "[...]" that follows key in s, upper case */
static void bracket_after(const char *s, const char *key, char *out, size_t cap)
{
	const char *k = strstr(s, key);
	out[0] = 0;
	if (!k)
		return;
	const char *o = strchr(k, '['), *c = o ? strchr(o, ']') : NULL;
	if (!o || !c)
		return;
	size_t n = 0;
	for (const char *p = o + 1; p < c && n + 1 < cap; p++)
		if (*p != ' ')
			out[n++] = (char)toupper((unsigned char)*p);
	out[n] = 0;
}

const uint16_t dyad_dict__comma_defaults[6] = {2, 10, 128, 0, 2, 10};

/* the number inside the "[n]" right after key in s ("VERBS[5]"); 0 when absent */
static uint16_t bracket_number(const char *s, const char *key)
{
	const char *k = strstr(s, key);
	if (!k || k[strlen(key)] != '[')
		return 0;
	long v = strtol(k + strlen(key) + 1, NULL, 10);
	return (uint16_t)(v < 0 ? 0 : v > UINT16_MAX ? UINT16_MAX : v);
}

/* "COMMA: MIN = 2 MAX = 10 BMIN = .. BMAX = .. EMIN = .. EMAX = .." or "COMMA: OFF"
 * (manual 8.6); limits not named keep their value */
static void read_comma(dict_options *o, const char *s)
{
	static const char *const names[6] = {"MIN", "MAX", "BMIN", "BMAX", "EMIN", "EMAX"};
	if (strstr(s, "OFF")) {
		o->comma_mode = 2;
		return;
	}
	if (o->comma_mode != 1)
		memcpy(o->comma, dyad_dict__comma_defaults, sizeof o->comma);
	o->comma_mode = 1;
	for (const char *p = s; *p;) {
		while (*p && !(*p >= 'A' && *p <= 'Z'))
			p++;
		const char *w = p;
		while (*p >= 'A' && *p <= 'Z')
			p++;
		size_t wn = (size_t)(p - w);
		int which = -1;
		for (int k = 0; k < 6; k++)
			if (strlen(names[k]) == wn && !strncmp(w, names[k], wn))
				which = k;
		while (*p == ' ' || *p == '=')
			p++;
		if (which >= 0 && *p >= '0' && *p <= '9') {
			long v = strtol(p, NULL, 10);
			o->comma[which] = (uint16_t)(v > UINT16_MAX ? UINT16_MAX : v);
		}
	}
}

int dyad_dict__read_options(dyad_dict_builder *b, const char *file, const char *text, size_t n,
                            dyad_error *err)
{
	(void)file;
	(void)err;
	dyad_dict *d = b->d;
	/* TABARI options describe suite-style coding, with TABARI's defaults */
	if (!d->tabari_compat)
		d->opt.min_words = DYAD_TABARI_MIN_WORDS;
	d->tabari_compat = 1;
	dreader r = {text, text + n, 0};
	dline l;
	while (dyad_dict__next_line(&r, &l)) {
		char line[512];
		size_t k = 0;
		for (size_t i = 0; i < l.n && k + 1 < sizeof line; i++)
			line[k++] = (char)toupper((unsigned char)l.s[i]);
		line[k] = 0;
		const char *s = line;
		while (*s == ' ' || *s == '\t')
			s++;
		if (s[0] == '/' || s[0] == '#')
			continue;
		if (!strncmp(s, "DEFAULT:", 8)) {
			dict_options *o = &d->opt;
			if (strstr(s, "OFF")) {
				o->def_source[0] = o->def_target[0] = 0;
				o->def_prior = o->def_after = 0;
				continue;
			}
			bracket_after(s, "SOURCE", o->def_source, sizeof o->def_source);
			bracket_after(s, "TARGET", o->def_target, sizeof o->def_target);
			o->def_prior = strstr(s, "PRIOR") != NULL;
			o->def_after = strstr(s, "AFTER") != NULL;
		} else if (!strncmp(s, "COMMA:", 6)) {
			read_comma(&d->opt, s + 6);
		} else if (!strncmp(s, "COMPLEX:", 8)) {
			d->opt.complex_verbs = bracket_number(s, "VERBS");
			d->opt.complex_conj = bracket_number(s, "CONJ");
			d->opt.complex_noactprior = strstr(s, "NOACTPRIOR") != NULL;
		} else if (!strncmp(s, "SET:", 4)) {
			if (strstr(s, "CODE ALL"))
				d->opt.code_by = CODE_ALL;
			else if (strstr(s, "CODE BY SENTENCE"))
				d->opt.code_by = CODE_BY_SENTENCE;
			else if (strstr(s, "CODE BY CLAUSE"))
				d->opt.code_by = CODE_BY_CLAUSE;
			if (strstr(s, "TIME SHIFT"))
				d->opt.time_shift_off = strstr(s, "FALSE") != NULL;
			if (strstr(s, "CONVERT AGENT"))
				d->opt.convert_agents = strstr(s, "TRUE") != NULL;
			const char *mw = strstr(s, "MINIMUM WORDS");
			if (mw) {
				const char *eq = strchr(mw, '=');
				if (eq)
					d->opt.min_words = (uint16_t)atoi(eq + 1);
			}
		}
	}
	return 0;
}
