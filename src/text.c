/*
 * text.c - UTF-8 primitives and key normalization over utf8proc.
 *
 * ASCII takes a fast path (no utf8proc call): keys of English text are built from runs of bytes
 * lowered by one table (ASCII_KEEP). Two- and three-byte UTF-8 is decoded inline, Hangul
 * syllables are decomposed by Unicode's arithmetic and three-byte results encoded inline, each as
 * utf8proc does it (tests/test_utf8.c, tests/test_text.c compare them); other characters go to
 * utf8proc.
 */
#include "text.h"

#include <string.h>
#include <utf8proc.h>

size_t ct_utf8_decode_rest(const char *s, size_t n, int32_t *cp)
{
    utf8proc_int32_t v;
    utf8proc_ssize_t len =
        utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)(n > 4 ? 4 : n), &v);
    if (len <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return (size_t)len;
}

size_t ct_utf8_check(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            /* eight ASCII bytes at a time: a word with no high bit set holds no sequence */
            uint64_t w;
            while (n - i >= 8 && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ull)))
                i += 8;
            continue;
        }
        int32_t cp;
        size_t len = ct_utf8_decode(s + i, n - i, &cp);
        if (len == 1) return i; /* (a byte past ASCII alone is never a character) */
        i += len;
    }
    return n;
}

/* A precomposed Hangul syllable (U+AC00..U+D7A3): no separator, no case, no mark; its key is
 * its two or three conjoining jamo (Unicode's Hangul decomposition, which utf8proc applies to
 * it under the key's options), computed here without a call. Korean page text is most of the
 * non-Latin text keys are made of. */
static inline int hangul_syllable(int32_t cp)
{
    return cp >= 0xAC00 && cp <= 0xD7A3;
}

