/* lib/complex.h — TABARI's complexity filter and special codes (complex.c). */
#ifndef DYAD_LIB_COMPLEX_H
#define DYAD_LIB_COMPLEX_H

#include "lib/syntax.h"

/* "###" (discard) or "+++" (complex): a code that keeps its whole sentence
 * from being coded (TABARI manual 5.x, 8.7) */
int dyad_complex__special(const char *code);
/* Does the sentence meet a COMPLEX: condition of the options (VERBS[n],
 * CONJ[n], NOACTPRIOR), or hold an actor coded ### or +++? Its actors and the
 * nv verb candidates must be known. */
int dyad_complex__skip(const sent_ctx *s, const verb_cand *verbs, size_t nv);

#endif
