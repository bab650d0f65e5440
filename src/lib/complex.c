/* lib/complex.c — sentences TABARI does not code (manual 8.7): those that
 * meet a COMPLEX: condition — n or more verbs (VERBS[n]), n or more
 * conjunctions outside compounds (CONJ[n]), no actor before the first verb
 * (NOACTPRIOR) — and those naming an actor coded "###" (discard) or "+++"
 * (complex). A null-coded verb ("ACCORD [---]") is no verb here.
 * One pass over the sentence; owns nothing. */
#include "lib/complex.h"

int dyad_complex__special(const char *code)
{
	/* (by bytes: asked of every coded verb) */
	return code && (code[0] == '#' || code[0] == '+') && code[1] == code[0] && code[2] == code[0] && !code[3];
}

/* a verb that codes something by default: not "[---]" */
static int live_verb(const dyad_dict *d, const verb_cand *v)
{
	const dverb *dv = &d->verbs[v->verb];
	return (dv->ev.code && dv->ev.code != DCODE_NULL);
}

int dyad_complex__skip(const sent_ctx *s, const verb_cand *verbs, size_t nv)
{
	const dict_options *o = &s->d->opt;
	for (size_t k = 0; k < s->nm; k++)
		if (dyad_complex__special(s->m[k].code))
			return 1;
	size_t live = 0, first = SIZE_MAX;
	for (size_t k = 0; k < nv; k++)
		if (live_verb(s->d, &verbs[k])) {
			live++;
			if (first == SIZE_MAX)
				first = verbs[k].b;
		}
	if (o->complex_verbs && live >= o->complex_verbs)
		return 1;
	if (o->complex_conj) {
		size_t conj = 0;
		for (size_t i = 0; i < s->n; i++)
			conj += s->comp_at[i] < 0 &&
			        (tok_is(&s->t[i], "AND") || tok_is(&s->t[i], "OR") || tok_is(&s->t[i], "BUT"));
		if (conj >= o->complex_conj)
			return 1;
	}
	if (o->complex_noactprior && first != SIZE_MAX) {
		int prior = 0;
		for (size_t i = 0; i < first && !prior; i++)
			prior = s->group_at[i] >= 0;
		if (!prior)
			return 1;
	}
	return 0;
}
