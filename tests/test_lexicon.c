/*
 * test_lexicon.c - the lexicon lookups (lexicon.h) against their plain definitions: every entry
 * found by its own phrase; ct_lex_lookup() of any span equal to ct_lex_get() of the span's whole
 * key; ct_lex_match() the same with and without the token marks of ct_lex_mark(), and
 * ct_lex_tok() the same as ct_lex_lookup() of the token's text. The fast
 * paths (prefix sets, word-by-word refusal, token marks) must never change an answer. Runs on
 * lexicons only; the sentences are invented.
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

static const char *const texts[] = {
    "Acting Mayor Anna Velk of Tarnow met Vice-Governor Ole Brandt at City Hall on Monday.",
    "The delegation from the Metropolitan City of Norvik will sign a memorandum of understanding "
    "on 2019.05.14, the mayor's office said.",
    "Saint-Étienne-sur-Lac and MÜLLER-Stadt signed a sister-city agreement; Dr. K. O'Hara, "
    "Consul-General, attended. 서울시 대표단도 참석했다.",
    "Deputy Mayor for Economic Affairs Pia Lund was scheduled to visit the Tarnow City Council "
    "next week, is expected to discuss smart city cooperation and tourism.",
    "Related articles\nShare this\nCopyright 2024 Velk Daily News. All rights reserved.",
    "U.S. Ambassador Jon Reyes and Gov. Mara Iles of Upper Lenn Province toured "
    "the port -- the first visit since 1998.",
    "ﬁnance ministers, an ALL-CAPS HEADLINE, 3,000 visitors, e-mail: info@tarnow.example",
    /* token keys joined (ct_tok_key): R&D with no space, a stray diaeresis (its compatibility
     * form begins with a space), a combining accent, dashes, curly apostrophes, wide letters */
    "Tarnow’s R&D office – a ¨ sign – and Me\xcc\x81rida-on-Lenn’s ‘smart city’ team; "
    "Ｖｅｌｋ Consul - General .Mayor. -- Vice--Governor.",
    /* a key whose first word runs on into punctuation ("washington, d c"): not refused by the
     * whole-first-word marks (ct_analysis.lexword) */
    "The Tarnow delegation flew on to Washington, D.C. and Washington , D.C. last May.",
    /* a sentence whose one match of org_connectors is punctuation ("&"), and one of words that
     * begin no key; then a sentence whose one match of dates_weekdays is its last token */
    "Zzqx & zzqx met Mayor Velk. Zzqx zzqx.",
    "Zzqx zzqx Monday",
};

/* ct_lex_match() with the token marks and without them agree on every token and table, to the
 * text's end and to limits short of it. */
static void test_match_marks(ct_arena *a)
{
    size_t ntab = 0;
    const char *names[64];
    for (const ct_lexicon_src *s = ct_lexicon_sources; s->name && ntab < 64; s++)
        names[ntab++] = s->name;
    size_t unfull_all = 0;
    for (size_t ti = 0; ti < sizeof texts / sizeof *texts; ti++) {
        ct_arena_reset(a);
        ct_analysis *an = ct_analyze_text(&ctx, a, texts[ti], strlen(texts[ti]), CT_STAGE_SEGMENT);
        CHECK(an != NULL && an->lexmask != NULL, "text %zu: marked", ti);
        if (!an || !an->lexmask) continue;
        ct_analysis plain = *an; /* neither the marks nor the token keys */
        plain.lexmask = plain.lexword = plain.lexfull = NULL;
        plain.tokkeys = NULL;
        size_t refused = 0, matched = 0, bad = 0;
        size_t unfull = 0; /* a key of a table begins with the token's key, which is none itself */
        for (size_t k = 0; k < ntab; k++) {
            const ct_lexicon *t = ct_lex(ctx.lex, names[k]);
            for (size_t i = 0; i < an->ntoks; i++) {
                const char *v1 = NULL, *v2 = NULL;
                size_t n1 = ct_lex_match(t, an, i, an->ntoks, &v1);
                size_t n2 = ct_lex_match(t, &plain, i, an->ntoks, &v2);
                if (n1 != n2 || v1 != v2) {
                    if (!bad++)
                        fprintf(stderr, "text %zu, %s at token %zu \"%.*s\": %zu vs %zu\n", ti,
                                names[k], i, (int)an->toks[i].len, ct_tok_text(an, i), n1, n2);
                }
                /* spans cut short by a limit one to four tokens on (the marks' refusals look
                 * at the tokens before it) */
                for (size_t lim = i + 1; lim < an->ntoks && lim <= i + 4; lim++) {
                    const char *w1 = NULL, *w2 = NULL;
                    size_t m1 = ct_lex_match(t, an, i, lim, &w1);
                    size_t m2 = ct_lex_match(t, &plain, i, lim, &w2);
                    if ((m1 != m2 || w1 != w2) && !bad++)
                        fprintf(stderr, "text %zu, %s at token %zu to %zu: %zu vs %zu\n", ti,
                                names[k], i, lim, m1, m2);
                }
                const char *tv = ct_lex_tok(t, an, i);
                if (tv != ct_lex_lookup(t, ct_tok_text(an, i), an->toks[i].len) && !bad++)
                    fprintf(stderr, "text %zu, %s: ct_lex_tok at token %zu differs\n", ti, names[k],
                            i);
                matched += n1 > 0;
                refused += !(an->lexmask[i] & ((uint64_t)1 << k));
                unfull += (an->lexmask[i] & ~an->lexfull[i] & ((uint64_t)1 << k)) != 0;
            }
        }
        CHECK(bad == 0, "text %zu: %zu matches differ with the marks", ti, bad);
        CHECK(refused > 0 && matched > 0, "text %zu: %zu refused, %zu matched", ti, refused,
              matched);
        unfull_all += unfull;
    }
    /* the full marks' refusal (ct_lex_match_marked()) asked */
    CHECK(unfull_all > 100, "%zu tokens begin keys but are none", unfull_all);
}

