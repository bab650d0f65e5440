/* lib/syntax.h — the per-sentence working state shared by the coder stages:
 * actor/agent mentions, noun-phrase groups, compounds and verb candidates. */
#ifndef DYAD_LIB_SYNTAX_H
#define DYAD_LIB_SYNTAX_H

#include "lib/dict_internal.h"
#include "lib/token.h"
#include <string.h>

typedef struct mention {
	uint32_t b, e;      /* token range */
	uint32_t entry;     /* actor/agent entry */
	const char *code;   /* resolved code for the document date ("" = none) */
	uint8_t agent;      /* 0 actor, 1 suffix agent (~GOV), 2 prefix agent (GOV~) */
	uint8_t pronoun;
} mention;

typedef struct group {
	uint32_t b, e;        /* token range of the noun phrase */
	const char *code;     /* actor code, NULL when unresolved */
	uint32_t entry;       /* main actor entry (for --explain), UINT32_MAX none */
	uint8_t pronoun;
	uint8_t agent_only;
	uint8_t inferred;     /* country taken from the story context */
	uint8_t domestic;     /* the source's own country as the target of a domestic protest or ban */
	uint8_t agent_first;  /* the phrase starts with its agent ("the government of X") */
	uint16_t compound;    /* index of the compound this group belongs to */
	const char *lead_type; /* agent type of a leading "officials of/in X" */
} group;

typedef struct compound {
	uint32_t first, n;    /* groups */
	uint32_t b, e;        /* token range */
} compound;

/* a person's last name and the code of the phrase that named them */
typedef struct dyad_name {
	const char *name; /* normalized token (points into the document arena) */
	const char *code;
	uint32_t entry;
} dyad_name;

typedef struct verb_cand {
	uint32_t b, e;        /* token range of the verb phrase */
	uint32_t verb;        /* dverb index */
	int32_t source;       /* compound index or -1 */
	int32_t target;
	uint8_t coded;
	uint8_t emitted;      /* produced at least one event */
} verb_cand;

/* sentence-level scratch, reused across sentences (arena-backed per document) */
typedef struct sent_ctx {
	const dyad_dict *d;
	const dtoken *t;     /* sentence tokens, t[0..n) */
	const char *text;    /* the document text the token spans point into */
	size_t n;
	int32_t date;
	int allcaps;
	/* what the words of the whole sentence hold, for the rule passes that
	 * look for a few words only (coder.c): a clear bit means none is there */
	uint32_t lists;     /* OR of the words' closed-class lists (dtoken_memo.lists) */
	uint8_t cues;       /* OR of the words' cue bits (coder.c, sent_has_cue) */
	uint8_t years;      /* a four-digit number is there ("in 1979") */
	uint32_t quotes;    /* quotation marks */
	mention *m;
	size_t nm;
	group *g;
	size_t ng;
	compound *c;
	size_t nc;
	int32_t *group_at;    /* token -> group index or -1 */
	int32_t *comp_at;     /* token -> compound index or -1 */
	uint8_t *is_verb;     /* token is a verb candidate */
	uint32_t *clause_end;  /* token -> end of its clause outside TABARI mode (lazy, NULL until used), */
	uint32_t clause_lo;    /* ... filled for tokens clause_lo..n (dyad_clause__end_slow) */
	/* four bits a token (16 tokens a word): bit 4i + SENT_GATE_VERB, token i
	 * may begin a verb phrase; 4i + SENT_GATE_MENTION, an actor or agent
	 * mention; 4i + SENT_GATE_DISCARD, a discard phrase; 4i +
	 * SENT_GATE_ISSUE, an issue phrase. A clear bit is a word the memo rules
	 * out, found in the pass that fills the summary above, so the loops over
	 * verbs, mentions, discards and issues visit only the others (coder.c,
	 * token_gates) */
	uint64_t *gates;
	/* Bloom filter of every surface form, lemma and surface prefix in the
	 * sentence: a pattern with a literal word absent here cannot match. */
	uint64_t bloom[64];
	/* the patterns of block cand_block worth trying in this sentence (bit per
	 * block position; see match_block in coder.c), NULL none yet */
	uint64_t *cand;
	uint32_t cand_block;
	/* country the story is about so far (dateline, earlier actors): gives a
	 * country to a bare agent ("police", "the army"); NULL = do not infer */
	const char *ctx_country;
	/* names met earlier in the document after a title ("Chief Minister U Soe
	 * Thein"): a later "Thein" is that actor (outside TABARI mode) */
	const struct dyad_name *names;
	size_t n_names;
	int infer_agents;
	int open_target;      /* a pattern's closing "+" may find no actor (second try) */
	int compat;         /* TABARI compatibility mode */
	int petr;           /* ... as PETRARCH-1 differs from TABARI (implies compat) */
	int convert_agents; /* TABARI: a bare agent is an actor coded "~TYPE" */
	/* per synset: match length at each token, all found at the first use
	 * (syn_at NULL = not yet); a synset that matches nowhere has a NULL row */
	uint8_t **syn_at;
	uint8_t *syn_any;
	/* before that pass, synsets 0..63 that the filter was asked about
	 * (syn_asked) and could be here by it (syn_maybe; see syn_need) */
	uint64_t syn_asked, syn_maybe;
	dyad_arena *arena;
} sent_ctx;

