/*
 * boiler.c - paragraph classifier: body, title, metadata, page chrome (rules in boiler.h).
 *
 * Each paragraph is measured once (measure(): words, letters, literals such as copyright
 * notices and links, found at their anchor bytes), and only as far as a rule can still depend
 * on what follows: most lines, prose longer than any rule counts, are settled by a count of
 * their words from below, 16 bytes at a time, without the word-by-word pass. The chrome
 * lexicon is asked only of lines short enough for its longest phrase. Later copies of a title
 * are found by comparing keys made in steps (first byte, first 16 bytes, whole key), each only
 * when the step before agrees.
 */
#include "boiler.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lexicon.h"
#include "text.h"

/* What measure() finds in a paragraph; the counts from words to digits, and phone, only as far
 * as the rules can depend on them (see measure()). */
typedef struct {
    size_t words;     /* alphanumeric runs */
    size_t longwords; /* words of four letters or more */
    size_t capwords;  /* of those, capitalised ones */
    size_t awords;    /* runs holding a letter (numbers, dates and times not counted) */
    size_t letters;   /* letters of any script */
    size_t cjk;       /* Hangul/Han/Kana letters */
    size_t digits;
    size_t pipes;    /* '|' characters (counted without final_punct only) */
    int final_punct; /* ends with . ! ? or a closing quote after one */
    int copyright;   /* holds ©, "(c) <year>", "copyright" or "all rights reserved" */
    int file;        /* names an image or document file (link_or_file() only) */
    int link;        /* holds a URL or e-mail address (link_or_file() only) */
    int phone;       /* holds a phone-number-like digit group sequence */
    int datelike;    /* only digits, punctuation, month and weekday names */
} shape;

/* The month and weekday abbreviations (and "am", "pm") by their first letter: the second and
 * third letters of each name beginning with it, a space for a name of two letters. */
static const char *const months[26] = {
    ['a' - 'a'] = "prugm ", /* apr aug am */
    ['d' - 'a'] = "ec",     /* dec */
    ['f' - 'a'] = "ebri",   /* feb fri */
    ['j' - 'a'] = "anunul", /* jan jun jul */
    ['m' - 'a'] = "arayon", /* mar may mon */
    ['n' - 'a'] = "ov",     /* nov */
    ['o' - 'a'] = "ct",     /* oct */
    ['p' - 'a'] = "m ",     /* pm */
    ['s' - 'a'] = "epatun", /* sep sat sun */
    ['t' - 'a'] = "uehu",   /* tue thu */
    ['w' - 'a'] = "ed",     /* wed */
};

/* Does the word w[0..n) begin with a month or weekday abbreviation (or "am", "pm")? Only the
 * names with its first letter are compared (a word's bytes are never spaces). */
static int month_or_day(const char *w, size_t n)
{
    if (n < 2 || n > 9) return 0;
    unsigned a = (unsigned)((unsigned char)w[0] | 32) - 'a';
    if (a >= 26 || !months[a]) return 0;
    char b = (char)(w[1] | 32), c = n > 2 ? (char)(w[2] | 32) : '\0';
    for (const char *r = months[a]; *r; r += 2)
        if (r[0] == b && (r[1] == ' ' || r[1] == c)) return 1;
    return 0;
}

/* Does the lowercase literal lit (m bytes) occur (ASCII case-insensitively) at s[i..]? */
static inline int at_ci(const char *s, size_t n, size_t i, const char *lit, size_t m)
{
    return i + m <= n && ct_ieq(s + i, m, lit);
}
/* at_ci() of a string literal at s[k..] (literal_at()'s names), its length known when compiled */
#define AT(lit) at_ci(s, n, k, lit, sizeof lit - 1)

/* ct_utf8_decode() with the ASCII case inline. */
static inline size_t dec(const char *s, size_t n, int32_t *cp)
{
    if ((unsigned char)s[0] < 0x80) {
        *cp = (unsigned char)s[0];
        return 1;
    }
    return ct_utf8_decode(s, n, cp);
}

