/* util/str.h — strcmp, strncmp, strlen and strstr tests for the coder's
 * short codes ("IGO", "087", "USAGOV"), inline: the coder compares
 * three-letter actor types and CAMEO code prefixes some 180,000 times in
 * 40,000 sentences and asks codes' lengths 600,000 times; libc's strncmp
 * costs a call and about 25 instructions where the first byte mostly
 * decides, strlen a call and 13. */
#ifndef DYAD_UTIL_STR_H
#define DYAD_UTIL_STR_H

#include <stddef.h>
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

#endif
