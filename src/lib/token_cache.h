/* lib/token_cache.h — the tokenizer's side of a coder's token cache
 * (token_cache.c): the lemma memo and the table of finished word records.
 * Creation, freeing and the lexicon's table are declared in token.h. */
#ifndef DYAD_LIB_TOKEN_CACHE_H
#define DYAD_LIB_TOKEN_CACHE_H

#include <stddef.h>

#include "lib/lemma.h"
#include "lib/token.h"
#include "util/hash.h"

/* At the start of a document: empty the word table when over budget (no
 * token of an earlier document may be used after this). */
void dyad_token__cache_begin(dyad_token_cache *c);
/* The word table's key of a folded form: its bytes eight at a time, the
 * last group zero-padded (cheaper than dyad_hash32's byte-by-byte steps on
 * the tokenizer's fast path); only ever compared with keys made alike. A
 * step must stay a bijection of key ^ group: dyad_token__table_word relies
 * on it for forms of up to two groups. */
static inline uint64_t dyad_token__key_step(uint64_t key, uint64_t group)
{
	key = (key ^ group) * 0x9e3779b97f4a7c15ull;
	return key ^ (key >> 32);
}
/* the key of w[0..m) when w is zero-padded to a multiple of eight bytes */
static inline uint64_t dyad_token__key_padded(const char *w, size_t m)
{
	uint64_t key = m, g;
	memcpy(&g, w, 8); /* most words: one group */
	key = dyad_token__key_step(key, g);
	for (size_t i = 8; i < m; i += 8) {
		memcpy(&g, w + i, 8);
		key = dyad_token__key_step(key, g);
	}
	return key;
}

/* Where a word record's folded form lies, from its prefix hashes (pfx) and
 * its length m: after the np = min(m, DYAD_PFX_MAX) prefix hashes (and one
 * more word), then their sentence filter bits (np + 3 hashes, two bits
 * each); token.c lays a record out so */
#define DYAD_BLOOM_BYTES(np) (2 * ((np) + 3) * sizeof(uint16_t))
static inline size_t dyad_token__norm_at(size_t m)
{
	size_t np = m < DYAD_PFX_MAX ? m : DYAD_PFX_MAX;
	return (np + 1) * sizeof(uint32_t) + DYAD_BLOOM_BYTES(np);
}

/* The word table, open addressing. A slot is the kept word's template
 * token itself, so a probe reads one cache line (the slots are 64-byte
 * aligned) for the key, the length, the kind and the forms to copy. A
 * template needs no span, and its norm follows from pfx (norm_at), so
 * begin and end hold the word's key, and norm the first eight bytes of
 * its form (zero-padded), and flags the case flags of that form as the
 * text's spelling. A plain word's other spellings ("the", "The" for THE)
 * have slots of their own, the same template under the spelling's key,
 * first group and case flags (dyad_token__cache_spelling), so the
 * tokenizer finds a word as the text spells it without folding it or
 * working out its case. pfx NULL: an empty slot. The table doubles at half
 * full. The tokenizer probes it inline; an insert may move it
 * (dyad_token__cache_table again). */
typedef struct dyad_word_table {
	const dtoken *slot;
	size_t mask;
} dyad_word_table;
_Static_assert(sizeof(dtoken) == 64 && offsetof(dtoken, end) == 4 && sizeof(const char *) == 8,
               "a word-table slot: one cache line, its key in begin and end, a group in norm");
static inline uint64_t dyad_token__slot_key(const dtoken *s)
{
	uint64_t key;
	memcpy(&key, s, sizeof key); /* begin and end */
	return key;
}
static inline uint64_t dyad_token__slot_group(const dtoken *s)
{
	uint64_t g;
	memcpy(&g, (const char *)s + offsetof(dtoken, norm), sizeof g);
	return g;
}
/* the kept form of a slot */
static inline const char *dyad_token__slot_norm(const dtoken *s)
{
	return (const char *)s->pfx + dyad_token__norm_at(s->norm_len);
}
/* tk: the word of slot s at the span [b, e), with flags */
static inline void dyad_token__from_slot(dtoken *tk, const dtoken *s, uint32_t b, uint32_t e, uint8_t flags)
{
	memcpy(tk, s, sizeof *tk);
	tk->begin = b;
	tk->end = e;
	tk->flags = flags;
	tk->norm = dyad_token__slot_norm(s);
}
/* tk: the word of slot s, a slot of its spelling (dyad_token__cache_spelling,
 * or a folded form's own slot, which is its all-capitals spelling), at the
 * span [b, e): its case flags are the slot's. m: the form's length
 * (s->norm_len), below DYAD_PFX_MAX: its place then needs no min
 * (dyad_token__norm_at) */
