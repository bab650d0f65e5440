/* lib/comma.c — TABARI's comma-delimited clause deletion (manual 7.8, 8.6):
 * before coding, a nonrestrictive clause ("Gollum, centre of a diplomatic
 * row, called on Gondor") is dropped when its length in words lies within the
 * COMMA: limits — BMIN/BMAX for the clause that opens the sentence, EMIN/EMAX
 * for the one that closes it, MIN/MAX for those between. Commas are chained:
 * each clause runs from one comma to the next, and a deleted clause takes
 * both its commas, so the words after it are no clause of their own ("X, in
 * remarks on Monday, urged Y ..." keeps "urged Y"). Commas inside a compound
 * ("Arnor, Osgiliath and Gondor") are not clause boundaries. One pass over
 * the sentence; owns nothing. */
#include "lib/comma.h"

/* a possessive or "n't" is part of the word before it */
static int counts_as_word(const dtoken *t)
{
	return t->kind != TK_PUNCT && !tok_is(t, "'S") && !tok_is(t, "N'T");
}

static int is_boundary(const sent_ctx *s, size_t i)
{
	return s->t[i].kind == TK_PUNCT && s->t[i].norm[0] == ',' && s->t[i].norm_len == 1 &&
	       s->comp_at[i] < 0;
}

/* is a clause of w words deleted under the limits lo..hi? */
static int within(size_t w, uint16_t lo, uint16_t hi)
{
	return w > lo && w <= hi;
}

static size_t mark(uint8_t *drop, size_t b, size_t e)
{
	size_t k = 0;
	for (size_t i = b; i < e; i++)
		if (!drop[i]) {
			drop[i] = 1;
			k++;
		}
	return k;
}

size_t dyad_comma__mark(const sent_ctx *s, const uint16_t lim[6], uint8_t *drop)
{
	/* the closing clause stops at the sentence's final punctuation */
	size_t end = s->n;
	while (end > 0 && s->t[end - 1].kind == TK_PUNCT && s->t[end - 1].norm[0] != ',')
		end--;
	/* prev: the comma that opens the clause being counted; NONE before the
	 * first comma, USED when a deleted clause took it along */
	const size_t NONE = SIZE_MAX, USED = SIZE_MAX - 1;
	size_t marked = 0, prev = NONE, words = 0;
	for (size_t i = 0; i < end; i++) {
		if (!is_boundary(s, i)) {
			words += counts_as_word(&s->t[i]);
			continue;
		}
		size_t opened = prev;
		prev = i;
		if (opened == NONE) {
			/* the opening clause goes with the comma that ends it */
			if (within(words, lim[2], lim[3])) {
				marked += mark(drop, 0, i + 1);
				prev = USED;
			}
		} else if (opened != USED && within(words, lim[0], lim[1])) {
			/* a clause between commas goes with both */
			marked += mark(drop, opened, i + 1);
			prev = USED;
		}
		words = 0;
	}
	if (prev != NONE && prev != USED && within(words, lim[4], lim[5]))
		marked += mark(drop, prev, end);
	return marked;
}

dtoken dyad_comma__gap(const dtoken *comma)
{
	dtoken g = *comma;
	g.norm = g.vlemma = g.nlemma = "|";
	g.norm_len = g.vlemma_len = g.nlemma_len = 1;
	g.h_norm = g.h_v = g.h_n = 0;
	g.listed = 0; /* "|" is on no list */
	g.last = '|';
	return g;
}
