/* lib/token.c — tokenizer: words (with internal apostrophes and abbreviation
 * periods, "U.S."), numbers, punctuation; possessive 's and n't split off;
 * in-word hyphens separate words (TABARI convention). Each word gets its
 * folded upper-case form and lemmas for dictionary matching. */
#include "lib/token.h"

#include <dyad/error.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lib/lemma.h"
#include "lib/normalize.h"
#include "lib/token_cache.h"
#include "lib/words.h"
#include "util/hash.h"

#define MAX_WORD_BYTES 255

static inline int is_ascii_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* ASCII letters and digits by class; 0 for every other byte */
enum { C_UPPER = 1, C_LOWER = 2, C_DIGIT = 4 };
static const uint8_t ascii_class[256] = {
	['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT, ['4'] = C_DIGIT,
	['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT, ['8'] = C_DIGIT, ['9'] = C_DIGIT,
	['A'] = C_UPPER, ['B'] = C_UPPER, ['C'] = C_UPPER, ['D'] = C_UPPER, ['E'] = C_UPPER,
	['F'] = C_UPPER, ['G'] = C_UPPER, ['H'] = C_UPPER, ['I'] = C_UPPER, ['J'] = C_UPPER,
	['K'] = C_UPPER, ['L'] = C_UPPER, ['M'] = C_UPPER, ['N'] = C_UPPER, ['O'] = C_UPPER,
	['P'] = C_UPPER, ['Q'] = C_UPPER, ['R'] = C_UPPER, ['S'] = C_UPPER, ['T'] = C_UPPER,
	['U'] = C_UPPER, ['V'] = C_UPPER, ['W'] = C_UPPER, ['X'] = C_UPPER, ['Y'] = C_UPPER,
	['Z'] = C_UPPER,
	['a'] = C_LOWER, ['b'] = C_LOWER, ['c'] = C_LOWER, ['d'] = C_LOWER, ['e'] = C_LOWER,
	['f'] = C_LOWER, ['g'] = C_LOWER, ['h'] = C_LOWER, ['i'] = C_LOWER, ['j'] = C_LOWER,
	['k'] = C_LOWER, ['l'] = C_LOWER, ['m'] = C_LOWER, ['n'] = C_LOWER, ['o'] = C_LOWER,
	['p'] = C_LOWER, ['q'] = C_LOWER, ['r'] = C_LOWER, ['s'] = C_LOWER, ['t'] = C_LOWER,
	['u'] = C_LOWER, ['v'] = C_LOWER, ['w'] = C_LOWER, ['x'] = C_LOWER, ['y'] = C_LOWER,
	['z'] = C_LOWER};

/* ASCII letters and digits: the folded byte, and its class in the high
 * byte; 0 for every other byte (one load a byte in scan_run) */
#define D(c) [c] = (uint16_t)((c) | C_DIGIT << 8)
#define U(c) [c] = (uint16_t)((c) | C_UPPER << 8)
#define L(c) [c] = (uint16_t)(((c) - 'a' + 'A') | C_LOWER << 8)
static const uint16_t fold_class[256] = {
	D('0'), D('1'), D('2'), D('3'), D('4'), D('5'), D('6'), D('7'), D('8'),
	D('9'), U('A'), U('B'), U('C'), U('D'), U('E'), U('F'), U('G'), U('H'),
	U('I'), U('J'), U('K'), U('L'), U('M'), U('N'), U('O'), U('P'), U('Q'),
	U('R'), U('S'), U('T'), U('U'), U('V'), U('W'), U('X'), U('Y'), U('Z'),
	L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'),
	L('j'), L('k'), L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'),
	L('s'), L('t'), L('u'), L('v'), L('w'), L('x'), L('y'), L('z')};
#undef D
#undef U
#undef L

#ifdef __SSE2__
/* bytes of x in [lo, hi], as 0xFF; a byte >= 0x80 is negative, so never */
static inline __m128i in_range16(__m128i x, char lo, char hi)
{
	return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8((char)(lo - 1))),
	                     _mm_cmplt_epi8(x, _mm_set1_epi8((char)(hi + 1))));
}
#endif

/* The run of ASCII letters and digits at word[0..lim), upper-cased into up
 * and zero-padded there to a multiple of eight bytes (up has lim + 16
 * bytes); returns its length, *seen the classes (C_UPPER...) in it. With
 * SSE2, sixteen bytes at a time while sixteen remain: no branch a byte. */
static size_t scan_run(const unsigned char *word, size_t lim, char *up, unsigned *seen)
{
	size_t k = 0;
	unsigned all = 0;
#ifdef __SSE2__
	unsigned cls = 0;
	for (; k + 16 <= lim; k += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(word + k));
		__m128i u = in_range16(x, 'A', 'Z'), l = in_range16(x, 'a', 'z'), d = in_range16(x, '0', '9');
		unsigned mu = (unsigned)_mm_movemask_epi8(u), ml = (unsigned)_mm_movemask_epi8(l),
		         md = (unsigned)_mm_movemask_epi8(d);
		unsigned stop = ~(mu | ml | md) & 0xFFFF;
		unsigned keep = stop ? (stop & (0u - stop)) - 1 : 0xFFFF;
		cls |= ((mu & keep) ? C_UPPER : 0) | ((ml & keep) ? C_LOWER : 0) | ((md & keep) ? C_DIGIT : 0);
		/* a lower-case letter loses 0x20; bytes past the run become
		 * the zero padding in the same store, so the word table's key
		 * reads its groups straight from that store (a separate store
		 * of the padding would stall the read of a group spanning both) */
		x = _mm_sub_epi8(x, _mm_and_si128(l, _mm_set1_epi8(0x20)));
		unsigned p = stop ? (unsigned)__builtin_ctz(stop) : 16;
		__m128i iota = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
		x = _mm_and_si128(x, _mm_cmpgt_epi8(_mm_set1_epi8((char)p), iota));
		_mm_storeu_si128((__m128i *)(void *)(up + k), x);
		if (stop) {
			*seen = cls;
			return k + p;
		}
	}
	all = cls << 8;
