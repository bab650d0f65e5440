/* cli/cmd_series.c — `dyad series`: a time series of stored events (count,
 * mean Goldstein, or counts per QuadClass per day/week/month/year) over the
 * same filters as `dyad query`, printed as TSV/CSV/JSONL and optionally
 * drawn as an SVG chart. */
#include "cli/cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


static void usage(FILE *f)
{
	fprintf(f,
	        "usage: dyad series --db PATH|postgresql://... [filters] [--interval day|week|month|year]\n"
	        "                   [--metric count|goldstein|quad] [--out tsv|csv|jsonl]\n"
	        "                   [--plot FILE.svg] [--title TEXT]\n"
	        "\n"
	        "Filters are those of dyad query (--from --to --source --target --dyad --code --root\n"
	        "--quad --text-contains --doc --daily). Periods without events are printed as 0\n"
	        "(empty for goldstein). Weeks are ISO weeks, labelled by their Monday.\n"
	        "Example: North Korea's missile tests per month:\n"
	        "  dyad series --db events.db --source PRK --root 15 --interval month --plot prk.svg\n");
}

static void default_title(char *buf, size_t cap, const dyad_store_filter *f, dyad_metric m,
                          dyad_interval iv)
{
	static const char *what[] = {"Events", "Mean Goldstein score", "Events by QuadClass"};
	static const char *per[] = {"day", "week", "month", "year"};
	int n = snprintf(buf, cap, "%s per %s", what[m], per[iv]);
	const char *parts[][2] = {{"source", f->source}, {"target", f->target}, {"code", f->code},
	                          {"root", f->root}, {"text", f->text_contains}};
	const char *sep = ": ";
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		if (!parts[i][1] || n < 0 || (size_t)n >= cap)
			continue;
		n += snprintf(buf + n, cap - (size_t)n, "%s%s %s", sep, parts[i][0], parts[i][1]);
		sep = ", ";
	}
	if (f->quad && n >= 0 && (size_t)n < cap)
		n += snprintf(buf + n, cap - (size_t)n, "%squad %d", sep, f->quad);
	if (f->daily && n >= 0 && (size_t)n < cap)
		snprintf(buf + n, cap - (size_t)n, " (one-a-day)");
}

static int print_series(FILE *out, const dyad_series *s, const char *fmt)
{
	int csv = !strcmp(fmt, "csv"), json = !strcmp(fmt, "jsonl");
	const char sep = csv ? ',' : '\t';
	if (!json) {
		if (s->metric == DYAD_METRIC_COUNT)
			fprintf(out, "period%ccount\n", sep);
		else if (s->metric == DYAD_METRIC_GOLDSTEIN)
			fprintf(out, "period%cgoldstein%ccount\n", sep, sep);
		else
			fprintf(out, "period%cquad1%cquad2%cquad3%cquad4%ccount\n", sep, sep, sep, sep, sep);
	}
	for (size_t i = 0; i < s->n; i++) {
		const dyad_series_point *p = &s->points[i];
		char label[32];
		dyad_series_label(label, sizeof label, s->interval, p->period);
		unsigned long long c = (unsigned long long)p->count;
		if (json) {
			fprintf(out, "{\"period\":\"%s\",\"count\":%llu", label, c);
			if (s->metric == DYAD_METRIC_GOLDSTEIN) {
				if (p->count)
					fprintf(out, ",\"goldstein\":%.3f", p->goldstein);
				else
					fprintf(out, ",\"goldstein\":null");
			} else if (s->metric == DYAD_METRIC_QUAD) {
				fprintf(out, ",\"quad\":[%llu,%llu,%llu,%llu]", (unsigned long long)p->quad[0],
				        (unsigned long long)p->quad[1], (unsigned long long)p->quad[2],
				        (unsigned long long)p->quad[3]);
			}
			fputs("}\n", out);
		} else if (s->metric == DYAD_METRIC_COUNT) {
			fprintf(out, "%s%c%llu\n", label, sep, c);
		} else if (s->metric == DYAD_METRIC_GOLDSTEIN) {
			if (p->count)
				fprintf(out, "%s%c%.3f%c%llu\n", label, sep, p->goldstein, sep, c);
			else
				fprintf(out, "%s%c%c%llu\n", label, sep, sep, c);
		} else {
			fprintf(out, "%s%c%llu%c%llu%c%llu%c%llu%c%llu\n", label, sep,
			        (unsigned long long)p->quad[0], sep, (unsigned long long)p->quad[1], sep,
			        (unsigned long long)p->quad[2], sep, (unsigned long long)p->quad[3], sep, c);
		}
	}
	return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}

