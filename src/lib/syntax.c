/* lib/syntax.c — shallow syntax for actors: dictionary mentions (actors,
 * agents, pronouns), noun-phrase grouping ("Kenyan Interior Minister Fred
 * Matiangi" -> KENGOV, "the ambassadors of Arnor" -> ARNGOV), date-restricted
 * codes, and compounds ("Arnor, Osgiliath and Gondor"). */
#include "lib/syntax.h"

#include <string.h>

#include "lib/clause.h"
#include "lib/lemma.h"
#include "lib/lexicon.h"
#include "lib/words.h"
#include "util/str.h"


const char *dyad_syntax__actor_code(const dyad_dict *d, uint32_t entry, int32_t date)
{
	uint32_t fixed = d->actor_fixed[entry];
	if (fixed != ACTOR_DATED)
		return fixed ? d->strings + fixed : NULL;
	const dactor *a = &d->actors[entry];
	const char *fallback = NULL, *latest = NULL;
	int have_fallback = 0;
	int32_t latest_to = 0;
	for (uint16_t k = 0; k < a->n_codes; k++) {
		const dcode *c = &d->codes[a->code_first + k];
		int open = c->from == 0 && c->to == INT32_MAX;
		if (open) {
			if (!have_fallback) {
				fallback = c->str ? d->strings + c->str : NULL;
				have_fallback = 1;
			}
			continue;
		}
		if (date && date >= c->from && date <= c->to)
			return c->str ? d->strings + c->str : NULL;
		/* no document date: the role held now (open-ended range), else the
		 * last role held -- a story names someone by the office they hold */
		if (!date && c->to == INT32_MAX && c->from)
			return c->str ? d->strings + c->str : NULL;
		if (!date && c->to > latest_to) {
			latest_to = c->to;
			latest = c->str ? d->strings + c->str : NULL;
		}
	}
	return latest_to ? latest : fallback;
}

/* a word for one who speaks for or heads a body named after it, whose type
 * is the body's: "spokesman" ("a spokesman for the army"), "leader", "head",
 * "chief" ("the leader of the main opposition party") */
static int spokesperson(const dtoken *t)
{
	static const char *const heads[] = {"LEADER", "LEADERS", "HEAD", "CHIEF", NULL};
	return t->kind == TK_WORD && ((t->norm_len >= 9 && !memcmp(t->norm, "SPOKES", 6)) || dyad_words__in(t, heads));
}

/* does mention q of a phrase ending at mention last speak for or head the
 * body last names by a role word ("a spokesman for the army", "the leader
 * of the main opposition party"), whose type is then the phrase's? */
static int speaks_for_last(const sent_ctx *s, size_t q, size_t last)
{
	return s->infer_agents && q < last && s->m[last].agent && spokesperson(&s->t[s->m[q].e - 1]);
}

int32_t dyad_syntax__compound_at(const sent_ctx *s, size_t k)
{
	while (k < s->n && dyad_words__in(&s->t[k], dyad_words__determiners))
		k++;
	return k < s->n ? s->comp_at[k] : -1;
}

int dyad_syntax__after_preposition(const sent_ctx *s, size_t b, size_t lo)
{
	while (b > lo && dyad_words__in(&s->t[b - 1], dyad_words__determiners))
		b--;
	return b > 0 && dyad_words__in(&s->t[b - 1], dyad_words__prepositions);
}

/* The country (3 letters, arena copy) of the last actor mentioned before, or the
 * story's; NULL when there is none. */
static const char *possessor_country(const sent_ctx *s, dyad_arena *a)
{
	const char *code = NULL;
	for (size_t k = s->nm; k-- > 0;)
		if (!s->m[k].agent && !s->m[k].pronoun && s->m[k].code && len_upto(s->m[k].code, 4) >= 3) {
			code = s->m[k].code;
			break;
		}
	if (!code)
		code = s->ctx_country;
	if (!code || !short_ncmp(code, "IGO", 3) || !short_ncmp(code, "NGO", 3))
		return NULL;
	return dyad_arena_strndup(a, code, 3);
}
static int glue_token(const sent_ctx *s, size_t i)
{
	const dtoken *t = &s->t[i];
	if (t->kind != TK_WORD)
		return 0;
	if (dyad_words__in(t, dyad_words__glue))
		return 1;
	/* "Dagolath's first Deputy Prime Minister Telemar" is one phrase in a
	 * parse; TABARI stops at the unknown word */
	if ((!s->compat || s->petr) && tok_is(t, "FIRST"))
		return 1;
	/* capitalized names inside the phrase ("President Vladimir Putin") */
	if ((t->flags & TF_CAP) && !(t->flags & TF_SENT_START) && !s->allcaps && !s->is_verb[i])
		return 1;
	return 0;
}

/* the period of a name's initial ("S. Jaishankar", "Vladimir V. Putin"):
 * a period right after a one-letter capitalised word */
static int name_initial(const sent_ctx *s, size_t i)
{
	const dtoken *t = &s->t[i];
	if (s->compat || t->kind != TK_PUNCT || t->norm[0] != '.' || i == 0)
		return 0;
	const dtoken *p = &s->t[i - 1];
	return p->kind == TK_WORD && p->norm_len == 1 && (p->flags & TF_CAP) && p->end == t->begin;
}

/* "U.S. and British warplanes", "Israeli and Egyptian officials": a
 * country word used as an adjective (a demonym ending, or an abbreviation) */
static int demonym_like(const dtoken *t)
{
	static const char *const ends[] = {"SH", "ESE", "CH", "I", "IC", NULL};
	if (tok_is(t, "U.S.") || tok_is(t, "US") || tok_is(t, "UK") || tok_is(t, "U.K."))
		return 1;
	for (int i = 0; ends[i]; i++)
		if (dyad_words__ends_with(t, ends[i]))
			return 1;
	return 0;
}

static char *join_code(dyad_arena *a, const char *x, const char *y)
{
	size_t lx = strlen(x), ly = strlen(y);
	char *p = dyad_arena_alloc(a, lx + ly + 1);
	if (!p)
		return NULL;
	memcpy(p, x, lx);
	memcpy(p + lx, y, ly + 1);
	return p;
}

/* does code already carry the agent's type? (KENGOV + GOV) */
static int has_type(const char *code, const char *type)
{
	size_t lc = strlen(code), lt = strlen(type);
	for (size_t i = 3; i + lt <= lc; i += 3)
		if (!memcmp(code + i, type, lt))
			return 1;
	return 0;
}

/* the code of a name met earlier in the document, into m; 0 when unknown */
static int known_name(const sent_ctx *s, const dtoken *t, mention *m)
{
	for (size_t k = s->n_names; k-- > 0;)
		if (s->names[k].name[0] == t->norm[0] && !strcmp(s->names[k].name, t->norm)) {
			m->code = s->names[k].code;
			m->entry = s->names[k].entry;
			m->agent = 0;
			return 1;
		}
	return 0;
}

/* does the agent phrase at b name captured soldiers ("prisoners of war",
 * "POWs", "captured soldiers")? */
static int captured_soldiers(const sent_ctx *s, size_t b)
{
	const dtoken *t = &s->t[b];
	return tok_is(t, "POWS") || tok_is(t, "CAPTURED") ||
	       (tok_is(t, "PRISONERS") && b + 2 < s->n && tok_is(&s->t[b + 1], "OF") && tok_is(&s->t[b + 2], "WAR"));
}

/* the first country the sentence (or else the story) names that is not
 * country's; NULL none */
static const char *other_country(const sent_ctx *s, const char *country)
{
	for (size_t q = 0; q < s->nm; q++) {
		const char *c = s->m[q].code;
		if (!s->m[q].agent && !s->m[q].pronoun && c && len_upto(c, 4) >= 3 && short_ncmp(c, "IGO", 3) &&
		    short_ncmp(c, "NGO", 3) && short_ncmp(c, country, 3))
			return c;
	}
	if (s->ctx_country && short_ncmp(s->ctx_country, country, 3))
		return s->ctx_country;
	return NULL;
}

/* is type one of the three-letter codes packed in list ("REBOPP...")? As
 * strcmp with each, without the calls: these tests run for every mention */
