/* lib/dict_verbs.c — reader for verb dictionaries: TABARI .verbs (one verb per
 * entry, "- pattern [code]" lines, "{ forms }", <SYNSETS>) and PETRARCH-1
 * block files ("--- NAME [code] ---" followed by synonym verbs and patterns). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lib/dict_parse.h"

/* Parse "[CODE]" or "[A:B]" at s into ev; returns 0, 1 if no bracket, -1 if bad. */
static int parse_event_code(dyad_dict *d, const char *s, size_t n, dev *ev, const char **why)
{
	ev->code = 0;
	ev->paired = 0;
	ev->flags = 0;
	const char *open = memchr(s, '[', n);
	if (!open)
		return 1;
	const char *close = memchr(open, ']', (size_t)(s + n - open));
	if (!close) {
		*why = "unclosed '['";
		return -1;
	}
	const char *p = open + 1;
	size_t len = (size_t)(close - p);
	while (len && *p == ' ') {
		p++;
		len--;
	}
	while (len && p[len - 1] == ' ')
		len--;
	while (len && (p[len - 1] == '?' || p[len - 1] == '!')) {
		ev->flags |= p[len - 1] == '?' ? EV_SUBORDINATE : EV_DOMINANT;
		len--;
	}
	if (!len) {
		*why = "empty code";
		return -1;
	}
	const char *colon = memchr(p, ':', len);
	size_t a = colon ? (size_t)(colon - p) : len;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)p[i];
		if (!isalnum(c) && c != ':' && c != '-' && c != '+' && c != '#' && c != '?') {
			*why = "bad character in event code";
			return -1;
		}
	}
	if (a == 3 && !memcmp(p, "---", 3))
		ev->code = DCODE_NULL;
	else if (a == 3 && (!memcmp(p, "+++", 3) || !memcmp(p, "###", 3)))
		ev->code = dyad_dict__str(d, p, 3); /* discard / complex: the coder decides */
	else {
		for (size_t i = 0; i < a; i++)
			if (!isalnum((unsigned char)p[i])) {
				*why = "bad event code";
				return -1;
			}
		if (!a || !isdigit((unsigned char)p[0])) {
			*why = "event code must start with a digit";
			return -1;
		}
		char up[32];
		if (a >= sizeof up) {
			*why = "event code too long";
			return -1;
		}
		for (size_t i = 0; i < a; i++)
			up[i] = (char)toupper((unsigned char)p[i]);
		ev->code = dyad_dict__str(d, up, a);
	}
	if (colon) {
		const char *q = colon + 1;
		size_t bl = len - a - 1;
		if (bl == 3 && !memcmp(q, "---", 3))
			ev->paired = 0;
		else if (bl && bl < 32) {
			char up[32];
			for (size_t i = 0; i < bl; i++)
				up[i] = (char)toupper((unsigned char)q[i]);
			ev->paired = dyad_dict__str(d, up, bl);
		}
	}
	return 0;
}

typedef struct vstate {
	dyad_dict_builder *b;
	const char *file;
	uint32_t file_off;
	int have_block;
	dev block_ev;
	uint32_t last_verb_first; /* verbs added by the latest verb line */
} vstate;

static int new_block(vstate *st, dev ev)
{
	dyad_dict *d = st->b->d;
	dblock blk = {d->n_patterns, 0};
	if (DICT_PUSH(d, blocks, n_blocks, cap_blocks, blk))
		return DYAD_ENOMEM;
	st->have_block = 1;
	st->block_ev = ev;
	return 0;
}

static int add_verb(vstate *st, long line, const char *s, size_t n, dev ev, dyad_error *err)
{
	dyad_dict *d = st->b->d;
	while (n && (*s == '+' || *s == ' ')) {
		s++;
		n--;
	}
	while (n && s[n - 1] == ' ')
		n--;
	if (!n)
		return 0;
	dverb v;
	memset(&v, 0, sizeof v);
	const char *why = NULL;
	int rc = dyad_dict__phrase(d, s, n, 0, &v.ph, &why);
	if (rc == DYAD_ENOMEM)
		return rc;
	if (rc)
		return dyad_dict__bad(st->b, err, st->file, line, "%s in verb '%.*s'", why, (int)n, s);
	v.ev = ev.code ? ev : st->block_ev;
	v.block = d->n_blocks - 1;
	v.file = st->file_off;
	v.line = (uint32_t)line;
	return DICT_PUSH(d, verbs, n_verbs, cap_verbs, v);
}

