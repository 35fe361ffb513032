/*
 * text.h - UTF-8 primitives and the one key normalization every lookup shares.
 *
 * A "key" is the form under which names are stored and looked up (gazetteer, lexicons, name
 * matching): Unicode case-folded, diacritics stripped (utf8proc NFKD + STRIPMARK + CASEFOLD),
 * every run of white space, hyphens, dashes, dots, apostrophes and underscores folded to one
 * space, leading and trailing space dropped. "Saint-Petersburg", "saint petersburg" and "SAINT
 * PETERSBURG" share a key; so do "Müller" and "Muller". Keys are ASCII whenever the input is Latin.
 */
#ifndef CT_TEXT_H
#define CT_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"

/* ct_utf8_decode() of what it does not decode itself: four bytes, and lead bytes of none. */
size_t ct_utf8_decode_rest(const char *s, size_t n, int32_t *cp);

/* Decodes the code point at s[0..n); returns its byte length (>= 1). Invalid bytes decode as
 * U+FFFD with length 1. Inline: the tokenizer, the key folders and the boilerplate classifier ask
 * it of every character past ASCII, and most are of two or three bytes. */
static inline size_t ct_utf8_decode(const char *s, size_t n, int32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    /* Two and three bytes (all of Latin, Hangul, Kana, Han) without a call, checked as
     * utf8proc_iterate() checks them: a lead byte of C2..EF, continuation bytes 80..BF, no
     * overlong form, no surrogate (tests/test_utf8.c compares every such sequence) */
    if (c >= 0xC2 && c < 0xE0) {
        if (n >= 2 && (u[1] & 0xC0) == 0x80) {
            *cp = (int32_t)(c & 0x1F) << 6 | (u[1] & 0x3F);
            return 2;
        }
        *cp = 0xFFFD;
        return 1;
    }
    if (c >= 0xE0 && c < 0xF0) {
        if (n >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
            int32_t v = (int32_t)(c & 0x0F) << 12 | (int32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
            if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
                *cp = v;
                return 3;
            }
        }
        *cp = 0xFFFD;
        return 1;
    }
    return ct_utf8_decode_rest(s, n, cp);
}
/* Returns the byte offset of the first invalid UTF-8 byte, or n when s[0..n) is valid. */
size_t ct_utf8_check(const char *s, size_t n);

/* What utf8proc's category of cp says (text.c), for the tests below past what they answer
 * themselves: a letter (Lu, Ll, Lt, Lm, Lo), an uppercase or titlecase letter, a space
 * separator (Zs), a combining mark (Mn, Mc, Me). */
int ct_cp_is_alpha_rest(int32_t cp);
int ct_cp_is_upper_rest(int32_t cp);
int ct_cp_is_space_rest(int32_t cp);
int ct_cp_is_mark_rest(int32_t cp);

/* Character classes, inline: the tokenizer, the key folders and the boilerplate classifier ask
 * them of every character past ASCII. The letters of Latin-1 (the ordinals, the micro sign, and
 * U+00C0..U+00FF but for the signs of multiplication and division) and the Hangul syllables
 * (U+AC00..U+D7A3), letters of the same case in every Unicode version (the ordinals' category
 * went from Ll to Lo in 6.1), are answered without asking utf8proc (tests/test_text.c compares
 * every code point with it). */

/* A letter of any script. */
static inline int ct_cp_is_alpha(int32_t cp)
{
    if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    if (cp <= 0xFF)
        return cp >= 0xC0 ? cp != 0xD7 && cp != 0xF7 : cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp >= 0xAC00 && cp <= 0xD7A3) return 1;
    return ct_cp_is_alpha_rest(cp);
}

/* An uppercase or titlecase letter. */
static inline int ct_cp_is_upper(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    if (cp <= 0xFF) return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
    if (cp >= 0xAC00 && cp <= 0xD7A3) return 0;
    return ct_cp_is_upper_rest(cp);
}

/* White space, including NBSP, the ideographic space, the byte order mark and the zero-width
 * space. Past U+00A0, every space separator (Zs) of every Unicode version lies in U+1680..U+3000
 * (U+1680, U+180E until 6.3, U+2000..U+200B, U+202F, U+205F, U+3000): letters of most scripts
 * (Latin, Cyrillic, Hangul) are answered without asking utf8proc. */
static inline int ct_cp_is_space(int32_t cp)
{
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    if (cp == 0xA0 || cp == 0x3000 || cp == 0xFEFF || cp == 0x200B) return 1;
    if (cp < 0x1680 || cp > 0x3000) return 0;
    return ct_cp_is_space_rest(cp);
}

/* A combining mark (Mn, Mc, Me): what the key folding strips (UTF8PROC_STRIPMARK), so a word
 * goes on across one as the key does. The block of Latin accents (U+0300..U+036F) is answered
 * without asking utf8proc; no mark lies below it. */
static inline int ct_cp_is_mark(int32_t cp)
{
    if (cp < 0x300) return 0;
    if (cp <= 0x36F) return 1;
    return ct_cp_is_mark_rest(cp);
}

