/*
 * test_lexmatch.c - the span matcher ct_lex_match() (lexicon.h) on every phrase of every table
 * and on near misses of them, with the token keys of ct_lex_mark() and without: its shortcuts
 * (the word-boundary filter, the first token probed from its own key) must never change an
 * answer. The sentences are built from the lexicons' own keys; no other text.
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

/* The ways a phrase is written into a sentence: as it is, capitalized, with hyphens for its
 * spaces, a later word's second byte changed (a near miss the filter refuses), a later word's
 * last byte changed (a near miss only the probe refuses), and cut after its first word's first
 * byte. */
enum { AS_IS, CAPS, HYPHENS, SECOND_BYTE, LAST_BYTE, CUT, NFORMS };

/* Writes phrase key k in form f into out (cap bytes), between two words that begin no key. */
static void write_form(char *out, size_t cap, const char *k, int f)
{
    char w[300];
    size_t n = strlen(k);
    if (n >= sizeof w) n = sizeof w - 1;
    memcpy(w, k, n);
    w[n] = '\0';
    const char *sp = strchr(w, ' ');
    if (f == CAPS) {
        for (size_t i = 0; i < n; i++)
            if (w[i] >= 'a' && w[i] <= 'z' && (i == 0 || w[i - 1] == ' ')) w[i] -= 32;
    } else if (f == HYPHENS) {
        for (size_t i = 0; i < n; i++)
            if (w[i] == ' ') w[i] = '-';
    } else if (f == SECOND_BYTE && sp && sp[1] && sp[2]) {
        size_t i = (size_t)(sp - w) + 2;
        w[i] = w[i] == 'q' ? 'z' : 'q';
    } else if (f == LAST_BYTE && sp && n > 1) {
        w[n - 1] = w[n - 1] == 'q' ? 'z' : 'q';
    } else if (f == CUT) {
        w[n > 1 ? 1 : n] = '\0';
    }
    snprintf(out, cap, "Zzqx %s zzqx. %s", w, w);
}

/* For every table and every key (of two words or more, and every tenth of the others): the
 * key's forms in a sentence, matched at every token with the token keys and without. */
static void test_forms(ct_arena *a)
{
    size_t bad = 0, matched = 0, tried = 0;
    for (const ct_lexicon_src *s = ct_lexicon_sources; s->name; s++) {
        const ct_lexicon *t = ct_lex(ctx.lex, s->name);
        for (size_t e = 0; t && e < ct_lex_count(t); e++) {
            const char *key, *value;
            ct_lex_entry(t, e, &key, &value);
            if (!strchr(key, ' ') && e % 10) continue;
            for (int f = 0; f < NFORMS; f++) {
                char text[700];
                write_form(text, sizeof text, key, f);
                ct_arena_reset(a);
                ct_analysis *an = ct_analyze_text(&ctx, a, text, strlen(text), CT_STAGE_SEGMENT);
                if (!an || !an->tokkeys) {
                    bad++;
                    continue;
                }
                ct_analysis plain = *an; /* neither the marks nor the token keys */
                plain.lexmask = plain.lexword = NULL;
                plain.tokkeys = NULL;
                for (size_t i = 0; i < an->ntoks; i++) {
                    const char *v1 = NULL, *v2 = NULL;
                    size_t n1 = ct_lex_match(t, an, i, an->ntoks, &v1);
                    size_t n2 = ct_lex_match(t, &plain, i, an->ntoks, &v2);
                    tried++;
                    matched += n1 > 0;
                    if ((n1 != n2 || v1 != v2) && !bad++)
                        fprintf(stderr, "%s, \"%s\" at token %zu: %zu vs %zu\n", s->name, text, i,
                                n1, n2);
                }
            }
        }
    }
    CHECK(bad == 0, "%zu matches differ with the token keys", bad);
    CHECK(matched > 1000 && tried > matched, "%zu matched of %zu", matched, tried);
}

int main(void)
{
    ctx.lex = ct_lexicons_load();
    ct_arena *a = ct_arena_new(0);
    if (!ctx.lex || !a) return 1;
    test_forms(a);
    ct_arena_free(a);
    ct_lexicons_free(ctx.lex);
    return harness_done("lexmatch");
}
