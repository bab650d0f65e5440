/* tests/unit/test_token.c — tokenizer and sentence splitter. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <stdio.h>
#include <dyad/error.h>

#include "lib/token.h"
#include "lib/words.h"

static size_t tokenize(dyad_arena *a, const char *s, dtoken **t)
{
	size_t n = 0, bad = 0;
	assert_int_equal(dyad_token__run(a, NULL, s, strlen(s), 100000, t, &n, NULL, &bad), 0);
	return n;
}

static void test_words_and_spans(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	const char *s = "Syria's army didn't attack al-Qaeda in the U.S. on Monday.";
	dtoken *t;
	size_t n = tokenize(&a, s, &t);
	const char *want[] = {"SYRIA", "'S", "ARMY", "DID", "N'T", "ATTACK", "AL", "QAEDA",
	                      "IN", "THE", "U.S.", "ON", "MONDAY", "."};
	assert_int_equal(n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(t[i].norm, want[i]);
	/* spans point into the text */
	assert_int_equal(t[0].begin, 0);
	assert_int_equal(t[0].end, 5);
	assert_memory_equal(s + t[2].begin, "army", 4);
	/* lemmas */
	assert_string_equal(t[2].nlemma, "ARMY");
	dyad_arena_free(&a);
}

static void test_lemmas_and_folding(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dtoken *t;
	size_t n = tokenize(&a, "Troops fought in Zürich and São Paulo", &t);
	assert_int_equal(n, 7);
	assert_string_equal(t[0].nlemma, "TROOP");
	assert_string_equal(t[1].vlemma, "FIGHT");
	assert_string_equal(t[3].norm, "ZURICH");
	assert_string_equal(t[5].norm, "SAO");
	dyad_arena_free(&a);
}

/* a capital beyond ASCII marks the word capitalised, as an ASCII one does */
static void test_case_beyond_ascii(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dtoken *t;
	size_t n = tokenize(&a, "Şeybani met \xc3\xa9lite ÖZEL", &t);
	assert_int_equal(n, 4);
	assert_true(t[0].flags & TF_CAP);
	assert_false(t[0].flags & TF_ALLCAPS);
	assert_false(t[2].flags & TF_CAP);
	assert_true(t[3].flags & TF_CAP);
	assert_true(t[3].flags & TF_ALLCAPS);
	dyad_arena_free(&a);
}

static void test_invalid_utf8_counted(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	const char s[] = "Iran \xff\xfe attacked Iraq";
	dtoken *t;
	size_t n = 0, bad = 0;
	assert_int_equal(dyad_token__run(&a, NULL, s, sizeof s - 1, 1000, &t, &n, NULL, &bad), 0);
	assert_int_equal(bad, 2);
	assert_int_equal(n, 3);
	dyad_arena_free(&a);
}

static void test_token_limit(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dtoken *t;
	size_t n = 0, bad = 0;
	const char *s = "a b c d e f g h";
	assert_int_equal(dyad_token__run(&a, NULL, s, strlen(s), 4, &t, &n, NULL, &bad), DYAD_ELIMIT);
	dyad_arena_free(&a);
}

static size_t split(dyad_arena *a, const char *s, dsentence **out, dtoken **t)
{
	size_t n = tokenize(a, s, t), ns = 0, cut = 0;
	assert_int_equal(dyad_sentence__split(a, s, *t, n, NULL, 0, out, &ns, &cut), 0);
	return ns;
}

static void test_sentences_keep_abbreviations(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dsentence *s;
	dtoken *t;
	const char *text = "Dr. Smith met U.S. officials on Jan. 5 in Room No. 2 at the U.N. "
	                   "headquarters. The talks ended. Did they agree? Yes!";
	size_t n = split(&a, text, &s, &t);
	assert_int_equal(n, 4);
	assert_memory_equal(text + s[1].begin, "The talks ended.", 16);
	/* an initial stays ("George W. Bush"), so does the Filipino "Ma."; the
	 * platform after "on" ends a sentence */
	const char *text2 = "George W. Bush spoke. Petro wrote on X. Britain replied, spokesperson Ma. Teresita Daza said.";
	assert_int_equal(split(&a, text2, &s, &t), 3);
	assert_memory_equal(text2 + s[2].begin, "Britain replied,", 16);
	dyad_arena_free(&a);
}

