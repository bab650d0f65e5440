/* lib/lexicon.c — phrase matching primitives; see lexicon.h. */
#include "lib/lexicon.h"

#include <string.h>

#include "util/hash.h"

int dyad_lex__word(const dyad_dict *d, const dword *w, const dtoken *t)
{
	const char *ws = d->strings + w->str;
	uint16_t len = w->len;
	uint32_t wh = w->hash;
	if (t->h_norm == wh && t->norm_len == len && dyad_same_bytes(t->norm, ws, len))
		return 1;
	if (w->flags & W_BARE)
		return 0;
	if (t->h_v == wh && t->vlemma != t->norm && t->vlemma_len == len &&
	    dyad_same_bytes(t->vlemma, ws, len))
		return 1;
	if (t->h_n == wh && t->nlemma != t->norm && t->nlemma_len == len &&
	    dyad_same_bytes(t->nlemma, ws, len))
		return 1;
	if (!(w->flags & W_EXACT) && t->norm_len > len && t->kind == TK_WORD && len) {
		if (len <= DYAD_PFX_MAX && t->pfx[len - 1] != wh)
			return 0;
		return dyad_same_bytes(t->norm, ws, len);
	}
	return 0;
}

static int whole_word(const dyad_dict *d, const dword *w, const dtoken *t, int surface)
{
	const char *ws = d->strings + w->str;
	return (t->norm_len == w->len && dyad_same_bytes(t->norm, ws, w->len)) ||
	       (!surface && t->vlemma_len == w->len && dyad_same_bytes(t->vlemma, ws, w->len)) ||
	       (!surface && t->nlemma_len == w->len && dyad_same_bytes(t->nlemma, ws, w->len));
}

int dyad_lex__whole(const dyad_dict *d, const dphrase *ph, const dtoken *t, size_t i)
{
	for (uint16_t k = 0; k < ph->n; k++) {
		const dword *w = &d->words[ph->first + k];
		if (w->flags & W_SYNSET)
			return 1;
		/* the last word carries the plural, unless the forms are listed */
		int surface = (ph->flags & PH_FORMS) && k + 1 == ph->n;
		if ((surface || !(w->flags & W_EXACT)) && !whole_word(d, w, &t[i + k], surface))
			return 0;
	}
	return 1;
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
	return dyad_lex__word_possible(w, t + i) && dyad_lex__word(d, w, t + i) ? 1 : 0;
}

size_t dyad_lex__consecutive(const dyad_dict *d, const dword *w, size_t nw, const dtoken *t,
                             size_t i, size_t n)
{
	size_t at = i;
	for (size_t k = 0; k < nw; k++) {
		if (w[k].flags & W_STOPS)
			return 0;
		/* a literal word is ruled out by its hash inline, without a call:
		 * most words tried here fail that test */
		size_t c;
		if (!(w[k].flags & W_SYNSET))
			c = at < n && dyad_lex__word_possible(&w[k], t + at) && dyad_lex__word(d, &w[k], t + at);
		else
			c = dyad_lex__element(d, &w[k], t, at, n);
		if (!c)
			return 0;
		at += c;
	}
	return at - i;
}

size_t dyad_lex__gapped(const dyad_dict *d, const dword *w, size_t nw, const dtoken *t, size_t i,
                        size_t n, size_t *head)
{
	size_t at = i;
	*head = 0;
	for (size_t k = 0; k < nw; k++) {
		if (w[k].flags & (W_VERB | W_TARGET | W_SOURCE | W_COMPOUND | W_SKIP))
			return 0;
		size_t c = 0;
		if (k > 0 && !(w[k].flags & W_ADJ)) {
			if (!*head)
				*head = at;
			size_t lim = at + DYAD_LEX_MAX_GAP < n ? at + DYAD_LEX_MAX_GAP : n;
			while (at < lim && !(c = dyad_lex__element(d, &w[k], t, at, n)))
				at++;
		} else {
			c = dyad_lex__element(d, &w[k], t, at, n);
		}
		if (!c)
			return 0;
		at += c;
	}
	if (!*head)
		*head = at;
	return at;
}

/* --- first-word lookups ---------------------------------------------------- */

/* dyad_lex__consecutive for a posting found under one of token i's keys:
 * its first word is that key's string, so dyad_lex__word accepts it there
 * by the surface, a lemma or a stem alike, unless the posting says to test
 * it (dpost.test1); a one-word phrase then matches without reading it */
