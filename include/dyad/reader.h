/* dyad/reader.h — input readers: plain text, JSON Lines, TABARI text records,
 * PETRARCH XML; gzip-compressed files are read directly; NULL path = stdin. */
#ifndef DYAD_READER_H
#define DYAD_READER_H

#include "coder.h"

typedef enum dyad_in_format {
	DYAD_IN_AUTO,     /* by extension, then by first bytes */
	DYAD_IN_TEXT,     /* the whole file is one document, id = file name */
	DYAD_IN_JSONL,    /* {"id","text"} required; date url source title optional */
	DYAD_IN_TABARI,   /* "YYMMDD ID" header line, text up to a blank line */
	DYAD_IN_PETRARCH  /* <Sentence date= id=><Text>...</Text></Sentence> */
} dyad_in_format;

typedef struct dyad_reader dyad_reader;

/* Default: 64 MiB per record; a longer record is reported (DYAD_ELIMIT) and skipped. */
#define DYAD_READER_MAX_RECORD ((size_t)64 << 20)

DYAD_API int dyad_in_format_parse(const char *name, dyad_in_format *out);
DYAD_API int dyad_reader_open(dyad_reader **out, const char *path, dyad_in_format fmt,
                              dyad_error *err);
/* Open over an in-memory buffer (copied); name is used in messages. */
DYAD_API int dyad_reader_open_mem(dyad_reader **out, const char *name, const char *data,
                                  size_t len, dyad_in_format fmt, dyad_error *err);
DYAD_API void dyad_reader_set_max_record(dyad_reader *r, size_t max_bytes);
/* 1 = *out holds a document (valid until the next call), 0 = end of input,
 * < 0 = this record is bad: err names file:line and problem; the caller may
 * call again to continue with the next record (the skip is counted). */
DYAD_API int dyad_reader_next(dyad_reader *r, dyad_doc *out, dyad_error *err);
DYAD_API size_t dyad_reader_skipped(const dyad_reader *r);
DYAD_API size_t dyad_reader_records(const dyad_reader *r);
DYAD_API void dyad_reader_close(dyad_reader *r);

#endif
