/* tests/unit/test_normalize.c — UTF-8 validation/decoding, word characters, token folding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "lib/normalize.h"

#include <stdlib.h>
#include <string.h>

#define FOLD_FAIL ((size_t)-1)

/* fold s and compare with want; returns the folded length */
static void check_fold(const char *s, const char *want)
{
	char out[256];
	size_t n = dyad_normalize__fold(s, strlen(s), out, sizeof out);
	if (n == FOLD_FAIL)
		fail_msg("fold(\"%s\") failed", s);
	if (n != strlen(want) || strcmp(out, want) != 0)
		fail_msg("fold(\"%s\") = \"%s\", want \"%s\"", s, out, want);
}

static void test_fold_ascii(void **state)
{
	(void)state;
	check_fold("", "");
	check_fold("attacked", "ATTACKED");
	check_fold("Kim Jong-un", "KIM JONG-UN");
	check_fold("O'Brien", "O'BRIEN");
	check_fold("ALREADY UPPER 123", "ALREADY UPPER 123");
}

static void test_fold_diacritics(void **state)
{
	(void)state;
	check_fold("Zürich", "ZURICH");
	check_fold("São Paulo", "SAO PAULO");
	check_fold("Côte d'Ivoire", "COTE D'IVOIRE");
	check_fold("Côte d’Ivoire", "COTE D'IVOIRE");
	check_fold("Côte d´Ivoire", "COTE D'IVOIRE");
	check_fold("Erdoğan", "ERDOGAN");
	check_fold("İstanbul", "ISTANBUL");
	check_fold("Nguyễn Phú Trọng", "NGUYEN PHU TRONG");
	check_fold("Québec", "QUEBEC");
	check_fold("Ñuñoa", "NUNOA");
	check_fold("Łódź", "LODZ");
	check_fold("Wałęsa", "WALESA");
	check_fold("straße", "STRASSE");
	check_fold("STRAẞE", "STRASSE");
	check_fold("Søren Kierkegaard", "SOREN KIERKEGAARD");
	check_fold("Þórshöfn", "THORSHOFN");
	check_fold("Encyclopædia", "ENCYCLOPAEDIA");
	check_fold("Đorđević", "DORDEVIC");
	check_fold("Azərbaycan", "AZERBAYCAN");
	check_fold("Αθήνα", "ΑΘΗΝΑ");
}

static void test_fold_punctuation(void **state)
{
	(void)state;
	check_fold("Russia’s", "RUSSIA'S");
	check_fold("‘quote’", "'QUOTE'");
	check_fold("“quoted”", "\"QUOTED\"");
	check_fold("pro‐Kremlin", "PRO-KREMLIN");     /* U+2010 hyphen */
	check_fold("2021–2022", "2021-2022");         /* en dash */
	check_fold("cease—fire", "CEASE-FIRE");       /* em dash */
	check_fold("−5", "-5");                       /* minus sign */
	check_fold("cease\xC2\xAD" "fire", "CEASEFIRE"); /* soft hyphen */
	check_fold("ab\xE2\x80\x8B" "c", "ABC");      /* zero-width space */
}

static void test_fold_compat(void **state)
{
	(void)state;
	check_fold("ﬁnance", "FINANCE");              /* ligature */
	check_fold("ＵＮ", "UN");                     /* fullwidth */
	check_fold("１２３", "123");
	check_fold("Ⅳ", "IV");                       /* roman numeral */
}

static void test_fold_other_scripts(void **state)
{
	(void)state;
	check_fold("москва", "МОСКВА");
	check_fold("Йемен", "ЙЕМЕН");                /* Й keeps its breve */
	check_fold("Ёлка", "ЁЛКА");                  /* Cyrillic marks kept */
	check_fold("مُحَمَّد", "محمد");                  /* harakat stripped */
	check_fold("القـاهرة", "القاهرة");             /* tatweel dropped */
	check_fold("서울", "서울");
	check_fold("北京", "北京");
	check_fold("नई दिल्ली", "नई दिल्ली");           /* Devanagari signs kept */
}

