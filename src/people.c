/*
 * people.c - people, titles, affiliations and references to them (people.h).
 *
 * Works in three sweeps over the article: (1) collect title phrases and capitalised name runs
 * of every body sentence; (2) decide which runs are people (evidence, see people.h), attach
 * titles and affiliations, merge name variants (names.h); (3) resolve short names, title-only
 * mentions and pronouns to the people found, in text order, and a first-person piece's "I" to
 * its byline's author. Each person's name and aliases are parsed once (names.h ct_name_form,
 * an->name_cache) for the many comparisons of mentions with known people, here and in
 * ct_people_find_name(). Lookups among the people are prefiltered, each filter refusing only
 * what could not match: per person a Bloom filter of the words through which a name can match its
 * forms (names.h's held and probe words, bag_may_match()), one of all the people's words for
 * the names whose words the filters can tell without parsing them (run_unknown()), and
 * a run that named no one is not looked up again until a person is added or changed
 * (name_run.miss, pctx.gen).
 */
#include "people.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cityties.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "names.h"
#include "orgs.h"
#include "pipeline.h"
#include "places.h"
#include "segment.h"
#include "text.h"

#define RUN_MAX_WORDS 6 /* longest name, in words */
#define PEOPLE_MAX 256  /* people per article */
#define ALIASES_MAX 16  /* aliases per person */

typedef struct {
    uint32_t ts, te; /* title tokens [ts, te) */
    ct_title title;  /* resolved title */
    const char *of;  /* affiliation: place key or organisation name (arena), or NULL */
    char key[24];    /* the affiliation when it is a place key */
    uint32_t sent;
    int used;        /* attached to a name run */
    int plural;      /* "Mayors", "Deputy Mayors": applies to every name of a list */
    int src1;        /* 1 + index of the occurrence this one copies for a list member, or 0 */
    int royal;       /* "Prince", "King": part of a one-word name ("Prince Henrik") */
    int poss;        /* after "his"/"her" ("her fellow councillors"): the owner's place */
    const char *val; /* titles.tsv value */
} title_occ;

typedef struct {
    uint32_t s, e; /* name tokens [s, e) */
    uint32_t sent;
    uint32_t words; /* name words (a hyphenated given name is one, as is "O'Neil") */
    int title;      /* index of the attached title occurrence, or -1 */
    int32_t person; /* decided person, or -1 */
    int strong;     /* evidence: 2 makes a person by itself, 1 only inside a list */
    int heading;    /* in a headline: creates no person */
    uint32_t miss;  /* 1 + pctx.gen when it last named no known person and could make none */
} name_run;

/* What the stage keeps per person. Not zeroed: person_add() clears bagged and wsrc as it adds
 * the person, and the rest is written before it is read (bag_add(), name_words()). */
typedef struct {
    int bagged;       /* its forms' words are in held (bag_add()); else it may match anything */
    uint64_t held[8]; /* Bloom filter of its forms' held words (names.h), bits held_bits() */
    const ct_name_form *last; /* the memo's form bagged last, or NULL (bag_add()) */
    const char *wsrc;         /* the name whose words nwords counts */
    size_t nwords;            /* count_words() of wsrc (name_words()) */
} person_slot;

typedef struct {
    ct_analysis *an;
    const ct_lexicon *titles, *prefixes, *suffixes, *stop, *verbs, *particles, *given, *surnames,
        *nstop;
    const ct_lexicon *guest;  /* data/guest_nouns.tsv */
    const ct_lexicon *heads;  /* data/org_heads.tsv */
    const ct_lexicon *speech; /* data/place_speech.tsv: verbs of speaking */
    const ct_lexicon *gender; /* data/name_gender.tsv: courtesy words that tell a gender */
    uint64_t titles_bit;      /* the titles' bit in an->lexmask (ct_lex_bit()) */
    const char **kinds;       /* per organisation, its ct_orgs_kind() once asked, or NULL */
    uint8_t *guests; /* per place mention, 1 + its guest_place() once asked, else 0; or NULL */
    ct_vec occ;      /* title_occ; the first nsorted are in text order */
    size_t nsorted;
    ct_vec runs; /* name_run */
    /* per person (PEOPLE_MAX, not zeroed: a slot is written when its person is added) */
    person_slot *per;
    uint32_t gen;       /* bumped whenever a person is added or gains a form, a title or an owner */
    size_t nbagged;     /* people bagged: when all are, `known` holds all their words */
    uint64_t known[32]; /* Bloom filter of the people's held words (word_known()) */
    uint64_t sigs[4];   /* the ct_name_fold_sig() of each of the people's held words, a bit each */
    struct word_memo *words;   /* word_forms()'s folds of recent words, or NULL */
    struct probe_memo *probes; /* person_lookup_form()'s probes of the memo's forms, or NULL */
    uint64_t start_bits;       /* the marks' bits (ct_lex_bit()) of the lexicons name_start() asks,
                                  or 0 when one of them has none or an has no marks */
    size_t place_i, org_i;     /* where collect()'s walk stands among the place and organisation
                                  mentions (walk_place(), walk_org()) */
    size_t narrative_is; /* the narrator's "I"s of the body (narrative_i()), from resolve_refs() */
} pctx;

/* ---- token helpers ---- */

/* Is token k one of the words w[0..n) (ASCII case aside)? A word is compared only when its first
 * letter is the token's. */
static int tok_in(const ct_analysis *an, size_t k, const char *const *w, size_t n)
{
    unsigned char c = (unsigned char)ct_tok_text(an, k)[0] | 0x20; /* a letter, lowercased */
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)w[i][0] | 0x20) == c && ct_tok_is(an, k, w[i])) return 1;
    return 0;
}

static int is_word(const ct_analysis *an, size_t i)
{
    return (an->toks[i].flags & CT_TOK_WORD) != 0;
}

static int is_cap(const ct_analysis *an, size_t i)
{
    uint16_t f = an->toks[i].flags;
    return (f & CT_TOK_WORD) && (f & (CT_TOK_CAP | CT_TOK_UPPER));
}

/* Inlined, as ct_lex_tok(): most tokens are refused by their marks without a call. */
static inline __attribute__((always_inline)) int in_lex(const ct_lexicon *t, const ct_analysis *an,
                                                        size_t i)
{
    return t && ct_lex_tok(t, an, i) != NULL;
}

/* ct_name_korean_surname() of token i, from the key ct_lex_mark() folded once for the token. */
static int tok_korean(const ct_analysis *an, size_t i)
{
    const ct_tok_key *k = an->tokkeys ? &an->tokkeys[i] : NULL;
    if (!k || !k->key) return ct_name_korean_surname(ct_tok_text(an, i), an->toks[i].len);
    return ct_name_korean_surname_key(k->key, k->len);
}

/* A hyphen glued to both neighbours ("Won-joon"). */
static int is_glued_hyphen(const ct_analysis *an, size_t i, size_t end)
{
    if (i + 1 >= end || !(an->toks[i].flags & CT_TOK_PUNCT)) return 0;
    if ((an->toks[i].flags | an->toks[i + 1].flags) & CT_TOK_SPACE) return 0;
    const unsigned char *t = (const unsigned char *)ct_tok_text(an, i);
    return t[0] == '-' || (an->toks[i].len == 3 && t[0] == 0xE2 && t[1] == 0x80 &&
                           (t[2] == 0x90 || t[2] == 0x91)); /* U+2010, U+2011 */
}

/* An apostrophe inside a name's word ("O'Neil", "D’Souza", "Kuz'mina", "Dall'Oglio"): ' or
 * U+2019 glued to a word on both sides, the word after no English clitic, as a possessive or a
 * contraction ("Park's", "Kim’s", "Lee'll") ends the name there. A quotation mark has white
 * space on one side ("said 'We", "‘friendship’ ties"), so it is never glued to both. */
static int is_name_apostrophe(const ct_analysis *an, size_t i, size_t end)
{
    static const char *const clitics[] = {"s", "t", "d", "m", "ll", "re", "ve"};
    if (i == 0 || i + 1 >= end || !is_word(an, i - 1) || !is_word(an, i + 1)) return 0;
    if ((an->toks[i].flags | an->toks[i + 1].flags) & CT_TOK_SPACE) return 0;
    if (!ct_tok_is(an, i, "'") && !ct_tok_is(an, i, "\xe2\x80\x99")) return 0;
    return !tok_in(an, i + 1, clitics, sizeof clitics / sizeof *clitics);
}

/* What glues token j into a name's word: 1 a glued hyphen before a word ("Won-joon"), 2 an
 * apostrophe inside the word ("O'Neil"), 0 nothing. name_run_end() and run_words() step over
 * both, two tokens at a time. */
static int word_glue(const ct_analysis *an, size_t j, size_t end)
{
    if (is_glued_hyphen(an, j, end) && is_word(an, j + 1)) return 1;
    return is_name_apostrophe(an, j, end) ? 2 : 0;
}

/* Surface text of tokens [s, e), white space folded. */
static const char *span_text(ct_analysis *an, size_t s, size_t e)
{
    uint32_t off = an->toks[s].off, end = an->toks[e - 1].off + an->toks[e - 1].len;
    return ct_span_text(an->arena, an->text, off, end);
}

/* Is title value v (data/titles.tsv) of a royal's kind ("other royal": "King", "Prince")? Returns
 * the space before "royal", which ends the title's own value; NULL when it is not, or v is NULL. */
static const char *royal_kind(const char *v)
{
    const char *sp = v ? strchr(v, ' ') : NULL;
    return sp && !strcmp(sp + 1, "royal") ? sp : NULL;
}

/* Inlined: most words begin no title and are refused here, without a call. */
static inline __attribute__((always_inline)) size_t title_match(const pctx *c, size_t i, size_t end,
                                                                const char **val)
{
    const ct_analysis *an = c->an;
    if (!c->titles || !is_word(an, i)) return 0;
    /* most words begin no title: refused as ct_lex_match() would, without the call */
    if (an->lexmask && c->titles_bit && !(an->lexmask[i] & c->titles_bit)) return 0;
    /* nor does a word whose key no title has for its whole first word (its lexword mark: "of",
     * "in", "a", which begin "Officer", "Intendente", "Ambassador") when the word ends there,
     * before one space or at the end: refused as ct_lex_match_marked() would */
    if (an->lexword && c->titles_bit && !(an->lexword[i] & c->titles_bit) && an->tokkeys &&
        an->tokkeys[i].key && an->tokkeys[i].len &&
        (i + 1 >= end || (an->toks[i + 1].off == an->toks[i].off + an->toks[i].len + 1 &&
                          an->text[an->toks[i].off + an->toks[i].len] == ' ')))
        return 0;
    /* past the marks' refusal above, which is ct_lex_match()'s own: not asked again */
    return an->lexmask && c->titles_bit ? ct_lex_match_marked(c->titles, an, i, end, val)
                                        : ct_lex_match(c->titles, an, i, end, val);
}

/* ct_orgs_kind() of organisation og, asked of orgs.c once per article. */
static const char *org_kind(const pctx *c, int32_t og)
{
    if (!c->kinds || og < 0 || (size_t)og >= c->an->orgs.n) return ct_orgs_kind(c->an, og);
    if (!c->kinds[og]) c->kinds[og] = ct_orgs_kind(c->an, og);
    return c->kinds[og];
}

static int place_word(const pctx *c, size_t k, size_t *start);
static int gazetteer_word(const ct_analysis *an, size_t k);
static int verb_kind(const pctx *c, size_t i, const char *want);
static int known_evidence(const pctx *c, const name_run *r);
static int org_has_word(const ct_analysis *an, int32_t og, const char *w);
static void org_to_place(const pctx *c, title_occ *o, int32_t og);
static const char *region_of_city(const pctx *c, const char *key, int any_country);

/* ---- title resolution ---- */

static int is_diplomat(ct_title t)
{
    return t == CT_TITLE_AMBASSADOR || t == CT_TITLE_CONSUL_GENERAL || t == CT_TITLE_CONSUL;
}

/* The place mention ending just before token k (k exclusive), skipping a possessive. */
static const ct_place_mention *place_ending_at(const ct_analysis *an, size_t k, size_t lo)
{
    if (k >= lo + 2 && ct_tok_is(an, k - 1, "s") && !(an->toks[k - 1].flags & CT_TOK_SPACE) &&
        (an->toks[k - 2].flags & CT_TOK_PUNCT))
        k -= 2;
    if (k <= lo) return NULL;
    const ct_place_mention *pm = ct_places_covering(an, k - 1);
    /* an abbreviation's own dot: "U.S. Ambassador" */
    if (!pm && k >= lo + 2 && ct_tok_is(an, k - 1, ".") &&
        !(an->toks[k - 1].flags & CT_TOK_SPACE)) {
        pm = ct_places_covering(an, k - 2);
        return pm && pm->tok + pm->ntok == k - 1 ? pm : NULL;
    }
    return pm && pm->tok + pm->ntok == k ? pm : NULL;
}

/* A place at token k for an affiliation: the place mention covering it, or a capitalised
 * word the gazetteer resolves (the places stage drops places beside person cues). Fills tmp
 * for the latter. */
static const ct_place_mention *place_at(const ct_analysis *an, size_t k, ct_place_mention *tmp)
{
    const ct_place_mention *pm = ct_places_covering(an, k);
    if (pm) return pm;
    if (!is_cap(an, k) || !an->ctx) return NULL;
    memset(tmp, 0, sizeof *tmp);
    int kind = ct_places_resolve(an->ctx, ct_tok_text(an, k), an->toks[k].len, tmp->key);
    if (kind <= 0) return NULL;
    tmp->tok = (uint32_t)k;
    tmp->ntok = 1;
    tmp->kind = (uint8_t)kind;
    return tmp;
}

/* Do tokens from k (before hi) read "City Council", "Municipal Assembly", "Council": a council
 * head word (data/org_heads.tsv kind "council") after at most two municipal words? */
static int council_after(const pctx *c, size_t k, size_t hi)
{
    const ct_analysis *an = c->an;
    const ct_lexicon *heads = c->heads;
    if (!heads) return 0;
    for (int n = 0; n < 3 && k < hi && k < an->ntoks; n++, k++) {
        const char *v = ct_lex_tok(heads, an, k);
        if (v && !strncmp(v, "council", 7)) return 1;
        if (!(ct_tok_is(an, k, "City") || ct_tok_is(an, k, "Municipal") ||
              ct_tok_is(an, k, "Metropolitan")))
            return 0;
    }
    return 0;
}

/* Is organisation og's name made of common words only (data/name_stop.tsv, head words,
 * connectors): "Municipal Council", "Foreign Affairs Office"? */
static int org_generic(const pctx *c, int32_t og)
{
    const ct_analysis *an = c->an;
    const char *name = CT_VEC_AT(&an->orgs, ct_org, og)->name;
    const ct_lexicon *heads = c->heads;
    for (const char *w = name; *w;) {
        size_t l = strcspn(w, " ");
        int lower = *w >= 'a' && *w <= 'z';
        if (!lower && !(c->nstop && ct_lex_lookup(c->nstop, w, l)) &&
            !(heads && ct_lex_lookup(heads, w, l)))
            return 0;
        w += l;
        while (*w == ' ')
            w++;
    }
    return 1;
}

/* Is token k a word that continues a place's own name ("Busan Metropolitan City", "Jeju
 * Special Self-Governing Province") rather than a body's? */
static int place_affix(const ct_analysis *an, size_t k)
{
    static const char *const w[] = {
        "City",      "Metropolitan", "Municipal", "Municipality", "Province", "Prefecture",
        "County",    "Region",       "District",  "State",        "Special",  "Self",
        "Governing", "Government",   "Town",      "Village",      "Oblast",   "Krai",
        "Republic",  "Hall",         "Mayor",     "Governor"};
    return tok_in(an, k, w, sizeof w / sizeof *w);
}

/* Does the title [ts, te) name a chair ("Chairman", "Vice Chairperson", "President",
 * "Speaker", "Co-Chair", "head", "leader") rather than an officer ("Secretary General")? */
static int chair_words(const ct_analysis *an, size_t ts, size_t te)
{
    for (size_t k = ts; k < te; k++) {
        size_t l = an->toks[k].len;
        const char *t = ct_tok_text(an, k);
        if ((l >= 5 && !strncasecmp(t, "chair", 5)) || (l >= 8 && !strncasecmp(t, "co-chair", 8)) ||
            ct_tok_is(an, k, "President") || ct_tok_is(an, k, "Speaker") ||
            ct_tok_is(an, k, "Head") || ct_tok_is(an, k, "Leader"))
            return 1;
    }
    return 0;
}

/* Sets the occurrence's affiliation from a place mention or an organisation. */
static void occ_set_place(title_occ *o, const ct_place_mention *pm)
{
    memcpy(o->key, pm->key, sizeof o->key);
    o->key[sizeof o->key - 1] = '\0';
    o->of = o->key;
}

/* The organisation whose people a list names: "leadership from the Port of Tarnow, including
 * Harbor Board President A, Executive Director B and Director of Business Development C".
 * Walks back from token t over the list (capitalised words, titles, "of", commas, "and") to
 * "including" right after the organisation and a comma; its index, or -1. */
static int32_t list_org(const pctx *c, size_t t, size_t lo)
{
    const ct_analysis *an = c->an;
    for (size_t q = t; q > lo + 2 && q + 48 > t; q--) {
        size_t w = q - 1;
        if (ct_tok_is(an, w, "including")) {
            if (!ct_tok_is(an, w - 1, ",")) return -1;
            size_t st, nt;
            int32_t og = ct_orgs_covering(an, w - 2, &st, &nt);
            return og >= 0 && st + nt == w - 1 ? og : -1;
        }
        if (!(is_cap(an, w) || ct_tok_is(an, w, ",") || ct_tok_is(an, w, "and") ||
              ct_tok_is(an, w, "of") || ct_tok_is(an, w, ".") || ct_tok_is(an, w, "-")))
            return -1;
    }
    return -1;
}

/* Finds what a title occurrence is "of": before it ("Busan Mayor", "Chinese Ambassador",
 * "Incheon Port Authority President"), or after it ("of Busan", "of the X Federation",
 * "for Economic Affairs of Seoul", "at the SMG"), or the organisation a list names the people
 * of ("the Port of Tarnow, including Executive Director X"). Resolves lead titles. */