static inline void dyad_token__from_spelling(dtoken *tk, const dtoken *s, uint32_t b, uint32_t e, unsigned m)
{
	_Static_assert(DYAD_PFX_MAX > 15, "a spelling is up to fifteen bytes");
	_Static_assert(offsetof(dtoken, norm) == 8 && sizeof *tk == 64, "span and norm first");
	/* (past the span and norm, which are the slot's key and first group) */
	memcpy((char *)tk + 16, (const char *)s + 16, sizeof *tk - 16);
	tk->begin = b;
	tk->end = e;
	tk->norm = (const char *)s->pfx + dyad_token__norm_at(m & 15);
}
dyad_word_table dyad_token__cache_table(const dyad_token_cache *c);
/* a[0..m) == b[0..m), both zero-padded to a multiple of eight bytes */
static inline int dyad_token__same_padded(const char *a, const char *b, size_t m)
{
	uint64_t x, y;
	size_t i = 0;
	do {
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y)
			return 0;
		i += 8;
	} while (i < m);
	return 1;
}
/* The slot of the word with folded form norm[0..m) (its key from
 * dyad_token__key_padded), and kind; NULL when not kept. Valid until the next
 * insert. norm is zero-padded to a multiple of eight bytes, as the
 * records' forms are (token.c). A form of up to sixteen bytes is its
 * first group g1 and at most one more, g2; its key is S(S(m, g1), g2), S
 * a bijection of key ^ group for each key (an odd multiplier, then
 * x ^ x >> 32), so the same length, first group and key are the same form,
 * and the kept form's bytes are not read. */
static inline const dtoken *dyad_token__table_word(dyad_word_table t, const char *norm, size_t m,
                                                   uint64_t key, uint8_t kind)
{
	for (size_t i = key & t.mask; t.slot[i].pfx; i = (i + 1) & t.mask) {
		const dtoken *w = &t.slot[i];
		if (dyad_token__slot_key(w) == key && w->norm_len == m && w->kind == kind) {
			uint64_t g;
			memcpy(&g, norm, sizeof g);
			if (m <= 16 ? dyad_token__slot_group(w) == g
			            : dyad_token__same_padded(dyad_token__slot_norm(w), norm, m))
				return w;
		}
	}
	return NULL;
}
/* dyad_token__table_word for a form of up to sixteen bytes (m >= 1) whose
 * first group is g (the key then settles the rest). The slot is compared
 * before it is tested for empty: an empty slot is all zeros, whose length
 * 0 is no m, so a hit (the usual case) skips the test. */
static inline const dtoken *dyad_token__table_short(dyad_word_table t, size_t m, uint64_t key, uint8_t kind,
                                                    uint64_t g)
{
	for (size_t i = key & t.mask;; i = (i + 1) & t.mask) {
		const dtoken *w = &t.slot[i];
		if (dyad_token__slot_key(w) == key && w->norm_len == m && w->kind == kind &&
		    dyad_token__slot_group(w) == g)
			return w;
		if (!w->pfx)
			return NULL;
	}
}
const dtoken *dyad_token__cache_word(const dyad_token_cache *c, const char *norm, size_t m,
                                     uint64_t key, uint8_t kind);
/* The template of a fixed form (a static string, found by address); NULL none. */
const dtoken *dyad_token__cache_fixed(const dyad_token_cache *c, const char *form);
/* Room for a word's record (its memo, prefix hashes and strings); NULL
 * when the cache is full (then the document arena serves and the word is
 * not kept). */
void *dyad_token__cache_reserve(dyad_token_cache *c, size_t bytes);
/* Keep the template of a token whose record came from cache_reserve: a
 * word (form NULL, key its key: dyad_token__key_padded of its form) or the
 * fixed form form (the template is copied; key unused). */
void dyad_token__cache_insert(dyad_token_cache *c, const dtoken *tmpl, const char *form, uint64_t key);
/* Keep the word of slot s (a folded form's) under one more spelling of up
 * to fifteen ASCII letters and digits: its key (dyad_token__key_padded of the
 * spelling), first group g (zero-padded) and case flags (TF_CAP,
 * TF_ALLCAPS), which the tokenizer then takes from the slot instead of
 * folding the word. May move the table; does nothing when it is full. */
void dyad_token__cache_spelling(dyad_token_cache *c, const dtoken *s, uint64_t key, uint64_t g, uint8_t flags);
/* The templates of the ASCII punctuation marks (fixed forms) met, by mark,
 * for the tokenizer to fill and copy from: they stay while the fixed
 * forms' templates do (dyad_token__cache_begin empties both). */
const dtoken **dyad_token__cache_punct(dyad_token_cache *c);
/* The filter bits set by dyad_token__cache_filter, by length; NULL all. */
const uint64_t *dyad_token__cache_filter_used(const dyad_token_cache *c);
/* The lemmatizer's answer for w[0..m) (hash h), through the memo when cache
 * is not NULL; the lemma hashes are set when the lemmas are not empty. */
void dyad_token__lemma(dyad_token_cache *cache, const char *w, size_t m, uint32_t h,
                       dyad_lemma__forms *f, uint32_t *hv, uint32_t *hn);

#endif