static void test_dateline_marked(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dsentence *s;
	dtoken *t;
	const char *text = "SEOUL, June 8 (Reuters) - North Korea fired a missile.";
	size_t n = split(&a, text, &s, &t);
	assert_int_equal(n, 1);
	assert_true(t[0].flags & TF_DATELINE);
	/* "North" is after the dash: not part of the dateline */
	size_t k = 0;
	while (!tok_is(&t[k], "NORTH"))
		k++;
	assert_false(t[k].flags & TF_DATELINE);
	dyad_arena_free(&a);
}

/* an agency dateline that ends with a period does not end a sentence; an
 * abbreviation before a period is no dateline */
static void test_agency_dateline(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dsentence *s;
	dtoken *t;
	const char *tass = "MOSCOW, November 11. /TASS/. Russian Foreign Minister Sergey Lavrov met Wang Yi. They talked.";
	assert_int_equal(split(&a, tass, &s, &t), 2);
	assert_true(t[0].flags & TF_DATELINE);
	size_t k = 0;
	while (!tok_is(&t[k], "RUSSIAN"))
		k++;
	assert_false(t[k].flags & TF_DATELINE);
	const char *arm = "Yerevan, November 25. The Minister of Foreign Affairs of Armenia spoke by phone.";
	assert_int_equal(split(&a, arm, &s, &t), 1);
	assert_true(t[0].flags & TF_DATELINE);
	const char *uza = "Tashkent, 19 November (UzA). President Shavkat Mirziyoyev received the delegation.";
	assert_int_equal(split(&a, uza, &s, &t), 1);
	const char *us = "U.S. President Donald Trump met Putin. They talked.";
	assert_int_equal(split(&a, us, &s, &t), 2);
	assert_false(t[0].flags & TF_DATELINE);
	const char *word = "Russia. The country attacked Ukraine.";
	assert_int_equal(split(&a, word, &s, &t), 2);
	/* a capitalised place, a comma and an agency before a dash */
	const char *sana = "Damascus, SANA- The ministry condemned the strike.";
	assert_int_equal(split(&a, sana, &s, &t), 1);
	assert_true(t[0].flags & TF_DATELINE);
	k = 0;
	while (!tok_is(&t[k], "MINISTRY"))
		k++;
	assert_false(t[k].flags & TF_DATELINE);
	dyad_arena_free(&a);
}

static void test_long_sentence_cut(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	char text[20000];
	size_t len = 0;
	for (int i = 0; i < 1500 && len + 8 < sizeof text; i++)
		len += (size_t)snprintf(text + len, sizeof text - len, i % 10 == 9 ? "w, " : "w ");
	dtoken *t;
	size_t nt = 0, bad = 0, ns = 0, cut = 0;
	dsentence *s;
	uint64_t *ends;
	assert_int_equal(dyad_token__run(&a, NULL, text, len, 100000, &t, &nt, &ends, &bad), 0);
	assert_int_equal(dyad_sentence__split(&a, text, t, nt, ends, 400, &s, &ns, &cut), 0);
	assert_true(cut >= 3);
	size_t total = 0;
	for (size_t i = 0; i < ns; i++) {
		assert_true(s[i].n <= 400);
		total += s[i].n;
	}
	assert_int_equal(total, nt); /* nothing dropped */
	dyad_arena_free(&a);
}

/* the tokenizer's bitmap of tokens that may end a sentence, with and without
 * a word cache, splits as reading every token does */
static void test_sentence_ends_bitmap(void **state)
{
	(void)state;
	const char *s = "Dr. Smith met U.S. officials on Jan. 5 in Room No. 2 at the U.N. headquarters.\n\n"
	                "The talks ended. Did they agree? Yes! \"We did.\" The sanctions on the U.S. The "
	                "move came late\n\nand was welcomed by the ministers of the region today";
	dyad_token_cache *c;
	assert_int_equal(dyad_token__cache_new(&c), 0);
	dyad_arena a;
	dyad_arena_init(&a, 0);
	for (int pass = 0; pass < 3; pass++) {
		dtoken *t;
		uint64_t *ends;
		size_t n = 0, bad = 0, ns = 0, ms = 0, cut = 0;
		dsentence *with, *without;
		dyad_arena_reset(&a);
		assert_int_equal(dyad_token__run(&a, pass ? c : NULL, s, strlen(s), 100000, &t, &n, &ends, &bad), 0);
		for (size_t i = 0; i < n; i++)
			assert_int_equal((int)(ends[i >> 6] >> (i & 63) & 1), dyad_token__may_end(&t[i]));
		assert_int_equal(dyad_sentence__split(&a, s, t, n, ends, 0, &with, &ns, &cut), 0);
		assert_int_equal(dyad_sentence__split(&a, s, t, n, NULL, 0, &without, &ms, &cut), 0);
		assert_int_equal(ns, ms);
		assert_memory_equal(with, without, ns * sizeof *with);
		assert_true(ns >= 6);
	}
	dyad_arena_free(&a);
	dyad_token__cache_free(c);
}

