/*
 * orgs.c - organisation spotting (orgs.h).
 */
#include "orgs.h"

#include <string.h>

#include "cityties.h"
#include "lexicon.h"
#include "pipeline.h"
#include "places.h"
#include "text.h"

#define ORG_MAX_TOKS 24 /* longest organisation name, in tokens */
#define HEAD_SLOTS 32   /* run_end()'s head words kept, by token: a power of two over a run */

typedef struct {
    ct_analysis *an;
    const ct_lexicon *heads, *conn, *titles, *stop;
    const ct_lexicon *given, *nstop; /* data/given_names.tsv, data/name_stop.tsv */
    ct_vec keys; /* const char *: the key of each of an->orgs (none before this stage), in order */
    /* head words run_end() found, kept for the walk of the same run, by token modulo
     * HEAD_SLOTS: head_at(head_tok[k], sentence end) gave head_n[k] tokens (0: none) and the
     * value head_v[k]; head_tok[k] is SIZE_MAX before any */
    size_t head_tok[HEAD_SLOTS];
    size_t head_n[HEAD_SLOTS];
    const char *head_v[HEAD_SLOTS];
} org_ctx;

static int is_cap_word(const ct_analysis *an, size_t i)
{
    uint16_t f = an->toks[i].flags;
    return (f & CT_TOK_WORD) && (f & (CT_TOK_CAP | CT_TOK_UPPER));
}

/* A hyphen, apostrophe or ampersand glued to both neighbours ("Japan-Korea", "People's"). */
static int is_glue(const ct_analysis *an, size_t i, size_t end)
{
    if (i + 1 >= end || !(an->toks[i].flags & CT_TOK_PUNCT)) return 0;
    if (an->toks[i].flags & CT_TOK_SPACE) return 0;
    if (an->toks[i + 1].flags & CT_TOK_SPACE) return 0;
    const char *t = ct_tok_text(an, i);
    return t[0] == '-' || t[0] == '\'' || (unsigned char)t[0] == 0xE2; /* ’ */
}

/* Head word match at token i: number of tokens (0 if none) and its value. */
static size_t head_at(const org_ctx *c, size_t i, size_t end, const char **val)
{
    if (!c->heads || !is_cap_word(c->an, i)) return 0;
    return ct_lex_match(c->heads, c->an, i, end, val);
}

/* head_at(c, j, limit, val), from what run_end() found when it asked of token j to the
 * sentence's end: a head word then that ends by limit is the longest by limit too. The walk
 * also asks tokens run_end() stepped over (the "s" after an apostrophe, those inside a head word
 * it then refuses), whose slots hold another token's answer, or an earlier run's that may end
 * past this one: the tag and the limit send those to head_at(). No test tells either: no head
 * word of data/org_heads.tsv is refused with another inside it, and a wrong answer at such an
 * "s" changed no organisation found (20,000 articles of corpus-200 without the tag). */
static size_t head_in_run(const org_ctx *c, size_t j, size_t limit, const char **val)
{
    size_t k = j % HEAD_SLOTS;
    if (c->head_tok[k] == j && c->head_n[k] <= limit - j) {
        *val = c->head_v[k];
        return c->head_n[k];
    }
    return head_at(c, j, limit, val);
}

/* The capitalised run starting at i: returns its end (exclusive), and in *seen whether it
 * holds a head word. Connectors are kept only when a capitalised word follows them; "in" (an
 * "after" connector) and "and" only before the first head word ends the run once a head was
 * seen ("X Brewery and the Y Factory" is two). */