static void test_fold_invalid_and_limits(void **state)
{
	(void)state;
	char out[64];
	/* invalid bytes become U+FFFD rather than failing */
	size_t n = dyad_normalize__fold("a\xFF" "b", 3, out, sizeof out);
	assert_int_equal(n, 5);
	assert_memory_equal(out, "A\xEF\xBF\xBD" "B", 6);
	/* cap too small: failure, never truncation */
	assert_int_equal(dyad_normalize__fold("abcd", 4, out, 4), FOLD_FAIL);
	assert_string_equal(out, "");
	assert_int_equal(dyad_normalize__fold("abcd", 4, out, 5), 4);
	assert_int_equal(dyad_normalize__fold("straße", 7, out, 7), FOLD_FAIL);
	assert_int_equal(dyad_normalize__fold("straße", 7, out, 8), 7);
	assert_int_equal(dyad_normalize__fold("é", 2, out, 0), FOLD_FAIL);
	/* oversized input */
	char *big = malloc(DYAD_FOLD_MAX_INPUT + 1);
	assert_non_null(big);
	memset(big, 'a', DYAD_FOLD_MAX_INPUT + 1);
	assert_int_equal(dyad_normalize__fold(big, DYAD_FOLD_MAX_INPUT + 1, out, sizeof out),
	                 FOLD_FAIL);
	free(big);
	/* a long non-ASCII token goes past the stack buffers */
	size_t len = 1000;
	char *in = malloc(2 * len), *res = malloc(len + 1);
	assert_non_null(in);
	assert_non_null(res);
	for (size_t i = 0; i < len; i++)
		memcpy(in + 2 * i, "é", 2);
	assert_int_equal(dyad_normalize__fold(in, 2 * len, res, len + 1), len);
	for (size_t i = 0; i < len; i++)
		assert_int_equal(res[i], 'E');
	/* U+FDFA decomposes to 18 code points */
	char *wide = malloc(3 * 200);
	assert_non_null(wide);
	for (size_t i = 0; i < 200; i++)
		memcpy(wide + 3 * i, "\xEF\xB7\xBA", 3);
	n = dyad_normalize__fold(wide, 600, res, len + 1);
	assert_int_equal(n, FOLD_FAIL); /* ~6,600 bytes do not fit in 1,001 */
	char *huge = malloc(8000);
	assert_non_null(huge);
	n = dyad_normalize__fold(wide, 600, huge, 8000);
	assert_true(n != FOLD_FAIL && n > 600 * 5);
	free(huge);
	free(wide);
	free(in);
	free(res);
}

static size_t put_utf8(char *o, uint32_t cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	o[0] = (char)(0xE0 | (cp >> 12));
	o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

/* The table-driven fast path folds exactly as the ICU path: a trailing ĸ
 * (which has no ASCII fold) sends the whole token through ICU. */
static void test_fast_path_agrees(void **state)
{
	(void)state;
	static const uint32_t ranges[][2] = {
		{0xA0, 0x24F}, {0x2B0, 0x2FF}, {0x58A, 0x58A}, {0x640, 0x640}, {0x1E00, 0x1EFF},
		{0x2000, 0x206F}, {0x2212, 0x2212}, {0x2E3A, 0x2E3B}, {0xFE58, 0xFE63},
		{0xFEFF, 0xFEFF}, {0xFF01, 0xFF5E},
	};
	const char *kra = "\xC4\xB8"; /* ĸ */
	char kra_folded[16];
	size_t kn = dyad_normalize__fold(kra, 2, kra_folded, sizeof kra_folded);
	assert_int_equal(kn, 2);
	size_t checked = 0;
	for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++) {
		for (uint32_t cp = ranges[r][0]; cp <= ranges[r][1]; cp++) {
			char in[16], fast[64], slow[64], want[64];
			size_t n = put_utf8(in, cp);
			/* "x" + c: a combining mark then has a base, as in real text */
			char word[16] = "x";
			memcpy(word + 1, in, n);
			size_t fn = dyad_normalize__fold(word, n + 1, fast, sizeof fast);
			memcpy(word + 1 + n, kra, 2);
			size_t sn = dyad_normalize__fold(word, n + 3, slow, sizeof slow);
			if (fn == FOLD_FAIL || sn == FOLD_FAIL)
				fail_msg("U+%04X: fold failed", (unsigned)cp);
			memcpy(want, fast, fn);
			memcpy(want + fn, kra_folded, kn + 1);
			if (strcmp(slow, want) != 0)
				fail_msg("U+%04X: alone \"%s\", before ĸ \"%s\"", (unsigned)cp, fast, slow);
			checked++;
		}
	}
	assert_int_equal(checked, 992);
}

static void test_validate(void **state)
{
	(void)state;
	size_t bad = 99;
	assert_int_equal(dyad_utf8__validate("", 0, &bad), 0);
	assert_int_equal(dyad_utf8__validate("plain ASCII text, long enough", 29, &bad), 0);
	assert_int_equal(dyad_utf8__validate("Zürich São Paulo 서울 😀", strlen("Zürich São Paulo 서울 😀"), &bad), 0);
	assert_int_equal(dyad_utf8__validate("\xF4\x8F\xBF\xBF", 4, &bad), 0);  /* U+10FFFF */
	assert_int_equal(dyad_utf8__validate("\xEF\xBF\xBD", 3, NULL), 0);

	struct { const char *s; size_t n; size_t bad; } cases[] = {
		{"abc\x80", 4, 3},                   /* stray continuation */
		{"\xC0\xAF", 2, 0},                  /* overlong '/' */
		{"xx\xC1\xBF", 4, 2},                /* overlong */
		{"\xE0\x80\xAF", 3, 0},              /* overlong 3-byte */
		{"\xF0\x80\x80\xAF", 4, 0},          /* overlong 4-byte */
		{"ok \xED\xA0\x80", 6, 3},           /* surrogate U+D800 */
		{"\xED\xBF\xBF", 3, 0},              /* surrogate U+DFFF */
		{"\xF4\x90\x80\x80", 4, 0},          /* > U+10FFFF */
		{"\xF5\x80\x80\x80", 4, 0},
		{"\xFF", 1, 0},
		{"12345678\xC3", 9, 8},              /* truncated at the end */
		{"\xE2\x82", 2, 0},                  /* truncated 3-byte */
		{"\xF0\x9F\x98", 3, 0},              /* truncated 4-byte */
		{"\xC3(", 2, 0},                     /* bad continuation */
		{"abcdefgh\xE2\x28\xA1", 11, 8},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bad = 99;
		if (dyad_utf8__validate(cases[i].s, cases[i].n, &bad) != DYAD_EUTF8)
			fail_msg("case %zu accepted", i);
		if (bad != cases[i].bad)
			fail_msg("case %zu: bad at %zu, want %zu", i, bad, cases[i].bad);
	}
}

