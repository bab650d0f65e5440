/* lib/dict.c — building, indexing, saving and loading the compiled dictionary.
 * The builder reads files of each kind into flat arrays; finish() sorts the
 * patterns longest-first and builds first-word indexes; the result is immutable. */
#include <dirent.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lib/dict_parse.h"
#include "lib/token.h"

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

static const dphrase *issue_phrase(const dyad_dict *d, uint32_t i) { return &d->issues[i].ph; }
static const dphrase *member_phrase(const dyad_dict *d, uint32_t i) { return &d->synset_members[i]; }

/* words that make dyad_lex__consecutive fail wherever they appear */
#define W_NOT_LITERAL (W_VERB | W_TARGET | W_SOURCE | W_COMPOUND | W_SKIP)

/* longest phrase first, then the earlier entry: what a stable sort by length
 * of the entries in file order gives */
static int cmp_post(const void *a, const void *b)
{
	const dpost *x = a, *y = b;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* a posting list in cmp_post's order (a total one, so any sort gives it):
 * most lists are a few postings, already in entry order, which an
 * insertion sort passes over without qsort's calls */
static void sort_posts(dpost *p, uint32_t n)
{
	if (n > 16) {
		qsort(p, n, sizeof *p, cmp_post);
		return;
	}
	for (uint32_t i = 1; i < n; i++) {
		dpost x = p[i];
		uint32_t j = i;
		for (; j > 0 && cmp_post(&x, &p[j - 1]) < 0; j--)
			p[j] = p[j - 1];
		p[j] = x;
	}
}

static void fill_post(const dyad_dict *d, const dphrase *ph, uint32_t entry, dpost *p)
{
	memset(p, 0, sizeof *p);
	p->entry = entry;
	p->first = ph->first;
	p->n = ph->n;
	uint32_t chars = 0;
	for (uint16_t k = 0; k < ph->n; k++) {
		const dword *w = &d->words[ph->first + k];
		chars += w->len + ((w->flags & W_EXACT) ? 1 : 0);
		if (w->flags & W_SYNSET)
			p->synset = 1;
	}
	p->chars = chars;
	p->test1 = ph->n && (d->words[ph->first].flags & (W_STOPS | W_BARE | W_SYNSET)) != 0;
	if (ph->n > 1) {
		const dword *w2 = &d->words[ph->first + 1];
		/* a plain word can be tested on the next token by its hashes alone
		 * (a stem only up to the prefixes a token hashes) */
		if (!(w2->flags & (W_SYNSET | W_NOT_LITERAL)) && w2->len &&
		    ((w2->flags & W_EXACT) || w2->len <= DYAD_PFX_MAX)) {
			p->h2 = w2->hash;
			p->len2 = w2->len;
			p->exact2 = (w2->flags & W_EXACT) != 0;
		}
	}
}

/* Adds the entries of one kind (which = LEX_*) to the shared key map d->lex
 * and builds that kind's posting lists. */
/* slots of a long list's second-word set (dindex.second_tab): 2^bits, at
 * least four a posting */
static unsigned second_bits(uint32_t n)
{
	unsigned bits = 4;
	while (((size_t)1 << bits) < 4 * (size_t)n)
		bits++;
	return bits;
}

/* list first ..+ n's second-word set at tab (2^bits slots); 0 when a hash
 * is 0 (not to be told from an empty slot: no set, the masks are read) */
static int fill_seconds(const dindex *ix, uint32_t first, uint32_t n, uint32_t *tab, unsigned bits)
{
	uint32_t mask = ((uint32_t)1 << bits) - 1;
	for (uint32_t j = 0; j < n; j++) {
		uint32_t h = ix->posts[first + j].h2;
		if (ix->pre[first + j] >= POST_ANY_NEXT)
			continue;
		if (!h)
			return 0;
		uint32_t i = DYAD_SECOND_SLOT(h, bits);
		while (tab[i] && tab[i] != h)
			i = (i + 1) & mask;
		tab[i] = h;
	}
	return 1;
}

_Static_assert(DYAD_PFX_MAX < 32, "a stem second word's length is a bit of mask_lens2");
/* the chunk masks of the long lists (see dindex.masks) and their stem
 * lengths of second words (dindex.mask_lens2) */
static int build_masks(dindex *ix, uint32_t lists)
{
	ix->post_mask = malloc(((size_t)lists + 1) * sizeof *ix->post_mask);
	ix->stem_mask = malloc(((size_t)lists + 1) * sizeof *ix->stem_mask);
	if (!ix->post_mask || !ix->stem_mask)
		return DYAD_ENOMEM;
	size_t chunks = 0, slots = 0;
	for (uint32_t k = 0; k < lists; k++)
		for (int stem = 0; stem < 2; stem++) {
			uint32_t n = stem ? ix->stem_n[k] : ix->post_n[k];
			if (n >= POST_LONG) {
				chunks += (n + 63) / 64;
				slots += (size_t)1 << second_bits(n);
			}
		}
	if (slots > UINT32_MAX >> 5)
		return DYAD_ELIMIT;
	ix->masks = calloc(chunks * POST_CHUNK_WORDS + 1, sizeof *ix->masks);
	ix->mask_lens2 = calloc(chunks + 1, sizeof *ix->mask_lens2);
	ix->second_at = calloc(chunks + 1, sizeof *ix->second_at);
	ix->second_tab = calloc(slots + 1, sizeof *ix->second_tab);
	if (!ix->masks || !ix->mask_lens2 || !ix->second_at || !ix->second_tab)
		return DYAD_ENOMEM;
	size_t at = 0;
	uint32_t tab_at = 0;
	for (uint32_t k = 0; k < lists; k++)
		for (int stem = 0; stem < 2; stem++) {
			uint32_t first = stem ? ix->stem_first[k] : ix->post_first[k];
			uint32_t n = stem ? ix->stem_n[k] : ix->post_n[k];
			uint32_t *slot = stem ? &ix->stem_mask[k] : &ix->post_mask[k];
			*slot = UINT32_MAX;
			if (n < POST_LONG)
				continue;
			*slot = (uint32_t)at;
			unsigned bits = second_bits(n);
			if (fill_seconds(ix, first, n, ix->second_tab + tab_at, bits))
				ix->second_at[at] = tab_at << 5 | bits;
			tab_at += (uint32_t)1 << bits;
			for (uint32_t j = 0; j < n; j++) {
				const dpost *p = &ix->posts[first + j];
				if (p->len2 && !p->exact2)
					ix->mask_lens2[at] |= (uint32_t)1 << p->len2;
				uint64_t *m = ix->masks + (at + j / 64) * POST_CHUNK_WORDS;
				uint8_t f = ix->pre[first + j];
				m[f == POST_ONE ? 0 : f == POST_ANY_NEXT ? 1 : 2 + f] |= (uint64_t)1 << (j % 64);
			}
			at += (n + 63) / 64;
		}
	return 0;
}

static int build_index(dyad_dict *d, dindex *ix, uint32_t which, uint32_t *cap_keys,
                       const dphrase *(*phrase)(const dyad_dict *, uint32_t), uint32_t n,
                       int (*want)(const dyad_dict *, uint32_t))
{
	memset(ix, 0, sizeof *ix);
	ix->which = which;
	uint32_t *key_of = malloc((n + 1) * sizeof *key_of);
	uint32_t *counts = NULL, *stems = NULL;
	uint32_t lists = 0, cap = 0, cap_s = 0, n_posts = 0, n_stem = 0;
	int rc = DYAD_ENOMEM;
	if (!key_of)
		return DYAD_ENOMEM;
	for (uint32_t i = 0; i < n; i++) {
		key_of[i] = UINT32_MAX;
		if (want && !want(d, i))
			continue;
		const dphrase *ph = phrase(d, i);
		const dword *w = &d->words[ph->first];
		if (w->flags & (W_SYNSET | W_NOT_LITERAL) || !w->len)
			continue;
		int inserted = 0;
		uint32_t *slot = dyad_strmap_put(&d->lex, d->strings + w->str, w->len, &inserted);
		if (!slot)
			goto out;
		if (inserted) {
			if (dyad_dict__grow((void **)&d->lexkeys, cap_keys, d->lex.count, sizeof *d->lexkeys))
				goto out;
			*slot = d->lex.count - 1;
			lexkey *lk = &d->lexkeys[*slot];
			memset(lk, 0, sizeof *lk);
			for (int x = 0; x < LEX_N; x++)
				lk->list[x] = UINT32_MAX;
		}
		lexkey *lk = &d->lexkeys[*slot];
		if (lk->list[which] == UINT32_MAX) {
			if (dyad_dict__grow((void **)&counts, &cap, lists + 1, sizeof *counts) ||
			    dyad_dict__grow((void **)&stems, &cap_s, lists + 1, sizeof *stems))
				goto out;
			counts[lists] = stems[lists] = 0;
			lk->list[which] = lists++;
		}
		uint32_t k = lk->list[which];
		counts[k]++;
		n_posts++;
		key_of[i] = k;
		if (!(w->flags & W_EXACT)) {
			stems[k]++;
			n_stem++;
			lk->stem |= (uint8_t)(1u << which);
			if (w->len < 64)
				ix->stem_lens |= (uint64_t)1 << w->len;
		}
	}
	ix->n_lists = lists;
	ix->post_first = malloc((lists + 1) * sizeof(uint32_t));
	ix->post_n = calloc(lists + 1, sizeof(uint32_t));
	ix->stem_first = malloc((lists + 1) * sizeof(uint32_t));
	ix->stem_n = calloc(lists + 1, sizeof(uint32_t));
	ix->posts = malloc(((size_t)n_posts + n_stem + 1) * sizeof *ix->posts);
	if (!ix->post_first || !ix->post_n || !ix->stem_first || !ix->stem_n || !ix->posts)
		goto out;
	/* all lists first, then the stem lists */
	uint32_t acc = 0;
	for (uint32_t k = 0; k < lists; k++) {
		ix->post_first[k] = acc;
		acc += counts[k];
	}
	for (uint32_t k = 0; k < lists; k++) {
		ix->stem_first[k] = acc;
		acc += stems[k];
	}
	for (uint32_t i = 0; i < n; i++) {
		uint32_t k = key_of[i];
		if (k == UINT32_MAX)
			continue;
		const dphrase *ph = phrase(d, i);
		dpost *p = &ix->posts[ix->post_first[k] + ix->post_n[k]++];
		fill_post(d, ph, i, p);
		if (!(d->words[ph->first].flags & W_EXACT))
			ix->posts[ix->stem_first[k] + ix->stem_n[k]++] = *p;
	}
	for (uint32_t k = 0; k < lists; k++) {
		sort_posts(ix->posts + ix->post_first[k], ix->post_n[k]);
		sort_posts(ix->posts + ix->stem_first[k], ix->stem_n[k]);
	}
	ix->pre = malloc((size_t)acc + 1);
	if (!ix->pre)
		goto out;
	for (uint32_t j = 0; j < acc; j++) {
		const dpost *p = &ix->posts[j];
		ix->pre[j] = p->n <= 1 ? POST_ONE : !p->len2 ? POST_ANY_NEXT : (uint8_t)(p->h2 & 63);
	}
	if (build_masks(ix, lists))
		goto out;
	d->lex_stem_lens |= ix->stem_lens;
	rc = 0;
out:
	free(key_of);
	free(counts);
	free(stems);
	return rc;
}

static int is_actor(const dyad_dict *d, uint32_t i) { return d->actors[i].is_agent == 0; }
static int is_agent(const dyad_dict *d, uint32_t i) { return d->actors[i].is_agent != 0; }

static void free_index(dindex *ix)
{
	free(ix->post_first);
	free(ix->post_n);
	free(ix->stem_first);
	free(ix->stem_n);
	free(ix->posts);
	free(ix->pre);
	free(ix->masks);
	free(ix->post_mask);
	free(ix->stem_mask);
	free(ix->mask_lens2);
	free(ix->second_tab);
	free(ix->second_at);
	memset(ix, 0, sizeof *ix);
}

void dyad_dict__free_indexes(dyad_dict *d)
{
	free_index(&d->actor_ix);
	free_index(&d->agent_ix);
	free_index(&d->verb_ix);
	free_index(&d->discard_ix);
	free_index(&d->issue_ix);
	free_index(&d->synset_ix);
	free(d->member_synset);
	free(d->unindexed);
	d->member_synset = d->unindexed = NULL;
	d->n_unindexed = 0;
	free(d->actor_fixed);
	d->actor_fixed = NULL;
	free(d->syn_need);
	free(d->syn_bits);
	d->syn_need = NULL;
	d->syn_bits = NULL;
	free(d->anchor_first);
	free(d->anchor_n);
	free(d->anchor_hash);
	free(d->pats_first);
	free(d->pats_n);
	free(d->free_first);
	free(d->free_n);
	free(d->anchor_pats);
	free(d->anchor_map_of);
	free(d->anchor_maps);
	free(d->anchor_rank);
	free(d->anchor_at);
	free(d->anchor_pos2);
	d->anchor_pos2 = NULL;
	d->anchor_rank = d->anchor_at = NULL;
	d->anchor_first = d->anchor_n = d->anchor_hash = d->pats_first = d->pats_n = NULL;
	d->free_first = d->free_n = d->anchor_pats = d->anchor_map_of = NULL;
	d->anchor_maps = NULL;
	free(d->open_end);
	free(d->block_open);
	d->open_end = d->block_open = NULL;
	free(d->pat_test);
	free(d->pat_rest);
	free(d->anchor_need);
	d->pat_test = NULL;
	d->pat_rest = NULL;
	d->anchor_need = NULL;
	dyad_strmap_free(&d->lex);
	free(d->lexkeys);
	d->lexkeys = NULL;
	d->lex_stem_lens = 0;
	free(d->lex_bits);
	d->lex_bits = NULL;
	d->lex_bits_mask = 0;
}

static void set_bit(dyad_dict *d, uint32_t h)
{
	h &= d->lex_bits_mask;
	d->lex_bits[h >> 6] |= (uint64_t)1 << (h & 63);
}

/* actor_fixed: codes that do not depend on the date */
static int build_actor_fixed(dyad_dict *d)
{
	d->actor_fixed = malloc(((size_t)d->n_actors + 1) * sizeof *d->actor_fixed);
	if (!d->actor_fixed)
		return DYAD_ENOMEM;
	for (uint32_t e = 0; e < d->n_actors; e++) {
		const dactor *a = &d->actors[e];
		uint32_t fixed = 0;
		for (uint16_t k = 0; k < a->n_codes; k++) {
			const dcode *c = &d->codes[a->code_first + k];
			if (c->from != 0 || c->to != INT32_MAX) {
				fixed = ACTOR_DATED;
				break;
			}
			if (!k)
				fixed = c->str;
		}
		d->actor_fixed[e] = fixed;
	}
	return 0;
}

/* which synset each member belongs to, and the members the first-word
 * index leaves out (see dyad_lex__synsets) */
static int build_members(dyad_dict *d)
{
	d->member_synset = malloc(((size_t)d->n_members + 1) * sizeof *d->member_synset);
	d->unindexed = malloc(((size_t)d->n_members + 1) * sizeof *d->unindexed);
	if (!d->member_synset || !d->unindexed)
		return DYAD_ENOMEM;
	for (uint32_t m = 0; m < d->n_members; m++)
		d->member_synset[m] = UINT32_MAX;
	for (uint32_t k = 0; k < d->n_synsets; k++)
		for (uint32_t m = 0; m < d->synsets[k].n; m++)
			if (d->synsets[k].first + m < d->n_members)
				d->member_synset[d->synsets[k].first + m] = k;
	for (uint32_t m = 0; m < d->n_members; m++) {
		const dphrase *ph = &d->synset_members[m];
		if (!ph->n || d->member_synset[m] == UINT32_MAX)
			continue;
		const dword *w = &d->words[ph->first];
		if (w->flags & W_NOT_LITERAL)
			continue; /* never matches */
		if ((w->flags & W_SYNSET) || !w->len || (!(w->flags & W_EXACT) && w->len >= 64))
			d->unindexed[d->n_unindexed++] = m;
	}
	return 0;
}

/* a pattern's anchor word (see anchor_hash), NULL when it has none */
static const dword *pattern_anchor(const dyad_dict *d, const dpattern *pt)
{
	const dword *w = &d->words[pt->ph.first], *best = NULL;
	for (uint16_t j = 0; j < pt->ph.n; j++)
		if (!(w[j].flags & (W_SYNSET | W_NOT_LITERAL)) && w[j].len && w[j].len <= DYAD_PFX_MAX &&
		    (!best || w[j].len > best->len))
			best = &w[j];
	return best;
}

/* an anchor while its block's are put in filter-bit order */
typedef struct anchor_rec {
	uint32_t hash, first, n;
} anchor_rec;

static int cmp_anchor_pos(const void *x, const void *y)
{
	uint16_t a = DYAD_BLOOM_POS1(((const anchor_rec *)x)->hash);
	uint16_t b = DYAD_BLOOM_POS1(((const anchor_rec *)y)->hash);
	return (a > b) - (a < b);
}

/* Each block's anchors in order of DYAD_BLOOM_POS1, and the maps of those
 * bits of the blocks with many (see anchor_map_of). Which patterns an anchor
 * lists does not change, so neither does the set of candidates. */
static int order_anchors(dyad_dict *d)
{
	uint32_t n_map = 0, most = 0;
	for (uint32_t b = 0; b < d->n_blocks; b++) {
		n_map += d->anchor_n[b] >= DYAD_ANCHOR_MAP_MIN;
		if (d->anchor_n[b] > most)
			most = d->anchor_n[b];
	}
	anchor_rec *rec = malloc(((size_t)most + 1) * sizeof *rec);
	d->anchor_map_of = malloc(((size_t)d->n_blocks + 1) * sizeof *d->anchor_map_of);
	d->anchor_maps = calloc((size_t)n_map * 64 + 1, sizeof *d->anchor_maps);
	d->anchor_rank = malloc(((size_t)n_map * 64 + 1) * sizeof *d->anchor_rank);
	/* (a map has at most one bit an anchor, and one more entry at its end) */
	d->anchor_at = malloc(((size_t)d->n_patterns + n_map + 1) * sizeof *d->anchor_at);
	d->anchor_pos2 = malloc(((size_t)d->n_patterns + 1) * sizeof *d->anchor_pos2);
	if (!rec || !d->anchor_map_of || !d->anchor_maps || !d->anchor_rank || !d->anchor_at || !d->anchor_pos2) {
		free(rec);
		return DYAD_ENOMEM;
	}
	n_map = 0;
	uint32_t n_at = 0;
	for (uint32_t b = 0; b < d->n_blocks; b++) {
		uint32_t a0 = d->anchor_first[b], na = d->anchor_n[b];
		for (uint32_t k = 0; k < na; k++)
			rec[k] = (anchor_rec){d->anchor_hash[a0 + k], d->pats_first[a0 + k], d->pats_n[a0 + k]};
		qsort(rec, na, sizeof *rec, cmp_anchor_pos);
		for (uint32_t k = 0; k < na; k++) {
			d->anchor_hash[a0 + k] = rec[k].hash;
			d->anchor_pos2[a0 + k] = DYAD_BLOOM_POS2(rec[k].hash);
			d->pats_first[a0 + k] = rec[k].first;
			d->pats_n[a0 + k] = rec[k].n;
		}
		d->anchor_map_of[b] = UINT32_MAX;
		if (na < DYAD_ANCHOR_MAP_MIN)
			continue;
		uint64_t *map = d->anchor_maps + (size_t)n_map * 64;
		uint32_t *rank = d->anchor_rank + (size_t)n_map * 64, k = 0;
		for (unsigned w = 0; w < 64; w++) {
			rank[w] = n_at;
			for (; k < na && DYAD_BLOOM_POS1(rec[k].hash) >> 6 == w; k++) {
				uint64_t bit = (uint64_t)1 << (DYAD_BLOOM_POS1(rec[k].hash) & 63);
				if (!(map[w] & bit))
					d->anchor_at[n_at++] = a0 + k;
				map[w] |= bit;
			}
		}
		d->anchor_at[n_at++] = a0 + na;
		d->anchor_map_of[b] = n_map++;
	}
	free(rec);
	return 0;
}

/* anchors of the pattern pre-filter (see anchor_hash) */
static int build_anchors(dyad_dict *d)
{
	size_t np = (size_t)d->n_patterns + 1, nb = (size_t)d->n_blocks + 1;
	uint32_t *of = malloc(np * sizeof *of); /* each pattern's anchor, UINT32_MAX none */
	d->anchor_first = malloc(nb * sizeof *d->anchor_first);
	d->anchor_n = calloc(nb, sizeof *d->anchor_n);
	d->free_first = malloc(nb * sizeof *d->free_first);
	d->free_n = calloc(nb, sizeof *d->free_n);
	d->anchor_hash = malloc(np * sizeof *d->anchor_hash);
	d->pats_first = malloc(np * sizeof *d->pats_first);
	d->pats_n = calloc(np, sizeof *d->pats_n);
	d->anchor_pats = malloc(np * sizeof *d->anchor_pats);
	dyad_strmap seen; /* anchor word -> anchor, within one block */
	memset(&seen, 0, sizeof seen);
	int rc = DYAD_ENOMEM;
	if (!of || !d->anchor_first || !d->anchor_n || !d->free_first || !d->free_n ||
	    !d->anchor_hash || !d->pats_first || !d->pats_n || !d->anchor_pats)
		goto out;
	uint32_t n_anchor = 0, n_pats = 0;
	for (uint32_t b = 0; b < d->n_blocks; b++) {
		const dblock *blk = &d->blocks[b];
		uint32_t np_b = blk->pat_first <= d->n_patterns ? d->n_patterns - blk->pat_first : 0;
		if (np_b > blk->n_pat)
			np_b = blk->n_pat;
		d->anchor_first[b] = n_anchor;
		dyad_strmap_free(&seen);
		if (dyad_strmap_init(&seen, 16))
			goto out;
		for (uint32_t k = 0; k < np_b; k++) {
			const dword *w = pattern_anchor(d, &d->patterns[blk->pat_first + k]);
			of[blk->pat_first + k] = UINT32_MAX;
			if (!w) {
				d->free_n[b]++;
				continue;
			}
			int inserted = 0;
			uint32_t *a = dyad_strmap_put(&seen, d->strings + w->str, w->len, &inserted);
			if (!a)
				goto out;
			if (inserted) {
				*a = n_anchor++;
				d->anchor_hash[*a] = w->hash;
				d->anchor_n[b]++;
			}
			of[blk->pat_first + k] = *a;
			d->pats_n[*a]++;
		}
		/* lists in block order: the anchors', then the free patterns */
		for (uint32_t a = d->anchor_first[b]; a < n_anchor; a++) {
			d->pats_first[a] = n_pats;
			n_pats += d->pats_n[a];
			d->pats_n[a] = 0;
		}
		d->free_first[b] = n_pats;
		n_pats += d->free_n[b];
		d->free_n[b] = 0;
		for (uint32_t k = 0; k < np_b; k++) {
			uint32_t a = of[blk->pat_first + k];
			if (a == UINT32_MAX)
				d->anchor_pats[d->free_first[b] + d->free_n[b]++] = k;
			else
				d->anchor_pats[d->pats_first[a] + d->pats_n[a]++] = k;
		}
	}
	rc = order_anchors(d);
out:
	dyad_strmap_free(&seen);
	free(of);
	return rc;
}

/* the key filter of a token lookup (see lex_bits) */
static int build_key_bits(dyad_dict *d)
{
	uint64_t want = 16 * ((uint64_t)d->lex.count * 4 + 64); /* ~4 prefixes a key, 16 bits each */
	uint64_t bits = 1024;
	while (bits < want && bits < ((uint64_t)1 << 31))
		bits <<= 1;
	d->lex_bits = calloc(bits / 64, sizeof *d->lex_bits);
	if (!d->lex_bits)
		return DYAD_ENOMEM;
	d->lex_bits_mask = (uint32_t)(bits - 1);
	for (uint32_t k = 0; k < d->lex.count; k++) {
		const char *key = d->lex.keys[k];
		uint32_t len = d->lex.key_lens[k];
		uint32_t id = d->lex.values[k];
		set_bit(d, dyad_hash32(key, len));
		if (!d->lexkeys[id].stem || len >= 64)
			continue;
		uint64_t h = DYAD_HASH_SEED;
		for (uint32_t l = 0; l < len; l++) {
			h = dyad_hash_step(h, (unsigned char)key[l]);
			set_bit(d, (uint32_t)dyad_hash_finish(h));
		}
	}
	return 0;
}

/* stable merge of a[0..na) and b[0..nb) by score, highest first, into out */
static void merge_patterns(const dpattern *a, uint32_t na, const dpattern *b, uint32_t nb,
                           dpattern *out)
{
	uint32_t i = 0, j = 0, k = 0;
	while (i < na && j < nb)
		out[k++] = b[j].score > a[i].score ? b[j++] : a[i++];
	while (i < na)
		out[k++] = a[i++];
	while (j < nb)
		out[k++] = b[j++];
}

/* sort each block's patterns by score (longest first), stable: insertion
 * sort for short blocks, a bottom-up merge sort for long ones (thousands of
 * patterns per verb in the big dictionaries) */
static int sort_patterns(dyad_dict *d)
{
	dpattern *tmp = NULL;
	uint32_t cap = 0;
	for (uint32_t bi = 0; bi < d->n_blocks; bi++) {
		if (!d->blocks[bi].n_pat)
			continue; /* also: no pattern array at all */
		dpattern *p = d->patterns + d->blocks[bi].pat_first;
		uint32_t n = d->blocks[bi].n_pat;
		if (n <= 32) {
			for (uint32_t a = 1; a < n; a++) {
				dpattern v = p[a];
				uint32_t b = a;
				while (b > 0 && p[b - 1].score < v.score) {
					p[b] = p[b - 1];
					b--;
				}
				p[b] = v;
			}
			continue;
		}
		if (n > cap) {
			dpattern *t = realloc(tmp, (size_t)n * sizeof *t);
			if (!t) {
				free(tmp);
				return DYAD_ENOMEM;
			}
			tmp = t;
			cap = n;
		}
		dpattern *src = p, *dst = tmp;
		for (uint32_t w = 1; w < n; w *= 2) {
			for (uint32_t lo = 0; lo < n; lo += 2 * w) {
				uint32_t mid = lo + w < n ? lo + w : n;
				uint32_t hi = lo + 2 * w < n ? lo + 2 * w : n;
				merge_patterns(src + lo, mid - lo, src + mid, hi - mid, dst + lo);
			}
			dpattern *t = src;
			src = dst;
			dst = t;
		}
		if (src != p)
			memcpy(p, src, (size_t)n * sizeof *p);
	}
	free(tmp);
	return 0;
}

/* numbers the indexes so that per-thread caches of lookups (lexicon.c) never
 * take one dictionary for another that reuses its address */
static atomic_uint index_generation;

/* open_end and block_open (see dyad_pattern__match on open_target) */
static int build_open_ends(dyad_dict *d)
{
	d->open_end = calloc((size_t)d->n_patterns + 1, 1);
	d->block_open = calloc((size_t)d->n_blocks + 1, 1);
	if (!d->open_end || !d->block_open)
		return DYAD_ENOMEM;
	for (uint32_t p = 0; p < d->n_patterns; p++) {
		const dpattern *pt = &d->patterns[p];
		if (pt->ph.n <= (uint32_t)pt->verb_at + 1)
			continue;
		const dword *last = &d->words[pt->ph.first + pt->ph.n - 1];
		d->open_end[p] = (last->flags & W_TARGET) && !(last->flags & W_ADJ);
	}
	for (uint32_t b = 0; b < d->n_blocks; b++) {
		const dblock *blk = &d->blocks[b];
		for (uint32_t k = 0; k < blk->n_pat && blk->pat_first + k < d->n_patterns; k++)
			d->block_open[b] |= d->open_end[blk->pat_first + k];
	}
	return 0;
}

/* a word of len bytes asks the filter about bits a and b (filter_used),
 * of the whole forms of that length and, for a stem, of the proper
 * prefixes (dyad_lex__word: a W_EXACT or W_BARE word matches no prefix) */
static void filter_use_bits(dyad_dict *d, uint16_t a, uint16_t b, size_t len, int stem)
{
	for (int row = 0; row < 1 + stem; row++) {
		uint64_t *used = d->filter_used[row * DYAD_PFX_MAX + len - 1];
		used[a >> 6] |= (uint64_t)1 << (a & 63);
		used[b >> 6] |= (uint64_t)1 << (b & 63);
	}
}

static void filter_use(dyad_dict *d, const dword *w, uint16_t skip)
{
	if (!w->len || w->len > DYAD_PFX_MAX || (w->flags & (W_SYNSET | skip)))
		return;
	filter_use_bits(d, DYAD_BLOOM_POS1(w->hash), DYAD_BLOOM_POS2(w->hash), w->len, !(w->flags & (W_EXACT | W_BARE)));
}

/* syn_need and syn_bits: the filter bits of each synset's members' first
 * words. Every match of a member starts with its first word at a token,
 * which puts that word's bits in the sentence filter (its surface, lemma or
 * prefix hash: see dyad_lex__word_possible), as for a pattern's literal. */
static int build_syn_needs(dyad_dict *d)
{
	d->syn_need = malloc(((size_t)d->n_synsets + 1) * sizeof *d->syn_need);
	d->syn_bits = malloc(((size_t)d->n_members + 1) * sizeof *d->syn_bits);
	uint16_t *len = malloc(((size_t)d->n_members + 1) * sizeof *len); /* of syn_bits' words */
	if (!d->syn_need || !d->syn_bits || !len) {
		free(len);
		return DYAD_ENOMEM;
	}
	uint32_t nb = 0;
	for (uint32_t k = 0; k < d->n_synsets; k++) {
		const dsynset *sy = &d->synsets[k];
		struct dsyn_need *sn = &d->syn_need[k];
		sn->first = nb;
		sn->n = 0;
		for (uint32_t m = 0; m < sy->n && sn->n != SYN_NEED_ANY; m++) {
			if (sy->first + m >= d->n_members)
				break;
			const dphrase *ph = &d->synset_members[sy->first + m];
			if (!ph->n)
				continue; /* matches nothing */
			const dword *w = &d->words[ph->first];
			if ((w->flags & W_SYNSET) || !w->len || w->len > DYAD_PFX_MAX) {
				sn->n = SYN_NEED_ANY;
				break;
			}
			uint32_t bits = (uint32_t)DYAD_BLOOM_POS1(w->hash) | (uint32_t)DYAD_BLOOM_POS2(w->hash) << 16;
			/* every member's own length and exactness (two words may
			 * share their bits, not their length) */
			filter_use(d, w, 0);
			uint32_t j = 0;
			while (j < sn->n && d->syn_bits[sn->first + j] != bits)
				j++;
			if (j < sn->n)
				continue;
			/* shorter words first: a short stem ("F" of "F-16") is in most
			 * sentences, and the test stops at the first word found */
			while (j > 0 && len[j - 1] > w->len) {
				d->syn_bits[nb + j] = d->syn_bits[nb + j - 1];
				len[j] = len[j - 1];
				j--;
			}
			d->syn_bits[nb + j] = bits;
			len[j] = w->len;
			sn->n++;
		}
		if (sn->n == SYN_NEED_ANY)
			continue;
		nb += sn->n;
	}
	free(len);
	return 0;
}

/* pat_test, pat_rest and anchor_need: the words and synsets
 * dyad_pattern__possible asks about, in the pattern's order (a word with
 * the anchor's hash left out: the anchor chose the pattern) */
static int build_pat_tests(dyad_dict *d)
{
	size_t rest = 0;
	for (uint32_t p = 0; p < d->n_patterns; p++)
		rest += d->patterns[p].ph.n;
	d->pat_test = malloc(((size_t)d->n_patterns + 1) * sizeof *d->pat_test);
	d->pat_rest = malloc((rest + 1) * sizeof *d->pat_rest);
	d->anchor_need = malloc(((size_t)d->n_patterns + 1) * sizeof *d->anchor_need);
	uint16_t(*need)[4] = malloc(((size_t)d->n_patterns + 1) * sizeof *need); /* by pattern */
	if (!d->pat_test || !d->pat_rest || !d->anchor_need || !need) {
		free(need);
		return DYAD_ENOMEM;
	}
	uint32_t nr = 0;
	for (uint32_t p = 0; p < d->n_patterns; p++) {
		const dpattern *pt = &d->patterns[p];
		const dword *anchor = pattern_anchor(d, pt), *w = &d->words[pt->ph.first];
		dpat_test *t = &d->pat_test[p];
		size_t n = 0;
		t->first = pt->ph.first;
		t->n = pt->ph.n;
		t->verb_at = pt->verb_at;
		t->rest = nr;
		t->n_lit = t->n_syn = 0;
		for (uint16_t k = 0; k < pt->ph.n; k++) {
			if ((w[k].flags & (W_NOT_LITERAL | W_SYNSET)) || !w[k].len || w[k].len > DYAD_PFX_MAX ||
			    (anchor && w[k].hash == anchor->hash))
				continue;
			if (n < 4) {
				need[p][n++] = DYAD_BLOOM_POS1(w[k].hash);
				need[p][n++] = DYAD_BLOOM_POS2(w[k].hash);
			} else {
				d->pat_rest[nr++] = (uint32_t)DYAD_BLOOM_POS1(w[k].hash) |
				                    (uint32_t)DYAD_BLOOM_POS2(w[k].hash) << 16;
				t->n_lit++;
			}
		}
		while (n < 4)
			need[p][n++] = PAT_NEED_NONE;
		for (uint16_t k = 0; k < pt->ph.n; k++)
			if ((w[k].flags & (W_NOT_LITERAL | W_SYNSET)) == W_SYNSET) {
				d->pat_rest[nr++] = w[k].str;
				t->n_syn++;
			}
	}
	for (uint32_t b = 0; b < d->n_blocks; b++)
		for (uint32_t a = d->anchor_first[b]; a < d->anchor_first[b] + d->anchor_n[b]; a++)
			for (uint32_t j = d->pats_first[a]; j < d->pats_first[a] + d->pats_n[a]; j++)
				memcpy(d->anchor_need[j], need[d->blocks[b].pat_first + d->anchor_pats[j]], sizeof *need);
	free(need);
	return 0;
}

/* filter_used: the words of every pattern (anchors among them) and the first
 * word of every <TIME> phrase, as the coder asks (coder.c, pattern.c) */
static void build_filter_used(dyad_dict *d)
{
	memset(d->filter_used, 0, sizeof d->filter_used);
	for (uint32_t p = 0; p < d->n_patterns; p++)
		for (uint16_t k = 0; k < d->patterns[p].ph.n; k++)
			filter_use(d, &d->words[d->patterns[p].ph.first + k], W_NOT_LITERAL);
	for (uint32_t k = 0; k < d->n_times; k++)
		filter_use(d, &d->words[d->times[k].ph.first], 0);
}

int dyad_dict__build_indexes(dyad_dict *d)
{
	dyad_dict__free_indexes(d);
	do
		d->lex_gen = atomic_fetch_add(&index_generation, 1) + 1;
	while (!d->lex_gen);
	uint32_t cap_keys = 0;
	if (dyad_strmap_init(&d->lex, d->n_actors + d->n_verbs + d->n_discards + d->n_issues + 16) ||
	    build_index(d, &d->actor_ix, LEX_ACTOR, &cap_keys, dyad_dict__actor_phrase, d->n_actors, is_actor) ||
	    build_index(d, &d->agent_ix, LEX_AGENT, &cap_keys, dyad_dict__actor_phrase, d->n_actors, is_agent) ||
	    build_index(d, &d->verb_ix, LEX_VERB, &cap_keys, dyad_dict__verb_phrase, d->n_verbs, NULL) ||
	    build_index(d, &d->discard_ix, LEX_DISCARD, &cap_keys, dyad_dict__discard_phrase, d->n_discards, NULL) ||
	    build_index(d, &d->issue_ix, LEX_ISSUE, &cap_keys, issue_phrase, d->n_issues, NULL) ||
	    build_index(d, &d->synset_ix, LEX_SYNSET, &cap_keys, member_phrase, d->n_members, NULL) ||
	    build_key_bits(d) || build_members(d) || build_actor_fixed(d) || build_anchors(d) ||
	    build_open_ends(d) || build_pat_tests(d))
		return DYAD_ENOMEM;
	build_filter_used(d);
	return build_syn_needs(d);
}

int dyad_dict_builder_finish(dyad_dict **out, dyad_dict_builder *b, dyad_error *err)
{
	*out = NULL;
	dyad_dict *d = b->d;
	if (sort_patterns(d) || dyad_dict__build_indexes(d)) {
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
	free(d->times);
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

/* A compiled image older than a dictionary file beside it is out of date: the
 * text files are read instead, so an edit is never silently ignored. */
static int image_stale(const char *dir, const struct stat *img)
{
	DIR *dh = opendir(dir);
	if (!dh)
		return 0;
	int stale = 0;
	char path[4096];
	struct dirent *de;
	while (!stale && (de = readdir(dh))) {
		dyad_dict_kind k;
		struct stat st;
		if (de->d_name[0] == '.' || !kind_of(de->d_name, &k))
			continue;
		if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, de->d_name) < sizeof path &&
		    stat(path, &st) == 0 && st.st_mtime > img->st_mtime)
			stale = 1;
	}
	closedir(dh);
	return stale;
}

int dyad_dict_load_dir(dyad_dict **out, const char *dir, int strict, dyad_diag_fn fn,
                       void *payload, dyad_error *err)
{
	*out = NULL;
	char path[4096];
	snprintf(path, sizeof path, "%s/dyad.img", dir);
	struct stat st;
	if (stat(path, &st) == 0 && !image_stale(dir, &st))
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