/* Notes in sh the literal whose anchor byte is s[k], where a substring search for it would find
 * it: copyright notices, file names, links. Each literal is looked for at one byte of its own
 * (its anchor, k - its offset in the literal is where it begins), so only the anchor bytes
 * 'g', '(', '.', ':' and '@' are asked, not every byte: every occurrence of a literal holds its
 * anchor at that offset, so each is still found. */
static void literal_at(const char *s, size_t n, size_t k, shape *sh)
{
    switch (s[k]) {
    case 'g':
    case 'G': /* "copyri|ght", "all ri|ghts reserved" (an 'h' next in both: asked first) */
        sh->copyright |=
            k >= 6 && k + 1 < n && (s[k + 1] | 32) == 'h' &&
            (at_ci(s, n, k - 6, "copyright", 9) || at_ci(s, n, k - 6, "all rights reserved", 19));
        break;
    case '(':
        sh->copyright |= AT("(c) 19") || AT("(c) 20") || AT("(c)19") || AT("(c)20");
        break;
    case '.': /* ".jpg" ... and "www|." */
        sh->file |=
            AT(".jpg") || AT(".jpeg") || AT(".png") || AT(".gif") || AT(".pdf") || AT(".hwp");
        sh->link |= k >= 3 && at_ci(s, n, k - 3, "www.", 4);
        break;
    case ':': /* "http|://", "https|://" */
        sh->link |= (k >= 4 && at_ci(s, n, k - 4, "http://", 7)) ||
                    (k >= 5 && at_ci(s, n, k - 5, "https://", 8));
        break;
    case '@':
        sh->link = 1;
        break;
    default:
        break;
    }
}

/* Notes in sh the literals of s[0..n) that have one of the anchor bytes: literal_at() at each
 * place memchr finds one. */
static void literals(const char *s, size_t n, const char *anchors, shape *sh)
{
    for (const char *a = anchors; *a; a++)
        for (const char *p = s; (p = memchr(p, *a, (size_t)(s + n - p))); p++)
            literal_at(s, n, (size_t)(p - s), sh);
}

/* Notes in sh what s[k] anchors of a copyright notice (literal_at()'s 'g', 'G' and '('; 0xA9,
 * the second byte of U+00A9, C2 A9: C2 is never a continuation byte, so wherever the pair stands
 * it is decoded as that sign) and counts it when it is a '|' and pipes is set. */
static inline void copyright_at(const char *s, size_t n, size_t k, int pipes, shape *sh)
{
    switch (s[k]) {
    case 'g':
    case 'G':
    case '(':
        literal_at(s, n, k, sh);
        break;
    case '|':
        sh->pipes += pipes != 0;
        break;
    default:
        if ((unsigned char)s[k] == 0xA9) sh->copyright |= k > 0 && (unsigned char)s[k - 1] == 0xC2;
        break;
    }
}

#if defined(__SSE2__) && defined(__GNUC__)
/* The places in the 16 bytes at p that copyright_at() is asked of: a 'g' or 'G' before an 'h' or
 * 'H' (literal_at() asks for nothing else at a 'g'; the last byte is asked whatever follows it),
 * a '(' or 0xA9, a '|' when pipes is set; *high gets the bytes past ASCII. */
static inline unsigned anchors16(const char *p, int pipes, unsigned *high)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    *high = (unsigned)_mm_movemask_epi8(x);
    __m128i lo = _mm_or_si128(x, _mm_set1_epi8(0x20));
    unsigned g = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(lo, _mm_set1_epi8('g')));
    unsigned h = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(lo, _mm_set1_epi8('h')));
    __m128i m = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('(')),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xA9)));
    if (pipes) m = _mm_or_si128(m, _mm_cmpeq_epi8(x, _mm_set1_epi8('|')));
    return (unsigned)_mm_movemask_epi8(m) | (g & (h >> 1 | 0x8000u));
}
#endif

