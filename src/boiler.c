/*
 * boiler.c - paragraph classifier: body, title, metadata, page chrome (rules in boiler.h).
 */
#include "boiler.h"

#include <string.h>

#include "lexicon.h"
#include "text.h"

typedef struct {
    size_t words;     /* alphanumeric runs */
    size_t longwords; /* words of four letters or more */
    size_t capwords;  /* of those, capitalised ones */
    size_t awords;    /* runs holding a letter (numbers, dates and times not counted) */
    size_t letters;   /* letters of any script */
    size_t cjk;       /* Hangul/Han/Kana letters */
    size_t digits;
    size_t pipes;    /* '|' characters */
    int final_punct; /* ends with . ! ? or a closing quote after one */
    int copyright;   /* holds ©, "(c) <year>", "copyright" or "all rights reserved" */
    int file;        /* names an image or document file */
    int link;        /* holds a URL or e-mail address */
    int phone;       /* holds a phone-number-like digit group sequence */
    int datelike;    /* only digits, punctuation, month and weekday names */
} shape;

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                     "sep", "oct", "nov", "dec", "mon", "tue", "wed", "thu",
                                     "fri", "sat", "sun", "am",  "pm",  NULL};

/* Does the word w[0..n) begin with a month or weekday abbreviation (or "am", "pm")? */
static int month_or_day(const char *w, size_t n)
{
    char k[16];
    if (n < 2 || n > 9) return 0;
    for (size_t j = 0; j < n; j++) /* lowered once for every name (n < sizeof k) */
        k[j] = (char)(w[j] | 32);
    for (int i = 0; months[i]; i++) {
        size_t m = months[i][2] ? 3 : 2; /* every name has two or three letters */
        if (n >= m && memcmp(k, months[i], m) == 0) return 1;
    }
    return 0;
}

/* Does the lowercase literal lit (m bytes) occur (ASCII case-insensitively) at s[i..]? */
static inline int at_ci(const char *s, size_t n, size_t i, const char *lit, size_t m)
{
    return i + m <= n && ct_ieq(s + i, m, lit);
}
/* at_ci() of a string literal at s[k..] (measure()'s names), its length known when compiled */
#define AT(lit) at_ci(s, n, k, lit, sizeof lit - 1)

/* ct_utf8_decode(), ct_cp_is_alpha() and ct_cp_is_cjk() with the ASCII case inline. */
static inline size_t dec(const char *s, size_t n, int32_t *cp)
{
    if ((unsigned char)s[0] < 0x80) {
        *cp = (unsigned char)s[0];
        return 1;
    }
    return ct_utf8_decode(s, n, cp);
}

static inline int is_alpha(int32_t cp)
{
    return cp < 0x80 ? (cp | 32) >= 'a' && (cp | 32) <= 'z' : ct_cp_is_alpha(cp);
}

/* For each byte that begins one of literal_at()'s literals (either case): the byte the
 * literal goes on with, lowercased (1: any, several do). */
static const unsigned char lit_next[256] = {
    ['c'] = 'o', ['C'] = 'o', ['a'] = 'l', ['A'] = 'l', ['('] = 'c', ['.'] = 1,
    ['h'] = 't', ['H'] = 't', ['w'] = 'w', ['W'] = 'w', ['@'] = 1};

/* May a literal of literal_at() begin at s[k]? Its first two bytes, by lit_next[]. */
static inline int may_begin_literal(const char *s, size_t n, size_t k)
{
    unsigned want = lit_next[(unsigned char)s[k]];
    return want == 1 || (want && k + 1 < n && ((unsigned char)s[k + 1] | 32) == want);
}

/* Notes in sh the literal that begins at s[k], each found where the contains_ci() calls these
 * replaced would find it: copyright notices, file names, links. Called where
 * may_begin_literal(). */
static void literal_at(const char *s, size_t n, size_t k, shape *sh)
{
    switch (s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]) {
    case 'c':
        sh->copyright |= AT("copyright");
        break;
    case 'a':
        sh->copyright |= AT("all rights reserved");
        break;
    case '(':
        sh->copyright |= AT("(c) 19") || AT("(c) 20") || AT("(c)19") || AT("(c)20");
        break;
    case '.':
        sh->file |=
            AT(".jpg") || AT(".jpeg") || AT(".png") || AT(".gif") || AT(".pdf") || AT(".hwp");
        break;
    case 'h':
        sh->link |= AT("http://") || AT("https://");
        break;
    case 'w':
        sh->link |= AT("www.");
        break;
    case '@':
        sh->link = 1;
        break;
    default:
        break;
    }
}

/* Measures the paragraph s[0..n) in one pass: its words and letters, and (literal_at() at every
 * byte that may begin one) its literals. */
