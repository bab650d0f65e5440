/* lib/complement.c — what a verb's context says about its event: the
 * complements and relatives around it (demanded, denied or believed actions,
 * purposes, unrealised plans, passive relatives), the head nouns and gerunds
 * that are no verbs, killings that are assassinations and the casualties a
 * sentence reports. Each is a test on one sentence (sent_ctx); coder.c decides
 * what follows from it. */
#include "lib/complement.h"

#include <string.h>

#include "lib/lemma.h"
#include "lib/words.h"

/* the clause whose subject starts at token b follows "that" after one of the
 * verbs (lemmas) in list, within three words: "denied that ...", "demanded
 * that ..." */
static int that_clause_of(const sent_ctx *s, size_t b, const char *const *verbs)
{
	if (b < 2 || !tok_is(&s->t[b - 1], "THAT"))
		return 0;
	for (size_t k = b - 1; k-- > 0 && k + 4 > b;)
		if (s->t[k].kind == TK_WORD && dyad_words__in_lemma(&s->t[k], verbs))
			return 1;
	return 0;
}

/* where the clause subject src begins: "demanded that its European partners
 * refuse ...", "that the US cancel ...": the possessive or article opens it */
static size_t subject_start(const sent_ctx *s, int32_t src)
{
	size_t b = s->c[src].b;
	if (b > 0 && (dyad_words__in(&s->t[b - 1], dyad_words__possessives) || tok_is(&s->t[b - 1], "THE")))
		b--;
	return b;
}

/* the -ing form at i has its own subject after "for", "of", "over" or
 * "about" ("for one of its gunboats intercepting", "over the army shelling"):
 * the content of the event before it */
int dyad_complement__gerund_content(const sent_ctx *s, size_t i)
{
	static const char *const content[] = {"FOR", "OF", "OVER", "ABOUT", NULL};
	for (size_t k = i, steps = 0; k-- > 0 && steps < 7; steps++) {
		const dtoken *t = &s->t[k];
		if (dyad_words__in(t, content))
			return steps > 0;
		if (t->kind != TK_WORD || s->is_verb[k] || dyad_words__in(t, dyad_words__clause_stops))
			return 0;
	}
	return 0;
}

/* Is token i the head noun of the object of verb v before it? "rejected recent
 * calls by Belarus", "rejected a United Nations appeal", "dismissed an appeal":
 * a noun form after a determiner or an adjective that opens the object, with
 * only words of that phrase between (no preposition, "to", "that", verb or
 * punctuation), after a verb with a code of its own. Verbs of saying take
 * clauses ("said Russia attacks ..."). */