/* Write the chart next to its final name, then rename: a reader never sees half a file. */
static int write_plot(const char *path, const dyad_buf *b, const char *cmd)
{
	size_t n = strlen(path);
	char *tmp = malloc(n + 16);
	if (!tmp) {
		cli_errorf(cmd, "out of memory");
		return -1;
	}
	snprintf(tmp, n + 16, "%s.tmp%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	if (!f) {
		cli_errorf(cmd, "--plot %s: %s", path, strerror(errno));
		free(tmp);
		return -1;
	}
	int ok = fwrite(b->data, 1, b->len, f) == b->len;
	ok = (fclose(f) == 0) && ok;
	if (!ok || rename(tmp, path) != 0) {
		cli_errorf(cmd, "--plot %s: %s", path, strerror(errno));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}

int dyad_cmd_series(int argc, char **argv)
{
	const char *cmd = "series";
	dyad_store_filter f = {0};
	const char *db = NULL, *plot = NULL, *title = NULL, *fmt = "tsv";
	dyad_interval iv = DYAD_INTERVAL_MONTH;
	dyad_metric metric = DYAD_METRIC_COUNT;
	for (int i = 1; i < argc; i++) {
		int r = cli_store_filter_flag(&f, &db, argc, argv, &i, cmd);
		if (r < 0)
			return 2;
		if (r)
			continue;
		const char *a = argv[i];
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			return 0;
		}
		int valued = !strcmp(a, "--interval") || !strcmp(a, "--metric") || !strcmp(a, "--plot") ||
		             !strcmp(a, "--title") || !strcmp(a, "--out");
		if (!valued) {
			cli_errorf(cmd, "unknown option '%s' (see dyad series --help)", a);
			return 2;
		}
		if (i + 1 >= argc) {
			cli_errorf(cmd, "%s needs a value", a);
			return 2;
		}
		const char *v = argv[++i];
		if (!strcmp(a, "--interval") && dyad_interval_parse(v, &iv)) {
			cli_errorf(cmd, "--interval: expected day, week, month or year, got '%s'", v);
			return 2;
		}
		if (!strcmp(a, "--metric") && dyad_metric_parse(v, &metric)) {
			cli_errorf(cmd, "--metric: expected count, goldstein or quad, got '%s'", v);
			return 2;
		}
		if (!strcmp(a, "--out")) {
			if (strcmp(v, "tsv") && strcmp(v, "csv") && strcmp(v, "jsonl")) {
				cli_errorf(cmd, "--out: expected tsv, csv or jsonl, got '%s'", v);
				return 2;
			}
			fmt = v;
		}
		if (!strcmp(a, "--plot"))
			plot = v;
		if (!strcmp(a, "--title"))
			title = v;
	}
	if (f.limit) {
		cli_errorf(cmd, "--limit does not apply to a series");
		return 2;
	}
	if (cli_store_check(&f, &db, cmd))
		return 2;
	dyad_store *s;
	if (cli_store_open_read(&s, db, cmd))
		return 1;
	dyad_series *ser;
	dyad_error err;
	dyad_error_clear(&err);
	int rc = dyad_store_series(&ser, s, &f, iv, metric, &err);
	dyad_store_free(s);
	if (rc < 0) {
		cli_report(cmd, &err);
		return 1;
	}
	rc = 0;
	if (print_series(stdout, ser, fmt)) {
		cli_errorf(cmd, "write failed: %s", strerror(errno));
		rc = 1;
	}
	if (plot && !rc) {
		char deftitle[512];
		default_title(deftitle, sizeof deftitle, &f, metric, iv);
		dyad_buf b = {0};
		if (dyad_series_svg(&b, ser, title ? title : deftitle, &err) < 0) {
			cli_report(cmd, &err);
			rc = 1;
		} else if (write_plot(plot, &b, cmd)) {
			rc = 1;
		}
		dyad_buf_free(&b);
	}
	dyad_series_free(ser);
	return rc;
}