#endif
	for (; k < lim; k++) {
		unsigned e = fold_class[word[k]];
		if (!e)
			break;
		all |= e;
		up[k] = (char)e;
	}
	memset(up + k, 0, 8);
	*seen = all >> 8;
	return k;
}

/* word character at s[i]? sets *w to its byte length */
static int word_char_slow(const char *s, size_t n, size_t i, size_t *w)
{
	uint32_t cp;
	*w = dyad_utf8__decode(s + i, n - i, &cp);
	if (cp == 0xFFFD && *w == 1)
		return 0;
	return dyad_unicode__is_word_char(cp);
}

static inline int word_char(const char *s, size_t n, size_t i, size_t *w)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80) {
		*w = 1;
		return is_ascii_alnum(c);
	}
	return word_char_slow(s, n, i, w);
}

/* the punctuation kept as tokens, by ASCII byte: their fixed forms */
static const char punct_one[12][2] = {".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]"};
static const char *const punct_form[128] = {
	['.'] = punct_one[0], [','] = punct_one[1], [';'] = punct_one[2], [':'] = punct_one[3],
	['!'] = punct_one[4], ['?'] = punct_one[5], ['"'] = punct_one[6], ['\''] = punct_one[7],
	['('] = punct_one[8], [')'] = punct_one[9], ['['] = punct_one[10], [']'] = punct_one[11]};

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

typedef struct tvec {
	dtoken *t;
	size_t n, cap, max;
	dyad_arena *a;
	dyad_token_cache *cache; /* may be NULL */
	dyad_word_table words;   /* the cache's word table, probed inline */
	uint64_t *ends;          /* the tokens that may end a sentence, a bit each
	                          * (room for cap); NULL when not asked for */
	/* the cache's templates of the ASCII punctuation marks met, by mark
	 * (dyad_token__cache_punct: kept from document to document while the
	 * templates are); without a cache, none */
	const dtoken **punct;
	/* without a cache, the document's distinct words: index + 1 of their
	 * first token, by h_norm (open addressing); a repeated word takes that
	 * token's forms */
	uint32_t *seen;
	size_t seen_mask, seen_n;
} tvec;

/* room for a folded form of m bytes: zero-padded to a multiple of eight,
 * so the word table compares it eight bytes at a time */
#define NORM_ROOM(m) (((m) / 8 + 1) * 8)

/* room for the filter bits of m prefix hashes and three more (set_bloom) */
#define BLOOM_BYTES(m) DYAD_BLOOM_BYTES(m)

static void set_bloom_any(const dtoken *tk, const uint32_t *pfx, size_t np, uint16_t *out, const uint64_t *used);

/* the memo's filter bits (dtoken_memo.bloom) of tk's hashes and its np
 * prefix hashes, stored at out (BLOOM_BYTES(np)); with used, only the bits
 * set there for the form's length, whole forms and a word's proper
 * prefixes apart (dyad_token__cache_filter: a form longer than
 * DYAD_PFX_MAX has none, nor a proper prefix of a token that is no word) */
/* set_bloom, the same bits in the same order, for a word with the coder's
 * filter (every new word of a story takes it): its prefixes are the first
 * np entries (prefix k: length k + 1, so a form or lemma of length L can
 * only be prefix L - 1), read from pfx where they are; at most three more */
static void set_bloom(const dtoken *tk, const uint32_t *pfx, size_t np, uint16_t *out, const uint64_t *used)
{
	if (tk->kind != TK_WORD || !used) {
		set_bloom_any(tk, pfx, np, out, used);
		return;
	}
	const uint32_t more[3] = {tk->h_norm, tk->h_v, tk->h_n};
	const size_t more_len[3] = {tk->norm_len, tk->vlemma_len, tk->nlemma_len};
	uint32_t eh[3];
	size_t elen[3], ne = 0;
	uint32_t whole = 0; /* prefixes that a form or lemma is: no proper prefix row */
	for (size_t j = 0; j < 3; j++) {
		size_t l = more_len[j];
		if (l - 1 < np && pfx[l - 1] == more[j]) {
			whole |= (uint32_t)1 << (l - 1);
			continue;
		}
		size_t k = 0;
		while (k < ne && (eh[k] != more[j] || elen[k] != l))
			k++;
		if (k == ne) {
			eh[ne] = more[j];
			elen[ne++] = l;
		}
	}
	size_t n = 0;
	for (size_t k = 0; k < np; k++) {
		uint32_t h = pfx[k];
		unsigned p1 = DYAD_BLOOM_POS1(h), p2 = DYAD_BLOOM_POS2(h);
		size_t proper = k + 1 < tk->norm_len && !(whole >> k & 1);
		const uint64_t *u = used + (proper * DYAD_PFX_MAX + k) * 64;
		if (u[p1 >> 6] >> (p1 & 63) & 1)
			out[n++] = (uint16_t)p1;
		if (u[p2 >> 6] >> (p2 & 63) & 1)
			out[n++] = (uint16_t)p2;
	}
	for (size_t k = 0; k < ne; k++) {
		if (elen[k] - 1 >= DYAD_PFX_MAX)
			continue;
		unsigned p1 = DYAD_BLOOM_POS1(eh[k]), p2 = DYAD_BLOOM_POS2(eh[k]);
		const uint64_t *u = used + (elen[k] - 1) * 64;
		if (u[p1 >> 6] >> (p1 & 63) & 1)
			out[n++] = (uint16_t)p1;
		if (u[p2 >> 6] >> (p2 & 63) & 1)
			out[n++] = (uint16_t)p2;
	}
	dtoken_memo *w = dyad_token__memo(tk);
	w->bloom = out;
	w->n_bloom = (uint16_t)n;
}