static inline size_t posting_consecutive(const dyad_dict *d, const dpost *p, const dtoken *t, size_t i, size_t n)
{
	if (p->test1)
		return dyad_lex__consecutive(d, &d->words[p->first], p->n, t, i, n);
	if (p->n <= 1)
		return p->n;
	size_t r = dyad_lex__consecutive(d, &d->words[p->first + 1], p->n - 1u, t, i + 1, n);
	return r ? r + 1 : 0;
}

#define STEM_KEY 0x80000000u /* the key is a proper prefix of the token: non-exact entries only */
_Static_assert(DYAD_LEX_MEMO <= 8 && LEX_N <= 8, "the memo's has: 8 bits for each of 8 keys");
#define MAX_KEYS (3 + 64)
#define HEADS 8 /* distinct first synsets of unindexed members remembered a position */

/* could a key, or the prefix of a stem key, have hash h? (see lex_bits) */
static inline int maybe_key(const dyad_dict *d, uint32_t h)
{
	h &= d->lex_bits_mask;
	return d->lex_bits[h >> 6] >> (h & 63) & 1;
}

/* Keys of the shared index map (d->lex) that token t can begin: its surface,
 * verb lemma and noun lemma, then its proper prefixes (stems) shortest first,
 * as the indexes were probed one by one before; out has room for MAX_KEYS. */
static size_t find_keys(const dyad_dict *d, const dtoken *t, uint32_t *out)
{
	size_t n = 0;
	const uint32_t *v;
	if (!d->lex.count || !t->norm_len)
		return 0;
	if (maybe_key(d, t->h_norm) && (v = dyad_strmap_get_h(&d->lex, t->norm, t->norm_len, t->h_norm)))
		out[n++] = *v;
	if (t->vlemma != t->norm && maybe_key(d, t->h_v) &&
	    (v = dyad_strmap_get_h(&d->lex, t->vlemma, t->vlemma_len, t->h_v)))
		out[n++] = *v;
	if (t->nlemma != t->norm && t->h_n != t->h_v && maybe_key(d, t->h_n) &&
	    (v = dyad_strmap_get_h(&d->lex, t->nlemma, t->nlemma_len, t->h_n)))
		out[n++] = *v;
	if (t->kind != TK_WORD)
		return n;
	uint64_t lens = d->lex_stem_lens;
	for (size_t l = 1; l < t->norm_len && l < 64; l++) {
		uint32_t h = l <= DYAD_PFX_MAX ? t->pfx[l - 1] : dyad_hash32(t->norm, l);
		/* no stem key starts with these l letters: no longer one either */
		if (l <= DYAD_PFX_MAX && !maybe_key(d, h))
			break;
		if ((lens >> l & 1) && (v = dyad_strmap_get_h(&d->lex, t->norm, (uint32_t)l, h)) &&
		    d->lexkeys[*v].stem)
			out[n++] = *v | STEM_KEY;
	}
	return n;
}

/* index ix's posting list for one key of find_keys(); 0 when it has none */
static inline uint32_t key_list(const dyad_dict *d, const dindex *ix, uint32_t key,
                                const dpost **out, uint32_t *mask)
{
	const lexkey *lk = &d->lexkeys[key & ~STEM_KEY];
	uint32_t l = lk->list[ix->which];
	if (l == UINT32_MAX)
		return 0;
	if (key & STEM_KEY) {
		if (!(lk->stem >> ix->which & 1))
			return 0;
		*out = ix->posts + ix->stem_first[l];
		*mask = ix->stem_mask[l];
		return ix->stem_n[l];
	}
	*out = ix->posts + ix->post_first[l];
	*mask = ix->post_mask[l];
	return ix->post_n[l];
}

/* Keys of recent words, per thread: what find_keys returns depends only on
 * the dictionary and the token's folded form and kind (its lemmas and
 * hashes follow from them), and news repeats its words. Two slots a set,
 * the recent word first. */
#define WORD_SLOTS 8192
#define WORD_LEN 16
typedef struct word_memo {
	uint32_t gen;  /* dictionary (lex_gen); 0 = empty */
	uint32_t hash; /* h_norm */
	uint8_t len, kind, n, pad;
	uint32_t key[DYAD_LEX_MEMO];
	uint64_t has;
	char word[WORD_LEN];
} word_memo;
/* the table lives in the coder's token cache (dyad_token__lex_table) */

