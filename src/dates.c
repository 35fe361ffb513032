/*
 * dates.c - the publication date of an article, and a normalizer of the date expressions in
 * its sentences (see dates.h for the forms and the anchoring rules).
 *
 * The scanner is a hand-written cursor parser over raw UTF-8 bytes (curl strparse style): each
 * parse_* helper takes a position and returns the position after what it read, or NULL, so
 * alternatives chain without backtracking state. Month, weekday and number words, tense cues
 * and publication labels are data (data/dates_*.tsv); closed-class grammar words ("the",
 * "of", "from", ...) are part of the grammar and live here. Calendar arithmetic uses the
 * proleptic Gregorian day count of H. Hinnant's "chrono-Compatible Low-Level Date Algorithms".
 * In the stage (ct_dates_find) a gate passes over the words no expression can begin with: a
 * word that is no START_LISTS word, and whose token's first-word mark (ct_lex_mark) says it is
 * no number, weekday or month word; the scanner asks the same gate of the word after a lead or
 * a lone "the", and of a word before looking it up in those tables, and the tense-cue lookup
 * is gated on the tense table's mark. The stage searches token by token, only a few words
 * before an anchor, a token every expression holds one of (digits, a weekday or month word, a
 * word of ANCHOR_LISTS): search_tokens(). A found expression's tense cues are read, and it is
 * scanned again with its clause's tense, only when its reading asked for the tense
 * (tense_of()). The records are the same as without them.
 */
#include "dates.h"
#include <pthread.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cityties.h"
#include "lexicon.h"
#include "pipeline.h"
#include "text.h"

/* ---- calendar ---- */

static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)((long)yoe + era * 400 + (*m <= 2));
}

/* ISO weekday, 1 = Monday .. 7 = Sunday, of day number z (0 = 1970-01-01, a Thursday). */
static int weekday_of(long z)
{
    return (int)(((z % 7) + 7 + 3) % 7) + 1;
}

static int month_days(int y, int m)
{
    static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 31;
    if (m == 2 && (y == 0 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))) return 29;
    return n[m - 1];
}

static int full_ymd(const ct_ymd *d)
{
    return d->y > 0 && d->m > 0 && d->d > 0;
}

static ct_ymd mk(int y, int m, int d)
{
    ct_ymd r;
    r.y = (int16_t)y;
    r.m = (int8_t)m;
    r.d = (int8_t)d;
    return r;
}

/* -1, 0, 1 comparing a and b at the precision both know; 0 when not comparable. */
static int ymd_cmp(const ct_ymd *a, const ct_ymd *b)
{
    if (a->y <= 0 || b->y <= 0) return 0;
    if (a->y != b->y) return a->y < b->y ? -1 : 1;
    if (a->m <= 0 || b->m <= 0) return 0;
    if (a->m != b->m) return a->m < b->m ? -1 : 1;
    if (a->d <= 0 || b->d <= 0) return 0;
    return a->d < b->d ? -1 : a->d > b->d;
}

/* ---- output ---- */

/* Writes v (>= 0) in decimal at p, zero-padded to width digits; returns the bytes written.
 * The digits are counted first, so each is written in its place, last first. */
static size_t put_num(char *p, int v, size_t width)
{
    size_t n = 1;
    for (int x = v; x >= 10; x /= 10)
        n++;
    if (n < width) n = width;
    for (size_t i = n; i > 0; v /= 10)
        p[--i] = (char)('0' + v % 10);
    return n;
}

/* A part of a date at t: v zero-padded to width digits, or width X's when v < 0 (unknown). */
static size_t put_part(char *t, int v, size_t width)
{
    if (v >= 0) return put_num(t, v, width);
    memset(t, 'X', width);
    return width;
}

/* The most bytes ymd_format() writes before its NUL: "32767-127-127" (int16_t, int8_t). */
enum { YMD_MAX = 13 };

/* d as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (XX for an unknown part) into buf, as snprintf()
 * would write it: at most cap - 1 bytes and a NUL; returns the whole length. With room for
 * the longest it writes into buf itself, else into a copy that is cut. */
static size_t ymd_format(const ct_ymd *d, char *buf, size_t cap)
{
    char tmp[YMD_MAX + 1];
    char *t = cap > YMD_MAX ? buf : tmp;
    size_t n = put_part(t, d->y > 0 ? d->y : -1, 4);
    if (d->m != 0) {
        t[n++] = '-';
        n += put_part(t + n, d->m, 2);
        if (d->d != 0) {
            t[n++] = '-';
            n += put_part(t + n, d->d, 2);
        }
    }
    if (t == buf)
        buf[n] = '\0';
    else if (cap) {
        size_t k = n < cap ? n : cap - 1;
        memcpy(buf, t, k);
        buf[k] = '\0';
    }
    return n;
}

size_t ct_when_format(const ct_when *w, char *buf, size_t cap)
{
    if (w->start.y == 0 && w->start.m == 0 && w->start.d == 0) return 0;
    size_t n = ymd_format(&w->start, buf, cap);
    if (w->end.y == 0 && w->end.m == 0 && w->end.d == 0) return n;
    if (n + 1 >= cap) return n;
    buf[n++] = '/';
    return n + ymd_format(&w->end, buf + n, cap - n);
}

/* ---- bytes ---- */

static int is_dg(int c)
{
    return (unsigned)(c - '0') < 10u;
}
/* An ASCII letter: c | 32 lowercases A-Z, and takes no other byte into a-z. */
static int is_al(int c)
{
    return (unsigned)((c | 32) - 'a') < 26u;
}
static int is_up(int c)
{
    return c >= 'A' && c <= 'Z';
}
static int is_an(int c)
{
    return is_dg(c) || is_al(c);
}

/* Skips white space (no blank line): ASCII blanks, one line break, NBSP, thin/narrow spaces. */
static inline const char *skip_ws(const char *p, const char *end)
{
    int nl = 0;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c == ' ' || c == '\t' || c == '\r')
            p++;
        else if (c == '\n' && !nl)
            nl = 1, p++;
        else if (c == 0xC2 && p + 1 < end && (unsigned char)p[1] == 0xA0)
            p += 2;
        else if (c == 0xE2 && p + 2 < end && (unsigned char)p[1] == 0x80 &&
                 ((unsigned char)p[2] == 0x89 || (unsigned char)p[2] == 0xAF ||
                  (unsigned char)p[2] == 0x8A))
            p += 3;
        else
            break;
    }
    return p;
}

/* Length of a dash at p ("-", "--", en dash, em dash, "~"), else 0. */
static size_t dash_len(const char *p, const char *end)
{
    if (p >= end) return 0;
    if (*p == '-') return (p + 1 < end && p[1] == '-') ? 2 : 1;
    if (*p == '~') return 1;
    if (p + 2 < end && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
        ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94 || (unsigned char)p[2] == 0x92))
        return 3;
    return 0;
}

/* Eight bytes at a time needs the byte order and GCC's (or clang's) bswap and ctz builtins;
 * elsewhere word_len() reads byte by byte, with the same result. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) &&                                                \
    (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ || __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)
#define WORD_LEN_SWAR 1
#else
#define WORD_LEN_SWAR 0
#endif

#if WORD_LEN_SWAR
/* The bytes of x (8 bytes of text, the first in the low byte) that are no ASCII letter: bit 7
 * of each such byte set, the other bits clear. Per byte b, with bit 5 set (lowercase) and its
 * low 7 bits c: c + (127 - ('a' - 1)) reaches bit 7 when c >= 'a', (127 + 'z' + 1) - c keeps
 * it when c <= 'z', and b < 128 keeps bit 7 of ~b: the three together mark the letters. Each
 * byte's sum stays within its byte (no carry, no borrow), so every byte is judged exactly. */
static inline uint64_t non_letters8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, low7 = ones * 127, high = ones * 128;
    uint64_t b = x | ones * 32, c = b & low7;
    uint64_t letters = (ones * (127 + 'z' + 1) - c) & ~b & (c + ones * (127 - ('a' - 1))) & high;
    return ~letters & high;
}
#endif /* WORD_LEN_SWAR */

/* Length of the ASCII word (letters) at p. Eight bytes at a time while eight remain before
 * end (non_letters8(): the lowest marked byte ends the word), then byte by byte. */