int dyad_complement__object_head(const sent_ctx *s, const verb_cand *v, size_t i)
{
	static const char *const clause_verbs[] = {"SAY", "TELL", "REPORT", "CLAIM", "ANNOUNCE", "STATE",
	                                           "ADD", "BELIEVE", "THINK", "KNOW", "SEE", "HEAR",
	                                           "FEAR", "WARN", "INSIST", "ARGUE", "NOTE", "BE",
	                                           "HAVE", "DO", "GET", "MAKE", "LET", "HELP", NULL};
	/* (every rule below wants i at most five tokens after the verb: at
	 * its end, or within four words of it or of a day named after it) */
	if (i < v->e || i > v->e + 5)
		return 0;
	const dtoken *t = &s->t[i];
	/* ("Russian forces deported ...": a plural before it is a noun, no verb) */
	if (i == v->e && i + 1 < s->n && dyad_words__ends_with(t, "ED") && s->t[i + 1].kind == TK_WORD &&
	    !dyad_words__ends_with(&s->t[v->e - 1], "S") &&
	    ((s->t[i + 1].flags & TF_CAP) || ((s->t[i + 1].pos & DYAD_POS_NOUN) && !(s->t[i + 1].pos & DYAD_POS_VERB))) &&
	    !dyad_words__in(&s->t[i + 1], dyad_words__prepositions) && !dyad_words__in(&s->t[i + 1], dyad_words__determiners) &&
	    !dyad_words__in_lemma(&s->t[v->b], (const char *const[]){"SAY", "BE", "HAVE", "GET", NULL}))
		return 1;
	/* "to hold talks with", "held talks": TALKS after HOLD is its object even
	 * though HOLD codes nothing by itself (its patterns do) */
	if (i == v->e && (tok_is(t, "TALKS") || tok_is(t, "NEGOTIATIONS") || tok_is(t, "CONSULTATIONS")) &&
	    !dyad_words__in_lemma(&s->t[v->b], clause_verbs))
		return 1;
	/* only after a verb that codes by itself ("staged military exercises":
	 * STAGE codes nothing, the exercises do) */
	const dverb *dv = &s->d->verbs[v->verb];
	if (!dv->ev.code || dv->ev.code == DCODE_NULL)
		return 0;
	/* "rejected Thursday a United Nations appeal": a day named right after
	 * the verb stands between it and its object */
	static const char *const days[] = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
	                                   "SUNDAY", "TODAY", "YESTERDAY", NULL};
	size_t from = v->e;
	if (from < i && dyad_words__in(&s->t[from], days))
		from++;
	if (v->e > i || i - from > 4 || !(t->pos & DYAD_POS_NOUN) || dyad_words__ends_with(t, "ED") ||
	    dyad_words__ends_with(t, "ING") || dyad_words__in_lemma(&s->t[v->b], clause_verbs) ||
	    dyad_words__in(&s->t[v->b], dyad_words__be_forms))
		return 0;
	/* a plural right after the verb is its object: "to ease sanctions on";
	 * so is a participle before a name or noun: "reject proposed Israeli
	 * changes", "condemned continued attacks" */
	if (i == v->e)
		return dyad_words__ends_with(t, "S") && t->norm_len > 3;
	const dtoken *first = &s->t[from];
	if (!dyad_words__in(first, dyad_words__determiners) &&
	    !(first->kind == TK_WORD && (first->pos & DYAD_POS_ADJ) && !(first->pos & DYAD_POS_VERB) &&
	      !(first->flags & TF_CAP)))
		return 0;
	/* ("to host a new round of talks", "launched a wave of strikes": "of"
	 * after a word of measure joins the head to it) */
	static const char *const measures[] = {"ROUND", "SERIES", "WAVE", "SPATE", "STRING", "BARRAGE", NULL};
	for (size_t k = from; k < i; k++) {
		const dtoken *w = &s->t[k];
		if (tok_is(w, "OF") && k + 1 == i && k > from && dyad_words__in_lemma_n(&s->t[k - 1], measures))
			continue;
		if (w->kind != TK_WORD || s->is_verb[k] || tok_is(w, "TO") || tok_is(w, "THAT") ||
		    dyad_words__in(w, dyad_words__prepositions) || dyad_words__in(w, dyad_words__clause_stops))
			return 0;
	}
	return 1;
}

/* "to" at i opens a purpose: "in a bid to", "in order to", "so as to", "in an
 * effort to", "aimed to" */
int dyad_complement__purpose(const sent_ctx *s, size_t i)
{
	static const char *const heads[] = {"BID", "ORDER", "AS", "EFFORT", "ATTEMPT", "MOVE", "AIMED",
	                                    "DESIGNED", "MEANT", "INTENDED", "SEEKING", NULL};
	return i > 0 && dyad_words__in(&s->t[i - 1], heads);
}

/* "citizens they believe were detained by U.S. forces": what someone only
 * believes or thinks happened is not coded */
int dyad_complement__believed(const sent_ctx *s, const verb_cand *v)
{
	static const char *const belief[] = {"BELIEVE", "THINK", NULL};
	for (size_t k = v->b, steps = 0; k-- > 0 && steps < 3; steps++) {
		const dtoken *t = &s->t[k];
		if (t->kind == TK_WORD && dyad_words__in_lemma(t, belief))
			return 1;
		if (!dyad_words__in(t, dyad_words__be_forms) && !tok_is(t, "HAD") && !tok_is(t, "HAVE") &&
		    !tok_is(t, "HAS") && !dyad_words__is_adverb(t))
			return 0;
	}
	return 0;
}

/* "Russia denied that its forces had attacked a hospital", "Russia denied
 * attacking the hospital": what is denied is not coded (the denial is, 016) */