static void occ_resolve(pctx *c, title_occ *o, const char *val, size_t sent_lo, size_t sent_hi,
                        size_t from)
{
    ct_analysis *an = c->an;
    const ct_place_mention *before = place_ending_at(an, o->ts, sent_lo);
    int32_t org_before = -1;
    size_t bk = o->ts; /* skip "(IACC) (Gujarat)" back to the organisation */
    for (int g = 0; g < 2 && bk > sent_lo + 1 && ct_tok_is(an, bk - 1, ")"); g++) {
        size_t q = bk - 1;
        while (q > sent_lo && q + 6 > bk && !ct_tok_is(an, q, "("))
            q--;
        if (!ct_tok_is(an, q, "(")) break;
        bk = q;
    }
    if (bk > sent_lo) {
        size_t st, nt;
        int32_t og = ct_orgs_covering(an, bk - 1, &st, &nt);
        if (og >= 0 && st + nt == bk) org_before = og;
    }
    if (org_before < 0 && !before) org_before = list_org(c, o->ts, sent_lo);
    int council = 0; /* the affiliation is a place's council */
    if (!before && org_before < 0 && o->ts > sent_lo + 1 && council_after(c, o->ts - 1, o->ts)) {
        /* "Gyeongju City Council Chairman X" */
        size_t q = o->ts - 1;
        while (q > sent_lo && (ct_tok_is(an, q - 1, "City") || ct_tok_is(an, q - 1, "Municipal") ||
                               ct_tok_is(an, q - 1, "Metropolitan")))
            q--;
        before = place_ending_at(an, q, sent_lo);
        council = before != NULL;
    }
    /* "Changnyeong County Governor": a word the places stage left out beside a title */
    ct_place_mention tmp_before;
    ct_title vt = ct_title_parse(val); /* only an office of a place, not "Chelsea Director" */
    if (!before && org_before < 0 && o->ts > sent_lo && is_cap(an, o->ts - 1) &&
        vt != CT_TITLE_NONE && vt != CT_TITLE_OFFICIAL && vt != CT_TITLE_BUSINESS &&
        vt != CT_TITLE_ACADEMIC && vt != CT_TITLE_OTHER && !ct_places_covering(an, o->ts - 1) &&
        !in_lex(c->stop, an, o->ts - 1) && !in_lex(c->nstop, an, o->ts - 1) &&
        !in_lex(c->titles, an, o->ts - 1) && !in_lex(c->prefixes, an, o->ts - 1)) {
        const ct_place_mention *pm = place_at(an, o->ts - 1, &tmp_before);
        if (pm) before = pm;
    }
    const ct_place_mention *after = NULL;
    ct_place_mention tmp_after; /* storage when the place is a bare gazetteer word */
    int32_t org_after = -1;
    size_t k = from;
    int steps = 0;
    int city_staff = 0;            /* "manager for the city", "of the city" */
    int assoc = 0;                 /* "of the Gaillac twinning committee" */
    size_t body_s = 0, body_e = 0; /* "of the Denver Twin Towns Society": a body */
    /* "of X", "for ... of X", "at X": up to 10 tokens, not past a comma or sentence end. */
    while (k < sent_hi && steps < 12) {
        if (ct_tok_is(an, k, "of") || ct_tok_is(an, k, "at") ||
            (k == from && ct_tok_is(an, k, "from"))) { /* "his counterpart from Rome" */
            size_t j = k + 1;
            if (j < sent_hi && ct_tok_is(an, j, "the")) j++;
            if (j >= sent_hi) break;
            if (ct_tok_is(an, j, "city") && !is_cap(an, j) && ct_tok_is(an, j - 1, "the") &&
                !(j + 1 < sent_hi && ct_tok_is(an, j + 1, "of"))) {
                city_staff = 1;
                break;
            }
            size_t st, nt;
            int32_t og = ct_orgs_covering(an, j, &st, &nt);
            if (og >= 0) {
                org_after = og;
                break;
            }
            const ct_place_mention *pm = place_at(an, j, &tmp_after);
            if (pm && !(pm->flags & CT_PM_DEMONYM)) {
                /* "of Korea's Gyeongju City": the place after the possessive */
                size_t q = pm->tok + pm->ntok;
                if (q + 2 < sent_hi && (an->toks[q].flags & CT_TOK_PUNCT) &&
                    ct_tok_is(an, q + 1, "s")) {
                    const ct_place_mention *pm2 = ct_places_covering(an, q + 2);
                    if (pm2 && !(pm2->flags & CT_PM_DEMONYM)) pm = pm2;
                }
                after = pm;
                /* "of the Gyeongju City Council": the city's council (the city government) */
                council |= council_after(c, pm->tok + pm->ntok, sent_hi);
                /* a body named after the place that orgs.h does not know */
                size_t e = pm->tok + pm->ntok;
                if (!council && !(pm->flags & CT_PM_GOV)) {
                    while (e < sent_hi && is_cap(an, e) && !place_affix(an, e))
                        e++;
                    if (e > pm->tok + pm->ntok) {
                        body_s = pm->tok;
                        body_e = e;
                    }
                    /* "the Gaillac twinning committee": an association of the place */
                    const ct_lexicon *hl = c->heads;
                    for (size_t w = e;
                         hl && w < sent_hi && w < e + 3 && is_word(an, w) && !is_cap(an, w); w++) {
                        const char *hv = ct_lex_tok(hl, an, w);
                        if (hv && !strncmp(hv, "ngo", 3)) {
                            assoc = 1;
                            break;
                        }
                    }
                }
                break;
            }
            k = j;
            steps++;
            continue;
        }
        /* "Honorary Consul to Russia X": an honorary consul represents that country */
        if (k == from && ct_tok_is(an, k, "to") && k + 1 < sent_hi && !strcmp(val, "consul") &&
            ct_tok_is(an, o->ts, "Honorary")) {
            const ct_place_mention *pm = place_at(an, k + 1, &tmp_after);
            if (pm && pm->tok == k + 1 && pm->kind == CT_PLACE_COUNTRY) after = pm;
            break;
        }
        if (k == from && !ct_tok_is(an, k, "for")) break;
        if (ct_tok_is(an, k, "and") && k + 1 < sent_hi &&
            is_cap(an, k + 1)) { /* "Housing and Urban" */
            k++;
            steps++;
            continue;
        }
        if (ct_tok_is(an, k, ",") || ct_tok_is(an, k, ".") || ct_tok_is(an, k, "and") ||
            ct_tok_is(an, k, "(") || ct_tok_is(an, k, "to") || ct_tok_is(an, k, "in"))
            break;
        if (ct_tok_is(an, k, "city") && !is_cap(an, k) && k >= from + 2 &&
            ct_tok_is(an, k - 1, "the") &&
            (ct_tok_is(an, k - 2, "for") || ct_tok_is(an, k - 2, "with")) &&
            !(k + 1 < sent_hi && ct_tok_is(an, k + 1, "of"))) {
            city_staff = 1;
            break;
        }
        if (!is_word(an, k) && !ct_tok_is(an, k, "-") && !ct_tok_is(an, k, "&")) break;
        k++;
        steps++;
    }
    if (!before && o->ts > sent_lo &&
        (ct_tok_is(an, o->ts - 1, "its") || ct_tok_is(an, o->ts - 1, "their"))) {
        const ct_place_mention *pm = an->places.items;
        for (size_t i = an->places.n; i-- > 0;) {
            if (pm[i].tok >= o->ts || (pm[i].flags & (CT_PM_DEMONYM | CT_PM_IN_ORG))) continue;
            if (pm[i].sent + 1 < o->sent) break;
            if (pm[i].kind != CT_PLACE_COUNTRY) {
                before = &pm[i];
                break;
            }
        }
    }
    ct_title t = CT_TITLE_NONE;
    /* each value told by its first byte before it is compared: most are an office's ("mayor") */
    int head = val[0] == 'h' && strcmp(val, "head") == 0;
    int lead = head || (val[0] == 'l' && strcmp(val, "lead") == 0);
    int lead_state = val[0] == 'l' && strcmp(val, "lead_state") == 0;
    if (!lead && !lead_state) t = vt; /* ct_title_parse(val), above */
    /* A generic body ("the Prefectural Assembly", "Foreign Affairs Office") names no one:
     * its kind still gives the title, the place comes from elsewhere. */
    int generic_org = (org_after >= 0 && org_generic(c, org_after)) ||
                      (org_after < 0 && org_before >= 0 && org_generic(c, org_before));
    /* Affiliation: "of X" first, else what precedes. */
    if (org_after >= 0) {
        o->of = CT_VEC_AT(&an->orgs, ct_org, org_after)->name;
    } else if (after) {
        occ_set_place(o, after);
    } else if (org_before >= 0) {
        o->of = CT_VEC_AT(&an->orgs, ct_org, org_before)->name;
    } else if (before) {
        occ_set_place(o, before);
    }
    int32_t org = org_after >= 0 ? org_after : (after ? -1 : org_before);
    if (org >= 0 && o->of == CT_VEC_AT(&an->orgs, ct_org, org)->name) {
        const char *kind = org_kind(c, org);
        if (lead || lead_state) {
            if (!strcmp(kind, "business"))
                t = CT_TITLE_BUSINESS;
            else if (!strcmp(kind, "academic"))
                t = CT_TITLE_ACADEMIC;
            else if (!strcmp(kind, "council"))
                /* its chair is a member; its secretary-general or director is staff */
                t = chair_words(an, o->ts, o->te) ? CT_TITLE_COUNCIL_MEMBER : CT_TITLE_OFFICIAL;
            else if (!strcmp(kind, "gov") || !strcmp(kind, "port"))
                t = CT_TITLE_OFFICIAL;
            else
                t = CT_TITLE_OTHER;
        }
        /* officers of associations and committees are "other", not officials */
        if (t == CT_TITLE_OFFICIAL && !strcmp(kind, "ngo") && !org_has_word(an, org, "Municipal") &&
            !org_has_word(an, org, "Metropolitan") && !org_has_word(an, org, "Provincial") &&
            !org_has_word(an, org, "Prefectural"))
            t = CT_TITLE_OTHER;
        /* "Chief Executive of Cork County Council": a public body's executive is its staff */
        if (t == CT_TITLE_BUSINESS &&
            (!strcmp(kind, "council") || !strcmp(kind, "gov") || !strcmp(kind, "port")))
            t = CT_TITLE_OFFICIAL;
        /* A city council's member represents the city. */
        if (!strcmp(kind, "council") && !org_has_word(an, org, "County") &&
            (t == CT_TITLE_COUNCIL_MEMBER || t == CT_TITLE_MAYOR || t == CT_TITLE_DEPUTY_MAYOR)) {
            size_t st, nt;
            const ct_org_mention *m = an->org_mentions.items;
            for (size_t i = 0; i < an->org_mentions.n; i++) {
                if (m[i].org != org) continue;
                st = m[i].tok;
                nt = m[i].ntok;
                for (size_t q = st; q < st + nt; q++) {
                    const ct_place_mention *pm = ct_places_covering(an, q);
                    if (pm && !(pm->flags & CT_PM_DEMONYM) && pm->kind != CT_PLACE_COUNTRY) {
                        occ_set_place(o, pm);
                        break;
                    }
                }
                break;
            }
        }
    } else if (council && (lead || lead_state) && o->of) {
        /* chair of a city council; its secretary-general is staff */
        t = chair_words(an, o->ts, o->te) ? CT_TITLE_COUNCIL_MEMBER : CT_TITLE_OFFICIAL;
    } else if (head && o->of && !strncmp(o->of, "gn:", 3)) {
        t = CT_TITLE_MAYOR; /* "head of the X municipality" */
    } else if (head && o->of && !strncmp(o->of, "a1:", 3)) {
        t = CT_TITLE_GOVERNOR;
    } else if (lead || lead_state) {
        if (o->of && !strncmp(o->of, "cc:", 3))
            t = lead_state ? CT_TITLE_HEAD_OF_STATE : CT_TITLE_OFFICIAL;
        else if (o->of && !strncmp(o->of, "a1:", 3))
            t = lead_state ? CT_TITLE_GOVERNOR : CT_TITLE_OFFICIAL;
        else if (lead_state && o->of && !strncmp(o->of, "gn:", 3) &&
                 strncmp(region_of_city(c, o->of, 1), "a1:", 3) == 0) {
            /* "Premier Doug Ford of Ontario": the province, not the city of its name */
            snprintf(o->key, sizeof o->key, "%s", region_of_city(c, o->of, 1));
            o->of = o->key;
            t = CT_TITLE_GOVERNOR;
        } else if (o->of)
            t = CT_TITLE_OFFICIAL;
        else if (lead_state && o->ts > sent_lo && is_cap(an, o->ts - 1) &&
                 !(an->toks[o->ts - 1].flags & CT_TOK_SENT))
            t = CT_TITLE_OTHER; /* "CKSCP President X": head of an unnamed body */
        else
            t = lead_state ? CT_TITLE_HEAD_OF_STATE : CT_TITLE_OTHER;
    }
    if (generic_org && org >= 0 && o->of == CT_VEC_AT(&an->orgs, ct_org, org)->name) o->of = NULL;
    /* An embassy's staff represent its country; a city government's office, the city. */
    if (org >= 0 && o->of == CT_VEC_AT(&an->orgs, ct_org, org)->name) {
        org_to_place(c, o, org);
        /* "head of the Qabala District Executive Power": the head of a local government */
        if (head && o->of == o->key &&
            (org_has_word(an, org, "Power") || org_has_word(an, org, "Government") ||
             org_has_word(an, org, "Administration")))
            t = !strncmp(o->key, "a1:", 3)   ? CT_TITLE_GOVERNOR
                : !strncmp(o->key, "gn:", 3) ? CT_TITLE_MAYOR
                                             : t;
    }
    /* A city office is no country's: "Delta, Canada mayor" is Delta's; "mayor of New
     * Zealand's second-largest city" states no city. */
    if ((t == CT_TITLE_MAYOR || t == CT_TITLE_DEPUTY_MAYOR || t == CT_TITLE_COUNCIL_MEMBER) &&
        o->of && !strncmp(o->of, "cc:", 3)) {
        if (after && !strcmp(after->key, o->of)) {
            size_t q = after->tok + after->ntok;
            if (q + 1 < sent_hi && (an->toks[q].flags & CT_TOK_PUNCT) && ct_tok_is(an, q + 1, "s"))
                o->of = NULL;
        } else if (before && !strcmp(before->key, o->of) && before->tok > sent_lo + 1 &&
                   ct_tok_is(an, before->tok - 1, ",")) {
            const ct_place_mention *city = place_ending_at(an, before->tok - 1, sent_lo);
            if (city && city->kind == CT_PLACE_CITY && !(city->flags & CT_PM_DEMONYM))
                occ_set_place(o, city);
        }
    }
    /* Diplomats represent a country: a demonym or "of Country", never their posting. */
    if (is_diplomat(t) && o->of && strncmp(o->of, "cc:", 3) != 0) {
        o->of = NULL;
        if (before && !strncmp(before->key, "cc:", 3)) occ_set_place(o, before);
    }
    /* "Director of the Denver Twin Towns Society": an unknown body, not the city */
    if (body_e && (!strcmp(val, "lead") || t == CT_TITLE_BUSINESS) && o->of == o->key && after &&
        after->tok == body_s) {
        o->of = span_text(an, body_s, body_e);
        if (t != CT_TITLE_BUSINESS) t = CT_TITLE_OTHER;
    }
    if (assoc && (t == CT_TITLE_OFFICIAL || t == CT_TITLE_COUNCIL_MEMBER) && (lead || lead_state))
        t = CT_TITLE_OTHER;
    /* "public communications manager for the city": city staff */
    if (city_staff && !o->of && (t == CT_TITLE_OTHER || t == CT_TITLE_NONE)) t = CT_TITLE_OFFICIAL;
    /* "the Israeli ambassador's deputy": staff of the office, not its holder */
    if (o->te + 1 < sent_hi && (an->toks[o->te].flags & CT_TOK_PUNCT) &&
        ct_tok_is(an, o->te + 1, "s") && !(an->toks[o->te].flags & CT_TOK_SPACE) &&
        t != CT_TITLE_NONE && t != CT_TITLE_OTHER && o->te + 2 < sent_hi &&
        is_word(an, o->te + 2) && !is_cap(an, o->te + 2))
        t = CT_TITLE_OFFICIAL;
    o->title = t;
}

/* ---- collection ---- */

static int occ_ending_at(const pctx *c, size_t k);

/* ct_places_covering(an, tok) and ct_orgs_covering(an, tok, NULL, NULL) for collect()'s walk,
 * which asks of its tokens in text order: the last mention starting by tok, found by walking on
 * from the one the last ask found instead of by a binary search (the mentions are in text order);
 * an ask before that one searches. Inlined, as in_lex(): asked of most capitalised words. */
static inline __attribute__((always_inline)) const ct_place_mention *walk_place(pctx *c, size_t tok)
{
    const ct_place_mention *m = c->an->places.items;
    size_t n = c->an->places.n, i = c->place_i;
    if (!n || tok < m[0].tok) return NULL;
    if (m[i].tok > tok) return ct_places_covering(c->an, tok);
    while (i + 1 < n && m[i + 1].tok <= tok)
        i++;
    c->place_i = i;
    return tok < (size_t)m[i].tok + m[i].ntok ? &m[i] : NULL;
}

static inline __attribute__((always_inline)) int32_t walk_org(pctx *c, size_t tok)
{
    const ct_org_mention *m = c->an->org_mentions.items;
    size_t n = c->an->org_mentions.n, i = c->org_i;
    if (!n || tok < m[0].tok) return -1;
    if (m[i].tok > tok) return ct_orgs_covering(c->an, tok, NULL, NULL);
    while (i + 1 < n && m[i + 1].tok <= tok)
        i++;
    c->org_i = i;
    return tok < (size_t)m[i].tok + m[i].ntok ? m[i].org : -1;
}

/* Where the chain of courtesy words from token i ends (data/name_prefixes.tsv entries, each
 * maybe with its dot: "H.E. Mr.", "Datuk Seri", "Tan Sri"); i when none starts there. Entries of
 * several words are matched whole, so that "Seri" or "Tan" is not left to start the name. */
static size_t courtesy_end(const pctx *c, size_t i, size_t end)
{
    const ct_analysis *an = c->an;
    const char *v;
    size_t q = i, n;
    if (!c->prefixes) return i;
    while (q < end && is_cap(an, q) && (n = ct_lex_match(c->prefixes, an, q, end, &v)) > 0) {
        q += n;
        if (q < end && ct_tok_is(an, q, ".")) q++;
    }
    return q;
}

/* Where the chain of courtesy words that ends right before token k starts, not before token
 * lo: courtesy_end() walked back ("Mayor H.E. Mr. X", "and Datuk Seri X"); k when none ends
 * there. */
static size_t courtesy_start(const pctx *c, size_t k, size_t lo)
{
    const ct_analysis *an = c->an;
    const char *v;
    if (!c->prefixes) return k;
    for (;;) {
        size_t q = k > lo && ct_tok_is(an, k - 1, ".") ? k - 1 : k, n = 1;
        /* the shortest entry ending at q ("H.E." is four tokens with its dots) */
        while (n <= 4 && n <= q - lo && ct_lex_match(c->prefixes, an, q - n, q, &v) != n)
            n++;
        if (n > 4 || n > q - lo) return k;
        k = q - n;
    }
}

/* May token i start a person's name? */
static int name_start(pctx *c, size_t i, size_t end)
{
    const ct_analysis *an = c->an;
    if (!is_cap(an, i)) return 0;
    /* Is the word in one of the four lexicons asked next? Not when the marks of none hold it
     * (in_lex() refuses it by them): most words, passed on by one test for all four. (A courtesy
     * word of data/name_prefixes.tsv never comes here: collect() steps past it, courtesy_end().) */
    int listed = !c->start_bits || (an->lexmask[i] & an->lexword[i] & c->start_bits);
    if ((an->toks[i].flags & CT_TOK_UPPER) && !(listed && in_lex(c->surnames, an, i)) &&
        !tok_korean(an, i))
        return 0; /* "UCLG Ahmet Kaya": an acronym, not a name ("KANG Min-jae" is) */
    if (listed) {
        /* "Le Van Hoa": a particle that is also an East Asian surname starts a name when two
         * capitalised words follow it */
        int particle = in_lex(c->particles, an, i) && !(in_lex(c->surnames, an, i) && i + 2 < end &&
                                                        is_cap(an, i + 1) && is_cap(an, i + 2));
        if (in_lex(c->stop, an, i) || particle || in_lex(c->nstop, an, i)) return 0;
    }
    /* "Vice Mayor Paul Reed and City Council ...": an organisation span that swallowed a
     * titled name */
    if (walk_org(c, i) >= 0 && occ_ending_at(c, i) < 0) return 0;
    const ct_place_mention *pm = walk_place(c, i);
    /* place_word(), its mention asked above */
    if (i > 0 &&
        (ct_tok_is(an, i - 1, "in") || ct_tok_is(an, i - 1, "of") || ct_tok_is(an, i - 1, "to")) &&
        (pm || gazetteer_word(an, i)))
        return 0;
    if (pm) {
        /* A one-word place that starts a Korean-shaped name ("Won Jae-sung") is a name. */
        if (pm->ntok == 1 && i + 3 < end && is_cap(an, i + 1) && is_glued_hyphen(an, i + 2, end) &&
            tok_korean(an, i))
            return 1;
        return 0;
    }
    return 1;
}

/* Where a name goes on after lowercase particles from token j: the capitalised word after one
 * or two of them ("van Dijk", "van der Berg", "de la Fuente"), the last maybe glued to it by a
 * hyphen ("al-Sayegh"); j when no such word follows. */
static size_t particles_end(pctx *c, size_t j, size_t end)
{
    const ct_analysis *an = c->an;
    for (size_t k = j, n = 0; k < end && n < 2; k++, n++) {
        if (!in_lex(c->particles, an, k) || (an->toks[k].flags & (CT_TOK_CAP | CT_TOK_UPPER)))
            return j;
        if (k + 1 < end && is_cap(an, k + 1)) return k + 1;
        if (is_glued_hyphen(an, k + 1, end) && is_cap(an, k + 2)) return k + 2;
    }
    return j;
}

