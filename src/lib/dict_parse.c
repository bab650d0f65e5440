/* lib/dict_parse.c — lines, comments, phrases and code blocks shared by the
 * TABARI and PETRARCH dictionary readers. */
#include "lib/dict_parse.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lib/normalize.h"
#include "util/hash.h"

int dyad_dict__grow(void **arr, uint32_t *cap, uint32_t need, size_t elem)
{
	if (need <= *cap)
		return 0;
	uint32_t c = *cap ? *cap : 64;
	while (c < need) {
		if (c > UINT32_MAX / 2)
			return DYAD_ENOMEM;
		c *= 2;
	}
	void *p = realloc(*arr, (size_t)c * elem);
	if (!p)
		return DYAD_ENOMEM;
	*arr = p;
	*cap = c;
	return 0;
}

static int raw_line(dreader *r, dline *out);

/* Next line, skipping XML comments "<!-- ... -->" (PETRARCH files), which may
 * span lines. */
int dyad_dict__next_line(dreader *r, dline *out)
{
	for (;;) {
		if (!raw_line(r, out))
			return 0;
		const char *s = out->s, *e = s + out->n;
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
		/* "<!--" and the "<! --" variant some files use */
		if (e - s < 4 || memcmp(s, "<!", 2) || !memchr(s, '-', (size_t)(e - s)))
			return 1;
		/* find the end of the comment, possibly on a later line */
		for (;;) {
			int closed = 0;
			for (const char *q = s; q + 3 <= e; q++)
				if (!memcmp(q, "-->", 3)) {
					closed = 1;
					break;
				}
			if (closed)
				break;
			if (!raw_line(r, out))
				return 0;
			s = out->s;
			e = s + out->n;
		}
	}
}

static int raw_line(dreader *r, dline *out)
{
	if (r->p >= r->end)
		return 0;
	const char *s = r->p;
	const char *nl = memchr(s, '\n', (size_t)(r->end - s));
	const char *e = nl ? nl : r->end;
	r->p = nl ? nl + 1 : r->end;
	if (e > s && e[-1] == '\r')
		e--;
	out->s = s;
	out->n = (size_t)(e - s);
	out->no = ++r->no;
	return 1;
}

/* the bytes dyad_dict__strip must look at: brackets and comment marks (the
 * rest of a line, most of its bytes, is passed over by one table test) */
static const unsigned char strip_special[256] = {['['] = 1, [']'] = 1, [';'] = 1, ['#'] = 1};

void dyad_dict__strip(dline *l)
{
	const char *s = l->s;
	size_t n = l->n;
	int depth = 0;
	for (size_t i = 0; i < n; i++) {
#ifdef __SSE2__
		/* sixteen bytes with none of the four passed over at once (the
		 * dictionaries' lines are mostly such bytes) */
		while (i + 16 <= n) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('[')), _mm_cmpeq_epi8(x, _mm_set1_epi8(']'))),
			                         _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(';')), _mm_cmpeq_epi8(x, _mm_set1_epi8('#'))));
			unsigned bits = (unsigned)_mm_movemask_epi8(m);
			if (bits) {
				i += (size_t)__builtin_ctz(bits);
				break;
			}
			i += 16;
		}
		if (i >= n)
			break;
#endif
		char c = s[i];
		if (!strip_special[(unsigned char)c])
			continue;
		if (c == '[')
			depth++;
		else if (c == ']' && depth)
			depth--;
		else if (!depth && (c == ';' || (c == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')))) {
			n = i;
			break;
		}
	}
	while (n && isspace((unsigned char)s[0])) {
		s++;
		n--;
	}
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	l->s = s;
	l->n = n;
}

