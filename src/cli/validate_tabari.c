/* cli/validate_tabari.c — reads TABARI's validation suite: the .project file
 * (which names the dictionaries and the text file, relative to itself) and the
 * .text records. A record is a "YYMMDD ID" line followed by text up to a blank
 * line; its comment block (slash-star ... star-slash) holds the expected
 * events as { SRC / TGT / CODE }
 * lines, the special codes {---} {###} {+++}, "-{" (stop checking: extra events
 * allowed), and { OPTION: ... } commands that change .options settings for the
 * records after it. The first record with no { } field ends the suite
 * (FINAL-01 in Validate.text), as in TABARI's O)ther V)alidate. */
#include "cli/validate.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Settings the reader itself must follow: date width, time-shift checks and
 * the FORWARD story/sentence numbering. */
typedef struct tstate {
	int yyyy;            /* SET: YYYY = TRUE: 8-digit dates */
	int timeshift;       /* SET: TIME SHIFT = TRUE: expected dates are checked */
	const char *forward; /* FORWARD: format ("^^*****NNN*SSS"), NULL when off */
	/* the previous record, for FORWARD chains */
	int prev_seq;        /* previous record was a test with story/sentence numbers */
	long prev_story, prev_sent;
	size_t prev_ctx_first;
} tstate;

typedef struct tline {
	const char *p;
	size_t n;
	uint32_t no;
} tline;

/* Next line of [*cur, end): strips the newline and a CR before it. */
static int next_line(const char **cur, const char *end, uint32_t *lineno, tline *out)
{
	if (*cur >= end)
		return 0;
	const char *p = *cur, *nl = memchr(p, '\n', (size_t)(end - p));
	const char *stop = nl ? nl : end;
	*cur = nl ? nl + 1 : end;
	out->p = p;
	out->n = (size_t)(stop - p);
	if (out->n && p[out->n - 1] == '\r')
		out->n--;
	out->no = ++*lineno;
	return 1;
}

static int is_blank(const tline *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->p[i] != ' ' && l->p[i] != '\t')
			return 0;
	return 1;
}

static int starts_record(const tline *l)
{
	return l->n && isdigit((unsigned char)l->p[0]);
}

static const char *find2(const char *p, const char *end, char a, char b)
{
	for (; p + 1 < end; p++)
		if (p[0] == a && p[1] == b)
			return p;
	return NULL;
}

static void trim(const char **p, size_t *n)
{
	while (*n && isspace((unsigned char)**p))
		(*p)++, (*n)--;
	while (*n && isspace((unsigned char)(*p)[*n - 1]))
		(*n)--;
}

/* Command text with blanks removed and letters upper-cased, for matching the
 * few SET: commands the reader follows; 0 when it does not fit. */
static int squeeze(char *buf, size_t cap, const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (isspace((unsigned char)s[i]))
			continue;
		if (k + 1 >= cap)
			return 0;
		buf[k++] = (char)toupper((unsigned char)s[i]);
	}
	buf[k] = 0;
	return 1;
}

/* FORWARD: FORMAT [DOC] [OFF] */
static void follow_forward(dyad_vsuite *su, tstate *st, const char *s, size_t n)
{
	const char *p = s + 8, *end = s + n; /* past "FORWARD:" */
	while (p < end && isspace((unsigned char)*p))
		p++;
	const char *f = p;
	while (p < end && !isspace((unsigned char)*p))
		p++;
	size_t fn = (size_t)(p - f);
	int off = 0;
	while (p < end) {
		while (p < end && isspace((unsigned char)*p))
			p++;
		const char *w = p;
		while (p < end && !isspace((unsigned char)*p))
			p++;
		off |= p - w == 3 && !strncasecmp(w, "OFF", 3);
	}
	st->forward = off || !fn ? NULL : dyad_validate__strndup(su, f, fn);
}