/* may key k (of has) have a list in index i? any key? Keys past the memo's
 * (has is all ones then) are always looked at. */
#define HAS_LIST(has, k, i) ((k) >= 8 || ((has) >> ((k) * 8 + (i)) & 1))
#define ANY_LIST(has, i) (((has) & (0x0101010101010101ull << (i))) != 0)

/* which indexes key k (of find_keys) has a list in, as token memo bits */
static uint64_t key_mask(const dyad_dict *d, const uint32_t *keys, size_t n)
{
	uint64_t mask = 0;
	for (size_t k = 0; k < n; k++) {
		const lexkey *lk = &d->lexkeys[keys[k] & ~STEM_KEY];
		for (unsigned i = 0; i < LEX_N; i++)
			if (lk->list[i] != UINT32_MAX && (!(keys[k] & STEM_KEY) || (lk->stem >> i & 1)))
				mask |= (uint64_t)1 << (k * 8 + i);
	}
	return mask;
}

_Static_assert(LEX_N == DYAD_LEX_NEXT, "the memo's lex_next covers every index");
_Static_assert(LEX_ACTOR < 2 && LEX_AGENT < 2, "the memo's lex_next2 covers the actor and agent indexes");

static const dindex *index_of(const dyad_dict *d, unsigned which)
{
	switch (which) {
	case LEX_ACTOR: return &d->actor_ix;
	case LEX_AGENT: return &d->agent_ix;
	case LEX_VERB: return &d->verb_ix;
	case LEX_DISCARD: return &d->discard_ix;
	case LEX_ISSUE: return &d->issue_ix;
	case LEX_SYNSET: return &d->synset_ix;
	default: return NULL;
	}
}

/* the memo's lex_one and lex_next (see dtoken_memo) from its n keys: what
 * dyad_lex__longest_slow's filters ask of the next token, for all the
 * postings of each index at once */
static void next_needs(const dyad_dict *d, const uint32_t *keys, size_t n, uint64_t has, dtoken_memo *m)
{
	m->lex_one = 0;
	for (unsigned i = 0; i < DYAD_LEX_NEXT; i++) {
		const dindex *ix = index_of(d, i);
		uint64_t need = 0, need2 = 0;
		unsigned nl = 0;
		for (size_t k = 0; ix && k < n; k++) {
			const dpost *p;
			uint32_t mi;
			if (!HAS_LIST(has, k, i))
				continue;
			uint32_t np = key_list(d, ix, keys[k], &p, &mi);
			if (np) {
				if (nl < DYAD_LEX_LISTS && np <= UINT16_MAX) {
					m->lex_lists[i].first[nl] = (uint32_t)(p - ix->posts);
					m->lex_lists[i].mask[nl] = mi;
					m->lex_lists[i].np[nl] = (uint16_t)np;
				}
				nl += np <= UINT16_MAX ? 1 : DYAD_LEX_LISTS + 1;
			}
			const uint8_t *pre = ix->pre + (p - ix->posts);
			for (uint32_t j = 0; j < np; j++) {
				if (pre[j] >= POST_ANY_NEXT) {
					m->lex_one |= (uint8_t)(1u << i);
				} else {
					need |= (uint64_t)1 << pre[j];
					need2 |= DYAD_SIG2_BIT(p[j].h2);
				}
			}
		}
		m->lex_next[i] = need;
		m->lex_lists[i].n = (uint8_t)(nl > DYAD_LEX_LISTS ? DYAD_LEX_LISTS + 1 : nl);
		if (i < 2)
			m->lex_next2[i] = need2;
	}
}

/* The token's keys, from its word's memo when filled; buf holds them
 * otherwise. *has gets bit k * 8 + i when key k may have a list in index i.
 * The memo is written through the const token: see dyad_token__memo. */
