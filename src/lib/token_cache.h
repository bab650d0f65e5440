/* lib/token_cache.h — the tokenizer's side of a coder's token cache
 * (token_cache.c): the lemma memo and the table of finished word records.
 * Creation, freeing and the lexicon's table are declared in token.h. */
#ifndef DYAD_LIB_TOKEN_CACHE_H
#define DYAD_LIB_TOKEN_CACHE_H

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
 * on it for forms of one group. */
static inline uint64_t dyad_token__key_step(uint64_t key, uint64_t group)
{
	key = (key ^ group) * 0x9e3779b97f4a7c15ull;
	return key ^ (key >> 32);
}
/* the key of w[0..m) when w has eight readable bytes past m, all zero */
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
/* the key of any w[0..m) */
uint64_t dyad_token__key(const char *w, size_t m);

/* The word table, open addressing: slot i holds a template (NULL: empty)
 * and its word's key. The tokenizer probes it inline. */
typedef struct dyad_word_table {
	const dtoken *const *word;
	const uint64_t *key;
	size_t mask;
} dyad_word_table;
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
/* The template of the word with folded form norm[0..m) (its key from
 * dyad_token__key), and kind; NULL when not kept. norm is followed by
 * eight zero bytes, as the templates' forms are (token.c). A form of up to
 * eight bytes is one group g, and its key a bijection of m ^ g (an odd
 * multiplier, then x ^ x >> 32): the same key and length are the same
 * form, and the kept form's bytes are not read. */
static inline const dtoken *dyad_token__table_word(dyad_word_table t, const char *norm, size_t m,
                                                   uint64_t key, uint8_t kind)
{
	for (size_t i = key & t.mask; t.word[i]; i = (i + 1) & t.mask) {
		const dtoken *w = t.word[i];
		if (t.key[i] == key && w->norm_len == m && w->kind == kind &&
		    (m <= 8 || dyad_token__same_padded(w->norm, norm, m)))
			return w;
	}
	return NULL;
}
const dtoken *dyad_token__cache_word(const dyad_token_cache *c, const char *norm, size_t m,
                                     uint64_t key, uint8_t kind);
/* The template of a fixed form (a static string, found by address); NULL none. */
const dtoken *dyad_token__cache_fixed(const dyad_token_cache *c, const char *form);
/* Room for a record: a template token followed by bytes for its memo, prefix
 * hashes and strings; NULL when the table is full (then the document arena
 * serves and the word is not kept). */
dtoken *dyad_token__cache_reserve(dyad_token_cache *c, size_t bytes);
/* Keep a filled template from cache_reserve: a word (form NULL) or the
 * fixed form form. */
void dyad_token__cache_insert(dyad_token_cache *c, const dtoken *tmpl, const char *form);
/* The filter bits set by dyad_token__cache_filter; NULL all. */
const uint64_t *dyad_token__cache_filter_used(const dyad_token_cache *c);
/* The lemmatizer's answer for w[0..m) (hash h), through the memo when cache
 * is not NULL; the lemma hashes are set when the lemmas are not empty. */
void dyad_token__lemma(dyad_token_cache *cache, const char *w, size_t m, uint32_t h,
                       dyad_lemma__forms *f, uint32_t *hv, uint32_t *hn);

#endif