/* copyright_at() at every byte of s[0..n) that may anchor something: with SSE2 (and GCC's count
 * of trailing zeros) at the places anchors16() finds, 16 bytes at a time, the last block's
 * bytes taken again left out; every byte elsewhere and in lines shorter than 16 bytes
 * (test_boiler passes with either). Returns whether a byte past ASCII is in s[0..n), for the
 * look for CJK letters that an ASCII line does without. */
static int copyright_and_pipes(const char *s, size_t n, int pipes, shape *sh)
{
    unsigned high = 0;
#if defined(__SSE2__) && defined(__GNUC__)
    if (n >= 16) {
        for (size_t i = 0; i < n; i += 16) {
            unsigned m, hb;
            if (n - i >= 16) {
                m = anchors16(s + i, pipes, &hb);
            } else { /* the last 16 bytes, less the first ones, done already */
                unsigned done = (unsigned)(16 - (n - i));
                i = n - 16;
                m = anchors16(s + i, pipes, &hb) >> done << done;
            }
            high |= hb;
            for (; m; m &= m - 1)
                copyright_at(s, n, i + (size_t)__builtin_ctz(m), pipes, sh);
        }
        return high != 0;
    }
#endif
    for (size_t i = 0; i < n; i++) {
        copyright_at(s, n, i, pipes, sh);
        high |= (unsigned char)s[i] >= 0x80;
    }
    return high != 0;
}

/* Does s[0..n) name a file or hold a link? Asked only of lines short enough for that rule. */
static int link_or_file(const char *s, size_t n)
{
    shape sh = {0};
    literals(s, n, ".:@", &sh);
    return sh.link || sh.file;
}

/* Are the 32 bytes at p all ASCII? SSE2 where the compiler offers it (every x86-64: the sign
 * bits of both halves in one mask), four eight-byte words elsewhere (test_boiler's cjk tail puts
 * a byte past ASCII at every place). */
static inline int ascii32(const char *p)
{
#if defined(__SSE2__)
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + 16));
    return _mm_movemask_epi8(_mm_or_si128(a, b)) == 0;
#else
    uint64_t w[4];
    memcpy(w, p, 32);
    return !((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull);
#endif
}

/* Does s[0..n) (from a character's start) hold a CJK letter, one measure() would count? ASCII
 * skipped 32 bytes at a time (the rest of an English paragraph, mostly), then eight, each other
 * character decoded where measure() decodes it. */
static int cjk_follows(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint64_t w;
        if (n - i >= 32 && ascii32(s + i)) {
            i += 32;
            continue;
        }
        if (n - i >= 8 && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ull))) {
            i += 8;
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        int32_t cp;
        i += ct_utf8_decode(s + i, n - i, &cp);
        if (ct_cp_is_cjk(cp) && ct_cp_is_alpha(cp)) return 1;
    }
    return 0;
}

/* Does the word w[0..n) (holding a letter) keep a line a date or time line: a month or weekday
 * name, or an ordinal's "th"? (Only its own bytes are read: a word of one letter ending the line
 * is followed by the bytes of whatever comes after the line.) */
static int date_word(const char *w, size_t n)
{
    return month_or_day(w, n) || (n == 2 && ct_ieq(w, 2, "th"));
}

/* Is one of the first words of s[0..n) that stand between ASCII bytes that are neither letters
 * nor digits (so that measure() takes the same bytes for the word) a word with a letter that no
 * date or time line holds? 0 when none of the first eight is, or a byte past ASCII comes first. */