static const uint32_t *token_keys_slow(const dyad_dict *d, const dtoken *t, uint32_t *buf,
                                       size_t *n, uint64_t *has)
{
	dtoken_memo *m = dyad_token__memo(t);
	*has = ~(uint64_t)0;
	if (m->lex_dict == d) { /* more keys than the memo holds */
		*n = find_keys(d, t, buf);
		return buf;
	}
	m->lex_dict = d;
	word_memo *set = NULL;
	word_memo *words = m->cache ? dyad_token__lex_table(m->cache, WORD_SLOTS * sizeof(word_memo)) : NULL;
	if (words && !t->fixed && t->norm_len <= WORD_LEN) {
		set = &words[(t->h_norm & (WORD_SLOTS / 2 - 1)) * 2];
		for (int way = 0; way < 2; way++) {
			const word_memo *w = &set[way];
			if (w->gen == d->lex_gen && w->hash == t->h_norm && w->len == t->norm_len &&
			    w->kind == t->kind && dyad_same_bytes(w->word, t->norm, t->norm_len)) {
				memcpy(m->lex_key, w->key, w->n * sizeof *w->key);
				m->lex_n = w->n;
				m->lex_has = *has = w->has;
				*n = w->n;
				next_needs(d, m->lex_key, w->n, w->has, m);
				if (way) {
					word_memo x = set[0];
					set[0] = set[1];
					set[1] = x;
				}
				return m->lex_key;
			}
		}
	}
	*n = find_keys(d, t, buf);
	if (*n > DYAD_LEX_MEMO) {
		m->lex_n = DYAD_LEX_MEMO + 1;
		return buf;
	}
	memcpy(m->lex_key, buf, *n * sizeof *buf);
	m->lex_n = (uint8_t)*n;
	m->lex_has = *has = key_mask(d, buf, *n);
	next_needs(d, buf, *n, m->lex_has, m);
	if (set) {
		set[1] = set[0];
		word_memo *w = &set[0];
		w->gen = d->lex_gen;
		w->hash = t->h_norm;
		w->len = (uint8_t)t->norm_len;
		w->kind = t->kind;
		w->n = (uint8_t)*n;
		w->has = m->lex_has;
		memcpy(w->key, buf, *n * sizeof *buf);
		memcpy(w->word, t->norm, t->norm_len);
	}
	return m->lex_key;
}

static inline const uint32_t *token_keys(const dyad_dict *d, const dtoken *t, uint32_t *buf,
                                         size_t *n, uint64_t *has)
{
	const dtoken_memo *m = dyad_token__memo(t);
	if (m->lex_dict == d && m->lex_n <= DYAD_LEX_MEMO) {
		*n = m->lex_n;
		*has = m->lex_has;
		return m->lex_key;
	}
	return token_keys_slow(d, t, buf, n, has);
}

/* the token's posting lists in ix as its memo resolved them (after
 * token_keys), NULL when the memo keeps none: then key_list each key */
static inline const dlex_lists *memo_lists(const dyad_dict *d, const dindex *ix, const dtoken *t)
{
	const dtoken_memo *m = dyad_token__memo(t);
	const dlex_lists *ls = &m->lex_lists[ix->which];
	return m->lex_dict == (const void *)d && m->lex_n <= DYAD_LEX_MEMO && ls->n <= DYAD_LEX_LISTS ? ls : NULL;
}

void dyad_lex__candidates_slow(const dyad_dict *d, const dindex *ix, const dtoken *t,
                               dyad_lex_visit fn, void *payload)
{
	if (!ix->n_lists || !t->norm_len)
		return;
	uint32_t buf[MAX_KEYS];
	size_t nk;
	uint64_t has;
	const uint32_t *keys = token_keys(d, t, buf, &nk, &has);
	if (!ANY_LIST(has, ix->which))
		return;
	for (size_t k = 0; k < nk; k++) {
		const dpost *p;
		if (!HAS_LIST(has, k, ix->which))
			continue;
		uint32_t mi;
		uint32_t np = key_list(d, ix, keys[k], &p, &mi);
		for (uint32_t j = 0; j < np; j++)
			if (fn(p[j].entry, payload))
				return;
	}
}

/* Could the posting's second word match token t (signature sig)? Tests the
 * hashes that dyad_lex__word tests before comparing strings, so a "no" is
 * certain. The token's signature answers most postings with one bit. */
static inline int second_possible(const dpost *p, const dtoken *t, uint64_t sig)
{
	uint32_t h = p->h2;
	if (!(sig >> (h & 63) & 1))
		return 0;
	if (t->h_norm == h || (t->h_v == h && t->vlemma != t->norm) ||
	    (t->h_n == h && t->nlemma != t->norm))
		return 1;
	if (p->exact2 || t->norm_len <= p->len2 || t->kind != TK_WORD)
		return 0;
	return t->pfx[p->len2 - 1] == h;
}

/* the best match so far of dyad_lex__longest */
typedef struct longest_best {
	size_t n;
	uint32_t entry, chars;
} longest_best;

