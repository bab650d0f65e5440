/* lib/lexicon.h — matching dictionary phrases against tokens: word tests
 * (surface, stem, lemma), synsets, first-word index probes. Read-only over
 * the shared dictionary; no allocation. */
#ifndef DYAD_LIB_LEXICON_H
#define DYAD_LIB_LEXICON_H

#include "lib/dict_internal.h"
#include "lib/token.h"

/* Does a literal dictionary word match one token? */
int dyad_lex__word(const dyad_dict *d, const dword *w, const dtoken *t);
/* Can it? Every match dyad_lex__word finds has one of the token's hashes
 * (surface, lemmas, the prefix as long as the word) equal to the word's;
 * a word longer than the prefix hashes go is always worth the call. */
static inline int dyad_lex__word_possible(const dword *w, const dtoken *t)
{
	uint32_t wh = w->hash;
	return t->h_norm == wh || t->h_v == wh || t->h_n == wh ||
	       (!(w->flags & W_EXACT) && t->norm_len > w->len &&
	        (w->len > DYAD_PFX_MAX || !w->len || t->pfx[w->len - 1] == wh));
}
/* Match words[0..nw) consecutively at token i (< n); returns tokens consumed or 0.
 * Synset words match any member phrase. */
size_t dyad_lex__consecutive(const dyad_dict *d, const dword *w, size_t nw, const dtoken *t,
                             size_t i, size_t n);
/* Does a phrase matched at token i spell each of its words in full (surface
 * or lemma), not as a TABARI stem? Stops at the first synset word. */
int dyad_lex__whole(const dyad_dict *d, const dphrase *ph, const dtoken *t, size_t i);
/* TABARI's reading of a phrase (manual 5.5.3): words not joined by "_" may
 * have other words between them, up to DYAD_LEX_MAX_GAP each. Returns the end
 * of the match from token i (0 none); *head is where its first gap starts
 * (the end when there is none). */
#define DYAD_LEX_MAX_GAP 32
size_t dyad_lex__gapped(const dyad_dict *d, const dword *w, size_t nw, const dtoken *t, size_t i,
                        size_t n, size_t *head);
/* Match one pattern element (literal or synset) at i; tokens consumed or 0. */
size_t dyad_lex__element(const dyad_dict *d, const dword *w, const dtoken *t, size_t i, size_t n);

/* Visit index entries whose first word could match token t (surface, lemmas,
 * stems). fn returns nonzero to stop. */
typedef int (*dyad_lex_visit)(uint32_t entry, void *payload);
void dyad_lex__candidates_slow(const dyad_dict *d, const dindex *ix, const dtoken *t,
                               dyad_lex_visit fn, void *payload);

/* Entries of ix whose phrase matches consecutively at token i of t[0..n):
 * fn(entry, tokens matched) for each, in dyad_lex__candidates' order; fn
 * returns nonzero to stop. A posting whose second word the next token
 * cannot be is passed over unread, and the first word, matched by the
 * token's key, is not tested again (as in dyad_lex__longest). Not for
 * TABARI's gapped reading, which matches phrases these pass over. */
typedef int (*dyad_lex_match_fn)(uint32_t entry, size_t m, void *payload);
void dyad_lex__matches_slow(const dyad_dict *d, const dindex *ix, const dtoken *t, size_t i, size_t n,
                            dyad_lex_match_fn fn, void *payload);

/* Longest match of an index's phrases starting at token i: returns tokens
 * consumed (0 none) and the entry in *entry. phrase() gives an entry's phrase. */
size_t dyad_lex__longest_slow(const dyad_dict *d, const dindex *ix,
                              const dphrase *(*phrase)(const dyad_dict *, uint32_t),
                              const dtoken *t, size_t i, size_t n, uint32_t *entry);

/* Does the word's memo (filled by an earlier lookup) say index ix has no
 * entry it can begin? Most words begin none: the lookups below answer them
 * inline, without a call. */
static inline int dyad_lex__none(const dyad_dict *d, const dindex *ix, const dtoken *t)
{
	const dtoken_memo *m = dyad_token__memo(t);
	return m->lex_dict == (const void *)d && m->lex_n <= DYAD_LEX_MEMO &&
	       !(m->lex_has & (0x0101010101010101ull << ix->which));
}

static inline void dyad_lex__candidates(const dyad_dict *d, const dindex *ix, const dtoken *t,
                                        dyad_lex_visit fn, void *payload)
{
	if (!dyad_lex__none(d, ix, t))
		dyad_lex__candidates_slow(d, ix, t, fn, payload);
}

/* Does the word's memo say that no entry of ix it begins can go on with the
 * next token of t[0..n) (whose signature lacks the bits they need; see
 * dtoken_memo.lex_next, and lex_next2 for the actor and agent indexes)?
 * Then none matches consecutively at i. */
static inline int dyad_lex__next_none(const dyad_dict *d, const dindex *ix, const dtoken *t, size_t i,
                                      size_t n)
{
	const dtoken_memo *m = dyad_token__memo(&t[i]);
	if (m->lex_dict != (const void *)d || m->lex_n > DYAD_LEX_MEMO || (m->lex_one >> ix->which & 1))
		return 0;
	if (i + 1 >= n)
		return 1;
	const dtoken_memo *next = dyad_token__memo(&t[i + 1]);
	return !(m->lex_next[ix->which] & next->sig) ||
	       (ix->which < 2 && !(m->lex_next2[ix->which] & next->sig2));
}

static inline size_t dyad_lex__longest(const dyad_dict *d, const dindex *ix,
                                       const dphrase *(*phrase)(const dyad_dict *, uint32_t),
                                       const dtoken *t, size_t i, size_t n, uint32_t *entry)
{
	if (dyad_lex__none(d, ix, &t[i]) || dyad_lex__next_none(d, ix, t, i, n)) {
		*entry = 0;
		return 0;
	}
	return dyad_lex__longest_slow(d, ix, phrase, t, i, n, entry);
}

static inline void dyad_lex__matches(const dyad_dict *d, const dindex *ix, const dtoken *t, size_t i, size_t n,
                                     dyad_lex_match_fn fn, void *payload)
{
	if (!dyad_lex__none(d, ix, &t[i]) && !dyad_lex__next_none(d, ix, t, i, n))
		dyad_lex__matches_slow(d, ix, t, i, n, fn, payload);
}

/* Where synsets match in t[0..n): calls fn(synset, i, len) for every member
 * phrase that matches len > 0 tokens from token i (possibly more than once
 * for the same place; keep the longest). One pass over the sentence finds
 * every synset, through the first-word index. */
typedef void (*dyad_lex_synset_fn)(uint32_t synset, size_t i, size_t len, void *payload);
void dyad_lex__synsets(const dyad_dict *d, const dtoken *t, size_t n, dyad_lex_synset_fn fn,
                       void *payload);

#endif
