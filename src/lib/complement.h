/* lib/complement.h — tests on a verb's context (complement.c). */
#ifndef DYAD_LIB_COMPLEMENT_H
#define DYAD_LIB_COMPLEMENT_H

#include "lib/syntax.h"

/* the -ing form at i has its own subject after "for", "of", "over" or
 * "about" ("for one of its gunboats intercepting", "over the army shelling"):
 * the content of the event before it */
int dyad_complement__gerund_content(const sent_ctx *s, size_t i);

/* Is token i the head noun of the object of verb v before it? "rejected recent
 * calls by Belarus", "rejected a United Nations appeal", "dismissed an appeal":
 * a noun form after a determiner or an adjective that opens the object, with
 * only words of that phrase between (no preposition, "to", "that", verb or
 * punctuation), after a verb with a code of its own. Verbs of saying take
 * clauses ("said Russia attacks ..."). */
int dyad_complement__object_head(const sent_ctx *s, const verb_cand *v, size_t i);

/* "to" at i opens a purpose: "in a bid to", "in order to", "so as to", "in an
 * effort to", "aimed to" */
int dyad_complement__purpose(const sent_ctx *s, size_t i);

/* "citizens they believe were detained by U.S. forces": what someone only
 * believes or thinks happened is not coded */
int dyad_complement__believed(const sent_ctx *s, const verb_cand *v);

/* "Russia denied that its forces had attacked a hospital", "Russia denied
 * attacking the hospital": what is denied is not coded (the denial is, 016) */
int dyad_complement__denied(const sent_ctx *s, int32_t src, const verb_cand *v);

/* the actors a sentence reports killed, wounded or injured ("Fifteen
 * militants and one soldier were killed"), other than src; -1 none */
int32_t dyad_complement__casualties(const sent_ctx *s, int32_t src);

/* Is the clause of v, whose subject is src, what someone hopes or wishes for
 * ("expressed hope that X and Y reach an agreement")? */
int dyad_complement__hoped(const sent_ctx *s, int32_t src);
/* "demanded that Russia withdraw its troops": a subjunctive (base form) whose
 * subject follows "that" after a verb of demanding is what was demanded */
int dyad_complement__demanded(const sent_ctx *s, int32_t src, const verb_cand *v);

/* "to" at i after a noun of what did not (or not yet) happen: "failure to",
 * "refusal to", "inability to", "efforts to", "a plan to" */
int dyad_complement__unrealised(const sent_ctx *s, size_t i);

/* "opposition activists accused of plotting", "students arrested for ...",
 * "a man charged with ...": after an actor, these verbs' own prepositions
 * mark a passive relative clause as "by" does */
int dyad_complement__passive_relative(const sent_ctx *s, const verb_cand *v);

/* the same relative on a common noun that is no actor ("a man convicted of
 * spying for Israel"): nothing to code */
int dyad_complement__relative_on_unnamed(const sent_ctx *s, const verb_cand *v);

/* "a summit hosted by Japan", "China, backed by Russia,": a participle
 * followed by "by" and not by an auxiliary is a passive relative clause
 * on the noun before it (-1: not one; 1: that noun is an actor; 0: it is
 * not, and the verb codes nothing) */
int dyad_complement__reduced_relative(const sent_ctx *s, const verb_cand *v);

/* Is v a participle describing the sentence's opening noun phrase, which has
 * its own finite verb later ("A British couple detained in Afghanistan was
 * released")? */
int dyad_complement__subject_relative(const sent_ctx *s, const verb_cand *v);

/* "gunmen shot dead the mayor-elect", "killed the provincial governor": the
 * killing of one political figure is an assassination (186) */
int dyad_complement__assassination(const sent_ctx *s, const verb_cand *v, int32_t tgt, const char *code);

/* the verb is in what an accusation, claim or report says ("denied Pakistani
 * accusations that it shelters militants who attack Pakistan"): content, not
 * an event */
int dyad_complement__reported_content(const sent_ctx *s, const verb_cand *v);

/* the verb's object is an event named by a noun with no actor in it ("condemned
 * the strikes", "rejected the decision"): that noun's index + 1, or 0 */
int dyad_complement__event_object(const sent_ctx *s, const verb_cand *v);

/* ... or the subject of passive v: "The launch was condemned by Japan" (the
 * token after the noun, as above; 0 if none) */
int dyad_complement__event_subject(const sent_ctx *s, const verb_cand *v);

/* Is compound ci the victim of an event named by a noun right after verb v
 * ("condemned the attack against the French soldiers", "the killing of aid
 * workers")? Criticism of the event is not aimed at its victim. */
int dyad_complement__event_victim(const sent_ctx *s, const verb_cand *v, int32_t ci);

#endif
