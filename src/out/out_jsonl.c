/* out/out_jsonl.c — dyad's event JSONL (DESIGN.md "Event JSONL"), one event
 * per line, keys always in the same order:
 * doc sentence date source target code root quad goldstein plover
 * source_text target_text verb_text spans [issues] [place]. */
#include "out/out_internal.h"

#include <string.h>

static int span_text(dyad_buf *b, const char *key, const dyad_doc *doc, dyad_span sp)
{
	size_t n;
	const char *s = dyad_out__span(doc, sp, &n);
	int rc = dyad_out__key(b, key);
	return rc ? rc : dyad_buf_json_string(b, s, n);
}

/* ,"spans":{"source":[b,e],"target":[b,e],"verb":[b,e]} */
static int spans(dyad_buf *b, const dyad_event *ev)
{
	static const char *const keys[3] = {",\"spans\":{\"source\":[", "],\"target\":[", "],\"verb\":["};
	const dyad_span *sp[3] = {&ev->source_span, &ev->target_span, &ev->verb_span};
	int rc = 0;
	for (int i = 0; i < 3 && !rc; i++) {
		rc = dyad_out__put(b, keys[i], strlen(keys[i]));
		if (!rc)
			rc = dyad_out__int(b, sp[i]->begin);
		if (!rc)
			rc = dyad_out__put(b, ",", 1);
		if (!rc)
			rc = dyad_out__int(b, sp[i]->end);
	}
	return rc ? rc : DYAD_OUT_LIT(b, "]}");
}

int dyad_out__jsonl(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev)
{
	int rc = dyad_out__put(b, "{\"doc\":", 7);
	if (!rc)
		rc = dyad_buf_json_string(b, doc->id ? doc->id : "", doc->id ? doc->id_len : 0);
	if (!rc)
		rc = DYAD_OUT_LIT(b, ",\"sentence\":");
	if (!rc)
		rc = dyad_out__int(b, ev->sentence);
	if (!rc)
		rc = DYAD_OUT_LIT(b, ",\"date\":");
	if (!rc)
		rc = dyad_out__iso_date(b, ev->date, 1);
	if (!rc)
		rc = dyad_out__put(b, ",\"source\":", 10);
	if (!rc)
		rc = dyad_out__json_cstr(b, ev->source && *ev->source ? ev->source : "---");
	if (!rc)
		rc = dyad_out__put(b, ",\"target\":", 10);
	if (!rc)
		rc = dyad_out__json_cstr(b, ev->target && *ev->target ? ev->target : "---");
	if (!rc)
		rc = dyad_out__put(b, ",\"code\":", 8);
	if (!rc)
		rc = dyad_buf_json_string(b, ev->code, strnlen(ev->code, sizeof ev->code));
	if (!rc)
		rc = dyad_out__put(b, ",\"root\":", 8);
	if (!rc)
		rc = dyad_buf_json_string(b, ev->root, strnlen(ev->root, sizeof ev->root));
	if (!rc)
		rc = DYAD_OUT_LIT(b, ",\"quad\":");
	if (!rc)
		rc = dyad_out__int(b, ev->quad);
	if (!rc)
		rc = DYAD_OUT_LIT(b, ",\"goldstein\":");
	if (!rc)
		rc = dyad_out__fixed(b, ev->goldstein, 1, 0);
	if (!rc)
		rc = dyad_out__put(b, ",\"plover\":", 10);
	if (!rc)
		rc = ev->plover && *ev->plover ? dyad_out__json_cstr(b, ev->plover)
		                               : dyad_out__put(b, "null", 4);
	if (!rc)
		rc = span_text(b, "source_text", doc, ev->source_span);
	if (!rc)
		rc = span_text(b, "target_text", doc, ev->target_span);
	if (!rc)
		rc = span_text(b, "verb_text", doc, ev->verb_span);
	if (!rc)
		rc = spans(b, ev);
	if (!rc && ev->n_issues && ev->issues) {
		rc = dyad_out__put(b, ",\"issues\":[", 11);
		for (size_t i = 0; i < ev->n_issues && !rc; i++) {
			if (i)
				rc = dyad_out__put(b, ",", 1);
			if (!rc)
				rc = dyad_out__json_cstr(b, ev->issues[i]);
		}
		if (!rc)
			rc = dyad_out__put(b, "]", 1);
	}
	if (!rc && ev->has_place) {
		rc = dyad_out__put(b, ",\"place\":{\"name\":", 17);
		if (!rc)
			rc = dyad_out__json_cstr(b, ev->place_name);
		if (!rc)
			rc = dyad_out__put(b, ",\"country\":", 11);
		if (!rc)
			rc = dyad_out__json_cstr(b, ev->place_country);
		if (!rc)
			rc = dyad_out__put(b, ",\"lat\":", 7);
		if (!rc)
			rc = dyad_out__fixed(b, ev->lat, 4, 1);
		if (!rc)
			rc = dyad_out__put(b, ",\"lon\":", 7);
		if (!rc)
			rc = dyad_out__fixed(b, ev->lon, 4, 1);
		if (!rc)
			rc = dyad_out__put(b, "}", 1);
	}
	if (!rc)
		rc = dyad_out__put(b, "}\n", 2);
	return rc;
}
