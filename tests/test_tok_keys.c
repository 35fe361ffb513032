/*
 * test_tok_keys.c - each token's key as ct_lex_mark() folds it (ct_tok_key: the key, and a
 * separator before or after it, its hash) against its definition: the token's text folded by
 * ct_key_append_from() behind one other byte ("x", so that a separator before the key shows as a
 * space) and alone, the two agreeing. ct_lex_mark() takes fast paths (tokens of ASCII letters
 * and digits, flagged CT_TOK_ALNUM by the tokenizer; one-byte tokens; tokens whose first
 * character folds to bytes); they must give what the definition gives. The texts are invented.
 *
 * The lexicons are this file's own (ct_lexicon_sources below stands for the generated one, which
 * the linker then leaves out): the keys do not depend on them, and two of their keys, whose
 * prefix hashes agree, test the prefix slots that such keys share.
 */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "cityties.h"
#include "harness.h"
#include "lexicon.h"
#include "pipeline.h"
#include "text.h"

static ct_ctx ctx; /* lexicons only */

/* Two keys of six letters whose pfx_hash() (FNV-1a, 32 bits, lexicon.c) agree, found by hashing
 * 400,000 such words: test_shared_hash() checks that they still do. */
#define TWIN_A "qnawfj"
#define TWIN_B "orduix"

const ct_lexicon_src ct_lexicon_sources[] = {
    {"abbreviations", "mr\n"},
    {"left", TWIN_A "\tleft\n"},
    {"right", TWIN_B "\tright\n"},
    {"both", TWIN_A "\ta\n" TWIN_B "\tb\n" TWIN_B " city\tbc\n"},
    /* a key whose first word runs on past a token ("kaga" and ","), no other key of the table
     * beginning with a word of its own */
    {"runs", "Kaga, DC\tkd\n"},
    {0, 0},
};

static const char *const texts[] = {
    "Mayor Anna Velk met the G20 envoys in Tarnow on 2019.05.14; 3,000 people came.",
    "Vice--Governor O'Hara, e-mail: info@velk.example _under_ score; x.y.z. U.S.",
    /* past ASCII: accents precomposed and combining, Hangul, Kana, a wide letter, a ligature,
     * a stray diaeresis (its compatibility form begins with a space), half-width sound marks
     * alone and after a separator (they fold to nothing) */
    "Saint-\xc3\x89tienne M\xc3\x9cLLER Me\xcc\x81rida \xec\x84\x9c\xec\x9a\xb8\xec\x8b\x9c "
    "\xe3\x82\xab\xe3\x83\x8a \xef\xbc\xb6\xef\xbd\x85 \xef\xac\x81nance a \xc2\xa8 sign "
    "\xef\xbe\x9e \xef\xbe\x9e\xef\xbe\x9f -\xef\xbe\x9e-a",
    /* separators past ASCII: a curly apostrophe, dashes, a middle dot, a non-breaking space */
    "Tarnow\xe2\x80\x99s \xe2\x80\x98smart\xe2\x80\x99 city \xe2\x80\x93 Velk\xc2\xb7"
    "Lenn \xe2\x80\x94"
    "done\xc2\xa0"
    "now",
    /* letters and digits of every length to 17 bytes (folded eight at a time where the text
     * has eight bytes to read), capitals at every place, the last word at the text's end */
    "A b2 CcC dDdD EeEeE FfFfFf GgGgGgG HHHHHHHH iIiIiIiIi JjJjJjJjJj KkKkKkKkKkK LlLlLlLlLlLl "
    "MmMmMmMmMmMmM NnNnNnNnNnNnNn OoOoOoOoOoOoOoO PpPpPpPpPpPpPpPp 0123456789ABCDEFG Qq7",
    /* Korean words (text.c decomposes Hangul syllables itself): the first and last syllables,
     * one with a trailing consonant, syllables before digits and before ASCII letters in one
     * word, a word of 30 syllables, the text ending in a syllable */
    "\xea\xb0\x80 \xed\x9e\xa3 \xea\xb0\x81 \xec\x84\x9c\xec\x9a\xb8\xec\x8b\x9c\xec\x9d\x98"
    "2019 \xec\x84\x9c\xec\x9a\xb8"
    "abc "
    "\xea\xb0\x80\xeb\x82\x98\xeb\x8b\xa4\xea\xb0\x80\xeb\x82\x98\xeb\x8b\xa4\xea\xb0\x80\xeb\x82"
    "\x98\xeb\x8b\xa4\xea\xb0\x80\xeb\x82\x98\xeb\x8b\xa4\xea\xb0\x80\xeb\x82\x98\xeb\x8b\xa4\xea"
    "\xb0\x80\xeb\x82\x98\xeb\x8b\xa4\xea\xb0\x80\xeb\x82\x98\xeb\x8b\xa4\xea\xb0\x80\xeb\x82\x98"
    "\xeb\x8b\xa4\xea\xb0\x80\xeb\x82\x98\xeb\x8b\xa4\xea\xb0\x80\xeb\x82\x98\xeb\x8b\xa4 "
    "\xec\x84\x9c",
    /* combining marks past U+036F inside words (the key strips every mark, as the tokenizer
     * keeps them in the word): Latin with U+1DC4, Devanagari, Hebrew with a vowel point */
    "Ko\xe1\xb7\x84per \xe0\xa4\xae\xe0\xa5\x81\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\x88 "
    "\xd7\xa9\xd6\xb8\xd7\x9c\xd7\x95\xd7\x9d",
    "The last word has eight bytes: TARNOW20",
    "And this one twelve: GOVERNORSHIP",
};

