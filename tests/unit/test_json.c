/* tests/unit/test_json.c — util/json: values, escapes, accessors, strictness, limits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/json.h"

static dyad_arena arena;

static int setup(void **state)
{
	dyad_arena_init(&arena, 0);
	return 0;
}

static int teardown(void **state)
{
	dyad_arena_free(&arena);
	return 0;
}

static const dyad_json *parse_ok(const char *s)
{
	dyad_json *v = NULL;
	dyad_error err;
	dyad_error_clear(&err);
	int rc = dyad_json_parse(&v, &arena, s, strlen(s), &err);
	if (rc)
		fail_msg("parse of %s failed: %s", s, err.msg);
	assert_non_null(v);
	return v;
}

/* Parse s expecting failure with code; return the message. */
static const char *parse_bad(const char *s, size_t len, int code, long long byte)
{
	static dyad_error err;
	dyad_json *v = (dyad_json *)1;
	dyad_error_clear(&err);
	int rc = dyad_json_parse(&v, &arena, s, len, &err);
	if (rc != code)
		fail_msg("parse of '%s': rc %d, want %d (%s)", s, rc, code, err.msg);
	assert_null(v);
	if (byte >= 0)
		assert_int_equal(err.byte, byte);
	return err.msg;
}

static void test_scalars(void **state)
{
	double d = 1.0;
	long long i = 1;
	int b = -1;
	assert_true(dyad_json_is_null(parse_ok("null")));
	assert_int_equal(dyad_json_bool(parse_ok(" true "), &b), 0);
	assert_int_equal(b, 1);
	assert_int_equal(dyad_json_bool(parse_ok("false"), &b), 0);
	assert_int_equal(b, 0);
	assert_int_equal(dyad_json_number(parse_ok("-12.5e1"), &d), 0);
	assert_true(d == -125.0);
	assert_int_equal(dyad_json_number(parse_ok("0"), &d), 0);
	assert_true(d == 0.0);
	assert_int_equal(dyad_json_int(parse_ok("9007199254740993"), &i), 0);
	assert_true(i == 9007199254740993LL);
	assert_int_equal(dyad_json_int(parse_ok("-42"), &i), 0);
	assert_true(i == -42);
	assert_int_equal(dyad_json_int(parse_ok("1.5"), &i), DYAD_EINVAL);
	assert_int_equal(dyad_json_int(parse_ok("99999999999999999999"), &i), DYAD_EINVAL);
	assert_int_equal(dyad_json_number(parse_ok("\"1\""), &d), DYAD_EINVAL);
	size_t n = 0;
	assert_string_equal(dyad_json_string(parse_ok("\"abc\""), &n), "abc");
	assert_int_equal(n, 3);
	assert_null(dyad_json_string(parse_ok("3"), &n));
}

