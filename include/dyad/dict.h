/* dyad/dict.h — the compiled dictionary: actors, agents, verb patterns,
 * discards and issues, read from TABARI or PETRARCH files (or a binary image).
 * Built once, immutable afterwards, shared by all threads without locks. */
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"

typedef enum dyad_dict_kind {
	DYAD_DICT_VERBS,
	DYAD_DICT_ACTORS,
	DYAD_DICT_AGENTS,
	DYAD_DICT_DISCARDS,
	DYAD_DICT_ISSUES,
	DYAD_DICT_OPTIONS
} dyad_dict_kind;

typedef struct dyad_dict dyad_dict;
typedef struct dyad_dict_builder dyad_dict_builder;

/* Called once per malformed entry that is skipped (non-strict mode). */
typedef void (*dyad_diag_fn)(const dyad_error *problem, void *payload);

typedef struct dyad_dict_stats {
	size_t actors, actor_codes, agents, verbs, patterns, discards, issues, synsets;
	size_t skipped; /* malformed entries skipped */
	size_t bytes;   /* memory held */
} dyad_dict_stats;

DYAD_API int dyad_dict_builder_new(dyad_dict_builder **out);
/* strict: a malformed entry fails the add with DYAD_EPARSE. */
DYAD_API void dyad_dict_builder_set_strict(dyad_dict_builder *b, int strict);
DYAD_API void dyad_dict_builder_set_diag(dyad_dict_builder *b, dyad_diag_fn fn, void *payload);
DYAD_API int dyad_dict_builder_add_file(dyad_dict_builder *b, dyad_dict_kind kind,
                                        const char *path, dyad_error *err);
/* name labels entries for --explain and errors; text need not outlive the call. */
DYAD_API int dyad_dict_builder_add_text(dyad_dict_builder *b, dyad_dict_kind kind,
                                        const char *name, const char *text, size_t len,
                                        dyad_error *err);
DYAD_API int dyad_dict_builder_finish(dyad_dict **out, dyad_dict_builder *b, dyad_error *err);
DYAD_API void dyad_dict_builder_free(dyad_dict_builder *b);

/* Load every dictionary file of a directory (by name: *.verbs, *.actors,
 * *.agents, *.discards, *.issues), or its compiled dyad.img when that is newer
 * than every dictionary file beside it. */
DYAD_API int dyad_dict_load_dir(dyad_dict **out, const char *dir, int strict,
                                dyad_diag_fn fn, void *payload, dyad_error *err);
DYAD_API int dyad_dict_save_image(const dyad_dict *d, const char *path, dyad_error *err);
DYAD_API int dyad_dict_load_image(dyad_dict **out, const char *path, dyad_error *err);
DYAD_API void dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *out);
DYAD_API void dyad_dict_free(dyad_dict *d);

/* Describe what the dictionary matches in text (actors, agents, verbs with
 * their codes for the date, discards, issues), one line per match, appended to
 * *out as a NUL-terminated string the caller frees with free(). */
DYAD_API int dyad_dict_describe(const dyad_dict *d, const char *text, size_t len, int32_t date,
                                char **out, dyad_error *err);

#endif
