/* dyad/cameo.h — CAMEO event code facts: name, Goldstein score, QuadClass
 * and PLOVER category, from a table generated from the CAMEO code list. */
#ifndef DYAD_CAMEO_H
#define DYAD_CAMEO_H

#include "error.h"

typedef struct dyad_cameo_info {
	const char *code;      /* "111" */
	const char *name;      /* "Criticize or denounce" */
	double goldstein;
	int quad;              /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
	const char *plover;    /* PLOVER 2021 category, "" if none */
} dyad_cameo_info;

/* Exact code, else its nearest parent ("0874" -> "087" -> "08"); NULL if none. */
DYAD_API const dyad_cameo_info *dyad_cameo_lookup(const char *code);
DYAD_API size_t dyad_cameo_count(void);
DYAD_API const dyad_cameo_info *dyad_cameo_at(size_t i);

#endif
