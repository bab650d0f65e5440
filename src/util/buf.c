/* util/buf.c — growable byte buffer with an explicit ceiling (dyad_buf). */
#include "util/buf.h"

#include "lib/normalize.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dyad_buf__reserve(dyad_buf *b, size_t extra)
{
	size_t limit = b->limit ? b->limit : SIZE_MAX - 1;
	if (extra > limit || b->len > limit - extra)
		return DYAD_ELIMIT;
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	char *p = realloc(b->data, cap);
	if (!p)
		return DYAD_ENOMEM;
	b->data = p;
	b->cap = cap;
	return 0;
}

int dyad_buf_append(dyad_buf *b, const char *s, size_t n)
{
	int rc = dyad_buf__reserve(b, n);
	if (rc)
		return rc;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = 0;
	return 0;
}

int dyad_buf_printf(dyad_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char small[256];
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return DYAD_EINVAL;
	if ((size_t)n < sizeof small)
		return dyad_buf_append(b, small, (size_t)n);
	int rc = dyad_buf__reserve(b, (size_t)n);
	if (rc)
		return rc;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

/* bytes of s[0..n) that need no escape, from the start (n when all) */
static size_t plain_prefix(const char *s, size_t n)
{
	size_t i = 0;
	if (n >= 8) {
		uint64_t x;
		for (; i + 8 <= n; i += 8) {
			memcpy(&x, s + i, 8);
			if (dyad_buf__special8(x))
				break;
		}
		if (i + 8 > n && i < n) {
			/* the last eight bytes, overlapping those tested */
			memcpy(&x, s + n - 8, 8);
			if (!dyad_buf__special8(x))
				return n;
		}
	}
	if (n >= 4 && n < 8) { /* two four-byte reads that overlap when n < 8 */
		uint32_t lo, hi;
		memcpy(&lo, s, 4);
		memcpy(&hi, s + n - 4, 4);
		if (!dyad_buf__special8((uint64_t)hi << 32 | lo))
			return n;
	}
	while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x80 && s[i] != '"' &&
	       s[i] != '\\')
		i++;
	return i;
}

/* s[0..n) to o, for n <= 16 without a call to memcpy: overlapping copies */
static inline void copy_short(char *o, const char *s, size_t n)
{
	if (n >= 8) {
		uint64_t a, b;
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
		memcpy(o, &a, 8);
		memcpy(o + n - 8, &b, 8);
	} else if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		memcpy(o, &a, 4);
		memcpy(o + n - 4, &b, 4);
	} else {
		for (size_t i = 0; i < n; i++)
			o[i] = s[i];
	}
}

/* the rest of dyad_buf__json_into once s[i] needs an escape: o is past the
 * opening quote */
static char *json_escaped(char *o, const char *s, size_t n, size_t i)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0;
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80) {
			/* keep valid UTF-8; an invalid byte becomes U+FFFD so the output is
			 * always valid JSON text */
			uint32_t cp;
			size_t len = dyad_utf8__decode(s + i, n - i, &cp);
			if (cp != 0xFFFD || (len == 3 && (unsigned char)s[i] == 0xEF)) {
				i += len - 1;
				continue;
			}
			memcpy(o, s + run, i - run);
			o += i - run;
			memcpy(o, "\\ufffd", 6);
			o += 6;
			run = i + 1;
			continue;
		}
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		memcpy(o, s + run, i - run);
		o += i - run;
		run = i + 1;
		*o++ = '\\';
		switch (c) {
		case '"': *o++ = '"'; break;
		case '\\': *o++ = '\\'; break;
		case '\n': *o++ = 'n'; break;
		case '\r': *o++ = 'r'; break;
		case '\t': *o++ = 't'; break;
		default:
			o[0] = 'u';
			o[1] = '0';
			o[2] = '0';
			o[3] = hex[c >> 4];
			o[4] = hex[c & 15];
			o += 5;
		}
	}
	memcpy(o, s + run, n - run);
	o += n - run;
	*o++ = '"';
	return o;
}

char *dyad_buf__json_any(char *o, const char *s, size_t n)
{
	size_t i = plain_prefix(s, n);
	*o++ = '"';
	if (i < n)
		return json_escaped(o, s, n, i);
	/* the usual field: nothing to escape, and short */
	if (n <= 16)
		copy_short(o, s, n);
	else
		memcpy(o, s, n);
	o[n] = '"';
	return o + n + 1;
}

int dyad_buf_json_string(dyad_buf *b, const char *s, size_t n)
{
	if (n > (SIZE_MAX - 8) / 6)
		return DYAD_ELIMIT;
	if (!dyad_buf__reserve(b, DYAD_JSON_STRING_MAX(n))) {
		char *e = dyad_buf__json_into(b->data + b->len, s, n);
		b->len = (size_t)(e - b->data);
		*e = 0;
		return 0;
	}
	/* no room for the worst case under the ceiling: escape aside, then append
	 * what it takes (the ceiling decides as it would have piece by piece) */
	char *tmp = malloc(DYAD_JSON_STRING_MAX(n));
	if (!tmp)
		return DYAD_ENOMEM;
	int rc = dyad_buf_append(b, tmp, (size_t)(dyad_buf__json_into(tmp, s, n) - tmp));
	free(tmp);
	return rc;
}

void dyad_buf_free(dyad_buf *b)
{
	if (!b)
		return;
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
