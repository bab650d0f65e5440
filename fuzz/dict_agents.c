/* fuzz/dict_agents.c — the agents dictionary loader (dyad_dict_builder_add_text,
 * DYAD_DICT_AGENTS) on arbitrary text, lenient then strict; a dictionary that
 * loads is then described and used to code fixed sentences. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	for (int strict = 0; strict < 2; strict++) {
		dyad_dict *d = NULL;
		if (fuzz_build_dict(&d, strict, DYAD_DICT_AGENTS, (const char *)data, size))
			continue;
		fuzz_use_dict(d);
		dyad_dict_free(d);
	}
	return 0;
}
