/* cli/dict_opts.c — dictionary flags shared by the subcommands and the
 * default dictionary location. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

static const struct {
	const char *flag;
	dyad_dict_kind kind;
} flags[] = {{"--verbs", DYAD_DICT_VERBS},       {"--actors", DYAD_DICT_ACTORS},
             {"--agents", DYAD_DICT_AGENTS},     {"--discards", DYAD_DICT_DISCARDS},
             {"--issues", DYAD_DICT_ISSUES},     {"--options", DYAD_DICT_OPTIONS}};

int cli_dict_flag(cli_dict_opts *o, int argc, char **argv, int *i, const char *cmd)
{
	const char *a = argv[*i];
	if (!strcmp(a, "--strict")) {
		o->strict = 1;
		return 1;
	}
	if (!strcmp(a, "--dict")) {
		if (*i + 1 >= argc) {
			cli_errorf(cmd, "--dict needs a directory");
			return -1;
		}
		o->dir = argv[++*i];
		return 1;
	}
	for (size_t k = 0; k < sizeof flags / sizeof flags[0]; k++)
		if (!strcmp(a, flags[k].flag)) {
			if (*i + 1 >= argc) {
				cli_errorf(cmd, "%s needs a file", a);
				return -1;
			}
			if (o->n_files == sizeof o->files / sizeof o->files[0]) {
				cli_errorf(cmd, "too many dictionary files (limit %zu)", o->n_files);
				return -1;
			}
			o->files[o->n_files] = argv[++*i];
			o->kinds[o->n_files++] = flags[k].kind;
			return 1;
		}
	return 0;
}

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *cli_default_dict_dir(void)
{
	static char buf[4096];
	const char *env = getenv("DYAD_DICT");
	if (env && *env)
		return env;
	/* build/dyad -> ../dict */
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 16);
	if (n > 0) {
		buf[n] = 0;
		for (int up = 0; up < 3; up++) {
			char *slash = strrchr(buf, '/');
			if (!slash)
				break;
			*slash = 0;
			size_t l = strlen(buf);
			if (l + 6 < sizeof buf) {
				memcpy(buf + l, "/dict", 6);
				if (is_dir(buf))
					return buf;
				buf[l] = 0;
			}
		}
	}
	if (is_dir("dict"))
		return "dict";
	return "/usr/local/share/dyad/dict";
}

typedef struct diag_ctx {
	const char *cmd;
	size_t shown;
} diag_ctx;

static void print_problem(const dyad_error *e, void *payload)
{
	diag_ctx *c = payload;
	if (c->shown++ < 20)
		cli_report(c->cmd, e);
	else if (c->shown == 21)
		cli_errorf(c->cmd, "further dictionary problems not shown");
}

int cli_dict_load(dyad_dict **out, const cli_dict_opts *o, const char *cmd)
{
	dyad_error err;
	dyad_error_clear(&err);
	diag_ctx dc = {cmd, 0};
	*out = NULL;
	if (!o->n_files) {
		const char *dir = o->dir ? o->dir : cli_default_dict_dir();
		if (dyad_dict_load_dir(out, dir, o->strict, print_problem, &dc, &err)) {
			cli_report(cmd, &err);
			return -1;
		}
	} else {
		dyad_dict_builder *b = NULL;
		if (dyad_dict_builder_new(&b)) {
			cli_errorf(cmd, "out of memory");
			return -1;
		}
		dyad_dict_builder_set_strict(b, o->strict);
		dyad_dict_builder_set_diag(b, print_problem, &dc);
		/* verbs last: synsets and patterns may refer to nothing else, but keep order stable */
		int rc = 0;
		for (int pass = 0; pass < 2 && !rc; pass++)
			for (size_t i = 0; i < o->n_files && !rc; i++)
				if ((o->kinds[i] == DYAD_DICT_VERBS) == (pass == 1))
					rc = dyad_dict_builder_add_file(b, o->kinds[i], o->files[i], &err);
		if (!rc)
			rc = dyad_dict_builder_finish(out, b, &err);
		dyad_dict_builder_free(b);
		if (rc) {
			cli_report(cmd, &err);
			return -1;
		}
	}
	if (dc.shown)
		cli_errorf(cmd, "%zu malformed dictionary entr%s skipped (use --strict to fail)", dc.shown,
		           dc.shown == 1 ? "y" : "ies");
	return 0;
}
