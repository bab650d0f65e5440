/* dyad/writer.h — event sinks: dyad JSONL, TSV, TABARI, Phoenix, GDELT, PLOVER.
 * Formatting appends to a growable buffer so worker threads can format in
 * parallel and the writer thread keeps input order. */
#ifndef DYAD_WRITER_H
#define DYAD_WRITER_H

#include <stdio.h>
#include "coder.h"

typedef enum dyad_out_format {
	DYAD_OUT_JSONL,
	DYAD_OUT_TSV,
	DYAD_OUT_TABARI,
	DYAD_OUT_PHOENIX,
	DYAD_OUT_GDELT,
	DYAD_OUT_PLOVER
} dyad_out_format;

typedef struct dyad_buf {
	char *data;
	size_t len, cap;
	size_t limit; /* 0 = no limit other than SIZE_MAX */
} dyad_buf;

DYAD_API int dyad_buf_append(dyad_buf *b, const char *s, size_t n);
DYAD_API int dyad_buf_printf(dyad_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
DYAD_API void dyad_buf_free(dyad_buf *b);

DYAD_API int dyad_out_format_parse(const char *name, dyad_out_format *out);
/* Optional header line (TSV, Phoenix, GDELT have column names). */
DYAD_API int dyad_format_header(dyad_buf *b, dyad_out_format fmt);
DYAD_API int dyad_format_event(dyad_buf *b, dyad_out_format fmt, const dyad_doc *doc,
                               const dyad_event *ev);
/* JSON string escaping helper used by every JSON sink. */
DYAD_API int dyad_buf_json_string(dyad_buf *b, const char *s, size_t n);

#endif
