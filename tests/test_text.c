/*
 * test_text.c - table tests for the foundation helpers: the arena and arena vectors, the
 * capped ct_buf and its JSON string writer (arena.h), UTF-8 decoding and checking, character
 * classes, the key normalization and ct_ieq (text.h), and the embedded lexicons (lexicon.h).
 */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "analysis.h"
#include "arena.h"
#include "harness.h"
#include "lexicon.h"
#include "pipeline.h"
#include "text.h"

static void test_arena(void)
{
    ct_arena *a = ct_arena_new(64);
    CHECK(a != NULL, "arena");
    if (!a) return;
    /* aligned, zeroed, distinct; large requests get their own block */
    char *prev = NULL;
    for (size_t n = 0; n < 300; n += 7) {
        unsigned char *p = ct_arena_alloc(a, n);
        CHECK(p && ((uintptr_t)p % 16) == 0, "alloc %zu aligned", n);
        int zero = 1;
        for (size_t i = 0; p && i < n; i++)
            zero &= p[i] == 0;
        CHECK(zero, "alloc %zu zeroed", n);
        if (p) memset(p, 0xAB, n);
        CHECK((char *)p != prev, "distinct");
        prev = (char *)p;
    }
    /* raw memory is aligned and distinct too; memory a raw request dirtied comes back zeroed */
    ct_arena_reset(a);
    unsigned char *raw = ct_arena_alloc_raw(a, 40);
    CHECK(raw && ((uintptr_t)raw % 16) == 0, "raw alloc aligned");
    if (raw) memset(raw, 0xCD, 40);
    unsigned char *raw2 = ct_arena_alloc_raw(a, 8);
    CHECK(raw2 && raw2 != raw && ((uintptr_t)raw2 % 16) == 0, "raw alloc distinct");
    ct_arena_reset(a);
    unsigned char *z = ct_arena_alloc(a, 33);
    int zeroed = z != NULL;
    for (size_t i = 0; z && i < 48; i++) /* the whole allotment, padding included */
        zeroed &= z[i] == 0;
    CHECK(zeroed, "alloc after a raw one is zeroed");
    char *big = ct_arena_alloc(a, 1 << 20);
    CHECK(big != NULL, "1 MB from a 64-byte arena");
    CHECK(ct_arena_alloc(a, SIZE_MAX - 3) == NULL, "an impossible size fails, no wrap-around");
    if (big) big[(1 << 20) - 1] = 1;
    CHECK_STR(ct_arena_strndup(a, "Busan City Hall", 5), "Busan");
    CHECK_STR(ct_arena_printf(a, "gn:%d/%s", 1838524, "x"), "gn:1838524/x");
    ct_arena_reset(a);
    unsigned char *p = ct_arena_alloc(a, 32);
    CHECK(p && p[0] == 0 && p[31] == 0, "zeroed after reset");

    ct_vec v;
    ct_vec_init(&v, sizeof(uint32_t));
    for (uint32_t i = 0; i < 1000; i++) {
        uint32_t *x = ct_vec_push(a, &v);
        if (x) *x = i * 3;
    }
    int ok = v.n == 1000;
    for (size_t i = 0; ok && i < v.n; i++)
        ok = *CT_VEC_AT(&v, uint32_t, i) == i * 3;
    CHECK(ok, "vector of 1000 keeps its items in order across growth");
    ct_arena_free(a);
    ct_arena_free(NULL);
}

/* A JSON string near the cap is escaped in pieces: long strings with every kind of escape and
 * of UTF-8 (valid, cut short, invalid, runs of continuation bytes), each at every place across
 * the pieces' bounds, must come out as the one-pass writer (room for six bytes a byte) writes them,
 * with the cap exactly met, and be refused halfway through and one byte short of it, the buffer
 * left as it was. */
