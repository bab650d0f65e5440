/* lib/dict_internal.h — layout of the compiled dictionary.
 * Everything is stored in flat arrays addressed by 32-bit offsets (no pointers),
 * so a dictionary can be written to a binary image and read back as is; the
 * first-word hash indexes are rebuilt on load. */
#ifndef DYAD_LIB_DICT_INTERNAL_H
#define DYAD_LIB_DICT_INTERNAL_H

#include <dyad/dict.h>
#include <stdint.h>

#include "util/hash.h"
#include "lib/token.h"

/* flags of a phrase word */
enum {
	W_EXACT = 1 << 0,    /* "WORD_": whole word only, not a stem */
	W_SYNSET = 1 << 1,   /* &NAME: str is the synset index */
	W_VERB = 1 << 2,     /* "*" in a pattern */
	W_TARGET = 1 << 3,   /* "+" */
	W_SOURCE = 1 << 4,   /* "$" */
	W_COMPOUND = 1 << 5, /* "%" */
	W_SKIP = 1 << 6,     /* "^" */
	W_ADJ = 1 << 7,      /* joined to the previous word by "_": must be adjacent */
	W_BARE = 1 << 8      /* "WORD=": this spelling only, no lemma or ending */
};
/* words that end a consecutive match: actor slots, the verb, skips */
#define W_STOPS (W_VERB | W_TARGET | W_SOURCE | W_COMPOUND | W_SKIP)

typedef struct dword {
	uint32_t str;   /* offset in strings (or synset index with W_SYNSET) */
	uint16_t len;
	uint16_t flags;
	uint32_t hash;  /* low bits of dyad_hash_bytes(word), for the sentence filter */
} dword;

typedef struct dphrase {
	uint32_t first; /* index into words */
	uint16_t n;
	uint16_t flags; /* PH_STORY */
} dphrase;

/* PH_STORY: a discard phrase written "+PHRASE": the whole story is
 * discarded, not only its sentence (PETRARCH discard lists).
 * PH_FORMS: a PETRARCH entry "WORD {FORMS}" whose other forms are listed
 * (as entries of their own): no plural of its own ("POLICE {}") */
enum { PH_STORY = 1, PH_FORMS = 2 };

/* code of an actor valid within [from, to] (YYYYMMDD; 0 / INT32_MAX when open) */
typedef struct dcode {
	uint32_t str; /* offset of NUL-terminated code; 0 = no code ("---") */
	int32_t from, to;
} dcode;

typedef struct dactor {
	dphrase ph;
	uint32_t code_first; /* into codes */
	uint16_t n_codes;
	uint16_t is_agent;   /* agents: 1 suffix (~GOV), 2 prefix (GOV~) */
	uint32_t file;       /* offset of the file name */
	uint32_t line;
} dactor;

/* event code of a pattern or verb: code, and optional paired code (A:B) */
typedef struct dev {
	uint32_t code;   /* offset of code string; 0 = none; NULLCODE = [---] */
	uint32_t paired; /* second code of "A:B", 0 none */
	uint32_t flags;  /* EV_SUBORDINATE ("023?"), EV_DOMINANT ("111!") */
} dev;

enum { EV_SUBORDINATE = 1, EV_DOMINANT = 2 };

#define DCODE_NULL 0xffffffffu /* "[---]": matched but not coded */

typedef struct dpattern {
	dphrase ph;  /* includes the W_VERB word */
	uint16_t verb_at; /* index within ph of the "*" */
	uint16_t score;   /* number of literal words, for longest-first */
	dev ev;
	uint32_t file, line;
	uint32_t text; /* offset of the pattern source text, for --explain */
} dpattern;

typedef struct dverb {
	dphrase ph;          /* the verb (lemma form), possibly multi-word */
	dev ev;              /* default code of this verb (or its block's) */
	uint32_t block;      /* pattern block index */
	uint32_t file, line;
} dverb;

typedef struct dblock {
	uint32_t pat_first, n_pat; /* patterns sorted longest first */
} dblock;

typedef struct dsynset {
	uint32_t name;
	uint32_t first, n; /* into synset_members (phrases) */
} dsynset;

/* a TABARI <TIME> phrase: "YESTERDAY [-1]" moves the event date; a code that is
 * not a number ("[###]", "[+++]") means the sentence is not coded */
typedef struct dtime {
	dphrase ph;
	int32_t days;
	uint32_t suppress;
} dtime;

typedef struct dissue {
	dphrase ph;
	uint32_t name;    /* issue name */
	uint32_t exclude; /* 1 when "~phrase": a match suppresses nothing but itself */
} dissue;

