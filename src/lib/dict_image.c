/* lib/dict_image.c — binary dictionary images: `dyad dict compile` writes the
 * flat arrays of a compiled dictionary; loading reads them back and rebuilds
 * the hash indexes (a few milliseconds) instead of parsing text files. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/dict_internal.h"

#define IMAGE_MAGIC "DYADIMG\x04"

typedef struct section {
	void **arr;
	uint32_t *n;
	uint32_t *cap;
	size_t elem;
} section;

static void sections(dyad_dict *d, section *s)
{
	section t[] = {
		{(void **)&d->strings, &d->n_strings, &d->cap_strings, 1},
		{(void **)&d->words, &d->n_words, &d->cap_words, sizeof(dword)},
		{(void **)&d->codes, &d->n_codes, &d->cap_codes, sizeof(dcode)},
		{(void **)&d->actors, &d->n_actors, &d->cap_actors, sizeof(dactor)},
		{(void **)&d->verbs, &d->n_verbs, &d->cap_verbs, sizeof(dverb)},
		{(void **)&d->blocks, &d->n_blocks, &d->cap_blocks, sizeof(dblock)},
		{(void **)&d->patterns, &d->n_patterns, &d->cap_patterns, sizeof(dpattern)},
		{(void **)&d->synset_members, &d->n_members, &d->cap_members, sizeof(dphrase)},
		{(void **)&d->synsets, &d->n_synsets, &d->cap_synsets, sizeof(dsynset)},
		{(void **)&d->discards, &d->n_discards, &d->cap_discards, sizeof(dphrase)},
		{(void **)&d->issues, &d->n_issues, &d->cap_issues, sizeof(dissue)},
		{(void **)&d->times, &d->n_times, &d->cap_times, sizeof(dtime)},
	};
	memcpy(s, t, sizeof t);
}
#define N_SECTIONS 12

int dyad_dict_save_image(const dyad_dict *dc, const char *path, dyad_error *err)
{
	dyad_dict *d = (dyad_dict *)dc; /* read only: sections() just takes addresses */
	section s[N_SECTIONS];
	sections(d, s);
	char tmp[4096];
	if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp)
		return dyad_error_set(err, DYAD_ELIMIT, path, 0, "path too long");
	FILE *f = fopen(tmp, "wb");
	if (!f)
		return dyad_error_set(err, DYAD_EIO, path, 0, "cannot write: %s", strerror(errno));
	int ok = fwrite(IMAGE_MAGIC, 1, 8, f) == 8;
	uint32_t flags = (uint32_t)d->tabari_compat;
	ok = ok && fwrite(&flags, sizeof flags, 1, f) == 1;
	ok = ok && fwrite(&d->opt, sizeof d->opt, 1, f) == 1;
	for (int i = 0; i < N_SECTIONS && ok; i++) {
		uint32_t n = *s[i].n;
		ok = fwrite(&n, sizeof n, 1, f) == 1;
		if (ok && n)
			ok = fwrite(*s[i].arr, s[i].elem, n, f) == n;
	}
	ok = (fclose(f) == 0) && ok;
	if (!ok || rename(tmp, path)) {
		remove(tmp);
		return dyad_error_set(err, DYAD_EIO, path, 0, "write failed: %s", strerror(errno));
	}
	return 0;
}

static int phrase_ok(const dyad_dict *d, const dphrase *p)
{
	return p->n >= 1 && p->first < d->n_words && p->n <= d->n_words - p->first;
}

static int str_ok(const dyad_dict *d, uint32_t off)
{
	return off < d->n_strings;
}

static int ev_ok(const dyad_dict *d, const dev *e)
{
	return (e->code == DCODE_NULL || str_ok(d, e->code)) && str_ok(d, e->paired);
}