/* Try posting p at token i (next token next, signature next_sig) for the
 * best match; returns 1 when the list can stop (it is longest first: nothing
 * further can beat the match) */
static inline int longest_try(const dyad_dict *d, const dpost *p, const dtoken *t, size_t i, size_t n,
                              const dtoken *next, uint64_t next_sig, longest_best *b)
{
	if (p->n < b->n)
		return 1;
	/* more tokens wins; on a tie the entry spelling out more letters
	 * (KUWAIT over the stem KU) wins, then the earlier entry. Without a
	 * synset a phrase matches at most n tokens, so a tie is the best
	 * this one can do. */
	if (p->n == b->n && !p->synset &&
	    (p->chars < b->chars || (p->chars == b->chars && p->entry >= b->entry)))
		return 0;
	if (p->n > 1 && (!next || (p->len2 && !second_possible(p, next, next_sig))))
		return 0;
	size_t m = posting_consecutive(d, p, t, i, n);
	if (m && (m > b->n || (m == b->n && (p->chars > b->chars ||
	                                     (p->chars == b->chars && p->entry < b->entry))))) {
		b->n = m;
		b->entry = p->entry;
		b->chars = p->chars;
	}
	return 0;
}

/* is h in the second-word set tab of 2^bits slots? */
static inline int second_in(const uint32_t *tab, unsigned bits, uint32_t h)
{
	uint32_t mask = ((uint32_t)1 << bits) - 1;
	for (uint32_t i = DYAD_SECOND_SLOT(h, bits); tab[i]; i = (i + 1) & mask)
		if (tab[i] == h)
			return 1;
	return 0;
}

/* Can token next be the second word of a posting of long list mi with a
 * quick test (second_possible of some posting)? By the list's set of
 * second-word hashes: next's whole forms, and its prefixes as long as the
 * list's stem second words; 1 when the list keeps no set. */
static inline int second_in_list(const dindex *ix, uint32_t mi, const dtoken *next)
{
	uint32_t at = ix->second_at[mi];
	unsigned bits = at & 31;
	if (!bits)
		return 1;
	const uint32_t *tab = ix->second_tab + (at >> 5);
	if (second_in(tab, bits, next->h_norm) || (next->vlemma != next->norm && second_in(tab, bits, next->h_v)) ||
	    (next->nlemma != next->norm && second_in(tab, bits, next->h_n)))
		return 1;
	uint32_t shorter = next->norm_len < 32 ? ((uint32_t)1 << next->norm_len) - 1 : UINT32_MAX;
	if (next->kind == TK_WORD)
		for (uint32_t ls = ix->mask_lens2[mi] & shorter; ls; ls &= ls - 1)
			if (second_in(tab, bits, next->pfx[__builtin_ctz(ls) - 1]))
				return 1;
	return 0;
}

/* dyad_lex__longest_slow on a long list (np postings from p, chunk masks
 * from mi): its second words can be among the next token's whole forms and
 * its prefixes as long as the list's stem second words only, so the masks
 * of just those hashes' bits are read (second_possible finds nothing
 * elsewhere). Kept apart so the short lists' loop keeps its registers. */
__attribute__((noinline)) static void longest_long(const dyad_dict *d, const dindex *ix, const dpost *p, uint32_t np,
                                                   uint32_t mi, const dtoken *t, size_t i, size_t n,
                                                   const dtoken *next, longest_best *b)
{
	uint64_t sig = 0;
	/* (when next is no posting's second word by the list's set, only the
	 * one-word phrases and those with no quick test are read: sig stays 0) */
	if (next && second_in_list(ix, mi, next)) {
		sig = (uint64_t)1 << (next->h_norm & 63);
		if (next->vlemma != next->norm)
			sig |= (uint64_t)1 << (next->h_v & 63);
		if (next->nlemma != next->norm)
			sig |= (uint64_t)1 << (next->h_n & 63);
		/* stem lengths L < norm_len: the token hashes those prefixes */
		uint32_t shorter = next->norm_len < 32 ? ((uint32_t)1 << next->norm_len) - 1 : UINT32_MAX;
		if (next->kind == TK_WORD)
			for (uint32_t ls = ix->mask_lens2[mi] & shorter; ls; ls &= ls - 1)
				sig |= (uint64_t)1 << (next->pfx[__builtin_ctz(ls) - 1] & 63);
	}
	const uint64_t *m = ix->masks + (size_t)mi * POST_CHUNK_WORDS;
	for (uint32_t c = 0; c * 64 < np; c++, m += POST_CHUNK_WORDS) {
		uint64_t cand = m[0];
		if (next) {
			cand |= m[1];
			for (uint64_t bits = sig; bits; bits &= bits - 1)
				cand |= m[2 + __builtin_ctzll(bits)];
		}
		for (; cand; cand &= cand - 1)
			if (longest_try(d, p + c * 64 + (size_t)__builtin_ctzll(cand), t, i, n, next, sig, b))
				return;
	}
}