static void test_escapes(void **state)
{
	size_t n = 0;
	const char *s = dyad_json_string(parse_ok("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\te\""), &n);
	assert_string_equal(s, "a\"b\\c/d\b\f\n\r\te");
	/* \u escapes to UTF-8: é (2 bytes), € (3 bytes), 😀 via surrogate pair (4 bytes) */
	s = dyad_json_string(parse_ok("\"\\u00e9\\u20AC\\ud83d\\ude00\""), &n);
	assert_string_equal(s, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
	assert_int_equal(n, 9);
	/* \u0000 gives an embedded NUL; length counts it */
	s = dyad_json_string(parse_ok("\"a\\u0000b\""), &n);
	assert_int_equal(n, 3);
	assert_memory_equal(s, "a\0b", 3);
	/* raw UTF-8 and even invalid UTF-8 pass through untouched */
	s = dyad_json_string(parse_ok("\"Pyongyang \xed\x8f\x89\xec\x96\x91 \xff\""), &n);
	assert_string_equal(s, "Pyongyang \xed\x8f\x89\xec\x96\x91 \xff");
}

static void test_containers(void **state)
{
	const dyad_json *v = parse_ok(
		"{\"id\":\"d1\", \"text\" : \"Hello\", \"n\":[1,2,[3]], \"o\":{}, \"e\":[], \"k\\u0041\":true}");
	assert_int_equal(v->type, DYAD_JSON_OBJECT);
	assert_int_equal(dyad_json_count(v), 6);
	assert_string_equal(dyad_json_string(dyad_json_get(v, "id"), NULL), "d1");
	assert_string_equal(dyad_json_string(dyad_json_get(v, "text"), NULL), "Hello");
	assert_null(dyad_json_get(v, "missing"));
	assert_null(dyad_json_string(dyad_json_get(v, "missing"), NULL));
	assert_non_null(dyad_json_get(v, "kA"));
	const dyad_json *a = dyad_json_get(v, "n");
	assert_int_equal(dyad_json_count(a), 3);
	long long x;
	assert_int_equal(dyad_json_int(dyad_json_at(a, 1), &x), 0);
	assert_true(x == 2);
	assert_int_equal(dyad_json_count(dyad_json_at(a, 2)), 1);
	assert_null(dyad_json_at(a, 3));
	assert_int_equal(dyad_json_count(dyad_json_get(v, "o")), 0);
	assert_null(dyad_json_first(dyad_json_get(v, "e")));
	/* iteration in input order, with keys */
	const char *keys[] = {"id", "text", "n", "o", "e", "kA"};
	size_t i = 0;
	for (const dyad_json *m = dyad_json_first(v); m; m = m->next, i++)
		assert_string_equal(m->key, keys[i]);
	assert_int_equal(i, 6);
	/* offsets point at the value */
	assert_int_equal(dyad_json_get(v, "id")->offset, 6);
	assert_null(dyad_json_get(a, "x")); /* not an object */
	assert_string_equal(dyad_json_type_name(a->type), "array");
}

static void test_errors(void **state)
{
	assert_string_equal(parse_bad("{\"a\" 1}", 7, DYAD_EPARSE, 5), "expected ':', got '1' at byte 5");
	parse_bad("", 0, DYAD_EPARSE, 0);
	parse_bad("   ", 3, DYAD_EPARSE, 3);
	parse_bad("[1,2,]", 6, DYAD_EPARSE, 5);
	parse_bad("{\"a\":1,}", 8, DYAD_EPARSE, 7);
	parse_bad("{a:1}", 5, DYAD_EPARSE, 1);
	parse_bad("[1 2]", 5, DYAD_EPARSE, 3);
	parse_bad("01", 2, DYAD_EPARSE, 0);
	parse_bad("1.", 2, DYAD_EPARSE, 2);
	parse_bad("-", 1, DYAD_EPARSE, 1);
	parse_bad("1e", 2, DYAD_EPARSE, 2);
	parse_bad("+1", 2, DYAD_EPARSE, 0);
	parse_bad(".5", 2, DYAD_EPARSE, 0);
	parse_bad("tru", 3, DYAD_EPARSE, 0);
	parse_bad("nul", 3, DYAD_EPARSE, 0);
	parse_bad("NaN", 3, DYAD_EPARSE, 0);
	parse_bad("\"abc", 4, DYAD_EPARSE, 0);
	parse_bad("\"a\tb\"", 5, DYAD_EPARSE, 2);
	parse_bad("\"\\x\"", 4, DYAD_EPARSE, 1);
	parse_bad("\"\\u12\"", 6, DYAD_EPARSE, 1);
	parse_bad("\"\\ud83d\"", 8, DYAD_EPARSE, 1);
	parse_bad("\"\\ud83dx\"", 9, DYAD_EPARSE, 1);
	parse_bad("\"\\ude00\"", 8, DYAD_EPARSE, 1);
	parse_bad("\"\\ud83d\\u0041\"", 14, DYAD_EPARSE, 1);
	parse_bad("{} {}", 5, DYAD_EPARSE, 3);
	parse_bad("[1] x", 5, DYAD_EPARSE, 4);
	parse_bad("// c\n1", 6, DYAD_EPARSE, 0);
	parse_bad("\"a\0b\"", 5, DYAD_EPARSE, 2);
	parse_bad("[1", 2, DYAD_EPARSE, 2);
	parse_bad("{\"a\":", 5, DYAD_EPARSE, 5);
	const char *m = parse_bad("[1,\x01]", 5, DYAD_EPARSE, 3);
	assert_non_null(strstr(m, "0x01"));
}

static void test_limits(void **state)
{
	/* depth 256 is fine, 257 is an error, a million is an error (not a stack overflow) */
	size_t big = 1000000;
	char *s = malloc(2 * big);
	assert_non_null(s);
	memset(s, '[', big);
	memset(s + big, ']', big);
	dyad_json *v;
	dyad_error err;
	assert_int_equal(dyad_json_parse(&v, &arena, s + big - 256, 512, &err), 0);
	assert_int_equal(dyad_json_parse(&v, &arena, s + big - 257, 514, &err), DYAD_ELIMIT);
	assert_non_null(strstr(err.msg, "nesting"));
	assert_int_equal(dyad_json_parse(&v, &arena, s, 2 * big, &err), DYAD_ELIMIT);
	dyad_json_limits lim = {.max_depth = 2};
	assert_int_equal(dyad_json_parse_limits(&v, &arena, "[[1]]", 5, &lim, &err), 0);
	assert_int_equal(dyad_json_parse_limits(&v, &arena, "[[[1]]]", 7, &lim, &err), DYAD_ELIMIT);
	lim = (dyad_json_limits){.max_bytes = 4};
	assert_int_equal(dyad_json_parse_limits(&v, &arena, "1234", 4, &lim, &err), 0);
	assert_int_equal(dyad_json_parse_limits(&v, &arena, "12345", 5, &lim, &err), DYAD_ELIMIT);
	free(s);
	/* an arena with a small ceiling reports ELIMIT, not a crash */
	dyad_arena small;
	dyad_arena_init(&small, 256);
	assert_int_equal(dyad_json_parse(&v, &small, "[1,2,3,4,5,6,7,8,9,10,11,12]", 28, &err),
	                 DYAD_ELIMIT);
	dyad_arena_free(&small);
	/* long numbers convert correctly */
	char num[200];
	memset(num, '1', 150);
	num[150] = 0;
	double d = 0.0;
	assert_int_equal(dyad_json_parse(&v, &arena, num, 150, &err), 0);
	assert_int_equal(dyad_json_number(v, &d), 0);
	assert_true(d > 1.1e149 && d < 1.12e149);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_scalars, setup, teardown),
		cmocka_unit_test_setup_teardown(test_escapes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_containers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_limits, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
