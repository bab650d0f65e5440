/* lib/clause.c — clause analysis for one verb: its source (subject, conjoined
 * predicates, relative clauses, quotations) and target (first party after the
 * verb, topic phrases and places passed over), passives, negation, modality,
 * announced actions, refusals and threats of an embedded action. */
#include "lib/clause.h"

#include <string.h>

#include "lib/lemma.h"
#include "lib/words.h"
#include "util/str.h"

/* Same actor, or a country and its own government/people ("KENGOV" and "KEN"
 * for Nairobi): not an event between two parties. Typed domestic pairs
 * (NGAOPP -> NGAGOV) are kept. */
int dyad_clause__self_event(const char *a, const char *b)
{
	/* most pairs differ in their first three letters (compared inline:
	 * asked of every event) */
	size_t i = 0;
	while (i < 3 && a[i] && a[i] == b[i])
		i++;
	if (i < 3)
		return a[i] == b[i]; /* the same code of under three letters */
	if (!strcmp(a + 3, b + 3))
		return 1;
	if (a[3] && b[3])
		return 0;
	/* a country and one of its state organs is one party; a country and its
	 * opposition, rebels or citizens are two (Belarus -> BLROPP) */
	const char *type = !a[3] ? b + 3 : a + 3;
	static const char state[][4] = {"GOV", "MIL", "ELI", "LEG", "JUD", "COP", "SPY"};
	for (size_t k = 0; k < sizeof state / sizeof state[0]; k++)
		if (type[0] == state[k][0] && type[1] == state[k][1] && type[2] == state[k][2])
			return 1;
	return 0;
}

int dyad_clause__coerces_own(const char *code, const char *a, const char *b)
{
	static const char *const organs[] = {"GOV", "COP", "JUD", "MIL", "SPY", NULL};
	if (!code || code[0] != '1' || code[1] != '7' || len_upto(a, 7) != 6 || len_upto(b, 4) <= 3)
		return 0;
	for (int i = 0; organs[i]; i++)
		if (!strcmp(a + 3, organs[i]))
			return 1;
	return 0;
}

/* Is actor b the armed or police force of actor a: its own code with MIL,
 * COP, SPY or PKO added (IGOUNO -> IGOUNOPKO), or a state's (PAK, PAKGOV,
 * PAKMIL) forces of the same country (PAKCOP)? */
static int own_force(const char *a, const char *b)
{
	static const char *const forces[] = {"MIL", "COP", "SPY", "PKO", NULL};
	size_t la = strlen(a), lb = strlen(b);
	if (la < 3 || lb < 6 || memcmp(a, b, 3))
		return 0;
	const char *rest = lb >= la + 3 && !memcmp(a, b, la) ? b + la : NULL;
	/* (a state: a bare country, its government or army; not an IGO's member) */
	if (!rest && a[0] != 'I' && (la == 3 || same_str(a + 3, "GOV") || same_str(a + 3, "MIL")))
		rest = b + 3;
	if (!rest)
		return 0;
	for (int k = 0; forces[k]; k++)
		if (!short_ncmp(rest, forces[k], 3))
			return 1;
	return 0;
}

/* "Netanyahu's office", "Yoon's lawyers", "Khan's legal team": the noun at
 * j (after "'s", past one modifier) speaks or acts for the possessor */
static int proxy_after(const sent_ctx *s, size_t j)
{
	if (j < s->n && (tok_is(&s->t[j], "LEGAL") || tok_is(&s->t[j], "DEFENCE") || tok_is(&s->t[j], "DEFENSE") ||
	                 tok_is(&s->t[j], "MEDIA") || tok_is(&s->t[j], "PRESS") || tok_is(&s->t[j], "PRIVATE")))
		j++;
	return j < s->n && dyad_words__in(&s->t[j], dyad_words__proxies);
}

static int32_t left_subject(const sent_ctx *s, const verb_cand *v, int passive, int compat);

/* is verb v in a relative clause ("M23 rebels who seized Goma")? A conjoined
 * predicate after it belongs to the main clause */
static int in_relative(const sent_ctx *s, const verb_cand *v)
{
	for (size_t k = v->b, steps = 0; k-- > 0 && steps < 3; steps++) {
		if (tok_is(&s->t[k], "WHO") || tok_is(&s->t[k], "WHICH"))
			return 1;
		if (!dyad_words__is_adverb(&s->t[k]) && !dyad_words__in(&s->t[k], dyad_words__be_forms) &&
		    !tok_is(&s->t[k], "HAS") && !tok_is(&s->t[k], "HAD") && !tok_is(&s->t[k], "HAVE"))
			return 0;
	}
	return 0;
}

/* a verb of saying, whose object is a clause */
static int says(const dtoken *t)
{
	static const char *const say[] = {"SAY", "CLAIM", "STATE", "REPORT", "ANNOUNCE", "CONFIRM", "ADD",
	                                  "BELIEVE", "INSIST", "ALLEGE", NULL};
	for (int w = 0; say[w]; w++)
		if (dyad_words__lemma_is(t, say[w]))
			return 1;
	return 0;
}

/* ", saying ...", ", warning ...", ", urging ...": a participle of speech
 * or appeal opening a clause whose subject is the main clause's */
int dyad_clause__speech_participle(const dtoken *t)
{
	static const char *const verbs[] = {"WARN", "NOTE", "STRESS", "ARGUE", "URGE", "CALL", "ACCUSE",
	                                    "DEMAND", "THREATEN", "VOW", "PLEDGE", "PROMISE", "CITE", NULL};
	if (t->kind != TK_WORD || !dyad_words__ends_with(t, "ING"))
		return 0;
	if (says(t))
		return 1;
	for (int w = 0; verbs[w]; w++)
		if (dyad_words__lemma_is(t, verbs[w]))
			return 1;
	return 0;
}

/* an -ing form of a verb of deed after a comma: "opened fire on protesters,
 * killing two", "killed 30 militants, blaming the Taliban" (not "including",
 * "according") */
static int deed_participle(const dtoken *t)
{
	return t->kind == TK_WORD && t->norm_len > 5 && dyad_words__ends_with(t, "ING") && (t->pos & DYAD_POS_VERB) &&
	       !tok_is(t, "INCLUDING") && !tok_is(t, "ACCORDING") && !tok_is(t, "FOLLOWING") &&
	       !tok_is(t, "REGARDING") && !tok_is(t, "CONCERNING");
}

static const char *const subordinators[] = {"AFTER", "WHILE", "SINCE", "UPON", NULL};

/* The actor inside the noun phrase that ends right before token k with a
 * common noun ("a U.N. resolution", "Russia's draft resolution"); -1 when
 * token k - 1 is no such noun or the phrase names no actor */
static int32_t noun_phrase_actor(const sent_ctx *s, size_t k)
{
	const dtoken *n = &s->t[k - 1];
	if (n->kind != TK_WORD || !(n->pos & DYAD_POS_NOUN) || (n->flags & TF_CAP) || s->is_verb[k - 1] ||
	    s->comp_at[k - 1] >= 0 || dyad_words__in(n, dyad_words__be_forms))
		return -1;
	for (size_t q = k - 1; q-- > 0 && q + 5 > k;) {
		const dtoken *t = &s->t[q];
		int32_t ci = s->comp_at[q];
		if (ci >= 0)
			return s->g[s->c[ci].first].agent_only || s->g[s->c[ci].first].pronoun ? -1 : ci;
		if (t->kind != TK_WORD || s->is_verb[q] || dyad_words__in(t, dyad_words__prepositions))
			return -1;
		if (dyad_words__in(t, dyad_words__determiners))
			return -1;
	}
	return -1;
}

int dyad_clause__realised_ing(const sent_ctx *s, size_t i)
{
	return i > 0 && dyad_words__ends_with(&s->t[i], "ING") && dyad_words__in(&s->t[i - 1], subordinators);
}

/* is v an attribution set off by commas: "struck hideouts in Afghanistan,
 * Taliban officials said, killing 10 people" (whose participle is the
 * deed's, not the speakers')? */
static int attribution(const sent_ctx *s, const verb_cand *v)
{
	if (!says(&s->t[v->b]) || v->e >= s->n || !tok_is(&s->t[v->e], ","))
		return 0;
	size_t b = v->b;
	while (b > 0 && s->comp_at[b - 1] >= 0)
		b--;
	while (b > 0 && dyad_words__in(&s->t[b - 1], dyad_words__determiners))
		b--;
	return b > 0 && b < v->b && tok_is(&s->t[b - 1], ",");
}