int ct_cp_is_alpha_rest(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int ct_cp_is_upper_rest(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int ct_cp_is_space_rest(int32_t cp)
{
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

uint64_t ct_mem_hash(const char *s, size_t n)
{
    const uint64_t k = 0x9E3779B97F4A7C15ull;
    uint64_t h = CT_FNV64_SEED ^ n * k, x = 0;
    for (; n > 8; s += 8, n -= 8) {
        memcpy(&x, s, 8);
        h = (h ^ x) * k;
        h ^= h >> 31;
    }
    if (n >= 4) { /* bytes [0, 4) and [n - 4, n): all of them */
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        x = (uint64_t)a << 32 | b;
    } else if (n) { /* bytes 0, n / 2 and n - 1: all of them */
        x = (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[n / 2] << 8 |
            (unsigned char)s[n - 1];
    }
    h = (h ^ x) * k;
    h = (h ^ h >> 30) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ h >> 27) * 0x94D049BB133111EBull;
    return h ^ h >> 31;
}

int ct_cp_is_mark_rest(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

/* The jamo of the Hangul syllable cp into dec, by Unicode's arithmetic, as utf8proc gives them:
 * returns how many (2, or 3 with a trailing consonant). */
static inline int hangul_jamo(int32_t cp, int32_t dec[3])
{
    int32_t si = cp - 0xAC00;
    dec[0] = 0x1100 + si / 588;      /* leading consonant */
    dec[1] = 0x1161 + si % 588 / 28; /* vowel */
    dec[2] = 0x11A7 + si % 28;       /* trailing consonant, when there is one */
    return si % 28 ? 3 : 2;
}

/* The key byte of a byte c that is ASCII and no separator (ct_key_sep_ascii()): c lowered; else 0
 * (a separator, NUL, or a byte of a longer sequence). A constant expression, for ASCII_KEEP, so it
 * spells out ct_key_sep_ascii()'s bytes again (tests/test_tok_keys.c fails when the two disagree);
 * the cast only tells clang that the arm not taken for c >= 0x80 ("c + 32") never reaches the
 * table. */
#define KEEP(c)                                                                                    \
    (unsigned char)((c) == 0 || (c) >= 0x80 || (c) == ' ' || ((c) >= '\t' && (c) <= '\r') ||       \
                            (c) == '-' || (c) == '.' || (c) == '\'' || (c) == '_'                  \
                        ? 0                                                                        \
                    : (c) >= 'A' && (c) <= 'Z' ? (c) + 32                                          \
                                               : (c))
#define KEEP4(c) KEEP(c), KEEP((c) + 1), KEEP((c) + 2), KEEP((c) + 3)
#define KEEP16(c) KEEP4(c), KEEP4((c) + 4), KEEP4((c) + 8), KEEP4((c) + 12)
#define KEEP64(c) KEEP16(c), KEEP16((c) + 16), KEEP16((c) + 32), KEEP16((c) + 48)
/* KEEP() of every byte: one load tells a run of key bytes from its end, and lowers it. */
static const unsigned char ASCII_KEEP[256] = {KEEP64(0), KEEP64(64), KEEP64(128), KEEP64(192)};

int ct_key_append(ct_buf *out, const char *s, size_t n)
{
    int pending = 0;
    return ct_key_append_from(out, out->len, &pending, s, n);
}

int ct_key_append_from(ct_buf *out, size_t start, int *pending, const char *s, size_t n)
{
    int pending_space = *pending;
    size_t i = 0;
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) { /* fast path: ASCII bytes, no decoding */
            unsigned char k = ASCII_KEEP[b];
            if (!k && b) { /* a separator */
                i++;
                pending_space = out->len > start;
                continue;
            }
            /* the bytes len may reach without a call: ct_buf_putc()'s own test */
            size_t len = out->len;
            size_t lim = out->cap ? (out->max < out->cap - 1 ? out->max : out->cap - 1) : 0;
            if (!k || len + (size_t)pending_space + 1 > lim) {
                /* a NUL byte, or no room: one byte the slow way (the buffer may grow) */
                i++;
                if (pending_space) {
                    if (ct_buf_putc(out, ' ') < 0) return -1;
                    pending_space = 0;
                }
                if (ct_buf_putc(out, (char)(k ? k : b)) < 0) return -1;
                continue;
            }
            /* the space pending and a run of ASCII non-separators, as ct_buf_putc() would take
             * each, while there is room */
            char *o = out->data;
            if (pending_space) o[len++] = ' ';
            pending_space = 0;
            size_t stop = n - i < lim - len ? n : i + (lim - len);
            size_t from = i; /* (one index for both: byte i goes to o[len + i - from]) */
            char *d = o + len;
            for (; i < stop && (k = ASCII_KEEP[(unsigned char)s[i]]) != 0; i++)
                d[i - from] = (char)k;
            len += i - from;
            out->len = len;
            o[len] = '\0';
            continue;
        }
        int32_t cp;
        size_t len = ct_utf8_decode(s + i, n - i, &cp);
        i += len;
        if (!hangul_syllable(cp) && ct_cp_key_sep(cp)) {
            pending_space = out->len > start;
            continue;
        }
        if (pending_space) {
            if (ct_buf_putc(out, ' ') < 0) return -1;
            pending_space = 0;
        }
        if (cp < 0x80) {
            char c = (char)cp;
            if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            if (ct_buf_putc(out, c) < 0) return -1;
            continue;
        }
        utf8proc_int32_t dec[8];
        utf8proc_ssize_t nd;
        if (hangul_syllable(cp)) {
            nd = hangul_jamo(cp, dec);
        } else {
            nd = utf8proc_decompose_char(cp, dec, 8,
                                         UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                             UTF8PROC_DECOMPOSE,
                                         NULL);
        }
        if (nd < 0 || nd > 8) {
            dec[0] = cp;
            nd = 1;
        }
        for (utf8proc_ssize_t k = 0; k < nd; k++) {
            utf8proc_uint8_t enc[4] = {0};
            size_t el;
            int32_t d = dec[k];
            if (d >= 0x800 && d < 0xD800) { /* three bytes, as utf8proc_encode_char() writes
                                             * them (Hangul jamo among them), without a call */
                enc[0] = (utf8proc_uint8_t)(0xE0 | d >> 12);
                enc[1] = (utf8proc_uint8_t)(0x80 | (d >> 6 & 0x3F));
                enc[2] = (utf8proc_uint8_t)(0x80 | (d & 0x3F));
                el = 3;
            } else {
                el = (size_t)utf8proc_encode_char(d, enc);
            }
            if (out->len + el <= out->max && out->len + 4 + 1 <= out->cap) {
                /* room for four bytes: all four copied (a fixed size, no call), the NUL after
                 * the el that count */
                memcpy(out->data + out->len, enc, 4);
                out->len += el;
                out->data[out->len] = '\0';
            } else if (ct_buf_append(out, (const char *)enc, el) < 0) {
                return -1;
            }
        }
    }
    *pending = pending_space;
    return 0;
}

size_t ct_key(char *dst, size_t cap, const char *s, size_t n)
{
    uintptr_t d0 = (uintptr_t)dst, s0 = (uintptr_t)s;
    if (cap > 0 && cap <= 1024 && (d0 + cap <= s0 || s0 + n <= d0)) {
        /* Fast path: build the key in dst itself. A key that fits in cap-1 bytes is the whole
         * key, as below; one that does not is rebuilt below so that truncation stays the same. */
        ct_buf d = {dst, 0, cap, cap - 1, 0};
        /* A refused append leaves what came before, the key's first bytes: when they fill
         * dst, they are the truncated key, as below. */
        if (ct_key_append(&d, s, n) == 0 || d.len == cap - 1) {
            dst[d.len] = '\0';
            return d.len;
        }
    }
    char tmp[1024];
    if (cap == 0) return 0;
    /* A stack buffer: ct_buf never reallocates while len stays below cap, and max < cap.
     * Only the first cap-1 bytes are kept, so folding stops once the key holds cap+2 bytes: a
     * refused unit is at most 4 bytes, so at least cap-1 are there, the same bytes as the
     * whole key's (whose length this limit never changes when it fits in 1023 bytes). */
    size_t max = cap + 2 < sizeof tmp - 1 ? cap + 2 : sizeof tmp - 1;
    ct_buf b = {tmp, 0, sizeof tmp, max, 0};
    ct_key_append(&b, s, n);
    size_t len = b.len < cap ? b.len : cap - 1;
    memcpy(dst, tmp, len);
    dst[len] = '\0';
    return len;
}

char *ct_span_text(ct_arena *a, const char *text, uint32_t off, uint32_t end)
{
    char *out = ct_arena_alloc_raw(a, end - off + 1); /* filled up to its NUL */
    if (!out) return NULL;
    size_t o = 0;
    int sp = 0;
    for (uint32_t k = off; k < end; k++) {
        char ch = text[k];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
            sp = 1;
            continue;
        }
        if (sp && o) out[o++] = ' ';
        sp = 0;
        out[o++] = ch;
    }
    out[o] = '\0';
    return out;
}
