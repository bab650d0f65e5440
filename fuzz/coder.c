/* fuzz/coder.c — the coder (dyad_coder_code) on arbitrary text with a small
 * fixed dictionary, at the default sentence limit and at a tiny one so the
 * over-long-sentence split runs too; every event is formatted in every sink. */
#include <string.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static dyad_dict *dict; /* built once, kept for the process (immutable) */
	if (!dict && fuzz_build_dict(&dict, 1, -1, NULL, 0))
		abort();
	/* a copy without a terminating NUL, so a read past text_len is caught */
	char *text = malloc(size ? size : 1);
	if (!text)
		return 0;
	if (size)
		memcpy(text, data, size);
	fuzz_code(dict, text, size, 0);
	fuzz_code(dict, text, size, 48);
	free(text);
	return 0;
}