int dyad_dict__bad(dyad_dict_builder *b, dyad_error *err, const char *file, long line,
                   const char *fmt, ...)
{
	dyad_error *p = &b->problem;
	p->code = DYAD_EPARSE;
	p->file = file;
	p->line = line;
	p->col = 0;
	p->byte = -1;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(p->msg, sizeof p->msg, fmt, ap);
	va_end(ap);
	b->d->skipped++;
	if (b->strict) {
		if (err)
			*err = *p;
		return DYAD_EPARSE;
	}
	if (b->diag)
		b->diag(p, b->payload);
	return 0;
}

/* the bytes that end a literal word of a phrase */
static const unsigned char word_end[256] = {[' '] = 1, ['\t'] = 1, ['_'] = 1, ['-'] = 1};

/* Upper-case and fold one dictionary word into the string pool. */
static uint32_t pool_word(dyad_dict *d, const char *s, size_t n)
{
	char small[256];
	char *buf = small;
	size_t cap = sizeof small;
	if (n * 3 + 4 > cap) {
		cap = n * 3 + 4;
		buf = malloc(cap);
		if (!buf)
			return 0;
	}
	size_t m = dyad_normalize__fold(s, n, buf, cap);
	if (m == (size_t)-1)
		m = 0;
	uint32_t off = m ? dyad_dict__str(d, buf, m) : 0;
	if (buf != small)
		free(buf);
	return off;
}

int dyad_dict__phrase(dyad_dict *d, const char *s, size_t n, int pattern, dphrase *out,
                      const char **why)
{
	out->first = d->n_words;
	out->n = 0;
	out->flags = 0;
	size_t i = 0;
	int joined = 0; /* previous separator was "_" */
	int tilde = 0;  /* previous word ended in "~": this one must follow it */
	while (i < n) {
		char c = s[i];
		if (c == ' ' || c == '\t') {
			joined = 0;
			i++;
			continue;
		}
		if (c == '_' || c == '-') {
			i++;
			joined = out->n > 0;
			continue;
		}
		dword w = {0, 0, 0, 0};
		if (joined || tilde)
			w.flags |= W_ADJ;
		tilde = 0;
		size_t j = i;
		if (pattern && (c == '*' || c == '+' || c == '$' || c == '%' || c == '^')) {
			w.flags |= c == '*' ? W_VERB
			         : c == '+' ? W_TARGET
			         : c == '$' ? W_SOURCE
			         : c == '%' ? W_COMPOUND
			                    : W_SKIP;
			j = i + 1;
		} else if ((c == '&' || c == '+') && !pattern) {
			/* "Trinidad & Tobago": the tokenizer drops '&', so the phrase does too;
			 * PETRARCH-1 marks the inflected word of a verb phrase ("WIRE_+TAP") */
			i++;
			continue;
		} else if (c == '&') {
			j = i + 1;
			while (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '_')
				j++;
			if (j == i + 1) {
				*why = "'&' without a synset name";
				return DYAD_EPARSE;
			}
			char name[128];
			size_t nl = j - i;
			if (nl >= sizeof name) {
				*why = "synset name too long";
				return DYAD_EPARSE;
			}
			for (size_t k = 0; k < nl; k++)
				name[k] = (char)toupper((unsigned char)s[i + k]);
			const uint32_t *ix = dyad_strmap_get(&d->synset_names, name, (uint32_t)nl);
			if (!ix) {
				*why = "unknown synset";
				return DYAD_EPARSE;
			}
			w.flags |= W_SYNSET;
			w.str = *ix;
		} else {
			while (j < n && !word_end[(unsigned char)s[j]])
				j++;
			/* "BACK~ POLICY" (manual 5.5.3): BACK may be a stem, POLICY must
			 * follow it at once */
			size_t wn = j - i;
			if (pattern && wn > 1 && s[j - 1] == '~') {
				tilde = 1;
				wn--;
			}
			/* "BAN=", "MOUSE=": the whole word, without even regular endings
			 * (TABARI manual 5.2.3) */
			if (wn > 1 && s[i + wn - 1] == '=') {
				w.flags |= W_EXACT | W_BARE;
				wn--;
			}
			/* stop pattern symbols glued to a word, e.g. WOULD_*_TALKS is split by '_' already */
			w.str = pool_word(d, s + i, wn);
			w.len = (uint16_t)(j - i > 0xffff ? 0xffff : j - i);
			if (!w.str) {
				*why = "empty word";
				return DYAD_EPARSE;
			}
			w.len = (uint16_t)strlen(d->strings + w.str);
			w.hash = dyad_hash32(d->strings + w.str, w.len);
		}
		/* TABARI: a word followed by '_' matches only when a space follows it, so
		 * every '_'-joined word is whole ("UN_OFFICIALS" is not "unnamed ...") */
		if (j < n && s[j] == '_' && !tilde)
			w.flags |= W_EXACT;
		/* "ISN'T" is two tokens in text ("IS" + "N'T"), so two words here */
		size_t wl = w.len;
		const char *ws = d->strings + w.str;
		if (!(w.flags & (W_SYNSET | W_VERB | W_TARGET | W_SOURCE | W_COMPOUND | W_SKIP)) && wl > 3 &&
		    !memcmp(ws + wl - 3, "N'T", 3)) {
			dword neg = {0, 3, (uint16_t)(W_ADJ | (w.flags & W_EXACT)), 0};
			neg.str = dyad_dict__str(d, "N'T", 3);
			neg.hash = dyad_hash32("N'T", 3);
			char stem[256];
			if (wl - 3 >= sizeof stem) {
				*why = "word too long";
				return DYAD_EPARSE;
			}
			memcpy(stem, d->strings + w.str, wl - 3); /* the pool may move below */
			w.len = (uint16_t)(wl - 3);
			w.flags |= W_EXACT;
			w.str = dyad_dict__str(d, stem, w.len);
			w.hash = dyad_hash32(d->strings + w.str, w.len);
			if (DICT_PUSH(d, words, n_words, cap_words, w) ||
			    DICT_PUSH(d, words, n_words, cap_words, neg))
				return DYAD_ENOMEM;
			out->n += 2;
			joined = 0;
			i = j;
			continue;
		}
		if (DICT_PUSH(d, words, n_words, cap_words, w))
			return DYAD_ENOMEM;
		out->n++;
		joined = 0;
		i = j;
	}
	if (!out->n) {
		*why = "empty phrase";
		return DYAD_EPARSE;
	}
	return 0;
}