static int type_in(const char *type, const char *list)
{
	if (!type[0] || !type[1] || !type[2] || type[3])
		return 0;
	for (; *list; list += 3)
		if (type[0] == list[0] && type[1] == list[1] && type[2] == list[2])
			return 1;
	return 0;
}

/* agent types that belong where they are: rebels, protesters, civilians... */
static int local_type(const char *type)
{
	return type_in(type, "REBOPPCVLUAFREFRADINSCRM");
}

/* armed groups that fight where they live: rebels, insurgents, gunmen,
 * gangs, militants */
static int armed_local_type(const char *type)
{
	return type_in(type, "REBUAFINSCRMRAD");
}

/* agent types of people rather than state organs (students, journalists,
 * rebels, civilians...): those a state's forces act on are its own */
static int people_type(const char *type)
{
	return !type_in(type, "GOVMILCOPJUDSPYLEGELI");
}

/* where a country name at b begins with its style: "(Islamic) Republic of",
 * "Kingdom of", "Sultanate of" before b (not before lo) */
static size_t state_style_before(const sent_ctx *s, size_t b, size_t lo)
{
	static const char *const styles[] = {"REPUBLIC",     "KINGDOM",      "STATE",   "SULTANATE", "EMIRATE",
	                                     "FEDERATION",   "PRINCIPALITY", "DUCHY",   "COMMONWEALTH", NULL};
	static const char *const epithets[] = {"ISLAMIC", "ARAB",    "DEMOCRATIC", "FEDERAL",      "SOCIALIST", "HASHEMITE",
	                                       "UNITED",  "PEOPLE",  "'S",         "BOLIVARIAN",   "GRAND",     "FEDERATIVE",
	                                       "PLURINATIONAL", "ORIENTAL", "COOPERATIVE", NULL};
	if (b < lo + 2 || !tok_is(&s->t[b - 1], "OF") || !dyad_words__in(&s->t[b - 2], styles) ||
	    !(s->t[b - 2].flags & TF_CAP))
		return b;
	size_t k = b - 2;
	while (k > lo && dyad_words__in(&s->t[k - 1], epithets) &&
	       ((s->t[k - 1].flags & TF_CAP) || s->t[k - 1].kind != TK_WORD))
		k--;
	return k;
}

/* does the place phrase [b, e) name a neighbour across a border ("the Afghan
 * border", "the border with Syria", "bordering Iraq")? */
static int neighbour_at(const sent_ctx *s, size_t b, size_t e)
{
	if (e < s->n && (tok_is(&s->t[e], "BORDER") || tok_is(&s->t[e], "BORDERS") || tok_is(&s->t[e], "FRONTIER")))
		return 1;
	if (b > 0 && tok_is(&s->t[b - 1], "BORDERING"))
		return 1;
	return b > 1 && tok_is(&s->t[b - 1], "WITH") &&
	       (tok_is(&s->t[b - 2], "BORDER") || tok_is(&s->t[b - 2], "FRONTIER"));
}

/* is there a verb of speech or appeal among tokens [b, e) ("called for the
 * freeing of", "welcomed the release of", "condemned the arrest of")? */
static int spoken_of(const sent_ctx *s, size_t b, size_t e)
{
	static const char *const verbs[] = {"CALL", "URGE", "ASK", "DEMAND", "SAY", "WELCOME", "CONDEMN",
	                                    "CRITICIZE", "CRITICISE", "PRAISE", "APPEAL", "PRESS", NULL};
	for (size_t k = b; k < e && k < s->n; k++)
		if (s->is_verb[k] && dyad_words__in_lemma(&s->t[k], verbs))
			return 1;
	return 0;
}

/* the country named as a place ("in Mali", "in northern Mali") by the
 * first such mention from index q on; NULL when none */
static const char *place_in(const sent_ctx *s, size_t q)
{
	for (; q < s->nm; q++) {
		const mention *m = &s->m[q];
		/* (a country or its capital: "in Mali", "in Baghdad") */
		if (m->agent || m->pronoun || !m->code || len_upto(m->code, 4) < 3 || !short_ncmp(m->code, "IGO", 3) ||
		    !short_ncmp(m->code, "NGO", 3) || (len_upto(m->code, 4) > 3 && !same_str(m->code + 3, "GOV")) ||
		    neighbour_at(s, m->b, m->e))
			continue;
		size_t k = m->b;
		while (k > 0 && k + 2 > m->b && s->t[k - 1].kind == TK_WORD && (s->t[k - 1].pos & DYAD_POS_ADJ) &&
		       !(s->t[k - 1].flags & TF_CAP) && !tok_is(&s->t[k - 1], "IN"))
			k--;
		if (k > 0 && tok_is(&s->t[k - 1], "IN"))
			return m->code;
	}
	return NULL;
}

/* the country of a place named just after mention k's phrase (ending at e):
 * "in Yemen", "across three Yemeni cities", "from Darfur"; NULL when none */
static const char *place_after(const sent_ctx *s, size_t k, size_t e)
{
	int prep = 0, noun = 0;
	for (size_t q = k + 1; q < s->nm && s->m[q].b < e + 9; q++) {
		for (size_t i = e; i < s->m[q].b; i++) {
			const dtoken *t = &s->t[i];
			if (s->is_verb[i] || t->kind != TK_WORD)
				return NULL;
			/* ("of" after another noun is that noun's: "freed prisoners at
			 * the request of the United States") */
			prep |= tok_is(t, "IN") || tok_is(t, "ACROSS") || tok_is(t, "FROM") || (tok_is(t, "OF") && !noun) ||
			        tok_is(t, "THROUGHOUT") || tok_is(t, "INSIDE");
			noun |= (t->pos & DYAD_POS_NOUN) && !(t->pos & DYAD_POS_ADJ) && !dyad_words__in(t, dyad_words__prepositions) &&
			        !dyad_words__in(t, dyad_words__determiners) && !dyad_words__in(t, dyad_words__numerals);
		}
		const mention *m = &s->m[q];
		if (m->agent || m->pronoun || !m->code || len_upto(m->code, 4) < 3 || neighbour_at(s, m->b, m->e) ||
		    !short_ncmp(m->code, "IGO", 3) || !short_ncmp(m->code, "NGO", 3))
			return NULL;
		return prep ? m->code : NULL;
	}
	return NULL;
}

/* is the phrase at b what is withdrawn or removed ("the withdrawal of all
 * troops", "pulled its forces", "to evacuate 200 soldiers")? */
static int withdrawn(const sent_ctx *s, size_t b)
{
	static const char *const removal[] = {"WITHDRAW", "WITHDRAWAL", "PULLOUT", "PULL", "REMOVE", "REMOVAL",
	                                      "EVACUATE", "EVACUATION", "REDEPLOY", "RECALL", NULL};
	for (size_t k = b, steps = 0; k-- > 0 && steps < 4; steps++) {
		const dtoken *t = &s->t[k];
		if (dyad_words__in_lemma(t, removal) || dyad_words__in_lemma_n(t, removal))
			return 1;
		if (!(tok_is(t, "OF") || t->kind == TK_NUM || dyad_words__in(t, dyad_words__determiners) ||
		      dyad_words__in(t, dyad_words__possessives) || tok_is(t, "ALL") || tok_is(t, "OUT")))
			return 0;
	}
	return 0;
}

/* a model name: "F-16", "S-400", "HIMARS" */
static int model_name(const sent_ctx *s, const dtoken *t)
{
	if (t->kind == TK_NUM || (t->flags & TF_ALLCAPS))
		return 1;
	for (uint32_t b = t->begin; b < t->end; b++)
		if (s->text[b] == '-' || (s->text[b] >= '0' && s->text[b] <= '9'))
			return 1;
	return 0;
}

int dyad_syntax__weapon_at(const sent_ctx *s, size_t i, int backward)
{
	static const char *const weapons[] = {"DRONE",     "MISSILE",   "ROCKET",    "JET",   "WARPLANE", "AIRCRAFT",
	                                      "HELICOPTER", "GUNSHIP",  "TANK",      "ARTILLERY", "WARSHIP", "BOMBER",
	                                      "SUBMARINE", "FRIGATE",   "DESTROYER", "GUN",   "SHELL",    "MORTAR",
	                                      "PROJECTILE", "GRENADE",  "BOMB",      NULL};
	for (size_t k = i, steps = 0; k < s->n && steps < 3 && s->t[k].kind == TK_WORD; steps++) {
		if (dyad_words__in_lemma_n(&s->t[k], weapons))
			return 1;
		if (backward) {
			if (k == 0)
				break;
			k--;
		} else {
			k++;
		}
	}
	return 0;
}

