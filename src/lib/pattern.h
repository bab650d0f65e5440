/* lib/pattern.h — matching one verb pattern around a verb (pattern.c). */
#ifndef DYAD_LIB_PATTERN_H
#define DYAD_LIB_PATTERN_H

#include "lib/syntax.h"

typedef struct pmatch {
	int32_t target, source; /* compound indexes, -1 none */
	uint32_t lo, hi;        /* token span covered by the pattern */
	uint32_t lit_b, lit_e;  /* span of its literal words right of the verb
	                         * (lit_b == lit_e: none) */
} pmatch;

/* first compound starting at or after token i, before limit, that is neither a
 * pronoun nor a bare agent; -1 none */
int32_t dyad_pattern__compound_from(const sent_ctx *s, size_t i, size_t limit);
/* every literal word and synset of the pattern occurs somewhere in the sentence? */
int dyad_pattern__possible(sent_ctx *s, const dpat_test *pt);
/* does pattern p (its dpat_test) match around the verb at tokens [vb, ve)? fills *m */
int dyad_pattern__match(sent_ctx *s, const dpat_test *p, size_t vb, size_t ve, pmatch *m);

#endif
