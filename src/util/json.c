/* util/json.c — strict recursive-descent JSON parser into an arena tree; see json.h.
 * Recursion depth is bounded by limits->max_depth, so the C stack is too. */
#include "util/json.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef struct parser {
	const char *s;
	size_t len, pos;
	size_t depth, max_depth;
	dyad_arena *arena;
	dyad_error *err;
} parser;

static int fail(parser *p, int code, size_t at, const char *what)
{
	dyad_error_set(p->err, code, NULL, 0, "%s at byte %zu", what, at);
	if (p->err) {
		p->err->byte = (long long)at;
		p->err->col = (long)at + 1;
	}
	return code;
}

/* Describe the byte at pos for messages: "unexpected 'x'", "unexpected end of input". */
static int unexpected(parser *p, const char *expected)
{
	char what[96];
	if (p->pos >= p->len)
		snprintf(what, sizeof what, "%s, got end of input", expected);
	else {
		unsigned char c = (unsigned char)p->s[p->pos];
		if (c >= 0x21 && c < 0x7f)
			snprintf(what, sizeof what, "%s, got '%c'", expected, c);
		else
			snprintf(what, sizeof what, "%s, got byte 0x%02x", expected, c);
	}
	return fail(p, DYAD_EPARSE, p->pos, what);
}

static void *alloc(parser *p, size_t n)
{
	dyad_arena *a = p->arena;
	if (a->limit && (n > a->limit || a->used_total > a->limit - n)) {
		fail(p, DYAD_ELIMIT, p->pos, "arena limit reached");
		return NULL;
	}
	void *m = dyad_arena_alloc(a, n);
	if (!m)
		fail(p, DYAD_ENOMEM, p->pos, "out of memory");
	return m;
}

static void skip_ws(parser *p)
{
	while (p->pos < p->len) {
		char c = p->s[p->pos];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		p->pos++;
	}
}

/* a hex digit's value; 0x10 for any other byte */
#define H16 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10
static const uint8_t hex_value[256] = {
	H16, H16, H16, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
	0x10, 10, 11, 12, 13, 14, 15, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
	H16, 0x10, 10, 11, 12, 13, 14, 15, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x10,
	H16, H16, H16, H16, H16, H16, H16, H16, H16};
#undef H16

static int hex4(const char *s, unsigned *out)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned a = hex_value[u[0]], b = hex_value[u[1]], c = hex_value[u[2]], d = hex_value[u[3]];
	if ((a | b | c | d) & 0x10)
		return -1;
	*out = a << 12 | b << 8 | c << 4 | d;
	return 0;
}

static size_t utf8_put(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* p->pos is at the opening quote. Two passes: find the end (validating), then
 * copy/unescape into one arena block. An escape never decodes to more bytes
 * than it occupies ("\uXXXX" = 6 bytes -> at most 3; a surrogate pair
 * = 12 -> 4), so the raw length bounds the output. Invalid UTF-8 passes through. */
/* does any byte of x equal '"' or '\\', or fall below 0x20? (no false "no") */
static inline int special8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
	/* a byte is zero, or below 0x20: the classic has-less test, exact for
	 * bytes below 0x80 and conservative above */
	uint64_t zq = (q - ones) & ~q & high, zb = (b - ones) & ~b & high;
	uint64_t lt = (x - ones * 0x20) & ~x & high;
	return (zq | zb | lt) != 0;
}

/* the first byte of s[pos..len) that is '"', '\\' or a control character,
 * or one a little before it, or len: sixteen bytes at a time with SSE2, else
 * eight */
static size_t plain_run(const char *s, size_t pos, size_t len)
{
#ifdef __SSE2__
	const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\'), ctl = _mm_set1_epi8(0x1F);
	while (pos + 16 <= len) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + pos));
		/* a control byte is its own minimum with 0x1F */
		__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, bslash)),
		                           _mm_cmpeq_epi8(_mm_min_epu8(x, ctl), x));
		unsigned bits = (unsigned)_mm_movemask_epi8(hit);
		if (bits)
			return pos + (size_t)__builtin_ctz(bits);
		pos += 16;
	}
#endif
	while (pos + 8 <= len) {
		uint64_t x;
		memcpy(&x, s + pos, 8);
		if (special8(x))
			break;
		pos += 8;
	}
	return pos;
}