/* source: nearest subject compound left of the verb within the clause */
int32_t dyad_clause__find_source(const sent_ctx *s, const verb_cand *verbs, size_t nv, size_t vi,
                           int passive, int compat)
{
	const verb_cand *v = &verbs[vi];
	/* ", as mediators pressed both sides": a clause opened by a conjunction
	 * whose subject is a plain noun the dictionary does not know has that
	 * noun for its subject, not an actor further left */
	if (!compat && !passive && v->b > 2) {
		size_t h = v->b;
		while (h > 0 && dyad_words__is_adverb(&s->t[h - 1]))
			h--;
		size_t d = h > 1 && tok_is(&s->t[h - 2], "THE") ? h - 2 : h - 1;
		const dtoken *n = h > 0 ? &s->t[h - 1] : NULL;
		if (n && d > 0 && n->kind == TK_WORD && s->comp_at[h - 1] < 0 && (n->pos & DYAD_POS_NOUN) &&
		    !(n->flags & (TF_CAP | TF_ALLCAPS)) && n->norm_len > 3 && n->last == 'S' &&
		    !s->is_verb[h - 1] &&
		    (tok_is(&s->t[d - 1], "AS") || tok_is(&s->t[d - 1], "WHILE") || tok_is(&s->t[d - 1], "WHEN") ||
		     tok_is(&s->t[d - 1], "WHEREAS") || tok_is(&s->t[d - 1], "ALTHOUGH") || tok_is(&s->t[d - 1], "THOUGH")))
			return -1;
	}
	/* conjoined predicate: "X met Y and signed ..." shares X — unless an actor of
	 * its own stands between ("... said the students gathered and marched") */
	size_t k = v->b;
	/* (past a future's auxiliary outside TABARI mode: "considers the move
	 * illegal and will give an appropriate response") */
	while (k > 0 && (dyad_words__is_adverb(&s->t[k - 1]) || (!compat && dyad_words__in(&s->t[k - 1], dyad_words__futures))))
		k--;
	if (k > 0 && (tok_is(&s->t[k - 1], "AND") || tok_is(&s->t[k - 1], "BUT") ||
	              tok_is(&s->t[k - 1], "THEN") || (compat && !s->petr && tok_is(&s->t[k - 1], "OR")))) {
		for (size_t j = vi; j-- > 0;)
			if (verbs[j].source >= 0 && !(!compat && in_relative(s, &verbs[j]))) {
				int32_t plain = left_subject(s, v, passive, compat);
				/* after "said" the actor is the reported clause's subject, not
				 * an object ("police said the students gathered and marched") */
				int reported = !compat && says(&s->t[verbs[j].b]);
				if (compat || plain < 0 || (plain == verbs[j].target && !reported) ||
				    plain == verbs[j].source || s->c[plain].b < verbs[j].b)
					return verbs[j].source;
				/* an actor inside the first verb's object ("accused Rwanda of
				 * backing M23 rebels ..., and called on") is no new subject;
				 * after a verb of saying it is ("said the students gathered
				 * and marched") */
				if (!compat && !reported)
					return verbs[j].source;
				return plain;
			}
		/* (the first verb is no verb of the dictionary: "Chinese forces
		 * boarded a Vietnamese fishing vessel and seized its catch" -- the
		 * subject is the actor right before the sentence's first past-tense
		 * word, not the first verb's object) */
		if (!compat) {
			for (size_t q = 0; q + 1 < k; q++) {
				int32_t ci = s->comp_at[q];
				if (ci < 0 || s->c[ci].b != q)
					continue;
				size_t e = s->c[ci].e;
				/* (past the head noun: "Chinese coast guard ships boarded") */
				for (int steps = 0; steps < 2 && e + 1 < k && s->t[e].kind == TK_WORD && (s->t[e].pos & DYAD_POS_NOUN) &&
				                    !(s->t[e].flags & TF_CAP) && !dyad_words__ends_with(&s->t[e], "ED");
				     steps++)
					e++;
				const dtoken *w = e < s->n ? &s->t[e] : NULL;
				if (!s->g[s->c[ci].first].agent_only && !s->g[s->c[ci].first].pronoun && w && w->kind == TK_WORD &&
				    e + 1 < k && !s->is_verb[e] && (w->pos & DYAD_POS_VERB) && dyad_words__ends_with(w, "ED") &&
				    !(q > 0 && dyad_words__in(&s->t[q - 1], dyad_words__prepositions)))
					return ci;
				break;
			}
		}
	}
	/* a participle clause after a comma ("India slammed Pakistan, saying
	 * ...", "stormed the village, killing ...") shares the main clause's
	 * subject, not its object */
	/* ... as does an -ing clause after "after", "while", "since", "upon"
	 * ("ordered his army to deploy after accusing Colombia of plotting") */
	/* ("after" may read as an adverb: the -ing form's own left neighbour) */
	int sub_ing = !compat && v->b > 0 && !passive && dyad_words__ends_with(&s->t[v->b], "ING") &&
	              dyad_words__in(&s->t[v->b - 1], subordinators);
	if (sub_ing)
		k = v->b;
	if (!compat && k > 0 && k == v->b && !passive &&
	    ((tok_is(&s->t[k - 1], ",") && (dyad_clause__speech_participle(&s->t[k]) || deed_participle(&s->t[k]))) ||
	     sub_ing)) {
		for (size_t j = vi; j-- > 0;)
			if (verbs[j].e < k && verbs[j].source >= 0 && !in_relative(s, &verbs[j]) &&
			    !dyad_words__ends_with(&s->t[verbs[j].b], "ING") &&
			    !(verbs[j].b > 0 && tok_is(&s->t[verbs[j].b - 1], "TO")) && !attribution(s, &verbs[j]))
				return verbs[j].source;
		/* (the main verb is no verb of the dictionary: "triggered the process
		 * to reimpose sanctions on Iran, accusing Tehran": the infinitive's
		 * subject, which is the main verb's) */
		if (!sub_ing)
			for (size_t j = vi; j-- > 0;)
				if (verbs[j].e < k && verbs[j].source >= 0 && !in_relative(s, &verbs[j]) &&
				    !dyad_words__ends_with(&s->t[verbs[j].b], "ING")) {
					if (verbs[j].b > 1 && tok_is(&s->t[verbs[j].b - 1], "TO") && s->comp_at[verbs[j].b - 2] < 0)
						return verbs[j].source;
					break;
				}
		/* (the main verb coded nothing: the subject opening the sentence) */
		if (sub_ing && s->nc > 0 && s->c[0].b < k && !s->g[s->c[0].first].agent_only &&
		    !(s->c[0].b > 0 && dyad_words__in(&s->t[s->c[0].b - 1], dyad_words__prepositions)))
			return 0;
		/* ... or, when the -ing clause opens the sentence ("After meeting
		 * Erdogan in Ankara, the Swedish prime minister said"), the subject
		 * right after the comma that closes it */
		if (sub_ing && k == 1) {
			size_t q = v->e;
			while (q < s->n && !tok_is(&s->t[q], ",") && s->t[q].kind != TK_PUNCT)
				q++;
			int32_t ci = q + 1 < s->n && tok_is(&s->t[q], ",") ? dyad_syntax__compound_at(s, q + 1) : -1;
			if (ci >= 0 && !s->g[s->c[ci].first].agent_only && !s->g[s->c[ci].first].pronoun)
				return ci;
		}
	}
	/* "voted against a U.N. resolution demanding a ceasefire": an -ing form
	 * right after a noun whose phrase names an actor is that phrase's
	 * (a reduced relative clause), not the sentence subject's */
	if (!compat && k == v->b && k > 1 && !passive && dyad_words__ends_with(&s->t[k], "ING")) {
		int32_t np = noun_phrase_actor(s, k);
		if (np >= 0)
			return np;
	}
	/* "the government's decision to suspend EU accession talks": the
	 * possessor of the noun before the infinitive is its subject */
	if (!compat && k > 3 && k == v->b && tok_is(&s->t[k - 1], "TO") && s->t[k - 2].kind == TK_WORD &&
	    (s->t[k - 2].pos & DYAD_POS_NOUN) && !(s->t[k - 2].flags & TF_CAP) && s->comp_at[k - 2] < 0 &&
	    tok_is(&s->t[k - 3], "'S") && s->comp_at[k - 4] >= 0 && !s->g[s->c[s->comp_at[k - 4]].first].agent_only)
		return s->comp_at[k - 4];
	/* relative clause: "Zewde, who paid him a call" -> the noun before WHO
	 * (past a modal or auxiliary outside TABARI mode: "a bill that would
	 * ban TikTok") */
	if (!compat)
		while (k > 1 && (dyad_words__in(&s->t[k - 1], dyad_words__modals) ||
		                 dyad_words__in(&s->t[k - 1], dyad_words__futures)) &&
		       (tok_is(&s->t[k - 2], "WHO") || tok_is(&s->t[k - 2], "WHICH") || tok_is(&s->t[k - 2], "THAT")))
			k--;
	/* (and past a perfect's auxiliary: "demonstrators who had gathered") */
	if (!compat && k > 1 && (tok_is(&s->t[k - 1], "HAD") || tok_is(&s->t[k - 1], "HAS") || tok_is(&s->t[k - 1], "HAVE")) &&
	    (tok_is(&s->t[k - 2], "WHO") || tok_is(&s->t[k - 2], "WHICH") || tok_is(&s->t[k - 2], "THAT")))
		k--;
	if (k > 0 && (tok_is(&s->t[k - 1], "WHO") || tok_is(&s->t[k - 1], "WHICH") ||
	              tok_is(&s->t[k - 1], "THAT"))) {
		size_t q = k - 1;
		if (q > 0 && tok_is(&s->t[q - 1], ","))
			q--;
		if (q > 0 && s->comp_at[q - 1] >= 0 && !s->g[s->c[s->comp_at[q - 1]].first].agent_only)
			return s->comp_at[q - 1];
		/* ("fired tear gas at demonstrators who had gathered": people of
		 * no country of their own are still the relative's subject, not the
		 * officers before them) */
		if (!compat && q > 0 && s->comp_at[q - 1] >= 0)
			return -1;
		/* "an earthquake that killed ...": the relative's subject is no actor */
		if (q > 0 && s->t[q - 1].kind == TK_WORD && s->comp_at[q - 1] < 0 && !tok_is(&s->t[k - 1], "WHICH"))
			return -1;
	}
	(void)nv;
	return left_subject(s, v, passive, compat);
}