int32_t dyad_dict__date(const char *s, size_t n)
{
	if (n != 6 && n != 8)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return -1;
	long v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	if (n == 6) {
		long yy = v / 10000;
		v += (yy < 30 ? 20000000L : 19000000L); /* TABARI: 30 is the century pivot */
	} else if (n != 8) {
		return -1;
	}
	long m = v / 100 % 100, dd = v % 100;
	if (m < 1 || m > 12 || dd < 1 || dd > 31)
		return -1;
	return (int32_t)v;
}

int dyad_dict__code_block(dyad_dict *d, const char *s, size_t n, dcode *out, int *agent,
                          const char **why)
{
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	out->str = 0;
	out->from = 0;
	out->to = INT32_MAX;
	*agent = 0;
	size_t i = 0;
	while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '<' && s[i] != '>')
		i++;
	const char *code = s;
	size_t cl = i;
	if (cl && code[0] == '~') {
		*agent = 1;
		code++;
		cl--;
	} else if (cl && code[cl - 1] == '~') {
		*agent = 2;
		cl--;
	}
	if (cl == 0 && i == n) {
		*why = "empty code";
		return DYAD_EPARSE;
	}
	for (size_t k = 0; k < cl; k++) {
		unsigned char c = (unsigned char)code[k];
		if (!isalnum(c) && c != '-' && c != '#' && c != '*' && c != '+' && c != '?' && c != '!' && c != '_' && c != '/') {
			*why = "bad character in code";
			return DYAD_EPARSE;
		}
	}
	if (cl == 3 && !memcmp(code, "---", 3))
		out->str = 0; /* "###" (discard) stays: TABARI mode drops its sentence */
	else if (cl) {
		char up[64];
		if (cl >= sizeof up) {
			*why = "code too long";
			return DYAD_EPARSE;
		}
		for (size_t k = 0; k < cl; k++)
			up[k] = (char)toupper((unsigned char)code[k]);
		out->str = dyad_dict__str(d, up, cl);
	}
	/* date restriction */
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n)
		return 0;
	const char *r = s + i;
	size_t rn = n - i;
	if (r[0] == '<' || r[0] == '>') {
		size_t k = 1;
		while (k < rn && r[k] == ' ')
			k++;
		int32_t dt = dyad_dict__date(r + k, rn - k);
		if (dt < 0) {
			*why = "bad date in code block";
			return DYAD_EPARSE;
		}
		if (r[0] == '<')
			out->to = dt - 1;
		else
			out->from = dt;
		return 0;
	}
	const char *dash = memchr(r, '-', rn);
	if (!dash) {
		*why = "expected <DATE, >DATE or DATE-DATE after the code";
		return DYAD_EPARSE;
	}
	size_t a = (size_t)(dash - r), bl = rn - a - 1;
	while (a && r[a - 1] == ' ')
		a--;
	const char *bs = dash + 1;
	while (bl && *bs == ' ') {
		bs++;
		bl--;
	}
	if (a) {
		int32_t f = dyad_dict__date(r, a);
		if (f < 0) {
			*why = "bad start date in code block";
			return DYAD_EPARSE;
		}
		out->from = f;
	}
	if (bl) {
		int32_t t = dyad_dict__date(bs, bl);
		if (t < 0) {
			*why = "bad end date in code block";
			return DYAD_EPARSE;
		}
		out->to = t;
	}
	return 0;
}

