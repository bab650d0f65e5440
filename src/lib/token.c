/* lib/token.c — tokenizer: words (with internal apostrophes and abbreviation
 * periods, "U.S."), numbers, punctuation; possessive 's and n't split off;
 * in-word hyphens separate words (TABARI convention). Each word gets its
 * folded upper-case form and lemmas for dictionary matching. */
#include "lib/token.h"

#include <dyad/error.h>
#include <string.h>

#include "lib/lemma.h"
#include "lib/normalize.h"
#include "util/hash.h"

#define MAX_WORD_BYTES 255

static int is_ascii_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* word character at s[i]? sets *w to its byte length */
static int word_char(const char *s, size_t n, size_t i, size_t *w)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*w = 1;
		return is_ascii_alnum(c);
	}
	uint32_t cp;
	*w = dyad_utf8__decode(s + i, n - i, &cp);
	if (cp == 0xFFFD && *w == 1)
		return 0;
	return dyad_unicode__is_word_char(cp);
}

/* apostrophe at s[i] (ASCII ' or U+2019)? returns its byte length or 0 */
static size_t apostrophe(const char *s, size_t n, size_t i)
{
	if (s[i] == '\'')
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98))
		return 3;
	return 0;
}

static size_t dash_len(const char *s, size_t n, size_t i)
{
	if (s[i] == '-')
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
		return 3;
	return 0;
}

/* tokens with a fixed matching form ('S, N'T, punctuation) */
static int fixed_form(dyad_arena *a, dtoken *tk, const char *form)
{
	size_t m = strlen(form);
	tk->norm = tk->vlemma = tk->nlemma = form;
	tk->norm_len = tk->vlemma_len = tk->nlemma_len = (uint16_t)m;
	uint32_t *pfx = dyad_arena_alloc(a, (m + 1) * sizeof *pfx);
	if (!pfx)
		return DYAD_ENOMEM;
	for (size_t k = 0; k < m; k++)
		pfx[k] = dyad_hash32(form, k + 1);
	tk->pfx = pfx;
	tk->h_norm = tk->h_v = tk->h_n = pfx[m - 1];
	return 0;
}

typedef struct tvec {
	dtoken *t;
	size_t n, cap, max;
	dyad_arena *a;
} tvec;

static int push(tvec *v, dtoken tk)
{
	if (v->n == v->cap) {
		if (v->n >= v->max)
			return DYAD_ELIMIT;
		size_t cap = v->cap ? v->cap * 2 : 256;
		if (cap > v->max)
			cap = v->max;
		dtoken *nt = dyad_arena_alloc(v->a, cap * sizeof *nt);
		if (!nt)
			return DYAD_ENOMEM;
		if (v->n)
			memcpy(nt, v->t, v->n * sizeof *nt);
		v->t = nt;
		v->cap = cap;
	}
	v->t[v->n++] = tk;
	return 0;
}