static int has_plain_word(const char *s, size_t n)
{
    size_t i = 0;
    for (int w = 0; w < 8; w++) {
        while (i < n && (unsigned char)s[i] < 0x80 && !ct_ascii_alnum((unsigned char)s[i]))
            i++;
        if (i == n || (unsigned char)s[i] >= 0x80) return 0;
        size_t b = i, letters = 0;
        for (; i < n && ct_ascii_alnum((unsigned char)s[i]); i++)
            letters += ct_ascii_letter((unsigned char)s[i]);
        if (i < n && (unsigned char)s[i] >= 0x80) return 0;
        if (letters && !date_word(s + b, i - b)) return 1;
    }
    return 0;
}

/* Bits of the 16 bytes at p (the first byte the lowest): ASCII letters in *letters, ASCII letters
 * and digits in *alnum, other ASCII bytes in *sep. SSE2 where the compiler offers it (bytes
 * past ASCII are negative to its signed compares: neither letters nor digits), a byte at a time
 * elsewhere (test_boiler passes with either). */
static inline void classes16(const char *p, unsigned *letters, unsigned *alnum, unsigned *sep)
{
#if defined(__SSE2__)
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i lo = _mm_or_si128(x, _mm_set1_epi8(0x20));
    __m128i let = _mm_and_si128(_mm_cmpgt_epi8(lo, _mm_set1_epi8('a' - 1)),
                                _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), lo));
    __m128i dig = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), x));
    *letters = (unsigned)_mm_movemask_epi8(let);
    *alnum = *letters | (unsigned)_mm_movemask_epi8(dig);
    *sep = ~(*alnum | (unsigned)_mm_movemask_epi8(x)) & 0xFFFFu;
#else
    *letters = *alnum = *sep = 0;
    for (int i = 0; i < 16; i++) {
        unsigned char c = (unsigned char)p[i];
        *letters |= (unsigned)ct_ascii_letter(c) << i;
        *alnum |= (unsigned)ct_ascii_alnum(c) << i;
        *sep |= (unsigned)(c < 0x80 && !ct_ascii_alnum(c)) << i;
    }
#endif
}

/* Set bits of x, one at a time (a line's 16 bytes begin two or three words). */
static inline unsigned bits16(unsigned x)
{
    unsigned c = 0;
    for (; x; x &= x - 1)
        c++;
    return c;
}

/* Does s[0..n) hold more than maxw words and more than maxaw words with a letter, as measure()
 * counts them? Counted from below: a letter or digit after an ASCII byte that is neither (or at
 * the line's start) begins a word of its own (bytes past ASCII may join words or part them,
 * never make two of the one that place begins), a letter there a word with a letter. Sixteen
 * bytes at a time (classes16()), stopping once both counts are past. */
static int many_words(const char *s, size_t n, size_t maxw, size_t maxaw)
{
    size_t words = 0, awords = 0, i = 0;
    /* more than maxw words take 2 maxw + 1 bytes at least: each but the first after a byte
     * that parts it from the one before (a shorter line is left to measure()'s pass) */
    if (n < 2 * maxw + 1) return 0;
    unsigned carry = 1; /* the byte before s[i] parts words (the line's start does) */
    for (; n - i >= 16; i += 16) {
        unsigned letters, alnum, sep;
        classes16(s + i, &letters, &alnum, &sep);
        unsigned after = (sep << 1 | carry) & 0xFFFFu;
        words += bits16(alnum & after);
        if (awords <= maxaw) awords += bits16(letters & after);
        carry = sep >> 15;
        if (words > maxw && awords > maxaw) return 1;
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (carry && ct_ascii_alnum(c)) {
            words++;
            awords += ct_ascii_letter(c) != 0;
        }
        carry = c < 0x80 && !ct_ascii_alnum(c);
    }
    return words > maxw && awords > maxaw;
}

