/* lib/coder.c — the coder: per document, tokenize, split sentences, then per
 * sentence find actors (syntax.c) and verbs, try each verb's patterns
 * (pattern.c), find its source and target and whether it happened (clause.c),
 * and assemble CAMEO events: compounds, paired and subordinate codes,
 * self-events, issues. Owns the document arena; shares the immutable
 * dictionary. */
#include <dyad/cameo.h>
#include <dyad/coder.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lib/clause.h"
#include "lib/complement.h"
#include "lib/comma.h"
#include "lib/complex.h"
#include "lib/coref.h"
#include "lib/lemma.h"
#include "lib/lexicon.h"
#include "lib/pattern.h"
#include "lib/syntax.h"
#include "lib/words.h"
#include "util/hash.h"
#include "util/str.h"

#define DEFAULT_MAX_EVENTS 100000
#define MAX_SENTENCE_TOKENS 400
#define MAX_DOC_TOKENS ((size_t)1 << 21) /* ~10 MB of text; bounds memory per document */

struct dyad_coder {
	const dyad_dict *d;
	dyad_coder_options opt;
	dyad_arena arena;
	dyad_token_cache *tcache; /* memo of recent words' lemmas and dictionary keys */
	dyad_event *ev;
	uint8_t *evf; /* EV_SUBORDINATE / EV_DOMINANT per event */
	size_t n_ev, cap_ev;
	size_t warnings;
	char warning[256];
	/* cross-sentence memory for pronouns and bare agents */
	const char *last_subject;
	char doc_country[4];
	int dateline_country; /* doc_country came from the dateline, no lede yet */
	int doc_named;        /* doc_country was named in the text, not only the dateline */
	char kingdom_of[3];   /* the doc_country last asked whether a kingdom ... */
	uint8_t kingdom;      /* ... and the answer (monarchy()) */
	uint32_t last_subject_entry;
	/* the last pair of parties an event linked: "the two leaders" */
	const char *last_pair[2];
	int last_pair_meeting; /* ... and they met or talked (04x): "They signed" */
	/* two targets one source acted on in the last sentence with events:
	 * "urged Ethiopia and Eritrea ... mediate between the two neighbours" */
	const char *last_targets[2];
	/* the last armed group or organisation an event named: "the group",
	 * "the organisation" */
	const char *last_group;
	/* who did "the launch" or "the strikes" a later sentence condemns: the
	 * source of the last event that is a deed, not words (with or without a
	 * recipient), else the target of the last criticism ("Japan also
	 * criticized the launches") */
	const char *last_doer;
	/* the source of the story's last event of each root code (1-20): who
	 * imposed "the sanctions" or launched "the strikes" a sentence condemns */
	const char *last_by_root[21];
	uint32_t last_root_ev[21]; /* ... and the index in ev of that event */
	const char *last_criticized;
	/* last names of people named after a title earlier in the document */
	dyad_name names[64];
	size_t n_names;
	int story_discard; /* a story-level discard phrase was seen: no events */
	/* the hashes of each cue's lemmas (see sent_has_cue), and bit h & 1023
	 * of each */
	uint32_t cue_hash[5][6]; /* [N_CUES]: the cues below */
	uint64_t cue_filter[16];
	/* per <TIME> phrase, the sentence filter bits (DYAD_BLOOM_POS1 and POS2,
	 * as words of the filter and masks) of its first word and of one more
	 * literal word whose bits the filter keeps (time_test_of), or, when the
	 * filter cannot rule the phrase out, always = all ones: the
	 * dictionary's records, read once */
	struct time_test {
		uint64_t m[4], always;
		uint8_t w[4];
	} *time_bits;
	/* per verb block b, a bit per pattern for those without an anchor,
	 * which are always worth trying (free_bits[free_at[b] ..+ the block's
	 * words]): match_block's candidates start as a copy; cand_buf holds them
	 * (room for the largest block), in place of an allocation per verb */
	uint64_t *free_bits, *cand_buf;
	uint32_t *free_at;
	/* recent answers of other_blocks for one-word verbs: the verb's block
	 * and word (UINT32_MAX an empty slot) and the other blocks it found */
	struct alt_memo {
		uint32_t block;
		uint8_t len, n_alt;
		char norm[22];
		uint32_t alt[4];
	} alt_memo[512];
	/* the verb lookup of a word no verb phrase of two or more words can
	 * begin (multi_first: the hashes of those phrases' first words, open
	 * addressing, 0 empty; multi_mask + 1 slots; none = no memo) depends on
	 * the word alone: recent answers (verb_memo, len 0 empty) */
	uint32_t *multi_first, multi_mask;
	uint16_t long_stem; /* the shortest such first word that is a stem longer than DYAD_PFX_MAX */
	struct verb_memo {
		uint8_t len, best;
		char norm[22];
		uint32_t entry;
	} verb_memo[512];
	/* recent CAMEO lookups (fill_code): an event code of up to four bytes,
	 * packed, and its facts; a key of 0 is an empty slot */
	struct {
		uint32_t key;
		const dyad_cameo_info *info;
	} cameo_memo[256];
	/* the CPU has the popcnt instruction (block_cands; baseline x86-64
	 * code may not use it) */
	int popcnt;
};

/* Lemmas (verb or noun) that a rule pass after the verbs looks for: a
 * sentence whose lemma bits have none of a cue's is passed over. */
enum { CUE_MEDIATE, CUE_VISIT, CUE_MEETING, CUE_PROTEST, CUE_REACTION, N_CUES };
_Static_assert(N_CUES == 5, "dyad_coder.cue_hash holds five cues");
static const char *const mediate_lemmas[] = {"MEDIATE", "BROKER", NULL};
static const char *const visit_lemmas[] = {"VISIT", NULL};
static const char *const meeting_lemmas[] = {"TALK", "NEGOTIATION", "MEETING", "CONSULTATION", "CONVERSATION", NULL};
static const char *const protest_lemmas[] = {"PROTEST", "DEMONSTRATION", "RALLY", "RIOT", "UPRISING", NULL};
static const char *const reaction_lemmas[] = {"REBUKE", "CONDEMNATION", "CRITICISM", "OUTRAGE", "BACKLASH", NULL};
static const char *const *const cue_lemmas[N_CUES] = {mediate_lemmas, visit_lemmas, meeting_lemmas,
                                                      protest_lemmas, reaction_lemmas};

/* A word's cues: bit k (CUE_...) when its verb or noun lemma is one of cue
 * k's. The memo keeps three of them beside its gates (dtoken_memo.gates,
 * bits 4-6: mediation shares the visit's bit, a sentence that has it with
 * a last pair of parties being rare) */
/* (a reaction noun shares the protest's bit) */
static const uint8_t cue_gate[N_CUES] = {0x40, 0x40, 0x20, 0x10, 0x10};
#define CUE_GATES 0x70

static unsigned word_cues(const uint32_t (*cue_hash)[6], const uint64_t *cue_filter, const dtoken *tk)
{
	/* (most words are none: bit h & 1023 of the lemmas' hashes first) */
	if (!(cue_filter[tk->h_n >> 6 & 15] >> (tk->h_n & 63) & 1) && !(cue_filter[tk->h_v >> 6 & 15] >> (tk->h_v & 63) & 1))
		return 0;
	unsigned g = 0;
	for (int k = 0; k < N_CUES; k++)
		for (int j = 0; cue_lemmas[k][j]; j++)
			if (tk->h_n == cue_hash[k][j] || tk->h_v == cue_hash[k][j])
				g |= cue_gate[k];
	return g;
}

/* may the sentence hold one of cue k's lemmas? (sent_summary ORs its
 * words' cue gates) */
static int sent_has_cue(const sent_ctx *s, int k)
{
	return (s->cues & cue_gate[k]) != 0;
}

void dyad_coder_options_init(dyad_coder_options *o)
{
	memset(o, 0, sizeof *o);
}

/* is word w's every filter bit one the sentence filter keeps
 * (dyad_dict.filter_used: some question of the dictionary asks it)? A
 * <TIME> phrase's first word always is; its other words when a pattern has
 * the same word */
static int time_word_kept(const dyad_dict *d, const dword *w)
{
	if (!w->len || w->len > DYAD_PFX_MAX || (w->flags & (W_SYNSET | W_STOPS)))
		return 0;
	uint16_t p[2] = {DYAD_BLOOM_POS1(w->hash), DYAD_BLOOM_POS2(w->hash)};
	int stem = !(w->flags & (W_EXACT | W_BARE));
	for (int row = 0; row < 1 + stem; row++)
		for (int j = 0; j < 2; j++)
			if (!(d->filter_used[row * DYAD_PFX_MAX + w->len - 1][p[j] >> 6] >> (p[j] & 63) & 1))
				return 0;
	return 1;
}

/* the filter test of a <TIME> phrase of n words w: a consecutive match puts
 * each literal word's bits in the sentence filter, as for a pattern's */
static void time_test_of(struct time_test *tt, const dyad_dict *d, const dword *w, size_t n)
{
	size_t second = 1;
	while (second < n && !time_word_kept(d, &w[second]))
		second++;
	const dword *x[2] = {&w[0], second < n ? &w[second] : &w[0]};
	for (int j = 0; j < 2; j++) {
		uint16_t p1 = DYAD_BLOOM_POS1(x[j]->hash), p2 = DYAD_BLOOM_POS2(x[j]->hash);
		tt->w[2 * j] = (uint8_t)(p1 >> 6);
		tt->w[2 * j + 1] = (uint8_t)(p2 >> 6);
		tt->m[2 * j] = (uint64_t)1 << (p1 & 63);
		tt->m[2 * j + 1] = (uint64_t)1 << (p2 & 63);
	}
	tt->always = w[0].len && w[0].len <= DYAD_PFX_MAX && !(w[0].flags & W_SYNSET) ? 0 : ~(uint64_t)0;
	/* (a first word the filter cannot answer for: the second alone) */
	if (tt->always && second < n) {
		tt->always = 0;
		tt->w[0] = tt->w[2];
		tt->w[1] = tt->w[3];
		tt->m[0] = tt->m[2];
		tt->m[1] = tt->m[3];
	}
}

/* multi_first and long_stem: NULL when a verb phrase has a word that is no
 * plain literal (a synset's match may run over several tokens) */
static int multi_first_of(dyad_coder *c, const dyad_dict *d)
{
	size_t n = 0;
	for (uint32_t e = 0; e < d->n_verbs; e++) {
		const dphrase *ph = &d->verbs[e].ph;
		for (uint16_t k = 0; k < ph->n; k++)
			if (d->words[ph->first + k].flags & (W_SYNSET | W_STOPS))
				return 0;
		n += ph->n > 1;
	}
	size_t slots = 64;
	while (slots < 2 * n + 2)
		slots *= 2;
	c->multi_first = calloc(slots, sizeof *c->multi_first);
	if (!c->multi_first)
		return DYAD_ENOMEM;
	c->multi_mask = (uint32_t)slots - 1;
	c->long_stem = UINT16_MAX;
	for (uint32_t e = 0; e < d->n_verbs; e++) {
		const dphrase *ph = &d->verbs[e].ph;
		if (ph->n < 2)
			continue;
		const dword *w = &d->words[ph->first];
		if (!(w->flags & W_EXACT) && (w->len > DYAD_PFX_MAX || !w->len) && w->len < c->long_stem)
			c->long_stem = w->len;
		uint32_t h = w->hash ? w->hash : 1;
		size_t at = h & c->multi_mask;
		while (c->multi_first[at] && c->multi_first[at] != h)
			at = (at + 1) & c->multi_mask;
		c->multi_first[at] = h;
	}
	return 0;
}

/* is hash h (0 taken as 1) a first word of multi_first? */
static inline int multi_has(const dyad_coder *c, uint32_t h)
{
	h = h ? h : 1;
	for (size_t at = h & c->multi_mask; c->multi_first[at]; at = (at + 1) & c->multi_mask)
		if (c->multi_first[at] == h)
			return 1;
	return 0;
}

/* can token t begin no verb phrase of two or more words? (as
 * dyad_lex__word_possible would let a first word through: by its surface,
 * either lemma or a prefix, and a long stem by any longer word) */
static int one_word_verbs_only(const dyad_coder *c, const dtoken *t)
{
	if (!c->multi_first || t->norm_len >= sizeof c->verb_memo[0].norm || t->norm_len > c->long_stem)
		return 0;
	if (multi_has(c, t->h_norm) || multi_has(c, t->h_v) || multi_has(c, t->h_n))
		return 0;
	for (size_t l = 1; l < t->norm_len && l <= DYAD_PFX_MAX; l++)
		if (multi_has(c, t->pfx[l - 1]))
			return 0;
	return 1;
}

/* free_bits, free_at and cand_buf of the dictionary's verb blocks */
static int free_bits_of(dyad_coder *c, const dyad_dict *d)
{
	size_t words = 0, most = 0;
	for (uint32_t b = 0; b < d->n_blocks; b++) {
		size_t nw = ((size_t)d->blocks[b].n_pat + 63) / 64;
		words += nw;
		most = nw > most ? nw : most;
	}
	c->free_at = malloc(((size_t)d->n_blocks + 1) * sizeof *c->free_at);
	c->free_bits = calloc(words + 1, sizeof *c->free_bits);
	c->cand_buf = malloc((most + 1) * sizeof *c->cand_buf);
	if (!c->free_at || !c->free_bits || !c->cand_buf || words > UINT32_MAX)
		return DYAD_ENOMEM;
	words = 0;
	for (uint32_t b = 0; b < d->n_blocks; b++) {
		c->free_at[b] = (uint32_t)words;
		for (uint32_t j = 0; j < d->free_n[b]; j++) {
			uint32_t k = d->anchor_pats[d->free_first[b] + j];
			c->free_bits[words + k / 64] |= (uint64_t)1 << (k % 64);
		}
		words += ((size_t)d->blocks[b].n_pat + 63) / 64;
	}
	return 0;
}

int dyad_coder_new(dyad_coder **out, const dyad_dict *dict, const dyad_coder_options *opts)
{
	*out = NULL;
	if (!dict)
		return DYAD_EINVAL;
	dyad_coder *c = calloc(1, sizeof *c);
	if (!c)
		return DYAD_ENOMEM;
	c->d = dict;
#if POPCNT_DISPATCH
	__builtin_cpu_init();
	c->popcnt = __builtin_cpu_supports("popcnt");
#endif
	if (opts)
		c->opt = *opts;
	if (dict->tabari_compat)
		c->opt.tabari_compat = 1;
	if (c->opt.petrarch_compat)
		c->opt.tabari_compat = 1;
	if (!c->opt.max_events)
		c->opt.max_events = DEFAULT_MAX_EVENTS;
	if (dyad_token__cache_new(&c->tcache)) {
		free(c);
		return DYAD_ENOMEM;
	}
	/* the sentence filter bits no question of this dictionary reads stay out */
	dyad_token__cache_filter(c->tcache, dict->filter_used[0]);
	for (int k = 0; k < N_CUES; k++)
		for (int j = 0; cue_lemmas[k][j]; j++) {
			uint32_t h = dyad_hash32(cue_lemmas[k][j], strlen(cue_lemmas[k][j]));
			c->cue_hash[k][j] = h;
			c->cue_filter[h >> 6 & 15] |= (uint64_t)1 << (h & 63);
		}
	if (dict->n_times) {
		c->time_bits = malloc(dict->n_times * sizeof *c->time_bits);
		if (!c->time_bits) {
			dyad_token__cache_free(c->tcache);
			free(c);
			return DYAD_ENOMEM;
		}
		for (uint32_t k = 0; k < dict->n_times; k++) {
			const dword *fw = &dict->words[dict->times[k].ph.first];
			time_test_of(&c->time_bits[k], dict, fw, dict->times[k].ph.n);
		}
	}
	for (size_t k = 0; k < sizeof c->alt_memo / sizeof c->alt_memo[0]; k++)
		c->alt_memo[k].block = UINT32_MAX;
	if (free_bits_of(c, dict) || multi_first_of(c, dict)) {
		dyad_coder_free(c);
		return DYAD_ENOMEM;
	}
	dyad_arena_init(&c->arena, 0);
	*out = c;
	return 0;
}

void dyad_coder_free(dyad_coder *c)
{
	if (!c)
		return;
	dyad_token__cache_free(c->tcache);
	dyad_arena_free(&c->arena);
	free(c->time_bits);
	free(c->free_at);
	free(c->free_bits);
	free(c->cand_buf);
	free(c->multi_first);
	free(c);
}


typedef struct vctx {
	sent_ctx *s;
	size_t i;
	size_t best;
	uint32_t entry;
	/* other blocks of the same verb (visit_other_block) */
	uint32_t skip_block;
	uint32_t alt[4];
	uint32_t n_alt;
} vctx;

static int visit_verb(uint32_t e, void *payload)
{
	vctx *v = payload;
	const dyad_dict *d = v->s->d;
	const dphrase *ph = &d->verbs[e].ph;
	size_t k = dyad_lex__consecutive(d, &d->words[ph->first], ph->n, v->s->t, v->i, v->s->n);
	/* PETRARCH-1 lists a verb's forms (base, -S, -ED, -ING, irregulars) and has
	 * no TABARI stems: "departx" is not DEPART */
	if (k && v->s->petr && !dyad_lex__whole(d, ph, v->s->t, v->i))
		return 0;
	/* TABARI: "DEATH TOLL RISEN" in "death toll has risen"; the verb is the
	 * words before the first gap */
	size_t head;
	if (!k && ph->n > 1 && v->s->compat && !v->s->petr &&
	    dyad_lex__gapped(d, &d->words[ph->first], ph->n, v->s->t, v->i, v->s->n, &head))
		k = head - v->i;
	if (k > v->best) {
		v->best = k;
		v->entry = e;
	}
	return 0;
}

/* visit_verb outside TABARI's gapped reading, where only consecutive
 * matches count: dyad_lex__matches finds them (k tokens) */
static int visit_verb_match(uint32_t e, size_t k, void *payload)
{
	vctx *v = payload;
	if (k <= v->best)
		return 0;
	const dyad_dict *d = v->s->d;
	if (v->s->petr && !dyad_lex__whole(d, &d->verbs[e].ph, v->s->t, v->i))
		return 0;
	v->best = k;
	v->entry = e;
	return 0;
}

/* entries spelling the same verb phrase in another block: their blocks */
static int visit_other_block(uint32_t e, size_t m, void *payload)
{
	vctx *v = payload;
	const dverb *dv = &v->s->d->verbs[e];
	if (m != v->best || dv->block == v->skip_block || v->n_alt == 4)
		return 0;
	for (uint32_t k = 0; k < v->n_alt; k++)
		if (v->alt[k] == dv->block)
			return 0;
	v->alt[v->n_alt++] = dv->block;
	return 0;
}

/* The other blocks of verb v's phrase (visit_other_block), into alt (made
 * for v, its block skipped). A one-word verb's answer depends on its word
 * and block only (one-word entries match the token alone), so it is kept in
 * the coder's alt_memo: most verbs found no pattern, and this lookup was
 * as dear as the verb's own */
static void other_blocks(dyad_coder *c, const sent_ctx *s, const verb_cand *v, vctx *alt)
{
	const dyad_dict *d = c->d;
	const dtoken *t = &s->t[v->b];
	struct alt_memo *am = NULL;
	if (v->e - v->b == 1 && t->norm_len < sizeof am->norm) {
		am = &c->alt_memo[(t->h_norm ^ alt->skip_block * 0x9e3779b1u) % (sizeof c->alt_memo / sizeof *am)];
		if (am->block == alt->skip_block && am->len == t->norm_len && !memcmp(am->norm, t->norm, t->norm_len)) {
			alt->n_alt = am->n_alt;
			memcpy(alt->alt, am->alt, sizeof alt->alt);
			return;
		}
	}
	dyad_lex__matches(d, &d->verb_ix, s->t, v->b, s->n, visit_other_block, alt);
	if (am) {
		am->block = alt->skip_block;
		am->len = (uint8_t)t->norm_len;
		memcpy(am->norm, t->norm, t->norm_len);
		am->n_alt = (uint8_t)alt->n_alt;
		memcpy(am->alt, alt->alt, sizeof am->alt);
	}
}

/* The anchor maps' walk counts bits a shared bit (~12 instructions
 * without the popcnt instruction, which baseline x86-64 code may not use):
 * on a CPU that has it, a copy of the walk compiled for it runs (the coder
 * asks the CPU once) */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__POPCNT__)
#define POPCNT_DISPATCH 1
#else
#define POPCNT_DISPATCH 0
#endif

/* bits set in x: without the popcnt instruction (baseline x86-64) the
 * builtin is a libgcc call, dearer than these few operations */
static inline unsigned popcount64(uint64_t x)
{
#ifdef __POPCNT__
	return (unsigned)__builtin_popcountll(x);
#else
	x -= (x >> 1) & 0x5555555555555555ull;
	x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (unsigned)((x * 0x0101010101010101ull) >> 56);
#endif
}

/* Has the sentence filter every bit of a pattern's need (anchor_need)? When not,
 * dyad_pattern__possible would say no: the pattern need not be read. */
static inline int needs_met(const sent_ctx *s, const uint16_t *need)
{
	for (int j = 0; j < 4 && need[j] != PAT_NEED_NONE; j++)
		if (!(s->bloom[need[j] >> 6] >> (need[j] & 63) & 1))
			return 0;
	return 1;
}

/* the patterns of anchor a are candidates, those the filter lets through
 * (their first words besides the anchor: dpat_test.need) */
static inline void add_anchor(const dyad_dict *d, const sent_ctx *s, uint32_t a, const dpat_test *pt, uint64_t *cand)
{
	const uint32_t *pk = d->anchor_pats + d->pats_first[a];
	const uint16_t(*need)[4] = (const uint16_t(*)[4])d->anchor_need + d->pats_first[a];
	for (uint32_t j = 0; j < d->pats_n[a]; j++)
		if (needs_met(s, need[j])) {
			cand[pk[j] / 64] |= (uint64_t)1 << (pk[j] % 64);
			/* it is read when tried, after the other anchors are found */
			__builtin_prefetch(&pt[pk[j]]);
		}
}

/* The words w of a block's anchor map that share a bit with the sentence
 * filter (map[w] & bloom[w] nonzero), as bit 2w of nz[0] (w < 32) and bit
 * 2(w - 32) of nz[1]: with SSE2 eight words a compare and one mask, no
 * branch a word (the plain loop over the 64 words, a branch each, was
 * about a third of match_block's own instructions with Phoenix's verb
 * blocks; ~1/3 of the words share a bit there) */
#ifdef __SSE2__
/* anchor_words for words w .. w + 7: bit 2k, word w + k shares a bit */
static inline uint64_t anchor_words8(const uint64_t *map, const uint64_t *bloom)
{
	const __m128i zero = _mm_setzero_si128();
	/* (four names, no array: gcc -O2 keeps an array's loop and its stores) */
#define ANCHOR_PAIR(k)                                                                                                 \
	_mm_cmpeq_epi32(_mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)(map + 2 * (k))),                 \
	                              _mm_loadu_si128((const __m128i *)(const void *)(bloom + 2 * (k)))),              \
	                zero)
	__m128i e0 = ANCHOR_PAIR(0), e1 = ANCHOR_PAIR(1), e2 = ANCHOR_PAIR(2), e3 = ANCHOR_PAIR(3);
#undef ANCHOR_PAIR
	/* a byte per 32-bit half: bits 2k, 2k + 1 of the mask are word k's halves */
	unsigned nh = ~(unsigned)_mm_movemask_epi8(_mm_packs_epi16(_mm_packs_epi32(e0, e1), _mm_packs_epi32(e2, e3)));
	return (nh | nh >> 1) & 0x5555u;
}
#endif

static inline void anchor_words(const uint64_t *map, const uint64_t *bloom, uint64_t nz[2])
{
#ifdef __SSE2__
	/* (written out: no loop, no shift by a variable) */
	nz[0] = anchor_words8(map, bloom) | anchor_words8(map + 8, bloom + 8) << 16 |
	        anchor_words8(map + 16, bloom + 16) << 32 | anchor_words8(map + 24, bloom + 24) << 48;
	nz[1] = anchor_words8(map + 32, bloom + 32) | anchor_words8(map + 40, bloom + 40) << 16 |
	        anchor_words8(map + 48, bloom + 48) << 32 | anchor_words8(map + 56, bloom + 56) << 48;
#else
	nz[0] = nz[1] = 0;
	for (unsigned w = 0; w < 64; w++)
		if (map[w] & bloom[w])
			nz[w >> 5] |= (uint64_t)1 << (2 * (w & 31));
#endif
}

/* many anchors: only those whose first filter bit the block's map m and
 * the sentence's filter share (hw: by the popcnt instruction) */
__attribute__((always_inline)) static inline void map_cands(const dyad_dict *d, const sent_ctx *s, uint32_t m,
                                                            const dpat_test *pt, uint64_t *cand, int hw)
{
	const uint64_t *map = d->anchor_maps + (size_t)m * 64;
	const uint32_t *rank = d->anchor_rank + (size_t)m * 64;
	uint64_t nz[2];
	anchor_words(map, s->bloom, nz);
	for (unsigned h = 0; h < 2; h++)
		for (uint64_t ws = nz[h]; ws; ws &= ws - 1) {
			unsigned w = h * 32 + (unsigned)__builtin_ctzll(ws) / 2;
			for (uint64_t bits = map[w] & s->bloom[w]; bits; bits &= bits - 1) {
				uint64_t below = map[w] & ((bits & -bits) - 1);
				const uint32_t *at =
				    d->anchor_at + rank[w] + (hw ? (unsigned)__builtin_popcountll(below) : popcount64(below));
				for (uint32_t a = at[0]; a < at[1]; a++)
					if (s->bloom[d->anchor_pos2[a] >> 6] >> (d->anchor_pos2[a] & 63) & 1)
						add_anchor(d, s, a, pt, cand);
			}
		}
}

#if POPCNT_DISPATCH
__attribute__((target("popcnt"), noinline)) static void map_cands_popcnt(const dyad_dict *d, const sent_ctx *s,
                                                                        uint32_t m, const dpat_test *pt,
                                                                        uint64_t *cand)
{
	map_cands(d, s, m, pt, cand, 1);
}
#endif

/* the patterns of block's anchors present in the sentence, into cand */
static inline void block_cands(const dyad_coder *c, const sent_ctx *s, uint32_t block, uint64_t *cand)
{
	const dyad_dict *d = c->d;
	const dblock *blk = &d->blocks[block];
	uint32_t a0 = d->anchor_first[block], ae = a0 + d->anchor_n[block];
	const dpat_test *pt = d->pat_test + blk->pat_first;
	if (d->anchor_map_of[block] == UINT32_MAX) {
		for (uint32_t a = a0; a < ae; a++)
			if (sent_bloom_has(s, d->anchor_hash[a]))
				add_anchor(d, s, a, pt, cand);
		return;
	}
#if POPCNT_DISPATCH
	if (c->popcnt) {
		map_cands_popcnt(d, s, d->anchor_map_of[block], pt, cand);
		return;
	}
#endif
	map_cands(d, s, d->anchor_map_of[block], pt, cand, 0);
}

/* Try the patterns of one block on verb v, longest first: *hit gets the first
 * that matches (NULL none), pm its actor slots. */
static int match_block(dyad_coder *c, sent_ctx *s, uint32_t block, const verb_cand *v, pmatch *pm,
                       const dpattern **hit, int *open_possible)
{
	const dyad_dict *d = c->d;
	const dblock *blk = &d->blocks[block];
	*hit = NULL;
	/* a pattern whose anchor (its longest literal word, see dict_internal.h)
	 * is not in the sentence cannot match: the block's patterns worth trying
	 * are those of the anchors present and those without one, in block order */
	size_t nw = ((size_t)blk->n_pat + 63) / 64;
	/* the same block again in this sentence (another verb of it, or the
	 * retry with an open target): the same patterns */
	uint64_t *cand = s->cand;
	if (!cand || s->cand_block != block) {
		/* the patterns without an anchor, then those of the anchors present */
		cand = c->cand_buf;
		memcpy(cand, c->free_bits + c->free_at[block], nw * sizeof *cand);
		block_cands(c, s, block, cand);
		s->cand = cand;
		s->cand_block = block;
	}
	const int open_try = s->open_target;
	const size_t first = blk->pat_first;
	const dpattern *found = NULL;
	for (size_t wi = 0; wi < nw && !found; wi++)
		for (uint64_t bits = cand[wi]; bits && !found; bits &= bits - 1) {
			size_t k = first + wi * 64 + (size_t)__builtin_ctzll(bits);
			/* the second try: the others failed the first (see open_end) */
			if (open_try && !d->open_end[k])
				continue;
			const dpat_test *pt = &d->pat_test[k];
			if ((pt->n_lit | pt->n_syn) && !dyad_pattern__possible(s, pt))
				continue;
			if (open_possible && d->open_end[k])
				*open_possible = 1;
			if (dyad_pattern__match(s, pt, v->b, v->e, pm))
				found = &d->patterns[k];
		}
	*hit = found;
	return 0;
}

/* Is token i used as a noun here? (determiner before it, capitalized mid-sentence) */
/* the first part of a hyphenated modifier that is a word of its own
 * ("student-led", "visa-free"), not a prefix ("re-imposed", "co-chaired") */
static int hyphen_head(const dtoken *t)
{
	return t->kind == TK_WORD && t->norm_len >= 4 && (t->pos & (DYAD_POS_NOUN | DYAD_POS_ADJ));
}

/* an adjective in -ly that news puts before nouns of events: "deadly
 * protests", "daily strikes", "early talks" */
static int deadly_adjective(const dtoken *t)
{
	static const char *const adjectives[] = {"DEADLY", "COSTLY", "DAILY", "WEEKLY", "MONTHLY", "EARLY", "BLOODY",
	                                         "FRIENDLY", "YEARLY", "NIGHTLY", "TIMELY", "UNLIKELY", NULL};
	return dyad_words__in(t, adjectives);
}

/* a lower-case plural noun: "soldiers", "schoolchildren" */
static int plural_noun(const dtoken *t)
{
	static const char *const irregular[] = {"PEOPLE", "CHILDREN", "SCHOOLCHILDREN", "MEN", "WOMEN",
	                                        "POLICEMEN", "SERVICEMEN", "GUNMEN", "FISHERMEN", NULL};
	if (t->kind != TK_WORD || (t->flags & TF_CAP))
		return 0;
	return ((t->pos & DYAD_POS_NOUN) && t->norm_len > 3 && t->last == 'S' &&
	        t->norm[t->norm_len - 2] != 'S') ||
	       dyad_words__in(t, irregular);
}

static int noun_context(const sent_ctx *s, size_t i, int compat)
{
	const dtoken *t = &s->t[i];
	/* TABARI shifts a verb to a noun only after an article */
	if (i > 0 && dyad_words__in(&s->t[i - 1], compat ? dyad_words__articles : dyad_words__determiners))
		return 1;
	/* "resuming denuclearisation talks with Washington", "peace talks": "talks"
	 * after a common word that is no pronoun names the talks (news seldom
	 * says "the minister talks") */
	if (!compat && i > 0 && t->norm_len == 5 && tok_is(t, "TALKS") && s->t[i - 1].kind == TK_WORD &&
	    !(s->t[i - 1].flags & (TF_CAP | TF_ALLCAPS)) && !dyad_words__in(&s->t[i - 1], dyad_words__pronouns) &&
	    !dyad_words__in(&s->t[i - 1], dyad_words__prepositions) &&
	    !tok_is(&s->t[i - 1], "WHO") && !tok_is(&s->t[i - 1], "WHICH") && !tok_is(&s->t[i - 1], "THAT"))
		return 1;
	/* "carried out air strikes on a village", "drone attacks": a plural after
	 * the weapon that makes it names the strikes */
	if (!compat && i > 0 && t->norm_len > 4 && t->last == 'S' && s->t[i - 1].kind == TK_WORD &&
	    (tok_is(&s->t[i - 1], "AIR") || tok_is(&s->t[i - 1], "DRONE") || tok_is(&s->t[i - 1], "MISSILE") ||
	     tok_is(&s->t[i - 1], "ROCKET") || tok_is(&s->t[i - 1], "ARTILLERY") || tok_is(&s->t[i - 1], "AERIAL")))
		return 1;
	/* a possessive is a noun's: "donate's cash" (TABARI manual 5.2.3) */
	if (compat && i + 1 < s->n && tok_is(&s->t[i + 1], "'S"))
		return 1;
	/* (the first word after a dateline opens the sentence: "DOHA -
	 * Received the Emir of Qatar ...", as translation renders it) */
	if (!s->allcaps && (t->flags & TF_CAP) && !(t->flags & TF_SENT_START) &&
	    !(i > 0 && s->t[i - 1].kind == TK_PUNCT && s->t[i - 1].norm[0] == '"') &&
	    !(!compat && i > 0 && (s->t[i - 1].flags & TF_DATELINE)))
		return 1;
	if (!compat && t->pos && !(t->pos & 2 /* DYAD_POS_VERB */))
		return 1;
	/* "amid reports of troop build-ups": a hyphened form in -s is a noun
	 * (the verb is "builds up") */
	if (!compat && s->text && i + 1 < s->n && s->t[i + 1].begin == t->end + 1 && s->text[t->end] == '-' &&
	    s->t[i + 1].kind == TK_WORD && s->t[i + 1].norm_len > 1 && s->t[i + 1].last == 'S')
		return 1;
	/* "Talks between the two sides ...", "Strikes on Kharkiv ...": a
	 * plural opening the sentence before a preposition names the deeds */
	if (!compat && (t->flags & TF_SENT_START) && t->norm_len > 3 && t->last == 'S' &&
	    t->norm[t->norm_len - 2] != 'S' && i + 1 < s->n && dyad_words__in(&s->t[i + 1], dyad_words__prepositions))
		return 1;
	/* "Iran-backed", "long-threatened": a verb glued by a hyphen to the word
	 * before it is an adjective; so is a participle after a preposition ("in
	 * occupied Ukraine", "with jailed opposition leaders") */
	/* (not after a prefix: "re-imposed sanctions", "co-sponsored") */
	if (!compat && i > 0 && s->t[i - 1].end + 1 == t->begin && s->t[i - 1].kind == TK_WORD &&
	    s->text[t->begin - 1] == '-' && !tok_is(&s->t[i - 1], "RE") && !tok_is(&s->t[i - 1], "CO"))
		return 1;
	if (!compat && i > 0 && dyad_words__in(&s->t[i - 1], dyad_words__prepositions) && !tok_is(&s->t[i - 1], "TO") &&
	    !tok_is(&s->t[i - 1], "BY") && dyad_words__ends_with(t, "ED") && i + 1 < s->n && s->t[i + 1].kind == TK_WORD)
		return 1;
	/* "the recently imposed Sharia law", "a newly signed deal": a past form
	 * between a determiner and its adverb and a following word is an adjective */
	if (!compat && i > 1 && i + 1 < s->n && dyad_words__in(&s->t[i - 2], dyad_words__determiners) &&
	    dyad_words__is_adverb(&s->t[i - 1]) && dyad_words__ends_with(t, "ED") && s->t[i + 1].kind == TK_WORD)
		return 1;
	/* "killed in Israeli shelling of Gaza", "after Russian bombing": an -ing
	 * form after a preposition and a capitalised adjective is a noun */
	if (!compat && i > 1 && dyad_words__ends_with(t, "ING") && s->t[i - 1].kind == TK_WORD &&
	    (s->t[i - 1].flags & TF_CAP) && !(s->t[i - 1].flags & TF_SENT_START) && !s->allcaps &&
	    (dyad_words__in(&s->t[i - 2], dyad_words__prepositions) || dyad_words__in(&s->t[i - 2], dyad_words__determiners)))
		return 1;
	/* "and his visiting U.S. counterpart", "the visiting delegation":
	 * "visiting" after a determiner or possessive is an adjective */
	if (!compat && i > 0 && i + 1 < s->n && tok_is(t, "VISITING") &&
	    (dyad_words__in(&s->t[i - 1], dyad_words__determiners) || dyad_words__in(&s->t[i - 1], dyad_words__possessives)))
		return 1;
	/* "very close to the border": a word after a degree adverb is no verb */
	if ((!compat || s->petr) && i > 0 && (tok_is(&s->t[i - 1], "VERY") || tok_is(&s->t[i - 1], "TOO")))
		return 1;
	/* "detained protesting students": an -ing form between a verb and the
	 * plural noun it describes is an adjective */
	/* (only the -ing words that describe people: not "began disarming
	 * fighters", "oppose sending troops") */
	static const char *const people_ing[] = {"PROTESTING", "STRIKING", "DEMONSTRATING", "RIOTING", "MARCHING",
	                                         "RALLYING", "FLEEING", "RETREATING", "INVADING", "ATTACKING",
	                                         "WARRING", "OCCUPYING", "RETURNING", NULL};
	if (!compat && i > 0 && i + 1 < s->n && s->is_verb[i - 1] && dyad_words__ends_with(t, "ING") &&
	    s->t[i + 1].kind == TK_WORD && (s->t[i + 1].pos & DYAD_POS_NOUN) && !(s->t[i + 1].flags & TF_CAP) &&
	    dyad_words__ends_with(&s->t[i + 1], "S") && dyad_words__in(t, people_ing))
		return 1;
	/* "rescued 20 kidnapped schoolchildren", "visited wounded soldiers": a
	 * past form between a number or a verb and the plural noun it describes
	 * is an adjective; so is a base form between a number and a plural
	 * ("arrested 20 protest leaders") */
	if (!compat && i > 0 && i + 1 < s->n && plural_noun(&s->t[i + 1])) {
		const dtoken *p = &s->t[i - 1];
		int past = (t->pos & DYAD_POS_VERB) && t->vlemma != t->norm && !dyad_words__ends_with(t, "ING") &&
		           !dyad_words__ends_with(t, "S");
		int number = p->kind == TK_NUM || dyad_words__in(p, dyad_words__numerals);
		/* (the verb before in a past form too: not "Russian forces deported
		 * thousands") */
		int past_verb = s->is_verb[i - 1] && p->vlemma != p->norm && !dyad_words__ends_with(p, "S");
		if ((number && (past || (t->vlemma == t->norm && (t->pos & DYAD_POS_NOUN)))) || (past && past_verb))
			return 1;
	}
	/* "the U.S. sanctions against Iran were", "the EU sanctions on": a
	 * plural after "the" and a name is the name's noun */
	if (!compat && i > 1 && i + 1 < s->n && dyad_words__ends_with(t, "S") &&
	    (tok_is(&s->t[i + 1], "AGAINST") || tok_is(&s->t[i + 1], "ON") || tok_is(&s->t[i + 1], "WERE") ||
	     tok_is(&s->t[i + 1], "ARE") || tok_is(&s->t[i + 1], "HAVE") || tok_is(&s->t[i + 1], "HAD"))) {
		size_t k = i;
		while (k > 1 && s->t[k - 1].kind == TK_WORD && (s->t[k - 1].flags & TF_CAP) &&
		       !(s->t[k - 1].flags & TF_SENT_START) && k + 3 > i)
			k--;
		if (k < i && tok_is(&s->t[k - 1], "THE"))
			return 1;
	}
	/* the rules below all ask for a noun reading of the word (DYAD_POS_NOUN,
	 * bit 1 of its pos): a word without one answers no at once, rather than
	 * after some twenty tests whose outcomes went either way (the rules are
	 * alternatives without side effects, so their order is free) */
	if (!(t->pos & DYAD_POS_NOUN))
		return 0;
	/* "criticized U.S. tariffs as blackmail": so is one after "as" */
	if (!compat && i > 0 && tok_is(&s->t[i - 1], "AS") && (t->pos & 1) && !dyad_words__ends_with(t, "ED") &&
	    !dyad_words__ends_with(t, "ING"))
		return 1;
	/* "involved in riots", "a wave of attacks": a base or plural form right
	 * after a preposition is a noun */
	if (!compat && i > 0 && dyad_words__in(&s->t[i - 1], dyad_words__prepositions) && !tok_is(&s->t[i - 1], "TO") &&
	    (t->pos & 1) && !dyad_words__ends_with(t, "ED") && !dyad_words__ends_with(t, "ING"))
		return 1;
	/* "Press freedom groups condemned": a base form opening the sentence
	 * before a plain noun starts a noun phrase (news has no imperatives;
	 * translation's verb-first sentences use past forms: "Condemned Qatar") */
	if (!compat && (t->flags & TF_SENT_START) && t->vlemma == t->norm && (t->pos & 1) &&
	    !dyad_words__ends_with(t, "ED") && i + 1 < s->n && s->t[i + 1].kind == TK_WORD &&
	    (s->t[i + 1].pos & 1) && !(s->t[i + 1].flags & TF_CAP) &&
	    !dyad_words__in(&s->t[i + 1], dyad_words__determiners) && !dyad_words__in(&s->t[i + 1], dyad_words__prepositions))
		return 1;
	/* "a courtesy call", "the peace talks": determiner + modifier + base or
	 * plural form is a noun phrase; past forms ("the army attacked") stay verbs */
	if (!compat && i > 1 && dyad_words__in(&s->t[i - 2], dyad_words__determiners) && s->t[i - 1].kind == TK_WORD &&
	    !(s->t[i - 1].flags & TF_CAP) && t->vlemma == t->norm && (t->pos & 1))
		return 1;
	if (!compat && i > 1 && dyad_words__in(&s->t[i - 2], dyad_words__determiners) && s->t[i - 1].kind == TK_WORD &&
	    t->norm_len > 1 && t->last == 'S' && (t->pos & 1) &&
	    !(s->t[i - 1].flags & TF_CAP))
		return 1;
	/* "to ease sanctions", "to lift sanctions": a plural right after an
	 * infinitive that is no verb of the dictionary is its object */
	if (!compat && i > 1 && tok_is(&s->t[i - 2], "TO") && s->t[i - 1].kind == TK_WORD && !s->is_verb[i - 1] &&
	    (s->t[i - 1].pos & DYAD_POS_VERB) && dyad_words__ends_with(t, "S") && (t->pos & 1))
		return 1;
	/* "sparking protests", "drawing condemnation", "triggering clashes": a
	 * noun form right after an -ing form that is no verb of the dictionary */
	if (!compat && i > 0 && s->t[i - 1].kind == TK_WORD && !s->is_verb[i - 1] &&
	    dyad_words__ends_with(&s->t[i - 1], "ING") && s->t[i - 1].norm_len > 5 &&
	    (s->t[i - 1].pos & DYAD_POS_VERB) && (t->pos & 1) && !dyad_words__ends_with(t, "ED") &&
	    !dyad_words__ends_with(t, "ING"))
		return 1;
	/* "violent protests", "fresh clashes": a base or plural form after a word
	 * that can only be an adjective is a noun (past forms stay verbs) */
	if (!compat && i > 0 && s->t[i - 1].kind == TK_WORD && !(s->t[i - 1].flags & TF_CAP) &&
	    (s->t[i - 1].pos & 4) && !(s->t[i - 1].pos & (1 | 2)) && (t->pos & 1) &&
	    !dyad_words__ends_with(t, "ED") && !dyad_words__ends_with(t, "ING") &&
	    (!dyad_words__is_adverb(&s->t[i - 1]) || deadly_adjective(&s->t[i - 1])))
		return 1;
	/* "were killed in RSF drone strikes on El Obeid": a plural after a
	 * preposition and its modifiers is a noun */
	if (!compat && i > 1 && dyad_words__ends_with(t, "S") && (t->pos & DYAD_POS_NOUN) && !s->allcaps)
		for (size_t k = i; k-- > 0 && k + 5 > i;) {
			const dtoken *p = &s->t[k];
			if (tok_is(p, "IN") || tok_is(p, "AFTER") || tok_is(p, "DURING") || tok_is(p, "AMID")) {
				if (k + 1 < i)
					return 1;
				break;
			}
			/* (and a determiner: "after the worst border clashes in years") */
			if (k + 1 < i && dyad_words__in(p, dyad_words__determiners))
				continue;
			if (p->kind != TK_WORD || s->is_verb[k] || dyad_words__ends_with(p, "ED") ||
			    !((p->flags & TF_CAP) || (p->pos & (DYAD_POS_NOUN | DYAD_POS_ADJ))) ||
			    dyad_words__in(p, dyad_words__be_forms))
				break;
		}
	/* "student-led protests", "visa-free travel": a base or plural form
	 * after a word joined by a hyphen to the one before it is a noun */
	if (!compat && i > 1 && s->text && s->t[i - 1].kind == TK_WORD && !(s->t[i - 1].flags & TF_CAP) &&
	    s->t[i - 1].begin == s->t[i - 2].end + 1 && s->text[s->t[i - 2].end] == '-' && hyphen_head(&s->t[i - 2]) &&
	    (t->pos & DYAD_POS_NOUN) && (t->vlemma == t->norm || dyad_words__ends_with(t, "S")))
		return 1;
	/* "A Russian navy ship fired", "the coast guard vessel rammed": a base
	 * form right before a past tense verb is its subject's noun */
	if (!compat && i > 0 && i + 1 < s->n && t->vlemma == t->norm && (t->pos & DYAD_POS_NOUN) &&
	    !dyad_words__ends_with(t, "S") && s->t[i - 1].kind == TK_WORD && !(s->t[i - 1].flags & TF_SENT_START) &&
	    !dyad_words__in(&s->t[i - 1], dyad_words__be_forms) && !tok_is(&s->t[i - 1], "TO") &&
	    !dyad_words__in(&s->t[i - 1], dyad_words__modals) && !dyad_words__is_adverb(&s->t[i - 1]) &&
	    s->t[i + 1].kind == TK_WORD && dyad_words__ends_with(&s->t[i + 1], "ED") && (s->t[i + 1].pos & DYAD_POS_VERB) &&
	    s->t[i + 1].vlemma != s->t[i + 1].norm && !(s->text && s->text[t->end] == '-') && i + 2 < s->n &&
	    (dyad_words__in(&s->t[i + 2], dyad_words__determiners) || s->t[i + 2].kind == TK_NUM ||
	     dyad_words__in(&s->t[i + 2], dyad_words__numerals)))
		return 1; /* (its object follows: not "Palestinians reject proposed changes") */
	/* "two artillery shells", "12 rockets": a plural after a number (and at
	 * most one modifier) is a noun */
	if ((!compat || s->petr) && t->norm_len > 2 && t->last == 'S' && (t->pos & 1))
		for (size_t k = i; k-- > 0 && k + 2 >= i;) {
			if (s->t[k].kind == TK_NUM || dyad_words__in(&s->t[k], dyad_words__numerals))
				return 1;
			if (s->t[k].kind != TK_WORD || s->is_verb[k])
				break;
		}
	/* "advised its citizens to avoid travel to Japan": what is avoided is a
	 * noun */
	if (!compat && i > 0 && t->vlemma == t->norm && (t->pos & DYAD_POS_NOUN) &&
	    dyad_words__lemma_is(&s->t[i - 1], "AVOID"))
		return 1;
	/* adjective + noun: "the new sanctions", "military talks" handled by patterns */
	return 0;
}



/* Does token i end the clause before it (TABARI mode)? A semicolon, or a
 * conjunction outside a compound. */
static int clause_start(const sent_ctx *s, size_t i)
{
	const dtoken *t = &s->t[i];
	if (t->kind == TK_PUNCT)
		return t->norm[0] == ';';
	return s->comp_at[i] < 0 && (tok_is(t, "AND") || tok_is(t, "BUT") || tok_is(t, "OR") || tok_is(t, "NOR"));
}

/* Does token i open a new clause for CODE BY CLAUSE? "and", "but", ";", and
 * "or"/"nor" before a verb ("affirm or allow"; not "easy or pleasant") */
static int new_clause(const sent_ctx *s, size_t i)
{
	if (!clause_start(s, i))
		return 0;
	return !(tok_is(&s->t[i], "OR") || tok_is(&s->t[i], "NOR")) || (i + 1 < s->n && s->is_verb[i + 1]);
}

/* Has an event since index `from` a recipient? */
static int recipient_since(const dyad_coder *c, size_t from)
{
	for (size_t k = from; k < c->n_ev; k++)
		if (!same_str(c->ev[k].target, "---"))
			return 1;
	return 0;
}

/* Do tokens [b, e) stay in one clause: no punctuation, no clause-opening
 * conjunction? */
static int same_clause(const sent_ctx *s, size_t b, size_t e)
{
	for (size_t k = b; k < e && k < s->n; k++)
		if (s->t[k].kind == TK_PUNCT || clause_start(s, k))
			return 0;
	return 1;
}

/* Do compounds a and b name the same actors (as a pronoun's copy does)? */
static int same_actors(const sent_ctx *s, int32_t a, int32_t b)
{
	const compound *x = &s->c[a], *y = &s->c[b];
	if (a == b)
		return 1;
	if (x->n != y->n)
		return 0;
	for (uint32_t i = 0; i < x->n; i++) {
		const char *cx = s->g[x->first + i].code, *cy = s->g[y->first + i].code;
		if (!cx || !cy || !same_str(cx, cy))
			return 0;
	}
	return 1;
}

/* --- events ------------------------------------------------------------------- */

/* the room for the coder's next event, c->ev[c->n_ev] (grown when full),
 * into *out: emit_one writes the event there and counts it, rather than
 * copying 200 bytes from the stack */
static int event_slot(dyad_coder *c, dyad_event **out)
{
	if (c->n_ev >= c->opt.max_events)
		return DYAD_ELIMIT;
	if (c->n_ev == c->cap_ev) {
		size_t cap = c->cap_ev ? c->cap_ev * 2 : 64;
		dyad_event *p = dyad_arena_alloc(&c->arena, cap * sizeof *p);
		if (!p)
			return DYAD_ENOMEM;
		uint8_t *f = dyad_arena_alloc(&c->arena, cap);
		if (!f)
			return DYAD_ENOMEM;
		if (c->n_ev) {
			memcpy(p, c->ev, c->n_ev * sizeof *p);
			memcpy(f, c->evf, c->n_ev);
		}
		c->ev = p;
		c->evf = f;
		c->cap_ev = cap;
	}
	*out = &c->ev[c->n_ev];
	return 0;
}

/* dyad_cameo_lookup(code), through the coder's memo: a document's events
 * share a few codes, and the table's binary search costs hundreds of
 * instructions an event */
static const dyad_cameo_info *cameo_info(dyad_coder *c, const char *code, size_t l)
{
	if (l == 0 || l > 4)
		return dyad_cameo_lookup(code);
	uint32_t key = 0;
	for (size_t i = 0; i < l; i++)
		key |= (uint32_t)(unsigned char)code[i] << (8 * i);
	unsigned slot = (key * 2654435761u) >> 24;
	if (c->cameo_memo[slot].key != key) {
		c->cameo_memo[slot].key = key;
		c->cameo_memo[slot].info = dyad_cameo_lookup(code);
	}
	return c->cameo_memo[slot].info;
}

static void fill_code(dyad_coder *c, dyad_event *e, const char *code)
{
	size_t l = strlen(code);
	if (l >= sizeof e->code)
		l = sizeof e->code - 1;
	memcpy(e->code, code, l);
	e->code[l] = 0;
	e->root[0] = code[0];
	e->root[1] = l > 1 ? code[1] : 0;
	e->root[2] = 0;
	const dyad_cameo_info *info = cameo_info(c, code, l);
	if (info) {
		e->quad = info->quad;
		e->goldstein = info->goldstein;
		e->plover = info->plover;
		e->code_name = info->name;
	} else {
		e->quad = 0;
		e->goldstein = 0;
		e->plover = "";
		e->code_name = "";
	}
}

typedef struct sent_out {
	uint32_t sentence;
	int32_t date;   /* the document date moved by a <TIME> phrase ("yesterday") */
	const dsentence *sn;
	const char **issues;
	size_t n_issues;
	/* the verb being coded appeals to all parties ("called on all sides to
	 * show restraint"): its event has no recipient to name */
	uint8_t open_recipient;
} sent_out;

/* The partner named in a phrase that opens the sentence before its subject:
 * "In a phone call with Egyptian President al-Sisi, the crown prince
 * discussed ...", "During talks with X, ..."; -1 none */
static int32_t fronted_partner(const sent_ctx *s, int32_t src)
{
	static const char *const exchanges[] = {"CALL", "TALK", "MEETING", "CONVERSATION", "CONVERSATIONS", NULL};
	size_t end = s->c[src].b;
	for (size_t w = 1; w + 1 < end; w++) {
		if (!tok_is(&s->t[w], "WITH") || !dyad_words__in_lemma(&s->t[w - 1], exchanges))
			continue;
		int32_t ci = s->comp_at[w + 1];
		if (ci < 0 || ci == src || s->c[ci].b != w + 1 || s->g[s->c[ci].first].agent_only)
			return -1;
		/* the phrase is closed by a comma before the subject */
		size_t k = s->c[ci].e;
		while (k < end && !tok_is(&s->t[k], ","))
			k++;
		return k < end ? ci : -1;
	}
	return -1;
}

/* The owner of what the verb ending at token e acts on, when that is "its"
 * or "their" thing and the sentence names a party of another country before
 * the subject: "Iran said Israeli jets struck its nuclear facilities" (IRN),
 * "Poland said Russian drones violated its airspace"; -1 none */
static int32_t possessive_owner(const sent_ctx *s, int32_t src, size_t e)
{
	size_t k = e;
	while (k < s->n && k < e + 3 && (tok_is(&s->t[k], "ONE") || tok_is(&s->t[k], "OF") || tok_is(&s->t[k], "SOME") ||
	                                  tok_is(&s->t[k], "SEVERAL") || tok_is(&s->t[k], "TWO")))
		k++;
	if (k >= s->n || !(tok_is(&s->t[k], "ITS") || tok_is(&s->t[k], "THEIR")) || s->comp_at[k] >= 0 ||
	    (k + 1 < s->n && s->comp_at[k + 1] >= 0))
		return -1;
	const char *sc = s->g[s->c[src].first].code;
	if (!sc || len_upto(sc, 4) < 3)
		return -1;
	for (size_t i = s->c[src].b; i-- > 0;) {
		int32_t ci = s->comp_at[i];
		if (ci < 0)
			continue;
		const group *g = &s->g[s->c[ci].first];
		if (s->c[ci].n == 1 && g->code && !g->agent_only && !g->pronoun && len_upto(g->code, 4) >= 3 &&
		    short_ncmp(g->code, sc, 3) && short_ncmp(g->code, "IGO", 3) && short_ncmp(g->code, "NGO", 3))
			return ci;
		i = s->c[ci].b;
	}
	return -1;
}

/* Does the verb ending at token e appeal to every party, none named: "called
 * on all parties to", "urged both sides to", "urged the parties to"? */
static int appeal_to_all(const sent_ctx *s, size_t e)
{
	size_t k = e;
	if (k < s->n && (tok_is(&s->t[k], "ON") || tok_is(&s->t[k], "UPON")))
		k++;
	if (k + 1 >= s->n)
		return 0;
	const dtoken *a = &s->t[k], *b = &s->t[k + 1];
	int parties = tok_is(b, "PARTIES") || tok_is(b, "SIDES");
	return parties && (tok_is(a, "ALL") || tok_is(a, "BOTH") || tok_is(a, "THE"));
}

/* codes that two parties named as one subject do to each other: "X and Y held
 * talks / agreed / signed / declared a truce / held joint drills / clashed" */
static int reciprocal(const char *code)
{
	/* (but mediators do not mediate between themselves: "talks mediated
	 * by Qatar and Turkey") */
	if (!short_ncmp(code, "045", 3))
		return 0;
	/* nor do parties that praise, defend or rally support for something
	 * praise each other: "Egypt, Qatar and the United States issued a joint
	 * statement welcoming the ceasefire" */
	if (!short_ncmp(code, "051", 3) || !short_ncmp(code, "052", 3) || !short_ncmp(code, "053", 3))
		return 0;
	/* nor do donors pledging aid give it to each other: "Japan and
	 * Australia pledged $2 billion in aid" */
	if (!short_ncmp(code, "033", 3))
		return 0;
	return !short_ncmp(code, "03", 2) || !short_ncmp(code, "04", 2) || !short_ncmp(code, "05", 2) ||
	       !short_ncmp(code, "06", 2) || !short_ncmp(code, "087", 3) || !short_ncmp(code, "19", 2);
}

/* does compound ci's first member belong to the country of code? */
static int same_country(const sent_ctx *s, int32_t ci, const char *code)
{
	const char *c = s->g[s->c[ci].first].code;
	return c && len_upto(c, 4) >= 3 && !short_ncmp(c, code, 3);
}

/* Is compound ci one party, though it may be named twice: "Crown Prince and
 * Prime Minister Mohammed bin Salman" (two titles of one man) */
static int one_party(const sent_ctx *s, int32_t ci)
{
	const char *first = s->g[s->c[ci].first].code;
	for (uint32_t m = 1; m < s->c[ci].n; m++) {
		const char *code = s->g[s->c[ci].first + m].code;
		if (!first || !code || strcmp(first, code))
			return 0;
	}
	return 1;
}

/* Are all members of compound ci officials who carry no arms (government,
 * legislature, elites, parties, judges)? A bare country may be its army. */
static int civilian_officials(const sent_ctx *s, int32_t ci)
{
	static const char *const roles[] = {"GOV", "LEG", "ELI", "PTY", "JUD", NULL};
	for (uint32_t m = 0; m < s->c[ci].n; m++) {
		const char *code = s->g[s->c[ci].first + m].code;
		int civil = 0;
		if (code && len_upto(code, 7) == 6)
			for (int r = 0; roles[r] && !civil; r++)
				civil = !strcmp(code + 3, roles[r]);
		if (!civil)
			return 0;
	}
	return s->c[ci].n > 0;
}

/* Is compound ci one state itself, its country or government, named by its
 * name ("Japan", "the Japanese government"), not a plural of its people
 * ("Kenyans", whose protest is a street protest)? */
static int state_itself(const sent_ctx *s, int32_t ci)
{
	const group *g = &s->g[s->c[ci].first];
	if (!g->code || g->inferred || short_ncmp(g->code, "IGO", 3) == 0 || short_ncmp(g->code, "NGO", 3) == 0 ||
	    !(len_upto(g->code, 4) == 3 || (len_upto(g->code, 7) == 6 && same_str(g->code + 3, "GOV"))))
		return 0;
	const dtoken *t = &s->t[g->e - 1];
	return !(g->e - g->b == 1 && t->nlemma != t->norm);
}

/* the first party after token from of another country than compound src */
static int32_t foreign_party_after(const sent_ctx *s, int32_t src, size_t from)
{
	const char *sc = s->g[s->c[src].first].code;
	for (size_t k = from; k < s->n; k++) {
		int32_t ci = s->comp_at[k];
		if (ci < 0 || ci == src)
			continue;
		const group *g = &s->g[s->c[ci].first];
		/* (nor a bare agent that took a guessed country: "protests these
		 * acts, the foreign ministry said" names no foreign party) */
		if (g->code && !g->agent_only && !g->pronoun && !g->inferred && len_upto(g->code, 4) >= 3 &&
		    short_ncmp(g->code, sc, 3))
			return ci;
		k = s->c[ci].e - 1;
	}
	return -1;
}

static int recipient_optional(const char *code)
{
	if (!short_ncmp(code, "01", 2))
		return !same_str(code, "010");
	/* threats to no one in particular ("vowed to retaliate") and curfews,
	 * bans and states of emergency (172x) are recorded with an open
	 * recipient as well */
	return !short_ncmp(code, "14", 2) || !short_ncmp(code, "15", 2) || !short_ncmp(code, "13", 2) ||
	       !short_ncmp(code, "172", 3);
}

/* "declared a unilateral ceasefire", "unilaterally withdrew": de-escalation
 * (087x) said to be one-sided has no recipient to name */
static int unilateral(const dtoken *t, const dsentence *sn, const verb_cand *v, const char *code)
{
	if (short_ncmp(code, "087", 3) || !sn)
		return 0;
	for (size_t k = v->b > 3 ? v->b - 3 : 0; k < sn->n && k < v->e + 6; k++)
		if (tok_is(&t[k], "UNILATERAL") || tok_is(&t[k], "UNILATERALLY"))
			return 1;
	return 0;
}

/* People named after a title ("Yangon Region Chief Minister U Soe Thein",
 * "Foreign Minister Adel al-Jubeir"): the last capitalized word of a coded
 * phrase (or just after it), when it is no dictionary word, is remembered
 * with the phrase's code, so that a later bare "Thein" is that actor. */
static int surname_of(const sent_ctx *s, const mention *m, size_t last)
{
	/* (before a suffix: "Ferdinand Marcos Jr") */
	size_t end = m->e;
	if (end - m->b > 2 && (tok_is(&s->t[end - 1], "JR") || tok_is(&s->t[end - 1], "SR") ||
	                       tok_is(&s->t[end - 1], "II") || tok_is(&s->t[end - 1], "III")))
		end--;
	if (m->agent || m->pronoun || last + 1 != end || end - m->b < 2 || s->t[last].pos)
		return 0;
	for (uint32_t i = m->b; i < m->e; i++)
		if (s->t[i].kind != TK_WORD || !(s->t[i].flags & TF_CAP))
			return 0;
	return 1;
}

/* remember name (a word of the document's text) for group g, once */
static void remember_name(dyad_coder *c, const dtoken *t, const group *g)
{
	for (size_t q = 0; q < c->n_names; q++)
		if (c->names[q].name[0] == t->norm[0] && same_str(c->names[q].name, t->norm))
			return;
	if (c->n_names >= sizeof c->names / sizeof c->names[0])
		return;
	c->names[c->n_names].name = t->norm;
	c->names[c->n_names].code = g->code;
	c->names[c->n_names].entry = g->entry;
	c->n_names++;
}

/* Common Chinese and Korean family names, written first: "Li" and "Kim"
 * are WordNet words, and "Kim Jong Un" is three, so the tests below on
 * the name's words alone would miss them. ("He" is left out: the pronoun.) */
static const char *const family_names_first[] = {
    "LI", "KIM", "PARK", "LEE", "CHOI", "WANG", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "HUANG", "ZHOU",
    "WU", "XU", "SUN", "MA", "HU", "GUO", "LIN", "GAO", "ZHENG", "HAN", "SONG", "JIANG", "DONG", "YOON",
    "MOON", "CHUNG", "JUNG", "KANG", "CHO", "SHIN", "XI", "WEN", "QIN", "DING", "CAI", NULL};

/* A person the dictionary knows by a two-word name that is no English
 * ("Wang Yi", "Xi Jinping", "Lee Jae-myung"): family names come first in
 * much of Asia, so a later bare "Wang" is that person too. */
static void remember_family_names(dyad_coder *c, const sent_ctx *s)
{
	for (size_t q = 0; q < s->nm; q++) {
		const mention *m = &s->m[q];
		if (m->agent || m->pronoun || !m->code || m->e - m->b < 2 || m->e - m->b > 3 || s->group_at[m->b] < 0)
			continue;
		const dtoken *first = &s->t[m->b], *second = &s->t[m->b + 1];
		/* (a hyphenated given name marks the family name first even when
		 * it is an English word: "Lee Jae-myung", "Moon Jae-in") */
		int hyphenated_given = m->e - m->b == 3 && s->text && s->t[m->b + 2].begin == second->end + 1 &&
		                       s->text[second->end] == '-';
		/* (a common Chinese or Korean family name before the given name of a
		 * person the dictionary lists, even one WordNet knows or in two
		 * words: "Li Qiang", "Kim Jong Un", later "Li", "Kim") */
		int family_first = m->entry != UINT32_MAX && dyad_words__in(first, family_names_first);
		if (m->e - m->b == 3 && !hyphenated_given && !family_first)
			continue;
		/* (and one before a given name that is no English word, for a person
		 * the dictionary lists: "Mao Ning", later "Mao") */
		int foreign_given = !second->pos && m->entry != UINT32_MAX;
		if (first->kind != TK_WORD || second->kind != TK_WORD || !(first->flags & TF_CAP) ||
		    !(second->flags & TF_CAP) || (((first->pos && !foreign_given) || second->pos) && !hyphenated_given && !family_first) ||
		    first->norm_len < 2 || s->allcaps || dyad_words__in(first, dyad_words__not_names))
			continue;
		const group *g = &s->g[s->group_at[m->b]];
		if (g->code && *g->code && !g->agent_only && !g->pronoun && !strcmp(g->code, m->code))
			remember_name(c, first, g);
	}
}

static void remember_names(dyad_coder *c, const sent_ctx *s)
{
	for (size_t k = 0; k < s->ng && c->n_names < sizeof c->names / sizeof c->names[0]; k++) {
		const group *g = &s->g[k];
		if (!g->code || !*g->code || g->agent_only || g->pronoun || g->e == 0)
			continue;
		/* the name follows the phrase's last dictionary word: "... Chief
		 * Minister U Soe Thein" */
		size_t last = g->e - 1;
		while (last + 1 < s->n && s->t[last + 1].kind == TK_WORD && (s->t[last + 1].flags & TF_CAP) &&
		       !s->is_verb[last + 1] && s->group_at[last + 1] < 0)
			last++;
		/* ("Ferdinand Marcos Jr.": the name is before the suffix) */
		if (last > g->b && (tok_is(&s->t[last], "JR") || tok_is(&s->t[last], "SR") || tok_is(&s->t[last], "II") ||
		                    tok_is(&s->t[last], "III")))
			last--;
		const dtoken *t = &s->t[last];
		if (t->kind != TK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_SENT_START) ||
		    s->is_verb[last] || t->norm_len < 3 || s->allcaps || dyad_words__in(t, dyad_words__not_names))
			continue;
		/* the name must follow the phrase's dictionary words, not be one,
		 * unless it ends a person the dictionary knows by the full name
		 * only ("Tran Dai Quang", later "Quang"): the last word of a
		 * capitalized actor phrase that is no English word */
		int in_mention = 0;
		for (size_t q = 0; q < s->nm && !in_mention; q++)
			if (s->m[q].b <= last && last < s->m[q].e)
				in_mention = !surname_of(s, &s->m[q], last);
		if (in_mention)
			continue;
		remember_name(c, t, g);
	}
	remember_family_names(c, s);
}

/* the pattern itself names the preposition before its target ("* TALKS IN +",
 * "* SANCTIONS ON +") */
static int pattern_names_prep(const dyad_dict *d, const dpattern *p)
{
	const dword *w = &d->words[p->ph.first];
	for (uint16_t k = 1; k < p->ph.n; k++)
		if ((w[k].flags & W_TARGET) && !(w[k - 1].flags & (W_VERB | W_SYNSET | W_SOURCE | W_COMPOUND | W_SKIP | W_TARGET))) {
			char lit[16];
			size_t len = w[k - 1].len < sizeof lit - 1 ? w[k - 1].len : sizeof lit - 1;
			memcpy(lit, d->strings + w[k - 1].str, len);
			lit[len] = 0;
			for (int i = 0; dyad_words__prepositions[i]; i++)
				if (same_str(lit, dyad_words__prepositions[i]))
					return 1;
		}
	return 0;
}

/* the number of parts of a "A/B" multi-actor code */
static size_t code_parts(const char *code)
{
	/* (most codes are one part: a scan for the first "/" answers them) */
	const char *q = strchr(code, '/');
	size_t parts = 1;
	for (; q; q = strchr(q + 1, '/'))
		parts++;
	return parts;
}

/* the k-th of the n_parts parts of a code, NUL-terminated (arena copy when split) */
static const char *code_part(dyad_arena *a, const char *code, size_t k, size_t n_parts)
{
	if (n_parts == 1)
		return code;
	const char *b = code;
	for (size_t i = 0; i < k; i++)
		b = strchr(b, '/') + 1;
	const char *e = strchr(b, '/');
	return dyad_arena_strndup(a, b, e ? (size_t)(e - b) : strlen(b));
}

/* group g, coded gc, is a capital named as a place ("to Moscow", "in
 * Islamabad"): one capitalized word coded as a government, no "the" before
 * it (as "the Kremlin" has) */
static int capital_place(const dtoken *t, const group *g, const char *gc)
{
	return g->e == g->b + 1 && g->entry != UINT32_MAX && !g->pronoun && !g->inferred &&
	       (t[g->b].flags & TF_CAP) && len_upto(gc, 7) == 6 && same_str(gc + 3, "GOV") &&
	       !(g->b > 0 && tok_is(&t[g->b - 1], "THE"));
}

static int emit_one(dyad_coder *c, const sent_out *so, const dtoken *t, const group *gs,
                    const group *gt, const char *sc, const char *tc, const char *code,
                    const verb_cand *v, const dpattern *p, uint8_t flags);

/* actor types of armed men: forces, rebels, insurgents, gunmen */
static int armed_type(const char *type)
{
	static const char *const armed[] = {"MIL", "REB", "INS", "UAF", "SPY", NULL};
	for (int i = 0; armed[i]; i++)
		if (!short_ncmp(type, armed[i], 3))
			return 1;
	return 0;
}

/* actor types of officials: government, legislators, judges, parties */
static int official_type(const char *type)
{
	return !short_ncmp(type, "GOV", 3) || !short_ncmp(type, "LEG", 3) || !short_ncmp(type, "JUD", 3) ||
	       !short_ncmp(type, "PTY", 3) || !short_ncmp(type, "ELI", 3);
}

/* actor types of unarmed people: civilians, students, workers, opposition,
 * media, refugees, health workers, religious groups, business */
static int unarmed_people(const char *type)
{
	static const char *const people[] = {"CVL", "EDU", "LAB", "OPP", "MED", "REF", "HLH", "REL", "BUS", "AGR",
	                                     "HRI", NULL};
	/* (the first type counts: "OPPPTY", opposition parties) */
	for (int i = 0; people[i]; i++)
		if (!short_ncmp(type, people[i], 3))
			return 1;
	return 0;
}

static int emit(dyad_coder *c, sent_ctx *s, const sent_out *so, const dtoken *t, int32_t src,
                int32_t tgt, const char *code, const verb_cand *v, const dpattern *p, uint8_t flags)
{
	size_t ns = src >= 0 ? s->c[src].n : 1, nt = tgt >= 0 ? s->c[tgt].n : 1;
	for (size_t a = 0; a < ns; a++)
		for (size_t b = 0; b < nt; b++) {
			const group *gs = src >= 0 ? &s->g[s->c[src].first + a] : NULL;
			const group *gt = tgt >= 0 ? &s->g[s->c[tgt].first + b] : NULL;
			if (!gs || !gs->code || !*gs->code)
				continue;
			if (gt && (!gt->code || !*gt->code))
				gt = NULL;
			size_t nsp = code_parts(gs->code), ntp = gt ? code_parts(gt->code) : 1;
			for (size_t x = 0; x < nsp; x++)
				for (size_t y = 0; y < ntp; y++) {
					const char *sc = code_part(&c->arena, gs->code, x, nsp);
					const char *tc = gt ? code_part(&c->arena, gt->code, y, ntp) : "---";
					if (!sc || !tc)
						return DYAD_ENOMEM;
					int rc = emit_one(c, so, t, gs, gt, sc, tc, code, v, p, flags);
					if (rc)
						return rc;
				}
		}
	return 0;
}

/* is event a, of the same source as b, the fuller one: a recipient where b
 * has none (same root), or a party of the country b names (same three-digit
 * code: a visit to Moscow, 042, does not yield to a meeting with Putin, 040)? */
static int fuller_event(const dyad_event *a, const dyad_event *b)
{
	if (!same_str(a->source, b->source) || short_ncmp(a->code, b->code, 2) || same_str(a->target, "---"))
		return 0;
	if (same_str(b->target, "---"))
		return 1;
	return len_upto(b->target, 4) == 3 && len_upto(a->target, 4) > 3 && !short_ncmp(a->target, b->target, 3) &&
	       !short_ncmp(a->code, b->code, 3);
}

/* code verb v as src -> tgt outright (a mediator, a weapon's launcher) and
 * mark it coded, and emitted when an event came out */
static int emit_verb(dyad_coder *c, sent_ctx *s, const sent_out *so, verb_cand *v, int32_t src, int32_t tgt,
                     const char *code, const dpattern *p, uint8_t flags)
{
	v->coded = 1;
	v->source = src;
	v->target = tgt;
	size_t before = c->n_ev;
	int rc = emit(c, s, so, s->t, src, tgt, code, v, p, flags);
	if (!rc && c->n_ev > before)
		v->emitted = 1;
	return rc;
}

static int emit_among(dyad_coder *c, sent_ctx *s, const sent_out *so, int32_t comp,
                      const char *code, const verb_cand *v, const dpattern *p, uint8_t flags)
{
	const compound *cp = &s->c[comp];
	for (uint32_t a = 0; a < cp->n; a++)
		for (uint32_t b = 0; b < cp->n; b++) {
			const group *gs = &s->g[cp->first + a], *gt = &s->g[cp->first + b];
			if (a == b || !gs->code || !gt->code || !*gs->code || !*gt->code)
				continue;
			int rc = emit_one(c, so, s->t, gs, gt, gs->code, gt->code, code, v, p, flags);
			if (rc)
				return rc;
		}
	return 0;
}

static int emit_one(dyad_coder *c, const sent_out *so, const dtoken *t, const group *gs,
                    const group *gt, const char *sc, const char *tc, const char *code,
                    const verb_cand *v, const dpattern *p, uint8_t flags)
{
	const dyad_dict *d = c->d;
	/* a state that boycotts another state imposes a boycott (163); a strike
	 * or boycott (143) is a protest of people: "Russia boycotted the summit
	 * in Ukraine" */
	if (!c->opt.tabari_compat && !c->opt.petrarch_compat && same_str(code, "143") && short_ncmp(sc, tc, 3) &&
	    short_ncmp(tc, "---", 3) && (len_upto(sc, 4) == 3 || (len_upto(sc, 7) == 6 && same_str(sc + 3, "GOV"))) &&
	    short_ncmp(sc, "IGO", 3) && short_ncmp(sc, "NGO", 3))
		code = "163";
	/* a police raid is coercion (170), a military one force: "German police
	 * raided the homes of suspected extremists" */
	if (!c->opt.tabari_compat && !c->opt.petrarch_compat && same_str(code, "190") && v && len_upto(sc, 7) == 6 &&
	    same_str(sc + 3, "COP") && dyad_words__lemma_is(&t[v->b], "RAID"))
		code = "170";
	/* force by police on their own people is repression: "police used
	 * force against striking teachers" KENCOP 175 KENEDU (any force:
	 * "police shot two unarmed protesters", "fired tear gas at") */
	if (!c->opt.tabari_compat && !c->opt.petrarch_compat && code[0] == '1' && (code[1] == '8' || code[1] == '9') &&
	    len_upto(sc, 7) == 6 &&
	    same_str(sc + 3, "COP") && len_upto(tc, 7) >= 6 && !short_ncmp(sc, tc, 3) && unarmed_people(tc + 3))
		code = "175";
	/* force by irregular armed men (gunmen, militias, rebels, criminals) is
	 * unconventional violence (18), not conventional force (19): on
	 * civilians an assault (180: "gunmen killed 26 tourists"), and a
	 * killing of an official an assassination (186: "gunmen shot dead the
	 * mayor-elect") */
	if (!c->opt.tabari_compat && !c->opt.petrarch_compat && same_str(code, "190") && len_upto(sc, 7) >= 6 &&
	    dyad_syntax__irregular_type(sc + 3) && len_upto(tc, 7) >= 6 && short_ncmp(tc, "---", 3)) {
		if (unarmed_people(tc + 3))
			code = "180";
		else if (official_type(tc + 3) && v &&
		         (dyad_words__lemma_is(&t[v->b], "KILL") || dyad_words__lemma_is(&t[v->b], "SHOOT") ||
		          dyad_words__lemma_is(&t[v->b], "MURDER")))
			code = "186";
	}
	/* expelling troops is expelling forces (166), not people (174):
	 * "ordered French troops to leave" */
	if (!c->opt.tabari_compat && !c->opt.petrarch_compat && same_str(code, "174") && len_upto(tc, 7) >= 6 &&
	    !short_ncmp(tc + 3, "MIL", 3) && short_ncmp(sc, tc, 3))
		code = "166";
	/* armed men blocking a road restrict movement (191), they do not
	 * protest: "gunmen blocked the access road to the village" */
	if (!c->opt.tabari_compat && !c->opt.petrarch_compat && !short_ncmp(code, "144", 3) && len_upto(sc, 7) >= 6 &&
	    armed_type(sc + 3))
		code = "191";
	/* a visit to a capital is a visit to the country, not to its
	 * government: "Nuland's visit to Moscow" USAGOV 042 RUS */
	if (!c->opt.tabari_compat && !c->opt.petrarch_compat &&
	    (same_str(code, "042") || same_str(code, "043"))) {
		const group *g = code[2] == '2' ? gt : gs;
		const char *gc = code[2] == '2' ? tc : sc;
		if (g && capital_place(t, g, gc)) {
			const char *place = dyad_arena_strndup(&c->arena, gc, 3);
			if (!place)
				return DYAD_ENOMEM;
			if (code[2] == '2')
				tc = place;
			else
				sc = place;
		}
	}
	/* force on a capital is force on the country, not on its government:
	 * "shelled Kyiv", "a suicide bomber blew himself up in Mogadishu"; so
	 * is a curfew or state of emergency in it ("in Lima") */
	if (!c->opt.tabari_compat && !c->opt.petrarch_compat && gt &&
	    (code[0] == '2' || (code[0] == '1' && code[1] >= '8') || !short_ncmp(code, "172", 3)) &&
	    capital_place(t, gt, tc)) {
		const char *place = dyad_arena_strndup(&c->arena, tc, 3);
		if (!place)
			return DYAD_ENOMEM;
		tc = place;
	}
	/* force by a state's forces on a place of its own country is a
	 * domestic event, not a self-event: "Syrian army shelled Aleppo"
	 * SYRMIL 194 SYR */
	int domestic_force = !c->opt.tabari_compat && (code[0] == '2' || (code[0] == '1' && code[1] >= '8')) &&
	                     len_upto(sc, 4) > 3 && len_upto(tc, 4) == 3;
	if (!c->opt.keep_self_events && gt && !gt->domestic && !domestic_force && dyad_clause__self_event(sc, tc) &&
	    (c->opt.tabari_compat || gt == gs || !dyad_clause__coerces_own(code, sc, tc))) {
		/* "Jordan raised the alert level of its air defences": keep what
		 * needs no recipient, without one */
		if (c->opt.tabari_compat || !recipient_optional(code))
			return 0;
		gt = NULL;
		tc = "---";
	}
	/* "Hezbollah declared a unilateral ceasefire in south Lebanon": a
	 * place of its own country is where a one-sided truce holds, not
	 * a party to it */
	if (!c->opt.tabari_compat && gt && len_upto(tc, 4) == 3 && len_upto(sc, 4) > 3 && !short_ncmp(sc, tc, 3) &&
	    unilateral(t, so->sn, v, code)) {
		gt = NULL;
		tc = "---";
	}
	/* "---" is no actor; PETRARCH's anonymous "---GOV" is one */
	if (!short_ncmp(sc, "---", 3) && (!c->opt.petrarch_compat || !sc[3]))
		return 0;
	/* "X said ...": a bare statement is attribution, not an event */
	if (!c->opt.tabari_compat && same_str(code, "010"))
		return 0;
	/* an event needs a recipient, except statements about oneself
	 * (declining comment, denying: 011-018), protests and displays of
	 * force; TABARI never codes without one (manual 8.5) */
	if (!gt && !c->opt.petrarch_compat &&
	    (c->opt.tabari_compat || !(recipient_optional(code) || so->open_recipient || unilateral(t, so->sn, v, code))))
		return 0;
	/* drop exact duplicates within the sentence */
	int dup = 0;
	for (size_t k = c->n_ev; !dup && k-- > 0 && c->ev[k].sentence == so->sentence;)
		if (same_str(c->ev[k].source, sc) && same_str(c->ev[k].target, tc) &&
		    same_str(c->ev[k].code, code))
			dup = 1;
	if (dup)
		return 0;
	dyad_event *e;
	int rc = event_slot(c, &e);
	if (rc)
		return rc;
	memset(e, 0, sizeof *e);
	e->sentence = so->sentence;
	e->date = so->date;
	e->source = sc;
	e->target = tc;
	fill_code(c, e, code);
	e->source_span.begin = t[gs->b].begin;
	e->source_span.end = t[gs->e - 1].end;
	if (gt) {
		e->target_span.begin = t[gt->b].begin;
		e->target_span.end = t[gt->e - 1].end;
	}
	e->verb_span.begin = t[v->b].begin;
	e->verb_span.end = t[v->e - 1].end;
	e->sentence_span.begin = so->sn->begin;
	e->sentence_span.end = so->sn->end;
	if (p) {
		e->pattern_file = d->strings + p->file;
		e->pattern_line = p->line;
		e->pattern_text = d->strings + p->text;
	} else if (v->verb == UINT32_MAX) {
		e->pattern_file = "coder";
		e->pattern_line = 0;
		e->pattern_text = "(an event named by a noun)";
	} else {
		const dverb *dv = &d->verbs[v->verb];
		e->pattern_file = d->strings + dv->file;
		e->pattern_line = dv->line;
		e->pattern_text = "";
	}
	if (gs->entry != UINT32_MAX) {
		e->source_entry_file = d->strings + d->actors[gs->entry].file;
		e->source_entry_line = d->actors[gs->entry].line;
	}
	if (gt && gt->entry != UINT32_MAX) {
		e->target_entry_file = d->strings + d->actors[gt->entry].file;
		e->target_entry_line = d->actors[gt->entry].line;
	}
	e->issues = so->issues;
	e->n_issues = so->n_issues;
	c->evf[c->n_ev++] = flags;
	return 0;
}

/* A one-member compound standing for group g alone (TABARI's source found
 * after the verb is one actor, not its compound). */
static int32_t single_actor(sent_ctx *s, const group *g)
{
	group c = *g;
	c.compound = (uint16_t)s->nc;
	s->g[s->ng] = c;
	compound cp = {(uint32_t)s->ng, 1, g->b, g->e};
	s->ng++;
	s->c[s->nc] = cp;
	return (int32_t)s->nc++;
}

/* is code the government, police, army or courts of src's own country? */
static int own_state_organ(const char *code, const char *src)
{
	return len_upto(code, 7) >= 6 && !short_ncmp(code, src, 3) &&
	       (same_str(code + 3, "GOV") || same_str(code + 3, "COP") || same_str(code + 3, "MIL") ||
	        same_str(code + 3, "JUD"));
}

/* a group for an actor no dictionary entry names, coded code and spanning
 * tokens [b, e) */
static group coded_group(const char *code, uint32_t b, uint32_t e)
{
	group g;
	memset(&g, 0, sizeof g);
	g.b = b;
	g.e = e;
	g.code = code;
	g.entry = UINT32_MAX;
	return g;
}

/* A one-member compound for such an actor */
static int32_t implied_actor(sent_ctx *s, const char *code, uint32_t b, uint32_t e)
{
	group g = coded_group(code, b, e);
	return single_actor(s, &g);
}

/* a member coded code, spanning tokens [b, e), of the compound about to be
 * made (s->nc) */
static void add_member(sent_ctx *s, const char *code, uint32_t b, uint32_t e)
{
	group g = coded_group(code, b, e);
	g.compound = (uint16_t)s->nc;
	s->g[s->ng++] = g;
}

/* A two-member compound of the actors pair[0] and pair[1] (a story's two
 * parties standing for "the two sides", "they"), spanning tokens [b, e);
 * mark: the tokens name it (comp_at) */
static int32_t pair_actor(sent_ctx *s, const char *const *pair, uint32_t b, uint32_t e, int mark)
{
	uint32_t first = (uint32_t)s->ng;
	for (int k = 0; k < 2; k++)
		add_member(s, pair[k], b, e);
	compound cp = {first, 2, b, e};
	for (uint32_t q = b; mark && q < e; q++)
		s->comp_at[q] = (int32_t)s->nc;
	s->c[s->nc] = cp;
	return (int32_t)s->nc++;
}

/* The source of the story's last event (of root, or of any when root is 0)
 * on a party of side's country (its first three letters), by a party of
 * another country (foreign) or only of another code; NULL if none. */
static const char *last_actor_on(const dyad_coder *c, const char *side, int foreign, int root)
{
	for (size_t k = c->n_ev; k-- > 0;) {
		const dyad_event *e = &c->ev[k];
		if ((!root || (e->code[0] - '0') * 10 + (e->code[1] - '0') == root) && !short_ncmp(e->target, side, 3) &&
		    (foreign ? short_ncmp(e->source, side, 3) != 0 : !same_str(e->source, side)) && len_upto(e->source, 4) >= 3 &&
		    short_ncmp(e->source, "---", 3))
			return e->source;
	}
	return NULL;
}

/* the distinct sources (two to four) of the events of root in the sentence
 * of the story's last event of that root, none of them src's country, as one
 * compound spanning tokens [b, e); -1 when fewer than two */
static int32_t kind_actors(const dyad_coder *c, sent_ctx *s, int root, const char *src, uint32_t b, uint32_t e)
{
	const char *who[4];
	int n = 0;
	uint32_t last = c->last_root_ev[root], sentence = c->ev[last].sentence;
	for (size_t k = last + 1; k-- > 0 && c->ev[k].sentence == sentence && n < 4;) {
		const char *code = c->ev[k].code;
		const char *so = c->ev[k].source;
		if ((code[0] - '0') * 10 + (code[1] - '0') != root || !so || len_upto(so, 4) < 3 || (src && !short_ncmp(so, src, 3)))
			continue;
		int seen = 0;
		for (int q = 0; q < n && !seen; q++)
			seen = same_str(who[q], so);
		if (!seen)
			who[n++] = so;
	}
	/* (within the spare slots dyad_syntax__actors allots: 4n + 4) */
	if (n < 2 || s->ng + (size_t)n > 4 * s->n + 4 || s->nc + 1 > 4 * s->n + 4)
		return -1;
	uint32_t first = (uint32_t)s->ng;
	for (int q = n; q-- > 0;) /* (in the order they were coded) */
		add_member(s, who[q], b, e);
	compound cp = {first, (uint32_t)n, b, e};
	s->c[s->nc] = cp;
	return (int32_t)s->nc++;
}

/* is the country (3 letters) one whose capital reports the aid, loans and
 * appeals of donors and lenders (Washington, Geneva, Brussels, London ...)? */
static int donor_seat(const char *cc)
{
	static const char *const seats[] = {"USA", "GBR", "FRA", "DEU", "JPN", "CHN", "RUS", "BEL", "CHE", "ITA", "CAN",
	                                    "AUS", "NLD", "SWE", "NOR", "ARE", "SAU", "QAT", "KOR", "AUT", NULL};
	for (int k = 0; seats[k]; k++)
		if (!memcmp(cc, seats[k], 3))
			return 1;
	return 0;
}

/* is the country (3 letters) a kingdom, which its own agencies call "the
 * Kingdom"? */
static int monarchy(const char *cc)
{
	static const char *const kingdoms[] = {"SAU", "BHR", "JOR", "MAR", "THA", "KHM", "ESP", "NLD", "BEL", "NOR", "SWE",
	                                       "DNK", "GBR", "SWZ", "LSO", "BTN", "TON", NULL};
	for (int k = 0; kingdoms[k]; k++)
		if (!memcmp(cc, kingdoms[k], 3))
			return 1;
	return 0;
}

/* the two parties of a meeting the sentence names before token end: two
 * actors of different countries with a word of meeting between them ("Wang
 * Yi held talks with Bui Thanh Son", "Ruto met Abiy"); 0 if none */
static int met_pair(const sent_ctx *s, size_t end, const char *pair[2])
{
	static const char *const meeting[] = {"MET", "MEET", "MEETS", "MEETING", "TALKS", "TALKED", "HOSTED",
	                                      "HOSTS", "RECEIVED", "RECEIVES", "SPOKE", "CALL", "CONVERSATION",
	                                      NULL};
	int32_t first = -1;
	for (size_t q = 0; q < end; q++) {
		int32_t ci = s->comp_at[q];
		if (ci < 0 || s->c[ci].b != q || s->c[ci].n != 1)
			continue;
		const group *g = &s->g[s->c[ci].first];
		q = s->c[ci].e - 1;
		if (!g->code || len_upto(g->code, 4) < 3 || g->agent_only || g->pronoun || g->inferred ||
		    (s->c[ci].b > 0 && (tok_is(&s->t[s->c[ci].b - 1], "IN") || tok_is(&s->t[s->c[ci].b - 1], "AT"))))
			continue;
		if (first < 0) {
			first = ci;
			continue;
		}
		const char *fc = s->g[s->c[first].first].code;
		if (!short_ncmp(fc, g->code, 3))
			continue;
		for (size_t k = s->c[first].e; k < s->c[ci].b; k++)
			if (dyad_words__in(&s->t[k], meeting)) {
				pair[0] = fc;
				pair[1] = g->code;
				return 1;
			}
		return 0;
	}
	return 0;
}

/* the code of country (its first three letters) with actor type type
 * ("GOV", "CVL", "" for the bare country), in the coder's arena; NULL out
 * of memory */
static char *country_code(dyad_coder *c, const char *country, const char *type)
{
	size_t n = strlen(type);
	char *code = dyad_arena_alloc(&c->arena, 3 + n + 1);
	if (code) {
		memcpy(code, country, 3);
		memcpy(code + 3, type, n + 1);
	}
	return code;
}

/* the one-member compound ci's actor as one of country's (its first three
 * letters): "people" guessed Russian as Ukraine's; -1 out of memory */
static int32_t of_country(dyad_coder *c, sent_ctx *s, int32_t ci, const char *country)
{
	const group *g = &s->g[s->c[ci].first];
	char *code = country_code(c, country, g->code + 3);
	return code ? implied_actor(s, code, g->b, g->e) : -1;
}

/* A one-member compound standing for a DEFAULT: code, spanning the verb. */
static int32_t default_actor(sent_ctx *s, const char *code, const verb_cand *v)
{
	return implied_actor(s, code, v->b, v->e);
}

/* "protesters were arrested", "the detainees were released": arrests,
 * repression and releases are the work of the police of the people's own
 * country, deportations of its government, as CAMEO coders read them; the
 * compound of that implicit actor, or -1 */
static int32_t implicit_authority(sent_ctx *s, int32_t subj, const char *code, const verb_cand *v)
{
	/* (and restrictions: "access to X was restricted in Turkey" is the
	 * government's) */
	const char *type = same_str(code, "173") || same_str(code, "175") || !short_ncmp(code, "084", 3) ? "COP"
	                   : same_str(code, "174") || !short_ncmp(code, "172", 3) || same_str(code, "063") ? "GOV"
	                                                                                             : NULL;
	if (!type || subj < 0 || s->c[subj].n != 1)
		return -1;
	const char *who = s->g[s->c[subj].first].code;
	/* the authorities do not act on themselves ("police were attacked") */
	static const char *const state[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", NULL};
	if (!who || len_upto(who, 4) < 3 || !short_ncmp(who, "IGO", 3) || !short_ncmp(who, "NGO", 3))
		return -1;
	for (int i = 0; state[i]; i++)
		if (len_upto(who, 7) >= 6 && !short_ncmp(who + 3, state[i], 3))
			return -1;
	/* (the police of the place where it happened: "Two Japanese nationals
	 * were detained in Beijing" is CHNCOP's arrest) */
	const char *where = who;
	size_t k = v->e < s->n && dyad_words__is_adverb(&s->t[v->e]) ? v->e + 1 : v->e;
	if (k + 1 < s->n && tok_is(&s->t[k], "IN")) {
		int32_t place = dyad_syntax__compound_at(s, k + 1);
		const char *pc = place >= 0 && s->c[place].n == 1 ? s->g[s->c[place].first].code : NULL;
		if (pc && len_upto(pc, 4) >= 3 && short_ncmp(pc, "IGO", 3) && short_ncmp(pc, "NGO", 3) && short_ncmp(pc, "---", 3))
			where = pc;
	}
	char *c = dyad_arena_alloc(s->arena, 7);
	if (!c)
		return -1;
	memcpy(c, where, 3);
	memcpy(c + 3, type, 4);
	return default_actor(s, c, v);
}

/* "a ballistic missile fired by the Houthis at Riyadh", "rockets launched
 * by Hamas into Israel": force (18-20) by the party after "by" on the one
 * after "at", "into", "on" or "against"; 0 when v is no such participle */
static int fired_weapon(sent_ctx *s, const verb_cand *v, const char *code, int32_t *by, int32_t *at)
{
	if (!(code[0] == '2' || (code[0] == '1' && code[1] >= '8')) || v->b < 2 ||
	    !dyad_syntax__weapon_at(s, v->b - 1, 1))
		return 0;
	size_t end = dyad_clause__end(s, v->e + 1);
	*by = dyad_pattern__compound_from(s, v->e + 1, v->e + 4 < end ? v->e + 4 : end);
	if (*by < 0 || s->c[*by].n != 1 || s->g[s->c[*by].first].agent_only)
		return 0;
	*at = -1;
	for (size_t k = s->c[*by].e; k + 1 < end && k < s->c[*by].e + 3; k++)
		if (tok_is(&s->t[k], "AT") || tok_is(&s->t[k], "INTO") || tok_is(&s->t[k], "ON") ||
		    tok_is(&s->t[k], "AGAINST")) {
			*at = dyad_pattern__compound_from(s, k + 1, k + 5 < end ? k + 5 : end);
			break;
		}
	return *at >= 0 && *at != *by;
}

/* "came under (heavy) shelling from X", "come under attack by X": X; -2
 * when no attacker is named ("came under drone attack"), -1 when v is not so
 * governed */
static int32_t under_fire_from(sent_ctx *s, const verb_cand *v)
{
	/* (past modifiers: "came under heavy shelling", "came under drone
	 * attack", "came under Russian missile attack") */
	size_t k = v->b;
	while (k > 0 && k + 3 > v->b && s->t[k - 1].kind == TK_WORD &&
	       (s->t[k - 1].pos & (DYAD_POS_ADJ | DYAD_POS_NOUN)) && !tok_is(&s->t[k - 1], "UNDER"))
		k--;
	if (k < 2 || !tok_is(&s->t[k - 1], "UNDER") || !dyad_words__lemma_is(&s->t[k - 2], "COME"))
		return -1;
	/* (the attacker named as a modifier: "Russian missile attack") */
	for (size_t q = k; q < v->b; q++)
		if (s->comp_at[q] >= 0 && !s->g[s->c[s->comp_at[q]].first].agent_only &&
		    !s->g[s->c[s->comp_at[q]].first].inferred)
			return s->comp_at[q];
	for (size_t q = v->e; q + 1 < s->n && q < v->e + 3; q++)
		if (tok_is(&s->t[q], "FROM") || tok_is(&s->t[q], "BY")) {
			int32_t from = dyad_pattern__compound_from(s, q + 1, q + 4 < s->n ? q + 4 : s->n);
			return from >= 0 ? from : -2;
		}
	return -2;
}

/* the subject of the sentence's "if"/"unless" clause ("If Iran attacks,
 * ...", "... unless Kyiv withdraws"), when it is no actor of src's side;
 * -1 when none */
static int32_t condition_actor(const sent_ctx *s, int32_t src)
{
	const char *sc = src >= 0 && s->c[src].n == 1 ? s->g[s->c[src].first].code : NULL;
	for (size_t k = 0; k + 1 < s->n; k++) {
		if (!tok_is(&s->t[k], "IF") && !tok_is(&s->t[k], "UNLESS"))
			continue;
		int32_t ci = dyad_syntax__compound_at(s, k + 1);
		const group *g = ci >= 0 && s->c[ci].n == 1 ? &s->g[s->c[ci].first] : NULL;
		if (!g || ci == src || !g->code || g->agent_only || g->pronoun || len_upto(g->code, 4) < 3 ||
		    (sc && len_upto(sc, 4) >= 3 && !short_ncmp(sc, g->code, 3)))
			return -1;
		return ci;
	}
	return -1;
}

/* "American citizens detained in Iran": an arrest or detention of the
 * subject in another country is that country's doing (-1: none) */
static int32_t place_authority(sent_ctx *s, int32_t subj, const char *code, const verb_cand *v)
{
	if (!same_str(code, "173") || subj < 0 || s->c[subj].n != 1 || v->e + 1 >= s->n || !tok_is(&s->t[v->e], "IN"))
		return -1;
	int32_t ci = dyad_syntax__compound_at(s, v->e + 1);
	const group *place = ci >= 0 && s->c[ci].n == 1 ? &s->g[s->c[ci].first] : NULL;
	const char *who = s->g[s->c[subj].first].code;
	if (!place || !place->code || len_upto(place->code, 4) != 3 || place->inferred || !who || len_upto(who, 4) < 3 ||
	    !short_ncmp(who, place->code, 3) || !short_ncmp(place->code, "IGO", 3))
		return -1;
	return ci;
}

/* verbs of meeting: an intention to meet named by them is both parties' */
static const char *const meeting_verbs[] = {"MEET", "HOLD", "HAVE", "TALK", "CONFER", "SIT", NULL};

/* "met the Polish president in New York": a meeting (040) in a country of
 * neither party is one at a third location (044) */
static const char *third_location(const sent_ctx *s, const verb_cand *v, const char *code, const char *sc,
                                  const char *tc)
{
	if (!same_str(code, "040") || !sc || !tc || len_upto(sc, 4) < 3 || len_upto(tc, 4) < 3)
		return code;
	for (size_t k = v->e; k + 1 < s->n; k++) {
		if (dyad_words__in(&s->t[k], dyad_words__clause_stops) || tok_is(&s->t[k], ","))
			break;
		if (!tok_is(&s->t[k], "IN") || s->comp_at[k + 1] < 0)
			continue;
		const group *g = &s->g[s->c[s->comp_at[k + 1]].first];
		if (!g->code || len_upto(g->code, 4) < 3 || !short_ncmp(g->code, "IGO", 3) || !short_ncmp(g->code, "NGO", 3) ||
		    g->agent_only)
			return code;
		return short_ncmp(g->code, sc, 3) && short_ncmp(g->code, tc, 3) ? "044" : code;
	}
	return code;
}

/* "hostages held by Hamas", "citizens they believe were detained by the U.S.
 * forces": the captor named in the reach tokens from token from, or -1 */
static int32_t captor_after(const sent_ctx *s, size_t from, size_t reach)
{
	static const char *const held[] = {"HOLD", "DETAIN", "KIDNAP", "ABDUCT", "CAPTURE", "JAIL", "IMPRISON",
	                                   "ARREST", "SEIZE", "TAKE", NULL};
	for (size_t k = from; k + 2 < s->n && k < from + reach; k++) {
		if (tok_is(&s->t[k], ";") || tok_is(&s->t[k], "."))
			break;
		if (dyad_words__in_lemma(&s->t[k], held) && tok_is(&s->t[k + 1], "BY")) {
			int32_t by = dyad_syntax__compound_at(s, k + 2);
			return by >= 0 && !s->g[s->c[by].first].agent_only ? by : -1;
		}
		/* "nationals detained in Venezuela": held by the country they are in */
		if (dyad_words__in_lemma(&s->t[k], held) && dyad_words__ends_with(&s->t[k], "ED") &&
		    tok_is(&s->t[k + 1], "IN")) {
			int32_t in = dyad_syntax__compound_at(s, k + 2);
			const group *g = in >= 0 && s->c[in].n == 1 ? &s->g[s->c[in].first] : NULL;
			return g && g->code && len_upto(g->code, 4) == 3 && !g->inferred && short_ncmp(g->code, "IGO", 3) ? in : -1;
		}
	}
	return -1;
}

/* ... of the people of compound ci */
static int32_t captor_of(const sent_ctx *s, int32_t ci)
{
	return captor_after(s, s->c[ci].e, 8);
}

/* The "to" of verb v's infinitive, also when v is a second one joined by
 * "and"/"or" ("called on Arabs to unite and mobilize", "aims to tighten
 * sanctions and impose a blockade"); 0 when v is no infinitive */
static size_t infinitive_to(const sent_ctx *s, const verb_cand *v)
{
	/* (a second "to" after "and" is the first one's: "decided to close its
	 * airspace to Mali and to recall its ambassadors") */
	int second_to = v->b > 3 && tok_is(&s->t[v->b - 1], "TO") &&
	                (tok_is(&s->t[v->b - 2], "AND") || tok_is(&s->t[v->b - 2], "OR"));
	if (v->b > 0 && tok_is(&s->t[v->b - 1], "TO") && !second_to)
		return v->b - 1;
	/* (no first one found: the second's own "to") */
	const size_t none = second_to ? v->b - 1 : 0;
	size_t k = second_to ? v->b - 1 : v->b;
	while (k > 0 && dyad_words__is_quote(&s->t[k - 1]))
		k--;
	const dtoken *t = &s->t[v->b];
	if (k < 3 || !(tok_is(&s->t[k - 1], "AND") || tok_is(&s->t[k - 1], "OR")) || t->vlemma != t->norm ||
	    dyad_words__ends_with(t, "S"))
		return none;
	/* the first infinitive: "to" and a base form, a few words back in the clause */
	for (size_t q = k - 1; q-- > 0 && q + 10 > k;) {
		const dtoken *w = &s->t[q];
		if (dyad_words__in(w, dyad_words__clause_stops) || (w->kind == TK_PUNCT && !dyad_words__is_quote(w)))
			return none;
		if (tok_is(w, "TO") && q + 1 < k && s->t[q + 1].kind == TK_WORD && s->t[q + 1].vlemma == s->t[q + 1].norm &&
		    !dyad_words__ends_with(&s->t[q + 1], "S") && s->comp_at[q + 1] < 0)
			return q;
	}
	return none;
}

/* the first token past the time words at i ("on Monday", "late on Friday",
 * "overnight", "yesterday"), or i */
static size_t after_time(const sent_ctx *s, size_t i)
{
	for (;;) {
		if (i + 1 < s->n && tok_is(&s->t[i], "LATE") && tok_is(&s->t[i + 1], "ON"))
			i++;
		if (i + 1 < s->n && tok_is(&s->t[i], "ON") && dyad_words__in(&s->t[i + 1], dyad_words__weekdays))
			i += 2;
		/* (a bare weekday: "were killed Monday in an attack") */
		else if (i < s->n && (s->t[i].flags & TF_CAP) && dyad_words__in(&s->t[i], dyad_words__weekdays))
			i++;
		else if (i < s->n && dyad_words__in(&s->t[i], dyad_words__time_words))
			i++;
		else
			return i;
	}
}

/* are drones or aircraft named in the few words after i, before any
 * punctuation ("with drones and missiles")? */
static int aerial_named(const sent_ctx *s, size_t i)
{
	static const char *const aerial[] = {"DRONE", "DRONES", "AIRCRAFT", "WARPLANE", "WARPLANES", "JETS",
	                                     "HELICOPTER", "HELICOPTERS", "GUNSHIPS", "UAVS", NULL};
	for (size_t k = i; k < s->n && k < i + 8 && s->t[k].kind != TK_PUNCT; k++)
		if (dyad_words__in(&s->t[k], aerial))
			return 1;
	return 0;
}

/* does group g name aircraft or drones ("Israeli aircraft", "Russian
 * warplanes", "its drones", "the air force")? */
static int airborne(const sent_ctx *s, const group *g)
{
	static const char *const air[] = {"AIRCRAFT", "WARPLANE", "WARPLANES", "JET", "JETS", "DRONE", "DRONES",
	                                  "HELICOPTER", "HELICOPTERS", "BOMBER", "BOMBERS", "AIRSTRIKES", NULL};
	for (uint32_t k = g->b; k < g->e && k < s->n; k++)
		if (dyad_words__in(&s->t[k], air) ||
		    (tok_is(&s->t[k], "AIR") && k + 1 < g->e && tok_is(&s->t[k + 1], "FORCE")))
			return 1;
	return 0;
}

/* Does the clause after "warned that" open with a plain noun, no party nor
 * pronoun ("warned that famine was spreading", "that the situation could
 * deteriorate")? */
static int warned_of_thing(const sent_ctx *s, const verb_cand *v)
{
	size_t k = after_time(s, v->e);
	if (k >= s->n || !tok_is(&s->t[k], "THAT"))
		return 0;
	k++;
	while (k < s->n && (dyad_words__in(&s->t[k], dyad_words__determiners) ||
	                    ((s->t[k].pos & DYAD_POS_ADJ) && s->comp_at[k] < 0 && !(s->t[k].flags & TF_CAP))))
		k++;
	return k < s->n && s->t[k].kind == TK_WORD && s->comp_at[k] < 0 && (s->t[k].pos & DYAD_POS_NOUN) &&
	       !(s->t[k].flags & TF_CAP) && !dyad_words__in(&s->t[k], dyad_words__pronouns);
}

/* Is the infinitive whose "to" is at inf what a verb of asking asks of its
 * object: "called the international partners to impose", "urged all
 * parties to"? (the object a few words long, no punctuation between) */
static int asked_of(const sent_ctx *s, size_t inf)
{
	static const char *const asking[] = {"CALL", "URGE", "ASK", "APPEAL", "PRESS", "REQUEST", "ENCOURAGE",
	                                     "INVITE", "EXHORT", "IMPLORE", "BEG", "PUSH", NULL};
	for (size_t k = inf; k-- > 0 && k + 7 > inf;) {
		const dtoken *t = &s->t[k];
		if (t->kind == TK_PUNCT || (s->is_verb[k] && !dyad_words__in_lemma(t, asking)))
			return 0;
		if (t->kind == TK_WORD && k + 1 < inf && (t->pos & DYAD_POS_VERB) && dyad_words__in_lemma(t, asking) &&
		    !dyad_words__ends_with(t, "ING"))
			return 1;
	}
	return 0;
}

/* Is the infinitive whose "to" is at inf the act of someone a negated
 * "allow", "permit" or "let" leaves out: "will not allow inspectors to
 * visit", "refused to let the convoy pass"? */
static int refused_leave(const sent_ctx *s, size_t inf)
{
	static const char *const leave[] = {"ALLOW", "PERMIT", "LET", NULL};
	for (size_t k = inf; k-- > 0 && k + 6 > inf;) {
		if (s->t[k].kind == TK_PUNCT)
			return 0;
		if (s->t[k].kind != TK_WORD || !dyad_words__in_lemma(&s->t[k], leave))
			continue;
		for (size_t q = k; q-- > 0 && q + 4 > k;)
			if (dyad_words__in(&s->t[q], dyad_words__negators) || dyad_words__lemma_is(&s->t[q], "REFUSE"))
				return 1;
		return 0;
	}
	return 0;
}

/* "Two militants were killed in an encounter with security forces", "9 PKK
 * terrorists were neutralized in air-supported operations": armed men killed
 * in an operation, an encounter or a raid with no one named after "by" fell
 * to the forces named after "with", else to the forces of their own
 * country; the compound of those forces, -1 if none, or DYAD_ENOMEM's -2 */
static int32_t operation_force(dyad_coder *c, sent_ctx *s, int32_t subj, const char *code, const verb_cand *v)
{
	static const char *const operations[] = {"OPERATION", "ENCOUNTER", "RAID", "CLASH", "GUNFIGHT", "SHOOTOUT", NULL};
	if (subj < 0 || s->c[subj].n != 1 || !(code[0] == '2' || (code[0] == '1' && code[1] >= '8')))
		return -1;
	const char *sc = s->g[s->c[subj].first].code;
	if (!sc || len_upto(sc, 7) < 6 || !(!short_ncmp(sc + 3, "REB", 3) || !short_ncmp(sc + 3, "INS", 3) || !short_ncmp(sc + 3, "UAF", 3)))
		return -1;
	for (size_t k = v->e; k < s->n && k < v->e + 10; k++) {
		if (s->t[k].kind == TK_PUNCT && s->t[k].norm[0] != '-')
			break;
		if (s->t[k].kind != TK_WORD || !dyad_words__in_lemma_n(&s->t[k], operations))
			continue;
		if (k + 2 < s->n && tok_is(&s->t[k + 1], "WITH") && s->comp_at[k + 2] >= 0) {
			int32_t with = s->comp_at[k + 2];
			const group *g = &s->g[s->c[with].first];
			if (g->code && len_upto(g->code, 4) >= 3 && with != subj)
				return with;
		}
		char *mil = country_code(c, sc, "MIL");
		return mil ? implied_actor(s, mil, (uint32_t)k, (uint32_t)k + 1) : -2;
	}
	return -1;
}

/* The armed force (army, rebels, peacekeepers) that a passive withdrawal or
 * demobilization (087x, 166x) with no "by" is about: it yields itself. The
 * nearest actor before the verb may be the place the force was in ("guerrillas
 * operating in Macedonia have been demobilized"): then the force before it,
 * and *place is that place. -1 when the subject is no force. */
static int32_t retreating_force(const sent_ctx *s, int32_t subj, const char *code, int32_t *place)
{
	static const char *const forces[] = {"MIL", "REB", "INS", "UAF", "PKO", NULL};
	*place = -1;
	if (subj < 0 || s->c[subj].n != 1 || (short_ncmp(code, "087", 3) && short_ncmp(code, "166", 3)))
		return -1;
	size_t b = s->c[subj].b;
	if (b > 1 && (tok_is(&s->t[b - 1], "IN") || tok_is(&s->t[b - 1], "FROM"))) {
		/* "operating in", "deployed in": at most one word between */
		size_t k = b - 1;
		if (k > 0 && s->t[k - 1].kind == TK_WORD && s->comp_at[k - 1] < 0)
			k--;
		if (k > 0 && s->comp_at[k - 1] >= 0) {
			*place = subj;
			subj = s->comp_at[k - 1];
			if (s->c[subj].n != 1)
				return -1;
		}
	}
	const char *who = s->g[s->c[subj].first].code;
	if (!who || len_upto(who, 7) < 6)
		return -1;
	for (int i = 0; forces[i]; i++)
		if (strstr(who + 3, forces[i]))
			return subj;
	return -1;
}

/* "the ambassador was summoned to the foreign ministry": the one summoned
 * to is the one who summoned; its compound, or -1 */
static int32_t summoned_to(const sent_ctx *s, const verb_cand *v)
{
	if (!dyad_words__lemma_is(&s->t[v->b], "SUMMON") || v->e + 1 >= s->n || !tok_is(&s->t[v->e], "TO"))
		return -1;
	int32_t ci = dyad_syntax__compound_at(s, v->e + 1);
	if (ci < 0)
		return -1;
	const group *g = &s->g[s->c[ci].first];
	return g->code && !g->agent_only ? ci : -1;
}

/* is the verb's object a party named vaguely ("warned other countries",
 * "anyone who", "those responsible", "all sides")? */
static int vague_object(const sent_ctx *s, const verb_cand *v)
{
	static const char *const vague[] = {"OTHER", "ANYONE", "ANYBODY", "THOSE", "ALL", "EVERYONE", "WHOEVER", NULL};
	if (v->e >= s->n || s->t[v->e].kind != TK_WORD)
		return 0;
	for (int k = 0; vague[k]; k++)
		if (tok_is(&s->t[v->e], vague[k]))
			return 1;
	return 0;
}

/* "A package of documents was signed following the talks of the presidents
 * of Uzbekistan and Kazakhstan": the two parties of the talks named after an
 * agentless passive of cooperation are its parties (the compound of two or
 * more actors within a few words of "talks of"/"talks between"); -1 none */
static int32_t talks_parties(const sent_ctx *s, const verb_cand *v)
{
	static const char *const talks[] = {"TALK", "NEGOTIATION", "MEETING", "SUMMIT", "CONSULTATION", "VISIT", NULL};
	for (size_t k = v->e; k + 2 < s->n && k < v->e + 8; k++) {
		if (s->t[k].kind != TK_WORD || !dyad_words__in_lemma_n(&s->t[k], talks))
			continue;
		if (!tok_is(&s->t[k + 1], "OF") && !tok_is(&s->t[k + 1], "BETWEEN"))
			return -1;
		for (size_t q = k + 2; q < s->n && q < k + 7; q++) {
			int32_t ci = s->comp_at[q];
			if (ci < 0)
				continue;
			const group *g = &s->g[s->c[ci].first];
			return s->c[ci].n >= 2 && g->code && !g->agent_only && !g->pronoun ? ci : -1;
		}
		return -1;
	}
	return -1;
}

/* YYYYMMDD moved by days (proleptic Gregorian calendar); 0 stays 0 */
static int32_t shift_date(int32_t ymd, int32_t days)
{
	if (!ymd || !days)
		return ymd;
	long y = ymd / 10000, m = ymd / 100 % 100, dd = ymd % 100;
	/* days from civil (H. Hinnant's algorithm) */
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	long z = era * 146097 + doe - 719468 + days;
	/* and back */
	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	dd = doy - (153 * mp + 2) / 5 + 1;
	m = mp + (mp < 10 ? 3 : -9);
	y += m <= 2;
	if (y < 1 || y > 9999)
		return ymd;
	return (int32_t)(y * 10000 + m * 100 + dd);
}

/* the single actor group whose compound starts at token i (after "the"), or NULL */
static const group *group_at(const sent_ctx *s, size_t i)
{
	if (i < s->n && (tok_is(&s->t[i], "THE") || tok_is(&s->t[i], "A") || tok_is(&s->t[i], "AN")))
		i++;
	if (i >= s->n || s->comp_at[i] < 0)
		return NULL;
	const compound *cp = &s->c[s->comp_at[i]];
	const group *g = &s->g[cp->first];
	return cp->b == i && g->code && *g->code && !g->agent_only && !g->pronoun ? g : NULL;
}

/* was token i coded as a verb? (then its noun reading is not another event) */
static int coded_as_verb(const verb_cand *verbs, size_t nv, size_t i)
{
	for (size_t k = 0; k < nv; k++)
		if (verbs[k].b == i && verbs[k].coded)
			return 1;
	return 0;
}

/* an event named by the noun at token i, coded both ways: x code_xy y, y code_yx x */
static int emit_noun_pair(dyad_coder *c, const sent_ctx *s, const sent_out *so, size_t i,
                          const group *x, const group *y, const char *code_xy, const char *code_yx)
{
	verb_cand vc;
	memset(&vc, 0, sizeof vc);
	vc.b = (uint32_t)i;
	vc.e = (uint32_t)i + 1;
	vc.verb = UINT32_MAX; /* no verb entry: provenance says "an event named by a noun" */
	int rc = emit_one(c, so, s->t, x, y, x->code, y->code, code_xy, &vc, NULL, 0);
	if (!rc)
		rc = emit_one(c, so, s->t, y, x, y->code, x->code, code_yx, &vc, NULL, 0);
	return rc;
}

/* nouns naming a protest, and the verbs of what one asks for ("a rally
 * demanding ..."): see the verb candidates in code_sentence */
/* how many of tokens [b, e) lie in relative clauses set off by commas
 * (", who represents U.S. interests in Iran,") */
static size_t relative_length(const sent_ctx *s, size_t b, size_t e)
{
	size_t n = 0;
	for (size_t k = b; k + 1 < e; k++) {
		if (!tok_is(&s->t[k], ",") || !(tok_is(&s->t[k + 1], "WHO") || tok_is(&s->t[k + 1], "WHICH")))
			continue;
		size_t q = k + 1;
		while (q < e && !tok_is(&s->t[q], ","))
			q++;
		if (q == e)
			break;
		n += q - k + 1;
		k = q;
	}
	return n;
}

/* texts that speak for their authors: "a resolution condemning Russia" */
static const char *const authored_texts[] = {"RESOLUTION", "DECLARATION", "STATEMENT", "LETTER", "REPORT",
                                             "DECREE",     "COMMUNIQUE",  "MOTION",    "BILL",   "LAW",
                                             "MESSAGE",    "NOTE",        "VIDEO",     "SPEECH", NULL};

/* does an actor or agent phrase begin at token i ("troops", "the army")? */
static int names_party(const dyad_dict *d, const dtoken *t, size_t i, size_t n)
{
	uint32_t e;
	return dyad_lex__longest(d, &d->agent_ix, dyad_dict__actor_phrase, t, i, n, &e) ||
	       dyad_lex__longest(d, &d->actor_ix, dyad_dict__actor_phrase, t, i, n, &e);
}

/* verbs of give and take: "X and Y traded accusations", "exchanged fire" */
static const char *const exchange_verbs[] = {"TRADE", "EXCHANGE", "SWAP", NULL};

/* verbs of naming: "what it called", "what he described as" */
static const char *const naming_verbs[] = {"CALL", "DESCRIBE", "TERM", "LABEL", "DUB", "BRAND", "CHARACTERIZE",
                                           "CHARACTERISE", NULL};

/* verbs whose patterns read what is said: "said ... a ceasefire" */
static const char *const speech_verbs[] = {"SAY", "TELL", "ANNOUNCE", "DECLARE", "STATE", "ADD", "CONFIRM", NULL};

/* is there a verb with a subject of its own (an actor right before it, no
 * pronoun) among tokens [b, e), before the pattern's last word at e - 1? */
static int embedded_predicate(const sent_ctx *s, size_t b, size_t e, int32_t slot)
{
	for (size_t k = b + 1; k + 1 < e && k < s->n; k++)
		/* (not the verb of the pattern's own "+": "said + VIOLATED_ THE_
		 * CEASEFIRE" reads the clause as an accusation on purpose) */
		if (s->is_verb[k] == 2 && s->comp_at[k - 1] >= 0 && !s->g[s->c[s->comp_at[k - 1]].first].pronoun &&
		    !(slot >= 0 && s->comp_at[k - 1] == slot))
			return 1;
	return 0;
}

/* Is the verb at i (a base form) the bare infinitive of a gerund of helping or letting
 * that is a preposition's content, within five words and no punctuation
 * ("of helping Iran sell oil", "for allowing militants to cross" has its
 * "to" test elsewhere)? */
static int helped_content(const sent_ctx *s, size_t i)
{
	static const char *const helping[] = {"HELP", "ASSIST", "ENABLE", "ALLOW", "LET", "AID", NULL};
	for (size_t j = i; j-- > 0 && j + 6 > i;) {
		const dtoken *t = &s->t[j];
		if (t->kind != TK_WORD)
			return 0;
		if (j > 0 && t->norm_len > 4 && t->last == 'G' && dyad_words__ends_with(t, "ING") &&
		    dyad_words__in_lemma(t, helping))
			return dyad_words__in(&s->t[j - 1], dyad_words__prepositions);
	}
	return 0;
}

/* Is verb v "called on" someone (ending at token from) with nothing asked
 * of them in the rest of the sentence: no "to", "for" or "that" outside a
 * relative clause set off by commas (", who thanked India")? */
static int courtesy_call(const sent_ctx *s, const verb_cand *v, size_t from)
{
	if (!dyad_words__lemma_is(&s->t[v->b], "CALL") || v->b + 1 >= s->n ||
	    !(tok_is(&s->t[v->b + 1], "ON") || tok_is(&s->t[v->b + 1], "UPON")))
		return 0;
	int relative = 0;
	for (size_t k = from; k < s->n; k++) {
		const dtoken *t = &s->t[k];
		if (tok_is(t, ",")) {
			relative = k + 1 < s->n && (tok_is(&s->t[k + 1], "WHO") || tok_is(&s->t[k + 1], "WHICH") ||
			                             tok_is(&s->t[k + 1], "WHOSE"));
			continue;
		}
		if (!relative && (tok_is(t, "TO") || tok_is(t, "FOR") || tok_is(t, "THAT") || tok_is(t, ":") ||
		                  dyad_words__is_quote(t)))
			return 0;
	}
	return 1;
}

/* does code name a state speaking as one (a bare country, its government
 * or ruler) or an organisation of states? */
static int official_voice(const char *code)
{
	size_t n = len_upto(code, 7);
	if (n < 3 || !short_ncmp(code, "NGO", 3) || !short_ncmp(code, "---", 3))
		return 0;
	return n == 3 || !short_ncmp(code, "IGO", 3) || same_str(code + 3, "GOV") || same_str(code + 3, "ELI");
}

/* a statement (01x) that yields to any other event of its sentence:
 * all but a denial (016) answering someone */
static int bare_statement(const dyad_event *e)
{
	return e->code[0] == '0' && e->code[1] == '1' && (e->code[2] != '6' || same_str(e->target, "---"));
}

/* verbs of lasting relations: "which backs", "who leads", "which borders" */
static const char *const standing_relations[] = {"BACK", "SUPPORT", "CONTROL",  "LEAD",   "GOVERN", "RULE",
                                                 "BORDER", "HOST",  "OCCUPY",   "SPONSOR", "ARM",   "FUND",
                                                 "FINANCE", "DOMINATE", "RUN", "OPPOSE", NULL};
/* does t name a violent deed ("the strike", "the attack", "the shelling")? */
static int deed_noun(const dtoken *t)
{
	static const char *const deeds[] = {"STRIKE", "AIRSTRIKE", "ATTACK", "BOMBING", "SHELLING", "RAID",
	                                    "BOMBARDMENT", "BARRAGE", "ASSAULT", "AMBUSH", NULL};
	return t->kind == TK_WORD && dyad_words__in_lemma_n(t, deeds);
}

/* The source of the story's last event of root (0: of any deed, as
 * last_doer counts them: no statement, appeal or demand) whose source is
 * not one party with src: "China launched drills. Taiwan put its forces on
 * alert. Lai condemned the exercises" is aimed at China, not at Taiwan's
 * own alert. NULL none. */
static const char *last_other_source(const dyad_coder *c, int root, const char *src)
{
	for (size_t k = c->n_ev; k-- > 0;) {
		const char *code = c->ev[k].code, *so = c->ev[k].source;
		int r = (code[0] - '0') * 10 + (code[1] - '0');
		if (root ? r != root : (r <= 2 || r == 10 || r == 11 || r == 12))
			continue;
		if (so && len_upto(so, 4) >= 3 && !dyad_clause__self_event(src, so))
			return so;
	}
	return NULL;
}

/* Does the passive verb v have "those detained (arrested, held)", "them"
 * or "they" as its subject, a few words before it? */
static int detained_before(const sent_ctx *s, const verb_cand *v)
{
	for (size_t k = v->b; k-- > 0 && k + 6 > v->b;) {
		const dtoken *t = &s->t[k];
		if (t->kind != TK_WORD)
			return 0;
		if (tok_is(t, "THEM") || tok_is(t, "THEY"))
			return 1;
		if (tok_is(t, "THOSE") && k + 1 < s->n &&
		    (tok_is(&s->t[k + 1], "DETAINED") || tok_is(&s->t[k + 1], "ARRESTED") || tok_is(&s->t[k + 1], "HELD")))
			return 1;
	}
	return 0;
}

/* the story's last detention (173), or also abduction (181), with a
 * recipient named when named; NULL none */
static const dyad_event *last_holding(const dyad_coder *c, int abductions, int named)
{
	for (size_t k = c->n_ev; k-- > 0;) {
		const dyad_event *e = &c->ev[k];
		if ((same_str(e->code, "173") || (abductions && same_str(e->code, "181"))) &&
		    !(named && same_str(e->target, "---")))
			return e;
	}
	return NULL;
}

/* the source of the story's last detention (173 with a recipient) as a
 * compound spanning verb v, its recipient into *tgt; -1 none */
static int32_t last_detention(const dyad_coder *c, sent_ctx *s, const verb_cand *v, int32_t *tgt)
{
	const dyad_event *e = last_holding(c, 0, 1);
	int32_t who = e ? implied_actor(s, e->target, v->b, v->e) : -1;
	if (who < 0)
		return -1;
	*tgt = who;
	return implied_actor(s, e->source, v->b, v->e);
}

/* The source of the story's last deed (13-20) whose sentence names the word
 * of token mod ("hotel" in "the hotel attack"), not src's own side; NULL
 * none */
static const char *deed_named_with(const dyad_coder *c, const char *text, const dtoken *mod, const char *src)
{
	size_t n = mod->end - mod->begin;
	const char *w = text + mod->begin;
	for (size_t k = c->n_ev; k-- > 0;) {
		const dyad_event *e = &c->ev[k];
		int r = (e->code[0] - '0') * 10 + (e->code[1] - '0');
		if (r < 13 || !e->source || len_upto(e->source, 4) < 3 || (src && dyad_clause__self_event(src, e->source)))
			continue;
		for (uint32_t q = e->sentence_span.begin; q + n <= e->sentence_span.end; q++)
			if (!strncasecmp(text + q, w, n) && (q == 0 || !isalnum((unsigned char)text[q - 1])) &&
			    !isalpha((unsigned char)text[q + n]))
				return e->source;
	}
	return NULL;
}

/* The source of the story's last deed of the kind noun t names ("the
 * sanctions": 16; "the strikes": 19, 18 or 20; "the launch": 15; "the
 * arrests": 17), not src's own when src is given; NULL when the noun names
 * no kind or none was coded */
static const char *deed_of_noun(const dyad_coder *c, const dtoken *t, int *root, const char *src)
{
	static const struct {
		const char *noun;
		int roots[3];
	} kinds[] = {
		{"SANCTION", {16, 0, 0}},  {"EMBARGO", {16, 0, 0}}, {"TARIFF", {16, 0, 0}},  {"STRIKE", {19, 18, 20}},
		{"AIRSTRIKE", {19, 18, 0}}, {"ATTACK", {19, 18, 20}}, {"BOMBING", {19, 18, 0}}, {"SHELLING", {19, 0, 0}},
		{"RAID", {19, 17, 18}},    {"OFFENSIVE", {19, 0, 0}}, {"INVASION", {19, 0, 0}}, {"INCURSION", {19, 0, 0}},
		{"LAUNCH", {15, 19, 0}},   {"TEST", {15, 0, 0}},      {"DRILL", {15, 0, 0}},    {"ARREST", {17, 0, 0}},
		{"DETENTION", {17, 0, 0}}, {"CRACKDOWN", {17, 0, 0}}, {"EXPULSION", {16, 17, 0}}, {"THREAT", {13, 0, 0}},
		{"EXERCISE", {15, 0, 0}},  {"COUP", {18, 0, 0}},      {"TAKEOVER", {18, 0, 0}}, {"DEPORTATION", {17, 0, 0}},
		{"DEAL", {5, 3, 0}},       {"AGREEMENT", {5, 3, 0}},  {"ACCORD", {5, 3, 0}},   {"CEASEFIRE", {8, 3, 0}},
		{"TRUCE", {8, 3, 0}},      {"RELEASE", {8, 0, 0}},    {"SEIZURE", {17, 19, 0}}, {"WITHDRAWAL", {8, 0, 0}},
		{"MEASURE", {16, 17, 0}},  {"RULING", {17, 11, 0}}, {"VERDICT", {17, 0, 0}}, {"CONVICTION", {17, 0, 0}},
		{"SENTENCE", {17, 0, 0}},  {"JUDGMENT", {17, 11, 0}}, {"PLAN", {2, 3, 5}},     {"PROPOSAL", {2, 3, 5}},
		{"OFFER", {3, 2, 0}},      {"INITIATIVE", {2, 3, 0}}, {"WARRANT", {17, 0, 0}},  {"OPINION", {10, 11, 0}},
		{"ULTIMATUM", {10, 13, 0}}, {"DEMAND", {10, 0, 0}},    {"REQUEST", {2, 10, 0}},
		{"VISIT", {4, 0, 0}},      {"TRIP", {4, 0, 0}},       {"MEETING", {4, 0, 0}},   {"SUMMIT", {4, 0, 0}},
		{"DEPLOYMENT", {15, 0, 0}}, {"CLOSURE", {16, 19, 0}},
	};
	if (t->kind != TK_WORD)
		return NULL;
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (!strcmp(t->nlemma, kinds[i].noun)) {
			for (int r = 0; r < 3 && kinds[i].roots[r]; r++)
				if (c->last_by_root[kinds[i].roots[r]]) {
					const char *who = c->last_by_root[kinds[i].roots[r]];
					if (src && dyad_clause__self_event(src, who))
						who = last_other_source(c, kinds[i].roots[r], src);
					if (!who)
						continue;
					if (root)
						*root = kinds[i].roots[r];
					return who;
				}
			return NULL;
		}
	return NULL;
}

/* verbs that report what another says: "which Egypt says threatens" */
static int says_lemma(const dtoken *t)
{
	return dyad_words__lemma_is(t, "SAY") || dyad_words__lemma_is(t, "CLAIM") || dyad_words__lemma_is(t, "ALLEGE");
}

/* verbs of two sides fighting each other: "X and Y clashed" */
static const char *const mutual_fights[] = {"CLASH", "FIGHT", "BATTLE", "SKIRMISH", "EXCHANGE", "TRADE", "ENGAGE", NULL};

/* verbs of taking a place: "captured X from Y" */
static const char *const taking_verbs[] = {"CAPTURE", "RECAPTURE", "SEIZE", "TAKE", "RETAKE", "WREST", "LIBERATE", NULL};

/* verbs that command another party to act: "ordered X to" */
static const char *const order_verbs[] = {"ORDER", "INSTRUCT", "COMMAND", NULL};

/* the compound that begins right after verb v, past a "the"; -1 none */
static int32_t object_after(const sent_ctx *s, const verb_cand *v)
{
	size_t k = v->e;
	if (k < s->n && tok_is(&s->t[k], "THE"))
		k++;
	int32_t ci = k < s->n ? s->comp_at[k] : -1;
	return ci >= 0 && s->c[ci].b == k ? ci : -1;
}

/* Is the verb one of ordering, followed by a party and "to" ("ordered
 * Venezuela to refrain")? The party's own forces are dropped later as a
 * self-event. */
static int ordered_party(const sent_ctx *s, const verb_cand *v)
{
	if (!dyad_words__in_lemma(&s->t[v->b], order_verbs))
		return 0;
	int32_t ci = object_after(s, v);
	if (ci < 0 || s->g[s->c[ci].first].agent_only || s->g[s->c[ci].first].pronoun)
		return 0;
	return s->c[ci].e < s->n && tok_is(&s->t[s->c[ci].e], "TO");
}

/* Is the verb one of taking and its object right after it a place (a
 * country's bare code: a city, region or country)? */
static int taken_place(const sent_ctx *s, const verb_cand *v)
{
	if (!dyad_words__in_lemma(&s->t[v->b], taking_verbs))
		return 0;
	int32_t ci = object_after(s, v);
	if (ci < 0 || s->c[ci].n != 1)
		return 0;
	const group *g = &s->g[s->c[ci].first];
	return g->code && !g->agent_only && !g->pronoun && len_upto(g->code, 4) == 3 && short_ncmp(g->code, "IGO", 3) &&
	       short_ncmp(g->code, "NGO", 3);
}

/* verbs whose -ing object has not happened: "oppose sending troops" */
static const char *const unrealised_gerund[] = {"OPPOSE", "AVOID", "RESIST", "CONTEMPLATE", "FAVOR", "FAVOUR",
                                                "ADVOCATE", "FEAR", "RISK", "RECOMMEND", "SUGGEST", "PROPOSE",
                                                "DISCUSS", "CONSIDER", "REJECT", "STOP", "CEASE", "QUIT", "HALT",
                                                "DENY", NULL};

/* the month a token names (1-12: "November", "Nov.", "Sept"), or 0 */
static int month_of(const dtoken *t)
{
	static const char *const months[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
	static const char *const full[] = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
	                                   "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
	if (t->kind != TK_WORD || !(t->flags & TF_CAP) || t->norm_len < 3)
		return 0;
	size_t n = t->norm_len;
	if (t->norm[n - 1] == '.')
		n--;
	for (int m = 0; m < 12; m++)
		if ((n == 3 && !memcmp(t->norm, months[m], 3)) || (n == 4 && m == 8 && !memcmp(t->norm, "SEPT", 4)) ||
		    (n == strlen(full[m]) && !memcmp(t->norm, full[m], n)))
			return m + 1;
	return 0;
}

/* "in 1979" (or "In 2018," opening the sentence) in the verb's clause, two
 * or more years before the story's date, and no court or inquiry finding it
 * now (", the tribunal found", "a court ruled") */
static int dated_background(const sent_ctx *s, const verb_cand *v)
{
	static const char *const findings[] = {"FIND", "RULE", "CONCLUDE", "CONVICT", "ACKNOWLEDGE", "ADMIT", NULL};
	int year = s->date / 10000, dated = 0;
	size_t from = 0, to = s->n;
	/* (a fronted date: "In 2022, ...", "In 1991 Uruguay signed", "In March
	 * 2024, ...") */
	int fronted = s->n > 3 && tok_is(&s->t[0], "IN") &&
	              (tok_is(&s->t[2], ",") || (s->t[1].kind == TK_NUM && s->t[1].norm_len == 4) ||
	               (month_of(&s->t[1]) && s->t[2].kind == TK_NUM && s->t[2].norm_len == 4));
	if (!fronted) {
		from = v->e;
		to = v->e + 14 < s->n ? v->e + 14 : s->n;
		/* (an -ing deed after a comma takes the date of the clause before
		 * it: "attacked southern Israel on Oct. 7, 2023, killing ...") */
		if (v->b > 2 && tok_is(&s->t[v->b - 1], ",") && dyad_words__ends_with(&s->t[v->b], "ING")) {
			from = v->b > 8 ? v->b - 8 : 0;
			to = v->b;
		}
	}
	for (size_t k = from; k + 1 < to && !dated; k++) {
		/* (not at the period of "Oct.", nor at the hyphen of "12-day") */
		if (k > from && (s->t[k].kind == TK_PUNCT && !tok_is(&s->t[k], ",")) && !month_of(&s->t[k - 1]) &&
		    !(tok_is(&s->t[k], "-") && s->t[k - 1].end == s->t[k].begin && k + 1 < s->n &&
		      s->t[k].end == s->t[k + 1].begin))
			break;
		const dtoken *y = &s->t[k + 1];
		if (y->kind != TK_NUM || y->norm_len != 4)
			continue;
		int n = (y->norm[0] - '0') * 1000 + (y->norm[1] - '0') * 100 + (y->norm[2] - '0') * 10 + (y->norm[3] - '0');
		/* "in November 2024", "on Oct. 7, 2023": a month dated two or more
		 * months before the story */
		int month = month_of(&s->t[k]);
		if (!month && tok_is(&s->t[k], ",") && k >= 2 && s->t[k - 1].kind == TK_NUM)
			month = month_of(&s->t[k - 2]) ? month_of(&s->t[k - 2])
			        : k >= 3 && tok_is(&s->t[k - 2], ".") ? month_of(&s->t[k - 3])
			                                              : 0;
		if (month && n >= 1900) {
			dated = (year * 12 + s->date / 100 % 100) - (n * 12 + month) >= 2;
			if (from == 0)
				break;
			continue;
		}
		/* (and a state held "since 1967": "has occupied the West Bank since
		 * 1967") */
		if (!tok_is(&s->t[k], "IN") && !tok_is(&s->t[k], "SINCE"))
			continue;
		/* (in a relative clause set off by commas, any year before the
		 * story's: "Kenya, which sent 750 police officers to Haiti in 2024,
		 * said ...") */
		int relative = v->b > 1 && tok_is(&s->t[v->b - 2], ",") &&
		               (tok_is(&s->t[v->b - 1], "WHICH") || tok_is(&s->t[v->b - 1], "WHO"));
		dated = n >= 1900 && n <= year - (relative ? 1 : 2);
		if (from == 0)
			break;
	}
	/* (the rest of the sentence is read only for a dated deed) */
	for (size_t k = v->e; dated && k < s->n; k++)
		if (s->t[k].kind == TK_WORD && s->is_verb[k] && dyad_words__in_lemma(&s->t[k], findings))
			dated = 0;
	return dated;
}

/* does a time before the story's month follow token from within reach
 * tokens of the same clause: "last month", "last year", "in May" (a month
 * named two or more months before the story's, taken as the same year)? */
static int earlier_time_after(const sent_ctx *s, size_t from, size_t reach)
{
	int month_now = s->date / 100 % 100;
	for (size_t k = from; k + 1 < s->n && k < from + reach; k++) {
		if (s->t[k].kind == TK_PUNCT)
			return 0;
		if (tok_is(&s->t[k], "LAST") && (tok_is(&s->t[k + 1], "MONTH") || tok_is(&s->t[k + 1], "YEAR")))
			return 1;
		int m = tok_is(&s->t[k], "IN") ? month_of(&s->t[k + 1]) : 0;
		if (m && month_now && m + 2 <= month_now &&
		    !(k + 2 < s->n && s->t[k + 2].kind == TK_NUM)) /* ("in May 2026": dated_background's) */
			return 1;
	}
	return 0;
}

/* "U.S. envoy Tom Barrack, who visited Beirut last month, praised": a deed in a
 * relative clause set off by commas, dated before the story's month */
/* (past an auxiliary: "Lissu, who was arrested in April, appeared") */
static int earlier_relative(const sent_ctx *s, const verb_cand *v)
{
	size_t b = v->b;
	while (b > 2 && (dyad_words__in(&s->t[b - 1], dyad_words__be_forms) || tok_is(&s->t[b - 1], "HAD") ||
	                 tok_is(&s->t[b - 1], "HAS") || tok_is(&s->t[b - 1], "HAVE")) && b + 3 > v->b)
		b--;
	return b > 1 && tok_is(&s->t[b - 2], ",") && (tok_is(&s->t[b - 1], "WHO") || tok_is(&s->t[b - 1], "WHICH")) &&
	       earlier_time_after(s, v->e, 8);
}

/* a present-tense form: "attack", "attacks" (not "attacked", "fought", nor a
 * past tense spelt as the base: "hit", "cut") */
static int habitual_present(const dtoken *t)
{
	static const char *const same_past[] = {"HIT", "CUT", "PUT", "SET", "SHUT", "BEAT", "SPREAD", "BURST", "CAST",
	                                        "HURT", "LET", "SHED", "SPLIT", "THRUST", "UPSET", "BID", "QUIT", NULL};
	if (t->kind != TK_WORD || dyad_words__ends_with(t, "ED") || dyad_words__ends_with(t, "ING"))
		return 0;
	if (t->vlemma == t->norm)
		return !dyad_words__in(t, same_past);
	return dyad_words__ends_with(t, "S");
}

static const char *const protest_nouns[] = {"PROTEST", "DEMONSTRATION", "RALLY", "MARCH", "STRIKE", "VIGIL", NULL};
static const char *const protest_asks[] = {"CALL", "DEMAND", "URGE", "ASK", NULL};

/* Protests named by a noun where they happened: "protests in Lima", "riots
 * across Iran", "Peru has been engulfed in violent protests": the people of
 * that country protest (141; riots and violent protests 145), domestically.
 * Not when the protests are only planned, called for or threatened, nor when
 * the sentence already codes a protest. */
static int nominal_protests(dyad_coder *c, sent_ctx *s, const sent_out *so, const verb_cand *verbs, size_t nv,
                            size_t first_event)
{
	const char *const *nouns = protest_lemmas;
	static const char *const unreal[] = {"PLANNED", "PLANS", "PLAN", "CALL", "CALLS", "CALLED", "THREAT",
	                                     "THREATS", "THREATENED", "POSSIBLE", "POTENTIAL", "FUTURE",
	                                     "PROPOSED", "NO", "ANY", "BANNED", "AGAINST", NULL};
	static const char *const lodged_verbs[] = {"LODGE", "MAKE", "FILE", "SEND", "DELIVER", "ISSUE", "VOICE",
	                                           "EXPRESS", "REGISTER", "CONVEY", "HAND", "SUBMIT", NULL};
	if (!sent_has_cue(s, CUE_PROTEST))
		return 0;
	for (size_t k = first_event; k < c->n_ev; k++)
		if (!short_ncmp(c->ev[k].code, "14", 2))
			return 0;
	/* the nouns' first letters: most words begin with none of them */
	uint32_t initials = 0;
	for (int k = 0; nouns[k]; k++)
		initials |= (uint32_t)1 << (nouns[k][0] & 31);
	for (size_t i = 0; i < s->n; i++) {
		const dtoken *t = &s->t[i];
		if (t->kind != TK_WORD || !(initials >> (t->nlemma[0] & 31) & 1) || !dyad_words__in_lemma_n(t, nouns) ||
		    coded_as_verb(verbs, nv, i) ||
		    ((t->flags & TF_CAP) && !(t->flags & TF_SENT_START)) || s->group_at[i] >= 0)
			continue;
		int unrealised = 0;
		for (size_t k = i; k-- > 0 && k + 3 > i;)
			unrealised |= dyad_words__in(&s->t[k], unreal) || dyad_words__in(&s->t[k], dyad_words__negators);
		if (unrealised)
			continue;
		/* a diplomatic protest, not a demonstration: "lodged a strong
		 * protest", "made solemn representations and strong protests", "a
		 * protest note" */
		int lodged = i + 1 < s->n && (tok_is(&s->t[i + 1], "NOTE") || tok_is(&s->t[i + 1], "LETTER"));
		for (size_t k = i; !lodged && k-- > 0 && k + 6 > i && !tok_is(&s->t[k], ",");)
			lodged = dyad_words__in_lemma(&s->t[k], lodged_verbs);
		if (lodged)
			continue;
		/* background named in passing: "during the crackdown on the
		 * anti-government protests", "after the protests" */
		size_t np = i; /* start of the noun phrase */
		while (np > 0 && s->t[np - 1].kind == TK_WORD && !dyad_words__in(&s->t[np - 1], dyad_words__prepositions) &&
		       ((s->t[np - 1].pos & DYAD_POS_ADJ) || dyad_words__in(&s->t[np - 1], dyad_words__determiners) ||
		        s->t[np - 1].end + 1 == s->t[np].begin) &&
		       np + 4 > i)
			np--;
		if (np > 0 && dyad_words__in(&s->t[np - 1], dyad_words__prepositions) && !tok_is(&s->t[np - 1], "IN"))
			continue;
		/* where: "in/across/throughout X" right after the noun */
		const group *place = NULL;
		for (size_t k = i + 1; k < s->n && k < i + 4 && !place; k++)
			if (tok_is(&s->t[k], "IN") || tok_is(&s->t[k], "ACROSS") || tok_is(&s->t[k], "THROUGHOUT"))
				place = group_at(s, k + 1);
		/* ... or the country whose clause the noun ends: "Peru has been
		 * engulfed in violent protests" */
		if (!place) {
			for (size_t k = i; k-- > 0;) {
				/* (not across a verb of the dictionary or an -ing form: "North
				 * Korea launched a missile, drawing protests from Seoul") */
				if (dyad_words__in(&s->t[k], dyad_words__clause_stops) || tok_is(&s->t[k], ";") ||
				    s->is_verb[k] || dyad_words__ends_with(&s->t[k], "ING"))
					break;
				if (s->comp_at[k] >= 0) {
					const compound *cp = &s->c[s->comp_at[k]];
					if (cp->b == 0 || (cp->b == 1 && dyad_words__in(&s->t[0], dyad_words__determiners)))
						place = &s->g[cp->first];
					break;
				}
			}
		}
		if (!place || !place->code || len_upto(place->code, 4) != 3 || place->code[0] < 'A' || place->code[0] > 'Z' ||
		    !short_ncmp(place->code, "IGO", 3) || !short_ncmp(place->code, "NGO", 3))
			continue;
		int violent = tok_is(t, "RIOT") || tok_is(t, "RIOTS") ||
		              (i > 0 && (tok_is(&s->t[i - 1], "VIOLENT") || tok_is(&s->t[i - 1], "DEADLY")));
		char *who = country_code(c, place->code, "CVL"), *gov = country_code(c, place->code, "GOV");
		if (!who || !gov)
			return DYAD_ENOMEM;
		group people = *place, land = *place;
		people.code = who;
		land.code = gov;
		people.b = (uint32_t)i;
		people.e = (uint32_t)i + 1;
		land.domestic = 1;
		verb_cand vc;
		memset(&vc, 0, sizeof vc);
		vc.b = (uint32_t)i;
		vc.e = (uint32_t)i + 1;
		vc.verb = UINT32_MAX;
		return emit_one(c, so, s->t, &people, &land, people.code, land.code, violent ? "145" : "141", &vc, NULL, 0);
	}
	return 0;
}

/* "Sudan must return the helicopter, the Russian foreign ministry said": the
 * reported demand comes before its attribution; as "X said that Sudan must"
 * it is X's demand (100) on the subject of "must", or X's warning (130) when
 * it speaks of consequences or retaliation */
static int fronted_demand(dyad_coder *c, sent_ctx *s, const sent_out *so, const verb_cand *verbs, size_t nv)
{
	size_t i = 0;
	while (i < s->n && ((s->t[i].flags & TF_DATELINE) || (s->t[i].kind == TK_PUNCT && s->t[i].norm[0] == '"')))
		i++;
	if (i >= s->n || s->comp_at[i] < 0 || s->c[s->comp_at[i]].b != i)
		return 0;
	int32_t who = s->comp_at[i];
	size_t k = s->c[who].e;
	if (k < s->n && s->t[k].kind == TK_PUNCT && s->t[k].norm[0] == '"') /* Finland "must ... */
		k++;
	if (k >= s->n || !tok_is(&s->t[k], "MUST"))
		return 0;
	/* "must be aware of the consequences": a warning, that is a threat (130) */
	static const char *const warning[] = {"CONSEQUENCES", "CONSEQUENCE", "RETALIATION", "RETALIATORY",
	                                      "PRICE", "REPERCUSSIONS", NULL};
	const char *code = "100";
	/* the attribution: ", <speaker> said" after the demand */
	for (size_t q = k + 1; q < s->n; q++) {
		if (dyad_words__in(&s->t[q], warning))
			code = "130";
		if (!dyad_clause__attribution(s, q))
			continue;
		for (size_t j = 0; j < nv; j++) {
			const verb_cand *v = &verbs[j];
			if (v->b <= q || !dyad_words__in_lemma(&s->t[v->b], (const char *const[]){"SAY", "TELL", "ADD", "STRESS", "INSIST", NULL}))
				continue;
			int32_t speaker = -1;
			for (size_t b = q + 1; b < v->b; b++)
				if (s->comp_at[b] >= 0 && !s->g[s->c[s->comp_at[b]].first].agent_only) {
					speaker = s->comp_at[b];
					break;
				}
			/* "..., said Russia's foreign minister" */
			size_t after = v->e;
			while (after < s->n && dyad_words__in(&s->t[after], dyad_words__determiners))
				after++;
			if (speaker < 0 && after < s->n && s->comp_at[after] >= 0 &&
			    !s->g[s->c[s->comp_at[after]].first].agent_only)
				speaker = s->comp_at[after];
			if (speaker < 0 || speaker == who)
				return 0;
			verb_cand vc = *v;
			vc.verb = UINT32_MAX;
			return emit(c, s, so, s->t, speaker, who, code, &vc, NULL, 0);
		}
		return 0;
	}
	return 0;
}

/* does verb v open its sentence (only a dateline, punctuation or "has" before
 * it)? */
static int verb_first(const sent_ctx *s, const verb_cand *v)
{
	/* (a plural noun opening the sentence before its own verb is its
	 * subject: "Talks on a trade agreement broke down") */
	const dtoken *t = &s->t[v->b];
	if (dyad_words__ends_with(t, "S") && t->vlemma != t->norm && (t->pos & DYAD_POS_NOUN))
		for (size_t k = v->e; k < s->n && k < v->e + 8 && s->t[k].kind != TK_PUNCT; k++)
			if (s->is_verb[k] || (dyad_words__ends_with(&s->t[k], "ED") && (s->t[k].pos & DYAD_POS_VERB) &&
			                      s->t[k].vlemma != s->t[k].norm && k > 0 && s->comp_at[k - 1] < 0 &&
			                      !tok_is(&s->t[k - 1], "BE") && !dyad_words__in(&s->t[k - 1], dyad_words__be_forms)))
				return 0;
	for (size_t k = 0; k < v->b; k++)
		if (!(s->t[k].flags & TF_DATELINE) && s->t[k].kind == TK_WORD && !tok_is(&s->t[k], "HAS") &&
		    !tok_is(&s->t[k], "HAVE") && !tok_is(&s->t[k], "HAD"))
			return 0;
	return 1;
}

/* the speaker of the quotation around token i: '"...," the minister said',
 * '"...," said the minister', 'The minister said: "..."'; the compound, or -1 */
static int32_t quote_speaker(const sent_ctx *s, size_t i)
{
	static const char *const say[] = {"SAY", "TELL", "ADD", "WRITE", "STATE", "DECLARE", "INSIST", "WARN",
	                                  "STRESS", "TWEET", "POST", NULL};
	size_t close = i;
	while (close < s->n && !dyad_words__is_quote(&s->t[close]))
		close++;
	if (close < s->n) {
		size_t k = close + 1;
		if (k < s->n && tok_is(&s->t[k], ","))
			k++;
		/* '..., the minister said' */
		if (k < s->n && s->comp_at[k] < 0 && k + 1 < s->n && dyad_words__in(&s->t[k], dyad_words__determiners))
			k++;
		if (k < s->n && s->comp_at[k] >= 0) {
			int32_t ci = s->comp_at[k];
			size_t e = s->c[ci].e;
			if (e < s->n && dyad_words__in_lemma(&s->t[e], say))
				return ci;
		}
		/* '..., said the minister' */
		if (k < s->n && dyad_words__in_lemma(&s->t[k], say)) {
			int32_t ci = dyad_syntax__compound_at(s, k + 1);
			if (ci >= 0)
				return ci;
		}
	}
	/* 'The minister said: "..."' */
	size_t open = i;
	while (open > 0 && !dyad_words__is_quote(&s->t[open - 1]))
		open--;
	if (open >= 3 && (tok_is(&s->t[open - 2], ":") || tok_is(&s->t[open - 2], ",")) &&
	    dyad_words__in_lemma(&s->t[open - 3], say))
		for (size_t k = open - 3; k-- > 0;)
			if (s->comp_at[k] >= 0)
				return s->comp_at[k];
	return -1;
}

/* '"We strongly condemn Russia's strikes," France's foreign minister said':
 * "we" and "I" inside a quotation are its speaker */
static void quoted_first_person(sent_ctx *s)
{
	if (!s->quotes || !(s->lists & dyad_words__bit(dyad_words__first_person)))
		return;
	for (size_t i = 0; i < s->n; i++) {
		if (s->t[i].norm_len > 2 || !(tok_is(&s->t[i], "WE") || tok_is(&s->t[i], "I")) || s->comp_at[i] >= 0 ||
		    !dyad_words__quoted(s->t, i))
			continue;
		int32_t sp = quote_speaker(s, i);
		if (sp < 0 || s->c[sp].n != 1)
			continue;
		const group *speaker = &s->g[s->c[sp].first];
		if (!speaker->code || !*speaker->code || speaker->agent_only)
			continue;
		group g = *speaker;
		g.b = (uint32_t)i;
		g.e = (uint32_t)i + 1;
		int32_t ci = single_actor(s, &g);
		s->comp_at[i] = ci;
		s->group_at[i] = (int32_t)s->c[ci].first;
	}
}

/* does the sentence name an actor outside a prepositional phrase (a subject
 * after an opening participle: "Speaking at a briefing with his Vietnamese
 * counterpart, Jokowi said")? */
static int named_subject(const sent_ctx *s)
{
	for (size_t k = 0; k < s->ng; k++) {
		const group *g = &s->g[k];
		if (!g->code || g->agent_only || g->inferred || g->pronoun)
			continue;
		if (!dyad_syntax__after_preposition(s, g->b, 0))
			return 1;
	}
	return 0;
}

/* "the Egyptian-mediated truce", "a Qatar-brokered deal": the actor glued to
 * "mediated"/"brokered" mediates (045) between the two parties of the story's
 * last event */
static int hyphen_mediators(dyad_coder *c, sent_ctx *s, const sent_out *so)
{
	const char *const *mediate = mediate_lemmas;
	if (!c->last_pair[0] || !c->last_pair[1] || !sent_has_cue(s, CUE_MEDIATE))
		return 0;
	for (size_t i = 1; i < s->n; i++) {
		const dtoken *t = &s->t[i];
		if (t->kind != TK_WORD || !dyad_words__in_lemma(t, mediate) || s->t[i - 1].end + 1 != t->begin ||
		    s->text[t->begin - 1] != '-' || s->group_at[i - 1] < 0)
			continue;
		const group *m = &s->g[s->group_at[i - 1]];
		if (!m->code || !*m->code || m->agent_only || m->pronoun)
			continue;
		for (int k = 0; k < 2; k++) {
			group party;
			memset(&party, 0, sizeof party);
			/* (its text: what was mediated, "truce") */
			party.b = (uint32_t)(i + 1 < s->n && s->t[i + 1].kind == TK_WORD ? i + 1 : i);
			party.e = party.b + 1;
			party.code = c->last_pair[k];
			party.entry = UINT32_MAX;
			if (dyad_clause__self_event(m->code, party.code))
				continue;
			verb_cand vc;
			memset(&vc, 0, sizeof vc);
			vc.b = (uint32_t)i;
			vc.e = (uint32_t)i + 1;
			vc.verb = UINT32_MAX;
			int rc = emit_one(c, so, s->t, m, &party, m->code, party.code, "045", &vc, NULL, 0);
			if (rc)
				return rc;
		}
	}
	return 0;
}

/* verbs whose meeting has not (yet) taken place: "ruled out", "sought" */
static const char *const unreal_meetings[] = {"RULE", "SEEK", "WANT", "HOPE", "PROPOSE", "SUGGEST", "OFFER",
                                              "URGE", "DEMAND", "REJECT", "REFUSE", "CANCEL", "POSTPONE",
                                              "CONSIDER", "ARRANGE", "PREPARE", NULL};

/* words before a visit still to come */
static const char *const visit_to_come[] = {"UPCOMING", "PLANNED", "FORTHCOMING", "PROPOSED", "POSSIBLE", "FUTURE",
                                           "EXPECTED", "SCHEDULED", "PREPARATIONS", "PREPARATION", "PENDING", NULL};

/* what happens to talks that are not held: "were cancelled" */
static const char *const called_off[] = {"CANCEL", "POSTPONE", "SUSPEND", "DELAY", "SCRAP", "COLLAPSE", "STALL", NULL};

/* does one of the reach - 1 words before the meeting noun at i, in its
 * clause, say the meeting has not taken place ("to hold talks", "called for
 * talks", "planned talks", "has not ruled out a meeting", "will hold talks")? */
/* words of deeds done over and again: "several rounds", "repeated talks" */
static const char *const repeated_words[] = {"SEVERAL", "NUMEROUS", "MULTIPLE", "REPEATED", NULL};

static int meeting_unreal_before(const sent_ctx *s, size_t i, size_t reach)
{
	for (size_t k = i; k-- > 0 && k + reach > i && s->t[k].kind != TK_PUNCT;)
		if (tok_is(&s->t[k], "TO") || tok_is(&s->t[k], "FOR") || tok_is(&s->t[k], "PLANNED") ||
		    tok_is(&s->t[k], "PROPOSED") || tok_is(&s->t[k], "POSSIBLE") || tok_is(&s->t[k], "FUTURE") ||
		    /* (nor talks held over and again: "several rounds of talks",
		     * the story's background) */
		    dyad_words__in(&s->t[k], repeated_words) ||
		    dyad_words__in(&s->t[k], dyad_words__negators) || dyad_words__in(&s->t[k], dyad_words__modals) ||
		    dyad_words__in(&s->t[k], dyad_words__futures) || dyad_words__in_lemma(&s->t[k], unreal_meetings))
			return 1;
	return 0;
}

/* "Oman has mediated several rounds of talks", "have held talks several
 * times", "has long accused": a perfect of deeds done over and again is the
 * story's background */
static int repeated_perfect(const sent_ctx *s, const verb_cand *v)
{
	/* ("Greece has long accused Turkey of violating its airspace") */
	if (v->b > 1 && tok_is(&s->t[v->b - 1], "LONG") &&
	    (tok_is(&s->t[v->b - 2], "HAS") || tok_is(&s->t[v->b - 2], "HAVE") || tok_is(&s->t[v->b - 2], "HAD")))
		return 1;
	if (v->b == 0 || !(tok_is(&s->t[v->b - 1], "HAS") || tok_is(&s->t[v->b - 1], "HAVE")))
		return 0;
	for (size_t k = v->e; k < s->n && k < v->e + 6 && s->t[k].kind != TK_PUNCT; k++)
		if (dyad_words__in(&s->t[k], repeated_words) ||
		    (tok_is(&s->t[k], "MANY") && k + 1 < s->n && tok_is(&s->t[k + 1], "ROUNDS")) ||
		    (k + 1 < s->n && tok_is(&s->t[k + 1], "TIMES") &&
		     (tok_is(&s->t[k], "SEVERAL") || tok_is(&s->t[k], "MANY") || s->t[k].kind == TK_NUM)))
			return 1;
	return 0;
}

/* the two parties of an event this sentence coded between two countries
 * (first one from first_event), into pair; 0 if none */
static int sentence_pair(const dyad_coder *c, size_t first_event, const char *pair[2])
{
	for (size_t k = first_event; k < c->n_ev; k++) {
		const dyad_event *e = &c->ev[k];
		if (len_upto(e->source, 4) >= 3 && len_upto(e->target, 4) >= 3 && short_ncmp(e->source, "---", 3) &&
		    short_ncmp(e->target, "---", 3) && short_ncmp(e->source, e->target, 3)) {
			pair[0] = e->source;
			pair[1] = e->target;
			return 1;
		}
	}
	return 0;
}

/* Talks named by a noun around a deed of two parties: "Thailand and Cambodia
 * agreed to a ceasefire after talks in Malaysia hosted by Prime Minister
 * Anwar Ibrahim", "failed to reach an agreement after nearly three hours of
 * talks": the two negotiated (046 both ways) and the host or mediator named
 * after "hosted by", "mediated by", "brokered by" or "with the mediation of"
 * mediated between them (045 to each) */
static int talks_around(dyad_coder *c, sent_ctx *s, const sent_out *so, const verb_cand *verbs, size_t nv,
                        size_t first_event)
{
	const char *pair[2];
	if (!sent_has_cue(s, CUE_MEETING))
		return 0;
	/* (the parties of a deed coded here, else a subject of two: "Trump and
	 * Putin failed to reach an agreement after ... talks") */
	if (!sentence_pair(c, first_event, pair)) {
		size_t f = 0;
		while (f < s->n && (s->t[f].flags & TF_DATELINE))
			f++;
		int32_t ci = f < s->n ? s->comp_at[f] : -1;
		if (ci < 0 || s->c[ci].b != f || s->c[ci].n != 2)
			return 0;
		const group *x = &s->g[s->c[ci].first], *y = x + 1;
		if (!x->code || !y->code || len_upto(x->code, 4) < 3 || len_upto(y->code, 4) < 3 || x->agent_only || y->agent_only ||
		    x->pronoun || y->pronoun || !short_ncmp(x->code, y->code, 3))
			return 0;
		pair[0] = x->code;
		pair[1] = y->code;
	}
	for (size_t i = 1; i < s->n; i++) {
		const dtoken *t = &s->t[i];
		if (t->kind != TK_WORD ||
		    !(dyad_words__noun_lemma_is(t, "TALK") || dyad_words__noun_lemma_is(t, "NEGOTIATION")) ||
		    coded_as_verb(verbs, nv, i))
			continue;
		/* (the talks came before: "after talks", "after three hours of
		 * talks", "following last-minute talks") */
		int after = 0;
		for (size_t k = i; k-- > 0 && k + 6 > i && !after && s->t[k].kind == TK_WORD;)
			after = tok_is(&s->t[k], "AFTER") || tok_is(&s->t[k], "FOLLOWING");
		/* (talks only sought, refused or to come: "refused to hold talks
		 * hosted by Egypt", "will hold talks") */
		int unreal = meeting_unreal_before(s, i, 5);
		/* (nor talks that broke down: "talks ..., mediated by Oman,
		 * collapsed in June") */
		for (size_t k = i + 1; k < s->n && k < i + 12 && !unreal; k++)
			unreal = s->t[k].kind == TK_WORD && dyad_words__in_lemma(&s->t[k], called_off);
		if (unreal)
			continue;
		const compound *host = NULL;
		for (size_t k = i + 1; k + 1 < s->n && k < i + 14 && !host; k++) {
			if (s->t[k].kind == TK_PUNCT)
				break;
			if ((tok_is(&s->t[k], "BY") && k > 0 &&
			     (dyad_words__lemma_is(&s->t[k - 1], "HOST") || dyad_words__in_lemma(&s->t[k - 1], mediate_lemmas))) ||
			    (tok_is(&s->t[k], "OF") && tok_is(&s->t[k - 1], "MEDIATION"))) {
				size_t b = k + 1;
				while (b < s->n && dyad_words__in(&s->t[b], dyad_words__determiners))
					b++;
				if (b < s->n && s->comp_at[b] >= 0 && s->c[s->comp_at[b]].b == b)
					host = &s->c[s->comp_at[b]];
			}
		}
		if (!after && !host)
			continue;
		/* (a mediator is no party: the pair was misread) */
		for (uint32_t m = 0; host && m < host->n; m++) {
			const char *hc = s->g[host->first + m].code;
			if (hc && len_upto(hc, 4) >= 3 && (!short_ncmp(hc, pair[0], 3) || !short_ncmp(hc, pair[1], 3)))
				return 0;
		}
		group party[2];
		for (int q = 0; q < 2; q++) {
			memset(&party[q], 0, sizeof party[q]);
			party[q].b = (uint32_t)i;
			party[q].e = (uint32_t)i + 1;
			party[q].code = pair[q];
			party[q].entry = UINT32_MAX;
		}
		int rc = 0;
		if (after)
			rc = emit_noun_pair(c, s, so, i, &party[0], &party[1], "046", "046");
		for (uint32_t m = 0; host && m < host->n && !rc; m++) {
			const group *h = &s->g[host->first + m];
			if (!h->code || !*h->code || h->agent_only || h->pronoun)
				continue;
			for (int q = 0; q < 2 && !rc; q++)
				if (!dyad_clause__self_event(h->code, pair[q])) {
					verb_cand vc;
					memset(&vc, 0, sizeof vc);
					vc.b = (uint32_t)i;
					vc.e = (uint32_t)i + 1;
					vc.verb = UINT32_MAX;
					rc = emit_one(c, so, s->t, h, &party[q], h->code, pair[q], "045", &vc, NULL, 0);
				}
		}
		return rc;
	}
	return 0;
}

/* A visit named by a noun: "X's visit to Y", "the visit of X to Y", "a visit
 * to Y by X", "his visit to Y": X 042 Y and Y 043 X, as for the verb. */
static int nominal_visits(dyad_coder *c, sent_ctx *s, const sent_out *so, const verb_cand *verbs,
                          size_t nv)
{
	if (!sent_has_cue(s, CUE_VISIT))
		return 0;
	for (size_t i = 0; i < s->n; i++) {
		const dtoken *t = &s->t[i];
		if (t->kind != TK_WORD || !dyad_words__noun_lemma_is(t, "VISIT") ||
		    dyad_words__ends_with(t, "ED") || dyad_words__ends_with(t, "ING") ||
		    coded_as_verb(verbs, nv, i))
			continue;
		/* host: "to Y" within the next few words */
		size_t to = i + 1;
		while (to < s->n && to < i + 4 && !tok_is(&s->t[to], "TO"))
			to++;
		const group *visitor = NULL, *host = NULL;
		group pron; /* "his visit": the previous subject */
		if (to < s->n && tok_is(&s->t[to], "TO"))
			host = group_at(s, to + 1);
		/* "the visit of X to Y", "the first visit by a Chinese leader to Y" */
		if (i + 1 < s->n && (tok_is(&s->t[i + 1], "OF") || tok_is(&s->t[i + 1], "BY"))) {
			visitor = group_at(s, i + 2);
			if (visitor) {
				size_t e = s->c[s->comp_at[visitor->b]].e;
				if (e < s->n && tok_is(&s->t[e], "TO"))
					host = group_at(s, e + 1);
			}
		}
		/* "a visit to Y by X" */
		if (!visitor && host) {
			size_t e = s->c[s->comp_at[host->b]].e;
			for (size_t k = e; k < s->n && k < e + 3 && !visitor; k++)
				if (tok_is(&s->t[k], "BY"))
					visitor = group_at(s, k + 1);
		}
		/* "X's (two-day state) visit", "his visit" */
		for (size_t k = i; !visitor && k-- > 0 && k + 5 > i;) {
			if (tok_is(&s->t[k], "'S") && k > 0 && s->comp_at[k - 1] >= 0) {
				const compound *cp = &s->c[s->comp_at[k - 1]];
				const group *g = &s->g[cp->first];
				if (g->code && *g->code && !g->agent_only)
					visitor = g;
				break;
			}
			if (tok_is(&s->t[k], "HIS") || tok_is(&s->t[k], "HER") || tok_is(&s->t[k], "THEIR")) {
				if (c->last_subject) {
					memset(&pron, 0, sizeof pron);
					pron.b = (uint32_t)k;
					pron.e = (uint32_t)k + 1;
					pron.code = c->last_subject;
					pron.entry = c->last_subject_entry;
					visitor = &pron;
				}
				break;
			}
			if (s->t[k].kind != TK_WORD)
				break;
		}
		if (!visitor || !host || dyad_clause__self_event(visitor->code, host->code))
			continue;
		/* a visit still to come has not happened: "the upcoming visit of
		 * Sheinbaum to Guatemala", "preparations for the visit ... next
		 * month" */
		int unreal = 0;
		for (size_t k = i; k-- > 0 && k + 5 > i && !unreal && s->t[k].kind != TK_PUNCT;)
			unreal = dyad_words__in(&s->t[k], visit_to_come) || dyad_words__in(&s->t[k], dyad_words__negators) ||
			         dyad_words__in(&s->t[k], dyad_words__modals) || dyad_words__in(&s->t[k], dyad_words__futures) ||
			         dyad_words__in_lemma(&s->t[k], unreal_meetings);
		for (size_t k = i + 1; k < s->n && k < i + 10 && !unreal && s->t[k].kind != TK_PUNCT; k++)
			unreal = tok_is(&s->t[k], "NEXT") || tok_is(&s->t[k], "TOMORROW");
		/* (nor one long past: "during Trump's visit to Riyadh in May", "his
		 * state visit to Britain last month") */
		if (unreal || (s->date > 0 && earlier_time_after(s, i + 1, 10)))
			continue;
		int rc = emit_noun_pair(c, s, so, i, visitor, host, "042", "043");
		if (rc)
			return rc;
	}
	return 0;
}



/* "imposed duties on Chinese steel, drawing a rebuke from Beijing": the
 * one named after "from" criticises (111) the subject of the deed */
static int drawn_reactions(dyad_coder *c, sent_ctx *s, const sent_out *so, const verb_cand *verbs, size_t nv)
{
	static const char *const drawing[] = {"DRAW", "PROMPT", "SPARK", "TRIGGER", "PROVOKE", "EARN", NULL};
	if (!sent_has_cue(s, CUE_REACTION))
		return 0;
	for (size_t i = 1; i + 2 < s->n; i++) {
		const dtoken *t = &s->t[i];
		if (t->kind != TK_WORD || !tok_is(&s->t[i + 1], "FROM") || !dyad_words__in_lemma_n(t, reaction_lemmas))
			continue;
		int drawn = 0;
		for (size_t k = i; k-- > 0 && k + 4 > i && !drawn;)
			drawn = s->t[k].kind == TK_WORD && dyad_words__in_lemma(&s->t[k], drawing);
		size_t b = i + 2;
		if (b < s->n && tok_is(&s->t[b], "THE"))
			b++;
		if (!drawn || b >= s->n || s->comp_at[b] < 0)
			continue;
		/* the deed's author: the source of the last event coded before */
		int32_t by = -1;
		for (size_t j = nv; j-- > 0;)
			if (verbs[j].e <= i && verbs[j].emitted && verbs[j].source >= 0) {
				by = verbs[j].source;
				break;
			}
		if (by < 0 || s->c[by].n != 1)
			continue;
		const compound *xc = &s->c[s->comp_at[b]];
		const group *y = &s->g[s->c[by].first];
		for (uint32_t m = 0; m < xc->n; m++) {
			const group *x = &s->g[xc->first + m];
			if (!x->code || !y->code || !*x->code || !*y->code || x->agent_only || y->agent_only ||
			    dyad_clause__self_event(x->code, y->code))
				continue;
			verb_cand vc;
			memset(&vc, 0, sizeof vc);
			vc.b = (uint32_t)i;
			vc.e = (uint32_t)i + 1;
			vc.verb = UINT32_MAX; /* an event named by a noun */
			int rc = emit_one(c, so, s->t, x, y, x->code, y->code, "111", &vc, NULL, 0);
			if (rc)
				return rc;
		}
	}
	return 0;
}

/* "talks between X and Y", "a meeting between the two leaders": negotiation
 * (046) or consultation (040) of the two parties with each other */
static int nominal_meetings(dyad_coder *c, sent_ctx *s, const sent_out *so, const verb_cand *verbs,
                            size_t nv)
{
	/* (the nouns of meeting_lemmas) */
	if (!sent_has_cue(s, CUE_MEETING))
		return 0;
	for (size_t i = 0; i + 2 < s->n; i++) {
		const dtoken *t = &s->t[i];
		const char *code = NULL;
		/* "Araghchi, in a telephone conversation with his Omani counterpart
		 * Badr Albusaidi, emphasized ...": a call between the subject before
		 * the comma and the one after "with" (041 both ways) */
		if (i > 4 && t->kind == TK_WORD && dyad_words__noun_lemma_is(t, "CONVERSATION") &&
		    tok_is(&s->t[i + 1], "WITH") &&
		    (tok_is(&s->t[i - 1], "TELEPHONE") || tok_is(&s->t[i - 1], "PHONE"))) {
			size_t k = i - 2;
			if (dyad_words__in(&s->t[k], dyad_words__articles))
				k--;
			size_t b = i + 2;
			while (b < s->n && (dyad_words__in(&s->t[b], dyad_words__possessives) || tok_is(&s->t[b], "THE")))
				b++;
			/* (Persian translation has no comma: "Araghchi in a telephone
			 * conversation with his Omani counterpart exchanged views") */
			size_t subj = k > 1 && tok_is(&s->t[k - 1], ",") ? k - 2 : k - 1;
			if (k > 1 && (tok_is(&s->t[k], "IN") || tok_is(&s->t[k], "DURING")) && s->comp_at[subj] >= 0 &&
			    b < s->n && s->comp_at[b] >= 0 && !coded_as_verb(verbs, nv, i)) {
				const compound *xc = &s->c[s->comp_at[subj]], *yc = &s->c[s->comp_at[b]];
				const group *x = &s->g[xc->first], *y = &s->g[yc->first];
				if (xc->n == 1 && yc->n == 1 && x->code && y->code && *x->code && *y->code && !x->agent_only &&
				    !y->agent_only && !dyad_clause__self_event(x->code, y->code)) {
					int rc = emit_noun_pair(c, s, so, i, x, y, "041", "041");
					if (rc)
						return rc;
				}
			}
			continue;
		}
		if (t->kind != TK_WORD || !tok_is(&s->t[i + 1], "BETWEEN"))
			continue;
		if (dyad_words__noun_lemma_is(t, "TALK") || dyad_words__noun_lemma_is(t, "NEGOTIATION"))
			code = "046";
		else if (dyad_words__noun_lemma_is(t, "MEETING") || dyad_words__noun_lemma_is(t, "CONSULTATION"))
			code = "040";
		if (!code)
			continue;
		size_t b = i + 2;
		if (b < s->n && tok_is(&s->t[b], "THE"))
			b++;
		if (coded_as_verb(verbs, nv, i) || b >= s->n || s->comp_at[b] < 0)
			continue;
		/* talks only offered, planned or called for have not happened:
		 * "offered to host talks between ...", "called for talks between" */
		/* (also after "of" a word of measure: "ready to host a new round of
		 * talks between ...") */
		/* (nor ones not ruled out, sought or rejected: "has not ruled out a
		 * meeting between Putin and Zelensky") */
		int unreal = meeting_unreal_before(s, i, i > 2 && (tok_is(&s->t[i - 1], "OF") || tok_is(&s->t[i - 2], "OF")) ? 7 : 4);
		/* (nor ones called off: "The talks between India and Pakistan were
		 * cancelled") */
		const compound *cp = &s->c[s->comp_at[b]];
		/* (also past a topic: "talks between X and Y on a ceasefire have
		 * been stalled") */
		for (size_t k = cp->e; k < s->n && k < cp->e + 8 && !unreal && s->t[k].kind != TK_PUNCT; k++)
			unreal = dyad_words__in_lemma(&s->t[k], called_off);
		if (unreal)
			continue;
		if (cp->n != 2)
			continue;
		const group *x = &s->g[cp->first], *y = &s->g[cp->first + 1];
		if (!x->code || !y->code || !*x->code || !*y->code || x->agent_only || y->agent_only ||
		    dyad_clause__self_event(x->code, y->code))
			continue;
		int rc = emit_noun_pair(c, s, so, i, x, y, code, code);
		if (rc)
			return rc;
	}
	return 0;
}

/* --- one sentence ------------------------------------------------------------ */

typedef struct issue_ctx {
	const dyad_dict *d;
	const dtoken *t;
	size_t i, n;
	const char **out;
	size_t *n_out;
	size_t cap;
} issue_ctx;

/* (dyad_lex__matches calls it for the issues whose phrase matches at x->i) */
static int visit_issue(uint32_t e, size_t m, void *payload)
{
	issue_ctx *x = payload;
	const dissue *is = &x->d->issues[e];
	(void)m;
	if (is->exclude || !is->name)
		return 0;
	const char *name = x->d->strings + is->name;
	for (size_t k = 0; k < *x->n_out; k++)
		if (x->out[k] == name || same_str(x->out[k], name))
			return 0;
	if (*x->n_out < x->cap)
		x->out[(*x->n_out)++] = name;
	return 0;
}

/* TABARI deletes comma-delimited clauses before coding (comma.c): the
 * sentence's tokens become a copy without them. Compounds are found first, as
 * their commas do not delimit clauses. */
static int drop_comma_clauses(dyad_coder *c, sent_ctx *s)
{
	int any = 0;
	for (size_t i = 0; i < s->n && !any; i++)
		any = s->t[i].kind == TK_PUNCT && s->t[i].norm[0] == ',';
	if (!any)
		return 0;
	const dict_options *o = &c->d->opt;
	s->is_verb = dyad_arena_calloc(&c->arena, s->n + 1, 1);
	uint8_t *drop = dyad_arena_calloc(&c->arena, s->n + 1, 1);
	if (!s->is_verb || !drop)
		return DYAD_ENOMEM;
	int rc = dyad_syntax__actors(s, &c->arena);
	if (rc)
		return rc;
	size_t k = dyad_comma__mark(s, o->comma_mode == 1 ? o->comma : dyad_dict__comma_defaults, drop);
	if (!k)
		return 0;
	dtoken *t = dyad_arena_alloc(&c->arena, (s->n + 1) * sizeof *t);
	if (!t)
		return DYAD_ENOMEM;
	size_t w = 0;
	for (size_t i = 0; i < s->n; i++)
		if (!drop[i])
			t[w++] = s->t[i];
		else if (w && (i + 1 == s->n || !drop[i + 1]) && s->t[i].kind == TK_PUNCT)
			t[w++] = dyad_comma__gap(&s->t[i]); /* where a clause was, mid-sentence */
	s->t = t;
	s->n = w;
	return 0;
}

/* is the verb's object "each other" or "one another" (after a preposition:
 * "clashed with each other")? */
static int each_other(const sent_ctx *s, const verb_cand *v)
{
	/* ("each side blamed the other": "the other" after "each <noun>") */
	int each = v->b > 1 && tok_is(&s->t[v->b - 2], "EACH");
	for (size_t k = v->e; k + 1 < s->n && k < v->e + 3; k++) {
		if ((tok_is(&s->t[k], "EACH") && tok_is(&s->t[k + 1], "OTHER")) ||
		    (tok_is(&s->t[k], "ONE") && tok_is(&s->t[k + 1], "ANOTHER")) ||
		    (each && tok_is(&s->t[k], "THE") && tok_is(&s->t[k + 1], "OTHER")))
			return 1;
		if (!dyad_words__in(&s->t[k], dyad_words__prepositions))
			return 0;
	}
	return 0;
}

/* the actor that names an attack noun at i ("a Russian drone attack",
 * "Israeli air strikes", "Russian shelling"), or -1 */
static int32_t attack_author(const sent_ctx *s, size_t i, int32_t *on)
{
	*on = -1;
	static const char *const attacks[] = {"ATTACK", "STRIKE", "AIRSTRIKE", "AIRSTRIKES", "SHELLING", "SHELL", "BOMBARDMENT",
	                                      "BOMBING", "BOMB", "RAID", "AMBUSH", "OFFENSIVE", "ASSAULT", NULL};
	while (i < s->n && dyad_words__in(&s->t[i], dyad_words__determiners))
		i++;
	/* ("in an attack claimed by Islamic State", "in a bombing by ...") */
	if (i + 2 < s->n && s->comp_at[i] < 0 &&
	    (dyad_words__in_lemma(&s->t[i], attacks) || dyad_words__in_lemma_n(&s->t[i], attacks))) {
		size_t by = i + 1;
		if (tok_is(&s->t[by], "CLAIMED"))
			by++;
		if (by + 1 < s->n && tok_is(&s->t[by], "BY")) {
			int32_t ci = dyad_pattern__compound_from(s, by + 1, by + 4 < s->n ? by + 4 : s->n);
			if (ci >= 0 && !s->g[s->c[ci].first].agent_only && !s->g[s->c[ci].first].pronoun)
				return ci;
		}
		return -1;
	}
	if (i >= s->n || s->comp_at[i] < 0 || s->c[s->comp_at[i]].b != i || s->c[s->comp_at[i]].n != 1)
		return -1;
	int32_t ci = s->comp_at[i];
	const group *g = &s->g[s->c[ci].first];
	if (!g->code || g->agent_only || g->pronoun || g->inferred)
		return -1;
	for (size_t k = s->c[ci].e; k < s->n && k < s->c[ci].e + 3; k++) {
		if (s->t[k].kind != TK_WORD || s->comp_at[k] >= 0)
			return -1;
		if (dyad_words__in_lemma(&s->t[k], attacks) || dyad_words__in_lemma_n(&s->t[k], attacks)) {
			/* (and the place it hit: "on Kharkiv", "of Kherson") */
			if (k + 2 < s->n && (tok_is(&s->t[k + 1], "ON") || tok_is(&s->t[k + 1], "OF") || tok_is(&s->t[k + 1], "IN")))
				*on = dyad_pattern__compound_from(s, k + 2, k + 4 < s->n ? k + 4 : s->n);
			return ci;
		}
	}
	return -1;
}

/* is verb v a participle describing the noun before it: "the peace
 * agreement signed with Rwanda last year", "a deal reached in Doha"? (a
 * determiner before the noun, a preposition or time word after the
 * participle; not "brokered by China", whose author is news) */
static int reduced_relative(const sent_ctx *s, const verb_cand *v)
{
	static const char *const after[] = {"WITH", "IN", "ON", "AT", "LAST", "EARLIER", "DURING", "BETWEEN", "UNDER",
	                                    "IN", "THIS", NULL};
	const dtoken *t = &s->t[v->b], *n = &s->t[v->b - 1];
	if (t->kind != TK_WORD || !(dyad_words__ends_with(t, "ED") || t->vlemma != t->norm) ||
	    dyad_words__ends_with(t, "S") || dyad_words__ends_with(t, "ING") || !dyad_words__in(&s->t[v->e], after))
		return 0;
	if (n->kind != TK_WORD || !(n->pos & DYAD_POS_NOUN) || (n->flags & TF_CAP) || s->comp_at[v->b - 1] >= 0 ||
	    s->is_verb[v->b - 1] || dyad_words__in(n, dyad_words__be_forms) || tok_is(n, "HAVE") || tok_is(n, "HAS") ||
	    tok_is(n, "HAD"))
		return 0;
	size_t d = v->b - 2;
	if (d > 0 && !dyad_words__in(&s->t[d], dyad_words__determiners) && (s->t[d].pos & (DYAD_POS_NOUN | DYAD_POS_ADJ)) &&
	    s->comp_at[d] < 0)
		d--;
	return dyad_words__in(&s->t[d], dyad_words__determiners);
}

/* the repression noun naming what befell the victim at ci ("the arrest
 * of", "the crackdown on", "violence against"): its token, or 0 */
static size_t repression_noun_before(const sent_ctx *s, const verb_cand *v, int32_t ci)
{
	static const char *const repression[] = {"ARREST", "DETENTION", "JAILING", "IMPRISONMENT", "SENTENCING",
	                                         "SENTENCE", "CRACKDOWN", "VIOLENCE", "REPRESSION", "PERSECUTION",
	                                         "TORTURE", "EXECUTION", "DEPORTATION", NULL};
	for (size_t k = s->c[ci].b; k-- > v->e && k + 5 > s->c[ci].b;)
		if (s->t[k].kind == TK_WORD && dyad_words__in_lemma_n(&s->t[k], repression))
			return k;
	return 0;
}

/* nouns of what an accuser said: "rejected the accusations" */
static const char *const accusation_nouns[] = {"ACCUSATION", "ALLEGATION", "CLAIM", "CHARGE", "CRITICISM", NULL};

/* verbs that report a clause: "Pakistan said six civilians were killed" */
static const char *const reporting_verbs[] = {"SAY", "DENY", "CLAIM", "ANNOUNCE", "CONFIRM", "REPORT", NULL};

/* verbs of a counter-blow: "Indian forces retaliated" */
static const char *const counter_blows[] = {"RETALIATE", "COUNTERATTACK", "AVENGE", "RESPOND", NULL};
static const char *const counter_nouns[] = {"RETALIATION", "REVENGE", "RESPONSE", NULL};
/* what a country's own ground is called: "Turkish airspace" */
static const char *const own_grounds[] = {"AIRSPACE", "WATERS", "TERRITORY", "SOIL", "BORDER", "COAST", NULL};

/* verbs of warding off an attack: "intercepted", "repelled" */
static const char *const defences[] = {"INTERCEPT", "REPEL", "REPULSE", NULL};

/* the compound after "fired (launched) by (from)" in the few words after a
 * stopped weapon at i ("a rocket fired by Hezbollah at the town"), or -1 */
static int32_t fired_by(const sent_ctx *s, size_t i)
{
	for (size_t k = i; k + 2 < s->n && k < i + 6; k++) {
		if (s->t[k].kind == TK_PUNCT)
			return -1;
		if ((tok_is(&s->t[k], "FIRED") || tok_is(&s->t[k], "LAUNCHED")) &&
		    (tok_is(&s->t[k + 1], "BY") || tok_is(&s->t[k + 1], "FROM")))
			return s->comp_at[k + 2];
	}
	return -1;
}

/* nouns of strife with a party: "the war with Russia" */
static const char *const strife_nouns[] = {"WAR", "CONFLICT", "FIGHTING", "DISPUTE", "TENSION", "STANDOFF", NULL};

/* cities wire services report the region from: a story datelined there is
 * often about another country ("DUBAI (Reuters) - Iranian authorities") */
static const char *const wire_hubs[] = {"DUBAI", "BEIRUT", "AMMAN", "ISTANBUL", "JOHANNESBURG", "DAKAR", "ABIDJAN",
                                        "NAIROBI", "ADDIS", "BANGKOK", "SINGAPORE", "GENEVA", "BRUSSELS", NULL};

/* natural disasters: "Typhoon Kalmaegi battered the Philippines" */
static const char *const disasters[] = {"TYPHOON", "HURRICANE", "CYCLONE", "STORM", "EARTHQUAKE", "QUAKE", "FLOOD",
                                        "TSUNAMI", "WILDFIRE", "LANDSLIDE", "TORNADO", "MONSOON", NULL};

/* nouns of an agreement between two parties: "welcomed the agreement" */
static const char *const agreement_nouns[] = {"AGREEMENT", "DEAL", "ACCORD", "CEASEFIRE", "TRUCE", NULL};

/* actor types of armed groups outside the state: rebels, insurgents,
 * gunmen */
static int nonstate_group(const char *type)
{
	return !short_ncmp(type, "REB", 3) || !short_ncmp(type, "INS", 3) || !short_ncmp(type, "UAF", 3);
}

/* verbs of a deed's toll: ", killing four civilians" */
static const char *const toll_verbs[] = {"KILL", "WOUND", "INJURE", NULL};

/* verbs whose object is a listener: "told reporters", "assured lawmakers" */
static const char *const listener_verbs[] = {"TELL", "INFORM", "NOTIFY", "ASSURE", "BRIEF", "REMIND", NULL};

/* are tokens [i, i + len) one word joined by hyphens ("cyclone-hit")? */
static int hyphenated(const sent_ctx *s, size_t i, size_t len)
{
	for (size_t k = i; k + 1 < i + len; k++)
		if (!s->text || s->t[k + 1].begin != s->t[k].end + 1 || s->text[s->t[k].end] != '-')
			return 0;
	return 1;
}

/* does the subject at b open a relative clause on the deed before it:
 * ", which Japan ...", ", a move that Japan ...", ", a step Japan ..."? */
static int relative_on_deed(const sent_ctx *s, size_t b)
{
	if (b < 2)
		return 0;
	size_t r = b;
	if (tok_is(&s->t[b - 1], "WHICH") || tok_is(&s->t[b - 1], "THAT")) {
		if (tok_is(&s->t[b - 2], ","))
			return 1;
		r = b - 1;
	}
	for (size_t k = r, steps = 0; k-- > 0 && steps < 5; steps++)
		if (tok_is(&s->t[k], ","))
			return dyad_clause__summary_apposition(s, k) == r;
	return 0;
}

/* What a word's gates (sent_ctx.gates) ask of its memo: dyad_lex__none's
 * test, for the verb, discard and issue indexes and for the actor and agent
 * indexes together, and the lists the mention loop looks a word up in */
typedef struct gate_keys {
	const void *dict;
	uint64_t verb, mention, discard, issue;
	uint32_t lists; /* possessors and pronouns (dyad_syntax__actors) */
	uint8_t cap;    /* TF_CAP when names are known: a capital may name one */
	const uint32_t (*cue_hash)[6]; /* dyad_coder.cue_hash, cue_filter */
	const uint64_t *cue_filter;
} gate_keys;

static void gate_keys_of(gate_keys *gk, const dyad_coder *c, const dyad_dict *d, const sent_ctx *s)
{
	gk->dict = d;
	gk->cue_hash = (const uint32_t(*)[6])c->cue_hash;
	gk->cue_filter = c->cue_filter;
	gk->verb = 0x0101010101010101ull << d->verb_ix.which;
	gk->mention = 0x0101010101010101ull << d->actor_ix.which | 0x0101010101010101ull << d->agent_ix.which;
	gk->discard = 0x0101010101010101ull << d->discard_ix.which;
	gk->issue = 0x0101010101010101ull << d->issue_ix.which;
	gk->lists = dyad_words__bit(dyad_words__possessors) | dyad_words__bit(dyad_words__pronouns) |
	            dyad_words__bit(dyad_words__tabari_pronouns);
	gk->cap = s->n_names ? TF_CAP : 0;
}

/* A word's gates as its memo keeps them (dtoken_memo.gates): the verb
 * gate is open unless the memo rules the verb index out (dyad_lex__none),
 * the mention gate unless it rules out both the actor and agent indexes and
 * the word is no possessor or pronoun, the discard and issue gates unless
 * it rules their index out. All are open while the lexicon memo is not
 * filled, and kept once it is. */
static unsigned word_gates(const gate_keys *gk, const dtoken *tk, dtoken_memo *m)
{
	unsigned cues = word_cues(gk->cue_hash, gk->cue_filter, tk);
	if (m->lex_dict != gk->dict || m->lex_n > DYAD_LEX_MEMO)
		return 1u << SENT_GATE_VERB | 1u << SENT_GATE_MENTION | 1u << SENT_GATE_DISCARD | 1u << SENT_GATE_ISSUE |
		       cues;
	uint32_t lists = tk->listed ? m->lists : 0;
	unsigned g = ((m->lex_has & gk->verb) != 0) << SENT_GATE_VERB |
	             ((m->lex_has & gk->mention) != 0 || (lists & gk->lists)) << SENT_GATE_MENTION |
	             ((m->lex_has & gk->discard) != 0) << SENT_GATE_DISCARD |
	             ((m->lex_has & gk->issue) != 0) << SENT_GATE_ISSUE | cues;
	m->gates = (uint8_t)(DYAD_GATES_KNOWN | g);
	return g;
}

/* A token's gate bits (code_sentence's verb, discard and issue loops and
 * dyad_syntax__actors' mention loop visit only the tokens whose gate is
 * open): its word's, and a capital may be a known name (cap: TF_CAP, bit 0,
 * or 0). The loops test the token's kind and dateline flag themselves. */
static inline unsigned word_gates_of(const gate_keys *gk, const dtoken *tk, dtoken_memo *m)
{
	unsigned g = m->gates;
	if (__builtin_expect(!(g & DYAD_GATES_KNOWN), 0))
		g = word_gates(gk, tk, m);
	return g;
}

static inline unsigned token_gates(const gate_keys *gk, const dtoken *tk, dtoken_memo *m, unsigned cap)
{
	return (word_gates_of(gk, tk, m) & 15) | (tk->flags & cap) << SENT_GATE_MENTION;
}

/* s's gates afresh, into an array of s->n / 16 + 1 words (code_sentence
 * fills them in its summary; this is for tokens that replaced those) */
static void sent_gates(sent_ctx *s, const gate_keys *gk, uint64_t *gates)
{
	memset(gates, 0, (s->n / 16 + 1) * sizeof *gates);
	for (size_t i = 0; i < s->n; i++)
		gates[i >> 4] |= (uint64_t)token_gates(gk, &s->t[i], dyad_token__memo(&s->t[i]), gk->cap) << 4 * (i & 15);
	s->gates = gates;
}

/* What the words of s hold (sent_ctx.lists, lemmas, quotes, allcaps and the
 * sentence filter) and their gates, in one pass over them */
static void sent_summary(sent_ctx *s, const gate_keys *gk, uint64_t *gates)
{
	size_t letters = 0, caps = 0;
	uint32_t lists = 0, quotes = 0;
	unsigned cap = gk->cap, cues = 0, years = 0;
	for (size_t w0 = 0; w0 < s->n || w0 == 0; w0 += 16) {
		size_t e = s->n - w0 < 16 ? s->n : w0 + 16;
		uint64_t gm = 0;
		for (size_t i = w0, sh = 0; i < e; i++, sh += 4) {
			const dtoken *tk = &s->t[i];
			dtoken_memo *m = dyad_token__memo(tk);
			unsigned g = word_gates_of(gk, tk, m), flags = tk->flags, kind = tk->kind;
			cues |= g;
			gm |= (uint64_t)((g & 15) | (flags & cap) << SENT_GATE_MENTION) << sh;
			/* (counts without branches: they were kept in memory) */
			if (kind == TK_WORD) {
				letters++;
				caps += (flags & TF_ALLCAPS) != 0;
			} else if (kind == TK_PUNCT)
				quotes += dyad_words__is_quote(tk);
			else
				years |= kind == TK_NUM && tk->norm_len == 4;
			if (tk->listed)
				lists |= m->lists;
			/* (the sentence filter too: wasted on a discarded sentence, but
			 * one pass over the words is cheaper than two) */
			sent_bloom_add_token(s, tk);
		}
		gates[w0 >> 4] = gm;
	}
	s->lists = lists;
	s->quotes = quotes;
	s->cues = (uint8_t)(cues & CUE_GATES);
	s->years = (uint8_t)years;
	s->allcaps = letters > 3 && caps * 10 >= letters * 8;
	s->gates = gates;
}

/* memset(s, 0, sizeof *s) with sixteen bytes a store: gcc makes the memset
 * of the 0.7 KB context a rep stos, one instruction a word, a hundred a
 * sentence */
static inline void sent_ctx_zero(sent_ctx *s)
{
#ifdef __SSE2__
	_Static_assert(sizeof *s % 16 == 0, "sent_ctx is zeroed sixteen bytes at a time");
	const __m128i z = _mm_setzero_si128();
	char *p = (char *)s;
#pragma GCC unroll 64
	for (size_t k = 0; k < sizeof *s; k += 16)
		_mm_storeu_si128((__m128i *)(void *)(p + k), z);
#else
	memset(s, 0, sizeof *s);
#endif
}

static int code_sentence(dyad_coder *c, const char *text, const dtoken *t, const dsentence *sn,
                         uint32_t number, int32_t date)
{
	const dyad_dict *d = c->d;
	int compat = c->opt.tabari_compat;
	int rc = 0;
	sent_ctx s;
	sent_ctx_zero(&s);
	s.d = d;
	s.t = t + sn->first;
	s.n = sn->n;
	s.date = date;
	s.arena = &c->arena;
	s.ctx_country = (!compat && c->doc_country[0]) ? c->doc_country : NULL;
	/* under a wire hub's dateline the lede's bare agents are of the country
	 * its first named actor is of: "JOHANNESBURG (Reuters) - Mozambican
	 * opposition leader Venancio Mondlane said police had killed 30
	 * protesters" (Mozambique's police) */
	/* (one named before the lede's first past-tense verb: in "AMMAN - The
	 * Foreign Ministry condemned Israel" the ministry stays the dateline's) */
	char lede_country[4];
	if (!compat && c->dateline_country)
		for (size_t i = 0; i < s.n; i++) {
			uint32_t e;
			if (s.t[i].kind != TK_WORD || (s.t[i].flags & TF_DATELINE))
				continue;
			if (!dyad_lex__longest(d, &d->actor_ix, dyad_dict__actor_phrase, s.t, i, s.n, &e)) {
				const dtoken *w = &s.t[i];
				if ((w->pos & DYAD_POS_VERB) && !(w->flags & TF_CAP) && i > 0 &&
				    (dyad_words__ends_with(w, "ED") || (w->vlemma != w->norm && !dyad_words__ends_with(w, "S") &&
				                                        !dyad_words__ends_with(w, "ING"))))
					break;
				continue;
			}
			const char *code = dyad_syntax__actor_code(d, e, date);
			if (!code || len_upto(code, 4) < 3 || code[0] < 'A' || code[0] > 'Z' || !short_ncmp(code, "IGO", 3) ||
			    !short_ncmp(code, "NGO", 3) || dyad_complex__special(code))
				continue;
			memcpy(lede_country, code, 3);
			lede_country[3] = 0;
			s.ctx_country = lede_country;
			break;
		}
	if (!compat) {
		s.names = c->names;
		s.n_names = c->n_names;
	}
	s.infer_agents = !compat;
	s.compat = compat;
	s.petr = c->opt.petrarch_compat;
	/* TABARI's own reading (not PETRARCH mode's): comma clauses, COMPLEX:,
	 * pronouns, the clause's first actor as source (manual 5.8, 7.7, 8.6) */
	int tabari = compat && !s.petr;
	s.convert_agents = compat && d->opt.convert_agents;
	s.text = text;
	if (!s.n)
		return 0;
	if (tabari && d->opt.min_words) {
		size_t words = 0;
		/* TABARI's words: a possessive is part of its word, a comma is one */
		for (size_t i = 0; i < s.n; i++)
			words += s.t[i].kind != TK_PUNCT ? !tok_is(&s.t[i], "'S") && !tok_is(&s.t[i], "N'T")
			                                 : tok_is(&s.t[i], ",");
		if (words < d->opt.min_words)
			return 0;
	}
	/* questions are not events */
	if (!compat && s.t[s.n - 1].kind == TK_PUNCT && s.t[s.n - 1].norm[0] == '?')
		return 0;
	/* the gates' array: the stack's when the sentence fits it */
	uint64_t gates_here[MAX_SENTENCE_TOKENS / 16 + 1], *gates = gates_here;
	if (s.n > MAX_SENTENCE_TOKENS && !(gates = dyad_arena_alloc(&c->arena, (s.n / 16 + 1) * sizeof *gates)))
		return DYAD_ENOMEM;
	gate_keys gk;
	gate_keys_of(&gk, c, d, &s);
	sent_summary(&s, &gk, gates);
	/* discards */
	for (size_t i = d->discard_ix.n_lists ? sent_next(&s, SENT_GATE_DISCARD, 0, s.n) : s.n; i < s.n;
	     i = sent_next(&s, SENT_GATE_DISCARD, i + 1, s.n)) {
		uint32_t e;
		size_t len = s.t[i].kind == TK_WORD ? dyad_lex__longest(d, &d->discard_ix, dyad_dict__discard_phrase, s.t, i, s.n, &e) : 0;
		if (len) {
			/* "aid to cyclone-hit Myanmar": a phrase written with hyphens
			 * is an adjective of something else, not the news itself */
			if (!compat && len > 1 && hyphenated(&s, i, len))
				continue;
			if (d->discards[e].flags & PH_STORY)
				c->story_discard = 1;
			return 0;
		}
	}
	/* "Typhoon Kalmaegi battered the Philippines, killing 52 people": a
	 * natural disaster as the sentence's subject is weather, not an event */
	if (!compat) {
		size_t f = 0;
		while (f < s.n && ((s.t[f].flags & TF_DATELINE) || dyad_words__in(&s.t[f], dyad_words__determiners)))
			f++;
		if (f < s.n && s.t[f].kind == TK_WORD && dyad_words__in_lemma_n(&s.t[f], disasters))
			return 0;
	}
	/* the whole sentence's words, for <TIME> phrases: a clause deleted below
	 * still dates or discards the sentence (the Bloom filter stays a superset) */
	const dtoken *whole_t = s.t;
	size_t whole_n = s.n;
	if (tabari && d->opt.comma_mode != 2) {
		const dtoken *before = s.t;
		rc = drop_comma_clauses(c, &s);
		if (rc)
			return rc;
		if (s.t != before) /* new tokens (no more of them): their gates afresh */
			sent_gates(&s, &gk, gates);
	}
	/* the verb candidates and is_verb in one allocation (each part as long as
	 * it was on its own) */
	size_t verbs_bytes = ((s.n + 1) * sizeof(verb_cand) + 15) & ~(size_t)15;
	verb_cand *verbs = dyad_arena_alloc(&c->arena, verbs_bytes + ((s.n + 1 + 15) & ~(size_t)15));
	if (!verbs)
		return DYAD_ENOMEM;
	s.is_verb = (uint8_t *)verbs + verbs_bytes;
	memset(s.is_verb, 0, s.n + 1);
	/* verb candidates first (names vs verbs), then actors around them */
	size_t nv = 0;
	for (size_t i = sent_next(&s, SENT_GATE_VERB, 0, s.n); i < s.n; i = sent_next(&s, SENT_GATE_VERB, i + 1, s.n)) {
		if (s.t[i].kind != TK_WORD || (s.t[i].flags & TF_DATELINE))
			continue;
		/* a verb matches consecutively, but in TABARI's own reading (with gaps) */
		if (!tabari && dyad_lex__next_none(d, &d->verb_ix, s.t, i, s.n))
			continue;
		/* (a noun here is no verb whatever the dictionary has: asked first,
		 * as it costs a fraction of the lookup) */
		if (noun_context(&s, i, compat && !s.petr))
			continue;
		vctx v = {&s, i, 0, 0, 0, {0}, 0};
		if (tabari)
			dyad_lex__candidates_slow(d, &d->verb_ix, &s.t[i], visit_verb, &v);
		else {
			/* (a word that can begin only one-word verbs: its answer is
			 * the word's, kept in verb_memo) */
			const dtoken *tk = &s.t[i];
			struct verb_memo *vm = &c->verb_memo[tk->h_norm % (sizeof c->verb_memo / sizeof c->verb_memo[0])];
			if (vm->len && vm->len == tk->norm_len && !memcmp(vm->norm, tk->norm, tk->norm_len)) {
				v.best = vm->best;
				v.entry = vm->entry;
			} else {
				dyad_lex__matches_slow(d, &d->verb_ix, s.t, i, s.n, visit_verb_match, &v);
				if (tk->norm_len && one_word_verbs_only(c, tk)) {
					vm->len = (uint8_t)tk->norm_len;
					memcpy(vm->norm, tk->norm, tk->norm_len);
					vm->best = (uint8_t)v.best;
					vm->entry = v.entry;
				}
			}
		}
		if (!v.best)
			continue;
		if (!compat && nv > 0 && dyad_complement__object_head(&s, &verbs[nv - 1], i))
			continue;
		/* "to free jailed journalists", "must release detained nationals": a
		 * participle after a base-form verb (after "to" or a modal) and before
		 * a name or plain noun is an adjective */
		if (!compat && i > 0 && i + 1 < s.n && dyad_words__ends_with(&s.t[i], "ED") && s.t[i - 1].kind == TK_WORD &&
		    s.t[i - 1].vlemma == s.t[i - 1].norm && !(s.t[i - 1].flags & TF_CAP) &&
		    !dyad_words__ends_with(&s.t[i - 1], "S") && !dyad_words__in(&s.t[i - 1], dyad_words__be_forms) &&
		    s.t[i + 1].kind == TK_WORD &&
		    ((s.t[i + 1].flags & TF_CAP) || ((s.t[i + 1].pos & DYAD_POS_NOUN) && !(s.t[i + 1].pos & DYAD_POS_VERB))) &&
		    (s.t[i - 1].pos & DYAD_POS_VERB) && i > 1 &&
		    (tok_is(&s.t[i - 2], "TO") || dyad_words__in(&s.t[i - 2], dyad_words__modals)))
			continue;
		/* "a drone and missile attack on the grid", "a rocket strike against":
		 * a base form after a common noun and before "on"/"against" is a noun */
		if (!compat && i > 0 && i + 1 < s.n && (s.t[i].pos & DYAD_POS_NOUN) && s.t[i].vlemma == s.t[i].norm &&
		    s.t[i - 1].kind == TK_WORD && (s.t[i - 1].pos & DYAD_POS_NOUN) && !(s.t[i - 1].flags & TF_CAP) &&
		    !s.is_verb[i - 1] && !dyad_words__in(&s.t[i - 1], dyad_words__determiners) &&
		    !tok_is(&s.t[i - 1], "TO") && (tok_is(&s.t[i + 1], "ON") || tok_is(&s.t[i + 1], "AGAINST")))
			continue;
		/* "Iranian missile strikes hit ...", "drone attacks killed ...": a
		 * plural after a common noun, with a verb of the dictionary right
		 * after it, heads the subject */
		/* ... and so does one that ends its clause: "to oppose proposed tax
		 * increases." */
		if (!compat && i > 0 && i + 1 < s.n && dyad_words__ends_with(&s.t[i], "S") && (s.t[i].pos & DYAD_POS_NOUN) &&
		    s.t[i - 1].kind == TK_WORD && (s.t[i - 1].pos & DYAD_POS_NOUN) && !(s.t[i - 1].flags & TF_CAP) &&
		    !s.is_verb[i - 1] && !dyad_words__in(&s.t[i - 1], dyad_words__determiners) &&
		    !dyad_words__in(&s.t[i - 1], dyad_words__prepositions)) {
			if (s.t[i + 1].kind == TK_PUNCT && s.t[i + 1].norm[0] != '"')
				continue;
			if (s.t[i + 1].kind == TK_WORD) {
				vctx next = {&s, i + 1, 0, 0, 0, {0}, 0};
				dyad_lex__matches(d, &d->verb_ix, s.t, i + 1, s.n, visit_verb_match, &next);
				if (next.best)
					continue;
			}
		}
		/* "intercepted a flotilla carrying aid to Gaza": an -ing participle
		 * right after a plain noun that names no actor (after an article or
		 * adjective) has that noun as its subject, which is no party */
		if (!compat && i > 1 && dyad_words__ends_with(&s.t[i], "ING") && s.t[i - 1].kind == TK_WORD &&
		    (s.t[i - 1].pos & DYAD_POS_NOUN) && !(s.t[i - 1].pos & DYAD_POS_ADJ) &&
		    !(s.t[i - 1].flags & TF_CAP) && !s.is_verb[i - 1] &&
		    !dyad_words__in_lemma_n(&s.t[i - 1], authored_texts) &&
		    !dyad_words__in(&s.t[i - 1], dyad_words__prepositions) && !dyad_words__in(&s.t[i - 1], dyad_words__be_forms) &&
		    (dyad_words__in(&s.t[i - 2], dyad_words__articles) || (s.t[i - 2].pos & DYAD_POS_ADJ)) &&
		    !names_party(d, s.t, i - 1, s.n))
			continue;
		/* "denounced what it called a U.S. military buildup", "what he
		 * described as provocations": a way of quoting, not a verb */
		if (!compat && i > 1 && tok_is(&s.t[i - 2], "WHAT") && dyad_words__in(&s.t[i - 1], dyad_words__pronouns) &&
		    dyad_words__in_lemma(&s.t[i], naming_verbs))
			continue;
		/* PETRARCH codes verbs of the parse: a modal ("should") is none */
		if (s.petr && (dyad_words__in(&s.t[i], dyad_words__modals) ||
		               dyad_words__in(&s.t[i], dyad_words__futures)))
			continue;
		/* "accused Minsk of launching ...", "before joining": a gerund after a
		 * preposition is the content of another event, not a predicate (also
		 * behind an opening quote: 'accused Pakistan of "violating ..."') */
		if (!compat && i > 0 && s.t[i].norm_len > 4 && s.t[i].last == 'G' &&
		    !memcmp(s.t[i].norm + s.t[i].norm_len - 3, "ING", 3) &&
		    (dyad_words__in(&s.t[i - 1], dyad_words__prepositions) ||
		     (i > 1 && dyad_words__is_quote(&s.t[i - 1]) && dyad_words__in(&s.t[i - 2], dyad_words__prepositions))) &&
		    !dyad_clause__realised_ing(&s, i))
			continue;
		/* ... and so is the verb such a gerund of helping governs:
		 * "accused of helping Iran sell oil to China" */
		if (!compat && i > 2 && s.t[i].vlemma == s.t[i].norm && helped_content(&s, i))
			continue;
		/* ... and so is the participle of a perfect gerund: "accused Russia
		 * of having bombarded civilians" */
		if (!compat && i > 1 && tok_is(&s.t[i - 1], "HAVING") && dyad_words__in(&s.t[i - 2], dyad_words__prepositions))
			continue;
		/* "a demonstration calling for the removal of the president": what
		 * a protest named by a noun asks for is the protest's content */
		if (!compat && i > 0 && dyad_words__ends_with(&s.t[i], "ING") && s.t[i - 1].kind == TK_WORD &&
		    dyad_words__in_lemma_n(&s.t[i - 1], protest_nouns) && dyad_words__in_lemma(&s.t[i], protest_asks))
			continue;
		/* ... and so is one after "for/of/over + its subject": "apologized
		 * to Brazil for one of its gunboats intercepting a Brazilian ship" */
		if (!compat && nv > 0 && s.t[i].norm_len > 4 && s.t[i].last == 'G' &&
		    !memcmp(s.t[i].norm + s.t[i].norm_len - 3, "ING", 3) &&
		    dyad_complement__gerund_content(&s, i))
			continue;
		verb_cand vc;
		memset(&vc, 0, sizeof vc);
		vc.b = (uint32_t)i;
		vc.e = (uint32_t)(i + v.best);
		vc.verb = v.entry;
		vc.source = vc.target = -1;
		verbs[nv++] = vc;
		for (size_t k = i; k < i + v.best; k++)
			s.is_verb[k] = 1;
		i += v.best - 1;
	}
	rc = dyad_syntax__actors(&s, &c->arena);
	if (rc)
		return rc;
	if (tabari) {
		/* TABARI's pronouns (coref.c); this sentence's first actor is what a
		 * pronoun in the next one means, whether or not it codes anything */
		uint32_t fwd_entry;
		const char *fwd = dyad_coref__forward(&s, &fwd_entry);
		dyad_coref__tabari(&s, c->last_subject, c->last_subject_entry);
		if (fwd) {
			c->last_subject = fwd;
			c->last_subject_entry = fwd_entry;
		}
	}
	if (!nv && compat)
		return 0;
	/* a verb inside an actor phrase is a name, not a verb */
	size_t kept = 0;
	for (size_t k = 0; k < nv; k++)
		if (s.group_at[verbs[k].b] < 0 || s.g[s.group_at[verbs[k].b]].agent_only)
			verbs[kept++] = verbs[k];
		else
			s.is_verb[verbs[k].b] = 0;
	nv = kept;
	for (size_t k = 0; k < nv; k++)
		s.is_verb[verbs[k].b] = 2;
	/* TABARI: too complex, or naming a discarded actor */
	if (tabari && dyad_complex__skip(&s, verbs, nv))
		return 0;
	/* "the two leaders", "both sides": the two parties of the last event */
	/* (or "each side", "each country": the sentence has "each") */
	if (!compat && (c->last_pair[0] || (s.lists & dyad_words__bit(dyad_words__pair_nouns)) ||
	                (s.lists & dyad_words__bit(dyad_words__pronouns))) &&
	    ((s.lists & dyad_words__bit(dyad_words__pair_nouns)) || (s.lists & dyad_words__bit(dyad_words__pronouns)) ||
	     (c->last_pair[0] && (s.lists & dyad_words__bit(dyad_words__each)))))
		for (size_t i = 0; i + 2 < s.n; i++) {
			/* (only "the", "they", "two", "both" and "each" act below:
			 * the others are passed over by their hashes, branches most
			 * often not taken, where a test of the listed byte went either
			 * way with the words) */
			const dtoken *w = &s.t[i];
			if (!(tok_is(w, "THE") || tok_is(w, "THEY") || tok_is(w, "TWO") || tok_is(w, "BOTH") ||
			      tok_is(w, "EACH")))
				continue;
			size_t noun = 0;
			const char *met[2] = {NULL, NULL};
			/* "Wang Yi held talks with Bui Thanh Son, and they (the two sides)
			 * agreed": the parties of a meeting earlier in the sentence */
			if (i > 1 && tok_is(&s.t[i], "THEY") && (tok_is(&s.t[i - 1], "AND") || tok_is(&s.t[i - 1], ",")) &&
			    met_pair(&s, i, met)) {
				pair_actor(&s, met, (uint32_t)i, (uint32_t)i + 1, 1);
				if (s.group_at[i] >= 0)
					s.g[s.group_at[i]].pronoun = 0;
				continue;
			}
			/* ("During the meeting, they discussed ...": "they" opening the
			 * clause after a meeting) */
			int opens = i == 0;
			if (i > 1 && tok_is(&s.t[i - 1], ",") && c->last_pair_meeting && tok_is(&s.t[i], "THEY")) {
				opens = 1;
				for (size_t q = 0; q + 1 < i && opens; q++)
					opens = s.comp_at[q] < 0 && !s.is_verb[q];
			}
			if (!c->last_pair[0] && !tok_is(&s.t[i], "TWO") && !tok_is(&s.t[i], "BOTH"))
				continue;
			if (tok_is(&s.t[i], "TWO") && i > 0 && tok_is(&s.t[i - 1], "THE"))
				noun = i + 1;
			/* "Ruto met Abiy in Nairobi. They signed three agreements": "they"
			 * opening the sentence after a meeting are its two parties */
			/* ("The sides signed a plan of consultations", as TASS writes) */
			/* (and "The ministers discussed ...", "The presidents signed":
			 * the people of the pair) */
			/* (also reported: "Umerov said the sides had agreed to swap") */
			if ((i == 0 || (i > 0 && (says_lemma(&s.t[i - 1]) || tok_is(&s.t[i - 1], "THAT")))) &&
			    c->last_pair_meeting && tok_is(&s.t[i], "THE") && i + 2 < s.n &&
			    dyad_words__in(&s.t[i + 1], dyad_words__pair_nouns) && short_ncmp(c->last_pair[0], c->last_pair[1], 3)) {
				noun = i + 1;
				i = i + 1;
			} else if (opens && c->last_pair_meeting && tok_is(&s.t[i], "THEY") &&
			    short_ncmp(c->last_pair[0], c->last_pair[1], 3)) {
				pair_actor(&s, c->last_pair, (uint32_t)i, (uint32_t)i + 1, 1);
				if (s.group_at[i] >= 0)
					s.g[s.group_at[i]].pronoun = 0;
				continue;
			}
			else if ((tok_is(&s.t[i], "BOTH") || tok_is(&s.t[i], "EACH")) && i + 1 < s.n && !tok_is(&s.t[i + 1], "OF"))
				noun = i + 1;
			if (!noun)
				continue;
			if (noun < s.n && s.t[noun].kind == TK_WORD && (s.t[noun].pos & 4) && noun + 1 < s.n &&
			    !dyad_words__in(&s.t[noun], dyad_words__pair_nouns) && !tok_is(&s.t[noun - 1], "EACH"))
				noun++; /* "the two African leaders" */
			/* ("each side", "each country": the singular after "each") */
			int each_one = noun > 0 && noun < s.n && tok_is(&s.t[noun - 1], "EACH") &&
			               (tok_is(&s.t[noun], "SIDE") || tok_is(&s.t[noun], "COUNTRY") ||
			                tok_is(&s.t[noun], "PARTY") || tok_is(&s.t[noun], "GOVERNMENT"));
			/* (only as the subject of a deed on "the other": not "allows each
			 * country to deploy troops on the other's territory") */
			if (noun > 0 && noun < s.n && tok_is(&s.t[noun - 1], "EACH")) {
				int other = 0;
				for (size_t k = noun + 1; k + 1 < s.n && k < noun + 5 && !other; k++)
					other = tok_is(&s.t[k], "THE") && tok_is(&s.t[k + 1], "OTHER") &&
					        !(k + 2 < s.n && tok_is(&s.t[k + 2], "'S"));
				if (!other)
					continue;
			}
			if (noun >= s.n || !(each_one || dyad_words__in(&s.t[noun], dyad_words__pair_nouns)) ||
			    (s.comp_at[noun] >= 0 && !s.g[s.c[s.comp_at[noun]].first].agent_only &&
			     !s.g[s.c[s.comp_at[noun]].first].inferred))
				continue;
			/* the pair takes over a bare agent phrase there ("the two Heads of State") */
			uint32_t end = (uint32_t)noun + 1;
			if (s.comp_at[noun] >= 0 && s.c[s.comp_at[noun]].e > end)
				end = s.c[s.comp_at[noun]].e;
			/* ("between the two neighbours" after one party acted on two:
			 * those two) */
			size_t before = i > 0 && tok_is(&s.t[i - 1], "THE") ? i - 1 : i;
			const char *const *pair = before > 0 && c->last_targets[0] &&
			                                  (tok_is(&s.t[before - 1], "BETWEEN") || tok_is(&s.t[before - 1], "AMONG"))
			                              ? c->last_targets
			                              : c->last_pair;
			/* ("the border between Thailand and Cambodia as both sides
			 * traded fire": the pair the sentence names before) */
			const char *named[2] = {NULL, NULL};
			for (size_t q = 1; q < before; q++)
				if (tok_is(&s.t[q - 1], "BETWEEN") && s.comp_at[q] >= 0 && s.c[s.comp_at[q]].b == q &&
				    s.c[s.comp_at[q]].n == 2) {
					const compound *cp = &s.c[s.comp_at[q]];
					named[0] = s.g[cp->first].code;
					named[1] = s.g[cp->first + 1].code;
				}
			if (named[0] && named[1] && *named[0] && *named[1])
				pair = named;
			else if (met_pair(&s, before, met))
				pair = met;
			if (!pair[0] || !pair[1])
				continue;
			/* ("the two countries" are two countries, not a government and
			 * its own opposition) */
			if (!short_ncmp(pair[0], pair[1], 3) &&
			    (tok_is(&s.t[noun], "COUNTRIES") || tok_is(&s.t[noun], "NATIONS") || tok_is(&s.t[noun], "STATES") ||
			     tok_is(&s.t[noun], "NEIGHBORS") || tok_is(&s.t[noun], "NEIGHBOURS") ||
			     tok_is(&s.t[noun], "CAPITALS") || tok_is(&s.t[noun], "GOVERNMENTS")))
				continue;
			pair_actor(&s, pair, (uint32_t)before, end, 1);
			i = noun;
		}
	/* "suspended peace talks with the group": the armed group or
	 * organisation the story named last */
	/* (or an organisation the sentence named before it: "Kaja Kallas, the
	 * EU's foreign policy chief, said the bloc would ...") */
	if (!compat && (s.lists & dyad_words__bit(dyad_words__group_nouns)))
		for (size_t i = 1; i < s.n; i++) {
			if (s.comp_at[i] >= 0 || !dyad_words__in(&s.t[i], dyad_words__group_nouns))
				continue;
			const char *named = NULL;
			for (size_t j = 0; j < s.ng && s.g[j].e <= i; j++)
				if (s.g[j].code && (!short_ncmp(s.g[j].code, "IGO", 3) || !short_ncmp(s.g[j].code, "NGO", 3)))
					named = s.g[j].code;
			if (!named && !c->last_group)
				continue;
			size_t b = i;
			if (b > 1 && s.t[b - 1].kind == TK_WORD && (s.t[b - 1].pos & DYAD_POS_ADJ) && s.comp_at[b - 1] < 0 &&
			    !tok_is(&s.t[b - 1], "THE"))
				b--; /* "the militant group", "the armed group" */
			if (!tok_is(&s.t[b - 1], "THE"))
				continue;
			group g;
			memset(&g, 0, sizeof g);
			g.b = (uint32_t)b - 1;
			g.e = (uint32_t)i + 1;
			g.code = named ? named : c->last_group;
			g.entry = UINT32_MAX;
			int32_t ci = single_actor(&s, &g);
			for (size_t q = b - 1; q <= i; q++)
				s.comp_at[q] = ci;
		}
	/* "RIYADH (SPA) - The Kingdom condemned ...": a bare "the Kingdom" in a
	 * story of a kingdom is that state */
	/* (asked once a story: the kingdom test of its country is kept) */
	if (!compat && c->doc_country[0] && memcmp(c->kingdom_of, c->doc_country, 3)) {
		memcpy(c->kingdom_of, c->doc_country, 3);
		c->kingdom = (uint8_t)monarchy(c->doc_country);
	}
	if (!compat && c->doc_country[0] && c->kingdom)
		for (size_t i = 1; i < s.n; i++)
			if (s.comp_at[i] < 0 && (s.t[i].flags & TF_CAP) && tok_is(&s.t[i], "KINGDOM") &&
			    tok_is(&s.t[i - 1], "THE") && !(i + 1 < s.n && tok_is(&s.t[i + 1], "OF"))) {
				group g;
				memset(&g, 0, sizeof g);
				g.b = (uint32_t)i - 1;
				g.e = (uint32_t)i + 1;
				g.code = c->doc_country;
				g.entry = UINT32_MAX;
				int32_t ci = single_actor(&s, &g);
				s.comp_at[i - 1] = s.comp_at[i] = ci;
			}
	/* "sanctions on the International Criminal Court. The court
	 * condemned ...": a bare "the court" after an international court is
	 * that court, not the story country's judges */
	if (!compat && c->last_group && !short_ncmp(c->last_group, "IGO", 3) && short_contains(c->last_group + 3, "IC"))
		for (size_t i = 1; i < s.n; i++)
			if ((tok_is(&s.t[i], "COURT") || tok_is(&s.t[i], "TRIBUNAL")) && tok_is(&s.t[i - 1], "THE") &&
			    s.group_at[i] >= 0 && s.g[s.group_at[i]].inferred && s.g[s.group_at[i]].b == i) {
				s.g[s.group_at[i]].code = c->last_group;
				s.g[s.group_at[i]].inferred = 0;
			}
	/* pronouns resolve to the previous subject (TABARI's rules: above) */
	for (size_t k = 0; k < s.ng && !compat; k++)
		if (s.g[k].pronoun) {
			/* "condemned the move, calling it a threat to Sudan's unity": what
			 * one calls "it" is the thing spoken of, no party */
			if (tok_is(&s.t[s.g[k].b], "IT") && s.g[k].b > 0 && s.t[s.g[k].b - 1].kind == TK_WORD &&
			    dyad_words__in_lemma(&s.t[s.g[k].b - 1], naming_verbs))
				continue;
			const char *prev = NULL;
			uint32_t entry = UINT32_MAX;
			int several = 0;
			/* "deploying warships in what it called a stern warning": the
			 * pronoun of "what it called" is the sentence's subject */
			if (s.g[k].b > 0 && tok_is(&s.t[s.g[k].b - 1], "WHAT"))
				for (size_t j = 0; j < k && !prev; j++)
					if (!s.g[j].pronoun && s.g[j].code && !s.g[j].agent_only &&
					    !(s.g[j].b > 0 && dyad_words__in(&s.t[s.g[j].b - 1], dyad_words__prepositions))) {
						prev = s.g[j].code;
						entry = s.g[j].entry;
					}
			for (size_t j = prev ? 0 : k; j-- > 0;) {
				if (s.g[j].pronoun || !s.g[j].code || s.g[j].agent_only)
					continue;
				/* outside TABARI mode a place ("in Hong Kong") is no antecedent,
				 * and "they" after "China and Nauru" means both: left open */
				if (!compat && s.g[j].b > 0 &&
				    (tok_is(&s.t[s.g[j].b - 1], "IN") || tok_is(&s.t[s.g[j].b - 1], "AT")))
					continue;
				/* "Anwar Ibrahim, who chairs ASEAN, said he had spoken": an
				 * actor inside a relative clause is no antecedent */
				int relative = 0;
				for (size_t q = s.g[j].b, steps = 0; q-- > 1 && steps < 4 && !relative; steps++)
					relative = (tok_is(&s.t[q], "WHO") || tok_is(&s.t[q], "WHICH")) && tok_is(&s.t[q - 1], ",");
				if (relative)
					continue;
				/* "told reporters she hoped": the listener of a verb of telling
				 * is no antecedent of the reported clause's subject */
				if (s.g[j].b > 0 && s.t[s.g[j].b - 1].kind == TK_WORD &&
				    dyad_words__in_lemma(&s.t[s.g[j].b - 1], listener_verbs))
					continue;
				/* "Trump met Zelensky in Washington, and on Saturday he
				 * accused Russia": "he" or "she" is no verb's object */
				if ((tok_is(&s.t[s.g[k].b], "HE") || tok_is(&s.t[s.g[k].b], "SHE")) && s.g[j].b > 0 &&
				    s.is_verb[s.g[j].b - 1])
					continue;
				if (!compat && tok_is(&s.t[s.g[k].b], "THEY") && s.c[s.g[j].compound].n > 1) {
					several = 1;
					break;
				}
				prev = s.g[j].code;
				entry = s.g[j].entry;
				break;
			}
			if (!prev && !several) {
				prev = c->last_subject;
				entry = c->last_subject_entry;
			}
			s.g[k].code = prev;
			s.g[k].entry = entry;
			s.g[k].pronoun = prev ? 0 : 1;
		}
	if (!compat)
		quoted_first_person(&s);
	/* issues of this sentence */
	const char *issue_buf[16];
	size_t n_issues = 0;
	if (d->n_issues) {
		issue_ctx x = {d, s.t, 0, s.n, issue_buf, &n_issues, 16};
		for (size_t i = sent_next(&s, SENT_GATE_ISSUE, 0, s.n); i < s.n; i = sent_next(&s, SENT_GATE_ISSUE, i + 1, s.n)) {
			/* (an issue is a phrase matched consecutively: none can begin
			 * here when the memo says none goes on with the next token) */
			if (s.t[i].kind == TK_WORD) {
				x.i = i;
				dyad_lex__matches(d, &d->issue_ix, s.t, i, s.n, visit_issue, &x);
			}
		}
	}
	sent_out so = {number, date, sn, NULL, 0, 0};
	/* TABARI <TIME> phrases: "yesterday" moves the date, "when peace comes" is no event */
	if (d->n_times && !d->opt.time_shift_off)
		for (uint32_t k = 0; k < d->n_times; k++) {
			/* most sentences hold none of the phrases: ask the sentence filter first */
			const struct time_test *tt = &c->time_bits[k];
			if (!((s.bloom[tt->w[0]] | tt->always) & tt->m[0] && (s.bloom[tt->w[1]] | tt->always) & tt->m[1] &&
			      (s.bloom[tt->w[2]] | tt->always) & tt->m[2] && (s.bloom[tt->w[3]] | tt->always) & tt->m[3]))
				continue;
			const dtime *tm = &d->times[k];
			const dword *fw = &d->words[tm->ph.first];
			/* (a literal first word rules most tokens out by its hashes,
			 * inline, as dyad_lex__consecutive's first test would) */
			int literal = tm->ph.n && !(fw[0].flags & (W_SYNSET | W_STOPS));
			for (size_t i = 0; i < whole_n; i++) {
				if (literal && !dyad_lex__word_possible(&fw[0], &whole_t[i]))
					continue;
				if (!dyad_lex__consecutive(d, fw, tm->ph.n, whole_t, i, whole_n))
					continue;
				if (tm->suppress)
					return 0;
				so.date = shift_date(date, tm->days);
			}
		}
	if (n_issues) {
		so.issues = dyad_arena_alloc(&c->arena, n_issues * sizeof *so.issues);
		if (!so.issues)
			return DYAD_ENOMEM;
		memcpy(so.issues, issue_buf, n_issues * sizeof *so.issues);
		so.n_issues = n_issues;
	}
	size_t first_event = c->n_ev;
	int32_t first_source = -1;
	size_t last_coded_end = 0, consumed = 0;
	int any_coded = 0;
	for (size_t vi = 0; vi < nv; vi++) {
		verb_cand *v = &verbs[vi];
		const dverb *dv = &d->verbs[v->verb];
		/* words a previous verb's pattern used ("summoned ... to protest") */
		if (!compat && v->b < consumed)
			continue;
		/* an infinitive after a coded verb is that verb's complement, or its
		 * purpose ("signed an agreement ..., in a bid to improve ties") */
		size_t inf_to = compat ? 0 : infinitive_to(&s, v);
		/* (not a second infinitive of a first one coded by itself: "decided
		 * to close its airspace to Mali and to recall its ambassadors") */
		int coordinated = 0;
		for (size_t j = vi; !compat && inf_to > 0 && inf_to + 1 < v->b && j-- > 0;)
			if (verbs[j].emitted) {
				coordinated = verbs[j].b == inf_to + 1;
				break;
			}
		/* (translation's "has announced to recall its ambassadors" after
		 * another coded verb is the deed announced, not that verb's
		 * complement) */
		int announced = inf_to > 0 && dyad_words__lemma_is(&s.t[inf_to - 1], "ANNOUNCE") && !dyad_complement__purpose(&s, inf_to);
		if (!compat && any_coded && inf_to > 0 && !coordinated && !announced &&
		    (last_coded_end + 12 > v->b - relative_length(&s, last_coded_end, v->b) ||
		     dyad_complement__purpose(&s, inf_to)))
			continue;
		/* "Tehran's failure to provide protection": what was not done */
		if (!compat && inf_to > 1 && dyad_complement__unrealised(&s, inf_to))
			continue;
		/* "Iran will not allow IAEA inspectors to visit Fordow": what one
		 * does not let another do is not done */
		if (!compat && inf_to > 1 && refused_leave(&s, inf_to))
			continue;
		/* "called the international partners to impose sanctions": what one
		 * asks another to do is asked, not done, even when the asking coded
		 * nothing (no one named it could be coded against) */
		if (!compat && inf_to > 1 && asked_of(&s, inf_to))
			continue;
		if (compat && any_coded && d->opt.code_by == CODE_BY_SENTENCE)
			continue;
		if (compat && any_coded && d->opt.code_by == CODE_BY_CLAUSE) {
			/* TABARI codes one verb per clause: a later verb needs a conjunction */
			int conj = 0;
			for (size_t k = last_coded_end; k < v->b && !conj; k++)
				conj = s.petr ? s.comp_at[k] < 0 && (tok_is(&s.t[k], "AND") || tok_is(&s.t[k], "BUT") ||
				                                     tok_is(&s.t[k], ";"))
				              : new_clause(&s, k);
			/* PETRARCH codes every clause of the parse: ", a senior official
			 * said" has its own subject after the comma */
			for (size_t k = v->b; s.petr && !conj && k-- > last_coded_end;) {
				if (s.is_verb[k])
					break;
				if (tok_is(&s.t[k], ",")) {
					for (size_t j = k + 1; j < v->b && !conj; j++)
						conj = s.comp_at[j] >= 0;
					break;
				}
			}
			if (!conj)
				continue;
		}
		const dpattern *hit = NULL;
		pmatch pm = {-1, -1, v->b, v->e, v->e, v->e};
		int open_possible = 0;
		rc = match_block(c, &s, dv->block, v, &pm, &hit, &open_possible);
		/* a verb listed in several blocks ("--- SHOT [---] ---" and "--- SHOT
		 * [223] ---") has the patterns of all of them, in file order */
		if (!rc && !hit) {
			vctx alt = {&s, v->b, v->e - v->b, v->verb, dv->block, {0}, 0};
			other_blocks(c, &s, v, &alt);
			for (uint32_t q = 0; !rc && !hit && q < alt.n_alt; q++)
				rc = match_block(c, &s, alt.alt[q], v, &pm, &hit, NULL);
		}
		/* outside TABARI mode, when nothing matched, a closing open "+" may
		 * stay empty (see dyad_pattern__match); the second try reads only
		 * the patterns with one that the sentence filter and
		 * dyad_pattern__possible let through, which answer alike on both
		 * tries: when the first saw none, the second would find nothing */
		if (!rc && !hit && !compat && d->block_open[dv->block] && open_possible) {
			s.open_target = 1;
			rc = match_block(c, &s, dv->block, v, &pm, &hit, NULL);
			s.open_target = 0;
		}
		if (rc)
			return rc;
		/* "The Kremlin said Putin and Trump discussed a possible ceasefire": a
		 * pattern of a verb of saying does not read into a reported clause
		 * that has its own subject and verb (the engine codes that clause) */
		if (!compat && hit && dyad_words__in_lemma(&s.t[v->b], speech_verbs) &&
		    embedded_predicate(&s, v->e, pm.hi, pm.target))
			hit = NULL;
		/* a pattern that failed part-way may have set a slot */
		if (!hit)
			pm = (pmatch){-1, -1, v->b, v->e, v->e, v->e};
		dev ev = hit ? hit->ev : dv->ev;
		/* "Russian forces captured Pokrovsk": a place taken, named by a
		 * name the verb's patterns cannot list, is occupied (192) */
		const char *taken = (!ev.code || ev.code == DCODE_NULL) && !compat && !hit && taken_place(&s, v) ? "192" : NULL;
		/* "The ICJ ordered Venezuela to refrain from ...": ordering another
		 * party to act is a demand (100), whatever the act */
		if (!taken && (!ev.code || ev.code == DCODE_NULL) && !compat && !hit && ordered_party(&s, v))
			taken = "100";
		if (!taken && (!ev.code || ev.code == DCODE_NULL)) {
			v->coded = 0;
			continue;
		}
		const char *code = taken ? taken : d->strings + ev.code;
		uint64_t cw = code_pack(code); /* (its compares with literals: one test each) */
		/* a discard or complex code ("BLAST [+++]") leaves TABARI's sentence
		 * uncoded; elsewhere it codes nothing, like "[---]" */
		if (dyad_complex__special(code)) {
			if (tabari) {
				c->n_ev = first_event;
				return 0;
			}
			v->coded = 0;
			continue;
		}
		/* "students rallied in Dhaka demanding the prime minister's
		 * resignation": what a protest asks for in an -ing clause is its
		 * content (the protest is coded) */
		if (!compat && code[0] == '1' && code[1] == '0' && dyad_words__ends_with(&s.t[v->b], "ING") &&
		    (dyad_words__in_lemma(&s.t[v->b], protest_asks) || dyad_words__lemma_is(&s.t[v->b], "SAY"))) {
			int protested = 0;
			for (size_t k = first_event; k < c->n_ev && !protested; k++)
				protested = !short_ncmp(c->ev[k].code, "14", 2);
			if (protested) {
				v->coded = 0;
				continue;
			}
		}
		/* "what Santos calls a \"complete peace\" to end the war": calling
		 * something a name is no appeal */
		if (!compat && code[0] == '0' && code[1] == '2' && dyad_words__lemma_is(&s.t[v->b], "CALL") && v->e < s.n &&
		    (tok_is(&s.t[v->e], "A") || tok_is(&s.t[v->e], "AN") || dyad_words__is_quote(&s.t[v->e]))) {
			v->coded = 0;
			continue;
		}
		/* "Historians say the Soviet Union invaded Afghanistan in 1979", "In
		 * 2018, Trump withdrew ...": a deed dated two or more years before
		 * the story is background, not news */
		if (!compat && s.date > 0 && ((s.years && dated_background(&s, v)) || earlier_relative(&s, v))) {
			v->coded = 0;
			continue;
		}
		if (!compat && repeated_perfect(&s, v)) {
			v->coded = 0;
			continue;
		}
		/* "most Germans oppose sending troops", "stop supporting Russia": an
		 * -ing form that is the object of opposing, weighing, fearing or
		 * stopping is no deed */
		/* ("denied deliberately targeting U.N. personnel": past an adverb) */
		size_t governor = v->b > 2 && dyad_words__is_adverb(&s.t[v->b - 1]) ? v->b - 2 : v->b - 1;
		if (!compat && v->b > 1 && dyad_words__ends_with(&s.t[v->b], "ING") && s.t[governor].kind == TK_WORD &&
		    (s.t[governor].pos & DYAD_POS_VERB) && dyad_words__in_lemma(&s.t[governor], unrealised_gerund)) {
			v->coded = 0;
			continue;
		}
		/* "The court ordered Israel to allow aid into Gaza": what one orders
		 * another party to do is demanded (100), not done; one's own forces
		 * ordered to act do act ("ordered troops to withdraw") */
		if (!compat && v->b > 2 && tok_is(&s.t[v->b - 1], "TO")) {
			int32_t ci = s.comp_at[v->b - 2];
			size_t j = vi;
			if (ci >= 0 && s.c[ci].e == v->b - 1 && !s.g[s.c[ci].first].agent_only && !s.g[s.c[ci].first].pronoun)
				while (j-- > 0 && verbs[j].e > s.c[ci].b)
					;
			if (ci >= 0 && j < vi && verbs[j].e == s.c[ci].b && dyad_words__in_lemma(&s.t[verbs[j].b], order_verbs)) {
				int32_t by = dyad_clause__find_source(&s, verbs, nv, j, 0, compat);
				const char *bc = by >= 0 ? s.g[s.c[by].first].code : NULL, *oc = s.g[s.c[ci].first].code;
				if (bc && oc && len_upto(bc, 4) >= 3 && len_upto(oc, 4) >= 3 && short_ncmp(bc, oc, 3)) {
					rc = emit(c, &s, &so, s.t, by, ci, "100", &verbs[j], NULL, 0);
					if (rc)
						return rc;
					v->coded = 0;
					continue;
				}
			}
		}
		/* "criticized the peace agreement signed with Rwanda last year": a
		 * participle right after the object noun of an earlier verb
		 * describes it (a reduced relative), it reports no new deed */
		if (!compat && vi > 0 && v->b > 1 && v->e < s.n && reduced_relative(&s, v) && verbs[vi - 1].e < v->b - 1) {
			v->coded = 0;
			continue;
		}
		/* "the dam, which Egypt says threatens its water supply": the verb
		 * after "which X says" is the relative's, whose subject is the noun
		 * before "which", not X */
		/* (past an auxiliary: "airstrikes that the Taliban said had killed
		 * civilians") */
		size_t said_at = v->b;
		while (said_at > 2 && (tok_is(&s.t[said_at - 1], "HAD") || tok_is(&s.t[said_at - 1], "HAVE") ||
		                       tok_is(&s.t[said_at - 1], "HAS") || tok_is(&s.t[said_at - 1], "WERE") ||
		                       tok_is(&s.t[said_at - 1], "WAS")))
			said_at--;
		if (!compat && said_at > 2 && s.t[said_at - 1].kind == TK_WORD && says_lemma(&s.t[said_at - 1])) {
			int32_t ci = s.comp_at[said_at - 2];
			size_t b = ci >= 0 ? s.c[ci].b : 0;
			/* (past the subject's determiner: "that the Taliban government said") */
			if (b > 1 && dyad_words__in(&s.t[b - 1], dyad_words__determiners) && !tok_is(&s.t[b - 1], "THAT"))
				b--;
			if (ci >= 0 && s.c[ci].e == said_at - 1 && b > 0 &&
			    (tok_is(&s.t[b - 1], "WHICH") || tok_is(&s.t[b - 1], "THAT"))) {
				v->coded = 0;
				continue;
			}
		}
		/* "accused Kabul of sheltering militants who attack Pakistani
		 * forces": a relative clause in the present tense says what its
		 * subject does as a rule, not what happened (not a past form that
		 * looks like one: "gunmen who hit a checkpoint") */
		if (!compat && v->b > 1 && (tok_is(&s.t[v->b - 1], "WHO") || tok_is(&s.t[v->b - 1], "THAT")) &&
		    s.comp_at[v->b - 2] >= 0 && habitual_present(&s.t[v->b])) {
			v->coded = 0;
			continue;
		}
		/* "Iran, which backs the Houthis, denied ...": a present-tense verb
		 * of standing relations in a relative clause set off by commas
		 * describes a state, not an event of the story (", which expresses
		 * the deep rejection of ..." does report one) */
		if (!compat && v->b > 1 && (tok_is(&s.t[v->b - 1], "WHICH") || tok_is(&s.t[v->b - 1], "WHO")) &&
		    tok_is(&s.t[v->b - 2], ",") && dyad_words__ends_with(&s.t[v->b], "S") &&
		    s.t[v->b].vlemma != s.t[v->b].norm && dyad_words__in_lemma(&s.t[v->b], standing_relations)) {
			v->coded = 0;
			continue;
		}
		/* "Russia, which has expanded its presence in the Sahel, has
		 * criticised France": a perfect in a relative clause set off by
		 * commas describes its subject, it is no event of the story */
		if (!compat && v->b > 2 && (tok_is(&s.t[v->b - 1], "HAS") || tok_is(&s.t[v->b - 1], "HAVE")) &&
		    (tok_is(&s.t[v->b - 2], "WHICH") || tok_is(&s.t[v->b - 2], "WHO")) && v->b > 3 &&
		    tok_is(&s.t[v->b - 3], ",")) {
			v->coded = 0;
			continue;
		}
		if (!compat && pm.source < 0 && dyad_complement__relative_on_unnamed(&s, v)) {
			v->coded = 0;
			continue;
		}
		/* ("A British couple detained in Afghanistan was released") */
		if (!compat && pm.source < 0 && dyad_complement__subject_relative(&s, v)) {
			v->coded = 0;
			continue;
		}
		int passive = dyad_clause__is_passive(&s, v) || (!compat && pm.source < 0 && dyad_complement__passive_relative(&s, v));
		int32_t mediator = -1;
		int by_agent = 0;
		/* (a pattern that names no source does not stop an -ed participle
		 * from being a relative: "the demonstration staged by students") */
		if (!compat && !passive && (!hit || (pm.source < 0 && dyad_words__ends_with(&s.t[v->b], "ED")))) {
			int rel = dyad_complement__reduced_relative(&s, v);
			/* "a truce brokered by Egypt", "talks mediated by Qatar": the one
			 * named after "by" mediates between the clause's parties */
			if (rel == 0 && code_starts(cw, "045", 3))
				mediator = dyad_pattern__compound_from(&s, v->e + 1, v->e + 4 < s.n ? v->e + 4 : s.n);
			/* "a ballistic missile fired by the Houthis at Riyadh": a weapon
			 * fired or launched by one party at another */
			int32_t launcher = -1, aimed_at = -1;
			if (rel == 0 && mediator < 0 && fired_weapon(&s, v, code, &launcher, &aimed_at)) {
				rc = emit_verb(c, &s, &so, v, launcher, aimed_at, code, hit, (uint8_t)ev.flags);
				if (rc)
					return rc;
				continue;
			}
			if (rel == 0 && mediator < 0)
				continue;
			passive = rel == 1;
		}
		if (mediator >= 0) {
			int32_t parties = -1;
			for (size_t j = vi; j-- > 0 && parties < 0;)
				if (verbs[j].emitted && verbs[j].source >= 0)
					parties = s.c[verbs[j].source].n > 1 ? verbs[j].source : verbs[j].target;
			if (parties < 0 || parties == mediator)
				continue;
			rc = emit_verb(c, &s, &so, v, mediator, parties, code, hit, (uint8_t)ev.flags);
			if (rc)
				return rc;
			continue;
		}
		/* (a pattern read left of the verb with no "$" slot leaves the source
		 * left of its words: "President Lee, ..., with Prime Minister
		 * Takaichi had a summit meeting" under "WITH_ + *") */
		uint32_t verb_b = v->b;
		if (!compat && hit && pm.source < 0 && pm.target >= 0 && pm.lo < v->b && s.c[pm.target].b < v->b)
			verbs[vi].b = pm.lo;
		int32_t src = pm.source >= 0 ? pm.source : dyad_clause__find_source(&s, verbs, nv, vi, passive && !compat, compat);
		verbs[vi].b = verb_b;
		/* "Pakistan said six civilians were killed and vowed to retaliate":
		 * a past verb after "and" that follows a reported clause is the
		 * speaker's second predicate, not the clause's */
		/* "Kenya praised Uganda and has signed a trade deal with Tanzania": a
		 * perfect after "and" shares the subject of the verb before it */
		if (!compat && pm.source < 0 && src >= 0 && v->b > 2 && tok_is(&s.t[v->b - 2], "AND") &&
		    (tok_is(&s.t[v->b - 1], "HAS") || tok_is(&s.t[v->b - 1], "HAVE") || tok_is(&s.t[v->b - 1], "HAD")))
			for (size_t j = vi; j-- > 0;)
				if (verbs[j].e <= v->b - 2 && verbs[j].source >= 0) {
					if (verbs[j].source != src && s.c[src].b >= verbs[j].e)
						src = verbs[j].source;
					break;
				}
		/* (words, not deeds: "police said gunmen raided a village and took
		 * away five persons" is the gunmen's) */
		int verbal = (code[0] == '0' && code[1] <= '5') || (code[0] == '1' && code[1] <= '4');
		if (!compat && verbal && pm.source < 0 && src >= 0 && v->b > 1 && tok_is(&s.t[v->b - 1], "AND") &&
		    s.t[v->b].vlemma != s.t[v->b].norm && !dyad_words__ends_with(&s.t[v->b], "S") &&
		    !dyad_words__ends_with(&s.t[v->b], "ING"))
			for (size_t j = vi; j-- > 0;) {
				if (verbs[j].e > s.c[src].b)
					continue;
				if (verbs[j].source >= 0 && verbs[j].source != src &&
				    dyad_words__in_lemma(&s.t[verbs[j].b], reporting_verbs) &&
				    s.t[verbs[j].b].vlemma != s.t[verbs[j].b].norm)
					src = verbs[j].source;
				break;
			}
		const char *speaker = NULL; /* of the deed's toll, when not its author */
		/* "The health ministry said the strike killed 12 people": a deed
		 * named right before the verb ("the strike", "the Israeli attack")
		 * is its subject; its author is who did the last such deed, never
		 * the speaker further left */
		if (!compat && pm.source < 0 && src >= 0 && code[0] == '1' && code[1] >= '8' && v->b >= 2) {
			size_t h = v->b - 1;
			while (h > 0 && (tok_is(&s.t[h], "HAS") || tok_is(&s.t[h], "HAVE") || tok_is(&s.t[h], "HAD") ||
			                 dyad_words__is_adverb(&s.t[h])))
				h--;
			size_t det = h;
			while (det > 0 && det + 4 > h && !dyad_words__in(&s.t[det - 1], dyad_words__determiners) &&
			       s.t[det - 1].kind == TK_WORD && !s.is_verb[det - 1])
				det--;
			if (h > 0 && s.comp_at[h] < 0 && s.c[src].e < det && det > 0 &&
			    dyad_words__in(&s.t[det - 1], dyad_words__articles) && deed_noun(&s.t[h])) {
				const char *doer = deed_of_noun(c, &s.t[h], NULL, NULL);
				speaker = s.g[s.c[src].first].code;
				src = doer ? implied_actor(&s, doer, (uint32_t)det - 1, (uint32_t)h + 1) : -1;
				if (src < 0)
					continue;
			}
		}
		if (compat && s.petr && pm.source < 0 && src >= 0) {
			/* PETRARCH mode: the first actor of the comma-delimited clause */
			for (size_t k = s.c[src].b; k-- > 0;) {
				if (s.t[k].kind == TK_PUNCT && (s.t[k].norm[0] == ';' || s.t[k].norm[0] == ','))
					break;
				if (s.comp_at[k] >= 0 && !s.g[s.c[s.comp_at[k]].first].agent_only) {
					src = s.comp_at[k];
					k = s.c[src].b;
				}
			}
		}
		if (tabari && pm.source < 0) {
			/* TABARI: the source is the first actor of the clause (manual 5.8);
			 * the clause starts after a semicolon or a conjunction */
			int32_t first = -1;
			for (size_t k = v->b; k-- > 0;) {
				if (clause_start(&s, k))
					break;
				if (s.comp_at[k] >= 0 && !s.g[s.c[s.comp_at[k]].first].agent_only &&
				    s.comp_at[k] != pm.target) {
					first = s.comp_at[k];
					k = s.c[first].b;
				}
			}
			if (first >= 0)
				src = first;
			else if (src >= 0 && pm.target >= 0 && same_actors(&s, src, pm.target))
				src = -1; /* the pattern's target is not also the source */
			/* no actor before the verb: TABARI's DEFAULT: SOURCE .. PRIOR, or
			 * it takes the first actor after the verb (manual 8.5 note 3; not
			 * PETRARCH's reading) */
			if (src < 0 && d->opt.def_source[0] && d->opt.def_prior)
				src = default_actor(&s, d->opt.def_source, v);
			if (src < 0) {
				int32_t ci = dyad_pattern__compound_from(&s, v->e, s.n);
				if (ci >= 0 && ci != pm.target)
					src = single_actor(&s, &s.g[s.c[ci].first]);
			}
		}
		const char *src_code = src >= 0 && s.c[src].n == 1 ? s.g[s.c[src].first].code : NULL;
		int dropped_subject = 0; /* the parties of the story's last event stand in */
		/* verb before subject, as machine translation from Arabic or Spanish
		 * leaves it: "Condemned Saudi Arabia in the terms strongest the
		 * aggression Israeli": with nothing before the verb but a dateline,
		 * the first actor after it is the source */
		if (!compat && src < 0 && pm.source < 0 && verb_first(&s, v)) {
			src = dyad_pattern__compound_from(&s, v->e, dyad_clause__end(&s, v->e));
			/* (a named party, not one after a preposition: "Expressed strong
			 * protest to the Chinese side", "Demanded the release of the
			 * fishermen") */
			if (src >= 0 && (s.g[s.c[src].first].agent_only || s.g[s.c[src].first].inferred ||
			                 dyad_syntax__after_preposition(&s, s.c[src].b, v->e)))
				src = -1;
			src_code = src >= 0 && s.c[src].n == 1 ? s.g[s.c[src].first].code : NULL;
			if (src >= 0 && pm.target == src)
				pm.target = -1;
			/* ... and with no actor in the sentence at all, its subject was
			 * dropped in translation ("Made solemn representations and strong
			 * protests."): the parties of the story's last event */
			if (src < 0 && c->last_pair[0] && c->last_pair[1] && !named_subject(&s)) {
				src = default_actor(&s, c->last_pair[0], v);
				src_code = src >= 0 ? c->last_pair[0] : NULL;
				dropped_subject = src >= 0;
			}
		}
		int32_t tgt = dropped_subject && pm.target < 0 ? default_actor(&s, c->last_pair[1], v)
		              : pm.target >= 0 ? pm.target
		                             : dyad_clause__find_target(&s, (!compat && src >= 0 && s.c[src].b >= v->e && !dyad_clause__realised_ing(&s, v->b))
		                                                                ? s.c[src].e
		                                                                : v->e,
		                                           compat, code, hit ? pm.hi : 0, src_code);
		/* "Chinese vessels blocked and rammed a Philippine ship": two verbs
		 * joined by "and" with nothing between, the first in the past tense,
		 * share the second's object (not "to tighten sanctions and impose") */
		if (!compat && tgt < 0 && pm.target < 0 && src >= 0 && v->e + 1 < s.n && tok_is(&s.t[v->e], "AND") &&
		    s.is_verb[v->e + 1] && s.t[v->b].vlemma != s.t[v->b].norm && !dyad_words__ends_with(&s.t[v->b], "S") &&
		    !dyad_words__ends_with(&s.t[v->b], "ING") && !(v->b > 0 && tok_is(&s.t[v->b - 1], "TO")))
			for (size_t j = vi + 1; j < nv; j++)
				if (verbs[j].b == v->e + 1) {
					tgt = dyad_clause__find_target(&s, verbs[j].e, compat, code, 0, src_code);
					break;
				}
		int conj_partner = 0; /* the target is an earlier deed's partner */
		/* "held bilateral talks with Ramaphosa and signed a memorandum": a
		 * cooperative deed joined by "and" to an earlier one of the same
		 * subject, naming no one, is with the same partner */
		if (!compat && tgt < 0 && pm.target < 0 && src >= 0 && code[0] == '0' && code[1] >= '3' && code[1] <= '6' &&
		    v->b > 0 && tok_is(&s.t[v->b - 1], "AND") && c->n_ev > first_event && c->ev[c->n_ev - 1].code[0] == '0')
			for (size_t j = vi; j-- > 0;)
				if (verbs[j].coded && verbs[j].e < v->b) {
					if (verbs[j].source == src && verbs[j].target >= 0 && verbs[j].target != src) {
						tgt = verbs[j].target;
						conj_partner = 1;
					}
					break;
				}
		/* TABARI: the target's codes differ from the source's ("urged Bree to
		 * assist them": not the urging pair itself) */
		while (tabari && pm.target < 0 && tgt >= 0 && src >= 0 && same_actors(&s, src, tgt))
			tgt = dyad_clause__find_target(&s, s.c[tgt].e, compat, code, 0, src_code);
		/* a pattern's open target hyphen-joined to what it did is no party:
		 * "froze its membership in the Russian-led CSTO" */
		if (!compat && hit && pm.target >= 0 && pm.target == tgt && dyad_clause__hyphen_modifier(&s, s.c[tgt].e - 1))
			tgt = dyad_clause__find_target(&s, s.c[tgt].e, compat, code, 0, src_code);
		/* talks "on a plan to end the war with Russia": the party of a war
		 * or dispute named in the talks' topic is no party to them */
		if (!compat && tgt >= 0 && code[0] == '0' && code[1] == '4' && s.c[tgt].b > 1 &&
		    tok_is(&s.t[s.c[tgt].b - 1], "WITH") && dyad_words__in_lemma_n(&s.t[s.c[tgt].b - 2], strife_nouns))
			tgt = -1;
		/* a pattern's open target ("* AGREEMENT +") may reach the place of
		 * signing: "signed an agreement in Hong Kong" */
		if (!compat && hit && pm.target >= 0 && pm.target == tgt && dyad_clause__meeting_place(&s, tgt, code) &&
		    !pattern_names_prep(d, hit))
			tgt = dyad_clause__find_target(&s, s.c[tgt].e, compat, code, 0, src_code);
		/* ... or what a protest is about: "summoned X to lodge a protest over
		 * references to Taiwan" is done to X */
		else if (!compat && hit && pm.target >= 0 && pm.target == tgt && dyad_clause__topic_phrase(&s, tgt, code) &&
		         !pattern_names_prep(d, hit))
			tgt = dyad_clause__find_target(&s, v->e, compat, code, 0, src_code);
		/* a pattern's open target on the source's own side ("summoned the
		 * British ambassador to protest against the expulsion of a Russian
		 * diplomat") gives way to the verb's object when that is a foreign
		 * party (or when the target would be the source itself) */
		if (!compat && hit && pm.target >= 0 && pm.target == tgt && src_code && s.c[tgt].n == 1 &&
		    s.g[s.c[tgt].first].code && len_upto(s.g[s.c[tgt].first].code, 4) >= 3 && len_upto(src_code, 4) >= 3 &&
		    !short_ncmp(src_code, s.g[s.c[tgt].first].code, 3)) {
			int32_t obj = dyad_clause__find_target(&s, v->e, compat, code, 0, src_code);
			if (dyad_clause__self_event(src_code, s.g[s.c[tgt].first].code) ||
			    (obj >= 0 && s.c[obj].b < s.c[tgt].b && s.c[obj].n == 1 && s.g[s.c[obj].first].code &&
			     short_ncmp(s.g[s.c[obj].first].code, src_code, 3)))
				tgt = obj;
		}
		/* "ordered former president Carlos Menem to appear ... in an
		 * investigation of arms sales to Croatia": the verb's object before
		 * "to" is its target, not a party the pattern reaches later */
		if (!compat && hit && pm.target >= 0 && pm.target == tgt) {
			size_t k = v->e;
			while (k < s.n && (dyad_words__in(&s.t[k], dyad_words__determiners) ||
			                   ((s.t[k].pos & DYAD_POS_ADJ) && s.comp_at[k] < 0 && !(s.t[k].flags & TF_CAP))))
				k++;
			int32_t obj = k < s.n ? s.comp_at[k] : -1;
			size_t to = obj >= 0 ? s.c[obj].e : 0;
			if (obj >= 0 && obj != tgt && s.c[obj].b == k && s.c[obj].b < s.c[tgt].b && to + 1 < s.n &&
			    tok_is(&s.t[to], "TO") && (s.t[to + 1].pos & DYAD_POS_VERB) && s.comp_at[to + 1] < 0 &&
			    !(s.t[to + 1].flags & TF_CAP) && !dyad_words__in(&s.t[to + 1], dyad_words__determiners) &&
			    !s.g[s.c[obj].first].agent_only && !s.g[s.c[obj].first].pronoun &&
			    !s.g[s.c[obj].first].inferred &&
			    !(src_code && s.g[s.c[obj].first].code && dyad_clause__self_event(src_code, s.g[s.c[obj].first].code)))
				tgt = obj; /* (an infinitive follows: not "extradited X to Germany"; not
				            * the source's own "sent warships to protect") */
		}
		/* force on a party's things is force on the party: "struck Houthi
		 * targets in Yemen", "shelled Ukrainian positions near Bakhmut"; so is
		 * criticism or rejection of them, "rejected an Australian ultimatum
		 * to hand over ..." (the pattern's later actor gives way to the actor
		 * naming the object) */
		if (!compat && hit && pm.target >= 0 && pm.target == tgt && code[0] == '1' &&
		    (code[1] == '1' || code[1] == '2' || code[1] >= '6')) {
			int32_t own = dyad_clause__find_target(&s, v->e, compat, code, 0, src_code);
			size_t e = own >= 0 ? s.c[own].e : 0;
			/* (not words the pattern itself names, before more of its words:
			 * "cut military aid to Egypt" under "* MILITARY_ AID_ +") */
			if (own >= 0 && own != tgt && s.c[own].b < s.c[tgt].b && e < s.n && s.t[e].kind == TK_WORD &&
			    !(s.c[own].b >= pm.lit_b && s.c[own].e < pm.lit_e) &&
			    (s.t[e].pos & DYAD_POS_NOUN) && !(s.t[e].flags & TF_CAP) &&
			    !dyad_words__in(&s.t[e], dyad_words__prepositions))
				tgt = own;
		}
		if (passive && pm.source < 0) {
			/* "X was attacked by Y": Y is the source, X the target */
			int32_t by = -1, place = -1;
			/* (also "were killed in an attack by Kurdish militants", "in a
			 * drone strike by ...": the attack's author) */
			/* (past a time: "were killed on Monday in an attack by jihadists") */
			size_t after = after_time(&s, v->e);
			size_t reach = after + 1 < s.n && (tok_is(&s.t[after], "IN") || tok_is(&s.t[after], "AT")) ? 6 : 3;
			for (size_t k = v->e; k < s.n && k < after + reach; k++) {
				if (tok_is(&s.t[k], "BY")) {
					by = dyad_pattern__compound_from(&s, k + 1, k + 4 < s.n ? k + 4 : s.n);
					break;
				}
				/* ("in an attack attributed to jihadists", "blamed on
				 * gangs", and translation's "an attack of armed gangs") */
				size_t from = 0;
				if (!compat && k + 2 < s.n &&
				    ((tok_is(&s.t[k], "ATTRIBUTED") && tok_is(&s.t[k + 1], "TO")) ||
				     (tok_is(&s.t[k], "BLAMED") && tok_is(&s.t[k + 1], "ON"))))
					from = k + 2;
				else if (!compat && k > v->e + 1 && k + 1 < s.n && tok_is(&s.t[k], "OF") && deed_noun(&s.t[k - 1]) &&
				         dyad_words__in(&s.t[k - 2], dyad_words__articles))
					from = k + 1;
				if (from) {
					by = dyad_pattern__compound_from(&s, from, from + 3 < s.n ? from + 3 : s.n);
					/* (an armed party, not the place struck: "an attack of
					 * Kherson") */
					if (by >= 0 && (s.g[s.c[by].first].pronoun || !s.g[s.c[by].first].code ||
					                (tok_is(&s.t[k], "OF") && len_upto(s.g[s.c[by].first].code, 4) <= 3)))
						by = -1;
					break;
				}
			}
			/* "were killed in a Russian drone attack", "in Israeli strikes":
			 * the actor naming the attack is its author */
			int32_t hit_place = -1;
			if (by < 0 && !compat && reach == 6 && (by = attack_author(&s, after + 1, &hit_place)) >= 0 && src >= 0 &&
			    s.c[src].n == 1 && s.g[s.c[src].first].inferred) {
				/* (the victims' country is not the attacker's, read off the
				 * adjective: "were killed in a Russian drone attack on
				 * Kharkiv" are Ukraine's people) */
				const char *vc = s.g[s.c[src].first].code, *ac = s.g[s.c[by].first].code;
				const char *pc = hit_place >= 0 && s.c[hit_place].n == 1 ? s.g[s.c[hit_place].first].code : NULL;
				if (vc && ac && len_upto(vc, 4) > 3 && !short_ncmp(vc, ac, 3)) {
					if (pc && len_upto(pc, 4) >= 3 && short_ncmp(pc, ac, 3) && (src = of_country(c, &s, src, pc)) < 0)
						return DYAD_ENOMEM;
				}
			}
			if (by >= 0) {
				/* (a subject that is no actor leaves the pattern's target:
				 * "Sanctions were imposed on Iran by the EU") */
				if (!(src < 0 && pm.target >= 0 && tgt == pm.target))
					tgt = src;
				src = by;
				by_agent = 1;
			} else if (!compat && (by = summoned_to(&s, v)) >= 0 && by != src) {
				tgt = src;
				src = by;
			} else if (!compat && (by = place_authority(&s, src, code, v)) >= 0) {
				tgt = src;
				src = by;
			} else if (!compat && (src < 0 || s.g[s.c[src].first].pronoun) && !short_ncmp(code, "084", 3) &&
			           detained_before(&s, v) &&
			           (by = last_detention(c, &s, v, &tgt)) >= 0) {
				/* "Most of those detained were released by Sunday": the
				 * story's last detainees, freed by those who held them */
				src = by;
			} else if (!compat && (by = implicit_authority(&s, src, code, v)) >= 0) {
				tgt = src;
				src = by;
				/* ("a Colombian trafficker was extradited to the United
				 * States": his state extradited him to the one after "to") */
				if (code_is(cw, "063") && v->e + 1 < s.n && tok_is(&s.t[v->e], "TO")) {
					int32_t to = dyad_syntax__compound_at(&s, v->e + 1);
					if (to >= 0) {
						tgt = to;
						/* (or the one it left: "... to the United States
						 * from Spain") */
						size_t k = s.c[to].e;
						int32_t from = k + 1 < s.n && tok_is(&s.t[k], "FROM") ? dyad_syntax__compound_at(&s, k + 1) : -1;
						if (from >= 0 && from != to)
							src = from;
					}
				}
			} else if (!compat && (by = operation_force(c, &s, src, code, v)) != -1) {
				if (by < 0)
					return DYAD_ENOMEM;
				tgt = src;
				src = by;
			} else if (!compat && (by = retreating_force(&s, src, code, &place)) >= 0) {
				/* "UN peacekeepers were pulled out of Goma", "rebels have been
				 * demobilized": a force withdrawn or stood down by its own
				 * command is the one that yields; peacekeepers withdrawn are
				 * CAMEO's 1661. With no one named after the verb, the place
				 * the force was in ("operating in Macedonia") */
				src = by;
				if (code_is(cw, "0874") && short_contains(s.g[s.c[src].first].code, "PKO"))
					code = code_set(&cw, "1661");
				if (tgt < 0 || tgt == src)
					tgt = place;
			} else if (!compat && src < 0 && code[0] == '0' && code[1] >= '3' && code[1] <= '6' &&
			           (by = talks_parties(&s, v)) >= 0) {
				src = by;
				tgt = -1;
			} else if (!compat) {
				continue; /* "civilians were wounded": no actor acted */
			}
		}
		if (compat && src < 0 && d->opt.def_source[0])
			src = default_actor(&s, d->opt.def_source, v);
		/* ... and with no actor after it, DEFAULT: TARGET .. AFTER */
		if (compat && d->opt.def_target[0] && d->opt.def_after && pm.target < 0 && tgt < 0)
			tgt = default_actor(&s, d->opt.def_target, v);
		if (src < 0)
			continue;
		v->source = src;
		v->target = tgt;
		/* negation and modality sit between the subject and the verb; in a passive
		 * the subject is the target */
		/* "A Ukrainian town came under heavy shelling from Russian forces":
		 * what one comes under is done to it by the one after "from"/"by" */
		if (!compat && pm.source < 0 && src >= 0) {
			int32_t from = under_fire_from(&s, v);
			if (from >= 0 && from != src) {
				tgt = src;
				src = from;
			}
			/* (with no attacker named, the subject is only the one hit: "A
			 * World Food Programme convoy came under drone attack") */
			if (from == -2)
				continue;
		}
		/* "approved a package of sanctions against Russia, targeting the
		 * shadow fleet": what the sanctions target is no attack */
		if (!compat && v->b > 1 && tok_is(&s.t[v->b - 1], ",") && dyad_words__lemma_is(&s.t[v->b], "TARGET") &&
		    dyad_words__ends_with(&s.t[v->b], "ING")) {
			int measure = 0;
			for (size_t k = v->b - 1; k-- > 0 && k + 16 > v->b && !measure;)
				measure = s.t[k].kind == TK_WORD &&
				          (dyad_words__noun_lemma_is(&s.t[k], "SANCTION") ||
				           dyad_words__noun_lemma_is(&s.t[k], "TARIFF") ||
				           dyad_words__noun_lemma_is(&s.t[k], "EMBARGO") ||
				           dyad_words__noun_lemma_is(&s.t[k], "MEASURE"));
			if (measure)
				continue;
		}
		/* "struck Kyiv with drones and missiles": when aerial weapons are
		 * used with others, the aerial code takes precedence (manual, 195) */
		if (!compat && code_is(cw, "194") && aerial_named(&s, v->e))
			code = code_set(&cw, "195");
		/* "shelled the city of Kharkiv, killing four civilians": the toll
		 * of a deed of force already coded is that deed, not a second one
		 * (as the hand coders record it) */
		if (!compat && v->b > 0 && tok_is(&s.t[v->b - 1], ",") && dyad_words__ends_with(&s.t[v->b], "ING") &&
		    dyad_words__in_lemma(&s.t[v->b], toll_verbs) && src >= 0 && s.c[src].n == 1) {
			const char *sc = s.g[s.c[src].first].code;
			const char *tc = tgt >= 0 && s.c[tgt].n == 1 ? s.g[s.c[tgt].first].code : NULL;
			size_t k = first_event;
			for (; k < c->n_ev && sc; k++) {
				const char *ec = c->ev[k].code;
				if (same_str(c->ev[k].source, sc) && ((ec[0] == '1' && ec[1] >= '7') || ec[0] == '2'))
					break;
			}
			if (sc && k < c->n_ev) {
				/* (the victims name the deed's target better than the place
				 * it hit: "blew himself up at a checkpoint in Kabul, killing
				 * six Afghan soldiers" is on AFGMIL) */
				const char *et = c->ev[k].target;
				if (!(tc && len_upto(tc, 4) > 3 && (same_str(et, "---") || (len_upto(et, 4) == 3 && !short_ncmp(et, tc, 3)))))
					continue;
				/* (the more specific code of the two: the shelling's 194, the
				 * bombing's 1831; the air strike's 195 over a bare 190) */
				size_t lk = strlen(c->ev[k].code), lc = strlen(code);
				/* (and aerial weapons over others named with them, as the
				 * manual has it: "struck Kyiv with missiles, ... killing"
				 * by drone is 195) */
				int aerial = code_starts(cw, "195", 3) && !short_ncmp(c->ev[k].code, "194", 3);
				if (!aerial && (lk > lc || (lk == lc && !(c->ev[k].code[lk - 1] == '0' && code[lc - 1] != '0')))) {
					char *better = dyad_arena_strndup(&c->arena, c->ev[k].code, strlen(c->ev[k].code));
					if (!better)
						return DYAD_ENOMEM;
					code = code_set(&cw, better);
				}
				memmove(&c->ev[k], &c->ev[k + 1], (c->n_ev - k - 1) * sizeof *c->ev);
				memmove(&c->evf[k], &c->evf[k + 1], (c->n_ev - k - 1) * sizeof *c->evf);
				c->n_ev--;
			}
		}
		int32_t subj = (passive && pm.source < 0 && tgt >= 0) ? tgt : src;
		/* "refused to release X", "threatened to ban Y" where the governing verb
		 * coded nothing itself: the refusal or threat of this action */
		if (!compat && (dyad_complement__demanded(&s, src, v) || dyad_complement__denied(&s, src, v) ||
		                dyad_complement__hoped(&s, src) ||
		                dyad_complement__believed(&s, v) || dyad_complement__reported_content(&s, v)))
			continue;
		if (!compat && tgt >= 0 && dyad_complement__assassination(&s, v, tgt, code))
			code = code_set(&cw, "186");
		int gov = compat ? 0 : dyad_clause__governing_verb(&s, verbs, vi);
		if (gov)
			code = code_set(&cw, gov == 1 ? dyad_clause__refusal_code(code) : dyad_clause__threat_code(code));
		/* "said it would not negotiate under pressure", "won't meet": talks
		 * refused for the future are rejected (125), as "refused to" is */
		/* (only talks and meetings: "would not lift sanctions", "will not
		 * allow inspectors" announce no deed either way) */
		else if (!compat && (code_starts(cw, "036", 3) || (code[0] == '0' && code[1] == '4')) &&
		         dyad_clause__will_not(&s, v, subj))
			code = code_set(&cw, "125");
		else if (!compat && dyad_clause__not_factual(&s, v, subj))
			continue;
		int ann = compat ? 0 : dyad_clause__announced(&s, v, subj);
		if (ann < 0)
			continue;
		/* (sanctions and restrictions set for a date are the measure itself) */
		if (ann > 0 && !(code[0] == '1' && (code[1] == '6' || code_starts(cw, "172", 3)) &&
		                 dyad_clause__scheduled(&s, v)))
			code = code_set(&cw, dyad_clause__announced_code(code));
		if (tgt == src)
			tgt = -1;
		if (!compat && tgt >= 0 && s.c[src].n == 1 && s.c[tgt].n == 1)
			code = code_set(&cw, third_location(&s, v, code, s.g[s.c[src].first].code, s.g[s.c[tgt].first].code));
		/* "demanded the release of all hostages held by Hamas": a demand or
		 * appeal for release is made to the captor */
		if (!compat && tgt >= 0 && (code_starts(cw, "1053", 4) || code_starts(cw, "0253", 4) || code_is(cw, "105") ||
		                            code_is(cw, "025"))) {
			int32_t captor = captor_of(&s, tgt);
			if (captor >= 0 && captor != src)
				tgt = captor;
		}
		/* "India slammed Pakistan, saying cross-border terrorism will invite
		 * consequences": what the participle of speech says with no one
		 * named is said to the main verb's target */
		if (!compat && tgt < 0 && v->b > 0 && tok_is(&s.t[v->b - 1], ",") &&
		    dyad_clause__speech_participle(&s.t[v->b]))
			for (size_t j = vi; j-- > 0;)
				if (verbs[j].e < v->b && verbs[j].source == src) {
					tgt = verbs[j].target;
					break;
				}
		/* "condemned the takeover and demanded the immediate restoration of
		 * constitutional order": a demand naming no one, joined by "and" to
		 * an earlier verb of the same source, is made of that verb's target */
		if (!compat && tgt < 0 && code[0] == '1' && code[1] == '0' && v->b > 0 && tok_is(&s.t[v->b - 1], "AND"))
			for (size_t j = vi; j-- > 0;)
				if (verbs[j].e < v->b && verbs[j].source == src && verbs[j].target >= 0) {
					tgt = verbs[j].target;
					break;
				}
		/* (a demand for the release of people the sentence says someone
		 * holds is made of the captor: "demanding the release of nine
		 * citizens they believe were detained by the U.S. forces") */
		if (!compat && tgt < 0 && (code_starts(cw, "1053", 4) || code_is(cw, "105"))) {
			int32_t captor = captor_after(&s, v->e, 16);
			if (captor >= 0 && captor != src)
				tgt = captor;
		}
		/* ... and one a people's own group makes of no one named is made of
		 * its government: "Human rights groups demanded an independent
		 * inquiry" (KENHRI 100 KENGOV), "the BLA demanded the release of
		 * jailed separatists" */
		if (!compat && tgt < 0 && code[0] == '1' && code[1] == '0' && s.c[src].n == 1) {
			const group *sg = &s.g[s.c[src].first];
			static const char *const people[] = {"OPP", "HRI", "CVL", "LAB", "EDU", "REB", "PTY", "MED", "REL", "BUS", NULL};
			int own = 0;
			for (int k = 0; sg->code && len_upto(sg->code, 7) >= 6 && people[k] && !own; k++)
				own = !short_ncmp(sg->code + 3, people[k], 3);
			if (own && sg->code[0] >= 'A' && sg->code[0] <= 'Z' && short_ncmp(sg->code, "IGO", 3) &&
			    short_ncmp(sg->code, "NGO", 3) && short_ncmp(sg->code, "---", 3)) {
				char *state = country_code(c, sg->code, "GOV");
				if (!state)
					return DYAD_ENOMEM;
				tgt = implied_actor(&s, state, v->b, v->e);
			}
		}
		/* "The United Nations human rights office called for an independent
		 * investigation into the killings": an appeal an international body
		 * makes of no one named, in a story about one country, is made of
		 * that country's government */
		/* (not one to "all parties": that names them all) */
		if (!compat && tgt < 0 && pm.target < 0 && code[0] == '0' && code[1] == '2' && c->doc_country[0] && src_code &&
		    (c->doc_named || !donor_seat(c->doc_country)) &&
		    (!short_ncmp(src_code, "IGO", 3) || !short_ncmp(src_code, "NGO", 3)) && !appeal_to_all(&s, v->e)) {
			char *state = country_code(c, c->doc_country, "GOV");
			if (!state)
				return DYAD_ENOMEM;
			tgt = implied_actor(&s, state, v->b, v->e);
		}
		/* "extended condolences to the families of the victims and to the
		 * government and people of Nigeria": sympathy goes to the country
		 * named, not to the guessed people of the sympathiser's own */
		if (!compat && code_starts(cw, "018", 3) && tgt >= 0 && src_code && s.c[tgt].n == 1 &&
		    s.g[s.c[tgt].first].inferred && same_country(&s, tgt, src_code))
			for (size_t k = s.c[tgt].e; k < s.n; k++) {
				int32_t ci = s.comp_at[k];
				if (ci < 0 || ci == tgt)
					continue;
				/* (any member: "to the government and people of Nigeria") */
				const group *g = NULL;
				for (uint32_t m = 0; m < s.c[ci].n && !g; m++) {
					const group *x = &s.g[s.c[ci].first + m];
					if (!x->inferred && !x->agent_only && !x->pronoun && x->code && len_upto(x->code, 4) >= 3 &&
					    short_ncmp(x->code, src_code, 3) && short_ncmp(x->code, "IGO", 3))
						g = x;
				}
				if (g) {
					tgt = implied_actor(&s, g->code, g->b, g->e);
					break;
				}
				k = s.c[ci].e - 1;
			}
		/* "Israeli aircraft struck Hezbollah depots", "Russian drones hit
		 * Kharkiv": plain force by aircraft or drones is aerial (195) */
		/* (not a shoot-down: "Polish aircraft shot down Russian drones") */
		if (!compat && code_is(cw, "190") && src >= 0 && s.c[src].n == 1 && airborne(&s, &s.g[s.c[src].first]) &&
		    !dyad_words__lemma_is(&s.t[v->b], "SHOOT") && !dyad_words__lemma_is(&s.t[v->b], "INTERCEPT"))
			code = code_set(&cw, "195");
		/* "The UN warned that famine was spreading": a warning whose clause
		 * is about a thing, not a party, threatens no one (the verb's default
		 * 130 stands only for warnings of what a party will do) */
		if (!compat && !hit && code_is(cw, "130") && dyad_words__lemma_is(&s.t[v->b], "WARN") &&
		    warned_of_thing(&s, v))
			continue;
		/* "India blamed a Pakistan-based group for the attack and vowed a
		 * firm response": a threat that names no one else is aimed where
		 * the same side's earlier deed in the sentence was ("called the move
		 * unjustified and said the Islamic Republic would respond") */
		if (!compat && code[0] == '1' && code[1] == '3' && src_code && len_upto(src_code, 4) >= 3 &&
		    (tgt < 0 || same_country(&s, tgt, src_code)))
			for (size_t j = vi; j-- > 0;)
				if (verbs[j].e < v->b && verbs[j].emitted && verbs[j].source >= 0 && verbs[j].target >= 0 &&
				    same_country(&s, verbs[j].source, src_code)) {
					if (!same_country(&s, verbs[j].target, src_code))
						tgt = verbs[j].target;
					break;
				}
		/* "Mali recalled its ambassador to Algeria. Burkina Faso and Niger
		 * also recalled their ambassadors": the same deed "also" done names
		 * no one new; it is aimed where the story's last one of its kind was */
		if (!compat && tgt < 0 && src >= 0 && v->b > 0 && code[0] != '0' &&
		    (tok_is(&s.t[v->b - 1], "ALSO") || (v->b > 1 && tok_is(&s.t[v->b - 2], "ALSO"))))
			for (size_t k = c->n_ev; k-- > 0;)
				if (!short_ncmp(c->ev[k].code, code, 3) && !same_str(c->ev[k].target, "---")) {
					const char *sc = s.g[s.c[src].first].code;
					if (sc && len_upto(sc, 4) >= 3 && short_ncmp(c->ev[k].target, sc, 3))
						tgt = implied_actor(&s, c->ev[k].target, v->b, v->e);
					break;
				}
		/* "Militants stormed a police station. Security forces killed three
		 * of the attackers": the attackers are the story's last attackers */
		if (!compat && tgt >= 0 && s.c[tgt].n == 1 && s.g[s.c[tgt].first].inferred && src_code &&
		    ((code[0] == '1' && code[1] >= '7') || code[0] == '2')) {
			const group *g = &s.g[s.c[tgt].first];
			const char *by = c->last_by_root[19] ? c->last_by_root[19] : c->last_by_root[18];
			static const char *const attackers[] = {"ATTACKER", "ASSAILANT", "RAIDER", NULL};
			if (by && short_ncmp(by, src_code, 6) && g->e > g->b &&
			    dyad_words__in_lemma_n(&s.t[g->e - 1], attackers))
				tgt = implied_actor(&s, by, g->b, g->e);
		}
		/* "India and Pakistan exchanged fire. China urged restraint and
		 * offered to mediate": an appeal for de-escalation or an offer of
		 * mediation naming no one is to the two sides of the story's last
		 * fight */
		if (!compat && tgt < 0 && pm.target < 0 && c->last_by_root[19] &&
		    (code_starts(cw, "0256", 4) || code_starts(cw, "1056", 4) || code_is(cw, "039")) &&
		    c->last_root_ev[19] < c->n_ev)
			tgt = kind_actors(c, &s, 19, src_code, (uint32_t)v->b, (uint32_t)v->e);
		/* "Israeli forces struck Hezbollah. Israel announced a ceasefire": a
		 * truce declared to no one named is with the other side of the
		 * story's last fight the declarer was in */
		if (!compat && tgt < 0 && pm.target < 0 && src_code && code_starts(cw, "0871", 4))
			for (size_t k = c->n_ev; k-- > 0;) {
				const dyad_event *e = &c->ev[k];
				if (e->code[0] != '1' && e->code[0] != '2')
					continue;
				int r = (e->code[0] - '0') * 10 + (e->code[1] - '0');
				if (r < 18 || r > 20)
					continue;
				const char *other = dyad_clause__self_event(src_code, e->source)   ? e->target
				                    : dyad_clause__self_event(src_code, e->target) ? e->source
				                                                                   : NULL;
				if (other && short_ncmp(other, "---", 3) && !dyad_clause__self_event(src_code, other))
					tgt = implied_actor(&s, other, v->b, v->e);
				break;
			}
		/* "Japan said it would send emergency relief goods" in a story from
		 * Hanoi, "offered to mediate": aid pledged or given, or mediation
		 * offered, to no one named is for the story's country */
		/* (not a donor's or a lender's seat named only by the dateline:
		 * "WASHINGTON - Japan pledged $5 billion in aid" is no aid to the
		 * United States) */
		if (!compat && tgt < 0 && pm.target < 0 && c->doc_country[0] && (c->doc_named || !donor_seat(c->doc_country)) &&
		    src_code && len_upto(src_code, 4) >= 3 && short_ncmp(src_code, c->doc_country, 3) &&
		    (code_starts(cw, "033", 3) || (code[0] == '0' && code[1] == '7') || code_is(cw, "039")))
			tgt = default_actor(&s, c->doc_country, v);
		/* "arrived here": the dateline place */
		if (!compat && pm.target < 0 && c->doc_country[0])
			for (size_t k = v->e; k < s.n && k < v->e + 2; k++)
				if (tok_is(&s.t[k], "HERE")) {
					tgt = default_actor(&s, c->doc_country, v);
					break;
				}
		/* "Hamas condemned the strikes as a massacre": criticism or rejection
		 * of an event named by a noun is aimed at the one who did the story's
		 * last event */
		/* ("North Korea fired two missiles ... The Joint Chiefs of Staff
		 * condemned the launch": the last event's source, with no recipient) */
		/* ("condemned the attack against the French soldiers in Mali": not
		 * on the soldiers, the attack's victims) */
		int32_t victim = -1;
		if (!compat && tgt >= 0 && pm.target < 0 && code[0] == '1' && (code[1] == '1' || code[1] == '2') &&
		    dyad_complement__event_victim(&s, v, tgt)) {
			victim = tgt;
			tgt = -1;
		}
		/* "began joint military exercises, which North Korea condemned as
		 * an invasion rehearsal": criticism in a relative clause whose
		 * object is the deed before it is aimed at who did that deed */
		/* (also after a summary of the deed: ", a move that Japan condemned") */
		if (!compat && tgt < 0 && pm.target < 0 && src >= 0 && code[0] == '1' && (code[1] == '1' || code[1] == '2') &&
		    relative_on_deed(&s, s.c[src].b))
			for (size_t j = vi; j-- > 0;)
				if (verbs[j].e < s.c[src].b && verbs[j].emitted && verbs[j].source >= 0 && verbs[j].source != src) {
					tgt = verbs[j].source;
					break;
				}
		/* "condemned the illegal sanctions imposed by Washington": the one
		 * named after a participle and "by" did what is criticized */
		if (!compat && tgt < 0 && pm.target < 0 && code[0] == '1' && (code[1] == '1' || code[1] == '2'))
			for (size_t k = v->e; k + 2 < s.n && k < v->e + 8 && (s.t[k].kind != TK_PUNCT || dyad_words__is_quote(&s.t[k]));
			     k++)
				if (dyad_words__ends_with(&s.t[k], "ED") && tok_is(&s.t[k + 1], "BY")) {
					int32_t by = dyad_syntax__compound_at(&s, k + 2);
					if (by >= 0 && by != src && !s.g[s.c[by].first].agent_only && !s.g[s.c[by].first].pronoun)
						tgt = by;
					break;
				}
		const char *doer = c->last_doer ? c->last_doer : c->last_criticized;
		/* "the opposition leader rejected the election results": results
		 * no one was coded for are the government's of the rejecter's
		 * country */
		if (!compat && tgt < 0 && !doer && src_code && len_upto(src_code, 7) >= 6 && code[0] == '1' &&
		    (code[1] == '1' || code[1] == '2') && short_ncmp(src_code + 3, "GOV", 3) && short_ncmp(src_code, "IGO", 3) &&
		    short_ncmp(src_code, "NGO", 3)) {
			/* (and a verdict or ruling is its courts': "called the ruling a
			 * witch hunt") */
			size_t res = 0;
			const char *type = "GOV";
			for (size_t k = v->e; k < s.n && k < v->e + 4 && !res && s.t[k].kind == TK_WORD && s.comp_at[k] < 0; k++)
				if (tok_is(&s.t[k], "RESULTS") || tok_is(&s.t[k], "OUTCOME"))
					res = k + 1;
				else if (tok_is(&s.t[k], "VERDICT") || tok_is(&s.t[k], "RULING") || tok_is(&s.t[k], "CONVICTION")) {
					res = k + 1;
					type = "JUD";
				}
			/* (a ruling the story coded someone for is theirs: "Brazil's
			 * Supreme Court convicted Bolsonaro. Rubio condemned the ruling") */
			if (res && short_ncmp(src_code + 3, type, 3) && !deed_of_noun(c, &s.t[res - 1], NULL, NULL)) {
				char *state = country_code(c, src_code, type);
				if (!state)
					return DYAD_ENOMEM;
				tgt = implied_actor(&s, state, (uint32_t)res - 1, (uint32_t)res);
			}
		}
		/* "Burkina Faso accused France of subversion. Paris rejected the
		 * accusations": a denial or rejection of accusations answers the
		 * last accuser */
		if (!compat && tgt < 0 && src_code && c->last_by_root[11] &&
		    (code_starts(cw, "016", 3) || (code[0] == '1' && code[1] == '2')) &&
		    short_ncmp(c->last_by_root[11], src_code, 3))
			for (size_t k = v->e; k < s.n && k < v->e + 4 && s.t[k].kind == TK_WORD && s.comp_at[k] < 0; k++)
				if (dyad_words__in_lemma_n(&s.t[k], accusation_nouns)) {
					tgt = implied_actor(&s, c->last_by_root[11], (uint32_t)k, (uint32_t)k + 1);
					break;
				}
		/* (the deed's noun follows the words the pattern matched: "expressed
		 * regret over the launch") */
		verb_cand past_pattern = *v;
		if (hit && pm.hi > past_pattern.e && pm.hi <= s.n)
			past_pattern.e = pm.hi;
		/* (criticism, rejection or praise of a deed: 11x, 12x, 051) */
		int reaction = (code[0] == '1' && (code[1] == '1' || code[1] == '2')) || code_starts(cw, "051", 3);
		/* (with no deed remembered, a noun whose kind the story coded still
		 * points back: "Washington proposed a plan. Sudan rejected the plan") */
		int event_noun = !compat && tgt < 0 && reaction && (doer || c->n_ev)
		                     ? (passive && by_agent ? dyad_complement__event_subject(&s, v) : dyad_complement__event_object(&s, v))
		                     : 0;
		if (!event_noun && !compat && tgt < 0 && reaction && (doer || c->n_ev) && past_pattern.e > v->e &&
		    !(passive && by_agent))
			event_noun = dyad_complement__event_object(&s, &past_pattern);
		/* (a noun that names a kind of deed goes to who did that kind last:
		 * "The Kremlin said the sanctions are illegal" is on those who
		 * imposed them, not on whoever threatened something since) */
		int kind_root = 0;
		if (event_noun) {
			const char *by_kind = deed_of_noun(c, &s.t[event_noun - 1], &kind_root, src_code);
			if (by_kind)
				doer = by_kind;
			/* (a deed of no named kind, "the move", is the last one not
			 * the reacting party's own) */
			else if (doer && src_code && dyad_clause__self_event(src_code, doer) && doer == c->last_doer)
				doer = last_other_source(c, 0, src_code);
			/* (a noun naming what was hit picks the deed whose sentence
			 * named it: "condemned the hotel attack" after an air strike
			 * since) */
			const dtoken *mod = event_noun >= 2 ? &s.t[event_noun - 2] : NULL;
			if (mod && mod->kind == TK_WORD && (mod->pos & DYAD_POS_NOUN) && !(mod->flags & TF_CAP) &&
			    s.comp_at[event_noun - 2] < 0) {
				const char *by_mod = deed_named_with(c, text, mod, src_code);
				if (by_mod) {
					doer = by_mod;
					kind_root = 0;
				}
			}
		}
		/* (its text and span are the event's noun: "the launches") */
		if (event_noun && doer && !(src_code && dyad_clause__self_event(src_code, doer))) {
			/* (all who did it together: "The United States, Saudi Arabia,
			 * Egypt and the UAE proposed a truce. Sudan rejected the plan") */
			tgt = kind_root ? kind_actors(c, &s, kind_root, src_code, (uint32_t)event_noun - 1, (uint32_t)event_noun)
			                : -1;
			if (tgt < 0)
				tgt = implied_actor(&s, doer, (uint32_t)event_noun - 1, (uint32_t)event_noun);
		}
		/* ("Egypt welcomed the agreement": an agreement the story's last
		 * two parties reached is both of theirs) */
		if (event_noun && tgt >= 0 && c->last_pair[0] && c->last_pair[1] && src_code &&
		    dyad_words__in_lemma_n(&s.t[event_noun - 1], agreement_nouns) &&
		    short_ncmp(c->last_pair[0], src_code, 3) && short_ncmp(c->last_pair[1], src_code, 3) &&
		    short_ncmp(c->last_pair[0], c->last_pair[1], 3)) {
			tgt = pair_actor(&s, c->last_pair, (uint32_t)event_noun - 1, (uint32_t)event_noun, 0);
		}
		/* "Germany condemned the arrest of Turkish opposition leaders", "the
		 * violence against protesters in Georgia": repression no one is
		 * named for is the victims' state's */
		if (!compat && tgt < 0 && victim >= 0 && s.c[victim].n == 1 && src_code) {
			const char *vc = s.g[s.c[victim].first].code;
			size_t noun = repression_noun_before(&s, v, victim);
			/* (also the victims' own opposition, parties or people: "Chadema
			 * condemned the arrest of Tundu Lissu" is aimed at Tanzania's
			 * government) */
			int own_side = !short_ncmp(vc, src_code, 3) && len_upto(src_code, 7) >= 6 && !own_state_organ(src_code, src_code) &&
			               !same_str(src_code + 3, "SPY") && !same_str(src_code + 3, "LEG");
			if (noun && vc && len_upto(vc, 4) >= 3 && (short_ncmp(vc, src_code, 3) || own_side) && short_ncmp(vc, "IGO", 3) &&
			    short_ncmp(vc, "NGO", 3) && short_ncmp(vc, "---", 3)) {
				char *state = country_code(c, vc, "GOV");
				if (!state)
					return DYAD_ENOMEM;
				tgt = implied_actor(&s, state, (uint32_t)noun, (uint32_t)noun + 1);
			}
		}
		/* "police prevented the demonstration staged by students": repression
		 * of a protest named by a noun is on those who staged it */
		if (!compat && tgt < 0 && code[0] == '1' && code[1] == '7')
			for (size_t k = v->e; k + 3 < s.n && k < v->e + 5; k++)
				if (dyad_words__in_lemma_n(&s.t[k], protest_nouns) && dyad_words__ends_with(&s.t[k + 1], "ED") &&
				    tok_is(&s.t[k + 2], "BY")) {
					int32_t ci = dyad_syntax__compound_at(&s, k + 3);
					if (ci >= 0 && ci != src)
						tgt = ci;
					break;
				}
		/* "recaptured the presidential palace from the Rapid Support Forces":
		 * what is taken "from" a party is taken from it */
		if (!compat && code_starts(cw, "19", 2) && dyad_words__in_lemma(&s.t[v->b], taking_verbs)) {
			size_t k0 = tgt >= 0 ? s.c[tgt].e : v->e, k = k0;
			while (k < s.n && k < k0 + 5 && !tok_is(&s.t[k], "FROM") && s.t[k].kind != TK_PUNCT &&
			       (s.comp_at[k] < 0 || k == k0))
				k++;
			if (k + 1 < s.n && tok_is(&s.t[k], "FROM")) {
				int32_t from = dyad_syntax__compound_at(&s, k + 1);
				if (from >= 0 && from != src && !s.g[s.c[from].first].agent_only && !same_actors(&s, src, from))
					tgt = from;
			}
		}
		/* "ordered the withdrawal of troops from Kherson": the source's own
		 * forces withdrawn are no recipient; the place they leave is */
		if (!compat && tgt >= 0 && code_starts(cw, "087", 3) && src_code && s.c[tgt].n == 1 &&
		    s.g[s.c[tgt].first].code && len_upto(src_code, 4) >= 3 && !short_ncmp(src_code, s.g[s.c[tgt].first].code, 3)) {
			size_t e = s.c[tgt].e;
			int32_t left = e + 1 < s.n && tok_is(&s.t[e], "FROM") ? dyad_syntax__compound_at(&s, e + 1) : -1;
			if (left >= 0 && left != src)
				tgt = left;
		}
		/* "If Iran attacks, Israel will respond with force": a threat to no
		 * one named is made to the actor of its condition */
		if (!compat && tgt < 0 && code[0] == '1' && code[1] == '3')
			tgt = condition_actor(&s, src);
		/* "called for an immediate ceasefire in Lebanon", "urged restraint in
		 * Kashmir": an appeal to no one named is made to the country where
		 * what it asks for should happen */
		if (!compat && tgt < 0 && code[0] == '0' && code[1] == '2')
			for (size_t k = v->e, end = dyad_clause__end(&s, v->e); k + 1 < end; k++)
				if (tok_is(&s.t[k], "IN")) {
					int32_t ci = dyad_syntax__compound_at(&s, k + 1);
					const group *g = ci >= 0 && s.c[ci].n == 1 ? &s.g[s.c[ci].first] : NULL;
					if (g && ci != src && g->code && len_upto(g->code, 4) == 3 && !g->agent_only && !g->inferred &&
					    !(src_code && !short_ncmp(src_code, g->code, 3)))
						tgt = ci;
					break;
				}
		/* "Fifteen militants and one soldier were killed when the Pakistani
		 * military mounted another operation": force that names no target
		 * is on those the sentence reports killed or wounded */
		if (!compat && tgt < 0 && code[0] == '1' && code[1] >= '8')
			tgt = dyad_complement__casualties(&s, src);
		if (!compat && tgt < 0 && code[0] == '2')
			tgt = dyad_complement__casualties(&s, src);
		/* "Germany's president apologised for the genocide of the Herero
		 * and Nama peoples, in a speech before Namibia's parliament": the
		 * wronged people are of the other country the sentence names, not
		 * the apologiser's */
		if (!compat && tgt >= 0 && src_code && code_starts(cw, "055", 3) && s.c[tgt].n == 1 &&
		    s.g[s.c[tgt].first].inferred && !short_ncmp(s.g[s.c[tgt].first].code, src_code, 3)) {
			const char *other = NULL;
			for (size_t k = 0; k < s.ng && !other; k++) {
				const group *g = &s.g[k];
				if (g->code && !g->agent_only && !g->pronoun && !g->inferred && len_upto(g->code, 4) >= 3 &&
				    short_ncmp(g->code, src_code, 3) && short_ncmp(g->code, "IGO", 3) && short_ncmp(g->code, "NGO", 3) &&
				    g->code[0] >= 'A' && g->code[0] <= 'Z' && short_ncmp(g->code, "---", 3))
					other = g->code;
			}
			if (other && (tgt = of_country(c, &s, tgt, other)) < 0)
				return DYAD_ENOMEM;
		}
		/* "A Russian drone attack on Kharkiv killed four people", "Israeli
		 * air strikes on Gaza killed 30 people": people killed in an attack
		 * on another country's place are that country's, whatever the
		 * dateline or the attacker's name suggested */
		if (!compat && tgt >= 0 && src_code && (code[0] == '2' || (code[0] == '1' && code[1] >= '8')) &&
		    s.c[tgt].n == 1 && s.g[s.c[tgt].first].inferred && !short_ncmp(s.g[s.c[tgt].first].code, src_code, 3)) {
			const char *place = NULL;
			for (size_t k = 0; k + 1 < s.n && !place; k++) {
				int32_t pc = s.comp_at[k + 1];
				if (pc < 0 || s.c[pc].b != k + 1 || s.c[pc].n != 1 ||
				    !(tok_is(&s.t[k], "ON") || tok_is(&s.t[k], "IN") || tok_is(&s.t[k], "AGAINST")))
					continue;
				const group *g = &s.g[s.c[pc].first];
				if (g->code && !g->agent_only && !g->pronoun && !g->inferred && len_upto(g->code, 4) == 3 &&
				    g->code[0] >= 'A' && g->code[0] <= 'Z' && short_ncmp(g->code, src_code, 3) &&
				    short_ncmp(g->code, "IGO", 3) && short_ncmp(g->code, "NGO", 3) && short_ncmp(g->code, "---", 3))
					place = g->code;
			}
			if (place && (tgt = of_country(c, &s, tgt, place)) < 0)
				return DYAD_ENOMEM;
		}
		/* ("Pakistan vowed to retaliate", "vowed revenge": a threatened one
		 * too) */
		if (!compat && tgt < 0 && pm.target < 0 && src_code && c->last_doer && code[0] == '1' && code[1] == '3' &&
		    short_ncmp(c->last_doer, src_code, 3))
			for (size_t k = v->b; k < s.n && k < v->e + 5; k++)
				if (dyad_words__in_lemma(&s.t[k], counter_blows) || dyad_words__in_lemma_n(&s.t[k], counter_nouns)) {
					tgt = implied_actor(&s, c->last_doer, v->b, v->e);
					break;
				}
		/* "intercepted a rocket fired by Hezbollah", "two missiles launched
		 * from Yemen", "shot down 45 of the 60 drones launched by Russia": a
		 * weapon stopped is on who fired it */
		if (!compat && tgt < 0 && pm.target < 0 && code[0] == '1' && code[1] == '9' &&
		    (dyad_words__in_lemma(&s.t[v->b], defences) ||
		     (dyad_words__lemma_is(&s.t[v->b], "SHOOT") && v->b + 1 < s.n && tok_is(&s.t[v->b + 1], "DOWN"))))
			tgt = fired_by(&s, v->e);
		/* "Indian forces retaliated": a counter-blow with no one named
		 * falls on who struck last */
		/* (and weapons shot down or an attack repelled: "its units had shot
		 * down 48 of the 62 drones") */
		if (!compat && tgt < 0 && pm.target < 0 && src_code && c->last_doer && code[0] == '1' && code[1] >= '8' &&
		    (dyad_words__in_lemma(&s.t[v->b], counter_blows) || dyad_words__in_lemma(&s.t[v->b], defences) ||
		     ((dyad_words__lemma_is(&s.t[v->b], "HIT") || dyad_words__lemma_is(&s.t[v->b], "STRIKE")) && v->e < s.n &&
		      tok_is(&s.t[v->e], "BACK")) ||
		     (dyad_words__lemma_is(&s.t[v->b], "SHOOT") && v->b + 1 < s.n && tok_is(&s.t[v->b + 1], "DOWN"))) &&
		    short_ncmp(c->last_doer, src_code, 3))
			tgt = implied_actor(&s, c->last_doer, v->b, v->e);
		/* "It also banned him from entering the country": an object pronoun
		 * right after the verb is the story's last target */
		/* ("Protesters rallied in Istanbul. Police dispersed them": "them"
		 * with the last target a place of the source's own country are the
		 * people of the last event, when it had people as its source) */
		/* (also after the verb's purpose infinitive: "fired tear gas to
		 * disperse them") */
		size_t obj_pron = v->e;
		if (!compat && tgt < 0 && v->e < s.n && !tok_is(&s.t[v->e], "THEM"))
			for (size_t k = v->e + 1; k < s.n && k < v->e + 6 && s.t[k].kind == TK_WORD; k++)
				if (tok_is(&s.t[k], "THEM") && k >= 2 && tok_is(&s.t[k - 2], "TO") && (s.t[k - 1].pos & DYAD_POS_VERB)) {
					obj_pron = k;
					break;
				}
		if (!compat && tgt < 0 && pm.target < 0 && src >= 0 && obj_pron < s.n &&
		    (c->last_pair[1] || vi > 0 || c->last_subject) &&
		    (tok_is(&s.t[obj_pron], "HIM") || tok_is(&s.t[obj_pron], "HER") || tok_is(&s.t[obj_pron], "THEM"))) {
			const char *them = c->last_pair[1];
			/* (people who did this sentence's earlier deed first: "Protesters
			 * rallied, and police fired tear gas to disperse them") */
			for (size_t j = vi; j-- > 0 && tok_is(&s.t[obj_pron], "THEM");)
				if (verbs[j].emitted && verbs[j].source >= 0 && verbs[j].source != src &&
				    s.c[verbs[j].source].n == 1) {
					const char *pc = s.g[s.c[verbs[j].source].first].code;
					if (pc && len_upto(pc, 7) >= 6 && unarmed_people(pc + 3) && !(src_code && same_str(src_code, pc)))
						them = pc;
					break;
				}
			if (them && src_code && !short_ncmp(src_code, them, 3) && tok_is(&s.t[obj_pron], "THEM") &&
			    c->last_pair[0] && len_upto(c->last_pair[0], 7) >= 6 && unarmed_people(c->last_pair[0] + 3) &&
			    strcmp(src_code, c->last_pair[0]))
				them = c->last_pair[0];
			if (them && src_code && !short_ncmp(src_code, them, 3) && them == c->last_pair[1])
				them = NULL;
			/* ("Pashinyan welcomed the deal, though opposition lawmakers
			 * accused him": "him" or "her" is the person the sentence
			 * named first, when that is not the source) */
			if (!tok_is(&s.t[obj_pron], "THEM") && src_code)
				for (size_t j = 0; j < s.ng && s.g[j].e <= v->b; j++) {
					const group *g = &s.g[j];
					if (!g->code || len_upto(g->code, 7) < 6 || g->agent_only || g->pronoun || g->inferred ||
					    s.comp_at[g->b] == src || !strcmp(g->code, src_code) ||
					    (g->b > 0 && dyad_words__in(&s.t[g->b - 1], dyad_words__prepositions)))
						continue;
					if (g->entry != UINT32_MAX && g->b == 0)
						them = g->code;
					break;
				}
			/* "Kamto called for protests. Police arrested him": with no one
			 * else to stand for, "him" or "her" is the last subject */
			/* (not the source state's own courts, government, police or army:
			 * "the court convicted her ... militants gave her support") */
			if (!them && !tok_is(&s.t[obj_pron], "THEM") && c->last_subject && src_code &&
			    strcmp(c->last_subject, src_code) && !own_state_organ(c->last_subject, src_code))
				them = c->last_subject;
			if (them)
				tgt = implied_actor(&s, them, (uint32_t)obj_pron, (uint32_t)obj_pron + 1);
		}
		/* (whose people the strike killed: the reporting health ministry's,
		 * not the striker's) */
		if (speaker && tgt >= 0 && s.c[tgt].n == 1 && s.g[s.c[tgt].first].inferred && src_code) {
			const char *vc = s.g[s.c[tgt].first].code;
			if (vc && len_upto(vc, 4) > 3 && len_upto(speaker, 4) >= 3 && !short_ncmp(vc, src_code, 3) &&
			    short_ncmp(speaker, src_code, 3) && speaker[0] >= 'A' && short_ncmp(speaker, "IGO", 3) &&
			    short_ncmp(speaker, "NGO", 3) && (tgt = of_country(c, &s, tgt, speaker)) < 0)
				return DYAD_ENOMEM;
		}
		/* "Police arrested 20 of his supporters": the people of the person
		 * named last before the verb ("Tchiroma's spokesman said police ...
		 * arrested his supporters"), else of the last subject */
		/* (before a place the deed happened in: "in Kampala") */
		int place_tgt = tgt >= 0 && s.c[tgt].b > v->e && s.c[tgt].b > 0 &&
		                (tok_is(&s.t[s.c[tgt].b - 1], "IN") || tok_is(&s.t[s.c[tgt].b - 1], "AT"));
		if (!compat && (tgt < 0 || place_tgt) && pm.target < 0 && src >= 0 && src_code)
			for (size_t k = v->e; k + 1 < s.n && k < v->e + 6 && s.t[k].kind != TK_PUNCT &&
			                      !(tgt >= 0 && k >= s.c[tgt].b);
			     k++)
				if (s.t[k].listed && (tok_is(&s.t[k], "HIS") || tok_is(&s.t[k], "HER")) &&
				    (tok_is(&s.t[k + 1], "SUPPORTERS") || tok_is(&s.t[k + 1], "FOLLOWERS") ||
				     tok_is(&s.t[k + 1], "LOYALISTS"))) {
					const char *whose = c->last_subject;
					for (size_t j = 0; j < s.ng && s.g[j].e <= v->b; j++) {
						const group *g = &s.g[j];
						if (g->code && len_upto(g->code, 7) >= 6 && !g->agent_only && !g->pronoun && !g->inferred &&
						    s.comp_at[g->b] != src && strcmp(g->code, src_code) &&
						    !(g->b > 0 && (tok_is(&s.t[g->b - 1], "IN") || tok_is(&s.t[g->b - 1], "AT"))))
							whose = g->code;
					}
					/* (a state's own forces do not hold its government's
					 * supporters: the antecedent is someone else) */
					if (whose && strcmp(whose, src_code) && !own_state_organ(whose, src_code))
						tgt = implied_actor(&s, whose, (uint32_t)k, (uint32_t)k + 2);
					break;
				}
		/* a state that "protested" with no one named protests to the
		 * foreign party the sentence names next: "Japan protested after a
		 * Chinese navy helicopter flew close to its vessel" is a diplomatic
		 * protest (114) to China, not a street protest against Tokyo */
		if (!compat && tgt < 0 && s.c[src].n == 1 && code[0] == '1' && (code[1] == '4' || code_is(cw, "114")) &&
		    dyad_words__lemma_is(&s.t[v->b], "PROTEST") && state_itself(&s, src)) {
			int32_t foreign = foreign_party_after(&s, src, v->e);
			if (foreign >= 0) {
				code = code_set(&cw, "114");
				tgt = foreign;
			} else {
				/* ("Vietnam's foreign ministry protested the seizure": still
				 * a diplomatic protest, to whoever seized last) */
				code = code_set(&cw, "114");
				size_t h = v->e;
				while (h < s.n && h < v->e + 4 && (dyad_words__in(&s.t[h], dyad_words__determiners) ||
				                                   tok_is(&s.t[h], "AGAINST") || (s.t[h].pos & DYAD_POS_ADJ)))
					h++;
				const char *author = h < s.n ? deed_of_noun(c, &s.t[h], NULL, NULL) : NULL;
				/* ("protests these acts", "the move", "the incident": whoever
				 * did the story's last deed) */
				if (!author && h < s.n && s.t[h].kind == TK_WORD &&
				    (dyad_words__noun_lemma_is(&s.t[h], "ACT") || dyad_words__noun_lemma_is(&s.t[h], "ACTION") ||
				     dyad_words__noun_lemma_is(&s.t[h], "MOVE") || dyad_words__noun_lemma_is(&s.t[h], "INCIDENT") ||
				     dyad_words__noun_lemma_is(&s.t[h], "PROVOCATION")))
					author = c->last_doer;
				const char *sc = s.g[s.c[src].first].code;
				if (author && short_ncmp(author, sc, 3))
					tgt = implied_actor(&s, author, (uint32_t)h, (uint32_t)h + 1);
			}
		}
		/* protests, curfews, bans, states of emergency, lifting them (081)
		 * and calling off strikes (082) with no one named are domestic: the source's own
		 * country is their target, as CAMEO coders record them ("thousands
		 * protested in Tbilisi" GEOCVL 141 GEOGOV: a protest is against the government) */
		/* (a place of the protesters' own country where they marched names
		 * no one: "rallied in Istanbul", "in the Serbian capital") */
		if (!compat && tgt >= 0 && pm.target < 0 && code[0] == '1' && code[1] == '4' && s.c[src].n == 1 &&
		    s.c[tgt].n == 1 && s.c[tgt].b > 0) {
			const char *sc = s.g[s.c[src].first].code, *tc = s.g[s.c[tgt].first].code;
			size_t p = s.c[tgt].b - 1;
			while (p > 0 && (dyad_words__in(&s.t[p], dyad_words__determiners)))
				p--;
			if (sc && tc && len_upto(tc, 4) == 3 && len_upto(sc, 4) > 3 && !short_ncmp(sc, tc, 3) &&
			    (tok_is(&s.t[p], "IN") || tok_is(&s.t[p], "ACROSS") || tok_is(&s.t[p], "THROUGHOUT") ||
			     tok_is(&s.t[p], "AT")))
				tgt = -1;
		}
		/* (and a coup: "the army said it had seized power" is in its own
		 * country) */
		int coup = code_is(cw, "180") && v->e < s.n && (tok_is(&s.t[v->e], "POWER") ||
		                                                   (v->e + 1 < s.n && tok_is(&s.t[v->e + 1], "POWER")));
		if (!compat && tgt < 0 && s.c[src].n == 1 &&
		    (code_starts(cw, "14", 2) || code_starts(cw, "172", 3) || code_starts(cw, "082", 3) ||
		     code_starts(cw, "081", 3) || coup)) {
			const char *sc = s.g[s.c[src].first].code;
			if (sc && len_upto(sc, 4) >= 3 && sc[0] >= 'A' && sc[0] <= 'Z' && short_ncmp(sc, "IGO", 3) &&
			    short_ncmp(sc, "NGO", 3) && short_ncmp(sc, "IMG", 3)) {
				/* (a protest is against the government: KENCVL 141 KENGOV) */
				char *cc = country_code(c, sc, code[0] == '1' && code[1] == '4' && !same_str(sc + 3, "GOV") ? "GOV" : "");
				if (!cc)
					return DYAD_ENOMEM;
				tgt = default_actor(&s, cc, v);
				s.g[s.c[tgt].first].domestic = 1;
			}
		}
		if (compat && s.petr && tgt < 0 && d->opt.def_target[0] && !d->opt.def_after)
			tgt = default_actor(&s, d->opt.def_target, v);
		if (compat && !s.petr && tgt < 0 && pm.target < 0) {
			/* TABARI: with no actor after the verb, the target is the nearest actor
			 * before it other than the source */
			for (size_t k = v->b; k-- > 0;) {
				int32_t ci = s.comp_at[k];
				const group *g = ci >= 0 ? &s.g[s.c[ci].first] : NULL;
				if (g && ci != src && !g->agent_only && !g->pronoun && !same_actors(&s, src, ci)) {
					tgt = ci;
					break;
				}
			}
			/* the regular searches failed: a compound acts on itself, else
			 * DEFAULT: TARGET */
			if (tgt < 0 && s.c[src].n == 1 && d->opt.def_target[0])
				tgt = default_actor(&s, d->opt.def_target, v);
		}
		/* "Xi told visiting German Chancellor Merz": "visiting" before a
		 * name is what the named one does, in the subject's country */
		if (!compat && tgt >= 0 && src >= 0 && code_is(cw, "042") && s.c[tgt].b == v->e &&
		    s.c[src].e < v->b && tok_is(&s.t[v->b], "VISITING") && s.g[s.c[src].first].code &&
		    !dyad_words__in(&s.t[v->b - 1], dyad_words__be_forms) &&
		    len_upto(s.g[s.c[src].first].code, 4) >= 3) {
			char *host = dyad_arena_strndup(&c->arena, s.g[s.c[src].first].code, 3);
			if (!host)
				return DYAD_ENOMEM;
			int32_t country = default_actor(&s, host, v);
			if (country >= 0) {
				src = tgt;
				tgt = country;
			}
		}
		/* "attacked by Burundian militiamen ..., killing at least 156
		 * people": the dead of a deed's -ing clause whose country is only
		 * guessed are those the main verb struck */
		/* (unarmed people of another country than the one struck only) */
		if (!compat && tgt >= 0 && v->b > 0 && tok_is(&s.t[v->b - 1], ",") && dyad_words__ends_with(&s.t[v->b], "ING") &&
		    (code[0] == '2' || (code[0] == '1' && code[1] >= '8')) && s.c[tgt].n == 1 && s.g[s.c[tgt].first].inferred &&
		    s.g[s.c[tgt].first].code && len_upto(s.g[s.c[tgt].first].code, 7) == 6 &&
		    same_str(s.g[s.c[tgt].first].code + 3, "CVL"))
			for (size_t j = vi; j-- > 0;)
				if (verbs[j].e < v->b && verbs[j].source == src && verbs[j].target >= 0 && verbs[j].emitted) {
					const char *was = s.g[s.c[verbs[j].target].first].code;
					if (was && short_ncmp(was, s.g[s.c[tgt].first].code, 3))
						tgt = verbs[j].target;
					break;
				}
		if (!compat && tgt < 0 && src >= 0 && code[0] == '0' && code[1] == '4')
			tgt = fronted_partner(&s, src);
		if (!compat && tgt < 0 && src >= 0)
			tgt = possessive_owner(&s, src, v->e);
		so.open_recipient = !compat && tgt < 0 && code[0] == '0' && code[1] == '2' && appeal_to_all(&s, v->e);
		/* mediators mediate between the sentence's parties, not with the
		 * place of the talks: "agreed to a ceasefire after talks in Doha
		 * mediated by Qatar and Turkey" */
		if (!compat && code_is(cw, "045") && tgt >= 0 && s.c[tgt].b > 0) {
			size_t p = s.c[tgt].b - 1;
			if (p > 0 && tok_is(&s.t[p], "THE"))
				p--;
			if (tok_is(&s.t[p], "IN") || tok_is(&s.t[p], "AT"))
				tgt = first_source >= 0 && first_source != src && !same_actors(&s, first_source, src) ? first_source : -1;
		}
		int closed_relative = 0;
		/* a relative clause set off by commas ends at its closing comma:
		 * "the United States and France, which brokered the truce, to
		 * pressure Israel" mediated nothing with Israel */
		if (!compat && tgt >= 0 && s.c[tgt].b > v->e && v->b > 1 &&
		    (tok_is(&s.t[v->b - 1], "WHICH") || tok_is(&s.t[v->b - 1], "WHO")) && tok_is(&s.t[v->b - 2], ",")) {
			size_t k = v->e;
			while (k < s.c[tgt].b && !tok_is(&s.t[k], ","))
				k++;
			if (k < s.c[tgt].b) {
				tgt = -1;
				closed_relative = 1;
			}
		}
		/* leaders and lawmakers who "clashed" argued: "Zelensky and Trump
		 * clashed in the Oval Office" is criticism, not a fight */
		if (!compat && code[0] == '1' && code[1] == '9' && dyad_words__lemma_is(&s.t[v->b], "CLASH") &&
		    civilian_officials(&s, src) && (tgt < 0 || civilian_officials(&s, tgt)))
			code = code_set(&cw, "111");
		/* "Opposition supporters mobilized in Nairobi": people who mobilize
		 * rally (141); they raise no armed force (154) */
		if (!compat && code_starts(cw, "154", 3) && src_code && len_upto(src_code, 7) == 6 &&
		    (same_str(src_code + 3, "OPP") || same_str(src_code + 3, "CVL") || same_str(src_code + 3, "PTY") ||
		     same_str(src_code + 3, "LAB") || same_str(src_code + 3, "EDU")))
			code = code_set(&cw, "141");
		v->coded = 1;
		size_t before = c->n_ev;
		/* only nearby pattern words: far ones are matched across other clauses */
		if (hit && pm.hi > consumed && pm.hi <= v->e + 4)
			consumed = pm.hi;
		/* the sentence's subject: the leftmost source */
		if (first_source < 0 || s.c[src].b < s.c[first_source].b)
			first_source = src;
		/* "vowed to take all necessary measures to defend Chinese companies":
		 * who a threat protects is not whom it threatens */
		if (!compat && tgt >= 0 && code[0] == '1' && code[1] == '3' && pm.target != tgt && s.c[tgt].b > v->e)
			for (size_t k = s.c[tgt].b; k-- > v->e && k + 6 > s.c[tgt].b && s.comp_at[k] < 0;)
				if (dyad_words__lemma_is(&s.t[k], "DEFEND") || dyad_words__lemma_is(&s.t[k], "PROTECT") ||
				    dyad_words__lemma_is(&s.t[k], "SAFEGUARD")) {
					tgt = -1;
					break;
				}
		/* "China will take resolute and forceful measures to defend its
		 * sovereignty" after a US arms sale to Taiwan: a threat that names no
		 * one is aimed at the story's last foreign party that acted on the
		 * speaker's country, else at the last foreign party the speaker's
		 * country acted on, else at the foreign doer of the story's last
		 * deed (not at a party of its own: "anyone violating the ban will
		 * face strict action" stays with no one; nor when it is aimed at
		 * others named vaguely: "warned other countries not to") */
		if (!compat && tgt < 0 && pm.target < 0 && code[0] == '1' && code[1] == '3' && src_code && !vague_object(&s, v) &&
		    len_upto(src_code, 4) >= 3 && short_ncmp(src_code, "IGO", 3) && short_ncmp(src_code, "NGO", 3) &&
		    short_ncmp(src_code, "---", 3)) {
			const char *foe = last_actor_on(c, src_code, 1, 0);
			for (size_t k = c->n_ev; k-- > 0 && !foe;) {
				const dyad_event *e = &c->ev[k];
				if (!short_ncmp(e->source, src_code, 3) && short_ncmp(e->target, src_code, 3) && len_upto(e->target, 4) >= 3 &&
				    short_ncmp(e->target, "---", 3))
					foe = e->target;
			}
			/* (else at who did the story's last deed: an arms sale to Taiwan) */
			if (!foe && c->last_doer && len_upto(c->last_doer, 4) >= 3 && short_ncmp(c->last_doer, src_code, 3) &&
			    short_ncmp(c->last_doer, "---", 3))
				foe = c->last_doer;
			if (foe)
				tgt = implied_actor(&s, foe, v->b, v->e);
		}
		/* "Cambodia's defence ministry denied any breach of the agreement"
		 * after Thailand accused it: a denial naming no one answers the
		 * story's last accusation (11x) of the speaker's side, else the last
		 * party that acted on it */
		if (!compat && tgt < 0 && pm.target < 0 && code_starts(cw, "016", 3) && src_code && len_upto(src_code, 4) >= 3 &&
		    short_ncmp(src_code, "---", 3)) {
			const char *accuser = last_actor_on(c, src_code, 0, 11);
			if (!accuser)
				accuser = last_actor_on(c, src_code, 0, 0);
			if (accuser)
				tgt = implied_actor(&s, accuser, v->b, v->e);
		}
		/* "shot down a drone approaching Turkish airspace": the source's own
		 * airspace, waters or territory is where, not whom */
		if (!compat && tgt >= 0 && src >= 0 && s.c[src].n == 1 && s.g[s.c[src].first].code && s.c[tgt].n == 1 &&
		    s.c[tgt].e < s.n && s.g[s.c[tgt].first].code && len_upto(s.g[s.c[tgt].first].code, 4) == 3 &&
		    !short_ncmp(s.g[s.c[tgt].first].code, s.g[s.c[src].first].code, 3) &&
		    dyad_words__in_lemma_n(&s.t[s.c[tgt].e], own_grounds))
			tgt = -1;
		/* "Mali withdrew from ECOWAS", "the United States withdrew from
		 * UNESCO": leaving an organisation cuts ties with it (160), it is no
		 * retreat of forces */
		if (!compat && tgt >= 0 && code_is(cw, "0874") && s.c[tgt].n == 1 && s.c[tgt].b > 0 &&
		    tok_is(&s.t[s.c[tgt].b - 1 - (s.c[tgt].b > 1 && tok_is(&s.t[s.c[tgt].b - 1], "THE"))], "FROM")) {
			const char *tc = s.g[s.c[tgt].first].code, *sc = src >= 0 ? s.g[s.c[src].first].code : NULL;
			if (tc && !short_ncmp(tc, "IGO", 3) && sc && short_ncmp(sc, "IGO", 3))
				code = code_set(&cw, "160");
		}
		/* "The Ministry of Foreign Affairs of Japan, to the Chinese side,
		 * lodged a strong protest": translation keeps the recipient
		 * before the verb, between commas after the subject (which the
		 * search for a subject may have taken for the subject) */
		if (!compat && tgt < 0 && pm.target < 0 && src >= 0 && v->b > 4 && tok_is(&s.t[v->b - 1], ",")) {
			int32_t to = -1, by = -1;
			for (size_t k = v->b - 2; k > 1 && k + 10 > v->b; k--)
				if (tok_is(&s.t[k], "TO") && tok_is(&s.t[k - 1], ",")) {
					to = dyad_syntax__compound_at(&s, k + 1);
					if (to < 0 && tok_is(&s.t[k + 1], "THE"))
						to = dyad_syntax__compound_at(&s, k + 2);
					by = s.comp_at[k - 2];
					break;
				}
			if (to >= 0 && by >= 0 && to != by && s.c[by].e + 2 <= v->b && (src == to || src == by) &&
			    !s.g[s.c[to].first].pronoun && !s.g[s.c[by].first].pronoun) {
				src = by;
				tgt = to;
			}
		}
		/* "Jaishankar called on President Dissanayake in Colombo": a call on
		 * someone that asks nothing of them (no "to", "for" or "that" after
		 * them, a relative clause aside) is a courtesy call, a meeting */
		if (!compat && tgt >= 0 && code_is(cw, "020") && courtesy_call(&s, v, s.c[tgt].e))
			code = code_set(&cw, "040");
		/* "Houthi rebels detained 20 UN staff. Guterres demanded their
		 * release": a demand or appeal for a release is made to whoever
		 * holds them, the story's last detainer or abductor, when the
		 * sentence names only the held (or no one, or the speaker's own) */
		if (!compat && src_code && (code_is(cw, "1053") || code_is(cw, "0253"))) {
			const char *held = tgt >= 0 && s.c[tgt].n == 1 ? s.g[s.c[tgt].first].code : NULL;
			const dyad_event *e = last_holding(c, 1, 0);
			if (e && !dyad_clause__self_event(src_code, e->source) &&
			    (tgt < 0 || (held && (same_str(held, e->target) || dyad_clause__self_event(src_code, held) ||
			                          (len_upto(held, 7) >= 6 && unarmed_people(held + 3)))) ||
			     s.g[s.c[tgt].first].pronoun || s.g[s.c[tgt].first].inferred))
				tgt = implied_actor(&s, e->source, v->b, v->e);
		}
		/* "struck positions held by mutinous soldiers", "shelled villages
		 * controlled by the rebels": force on what a party holds is on it */
		if (!compat && ((code[0] == '1' && code[1] >= '8') || code[0] == '2') &&
		    (tgt < 0 || (s.c[tgt].n == 1 && s.g[s.c[tgt].first].code && len_upto(s.g[s.c[tgt].first].code, 4) == 3)))
			for (size_t k = v->e; k + 2 < s.n && k < v->e + 6 && s.t[k].kind == TK_WORD; k++)
				if ((tok_is(&s.t[k], "HELD") || tok_is(&s.t[k], "CONTROLLED") || tok_is(&s.t[k], "OCCUPIED")) &&
				    tok_is(&s.t[k + 1], "BY")) {
					int32_t holder = dyad_syntax__compound_at(&s, k + 2 + (tok_is(&s.t[k + 2], "THE") ? 1 : 0));
					if (holder >= 0 && holder != src && !s.g[s.c[holder].first].pronoun)
						tgt = holder;
					break;
				}
		/* "Israeli troops killed five Palestinians": a counted people named
		 * by their demonym, on whom force falls, are civilians */
		if (!compat && tgt >= 0 && ((code[0] == '1' && code[1] >= '8') || code[0] == '2') && s.c[tgt].n == 1) {
			const group *tg = &s.g[s.c[tgt].first];
			size_t b = tg->b;
			if (tg->e == b + 1 && b > 0 && tg->code && len_upto(tg->code, 4) == 3 && !tg->inferred &&
			    s.t[b].nlemma != s.t[b].norm && dyad_words__ends_with(&s.t[b], "S") &&
			    short_ncmp(tg->code, "IGO", 3) && short_ncmp(tg->code, "NGO", 3) &&
			    (s.t[b - 1].kind == TK_NUM || dyad_words__in(&s.t[b - 1], dyad_words__numerals) ||
			     (b > 1 && tok_is(&s.t[b - 1], "OF") &&
			      (tok_is(&s.t[b - 2], "DOZENS") || tok_is(&s.t[b - 2], "HUNDREDS") || tok_is(&s.t[b - 2], "THOUSANDS"))))) {
				char *cvl = country_code(c, tg->code, "CVL");
				if (!cvl)
					return DYAD_ENOMEM;
				tgt = implied_actor(&s, cvl, tg->b, tg->e);
			}
		}
		/* "Algeria deported 300 migrants to Niger": people deported or
		 * expelled whom nothing names but the deporter's country are of the
		 * country they are sent to */
		if (!compat && tgt >= 0 && src_code && (code_is(cw, "174") || code_starts(cw, "201", 3)) &&
		    s.c[tgt].n == 1 && s.g[s.c[tgt].first].inferred && s.g[s.c[tgt].first].code &&
		    !short_ncmp(s.g[s.c[tgt].first].code, src_code, 3))
			for (size_t k = s.c[tgt].e; k + 1 < s.n && k < s.c[tgt].e + 3 && s.t[k].kind == TK_WORD; k++)
				if (tok_is(&s.t[k], "TO")) {
					int32_t dest = dyad_syntax__compound_at(&s, k + 1);
					const char *dc = dest >= 0 && s.c[dest].n == 1 ? s.g[s.c[dest].first].code : NULL;
					if (dc && len_upto(dc, 4) >= 3 && short_ncmp(dc, src_code, 3) && short_ncmp(dc, "IGO", 3) &&
					    short_ncmp(dc, "NGO", 3) && short_ncmp(dc, "---", 3) &&
					    (tgt = of_country(c, &s, tgt, dc)) < 0)
						return DYAD_ENOMEM;
					break;
				}
		/* "Japan protested the incursion", "the Philippines protested China's
		 * actions": a state or organisation that protests another party
		 * complains officially (114); crowds demonstrate (141), and so do
		 * people who stop work or march "to protest" ("Palestinians ...
		 * shunned work to protest") */
		if (!compat && tgt >= 0 && src_code && code_starts(cw, "141", 3) && s.c[tgt].n == 1 &&
		    dyad_words__lemma_is(&s.t[v->b], "PROTEST") && !(v->b > 0 && tok_is(&s.t[v->b - 1], "TO")) &&
		    official_voice(src_code) &&
		    s.g[s.c[tgt].first].code && !dyad_clause__self_event(src_code, s.g[s.c[tgt].first].code))
			code = code_set(&cw, "114");
		/* "Putin and Trump talked (spoke) about Ukraine": two parties talking
		 * is their talks (consultation), not a comment each */
		if (!compat && src >= 0 && s.c[src].n > 1 && code_is(cw, "010") &&
		    (dyad_words__lemma_is(&s.t[v->b], "TALK") || dyad_words__lemma_is(&s.t[v->b], "SPEAK")))
			code = code_set(&cw, dyad_words__lemma_is(&s.t[v->b], "TALK") ? "046" : "040");
		/* "Putin and Trump discussed Ukraine", "Putin discussed Ukraine with
		 * Trump": what is discussed is the topic; the partner is named after
		 * "with", else the members talk with each other */
		if (!compat && tgt >= 0 && code[0] == '0' && code[1] == '4' && dyad_words__lemma_is(&s.t[v->b], "DISCUSS") &&
		    (s.c[tgt].b == v->e || (s.c[tgt].b == v->e + 1 && tok_is(&s.t[v->e], "THE")))) {
			int32_t partner = -1;
			for (size_t k = s.c[tgt].e; k + 1 < s.n && k < s.c[tgt].e + 8 && s.t[k].kind != TK_PUNCT; k++)
				if (tok_is(&s.t[k], "WITH")) {
					partner = s.comp_at[k + 1] >= 0 ? s.comp_at[k + 1]
					                                 : (k + 2 < s.n && tok_is(&s.t[k + 1], "THE") ? s.comp_at[k + 2] : -1);
					break;
				}
			if (partner >= 0 || s.c[src].n > 1)
				tgt = partner;
		}
		uint8_t fl = (uint8_t)ev.flags;
		/* "Wang Yi also called on Prime Minister Narendra Modi.": "called on"
		 * an office holder with nothing after is a courtesy call (040), not
		 * an appeal with its content missing */
		if (!compat && code_is(cw, "020") && tgt >= 0 && s.c[tgt].n == 1 && v->e < s.n &&
		    tok_is(&s.t[v->e], "ON") && dyad_words__lemma_is(&s.t[v->b], "CALL") &&
		    (s.c[tgt].e >= s.n || (s.t[s.c[tgt].e].kind == TK_PUNCT && s.t[s.c[tgt].e].norm[0] == '.'))) {
			const char *tc = s.g[s.c[tgt].first].code;
			if (tc && len_upto(tc, 7) == 6 && (same_str(tc + 3, "GOV") || same_str(tc + 3, "ELI")) &&
			    !s.g[s.c[tgt].first].inferred)
				code = code_set(&cw, "040");
		}
		/* "Gondor and Osgiliath postponed their meeting": members act on each
		 * other; outside TABARI mode only for meetings and cooperation (03-06) */
		/* "Nigeria and Ghana agreed to share intelligence on militant groups": a
		 * guessed bare agent does not stop two named parties acting together */
		/* (but force on people is on them: "The Malian army and Russian
		 * mercenaries killed dozens of civilians") */
		/* ("Ukraine and Russia exchanged 390 prisoners": each side's) */
		/* (and "Israel and Hamas exchanged hostages and prisoners": a list of
		 * bare agents swapped is the goods too) */
		if (!compat && tgt >= 0 && s.c[src].n > 1 &&
		    ((reciprocal(code) && code[0] == '0') || dyad_words__in_lemma(&s.t[v->b], exchange_verbs)) &&
		    (s.c[tgt].n == 1 || dyad_words__in_lemma(&s.t[v->b], exchange_verbs))) {
			int all_inferred = 1;
			for (uint32_t m = 0; m < s.c[tgt].n; m++)
				all_inferred &= s.g[s.c[tgt].first + m].inferred != 0;
			if (all_inferred)
				tgt = -1;
		}
		/* ... nor one of themselves named again: "Iran and the United States
		 * will hold talks on Tehran's nuclear programme" */
		if (!compat && tgt >= 0 && s.c[src].n > 1 && s.c[tgt].n == 1 && reciprocal(code) && code[0] == '0' &&
		    !s.g[s.c[tgt].first].inferred && s.g[s.c[tgt].first].code && len_upto(s.g[s.c[tgt].first].code, 4) >= 3)
			for (uint32_t m = 0; m < s.c[src].n; m++) {
				const char *mc = s.g[s.c[src].first + m].code;
				if (mc && len_upto(mc, 4) >= 3 && !short_ncmp(mc, s.g[s.c[tgt].first].code, 3)) {
					tgt = -1;
					break;
				}
			}
		/* ... nor what they talked about: "The two leaders also discussed North
		 * Korea's growing military ties with Russia" (a party named past the
		 * verb's own object, after "with", "on", "over" or "about") */
		if (!compat && tgt >= 0 && s.c[src].n > 1 && reciprocal(code) && code[0] == '0' && code[1] == '4' &&
		    s.c[tgt].b > v->e + 1 && s.c[tgt].b > 0 &&
		    (tok_is(&s.t[s.c[tgt].b - 1], "WITH") || tok_is(&s.t[s.c[tgt].b - 1], "ON") ||
		     tok_is(&s.t[s.c[tgt].b - 1], "OVER") || tok_is(&s.t[s.c[tgt].b - 1], "ABOUT")) &&
		    /* (not "held talks with Poland": the meeting's own partner) */
		    !(s.c[tgt].b > 1 && s.t[s.c[tgt].b - 2].kind == TK_WORD &&
		      dyad_words__in_lemma_n(&s.t[s.c[tgt].b - 2], meeting_lemmas)))
			tgt = -1;
		/* ... nor does the place where they did it: "Indian and Chinese troops
		 * clashed in Ladakh" */
		/* (or "at the White House") */
		if (!compat && tgt >= 0 && s.c[src].n > 1 && s.c[tgt].b > 0 &&
		    (reciprocal(code) || dyad_words__lemma_is(&s.t[v->b], "CLASH"))) {
			size_t p = s.c[tgt].b - 1;
			if (p > 0 && tok_is(&s.t[p], "THE"))
				p--;
			if (tok_is(&s.t[p], "IN") || tok_is(&s.t[p], "AT") || tok_is(&s.t[p], "NEAR"))
				tgt = -1;
		}
		/* ("was greeted by the president and a crowd": the greeters do not
		 * act on each other when the one greeted is not known) */
		/* (an agreement signed by two parties is theirs: "The agreement was
		 * signed by the foreign ministers of Armenia and Azerbaijan") */
		int greeted = by_agent && (code_is(cw, "042") || code_is(cw, "043") || !reciprocal(code));
		/* (force only when the verb says they fought each other: "Haitian
		 * police and Kenyan officers launched an offensive against gangs"
		 * is a joint operation) */
		/* ("Russia and Ukraine accused each other": any deed, both ways) */
		int mutual = !compat && tgt < 0 && s.c[src].n > 1 && s.c[src].n <= 3 && each_other(&s, v);
		int joint_force = !compat && code[0] == '1' && code[1] == '9' && !dyad_words__in_lemma(&s.t[v->b], mutual_fights);
		if (tgt < 0 && s.c[src].n > 1 && !(greeted && !compat) && !closed_relative && (!joint_force || mutual) &&
		    (compat || mutual || (s.c[src].n <= 3 && (reciprocal(code) || dyad_words__in_lemma(&s.t[v->b], exchange_verbs) ||
		                                    dyad_words__lemma_is(&s.t[v->b], "CLASH"))))) {
			/* "Gondor and Osgiliath postponed their meeting": members act on each other */
			if (!compat && s.c[src].n == 2)
				code = code_set(&cw, third_location(&s, v, code, s.g[s.c[src].first].code, s.g[s.c[src].first + 1].code));
			rc = emit_among(c, &s, &so, src, code, v, hit, fl);
			if (!rc && tabari && ev.paired)
				rc = emit_among(c, &s, &so, src, d->strings + ev.paired, v, hit, fl);
		} else {
			rc = emit(c, &s, &so, s.t, src, tgt, code, v, hit, fl);
			if (!rc && ev.paired && tgt >= 0)
				rc = emit(c, &s, &so, s.t, tgt, src, d->strings + ev.paired, v, hit, fl);
			/* "Modi signed an agreement with Putin": signing, talks and joint
			 * work "with" a partner are the partner's too, as CAMEO coders
			 * record both sides */
			else if (!rc && !compat && tgt >= 0 && s.c[tgt].b > 0 &&
			         (conj_partner || tok_is(&s.t[s.c[tgt].b - 1], "WITH") ||
			          (s.c[tgt].b > 1 && tok_is(&s.t[s.c[tgt].b - 1], "THE") && tok_is(&s.t[s.c[tgt].b - 2], "WITH"))) &&
			         (code_is(cw, "057") || code_is(cw, "046") || code_is(cw, "062") ||
			          code_is(cw, "061")) &&
			         s.c[src].n == 1 && s.c[tgt].n == 1 && !s.g[s.c[tgt].first].inferred)
				rc = emit(c, &s, &so, s.t, tgt, src, code, v, hit, fl);
			/* a visit is also a hosting: "Yoon visited Japan" is KOR 042 JPN and
			 * JPN 043 KOR, as CAMEO coders record both sides */
			else if (!rc && !compat && tgt >= 0 && (code_is(cw, "042") || code_is(cw, "043")))
				rc = emit(c, &s, &so, s.t, tgt, src, code[2] == '2' ? "043" : "042", v, hit, fl);
			/* "Protesters clashed with police": the police's force on their
			 * own country's people too (175), as the hand coders read it */
			else if (!rc && !compat && tgt >= 0 && code_is(cw, "145") && dyad_words__lemma_is(&s.t[v->b], "CLASH") &&
			         s.c[tgt].n == 1 && s.c[src].n == 1 && s.g[s.c[tgt].first].code && s.g[s.c[src].first].code &&
			         len_upto(s.g[s.c[tgt].first].code, 7) == 6 && same_str(s.g[s.c[tgt].first].code + 3, "COP") &&
			         !short_ncmp(s.g[s.c[tgt].first].code, s.g[s.c[src].first].code, 3))
				rc = emit(c, &s, &so, s.t, tgt, src, "175", v, hit, fl);
			/* a meeting, talks or negotiation with one party is both parties'
			 * ("Zarif had a meeting with the Speaker": IRNGOV 040 PAKLEG and
			 * PAKLEG 040 IRNGOV), as the hand coders record it; so is a phone
			 * call, which CAMEO codes "with actors reversed" too */
			else if (!rc && !compat && tgt >= 0 && one_party(&s, tgt) && one_party(&s, src) &&
			         (code_is(cw, "040") || code_is(cw, "041") || code_is(cw, "044") ||
			          code_is(cw, "046") ||
			          (code_is(cw, "036") && dyad_words__in_lemma(&s.t[v->b], meeting_verbs)))) {
				rc = emit(c, &s, &so, s.t, tgt, src, code, v, hit, fl);
				/* "held talks with visiting Vietnamese leader To Lam": the
				 * visitor's visit to the host's country, and its hosting */
				const char *hc = s.g[s.c[src].first].code;
				if (!rc && code[2] != '4' && hc && len_upto(hc, 4) >= 3 && s.c[tgt].b > 0 &&
				    tok_is(&s.t[s.c[tgt].b - 1], "VISITING")) {
					char *host = dyad_arena_strndup(&c->arena, hc, 3);
					int32_t country = host ? default_actor(&s, host, v) : -1;
					if (!host)
						return DYAD_ENOMEM;
					if (country >= 0) {
						rc = emit(c, &s, &so, s.t, tgt, country, "042", v, hit, fl);
						if (!rc)
							rc = emit(c, &s, &so, s.t, country, tgt, "043", v, hit, fl);
					}
				}
			}
		}
		so.open_recipient = 0;
		if (rc)
			return rc;
		/* ... and ones in the verb's own clause when its events have a
		 * recipient ("agreed to resume peace talks", "said it would send
		 * police officers to Haiti"; not "said they would boycott all contact
		 * with X", whose recipient only the later verb finds) */
		if (!compat && hit && pm.hi > consumed && recipient_since(c, before) && same_clause(&s, v->e, pm.hi))
			consumed = pm.hi;
		/* a subordinate code ("SAID [023?]") leaves the clause open; so does a
		 * verb that produced no event */
		if (c->n_ev > before)
			v->emitted = 1;
		if ((compat || c->n_ev > before) && !(ev.flags & EV_SUBORDINATE)) {
			any_coded = 1;
			last_coded_end = v->e;
		}
	}
	if (!compat) {
		rc = nominal_visits(c, &s, &so, verbs, nv);
		if (!rc)
			rc = nominal_meetings(c, &s, &so, verbs, nv);
		if (!rc)
			rc = drawn_reactions(c, &s, &so, verbs, nv);
		if (!rc)
			rc = hyphen_mediators(c, &s, &so);
		if (!rc)
			rc = talks_around(c, &s, &so, verbs, nv, first_event);
		if (!rc)
			rc = fronted_demand(c, &s, &so, verbs, nv);
		if (!rc)
			rc = nominal_protests(c, &s, &so, verbs, nv, first_event);
		if (rc)
			return rc;
	}
	/* subordinate codes ("SAID [023?]") yield to any other event; dominant
	 * codes ("[111!]") push out everything else */
	{
		int any_dom = 0, any_main = 0;
		for (size_t k = first_event; k < c->n_ev; k++) {
			any_dom |= (c->evf[k] & EV_DOMINANT) != 0;
			any_main |= !(c->evf[k] & EV_SUBORDINATE);
		}
		size_t w = first_event;
		for (size_t k = first_event; k < c->n_ev; k++) {
			if (any_dom && !(c->evf[k] & EV_DOMINANT))
				continue;
			if (any_main && !s.petr && (c->evf[k] & EV_SUBORDINATE))
				continue;
			/* (an event kept in place is not copied onto itself) */
			if (w != k) {
				c->evf[w] = c->evf[k];
				c->ev[w] = c->ev[k];
			}
			w++;
		}
		c->n_ev = w;
	}
	/* a bare statement (01x) yields to any other event of the sentence; a
	 * denial (016) answering someone is no bare statement: "Moscow denied
	 * any involvement and accused Warsaw of Russophobia" codes both */
	if (!compat && c->n_ev - first_event > 1) {
		int other = 0;
		for (size_t k = first_event; k < c->n_ev; k++)
			if (!bare_statement(&c->ev[k]))
				other = 1;
		if (other) {
			size_t w = first_event;
			for (size_t k = first_event; k < c->n_ev; k++)
				if (!bare_statement(&c->ev[k])) {
					if (w != k) {
						c->evf[w] = c->evf[k];
						c->ev[w] = c->ev[k];
					}
					w++;
				}
			c->n_ev = w;
		}
	}
	/* an event yields to a fuller one of its source and root: one with no
	 * recipient to one with ("said they would boycott all contact with the
	 * United States": one threat, to the United States), a country to a
	 * party of that country ("attacked a camp in North Darfur, killing dozens
	 * of civilians": the civilians, SDNCVL, not SDN) */
	if (!compat && c->n_ev - first_event > 1) {
		size_t w = first_event;
		for (size_t k = first_event; k < c->n_ev; k++) {
			int covered = 0;
			for (size_t q = first_event; q < c->n_ev && !covered; q++)
				covered = q != k && fuller_event(&c->ev[q], &c->ev[k]);
			if (covered)
				continue;
			if (w != k) {
				c->evf[w] = c->evf[k];
				c->ev[w] = c->ev[k];
			}
			w++;
		}
		c->n_ev = w;
	}
	for (size_t k = first_event; k < c->n_ev; k++)
		if (!same_str(c->ev[k].target, "---")) {
			c->last_pair[0] = c->ev[k].source;
			c->last_pair[1] = c->ev[k].target;
			c->last_pair_meeting = c->ev[k].code[0] == '0' && c->ev[k].code[1] == '4';
			break;
		}
	for (size_t k = first_event; k < c->n_ev; k++)
		for (int side = 0; side < 2; side++) {
			const char *a = side ? c->ev[k].target : c->ev[k].source;
			if (a && len_upto(a, 7) >= 6 && (nonstate_group(a + 3) || !short_ncmp(a, "NGO", 3) || !short_ncmp(a, "IGO", 3)))
				c->last_group = a;
		}
	if (c->n_ev > first_event) {
		c->last_targets[0] = c->last_targets[1] = NULL;
		for (size_t k = first_event + 1; k < c->n_ev && !c->last_targets[0]; k++)
			if (same_str(c->ev[k].source, c->ev[first_event].source) &&
			    !same_str(c->ev[k].target, c->ev[first_event].target) && !same_str(c->ev[k].target, "---") &&
			    !same_str(c->ev[first_event].target, "---")) {
				c->last_targets[0] = c->ev[first_event].target;
				c->last_targets[1] = c->ev[k].target;
			}
	}
	for (size_t k = first_event; k < c->n_ev; k++) {
		const char *code = c->ev[k].code;
		if (code[0] == '1' && (code[1] == '1' || code[1] == '2')) {
			if (!same_str(c->ev[k].target, "---"))
				c->last_criticized = c->ev[k].target;
		} else if (!(code[0] == '0' && (code[1] == '1' || code[1] == '2')) &&
		           !(code[0] == '1' && code[1] == '0')) {
			c->last_doer = c->ev[k].source;
		}
		int root = (code[0] - '0') * 10 + (code[1] - '0');
		if (root >= 1 && root <= 20) {
			c->last_by_root[root] = c->ev[k].source;
			c->last_root_ev[root] = (uint32_t)k;
		}
	}
	if (!compat)
		remember_names(c, &s);
	/* the story's country: the dateline place or the first country named
	 * (outside TABARI mode not inside quotation marks: "chanting 'U.S. forces
	 * out!'") */
	/* (a hub's dateline gives way to the country the lede's first actor is
	 * of: "DUBAI (Reuters) - Iranian authorities arrested dozens") */
	/* (only when the lede named its subject's country before its verb: in
	 * "AMMAN - The Foreign Ministry condemned Israel" the story stays
	 * Jordan's) */
	int hub = !compat && c->dateline_country && s.ctx_country == lede_country;
	c->dateline_country = 0;
	for (size_t k = 0; k < s.ng && (!c->doc_country[0] || hub); k++) {
		const group *g = &s.g[k];
		if (hub && (s.t[g->b].flags & TF_DATELINE))
			continue;
		if (!g->code || g->agent_only || g->inferred || len_upto(g->code, 4) < 3 || g->code[0] < 'A' ||
		    g->code[0] > 'Z' || !short_ncmp(g->code, "IGO", 3) || !short_ncmp(g->code, "NGO", 3) ||
		    (!compat && s.quotes && dyad_words__quoted(s.t, g->b)))
			continue;
		/* not a neighbour named to place the scene: "a tribal area bordering
		 * Afghanistan", "near the border with Syria" */
		const dtoken *p = g->b > 0 ? &s.t[g->b - 1] : NULL;
		if (!compat && p && p->kind == TK_WORD &&
		    (tok_is(p, "BORDERING") || (tok_is(p, "WITH") && g->b > 1 && dyad_words__lemma_is(&s.t[g->b - 2], "BORDER"))))
			continue;
		memcpy(c->doc_country, g->code, 3);
		c->doc_country[3] = 0;
		hub = 0;
	}
	/* (was the story's country named in the text, not only by the dateline?) */
	for (size_t k = 0; k < s.ng && !c->doc_named && c->doc_country[0]; k++) {
		const group *g = &s.g[k];
		if (g->code && !g->agent_only && !g->inferred && !(s.t[g->b].flags & TF_DATELINE) &&
		    !strncmp(g->code, c->doc_country, 3))
			c->doc_named = 1;
	}
	if (tabari) {
		/* set above */
	} else if (first_source >= 0) {
		const group *g = &s.g[s.c[first_source].first];
		c->last_subject = g->code;
		c->last_subject_entry = g->entry;
	} else if (s.ng && !s.g[0].pronoun && s.g[0].code && !s.g[0].agent_only) {
		c->last_subject = s.g[0].code;
		c->last_subject_entry = s.g[0].entry;
	}
	return 0;
}

int dyad_coder_code(dyad_coder *c, const dyad_doc *doc, dyad_result *out, dyad_error *err)
{
	memset(out, 0, sizeof *out);
	if (!c || !doc || (!doc->text && doc->text_len))
		return dyad_error_set(err, DYAD_EINVAL, NULL, 0, "invalid arguments");
	dyad_arena_reset(&c->arena);
	c->ev = NULL;
	c->n_ev = c->cap_ev = 0;
	c->warnings = 0;
	c->warning[0] = 0;
	c->last_subject = NULL;
	c->last_pair[0] = c->last_pair[1] = NULL;
	c->last_pair_meeting = 0;
	c->last_targets[0] = c->last_targets[1] = NULL;
	c->last_group = NULL;
	c->last_doer = c->last_criticized = NULL;
	memset(c->last_by_root, 0, sizeof c->last_by_root);
	c->n_names = 0;
	c->doc_country[0] = 0;
	c->doc_named = 0;
	c->dateline_country = 0;
	c->last_subject_entry = UINT32_MAX;
	c->story_discard = 0;
	if (doc->text_len > UINT32_MAX - 1)
		return dyad_error_set(err, DYAD_ELIMIT, NULL, 0, "document of %zu bytes exceeds the 4 GiB limit",
		                      doc->text_len);
	int32_t date = doc->date ? doc->date : c->opt.default_date;
	dtoken *t = NULL;
	uint64_t *ends = NULL;
	size_t nt = 0, bad = 0;
	int rc = dyad_token__run(&c->arena, c->tcache, doc->text, doc->text_len, MAX_DOC_TOKENS, &t, &nt,
	                         &ends, &bad);
	if (rc == DYAD_ELIMIT)
		return dyad_error_set(err, rc, NULL, 0, "document has more than %zu tokens", MAX_DOC_TOKENS);
	if (rc)
		return dyad_error_set(err, rc, NULL, 0, "out of memory tokenizing document");
	if (bad) {
		c->warnings++;
		snprintf(c->warning, sizeof c->warning,
		         "%zu invalid UTF-8 or NUL byte%s (treated as spaces)", bad, bad == 1 ? "" : "s");
	}
	dsentence *sn = NULL;
	size_t ns = 0, cut = 0;
	rc = dyad_sentence__split(&c->arena, doc->text, t, nt, ends, MAX_SENTENCE_TOKENS, &sn, &ns, &cut);
	if (rc)
		return dyad_error_set(err, rc, NULL, 0, "out of memory splitting sentences");
	if (cut) {
		if (!c->warnings)
			snprintf(c->warning, sizeof c->warning,
			         "%zu sentence%s longer than %d tokens split at clause boundaries", cut,
			         cut == 1 ? "" : "s", MAX_SENTENCE_TOKENS);
		c->warnings++;
	}
	/* the dateline place ("NAIROBI, Kenya, Mar 12 -") sets the story's country */
	for (size_t i = 0; i < nt && (t[i].flags & TF_DATELINE); i++) {
		uint32_t e;
		if (t[i].kind == TK_WORD &&
		    dyad_lex__longest(c->d, &c->d->actor_ix, dyad_dict__actor_phrase, t, i, nt, &e)) {
			const char *code = dyad_syntax__actor_code(c->d, e, date);
			if (code && len_upto(code, 4) >= 3 && short_ncmp(code, "IGO", 3) && short_ncmp(code, "NGO", 3) &&
			    !dyad_complex__special(code)) {
				memcpy(c->doc_country, code, 3);
				c->doc_country[3] = 0;
				c->dateline_country = dyad_words__in(&t[0], wire_hubs);
				break;
			}
		}
	}
	for (size_t i = 0; i < ns; i++) {
		rc = code_sentence(c, doc->text, t, &sn[i], (uint32_t)(i + 1), date);
		if (rc == DYAD_ELIMIT)
			return dyad_error_set(err, rc, NULL, 0, "more than %zu events in one document",
			                      c->opt.max_events);
		if (rc)
			return dyad_error_set(err, rc, NULL, 0, "out of memory coding document");
	}
	if (c->story_discard)
		c->n_ev = 0;
	out->events = c->ev;
	out->n_events = c->n_ev;
	out->n_sentences = ns;
	out->n_warnings = c->warnings;
	out->first_warning = c->warnings ? c->warning : NULL;
	return 0;
}
