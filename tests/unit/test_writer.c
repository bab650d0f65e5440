/* tests/unit/test_writer.c — every output format on hand-made events: exact
 * lines, column counts, JSON escaping (checked by parsing the output back),
 * actor-code decomposition, and a buffer ceiling that leaves no half line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <dyad/writer.h>
#include "util/json.h"

/*                         0         1         2         3         4
 *                         0123456789012345678901234567890123456789012345 */
static const char TEXT[] = "South Korea described North Korea's tests.";

static dyad_doc doc;
static dyad_event ev;
static const char *const issues[] = {"MISSILES", "NUCLEAR"};

static int setup(void **state)
{
	memset(&doc, 0, sizeof doc);
	doc.id = "kor-1";
	doc.id_len = 5;
	doc.text = TEXT;
	doc.text_len = sizeof TEXT - 1;
	doc.date = 20220608;
	doc.url = "https://example.org/a";
	doc.source = "Example Wire";
	memset(&ev, 0, sizeof ev);
	ev.sentence = 1;
	ev.date = 20220608;
	ev.source = "KORGOV";
	ev.target = "PRK";
	strcpy(ev.code, "111");
	strcpy(ev.root, "11");
	ev.quad = 3;
	ev.goldstein = -2.0;
	ev.plover = "ACCUSE";
	ev.source_span = (dyad_span){0, 11};
	ev.target_span = (dyad_span){22, 33};
	ev.verb_span = (dyad_span){12, 21};
	ev.sentence_span = (dyad_span){0, 42};
	return 0;
}

static char *format(dyad_out_format fmt)
{
	static dyad_buf b;
	dyad_buf_free(&b);
	assert_int_equal(dyad_format_event(&b, fmt, &doc, &ev), 0);
	return b.data;
}

static size_t count(const char *s, char c)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == c;
	return n;
}

/* The i-th tab-separated field of line (without the newline). */
static const char *field(const char *line, int i)
{
	static char out[512];
	const char *p = line;
	while (i-- > 0) {
		p = strchr(p, '\t');
		assert_non_null(p);
		p++;
	}
	size_t n = strcspn(p, "\t\n");
	assert_true(n < sizeof out);
	memcpy(out, p, n);
	out[n] = 0;
	return out;
}

static void test_format_names(void **state)
{
	dyad_out_format f = DYAD_OUT_JSONL;
	const char *names[] = {"jsonl", "tsv", "tabari", "phoenix", "gdelt", "plover"};
	dyad_out_format want[] = {DYAD_OUT_JSONL, DYAD_OUT_TSV, DYAD_OUT_TABARI,
	                          DYAD_OUT_PHOENIX, DYAD_OUT_GDELT, DYAD_OUT_PLOVER};
	for (int i = 0; i < 6; i++) {
		assert_int_equal(dyad_out_format_parse(names[i], &f), 0);
		assert_int_equal(f, want[i]);
	}
	assert_int_equal(dyad_out_format_parse("csv", &f), DYAD_EINVAL);
	assert_int_equal(dyad_out_format_parse(NULL, &f), DYAD_EINVAL);
	dyad_buf b = {0};
	assert_int_equal(dyad_format_header(&b, DYAD_OUT_JSONL), 0);
	assert_int_equal(dyad_format_header(&b, DYAD_OUT_TABARI), 0);
	assert_int_equal(dyad_format_header(&b, DYAD_OUT_PLOVER), 0);
	assert_int_equal(b.len, 0);
	dyad_buf_free(&b);
}

