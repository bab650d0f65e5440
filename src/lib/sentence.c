/* lib/sentence.c — sentence splitting over tokens. A period, "!" or "?" ends a
 * sentence unless it belongs to an abbreviation (Dr., Jan., No. 2, U.S.) or the
 * next word cannot start one; blank lines always end one. A leading dateline
 * ("SEOUL, June 8 (Reuters) -", or an agency's "Yerevan, November 25." that
 * ends with a period and does not end the sentence) is marked so its place
 * name is not an actor.
 * Tokens are tested by their forms' last byte (dtoken.last; a punctuation
 * token's form is one byte), so the forms themselves are not read. */
#include "lib/token.h"

#include <dyad/error.h>
#include <string.h>

#include "util/hash.h"

/* Word lists by length: entry len holds the words of len bytes back to
 * back, so a token is compared only with words of its own length. */
static const char *const abbreviations[7] = {
	NULL, NULL, "MRMSDRLTSTJRSRNOVSCOMTFTAVPPALMA",
	"MRSGENCOLSGTCPTMAJADMSENREPGOVNOSJANFEBMARAPRJUNJULAUGSEPOCTNOVDECINCLTDAVEREVHONESTETCFIGVOLAMBE.GI.E",
	"PROFCAPTCMDRSEPTCORPATTYSUPTGOVTDEPTBRIGGENSPRES", "", "APPROX"};
/* words that begin sentences after "U.S." and similar abbreviations */
static const char *const strong_starters[5] = {NULL, "IA", "ITHEWEINANONAT", "THESHEBUTHISHER",
                                               "THEYTHISTHAT"};

/* t's form is one of the words of list (by length, as above, n lengths)? */
static int listed_by_length(const dtoken *t, const char *const *list, size_t n)
{
	size_t len = t->norm_len;
	if (len >= n || !list[len])
		return 0;
	for (const char *w = list[len]; *w; w += len)
		if (w[0] == t->norm[0] && dyad_same_bytes(w, t->norm, len))
			return 1;
	return 0;
}

static int is_abbrev(const dtoken *t)
{
	if (t->kind != TK_WORD)
		return 0;
	if (t->norm_len == 1)
		return 1; /* initials: "George W. Bush" */
	return listed_by_length(t, abbreviations, sizeof abbreviations / sizeof abbreviations[0]);
}

static int strong_starter(const dtoken *t)
{
	return listed_by_length(t, strong_starters, sizeof strong_starters / sizeof strong_starters[0]);
}

/* a month's name or its abbreviation ("November", "Nov") */
static int month_name(const dtoken *t)
{
	static const char *const names[10] = {NULL, NULL, NULL, "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC", "JUNEJULYSEPT",
	                                      "MARCHAPRIL", NULL, "JANUARYOCTOBER", "FEBRUARYNOVEMBERDECEMBER",
	                                      "SEPTEMBER"};
	return t->kind == TK_WORD && (t->flags & TF_CAP) && listed_by_length(t, names, 10);
}

/* An agency dateline that ends with a period: "Yerevan, November 25. The
 * Minister ...", "MOSCOW, November 11. /TASS/. Russian ...", "Tashkent, 19
 * November (UzA). President ...", "La Paz. - The Public Ministry ...":
 * capitalised words, a date and an agency in brackets or slashes only, up to
 * a period that a date, an agency or a dash after it marks as a dateline's.
 * Its tokens are marked (and the splitter does not end a sentence there);
 * 1 if one was found. */