/* does compound c open the subject right before verb v (the rest of its noun
 * phrase, auxiliaries and adverbs between: "a Serbian army jet shot down",
 * "Iranian missile strikes hit")? */
static int subject_of(const sent_ctx *s, const compound *c, const verb_cand *v)
{
	static const char *const aux[] = {"HAS", "HAVE", "HAD", "WILL", "WOULD", NULL};
	for (size_t k = c->e; k < v->b; k++) {
		const dtoken *t = &s->t[k];
		int noun = t->kind == TK_WORD && (t->pos & DYAD_POS_NOUN) && !s->is_verb[k] && !(t->flags & TF_CAP) &&
		           !dyad_words__in(t, dyad_words__prepositions);
		if (!noun && !dyad_words__in(t, dyad_words__be_forms) && !dyad_words__in(t, aux) &&
		    !dyad_words__is_adverb(t))
			return 0;
	}
	return 1;
}

/* how many auxiliaries and adverbs stand right before verb v ("has refused") */
static size_t aux_before(const sent_ctx *s, const verb_cand *v)
{
	static const char *const aux[] = {"HAS", "HAVE", "HAD", "WILL", "WOULD", NULL};
	size_t k = v->b;
	while (k > 0 && (dyad_words__in(&s->t[k - 1], aux) || dyad_words__in(&s->t[k - 1], dyad_words__be_forms) ||
	                 dyad_words__is_adverb(&s->t[k - 1])))
		k--;
	return v->b - k;
}

static int32_t left_subject(const sent_ctx *s, const verb_cand *v, int passive, int compat)
{
	/* a verb outside quotation marks takes no actor from inside them
	 * ('chanting "U.S. forces out!" marched') */
	int skip_quotes = !compat && !(s->quotes && dyad_words__quoted(s->t, v->b));
	for (size_t i = v->b; i-- > 0;) {
		const dtoken *t = &s->t[i];
		/* (a word in no actor, after no punctuation: none of the tests
		 * below stops or takes it) */
		if (t->kind != TK_PUNCT && s->comp_at[i] < 0 && (i == 0 || s->t[i - 1].kind != TK_PUNCT))
			continue;
		if (t->kind == TK_PUNCT && t->norm[0] == ';')
			break;
		if (skip_quotes && dyad_words__is_quote(t)) {
			while (i > 0 && !dyad_words__is_quote(&s->t[i - 1]))
				i--;
			if (i > 0)
				i--;
			continue;
		}
		/* "India slammed Pakistan, saying cross-border terrorism will
		 * invite consequences": the participle's subject is the main
		 * clause's, not the main verb's object */
		if (!compat && i > 1 && i + 1 < v->b && tok_is(&s->t[i - 1], ",") && dyad_clause__speech_participle(t)) {
			size_t q = i - 1;
			while (q > 0 && !s->is_verb[q - 1] && !tok_is(&s->t[q - 1], ";"))
				q--;
			if (q > 0 && s->is_verb[q - 1]) {
				i = q - 1; /* go on left of the main verb */
				continue;
			}
		}
		/* "Pakistan, a key U.S. ally in the war on terror, has refused": an
		 * appositive between commas describes the actor before it, and so
		 * does a relative clause ("Iran, which backs the Houthis, denied") */
		if (!compat && t->kind == TK_PUNCT && t->norm[0] == ',' && i + 1 == v->b - aux_before(s, v)) {
			size_t open = i;
			while (open > 0 && !tok_is(&s->t[open - 1], ",") && !tok_is(&s->t[open - 1], ";") && i - open < 12)
				open--;
			/* (", as this year's G7 chair,": "as" opens one too; so do "whose"
			 * and a preposition: "Le Pen, whose National Rally is the largest
			 * party, called", "Türkiye, in response to the war which Israel is
			 * waging, closed") */
			/* (", where the G20 summit is held,": a place's relative clause
			 * after a chain of place phrases; the subject is the clause's
			 * first actor not after a preposition) */
			if (open > 1 && open < i && tok_is(&s->t[open - 1], ",") && tok_is(&s->t[open], "WHERE")) {
				for (size_t k = 0; k + 1 < open; k++) {
					int32_t ci = s->comp_at[k];
					if (ci < 0 || s->c[ci].b != k)
						continue;
					if (k > 0 && (dyad_words__in(&s->t[k - 1], dyad_words__prepositions) || tok_is(&s->t[k - 1], ",")))
						break;
					return s->g[s->c[ci].first].agent_only ? -1 : ci;
				}
			}
			if (open > 1 && open < i && tok_is(&s->t[open - 1], ",") &&
			    (dyad_words__in(&s->t[open], dyad_words__determiners) || tok_is(&s->t[open], "AS") ||
			     tok_is(&s->t[open], "WHO") || tok_is(&s->t[open], "WHICH") || tok_is(&s->t[open], "WHOSE") ||
			     dyad_words__in(&s->t[open], dyad_words__prepositions)) &&
			    s->comp_at[open - 2] >= 0 &&
			    !s->g[s->c[s->comp_at[open - 2]].first].agent_only) {
				/* (a place after "in" names where the actor before it is:
				 * "The Chinese Embassy in Manila, for its part, accused") */
				int32_t ci = s->comp_at[open - 2];
				size_t b = s->c[ci].b;
				if (!compat && b > 1 && (tok_is(&s->t[b - 1], "IN") || tok_is(&s->t[b - 1], "AT")) &&
				    s->comp_at[b - 2] >= 0 && !s->g[s->c[s->comp_at[b - 2]].first].agent_only)
					return s->comp_at[b - 2];
				return ci;
			}
		}
		/* TABARI: ", a senior official said" is a clause of its own */
		if (compat && t->kind == TK_PUNCT && t->norm[0] == ',') {
			/* PETRARCH's parse: "X, in remarks published on Monday, urged"
			 * sets off a phrase opened by a preposition */
			size_t open = i;
			if (s->petr && i + 1 == v->b)
				while (open > 0 && !tok_is(&s->t[open - 1], ",") && !tok_is(&s->t[open - 1], ";"))
					open--;
			if (open == i || open == 0 || open + 1 >= i ||
			    !dyad_words__in(&s->t[open], dyad_words__prepositions))
				break;
			i = open - 1; /* continue left of the opening comma */
			continue;
		}
		int32_t ci = s->comp_at[i];
		if (ci < 0)
			continue;
		const compound *c = &s->c[ci];
		/* object of a preposition ("in south Ithilen", "with Gondor") is not a subject */
		size_t b = c->b, prep_at = 0;
		int prep = 0;
		for (size_t q = b, steps = 0; q-- > 0 && steps < 3; steps++) {
			/* (past a possessor: "in Afghanistan's Paktika province") */
			if (!compat && tok_is(&s->t[q], "'S") && q > 0 && s->comp_at[q - 1] >= 0) {
				q = s->c[s->comp_at[q - 1]].b;
				continue;
			}
			/* "a group of Moroccan diplomats", "thousands of protesters": the
			 * head is a quantity, the actor is the subject */
			if (tok_is(&s->t[q], "OF") && q > 0 && dyad_words__in(&s->t[q - 1], dyad_words__partitives))
				break;
			if (dyad_words__in(&s->t[q], dyad_words__prepositions)) {
				/* "one day after a Serbian army jet shot down ...": a
				 * conjunction opening the verb's own clause, whose subject
				 * this is (the actor right before the verb) */
				prep = !(!compat && dyad_words__in(&s->t[q], dyad_words__clause_stops) &&
				         subject_of(s, c, v));
				prep_at = q;
				break;
			}
			if (!(s->t[q].kind == TK_WORD && !s->is_verb[q] &&
			      (dyad_words__in(&s->t[q], dyad_words__determiners) || (s->t[q].pos & 4) || dyad_words__is_adverb(&s->t[q]))))
				break;
		}
		/* actor directly followed by 's is a possessor: "Eriador's refusal" --
		 * but not of those who act for it: "Netanyahu's office said" */
		if (!prep && !compat && c->e < s->n && tok_is(&s->t[c->e], "'S") &&
		    !(c->e + 1 < s->n && s->comp_at[c->e + 1] == ci) && !proxy_after(s, c->e + 1))
			prep = 1;
		/* a passive's subject may sit in a phrase: "a camp for Congolese refugees
		 * was attacked" -- unless an actor heads the phrase: "the Japanese
		 * ambassador to China was summoned" is the ambassador */
		if (prep && passive && !compat && prep_at > 0 && s->comp_at[prep_at - 1] >= 0) {
			i = prep_at;
			continue;
		}
		if ((!prep || passive) && !s->g[c->first].agent_only)
			return ci;
		i = c->b;
	}
	return -1;
}

/* target: first actor after the verb. Verbs before skip_until belong to the
 * matched pattern and do not end the search; a candidate that would make a
 * self-event with source (an inferred "military" after "Israel struck") is
 * passed over. */