/* "the sale of F-16 fighter jets", "agreed to supply drones": an agent phrase
 * at i that is the goods of a sale or delivery names no party */
static int traded_goods(const sent_ctx *s, size_t i)
{
	static const char *const trade_nouns[] = {"SALE",     "DELIVERY", "SUPPLY",      "PURCHASE",    "SHIPMENT",
	                                          "TRANSFER", "EXPORT",   "PROCUREMENT", "ACQUISITION", NULL};
	static const char *const trade_verbs[] = {"SELL",    "SUPPLY",  "DELIVER",  "EXPORT", "BUY",
	                                          "PURCHASE", "ACQUIRE", "PROCURE", "SHIP",   NULL};
	/* back over the goods' modifiers: "two squadrons of", "advanced", "F-16" */
	size_t k = i, steps = 0;
	while (k > 0 && steps < 4 && s->t[k - 1].kind != TK_PUNCT &&
	       (s->t[k - 1].kind == TK_NUM || dyad_words__in(&s->t[k - 1], dyad_words__determiners) ||
	        (s->t[k - 1].pos & DYAD_POS_ADJ) || ((s->t[k - 1].flags & TF_CAP) && !(s->t[k - 1].pos & DYAD_POS_VERB)) ||
	        model_name(s, &s->t[k - 1]))) {
		k--;
		steps++;
	}
	if (k == 0)
		return 0;
	const dtoken *p = &s->t[k - 1];
	/* "attacked a ship with a drone": a weapon after "with" is the means */
	if (tok_is(p, "WITH") && dyad_syntax__weapon_at(s, i, 0))
		return 1;
	if (tok_is(p, "OF"))
		return k >= 2 && dyad_words__in_lemma_n(&s->t[k - 2], trade_nouns);
	return p->kind == TK_WORD && dyad_words__in_lemma(p, trade_verbs);
}

/* nouns of a force's own conduct: the agent before them is whose conduct
 * it is ("the police crackdown", "an investigation into the police
 * response"), not a modifier */
static const char *const conduct_nouns[] = {"CRACKDOWN", "RESPONSE", "BRUTALITY", "VIOLENCE", "ABUSES",
                                            "CONDUCT", "REPRESSION", "TACTICS", "EXCESSES", "MISCONDUCT", NULL};

/* an agent phrase followed by a lower-case word that is only a noun, not
 * an actor or a person ("military uniforms", "an official statement"),
 * modifies it; last is the agent phrase's last token */
static int agent_modifier(const sent_ctx *s, size_t last, size_t next)
{
	/* a plural ("diplomats", "rebels") is a head noun, not a modifier */
	if (next >= s->n || s->t[last].nlemma != s->t[last].norm)
		return 0;
	const dtoken *t = &s->t[next];
	/* (a plural that is no verb of the dictionary may also be a verb form in
	 * WordNet: "military uniforms") */
	/* (an agent word that is also an adjective before a noun that is no verb
	 * of the dictionary: "any official contact", "the military regime's") */
	int adj = (s->t[last].pos & DYAD_POS_ADJ) && last > 0 && dyad_words__in(&s->t[last - 1], dyad_words__determiners);
	if (t->kind != TK_WORD || !(t->pos & DYAD_POS_NOUN) ||
	    ((t->pos & DYAD_POS_VERB) && !adj && !(t->norm_len > 3 && t->last == 'S')) ||
	    s->is_verb[next] ||
	    ((t->flags & TF_CAP) && !s->allcaps) || dyad_words__in(t, dyad_words__agent_heads) ||
	    dyad_words__in(t, dyad_words__prepositions) || dyad_words__in(t, dyad_words__determiners) ||
	    dyad_words__in(t, dyad_words__be_forms) || dyad_words__in(t, dyad_words__clause_stops) ||
	    tok_is(t, "AND") || tok_is(t, "OR") ||
	    dyad_words__is_adverb(t) || dyad_words__in(t, dyad_words__time_words) /* ("police yesterday arrested") */
	    || dyad_words__in(t, conduct_nouns))
		return 0;
	uint32_t e;
	return !dyad_lex__longest(s->d, &s->d->actor_ix, dyad_dict__actor_phrase, s->t, next, s->n, &e) &&
	       !dyad_lex__longest(s->d, &s->d->agent_ix, dyad_dict__actor_phrase, s->t, next, s->n, &e);
}

/* numbers of people that name a crowd on their own ("thousands protested") */
static const char *const crowd_words[] = {"THOUSAND", "HUNDRED", "DOZEN", NULL};

/* do tokens [b, e) name an occupation force ("the occupation forces", "a
 * force of the occupation")? */
static int occupation_words(const sent_ctx *s, uint32_t b, uint32_t e)
{
	for (uint32_t q = b; q < e; q++)
		if (tok_is(&s->t[q], "OCCUPATION"))
			return 1;
	return 0;
}

/* the code of the speaker of a closing attribution (", the Russian defence
 * ministry said." at the sentence's end), a named actor after mention from;
 * NULL if none */
static const char *closing_speaker(const sent_ctx *s, size_t from)
{
	size_t end = s->n;
	while (end > 0 && s->t[end - 1].kind == TK_PUNCT)
		end--;
	if (end < 3 || !(tok_is(&s->t[end - 1], "SAID") || tok_is(&s->t[end - 1], "SAYS")))
		return NULL;
	size_t comma = end - 1;
	while (comma > 0 && comma + 10 > end && !tok_is(&s->t[comma], ","))
		comma--;
	if (!tok_is(&s->t[comma], ","))
		return NULL;
	const char *speaker = NULL;
	for (size_t q = from; q < s->nm && !speaker; q++) {
		const mention *m = &s->m[q];
		if (m->b <= comma || m->e >= end)
			continue;
		if (!m->agent && !m->pronoun && m->code && len_upto(m->code, 4) >= 3 && m->code[0] >= 'A' && m->code[0] <= 'Z' &&
		    short_ncmp(m->code, "IGO", 3) && short_ncmp(m->code, "NGO", 3))
			speaker = m->code;
	}
	/* (not when the clause names a place of another country: "declared a
	 * state of siege in Haiti ..., a spokeswoman for the U.S. embassy said") */
	for (size_t q = from; speaker && q < s->nm && s->m[q].b < comma; q++) {
		const mention *m = &s->m[q];
		if (!m->agent && !m->pronoun && m->code && len_upto(m->code, 4) == 3 && m->code[0] >= 'A' && m->code[0] <= 'Z' &&
		    short_ncmp(m->code, speaker, 3) && short_ncmp(m->code, "IGO", 3) && short_ncmp(m->code, "NGO", 3) &&
		    m->b > 0 && dyad_words__in(&s->t[m->b - 1], dyad_words__prepositions))
			return NULL;
	}
	return speaker;
}

/* verbs of saying, whose reported clause's bare agents are the speaker's */
static const char *const saying[] = {"SAY", "STATE", "ANNOUNCE", "ADD", "CLAIM", "CONFIRM", "TELL", NULL};

/* is token i joined by a hyphen to the token before it ("US-backed",
 * "pro-EU", "Beirut-based")? */
static int hyphen_joined(const sent_ctx *s, size_t i)
{
	return i > 0 && i < s->n && s->text && s->t[i].begin == s->t[i - 1].end + 1 && s->text[s->t[i - 1].end] == '-';
}

/* is the token at e a participle joined by a hyphen to the word before it,
 * naming who made, backed or brokered the noun that follows ("British-drafted",
 * "US-backed")? */