/* Every prefix of the first word of every key of the first 64 tables, as a text of its own
 * whose one token has it for key: the token's mark (ct_analysis.lexmask) has the bit of each
 * table having a key that begins so, when the prefix is the whole first word, its
 * whole-first-word mark (lexword) has the table's bit, and when it is the whole key, its full
 * mark (lexfull) has it too: the marks, kept once for all the prefixes having the same, are each
 * prefix's own. */
static void test_mark_prefixes(ct_arena *a)
{
    size_t checked = 0, bad = 0, k = 0;
    for (const ct_lexicon_src *src = ct_lexicon_sources; src->name && k < 64; src++, k++) {
        const ct_lexicon *t = ct_lex(ctx.lex, src->name);
        for (size_t e = 0; e < ct_lex_count(t); e++) {
            const char *key, *value;
            ct_lex_entry(t, e, &key, &value);
            size_t fw = strcspn(key, " ");
            for (size_t len = 1; len <= fw; len++) {
                ct_arena_reset(a);
                ct_analysis *an = ct_analyze_text(&ctx, a, key, len, CT_STAGE_SEGMENT);
                if (!an || !an->lexmask || an->ntoks != 1 || !an->tokkeys[0].key ||
                    an->tokkeys[0].len != len || memcmp(an->tokkeys[0].key, key, len) != 0)
                    continue; /* not one token keyed so */
                uint64_t bit = (uint64_t)1 << k;
                int ok = (an->lexmask[0] & bit) && (len < fw || (an->lexword[0] & bit)) &&
                         (len < fw || key[fw] || (an->lexfull[0] & bit));
                if (!ok && !bad++)
                    fprintf(stderr, "%s: \"%.*s\" of \"%s\" unmarked\n", src->name, (int)len, key,
                            key);
                checked++;
            }
        }
    }
    CHECK(bad == 0 && checked > 1000, "%zu of %zu prefixes unmarked", bad, checked);
}

/* Every token's key (ct_lex_mark) is ct_key() of its text, and ct_lex_match() gives the same
 * answers from the token keys as from the text, for every span start and table. */
