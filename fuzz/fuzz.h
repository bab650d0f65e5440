/* fuzz/fuzz.h — helpers shared by the libFuzzer targets in fuzz/: one target
 * per entry point, each a LLVMFuzzerTestOneInput over libdyad's public API
 * (or an internal parser). A target must never print, leak or read out of
 * bounds; a broken invariant aborts so both libFuzzer and fuzz/standalone.c
 * report it as a crash. */
#ifndef DYAD_FUZZ_H
#define DYAD_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <dyad/dyad.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort on a broken invariant: the fuzzer's way of failing an assertion that
 * stays on in optimised builds. */
#define FUZZ_CHECK(cond)            \
	do {                            \
		if (!(cond))                \
			abort();                \
	} while (0)

/* A small fixed dictionary (ISO country codes, CAMEO codes) for targets that
 * need one; parts can be left out so a fuzzed part takes their place. */
static const char fuzz_verbs[] = "ACCUSE  [112]\n"
                                 "- * OF  [112]\n"
                                 "CRITICIZE  [111]\n"
                                 "MEET  [040]\n"
                                 "- * WITH  [040]\n"
                                 "RESTORE  [064]\n"
                                 "- * DIPLOMATIC_TIES WITH  [064]\n"
                                 "THREATEN  [130]\n"
                                 "ATTACK  [190]\n";
static const char fuzz_actors[] = "FRANCE  [FRA]\n"
                                  "GERMANY  [DEU]\n"
                                  "ITALY  [ITA]\n"
                                  "SPAIN  [ESP]\n"
                                  "UNITED_STATES  [USA]\n"
                                  "NORTH_KOREA  [PRK]\n"
                                  "SOUTH_KOREA  [KOR]\n";
static const char fuzz_agents[] = "MINISTER_  [~GOV]\n"
                                  "POLICE_  [~COP]\n"
                                  "REBELS_  [~REB]\n";

/* Sentences coded against every dictionary a target builds. */
static const char fuzz_text[] =
	"France accused Germany of spying on Monday. The Italian minister met his Spanish "
	"counterpart. South Korea and the United States criticized North Korea, urging "
	"Pyongyang to return to talks. Rebels attacked police in Spain.";

/* Build a dictionary from the fixed parts plus (kind, data) when data is
 * non-NULL; the fixed part of the same kind is left out. Returns 0 or a
 * DYAD_E* code; *out is NULL on failure. */
static inline int fuzz_build_dict(dyad_dict **out, int strict, int kind, const char *data,
                                  size_t len)
{
	dyad_dict_builder *b = NULL;
	dyad_error err;
	int rc;
	*out = NULL;
	if ((rc = dyad_dict_builder_new(&b)))
		return rc;
	dyad_dict_builder_set_strict(b, strict);
	if (kind != DYAD_DICT_ACTORS)
		rc = dyad_dict_builder_add_text(b, DYAD_DICT_ACTORS, "fixed.actors", fuzz_actors,
		                                sizeof fuzz_actors - 1, &err);
	if (!rc && kind != DYAD_DICT_AGENTS)
		rc = dyad_dict_builder_add_text(b, DYAD_DICT_AGENTS, "fixed.agents", fuzz_agents,
		                                sizeof fuzz_agents - 1, &err);
	if (!rc && data)
		rc = dyad_dict_builder_add_text(b, (dyad_dict_kind)kind, "fuzz", data, len, &err);
	if (!rc && kind != DYAD_DICT_VERBS)
		rc = dyad_dict_builder_add_text(b, DYAD_DICT_VERBS, "fixed.verbs", fuzz_verbs,
		                                sizeof fuzz_verbs - 1, &err);
	if (!rc)
		rc = dyad_dict_builder_finish(out, b, &err);
	dyad_dict_builder_free(b);
	if (rc)
		FUZZ_CHECK(rc < 0 && *out == NULL);
	return rc;
}

/* Code text with d and format every event in every output format; checks
 * that spans stay inside the text. */