static int mark_agency_dateline(const char *text, dtoken *t, size_t n)
{
	if (n < 4 || t[0].kind != TK_WORD || !(t[0].flags & TF_CAP))
		return 0;
	int dated = 0, agency = 0;
	size_t i = 1;
	for (; i < n && i < 12; i++) {
		const dtoken *x = &t[i];
		if (x->kind == TK_PUNCT && x->last == '.')
			break;
		if (x->kind == TK_WORD && !(x->flags & TF_CAP))
			return 0;
		if (x->kind == TK_PUNCT && x->last == '(')
			agency = 1;
		else if (x->kind == TK_PUNCT && x->last != ',' && x->last != ')')
			return 0;
		dated |= month_name(x) || x->kind == TK_NUM;
	}
	/* (not the period of an abbreviation or an initial: "U.S. officials") */
	if (i + 1 >= n || t[i].kind != TK_PUNCT || t[i].last != '.' || t[i - 1].end != t[i].begin ||
	    (t[i - 1].kind == TK_WORD && (t[i - 1].norm_len == 1 || is_abbrev(&t[i - 1]))))
		return 0;
	size_t e = i; /* the period */
	/* "/TASS/." (however the slashes were split off) or a dash after it */
	if (text && t[e + 1].begin > 0 && (text[t[e + 1].begin] == '/' || text[t[e + 1].begin - 1] == '/')) {
		size_t k = e + 1;
		while (k < n && k < e + 5 && !(t[k].kind == TK_PUNCT && t[k].last == '.'))
			k++;
		if (k >= n || k >= e + 5)
			return 0;
		agency = 1;
		e = k;
	} else if (t[e + 1].kind == TK_PUNCT && t[e + 1].last == '-') {
		agency = 1;
		e++;
	}
	if (!dated && !agency)
		return 0;
	if (e + 1 >= n || !(t[e + 1].flags & (TF_CAP | TF_ALLCAPS)))
		return 0;
	for (size_t k = 0; k <= e; k++)
		t[k].flags |= TF_DATELINE;
	return 1;
}

static void mark_dateline(const char *text, dtoken *t, size_t n)
{
	/* an ALL-CAPS place, optional ", Month Day" and "(Agency)", then a dash */
	if (mark_agency_dateline(text, t, n))
		return;
	/* ("Damascus, SANA-", "Mexico City.-": a capitalised place, a comma and
	 * capitalised words only, then the dash) */
	if (n >= 4 && t[0].kind == TK_WORD && (t[0].flags & TF_CAP) && !(t[0].flags & TF_ALLCAPS)) {
		int comma = 0;
		for (size_t i = 1; i < n && i < 8; i++) {
			if (t[i].kind == TK_PUNCT && t[i].last == '-' && comma) {
				for (size_t k = 0; k <= i; k++)
					t[k].flags |= TF_DATELINE;
				return;
			}
			if (t[i].kind == TK_PUNCT && t[i].last == ',')
				comma = 1;
			else if (!(t[i].kind == TK_WORD && (t[i].flags & (TF_CAP | TF_ALLCAPS))) && t[i].kind != TK_NUM)
				return;
		}
		return;
	}
	if (n < 3 || !(t[0].flags & TF_ALLCAPS) || t[0].kind != TK_WORD)
		return;
	size_t limit = n < 24 ? n : 24;
	for (size_t i = 1; i < limit; i++) {
		if (t[i].kind == TK_PUNCT && (t[i].last == '-' || (t[i].last == ':' && i <= 3))) {
			for (size_t k = 0; k <= i; k++)
				t[k].flags |= TF_DATELINE;
			return;
		}
		if (t[i].kind == TK_PUNCT && (t[i].last == '.' || t[i].last == '"' || t[i].last == ';'))
			return;
	}
	(void)text;
}

/* the first token of [i, lim) that may end a sentence (lim: none), by the
 * tokenizer's bitmap: 64 tokens a word */
static size_t next_end(const uint64_t *ends, size_t i, size_t lim)
{
	while (i < lim) {
		uint64_t w = ends[i >> 6] >> (i & 63);
		if (w) {
			size_t k = i + (size_t)__builtin_ctzll(w);
			return k < lim ? k : lim;
		}
		i = (i | 63) + 1;
	}
	return lim;
}

