/* out/out_format.c — output format names, header and event dispatch, and the
 * helpers every formatter shares (see out_internal.h). */
#include "out/out_internal.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "util/hash.h"

static const struct {
	const char *name;
	dyad_out_format fmt;
} out_formats[] = {
	{"jsonl", DYAD_OUT_JSONL},   {"json", DYAD_OUT_JSONL},       {"tsv", DYAD_OUT_TSV},
	{"tabari", DYAD_OUT_TABARI}, {"phoenix", DYAD_OUT_PHOENIX},  {"gdelt", DYAD_OUT_GDELT},
	{"plover", DYAD_OUT_PLOVER},
};

int dyad_out_format_parse(const char *name, dyad_out_format *out)
{
	if (!name || !out)
		return DYAD_EINVAL;
	for (size_t i = 0; i < sizeof out_formats / sizeof out_formats[0]; i++)
		if (strcmp(name, out_formats[i].name) == 0) {
			*out = out_formats[i].fmt;
			return 0;
		}
	return DYAD_EINVAL;
}

int dyad_format_header(dyad_buf *b, dyad_out_format fmt)
{
	if (!b)
		return DYAD_EINVAL;
	switch (fmt) {
	case DYAD_OUT_TSV: return dyad_out__tsv_header(b);
	case DYAD_OUT_PHOENIX: return dyad_out__phoenix_header(b);
	case DYAD_OUT_GDELT: return dyad_out__gdelt_header(b);
	case DYAD_OUT_JSONL:
	case DYAD_OUT_TABARI:
	case DYAD_OUT_PLOVER: return 0; /* no header line */
	}
	return DYAD_EINVAL;
}

int dyad_format_event(dyad_buf *b, dyad_out_format fmt, const dyad_doc *doc,
                      const dyad_event *ev)
{
	if (!b || !ev)
		return DYAD_EINVAL;
	static const dyad_doc none = {.id = "", .text = ""};
	if (!doc)
		doc = &none;
	/* a failed format must not leave half a line in the buffer */
	size_t mark = b->len;
	int rc;
	switch (fmt) {
	case DYAD_OUT_JSONL: rc = dyad_out__jsonl(b, doc, ev); break;
	case DYAD_OUT_TSV: rc = dyad_out__tsv(b, doc, ev); break;
	case DYAD_OUT_TABARI: rc = dyad_out__tabari(b, doc, ev); break;
	case DYAD_OUT_PHOENIX: rc = dyad_out__phoenix(b, doc, ev); break;
	case DYAD_OUT_GDELT: rc = dyad_out__gdelt(b, doc, ev); break;
	case DYAD_OUT_PLOVER: rc = dyad_out__plover(b, doc, ev); break;
	default: return DYAD_EINVAL;
	}
	if (rc && b->data) {
		b->len = mark;
		b->data[mark] = 0;
	}
	return rc;
}

const char *dyad_out__span(const dyad_doc *doc, dyad_span span, size_t *n)
{
	if (!doc || !doc->text || span.end <= span.begin || span.end > doc->text_len) {
		*n = 0;
		return "";
	}
	*n = span.end - span.begin;
	return doc->text + span.begin;
}