static void test_jsonl_exact(void **state)
{
	assert_string_equal(format(DYAD_OUT_JSONL),
		"{\"doc\":\"kor-1\",\"sentence\":1,\"date\":\"2022-06-08\",\"source\":\"KORGOV\","
		"\"target\":\"PRK\",\"code\":\"111\",\"root\":\"11\",\"quad\":3,\"goldstein\":-2.0,"
		"\"plover\":\"ACCUSE\",\"source_text\":\"South Korea\",\"target_text\":\"North Korea\","
		"\"verb_text\":\"described\",\"spans\":{\"source\":[0,11],\"target\":[22,33],"
		"\"verb\":[12,21]}}\n");
	ev.issues = issues;
	ev.n_issues = 2;
	ev.has_place = 1;
	ev.place_name = "Seoul";
	ev.place_country = "KOR";
	ev.lat = 37.57;
	ev.lon = 126.98;
	ev.date = 0;
	ev.target = "---";
	ev.target_span = (dyad_span){0, 0};
	ev.goldstein = 0.04; /* rounds to 0.0, never -0.0 */
	ev.plover = "";
	const char *s = format(DYAD_OUT_JSONL);
	assert_non_null(strstr(s, "\"date\":null,"));
	assert_non_null(strstr(s, "\"target\":\"---\","));
	assert_non_null(strstr(s, "\"target_text\":\"\","));
	assert_non_null(strstr(s, "\"goldstein\":0.0,"));
	assert_non_null(strstr(s, "\"plover\":null,"));
	assert_non_null(strstr(s, "\"verb\":[12,21]},\"issues\":[\"MISSILES\",\"NUCLEAR\"],"
	                          "\"place\":{\"name\":\"Seoul\",\"country\":\"KOR\",\"lat\":37.57,"
	                          "\"lon\":126.98}}\n"));
	ev.goldstein = -0.04;
	assert_non_null(strstr(format(DYAD_OUT_JSONL), "\"goldstein\":0.0,"));
	ev.goldstein = -10;
	assert_non_null(strstr(format(DYAD_OUT_JSONL), "\"goldstein\":-10.0,"));
}

static void test_jsonl_escaping(void **state)
{
	static const char text[] = "Say \"no\"\\ to\ttabs\nand \x01 \xc3\xa9t\xc3\xa9 \xff.";
	doc.text = text;
	doc.text_len = sizeof text - 1;
	doc.id = "id\"with\\quote";
	doc.id_len = strlen(doc.id);
	ev.source_span = (dyad_span){0, (uint32_t)doc.text_len};
	ev.target_span = (dyad_span){5, 500}; /* out of range -> "" */
	const char *s = format(DYAD_OUT_JSONL);
	assert_non_null(strstr(s, "\"doc\":\"id\\\"with\\\\quote\""));
	/* valid UTF-8 passes through; an invalid byte becomes \ufffd */
	assert_non_null(strstr(s, "\"Say \\\"no\\\"\\\\ to\\ttabs\\nand \\u0001 \xc3\xa9t\xc3\xa9 \\ufffd.\""));
	assert_int_equal(count(s, '\n'), 1);
	/* parse it back: the string round-trips */
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dyad_json *v;
	dyad_error err;
	assert_int_equal(dyad_json_parse(&v, &a, s, strlen(s), &err), 0);
	size_t n = 0;
	const char *st = dyad_json_string(dyad_json_get(v, "source_text"), &n);
	/* it round-trips, except the invalid byte, which comes back as U+FFFD */
	assert_int_equal(n, doc.text_len - 1 + 3);
	assert_memory_equal(st, text, doc.text_len - 2);
	assert_memory_equal(st + doc.text_len - 2, "\xef\xbf\xbd.", 4);
	assert_string_equal(dyad_json_string(dyad_json_get(v, "doc"), NULL), doc.id);
	assert_string_equal(dyad_json_string(dyad_json_get(v, "target_text"), NULL), "");
	/* the public escaping helper on its own */
	dyad_buf b = {0};
	assert_int_equal(dyad_buf_json_string(&b, "a\0b\x1f", 4), 0);
	assert_string_equal(b.data, "\"a\\u0000b\\u001f\"");
	dyad_buf_free(&b);
	dyad_arena_free(&a);
}

