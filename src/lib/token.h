/* lib/token.h — tokens and sentences of one document. Tokens are spans into
 * the document text plus their matching forms (folded surface, verb and noun
 * lemmas), all allocated from the document arena. */
#ifndef DYAD_LIB_TOKEN_H
#define DYAD_LIB_TOKEN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "util/arena.h"
#include "util/hash.h"

enum { TK_WORD = 1, TK_NUM, TK_PUNCT };

enum {
	TF_CAP = 1 << 0,      /* first letter upper case in the text */
	TF_ALLCAPS = 1 << 1,  /* every letter upper case */
	TF_SENT_START = 1 << 2,
	TF_DATELINE = 1 << 3, /* part of a "SEOUL, June 8 (Reuters) -" dateline */
	TF_BADUTF8 = 1 << 4,
	TF_PARA = 1 << 5      /* a blank line precedes this token */
};

/* What the tokenizer and the lexicon know of one word beyond its forms,
 * stored just before its prefix hashes (dtoken.pfx) and shared by every
 * occurrence of the word in the document. */
#define DYAD_LEX_MEMO 7
#define DYAD_LEX_NEXT 6
#define DYAD_LEX_LISTS 2
/* Memo tables a coder keeps across its documents: recent words' lemmas
 * (token.c) and dictionary keys (lexicon.c). Pure caches: an answer from
 * them equals the one computed afresh. Owned by one coder, so one thread. */
typedef struct dyad_token_cache dyad_token_cache;
int dyad_token__cache_new(dyad_token_cache **out);
void dyad_token__cache_free(dyad_token_cache *c);
/* Sentence filter bits (4096, as 64 words) a word's memo keeps, for each
 * length of whole form (used[(len - 1) * 64 ...], len 1..DYAD_PFX_MAX; a
 * longer form keeps none) and of a word's proper prefix (the same from
 * used[DYAD_PFX_MAX * 64]): the others are left out of dtoken_memo.bloom;
 * NULL (the default) keeps all. The array must outlive the cache; set it
 * before the first document. */
void dyad_token__cache_filter(dyad_token_cache *c, const uint64_t *used);
/* the lexicon's table inside the cache (allocated on first use; NULL without one) */
void *dyad_token__lex_table(dyad_token_cache *c, size_t bytes);

/* an index's posting lists for one word (dtoken_memo.lex_lists): list l
 * starts at posting first[l] (its chunk masks at mask[l], UINT32_MAX a short
 * list) and has np[l] postings; n lists, more than DYAD_LEX_LISTS (or one
 * too long for np) = resolve them each time */
typedef struct dlex_lists {
	uint32_t first[DYAD_LEX_LISTS], mask[DYAD_LEX_LISTS];
	uint16_t np[DYAD_LEX_LISTS];
	uint8_t n;
} dlex_lists;

typedef struct dtoken_memo {
	/* bit (h & 63) for each of h_norm, h_v, h_n and pfx[l-1], l < norm_len:
	 * a dictionary word whose hash bit is clear cannot match the word */
	uint64_t sig;
	/* lexicon memo (lexicon.c): the dictionary keys the word matches, found
	 * on the first lookup and reused by every index and occurrence;
	 * lex_dict NULL = not looked up yet */
	const void *lex_dict;
	uint64_t lex_has;  /* bit k * 8 + i: lex_key[k] has a posting list in index i */
	uint32_t lex_key[DYAD_LEX_MEMO];
	uint8_t lex_n;     /* DYAD_LEX_MEMO + 1: too many keys to keep, look up each time */
	dyad_token_cache *cache; /* the coder's memo tables, NULL none */
	/* the word's bits in the coder's sentence filter (DYAD_BLOOM_POS of its
	 * surface, lemma and prefix hashes), as bit numbers */
	const uint16_t *bloom;
	uint16_t n_bloom;
	/* lexicon memo, for each index (LEX_ACTOR...): bit i of lex_one, index
	 * i has a one-word phrase the word can begin (or a longer one with no
	 * test of its second word); else lex_next[i] has the signature bits
	 * (dtoken_memo.sig) one of which the next token needs for any of its
	 * phrases to match there */
	uint8_t lex_one;
	/* the word's gates in the coder's sentences (coder.c, token_gates), worked
	 * out from the lexicon memo above once it is filled: DYAD_GATES_KNOWN
	 * and the gate bits (bits 0-3; 4-6 the word's lemma cues, coder.c's
	 * word_cues); 0 = not yet. (Kept for good: a record belongs to
	 * one coder's cache, and a coder to one dictionary.) */
	uint8_t gates;
	uint32_t lists; /* the closed-class lists the word is on (words.h) */
	uint64_t lex_next[DYAD_LEX_NEXT];
	/* the same as sig and lex_next with bits 6..11 of each hash
	 * (DYAD_SIG2_BIT), lex_next2 for the actor and agent indexes only
	 * (LEX_ACTOR, LEX_AGENT): their lists are long, so one signature bit
	 * of the next token lets most lookups through that find nothing */
	uint64_t sig2;
	uint64_t lex_next2[2];
	/* lexicon memo, each index's posting lists the word's keys have, in
	 * key order, resolved (lexicon.c, next_needs): the lookups then read
	 * no key record and no list start (two dependent loads fewer, most of
	 * Phoenix's lexicon time being such loads) */
	dlex_lists lex_lists[DYAD_LEX_NEXT];
} dtoken_memo;
#define DYAD_SIG2_BIT(h) ((uint64_t)1 << ((h) >> 6 & 63))