static int fill_forms(dyad_arena *a, dtoken *tk, const char *s)
{
	size_t n = tk->end - tk->begin;
	char buf[MAX_WORD_BYTES * 3 + 8];
	size_t m;
	if (n > MAX_WORD_BYTES)
		n = MAX_WORD_BYTES; /* longer "words" are not dictionary words; matching form only */
	m = dyad_normalize__fold(s + tk->begin, n, buf, sizeof buf);
	if (m == (size_t)-1)
		m = 0;
	/* drop apostrophes and periods from the matching form (U.S. -> U.S stays
	 * distinct from US), except keep a possessive 'S / N'T marker as is */
	char *norm = dyad_arena_strndup(a, buf, m);
	if (!norm)
		return DYAD_ENOMEM;
	tk->norm = norm;
	tk->norm_len = (uint16_t)m;
	tk->vlemma = tk->nlemma = norm;
	tk->vlemma_len = tk->nlemma_len = (uint16_t)m;
	size_t np = m < DYAD_PFX_MAX ? m : DYAD_PFX_MAX;
	uint32_t *pfx = dyad_arena_alloc(a, (np + 1) * sizeof *pfx);
	if (!pfx)
		return DYAD_ENOMEM;
	uint64_t h = DYAD_HASH_SEED;
	for (size_t k = 0; k < m; k++) {
		h = dyad_hash_step(h, (unsigned char)norm[k]);
		if (k < np)
			pfx[k] = (uint32_t)dyad_hash_finish(h);
	}
	tk->pfx = pfx;
	tk->h_norm = tk->h_v = tk->h_n = (uint32_t)dyad_hash_finish(h);
	if (tk->kind != TK_WORD || m == 0)
		return 0;
	dyad_lemma__forms f;
	dyad_lemma__analyze(norm, m, &f);
	tk->pos = (uint8_t)f.pos;
	if (f.verb_len) {
		char *p = dyad_arena_strndup(a, f.verb, f.verb_len);
		if (!p)
			return DYAD_ENOMEM;
		tk->vlemma = p;
		tk->vlemma_len = (uint16_t)f.verb_len;
		tk->h_v = dyad_hash32(p, f.verb_len);
	}
	if (f.noun_len) {
		char *p = dyad_arena_strndup(a, f.noun, f.noun_len);
		if (!p)
			return DYAD_ENOMEM;
		tk->nlemma = p;
		tk->nlemma_len = (uint16_t)f.noun_len;
		tk->h_n = dyad_hash32(p, f.noun_len);
	}
	return 0;
}

