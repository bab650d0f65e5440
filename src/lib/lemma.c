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

/* Upper-cased working copy of a word. */
typedef struct word {
	char s[DYAD_LEMMA_MAX];
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
	if (n > DYAD_LEMMA_MAX) /* never (word_init); tells the compiler s[n - 3] is in bounds */
		return NULL;

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

/* Pool offset + 1 of the verb lemma of w (whose slot is self, or NULL); 0 when
 * w is a base form or no verb. */
static uint32_t verb_of(const word *w, const dyad_lemma__slot *self)
{
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

static uint32_t noun_of(const word *w, const dyad_lemma__slot *self)
{
	if (self && self->exc) {
		uint32_t v = dyad_lemma__exc[self->exc - 1].noun;
		if (v)
			return v == DYAD_LEMMA_SELF ? 0 : v;
	}
	/* a common plural that WordNet also lists (TROOPS, TALKS) still reduces
	 * to its singular; see noun_ok for names */
	if (w->own & DYAD_LEMMA_F_KEEP)
		return 0;
	const dyad_lemma__slot *b = noun_rules(w);
	return b ? b->word + 1 : 0;
}

enum { WANT_VERB = 1, WANT_NOUN = 2, WANT_POS = 4 };

/* What one word resolves to: pool offsets + 1 of its lemmas (0 = none) and,
 * for a hyphenated compound resolved by its last part, the prefix length. */
typedef struct analysis {
	unsigned pos;
	uint32_t verb, noun;
	size_t verb_pre, noun_pre;
} analysis;

/* POS from the word's own slot: base forms and listed irregular forms
 * (including those dyad keeps as their own lemma). */
static unsigned slot_pos(const dyad_lemma__slot *self)
{
	if (!self)
		return 0;
	unsigned pos = self->flags & SLOT_POS;
	if (self->flags & DYAD_LEMMA_F_ADJ_EXC)
		pos |= DYAD_POS_ADJ;
	if (self->flags & DYAD_LEMMA_F_ADV_EXC)
		pos |= DYAD_POS_ADV;
	if (self->exc) {
		const dyad_lemma__exception *e = &dyad_lemma__exc[self->exc - 1];
		if (e->verb)
			pos |= DYAD_POS_VERB;
		if (e->noun)
			pos |= DYAD_POS_NOUN;
	}
	return pos;
}

/* One lookup of the word, then only the rules that were asked for. Returns
 * the word's slot (NULL if WordNet does not know it). */
static const dyad_lemma__slot *analyze_word(word *w, unsigned want, analysis *r)
{
	const dyad_lemma__slot *self = lookup(w->s, w->n);
	w->own = self ? self->flags : 0;
	r->pos = 0;
	r->verb = r->noun = 0;
	r->verb_pre = r->noun_pre = 0;
	if (want & (WANT_VERB | WANT_POS))
		r->verb = verb_of(w, self);
	if (want & (WANT_NOUN | WANT_POS))
		r->noun = noun_of(w, self);
	if (want & WANT_POS) {
		r->pos = slot_pos(self);
		if (r->verb)
			r->pos |= DYAD_POS_VERB;
		if (r->noun)
			r->pos |= DYAD_POS_NOUN;
		if (!(r->pos & DYAD_POS_ADJ) && adj_rules(w))
			r->pos |= DYAD_POS_ADJ;
	}
	return self;
}

/* Index of the last '-' with letters on both sides, or 0. */
static size_t last_hyphen(const word *w)
{
	size_t h = w->n - 1;
	while (h > 0 && w->s[h] != '-')
		h--;
	return h + 1 < w->n ? h : 0;
}

/* analyze_word, and for an unknown hyphenated word the last part for whatever
 * the whole did not give: WordNet lists few compounds, so RE-ELECTED is RE- +
 * ELECTED. Returns 0 if w is not a word the tables can hold. */
static int analyze(const char *s, size_t n, unsigned want, word *w, analysis *r)
{
	if (!word_init(w, s, n))
		return 0;
	size_t h;
	if (analyze_word(w, want, r) || !(h = last_hyphen(w)))
		return 1;
	word tail;
	analysis t;
	tail.n = w->n - h - 1;
	memcpy(tail.s, w->s + h + 1, tail.n);
	analyze_word(&tail, want, &t);
	if (!r->verb && t.verb) {
		r->verb = t.verb;
		r->verb_pre = h + 1;
	}
	if (!r->noun && t.noun) {
		r->noun = t.noun;
		r->noun_pre = h + 1;
	}
	if (!r->pos)
		r->pos = t.pos;
	return 1;
}

/* prefix w[0..pre) + pool string off-1 into out, snprintf-style; 0 for no
 * lemma or one longer than DYAD_LEMMA_MAX (only a compound can be). */
static size_t emit(const word *w, size_t pre, uint32_t off, char *out, size_t cap)
{
	if (!off)
		return 0;
	const char *lemma = dyad_lemma__str(off - 1);
	size_t len = strlen(lemma);
	if (pre + len > DYAD_LEMMA_MAX)
		return 0;
	if (pre + len >= cap)
		return pre + len;
	memcpy(out, w->s, pre);
	memcpy(out + pre, lemma, len + 1);
	return pre + len;
}

size_t dyad_lemma__verb(const char *s, size_t n, char *out, size_t cap)
{
	word w;
	analysis r;
	if (cap)
		out[0] = 0;
	if (!analyze(s, n, WANT_VERB, &w, &r))
		return 0;
	return emit(&w, r.verb_pre, r.verb, out, cap);
}

size_t dyad_lemma__noun(const char *s, size_t n, char *out, size_t cap)
{
	word w;
	analysis r;
	if (cap)
		out[0] = 0;
	if (!analyze(s, n, WANT_NOUN, &w, &r))
		return 0;
	return emit(&w, r.noun_pre, r.noun, out, cap);
}

unsigned dyad_lemma__pos(const char *s, size_t n)
{
	word w;
	analysis r;
	return analyze(s, n, WANT_POS, &w, &r) ? r.pos : 0;
}

void dyad_lemma__analyze(const char *s, size_t n, dyad_lemma__forms *out)
{
	word w;
	analysis r;
	out->pos = 0;
	out->verb_len = out->noun_len = 0;
	out->verb[0] = out->noun[0] = 0;
	if (!analyze(s, n, WANT_VERB | WANT_NOUN | WANT_POS, &w, &r))
		return;
	out->pos = r.pos;
	out->verb_len = emit(&w, r.verb_pre, r.verb, out->verb, sizeof out->verb);
	out->noun_len = emit(&w, r.noun_pre, r.noun, out->noun, sizeof out->noun);
}
