/* out/out_tsv.c — one event per tab-separated line with a header:
 * doc sentence date source target code root quad goldstein plover
 * source_text target_text verb_text. Tabs and line breaks inside text
 * become spaces; an unknown date is an empty field. */
#include "out/out_internal.h"

#include <string.h>

int dyad_out__tsv_header(dyad_buf *b)
{
	static const char h[] = "doc\tsentence\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\t"
	                        "plover\tsource_text\ttarget_text\tverb_text\n";
	return dyad_buf_append(b, h, sizeof h - 1);
}

static int span_field(dyad_buf *b, const dyad_doc *doc, dyad_span sp)
{
	size_t n;
	const char *s = dyad_out__span(doc, sp, &n);
	int rc = dyad_buf_append(b, "\t", 1);
	return rc ? rc : dyad_out__field(b, s, n);
}

int dyad_out__tsv(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev)
{
	int rc = dyad_out__field(b, doc->id ? doc->id : "", doc->id ? doc->id_len : 0);
	if (!rc)
		rc = dyad_buf_printf(b, "\t%u\t", (unsigned)ev->sentence);
	if (!rc)
		rc = dyad_out__iso_date(b, ev->date, 0);
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__cfield(b, ev->source && *ev->source ? ev->source : "---");
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__cfield(b, ev->target && *ev->target ? ev->target : "---");
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__field(b, ev->code, strnlen(ev->code, sizeof ev->code));
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__field(b, ev->root, strnlen(ev->root, sizeof ev->root));
	if (!rc)
		rc = dyad_buf_printf(b, "\t%d\t", ev->quad);
	if (!rc)
		rc = dyad_out__fixed(b, ev->goldstein, 1, 0);
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__cfield(b, ev->plover);
	if (!rc)
		rc = span_field(b, doc, ev->source_span);
	if (!rc)
		rc = span_field(b, doc, ev->target_span);
	if (!rc)
		rc = span_field(b, doc, ev->verb_span);
	if (!rc)
		rc = dyad_buf_append(b, "\n", 1);
	return rc;
}
