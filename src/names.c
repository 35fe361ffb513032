/*
 * names.c - name keys and name matching (names.h).
 *
 * Algorithm: the name is split into words at white space; each word is ct_key()ed (case,
 * diacritics) and its hyphen/dot parts are joined ("Won-joon" -> "wonjoon", "K.N." -> "kn").
 * A word that is a Korean surname (tables below: the romanization classes in order of
 * frequency, and every spelling with its class, sorted and binary-searched as 8-byte cells) at
 * either end makes the name Korean-style:
 * key = class + " " + fold(given parts joined in order). Otherwise every word is folded, initials
 * dropped when two longer words remain, and the words are sorted. fold() is a small rewrite system
 * over lowercase ASCII, see fold_word().
 *
 * The surname table encodes the romanization systems (Revised, McCune-Reischauer and the
 * traditional spellings families use); it is closed and changes with the systems, not with
 * the news, so it lives here rather than in data/.
 *
 * ct_name_form keeps a name parsed (words, key, folded words, the words a part may match) so
 * that one name compared with many (people.c: a mention against every known person) is parsed
 * once; the form functions give the text functions' answers.
 */
#include "names.h"

#include <stdint.h>
#include <string.h>

#include "text.h"

#define NAME_MAXW CT_NAME_MAXW /* words kept per name */
#define NAME_WLEN CT_NAME_WLEN /* bytes per folded word */

/* Korean surname romanization classes, most frequent first, by their canonical spelling; a
 * class's rank is its place here (1-based). A new spelling is a line of korean_spellings[], in
 * its sorted place, and ko_first[] moved past its letter (test_names finds every spelling
 * through the search). */
static const char korean_classes[][8] = {
    "kim",  "lee",  "park", "choi",  "jung",  "kang", "cho",  "yoon", "jang", "lim",  "han",
    "oh",   "seo",  "shin", "kwon",  "hwang", "ahn",  "song", "jeon", "hong", "yoo",  "ko",
    "moon", "yang", "son",  "bae",   "baek",  "heo",  "nam",  "noh",  "ha",   "kwak", "sung",
    "cha",  "joo",  "woo",  "min",   "ku",    "shim", "won",  "jin",  "kil",  "yeo",  "chae",
    "pyo",  "tak",  "byun", "maeng", "uhm",   "ji",   "hyun", "na",
};

/* Every spelling of a class, with its canonical spelling, sorted by spelling (strcmp order) for
 * a binary search. Every spelling has 2 to KO_MAXLEN letters (surname_class_n() relies on it). */
#define KO_MAXLEN 6
static const struct {
    char s[KO_MAXLEN + 2]; /* the spelling */
    char canon[8];         /* its class's canonical spelling, in korean_classes[] */
} korean_spellings[] = {
    {"ahn", "ahn"},     {"an", "ahn"},      {"back", "baek"},   {"bae", "bae"},
    {"baek", "baek"},   {"bahk", "park"},   {"bai", "bae"},     {"baik", "baek"},
    {"bak", "park"},    {"byeon", "byun"},  {"byun", "byun"},   {"cha", "cha"},
    {"chae", "chae"},   {"chang", "jang"},  {"chea", "chae"},   {"cheon", "jeon"},
    {"cheong", "jung"}, {"chey", "choi"},   {"chi", "ji"},      {"chin", "jin"},
    {"cho", "cho"},     {"choe", "choi"},   {"choi", "choi"},   {"chon", "jeon"},
    {"chong", "jung"},  {"choo", "joo"},    {"choy", "choi"},   {"chu", "joo"},
    {"chun", "jeon"},   {"chung", "jung"},  {"eom", "uhm"},     {"gang", "kang"},
    {"gil", "kil"},     {"gim", "kim"},     {"go", "ko"},       {"goo", "ku"},
    {"gu", "ku"},       {"gwak", "kwak"},   {"gwon", "kwon"},   {"ha", "ha"},
    {"hahn", "han"},    {"han", "han"},     {"heo", "heo"},     {"hong", "hong"},
    {"hu", "heo"},      {"huh", "heo"},     {"hur", "heo"},     {"hwang", "hwang"},
    {"hyeon", "hyun"},  {"hyun", "hyun"},   {"im", "lim"},      {"jang", "jang"},
    {"jeon", "jeon"},   {"jeong", "jung"},  {"ji", "ji"},       {"jin", "jin"},
    {"jo", "cho"},      {"joh", "cho"},     {"jon", "jeon"},    {"jong", "jung"},
    {"joo", "joo"},     {"joung", "jung"},  {"ju", "joo"},      {"jun", "jeon"},
    {"jung", "jung"},   {"kahng", "kang"},  {"kang", "kang"},   {"kil", "kil"},
    {"kim", "kim"},     {"ko", "ko"},       {"koh", "ko"},      {"koo", "ku"},
    {"ku", "ku"},       {"kwak", "kwak"},   {"kweon", "kwon"},  {"kwon", "kwon"},
    {"lee", "lee"},     {"lim", "lim"},     {"maeng", "maeng"}, {"mihn", "min"},
    {"min", "min"},     {"moon", "moon"},   {"mun", "moon"},    {"na", "na"},
    {"nam", "nam"},     {"nho", "noh"},     {"no", "noh"},      {"noh", "noh"},
    {"oh", "oh"},       {"pae", "bae"},     {"paek", "baek"},   {"pahk", "park"},
    {"paik", "baek"},   {"pak", "park"},    {"park", "park"},   {"pyeo", "pyo"},
    {"pyo", "pyo"},     {"pyon", "byun"},   {"pyun", "byun"},   {"ra", "na"},
    {"rhee", "lee"},    {"rhie", "lee"},    {"rhyu", "yoo"},    {"ri", "lee"},
    {"rim", "lim"},     {"ro", "noh"},      {"roh", "noh"},     {"ryang", "yang"},
    {"ryoo", "yoo"},    {"ryu", "yoo"},     {"seo", "seo"},     {"seong", "sung"},
    {"shim", "shim"},   {"shin", "shin"},   {"shinn", "shin"},  {"sim", "shim"},
    {"sin", "shin"},    {"so", "seo"},      {"sohn", "son"},    {"son", "son"},
    {"song", "song"},   {"suh", "seo"},     {"sung", "sung"},   {"sur", "seo"},
    {"tahk", "tak"},    {"tak", "tak"},     {"uhm", "uhm"},     {"um", "uhm"},
    {"weon", "won"},    {"whang", "hwang"}, {"won", "won"},     {"woo", "woo"},
    {"wu", "woo"},      {"yang", "yang"},   {"yeo", "yeo"},     {"yi", "lee"},
    {"yim", "lim"},     {"yo", "yeo"},      {"yoo", "yoo"},     {"yoon", "yoon"},
    {"you", "yoo"},     {"youn", "yoon"},   {"yu", "yoo"},      {"yuh", "yeo"},
    {"yun", "yoon"},
};