/* End of the name run starting at i, and its word count. */
static size_t name_run_end(pctx *c, size_t i, size_t end, uint32_t *words)
{
    const ct_analysis *an = c->an;
    size_t j = i + 1;
    uint32_t w = 1;
    int given_first = in_lex(c->given, an, i);
    while (j < end && w <= RUN_MAX_WORDS) {
        if (word_glue(an, j, end)) {
            j += 2;
            continue;
        }
        if (ct_tok_is(an, j, ".") && !(an->toks[j].flags & CT_TOK_SPACE) &&
            an->toks[j - 1].len == 1 && is_cap(an, j - 1)) {
            j++;
            continue;
        }
        /* "John Smith Jr.", "Martin Luther King III": a generational suffix (data/
         * name_suffixes.tsv) ends the name, with its dot */
        if (w >= 2 && is_cap(an, j) && in_lex(c->suffixes, an, j)) {
            j++;
            if (j < end && ct_tok_is(an, j, ".") &&
                an->toks[j].off == an->toks[j - 1].off + an->toks[j - 1].len)
                j++;
            *words = w + 1;
            return j;
        }
        if (is_cap(an, j)) {
            const char *v;
            size_t tn = title_match(c, j, end, &v);
            /* "Martin King", "Mary Prince": a royal title right after a known given name is a
             * surname, as a royal's title comes before the name ("King Charles") or after a
             * comma ("Charles, Prince of Wales") */
            if (tn == 1 && given_first && !(an->toks[j].flags & CT_TOK_UPPER) && royal_kind(v)) {
                j++;
                w++;
                continue;
            }
            /* "Firhad Hakim": a one-word title ("Hakim", "Regent") ending a name, no name or
             * "of" after it, is a surname */
            if (tn == 1 && !(j + 1 < end && (is_cap(an, j + 1) || ct_tok_is(an, j + 1, "of"))) &&
                !(an->toks[j].flags & CT_TOK_UPPER) &&
                (!strcmp(v, "mayor") || !strcmp(v, "governor")) && !ct_tok_is(an, j, "Mayor") &&
                !ct_tok_is(an, j, "Governor") && !ct_tok_is(an, j, "Gov")) {
                j++;
                w++;
                continue;
            }
            if (tn) break;
            if (in_lex(c->nstop, an, j)) break;
            if ((an->toks[j].flags & CT_TOK_UPPER) && !(an->toks[j - 1].flags & CT_TOK_UPPER) &&
                is_word(an, j - 1))
                break;
            if (walk_org(c, j) >= 0 && walk_org(c, i) < 0) break;
            const ct_place_mention *pm = walk_place(c, j);
            /* "Sydney Carter": a place word inside a name that opens with a given name. */
            if (pm && !(given_first && pm->ntok == 1 && w == 1)) break;
            j++;
            w++;
            continue;
        }
        size_t k = particles_end(c, j, end);
        if (k > j) {
            j = k;
            continue;
        }
        break;
    }
    /* drop a trailing initial's dot */
    while (j > i + 1 && !is_word(an, j - 1))
        j--;
    *words = w;
    return j;
}

/* Does token i start nothing collect() looks for? Not a word, or a word neither capitalised (a
 * name's start) nor "deputy" whose mark says that no title begins with it (title_match()); bit is
 * the titles' bit when an has marks, else 0. "deputy" starts collect()'s own "his deputy, X",
 * which needs no title of titles.tsv. Inlined: most tokens are refused here, by their flags and
 * mark, before any of collect()'s tests. */
static inline __attribute__((always_inline)) int starts_nothing(const ct_analysis *an, uint64_t bit,
                                                                size_t i)
{
    uint16_t f = an->toks[i].flags;
    if (!(f & CT_TOK_WORD)) return 1;
    if (f & (CT_TOK_CAP | CT_TOK_UPPER)) return 0;
    return bit && !(an->lexmask[i] & bit) && !ct_tok_is(an, i, "deputy");
}

static int collect(pctx *c)
{
    ct_analysis *an = c->an;
    uint64_t bit = an->lexmask ? c->titles_bit : 0;
    for (size_t si = 0; si < an->nsents; si++) {
        const ct_sentence *st = &an->sents[si];
        if (st->flags & CT_SENT_BOILER) continue;
        size_t lo = st->tok, end = st->tok + st->ntok;
        for (size_t i = lo; i < end;) {
            while (i < end && starts_nothing(an, bit, i))
                i++;
            if (i == end) break;
            const char *v;
            size_t n = title_match(c, i, end, &v);
            /* A lowercase "head", "chair", "speaker"... is a title only before "of"/a name. */
            if (n && !is_cap(an, i) && (!strcmp(v, "lead") || !strcmp(v, "head")) &&
                !(i + n < end && (ct_tok_is(an, i + n, "of") || is_cap(an, i + n))))
                n = 0;
            /* "accompanied by his deputy, X": the owner's deputy (run_to_person()) */
            if (!n && i > lo && ct_tok_is(an, i, "deputy") && !is_cap(an, i) &&
                (ct_tok_is(an, i - 1, "his") || ct_tok_is(an, i - 1, "her")) && i + 1 < end &&
                (ct_tok_is(an, i + 1, ",") || is_cap(an, i + 1))) {
                n = 1;
                v = "deputy_of_owner";
            }
            if (n) {
                title_occ *o = ct_vec_push(an->arena, &c->occ);
                if (!o) return CT_ENOMEM;
                o->ts = (uint32_t)i;
                o->te = (uint32_t)(i + n);
                o->sent = (uint32_t)si;
                if (v[0] == 'c' && !strcmp(v, "counterpart")) {
                    /* "Jeju Governor X and his Hokkaido counterpart Y": the same title */
                    v = NULL;
                    for (size_t q = c->occ.n - 1; q-- > 0;) {
                        const title_occ *prev = CT_VEC_AT(&c->occ, title_occ, q);
                        if (prev->sent != si) break;
                        if (prev->val && strcmp(prev->val, "counterpart")) {
                            v = prev->val;
                            break;
                        }
                    }
                    if (!v) v = "other";
                }
                /* "other royal": the title is part of a one-word name */
                const char *sp = royal_kind(v);
                if (sp) {
                    o->royal = 1;
                    v = ct_arena_strndup(an->arena, v, (size_t)(sp - v));
                    if (!v) return CT_ENOMEM;
                }
                o->poss =
                    i > lo && (ct_tok_is(an, i - 1, "his") || ct_tok_is(an, i - 1, "her") ||
                               (i > lo + 1 && ct_tok_is(an, i - 1, "fellow") &&
                                (ct_tok_is(an, i - 2, "his") || ct_tok_is(an, i - 2, "her"))));
                o->val = v;
                o->plural = an->toks[i + n - 1].len > 3 &&
                            ct_tok_text(an, i + n - 1)[an->toks[i + n - 1].len - 1] == 's' &&
                            !ct_tok_is(an, i + n - 1, "news");
                occ_resolve(c, o, v, lo, end, i + n);
                i += n;
                continue;
            }
            /* "H.E. Mr. X", "Datuk Seri X": the name starts past the whole chain */
            size_t ce = courtesy_end(c, i, end);
            if (ce > i) {
                i = ce;
                continue;
            }
            if (name_start(c, i, end)) {
                uint32_t w;
                size_t e = name_run_end(c, i, end, &w);
                /* "Mayor of Mission Norie Garza": the word after "<title> of" is the place the
                 * gazetteer did not confirm; the name follows it */
                if (w >= 3 && i > lo && ct_tok_is(an, i - 1, "of") &&
                    occ_ending_at(c, i - 1) >= 0 && !in_lex(c->given, an, i) && is_cap(an, i + 1)) {
                    i++;
                    e = name_run_end(c, i, end, &w);
                }
                name_run *r = ct_vec_push(an->arena, &c->runs);
                if (!r) return CT_ENOMEM;
                r->s = (uint32_t)i;
                r->e = (uint32_t)e;
                r->sent = (uint32_t)si;
                r->words = w;
                r->title = -1;
                r->person = -1;
                r->heading = (st->flags & CT_SENT_TITLE) != 0;
                i = e;
                continue;
            }
            i++;
        }
    }
    return 0;
}

/* ---- evidence ---- */

/* Index of the first title occurrence ending at token k or after (starting, with start set),
 * or *n when none. Binary search over the occurrences collect() found, which are in text order;
 * *n receives their number. */
