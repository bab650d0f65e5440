/* tests/unit/test_date.c — dyad_date_parse: the three forms, pivot, calendar checks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <dyad/coder.h>

static int32_t parse(const char *s)
{
	return dyad_date_parse(s, strlen(s));
}

static void test_forms(void **state)
{
	assert_int_equal(parse("2022-06-08"), 20220608);
	assert_int_equal(parse("20220608"), 20220608);
	assert_int_equal(parse("950101"), 19950101);
	assert_int_equal(parse("000101"), 20000101);
	assert_int_equal(parse("491231"), 20491231);
	assert_int_equal(parse("500101"), 19500101);
	assert_int_equal(parse("18601002"), 18601002);
	assert_int_equal(dyad_date_parse("2022-06-08T10:00:00Z", 10), 20220608);
}

static void test_calendar(void **state)
{
	assert_int_equal(parse("2024-02-29"), 20240229);
	assert_int_equal(parse("2000-02-29"), 20000229);
	assert_int_equal(parse("1900-02-29"), -1);
	assert_int_equal(parse("2023-02-29"), -1);
	assert_int_equal(parse("2023-04-31"), -1);
	assert_int_equal(parse("2023-12-31"), 20231231);
	assert_int_equal(parse("2023-13-01"), -1);
	assert_int_equal(parse("2023-00-10"), -1);
	assert_int_equal(parse("2023-01-00"), -1);
	assert_int_equal(parse("00000101"), -1);
	assert_int_equal(parse("960230"), -1);
}

static void test_malformed(void **state)
{
	assert_int_equal(parse(""), -1);
	assert_int_equal(dyad_date_parse(NULL, 0), -1);
	assert_int_equal(parse("2022-6-8"), -1);
	assert_int_equal(parse("2022/06/08"), -1);
	assert_int_equal(parse("2022-06-0x"), -1);
	assert_int_equal(parse("9501201"), -1);
	assert_int_equal(parse("186010029"), -1);
	assert_int_equal(parse("+2022608"), -1);
	assert_int_equal(parse(" 950101"), -1);
	assert_int_equal(parse("June 8"), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_malformed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