/* Where the spellings of each first letter begin in korean_spellings[]: those of letter c are
 * korean_spellings[ko_first[c - 'a'] .. ko_first[c - 'a' + 1]), so that a word is searched for
 * among the few of its own letter (test_names finds every spelling through this index). A new
 * spelling adds one to each entry past its letter's. */
static const unsigned char ko_first[27] = {
    0,  2,  11, 30, 30,  31,  31,  39,  50,  51,  65,  76,  78,  83,
    88, 89, 99, 99, 110, 124, 126, 128, 128, 133, 133, 145, 145,
};
_Static_assert(sizeof korean_spellings / sizeof *korean_spellings == 145,
               "ko_first[] indexes korean_spellings[]: a new spelling moves its entries");

/* A zero-padded cell of 8 bytes as a big-endian number: cells compare as their strcmp() does. */
static inline uint64_t cell_num(const char *c)
{
    uint64_t v = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(&v, c, 8);
    v = __builtin_bswap64(v); /* one load and a swap: the first byte most significant */
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    memcpy(&v, c, 8);
#else
    for (int i = 0; i < 8; i++)
        v = v << 8 | (unsigned char)c[i];
#endif
    return v;
}

/* Rank of the lowercase word w[0..wl) among the surname classes (1-based), and its canonical
 * spelling. */
