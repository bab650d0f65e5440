/* util/hash.h — string hashing and an open-addressing string→uint32 map
 * used by the dictionary (built once, read-only afterwards). */
#ifndef DYAD_UTIL_HASH_H
#define DYAD_UTIL_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint64_t dyad_hash_bytes(const char *s, size_t n)
{
	/* FNV-1a 64 with a final avalanche; fast enough for short words */
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ull;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	return h;
}

/* Map from byte strings (stored by the caller in a string pool) to values. */
typedef struct dyad_strmap {
	uint32_t *slots;     /* index+1 into keys, 0 = empty */
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
void dyad_strmap_free(dyad_strmap *m);

#endif