static inline size_t word_len(const char *p, const char *end)
{
    size_t n = 0;
#if WORD_LEN_SWAR
    while (end - (p + n) >= 8) {
        uint64_t x;
        memcpy(&x, p + n, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        x = __builtin_bswap64(x); /* text order from the low byte up */
#endif
        uint64_t stop = non_letters8(x);
        if (stop) return n + (size_t)__builtin_ctzll(stop) / 8;
        n += 8;
    }
#endif /* WORD_LEN_SWAR */
    while (p + n < end && is_al((unsigned char)p[n]))
        n++;
    return n;
}

/* Is the word at p (letters, not followed by a letter) equal to lit, case-insensitively? On a
 * match returns the position after it. */
static inline const char *word_is(const char *p, const char *end, const char *lit)
{
    /* the first letters first: the word's length only when they agree */
    if (p >= end || !is_al((unsigned char)*p) || ((*p | 32) != (lit[0] | 32))) return NULL;
    size_t n = word_len(p, end);
    if (n && ct_ieq(p, n, lit)) return p + n;
    return NULL;
}

/* The word p[0..n) (n >= 1 ASCII letters, the whole word) is one of the NULL-terminated lits:
 * returns its index, else -1. */
static int word_in_len(const char *p, size_t n, const char *const *lits)
{
    /* The first two letters before ct_ieq, each with bit 5 set: letters equal but for case stay
     * equal so, and no word ct_ieq accepts is passed over (a lit of one letter has a NUL for
     * its second, unlike any word of two letters or more). */
    unsigned c0 = (unsigned char)*p | 32, c1 = n >= 2 ? (unsigned char)p[1] | 32 : 0;
    for (int i = 0; lits[i]; i++) {
        if (((unsigned char)lits[i][0] | 32) != c0) continue;
        if (n >= 2 && ((unsigned char)lits[i][1] | 32) != c1) continue;
        if (ct_ieq(p, n, lits[i])) return i;
    }
    return -1;
}

/* The word at p is one of the NULL-terminated lits: returns its index, else -1. */
static int word_in(const char *p, const char *end, const char *const *lits)
{
    if (p >= end || !is_al((unsigned char)*p)) return -1; /* no word here */
    return word_in_len(p, word_len(p, end), lits);
}

/* Reads 1..9 digits: sets *v and *nd (digit count); returns the position after them. */
static const char *read_uint(const char *p, const char *end, int *v, int *nd)
{
    int x = 0, n = 0;
    while (p < end && is_dg((unsigned char)*p) && n < 9) {
        x = x * 10 + (*p - '0');
        p++, n++;
    }
    if (!n || (p < end && is_dg((unsigned char)*p))) return NULL;
    *v = x;
    *nd = n;
    return p;
}

/* Skips an ordinal suffix ("st", "nd", "rd", "th", any case) not followed by a letter. */
static const char *skip_ord(const char *p, const char *end, int *had)
{
    *had = 0;
    if (p + 2 <= end &&
        (ct_ieq(p, 2, "st") || ct_ieq(p, 2, "nd") || ct_ieq(p, 2, "rd") || ct_ieq(p, 2, "th")) &&
        !(p + 2 < end && is_al((unsigned char)p[2]))) {
        *had = 1;
        return p + 2;
    }
    return p;
}

/* ---- word lists ---- */

enum { F_ABBR = 1, F_AMB = 2, F_ORD = 4 };

/* lex_int()'s last answer of a table: readings tried from the starts before a word, and the
 * second scan, ask the same word again. */
typedef struct {
    const char *s; /* the word asked, s[0..n), or NULL: none yet */
    size_t n;
    int v, flags; /* the answer */
} lex_said;

typedef struct {
    const ct_lexicon *months, *weekdays, *numbers, *tense, *published, *bonds;
    /* by list of scan_impl's and parse_count_expr's (DAYS, DUR_LEADS, LEADS, EDGES, RELS,
     * HEDGES) and first letter: bit n set when a word of the list has n letters (31: 31 or
     * more); NULL: not known */
    const uint32_t (*list_lens)[26];
    struct gate *g; /* the gate of the sentence scanned (ct_dates_find), or NULL */
    int *asked;     /* or NULL; else set to 1 when a reading's value depends on the clause's
                       tense (tense_of()): any tense gives the same when it is left alone */
    lex_said *said; /* or NULL; else lex_int()'s last answers of months, weekdays and numbers */
    uint64_t months_bit, weekdays_bit, numbers_bit; /* their bits in the token marks, or 0 */
} tabs;

static inline int gate_word(struct gate *g, const char *p, size_t len, uint64_t bit);
static inline int gate_lex(const struct gate *g, const ct_lexicon *t, const char *p, size_t len,
                           const char **v);
static inline int gate_open(struct gate *g, const char *p, size_t len);
static inline int gate_list_word(const struct gate *g, int l, const char *p, size_t n);

static void tabs_get(const ct_lexicons *lex, tabs *t)
{
    memset(t, 0, sizeof *t);
    if (!lex) return;
    t->months = ct_lex(lex, "dates_months");
    t->weekdays = ct_lex(lex, "dates_weekdays");
    t->numbers = ct_lex(lex, "dates_numbers");
    t->tense = ct_lex(lex, "dates_tense");
    t->published = ct_lex(lex, "dates_published");
    t->bonds = ct_lex(lex, "dates_bonds");
    t->months_bit = ct_lex_bit(t->months);
    t->weekdays_bit = ct_lex_bit(t->weekdays);
    t->numbers_bit = ct_lex_bit(t->numbers);
}

/* Integer value of the word s[0..n) (ASCII letters, word_len()) in table t (one of T's, bit
 * its mark bit), with its flags; 0 when absent. */
static int lex_int(const tabs *T, const ct_lexicon *t, uint64_t bit, const char *s, size_t n,
                   int *flags)
{
    *flags = 0;
    if (!t || !n || n > 40) return 0;
    /* a whole token whose first-word mark lacks t's bit is no key of t: no lookup */
    if (T->g && bit && !gate_word(T->g, s, n, bit)) return 0;
    lex_said *said = !T->said           ? NULL
                     : t == T->months   ? &T->said[0]
                     : t == T->weekdays ? &T->said[1]
                     : t == T->numbers  ? &T->said[2]
                                        : NULL;
    if (said && said->s == s && said->n == n) {
        *flags = said->flags;
        return said->v;
    }
    /* a whole token is looked up by its key, folded and hashed once (gate_lex(), after the
     * gate_word() above); any other word by its key folded here */
    const char *v;
    if (!T->g || !bit || !gate_lex(T->g, t, s, n, &v)) {
        char key[41]; /* the key of ASCII letters is the letters lowercased (text.h) */
        for (size_t i = 0; i < n; i++)
            key[i] = (char)(s[i] | 32);
        key[n] = '\0';
        v = ct_lex_get(t, key);
    }
    int x = 0;
    if (v) {
        /* the flags are words after the number (no digit is in one): most values have none */
        const char *fl = v;
        while (is_dg((unsigned char)*fl))
            fl++;
        if (*fl) {
            if (strstr(fl, "abbr")) *flags |= F_ABBR;
            if (strstr(fl, "amb")) *flags |= F_AMB;
            if (strstr(fl, "ord")) *flags |= F_ORD;
        }
        x = atoi(v);
    }
    if (said) said->s = s, said->n = n, said->v = x, said->flags = *flags;
    return x;
}

/* Month name at p: returns the position after it (and its abbreviation dot), sets *m, *flags. */
static const char *parse_month(const tabs *T, const char *p, const char *end, int *m, int *flags)
{
    if (p >= end || !is_up((unsigned char)*p)) return NULL;
    size_t n = word_len(p, end);
    if (n < 3 || n > 9) return NULL;
    int v = lex_int(T, T->months, T->months_bit, p, n, flags);
    if (v < 1 || v > 12) return NULL;
    p += n;
    if ((*flags & F_ABBR) && p < end && *p == '.') p++;
    *m = v;
    return p;
}

/* Weekday name at p: returns the position after it, sets *wd (1..7) and *flags. */
static const char *parse_weekday(const tabs *T, const char *p, const char *end, int *wd, int *flags)
{
    if (p >= end || !is_up((unsigned char)*p)) return NULL;
    size_t n = word_len(p, end);
    if (n < 3 || n > 9) return NULL;
    int v = lex_int(T, T->weekdays, T->weekdays_bit, p, n, flags);
    if (v < 1 || v > 7) return NULL;
    p += n;
    if ((*flags & F_ABBR) && p < end && *p == '.') p++;
    *wd = v;
    return p;
}

/* A count or ordinal at p: digits ("26", "10th") or number words ("twenty-six", "fifteenth").
 * Sets *v and *ord (an ordinal was written). */
static const char *parse_count(const tabs *T, const char *p, const char *end, int *v, int *ord)
{
    int nd, had;
    *ord = 0;
    if (p < end && is_dg((unsigned char)*p)) {
        const char *q = read_uint(p, end, v, &nd);
        if (!q || nd > 3) return NULL;
        q = skip_ord(q, end, &had);
        *ord = had;
        if (q < end && is_al((unsigned char)*q)) return NULL;
        return q;
    }
    size_t n = word_len(p, end);
    int fl;
    int x = lex_int(T, T->numbers, T->numbers_bit, p, n, &fl);
    if (!x) return NULL;
    const char *q = p + n;
    *ord = (fl & F_ORD) != 0;
    if (x >= 20 && x < 100 && x % 10 == 0 && !*ord) {
        /* "twenty-six", "twenty fifth" */
        const char *r = q;
        if (r < end && (*r == '-' || *r == ' ')) r++;
        size_t n2 = word_len(r, end);
        int fl2;
        int u = lex_int(T, T->numbers, T->numbers_bit, r, n2, &fl2);
        if (u >= 1 && u <= 9) {
            x += u;
            *ord = (fl2 & F_ORD) != 0;
            q = r + n2;
        }
    }
    *v = x;
    return q;
}

/* ---- partial dates ---- */

enum { REL_NONE = 0, REL_LAST, REL_NEXT, REL_THIS };

typedef struct {
    int y, m, d; /* 0 = not written */
    int wd;      /* weekday written, 1..7, or 0 */
    int ygiven;  /* the year was written (or carried from the other end of a span) */
    int rel;     /* REL_* written before it */
    int yrel;    /* "May this year" / "last year" / "next year": 2 + (0, -1, +1), or 0 */
} pdate;

/* Options of parse_point. */
enum {
    P_BARE_MONTH = 1, /* a month alone counts ("in April") even when it is also a word */
    P_BARE_YEAR = 2,  /* a year alone counts ("in 1976") */
    P_THE_DAY = 4,    /* "the 4th" counts */
    P_DAY_ONLY = 8    /* a bare day number counts ("27" in "June 27 - 30") */
};

/* Is a 4-digit number at p..q a plausible year, not part of a longer token? */
static int year_ok(int v, int nd, const char *q, const char *end)
{
    if (nd != 4 || v < 1800 || v > 2099) return 0;
    if (q < end) {
        unsigned char c = (unsigned char)*q;
        if (is_dg(c) || (c >= 'a' && c <= 'z') || c == '%' || c == ':') return 0;
        if ((c == '-' || c == '/' || c == '.' || c == ',') && q + 1 < end &&
            is_dg((unsigned char)q[1]))
            return 0;
    }
    return 1;
}

/* Words that may follow a day number standing alone ("on the 4th at City Hall"). */
static int day_follow_ok(const char *p, const char *end)
{
    static const char *const ok[] = {
        "at",        "in",      "and",   "to",    "through", "thru", "until",  "till",  "of",
        "when",      "with",    "from",  "this",  "last",    "next", "as",     "after", "before",
        "on",        "or",      "while", "where", "which",   "for",  "during", "that",  "morning",
        "afternoon", "evening", "night", "the",   "was",     "were", "is",     "are",   "will",
        "would",     "had",     "has",   "have",  NULL};
    p = skip_ws(p, end);
    if (p >= end) return 1;
    unsigned char c = (unsigned char)*p;
    if (is_al(c)) return !is_up(c) && word_in(p, end, ok) >= 0;
    if (is_dg(c)) return 0;
    if (c == '%' || c == '$') return 0;
    return 1;
}

/* Optional ", YYYY" / " YYYY" after a month-day: sets o->y. */
static const char *opt_year(const char *p, const char *end, pdate *o)
{
    const char *q = skip_ws(p, end);
    if (q < end && *q == ',') q = skip_ws(q + 1, end);
    int v, nd;
    const char *r = read_uint(q, end, &v, &nd);
    if (r && year_ok(v, nd, r, end)) {
        o->y = v;
        o->ygiven = 1;
        return r;
    }
    return p;
}

/* Optional "this year" / "last year" / "next year" after a month ("in May last year"). */
static const char *opt_year_rel(const char *p, const char *end, pdate *o)
{
    static const char *const rels[] = {"this", "last", "next", NULL};
    const char *q = skip_ws(p, end);
    if (q < end && *q == ',') q = skip_ws(q + 1, end);
    int k = word_in(q, end, rels);
    if (k < 0) return p;
    const char *r = word_is(skip_ws(q + word_len(q, end), end), end, "year");
    if (!r) return p;
    o->yrel = 2 + (k == 0 ? 0 : k == 1 ? -1 : 1);
    return r;
}

/* Optional "(Thu)" / "(Thursday)" after a date. */
static const char *opt_paren_weekday(const tabs *T, const char *p, const char *end)
{
    const char *q = skip_ws(p, end);
    if (q < end && *q == '(') {
        int wd, fl;
        const char *r = parse_weekday(T, q + 1, end, &wd, &fl);
        if (r && r < end && *r == ')') return r + 1;
    }
    return p;
}

/* Numeric dates: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD (also "2024. 3. 21"), DD.MM.YYYY,
 * DD/MM/YYYY (day first unless the second number exceeds 12). yy2 also takes two-digit
 * years ("18-08-01", only after a publication label) and ym takes YYYY-MM. */
static const char *parse_numeric(const char *p, const char *end, pdate *o, int yy2, int ym)
{
    int a, na, b, nb, c, nc;
    const char *q = read_uint(p, end, &a, &na);
    if (!q || q >= end) return NULL;
    char sep = *q;
    if (sep != '-' && sep != '/' && sep != '.') return NULL;
    const char *r = q + 1;
    if (sep == '.' && r < end && *r == ' ') r++;
    r = read_uint(r, end, &b, &nb);
    if (!r || nb > 2) return NULL;
    const char *s = NULL;
    if (r < end && *r == sep) {
        s = r + 1;
        if (sep == '.' && s < end && *s == ' ') s++;
        s = read_uint(s, end, &c, &nc);
    }
    if (s) {
        /* three numbers; refuse a fourth group (phone numbers, versions) */
        if (s < end &&
            (*s == '-' || *s == '/' || (*s == '.' && s + 1 < end && is_dg((unsigned char)s[1]))))
            return NULL;
        if (s < end && is_al((unsigned char)*s) && !is_up((unsigned char)*s)) return NULL;
        int y, m, d;
        if (na == 4 && nc <= 2)
            y = a, m = b, d = c;
        else if (nc == 4 && na <= 2) {
            y = c;
            if (b > 12 && a <= 12)
                m = a, d = b;
            else
                m = b, d = a;
        } else if (yy2 && na == 2 && nc <= 2 && sep != '/')
            y = 2000 + a, m = b, d = c;
        else
            return NULL;
        if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > month_days(y, m)) return NULL;
        o->y = y, o->m = m, o->d = d, o->ygiven = 1;
        if (sep == '.' && s < end && *s == '.' && !(s + 1 < end && is_an((unsigned char)s[1]))) s++;
        return s;
    }
    if (ym && na == 4 && sep == '-' && nb == 2 && b >= 1 && b <= 12 && a >= 1900 && a <= 2099 &&
        !(r < end && (is_an((unsigned char)*r) || *r == '-'))) {
        o->y = a, o->m = b, o->ygiven = 1;
        return r;
    }
    return NULL;
}

/* One point in time at p (no leading preposition): numeric dates, "[Weekday,] Month D[th][,
 * YYYY]", "Month YYYY", "[Weekday] D[th] [of] Month [YYYY]", "the D[th] [of Month]",
 * "Weekday [D]", a bare month or year when opts allow. */
static const char *parse_point(const tabs *T, const char *p, const char *end, int opts,
                               int16_t ref_year, pdate *o)
{
    memset(o, 0, sizeof *o);
    int v, nd, had, fl, m;
    const char *q, *r;
    if (p >= end) return NULL;

    if (is_dg((unsigned char)*p)) {
        if ((q = parse_numeric(p, end, o, 0, 0))) return q;
        memset(o, 0, sizeof *o);
        q = read_uint(p, end, &v, &nd);
        if (!q) return NULL;
        if (nd <= 2 && v >= 1 && v <= 31) {
            /* D[th] [of] Month [YYYY] */
            r = skip_ord(q, end, &had);
            const char *s = skip_ws(r, end);
            const char *of = word_is(s, end, "of");
            if (of) s = skip_ws(of, end);
            const char *t = parse_month(T, s, end, &m, &fl);
            if (t && s > r) {
                o->d = v, o->m = m;
                if (v > month_days(0, m)) return NULL;
                const char *u = skip_ws(t, end);
                if (u < end && *u == ',') u = skip_ws(u + 1, end);
                int yv, ynd;
                const char *w = read_uint(u, end, &yv, &ynd);
                if (w && year_ok(yv, ynd, w, end)) o->y = yv, o->ygiven = 1, t = w;
                return opt_paren_weekday(T, t, end);
            }
            if ((opts & P_DAY_ONLY) && day_follow_ok(r, end)) {
                o->d = v;
                r = opt_year(r, end, o);
                return o->ygiven ? r : opt_year_rel(r, end, o);
            }
            return NULL;
        }
        if ((opts & P_BARE_YEAR) && year_ok(v, nd, q, end)) {
            o->y = v, o->ygiven = 1;
            return q;
        }
        return NULL;
    }

    /* the D[th] [of Month [YYYY]] */
    if ((opts & P_THE_DAY) && (q = word_is(p, end, "the"))) {
        q = skip_ws(q, end);
        r = read_uint(q, end, &v, &nd);
        if (!r || nd > 2 || v < 1 || v > 31) return NULL;
        r = skip_ord(r, end, &had);
        if (!had) return NULL;
        const char *s = skip_ws(r, end);
        const char *of = word_is(s, end, "of");
        if (of) {
            const char *t = skip_ws(of, end);
            const char *u = parse_month(T, t, end, &m, &fl);
            if (u) {
                o->d = v, o->m = m;
                return opt_paren_weekday(T, opt_year(u, end, o), end);
            }
        }
        if (!day_follow_ok(r, end)) return NULL;
        o->d = v;
        return r;
    }

    /* Weekday prefix */
    int wd;
    if ((q = parse_weekday(T, p, end, &wd, &fl))) {
        const char *s = q;
        if (s < end && *s == ',') s++;
        s = skip_ws(s, end);
        pdate rest;
        const char *t = parse_point(T, s, end, 0, ref_year, &rest);
        if (t && rest.d) {
            *o = rest;
            o->wd = wd;
            return t;
        }
        /* Weekday D[th] ("Tuesday 29", "Friday 17th") */
        r = read_uint(s, end, &v, &nd);
        if (r && nd <= 2 && v >= 1 && v <= 31 && s > q) {
            const char *u = skip_ord(r, end, &had);
            if (day_follow_ok(u, end)) {
                o->wd = wd, o->d = v;
                return u;
            }
        }
        if (fl & F_ABBR) return NULL;
        o->wd = wd;
        return q;
    }

    /* Month D[th][, YYYY] | Month[,] YYYY | Month of YYYY | Month alone */
    if ((q = parse_month(T, p, end, &m, &fl))) {
        o->m = m;
        const char *s = skip_ws(q, end);
        r = read_uint(s, end, &v, &nd);
        if (r && nd <= 2 && v >= 1 && v <= month_days(0, m) && (s > q || q[-1] == '.')) {
            const char *u = skip_ord(r, end, &had);
            if (!(u < end && ((*u == ':' && u + 1 < end && is_dg((unsigned char)u[1])) ||
                              is_al((unsigned char)*u)))) {
                o->d = v;
                u = opt_year(u, end, o);
                if (!o->ygiven) u = opt_year_rel(u, end, o);
                return opt_paren_weekday(T, u, end);
            }
        }
        if (r && year_ok(v, nd, r, end)) {
            o->y = v, o->ygiven = 1;
            return r;
        }
        if (s < end && *s == ',') {
            const char *t = skip_ws(s + 1, end);
            r = read_uint(t, end, &v, &nd);
            if (r && year_ok(v, nd, r, end)) {
                o->y = v, o->ygiven = 1;
                return r;
            }
        }
        const char *of = word_is(s, end, "of");
        if (of) {
            const char *t = skip_ws(of, end);
            r = read_uint(t, end, &v, &nd);
            if (r && year_ok(v, nd, r, end)) {
                o->y = v, o->ygiven = 1;
                return r;
            }
            /* "of the same year", "of that year" */
            const char *u = word_is(t, end, "the");
            if (u)
                u = word_is(skip_ws(u, end), end, "same");
            else
                u = word_is(t, end, "that");
            if (u) u = word_is(skip_ws(u, end), end, "year");
            if (u && ref_year > 0) {
                o->y = ref_year, o->ygiven = 1;
                return u;
            }
        }
        const char *yr = opt_year_rel(q, end, o);
        if (yr != q) return yr;
        if (fl & F_ABBR) return NULL;
        if (!(opts & P_BARE_MONTH)) return NULL;
        return q;
    }
    return NULL;
}

/* ---- resolution against the anchor ---- */

/* Shifts the publication date by delta days, at the precision the anchor knows. */
static int shift_days(const ct_ymd *pub, long delta, ct_ymd *out)
{
    int y, m, d;
    if (full_ymd(pub)) {
        civil_from_days(days_from_civil(pub->y, pub->m, pub->d) + delta, &y, &m, &d);
        *out = mk(y, m, d);
        return 0;
    }
    if (pub->m > 0 && pub->d > 0) {
        civil_from_days(days_from_civil(2000, pub->m, pub->d) + delta, &y, &m, &d);
        *out = mk(pub->y > 0 && y == 2000 ? pub->y : 0, m, d);
        return 0;
    }
    if (pub->m > 0) {
        *out = mk(pub->y, pub->m, -1);
        return 0;
    }
    if (pub->y > 0) {
        *out = mk(pub->y, -1, -1);
        return 0;
    }
    return -1;
}

/* A day whose month and day are known to lie near the anchor, at the precision it knows. */
static int vague_day(const ct_ymd *pub, ct_ymd *out)
{
    /* with no publication day the week may lie in the month before: keep the year only */
    if (pub->m > 0 && pub->d > 0)
        *out = mk(pub->y, pub->m, -1);
    else if (pub->y > 0)
        *out = mk(pub->y, -1, -1);
    else
        return -1;
    return 0;
}

/* The tense a reading with rel (REL_*) resolves by: "last" past, "next" future, else the
 * clause's (A), and then T->asked, when set, learns that the value depends on it. */
static int tense_of(const tabs *T, const ct_date_anchor *A, int rel)
{
    if (rel == REL_LAST) return CT_TENSE_PAST;
    if (rel == REL_NEXT) return CT_TENSE_FUTURE;
    if (T->asked) *T->asked = 1;
    return A->tense;
}