/* Hangul, Han, Kana. */
static inline int ct_cp_is_cjk(int32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3040 && cp <= 0x30FF) ||
           (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0x3400 && cp <= 0x9FFF) ||
           (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* A character that separates words inside a key (below): it folds to one space. Inline: the key
 * folders ask it of every character past ASCII. */
static inline int ct_cp_key_sep(int32_t cp)
{
    return ct_cp_is_space(cp) || cp == '-' || cp == '.' || cp == '\'' || cp == 0x2019 ||
           cp == 0x2018 || cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014 ||
           cp == '_' || cp == 0x00B7;
}

/* FNV-1a, one byte c at a time into h: the lexicon's, people's, places' and the store's hashes
 * of keys and words are these steps, written once here. Macros, not inline functions: gcc
 * unrolls the hot loops (ct_lex_mark()) worse around a call. */
#define CT_FNV32_SEED 2166136261u
#define CT_FNV32_STEP(h, c) (((h) ^ (unsigned char)(c)) * 16777619u)
#define CT_FNV64_SEED 14695981039346656037ull
#define CT_FNV64_STEP(h, c) (((h) ^ (unsigned char)(c)) * 1099511628211ull)

/* A hash of s[0..n) for a memo's or a filter's slots within this process, whose bits decide only
 * what is looked at or computed again, never an answer (people's name memo and Bloom filters,
 * the store's memory of event pairs): any hash serves, this one taking eight bytes a step and
 * the last one to eight by two loads that may overlap (memcpy(), so at any alignment and never
 * past s[n - 1]). A load takes the bytes in the machine's order, which changes the bits from one
 * machine to another but not the answers; never store it. A strong finish (the splitmix64
 * finalizer), as filters take their bits from all over the hash. */
uint64_t ct_mem_hash(const char *s, size_t n);

/* ASCII 0-9. Inline: the tokenizer and the boilerplate classifier ask for every character. */
static inline int ct_cp_is_digit(int32_t cp)
{
    return cp >= '0' && cp <= '9';
}

/* An ASCII byte that a key folds into a separator: white space, hyphen, dot, apostrophe,
 * underscore (the ASCII part of the separators above). Inline: the key folders ask it of every
 * byte. */
static inline int ct_key_sep_ascii(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '.' || c == '\'' || c == '_';
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

/* An ASCII letter (either case), and an ASCII letter or digit, by their ranges. Inline: the
 * classifiers and the lexicons' filters ask them of most bytes. */
static inline int ct_ascii_letter(unsigned char c)
{
    return (unsigned)((c | 32) - 'a') < 26u;
}

static inline int ct_ascii_alnum(unsigned char c)
{
    return ct_ascii_letter(c) || ct_cp_is_digit(c);
}

/* Bytes of the run of ASCII letters that s[0..n) begins with. Inline: the boilerplate
 * classifier skips words with it. Eight bytes at a time on little-endian GCC and clang, a byte
 * loop elsewhere and for the tail (tests/test_text.c compares both with every byte value at
 * every place of a word): a byte is a letter when, bit 5 set, it lies in 'a'..'z', so adding
 * 0x1F sets its bit 7 from 'a' on and adding 0x05 from '{' on. An ASCII byte carries into no
 * other; a byte past ASCII may carry into the bytes after it, but it is no letter itself, and
 * the run ends at the first byte that is none (the lowest set bit of the mask, the first byte
 * in memory on a little-endian machine). */
static inline size_t ct_ascii_letter_run(const char *s, size_t n)
{
    size_t i = 0;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones;
    for (; n - i >= 8; i += 8) {
        uint64_t x, y;
        memcpy(&x, s + i, 8);
        y = x | 0x20 * ones;
        uint64_t not_letter = (x | ~(y + 0x1F * ones) | (y + 0x05 * ones)) & high;
        if (not_letter) return i + (size_t)__builtin_ctzll(not_letter) / 8;
    }
#endif
    while (i < n && ct_ascii_letter((unsigned char)s[i]))
        i++;
    return i;
}

/* memcmp(a, b, n) == 0, without a call: the lexicon's prefix probes compare a few bytes, and
 * the call would cost more than the bytes. */
static inline int ct_same_bytes(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return 0;
    return 1;
}

/* Bytes that ct_same_padded() may read past n. */
#define CT_SAME_PAD 8

/* memcmp(a, b, n) == 0 for n >= 1, where a and b are each readable to CT_SAME_PAD bytes past n
 * (whatever those bytes hold). Inline: the lexicon's prefix probes compare keys with it. Eight
 * bytes at a time on little-endian GCC and clang, the last word's bytes past n shifted out (the
 * first in memory are the lowest), ct_same_bytes() elsewhere (tests/test_text.c compares both
 * with memcmp at every length to 24 bytes, a difference at every place, the bytes past n
 * unequal). */
static inline int ct_same_padded(const char *a, const char *b, size_t n)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    size_t i = 0;
    uint64_t x, y;
    for (; n - i > 8; i += 8) {
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        if (x != y) return 0;
    }
    memcpy(&x, a + i, 8);
    memcpy(&y, b + i, 8);
    return !((x ^ y) << (64 - 8 * (n - i))); /* (1 to 8 bytes left: those past n shifted out) */
#else
    return ct_same_bytes(a, b, n);
#endif
}

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
