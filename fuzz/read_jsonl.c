/* fuzz/read_jsonl.c — the jsonl input reader (dyad_reader_open_mem, DYAD_IN_JSONL)
 * on arbitrary bytes: every record read or rejected, never a crash. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_read(data, size, DYAD_IN_JSONL);
	return 0;
}
