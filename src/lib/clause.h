/* lib/clause.h — clause analysis for one verb (clause.c). */
#ifndef DYAD_LIB_CLAUSE_H
#define DYAD_LIB_CLAUSE_H

#include "lib/syntax.h"

/* Does a state organ a coerce (17x: arrest, detain, charge) an official b of
 * its own state? "Turkish authorities detained the mayor of Istanbul" is an
 * event although both are TURGOV: two people, not one party on itself. */
int dyad_clause__coerces_own(const char *code, const char *a, const char *b);
/* Same actor, or a country and one of its state organs: not two parties. */
int dyad_clause__self_event(const char *a, const char *b);
/* ", saying ...", ", warning ...": token t is a participle of speech or
 * appeal, whose clause shares the main clause's subject */
int dyad_clause__speech_participle(const dtoken *t);

/* token i is an -ing form after "after", "while", "since" or "upon": an
 * action done by the main clause's subject, not the content of an event */
int dyad_clause__realised_ing(const sent_ctx *s, size_t i);

/* source compound of verbs[vi], -1 none */
int32_t dyad_clause__find_source(const sent_ctx *s, const verb_cand *verbs, size_t nv, size_t vi,
                                 int passive, int compat);
/* target compound after token from (see clause.c for what is passed over) */
int32_t dyad_clause__find_target(const sent_ctx *s, size_t from, int compat, const char *code,
                                 size_t skip_until, const char *source);
/* actor ci sits "in"/"at" a meeting or cooperation (code 01-06, not a visit):
 * the place where it happened, not a party to it */
int dyad_clause__meeting_place(const sent_ctx *s, int32_t ci, const char *code);

/* Does token k, an actor's last, end in a hyphen and a participle of what
 * others did ("U.S.-brokered", "Russian-led", "Iranian-made")? */
int dyad_clause__hyphen_modifier(const sent_ctx *s, size_t k);
/* actor ci is what the event is about, in a phrase led by "over", "on",
 * "about"... ("a protest over references to Taiwan"), not who it is done to */
int dyad_clause__topic_phrase(const sent_ctx *s, int32_t ci, const char *code);
/* first token at or after from that ends the clause outside TABARI mode: a
 * clause-opening word ("while", "who"; not "as", "that"), a dash, or the comma before an
 * attribution (", the ministry said"); s->n when none */
size_t dyad_clause__end_slow(sent_ctx *s, size_t from);
/* (inline: the pattern matcher asks it for most verbs, and once the table
 * reaches from the answer is read from s->clause_end) */
static inline size_t dyad_clause__end(sent_ctx *s, size_t from)
{
	if (from < s->n && s->clause_end && from >= s->clause_lo)
		return s->clause_end[from];
	return dyad_clause__end_slow(s, from);
}
/* the comma at i opens an attribution (", the ministry said", ", according to
 * Xinhua"), which belongs to no clause's objects and joins no compound */
int dyad_clause__attribution_slow(const sent_ctx *s, size_t i);
/* (inline: the clause rules ask it of every token; most are no comma) */
static inline int dyad_clause__attribution(const sent_ctx *s, size_t i)
{
	return tok_is(&s->t[i], ",") && dyad_clause__attribution_slow(s, i);
}
/* the comma at i opens a summary of the deed before it (", a move that
 * Washington condemned", ", an unprecedented step"): the token after the
 * summary noun, or 0 */
size_t dyad_clause__summary_apposition(const sent_ctx *s, size_t i);
int dyad_clause__is_passive(const sent_ctx *s, const verb_cand *v);
/* 1: "refused to X", 2: "threatened to X", where that verb coded nothing */
int dyad_clause__governing_verb(const sent_ctx *s, const verb_cand *verbs, size_t vi);
const char *dyad_clause__refusal_code(const char *code);
/* "Thailand would not negotiate", "won't meet": a deed refused for the
 * future (will/would not, won't, will never) */
int dyad_clause__will_not(const sent_ctx *s, const verb_cand *v, int32_t src);
const char *dyad_clause__threat_code(const char *code);
/* negated, modal or conditional between the subject (compound src) and the verb */
int dyad_clause__not_factual(const sent_ctx *s, const verb_cand *v, int32_t src);
/* 1 announced ("will", "ready to"), -1 counterfactual, 0 neither */
int dyad_clause__announced(const sent_ctx *s, const verb_cand *v, int32_t src);
const char *dyad_clause__announced_code(const char *code);
/* "will impose 25% tariffs starting Tuesday": a measure set for a date */
int dyad_clause__scheduled(sent_ctx *s, const verb_cand *v);

#endif
