/* lib/normalize.c — UTF-8 validation/decoding, word-character classes and token
 * folding. ASCII, accented Latin letters and curly quotes (nearly all wire
 * copy) take a table-driven path; anything else goes through ICU: UTF-16,
 * dyad's own mapping of quotes/dashes/special letters, NFKD, removal of
 * diacritics, root-locale upper case, NFC, back to UTF-8. */
#include "lib/normalize.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#define FOLD_FAIL ((size_t)-1)

/* Length of the valid UTF-8 sequence at p (n >= 1 bytes available) and its code
 * point, or 0 if it is invalid, overlong, a surrogate, > U+10FFFF or truncated. */
static size_t seq_decode(const unsigned char *p, size_t n, uint32_t *cp)
{
	unsigned c = p[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2) /* stray continuation byte, or C0/C1 (overlong ASCII) */
		return 0;
	if (c < 0xE0) {
		if (n < 2 || (p[1] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
		return 2;
	}
	if (c < 0xF0) {
		/* E0 needs A0.. (else overlong); ED stops at 9F (else a surrogate) */
		unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
		if (n < 3 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
		return 3;
	}
	if (c < 0xF5) {
		/* F0 needs 90.. (else overlong); F4 stops at 8F (else > U+10FFFF) */
		unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
		if (n < 4 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80 ||
		    (p[3] & 0xC0) != 0x80)
			return 0;
		*cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
		      ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
		return 4;
	}
	return 0;
}

int dyad_utf8__validate(const char *s, size_t n, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		/* skip ASCII eight bytes at a time */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, p + i, 8);
			if (w & 0x8080808080808080ull)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		uint32_t cp;
		size_t len = seq_decode(p + i, n - i, &cp);
		if (!len) {
			if (bad)
				*bad = i;
			return DYAD_EUTF8;
		}
		i += len;
	}
	return 0;
}

size_t dyad_utf8__decode(const char *s, size_t n, uint32_t *cp)
{
	if (n == 0) {
		*cp = 0xFFFD;
		return 0;
	}
	size_t len = seq_decode((const unsigned char *)s, n, cp);
	if (!len) {
		*cp = 0xFFFD;
		return 1;
	}
	return len;
}

int dyad_unicode__is_word_char(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
	if (cp > 0x10FFFF)
		return 0;
	return (U_GET_GC_MASK((UChar32)cp) &
	        (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK | U_GC_NL_MASK)) != 0;
}

int dyad_unicode__case(uint32_t cp)
{
	if (cp > 0x10FFFF)
		return 0;
	uint32_t m = U_GET_GC_MASK((UChar32)cp);
	return (m & (U_GC_LU_MASK | U_GC_LT_MASK)) ? 1 : (m & U_GC_LL_MASK) ? 2 : 0;
}

/* ---- folding ---- */

/* A UTF-16 work buffer: on the stack for tokens, on the heap past that. */
#define UBUF_STACK 256
typedef struct ubuf {
	UChar *p;
	int32_t cap;
	UChar small[UBUF_STACK];
} ubuf;

static void ubuf_init(ubuf *b)
{
	b->p = b->small;
	b->cap = UBUF_STACK;
}

static int ubuf_reserve(ubuf *b, int32_t need)
{
	if (need <= b->cap)
		return 0;
	UChar *p = malloc((size_t)need * sizeof *p);
	if (!p)
		return -1;
	if (b->p != b->small)
		free(b->p);
	b->p = p;
	b->cap = need;
	return 0;
}

static void ubuf_free(ubuf *b)
{
	if (b->p != b->small)
		free(b->p);
}

/* Replacement text for one code point, or NULL to keep it. "" drops it. */
static const char *fold_map(UChar32 c)
{
	switch (c) {
	/* apostrophes and single quotes, including the acute accent and modifier
	 * letters that machine translation and OCR put in place of ' */
	case 0x00B4: case 0x02B9: case 0x02BB: case 0x02BC: case 0x02BD: case 0x02CA:
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
	case 0xFF07:
		return "'";
	case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
	case 0x2033: case 0x2036: case 0xFF02:
		return "\"";
	/* hyphens, dashes, minus */
	case 0x058A: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2043: case 0x2212: case 0x2E3A: case 0x2E3B: case 0xFE58:
	case 0xFE63: case 0xFF0D:
		return "-";
	/* invisible: soft hyphen, zero-width space, word joiner, BOM, Arabic tatweel */
	case 0x00AD: case 0x200B: case 0x2060: case 0xFEFF: case 0x0640:
		return "";
	/* letters with no canonical decomposition */
	case 0x00D8: case 0x00F8: return "O";     /* Ø ø */
	case 0x0141: case 0x0142: return "L";     /* Ł ł */
	case 0x0110: case 0x0111: case 0x00D0: case 0x00F0: return "D"; /* Đ đ Ð ð */
	case 0x00DE: case 0x00FE: return "TH";    /* Þ þ */
	case 0x00C6: case 0x00E6: return "AE";    /* Æ æ */
	case 0x0152: case 0x0153: return "OE";    /* Œ œ */
	case 0x0131: return "I";                  /* dotless ı */
	case 0x0126: case 0x0127: return "H";     /* Ħ ħ */
	case 0x0166: case 0x0167: return "T";     /* Ŧ ŧ */
	case 0x018F: case 0x0259: return "E";     /* Ə ə (Azerbaijani) */
	case 0x014A: case 0x014B: return "N";     /* Ŋ ŋ */
	case 0x1E9E: return "SS";                 /* capital sharp s (ß itself upper-cases to SS) */
	default:
		return NULL;
	}
}

/* Fold of each code point U+00A0..U+017F on its own, as the ICU path computes
 * it (test_normalize checks the two agree); NULL = not plain ASCII, so the
 * token takes the ICU path. Covers the accented Latin letters of European
 * names without ICU. */
static const char *const latin_fold[0x180 - 0xA0] = {
	" ", NULL, NULL, NULL, NULL, NULL, NULL, NULL, /* U+00A0 */
	" ", NULL, "A", "\"", NULL, "", NULL, " ", /* U+00A8 */
	NULL, NULL, "2", "3", "'", NULL, NULL, NULL, /* U+00B0 */
	" ", "1", "O", "\"", NULL, NULL, NULL, NULL, /* U+00B8 */
	"A", "A", "A", "A", "A", "A", "AE", "C", /* U+00C0 */
	"E", "E", "E", "E", "I", "I", "I", "I", /* U+00C8 */
	"D", "N", "O", "O", "O", "O", "O", NULL, /* U+00D0 */
	"O", "U", "U", "U", "U", "Y", "TH", "SS", /* U+00D8 */
	"A", "A", "A", "A", "A", "A", "AE", "C", /* U+00E0 */
	"E", "E", "E", "E", "I", "I", "I", "I", /* U+00E8 */
	"D", "N", "O", "O", "O", "O", "O", NULL, /* U+00F0 */
	"O", "U", "U", "U", "U", "Y", "TH", "Y", /* U+00F8 */
	"A", "A", "A", "A", "A", "A", "C", "C", /* U+0100 */
	"C", "C", "C", "C", "C", "C", "D", "D", /* U+0108 */
	"D", "D", "E", "E", "E", "E", "E", "E", /* U+0110 */
	"E", "E", "E", "E", "G", "G", "G", "G", /* U+0118 */
	"G", "G", "G", "G", "H", "H", "H", "H", /* U+0120 */
	"I", "I", "I", "I", "I", "I", "I", "I", /* U+0128 */
	"I", "I", "IJ", "IJ", "J", "J", "K", "K", /* U+0130 */
	NULL, "L", "L", "L", "L", "L", "L", NULL, /* U+0138 */
	NULL, "L", "L", "N", "N", "N", "N", "N", /* U+0140 */
	"N", "'N", "N", "N", "O", "O", "O", "O", /* U+0148 */
	"O", "O", "OE", "OE", "R", "R", "R", "R", /* U+0150 */
	"R", "R", "S", "S", "S", "S", "S", "S", /* U+0158 */
	"S", "S", "T", "T", "T", "T", "T", "T", /* U+0160 */
	"U", "U", "U", "U", "U", "U", "U", "U", /* U+0168 */
	"U", "U", "U", "U", "W", "W", "Y", "Y", /* U+0170 */
	"Y", "Z", "Z", "Z", "Z", "Z", "Z", "S", /* U+0178 */
};

/* ASCII fold of one code point that folds to ASCII on its own, or NULL. */
static const char *fast_fold(uint32_t cp)
{
	if (cp >= 0xA0 && cp < 0x180)
		return latin_fold[cp - 0xA0];
	return cp >= 0x180 ? fold_map((UChar32)cp) : NULL;
}

/* Diacritics are dropped after letters of these scripts only: elsewhere a
 * combining mark can be part of the letter's identity (Cyrillic Й, Indic). */
static int strips_marks(UChar32 base)
{
	UErrorCode err = U_ZERO_ERROR;
	UScriptCode sc = uscript_getScript(base, &err);
	return U_SUCCESS(err) && (sc == USCRIPT_LATIN || sc == USCRIPT_GREEK ||
	                          sc == USCRIPT_ARABIC || sc == USCRIPT_COMMON);
}

/* src -> dst: fold_map replacements. dst is sized for the worst case (x2). */
static int32_t map_pass(const UChar *src, int32_t n, UChar *dst)
{
	int32_t i = 0, o = 0;
	while (i < n) {
		UChar32 c;
		int32_t at = i;
		U16_NEXT(src, i, n, c);
		const char *r = fold_map(c);
		if (!r) {
			while (at < i)
				dst[o++] = src[at++];
			continue;
		}
		for (; *r; r++)
			dst[o++] = (UChar)*r;
	}
	return o;
}

/* src -> dst (same size or shorter): drop nonspacing marks that follow a
 * base letter of a script in strips_marks(). */
static int32_t strip_pass(const UChar *src, int32_t n, UChar *dst)
{
	int32_t i = 0, o = 0;
	int strip = 0;
	while (i < n) {
		UChar32 c;
		int32_t at = i;
		U16_NEXT(src, i, n, c);
		if (u_charType(c) == U_NON_SPACING_MARK) {
			if (strip)
				continue;
		} else {
			strip = strips_marks(c);
		}
		while (at < i)
			dst[o++] = src[at++];
	}
	return o;
}

/* unorm2_normalize into dst, growing it once if ICU reports the exact need. */
static int32_t normalize_into(const UNormalizer2 *nz, const UChar *src, int32_t n, ubuf *dst,
                              UErrorCode *err)
{
	int32_t len = unorm2_normalize(nz, src, n, dst->p, dst->cap, err);
	if (*err == U_BUFFER_OVERFLOW_ERROR) {
		*err = U_ZERO_ERROR;
		if (ubuf_reserve(dst, len + 1)) {
			*err = U_MEMORY_ALLOCATION_ERROR;
			return 0;
		}
		len = unorm2_normalize(nz, src, n, dst->p, dst->cap, err);
	}
	return len;
}

/* Root-locale full upper case (ß -> SS) into dst, growing it likewise. */
static int32_t upper_into(const UChar *src, int32_t n, ubuf *dst, UErrorCode *err)
{
	int32_t len = u_strToUpper(dst->p, dst->cap, src, n, "", err);
	if (*err == U_BUFFER_OVERFLOW_ERROR) {
		*err = U_ZERO_ERROR;
		if (ubuf_reserve(dst, len + 1)) {
			*err = U_MEMORY_ALLOCATION_ERROR;
			return 0;
		}
		len = u_strToUpper(dst->p, dst->cap, src, n, "", err);
	}
	return len;
}

static size_t fold_unicode(const char *s, size_t n, char *out, size_t cap)
{
	ubuf a, b;
	size_t result = FOLD_FAIL;
	UErrorCode err = U_ZERO_ERROR;
	int32_t len = 0, need = 0;
	const UNormalizer2 *nfkd = unorm2_getNFKDInstance(&err);
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
	if (U_FAILURE(err))
		return FOLD_FAIL;
	ubuf_init(&a);
	ubuf_init(&b);

	/* UTF-8 -> UTF-16 in a, invalid bytes as U+FFFD (never more units than bytes) */
	if (ubuf_reserve(&a, (int32_t)n + 1))
		goto done;
	u_strFromUTF8WithSub(a.p, a.cap, &len, s, (int32_t)n, 0xFFFD, NULL, &err);
	if (U_FAILURE(err))
		goto done;
	/* dyad's mappings into b (each unit becomes at most two); before NFKD
	 * too, which would turn the acute accent used as an apostrophe into a mark */
	if (ubuf_reserve(&b, 2 * len + 1))
		goto done;
	len = map_pass(a.p, len, b.p);
	/* compatibility decomposition into a, so accents become separate marks */
	len = normalize_into(nfkd, b.p, len, &a, &err);
	if (U_FAILURE(err))
		goto done;
	/* map again what decomposition produced (ŉ -> ʼN, small em dash -> —), into b */
	if (ubuf_reserve(&b, 2 * len + 1))
		goto done;
	len = map_pass(a.p, len, b.p);
	/* strip diacritics into a (never longer than its input) */
	if (ubuf_reserve(&a, len + 1))
		goto done;
	len = strip_pass(b.p, len, a.p);
	len = upper_into(a.p, len, &b, &err);
	if (U_FAILURE(err))
		goto done;
	/* recompose what is left (Cyrillic Й, Hangul) */
	len = normalize_into(nfc, b.p, len, &a, &err);
	if (U_FAILURE(err))
		goto done;
	/* UTF-16 -> UTF-8 into out, which must also hold the NUL */
	u_strToUTF8(out, cap > INT32_MAX ? INT32_MAX : (int32_t)cap, &need, a.p, len, &err);
	if (U_FAILURE(err) || err == U_STRING_NOT_TERMINATED_WARNING || (size_t)need >= cap)
		goto done;
	result = (size_t)need;
done:
	if (result == FOLD_FAIL && cap)
		out[0] = 0;
	ubuf_free(&a);
	ubuf_free(&b);
	return result;
}

size_t dyad_normalize__fold(const char *s, size_t n, char *out, size_t cap)
{
	if (cap)
		out[0] = 0;
	if (n > DYAD_FOLD_MAX_INPUT)
		return FOLD_FAIL;
	/* Fast path: ASCII, and code points that fold to ASCII on their own
	 * (Zürich, Russia’s); the first other one sends the token to ICU. */
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, o = 0;
	/* ASCII (dictionary words, mostly) when it fits, without a room test
	 * a byte: eight bytes at a time (a byte 'a'..'z' loses 0x20; no sum
	 * below carries into the next byte, as every byte is under 0x80),
	 * then one at a time */
	if (n < cap) {
		const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
		for (; i + 8 <= n; i += 8) {
			uint64_t x;
			memcpy(&x, s + i, 8);
			if (x & highs)
				break;
			uint64_t lower = (x + (0x80 - 'a') * ones) & ~(x + (0x80 - 'z' - 1) * ones) & highs;
			x -= lower >> 2;
			memcpy(out + i, &x, 8);
		}
		for (; i < n && p[i] < 0x80; i++)
			out[i] = (char)(s[i] - ((unsigned char)(s[i] - 'a') < 26 ? 0x20 : 0));
		o = i;
	}
	while (i < n) {
		if (p[i] < 0x80) {
			char c = s[i++];
			if (o + 1 < cap)
				out[o] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
			o++;
			continue;
		}
		uint32_t cp;
		size_t len = seq_decode(p + i, n - i, &cp);
		const char *r = len ? fast_fold(cp) : NULL;
		if (!r)
			return fold_unicode(s, n, out, cap);
		for (; *r; r++, o++)
			if (o + 1 < cap)
				out[o] = *r;
		i += len;
	}
	if (o >= cap) {
		if (cap)
			out[0] = 0;
		return FOLD_FAIL;
	}
	out[o] = 0;
	return o;
}