/* a coder's word cache gives every token the forms computed afresh */
static void test_cache_same_forms(void **state)
{
	(void)state;
	const char *s = "The ministers didn't meet; Syria's army attacked rebels. The army's "
	                "ministers met \xe2\x80\x9crebels\xe2\x80\x9d in Caf\xc3\xa9 12,000 times. "
	                "Kenya\xe2\x80\x99s envoy and Chad's, with the rebels\xe2\x80\x99 leader, met again.";
	dyad_token_cache *c;
	assert_int_equal(dyad_token__cache_new(&c), 0);
	dyad_arena a, b;
	dyad_arena_init(&a, 0);
	dyad_arena_init(&b, 0);
	dtoken *t, *u;
	size_t n = tokenize(&a, s, &t), m = 0, bad = 0;
	for (int pass = 0; pass < 2; pass++) {
		dyad_arena_reset(&b);
		assert_int_equal(dyad_token__run(&b, c, s, strlen(s), 100000, &u, &m, NULL, &bad), 0);
		assert_int_equal(m, n);
		for (size_t i = 0; i < n; i++) {
			assert_string_equal(u[i].norm, t[i].norm);
			assert_string_equal(u[i].vlemma, t[i].vlemma);
			assert_string_equal(u[i].nlemma, t[i].nlemma);
			assert_int_equal(u[i].begin, t[i].begin);
			assert_int_equal(u[i].end, t[i].end);
			assert_int_equal(u[i].kind, t[i].kind);
			assert_int_equal(u[i].flags, t[i].flags);
			assert_int_equal(u[i].pos, t[i].pos);
			assert_int_equal(u[i].fixed, t[i].fixed);
			assert_int_equal(u[i].listed, t[i].listed);
			assert_int_equal(u[i].h_norm, t[i].h_norm);
			assert_int_equal(u[i].h_v, t[i].h_v);
			assert_int_equal(u[i].h_n, t[i].h_n);
			assert_int_equal(dyad_token__memo(&u[i])->sig, dyad_token__memo(&t[i])->sig);
			for (size_t k = 0; k < t[i].norm_len && k < DYAD_PFX_MAX; k++)
				assert_int_equal(u[i].pfx[k], t[i].pfx[k]);
		}
	}
	/* closed-class words are marked for the list tests */
	assert_true(t[0].listed);                    /* THE */
	assert_true(t[1].listed);                    /* MINISTERS (pair nouns) */
	assert_false(t[8].listed);                   /* ARMY */
	assert_true(t[3].listed && t[3].fixed);      /* N'T */
	assert_true(t[5].listed);                    /* ; */
	dyad_arena_free(&a);
	dyad_arena_free(&b);
	dyad_token__cache_free(c);
}

/* list tests: a marked list answers from dtoken.listed, a local one is searched */
static void test_word_lists(void **state)
{
	(void)state;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dtoken *t;
	size_t n = tokenize(&a, "the bid of the army", &t);
	assert_int_equal(n, 5);
	static const char *const local[] = {"BID", "ARMY", NULL};
	assert_true(dyad_words__in(&t[0], dyad_words__determiners));
	assert_false(dyad_words__in(&t[1], dyad_words__determiners));
	assert_false(t[1].listed);
	assert_true(dyad_words__in(&t[1], local)); /* not listed, found all the same */
	assert_true(dyad_words__in(&t[4], local));
	assert_true(dyad_words__in(&t[2], dyad_words__prepositions));
	assert_true(dyad_words__listed("OF", 2));
	assert_false(dyad_words__listed("O", 1));
	assert_false(dyad_words__listed("BID", 3));
	dyad_arena_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_and_spans),
		cmocka_unit_test(test_cache_same_forms),
		cmocka_unit_test(test_word_lists),
		cmocka_unit_test(test_lemmas_and_folding),
		cmocka_unit_test(test_case_beyond_ascii),
		cmocka_unit_test(test_invalid_utf8_counted),
		cmocka_unit_test(test_token_limit),
		cmocka_unit_test(test_sentences_keep_abbreviations),
		cmocka_unit_test(test_dateline_marked),
		cmocka_unit_test(test_agency_dateline),
		cmocka_unit_test(test_long_sentence_cut),
		cmocka_unit_test(test_sentence_ends_bitmap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
