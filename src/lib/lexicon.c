/* lib/lexicon.c — phrase matching primitives; see lexicon.h. */
#include "lib/lexicon.h"

#include <string.h>

int dyad_lex__word(const dyad_dict *d, const dword *w, const dtoken *t)
{
	const char *ws = d->strings + w->str;
	uint16_t len = w->len;
	if (t->norm_len == len && !memcmp(t->norm, ws, len))
		return 1;
	if (t->vlemma != t->norm && t->vlemma_len == len && !memcmp(t->vlemma, ws, len))
		return 1;
	if (t->nlemma != t->norm && t->nlemma_len == len && !memcmp(t->nlemma, ws, len))
		return 1;
	if (!(w->flags & W_EXACT) && t->norm_len > len && t->kind == TK_WORD &&
	    !memcmp(t->norm, ws, len))
		return 1;
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

static void probe(const dindex *ix, const char *s, size_t len, dyad_lex_visit fn, void *payload,
                  int *stop)
{
	if (*stop)
		return;
	const uint32_t *li = dyad_strmap_get(&ix->map, s, (uint32_t)len);
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
	probe(ix, t->norm, t->norm_len, fn, payload, &stop);
	if (t->vlemma != t->norm)
		probe(ix, t->vlemma, t->vlemma_len, fn, payload, &stop);
	if (t->nlemma != t->norm && t->nlemma != t->vlemma &&
	    !(t->nlemma_len == t->vlemma_len && !memcmp(t->nlemma, t->vlemma, t->vlemma_len)))
		probe(ix, t->nlemma, t->nlemma_len, fn, payload, &stop);
	if (t->kind != TK_WORD)
		return;
	/* stems: proper prefixes of the surface form */
	uint64_t lens = ix->stem_lens;
	for (size_t l = 1; l < t->norm_len && l < 64 && !stop; l++)
		if (lens & ((uint64_t)1 << l))
			probe(ix, t->norm, l, fn, payload, &stop);
}

typedef struct longest_ctx {
	const dyad_dict *d;
	const dphrase *(*phrase)(const dyad_dict *, uint32_t);
	const dtoken *t;
	size_t i, n, best;
	uint32_t entry;
} longest_ctx;

static int visit_longest(uint32_t e, void *payload)
{
	longest_ctx *c = payload;
	const dphrase *ph = c->phrase(c->d, e);
	if (ph->n <= c->best && c->best) /* postings are longest first per key; keep scanning others */
		return 0;
	size_t k = dyad_lex__consecutive(c->d, &c->d->words[ph->first], ph->n, c->t, c->i, c->n);
	if (k > c->best || (k && k == c->best && e < c->entry)) {
		c->best = k;
		c->entry = e;
	}
	return 0;
}

size_t dyad_lex__longest(const dyad_dict *d, const dindex *ix,
                         const dphrase *(*phrase)(const dyad_dict *, uint32_t), const dtoken *t,
                         size_t i, size_t n, uint32_t *entry)
{
	longest_ctx c = {d, phrase, t, i, n, 0, 0};
	dyad_lex__candidates(d, ix, &t[i], visit_longest, &c);
	*entry = c.entry;
	return c.best;
}