/* meetings and cooperation happen "in Tokyo" or "near San Francisco": a place,
 * not a party ("arrived in Beijing" is a visit, whose place is its target) */
static int cooperative(const char *code)
{
	/* (a host receives "in Cairo" a visitor; a visitor arrives "in Beijing") */
	/* (but aid offered "in Mali" is offered to Mali: 033x) */
	return code && code[0] == '0' && code[1] >= '1' && code[1] <= '6' && !same_str(code, "042") &&
	       short_ncmp(code, "033", 3);
}

int dyad_clause__meeting_place(const sent_ctx *s, int32_t ci, const char *code)
{
	size_t b = s->c[ci].b;
	const dtoken *prep = b > 0 ? &s->t[b - 1] : NULL;
	/* (also a venue named after the party: "received at the City of the
	 * African Union the special envoy", "met in the Great Hall of the
	 * People with") */
	if (prep && b > 3 && cooperative(code) && (tok_is(prep, "OF") || tok_is(prep, "THE"))) {
		size_t p = b - 1;
		if (tok_is(&s->t[p], "THE"))
			p--;
		if (p > 1 && tok_is(&s->t[p], "OF")) {
			size_t q = p;
			while (q > 0 && q + 4 > p && s->t[q - 1].kind == TK_WORD && (s->t[q - 1].flags & TF_CAP) &&
			       s->comp_at[q - 1] < 0)
				q--;
			if (q < p && q > 1 && tok_is(&s->t[q - 1], "THE"))
				q--;
			if (q < p && q > 0 && (tok_is(&s->t[q - 1], "IN") || tok_is(&s->t[q - 1], "AT")))
				return 1;
		}
	}
	if (!prep || !(tok_is(prep, "IN") || tok_is(prep, "AT") || tok_is(prep, "NEAR")))
		return 0;
	/* (for words too, the place of a gathering: "refused to attend the
	 * peace conference in Switzerland") */
	static const char *const gatherings[] = {"CONFERENCE", "SUMMIT", "TALK", "MEETING", "NEGOTIATION",
	                                         "CEREMONY", "FORUM", NULL};
	/* (but force on a gathering lands where it is: "bombed a wedding
	 * ceremony in Kabul") */
	int force = code && ((code[0] == '1' && code[1] >= '5') || code[0] == '2');
	return cooperative(code) || (!force && b > 1 && s->t[b - 2].kind == TK_WORD &&
	                             dyad_words__in_lemma(&s->t[b - 2], gatherings));
}

/* is the token's verb lemma one of the attribution verbs ("say", "tell",
 * "report", "add", "state", "confirm", "announce", "claim", "write",
 * "note", "explain", "insist", "inform", "indicate", "stress", "emphasize",
 * "underline", "quote")? By the first letter first: most begin with none */
static int attribution_verb(const dtoken *t)
{
	switch (t->vlemma[0]) {
	case 'A': return dyad_words__lemma_is(t, "ADD") || dyad_words__lemma_is(t, "ANNOUNCE");
	case 'C': return dyad_words__lemma_is(t, "CONFIRM") || dyad_words__lemma_is(t, "CLAIM");
	case 'E':
		return dyad_words__lemma_is(t, "EXPLAIN") || dyad_words__lemma_is(t, "EMPHASIZE") ||
		       dyad_words__lemma_is(t, "EMPHASISE");
	case 'I':
		return dyad_words__lemma_is(t, "INSIST") || dyad_words__lemma_is(t, "INFORM") ||
		       dyad_words__lemma_is(t, "INDICATE");
	case 'N': return dyad_words__lemma_is(t, "NOTE");
	case 'Q': return dyad_words__lemma_is(t, "QUOTE");
	case 'R': return dyad_words__lemma_is(t, "REPORT");
	case 'S':
		return dyad_words__lemma_is(t, "SAY") || dyad_words__lemma_is(t, "STATE") ||
		       dyad_words__lemma_is(t, "STRESS");
	case 'T': return dyad_words__lemma_is(t, "TELL");
	case 'U': return dyad_words__lemma_is(t, "UNDERLINE");
	case 'W': return dyad_words__lemma_is(t, "WRITE");
	default: return 0;
	}
}

/* ", a police spokesman said", ", according to Xinhua": the comma at i
 * opens an attribution, which belongs to no clause's objects */
int dyad_clause__attribution_slow(const sent_ctx *s, size_t i)
{
	if (!tok_is(&s->t[i], ","))
		return 0;
	/* (nor after a name opening the sentence: "Mali, Burkina Faso and
	 * Niger said" is a list) */
	size_t open = 0;
	while (open < i && (s->t[open].flags & TF_DATELINE))
		open++;
	if (open < i && !s->allcaps) {
		size_t q = open;
		while (q < i && s->t[q].kind == TK_WORD && (s->t[q].flags & TF_CAP))
			q++;
		if (q == i && i - open <= 3)
			return 0;
	}
	size_t first = i + 1;
	if (first < s->n && dyad_words__is_quote(&s->t[first])) /* ...laws," according to */
		first++;
	for (size_t k = first; k < s->n && k < first + 12; k++) {
		const dtoken *t = &s->t[k];
		if (tok_is(t, "ACCORDING"))
			return k == first;
		/* (an aside in brackets is passed over: ", the Joint Chiefs of
		 * Staff (JCS) said") */
		if (tok_is(t, "(")) {
			size_t close = k + 1;
			while (close < s->n && close < k + 5 && !tok_is(&s->t[close], ")"))
				close++;
			if (close < s->n && tok_is(&s->t[close], ")")) {
				k = close;
				continue;
			}
		}
		/* ", Yakubu Sabo, the spokesman for the state's police, said" */
		if (t->kind == TK_PUNCT && !tok_is(t, ","))
			return 0;
		/* (a capitalised word is a name: "Qatar, Egypt and the United States
		 * urged", not "states") */
		if ((t->flags & TF_CAP) && !s->allcaps)
			continue;
		if (s->is_verb[k] && !dyad_words__lemma_is(t, "SAY") && !dyad_words__in(t, dyad_words__be_forms))
			return attribution_verb(t);
		if (attribution_verb(t))
			return 1;
	}
	return 0;
}

size_t dyad_clause__summary_apposition(const sent_ctx *s, size_t i)
{
	static const char *const summary[] = {"MOVE", "DECISION", "STEP", "ACTION", "MEASURE", "ACT", NULL};
	if (!tok_is(&s->t[i], ",") || i + 2 >= s->n ||
	    !(tok_is(&s->t[i + 1], "A") || tok_is(&s->t[i + 1], "AN") || tok_is(&s->t[i + 1], "THE")))
		return 0;
	/* (an adjective or two between: "a rare move", "an unprecedented step") */
	for (size_t k = i + 2; k < s->n && k < i + 5; k++) {
		if (s->t[k].kind != TK_WORD || s->comp_at[k] >= 0)
			return 0;
		if (dyad_words__in(&s->t[k], summary))
			return k + 1;
	}
	return 0;
}

/* token i opens a participle clause: "a ceasefire brokered by Saudi Arabia"
 * (a participle and "by", no auxiliary before it) or ", drawing condemnation
 * from Japan" (a comma and an -ing form), or a summary of the deed before
 * it (", a move that Washington condemned") */
static int participle_clause_slow(const sent_ctx *s, size_t i)
{
	const dtoken *t = &s->t[i];
	if (dyad_clause__summary_apposition(s, i))
		return 1;
	if (tok_is(t, ",") && i + 1 < s->n && s->t[i + 1].kind == TK_WORD &&
	    dyad_words__ends_with(&s->t[i + 1], "ING") && s->t[i + 1].norm_len > 5 && (s->t[i + 1].pos & DYAD_POS_VERB) &&
	    !tok_is(&s->t[i + 1], "INCLUDING") && !tok_is(&s->t[i + 1], "ACCORDING"))
		return 1;
	/* a past participle: "-ed" or an irregular form ("held"), not "calls by" */
	if (t->kind != TK_WORD || i == 0 || i + 1 >= s->n || !tok_is(&s->t[i + 1], "BY") ||
	    !(dyad_words__ends_with(t, "ED") ||
	      (t->vlemma != t->norm && !dyad_words__ends_with(t, "S") && !dyad_words__ends_with(t, "ING"))) ||
	    !(t->pos & DYAD_POS_VERB))
		return 0;
	const dtoken *p = &s->t[i - 1];
	return p->kind == TK_WORD && !dyad_words__in(p, dyad_words__be_forms) && !tok_is(p, "HAS") &&
	       !tok_is(p, "HAVE") && !tok_is(p, "HAD") && !dyad_words__is_adverb(p);
}

/* (inline: the clause rules ask it of every token; only a comma, or a word
 * before "by", can open one) */
static inline int participle_clause(const sent_ctx *s, size_t i)
{
	if (!tok_is(&s->t[i], ",") && !(i + 1 < s->n && tok_is(&s->t[i + 1], "BY")))
		return 0;
	return participle_clause_slow(s, i);
}

/* ", and police fired tear gas": a comma, "and" or "but", and an actor
 * with a verb of its own open a new clause */
