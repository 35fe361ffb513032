/*
 * text.h - UTF-8 primitives and the one key normalization every lookup shares.
 *
 * A "key" is the form under which names are stored and looked up (gazetteer, lexicons, name
 * matching): Unicode case-folded, diacritics stripped (utf8proc NFKD + STRIPMARK + CASEFOLD),
 * every run of white space, hyphens, dashes, dots and apostrophes folded to one space, leading
 * and trailing space dropped. "Saint-Petersburg", "saint petersburg" and "SAINT  PETERSBURG"
 * share a key; so do "Müller" and "Muller". Keys are ASCII whenever the input is Latin.
 */
#ifndef CT_TEXT_H
#define CT_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Decodes the code point at s[0..n); returns its byte length (>= 1). Invalid bytes decode as
 * U+FFFD with length 1. */
size_t ct_utf8_decode(const char *s, size_t n, int32_t *cp);
/* Returns the byte offset of the first invalid UTF-8 byte, or n when s[0..n) is valid. */
size_t ct_utf8_check(const char *s, size_t n);

int ct_cp_is_alpha(int32_t cp); /* a letter of any script */
int ct_cp_is_upper(int32_t cp); /* an uppercase or titlecase letter */
int ct_cp_is_space(int32_t cp); /* white space, including NBSP and ideographic space */
int ct_cp_is_cjk(int32_t cp);   /* Hangul, Han, Kana */

/* ASCII 0-9. Inline: the tokenizer and the boilerplate classifier ask for every character. */
static inline int ct_cp_is_digit(int32_t cp)
{
    return cp >= '0' && cp <= '9';
}

/* Appends the key of s[0..n) to out (see above); returns 0 or -1 when out is full. */
int ct_key_append(ct_buf *out, const char *s, size_t n);
/* Streaming form of ct_key_append(): appends the key of the next piece s[0..n) of a text whose
 * key began at out->len == start; *pending (0 at the start) carries a separator seen at the end
 * of one piece over to the next. Pieces split at code point boundaries give, together, the key of
 * their concatenation. Returns 0 or -1 when out is full. */
int ct_key_append_from(ct_buf *out, size_t start, int *pending, const char *s, size_t n);
/* Key of s[0..n) into dst (NUL-terminated, truncated to cap-1); returns its length. */
size_t ct_key(char *dst, size_t cap, const char *s, size_t n);

/* Copies text[off..end) into the arena with every run of white space folded to one space
 * (names and titles quoted from hard-wrapped text). NULL on out of memory. */
char *ct_span_text(ct_arena *a, const char *text, uint32_t off, uint32_t end);

/* ASCII case-insensitive comparison of s[0..n) with the NUL-terminated lit. Inline: the date
 * scanner and the boilerplate classifier call it for every word. */
static inline int ct_ieq(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n && lit[i]; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)lit[i];
        if (a == b) continue;
        /* ASCII case folding changes only bit 5, and only of letters: bytes that differ
         * otherwise, or in bit 5 but are no letters, differ (most calls end here, at once) */
        if ((a ^ b) != 32 || (a | 32) < 'a' || (a | 32) > 'z') return 0;
    }
    return i == n && lit[i] == '\0';
}

#endif
