/* out/out_internal.h — what the output formats share: one formatter per file
 * (out_jsonl.c, out_tsv.c, ...) over common helpers in out_format.c for
 * spans, tab-safe fields, locale-proof numbers, dates, event ids and the
 * decomposition of CAMEO actor codes into country / group / type parts. */
#ifndef DYAD_OUT_INTERNAL_H
#define DYAD_OUT_INTERNAL_H

#include <dyad/writer.h>
#include <stdint.h>
#include <string.h>

int dyad_out__jsonl(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev);
int dyad_out__tsv(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev);
int dyad_out__tabari(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev);
int dyad_out__phoenix(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev);
int dyad_out__gdelt(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev);
int dyad_out__plover(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev);
int dyad_out__tsv_header(dyad_buf *b);
int dyad_out__phoenix_header(dyad_buf *b);
int dyad_out__gdelt_header(dyad_buf *b);

/* The text of span in doc, or "" (n = 0) for an empty or out-of-range span. */
const char *dyad_out__span(const dyad_doc *doc, dyad_span span, size_t *n);
/* Append s for a tab-separated line: tab, CR and LF become spaces. */
int dyad_out__field(dyad_buf *b, const char *s, size_t n);
int dyad_out__cfield(dyad_buf *b, const char *s); /* NUL-terminated, NULL = "" */
/* A decimal integer, a string literal, and the JSON object key ,"key": —
 * without printf, which costs more than the rest of an event line. */
int dyad_out__int(dyad_buf *b, long long v);
/* The same written at o (at most DYAD_OUT_INT_MAX bytes); return the end. */
#define DYAD_OUT_INT_MAX 21
char *dyad_out__int_into(char *o, long long v);
char *dyad_out__uint_into(char *o, unsigned long long u);
extern const char dyad_out__digit_pairs[201]; /* "00" "01" ... "99" */
/* dyad_out__uint_into inline for the usual sentence numbers and spans (up
 * to four digits) */
static inline char *dyad_out__small_into(char *o, unsigned long long u)
{
	if (u >= 10000)
		return dyad_out__uint_into(o, u);
	unsigned v = (unsigned)u;
	if (v < 10) {
		*o = (char)('0' + v);
		return o + 1;
	}
	if (v < 100) {
		memcpy(o, dyad_out__digit_pairs + 2 * v, 2);
		return o + 2;
	}
	unsigned hi = v / 100, lo = v % 100;
	if (hi < 10)
		*o++ = (char)('0' + hi);
	else {
		memcpy(o, dyad_out__digit_pairs + 2 * hi, 2);
		o += 2;
	}
	memcpy(o, dyad_out__digit_pairs + 2 * lo, 2);
	return o + 2;
}
#define DYAD_OUT_LIT(b, lit) dyad_out__put((b), (lit), sizeof(lit) - 1)
/* dyad_buf_append, inline while the buffer has room (the usual case) */
static inline int dyad_out__put(dyad_buf *b, const char *s, size_t n)
{
	if (b->cap - b->len > n && (!b->limit || n <= b->limit - b->len)) {
		memcpy(b->data + b->len, s, n);
		b->len += n;
		b->data[b->len] = 0;
		return 0;
	}
	return dyad_buf_append(b, s, n);
}
int dyad_out__key(dyad_buf *b, const char *key);
/* Fixed-point number with '.' whatever the locale; trim = drop trailing zeros. */
int dyad_out__fixed(dyad_buf *b, double v, int decimals, int trim);
/* The same written at o (at most DYAD_OUT_FIXED_MAX bytes: %.*f of any
 * double with <= 10 decimals fits); the end, or NULL for bad decimals. */
#define DYAD_OUT_FIXED_MAX 352
char *dyad_out__fixed_into(char *o, double v, int decimals, int trim);
/* v with one decimal at o when v is within 1e-6 of a multiple of 0.1 (every
 * Goldstein value): printf's "%.1f" would print the same (and
 * dyad_out__fixed_into(o, v, 1, 0) does); returns the end, or NULL
 * otherwise (NaN too) */
static inline char *dyad_out__one_decimal(char *o, double v)
{
	if (!(v > -1e9 && v < 1e9))
		return NULL;
	double x = v * 10;
	long long k = (long long)(x < 0 ? x - 0.5 : x + 0.5);
	if (x - (double)k > 1e-5 || (double)k - x > 1e-5)
		return NULL;
	unsigned long long u = k < 0 ? 0ull - (unsigned long long)k : (unsigned long long)k;
	if (k < 0) /* "-0.0" prints as "0.0" (see dyad_out__fixed_into) */
		*o++ = '-';
	o = dyad_out__small_into(o, u / 10);
	o[0] = '.';
	o[1] = (char)('0' + u % 10);
	return o + 2;
}
/* "YYYY-MM-DD" for a YYYYMMDD date (nothing for 0 unless null_json: "null"). */
int dyad_out__iso_date(dyad_buf *b, int32_t date, int null_json);
#define DYAD_OUT_DATE_MAX 24
char *dyad_out__iso_date_into(char *o, int32_t date, int null_json);
/* JSON string of a NUL-terminated string (NULL = ""). */
int dyad_out__json_cstr(dyad_buf *b, const char *s);
/* Stable 53-bit id of (doc, sentence, source, target, code), the store's event key. */
uint64_t dyad_out__event_id(const dyad_doc *doc, const dyad_event *ev);

/* An actor code split into 3-letter groups: "USAGOVMIL" -> country USA,
 * types GOV MIL; "IGOUNO" -> known group UNO, type IGO. Each field is a
 * NUL-terminated 3-letter code or "". */
typedef struct dyad_out_actor {
	char country[4];      /* leading group that is not a CAMEO type code */
	char entity[4];       /* Phoenix entity: the country, or IGO/NGO/IMG/MNC */
	char known_group[4];  /* group after IGO/NGO/IMG/MNC, e.g. UNO */
	char role[4];         /* first Phoenix role code (GOV, MIL, REB, ...) */
	char religion[2][4];  /* religion codes (CHR, MUS, JEW, ...) */
	char types[3][4];     /* first three type codes, in order */
	int entity_at, role_at; /* group index of entity and role, -1 if none */
} dyad_out_actor;

/* "---", "" and NULL decompose to all-empty. */
void dyad_out__actor(dyad_out_actor *out, const char *code);
/* Phoenix attributes: the groups of code other than entity and role, ';'-joined. */
int dyad_out__actor_attrs(dyad_buf *b, const char *code, const dyad_out_actor *a);

#endif