int dyad_complement__denied(const sent_ctx *s, int32_t src, const verb_cand *v)
{
	static const char *const deny[] = {"DENY", "REFUTE", "DISMISS", "REJECT", NULL};
	if (v->b > 0 && dyad_words__ends_with(&s->t[v->b], "ING") && dyad_words__in_lemma(&s->t[v->b - 1], deny))
		return 1;
	if (!(s->lists & dyad_words__bit(dyad_words__complementizers)))
		return 0; /* (every test below needs a "that") */
	/* "China denied that its ships had rammed a Philippine vessel": the
	 * verb follows "denied that" in its own clause, whatever its subject */
	for (size_t k = v->b, lo = src >= 0 && s->c[src].e < v->b ? s->c[src].e : 0; k-- > lo + 1;) {
		if (s->t[k].kind == TK_PUNCT && (s->t[k].norm[0] == ';' || s->t[k].norm[0] == '.'))
			break;
		if (tok_is(&s->t[k], "THAT") && dyad_words__in_lemma(&s->t[k - 1], deny))
			return 1;
		if (s->is_verb[k] == 2)
			break;
	}
	size_t b = src >= 0 ? s->c[src].b : v->b;
	if (src >= 0 && s->c[src].b > v->b)
		return 0;
	/* "its forces": the possessive opens the subject */
	if (b > 0 && dyad_words__in(&s->t[b - 1], dyad_words__possessives))
		b--;
	return that_clause_of(s, b, deny);
}

/* the actors a sentence reports killed, wounded or injured ("Fifteen
 * militants and one soldier were killed"), other than src; -1 none */
int32_t dyad_complement__casualties(const sent_ctx *s, int32_t src)
{
	static const char *const harm[] = {"KILL", "WOUND", "INJURE", "HURT", NULL};
	if (!(s->lists & dyad_words__bit(dyad_words__be_forms)))
		return -1;
	for (size_t i = 1; i < s->n; i++) {
		/* (the form of "be" first: one bit) */
		if (!dyad_words__in(&s->t[i - 1], dyad_words__be_forms) || !dyad_words__in_lemma(&s->t[i], harm) ||
		    !dyad_words__ends_with(&s->t[i], "ED"))
			continue;
		for (size_t k = i - 1; k-- > 0;) {
			if (dyad_words__in(&s->t[k], dyad_words__clause_stops) || tok_is(&s->t[k], ";"))
				break;
			int32_t ci = s->comp_at[k];
			if (ci >= 0 && ci != src && !s->g[s->c[ci].first].agent_only && !s->g[s->c[ci].first].pronoun)
				return ci;
		}
	}
	return -1;
}

/* "demanded that Russia withdraw its troops": a subjunctive (base form) whose
 * subject follows "that" after a verb of demanding is what was demanded */
int dyad_complement__demanded(const sent_ctx *s, int32_t src, const verb_cand *v)
{
	static const char *const demand[] = {"DEMAND", "URGE", "ASK", "INSIST", "REQUEST", "PROPOSE",
	                                     "SUGGEST", "RECOMMEND", "ORDER", "REQUIRE", NULL};
	if (src < 0 || !(s->lists & dyad_words__bit(dyad_words__complementizers)))
		return 0; /* (that_clause_of needs a "that") */
	/* the subjunctive right after the subject: the verb itself, or one that
	 * governs it ("demanded that the US cancel plans to sell ...") */
	size_t sv = s->c[src].e;
	while (sv < v->b && dyad_words__is_adverb(&s->t[sv]))
		sv++;
	const dtoken *t = &s->t[v->b], *st = &s->t[sv];
	int base = !dyad_words__ends_with(t, "S") && t->vlemma == t->norm;
	int governed = sv < v->b && st->kind == TK_WORD && st->vlemma == st->norm && !dyad_words__ends_with(st, "S") &&
	               (s->is_verb[sv] || (st->pos & DYAD_POS_VERB));
	if (!base && !governed)
		return 0;
	return that_clause_of(s, subject_start(s, src), demand);
}

/* "expressed hope that Iran and the United States reach an agreement",
 * "hoped that the talks would succeed": what is hoped for has not happened */
int dyad_complement__hoped(const sent_ctx *s, int32_t src)
{
	static const char *const hope[] = {"HOPE", "WISH", "PRAY", NULL};
	if (src < 0)
		return 0;
	return that_clause_of(s, subject_start(s, src), hope);
}

/* "to" at i after a noun of what did not (or not yet) happen: "failure to",
 * "refusal to", "inability to", "efforts to", "a plan to"; or after "aims to" */