/* dyad_lex__longest_slow on one posting list (np from p, chunk masks from
 * mi; UINT32_MAX a short list) */
static inline void longest_list(const dyad_dict *d, const dindex *ix, const dpost *p, uint32_t np, uint32_t mi,
                                const dtoken *t, size_t i, size_t n, const dtoken *next, uint64_t next_sig,
                                longest_best *b)
{
	if (mi != UINT32_MAX) {
		longest_long(d, ix, p, np, mi, t, i, n, next, b);
		return;
	}
	const uint8_t *pre = ix->pre + (p - ix->posts);
	for (uint32_t j = 0; j < np; j++) {
		uint8_t f = pre[j];
		if (f < POST_ANY_NEXT ? !(next_sig >> f & 1) : (f == POST_ANY_NEXT && !next))
			continue;
		if (longest_try(d, p + j, t, i, n, next, next_sig, b))
			break;
	}
}

size_t dyad_lex__longest_slow(const dyad_dict *d, const dindex *ix,
                              const dphrase *(*phrase)(const dyad_dict *, uint32_t),
                              const dtoken *t, size_t i, size_t n, uint32_t *entry)
{
	(void)phrase; /* the postings carry each phrase's first word */
	*entry = 0;
	if (!ix->n_lists || !t[i].norm_len)
		return 0;
	uint32_t buf[MAX_KEYS];
	size_t nk;
	uint64_t has;
	const uint32_t *keys = token_keys(d, &t[i], buf, &nk, &has);
	if (!ANY_LIST(has, ix->which))
		return 0;
	const dtoken *next = i + 1 < n ? &t[i + 1] : NULL;
	uint64_t next_sig = next ? dyad_token__memo(next)->sig : 0;
	longest_best b = {0, 0, 0};
	/* Longer phrases whose second word cannot be the next token's
	 * (second_possible's first test) are passed over unread: by their byte
	 * in ix->pre, or in long lists by the chunk masks of the postings that
	 * can be candidates. As every posting after one where the list would
	 * stop is shorter, passing one there over changes nothing. */
	const dlex_lists *ls = memo_lists(d, ix, &t[i]);
	if (ls) { /* the lists the memo resolved, in the same order */
		for (unsigned l = 0; l < ls->n; l++)
			longest_list(d, ix, ix->posts + ls->first[l], ls->np[l], ls->mask[l], t, i, n, next, next_sig,
			             &b);
	} else {
		for (size_t k = 0; k < nk; k++) {
			const dpost *p = NULL;
			uint32_t mi = UINT32_MAX;
			if (!HAS_LIST(has, k, ix->which))
				continue;
			uint32_t np = key_list(d, ix, keys[k], &p, &mi);
			longest_list(d, ix, p, np, mi, t, i, n, next, next_sig, &b);
		}
	}
	*entry = b.entry;
	return b.n;
}

/* dyad_lex__matches_slow on one posting list (np from p); 1 when fn stops */
__attribute__((always_inline)) static inline int matches_list(const dyad_dict *d, const dindex *ix, const dpost *p,
                                                              uint32_t np, const dtoken *t, size_t i, size_t n,
                                                              const dtoken *next, uint64_t next_sig,
                                                              dyad_lex_match_fn fn, void *payload)
{
	const uint8_t *pre = ix->pre + (p - ix->posts);
	for (uint32_t j = 0; j < np; j++) {
		/* as in dyad_lex__longest_slow: a longer phrase whose second
		 * word cannot be the next token's matches nothing here */
		uint8_t f = pre[j];
		if (f < POST_ANY_NEXT ? !(next_sig >> f & 1) || !second_possible(&p[j], next, next_sig)
		                      : (f == POST_ANY_NEXT && !next))
			continue;
		size_t m = posting_consecutive(d, &p[j], t, i, n);
		if (m && fn(p[j].entry, m, payload))
			return 1;
	}
	return 0;
}