static void test_buf_json_near_cap(void)
{
    static const char *const parts[] = {
        "plain text ",
        "\"",
        "\\",
        "\n",
        "\t",
        "\r",
        "\x01",
        "\x1f",
        "\x7f",
        "\xC3\xA9",
        "\xE2\x80\x94",
        "\xF0\x9F\x98\x80",
        "\xFF",
        "\xE2\x80",
        "\xED\xA0\x80",
        "\xC0\xAF",
        "\x80\x80\x80\x80\x80",
        "\xF0\x9F\x98",
        "Seoul-Busan, ",
    };
    enum { N = 4000 };
    static char s[N];
    size_t wrong = 0;
    for (size_t shift = 0; shift < 64; shift++) { /* the parts are 57 bytes around */
        size_t n = shift;
        memset(s, 'a', shift);
        for (size_t i = 0; n + 16 <= N; i = (i + 1) % (sizeof parts / sizeof *parts)) {
            size_t len = strlen(parts[i]);
            memcpy(s + n, parts[i], len);
            n += len;
        }
        ct_buf want, b;
        ct_buf_init(&want, 6 * n + 2);
        CHECK(ct_buf_json_str(&want, s, n) == 0, "json_str in one pass");
        ct_buf_init(&b, 1 + want.len); /* a byte before, and the string to the cap exactly */
        ct_buf_putc(&b, '[');
        wrong += ct_buf_json_str(&b, s, n) != 0 || b.len != 1 + want.len ||
                 memcmp(b.data + 1, want.data, want.len) != 0;
        ct_buf_free(&b);
        /* refused halfway through the pieces (room for the text and quotes unescaped, which
         * the pieces are tried in), or one byte short */
        const size_t caps[] = {(1 + n + 2 + want.len) / 2, want.len};
        for (size_t c = 0; c < 2; c++) {
            ct_buf_init(&b, caps[c]);
            ct_buf_putc(&b, '[');
            wrong += ct_buf_json_str(&b, s, n) != -1 || !b.overflow || b.len != 1 ||
                     strcmp(b.data, "[") != 0;
            ct_buf_free(&b);
        }
        ct_buf_free(&want);
    }
    CHECK(wrong == 0, "json_str near the cap: %zu strings wrong", wrong);
}

/* The least significant byte of a ct_buf_json_stops8() answer that is marked, 8 for none. */
static unsigned lowest_marked(uint64_t m)
{
    unsigned j = 0;
    while (j < 8 && !((m >> (8 * j + 7)) & 1))
        j++;
    return j;
}

/* ct_buf_json_stops8(): a word of plain bytes below one byte of every value at every place, and
 * above it bytes a borrow from it could mark wrongly ('"' + 1, 0x20 after a control), refused
 * ones, or plain ones: the lowest byte marked is that one when ct_buf_json_plain() refuses it,
 * else one above; without the bytes past ASCII, the same for the bytes JSON escapes. The word
 * is put together by significance, which the lowest bit follows in any byte order. */
static void test_buf_json_stops8(void)
{
    static const unsigned char above[] = {'a', '"' + 1, 0x20, 0x00, '\\', 0xff};
    const uint64_t highs = 0x8080808080808080ull;
    size_t wrong = 0, wrong_esc = 0;
    for (unsigned c = 0; c < 256; c++)
        for (unsigned i = 0; i < 8; i++)
            for (size_t k = 0; k < sizeof above; k++) {
                uint64_t w = 0;
                for (unsigned j = 0; j < 8; j++)
                    w |= (uint64_t)(j < i ? 'a' : j == i ? c : above[k]) << (8 * j);
                uint64_t m = ct_buf_json_stops8(w);
                int refused = !ct_buf_json_plain((unsigned char)c);
                int escaped = c < 0x20 || c == '"' || c == '\\';
                wrong += (m & ~highs) != 0;
                wrong += refused ? lowest_marked(m) != i : lowest_marked(m) <= i;
                wrong_esc += escaped ? lowest_marked(m & ~w) != i : lowest_marked(m & ~w) <= i;
            }
    CHECK(wrong == 0, "ct_buf_json_stops8: %zu words misjudged", wrong);
    CHECK(wrong_esc == 0, "ct_buf_json_stops8 & ~w: %zu words misjudged", wrong_esc);
}

