/*
 * test_utf8.c - ct_utf8_decode() (text.h) decodes two- and three-byte sequences itself, without
 * utf8proc; it must give what utf8proc_iterate() gives (the code point and length, or U+FFFD
 * and length 1 for an invalid sequence), which this test checks for every lead byte past ASCII,
 * every second and third byte, and every length of text from one byte to four.
 */
#include <utf8proc.h>

#include "harness.h"
#include "text.h"

int main(void)
{
    size_t bad = 0, seen = 0, valid = 0;
    for (unsigned b0 = 0x80; b0 < 0x100; b0++)
        for (unsigned b1 = 0; b1 < 0x100; b1++)
            for (unsigned b2 = 0; b2 < 0x100; b2++) {
                /* the fourth byte: a continuation byte, so that four-byte leads decode too */
                char s[4] = {(char)b0, (char)b1, (char)b2, (char)0x80};
                for (size_t n = b2 ? 3 : 1; n <= 4; n++) {
                    int32_t cp;
                    size_t len = ct_utf8_decode(s, n, &cp);
                    /* utf8proc's answer: a length and a code point, or <= 0 for U+FFFD, 1 byte */
                    utf8proc_int32_t want;
                    utf8proc_ssize_t wlen =
                        utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &want);
                    int same =
                        wlen > 0 ? len == (size_t)wlen && cp == want : len == 1 && cp == 0xFFFD;
                    if (!same && !bad++)
                        fprintf(stderr, "%02x %02x %02x (%zu bytes): %zu U+%04X, utf8proc %zd\n",
                                b0, b1, b2, n, len, (unsigned)cp, (ssize_t)wlen);
                    seen++;
                    valid += wlen > 1;
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
