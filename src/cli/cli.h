/* cli/cli.h — shared declarations for the dyad command-line subcommands.
 * Each subcommand lives in its own cmd_<name>.c and returns a process exit code. */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <dyad/dyad.h>
#include <dyad/store.h>
#include <stdio.h>

int dyad_cmd_code(int argc, char **argv);
int dyad_cmd_validate(int argc, char **argv);
int dyad_cmd_eval(int argc, char **argv);
int dyad_cmd_dict(int argc, char **argv);
int dyad_cmd_ingest(int argc, char **argv);
int dyad_cmd_query(int argc, char **argv);
int dyad_cmd_series(int argc, char **argv);
int dyad_cmd_export(int argc, char **argv);

/* Print "dyad <cmd>: message" on stderr. */
void cli_errorf(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))

#endif
	;
/* Print a dyad_error as "dyad <cmd>: file:line: msg". */
void cli_report(const char *cmd, const dyad_error *err);

/* Dictionary flags shared by code, ingest and validate-like commands:
 * --dict DIR, --verbs F, --actors F, --agents F, --discards F, --issues F
 * (each repeatable), --strict. With none, dyad's own dict/ is used. */
typedef struct cli_dict_opts {
	const char *dir;
	const char *files[64];
	dyad_dict_kind kinds[64];
	size_t n_files;
	int strict;
} cli_dict_opts;

/* 1 = argv[*i] (and its value) consumed, 0 = not a dictionary flag, -1 = error printed */
int cli_dict_flag(cli_dict_opts *o, int argc, char **argv, int *i, const char *cmd);
/* Load the dictionary the options describe; prints problems; 0 on success. */
int cli_dict_load(dyad_dict **out, const cli_dict_opts *o, const char *cmd);
/* The default dictionary directory: $DYAD_DICT, else dict/ beside the binary's
 * source tree, else the installed share directory. */
const char *cli_default_dict_dir(void);

/* Progress on a terminal only (stderr is a tty): count, rate, ETA. */
typedef struct cli_progress {
	int enabled;
	double start, last;
	unsigned long long total_bytes; /* 0 when unknown */
	const char *unit;
} cli_progress;
void cli_progress_start(cli_progress *p, const char *unit, unsigned long long total_bytes);
void cli_progress_update(cli_progress *p, unsigned long long count, unsigned long long bytes);
void cli_progress_finish(cli_progress *p, unsigned long long count, unsigned long long bytes);
double cli_now(void);

/* Store helpers defined in cmd_query.c, shared by query, series and export. */
#define CLI_OUT_CSV 100 /* beside the dyad_out_format values */
int cli_store_filter_flag(dyad_store_filter *f, const char **db, int argc, char **argv, int *i,
                          const char *cmd);
int cli_store_check(const dyad_store_filter *f, const char **db, const char *cmd);
int cli_store_open_read(dyad_store **out, const char *db, const char *cmd);
int cli_store_format_parse(const char *name, int *out);
int cli_store_header(dyad_buf *b, int fmt, int daily);
int cli_store_format_row(dyad_buf *b, int fmt, const dyad_store_row *r, int daily, dyad_buf *tmp);
int cli_store_write(FILE *out, dyad_buf *b, int force, const char *cmd);
int cli_store_rows(FILE *out, dyad_store *s, const dyad_store_filter *f, int fmt, const char *cmd,
                   unsigned long long *n_rows);

#endif
