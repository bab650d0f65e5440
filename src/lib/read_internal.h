/* lib/read_internal.h — the reader handle and the byte/line source shared by
 * the format readers (read_text.c, read_jsonl.c, read_tabari.c, read_petrarch.c).
 * read.c owns the source: a zlib stream (gzip or plain, file or stdin) or an
 * in-memory copy, read in chunks; lines and records are bounded by max_record. */
#ifndef DYAD_LIB_READ_INTERNAL_H
#define DYAD_LIB_READ_INTERNAL_H

#include <dyad/reader.h>
#include <dyad/writer.h>
#include <zlib.h>

#include "util/arena.h"

struct dyad_reader {
	dyad_in_format fmt;
	char *name;          /* file name for messages: the path, "<stdin>" or the mem name */
	char *base;          /* text format: document id (basename without .gz) */
	gzFile gz;           /* NULL for memory input */
	char *chunk;         /* current bytes: a gz read buffer, or the whole memory copy */
	size_t pos, end;
	int eof;             /* the source has no more bytes past chunk[end] */
	int io_failed;       /* a read error happened; the reader is at its end */
	int io_reported;     /* ... and was returned (and counted as one skip) */
	size_t max_record;
	long line;           /* lines fully consumed so far */
	size_t last_len;     /* bytes of the last line read, even if it was over the limit */
	int in_paragraph;    /* TABARI reader: the previous line was not blank */
	size_t records, skipped;
	dyad_arena arena;    /* strings of the current document; reset by each next */
	dyad_buf rec;        /* assembly of the current line (or whole text document) */
	dyad_buf text;       /* assembly of a multi-line record's text */
	int done;            /* text format: the single document was produced */
	/* petrarch scanner: 1 while inside <!-- --> between records */
	int in_comment;
	int (*next)(dyad_reader *r, dyad_doc *out, dyad_error *err);
};

/* Next byte, or -1 at end of input, or -2 after a read error (reported via
 * dyad_reader__io_error). */
int dyad_reader__refill(dyad_reader *r);
static inline int dyad_reader__getc(dyad_reader *r)
{
	if (r->pos < r->end)
		return (unsigned char)r->chunk[r->pos++];
	return dyad_reader__refill(r);
}
/* Next line without its "\n" or "\r\n": 1 = *line and *len set (valid until the
 * next read), 0 = end of input, DYAD_ELIMIT = the line was longer than
 * max_record (consumed and reported with its size in err, but not counted:
 * the caller counts the record it spoils), DYAD_EIO = read error. */
int dyad_reader__getline(dyad_reader *r, const char **line, size_t *len, dyad_error *err);
/* Report the read error that made refill return -2 (and end the reader). */
int dyad_reader__io_error(dyad_reader *r, dyad_error *err);
/* Report a bad record at line: count the skip, fill err, return code. */
int dyad_reader__skip(dyad_reader *r, dyad_error *err, int code, long line, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 5, 6)))
#endif
	;

int dyad_reader__next_text(dyad_reader *r, dyad_doc *out, dyad_error *err);
int dyad_reader__next_jsonl(dyad_reader *r, dyad_doc *out, dyad_error *err);
int dyad_reader__next_tabari(dyad_reader *r, dyad_doc *out, dyad_error *err);
int dyad_reader__next_petrarch(dyad_reader *r, dyad_doc *out, dyad_error *err);

#endif
