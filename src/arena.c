/*
 * arena.c - bump allocator in linked blocks, arena vectors, and the capped ct_buf.
 */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ALIGN 16

typedef struct block {
    struct block *next; /* older block */
    size_t size;        /* usable bytes after the header */
    size_t used;        /* bytes handed out */
    _Alignas(ALIGN) unsigned char mem[];
} block;

struct ct_arena {
    block *head;       /* newest block, where allocation happens */
    size_t block_size; /* default size of a new block */
};

static block *block_new(size_t size)
{
    block *b = malloc(sizeof(block) + size);
    if (!b) return NULL;
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

ct_arena *ct_arena_new(size_t block_size)
{
    ct_arena *a = malloc(sizeof *a);
    if (!a) return NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->head = block_new(a->block_size);
    if (!a->head) {
        free(a);
        return NULL;
    }
    return a;
}

void ct_arena_free(ct_arena *a)
{
    if (!a) return;
    for (block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(a);
}

void ct_arena_reset(ct_arena *a)
{
    block *b = a->head;
    while (b->next) {
        block *next = b->next;
        free(b);
        b = next;
    }
    a->head = b;
    b->used = 0;
}

/* ct_arena_alloc_raw(), inline for the allocators of this file, which then make no call. */
static inline void *bump(ct_arena *a, size_t n)
{
    if (n > SIZE_MAX / 4) return NULL; /* would overflow the rounding and the block header */
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (n == 0) n = ALIGN;
    block *b = a->head;
    if (b->size - b->used < n) {
        size_t size = n > a->block_size ? n : a->block_size;
        block *nb = block_new(size);
        if (!nb) return NULL;
        /* Keep the first (reusable) block at the tail: new blocks go in front. */
        nb->next = a->head;
        a->head = nb;
        b = nb;
    }
    void *p = b->mem + b->used;
    b->used += n;
    return p;
}

void *ct_arena_alloc_raw(ct_arena *a, size_t n)
{
    return bump(a, n);
}

void *ct_arena_alloc(ct_arena *a, size_t n)
{
    void *p = bump(a, n);
    if (p) memset(p, 0, n ? (n + ALIGN - 1) & ~(size_t)(ALIGN - 1) : ALIGN); /* as allotted */
    return p;
}

char *ct_arena_strndup(ct_arena *a, const char *s, size_t n)
{
    char *p = bump(a, n + 1); /* filled whole below */
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *ct_arena_printf(ct_arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = n >= 0 ? ct_arena_alloc_raw(a, (size_t)n + 1) : NULL; /* vsnprintf fills it */
    if (p) vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

void ct_vec_init(ct_vec *v, size_t item_size)
{
    v->items = NULL;
    v->n = v->cap = 0;
    v->size = item_size;
}

int ct_vec_grow(ct_arena *a, ct_vec *v)
{
    if (v->n < v->cap) return 0;
    size_t cap = v->cap ? v->cap * 2 : 16;
    void *items = bump(a, cap * v->size); /* items past n: zeroed when pushed */
    if (!items) return -1;
    if (v->n) memcpy(items, v->items, v->n * v->size);
    v->items = items;
    v->cap = cap;
    return 0;
}

void ct_buf_init(ct_buf *b, size_t max)
{
    memset(b, 0, sizeof *b);
    b->max = max;
}

void ct_buf_free(ct_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

void ct_buf_clear(ct_buf *b)
{
    b->len = 0;
    b->overflow = 0;
    if (b->data) b->data[0] = '\0';
}

int ct_buf_grow(ct_buf *b, size_t n)
{
    if (b->len + n > b->max) {
        b->overflow = 1;
        return -1;
    }
    if (b->len + n + 1 <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->overflow = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int ct_buf_append(ct_buf *b, const char *s, size_t n)
{
    if (ct_buf_grow(b, n) < 0) return -1;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int ct_buf_puts(ct_buf *b, const char *s)
{
    return ct_buf_append(b, s, strlen(s));
}

int ct_buf_vprintf(ct_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    if (n < 0 || ct_buf_grow(b, (size_t)n) < 0) {
        va_end(ap2);
        return -1;
    }
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
    return 0;
}

int ct_buf_printf(ct_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = ct_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when it is not valid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    uint32_t cp;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, cp = c & 0x07;
    else
        return 0;
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

int ct_buf_putu(ct_buf *b, size_t v)
{
    size_t n = 1; /* digits: 2^64 has 20 */
    for (size_t t = v; t >= 10; t /= 10)
        n++;
    if (ct_buf_reserve(b, n) < 0) return -1;
    char *d = b->data + b->len + n;
    b->len += n;
    *d = '\0';
    do {
        *--d = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return 0;
}

/* Writes byte c (a control character, the quote or the backslash) escaped at d; returns the
 * end. */
static char *json_escape(char *d, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    *d++ = '\\';
    switch (c) {
    case '"':
    case '\\':
        *d++ = (char)c;
        break;
    case '\n':
        *d++ = 'n';
        break;
    case '\t':
        *d++ = 't';
        break;
    case '\r':
        *d++ = 'r';
        break;
    default: /* as printf's "\\u%04x" */
        memcpy(d, "u00", 3);
        d[3] = hex[c >> 4];
        d[4] = hex[c & 15];
        d += 5;
    }
    return d;
}

/* Writes p[0..n) escaped for a JSON string at d, without the quotes, and returns its end.
 * Printable ASCII other than the quote and the backslash, and valid UTF-8 sequences, stand for
 * themselves; an invalid byte becomes U+FFFD. d has room for six bytes a byte. */
static char *json_put(char *d, const unsigned char *p, size_t n)
{
    const unsigned char *end = p + n;
    while (p < end) {
        uint64_t w;
        if (end - p >= 16 && ct_buf_json_plain16(p)) {
            memcpy(d, p, 16);
            d += 16;
            p += 16;
            continue;
        }
        if (end - p >= 8) {
            memcpy(&w, p, 8);
            if (ct_buf_json_plain8(w)) {
                memcpy(d, &w, 8);
                d += 8;
                p += 8;
                continue;
            }
        } else if (n >= 8 && (memcpy(&w, end - 8, 8), ct_buf_json_plain8(w))) {
            /* The last eight bytes are plain, so the few left are, and so are those before them
             * back to end - 8, which were therefore written as they are, just before d: the
             * eight are written again from there, ending the string. */
            size_t left = (size_t)(end - p);
            memcpy(d - (8 - left), &w, 8);
            d += left;
            break;
        }
        size_t k;
        if (ct_buf_json_plain(*p)) {
            *d++ = (char)*p++;
        } else if (*p < 0x80) {
            d = json_escape(d, *p++);
        } else if ((k = utf8_seq(p, (size_t)(end - p)))) {
            memcpy(d, p, k);
            d += k;
            p += k;
        } else {
            memcpy(d, "\xEF\xBF\xBD", 3);
            d += 3;
            p++;
        }
    }
    return d;
}

/* Bytes of text escaped at a time near the cap (six bytes a byte at most). */
#define JSON_PIECE 512

/* Length of the first piece of p[0..n) to escape on its own: all of it up to JSON_PIECE bytes,
 * else JSON_PIECE bytes or up to three fewer. A valid UTF-8 sequence is a lead byte and at most
 * three continuation bytes (10xxxxxx), so cut before the last byte of the four ending at
 * p[JSON_PIECE] that continues nothing, or, when all four continue, at JSON_PIECE, where no lead
 * is near enough to reach across: no valid sequence is cut, and json_put() writes the pieces as
 * it writes the whole (an invalid byte becomes U+FFFD on its own either way). */
static size_t json_piece(const unsigned char *p, size_t n)
{
    if (n <= JSON_PIECE) return n;
    for (size_t k = JSON_PIECE; k > JSON_PIECE - 4; k--)
        if ((p[k] & 0xC0) != 0x80) return k;
    return JSON_PIECE;
}

/* ct_buf_json_str() near the cap, where room for six bytes a byte is lacking: each piece is
 * written as a JSON string of its own in a small buffer (by ct_buf_json_str(), in one pass
 * there: json_put() has that one caller, inlined) and appended without its quotes. The cap
 * may refuse a piece: the buffer is then left as it was. A few kilobytes, where writing the
 * whole aside would take 6n bytes. */
static int json_str_pieces(ct_buf *b, const unsigned char *p, size_t n)
{
    const unsigned char *end = p + n;
    size_t start = b->len;
    ct_buf piece;
    ct_buf_init(&piece, 6 * JSON_PIECE + 2);
    int rc = ct_buf_putc(b, '"');
    while (rc == 0 && p < end) {
        size_t k = json_piece(p, (size_t)(end - p));
        ct_buf_clear(&piece);
        if (ct_buf_json_str(&piece, (const char *)p, k) < 0)
            rc = -1, b->overflow = 1;
        else
            rc = ct_buf_append(b, piece.data + 1, piece.len - 2);
        p += k;
    }
    if (rc == 0) rc = ct_buf_putc(b, '"');
    if (rc < 0 && b->data) {
        b->len = start;
        b->data[start] = '\0';
    }
    ct_buf_free(&piece);
    return rc;
}

int ct_buf_json_str(ct_buf *b, const char *s, size_t n)
{
    /* No byte writes more than six ("\u001f"): with room for six a byte and the quotes under
     * the cap, the string is written straight into the buffer in one pass; else in pieces. */
    size_t room = b->max - b->len;
    if (n + 2 > room) { /* (a byte writes one or more) */
        b->overflow = 1;
        return -1;
    }
    if (n > (room - 2) / 6) return json_str_pieces(b, (const unsigned char *)s, n);
    if (ct_buf_reserve(b, 6 * n + 2) < 0) return -1;
    char *d = b->data + b->len;
    *d++ = '"';
    d = json_put(d, (const unsigned char *)s, n);
    *d++ = '"';
    b->len = (size_t)(d - b->data);
    b->data[b->len] = '\0';
    return 0;
}
