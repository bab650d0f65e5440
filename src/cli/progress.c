/* cli/progress.c — progress line for long runs: only when stderr is a
 * terminal, at most 4 updates a second; silent in pipes. */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

double cli_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_start(cli_progress *p, const char *unit, unsigned long long total_bytes)
{
	p->enabled = isatty(STDERR_FILENO);
	p->start = p->last = cli_now();
	p->total_bytes = total_bytes;
	p->unit = unit;
}

static void draw(cli_progress *p, unsigned long long count, unsigned long long bytes, int final)
{
	double now = cli_now(), el = now - p->start;
	double rate = el > 0 ? (double)count / el : 0;
	fprintf(stderr, "\r%llu %s, %.0f/s", count, p->unit, rate);
	if (p->total_bytes && bytes && !final) {
		double frac = (double)bytes / (double)p->total_bytes;
		double eta = frac > 0 ? el * (1 - frac) / frac : 0;
		fprintf(stderr, ", %.0f%%, ETA %.0fs", frac * 100, eta);
	}
	fprintf(stderr, final ? "\n" : "   ");
	fflush(stderr);
}

void cli_progress_update(cli_progress *p, unsigned long long count, unsigned long long bytes)
{
	if (!p->enabled)
		return;
	double now = cli_now();
	if (now - p->last < 0.25)
		return;
	p->last = now;
	draw(p, count, bytes, 0);
}

void cli_progress_finish(cli_progress *p, unsigned long long count, unsigned long long bytes)
{
	if (p->enabled && cli_now() - p->start > 0.5)
		draw(p, count, bytes, 1);
}