static int made_by(const sent_ctx *s, size_t e)
{
	static const char *const makers[] = {"DRAFTED", "BACKED", "SPONSORED", "FUNDED", "FINANCED",
	                                     "PROPOSED", "WRITTEN", "SUPPORTED", "TRAINED", "ARMED",
	                                     "SUPPLIED", "MADE", "BUILT", "DESIGNED", "RUN", "INSPIRED",
	                                     "IMPOSED", "INSTALLED", NULL};
	if (!hyphen_joined(s, e))
		return 0;
	for (int k = 0; makers[k]; k++)
		if (tok_is(&s->t[e], makers[k]))
			return 1;
	return 0;
}

/* TABARI: words of an actor phrase joined by a space, not "_", may have other
 * words between them ("PRINCE DOL_AMROTH" in "the Prince of Dol_Amroth",
 * "ITHILEN TELEVISION" in "Ithilen state-run television"). */
typedef struct gap_match {
	const sent_ctx *s;
	size_t i;
	size_t words;  /* phrase words of the best match so far (to beat) */
	size_t head;   /* end of the best match's words before its first gap */
	uint32_t entry;
	int found;
} gap_match;

static int visit_gapped(uint32_t e, void *payload)
{
	gap_match *g = payload;
	const dyad_dict *d = g->s->d;
	const dphrase *ph = dyad_dict__actor_phrase(d, e);
	size_t head;
	if (ph->n <= g->words || !dyad_lex__gapped(d, &d->words[ph->first], ph->n, g->s->t, g->i, g->s->n, &head))
		return 0;
	g->words = ph->n;
	g->head = head;
	g->entry = e;
	g->found = 1;
	return 0;
}

/* dyad_syntax__actors' second step, groups: mentions joined by glue words
 * (and "of" after an agent). (The steps are functions of their own: gcc
 * keeps the mention loop's state in registers better so.) */