int dyad_token__run(dyad_arena *a, const char *s, size_t n, size_t max_tokens, dtoken **out,
                    size_t *n_out, size_t *bad_utf8)
{
	tvec v = {NULL, 0, 0, max_tokens ? max_tokens : (size_t)1 << 22, a};
	size_t i = 0;
	int newlines = 0;
	*bad_utf8 = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t w;
		if (c == '\n') {
			newlines++;
			i++;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0) {
			i++;
			continue;
		}
		dtoken tk;
		memset(&tk, 0, sizeof tk);
		tk.begin = (uint32_t)i;
		if (newlines >= 2)
			tk.flags |= TF_PARA;
		newlines = 0;
		if (word_char(s, n, i, &w)) {
			int upper = 0, lower = 0, digits = 0, alpha_seen = 0;
			size_t j = i;
			for (;;) {
				size_t cw;
				if (j < n && word_char(s, n, j, &cw)) {
					unsigned char cj = (unsigned char)s[j];
					if (cj >= 'A' && cj <= 'Z')
						upper++;
					else if (cj >= 'a' && cj <= 'z')
						lower++;
					else if (cj >= '0' && cj <= '9')
						digits++;
					if (!alpha_seen && cj >= 'A' && cj <= 'Z')
						tk.flags |= TF_CAP;
					if (cj >= 0x80 || (cj | 0x20) >= 'a')
						alpha_seen = 1;
					j += cw;
					continue;
				}
				/* internal apostrophe: O'Brien, don't — but not possessive 's */
				size_t ap = j < n ? apostrophe(s, n, j) : 0;
				if (ap && j + ap < n && word_char(s, n, j + ap, &cw)) {
					size_t k = j + ap;
					int is_s = (s[k] == 's' || s[k] == 'S') &&
					           (k + 1 >= n || !word_char(s, n, k + 1, &cw));
					int is_nt = (s[k] == 't' || s[k] == 'T') && j > i &&
					            (s[j - 1] == 'n' || s[j - 1] == 'N') &&
					            (k + 1 >= n || !word_char(s, n, k + 1, &cw));
					if (is_s || is_nt)
						break;
					j = k;
					continue;
				}
				/* abbreviation periods: U.S., U.N., a.m. */
				if (j < n && s[j] == '.' && j + 1 < n && is_ascii_alnum((unsigned char)s[j + 1]) &&
				    j - i <= 3 && (j + 2 >= n || s[j + 2] == '.' || !is_ascii_alnum((unsigned char)s[j + 2]))) {
					j += 2;
					if (j < n && s[j] == '.')
						j++;
					continue;
				}
				/* decimal and thousands separators inside numbers */
				if (j < n && (s[j] == '.' || s[j] == ',') && digits && !upper && !lower && j + 1 < n &&
				    s[j + 1] >= '0' && s[j + 1] <= '9') {
					j++;
					continue;
				}
				break;
			}
			/* "n't": split "didn't" into "did" + "n't" */
			size_t ap = j < n ? apostrophe(s, n, j) : 0;
			if (ap && j > i + 1 && (s[j - 1] == 'n' || s[j - 1] == 'N') && j + ap < n &&
			    (s[j + ap] == 't' || s[j + ap] == 'T')) {
				tk.end = (uint32_t)(j - 1);
				tk.kind = TK_WORD;
				if (upper && !lower)
					tk.flags |= TF_ALLCAPS;
				int rc = fill_forms(a, &tk, s);
				if (!rc)
					rc = push(&v, tk);
				if (rc)
					return rc;
				memset(&tk, 0, sizeof tk);
				tk.begin = (uint32_t)(j - 1);
				tk.end = (uint32_t)(j + ap + 1);
				tk.kind = TK_WORD;
				rc = fixed_form(a, &tk, "N'T");
				if (!rc)
					rc = push(&v, tk);
				if (rc)
					return rc;
				i = j + ap + 1;
				continue;
			}
			tk.end = (uint32_t)j;
			tk.kind = (digits && !upper && !lower) ? TK_NUM : TK_WORD;
			if (upper && !lower)
				tk.flags |= TF_ALLCAPS;
			int rc = fill_forms(a, &tk, s);
			if (!rc)
				rc = push(&v, tk);
			if (rc)
				return rc;
			i = j;
			continue;
		}
		size_t ap = apostrophe(s, n, i);
		if (ap && i + ap < n && (s[i + ap] == 's' || s[i + ap] == 'S') && v.n &&
		    v.t[v.n - 1].end == i && (i + ap + 1 >= n || !word_char(s, n, i + ap + 1, &w))) {
			tk.end = (uint32_t)(i + ap + 1);
			tk.kind = TK_WORD;
			int rc = fixed_form(a, &tk, "'S");
			if (!rc)
				rc = push(&v, tk);
			if (rc)
				return rc;
			i += ap + 1;
			continue;
		}
		size_t dl = dash_len(s, n, i);
		if (dl) {
			/* a hyphen inside a word separates words; a free-standing dash is punctuation */
			int glued = v.n && v.t[v.n - 1].end == i && i + dl < n && word_char(s, n, i + dl, &w);
			if (!glued) {
				tk.end = (uint32_t)(i + dl);
				while (tk.end < n && s[tk.end] == '-')
					tk.end++;
				tk.kind = TK_PUNCT;
				int rc = fixed_form(a, &tk, "-");
				if (!rc)
					rc = push(&v, tk);
				if (rc)
					return rc;
				i = tk.end;
			} else {
				i += dl;
			}
			continue;
		}
		/* punctuation and anything else: one code point */
		uint32_t cp = c;
		size_t cl = 1;
		if (c >= 0x80) {
			cl = dyad_utf8__decode(s + i, n - i, &cp);
			if (cp == 0xFFFD && cl == 1) {
				(*bad_utf8)++;
				i++;
				continue;
			}
		}
		static const char *const puncts = ".,;:!?\"'()[]";
		const char *norm = NULL;
		if (c < 0x80 && strchr(puncts, c)) {
			static char one[12][2] = {".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]"};
			norm = one[strchr(puncts, c) - puncts];
		} else if (cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB) {
			norm = "\"";
		} else if (cp == 0x2018 || cp == 0x2019) {
			norm = "'";
		} else if (cp == 0x2026) {
			norm = ".";
		}
		if (norm) {
			tk.end = (uint32_t)(i + cl);
			tk.kind = TK_PUNCT;
			int rc = fixed_form(a, &tk, norm);
			if (!rc)
				rc = push(&v, tk);
			if (rc)
				return rc;
		}
		i += cl;
	}
	*out = v.t;
	*n_out = v.n;
	return 0;
}
