/* cli/cmd_dict.c — `dyad dict check|compile|stats|lookup`. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: dyad dict check   [--dict DIR | --verbs F --actors F ...]\n"
	           "       dyad dict compile [--dict DIR | ...] -o FILE.img\n"
	           "       dyad dict stats   [--dict DIR | ...]\n"
	           "       dyad dict lookup  [--dict DIR | ...] [--date YYYY-MM-DD] TEXT...\n"
	           "A bare DIR argument is taken as --dict DIR.\n");
}

int dyad_cmd_dict(int argc, char **argv)
{
	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	const char *sub = argv[1];
	if (strcmp(sub, "check") && strcmp(sub, "compile") && strcmp(sub, "stats") && strcmp(sub, "lookup")) {
		cli_errorf("dict", "unknown subcommand '%s'", sub);
		usage(stderr);
		return 2;
	}
	cli_dict_opts o;
	memset(&o, 0, sizeof o);
	const char *outpath = NULL;
	int32_t date = 0;
	size_t tl = 0;
	char *text = calloc(1, 1);
	if (!text)
		return 1;
	for (int i = 2; i < argc; i++) {
		int r = cli_dict_flag(&o, argc, argv, &i, "dict");
		if (r < 0)
			goto usage_error;
		if (r)
			continue;
		if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			outpath = argv[++i];
		} else if (!strcmp(argv[i], "--date") && i + 1 < argc) {
			date = dyad_date_parse(argv[i + 1], strlen(argv[i + 1]));
			if (date < 0) {
				cli_errorf("dict", "--date: cannot parse '%s'", argv[i + 1]);
				goto usage_error;
			}
			i++;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			cli_errorf("dict", "unknown option '%s'", argv[i]);
			goto usage_error;
		} else if (!strcmp(sub, "lookup")) {
			size_t l = strlen(argv[i]);
			char *p = realloc(text, tl + l + 2);
			if (!p) {
				free(text);
				return 1;
			}
			text = p;
			memcpy(text + tl, argv[i], l);
			text[tl + l] = ' ';
			text[tl + l + 1] = 0;
			tl += l + 1;
		} else {
			o.dir = argv[i];
		}
	}
	if (o.strict == 0 && !strcmp(sub, "check"))
		o.strict = 0; /* check reports every problem, then fails if there were any */
	dyad_dict *d = NULL;
	double t0 = cli_now();
	if (cli_dict_load(&d, &o, "dict")) {
		free(text);
		return 1;
	}
	double ms = (cli_now() - t0) * 1000;
	dyad_dict_stats st;
	dyad_dict_get_stats(d, &st);
	int rc = 0;
	if (!strcmp(sub, "check") || !strcmp(sub, "stats")) {
		printf("actors %zu (codes %zu), agents %zu, verbs %zu, patterns %zu, synsets %zu, "
		       "discards %zu, issues %zu, skipped %zu, %.1f MB, loaded in %.1f ms\n",
		       st.actors, st.actor_codes, st.agents, st.verbs, st.patterns, st.synsets, st.discards,
		       st.issues, st.skipped, (double)st.bytes / 1e6, ms);
		if (!strcmp(sub, "check") && st.skipped) {
			cli_errorf("dict", "%zu malformed entr%s", st.skipped, st.skipped == 1 ? "y" : "ies");
			rc = 1;
		}
	} else if (!strcmp(sub, "compile")) {
		if (!outpath) {
			cli_errorf("dict", "compile needs -o FILE.img");
			rc = 2;
		} else {
			dyad_error err;
			dyad_error_clear(&err);
			if (dyad_dict_save_image(d, outpath, &err)) {
				cli_report("dict", &err);
				rc = 1;
			} else {
				printf("wrote %s (%zu actors, %zu patterns)\n", outpath, st.actors, st.patterns);
			}
		}
	} else {
		char *desc = NULL;
		dyad_error err;
		dyad_error_clear(&err);
		if (dyad_dict_describe(d, text, tl, date, &desc, &err)) {
			cli_report("dict", &err);
			rc = 1;
		} else {
			fputs(*desc ? desc : "no dictionary entry matches\n", stdout);
			free(desc);
		}
	}
	free(text);
	dyad_dict_free(d);
	return rc;
usage_error:
	free(text);
	return 2;
}
