/* util/json.h — a small, strict JSON parser for one value (typically one
 * JSON Lines record). The tree and every unescaped string come from a
 * caller's dyad_arena and go with its reset; nothing else is allocated.
 * Strict RFC 8259: no comments, no trailing commas, no leading zeros, no raw
 * control characters in strings, no lone surrogates, nothing after the value
 * but whitespace. Errors carry the byte offset: "expected ':' at byte 17". */
#ifndef DYAD_UTIL_JSON_H
#define DYAD_UTIL_JSON_H

#include <stddef.h>
#include <dyad/error.h>
#include "util/arena.h"

typedef enum dyad_json_type {
	DYAD_JSON_NULL,
	DYAD_JSON_BOOL,
	DYAD_JSON_NUMBER,
	DYAD_JSON_STRING,
	DYAD_JSON_ARRAY,
	DYAD_JSON_OBJECT
} dyad_json_type;

typedef struct dyad_json dyad_json;

struct dyad_json {
	dyad_json_type type;
	size_t offset;     /* byte offset of the value in the input */
	const char *key;   /* member name when inside an object (unescaped, NUL-terminated) */
	size_t key_len;
	dyad_json *next;   /* next element or member of the parent, NULL at the end */
	union {
		int boolean;
		struct {
			double value;
			const char *text; /* the literal as written, not NUL-terminated */
			size_t len;
		} number;
		struct {
			const char *s;    /* unescaped UTF-8, NUL-terminated; may contain NUL from \u0000 */
			size_t len;
		} string;
		struct {
			dyad_json *first;
			size_t count;
		} children;        /* array elements or object members, in input order */
	} u;
};

#define DYAD_JSON_MAX_DEPTH 256
#define DYAD_JSON_MAX_BYTES ((size_t)64 << 20)

typedef struct dyad_json_limits {
	size_t max_depth; /* nesting of arrays/objects; 0 = DYAD_JSON_MAX_DEPTH */
	size_t max_bytes; /* input size; 0 = DYAD_JSON_MAX_BYTES */
} dyad_json_limits;

/* Parse exactly one JSON value from s[0..len). On error returns DYAD_EPARSE
 * (malformed), DYAD_ELIMIT (depth/size/arena limit) or DYAD_ENOMEM, and fills
 * err with msg "... at byte N", err->byte = N, err->col = N + 1. */
int dyad_json_parse(dyad_json **out, dyad_arena *arena, const char *s, size_t len,
                    dyad_error *err);
int dyad_json_parse_limits(dyad_json **out, dyad_arena *arena, const char *s, size_t len,
                           const dyad_json_limits *limits, dyad_error *err);

/* Accessors accept NULL and values of the wrong type (returning NULL / an error),
 * so lookups chain: dyad_json_string(dyad_json_get(rec, "id"), &n). */
/* Member of an object by key (first match), NULL if missing or not an object. */
const dyad_json *dyad_json_get(const dyad_json *obj, const char *key);
const dyad_json *dyad_json_getn(const dyad_json *obj, const char *key, size_t key_len);
/* String contents (NUL-terminated), NULL if not a string. */
const char *dyad_json_string(const dyad_json *v, size_t *len);
/* 0 and *out on success, DYAD_EINVAL if not a number (or, for _int, not an
 * integer that fits in long long). */
int dyad_json_number(const dyad_json *v, double *out);
int dyad_json_int(const dyad_json *v, long long *out);
int dyad_json_bool(const dyad_json *v, int *out);
int dyad_json_is_null(const dyad_json *v);
/* Arrays and objects: element count, first child, i-th child (linear). */
size_t dyad_json_count(const dyad_json *v);
const dyad_json *dyad_json_first(const dyad_json *v);
const dyad_json *dyad_json_at(const dyad_json *v, size_t i);
/* "null", "bool", "number", "string", "array", "object". */
const char *dyad_json_type_name(dyad_json_type t);

#endif
