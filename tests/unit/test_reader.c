/* tests/unit/test_reader.c — the input readers (text, JSONL, TABARI, PETRARCH)
 * from memory, from gzip files written here, and from stdin; every bad-input
 * case reports file:line, skips one record and reading goes on. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include <dyad/reader.h>

static char tmpdir[64];

/* One result of dyad_reader_next, copied so it outlives the next call. */
typedef struct got {
	int rc;
	char id[64], text[256], url[64], source[64], title[64];
	size_t text_len;
	int32_t date;
	long line;
	char msg[600];
} got;

static got res[32];
static size_t n_res;

/* Read everything from r into res[]; returns the number of documents. */
static int drain(dyad_reader *r)
{
	int docs = 0;
	n_res = 0;
	for (;;) {
		dyad_doc d;
		dyad_error err;
		dyad_error_clear(&err);
		int rc = dyad_reader_next(r, &d, &err);
		if (rc == 0)
			break;
		assert_true(n_res < 32);
		got *g = &res[n_res++];
		memset(g, 0, sizeof *g);
		g->rc = rc;
		if (rc < 0) {
			g->line = err.line;
			dyad_error_format(&err, g->msg, sizeof g->msg);
			continue;
		}
		docs++;
		assert_non_null(d.id);
		assert_non_null(d.text);
		assert_true(d.id_len < sizeof g->id && d.text_len < sizeof g->text);
		memcpy(g->id, d.id, d.id_len);
		memcpy(g->text, d.text, d.text_len);
		g->text_len = d.text_len;
		g->date = d.date;
		snprintf(g->url, sizeof g->url, "%s", d.url ? d.url : "");
		snprintf(g->source, sizeof g->source, "%s", d.source ? d.source : "");
		snprintf(g->title, sizeof g->title, "%s", d.title ? d.title : "");
	}
	return docs;
}

static dyad_reader *open_mem(const char *name, const char *s, size_t len, dyad_in_format fmt)
{
	dyad_reader *r = NULL;
	dyad_error err;
	assert_int_equal(dyad_reader_open_mem(&r, name, s, len, fmt, &err), 0);
	return r;
}

static int read_mem(const char *name, const char *s, size_t len, dyad_in_format fmt)
{
	dyad_reader *r = open_mem(name, s, len, fmt);
	int docs = drain(r);
	dyad_reader_close(r);
	return docs;
}
#define READ(name, lit, fmt) read_mem(name, lit, sizeof lit - 1, fmt)

static void write_gz(const char *path, const char *s, size_t len)
{
	gzFile gz = gzopen(path, "wb");
	assert_non_null(gz);
	assert_int_equal(gzwrite(gz, s, (unsigned)len), (int)len);
	assert_int_equal(gzclose(gz), Z_OK);
}