static void test_buf(void)
{
    ct_buf b;
    ct_buf_init(&b, 10);
    CHECK(ct_buf_puts(&b, "Seoul") == 0 && b.len == 5, "puts");
    CHECK(ct_buf_printf(&b, "%d", 1234) == 0 && b.len == 9, "printf");
    CHECK(ct_buf_putc(&b, 'x') == 0 && b.len == 10, "to the cap exactly");
    CHECK_STR(b.data, "Seoul1234x");
    CHECK(ct_buf_putc(&b, 'y') == -1 && b.overflow && b.len == 10, "past the cap refused");
    CHECK(ct_buf_printf(&b, "%s", "long") == -1 && b.len == 10, "printf past the cap");
    CHECK_STR(b.data, "Seoul1234x");
    ct_buf_clear(&b);
    CHECK(b.len == 0 && !b.overflow && b.data[0] == '\0', "clear");
    ct_buf_free(&b);
    CHECK(b.data == NULL && b.len == 0, "free");

    /* JSON strings: escapes, control characters, invalid UTF-8 -> U+FFFD; parse back */
    static const struct {
        const char *in;
        size_t n;
        const char *json;    /* exact output */
        const char *decoded; /* what a JSON parser reads back */
    } cases[] = {
        {"plain", 5, "\"plain\"", "plain"},
        {"q\"b\\s/", 6, "\"q\\\"b\\\\s/\"", "q\"b\\s/"},
        {"a\nb\tc\rd\x01\x1f", 9, "\"a\\nb\\tc\\rd\\u0001\\u001f\"", "a\nb\tc\rd\x01\x1f"},
        {"\xEB\xB6\x80\xEC\x82\xB0 \xE2\x80\x94 \xF0\x9F\x98\x80", 15,
         "\"\xEB\xB6\x80\xEC\x82\xB0 \xE2\x80\x94 \xF0\x9F\x98\x80\"",
         "\xEB\xB6\x80\xEC\x82\xB0 \xE2\x80\x94 \xF0\x9F\x98\x80"},
        {"x\xFFy", 3, "\"x\xEF\xBF\xBDy\"", "x\xEF\xBF\xBDy"},
        {"\xC0\xAF", 2, "\"\xEF\xBF\xBD\xEF\xBF\xBD\"", "\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"\xED\xA0\x80", 3, "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"",
         "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"cut\xE2\x80", 5, "\"cut\xEF\xBF\xBD\xEF\xBF\xBD\"", "cut\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"nul\0in", 6, "\"nul\\u0000in\"", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ct_buf_init(&b, 1024);
        CHECK(ct_buf_json_str(&b, cases[i].in, cases[i].n) == 0, "json_str %zu", i);
        CHECK_STR(b.data, cases[i].json);
        json_error_t je;
        json_t *v = json_loadb(b.data, b.len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
        CHECK(json_is_string(v), "json_str %zu parses back: %s", i, v ? "" : je.text);
        if (v && cases[i].decoded) CHECK_STR(json_string_value(v), cases[i].decoded);
        json_decref(v);
        ct_buf_free(&b);
    }
    /* the eight-byte scan: one byte of every value at every place of a word, and a byte
     * that only a borrow from a lower one could hide ('"' + 1, 0x20 after a control) */
    size_t wrong = 0;
    for (unsigned c = 0; c < 256; c++)
        for (size_t i = 0; i < 8; i++) {
            unsigned char w8[8];
            memset(w8, 'a', sizeof w8);
            w8[i] = (unsigned char)c;
            uint64_t w;
            memcpy(&w, w8, 8);
            int plain = c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
            wrong += ct_buf_json_plain((unsigned char)c) != plain;
            wrong += ct_buf_json_plain8(w) != plain;
        }
    CHECK(wrong == 0, "ct_buf_json_plain8: %zu bytes misjudged", wrong);
    CHECK(ct_buf_json_plain8(0x2323232323232323ull) && !ct_buf_json_plain8(0x2023232323232300ull),
          "ct_buf_json_plain8 by whole words");
    ct_buf_init(&b, 1024);
    CHECK(ct_buf_json_str(&b, "0123456789abcdef\"\n0123456789", 28) == 0, "json_str runs");
    CHECK_STR(b.data, "\"0123456789abcdef\\\"\\n0123456789\"");
    ct_buf_clear(&b);
    CHECK(ct_buf_putu(&b, 0) == 0 && ct_buf_putc(&b, ',') == 0 &&
              ct_buf_putu(&b, 18446744073709551615ull) == 0,
          "putu");
    CHECK_STR(b.data, "0,18446744073709551615");
    ct_buf_free(&b);
    /* a JSON string that does not fit fails cleanly */
    ct_buf_init(&b, 4);
    CHECK(ct_buf_json_str(&b, "abcdef", 6) == -1 && b.overflow, "json_str past the cap");
    ct_buf_free(&b);
    test_buf_json_near_cap();
}

static void test_utf8(void)
{
    static const struct {
        const char *s;
        size_t n;
        int32_t cp;
        size_t len;
    } dec[] = {
        {"A", 1, 'A', 1},
        {"\xC3\xBC", 2, 0xFC, 2},
        {"\xEB\xB6\x80", 3, 0xBD80, 3},
        {"\xF0\x9F\x98\x80", 4, 0x1F600, 4},
        {"\xFF", 1, 0xFFFD, 1},
        {"\xC3", 1, 0xFFFD, 1},             /* truncated */
        {"\xE2\x80", 2, 0xFFFD, 1},         /* truncated */
        {"\xC0\xAF", 2, 0xFFFD, 1},         /* overlong */
        {"\xED\xA0\x80", 3, 0xFFFD, 1},     /* surrogate */
        {"\xF4\x90\x80\x80", 4, 0xFFFD, 1}, /* past U+10FFFF */
    };
    for (size_t i = 0; i < sizeof dec / sizeof *dec; i++) {
        int32_t cp = -1;
        size_t len = ct_utf8_decode(dec[i].s, dec[i].n, &cp);
        CHECK(cp == dec[i].cp && len == dec[i].len, "decode %zu: U+%04X len %zu", i, (unsigned)cp,
              len);
    }
    static const struct {
        const char *s;
        size_t n, bad;
    } chk[] = {
        {"Busan", 5, 5},        {"\xEB\xB6\x80\xEC\x82\xB0", 6, 6},
        {"ab\xFF", 3, 2},       {"ab\xEB\xB6", 4, 2},
        {"\xED\xBF\xBF", 3, 0}, {"", 0, 0},
    };
    for (size_t i = 0; i < sizeof chk / sizeof *chk; i++)
        CHECK(ct_utf8_check(chk[i].s, chk[i].n) == chk[i].bad, "check %zu: %zu", i,
              ct_utf8_check(chk[i].s, chk[i].n));

    /* character classes */
    CHECK(ct_cp_is_alpha('a') && ct_cp_is_alpha(0xFC) && ct_cp_is_alpha(0xBD80) &&
              ct_cp_is_alpha(0x4E2D) && !ct_cp_is_alpha('1') && !ct_cp_is_alpha(0x2014) &&
              !ct_cp_is_alpha(0x25B4),
          "alpha");
    CHECK(ct_cp_is_upper('K') && ct_cp_is_upper(0xC9) && !ct_cp_is_upper('k') &&
              !ct_cp_is_upper(0xBD80),
          "upper");
    CHECK(ct_cp_is_digit('7') && !ct_cp_is_digit(0x0667), "digit");
    CHECK(ct_cp_is_space(' ') && ct_cp_is_space('\n') && ct_cp_is_space(0xA0) &&
              ct_cp_is_space(0x3000) && ct_cp_is_space(0x2009) && !ct_cp_is_space('x'),
          "space");
    CHECK(ct_cp_is_cjk(0xBD80) && ct_cp_is_cjk(0x4E2D) && ct_cp_is_cjk(0x30AB) &&
              ct_cp_is_cjk(0x3131) && !ct_cp_is_cjk('a') && !ct_cp_is_cjk(0x0416),
          "cjk");
}

/* ct_ascii_letter_run() against a byte loop: one byte of every value at every place of words
 * of every length up to 17 (two eight-byte steps and a tail), in letters of both cases. */
static void test_letter_run(void)
{
    size_t wrong = 0;
    for (unsigned c = 0; c < 256; c++)
        for (size_t n = 0; n <= 17; n++)
            for (size_t i = 0; i < n; i++) {
                char w[17];
                for (size_t j = 0; j < n; j++)
                    w[j] = (char)(j % 2 ? 'z' - j : 'A' + j);
                w[i] = (char)c;
                size_t want = 0;
                while (want < n &&
                       (((unsigned char)w[want] >= 'a' && (unsigned char)w[want] <= 'z') ||
                        ((unsigned char)w[want] >= 'A' && (unsigned char)w[want] <= 'Z')))
                    want++;
                wrong += ct_ascii_letter_run(w, n) != want;
            }
    CHECK(wrong == 0, "ct_ascii_letter_run: %zu words misjudged", wrong);
    CHECK(ct_ascii_letter_run("abc", 0) == 0, "letter run of nothing");
    CHECK(ct_ascii_letter_run("@AZ[`az{", 8) == 0 && ct_ascii_letter_run("AZaz`", 5) == 4,
          "letter run edges");
}

/* ct_same_padded() and ct_same_bytes() (its fallback where it cannot read eight bytes at a
 * time) against memcmp: every length to 24 bytes (three eight-byte steps), equal or differing at
 * one place in every bit, the CT_SAME_PAD bytes past the end always unequal. */
static void test_same_padded(void)
{
    size_t wrong = 0;
    for (size_t n = 1; n <= 24; n++)
        for (size_t at = 0; at <= n; at++) /* at == n: no difference */
            for (unsigned bit = 0; bit < 8; bit++) {
                char a[24 + CT_SAME_PAD], b[24 + CT_SAME_PAD];
                for (size_t j = 0; j < sizeof a; j++) {
                    a[j] = (char)('a' + j % 26);
                    b[j] = j < n ? a[j] : (char)~a[j];
                }
                if (at < n) b[at] = (char)(b[at] ^ (1 << bit));
                wrong += ct_same_padded(a, b, n) != (memcmp(a, b, n) == 0);
                wrong += ct_same_bytes(a, b, n) != (memcmp(a, b, n) == 0);
            }
    CHECK(wrong == 0, "ct_same_padded, ct_same_bytes: %zu comparisons differ from memcmp", wrong);
}

/* ct_cp_is_space() of every code point: white space of ASCII, NBSP, the ideographic space, the
 * byte order mark, the zero-width space, and utf8proc's space separators (Zs), wherever they lie.
 */
static void test_space_all(void)
{
    size_t wrong = 0;
    for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
        int want = cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xA0 || cp == 0x3000 ||
                   cp == 0xFEFF || cp == 0x200B ||
                   (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS);
        wrong += !ct_cp_is_space(cp) != !want;
    }
    CHECK(wrong == 0, "ct_cp_is_space: %zu code points differ", wrong);
}

/* ct_cp_is_alpha() and ct_cp_is_upper() of every code point: utf8proc's letters (Lu, Ll, Lt, Lm,
 * Lo) and its uppercase and titlecase letters, also where text.c answers without it. */
static void test_letters_all(void)
{
    size_t wrong = 0;
    for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
        utf8proc_category_t c = utf8proc_category(cp);
        int alpha = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
        int upper = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
        wrong += !ct_cp_is_alpha(cp) != !alpha || !ct_cp_is_upper(cp) != !upper;
    }
    CHECK(wrong == 0, "ct_cp_is_alpha, ct_cp_is_upper: %zu code points differ", wrong);
}