/* a token's hashes go in by its memo's precomputed bits (dtoken_memo.bloom) */
static inline void sent_bloom_add_token(sent_ctx *s, const dtoken *t)
{
	const dtoken_memo *m = dyad_token__memo(t);
	for (uint16_t k = 0; k < m->n_bloom; k++)
		s->bloom[m->bloom[k] >> 6] |= (uint64_t)1 << (m->bloom[k] & 63);
}
static inline int sent_bloom_has(const sent_ctx *s, uint32_t h)
{
	uint16_t a = DYAD_BLOOM_POS1(h), b = DYAD_BLOOM_POS2(h);
	return (s->bloom[a >> 6] >> (a & 63) & 1) && (s->bloom[b >> 6] >> (b & 63) & 1);
}

enum { SENT_GATE_VERB, SENT_GATE_MENTION, SENT_GATE_DISCARD, SENT_GATE_ISSUE };
/* the first token at or after i whose gate (SENT_GATE_...) is open in
 * s->gates (the bits past the sentence's n tokens are clear); n when none */
static inline size_t sent_next(const sent_ctx *s, unsigned gate, size_t i, size_t n)
{
	while (i < n) {
		uint64_t w = s->gates[i >> 4] >> (4 * (i & 15) + gate) & 0x1111111111111111ull;
		if (w)
			return i + (size_t)__builtin_ctzll(w) / 4;
		i = (i | 15) + 1;
	}
	return n;
}

/* Find actor, agent and pronoun mentions; group them into noun phrases and
 * compounds. Uses arena a for arrays. */
int dyad_syntax__actors(sent_ctx *s, dyad_arena *a);
/* is the actor type at type (its first three letters) one of irregular
 * armed men: rebels, insurgents, gunmen (UAF), criminal gangs? */
static inline int dyad_syntax__irregular_type(const char *type)
{
	return !strncmp(type, "REB", 3) || !strncmp(type, "INS", 3) || !strncmp(type, "UAF", 3) ||
	       !strncmp(type, "CRM", 3);
}
/* Resolve an actor entry's code for a date (YYYYMMDD); NULL when none applies. */
const char *dyad_syntax__actor_code(const dyad_dict *d, uint32_t entry, int32_t date);
/* the compound that starts at token k, after any determiners ("the", "its"...);
 * -1 none */
int32_t dyad_syntax__compound_at(const sent_ctx *s, size_t k);
/* does the phrase starting at token b follow a preposition (determiners
 * before it, down to token lo, passed over)? "with the Chinese side" */
int dyad_syntax__after_preposition(const sent_ctx *s, size_t b, size_t lo);

/* Do the words at i (up to three, going forward or backward) name a weapon
 * ("drones", "a fighter jet", "ballistic missile")? */
int dyad_syntax__weapon_at(const sent_ctx *s, size_t i, int backward);

#endif
