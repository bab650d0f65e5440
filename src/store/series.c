/* store/series.c — time series over stored events: the database groups by
 * day (through the dyad index, so one dyad never touches the table), this
 * file folds days into weeks/months/years and fills empty periods so charts
 * and scripts see a regular axis. */
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Days since 1970-01-01 from a civil date (H. Hinnant's algorithm). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

static int32_t civil_from_days(int64_t z)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = (int64_t)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	unsigned d = doy - (153 * mp + 2) / 5 + 1;
	unsigned m = mp < 10 ? mp + 3 : mp - 9;
	y += m <= 2;
	return (int32_t)(y * 10000 + m * 100 + d);
}

static int32_t period_of(dyad_interval iv, int32_t ymd)
{
	int32_t y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
	switch (iv) {
	case DYAD_INTERVAL_DAY:
		return ymd;
	case DYAD_INTERVAL_WEEK: {
		int64_t z = days_from_civil(y, (unsigned)m, (unsigned)d);
		int64_t wd = ((z + 3) % 7 + 7) % 7; /* 1970-01-01 was a Thursday; Monday = 0 */
		return civil_from_days(z - wd);
	}
	case DYAD_INTERVAL_MONTH:
		return y * 10000 + m * 100 + 1;
	case DYAD_INTERVAL_YEAR:
		return y * 10000 + 101;
	}
	return ymd;
}

static int32_t period_next(dyad_interval iv, int32_t p)
{
	int32_t y = p / 10000, m = p / 100 % 100, d = p % 100;
	switch (iv) {
	case DYAD_INTERVAL_DAY:
		return civil_from_days(days_from_civil(y, (unsigned)m, (unsigned)d) + 1);
	case DYAD_INTERVAL_WEEK:
		return civil_from_days(days_from_civil(y, (unsigned)m, (unsigned)d) + 7);
	case DYAD_INTERVAL_MONTH:
		return m == 12 ? (y + 1) * 10000 + 101 : y * 10000 + (m + 1) * 100 + 1;
	case DYAD_INTERVAL_YEAR:
		return (y + 1) * 10000 + 101;
	}
	return p + 1;
}