static int actor_groups(sent_ctx *s, dyad_arena *a)
{
	for (size_t k = 0; k < s->nm;) {
		group g;
		memset(&g, 0, sizeof g);
		g.b = s->m[k].b;
		g.e = s->m[k].e;
		g.entry = UINT32_MAX;
		size_t last = k;
		while (last + 1 < s->nm && !s->m[last].pronoun && !s->m[last + 1].pronoun) {
			const mention *cur = &s->m[last], *nx = &s->m[last + 1];
			size_t gap = nx->b - cur->e;
			int ok = gap <= 3 || (s->infer_agents && gap <= 4 && tok_is(&s->t[cur->e], "OF"));
			for (size_t i = cur->e; ok && i < nx->b; i++) {
				/* a conjunction that opens a clause parts them: "cut ties
				 * with Mexico after police raided the embassy" */
				if (s->infer_agents && s->t[i].listed && dyad_words__in(&s->t[i], dyad_words__clause_stops)) {
					ok = 0;
					break;
				}
				/* an article after a name opens a new phrase: "received in
				 * Cairo the Secretary of State" (outside TABARI mode) */
				/* (so does a possessive: "received in Cairo his homologue") */
				if (s->infer_agents && !cur->agent &&
				    (tok_is(&s->t[i], "THE") || tok_is(&s->t[i], "A") || tok_is(&s->t[i], "AN") ||
				     tok_is(&s->t[i], "HIS") || tok_is(&s->t[i], "HER") || tok_is(&s->t[i], "THEIR"))) {
					ok = 0;
					break;
				}
				if (glue_token(s, i))
					continue;
				/* "forces loyal to the government in Tripoli": whom armed men
				 * are loyal to is whose they are */
				if (s->infer_agents && cur->agent && !nx->agent && i == cur->e && i + 1 < nx->b &&
				    tok_is(&s->t[i], "LOYAL") && tok_is(&s->t[i + 1], "TO")) {
					i++;
					continue;
				}
				/* "a Beirut-based bank", "Hong Kong-based firms": where the
				 * party is based is its country */
				if (s->infer_agents && nx->agent && i == cur->e && tok_is(&s->t[i], "BASED") && hyphen_joined(s, i))
					continue;
				/* a name's initial: "Foreign Minister S. Jaishankar" */
				if (name_initial(s, i))
					continue;
				/* "a Mexican mayoral candidate", "Iran's chief nuclear negotiator":
				 * outside TABARI mode a plain adjective before the agent joins */
				if (s->infer_agents && nx->agent && s->t[i].kind == TK_WORD && (s->t[i].pos & DYAD_POS_ADJ) &&
				    !(s->t[i].pos & (DYAD_POS_NOUN | DYAD_POS_VERB)) && !s->is_verb[i] &&
				    !(s->t[i].flags & TF_CAP))
					continue;
				/* "the ambassador of Arnor": OF after an agent joins */
				/* "officials of/in/from X" when the agent has no actor yet: not
				 * "Ghana's president in Abuja" */
				int has_actor = 0;
				for (size_t q = k; q <= last; q++)
					has_actor |= !s->m[q].agent;
				/* ("warplanes from the Saudi-led coalition": an article may follow) */
				/* (not "recalled its ambassador from Iran": the subject's own) */
				int own = s->infer_agents && s->m[k].b > 0 &&
				          dyad_words__in(&s->t[s->m[k].b - 1], dyad_words__possessives) &&
				          !tok_is(&s->t[i], "OF");
				/* (nor "ordering the withdrawal of troops from Kherson": the
				 * place they leave) */
				own |= s->infer_agents && tok_is(&s->t[i], "FROM") && withdrawn(s, s->m[k].b);
				/* (and "a spokeswoman for UNICEF": the body spoken for) */
				if ((tok_is(&s->t[i], "OF") || tok_is(&s->t[i], "IN") || tok_is(&s->t[i], "FROM") ||
				     (s->infer_agents && tok_is(&s->t[i], "FOR") && spokesperson(&s->t[cur->e - 1]))) &&
				    cur->agent && i == cur->e && !has_actor && !own &&
				    (gap == 1 || (gap == 2 && tok_is(&s->t[i + 1], "THE"))))
					continue;
				/* "Forces of security of Iraq", "the Minister of Defense of Ukraine"
				 * (machine translation, formal titles): outside TABARI mode a chain
				 * of "of" and title words after the agent joins as well */
				if (s->infer_agents && tok_is(&s->t[i], "OF") && cur->agent && !has_actor &&
				    tok_is(&s->t[cur->e], "OF"))
					continue;
				ok = 0;
			}
			/* two country names side by side are two actors, not one phrase */
			/* (but a country's own body after its possessive is one:
			 * "Afghanistan's Taliban government", so that "Pakistan and
			 * Afghanistan's Taliban government" is a list of two) */
			if (ok && !cur->agent && !nx->agent && gap > 0 &&
			    !(s->infer_agents && gap == 1 && tok_is(&s->t[cur->e], "'S") && cur->code && nx->code &&
			      len_upto(cur->code, 4) == 3 && len_upto(nx->code, 4) > 3 && !short_ncmp(cur->code, nx->code, 3)))
				ok = 0;
			if (!ok)
				break;
			last++;
		}
		g.e = s->m[last].e;
		/* code: the most specific actor code, plus agent types it lacks */
		const char *best = NULL;
		uint32_t best_entry = UINT32_MAX;
		int pron = 0;
		for (size_t q = k; q <= last; q++) {
			const mention *m = &s->m[q];
			if (m->pronoun)
				pron = 1;
			else if (!m->agent && (!best || strlen(m->code) > strlen(best))) {
				best = m->code;
				best_entry = m->entry;
			}
		}
		const char *code = best;
		/* "Russian President Boris Yeltsin" outside his dated term: the title
		 * says what he is */
		/* (not a former one's: "Former U.S. President George W. Bush" stays ELI) */
		int former = 0;
		for (uint32_t i = s->m[k].b > 0 ? s->m[k].b - 1 : 0; i < s->m[last].e && best && !former; i++)
			former = tok_is(&s->t[i], "FORMER") || tok_is(&s->t[i], "LATE") || tok_is(&s->t[i], "EX");
		if (best && len_upto(best, 7) == 6 && same_str(best + 3, "ELI") && !(former && s->infer_agents))
			for (size_t q = k; q <= last; q++)
				if (s->m[q].agent == 1) {
					char cc[4];
					memcpy(cc, best, 3);
					cc[3] = 0;
					const char *j = join_code(a, cc, s->m[q].code);
					if (!j)
						return DYAD_ENOMEM;
					best = code = j;
					break;
				}
		/* the agent is the head noun ("students of Dhaka", "Moscow police"): the
		 * actor only gives the country, even when it is a capital coded as GOV */
		int connector = 0;
		for (uint32_t i = g.b; i < s->m[last].e; i++)
			connector |= tok_is(&s->t[i], "OF") || tok_is(&s->t[i], "IN") || tok_is(&s->t[i], "FROM") ||
			             (s->infer_agents && tok_is(&s->t[i], "FOR"));
		/* (an organisation's code is no country to type: "the EU's foreign
		 * ministers" stay the EU) */
		/* (nor a non-state group's: "a Hamas commander", "the Houthi
		 * military spokesman" are the group's, not the state's army) */
		int nonstate = best && len_upto(best, 7) >= 6 && dyad_syntax__irregular_type(best + 3);
		/* (nor are a party's leaders the government: "Chadema leaders",
		 * "AfD co-leaders" are the party; its lawmakers are lawmakers) */
		int party = best && len_upto(best, 7) >= 6 && (short_contains(best + 3, "PTY") || short_contains(best + 3, "OPP"));
		for (size_t q = k; q <= last && best && len_upto(best, 4) > 3 && short_ncmp(best, "IGO", 3) &&
		                   short_ncmp(best, "NGO", 3) && !(nonstate && s->infer_agents);
		     q++) {
			const mention *m = &s->m[q];
			int after_best = m->b >= s->m[k].b && q > 0 && s->m[q - 1].entry == best_entry && !s->m[q - 1].agent;
			/* (a spokesman speaks for the body after "for": "a spokesman for
			 * the Congolese army" is CODMIL) */
			if (!m->agent || !(connector || after_best) || has_type(best, m->code) || speaks_for_last(s, q, last) ||
			    (party && s->infer_agents && same_str(m->code, "GOV")))
				continue;
			char cc[4];
			memcpy(cc, best, 3);
			cc[3] = 0;
			const char *j = m->agent == 1 ? join_code(a, cc, m->code) : join_code(a, m->code, cc);
			if (!j)
				return DYAD_ENOMEM;
			code = j;
			best = NULL; /* done */
			break;
		}
		if (!best)
			best = code;
		int kinds = 0; /* agent kinds applied: 1 suffix, 2 prefix */
		for (size_t q = k; q <= last && best; q++) {
			const mention *m = &s->m[q];
			if (!m->agent || has_type(code, m->code) || len_upto(best, 4) > 3 ||
			    (m->agent == 2 && !strncmp(code, m->code, strlen(m->code))) ||
			    speaks_for_last(s, q, last))
				continue;
			if (kinds & m->agent)
				continue;
			/* "former officials", "a former president": elites, not office holders */
			const char *type = m->code;
			for (uint32_t i = s->m[k].b > 0 ? s->m[k].b - 1 : 0; i < m->b; i++)
				if (tok_is(&s->t[i], "FORMER") && m->agent == 1)
					type = "ELI";
			const char *j = m->agent == 1 ? join_code(a, code, type) : join_code(a, m->code, code);
			if (!j)
				return DYAD_ENOMEM;
			code = j;
			kinds |= m->agent;
			/* one agent type per phrase; PETRARCH adds a prefix and a suffix
			 * ("an MSF Arnor diplomat" = NGO + ARN + GOV) */
			if (!s->petr)
				break;
		}
		/* PETRARCH: an agent with no actor is the anonymous "---GOV" */
		if (!best && !pron && (s->convert_agents || s->petr) && s->m[k].agent == 1) {
			char *j = join_code(a, s->petr ? "---" : "~", s->m[k].code);
			if (!j)
				return DYAD_ENOMEM;
			best = code = j;
		}
		if (!best && !pron) {
			g.agent_only = 1;
			code = NULL;
			/* "Police arrested 20 protesters": the story's country */
			/* the nearest actor before it in its own clause; across a verb
			 * ("Zarif met the National Assembly Speaker") the story's; for
			 * rebels, protesters and other local groups the place named
			 * right after them ("rebels across three Yemeni cities") */
			const char *country = s->ctx_country;
			const char *place = local_type(s->m[k].code) ? place_after(s, last, g.e) : NULL;
			for (size_t j = s->ng; j-- > 0;)
				/* (an organisation gives no country: "According to the Syrian
				 * Observatory for Human Rights, government forces shelled") */
				if (s->g[j].code && !s->g[j].agent_only && len_upto(s->g[j].code, 4) >= 3 &&
				    short_ncmp(s->g[j].code, "IGO", 3) && short_ncmp(s->g[j].code, "NGO", 3)) {
					/* (a verb of saying is no boundary: "Mondlane said police
					 * had killed 30 protesters" are Mozambique's police) */
					int across = 0;
					for (uint32_t q = s->g[j].e; q < g.b && !across; q++)
						across = s->is_verb[q] != 0 && !(s->infer_agents && s->t[q].kind == TK_WORD &&
						                                 dyad_words__in_lemma(&s->t[q], saying));
					/* ... except that people a state's police, army or government
					 * act on ("Venezuelan authorities arrested three opposition
					 * activists", "the Nigerian army rescued 20 students") are
					 * that state's people */
					const char *prev = s->g[j].code;
					int state = len_upto(prev, 7) >= 6 && (!short_ncmp(prev + 3, "COP", 3) || !short_ncmp(prev + 3, "MIL", 3) ||
					                                  !short_ncmp(prev + 3, "GOV", 3) || !short_ncmp(prev + 3, "JUD", 3) ||
					                                  !short_ncmp(prev + 3, "SPY", 3));
					/* (an occupying force's are the occupied country's people:
					 * "a force of the occupation arrested three young men") */
					if (occupation_words(s, s->g[j].b, s->g[j].e))
						break; /* (the story's country, or none) */
					/* (not when it only speaks of them: "welcomed the releases
					 * and called for the freeing of all remaining detainees") */
					if (!across || !country ||
					    (state && people_type(s->m[k].code) && !spoken_of(s, s->g[j].e, g.b)))
						country = prev;
					break;
				}
			if (place)
				country = place;
			/* "Petro ... said his government would": the person's, the
			 * nearest one named before it in the sentence, across verbs */
			if (g.b > 0 && (tok_is(&s->t[g.b - 1], "HIS") || tok_is(&s->t[g.b - 1], "HER")))
				for (size_t j = s->ng; j-- > 0;)
					if (s->g[j].code && !s->g[j].agent_only && !s->g[j].pronoun && len_upto(s->g[j].code, 4) >= 3 &&
					    short_ncmp(s->g[j].code, "IGO", 3) && short_ncmp(s->g[j].code, "NGO", 3)) {
						country = s->g[j].code;
						break;
					}
			/* "demanded that U.S. forces release four of its citizens": a
			 * possessive pronoun's people are the sentence subject's */
			if (g.b > 0 && (tok_is(&s->t[g.b - 1], "ITS") || tok_is(&s->t[g.b - 1], "THEIR")) &&
			    people_type(s->m[k].code))
				for (size_t j = 0; j < s->ng; j++)
					if (s->g[j].code && !s->g[j].agent_only && len_upto(s->g[j].code, 4) >= 3 &&
					    short_ncmp(s->g[j].code, "IGO", 3) && short_ncmp(s->g[j].code, "NGO", 3)) {
						country = s->g[j].code;
						break;
					}
			/* "Nigeria, a key ally of the United States, agreed to withdraw its
			 * troops": its own forces are the nearest actor named before that is
			 * no object of a preposition */
			if (g.b > 0 && (tok_is(&s->t[g.b - 1], "ITS") || tok_is(&s->t[g.b - 1], "THEIR")) &&
			    !people_type(s->m[k].code))
				for (size_t j = s->ng; j-- > 0;) {
					const group *o = &s->g[j];
					if (!o->code || o->agent_only || len_upto(o->code, 4) < 3 || !short_ncmp(o->code, "IGO", 3) ||
					    !short_ncmp(o->code, "NGO", 3))
						continue;
					if (dyad_syntax__after_preposition(s, o->b, 0))
						continue;
					country = o->code;
					break;
				}
			/* "arrested by those forces": the forces named before */
			if (g.b > 0 && (tok_is(&s->t[g.b - 1], "THOSE") || tok_is(&s->t[g.b - 1], "THESE")))
				for (size_t j = s->ng; j-- > 0;)
					if (s->g[j].code && !s->g[j].agent_only && len_upto(s->g[j].code, 7) == 6 &&
					    !strcmp(s->g[j].code + 3, s->m[k].code)) {
						country = s->g[j].code;
						break;
					}
			/* armed men, protesters and other local people with nothing before
			 * them are of the country where they act ("Gunmen kidnapped two
			 * Italian aid workers in Mali": MLIUAF; "Protesters stormed the U.S.
			 * embassy compound in Baghdad": IRQCVL) */
			if (!country && (armed_local_type(s->m[k].code) || local_type(s->m[k].code)))
				country = place_in(s, last + 1);
			/* (a speaker named in a closing attribution speaks of its own
			 * forces: "Air defences shot down 20 Ukrainian drones over the
			 * Belgorod region, the Russian defence ministry said") */
			if (!country && s->infer_agents && !people_type(s->m[k].code))
				country = closing_speaker(s, last + 1);
			/* nothing before it and no story yet: the first country named after
			 * it ("Gunmen shot dead a Mexican mayoral candidate") */
			for (size_t q = last + 1; !country && q < s->nm; q++)
				if (!s->m[q].agent && !s->m[q].pronoun && s->m[q].code && len_upto(s->m[q].code, 4) >= 3 &&
				    short_ncmp(s->m[q].code, "IGO", 3) && short_ncmp(s->m[q].code, "NGO", 3)) {
					/* not a slogan ('chanting "U.S. forces out!"') */
					if (s->quotes && dyad_words__quoted(s->t, s->m[q].b))
						continue;
					/* nor a neighbour naming a border ("a raid near the Afghan
					 * border", "along the border with Syria") */
					if (neighbour_at(s, s->m[q].b, s->m[q].e))
						continue;
					/* a place it is in or whose part it is ("the government of
					 * Burkina Faso"), not a source or topic ("demand from China") */
					const dtoken *p = s->m[q].b > 0 ? &s->t[s->m[q].b - 1] : NULL;
					/* (but people are of the state that acts on them: "Journalists
					 * were detained by Ethiopian police") */
					int by_state = p && tok_is(p, "BY") && people_type(s->m[k].code) && q + 1 < s->nm &&
					               s->m[q + 1].agent && s->m[q + 1].b == s->m[q].e &&
					               !people_type(s->m[q + 1].code);
					if (p && dyad_words__in(p, dyad_words__prepositions) && !tok_is(p, "IN") &&
					    !tok_is(p, "AT") && !tok_is(p, "NEAR") && !tok_is(p, "ACROSS") && !tok_is(p, "OF") &&
					    !by_state)
						break;
					/* nor the object of a participle ("an area bordering Afghanistan");
					 * but armed local groups acting on a country's people right
					 * after them are of that country ("Guerrillas attacked
					 * Macedonian police": MKDREB) */
					size_t after = g.e;
					while (after < s->m[q].b && dyad_words__is_adverb(&s->t[after]))
						after++;
					int own_verb = after == s->m[q].b - 1 && armed_local_type(s->m[k].code);
					if (p && p->kind == TK_WORD && !own_verb &&
					    (dyad_words__ends_with(p, "ING") || dyad_words__ends_with(p, "ED")))
						break;
					country = s->m[q].code;
				}
			/* "Russian troops executed two prisoners of war": captured soldiers
			 * are of the other side, another country the sentence names */
			if (country && captured_soldiers(s, g.b))
				country = other_country(s, country);
			/* "the occupation forces bombed ...": in Palestinian, Lebanese and
			 * Syrian copy Israel's army, in Ukrainian copy Russia's, not the
			 * story's own (elsewhere no one's for sure, and never the story
			 * country's own) */
			if (occupation_words(s, g.b, g.e)) {
				static const char *const occupied[][2] = {{"PSE", "ISR"}, {"LBN", "ISR"}, {"SYR", "ISR"}, {"UKR", "RUS"}};
				const char *by = NULL;
				for (size_t q = 0; country && q < sizeof occupied / sizeof occupied[0]; q++)
					if (!short_ncmp(country, occupied[q][0], 3))
						by = occupied[q][1];
				country = by;
			}
			/* "foreign agents", "foreign journalists": of some other country,
			 * not of the one the sentence names */
			if (g.b > 0 && tok_is(&s->t[g.b - 1], "FOREIGN"))
				country = NULL;
			const mention *m = &s->m[k];
			/* ("a spokesman for the police": the body's type) */
			if (s->m[last].agent == 1 && speaks_for_last(s, k, last))
				m = &s->m[last];
			if (s->infer_agents && country && m->agent == 1) {
				char cc[4];
				memcpy(cc, country, 3);
				cc[3] = 0;
				code = join_code(a, cc, m->code);
				if (!code)
					return DYAD_ENOMEM;
				g.agent_only = 0;
				g.inferred = 1;
			}
		}
		/* "the ambassadors of Arnor, Osgiliath and Gondor": the leading agent's
		 * type carries over to the other members of the compound */
		if (best && s->m[k].agent == 1 && k < last && len_upto(best, 4) == 3)
			g.lead_type = s->m[k].code;
		g.code = code;
		g.entry = best_entry;
		g.pronoun = (uint8_t)pron;
		g.agent_first = s->m[k].agent != 0;
		for (uint32_t i = g.b; i < g.e; i++)
			s->group_at[i] = (int32_t)s->ng;
		s->g[s->ng++] = g;
		k = last + 1;
	}
	return 0;
}

