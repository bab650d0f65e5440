/* fuzz/json.c — the JSON parser (src/util/json.h) on arbitrary bytes, with
 * the default limits and with a shallow depth limit; every value in a parsed
 * tree is visited through the accessors. */
#include <string.h>

#include "fuzz.h"
#include "util/json.h"

static size_t walk(const dyad_json *v, size_t depth)
{
	size_t n = 1;
	FUZZ_CHECK(depth <= DYAD_JSON_MAX_DEPTH + 1);
	switch (v->type) {
	case DYAD_JSON_STRING: {
		size_t len = 0;
		const char *s = dyad_json_string(v, &len);
		FUZZ_CHECK(s && s[len] == 0);
		break;
	}
	case DYAD_JSON_NUMBER: {
		double d;
		long long i;
		FUZZ_CHECK(dyad_json_number(v, &d) == 0);
		(void)dyad_json_int(v, &i);
		break;
	}
	case DYAD_JSON_BOOL: {
		int b;
		FUZZ_CHECK(dyad_json_bool(v, &b) == 0);
		break;
	}
	case DYAD_JSON_NULL:
		FUZZ_CHECK(dyad_json_is_null(v));
		break;
	case DYAD_JSON_ARRAY:
	case DYAD_JSON_OBJECT: {
		size_t count = 0;
		for (const dyad_json *c = dyad_json_first(v); c; c = c->next, count++) {
			if (v->type == DYAD_JSON_OBJECT) {
				FUZZ_CHECK(c->key != NULL);
				(void)dyad_json_getn(v, c->key, c->key_len);
			}
			n += walk(c, depth + 1);
		}
		FUZZ_CHECK(count == dyad_json_count(v));
		if (count)
			FUZZ_CHECK(dyad_json_at(v, count - 1) != NULL);
		break;
	}
	}
	(void)dyad_json_type_name(v->type);
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dyad_arena arena;
	dyad_arena_init(&arena, (size_t)1 << 26);
	dyad_json_limits shallow = {8, 0};
	for (int pass = 0; pass < 2; pass++) {
		dyad_json *root = NULL;
		dyad_error err;
		int rc = dyad_json_parse_limits(&root, &arena, (const char *)data, size,
		                                pass ? &shallow : NULL, &err);
		if (rc == 0) {
			FUZZ_CHECK(root != NULL);
			walk(root, 0);
			(void)dyad_json_string(dyad_json_get(root, "text"), NULL);
		} else {
			FUZZ_CHECK(rc == DYAD_EPARSE || rc == DYAD_ELIMIT || rc == DYAD_ENOMEM);
			FUZZ_CHECK(err.byte >= 0 && (size_t)err.byte <= size);
		}
		dyad_arena_reset(&arena);
	}
	dyad_arena_free(&arena);
	return 0;
}
