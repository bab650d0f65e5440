/* lib/read.c — input readers: opening (file, .gz, stdin, memory), format
 * detection, the chunked byte source and bounded line reading shared by the
 * format readers, and dispatch to them. Every source goes through zlib's
 * gzread, which reads gzip and plain bytes alike, so ".gz" needs no special
 * case and gzip on stdin works too. */
#include "lib/read_internal.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define READ_CHUNK ((size_t)128 << 10)

static const struct {
	const char *name;
	dyad_in_format fmt;
} in_formats[] = {
	{"auto", DYAD_IN_AUTO},       {"text", DYAD_IN_TEXT},         {"txt", DYAD_IN_TEXT},
	{"jsonl", DYAD_IN_JSONL},     {"json", DYAD_IN_JSONL},        {"ndjson", DYAD_IN_JSONL},
	{"tabari", DYAD_IN_TABARI},   {"petrarch", DYAD_IN_PETRARCH}, {"xml", DYAD_IN_PETRARCH},
};

int dyad_in_format_parse(const char *name, dyad_in_format *out)
{
	if (!name || !out)
		return DYAD_EINVAL;
	for (size_t i = 0; i < sizeof in_formats / sizeof in_formats[0]; i++)
		if (strcmp(name, in_formats[i].name) == 0) {
			*out = in_formats[i].fmt;
			return 0;
		}
	return DYAD_EINVAL;
}

static int ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	if (n < k)
		return 0;
	for (size_t i = 0; i < k; i++) {
		char c = s[n - k + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != suffix[i])
			return 0;
	}
	return 1;
}

static const char *basename_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* Format from the file extension, ignoring a trailing ".gz"; AUTO if unknown. */
static dyad_in_format format_from_name(const char *name)
{
	size_t n = strlen(name);
	if (ends_with(name, n, ".gz"))
		n -= 3;
	if (ends_with(name, n, ".txt"))
		return DYAD_IN_TEXT;
	if (ends_with(name, n, ".jsonl") || ends_with(name, n, ".json") ||
	    ends_with(name, n, ".ndjson"))
		return DYAD_IN_JSONL;
	if (ends_with(name, n, ".xml"))
		return DYAD_IN_PETRARCH;
	if (ends_with(name, n, ".text"))
		return DYAD_IN_TABARI;
	return DYAD_IN_AUTO;
}

/* Format from the first bytes of the chunk: '{' is JSONL, '<' is XML, a first
 * non-comment line starting "YYMMDD " / "YYYYMMDD " is TABARI, anything else
 * is plain text. */
static dyad_in_format format_from_bytes(const char *s, size_t n)
{
	size_t i = 0;
	for (;;) {
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
			i++;
		if (i < n && s[i] == '#') { /* TABARI files open with '#' banner lines */
			const char *nl = memchr(s + i, '\n', n - i);
			if (!nl)
				return DYAD_IN_TEXT;
			i = (size_t)(nl - s) + 1;
			continue;
		}
		break;
	}
	if (i >= n)
		return DYAD_IN_TEXT;
	if (s[i] == '{')
		return DYAD_IN_JSONL;
	if (s[i] == '<')
		return DYAD_IN_PETRARCH;
	size_t d = 0;
	while (i + d < n && s[i + d] >= '0' && s[i + d] <= '9')
		d++;
	if ((d == 6 || d == 8) && i + d < n && (s[i + d] == ' ' || s[i + d] == '\t'))
		return DYAD_IN_TABARI;
	return DYAD_IN_TEXT;
}

int dyad_reader__refill(dyad_reader *r)
{
	if (r->io_failed)
		return -2;
	if (r->eof || !r->gz) {
		r->eof = 1;
		return -1;
	}
	int n = gzread(r->gz, r->chunk, (unsigned)READ_CHUNK);
	if (n < 0) {
		r->io_failed = 1;
		return -2;
	}
	if (n == 0) {
		int zerr = 0;
		gzerror(r->gz, &zerr);
		if (zerr != Z_OK && zerr != Z_STREAM_END) {
			r->io_failed = 1;
			return -2;
		}
		r->eof = 1;
		return -1;
	}
	r->pos = 1;
	r->end = (size_t)n;
	return (unsigned char)r->chunk[0];
}

