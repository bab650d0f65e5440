/* lib/lexicon.c — phrase matching primitives; see lexicon.h. */
#include "lib/lexicon.h"

#include <string.h>

#include "util/hash.h"

int dyad_lex__word(const dyad_dict *d, const dword *w, const dtoken *t)
{
	const char *ws = d->strings + w->str;
	uint16_t len = w->len;
	uint32_t wh = w->hash;
	if (t->h_norm == wh && t->norm_len == len && !memcmp(t->norm, ws, len))
		return 1;
	if (t->h_v == wh && t->vlemma != t->norm && t->vlemma_len == len && !memcmp(t->vlemma, ws, len))
		return 1;
	if (t->h_n == wh && t->nlemma != t->norm && t->nlemma_len == len && !memcmp(t->nlemma, ws, len))
		return 1;
	if (!(w->flags & W_EXACT) && t->norm_len > len && t->kind == TK_WORD && len) {
		if (len <= DYAD_PFX_MAX && t->pfx[len - 1] != wh)
			return 0;
		return !memcmp(t->norm, ws, len);
	}
	return 0;
}

size_t dyad_lex__element(const dyad_dict *d, const dword *w, const dtoken *t, size_t i, size_t n)
{
	if (i >= n)
		return 0;
	if (w->flags & W_SYNSET) {
		const dsynset *s = &d->synsets[w->str];
		size_t best = 0;
		for (uint32_t m = 0; m < s->n; m++) {
			const dphrase *ph = &d->synset_members[s->first + m];
			size_t k = dyad_lex__consecutive(d, &d->words[ph->first], ph->n, t, i, n);
			if (k > best)
				best = k;
		}
		return best;
	}
	return dyad_lex__word(d, w, t + i) ? 1 : 0;
}

size_t dyad_lex__consecutive(const dyad_dict *d, const dword *w, size_t nw, const dtoken *t,
                             size_t i, size_t n)
{
	size_t at = i;
	for (size_t k = 0; k < nw; k++) {
		if (w[k].flags & (W_VERB | W_TARGET | W_SOURCE | W_COMPOUND | W_SKIP))
			return 0;
		size_t c = dyad_lex__element(d, &w[k], t, at, n);
		if (!c)
			return 0;
		at += c;
	}
	return at - i;
}

static void probe_h(const dindex *ix, const char *s, size_t len, uint32_t hash, dyad_lex_visit fn,
                    void *payload, int *stop)
{
	if (*stop)
		return;
	const uint32_t *li = dyad_strmap_get_h(&ix->map, s, (uint32_t)len, hash);
	if (!li)
		return;
	const uint32_t *p = ix->posts + ix->post_first[*li];
	for (uint32_t k = 0; k < ix->post_n[*li] && !*stop; k++)
		*stop = fn(p[k], payload);
}


void dyad_lex__candidates(const dyad_dict *d, const dindex *ix, const dtoken *t,
                          dyad_lex_visit fn, void *payload)
{
	(void)d;
	if (!ix->n_lists || !t->norm_len)
		return;
	int stop = 0;
	probe_h(ix, t->norm, t->norm_len, t->h_norm, fn, payload, &stop);
	if (t->vlemma != t->norm)
		probe_h(ix, t->vlemma, t->vlemma_len, t->h_v, fn, payload, &stop);
	if (t->nlemma != t->norm && t->h_n != t->h_v)
		probe_h(ix, t->nlemma, t->nlemma_len, t->h_n, fn, payload, &stop);
	if (t->kind != TK_WORD)
		return;
	/* stems: proper prefixes of the surface form */
	uint64_t lens = ix->stem_lens;
	for (size_t l = 1; l < t->norm_len && l < 64 && !stop; l++)
		if (lens & ((uint64_t)1 << l))
			probe_h(ix, t->norm, l, l <= DYAD_PFX_MAX ? t->pfx[l - 1] : dyad_hash32(t->norm, l), fn,
			        payload, &stop);
}

typedef struct longest_ctx {
	const dyad_dict *d;
	const dphrase *(*phrase)(const dyad_dict *, uint32_t);
	const dtoken *t;
	size_t i, n, best;
	uint32_t entry;
	uint32_t chars;
} longest_ctx;

static int visit_longest(uint32_t e, void *payload)
{
	longest_ctx *c = payload;
	const dphrase *ph = c->phrase(c->d, e);
	if (ph->n < c->best) /* cannot beat the current match */
		return 0;
	size_t k = dyad_lex__consecutive(c->d, &c->d->words[ph->first], ph->n, c->t, c->i, c->n);
	if (!k)
		return 0;
	/* more tokens wins; on a tie the entry spelling out more letters (KUWAIT over
	 * the stem KU) wins, then the earlier entry */
	uint32_t chars = 0;
	for (uint16_t w = 0; w < ph->n; w++)
		chars += c->d->words[ph->first + w].len + ((c->d->words[ph->first + w].flags & W_EXACT) ? 1 : 0);
	if (k > c->best || (k == c->best && (chars > c->chars || (chars == c->chars && e < c->entry)))) {
		c->best = k;
		c->entry = e;
		c->chars = chars;
	}
	return 0;
}

size_t dyad_lex__longest(const dyad_dict *d, const dindex *ix,
                         const dphrase *(*phrase)(const dyad_dict *, uint32_t), const dtoken *t,
                         size_t i, size_t n, uint32_t *entry)
{
	longest_ctx c = {d, phrase, t, i, n, 0, 0, 0};
	dyad_lex__candidates(d, ix, &t[i], visit_longest, &c);
	*entry = c.entry;
	return c.best;
}