static void follow_cmd(dyad_vsuite *su, tstate *st, const char *s, size_t n)
{
	char b[64];
	if (n >= 8 && !strncasecmp(s, "FORWARD:", 8)) {
		follow_forward(su, st, s, n);
		return;
	}
	if (!squeeze(b, sizeof b, s, n))
		return;
	if (!strcmp(b, "SET:YYYY=TRUE"))
		st->yyyy = 1;
	else if (!strcmp(b, "SET:YYYY=FALSE"))
		st->yyyy = 0;
	else if (!strcmp(b, "SET:TIMESHIFT=TRUE"))
		st->timeshift = 1;
	else if (!strcmp(b, "SET:TIMESHIFT=FALSE"))
		st->timeshift = 0;
}

/* Leading date of p: YYMMDD (years 00-30 are 2000-2030, as TABARI reads
 * them) or YYYYMMDD in YYYY mode. Extra digits are ignored, as TABARI reads a
 * fixed width. Returns the digits consumed, or 0 with *ymd = -1 if invalid. */
static size_t read_date(const char *p, size_t n, int yyyy, int32_t *ymd)
{
	size_t d = 0;
	while (d < n && isdigit((unsigned char)p[d]))
		d++;
	size_t width = yyyy ? 8 : 6;
	*ymd = -1;
	if (d < width)
		return 0;
	int32_t v = 0;
	for (size_t i = 0; i < width; i++)
		v = v * 10 + (p[i] - '0');
	if (!yyyy) {
		int yy = v / 10000;
		v += (yy <= 30 ? 2000 : 1900) * 10000;
	}
	if (!dyad_validate__date_ok(v))
		return 0;
	*ymd = v;
	return d;
}

/* Category of an id for the failure table: the first token with a letter, up
 * to its first '-' ("950101  AGENTS-11" -> "AGENTS"). */
static const char *category_of(dyad_vsuite *s, const char *id)
{
	const char *p = id;
	while (*p) {
		while (*p == ' ')
			p++;
		const char *t = p;
		int alpha = 0;
		while (*p && *p != ' ')
			alpha |= isalpha((unsigned char)*p++);
		if (alpha) {
			const char *dash = memchr(t, '-', (size_t)(p - t));
			return dyad_validate__strndup(s, t, (size_t)((dash ? dash : p) - t));
		}
	}
	return "OTHER";
}

/* The id is the rest of the header line with blank runs collapsed. */
static const char *read_id(dyad_vsuite *s, const char *p, size_t n)
{
	trim(&p, &n);
	char *id = dyad_arena_alloc(&s->arena, n + 1);
	if (!id)
		return NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		int sp = p[i] == ' ' || p[i] == '\t';
		if (sp && k && id[k - 1] == ' ')
			continue;
		id[k++] = sp ? ' ' : p[i];
	}
	id[k] = 0;
	return id;
}

/* Text before the comment: lines right-trimmed, joined with '\n'. */
static int copy_text(dyad_vsuite *s, dyad_vrecord *r, const char *p, const char *end)
{
	char *t = dyad_arena_alloc(&s->arena, (size_t)(end - p) + 1);
	if (!t)
		return DYAD_ENOMEM;
	size_t k = 0;
	const char *cur = p;
	uint32_t dummy = 0;
	tline l;
	while (next_line(&cur, end, &dummy, &l)) {
		const char *q = l.p;
		size_t n = l.n;
		trim(&q, &n);
		if (!n)
			continue;
		if (k)
			t[k++] = '\n';
		memcpy(t + k, q, n);
		k += n;
	}
	t[k] = 0;
	r->text = t;
	r->text_len = k;
	return 0;
}

/* Parse the fields of the comment [p, end) that starts on line `line`.
 * Returns the number of { } fields seen (0 = no validation fields), or < 0. */
