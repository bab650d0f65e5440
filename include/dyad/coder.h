/* dyad/coder.h — code one document at a time into CAMEO events.
 * A coder holds the per-document arena; it is not thread-safe, but any number
 * of coders may share one immutable dyad_dict. */
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include "error.h"
#include "event.h"
#include "dict.h"

typedef struct dyad_doc {
	const char *id;
	size_t id_len;
	const char *text;
	size_t text_len;
	int32_t date;        /* YYYYMMDD, 0 = unknown (falls back to options.default_date) */
	const char *url;     /* optional, NUL-terminated, may be NULL */
	const char *source;  /* outlet, optional */
	const char *title;   /* optional */
	long line;           /* input line the document starts on (readers fill it), 0 unknown */
} dyad_doc;

typedef struct dyad_coder_options {
	int32_t default_date;      /* YYYYMMDD used when a document has none */
	int tabari_compat;         /* code negated/hypothetical clauses as TABARI does */
	int petrarch_compat;       /* with tabari_compat: PETRARCH-1's differences (docs/coder.md) */
	int keep_self_events;      /* keep events whose source equals target */
	size_t max_sentence_bytes; /* 0 = default (64 KiB): longer sentences are split and reported */
	size_t max_events;         /* per document; 0 = default (100000) */
} dyad_coder_options;

typedef struct dyad_coder dyad_coder;

typedef struct dyad_result {
	const dyad_event *events;
	size_t n_events;
	size_t n_sentences;
	size_t n_warnings;          /* e.g. over-long sentences split, invalid UTF-8 repaired */
	const char *first_warning;  /* message of the first warning, or NULL */
} dyad_result;

DYAD_API void dyad_coder_options_init(dyad_coder_options *opts);
DYAD_API int dyad_coder_new(dyad_coder **out, const dyad_dict *dict,
                            const dyad_coder_options *opts);
/* Code doc. *out is valid until the next call on this coder or its free. */
DYAD_API int dyad_coder_code(dyad_coder *coder, const dyad_doc *doc, dyad_result *out,
                             dyad_error *err);
DYAD_API void dyad_coder_free(dyad_coder *coder);

/* Parse "YYYY-MM-DD", "YYYYMMDD" or TABARI "YYMMDD" into YYYYMMDD; -1 if invalid. */
DYAD_API int32_t dyad_date_parse(const char *s, size_t len);

#endif
