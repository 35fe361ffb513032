/*
 * arena.h - bump allocation for per-article analysis memory, and a capped byte buffer with its
 * JSON string writer.
 *
 * Ownership: everything allocated from a ct_arena lives until ct_arena_reset() or
 * ct_arena_free(); nothing from an arena is ever freed on its own. A ct_buf owns its bytes
 * and grows up to a cap fixed at init: web input is hostile, so no buffer grows without bound.
 */
#ifndef CT_ARENA_H
#define CT_ARENA_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct ct_arena ct_arena;

ct_arena *ct_arena_new(size_t block_size); /* NULL on out of memory */
void ct_arena_free(ct_arena *a);
void ct_arena_reset(ct_arena *a); /* frees all but the first block, keeps it for reuse */

/* Zeroed memory aligned for any type; NULL on out of memory. */
void *ct_arena_alloc(ct_arena *a, size_t n);
/* The same, not zeroed: for an array the caller fills whole before anything reads it. */
void *ct_arena_alloc_raw(ct_arena *a, size_t n);
char *ct_arena_strndup(ct_arena *a, const char *s, size_t n); /* NUL-terminated copy */
char *ct_arena_printf(ct_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Growable array of fixed-size items inside an arena, for collectors of unknown count. */
typedef struct {
    void *items; /* item storage, reallocated in the arena as it grows */
    size_t n;    /* items in use */
    size_t cap;  /* items allocated */
    size_t size; /* bytes per item */
} ct_vec;

void ct_vec_init(ct_vec *v, size_t item_size);
/* Makes room for one more item (v->n < v->cap after it); 0, or -1 on out of memory. The room
 * past v->n is not zeroed: pushes zero or fill each item as they take it. */
int ct_vec_grow(ct_arena *a, ct_vec *v);
/* Appends a zeroed item and returns it; NULL on out of memory. Inline: collectors push
 * hundreds of thousands of items an article run. */
static inline void *ct_vec_push(ct_arena *a, ct_vec *v)
{
    if (v->n == v->cap && ct_vec_grow(a, v) < 0) return NULL;
    void *p = (char *)v->items + v->n * v->size;
    memset(p, 0, v->size);
    v->n++;
    return p;
}
#define CT_VEC_AT(v, T, i) (&((T *)(v)->items)[i])

/* Byte buffer with a hard cap. Appends past the cap fail with -1 and set `overflow`. */
typedef struct {
    char *data;   /* NUL-terminated when len > 0 */
    size_t len;   /* bytes used */
    size_t cap;   /* bytes allocated */
    size_t max;   /* hard limit on len */
    int overflow; /* set once an append was refused */
} ct_buf;

void ct_buf_init(ct_buf *b, size_t max);
void ct_buf_free(ct_buf *b);
void ct_buf_clear(ct_buf *b);
int ct_buf_puts(ct_buf *b, const char *s);
int ct_buf_append(ct_buf *b, const char *s, size_t n);
/* Appends one byte. Inline: the record writer and the key folders put bytes one by one. */
static inline int ct_buf_putc(ct_buf *b, char c)
{
    if (b->len + 1 <= b->max && b->len + 2 <= b->cap) { /* room: no growth, no call */
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return 0;
    }
    return ct_buf_append(b, &c, 1);
}
/* ct_buf_reserve() past its fast check: grows the allocation to hold n more bytes and the NUL;
 * 0, or -1 with `overflow` set when len + n would pass the cap or memory runs out. */
int ct_buf_grow(ct_buf *b, size_t n);
/* Makes room for n more bytes past len (and the NUL after them) without appending anything;
 * 0, or -1 as ct_buf_grow(). A writer that knows a bound on what it appends reserves it once
 * and then stores bytes at data + len without a check each. Inline: the record writer reserves
 * before every field name. */
static inline int ct_buf_reserve(ct_buf *b, size_t n)
{
    if (b->len + n <= b->max && b->len + n + 1 <= b->cap) return 0;
    return ct_buf_grow(b, n);
}
int ct_buf_printf(ct_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int ct_buf_vprintf(ct_buf *b, const char *fmt, va_list ap);
/* 1 when the byte c is printable ASCII other than the quote and the backslash: a byte a JSON
 * string holds as it is. */
static inline int ct_buf_json_plain(unsigned char c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}
/* The bytes of w (eight of a text's, read with memcpy) that ct_buf_json_plain() refuses, as
 * their high bits, 0 when none. The lowest bit set is exact, so that a scan can step to the
 * first such byte (the first in memory where the byte order is little-endian): a byte borrows
 * from the next more significant only when it is below 0x20, the quote or the backslash (x ^ c
 * is then zero), and is marked itself then, and a byte past ASCII, marked by its own high bit,
 * borrows nothing; bytes past the lowest marked may be marked wrongly. Without the bytes past
 * ASCII (m & ~w) it marks the bytes JSON escapes, the lowest exact too. Inline: the JSON reader
 * and writer scan text eight bytes at a time with it. Portable C11, any byte order
 * (tests/test_text.c tries every byte at every place). */
static inline uint64_t ct_buf_json_stops8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull, highs = ones * 0x80;
    uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
    return (w | (w - ones * 0x20) | (q - ones) | (bs - ones)) & highs;
}
/* ct_buf_json_plain() of all eight bytes of w (read from text with memcpy): no stops. */
static inline int ct_buf_json_plain8(uint64_t w)
{
    return !ct_buf_json_stops8(w);
}
/* ct_buf_json_plain() of all sixteen bytes at p, as two eight-byte words: the plain C form of
 * ct_buf_json_plain16(), compiled everywhere so that tests/test_record.c tries it where SSE2
 * takes its place too. */
static inline int ct_buf_json_plain16_words(const unsigned char *p)
{
    uint64_t a, b;
    memcpy(&a, p, 8);
    memcpy(&b, p + 8, 8);
    return ct_buf_json_plain8(a) && ct_buf_json_plain8(b);
}
/* ct_buf_json_plain() of all sixteen bytes at p. Inline, as ct_buf_json_plain8(): SSE2 where
 * the compiler offers it (every x86-64), ct_buf_json_plain16_words() elsewhere
 * (tests/test_record.c tries both with every byte at every place). */
static inline int ct_buf_json_plain16(const unsigned char *p)
{
#if defined(__SSE2__)
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    /* a signed compare: bytes of 0x80 or more are negative, so below 0x20 too */
    __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                            _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return _mm_movemask_epi8(bad) == 0;
#else
    return ct_buf_json_plain16_words(p);
#endif
}
/* Appends v in decimal (as printf's "%zu" writes it). */
int ct_buf_putu(ct_buf *b, size_t v);
/* Appends s[0..n) as a JSON string literal, quotes included. Invalid UTF-8 becomes U+FFFD.
 * 0, or -1 with `overflow` set when the literal would pass the cap or memory runs out, b then
 * as it was. Near the cap the string is escaped in pieces of a few hundred bytes, so that a long
 * one takes no room aside for the whole of it escaped. */
int ct_buf_json_str(ct_buf *b, const char *s, size_t n);

#endif
