/* lib/read_petrarch.c — PETRARCH validation/input XML:
 *
 *     <Sentence date="YYYYMMDD" id="..." ...> ... <Text>words</Text>
 *         <Parse>ignored</Parse> </Sentence>
 *
 * A streaming scan (not a general XML parser): bytes outside <Sentence>
 * elements are skipped, XML comments are honoured everywhere, and one element
 * at a time is gathered (bounded by max_record) and then picked apart: the
 * date and id attributes, and the <Text> content with comments removed,
 * CDATA unwrapped, entities (&amp; &#233; ...) decoded and ends trimmed.
 * Unknown entities are kept as written. */
#include "lib/read_internal.h"

#include <string.h>

#define TAIL 16

static int tail_is(const char *tail, const char *pat)
{
	size_t n = strlen(pat);
	return memcmp(tail + TAIL - n, pat, n) == 0;
}

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static size_t utf8_put(char *o, unsigned long cp)
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

/* Decode one entity at s[0] == '&' into o; returns bytes consumed (0 if not
 * a known, well-formed entity) and sets *olen. */
static size_t entity(const char *s, size_t n, char *o, size_t *olen)
{
	static const struct {
		const char *name;
		char c;
	} named[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
	for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
		size_t k = strlen(named[i].name);
		if (n >= k && memcmp(s, named[i].name, k) == 0) {
			o[0] = named[i].c;
			*olen = 1;
			return k;
		}
	}
	if (n < 4 || s[1] != '#')
		return 0;
	int hex = s[2] == 'x' || s[2] == 'X';
	size_t i = hex ? 3 : 2;
	unsigned long cp = 0;
	size_t start = i;
	for (; i < n && i < start + 8; i++) {
		char c = s[i];
		int v;
		if (c >= '0' && c <= '9')
			v = c - '0';
		else if (hex && c >= 'a' && c <= 'f')
			v = c - 'a' + 10;
		else if (hex && c >= 'A' && c <= 'F')
			v = c - 'A' + 10;
		else
			break;
		cp = cp * (hex ? 16 : 10) + (unsigned long)v;
	}
	if (i == start || i >= n || s[i] != ';' || cp == 0 || cp > 0x10FFFF ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	*olen = utf8_put(o, cp);
	return i + 1;
}

/* Decode s[0..n) into o (room for n + 1 bytes: decoding never grows text):
 * entities, and with markup = 1 also comments dropped and CDATA unwrapped. */
static size_t decode(const char *s, size_t n, char *o, int markup)
{
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		if (markup && s[i] == '<') {
			if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
				const char *e = NULL;
				for (size_t j = i + 4; j + 3 <= n; j++)
					if (memcmp(s + j, "-->", 3) == 0) {
						e = s + j;
						break;
					}
				i = e ? (size_t)(e - s) + 3 : n;
				continue;
			}
			if (n - i >= 9 && memcmp(s + i, "<![CDATA[", 9) == 0) {
				size_t j = i + 9;
				while (j < n && !(n - j >= 3 && memcmp(s + j, "]]>", 3) == 0))
					o[k++] = s[j++];
				i = j + 3 > n ? n : j + 3;
				continue;
			}
		}
		size_t olen;
		size_t used = s[i] == '&' ? entity(s + i, n - i, o + k, &olen) : 0;
		if (used) {
			k += olen;
			i += used;
		} else
			o[k++] = s[i++];
	}
	o[k] = 0;
	return k;
}

