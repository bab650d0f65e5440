/* util/buf.c — growable byte buffer with an explicit ceiling (dyad_buf). */
#include <dyad/writer.h>

#include "lib/normalize.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int buf_reserve(dyad_buf *b, size_t extra)
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
	int rc = buf_reserve(b, n);
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
	int rc = buf_reserve(b, (size_t)n);
	if (rc)
		return rc;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

int dyad_buf_json_string(dyad_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	/* the usual string, printable ASCII with nothing to escape: one copy */
	size_t plain = 0;
	while (plain < n && (unsigned char)s[plain] >= 0x20 && (unsigned char)s[plain] < 0x80 &&
	       s[plain] != '"' && s[plain] != '\\')
		plain++;
	if (plain == n) {
		int r = buf_reserve(b, n + 2);
		if (r)
			return r;
		char *p = b->data + b->len;
		p[0] = '"';
		memcpy(p + 1, s, n);
		p[n + 1] = '"';
		p[n + 2] = 0;
		b->len += n + 2;
		return 0;
	}
	int rc = dyad_buf_append(b, "\"", 1);
	size_t run = 0;
	for (size_t i = 0; i < n && !rc; i++) {
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
			rc = dyad_buf_append(b, s + run, i - run);
			if (!rc)
				rc = dyad_buf_append(b, "\\ufffd", 6);
			run = i + 1;
			continue;
		}
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		rc = dyad_buf_append(b, s + run, i - run);
		run = i + 1;
		char esc[7] = {'\\', 0};
		size_t el = 2;
		switch (c) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		case '\t': esc[1] = 't'; break;
		default:
			esc[1] = 'u';
			esc[2] = '0';
			esc[3] = '0';
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			el = 6;
		}
		if (!rc)
			rc = dyad_buf_append(b, esc, el);
	}
	if (!rc)
		rc = dyad_buf_append(b, s + run, n - run);
	if (!rc)
		rc = dyad_buf_append(b, "\"", 1);
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