/* Resolves a written point into a value. */
static int resolve(const tabs *T, const ct_date_anchor *A, const pdate *pd, ct_ymd *out)
{
    const ct_ymd *pub = &A->pub;

    if (pd->yrel && !pd->ygiven) {
        int m = pd->m, d = pd->d;
        if (d && !m) m = -1;
        *out = mk(pub->y > 0 ? pub->y + pd->yrel - 2 : 0, m, d);
        return 0;
    }
    if (pd->ygiven || pd->y) {
        int m = pd->m, d = pd->d;
        if (d && !m) m = -1;
        *out = mk(pd->y, m, d);
        return 0;
    }
    if (pd->m) {
        int m = pd->m, d = pd->d;
        if (pub->y <= 0) {
            *out = mk(0, m, d);
            return 0;
        }
        int y = pub->y;
        if (pd->rel == REL_THIS) {
        } else if (pub->m <= 0) {
            if (pd->rel == REL_NEXT) y++;
        } else {
            /* compare (m, d) with the publication day */
            int pm = pub->m, pdd = pub->d > 0 ? pub->d : 0;
            int c = m != pm ? (m < pm ? -1 : 1) : (d && pdd ? (d < pdd ? -1 : d > pdd) : 0);
            int same = c == 0 && (!d || pdd); /* the very month or day of publication */
            if (pd->rel == REL_LAST) {
                if (c > 0 || same) y--;
            } else if (pd->rel == REL_NEXT) {
                if (c < 0 || same) y++;
            } else {
                int tense = tense_of(T, A, pd->rel);
                if (tense == CT_TENSE_PAST || tense == CT_TENSE_FUTURE) {
                    /* a week's slack: publication dates are often a day or two off */
                    long gap = 0;
                    if (d && pdd) gap = days_from_civil(y, m, d) - days_from_civil(y, pm, pdd);
                    if (tense == CT_TENSE_PAST && c > 0 && !(gap > 0 && gap <= 7)) y--;
                    if (tense == CT_TENSE_FUTURE && c < 0 && !(gap < 0 && gap >= -7)) y++;
                } else {
                    /* unknown tense: the nearer occurrence, past preferred two to one */
                    long pz = days_from_civil(y, pm, pdd ? pdd : 15);
                    int dd = d ? d : 15;
                    long before = pz - days_from_civil(c > 0 ? y - 1 : y, m, dd);
                    long after = days_from_civil(c < 0 ? y + 1 : y, m, dd) - pz;
                    if (c > 0)
                        y = (after * 2 < before) ? y : y - 1;
                    else if (c < 0)
                        y = (after * 2 < before) ? y + 1 : y;
                }
            }
        }
        *out = mk(y, m, d);
        return 0;
    }
    if (pd->d) {
        /* day of month alone: the anchor's month, or the one before/after */
        if (pub->m <= 0) {
            *out = mk(pub->y, -1, pd->d);
            return 0;
        }
        int y = pub->y, m = pub->m;
        if (pub->d > 0) {
            int tense = tense_of(T, A, pd->rel);
            if (tense == CT_TENSE_FUTURE && pd->d < pub->d) {
                if (++m > 12) m = 1, y = y > 0 ? y + 1 : 0;
            } else if (tense != CT_TENSE_FUTURE && pd->d > pub->d) {
                if (--m < 1) m = 12, y = y > 0 ? y - 1 : 0;
            }
        }
        *out = mk(y, m, pd->d);
        return 0;
    }
    if (pd->wd) {
        if (!full_ymd(pub)) return vague_day(pub, out);
        long z = days_from_civil(pub->y, pub->m, pub->d);
        int pw = weekday_of(z);
        long delta;
        if (pd->rel == REL_LAST)
            delta = -(((pw - pd->wd) + 7 - 1) % 7 + 1);
        else if (pd->rel == REL_NEXT)
            delta = ((pd->wd - pw) + 7 - 1) % 7 + 1;
        else if (pd->rel == REL_THIS)
            delta = pd->wd - pw;
        else if (tense_of(T, A, pd->rel) == CT_TENSE_FUTURE)
            delta = ((pd->wd - pw) + 7) % 7;
        else
            delta = -(((pw - pd->wd) + 7) % 7);
        return shift_days(pub, delta, out);
    }
    return -1;
}

/* ---- the scanner ---- */

static const char *const LEADS[] = {"in", "on",     "from",   "between", "until",   "till",
                                    "by", "during", "before", "after",   "through", "since",
                                    "of", "at",     "to",     "around",  "as",      NULL};
enum {
    L_IN,
    L_ON,
    L_FROM,
    L_BETWEEN,
    L_UNTIL,
    L_TILL,
    L_BY,
    L_DURING,
    L_BEFORE,
    L_AFTER,
    L_THROUGH,
    L_SINCE,
    L_OF,
    L_AT,
    L_TO,
    L_AROUND,
    L_AS
};

static void out_init(ct_date_expr *out, const char *start, int kind)
{
    memset(out, 0, sizeof *out);
    out->start = start;
    out->kind = (uint8_t)kind;
}

/* Span connectors after a first point. Returns the position after the connector or NULL. */
static const char *span_connector(const char *p, const char *end, int lead, const pdate *a,
                                  int *is_or)
{
    static const char *const words[] = {"to", "until", "till", "through", "thru", NULL};
    *is_or = 0;
    const char *q = skip_ws(p, end);
    size_t dl = dash_len(q, end);
    if (dl) return q + dl;
    if (word_in(q, end, words) >= 0) return q + word_len(q, end);
    if (lead == L_BETWEEN && word_is(q, end, "and")) return q + 3;
    if (!a->d && word_is(q, end, "or")) {
        *is_or = 1;
        return q + 2;
    }
    return NULL;
}

/* Tries to extend the point a (ending at q) into a span; on success sets *b and returns the
 * position after the span, else NULL. */
static const char *parse_span_end(const tabs *T, const char *q, const char *end, int lead,
                                  const pdate *a, int16_t ref_year, pdate *b)
{
    int is_or;
    const char *c = span_connector(q, end, lead, a, &is_or);
    if (!c) return NULL;
    const char *s = skip_ws(c, end);
    int opts = P_THE_DAY;
    if (a->m && !a->d) opts |= P_BARE_MONTH;
    if (!a->m && !a->d && a->y) opts |= P_BARE_YEAR;
    if (a->d) opts |= P_DAY_ONLY;
    const char *r = parse_point(T, s, end, opts, ref_year, b);
    if (!r) {
        /* "June 27 - 30" where 30 could not stand alone: day number then optional year */
        int v, nd, had;
        const char *t = read_uint(s, end, &v, &nd);
        if (!t || !a->d || nd > 2 || v < 1 || v > 31) return NULL;
        t = skip_ord(t, end, &had);
        memset(b, 0, sizeof *b);
        b->d = v;
        const char *u = opt_year(t, end, b);
        if (!b->ygiven) u = opt_year_rel(u, end, b);
        int tight = c > q && dash_len(q, end) && c - q <= 3; /* "4-7" */
        if (u == t && !tight && !day_follow_ok(t, end)) return NULL;
        r = u;
    }
    /* the shapes must agree: a year with a year, a month with a month, a day with a day */
    if (!a->d && b->d) return NULL;
    if (a->d && !b->d) return NULL;
    if (!a->m && !a->d && (b->m || !b->y)) return NULL;
    if (is_or && (b->d || (a->m && !b->m))) return NULL;
    return r;
}

/* Fills the parts of a span's ends from each other, resolves both and orders them. */
static int resolve_span(const tabs *T, const ct_date_anchor *A, pdate *a, pdate *b, ct_when *w)
{
    if (A->pub.y > 0) {
        pdate *ends[2] = {a, b};
        for (int i = 0; i < 2; i++)
            if (ends[i]->yrel && !ends[i]->ygiven)
                ends[i]->y = A->pub.y + ends[i]->yrel - 2, ends[i]->ygiven = 1;
    }
    if (!a->ygiven && b->ygiven) {
        a->y = b->y - ((a->m && b->m && a->m > b->m) ? 1 : 0);
        a->ygiven = 1;
    }
    if (!a->m && a->d && b->m) a->m = b->m;
    if (!b->rel) b->rel = a->rel;
    if (resolve(T, A, a, &w->start) != 0) return -1;
    if (!b->ygiven) {
        b->y = w->start.y;
        if (b->y > 0 && b->m > 0 && w->start.m > 0 && b->m < w->start.m) b->y++;
        b->ygiven = 1;
    }
    if (!b->m && b->d) b->m = w->start.m;
    int m = b->m, d = b->d;
    if (d && !m) m = -1;
    w->end = mk(b->y, m, d);
    /* the end may not precede the start */
    ct_ymd s = w->start, e = w->end;
    if (s.y == 0 && e.y == 0) s.y = e.y = 2000;
    if (ymd_cmp(&e, &s) < 0) return -1;
    if (s.m == e.m && s.d == e.d && w->start.y == w->end.y) w->end = mk(0, 0, 0);
    return 0;
}

/* Value of a relative period word ("week", "weekend", "month", "year") with rel, and
 * `earlier` ("earlier this week"). */
static int resolve_period(const ct_ymd *pub, int unit, int rel, int earlier, ct_when *w)
{
    memset(w, 0, sizeof *w);
    int dir = rel == REL_LAST ? -1 : rel == REL_NEXT ? 1 : 0;
    if (unit == 3) { /* year */
        if (pub->y <= 0) return -1;
        w->start = mk(pub->y + dir, 0, 0);
        return 0;
    }
    if (unit == 2) { /* month */
        if (pub->m <= 0) {
            if (pub->y <= 0) return -1;
            w->start = mk(pub->y, -1, 0);
            return 0;
        }
        int y = pub->y, m = pub->m + dir;
        if (m < 1) m = 12, y = y > 0 ? y - 1 : 0;
        if (m > 12) m = 1, y = y > 0 ? y + 1 : 0;
        w->start = mk(y, m, 0);
        return 0;
    }
    /* week (0) or weekend (1) */
    if (!full_ymd(pub)) return vague_day(pub, &w->start);
    long z = days_from_civil(pub->y, pub->m, pub->d);
    long mon = z - (weekday_of(z) - 1) + 7L * dir;
    long s = mon, e = mon + 6;
    if (unit == 1) { /* Saturday and Sunday of that week */
        s = mon + 5;
        e = s + 1;
    }
    if (earlier && dir == 0) e = z - 1;
    if (e < s) return -1;
    int y, m, d;
    civil_from_days(s, &y, &m, &d);
    w->start = mk(y, m, d);
    civil_from_days(e, &y, &m, &d);
    w->end = mk(y, m, d);
    return 0;
}

static void set_future(const tabs *T, const ct_date_anchor *A, ct_date_expr *out)
{
    int c = ymd_cmp(&out->value.start, &A->pub);
    out->future = (uint8_t)(c > 0 || ((c == 0 || out->value.start.y <= 0) &&
                                      tense_of(T, A, REL_NONE) == CT_TENSE_FUTURE));
}

/* The words after a count that make it a date ("3 weeks ago": UNITS, scan_impl()'s "last
 * week": PERIODS, "26 years": YEARS, "the tenth anniversary": ANNIVERSARY); ANCHOR_LISTS
 * below holds them. */
static const char *const UNITS[] = {"day", "days", "week", "weeks", "month", "months", NULL};
static const char *const PERIODS[] = {"week", "weekend", "month", "year", NULL};
static const char *const YEARS[] = {"year", "years", NULL};
static const char *const ANNIVERSARY[] = {"anniversary", NULL};
/* The parts of the day of "the afternoon of the 25th" (scan_impl()), and the "than" of "more
 * than" (parse_count_expr()); PASS_LISTS below holds them. */
static const char *const PARTS[] = {"morning", "afternoon", "evening", "night", NULL};
static const char *const THAN[] = {"than", NULL};

/* Durations and anniversaries starting at p (after an optional lead):
 *   [for|over|in|during] [more than|nearly|about|over] [the] [past|last] N years
 *   N-year[s] (relationship|anniversary ...), N years of, N years ago,
 *   [the] Nth anniversary, the Nth year of */
static const char *const HEDGES[] = {"more", "nearly", "almost",  "about",         "around",
                                     "some", "over",   "roughly", "approximately", NULL};

/* word_in() of list l (0 DAYS, 1 DUR_LEADS, 2 LEADS, 3 EDGES, 4 RELS, 5 HEDGES), lits, at the
 * word p[0..n) (n = word_len(), 0 when no word begins at p). Answers -1 at once when T knows
 * that no word of the list has the word's first letter and length. */
static inline __attribute__((always_inline)) int
list_word(const tabs *T, int l, const char *const *lits, const char *p, size_t n)
{
    if (!n) return -1;
    if (T->list_lens && !((T->list_lens[l][(*p | 32) - 'a'] >> (n < 31 ? n : 31)) & 1)) return -1;
    if (T->g) return gate_list_word(T->g, l, p, n); /* the gate's words of that letter and length */
    return word_in_len(p, n, lits);
}

static const char *parse_count_expr(const tabs *T, const ct_date_anchor *A, const char *p,
                                    const char *end, int lead, ct_date_expr *out)
{
    const char *q = p;
    int the = 0, past = 0;
    if (list_word(T, 5, HEDGES, q, word_len(q, end)) >= 0) {
        int more = word_is(q, end, "more") != NULL;
        q = skip_ws(q + word_len(q, end), end);
        if (more) {
            const char *t = word_is(q, end, "than");
            if (!t) return NULL;
            q = skip_ws(t, end);
        }
    }
    const char *t;
    if ((t = word_is(q, end, "the"))) q = skip_ws(t, end), the = 1;
    if ((t = word_is(q, end, "past")) || (t = word_is(q, end, "last")))
        q = skip_ws(t, end), past = 1;
    int n, ord;
    const char *r = parse_count(T, q, end, &n, &ord);
    if (!r && (t = word_is(q, end, "a")) != NULL) r = t, n = 1, ord = 0;
    if (!r && (t = word_is(q, end, "an")) != NULL) r = t, n = 1, ord = 0;
    if (!r || n < 1 || n > 500) return NULL;
    const char *s = skip_ws(r, end);
    /* N days/weeks/months ago */
    size_t sn = word_len(s, end);
    /* the units' lengths first (3 to 6 letters) */
    int un = sn >= 3 && sn <= 6 ? word_in_len(s, sn, UNITS) : -1;
    if (un >= 0 && !ord) {
        const char *u = skip_ws(s + sn, end);
        const char *ago = word_is(u, end, "ago");
        if (!ago) return NULL;
        out_init(out, p, CT_DM_DATE);
        ct_ymd *v = &out->value.start;
        if (un < 4) {
            if (shift_days(&A->pub, -(long)n * (un < 2 ? 1 : 7), v) != 0)
                *v = mk(0, 0, 0);
            else if (un >= 2 && v->d > 0)
                v->d = -1; /* a week back: the day is approximate */
        } else if (A->pub.m > 0 && A->pub.y > 0) {
            long mi = (long)A->pub.y * 12 + (A->pub.m - 1) - n;
            *v = mk((int)(mi / 12), (int)(mi % 12) + 1, 0);
        } else if (A->pub.y > 0 && n < 12) {
            *v = mk(A->pub.y, -1, 0);
        }
        return ago;
    }
    int kind = 0;
    const char *after = NULL;
    if (ord) {
        /* the 10th anniversary / the 65th year of */
        if ((t = word_is(s, end, "anniversary")))
            kind = CT_DM_ANNIV, after = t;
        else if (the && (t = word_is(s, end, "year"))) {
            const char *u = word_is(skip_ws(t, end), end, "of");
            if (u) kind = CT_DM_ANNIV, after = t;
        }
    } else if (r < end && *r == '-' && (t = word_is(r + 1, end, "year"))) {
        /* 26-year relationship; refuse 26-year-old */
        if (t < end && *t == '-') return NULL;
        if (t < end && *t == 's') t++;
        const char *u = skip_ws(t, end);
        if (word_is(u, end, "anniversary"))
            kind = CT_DM_ANNIV, after = u + 11;
        else if (T->bonds && ct_lex_lookup(T->bonds, u, word_len(u, end)))
            kind = CT_DM_DURATION, after = t;
    } else if (sn && word_in_len(s, sn, YEARS) >= 0) {
        t = s + sn;
        const char *u = skip_ws(t, end);
        if (word_is(u, end, "ago")) {
            out_init(out, p, CT_DM_DATE);
            out->n = (int16_t)n;
            if (A->pub.y > 0) out->value.start = mk(A->pub.y - n, 0, 0);
            return u + 3;
        }
        if (word_is(u, end, "anniversary")) kind = CT_DM_ANNIV, after = u + 11;
        /* "Fifty years after the signing of their charter, the towns celebrated": the
         * clause's now is that anniversary */
        else if (word_is(u, end, "after") && !past && !the && lead == -1)
            kind = CT_DM_ANNIV, after = t;
        else if (word_is(u, end, "of") && !past)
            kind = CT_DM_DURATION, after = t;
        else if (lead == L_DURING || lead < -1 || past)
            kind = CT_DM_DURATION, after = t;
    }
    if (!kind) return NULL;
    out_init(out, p, kind);
    out->n = (int16_t)n;
    if (A->pub.y > 0) out->value.start = mk(A->pub.y - n, 0, 0);
    return after;
}

