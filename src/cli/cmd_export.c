/* cli/cmd_export.c — `dyad export`: stored events as the standard files
 * other tools read: Phoenix (26 columns), GDELT 2.0 (61 event columns),
 * PLOVER JSON, dyad JSONL, TSV or CSV. Phoenix and GDELT files are one-a-day
 * by default, as those datasets are, with their mention/source/article
 * counts filled in from the store. */
#include "cli/cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


static void usage(FILE *f)
{
	fprintf(f,
	        "usage: dyad export --db PATH|postgresql://... --format phoenix|gdelt|plover|jsonl|tsv|csv\n"
	        "                   [filters] [--daily | --all] [--output FILE]\n"
	        "\n"
	        "phoenix and gdelt are one-a-day (one row per date, source, target and code, with\n"
	        "GDELT's NumMentions/NumSources/NumArticles and Phoenix's id/URL/source lists);\n"
	        "--all writes every stored event instead. The other formats write every event\n"
	        "unless --daily is given. Filters are those of dyad query. --output writes FILE\n"
	        "whole or not at all (a temporary file renamed at the end).\n");
}

int dyad_cmd_export(int argc, char **argv)
{
	const char *cmd = "export";
	dyad_store_filter f = {0};
	const char *db = NULL, *output = NULL;
	int fmt = -1, all = 0;
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
		if (!strcmp(a, "--all")) {
			all = 1;
			continue;
		}
		if (!strcmp(a, "--format") || !strcmp(a, "--out") || !strcmp(a, "--output") || !strcmp(a, "-o")) {
			if (i + 1 >= argc) {
				cli_errorf(cmd, "%s needs a value", a);
				return 2;
			}
			const char *v = argv[++i];
			if (!strcmp(a, "--output") || !strcmp(a, "-o")) {
				output = v;
			} else if (cli_store_format_parse(v, &fmt)) {
				cli_errorf(cmd, "--format: unknown format '%s' (phoenix, gdelt, plover, jsonl, tsv, csv)", v);
				return 2;
			}
			continue;
		}
		cli_errorf(cmd, "unknown option '%s' (see dyad export --help)", a);
		return 2;
	}
	if (fmt < 0) {
		cli_errorf(cmd, "--format is required (phoenix, gdelt, plover, jsonl, tsv, csv)");
		return 2;
	}
	if (all && f.daily) {
		cli_errorf(cmd, "--all and --daily contradict each other");
		return 2;
	}
	if (!all && (fmt == DYAD_OUT_PHOENIX || fmt == DYAD_OUT_GDELT))
		f.daily = 1;
	if (cli_store_check(&f, &db, cmd))
		return 2;
	dyad_store *s;
	if (cli_store_open_read(&s, db, cmd))
		return 1;
	FILE *out = stdout;
	char *tmp = NULL;
	if (output) {
		size_t n = strlen(output) + 24;
		tmp = malloc(n);
		if (!tmp) {
			cli_errorf(cmd, "out of memory");
			dyad_store_free(s);
			return 1;
		}
		snprintf(tmp, n, "%s.tmp%ld", output, (long)getpid());
		if (!(out = fopen(tmp, "wb"))) {
			cli_errorf(cmd, "%s: %s", output, strerror(errno));
			free(tmp);
			dyad_store_free(s);
			return 1;
		}
	}
	unsigned long long n = 0;
	int rc = cli_store_rows(out, s, &f, fmt, cmd, &n);
	dyad_store_free(s);
	if (output) {
		if (fclose(out) != 0 && !rc) {
			cli_errorf(cmd, "%s: %s", output, strerror(errno));
			rc = -1;
		}
		if (!rc && rename(tmp, output) != 0) {
			cli_errorf(cmd, "%s: %s", output, strerror(errno));
			rc = -1;
		}
		if (rc)
			unlink(tmp);
		else
			fprintf(stderr, "dyad export: %llu rows to %s\n", n, output);
		free(tmp);
	}
	return rc ? 1 : 0;
}
