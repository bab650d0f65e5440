/* dyad/event.h — a coded event, the unit every sink writes.
 * Strings and spans point into the coder's per-document arena or the input
 * text; they stay valid until the next dyad_coder_code() on the same coder. */
#ifndef DYAD_EVENT_H
#define DYAD_EVENT_H

#include <stddef.h>
#include <stdint.h>

typedef struct dyad_span {
	uint32_t begin, end; /* byte offsets into the document text, end exclusive */
} dyad_span;

typedef struct dyad_event {
	uint32_t sentence;      /* 1-based sentence number within the document */
	int32_t date;           /* YYYYMMDD, 0 when unknown */
	const char *source;     /* actor code, e.g. "KORGOV" */
	const char *target;     /* actor code or "---" */
	char code[8];           /* CAMEO code, e.g. "111" */
	char root[4];           /* two-digit root, e.g. "11" */
	int quad;               /* QuadClass 1..4 */
	double goldstein;
	const char *plover;     /* PLOVER category or "" */
	const char *code_name;  /* CAMEO name */
	dyad_span source_span, target_span, verb_span, sentence_span;
	/* provenance for --explain */
	const char *pattern_file;
	uint32_t pattern_line;
	const char *pattern_text;
	const char *source_entry_file, *target_entry_file;
	uint32_t source_entry_line, target_entry_line;
	/* issue tags */
	const char *const *issues;
	size_t n_issues;
	/* place, when known */
	const char *place_name, *place_country;
	double lat, lon;
	int has_place;
} dyad_event;

#endif