static inline void fuzz_code(const dyad_dict *d, const char *text, size_t len,
                             size_t max_sentence_bytes)
{
	dyad_coder_options opt;
	dyad_coder *c = NULL;
	dyad_coder_options_init(&opt);
	opt.default_date = 20200101;
	opt.max_sentence_bytes = max_sentence_bytes;
	if (dyad_coder_new(&c, d, &opt))
		return;
	dyad_doc doc = {0};
	doc.id = "fuzz";
	doc.id_len = 4;
	doc.text = text;
	doc.text_len = len;
	dyad_result res;
	dyad_error err;
	if (!dyad_coder_code(c, &doc, &res, &err)) {
		dyad_buf b = {0};
		b.limit = (size_t)1 << 26;
		for (size_t i = 0; i < res.n_events; i++) {
			const dyad_event *e = &res.events[i];
			FUZZ_CHECK(e->source && e->target);
			FUZZ_CHECK(e->source_span.begin <= e->source_span.end && e->source_span.end <= len);
			FUZZ_CHECK(e->target_span.begin <= e->target_span.end && e->target_span.end <= len);
			FUZZ_CHECK(e->verb_span.begin <= e->verb_span.end && e->verb_span.end <= len);
			FUZZ_CHECK(e->sentence_span.begin <= e->sentence_span.end &&
			           e->sentence_span.end <= len);
			FUZZ_CHECK(e->sentence >= 1 && e->sentence <= res.n_sentences);
			for (int f = DYAD_OUT_JSONL; f <= DYAD_OUT_PLOVER; f++) {
				b.len = 0;
				(void)dyad_format_event(&b, (dyad_out_format)f, &doc, e);
			}
		}
		dyad_buf_free(&b);
	}
	dyad_coder_free(c);
}

/* Exercise a dictionary that loaded: describe and code the fixed sentences. */
static inline void fuzz_use_dict(const dyad_dict *d)
{
	char *desc = NULL;
	dyad_error err;
	dyad_dict_stats st;
	dyad_dict_get_stats(d, &st);
	if (!dyad_dict_describe(d, fuzz_text, sizeof fuzz_text - 1, 20200101, &desc, &err))
		FUZZ_CHECK(desc != NULL);
	free(desc);
	fuzz_code(d, fuzz_text, sizeof fuzz_text - 1, 0);
}

/* Read every record of data as fmt, twice: with the default record limit and
 * with a small one so the over-long-record path runs on small inputs. */
static inline void fuzz_read(const uint8_t *data, size_t size, dyad_in_format fmt)
{
	for (int pass = 0; pass < 2; pass++) {
		dyad_reader *r = NULL;
		dyad_error err;
		if (dyad_reader_open_mem(&r, "fuzz", (const char *)data, size, fmt, &err))
			return;
		if (pass)
			dyad_reader_set_max_record(r, 64);
		size_t sum = 0, n = 0;
		/* every call consumes input, so records + failures are bounded by size + 1 */
		for (size_t guard = 0; guard <= size + 1; guard++) {
			dyad_doc doc;
			int k = dyad_reader_next(r, &doc, &err);
			if (k == 0)
				break;
			if (k < 0) {
				if (err.code == DYAD_EIO || err.code == DYAD_ENOMEM)
					break;
				continue;
			}
			n++;
			FUZZ_CHECK(doc.id || !doc.id_len);
			FUZZ_CHECK(doc.text || !doc.text_len);
			/* touch every byte so ASan sees a span that runs past its buffer */
			for (size_t i = 0; i < doc.id_len; i++)
				sum += (unsigned char)doc.id[i];
			for (size_t i = 0; i < doc.text_len; i++)
				sum += (unsigned char)doc.text[i];
			FUZZ_CHECK(doc.date == 0 || (doc.date >= 101 && doc.date <= 99991231));
		}
		FUZZ_CHECK(dyad_reader_records(r) >= n);
		dyad_reader_close(r);
		(void)sum;
	}
}

#endif
