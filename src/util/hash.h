/* util/hash.h — string hashing and an open-addressing string→uint32 map
 * used by the dictionary (built once, read-only afterwards). */
#ifndef DYAD_UTIL_HASH_H
#define DYAD_UTIL_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* FNV-1a 64 with a final avalanche; fast enough for short words. The step and
 * finish halves let callers hash every prefix of a word in one pass. */
#define DYAD_HASH_SEED 0xcbf29ce484222325ull
static inline uint64_t dyad_hash_step(uint64_t h, unsigned char c)
{
	return (h ^ c) * 0x100000001b3ull;
}
static inline uint64_t dyad_hash_finish(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	return h;
}
static inline uint64_t dyad_hash_bytes(const char *s, size_t n)
{
	uint64_t h = DYAD_HASH_SEED;
	for (size_t i = 0; i < n; i++)
		h = dyad_hash_step(h, (unsigned char)s[i]);
	return dyad_hash_finish(h);
}

/* a[0..n) == b[0..n)? For the short words of dictionaries and tokens, where
 * a call to memcmp costs more than the comparison. */
static inline int dyad_same_bytes(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	if (n >= 8) {
		for (; n > 8; a += 8, b += 8, n -= 8) {
			memcpy(&x, a, 8);
			memcpy(&y, b, 8);
			if (x != y)
				return 0;
		}
		/* the last eight bytes, overlapping those compared */
		memcpy(&x, a + n - 8, 8);
		memcpy(&y, b + n - 8, 8);
		return x == y;
	}
	if (n >= 4) { /* two four-byte reads that overlap when n < 8 */
		uint32_t p, q, r, t;
		memcpy(&p, a, 4);
		memcpy(&q, b, 4);
		memcpy(&r, a + n - 4, 4);
		memcpy(&t, b + n - 4, 4);
		return p == q && r == t;
	}
	for (; n; a++, b++, n--)
		if (*a != *b)
			return 0;
	return 1;
}

/* Map from byte strings (stored by the caller in a string pool) to values.
 * A slot holds the key's 32-bit hash beside its index, so a probe that misses
 * (most dictionary probes do) reads one slot and nothing else. */
typedef struct dyad_strmap {
	uint64_t *slots;     /* hash << 32 | (index + 1) into keys; 0 = empty */
	uint32_t mask;
	uint32_t count;
	const char **keys;   /* borrowed pointers into the caller's pool */
	uint32_t *key_lens;
	uint32_t *values;
	uint32_t cap_keys;
} dyad_strmap;

int dyad_strmap_init(dyad_strmap *m, uint32_t expected);
/* Returns pointer to the value slot; *inserted tells if the key was new. NULL on ENOMEM. */
uint32_t *dyad_strmap_put(dyad_strmap *m, const char *key, uint32_t len, int *inserted);
const uint32_t *dyad_strmap_get(const dyad_strmap *m, const char *key, uint32_t len);
/* Same, with hash = dyad_hash_bytes(key, len) already computed. */
const uint32_t *dyad_strmap_get_h(const dyad_strmap *m, const char *key, uint32_t len,
                                  uint32_t hash);
/* the 32-bit hash every index and token uses */
static inline uint32_t dyad_hash32(const char *s, size_t n)
{
	return (uint32_t)dyad_hash_bytes(s, n);
}
void dyad_strmap_free(dyad_strmap *m);

#endif