int dyad_complement__unrealised(const sent_ctx *s, size_t i)
{
	static const char *const heads[] = {"FAILURE", "FAILURES", "REFUSAL", "INABILITY", "RELUCTANCE",
	                                    "UNWILLINGNESS", "FAILING", "EFFORT", "EFFORTS", "ATTEMPT",
	                                    "ATTEMPTS", "BID", "PLAN", "PLANS", "PLOT", "AIM", "AIMS",
	                                    "AIMED", "AIMING", "UNABLE", "IMPOSSIBLE", "DIFFICULT", NULL};
	if (i > 1 && s->t[i - 1].kind == TK_PUNCT && s->t[i - 1].norm[0] == '"') /* failure "to ... */
		i--;
	/* (the verb after its subject is an announcement, no noun: "Putin plans
	 * to visit Kazakhstan", "Iran aims to") */
	if (i > 1 && (tok_is(&s->t[i - 1], "PLANS") || tok_is(&s->t[i - 1], "AIMS")) && s->comp_at[i - 2] >= 0)
		return 0;
	return i > 0 && dyad_words__in(&s->t[i - 1], heads);
}

/* "opposition activists accused of plotting", "students arrested for ...",
 * "a man charged with ...": after an actor, these verbs' own prepositions
 * mark a passive relative clause as "by" does */
static const char *const of_verbs[] = {"ACCUSE", "SUSPECT", "CONVICT", "ACQUIT", "CLEAR", NULL};
static const char *const for_verbs[] = {"ARREST", "DETAIN", "JAIL", "SENTENCE", "WANT", "PUNISH", "PROSECUTE", NULL};
static const char *const with_verbs[] = {"CHARGE", NULL};

/* "a man convicted of spying for Israel", "a journalist arrested for ...": the
 * same passive relative on a common noun that names no actor says what was
 * done to someone unnamed; the verb codes nothing */
int dyad_complement__relative_on_unnamed(const sent_ctx *s, const verb_cand *v)
{
	const dtoken *t = &s->t[v->b];
	if (v->b == 0 || v->e >= s->n || !dyad_words__ends_with(t, "ED"))
		return 0;
	const dtoken *n = &s->t[v->b - 1];
	if (n->kind != TK_WORD || s->comp_at[v->b - 1] >= 0 || s->is_verb[v->b - 1] || (n->flags & TF_CAP) ||
	    !(n->pos & DYAD_POS_NOUN) || dyad_words__in(n, dyad_words__determiners))
		return 0;
	const dtoken *p = &s->t[v->e];
	return (tok_is(p, "OF") && dyad_words__in_lemma(t, of_verbs)) ||
	       (tok_is(p, "FOR") && dyad_words__in_lemma(t, for_verbs)) ||
	       (tok_is(p, "WITH") && dyad_words__in_lemma(t, with_verbs));
}

int dyad_complement__passive_relative(const sent_ctx *s, const verb_cand *v)
{
	const dtoken *t = &s->t[v->b];
	if (v->b == 0 || v->e >= s->n || s->comp_at[v->b - 1] < 0 || !dyad_words__ends_with(t, "ED"))
		return 0;
	const dtoken *p = &s->t[v->e];
	/* "two American citizens detained in Iran": held where the place's
	 * authorities hold them */
	if (tok_is(p, "IN") && dyad_words__in_lemma(t, for_verbs) && dyad_syntax__compound_at(s, v->e + 1) >= 0)
		return 1;
	/* ("the families of soldiers killed in Ukraine", "mourned journalists
	 * killed in Gaza": the dead of a party that is itself an object, after
	 * "of", "to", "for" or a verb of deeds, not the subject of a killing) */
	static const char *const harm_verbs[] = {"KILL", "WOUND", "INJURE", NULL};
	if ((tok_is(p, "IN") || tok_is(p, "DURING") || tok_is(p, "AT") || tok_is(p, "ON")) &&
	    dyad_words__in_lemma(t, harm_verbs)) {
		size_t b = s->c[s->comp_at[v->b - 1]].b;
		while (b > 0 && dyad_words__in(&s->t[b - 1], dyad_words__determiners))
			b--;
		if (b > 0 && (tok_is(&s->t[b - 1], "OF") || tok_is(&s->t[b - 1], "TO") || tok_is(&s->t[b - 1], "FOR") ||
		              (s->is_verb[b - 1] && !dyad_words__lemma_is(&s->t[b - 1], "SAY") &&
		               !dyad_words__lemma_is(&s->t[b - 1], "CLAIM") && !dyad_words__lemma_is(&s->t[b - 1], "REPORT"))))
			return 1;
	}
	/* (and "a blogger detained over his posts", "jailed after the protest") */
	return (tok_is(p, "OF") && dyad_words__in_lemma(t, of_verbs)) ||
	       ((tok_is(p, "FOR") || tok_is(p, "OVER") || tok_is(p, "AFTER")) && dyad_words__in_lemma(t, for_verbs)) ||
	       (tok_is(p, "WITH") && dyad_words__in_lemma(t, with_verbs));
}