/* "{ FORM FORM }" or "{FORM | FORM}": more surface forms of the latest verb(s). */
static int add_forms(vstate *st, long line, const char *s, size_t n, dyad_error *err)
{
	dyad_dict *d = st->b->d;
	if (d->n_verbs == 0)
		return dyad_dict__bad(st->b, err, st->file, line, "verb forms without a verb");
	dev ev = d->verbs[d->n_verbs - 1].ev;
	size_t i = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '|' || s[i] == '{' || s[i] == '}'))
			i++;
		size_t j = i;
		while (j < n && s[j] != ' ' && s[j] != '|' && s[j] != '}')
			j++;
		if (j > i) {
			int rc = add_verb(st, line, s + i, j - i, ev, err);
			if (rc)
				return rc;
		}
		i = j;
	}
	return 0;
}

static int add_pattern(vstate *st, long line, const char *s, size_t n, dyad_error *err)
{
	dyad_dict *d = st->b->d;
	if (!st->have_block)
		return dyad_dict__bad(st->b, err, st->file, line, "pattern before any verb");
	const char *why = NULL;
	dev ev;
	const char *br = memchr(s, '[', n);
	int pc = parse_event_code(d, s, n, &ev, &why);
	if (pc < 0)
		return dyad_dict__bad(st->b, err, st->file, line, "%s in pattern", why);
	if (pc == 1)
		return dyad_dict__bad(st->b, err, st->file, line, "pattern without a [code]");
	size_t pn = (size_t)(br - s);
	char *alts[64];
	int na = dyad_dict__alternatives(s, pn, alts, 64);
	if (na == DYAD_ENOMEM)
		return na;
	if (na < 0)
		return dyad_dict__bad(st->b, err, st->file, line, "unbalanced '{ | }' in pattern");
	int rc = 0;
	for (int k = 0; k < na; k++) {
		const char *ps = alts[k];
		size_t pl = strlen(ps);
		dpattern p;
		memset(&p, 0, sizeof p);
		int prc = rc ? 0 : dyad_dict__phrase(d, ps, pl, 1, &p.ph, &why);
		if (!rc && prc == DYAD_ENOMEM)
			rc = prc;
		else if (!rc && prc)
			rc = dyad_dict__bad(st->b, err, st->file, line, "%s in pattern '%.*s'", why, (int)pn, s);
		else if (!rc) {
			int verb_at = -1;
			uint16_t score = 0;
			for (uint16_t w = 0; w < p.ph.n; w++) {
				const dword *x = &d->words[p.ph.first + w];
				uint16_t f = x->flags;
				if (f & W_VERB)
					verb_at = verb_at < 0 ? w : verb_at;
				else if (!d->opt.petrarch_verbs)
					/* TABARI: the letters of the literal words (manual 5.7.1) */
					score += (f & (W_TARGET | W_SOURCE | W_COMPOUND | W_SKIP | W_SYNSET)) ? 0 : x->len;
				else if (!(f & (W_TARGET | W_SOURCE | W_COMPOUND | W_SKIP)))
					score += 2;
				else
					score += 1;
			}
			if (verb_at < 0) {
				/* no "*": the verb comes first */
				dword vw = {0, 0, W_VERB, 0};
				if (DICT_PUSH(d, words, n_words, cap_words, vw))
					rc = DYAD_ENOMEM;
				else {
					uint32_t last = d->n_words - 1;
					memmove(&d->words[p.ph.first + 1], &d->words[p.ph.first],
					        (last - p.ph.first) * sizeof(dword));
					d->words[p.ph.first] = vw;
					p.ph.n++;
					verb_at = 0;
				}
			}
			p.verb_at = (uint16_t)verb_at;
			p.score = score;
			p.ev = ev;
			p.file = st->file_off;
			p.line = (uint32_t)line;
			p.text = dyad_dict__str(d, s, pn);
			if (!rc)
				rc = DICT_PUSH(d, patterns, n_patterns, cap_patterns, p);
			if (!rc)
				d->blocks[d->n_blocks - 1].n_pat++;
		}
		free(alts[k]);
	}
	return rc;
}

