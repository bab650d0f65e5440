/* cli/cmd_query.c — `dyad query`: stored events matching filters, raw or
 * one-a-day, in any event format (csv too). Also holds the filter flags and
 * row formatting that `dyad series` and `dyad export` share. */
#include "cli/cli.h"


#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define FLUSH_AT (1u << 16)

static void upcase(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

static int need_value(int argc, char **argv, int i, const char *cmd)
{
	if (i + 1 >= argc) {
		cli_errorf(cmd, "%s needs a value", argv[i]);
		return -1;
	}
	return 0;
}

static int parse_date_flag(const char *s, int32_t *out, const char *flag, const char *cmd)
{
	int32_t d = dyad_date_parse(s, strlen(s));
	if (d <= 0) {
		cli_errorf(cmd, "%s: '%s' is not a date (YYYY-MM-DD or YYYYMMDD)", flag, s);
		return -1;
	}
	*out = d;
	return 0;
}

int cli_store_filter_flag(dyad_store_filter *f, const char **db, int argc, char **argv, int *i,
                          const char *cmd)
{
	const char *a = argv[*i];
	if (!strcmp(a, "--daily")) {
		f->daily = 1;
		return 1;
	}
	static const char *valued[] = {"--db", "--from", "--to", "--source", "--target", "--dyad",
	                               "--code", "--root", "--quad", "--text-contains", "--doc",
	                               "--limit"};
	size_t k = 0, n = sizeof valued / sizeof valued[0];
	while (k < n && strcmp(a, valued[k]))
		k++;
	if (k == n)
		return 0;
	if (need_value(argc, argv, *i, cmd))
		return -1;
	char *v = argv[++*i];
	switch (k) {
	case 0: *db = v; break;
	case 1: return parse_date_flag(v, &f->from, a, cmd) ? -1 : 1;
	case 2: return parse_date_flag(v, &f->to, a, cmd) ? -1 : 1;
	case 3: upcase(v); f->source = v; break;
	case 4: upcase(v); f->target = v; break;
	case 5: {
		upcase(v);
		char *dash = strchr(v, '-');
		if (!dash || dash == v || !dash[1] || strchr(dash + 1, '-')) {
			cli_errorf(cmd, "--dyad: expected SOURCE-TARGET such as USA-PRK, got '%s'", v);
			return -1;
		}
		*dash = 0;
		f->source = v;
		f->target = dash + 1;
		break;
	}
	case 6:
	case 7:
		for (const char *c = v; *c; c++)
			if (!isdigit((unsigned char)*c) || (k == 7 && strlen(v) != 2) || strlen(v) > 4) {
				cli_errorf(cmd, "%s: '%s' is not a CAMEO %s", a, v, k == 6 ? "code" : "root (two digits)");
				return -1;
			}
		if (k == 6)
			f->code = v;
		else
			f->root = v;
		break;
	case 8:
		if (strlen(v) != 1 || v[0] < '1' || v[0] > '4') {
			cli_errorf(cmd, "--quad: expected 1..4, got '%s'", v);
			return -1;
		}
		f->quad = v[0] - '0';
		break;
	case 9: f->text_contains = v; break;
	case 10: f->doc_id = v; break;
	case 11: {
		char *end;
		errno = 0;
		unsigned long long l = strtoull(v, &end, 10);
		if (errno || *end || !*v || v[0] == '-') {
			cli_errorf(cmd, "--limit: '%s' is not a count", v);
			return -1;
		}
		f->limit = l;
		break;
	}
	}
	return 1;
}

int cli_store_check(const dyad_store_filter *f, const char **db, const char *cmd)
{
	if (!*db)
		*db = getenv("DYAD_DB");
	if (!*db || !**db) {
		cli_errorf(cmd, "no database: give --db PATH or --db postgresql://... (or set DYAD_DB)");
		return -1;
	}
	if (f->from && f->to && f->from > f->to) {
		cli_errorf(cmd, "--from is after --to");
		return -1;
	}
	return 0;
}

int cli_store_open_read(dyad_store **out, const char *db, const char *cmd)
{
	dyad_store_options o;
	dyad_store_options_init(&o);
	o.readonly = 1;
	dyad_error err;
	dyad_error_clear(&err);
	if (dyad_store_open_opts(out, db, &o, &err) < 0) {
		cli_report(cmd, &err);
		return -1;
	}
	return 0;
}

int cli_store_format_parse(const char *name, int *out)
{
	if (!strcmp(name, "csv")) {
		*out = CLI_OUT_CSV;
		return 0;
	}
	dyad_out_format f;
	if (dyad_out_format_parse(name, &f) < 0)
		return -1;
	*out = (int)f;
	return 0;
}

static int csv_field(dyad_buf *b, const char *s, size_t n, int last)
{
	int quote = 0;
	for (size_t i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
	int rc = quote ? dyad_buf_append(b, "\"", 1) : 0;
	for (size_t i = 0; i < n && !rc; i++)
		rc = s[i] == '"' ? dyad_buf_append(b, "\"\"", 2) : dyad_buf_append(b, s + i, 1);
	if (!rc && quote)
		rc = dyad_buf_append(b, "\"", 1);
	if (!rc)
		rc = dyad_buf_append(b, last ? "\n" : ",", 1);
	return rc;
}

static int csv_str(dyad_buf *b, const char *s, int last)
{
	return csv_field(b, s ? s : "", s ? strlen(s) : 0, last);
}

static int csv_span(dyad_buf *b, const dyad_doc *d, dyad_span sp)
{
	if (sp.end <= sp.begin || sp.end > d->text_len)
		return csv_field(b, "", 0, 0);
	return csv_field(b, d->text + sp.begin, sp.end - sp.begin, 0);
}

int cli_store_header(dyad_buf *b, int fmt, int daily)
{
	if (fmt == CLI_OUT_CSV) {
		static const char h[] = "doc,sentence,date,source,target,code,root,quad,goldstein,plover,"
		                        "outlet,url,source_text,target_text,verb_text";
		int rc = dyad_buf_append(b, h, sizeof h - 1);
		if (!rc)
			rc = dyad_buf_printf(b, "%s\n", daily ? ",mentions,documents,outlets,doc_ids" : "");
		return rc;
	}
	size_t mark = b->len;
	int rc = dyad_format_header(b, (dyad_out_format)fmt);
	if (rc || !daily || fmt != DYAD_OUT_TSV || b->len == mark)
		return rc;
	b->len--; /* drop the newline, add the one-a-day columns */
	return dyad_buf_printf(b, "\tmentions\tdocuments\toutlets\tdoc_ids\n");
}

/* Replace tab-separated field k of the line that starts at b->data[from]
 * (its newline included); leaves lines with fewer fields alone. */
static int patch_field(dyad_buf *b, size_t from, int k, const char *val, dyad_buf *tmp)
{
	char *line = b->data + from;
	size_t len = b->len - from;
	size_t beg = 0;
	for (int f = 0; f < k; f++) {
		char *t = memchr(line + beg, '\t', len - beg);
		if (!t)
			return 0;
		beg = (size_t)(t - line) + 1;
	}
	size_t end = beg;
	while (end < len && line[end] != '\t' && line[end] != '\n')
		end++;
	tmp->len = 0;
	int rc = dyad_buf_append(tmp, line + end, len - end);
	if (rc)
		return rc;
	b->len = from + beg;
	for (const char *v = val; *v && !rc; v++) /* fields never hold tabs or newlines */
		rc = dyad_buf_append(b, *v == '\t' || *v == '\n' ? " " : v, 1);
	return rc ? rc : dyad_buf_append(b, tmp->data, tmp->len);
}

int cli_store_format_row(dyad_buf *b, int fmt, const dyad_store_row *r, int daily, dyad_buf *tmp)
{
	const dyad_doc *d = &r->doc;
	const dyad_event *e = &r->event;
	int rc;
	if (fmt == CLI_OUT_CSV) {
		rc = csv_str(b, d->id, 0);
		if (!rc)
			rc = dyad_buf_printf(b, "%u,", e->sentence);
		if (!rc && e->date > 0)
			rc = dyad_buf_printf(b, "%04d-%02d-%02d", e->date / 10000, e->date / 100 % 100, e->date % 100);
		if (!rc)
			rc = dyad_buf_append(b, ",", 1);
		if (!rc)
			rc = csv_str(b, e->source, 0);
		if (!rc)
			rc = csv_str(b, e->target, 0);
		if (!rc)
			rc = dyad_buf_printf(b, "%s,%s,%d,%.1f,", e->code, e->root, e->quad, e->goldstein);
		if (!rc)
			rc = csv_str(b, e->plover, 0);
		if (!rc)
			rc = csv_str(b, d->source, 0);
		if (!rc)
			rc = csv_str(b, d->url, 0);
		if (!rc)
			rc = csv_span(b, d, e->source_span);
		if (!rc)
			rc = csv_span(b, d, e->target_span);
		if (!rc)
			rc = csv_span(b, d, e->verb_span);
		if (!rc) {
			b->len--; /* the verb_text field's comma becomes the line end */
			if (daily) {
				rc = dyad_buf_printf(b, ",%llu,%llu,%llu,", (unsigned long long)r->mentions,
				                     (unsigned long long)r->documents, (unsigned long long)r->outlets);
				if (!rc)
					rc = csv_str(b, r->doc_ids, 1);
			} else {
				rc = dyad_buf_append(b, "\n", 1);
			}
		}
		return rc;
	}
	size_t mark = b->len;
	rc = dyad_format_event(b, (dyad_out_format)fmt, d, e);
	if (rc || !daily || b->len == mark || b->data[b->len - 1] != '\n')
		return rc;
	char num[3][24];
	snprintf(num[0], sizeof num[0], "%llu", (unsigned long long)r->mentions);
	snprintf(num[1], sizeof num[1], "%llu", (unsigned long long)r->documents);
	snprintf(num[2], sizeof num[2], "%llu", (unsigned long long)r->outlets);
	switch (fmt) {
	case DYAD_OUT_JSONL:
	case DYAD_OUT_PLOVER:
		if (b->len - mark < 2 || b->data[b->len - 2] != '}')
			return 0;
		b->len -= 2;
		rc = dyad_buf_printf(b, ",\"mentions\":%s,\"documents\":%s,\"outlets\":%s,\"doc_ids\":[",
		                     num[0], num[1], num[2]);
		for (const char *p = r->doc_ids; !rc && *p;) {
			size_t n = strcspn(p, ";");
			rc = dyad_buf_json_string(b, p, n);
			p += n;
			if (*p && !rc) {
				rc = dyad_buf_append(b, ",", 1);
				p++;
			}
		}
		return rc ? rc : dyad_buf_append(b, "]}\n", 3);
	case DYAD_OUT_TSV:
		b->len--;
		return dyad_buf_printf(b, "\t%s\t%s\t%s\t%s\n", num[0], num[1], num[2], r->doc_ids);
	case DYAD_OUT_GDELT:
		/* NumMentions, NumSources, NumArticles (GDELT 2.0 columns 31-33) */
		rc = patch_field(b, mark, 31, num[0], tmp);
		if (!rc)
			rc = patch_field(b, mark, 32, num[2], tmp);
		return rc ? rc : patch_field(b, mark, 33, num[1], tmp);
	case DYAD_OUT_PHOENIX:
		/* SentenceID(s), URLs, NewsSources (Phoenix columns 23-25) */
		rc = patch_field(b, mark, 23, r->doc_ids, tmp);
		if (!rc)
			rc = patch_field(b, mark, 24, r->urls, tmp);
		return rc ? rc : patch_field(b, mark, 25, r->outlet_names, tmp);
	default:
		return 0;
	}
}

int cli_store_write(FILE *out, dyad_buf *b, int force, const char *cmd)
{
	if (!force && b->len < FLUSH_AT)
		return 0;
	if (b->len && fwrite(b->data, 1, b->len, out) != b->len) {
		cli_errorf(cmd, "write failed: %s", strerror(errno));
		return -1;
	}
	b->len = 0;
	if (force && fflush(out) != 0) {
		cli_errorf(cmd, "write failed: %s", strerror(errno));
		return -1;
	}
	return 0;
}

int cli_store_rows(FILE *out, dyad_store *s, const dyad_store_filter *f, int fmt,
                   const char *cmd, unsigned long long *n_rows)
{
	dyad_store_cursor *c;
	dyad_error err;
	dyad_error_clear(&err);
	dyad_buf b = {0}, tmp = {0};
	int rc = dyad_store_query(&c, s, f, &err);
	*n_rows = 0;
	if (rc < 0) {
		cli_report(cmd, &err);
		return -1;
	}
	if (cli_store_header(&b, fmt, f->daily)) {
		rc = DYAD_ENOMEM;
		goto fmt_fail;
	}
	dyad_store_row row;
	while ((rc = dyad_store_cursor_next(c, &row, &err)) == 1) {
		if ((rc = cli_store_format_row(&b, fmt, &row, f->daily, &tmp)))
			goto fmt_fail;
		(*n_rows)++;
		if (cli_store_write(out, &b, 0, cmd)) {
			rc = -1;
			goto done;
		}
	}
	if (rc < 0) {
		cli_report(cmd, &err);
		goto done;
	}
	rc = cli_store_write(out, &b, 1, cmd);
	goto done;
fmt_fail:
	cli_errorf(cmd, "formatting a row failed: %s", dyad_error_name(rc));
	rc = -1;
done:
	dyad_store_cursor_free(c);
	dyad_buf_free(&b);
	dyad_buf_free(&tmp);
	return rc < 0 ? -1 : 0;
}

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: dyad query --db PATH|postgresql://... [filters] [--daily] [--out FORMAT] [--limit N]\n"
	        "\n"
	        "filters (shared with series and export):\n"
	        "  --from DATE --to DATE      inclusive, YYYY-MM-DD or YYYYMMDD\n"
	        "  --source CODE              actor code prefix: PRK matches PRK, PRKGOV, PRKMIL\n"
	        "  --target CODE\n"
	        "  --dyad SRC-TGT             same as --source SRC --target TGT (directed)\n"
	        "  --code CODE --root NN      CAMEO code prefix (19 = 190..196) / root\n"
	        "  --quad 1..4                QuadClass\n"
	        "  --text-contains TEXT       the event's sentence contains TEXT (ASCII case-insensitive)\n"
	        "  --doc ID                   one document's events\n"
	        "  --daily                    one row per (date, source, target, code) with mention,\n"
	        "                             document and outlet counts (Phoenix one-a-day, GDELT)\n"
	        "output: --out jsonl (default) | tsv | csv | phoenix | gdelt | plover | tabari\n");
}

int dyad_cmd_query(int argc, char **argv)
{
	const char *cmd = "query";
	dyad_store_filter f = {0};
	const char *db = NULL;
	int fmt = DYAD_OUT_JSONL;
	for (int i = 1; i < argc; i++) {
		int r = cli_store_filter_flag(&f, &db, argc, argv, &i, cmd);
		if (r < 0)
			return 2;
		if (r)
			continue;
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return 0;
		}
		if (!strcmp(argv[i], "--out")) {
			if (need_value(argc, argv, i, cmd))
				return 2;
			if (cli_store_format_parse(argv[++i], &fmt)) {
				cli_errorf(cmd, "--out: unknown format '%s'", argv[i]);
				return 2;
			}
			continue;
		}
		cli_errorf(cmd, "unknown option '%s' (see dyad query --help)", argv[i]);
		return 2;
	}
	if (cli_store_check(&f, &db, cmd))
		return 2;
	dyad_store *s;
	if (cli_store_open_read(&s, db, cmd))
		return 1;
	unsigned long long n;
	int rc = cli_store_rows(stdout, s, &f, fmt, cmd, &n);
	dyad_store_free(s);
	return rc ? 1 : 0;
}