int dyad_reader__io_error(dyad_reader *r, dyad_error *err)
{
	int zerr = 0;
	const char *msg = r->gz ? gzerror(r->gz, &zerr) : "read failed";
	if (zerr == Z_ERRNO)
		msg = strerror(errno);
	/* zlib prefixes its messages with the path (or "<fd:N>"); ours already has it */
	size_t nl = strlen(r->name);
	if (msg && strncmp(msg, r->name, nl) == 0 && msg[nl] == ':' && msg[nl + 1] == ' ')
		msg += nl + 2;
	else if (msg && strncmp(msg, "<fd:", 4) == 0 && strstr(msg, ">: "))
		msg = strstr(msg, ">: ") + 3;
	/* counted as a skip so callers that judge success by the skip count
	 * notice that the rest of the input was lost */
	if (!r->io_reported)
		r->skipped++;
	r->io_failed = 1;
	r->io_reported = 1;
	return dyad_error_set(err, DYAD_EIO, r->name, r->line + 1, "read error: %s",
	                      msg && *msg ? msg : "unknown");
}

int dyad_reader__skip(dyad_reader *r, dyad_error *err, int code, long line, const char *fmt, ...)
{
	r->skipped++;
	if (!err)
		return code;
	char msg[sizeof err->msg];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return dyad_error_set(err, code, r->name, line, "%s", msg);
}

/* Fast path: a whole line inside the chunk is returned in place. Otherwise
 * pieces are gathered in r->rec up to max_record; past that the line is
 * still consumed (so reading resumes at the next one) but not stored. */
int dyad_reader__getline(dyad_reader *r, const char **line, size_t *len, dyad_error *err)
{
	size_t total = 0;
	int over = 0, any = 0;
	r->rec.len = 0;
	for (;;) {
		if (r->pos >= r->end) {
			int c = dyad_reader__refill(r);
			if (c == -2)
				return dyad_reader__io_error(r, err);
			if (c == -1) {
				if (!any)
					return 0;
				break;
			}
			r->pos--;
		}
		any = 1;
		const char *s = r->chunk + r->pos;
		size_t avail = r->end - r->pos;
		const char *nl = memchr(s, '\n', avail);
		size_t n = nl ? (size_t)(nl - s) : avail;
		r->pos += n + (nl != NULL);
		if (nl && total == 0 && n <= r->max_record) {
			r->line++;
			r->last_len = n;
			if (n && s[n - 1] == '\r')
				n--;
			*line = s;
			*len = n;
			return 1;
		}
		total += n;
		if (!over && total > r->max_record) {
			over = 1;
			r->rec.len = 0;
		}
		if (!over && dyad_buf_append(&r->rec, s, n))
			return dyad_error_set(err, DYAD_ENOMEM, r->name, r->line + 1, "out of memory");
		if (nl)
			break;
	}
	r->line++;
	r->last_len = total;
	if (over)
		return dyad_error_set(err, DYAD_ELIMIT, r->name, r->line,
		                      "line of %zu bytes is longer than the record limit of %zu bytes; skipped",
		                      total, r->max_record);
	size_t n = r->rec.len;
	if (n && r->rec.data[n - 1] == '\r')
		n--;
	*line = r->rec.data ? r->rec.data : "";
	*len = n;
	return 1;
}

static int reader_new(dyad_reader **out, const char *name, dyad_error *err)
{
	dyad_reader *r = calloc(1, sizeof *r);
	if (!r || !(r->name = strdup(name))) {
		free(r);
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	}
	r->max_record = DYAD_READER_MAX_RECORD;
	dyad_arena_init(&r->arena, 0);
	*out = r;
	return 0;
}

/* Document id for the text format: the basename without ".gz". */
static int set_base(dyad_reader *r, const char *name)
{
	const char *b = basename_of(name);
	size_t n = strlen(b);
	if (ends_with(b, n, ".gz") && n > 3)
		n -= 3;
	r->base = strndup(b, n);
	return r->base ? 0 : DYAD_ENOMEM;
}

/* Pick the format, skip a UTF-8 byte order mark, hook up the format reader. */
static int reader_start(dyad_reader *r, dyad_in_format fmt, const char *name, dyad_error *err)
{
	if (r->pos >= r->end) {
		int c = dyad_reader__refill(r);
		if (c == -2)
			return dyad_reader__io_error(r, err);
		if (c >= 0)
			r->pos--;
	}
	if (r->end - r->pos >= 3 && memcmp(r->chunk + r->pos, "\xEF\xBB\xBF", 3) == 0)
		r->pos += 3;
	if (fmt == DYAD_IN_AUTO && name)
		fmt = format_from_name(name);
	if (fmt == DYAD_IN_AUTO)
		fmt = format_from_bytes(r->chunk + r->pos, r->end - r->pos);
	r->fmt = fmt;
	switch (fmt) {
	case DYAD_IN_TEXT: r->next = dyad_reader__next_text; break;
	case DYAD_IN_JSONL: r->next = dyad_reader__next_jsonl; break;
	case DYAD_IN_TABARI: r->next = dyad_reader__next_tabari; break;
	case DYAD_IN_PETRARCH: r->next = dyad_reader__next_petrarch; break;
	default: return dyad_error_set(err, DYAD_EINVAL, r->name, 0, "unknown input format %d", fmt);
	}
	return 0;
}

