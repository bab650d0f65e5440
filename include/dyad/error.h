/* dyad/error.h — error values shared by every libdyad function.
 * Functions return 0 on success or a negative DYAD_E* code and, when given a
 * dyad_error, fill it with a message and the place (file, line, column, byte). */
#ifndef DYAD_ERROR_H
#define DYAD_ERROR_H

#include <stddef.h>

#if defined(__GNUC__)
#define DYAD_API __attribute__((visibility("default")))
#else
#define DYAD_API
#endif

enum {
	DYAD_OK = 0,
	DYAD_ENOMEM = -1,   /* allocation failed */
	DYAD_EINVAL = -2,   /* bad argument or option */
	DYAD_EIO = -3,      /* read or write failed */
	DYAD_EPARSE = -4,   /* malformed input (text, JSON, dictionary entry) */
	DYAD_ELIMIT = -5,   /* an explicit size limit was reached */
	DYAD_ENOTFOUND = -6,
	DYAD_EDB = -7,      /* database error */
	DYAD_EUTF8 = -8,    /* invalid UTF-8 */
	DYAD_EFORMAT = -9   /* wrong file kind (not a dyad image, not a dyad db) */
};

typedef struct dyad_error {
	int code;
	const char *file; /* borrowed; may be NULL */
	long line;        /* 1-based, 0 when unknown */
	long col;         /* 1-based, 0 when unknown */
	long long byte;   /* byte offset, -1 when unknown */
	char msg[480];
} dyad_error;

/* Fill err (if non-NULL) and return code. printf-style message. */
DYAD_API int dyad_error_set(dyad_error *err, int code, const char *file, long line,
                            const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 5, 6)))
#endif
	;
DYAD_API void dyad_error_clear(dyad_error *err);
/* Short name of a code: "ENOMEM", "EPARSE", ... */
DYAD_API const char *dyad_error_name(int code);
/* "file:line: msg" (or just msg) into buf; returns buf. */
DYAD_API const char *dyad_error_format(const dyad_error *err, char *buf, size_t cap);

#endif