static size_t occ_lower(const pctx *c, size_t k, int start, size_t *n)
{
    const title_occ *o = c->occ.items;
    size_t lo = 0, hi = *n = c->nsorted ? c->nsorted : c->occ.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        size_t v = start ? o[mid].ts : o[mid].te;
        if (v < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Index of the title occurrence ending exactly at token k (starting, with start set), or -1. */
static int occ_find(const pctx *c, size_t k, int start)
{
    const title_occ *o = c->occ.items;
    size_t n, i = occ_lower(c, k, start, &n);
    if (i < n && (start ? o[i].ts : o[i].te) == k) return (int)i;
    return -1;
}

static int occ_ending_at(const pctx *c, size_t k)
{
    return occ_find(c, k, 0);
}

static int occ_starting_at(const pctx *c, size_t k)
{
    return occ_find(c, k, 1);
}

/* Is token k a capitalised word the gazetteer knows, not at a sentence's start (the places stage
 * leaves out places it finds beside a person cue)? */
static int gazetteer_word(const ct_analysis *an, size_t k)
{
    char key[24];
    return is_cap(an, k) && !(an->toks[k].flags & CT_TOK_SENT) &&
           ct_places_resolve(an->ctx, ct_tok_text(an, k), an->toks[k].len, key) > 0;
}

/* Is token k a place word: inside a place mention, or a gazetteer_word()? */
static int place_word(const pctx *c, size_t k, size_t *start)
{
    const ct_analysis *an = c->an;
    const ct_place_mention *pm = ct_places_covering(an, k);
    if (pm) {
        if (start) *start = pm->tok;
        return 1;
    }
    if (gazetteer_word(an, k)) {
        if (start) *start = k;
        return 1;
    }
    return 0;
}

/* Words between "Mayor of" and the place: "the mayor of the city of Arlington". */
static int place_filler(const ct_analysis *an, size_t k)
{
    static const char *const w[] = {"the",          "city",     "town",       "of",
                                    "municipality", "province", "prefecture", "state",
                                    "county",       "district", "region",     "republic"};
    return tok_in(an, k, w, sizeof w / sizeof *w);
}

/* occ_ending_at(c, k) for k at or past the token where the occurrences from `first` on end
 * (occ_lower()), of n: walked from there, as the occurrences end in text order, each past the
 * one before (collect() walks on past a title): a sentence holds few. */
static int occ_ending_from(const pctx *c, size_t first, size_t n, size_t k)
{
    const title_occ *o = c->occ.items;
    size_t i = first;
    while (i < n && o[i].te < k)
        i++;
    return i < n && o[i].te == k ? (int)i : -1;
}

/* A title before the run: "Mayor X", "Busan Mayor X", "Mayor of Busan X", "Chinese Ambassador
 * to Korea X", "the Mayor of Busan, X", "the Mayor of Atlanta, Mr X", "Mayor of Los Angeles
 * (USA) X". known is the run's known_evidence(). Returns the occurrence or -1. */
static int title_before(const pctx *c, const name_run *r, size_t lo, int known)
{
    const ct_analysis *an = c->an;
    /* every title it looks for ends from the sentence's start to the run's: most runs have none
     * there, and are refused with one search; the others' titles are walked from there */
    size_t nocc, first = occ_lower(c, lo, 0, &nocc);
    if (first == nocc || CT_VEC_AT(&c->occ, title_occ, first)->te > r->s) return -1;
    size_t k = r->s;
    /* courtesy prefixes between title and name ("Governor Mr. X", "Mayor, Ms X") */
    if (occ_ending_from(c, first, nocc, k) < 0) k = courtesy_start(c, k, lo);
    /* an abbreviated title's dot: "Gov. X" */
    if (k > lo + 1 && ct_tok_is(an, k - 1, ".") && (an->toks[k - 2].flags & CT_TOK_ABBR) &&
        occ_ending_from(c, first, nocc, k - 1) >= 0)
        k--;
    int t = occ_ending_from(c, first, nocc, k);
    if (t >= 0) return t;
    if (k > lo && ct_tok_is(an, k - 1, ",")) {
        k--;
        t = occ_ending_from(c, first, nocc, k);
        if (t >= 0) return t;
    }
    /* "Deputy Mayor for International Affairs (,) X": a portfolio between title and name, when
     * a comma or a known name marks where the name starts */
    if ((k > lo && ct_tok_is(an, k - 1, ",")) || known > 0) {
        size_t q = k;
        for (int n = 0;
             n < 6 && q > lo + 1 &&
             (is_cap(an, q - 1) || ct_tok_is(an, q - 1, "and") || ct_tok_is(an, q - 1, "&"));
             n++)
            q--;
        if (q < k && q > lo + 1 && ct_tok_is(an, q - 1, "for") && is_cap(an, q)) {
            t = occ_ending_from(c, first, nocc, q - 1);
            if (t >= 0) return t;
        }
    }
    /* a parenthesis: "(USA)" */
    if (k > lo && ct_tok_is(an, k - 1, ")")) {
        size_t q = k - 1;
        while (q > lo && q + 6 > k && !ct_tok_is(an, q, "("))
            q--;
        if (ct_tok_is(an, q, "(")) k = q;
    }
    /* "Secretary General of TDBB X": an undefined acronym of an organisation */
    if (k > lo + 1 && (an->toks[k - 1].flags & CT_TOK_UPPER) && ct_tok_is(an, k - 2, "of")) {
        t = occ_ending_from(c, first, nocc, k - 2);
        if (t >= 0) return t;
    }
    /* up to two "of/to/in (the) Place" steps back to the title: "Ambassador of the Republic
     * of Uzbekistan to Kyrgyzstan X" */
    for (int step = 0; step < 2; step++) {
        size_t p, st, nt;
        /* "of Arklow Municipal District, Cllr X": words of the place's own name */
        for (int n = 0; n < 3 && k > lo + 1 && is_cap(an, k - 1) && place_affix(an, k - 1); n++)
            k--;
        if (k > lo && place_word(c, k - 1, &p)) {
            /* the place's own start */
        } else if (k > lo && ct_orgs_covering(an, k - 1, &st, &nt) >= 0 && st + nt == k) {
            p = st;
        } else {
            break;
        }
        for (int n = 0; n < 5 && p > lo && place_filler(an, p - 1) && !ct_tok_is(an, p - 1, "of");
             n++)
            p--;
        if (!(p > lo && (ct_tok_is(an, p - 1, "of") || ct_tok_is(an, p - 1, "to") ||
                         ct_tok_is(an, p - 1, "in") || ct_tok_is(an, p - 1, "from"))))
            return -1;
        p--;
        for (int n = 0;
             n < 5 && p > lo && occ_ending_from(c, first, nocc, p) < 0 && place_filler(an, p - 1);
             n++)
            p--;
        t = occ_ending_from(c, first, nocc, p);
        if (t >= 0) return t;
        k = p;
    }
    /* "Director of Business Development Alan Frost", "Minister of Trade Budi Santoso": a title,
     * "of", and capitalised common words (data/name_stop.tsv) before a name that opens with a
     * known given name or has two words, none of them common */
    if (in_lex(c->given, an, r->s) || r->words >= 2) {
        size_t q = k;
        for (int n = 0; n < 6 && q > lo; n++) {
            size_t w = q - 1;
            if (ct_tok_is(an, w, "of")) {
                int t2 = occ_ending_from(c, first, nocc, w);
                if (t2 >= 0 && q < k) return t2;
            }
            if (!(in_lex(c->nstop, an, w) || ct_tok_is(an, w, "of") || ct_tok_is(an, w, "and") ||
                  ct_tok_is(an, w, "the") || ct_tok_is(an, w, "&")))
                break;
            q = w;
        }
    }
    return -1;
}

/* A title after the run: "X, the Mayor of Y", "X, Busan Mayor", "X, Chinese Consul General",
 * "X, director-general of ...". Returns the occurrence or -1. */
static int title_after(const pctx *c, const name_run *r, size_t hi)
{
    const ct_analysis *an = c->an;
    size_t k = r->e;
    if (k >= hi || !(ct_tok_is(an, k, ",") || ct_tok_is(an, k, "("))) return -1;
    k++;
    for (int steps = 0; k < hi && steps < 6; steps++) {
        int t = occ_starting_at(c, k);
        if (t >= 0) {
            /* "X, Governor Mbaruk said": the title belongs to the next name */
            size_t te = CT_VEC_AT(&c->occ, title_occ, t)->te;
            if (te < hi && is_cap(an, te)) return -1;
            /* "X (Mexico's premier startup incubator)": a lowercase title word used as an
             * adjective, before a noun */
            size_t ts = CT_VEC_AT(&c->occ, title_occ, t)->ts;
            if (!is_cap(an, ts) && te < hi && is_word(an, te) && !is_cap(an, te) &&
                !verb_kind(c, te, "subj") && !ct_tok_is(an, te, "of") &&
                !ct_tok_is(an, te, "for") && !ct_tok_is(an, te, "to") && !ct_tok_is(an, te, "in") &&
                !ct_tok_is(an, te, "at") && !ct_tok_is(an, te, "and") &&
                !ct_tok_is(an, te, "from") && !ct_tok_is(an, te, "since") &&
                !ct_tok_is(an, te, "who") && !ct_tok_is(an, te, "with") &&
                !ct_tok_is(an, te, "was") && !ct_tok_is(an, te, "is") &&
                !ct_tok_is(an, te, "has") && !ct_tok_is(an, te, "had") &&
                !ct_tok_is(an, te, "will") && !ct_tok_is(an, te, "until") &&
                !ct_tok_is(an, te, "on") && !ct_tok_is(an, te, "also") &&
                !ct_tok_is(an, te, "then"))
                return -1;
            /* "X, Deputy Mayors of Karasu A, B": skip "of (the) Place", then a name (a
             * singular title's place runs on into a body: "CEO of the Seattle Seahawks") */
            if (te + 1 < hi && ct_tok_is(an, te, "of") &&
                CT_VEC_AT(&c->occ, title_occ, t)->plural) {
                size_t q = te + 1, p0;
                if (q < hi && ct_tok_is(an, q, "the")) q++;
                if (q < hi && place_word(c, q, &p0)) {
                    const ct_place_mention *pm = ct_places_covering(an, q);
                    q = pm ? pm->tok + pm->ntok : q + 1;
                    if (q < hi && is_cap(an, q) && !in_lex(c->nstop, an, q) &&
                        !council_after(c, q, hi) && ct_orgs_covering(an, q, NULL, NULL) < 0)
                        return -1;
                }
            }
            return t;
        }
        if (ct_tok_is(an, k, "the") || ct_tok_is(an, k, "a") || ct_tok_is(an, k, "an") ||
            ct_tok_is(an, k, "then") || ct_tok_is(an, k, "former") || ct_tok_is(an, k, "current") ||
            ct_tok_is(an, k, "newly") || ct_tok_is(an, k, "elected") ||
            ct_tok_is(an, k, "acting") || ct_tok_is(an, k, "'") ||
            ct_tok_is(an, k, "\xe2\x80\x99") || ct_tok_is(an, k, "s") ||
            (ct_tok_is(an, k, "city") && !is_cap(an, k))) {
            k++;
            continue;
        }
        const ct_place_mention *pm = ct_places_covering(an, k);
        if (pm) {
            k = pm->tok + pm->ntok;
            continue;
        }
        size_t st, nt;
        if (ct_orgs_covering(an, k, &st, &nt) >= 0) {
            k = st + nt;
            continue;
        }
        break;
    }
    return -1;
}

static int verb_kind(const pctx *c, size_t i, const char *want)
{
    if (!c->verbs || !is_word(c->an, i) || is_cap(c->an, i)) return 0;
    const char *v = ct_lex_tok(c->verbs, c->an, i);
    return v && (!strcmp(v, "both") || !strcmp(v, want));
}

/* A verb of speech or meeting beside the run: "X said", "X also met", "said X", "met with X",
 * "held talks with X". */
static int verb_evidence(const pctx *c, const name_run *r, size_t lo, size_t hi)
{
    const ct_analysis *an = c->an;
    size_t k = r->e;
    if (k < hi && verb_kind(c, k, "subj")) return 1;
    if (k + 1 < hi && is_word(an, k) && !is_cap(an, k) && verb_kind(c, k + 1, "subj")) {
        size_t l = an->toks[k].len;
        const char *t = ct_tok_text(an, k);
        if ((l > 2 && t[l - 2] == 'l' && t[l - 1] == 'y') || ct_tok_is(an, k, "also") ||
            ct_tok_is(an, k, "then") || ct_tok_is(an, k, "has") || ct_tok_is(an, k, "had") ||
            ct_tok_is(an, k, "was") || ct_tok_is(an, k, "will") || ct_tok_is(an, k, "would"))
            return 1;
    }
    /* "Mike X, spoke": a comma before the verb */
    if (k + 1 < hi && ct_tok_is(an, k, ",") && verb_kind(c, k + 1, "subj")) return 1;
    /* "met Harbin Ice Festival organisers", "welcomed Team Korea delegates": a run before a
     * common capitalised word (data/name_stop.tsv) or a noun of a visiting party
     * (data/guest_nouns.tsv) names what the verb's object is, not a person */
    if (k < hi &&
        ((is_cap(an, k) && in_lex(c->nstop, an, k)) || (!is_cap(an, k) && in_lex(c->guest, an, k))))
        return 0;
    size_t s = r->s;
    /* "met Fukuoka's X": the verb before the place whose person X is */
    const ct_place_mention *pm;
    if (s > lo + 2 && ct_tok_is(an, s - 1, "s") && (pm = place_ending_at(an, s, lo)) &&
        pm->tok > lo)
        s = pm->tok;
    if (s > lo && verb_kind(c, s - 1, "obj")) return 1;
    /* "greeted by X", "hosted by X" */
    if (s > lo + 1 && ct_tok_is(an, s - 1, "by") && c->verbs && is_word(an, s - 2) &&
        ct_lex_tok(c->verbs, an, s - 2))
        return 1;
    if (s > lo + 1 && ct_tok_is(an, s - 1, "with") &&
        (verb_kind(c, s - 2, "obj") || verb_kind(c, s - 2, "with")))
        return 1;
    /* "greeted at the train station by X": the verb a few words before "by" */
    if (s > lo + 2 && ct_tok_is(an, s - 1, "by") && r->words >= 2 && c->verbs) {
        for (size_t q = s - 2, n = 0; q > lo && n < 8; q--, n++) {
            if (ct_tok_is(an, q, ",") || ct_tok_is(an, q, ";") || ct_tok_is(an, q, "by")) break;
            if (is_word(an, q) && !is_cap(an, q) && ct_lex_tok(c->verbs, an, q)) return 1;
        }
    }
    return 0;
}

static int prefix_evidence(const pctx *c, const name_run *r, size_t lo)
{
    return courtesy_start(c, r->s, lo) < r->s;
}

/* Word boundaries of the run: starts of its words. Returns the count. */
static size_t run_words(const ct_analysis *an, const name_run *r, size_t starts[], size_t ends[],
                        int hyph[], size_t max)
{
    size_t n = 0;
    for (size_t i = r->s; i < r->e && n < max;) {
        if (!is_word(an, i)) {
            i++;
            continue;
        }
        size_t j = i + 1;
        int h = 0, g;
        for (; (g = word_glue(an, j, r->e)); j += 2)
            h |= g == 1;
        starts[n] = i;
        ends[n] = j;
        hyph[n] = h;
        n++;
        i = j;
    }
    return n;
}

/* Is the first or the last (index last) of a run's words, starting at tokens st, a Korean
 * surname, a hyphenated word (hy) never one? */
static int korean_end(const ct_analysis *an, const size_t *st, const int *hy, size_t last)
{
    return (!hy[0] && tok_korean(an, st[0])) || (!hy[last] && tok_korean(an, st[last]));
}

/* Known-name evidence: 2 = strong (Korean surname + hyphenated given name, known given name),
 * 1 = East Asian surname in a two-word run, 0 = none. */
static int known_evidence(const pctx *c, const name_run *r)
{
    const ct_analysis *an = c->an;
    size_t st[RUN_MAX_WORDS + 2], en[RUN_MAX_WORDS + 2];
    int hy[RUN_MAX_WORDS + 2];
    size_t n = run_words(an, r, st, en, hy, RUN_MAX_WORDS + 2);
    if (n < 2 || n > 4) return 0;
    size_t last = n - 1;
    int anyhy = 0;
    for (size_t i = 0; i < n; i++)
        anyhy |= hy[i];
    /* a Korean surname at an end (korean_end()) is asked only where it counts */
    if ((anyhy || n == 3) && korean_end(an, st, hy, last)) return 2;
    if (in_lex(c->given, an, st[0]) && en[0] == st[0] + 1) return 2;
    if (n == 2 && in_lex(c->given, an, st[last]) && en[last] == st[last] + 1) return 1;
    if (n == 2 && (in_lex(c->surnames, an, st[0]) || in_lex(c->surnames, an, st[last]) ||
                   korean_end(an, st, hy, last)))
        return 1;
    return 0;
}

/* ---- people ---- */

static int add_form(ct_analysis *an, ct_person *p, const char *form)
{
    if (!strcmp(p->name, form)) return 0;
    for (uint32_t i = 0; i < p->naliases; i++)
        if (!strcmp(p->aliases[i], form)) return 0;
    if (p->naliases >= ALIASES_MAX) return 0;
    if (!p->aliases) {
        p->aliases = ct_arena_alloc(an->arena, ALIASES_MAX * sizeof *p->aliases);
        if (!p->aliases) return CT_ENOMEM;
    }
    /* the fullest form (most words, then longest) is the name */
    size_t wn = 1, wf = 1;
    for (const char *q = p->name; *q; q++)
        wn += *q == ' ';
    for (const char *q = form; *q; q++)
        wf += *q == ' ';
    if (wf > wn || (wf == wn && strlen(form) > strlen(p->name) + 2)) {
        p->aliases[p->naliases++] = p->name;
        p->name = form;
    } else {
        p->aliases[p->naliases++] = form;
    }
    return 0;
}

static int person_matches(const ct_person *p, const char *name, size_t n, int allow_part)
{
    if (ct_name_same(p->name, strlen(p->name), name, n)) return 1;
    for (uint32_t i = 0; i < p->naliases; i++)
        if (ct_name_same(p->aliases[i], strlen(p->aliases[i]), name, n)) return 1;
    if (allow_part && ct_name_part_of(name, n, p->name, strlen(p->name))) return 1;
    return 0;
}

/* A person's name and aliases parsed once (names.h), in slots 0 (the name) and 1 + i (alias
 * i): the memo's forms of their texts (name_form()), shared with the mentions of those texts; a
 * slot is looked up again when its string is no longer the one it was taken for (the name and
 * an alias swap when a fuller form arrives). */
typedef struct {
    const char *src[1 + ALIASES_MAX];
    ct_name_form *f[1 + ALIASES_MAX];
} pforms;

/* an->name_cache: each person's pforms, made on first comparison (the stage sets it up;
 * ct_people_find_name() uses it when present). tests/test_people.c's memo cases name more people
 * than NAME_MEMO (MEMO_PEOPLE), so that two of them share a slot whatever the hash: a larger
 * memo wants more of them. */
#define NAME_MEMO 64   /* name texts whose parsed form is kept (direct-mapped); a power of two */
#define NAME_FORMS 256 /* forms the memo makes per article (2.6 KB each; articles make ~30) */
typedef struct {
    const char *s;   /* the name's text, in the arena for the article, or NULL */
    size_t n;        /* its bytes */
    ct_name_form *f; /* its parsed form (parsed from s), never parsed over: a text that takes the
                        slot gets a new form, so forms stay valid for the article */
} name_memo;

struct ct_name_cache {
    pforms *person[PEOPLE_MAX]; /* set to NULL when the person is added (not zeroed before) */
    name_memo memo[NAME_MEMO];  /* mentions repeat names: each text parsed once per article */
    size_t nforms;              /* forms the memo has made, at most NAME_FORMS */
};

/* The memo slot of the text name[0..n) (its hash's), which may hold another text. */
static name_memo *memo_slot(struct ct_name_cache *nc, const char *name, size_t n)
{
    return &nc->memo[ct_mem_hash(name, n) & (NAME_MEMO - 1)];
}

/* Does memo slot m hold the text name[0..n)? */
static int memo_holds(const name_memo *m, const char *name, size_t n)
{
    return m->s && m->n == n && memcmp(m->s, name, n) == 0;
}

/* name_form() of a text that m, its memo slot (NULL without a cache), does not hold. */
static ct_name_form *memo_form(const ct_analysis *an, name_memo *m, const char *name, size_t n,
                               int kept, ct_name_form *tmp)
{
    struct ct_name_cache *nc = an->name_cache;
    if (m) {
        /* a form is never parsed over (others may share it), so each text that takes a slot
         * costs a new one: capped, so that text naming ever more names cannot grow the arena
         * by a form for each */
        const char *copy = NULL;
        if (nc->nforms < NAME_FORMS) copy = kept ? name : ct_arena_strndup(an->arena, name, n);
        /* not zeroed: ct_name_form_init() sets every field read before its lazy parts */
        ct_name_form *f = copy ? ct_arena_alloc_raw(an->arena, sizeof *f) : NULL;
        if (f) {
            ct_name_form_init(f, copy, n);
            m->s = copy;
            m->n = n;
            m->f = f;
            nc->nforms++;
            return f;
        }
    }
    if (!tmp) return NULL;
    ct_name_form_init(tmp, name, n);
    return tmp;
}

/* The parsed form of name[0..n): from an->name_cache's memo, or parsed into it (in the arena,
 * valid for the article); into *tmp (valid until the next call) when there is no cache, no
 * memory or the memo has made NAME_FORMS forms, or NULL then when tmp is NULL. kept: name lives
 * unchanged as long as the article's analysis (a span_text() or a person's name), and the memo
 * keeps it rather than a copy. */
static ct_name_form *name_form(const ct_analysis *an, const char *name, size_t n, int kept,
                               ct_name_form *tmp)
{
    name_memo *m = an->name_cache ? memo_slot(an->name_cache, name, n) : NULL;
    if (m && memo_holds(m, name, n)) return m->f;
    return memo_form(an, m, name, n, kept, tmp);
}

/* The number of words (runs of bytes other than ' ') of the NUL-terminated s. */
static size_t count_words(const char *s)
{
    size_t n = 0;
    for (int in = 0; *s; s++) {
        int sp = *s == ' ';
        if (!sp && !in) n++;
        in = !sp;
    }
    return n;
}

/* span_text() of tokens [s, e) into *name, its count_words() into *words, and name_form() of it
 * (kept); NULL when there is no memory for the text. A span whose tokens lie apart by one space at
 * most is its own text (tokens hold no white space), which the memo is asked of in place: a name
 * met again ("Park", "Mayor Park") is neither copied nor hashed again, and a new one is copied
 * whole; its words are its spaces and one. */
static ct_name_form *span_form(ct_analysis *an, size_t s, size_t e, const char **name,
                               size_t *words, ct_name_form *tmp)
{
    const ct_token *t = an->toks;
    int plain = an->name_cache != NULL;
    size_t spaces = 0;
    for (size_t k = s + 1; k < e && plain; k++) {
        uint32_t gap = t[k].off - (t[k - 1].off + t[k - 1].len);
        plain = gap == 0 || (gap == 1 && an->text[t[k].off - 1] == ' ');
        spaces += gap;
    }
    if (!plain) {
        *name = span_text(an, s, e);
        if (!*name) return NULL;
        *words = count_words(*name);
        return name_form(an, *name, strlen(*name), 1, tmp);
    }
    *words = 1 + spaces;
    const char *text = an->text + t[s].off;
    size_t n = t[e - 1].off + t[e - 1].len - t[s].off;
    name_memo *m = memo_slot(an->name_cache, text, n);
    if (memo_holds(m, text, n)) {
        *name = m->s;
        return m->f;
    }
    *name = ct_arena_strndup(an->arena, text, n);
    return *name ? memo_form(an, m, *name, n, 1, tmp) : NULL;
}

/* The parsed form of str, in slot k of person i; NULL on out of memory or with no cache. */
static ct_name_form *person_form(const ct_analysis *an, size_t i, size_t k, const char *str)
{
    struct ct_name_cache *nc = an->name_cache;
    if (!nc || i >= PEOPLE_MAX) return NULL;
    pforms *pf = nc->person[i];
    if (!pf && !(pf = nc->person[i] = ct_arena_alloc(an->arena, sizeof *pf))) return NULL;
    if (pf->src[k] == str) return pf->f[k];
    /* a person's name is mostly a mention's text that the memo parsed a moment ago */
    ct_name_form *f = name_form(an, str, strlen(str), 1, NULL);
    if (!f) return NULL;
    pf->f[k] = f;
    pf->src[k] = str;
    return f;
}

/* person_matches() of person i and the parsed name q, with i's forms parsed once. */
static int person_matches_form(const ct_analysis *an, size_t i, ct_name_form *q, int allow_part)
{
    const ct_person *p = CT_VEC_AT(&an->people, ct_person, i);
    ct_name_form *f = person_form(an, i, 0, p->name);
    if (!f) return person_matches(p, q->s, q->len, allow_part);
    if (ct_name_form_same(f, q)) return 1;
    for (uint32_t k = 0; k < p->naliases; k++) {
        ct_name_form *a = person_form(an, i, 1 + k, p->aliases[k]);
        if (!a) return person_matches(p, q->s, q->len, allow_part);
        if (ct_name_form_same(a, q)) return 1;
    }
    if (allow_part && ct_name_form_part_of(q, f)) return 1;
    return 0;
}

/* Titles that cannot be one person: a mayor and an ambassador named Park are two people. */
static int titles_compatible(ct_title a, ct_title b)
{
    if (a == CT_TITLE_NONE || b == CT_TITLE_NONE || a == b) return 1;
    if (a == CT_TITLE_OTHER || b == CT_TITLE_OTHER) return 1;
    return 0;
}

/* The bits of a word's ct_mem_hash() h in the Bloom filters: two in pctx.known (known_bits()), two
 * in a person's held (held_bits()); other words share them. */
static void known_bits(uint64_t h, unsigned *a, unsigned *b)
{
    *a = (unsigned)(h & 2047);
    *b = (unsigned)(h >> 32 & 2047);
}

static void held_bits(uint64_t h, unsigned *a, unsigned *b)
{
    *a = (unsigned)(h >> 11 & 511);
    *b = (unsigned)(h >> 43 & 511);
}

/* ct_name_form_held_words() callback: sets word w's bits in pctx.known and in the held filter of
 * the person being bagged, and its set in pctx.sigs; a word given again at once (a one-word name's
 * key and its word, a one-word given name folded and joined) is passed over, its bits set. */
typedef struct {
    pctx *c;
    person_slot *ps;
    const char *last;   /* the word given last, or NULL */
    size_t nlast;       /* its bytes */
    const char *spaced; /* the form's key when it has a space (no set: not scanned), or NULL */
} held_arg;

static void held_add(void *arg, const char *w, size_t n)
{
    held_arg *h = arg;
    if (h->last && n == h->nlast && memcmp(w, h->last, n) == 0) return;
    h->last = w;
    h->nlast = n;
    uint64_t x = ct_mem_hash(w, n);
    unsigned a, b;
    known_bits(x, &a, &b);
    h->c->known[a >> 6] |= (uint64_t)1 << (a & 63);
    h->c->known[b >> 6] |= (uint64_t)1 << (b & 63);
    held_bits(x, &a, &b);
    h->ps->held[a >> 6] |= (uint64_t)1 << (a & 63);
    h->ps->held[b >> 6] |= (uint64_t)1 << (b & 63);
    if (w == h->spaced) return;
    unsigned g = ct_name_fold_sig(w, n); /* (none for a word no word of letters folds to) */
    if (g != CT_NAME_SIG_NONE) h->c->sigs[g >> 6] |= (uint64_t)1 << (g & 63);
}

/* Might the word whose ct_mem_hash() is h be a held word of some person's form (held_add())? 0:
 * surely not. */
static int word_known(const pctx *c, uint64_t h)
{
    unsigned a, b;
    known_bits(h, &a, &b);
    return (c->known[a >> 6] >> (a & 63) & 1) && (c->known[b >> 6] >> (b & 63) & 1);
}

/* A word's ct_name_word_forms(), as the ct_mem_hash() of each, kept for the word's next occurrence
 * in the article. */
#define WORD_MEMO 64 /* words kept (direct-mapped by hash); a power of two */
struct word_memo {
    uint8_t len[WORD_MEMO];          /* the word's bytes, 0 for an empty slot */
    char w[WORD_MEMO][CT_NAME_WLEN]; /* the word (lowercase ASCII letters) */
    uint64_t fold[WORD_MEMO];        /* its folded word's hash */
    uint64_t canon[WORD_MEMO];       /* its Korean surname class's hash, when kor */
    uint8_t kor[WORD_MEMO];          /* it is a Korean surname spelling */
    uint16_t sig[WORD_MEMO];         /* WORD_MADE: fold, canon and kor are made; else the word's
                                        ct_name_fold_sig(), which no held word had when it was asked */
};
#define WORD_MADE CT_NAME_SIG_NONE /* (no word of letters has that set) */

/* Makes the folds of word w[0..n) in slot of m (ct_name_word_forms()). */
static void word_make(struct word_memo *m, size_t slot, const char *w, size_t n)
{
    char f[CT_NAME_WLEN], cl[CT_NAME_WLEN];
    ct_name_word_forms(w, n, f, cl);
    m->fold[slot] = ct_mem_hash(f, strlen(f));
    m->kor[slot] = cl[0] != '\0';
    m->canon[slot] = m->kor[slot] ? ct_mem_hash(cl, strlen(cl)) : 0;
    m->sig[slot] = WORD_MADE;
}

/* Is g the ct_name_fold_sig() of one of the people's held words (c->sigs)? */
static int sig_held(const pctx *c, unsigned g)
{
    return c->sigs[g >> 6] >> (g & 63) & 1;
}

/* ct_name_word_forms() of token k's key, from c's word memo or made into it: sets *fold to the
 * ct_mem_hash() of its folded word, *canon to that of its Korean surname class and returns 1 + (it
 * is one); 0 for a token that is no word of ASCII letters shorter than CT_NAME_WLEN (the key of
 * other text is not its bytes lowercased) or no memory. A word that is no Korean surname spelling
 * and whose ct_name_fold_sig() is that of none of the people's held words (c->sigs, all of them
 * when every person is bagged) is not folded while it stays so: its fold is none of them, and 3 is
 * returned, *fold and *canon not set; the memo keeps its set, to be asked again. */
static int word_forms(pctx *c, size_t k, uint64_t *fold, uint64_t *canon)
{
    const ct_analysis *an = c->an;
    size_t n = an->toks[k].len;
    if (n == 0 || n >= CT_NAME_WLEN) return 0;
    const char *w; /* the word lowered */
    char own[CT_NAME_WLEN];
    uint32_t h; /* its FNV-1a, which picks its slot */
    uint16_t flags = an->toks[k].flags;
    if (an->tokkeys && an->tokkeys[k].key) {
        /* ASCII letters alone are the tokens whose key (lexicon.h) is their bytes lowered:
         * taken with the hash ct_lex_mark() made of it as it lowered them */
        if ((flags & (CT_TOK_ALNUM | CT_TOK_DIGIT)) != CT_TOK_ALNUM) return 0;
        w = an->tokkeys[k].key;
        h = an->tokkeys[k].h;
    } else {
        const char *s = ct_tok_text(an, k);
        h = CT_FNV32_SEED;
        for (size_t i = 0; i < n; i++) {
            unsigned char ch = (unsigned char)s[i] | 0x20;
            if (ch < 'a' || ch > 'z') return 0;
            own[i] = (char)ch;
            h = CT_FNV32_STEP(h, ch);
        }
        w = own;
    }
    struct word_memo *m = c->words;
    if (!m) { /* on first need; only the lengths zeroed, the rest written before it is read */
        if (!(m = c->words = ct_arena_alloc_raw(an->arena, sizeof *m))) return 0;
        memset(m->len, 0, sizeof m->len);
    }
    size_t slot = h & (WORD_MEMO - 1);
    if (m->len[slot] != n || memcmp(m->w[slot], w, n) != 0) {
        /* most words are no person's: most of them told so by the letters their fold keeps, a
         * few loads, rather than by their fold, made once a held word has those letters */
        unsigned g = n <= CT_NAME_SIG_MAX ? ct_name_fold_sig(w, n) : CT_NAME_SIG_NONE;
        memcpy(m->w[slot], w, n);
        m->len[slot] = (uint8_t)n;
        if (g != CT_NAME_SIG_NONE && !sig_held(c, g) && !ct_name_korean_surname_key(w, n)) {
            m->sig[slot] = (uint16_t)g;
            return 3;
        }
        word_make(m, slot, w, n);
    } else if (m->sig[slot] != WORD_MADE) {
        if (!sig_held(c, m->sig[slot])) return 3;
        word_make(m, slot, w, n);
    }
    *fold = m->fold[slot];
    *canon = m->canon[slot];
    return 1 + m->kor[slot];
}

/* Can the name of tokens [s, e) name no known person (person_lookup_form()), nor be taken for the
 * fuller form of one (run_to_person()), as its form would tell? Only for words of ASCII letters
 * with white space between, when every person's forms are in c->known, and, past one word, when
 * none of them is a Korean surname spelling: such a name matches a person's form, either way,
 * only through one of its words' folds (ct_name_word_forms()), a name of one word also through
 * its surname class, which is then a held word of that form (names.h). 0 when it may. Its words
 * are its tokens: a word's token is a whole run of letters and digits (segment.h), so two such
 * tokens are apart by white space or by a token word_forms() refuses. */
static int run_unknown(pctx *c, size_t s, size_t e)
{
    const ct_analysis *an = c->an;
    if (c->nbagged != an->people.n) return 0;
    for (size_t k = s; k < e; k++) {
        uint64_t fold, canon;
        int got = word_forms(c, k, &fold, &canon), kor = got == 2;
        if (!got) return 0;
        if (got == 3) continue;         /* its fold is no held word, and it has no class */
        if (kor && e - s > 1) return 0; /* the name may key by the class */
        if (word_known(c, fold) || (kor && word_known(c, canon))) return 0;
    }
    return 1;
}

/* Adds the held words of a parsed name form of person i (names.h) to its filter and to
 * pctx.known: whatever names one of the person's forms names it through one of them. kept: f is
 * the name memo's, valid for the article and never parsed over, so that the form bagged last
 * can be told again by its address. */
static void bag_add(pctx *c, size_t i, ct_name_form *f, int kept)
{
    person_slot *ps = &c->per[i];
    if (!ps->bagged) {
        memset(ps->held, 0, sizeof ps->held);
        ps->bagged = 1;
        c->nbagged++;
    } else if (kept && f == ps->last) {
        return; /* a name repeated ("Park", "Park"): its words are in already */
    }
    ps->last = kept ? f : NULL;
    held_arg arg = {c, ps, NULL, 0, memchr(f->key, ' ', f->klen) ? f->key : NULL};
    ct_name_form_held_words(f, held_add, &arg);
}

/* A name's probe words (names.h), as their bits in a person's held filter: found once per name
 * rather than once per person. */
#define PROBE_MAX (3 + CT_NAME_MAXW) /* the key, the folded words, a first word and its class */
typedef struct {
    size_t n;
    int all;                             /* more words than PROBE_MAX: every person may match */
    uint16_t a[PROBE_MAX], b[PROBE_MAX]; /* each word's held_bits() */
} probe;

/* ct_name_form_probe_words() callback: adds word w's bits to the probe arg. */
static void probe_add(void *arg, const char *w, size_t n)
{
    probe *pr = arg;
    if (pr->n == PROBE_MAX) {
        pr->all = 1;
        return;
    }
    unsigned a, b;
    held_bits(ct_mem_hash(w, n), &a, &b);
    pr->a[pr->n] = (uint16_t)a;
    pr->b[pr->n++] = (uint16_t)b;
}

/* The probes of the name memo's forms (name_form()), each in the slot its address picks: a memo
 * form is never parsed over, so its address tells it for the article, and a name looked up again
 * ("Mayor Park", "Park") is probed once. */
#define PROBE_BITS 5                 /* the slots' index bits */
#define PROBE_MEMO (1 << PROBE_BITS) /* slots (direct-mapped) */
struct probe_memo {
    const ct_name_form *f[PROBE_MEMO]; /* the form probed in each slot, or NULL */
    probe pr[PROBE_MEMO];
};

/* ct_name_form_probe_words() of qf with part set into a probe: c's memo's, when kept (qf is the
 * name memo's) and there is memory for the memo, else own's. With part, whether or not the
 * lookup allows one: its words are those without part and more, and a probe only passes people
 * on to person_matches_form() (bag_may_match()), so one probe serves both lookups. */
static const probe *probe_of(pctx *c, ct_name_form *qf, int kept, probe *own)
{
    struct probe_memo *m = kept ? c->probes : NULL;
    if (kept && !m && (m = c->probes = ct_arena_alloc_raw(c->an->arena, sizeof *m)))
        memset(m->f, 0, sizeof m->f); /* the rest is written before it is read */
    probe *pr = own;
    if (m) {
        /* Fibonacci hashing of the address: forms lie some KB apart in the arena */
        size_t k = (size_t)(((uint64_t)(uintptr_t)qf * 0x9E3779B97F4A7C15ull) >> (64 - PROBE_BITS));
        pr = &m->pr[k];
        if (m->f[k] == qf) return pr;
        m->f[k] = qf;
    }
    pr->n = 0;
    pr->all = 0;
    ct_name_form_probe_words(qf, 1, probe_add, pr);
    return pr;
}

/* Could the name whose probe pr is match person i at all: is one of its probe words in the
 * person's held filter? */
static int bag_may_match(const pctx *c, size_t i, const probe *pr)
{
    const person_slot *ps = &c->per[i];
    if (!ps->bagged || pr->all) return 1;
    for (size_t k = 0; k < pr->n; k++)
        if ((ps->held[pr->a[k] >> 6] >> (pr->a[k] & 63) & 1) &&
            (ps->held[pr->b[k] >> 6] >> (pr->b[k] & 63) & 1))
            return 1;
    return 0;
}

/* count_words() of person i's name, counted again only when the name is another string. */
static size_t name_words(pctx *c, size_t i)
{
    const char *name = CT_VEC_AT(&c->an->people, ct_person, i)->name;
    person_slot *ps = &c->per[i];
    if (ps->wsrc != name) {
        ps->wsrc = name;
        ps->nwords = count_words(name);
    }
    return ps->nwords;
}

/* Finds the person the parsed name form qf refers to, preferring a compatible title, latest
 * first. kept: qf is the name memo's (name_form()), whose probe is kept (probe_of()). */
static int32_t person_lookup_form(pctx *c, ct_name_form *qf, int kept, ct_title t, int allow_part)
{
    const ct_analysis *an = c->an;
    int32_t best = -1, compat = -1;
    if (!an->people.n) return -1; /* no one to compare: no words to find */
    probe own;
    const probe *pr = probe_of(c, qf, kept, &own);
    for (size_t i = an->people.n; i-- > 0;) {
        const ct_person *p = CT_VEC_AT(&an->people, ct_person, i);
        if (!bag_may_match(c, i, pr)) continue;
        if (!person_matches_form(an, i, qf, allow_part)) continue;
        if (t != CT_TITLE_NONE && p->title == t) return (int32_t)i;
        if (compat < 0 && titles_compatible(p->title, t)) compat = (int32_t)i;
        if (best < 0) best = (int32_t)i;
    }
    return compat >= 0 ? compat : best;
}

/* person_lookup_form() of the name's text: a span_text() or a literal, kept for the article. */
static int32_t person_lookup(pctx *c, const char *name, ct_title t, int allow_part)
{
    ct_name_form tmp, *qf = name_form(c->an, name, strlen(name), 1, &tmp);
    return person_lookup_form(c, qf, qf != &tmp, t, allow_part);
}

/* Adds a person named name, first mentioned at token tok, and clears its slots in c->per and
 * the name cache; its index, or -1 when there are PEOPLE_MAX already or no memory. */
static int32_t person_add(pctx *c, const char *name, uint32_t tok)
{
    ct_analysis *an = c->an;
    if (an->people.n >= PEOPLE_MAX) return -1;
    ct_person *p = ct_vec_push(an->arena, &an->people);
    if (!p) return -1;
    p->name = name;
    p->first_tok = tok;
    size_t i = an->people.n - 1;
    c->per[i].bagged = 0;
    c->per[i].wsrc = NULL;
    an->name_cache->person[i] = NULL;
    return (int32_t)i;
}

static void person_note_title(ct_person *p, const title_occ *o)
{
    if (!o) return;
    if (p->title == CT_TITLE_NONE ||
        (p->title == CT_TITLE_OTHER && o->title != CT_TITLE_NONE && o->title != CT_TITLE_OTHER)) {
        if (o->title != CT_TITLE_NONE) {
            p->title = o->title;
            if (o->of) p->of = o->of;
            return;
        }
    }
    if (!p->of && o->of && (o->title == p->title || o->title == CT_TITLE_NONE)) p->of = o->of;
}

static int add_mention(ct_analysis *an, size_t s, size_t e, int32_t person, uint8_t kind,
                       const title_occ *o, uint32_t sent)
{
    ct_person_mention *m = ct_vec_push(an->arena, &an->person_mentions);
    if (!m) return CT_ENOMEM;
    m->tok = (uint32_t)s;
    m->ntok = (uint32_t)(e - s);
    m->person = person;
    m->kind = kind;
    m->sent = sent;
    if (o) {
        m->title = o->title;
        if (o->of && o->of == o->key) memcpy(m->of, o->key, sizeof m->of);
    }
    return 0;
}

/* Makes run r a mention of a (new or existing) person. */
static int run_to_person(pctx *c, name_run *r, int allow_new)
{
    ct_analysis *an = c->an;
    if (!allow_new && !an->people.n) return 0; /* no one to name: nothing to parse */
    title_occ *o = r->title >= 0 ? CT_VEC_AT(&c->occ, title_occ, r->title) : NULL;
    size_t ns = o && o->royal && o->te == r->s && r->words == 1 ? o->ts : r->s;
    /* a name that can name no one (run_unknown()) is refused before its text is copied and
     * parsed */
    if (!allow_new && run_unknown(c, ns, r->e)) return 0;
    const char *name;
    size_t nw;
    ct_name_form tmp, *qf = span_form(an, ns, r->e, &name, &nw, &tmp);
    if (!qf) return CT_ENOMEM;
    ct_title t = o ? o->title : CT_TITLE_NONE;
    int32_t p = person_lookup_form(c, qf, qf != &tmp, t, 1);
    if (p < 0) {
        /* an earlier short form ("Mayor Park") that this full name completes */
        for (size_t i = an->people.n; i-- > 0;) {
            ct_person *q = CT_VEC_AT(&an->people, ct_person, i);
            if (name_words(c, i) >= nw) continue;
            ct_name_form *qn = person_form(an, i, 0, q->name);
            int part = qn ? ct_name_form_part_of(qn, qf)
                          : ct_name_part_of(q->name, strlen(q->name), name, strlen(name));
            if (part && titles_compatible(q->title, t)) {
                p = (int32_t)i;
                break;
            }
        }
    }
    if (p < 0) {
        if (!allow_new) return 0;
        p = person_add(c, name, r->s);
        if (p < 0) return an->people.n >= PEOPLE_MAX ? 0 : CT_ENOMEM;
        c->per[p].wsrc = name; /* name_words(), counted already */
        c->per[p].nwords = nw;
        bag_add(c, (size_t)p, qf, qf != &tmp);
    } else if (!r->heading) {
        if (add_form(an, CT_VEC_AT(&an->people, ct_person, p), name) < 0) return CT_ENOMEM;
        bag_add(c, (size_t)p, qf, qf != &tmp);
    }
    r->person = p;
    if (o && o->poss && !o->of) {
        /* "the Deputy Mayor of X ... and her fellow councillors Y": X */
        const ct_person_mention *pm = an->person_mentions.items;
        for (size_t i = an->person_mentions.n; i-- > 0;) {
            if (pm[i].tok >= o->ts || pm[i].person < 0 || pm[i].person == p) continue;
            const ct_person *owner = CT_VEC_AT(&an->people, ct_person, pm[i].person);
            if (owner->of) o->of = owner->of;
            if (o->val && !strcmp(o->val, "deputy_of_owner"))
                o->title = owner->title == CT_TITLE_MAYOR || owner->title == CT_TITLE_GOVERNOR
                               ? CT_TITLE_DEPUTY_MAYOR
                               : CT_TITLE_OTHER;
            break;
        }
    }
    ct_person *pp = CT_VEC_AT(&an->people, ct_person, p);
    person_note_title(pp, o);
    c->gen++;
    if (o) o->used = 1;
    size_t s = r->s;
    if (o && o->te == r->s) s = o->ts; /* "Mayor Park": the mention covers the title */
    return add_mention(an, s, r->e, p, CT_PERM_NAME, o, r->sent);
}

/* Is run b separated from run a by a list separator ("," / "and" / ", and"), maybe after an
 * affiliation of a's ("Mark Bell of Tucson, Ann Cole of Mesa")? */
static int list_adjacent(const pctx *c, const name_run *a, const name_run *b)
{
    const ct_analysis *an = c->an;
    if (a->sent != b->sent || b->s <= a->e) return 0;
    size_t k = a->e;
    if (ct_tok_is(an, k, "of") && k + 1 < b->s) {
        k++;
        if (ct_tok_is(an, k, "the")) k++;
        size_t st, nt;
        const ct_place_mention *pm = ct_places_covering(an, k);
        if (pm)
            k = pm->tok + pm->ntok;
        else if (ct_orgs_covering(an, k, &st, &nt) >= 0)
            k = st + nt;
        else if (place_word(c, k, NULL))
            k++;
        else
            return 0;
    }
    size_t bs = b->s; /* "and Mr X" */
    bs = courtesy_start(c, bs, k);
    size_t gap = bs - k;
    /* 1: one list; 2: a semicolon, which separates groups (no shared plural title) */
    if (gap == 1) {
        if (ct_tok_is(an, k, ";")) return 2;
        return ct_tok_is(an, k, ",") || ct_tok_is(an, k, "and") || ct_tok_is(an, k, "&");
    }
    if (gap == 2 && ct_tok_is(an, k + 1, "and"))
        return ct_tok_is(an, k, ";") ? 2 : ct_tok_is(an, k, ",");
    return 0;
}

/* Affiliation after an untitled name: "Joe X from the University of Y", "Jane X of the Y
 * Association": the organisation, and its kind as the role. */
static void from_org(pctx *c, const name_run *r)
{
    ct_analysis *an = c->an;
    if (r->person < 0) return;
    ct_person *p = CT_VEC_AT(&an->people, ct_person, r->person);
    if (p->of) return;
    size_t k = r->e, end = an->sents[r->sent].tok + an->sents[r->sent].ntok;
    if (k + 1 >= end ||
        !(ct_tok_is(an, k, "from") || ct_tok_is(an, k, "of") || ct_tok_is(an, k, "at")))
        return;
    k++;
    if (k < end && ct_tok_is(an, k, "the")) k++;
    if (k >= end) return;
    int32_t og = ct_orgs_covering(an, k, NULL, NULL);
    if (og < 0) return;
    c->gen++;
    p->of = CT_VEC_AT(&an->orgs, ct_org, og)->name;
    if (p->title == CT_TITLE_NONE) {
        const char *kind = org_kind(c, og);
        p->title = !strcmp(kind, "business")   ? CT_TITLE_BUSINESS
                   : !strcmp(kind, "academic") ? CT_TITLE_ACADEMIC
                                               : CT_TITLE_OTHER;
    }
}

/* A headline's capitalised run ("Mayor Park Meets Ambassador"): the longest prefix naming a
 * known person; else a new person when a title precedes and the run ends the phrase
 * ("Tarnow Mayor Velk & Chairman Osuga in ..."). */
static int heading_run(pctx *c, name_run *r)
{
    ct_analysis *an = c->an;
    for (size_t e = r->e; e > r->s; e--) {
        if (!is_word(an, e - 1)) continue;
        /* it names no one, nor does a shorter prefix: its words are some of this one's */
        if (run_unknown(c, r->s, e)) break;
        const char *name = span_text(an, r->s, e);
        if (!name) return CT_ENOMEM;
        if (person_lookup(c, name, CT_TITLE_NONE, 1) >= 0) {
            /* the whole titled run naming a known person is a fuller form of the name */
            if (e == r->e && r->title >= 0) r->heading = 0;
            r->e = (uint32_t)e;
            return run_to_person(c, r, 0);
        }
    }
    const ct_sentence *st = &an->sents[r->sent];
    size_t hi = st->tok + st->ntok;
    /* a headline capitalises its verb: "Governor Kim Explains" */
    int trimmed = 0;
    if (r->title >= 0 && r->words >= 2 && c->verbs && is_word(an, r->e - 1) &&
        ct_lex_tok(c->verbs, an, r->e - 1) && r->e - 1 > r->s) {
        r->e--;
        r->words--;
        trimmed = 1;
    }
    if (r->title >= 0 && r->words <= 3 && CT_VEC_AT(&c->occ, title_occ, r->title)->te == r->s &&
        ((trimmed && r->words >= 2) || r->e >= hi || !is_word(an, r->e) || !is_cap(an, r->e))) {
        r->heading = 0; /* a titled name in a headline: its full form counts */
        return run_to_person(c, r, 1);
    }
    /* a caption "Somchai Wong, Thailand Consul General in Kunming": a name, a comma and
     * its title */
    if (r->title >= 0 && r->words >= 2 && r->words <= 4 && r->e < hi && ct_tok_is(an, r->e, ",") &&
        CT_VEC_AT(&c->occ, title_occ, r->title)->ts > r->e &&
        CT_VEC_AT(&c->occ, title_occ, r->title)->title != CT_TITLE_NONE) {
        r->heading = 0;
        return run_to_person(c, r, 1);
    }
    return 0;
}

/* "Deputy Mayors A, B and C", "Mayors A of X, B of Y": the list neighbour nb's plural title is
 * r's too, as a copy with r's own "of" when one follows r. */
static int apply_plural(pctx *c, name_run *r, const name_run *nb)
{
    ct_analysis *an = c->an;
    if (nb->title < 0 || !CT_VEC_AT(&c->occ, title_occ, nb->title)->plural) return 0;
    if ((nb->s < r->s ? list_adjacent(c, nb, r) : list_adjacent(c, r, nb)) != 1) return 0;
    title_occ copy = *CT_VEC_AT(&c->occ, title_occ, nb->title);
    title_occ *o = ct_vec_push(an->arena, &c->occ);
    if (!o) return CT_ENOMEM;
    *o = copy;
    o->used = 0;
    o->src1 = copy.src1 ? copy.src1 : nb->title + 1;
    r->title = (int)(c->occ.n - 1);
    const ct_sentence *st = &an->sents[r->sent];
    size_t hi = st->tok + st->ntok;
    if (r->e + 1 < hi && ct_tok_is(an, r->e, "of") && o->val) {
        o->of = NULL;
        occ_resolve(c, o, o->val, st->tok, hi, r->e);
    }
    return 0;
}

/* "A and B, Mayors of X and Y": a plural title after a list gives the k-th name the k-th
 * place ("X, State" counts once). */
static int respective(pctx *c)
{
    ct_analysis *an = c->an;
    name_run *runs = c->runs.items;
    for (size_t t = 0; t < c->occ.n; t++) {
        const title_occ *o = CT_VEC_AT(&c->occ, title_occ, t);
        if (!o->plural || o->src1) continue;
        int32_t who[8];
        size_t n = 0;
        for (size_t i = 0; i < c->runs.n && n < 8; i++) {
            if (runs[i].title < 0 || runs[i].person < 0 || runs[i].s > o->ts) continue;
            const title_occ *ro = CT_VEC_AT(&c->occ, title_occ, runs[i].title);
            if ((size_t)runs[i].title == t || (size_t)ro->src1 == t + 1) who[n++] = runs[i].person;
        }
        if (n < 2) continue;
        const ct_sentence *st = &an->sents[o->sent];
        const ct_place_mention *pm = an->places.items;
        const char *keys[8];
        size_t np = 0, last_end = 0;
        for (size_t i = 0; i < an->places.n && np < 8; i++) {
            if (pm[i].tok < o->te || pm[i].tok >= st->tok + st->ntok) continue;
            if (pm[i].flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)) continue;
            if (np && pm[i].tok == last_end + 1 && ct_tok_is(an, last_end, ",") &&
                pm[i].kind != CT_PLACE_CITY)
                continue; /* "Brownsville, Texas" */
            keys[np++] = pm[i].key;
            last_end = pm[i].tok + pm[i].ntok;
        }
        if (np != n) continue;
        for (size_t k = 0; k < n; k++) {
            ct_person *p = CT_VEC_AT(&an->people, ct_person, who[k]);
            if (p->title == o->title) p->of = keys[k];
        }
    }
    return 0;
}

static int decide(pctx *c)
{
    ct_analysis *an = c->an;
    name_run *runs = c->runs.items;
    size_t nr = c->runs.n;
    /* Pass 1: runs with evidence of their own. */
    for (size_t i = 0; i < nr; i++) {
        name_run *r = &runs[i];
        const ct_sentence *st = &an->sents[r->sent];
        size_t lo = st->tok, hi = st->tok + st->ntok;
        int known = known_evidence(c, r);
        int tb = title_before(c, r, lo, known);
        int ta = title_after(c, r, hi);
        /* "A, Mayor of X, B, ...": the title is A's, not B's */
        if (tb >= 0 && CT_VEC_AT(&c->occ, title_occ, tb)->used &&
            CT_VEC_AT(&c->occ, title_occ, tb)->te != r->s)
            tb = -1;
        /* a one-word name after a comma at the start of a sentence is an adverb ("Lastly,") */
        if (ta >= 0 && r->words == 1 && r->s == lo) ta = -1;
        r->title = tb;
        if (ta >= 0 && (tb < 0 || (!CT_VEC_AT(&c->occ, title_occ, tb)->of &&
                                   CT_VEC_AT(&c->occ, title_occ, ta)->of)))
            r->title = ta;
        /* "Mayor X of Busan", "Chairman X of the Y Chamber": the affiliation after the name */
        if (r->title >= 0 && r->e + 1 < hi && ct_tok_is(an, r->e, "of")) {
            title_occ *o = CT_VEC_AT(&c->occ, title_occ, r->title);
            if (!o->of && o->val) occ_resolve(c, o, o->val, lo, hi, r->e);
        }
        /* bylines: "By X", "Photo by X" */
        if (r->s > lo && ct_tok_is(an, r->s - 1, "by") &&
            (r->s - 1 == lo || ct_tok_is(an, r->s - 2, "photo") ||
             ct_tok_is(an, r->s - 2, "photos") || ct_tok_is(an, r->s - 2, "written") ||
             ct_tok_is(an, r->s - 2, "reported") || ct_tok_is(an, r->s - 2, "story") ||
             ct_tok_is(an, r->s - 2, "images")) &&
            r->title < 0) {
            r->heading = 1; /* resolves to a known person only */
            continue;
        }
        int verb = verb_evidence(c, r, lo, hi);
        int ev = 0;
        if (r->title >= 0)
            ev = 2;
        else if (prefix_evidence(c, r, lo))
            ev = 2;
        else if (known == 2)
            ev = 2;
        else if (verb && (r->words >= 2 || known))
            ev = 2;
        else if (known == 1)
            ev = 1;
        /* a single word with a title is a name ("Mayor Dunmore"); alone it needs a person */
        if (r->words == 1 && r->title < 0) ev = 0;
        /* headlines capitalise every word: only a title before or a known name counts */
        if (r->heading) ev = 0; /* headlines: resolved after the body, see heading_run() */
        r->strong = ev;
        if (ev >= 2) {
            int rc = run_to_person(c, r, 1);
            if (rc) return rc;
        }
    }
    for (size_t i = 0; i < nr; i++)
        from_org(c, &runs[i]);
    /* Pass 2: list neighbours of people, headlines, and short forms of known people. */
    for (int round = 0; round < 2; round++) {
        for (size_t i = 0; i < nr; i++) {
            name_run *r = &runs[i];
            if (r->person >= 0) {
                /* "Deputy Mayors Ahmet X and Mehmet Y": Y was a person already, untitled */
                const name_run *nb = NULL;
                if (i > 0 && runs[i - 1].person >= 0 && runs[i - 1].title >= 0 &&
                    list_adjacent(c, &runs[i - 1], r))
                    nb = &runs[i - 1];
                else if (i + 1 < nr && runs[i + 1].person >= 0 && runs[i + 1].title >= 0 &&
                         list_adjacent(c, r, &runs[i + 1]))
                    nb = &runs[i + 1];
                if (r->title < 0 && nb) {
                    int rc = apply_plural(c, r, nb);
                    if (rc) return rc;
                    if (r->title >= 0) {
                        person_note_title(CT_VEC_AT(&an->people, ct_person, r->person),
                                          CT_VEC_AT(&c->occ, title_occ, r->title));
                        c->gen++;
                    }
                }
                continue;
            }
            if (r->heading) {
                if (round == 0) {
                    int rc = heading_run(c, r);
                    if (rc) return rc;
                }
                continue;
            }
            const name_run *nb = NULL;
            if (r->words >= 2) {
                if (i > 0 && runs[i - 1].person >= 0 && list_adjacent(c, &runs[i - 1], r))
                    nb = &runs[i - 1];
                else if (i + 1 < nr && runs[i + 1].person >= 0 && list_adjacent(c, r, &runs[i + 1]))
                    nb = &runs[i + 1];
            }
            if (nb && r->title < 0) {
                int rc = apply_plural(c, r, nb);
                if (rc) return rc;
            }
            /* A run that named no known person and could make none does so again while no
             * person is added or changed (c->gen): its lookup is skipped. */
            if (!nb && r->miss == c->gen + 1) continue;
            int rc = run_to_person(c, r, nb != NULL);
            if (rc) return rc;
            if (!nb && r->person < 0) r->miss = c->gen + 1;
            from_org(c, r);
        }
    }
    return respective(c);
}

/* ---- title-only mentions and pronouns ---- */

#define SORT_RUN 64 /* mentions sorted by insertion before they are merged */

/* Sorts the n mentions m by their first token by insertion, mentions of one token in the order
 * given: few, and mostly runs already in text order (names, then titles, then pronouns). */
static void insertion_sort(ct_person_mention *m, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        if (m[i - 1].tok <= m[i].tok) continue;
        ct_person_mention x = m[i];
        size_t j = i;
        for (; j > 0 && m[j - 1].tok > x.tok; j--)
            m[j] = m[j - 1];
        m[j] = x;
    }
}

