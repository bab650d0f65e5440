/* util/arena.c — bump allocator; see arena.h. */
#include "util/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK_MIN ((size_t)64 << 10)

void dyad_arena_init(dyad_arena *a, size_t limit)
{
	a->head = NULL;
	a->used_total = 0;
	a->limit = limit;
}

void *dyad_arena__alloc_block(dyad_arena *a, size_t n)
{
	if (n == 0)
		n = 1;
	if (n > SIZE_MAX - 32)
		return NULL;
	n = (n + 15) & ~(size_t)15;
	if (a->limit && a->used_total + n > a->limit)
		return NULL;
#ifdef DYAD_DEBUG_ARENA
	dyad_arena_block *dbg = malloc(sizeof(*dbg) + n);
	if (!dbg)
		return NULL;
	dbg->next = a->head;
	dbg->cap = dbg->used = n;
	a->head = dbg;
	a->used_total += n;
	return dbg->data;
#else
	dyad_arena_block *b = a->head;
	if (!b || b->cap - b->used < n) {
		size_t cap = n > ARENA_BLOCK_MIN ? n : ARENA_BLOCK_MIN;
		if (b && b->cap * 2 > cap && b->cap < ((size_t)16 << 20))
			cap = b->cap * 2;
		b = malloc(sizeof(*b) + cap);
		if (!b)
			return NULL;
		b->next = a->head;
		b->cap = cap;
		b->used = 0;
		a->head = b;
	}
	void *p = b->data + b->used;
	b->used += n;
	a->used_total += n;
	return p;
#endif
}

void *dyad_arena_calloc(dyad_arena *a, size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		return NULL;
	void *p = dyad_arena_alloc(a, count * size);
	if (p)
		memset(p, 0, count * size);
	return p;
}

char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n)
{
	char *p = dyad_arena_alloc(a, n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = 0;
	}
	return p;
}

void dyad_arena_reset(dyad_arena *a)
{
	dyad_arena_block *b = a->head;
#ifdef DYAD_DEBUG_ARENA
	while (b) {
		dyad_arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
#else
	/* keep the largest (most recent) block, free the rest */
	if (b) {
		dyad_arena_block *rest = b->next;
		while (rest) {
			dyad_arena_block *next = rest->next;
			free(rest);
			rest = next;
		}
		b->next = NULL;
		b->used = 0;
	}
#endif
	a->used_total = 0;
}

void dyad_arena_free(dyad_arena *a)
{
	dyad_arena_reset(a);
	free(a->head);
	a->head = NULL;
}