static void test_decode(void **state)
{
	(void)state;
	uint32_t cp;
	assert_int_equal(dyad_utf8__decode("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(dyad_utf8__decode("é", 2, &cp), 2);
	assert_int_equal(cp, 0xE9);
	assert_int_equal(dyad_utf8__decode("서", 3, &cp), 3);
	assert_int_equal(cp, 0xC11C);
	assert_int_equal(dyad_utf8__decode("😀", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	/* invalid: one byte, U+FFFD */
	const char *bad[] = {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xFE"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		cp = 0;
		assert_int_equal(dyad_utf8__decode(bad[i], strlen(bad[i]), &cp), 1);
		assert_int_equal(cp, 0xFFFD);
	}
	/* truncated: the sequence is complete in memory but n says otherwise */
	assert_int_equal(dyad_utf8__decode("é", 1, &cp), 1);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(dyad_utf8__decode("😀", 3, &cp), 1);
	assert_int_equal(cp, 0xFFFD);
	assert_int_equal(dyad_utf8__decode("", 0, &cp), 0);
	/* a loop over mixed input always advances and ends exactly at n */
	const char *mix = "a\xC3\xA9\xFF\xE2\x82 z\xF0\x9F\x98\x80";
	size_t n = strlen(mix), i = 0, count = 0;
	while (i < n) {
		i += dyad_utf8__decode(mix + i, n - i, &cp);
		count++;
	}
	assert_int_equal(i, n);
	assert_int_equal(count, 8); /* a é FFFD FFFD FFFD ' ' z 😀 */
}

static void test_word_chars(void **state)
{
	(void)state;
	assert_true(dyad_unicode__is_word_char('a'));
	assert_true(dyad_unicode__is_word_char('Z'));
	assert_true(dyad_unicode__is_word_char('7'));
	assert_false(dyad_unicode__is_word_char(' '));
	assert_false(dyad_unicode__is_word_char('-'));
	assert_false(dyad_unicode__is_word_char('\''));
	assert_false(dyad_unicode__is_word_char('.'));
	assert_true(dyad_unicode__is_word_char(0xE9));    /* é */
	assert_true(dyad_unicode__is_word_char(0x0416));  /* Cyrillic Ж */
	assert_true(dyad_unicode__is_word_char(0x0439));  /* й */
	assert_true(dyad_unicode__is_word_char(0x0645));  /* Arabic meem */
	assert_true(dyad_unicode__is_word_char(0x064E));  /* Arabic fatha (mark) */
	assert_true(dyad_unicode__is_word_char(0x0301));  /* combining acute */
	assert_true(dyad_unicode__is_word_char(0x0661));  /* Arabic-Indic digit one */
	assert_true(dyad_unicode__is_word_char(0x4EAC));  /* 京 */
	assert_true(dyad_unicode__is_word_char(0xC11C));  /* 서 */
	assert_true(dyad_unicode__is_word_char(0x093F));  /* Devanagari vowel sign i */
	assert_false(dyad_unicode__is_word_char(0x2019)); /* ’ */
	assert_false(dyad_unicode__is_word_char(0x2014)); /* — */
	assert_false(dyad_unicode__is_word_char(0x00A0)); /* nbsp */
	assert_false(dyad_unicode__is_word_char(0x060C)); /* Arabic comma */
	assert_false(dyad_unicode__is_word_char(0x1F600));
	assert_false(dyad_unicode__is_word_char(0xFFFD));
	assert_false(dyad_unicode__is_word_char(0x110000));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_ascii),
		cmocka_unit_test(test_fold_diacritics),
		cmocka_unit_test(test_fold_punctuation),
		cmocka_unit_test(test_fold_compat),
		cmocka_unit_test(test_fold_other_scripts),
		cmocka_unit_test(test_fold_invalid_and_limits),
		cmocka_unit_test(test_fast_path_agrees),
		cmocka_unit_test(test_validate),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_word_chars),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
