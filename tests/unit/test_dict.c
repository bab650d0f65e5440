/* tests/unit/test_dict.c — dictionary loaders (TABARI and PETRARCH syntax),
 * malformed-entry reporting, date-restricted codes, images. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <dyad/dyad.h>

static const char actors[] =
	"# test actors\n"
	"RUSSIA_ [RUS]\n"
	"+RUSSIAN_\n"
	"+MOSCOW_\n"
	"VLADIMIR_PUTIN_ [RUSGOV 20000507-] [RUSELI <20000507]\n"
	"JOE_BIDEN_\n"
	"[USAGOV 20210120-20250120]\n"
	"[USAELI]\n"
	"SYRI [SYR]\n"
	"BAD_ENTRY [RUS 2020-13-45]\n"
	"TRINIDAD_&_TOBAGO_ [TTO]\n";
static const char agents[] = "!PERSON! = MAN, MEN\nMINISTER [~GOV]\nPOLICE!PERSON! [~COP]\n";
static const char verbs[] =
	"&SANCTION_WORD\n+SANCTION\n+EMBARGO\n"
	"--- ATTACK [190] ---\n"
	"ATTACK\n"
	"SHELL [195]\n"
	"- * + WITH AIR_STRIKE [195]\n"
	"- * &SANCTION_WORD [163]\n"
	"--- MEET [036] ---\n"
	"MEET {MET MEETING}\n"
	"- * WITH + [036]\n"
	"- NOT_* [---]\n"
	"--- SAY [010?] ---\n"
	"SAY\n"
	"- * { GOOD | FINE } THINGS [051]\n"
	"- BAD PATTERN\n";

static int problems;
static long last_line;
static void count(const dyad_error *e, void *payload)
{
	(void)payload;
	problems++;
	last_line = e->line;
}

static dyad_dict *build(int strict, int *rc_out)
{
	dyad_dict_builder *b;
	dyad_error err;
	assert_int_equal(dyad_dict_builder_new(&b), 0);
	dyad_dict_builder_set_strict(b, strict);
	dyad_dict_builder_set_diag(b, count, NULL);
	int rc = dyad_dict_builder_add_text(b, DYAD_DICT_ACTORS, "t.actors", actors, strlen(actors), &err);
	if (!rc)
		rc = dyad_dict_builder_add_text(b, DYAD_DICT_AGENTS, "t.agents", agents, strlen(agents), &err);
	if (!rc)
		rc = dyad_dict_builder_add_text(b, DYAD_DICT_VERBS, "t.verbs", verbs, strlen(verbs), &err);
	dyad_dict *d = NULL;
	if (!rc)
		rc = dyad_dict_builder_finish(&d, b, &err);
	if (rc && strict) {
		assert_int_equal(rc, DYAD_EPARSE);
		assert_non_null(err.file);
		assert_string_equal(err.file, "t.actors");
		last_line = err.line;
	}
	dyad_dict_builder_free(b);
	*rc_out = rc;
	return d;
}

static void test_malformed_entries_reported(void **state)
{
	(void)state;
	problems = 0;
	int rc;
	dyad_dict *d = build(0, &rc);
	assert_int_equal(rc, 0);
	/* the bad date (line 10) and the pattern without a code */
	assert_int_equal(problems, 2);
	dyad_dict_stats st;
	dyad_dict_get_stats(d, &st);
	assert_int_equal(st.skipped, 2);
	assert_true(st.actors >= 7);
	assert_int_equal(st.agents, 3);
	assert_int_equal(st.synsets, 1);
	dyad_dict_free(d);
	problems = 0;
	d = build(1, &rc);
	assert_null(d);
	assert_int_equal(rc, DYAD_EPARSE);
	assert_int_equal(last_line, 10);
}

static char *describe(const dyad_dict *d, const char *text, int32_t date)
{
	char *out = NULL;
	dyad_error err;
	assert_int_equal(dyad_dict_describe(d, text, strlen(text), date, &out, &err), 0);
	return out;
}