/* dyad_syntax__actors' third step, compounds: groups separated only by ",",
 * "and", "or", "as well as" */
static int actor_compounds(sent_ctx *s, dyad_arena *a)
{
	for (size_t k = 0; k < s->ng;) {
		compound c = {(uint32_t)k, 1, s->g[k].b, s->g[k].e};
		size_t last = k;
		int joined = 0; /* a conjunction, not only commas, joins the members */
		while (last + 1 < s->ng && !s->g[last].pronoun && !s->g[last + 1].pronoun &&
		       !s->g[last + 1].agent_only && !s->g[last].agent_only) {
			size_t b = s->g[last].e, e = s->g[last + 1].b;
			int ok = e > b && e - b <= 6;
			int saw_conj = 0;
			for (size_t i = b; ok && i < e; i++) {
				const dtoken *t = &s->t[i];
				/* not across an attribution: "... in northern Iraq, the
				 * defence ministry said" */
				if (s->infer_agents && tok_is(t, ",") && dyad_clause__attribution(s, i))
					ok = 0;
				else if (tok_is(t, ",") || tok_is(t, "AND") || tok_is(t, "OR") || tok_is(t, "NOR") ||
				    tok_is(t, "&")) {
					saw_conj = 1;
					joined |= t->kind != TK_PUNCT || t->norm[0] == '&';
				}
				/* "Pakistan, a key U.S. ally, has refused": an appositive */
				else if (s->infer_agents && (tok_is(t, "A") || tok_is(t, "AN")) && i > b &&
				         tok_is(&s->t[i - 1], ","))
					ok = 0;
				else if (tok_is(t, "THE") || tok_is(t, "AS") || tok_is(t, "WELL") || tok_is(t, "A") ||
				         tok_is(t, "AN"))
					;
				/* "Rajnath Singh and his visiting U.S. counterpart" */
				else if (saw_conj && s->infer_agents && (tok_is(t, "HIS") || tok_is(t, "HER") || tok_is(t, "THEIR")))
					;
				else if (saw_conj && s->infer_agents && tok_is(t, "VISITING"))
					;
				/* the rest of a name the dictionary knows by one word ("Kishida
				 * Fumio and Yoon Suk-yeol") */
				else if (!saw_conj && s->infer_agents && glue_token(s, i) && (t->flags & TF_CAP))
					;
				/* "and the country's last guerrilla group": the country named
				 * before */
				else if (saw_conj && s->infer_agents && (tok_is(t, "COUNTRY") || tok_is(t, "NATION")) &&
				         i + 1 < e && tok_is(&s->t[i + 1], "'S"))
					i++;
				/* "and the evil awful Gondor": adjectives before the next member
				 * ("last", "united": adjectives that are verbs too, outside
				 * TABARI mode) */
				else if (!saw_conj || t->kind != TK_WORD || !(t->pos & 4) ||
				         ((t->pos & 2) && (!s->infer_agents || dyad_words__ends_with(t, "ED") ||
				                           dyad_words__ends_with(t, "ING"))) ||
				         s->is_verb[i])
					ok = 0;
			}
			if (!ok || !saw_conj)
				break;
			last++;
		}
		/* "The Chancellor of the Republic, Felix Plasencia, criticized":
		 * a second member between commas with no conjunction is an
		 * appositive naming the first, not a second party */
		size_t ae = s->g[last].e;
		int appositive = s->infer_agents && last == k + 1 && s->g[k + 1].b == s->g[k].e + 1 &&
		                 tok_is(&s->t[s->g[k].e], ",") && ae + 1 < s->n && tok_is(&s->t[ae], ",") &&
		                 !tok_is(&s->t[ae + 1], "AND") && !tok_is(&s->t[ae + 1], "OR");
		/* "Speaking in Ankara, the Turkish foreign minister urged", "According
		 * to the Syrian Observatory, Syrian government forces shelled": other
		 * actors with only commas between are no list (outside TABARI mode) */
		if (s->infer_agents && !joined && !appositive)
			last = k;
		/* "rallied in Istanbul, and police fired tear gas": two actors
		 * joined by a comma and "and", the second with a verb of its own, are
		 * two clauses (a list of two takes no comma) */
		/* (so are "deployed across Dhaka and authorities banned": a place
		 * after a preposition, "and", and an actor with its own verb) */
		int place_and = s->infer_agents && last == k + 1 && s->g[k + 1].b == s->g[k].e + 1 &&
		                tok_is(&s->t[s->g[k].e], "AND") && s->g[k].b > 0 &&
		                dyad_words__in(&s->t[s->g[k].b - 1], dyad_words__prepositions) && !tok_is(&s->t[s->g[k].b - 1], "OF");
		if (s->infer_agents && last == k + 1 && s->g[last].e < s->n &&
		    ((s->g[k + 1].b == s->g[k].e + 2 && tok_is(&s->t[s->g[k].e], ",") && tok_is(&s->t[s->g[k].e + 1], "AND")) ||
		     place_and)) {
			const dtoken *v = &s->t[s->g[last].e];
			if (v->kind == TK_WORD && (s->is_verb[s->g[last].e] ||
			                           ((v->pos & DYAD_POS_VERB) && dyad_words__ends_with(v, "ED"))))
				last = k;
		}
		c.n = appositive ? 1 : (uint32_t)(last - k + 1);
		c.e = s->g[last].e;
		if (c.n > 1 && s->g[k].lead_type) {
			for (size_t q = k + 1; q <= last; q++) {
				group *g = &s->g[q];
				if (g->code && len_upto(g->code, 4) == 3) {
					char *j = join_code(a, g->code, s->g[k].lead_type);
					if (!j)
						return DYAD_ENOMEM;
					g->code = j;
				}
			}
		}
		/* "Hungarian and Romanian officials": a trailing agent type applies to the
		 * bare country adjectives before it */
		const group *tail = &s->g[last];
		/* (not an organisation's code: "Iran and the IAEA") */
		if (c.n > 1 && tail->code && len_upto(tail->code, 4) > 3 && !tail->agent_first && short_ncmp(tail->code, "IGO", 3) &&
		    short_ncmp(tail->code, "NGO", 3)) {
			const char *type = tail->code + 3;
			for (size_t q = k; q < last; q++) {
				group *g = &s->g[q];
				if (g->code && len_upto(g->code, 4) == 3 && g->e == g->b + 1 &&
				    ((s->t[g->b].norm_len > 3 && s->t[g->b].last == 'N') ||
				     (s->infer_agents && demonym_like(&s->t[g->b])))) {
					char *j = join_code(a, g->code, type);
					if (!j)
						return DYAD_ENOMEM;
					g->code = j;
				}
			}
		}
		for (size_t q = k; q <= last; q++)
			s->g[q].compound = (uint16_t)s->nc;
		/* its members' tokens and the gap tokens between them (the groups
		 * lie in order inside [c.b, c.e)) */
		for (uint32_t i = c.b; i < c.e; i++)
			s->comp_at[i] = (int32_t)s->nc;
		s->c[s->nc++] = c;
		k = last + 1;
	}
	return 0;
}

