/* util/arena.h — bump allocator for one document's lifetime.
 * Everything a document produces comes from here and goes with one reset.
 * With -DDYAD_DEBUG_ARENA every allocation is a plain malloc so ASan sees misuse. */
#ifndef DYAD_UTIL_ARENA_H
#define DYAD_UTIL_ARENA_H

#include <stddef.h>

typedef struct dyad_arena_block dyad_arena_block;
/* a block: its allocations are bumped from data (arena.c makes them) */
struct dyad_arena_block {
	dyad_arena_block *next;
	size_t cap, used;
	_Alignas(16) unsigned char data[];
};

typedef struct dyad_arena {
	dyad_arena_block *head;
	size_t used_total;
	size_t limit; /* 0 = unlimited; exceeding returns NULL */
} dyad_arena;

void dyad_arena_init(dyad_arena *a, size_t limit);
/* dyad_arena_alloc when the head block lacks the room (a new block) */
void *dyad_arena__alloc_block(dyad_arena *a, size_t n);
/* 16-byte aligned, NULL on failure; inline while the head block has room
 * (a document makes hundreds of small allocations) */
static inline void *dyad_arena_alloc(dyad_arena *a, size_t n)
{
#ifndef DYAD_DEBUG_ARENA
	dyad_arena_block *b = a->head;
	size_t m = (n + 15) & ~(size_t)15;
	if (n - 1 < ((size_t)1 << 20) && b && b->cap - b->used >= m &&
	    (!a->limit || a->used_total + m <= a->limit)) {
		void *p = b->data + b->used;
		b->used += m;
		a->used_total += m;
		return p;
	}
#endif
	return dyad_arena__alloc_block(a, n);
}
void *dyad_arena_calloc(dyad_arena *a, size_t count, size_t size);
char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n);
void dyad_arena_reset(dyad_arena *a); /* keeps the first block for reuse */
void dyad_arena_free(dyad_arena *a);

#endif
