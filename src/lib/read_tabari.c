/* lib/read_tabari.c — TABARI text records (TABARI manual, section 4.3):
 *
 *     YYMMDD ID any other information      (or YYYYMMDD, as with SET: YYYY)
 *     text line 1
 *     ...
 *     <blank line>
 *
 * A record starts at a line whose first character is a digit and ends at a
 * line of only blanks; lines between records (# banners, comment blocks) are
 * ignored. Comments between slash-star and star-slash are removed, also
 * across lines; a blank line ends a record even inside an unclosed comment,
 * as TABARI's validation files rely on. Text lines are joined with '\n'. */
#include "lib/read_internal.h"

#include <string.h>

static int is_blank_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
			return 0;
	return 1;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Append the parts of line outside comments to r->text; *in_comment carries
 * the comment state from line to line. Trailing blanks of the line are dropped. */
static int add_text_line(dyad_reader *r, const char *s, size_t n, int *in_comment)
{
	size_t start_len = r->text.len;
	int sep = r->text.len > 0;
	for (size_t i = 0; i < n;) {
		if (*in_comment) {
			const char *close = NULL;
			for (size_t k = i; k + 1 < n; k++)
				if (s[k] == '*' && s[k + 1] == '/') {
					close = s + k;
					break;
				}
			if (!close)
				break;
			*in_comment = 0;
			i = (size_t)(close - s) + 2;
			continue;
		}
		size_t k = i;
		while (k < n && !(s[k] == '/' && k + 1 < n && s[k + 1] == '*'))
			k++;
		if (k > i) {
			if (sep && dyad_buf_append(&r->text, "\n", 1))
				return DYAD_ENOMEM;
			sep = 0;
			if (dyad_buf_append(&r->text, s + i, k - i))
				return DYAD_ENOMEM;
		}
		if (k < n) {
			*in_comment = 1;
			i = k + 2;
		} else
			i = k;
	}
	while (r->text.len > start_len && is_space(r->text.data[r->text.len - 1]))
		r->text.len--;
	if (r->text.len == start_len + 1 && r->text.data[start_len] == '\n')
		r->text.len = start_len; /* the line held only blanks outside comments */
	return 0;
}

int dyad_reader__next_tabari(dyad_reader *r, dyad_doc *out, dyad_error *err)
{
	const char *line;
	size_t len;
	int rc, over = 0;
	size_t total = 0;
	char *header = NULL;
	size_t header_len = 0;

	/* find the next header line */
	for (;;) {
		rc = dyad_reader__getline(r, &line, &len, err);
		if (rc == 0 || rc == DYAD_EIO || rc == DYAD_ENOMEM)
			return rc;
		if (rc == DYAD_ELIMIT) {
			over = 1;
			total = r->last_len + 1;
			break;
		}
		if (len && line[0] >= '0' && line[0] <= '9') {
			header = dyad_arena_strndup(&r->arena, line, len);
			if (!header)
				return dyad_error_set(err, DYAD_ENOMEM, r->name, r->line, "out of memory");
			header_len = len;
			total = len + 1;
			break;
		}
		/* a paragraph that starts with neither a header, a comment nor a banner
		 * is a record whose header is malformed: say so, then skip it */
		if (len && !is_blank_line(line, len) && !r->in_paragraph && line[0] != '#' && line[0] != '/' &&
		    line[0] != '*' && line[0] != '<' && line[0] != '\\' && line[0] != '[' && line[0] != '{') {
			r->in_paragraph = 1;
			return dyad_reader__skip(r, err, DYAD_EPARSE, r->line,
			                         "expected a record header \"YYMMDD ID\", got \"%.*s\"; record skipped",
			                         (int)(len > 40 ? 40 : len), line);
		}
		r->in_paragraph = !is_blank_line(line, len);
	}
	long at = r->line;
	r->records++;

	/* text lines up to a blank line or the end */
	int in_comment = 0;
	r->text.len = 0;
	for (;;) {
		rc = dyad_reader__getline(r, &line, &len, err);
		if (rc == 0)
			break;
		if (rc == DYAD_ELIMIT) {
			over = 1;
			total += r->last_len + 1;
			continue;
		}
		if (rc < 0)
			return rc;
		if (is_blank_line(line, len))
			break;
		total += len + 1;
		if (total > r->max_record)
			over = 1;
		if (!over && add_text_line(r, line, len, &in_comment))
			return dyad_error_set(err, DYAD_ENOMEM, r->name, r->line, "out of memory");
	}
	if (over)
		return dyad_reader__skip(r, err, DYAD_ELIMIT, at,
		                         "record of %zu bytes is longer than the record limit of %zu bytes; skipped",
		                         total, r->max_record);

	/* header: date digits, blanks, id (the rest of the line, trimmed) */
	size_t d = 0;
	while (d < header_len && header[d] >= '0' && header[d] <= '9')
		d++;
	int32_t date = dyad_date_parse(header, d);
	if (date < 0)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at,
		                         "bad date \"%.*s\" (want YYMMDD or YYYYMMDD); skipped",
		                         (int)(d > 20 ? 20 : d), header);
	size_t b = d;
	while (b < header_len && is_space(header[b]))
		b++;
	size_t e = header_len;
	while (e > b && is_space(header[e - 1]))
		e--;
	if (e == b)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at, "missing record id after the date; skipped");
	if (r->text.len == 0)
		return dyad_reader__skip(r, err, DYAD_EPARSE, at, "record %.*s has no text; skipped",
		                         (int)(e - b > 64 ? 64 : e - b), header + b);
	header[e] = 0;
	r->text.data[r->text.len] = 0;
	out->id = header + b;
	out->line = at;
	out->id_len = e - b;
	out->text = r->text.data;
	out->text_len = r->text.len;
	out->date = date;
	return 1;
}