static void test_token_keys(ct_arena *a)
{
    for (size_t ti = 0; ti < sizeof texts / sizeof *texts; ti++) {
        ct_arena_reset(a);
        ct_analysis *an = ct_analyze_text(&ctx, a, texts[ti], strlen(texts[ti]), CT_STAGE_SEGMENT);
        CHECK(an != NULL && an->tokkeys != NULL, "text %zu: token keys", ti);
        if (!an || !an->tokkeys) continue;
        size_t bad = 0;
        for (size_t i = 0; i < an->ntoks; i++) {
            char key[256];
            size_t n = ct_key(key, sizeof key, ct_tok_text(an, i), an->toks[i].len);
            const ct_tok_key *tk = &an->tokkeys[i];
            if (tk->key && (tk->len != n || memcmp(tk->key, key, n) != 0) && !bad++)
                fprintf(stderr, "text %zu, token %zu: key \"%s\", want \"%s\"\n", ti, i, tk->key,
                        key);
        }
        CHECK(bad == 0, "text %zu: %zu token keys differ from ct_key", ti, bad);
        /* ct_lex_span_key() is ct_key() of every span of up to 6 tokens, also cut short */
        size_t caps[] = {256, 12, 2, 1}, spans = 0;
        for (size_t i = 0; i < an->ntoks; i++)
            for (size_t j = i; j < an->ntoks && j < i + 6; j++)
                for (size_t c = 0; c < sizeof caps / sizeof *caps; c++) {
                    char k1[256], k2[256];
                    uint32_t off = an->toks[i].off, end = an->toks[j].off + an->toks[j].len;
                    size_t n1 = ct_lex_span_key(an, i, j, k1, caps[c]);
                    size_t n2 = ct_key(k2, caps[c], an->text + off, end - off);
                    spans += n1 != n2 || memcmp(k1, k2, n1 + 1) != 0;
                }
        CHECK(spans == 0, "text %zu: %zu span keys differ from ct_key", ti, spans);
        ct_analysis plain = *an;
        plain.tokkeys = NULL;
        size_t differ = 0, matched = 0;
        for (const ct_lexicon_src *s = ct_lexicon_sources; s->name; s++) {
            const ct_lexicon *t = ct_lex(ctx.lex, s->name);
            for (size_t i = 0; i < an->ntoks; i++) {
                const char *v1 = NULL, *v2 = NULL;
                size_t n1 = ct_lex_match(t, an, i, an->ntoks, &v1);
                size_t n2 = ct_lex_match(t, &plain, i, an->ntoks, &v2);
                differ += n1 != n2 || v1 != v2;
                matched += n1 > 0;
            }
        }
        CHECK(differ == 0 && matched > 0, "text %zu: %zu matches differ, %zu matched", ti, differ,
              matched);
    }
    /* invented: "Vice-Governor" and "Vice--Governor" join to one key, "R&D" keeps its '&' */
    const char *text = "Vice--Governor Ole Brandt and the R&D team";
    ct_arena_reset(a);
    ct_analysis *an = ct_analyze_text(&ctx, a, text, strlen(text), CT_STAGE_SEGMENT);
    CHECK(an && an->tokkeys && an->ntoks > 8, "tokens");
    if (!an || !an->tokkeys || an->ntoks <= 8) return;
    CHECK_STR(an->tokkeys[0].key, "vice");
    CHECK(an->tokkeys[1].len == 0 && an->tokkeys[1].trail, "a hyphen is a separator alone");
    CHECK(!an->tokkeys[3].lead && !an->tokkeys[3].trail, "a word has no separator");
    const ct_lexicon *titles = ct_lex(ctx.lex, "titles");
    const char *v = NULL;
    CHECK(ct_lex_match(titles, an, 0, an->ntoks, &v) == 4, "Vice--Governor: four tokens");
}