/* Sorts the n mentions m by their first token, mentions of one token in the order given (a
 * stable sort, which qsort() is not bound to be): blocks of SORT_RUN by insertion; past one
 * block, where insertion could take n * n steps, the blocks merged through scratch room of
 * a's. 0, or CT_ENOMEM. */
static int sort_mentions(ct_arena *a, ct_person_mention *m, size_t n)
{
    for (size_t lo = 0; lo < n; lo += SORT_RUN)
        insertion_sort(m + lo, n - lo < SORT_RUN ? n - lo : SORT_RUN);
    if (n <= SORT_RUN) return 0;
    ct_person_mention *t = ct_arena_alloc_raw(a, n * sizeof *t);
    if (!t) return CT_ENOMEM;
    for (size_t w = SORT_RUN; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = n - lo > w ? lo + w : n, hi = n - mid > w ? mid + w : n;
            size_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi) /* the left one on a tie: the order given */
                t[o++] = m[j].tok < m[i].tok ? m[j++] : m[i++];
            while (i < mid)
                t[o++] = m[i++];
            while (j < hi)
                t[o++] = m[j++];
        }
        memcpy(m, t, n * sizeof *m);
    }
    return 0;
}

/* Is title mention t another holder of the office than person, named in the same sentence
 * ("Mayor X welcomed the mayor of Madrid")? Not after "as" ("since being elected as the
 * Governor of Aomori"). */
