/* lib/read_jsonl.c — JSON Lines input: one {"id","text",...} object per line.
 * "id" (string, or an integer) and "text" are required and non-empty; "date"
 * is "YYYY-MM-DD" (a timestamp "YYYY-MM-DDThh:mm..." is cut to its date),
 * "YYYYMMDD" or the integer YYYYMMDD, null or "" meaning none; "url",
 * "source", "title" are optional strings. A bad line is reported with its
 * file:line and skipped; blank lines are ignored. */
#include "lib/read_internal.h"
#include "util/json.h"

#include <stdio.h>
#include <string.h>

static int blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

static int whitespace_only(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

/* Optional string member: NULL when absent, null or not a string. */
static const char *opt_string(const dyad_json *rec, const char *key)
{
	size_t n;
	const char *s = dyad_json_string(dyad_json_get(rec, key), &n);
	return s && n && !memchr(s, 0, n) ? s : NULL;
}

static int parse_date(dyad_reader *r, const dyad_json *v, long line, int32_t *out,
                      dyad_error *err)
{
	*out = 0;
	if (!v || dyad_json_is_null(v))
		return 0;
	if (v->type == DYAD_JSON_NUMBER) {
		long long x;
		if (dyad_json_int(v, &x) == 0 && x >= 10000000 && x <= 99999999) {
			char tmp[16];
			int n = snprintf(tmp, sizeof tmp, "%08lld", x);
			int32_t d = dyad_date_parse(tmp, (size_t)n);
			if (d > 0) {
				*out = d;
				return 0;
			}
		}
		return dyad_reader__skip(r, err, DYAD_EPARSE, line, "bad \"date\" %.*s; skipped",
		                         (int)(v->u.number.len > 40 ? 40 : v->u.number.len),
		                         v->u.number.text);
	}
	size_t n;
	const char *s = dyad_json_string(v, &n);
	if (!s)
		return dyad_reader__skip(r, err, DYAD_EPARSE, line,
		                         "\"date\" is a JSON %s, expected a string; skipped",
		                         dyad_json_type_name(v->type));
	if (n == 0)
		return 0;
	size_t dn = n;
	if (n > 10 && s[4] == '-' && (s[10] == 'T' || s[10] == ' '))
		dn = 10;
	int32_t d = dyad_date_parse(s, dn);
	if (d < 0)
		return dyad_reader__skip(r, err, DYAD_EPARSE, line,
		                         "bad \"date\" \"%.*s\" (want YYYY-MM-DD or YYYYMMDD); skipped",
		                         (int)(n > 40 ? 40 : n), s);
	*out = d;
	return 0;
}

/* Required non-empty string member without NUL characters. */
static int need_string(dyad_reader *r, const dyad_json *rec, const char *key, long line,
                       const char **s, size_t *n, dyad_error *err)
{
	const dyad_json *v = dyad_json_get(rec, key);
	*s = dyad_json_string(v, n);
	if (!v || dyad_json_is_null(v))
		return dyad_reader__skip(r, err, DYAD_EPARSE, line, "missing \"%s\"; skipped", key);
	if (!*s)
		return dyad_reader__skip(r, err, DYAD_EPARSE, line,
		                         "\"%s\" is a JSON %s, expected a string; skipped", key,
		                         dyad_json_type_name(v->type));
	if (whitespace_only(*s, *n))
		return dyad_reader__skip(r, err, DYAD_EPARSE, line, "empty \"%s\"; skipped", key);
	if (memchr(*s, 0, *n))
		return dyad_reader__skip(r, err, DYAD_EPARSE, line,
		                         "\"%s\" contains a NUL character (\\u0000); skipped", key);
	return 0;
}

int dyad_reader__next_jsonl(dyad_reader *r, dyad_doc *out, dyad_error *err)
{
	const char *line;
	size_t len;
	int rc;
	do {
		rc = dyad_reader__getline(r, &line, &len, err);
		if (rc == DYAD_ELIMIT) {
			r->records++;
			r->skipped++;
		}
		if (rc <= 0)
			return rc; /* end, read error, or an over-long line */
	} while (blank(line, len));
	long at = r->line;
	r->records++;
	const char *nul = memchr(line, 0, len);
	if (nul)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at, "NUL byte at column %zu; skipped",
		                         (size_t)(nul - line) + 1);
	dyad_json *rec;
	dyad_error jerr;
	dyad_error_clear(&jerr);
	dyad_json_limits lim = {.max_bytes = r->max_record};
	rc = dyad_json_parse_limits(&rec, &r->arena, line, len, &lim, &jerr);
	if (rc) {
		r->skipped++;
		int code = rc == DYAD_ENOMEM || rc == DYAD_ELIMIT ? rc : DYAD_EPARSE;
		dyad_error_set(err, code, r->name, at, "bad JSON: %s; skipped", jerr.msg);
		if (err) {
			err->col = jerr.col;
			err->byte = jerr.byte;
		}
		return code;
	}
	if (rec->type != DYAD_JSON_OBJECT)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at,
		                         "record is a JSON %s, expected an object; skipped",
		                         dyad_json_type_name(rec->type));
	const char *id, *text;
	size_t id_len, text_len;
	const dyad_json *idv = dyad_json_get(rec, "id");
	if (idv && idv->type == DYAD_JSON_NUMBER) {
		long long x;
		if (dyad_json_int(idv, &x))
			return dyad_reader__skip(r, err, DYAD_EPARSE, at,
			                         "\"id\" is not a string or an integer; skipped");
		id = dyad_arena_strndup(&r->arena, idv->u.number.text, idv->u.number.len);
		if (!id)
			return dyad_error_set(err, DYAD_ENOMEM, r->name, at, "out of memory");
		id_len = idv->u.number.len;
	} else if ((rc = need_string(r, rec, "id", at, &id, &id_len, err)))
		return rc;
	if ((rc = need_string(r, rec, "text", at, &text, &text_len, err)))
		return rc;
	if ((rc = parse_date(r, dyad_json_get(rec, "date"), at, &out->date, err)))
		return rc;
	out->id = id;
	out->id_len = id_len;
	out->text = text;
	out->text_len = text_len;
	out->url = opt_string(rec, "url");
	out->source = opt_string(rec, "source");
	out->title = opt_string(rec, "title");
	return 1;
}
