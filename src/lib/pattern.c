/* lib/pattern.c — verb patterns against a sentence: literal words (stems,
 * lemmas), synsets (all found in one pass per sentence), the $ + % ^ actor
 * slots, words before the verb matched backwards and after it forwards, "_"
 * adjacency. Longest-first order is the caller's (the block order). */
#include "lib/pattern.h"

#include <string.h>

#include "lib/clause.h"
#include "lib/lexicon.h"
#include "lib/words.h"

/* first compound starting at or after token i, before limit; -1 none */
int32_t dyad_pattern__compound_from(const sent_ctx *s, size_t i, size_t limit)
{
	for (size_t k = i; k < limit; k++)
		if (s->comp_at[k] >= 0 && !s->g[s->c[s->comp_at[k]].first].pronoun &&
		    !s->g[s->c[s->comp_at[k]].first].agent_only) {
			/* outside TABARI mode not the rest of an actor whose first words
			 * the pattern's literal took: "withdraw its PEACEKEEPing force" */
			if (s->infer_agents && s->c[s->comp_at[k]].b < i) {
				k = s->c[s->comp_at[k]].e - 1;
				continue;
			}
			return s->comp_at[k];
		}
	return -1;
}

static int32_t compound_before(const sent_ctx *s, size_t i)
{
	for (size_t k = i; k-- > 0;)
		if (s->comp_at[k] >= 0)
			return s->comp_at[k];
	return -1;
}

/* one member match of dyad_lex__synsets: keep the longest at each token */
static void synset_hit(uint32_t k, size_t i, size_t len, void *payload)
{
	sent_ctx *s = payload;
	uint8_t *at = s->syn_at[k];
	if (!at) {
		at = dyad_arena_calloc(s->arena, s->n + 1, 1);
		if (!at)
			return; /* as before: a synset without memory matches nowhere */
		s->syn_at[k] = at;
	}
	if (len > at[i])
		at[i] = (uint8_t)(len > 255 ? 255 : len);
	s->syn_any[k] = 1;
}

/* a synset member read the TABARI way, with gaps between words not joined by
 * "_" ("AUSTRIAN FLORIN" in "austrian gold florin"): recorded when it
 * matches with a gap; consecutive matches are dyad_lex__synsets' */
typedef struct gap_ctx {
	sent_ctx *s;
	size_t i;
} gap_ctx;

static void gapped_member(sent_ctx *s, uint32_t m, size_t i)
{
	const dyad_dict *d = s->d;
	const dphrase *ph = &d->synset_members[m];
	size_t head, end;
	if (ph->n < 2 || d->member_synset[m] == UINT32_MAX)
		return;
	end = dyad_lex__gapped(d, &d->words[ph->first], ph->n, s->t, i, s->n, &head);
	if (end && head < end)
		synset_hit(d->member_synset[m], i, end - i, s);
}

static int visit_member(uint32_t e, void *payload)
{
	gap_ctx *g = payload;
	gapped_member(g->s, e, g->i);
	return 0;
}

static void gapped_synsets(sent_ctx *s)
{
	const dyad_dict *d = s->d;
	for (size_t i = 0; i < s->n; i++) {
		gap_ctx g = {s, i};
		if (s->t[i].kind == TK_WORD)
			dyad_lex__candidates(d, &d->synset_ix, &s->t[i], visit_member, &g);
		for (uint32_t u = 0; u < d->n_unindexed; u++)
			gapped_member(s, d->unindexed[u], i);
	}
}

/* Where does synset k match in this sentence? Every synset is found in one
 * pass over the sentence the first time one is asked for (here); later
 * questions are answered inline by synset_matches. */
static const uint8_t *synset_pass(sent_ctx *s, uint32_t k)
{
	s->syn_at = dyad_arena_calloc(s->arena, s->d->n_synsets + 1, sizeof *s->syn_at);
	s->syn_any = dyad_arena_calloc(s->arena, s->d->n_synsets + 1, 1);
	if (!s->syn_at || !s->syn_any) {
		s->syn_at = NULL;
		return NULL;
	}
	dyad_lex__synsets(s->d, s->t, s->n, synset_hit, s);
	if (s->compat && !s->petr)
		gapped_synsets(s);
	return s->syn_at[k];
}

static inline const uint8_t *synset_matches(sent_ctx *s, uint32_t k)
{
	return s->syn_at ? s->syn_at[k] : synset_pass(s, k);
}