static int parse_string(parser *p, const char **out, size_t *out_len)
{
	size_t start = ++p->pos;
	int escapes = 0;
	for (;;) {
		p->pos = plain_run(p->s, p->pos, p->len);
		if (p->pos >= p->len)
			return fail(p, DYAD_EPARSE, start - 1, "unterminated string starting");
		unsigned char c = (unsigned char)p->s[p->pos];
		if (c == '"')
			break;
		if (c < 0x20)
			return fail(p, DYAD_EPARSE, p->pos, "control character in string");
		if (c == '\\') {
			escapes = 1;
			p->pos++;
			if (p->pos >= p->len)
				return fail(p, DYAD_EPARSE, start - 1, "unterminated string starting");
		}
		p->pos++;
	}
	size_t raw = p->pos - start;
	char *o = alloc(p, raw + 1);
	if (!o)
		return p->err ? p->err->code : DYAD_ENOMEM;
	const char *s = p->s + start;
	if (!escapes) {
		memcpy(o, s, raw);
		o[raw] = 0;
		*out = o;
		*out_len = raw;
		p->pos++;
		return 0;
	}
	size_t n = 0;
	for (size_t i = 0; i < raw;) {
		/* the run up to the next escape, in one copy */
		const char *bs = memchr(s + i, '\\', raw - i);
		size_t run = bs ? (size_t)(bs - (s + i)) : raw - i;
		memcpy(o + n, s + i, run);
		n += run;
		i += run;
		if (i >= raw)
			break;
		size_t at = start + i;
		char e = s[i + 1];
		i += 2;
		switch (e) {
		case '"': o[n++] = '"'; break;
		case '\\': o[n++] = '\\'; break;
		case '/': o[n++] = '/'; break;
		case 'b': o[n++] = '\b'; break;
		case 'f': o[n++] = '\f'; break;
		case 'n': o[n++] = '\n'; break;
		case 'r': o[n++] = '\r'; break;
		case 't': o[n++] = '\t'; break;
		case 'u': {
			unsigned cp, lo;
			if (i + 4 > raw || hex4(s + i, &cp))
				return fail(p, DYAD_EPARSE, at, "bad \\u escape");
			i += 4;
			if (cp >= 0xDC00 && cp <= 0xDFFF)
				return fail(p, DYAD_EPARSE, at, "lone low surrogate");
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (i + 6 > raw || s[i] != '\\' || s[i + 1] != 'u' || hex4(s + i + 2, &lo) ||
				    lo < 0xDC00 || lo > 0xDFFF)
					return fail(p, DYAD_EPARSE, at, "lone high surrogate");
				i += 6;
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			}
			n += utf8_put(o + n, cp);
			break;
		}
		default:
			return fail(p, DYAD_EPARSE, at, "invalid escape");
		}
	}
	o[n] = 0;
	*out = o;
	*out_len = n;
	p->pos++;
	return 0;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Validate the RFC 8259 number grammar, then convert with strtod on a
 * NUL-terminated copy whose '.' is the current locale's decimal point. */
static int parse_number(parser *p, dyad_json *v)
{
	size_t start = p->pos;
	const char *s = p->s;
	if (p->pos < p->len && s[p->pos] == '-')
		p->pos++;
	if (p->pos >= p->len || !is_digit(s[p->pos]))
		return unexpected(p, "expected a digit");
	if (s[p->pos] == '0') {
		p->pos++;
		if (p->pos < p->len && is_digit(s[p->pos]))
			return fail(p, DYAD_EPARSE, p->pos - 1, "leading zero in number");
	} else
		while (p->pos < p->len && is_digit(s[p->pos]))
			p->pos++;
	if (p->pos < p->len && s[p->pos] == '.') {
		p->pos++;
		if (p->pos >= p->len || !is_digit(s[p->pos]))
			return unexpected(p, "expected a digit after '.'");
		while (p->pos < p->len && is_digit(s[p->pos]))
			p->pos++;
	}
	if (p->pos < p->len && (s[p->pos] == 'e' || s[p->pos] == 'E')) {
		p->pos++;
		if (p->pos < p->len && (s[p->pos] == '+' || s[p->pos] == '-'))
			p->pos++;
		if (p->pos >= p->len || !is_digit(s[p->pos]))
			return unexpected(p, "expected a digit in exponent");
		while (p->pos < p->len && is_digit(s[p->pos]))
			p->pos++;
	}
	size_t n = p->pos - start;
	char small[64];
	char *tmp = small;
	if (n >= sizeof small) {
		tmp = alloc(p, n + 1);
		if (!tmp)
			return p->err ? p->err->code : DYAD_ENOMEM;
	}
	memcpy(tmp, s + start, n);
	tmp[n] = 0;
	const char *dp = localeconv()->decimal_point;
	if (dp && dp[0] && dp[0] != '.' && !dp[1]) {
		char *dot = strchr(tmp, '.');
		if (dot)
			*dot = dp[0];
	}
	v->type = DYAD_JSON_NUMBER;
	v->u.number.value = strtod(tmp, NULL); /* overflow gives +-HUGE_VAL, accepted */
	v->u.number.text = s + start;
	v->u.number.len = n;
	return 0;
}