int dyad_reader_open(dyad_reader **out, const char *path, dyad_in_format fmt, dyad_error *err)
{
	if (!out)
		return dyad_error_set(err, DYAD_EINVAL, NULL, 0, "dyad_reader_open: NULL out");
	*out = NULL;
	int is_stdin = !path || strcmp(path, "-") == 0;
	dyad_reader *r = NULL;
	int rc = reader_new(&r, is_stdin ? "<stdin>" : path, err);
	if (rc)
		return rc;
	if (is_stdin) {
		/* dup so that gzclose leaves the process's stdin open */
		int fd = dup(STDIN_FILENO);
		r->gz = fd >= 0 ? gzdopen(fd, "rb") : NULL;
		if (!r->gz && fd >= 0)
			close(fd);
	} else
		r->gz = gzopen(path, "rb");
	if (!r->gz) {
		int e = errno;
		dyad_reader_close(r);
		return dyad_error_set(err, DYAD_EIO, is_stdin ? "<stdin>" : path, 0, "cannot open: %s",
		                      e ? strerror(e) : "out of memory");
	}
	/* a quarter of the chunk: zlib reads (or inflates) what is left of a
	 * request after its buffer's bytes straight into the caller's memory
	 * when that is twice its buffer or more; so past the first read the
	 * input is not copied through zlib's buffer */
	gzbuffer(r->gz, (unsigned)(READ_CHUNK / 4));
	r->chunk = malloc(READ_CHUNK);
	if (!r->chunk || set_base(r, is_stdin ? "stdin" : path)) {
		dyad_reader_close(r);
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	}
	rc = reader_start(r, fmt, is_stdin ? NULL : path, err);
	if (rc) {
		if (err && err->file == r->name)
			err->file = is_stdin ? "<stdin>" : path;
		dyad_reader_close(r);
		return rc;
	}
	*out = r;
	return 0;
}

int dyad_reader_open_mem(dyad_reader **out, const char *name, const char *data, size_t len,
                         dyad_in_format fmt, dyad_error *err)
{
	if (!out || (!data && len))
		return dyad_error_set(err, DYAD_EINVAL, NULL, 0, "dyad_reader_open_mem: NULL argument");
	*out = NULL;
	dyad_reader *r = NULL;
	int rc = reader_new(&r, name ? name : "<memory>", err);
	if (rc)
		return rc;
	r->chunk = malloc(len ? len : 1);
	if (!r->chunk || set_base(r, name ? name : "memory")) {
		dyad_reader_close(r);
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	}
	if (len)
		memcpy(r->chunk, data, len);
	r->end = len;
	r->eof = 1;
	rc = reader_start(r, fmt, name, err);
	if (rc) {
		dyad_reader_close(r);
		return rc;
	}
	*out = r;
	return 0;
}

void dyad_reader_set_max_record(dyad_reader *r, size_t max_bytes)
{
	if (r)
		r->max_record = max_bytes ? max_bytes : DYAD_READER_MAX_RECORD;
}

int dyad_reader_next(dyad_reader *r, dyad_doc *out, dyad_error *err)
{
	if (!r || !out)
		return dyad_error_set(err, DYAD_EINVAL, NULL, 0, "dyad_reader_next: NULL argument");
	memset(out, 0, sizeof *out);
	dyad_arena_reset(&r->arena);
	if (r->io_failed)
		return 0;
	long before = r->line;
	int rc = r->next(r, out, err);
	if (rc > 0 && !out->line)
		out->line = before + 1;
	return rc;
}

size_t dyad_reader_skipped(const dyad_reader *r)
{
	return r ? r->skipped : 0;
}

size_t dyad_reader_records(const dyad_reader *r)
{
	return r ? r->records : 0;
}

void dyad_reader_close(dyad_reader *r)
{
	if (!r)
		return;
	if (r->gz)
		gzclose(r->gz);
	free(r->chunk);
	free(r->name);
	free(r->base);
	dyad_buf_free(&r->rec);
	dyad_buf_free(&r->text);
	dyad_arena_free(&r->arena);
	free(r);
}