/* The scanner's word lists (parse_count_expr's HEDGES is above). */
static const char *const DAYS[] = {"yesterday", "today", "tomorrow", "tonight", NULL};
static const char *const DUR_LEADS[] = {"for", "over", "across", "within", "throughout", NULL};
static const char *const EDGES[] = {"earlier", "later", "early", "late", "mid", NULL};
static const char *const RELS[] = {"last", "next", "this", "past", "coming", NULL};
/* the other words an expression may begin with: parse_count_expr's and parse_point's */
static const char *const OPENERS[] = {"the", "past", "last", "a", "an", NULL};

/* Every list of a word a date expression may begin with, besides digits and the number,
 * weekday and month words of the lexicons: scan_impl() fails at a word outside them (it tries
 * DAYS, DUR_LEADS, LEADS, EDGES, RELS and "the", and then, at the same word, parse_count_expr()
 * and parse_point()). The gate below relies on it: a word added to a list that can begin an
 * expression belongs to one of these lists. */
static const char *const *const START_LISTS[] = {DAYS, DUR_LEADS, LEADS,   EDGES,
                                                 RELS, HEDGES,    OPENERS, NULL};

/* Every list of a word of which an expression needs one when it holds no digit and no weekday
 * or month word of the lexicons: scan_impl() reads such an expression only as a DAYS word, a
 * RELS word before a PERIODS word, or a count (a number word, "a", "an") before UNITS and
 * "ago", before YEARS, "-year" or ANNIVERSARY (parse_count_expr()); every other reading takes
 * digits or one of those words. search_tokens() relies on it (an anchor, gate_anchor()): a
 * word such a reading needs belongs to one of these lists. */
static const char *const *const ANCHOR_LISTS[] = {DAYS, UNITS, PERIODS, YEARS, ANNIVERSARY, NULL};

/* Every list of a word an expression passes before its first anchor, besides START_LISTS and
 * the number words of the lexicons: a reading passes only words of START_LISTS (leads,
 * hedges, edges, "the", "past", "a", ...), PARTS, "than" and number words (a count:
 * "twenty-six"), and no punctuation but the hyphens of "mid-June", "a-year" and "twenty-six",
 * before it reaches an anchor. search_tokens() relies on it: a word a reading passes belongs
 * to one of these lists. */
static const char *const *const PASS_LISTS[] = {PARTS, THAN, NULL};

/* The whole scanner; list != 0 when a bare year may start here ("and 2017" in a list). */
static int scan_impl(const tabs *T, const ct_date_anchor *A, const char *p0, const char *end,
                     int list, ct_date_expr *out, const char **endp)
{
    const char *p = p0, *q, *r;
    int lead = -1, rel = REL_NONE, earlier = 0;
    pdate a, b;

    /* relative days */
    size_t n = word_len(p, end); /* the word at p, the lists' words are asked of */
    int k = list_word(T, 0, DAYS, p, n);
    if (k >= 0) {
        out_init(out, p0, CT_DM_DATE);
        long delta = k == 0 ? -1 : k == 2 ? 1 : 0;
        if (shift_days(&A->pub, delta, &out->value.start) != 0)
            memset(&out->value, 0, sizeof out->value);
        *endp = p + n;
        out->future = (uint8_t)(k == 2);
        return 0;
    }

    /* durations with their own leads: "for 26 years", "over the past 30 years" */
    if (list_word(T, 1, DUR_LEADS, p, n) >= 0) {
        q = skip_ws(p + n, end);
        if (T->g && !gate_open(T->g, q, word_len(q, end))) return -1; /* see the leads below */
        if ((r = parse_count_expr(T, A, q, end, -2, out))) {
            out->start = p0;
            *endp = r;
            return 0;
        }
        return -1;
    }

    lead = list_word(T, 2, LEADS, p, n);
    if (lead >= 0) {
        q = skip_ws(p + n, end);
        /* Every reading after a lead goes on at the next word (parse_count_expr(), EDGES,
         * RELS, "the", digits, parse_point()), which it begins: a word the gate refuses (no
         * START_LISTS word, no number, weekday or month word) ends the scan here. */
        n = word_len(q, end);
        if (T->g && !gate_open(T->g, q, n)) return -1;
        if (lead == L_IN || lead == L_DURING) {
            if ((r = parse_count_expr(T, A, q, end, lead, out))) {
                out->start = p0;
                *endp = r;
                return 0;
            }
        }
        p = q;
    }

    /* earlier/later/early/late/mid */
    k = list_word(T, 3, EDGES, p, n);
    int edge = k >= 0;
    if (k >= 0) {
        q = p + n;
        if (q < end && *q == '-') q++;
        q = skip_ws(q, end);
        earlier = k == 0;
        p = q;
        n = word_len(p, end);
    }

    /* last/next/this (+ week/month/year, or a month or weekday) */
    k = list_word(T, 4, RELS, p, n);
    if (k >= 0) {
        q = skip_ws(p + n, end);
        rel = k == 0 || k == 3 ? REL_LAST : k == 1 || k == 4 ? REL_NEXT : REL_THIS;
        int u = word_in(q, end, PERIODS);
        if (u >= 0 && !(k == 3 && u != 1)) {
            out_init(out, p0, CT_DM_DATE);
            if (resolve_period(&A->pub, u, rel, earlier, &out->value) != 0)
                memset(&out->value, 0, sizeof out->value);
            set_future(T, A, out);
            if (rel == REL_NEXT) out->future = 1;
            *endp = q + word_len(q, end);
            return 0;
        }
        if (k >= 3) return -1;
        p = q;
    }

    /* "the afternoon of the 25th" */
    if ((q = word_is(p, end, "the"))) {
        const char *s = skip_ws(q, end);
        size_t sn = word_len(s, end);
        /* the parts' lengths first (5, 7 or 9 letters): most words after "the" have none */
        if ((sn == 5 || sn == 7 || sn == 9) && word_in_len(s, sn, PARTS) >= 0) {
            s = skip_ws(s + sn, end);
            const char *of = word_is(s, end, "of");
            if (!of) return -1;
            p = skip_ws(of, end);
            if (lead < 0) lead = L_OF;
        } else if (T->g && rel == REL_NONE && !edge) {
            /* A "the" not of a part of the day reads on only as parse_count_expr() ("the past
             * 30 years", "the 10th anniversary", "in the last decade": its next word a
             * START_LISTS or number word, or digits), as "the 4th" (parse_point() with
             * P_THE_DAY: digits) or as a weekday or month word itself: a next word the gate
             * refuses, and a "the" no weekday or month key is, end it here. */
            if (sn && !gate_open(T->g, s, sn) &&
                !gate_word(T->g, p, (size_t)(q - p), T->weekdays_bit | T->months_bit))
                return -1;
        }
    }

    /* anniversaries and durations without a lead: "the 10th anniversary", "26-year" */
    if (lead < 0 && rel == REL_NONE && (r = parse_count_expr(T, A, p, end, lead, out))) {
        out->start = p0;
        *endp = r;
        return 0;
    }

    int opts = 0;
    if (lead >= 0 || rel != REL_NONE || edge) opts |= P_BARE_MONTH;
    if (list || edge ||
        (lead >= 0 && lead != L_OF && lead != L_AT && lead != L_TO && lead != L_AS &&
         lead != L_ON && lead != L_AROUND))
        opts |= P_BARE_YEAR;
    if (rel != REL_NONE) opts &= ~P_BARE_YEAR;
    if (lead >= 0 && lead != L_IN && lead != L_AT && lead != L_AS) opts |= P_THE_DAY;

    if (p < end && is_dg((unsigned char)*p)) {
        int v, nd, v2, nd2, had, fl, m;
        const char *t = read_uint(p, end, &v, &nd);
        /* year ranges after a lead: "in 2016-2018", "2016-18" */
        size_t dl = t ? dash_len(t, end) : 0;
        if ((opts & P_BARE_YEAR) && nd == 4 && v >= 1800 && v <= 2099 && dl) {
            const char *u = read_uint(t + dl, end, &v2, &nd2);
            if (u && (nd2 == 4 || nd2 == 2) &&
                !(u < end && (is_an((unsigned char)*u) || *u == '-'))) {
                int y2 = nd2 == 2 ? v / 100 * 100 + v2 : v2;
                if (y2 > v && y2 - v < 50) {
                    out_init(out, p0, lead == L_SINCE ? CT_DM_SINCE : CT_DM_DATE);
                    out->year_given = 1;
                    out->value.start = mk(v, 0, 0);
                    out->value.end = mk(y2, 0, 0);
                    set_future(T, A, out);
                    *endp = u;
                    return 0;
                }
            }
        }
        /* day ranges before a month: "17-18 June", "10 to 12 June 2024" */
        if (t && nd <= 2 && v >= 1 && v <= 31) {
            const char *u = skip_ord(t, end, &had);
            const char *c = NULL;
            size_t dl2 = dash_len(skip_ws(u, end), end);
            if (dl2)
                c = skip_ws(u, end) + dl2;
            else if ((c = word_is(skip_ws(u, end), end, "to")) == NULL)
                c = word_is(skip_ws(u, end), end, "through");
            const char *w = c ? read_uint(skip_ws(c, end), end, &v2, &nd2) : NULL;
            if (w && nd2 <= 2 && v2 > v && v2 <= 31) {
                w = skip_ws(skip_ord(w, end, &had), end);
                const char *of = word_is(w, end, "of");
                if (of) w = skip_ws(of, end);
                const char *x = parse_month(T, w, end, &m, &fl);
                if (x && v2 <= month_days(0, m)) {
                    memset(&a, 0, sizeof a);
                    memset(&b, 0, sizeof b);
                    a.d = v, b.d = v2, a.m = b.m = m;
                    x = opt_year(x, end, &b);
                    out_init(out, p0, lead == L_SINCE ? CT_DM_SINCE : CT_DM_DATE);
                    if (resolve_span(T, A, &a, &b, &out->value) == 0) {
                        out->year_given = (uint8_t)b.ygiven;
                        set_future(T, A, out);
                        *endp = x;
                        return 0;
                    }
                }
            }
        }
    }

    r = parse_point(T, p, end, opts, A->ref_year, &a);
    if (!r) return -1;
    if (!a.y && !a.m && !a.d && !a.wd) return -1;
    /* a weekday alone needs a lead or to be capitalized mid-sentence: always capitalized */
    a.rel = rel;
    out_init(out, p0, lead == L_SINCE ? CT_DM_SINCE : CT_DM_DATE);
    out->year_given = (uint8_t)a.ygiven;

    /* year ranges "2016-2018", "2016-18" */
    if (!a.m && !a.d && a.y && r < end && dash_len(r, end) == 1) {
        int v, nd;
        const char *t = read_uint(r + 1, end, &v, &nd);
        if (t && (nd == 4 || nd == 2) && !(t < end && is_an((unsigned char)*t))) {
            int y2 = nd == 2 ? a.y / 100 * 100 + v : v;
            if (y2 > a.y && y2 - a.y < 50) {
                out->value.start = mk(a.y, 0, 0);
                out->value.end = mk(y2, 0, 0);
                set_future(T, A, out);
                *endp = t;
                return 0;
            }
        }
        if (t) return -1; /* "1993-20101", phone-like */
    }

    const char *s = parse_span_end(T, r, end, lead, &a, A->ref_year, &b);
    if (s) {
        pdate a2 = a;
        if (resolve_span(T, A, &a2, &b, &out->value) == 0) {
            out->year_given = (uint8_t)(a2.ygiven && (a.ygiven || b.ygiven));
            set_future(T, A, out);
            *endp = s;
            return 0;
        }
        memset(&out->value, 0, sizeof out->value);
    }
    if (resolve(T, A, &a, &out->value.start) != 0) memset(&out->value, 0, sizeof out->value);
    set_future(T, A, out);
    *endp = r;
    return 0;
}

int ct_date_scan(const char **pp, const char *end, const ct_date_anchor *anchor, ct_date_expr *out)
{
    tabs T;
    const char *e;
    tabs_get(anchor->lex, &T);
    if (!pp || !*pp || *pp >= end) return -1;
    if (scan_impl(&T, anchor, *pp, end, 0, out, &e) != 0) return -1;
    out->end = e;
    *pp = e;
    return 0;
}

/* Is p a word start where an expression may begin? */
static int at_word_start(const char *base, const char *p)
{
    if (!is_an((unsigned char)*p)) return 0;
    if (p == base) return 1;
    unsigned char c = (unsigned char)p[-1];
    if (is_an(c)) return 0;
    /* not inside "82-2-2235", "v2.1", "COVID-19" */
    if ((c == '-' || c == '.' || c == '/' || c == ':' || c == ',') && p - 1 > base &&
        is_an((unsigned char)p[-2]))
        return 0;
    return 1;
}

/* Is the gap from a to b only list glue (", ", " and ", " or ")? */
static int list_gap(const char *a, const char *b)
{
    if (b < a || b - a > 8) return 0;
    const char *p = a;
    while (p < b && (*p == ' ' || *p == ','))
        p++;
    if (p < b && (word_is(p, b, "and") || word_is(p, b, "or"))) p += word_len(p, b);
    while (p < b && *p == ' ')
        p++;
    return p == b;
}

/* START_LISTS and PASS_LISTS words the gate holds, and a bound on their length: a longer word
 * is none; likewise ANCHOR_LISTS words. */
enum { GATE_WORDS = 96, GATE_LEN = 16, ANCHOR_WORDS = 32 };
_Static_assert(GATE_LEN <= 16, "start_index.anchor_lens[] holds a bit per length below GATE_LEN");

/* The list of a PASS_LISTS word in the index: it begins no expression. */
enum { PASS_ONLY = 255 };

/* The START_LISTS, PASS_LISTS and ANCHOR_LISTS words by first letter and length, built once
 * (start_words()): the lists are constant, so every article's gate shares one index instead
 * of building its own. */