int dyad_out__field(dyad_buf *b, const char *s, size_t n)
{
	size_t run = 0;
	int rc = 0;
	for (size_t i = 0; i < n && !rc; i++) {
		if (s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			continue;
		rc = dyad_buf_append(b, s + run, i - run);
		if (!rc)
			rc = dyad_buf_append(b, " ", 1);
		run = i + 1;
	}
	return rc ? rc : dyad_buf_append(b, s + run, n - run);
}

int dyad_out__cfield(dyad_buf *b, const char *s)
{
	return s ? dyad_out__field(b, s, strlen(s)) : 0;
}

/* "00" "01" ... "99": two digits a division */
const char dyad_out__digit_pairs[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                     "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                     "8081828384858687888990919293949596979899";

#define digit_pairs dyad_out__digit_pairs

char *dyad_out__uint_into(char *o, unsigned long long u)
{
	/* the usual sentence numbers, spans and codes: up to four digits */
	if (u < 10000)
		return dyad_out__small_into(o, u);
	static const unsigned long long pow10[20] = {
		1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
		100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
		10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
		100000000000000000ull, 1000000000000000000ull, 10000000000000000000ull};
	size_t d = 1;
	while (d < 20 && u >= pow10[d])
		d++;
	char *e = o + d;
	while (u >= 100) {
		unsigned r = (unsigned)(u % 100);
		u /= 100;
		e -= 2;
		e[0] = digit_pairs[2 * r];
		e[1] = digit_pairs[2 * r + 1];
	}
	if (u >= 10) {
		o[0] = digit_pairs[2 * u];
		o[1] = digit_pairs[2 * u + 1];
	} else
		o[0] = (char)('0' + u);
	return o + d;
}

char *dyad_out__int_into(char *o, long long v)
{
	if (v < 0) {
		*o++ = '-';
		return dyad_out__uint_into(o, 0ull - (unsigned long long)v);
	}
	return dyad_out__uint_into(o, (unsigned long long)v);
}

int dyad_out__int(dyad_buf *b, long long v)
{
	char tmp[24];
	return dyad_out__put(b, tmp, (size_t)(dyad_out__int_into(tmp, v) - tmp));
}

int dyad_out__key(dyad_buf *b, const char *key)
{
	size_t n = strlen(key);
	int rc = dyad_out__put(b, ",\"", 2);
	if (!rc)
		rc = dyad_out__put(b, key, n);
	return rc ? rc : dyad_out__put(b, "\":", 2);
}

char *dyad_out__fixed_into(char *o, double v, int decimals, int trim)
{
	char tmp[DYAD_OUT_FIXED_MAX];
	if (decimals < 0 || decimals > 10)
		return NULL;
	if (v != v) /* NaN has no JSON or TSV spelling */
		v = 0;
	if (decimals == 1 && !trim) {
		char *e = dyad_out__one_decimal(o, v);
		if (e)
			return e;
	}
	int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
	if (n < 0 || (size_t)n >= sizeof tmp)
		return NULL;
	/* printf uses the locale's decimal point; JSON and TSV readers want '.' */
	const char *dp = localeconv()->decimal_point;
	if (dp && dp[0] && dp[0] != '.' && !dp[1]) {
		char *p = strchr(tmp, dp[0]);
		if (p)
			*p = '.';
	}
	if (trim && strchr(tmp, '.')) {
		while (n > 0 && tmp[n - 1] == '0')
			n--;
		if (n > 0 && tmp[n - 1] == '.')
			n--;
	}
	const char *t = tmp;
	if (n == 2 && tmp[0] == '-' && tmp[1] == '0') {
		t++;
		n--;
	} else if (strncmp(tmp, "-0.", 3) == 0 && strspn(tmp + 3, "0") == (size_t)n - 3) {
		t++; /* no "-0.0" */
		n--;
	}
	memcpy(o, t, (size_t)n);
	return o + n;
}

int dyad_out__fixed(dyad_buf *b, double v, int decimals, int trim)
{
	char tmp[DYAD_OUT_FIXED_MAX];
	char *e = dyad_out__fixed_into(tmp, v, decimals, trim);
	if (!e)
		return DYAD_EINVAL;
	return dyad_buf_append(b, tmp, (size_t)(e - tmp));
}

char *dyad_out__iso_date_into(char *o, int32_t date, int null_json)
{
	if (date <= 0) {
		if (!null_json)
			return o;
		memcpy(o, "null", 4);
		return o + 4;
	}
	/* "%04d-%02d-%02d": the year takes more digits when it has them */
	int32_t y = date / 10000, m = date / 100 % 100, d = date % 100;
	if (null_json)
		*o++ = '"';
	if (y >= 1000 && y <= 9999) { /* the usual year: two digit pairs */
		memcpy(o, digit_pairs + 2 * (y / 100), 2);
		memcpy(o + 2, digit_pairs + 2 * (y % 100), 2);
		o += 4;
	} else {
		for (int32_t p = 1000; p > 1 && y < p; p /= 10)
			*o++ = '0';
		o = dyad_out__uint_into(o, (unsigned long long)y);
	}
	o[0] = '-';
	memcpy(o + 1, digit_pairs + 2 * m, 2);
	o[3] = '-';
	memcpy(o + 4, digit_pairs + 2 * d, 2);
	o += 6;
	if (null_json)
		*o++ = '"';
	return o;
}

int dyad_out__iso_date(dyad_buf *b, int32_t date, int null_json)
{
	char tmp[DYAD_OUT_DATE_MAX];
	return dyad_out__put(b, tmp, (size_t)(dyad_out__iso_date_into(tmp, date, null_json) - tmp));
}

int dyad_out__json_cstr(dyad_buf *b, const char *s)
{
	return dyad_buf_json_string(b, s ? s : "", s ? strlen(s) : 0);
}

uint64_t dyad_out__event_id(const dyad_doc *doc, const dyad_event *ev)
{
	/* FNV over the fields with a unit separator between them, then the
	 * sentence number; 53 bits so JavaScript and spreadsheets keep it exact */
	uint64_t h = dyad_hash_bytes(doc->id ? doc->id : "", doc->id ? doc->id_len : 0);
	const char *parts[3] = {ev->source ? ev->source : "", ev->target ? ev->target : "", ev->code};
	for (int i = 0; i < 3; i++) {
		h ^= dyad_hash_bytes(parts[i], strnlen(parts[i], i == 2 ? sizeof ev->code : (size_t)-1));
		h *= 0x100000001b3ull;
		h ^= h >> 29;
	}
	h ^= (uint64_t)ev->sentence * 0x9e3779b97f4a7c15ull;
	h ^= h >> 31;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	return h >> 11;
}

/* CAMEO actor type codes (CAMEO codebook, actor chapter): a 3-letter group
 * that is one of these is a type, not a country or region. */
static const char type_codes[][4] = {
	"AGR", "AMN", "BUD", "BUS", "CHR", "COP", "CRM", "CTH", "CVL", "DEV", "EDU", "ELI",
	"ENV", "GOV", "GRP", "HIN", "HLH", "HRI", "IGO", "IMG", "INS", "INT", "IRC", "JEW",
	"JRN", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "MUS", "NGM", "NGO", "OPP",
	"PKO", "PPL", "PRE", "PRM", "PRO", "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET",
	"SOC", "SPY", "UAF", "UIS", "UNK", "UNO",
};
/* Phoenix's role column takes these (phoenix_output_columns.tsv). */
static const char role_codes[][4] = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD",
                                     "SPY", "MED", "EDU", "BUS", "CRM", "CVL"};
static const char religion_codes[][4] = {"BUD", "CHR", "CTH", "HIN", "JEW", "MUS"};
static const char root_codes[][4] = {"IGO", "NGO", "IMG", "MNC"};

static int in_list(const char (*list)[4], size_t n, const char *g)
{
	for (size_t i = 0; i < n; i++)
		if (memcmp(list[i], g, 3) == 0)
			return 1;
	return 0;
}
#define IN(list, g) in_list(list, sizeof list / sizeof list[0], g)

static int upper3(const char *g)
{
	for (int i = 0; i < 3; i++)
		if (g[i] < 'A' || g[i] > 'Z')
			return 0;
	return 1;
}

void dyad_out__actor(dyad_out_actor *a, const char *code)
{
	memset(a, 0, sizeof *a);
	a->entity_at = a->role_at = -1;
	if (!code || strcmp(code, "---") == 0)
		return;
	size_t ng = strlen(code) / 3;
	int n_types = 0, n_rel = 0;
	for (size_t i = 0; i < ng; i++) {
		const char *g = code + 3 * i;
		if (!upper3(g))
			continue;
		if (i == 0) {
			if (!IN(type_codes, g)) {
				memcpy(a->country, g, 3);
				memcpy(a->entity, g, 3);
				a->entity_at = 0;
				continue;
			}
			if (IN(root_codes, g)) { /* IGO/NGO/...: the entity, and a type too */
				memcpy(a->entity, g, 3);
				a->entity_at = 0;
			}
		} else if (i == 1 && a->entity_at == 0 && !a->country[0] &&
		           (!IN(type_codes, g) || memcmp(g, "UNO", 3) == 0)) {
			memcpy(a->known_group, g, 3); /* IGOUNO: the UN */
			continue;
		}
		if (a->role_at < 0 && IN(role_codes, g)) {
			memcpy(a->role, g, 3);
			a->role_at = (int)i;
		}
		if (IN(religion_codes, g)) {
			if (n_rel < 2)
				memcpy(a->religion[n_rel++], g, 3);
		} else if (n_types < 3 && IN(type_codes, g))
			memcpy(a->types[n_types++], g, 3);
	}
}

int dyad_out__actor_attrs(dyad_buf *b, const char *code, const dyad_out_actor *a)
{
	if (!code || strcmp(code, "---") == 0)
		return 0;
	size_t ng = strlen(code) / 3;
	int rc = 0, first = 1;
	for (size_t i = 0; i < ng && !rc; i++) {
		if ((int)i == a->entity_at || (int)i == a->role_at)
			continue;
		if (!first)
			rc = dyad_buf_append(b, ";", 1);
		if (!rc)
			rc = dyad_out__field(b, code + 3 * i, 3);
		first = 0;
	}
	return rc;
}
