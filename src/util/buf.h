/* util/buf.h — dyad_buf internals for the formatters: room to write a whole
 * line into at once, and JSON string escaping into that room. */
#ifndef DYAD_UTIL_BUF_H
#define DYAD_UTIL_BUF_H

#include <dyad/writer.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* room for n more bytes and a NUL past b->len: 0, DYAD_ELIMIT or DYAD_ENOMEM */
int dyad_buf__reserve(dyad_buf *b, size_t n);
/* dyad_buf__reserve, answered inline while the buffer has the room (the
 * usual case: a writer's buffer grows to its batch's size once) */
static inline int dyad_buf__room(dyad_buf *b, size_t n)
{
	if (b->cap > b->len && n < b->cap - b->len && (!b->limit || (n <= b->limit && b->len <= b->limit - n)))
		return 0;
	return dyad_buf__reserve(b, n);
}
/* the bytes dyad_buf__json_into may write for a string of n bytes */
#define DYAD_JSON_STRING_MAX(n) (6 * (n) + 2)
/* any byte of x outside printable ASCII, or '"' or '\\'? (no false "no":
 * a false "yes" only sends the caller to the exact byte loop) */
static inline int dyad_buf__special8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
	uint64_t zq = (q - ones) & ~q & high, zb = (b - ones) & ~b & high;
	uint64_t lt = (x - ones * 0x20) & ~x & high;
	return (zq | zb | lt | (x & high)) != 0;
}

/* dyad_buf__special8 of two groups at once */
static inline int dyad_buf__special16(uint64_t a, uint64_t b)
{
#ifdef __SSE2__
	/* one register; a signed compare with 0x20 takes the control bytes and
	 * those of 0x80 and up together */
	__m128i x = _mm_unpacklo_epi64(_mm_cvtsi64_si128((long long)a), _mm_cvtsi64_si128((long long)b));
	__m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
	                           _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
	return _mm_movemask_epi8(bad) != 0;
#else
	return dyad_buf__special8(a) || dyad_buf__special8(b);
#endif
}

/* dyad_buf__json_into for any string */
char *dyad_buf__json_any(char *o, const char *s, size_t n);

/* The JSON string of s[0..n) (quoted, escaped as dyad_buf_json_string does)
 * written at o; returns the end. The usual field (a code, a name, a few
 * words: one to sixteen bytes, nothing to escape) is read in two
 * overlapping groups, or three bytes, tested at once and written whole:
 * an event line has ten such strings. */
__attribute__((always_inline)) static inline char *dyad_buf__json_into(char *o, const char *s, size_t n)
{
	if (n - 1 >= 16)
		return dyad_buf__json_any(o, s, n);
	if (n >= 8) {
		uint64_t a, b;
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
		if (dyad_buf__special16(a, b))
			return dyad_buf__json_any(o, s, n);
		memcpy(o + 1, &a, 8);
		memcpy(o + 1 + n - 8, &b, 8);
	} else if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		if (dyad_buf__special8((uint64_t)b << 32 | a))
			return dyad_buf__json_any(o, s, n);
		memcpy(o + 1, &a, 4);
		memcpy(o + 1 + n - 4, &b, 4);
	} else {
		/* first, middle and last byte (some the same), the rest 'A' */
		unsigned char a = (unsigned char)s[0], b = (unsigned char)s[n / 2], c = (unsigned char)s[n - 1];
		if (dyad_buf__special8(0x4141414141000000ull | (uint64_t)c << 16 | (uint64_t)b << 8 | a))
			return dyad_buf__json_any(o, s, n);
		o[1] = (char)a;
		o[1 + n / 2] = (char)b;
		o[n] = (char)c;
	}
	o[0] = '"';
	o[n + 1] = '"';
	return o + n + 2;
}

#endif
