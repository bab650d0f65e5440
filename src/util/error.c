/* util/error.c — filling and formatting dyad_error values. */
#include <dyad/error.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int dyad_error_set(dyad_error *err, int code, const char *file, long line, const char *fmt, ...)
{
	if (!err)
		return code;
	err->code = code;
	err->file = file;
	err->line = line;
	err->col = 0;
	err->byte = -1;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return code;
}

void dyad_error_clear(dyad_error *err)
{
	if (err) {
		memset(err, 0, sizeof *err);
		err->byte = -1;
	}
}

const char *dyad_error_name(int code)
{
	switch (code) {
	case DYAD_OK: return "OK";
	case DYAD_ENOMEM: return "ENOMEM";
	case DYAD_EINVAL: return "EINVAL";
	case DYAD_EIO: return "EIO";
	case DYAD_EPARSE: return "EPARSE";
	case DYAD_ELIMIT: return "ELIMIT";
	case DYAD_ENOTFOUND: return "ENOTFOUND";
	case DYAD_EDB: return "EDB";
	case DYAD_EUTF8: return "EUTF8";
	case DYAD_EFORMAT: return "EFORMAT";
	default: return "EUNKNOWN";
	}
}

const char *dyad_error_format(const dyad_error *err, char *buf, size_t cap)
{
	if (!err || !cap)
		return "";
	if (err->file && err->line > 0)
		snprintf(buf, cap, "%s:%ld: %s", err->file, err->line, err->msg);
	else if (err->file)
		snprintf(buf, cap, "%s: %s", err->file, err->msg);
	else
		snprintf(buf, cap, "%s", err->msg);
	return buf;
}