static void test_tsv(void **state)
{
	dyad_buf b = {0};
	assert_int_equal(dyad_format_header(&b, DYAD_OUT_TSV), 0);
	assert_string_equal(b.data, "doc\tsentence\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\t"
	                            "plover\tsource_text\ttarget_text\tverb_text\n");
	dyad_buf_free(&b);
	assert_string_equal(format(DYAD_OUT_TSV), "kor-1\t1\t2022-06-08\tKORGOV\tPRK\t111\t11\t3\t-2.0\t"
	                                          "ACCUSE\tSouth Korea\tNorth Korea\tdescribed\n");
	static const char text[] = "A\tB\nC\r\nD";
	doc.text = text;
	doc.text_len = sizeof text - 1;
	ev.source_span = (dyad_span){0, (uint32_t)doc.text_len};
	ev.date = 0;
	const char *s = format(DYAD_OUT_TSV);
	assert_int_equal(count(s, '\t'), 12);
	assert_int_equal(count(s, '\n'), 1);
	assert_string_equal(field(s, 10), "A B C  D");
	assert_string_equal(field(s, 2), "");
}

static void test_tabari(void **state)
{
	assert_string_equal(format(DYAD_OUT_TABARI), "220608\tKORGOV\tPRK\t111\n");
	ev.date = 19950101;
	ev.target = NULL;
	assert_string_equal(format(DYAD_OUT_TABARI), "950101\tKORGOV\t---\t111\n");
	ev.date = 0;
	assert_string_equal(format(DYAD_OUT_TABARI), "000000\tKORGOV\t---\t111\n");
}

static void test_phoenix(void **state)
{
	dyad_buf b = {0};
	assert_int_equal(dyad_format_header(&b, DYAD_OUT_PHOENIX), 0);
	assert_int_equal(count(b.data, '\t'), 25);
	assert_string_equal(field(b.data, 23), "SentenceID");
	dyad_buf_free(&b);
	ev.source = "USAGOVMILELI";
	ev.issues = issues;
	ev.n_issues = 2;
	const char *s = format(DYAD_OUT_PHOENIX);
	assert_int_equal(count(s, '\t'), 25);
	assert_true(strlen(field(s, 0)) > 0);
	assert_string_equal(field(s, 1), "20220608");
	assert_string_equal(field(s, 2), "2022");
	assert_string_equal(field(s, 3), "6");
	assert_string_equal(field(s, 4), "8");
	assert_string_equal(field(s, 5), "USAGOVMILELI");
	assert_string_equal(field(s, 6), "USA");
	assert_string_equal(field(s, 7), "GOV");
	assert_string_equal(field(s, 8), "MIL;ELI");
	assert_string_equal(field(s, 9), "PRK");
	assert_string_equal(field(s, 10), "PRK");
	assert_string_equal(field(s, 11), "");
	assert_string_equal(field(s, 13), "111");
	assert_string_equal(field(s, 14), "11");
	assert_string_equal(field(s, 15), "3");
	assert_string_equal(field(s, 16), "-2.0");
	assert_string_equal(field(s, 17), "MISSILES,1;NUCLEAR,1");
	assert_string_equal(field(s, 18), "");
	assert_string_equal(field(s, 23), "kor-1_1");
	assert_string_equal(field(s, 24), "https://example.org/a");
	assert_string_equal(field(s, 25), "Example Wire");
	/* Phoenix's quad for root 01/02 is 0; place columns */
	strcpy(ev.code, "020");
	strcpy(ev.root, "02");
	ev.quad = 1;
	ev.has_place = 1;
	ev.place_name = "Seoul";
	ev.place_country = "KOR";
	ev.lat = 37.5;
	ev.lon = 127;
	s = format(DYAD_OUT_PHOENIX);
	assert_int_equal(count(s, '\t'), 25);
	assert_string_equal(field(s, 15), "0");
	assert_string_equal(field(s, 18), "37.5");
	assert_string_equal(field(s, 19), "127");
	assert_string_equal(field(s, 20), "Seoul");
	assert_string_equal(field(s, 22), "KOR");
	/* the event id is stable and depends on the event key */
	char id1[32];
	strcpy(id1, field(s, 0));
	assert_string_equal(field(format(DYAD_OUT_PHOENIX), 0), id1);
	ev.sentence = 2;
	assert_string_not_equal(field(format(DYAD_OUT_PHOENIX), 0), id1);
}

