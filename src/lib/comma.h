/* lib/comma.h — TABARI's comma-delimited clause deletion (comma.c). */
#ifndef DYAD_LIB_COMMA_H
#define DYAD_LIB_COMMA_H

#include "lib/syntax.h"

/* Mark in drop[0..s->n) the tokens of the comma-delimited clauses that the
 * limits lim (MIN MAX BMIN BMAX EMIN EMAX) delete; s must have its compounds
 * (commas inside one are not clause boundaries). Returns how many are marked. */
size_t dyad_comma__mark(const sent_ctx *s, const uint16_t lim[6], uint8_t *drop);
/* The token standing for a deleted clause: punctuation that is no comma, so
 * that the words around it neither join into one phrase nor split a clause. */
dtoken dyad_comma__gap(const dtoken *comma);

#endif