static int other_holder(const ct_analysis *an, const ct_person_mention *m, size_t n,
                        const ct_person_mention *t, int32_t person)
{
    size_t k = t->tok;
    if (k > 0 && ct_tok_is(an, k - 1, "the")) k--;
    if (k > 0 && ct_tok_is(an, k - 1, "as")) return 0;
    for (size_t i = 0; i < n; i++)
        if (m[i].kind == CT_PERM_NAME && m[i].person == person && m[i].sent == t->sent) return 1;
    return 0;
}

/* May title mention t refer to person: the same title, no other place, and not another
 * holder of the office named beside it ("Mayor X welcomed the mayor of Madrid")? */
static int title_fits(const ct_analysis *an, const ct_person_mention *m, size_t n,
                      const ct_person_mention *t, int32_t person)
{
    const ct_person *p = CT_VEC_AT(&an->people, ct_person, person);
    if (p->title != t->title) return 0;
    if (t->of[0] && p->of && strcmp(p->of, t->of) != 0) return 0;
    return !(t->of[0] && !p->of && other_holder(an, m, n, t, person));
}

/* Is token i of sentence si (st) the narrator's "I": the word "I" outside quotation marks, not a
 * numeral after a capitalised word ("Phase I"; but "as Mayor I", after a title, is the narrator)?
 * Inlined: resolve_refs() asks it of every one-letter word. */
static inline __attribute__((always_inline)) int narrative_i(const pctx *c, const ct_sentence *st,
                                                             size_t si, size_t i)
{
    const ct_analysis *an = c->an;
    return an->toks[i].len == 1 && an->text[an->toks[i].off] == 'I' && is_word(an, i) &&
           !(i > st->tok && is_cap(an, i - 1) && !in_lex(c->titles, an, i - 1)) &&
           !ct_segment_quoted(an, si, i);
}

/* The subject of a sentence, for the pronouns of the next: the person its first mention
 * names, past a fronted phrase, or the speaker of its closing attribution (note_subject()). */
typedef struct {
    int32_t person; /* or -1 */
    uint32_t sent;
    uint32_t end; /* the token past the mentions of person so far */
    int fronted;  /* person may stand in a phrase before the subject ("After talks with X, Y") */
    int speaker;  /* person is the closing attribution's speaker (speaker_of()): final */
} ref_subject;

/* The gender pronoun token i tells: 'm' ("he", "him", "his"), 'f' ("she", "her"), or 0. */
static char pronoun_gender(const ct_analysis *an, size_t i)
{
    if (ct_tok_is(an, i, "he") || ct_tok_is(an, i, "him") || ct_tok_is(an, i, "his")) return 'm';
    if (ct_tok_is(an, i, "she") || ct_tok_is(an, i, "her")) return 'f';
    return 0;
}

/* The gender a courtesy word right before name mention m, or inside it ("Mayor Mr. X"), tells:
 * 'm', 'f' (the value of data/name_gender.tsv), or 0 ("Dr", "Hon" and the like tell none). */
static char mention_gender(const pctx *c, const ct_person_mention *m)
{
    const ct_analysis *an = c->an;
    size_t k = m->tok;
    if (k > 0 && ct_tok_is(an, k - 1, ".")) k--;
    if (k > 0) k--;
    for (; k < m->tok + m->ntok; k++) {
        const char *g = is_cap(an, k) && c->gender ? ct_lex_tok(c->gender, an, k) : NULL;
        if (g) return *g;
    }
    return 0;
}

/* Is token i a verb of speaking ("said", "added", "told")? */
static int speech_verb(const pctx *c, size_t i)
{
    return c->speech && ct_lex_tok(c->speech, c->an, i) != NULL;
}

/* Is mention m the speaker of its sentence's closing attribution, after a comma or a quotation
 * mark: "..., Mayor X of Y said", "...," the mayor added", "..., said X"? Such a speaker is the
 * sentence's subject, though a person named in what was said comes first. */
static int speaker_of(const pctx *c, const ct_person_mention *m)
{
    const ct_analysis *an = c->an;
    size_t lo = an->sents[m->sent].tok, end = lo + an->sents[m->sent].ntok;
    size_t k = m->tok, e = m->tok + m->ntok;
    if (e + 1 < end && ct_tok_is(an, e, "of") && is_cap(an, e + 1)) /* "Mayor X of Seattle said" */
        for (e++; e < end && is_cap(an, e); e++)
            ;
    if (k > lo && ct_tok_is(an, k - 1, "the")) k--;
    /* a verb of speaking: ", welcomed Mayor X" is no attribution */
    if (k > lo && verb_kind(c, k - 1, "obj") && speech_verb(c, k - 1))
        k--;
    else if (!(e < end && verb_kind(c, e, "subj") && speech_verb(c, e)))
        return 0;
    if (k == lo || !(an->toks[k - 1].flags & CT_TOK_PUNCT)) return 0;
    const char *p = ct_tok_text(an, k - 1);
    return p[0] == ',' || p[0] == '"' || !strncmp(p, "\xe2\x80\x9d", 3) ||
           !strncmp(p, "\xe2\x80\x99", 3);
}

/* May mention m, its sentence's first, stand in a phrase fronted before the subject: after a
 * word in lower case ("Following talks with Mayor X, ...", "After meeting X, ..."), not in a
 * sentence that opens with an article ("The wife of X ...")? */
static int fronted_at(const ct_analysis *an, const ct_person_mention *m)
{
    size_t lo = an->sents[m->sent].tok, k = m->tok;
    if (k > lo && ct_tok_is(an, k - 1, "the")) k--;
    if (k == lo || !is_word(an, k - 1) || is_cap(an, k - 1)) return 0;
    return !(ct_tok_is(an, lo, "the") || ct_tok_is(an, lo, "a") || ct_tok_is(an, lo, "an"));
}

/* Notes resolved mention m, of its sentence, in the sentence's subject s: the first resolved
 * mention's person; past a comma that closes a fronted phrase, the next person; a closing
 * attribution's speaker over either. */
static void note_subject(const pctx *c, ref_subject *s, const ct_person_mention *m)
{
    const ct_analysis *an = c->an;
    if (m->person < 0 || s->speaker) return;
    uint32_t end = m->tok + m->ntok;
    if (s->person < 0) {
        *s = (ref_subject){m->person, m->sent, end, fronted_at(an, m), 0};
        return;
    }
    if (m->kind != CT_PERM_PRONOUN && speaker_of(c, m)) {
        *s = (ref_subject){m->person, m->sent, end, 0, 1};
        return;
    }
    if (!s->fronted) return;
    uint32_t k = s->end;
    while (k < m->tok && !ct_tok_is(an, k, ","))
        k++;
    if (k < m->tok) s->fronted = 0, s->person = m->person; /* "..., Ambassador Y" */
    s->end = end;
}

static int resolve_refs(pctx *c)
{
    ct_analysis *an = c->an;
    /* title-only mentions */
    title_occ *occ = c->occ.items;
    for (size_t i = 0; i < c->occ.n; i++) {
        if (occ[i].used || occ[i].title == CT_TITLE_NONE) continue;
        /* "the Mayor", "Busan Mayor", "the Chinese Consul General" */
        size_t s = occ[i].ts;
        int rc = add_mention(an, s, occ[i].te, -1, CT_PERM_TITLE, &occ[i], occ[i].sent);
        if (rc) return rc;
    }
    /* pronouns; and on the way, for narrator(), the narrator's "I"s outside headlines */
    for (size_t si = 0; si < an->nsents; si++) {
        const ct_sentence *st = &an->sents[si];
        if (st->flags & CT_SENT_BOILER) continue;
        const ct_token *t = an->toks;
        for (size_t i = st->tok, end = st->tok + st->ntok; i < end; i++) {
            if (t[i].len > 3 || !(t[i].flags & CT_TOK_WORD)) continue; /* most words: longer */
            if (t[i].len == 1) {                                       /* no pronoun */
                c->narrative_is += !(st->flags & CT_SENT_TITLE) && narrative_i(c, st, si, i);
                continue;
            }
            /* every pronoun begins with an h or an s: most short words ("the", "of") are
             * refused by their first byte, lowered (ct_tok_is() compares ASCII case aside) */
            unsigned char c0 = (unsigned char)an->text[t[i].off] | 0x20;
            if (c0 != 'h' && c0 != 's') continue;
            if (pronoun_gender(an, i)) { /* "he", "him", "his", "she", "her" */
                int rc = add_mention(an, i, i + 1, -1, CT_PERM_PRONOUN, NULL, (uint32_t)si);
                if (rc) return rc;
            }
        }
    }
    ct_person_mention *m = an->person_mentions.items;
    size_t n = an->person_mentions.n;
    int rc = sort_mentions(an->arena, m, n);
    if (rc) return rc;
    /* resolve in text order; each person's gender, once a courtesy word or a pronoun tells it */
    char *gender = ct_arena_alloc(an->arena, an->people.n + 1);
    if (!gender) return CT_ENOMEM;
    int32_t last_named = -1;
    uint32_t last_sent = 0;
    /* the subjects of the last sentence that had one, and of this one */
    ref_subject prev = {-1, 0, 0, 0, 0}, cur = {-1, 0, 0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        if (m[i].sent != cur.sent) {
            if (cur.person >= 0) prev = cur;
            cur = (ref_subject){-1, m[i].sent, 0, 0, 0};
        }
        int opens = i == 0 || m[i - 1].sent != m[i].sent; /* the sentence's first mention */
        if (m[i].kind == CT_PERM_NAME) {
            last_named = m[i].person;
            last_sent = m[i].sent;
            char g = mention_gender(c, &m[i]);
            if (last_named >= 0 && g) gender[last_named] = g;
            note_subject(c, &cur, &m[i]);
            continue;
        }
        if (m[i].kind == CT_PERM_PRONOUN) {
            char g = pronoun_gender(an, m[i].tok);
            /* "He", "she" opening its sentence's mentions go on with the last sentence's
             * subject ("Mayor A met Mayor B. He then flew to Hanoi": A), any other pronoun the
             * person named last; the other of the two when the first is none or known to be of
             * the other gender ("Mr. A met Mayor B. She ...": B) */
            int32_t subj = prev.sent + 2 >= m[i].sent ? prev.person : -1;
            int first = opens && (ct_tok_is(an, m[i].tok, "he") || ct_tok_is(an, m[i].tok, "she"));
            int32_t cand[2] = {first ? subj : last_named, first ? last_named : subj};
            for (int k = 0; k < 2 && m[i].sent <= last_sent + 2 && m[i].person < 0; k++)
                if (cand[k] >= 0 && !(g && gender[cand[k]] && gender[cand[k]] != g))
                    m[i].person = cand[k];
            /* a "her" may be a country's or a city's ("Korea and her people"): it tells none */
            if (m[i].person >= 0 && g && !gender[m[i].person] && !ct_tok_is(an, m[i].tok, "her"))
                gender[m[i].person] = g;
            note_subject(c, &cur, &m[i]);
            continue;
        }
        /* title: the latest person mentioned with this title (and affiliation) */
        for (size_t j = i; j-- > 0;) {
            if (m[j].person < 0 || !title_fits(an, m, n, &m[i], m[j].person)) continue;
            m[i].person = m[j].person;
            break;
        }
        if (m[i].person < 0) { /* a person named later with this title (and place) */
            for (size_t j = i + 1; j < n; j++) {
                if (m[j].kind != CT_PERM_NAME || m[j].person < 0) continue;
                if (!title_fits(an, m, n, &m[i], m[j].person)) continue;
                m[i].person = m[j].person;
                break;
            }
        }
        /* "the Chinese Consul General ... Consul General Cheon": the title mention's country */
        if (m[i].person >= 0 && m[i].of[0] && is_diplomat(m[i].title)) {
            ct_person *p = CT_VEC_AT(&an->people, ct_person, m[i].person);
            if (!p->of) p->of = ct_arena_strndup(an->arena, m[i].of, strlen(m[i].of));
        }
        if (m[i].person >= 0) {
            last_named = m[i].person;
            last_sent = m[i].sent;
        }
        note_subject(c, &cur, &m[i]);
    }
    return 0;
}