/* set_bloom for any token, with or without the filter */
static void set_bloom_any(const dtoken *tk, const uint32_t *pfx, size_t np, uint16_t *out, const uint64_t *used)
{
	uint32_t h[DYAD_PFX_MAX + 3];
	size_t len[DYAD_PFX_MAX + 3];
	uint8_t proper[DYAD_PFX_MAX + 3];
	size_t nh = 0, n = 0;
	/* a non-word's proper prefixes match nothing */
	for (size_t k = 0; k < np; k++)
		if (k + 1 == tk->norm_len || tk->kind == TK_WORD || !used) {
			h[nh] = pfx[k];
			proper[nh] = k + 1 < tk->norm_len;
			len[nh++] = k + 1;
		}
	const uint32_t more[3] = {tk->h_norm, tk->h_v, tk->h_n};
	const size_t more_len[3] = {tk->norm_len, tk->vlemma_len, tk->nlemma_len};
	for (size_t j = 0; j < 3; j++) {
		size_t k = 0;
		while (k < nh && (h[k] != more[j] || len[k] != more_len[j]))
			k++;
		if (k == nh) {
			h[nh] = more[j];
			len[nh++] = more_len[j];
		}
		proper[k] = 0; /* a lemma that is a prefix: the whole forms' row holds the prefixes' */
	}
	for (size_t k = 0; k < nh; k++) {
		uint16_t pos[2] = {DYAD_BLOOM_POS1(h[k]), DYAD_BLOOM_POS2(h[k])};
		const uint64_t *u =
		    used && len[k] - 1 < DYAD_PFX_MAX ? used + (proper[k] * DYAD_PFX_MAX + len[k] - 1) * 64 : NULL;
		for (int j = 0; j < 2; j++)
			if (!used || (u && (u[pos[j] >> 6] >> (pos[j] & 63) & 1)))
				out[n++] = pos[j];
	}
	dtoken_memo *w = dyad_token__memo(tk);
	w->bloom = out;
	w->n_bloom = (uint16_t)n;
}

/* Room for a word's memo, m prefix hashes and extra bytes; returns pfx (see
 * dtoken). With a cache the room is a record of the cache's (*kept set: the
 * token, once filled, is to be kept with dyad_token__cache_insert); else,
 * or when the cache is full, it is in the document arena (*kept 0). */
static uint32_t *alloc_pfx(tvec *v, size_t m, size_t extra, int *kept)
{
	size_t bytes = sizeof(dtoken_memo) + (m + 1) * sizeof(uint32_t) + BLOOM_BYTES(m) + extra;
	char *mem = v->cache ? dyad_token__cache_reserve(v->cache, bytes) : NULL;
	*kept = mem != NULL;
	if (!mem)
		mem = dyad_arena_alloc(v->a, bytes);
	if (!mem)
		return NULL;
	memset(mem, 0, sizeof(dtoken_memo));
	((dtoken_memo *)(void *)mem)->cache = v->cache;
	return (uint32_t *)(void *)(mem + sizeof(dtoken_memo));
}

/* tk: the span [b, e) with flags, and a kept record's forms and memo */
static inline void from_template(dtoken *tk, const dtoken *tmpl, uint32_t b, uint32_t e, uint8_t flags)
{
	memcpy(tk, tmpl, sizeof *tk); /* (a template is the cache's, tk the document's) */
	tk->begin = b;
	tk->end = e;
	tk->flags = flags;
}

/* tokens with a fixed matching form ('S, N'T, punctuation) */
static int fixed_form(tvec *v, dtoken *tk, const char *form)
{
	const dtoken *kept = v->cache ? dyad_token__cache_fixed(v->cache, form) : NULL;
	if (kept && kept->kind == tk->kind) {
		from_template(tk, kept, tk->begin, tk->end, tk->flags);
		return 0;
	}
	size_t m = strlen(form);
	tk->fixed = 1;
	tk->norm = tk->vlemma = tk->nlemma = form;
	tk->norm_len = tk->vlemma_len = tk->nlemma_len = (uint16_t)m;
	tk->last = (uint8_t)form[m - 1];
	uint32_t lists = dyad_words__listed(form, m);
	tk->listed = lists != 0;
	int keep;
	uint32_t *pfx = alloc_pfx(v, m, 0, &keep);
	if (!pfx)
		return DYAD_ENOMEM;
	for (size_t k = 0; k < m; k++)
		pfx[k] = dyad_hash32(form, k + 1);
	tk->pfx = pfx;
	tk->h_norm = tk->h_v = tk->h_n = pfx[m - 1];
	dtoken_memo *w = dyad_token__memo(tk);
	w->lists = lists;
	w->sig = (uint64_t)1 << (tk->h_norm & 63);
	w->sig2 = DYAD_SIG2_BIT(tk->h_norm);
	for (size_t k = 0; k + 1 < m; k++) {
		w->sig |= (uint64_t)1 << (pfx[k] & 63);
		w->sig2 |= DYAD_SIG2_BIT(pfx[k]);
	}
	set_bloom(tk, pfx, m < DYAD_PFX_MAX ? m : DYAD_PFX_MAX, (uint16_t *)(void *)(pfx + m + 1),
	          dyad_token__cache_filter_used(v->cache));
	if (keep && !kept)
		dyad_token__cache_insert(v->cache, tk, form, 0);
	return 0;
}

