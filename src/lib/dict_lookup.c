/* lib/dict_lookup.c — `dyad dict lookup`: show which dictionary entries match
 * a piece of text, with file:line, so users can debug their dictionaries. */
#include <dyad/writer.h>
#include <string.h>

#include "lib/lexicon.h"
#include "lib/syntax.h"


int dyad_dict_describe(const dyad_dict *d, const char *text, size_t len, int32_t date, char **out,
                       dyad_error *err)
{
	*out = NULL;
	dyad_arena a;
	dyad_arena_init(&a, 0);
	dtoken *t = NULL;
	size_t n = 0, bad = 0;
	int rc = dyad_token__run(&a, NULL, text, len, (size_t)1 << 20, &t, &n, NULL, &bad);
	if (rc) {
		dyad_arena_free(&a);
		return dyad_error_set(err, rc, NULL, 0, "cannot tokenize input");
	}
	dyad_buf b = {0};
	for (size_t i = 0; i < n && !rc; i++) {
		uint32_t e;
		size_t k;
		if ((k = dyad_lex__longest(d, &d->actor_ix, dyad_dict__actor_phrase, t, i, n, &e))) {
			const dactor *ac = &d->actors[e];
			const char *code = dyad_syntax__actor_code(d, e, date);
			rc = dyad_buf_printf(&b, "actor  \"%.*s\" -> %s  (%s:%u)\n",
			                     (int)(t[i + k - 1].end - t[i].begin), text + t[i].begin,
			                     code ? code : "---", d->strings + ac->file, ac->line);
		}
		if (!rc && (k = dyad_lex__longest(d, &d->agent_ix, dyad_dict__actor_phrase, t, i, n, &e))) {
			const dactor *ac = &d->actors[e];
			const char *code = dyad_syntax__actor_code(d, e, date);
			rc = dyad_buf_printf(&b, "agent  \"%.*s\" -> %s%s%s  (%s:%u)\n",
			                     (int)(t[i + k - 1].end - t[i].begin), text + t[i].begin,
			                     ac->is_agent == 1 ? "~" : "", code ? code : "---",
			                     ac->is_agent == 2 ? "~" : "", d->strings + ac->file, ac->line);
		}
		if (!rc && (k = dyad_lex__longest(d, &d->verb_ix, dyad_dict__verb_phrase, t, i, n, &e))) {
			const dverb *v = &d->verbs[e];
			const char *code = v->ev.code == DCODE_NULL ? "---" : v->ev.code ? d->strings + v->ev.code : "---";
			rc = dyad_buf_printf(&b, "verb   \"%.*s\" -> %s, %u patterns  (%s:%u)\n",
			                     (int)(t[i + k - 1].end - t[i].begin), text + t[i].begin, code,
			                     d->blocks[v->block].n_pat, d->strings + v->file, v->line);
		}
		if (!rc && dyad_lex__longest(d, &d->discard_ix, dyad_dict__discard_phrase, t, i, n, &e))
			rc = dyad_buf_printf(&b, "discard at \"%.*s\"\n", (int)(t[i].end - t[i].begin),
			                     text + t[i].begin);
	}
	dyad_arena_free(&a);
	if (rc) {
		dyad_buf_free(&b);
		return dyad_error_set(err, rc, NULL, 0, "out of memory");
	}
	if (!b.data && dyad_buf_append(&b, "", 0))
		return dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
	*out = b.data;
	return 0;
}