static int match_word(parser *p, const char *word)
{
	size_t n = strlen(word);
	if (p->len - p->pos < n || memcmp(p->s + p->pos, word, n) != 0)
		return unexpected(p, "expected a JSON value");
	p->pos += n;
	return 0;
}

static int parse_value(parser *p, dyad_json **out);

static int parse_container(parser *p, dyad_json *v, int is_object)
{
	char close = is_object ? '}' : ']';
	if (++p->depth > p->max_depth)
		return fail(p, DYAD_ELIMIT, p->pos, "nesting deeper than the limit");
	v->type = is_object ? DYAD_JSON_OBJECT : DYAD_JSON_ARRAY;
	p->pos++;
	skip_ws(p);
	if (p->pos < p->len && p->s[p->pos] == close) {
		p->pos++;
		p->depth--;
		return 0;
	}
	dyad_json **tail = &v->u.children.first;
	for (;;) {
		const char *key = NULL;
		size_t key_len = 0;
		int rc;
		if (is_object) {
			skip_ws(p);
			if (p->pos >= p->len || p->s[p->pos] != '"')
				return unexpected(p, "expected a string key");
			if ((rc = parse_string(p, &key, &key_len)))
				return rc;
			skip_ws(p);
			if (p->pos >= p->len || p->s[p->pos] != ':')
				return unexpected(p, "expected ':'");
			p->pos++;
		}
		dyad_json *child;
		if ((rc = parse_value(p, &child)))
			return rc;
		child->key = key;
		child->key_len = key_len;
		*tail = child;
		tail = &child->next;
		v->u.children.count++;
		skip_ws(p);
		if (p->pos < p->len && p->s[p->pos] == ',') {
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == close) {
			p->pos++;
			p->depth--;
			return 0;
		}
		return unexpected(p, is_object ? "expected ',' or '}'" : "expected ',' or ']'");
	}
}

static int parse_value(parser *p, dyad_json **out)
{
	skip_ws(p);
	if (p->pos >= p->len)
		return unexpected(p, "expected a JSON value");
	dyad_json *v = alloc(p, sizeof *v);
	if (!v)
		return p->err ? p->err->code : DYAD_ENOMEM;
	memset(v, 0, sizeof *v);
	v->offset = p->pos;
	*out = v;
	switch (p->s[p->pos]) {
	case '{': return parse_container(p, v, 1);
	case '[': return parse_container(p, v, 0);
	case '"':
		v->type = DYAD_JSON_STRING;
		return parse_string(p, &v->u.string.s, &v->u.string.len);
	case 't':
		v->type = DYAD_JSON_BOOL;
		v->u.boolean = 1;
		return match_word(p, "true");
	case 'f':
		v->type = DYAD_JSON_BOOL;
		return match_word(p, "false");
	case 'n':
		v->type = DYAD_JSON_NULL;
		return match_word(p, "null");
	default:
		if (p->s[p->pos] == '-' || is_digit(p->s[p->pos]))
			return parse_number(p, v);
		return unexpected(p, "expected a JSON value");
	}
}

