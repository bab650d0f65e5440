/* out/out_tabari.c — TABARI's .events lines: YYMMDD<tab>SOURCE<tab>TARGET<tab>CODE
 * (TABARI manual 4.4 with SET: LABEL = FALSE), so TABARI-era tools read them.
 * An unknown date is written 000000 (day 00 never occurs in a real date). */
#include "out/out_internal.h"

#include <string.h>

int dyad_out__tabari(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev)
{
	int32_t yymmdd = ev->date > 0 ? ev->date % 1000000 : 0;
	int rc = dyad_buf_printf(b, "%06ld\t", (long)yymmdd);
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
		rc = dyad_buf_append(b, "\n", 1);
	return rc;
}
