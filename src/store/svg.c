/* store/svg.c — draws a dyad_series as a self-contained SVG chart: title,
 * axes with "nice" ticks, period labels, bars (counts over few periods) or
 * lines (long series, Goldstein means, one line per QuadClass with a legend).
 * No scripts, fonts or external references, so any browser or converter
 * renders it the same. */
#include "store/store_int.h"

#include <math.h>
#include <string.h>

#define W 960.0
#define H 440.0
#define ML 72.0  /* margins: room for tick labels and axis titles */
#define MR 24.0
#define MT 56.0
#define MB 84.0

static const char *quad_names[4] = {"Verbal cooperation", "Material cooperation",
                                    "Verbal conflict", "Material conflict"};
static const char *quad_colors[4] = {"#2b8cbe", "#31a354", "#fd8d3c", "#de2d26"};

static int esc(dyad_buf *b, const char *s)
{
	for (; s && *s; s++) {
		int rc;
		switch (*s) {
		case '<': rc = dyad_buf_append(b, "&lt;", 4); break;
		case '>': rc = dyad_buf_append(b, "&gt;", 4); break;
		case '&': rc = dyad_buf_append(b, "&amp;", 5); break;
		case '"': rc = dyad_buf_append(b, "&quot;", 6); break;
		default:
			/* control characters are not allowed in XML 1.0 */
			rc = (unsigned char)*s < 0x20 ? dyad_buf_append(b, " ", 1) : dyad_buf_append(b, s, 1);
		}
		if (rc)
			return rc;
	}
	return 0;
}

static double value(const dyad_series *s, size_t i, int k)
{
	const dyad_series_point *p = &s->points[i];
	switch (s->metric) {
	case DYAD_METRIC_GOLDSTEIN: return p->goldstein;
	case DYAD_METRIC_QUAD: return (double)p->quad[k];
	default: return (double)p->count;
	}
}

/* Step of 1, 2 or 5 times a power of ten giving about `want` intervals. */
static double nice_step(double span, int want)
{
	if (span <= 0)
		return 1;
	double raw = span / want;
	double mag = pow(10, floor(log10(raw)));
	double f = raw / mag;
	double step = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
	return step * mag;
}

int dyad_series_svg(dyad_buf *b, const dyad_series *s, const char *title, dyad_error *err)
{
	int rc = 0;
	int lines = s->metric == DYAD_METRIC_QUAD ? 4 : 1;
	double lo = 0, hi = 0;
	for (size_t i = 0; i < s->n; i++)
		for (int k = 0; k < lines; k++) {
			if (s->metric == DYAD_METRIC_GOLDSTEIN && !s->points[i].count)
				continue;
			double v = value(s, i, k);
			lo = v < lo ? v : lo;
			hi = v > hi ? v : hi;
		}
	if (hi == lo)
		hi = lo + 1;
	double step = nice_step(hi - lo, 5);
	lo = floor(lo / step) * step;
	hi = ceil(hi / step) * step;
	double pw = W - ML - MR, ph = H - MT - MB;
	double slot = s->n ? pw / (double)s->n : pw;
	int bars = s->metric == DYAD_METRIC_COUNT && s->n <= 80;
#define X(i) (ML + slot * ((double)(i) + 0.5))
#define Y(v) (MT + ph * (1 - ((v) - lo) / (hi - lo)))
#define P(...) do { if ((rc = dyad_buf_printf(b, __VA_ARGS__))) goto fail; } while (0)
#define E(str) do { if ((rc = esc(b, str))) goto fail; } while (0)
	static const char *metric_names[] = {"events", "mean Goldstein score", "events by QuadClass"};
	static const char *interval_names[] = {"day", "week (from Monday)", "month", "year"};
	P("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
	  " font-family=\"sans-serif\" font-size=\"12\">\n<title>", W, H, W, H);
	E(title);
	P("</title>\n<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>\n", W, H);
	P("<text class=\"title\" x=\"%.1f\" y=\"28\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"bold\">", W / 2);
	E(title);
	P("</text>\n");
	/* y grid, ticks and labels */
	P("<g class=\"y-axis\" stroke=\"#dddddd\">\n");
	for (double v = lo; v <= hi + step / 2; v += step) {
		double y = Y(v);
		P("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", ML, y, W - MR, y);
		P("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" stroke=\"none\" fill=\"#333333\">%g</text>\n",
		  ML - 6, y + 4, fabs(v) < step / 1e6 ? 0.0 : v);
	}
	P("</g>\n");
	P("<text class=\"y-label\" transform=\"translate(18 %.1f) rotate(-90)\" text-anchor=\"middle\">%s</text>\n",
	  MT + ph / 2, metric_names[s->metric]);
	P("<text class=\"x-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n",
	  ML + pw / 2, H - 12, interval_names[s->interval]);
	/* axes */
	P("<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000000\"/>\n",
	  ML, MT, ML, MT + ph);
	double y0 = lo <= 0 && hi >= 0 ? Y(0) : MT + ph;
	P("<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000000\"/>\n",
	  ML, y0, W - MR, y0);
	/* x labels: at most ~12, evenly spaced */
	size_t every = s->n > 12 ? (s->n + 11) / 12 : 1;
	P("<g class=\"x-axis\">\n");
	for (size_t i = 0; i < s->n; i += every) {
		char label[32];
		dyad_series_label(label, sizeof label, s->interval, s->points[i].period);
		P("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000000\"/>\n",
		  X(i), MT + ph, X(i), MT + ph + 5);
		P("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" transform=\"rotate(-35 %.1f %.1f)\">%s</text>\n",
		  X(i), MT + ph + 18, X(i), MT + ph + 18, label);
	}
	P("</g>\n");
	if (!s->n)
		P("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#777777\">no events</text>\n",
		  ML + pw / 2, MT + ph / 2);
	if (bars) {
		P("<g class=\"bars\" fill=\"%s\">\n", quad_colors[0]);
		double bw = slot * 0.8;
		for (size_t i = 0; i < s->n; i++) {
			double v = value(s, i, 0), y = Y(v);
			char label[32];
			dyad_series_label(label, sizeof label, s->interval, s->points[i].period);
			P("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %g</title></rect>\n",
			  X(i) - bw / 2, y, bw, y0 - y, label, v);
		}
		P("</g>\n");
	} else {
		for (int k = 0; k < lines; k++) {
			const char *color = lines == 1 ? quad_colors[0] : quad_colors[k];
			P("<g class=\"series\"><polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", color);
			int open = 1;
			for (size_t i = 0; i < s->n; i++) {
				/* a period without events has no mean Goldstein: break the line */
				if (s->metric == DYAD_METRIC_GOLDSTEIN && !s->points[i].count) {
					if (open)
						P("\"/><polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", color);
					open = 0;
					continue;
				}
				open = 1;
				P("%.1f,%.1f ", X(i), Y(value(s, i, k)));
			}
			P("\"/></g>\n");
		}
	}
	if (lines == 4) {
		P("<g class=\"legend\">\n");
		for (int k = 0; k < 4; k++) {
			double x = ML + 10 + k * 200.0;
			P("<rect x=\"%.1f\" y=\"38\" width=\"12\" height=\"12\" fill=\"%s\"/>"
			  "<text x=\"%.1f\" y=\"48\">%d %s</text>\n", x, quad_colors[k], x + 16, k + 1, quad_names[k]);
		}
		P("</g>\n");
	}
	P("</svg>\n");
	return 0;
fail:
	return dyad_error_set(err, rc, NULL, 0, "chart too large for its buffer");
#undef X
#undef Y
#undef P
#undef E
}