/* ct_lex_lookup() of every span of up to 5 tokens equals ct_lex_get() of its whole key. */
static void test_lookup_spans(ct_arena *a)
{
    for (size_t ti = 0; ti < sizeof texts / sizeof *texts; ti++) {
        ct_arena_reset(a);
        ct_analysis *an = ct_analyze_text(&ctx, a, texts[ti], strlen(texts[ti]), CT_STAGE_SEGMENT);
        if (!an) continue;
        size_t bad = 0, found = 0;
        for (const ct_lexicon_src *s = ct_lexicon_sources; s->name; s++) {
            const ct_lexicon *t = ct_lex(ctx.lex, s->name);
            for (size_t i = 0; i < an->ntoks; i++)
                for (size_t j = i; j < an->ntoks && j < i + 5; j++) {
                    const char *p = ct_tok_text(an, i);
                    size_t n = an->toks[j].off + an->toks[j].len - an->toks[i].off;
                    char key[256];
                    ct_key(key, sizeof key, p, n);
                    const char *want = ct_lex_get(t, key), *got = ct_lex_lookup(t, p, n);
                    if (got != want && !bad++)
                        fprintf(stderr, "%s: \"%.*s\"\n", s->name, (int)n, p);
                    found += got != NULL;
                }
        }
        CHECK(bad == 0 && found > 0, "text %zu: %zu lookups differ, %zu found", ti, bad, found);
        /* ct_lex_lookup_ends() over the spans of 1..4 tokens starting at each token: the
         * longest that ct_lex_lookup() finds */
        bad = found = 0;
        for (const ct_lexicon_src *s = ct_lexicon_sources; s->name; s++) {
            const ct_lexicon *t = ct_lex(ctx.lex, s->name);
            for (size_t i = 0; i < an->ntoks; i++) {
                size_t ends[4], ne = 0;
                for (size_t j = i; j < an->ntoks && ne < 4; j++)
                    ends[ne++] = an->toks[j].off + an->toks[j].len - an->toks[i].off;
                const char *want = NULL, *got = NULL;
                int wj = -1;
                for (size_t j = ne; j-- > 0 && wj < 0;)
                    if ((want = ct_lex_lookup(t, ct_tok_text(an, i), ends[j]))) wj = (int)j;
                int gj = ct_lex_lookup_ends(t, ct_tok_text(an, i), ends, ne, &got);
                if ((gj != wj || (gj >= 0 && got != want)) && !bad++)
                    fprintf(stderr, "%s: ends at \"%.*s\": %d vs %d\n", s->name,
                            (int)an->toks[i].len, ct_tok_text(an, i), gj, wj);
                found += gj >= 0;
            }
        }
        CHECK(bad == 0 && found > 0, "text %zu: %zu ends lookups differ, %zu found", ti, bad,
              found);
    }
    /* a span whose key is longer than 255 bytes: the truncated key, as before */
    char longer[600];
    memset(longer, 'a', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    memcpy(longer, "mayor ", 6);
    const ct_lexicon *titles = ct_lex(ctx.lex, "titles");
    char key[256];
    ct_key(key, sizeof key, longer, strlen(longer));
    CHECK(ct_lex_lookup(titles, longer, strlen(longer)) == ct_lex_get(titles, key), "long span");
}

/* Every entry is found by its own key, and by its key written in capitals. */
static void test_entries(void)
{
    for (const ct_lexicon_src *s = ct_lexicon_sources; s->name; s++) {
        const ct_lexicon *t = ct_lex(ctx.lex, s->name);
        size_t bad = 0, longest = 0;
        for (size_t i = 0; i < ct_lex_count(t); i++) {
            const char *key, *value;
            ct_lex_entry(t, i, &key, &value);
            if (strlen(key) > longest) longest = strlen(key);
            char up[256];
            size_t n = strlen(key);
            for (size_t k = 0; k <= n && k < sizeof up; k++)
                up[k] = key[k] >= 'a' && key[k] <= 'z' ? (char)(key[k] - 32) : key[k];
            bad += ct_lex_get(t, key) != value || ct_lex_lookup(t, key, n) != value ||
                   ct_lex_lookup(t, up, n) != value;
        }
        CHECK(bad == 0, "%s: %zu entries not found by their keys", s->name, bad);
        CHECK(ct_lex_max_len(t) == longest, "%s: longest key %zu, said %zu", s->name, longest,
              ct_lex_max_len(t));
    }
    /* ct_lex() finds every table by its name (a hash of the names), and no other name */
    size_t ntab = 0, distinct = 0;
    for (const ct_lexicon_src *s = ct_lexicon_sources; s->name; s++, ntab++) {
        const ct_lexicon *t = ct_lex(ctx.lex, s->name);
        CHECK(t != NULL && t == ct_lex(ctx.lex, s->name), "%s: found", s->name);
        size_t same = 0;
        for (const ct_lexicon_src *o = ct_lexicon_sources; o < s; o++)
            same += ct_lex(ctx.lex, o->name) == t;
        distinct += same == 0;
    }
    CHECK(distinct == ntab, "%zu tables, %zu distinct", ntab, distinct);
    CHECK(ct_lex(ctx.lex, "no_such_table") == NULL && ct_lex(ctx.lex, "") == NULL &&
              ct_lex(ctx.lex, "title") == NULL && ct_lex(NULL, "titles") == NULL,
          "unknown names");
    /* the name hash reads a name's length and first, middle and last bytes: a name sharing them
     * with a table's ("tatles", "titles") is still another name */
    CHECK(ct_lex(ctx.lex, "tatles") == NULL && ct_lex(ctx.lex, "plane_stop") == NULL,
          "names hashed alike");
    /* a name that is not the literal the table's own is (ct_lex_hashed() compares pointers
     * first) */
    char copy[] = "titles";
    CHECK(ct_lex(ctx.lex, copy) != NULL && ct_lex(ctx.lex, copy) == ct_lex(ctx.lex, "titles"),
          "a name in a buffer of its own");
    const ct_lexicon *titles = ct_lex(ctx.lex, "titles");
    CHECK_STR(ct_lex_lookup(titles, "Acting  Mayor", 13), "mayor");
    /* the longest prefix some entry begins with */
    CHECK(ct_lex_prefix_len(titles, "mayor", 5) == 5, "prefix of an entry");
    CHECK(ct_lex_prefix_len(titles, "mayor velk", 10) >= 5 &&
              ct_lex_prefix_len(titles, "mayor velk", 10) < 10,
          "entry, then no entry");
    CHECK(ct_lex_prefix_len(titles, "zzqx", 4) == 0, "no entry begins so");
    CHECK(ct_lex_lookup(titles, "Acting Mayors", 13) == NULL, "no entry");
    CHECK(ct_lex_lookup(titles, "Tarnow Mayor", 12) == NULL, "refused at the first word");
}

/* Each key is held once, with the value of its first line (lexicon.h, ct_lex_entry()): for every
 * line of every table's source, the key's value is the line's own when no earlier line has the
 * same key; and the entries count the distinct keys. The data has such repeats ("Center" and
 * "center" in one list), so the rule is exercised. */
static void test_first_line_wins(void)
{
    size_t repeats = 0;
    for (const ct_lexicon_src *s = ct_lexicon_sources; s->name; s++) {
        const ct_lexicon *t = ct_lex(ctx.lex, s->name);
        size_t distinct = 0, bad = 0;
        for (const char *p = s->text; *p;) {
            const char *eol = strchr(p, '\n');
            if (!eol) eol = p + strlen(p);
            const char *tab = memchr(p, '\t', (size_t)(eol - p));
            char key[256];
            if (ct_key(key, sizeof key, p, (size_t)((tab ? tab : eol) - p))) {
                int seen = 0; /* an earlier line of the same key */
                for (const char *q = s->text; q < p && !seen;) {
                    const char *qe = strchr(q, '\n');
                    const char *qt = memchr(q, '\t', (size_t)(qe - q));
                    char k2[256];
                    seen = ct_key(k2, sizeof k2, q, (size_t)((qt ? qt : qe) - q)) &&
                           strcmp(k2, key) == 0;
                    q = qe + 1;
                }
                const char *v = ct_lex_get(t, key);
                size_t vn = tab ? (size_t)(eol - tab - 1) : 0;
                if (seen)
                    repeats++;
                else if (distinct++, !v || strlen(v) != vn || memcmp(v, tab ? tab + 1 : "", vn))
                    bad++;
            }
            p = *eol ? eol + 1 : eol;
        }
        CHECK(bad == 0 && ct_lex_count(t) == distinct,
              "%s: %zu first lines not kept, %zu entries "
              "for %zu keys",
              s->name, bad, ct_lex_count(t), distinct);
    }
    CHECK(repeats > 0, "no key repeated in the data: the rule is not exercised");
}

/* data/event_words.tsv: every value is a list of the classes events.c reads, separated by
 * single spaces, and each class has a word; a word of several classes has them all. */
static void test_event_words(void)
{
    static const char *const classes[] = {"region", "group", "meet",  "origin", "document", "coop",
                                          "found",  "hold",  "begin", "bond",   "approx",   NULL};
    const ct_lexicon *t = ct_lex(ctx.lex, "event_words");
    CHECK(t != NULL, "event_words: loaded");
    size_t used[16] = {0}, bad = 0;
    for (size_t i = 0; t && i < ct_lex_count(t); i++) {
        const char *key, *value;
        ct_lex_entry(t, i, &key, &value);
        for (const char *v = value; bad == 0;) {
            size_t n = strcspn(v, " "), c = 0;
            while (classes[c] && !(strlen(classes[c]) == n && strncmp(v, classes[c], n) == 0))
                c++;
            if (!classes[c]) {
                fprintf(stderr, "event_words: \"%s\" has value \"%s\"\n", key, value);
                bad++;
                break;
            }
            used[c]++;
            if (v[n] == '\0') break;
            v += n + 1;
        }
    }
    CHECK(bad == 0, "event_words: %zu unknown classes", bad);
    for (size_t c = 0; classes[c]; c++)
        CHECK(used[c] > 0, "event_words: no word of class %s", classes[c]);
    CHECK_STR(ct_lex_lookup(t, "Established", 11), "found hold begin");
    CHECK_STR(ct_lex_lookup(t, "MOU", 3), "document");
    CHECK_STR(ct_lex_lookup(t, "delegation", 10), "group origin");
}

int main(void)
{
    ctx.lex = ct_lexicons_load();
    ct_arena *a = ct_arena_new(0);
    if (!ctx.lex || !a) return 1;
    test_entries();
    test_first_line_wins();
    test_event_words();
    test_lookup_spans(a);
    test_match_marks(a);
    test_mark_prefixes(a);
    test_token_keys(a);
    ct_arena_free(a);
    ct_lexicons_free(ctx.lex);
    return harness_done("lexicon");
}