static int read_fields(dyad_vsuite *s, dyad_vrecord *r, tstate *st, const char *file,
                       const char *p, const char *end, uint32_t line, dyad_error *err)
{
	int fields = 0;
	tstate after = *st;
	for (; p < end; p++) {
		if (*p == '\n') {
			line++;
			continue;
		}
		if (*p != '{')
			continue;
		int dash = p[-1] == '-'; /* p is past the opening slash-star */
		const char *b = p + 1, *q = b;
		/* a field ends at '}', else at the comment end or the end of its
		 * line: Validate.text has unclosed "{ OPTION: ..." fields */
		while (q < end && *q != '}' && *q != '\n')
			q++;
		const char *close = q;
		if (*q != '}') {
			const char *c = find2(b, q, '*', '/');
			if (c)
				close = c;
		}
		const char *f = b;
		size_t fn = (size_t)(close - b);
		trim(&f, &fn);
		p = q < end && *q == '}' ? q : q - 1;
		if (!fn)
			continue; /* "{}" in prose */
		fields++;
		if (dash) {
			/* -{...}: this and later fields are not checked */
			r->partial = 1;
			break;
		}
		if (fn >= 7 && !strncmp(f, "OPTION", 6)) {
			const char *c = memchr(f, ':', fn);
			if (!c)
				return dyad_error_set(err, DYAD_EPARSE, file, line,
				                      "OPTION field without ':'");
			const char *cmd = c + 1;
			size_t cn = fn - (size_t)(cmd - f);
			trim(&cmd, &cn);
			int rc = dyad_validate__add_cmd(s, cmd, cn, err);
			if (rc < 0)
				return rc;
			r->n_cmd++;
			r->kind = DYAD_VREC_OPTION;
			follow_cmd(s, &after, cmd, cn);
			continue;
		}
		char sq[16];
		if (squeeze(sq, sizeof sq, f, fn) &&
		    (!strcmp(sq, "---") || !strcmp(sq, "###") || !strcmp(sq, "+++"))) {
			/* no events / discarded / too complex: each means nothing is coded */
			r->special = dyad_validate__strndup(s, sq, 3);
			r->expect_none = 1;
			continue;
		}
		const char *part[3];
		size_t plen[3];
		int np = 0;
		const char *x = f, *fend = f + fn;
		for (;;) {
			const char *sl = memchr(x, '/', (size_t)(fend - x));
			if (np < 3) {
				part[np] = x;
				plen[np] = (size_t)((sl ? sl : fend) - x);
				trim(&part[np], &plen[np]);
			}
			np++;
			if (!sl)
				break;
			x = sl + 1;
		}
		if (np != 3 || !plen[0] || !plen[1] || !plen[2])
			return dyad_error_set(err, DYAD_EPARSE, file, line,
			                      "expected { SOURCE / TARGET / CODE }, got {%.*s}",
			                      (int)fn, f);
		dyad_vexpect *e = dyad_validate__add_expect(s, err);
		if (!e)
			return err ? err->code : DYAD_ENOMEM;
		e->source = dyad_validate__strndup(s, part[0], plen[0]);
		e->target = dyad_validate__strndup(s, part[1], plen[1]);
		e->code = dyad_validate__strndup(s, part[2], plen[2]);
		if (!e->source || !e->target || !e->code)
			return dyad_error_set(err, DYAD_ENOMEM, file, line, "out of memory");
		r->n_expect++;
		/* a date may follow the "}" on its line (checked when time-shifting) */
		if (q < end && *q == '}') {
			const char *dp = q + 1;
			while (dp < end && (*dp == ' ' || *dp == '\t'))
				dp++;
			const char *de = dp;
			while (de < end && isdigit((unsigned char)*de))
				de++;
			int32_t ymd;
			if (de > dp && read_date(dp, (size_t)(de - dp), st->yyyy, &ymd))
				e->date = ymd;
		}
	}
	*st = after;
	return fields;
}

/* Story and sentence numbers of a header (the part after the date) by the
 * FORWARD format: ^ a blank, * any character, N story digit, S sentence digit. */