/* ct_cp_is_mark() of every code point: utf8proc's combining marks (Mn, Mc, Me), the ones the
 * key folding strips, also where text.h answers without it. */
static void test_marks_all(void)
{
    size_t wrong = 0;
    for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
        utf8proc_category_t c = utf8proc_category(cp);
        int mark =
            c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
        wrong += !ct_cp_is_mark(cp) != !mark;
    }
    CHECK(wrong == 0, "ct_cp_is_mark: %zu code points differ", wrong);
}

/* ct_mem_hash() reads every byte of s[0..n) and none past it (each length up to 40 in a buffer of
 * its own size, so ASan sees a read past the end), and at any alignment alike. */
static void test_mem_hash(void)
{
    size_t same = 0, moved = 0;
    char copy[48];
    for (size_t n = 0; n <= 40; n++) {
        char *s = malloc(n ? n : 1);
        if (!s) continue;
        for (size_t i = 0; i < n; i++)
            s[i] = (char)('a' + (i * 7) % 26);
        uint64_t h = ct_mem_hash(s, n);
        for (size_t i = 0; i < n; i++) { /* a change of any one byte changes the hash */
            s[i] ^= 1;
            same += ct_mem_hash(s, n) == h;
            s[i] ^= 1;
        }
        memcpy(copy + 1, s, n); /* the same bytes at an odd address */
        moved += ct_mem_hash(copy + 1, n) != h;
        free(s);
    }
    CHECK(same == 0, "ct_mem_hash: %zu one-byte changes leave the hash", same);
    CHECK(moved == 0, "ct_mem_hash: %zu lengths hash otherwise at an odd address", moved);
}