/* "a summit hosted by Japan", "China, backed by Russia,": a participle
 * followed by "by" and not by an auxiliary is a passive relative clause
 * on the noun before it (-1: not one; 1: that noun is an actor; 0: it is
 * not, and the verb codes nothing) */
int dyad_complement__reduced_relative(const sent_ctx *s, const verb_cand *v)
{
	const dtoken *t = &s->t[v->b];
	int participle = dyad_words__ends_with(t, "ED") ||
	                 (t->vlemma != t->norm && !dyad_words__ends_with(t, "S") && !dyad_words__ends_with(t, "ING"));
	if (!participle || v->e >= s->n || !tok_is(&s->t[v->e], "BY") || v->b == 0)
		return -1;
	/* ("retaliated by expelling two British diplomats": the means) */
	if (v->e + 1 < s->n && dyad_words__ends_with(&s->t[v->e + 1], "ING"))
		return -1;
	/* "by" must name an agent, not a manner: "talked by phone" */
	int agent = 0;
	for (size_t q = v->e + 1; q < s->n && q < v->e + 4 && !agent; q++)
		agent = s->comp_at[q] >= 0;
	if (!agent)
		return -1;
	size_t k = v->b - 1;
	if (dyad_words__in(&s->t[k], dyad_words__be_forms) || tok_is(&s->t[k], "HAS") ||
	    tok_is(&s->t[k], "HAVE") || tok_is(&s->t[k], "HAD") || dyad_words__is_adverb(&s->t[k]) ||
	    dyad_words__in(&s->t[k], dyad_words__negators))
		return -1;
	if (tok_is(&s->t[k], ",") && k > 0)
		k--;
	return s->comp_at[k] >= 0 ? 1 : 0;
}

/* "A British couple detained in Afghanistan was released on Friday": a
 * participle after the sentence's opening noun phrase, before a
 * preposition, whose noun phrase then takes its own finite verb ("was", "has
 * been"), describes the subject: no deed of the subject's */
int dyad_complement__subject_relative(const sent_ctx *s, const verb_cand *v)
{
	const dtoken *t = &s->t[v->b];
	if (v->b == 0 || v->e + 1 >= s->n || !dyad_words__ends_with(t, "ED") ||
	    !dyad_words__in(&s->t[v->e], dyad_words__prepositions) || tok_is(&s->t[v->e], "BY") ||
	    tok_is(&s->t[v->e], "TO"))
		return 0;
	const dtoken *p = &s->t[v->b - 1];
	if (p->kind != TK_WORD || dyad_words__in(p, dyad_words__be_forms) || tok_is(p, "HAS") || tok_is(p, "HAVE") ||
	    tok_is(p, "HAD") || dyad_words__is_adverb(p) || dyad_words__in(p, dyad_words__negators) ||
	    !(s->comp_at[v->b - 1] >= 0 || (p->pos & DYAD_POS_NOUN)))
		return 0;
	/* (the noun phrase opens the sentence: no verb before it) */
	for (size_t k = 0; k < v->b; k++)
		if (s->is_verb[k] || (s->t[k].kind == TK_PUNCT && !(s->t[k].flags & TF_DATELINE)))
			return 0;
	for (size_t k = v->e + 1; k + 1 < s->n && k < v->e + 10; k++) {
		/* (the "be" of a clause the verb opens is not its own: "declared on
		 * Thursday that Iran was in breach") */
		if (s->t[k].kind == TK_PUNCT || (s->is_verb[k] && !dyad_words__ends_with(&s->t[k], "ING")) ||
		    tok_is(&s->t[k], "THAT") || tok_is(&s->t[k], "WHETHER"))
			return 0;
		if ((dyad_words__in(&s->t[k], dyad_words__be_forms) || tok_is(&s->t[k], "HAS") || tok_is(&s->t[k], "HAVE")) &&
		    s->t[k + 1].kind == TK_WORD)
			return 1;
	}
	return 0;
}