static int sequence_of(const char *fmt, const char *p, size_t n, long *story, long *sent)
{
	long st = 0, se = 0;
	int ns = 0, nt = 0;
	for (size_t i = 0; fmt[i]; i++) {
		if (i >= n)
			return 0;
		char c = p[i];
		switch (fmt[i]) {
		case '^':
			if (c != ' ' && c != '\t')
				return 0;
			break;
		case 'N':
			if (!isdigit((unsigned char)c) || ++ns > 9)
				return 0;
			st = st * 10 + (c - '0');
			break;
		case 'S':
			if (!isdigit((unsigned char)c) || ++nt > 9)
				return 0;
			se = se * 10 + (c - '0');
			break;
		default:
			break;
		}
	}
	*story = st;
	*sent = se;
	return ns && nt;
}

/* Parse the .text file records into s. */
static int read_text(dyad_vsuite *s, tstate *st, const char *file, const char *buf, size_t len,
                     dyad_error *err)
{
	const char *cur = buf, *end = buf + len;
	uint32_t lineno = 0;
	tline l;
	int have = next_line(&cur, end, &lineno, &l);
	while (have) {
		if (!starts_record(&l)) {
			have = next_line(&cur, end, &lineno, &l);
			continue;
		}
		if (s->end_id) {
			/* past the terminating record: count, don't run */
			s->n_after_end++;
			while ((have = next_line(&cur, end, &lineno, &l)) && !is_blank(&l))
				;
			continue;
		}
		tline head = l;
		const char *body = cur;
		const char *body_end = cur;
		uint32_t body_line = lineno + 1;
		while ((have = next_line(&cur, end, &lineno, &l)) && !is_blank(&l))
			body_end = cur;
		dyad_vrecord *r = dyad_validate__add_record(s, err);
		if (!r)
			return err ? err->code : DYAD_ENOMEM;
		r->kind = DYAD_VREC_TEST;
		r->line = head.no;
		r->check_dates = st->timeshift;
		int32_t ymd;
		size_t dl = read_date(head.p, head.n, st->yyyy, &ymd);
		size_t skipd = 0;
		while (skipd < head.n && isdigit((unsigned char)head.p[skipd]))
			skipd++;
		r->id = read_id(s, head.p + skipd, head.n - skipd);
		if (!r->id)
			return dyad_error_set(err, DYAD_ENOMEM, file, head.no, "out of memory");
		if (!*r->id)
			r->id = dyad_validate__strndup(s, head.p, head.n);
		r->category = category_of(s, r->id);
		r->date = ymd;
		const char *cm = find2(body, body_end, '/', '*');
		int rc = copy_text(s, r, body, cm ? cm : body_end);
		if (rc < 0)
			return dyad_error_set(err, rc, file, head.no, "out of memory");
		int fields = 0;
		if (cm) {
			uint32_t cline = body_line;
			for (const char *c = body; c < cm; c++)
				cline += *c == '\n';
			fields = read_fields(s, r, st, file, cm + 2, body_end, cline, err);
			if (fields < 0)
				return fields;
		}
		if (!fields) {
			/* TABARI stops at the first record without validation fields */
			s->end_id = r->id;
			s->n_records--;
			continue;
		}
		if (r->kind == DYAD_VREC_TEST && !dl) {
			r->kind = DYAD_VREC_SKIP;
			r->skip_reason = st->yyyy ? "date is not YYYYMMDD" : "date is not YYMMDD";
		}
		/* FORWARD: the next sentence of the same story continues the chain */
		long story, sent;
		size_t me = s->n_records - 1;
		int seq = st->forward && r->kind == DYAD_VREC_TEST &&
		          sequence_of(st->forward, head.p + skipd, head.n - skipd, &story, &sent);
		if (seq && st->prev_seq && story == st->prev_story && sent == st->prev_sent + 1) {
			r->context_first = st->prev_ctx_first;
			r->n_context = me - r->context_first;
		} else {
			r->context_first = me;
		}
		st->prev_seq = seq;
		st->prev_story = seq ? story : 0;
		st->prev_sent = seq ? sent : 0;
		st->prev_ctx_first = r->context_first;
	}
	return 0;
}

/* Value of a "<tag> value" .project line into a resolved path. */
static int project_file(dyad_vsuite *s, const char *project, dyad_dict_kind kind,
                        const char *v, size_t vn, dyad_error *err)
{
	return dyad_validate__add_file(s, kind, dyad_validate__resolve(s, project, v, vn), err);
}

