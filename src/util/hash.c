/* util/hash.c — open-addressing string map; see hash.h. */
#include "util/hash.h"

#include <stdlib.h>
#include <string.h>

int dyad_strmap_init(dyad_strmap *m, uint32_t expected)
{
	memset(m, 0, sizeof *m);
	uint32_t n = 16;
	while (n < expected * 2u && n < (1u << 30))
		n <<= 1;
	m->slots = calloc(n, sizeof *m->slots);
	if (!m->slots)
		return -1;
	m->mask = n - 1;
	return 0;
}

static int grow_keys(dyad_strmap *m)
{
	uint32_t cap = m->cap_keys ? m->cap_keys * 2 : 64;
	const char **k = realloc(m->keys, cap * sizeof *k);
	if (!k)
		return -1;
	m->keys = k;
	uint32_t *l = realloc(m->key_lens, cap * sizeof *l);
	if (!l)
		return -1;
	m->key_lens = l;
	uint32_t *v = realloc(m->values, cap * sizeof *v);
	if (!v)
		return -1;
	m->values = v;
	m->cap_keys = cap;
	return 0;
}

static int rehash(dyad_strmap *m)
{
	uint32_t n = (m->mask + 1) * 2;
	uint64_t *slots = calloc(n, sizeof *slots);
	if (!slots)
		return -1;
	for (uint32_t s = 0; s <= m->mask; s++) {
		uint64_t v = m->slots[s];
		if (!v)
			continue;
		uint32_t h = (uint32_t)(v >> 32) & (n - 1);
		while (slots[h])
			h = (h + 1) & (n - 1);
		slots[h] = v;
	}
	free(m->slots);
	m->slots = slots;
	m->mask = n - 1;
	return 0;
}

uint32_t *dyad_strmap_put(dyad_strmap *m, const char *key, uint32_t len, int *inserted)
{
	if ((m->count + 1) * 2 > m->mask + 1 && rehash(m))
		return NULL;
	uint32_t full = dyad_hash32(key, len);
	uint32_t h = full & m->mask;
	while (m->slots[h]) {
		uint64_t v = m->slots[h];
		uint32_t i = (uint32_t)v - 1;
		if ((uint32_t)(v >> 32) == full && m->key_lens[i] == len && memcmp(m->keys[i], key, len) == 0) {
			if (inserted)
				*inserted = 0;
			return &m->values[i];
		}
		h = (h + 1) & m->mask;
	}
	if (m->count == m->cap_keys && grow_keys(m))
		return NULL;
	uint32_t i = m->count++;
	m->keys[i] = key;
	m->key_lens[i] = len;
	m->values[i] = 0;
	m->slots[h] = (uint64_t)full << 32 | (i + 1);
	if (inserted)
		*inserted = 1;
	return &m->values[i];
}

const uint32_t *dyad_strmap_get(const dyad_strmap *m, const char *key, uint32_t len)
{
	return dyad_strmap_get_h(m, key, len, dyad_hash32(key, len));
}

const uint32_t *dyad_strmap_get_h(const dyad_strmap *m, const char *key, uint32_t len,
                                  uint32_t hash)
{
	if (!m->slots)
		return NULL;
	uint32_t h = hash & m->mask;
	uint64_t v;
	while ((v = m->slots[h]) != 0) {
		if ((uint32_t)(v >> 32) == hash) {
			uint32_t i = (uint32_t)v - 1;
			if (m->key_lens[i] == len && dyad_same_bytes(m->keys[i], key, len))
				return &m->values[i];
		}
		h = (h + 1) & m->mask;
	}
	return NULL;
}

void dyad_strmap_free(dyad_strmap *m)
{
	free(m->slots);
	free(m->keys);
	free(m->key_lens);
	free(m->values);
	memset(m, 0, sizeof *m);
}