static int image_consistent(const dyad_dict *d)
{
	if (!d->n_strings || d->strings[d->n_strings - 1] != 0 || d->strings[0] != 0)
		return 0;
	for (uint32_t i = 0; i < d->n_words; i++) {
		const dword *w = &d->words[i];
		if (w->flags & W_SYNSET) {
			if (w->str >= d->n_synsets)
				return 0;
		} else if (w->str >= d->n_strings || w->len >= d->n_strings - w->str) {
			return 0;
		}
	}
	for (uint32_t i = 0; i < d->n_codes; i++)
		if (!str_ok(d, d->codes[i].str))
			return 0;
	for (uint32_t i = 0; i < d->n_actors; i++) {
		const dactor *a = &d->actors[i];
		if (!phrase_ok(d, &a->ph) || a->code_first > d->n_codes ||
		    a->n_codes > d->n_codes - a->code_first || !str_ok(d, a->file))
			return 0;
	}
	for (uint32_t i = 0; i < d->n_blocks; i++)
		if (d->blocks[i].pat_first > d->n_patterns ||
		    d->blocks[i].n_pat > d->n_patterns - d->blocks[i].pat_first)
			return 0;
	for (uint32_t i = 0; i < d->n_verbs; i++) {
		const dverb *v = &d->verbs[i];
		if (!phrase_ok(d, &v->ph) || !ev_ok(d, &v->ev) || v->block >= d->n_blocks || !str_ok(d, v->file))
			return 0;
	}
	for (uint32_t i = 0; i < d->n_patterns; i++) {
		const dpattern *p = &d->patterns[i];
		if (!phrase_ok(d, &p->ph) || p->verb_at >= p->ph.n || !ev_ok(d, &p->ev) || !str_ok(d, p->file) ||
		    !str_ok(d, p->text))
			return 0;
	}
	for (uint32_t i = 0; i < d->n_members; i++)
		if (!phrase_ok(d, &d->synset_members[i]))
			return 0;
	for (uint32_t i = 0; i < d->n_synsets; i++) {
		const dsynset *s = &d->synsets[i];
		if (!str_ok(d, s->name) || s->first > d->n_members || s->n > d->n_members - s->first)
			return 0;
		/* members may only refer to earlier synsets: no cycles */
		for (uint32_t m = 0; m < s->n; m++) {
			const dphrase *p = &d->synset_members[s->first + m];
			for (uint16_t k = 0; k < p->n; k++)
				if ((d->words[p->first + k].flags & W_SYNSET) && d->words[p->first + k].str >= i)
					return 0;
		}
	}
	for (uint32_t i = 0; i < d->n_discards; i++)
		if (!phrase_ok(d, &d->discards[i]))
			return 0;
	for (uint32_t i = 0; i < d->n_issues; i++)
		if (!phrase_ok(d, &d->issues[i].ph) || !str_ok(d, d->issues[i].name))
			return 0;
	for (uint32_t i = 0; i < d->n_times; i++)
		if (!phrase_ok(d, &d->times[i].ph))
			return 0;
	return 1;
}

int dyad_dict_load_image(dyad_dict **out, const char *path, dyad_error *err)
{
	*out = NULL;
	FILE *f = fopen(path, "rb");
	if (!f)
		return dyad_error_set(err, DYAD_EIO, path, 0, "cannot open: %s", strerror(errno));
	char magic[8];
	uint32_t flags = 0;
	if (fread(magic, 1, 8, f) != 8 || memcmp(magic, IMAGE_MAGIC, 8) ||
	    fread(&flags, sizeof flags, 1, f) != 1) {
		fclose(f);
		return dyad_error_set(err, DYAD_EFORMAT, path, 0, "not a dyad dictionary image (or another version)");
	}
	dyad_dict *d = calloc(1, sizeof *d);
	if (!d) {
		fclose(f);
		return dyad_error_set(err, DYAD_ENOMEM, path, 0, "out of memory");
	}
	d->tabari_compat = (int)(flags & 1);
	if (fread(&d->opt, sizeof d->opt, 1, f) != 1) {
		fclose(f);
		free(d);
		return dyad_error_set(err, DYAD_EFORMAT, path, 0, "truncated dictionary image");
	}
	d->opt.def_source[sizeof d->opt.def_source - 1] = 0;
	d->opt.def_target[sizeof d->opt.def_target - 1] = 0;
	section s[N_SECTIONS];
	sections(d, s);
	int rc = 0;
	for (int i = 0; i < N_SECTIONS && !rc; i++) {
		uint32_t n;
		if (fread(&n, sizeof n, 1, f) != 1) {
			rc = DYAD_EFORMAT;
			break;
		}
		if (n > (1u << 30) / s[i].elem) {
			rc = DYAD_EFORMAT;
			break;
		}
		*s[i].arr = malloc((size_t)(n ? n : 1) * s[i].elem);
		if (!*s[i].arr) {
			rc = DYAD_ENOMEM;
			break;
		}
		if (n && fread(*s[i].arr, s[i].elem, n, f) != n)
			rc = DYAD_EFORMAT;
		*s[i].n = *s[i].cap = n;
	}
	fclose(f);
	/* every index and offset the coder follows without checks must be in range */
	if (!rc && !image_consistent(d))
		rc = DYAD_EFORMAT;
	if (!rc && dyad_strmap_init(&d->synset_names, d->n_synsets + 16))
		rc = DYAD_ENOMEM;
	for (uint32_t i = 0; !rc && i < d->n_synsets; i++) {
		const char *nm = d->strings + d->synsets[i].name;
		/* pool strings are stable once loaded: index them in place */
		uint32_t *slot = dyad_strmap_put(&d->synset_names, nm, (uint32_t)strlen(nm), NULL);
		if (!slot)
			rc = DYAD_ENOMEM;
		else
			*slot = i;
	}
	if (!rc && dyad_dict__build_indexes(d))
		rc = DYAD_ENOMEM;
	if (rc) {
		dyad_dict_free(d);
		return dyad_error_set(err, rc, path, 0, rc == DYAD_ENOMEM ? "out of memory" : "corrupt dictionary image");
	}
	*out = d;
	return 0;
}
