/* lib/lemma.c — verb and noun lemmas and parts of speech over the WordNet tables
 * in lemma_table.c. Irregular forms are looked up; regular ones are undone by
 * suffix rules whose candidates must be WordNet base forms (morphy's method).
 * Where several candidates exist the order of tries encodes English spelling:
 * HOPED -> HOPE before HOP (HOP would double: HOPPED), SINGING -> SING before
 * SINGE, MASSES -> MASS before MASSE. Every call is a few hash probes on a
 * stack copy of the word: no allocation, no shared mutable state. */
#include "lib/lemma.h"

#include <string.h>

#define SLOT_POS 0x0Fu

/* Upper-cased working copy of a word, with room for a suffix swap. */
typedef struct word {
	char s[DYAD_LEMMA_MAX + 4];
	size_t n;
	unsigned own;  /* flags of the word's own slot, 0 if it has none */
} word;

static int word_init(word *w, const char *s, size_t n)
{
	if (n == 0 || n > DYAD_LEMMA_MAX)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		w->s[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
	}
	w->n = n;
	w->own = 0;
	return 1;
}

static const dyad_lemma__slot *lookup(const char *s, size_t n)
{
	uint32_t i = dyad_lemma__hash(s, n) & dyad_lemma__slot_mask;
	for (;;) {
		const dyad_lemma__slot *slot = &dyad_lemma__slots[i];
		if (slot->len == 0)
			return NULL;
		if (slot->len == n && memcmp(dyad_lemma__str(slot->word), s, n) == 0)
			return slot;
		i = (i + 1) & dyad_lemma__slot_mask;
	}
}

static int ends(const word *w, const char *suffix)
{
	size_t k = strlen(suffix);
	return w->n > k && memcmp(w->s + w->n - k, suffix, k) == 0;
}

