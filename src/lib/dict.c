/* lib/dict.c — building, indexing, saving and loading the compiled dictionary.
 * The builder reads files of each kind into flat arrays; finish() sorts the
 * patterns longest-first and builds first-word indexes; the result is immutable. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lib/dict_parse.h"

uint32_t dyad_dict__str(dyad_dict *d, const char *s, size_t n)
{
	if (n > UINT32_MAX / 2 || dyad_dict__grow((void **)&d->strings, &d->cap_strings,
	                                          d->n_strings + (uint32_t)n + 1, 1))
		return 0;
	if (d->n_strings == 0)
		d->strings[d->n_strings++] = 0; /* offset 0 is the empty string / "none" */
	if (dyad_dict__grow((void **)&d->strings, &d->cap_strings, d->n_strings + (uint32_t)n + 1, 1))
		return 0;
	uint32_t off = d->n_strings;
	memcpy(d->strings + off, s, n);
	d->strings[off + n] = 0;
	d->n_strings += (uint32_t)n + 1;
	return off;
}

int dyad_dict_builder_new(dyad_dict_builder **out)
{
	*out = NULL;
	dyad_dict_builder *b = calloc(1, sizeof *b);
	if (!b)
		return DYAD_ENOMEM;
	b->d = calloc(1, sizeof *b->d);
	if (!b->d || dyad_strmap_init(&b->d->synset_names, 64)) {
		dyad_dict_builder_free(b);
		return DYAD_ENOMEM;
	}
	dyad_dict__str(b->d, "", 0);
	*out = b;
	return 0;
}

void dyad_dict_builder_set_strict(dyad_dict_builder *b, int strict)
{
	b->strict = strict;
}

void dyad_dict_builder_set_diag(dyad_dict_builder *b, dyad_diag_fn fn, void *payload)
{
	b->diag = fn;
	b->payload = payload;
}

int dyad_dict_builder_add_text(dyad_dict_builder *b, dyad_dict_kind kind, const char *name,
                               const char *text, size_t len, dyad_error *err)
{
	if (!b || !b->d || (!text && len))
		return dyad_error_set(err, DYAD_EINVAL, name, 0, "invalid arguments");
	/* file names live in the string pool so entries can point at them */
	const char *file = name ? name : "<memory>";
	b->file_off = dyad_dict__str(b->d, file, strlen(file));
	int rc;
	switch (kind) {
	case DYAD_DICT_ACTORS: rc = dyad_dict__read_actors(b, file, text, len, 0, err); break;
	case DYAD_DICT_AGENTS: rc = dyad_dict__read_actors(b, file, text, len, 1, err); break;
	case DYAD_DICT_VERBS: rc = dyad_dict__read_verbs(b, file, text, len, err); break;
	case DYAD_DICT_DISCARDS: rc = dyad_dict__read_discards(b, file, text, len, err); break;
	case DYAD_DICT_ISSUES: rc = dyad_dict__read_issues(b, file, text, len, err); break;
	case DYAD_DICT_OPTIONS: rc = dyad_dict__read_options(b, file, text, len, err); break;
	default: return dyad_error_set(err, DYAD_EINVAL, file, 0, "unknown dictionary kind");
	}
	if (rc == DYAD_ENOMEM)
		return dyad_error_set(err, rc, file, 0, "out of memory reading dictionary");
	return rc;
}

static int slurp(const char *path, char **out, size_t *len, dyad_error *err)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return dyad_error_set(err, DYAD_EIO, path, 0, "cannot open: %s", strerror(errno));
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	if (!buf) {
		fclose(f);
		return dyad_error_set(err, DYAD_ENOMEM, path, 0, "out of memory");
	}
	size_t got;
	while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			char *p = cap > ((size_t)1 << 30) ? NULL : realloc(buf, cap * 2);
			if (!p) {
				free(buf);
				fclose(f);
				return dyad_error_set(err, DYAD_ELIMIT, path, 0, "dictionary file larger than 1 GiB");
			}
			buf = p;
			cap *= 2;
		}
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		return dyad_error_set(err, DYAD_EIO, path, 0, "read error");
	}
	*out = buf;
	*len = n;
	return 0;
}