#define DYAD_GATES_KNOWN 0x80

/* The coder's sentence filter (sent_ctx.bloom, syntax.h): 4096 bits, two
 * for each hash */
#define DYAD_BLOOM_POS1(h) ((uint16_t)((((h) >> 6) & 63) << 6 | ((h) & 63)))
#define DYAD_BLOOM_POS2(h) ((uint16_t)((((h) >> 18) & 63) << 6 | (((h) >> 12) & 63)))

typedef struct dtoken {
	uint32_t begin, end;   /* bytes in the document text */
	const char *norm;      /* upper-case folded surface, NUL-terminated */
	const char *vlemma;    /* verb lemma (== norm when none) */
	const char *nlemma;    /* noun lemma (== norm when none) */
	uint16_t norm_len, vlemma_len, nlemma_len;
	uint8_t kind;
	uint8_t flags;
	uint8_t pos;           /* DYAD_POS_* mask from the lemmatizer */
	uint8_t fixed;         /* matching form fixed ('S, N'T, punctuation), not folded text */
	uint8_t listed;        /* on a closed-class word list (words.h): a list test of a
	                        * token without it answers no at once */
	uint8_t last;          /* norm's last byte, 0 when empty: the sentence splitter
	                        * reads it, not the string */
	/* 32-bit hashes (dyad_hash32) of norm, vlemma, nlemma, and of every prefix
	 * of norm up to DYAD_PFX_MAX bytes: word tests and index probes compare
	 * hashes first and touch the strings only on a hit */
	uint32_t h_norm, h_v, h_n;
	const uint32_t *pfx; /* pfx[l-1] = hash of norm[0..l); a dtoken_memo precedes it */
} dtoken;

/* the word's memo; writable: tokens live in their document's arena and are
 * used by one thread at a time */
static inline dtoken_memo *dyad_token__memo(const dtoken *t)
{
	return (dtoken_memo *)(void *)((char *)(uintptr_t)t->pfx - sizeof(dtoken_memo));
}

#define DYAD_PFX_MAX 24

typedef struct dsentence {
	uint32_t first, n; /* token range */
	uint32_t begin, end; /* byte span */
} dsentence;

/* Tokenize text into *out (arena). Returns 0, DYAD_ENOMEM, or DYAD_ELIMIT when
 * more than max_tokens tokens would be produced. *bad_utf8 counts invalid UTF-8
 * and NUL bytes (both treated as spaces). With ends, *ends gets a bitmap
 * (arena; bit k of word k / 64) of the tokens that may end a sentence
 * (dyad_token__may_end) for dyad_sentence__split. */
int dyad_token__run(dyad_arena *a, dyad_token_cache *cache, const char *text, size_t len, size_t max_tokens,
                    dtoken **out, size_t *n_out, uint64_t **ends, size_t *bad_utf8);
/* Split tokens into sentences; sentences longer than max_sent tokens are cut
 * (at a comma or semicolon when possible) and counted in *cut. ends: the
 * bitmap dyad_token__run gave, or NULL (then every token is looked at). */
int dyad_sentence__split(dyad_arena *a, const char *text, dtoken *t, size_t n, const uint64_t *ends,
                         size_t max_sent, dsentence **out, size_t *n_out, size_t *cut);
/* may the token end a sentence (a paragraph's first token, or a form ending in
 * '.', '!' or '?')? All others the splitter passes over. */
static inline int dyad_token__may_end(const dtoken *t)
{
	return (t->flags & TF_PARA) || t->last == '.' || t->last == '!' || t->last == '?';
}

/* dyad_hash32 of a literal, written out so gcc folds it to a constant */
__attribute__((always_inline)) static inline uint32_t dyad_token__literal_hash(const char *w, size_t n)
{
	uint64_t h = DYAD_HASH_SEED;
#pragma GCC unroll 32
	for (size_t i = 0; i < n; i++)
		h = dyad_hash_step(h, (unsigned char)w[i]);
	return (uint32_t)dyad_hash_finish(h);
}

/* norm == w, for a literal w: first its hash against the token's (h_norm,
 * dyad_hash32 of norm: one test whose answer is most often no, so its
 * branch is foreseen; the length and last byte, tested one after the other,
 * were two branches that went either way with the words and were often
 * mispredicted), then the bytes. A literal of more than 32 bytes (none is
 * asked) keeps the length and last byte test. */
__attribute__((always_inline)) static inline int tok_is(const dtoken *t, const char *w)
{
	size_t n = strlen(w);
	if (__builtin_constant_p(n) && n && n <= 32) {
		if (t->h_norm != dyad_token__literal_hash(w, n) || t->norm_len != n)
			return 0;
	} else if (t->norm_len != n || (n && t->last != (unsigned char)w[n - 1]))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (t->norm[i] != w[i])
			return 0;
	return 1;
}

/* norm == w, for a w from a list: no strlen */
static inline int tok_eq(const dtoken *t, const char *w)
{
	const char *a = t->norm;
	while (*a && *a == *w) {
		a++;
		w++;
	}
	return *a == 0 && *w == 0;
}

#endif