typedef struct {
    const char *starts[GATE_WORDS + 1]; /* the START_LISTS and PASS_LISTS words, from 1 */
    uint8_t head[26 * GATE_LEN];        /* those of first letter c and length n: a chain from
                                           head[c * GATE_LEN + n] through next[] (0 ends) */
    uint8_t next[GATE_WORDS + 1];       /* the word after each in its chain */
    uint8_t list[GATE_WORDS + 1];       /* each word's list in START_LISTS, or PASS_ONLY */
    uint8_t index[GATE_WORDS + 1];      /* and its index there */
    int crowded; /* the words did not all fit: every word may begin an expression, and is an
                    anchor */
    uint32_t list_lens[6][26]; /* by list of the first six START_LISTS and first letter: bit n
                                  set when a word of the list has n letters (tabs) */
    const char *anchors[ANCHOR_WORDS + 1]; /* the ANCHOR_LISTS words, from 1 */
    uint8_t anchor_head[26 * GATE_LEN];    /* their chains, as head[] */
    uint8_t anchor_next[ANCHOR_WORDS + 1]; /* as next[] */
    uint16_t anchor_lens[256]; /* by a word's first byte (either case): bit n set when an
                                  ANCHOR_LISTS word of n letters (< GATE_LEN) begins with it */
} start_index;

static start_index start_idx;                             /* written once, by start_index_build() */
static pthread_once_t start_idx_once = PTHREAD_ONCE_INIT; /* guards it */

/* Adds word to the chains head[] and next[] of words[1..cap], *nw of them used; returns its
 * number there, or 0 when it does not fit. */
static size_t chain_add(uint8_t *head, uint8_t *next, const char **words, size_t *nw, size_t cap,
                        const char *word)
{
    size_t len = strlen(word), c = (size_t)((word[0] | 32) - 'a');
    if (*nw == cap || len >= GATE_LEN) return 0;
    uint8_t *h = &head[c * GATE_LEN + len];
    words[++*nw] = word;
    next[*nw] = *h;
    *h = (uint8_t)*nw;
    return *nw;
}

/* Fills start_idx from START_LISTS, PASS_LISTS and ANCHOR_LISTS (pthread_once()). */
static void start_index_build(void)
{
    start_index *w = &start_idx;
    size_t nw = 0, na = 0;
    for (size_t l = 0; START_LISTS[l]; l++)
        for (size_t i = 0; START_LISTS[l][i]; i++) {
            const char *word = START_LISTS[l][i];
            size_t len = strlen(word), c = (size_t)((word[0] | 32) - 'a');
            if (l < 6) w->list_lens[l][c] |= (uint32_t)1 << (len < 31 ? len : 31);
            size_t k = chain_add(w->head, w->next, w->starts, &nw, GATE_WORDS, word);
            if (!k) {
                w->crowded = 1;
                continue;
            }
            w->list[k] = (uint8_t)l, w->index[k] = (uint8_t)i;
        }
    for (size_t l = 0; PASS_LISTS[l]; l++)
        for (size_t i = 0; PASS_LISTS[l][i]; i++) {
            size_t k = chain_add(w->head, w->next, w->starts, &nw, GATE_WORDS, PASS_LISTS[l][i]);
            if (!k) {
                w->crowded = 1;
                continue;
            }
            w->list[k] = PASS_ONLY;
        }
    for (size_t l = 0; ANCHOR_LISTS[l]; l++)
        for (size_t i = 0; ANCHOR_LISTS[l][i]; i++) {
            const char *word = ANCHOR_LISTS[l][i];
            if (!chain_add(w->anchor_head, w->anchor_next, w->anchors, &na, ANCHOR_WORDS, word)) {
                w->crowded = 1;
                continue;
            }
            /* chain_add() took it shorter than GATE_LEN: one bit of anchor_lens[] */
            uint16_t bit = (uint16_t)(1u << strlen(word));
            w->anchor_lens[(unsigned char)word[0] | 32u] |= bit;
            w->anchor_lens[(unsigned char)word[0] & ~32u] |= bit;
        }
}

/* The index of the START_LISTS words, read-only once built (thread-safe). */
static const start_index *start_words(void)
{
    pthread_once(&start_idx_once, start_index_build);
    return &start_idx;
}

/* The gate of a sentence's words (ct_dates_find): passes over a word no expression can begin
 * with, in a test of its first letter and length (then of the few START_LISTS words that
 * have both) and one of its token's first-word mark, instead of trying every word list at
 * it. Only a word that is a whole token of ASCII letters is judged; any other position is
 * tried as before. */
typedef struct gate {
    const char *text;      /* the article's text, which token offsets count from */
    const ct_token *toks;  /* the sentence's tokens */
    const uint64_t *marks; /* their lexicon marks (ct_lex_mark) */
    size_t n, k;           /* token count; the search's cursor: no earlier token is asked again */
    size_t tk;             /* the tense cues' cursor, likewise */
    size_t wk;             /* gate_word()'s own cursor, which may move back */
    uint64_t bits;         /* the marks of the number, weekday and month tables */
    uint64_t tense;        /* the mark of the tense-cue table */
    const uint64_t *words; /* their first-word marks (an->lexword), or the marks again */
    const start_index *w;  /* the scanner's words (start_words()) */
    const ct_analysis *an; /* whose tokens they are */
    size_t first;          /* the index of the sentence's first token in an->toks */
    size_t sk;             /* search_tokens()' cursor: no earlier token holds its start */
    size_t ak;             /* gate_anchor()'s last answer, or SIZE_MAX: none yet */
} gate;

/* The first of the tokens toks[k..n) that ends after byte offset off, or n: a binary search
 * (tokens come in text order and do not overlap, so their ends rise). */
static size_t tok_ending_after(const ct_token *toks, size_t k, size_t n, uint32_t off)
{
    while (k < n) {
        size_t mid = k + (n - k) / 2;
        if (toks[mid].off + toks[mid].len <= off)
            k = mid + 1;
        else
            n = mid;
    }
    return k;
}

/* Sets up g for an's sentences (gate_sentence() picks one), T holding the tables of an's
 * lexicons; returns 0, or -1 when the marks cannot judge (no marks, or a table without a mark
 * bit): then scan without a gate. */
static int gate_init(gate *g, const tabs *T, const ct_analysis *an)
{
    memset(g, 0, sizeof *g);
    if (!an->lexmask) return -1;
    if (!T->numbers_bit || !T->weekdays_bit || !T->months_bit) return -1;
    g->bits = T->numbers_bit | T->weekdays_bit | T->months_bit;
    if (!(g->tense = ct_lex_bit(T->tense))) return -1;
    g->w = start_words();
    g->text = an->text;
    g->an = an;
    return 0;
}

/* Points g at the tokens toks[0..n) of the sentence about to be scanned. */
static void gate_sentence(gate *g, const ct_analysis *an, const ct_token *toks, size_t n)
{
    g->toks = toks;
    g->marks = an->lexmask + (toks - an->toks);
    g->words = (an->lexword ? an->lexword : an->lexmask) + (toks - an->toks);
    g->n = n;
    g->first = (size_t)(toks - an->toks);
    g->k = g->tk = g->wk = g->sk = 0;
    g->ak = SIZE_MAX;
}

/* May the word p[0..len) (ASCII letters) begin a key of a table of bits? 1 when its token's
 * mark in marks (g->marks: a key begins with the token's key; g->words: a key's first word is
 * it) has one of the bits, or when it is not a whole token (the gate cannot tell). *k is a
 * cursor into the tokens (g->k, g->tk): each asks its words in text order. */
static inline int gate_marked(gate *g, size_t *k, const char *p, size_t len, const uint64_t *marks,
                              uint64_t bits)
{
    uint32_t off = (uint32_t)(p - g->text);
    while (*k < g->n && g->toks[*k].off < off)
        ++*k;
    if (*k == g->n || g->toks[*k].off != off || g->toks[*k].len != len) return 1;
    return (marks[*k] & bits) != 0;
}

/* gate_marked() of g->words for the scanner, which may ask a word again after later ones:
 * may the word p[0..len) (ASCII letters) be the first word of a key of the table of bit? */
static inline int gate_word(gate *g, const char *p, size_t len, uint64_t bit)
{
    uint32_t off = (uint32_t)(p - g->text);
    size_t k = g->wk;
    while (k < g->n && g->toks[k].off < off)
        k++;
    while (k > 0 && g->toks[k - 1].off >= off)
        k--;
    g->wk = k;
    if (k == g->n || g->toks[k].off != off || g->toks[k].len != len) return 1;
    return (g->words[k] & bit) != 0;
}

/* lex_int()'s lookup of the word p[0..len) (ASCII letters) in t, which gate_word() asked
 * last: when the word is the whole of its token (g->wk), the token's key, folded and hashed
 * once (ct_lex_mark()), is the word's (the letters lowercased, text.h), and *v is the token's
 * value (ct_lex_tok()); returns 1 then, 0 when the word is no whole token. */
static inline int gate_lex(const gate *g, const ct_lexicon *t, const char *p, size_t len,
                           const char **v)
{
    size_t k = g->wk;
    if (k == g->n || g->toks[k].off != (uint32_t)(p - g->text) || g->toks[k].len != len) return 0;
    *v = ct_lex_tok(t, g->an, g->first + k);
    return 1;
}

/* May an expression begin at the word start p, whose ASCII letters are p[0..len)? Only when
 * the word is one of START_LISTS (those of its first letter and length, compared) or the
 * first word of a number, weekday or month key; 1 when the gate cannot tell. */
static inline int gate_open(gate *g, const char *p, size_t len)
{
    if (!g || !len || g->w->crowded) return 1;
    const start_index *w = g->w;
    if (len < GATE_LEN)
        for (size_t i = w->head[(size_t)((*p | 32) - 'a') * GATE_LEN + len]; i; i = w->next[i])
            if (w->list[i] != PASS_ONLY && ct_ieq(p, len, w->starts[i])) return 1;
    /* A number, weekday or month word is looked up whole (lex_int), so its key is a key of
     * the table and the token's first-word mark has the table's bit. */
    return gate_marked(g, &g->k, p, len, g->words, g->bits);
}

/* word_in() of START_LISTS[l] at the word p[0..n) (n >= 1), from the gate's words of its
 * first letter and length; when they did not all fit, from the list itself. */
static inline int gate_list_word(const gate *g, int l, const char *p, size_t n)
{
    const start_index *w = g->w;
    if (w->crowded) return word_in_len(p, n, START_LISTS[l]);
    if (n >= GATE_LEN) return -1;
    for (size_t i = w->head[(size_t)((*p | 32) - 'a') * GATE_LEN + n]; i; i = w->next[i])
        if (w->list[i] == l && ct_ieq(p, n, w->starts[i])) return w->index[i];
    return -1;
}

/* Is the word p[0..n) (ASCII letters) one of the gate's START_LISTS, PASS_LISTS or
 * ANCHOR_LISTS words? */
static int gate_listed(const start_index *x, const char *p, size_t n)
{
    if (n >= GATE_LEN) return 0;
    size_t c = (size_t)(((unsigned char)*p | 32u) - 'a') * GATE_LEN + n;
    for (size_t i = x->head[c]; i; i = x->next[i])
        if (ct_ieq(p, n, x->starts[i])) return 1;
    for (size_t i = x->anchor_head[c]; i; i = x->anchor_next[i])
        if (ct_ieq(p, n, x->anchors[i])) return 1;
    return 0;
}

/* May token k of g's sentence, a token of no ASCII digit that is not a whole word of ASCII
 * letters ("Díaz", "липня", "Seoul’s"), take part in an expression? The scanner's words in it
 * are its runs of ASCII letters ("D", "az"); an expression begins at a START_LISTS word or a
 * number, weekday or month word (scan_impl()), passes only START_LISTS and PASS_LISTS words
 * and number words before its first anchor, and otherwise holds an ANCHOR_LISTS word or a
 * weekday or month word, capitalized, of three to nine letters (parse_month()); a reading
 * crosses no other byte of the token (skip_ws(): a token holds no white space). So when no run
 * is such a word, the token is no anchor, and no reading passes it (gate_passes()). A run that
 * may go on past the token (a letter or digit next to it) is not judged: 1. */
static int gate_token_held(const gate *g, const tabs *T, size_t k)
{
    const ct_token *tk = &g->toks[k];
    const char *p = g->text + tk->off, *e = p + tk->len;
    if ((tk->off > 0 && is_an((unsigned char)p[-1])) ||
        (e < g->an->text + g->an->len && is_an((unsigned char)*e)))
        return 1;
    while (p < e) {
        if (!is_al((unsigned char)*p)) {
            p++;
            continue;
        }
        size_t n = word_len(p, e);
        int fl;
        if (gate_listed(g->w, p, n) || lex_int(T, T->numbers, 0, p, n, &fl)) return 1;
        if (is_up((unsigned char)*p) && n >= 3 && n <= 9 &&
            (lex_int(T, T->months, 0, p, n, &fl) || lex_int(T, T->weekdays, 0, p, n, &fl)))
            return 1;
        p += n;
    }
    return 0;
}

/* The first anchor at or after token k of g's sentence, or g->n when none; asked with k never
 * falling, it reads each token once. An anchor is a token an expression holds one of
 * (ANCHOR_LISTS): digits, a token of letters past ASCII that gate_token_held() cannot pass
 * over, a capitalized weekday or month word (parse_weekday() and parse_month() want the
 * capital), or an ANCHOR_LISTS word; punctuation never is, nor a number word ("the two
 * cities"), which counts only before an ANCHOR_LISTS word. */
static size_t gate_anchor(gate *g, const tabs *T, size_t k)
{
    if (g->ak != SIZE_MAX && g->ak >= k) return g->ak;
    const ct_token *toks = g->toks;
    const uint64_t *words = g->words;
    const char *text = g->text;
    const start_index *x = g->w;
    uint64_t named = T->weekdays_bit | T->months_bit;
    size_t n = g->n;
    if (x->crowded) { /* every word may be an anchor */
        while (k < n && (toks[k].flags & CT_TOK_PUNCT))
            k++;
        return g->ak = k;
    }
    /* one test of the flags passes over a lowercase word of ASCII letters, most tokens; the
     * rest are told apart only then */
    const unsigned kinds = CT_TOK_PUNCT | CT_TOK_WORD | CT_TOK_ALNUM | CT_TOK_DIGIT | CT_TOK_CAP;
    const unsigned plain = CT_TOK_WORD | CT_TOK_ALNUM;
    for (; k < n; k++) {
        unsigned f = toks[k].flags & kinds;
        if (f != plain) {
            if (f & CT_TOK_PUNCT) continue; /* one character, no ASCII letter or digit */
            /* a digit (the tokenizer's CT_TOK_DIGIT); letters past ASCII, judged by the words
             * of ASCII letters among them */
            if ((f & ~CT_TOK_CAP) != plain) {
                if ((f & (CT_TOK_DIGIT | CT_TOK_ALNUM)) || gate_token_held(g, T, k)) break;
                continue;
            }
            if (words[k] & named) break; /* capitalized */
        }
        size_t len = toks[k].len;
        if (len >= GATE_LEN) continue;
        const char *p = text + toks[k].off;
        /* most words have no anchor of their first letter and length: one bit tells */
        if (!(x->anchor_lens[(unsigned char)*p] >> len & 1)) continue;
        size_t i = x->anchor_head[(size_t)(((unsigned char)*p | 32u) - 'a') * GATE_LEN + len];
        while (i && !ct_ieq(p, len, x->anchors[i]))
            i = x->anchor_next[i];
        if (i) break;
    }
    return g->ak = k;
}

/* May a reading pass token k of g's sentence, a word of ASCII letters that is no anchor? Only
 * when it is a word of START_LISTS or PASS_LISTS, or a number word. */
static inline int gate_passes(const gate *g, const tabs *T, size_t k)
{
    const ct_token *tk = &g->toks[k];
    const char *p = g->text + tk->off;
    size_t n = tk->len;
    const start_index *w = g->w;
    /* a token of letters past ASCII that is no anchor holds no word a reading passes
     * (gate_token_held()) */
    if (!(tk->flags & CT_TOK_ALNUM)) return 0;
    if (n < GATE_LEN)
        for (size_t i = w->head[(size_t)((*p | 32) - 'a') * GATE_LEN + n]; i; i = w->next[i])
            if (ct_ieq(p, n, w->starts[i])) return 1;
    /* a number word is looked up whole (lex_int()): the first-word mark alone is not enough
     * ("a" begins "a hundred") */
    return (g->words[k] & T->numbers_bit) && ct_lex_tok(T->numbers, g->an, g->first + k);
}

