/* util/arena.h — bump allocator for one document's lifetime.
 * Everything a document produces comes from here and goes with one reset.
 * With -DDYAD_DEBUG_ARENA every allocation is a plain malloc so ASan sees misuse. */
#ifndef DYAD_UTIL_ARENA_H
#define DYAD_UTIL_ARENA_H

#include <stddef.h>

typedef struct dyad_arena_block dyad_arena_block;

typedef struct dyad_arena {
	dyad_arena_block *head;
	size_t used_total;
	size_t limit; /* 0 = unlimited; exceeding returns NULL */
} dyad_arena;

void dyad_arena_init(dyad_arena *a, size_t limit);
void *dyad_arena_alloc(dyad_arena *a, size_t n);  /* 16-byte aligned, NULL on failure */
void *dyad_arena_calloc(dyad_arena *a, size_t count, size_t size);
char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n);
void dyad_arena_reset(dyad_arena *a); /* keeps the first block for reuse */
void dyad_arena_free(dyad_arena *a);

#endif