/* ---- affiliations through organisations and regions ---- */

/* Does organisation og's name hold the word w (case-sensitive, whole word)? */
static int org_has_word(const ct_analysis *an, int32_t og, const char *w)
{
    const char *name = CT_VEC_AT(&an->orgs, ct_org, og)->name;
    size_t wl = strlen(w);
    for (const char *q = name; (q = strstr(q, w)) != NULL; q += wl)
        if ((q == name || q[-1] == ' ') && (q[wl] == '\0' || q[wl] == ' ')) return 1;
    return 0;
}

/* The first mention of organisation og: sets *st and *nt; 0 when none. */
static int org_span(const ct_analysis *an, int32_t og, size_t *st, size_t *nt)
{
    const ct_org_mention *m = an->org_mentions.items;
    for (size_t i = 0; i < an->org_mentions.n; i++)
        if (m[i].org == og) {
            *st = m[i].tok;
            *nt = m[i].ntok;
            return 1;
        }
    return 0;
}

/* An affiliation that is an organisation of government, read through to a place: an embassy,
 * consulate or mission (head value "gov in", data/org_heads.tsv) to the country its name gives
 * ("Russian Embassy", "Embassy of France in Seoul" -> cc:RU, cc:FR; not the posting after
 * "in"); another government office named with a city ("Tianjin Foreign Affairs Office",
 * "Foreign Affairs Office of Shenzhen Municipal Government") or a municipal body ("CPC Chengdu
 * Municipal Committee") to that city; a national office with no city to its country ("the
 * Ministry of Foreign Affairs of China"). Unchanged otherwise. */
static void org_to_place(const pctx *c, title_occ *o, int32_t og)
{
    const ct_analysis *an = c->an;
    const char *kind = org_kind(c, og);
    /* a municipal or provincial body ("CPC Chengdu Municipal Committee", "Guangdong
     * Provincial Department of Commerce") is the city's or the region's too */
    int regional = org_has_word(an, og, "Provincial") || org_has_word(an, og, "Prefectural") ||
                   org_has_word(an, og, "Regional");
    if (strcmp(kind, "gov") != 0 &&
        !(strcmp(kind, "council") == 0 || org_has_word(an, og, "Committee") ||
          org_has_word(an, og, "Government")))
        return; /* a friendship federation of a prefecture's assembly is an association */
    if (strcmp(kind, "gov") != 0 &&
        !(org_has_word(an, og, "Municipal") || org_has_word(an, og, "Metropolitan") || regional))
        return;
    const ct_lexicon *heads = c->heads;
    size_t st, nt;
    if (!heads || !org_span(an, og, &st, &nt)) return;
    int mission = 0;
    for (size_t q = st; q < st + nt; q++) {
        const char *v = ct_lex_tok(heads, an, q);
        if (v && strstr(v, " in")) mission = 1;
    }
    /* a country or demonym in the name or just before it ("the Russian Embassy"); a word of
     * the name the places stage left out is resolved alone, unless a common or head word */
    size_t from = st > 0 && ct_places_covering(an, st - 1) ? st - 1 : st;
    ct_place_mention tmp, country, region;
    int has_country = 0, has_region = 0;
    for (size_t q = from; q < st + nt; q++) {
        if (q > st && ct_tok_is(an, q, "in") && mission) break;
        const ct_place_mention *pm = ct_places_covering(an, q);
        if (!pm && is_cap(an, q) && !in_lex(c->nstop, an, q) && !in_lex(heads, an, q) &&
            !in_lex(c->stop, an, q))
            pm = place_at(an, q, &tmp);
        if (!pm) continue;
        if (mission && !strncmp(pm->key, "cc:", 3)) {
            occ_set_place(o, pm);
            return;
        }
        if (!mission && regional && !(pm->flags & CT_PM_DEMONYM) &&
            (pm->kind == CT_PLACE_CITY || pm->kind == CT_PLACE_ADMIN1)) {
            const char *rk = pm->kind == CT_PLACE_CITY ? region_of_city(c, pm->key, 0) : pm->key;
            snprintf(o->key, sizeof o->key, "%s", rk);
            o->of = o->key;
            return;
        }
        if (!mission && pm->kind == CT_PLACE_CITY && !(pm->flags & CT_PM_DEMONYM)) {
            occ_set_place(o, pm);
            return;
        }
        if (!mission && !has_region && pm != &tmp && pm->kind == CT_PLACE_ADMIN1 &&
            !(pm->flags & CT_PM_DEMONYM)) {
            region = *pm;
            has_region = 1;
        }
        if (pm != &tmp && (!(pm->flags & CT_PM_DEMONYM) || pm->tok == st) &&
            !strncmp(pm->key, "cc:", 3)) {
            country = *pm;
            has_country = 1;
        }
        if (pm != &tmp) q = pm->tok + pm->ntok - 1;
    }
    /* a national ministry or its department ("the Ministry of Foreign Affairs of China") */
    /* a region's office ("Qabala District Executive Power"), else a national ministry */
    if (!mission && has_region && !strcmp(kind, "gov"))
        occ_set_place(o, &region);
    else if (!mission && has_country && !strcmp(kind, "gov"))
        occ_set_place(o, &country);
}

/* The region named like a governor's city ("Governor of Tokyo": the prefecture Tokyo, not the
 * city) in the same country (any_country: anywhere, "Premier of Ontario"), or key itself when
 * the gazetteer has none. */
static const char *region_of_city(const pctx *c, const char *key, int any_country)
{
    const ct_analysis *an = c->an;
    if (!an->ctx || !an->ctx->gaz) return key;
    ct_gaz_entry e, cand[16];
    if (ct_gaz_get(an->ctx->gaz, key, &e) != 0 || !e.name) return key;
    char k[128];
    ct_key(k, sizeof k, e.name, strlen(e.name));
    size_t n = ct_gaz_lookup(an->ctx->gaz, k, cand, 16);
    for (size_t i = 0; i < n; i++)
        if (cand[i].kind == CT_PLACE_ADMIN1 && !cand[i].alt &&
            (any_country || !strcmp(cand[i].cc, e.cc)))
            return ct_arena_strndup(an->arena, cand[i].key, strlen(cand[i].key));
    return key;
}

/* The office a courtesy prefix before the run states ("Cllr" -> council_member, data/
 * name_prefixes.tsv value), or CT_TITLE_NONE. */
static ct_title prefix_title(const pctx *c, const name_run *r)
{
    const ct_analysis *an = c->an;
    size_t lo = an->sents[r->sent].tok;
    for (size_t k = r->s; k > lo;) {
        k--;
        if (ct_tok_is(an, k, ".")) continue;
        const char *v = c->prefixes ? ct_lex_tok(c->prefixes, an, k) : NULL;
        if (!v) break;
        if (*v) return ct_title_parse(v);
    }
    return CT_TITLE_NONE;
}

/* ---- the host and the guests ---- */

/* Is place mention pm the home of visitors: "a delegation from X", "officials from the city of
 * X", "an X delegation", "X's trade mission" (data/guest_nouns.tsv)? */
static int guest_words(const pctx *c, const ct_place_mention *pm)
{
    const ct_analysis *an = c->an;
    if (!c->guest || pm->sent >= an->nsents) return 0;
    const ct_sentence *st = &an->sents[pm->sent];
    size_t lo = st->tok, hi = st->tok + st->ntok;
    size_t k = pm->tok;
    for (int n = 0; n < 3 && k > lo &&
                    (ct_tok_is(an, k - 1, "the") || ct_tok_is(an, k - 1, "city") ||
                     ct_tok_is(an, k - 1, "of") || ct_tok_is(an, k - 1, "town"));
         n++)
        k--;
    if (k > lo + 1 && ct_tok_is(an, k - 1, "from")) {
        /* the noun within five words before "from": "a 12-member delegation from" */
        for (size_t q = k - 1, n = 0; q > lo && n < 5; n++) {
            q--;
            if (ct_tok_is(an, q, ",") || ct_tok_is(an, q, ";")) break;
            if (is_word(an, q) && !is_cap(an, q) && in_lex(c->guest, an, q)) return 1;
        }
    }
    size_t e = pm->tok + pm->ntok;
    if (e + 1 < hi && (an->toks[e].flags & CT_TOK_PUNCT) && ct_tok_is(an, e + 1, "s")) e += 2;
    for (int n = 0; n < 3 && e < hi && is_word(an, e); n++, e++) {
        const char *v = ct_lex_tok(c->guest, an, e);
        if (v && !strcmp(v, "both") && !is_cap(an, e)) return 1;
    }
    return 0;
}

/* guest_words() of pm, one of an->places, asked once per mention (c->guests): home_place() asks
 * it of every place for each person, led_delegation() for each run it reads. */
static int guest_place(const pctx *c, const ct_place_mention *pm)
{
    size_t i = (size_t)(pm - (const ct_place_mention *)c->an->places.items);
    if (!c->guests) return guest_words(c, pm);
    if (!c->guests[i]) c->guests[i] = (uint8_t)(1 + guest_words(c, pm));
    return c->guests[i] - 1;
}

/* Is place mention pm followed by "County" ("Changnyeong County": a county named like its
 * seat, whose head is a governor)? */
static int county_after(const ct_analysis *an, const ct_place_mention *pm)
{
    size_t e = pm->tok + pm->ntok;
    return (e < an->ntoks && ct_tok_is(an, e, "County")) ||
           (pm->ntok > 1 && ct_tok_is(an, e - 1, "County"));
}

/* The place of a delegation a person leads: "a delegation from X ..., led by Deputy Mayor Y",
 * "Y led a delegation from X", "an X delegation headed by Y", "a delegation from X, including
 * Governor Y and Z, the Assembly Chairman". The visitors' place (a region's too, but for a
 * mayor) in the same
 * sentence, of the kind the title needs; NULL when none. */
static const char *led_delegation(const pctx *c, const name_run *r, int kind)
{
    const ct_analysis *an = c->an;
    const ct_sentence *st = &an->sents[r->sent];
    size_t lo = st->tok, hi = st->tok + st->ntok;
    size_t b = r->s;
    if (r->title >= 0) {
        const title_occ *o = CT_VEC_AT(&c->occ, title_occ, r->title);
        if (o->te <= r->s && o->ts < b) b = o->ts;
    }
    while (b > lo && (ct_tok_is(an, b - 1, "the") || ct_tok_is(an, b - 1, "its") ||
                      ct_tok_is(an, b - 1, "their")))
        b--;
    /* a later member of the list: "including Governor A and B, the Assembly Chairman" */
    if (b > lo && (ct_tok_is(an, b - 1, "and") || ct_tok_is(an, b - 1, ","))) {
        size_t q = b;
        for (int n = 0; n < 24 && q > lo + 1; n++) {
            size_t w = q - 1;
            if (ct_tok_is(an, w, "including") || ct_tok_is(an, w, "comprising") ||
                (ct_tok_is(an, w, "of") && ct_tok_is(an, w - 1, "consisting")) ||
                (ct_tok_is(an, w, "by") &&
                 (ct_tok_is(an, w - 1, "led") || ct_tok_is(an, w - 1, "headed")))) {
                b = q;
                break;
            }
            if (!(is_cap(an, w) || ct_tok_is(an, w, ",") || ct_tok_is(an, w, "and") ||
                  ct_tok_is(an, w, "the") || ct_tok_is(an, w, ".") || ct_tok_is(an, w, "-") ||
                  (is_word(an, w) && in_lex(c->titles, an, w))))
                break;
            q = w;
        }
        while (b > lo && (ct_tok_is(an, b - 1, "and") || ct_tok_is(an, b - 1, ",")))
            b--;
        if (!(b > lo && (ct_tok_is(an, b - 1, "including") || ct_tok_is(an, b - 1, "comprising") ||
                         ct_tok_is(an, b - 1, "by") || ct_tok_is(an, b - 1, "of"))))
            b = r->s;
    }
    size_t from = 0, to = 0; /* where to look for the visitors' place */
    if ((b > lo + 1 && ct_tok_is(an, b - 1, "by") &&
         (ct_tok_is(an, b - 2, "led") || ct_tok_is(an, b - 2, "headed"))) ||
        (b > lo && (ct_tok_is(an, b - 1, "including") || ct_tok_is(an, b - 1, "comprising"))) ||
        (b > lo + 1 && ct_tok_is(an, b - 1, "of") && ct_tok_is(an, b - 2, "consisting"))) {
        from = lo;
        to = b;
    } else {
        size_t k = r->e;
        /* "Mayor Y and officials from X visited": Y came with X's party */
        if (k < hi && ct_tok_is(an, k, "and")) {
            for (size_t q = k + 1; q < hi && q < k + 6; q++) {
                if (!(is_word(an, q) && !is_cap(an, q))) break;
                if (in_lex(c->guest, an, q) && q + 1 < hi && ct_tok_is(an, q + 1, "from")) {
                    const ct_place_mention *pm = ct_places_covering(an, q + 2);
                    if (!pm && q + 3 < hi && ct_tok_is(an, q + 2, "the"))
                        pm = ct_places_covering(an, q + 3);
                    if (pm && pm->kind == kind && !(pm->flags & CT_PM_DEMONYM)) return pm->key;
                    break;
                }
            }
        }
        if (k < hi && ct_tok_is(an, k, ",")) { /* "Y, the deputy mayor, led" */
            size_t q = k + 1;
            while (q < hi && q < k + 8 && !ct_tok_is(an, q, ","))
                q++;
            if (q < hi && ct_tok_is(an, q, ",")) k = q + 1;
        }
        if (k < hi && (ct_tok_is(an, k, "led") || ct_tok_is(an, k, "leads") ||
                       ct_tok_is(an, k, "headed") || ct_tok_is(an, k, "heads") ||
                       ct_tok_is(an, k, "leading") || ct_tok_is(an, k, "heading"))) {
            from = k + 1;
            to = k + 10 < hi ? k + 10 : hi;
        }
    }
    if (to <= from) return NULL;
    /* "led by": the nearest before, else the first after the name ("The delegation, headed by
     * Y, arrived from X"); "led": the first after */
    int by = from == lo;
    if (by) to = hi;
    /* a city's staff may come with a region's delegation; its mayor is a city's */
    int mayor = r->title >= 0 && CT_VEC_AT(&c->occ, title_occ, r->title)->title == CT_TITLE_MAYOR;
    const ct_place_mention *pm = an->places.items, *best = NULL;
    /* "A delegation from X arrived. The visitors, led by Y, toured": the sentence before */
    if (by) {
        for (size_t i = 0; i < an->places.n; i++) {
            if (pm[i].sent + 2 < r->sent || pm[i].sent >= r->sent) continue;
            if ((pm[i].flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)) || pm[i].kind != kind) continue;
            if (guest_place(c, &pm[i])) best = &pm[i];
        }
        /* only when this sentence names the visitors ("the visitors", "the delegation") */
        int visitors = 0;
        for (size_t q = lo; q < b && !visitors; q++)
            visitors = is_word(an, q) && !is_cap(an, q) && in_lex(c->guest, an, q) &&
                       !ct_tok_is(an, q - (q > lo), "from");
        if (!visitors) best = NULL;
    }
    for (size_t i = 0; i < an->places.n; i++) {
        if (pm[i].tok < from || pm[i].tok >= to || pm[i].sent != r->sent) continue;
        if ((pm[i].flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)) ||
            !(pm[i].kind == kind ||
              (kind == CT_PLACE_CITY && !mayor && pm[i].kind == CT_PLACE_ADMIN1) ||
              (kind == CT_PLACE_ADMIN1 && pm[i].kind == CT_PLACE_CITY && county_after(an, &pm[i]))))
            continue;
        if (by && pm[i].tok >= b && pm[i].tok < r->e) continue;
        if (by && pm[i].tok >= r->e && best && best->sent == r->sent) break;
        if (guest_place(c, &pm[i])) best = &pm[i];
        if (best && best->sent == r->sent && (!by || pm[i].tok >= r->e)) break;
    }
    return best ? best->key : NULL;
}

/* Is the run's title that of a past holder: "former Mayor X", "ex-Mayor X", "the late"? */
static int title_former(const pctx *c, const name_run *r)
{
    const ct_analysis *an = c->an;
    if (r->title < 0) return 0;
    const title_occ *o = CT_VEC_AT(&c->occ, title_occ, r->title);
    size_t k = o->ts, lo = an->sents[r->sent].tok;
    if (k > lo && ct_tok_is(an, k - 1, "-")) k--;
    return k > lo && (ct_tok_is(an, k - 1, "former") || ct_tok_is(an, k - 1, "ex") ||
                      ct_tok_is(an, k - 1, "late") || ct_tok_is(an, k - 1, "then"));
}

/* The dateline's city: the first body line opening with a place in capitals or followed by a
 * dash ("SAN DIEGO -", "SEOUL, May 3 (Yonhap) --", "Mission, Texas - "); an agency's
 * dateline only when the body names the city again (else *agency_tok receives the
 * dateline's first token). Writes key[24]; returns 1, or 0 when the article has no city
 * dateline. */
static int dateline_city(const pctx *c, char key[24], size_t *agency_tok)
{
    const ct_analysis *an = c->an;
    size_t si = 0;
    while (si < an->nsents && (an->sents[si].flags & (CT_SENT_TITLE | CT_SENT_BOILER)))
        si++;
    if (si >= an->nsents) return 0;
    size_t s = an->sents[si].tok, hi = s + an->sents[si].ntok, k = s;
    if (s > 0 && !(an->toks[s].flags & CT_TOK_NL)) return 0;
    int upper = 1;
    while (k < hi && k < s + 4 && is_cap(an, k)) {
        upper &= (an->toks[k].flags & CT_TOK_UPPER) != 0;
        k++;
    }
    if (k == s || k >= hi) return 0;
    size_t e = k;
    if (ct_tok_is(an, k, ",")) { /* ", Texas -" */
        size_t q = k + 1;
        while (q < hi && q < k + 4 && is_cap(an, q))
            q++;
        if (q > k + 1 && q < hi) k = q;
    }
    int dash = ct_tok_is(an, k, "-") || ct_tok_is(an, k, "\xe2\x80\x93") ||
               ct_tok_is(an, k, "\xe2\x80\x94");
    if (!dash && !(upper && (ct_tok_is(an, e, ",") || ct_tok_is(an, e, "(")))) return 0;
    const ct_place_mention *pm = ct_places_covering(an, s);
    if (pm && pm->tok == s && pm->tok + pm->ntok == e) {
        if (pm->kind != CT_PLACE_CITY) return 0;
        memcpy(key, pm->key, 24);
        key[23] = '\0';
    } else {
        if (!an->ctx) return 0;
        const char *t = ct_tok_text(an, s);
        size_t n = an->toks[e - 1].off + an->toks[e - 1].len - an->toks[s].off;
        if (ct_places_resolve(an->ctx, t, n, key) != CT_PLACE_CITY) return 0;
    }
    /* "SEOUL, March 3 (Yonhap) --": a news agency's bureau, the story's city only when the
     * body names it again */
    int agency = 0;
    for (size_t q = e; q + 2 < hi && q < e + 8 && !agency; q++)
        agency = ct_tok_is(an, q, "(") && is_cap(an, q + 1) && ct_tok_is(an, q + 2, ")");
    if (!agency) return 1;
    const ct_place_mention *pl = an->places.items;
    for (size_t i = 0; i < an->places.n; i++)
        if (pl[i].tok >= e + 3 && !(pl[i].flags & CT_PM_DEMONYM) && !strcmp(pl[i].key, key))
            return 1;
    *agency_tok = s; /* the bureau's name counts for nothing */
    return 0;
}