/* The definition: *want gets the key of s[0..n) (want->key NULL when the two folds disagree or
 * the key is longer than 255 bytes), into key[256]. */
static void key_of(const char *s, size_t n, char *key, ct_tok_key *want)
{
    char buf[260];
    ct_buf b = {buf, 1, sizeof buf, 257, 0};
    buf[0] = 'x';
    buf[1] = '\0';
    int pending = 0;
    *want = (ct_tok_key){0};
    if (ct_key_append_from(&b, 0, &pending, s, n) != 0) return;
    ct_buf f = {key, 0, 256, 255, 0};
    int p2 = 0;
    key[0] = '\0';
    if (ct_key_append_from(&f, 0, &p2, s, n) != 0) return;
    size_t lead = b.len - 1 == f.len + 1 && buf[1] == ' ';
    if (b.len - 1 != f.len + lead || memcmp(buf + 1 + lead, key, f.len) != 0) return;
    *want = (ct_tok_key){
        .key = key, .len = (uint8_t)f.len, .lead = (uint8_t)lead, .trail = (uint8_t)pending};
}

static void test_keys(ct_arena *a)
{
    size_t alnum = 0, wide = 0;
    for (size_t ti = 0; ti < sizeof texts / sizeof *texts; ti++) {
        ct_arena_reset(a);
        ct_analysis *an = ct_analyze_text(&ctx, a, texts[ti], strlen(texts[ti]), CT_STAGE_SEGMENT);
        CHECK(an != NULL && an->tokkeys != NULL, "text %zu: token keys", ti);
        if (!an || !an->tokkeys) continue;
        for (size_t i = 0; i < an->ntoks; i++) {
            const char *s = ct_tok_text(an, i);
            size_t n = an->toks[i].len;
            char key[256];
            ct_tok_key want;
            key_of(s, n, key, &want);
            const ct_tok_key *got = &an->tokkeys[i];
            CHECK((got->key == NULL) == (want.key == NULL), "text %zu, token %zu \"%.*s\": kept",
                  ti, i, (int)n, s);
            if (!got->key || !want.key) continue;
            CHECK(got->len == want.len && memcmp(got->key, want.key, want.len) == 0 &&
                      got->key[got->len] == '\0',
                  "text %zu, token %zu \"%.*s\": key \"%s\", want \"%s\"", ti, i, (int)n, s,
                  got->key, want.key);
            /* the key's hash, kept beside it so that no lookup hashes it again */
            uint32_t h = CT_FNV32_SEED;
            for (size_t k = 0; k < want.len; k++)
                h = CT_FNV32_STEP(h, want.key[k]);
            CHECK(got->h == h, "text %zu, token %zu \"%.*s\": hash", ti, i, (int)n, s);
            CHECK(got->lead == want.lead && got->trail == want.trail,
                  "text %zu, token %zu \"%.*s\": lead %d trail %d, want %d %d", ti, i, (int)n, s,
                  got->lead, got->trail, want.lead, want.trail);
            /* CT_TOK_ALNUM: every byte an ASCII letter or digit */
            int plain = n > 0;
            for (size_t k = 0; k < n; k++) {
                unsigned char c = (unsigned char)s[k];
                plain &= (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
            }
            CHECK(!(an->toks[i].flags & CT_TOK_ALNUM) == !plain,
                  "text %zu, token %zu \"%.*s\": CT_TOK_ALNUM", ti, i, (int)n, s);
            alnum += plain;
            wide += (unsigned char)s[0] >= 0x80;
        }
    }
    CHECK(alnum > 20 && wide > 10, "%zu letters-and-digits tokens, %zu past ASCII", alnum, wide);
}

static uint32_t fnv32(const char *s)
{
    uint32_t h = CT_FNV32_SEED;
    for (; *s; s++)
        h = CT_FNV32_STEP(h, *s);
    return h;
}

/* Two keys whose hashes agree, in two tables and together in a third: the mark table gives them
 * one slot, the masks of both tables joined (a token of either may begin a key of either), and
 * the prefix sets tell them apart by their bytes. Marking stays on. */
static void test_shared_hash(ct_arena *a)
{
    CHECK(fnv32(TWIN_A) == fnv32(TWIN_B), "the twin keys' hashes agree");
    const char *text = "Qnawfj met orduix; Orduix city.";
    ct_arena_reset(a);
    ct_analysis *an = ct_analyze_text(&ctx, a, text, strlen(text), CT_STAGE_SEGMENT);
    CHECK(an && an->ntoks == 7 && an->lexmask && an->lexword, "twins: tokens and marks");
    if (!an || an->ntoks != 7) return;
    const ct_lexicon *l = ct_lex(ctx.lex, "left"), *r = ct_lex(ctx.lex, "right"),
                     *both = ct_lex(ctx.lex, "both");
    const char *v = NULL;
    CHECK(ct_lex_tok(l, an, 0) && !ct_lex_tok(r, an, 0) && !ct_lex_tok(l, an, 2) &&
              ct_lex_tok(r, an, 2),
          "twins: each found in its own table only");
    CHECK_STR(ct_lex_tok(both, an, 0), "a");
    CHECK_STR(ct_lex_tok(both, an, 2), "b");
    CHECK(ct_lex_match(both, an, 4, an->ntoks, &v) == 2 && v && strcmp(v, "bc") == 0,
          "twins: a phrase");
    CHECK(ct_lex_match(r, an, 0, an->ntoks, &v) == 0 && ct_lex_match(l, an, 4, an->ntoks, &v) == 0,
          "twins: no phrase of the other's table");
}

/* A key whose first word runs on into the next token ("Kaga, DC"): the first token, whose key no
 * key of the table has for its first word or whole key, is not refused by its marks
 * (ct_lex_match_marked()), the word running on; before white space, it is. */
static void test_runs_on(ct_arena *a)
{
    const char *text = "Kaga, DC; the Kaga DC.";
    ct_arena_reset(a);
    ct_analysis *an = ct_analyze_text(&ctx, a, text, strlen(text), CT_STAGE_SEGMENT);
    CHECK(an && an->ntoks == 8 && an->lexword, "runs: tokens and marks");
    if (!an || an->ntoks != 8) return;
    const ct_lexicon *runs = ct_lex(ctx.lex, "runs");
    const char *v = NULL;
    CHECK(ct_lex_match(runs, an, 0, an->ntoks, &v) == 3 && v && strcmp(v, "kd") == 0,
          "runs: Kaga, DC");
    CHECK(ct_lex_match(runs, an, 5, an->ntoks, &v) == 0, "runs: Kaga DC");
}

/* A text whose every byte is a token, a letter or a comma by turns: the keys of the fast paths
 * (ASCII letters and digits, one ASCII byte) then take all of their piece of the arena, sized
 * once by the text's length and its tokens (ct_lex_mark()), and a piece this large is a block of
 * its own, past whose end ASan sees any write. */
static void test_dense_keys(ct_arena *a)
{
    size_t n = 200000;
    char *text = malloc(n + 1);
    if (!text) return;
    for (size_t i = 0; i < n; i++)
        text[i] = i % 2 ? ',' : (char)('a' + i / 2 % 26);
    text[n] = '\0';
    ct_arena_reset(a);
    ct_analysis *an = ct_analyze_text(&ctx, a, text, n, CT_STAGE_SEGMENT);
    CHECK(an && an->ntoks == n && an->tokkeys, "dense: a token a byte (%zu)", an ? an->ntoks : 0);
    if (an && an->ntoks == n && an->tokkeys) {
        size_t bad = 0;
        for (size_t i = 0; i < n; i++) {
            const ct_tok_key *k = &an->tokkeys[i];
            char want = i % 2 ? ',' : (char)('a' + i / 2 % 26);
            bad += !k->key || k->len != 1 || k->key[0] != want || k->key[1] != '\0' || k->lead ||
                   k->trail;
        }
        CHECK(bad == 0, "dense: every key its byte (%zu not)", bad);
    }
    free(text);
}

/* The keys' padding in that piece (KEY_PAD, which the byte a token does not give): a probe of a
 * table compares eight bytes from a key's start (ct_same_padded()). A comma and a letter by turns
 * (199,997 tokens, every byte one), then "mr.": its "mr" is asked of the abbreviation table, its
 * own dot following it (ct_segment()), and that key's probe reads to 2 bytes past the piece's
 * 399,999 bytes sized without KEY_PAD (400,000 as the arena rounds them to 16). */
static void test_dense_padded(ct_arena *a)
{
    size_t n = 200000;
    char *text = malloc(n + 1);
    if (!text) return;
    for (size_t i = 0; i < n - 3; i++)
        text[i] = i % 2 ? (char)('a' + i / 2 % 26) : ',';
    memcpy(text + n - 3, "mr.", 4);
    ct_arena_reset(a);
    ct_analysis *an = ct_analyze_text(&ctx, a, text, n, CT_STAGE_SEGMENT);
    CHECK(an && an->ntoks == n - 1 && an->tokkeys, "dense, padded: tokens (%zu)",
          an ? an->ntoks : 0);
    if (an && an->ntoks == n - 1 && an->tokkeys) {
        const ct_tok_key *k = &an->tokkeys[n - 3];
        CHECK(k->key && k->len == 2 && !memcmp(k->key, "mr", 3), "dense, padded: the key mr");
        CHECK(an->toks[n - 3].flags & CT_TOK_ABBR, "dense, padded: mr. an abbreviation");
    }
    free(text);
}

int main(void)
{
    ctx.lex = ct_lexicons_load();
    ct_arena *a = ct_arena_new(0);
    if (!ctx.lex || !a) return 1;
    test_keys(a);
    test_shared_hash(a);
    test_runs_on(a);
    test_dense_keys(a);
    test_dense_padded(a);
    ct_arena_free(a);
    ct_lexicons_free(ctx.lex);
    return harness_done("tok_keys");
}
