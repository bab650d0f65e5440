/* out/out_gdelt.c — the 61 tab-separated columns of a GDELT 2.0 event row.
 * Columns dyad has no value for are empty (Name-less groups, tone, actor
 * geography, DATEADDED). Actor country/group/religion/type columns are
 * split from the actor codes; GLOBALEVENTID is dyad's stable event key;
 * IsRootEvent is 1 for events in the first sentence; mention, source and
 * article counts are 1 per row (aggregate with `dyad query` for more);
 * ActionGeo_CountryCode holds the place's country code as dyad has it
 * (ISO 3166 alpha-3), not GDELT's FIPS 10-4. */
#include "out/out_internal.h"

#include <inttypes.h>
#include <string.h>

static const char *const columns[61] = {
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
	"Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
	"Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
};

int dyad_out__gdelt_header(dyad_buf *b)
{
	int rc = 0;
	for (int i = 0; i < 61 && !rc; i++) {
		rc = dyad_buf_append(b, columns[i], strlen(columns[i]));
		if (!rc)
			rc = dyad_buf_append(b, i == 60 ? "\n" : "\t", 1);
	}
	return rc;
}

/* Actor<N>Code .. Actor<N>Type3Code: 10 columns, each followed by a tab. */
static int actor_cols(dyad_buf *b, const char *code, const dyad_doc *doc, dyad_span name)
{
	if (!code || !*code || strcmp(code, "---") == 0)
		return dyad_buf_append(b, "\t\t\t\t\t\t\t\t\t\t", 10);
	dyad_out_actor a;
	dyad_out__actor(&a, code);
	size_t n;
	const char *s = dyad_out__span(doc, name, &n);
	int rc = dyad_out__cfield(b, code);
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__field(b, s, n);
	if (!rc)
		rc = dyad_buf_printf(b, "\t%s\t%s\t\t%s\t%s\t%s\t%s\t%s\t", a.country, a.known_group,
		                     a.religion[0], a.religion[1], a.types[0], a.types[1], a.types[2]);
	return rc;
}

int dyad_out__gdelt(dyad_buf *b, const dyad_doc *doc, const dyad_event *ev)
{
	int32_t d = ev->date > 0 ? ev->date : 0;
	int rc = dyad_buf_printf(b, "%" PRIu64 "\t", dyad_out__event_id(doc, ev));
	if (!rc && d) {
		int y = (int)(d / 10000), m = (int)(d / 100 % 100), day = (int)(d % 100);
		rc = dyad_buf_printf(b, "%08ld\t%04d%02d\t%04d\t", (long)d, y, m, y);
		/* GDELT codebook: YEAR + (MONTH * 30 + DAY) / 365 */
		if (!rc)
			rc = dyad_out__fixed(b, y + (m * 30 + day) / 365.0, 4, 0);
		if (!rc)
			rc = dyad_buf_append(b, "\t", 1);
	} else if (!rc)
		rc = dyad_buf_append(b, "\t\t\t\t", 4);
	if (!rc)
		rc = actor_cols(b, ev->source, doc, ev->source_span);
	if (!rc)
		rc = actor_cols(b, ev->target, doc, ev->target_span);
	size_t cl = strnlen(ev->code, sizeof ev->code);
	if (!rc)
		rc = dyad_buf_printf(b, "%d\t", ev->sentence == 1 ? 1 : 0);
	if (!rc)
		rc = dyad_out__field(b, ev->code, cl);
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__field(b, ev->code, cl < 3 ? cl : 3);
	if (!rc)
		rc = dyad_buf_append(b, "\t", 1);
	if (!rc)
		rc = dyad_out__field(b, ev->root, strnlen(ev->root, sizeof ev->root));
	if (!rc)
		rc = dyad_buf_printf(b, "\t%d\t", ev->quad);
	if (!rc)
		rc = dyad_out__fixed(b, ev->goldstein, 1, 0);
	/* NumMentions NumSources NumArticles AvgTone, then 16 empty actor geo columns */
	if (!rc)
		rc = dyad_buf_append(b, "\t1\t1\t1\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t", 24);
	if (!rc && ev->has_place) {
		rc = dyad_buf_append(b, "\t", 1); /* ActionGeo_Type unknown */
		if (!rc)
			rc = dyad_out__cfield(b, ev->place_name);
		if (!rc)
			rc = dyad_buf_append(b, "\t", 1);
		if (!rc)
			rc = dyad_out__cfield(b, ev->place_country);
		if (!rc)
			rc = dyad_buf_append(b, "\t\t\t", 3);
		if (!rc)
			rc = dyad_out__fixed(b, ev->lat, 4, 1);
		if (!rc)
			rc = dyad_buf_append(b, "\t", 1);
		if (!rc)
			rc = dyad_out__fixed(b, ev->lon, 4, 1);
		if (!rc)
			rc = dyad_buf_append(b, "\t\t\t", 3);
	} else if (!rc)
		rc = dyad_buf_append(b, "\t\t\t\t\t\t\t\t\t", 9);
	if (!rc)
		rc = dyad_out__cfield(b, doc->url);
	if (!rc)
		rc = dyad_buf_append(b, "\n", 1);
	return rc;
}
