/* util/str.h — strcmp, strncmp, strlen and strstr tests for the coder's
 * short codes ("IGO", "087", "USAGOV"), inline: the coder compares
 * three-letter actor types and CAMEO code prefixes some 180,000 times in
 * 40,000 sentences and asks codes' lengths 600,000 times; libc's strncmp
 * costs a call and about 25 instructions where the first byte mostly
 * decides, strlen a call and 13. */
#ifndef DYAD_UTIL_STR_H
#define DYAD_UTIL_STR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* a == b: codes and lemmas are a few bytes, fewer than a call to strcmp
 * costs, and events ask many such questions */
static inline int same_str(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/* strncmp(a, b, n), the same result; n a small constant at the call */
__attribute__((always_inline)) static inline int short_ncmp(const char *a, const char *b, size_t n)
{
#pragma GCC unroll 8
	for (size_t i = 0; i < n; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
		if (x != y)
			return x - y;
		if (!x)
			return 0;
	}
	return 0;
}

/* strstr(a, w) != NULL, for a literal w (codes hold a type or two: "MED",
 * "PTY") */
__attribute__((always_inline)) static inline int short_contains(const char *a, const char *w)
{
	for (; *a; a++)
		if (!short_ncmp(a, w, strlen(w)))
			return 1;
	return 0;
}

/* min(strlen(a), cap): strlen(a) OP n is len_upto(a, n + 1) OP n for any
 * comparison OP; cap a small constant at the call */
__attribute__((always_inline)) static inline size_t len_upto(const char *a, size_t cap)
{
#pragma GCC unroll 8
	for (size_t i = 0; i < cap; i++)
		if (!a[i])
			return i;
	return cap;
}

/* An event code's first bytes as one word (code_pack: byte i at bits 8i,
 * up to 8 bytes, 0 past the end), worked out once for the code of an event
 * candidate: its many tests against literals ("020", "0874", prefix "19")
 * are then one compare each, where byte-by-byte compares branched on the
 * codes' digits and were often mispredicted. The loop's exit is the
 * length, nearly always 3. */
static inline uint64_t code_pack(const char *a)
{
	uint64_t w = 0;
	for (size_t i = 0; i < 8 && a[i]; i++)
		w |= (uint64_t)(unsigned char)a[i] << 8 * i;
	return w;
}

/* code, with *cw its code_pack (for a code changed: code = code_set(&cw, ...)) */
static inline const char *code_set(uint64_t *cw, const char *code)
{
	*cw = code_pack(code);
	return code;
}

/* the word of literal w's first n bytes (0 past its end); folded by gcc */
__attribute__((always_inline)) static inline uint64_t code_lit(const char *w, size_t n)
{
	uint64_t x = 0;
	size_t l = strlen(w);
#pragma GCC unroll 8
	for (size_t i = 0; i < 8; i++)
		if (i < n && i < l)
			x |= (uint64_t)(unsigned char)w[i] << 8 * i;
	return x;
}

/* same_str(code, w) for cw = code_pack(code), w a literal of at most 7
 * bytes (so that its terminator is in the word: a longer code differs) */
__attribute__((always_inline)) static inline int code_is(uint64_t cw, const char *w)
{
	return cw == code_lit(w, 8);
}

/* !short_ncmp(code, w, n) for cw = code_pack(code), n <= 8: the first m
 * bytes alike, m = n or w's length + 1 if less (strncmp stops at w's end) */
__attribute__((always_inline)) static inline int code_starts(uint64_t cw, const char *w, size_t n)
{
	size_t m = strlen(w) + 1 < n ? strlen(w) + 1 : n;
	uint64_t mask = m >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << 8 * m) - 1;
	return (cw & mask) == code_lit(w, m);
}

#endif