/* TABARI .options settings that change coding (manual chapter 8) */
enum { CODE_BY_CLAUSE = 0, CODE_BY_SENTENCE = 1, CODE_ALL = 2 };
typedef struct dict_options {
	char def_source[16], def_target[16]; /* DEFAULT: SOURCE [X] TARGET [Y] */
	uint8_t def_prior, def_after;        /* ... PRIOR / AFTER */
	uint8_t code_by;                     /* SET: CODE BY SENTENCE / CLAUSE, CODE ALL */
	uint8_t convert_agents;              /* SET: CONVERT AGENT(S) = TRUE */
	uint16_t min_words;                  /* SET: MINIMUM WORDS = N */
	uint8_t time_shift_off;              /* SET: TIME SHIFT = FALSE */
	uint8_t comma_mode;                  /* COMMA: 0 TABARI's defaults, 1 as set, 2 OFF */
	/* COMMA: MIN MAX BMIN BMAX EMIN EMAX, words in a deleted clause */
	uint16_t comma[6];
	/* COMPLEX: VERBS[n] CONJ[n] (0 = inactive), NOACTPRIOR */
	uint16_t complex_verbs, complex_conj;
	uint8_t complex_noactprior;
	/* verbs came in PETRARCH-1 "--- NAME ---" blocks: their patterns are
	 * ordered by words, not by TABARI's count of letters */
	uint8_t petrarch_verbs;
	uint8_t pad3[2];
} dict_options;

/* COMMA: limits when the options say nothing (manual 8.6): MIN MAX BMIN BMAX EMIN EMAX */
extern const uint16_t dyad_dict__comma_defaults[6];
/* SET: MINIMUM WORDS when the options say nothing (manual 4.3, 8.2.3) */
#define DYAD_TABARI_MIN_WORDS 8

/* one posting of the first-word index: an entry whose phrase begins with the
 * key, with what a lookup needs to accept or reject it without touching the
 * phrase */
typedef struct dpost {
	uint32_t entry;
	uint32_t chars;  /* letters the phrase spells out (+1 per exact word): tie-break */
	uint32_t h2;     /* hash of the second word when len2 != 0 */
	uint32_t first;  /* the phrase's first word in words[] */
	uint16_t n;      /* words in the phrase */
	uint16_t len2;   /* length of a plain literal second word; 0 = no quick test */
	uint16_t exact2; /* the second word is W_EXACT */
	uint8_t synset;  /* a synset word: the match may be longer than n tokens */
	/* the first word must be tested on the token even though the token has
	 * its key: "WORD=" (W_BARE: not through a lemma or stem key), or a word
	 * of W_STOPS (no match) */
	uint8_t test1;
} dpost;

/* first-word index: key -> posting list. A key has two lists: every entry
 * (the key is the whole first word of the token) and the non-exact ones
 * (the key is only a proper prefix of it: a stem). Lists are sorted longest
 * phrase first, then by entry. */
enum { POST_ANY_NEXT = 0x40, POST_ONE = 0x80, POST_LONG = 24, POST_CHUNK_WORDS = 66 };
/* the first slot of hash h in a second-word set of 2^bits slots (dindex.second_tab) */
#define DYAD_SECOND_SLOT(h, bits) ((uint32_t)((h) * 0x9E3779B1u) >> (32 - (bits)))
typedef struct dindex {
	uint32_t *post_first, *post_n; /* all entries of list k */
	uint32_t *stem_first, *stem_n; /* entries whose first word is a stem */
	dpost *posts;
	/* per posting, what a lookup tests first: POST_ONE (a one-word phrase),
	 * POST_ANY_NEXT (longer, with no quick test of its second word), else
	 * the low 6 bits of the second word's hash, whose bit a next token's
	 * signature (dtoken_memo.sig) must have */
	uint8_t *pre;
	/* long lists (POST_LONG postings or more) also by chunks of 64 postings:
	 * POST_CHUNK_WORDS masks a chunk, the one-word phrases, the POST_ANY_NEXT
	 * ones, then those of each of the 64 values of pre; post_mask[k] and
	 * stem_mask[k] give list k's first chunk (UINT32_MAX: a short list) */
	uint64_t *masks;
	uint32_t *post_mask, *stem_mask;
	/* per long list, by its first chunk: bit L, a posting's second word is
	 * a stem of L letters (a plain literal, not exact). A next token can be
	 * such a list's second word only by its whole forms or its prefixes of
	 * these lengths: a lookup reads the masks of just those hashes' bits */
	uint32_t *mask_lens2;
	/* per long list, by its first chunk: the second-word hashes of its
	 * postings that have a quick test (pre below POST_ANY_NEXT), a set
	 * (open addressing, 0 = empty) at second_tab[second_at[c] >> 5] of
	 * 2^(second_at[c] & 31) slots (0 bits: none, read the masks). A next
	 * token none of whose forms and stem prefixes is there can be no such
	 * posting's second word (see second_possible): most lookups of a word
	 * with many phrases ("the", "a") fail so, without reading the masks */
	uint32_t *second_tab, *second_at;
	uint64_t stem_lens;  /* bit L set if a stem key of length L exists (L < 64) */
	uint32_t n_lists;
	uint32_t which;      /* position in dyad_dict.lex (LEX_ACTOR...) */
} dindex;