/* the next token, zeroed, in place (v->n counts it once it is complete) */
static dtoken *next_slot(tvec *v, int *rc)
{
	if (v->n == v->cap) {
		if (v->n >= v->max) {
			*rc = DYAD_ELIMIT;
			return NULL;
		}
		size_t cap = v->cap ? v->cap * 2 : 256;
		if (cap > v->max)
			cap = v->max;
		dtoken *nt = dyad_arena_alloc(v->a, cap * sizeof *nt);
		uint64_t *ne = v->ends ? dyad_arena_calloc(v->a, cap / 64 + 1, sizeof *ne) : NULL;
		if (!nt || (v->ends && !ne)) {
			*rc = DYAD_ENOMEM;
			return NULL;
		}
		if (v->n)
			memcpy(nt, v->t, v->n * sizeof *nt);
		if (ne)
			memcpy(ne, v->ends, (v->cap / 64 + 1) * sizeof *ne);
		v->t = nt;
		v->ends = ne;
		v->cap = cap;
	}
	dtoken *tk = &v->t[v->n];
	memset(tk, 0, sizeof *tk);
	return tk;
}

/* the token just emitted (v->t[v->n - 1]) into the bitmap of those that
 * may end a sentence */
static inline void note_end(tvec *v)
{
	if (v->ends && dyad_token__may_end(&v->t[v->n - 1]))
		v->ends[(v->n - 1) >> 6] |= (uint64_t)1 << ((v->n - 1) & 63);
}

/* the same for a word or number (its form ends in a letter or digit) */
static inline void note_word_end(tvec *v)
{
	if (v->ends && (v->t[v->n - 1].flags & TF_PARA))
		v->ends[(v->n - 1) >> 6] |= (uint64_t)1 << ((v->n - 1) & 63);
}

/* An earlier token of the document with folded form buf[0..m) (hash h) and
 * tk's kind; NULL when none. Remembers tk (index v->n) when there is none
 * and the table has room. */
static const dtoken *seen_word(tvec *v, const dtoken *tk, const char *buf, size_t m, uint32_t h)
{
	if (!v->seen)
		return NULL;
	size_t i = h & v->seen_mask;
	while (v->seen[i]) {
		const dtoken *o = &v->t[v->seen[i] - 1];
		if (o->h_norm == h && o->norm_len == m && o->kind == tk->kind && dyad_same_bytes(o->norm, buf, m))
			return o;
		i = (i + 1) & v->seen_mask;
	}
	if (v->seen_n * 2 < v->seen_mask && v->n < UINT32_MAX) {
		v->seen[i] = (uint32_t)v->n + 1;
		v->seen_n++;
	}
	return NULL;
}

/* the lemmas f (hashes h_v, h_n) of the word tk, stored at p */
static void add_lemmas(dtoken *tk, dtoken_memo *w, char *p, const dyad_lemma__forms *f, uint32_t h_v,
                       uint32_t h_n)
{
	tk->pos = (uint8_t)f->pos;
	if (f->verb_len) {
		memcpy(p, f->verb, f->verb_len);
		p[f->verb_len] = 0;
		tk->vlemma = p;
		tk->vlemma_len = (uint16_t)f->verb_len;
		tk->h_v = h_v;
		w->sig |= (uint64_t)1 << (h_v & 63);
		w->sig2 |= DYAD_SIG2_BIT(h_v);
		p += f->verb_len + 1;
	}
	if (f->noun_len) {
		memcpy(p, f->noun, f->noun_len);
		p[f->noun_len] = 0;
		tk->nlemma = p;
		tk->nlemma_len = (uint16_t)f->noun_len;
		tk->h_n = h_n;
		w->sig |= (uint64_t)1 << (h_n & 63);
		w->sig2 |= DYAD_SIG2_BIT(h_n);
	}
}

static int forms_of(tvec *v, dtoken *tk, const char *buf, size_t m, uint32_t hn, uint64_t key, int look);

/* Matching forms of tk (begin, end, kind set). ascii: the span has no byte
 * >= 0x80, so folding is upper-casing and is done here with the hashing. */
static int fill_forms(tvec *v, dtoken *tk, const char *s, int ascii)
{
	size_t n = tk->end - tk->begin;
	/* the folded form, at most FOLD_CAP bytes, and eight bytes of padding */
	enum { FOLD_CAP = MAX_WORD_BYTES * 3 + 8 };
	char buf[FOLD_CAP + 8];
	size_t m;
	if (n > MAX_WORD_BYTES)
		n = MAX_WORD_BYTES; /* longer "words" are not dictionary words; matching form only */
	uint64_t h = DYAD_HASH_SEED;
	if (ascii) {
		const char *w = s + tk->begin;
		m = n;
		for (size_t k = 0; k < m; k++) {
			char c = w[k];
			if (c >= 'a' && c <= 'z')
				c = (char)(c - 'a' + 'A');
			buf[k] = c;
			h = dyad_hash_step(h, (unsigned char)c);
		}
	} else {
		m = dyad_normalize__fold(s + tk->begin, n, buf, FOLD_CAP);
		if (m == (size_t)-1)
			m = 0;
		for (size_t k = 0; k < m; k++)
			h = dyad_hash_step(h, (unsigned char)buf[k]);
	}
	memset(buf + m, 0, 8); /* the padding the word table's probe reads */
	return forms_of(v, tk, buf, m, (uint32_t)dyad_hash_finish(h), v->cache ? dyad_token__key_padded(buf, m) : 0, 1);
}

/* Matching forms of tk from its folded form buf[0..m), that form's hash and
 * (with a cache) its word-table key; look 0: the caller found the word
 * table without it */