void dyad_lex__matches_slow(const dyad_dict *d, const dindex *ix, const dtoken *t, size_t i, size_t n,
                            dyad_lex_match_fn fn, void *payload)
{
	if (!ix->n_lists || !t[i].norm_len)
		return;
	uint32_t buf[MAX_KEYS];
	size_t nk;
	uint64_t has;
	const uint32_t *keys = token_keys(d, &t[i], buf, &nk, &has);
	if (!ANY_LIST(has, ix->which))
		return;
	const dtoken *next = i + 1 < n ? &t[i + 1] : NULL;
	uint64_t next_sig = next ? dyad_token__memo(next)->sig : 0;
	const dlex_lists *ls = memo_lists(d, ix, &t[i]);
	if (ls) { /* the lists the memo resolved, in the same order */
		for (unsigned l = 0; l < ls->n; l++)
			if (matches_list(d, ix, ix->posts + ls->first[l], ls->np[l], t, i, n, next, next_sig, fn, payload))
				return;
		return;
	}
	for (size_t k = 0; k < nk; k++) {
		const dpost *p = NULL;
		uint32_t mi;
		if (!HAS_LIST(has, k, ix->which))
			continue;
		uint32_t np = key_list(d, ix, keys[k], &p, &mi);
		if (matches_list(d, ix, p, np, t, i, n, next, next_sig, fn, payload))
			return;
	}
}

/* Synsets that unindexed members begin with ("&TIETYPES" of "&TIETYPES
 * MEMOS") and whose own members the index keys every one of: where they
 * match is found by dyad_lex__synsets' pass over the index, not by trying
 * each member at each position. At most HEADS, in sentences of at most
 * HEAD_TOKENS tokens. */
#define HEAD_TOKENS 256
typedef struct indexed_heads {
	uint32_t syn[HEADS];
	size_t n;
	uint16_t len[HEADS][HEAD_TOKENS]; /* longest match at each token */
} indexed_heads;

/* does the first-word index key member m whenever it can match? (see
 * build_members in dict.c: the others are the unindexed ones) */
static int keyed_member(const dyad_dict *d, uint32_t m)
{
	const dphrase *ph = &d->synset_members[m];
	if (!ph->n)
		return 1; /* matches nothing */
	const dword *w = &d->words[ph->first];
	if (w->flags & W_STOPS)
		return 1; /* matches nothing */
	return !(w->flags & W_SYNSET) && w->len && ((w->flags & W_EXACT) || w->len < 64);
}

static void find_heads(const dyad_dict *d, size_t n, indexed_heads *hs)
{
	hs->n = 0;
	if (n > HEAD_TOKENS)
		return;
	for (uint32_t u = 0; u < d->n_unindexed && hs->n < HEADS; u++) {
		const dphrase *ph = &d->synset_members[d->unindexed[u]];
		const dword *w = &d->words[ph->first];
		if (!ph->n || !(w->flags & W_SYNSET) || (w->flags & W_STOPS))
			continue;
		int seen = 0;
		for (size_t h = 0; h < hs->n && !seen; h++)
			seen = hs->syn[h] == w->str;
		const dsynset *sy = &d->synsets[w->str];
		int keyed = !seen;
		for (uint32_t m = 0; keyed && m < sy->n; m++)
			keyed = keyed_member(d, sy->first + m);
		if (!keyed)
			continue;
		memset(hs->len[hs->n], 0, n * sizeof hs->len[0][0]);
		hs->syn[hs->n++] = w->str;
	}
}

/* a member matched m tokens at i: the heads it belongs to */
static inline void head_hit(const dyad_dict *d, indexed_heads *hs, uint32_t member, size_t i, size_t m)
{
	for (size_t h = 0; h < hs->n; h++) {
		const dsynset *sy = &d->synsets[hs->syn[h]];
		if (member - sy->first < sy->n && m > hs->len[h][i])
			hs->len[h][i] = (uint16_t)m;
	}
}

/* dyad_lex__synsets' pass over the first-word index: every indexed member
 * that matches, and the heads' lengths in hs (NULL: no heads) */