/* tokens matched by pattern element w at token i (0 = none) */
static size_t element_at(sent_ctx *s, const dword *w, size_t i)
{
	if (i >= s->n)
		return 0;
	if (w->flags & W_SYNSET) {
		const uint8_t *at = synset_matches(s, w->str);
		return at ? at[i] : 0;
	}
	/* PETRARCH-1 pattern words are matched as written: EFFORT is not
	 * "efforts", RESOLUTION not "resolutions" */
	if (s->petr) {
		const dtoken *t = &s->t[i];
		return t->norm_len == w->len && !memcmp(t->norm, s->d->strings + w->str, w->len);
	}
	/* TABARI reads a pattern's words by their letters: "RESOLUTION_" is that
	 * word only, not "resolutions" (no lemmas, no endings; manual 5.2) */
	if (s->compat && !s->petr && (w->flags & W_EXACT))
		return s->t[i].norm_len == w->len && !memcmp(s->t[i].norm, s->d->strings + w->str, w->len);
	return dyad_lex__word_possible(w, &s->t[i]) && dyad_lex__word(s->d, w, &s->t[i]) ? 1 : 0;
}

/* Does literal word w match the token at i only through the verb lemma of a
 * past-tense form? A word before the verb names the thing that acted ("a
 * bomb killed"); "the junta bombed a village, killing 20" is another verb's
 * deed, not a bombing that killed. */
static int past_tense_by_lemma(const sent_ctx *s, const dword *w, size_t i)
{
	const dtoken *t = &s->t[i];
	if (t->vlemma == t->norm || t->norm_len < 3 || t->last != 'D' || memcmp(t->norm + t->norm_len - 2, "ED", 2))
		return 0;
	return !(t->norm_len == w->len && !memcmp(t->norm, s->d->strings + w->str, w->len));
}

/* Does element_at test w as dyad_lex__word does (no synset, no matching
 * as written)? The choice depends on the word and the mode only: made once
 * for a scan over the sentence, a plain word is then ruled out by its
 * hashes inline at most tokens. */
static inline int plain_word(const sent_ctx *s, const dword *w)
{
	return !(w->flags & W_SYNSET) && !s->petr && !(s->compat && (w->flags & W_EXACT));
}

/* element_at(s, w, i) for i < s->n, plain = plain_word(s, w) */
static inline size_t element_scan(sent_ctx *s, const dword *w, int plain, size_t i)
{
	if (plain)
		return dyad_lex__word_possible(w, &s->t[i]) && dyad_lex__word(s->d, w, &s->t[i]);
	return element_at(s, w, i);
}

/* Can synset k match in the sentence, by the filter? (see syn_need) */
static int synset_maybe_slow(const sent_ctx *s, uint32_t k)
{
	const struct dsyn_need *sn = &s->d->syn_need[k];
	if (sn->n == SYN_NEED_ANY)
		return 1;
	const uint32_t *b = s->d->syn_bits + sn->first;
	for (uint32_t j = 0; j < sn->n; j++) {
		uint32_t x = b[j] & 0xffff, y = b[j] >> 16;
		if ((s->bloom[x >> 6] >> (x & 63) & 1) && (s->bloom[y >> 6] >> (y & 63) & 1))
			return 1;
	}
	return 0;
}

static inline int synset_maybe(sent_ctx *s, uint32_t k)
{
	if (k >= 64)
		return synset_maybe_slow(s, k);
	uint64_t bit = (uint64_t)1 << k;
	if (!(s->syn_asked & bit)) {
		s->syn_asked |= bit;
		if (synset_maybe_slow(s, k))
			s->syn_maybe |= bit;
	}
	return (s->syn_maybe & bit) != 0;
}

/* every literal word and synset of the pattern occurs somewhere in the
 * sentence? Its first two literal words' filter bits (anchor_need) and its
 * anchor's are known present; the synset pass runs only when the filter
 * leaves every word and synset of the pattern possible. */
int dyad_pattern__possible(sent_ctx *s, const dpat_test *pt)
{
	const uint32_t *r = s->d->pat_rest + pt->rest;
	for (uint16_t j = 0; j < pt->n_lit; j++) {
		uint32_t x = r[j] & 0xffff, y = r[j] >> 16;
		if (!(s->bloom[x >> 6] >> (x & 63) & 1) || !(s->bloom[y >> 6] >> (y & 63) & 1))
			return 0;
	}
	r += pt->n_lit;
	if (!s->syn_at) {
		if (!pt->n_syn)
			return 1;
		for (uint16_t j = 0; j < pt->n_syn; j++)
			if (!synset_maybe(s, r[j]))
				return 0;
	}
	for (uint16_t j = 0; j < pt->n_syn; j++)
		if (!synset_matches(s, r[j]) || !s->syn_any[r[j]])
			return 0;
	return 1;
}