/* Measures the paragraph s[0..n): its final punctuation, copyright notices and pipes
 * (copyright_and_pipes()) first, then its words and letters. A line that many_words() finds past
 * the bounds below is settled without counting them one by one; any other in one pass that
 * stops where no rule of ct_boiler_classify() can depend on more (pw: at least the words of any
 * chrome phrase the line may start with). Those rules ask whether there are at most 16 words (a
 * phone line), pw + 3 (short chrome) or, without final punctuation, 25 (a title) and pw + 8
 * lettered words (chrome). So once there are more, the line is no date or time line (datelike
 * 0) and no CJK letter has been seen nor follows (cjk_follows()), every rule reading words,
 * awords, letters or digits is decided (the counts only grow: "more than" stays true, a CJK
 * share of 0 stays 0), and the pass stops: those counts, longwords, capwords and phone then
 * cover the paragraph's first part only. */
static void measure(const char *s, size_t n, size_t pw, shape *sh)
{
    memset(sh, 0, sizeof *sh);
    sh->datelike = 1;
    size_t e = n;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '"' || s[e - 1] == '\'' || s[e - 1] == ')'))
        e--;
    if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
        ((unsigned char)s[e - 1] == 0x9D || (unsigned char)s[e - 1] == 0x99))
        e -= 3; /* closing curly quote */
    sh->final_punct = e > 0 && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?');
    size_t maxw = sh->final_punct ? 16 : 25, maxaw = sh->final_punct ? 0 : pw + 8;
    if (maxw < pw + 3) maxw = pw + 3;
    /* copyright notices (links and files: link_or_file()), and pipes only without final
     * punctuation (the only rule reading them asks for none) */
    int high = copyright_and_pipes(s, n, !sh->final_punct, sh);
    /* Most lines are prose with more words than any rule counts: when a count from below says
     * so, a plain word says no date line, and no CJK letter is in it, the pass below would stop
     * with every rule decided as it is now (the counts past the bounds, datelike 0, no CJK). */
    if (many_words(s, n, maxw, maxaw) && has_plain_word(s, n) && !(high && cjk_follows(s, n))) {
        sh->words = maxw + 1;
        sh->awords = maxaw + 1;
        sh->datelike = 0;
        return;
    }
    size_t i = 0, digit_groups = 0, run_digits = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && !ct_ascii_alnum(c)) { /* between words: ASCII, no decoding */
            i++;
            continue;
        }
        int32_t cp = c;
        size_t l = 1;
        if (c >= 0x80) l = ct_utf8_decode(s + i, n - i, &cp);
        if (c >= 0x80 && !ct_cp_is_alpha(cp)) { /* between words (past ASCII no digits) */
            i += l;
            continue;
        }
        /* a word: letters and digits up to the next character that is neither; its letters are
         * its bytes less its digits and the bytes past the first of letters past ASCII */
        size_t b = i, digits = 0, extra = 0;
        for (;;) {
            i += ct_ascii_letter_run(s + i, n - i); /* the usual run: count nothing */
            if (i == n) break;
            c = (unsigned char)s[i];
            if (c < 0x80) {
                if (!ct_cp_is_digit(c)) break;
                digits++;
                i++;
                continue;
            }
            l = ct_utf8_decode(s + i, n - i, &cp);
            if (!ct_cp_is_alpha(cp)) break;
            if (ct_cp_is_cjk(cp)) sh->cjk++;
            extra += l - 1;
            i += l;
        }
        size_t letters = i - b - digits - extra;
        int alpha = letters > 0;
        sh->letters += letters;
        sh->digits += digits;
        sh->words++;
        if (alpha && i - b >= 4) {
            int32_t c0;
            dec(s + b, i - b, &c0);
            sh->longwords++;
            sh->capwords += (c0 < 0x80 ? c0 >= 'A' && c0 <= 'Z' : ct_cp_is_upper(c0)) != 0;
        }
        if (alpha) sh->awords++;
        if (alpha && sh->datelike && !date_word(s + b, i - b)) sh->datelike = 0;
        if (!alpha) {
            run_digits = i - b;
            if (run_digits >= 2 && i < n &&
                (s[i] == '-' || s[i] == ')' || s[i] == '.' || (unsigned char)s[i] == 0xC2))
                digit_groups++;
        }
        if (sh->words > maxw && sh->awords > maxaw && !sh->datelike && !sh->cjk) {
            if (!cjk_follows(s + i, n - i)) break;
            maxw = SIZE_MAX; /* a CJK letter may follow: count on to the end */
        }
    }
    if (digit_groups >= 2 && sh->digits >= 8) sh->phone = 1;
    if (sh->digits == 0) sh->datelike = 0;
}