static int forms_of(tvec *v, dtoken *tk, const char *buf, size_t m, uint32_t hn, uint64_t key, int look)
{
	uint32_t h_v = 0, h_n = 0;
	/* a word of a recent document: its record */
	const dtoken *o = v->cache && look ? dyad_token__cache_word(v->cache, buf, m, key, tk->kind) : NULL;
	if (o) {
		dyad_token__from_slot(tk, o, tk->begin, tk->end, tk->flags);
		return 0;
	}
	/* a word seen before in this document: same forms, same strings */
	o = v->cache ? NULL : seen_word(v, tk, buf, m, hn);
	if (o) {
		tk->norm = o->norm;
		tk->vlemma = o->vlemma;
		tk->nlemma = o->nlemma;
		tk->norm_len = o->norm_len;
		tk->vlemma_len = o->vlemma_len;
		tk->nlemma_len = o->nlemma_len;
		tk->last = o->last;
		tk->pos = o->pos;
		tk->listed = o->listed;
		tk->h_norm = o->h_norm;
		tk->h_v = o->h_v;
		tk->h_n = o->h_n;
		tk->pfx = o->pfx; /* and with it the word's memo */
		return 0;
	}
	dyad_lemma__forms f;
	f.pos = 0;
	f.verb_len = f.noun_len = 0;
	if (tk->kind == TK_WORD && m)
		dyad_token__lemma(v->cache, buf, m, hn, &f, &h_v, &h_n);
	/* prefix hashes, then the norm and both lemmas, in one allocation */
	size_t np = m < DYAD_PFX_MAX ? m : DYAD_PFX_MAX;
	size_t pfx_bytes = (np + 1) * sizeof(uint32_t);
	int keep;
	uint32_t *pfx = alloc_pfx(v, np, NORM_ROOM(m) + f.verb_len + 1 + f.noun_len + 1, &keep);
	if (!pfx)
		return DYAD_ENOMEM;
	char *mem = (char *)pfx;
	uint64_t sig = (uint64_t)1 << (hn & 63), sig2 = DYAD_SIG2_BIT(hn);
	uint64_t h = DYAD_HASH_SEED;
	for (size_t k = 0; k < np; k++) {
		h = dyad_hash_step(h, (unsigned char)buf[k]);
		pfx[k] = (uint32_t)dyad_hash_finish(h);
		if (k + 1 < m) {
			sig |= (uint64_t)1 << (pfx[k] & 63);
			sig2 |= DYAD_SIG2_BIT(pfx[k]);
		}
	}
	char *norm = mem + dyad_token__norm_at(m); /* pfx_bytes + BLOOM_BYTES(np) */
	memcpy(norm, buf, m);
	memset(norm + m, 0, NORM_ROOM(m) - m);
	tk->norm = tk->vlemma = tk->nlemma = norm;
	tk->norm_len = tk->vlemma_len = tk->nlemma_len = (uint16_t)m;
	tk->last = m ? (uint8_t)norm[m - 1] : 0;
	uint32_t lists = dyad_words__listed(norm, m);
	tk->listed = lists != 0;
	tk->pfx = pfx;
	tk->h_norm = tk->h_v = tk->h_n = hn;
	dtoken_memo *w = dyad_token__memo(tk);
	w->sig = sig;
	w->sig2 = sig2;
	w->lists = lists;
	if (tk->kind == TK_WORD && m)
		add_lemmas(tk, w, norm + NORM_ROOM(m), &f, h_v, h_n);
	set_bloom(tk, pfx, np, (uint16_t *)(void *)(mem + pfx_bytes), dyad_token__cache_filter_used(v->cache));
	if (keep) {
		dyad_token__cache_insert(v->cache, tk, NULL, key);
		v->words = dyad_token__cache_table(v->cache); /* it may have moved */
	}
	return 0;
}

/* the next token slot, its span, kind and flags set (its forms not yet);
 * NULL with *rc set when the vector cannot grow */
static dtoken *new_token(tvec *v, uint32_t b, uint32_t e, uint8_t kind, uint8_t flags, int *rc)
{
	dtoken *tk = next_slot(v, rc);
	if (!tk)
		return NULL;
	tk->begin = b;
	tk->end = e;
	tk->kind = kind;
	tk->flags = flags;
	return tk;
}

/* emit a token of the span [b, e): a word (form NULL) or a fixed form */
static int emit(tvec *v, const char *s, uint32_t b, uint32_t e, uint8_t kind, uint8_t flags,
                const char *form, int ascii)
{
	int rc = 0;
	dtoken *tk = new_token(v, b, e, kind, flags, &rc);
	if (!tk)
		return rc;
	rc = form ? fixed_form(v, tk, form) : fill_forms(v, tk, s, ascii);
	if (!rc) {
		v->n++;
		note_end(v);
	}
	return rc;
}

/* The ASCII punctuation mark c at s[b] with flags, its template known
 * (v->punct[c]) and room in the vector */
static inline void emit_punct(tvec *v, unsigned char c, uint32_t b, uint8_t flags)
{
	from_template(&v->t[v->n], v->punct[c], b, b + 1, flags);
	/* its form is c: may it end a sentence (dyad_token__may_end)? */
	if (v->ends && ((flags & TF_PARA) || c == '.' || c == '!' || c == '?'))
		v->ends[v->n >> 6] |= (uint64_t)1 << (v->n & 63);
	v->n++;
}

/* A plain word the table lacks (kept 0) or has (with the vector full), its
 * key key when there is a cache: out of the fast paths' way */
__attribute__((noinline)) static int emit_new(tvec *v, uint32_t b, uint32_t e, uint8_t kind, uint8_t flags,
                                              const char *up, uint64_t key, int kept)
{
	int rc = 0;
	dtoken *tk = new_token(v, b, e, kind, flags, &rc);
	if (!tk)
		return rc;
	rc = forms_of(v, tk, up, e - b, dyad_hash32(up, e - b), key, kept);
	if (!rc)
		v->n++;
	return rc;
}

/* A plain ASCII word or number s[b, e), its folded form up[0..e - b)
 * zero-padded to a multiple of eight bytes (scan_run) */