/* The most words scan_impl() passes before the first anchor of an expression, a bound its
 * grammar sets, not the texts: a point passes at most a lead (LEADS), an edge (EDGES), a RELS
 * word, "the", a part of the day and "of", and then parse_point() only the "the" of "the 5th"
 * before digits, a weekday or a month word: seven ("on early-next the morning of the 5th"). A
 * count (parse_count_expr()) passes at most a lead (DUR_LEADS, "in", "during") or an edge, a
 * hedge of two words ("more than"), "the", "past" or "last", and a count of two number words
 * (parse_count(): "twenty-six"): seven ("for more than the past twenty-six years"). Each piece
 * is read at most once. A reading that passes more words must raise it (test_dates' gated
 * sentences fail at six). */
enum { ANCHOR_REACH = 7 };

/* search_impl() tried at the positions [from, to) only. */
static int search_bytes(const tabs *T, const ct_date_anchor *A, const char *base, const char **pp,
                        const char *from, const char *to, const char *end, const ct_date_expr *prev,
                        gate *g, ct_date_expr *out)
{
    for (const char *p = from; p < to; p++) {
        if (!is_an((unsigned char)*p)) continue;
        size_t len =
            is_al((unsigned char)*p) ? word_len(p, end) : 0; /* its letters, 0 at a digit */
        if (at_word_start(base, p) && gate_open(g, p, len)) {
            int list = prev && prev->end && prev->value.start.y > 0 && list_gap(prev->end, p);
            const char *e;
            if (T->asked) *T->asked = 0; /* of the expression found only */
            if (scan_impl(T, A, p, end, list, out, &e) == 0) {
                out->end = e;
                *pp = e;
                return 0;
            }
        }
        /* the rest of a letter or digit run starts no word (at_word_start) */
        p += len ? len - 1 : 0;
        while (p + 1 < end && is_an((unsigned char)p[1]))
            p++;
    }
    return -1;
}

/* Finds the next expression at or after *pp in [*pp, end): tries every word start, in text
 * order, that the gate g (or NULL) lets pass; on success advances *pp past it. */
static int search_impl(const tabs *T, const ct_date_anchor *A, const char *base, const char **pp,
                       const char *end, const ct_date_expr *prev, gate *g, ct_date_expr *out)
{
    return search_bytes(T, A, base, pp, *pp, end, end, prev, g, out);
}

/* search_impl() over the tokens of g's sentence (end is the end of its last token), trying
 * only an anchor and the tokens before it that a reading may pass on its way there: a word
 * start anywhere else begins no expression, since an expression holds an anchor
 * (ANCHOR_LISTS) and passes at most ANCHOR_REACH words before the first, each a whole token
 * (a word that is not the whole of its token makes that token an anchor, but in a token
 * gate_token_held() passes over) of PASS_LISTS,
 * START_LISTS or a number word, with no punctuation but hyphens between. The same answers as
 * search_impl(); most tokens are passed over in one test each, and most sentences without a
 * word start tried. */
static int search_tokens(const tabs *T, const ct_date_anchor *A, const char *base, const char **pp,
                         const char *end, const ct_date_expr *prev, gate *g, ct_date_expr *out)
{
    size_t k = g->sk = tok_ending_after(g->toks, g->sk, g->n, (uint32_t)(*pp - g->text));
    for (;;) {
        size_t a = gate_anchor(g, T, k);
        if (a == g->n) return -1;
        /* back from the anchor over the words and hyphens a reading may pass, at most
         * ANCHOR_REACH words */
        size_t s = a;
        for (size_t words = 0; s > k; s--) {
            const ct_token *t = &g->toks[s - 1];
            if (t->flags & CT_TOK_PUNCT) {
                if (t->len == 1 && g->text[t->off] == '-') continue;
                break;
            }
            if (words == ANCHOR_REACH || !gate_passes(g, T, s - 1)) break;
            words++;
        }
        for (; s <= a; s++) {
            const ct_token *tk = &g->toks[s];
            if (tk->flags & CT_TOK_PUNCT) continue;
            const char *p = g->text + tk->off;
            if (search_bytes(T, A, base, pp, p < *pp ? *pp : p, p + tk->len, end, prev, g, out) ==
                0)
                return 0;
        }
        k = a + 1;
    }
}

int ct_date_search(const char **pp, const char *end, const ct_date_anchor *anchor,
                   const ct_date_expr *prev, ct_date_expr *out)
{
    tabs T;
    tabs_get(anchor->lex, &T);
    if (!pp || !*pp) return -1;
    return search_impl(&T, anchor, *pp, pp, end, prev, NULL, out);
}

/* ---- tense ---- */

typedef struct {
    uint32_t off; /* byte offset of the cue in the sentence */
    int tense;    /* CT_TENSE_PAST or CT_TENSE_FUTURE */
} cue;

/* The tense cues of a sentence, read word by word only as far as a question needs them
 * (cues_tense_at()): each cue depends on the words before it and the two after, never on
 * later ones, so the cues read so far are those a full reading would give first. */
enum { MAX_CUE_WORDS = 400, MAX_CUES = 128, NO_TOKEN = UINT32_MAX, CUE_AHEAD = 16 };
typedef struct {
    const tabs *T;
    const char *s, *end;        /* the sentence */
    gate *g;                    /* its gate (its tokens, its tense cursor), or NULL */
    const char *wp;             /* where the next word is looked for */
    size_t t;                   /* with a gate, the first token not read past */
    uint32_t ws[MAX_CUE_WORDS]; /* the words found: offsets in s */
    uint32_t wl[MAX_CUE_WORDS]; /* their lengths */
    uint32_t wt[MAX_CUE_WORDS]; /* the token each is, or NO_TOKEN when not a whole one */
    size_t nw;                  /* words found */
    size_t i;                   /* the next word to read for a cue */
    size_t covered;             /* words before it belong to a phrase already read */
    cue cues[MAX_CUES];         /* the cues read, in text order */
    size_t nc;
} cue_reader;

/* Starts r at the sentence s[0..len), no word read yet. */
static void cues_init(cue_reader *r, const tabs *T, const char *s, size_t len, gate *g)
{
    r->T = T, r->s = s, r->end = s + len, r->g = g, r->wp = s;
    r->nw = r->i = r->covered = r->nc = r->t = 0;
}

/* Finds words (ASCII letter runs not inside a longer run) until r holds `want` of them, or
 * the sentence or MAX_CUE_WORDS ends; when `stop` is not NULL, not at or past it. */
static void cues_words_bytes(cue_reader *r, size_t want, const char *stop)
{
    const char *p = r->wp, *s = r->s, *end = r->end, *to = stop ? stop : end;
    while (r->nw < want && r->nw < MAX_CUE_WORDS) {
        while (p < to && !is_al((unsigned char)*p))
            p++;
        if (p >= to) break;
        size_t n = word_len(p, end);
        /* a run after a digit ("2nd") is no word, nor does any of its letters begin one */
        if (p == s || !is_an((unsigned char)p[-1])) {
            r->ws[r->nw] = (uint32_t)(p - s), r->wl[r->nw] = (uint32_t)n;
            r->wt[r->nw++] = NO_TOKEN;
        }
        p += n;
    }
    r->wp = p;
}

/* cues_words_bytes() over the tokens of the gate's sentence, the same words: a token of
 * ASCII letters alone is a word, whole, without a byte read (no letter or digit comes before
 * a token's start but in a token cut at 65535 bytes, which, like the piece after it, is read
 * as bytes); punctuation holds none; the bytes of any other token are read as
 * cues_words_bytes() reads them. */
static void cues_words(cue_reader *r, size_t want)
{
    gate *g = r->g;
    if (!g) {
        cues_words_bytes(r, want, NULL);
        return;
    }
    /* (all in registers: a store to r may alias the gate's fields, and r->wp those of r) */
    const char *s = r->s, *text = g->text, *wp = r->wp;
    const ct_token *toks = g->toks;
    size_t nw = r->nw, t = r->t, n = g->n, cap = want < MAX_CUE_WORDS ? want : MAX_CUE_WORDS;
    while (nw < cap && t < n) {
        const ct_token *tk = &toks[t];
        const char *a = text + tk->off, *b = a + tk->len;
        if (b <= wp || (tk->flags & CT_TOK_PUNCT)) {
            t++;
            continue;
        }
        if (a >= wp &&
            (tk->flags & (CT_TOK_WORD | CT_TOK_ALNUM | CT_TOK_DIGIT)) ==
                (CT_TOK_WORD | CT_TOK_ALNUM) &&
            tk->len < UINT16_MAX) {
            r->ws[nw] = (uint32_t)(a - s), r->wl[nw] = tk->len;
            r->wt[nw++] = (uint32_t)t;
            wp = b;
            t++;
            continue;
        }
        r->nw = nw, r->wp = wp;
        cues_words_bytes(r, want, b);
        nw = r->nw, wp = r->wp;
        if (wp >= b) t++;
    }
    r->nw = nw, r->t = t, r->wp = wp;
}

/* Makes r hold `want` words, when the sentence has them: when it holds fewer, it finds them and
 * a few more at once (words depend on nothing read for cues). */
static inline void cues_need(cue_reader *r, size_t want)
{
    if (r->nw < want) cues_words(r, want + CUE_AHEAD);
}

/* Reads word r->i for a cue (adding at most one); returns 0 when no word or room is left. */
static int cues_step(cue_reader *r)
{
    if (r->nc >= MAX_CUES) return 0;
    cues_need(r, r->i + 3); /* a phrase reaches two words further */
    if (r->i >= r->nw) return 0;
    const tabs *T = r->T;
    const char *s = r->s;
    const uint32_t *ws = r->ws, *wl = r->wl;
    size_t i = r->i++, nw = r->nw;
    gate *g = r->g;
    const char *v = NULL;
    int j = -1;
    /* Every phrase key here begins with the word's key (the token's mark, g->marks, tells); when
     * a separator (text.h) follows the word, that key is its first word, which the token's
     * first-word mark (g->words) tells of exactly. A word that is a whole token (r->wt) has its
     * marks at hand; of another the gate finds the token, if any. */
    int cue_word = T->tense != NULL;
    if (g && cue_word) {
        uint32_t t = r->wt[i];
        if (t != NO_TOKEN && !(g->marks[t] & g->tense)) {
            cue_word = 0; /* (a first-word mark is a mark) */
        } else {
            const char *we = s + ws[i] + wl[i];
            int word_ends = we >= r->end || *we == ' ' || *we == '\t' || *we == '\n' ||
                            *we == '\r' || *we == '-' || *we == '.' || *we == '\'';
            const uint64_t *marks = word_ends ? g->words : g->marks;
            cue_word = t != NO_TOKEN ? (marks[t] & g->tense) != 0
                                     : gate_marked(g, &g->tk, s + ws[i], wl[i], marks, g->tense);
        }
    }
    /* no phrase begins here, and no past form ends here: no cue */
    int ed = wl[i] >= 5 && s[ws[i] + wl[i] - 1] == 'd' && s[ws[i] + wl[i] - 2] == 'e';
    if (!cue_word && !ed) return 1;
    /* a participle after a bare "be" ("will be signed", "would be held") tells no past */
    int after_be = i > 0 && wl[i - 1] == 2 && ct_ieq(s + ws[i - 1], 2, "be");
    if (cue_word) {
        /* the longest phrase of 3, 2 or 1 words (at most 40 bytes) starting here, one fold */
        size_t ends[3], ne = 0;
        for (size_t k = 1; k <= 3 && i + k <= nw; k++)
            if (ws[i + k - 1] + wl[i + k - 1] - ws[i] <= 40)
                ends[ne++] = ws[i + k - 1] + wl[i + k - 1] - ws[i];
        if (ne) j = ct_lex_lookup_ends(T->tense, s + ws[i], ends, ne, &v);
    }
    if (j >= 0) {
        size_t k = (size_t)j + 1;
        int t = strcmp(v, "future") == 0 ? CT_TENSE_FUTURE
                : strcmp(v, "past") == 0 ? CT_TENSE_PAST
                                         : 0;
        /* inside a phrase ("is to be held") only a longer future reading counts */
        if (t == CT_TENSE_PAST && after_be) t = 0;
        if (t && (i >= r->covered || (t == CT_TENSE_FUTURE && i + k > r->covered))) {
            r->cues[r->nc].off = ws[i];
            r->cues[r->nc].tense = t;
            r->nc++;
        }
        if (i + k > r->covered) r->covered = i + k;
    } else if (ed && !after_be && i >= r->covered && !is_up((unsigned char)s[ws[i]])) {
        r->cues[r->nc].off = ws[i];
        r->cues[r->nc].tense = CT_TENSE_PAST;
        r->nc++;
    }
    return 1;
}

/* Is word i of r, found (i < r->nw), one that gives no cue and covers no word: a whole token
 * (r->wt) whose mark begins no tense phrase, ending in no "-ed"? cues_step() does nothing
 * with it but pass it. */
static inline int cues_quiet(const cue_reader *r, size_t i)
{
    uint32_t t = r->wt[i];
    if (t == NO_TOKEN || (r->T->tense && (r->g->marks[t] & r->g->tense))) return 0;
    const char *w = r->s + r->ws[i];
    size_t n = r->wl[i];
    return !(n >= 5 && w[n - 1] == 'd' && w[n - 2] == 'e');
}

/* cues_step(), passing a quiet word (cues_quiet()) without its work. */
static inline int cues_next(cue_reader *r)
{
    if (r->nc < MAX_CUES && r->i < r->nw && cues_quiet(r, r->i)) {
        r->i++;
        return 1;
    }
    return cues_step(r);
}

/* Tense of the expression at s[at..at_end): the nearest cue before it, else the first one
 * after it. Questions come in text order; the cues are read only as far as the answer needs:
 * every word before `at`, and after it only until a cue past at_end when none came before. */
static int cues_tense_at(cue_reader *r, size_t at, size_t at_end)
{
    for (;;) {
        cues_need(r, r->i + 1);
        if (r->i >= r->nw || r->ws[r->i] >= at || !cues_next(r)) break;
    }
    int before = CT_TENSE_UNKNOWN;
    for (size_t k = 0; k < r->nc; k++)
        if (r->cues[k].off < at) before = r->cues[k].tense;
    if (before != CT_TENSE_UNKNOWN) return before;
    for (size_t k = 0; k < r->nc; k++)
        if (r->cues[k].off >= at_end) return r->cues[k].tense;
    for (;;) {
        size_t nc = r->nc;
        if (!cues_next(r)) return CT_TENSE_UNKNOWN;
        if (r->nc > nc && r->cues[nc].off >= at_end) return r->cues[nc].tense;
    }
}

int ct_date_tense(const ct_lexicons *lex, const char *s, size_t len, size_t at)
{
    tabs T;
    cue_reader r;
    tabs_get(lex, &T);
    cues_init(&r, &T, s, len, NULL);
    return cues_tense_at(&r, at, at);
}

/* ct_dates_in_text() with the tables T of lex (tabs_get), and a gate over the sentence's
 * words, or none (g NULL). */
