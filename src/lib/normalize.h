/* lib/normalize.h — UTF-8 validation and decoding, word-character classes and
 * the folding that makes a token comparable with dictionary words (upper case,
 * no diacritics, ASCII quotes and dashes, NFKC compatibility forms).
 * Pure functions over caller buffers: no allocation on the ASCII path, no state. */
#ifndef DYAD_LIB_NORMALIZE_H
#define DYAD_LIB_NORMALIZE_H

#include <dyad/error.h>

#include <stddef.h>
#include <stdint.h>

/* Longest input dyad_normalize__fold accepts, in bytes (a token or dictionary
 * word, never a sentence); longer input fails like a too-small cap. */
#define DYAD_FOLD_MAX_INPUT 4096

/* 0 if s[0..n) is valid UTF-8 (shortest form, no surrogates, <= U+10FFFF),
 * else DYAD_EUTF8 with *bad (if non-NULL) set to the offset of the first bad byte. */
int dyad_utf8__validate(const char *s, size_t n, size_t *bad);

/* Decode one code point at s (n bytes available, n >= 1); returns the bytes
 * used (>= 1). Invalid or truncated sequences give *cp = 0xFFFD and 1, so a
 * loop over a whole buffer always advances. n == 0 returns 0. */
size_t dyad_utf8__decode(const char *s, size_t n, uint32_t *cp);

/* Letters, decimal digits, letter numbers and combining marks, in any script. */
int dyad_unicode__is_word_char(uint32_t cp);

/* 1 for an upper- or title-case letter ("Ş", "É", "İ"), 2 for a lower-case
 * one, 0 for anything else. */
int dyad_unicode__case(uint32_t cp);

/* Fold a token for matching: upper case, Latin/Greek diacritics and Arabic
 * harakat stripped (é->E, ü->U, ß->SS, ø->O, ł->L, æ->AE), curly quotes and
 * apostrophes -> ' (double ones -> "), dashes and minus -> -, soft hyphens and
 * zero-width spaces dropped, NFKC compatibility forms (ﬁ->FI, fullwidth->ASCII).
 * Input made of ASCII, Latin-1/Latin Extended-A letters and the quotes and
 * dashes above never touches ICU. Invalid UTF-8 becomes U+FFFD.
 * Writes the result and a terminating NUL into out (at most cap bytes) and
 * returns its length, or (size_t)-1 (the DYAD_ELIMIT case) when cap is too
 * small, n exceeds DYAD_FOLD_MAX_INPUT, or ICU fails; out is then "" if cap > 0. */
size_t dyad_normalize__fold(const char *s, size_t n, char *out, size_t cap);

#endif