/* "LAST_WEEK [-7]" in a <TIME> section; "- ..." refinements are not read */
static int add_time(dyad_dict_builder *b, const char *file, long line, const char *s, size_t n,
                    dyad_error *err)
{
	dyad_dict *d = b->d;
	if (s[0] == '-')
		return 0;
	const char *br = memchr(s, '[', n);
	const char *close = br ? memchr(br, ']', (size_t)(s + n - br)) : NULL;
	if (!br || !close)
		return dyad_dict__bad(b, err, file, line, "time phrase without a [shift]");
	dtime t;
	memset(&t, 0, sizeof t);
	const char *why = NULL;
	size_t pn = (size_t)(br - s);
	while (pn && s[pn - 1] == ' ')
		pn--;
	int rc = dyad_dict__phrase(d, s, pn, 0, &t.ph, &why);
	if (rc == DYAD_ENOMEM)
		return rc;
	if (rc)
		return dyad_dict__bad(b, err, file, line, "%s in time phrase", why);
	const char *p = br + 1;
	while (p < close && *p == ' ')
		p++;
	char *end = NULL;
	long v = strtol(p, &end, 10);
	int numeric = end && end > p && (*p == '+' || *p == '-' || (*p >= '0' && *p <= '9'));
	while (numeric && end < close && *end == ' ')
		end++;
	if (numeric && end == close && v > -36500 && v < 36500)
		t.days = (int32_t)v;
	else
		t.suppress = 1;
	return DICT_PUSH(d, times, n_times, cap_times, t);
}

/* Members may only refer to synsets defined earlier: no cycles when matching. */
static int synset_refs_earlier(const dyad_dict *d, const dphrase *ph, uint32_t self)
{
	for (uint16_t k = 0; k < ph->n; k++)
		if ((d->words[ph->first + k].flags & W_SYNSET) && d->words[ph->first + k].str >= self)
			return 0;
	return 1;
}

/* First pass: register synset names so patterns may refer to them anywhere. */
static int register_synsets(dyad_dict *d, const char *text, size_t n)
{
	dreader r = {text, text + n, 0};
	dline l;
	while (dyad_dict__next_line(&r, &l)) {
		dyad_dict__strip(&l);
		if (l.n < 2 || l.s[0] != '&')
			continue;
		size_t k = 1;
		while (k < l.n && l.s[k] != ' ' && l.s[k] != '_' && l.s[k] != '\t')
			k++;
		char name[128];
		if (k >= sizeof name)
			continue;
		for (size_t i = 0; i < k; i++)
			name[i] = (char)toupper((unsigned char)l.s[i]);
		uint32_t off = dyad_dict__str(d, name, k);
		char *key = malloc(k + 1); /* not strndup: the name may hold a NUL byte */
		if (key) {
			memcpy(key, name, k);
			key[k] = 0;
		}
		if (!key || dyad_dict__grow((void **)&d->synset_keys, &d->cap_synset_keys,
		                            d->n_synset_keys + 1, sizeof(char *))) {
			free(key);
			return DYAD_ENOMEM;
		}
		d->synset_keys[d->n_synset_keys++] = key;
		int inserted = 0;
		uint32_t *slot = dyad_strmap_put(&d->synset_names, key, (uint32_t)k, &inserted);
		if (!slot)
			return DYAD_ENOMEM;
		if (inserted) {
			dsynset s = {off, 0, 0};
			*slot = d->n_synsets;
			if (DICT_PUSH(d, synsets, n_synsets, cap_synsets, s))
				return DYAD_ENOMEM;
		}
	}
	return 0;
}

