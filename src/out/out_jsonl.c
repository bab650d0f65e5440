/* out/out_jsonl.c — dyad's event JSONL (DESIGN.md "Event JSONL"), one event
 * per line, keys always in the same order:
 * doc sentence date source target code root quad goldstein plover
 * source_text target_text verb_text spans [issues] [place].
 * The line's strings are measured once; the line is then written straight
 * into room for its longest possible form. */
#include "out/out_internal.h"

#include <stdlib.h>
#include <string.h>

#include "util/buf.h"

/* an event's strings and their lengths */
typedef struct line_parts {
	const char *id, *source, *target, *plover;
	size_t id_n, source_n, target_n, code_n, root_n, plover_n;
	const char *text[3]; /* source, target, verb text */
	size_t text_n[3];
} line_parts;

static inline char *put(char *o, const char *s, size_t n)
{
	memcpy(o, s, n);
	return o + n;
}
#define PUT(o, lit) put((o), (lit), sizeof(lit) - 1)

static inline size_t cstr_len(const char *s)
{
	return s ? strlen(s) : 0;
}

/* strnlen of a char array of eight (or four) bytes, read whole: the first
 * zero byte is the lowest one the zero-byte test marks */
static inline size_t code_len8(const char code[8])
{
	uint64_t x;
	memcpy(&x, code, 8);
	uint64_t z = (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
	return z ? (size_t)__builtin_ctzll(z) / 8 : 8;
}
static inline size_t code_len4(const char code[4])
{
	uint32_t x;
	memcpy(&x, code, 4);
	uint32_t z = (x - 0x01010101u) & ~x & 0x80808080u;
	return z ? (size_t)__builtin_ctz(z) / 8 : 4;
}

/* fills p; returns the most bytes the line can take */
static size_t measure(line_parts *p, const dyad_doc *doc, const dyad_event *ev)
{
	p->id = doc->id ? doc->id : "";
	p->id_n = doc->id ? doc->id_len : 0;
	p->source = ev->source && *ev->source ? ev->source : "---";
	p->target = ev->target && *ev->target ? ev->target : "---";
	p->plover = ev->plover && *ev->plover ? ev->plover : NULL;
	p->source_n = strlen(p->source);
	p->target_n = strlen(p->target);
	p->plover_n = cstr_len(p->plover);
	_Static_assert(sizeof ev->code == 8 && sizeof ev->root == 4, "code_len8, code_len4");
	p->code_n = code_len8(ev->code);
	p->root_n = code_len4(ev->root);
	const dyad_span sp[3] = {ev->source_span, ev->target_span, ev->verb_span};
	size_t strings = p->id_n + p->source_n + p->target_n + p->plover_n + p->code_n + p->root_n;
	for (int i = 0; i < 3; i++) {
		p->text[i] = dyad_out__span(doc, sp[i], &p->text_n[i]);
		strings += p->text_n[i];
	}
	size_t count = 9, fixed = 1; /* JSON strings, each quoted; fixed-point numbers */
	if (ev->n_issues && ev->issues)
		for (size_t i = 0; i < ev->n_issues; i++, count++)
			strings += cstr_len(ev->issues[i]) + 1;
	if (ev->has_place) {
		strings += cstr_len(ev->place_name) + cstr_len(ev->place_country);
		count += 2;
		fixed += 2;
	}
	/* keys and punctuation, numbers, then every string escaped at worst */
	return 320 + 9 * DYAD_OUT_INT_MAX + DYAD_OUT_DATE_MAX + fixed * DYAD_OUT_FIXED_MAX +
	       DYAD_JSON_STRING_MAX(strings) + 2 * count;
}

static char *line(char *o, const line_parts *p, const dyad_event *ev)
{
	o = PUT(o, "{\"doc\":");
	o = dyad_buf__json_into(o, p->id, p->id_n);
	o = PUT(o, ",\"sentence\":");
	o = dyad_out__small_into(o, ev->sentence);
	o = PUT(o, ",\"date\":");
	o = dyad_out__iso_date_into(o, ev->date, 1);
	o = PUT(o, ",\"source\":");
	o = dyad_buf__json_into(o, p->source, p->source_n);
	o = PUT(o, ",\"target\":");
	o = dyad_buf__json_into(o, p->target, p->target_n);
	o = PUT(o, ",\"code\":");
	o = dyad_buf__json_into(o, ev->code, p->code_n);
	o = PUT(o, ",\"root\":");
	o = dyad_buf__json_into(o, ev->root, p->root_n);
	o = PUT(o, ",\"quad\":");
	o = dyad_out__int_into(o, ev->quad);
	o = PUT(o, ",\"goldstein\":");
	char *g = dyad_out__one_decimal(o, ev->goldstein);
	o = g ? g : dyad_out__fixed_into(o, ev->goldstein, 1, 0);
	o = PUT(o, ",\"plover\":");
	o = p->plover ? dyad_buf__json_into(o, p->plover, p->plover_n) : PUT(o, "null");
	o = PUT(o, ",\"source_text\":");
	o = dyad_buf__json_into(o, p->text[0], p->text_n[0]);
	o = PUT(o, ",\"target_text\":");
	o = dyad_buf__json_into(o, p->text[1], p->text_n[1]);
	o = PUT(o, ",\"verb_text\":");
	o = dyad_buf__json_into(o, p->text[2], p->text_n[2]);
	/* ,"spans":{"source":[b,e],"target":[b,e],"verb":[b,e]} */
	o = PUT(o, ",\"spans\":{\"source\":[");
	o = dyad_out__small_into(o, ev->source_span.begin);
	*o++ = ',';
	o = dyad_out__small_into(o, ev->source_span.end);
	o = PUT(o, "],\"target\":[");
	o = dyad_out__small_into(o, ev->target_span.begin);
	*o++ = ',';
	o = dyad_out__small_into(o, ev->target_span.end);
	o = PUT(o, "],\"verb\":[");
	o = dyad_out__small_into(o, ev->verb_span.begin);
	*o++ = ',';
	o = dyad_out__small_into(o, ev->verb_span.end);
	o = PUT(o, "]}");
	if (ev->n_issues && ev->issues) {
		o = PUT(o, ",\"issues\":[");
		for (size_t i = 0; i < ev->n_issues; i++) {
			if (i)
				*o++ = ',';
			const char *is = ev->issues[i] ? ev->issues[i] : "";
			o = dyad_buf__json_into(o, is, strlen(is));
		}
		*o++ = ']';
	}
	if (ev->has_place) {
		const char *name = ev->place_name ? ev->place_name : "";
		const char *country = ev->place_country ? ev->place_country : "";
		o = PUT(o, ",\"place\":{\"name\":");
		o = dyad_buf__json_into(o, name, strlen(name));
		o = PUT(o, ",\"country\":");
		o = dyad_buf__json_into(o, country, strlen(country));
		o = PUT(o, ",\"lat\":");
		o = dyad_out__fixed_into(o, ev->lat, 4, 1);
		o = PUT(o, ",\"lon\":");
		o = dyad_out__fixed_into(o, ev->lon, 4, 1);
		*o++ = '}';
	}
	return PUT(o, "}\n");
}

int dyad_out__jsonl(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev)
{
	line_parts p;
	size_t need = measure(&p, doc, ev);
	if (!dyad_buf__room(b, need)) {
		char *e = line(b->data + b->len, &p, ev);
		b->len = (size_t)(e - b->data);
		*e = 0;
		return 0;
	}
	/* no room for the longest form under the buffer's ceiling: the line
	 * aside, then appended whole (the ceiling decides on its real length) */
	char *tmp = malloc(need);
	if (!tmp)
		return DYAD_ENOMEM;
	int rc = dyad_buf_append(b, tmp, (size_t)(line(tmp, &p, ev) - tmp));
	free(tmp);
	return rc;
}