/* Words in the key of a lexicon phrase. */
static size_t key_words(const char *key)
{
    size_t w = 1;
    for (; *key; key++)
        w += *key == ' ';
    return w;
}

/* The boilerplate.tsv entry that the paragraph starts with (longest), or NULL. */
static const char *chrome_prefix(const ct_lexicon *lex, const char *s, size_t n, size_t *words)
{
    char key[128];
    /* strip a leading bullet or symbol */
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        size_t l = ct_utf8_decode(s + i, n - i, &cp);
        if (ct_cp_is_alpha(cp) || ct_cp_is_digit(cp)) break;
        i += l;
    }
    /* Only the first max_len + 1 bytes of the key matter: no entry is longer, and a longer
     * key's byte after max_len says "not the end". The key truncated there agrees with the
     * whole one (cut at 127 bytes) on every end tried below. */
    size_t cap = ct_lex_max_len(lex) + 2;
    if (cap > sizeof key) cap = sizeof key;
    /* First the key's first 8 bytes: when no entry begins with all of them, the longest prefix
     * some entry begins with is shorter, and every end tried below lies inside them, where the
     * short key and the whole one agree (a truncated key is the whole key's first bytes). */
    size_t klen = ct_key(key, cap < 9 ? cap : 9, s + i, n - i);
    size_t pl = ct_lex_prefix_len(lex, key, klen);
    if (pl == klen && cap > 9) {
        klen = ct_key(key, cap, s + i, n - i);
        pl = ct_lex_prefix_len(lex, key, klen);
    }
    const char *best = NULL;
    /* try each word boundary of the key, longest first, from the longest prefix of the key that
     * some entry begins with (no longer one can be an entry) */
    for (size_t end = pl;; end--) {
        if (end == klen || key[end] == ' ' || !((key[end] | 32) >= 'a' && (key[end] | 32) <= 'z')) {
            char save = key[end];
            key[end] = '\0';
            const char *v = ct_lex_get(lex, key);
            if (v) {
                *words = key_words(key);
                best = v;
                key[end] = save;
                break;
            }
            key[end] = save;
        }
        if (end == 0) break;
    }
    return best;
}

/* "date 2023-10-13 " at the start of a paragraph: length of that prefix, or 0. */
static size_t meta_prefix(const char *s, size_t n)
{
    size_t i = 0;
    if (n < 8 || !ct_ieq(s, 4, "date") || s[4] != ' ') return 0;
    i = 5;
    while (i < n && s[i] == ' ')
        i++;
    size_t b = i;
    while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == '.' || s[i] == '/'))
        i++;
    if (i - b < 4) return 0;
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

/* Bytes of a leading bullet (anything before the first letter or digit) of s[0..n). */
static size_t bullet_len(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n) {
        unsigned char c = (unsigned char)s[k];
        if (c < 0x80) { /* ASCII: letters and digits by their ranges, no decoding */
            if (ct_ascii_alnum(c)) break;
            k++;
            continue;
        }
        int32_t cp;
        size_t l = ct_utf8_decode(s + k, n - k, &cp);
        if (ct_cp_is_alpha(cp)) break;
        k += l;
    }
    return k;
}

/* What the key of s[0..n) (past its bullet: it begins with a letter or digit, or is empty) may
 * begin with, as found once per paragraph for may_begin(): an ASCII character begins it lowered;
 * a CJK letter's key (its jamo, or itself) begins past ASCII (LEAD_HIGH); any other letter, or
 * none, may begin with anything (LEAD_ANY). */
