/* cli/main.c — the `dyad` command: dispatch to subcommands. */
#include "cli/cli.h"

#include <stdarg.h>
#include <string.h>

static const struct {
	const char *name;
	int (*run)(int, char **);
	const char *summary;
} commands[] = {
	{"code", dyad_cmd_code, "code documents into CAMEO events"},
	{"validate", dyad_cmd_validate, "run a TABARI or PETRARCH validation suite"},
	{"eval", dyad_cmd_eval, "precision/recall/F1 of predicted events against gold"},
	{"dict", dyad_cmd_dict, "check, compile, describe or look up dictionaries"},
	{"ingest", dyad_cmd_ingest, "code documents and store them (SQLite or PostgreSQL)"},
	{"query", dyad_cmd_query, "select stored events"},
	{"series", dyad_cmd_series, "time series of stored events"},
	{"export", dyad_cmd_export, "write stored events as Phoenix, GDELT, PLOVER or JSONL"},
};

void cli_errorf(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "dyad %s: ", cmd);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void cli_report(const char *cmd, const dyad_error *err)
{
	char buf[1024];
	fprintf(stderr, "dyad %s: %s\n", cmd, dyad_error_format(err, buf, sizeof buf));
}

static void usage(FILE *f)
{
	fprintf(f, "usage: dyad <command> [options]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n`dyad <command> --help` describes a command's options.\n");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("dyad %s\n", dyad_version());
		return 0;
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "dyad: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return 2;
}
