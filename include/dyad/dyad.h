/* dyad/dyad.h — umbrella header for libdyad. */
#ifndef DYAD_H
#define DYAD_H

#define DYAD_VERSION "0.1.0"

#include "error.h"
#include "event.h"
#include "dict.h"
#include "coder.h"
#include "reader.h"
#include "writer.h"
#include "cameo.h"

DYAD_API const char *dyad_version(void);

#endif