/* The place of the given kind the article names most, among those no person with the same
 * title already represents ("Mayor Park" in an article about Busan and Seattle, whose mayor
 * is named as Seattle's, is Busan's; nor an unnamed one: "the mayor of Madrid") and other
 * than the visitors' homes (guest_place()); the
 * dateline city (key, may be empty) first when no such person has it, an agency's bureau
 * (token agency_tok) not at all, nor where the person (index person) travelled (trip_of());
 * former (a "former
 * Mayor") allows a place with a present holder. NULL when none. */
/* Is place mention pm where person went: after a trip's verb ("visited", "toured", "trip
 * to": data/guest_nouns.tsv value "dest") in a sentence naming the person before it? */
static int trip_of(const pctx *c, const ct_place_mention *pm, int32_t person)
{
    const ct_analysis *an = c->an;
    if (!c->guest || person < 0 || pm->sent >= an->nsents) return 0;
    size_t lo = an->sents[pm->sent].tok;
    size_t verb = SIZE_MAX;
    for (size_t q = pm->tok, n = 0; q > lo && n < 6; n++) {
        q--;
        const char *v =
            is_word(an, q) && (!is_cap(an, q) || (an->sents[pm->sent].flags & CT_SENT_TITLE))
                ? ct_lex_tok(c->guest, an, q)
                : NULL;
        if (v && strstr(v, "dest")) {
            verb = q;
            break;
        }
    }
    if (verb == SIZE_MAX) return 0;
    const ct_person_mention *m = an->person_mentions.items;
    for (size_t i = 0; i < an->person_mentions.n; i++) {
        if (m[i].person != person || m[i].sent != pm->sent || m[i].tok >= verb ||
            m[i].kind == CT_PERM_PRONOUN)
            continue;
        /* the person is the traveller: no other subject between ("welcomed visitors who
         * toured X") */
        int other = 0;
        for (size_t q = m[i].tok + m[i].ntok; q < verb && !other; q++)
            other = is_word(an, q) && !is_cap(an, q) &&
                    (ct_tok_is(an, q, "who") || ct_tok_is(an, q, "which") ||
                     ct_tok_is(an, q, "that") || in_lex(c->guest, an, q) || verb_kind(c, q, "obj"));
        if (!other) return 1;
    }
    return 0;
}

static const char *home_place(const pctx *c, ct_title title, int kind, const char *dateline,
                              size_t agency_tok, int former, int32_t person)
{
    const ct_analysis *an = c->an;
    enum { MAXK = 64 };
    const char *keys[MAXK];
    size_t counts[MAXK], nk = 0;
    /* one per place, but a former mayor shares the city with the present one */
    int unique = (title == CT_TITLE_MAYOR || title == CT_TITLE_GOVERNOR) && !former;
    if (dateline && *dateline && kind == CT_PLACE_CITY) {
        int taken = 0;
        for (size_t q = 0; unique && q < an->people.n && !taken; q++) {
            const ct_person *p = CT_VEC_AT(&an->people, ct_person, q);
            taken = p->title == title && p->of && !strcmp(p->of, dateline);
        }
        if (!taken) return dateline;
    }
    const ct_place_mention *pm = an->places.items;
    const ct_person_mention *men = an->person_mentions.items;
    for (size_t i = 0; i < an->places.n; i++) {
        if ((pm[i].flags & (CT_PM_DEMONYM | CT_PM_IN_ORG)) || pm[i].kind != kind) continue;
        if (guest_place(c, &pm[i]) || pm[i].tok == agency_tok || trip_of(c, &pm[i], person))
            continue;
        /* an unnamed holder of the office there: "the mayor of Madrid" */
        int other = 0;
        for (size_t q = 0; unique && q < an->person_mentions.n && !other; q++)
            other = men[q].kind == CT_PERM_TITLE && men[q].person < 0 && men[q].title == title &&
                    !strcmp(men[q].of, pm[i].key);
        if (other) continue;
        size_t k = 0;
        while (k < nk && strcmp(keys[k], pm[i].key) != 0)
            k++;
        if (k == nk) {
            if (nk == MAXK) continue;
            keys[nk] = pm[i].key;
            counts[nk++] = 0;
        }
        counts[k]++;
    }
    const char *best = NULL;
    size_t best_n = 0;
    for (size_t k = 0; k < nk; k++) {
        if (counts[k] <= best_n) continue;
        int taken = 0;
        for (size_t q = 0; unique && q < an->people.n && !taken; q++) {
            const ct_person *p = CT_VEC_AT(&an->people, ct_person, q);
            taken = p->title == title && p->of && !strcmp(p->of, keys[k]);
        }
        if (taken) continue;
        best_n = counts[k];
        best = keys[k];
    }
    return best;
}

/* Does person p's every name mention end a line or the text ("... Foreign Minister Lucia
 * Ferr" in a teaser cut short)? */
static int only_at_line_end(const ct_analysis *an, int32_t p)
{
    const ct_person_mention *m = an->person_mentions.items;
    int seen = 0;
    for (size_t i = 0; i < an->person_mentions.n; i++) {
        if (m[i].person != p || m[i].kind != CT_PERM_NAME) continue;
        size_t e = m[i].tok + m[i].ntok;
        if (e < an->ntoks && !(an->toks[e].flags & CT_TOK_NL)) return 0;
        seen = 1;
    }
    return seen;
}

/* A name cut short at the end of a line that begins another person's name with the same
 * title ("Elena Sua" / "Elena Suarez Molina") is that person: its mentions move over and
 * the cut form is dropped. */
static void drop_truncated(ct_analysis *an)
{
    size_t n = an->people.n;
    if (n < 2 || n > PEOPLE_MAX) return;
    int32_t map[PEOPLE_MAX];
    int any = 0;
    for (size_t i = 0; i < n; i++) {
        map[i] = (int32_t)i;
        const ct_person *a = CT_VEC_AT(&an->people, ct_person, i);
        size_t al = strlen(a->name);
        if (al < 4 || !strchr(a->name, ' ')) continue;
        for (size_t j = 0; j < n; j++) {
            const ct_person *b = CT_VEC_AT(&an->people, ct_person, j);
            /* the title and the first byte first: they refuse most without a call */
            if (j == i || a->title != b->title || b->name[0] != a->name[0] ||
                strlen(b->name) <= al || strncmp(b->name, a->name, al) != 0 || b->name[al] == ' ')
                continue;
            if (!only_at_line_end(an, (int32_t)i)) break;
            map[i] = (int32_t)j;
            any = 1;
            break;
        }
    }
    if (!any) return;
    int32_t newidx[PEOPLE_MAX];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (map[i] != (int32_t)i) continue;
        newidx[i] = (int32_t)k;
        if (k != i) *CT_VEC_AT(&an->people, ct_person, k) = *CT_VEC_AT(&an->people, ct_person, i);
        k++;
    }
    for (size_t i = 0; i < n; i++)
        if (map[i] != (int32_t)i) newidx[i] = newidx[map[i]];
    an->people.n = k;
    ct_person_mention *m = an->person_mentions.items;
    for (size_t i = 0; i < an->person_mentions.n; i++)
        if (m[i].person >= 0) m[i].person = newidx[m[i].person];
}

/* The office a first-person narrator names as theirs ("as Lord Mayor I", "As Governor, I"),
 * or CT_TITLE_NONE. */
static ct_title self_title(const pctx *c)
{
    const ct_analysis *an = c->an;
    for (size_t si = 0; si < an->nsents; si++) {
        const ct_sentence *st = &an->sents[si];
        if (st->flags & (CT_SENT_BOILER | CT_SENT_TITLE)) continue;
        size_t end = st->tok + st->ntok;
        for (size_t i = st->tok; i + 2 < end; i++) {
            const char *val;
            size_t n = ct_tok_is(an, i, "as") ? title_match(c, i + 1, end, &val) : 0;
            if (!n) continue;
            size_t k = i + 1 + n;
            if (k < end && ct_tok_is(an, k, ",")) k++;
            if (k < end && an->toks[k].len == 1 && an->text[an->toks[k].off] == 'I')
                return ct_title_parse(val);
        }
    }
    return CT_TITLE_NONE;
}

/* A first-person piece with a byline ("by Jan Kowal, Legislative Aide, Office of Mayor Velk"):
 * the byline's author is the "I" of the body (outside quotation marks, not a numeral after a
 * capitalised word: "Phase I", but "as Mayor I"); with no byline, "as Lord Mayor I" names the
 * article's first holder of that office. The author is a person of the article, staff of the office
 * the byline names ("Office of Mayor Velk": an official of Velk's city), and each narrative "I"
 * a mention of them. Returns 0, or CT_ENOMEM. */
static int narrator(pctx *c)
{
    ct_analysis *an = c->an;
    if (!c->narrative_is) return 0; /* (counted by resolve_refs()) */
    /* the byline: a line opening with "by" and a name of two or three capitalised words, then
     * a comma */
    size_t ns = 0, ne = 0, bs = 0, be = 0;
    for (size_t si = 0; si < an->nsents && si < 12 && !ne; si++) {
        const ct_sentence *st = &an->sents[si];
        size_t end = st->tok + st->ntok;
        for (size_t i = st->tok; i + 3 < end && !ne; i++) {
            if (!ct_tok_is(an, i, "by") || !(i == st->tok || (an->toks[i].flags & CT_TOK_NL)))
                continue;
            size_t k = i + 1;
            while (k < end && k < i + 4 && is_cap(an, k))
                k++;
            if (k - (i + 1) < 2 || k >= end || !ct_tok_is(an, k, ",")) continue;
            ns = i + 1;
            ne = k;
            bs = k + 1;
            be = end;
            for (size_t q = bs; q < end; q++) /* to the end of the byline's line */
                if (an->toks[q].flags & CT_TOK_NL) {
                    be = q;
                    break;
                }
        }
    }
    int32_t who = -1;
    if (!ne) {
        /* no byline: "as Lord Mayor I ...": the article's first holder of that office */
        ct_title t = self_title(c);
        for (size_t i = 0; t != CT_TITLE_NONE && i < an->people.n; i++) {
            const ct_person *p = CT_VEC_AT(&an->people, ct_person, i);
            if (p->title == t &&
                (who < 0 || p->first_tok < CT_VEC_AT(&an->people, ct_person, who)->first_tok))
                who = (int32_t)i;
        }
        if (who < 0) return 0;
    }
    const char *name = ne ? span_text(an, ns, ne) : "";
    if (!name) return CT_ENOMEM;
    if (ne) who = person_lookup(c, name, CT_TITLE_NONE, 0);
    if (who < 0) {
        who = person_add(c, name, (uint32_t)ns);
        if (who < 0) return 0;
        /* "Office of Mayor Velk": staff of that office, of its holder's city */
        for (size_t k = bs; k + 2 < be; k++) {
            if (!ct_tok_is(an, k, "Office") || !ct_tok_is(an, k + 1, "of")) continue;
            size_t q = k + 2;
            while (q < be && in_lex(c->titles, an, q))
                q++;
            if (q == k + 2 || q >= be || !is_cap(an, q)) break;
            const char *hn = span_text(an, q, q + 1);
            if (!hn) return CT_ENOMEM;
            int32_t holder = person_lookup(c, hn, CT_TITLE_NONE, 1);
            ct_person *p = CT_VEC_AT(&an->people, ct_person, who);
            p->title = CT_TITLE_OFFICIAL;
            if (holder >= 0) p->of = CT_VEC_AT(&an->people, ct_person, holder)->of;
            break;
        }
    }
    for (size_t si = 0; si < an->nsents; si++) {
        const ct_sentence *st = &an->sents[si];
        if (st->flags & (CT_SENT_BOILER | CT_SENT_TITLE)) continue;
        for (size_t i = st->tok; i < st->tok + st->ntok; i++)
            if (narrative_i(c, st, si, i)) {
                int rc = add_mention(an, i, i + 1, who, CT_PERM_PRONOUN, NULL, (uint32_t)si);
                if (rc) return rc;
            }
    }
    return sort_mentions(an->arena, an->person_mentions.items, an->person_mentions.n);
}

int ct_people_find(ct_analysis *an)
{
    pctx c;
    memset(&c, 0, sizeof c);
    c.an = an;
    if (!an->people.size) ct_vec_init(&an->people, sizeof(ct_person));
    if (!an->person_mentions.size) ct_vec_init(&an->person_mentions, sizeof(ct_person_mention));
    if (!an->ctx || !an->ctx->lex) return 0;
    const ct_lexicons *lx = an->ctx->lex;
    c.titles = ct_lex(lx, "titles");
    c.titles_bit = ct_lex_bit(c.titles);
    c.prefixes = ct_lex(lx, "name_prefixes");
    c.suffixes = ct_lex(lx, "name_suffixes");
    c.stop = ct_lex(lx, "cap_stop");
    c.verbs = ct_lex(lx, "person_verbs");
    c.speech = ct_lex(lx, "place_speech");
    c.gender = ct_lex(lx, "name_gender");
    c.particles = ct_lex(lx, "name_particles");
    c.given = ct_lex(lx, "given_names");
    c.surnames = ct_lex(lx, "surnames");
    c.nstop = ct_lex(lx, "name_stop");
    c.guest = ct_lex(lx, "guest_nouns");
    c.heads = ct_lex(lx, "org_heads");
    /* a lexicon missing is asked nothing (in_lex()); one without a bit is asked by its words */
    const ct_lexicon *asked[] = {c.surnames, c.particles, c.stop, c.nstop};
    for (size_t k = 0; k < sizeof asked / sizeof *asked; k++) {
        uint64_t bit = ct_lex_bit(asked[k]);
        if (asked[k] && !bit) {
            c.start_bits = 0;
            break;
        }
        c.start_bits |= bit;
    }
    if (!an->lexmask || !an->lexword) c.start_bits = 0; /* (name_start() then asks each) */
    ct_vec_init(&c.occ, sizeof(title_occ));
    ct_vec_init(&c.runs, sizeof(name_run));
    /* not zeroed: a person's slots are cleared as it is added (person_add()) */
    c.per = ct_arena_alloc_raw(an->arena, PEOPLE_MAX * sizeof *c.per);
    an->name_cache = ct_arena_alloc_raw(an->arena, sizeof *an->name_cache);
    if (!c.per || !an->name_cache) return CT_ENOMEM;
    memset(an->name_cache->memo, 0, sizeof an->name_cache->memo);
    an->name_cache->nforms = 0;
    if (an->orgs.n && !(c.kinds = ct_arena_alloc(an->arena, an->orgs.n * sizeof *c.kinds)))
        return CT_ENOMEM;
    if (an->places.n && !(c.guests = ct_arena_alloc(an->arena, an->places.n))) return CT_ENOMEM;
    int rc = collect(&c);
    c.nsorted = c.occ.n;
    if (!rc) rc = decide(&c);
    if (!rc) rc = resolve_refs(&c);
    if (!rc) rc = narrator(&c);
    /* "Cllr Mary X": a courtesy prefix that is an office (data/name_prefixes.tsv value);
     * "Cllr Mary X of Tarnow" is of that place, as "Councillor Mary X of Tarnow" is */
    for (size_t i = 0; !rc && i < an->people.n; i++) {
        ct_person *p = CT_VEC_AT(&an->people, ct_person, i);
        const name_run *runs = c.runs.items;
        for (size_t r = 0; r < c.runs.n && p->title == CT_TITLE_NONE; r++) {
            if (runs[r].person != (int32_t)i) continue;
            p->title = prefix_title(&c, &runs[r]);
            size_t k = runs[r].e;
            if (p->title == CT_TITLE_NONE || p->of || k + 1 >= an->ntoks || !ct_tok_is(an, k, "of"))
                continue;
            ct_place_mention tmp;
            const ct_place_mention *pm = place_at(an, k + 1, &tmp);
            if (pm && pm->tok == k + 1 && pm->kind != CT_PLACE_COUNTRY &&
                an->toks[k + 1].off < an->sents[runs[r].sent].off + an->sents[runs[r].sent].len)
                p->of = ct_arena_strndup(an->arena, pm->key, strlen(pm->key));
        }
    }
    for (size_t i = 0; !rc && i < an->people.n; i++) {
        ct_person *p = CT_VEC_AT(&an->people, ct_person, i);
        if (p->title == CT_TITLE_GOVERNOR && p->of && !strncmp(p->of, "gn:", 3))
            p->of = region_of_city(&c, p->of, 0);
        /* "the khokim of Tashkent region": the head of a region is its governor */
        if (p->title == CT_TITLE_MAYOR && p->of && !strncmp(p->of, "a1:", 3))
            p->title = CT_TITLE_GOVERNOR;
    }
    /* A city office without a stated city: the home of the delegation the person leads, else
     * the article's own city (home_place()). */
    char dateline[24] = "";
    size_t agency_tok = SIZE_MAX;
    if (!rc && !dateline_city(&c, dateline, &agency_tok)) dateline[0] = '\0';
    for (size_t i = 0; !rc && i < an->people.n; i++) {
        ct_person *p = CT_VEC_AT(&an->people, ct_person, i);
        if (p->of) continue;
        int kind = p->title == CT_TITLE_GOVERNOR ? CT_PLACE_ADMIN1
                   : (p->title == CT_TITLE_MAYOR || p->title == CT_TITLE_DEPUTY_MAYOR ||
                      p->title == CT_TITLE_COUNCIL_MEMBER || p->title == CT_TITLE_OFFICIAL)
                       ? CT_PLACE_CITY
                       : 0;
        if (!kind) continue;
        const name_run *runs = c.runs.items;
        int former = 0;
        for (size_t r = 0; r < c.runs.n && !p->of; r++) {
            if (runs[r].person != (int32_t)i) continue;
            p->of = led_delegation(&c, &runs[r], kind);
            former |= title_former(&c, &runs[r]);
        }
        if (!p->of)
            p->of = home_place(&c, p->title, kind, dateline, agency_tok, former, (int32_t)i);
        if (p->of == dateline) p->of = ct_arena_strndup(an->arena, dateline, strlen(dateline));
    }
    /* the record gives everyone a role; "other" when the article names none */
    for (size_t i = 0; i < an->people.n; i++) {
        ct_person *p = CT_VEC_AT(&an->people, ct_person, i);
        if (p->title == CT_TITLE_NONE) p->title = CT_TITLE_OTHER;
    }
    if (!rc) drop_truncated(an);
    return rc;
}

/* ---- queries ---- */

int32_t ct_people_at(const ct_analysis *an, size_t tok, size_t *ntok)
{
    const ct_person_mention *m = an->person_mentions.items;
    size_t lo = 0, hi = an->person_mentions.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m[mid].tok < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < an->person_mentions.n && m[lo].tok == tok) {
        if (ntok) *ntok = m[lo].ntok;
        return m[lo].person;
    }
    return -1;
}

size_t ct_people_in_sentence(const ct_analysis *an, size_t sent, const ct_person_mention **first)
{
    const ct_person_mention *m = an->person_mentions.items;
    size_t n = an->person_mentions.n, i = 0, k;
    *first = NULL;
    while (i < n && m[i].sent < sent)
        i++;
    for (k = i; k < n && m[k].sent == sent; k++) {
    }
    if (k == i) return 0;
    *first = &m[i];
    return k - i;
}

int32_t ct_people_find_name(const ct_analysis *an, const char *name, size_t n)
{
    ct_name_form tmp, *qf = an->name_cache ? name_form(an, name, n, 0, &tmp) : NULL;
    for (size_t i = 0; i < an->people.n; i++)
        if (qf ? person_matches_form(an, i, qf, 0)
               : person_matches(CT_VEC_AT(&an->people, ct_person, i), name, n, 0))
            return (int32_t)i;
    return -1;
}

ct_title ct_title_parse(const char *s)
{
    static const char *const names[CT_TITLE_COUNT] = {
        "",           "mayor",          "deputy_mayor", "governor",      "council_member",
        "ambassador", "consul_general", "consul",       "head_of_state", "minister",
        "official",   "business",       "academic",     "other"};
    if (!s) return CT_TITLE_NONE;
    for (int i = 1; i < CT_TITLE_COUNT; i++) /* the first byte refuses most without a call */
        if (names[i][0] == s[0] && !strcmp(s, names[i])) return (ct_title)i;
    return CT_TITLE_NONE;
}