static int emit_plain(tvec *v, uint32_t b, uint32_t e, uint8_t kind, uint8_t flags, const char *up)
{
	uint64_t key = 0;
	const dtoken *kept = NULL;
	if (v->cache) {
		key = dyad_token__key_padded(up, e - b);
		kept = dyad_token__table_word(v->words, up, e - b, key, kind);
		if (kept && v->n < v->cap) {
			dyad_token__from_slot(&v->t[v->n++], kept, b, e, flags);
			note_word_end(v);
			return 0;
		}
	}
	int rc = emit_new(v, b, e, kind, flags, up, key, kept != NULL);
	if (!rc)
		note_word_end(v);
	return rc;
}

#ifdef __SSE2__
/* what the byte after a run of letters and digits asks of plain_words:
 * 0 the word ends there; 1 it may go on (UTF-8, an apostrophe: the general
 * path); 2 it goes on when a letter or digit follows ('.', ',') */
static const uint8_t run_end[256] = {
	['\''] = 1, ['.'] = 2, [','] = 2,
	[0x80] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

/* a possessive 's (' or U+2019, then 's' or 'S', then ASCII that is no
 * letter or digit) at s[j]: the general path ends the word before it */
static inline int possessive(const char *s, size_t n, size_t j)
{
	const unsigned char *u = (const unsigned char *)s + j;
	size_t ap = u[0] == '\'' ? 1 : 0;
	if (!ap && j + 2 < n && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x99 || u[2] == 0x98))
		ap = 3;
	return ap && j + ap + 1 < n && (u[ap] == 's' || u[ap] == 'S') && u[ap + 1] < 0x80 &&
	       !ascii_class[u[ap + 1]];
}

/* one word of plain_words as the text has it: its bytes x (sixteen read),
 * length p (up to fifteen), the masks of its letters ml and digits md (of
 * the sixteen bytes), the byte e after it */
typedef struct plain_word {
	__m128i x;
	unsigned p, ml, md;
	unsigned char e;
} plain_word;

/* bytes 16 - p .. 31 - p: p bytes 0xFF, then zeros (a word's mask) */
static const uint8_t word_mask[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
static inline __m128i first_bytes(unsigned p)
{
	return _mm_loadu_si128((const __m128i *)(const void *)(word_mask + 16 - p));
}

/* the word at s[i] (sixteen bytes readable) as plain_words takes it; 0
 * when it is no such word, or s[i] no letter or digit (then the general
 * path takes it) */
__attribute__((always_inline)) static inline int scan_plain(const char *s, size_t n, size_t i, plain_word *w)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
	/* letters: x | 0x20 in 'a'..'z'; digits: '0'..'9' (signed compares
	 * after moving the range to the bottom) */
	__m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)),
	                                             _mm_set1_epi8((char)(0x80 - 'a'))),
	                                _mm_set1_epi8((char)(-128 + 26)));
	__m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - '0'))),
	                               _mm_set1_epi8((char)(-128 + 10)));
	unsigned ml = (unsigned)_mm_movemask_epi8(letter), md = (unsigned)_mm_movemask_epi8(digit);
	/* the first byte no letter or digit (16: none): none of the sixteen,
	 * or the first, and the general path takes it */
	unsigned p = (unsigned)__builtin_ctz(~(ml | md) | 0x10000u);
	if (p - 1 >= 15)
		return 0;
	unsigned char e = (unsigned char)s[i + p];
	unsigned end = run_end[e];
	/* (most words end at a space: one test) */
	if (__builtin_expect(end != 0, 0)) {
		if (end == 1 && !possessive(s, n, i + p))
			return 0;
		if (end == 2 && i + p + 1 < n && ascii_class[(unsigned char)s[i + p + 1]])
			return 0;
	}
	if (__builtin_expect(md & 1, 0) && (ml & ((1u << p) - 1)))
		return 0; /* a letter past leading digits ("3D"): general */
	w->x = x;
	w->p = p;
	w->ml = ml;
	w->md = md;
	w->e = e;
	return 1;
}

/* the word-table key of a form of up to fifteen bytes f (zero past p) */
static inline uint64_t plain_key(__m128i f, unsigned p)
{
	uint64_t key = dyad_token__key_step(p, (uint64_t)_mm_cvtsi128_si64(f));
	if (p > 8)
		key = dyad_token__key_step(key, (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(f, f)));
	return key;
}

/* A plain word the word table has under no spelling of its own (the
 * slower half of plain_words): its case flags, its folded form, the
 * table's record of that form or a new one; then the table keeps the
 * record under this spelling too (raw: the word's bytes, zero past p) */
static inline int plain_miss(tvec *v, const plain_word *c, __m128i raw, uint64_t raw_key, uint32_t b,
                             uint8_t flags)
{
	unsigned p = c->p, keep = (1u << p) - 1;
	/* bit 5 of a letter: lower case */
	unsigned low = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(c->x, 2)) & c->ml & keep;
	unsigned letters = c->ml & keep;
	uint8_t cap = 0;
	if (c->ml & ~low & 1)
		cap |= TF_CAP;
	if (letters && !low)
		cap |= TF_ALLCAPS;
	uint8_t kind = letters ? TK_WORD : TK_NUM;
	/* folded (a lower-case letter loses 0x20; raw is zero past the word) */
	__m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(raw, _mm_set1_epi8(0x20)),
	                                             _mm_set1_epi8((char)(0x80 - 'a'))),
	                                _mm_set1_epi8((char)(-128 + 26)));
	__m128i up = _mm_andnot_si128(_mm_and_si128(letter, _mm_set1_epi8(0x20)), raw);
	uint64_t g = (uint64_t)_mm_cvtsi128_si64(up), key = plain_key(up, p);
	/* (spelled as folded, the word's slot is the one plain_words looked
	 * for: emit_new looks again, in case it was there with no room in the
	 * vector) */
	const dtoken *kept = low ? dyad_token__table_short(v->words, p, key, kind, g) : NULL;
	if (!kept || v->n >= v->cap) {
		_Alignas(16) char buf[16];
		_mm_store_si128((__m128i *)(void *)buf, up);
		return emit_new(v, b, b + p, kind, flags | cap, buf, key, kept != NULL || !low);
	}
	dyad_token__from_slot(&v->t[v->n++], kept, b, b + p, flags | cap);
	/* a word met again: kept under this spelling too (not at its first
	 * meeting: most words of a story that are new to the table are met
	 * once; and a spelling the same as the folded form is that form's own
	 * slot) */
	if (low) {
		dyad_token__cache_spelling(v->cache, kept, raw_key, (uint64_t)_mm_cvtsi128_si64(raw), cap);
		v->words = dyad_token__cache_table(v->cache); /* it may have moved */
	}
	return 0;
}