/* the indexes share one map of keys so that a token is looked up once:
 * lex maps a key to a lexkey, whose list[] gives each index's list (or
 * UINT32_MAX) */
enum { LEX_ACTOR, LEX_AGENT, LEX_VERB, LEX_DISCARD, LEX_ISSUE, LEX_SYNSET, LEX_N };
typedef struct lexkey {
	uint32_t list[LEX_N];
	uint8_t stem;        /* bit i: index i has non-exact entries under this key */
	uint8_t pad[3];
} lexkey;

#define PAT_NEED_NONE 0xFFFF

/* What the coder reads of a pattern while trying it: its words
 * (words[first ..+ n], the verb at verb_at; as dpattern.ph), and its
 * questions to the sentence filter past its first two literal words (see
 * anchor_need): pat_rest[rest ..+ n_lit], the filter bits of its other
 * literal words (DYAD_BLOOM_POS1 | DYAD_BLOOM_POS2 << 16), then
 * pat_rest[rest + n_lit ..+ n_syn], its synsets. Sixteen bytes, so trying
 * a candidate reads one line before its words. */
typedef struct dpat_test {
	uint32_t first;
	uint16_t n, verb_at;
	uint32_t rest;
	uint16_t n_lit, n_syn;
} dpat_test;
#define SYN_NEED_ANY UINT32_MAX
#define ACTOR_DATED UINT32_MAX

/* anchors a block needs for a map of their filter bits (anchor_map_of) */
#define DYAD_ANCHOR_MAP_MIN 32

