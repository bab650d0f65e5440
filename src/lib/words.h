/* lib/words.h — closed-class word lists (words.c) and the tests on tokens
 * that use them, shared by the coder's stages. */
#ifndef DYAD_LIB_WORDS_H
#define DYAD_LIB_WORDS_H

#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#include "lib/token.h"

extern const char *const dyad_words__determiners[];
extern const char *const dyad_words__prepositions[];
extern const char *const dyad_words__be_forms[];
extern const char *const dyad_words__negators[];
extern const char *const dyad_words__modals[];
extern const char *const dyad_words__futures[];
extern const char *const dyad_words__readiness[];
extern const char *const dyad_words__conditionals[];
extern const char *const dyad_words__blockers[];
extern const char *const dyad_words__adverbs[];
extern const char *const dyad_words__clause_stops[];
extern const char *const dyad_words__partitives[];
extern const char *const dyad_words__pair_nouns[];
/* nouns that an agent word may precede as their head: people and units
 * ("army chief", "police commander") and the posts and positions that stand
 * for them ("insurgent positions", "rebel bases"); other nouns make the agent a
 * modifier ("military uniforms", "an official statement") */
extern const char *const dyad_words__agent_heads[];
extern const char *const dyad_words__topic_preps[];
extern const char *const dyad_words__possessives[];
extern const char *const dyad_words__numerals[];
extern const char *const dyad_words__articles[];
extern const char *const dyad_words__glue[];
extern const char *const dyad_words__pronouns[];
extern const char *const dyad_words__tabari_pronouns[];
extern const char *const dyad_words__possessors[];
extern const char *const dyad_words__homeland[];
/* "we", "I": a quotation's speaker (coder.c) */
extern const char *const dyad_words__first_person[];
/* what the name memory never keeps as a surname: days, months, "the", "and" */
extern const char *const dyad_words__not_names[];
/* "that", opening a reported clause (complement.c) */
extern const char *const dyad_words__complementizers[];
/* nouns that stand for the armed group or organisation named before: "the
 * group", "the organisation" (coder.c) */
extern const char *const dyad_words__group_nouns[];
/* who speaks or acts for a person or body named before "'s": "Netanyahu's
 * office", "Yoon's lawyers", "Khan's legal team" (clause.c) */
extern const char *const dyad_words__proxies[];
/* "each" ("each side blamed the other", coder.c): one bit to ask a sentence */
extern const char *const dyad_words__each[];

/* The lists above begin with a mark, DYAD_WORDS_LISTED(k) for k = 1, 2, ...
 * (one k a list), and are all in words.c's every_list: the tokenizer marks a
 * word on any of them (dtoken.listed) and keeps the bits k - 1 of its lists
 * in its memo (dtoken_memo.lists), so dyad_words__in answers a marked list
 * by one bit. A list without a mark (a local one) is simply searched. */
#define DYAD_WORDS_MARKS 32
extern const char dyad_words__mark[DYAD_WORDS_MARKS][2];
#define DYAD_WORDS_LISTED(k) dyad_words__mark[k]
/* Lists without a mark: the days of the week, and lone time words
 * ("yesterday", "today", "tonight", "overnight") that stand before or after
 * a verb. */
extern const char *const dyad_words__weekdays[];
extern const char *const dyad_words__time_words[];
/* The bits (k - 1) of the marked lists w[0..n) is on; 0 none. */
uint32_t dyad_words__listed(const char *w, size_t n);
/* the bit of a marked list in dtoken_memo.lists */
static inline uint32_t dyad_words__bit(const char *const *list)
{
	return (uint32_t)1 << ((unsigned char)list[0][0] - 1);
}

/* A word list's signature: bit dyad_words__sig_bit of each of its words
 * (first letter and length), so a word or lemma whose bit is clear is on
 * none of them and the list is not searched (most asked are on no list: the
 * search read every entry's first letter, ~40 instructions a lemma list).
 * Lists are static arrays; their signatures are kept by address in a table
 * all threads share (words.c), made at a list's first test. */
static inline unsigned dyad_words__sig_bit(const char *w, size_t n)
{
	return ((unsigned char)w[0] * 7u + (unsigned)n) & 63;
}
#define DYAD_WORDS_SIG_SLOTS 1024
struct dyad_words__sig_slot {
	_Atomic(const char *const *) list;
	_Atomic(uint64_t) absent; /* ~signature: bits no word of the list has (0
	                           * while being made: any lemma may be on it) */
};
extern struct dyad_words__sig_slot dyad_words__sigs[DYAD_WORDS_SIG_SLOTS];
uint64_t dyad_words__sig_slow(const char *const *list);
static inline size_t dyad_words__sig_slot_of(const char *const *list)
{
	return (size_t)((uintptr_t)list >> 3) % DYAD_WORDS_SIG_SLOTS;
}
/* may word a (n bytes) be on list? (no when its bit is clear) */
static inline int dyad_words__may_be_on(const char *a, size_t n, const char *const *list)
{
	struct dyad_words__sig_slot *sl = &dyad_words__sigs[dyad_words__sig_slot_of(list)];
	uint64_t absent = atomic_load_explicit(&sl->list, memory_order_acquire) == list
	                      ? atomic_load_explicit(&sl->absent, memory_order_relaxed)
	                      : ~dyad_words__sig_slow(list);
	return !(absent >> dyad_words__sig_bit(a, n) & 1);
}