int dyad_dict__alternatives(const char *s, size_t n, char **out, int max)
{
	const char *open = memchr(s, '{', n);
	if (!open) {
		if (max < 1)
			return DYAD_ELIMIT;
		out[0] = malloc(n + 1);
		if (!out[0])
			return DYAD_ENOMEM;
		memcpy(out[0], s, n);
		out[0][n] = 0;
		return 1;
	}
	const char *close = memchr(open, '}', (size_t)(s + n - open));
	if (!close)
		return DYAD_EPARSE;
	int count = 0;
	const char *a = open + 1;
	while (a <= close) {
		const char *bar = a;
		while (bar < close && *bar != '|')
			bar++;
		/* prefix + alternative + rest, then recurse on the result for later
		 * braces; a "_" before or after the braces joins the alternative to
		 * its neighbour ("MILLIONS_OF_{ DOLLARS | EUROS }", manual 5.7) */
		size_t pre = (size_t)(open - s), rest = (size_t)(s + n - close - 1);
		const char *ab = a, *ae = bar;
		while (ab < ae && *ab == ' ')
			ab++;
		while (ae > ab && ae[-1] == ' ')
			ae--;
		size_t alt = (size_t)(ae - ab);
		int join_before = pre && s[pre - 1] == '_', join_after = rest && close[1] == '_';
		char *tmp = malloc(pre + alt + rest + 3);
		if (!tmp)
			return DYAD_ENOMEM;
		size_t tl = 0;
		memcpy(tmp, s, pre);
		tl += pre;
		if (!join_before)
			tmp[tl++] = ' ';
		memcpy(tmp + tl, ab, alt);
		tl += alt;
		if (!join_after)
			tmp[tl++] = ' ';
		memcpy(tmp + tl, close + 1, rest);
		tl += rest;
		int k = dyad_dict__alternatives(tmp, tl, out + count, max - count);
		free(tmp);
		if (k < 0) {
			for (int q = 0; q < count; q++)
				free(out[q]);
			return k;
		}
		count += k;
		a = bar + 1;
	}
	return count;
}