static int and_clause_slow(const sent_ctx *s, size_t i)
{
	if (i == 0 || i + 2 >= s->n || !tok_is(&s->t[i - 1], ",") || !(tok_is(&s->t[i], "AND") || tok_is(&s->t[i], "BUT")))
		return 0;
	int32_t ci = s->comp_at[i + 1];
	if (ci < 0 || s->c[ci].b != i + 1 || s->c[ci].e >= s->n)
		return 0;
	const dtoken *v = &s->t[s->c[ci].e];
	return v->kind == TK_WORD && (s->is_verb[s->c[ci].e] || ((v->pos & DYAD_POS_VERB) && dyad_words__ends_with(v, "ED")));
}

/* (inline: the clause rules ask it of every token; only "and" and "but",
 * words of three letters, can open such a clause) */
static inline int and_clause(const sent_ctx *s, size_t i)
{
	return s->t[i].norm_len == 3 && and_clause_slow(s, i);
}

/* a comma right before an inflected verb closes the clause before it:
 * "Milei, who once called his counterpart a communist, struck a
 * conciliatory tone" (the relative clause ends there) */
static int comma_verb(const sent_ctx *s, size_t i)
{
	const dtoken *t = &s->t[i];
	return t->kind == TK_PUNCT && t->norm[0] == ',' && i + 1 < s->n && s->is_verb[i + 1] == 2 &&
	       s->t[i + 1].vlemma != s->t[i + 1].norm && !dyad_words__ends_with(&s->t[i + 1], "ING");
}

size_t dyad_clause__end_slow(sent_ctx *s, size_t from)
{
	if (from >= s->n)
		return s->n;
	/* the table is filled from the sentence's end down to the first token
	 * asked about, and further when an earlier one is asked (a token's end
	 * is its own or the next token's; what the tests read is settled before
	 * the verbs are coded, when the questions come) */
	if (!s->clause_end) {
		s->clause_end = dyad_arena_alloc(s->arena, (s->n + 1) * sizeof *s->clause_end);
		if (!s->clause_end)
			return s->n; /* no limit: the TABARI reading */
		s->clause_end[s->n] = (uint32_t)s->n;
		s->clause_lo = (uint32_t)s->n;
	}
	if (from < s->clause_lo) {
		const dtoken *tt = s->t;
		uint32_t *ce = s->clause_end;
		const size_t n = s->n;
		uint32_t end = ce[s->clause_lo]; /* the clause end of the token after i */
		for (size_t i = s->clause_lo; i-- > from;) {
			const dtoken *t = &tt[i];
			/* most words end nothing: only a clause stop (among them "as"
			 * and "but"), "and", punctuation, or a word before "by" can
			 * (the stops, "and" and "by" are listed words: a plain word is
			 * passed over by its list byte and the next one's) */
			if (t->kind != TK_PUNCT && !(t->listed && (dyad_words__in(t, dyad_words__clause_stops) || tok_is(t, "AND"))) &&
			    !(i + 1 < n && tt[i + 1].listed && tok_is(&tt[i + 1], "BY"))) {
				ce[i] = end;
				continue;
			}
			/* "as" is too often "as a warning to", and "that" too often the
			 * complement a pattern reads ("said that X must"), to end a clause */
			/* ... but "as North Korea speeds up ..." opens one: "as" before an
			 * actor (not "such as", "as well as") */
			int as_clause = tok_is(t, "AS") && i + 1 < s->n && s->comp_at[i + 1] >= 0 &&
			                s->c[s->comp_at[i + 1]].b == i + 1 &&
			                !(i > 0 && (tok_is(&s->t[i - 1], "SUCH") || tok_is(&s->t[i - 1], "WELL")));
			/* "condemned the coup and demanded the release ...": "and" before
			 * a second inflected verb opens its clause (not "attacked and
			 * killed", one verb's two forms) */
			int and_verb = (tok_is(t, "AND") || tok_is(t, "BUT")) && i > 0 && i + 1 < s->n && !s->is_verb[i - 1] &&
			               s->is_verb[i + 1] == 2 && s->t[i + 1].vlemma != s->t[i + 1].norm &&
			               s->comp_at[i] < 0;
			int stop = (dyad_words__in(t, dyad_words__clause_stops) && !tok_is(t, "AS") && !tok_is(t, "THAT")) ||
			           as_clause || and_verb || and_clause(s, i) || (t->kind == TK_PUNCT && t->norm[0] == '-') || dyad_clause__attribution(s, i) ||
			           participle_clause(s, i) || comma_verb(s, i);
			if (stop)
				end = (uint32_t)i;
			ce[i] = end;
		}
		s->clause_lo = (uint32_t)from;
	}
	return s->clause_end[from];
}

int dyad_clause__topic_phrase(const sent_ctx *s, int32_t ci, const char *code)
{
	/* force and pressure land "on" their target: "strikes on Gaza", "sanctions
	 * on Moscow", "threats on" */
	int force = code && ((code[0] == '1' && code[1] >= '3') || code[0] == '2');
	size_t b = s->c[ci].b;
	for (size_t k = b, steps = 0; k-- > 0 && steps < 5; steps++) {
		const dtoken *t = &s->t[k];
		/* a verb's particle is no topic: "called on Russia", "spoke about" is */
		if (dyad_words__in(t, dyad_words__topic_preps))
			return !(force && tok_is(t, "ON")) && !(k > 0 && s->is_verb[k - 1] && tok_is(t, "ON"));
		if (t->kind != TK_WORD || s->is_verb[k] || s->comp_at[k] >= 0)
			return 0;
		/* "over references to Taiwan", "on the future of Libya" */
		if (dyad_words__in(t, dyad_words__prepositions) && !tok_is(t, "OF") && !tok_is(t, "TO"))
			return 0;
	}
	return 0;
}

static int conjunction(const dtoken *t)
{
	return tok_is(t, "AND") || tok_is(t, "BUT") || tok_is(t, "OR") || tok_is(t, "NOR");
}

/* does token k end in a hyphen and a participle of what others did, or join
 * the next token so ("U.S.-brokered", "Iranian-made", "Saudi-led")? */
int dyad_clause__hyphen_modifier(const sent_ctx *s, size_t k)
{
	if (!s->text)
		return 0;
	const dtoken *t = &s->t[k];
	const char *b = s->text + t->begin, *e = s->text + t->end;
	const char *h = memchr(b, '-', (size_t)(e - b));
	if (!h && k + 1 < s->n && s->text[t->end] == '-' &&
	    (s->t[k + 1].begin == t->end || s->t[k + 1].begin == t->end + 1)) {
		/* the hyphen joins the next token: "U.S." "-brokered", "Qatari" "brokered" */
		h = s->text + t->end;
		e = s->text + s->t[k + 1].end;
	}
	if (!h || h + 3 > e || h[1] < 'a' || h[1] > 'z')
		return 0;
	/* what the actor made or did to the noun: not "Russian-flagged",
	 * "Russian-held", "British-owned" (the actor's own, a party) */
	static const char *const done_by[] = {"brokered", "led",      "backed",   "made",     "sponsored",
	                                      "drafted",  "mediated", "supplied", "built",    "funded",
	                                      "armed",    "trained",  "proposed", "designed", "produced",
	                                      "manufactured", NULL};
	size_t n = (size_t)(e - h - 1);
	for (int i = 0; done_by[i]; i++)
		if (strlen(done_by[i]) == n && !memcmp(h + 1, done_by[i], n))
			return 1;
	return 0;
}

/* is the mention at b counted: "100 drones", "a dozen missiles", "dozens of tanks"? */
static int counted(const sent_ctx *s, size_t b)
{
	if (b == 0)
		return 0;
	const dtoken *p = &s->t[b - 1];
	if (tok_is(p, "OF") && b > 1)
		p = &s->t[b - 2];
	return p->kind == TK_NUM || dyad_words__in(p, dyad_words__numerals) || tok_is(p, "DOZENS") ||
	       tok_is(p, "HUNDREDS") || tok_is(p, "SCORES");
}

