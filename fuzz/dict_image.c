/* fuzz/dict_image.c — the dictionary image loader (dyad_dict_load_image) on
 * arbitrary bytes written to a temporary file; an image that loads is then
 * described and used to code fixed sentences. Seeds are images compiled from
 * the fixed dictionary in fuzz.h, so mutations start from a valid layout. */
#include <stdio.h>
#include <unistd.h>

#include "fuzz.h"

static char path[64];

static void remove_temp(void)
{
	if (path[0])
		unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!path[0]) {
		snprintf(path, sizeof path, "/tmp/dyad-fuzz-image.XXXXXX");
		int fd = mkstemp(path);
		if (fd < 0)
			abort();
		close(fd);
		atexit(remove_temp);
	}
	FILE *f = fopen(path, "wb");
	if (!f)
		abort();
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	if (fclose(f))
		abort();
	dyad_dict *d = NULL;
	dyad_error err;
	int rc = dyad_dict_load_image(&d, path, &err);
	if (rc) {
		FUZZ_CHECK(rc < 0 && d == NULL);
		return 0;
	}
	fuzz_use_dict(d);
	dyad_dict_free(d);
	return 0;
}