static void indexed_members(const dyad_dict *d, const dtoken *t, size_t n, dyad_lex_synset_fn fn,
                            void *payload, indexed_heads *hs)
{
	const dindex *ix = &d->synset_ix;
	uint32_t buf[MAX_KEYS];
	for (size_t i = 0; ix->n_lists && i < n; i++) {
		if (!t[i].norm_len)
			continue;
		size_t nk;
		uint64_t has;
		const uint32_t *keys = token_keys(d, &t[i], buf, &nk, &has);
		if (!ANY_LIST(has, LEX_SYNSET) || dyad_lex__next_none(d, ix, t, i, n))
			continue;
		const dtoken *next = i + 1 < n ? &t[i + 1] : NULL;
		uint64_t next_sig = next ? dyad_token__memo(next)->sig : 0;
		/* the lists the memo resolved, in the same order, or each key's */
		const dlex_lists *ls = memo_lists(d, ix, &t[i]);
		size_t nl = ls ? ls->n : nk;
		for (size_t k = 0; k < nl; k++) {
			const dpost *p;
			uint32_t np;
			if (ls) {
				p = ix->posts + ls->first[k];
				np = ls->np[k];
			} else {
				if (!HAS_LIST(has, k, LEX_SYNSET))
					continue;
				uint32_t mi;
				np = key_list(d, ix, keys[k], &p, &mi);
			}
			for (uint32_t j = 0; j < np; j++, p++) {
				if (p->n > 1 && (!next || (p->len2 && !second_possible(p, next, next_sig))))
					continue;
				size_t m = posting_consecutive(d, p, t, i, n);
				if (m && hs)
					head_hit(d, hs, p->entry, i, m);
				if (m && d->member_synset[p->entry] != UINT32_MAX)
					fn(d->member_synset[p->entry], i, m, payload);
			}
		}
	}
}

/* members whose first word the index cannot key: tried everywhere. That
 * word is mostly a synset several members begin with ("&TIETYPES MEMOS",
 * "&TIETYPES RUMORS"): matched once a position, as consecutive() would, or
 * read from hs when the index keys its members */
static void unindexed_members(const dyad_dict *d, const dtoken *t, size_t n, dyad_lex_synset_fn fn,
                              void *payload, const indexed_heads *hs)
{
	/* does every unindexed member begin with one of hs' heads? */
	int all_heads = 1;
	for (uint32_t u = 0; u < d->n_unindexed && all_heads; u++) {
		const dphrase *ph = &d->synset_members[d->unindexed[u]];
		const dword *w = &d->words[ph->first];
		int head = 0;
		if (ph->n && (w->flags & W_SYNSET) && !(w->flags & W_STOPS))
			for (size_t h = 0; h < hs->n && !head; h++)
				head = hs->syn[h] == w->str;
		all_heads = head;
	}
	for (size_t i = 0; i < n; i++) {
		uint32_t head[HEADS];
		size_t head_len[HEADS], nh = 0, any = 0;
		for (; nh < hs->n; nh++) {
			head[nh] = hs->syn[nh];
			head_len[nh] = hs->len[nh][i];
			any |= head_len[nh];
		}
		/* no head matches here: no member can */
		if (all_heads && !any)
			continue;
		for (uint32_t u = 0; u < d->n_unindexed; u++) {
			uint32_t m = d->unindexed[u];
			const dphrase *ph = &d->synset_members[m];
			const dword *w = &d->words[ph->first];
			size_t c;
			if (!ph->n || !(w->flags & W_SYNSET) || (w->flags & W_STOPS)) {
				c = dyad_lex__consecutive(d, w, ph->n, t, i, n);
			} else {
				size_t h = 0;
				while (h < nh && head[h] != w->str)
					h++;
				if (h == nh) {
					c = dyad_lex__element(d, w, t, i, n);
					if (nh < HEADS) {
						head[nh] = w->str;
						head_len[nh++] = c;
					}
				} else {
					c = head_len[h];
				}
				if (c && ph->n > 1) {
					size_t r = dyad_lex__consecutive(d, w + 1, ph->n - 1u, t, i + c, n);
					c = r ? c + r : 0;
				}
			}
			if (c)
				fn(d->member_synset[m], i, c, payload);
		}
	}
}

void dyad_lex__synsets(const dyad_dict *d, const dtoken *t, size_t n, dyad_lex_synset_fn fn,
                       void *payload)
{
	if (!d->n_unindexed) {
		indexed_members(d, t, n, fn, payload, NULL);
		return;
	}
	indexed_heads hs;
	find_heads(d, n, &hs);
	indexed_members(d, t, n, fn, payload, hs.n ? &hs : NULL);
	unindexed_members(d, t, n, fn, payload, &hs);
}