int32_t dyad_clause__find_target(const sent_ctx *s, size_t from, int compat, const char *code,
                           size_t skip_until, const char *source)
{
	size_t first = from;
	while (first < s->n && dyad_words__is_adverb(&s->t[first]))
		first++;
	for (size_t i = from; i < s->n; i++) {
		const dtoken *t = &s->t[i];
		/* (outside TABARI mode most tokens are words on no list, no verb,
		 * in no actor and before no "by": none of the tests below stops or
		 * takes them) */
		if (!compat && !t->listed && t->kind != TK_PUNCT && !s->is_verb[i] && s->comp_at[i] < 0 &&
		    !(i + 1 < s->n && tok_is(&s->t[i + 1], "BY")))
			continue;
		/* "demanded that North Korea ...": the complement's subject is the target */
		if (i == first && tok_is(t, "THAT"))
			continue;
		/* "accepted a ceasefire proposed by the United States": a participle
		 * after its noun with "by" names the noun's author, who is the
		 * target; it opens no new predicate */
		/* (only of a proposal or an accord: "positions held by Russian
		 * forces" still ends the object) */
		static const char *const proposals[] = {"PLAN", "PROPOSAL", "CEASEFIRE", "TRUCE", "DEAL", "AGREEMENT",
		                                        "INITIATIVE", "OFFER", "FRAMEWORK", "RESOLUTION", "ROADMAP", NULL};
		/* (nor of one brokered or mediated: the broker is no party to it) */
		static const char *const authored[] = {"PROPOSED", "OFFERED", "DRAFTED", "PRESENTED", "SUBMITTED", "TABLED",
		                                       "UNVEILED", "SUGGESTED", "DEMANDED", "AUTHORED", NULL};
		if (!compat && i > from && i + 1 < s->n && tok_is(&s->t[i + 1], "BY") && dyad_words__in(t, authored) &&
		    s->t[i - 1].kind == TK_WORD && s->comp_at[i - 1] < 0 && dyad_words__in_lemma_n(&s->t[i - 1], proposals)) {
			i++;
			continue;
		}
		/* TABARI: the clause ends at a conjunction outside a compound (manual
		 * 5.5.3); the target is the first actor after the verb in it */
		/* "what it described as Japanese provocations": "as" after a verb of
		 * naming quotes the name, it opens no clause */
		if (!compat && tok_is(t, "AS") && i > 2 && tok_is(&s->t[i - 3], "WHAT") &&
		    dyad_words__ends_with(&s->t[i - 1], "ED"))
			continue;
		if (compat ? (t->kind == TK_PUNCT && t->norm[0] == ';') || (!s->petr && s->comp_at[i] < 0 && conjunction(t))
		           : (dyad_words__in(t, dyad_words__clause_stops) || (t->kind == TK_PUNCT && t->norm[0] == '-') ||
		              dyad_clause__attribution(s, i) || participle_clause(s, i) || and_clause(s, i)))
			break;
		/* another coded verb starts a new predicate (not in TABARI's reading);
		 * in a PETRARCH parse a participle after a noun ("the roads leading
		 * into X") or an infinitive after one ("efforts to stop X"; not
		 * "proposed to take up X") stays inside the object; outside TABARI
		 * mode so does the verb's own infinitive ("agreed to cooperate with
		 * South Korea") */
		/* "marched in Nairobi to demand justice for victims": what a protest
		 * asks for in its infinitive is its content, not its target */
		if (!compat && code && code[0] == '1' && code[1] == '4' && s->is_verb[i] && i > from &&
		    tok_is(&s->t[i - 1], "TO") && i >= skip_until)
			break;
		/* ("met visiting German Chancellor Merz": an adjective) */
		if (!compat && tok_is(t, "VISITING") && i + 1 < s->n && s->comp_at[i + 1] >= 0 &&
		    s->c[s->comp_at[i + 1]].b == i + 1)
			continue;
		if (!(compat && !s->petr) && s->is_verb[i] == 2 && i >= skip_until &&
		    !(s->petr && i > from && ((tok_is(&s->t[i - 1], "TO") && i - 1 > from && !s->is_verb[i - 2]) ||
		                              (dyad_words__ends_with(t, "ING") && s->t[i - 1].kind == TK_WORD &&
		                               !dyad_words__in(&s->t[i - 1], dyad_words__be_forms)))) &&
		    !(!compat && i > 0 && i >= from && tok_is(&s->t[i - 1], "TO") &&
		      !(i > 1 && (tok_is(&s->t[i - 2], "WHETHER") || tok_is(&s->t[i - 2], "HOW")))))
			break;
		int32_t ci = s->comp_at[i];
		if (ci >= 0 && !s->g[s->c[ci].first].pronoun && !s->g[s->c[ci].first].agent_only) {
			/* a country in a topic phrase ("a conference on Libya", "talks over
			 * Kashmir") is what the event is about, not who it is done to */
			size_t b = s->c[ci].b;
			/* but force, threats and sanctions, imposed or eased, land "on"
			 * their target: "strikes on Gaza", "fired on X", "threatened to
			 * impose sanctions on Colombia", "lifted tariffs on U.S. steel" */
			int force = code && ((code[0] == '1' && (code[1] == '3' || code[1] >= '5')) || code[0] == '2' ||
			                     !short_ncmp(code, "085", 3));
			/* and "on" right after a verb is its particle: "called on the
			 * government of Venezuela" */
			size_t q = b > 0 ? b - 1 : 0;
			while (q > from && dyad_words__in(&s->t[q], dyad_words__determiners))
				q--;
			int particle = q > 0 && tok_is(&s->t[q], "ON") && s->is_verb[q - 1];
			/* (words of protest and criticism keep a topic phrase's actor out
			 * of reach a few words on too: "a protest over references to
			 * Taiwan") */
			int words = code && code[0] == '1' && (code[1] == '1' || code[1] == '2');
			if (!compat && b > 0 &&
			    ((dyad_words__in(&s->t[b - 1], dyad_words__topic_preps) &&
			      !(force && tok_is(&s->t[b - 1], "ON")) && !particle) ||
			     dyad_clause__meeting_place(s, ci, code) ||
			     (words && !dyad_words__in(&s->t[b - 1], dyad_words__topic_preps) &&
			      dyad_clause__topic_phrase(s, ci, code)))) {
				i = s->c[ci].e - 1;
				continue;
			}
			/* a counted bare force whose country is only guessed, between the
			 * words of the pattern that fired, is what the pattern speaks of: "fired
			 * more than 100 drones and a dozen missiles at Ukraine" (* MISSILES_
			 * AT_) is not on anyone's drones */
			if (!compat && i < skip_until && s->c[ci].n == 1 && s->g[s->c[ci].first].inferred &&
			    len_upto(s->g[s->c[ci].first].code, 7) == 6 && same_str(s->g[s->c[ci].first].code + 3, "MIL") &&
			    counted(s, s->c[ci].b)) {
				i = s->c[ci].e - 1;
				continue;
			}
			/* "a U.S.-brokered ceasefire", "Iranian-made drones": an actor
			 * joined by a hyphen to the next word modifies it */
			if (!compat && dyad_clause__hyphen_modifier(s, s->c[ci].e - 1)) {
				i = s->c[ci].e - 1;
				continue;
			}
			/* "said on social media", "told state television", "via radio":
			 * the channel of words (01-05, 10-14) is no party to them (a
			 * "ban on social media" is) */
			int media = !compat && s->c[ci].b > 0 && s->c[ci].n == 1 && s->g[s->c[ci].first].code &&
			            short_contains(s->g[s->c[ci].first].code, "MED");
			if (media && code && ((code[0] == '0' && code[1] <= '5') || (code[0] == '1' && code[1] <= '4'))) {
				size_t p = s->c[ci].b - 1;
				/* (past a determiner or modifier: "on social media", "on
				 * the state broadcaster") */
				for (int steps = 0; steps < 2 && p > 0 && s->t[p].kind == TK_WORD && !(s->t[p].flags & TF_CAP) &&
				                    !dyad_words__in(&s->t[p], dyad_words__prepositions);
				     steps++)
					p--;
				if (tok_is(&s->t[p], "ON") || tok_is(&s->t[p], "VIA") || tok_is(&s->t[p], "THROUGH")) {
					i = s->c[ci].e - 1;
					continue;
				}
			}
			/* "told reporters", "briefed journalists": the audience of words
			 * is no party to them */
			/* (and "talking to the media", "speaking to reporters") */
			size_t aud = media ? s->c[ci].b - 1 : 0;
			if (aud > 1 && dyad_words__in(&s->t[aud], dyad_words__determiners))
				aud--;
			int spoken_to = aud > 0 && tok_is(&s->t[aud], "TO") &&
			                (dyad_words__lemma_is(&s->t[aud - 1], "TALK") || dyad_words__lemma_is(&s->t[aud - 1], "SPEAK"));
			if (media && ((s->t[s->c[ci].b - 1].kind == TK_WORD &&
			               (dyad_words__lemma_is(&s->t[s->c[ci].b - 1], "TELL") ||
			                dyad_words__lemma_is(&s->t[s->c[ci].b - 1], "BRIEF"))) ||
			              spoken_to)) {
				i = s->c[ci].e - 1;
				continue;
			}
			/* "reimpose United Nations sanctions on Iran", "EU tariffs on": the
			 * actor before the measure imposed (16) imposes it; the target
			 * follows (not "condemned the EU sanctions": the EU is the target) */
			if (!compat && code && code[0] == '1' && code[1] == '6' && s->c[ci].e < s->n &&
			    s->t[s->c[ci].e].kind == TK_WORD &&
			    (dyad_words__noun_lemma_is(&s->t[s->c[ci].e], "SANCTION") ||
			     dyad_words__noun_lemma_is(&s->t[s->c[ci].e], "TARIFF") ||
			     dyad_words__noun_lemma_is(&s->t[s->c[ci].e], "EMBARGO"))) {
				i = s->c[ci].e - 1;
				continue;
			}
			/* TABARI: an actor with the source's code is passed over (manual 5.8) */
			const char *tc = s->g[s->c[ci].first].code;
			/* (outside TABARI mode a state's forces may strike a place of their
			 * own country: "Syrian government forces shelled Aleppo") */
			int domestic_force = code && (code[0] == '2' || (code[0] == '1' && code[1] >= '8')) &&
			                     len_upto(source ? source : "", 4) > 3 && tc && len_upto(tc, 4) == 3;
			if (source && s->c[ci].n == 1 && tc &&
			    (compat ? !s->petr && !strcmp(source, tc)
			            : (dyad_clause__self_event(source, tc) && !domestic_force &&
			               !dyad_clause__coerces_own(code, source, tc)))) {
				/* (a named party of the source's very code ends the search
				 * outside TABARI mode: "Governor Pritzker accused Trump of
				 * using soldiers" is no accusation of the soldiers) */
				/* (its object, not a clause's subject: "said Ottawa was") */
				const group *tg = &s->g[s->c[ci].first];
				size_t after = s->c[ci].e;
				if (!compat && !tg->inferred && !tg->agent_only && !tg->pronoun && !strcmp(source, tc) &&
				    len_upto(tc, 4) > 3 && ci == s->comp_at[from < s->n ? from : 0] && after < s->n &&
				    !s->is_verb[after] && !dyad_words__in(&s->t[after], dyad_words__be_forms) &&
				    !dyad_words__in(&s->t[after], dyad_words__modals) &&
				    !dyad_words__in(&s->t[after], dyad_words__futures) && !tok_is(&s->t[after], "HAS") &&
				    !tok_is(&s->t[after], "HAD") && !tok_is(&s->t[after], "HAVE"))
					return -1;
				i = s->c[ci].e - 1;
				continue;
			}
			/* "ordered patrols by police and troops", "extended the mandate of its
			 * peacekeepers": the source's own forces are the means of a show of
			 * force (15) or of an offered protection (03), not its target */
			if (!compat && source && code && ((code[0] == '1' && code[1] == '5') || (code[0] == '0' && code[1] == '3'))) {
				/* (a bare force with a guessed country is the source's own too:
				 * "Poland scrambled fighter jets") */
				int own = 1;
				for (uint32_t m = 0; m < s->c[ci].n && own; m++) {
					const group *g = &s->g[s->c[ci].first + m];
					own = g->code && (own_force(source, g->code) ||
					                  (g->inferred && len_upto(g->code, 7) == 6 && same_str(g->code + 3, "MIL")));
				}
				if (own) {
					i = s->c[ci].e - 1;
					continue;
				}
			}
			/* "near the Afghan border": a border is a place, not a party */
			size_t e = s->c[ci].e;
			/* "discussed Ukraine's security guarantees": the owner of what
			 * a meeting is about is its topic */
			/* (and "discussed the situation around Ukraine") */
			if (!compat && code && code[0] == '0' && code[1] == '4' && b > 0 && tok_is(&s->t[b - 1], "AROUND")) {
				i = e - 1;
				continue;
			}
			if (!compat && code && code[0] == '0' && code[1] == '4' && e + 1 < s->n && tok_is(&s->t[e], "'S") &&
			    s->comp_at[e + 1] < 0 && s->t[e + 1].kind == TK_WORD) {
				i = e;
				continue;
			}
			if (!compat && e < s->n && (tok_is(&s->t[e], "BORDER") || tok_is(&s->t[e], "FRONTIER") ||
			                            tok_is(&s->t[e], "BORDERS"))) {
				i = e - 1;
				continue;
			}
			/* "withdraw its peacekeeping force from Chad": the subject's own forces
			 * (an agent after "its", "their", not a named party) are not the target
			 * (but "met his counterpart of Sudan" names another country's) */
			int foreign = source && tc && len_upto(source, 4) >= 3 && len_upto(tc, 4) >= 3 && short_ncmp(source, tc, 3) &&
			              !s->g[s->c[ci].first].inferred;
			if (!compat && !foreign && (s->g[s->c[ci].first].inferred || !(s->t[b].flags & TF_CAP)) && b > 0 &&
			    (dyad_words__in(&s->t[b - 1], dyad_words__possessives) ||
			     (b > 1 && dyad_words__in(&s->t[b - 2], dyad_words__possessives) && s->t[b - 1].kind == TK_WORD))) {
				i = s->c[ci].e - 1;
				continue;
			}
			return ci;
		}
	}
	return -1;
}