/* Value of attribute name in the start tag s[0..n), decoded into the arena. */
static const char *attribute(dyad_arena *a, const char *s, size_t n, const char *name,
                             size_t *out_len)
{
	size_t nl = strlen(name);
	size_t i = 0;
	while (i < n && !is_ws(s[i])) /* skip "<Sentence" */
		i++;
	while (i < n) {
		while (i < n && is_ws(s[i]))
			i++;
		size_t ks = i;
		while (i < n && !is_ws(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/')
			i++;
		size_t ke = i;
		while (i < n && is_ws(s[i]))
			i++;
		if (i >= n || s[i] != '=') {
			if (i < n && (s[i] == '>' || s[i] == '/'))
				return NULL;
			i++;
			continue;
		}
		i++;
		while (i < n && is_ws(s[i]))
			i++;
		if (i >= n || (s[i] != '"' && s[i] != '\''))
			return NULL;
		char q = s[i++];
		size_t vs = i;
		while (i < n && s[i] != q)
			i++;
		if (i >= n)
			return NULL;
		if (ke - ks == nl && memcmp(s + ks, name, nl) == 0) {
			char *v = dyad_arena_alloc(a, i - vs + 1);
			if (!v)
				return NULL;
			*out_len = decode(s + vs, i - vs, v, 0);
			return v;
		}
		i++;
	}
	return NULL;
}

/* Offset of the next "<name" followed by '>' or a blank at or after from,
 * skipping comments; n if none. */
static size_t find_tag(const char *s, size_t n, size_t from, const char *name)
{
	size_t nl = strlen(name);
	for (size_t i = from; i < n; i++) {
		if (s[i] != '<')
			continue;
		if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			size_t j = i + 4;
			while (j + 3 <= n && memcmp(s + j, "-->", 3) != 0)
				j++;
			i = j + 2;
			continue;
		}
		if (n - i > nl + 1 && memcmp(s + i + 1, name, nl) == 0 &&
		    (s[i + 1 + nl] == '>' || is_ws(s[i + 1 + nl])))
			return i;
	}
	return n;
}

/* Pick date, id and text out of one gathered <Sentence> element. */
static int parse_sentence(dyad_reader *r, const char *s, size_t n, long at, dyad_doc *out,
                          dyad_error *err)
{
	size_t tag_end = 0;
	char q = 0;
	for (; tag_end < n; tag_end++) {
		char c = s[tag_end];
		if (q) {
			if (c == q)
				q = 0;
		} else if (c == '"' || c == '\'')
			q = c;
		else if (c == '>')
			break;
	}
	if (tag_end >= n)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at, "unterminated <Sentence> tag; skipped");
	size_t id_len = 0, date_len = 0;
	const char *id = attribute(&r->arena, s, tag_end, "id", &id_len);
	const char *date = attribute(&r->arena, s, tag_end, "date", &date_len);
	if (!id || id_len == 0)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at, "<Sentence> without an id; skipped");
	int32_t d = 0;
	if (date && date_len) {
		d = dyad_date_parse(date, date_len);
		if (d < 0)
			return dyad_reader__skip(r, err, DYAD_EPARSE, at,
			                         "bad date \"%.*s\" in <Sentence id=\"%.*s\">; skipped",
			                         (int)(date_len > 20 ? 20 : date_len), date,
			                         (int)(id_len > 64 ? 64 : id_len), id);
	}
	size_t t = find_tag(s, n, tag_end + 1, "Text");
	if (t >= n)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at,
		                         "<Sentence id=\"%.*s\"> has no <Text>; skipped",
		                         (int)(id_len > 64 ? 64 : id_len), id);
	const char *gt = memchr(s + t, '>', n - t);
	size_t b = gt ? (size_t)(gt - s) + 1 : n;
	size_t e = b;
	while (e < n && !(n - e >= 7 && memcmp(s + e, "</Text>", 7) == 0)) {
		if (n - e >= 9 && memcmp(s + e, "<![CDATA[", 9) == 0) {
			e += 9;
			while (e < n && !(n - e >= 3 && memcmp(s + e, "]]>", 3) == 0))
				e++;
		} else if (n - e >= 4 && memcmp(s + e, "<!--", 4) == 0) {
			e += 4;
			while (e < n && !(n - e >= 3 && memcmp(s + e, "-->", 3) == 0))
				e++;
		}
		if (e < n)
			e++;
	}
	if (e >= n)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at,
		                         "<Text> without </Text> in <Sentence id=\"%.*s\">; skipped",
		                         (int)(id_len > 64 ? 64 : id_len), id);
	char *text = dyad_arena_alloc(&r->arena, e - b + 1);
	if (!text)
		return dyad_error_set(err, DYAD_ENOMEM, r->name, at, "out of memory");
	size_t tl = decode(s + b, e - b, text, 1);
	size_t ts = 0;
	while (ts < tl && is_ws(text[ts]))
		ts++;
	while (tl > ts && is_ws(text[tl - 1]))
		tl--;
	text[tl] = 0;
	if (tl == ts)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at,
		                         "<Sentence id=\"%.*s\"> has an empty <Text>; skipped",
		                         (int)(id_len > 64 ? 64 : id_len), id);
	out->id = id;
	out->id_len = id_len;
	out->text = text + ts;
	out->text_len = tl - ts;
	out->date = d;
	return 1;
}

int dyad_reader__next_petrarch(dyad_reader *r, dyad_doc *out, dyad_error *err)
{
	char tail[TAIL];
	memset(tail, 0, sizeof tail);
	int in_record = 0, rec_comment = 0, rec_cdata = 0, over = 0;
	size_t total = 0;
	long at = 0;
	r->rec.len = 0;
	for (;;) {
		int c = dyad_reader__getc(r);
		if (c == -2)
			return dyad_reader__io_error(r, err);
		if (c == -1)
			break;
		memmove(tail, tail + 1, TAIL - 1);
		tail[TAIL - 1] = (char)c;
		if (!in_record) {
			if (r->in_comment) {
				if (c == '>' && tail_is(tail, "-->"))
					r->in_comment = 0;
			} else if (c == '-' && tail_is(tail, "<!--"))
				r->in_comment = 1;
			else if ((is_ws((char)c) || c == '>') && memcmp(tail + TAIL - 10, "<Sentence", 9) == 0) {
				in_record = 1;
				at = r->line + 1;
				total = 10;
				if (dyad_buf_append(&r->rec, tail + TAIL - 10, 10))
					return dyad_error_set(err, DYAD_ENOMEM, r->name, at, "out of memory");
			}
			if (c == '\n')
				r->line++;
			continue;
		}
		if (c == '\n')
			r->line++;
		total++;
		if (!over && total > r->max_record)
			over = 1;
		if (!over) {
			char ch = (char)c;
			if (dyad_buf_append(&r->rec, &ch, 1))
				return dyad_error_set(err, DYAD_ENOMEM, r->name, at, "out of memory");
		}
		if (rec_comment) {
			if (c == '>' && tail_is(tail, "-->"))
				rec_comment = 0;
		} else if (rec_cdata) {
			if (c == '>' && tail_is(tail, "]]>"))
				rec_cdata = 0;
		} else if (c == '-' && tail_is(tail, "<!--"))
			rec_comment = 1;
		else if (c == '[' && tail_is(tail, "<![CDATA["))
			rec_cdata = 1;
		else if (c == '>' && tail_is(tail, "</Sentence>"))
			break;
	}
	if (!in_record)
		return 0;
	r->records++;
	if (over)
		return dyad_reader__skip(r, err, DYAD_ELIMIT, at,
		                         "<Sentence> element of %zu bytes is longer than the record limit of %zu bytes; skipped",
		                         total, r->max_record);
	if (!tail_is(tail, "</Sentence>") || rec_comment || rec_cdata)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at,
		                         "<Sentence> not closed before the end of input; skipped");
	return parse_sentence(r, r->rec.data, r->rec.len, at, out, err);
}