/* Every Hangul syllable's key (text.c computes its jamo itself) is utf8proc's decomposition of
 * it under the key's options. */
static void test_key_hangul(void)
{
    size_t wrong = 0;
    for (int32_t cp = 0xAC00; cp <= 0xD7A3; cp++) {
        utf8proc_uint8_t in[4], want[32];
        utf8proc_ssize_t n = utf8proc_encode_char(cp, in), w = 0;
        utf8proc_int32_t dec[8];
        utf8proc_ssize_t nd = utf8proc_decompose_char(
            cp, dec, 8,
            UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE, NULL);
        for (utf8proc_ssize_t k = 0; k < nd; k++)
            w += utf8proc_encode_char(dec[k], want + w);
        char got[32];
        size_t len = ct_key(got, sizeof got, (const char *)in, (size_t)n);
        wrong += len != (size_t)w || memcmp(got, want, len) != 0;
    }
    CHECK(wrong == 0, "hangul keys: %zu syllables differ from utf8proc", wrong);
}

static void test_key(void)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"Saint-Petersburg", "saint petersburg"},
        {"SAINT  PETERSBURG", "saint petersburg"},
        {"  saint petersburg ", "saint petersburg"},
        {"M\xC3\xBCller", "muller"},
        {"S\xC5\x8D\xC5\xAB", "sou"},
        {"Consul-General", "consul general"},
        {"U.S.", "u s"},
        {"Xi'an", "xi an"},
        {"Xi\xE2\x80\x99"
         "an",
         "xi an"},
        {"Jeju\xE2\x80\x94Okinawa", "jeju okinawa"},
        {"Stra\xC3\x9F"
         "e",
         "strasse"},
        {"\xC3\x85lesund", "alesund"},
        {"\xEB\xB6\x80\xEC\x82\xB0", NULL}, /* Hangul: decomposed jamo, not ASCII */
        {"\xEF\xBC\xA1\xEF\xBC\xA2", "ab"}, /* fullwidth -> ASCII */
        {"---", ""},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char k[64];
        size_t n = ct_key(k, sizeof k, cases[i].in, strlen(cases[i].in));
        CHECK(n == strlen(k), "key length %zu", i);
        if (cases[i].want)
            CHECK_STR(k, cases[i].want);
        else
            CHECK(n > 0 && ct_utf8_check(k, n) == n, "key %zu is valid UTF-8", i);
    }
    /* truncation keeps the terminator inside the destination */
    char small[6];
    CHECK(ct_key(small, sizeof small, "Gyeongsangnam", 13) == 5, "truncated key length");
    CHECK_STR(small, "gyeon");
    CHECK(ct_key(small, 0, "Busan", 5) == 0, "a zero-size destination is left alone");
    /* ct_key_append into a capped buffer */
    ct_buf b;
    ct_buf_init(&b, 8);
    CHECK(ct_key_append(&b, "Ulan-Ude", 8) == 0, "append");
    CHECK_STR(b.data, "ulan ude");
    CHECK(ct_key_append(&b, "X", 1) == -1, "append past the cap");
    ct_buf_free(&b);
    /* runs of ASCII letters are copied at once: every cut of the key and a growing buffer give
     * the bytes a byte-at-a-time fold gives (lowercase, separator runs one space) */
    const char *text = "Mayor Anna VELK of Tarnow-on-Lenn met Gov. O'Hara (Upper Lenn), 2024 --"
                       " e-mail: velk@tarnow.example; caf\xC3\xA9 KIM  Do-hyun";
    char want[128];
    size_t wn = 0;
    for (const char *p = text; *p; p++) {
        unsigned char c = (unsigned char)*p;
        int sep = c == ' ' || c == '-' || c == '.' || c == '\'';
        if (sep) {
            if (wn && want[wn - 1] != ' ') want[wn++] = ' ';
            continue;
        }
        if (c == 0xC3) continue; /* the two bytes of e-acute: "e" */
        want[wn++] = c == 0xA9 ? 'e' : (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    while (wn && want[wn - 1] == ' ')
        wn--;
    want[wn] = '\0';
    size_t cut_bad = 0;
    for (size_t cap = 1; cap <= wn + 2; cap++) {
        char k[128];
        size_t n = ct_key(k, cap, text, strlen(text));
        size_t expect = wn < cap - 1 ? wn : cap - 1;
        cut_bad += n != expect || memcmp(k, want, n) != 0 || k[n] != '\0';
    }
    CHECK(cut_bad == 0, "%zu cuts of the key differ", cut_bad);
    ct_buf_init(&b, 1024); /* grows from nothing as the key is appended */
    CHECK(ct_key_append(&b, text, strlen(text)) == 0 && b.len == wn, "growing buffer");
    CHECK_STR(b.data, want);
    ct_buf_free(&b);
    /* a very long input does not overflow the stack buffer */
    char *longs = malloc(5000);
    if (longs) {
        memset(longs, 'A', 5000);
        char k[32];
        CHECK(ct_key(k, sizeof k, longs, 5000) == 31, "long key truncated");
        free(longs);
    }

    static const struct {
        const char *s;
        size_t n;
        const char *lit;
        int want;
    } ieq[] = {
        {"MOU", 3, "mou", 1}, {"Mou", 3, "MOU", 1},  {"MOUs", 3, "mou", 1},
        {"MO", 2, "mou", 0},  {"MOUs", 4, "mou", 0}, {"", 0, "", 1},
    };
    for (size_t i = 0; i < sizeof ieq / sizeof *ieq; i++)
        CHECK(ct_ieq(ieq[i].s, ieq[i].n, ieq[i].lit) == ieq[i].want, "ieq %zu", i);
    /* every pair of bytes against the definition: equal once A-Z are lowered */
    size_t wrong = 0;
    for (unsigned x = 0; x < 256; x++)
        for (unsigned y = 1; y < 256; y++) {
            char s1[2] = {(char)x, 0}, lit[2] = {(char)y, 0};
            unsigned lx = x >= 'A' && x <= 'Z' ? x + 32 : x, ly = y >= 'A' && y <= 'Z' ? y + 32 : y;
            wrong += ct_ieq(s1, 1, lit) != (lx == ly);
        }
    CHECK(wrong == 0, "ieq: %zu byte pairs misjudged", wrong);
}

static void test_lexicon(void)
{
    ct_lexicons *lx = ct_lexicons_load();
    CHECK(lx != NULL, "load");
    if (!lx) return;
    /* the tables the foundation relies on are there and not empty */
    static const char *const names[] = {"abbreviations", "boilerplate", "titles", "demonyms"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        CHECK(ct_lex_count(ct_lex(lx, names[i])) > 0, "lexicon %s", names[i]);
    CHECK(ct_lex(lx, "no_such_table") == NULL, "missing table");
    CHECK(ct_lex_count(NULL) == 0 && ct_lex_get(NULL, "x") == NULL, "NULL table");

    const ct_lexicon *ab = ct_lex(lx, "abbreviations");
    /* lookups go through the key: case, dots and spacing do not matter */
    CHECK(ct_lex_lookup(ab, "Nov", 3) != NULL, "Nov");
    CHECK(ct_lex_lookup(ab, "CORP", 4) != NULL, "CORP");
    CHECK(ct_lex_lookup(ab, "p.m.", 4) != NULL, "p.m.");
    CHECK(ct_lex_lookup(ab, "U.S.", 4) != NULL, "U.S.");
    CHECK(ct_lex_lookup(ab, "Busan", 5) == NULL, "Busan is no abbreviation");
    CHECK_STR(ct_lex_get(ab, "mr"), "");
    const ct_lexicon *bp = ct_lex(lx, "boilerplate");
    CHECK_STR(ct_lex_lookup(bp, "Related  Articles", 17), "footer");
    CHECK_STR(ct_lex_lookup(bp, "GO TO MAIN-CONTENT", 18), "");

    /* iteration sees every entry once, keys normalized, comments dropped */
    size_t n = ct_lex_count(ab), seen_mr = 0, hash = 0;
    for (size_t i = 0; i < n; i++) {
        const char *k, *v;
        ct_lex_entry(ab, i, &k, &v);
        seen_mr += strcmp(k, "mr") == 0;
        hash += k[0] == '#';
        char k2[256];
        ct_key(k2, sizeof k2, k, strlen(k));
        CHECK(strcmp(k, k2) == 0, "entry %zu key \"%s\" is normalized", i, k);
        CHECK(ct_lex_get(ab, k) == v, "entry %zu found by its key", i);
    }
    CHECK(seen_mr == 1 && hash == 0, "iteration: mr %zu, comments %zu", seen_mr, hash);

    /* longest token-sequence match, within a limit, not across a sentence start */
    ct_ctx ctx = {.gaz = NULL, .lex = lx};
    ct_arena *a = ct_arena_new(0);
    const char *text = "Go to Main Content now. Related articles follow.";
    ct_analysis *an = ct_analyze_text(&ctx, a, text, strlen(text), CT_STAGE_SEGMENT);
    CHECK(an != NULL, "segment");
    if (an) {
        const char *v = NULL;
        CHECK(ct_lex_match(bp, an, 0, an->ntoks, &v) == 4 && v && !*v,
              "match \"go to main content\": %zu", ct_lex_match(bp, an, 0, an->ntoks, &v));
        CHECK(ct_lex_match(bp, an, 0, 3, &v) == 0, "limit: no entry within \"Go to Main\"");
        CHECK(ct_lex_match(bp, an, 1, an->ntoks, &v) == 0, "no entry starts at \"to\"");
        /* "now." ends the sentence; "Related articles" starts the next one */
        size_t rel = 0;
        while (rel < an->ntoks && !ct_ieq(ct_tok_text(an, rel), an->toks[rel].len, "Related"))
            rel++;
        v = NULL;
        CHECK(ct_lex_match(bp, an, rel, an->ntoks, &v) == 2 && v && strcmp(v, "footer") == 0,
              "match \"related articles\"");
        CHECK(ct_lex_match(bp, an, an->ntoks, an->ntoks, &v) == 0, "empty range");
    }
    ct_arena_free(a);
    ct_lexicons_free(lx);
    ct_lexicons_free(NULL);
}

int main(void)
{
    test_arena();
    test_buf();
    test_buf_json_stops8();
    test_utf8();
    test_key();
    test_key_hangul();
    test_space_all();
    test_letters_all();
    test_marks_all();
    test_mem_hash();
    test_letter_run();
    test_same_padded();
    test_lexicon();
    return harness_done("text");
}
