/* tests/unit/test_cameo.c — CAMEO code table: facts, parent fallback, iteration. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dyad/cameo.h>

#include <string.h>

static void test_known_codes(void **state)
{
	(void)state;
	const dyad_cameo_info *c = dyad_cameo_lookup("111");
	assert_non_null(c);
	assert_string_equal(c->code, "111");
	assert_string_equal(c->name, "Criticize or denounce");
	assert_int_equal(c->quad, 3);
	assert_true(c->goldstein == -2.0);
	assert_string_equal(c->plover, "ACCUSE");

	c = dyad_cameo_lookup("190");
	assert_non_null(c);
	assert_int_equal(c->quad, 4);
	assert_true(c->goldstein == -10.0);

	c = dyad_cameo_lookup("0874");
	assert_non_null(c);
	assert_string_equal(c->code, "0874");
	assert_int_equal(c->quad, 2);
	assert_string_equal(c->plover, "RETREAT");

	c = dyad_cameo_lookup("036");
	assert_non_null(c);
	assert_string_equal(c->name, "Express intent to meet or negotiate");
}

static void test_parent_fallback(void **state)
{
	(void)state;
	/* not in CAMEO: resolve to the nearest listed parent */
	const dyad_cameo_info *c = dyad_cameo_lookup("0879");
	assert_non_null(c);
	assert_string_equal(c->code, "087");
	c = dyad_cameo_lookup("0899");
	assert_non_null(c);
	assert_string_equal(c->code, "08");
	c = dyad_cameo_lookup("08741");
	assert_non_null(c);
	assert_string_equal(c->code, "0874");
}

static void test_inherited_fields(void **state)
{
	(void)state;
	/* codes listed without a name take their parent's */
	const dyad_cameo_info *c = dyad_cameo_lookup("0110");
	assert_non_null(c);
	assert_string_equal(c->code, "0110");
	assert_string_equal(c->name, dyad_cameo_lookup("011")->name);
	/* no Goldstein in either source: the parent's */
	c = dyad_cameo_lookup("1214");
	assert_non_null(c);
	assert_true(c->goldstein == dyad_cameo_lookup("121")->goldstein);
	/* root names are sentence case */
	assert_string_equal(dyad_cameo_lookup("01")->name, "Make public statement");
	assert_string_equal(dyad_cameo_lookup("19")->name, "Fight");
}

static void test_unknown_and_bad(void **state)
{
	(void)state;
	assert_null(dyad_cameo_lookup("999"));
	assert_null(dyad_cameo_lookup("21"));
	assert_null(dyad_cameo_lookup("00"));
	assert_null(dyad_cameo_lookup("1"));
	assert_null(dyad_cameo_lookup(""));
	assert_null(dyad_cameo_lookup(NULL));
	assert_null(dyad_cameo_lookup("11a"));
	assert_null(dyad_cameo_lookup(" 111"));
	assert_null(dyad_cameo_lookup("111111111111"));
}

static void test_roots_and_iteration(void **state)
{
	(void)state;
	for (int i = 1; i <= 20; i++) {
		const char root[3] = {(char)('0' + i / 10), (char)('0' + i % 10), 0};
		const dyad_cameo_info *c = dyad_cameo_lookup(root);
		assert_non_null(c);
		assert_string_equal(c->code, root);
		assert_true(c->quad >= 1 && c->quad <= 4);
		assert_true(c->name[0] != 0);
	}
	size_t n = dyad_cameo_count();
	assert_true(n >= 300);
	for (size_t i = 0; i < n; i++) {
		const dyad_cameo_info *c = dyad_cameo_at(i);
		assert_non_null(c);
		assert_ptr_equal(dyad_cameo_lookup(c->code), c);
		assert_true(c->goldstein >= -10.0 && c->goldstein <= 10.0);
		assert_true(c->quad >= 1 && c->quad <= 4);
		assert_non_null(c->plover);
		if (i > 0)
			assert_true(strcmp(dyad_cameo_at(i - 1)->code, c->code) < 0);
	}
	assert_null(dyad_cameo_at(n));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_codes),
		cmocka_unit_test(test_parent_fallback),
		cmocka_unit_test(test_inherited_fields),
		cmocka_unit_test(test_unknown_and_bad),
		cmocka_unit_test(test_roots_and_iteration),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