static size_t dates_in_text(const ct_lexicons *lex, const tabs *T0, ct_ymd pub, const char *s,
                            size_t len, int16_t *ref_year, gate *g, ct_date_expr *out, size_t cap)
{
    tabs T = *T0;
    if (g) T.list_lens = (const uint32_t(*)[26])g->w->list_lens, T.g = g;
    /* The tense cues are read only once an expression is found whose value or future mark
     * depends on the tense, and only as far as its tense needs: most sentences hold none, and
     * the search itself does not depend on them (it runs with an unknown tense). Asked for the
     * expressions in text order or for only some of them, the reader gives the same answers. */
    cue_reader cues;
    cues_init(&cues, &T, s, len, g);
    ct_date_anchor A;
    memset(&A, 0, sizeof A);
    A.pub = pub;
    A.lex = lex;
    A.ref_year = ref_year ? *ref_year : 0;
    const char *p = s, *end = s + len;
    size_t n = 0;
    ct_date_expr e, *prev = NULL;
    int asked = 0;
    T.asked = &asked;
    lex_said said[3] = {{NULL, 0, 0, 0}, {NULL, 0, 0, 0}, {NULL, 0, 0, 0}};
    T.said = said;
    while (n < cap) {
        A.tense = CT_TENSE_UNKNOWN;
        if ((g ? search_tokens(&T, &A, s, &p, end, prev, g, &e)
               : search_impl(&T, &A, s, &p, end, prev, NULL, &e)) != 0)
            break;
        /* The tense of its clause, only when the expression's reading asked it (T.asked) or a
         * date not before the publication day may be future (below); rescan with it only when
         * the reading asked it and it is known: else the scan found the same. */
        const char *q = e.end;
        if (asked || (e.kind == CT_DM_DATE && ymd_cmp(&e.value.start, &pub) >= 0))
            A.tense = cues_tense_at(&cues, (size_t)(e.start - s), (size_t)(e.end - s));
        out[n] = e;
        if (asked && A.tense != CT_TENSE_UNKNOWN) {
            int list = prev && prev->end && prev->value.start.y > 0 && list_gap(prev->end, e.start);
            if (scan_impl(&T, &A, e.start, end, list, &out[n], &q) != 0) break;
            out[n].end = q;
        }
        if (out[n].kind == CT_DM_DATE && A.tense == CT_TENSE_FUTURE) {
            int c = ymd_cmp(&out[n].value.start, &pub);
            if (c >= 0) out[n].future = 1;
        }
        if (out[n].year_given && out[n].value.start.y > 0)
            A.ref_year = out[n].value.start.y;
        else if (out[n].kind == CT_DM_DATE && out[n].value.start.y > 0 && out[n].value.start.m == 0)
            A.ref_year = out[n].value.start.y;
        prev = &out[n];
        p = q;
        n++;
    }
    if (ref_year) *ref_year = A.ref_year;
    return n;
}

size_t ct_dates_in_text(const ct_lexicons *lex, ct_ymd pub, const char *s, size_t len,
                        int16_t *ref_year, ct_date_expr *out, size_t cap)
{
    tabs T;
    tabs_get(lex, &T);
    return dates_in_text(lex, &T, pub, s, len, ref_year, NULL, out, cap);
}

/* ---- the stage: date mentions ---- */

int ct_dates_find(ct_analysis *an)
{
    if (!an || !an->ctx || !an->ctx->lex) return 0;
    if (an->dates.size == 0) ct_vec_init(&an->dates, sizeof(ct_date_mention));
    ct_ymd pub = an->has_published ? an->published.start : mk(0, 0, 0);
    int16_t ref = 0, last_year = 0;
    enum { CAP = 64 };
    ct_date_expr ex[CAP];
    tabs T; /* the lexicons' tables, looked up once per article */
    tabs_get(an->ctx->lex, &T);
    gate g;
    int gated = gate_init(&g, &T, an) == 0;
    for (size_t si = 0; si < an->nsents; si++) {
        const ct_sentence *st = &an->sents[si];
        if (st->flags & CT_SENT_BOILER) continue;
        const char *s = an->text + st->off;
        if (gated) {
            gate_sentence(&g, an, an->toks + st->tok, st->ntok);
            if (gate_anchor(&g, &T, 0) == g.n) continue; /* no anchor: no expression */
        }
        size_t n =
            dates_in_text(an->ctx->lex, &T, pub, s, st->len, &ref, gated ? &g : NULL, ex, CAP);
        for (size_t i = 0; i < n; i++) {
            uint32_t a = (uint32_t)(ex[i].start - an->text), b = (uint32_t)(ex[i].end - an->text);
            uint32_t t1 = st->tok + st->ntok, ft = UINT32_MAX, lt = 0;
            for (uint32_t t = (uint32_t)tok_ending_after(an->toks, st->tok, t1, a); t < t1; t++) {
                const ct_token *tk = &an->toks[t];
                if (tk->off >= b) break;
                if (ft == UINT32_MAX) ft = t;
                lt = t;
            }
            if (ft == UINT32_MAX) continue;
            ct_date_mention *dm = ct_vec_push(an->arena, &an->dates);
            if (!dm) return CT_ENOMEM;
            dm->tok = ft;
            dm->ntok = lt - ft + 1;
            dm->kind = ex[i].kind;
            dm->future = ex[i].future;
            dm->n = ex[i].n;
            dm->value = ex[i].value;
            dm->sent = (uint32_t)si;
            /* With no publication year, a yearless "Nov. 4" takes the year the article last
             * wrote in full ("arrived on Nov. 3, 2022 ... On Nov. 4, ..."). */
            if (pub.y <= 0 && dm->kind == CT_DM_DATE && dm->value.start.y == 0 &&
                dm->value.start.m > 0 && last_year > 0) {
                dm->value.start.y = last_year;
                if (dm->value.end.m != 0 && dm->value.end.y == 0) dm->value.end.y = last_year;
            }
            if (ex[i].kind == CT_DM_DATE && ex[i].year_given && ex[i].value.start.y > 0)
                last_year = ex[i].value.start.y;
        }
    }
    return 0;
}

const ct_date_mention *ct_dates_in_sentence(const ct_analysis *an, size_t sent, size_t *n)
{
    *n = 0;
    const ct_date_mention *dm = an->dates.items;
    size_t i = 0, total = an->dates.n;
    while (i < total && dm[i].sent < sent)
        i++;
    size_t j = i;
    while (j < total && dm[j].sent == sent)
        j++;
    *n = j - i;
    return j > i ? dm + i : NULL;
}

/* ---- publication date ---- */

long ct_ymd_days(const ct_ymd *d)
{
    return days_from_civil(d->y > 0 ? d->y : 2000, d->m, d->d);
}

int ct_ymd_parse(const char *s, size_t n, ct_ymd *out)
{
    const char *p = s, *end = s + n;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    int v[3] = {0, 0, 0}, k = 0;
    int unk[3] = {0, 0, 0};
    while (k < 3 && p < end) {
        if (*p == 'X' || *p == 'x') {
            const char *q = p;
            while (q < end && (*q == 'X' || *q == 'x'))
                q++;
            unk[k] = 1;
            if (q - p != (k == 0 ? 4 : 2)) return -1;
            p = q;
        } else {
            int x, nd;
            const char *q = read_uint(p, end, &x, &nd);
            if (!q || (k == 0 && nd != 4) || (k > 0 && nd > 2)) return -1;
            v[k] = x;
            p = q;
        }
        k++;
        if (p < end && (*p == '-' || *p == '.' || *p == '/') && k < 3 && p + 1 < end &&
            (is_dg((unsigned char)p[1]) || p[1] == 'X' || p[1] == 'x'))
            p++;
        else
            break;
    }
    if (p < end && !(*p == 'T' || *p == ' ' || *p == '.' || *p == 'Z' || *p == '+')) return -1;
    if (!unk[0] && (v[0] < 1000 || v[0] > 2999)) return -1;
    if (k >= 2 && !unk[1] && (v[1] < 1 || v[1] > 12)) return -1;
    if (k >= 3 && !unk[2] && (v[2] < 1 || v[2] > 31)) return -1;
    *out =
        mk(unk[0] ? 0 : v[0], k >= 2 ? (unk[1] ? -1 : v[1]) : 0, k >= 3 ? (unk[2] ? -1 : v[2]) : 0);
    return 0;
}

/* A publication date written at p: numeric forms (two-digit years only when yy2), or month
 * forms with a written year, an optional weekday before. */
static const char *parse_pubdate(const tabs *T, const char *p, const char *end, int yy2,
                                 ct_ymd *out)
{
    pdate o;
    memset(&o, 0, sizeof o);
    /* Korean "2024년 3월 21일" */
    static const char *const ko[] = {"\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC"};
    int v[3], nd, k = 0;
    const char *kq = p;
    for (; k < 3; k++) {
        const char *t = read_uint(kq, end, &v[k], &nd);
        if (!t || end - t < 3 || memcmp(t, ko[k], 3) != 0) break;
        kq = skip_ws(t + 3, end);
    }
    if (k == 3 && v[0] >= 1900 && v[0] <= 2099 && v[1] >= 1 && v[1] <= 12 && v[2] >= 1 &&
        v[2] <= month_days(v[0], v[1])) {
        *out = mk(v[0], v[1], v[2]);
        return kq;
    }
    const char *q = parse_numeric(p, end, &o, yy2, 1);
    if (!q) {
        q = parse_point(T, p, end, 0, 0, &o);
        if (!q || !o.ygiven || !o.m) return NULL;
    }
    *out = mk(o.y, o.m, o.d);
    return q;
}

/* Candidate ranks, strongest first. */
enum {
    R_LABEL = 1,
    R_LABEL2 = 2,
    R_DATELINE = 3,
    R_LONE = 4,
    R_DATELINE_NOYEAR = 5,
    R_COPYRIGHT = 6,
    R_NONE = 99
};

/* The keys of the text's prefixes at one position that label_at() compares the labels
 * outside ASCII with: made once there for all of them (ct_key() is the costly part). */
typedef struct {
    const char *p;  /* the position, or NULL: none made yet */
    size_t n;       /* prefixes made: those ending at the first n code point ends */
    char k[16][64]; /* their keys */
} prefix_keys;

/* Case-insensitive match of a label key (lowercase, words separated by one space) at p;
 * returns the position after it. Keys outside ASCII (Hangul) compare through ct_key, the
 * keys of the text at p kept in pk for the next label asked at p. */
static const char *label_at(const char *p, const char *end, const char *key, prefix_keys *pk)
{
    if ((unsigned char)*key >= 0x80) {
        if ((unsigned char)*p < 0x80) return NULL;
        if (pk->p != p) pk->p = p, pk->n = 0;
        size_t j = 0; /* the prefix ending at q: at most 16 bytes, so at most 16 of them */
        for (const char *q = p + 1; q <= end && q - p <= 16; q++) {
            if (q < end && ((unsigned char)*q & 0xC0) == 0x80) continue;
            if (j == pk->n) ct_key(pk->k[pk->n++], sizeof pk->k[0], p, (size_t)(q - p));
            if (strcmp(pk->k[j++], key) == 0) return q;
            if (q < end && (unsigned char)*q < 0x80) break;
        }
        return NULL;
    }
    for (; *key; key++) {
        if (*key == ' ') {
            if (p >= end || (*p != ' ' && *p != '\t')) return NULL;
            while (p < end && (*p == ' ' || *p == '\t'))
                p++;
            continue;
        }
        if (p >= end) return NULL;
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != *key) return NULL;
        p++;
    }
    return p;
}

/* The publication labels grouped by first byte, each group in table order: label_at() matches
 * an ASCII label only at a letter that lowercases to its first byte, and a label outside ASCII
 * (Hangul) only at a byte outside ASCII, so only that group is tried at a word. */
enum { MAX_LABELS = 128, LABEL_GROUPS = 28 };
typedef struct {
    const char *key[MAX_LABELS];    /* the labels' keys, by group */
    const char *val[MAX_LABELS];    /* their ranks, as written */
    uint8_t from[LABEL_GROUPS + 1]; /* group g: [from[g], from[g + 1]) (label_group()) */
    int all;                        /* more labels than MAX_LABELS: every label is tried */
} labels;

/* The group of a label beginning with byte c, or of a word beginning with it: 0..25 a letter
 * (either case), 26 outside ASCII, 27 any other byte (a label no word start tries). */
static size_t label_group(unsigned char c)
{
    return c >= 0x80 ? 26 : is_al(c) ? (size_t)((c | 32) - 'a') : 27;
}

/* Fills L with the publication labels of T, grouped by label_group() of their first byte. */
static void labels_index(const tabs *T, labels *L)
{
    size_t nl = T->published ? ct_lex_count(T->published) : 0;
    memset(L->from, 0, sizeof L->from);
    L->all = nl > MAX_LABELS;
    if (L->all) return;
    const char *key[MAX_LABELS], *val[MAX_LABELS];
    uint8_t group[MAX_LABELS], at[LABEL_GROUPS];
    for (size_t i = 0; i < nl; i++) {
        ct_lex_entry(T->published, i, &key[i], &val[i]);
        group[i] = (uint8_t)label_group((unsigned char)key[i][0]);
        L->from[group[i] + 1]++;
    }
    for (size_t g = 0; g < LABEL_GROUPS; g++)
        at[g] = L->from[g], L->from[g + 1] = (uint8_t)(L->from[g + 1] + L->from[g]);
    for (size_t i = 0; i < nl; i++) {
        size_t k = at[group[i]]++;
        L->key[k] = key[i], L->val[k] = val[i];
    }
}

/* The group of labels to try at a word beginning with byte c (a letter, or a byte outside
 * ASCII): [*lo, *hi) of L, or of the table itself when L->all. */
static void labels_at(const tabs *T, const labels *L, unsigned char c, size_t *lo, size_t *hi)
{
    if (L->all) {
        *lo = 0, *hi = ct_lex_count(T->published);
        return;
    }
    size_t g = label_group(c);
    *lo = L->from[g];
    *hi = L->from[g + 1];
}

/* Labelled date in the line [ls, le): "Posted on March 3, 2021", "승인 2024.03.21". L is
 * labels_index(): at a word only the labels that can begin there are tried. */
static int line_label(const tabs *T, const labels *L, const char *ls, const char *le, ct_ymd *out,
                      int *rank)
{
    if (!T->published) return 0;
    int best = R_NONE;
    prefix_keys pk;
    pk.p = NULL;
    for (const char *p = ls; p < le; p++) {
        unsigned char c = (unsigned char)*p;
        if (p > ls && is_al(c) && is_al((unsigned char)p[-1])) {
            while (p + 1 < le && is_al((unsigned char)p[1])) /* no letter of the run begins one */
                p++;
            continue;
        }
        if (!is_al(c) && c < 0x80) continue;
        if (c >= 0x80) {
            /* a non-ASCII label (Hangul) starts a word and has a digit close after it */
            if (c < 0xC0 || (p > ls && (unsigned char)p[-1] >= 0x80)) continue;
            const char *d = p;
            while (d < le && d - p < 24 && !is_dg((unsigned char)*d))
                d++;
            if (d >= le || d - p >= 24) continue;
        }
        int line_start = p == ls;
        if (!line_start && le - ls > 160) break;
        /* the longest label here; rank 0 labels ("event date") are not publication dates */
        const char *lq = NULL;
        int lrank = 0;
        size_t lo, hi;
        labels_at(T, L, c, &lo, &hi);
        for (size_t i = lo; i < hi; i++) {
            const char *key, *val;
            if (L->all)
                ct_lex_entry(T->published, i, &key, &val);
            else
                key = L->key[i], val = L->val[i];
            const char *q = label_at(p, le, key, &pk);
            if (!q || (q < le && is_al((unsigned char)*q))) continue;
            if (!lq || q > lq) lq = q, lrank = atoi(val);
        }
        if (!lq) continue;
        /* inside a line, a label is chrome only when capitalized and not after a lowercase
         * word ("Writer X Day18-08-01", not "the study was published on ...") */
        if (!line_start && c < 0x80) {
            const char *w = p;
            while (w > ls && (w[-1] == ' ' || w[-1] == '\t'))
                w--;
            const char *ws = w;
            while (ws > ls && is_al((unsigned char)ws[-1]))
                ws--;
            int colon = lq < le && (*lq == ':' || is_dg((unsigned char)*lq));
            if (!is_up(c) || (ws < w && ws[0] >= 'a' && ws[0] <= 'z' && !colon)) {
                p = lq - 1;
                continue;
            }
        }
        if (lrank == 0) {
            p = lq - 1;
            continue;
        }
        /* the date follows within a few words: "Posted by J. Doe on March 3, 2021",
         * "Updated: 10:01 AM, March 3, 2021" */
        ct_ymd d;
        int found = 0;
        static const char *const glue[] = {"on", "by", "at", "am", "pm", NULL};
        for (const char *r = lq; r < le && r - lq < 48 && !found; r++) {
            if (!is_an((unsigned char)*r) || (r > lq && is_an((unsigned char)r[-1]))) continue;
            if (parse_pubdate(T, r, le, r - lq <= 3, &d)) found = 1;
            /* prose between the label and a date: not a label ("the 29th day of October") */
            else if (r[0] >= 'a' && r[0] <= 'z' && word_in(r, le, glue) < 0)
                break;
        }
        if (!found) continue;
        int rk = lrank == 2 ? R_LABEL2 : R_LABEL;
        if (rk < best) {
            best = rk;
            *out = d;
        }
        if (best == R_LABEL) break;
        p = lq - 1;
    }
    if (best == R_NONE) return 0;
    *rank = best;
    return 1;
}