/* fill the actor slot x ($ source, + target, % both) with compound ci; in
 * TABARI's reading "%" needs a compound of two or more (manual 5.7.3), in
 * PETRARCH's it is a slot like the others; after is the side of the verb */
static int compound_slot(const sent_ctx *s, const dword *x, int32_t ci, pmatch *m, int after)
{
	if ((x->flags & W_COMPOUND) && !(s->compat && !s->petr)) {
		if (after)
			m->target = ci;
		else
			m->source = ci;
	} else if (x->flags & W_COMPOUND) {
		if (s->c[ci].n < 2)
			return 0;
		m->source = m->target = ci;
	} else if (x->flags & W_SOURCE) {
		m->source = ci;
	} else {
		m->target = ci;
	}
	return 1;
}

/* is literal pattern word w a preposition ("TO", "IN", "WITH")? */
static int is_preposition(const dyad_dict *d, const dword *w)
{
	char lit[8];
	if (w->len >= sizeof lit)
		return 0;
	memcpy(lit, d->strings + w->str, w->len);
	lit[w->len] = 0;
	for (int i = 0; dyad_words__prepositions[i]; i++)
		if (!strcmp(lit, dyad_words__prepositions[i]))
			return 1;
	return 0;
}

/* is there a negation in tokens [b, e) not followed by "and", "but" or a
 * comma before e? */
static int negation_between(const sent_ctx *s, size_t b, size_t e)
{
	int negated = 0;
	for (size_t k = b; k < e; k++) {
		const dtoken *t = &s->t[k];
		if (t->norm[0] == 'N' && t->kind == TK_WORD && dyad_words__in(t, dyad_words__negators))
			negated = 1;
		else if (negated && (tok_is(t, "AND") || tok_is(t, "BUT") || tok_is(t, ",")))
			negated = 0;
	}
	return negated;
}

/* the start of the time words right before the verb at vb ("on Tuesday",
 * "late on Friday", "yesterday"), or vb */
static size_t before_time(const sent_ctx *s, size_t vb)
{
	size_t b = vb;
	while (b > 0 && s->t[b - 1].kind == TK_WORD) {
		const dtoken *t = &s->t[b - 1];
		if (dyad_words__in(t, dyad_words__weekdays) && b > 1 && tok_is(&s->t[b - 2], "ON")) {
			b -= 2;
			if (b > 0 && tok_is(&s->t[b - 1], "LATE"))
				b--;
		} else if (dyad_words__in(t, dyad_words__time_words) || tok_is(t, "EARLIER") || tok_is(t, "ALSO"))
			b--;
		else
			break;
	}
	return b;
}