enum { LEAD_ANY = 0x80, LEAD_HIGH = 0x81 };

static unsigned char key_lead(const char *s, size_t n)
{
    if (n == 0) return LEAD_ANY;
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    int32_t cp;
    ct_utf8_decode(s, n, &cp);
    return ct_cp_is_cjk(cp) ? LEAD_HIGH : LEAD_ANY;
}

/* May a key whose key_lead() is lead begin with the byte k0 (the NUL of an empty key too)? */
static int may_begin(unsigned char lead, char k0)
{
    if (lead < 0x80) return lead == (unsigned char)k0;
    return lead == LEAD_ANY || (unsigned char)k0 >= 0x80;
}

/* The first byte of the key of s[0..n) (NUL for an empty key): an ASCII letter or digit is its
 * own, lowered (as key_lead() takes it), without making the key. */
static char key_first(const char *s, size_t n)
{
    unsigned char c = n ? (unsigned char)s[0] : 0;
    if (ct_ascii_alnum(c)) return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    char k[2];
    ct_key(k, sizeof k, s, n);
    return k[0];
}

/* Is the line measured in sh short enough to be chrome that starts with a phrase of pw words?
 * At most pw + 3 words, or without final punctuation at most pw + 8 holding letters. */
static int short_for(const shape *sh, size_t pw)
{
    return sh->words <= pw + 3 || (!sh->final_punct && sh->awords <= pw + 8);
}