int dyad_syntax__actors(sent_ctx *s, dyad_arena *a)
{
	const dyad_dict *d = s->d;
	size_t n = s->n;
	/* one allocation for the five arrays (each start 16-byte aligned);
	 * spare slots: up to two default actors per verb (TABARI DEFAULT:
	 * option) and n copies of compound members for pronouns (coref.c) */
#define SPAN16(bytes) (((bytes) + 15) & ~(size_t)15)
	size_t sz_m = SPAN16((n + 1) * sizeof *s->m), sz_g = SPAN16((4 * n + 4) * sizeof *s->g),
	       sz_c = SPAN16((4 * n + 4) * sizeof *s->c), sz_at = SPAN16((n + 1) * sizeof *s->group_at);
#undef SPAN16
	char *mem = dyad_arena_alloc(a, sz_m + sz_g + sz_c + 2 * sz_at);
	if (!mem)
		return DYAD_ENOMEM;
	s->m = (mention *)(void *)mem;
	s->g = (group *)(void *)(mem + sz_m);
	s->c = (compound *)(void *)(mem + sz_m + sz_g);
	s->group_at = (int32_t *)(void *)(mem + sz_m + sz_g + sz_c);
	s->comp_at = (int32_t *)(void *)(mem + sz_m + sz_g + sz_c + sz_at);
	s->nm = s->ng = s->nc = 0;
	/* -1 everywhere: all bits set (the two arrays lie together) */
	memset(s->group_at, 0xFF, 2 * sz_at);

	/* 1. mentions: longest actor or agent phrase at each position */
	for (size_t i = 0; i < n;) {
		/* (the words the memo rules out are passed over: code_sentence's gates) */
		i = sent_next(s, SENT_GATE_MENTION, i, n);
		if (i >= n)
			break;
		const dtoken *t = &s->t[i];
		if (t->kind != TK_WORD || (t->flags & TF_DATELINE)) {
			i++;
			continue;
		}
		uint32_t ea = 0, eg = 0;
		size_t la = dyad_lex__longest(d, &d->actor_ix, dyad_dict__actor_phrase, s->t, i, n, &ea);
		if (s->compat && !s->petr) {
			/* a longer phrase with gaps wins; its mention is its first words */
			gap_match g = {s, i, la ? d->actors[ea].ph.n : 0, 0, 0, 0};
			dyad_lex__candidates(d, &d->actor_ix, t, visit_gapped, &g);
			if (g.found) {
				la = g.head - i;
				ea = g.entry;
			}
		}
		size_t lg = dyad_lex__longest(d, &d->agent_ix, dyad_dict__actor_phrase, s->t, i, n, &eg);
		/* PETRARCH-1 actors and agents are whole words and their plurals:
		 * DIPLOMAT is not "diplomatic", THE_KU not "the Kuwait" */
		if (la && s->petr && !dyad_lex__whole(d, &d->actors[ea].ph, s->t, i))
			la = 0;
		if (lg && s->petr && !dyad_lex__whole(d, &d->actors[eg].ph, s->t, i))
			lg = 0;
		/* "Jakarta forced the agency out": an agent read through the verb
		 * lemma of a past form that is a verb candidate is the verb */
		if (lg && !s->compat && s->is_verb[i + lg - 1] && dyad_words__ends_with(&s->t[i + lg - 1], "ED") &&
		    s->t[i + lg - 1].nlemma == s->t[i + lg - 1].norm)
			lg = 0;
		/* "thousands of Russian troops": a crowd word that is a partitive
		 * is a mention only on its own, as a subject ("thousands protested",
		 * not "the war has killed thousands") */
		if (lg && !s->compat && lg == 1 && dyad_words__in_lemma_n(&s->t[i], crowd_words) &&
		    (i + lg >= n || !(s->is_verb[i + lg] || dyad_words__in(&s->t[i + lg], dyad_words__be_forms) ||
		                      dyad_words__in(&s->t[i + lg], dyad_words__modals))))
			lg = 0;
		/* "told us", "an au pair": short acronym entries need a capital */
		if (la == 1 && !s->allcaps && !(t->flags & TF_CAP) && t->norm_len <= 3 && ea < d->n_actors &&
		    d->actors[ea].ph.n == 1)
			la = 0;
		/* a null-coded actor blocks shorter matches, not an agent as long
		 * ("ethnic Albanian" [---], "ethnic Albanians" ~CVL) */
		if (la && la == lg && !s->compat && !dyad_syntax__actor_code(d, ea, s->date))
			la = 0;
		/* "pro-EU demonstrators", "anti-Israel protesters", "anti-government
		 * rallies": what the people are for or against is no actor */
		if ((la || lg) && s->infer_agents && hyphen_joined(s, i) &&
		    (tok_is(&s->t[i - 1], "PRO") || tok_is(&s->t[i - 1], "ANTI"))) {
			i += la > lg ? la : lg;
			continue;
		}
		/* "the British-drafted text", "US-backed forces": who drafted or
		 * backed it is not the noun */
		if ((la || lg) && s->infer_agents && s->text && made_by(s, i + (la > lg ? la : lg))) {
			i += la > lg ? la : lg;
			continue;
		}
		/* no phrase here: only a listed word (a possessor, a pronoun) or a
		 * capitalized name met before can still be a mention */
		if (!la && !lg && !t->listed && !(s->n_names && (t->flags & TF_CAP))) {
			i++;
			continue;
		}
		mention m;
		memset(&m, 0, sizeof m);
		if (la && la >= lg) {
			m.b = (uint32_t)i;
			m.e = (uint32_t)(i + la);
			m.entry = ea;
			m.code = dyad_syntax__actor_code(d, ea, s->date);
			m.agent = 0;
			/* null-coded actor ("[---]", and "###" outside TABARI mode): blocks
			 * shorter matches */
			if (!m.code || ((!s->compat || s->petr) && m.code[0] == '#' && same_str(m.code, "###"))) {
				i += la;
				continue;
			}
			/* "Sohag Hossain", "Jordan Bardella": a place's name before a
			 * capitalised word no dictionary knows (not WordNet's, no actor,
			 * role word or verb) is part of a person's name ("Sagaing
			 * Region" stays a place) */
			if (s->infer_agents && !s->allcaps && len_upto(m.code, 4) == 3 && i + la < n) {
				const dtoken *nx = &s->t[i + la];
				uint32_t e2;
				/* (not an adjective, "Canadian Sikh groups", nor a title-case
				 * headline, "Russia Attacks Ukraine") */
				const dtoken *after = i + la + 1 < n ? &s->t[i + la + 1] : NULL;
				if (nx->kind == TK_WORD && (nx->flags & TF_CAP) && !(nx->flags & TF_DATELINE) && !nx->listed && !nx->pos &&
				    !s->is_verb[i + la] && !(s->t[i + la - 1].pos & DYAD_POS_ADJ) &&
				    !(s->t[i + la - 1].flags & TF_ALLCAPS) && /* ("US Predator attacks") */
				    !(after && after->kind == TK_WORD && (after->flags & TF_CAP)) &&
				    !dyad_lex__longest(d, &d->actor_ix, dyad_dict__actor_phrase, s->t, i + la, n, &e2) &&
				    !dyad_lex__longest(d, &d->agent_ix, dyad_dict__actor_phrase, s->t, i + la, n, &e2)) {
					i += la;
					continue;
				}
			}
		} else if (lg == 1 && s->infer_agents && !(t->pos & DYAD_POS_NOUN) &&
		           (dyad_words__ends_with(t, "ED") || dyad_words__ends_with(t, "ING")) &&
		           ((i > 0 && dyad_words__in(&s->t[i - 1], dyad_words__be_forms)) ||
		            (i + 1 < n && (tok_is(&s->t[i + 1], "TO") || tok_is(&s->t[i + 1], "BY"))))) {
			/* "were forced to": a verb form is no agent (FORCE_ matched
			 * through the verb's lemma) */
			i += lg;
			continue;
		} else if (lg && !la && s->infer_agents && traded_goods(s, i)) {
			i += lg;
			continue;
		} else if (lg == 1 && s->infer_agents && tok_is(t, "FORCE") && i > 0 &&
		           (dyad_words__lemma_is(&s->t[i - 1], "USE") || tok_is(&s->t[i - 1], "BY") ||
		            tok_is(&s->t[i - 1], "EXCESSIVE") || tok_is(&s->t[i - 1], "LETHAL") ||
		            tok_is(&s->t[i - 1], "DEADLY") || tok_is(&s->t[i - 1], "OF"))) {
			/* "used force", "by force", "excessive force", "the use of
			 * force": violence, not an armed force */
			i += lg;
			continue;
		} else if (lg && s->infer_agents && agent_modifier(s, i + lg - 1, i + lg)) {
			/* "military uniforms", "an official statement": a modifier */
			i += lg;
			continue;
		} else if (lg && !la && s->infer_agents && i > 0 &&
		           dyad_words__in(&s->t[i + lg - 1], dyad_words__proxies) && !tok_is(&s->t[i + lg - 1], "OFFICE") &&
		           (tok_is(&s->t[i - 1], "'S") || tok_is(&s->t[i - 1], "HIS") || tok_is(&s->t[i - 1], "HER") ||
		            tok_is(&s->t[i - 1], "THEIR"))) {
			/* "Yoon's lawyers", "his defence lawyer": they speak for their
			 * client (the clause's proxy rule), not for the courts */
			i += lg;
			continue;
		} else if (lg) {
			m.b = (uint32_t)i;
			m.e = (uint32_t)(i + lg);
			m.entry = eg;
			m.code = dyad_syntax__actor_code(d, eg, s->date);
			m.agent = (uint8_t)d->actors[eg].is_agent;
			if (!m.code || ((!s->compat || s->petr) && m.code[0] == '#' && same_str(m.code, "###"))) {
				i += lg;
				continue;
			}
		} else if (s->infer_agents && i + 1 < n && dyad_words__in(t, dyad_words__possessors) &&
		           dyad_words__in(&s->t[i + 1], dyad_words__homeland) && (m.code = possessor_country(s, a))) {
			/* "his country and Vietnam agreed": the country of the actor before */
			m.b = (uint32_t)i;
			m.e = (uint32_t)(i + 2);
			m.entry = UINT32_MAX;
		} else if (s->n_names && (t->flags & TF_CAP) && !s->is_verb[i] && known_name(s, t, &m)) {
			/* "Thein expressed gratitude": the person named earlier */
			m.b = (uint32_t)i;
			m.e = (uint32_t)(i + 1);
		} else if (dyad_words__in(t, s->compat ? dyad_words__tabari_pronouns : dyad_words__pronouns) &&
		           !s->is_verb[i] && !s->petr &&
		           /* ("HE Sheikh Mohammed": His Excellency, as Gulf agencies write it) */
		           !(s->infer_agents && (t->flags & TF_ALLCAPS) && !s->allcaps && t->norm_len == 2 && i + 1 < n &&
		             (s->t[i + 1].flags & TF_CAP))) {
			/* (PETRARCH-1 resolves no pronouns: "he" is no actor there) */
			m.b = (uint32_t)i;
			m.e = (uint32_t)(i + 1);
			m.entry = UINT32_MAX;
			m.code = "";
			m.pronoun = 1;
		} else {
			i++;
			continue;
		}
		/* "the Republic of Mauritania", "the Sultanate of Oman": a state's
		 * style before its name is part of the name (outside TABARI mode) */
		if (s->infer_agents && !m.agent && !m.pronoun && m.code && len_upto(m.code, 4) == 3)
			m.b = (uint32_t)state_style_before(s, m.b, s->nm ? s->m[s->nm - 1].e : 0);
		s->m[s->nm++] = m;
		i = m.e;
	}

	/* 2. groups, 3. compounds */
	int rc = actor_groups(s, a);
	return rc ? rc : actor_compounds(s, a);
}
