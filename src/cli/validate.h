/* cli/validate.h — conformance suites behind `dyad validate`.
 * A suite is read whole into records: the text to code, its date, the events
 * the reference coder produced, and the option commands in force. The readers
 * (validate_tabari.c, validate_petrarch.c) only parse; cmd_validate.c builds
 * the dictionary, codes and compares. */
#ifndef DYAD_CLI_VALIDATE_H
#define DYAD_CLI_VALIDATE_H

#include <dyad/dyad.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

/* Ceilings: a suite file, and the records/expectations/commands it may hold. */
#define DYAD_VALIDATE_MAX_FILE ((size_t)64 << 20)
#define DYAD_VALIDATE_MAX_ITEMS ((size_t)1 << 20)

typedef enum dyad_vsuite_kind { DYAD_VSUITE_TABARI, DYAD_VSUITE_PETRARCH } dyad_vsuite_kind;

typedef enum dyad_vrecord_kind {
	DYAD_VREC_TEST,   /* code the text and compare */
	DYAD_VREC_OPTION, /* only changes options for the records after it */
	DYAD_VREC_SKIP    /* not run; skip_reason says why */
} dyad_vrecord_kind;

/* One expected event. date is YYYYMMDD or 0 when the record gives none. */
typedef struct dyad_vexpect {
	const char *source, *target, *code;
	int32_t date;
} dyad_vexpect;

typedef struct dyad_vrecord {
	dyad_vrecord_kind kind;
	const char *id;       /* as written in the suite */
	const char *category; /* failure-table group: id prefix (TABARI) or category= (PETRARCH) */
	uint32_t line;        /* 1-based line of the record header in the suite file */
	int32_t date;         /* YYYYMMDD */
	const char *text;     /* NUL-terminated text to code */
	size_t text_len;
	size_t expect_first, n_expect; /* into dyad_vsuite.expects */
	size_t cmd_first, n_cmd;       /* option commands applied before this record */
	const char *special;  /* "---", "###", "+++", "noevents", "error:..." or NULL */
	int expect_none;      /* special says: no events is a pass */
	int partial;          /* "-{": listed events must be found, extra ones allowed */
	int check_dates;      /* TIME SHIFT on: expected dates are compared */
	int require_dyad;     /* drop coded events whose source or target is "---" */
	const char *skip_reason;
	/* TABARI FORWARD: the records before this one in the same story, coded
	 * with it as one document so pronouns can refer back (only this
	 * record's events count) */
	size_t context_first, n_context;
} dyad_vrecord;

/* A dictionary file the suite names. */
typedef struct dyad_vfile {
	dyad_dict_kind kind;
	const char *path; /* resolved relative to the suite file */
} dyad_vfile;

typedef struct dyad_vsuite {
	dyad_vsuite_kind kind;
	const char *name; /* "tabari" or "petrarch": the baseline key */
	const char *path;
	const char *records_path; /* file the record line numbers refer to */
	dyad_vfile *files;
	size_t n_files, cap_files;
	dyad_vrecord *records;
	size_t n_records, cap_records;
	dyad_vexpect *expects;
	size_t n_expects, cap_expects;
	const char **cmds; /* option commands in the TABARI .options syntax */
	size_t n_cmds, cap_cmds;
	const char *end_id;  /* record that ends the suite (FINAL-01), or NULL */
	size_t n_after_end;  /* records after it, not run */
	dyad_arena arena;    /* every string above */
} dyad_vsuite;

/* Read a suite; on failure *out is left empty (safe to free). */
int dyad_validate__tabari_load(dyad_vsuite *out, const char *project_path, dyad_error *err);
int dyad_validate__petrarch_load(dyad_vsuite *out, const char *xml_path, dyad_error *err);
void dyad_validate__suite_free(dyad_vsuite *s);

/* Shared helpers (validate_suite.c). */
void dyad_validate__suite_init(dyad_vsuite *s, dyad_vsuite_kind kind, const char *path);
/* Whole file into a NUL-terminated malloc'd buffer, at most DYAD_VALIDATE_MAX_FILE bytes. */
int dyad_validate__read_file(char **out, size_t *len, const char *path, dyad_error *err);
/* dir of base joined with rel (rel kept as is when absolute); string in the suite arena. */
const char *dyad_validate__resolve(dyad_vsuite *s, const char *base, const char *rel, size_t rel_len);
const char *dyad_validate__strndup(dyad_vsuite *s, const char *p, size_t n);
int dyad_validate__add_file(dyad_vsuite *s, dyad_dict_kind kind, const char *path, dyad_error *err);
/* Append a zeroed record / expectation / command; NULL (err filled) at a ceiling or on ENOMEM. */
dyad_vrecord *dyad_validate__add_record(dyad_vsuite *s, dyad_error *err);
dyad_vexpect *dyad_validate__add_expect(dyad_vsuite *s, dyad_error *err);
int dyad_validate__add_cmd(dyad_vsuite *s, const char *cmd, size_t n, dyad_error *err);
/* Calendar check of a YYYYMMDD value. */
int dyad_validate__date_ok(int32_t ymd);

#endif