static size_t run_end(org_ctx *c, size_t i, size_t end, int *seen)
{
    const ct_analysis *an = c->an;
    size_t j = i, last = i;
    int seen_head = 0;
    while (j < end && j - i < ORG_MAX_TOKS) {
        const char *hv = NULL;
        size_t hn = head_at(c, j, end, &hv);
        c->head_tok[j % HEAD_SLOTS] = j;
        c->head_n[j % HEAD_SLOTS] = hn;
        c->head_v[j % HEAD_SLOTS] = hv;
        if (hn) {
            j += hn;
            last = j;
            seen_head = 1;
            continue;
        }
        if (is_cap_word(an, j) || (an->toks[j].flags & CT_TOK_NUM && j > i)) {
            j++;
            last = j;
            continue;
        }
        if (is_glue(an, j, end) && j > i) {
            j++;
            /* "People's": the apostrophe's s */
            if (j < end && ct_tok_is(an, j, "s") && ct_tok_text(an, j - 1)[0] != '-') {
                j++;
                last = j;
            }
            continue;
        }
        if ((an->toks[j].flags & CT_TOK_WORD) && !(an->toks[j].flags & CT_TOK_CAP) && c->conn) {
            const char *v = ct_lex_tok(c->conn, an, j);
            if (v && (seen_head || strcmp(v, "after") != 0) &&
                !(seen_head && ct_tok_is(an, j, "and") && j + 1 < end &&
                  ct_tok_is(an, j + 1, "the"))) {
                j++;
                continue;
            }
        }
        if (ct_tok_is(an, j, "&") && !seen_head) {
            j++;
            continue;
        }
        break;
    }
    *seen = seen_head;
    return last;
}

static int conn_after_only(const org_ctx *c, size_t i)
{
    const char *v = ct_lex_tok(c->conn, c->an, i);
    return v && strcmp(v, "after") == 0;
}

/* Copies the surface text of tokens [s, e) with white space folded to single spaces, keeping
 * an abbreviation's dot ("Corp."). */
static const char *span_text(ct_analysis *an, size_t s, size_t e)
{
    uint32_t off = an->toks[s].off;
    uint32_t end = an->toks[e - 1].off + an->toks[e - 1].len;
    if ((an->toks[e - 1].flags & CT_TOK_ABBR) && end < an->len && an->text[end] == '.') end++;
    return ct_span_text(an->arena, an->text, off, end);
}

static int add_mention(ct_analysis *an, size_t s, size_t e, int32_t org, uint32_t sent)
{
    ct_org_mention *m = ct_vec_push(an->arena, &an->org_mentions);
    if (!m) return -1;
    m->tok = (uint32_t)s;
    m->ntok = (uint32_t)(e - s);
    m->org = org;
    m->sent = sent;
    return 0;
}

/* Finds or adds the organisation named by tokens [s, e); returns its index or -1. Names are
 * told apart by key, joined from the tokens' keys (the key of the name's text: white space and
 * an abbreviation's dot fold away), and each organisation's key is kept in c->keys. */
static int32_t org_intern(org_ctx *c, size_t s, size_t e)
{
    ct_analysis *an = c->an;
    char k[256];
    size_t kl = ct_lex_span_key(an, s, e - 1, k, sizeof k);
    for (size_t i = 0; i < c->keys.n; i++)
        if (strcmp(k, *CT_VEC_AT(&c->keys, const char *, i)) == 0) return (int32_t)i;
    const char *name = span_text(an, s, e);
    const char **key = name ? ct_vec_push(an->arena, &c->keys) : NULL;
    ct_org *o = key ? ct_vec_push(an->arena, &an->orgs) : NULL;
    if (!o || !(*key = ct_arena_strndup(an->arena, k, kl))) return -1;
    o->name = name;
    o->first_tok = (uint32_t)s;
    return (int32_t)(an->orgs.n - 1);
}

/* Initials of the capitalised words of [s, e) start like the acronym at token a. */
static int acronym_fits(const ct_analysis *an, size_t a, size_t s, size_t e)
{
    const char *t = ct_tok_text(an, a);
    size_t n = an->toks[a].len, k = 0;
    if (n < 2 || n > 10) return 0;
    for (size_t i = s; i < e && k < n; i++) {
        if (!is_cap_word(an, i)) continue;
        char c = ct_tok_text(an, i)[0];
        if ((c | 32) == (t[k] | 32)) k++;
    }
    return k >= 2 && (ct_tok_text(an, s)[0] | 32) == (t[0] | 32);
}

static int is_acronym_tok(const ct_analysis *an, size_t i)
{
    uint16_t f = an->toks[i].flags;
    if (!(f & CT_TOK_WORD)) return 0;
    if (f & CT_TOK_UPPER) return 1;
    /* mixed-case acronyms: "BelTA", "WeGo"; capitalised, which is asked before the capitals
     * are counted, so a lowercase word costs no count */
    if (!(f & CT_TOK_CAP)) return 0;
    const char *t = ct_tok_text(an, i);
    size_t up = 0;
    for (size_t k = 0; k < an->toks[i].len; k++)
        up += t[k] >= 'A' && t[k] <= 'Z';
    return up >= 2;
}