int ct_boiler_classify(const ct_ctx *ctx, const ct_doc *doc, ct_arena *arena, ct_para **out,
                       size_t *n)
{
    const ct_lexicon *lex = ct_lex(ctx->lex, "boilerplate");
    ct_para *ps = ct_arena_alloc_raw(arena, (doc->nparas + 1) * sizeof *ps); /* ps[0..np) set */
    if (!ps) return CT_ENOMEM;
    size_t np = 0;
    int footer = 0;
    /* The most words of a chrome phrase: its key's bytes hold at most one space per two (keys
     * are folded to single spaces, none at the ends). 0 for no lexicon, where no line is short
     * for chrome. */
    size_t most_pw = lex ? (ct_lex_max_len(lex) + 1) / 2 : 0;
    for (size_t i = 0; i < doc->nparas; i++) {
        ct_para p = doc->paras[i];
        const char *s = doc->text + p.off;
        if (np == 0) {
            size_t m = meta_prefix(s, p.len);
            if (m) {
                ps[np++] = (ct_para){p.off, (uint32_t)m, CT_PARA_META | CT_PARA_BOILER};
                p.off += (uint32_t)m;
                p.len -= (uint32_t)m;
                s += m;
                if (p.len == 0) continue;
            }
        }
        uint32_t f = p.flags;
        if (footer) { /* boilerplate whatever it holds: nothing to measure */
            p.flags = f | CT_PARA_BOILER;
            ps[np++] = p;
            continue;
        }
        shape sh;
        measure(s, p.len, most_pw, &sh);
        size_t pw = 0;
        const char *chrome = NULL; /* looked up only for a line short for the longest phrase */
        if (sh.letters && sh.cjk * 10 >= sh.letters * 3)
            f |= CT_PARA_BOILER;
        else if (sh.copyright)
            f |= CT_PARA_BOILER;
        else if (lex && short_for(&sh, most_pw) && (chrome = chrome_prefix(lex, s, p.len, &pw)) &&
                 short_for(&sh, pw)) {
            f |= CT_PARA_BOILER;
            if (strcmp(chrome, "footer") == 0) footer = 1;
        } else if (sh.phone && sh.words <= 16)
            f |= CT_PARA_BOILER;
        else if (sh.words <= 10 && link_or_file(s, p.len))
            f |= CT_PARA_BOILER;
        else if (sh.pipes >= 2 && !sh.final_punct)
            f |= CT_PARA_BOILER;
        else if (sh.datelike)
            f |= CT_PARA_BOILER | CT_PARA_META;
        else if (sh.words <= 3 && !sh.final_punct)
            f |= CT_PARA_BOILER;
        else if (!sh.final_punct && sh.words <= 25 &&
                 (sh.words <= 12 || sh.capwords * 10 >= sh.longwords * 6))
            f |= CT_PARA_TITLE; /* short, or Title Case: a headline; else prose cut short */
        p.flags = f;
        ps[np++] = p;
    }
    /* Later copies of a title are titles too ("• Headline" in a menu, the headline repeated). */
    /* The key of each paragraph is made once, when first needed: first its first 16 bytes (a
     * truncated ct_key is the whole key's first bytes, so paragraphs whose first 16 differ
     * from a title's differ from it), the whole key only when those agree. Before any, the
     * first byte: a paragraph whose key (past its bullet) cannot begin with the title key's
     * first byte (may_begin(), of its bullet and key_lead() found at its first visit) cannot
     * share that key. The title's key, too, is made in steps: its first 16 bytes when some
     * paragraph's first byte agrees, the whole key when some paragraph's first 16 bytes do. */
    char **keys = NULL;
    uint32_t *skip = NULL;      /* per paragraph: its bullet's bytes (made[j] >= 1) */
    unsigned char *lead = NULL; /* per paragraph: its key_lead() (made[j] >= 1) */
    unsigned char *made = NULL; /* per paragraph: 0 not seen, 1 skip and lead found, 2 keys[j]
                                 * its key's first 16 bytes, 3 the whole key */
    for (size_t i = 0; i < np; i++) {
        if (!(ps[i].flags & CT_PARA_TITLE)) continue;
        if (!made && (!(keys = ct_arena_alloc(arena, np * sizeof *keys)) ||
                      !(skip = ct_arena_alloc(arena, np * sizeof *skip)) ||
                      !(lead = ct_arena_alloc(arena, np)) || !(made = ct_arena_alloc(arena, np))))
            return CT_ENOMEM;
        const char *si = doc->text + ps[i].off;
        char ki[256], ki16[17], k1 = key_first(si, ps[i].len);
        int have_ki = 0; /* 0: neither, 1: ki16 made, 2: ki too */
        for (size_t j = 0; j < np; j++) {
            if (j == i || (ps[j].flags & CT_PARA_TITLE)) continue;
            const char *sj = doc->text + ps[j].off;
            if (made[j] == 0) {
                size_t k = bullet_len(sj, ps[j].len);
                skip[j] = (uint32_t)k;
                lead[j] = key_lead(sj + k, ps[j].len - k);
                made[j] = 1;
            }
            if (made[j] == 1) {
                if (!may_begin(lead[j], k1)) continue;
                if (!(keys[j] = ct_arena_alloc_raw(arena, 256)))
                    return CT_ENOMEM; /* ct_key fills */
                ct_key(keys[j], 17, sj + skip[j], ps[j].len - skip[j]);
                made[j] = 2;
            }
            if (have_ki == 0) {
                ct_key(ki16, sizeof ki16, si, ps[i].len);
                have_ki = 1;
            }
            if (made[j] == 2) {
                if (strcmp(ki16, keys[j]) != 0) continue;
                ct_key(keys[j], 256, sj + skip[j], ps[j].len - skip[j]);
                made[j] = 3;
            } else if (strncmp(ki16, keys[j], 16) != 0) {
                continue; /* (a whole key: its first 16 bytes differ from the title's) */
            }
            if (have_ki == 1) {
                ct_key(ki, sizeof ki, si, ps[i].len);
                have_ki = 2;
            }
            if (strcmp(ki, keys[j]) == 0)
                ps[j].flags = (ps[j].flags & ~CT_PARA_BOILER) | CT_PARA_TITLE;
        }
    }
    *out = ps;
    *n = np;
    return 0;
}