static void test_gdelt(void **state)
{
	dyad_buf b = {0};
	assert_int_equal(dyad_format_header(&b, DYAD_OUT_GDELT), 0);
	assert_int_equal(count(b.data, '\t'), 60);
	/* the header follows the shared column list when it is available */
	FILE *f = fopen("../shared/data/codes/gdelt2_event_columns.tsv", "r");
	if (!f)
		f = fopen("/work/shared/data/codes/gdelt2_event_columns.tsv", "r");
	if (f) {
		char line[256];
		int idx = -1, checked = 0;
		while (fgets(line, sizeof line, f)) {
			if (idx++ < 0)
				continue;
			char *name = strchr(line, '\t');
			assert_non_null(name);
			name++;
			name[strcspn(name, "\t\n")] = 0;
			assert_string_equal(field(b.data, idx - 1), name);
			checked++;
		}
		fclose(f);
		assert_int_equal(checked, 61);
	} else
		print_message("gdelt2_event_columns.tsv not found; header names not cross-checked\n");
	dyad_buf_free(&b);

	ev.source = "IGOUNO";
	ev.target = "PSEREBMUS";
	const char *s = format(DYAD_OUT_GDELT);
	assert_int_equal(count(s, '\t'), 60);
	assert_string_equal(field(s, 1), "20220608");
	assert_string_equal(field(s, 2), "202206");
	assert_string_equal(field(s, 3), "2022");
	assert_string_equal(field(s, 4), "2022.5151"); /* 2022 + (6*30+8)/365 */
	assert_string_equal(field(s, 5), "IGOUNO");
	assert_string_equal(field(s, 6), "South Korea");
	assert_string_equal(field(s, 7), "");
	assert_string_equal(field(s, 8), "UNO");
	assert_string_equal(field(s, 12), "IGO");
	assert_string_equal(field(s, 15), "PSEREBMUS");
	assert_string_equal(field(s, 16), "North Korea");
	assert_string_equal(field(s, 17), "PSE");
	assert_string_equal(field(s, 20), "MUS");
	assert_string_equal(field(s, 22), "REB");
	assert_string_equal(field(s, 25), "1");
	assert_string_equal(field(s, 26), "111");
	assert_string_equal(field(s, 27), "111");
	assert_string_equal(field(s, 28), "11");
	assert_string_equal(field(s, 29), "3");
	assert_string_equal(field(s, 30), "-2.0");
	assert_string_equal(field(s, 31), "1");
	assert_string_equal(field(s, 34), "");
	assert_string_equal(field(s, 52), "");
	assert_string_equal(field(s, 60), "https://example.org/a");
	/* no target, a place, a four-digit code */
	ev.target = "---";
	strcpy(ev.code, "0874");
	strcpy(ev.root, "08");
	ev.sentence = 3;
	ev.has_place = 1;
	ev.place_name = "Gaza";
	ev.place_country = "PSE";
	ev.lat = 31.5;
	ev.lon = 34.4667;
	s = format(DYAD_OUT_GDELT);
	assert_int_equal(count(s, '\t'), 60);
	assert_string_equal(field(s, 15), "");
	assert_string_equal(field(s, 16), "");
	assert_string_equal(field(s, 25), "0");
	assert_string_equal(field(s, 27), "087");
	assert_string_equal(field(s, 52), "Gaza");
	assert_string_equal(field(s, 53), "PSE");
	assert_string_equal(field(s, 56), "31.5");
	assert_string_equal(field(s, 57), "34.4667");
	assert_string_equal(field(s, 59), "");
	ev.date = 0;
	s = format(DYAD_OUT_GDELT);
	assert_int_equal(count(s, '\t'), 60);
	assert_string_equal(field(s, 1), "");
	assert_string_equal(field(s, 4), "");
}