/* The tokenizer's usual case, words of a kept vocabulary one space apart,
 * in one tight loop: from s[*at] (a letter or digit, with sixteen bytes
 * left), each word of up to fifteen ASCII letters and digits that ends
 * where the general path would end it (see dyad_token__run's fast path)
 * is found in sixteen-byte registers and looked up in the word table as
 * the text spells it: a slot kept for that spelling has its case flags,
 * so the word is copied from it without being folded (plain_miss does the
 * rest); a single space leads on to the next word (the general loop's
 * pass over a word costs about three times as much). Stops at any other
 * word or byte with *at where the general loop goes on (*at unchanged:
 * nothing was emitted). flags: the first word's. With a cache only. */
static int plain_words(tvec *v, const char *s, size_t n, size_t *at, uint8_t flags)
{
	size_t i = *at, first = v->n;
	/* (a paragraph's flag, the only one flags brings, is the first word's:
	 * set at the end, so that the loop's words are all alike) */
	uint8_t para = flags & TF_PARA;
	dyad_word_table words = v->words; /* (read once: the tokens' stores may alias v) */
	plain_word c;
	while (i + 16 <= n && scan_plain(s, n, i, &c)) {
		size_t j = i + c.p;
		__m128i raw = _mm_and_si128(c.x, first_bytes(c.p));
		uint64_t g = (uint64_t)_mm_cvtsi128_si64(raw), key = plain_key(raw, c.p);
		/* (a digit first: no letter after it, see scan_plain) */
		uint8_t kind = c.md & 1 ? TK_NUM : TK_WORD;
		const dtoken *kept = dyad_token__table_short(words, c.p, key, kind, g);
		if (kept && v->n < v->cap) {
			dyad_token__from_spelling(&v->t[v->n++], kept, (uint32_t)i, (uint32_t)j, c.p);
		} else {
			int rc = plain_miss(v, &c, raw, key, (uint32_t)i, 0);
			if (rc)
				return rc;
			words = v->words; /* (it may have moved) */
		}
		i = j;
		if (c.e != ' ') {
			/* a mark right after the word (',', '.'), its template
			 * known, then a single space: on to the next word */
			if (c.e >= 0x80 || !v->punct[c.e] || v->n >= v->cap)
				break;
			emit_punct(v, c.e, (uint32_t)i, 0);
			i++;
			if (i >= n || s[i] != ' ')
				break;
		}
		i++; /* the usual single space (scan_plain stops at anything else after it) */
	}
	/* a paragraph's first word may end a sentence (dyad_token__may_end) */
	if (para && v->n > first) {
		v->t[first].flags |= TF_PARA;
		if (v->ends)
			v->ends[first >> 6] |= (uint64_t)1 << (first & 63);
	}
	*at = i;
	return 0;
}
#endif

