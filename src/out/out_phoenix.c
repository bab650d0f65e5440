/* out/out_phoenix.c — the 26 tab-separated columns of the Phoenix event data
 * (as phoenix_pipeline's postprocess writes them), one row per event. The
 * actor columns are split from the actor code; QuadClass uses Phoenix's own
 * root-to-quad mapping (0 for roots 01-02, 16 as verbal conflict, 14 as
 * material conflict); EventID is dyad's stable event key, since dyad keeps
 * no running counter; SentenceID is "<doc>_<sentence>". */
#include "out/out_internal.h"

#include <inttypes.h>
#include <string.h>

int dyad_out__phoenix_header(dyad_buf *b)
{
	static const char h[] =
		"EventID\tDate\tYear\tMonth\tDay\tSourceActorFull\tSourceActorEntity\tSourceActorRole\t"
		"SourceActorAttribute\tTargetActorFull\tTargetActorEntity\tTargetActorRole\t"
		"TargetActorAttribute\tEventCode\tEventRootCode\tQuadClass\tGoldsteinScore\tIssues\t"
		"Lat\tLon\tLocationName\tStateName\tCountryCode\tSentenceID\tURLs\tNewsSources\n";
	return dyad_buf_append(b, h, sizeof h - 1);
}

/* Phoenix QuadClass by CAMEO root 01..20; -1 (use the event's quad) otherwise. */
static int phoenix_quad(const char *root)
{
	static const signed char quad[21] = {-1, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3,
	                                     3, 3, 3, 4, 4, 3, 4, 4, 4, 4};
	if (root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9' || root[2])
		return -1;
	int r = (root[0] - '0') * 10 + (root[1] - '0');
	return r >= 1 && r <= 20 ? quad[r] : -1;
}

static int actor_cols(dyad_buf *b, const char *code)
{
	dyad_out_actor a;
	dyad_out__actor(&a, code);
	int rc = dyad_out__cfield(b, code && *code ? code : "---");
	if (!rc)
		rc = dyad_buf_printf(b, "\t%s\t%s\t", a.entity, a.role);
	if (!rc)
		rc = dyad_out__actor_attrs(b, code, &a);
	return rc ? rc : dyad_buf_append(b, "\t", 1);
}

int dyad_out__phoenix(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev)
{
	int32_t d = ev->date > 0 ? ev->date : 0;
	int rc = dyad_buf_printf(b, "%" PRIu64 "\t", dyad_out__event_id(doc, ev));
	if (!rc && d)
		rc = dyad_buf_printf(b, "%08ld\t%ld\t%ld\t%ld\t", (long)d, (long)(d / 10000),
		                     (long)(d / 100 % 100), (long)(d % 100));
	else if (!rc)
		rc = dyad_buf_append(b, "\t\t\t\t", 4);
	if (!rc)
		rc = actor_cols(b, ev->source);
	if (!rc)
		rc = actor_cols(b, ev->target);
	if (!rc)
		rc = dyad_out__field(b, ev->code, strnlen(ev->code, sizeof ev->code));
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__field(b, ev->root, strnlen(ev->root, sizeof ev->root));
	int q = phoenix_quad(ev->root);
	if (!rc)
		rc = dyad_buf_printf(b, "\t%d\t", q >= 0 ? q : ev->quad);
	if (!rc)
		rc = dyad_out__fixed(b, ev->goldstein, 1, 0);
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	for (size_t i = 0; !rc && ev->issues && i < ev->n_issues; i++) {
		rc = i ? dyad_buf_append(b, ";", 1) : 0;
		if (!rc)
			rc = dyad_out__cfield(b, ev->issues[i]);
		if (!rc)
			rc = dyad_buf_append(b, ",1", 2);
	}
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc && ev->has_place) {
		rc = dyad_out__fixed(b, ev->lat, 4, 1);
		if (!rc)
			rc = dyad_buf_append(b, "\t", 1);
		if (!rc)
			rc = dyad_out__fixed(b, ev->lon, 4, 1);
		if (!rc)
			rc = dyad_buf_append(b, "\t", 1);
		if (!rc)
			rc = dyad_out__cfield(b, ev->place_name);
		if (!rc)
			rc = dyad_buf_append(b, "\t\t", 2);
		if (!rc)
			rc = dyad_out__cfield(b, ev->place_country);
	} else if (!rc)
		rc = dyad_buf_append(b, "\t\t\t\t", 4);
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__field(b, doc->id ? doc->id : "", doc->id ? doc->id_len : 0);
	if (!rc)
		rc = dyad_buf_printf(b, "_%u\t", (unsigned)ev->sentence);
	if (!rc)
		rc = dyad_out__cfield(b, doc->url);
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__cfield(b, doc->source);
	if (!rc)
		rc = dyad_buf_append(b, "\n", 1);
	return rc;
}
