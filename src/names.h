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

/* Frequency rank (1 = most common) of word[0..n) as a Korean surname in any common
 * romanization ("Lee", "Yi", "Rhee" -> same rank), or 0 when it is not one. */
int ct_name_korean_surname(const char *word, size_t n);

#endif
