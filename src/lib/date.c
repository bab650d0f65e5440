/* lib/date.c — dyad_date_parse: "YYYY-MM-DD", "YYYYMMDD" and TABARI "YYMMDD"
 * into an int32 YYYYMMDD, with calendar validation (leap years included).
 * Two-digit years pivot at 50: 00-49 are 2000-2049, 50-99 are 1950-1999
 * (TABARI itself pivots at 30; dyad's news is mostly after 2000). */
#include <dyad/coder.h>

static int digits(const char *s, size_t n, int *out)
{
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

static int days_in_month(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

int32_t dyad_date_parse(const char *s, size_t len)
{
	int y, m, d;
	if (!s)
		return -1;
	if (len == 10 && s[4] == '-' && s[7] == '-') {
		if (digits(s, 4, &y) || digits(s + 5, 2, &m) || digits(s + 8, 2, &d))
			return -1;
	} else if (len == 8) {
		if (digits(s, 4, &y) || digits(s + 4, 2, &m) || digits(s + 6, 2, &d))
			return -1;
	} else if (len == 6) {
		if (digits(s, 2, &y) || digits(s + 2, 2, &m) || digits(s + 4, 2, &d))
			return -1;
		y += y < 50 ? 2000 : 1900;
	} else
		return -1;
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return -1;
	return (int32_t)(y * 10000 + m * 100 + d);
}