static void test_date_restricted_codes(void **state)
{
	(void)state;
	int rc;
	dyad_dict *d = build(0, &rc);
	char *s = describe(d, "Vladimir Putin", 19990101);
	assert_non_null(strstr(s, "-> RUSELI"));
	free(s);
	s = describe(d, "Vladimir Putin", 20240101);
	assert_non_null(strstr(s, "-> RUSGOV"));
	free(s);
	s = describe(d, "Joe Biden", 20220101);
	assert_non_null(strstr(s, "-> USAGOV"));
	free(s);
	s = describe(d, "Joe Biden", 20260101);
	assert_non_null(strstr(s, "-> USAELI"));
	free(s);
	/* stems match longer words, exact entries do not */
	s = describe(d, "Syrian forces", 0);
	assert_non_null(strstr(s, "-> SYR"));
	free(s);
	s = describe(d, "Moscowite", 0);
	assert_null(strstr(s, "-> RUS"));
	free(s);
	/* lemmas: a plural matches the singular entry */
	s = describe(d, "Russians", 0);
	assert_non_null(strstr(s, "-> RUS"));
	free(s);
	s = describe(d, "policemen and Trinidad & Tobago", 0);
	assert_non_null(strstr(s, "~COP"));
	assert_non_null(strstr(s, "-> TTO"));
	free(s);
	dyad_dict_free(d);
}

static void test_coding_with_patterns(void **state)
{
	(void)state;
	int rc;
	dyad_dict *d = build(0, &rc);
	dyad_coder *c;
	assert_int_equal(dyad_coder_new(&c, d, NULL), 0);
	dyad_doc doc = {0};
	const char *text = "Russia attacked Syria with air strikes. Vladimir Putin met with Joe Biden.";
	doc.id = "d";
	doc.id_len = 1;
	doc.text = text;
	doc.text_len = strlen(text);
	doc.date = 20220301;
	dyad_result r;
	dyad_error err;
	assert_int_equal(dyad_coder_code(c, &doc, &r, &err), 0);
	assert_int_equal(r.n_sentences, 2);
	/* the meeting is both parties' (RUSGOV -> USAGOV and back) */
	assert_int_equal(r.n_events, 3);
	assert_string_equal(r.events[0].source, "RUS");
	assert_string_equal(r.events[0].target, "SYR");
	assert_string_equal(r.events[0].code, "195");
	assert_string_equal(r.events[0].root, "19");
	assert_int_equal(r.events[0].quad, 4);
	assert_memory_equal(text + r.events[0].verb_span.begin, "attacked", 8);
	assert_string_equal(r.events[1].source, "RUSGOV");
	assert_string_equal(r.events[1].target, "USAGOV");
	assert_string_equal(r.events[1].code, "036");
	assert_int_equal(r.events[1].sentence, 2);
	assert_string_equal(r.events[2].source, "USAGOV");
	assert_string_equal(r.events[2].target, "RUSGOV");
	dyad_coder_free(c);
	dyad_dict_free(d);
}

static void test_image_round_trip(void **state)
{
	(void)state;
	int rc;
	dyad_dict *d = build(0, &rc);
	char path[] = "/tmp/dyad-test-img-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	dyad_error err;
	assert_int_equal(dyad_dict_save_image(d, path, &err), 0);
	dyad_dict *e = NULL;
	assert_int_equal(dyad_dict_load_image(&e, path, &err), 0);
	dyad_dict_stats a, b;
	dyad_dict_get_stats(d, &a);
	dyad_dict_get_stats(e, &b);
	assert_int_equal(a.actors, b.actors);
	assert_int_equal(a.patterns, b.patterns);
	char *s = describe(e, "Vladimir Putin", 20240101);
	assert_non_null(strstr(s, "-> RUSGOV"));
	free(s);
	dyad_dict_free(e);
	/* a file that is not an image is refused with EFORMAT */
	FILE *f = fopen(path, "wb");
	fputs("not an image", f);
	fclose(f);
	assert_int_equal(dyad_dict_load_image(&e, path, &err), DYAD_EFORMAT);
	unlink(path);
	dyad_dict_free(d);
	dyad_dict_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_malformed_entries_reported),
		cmocka_unit_test(test_date_restricted_codes),
		cmocka_unit_test(test_coding_with_patterns),
		cmocka_unit_test(test_image_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