/* Is [s, e) inside a city-government place mention (the city, not an organisation)? Only the
 * mention covering s can hold it: ct_places_covering() gives the last mention that starts by
 * a token, and one that starts by s and covers a later token of the span is that at s too. */
static int is_city_gov(const ct_analysis *an, size_t s, size_t e)
{
    const ct_place_mention *pm = s < e ? ct_places_covering(an, s) : NULL;
    return pm && (pm->flags & CT_PM_GOV) && pm->tok <= s && pm->tok + pm->ntok >= e;
}

/* Is [s, e) exactly one place mention ("Russian Federation")? */
static int is_place(const ct_analysis *an, size_t s, size_t e)
{
    const ct_place_mention *pm = ct_places_covering(an, s);
    return pm && pm->tok == s && pm->tok + pm->ntok == e && !(pm->flags & CT_PM_DEMONYM);
}

static void mark_places(ct_analysis *an, size_t s, size_t e)
{
    /* the mentions are in text order: from the first that starts at s or later, to e */
    ct_place_mention *pm = an->places.items;
    size_t lo = 0, hi = an->places.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pm[mid].tok < s)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < an->places.n && pm[i].tok < e; i++)
        if (pm[i].tok + pm[i].ntok <= e && !(pm[i].flags & CT_PM_GOV)) pm[i].flags |= CT_PM_IN_ORG;
}

/* "Kharkiv City Council", "Ahmedabad Municipal Corporation": a place and municipal words
 * before a council or corporation head are the city government, which is the city itself. */
static int is_city_council(const org_ctx *c, size_t s, size_t hs, const char *hv)
{
    const ct_analysis *an = c->an;
    if (strncmp(hv, "council", 7) != 0 && !ct_tok_is(an, hs, "Corporation")) return 0;
    const ct_place_mention *pm = ct_places_covering(an, s);
    if (!pm || pm->tok != s || (pm->flags & CT_PM_DEMONYM) || pm->kind == CT_PLACE_COUNTRY)
        return 0;
    size_t k = pm->tok + pm->ntok;
    int municipal = 0;
    for (size_t q = pm->tok + 1; q < k; q++) /* the place's own span: "Moscow City" */
        municipal |= ct_tok_is(an, q, "City") || ct_tok_is(an, q, "Municipal") ||
                     ct_tok_is(an, q, "Metropolitan") || ct_tok_is(an, q, "Town");
    for (; k < hs; k++) {
        if (ct_tok_is(an, k, "City") || ct_tok_is(an, k, "Municipal") ||
            ct_tok_is(an, k, "Metropolitan") || ct_tok_is(an, k, "Town"))
            municipal = 1;
        else
            return 0;
    }
    return municipal;
}

/* Does a title phrase start at token k (before end)? */
static int in_titles(const org_ctx *c, size_t k, size_t end)
{
    const char *tv;
    return ct_lex_match(c->titles, c->an, k, end, &tv) > 0;
}

/* Where runs that may name an organisation in sentence st start: before this token, one past
 * the last capitalised word that may begin a head word (its lexicon mark has the heads' bit,
 * ct_lex_mark()). Every name holds a head word and a run without one is passed over, so a run
 * that starts later names nothing, and a sentence without such a word (st->tok) is not walked.
 * The sentence's end when the marks cannot tell. */
static size_t walk_stop(const org_ctx *c, const ct_sentence *st)
{
    const ct_analysis *an = c->an;
    uint64_t bit = ct_lex_bit(c->heads);
    if (!bit || !an->lexmask) return st->tok + st->ntok;
    for (size_t i = st->tok + st->ntok; i > st->tok; i--)
        if ((an->lexmask[i - 1] & bit) && is_cap_word(an, i - 1)) return i;
    return st->tok;
}

