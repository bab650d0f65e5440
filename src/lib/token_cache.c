/* lib/token_cache.c — what a coder's tokenizer remembers across documents:
 * the lemmas of recent words (a small two-way memo) and, for every word of
 * recent documents, a finished record (its memo, prefix hashes and strings)
 * and its template token (forms, lemmas, hashes), kept in the word table's
 * slot. News repeats its words, so most tokens are a table probe and a
 * copy. Pure caches: a record
 * holds what the tokenizer would compute afresh. Owned by one coder (one
 * thread); records live until a document starts with the table over budget. */
#include "lib/token_cache.h"

#include <dyad/error.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lib/lemma.h"
#include "util/arena.h"
#include "util/hash.h"

/* Lemmas of recent words: the lemmatizer's suffix rules cost several table
 * lookups a word. A slot keeps one word whose forms all fit. Two slots a
 * set, the recent word first. */
#define MEMO_SLOTS 8192
#define MEMO_LEN 16
typedef struct lemma_memo {
	uint32_t hash, h_v, h_n; /* of the word and its lemmas */
	uint8_t len, vlen, nlen, pos;
	char word[MEMO_LEN], verb[MEMO_LEN], noun[MEMO_LEN];
} lemma_memo;

/* The word table: open addressing over WORD_SLOTS_MIN to WORD_SLOTS slots
 * (doubling at half full), at most WORD_MAX slots used (words and their
 * other spellings) and WORD_BYTES of records; a document that starts with
 * more than half of either empties it. It starts small: started at 2 MB
 * (no doubling on the way) it cost ~1.5% more time with the TABARI set,
 * its slots spread over more pages. */
#define WORD_SLOTS_MIN ((size_t)1 << 10)
#define WORD_SLOTS ((size_t)1 << 17)
#define WORD_MAX (WORD_SLOTS / 2)
#define WORD_BYTES ((size_t)16 << 20)
/* fixed forms ('S, N'T, punctuation) are static strings: found by address */
#define FIXED_MAX 32

struct dyad_token_cache {
	lemma_memo memo[MEMO_SLOTS];
	void *lex; /* lexicon.c's table */
	dyad_arena words;     /* the records */
	dtoken *slot;         /* the word table (token_cache.h), n_slots a power of two */
	void *slot_mem;       /* its allocation */
	size_t n_slots, n_words; /* n_words: slots used (words and spellings) */
	const char *fixed_form[FIXED_MAX];
	dtoken fixed[FIXED_MAX]; /* their templates */
	size_t n_fixed;
	const dtoken *punct[128]; /* dyad_token__cache_punct (into fixed) */
	const uint64_t *filter_used; /* dyad_token__cache_filter */
};

/* n empty slots, 64-byte aligned (one line a slot), *mem what to free:
 * calloc, which takes a large table's pages zeroed from the system
 * instead of writing them again (the table doubles to megabytes) */
static dtoken *new_slots(size_t n, void **mem)
{
	char *p = calloc(n + 1, sizeof(dtoken));
	*mem = p;
	return p ? (dtoken *)(void *)(p + (-(uintptr_t)p & 63)) : NULL;
}

int dyad_token__cache_new(dyad_token_cache **out)
{
	dyad_token_cache *c = calloc(1, sizeof *c);
	*out = NULL;
	if (!c)
		return DYAD_ENOMEM;
	c->slot = new_slots(WORD_SLOTS_MIN, &c->slot_mem);
	c->n_slots = WORD_SLOTS_MIN;
	if (!c->slot) {
		dyad_token__cache_free(c);
		return DYAD_ENOMEM;
	}
	dyad_arena_init(&c->words, 0);
	*out = c;
	return 0;
}

void dyad_token__cache_free(dyad_token_cache *c)
{
	if (!c)
		return;
	dyad_arena_free(&c->words);
	free(c->slot_mem);
	free(c->lex);
	free(c);
}