int dyad_dict__read_verbs(dyad_dict_builder *b, const char *file, const char *text, size_t n,
                          dyad_error *err)
{
	dyad_dict *d = b->d;
	int rc = register_synsets(d, text, n);
	if (rc)
		return rc;
	vstate st;
	memset(&st, 0, sizeof st);
	st.b = b;
	st.file = file;
	st.file_off = b->file_off;
	dreader r = {text, text + n, 0};
	dline l;
	int block_format = 0;
	for (size_t i = 0; i + 4 < n; i++)
		if ((i == 0 || text[i - 1] == '\n') && !memcmp(text + i, "--- ", 4)) {
			block_format = 1;
			break;
		}
	int skip_section = 0, in_time = 0;
	int32_t synset = -1; /* open synset receiving "+member" lines */
	while (!rc && dyad_dict__next_line(&r, &l)) {
		if (l.n && (l.s[0] == '#' || (l.n > 1 && l.s[0] == '/' && l.s[1] == '/')))
			continue;
		if (l.n >= 4 && !memcmp(l.s, "<!--", 4))
			continue;
		dyad_dict__strip(&l);
		if (!l.n)
			continue;
		if (l.s[0] == '~') {
			if (l.n >= 7 && !strncasecmp(l.s, "~FINISH", 7))
				break;
			continue;
		}
		if (l.s[0] == '<') {
			if ((l.n >= 9 && !strncasecmp(l.s, "<SYNSETS>", 9)) ||
			    (l.n >= 10 && !strncasecmp(l.s, "</SYNSETS>", 10)))
				continue;
			in_time = l.n >= 6 && !strncasecmp(l.s, "<TIME>", 6);
			skip_section = !in_time && !(l.n > 1 && l.s[1] == '/');
			continue;
		}
		if (skip_section)
			continue;
		if (in_time) {
			rc = add_time(b, file, l.no, l.s, l.n, err);
			continue;
		}
		if (l.s[0] == '&') {
			size_t k = 1;
			while (k < l.n && l.s[k] != ' ' && l.s[k] != '_' && l.s[k] != '\t')
				k++;
			char name[128];
			if (k < sizeof name) {
				for (size_t i = 0; i < k; i++)
					name[i] = (char)toupper((unsigned char)l.s[i]);
				const uint32_t *ix = dyad_strmap_get(&d->synset_names, name, (uint32_t)k);
				synset = ix ? (int32_t)*ix : -1;
				if (ix)
					d->synsets[*ix].first = d->n_members, d->synsets[*ix].n = 0;
			}
			continue;
		}
		if (l.s[0] == '+' && synset >= 0) {
			dphrase ph;
			const char *why = NULL;
			int prc = dyad_dict__phrase(d, l.s + 1, l.n - 1, 1, &ph, &why);
			if (prc == DYAD_ENOMEM)
				rc = prc;
			else if (prc)
				rc = dyad_dict__bad(b, err, file, l.no, "%s in synset member", why);
			else if (d->synsets[synset].first + d->synsets[synset].n != d->n_members)
				rc = dyad_dict__bad(b, err, file, l.no, "synset members must be contiguous");
			else if (!synset_refs_earlier(d, &ph, (uint32_t)synset))
				rc = dyad_dict__bad(b, err, file, l.no,
				                    "a synset member may only use synsets defined before it");
			else if (!(rc = DICT_PUSH(d, synset_members, n_members, cap_members, ph)))
				d->synsets[synset].n++;
			continue;
		}
		synset = -1;
		if (l.n >= 3 && !memcmp(l.s, "---", 3)) {
			d->opt.petrarch_verbs = 1;
			dev ev;
			const char *why = NULL;
			int pc = parse_event_code(d, l.s, l.n, &ev, &why);
			if (pc < 0) {
				rc = dyad_dict__bad(b, err, file, l.no, "%s in block header", why);
				ev.code = DCODE_NULL;
				ev.paired = 0;
			}
			if (!rc)
				rc = new_block(&st, ev);
			continue;
		}
		if (l.s[0] == '-') {
			rc = add_pattern(&st, l.no, l.s + 1, l.n - 1, err);
			continue;
		}
		if (l.s[0] == '{') {
			rc = add_forms(&st, l.no, l.s, l.n, err);
			continue;
		}
		/* a verb line: VERB [code] {forms} */
		dev ev = {0, 0, 0};
		const char *why = NULL;
		int pc = parse_event_code(d, l.s, l.n, &ev, &why);
		if (pc < 0) {
			rc = dyad_dict__bad(b, err, file, l.no, "%s in verb entry", why);
			continue;
		}
		const char *end = l.s + l.n;
		const char *br = memchr(l.s, '[', l.n);
		const char *brace = memchr(l.s, '{', l.n);
		const char *stop = end;
		if (br && br < stop)
			stop = br;
		if (brace && brace < stop)
			stop = brace;
		if (!block_format || !st.have_block) {
			if (!block_format && pc == 1)
				ev.code = DCODE_NULL; /* TABARI verb without a code: patterns only */
			rc = new_block(&st, ev);
			if (rc)
				break;
		}
		rc = add_verb(&st, l.no, l.s, (size_t)(stop - l.s), ev, err);
		if (!rc && brace) {
			const char *cb = memchr(brace, '}', (size_t)(end - brace));
			rc = add_forms(&st, l.no, brace, (size_t)((cb ? cb : end) - brace), err);
		}
	}
	return rc;
}
