/* lib/read_text.c — plain text input: the whole file is one document whose id
 * is the file's basename (without ".gz"). An empty or all-blank file yields
 * no document; a file over the record limit is reported and skipped. */
#include "lib/read_internal.h"

#include <string.h>

static int blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n' && s[i] != '\f' &&
		    s[i] != '\v')
			return 0;
	return 1;
}

int dyad_reader__next_text(dyad_reader *r, dyad_doc *out, dyad_error *err)
{
	if (r->done)
		return 0;
	r->done = 1;
	size_t total = 0;
	int over = 0;
	r->rec.len = 0;
	for (;;) {
		if (r->pos >= r->end) {
			int c = dyad_reader__refill(r);
			if (c == -2)
				return dyad_reader__io_error(r, err);
			if (c == -1)
				break;
			r->pos--;
		}
		size_t n = r->end - r->pos;
		const char *s = r->chunk + r->pos;
		for (size_t i = 0; i < n; i++) /* lines, for messages only */
			if (s[i] == '\n')
				r->line++;
		total += n;
		r->pos = r->end;
		if (!over && total > r->max_record) {
			over = 1;
			r->rec.len = 0;
		}
		if (!over && dyad_buf_append(&r->rec, s, n))
			return dyad_error_set(err, DYAD_ENOMEM, r->name, 0, "out of memory");
	}
	if (total == 0 || (!over && blank(r->rec.data, r->rec.len)))
		return 0;
	r->records++;
	if (over)
		return dyad_reader__skip(r, err, DYAD_ELIMIT, 1,
		                         "document of %zu bytes is longer than the record limit of %zu bytes; skipped",
		                         total, r->max_record);
	out->id = r->base;
	out->id_len = strlen(r->base);
	out->text = r->rec.data;
	out->text_len = r->rec.len;
	return 1;
}
