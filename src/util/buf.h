/* util/buf.h — dyad_buf internals for the formatters: room to write a whole
 * line into at once, and JSON string escaping into that room. */
#ifndef DYAD_UTIL_BUF_H
#define DYAD_UTIL_BUF_H

#include <dyad/writer.h>

/* room for n more bytes and a NUL past b->len: 0, DYAD_ELIMIT or DYAD_ENOMEM */
int dyad_buf__reserve(dyad_buf *b, size_t n);
/* the bytes dyad_buf__json_into may write for a string of n bytes */
#define DYAD_JSON_STRING_MAX(n) (6 * (n) + 2)
/* The JSON string of s[0..n) (quoted, escaped as dyad_buf_json_string does)
 * written at o; returns the end. */
char *dyad_buf__json_into(char *o, const char *s, size_t n);

#endif
