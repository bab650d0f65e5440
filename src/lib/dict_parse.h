/* lib/dict_parse.h — shared pieces of the dictionary file readers: line
 * iteration, comment stripping, phrases, code blocks, and error reporting. */
#ifndef DYAD_LIB_DICT_PARSE_H
#define DYAD_LIB_DICT_PARSE_H

#include <stddef.h>

#include "lib/dict_internal.h"

struct dyad_dict_builder {
	dyad_dict *d;
	int strict;
	dyad_diag_fn diag;
	void *payload;
	dyad_error problem; /* last malformed-entry report */
	uint32_t file_off;  /* pool offset of the file being read */
};

typedef struct dline {
	const char *s; /* line without its end of line */
	size_t n;
	long no;       /* 1-based line number */
} dline;

typedef struct dreader {
	const char *p, *end;
	long no;
} dreader;

int dyad_dict__next_line(dreader *r, dline *out);
/* Trim blanks and cut a trailing comment (";..." or " #..." outside brackets). */
void dyad_dict__strip(dline *l);
/* Report a malformed entry: returns DYAD_EPARSE in strict mode, else 0 (skipped and counted). */
int dyad_dict__bad(dyad_dict_builder *b, dyad_error *err, const char *file, long line,
                   const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 5, 6)))
#endif
	;
/* Parse phrase words from s[0..n). pattern=1 accepts * + $ % ^ and &SYNSET.
 * Returns 0, or a negative code with a reason in *why. */
int dyad_dict__phrase(dyad_dict *d, const char *s, size_t n, int pattern, dphrase *out,
                      const char **why);
/* Parse "YYMMDD" or "YYYYMMDD" into YYYYMMDD; -1 if invalid. */
int32_t dyad_dict__date(const char *s, size_t n);
/* Parse the inside of one "[...]" code block of an actor entry into *out.
 * Accepts "CODE", "CODE >DATE", "CODE <DATE", "CODE DATE-DATE", "~GOV", "GOV~". */
int dyad_dict__code_block(dyad_dict *d, const char *s, size_t n, dcode *out, int *agent,
                          const char **why);
/* Append helpers with growth; return 0 or DYAD_ENOMEM. */
int dyad_dict__grow(void **arr, uint32_t *cap, uint32_t need, size_t elem);

#define DICT_PUSH(d, arr, n, cap, val)                                                      \
	(dyad_dict__grow((void **)&(d)->arr, &(d)->cap, (d)->n + 1, sizeof *(d)->arr)             \
	     ? DYAD_ENOMEM                                                                    \
	     : ((d)->arr[(d)->n++] = (val), 0))

/* Expand "{ a | b }" alternatives in a pattern into up to max variants written
 * to out (each NUL-terminated, malloc'd); returns count or negative. */
int dyad_dict__alternatives(const char *s, size_t n, char **out, int max);

int dyad_dict__read_actors(dyad_dict_builder *b, const char *file, const char *text, size_t n,
                           int agents, dyad_error *err);
int dyad_dict__read_verbs(dyad_dict_builder *b, const char *file, const char *text, size_t n,
                          dyad_error *err);
int dyad_dict__read_discards(dyad_dict_builder *b, const char *file, const char *text, size_t n,
                             dyad_error *err);
int dyad_dict__read_issues(dyad_dict_builder *b, const char *file, const char *text, size_t n,
                           dyad_error *err);
int dyad_dict__read_options(dyad_dict_builder *b, const char *file, const char *text, size_t n,
                            dyad_error *err);

#endif