int dyad_token__run(dyad_arena *a, dyad_token_cache *cache, const char *s, size_t n,
                    size_t max_tokens, dtoken **out, size_t *n_out, uint64_t **ends, size_t *bad_utf8)
{
	tvec v = {.max = max_tokens ? max_tokens : (size_t)1 << 22, .a = a, .cache = cache};
	/* room for the usual one token per 5 bytes or so, grown when short */
	size_t guess = n / 4 + 64;
	v.t = dyad_arena_alloc(a, (guess < v.max ? guess : v.max) * sizeof *v.t);
	if (!v.t)
		return DYAD_ENOMEM;
	v.cap = guess < v.max ? guess : v.max;
	if (ends && !(v.ends = dyad_arena_calloc(a, v.cap / 64 + 1, sizeof *v.ends)))
		return DYAD_ENOMEM;
	const dtoken *no_punct[128];
	if (cache) {
		/* the cache's word table stands in for the document's own */
		dyad_token__cache_begin(cache);
		v.words = dyad_token__cache_table(cache);
		v.punct = dyad_token__cache_punct(cache);
	} else {
		memset(no_punct, 0, sizeof no_punct);
		v.punct = no_punct;
		/* distinct words: a few hundred a story; past half full, new ones are
		 * simply not remembered */
		size_t slots = 1024;
		while (slots < guess && slots < ((size_t)1 << 16))
			slots <<= 1;
		v.seen = dyad_arena_calloc(a, slots, sizeof *v.seen);
		if (!v.seen)
			return DYAD_ENOMEM;
		v.seen_mask = slots - 1;
	}
	size_t i = 0;
	int newlines = 0;
	*bad_utf8 = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t w;
		/* a letter or digit first: most tokens begin with one */
		int alnum = ascii_class[c] != 0;
		if (!alnum && c == '\n') {
			newlines++;
			i++;
			continue;
		}
		if (!alnum && (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0)) {
			if (c == 0)
				(*bad_utf8)++; /* a NUL byte is no text either: counted and reported */
			i++;
			continue;
		}
		uint8_t flags = 0;
		if (newlines >= 2)
			flags |= TF_PARA;
		newlines = 0;
		/* punctuation with its template known (see below): a copy */
		if (c < 0x80 && v.punct[c] && v.n < v.cap) {
			emit_punct(&v, c, (uint32_t)i, flags);
			i++;
			continue;
		}
#ifdef __SSE2__
		if (alnum && cache && i + 16 <= n) {
			size_t at = i;
			int rc = plain_words(&v, s, n, &at, flags);
			if (rc)
				return rc;
			if (at != i) {
				i = at;
				continue;
			}
		}
#endif
		if (alnum) {
			/* fast path: a run of ASCII letters and digits ended by a byte that
			 * cannot continue or split it (not an apostrophe, not a period or
			 * comma before a letter or digit, not UTF-8), folded as it is
			 * scanned; anything else takes the general path below */
			char up[MAX_WORD_BYTES + 16];
			unsigned seen, first = ascii_class[c];
			size_t lim = n - i < MAX_WORD_BYTES ? n - i : MAX_WORD_BYTES;
			size_t k = scan_run((const unsigned char *)s + i, lim, up, &seen);
			size_t j = i + k;
			unsigned char e = j < n ? (unsigned char)s[j] : ' ';
			int general = ascii_class[e] || e >= 0x80 || e == '\'' ||
			              ((e == '.' || e == ',') && j + 1 < n && ascii_class[(unsigned char)s[j + 1]]);
			/* the first letter's case, past leading digits ("3D"): rare, general */
			if (!general && (first & C_DIGIT) && (seen & (C_UPPER | C_LOWER)))
				general = 1;
			if (!general) {
				if (first & C_UPPER)
					flags |= TF_CAP;
				int letters = (seen & (C_UPPER | C_LOWER)) != 0;
				if ((seen & C_UPPER) && !(seen & C_LOWER))
					flags |= TF_ALLCAPS;
				int rc = emit_plain(&v, (uint32_t)i, (uint32_t)j, letters ? TK_WORD : TK_NUM, flags, up);
				if (rc)
					return rc;
				/* the usual single space after a word: no pass of the loop */
				i = e == ' ' && j < n ? j + 1 : j;
				continue;
			}
		}
		if (word_char(s, n, i, &w)) {
			int upper = 0, lower = 0, digits = 0, alpha_seen = 0, ascii = 1;
			size_t j = i;
			for (;;) {
				size_t cw;
				/* a run of ASCII letters and digits */
				unsigned seen = 0;
				while (j < n && ascii_class[(unsigned char)s[j]]) {
					unsigned cls = ascii_class[(unsigned char)s[j]];
					if (!alpha_seen && (cls & (C_UPPER | C_LOWER))) {
						if (cls & C_UPPER)
							flags |= TF_CAP;
						alpha_seen = 1;
					}
					seen |= cls;
					j++;
				}
				upper |= (seen & C_UPPER) != 0;
				lower |= (seen & C_LOWER) != 0;
				digits |= (seen & C_DIGIT) != 0;
				if (j < n && (unsigned char)s[j] >= 0x80 && word_char_slow(s, n, j, &cw)) {
					/* a letter's case counts beyond ASCII: "Şeybani", "Élysée" */
					uint32_t cp;
					dyad_utf8__decode(s + j, n - j, &cp);
					int lc = dyad_unicode__case(cp);
					if (!alpha_seen && lc == 1)
						flags |= TF_CAP;
					upper |= lc == 1;
					lower |= lc == 2;
					ascii = 0;
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
					if (ap > 1)
						ascii = 0;
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
				if (upper && !lower)
					flags |= TF_ALLCAPS;
				int rc = emit(&v, s, (uint32_t)i, (uint32_t)(j - 1), TK_WORD, flags, NULL, ascii);
				if (!rc)
					rc = emit(&v, s, (uint32_t)(j - 1), (uint32_t)(j + ap + 1), TK_WORD, 0, "N'T", 1);
				if (rc)
					return rc;
				i = j + ap + 1;
				continue;
			}
			if (upper && !lower)
				flags |= TF_ALLCAPS;
			int rc = emit(&v, s, (uint32_t)i, (uint32_t)j,
			              (digits && !upper && !lower) ? TK_NUM : TK_WORD, flags, NULL, ascii);
			if (rc)
				return rc;
			i = j;
			continue;
		}
		size_t ap = apostrophe(s, n, i);
		if (ap && i + ap < n && (s[i + ap] == 's' || s[i + ap] == 'S') && v.n &&
		    v.t[v.n - 1].end == i && (i + ap + 1 >= n || !word_char(s, n, i + ap + 1, &w))) {
			int rc = emit(&v, s, (uint32_t)i, (uint32_t)(i + ap + 1), TK_WORD, flags, "'S", 1);
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
				size_t e = i + dl;
				while (e < n && s[e] == '-')
					e++;
				int rc = emit(&v, s, (uint32_t)i, (uint32_t)e, TK_PUNCT, flags, "-", 1);
				if (rc)
					return rc;
				i = e;
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
		const char *norm = NULL;
		if (c < 0x80) {
			norm = punct_form[c];
		} else if (cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB) {
			norm = "\"";
		} else if (cp == 0x2018 || cp == 0x2019) {
			norm = "'";
		} else if (cp == 0x2026) {
			norm = ".";
		}
		if (norm) {
			int rc = emit(&v, s, (uint32_t)i, (uint32_t)(i + cl), TK_PUNCT, flags, norm, 1);
			if (rc)
				return rc;
			/* an ASCII mark that reaches here is always this form (an
			 * apostrophe may be a possessive's): its kept template, if
			 * any, serves the document's next ones */
			if (c < 0x80 && c != '\'' && cache) {
				const dtoken *kept = dyad_token__cache_fixed(cache, norm);
				v.punct[c] = kept && kept->kind == TK_PUNCT ? kept : NULL;
			}
		}
		i += cl;
	}
	*out = v.t;
	*n_out = v.n;
	if (ends)
		*ends = v.ends;
	return 0;
}