/* A dateline at the start of the line: "SEOUL, May 3 (Yonhap) --", "Mission, Texas - October
 * 27, 2023 -", "KARACHI, April 30:". */
static int line_dateline(const tabs *T, const char *ls, const char *le, ct_ymd *out, int *rank)
{
    const char *p = ls;
    int words = 0;
    while (p < le && p - ls < 60) {
        unsigned char c = (unsigned char)*p;
        if (!(is_up(c) || c >= 0x80)) return 0;
        while (p < le &&
               (is_al((unsigned char)*p) || (unsigned char)*p >= 0x80 || *p == '\'' || *p == '.'))
            p++;
        words++;
        if (words > 6) return 0;
        const char *q = p;
        while (q < le && *q == ' ')
            q++;
        size_t dl = dash_len(q, le);
        int sep = (q < le && *q == ',') || dl;
        if (sep) {
            const char *r = skip_ws(q + (dl ? dl : 1), le);
            pdate o;
            const char *s = parse_point(T, r, le, 0, 0, &o);
            if (s && o.m && o.d) {
                s = skip_ws(s, le);
                if (s < le && *s == '(') {
                    const char *t = memchr(s, ')', (size_t)(le - s));
                    if (!t || t - s > 40) return 0;
                    s = skip_ws(t + 1, le);
                }
                if (s < le && (dash_len(s, le) || *s == ':')) {
                    *out = mk(o.ygiven ? o.y : 0, o.m, o.d);
                    *rank = o.ygiven ? R_DATELINE : R_DATELINE_NOYEAR;
                    return 1;
                }
            }
            if (*q != ',') return 0;
            p = q + 1;
        } else {
            p = q;
        }
        while (p < le && *p == ' ')
            p++;
    }
    return 0;
}

/* After a date that starts a line: a time, then a label of the byline ("Source:", "Editor:",
 * "By:"), i.e. a capitalised word ending in ':' — "2021-11-09 10:32 Source: Xinhua". */
static int byline_after(const char *q, const char *le)
{
    while (q < le && (is_dg((unsigned char)*q) || *q == ':' || *q == ' ' || *q == '|'))
        q++;
    if (q >= le || !(*q >= 'A' && *q <= 'Z')) return 0;
    const char *w = q;
    while (q < le && is_al((unsigned char)*q))
        q++;
    return q < le && *q == ':' && q - w <= 12;
}

/* A line of page chrome holding a full date at its end: "December 19, 2011", "|  2016.01.13
 * 13:50", "The Indian Express      19.07.2013", "Newsrelease(17 Oct.2007)". */
static int line_lone(const tabs *T, const char *ls, const char *le, ct_ymd *out)
{
    if (le - ls > 140) return 0;
    for (const char *p = ls; p < le; p++) {
        unsigned char c = (unsigned char)*p;
        if (!is_an(c)) continue;
        if (p > ls && is_dg(c) && is_dg((unsigned char)p[-1])) continue;
        if (p > ls && is_al(c) && is_al((unsigned char)p[-1])) continue;
        /* what precedes must be a separator, not a word and one space */
        if (p > ls) {
            unsigned char b = (unsigned char)p[-1];
            int ok = b == '|' || b == '(' || b == '\t' || (is_al(b) && is_dg(c)) ||
                     (b == ' ' && p - 1 > ls && (p[-2] == ' ' || p[-2] == '|'));
            if (!ok) continue;
        }
        ct_ymd d;
        const char *q = parse_pubdate(T, p, le, 0, &d);
        if (!q || d.d <= 0) continue;
        /* what follows: a time, counters, closing marks; no prose */
        int prose = 0;
        for (const char *r = q; r < le; r++)
            if (r + 2 < le && (r == q || !is_al((unsigned char)r[-1])) &&
                (r[0] >= 'a' && r[0] <= 'z') && is_al((unsigned char)r[1]) &&
                is_al((unsigned char)r[2]))
                prose = 1;
        if ((prose || le - q > 40) && !(p == ls && byline_after(q, le))) continue;
        *out = d;
        return 1;
    }
    return 0;
}

/* The bytes that can begin a copyright mark: 0xC2 ("©"), 'c' or 'C' ("copyright"), '('
 * ("(c)"); a marks_cursor holds, of each, the first not yet tried in a text, found by memchr()
 * again only once it has been tried, so the text's lines are searched as one. */
static const int MARK_FIRSTS[4] = {0xC2, 'c', 'C', '('};
typedef struct {
    const char *next[4]; /* the first byte MARK_FIRSTS[k] not yet tried, end when none, NULL
                            before the first line */
    const char *end;     /* the text's end */
} marks_cursor;

/* Starts c on the text ending at end, nothing found yet. */
static void marks_init(marks_cursor *c, const char *end)
{
    for (size_t k = 0; k < 4; k++)
        c->next[k] = NULL;
    c->end = end;
}

/* "Copyright(c) 2003", "© 2017", "Copyright 2003-2017": the latest year given in the line
 * [ls, le), the lines of one text asked in order through c. */
static int line_copyright(const char *ls, const char *le, marks_cursor *c, ct_ymd *out)
{
    const char **next = c->next;
    /* A byte not yet tried may lie before the line: in a line not asked (no digit, so no
     * year), or the 0xC2 of a no-break space that line_trim() took off the line's start, which
     * begins no mark. It is passed over by a search from the line's start (tests/test_dates.c:
     * "Fees (..."), as are the first line's bytes. */
    for (size_t k = 0; k < 4; k++)
        if (!next[k] || next[k] < ls) {
            next[k] = memchr(ls, MARK_FIRSTS[k], (size_t)(c->end - ls));
            if (!next[k]) next[k] = c->end;
        }
    for (;;) {
        const char *p = next[0];
        for (size_t k = 1; k < 4; k++)
            if (next[k] < p) p = next[k];
        if (p >= le) return 0;
        for (size_t k = 0; k < 4; k++)
            if (next[k] == p) {
                next[k] = memchr(p + 1, MARK_FIRSTS[k], (size_t)(c->end - p - 1));
                if (!next[k]) next[k] = c->end;
            }
        unsigned char b = (unsigned char)*p;
        const char *q = NULL;
        if (b == 0xC2 && p + 1 < le && (unsigned char)p[1] == 0xA9)
            q = p + 2;
        else if (le - p >= 9 && ct_ieq(p, 9, "copyright"))
            q = p + 9;
        else if (le - p >= 3 && ct_ieq(p, 3, "(c)"))
            q = p + 3;
        if (!q) continue;
        int best = 0;
        for (const char *r = q; r < le && r - q < 40; r++) {
            int v, nd;
            if (!is_dg((unsigned char)*r) || (r > ls && is_dg((unsigned char)r[-1]))) continue;
            const char *s = read_uint(r, le, &v, &nd);
            if (s && nd == 4 && v >= 1980 && v <= 2099 && v > best) best = v;
        }
        if (best) {
            *out = mk(best, 0, 0);
            return 1;
        }
    }
}

/* A yearless dateline's year: the one year the text writes for that month, if only one. an,
 * when not NULL, is the analysis of text, whose tokens gate the search (ct_dates_find). */
static int16_t dateline_year(const tabs *T0, const ct_lexicons *lex, const char *text, size_t len,
                             int month, const ct_analysis *an)
{
    ct_date_anchor A;
    memset(&A, 0, sizeof A);
    A.lex = lex;
    tabs T = *T0;
    gate g, *gp = NULL;
    if (an && an->ctx && an->text == text && gate_init(&g, &T, an) == 0) {
        gate_sentence(&g, an, an->toks, an->ntoks);
        T.list_lens = (const uint32_t(*)[26])g.w->list_lens;
        T.g = gp = &g;
    }
    const char *p = text, *end = text + len;
    ct_date_expr e, prev;
    int have_prev = 0;
    int16_t year = 0;
    while ((gp ? search_tokens(&T, &A, text, &p, end, have_prev ? &prev : NULL, gp, &e)
               : search_impl(&T, &A, text, &p, end, have_prev ? &prev : NULL, NULL, &e)) == 0) {
        const ct_when *w = &e.value;
        if (e.kind == CT_DM_DATE && e.year_given && w->start.y > 0) {
            int hit = w->start.m == month || (w->end.y > 0 && w->end.m == month);
            int16_t y = w->start.m == month ? w->start.y : w->end.y;
            if (hit) {
                if (year && year != y) return 0;
                year = y;
            }
        }
        prev = e;
        have_prev = 1;
    }
    return year;
}

/* The line at ls (ending at a line break or end): sets [*a, *b) to it without the blanks,
 * bullets and bars around it; returns where the next line starts. */
static const char *line_trim(const char *ls, const char *end, const char **a, const char **b)
{
    const char *le = memchr(ls, '\n', (size_t)(end - ls));
    if (!le) le = end;
    const char *p = ls, *q = le;
    for (;;) {
        if (p < q && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '|' || *p == '*' ||
                      *p == '-' || *p == '>'))
            p++;
        else if (q - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
                 (unsigned char)p[2] == 0xA2)
            p += 3;
        else if (q - p >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
            p += 2;
        else
            break;
    }
    while (q > p && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\r'))
        q--;
    *a = p, *b = q;
    return le + 1;
}

/* Does a[0..b - a) hold an ASCII digit? Eight bytes at a time: x ^ '0' in every byte makes a
 * digit a byte below 10, and "some byte of y below n" (n <= 128) is ((y - n * ones) & ~y &
 * high) != 0, exact for the word as a whole (a borrow starts only at a byte below n); the
 * bytes after the last eight one by one. */
static int any_digit(const char *a, const char *b)
{
    const uint64_t ones = 0x0101010101010101u, high = ones * 0x80;
    for (; b - a >= 8; a += 8) {
        uint64_t y;
        memcpy(&y, a, 8);
        y ^= ones * '0';
        if ((y - ones * 10) & ~y & high) return 1;
    }
    for (; a < b; a++)
        if (is_dg((unsigned char)*a)) return 1;
    return 0;
}

/* Does a[0..b - a) hold at least `most` spaces? Eight bytes at a time while fewer are counted:
 * y = x ^ ' ' in every byte makes a space a zero byte, and bit 7 of ~((y & low7) + low7 | y |
 * low7) is set in exactly those (the sum reaches bit 7 from any other low bits and stays within
 * its byte); the multiplication adds the eight bits into the top byte. The bytes after the last
 * eight one by one. */
static int spaces_reach(const char *a, const char *b, size_t most)
{
    const uint64_t ones = 0x0101010101010101u, low7 = ones * 0x7F;
    size_t spaces = 0;
    for (; b - a >= 8 && spaces < most; a += 8) {
        uint64_t y;
        memcpy(&y, a, 8);
        y ^= ones * ' ';
        uint64_t zero = ~(((y & low7) + low7) | y | low7);
        spaces += (size_t)(((zero >> 7) * ones) >> 56);
    }
    for (; a < b && spaces < most; a++)
        spaces += *a == ' ';
    return spaces >= most;
}

/* ct_published_in_text(), with the analysis of text (or NULL) to gate dateline_year(). */
static int published_in_text(const ct_lexicons *lex, const char *meta, const char *text, size_t len,
                             const ct_analysis *an, ct_ymd *out)
{
    tabs T;
    tabs_get(lex, &T);
    if (meta && *meta) {
        ct_ymd d;
        size_t ml = strlen(meta);
        if (ct_ymd_parse(meta, ml, &d) == 0 && d.y > 0) {
            *out = d;
            return 1;
        }
        const char *mp = meta, *me = meta + ml;
        while (mp < me) {
            if (is_an((unsigned char)*mp) && (mp == meta || !is_an((unsigned char)mp[-1])) &&
                parse_pubdate(&T, mp, me, 0, &d)) {
                *out = d;
                return 1;
            }
            mp++;
        }
    }
    if (!text) return 0;
    int best = R_NONE;
    ct_ymd bd = mk(0, 0, 0);
    int top = 1;
    labels L;
    labels_index(&T, &L);
    const char *end = text + len;
    /* A copyright year ranks last: its first line counts only when no line gave another date.
     * Its lines are read in the same pass, until a line gives a date or the first year is
     * found (copyright), and the year kept (cy) for the end. */
    marks_cursor mc;
    marks_init(&mc, end);
    int copyright = 0;
    ct_ymd cy = mk(0, 0, 0);
    /* a label of the first rank is the answer: no later line betters it */
    for (const char *ls = text; ls < end && best != R_LABEL;) {
        const char *a, *b;
        ls = line_trim(ls, end, &a, &b);
        if (a >= b) continue;
        /* A label's, a dateline's and a lone date each hold digits (a year, a day): a short
         * line without one gives none of them. A long line is read by them only at its
         * start, faster than searched for a digit (digit: -1, not searched). */
        int digit = -1;
        if (b - a > 160 || (digit = any_digit(a, b))) {
            ct_ymd d = mk(0, 0, 0);
            int rk = 0; /* (set by a line_*() that says yes: gcc cannot always tell) */
            if (best > R_LABEL && line_label(&T, &L, a, b, &d, &rk) && rk < best) best = rk, bd = d;
            if (best > R_DATELINE && line_dateline(&T, a, b, &d, &rk) && rk < best)
                best = rk, bd = d;
            if (top && best > R_LONE && line_lone(&T, a, b, &d)) best = R_LONE, bd = d;
        }
        /* a line without a digit holds no year */
        if (best == R_NONE && !copyright && (digit < 0 ? any_digit(a, b) : digit) &&
            line_copyright(a, b, &mc, &cy))
            copyright = 1;
        /* the top of the page ends at the first line of prose (long, with 15 spaces); past
         * it, or in a short line, no space needs counting, nor past the 15th */
        if (top && b - a >= 120 && spaces_reach(a, b, 15)) top = 0;
    }
    if (best == R_NONE && copyright) best = R_COPYRIGHT, bd = cy;
    if (best == R_NONE) return 0;
    if (best == R_DATELINE_NOYEAR && bd.m > 0) bd.y = dateline_year(&T, lex, text, len, bd.m, an);
    *out = bd;
    return 1;
}

int ct_published_in_text(const ct_lexicons *lex, const char *meta, const char *text, size_t len,
                         ct_ymd *out)
{
    return published_in_text(lex, meta, text, len, NULL, out);
}

int ct_published_find(ct_analysis *an)
{
    if (!an) return 0;
    const ct_lexicons *lex = an->ctx ? an->ctx->lex : NULL;
    const char *meta = an->doc ? ct_doc_meta_published(an->doc) : NULL;
    ct_ymd d;
    if (published_in_text(lex, meta, an->text, an->len, an, &d)) {
        memset(&an->published, 0, sizeof an->published);
        an->published.start = d;
        an->has_published = 1;
    }
    return 0;
}