int dyad_clause__is_passive(const sent_ctx *s, const verb_cand *v)
{
	const dtoken *t = &s->t[v->b];
	/* (a participle spelled as its base form is known by its "by": "has been
	 * hit by new sanctions", "was put by") */
	int participle = t->vlemma != t->norm ||
	                 (t->norm_len > 2 && t->last == 'D' && !memcmp(t->norm + t->norm_len - 2, "ED", 2)) ||
	                 (v->e < s->n && tok_is(&s->t[v->e], "BY"));
	/* "retaliated by expelling two diplomats": "by" and a gerund is the
	 * means, not the agent of a passive */
	if (v->e + 1 < s->n && tok_is(&s->t[v->e], "BY") && dyad_words__ends_with(&s->t[v->e + 1], "ING"))
		return 0;
	if (!participle || (t->norm_len > 3 && t->last == 'G' && !memcmp(t->norm + t->norm_len - 3, "ING", 3)))
		return 0;
	/* "is scheduled to meet", "was expected to visit": a multi-word verb whose
	 * participle introduces the action, not a passive */
	if (v->e - v->b > 1 && tok_is(&s->t[v->b + 1], "TO"))
		return 0;
	for (size_t k = v->b, steps = 0; k-- > 0 && steps < 3; steps++) {
		if (dyad_words__in(&s->t[k], dyad_words__be_forms))
			return 1;
		if (!dyad_words__is_adverb(&s->t[k]) && !dyad_words__in(&s->t[k], dyad_words__negators))
			return 0;
	}
	return 0;
}

static int blocker_verb(const dtoken *t)
{
	return dyad_words__in_lemma(t, dyad_words__blockers);
}

/* 1 when verb vi is "to X" after a refusal verb, 2 after a threat, that coded
 * nothing itself; 0 otherwise */
int dyad_clause__governing_verb(const sent_ctx *s, const verb_cand *verbs, size_t vi)
{
	static const char *const refuse[] = {"REFUSE", "DECLINE", "REJECT", NULL};
	static const char *const threaten[] = {"THREATEN", NULL};
	const verb_cand *v = &verbs[vi];
	if (v->b < 2 || !tok_is(&s->t[v->b - 1], "TO"))
		return 0;
	size_t k = v->b - 1;
	while (k > 0 && dyad_words__is_adverb(&s->t[k - 1]))
		k--;
	if (k == 0)
		return 0;
	for (size_t j = vi; j-- > 0;)
		if (verbs[j].e == k && !verbs[j].emitted) {
			const dtoken *t = &s->t[verbs[j].b];
			for (int i = 0; refuse[i]; i++)
				if (dyad_words__lemma_is(t, refuse[i]))
					return 1;
			for (int i = 0; threaten[i]; i++)
				if (dyad_words__lemma_is(t, threaten[i]))
					return 2;
		}
	return 0;
}

/* A code mapping: the first rule whose prefix begins the code gives the new
 * code (the longer subcode prefixes come first, so a subcode carries over) */
typedef struct code_rule {
	const char *prefix, *code;
} code_rule;

static const char *by_prefix(const char *code, const code_rule *rules, size_t n, const char *otherwise)
{
	/* (a prefix is 2 to 4 digits: compared inline, not by strncmp and strlen) */
	for (size_t i = 0; i < n; i++) {
		const char *p = rules[i].prefix, *q = code;
		while (*p && *p == *q) {
			p++;
			q++;
		}
		if (!*p)
			return rules[i].code;
	}
	return otherwise;
}

/* CAMEO rejection of an action: negotiation 125, material cooperation 121,
 * economic 1211, aid 122, yielding 124 (release 1243), else 120 */
const char *dyad_clause__refusal_code(const char *code)
{
	/* the subcode carries over: refusing to send aid troops 1224, to ease a
	 * curfew 1241, to withdraw 1246 */
	static const code_rule rules[] = {
	    {"0831", "1231"}, {"0832", "1232"}, {"0833", "1233"}, {"0834", "1234"}, {"083", "123"},
	    {"061", "1211"},  {"062", "1212"},  {"063", "1213"},  {"064", "1214"},  {"071", "1221"},
	    {"072", "1222"},  {"073", "1223"},  {"074", "1224"},  {"081", "1241"},  {"082", "1242"},
	    {"084", "1243"},  {"085", "1244"},  {"086", "1245"},  {"087", "1246"},  {"03", "125"},
	    {"04", "125"},    {"05", "121"},    {"06", "1211"},   {"07", "122"},    {"08", "124"}};
	return by_prefix(code, rules, sizeof rules / sizeof rules[0], "120");
}

/* CAMEO threat of an action: sanctions and reduced relations 131, restrictions
 * and bans 132, protest 133, repression 137, force 138, else 130 */
