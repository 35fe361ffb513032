/*
 * test_utf8.c - ct_utf8_decode() (text.h) decodes two- and three-byte sequences itself, without
 * utf8proc; it must give what utf8proc_iterate() gives (the code point and length, or U+FFFD
 * and length 1 for an invalid sequence), which this test checks for every lead byte past ASCII,
 * every second and third byte, and every length of text from one byte to four.
 */
#include <utf8proc.h>

#include "harness.h"
#include "text.h"

/* ct_utf8_decode() as utf8proc defines it: the reference. */
static size_t decode_ref(const char *s, size_t n, int32_t *cp)
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

int main(void)
{
    size_t bad = 0, seen = 0, valid = 0;
    for (unsigned b0 = 0x80; b0 < 0x100; b0++)
        for (unsigned b1 = 0; b1 < 0x100; b1++)
            for (unsigned b2 = 0; b2 < 0x100; b2++) {
                /* the fourth byte: a continuation byte, so that four-byte leads decode too */
                char s[4] = {(char)b0, (char)b1, (char)b2, (char)0x80};
                for (size_t n = b2 ? 3 : 1; n <= 4; n++) {
                    int32_t c1, c2;
                    size_t l1 = ct_utf8_decode(s, n, &c1), l2 = decode_ref(s, n, &c2);
                    if ((l1 != l2 || c1 != c2) && !bad++)
                        fprintf(stderr, "%02x %02x %02x (%zu bytes): %zu U+%04X, want %zu U+%04X\n",
                                b0, b1, b2, n, l1, (unsigned)c1, l2, (unsigned)c2);
                    seen++;
                    valid += l2 > 1;
                }
            }
    CHECK(bad == 0, "%zu of %zu sequences decode otherwise than utf8proc_iterate()", bad, seen);
    CHECK(valid > 1000000, "%zu valid sequences", valid);
    /* the usual ones, by hand: é, 한, U+FFFD for a lone continuation byte and a surrogate */
    int32_t cp;
    CHECK(ct_utf8_decode("\xc3\xa9", 2, &cp) == 2 && cp == 0xE9, "e acute");
    CHECK(ct_utf8_decode("\xed\x95\x9c", 3, &cp) == 3 && cp == 0xD55C, "Hangul syllable");
    CHECK(ct_utf8_decode("\x80", 1, &cp) == 1 && cp == 0xFFFD, "lone continuation byte");
    CHECK(ct_utf8_decode("\xed\xa0\x80", 3, &cp) == 1 && cp == 0xFFFD, "surrogate");
    CHECK(ct_utf8_decode("\xe0\x80\x80", 3, &cp) == 1 && cp == 0xFFFD, "overlong");
    return harness_done("utf8");
}