/* Finds organisation spans in sentence si, in the runs that start before stop (walk_stop()). */
static int orgs_sentence(org_ctx *c, size_t si, size_t stop)
{
    ct_analysis *an = c->an;
    const ct_sentence *st = &an->sents[si];
    size_t end = st->tok + st->ntok;
    for (size_t i = st->tok; i < stop;) {
        if (!is_cap_word(an, i)) {
            i++;
            continue;
        }
        int seen;
        size_t re = run_end(c, i, end, &seen);
        /* last head word in the run, and where it ends (none when run_end() saw none: it asked
         * every token of the run) */
        size_t hs = 0, he = 0;
        const char *hv = NULL;
        for (size_t j = i; seen && j < re; j++) {
            const char *v;
            size_t n = head_in_run(c, j, re, &v);
            if (n) {
                /* "City Council Member X": the head opens a person's title */
                const char *tv;
                if (c->titles && ct_lex_match(c->titles, an, j, re, &tv) > n) continue;
                int of_only = strstr(v, " of") != NULL;
                if (of_only &&
                    !(j + n < re && (ct_tok_is(an, j + n, "of") || ct_tok_is(an, j + n, "in"))))
                    continue;
                hs = j;
                he = j + n;
                hv = v;
                j += n - 1;
            }
        }
        if (!hv) {
            i = re > i ? re : i + 1;
            continue;
        }
        /* Extension after the head: "of X", "in X" up to the run's end, stopping at a title
         * word ("University of Leeds President ..."). */
        size_t e = he;
        int gov = strstr(hv, " in") != NULL; /* the name runs on through "in X" */
        if (e < re &&
            (ct_tok_is(an, e, "of") || ct_tok_is(an, e, "for") || (gov && conn_after_only(c, e)))) {
            size_t k = e + 1;
            if (k < re && ct_tok_is(an, k, "the")) k++;
            size_t last = e;
            while (k < re) {
                const char *tv;
                size_t tn =
                    c->titles && is_cap_word(an, k) ? ct_lex_match(c->titles, an, k, re, &tv) : 0;
                if (tn && k + tn < end && is_cap_word(an, k + tn)) break; /* "... President X" */
                /* "Embassy of Chile Ana Soto": a given name opens the person's name */
                if (k > e + 1 && is_cap_word(an, k) && k + 1 < re && is_cap_word(an, k + 1) &&
                    c->given && ct_lex_tok(c->given, an, k) && !ct_places_covering(an, k))
                    break;
                if (is_cap_word(an, k))
                    last = k + 1;
                else if (ct_tok_is(an, k, "and") && k + 1 < re && is_cap_word(an, k + 1) &&
                         !ct_places_covering(an, k + 1) &&
                         !(c->titles && in_titles(c, k + 1, re)) && c->nstop &&
                         ct_lex_tok(c->nstop, an, k + 1) &&
                         !(c->given && ct_lex_tok(c->given, an, k + 1)))
                    ; /* "Department of Culture and Tourism": a common noun after "and" */
                else if (ct_tok_is(an, k, "and") || (!gov && ct_tok_is(an, k, "in")))
                    break;
                k++;
            }
            if (last > e) e = last;
        }
        /* Leading trim: title words and their "of (the)", "the", sentence-initial fillers
         * (data/cap_stop.tsv), and "X of" before the name when X holds no head word
         * ("Counselor of the ...", "Members of ..."). */
        size_t s = i;
        for (;;) {
            const char *tv;
            size_t n = c->titles ? ct_lex_match(c->titles, an, s, hs, &tv) : 0;
            if (!n && c->stop && s < hs && ct_lex_tok(c->stop, an, s)) n = 1;
            if (n && s + n <= hs) {
                s += n;
                while (s < hs && !is_cap_word(an, s))
                    s++;
                continue;
            }
            break;
        }
        for (size_t k = s; k < hs; k++) {
            if (ct_tok_is(an, k, "of")) {
                int head_before = 0;
                for (size_t q = s; q < k; q++) {
                    const char *v;
                    if (head_at(c, q, k, &v)) head_before = 1;
                }
                if (head_before) break;
                s = k + 1;
            }
            if (ct_tok_is(an, k, "the")) s = k + 1;
        }
        /* A head alone ("Council") names nothing unless "of X" follows. */
        if (s > hs || (s == hs && e == he) || is_city_gov(an, s, e) || is_place(an, s, e)) {
            i = re > i ? re : i + 1;
            continue;
        }
        if (is_city_council(c, s, hs, hv)) {
            i = e > i ? e : i + 1;
            continue;
        }
        int32_t org = org_intern(c, s, e);
        if (org < 0) return CT_ENOMEM;
        if (add_mention(an, s, e, org, (uint32_t)si) < 0) return CT_ENOMEM;
        mark_places(an, s, e);
        /* "Full Name (FN)" */
        if (e + 2 < end && ct_tok_is(an, e, "(") && is_acronym_tok(an, e + 1) &&
            ct_tok_is(an, e + 2, ")") && acronym_fits(an, e + 1, s, e)) {
            ct_org *o = CT_VEC_AT(&an->orgs, ct_org, org);
            if (!o->acronym)
                o->acronym =
                    ct_arena_strndup(an->arena, ct_tok_text(an, e + 1), an->toks[e + 1].len);
        }
        /* "FN (Full Name)" */
        if (s >= 2 && ct_tok_is(an, s - 1, "(") && e < end && ct_tok_is(an, e, ")") &&
            is_acronym_tok(an, s - 2) && acronym_fits(an, s - 2, s, e)) {
            ct_org *o = CT_VEC_AT(&an->orgs, ct_org, org);
            if (!o->acronym)
                o->acronym =
                    ct_arena_strndup(an->arena, ct_tok_text(an, s - 2), an->toks[s - 2].len);
        }
        i = e > i ? e : i + 1;
    }
    return 0;
}