int dyad_validate__tabari_load(dyad_vsuite *out, const char *project_path, dyad_error *err)
{
	dyad_validate__suite_init(out, DYAD_VSUITE_TABARI, project_path);
	if (!out->path)
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	const char *project = out->path;
	char *buf = NULL, *text = NULL, *aux = NULL;
	size_t len, tlen, alen;
	int rc = dyad_validate__read_file(&buf, &len, project, err);
	if (rc < 0)
		return rc;
	const char *text_path = NULL, *verbs = NULL, *options = NULL;
	const char *cur = buf, *end = buf + len;
	uint32_t lineno = 0;
	tline l;
	while (next_line(&cur, end, &lineno, &l)) {
		if (!l.n || l.p[0] != '<')
			continue; /* any other line is a comment */
		const char *gt = memchr(l.p, '>', l.n);
		if (!gt)
			continue;
		const char *tag = l.p + 1;
		size_t tn = (size_t)(gt - tag);
		const char *v = gt + 1;
		size_t vn = l.n - (size_t)(v - l.p);
		trim(&v, &vn);
		if (!vn)
			continue;
#define TAG(name) (tn == sizeof(name) - 1 && !strncasecmp(tag, name, tn))
		if (TAG("actorsfile"))
			rc = project_file(out, project, DYAD_DICT_ACTORS, v, vn, err);
		else if (TAG("agentsfile"))
			rc = project_file(out, project, DYAD_DICT_AGENTS, v, vn, err);
		else if (TAG("issuesfile"))
			rc = project_file(out, project, DYAD_DICT_ISSUES, v, vn, err);
		else if (TAG("verbsfile")) {
			rc = project_file(out, project, DYAD_DICT_VERBS, v, vn, err);
			verbs = rc < 0 ? NULL : out->files[out->n_files - 1].path;
		} else if (TAG("optionsfile")) {
			rc = project_file(out, project, DYAD_DICT_OPTIONS, v, vn, err);
			options = rc < 0 ? NULL : out->files[out->n_files - 1].path;
		} else if (TAG("textfile")) {
			text_path = dyad_validate__resolve(out, project, v, vn);
			if (!text_path)
				rc = dyad_error_set(err, DYAD_ENOMEM, project, l.no, "out of memory");
		}
#undef TAG
		if (rc < 0)
			goto done;
	}
	if (!text_path || !verbs) {
		rc = dyad_error_set(err, DYAD_EPARSE, project, 0, "no <%s> line in the project file",
		                    text_path ? "verbsfile" : "textfile");
		goto done;
	}
	tstate st;
	memset(&st, 0, sizeof st);
	/* TIME SHIFT switches itself on when the verbs have <TIME> entries */
	rc = dyad_validate__read_file(&aux, &alen, verbs, err);
	if (rc < 0)
		goto done;
	st.timeshift = strstr(aux, "<TIME>") != NULL;
	free(aux);
	aux = NULL;
	if (options) {
		rc = dyad_validate__read_file(&aux, &alen, options, err);
		if (rc < 0)
			goto done;
		const char *oc = aux, *oe = aux + alen;
		uint32_t on = 0;
		while (next_line(&oc, oe, &on, &l)) {
			const char *cmt = find2(l.p, l.p + l.n, '/', '/');
			const char *hash = memchr(l.p, '#', l.n);
			size_t n = l.n;
			if (cmt && (size_t)(cmt - l.p) < n)
				n = (size_t)(cmt - l.p);
			if (hash && (size_t)(hash - l.p) < n)
				n = (size_t)(hash - l.p);
			follow_cmd(out, &st, l.p, n);
		}
	}
	out->records_path = text_path;
	rc = dyad_validate__read_file(&text, &tlen, text_path, err);
	if (rc < 0)
		goto done;
	rc = read_text(out, &st, text_path, text, tlen, err);
done:
	free(buf);
	free(text);
	free(aux);
	if (rc < 0)
		return rc;
	return 0;
}