int dyad_json_parse_limits(dyad_json **out, dyad_arena *arena, const char *s, size_t len,
                           const dyad_json_limits *limits, dyad_error *err)
{
	parser p = {.s = s, .len = len, .arena = arena, .err = err};
	size_t max_bytes = limits && limits->max_bytes ? limits->max_bytes : DYAD_JSON_MAX_BYTES;
	p.max_depth = limits && limits->max_depth ? limits->max_depth : DYAD_JSON_MAX_DEPTH;
	*out = NULL;
	if (!arena || (!s && len))
		return dyad_error_set(err, DYAD_EINVAL, NULL, 0, "dyad_json_parse: NULL argument");
	if (len > max_bytes)
		return fail(&p, DYAD_ELIMIT, max_bytes, "JSON text longer than the size limit");
	dyad_json *v = NULL;
	int rc = parse_value(&p, &v);
	if (rc)
		return rc;
	skip_ws(&p);
	if (p.pos < p.len)
		return unexpected(&p, "expected end of input after the JSON value");
	*out = v;
	return 0;
}

int dyad_json_parse(dyad_json **out, dyad_arena *arena, const char *s, size_t len,
                    dyad_error *err)
{
	return dyad_json_parse_limits(out, arena, s, len, NULL, err);
}

const dyad_json *dyad_json_getn(const dyad_json *obj, const char *key, size_t key_len)
{
	if (!obj || obj->type != DYAD_JSON_OBJECT || !key)
		return NULL;
	for (const dyad_json *m = obj->u.children.first; m; m = m->next)
		if (m->key_len == key_len && memcmp(m->key, key, key_len) == 0)
			return m;
	return NULL;
}

const dyad_json *dyad_json_get(const dyad_json *obj, const char *key)
{
	return key ? dyad_json_getn(obj, key, strlen(key)) : NULL;
}

const char *dyad_json_string(const dyad_json *v, size_t *len)
{
	if (!v || v->type != DYAD_JSON_STRING)
		return NULL;
	if (len)
		*len = v->u.string.len;
	return v->u.string.s;
}

int dyad_json_number(const dyad_json *v, double *out)
{
	if (!v || v->type != DYAD_JSON_NUMBER)
		return DYAD_EINVAL;
	*out = v->u.number.value;
	return 0;
}

int dyad_json_int(const dyad_json *v, long long *out)
{
	if (!v || v->type != DYAD_JSON_NUMBER)
		return DYAD_EINVAL;
	/* Integers are parsed from the literal so values past 2^53 stay exact. */
	const char *t = v->u.number.text;
	size_t n = v->u.number.len;
	size_t i = t[0] == '-';
	if (n > 20)
		return DYAD_EINVAL;
	for (size_t k = i; k < n; k++)
		if (!is_digit(t[k]))
			return DYAD_EINVAL;
	char tmp[24];
	memcpy(tmp, t, n);
	tmp[n] = 0;
	errno = 0;
	long long x = strtoll(tmp, NULL, 10);
	if (errno == ERANGE)
		return DYAD_EINVAL;
	*out = x;
	return 0;
}

int dyad_json_bool(const dyad_json *v, int *out)
{
	if (!v || v->type != DYAD_JSON_BOOL)
		return DYAD_EINVAL;
	*out = v->u.boolean;
	return 0;
}

int dyad_json_is_null(const dyad_json *v)
{
	return v && v->type == DYAD_JSON_NULL;
}

size_t dyad_json_count(const dyad_json *v)
{
	if (!v || (v->type != DYAD_JSON_ARRAY && v->type != DYAD_JSON_OBJECT))
		return 0;
	return v->u.children.count;
}

const dyad_json *dyad_json_first(const dyad_json *v)
{
	if (!v || (v->type != DYAD_JSON_ARRAY && v->type != DYAD_JSON_OBJECT))
		return NULL;
	return v->u.children.first;
}

const dyad_json *dyad_json_at(const dyad_json *v, size_t i)
{
	const dyad_json *c = dyad_json_first(v);
	while (c && i--)
		c = c->next;
	return c;
}

const char *dyad_json_type_name(dyad_json_type t)
{
	switch (t) {
	case DYAD_JSON_NULL: return "null";
	case DYAD_JSON_BOOL: return "bool";
	case DYAD_JSON_NUMBER: return "number";
	case DYAD_JSON_STRING: return "string";
	case DYAD_JSON_ARRAY: return "array";
	case DYAD_JSON_OBJECT: return "object";
	}
	return "?";
}