/* Mentions of defined acronyms anywhere in the body. */
static int orgs_acronyms(ct_analysis *an)
{
    /* the lengths of the defined acronyms as bits (2 to 10 bytes, acronym_fits()): a token of
     * another length under 32 is none of them (bit 0 stands for a longer one, which no token
     * is refused by) */
    uint32_t lens = 0;
    for (size_t k = 0; k < an->orgs.n; k++) {
        const char *a = CT_VEC_AT(&an->orgs, ct_org, k)->acronym;
        size_t n = a ? strlen(a) : 0;
        if (a) lens |= n < 32 ? 1u << n : 1u;
    }
    if (!lens) return 0; /* no acronym to look for */
    ct_vec extra;
    ct_vec_init(&extra, sizeof(ct_org_mention));
    for (size_t si = 0; si < an->nsents; si++) {
        const ct_sentence *st = &an->sents[si];
        if (st->flags & CT_SENT_BOILER) continue;
        for (size_t i = st->tok; i < st->tok + st->ntok; i++) {
            uint32_t len = an->toks[i].len;
            if ((len < 32 && !(lens >> len & 1)) || !is_acronym_tok(an, i)) continue;
            for (size_t k = 0; k < an->orgs.n; k++) {
                const ct_org *o = CT_VEC_AT(&an->orgs, ct_org, k);
                if (!o->acronym || strlen(o->acronym) != an->toks[i].len ||
                    memcmp(o->acronym, ct_tok_text(an, i), an->toks[i].len) != 0)
                    continue;
                ct_org_mention *m = ct_vec_push(an->arena, &extra);
                if (!m) return CT_ENOMEM;
                m->tok = (uint32_t)i;
                m->ntok = 1;
                m->org = (int32_t)k;
                m->sent = (uint32_t)si;
                break;
            }
        }
    }
    if (!extra.n) return 0;
    /* merge the two sorted lists */
    size_t n = an->org_mentions.n + extra.n;
    ct_org_mention *all = ct_arena_alloc(an->arena, n * sizeof *all);
    if (!all) return CT_ENOMEM;
    size_t a = 0, b = 0, o = 0;
    const ct_org_mention *A = an->org_mentions.items, *B = extra.items;
    while (a < an->org_mentions.n || b < extra.n) {
        if (b >= extra.n || (a < an->org_mentions.n && A[a].tok <= B[b].tok))
            all[o++] = A[a++];
        else
            all[o++] = B[b++];
    }
    an->org_mentions.items = all;
    an->org_mentions.n = n;
    an->org_mentions.cap = n;
    return 0;
}