const char *dyad_clause__threat_code(const char *code)
{
	static const code_rule rules[] = {
	    {"161", "1313"},  {"162", "1311"},  {"163", "1312"},  {"164", "134"},   {"165", "135"},
	    {"166", "136"},   {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"},
	    {"191", "1381"},  {"192", "1382"},  {"2041", "1385"}, {"2042", "1385"}, {"172", "132"},
	    {"14", "133"},    {"16", "131"},    {"17", "137"},    {"18", "138"},    {"19", "138"},
	    {"20", "138"}};
	return by_prefix(code, rules, sizeof rules / sizeof rules[0], "130");
}

/* negation, modality, dyad_words__conditionals between the subject and the verb */
/* the first token after the last "and" in [lo, b) that opens a conjoined
 * predicate ("said the sanctions would not work and accused Brussels": the
 * modal and the negation are the first predicate's), or lo */
static size_t after_conjunct(const sent_ctx *s, size_t lo, size_t b)
{
	for (size_t k = b; k-- > lo;)
		if (tok_is(&s->t[k], "AND") && s->comp_at[k] < 0)
			return k + 1;
	return lo;
}

int dyad_clause__will_not(const sent_ctx *s, const verb_cand *v, int32_t src)
{
	if (!(s->lists & dyad_words__bit(dyad_words__negators)))
		return 0;
	size_t lo = src >= 0 && (size_t)s->c[src].e < v->b ? s->c[src].e : 0;
	if (v->b > 5 && lo < v->b - 5)
		lo = v->b - 5;
	for (size_t k = lo; k + 1 < v->b; k++)
		if (dyad_words__in(&s->t[k], dyad_words__futures) || tok_is(&s->t[k], "WO"))
			return tok_is(&s->t[k + 1], "NOT") || tok_is(&s->t[k + 1], "NEVER") || tok_is(&s->t[k + 1], "N'T");
	return 0;
}

int dyad_clause__not_factual(const sent_ctx *s, const verb_cand *v, int32_t src)
{
	/* "is considering withdrawing troops", "weighing sending warships": an
	 * option weighed, not an act */
	static const char *const weighing[] = {"CONSIDER", "WEIGH", "MULL", "CONTEMPLATE", "EXPLORE", "STUDY", NULL};
	if (v->b > 0 && dyad_words__ends_with(&s->t[v->b], "ING") && dyad_words__in_lemma(&s->t[v->b - 1], weighing))
		return 1;
	/* "reached no agreement", "made no concessions", "offered no apology":
	 * the object says it did not happen (not "said no to", "no longer",
	 * "no-fly zones") */
	if (v->e + 1 < s->n && tok_is(&s->t[v->e], "NO") && s->t[v->e + 1].kind == TK_WORD &&
	    !tok_is(&s->t[v->e + 1], "TO") && !tok_is(&s->t[v->e + 1], "ONE") && !tok_is(&s->t[v->e + 1], "LONGER") &&
	    !tok_is(&s->t[v->e + 1], "MORE") && !tok_is(&s->t[v->e + 1], "FEWER") && !tok_is(&s->t[v->e + 1], "LESS") &&
	    !(s->text && s->text[s->t[v->e].end] == '-'))
		return 1;
	/* "Neither Egypt nor Jordan has agreed": a subject opened by "neither" */
	if (src >= 0 && s->c[src].b > 0 && s->c[src].b < v->b && tok_is(&s->t[s->c[src].b - 1], "NEITHER"))
		return 1;
	size_t lo = src >= 0 ? s->c[src].e : 0;
	if (v->b > 8 && lo < v->b - 8)
		lo = v->b - 8;
	lo = after_conjunct(s, lo, v->b);
	/* (with no negator or modal in the sentence only the "to" right
	 * before the verb is asked about) */
	size_t from = lo;
	if (!(s->lists & (dyad_words__bit(dyad_words__negators) | dyad_words__bit(dyad_words__modals))) && lo + 1 < v->b)
		from = v->b - 1;
	for (size_t k = from; k < v->b; k++) {
		const dtoken *t = &s->t[k];
		if (dyad_words__in(t, dyad_words__negators) || dyad_words__in(t, dyad_words__modals))
			return 1;
		/* "is prepared to send aid": readiness, which dyad_clause__announced codes */
		if (tok_is(t, "TO") && k + 1 == v->b && k > 1 && dyad_words__in(&s->t[k - 1], dyad_words__readiness) &&
		    dyad_words__in(&s->t[k - 2], dyad_words__be_forms))
			continue;
		/* ... and so is a plan or intention after its subject: "Putin plans
		 * to visit Kazakhstan" (036) */
		if (tok_is(t, "TO") && k + 1 == v->b && k > 1 &&
		    (tok_is(&s->t[k - 1], "PLANS") || tok_is(&s->t[k - 1], "INTENDS")) && s->comp_at[k - 2] >= 0)
			continue;
		if (tok_is(t, "TO") && k + 1 == v->b && k > 0) {
			/* "refused to meet", "threatened to attack": the governing verb codes it */
			for (size_t q = k; q-- > lo && q + 4 > k;)
				if (s->t[q].kind == TK_WORD && blocker_verb(&s->t[q]))
					return 1;
		}
	}
	/* a conditional opening the clause */
	if (!(s->lists & dyad_words__bit(dyad_words__conditionals)))
		return 0;
	for (size_t k = v->b; k-- > 0;) {
		const dtoken *t = &s->t[k];
		if (t->kind == TK_PUNCT && (t->norm[0] == ';' || t->norm[0] == '"'))
			break;
		if (dyad_words__in(t, dyad_words__conditionals))
			return 1;
		if (t->kind == TK_PUNCT && t->norm[0] == ',' )
			break;
	}
	return 0;
}

/* "X will attack", "X said it would boycott", "X is ready to meet": an announced
 * action, not one that happened. Returns 1 when the clause marks it so, -1 for
 * a counterfactual ("would have"), 0 otherwise. */
int dyad_clause__announced(const sent_ctx *s, const verb_cand *v, int32_t src)
{
	size_t lo = src >= 0 ? s->c[src].e : 0;
	if (v->b > 6 && lo < v->b - 6)
		lo = v->b - 6;
	lo = after_conjunct(s, lo, v->b);
	for (size_t k = lo; k < v->b; k++) {
		/* "would have launched": a counterfactual, nothing happened */
		if (dyad_words__in(&s->t[k], dyad_words__futures) && k + 1 < v->b && tok_is(&s->t[k + 1], "HAVE"))
			return -1;
		if (dyad_words__in(&s->t[k], dyad_words__futures)) {
			/* "would attack Ukraine if talks fail": a condition follows */
			for (size_t q = v->e; q < s->n; q++) {
				if (s->t[q].kind == TK_PUNCT && (s->t[q].norm[0] == ';' || s->t[q].norm[0] == '.'))
					break;
				if (dyad_words__in(&s->t[q], dyad_words__conditionals))
					return -1;
			}
			return 1;
		}
		if (tok_is(&s->t[k], "TO") && k + 1 == v->b && k > 0 && dyad_words__in(&s->t[k - 1], dyad_words__readiness))
			return 1;
		/* "Rwanda is to withdraw its troops within 90 days": scheduled */
		if (tok_is(&s->t[k], "TO") && k + 1 == v->b && k > 0 &&
		    (tok_is(&s->t[k - 1], "IS") || tok_is(&s->t[k - 1], "ARE")))
			return 1;
	}
	return 0;
}

/* Is the announced action at v set for a date: "will impose tariffs on U.S.
 * goods starting Tuesday", "from March 1", "effective immediately", "as of
 * Monday"? (a decided measure, which the CAMEO manual codes as done: "The
 * United States announced it would prohibit all aid" is 162) */
int dyad_clause__scheduled(sent_ctx *s, const verb_cand *v)
{
	static const char *const starts[] = {"STARTING", "BEGINNING", "EFFECTIVE", NULL};
	size_t end = dyad_clause__end(s, v->e);
	for (size_t k = v->e; k + 1 < end && k < v->e + 16; k++) {
		const dtoken *t = &s->t[k], *n = &s->t[k + 1];
		if (dyad_words__in(t, starts) && (n->kind == TK_NUM || dyad_words__in(n, dyad_words__not_names) ||
		                                  tok_is(n, "IMMEDIATELY") || tok_is(n, "NEXT") || tok_is(n, "ON") ||
		                                  tok_is(n, "FROM") || tok_is(n, "TOMORROW")))
			return 1;
		if ((tok_is(t, "FROM") || (tok_is(t, "AS") && tok_is(n, "OF"))) && k + 2 < s->n) {
			const dtoken *d = tok_is(t, "AS") ? &s->t[k + 2] : n;
			if (dyad_words__in(d, dyad_words__not_names) && !tok_is(d, "THE") && !tok_is(d, "AND"))
				return 1;
		}
	}
	return 0;
}

/* The CAMEO intention or threat for an announced action of code: meeting 036,
 * diplomatic cooperation 032, economic 031, aid 033, yielding 035; protest 133,
 * reducing relations or sanctions 131, repression 137, force 138. Verbal codes
 * (01-03, 09-13) and others keep their code. */
const char *dyad_clause__announced_code(const char *code)
{
	/* the subcode carries over: "will send military aid" 0332, "will release"
	 * 0353, "will cut ties" 1313, "will impose a curfew" 1323 */
	static const code_rule rules[] = {
	    {"0831", "0341"}, {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"}, {"083", "034"},
	    {"045", "039"},   {"061", "0311"},  {"062", "0312"},  {"063", "0313"},  {"064", "0314"},
	    {"071", "0331"},  {"072", "0332"},  {"073", "0333"},  {"074", "0334"},  {"081", "0351"},
	    {"082", "0352"},  {"084", "0353"},  {"085", "0354"},  {"086", "0355"},  {"087", "0356"},
	    {"161", "1313"},  {"162", "1311"},  {"163", "1312"},  {"164", "134"},   {"165", "135"},
	    {"166", "136"},   {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"},
	    {"172", "132"},   {"04", "036"},    {"05", "032"},    {"06", "031"},    {"07", "033"},
	    {"08", "035"},    {"14", "133"},    {"16", "131"},    {"17", "137"},    {"18", "138"},
	    {"19", "138"},    {"20", "138"}};
	return by_prefix(code, rules, sizeof rules / sizeof rules[0], code);
}
