/* cli/validate_suite.c — the suite container shared by the TABARI and
 * PETRARCH readers: bounded growable arrays, file reading, path resolution. */
#include "cli/validate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dyad_validate__suite_init(dyad_vsuite *s, dyad_vsuite_kind kind, const char *path)
{
	memset(s, 0, sizeof *s);
	s->kind = kind;
	s->name = kind == DYAD_VSUITE_TABARI ? "tabari" : "petrarch";
	dyad_arena_init(&s->arena, 0);
	s->path = dyad_arena_strndup(&s->arena, path, strlen(path));
	s->records_path = s->path;
}

void dyad_validate__suite_free(dyad_vsuite *s)
{
	if (!s)
		return;
	free(s->files);
	free(s->records);
	free(s->expects);
	free(s->cmds);
	dyad_arena_free(&s->arena);
	memset(s, 0, sizeof *s);
}

/* Make room for one more item of size sz in *arr (count n, capacity *cap). */
static int grow(void **arr, size_t n, size_t *cap, size_t sz, const char *what,
                const char *file, dyad_error *err)
{
	if (n < *cap)
		return 0;
	if (n >= DYAD_VALIDATE_MAX_ITEMS)
		return dyad_error_set(err, DYAD_ELIMIT, file, 0, "more than %zu %s",
		                      DYAD_VALIDATE_MAX_ITEMS, what);
	size_t ncap = *cap ? *cap * 2 : 64;
	if (ncap > DYAD_VALIDATE_MAX_ITEMS)
		ncap = DYAD_VALIDATE_MAX_ITEMS;
	void *p = realloc(*arr, ncap * sz);
	if (!p)
		return dyad_error_set(err, DYAD_ENOMEM, file, 0, "out of memory");
	*arr = p;
	*cap = ncap;
	return 0;
}

dyad_vrecord *dyad_validate__add_record(dyad_vsuite *s, dyad_error *err)
{
	if (grow((void **)&s->records, s->n_records, &s->cap_records, sizeof *s->records,
	         "records", s->path, err) < 0)
		return NULL;
	dyad_vrecord *r = &s->records[s->n_records++];
	memset(r, 0, sizeof *r);
	r->expect_first = s->n_expects;
	r->cmd_first = s->n_cmds;
	return r;
}

dyad_vexpect *dyad_validate__add_expect(dyad_vsuite *s, dyad_error *err)
{
	if (grow((void **)&s->expects, s->n_expects, &s->cap_expects, sizeof *s->expects,
	         "expected events", s->path, err) < 0)
		return NULL;
	dyad_vexpect *e = &s->expects[s->n_expects++];
	memset(e, 0, sizeof *e);
	return e;
}

int dyad_validate__add_cmd(dyad_vsuite *s, const char *cmd, size_t n, dyad_error *err)
{
	if (grow((void **)&s->cmds, s->n_cmds, &s->cap_cmds, sizeof *s->cmds, "option commands",
	         s->path, err) < 0)
		return err ? err->code : DYAD_ELIMIT;
	const char *c = dyad_validate__strndup(s, cmd, n);
	if (!c)
		return dyad_error_set(err, DYAD_ENOMEM, s->path, 0, "out of memory");
	s->cmds[s->n_cmds++] = c;
	return 0;
}

int dyad_validate__add_file(dyad_vsuite *s, dyad_dict_kind kind, const char *path,
                            dyad_error *err)
{
	if (!path)
		return dyad_error_set(err, DYAD_ENOMEM, s->path, 0, "out of memory");
	if (grow((void **)&s->files, s->n_files, &s->cap_files, sizeof *s->files,
	         "dictionary files", s->path, err) < 0)
		return err ? err->code : DYAD_ELIMIT;
	s->files[s->n_files].kind = kind;
	s->files[s->n_files].path = path;
	s->n_files++;
	return 0;
}

const char *dyad_validate__strndup(dyad_vsuite *s, const char *p, size_t n)
{
	return dyad_arena_strndup(&s->arena, p, n);
}

const char *dyad_validate__resolve(dyad_vsuite *s, const char *base, const char *rel,
                                   size_t rel_len)
{
	const char *slash = strrchr(base, '/');
	if (rel_len && rel[0] == '/')
		return dyad_validate__strndup(s, rel, rel_len);
	size_t dir = slash ? (size_t)(slash - base) + 1 : 0;
	char *p = dyad_arena_alloc(&s->arena, dir + rel_len + 1);
	if (!p)
		return NULL;
	memcpy(p, base, dir);
	memcpy(p + dir, rel, rel_len);
	p[dir + rel_len] = 0;
	return p;
}

int dyad_validate__read_file(char **out, size_t *len, const char *path, dyad_error *err)
{
	*out = NULL;
	*len = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return dyad_error_set(err, DYAD_EIO, path, 0, "cannot open: %s", strerror(errno));
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	if (!buf) {
		fclose(f);
		return dyad_error_set(err, DYAD_ENOMEM, path, 0, "out of memory");
	}
	for (;;) {
		if (cap - n < 2) {
			if (cap >= DYAD_VALIDATE_MAX_FILE) {
				free(buf);
				fclose(f);
				return dyad_error_set(err, DYAD_ELIMIT, path, 0,
				                      "suite file larger than %zu bytes",
				                      DYAD_VALIDATE_MAX_FILE);
			}
			size_t ncap = cap * 2 > DYAD_VALIDATE_MAX_FILE ? DYAD_VALIDATE_MAX_FILE : cap * 2;
			char *p = realloc(buf, ncap);
			if (!p) {
				free(buf);
				fclose(f);
				return dyad_error_set(err, DYAD_ENOMEM, path, 0, "out of memory");
			}
			buf = p;
			cap = ncap;
		}
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
	}
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		free(buf);
		return dyad_error_set(err, DYAD_EIO, path, 0, "read error");
	}
	buf[n] = 0;
	*out = buf;
	*len = n;
	return 0;
}

int dyad_validate__date_ok(int32_t ymd)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return 0;
	return 1;
}