int ct_orgs_find(ct_analysis *an)
{
    org_ctx c = {.an = an};
    if (an->ctx && an->ctx->lex) {
        c.heads = ct_lex(an->ctx->lex, "org_heads");
        c.conn = ct_lex(an->ctx->lex, "org_connectors");
        c.titles = ct_lex(an->ctx->lex, "titles");
        c.stop = ct_lex(an->ctx->lex, "cap_stop");
        c.given = ct_lex(an->ctx->lex, "given_names");
        c.nstop = ct_lex(an->ctx->lex, "name_stop");
    }
    if (!an->orgs.size) ct_vec_init(&an->orgs, sizeof(ct_org));
    if (!an->org_mentions.size) ct_vec_init(&an->org_mentions, sizeof(ct_org_mention));
    if (!c.heads) return 0;
    ct_vec_init(&c.keys, sizeof(const char *));
    for (size_t k = 0; k < HEAD_SLOTS; k++)
        c.head_tok[k] = SIZE_MAX;
    for (size_t si = 0; si < an->nsents; si++) {
        if (an->sents[si].flags & (CT_SENT_BOILER | CT_SENT_TITLE)) continue;
        size_t stop = walk_stop(&c, &an->sents[si]);
        if (stop == an->sents[si].tok) continue;
        int rc = orgs_sentence(&c, si, stop);
        if (rc) return rc;
    }
    return orgs_acronyms(an);
}

int32_t ct_orgs_covering(const ct_analysis *an, size_t tok, size_t *start, size_t *ntok)
{
    const ct_org_mention *m = an->org_mentions.items;
    size_t lo = 0, hi = an->org_mentions.n;
    /* no mention, none begins by tok, or tok is past the last */
    if (!hi || tok < m[0].tok || tok >= (size_t)m[hi - 1].tok + m[hi - 1].ntok) return -1;
    while (lo < hi) { /* first mention with m.tok > tok */
        size_t mid = (lo + hi) / 2;
        if (m[mid].tok <= tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0) return -1;
    const ct_org_mention *x = &m[lo - 1];
    if (tok >= x->tok + x->ntok) return -1;
    if (start) *start = x->tok;
    if (ntok) *ntok = x->ntok;
    return x->org;
}

const char *ct_orgs_kind(const ct_analysis *an, int32_t org)
{
    if (org < 0 || (size_t)org >= an->orgs.n || !an->ctx || !an->ctx->lex) return "other";
    const ct_lexicon *heads = ct_lex(an->ctx->lex, "org_heads");
    const char *name = CT_VEC_AT(&an->orgs, ct_org, org)->name;
    if (!heads || !name) return "other";
    /* The last head phrase of up to four words in the name decides, the longest of those
     * ending at the same word. */
    const char *best = NULL;
    size_t n = strlen(name), best_end = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && name[i - 1] != ' ' && name[i - 1] != '-') continue;
        /* the phrases of one to four words from i, asked together first (the key folded once):
         * most starts begin none, and are passed over */
        size_t ends[4], nends = 0, j = i;
        for (int w = 0; w < 4 && j < n; w++) {
            while (j < n && name[j] != ' ')
                j++;
            ends[nends++] = j - i;
            while (j < n && name[j] == ' ')
                j++;
        }
        const char *any;
        int k = ct_lex_lookup_ends(heads, name + i, ends, nends, &any);
        if (k < 0) continue;
        /* The phrases from i, taken shortest first, each where no phrase of an earlier start
         * ends ("Port Authority" over its "Authority"), leave the longest (any, ending at j):
         * unless it ends where the best so far does and there is no shorter one to move the best
         * away first, which only the shorter ones' lookups tell. */
        j = i + ends[k];
        int take = !(best && j == best_end);
        for (int w = 0; !take && w < k; w++)
            take = ct_lex_lookup(heads, name + i, ends[w]) != NULL;
        if (take) {
            best = any;
            best_end = j;
        }
    }
    if (!best) return "other";
    /* "Council for the Promotion of Trade", "Council on Foreign Relations": a body, no assembly */
    if (!strncmp(best, "council", 7) &&
        (!strncmp(name + best_end, " for ", 5) || !strncmp(name + best_end, " on ", 4)))
        return "other";
    static const char *const kinds[] = {"business", "academic", "council", "gov",
                                        "media",    "ngo",      "port"};
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        if (strncmp(best, kinds[k], strlen(kinds[k])) == 0) return kinds[k];
    return "other";
}
