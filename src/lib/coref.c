/* lib/coref.c — pronoun coreference as TABARI does it (manual 7.7, 8.4):
 * HE, SHE, IT, HIM take the first actor of the sentence; THEY, THEM the first
 * compound actor, else the first actor; with no actor before the pronoun, the
 * first actor of the previous sentence (its actor code, without an agent).
 * A pronoun standing for a compound becomes a compound of copies of its
 * members, spanning the pronoun. Owns nothing; groups come from the
 * sentence's spare slots. */
#include "lib/coref.h"

#include <string.h>

static int actor_group(const group *g)
{
	return !g->pronoun && g->code && *g->code && !g->agent_only;
}

const char *dyad_coref__forward(const sent_ctx *s, uint32_t *entry)
{
	for (size_t k = 0; k < s->ng; k++) {
		const group *g = &s->g[k];
		if (!actor_group(g) || g->inferred)
			continue;
		const char *code = g->entry != UINT32_MAX ? dyad_syntax__actor_code(s->d, g->entry, s->date) : NULL;
		*entry = g->entry;
		return code && *code ? code : g->code;
	}
	*entry = UINT32_MAX;
	return NULL;
}

int dyad_coref__tabari(sent_ctx *s, const char *forward, uint32_t forward_entry)
{
	size_t ng = s->ng; /* groups added below are copies, not candidates */
	size_t copies = 0; /* at most s->n, the spare slots syntax.c keeps */
	for (size_t k = 0; k < ng; k++) {
		group *p = &s->g[k];
		if (!p->pronoun)
			continue;
		const dtoken *t = &s->t[p->b];
		int plural = tok_is(t, "THEY") || tok_is(t, "THEM");
		int32_t first = -1, first_compound = -1;
		for (size_t j = 0; j < ng && s->g[j].b < p->b; j++) {
			if (!actor_group(&s->g[j]))
				continue;
			int32_t ci = s->comp_at[s->g[j].b];
			if (first < 0)
				first = (int32_t)j;
			if (plural && first_compound < 0 && ci >= 0 && s->c[ci].n > 1)
				first_compound = ci;
		}
		if (first_compound >= 0 && copies + s->c[first_compound].n <= s->n) {
			const compound *src = &s->c[first_compound];
			compound cp = {(uint32_t)s->ng, 0, p->b, p->e};
			for (uint32_t m = 0; m < src->n; m++) {
				group g = s->g[src->first + m];
				if (!actor_group(&g))
					continue;
				g.b = p->b;
				g.e = p->e;
				g.compound = (uint16_t)s->nc;
				s->g[s->ng++] = g;
				cp.n++;
				copies++;
			}
			for (uint32_t i = p->b; i < p->e; i++)
				s->comp_at[i] = (int32_t)s->nc;
			s->c[s->nc++] = cp;
			p->code = s->g[cp.first].code;
			p->entry = s->g[cp.first].entry;
			p->pronoun = 0;
			continue;
		}
		if (first >= 0) {
			p->code = s->g[first].code;
			p->entry = s->g[first].entry;
			p->pronoun = 0;
		} else if (forward) {
			p->code = forward;
			p->entry = forward_entry;
			p->pronoun = 0;
		}
	}
	return 0;
}
