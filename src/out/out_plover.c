/* out/out_plover.c — one JSON object per event with PLOVER-style fields:
 * event_id, story_id, sentence, event_date, event_type (the PLOVER category,
 * null when the CAMEO code has none), cameo, quad, goldstein, actor,
 * actor_country, actor_text, recipient (null when there is none),
 * recipient_country, recipient_text, event_text, source_text (the whole
 * sentence), url, publisher, and place when known. */
#include "out/out_internal.h"

#include <inttypes.h>
#include <string.h>

static int key(dyad_buf *b, const char *k)
{
	return dyad_buf_printf(b, ",\"%s\":", k);
}

static int span_str(dyad_buf *b, const dyad_doc *doc, dyad_span sp)
{
	size_t n;
	const char *s = dyad_out__span(doc, sp, &n);
	return dyad_buf_json_string(b, s, n);
}

/* String or null when empty/NULL. */
static int str_or_null(dyad_buf *b, const char *s)
{
	return s && *s ? dyad_out__json_cstr(b, s) : dyad_buf_append(b, "null", 4);
}

int dyad_out__plover(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev)
{
	const char *target = ev->target && *ev->target && strcmp(ev->target, "---") != 0
	                             ? ev->target : NULL;
	dyad_out_actor src, tgt;
	dyad_out__actor(&src, ev->source);
	dyad_out__actor(&tgt, target);
	int rc = dyad_buf_printf(b, "{\"event_id\":\"%016" PRIx64 "\",\"story_id\":",
	                         dyad_out__event_id(doc, ev));
	if (!rc)
		rc = dyad_buf_json_string(b, doc->id ? doc->id : "", doc->id ? doc->id_len : 0);
	if (!rc)
		rc = dyad_buf_printf(b, ",\"sentence\":%u", (unsigned)ev->sentence);
	if (!rc)
		rc = key(b, "event_date");
	if (!rc)
		rc = dyad_out__iso_date(b, ev->date, 1);
	if (!rc)
		rc = key(b, "event_type");
	if (!rc)
		rc = str_or_null(b, ev->plover);
	if (!rc)
		rc = key(b, "cameo");
	if (!rc)
		rc = dyad_buf_json_string(b, ev->code, strnlen(ev->code, sizeof ev->code));
	if (!rc)
		rc = dyad_buf_printf(b, ",\"quad\":%d,\"goldstein\":", ev->quad);
	if (!rc)
		rc = dyad_out__fixed(b, ev->goldstein, 1, 0);
	if (!rc)
		rc = key(b, "actor");
	if (!rc)
		rc = str_or_null(b, ev->source);
	if (!rc)
		rc = key(b, "actor_country");
	if (!rc)
		rc = str_or_null(b, src.country);
	if (!rc)
		rc = key(b, "actor_text");
	if (!rc)
		rc = span_str(b, doc, ev->source_span);
	if (!rc)
		rc = key(b, "recipient");
	if (!rc)
		rc = str_or_null(b, target);
	if (!rc)
		rc = key(b, "recipient_country");
	if (!rc)
		rc = str_or_null(b, tgt.country);
	if (!rc)
		rc = key(b, "recipient_text");
	if (!rc)
		rc = span_str(b, doc, ev->target_span);
	if (!rc)
		rc = key(b, "event_text");
	if (!rc)
		rc = span_str(b, doc, ev->verb_span);
	if (!rc)
		rc = key(b, "source_text");
	if (!rc)
		rc = span_str(b, doc, ev->sentence_span);
	if (!rc)
		rc = key(b, "url");
	if (!rc)
		rc = str_or_null(b, doc->url);
	if (!rc)
		rc = key(b, "publisher");
	if (!rc)
		rc = str_or_null(b, doc->source);
	if (!rc && ev->has_place) {
		rc = dyad_buf_append(b, ",\"place\":{\"name\":", 17);
		if (!rc)
			rc = dyad_out__json_cstr(b, ev->place_name);
		if (!rc)
			rc = dyad_buf_append(b, ",\"country\":", 11);
		if (!rc)
			rc = dyad_out__json_cstr(b, ev->place_country);
		if (!rc)
			rc = dyad_buf_append(b, ",\"lat\":", 7);
		if (!rc)
			rc = dyad_out__fixed(b, ev->lat, 4, 1);
		if (!rc)
			rc = dyad_buf_append(b, ",\"lon\":", 7);
		if (!rc)
			rc = dyad_out__fixed(b, ev->lon, 4, 1);
		if (!rc)
			rc = dyad_buf_append(b, "}", 1);
	}
	if (!rc)
		rc = dyad_buf_append(b, "}\n", 2);
	return rc;
}
