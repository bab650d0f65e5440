/* lib/version.c — library version string. */
#include <dyad/dyad.h>

const char *dyad_version(void)
{
	return DYAD_VERSION;
}
