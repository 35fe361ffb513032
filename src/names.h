/*
 * names.h - matching of person names across spellings: romanization variants of Korean
 * names, word order, hyphens, case, diacritics, initials and middle names.
 *
 * A name key is a canonical ASCII string: two spellings of one person's name share it when
 * they differ only by
 *   - case, diacritics, hyphens and dots ("KANG Min-jae", "Kang Min-Jae", "Anna Müller"),
 *   - word order ("Lee Min-ho" / "Min-ho Lee", "Ivan Petrov" / "Petrov Ivan"),
 *   - Korean surname romanization (Lee/Yi/Rhee, Park/Pak/Bak, Choi/Choe, Gang/Kang,
 *     Jeong/Jung/Chung, Son/Sohn, Yu/Yoo/Ryu, Oh/O, ...): a fixed table of romanization
 *     classes, the rules of the romanization systems rather than a list of people,
 *   - vowel and consonant variants of romanized syllables (eo/u/o, oo/u, ee/ui/i, g/k, b/p,
 *     d/t, r/l, j/ch/zh, sh/s, kh/h, y after a consonant, doubled letters, final -ey/-ei),
 *     so "Heong-soo", "Hyung-su" and "Hyeong-su" fold together, as do "Woon-gil"/"Un-gil",
 *     "Hee-sook"/"Heesook"/"Hui-sook", "Sergey"/"Sergei",
 *   - single-letter initials when two longer words remain ("Maria T. Delgado").
 * Korean-style names (a known Korean surname at one end) key as "surname given" with the given
 * name's parts joined in their written order ("Lee Jun Ho" = "Jun-ho Lee"); other names key
 * as their folded words, sorted.
 *
 * The folding is deliberately loose (it merges "Jong" and "Jung"): use a key match together
 * with agreeing title or city before merging people across articles.
 *
 * Pure functions of their arguments: no context, no allocation, thread-safe.
 */
#ifndef CT_NAMES_H
#define CT_NAMES_H

#include <stddef.h>

/* Writes the canonical key of name[0..n) to out (NUL-terminated, truncated to cap-1 bytes);
 * returns its length (0 for a name without letters). */
size_t ct_name_key(const char *name, size_t n, char *out, size_t cap);

/* 1 when a and b are plausibly the same person's name: the same key, or the same surname and
 * given names that agree once middle names and initials are allowed for ("Pavel Sergeyevich
 * Orlov" / "Pavel Orlov", "Robert Hale" / "Rob Hale"), in either word order. Both names
 * need at least two words unless the keys are equal. */
int ct_name_same(const char *a, size_t an, const char *b, size_t bn);

/* 1 when `part` ("Park", "Won-joon", "Kroger", "Mayor Park" is not a name: pass the name only)
 * can be a short reference to the full name `full`: every folded word of part is a word of full
 * (Korean given-name parts count as one word; surname classes fold). */
int ct_name_part_of(const char *part, size_t pn, const char *full, size_t fn);

/* ---- parsed names, for matching one name against many ---- */

#define CT_NAME_MAXW 8  /* words kept per name */
#define CT_NAME_WLEN 48 /* bytes per folded word */

/* A name split into its words (names.c): a part of ct_name_form, parsed into it in place. */
typedef struct {
    char w[CT_NAME_MAXW][CT_NAME_WLEN]; /* words: keyed, parts joined, not folded */
    size_t n;                           /* words */
    int sur;                            /* index of the surname word, or -1 */
    char skey[CT_NAME_WLEN];            /* canonical surname when sur >= 0 */
    char given[CT_NAME_WLEN * 2];       /* folded, joined given name when sur >= 0 */
    int plain; /* ASCII letters and digits in at most CT_NAME_MAXW words, white space between, and
                  fewer than 256 bytes: the words of its text key are its words */
} ct_name_parsed;

/* A name parsed once (ct_name_form_init) and compared many times (ct_name_form_same,
 * ct_name_form_part_of) with the answers of ct_name_same / ct_name_part_of on its text. The
 * fields are names.c's; the folded words and the words a part may match are filled on first
 * need, so the comparisons take non-const forms. The form keeps a pointer to the name's text,
 * which must outlive it. */
