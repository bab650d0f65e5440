/* lib/coref.h — TABARI's pronoun coreference (coref.c). */
#ifndef DYAD_LIB_COREF_H
#define DYAD_LIB_COREF_H

#include "lib/syntax.h"

/* Resolve the sentence's pronoun groups by TABARI's rules (manual 7.7);
 * forward is the actor a pronoun with no antecedent in the sentence takes
 * (the previous sentence's, manual 8.4), NULL none. */
int dyad_coref__tabari(sent_ctx *s, const char *forward, uint32_t forward_entry);
/* The actor a pronoun in the next sentence refers to: the first actor of
 * this one that is no pronoun, without its agent (NULL none). */
const char *dyad_coref__forward(const sent_ctx *s, uint32_t *entry);

#endif