void *dyad_token__lex_table(dyad_token_cache *c, size_t bytes)
{
	if (!c)
		return NULL;
	if (!c->lex)
		c->lex = calloc(1, bytes);
	return c->lex;
}

void dyad_token__cache_filter(dyad_token_cache *c, const uint64_t *used)
{
	if (c)
		c->filter_used = used;
}

const uint64_t *dyad_token__cache_filter_used(const dyad_token_cache *c)
{
	return c ? c->filter_used : NULL;
}

void dyad_token__cache_begin(dyad_token_cache *c)
{
	if (!c || (c->n_words <= WORD_MAX / 2 && c->words.used_total <= WORD_BYTES / 2))
		return;
	memset(c->slot, 0, c->n_slots * sizeof *c->slot);
	c->n_words = 0;
	c->n_fixed = 0;
	memset(c->punct, 0, sizeof c->punct);
	dyad_arena_reset(&c->words);
}

const dtoken **dyad_token__cache_punct(dyad_token_cache *c)
{
	return c->punct;
}

dyad_word_table dyad_token__cache_table(const dyad_token_cache *c)
{
	dyad_word_table t = {c->slot, c->n_slots - 1};
	return t;
}

const dtoken *dyad_token__cache_word(const dyad_token_cache *c, const char *norm, size_t m,
                                     uint64_t key, uint8_t kind)
{
	return dyad_token__table_word(dyad_token__cache_table(c), norm, m, key, kind);
}

const dtoken *dyad_token__cache_fixed(const dyad_token_cache *c, const char *form)
{
	for (size_t i = 0; i < c->n_fixed; i++)
		if (c->fixed_form[i] == form)
			return &c->fixed[i];
	return NULL;
}

void *dyad_token__cache_reserve(dyad_token_cache *c, size_t bytes)
{
	if (c->n_words >= WORD_MAX || c->words.used_total > WORD_BYTES)
		return NULL;
	return dyad_arena_alloc(&c->words, bytes);
}

/* the template t (key in its span) into the first free slot from key */
static void put_slot(dyad_token_cache *c, const dtoken *t, uint64_t key)
{
	size_t mask = c->n_slots - 1, i = key & mask;
	while (c->slot[i].pfx)
		i = (i + 1) & mask;
	memcpy(&c->slot[i], t, sizeof *t); /* norm holds bytes, not a pointer */
}

/* twice the slots; 0 when at WORD_SLOTS already or out of memory */
static int grow(dyad_token_cache *c)
{
	void *mem = NULL;
	dtoken *s = c->n_slots < WORD_SLOTS ? new_slots(c->n_slots * 2, &mem) : NULL;
	if (!s)
		return 0;
	dtoken *old = c->slot;
	void *old_mem = c->slot_mem;
	c->slot_mem = mem;
	size_t n_old = c->n_slots;
	c->slot = s;
	c->n_slots *= 2;
	for (size_t k = 0; k < n_old; k++)
		if (old[k].pfx)
			put_slot(c, &old[k], dyad_token__slot_key(&old[k]));
	free(old_mem);
	return 1;
}

/* The case flags of a folded form as a spelling of its own, for the
 * tokenizer's plain words (token.c), which take them from the slot: TF_CAP
 * for an upper-case letter first, TF_ALLCAPS for letters none of which is
 * lower case. Only forms of up to fifteen bytes are spelled so (norm is
 * zero-padded to a multiple of eight bytes). */
static uint8_t spelled_flags(const char *norm, size_t m)
{
	if (m == 0 || m > 15)
		return 0;
	unsigned up = 0, low = 0;
#ifdef __SSE2__
	uint64_t g1, g2 = 0;
	memcpy(&g1, norm, 8);
	if (m > 8)
		memcpy(&g2, norm + 8, 8);
	__m128i x = _mm_unpacklo_epi64(_mm_cvtsi64_si128((long long)g1), _mm_cvtsi64_si128((long long)g2));
	up = (unsigned)_mm_movemask_epi8(
	    _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1))));
	low = (unsigned)_mm_movemask_epi8(
	    _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8('z' + 1))));