struct dyad_dict {
	char *strings;
	uint32_t n_strings, cap_strings;
	dword *words;
	uint32_t n_words, cap_words;
	dcode *codes;
	uint32_t n_codes, cap_codes;
	dactor *actors; /* actors and agents */
	uint32_t n_actors, cap_actors;
	dverb *verbs;
	uint32_t n_verbs, cap_verbs;
	dblock *blocks;
	uint32_t n_blocks, cap_blocks;
	dpattern *patterns;
	uint32_t n_patterns, cap_patterns;
	dphrase *synset_members;
	uint32_t n_members, cap_members;
	dsynset *synsets;
	uint32_t n_synsets, cap_synsets;
	dphrase *discards;
	uint32_t n_discards, cap_discards;
	dissue *issues;
	uint32_t n_issues, cap_issues;
	dtime *times;
	uint32_t n_times, cap_times;
	/* indexes, rebuilt after load */
	dindex actor_ix, agent_ix, verb_ix, discard_ix, issue_ix;
	dyad_strmap lex;     /* every key of the five indexes -> lexkeys[] */
	lexkey *lexkeys;
	uint64_t lex_stem_lens; /* union of the indexes' stem_lens */
	uint32_t lex_gen;       /* nonzero, unique among the indexes built by this process */
	/* bit (hash & lex_bits_mask) set for every key and every prefix of a stem
	 * key: a clear bit means no key, nor any longer stem key, starts so */
	uint64_t *lex_bits;
	uint32_t lex_bits_mask;
	/* actor_fixed[e]: the code string (offset, 0 none) that actor or agent e
	 * has whatever the date (all its codes open-ended), or ACTOR_DATED: so
	 * dyad_syntax__actor_code reads neither the entry nor its codes */
	uint32_t *actor_fixed;
	/* synset members by first word (entries index synset_members), the synset
	 * of each member, and the members that index cannot hold (first word a
	 * synset, or a stem of 64 bytes or more): dyad_lex__synsets */
	dindex synset_ix;
	uint32_t *member_synset;
	uint32_t *unindexed;
	uint32_t n_unindexed;
	/* before the pass that finds every synset of a sentence: synset k can
	 * match there only if the sentence filter has the bits of one of its
	 * members' first words, syn_bits[syn_need[k].first ..+ syn_need[k].n]
	 * (DYAD_BLOOM_POS1 | DYAD_BLOOM_POS2 << 16, each word once); n is
	 * SYN_NEED_ANY when a member's first word is none the filter holds (a
	 * synset, a word longer than DYAD_PFX_MAX) */
	struct dsyn_need {
		uint32_t first, n;
	} *syn_need;
	uint32_t *syn_bits;
	/* pattern pre-filter. A pattern's anchor is its longest literal word of at
	 * most DYAD_PFX_MAX bytes: a sentence without it (by the sentence filter)
	 * cannot match the pattern. Block b has distinct anchors
	 * anchor_first[b] ..+ anchor_n[b]; anchor a has hash anchor_hash[a] and
	 * patterns anchor_pats[pats_first[a] ..+ pats_n[a]] (block positions,
	 * ascending). The block's patterns without an anchor are
	 * anchor_pats[free_first[b] ..+ free_n[b]]. */
	uint32_t *anchor_first, *anchor_n;
	uint32_t *anchor_hash, *pats_first, *pats_n;
	uint32_t *free_first, *free_n;
	uint32_t *anchor_pats;
	/* anchor_need[j]: pattern anchor_pats[j]'s first questions to the
	 * sentence filter, asked as it is listed: the filter bits
	 * (DYAD_BLOOM_POS1/2) of its first two literal words the filter can
	 * hold, its anchor left out (PAT_NEED_NONE fills the rest) */
	uint16_t (*anchor_need)[4];
	/* A block's anchors are in order of their first filter bit
	 * (DYAD_BLOOM_POS1). A block of at least DYAD_ANCHOR_MAP_MIN anchors has
	 * a map of those bits, anchor_maps[anchor_map_of[b] * 64 ..+ 64]
	 * (anchor_map_of[b] UINT32_MAX when none). The map's r-th set bit
	 * (counting from bit 0 of word 0) is the first filter bit of anchors
	 * anchor_at[r0 + r] .. anchor_at[r0 + r + 1], where r0 + (the set bits
	 * before word w) is anchor_rank[m * 64 + w]: the coder ANDs the map with
	 * the sentence filter and looks only at the anchors of the bits left,
	 * not at all of the block's. */
	uint32_t *anchor_map_of, *anchor_rank, *anchor_at;
	/* DYAD_BLOOM_POS2 of anchor a's hash: a map's bit is its POS1 */
	uint16_t *anchor_pos2;
	uint64_t *anchor_maps;
	/* pattern p ends in an open "+" (its last word a target slot right of
	 * the verb, not joined by "_"): open_end[p]; block b has one: block_open[b].
	 * Only those patterns can match on the coder's second try (open_target). */
	uint8_t *open_end, *block_open;
	/* what dyad_pattern__possible asks about pattern p, without reading
	 * the pattern: pat_test[p] */
	dpat_test *pat_test;
	uint32_t *pat_rest;
	/* the sentence filter's bits (DYAD_BLOOM_POS1/2) of every hash the coder
	 * asks the filter about (pattern words, <TIME> first words), by the
	 * word's length (filter_used[len - 1]; longer words are not asked about),
	 * and again for the stems, no W_EXACT or W_BARE (filter_used[DYAD_PFX_MAX
	 * + len - 1]): a word matches a whole form of a token of its own length,
	 * or a word's proper prefix of that length if it is a stem, so the other
	 * bits never change an answer, and a word's memo leaves them out */
	uint64_t filter_used[2 * DYAD_PFX_MAX][64];
	dyad_strmap synset_names; /* keys are owned copies in synset_keys */
	char **synset_keys;
	uint32_t n_synset_keys, cap_synset_keys;
	size_t skipped;
	int tabari_compat; /* set by an .options file: suite-style coding */
	dict_options opt;  /* TABARI .options settings the coder follows */
};

/* string pool */
uint32_t dyad_dict__str(dyad_dict *d, const char *s, size_t n);
static inline const char *dyad_dict__s(const dyad_dict *d, uint32_t off)
{
	return d->strings + off;
}
/* the phrase of entry i of each kind, for the index and longest-match code */
static inline const dphrase *dyad_dict__actor_phrase(const dyad_dict *d, uint32_t i)
{
	return &d->actors[i].ph;
}
static inline const dphrase *dyad_dict__verb_phrase(const dyad_dict *d, uint32_t i)
{
	return &d->verbs[i].ph;
}
static inline const dphrase *dyad_dict__discard_phrase(const dyad_dict *d, uint32_t i)
{
	return &d->discards[i];
}

int dyad_dict__build_indexes(dyad_dict *d);
void dyad_dict__free_indexes(dyad_dict *d);

#endif
