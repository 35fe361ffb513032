/* fuzz_dates.c - libFuzzer harness: the date scanner ct_date_scan (dates.h) at every word start
 * of the input, under three anchors (a full date, a year alone, nothing), and the ISO parser. */
#include "dates.h"
#include "fuzz_common.h"

static int word_byte(unsigned char c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ct_lexicons *lex = fuzz_ctx(NULL)->lex;
    /* a private copy without a terminator, so reads past the end are caught */
    char *buf = malloc(size ? size : 1);
    if (!buf) return 0;
    memcpy(buf, data, size);
    const char *end = buf + size;
    ct_date_anchor anchors[] = {{{2022, 7, 5}, CT_TENSE_PAST, 0, lex},
                                {{2003, 0, 0}, CT_TENSE_FUTURE, 1999, lex},
                                {{0, 0, 0}, CT_TENSE_UNKNOWN, 0, lex}};
    for (size_t a = 0; a < sizeof anchors / sizeof *anchors; a++) {
        for (const char *p = buf; p < end;) {
            const char *q = p;
            ct_date_expr e;
            if (ct_date_scan(&q, end, &anchors[a], &e) == 0) {
                if (q <= p || q > end) abort(); /* success moves forward, within bounds */
                char out[64];
                ct_when_format(&e.value, out, sizeof out);
                p = q;
            } else {
                if (q != p) abort(); /* failure leaves the cursor alone */
                p++;
            }
            while (p < end && word_byte((unsigned char)p[-1]) && word_byte((unsigned char)*p))
                p++;
        }
    }
    ct_ymd y;
    ct_ymd_parse(buf, size, &y);
    free(buf);
    return 0;
}
