/*
 * lexicon.h - the hand-edited word lists of data/NAME.tsv, compiled into the program.
 *
 * Each data/NAME.tsv line is `phrase<TAB>value` (value optional; further columns are kept in
 * value, tabs and all). '#' starts a comment line. tools/embed.sh turns the files into
 * ct_lexicon_sources[] at build time; ct_lexicons_load() parses them once into hash tables
 * keyed by the phrase's key (text.h), so "Consul-General" and "consul general" are one entry.
 * Lexicons are data, not code: a new trigger verb is a line in a TSV.
 *
 * Ownership: ct_lexicons owns every table and string; it is read-only after loading and may
 * be shared by threads.
 */
#ifndef CT_LEXICON_H
#define CT_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "analysis.h"
#include "text.h" /* CT_FNV32_*, for ct_lex_name_hash() */

typedef struct {
    const char *name; /* file stem, e.g. "titles" */
    const char *text; /* the file's lines, comments removed */
} ct_lexicon_src;

extern const ct_lexicon_src ct_lexicon_sources[]; /* ends with {0, 0}; generated */

typedef struct ct_lexicon ct_lexicon;

ct_lexicons *ct_lexicons_load(void); /* NULL on out of memory */
void ct_lexicons_free(ct_lexicons *lx);

/* A table name's hash, for ct_lex(): of its length and its first, middle and last bytes only
 * (names differ there: "place_abbr", "place_alias"), not of every byte; a name sharing them with
 * another costs a comparison more. Inline, as ct_lex(): of a literal name, a constant. */
static inline uint32_t ct_lex_name_hash(const char *name)
{
    size_t n = strlen(name);
    if (!n) return CT_FNV32_SEED;
    uint32_t h = CT_FNV32_STEP(CT_FNV32_SEED, n);
    h = CT_FNV32_STEP(h, name[0]);
    h = CT_FNV32_STEP(h, name[n / 2]);
    return CT_FNV32_STEP(h, name[n - 1]);
}

/* ct_lex() of the name whose ct_lex_name_hash() is h. */
const ct_lexicon *ct_lex_hashed(const ct_lexicons *lx, const char *name, uint32_t h);

/* The table data/NAME.tsv, or NULL when there is none. Inline: the stages ask for their tables
 * by name for every article (some 46 times), mostly by a literal name, whose hash the compiler
 * then works out. */
static inline const ct_lexicon *ct_lex(const ct_lexicons *lx, const char *name)
{
    return ct_lex_hashed(lx, name, ct_lex_name_hash(name));
}

/* Value of an already-normalized key ("" when the line had no value), or NULL. */
const char *ct_lex_get(const ct_lexicon *t, const char *key);
/* Value of the key of s[0..n), or NULL. */
const char *ct_lex_lookup(const ct_lexicon *t, const char *s, size_t n);

/* Length of the longest prefix of the key key[0..n) that some entry begins with (0 when none):
 * no entry longer than that is a prefix of key. */
size_t ct_lex_prefix_len(const ct_lexicon *t, const char *key, size_t n);

/* Longest of the spans s[0..ends[0]), s[0..ends[1]), ... (ends ascending, each at a code point
 * boundary) whose key is an entry, as if ct_lex_lookup() were asked for each, longest first:
 * returns its index in ends and sets *value, or returns -1. The key is folded once, growing
 * from end to end, and the walk stops as soon as no entry begins with it. */
int ct_lex_lookup_ends(const ct_lexicon *t, const char *s, const size_t *ends, size_t nends,
                       const char **value);

/* ct_key(dst, cap, ...) of the text from token a's start to token b's end (b >= a): the same
 * key, joined from the tokens' keys (ct_lex_mark()) when it fits. Returns its length. */
size_t ct_lex_span_key(const ct_analysis *an, size_t a, size_t b, char *dst, size_t cap);

/* Sets an->tokkeys (in an's arena): every token's key, folded once, which ct_lex_match() and
 * ct_lex_tok() join instead of folding the text again; and an->lexmask: for each word or
 * number token, the lexicons having a key that begins with the token's key, as bits in table
 * order (all bits for other tokens, and for tables past the 64th); ct_lex_match() then refuses
 * a span whose first token's bit is clear without folding anything. an->lexword, likewise: the
 * lexicons having a key whose whole first word is the token's key, which refuses the spans of a
 * token followed by white space or a separator (its word ends there). an->lexfull, likewise: the
 * lexicons having the token's key itself for a key, which refuses the token alone (ct_lex_tok()),
 * and its longer spans when the next word is one that no key of the table goes on with (a probe
 * of ct_lex_match() spared). Call after the tokens are final, disjoint ranges of an->text
 * (segment.c does). Returns 0 or CT_ENOMEM; an->lexmask, an->lexword and an->lexfull stay NULL
 * when lx cannot mark. */
int ct_lex_mark(const ct_lexicons *lx, ct_analysis *an);

/* t's bit in an->lexmask (ct_lex_mark), or 0 when t has none (NULL, or past the 64th table):
 * a word token whose mark lacks the bit begins no key of t. Inline: the bit is the first
 * member of every ct_lexicon (lexicon.c), read through a pointer to it. */
static inline uint64_t ct_lex_bit(const ct_lexicon *t)
{
    return t ? *(const uint64_t *)(const void *)t : 0;
}

/* ct_lex_tok() and ct_lex_match() past their first refusals (below); the same answers. */
const char *ct_lex_tok_marked(const ct_lexicon *t, const ct_analysis *an, size_t i);
size_t ct_lex_match_marked(const ct_lexicon *t, const ct_analysis *an, size_t tok, size_t limit,
                           const char **value);

/* ct_lex_lookup() of token i's text; refused at once when an->lexmask says no key of t begins
 * with the token's key. Inline: the stages ask it of most tokens, and most are refused by the
 * marks, here, without a call. */
static inline const char *ct_lex_tok(const ct_lexicon *t, const ct_analysis *an, size_t i)
{
    uint64_t bit = ct_lex_bit(t);
    if (bit && an->lexmask && !(an->lexmask[i] & bit)) return NULL;
    if (bit && an->lexfull && !(an->lexfull[i] & bit)) return NULL; /* no key is the token's */
    return ct_lex_tok_marked(t, an, i);
}

/* Longest entry matching tokens an->toks[tok ..], never past token `limit` (exclusive).
 * Returns the number of tokens matched (0 when none) and sets *value. Inline, as ct_lex_tok():
 * a first token whose mark lacks t's bit begins no key of t. */
static inline size_t ct_lex_match(const ct_lexicon *t, const ct_analysis *an, size_t tok,
                                  size_t limit, const char **value)
{
    uint64_t bit = ct_lex_bit(t);
    if (bit && tok < limit && an->lexmask && !(an->lexmask[tok] & bit)) return 0;
    return ct_lex_match_marked(t, an, tok, limit, value);
}

/* Bytes of the longest key (0 for none or NULL): a key's prefix longer than that is no entry. */
size_t ct_lex_max_len(const ct_lexicon *t);

/* Number of entries, and the i-th entry's phrase key and value, for iteration. Each key is held
 * once, with the value of its first line (a later line of the same key is skipped). */
size_t ct_lex_count(const ct_lexicon *t);
void ct_lex_entry(const ct_lexicon *t, size_t i, const char **key, const char **value);

#endif