int dyad_dict_builder_add_file(dyad_dict_builder *b, dyad_dict_kind kind, const char *path,
                               dyad_error *err)
{
	char *text = NULL;
	size_t len = 0;
	int rc = slurp(path, &text, &len, err);
	if (rc)
		return rc;
	char *name = strdup(path);
	if (!name) {
		free(text);
		return dyad_error_set(err, DYAD_ENOMEM, path, 0, "out of memory");
	}
	rc = dyad_dict_builder_add_text(b, kind, name, text, len, err);
	if (rc && err && err->file == name)
		err->file = path;
	free(name);
	free(text);
	return rc;
}

/* --- indexes ------------------------------------------------------------ */

typedef struct ix_src {
	const dyad_dict *d;
	const dphrase *(*phrase)(const dyad_dict *d, uint32_t i);
	uint32_t n;
} ix_src;

static const dphrase *actor_phrase(const dyad_dict *d, uint32_t i) { return &d->actors[i].ph; }
static const dphrase *verb_phrase(const dyad_dict *d, uint32_t i) { return &d->verbs[i].ph; }
static const dphrase *discard_phrase(const dyad_dict *d, uint32_t i) { return &d->discards[i]; }
static const dphrase *issue_phrase(const dyad_dict *d, uint32_t i) { return &d->issues[i].ph; }

static const dphrase *g_sort_dict_phr_dummy;

static int build_index(dyad_dict *d, dindex *ix, const dphrase *(*phrase)(const dyad_dict *, uint32_t),
                       uint32_t n, int (*want)(const dyad_dict *, uint32_t))
{
	memset(ix, 0, sizeof *ix);
	if (dyad_strmap_init(&ix->map, n + 16))
		return DYAD_ENOMEM;
	uint32_t *key_of = malloc((n + 1) * sizeof *key_of);
	if (!key_of)
		return DYAD_ENOMEM;
	uint32_t lists = 0, cap = 0;
	uint32_t *counts = NULL;
	for (uint32_t i = 0; i < n; i++) {
		key_of[i] = UINT32_MAX;
		if (want && !want(d, i))
			continue;
		const dphrase *ph = phrase(d, i);
		const dword *w = &d->words[ph->first];
		if (w->flags & (W_SYNSET | W_VERB | W_TARGET | W_SOURCE | W_COMPOUND | W_SKIP) || !w->len)
			continue;
		int inserted = 0;
		uint32_t *slot = dyad_strmap_put(&ix->map, d->strings + w->str, w->len, &inserted);
		if (!slot) {
			free(key_of);
			free(counts);
			return DYAD_ENOMEM;
		}
		if (inserted) {
			if (dyad_dict__grow((void **)&counts, &cap, lists + 1, sizeof *counts)) {
				free(key_of);
				free(counts);
				return DYAD_ENOMEM;
			}
			counts[lists] = 0;
			*slot = lists++;
		}
		counts[*slot]++;
		key_of[i] = *slot;
		if (!(w->flags & W_EXACT) && w->len < 64)
			ix->stem_lens |= (uint64_t)1 << w->len;
	}
	ix->n_lists = lists;
	ix->post_first = malloc((lists + 1) * sizeof(uint32_t));
	ix->post_n = calloc(lists + 1, sizeof(uint32_t));
	ix->posts = malloc((n + 1) * sizeof(uint32_t));
	if (!ix->post_first || !ix->post_n || !ix->posts) {
		free(key_of);
		free(counts);
		return DYAD_ENOMEM;
	}
	uint32_t acc = 0;
	for (uint32_t k = 0; k < lists; k++) {
		ix->post_first[k] = acc;
		acc += counts[k];
	}
	for (uint32_t i = 0; i < n; i++) {
		uint32_t k = key_of[i];
		if (k == UINT32_MAX)
			continue;
		ix->posts[ix->post_first[k] + ix->post_n[k]++] = i;
	}
	/* longest phrase first within each list (insertion sort: lists are short) */
	for (uint32_t k = 0; k < lists; k++) {
		uint32_t *p = ix->posts + ix->post_first[k];
		for (uint32_t a = 1; a < ix->post_n[k]; a++) {
			uint32_t v = p[a];
			uint16_t lv = phrase(d, v)->n;
			uint32_t bpos = a;
			while (bpos > 0 && phrase(d, p[bpos - 1])->n < lv) {
				p[bpos] = p[bpos - 1];
				bpos--;
			}
			p[bpos] = v;
		}
	}
	free(key_of);
	free(counts);
	(void)g_sort_dict_phr_dummy;
	return 0;
}