/* "gunmen shot dead the mayor-elect", "killed the provincial governor": the
 * killing of one political figure is an assassination (186) */
int dyad_complement__assassination(const sent_ctx *s, const verb_cand *v, int32_t tgt, const char *code)
{
	static const char *const kill[] = {"KILL", "MURDER", "SHOOT", "GUN", "STAB", "SLAY", "BEHEAD", NULL};
	static const char *const figure[] = {"PRESIDENT", "MINISTER", "MAYOR", "MAYOR-ELECT", "GOVERNOR",
	                                     "LAWMAKER", "SENATOR", "CONGRESSMAN", "CONGRESSWOMAN", "MP",
	                                     "JUDGE", "PROSECUTOR", "CANDIDATE", "POLITICIAN", "AMBASSADOR",
	                                     "LEGISLATOR", "COUNCILLOR", "COUNCILOR", "PREMIER", "CHAIRMAN",
	                                     NULL};
	if (code[0] != '1' || (code[1] != '8' && code[1] != '9') || !dyad_words__in_lemma(&s->t[v->b], kill) ||
	    s->c[tgt].n != 1)
		return 0;
	const group *g = &s->g[s->c[tgt].first];
	for (uint32_t i = g->b; i < g->e; i++)
		if (dyad_words__in(&s->t[i], figure))
			return 1;
	return 0;
}

int dyad_complement__reported_content(const sent_ctx *s, const verb_cand *v)
{
	static const char *const nouns[] = {"ACCUSATIONS", "ACCUSATION", "ALLEGATIONS", "ALLEGATION", "CLAIMS",
	                                    "CLAIM", "REPORTS", "REPORT", "RUMOURS", "RUMORS", "FEARS", "SUSPICION",
	                                    "SUSPICIONS", "CHARGES", "SPECULATION", "ADMISSION", "ACKNOWLEDGMENT",
	                                    "ACKNOWLEDGEMENT", "ASSERTION", "ASSERTIONS", NULL};
	/* (no "that" in the sentence: nothing reported) */
	if (!(s->lists & dyad_words__bit(dyad_words__complementizers)))
		return 0;
	for (size_t k = v->b, steps = 0; k-- > 1 && steps < 14; steps++) {
		const dtoken *t = &s->t[k];
		if (t->kind == TK_PUNCT && (t->norm[0] == ';' || t->norm[0] == '.' || t->norm[0] == '"'))
			return 0;
		if (!tok_is(t, "THAT"))
			continue;
		if (dyad_words__in(&s->t[k - 1], nouns))
			return 1;
		/* "an admission by Moscow that ...", "claims from Kyiv that ..." */
		for (size_t j = k - 1; j > 0 && j + 5 > k; j--)
			if ((tok_is(&s->t[j], "BY") || tok_is(&s->t[j], "FROM")) && dyad_words__in(&s->t[j - 1], nouns))
				return 1;
	}
	return 0;
}

static const char *const event_nouns[] = {"STRIKE", "ATTACK", "RAID", "KILLING", "DECISION", "MOVE",
                                          "ARREST", "SHELLING", "BOMBING", "INVASION", "OFFENSIVE",
                                          "INCURSION", "CRACKDOWN", "EXECUTION", "SANCTION", "TEST",
                                          "LAUNCH", "ASSAULT", "BOMBARDMENT", "BLOCKADE", "EXPULSION",
                                          "DETENTION", "VISIT", "OPERATION", "CAPTURE", "KIDNAPPING",
                                          "ABDUCTION", "AIRSTRIKE", "DRILL", "EXERCISE", "COUP", "TAKEOVER",
                                          "DEPORTATION", "DEAL", "AGREEMENT", "ACCORD", "RESOLUTION", "RULING",
                                          "VERDICT", "DECREE", "RELEASE", "TRUCE", "CEASEFIRE", "TARIFF", "SEIZURE",
                                          "WITHDRAWAL", "BAN", "EMBARGO", "MEASURE", "RESULT", "VOTE", "SENTENCE",
                                          "CONVICTION", "JUDGMENT", "JUDGEMENT", "PLAN", "PROPOSAL", "OFFER",
                                          "INITIATIVE", "WARRANT", "OPINION", "ULTIMATUM", "DEMAND", "REQUEST", "TRIP", "ANNOUNCEMENT",
                                          "MEETING", "SUMMIT", "DEPLOYMENT", "CLOSURE", "ATTEMPT", NULL};