typedef struct {
    const char *s;                             /* the name's text */
    size_t len;                                /* its bytes */
    ct_name_parsed p;                          /* its words */
    char key[256];                             /* ct_name_key(), truncated to 255 bytes */
    size_t klen;                               /* its length */
    int has_fold, has_kor, has_full;           /* fold; kor/canon; full/nfull filled */
    char fold[CT_NAME_MAXW][CT_NAME_WLEN];     /* p.w[i] folded */
    char canon[CT_NAME_MAXW][CT_NAME_WLEN];    /* the Korean surname class of p.w[i], or "" */
    unsigned char kor[CT_NAME_MAXW];           /* p.w[i] is a Korean surname spelling */
    char full[CT_NAME_MAXW * 2][CT_NAME_WLEN]; /* the words a part of this name may match */
    size_t nfull;                              /* their number */
    int has_tkey;                              /* tkey/tklen filled */
    char tkey[256];                            /* ct_key() of the text, cut to 255 bytes */
    size_t tklen;                              /* its length */
} ct_name_form;

/* Parses name[0..n) into f (its key at once, the rest on first need); f may be uninitialised
 * memory: every field is set before it is read. */
void ct_name_form_init(ct_name_form *f, const char *name, size_t n);

/* ct_key(dst, cap, f's text) (text.h), the text folded once per form: cap > 0. */
size_t ct_name_form_text_key(ct_name_form *f, char *dst, size_t cap);

/* The words through which two names can match, for prefilters: a name g that names the same
 * person as f (ct_name_form_same(f, g)), or, with part set, one that is a part of f
 * (ct_name_form_part_of(g, f)), has among its probe words one of f's held words. Calls fn(arg,
 * w, n) for every such word w[0..n) of f; words may repeat. Held: f's key, its folded words, and
 * the folded words a part of f may match. Probe: f's key, its folded words of more than two
 * bytes when it has two words or more, and with part its first word folded and that word's
 * Korean surname class when it is one. */
void ct_name_form_held_words(ct_name_form *f, void (*fn)(void *arg, const char *w, size_t n),
                             void *arg);
void ct_name_form_probe_words(ct_name_form *f, int part,
                              void (*fn)(void *arg, const char *w, size_t n), void *arg);

/* Of a word whose key (text.h) is w[0..n) (lowercase ASCII letters, n < CT_NAME_WLEN): its
 * folded word and its Korean surname class ("" when it is none). A name of one word that matches
 * a name g (ct_name_form_same(), or ct_name_form_part_of() as the part) has one of the two among
 * g's held words (ct_name_form_held_words()); so has a name of such words, white space between
 * and none a Korean surname spelling, that matches g either way (g may be its part), one of its
 * words' folded words. */
void ct_name_word_forms(const char *w, size_t n, char fold[CT_NAME_WLEN], char canon[CT_NAME_WLEN]);

/* The letters of w[0..n) that folding keeps, as a set below 256: a, f, m, n and v, and one bit
 * each for l and r, for p and b, for s and x, the letters that fold to l, p and s; or
 * CT_NAME_SIG_NONE when w has a byte that is no lowercase ASCII letter (a space, a digit), as no
 * folded word of a word of letters has. The fold makes none of these letters from others and
 * drops none, so that the folded word of a word of at most CT_NAME_SIG_MAX lowercase ASCII letters
 * (ct_name_word_forms(), not cut to fit) has the word's set: a word whose set is that of none of a
 * list of words folds to none of them. */
#define CT_NAME_SIG_MAX 23
#define CT_NAME_SIG_NONE 256
unsigned ct_name_fold_sig(const char *w, size_t n);

/* ct_name_same(a's text, b's text), ct_name_part_of(part's text, full's text). */
int ct_name_form_same(ct_name_form *a, ct_name_form *b);
int ct_name_form_part_of(ct_name_form *part, ct_name_form *full);

/* Frequency rank (1 = most common) of word[0..n) as a Korean surname in any common
 * romanization ("Lee", "Yi", "Rhee" -> same rank), or 0 when it is not one. */
int ct_name_korean_surname(const char *word, size_t n);
/* The same of a word's key (text.h) key[0..n), as ct_key() gives it. */
int ct_name_korean_surname_key(const char *key, size_t n);

#endif