int dyad_sentence__split(dyad_arena *a, const char *text, dtoken *t, size_t n, const uint64_t *ends,
                         size_t max_sent, dsentence **out, size_t *n_out, size_t *cut)
{
	*cut = 0;
	size_t cap = n / 8 + 4, ns = 0;
	dsentence *s = dyad_arena_alloc(a, cap * sizeof *s);
	if (!s)
		return DYAD_ENOMEM;
	if (!max_sent)
		max_sent = 512;
	mark_dateline(text, t, n);
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		/* most tokens neither end a sentence (their last byte is no '.',
		 * '!' or '?') nor start a paragraph: pass over them, up to where an
		 * over-long sentence is cut (with the bitmap, without reading them) */
		size_t lim = n - start > max_sent - 1 ? start + max_sent - 1 : n;
		if (ends)
			i = next_end(ends, i, lim);
		else
			while (i < lim && !dyad_token__may_end(&t[i]))
				i++;
		int end = 0;
		size_t stop = i; /* sentence is [start, stop) */
		if (i == n) {
			end = start < n;
		} else if (i > start && (t[i].flags & TF_PARA)) {
			end = 1;
		} else if (t[i].kind == TK_PUNCT && (t[i].last == '.' || t[i].last == '!' || t[i].last == '?') &&
		           !(t[i].flags & TF_DATELINE)) {
			size_t j = i + 1;
			/* closing quotes and brackets stay with the sentence */
			while (j < n && t[j].kind == TK_PUNCT && (t[j].last == '"' || t[j].last == ')' || t[j].last == '\''))
				j++;
			const dtoken *next = j < n ? &t[j] : NULL;
			const dtoken *prev = i > start ? &t[i - 1] : NULL;
			int next_ok = !next || (next->flags & (TF_CAP | TF_ALLCAPS)) || next->kind == TK_NUM ||
			              (next->kind == TK_PUNCT && next->last == '"');
			if (t[i].last == '.' && prev && prev->end == t[i].begin && is_abbrev(prev)) {
				/* "No. 2", "Jan. 5": only a strong starter after it ends the sentence */
				/* (a one-letter word after "on" is no initial but the platform:
				 * "criticised Washington on X. Britain said ..." ends as any
				 * sentence does) */
				int platform = prev->norm_len == 1 && i >= start + 2 && t[i - 2].kind == TK_WORD &&
				               !(t[i - 2].flags & TF_CAP) && t[i - 2].norm_len == 2 && t[i - 2].norm[0] == 'O' &&
				               t[i - 2].norm[1] == 'N';
				if (!platform)
					next_ok = next && strong_starter(next) && prev->norm_len > 1;
			}
			if (next_ok) {
				end = 1;
				stop = j;
				i = j - 1;
			}
		} else if (t[i].kind == TK_WORD && t[i].norm_len > 2 && t[i].last == '.' &&
		           i + 1 < n && strong_starter(&t[i + 1]) && (t[i + 1].flags & TF_CAP)) {
			/* "... sanctions on the U.S. The move ..." */
			end = 1;
			stop = i + 1;
		}
		if (!end && i < n && i - start + 1 >= max_sent) {
			/* over-long sentence: cut at the last comma/semicolon in the second half */
			size_t c = i;
			for (size_t k = i; k > start + max_sent / 2; k--)
				if (t[k].kind == TK_PUNCT && (t[k].last == ',' || t[k].last == ';')) {
					c = k;
					break;
				}
			end = 1;
			stop = c + 1;
			i = c;
			(*cut)++;
		}
		if (!end)
			continue;
		if (stop > start) {
			if (ns == cap) {
				size_t nc = cap * 2;
				dsentence *g = dyad_arena_alloc(a, nc * sizeof *g);
				if (!g)
					return DYAD_ENOMEM;
				memcpy(g, s, ns * sizeof *s);
				s = g;
				cap = nc;
			}
			s[ns].first = (uint32_t)start;
			s[ns].n = (uint32_t)(stop - start);
			s[ns].begin = t[start].begin;
			s[ns].end = t[stop - 1].end;
			t[start].flags |= TF_SENT_START;
			ns++;
		}
		start = stop;
		if (i + 1 < stop)
			i = stop - 1;
	}
	*out = s;
	*n_out = ns;
	return 0;
}