/* is the token one of the NULL-terminated list? */
static inline int dyad_words__in(const dtoken *t, const char *const *list)
{
	unsigned k = (unsigned char)list[0][0];
	/* (the memo's lists, masked by the listed byte, 0 or 1, without a
	 * branch: one on the byte went either way with the words and was
	 * often mispredicted; a token made of another's, the comma gap, has
	 * the byte clear and the other's memo) */
	if (k - 1 < DYAD_WORDS_MARKS - 1)
		return dyad_token__memo(t)->lists >> (k - 1) & t->listed;
	if (!dyad_words__may_be_on(t->norm, t->norm_len, list))
		return 0;
	for (int i = 0; list[i]; i++)
		if (tok_eq(t, list[i]))
			return 1;
	return 0;
}

/* a == w, for a of length n: the first letter first (most are not), then
 * inline, as the words are short and a call to strcmp dearer */
static inline int dyad_words__same(const char *a, size_t n, const char *w)
{
	if (__builtin_constant_p(strlen(w))) /* a literal: its length first */
		return n == strlen(w) && !memcmp(a, w, strlen(w));
	if (a[0] != w[0])
		return 0;
	for (size_t i = 1; i < n; i++)
		if (a[i] != w[i])
			return 0;
	return w[n] == 0;
}

/* is the token's verb lemma w? (for a literal, by its hash first, h_v being
 * dyad_hash32 of vlemma, as tok_is asks h_norm: one branch most often not
 * taken, and no read of the lemma) */
__attribute__((always_inline)) static inline int dyad_words__lemma_is(const dtoken *t, const char *w)
{
	if (__builtin_constant_p(strlen(w)) && strlen(w) && strlen(w) <= 32)
		return t->h_v == dyad_token__literal_hash(w, strlen(w)) && t->vlemma_len == strlen(w) &&
		       !memcmp(t->vlemma, w, strlen(w));
	return dyad_words__same(t->vlemma, t->vlemma_len, w);
}

/* is the token's noun lemma w, a literal? (by h_n, as above) */
__attribute__((always_inline)) static inline int dyad_words__noun_lemma_is(const dtoken *t, const char *w)
{
	if (__builtin_constant_p(strlen(w)) && strlen(w) && strlen(w) <= 32)
		return t->h_n == dyad_token__literal_hash(w, strlen(w)) && t->nlemma_len == strlen(w) &&
		       !memcmp(t->nlemma, w, strlen(w));
	return dyad_words__same(t->nlemma, t->nlemma_len, w);
}

/* is the token's verb lemma one of the NULL-terminated list? */
static inline int dyad_words__in_lemma(const dtoken *t, const char *const *list)
{
	if (!dyad_words__may_be_on(t->vlemma, t->vlemma_len, list))
		return 0;
	for (int i = 0; list[i]; i++)
		if (dyad_words__lemma_is(t, list[i]))
			return 1;
	return 0;
}

/* a quotation mark */
static inline int dyad_words__is_quote(const dtoken *t)
{
	return t->kind == TK_PUNCT && t->norm[0] == '"';
}

/* is token i of t[] inside a quotation (an odd number of quote marks before it)? */
static inline int dyad_words__quoted(const dtoken *t, size_t i)
{
	int n = 0;
	for (size_t k = 0; k < i; k++)
		n += dyad_words__is_quote(&t[k]);
	return n & 1;
}

/* is the token's noun lemma one of the NULL-terminated list? (the first
 * letter first: most are not) */
static inline int dyad_words__in_lemma_n(const dtoken *t, const char *const *list)
{
	if (!dyad_words__may_be_on(t->nlemma, t->nlemma_len, list))
		return 0;
	for (int i = 0; list[i]; i++)
		if (dyad_words__same(t->nlemma, t->nlemma_len, list[i]))
			return 1;
	return 0;
}

/* adverbs ending in -LY and a few others ("also", "later", "reportedly") */
int dyad_words__is_adverb(const dtoken *t);

static inline int dyad_words__ends_with(const dtoken *t, const char *suffix)
{
	size_t l = strlen(suffix);
	/* (the last byte from the token first: most words end otherwise; a
	 * one-letter suffix is that byte, and the form is not read) */
	if (__builtin_constant_p(l) && l == 1)
		return (t->norm_len > 1) & (t->last == (unsigned char)suffix[0]);
	return ((t->norm_len > l) & (t->last == (unsigned char)suffix[l - 1])) &&
	       !memcmp(t->norm + t->norm_len - l, suffix, l);
}

#endif
