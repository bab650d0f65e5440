/* fuzz/read_text.c — the text input reader (dyad_reader_open_mem, DYAD_IN_TEXT)
 * on arbitrary bytes: every record read or rejected, never a crash. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_read(data, size, DYAD_IN_TEXT);
	return 0;
}