static void measure(const char *s, size_t n, shape *sh)
{
    memset(sh, 0, sizeof *sh);
    sh->datelike = 1;
    size_t i = 0, digit_groups = 0, run_digits = 0;
    while (i < n) {
        if (s[i] == ' ') { /* the plain space between words: nothing to count */
            i++;
            continue;
        }
        int32_t cp;
        size_t l = dec(s + i, n - i, &cp);
        if (is_alpha(cp) || ct_cp_is_digit(cp)) {
            size_t b = i, letters = 0, digits = 0;
            while (i < n) {
                unsigned char c = (unsigned char)s[i];
                if (c < 0x80) { /* ASCII: letters and digits by their ranges, no decoding */
                    if ((c | 32) >= 'a' && (c | 32) <= 'z')
                        letters++;
                    else if (c >= '0' && c <= '9')
                        digits++;
                    else
                        break; /* (the loop below looks at it) */
                    if (lit_next[c] && may_begin_literal(s, n, i)) literal_at(s, n, i, sh);
                    i++;
                    continue;
                }
                l = dec(s + i, n - i, &cp);
                if (!is_alpha(cp) && !ct_cp_is_digit(cp)) break;
                if (is_alpha(cp)) {
                    letters++;
                    if (cp >= 0x80 && ct_cp_is_cjk(cp)) sh->cjk++;
                } else {
                    digits++;
                }
                i += l;
            }
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
            if (alpha && sh->datelike && !month_or_day(s + b, i - b) &&
                !(i - b <= 2 && ct_ieq(s + b, 2, "th")))
                sh->datelike = 0;
            if (!alpha) {
                run_digits = i - b;
                if (run_digits >= 2 && i < n &&
                    (s[i] == '-' || s[i] == ')' || s[i] == '.' || (unsigned char)s[i] == 0xC2))
                    digit_groups++;
            }
            continue;
        }
        if (cp < 0x80 && lit_next[cp] && may_begin_literal(s, n, i)) literal_at(s, n, i, sh);
        if (cp == '|') sh->pipes++;
        if (cp == 0xA9) sh->copyright = 1;
        i += l;
    }
    if (digit_groups >= 2 && sh->digits >= 8) sh->phone = 1;
    size_t e = n;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '"' || s[e - 1] == '\'' || s[e - 1] == ')'))
        e--;
    if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
        ((unsigned char)s[e - 1] == 0x9D || (unsigned char)s[e - 1] == 0x99))
        e -= 3; /* closing curly quote */
    sh->final_punct = e > 0 && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?');
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
        int32_t cp;
        size_t l = ct_utf8_decode(s + k, n - k, &cp);
        if (ct_cp_is_alpha(cp) || ct_cp_is_digit(cp)) break;
        k += l;
    }
    return k;
}

int ct_boiler_classify(const ct_ctx *ctx, const ct_doc *doc, ct_arena *arena, ct_para **out,
                       size_t *n)
{
    const ct_lexicon *lex = ct_lex(ctx->lex, "boilerplate");
    ct_para *ps = ct_arena_alloc_raw(arena, (doc->nparas + 1) * sizeof *ps); /* ps[0..np) set */
    if (!ps) return CT_ENOMEM;
    size_t np = 0;
    int footer = 0;
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
        shape sh;
        measure(s, p.len, &sh);
        uint32_t f = p.flags;
        size_t pw = 0;
        const char *chrome = lex ? chrome_prefix(lex, s, p.len, &pw) : NULL;
        if (footer)
            f |= CT_PARA_BOILER;
        else if (sh.letters && sh.cjk * 10 >= sh.letters * 3)
            f |= CT_PARA_BOILER;
        else if (sh.copyright)
            f |= CT_PARA_BOILER;
        else if (chrome && (sh.words <= pw + 3 || (!sh.final_punct && sh.awords <= pw + 8))) {
            f |= CT_PARA_BOILER;
            if (strcmp(chrome, "footer") == 0) footer = 1;
        } else if (sh.phone && sh.words <= 16)
            f |= CT_PARA_BOILER;
        else if ((sh.link || sh.file) && sh.words <= 10)
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
     * from a title's differ from it), the whole key only when those agree. */
    char **keys = NULL;
    unsigned char *made = NULL; /* per paragraph: 0 no key, 1 keys[j] first 16 bytes, 2 whole */
    for (size_t i = 0; i < np; i++) {
        if (!(ps[i].flags & CT_PARA_TITLE)) continue;
        if (!keys && !(keys = ct_arena_alloc(arena, np * sizeof *keys))) return CT_ENOMEM;
        if (!made && !(made = ct_arena_alloc(arena, np))) return CT_ENOMEM;
        char ki[256], ki16[17];
        size_t kl = ct_key(ki, sizeof ki, doc->text + ps[i].off, ps[i].len);
        memcpy(ki16, ki, kl < 16 ? kl + 1 : 16);
        ki16[16] = '\0';
        for (size_t j = 0; j < np; j++) {
            if (j == i || (ps[j].flags & CT_PARA_TITLE)) continue;
            const char *sj = doc->text + ps[j].off;
            if (made[j] == 0) {
                if (!(keys[j] = ct_arena_alloc_raw(arena, 256)))
                    return CT_ENOMEM; /* ct_key fills */
                size_t k = bullet_len(sj, ps[j].len);
                ct_key(keys[j], 17, sj + k, ps[j].len - k);
                made[j] = 1;
            }
            if (made[j] == 1) {
                if (strcmp(ki16, keys[j]) != 0) continue;
                size_t k = bullet_len(sj, ps[j].len);
                ct_key(keys[j], 256, sj + k, ps[j].len - k);
                made[j] = 2;
            }
            if (strcmp(ki, keys[j]) == 0)
                ps[j].flags = (ps[j].flags & ~CT_PARA_BOILER) | CT_PARA_TITLE;
        }
    }
    *out = ps;
    *n = np;
    return 0;
}