static int valid_ymd(int32_t ymd)
{
	int32_t m = ymd / 100 % 100, d = ymd % 100;
	return ymd >= 10000101 && ymd <= 99991231 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

int dyad_interval_parse(const char *name, dyad_interval *out)
{
	static const char *names[] = {"day", "week", "month", "year"};
	for (int i = 0; i < 4; i++)
		if (!strcmp(name, names[i])) {
			*out = (dyad_interval)i;
			return 0;
		}
	return DYAD_EINVAL;
}

int dyad_metric_parse(const char *name, dyad_metric *out)
{
	static const char *names[] = {"count", "goldstein", "quad"};
	for (int i = 0; i < 3; i++)
		if (!strcmp(name, names[i])) {
			*out = (dyad_metric)i;
			return 0;
		}
	return DYAD_EINVAL;
}

int dyad_series_label(char *buf, size_t cap, dyad_interval iv, int32_t p)
{
	int y = p / 10000, m = p / 100 % 100, d = p % 100;
	int n;
	switch (iv) {
	case DYAD_INTERVAL_MONTH:
		n = snprintf(buf, cap, "%04d-%02d", y, m);
		break;
	case DYAD_INTERVAL_YEAR:
		n = snprintf(buf, cap, "%04d", y);
		break;
	default:
		n = snprintf(buf, cap, "%04d-%02d-%02d", y, m, d);
		break;
	}
	return n < 0 || (size_t)n >= cap ? DYAD_ELIMIT : 0;
}

void dyad_series_free(dyad_series *s)
{
	if (!s)
		return;
	free(s->points);
	free(s);
}

/* Sparse per-period sums, in period order (rows arrive ordered by date). */
typedef struct acc {
	dyad_series_point *v;
	size_t n, cap;
} acc;

static int acc_add(acc *a, int32_t period, uint64_t count, double gsum, const uint64_t q[4])
{
	if (!a->n || a->v[a->n - 1].period != period) {
		if (a->n == a->cap) {
			size_t cap = a->cap ? 2 * a->cap : 256;
			dyad_series_point *v = realloc(a->v, cap * sizeof *v);
			if (!v)
				return DYAD_ENOMEM;
			a->v = v;
			a->cap = cap;
		}
		memset(&a->v[a->n], 0, sizeof a->v[0]);
		a->v[a->n++].period = period;
	}
	dyad_series_point *pt = &a->v[a->n - 1];
	pt->count += count;
	pt->goldstein += gsum; /* a sum until finished */
	for (int k = 0; k < 4; k++)
		pt->quad[k] += q[k];
	return 0;
}

int dyad_store_series(dyad_series **out, dyad_store *s, const dyad_store_filter *f,
                      dyad_interval interval, dyad_metric metric, dyad_error *err)
{
	*out = NULL;
	dyad_buf where = {0}, sql = {0};
	store_param p[STORE_MAX_PARAMS];
	size_t np = 0;
	int needs_doc = 0;
	char *like = NULL;
	store_rows *rows = NULL;
	acc a = {0};
	dyad_series *res = NULL;
	int rc = dyad_store__where(&where, p, &np, &needs_doc, s, f, err);
	if (rc < 0)
		goto done;
	for (size_t i = 0; i < np; i++) {
		if (p[i].kind == STORE_P_TEXT && !p[i].text) {
			if (!(like = dyad_store__like_pattern(f->text_contains))) {
				rc = dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
				goto done;
			}
			p[i].text = like;
		}
	}
	const char *join = needs_doc ? " JOIN documents d ON d.doc_pk = e.doc_pk" : "";
	const char *w = where.len ? where.data : "";
	/* only what the metric needs: a busy dyad has hundreds of thousands of
	 * rows, and every aggregate costs on each */
	const char *sums =
		metric == DYAD_METRIC_QUAD
			? "count(*), 0, sum(CASE WHEN x.q = 1 THEN 1 ELSE 0 END),"
			  " sum(CASE WHEN x.q = 2 THEN 1 ELSE 0 END), sum(CASE WHEN x.q = 3 THEN 1 ELSE 0 END),"
			  " sum(CASE WHEN x.q = 4 THEN 1 ELSE 0 END)"
		: metric == DYAD_METRIC_GOLDSTEIN ? "count(*), sum(x.g), 0, 0, 0, 0"
		                                  : "count(*), 0, 0, 0, 0, 0";
	if (f->daily)
		rc = dyad_buf_printf(&sql,
		                     "SELECT x.date, %s FROM (SELECT e.date AS date, min(e.quad) AS q,"
		                     " min(e.goldstein) AS g FROM events e%s%s"
		                     " GROUP BY e.date, e.source, e.target, e.code) x"
		                     " GROUP BY x.date ORDER BY x.date", sums, join, w);
	else
		rc = dyad_buf_printf(&sql,
		                     "SELECT x.date, %s FROM (SELECT e.date AS date, e.quad AS q,"
		                     " e.goldstein AS g FROM events e%s%s) x GROUP BY x.date ORDER BY x.date",
		                     sums, join, w);
	if (rc) {
		rc = dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
		goto done;
	}
	if ((rc = s->be->query(&rows, s, sql.data, p, np, err)) < 0)
		goto done;
	while ((rc = s->be->next(rows, err)) == 1) {
		int32_t date = (int32_t)s->be->integer(rows, 0);
		if (!valid_ymd(date))
			continue; /* unknown dates have no place on a time axis */
		uint64_t q[4];
		for (int k = 0; k < 4; k++)
			q[k] = (uint64_t)s->be->integer(rows, 3 + k);
		if (acc_add(&a, period_of(interval, date), (uint64_t)s->be->integer(rows, 1),
		            s->be->real(rows, 2), q)) {
			rc = dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
			goto done;
		}
	}
	if (rc < 0)
		goto done;
	res = calloc(1, sizeof *res);
	if (!res) {
		rc = dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
		goto done;
	}
	res->interval = interval;
	res->metric = metric;
	/* dense axis from the first period to the last */
	size_t n = 0;
	if (a.n) {
		for (int32_t per = a.v[0].period;; per = period_next(interval, per)) {
			if (++n > DYAD_SERIES_MAX_POINTS) {
				rc = dyad_error_set(err, DYAD_ELIMIT, NULL, 0,
				                    "series would have more than %d periods; narrow --from/--to or use a longer --interval",
				                    DYAD_SERIES_MAX_POINTS);
				goto done;
			}
			if (per >= a.v[a.n - 1].period)
				break;
		}
		res->points = calloc(n, sizeof *res->points);
		if (!res->points) {
			rc = dyad_error_set(err, DYAD_ENOMEM, NULL, 0, "out of memory");
			goto done;
		}
		size_t j = 0;
		int32_t per = a.v[0].period;
		for (size_t i = 0; i < n; i++, per = period_next(interval, per)) {
			dyad_series_point *pt = &res->points[i];
			if (j < a.n && a.v[j].period == per) {
				*pt = a.v[j++];
				pt->goldstein = pt->count ? pt->goldstein / (double)pt->count : 0;
			}
			pt->period = per;
		}
	}
	res->n = n;
	*out = res;
	res = NULL;
	rc = 0;
done:
	if (rows)
		s->be->rows_free(rows);
	dyad_series_free(res);
	free(a.v);
	free(like);
	dyad_buf_free(&where);
	dyad_buf_free(&sql);
	return rc;
}