static int is_actor(const dyad_dict *d, uint32_t i) { return d->actors[i].is_agent == 0; }
static int is_agent(const dyad_dict *d, uint32_t i) { return d->actors[i].is_agent != 0; }

static void free_index(dindex *ix)
{
	dyad_strmap_free(&ix->map);
	free(ix->post_first);
	free(ix->post_n);
	free(ix->posts);
	memset(ix, 0, sizeof *ix);
}

void dyad_dict__free_indexes(dyad_dict *d)
{
	free_index(&d->actor_ix);
	free_index(&d->agent_ix);
	free_index(&d->verb_ix);
	free_index(&d->discard_ix);
	free_index(&d->issue_ix);
}

/* sort each block's patterns by score (longest first), stable */
static void sort_patterns(dyad_dict *d)
{
	for (uint32_t bi = 0; bi < d->n_blocks; bi++) {
		dpattern *p = d->patterns + d->blocks[bi].pat_first;
		uint32_t n = d->blocks[bi].n_pat;
		for (uint32_t a = 1; a < n; a++) {
			dpattern v = p[a];
			uint32_t b = a;
			while (b > 0 && p[b - 1].score < v.score) {
				p[b] = p[b - 1];
				b--;
			}
			p[b] = v;
		}
	}
}

int dyad_dict__build_indexes(dyad_dict *d)
{
	if (build_index(d, &d->actor_ix, actor_phrase, d->n_actors, is_actor) ||
	    build_index(d, &d->agent_ix, actor_phrase, d->n_actors, is_agent) ||
	    build_index(d, &d->verb_ix, verb_phrase, d->n_verbs, NULL) ||
	    build_index(d, &d->discard_ix, discard_phrase, d->n_discards, NULL) ||
	    build_index(d, &d->issue_ix, issue_phrase, d->n_issues, NULL))
		return DYAD_ENOMEM;
	return 0;
}

int dyad_dict_builder_finish(dyad_dict **out, dyad_dict_builder *b, dyad_error *err)
{
	*out = NULL;
	dyad_dict *d = b->d;
	sort_patterns(d);
	if (dyad_dict__build_indexes(d)) {
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory building indexes");
	}
	b->d = NULL;
	*out = d;
	return 0;
}

void dyad_dict_free(dyad_dict *d)
{
	if (!d)
		return;
	dyad_dict__free_indexes(d);
	dyad_strmap_free(&d->synset_names);
	for (uint32_t i = 0; i < d->n_synset_keys; i++)
		free(d->synset_keys[i]);
	free(d->synset_keys);
	free(d->strings);
	free(d->words);
	free(d->codes);
	free(d->actors);
	free(d->verbs);
	free(d->blocks);
	free(d->patterns);
	free(d->synset_members);
	free(d->synsets);
	free(d->discards);
	free(d->issues);
	free(d);
}

void dyad_dict_builder_free(dyad_dict_builder *b)
{
	if (!b)
		return;
	dyad_dict_free(b->d);
	free(b);
}

void dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *out)
{
	memset(out, 0, sizeof *out);
	for (uint32_t i = 0; i < d->n_actors; i++) {
		if (d->actors[i].is_agent)
			out->agents++;
		else
			out->actors++;
	}
	out->actor_codes = d->n_codes;
	out->verbs = d->n_verbs;
	out->patterns = d->n_patterns;
	out->discards = d->n_discards;
	out->issues = d->n_issues;
	out->synsets = d->n_synsets;
	out->skipped = d->skipped;
	out->bytes = d->cap_strings + (size_t)d->cap_words * sizeof(dword) +
	             (size_t)d->cap_codes * sizeof(dcode) + (size_t)d->cap_actors * sizeof(dactor) +
	             (size_t)d->cap_verbs * sizeof(dverb) + (size_t)d->cap_patterns * sizeof(dpattern);
}

/* --- directory loading ------------------------------------------------------ */

static int kind_of(const char *name, dyad_dict_kind *k)
{
	static const struct {
		const char *suffix;
		dyad_dict_kind kind;
	} map[] = {{".verbs", DYAD_DICT_VERBS},       {".actors", DYAD_DICT_ACTORS},
	           {".agents", DYAD_DICT_AGENTS},     {".discards", DYAD_DICT_DISCARDS},
	           {".issues", DYAD_DICT_ISSUES},     {".options", DYAD_DICT_OPTIONS}};
	size_t n = strlen(name);
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
		size_t s = strlen(map[i].suffix);
		if (n > s && !strcmp(name + n - s, map[i].suffix)) {
			*k = map[i].kind;
			return 1;
		}
	}
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int dyad_dict_load_dir(dyad_dict **out, const char *dir, int strict, dyad_diag_fn fn,
                       void *payload, dyad_error *err)
{
	*out = NULL;
	char path[4096];
	snprintf(path, sizeof path, "%s/dyad.img", dir);
	struct stat st;
	if (stat(path, &st) == 0)
		return dyad_dict_load_image(out, path, err);
	DIR *dh = opendir(dir);
	if (!dh)
		return dyad_error_set(err, DYAD_EIO, dir, 0, "cannot open dictionary directory: %s",
		                      strerror(errno));
	char *names[512];
	size_t nn = 0;
	struct dirent *de;
	while ((de = readdir(dh)) && nn < 512) {
		dyad_dict_kind k;
		if (de->d_name[0] != '.' && kind_of(de->d_name, &k))
			names[nn++] = strdup(de->d_name);
	}
	closedir(dh);
	qsort(names, nn, sizeof names[0], cmp_str);
	dyad_dict_builder *b = NULL;
	int rc = dyad_dict_builder_new(&b);
	if (!rc) {
		dyad_dict_builder_set_strict(b, strict);
		dyad_dict_builder_set_diag(b, fn, payload);
	}
	/* verbs after the rest is fine, but synset-free kinds first keeps errors readable */
	for (int pass = 0; pass < 2 && !rc; pass++)
		for (size_t i = 0; i < nn && !rc; i++) {
			dyad_dict_kind k;
			if (!names[i] || !kind_of(names[i], &k) || (pass == 0) != (k != DYAD_DICT_VERBS))
				continue;
			if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, names[i]) >= sizeof path) {
				rc = dyad_error_set(err, DYAD_ELIMIT, dir, 0, "path too long");
				break;
			}
			rc = dyad_dict_builder_add_file(b, k, path, err);
		}
	for (size_t i = 0; i < nn; i++)
		free(names[i]);
	if (!rc && nn == 0)
		rc = dyad_error_set(err, DYAD_ENOTFOUND, dir, 0, "no dictionary files (*.verbs, *.actors, ...) in directory");
	if (!rc)
		rc = dyad_dict_builder_finish(out, b, err);
	dyad_dict_builder_free(b);
	return rc;
}