int dyad_pattern__match(sent_ctx *s, const dpat_test *p, size_t vb, size_t ve, pmatch *m)
{
	const dyad_dict *d = s->d;
	const dword *w = &d->words[p->first];
	size_t n = s->n;
	m->target = m->source = -1;
	m->lo = (uint32_t)vb;
	m->hi = (uint32_t)ve;
	m->lit_b = m->lit_e = (uint32_t)ve;
	/* right of the verb */
	size_t pos = ve;
	for (size_t k = p->verb_at + 1; k < p->n; k++) {
		const dword *x = &w[k];
		int adj = (x->flags & W_ADJ) != 0;
		if (x->flags & (W_TARGET | W_SOURCE | W_COMPOUND)) {
			/* outside TABARI mode an open slot stays in the verb's clause:
			 * not "... to lodge a protest, the ministry said" */
			size_t limit = s->infer_agents ? dyad_clause__end(s, pos) : n;
			int32_t ci = -1;
			if (adj) {
				ci = pos < n ? s->comp_at[pos] : -1;
				if (ci >= 0 && s->c[ci].b != pos)
					ci = -1;
			} else {
				ci = dyad_pattern__compound_from(s, pos, limit);
			}
			/* on the coder's second try (outside TABARI mode, when no pattern
			 * matched) a closing open "+" may find no one in the clause: the
			 * wording still says what happened ("are hoping to improve
			 * relations between the countries"); the coder then looks for
			 * the target as for a plain verb */
			if (ci < 0 && s->open_target && !adj && (x->flags & W_TARGET) && k + 1 == p->n)
				continue;
			if (ci < 0 || !compound_slot(s, x, ci, m, 1))
				return 0;
			pos = s->c[ci].e;
			continue;
		}
		if (x->flags & W_SKIP) {
			/* "^" passes over the next actor, a compound as a whole (TABARI
			 * manual 5.7.3); PETRARCH's over the next word or phrase */
			if (s->compat && !s->petr) {
				int32_t ci = dyad_pattern__compound_from(s, pos, n);
				if (ci < 0)
					return 0;
				pos = s->c[ci].e;
			} else {
				if (pos >= n)
					return 0;
				pos = s->comp_at[pos] >= 0 ? s->c[s->comp_at[pos]].e : pos + 1;
			}
			continue;
		}
		if (x->flags & W_VERB)
			continue;
		size_t found = 0, at = pos;
		/* literal words too stay in the verb's clause outside TABARI mode */
		size_t lim = s->infer_agents ? dyad_clause__end(s, pos) + 1 : n;
		if (lim > n)
			lim = n;
		/* outside TABARI mode a preposition that opens the pattern right
		 * after the verb and leads to its target ("* TO_ +") is not looked
		 * for past a party the verb already reaches: "landed in Colombia ...
		 * to plead for peace in ... Venezuela" */
		int lead_prep = s->infer_agents && k == (size_t)p->verb_at + 1 && !(x->flags & W_SYNSET) &&
		                k + 1 < p->n && (w[k + 1].flags & W_TARGET) && x->len <= 4 ? -1 : 0;
		const int plain = plain_word(s, x);
		for (; at < lim; at++) {
			found = element_scan(s, x, plain, at);
			if (found || adj)
				break;
			if (s->t[at].kind == TK_PUNCT && (s->t[at].norm[0] == ';'))
				break;
			if (lead_prep && s->comp_at[at] >= 0 && !s->g[s->c[s->comp_at[at]].first].agent_only) {
				/* asked only here, at a party passed over: most patterns meet none */
				if (lead_prep < 0)
					lead_prep = is_preposition(s->d, x);
				if (lead_prep)
					break;
			}
		}
		/* outside TABARI mode a pattern does not read past a negation it
		 * does not name, in the same conjunct: "said it would not support
		 * the sanctions" is no "* WOULD_ SUPPORT_ +" (but "did not cover
		 * Israel and would continue its attacks" reads on) */
		if (!found || (s->infer_agents && at > pos && negation_between(s, pos, at)))
			return 0;
		if (m->lit_b == m->lit_e)
			m->lit_b = (uint32_t)at;
		pos = at + found;
		m->lit_e = (uint32_t)pos;
	}
	m->hi = (uint32_t)pos;
	/* left of the verb, matched backwards (outside TABARI mode past a time
	 * before the verb: "A federal judge on Tuesday blocked", "police
	 * yesterday arrested"; not past an adverb, which patterns name:
	 * "STRONGLY_*") */
	size_t end = s->infer_agents && p->verb_at > 0 ? before_time(s, vb) : vb; /* exclusive */
	int next_adj = (w[p->verb_at].flags & W_ADJ) != 0;
	for (size_t k = p->verb_at; k-- > 0;) {
		const dword *x = &w[k];
		if (x->flags & (W_TARGET | W_SOURCE | W_COMPOUND)) {
			int32_t ci = end > 0 ? compound_before(s, end) : -1;
			if (ci < 0 || (next_adj && s->c[ci].e != end) || !compound_slot(s, x, ci, m, 0))
				return 0;
			end = s->c[ci].b;
			next_adj = (x->flags & W_ADJ) != 0;
			continue;
		}
		if (x->flags & W_SKIP) {
			if (s->compat && !s->petr) {
				int32_t ci = end > 0 ? compound_before(s, end) : -1;
				if (ci < 0)
					return 0;
				end = s->c[ci].b;
			} else {
				if (end == 0)
					return 0;
				end = s->comp_at[end - 1] >= 0 ? s->c[s->comp_at[end - 1]].b : end - 1;
			}
			next_adj = (x->flags & W_ADJ) != 0;
			continue;
		}
		size_t at = end, found = 0;
		while (at > 0) {
			at--;
			/* element must end exactly at 'end' when adjacent */
			size_t c = element_at(s, x, at);
			if (c && s->infer_agents && !(x->flags & W_SYNSET) && past_tense_by_lemma(s, x, at))
				c = 0;
			if (c && (!next_adj || at + c == end) && at + c <= end) {
				found = c;
				break;
			}
			/* adjacent: the element must end at 'end'; a synset member of
			 * several words ("REALLY DID NOT") starts further back */
			if (next_adj && (at + 8 < end || !(x->flags & W_SYNSET)) && at + 1 < end)
				break;
		}
		if (!found)
			return 0;
		end = at;
		next_adj = (x->flags & W_ADJ) != 0;
	}
	m->lo = (uint32_t)end;
	return 1;
}