static void test_plover(void **state)
{
	ev.source = "KORGOV";
	const char *s = format(DYAD_OUT_PLOVER);
	assert_int_equal(count(s, '\n'), 1);
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dyad_json *v;
	dyad_error err;
	assert_int_equal(dyad_json_parse(&v, &a, s, strlen(s), &err), 0);
	assert_string_equal(dyad_json_string(dyad_json_get(v, "story_id"), NULL), "kor-1");
	assert_string_equal(dyad_json_string(dyad_json_get(v, "event_date"), NULL), "2022-06-08");
	assert_string_equal(dyad_json_string(dyad_json_get(v, "event_type"), NULL), "ACCUSE");
	assert_string_equal(dyad_json_string(dyad_json_get(v, "cameo"), NULL), "111");
	assert_string_equal(dyad_json_string(dyad_json_get(v, "actor"), NULL), "KORGOV");
	assert_string_equal(dyad_json_string(dyad_json_get(v, "actor_country"), NULL), "KOR");
	assert_string_equal(dyad_json_string(dyad_json_get(v, "recipient"), NULL), "PRK");
	assert_string_equal(dyad_json_string(dyad_json_get(v, "actor_text"), NULL), "South Korea");
	assert_string_equal(dyad_json_string(dyad_json_get(v, "event_text"), NULL), "described");
	assert_string_equal(dyad_json_string(dyad_json_get(v, "source_text"), NULL), TEXT);
	assert_string_equal(dyad_json_string(dyad_json_get(v, "publisher"), NULL), "Example Wire");
	long long q = 0;
	assert_int_equal(dyad_json_int(dyad_json_get(v, "quad"), &q), 0);
	assert_true(q == 3);
	assert_null(dyad_json_get(v, "place"));
	ev.target = "---";
	ev.plover = NULL;
	doc.url = NULL;
	s = format(DYAD_OUT_PLOVER);
	assert_int_equal(dyad_json_parse(&v, &a, s, strlen(s), &err), 0);
	assert_true(dyad_json_is_null(dyad_json_get(v, "recipient")));
	assert_true(dyad_json_is_null(dyad_json_get(v, "recipient_country")));
	assert_true(dyad_json_is_null(dyad_json_get(v, "event_type")));
	assert_true(dyad_json_is_null(dyad_json_get(v, "url")));
	dyad_arena_free(&a);
}

static void test_limit_and_args(void **state)
{
	const dyad_out_format all[] = {DYAD_OUT_JSONL, DYAD_OUT_TSV, DYAD_OUT_TABARI,
	                               DYAD_OUT_PHOENIX, DYAD_OUT_GDELT, DYAD_OUT_PLOVER};
	for (int i = 0; i < 6; i++) {
		dyad_buf b = {0};
		assert_int_equal(dyad_buf_append(&b, "x\n", 2), 0);
		b.limit = 12;
		/* over the ceiling: ELIMIT and the buffer holds exactly what it held */
		assert_int_equal(dyad_format_event(&b, all[i], &doc, &ev), DYAD_ELIMIT);
		assert_int_equal(b.len, 2);
		assert_string_equal(b.data, "x\n");
		b.limit = 0;
		assert_int_equal(dyad_format_event(&b, all[i], &doc, &ev), 0);
		assert_int_equal(dyad_format_event(&b, all[i], NULL, &ev), 0); /* no doc */
		assert_int_equal(count(b.data, '\n'), 3);
		dyad_buf_free(&b);
	}
	dyad_buf b = {0};
	assert_int_equal(dyad_format_event(&b, DYAD_OUT_JSONL, &doc, NULL), DYAD_EINVAL);
	assert_int_equal(dyad_format_event(&b, (dyad_out_format)99, &doc, &ev), DYAD_EINVAL);
	dyad_buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_format_names, setup),
		cmocka_unit_test_setup(test_jsonl_exact, setup),
		cmocka_unit_test_setup(test_jsonl_escaping, setup),
		cmocka_unit_test_setup(test_tsv, setup),
		cmocka_unit_test_setup(test_tabari, setup),
		cmocka_unit_test_setup(test_phoenix, setup),
		cmocka_unit_test_setup(test_gdelt, setup),
		cmocka_unit_test_setup(test_plover, setup),
		cmocka_unit_test_setup(test_limit_and_args, setup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