static int is_vowel(char c)
{
	return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

/* Candidate = the first keep bytes of w followed by add; its slot if it is a
 * base form accepted by ok(). */
typedef int (*accept_fn)(const dyad_lemma__slot *slot, const word *w);

static const dyad_lemma__slot *try_stem(const word *w, size_t keep, const char *add,
                                        accept_fn ok)
{
	char buf[DYAD_LEMMA_MAX + 4];
	size_t k = strlen(add);
	if (keep < 2 || keep + k > DYAD_LEMMA_MAX)
		return NULL;
	memcpy(buf, w->s, keep);
	memcpy(buf + keep, add, k);
	const dyad_lemma__slot *slot = lookup(buf, keep + k);
	return slot && ok(slot, w) ? slot : NULL;
}

/* STOPP -> STOP: the stem ends in a doubled consonant (not a vowel pair). */
static const dyad_lemma__slot *try_undouble(const word *w, size_t keep, accept_fn ok)
{
	if (keep < 3 || w->s[keep - 1] != w->s[keep - 2] || is_vowel(w->s[keep - 1]) ||
	    w->s[keep - 1] == '\'' || w->s[keep - 1] == '-')
		return NULL;
	return try_stem(w, keep - 1, "", ok);
}

/* The stem ends consonant-vowel-consonant (HOP, RAT, VISIT): had the verb
 * been HOP, -ING would have doubled it, so HOPING is HOPE + ING. */
static int ends_cvc(const word *w, size_t keep)
{
	if (keep < 2)
		return 0;
	char c = w->s[keep - 1], v = w->s[keep - 2];
	if (is_vowel(c) || c == 'W' || c == 'X' || c == 'Y' || !is_vowel(v))
		return 0;
	return keep == 2 || !is_vowel(w->s[keep - 3]);
}

/* -ES is an ending (not -E + S) only after S, Z and O here (BUSES, WALTZES,
 * GOES); X, CH, SH take the branch that tries it first. RETIREES is RETIREE+S. */
static int es_after_stem(const word *w)
{
	if (!ends(w, "ES") || w->n < 4)
		return 0;
	char c = w->s[w->n - 3];
	return c == 'S' || c == 'Z' || c == 'O';
}

/* ---- verbs ---- */

static int verb_ok(const dyad_lemma__slot *slot, const word *w)
{
	(void)w;
	return (slot->flags & DYAD_POS_VERB) != 0;
}

/* Return the candidate's slot as soon as one is accepted. */
#define TRY(call)                                                  \
	do {                                                       \
		const dyad_lemma__slot *found_ = (call);           \
		if (found_)                                        \
			return found_;                             \
	} while (0)

/* Base verb of a regular inflection, or NULL. */
static const dyad_lemma__slot *verb_rules(const word *w)
{
	size_t n = w->n;

	if (ends(w, "S") && !ends(w, "SS") && !ends(w, "'S")) {
		if (ends(w, "IES")) {
			TRY(try_stem(w, n - 1, "", verb_ok));          /* TIES -> TIE */
			TRY(try_stem(w, n - 3, "Y", verb_ok));         /* DENIES -> DENY */
		} else if (ends(w, "SSES") || ends(w, "CHES") || ends(w, "SHES") ||
		           ends(w, "XES") || ends(w, "ZZES")) {
			TRY(try_stem(w, n - 2, "", verb_ok));          /* MARCHES -> MARCH */
			TRY(try_stem(w, n - 1, "", verb_ok));          /* ACHES -> ACHE */
			TRY(try_undouble(w, n - 2, verb_ok));          /* QUIZZES -> QUIZ */
		} else {
			TRY(try_stem(w, n - 1, "", verb_ok));          /* ATTACKS, HOPES */
			if (es_after_stem(w)) {
				TRY(try_stem(w, n - 2, "", verb_ok));  /* GOES, FOCUSES */
				TRY(try_undouble(w, n - 2, verb_ok));  /* GASSES */
			}
		}
	} else if (ends(w, "ED") && n >= 4) {
		size_t k = n - 2;
		TRY(try_stem(w, k, "E", verb_ok));                     /* HOPED, AGREED */
		TRY(try_stem(w, k, "", verb_ok));                      /* ATTACKED */
		if (w->s[k - 1] == 'I')
			TRY(try_stem(w, k - 1, "Y", verb_ok));         /* DENIED */
		TRY(try_undouble(w, k, verb_ok));                      /* STOPPED */
	} else if (ends(w, "ING") && n >= 5) {
		size_t k = n - 3;
		if (ends_cvc(w, k)) {
			TRY(try_stem(w, k, "E", verb_ok));             /* HOPING, WAGING */
			TRY(try_stem(w, k, "", verb_ok));              /* VISITING */
		} else {
			TRY(try_stem(w, k, "", verb_ok));              /* SINGING, BEING */
			TRY(try_stem(w, k, "E", verb_ok));             /* CHANGING, ARGUING */
		}
		TRY(try_undouble(w, k, verb_ok));                      /* STOPPING */
	}
	return NULL;
}

/* ---- nouns ---- */

/* A plural reduces to a common noun; to a proper one (AMERICANS -> AMERICAN)
 * only if the plural is not itself a noun and the name is not a short
 * abbreviation, so OMEN does not become OMAN nor ITS become IT. A plural that
 * WordNet knows only as a name (BANKS, JUDGES: surnames) reduces only to a
 * common noun of three letters or more (not DOS -> DO, MUS -> MU). */
static int noun_ok(const dyad_lemma__slot *slot, const word *w)
{
	if (!(slot->flags & DYAD_POS_NOUN))
		return 0;
	if (w->own & DYAD_LEMMA_F_PROPER)
		return !(slot->flags & DYAD_LEMMA_F_PROPER) && slot->len >= 3;
	if (slot->flags & DYAD_LEMMA_F_PROPER)
		return slot->len >= 4 && !(w->own & DYAD_POS_NOUN);
	return 1;
}

static const dyad_lemma__slot *noun_rules(const word *w)
{
	size_t n = w->n;

	if (ends(w, "MEN") && n >= 5) {
		TRY(try_stem(w, n - 3, "MAN", noun_ok));               /* GUNMEN */
	} else if (ends(w, "S") && !ends(w, "SS") && !ends(w, "'S")) {
		if (ends(w, "IES")) {
			TRY(try_stem(w, n - 1, "", noun_ok));          /* PIES -> PIE */
			TRY(try_stem(w, n - 3, "Y", noun_ok));         /* COUNTRIES */
		} else if (ends(w, "SSES") || ends(w, "CHES") || ends(w, "SHES") ||
		           ends(w, "XES") || ends(w, "ZZES")) {
			TRY(try_stem(w, n - 2, "", noun_ok));          /* MASSES -> MASS */
			TRY(try_stem(w, n - 1, "", noun_ok));          /* NICHES -> NICHE */
			TRY(try_undouble(w, n - 2, noun_ok));          /* QUIZZES */
		} else {
			TRY(try_stem(w, n - 1, "", noun_ok));          /* MINISTERS, CAUSES */
			if (es_after_stem(w))
				TRY(try_stem(w, n - 2, "", noun_ok));  /* HEROES, BUSES */
		}
	}
	return NULL;
}

/* ---- adjectives (parts of speech only) ---- */

static int adj_ok(const dyad_lemma__slot *slot, const word *w)
{
	(void)w;
	return (slot->flags & DYAD_POS_ADJ) != 0;
}

static const dyad_lemma__slot *adj_rules(const word *w)
{
	size_t k = ends(w, "EST") ? w->n - 3 : ends(w, "ER") ? w->n - 2 : 0;
	if (k < 2)
		return NULL;
	TRY(try_stem(w, k, "", adj_ok));                               /* LOWER */
	TRY(try_stem(w, k, "E", adj_ok));                              /* LATER, LATEST */
	if (w->s[k - 1] == 'I')
		TRY(try_stem(w, k - 1, "Y", adj_ok));                  /* EARLIER */
	TRY(try_undouble(w, k, adj_ok));                               /* HOTTER */
	return NULL;
}

/* ---- public entry points ---- */

/* Pool offset + 1 of the verb lemma of w; 0 when w is a base form or no verb. */
static uint32_t verb_of(word *w)
{
	const dyad_lemma__slot *self = lookup(w->s, w->n);
	if (self && self->exc) {
		uint32_t v = dyad_lemma__exc[self->exc - 1].verb;
		if (v)
			return v == DYAD_LEMMA_SELF ? 0 : v;
	}
	if (self && (self->flags & DYAD_POS_VERB))
		return 0;
	const dyad_lemma__slot *b = verb_rules(w);
	return b ? b->word + 1 : 0;
}

static uint32_t noun_of(word *w)
{
	const dyad_lemma__slot *self = lookup(w->s, w->n);
	if (self && self->exc) {
		uint32_t v = dyad_lemma__exc[self->exc - 1].noun;
		if (v)
			return v == DYAD_LEMMA_SELF ? 0 : v;
	}
	/* a common plural that WordNet also lists (TROOPS, TALKS) still reduces
	 * to its singular; see noun_ok for names */
	w->own = self ? self->flags : 0;
	if (w->own & DYAD_LEMMA_F_KEEP)
		return 0;
	const dyad_lemma__slot *b = noun_rules(w);
	return b ? b->word + 1 : 0;
}

/* Index of the last '-' with letters on both sides in an unknown word, or 0:
 * WordNet has few hyphenated compounds, so RE-ELECTED is RE- + ELECTED. */
static size_t compound_split(const word *w)
{
	size_t h = w->n - 1;
	while (h > 0 && w->s[h] != '-')
		h--;
	if (h == 0 || h + 1 >= w->n || lookup(w->s, w->n))
		return 0;
	return h;
}

static size_t lemma_of(const char *s, size_t n, char *out, size_t cap,
                       uint32_t (*of)(word *))
{
	word w, tail;
	size_t pre = 0;
	if (cap)
		out[0] = 0;
	if (!word_init(&w, s, n))
		return 0;
	uint32_t off = of(&w);
	if (!off) {
		size_t h = compound_split(&w);
		if (!h)
			return 0;
		pre = h + 1;
		tail.n = w.n - pre;
		tail.own = 0;
		memcpy(tail.s, w.s + pre, tail.n);
		off = of(&tail);
		if (!off)
			return 0;
	}
	const char *lemma = dyad_lemma__str(off - 1);
	size_t len = strlen(lemma);
	if (pre + len >= cap) {
		if (cap)
			out[0] = 0;
		return pre + len;
	}
	memcpy(out, w.s, pre);
	memcpy(out + pre, lemma, len + 1);
	return pre + len;
}

size_t dyad_lemma__verb(const char *word_, size_t n, char *out, size_t cap)
{
	return lemma_of(word_, n, out, cap, verb_of);
}

size_t dyad_lemma__noun(const char *word_, size_t n, char *out, size_t cap)
{
	return lemma_of(word_, n, out, cap, noun_of);
}

static unsigned pos_of(word *w)
{
	const dyad_lemma__slot *self = lookup(w->s, w->n);
	unsigned pos = 0;
	w->own = self ? self->flags : 0;
	if (self) {
		pos = self->flags & SLOT_POS;
		if (self->flags & DYAD_LEMMA_F_ADJ_EXC)
			pos |= DYAD_POS_ADJ;
		if (self->flags & DYAD_LEMMA_F_ADV_EXC)
			pos |= DYAD_POS_ADV;
		/* listed irregular forms, including those kept as their own lemma */
		if (self->exc) {
			const dyad_lemma__exception *e = &dyad_lemma__exc[self->exc - 1];
			if (e->verb)
				pos |= DYAD_POS_VERB;
			if (e->noun)
				pos |= DYAD_POS_NOUN;
		}
	}
	if (!(pos & DYAD_POS_VERB) && verb_rules(w))
		pos |= DYAD_POS_VERB;
	if (!(pos & DYAD_POS_NOUN) && !(w->own & DYAD_LEMMA_F_KEEP) && noun_rules(w))
		pos |= DYAD_POS_NOUN;
	if (!(pos & DYAD_POS_ADJ) && adj_rules(w))
		pos |= DYAD_POS_ADJ;
	return pos;
}

unsigned dyad_lemma__pos(const char *word_, size_t n)
{
	word w, tail;
	if (!word_init(&w, word_, n))
		return 0;
	unsigned pos = pos_of(&w);
	if (pos)
		return pos;
	size_t h = compound_split(&w);
	if (!h)
		return 0;
	tail.n = w.n - h - 1;
	tail.own = 0;
	memcpy(tail.s, w.s + h + 1, tail.n);
	return pos_of(&tail);
}