static int surname_class_n(const char *w, size_t wl, const char **canon, size_t *canon_len)
{
    /* every spelling in the table has 2 to KO_MAXLEN lowercase letters: other words skip the
     * search, which looks among the spellings of the word's first letter */
    if (wl < 2 || wl > KO_MAXLEN || w[0] < 'a' || w[0] > 'z') return 0;
    char cell[8] = {0};
    for (size_t i = 0; i < wl; i++)
        cell[i] = w[i];
    uint64_t key = cell_num(cell);
    size_t lo = ko_first[w[0] - 'a'], hi = ko_first[w[0] - 'a' + 1];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint64_t v = cell_num(korean_spellings[mid].s);
        if (v == key) {
            uint64_t c = cell_num(korean_spellings[mid].canon);
            for (size_t i = 0; i < sizeof korean_classes / sizeof *korean_classes; i++) {
                if (cell_num(korean_classes[i]) != c) continue;
                if (canon) *canon = korean_classes[i];
                if (canon_len) *canon_len = strlen(korean_classes[i]);
                return (int)i + 1;
            }
            return 0; /* (a canonical spelling missing from korean_classes[]) */
        }
        if (v < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* surname_class_n() of a NUL-terminated word. */
static int surname_class(const char *w, const char **canon, size_t *canon_len)
{
    return surname_class_n(w, strlen(w), canon, canon_len);
}

static int is_vowel(char c)
{
    /* the bits of a, e, i, o, u from 'a' */
    return c >= 'a' && c <= 'u' &&
           ((1u << 0 | 1u << 4 | 1u << 8 | 1u << 14 | 1u << 20) >> (c - 'a') & 1);
}

/* Pass 2 of fold_word() on one letter: g->k, b->p, d->t, r->l, o->u, q->k; others unchanged.
 * Built into a table of every byte (as text.c builds its key table), so that a letter is
 * folded by one load. */
#define FOLD_LETTER(c)                                                                             \
    (unsigned char)((c) == 'g' || (c) == 'q' ? 'k'                                                 \
                    : (c) == 'b'             ? 'p'                                                 \
                    : (c) == 'd'             ? 't'                                                 \
                    : (c) == 'r'             ? 'l'                                                 \
                    : (c) == 'o'             ? 'u'                                                 \
                                             : (c))
#define FOLD4(c) FOLD_LETTER(c), FOLD_LETTER((c) + 1), FOLD_LETTER((c) + 2), FOLD_LETTER((c) + 3)
#define FOLD16(c) FOLD4(c), FOLD4((c) + 4), FOLD4((c) + 8), FOLD4((c) + 12)
#define FOLD64(c) FOLD16(c), FOLD16((c) + 16), FOLD16((c) + 32), FOLD16((c) + 48)
static const unsigned char FOLD_TABLE[256] = {FOLD64(0), FOLD64(64), FOLD64(128), FOLD64(192)};

static inline char fold_letter(char c)
{
    return (char)FOLD_TABLE[(unsigned char)c];
}

/* An ASCII letter or digit lowered (its key, ct_key()), 0 for any other byte: a table of every
 * byte, as FOLD_TABLE, so that split_words() takes a letter by one load. */
#define KEY_ALNUM1(c)                                                                              \
    (unsigned char)((c) >= 'A' && (c) <= 'Z'                                   ? (c) + 32          \
                    : ((c) >= 'a' && (c) <= 'z') || ((c) >= '0' && (c) <= '9') ? (c)               \
                                                                               : 0)
#define KEY_ALNUM4(c) KEY_ALNUM1(c), KEY_ALNUM1((c) + 1), KEY_ALNUM1((c) + 2), KEY_ALNUM1((c) + 3)
#define KEY_ALNUM16(c) KEY_ALNUM4(c), KEY_ALNUM4((c) + 4), KEY_ALNUM4((c) + 8), KEY_ALNUM4((c) + 12)
#define KEY_ALNUM64(c)                                                                             \
    KEY_ALNUM16(c), KEY_ALNUM16((c) + 16), KEY_ALNUM16((c) + 32), KEY_ALNUM16((c) + 48)
static const unsigned char KEY_ALNUM[256] = {KEY_ALNUM64(0), KEY_ALNUM64(64), KEY_ALNUM64(128),
                                             KEY_ALNUM64(192)};

/* The bytes pass 3 of fold_word() may drop (y, h, w): a table of every byte, as FOLD_TABLE, so
 * that most letters are passed on by one test. */
#define FOLD_DROP1(c) (unsigned char)((c) == 'y' || (c) == 'h' || (c) == 'w')
#define FOLD_DROP4(c) FOLD_DROP1(c), FOLD_DROP1((c) + 1), FOLD_DROP1((c) + 2), FOLD_DROP1((c) + 3)
#define FOLD_DROP16(c) FOLD_DROP4(c), FOLD_DROP4((c) + 4), FOLD_DROP4((c) + 8), FOLD_DROP4((c) + 12)
#define FOLD_DROP64(c)                                                                             \
    FOLD_DROP16(c), FOLD_DROP16((c) + 16), FOLD_DROP16((c) + 32), FOLD_DROP16((c) + 48)
static const unsigned char FOLD_DROP[256] = {FOLD_DROP64(0), FOLD_DROP64(64), FOLD_DROP64(128),
                                             FOLD_DROP64(192)};

/* The digraphs of pass 1 by their second byte: bit l - 'a' of DIGRAPH_AFTER[n] is set when the
 * letter l followed by n begins one (zh, ch, sh, kh, ph, th; dz, which is one only before an h;
 * eo, eu, ee; ui), and x's bit in every entry (x folds alone, whatever follows). A table of
 * every byte, as FOLD_TABLE, by the pair rather than the first letter: most letters begin no
 * digraph with the byte after them, and one test that seldom goes the other way tells them,
 * where a test of the first letter alone (ten of them may begin one) goes either way often. */
#define DIGRAPH_BIT(l) (1u << ((l) - 'a'))
#define DIGRAPH1(n)                                                                                \
    (uint32_t)(DIGRAPH_BIT('x') |                                                                  \
               ((n) == 'h' ? DIGRAPH_BIT('z') | DIGRAPH_BIT('c') | DIGRAPH_BIT('s') |              \
                                 DIGRAPH_BIT('k') | DIGRAPH_BIT('p') | DIGRAPH_BIT('t')            \
                : (n) == 'z'                             ? DIGRAPH_BIT('d')                        \
                : (n) == 'o' || (n) == 'u' || (n) == 'e' ? DIGRAPH_BIT('e')                        \
                : (n) == 'i'                             ? DIGRAPH_BIT('u')                        \
                                                         : 0))
#define DIGRAPH4(n) DIGRAPH1(n), DIGRAPH1((n) + 1), DIGRAPH1((n) + 2), DIGRAPH1((n) + 3)
#define DIGRAPH16(n) DIGRAPH4(n), DIGRAPH4((n) + 4), DIGRAPH4((n) + 8), DIGRAPH4((n) + 12)
#define DIGRAPH64(n) DIGRAPH16(n), DIGRAPH16((n) + 16), DIGRAPH16((n) + 32), DIGRAPH16((n) + 48)
static const uint32_t DIGRAPH_AFTER[256] = {DIGRAPH64(0), DIGRAPH64(64), DIGRAPH64(128),
                                            DIGRAPH64(192)};

/*
 * Folds a lowercase word in place (bounded by cap). Passes, in order:
 *   1. digraphs: dzh->j, zh->j, ch->j, sh->s, kh->h, ph->p, th->t, x->ks,
 *      eo->u, eu->u, ee->i, ui->i (oo and ou fold to u with no rule of their own: o->u, then
 *      the doubled u collapses)
 *   2. letters: g->k, b->p, d->t, r->l, o->u, q->k
 *   3. y after a consonant is dropped; h after a vowel and not before one is dropped;
 *      w before u is dropped; doubled letters collapse; final ey/ei -> i
 * Pass 2 is applied to each letter as pass 1 writes it (no digraph writes a letter it maps).
 * ct_name_fold_sig() relies on which letters these passes make and drop (test_names checks it).
 */
static void fold_word(char *w, size_t cap)
{
    char tmp[NAME_WLEN * 2];
    size_t o = 0;
    for (size_t i = 0; w[i] && o + 2 < sizeof tmp;) {
        /* w[i + 1] is at most w's NUL (w[i] is none), and w[i + 2] is read only after a 'z' */
        unsigned char c = (unsigned char)w[i], c1 = (unsigned char)w[i + 1];
        unsigned l = (unsigned)c - 'a';
        if (l < 26 && (DIGRAPH_AFTER[c1] >> l & 1) && (c != 'd' || w[i + 2] == 'h')) {
            if (c == 'x') { /* (the loop's bound leaves room for both) */
                tmp[o++] = 'k';
                tmp[o++] = 's';
                i++;
                continue;
            }
            tmp[o++] = c == 'd' || c == 'z' || c == 'c' ? 'j'
                       : c == 'k'                       ? 'h'
                       : c == 'e'                       ? (c1 == 'e' ? 'i' : 'u')
                       : c == 'u'                       ? 'i'
                                                        : (char)c; /* sh, ph, th */
            i += c == 'd' ? 3 : 2;
            continue;
        }
        tmp[o++] = fold_letter((char)c);
        i++;
    }
    tmp[o] = '\0';
    /* final -ey / -ei -> i (Sergey, Sergei) */
    if (o >= 3 && tmp[o - 2] == 'e' && (tmp[o - 1] == 'y' || tmp[o - 1] == 'i')) {
        tmp[o - 2] = 'i';
        tmp[--o] = '\0';
    }
    /* pass 3 into w: prev is the letter written last (0 before the first), next the one after c
     * (tmp's NUL after the last) */
    size_t j = 0;
    char prev = 0;
    for (size_t i = 0; i < o; i++) {
        char c = tmp[i], next = tmp[i + 1];
        if (prev == c) continue;
        if (FOLD_DROP[(unsigned char)c]) {
            if (c == 'y' && prev && !is_vowel(prev) && prev != 'y') continue;
            if (c == 'h' && prev && is_vowel(prev) && !is_vowel(next)) continue;
            if (c == 'w' && next == 'u') continue;
        }
        if (j + 1 >= cap) break;
        w[j++] = c;
        prev = c;
    }
    w[j] = '\0';
}

typedef ct_name_parsed parsed_name; /* names.h */

/* text.h's decoder and white-space test with the ASCII case inline (the same answers). */
static inline size_t dec(const char *s, size_t n, int32_t *cp)
{
    if ((unsigned char)s[0] < 0x80) {
        *cp = (unsigned char)s[0];
        return 1;
    }
    return ct_utf8_decode(s, n, cp);
}

static inline int is_space(int32_t cp)
{
    return cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : ct_cp_is_space(cp);
}

/* Splits name into keyed words (see file comment). */
static void split_words(const char *s, size_t n, parsed_name *pn)
{
    size_t i = 0;
    pn->n = 0;
    pn->plain = n < 256;
    while (i < n && pn->n < NAME_MAXW) {
        int32_t cp;
        while (i < n) {
            size_t l = dec(s + i, n - i, &cp);
            if (!is_space(cp) && cp != ',') break;
            pn->plain &= cp < 0x80 && cp != ',';
            i += l;
        }
        size_t start = i, o = 0;
        char *d = pn->w[pn->n];
        /* a word of ASCII letters and digits alone keys as itself lowercased (ct_key() changes
         * nothing else of it): copied so as it is scanned, lowered by one load a byte, no call.
         * Other ASCII bytes of a word ("Won-joon", "O'Neil", "K.N."): ct_key() makes a
         * separator (ct_key_sep_ascii()) a space, which the word's key drops, and keeps any other
         * byte as it is, so they are taken here too (the word is then not plain); the NUL byte
         * and bytes past ASCII go to ct_key() below */
        for (;;) {
            for (unsigned char ch; i < n && (ch = KEY_ALNUM[(unsigned char)s[i]]); i++)
                if (o + 1 < NAME_WLEN) d[o++] = (char)ch;
            unsigned char b = i < n ? (unsigned char)s[i] : 0;
            if (b == 0 || b >= 0x80 || b == ',' || is_space(b)) break;
            pn->plain = 0;
            if (!ct_key_sep_ascii(b) && o + 1 < NAME_WLEN) d[o++] = (char)b;
            i++;
        }
        size_t ascii_end = i;
        while (i < n) { /* the rest of a word of other bytes, to white space or a comma */
            size_t l = dec(s + i, n - i, &cp);
            if (is_space(cp) || cp == ',') break;
            i += l;
        }
        if (i == start) break;
        if (i != ascii_end) {
            pn->plain = 0;
            char k[NAME_WLEN * 2];
            size_t kl = ct_key(k, sizeof k, s + start, i - start);
            o = 0;
            for (size_t j = 0; j < kl && o + 1 < NAME_WLEN; j++)
                if (k[j] != ' ') d[o++] = k[j];
        }
        d[o] = '\0';
        if (o) pn->n++;
    }
    while (i < n && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) /* words past NAME_MAXW? */
        i++;
    pn->plain &= i == n;
}

static int is_hyphenated(const char *s, size_t n, size_t word)
{
    /* True when the word-th white-space word of s contains a hyphen. */
    size_t i = 0, w = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
            i++;
        size_t start = i;
        while (i < n && !(s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
            i++;
        if (i == start) break;
        if (w == word) return memchr(s + start, '-', i - start) != NULL;
        w++;
    }
    return 0;
}

/* Parses s[0..n) into pn. Only what is read is set: the words up to their NULs, n and sur, and
 * skey and given when sur >= 0 (empty otherwise); the rest of pn's bytes stay as they were. */
static void parse_name(const char *s, size_t n, parsed_name *pn)
{
    pn->sur = -1;
    pn->skey[0] = pn->given[0] = '\0';
    split_words(s, n, pn);
    if (pn->n == 0) return;
    /* A Korean surname at one end; both ends: the more frequent one; a hyphenated word is a
     * given name, never a surname. A name without a hyphen has no hyphenated word. */
    int hyphens = memchr(s, '-', n) != NULL;
    const char *canon0 = NULL, *canon1 = NULL;
    size_t cl0 = 0, cl1 = 0;
    int r0 = hyphens && is_hyphenated(s, n, 0) ? 0 : surname_class(pn->w[0], &canon0, &cl0);
    int r1 = pn->n > 1 && !(hyphens && is_hyphenated(s, n, pn->n - 1))
                 ? surname_class(pn->w[pn->n - 1], &canon1, &cl1)
                 : 0;
    if (pn->n == 1) {
        if (r0) pn->sur = 0;
    } else if (r0 && (!r1 || r0 <= r1)) {
        pn->sur = 0;
    } else if (r1) {
        pn->sur = (int)pn->n - 1;
    }
    if (pn->sur < 0) return;
    /* the surname's class, which the test above found */
    const char *canon = pn->sur == 0 ? canon0 : canon1;
    size_t cl = pn->sur == 0 ? cl0 : cl1;
    if (cl >= sizeof pn->skey) cl = sizeof pn->skey - 1;
    memcpy(pn->skey, canon, cl);
    pn->skey[cl] = '\0';
    size_t o = 0;
    for (size_t i = 0; i < pn->n; i++) {
        if ((int)i == pn->sur) continue;
        size_t l = strlen(pn->w[i]);
        if (o + l + 1 >= sizeof pn->given) break;
        memcpy(pn->given + o, pn->w[i], l);
        o += l;
    }
    pn->given[o] = '\0';
    fold_word(pn->given, sizeof pn->given);
}

/* Sorts the m words w points to in strcmp() order: by insertion, a name has few. */
static void sort_words(const char **w, size_t m)
{
    for (size_t i = 1; i < m; i++)
        for (size_t j = i; j > 0 && strcmp(w[j - 1], w[j]) > 0; j--) {
            const char *t = w[j];
            w[j] = w[j - 1];
            w[j - 1] = t;
        }
}

/* Folded words of a non-Korean name, initials dropped when two longer words remain, into fw
 * (pointers into fold, when not NULL, which holds every word of pn folded already; else into
 * own, where they are folded). Returns their number. */
static size_t folded_words(const parsed_name *pn, const char (*fold)[NAME_WLEN],
                           char own[NAME_MAXW][NAME_WLEN], const char *fw[NAME_MAXW])
{
    size_t longw = 0, m = 0;
    for (size_t i = 0; i < pn->n; i++)
        longw += pn->w[i][0] && pn->w[i][1]; /* more than one letter */
    for (size_t i = 0; i < pn->n; i++) {
        if (longw >= 2 && !(pn->w[i][0] && pn->w[i][1])) continue;
        if (fold) {
            fw[m] = fold[i];
        } else {
            memcpy(own[m], pn->w[i], strlen(pn->w[i]) + 1);
            fold_word(own[m], NAME_WLEN);
            fw[m] = own[m];
        }
        m++;
    }
    return m;
}

/* The name key (ct_name_key()) of a parsed name into out (cap > 0 bytes); returns its length.
 * fold: as folded_words() takes it. */
static size_t key_of(const parsed_name *pn, const char (*fold)[NAME_WLEN], char *out, size_t cap)
{
    char buf[NAME_MAXW * NAME_WLEN + NAME_MAXW];
    size_t o = 0;
    if (pn->sur >= 0) {
        size_t l = strlen(pn->skey);
        memcpy(buf, pn->skey, l);
        o = l;
        if (pn->given[0]) {
            buf[o++] = ' ';
            l = strlen(pn->given);
            memcpy(buf + o, pn->given, l);
            o += l;
        }
    } else {
        char own[NAME_MAXW][NAME_WLEN];
        const char *fw[NAME_MAXW];
        size_t m = folded_words(pn, fold, own, fw);
        sort_words(fw, m);
        for (size_t i = 0; i < m; i++) {
            size_t l = strlen(fw[i]);
            if (i) buf[o++] = ' ';
            memcpy(buf + o, fw[i], l);
            o += l;
        }
    }
    if (o >= cap) o = cap - 1;
    memcpy(out, buf, o);
    out[o] = '\0';
    return o;
}

size_t ct_name_key(const char *name, size_t n, char *out, size_t cap)
{
    parsed_name pn;
    if (cap == 0) return 0;
    parse_name(name, n, &pn);
    return key_of(&pn, NULL, out, cap);
}

/* Word w (folded) matches v (folded): equal, or one an initial of the other, or (given names)
 * one a prefix of at least three letters of the other ("tim" / "timuti"). */
static int word_agrees(const char *w, const char *v, int allow_prefix)
{
    size_t wl = strlen(w), vl = strlen(v);
    if (wl == vl && memcmp(w, v, wl) == 0) return 1;
    if ((wl == 1 || vl == 1) && w[0] == v[0]) return 1;
    if (allow_prefix && wl >= 3 && vl >= 3) {
        size_t m = wl < vl ? wl : vl;
        return memcmp(w, v, m) == 0;
    }
    return 0;
}

/* Does every folded word of the shorter name s (ms words) agree with a distinct word of the
 * longer name l (ml words), exact matches taken first, at least one of them an exact match of
 * more than two letters? */
static int words_agree(const char (*s)[NAME_WLEN], size_t ms, const char (*l)[NAME_WLEN], size_t ml)
{
    int used[NAME_MAXW] = {0};
    int exact_long = 0;
    for (size_t i = 0; i < ms; i++) {
        int found = 0;
        for (int pass = 0; pass < 2 && !found; pass++) {
            for (size_t j = 0; j < ml && !found; j++) {
                if (used[j]) continue;
                int ok = pass == 0 ? strcmp(s[i], l[j]) == 0 : word_agrees(s[i], l[j], 1);
                if (ok) {
                    used[j] = 1;
                    found = 1;
                    if (pass == 0 && strlen(s[i]) > 2) exact_long++;
                }
            }
        }
        if (!found) return 0;
    }
    return exact_long >= 1;
}

int ct_name_same(const char *a, size_t an, const char *b, size_t bn)
{
    char ka[256], kb[256];
    parsed_name pa, pb; /* each name parsed once: for its key and for the word test */
    parse_name(a, an, &pa);
    parse_name(b, bn, &pb);
    size_t la = key_of(&pa, NULL, ka, sizeof ka), lb = key_of(&pb, NULL, kb, sizeof kb);
    if (la == 0 || lb == 0) return 0;
    if (la == lb && memcmp(ka, kb, la) == 0) return 1;
    if (pa.n < 2 || pb.n < 2) return 0;
    if (pa.sur >= 0 && pb.sur >= 0) return 0; /* Korean-style: the key is the whole test */
    char fa[NAME_MAXW][NAME_WLEN], fb[NAME_MAXW][NAME_WLEN];
    /* Every word of the shorter name agrees with a distinct word of the longer, the surname
     * (last or first word) exactly. */
    size_t ma = 0, mb = 0;
    for (size_t i = 0; i < pa.n; i++) {
        memcpy(fa[ma], pa.w[i], NAME_WLEN);
        fold_word(fa[ma++], NAME_WLEN);
    }
    for (size_t i = 0; i < pb.n; i++) {
        memcpy(fb[mb], pb.w[i], NAME_WLEN);
        fold_word(fb[mb++], NAME_WLEN);
    }
    const char(*s)[NAME_WLEN] = (const char(*)[NAME_WLEN])(ma <= mb ? fa : fb);
    const char(*l)[NAME_WLEN] = (const char(*)[NAME_WLEN])(ma <= mb ? fb : fa);
    size_t ms = ma <= mb ? ma : mb, ml = ma <= mb ? mb : ma;
    return words_agree(s, ms, l, ml);
}

/* Appends to the mf words of ff (room for NAME_MAXW * 2) the folded words of more than two
 * letters of a name's key k[0..kl) (ct_key() of its text, into 256 bytes) that ff does not hold
 * yet: the parts of a hyphenated Western surname ("Cole" of "Marsh-Cole"). ff[q] is raw[q]
 * folded for q < nraw (nraw <= mf). Returns the new count. */
static size_t key_parts(char (*ff)[NAME_WLEN], size_t mf, const char *k, size_t kl,
                        const char (*raw)[NAME_WLEN], size_t nraw)
{
    for (size_t i = 0; i < kl && mf < NAME_MAXW * 2;) {
        size_t j = i;
        while (j < kl && k[j] != ' ')
            j++;
        /* a part that is one of the raw words folds to that word's fold, which ff holds: mostly
         * the name's own words, not folded again */
        int same = 0;
        for (size_t q = 0; q < nraw && !same && j - i < NAME_WLEN; q++)
            same = !strncmp(raw[q], k + i, j - i) && !raw[q][j - i];
        if (!same && j - i > 2 && j - i < NAME_WLEN) {
            memcpy(ff[mf], k + i, j - i);
            ff[mf][j - i] = '\0';
            fold_word(ff[mf], NAME_WLEN);
            int dup = 0;
            for (size_t q = 0; q < mf && !dup; q++)
                dup = !strcmp(ff[q], ff[mf]);
            if (!dup) mf++;
        }
        i = j + 1;
    }
    return mf;
}

int ct_name_part_of(const char *part, size_t pn_len, const char *full, size_t fn)
{
    parsed_name pp, pf;
    parse_name(part, pn_len, &pp);
    parse_name(full, fn, &pf);
    if (pp.n == 0 || pf.n == 0 || pp.n > pf.n) return 0;
    char ff[NAME_MAXW * 2][NAME_WLEN];
    size_t mf = 0;
    for (size_t i = 0; i < pf.n; i++) {
        if (pf.sur >= 0 && (int)i == pf.sur) {
            memcpy(ff[mf++], pf.skey, NAME_WLEN);
            continue;
        }
        memcpy(ff[mf], pf.w[i], NAME_WLEN);
        fold_word(ff[mf++], NAME_WLEN);
    }
    if (pf.sur >= 0 && pf.given[0] && mf < NAME_MAXW) /* joined given name as one word */
        memcpy(ff[mf++], pf.given, NAME_WLEN);
    if (pf.sur < 0) {
        char k[256];
        size_t kl = ct_key(k, sizeof k, full, fn);
        mf = key_parts(ff, mf, k, kl, (const char(*)[NAME_WLEN])pf.w, pf.n);
    }
    int used[NAME_MAXW * 2] = {0};
    for (size_t i = 0; i < pp.n; i++) {
        char w[NAME_WLEN];
        const char *canon;
        size_t cl;
        if (surname_class(pp.w[i], &canon, &cl) && pf.sur >= 0) {
            if (cl >= sizeof w) cl = sizeof w - 1;
            memcpy(w, canon, cl);
            w[cl] = '\0';
        } else {
            memcpy(w, pp.w[i], NAME_WLEN);
            fold_word(w, sizeof w);
        }
        int found = 0;
        for (size_t j = 0; j < mf && !found; j++) {
            if (!used[j] && strcmp(w, ff[j]) == 0) {
                used[j] = 1;
                found = 1;
            }
        }
        if (!found) return 0;
    }
    return 1;
}

/* ---- parsed names (ct_name_form): the functions above, each name parsed once ---- */

void ct_name_form_init(ct_name_form *f, const char *name, size_t n)
{
    parsed_name *pn = &f->p; /* parsed in place, not copied */
    parse_name(name, n, pn);
    f->s = name;
    f->len = n;
    f->has_fold = f->has_kor = f->has_full = f->has_tkey = 0;
    if (pn->sur < 0) {
        /* the key's words are the folded words, which form_fold() would fold again */
        for (size_t i = 0; i < pn->n; i++) {
            memcpy(f->fold[i], pn->w[i], NAME_WLEN);
            fold_word(f->fold[i], NAME_WLEN);
        }
        f->has_fold = 1;
    }
    f->klen =
        key_of(pn, f->has_fold ? (const char(*)[NAME_WLEN])f->fold : NULL, f->key, sizeof f->key);
}

size_t ct_name_form_text_key(ct_name_form *f, char *dst, size_t cap)
{
    if (!f->has_tkey) {
        f->tklen = ct_key(f->tkey, sizeof f->tkey, f->s, f->len);
        f->has_tkey = 1;
    }
    /* ct_key() cuts a key that does not fit to its first cap-1 bytes: a key shorter than tkey's
     * 255 bytes is whole, and any cut of it a prefix */
    if (f->tklen + 1 >= sizeof f->tkey) return ct_key(dst, cap, f->s, f->len);
    size_t l = f->tklen < cap - 1 ? f->tklen : cap - 1;
    memcpy(dst, f->tkey, l);
    dst[l] = '\0';
    return l;
}

/* Fills f's folded words, when init did not. */
static void form_words(ct_name_form *f)
{
    if (f->has_fold) return;
    for (size_t i = 0; i < f->p.n; i++) {
        memcpy(f->fold[i], f->p.w[i], NAME_WLEN);
        fold_word(f->fold[i], NAME_WLEN);
    }
    f->has_fold = 1;
}

/* Fills f's folded words and their Korean surname classes. */
static void form_fold(ct_name_form *f)
{
    if (f->has_kor) return;
    form_words(f);
    for (size_t i = 0; i < f->p.n; i++) {
        const char *canon;
        size_t cl;
        f->kor[i] = surname_class(f->p.w[i], &canon, &cl) != 0;
        f->canon[i][0] = '\0';
        if (f->kor[i]) {
            if (cl >= NAME_WLEN) cl = NAME_WLEN - 1;
            memcpy(f->canon[i], canon, cl);
            f->canon[i][cl] = '\0';
        }
    }
    f->has_kor = 1;
}

/* Fills the words a part of f may match, as ct_name_part_of() makes them of its full name. */
static void form_full(ct_name_form *f)
{
    if (f->has_full) return;
    form_words(f);
    char(*ff)[NAME_WLEN] = f->full;
    size_t mf = 0;
    for (size_t i = 0; i < f->p.n; i++) {
        if (f->p.sur >= 0 && (int)i == f->p.sur) {
            memcpy(ff[mf++], f->p.skey, NAME_WLEN);
            continue;
        }
        memcpy(ff[mf++], f->fold[i], NAME_WLEN);
    }
    if (f->p.sur >= 0 && f->p.given[0] && mf < NAME_MAXW) /* joined given name as one word */
        memcpy(ff[mf++], f->p.given, NAME_WLEN);
    if (f->p.sur < 0 && !f->p.plain) { /* (a plain name's key has no part that is not a word) */
        char k[256];
        size_t kl = ct_name_form_text_key(f, k, sizeof k);
        mf = key_parts(ff, mf, k, kl, (const char(*)[NAME_WLEN])f->p.w, f->p.n);
    }
    f->nfull = mf;
    f->has_full = 1;
}

void ct_name_form_held_words(ct_name_form *f, void (*fn)(void *arg, const char *w, size_t n),
                             void *arg)
{
    if (f->klen) fn(arg, f->key, f->klen);
    form_full(f);
    /* ct_name_form_part_of() finds every word of the part among full; ct_name_form_same() by
     * words needs an exact match of a folded word (words_agree()), as does f taken for a part of
     * a name none of whose words is a Korean surname: full holds every folded word but a Korean
     * surname's (its class instead) */
    for (size_t j = 0; j < f->nfull; j++)
        fn(arg, f->full[j], strlen(f->full[j]));
    if (f->p.sur >= 0) fn(arg, f->fold[f->p.sur], strlen(f->fold[f->p.sur]));
}

void ct_name_form_probe_words(ct_name_form *f, int part,
                              void (*fn)(void *arg, const char *w, size_t n), void *arg)
{
    if (f->klen) fn(arg, f->key, f->klen);
    if (f->p.n == 0 || (f->p.n < 2 && !part)) return;
    form_words(f);
    if (f->p.n >= 2) /* (ct_name_form_same() by words wants two words of each name) */
        for (size_t i = 0; i < f->p.n; i++) {
            size_t l = strlen(f->fold[i]);
            if (l > 2) fn(arg, f->fold[i], l);
        }
    if (part) { /* the part's first word, as ct_name_form_part_of() looks it up (unless the words
                   above gave it): its class as form_fold() gives it, without the other words' */
        size_t l0 = strlen(f->fold[0]);
        if (f->p.n < 2 || l0 <= 2) fn(arg, f->fold[0], l0);
        const char *canon = NULL;
        size_t cl = 0;
        if (f->has_kor) {
            if (f->kor[0]) canon = f->canon[0], cl = strlen(canon);
        } else if (!surname_class(f->p.w[0], &canon, &cl)) {
            canon = NULL;
        }
        if (canon) fn(arg, canon, cl < NAME_WLEN ? cl : NAME_WLEN - 1);
    }
}

void ct_name_word_forms(const char *w, size_t n, char fold[CT_NAME_WLEN], char canon[CT_NAME_WLEN])
{
    /* as parse_name() and form_fold() make them of a name whose one word is w */
    memcpy(fold, w, n);
    fold[n] = '\0';
    fold_word(fold, NAME_WLEN);
    const char *c;
    size_t cl;
    canon[0] = '\0';
    if (surname_class_n(w, n, &c, &cl)) {
        memcpy(canon, c, cl);
        canon[cl] = '\0';
    }
}

/* ct_name_fold_sig()'s bit of each byte: a bit for each lowercase letter that fold_word() neither
 * makes from a letter without that bit nor drops (its digraphs keep the p of ph and the s of sh
 * and make x ks, pass 2 maps r and b to l and p, and pass 3 drops only y, h and w, and a doubled
 * letter once), 0 for the other letters; CT_NAME_SIG_NONE for every byte that is no lowercase
 * letter. A table of every byte, as FOLD_TABLE. */
#define SIG_BIT1(c)                                                                                \
    (uint16_t)((c) == 'a'                 ? 1                                                      \
               : (c) == 'f'               ? 2                                                      \
               : (c) == 'm'               ? 4                                                      \
               : (c) == 'n'               ? 8                                                      \
               : (c) == 'v'               ? 16                                                     \
               : (c) == 'l' || (c) == 'r' ? 32                                                     \
               : (c) == 'p' || (c) == 'b' ? 64                                                     \
               : (c) == 's' || (c) == 'x' ? 128                                                    \
               : (c) >= 'a' && (c) <= 'z' ? 0                                                      \
                                          : CT_NAME_SIG_NONE)
#define SIG_BIT4(c) SIG_BIT1(c), SIG_BIT1((c) + 1), SIG_BIT1((c) + 2), SIG_BIT1((c) + 3)
#define SIG_BIT16(c) SIG_BIT4(c), SIG_BIT4((c) + 4), SIG_BIT4((c) + 8), SIG_BIT4((c) + 12)
#define SIG_BIT64(c) SIG_BIT16(c), SIG_BIT16((c) + 16), SIG_BIT16((c) + 32), SIG_BIT16((c) + 48)
static const uint16_t SIG_BIT[256] = {SIG_BIT64(0), SIG_BIT64(64), SIG_BIT64(128), SIG_BIT64(192)};

/* The fold of a word of CT_NAME_SIG_MAX letters is never cut (names.h): pass 1 writes at most two
 * bytes a letter (x -> ks), and fold_word() keeps NAME_WLEN - 1. */
_Static_assert(2 * CT_NAME_SIG_MAX <= NAME_WLEN - 1,
               "a word of CT_NAME_SIG_MAX letters folds uncut");

unsigned ct_name_fold_sig(const char *w, size_t n)
{
    unsigned sig = 0;
    for (size_t i = 0; i < n; i++)
        sig |= SIG_BIT[(unsigned char)w[i]];
    return sig & CT_NAME_SIG_NONE ? CT_NAME_SIG_NONE : sig;
}

int ct_name_form_same(ct_name_form *a, ct_name_form *b)
{
    if (a->klen == 0 || b->klen == 0) return 0;
    if (a->klen == b->klen && memcmp(a->key, b->key, a->klen) == 0) return 1;
    if (a->p.n < 2 || b->p.n < 2) return 0;
    if (a->p.sur >= 0 && b->p.sur >= 0) return 0; /* Korean-style: the key is the whole test */
    form_words(a);
    form_words(b);
    /* as ct_name_same(): every word of the shorter name agrees with a distinct word of the
     * longer */
    const char(*s)[NAME_WLEN] = (const char(*)[NAME_WLEN])(a->p.n <= b->p.n ? a->fold : b->fold);
    const char(*l)[NAME_WLEN] = (const char(*)[NAME_WLEN])(a->p.n <= b->p.n ? b->fold : a->fold);
    size_t ms = a->p.n <= b->p.n ? a->p.n : b->p.n, ml = a->p.n <= b->p.n ? b->p.n : a->p.n;
    return words_agree(s, ms, l, ml);
}

int ct_name_form_part_of(ct_name_form *part, ct_name_form *full)
{
    if (part->p.n == 0 || full->p.n == 0 || part->p.n > full->p.n) return 0;
    form_fold(part);
    form_full(full);
    int used[NAME_MAXW * 2] = {0};
    for (size_t i = 0; i < part->p.n; i++) {
        const char *w = part->kor[i] && full->p.sur >= 0 ? part->canon[i] : part->fold[i];
        int found = 0;
        for (size_t j = 0; j < full->nfull && !found; j++) {
            if (!used[j] && strcmp(w, full->full[j]) == 0) {
                used[j] = 1;
                found = 1;
            }
        }
        if (!found) return 0;
    }
    return 1;
}

int ct_name_korean_surname(const char *word, size_t n)
{
    char k[NAME_WLEN];
    size_t kl = ct_key(k, sizeof k, word, n);
    if (kl == 0 || memchr(k, ' ', kl)) return 0;
    return surname_class(k, NULL, NULL);
}

int ct_name_korean_surname_key(const char *key, size_t n)
{
    /* as ct_name_korean_surname() after its ct_key(): a key of one word, not cut to fit; no
     * spelling has fewer than 2 or more than KO_MAXLEN letters (surname_class_n()) */
    if (n < 2 || n > KO_MAXLEN) return 0;
    for (size_t i = 0; i < n; i++)
        if (key[i] == ' ') return 0;
    return surname_class_n(key, n, NULL, NULL);
}