int dyad_complement__event_victim(const sent_ctx *s, const verb_cand *v, int32_t ci)
{
	size_t b = s->c[ci].b;
	while (b > v->e && dyad_words__in(&s->t[b - 1], dyad_words__determiners))
		b--;
	/* ("the attack against X", "strikes on X"; "of" only after a deed whose
	 * "of" names the one it befell: "the killing of X", not "the attack of
	 * Israel", as translation writes the author) */
	static const char *const befell[] = {"KILLING", "ARREST", "DETENTION", "EXECUTION", "EXPULSION",
	                                     "KIDNAPPING", "ABDUCTION", "CAPTURE", NULL};
	int of = b > 0 && tok_is(&s->t[b - 1], "OF");
	if (b < v->e + 2 || !(tok_is(&s->t[b - 1], "AGAINST") || tok_is(&s->t[b - 1], "ON") || of))
		return 0;
	/* (and "violence against protesters", "repression of dissidents") */
	static const char *const repression[] = {"VIOLENCE", "REPRESSION", "PERSECUTION", "TORTURE", NULL};
	for (size_t k = b - 1; k-- > v->e && k + 4 > b;)
		if (s->t[k].kind == TK_WORD && (dyad_words__in_lemma_n(&s->t[k], of ? befell : event_nouns) ||
		                                dyad_words__in_lemma_n(&s->t[k], repression)))
			return 1;
	return 0;
}

/* does a noun of the same phrase stand at k ("the ruling party")? */
static int noun_follows(const sent_ctx *s, size_t k)
{
	return k < s->n && s->t[k].kind == TK_WORD && !dyad_words__in(&s->t[k], dyad_words__determiners) &&
	       !dyad_words__in(&s->t[k], dyad_words__prepositions) && !tok_is(&s->t[k], "AND") && !tok_is(&s->t[k], "OR") &&
	       !tok_is(&s->t[k], "AS");
}

int dyad_complement__event_object(const sent_ctx *s, const verb_cand *v)
{
	const char *const *events = event_nouns;
	size_t k = v->e;
	/* ("China strongly condemned this.": the deed before, named by a
	 * demonstrative that ends the clause) */
	if (k < s->n && tok_is(&s->t[k], "THIS") && s->comp_at[k] < 0 &&
	    (k + 1 == s->n || s->t[k + 1].kind == TK_PUNCT || tok_is(&s->t[k + 1], "AS") || tok_is(&s->t[k + 1], "AND")))
		return (int)(k + 1);
	/* (an adjective that is itself the deed stops the walk: "the ruling",
	 * "called the ruling a witch hunt", not "the ruling party") */
	/* (and a plain noun naming what was hit: "the hotel attack", "the
	 * border closure") */
	while (k < s->n && k < v->e + 3 &&
	       (dyad_words__in(&s->t[k], dyad_words__determiners) ||
	        ((s->t[k].pos & DYAD_POS_ADJ) && !(dyad_words__in_lemma_n(&s->t[k], events) && !noun_follows(s, k + 1))) ||
	        (k > v->e && (s->t[k].pos & DYAD_POS_NOUN) && !(s->t[k].flags & TF_CAP) && k + 1 < s->n &&
	         s->t[k + 1].kind == TK_WORD && dyad_words__in_lemma_n(&s->t[k + 1], events))) &&
	       s->comp_at[k] < 0)
		k++;
	return k < s->n && s->t[k].kind == TK_WORD && s->comp_at[k] < 0 && dyad_words__in_lemma_n(&s->t[k], events)
	           ? (int)(k + 1)
	           : 0;
}

int dyad_complement__event_subject(const sent_ctx *s, const verb_cand *v)
{
	size_t k = v->b;
	while (k > 0 && (dyad_words__in(&s->t[k - 1], dyad_words__be_forms) || tok_is(&s->t[k - 1], "HAS") ||
	                 tok_is(&s->t[k - 1], "HAVE") || tok_is(&s->t[k - 1], "HAD") ||
	                 dyad_words__is_adverb(&s->t[k - 1])))
		k--;
	if (k == v->b || k == 0)
		return 0;
	const dtoken *t = &s->t[k - 1];
	return t->kind == TK_WORD && s->comp_at[k - 1] < 0 && dyad_words__in_lemma_n(t, event_nouns) ? (int)k : 0;
}