static int setup_dir(void **state)
{
	snprintf(tmpdir, sizeof tmpdir, "/tmp/dyad-test-reader-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown_dir(void **state)
{
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_format_names(void **state)
{
	dyad_in_format f;
	assert_int_equal(dyad_in_format_parse("auto", &f), 0);
	assert_int_equal(f, DYAD_IN_AUTO);
	assert_int_equal(dyad_in_format_parse("jsonl", &f), 0);
	assert_int_equal(f, DYAD_IN_JSONL);
	assert_int_equal(dyad_in_format_parse("tabari", &f), 0);
	assert_int_equal(f, DYAD_IN_TABARI);
	assert_int_equal(dyad_in_format_parse("petrarch", &f), 0);
	assert_int_equal(f, DYAD_IN_PETRARCH);
	assert_int_equal(dyad_in_format_parse("text", &f), 0);
	assert_int_equal(f, DYAD_IN_TEXT);
	assert_int_equal(dyad_in_format_parse("csv", &f), DYAD_EINVAL);
}

static void test_jsonl_good(void **state)
{
	static const char in[] =
		"{\"id\":\"a\",\"text\":\"Seoul criticised Pyongyang.\",\"date\":\"2022-06-08\","
		"\"url\":\"http://x/a\",\"source\":\"Wire\",\"title\":\"T\"}\n"
		"\n   \n"
		"{\"text\":\"caf\\u00e9 \\\"quoted\\\"\",\"id\":\"b\",\"date\":\"20220609\",\"url\":null}\n"
		"{\"id\":42,\"text\":\"numeric id\",\"date\":20220610}\n"
		"{\"id\":\"c\",\"text\":\"timestamp\",\"date\":\"2022-06-11T08:30:00Z\",\"extra\":[1,{}]}\n"
		"{\"id\":\"d\",\"text\":\"no newline at the end\",\"date\":\"\"}";
	assert_int_equal(READ("in.jsonl", in, DYAD_IN_JSONL), 5);
	assert_int_equal(n_res, 5);
	assert_string_equal(res[0].id, "a");
	assert_string_equal(res[0].text, "Seoul criticised Pyongyang.");
	assert_int_equal(res[0].date, 20220608);
	assert_string_equal(res[0].url, "http://x/a");
	assert_string_equal(res[0].source, "Wire");
	assert_string_equal(res[0].title, "T");
	assert_string_equal(res[1].text, "caf\xc3\xa9 \"quoted\"");
	assert_int_equal(res[1].date, 20220609);
	assert_string_equal(res[1].url, "");
	assert_string_equal(res[2].id, "42");
	assert_int_equal(res[2].date, 20220610);
	assert_int_equal(res[3].date, 20220611);
	assert_string_equal(res[4].text, "no newline at the end");
	assert_int_equal(res[4].date, 0);
}

static void test_jsonl_bad_records(void **state)
{
	static const char in[] =
		"{\"id\":\"1\",\"text\":\"first\"}\n"                  /* 1 ok */
		"{\"id\":\"2\" \"text\":\"broken\"}\n"                 /* 2 bad JSON */
		"{\"id\":\"3\",\"text\":\"third\"}\n"                  /* 3 ok */
		"{\"id\":\"4\"}\n"                                     /* 4 missing text */
		"{\"id\":\"\",\"text\":\"empty id\"}\n"                /* 5 empty id */
		"{\"id\":\"6\",\"text\":\"bad date\",\"date\":\"2023-02-29\"}\n" /* 6 */
		"{\"id\":\"7\",\"text\":\"nul \0 byte\"}\n"            /* 7 NUL byte */
		"{\"id\":\"8\",\"text\":\"   \"}\n"                    /* 8 blank text */
		"[\"not\",\"an\",\"object\"]\n"                        /* 9 */
		"{\"id\":\"10\",\"text\":5}\n"                         /* 10 text not a string */
		"{\"id\":\"11\",\"text\":\"a\\u0000b\"}\n"             /* 11 escaped NUL */
		"{\"id\":\"12\",\"text\":\"last\"}\n";                 /* 12 ok */
	dyad_reader *r = open_mem("bad.jsonl", in, sizeof in - 1, DYAD_IN_AUTO);
	assert_int_equal(drain(r), 3);
	assert_int_equal(dyad_reader_skipped(r), 9);
	assert_int_equal(dyad_reader_records(r), 12);
	dyad_reader_close(r);
	assert_int_equal(n_res, 12);
	assert_string_equal(res[0].id, "1");
	assert_string_equal(res[2].id, "3");
	assert_string_equal(res[11].id, "12");
	long bad_lines[] = {2, 4, 5, 6, 7, 8, 9, 10, 11};
	size_t bad_idx[] = {1, 3, 4, 5, 6, 7, 8, 9, 10};
	for (size_t i = 0; i < 9; i++) {
		got *g = &res[bad_idx[i]];
		assert_true(g->rc < 0);
		assert_int_equal(g->line, bad_lines[i]);
		char prefix[32];
		snprintf(prefix, sizeof prefix, "bad.jsonl:%ld: ", bad_lines[i]);
		if (strncmp(g->msg, prefix, strlen(prefix)) != 0)
			fail_msg("message '%s' lacks prefix '%s'", g->msg, prefix);
	}
	assert_int_equal(res[1].rc, DYAD_EPARSE);
	assert_non_null(strstr(res[1].msg, "bad JSON: expected ',' or '}'"));
	assert_non_null(strstr(res[1].msg, "got '\"' at byte 10"));
	assert_non_null(strstr(res[3].msg, "missing \"text\""));
	assert_non_null(strstr(res[4].msg, "empty \"id\""));
	assert_non_null(strstr(res[5].msg, "bad \"date\" \"2023-02-29\""));
	assert_non_null(strstr(res[6].msg, "NUL byte at column 23"));
	assert_non_null(strstr(res[7].msg, "empty \"text\""));
	assert_non_null(strstr(res[8].msg, "JSON array, expected an object"));
	assert_non_null(strstr(res[9].msg, "\"text\" is a JSON number"));
	assert_non_null(strstr(res[10].msg, "NUL character"));
}

static void test_jsonl_limit_crlf(void **state)
{
	static const char in[] = "{\"id\":\"a\",\"text\":\"short\"}\r\n"
	                         "{\"id\":\"b\",\"text\":\"this line is far too long for the limit\"}\r\n"
	                         "\r\n"
	                         "{\"id\":\"c\",\"text\":\"ok again\"}\r\n";
	dyad_reader *r = open_mem("crlf.jsonl", in, sizeof in - 1, DYAD_IN_JSONL);
	dyad_reader_set_max_record(r, 40);
	assert_int_equal(drain(r), 2);
	assert_int_equal(dyad_reader_skipped(r), 1);
	dyad_reader_close(r);
	assert_string_equal(res[0].text, "short");
	assert_int_equal(res[1].rc, DYAD_ELIMIT);
	assert_int_equal(res[1].line, 2);
	assert_string_equal(res[1].msg, "crlf.jsonl:2: line of 60 bytes is longer than the record "
	                                "limit of 40 bytes; skipped");
	assert_string_equal(res[2].id, "c");
	assert_string_equal(res[2].text, "ok again");
	/* a UTF-8 byte order mark is skipped; invalid UTF-8 passes through */
	static const char bom[] = "\xEF\xBB\xBF{\"id\":\"x\",\"text\":\"bad \xff utf8\"}\n";
	assert_int_equal(READ("bom.jsonl", bom, DYAD_IN_AUTO), 1);
	assert_string_equal(res[0].text, "bad \xff utf8");
}

static void test_empty_inputs(void **state)
{
	dyad_in_format fmts[] = {DYAD_IN_AUTO, DYAD_IN_TEXT, DYAD_IN_JSONL, DYAD_IN_TABARI,
	                         DYAD_IN_PETRARCH};
	for (int i = 0; i < 5; i++) {
		dyad_reader *r = open_mem("empty", "", 0, fmts[i]);
		assert_int_equal(drain(r), 0);
		assert_int_equal(n_res, 0);
		assert_int_equal(dyad_reader_records(r), 0);
		assert_int_equal(dyad_reader_skipped(r), 0);
		dyad_reader_close(r);
	}
	assert_int_equal(READ("blank.txt", " \n\t\n", DYAD_IN_AUTO), 0);
	assert_int_equal(n_res, 0);
	assert_int_equal(READ("blank.jsonl", "\n\n  \r\n", DYAD_IN_AUTO), 0);
	assert_int_equal(n_res, 0);
	dyad_reader_close(NULL); /* no-op */
}

static void test_text(void **state)
{
	static const char in[] = "Line one.\r\nLine two.\n";
	assert_int_equal(READ("dir/story.txt", in, DYAD_IN_AUTO), 1);
	assert_string_equal(res[0].id, "story.txt");
	assert_string_equal(res[0].text, in);
	assert_int_equal(res[0].date, 0);
	dyad_reader *r = open_mem("big.txt", in, sizeof in - 1, DYAD_IN_TEXT);
	dyad_reader_set_max_record(r, 10);
	assert_int_equal(drain(r), 0);
	assert_int_equal(dyad_reader_skipped(r), 1);
	dyad_reader_close(r);
	assert_int_equal(res[0].rc, DYAD_ELIMIT);
	assert_non_null(strstr(res[0].msg, "big.txt:1: document of 21 bytes"));
}

static void test_tabari(void **state)
{
	static const char in[] =
		"#####################\n"
		"# banner\n"
		"#####################\n"
		"\n"
		"# a comment line\n"
		"# ignored entirely\n"
		"\n"
		"950101  DEMO-01\n"
		"Arnor is about to restore full diplomatic ties with Gondor almost \n"
		"five years after crowds trashed its embassy. \n"
		"/*\\n------------------\n"
		"\\n{ ARN / GON / 064 } */   \n"
		"\n"
		"220608 AFP-2 extra info\r\n"
		"Seoul criticised/* inline */ Pyongyang /* two\r\n"
		"lines */on Wednesday.\r\n"
		"\r\n"
		"9501201  BAD-DATE\n"
		"text\n"
		"\n"
		"20150607 YYYY-01\n"
		"Fornost is about to restore ties. /* unterminated\n"
		"\n"
		"950101*INTRO\n"
		"First digit starts a record.\n"
		"\n"
		"951301 BAD-MONTH\n"
		"text\n"
		"\n"
		"950101 NO-TEXT\n"
		"/* only a comment */\n"
		"\n"
		"490101 PIVOT\n"
		"2 lines, the second starting with a digit:\n"
		"3 more.\n"
		"\n"
		"no header before this text\n"
		"so the record is reported and skipped\n";
	dyad_reader *r = open_mem("v.text", in, sizeof in - 1, DYAD_IN_AUTO);
	assert_int_equal(drain(r), 5);
	assert_int_equal(dyad_reader_records(r), 8);
	assert_int_equal(dyad_reader_skipped(r), 4);
	dyad_reader_close(r);
	assert_string_equal(res[0].id, "DEMO-01");
	assert_int_equal(res[0].date, 19950101);
	assert_string_equal(res[0].text, "Arnor is about to restore full diplomatic ties with Gondor "
	                                 "almost\nfive years after crowds trashed its embassy.");
	assert_string_equal(res[1].id, "AFP-2 extra info");
	assert_int_equal(res[1].date, 20220608);
	assert_string_equal(res[1].text, "Seoul criticised Pyongyang\non Wednesday.");
	assert_int_equal(res[2].rc, DYAD_EPARSE);
	assert_string_equal(res[2].msg, "v.text:18: bad date \"9501201\" (want YYMMDD or YYYYMMDD); "
	                                "skipped");
	assert_string_equal(res[3].id, "YYYY-01");
	assert_int_equal(res[3].date, 20150607);
	assert_string_equal(res[3].text, "Fornost is about to restore ties.");
	assert_string_equal(res[4].id, "*INTRO");
	assert_int_equal(res[5].rc, DYAD_EPARSE);
	assert_int_equal(res[5].line, 27);
	assert_int_equal(res[6].rc, DYAD_EPARSE);
	assert_non_null(strstr(res[6].msg, "v.text:30: record NO-TEXT has no text"));
	assert_string_equal(res[7].id, "PIVOT");
	assert_int_equal(res[7].date, 20490101);
	assert_string_equal(res[7].text, "2 lines, the second starting with a digit:\n3 more.");
	/* a paragraph without a header is a record with a malformed header */
	assert_int_equal(res[8].rc, DYAD_EPARSE);
	assert_non_null(strstr(res[8].msg, "v.text:37: expected a record header"));

	/* over-limit record: reported at its header line with its size, then go on */
	static const char big[] = "950101 A\nshort\n\n950101 B\n"
	                          "a line that is longer than thirty bytes\nmore\n\n"
	                          "950101 C\nfine\n";
	r = open_mem("big.text", big, sizeof big - 1, DYAD_IN_TABARI);
	dyad_reader_set_max_record(r, 30);
	assert_int_equal(drain(r), 2);
	assert_int_equal(dyad_reader_skipped(r), 1);
	dyad_reader_close(r);
	assert_int_equal(res[1].rc, DYAD_ELIMIT);
	assert_string_equal(res[1].msg, "big.text:4: record of 54 bytes is longer than the record "
	                                "limit of 30 bytes; skipped");
	assert_string_equal(res[2].id, "C");
}

static void test_petrarch(void **state)
{
	static const char in[] =
		"<Validation>\n"
		"<!-- <Sentence date=\"19950101\" id=\"IN-COMMENT\"><Text>no</Text></Sentence> -->\n"
		"<Sentences>\n"
		"<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\" sentence=\"true\">\n"
		"<!-- comment with </Sentence> inside -->\n"
		"<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
		"<Text>\n"
		"Arnor will restore full &amp;TIETYPE ties with Gondor &lt;now&gt; caf&#233; &#x263A; &nbsp;\n"
		"</Text>\n"
		"<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>\n"
		"</Sentence>\n"
		"<Sentence date = \"20220608\" id =\"S&amp;2\"  category=\"X\"><Text><![CDATA[a <b> & c]]> d<!-- x --> e</Text></Sentence>\n"
		"<Sentence date=\"19951301\" id=\"BAD-DATE\"><Text>x</Text></Sentence>\n"
		"<Sentence id=\"NO-TEXT\" date=\"19950101\"><Parse>x</Parse></Sentence>\n"
		"<Sentence date=\"19950101\"><Text>no id</Text></Sentence>\n"
		"<Sentence date=\"19950101\" id=\"EMPTY\"><Text>  </Text></Sentence>\n"
		"<Sentence id='NODATE'><Text>Single quotes.</Text></Sentence>\n"
		"</Sentences>\n"
		"<Sentence date=\"19950101\" id=\"OPEN\"><Text>never closed</Text>\n";
	dyad_reader *r = open_mem("u.xml", in, sizeof in - 1, DYAD_IN_AUTO);
	assert_int_equal(drain(r), 3);
	assert_int_equal(dyad_reader_records(r), 8);
	assert_int_equal(dyad_reader_skipped(r), 5);
	dyad_reader_close(r);
	assert_string_equal(res[0].id, "DEMO-00");
	assert_int_equal(res[0].date, 19950101);
	assert_string_equal(res[0].text, "Arnor will restore full &TIETYPE ties with Gondor <now> "
	                                 "caf\xc3\xa9 \xe2\x98\xba &nbsp;");
	assert_string_equal(res[1].id, "S&2");
	assert_int_equal(res[1].date, 20220608);
	assert_string_equal(res[1].text, "a <b> & c d e");
	assert_int_equal(res[2].rc, DYAD_EPARSE);
	assert_non_null(strstr(res[2].msg, "u.xml:13: bad date \"19951301\""));
	assert_non_null(strstr(res[3].msg, "u.xml:14: <Sentence id=\"NO-TEXT\"> has no <Text>"));
	assert_non_null(strstr(res[4].msg, "u.xml:15: <Sentence> without an id"));
	assert_non_null(strstr(res[5].msg, "empty <Text>"));
	assert_string_equal(res[6].id, "NODATE");
	assert_int_equal(res[6].date, 0);
	assert_non_null(strstr(res[7].msg, "u.xml:19: <Sentence> not closed"));

	static const char big[] = "<S><Sentence id=\"a\"><Text>one</Text></Sentence>\n"
	                          "<Sentence id=\"b\"><Text>two two two two two</Text></Sentence>\n"
	                          "<Sentence id=\"c\"><Text>three</Text></Sentence>";
	r = open_mem("big.xml", big, sizeof big - 1, DYAD_IN_PETRARCH);
	dyad_reader_set_max_record(r, 50);
	assert_int_equal(drain(r), 2);
	dyad_reader_close(r);
	assert_int_equal(res[1].rc, DYAD_ELIMIT);
	assert_non_null(strstr(res[1].msg, "big.xml:2: <Sentence> element of 60 bytes"));
	assert_string_equal(res[2].text, "three");
}

static void test_sniffing(void **state)
{
	assert_int_equal(READ("noext", "  {\"id\":\"a\",\"text\":\"t\"}\n", DYAD_IN_AUTO), 1);
	assert_string_equal(res[0].id, "a");
	assert_int_equal(READ("noext", "<Sentence id=\"a\"><Text>t</Text></Sentence>", DYAD_IN_AUTO), 1);
	assert_string_equal(res[0].id, "a");
	assert_int_equal(READ("noext", "# c\n\n950101 X\nword\n", DYAD_IN_AUTO), 1);
	assert_string_equal(res[0].id, "X");
	assert_int_equal(READ("noext", "1999 was a year.", DYAD_IN_AUTO), 1);
	assert_string_equal(res[0].id, "noext");
	/* an explicit format wins over the extension */
	assert_int_equal(READ("x.jsonl", "plain words", DYAD_IN_TEXT), 1);
	assert_string_equal(res[0].text, "plain words");
}

static void test_gzip_files(void **state)
{
	char path[128];
	dyad_reader *r;
	dyad_error err;
	static const char jl[] = "{\"id\":\"g1\",\"text\":\"gz one\"}\n"
	                         "{\"id\":\"g2\" oops}\n"
	                         "{\"id\":\"g3\",\"text\":\"gz three\"}\n";
	snprintf(path, sizeof path, "%s/docs.jsonl.gz", tmpdir);
	write_gz(path, jl, sizeof jl - 1);
	assert_int_equal(dyad_reader_open(&r, path, DYAD_IN_AUTO, &err), 0);
	assert_int_equal(drain(r), 2);
	assert_int_equal(dyad_reader_skipped(r), 1);
	dyad_reader_close(r);
	assert_string_equal(res[2].text, "gz three");
	char want[160];
	snprintf(want, sizeof want, "%s:2: bad JSON", path);
	assert_memory_equal(res[1].msg, want, strlen(want));

	snprintf(path, sizeof path, "%s/story.txt.gz", tmpdir);
	write_gz(path, "Whole story.\n", 13);
	assert_int_equal(dyad_reader_open(&r, path, DYAD_IN_AUTO, &err), 0);
	assert_int_equal(drain(r), 1);
	dyad_reader_close(r);
	assert_string_equal(res[0].id, "story.txt");
	assert_string_equal(res[0].text, "Whole story.\n");

	snprintf(path, sizeof path, "%s/recs.text.gz", tmpdir);
	write_gz(path, "950101 T1\nTabari text.\n\n950102 T2\nMore.\n", 40);
	assert_int_equal(dyad_reader_open(&r, path, DYAD_IN_AUTO, &err), 0);
	assert_int_equal(drain(r), 2);
	dyad_reader_close(r);
	assert_int_equal(res[1].date, 19950102);

	snprintf(path, sizeof path, "%s/recs.xml.gz", tmpdir);
	static const char xml[] = "<Sentences><Sentence date=\"20010911\" id=\"P1\"><Text>X &amp; Y"
	                          "</Text></Sentence></Sentences>";
	write_gz(path, xml, sizeof xml - 1);
	assert_int_equal(dyad_reader_open(&r, path, DYAD_IN_AUTO, &err), 0);
	assert_int_equal(drain(r), 1);
	dyad_reader_close(r);
	assert_string_equal(res[0].text, "X & Y");

	/* a gzip file under a neutral name is sniffed after decompression */
	snprintf(path, sizeof path, "%s/noext", tmpdir);
	write_gz(path, jl, sizeof jl - 1);
	assert_int_equal(dyad_reader_open(&r, path, DYAD_IN_AUTO, &err), 0);
	assert_int_equal(drain(r), 2);
	dyad_reader_close(r);

	/* many records across the 128 KiB read chunks */
	size_t cap = 4 << 20, len = 0;
	char *big = malloc(cap);
	assert_non_null(big);
	for (int i = 0; i < 20000; i++)
		len += (size_t)snprintf(big + len, cap - len,
		                        "{\"id\":\"r%d\",\"text\":\"Record number %d of many, padded "
		                        "to cross chunk boundaries.\"}\n", i, i);
	snprintf(path, sizeof path, "%s/many.jsonl.gz", tmpdir);
	write_gz(path, big, len);
	assert_int_equal(dyad_reader_open(&r, path, DYAD_IN_AUTO, &err), 0);
	int docs = 0;
	dyad_doc d;
	int rc;
	while ((rc = dyad_reader_next(r, &d, &err)) != 0) {
		assert_int_equal(rc, 1);
		char id[16];
		snprintf(id, sizeof id, "r%d", docs);
		assert_int_equal(d.id_len, strlen(id));
		assert_memory_equal(d.id, id, d.id_len);
		docs++;
	}
	assert_int_equal(docs, 20000);
	dyad_reader_close(r);

	/* a truncated gzip file: the records before the damage, then an I/O error, then the end */
	snprintf(path, sizeof path, "%s/trunc.jsonl.gz", tmpdir);
	gzFile gz = gzopen(path, "wb");
	gzwrite(gz, big, (unsigned)len);
	gzclose(gz);
	FILE *f = fopen(path, "r+");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long size = ftell(f);
	fclose(f);
	assert_int_equal(truncate(path, size / 2), 0);
	assert_int_equal(dyad_reader_open(&r, path, DYAD_IN_AUTO, &err), 0);
	docs = 0;
	int eio = 0;
	while ((rc = dyad_reader_next(r, &d, &err)) != 0) {
		if (rc == DYAD_EIO) {
			eio++;
			assert_non_null(strstr(err.msg, "read error"));
		} else if (rc == 1)
			docs++;
	}
	assert_int_equal(eio, 1);
	assert_int_equal(dyad_reader_skipped(r), 1); /* the lost rest counts as a skip */
	assert_true(docs > 1000 && docs < 20000);
	dyad_reader_close(r);
	free(big);
}

static void test_open_errors_and_stdin(void **state)
{
	dyad_reader *r = (dyad_reader *)1;
	dyad_error err;
	assert_int_equal(dyad_reader_open(&r, "/nonexistent/x.jsonl", DYAD_IN_AUTO, &err), DYAD_EIO);
	assert_null(r);
	char msg[600];
	assert_string_equal(dyad_error_format(&err, msg, sizeof msg),
	                    "/nonexistent/x.jsonl: cannot open: No such file or directory");
	assert_int_equal(dyad_reader_open_mem(&r, "x", NULL, 5, DYAD_IN_AUTO, &err), DYAD_EINVAL);

	/* stdin ("-" or NULL), gzip-compressed even */
	char path[128];
	snprintf(path, sizeof path, "%s/stdin.gz", tmpdir);
	static const char jl[] = "{\"id\":\"s1\",\"text\":\"from stdin\"}\n";
	write_gz(path, jl, sizeof jl - 1);
	int saved = dup(STDIN_FILENO);
	int fd = open(path, O_RDONLY);
	assert_true(saved >= 0 && fd >= 0);
	dup2(fd, STDIN_FILENO);
	close(fd);
	assert_int_equal(dyad_reader_open(&r, "-", DYAD_IN_AUTO, &err), 0);
	assert_int_equal(drain(r), 1);
	dyad_reader_close(r);
	assert_string_equal(res[0].id, "s1");
	assert_int_equal(READ("-", "", DYAD_IN_AUTO), 0);
	dup2(saved, STDIN_FILENO);
	close(saved);
}

/* The shared conformance inputs, read by path; skipped when ../shared is absent. */
static void test_shared_suites(void **state)
{
	static const struct {
		const char *path;
		int docs, skipped;
	} suites[] = {
		{"conformance/tabari/Validate.text", 479, 2},
		{"conformance/tabari/TABARI.Demo.text", 46, 0},
		{"conformance/petrarch/PETR.UnitTest.records.xml", 284, 0},
		{"dev/news_dev.jsonl", 188, 0},
	};
	const char *roots[] = {"../shared/data", "/work/shared/data"};
	for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++) {
		char path[256];
		dyad_reader *r = NULL;
		dyad_error err;
		for (size_t k = 0; k < 2 && !r; k++) {
			snprintf(path, sizeof path, "%s/%s", roots[k], suites[i].path);
			if (access(path, R_OK) == 0)
				assert_int_equal(dyad_reader_open(&r, path, DYAD_IN_AUTO, &err), 0);
		}
		if (!r) {
			print_message("skip %s: ../shared/data not present\n", suites[i].path);
			continue;
		}
		dyad_doc d;
		int rc, docs = 0;
		while ((rc = dyad_reader_next(r, &d, &err)) != 0)
			docs += rc == 1;
		assert_int_equal(docs, suites[i].docs);
		assert_int_equal(dyad_reader_skipped(r), suites[i].skipped);
		dyad_reader_close(r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_names),
		cmocka_unit_test(test_jsonl_good),
		cmocka_unit_test(test_jsonl_bad_records),
		cmocka_unit_test(test_jsonl_limit_crlf),
		cmocka_unit_test(test_empty_inputs),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_tabari),
		cmocka_unit_test(test_petrarch),
		cmocka_unit_test(test_sniffing),
		cmocka_unit_test(test_gzip_files),
		cmocka_unit_test(test_open_errors_and_stdin),
		cmocka_unit_test(test_shared_suites),
	};
	return cmocka_run_group_tests(tests, setup_dir, teardown_dir);
}