#else
	for (size_t k = 0; k < m; k++) {
		unsigned char ch = (unsigned char)norm[k];
		up |= (unsigned)(ch >= 'A' && ch <= 'Z') << k;
		low |= (unsigned)(ch >= 'a' && ch <= 'z') << k;
	}
#endif
	return (uint8_t)((up & 1 ? TF_CAP : 0) | (up && !low ? TF_ALLCAPS : 0));
}

void dyad_token__cache_insert(dyad_token_cache *c, const dtoken *tmpl, const char *form, uint64_t key)
{
	if (form) {
		if (c->n_fixed < FIXED_MAX) {
			c->fixed_form[c->n_fixed] = form;
			c->fixed[c->n_fixed++] = *tmpl;
		}
		return;
	}
	/* a slot finds the form from pfx (token_cache.h); a record laid out
	 * otherwise, or no room, and the word is simply not kept */
	if (!tmpl->pfx || tmpl->norm != dyad_token__slot_norm(tmpl) ||
	    ((c->n_words + 1) * 2 > c->n_slots && !grow(c)))
		return;
	dtoken t = *tmpl;
	uint64_t g;
	memcpy(&g, t.norm, sizeof g); /* zero-padded (token.c) */
	memcpy(&t, &key, sizeof key); /* begin and end */
	memcpy((char *)&t + offsetof(dtoken, norm), &g, sizeof g);
	t.flags = spelled_flags(tmpl->norm, t.norm_len);
	put_slot(c, &t, key);
	c->n_words++;
}

void dyad_token__cache_spelling(dyad_token_cache *c, const dtoken *s, uint64_t key, uint64_t g, uint8_t flags)
{
	dtoken t = *s; /* (s is in the table, which grow moves) */
	if ((c->n_words + 1) * 2 > c->n_slots && !grow(c))
		return;
	memcpy(&t, &key, sizeof key); /* begin and end */
	memcpy((char *)&t + offsetof(dtoken, norm), &g, sizeof g);
	t.flags = flags;
	put_slot(c, &t, key);
	c->n_words++;
}

void dyad_token__lemma(dyad_token_cache *cache, const char *w, size_t m, uint32_t h,
                       dyad_lemma__forms *f, uint32_t *hv, uint32_t *hn)
{
	lemma_memo *set = cache ? &cache->memo[(h & (MEMO_SLOTS / 2 - 1)) * 2] : NULL;
	for (int way = 0; set && way < 2; way++) {
		const lemma_memo *e = &set[way];
		if (e->len == m && e->hash == h && dyad_same_bytes(e->word, w, m)) {
			f->pos = e->pos;
			f->verb_len = e->vlen;
			f->noun_len = e->nlen;
			memcpy(f->verb, e->verb, e->vlen);
			memcpy(f->noun, e->noun, e->nlen);
			*hv = e->h_v;
			*hn = e->h_n;
			if (way) {
				lemma_memo t = set[0];
				set[0] = set[1];
				set[1] = t;
			}
			return;
		}
	}
	dyad_lemma__analyze(w, m, f);
	*hv = f->verb_len ? dyad_hash32(f->verb, f->verb_len) : 0;
	*hn = f->noun_len ? dyad_hash32(f->noun, f->noun_len) : 0;
	if (set && m <= MEMO_LEN && f->verb_len <= MEMO_LEN && f->noun_len <= MEMO_LEN && f->pos < 256) {
		set[1] = set[0];
		lemma_memo *e = &set[0];
		e->hash = h;
		e->h_v = *hv;
		e->h_n = *hn;
		e->len = (uint8_t)m;
		e->vlen = (uint8_t)f->verb_len;
		e->nlen = (uint8_t)f->noun_len;
		e->pos = (uint8_t)f->pos;
		memcpy(e->word, w, m);
		memcpy(e->verb, f->verb, f->verb_len);
		memcpy(e->noun, f->noun, f->noun_len);
	}
}
