/*
 * places.c - the geoparser stage (see places.h for the algorithm and its data files).
 */
#include "places.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cityties.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "pipeline.h"
#include "text.h"

#define MAX_CAND 12 /* candidates kept per spotted name (the best priors) */
#define MAX_SPAN 8  /* tokens in one name */
#define MAX_CC 64   /* distinct countries tracked per article */

enum { CLS_NONE = 0, CLS_GOV, CLS_CITY, CLS_REGION, CLS_CUE };

/* What scoring needs of a candidate that is its own, computed once per distinct name; the
 * first of a name's also holds the name's memos of resolution (moved, pick), which read only
 * what the mentions of a name share: its candidates, its key and the article's sets. */
typedef struct {
    double prior;    /* cand_prior() */
    uint32_t a1h;    /* ct_gaz_key_hash() of its region's key (the entry's a1hash), or 0 */
    uint8_t moved;   /* in a name's first cand_info only: 1 + moved_answers() of the name, once
                      * asked (the second round), else 0 */
    uint8_t pick[3]; /* in a name's first cand_info only: by class of score (score_class()),
                      * 16 x the round + 1 + the candidate the scores chose in it, else 0 */
} cand_info;

/* A spotted name before resolution. */
typedef struct {
    uint32_t tok, ntok; /* the mention's span (name plus any affix) */
    uint32_t ntok_name; /* tokens of the name proper, from tok (or name_tok) */
    uint32_t name_tok;  /* first token of the name proper */
    uint32_t sent;
    ct_gaz_entry *cand; /* arena */
    cand_info *info;    /* cand_info_of() each candidate (arena, shared like cand) */
    uint32_t ncand;
    uint8_t cls; /* CLS_* from the affixes */
    uint8_t demonym;
    uint8_t alias;      /* from place_alias.tsv: trusted */
    uint8_t stop;       /* the name is in place_stop.tsv or place_block.tsv */
    uint8_t lower_else; /* the name occurs in lowercase elsewhere: an ordinary word */
    uint32_t lowq;      /* 1 + its question to lower_answer(), 0 when not asked */
    uint8_t person;     /* a person cue beside it */
    uint8_t sent_init;  /* first word of its sentence */
    uint8_t word;       /* a common word (place_common.tsv) opening its sentence, a word after
                         * it: the capital is the sentence's ("Split between", "Sale of") */
    uint8_t single;     /* one word */
    uint8_t ascii;      /* the name is written in ASCII */
    uint8_t notcity;    /* "X District", "X Island": not the city X */
    uint8_t mark;       /* cls comes only from a title after the name ("Jeju Governor") */
    uint8_t speaker;    /* a speech verb follows ("Chandler said"): perhaps a surname */
    uint8_t follow;     /* another capitalised word follows: part of a longer name */
    uint8_t after_the;  /* "the" comes right before it */
    uint8_t cue;        /* a place cue without a class: a dateline ("CARBONNE -"), "a
                         * delegation from X", "twin towns of X and Y" */
    const char *nkey;   /* key of the name proper (arena, shared by equal names; "" for
                         * acronyms and definitions) */
    int32_t acro_of;    /* an acronym mention: index of the defining raw, else -1 */
    int32_t qual;       /* index of the raw that qualifies it ("X, Country"), else -1 */
    int32_t head;       /* index of the raw it qualifies, else -1 */
    int32_t chosen;     /* index into cand, or -1 when rejected */
    int accepted;
} raw_place;

/* The article's spotted names: first in ct_places_find()'s own buffer of RVEC_LOCAL (most
 * articles spot fewer, and need no allocation), then heap scratch (realloc grows in place, so no
 * abandoned copies pile up in the arena), freed when ct_places_find() returns. */
#define RVEC_LOCAL 64
typedef struct {
    raw_place *items;
    size_t n, cap;
    raw_place *local; /* the caller's buffer, which items is until it grows */
} rvec;

/* Doubles v's room, moving its names to the heap when they are still in the caller's buffer
 * (local: v starts there, with a room of RVEC_LOCAL, never 0); 0, or CT_ENOMEM. */
static int rvec_grow(rvec *v)
{
    size_t cap = v->cap * 2;
    int moving = v->items == v->local;
    raw_place *items =
        moving ? malloc(cap * sizeof *items) : realloc(v->items, cap * sizeof *items);
    if (!items) return CT_ENOMEM;
    if (moving) memcpy(items, v->local, v->n * sizeof *items);
    v->items = items;
    v->cap = cap;
    return 0;
}

/* A new raw at v's end, zeroed but its key "" (in line: spotting pushes one per name), or
 * NULL on out of memory. */
static inline raw_place *rvec_push(rvec *v)
{
    if (v->n == v->cap && rvec_grow(v) != 0) return NULL;
    raw_place *r = &v->items[v->n++];
    *r = (raw_place){.nkey = ""}; /* (stores in line, not a call to memset()) */
    return r;
}

typedef struct {
    const ct_lexicon *alias, *demonyms, *stop, *block, *affix, *follow, *person, *speech, *abbr;
    const ct_lexicon *titles; /* titles.tsv: an office after "X City" ("Mission City Mayor") */
    const ct_lexicon *common; /* place_common.tsv: city names that are common words */
    const ct_gazetteer *gaz;
    /* the marks affix_match() refuses a token by: the article's lexmask when the affix table
     * has a bit in it (ct_lex_bit()), else NULL, as ct_lex_match() then refuses none */
    const uint64_t *affix_marks;
    uint64_t affix_bit;
    /* the bits of the block, alias and demonym tables in the article's lexmask, when all three
     * have one: a capitalised word whose mark has none of them begins no phrase of the three,
     * and spotting passes them over with one test (else 0: each table is asked) */
    uint64_t name_bits;
    /* the stop and block tables' bits, when both have one: a one-word name whose mark has
     * neither is in neither table (else 0: each is asked). (No test can tell the block bit
     * apart: a word that begins a block phrase is spotted only when the stop table matches as
     * long a phrase there, so the stop bit is in its mark too. It is kept so that this test
     * refuses only what the two lookups refuse, whatever the spotting rules.) */
    uint64_t stop_bits;
} lexset;

/* The article's countries and first-level regions. Each entry remembers the name that put it
 * there (src, NULL when named outright or seen from two names), so that an ambiguous name does
 * not vote for its own reading. */
typedef struct {
    uint16_t cc[MAX_CC]; /* cc_code() of each country */
    const char *src[MAX_CC];
    int n;
    uint64_t bloom; /* cc_bit() of every country */
} ccset;

typedef struct {
    const char *key[MAX_CC];
    const char *src[MAX_CC];
    uint32_t h[MAX_CC]; /* ct_gaz_key_hash() of each key, compared before the key */
    int n;
    uint64_t bloom; /* bit h % 64 of every key */
} a1set;

/* Whether strings a and b are the same: by address first (a region's key is one string of the
 * index for the region and its cities, gazetteer.h; mentions of one name share its key, the
 * cache of candidates), then by bytes. */
static inline int same_key(const char *a, const char *b)
{
    return a == b || !strcmp(a, b);
}

/* Whether an entry put in a set by name src counts for name self: not when it is self's own. */
static inline int src_ok(const char *src, const char *self)
{
    return !src || !self || src[0] != self[0] || !same_key(src, self); /* first bytes first */
}

/* Whether region key key, whose ct_gaz_key_hash() is h, is in the set for name self. Inline:
 * scoring asks it of every candidate, and the bloom word refuses most at once. */
static inline int a1set_has(const a1set *s, const char *key, uint32_t h, const char *self)
{
    if (!(s->bloom >> (h & 63) & 1)) return 0;
    for (int i = 0; i < s->n; i++)
        if (s->h[i] == h && same_key(s->key[i], key)) /* the hashes, then the keys */
            return src_ok(s->src[i], self);
    return 0;
}

/* Adds region key key, whose ct_gaz_key_hash() is h (an entry's a1hash: not hashed again), put
 * there by name src (NULL: named outright). Returns the key's bloom bit when the set changed
 * (the key is new, or it lost its source), else 0. (find() adds every region in one step, so a
 * key that loses its source there was new in it, its bit returned already: no test sees the
 * second case, kept so that the answer is what ccset_add() gives.) */
static inline uint64_t a1set_add(a1set *s, const char *key, uint32_t h, const char *src)
{
    if (!key) return 0;
    uint64_t bit = (uint64_t)1 << (h & 63);
    for (int i = 0; i < s->n; i++)
        if (s->h[i] == h && same_key(s->key[i], key)) {
            if (!s->src[i] || !src_ok(s->src[i], src)) return 0;
            s->src[i] = NULL;
            return bit;
        }
    if (s->n == MAX_CC) return 0;
    s->key[s->n] = key;
    s->h[s->n] = h;
    s->bloom |= bit;
    s->src[s->n++] = src;
    return bit;
}

/* Whether country codes a and b (NUL-terminated, at most two letters: ct_gaz_entry's cc) are
 * the same string, as !strcmp(a, b) says, in line. */
static inline int cc_eq(const char *a, const char *b)
{
    return a[0] == b[0] && (!a[0] || (a[1] == b[1] && (!a[1] || a[2] == b[2])));
}

/* A country's bit in a ccset's bloom word: countries with different bits differ. */
static inline uint64_t cc_bit(const char *cc)
{
    return (uint64_t)1 << (((unsigned char)cc[0] * 5u + (unsigned char)cc[1]) & 63);
}

/* A country code's first two bytes (all a ccset compares) as one number: the two bytes as
 * memory holds them, compared for equality alone, so the byte order changes no answer. */
static inline uint16_t cc_code(const char *cc)
{
    uint16_t v;
    memcpy(&v, cc, 2);
    return v;
}

/* Whether country cc is in the set for name self. Inline, as a1set_has(). */
static inline int ccset_has(const ccset *s, const char *cc, const char *self)
{
    if (!(s->bloom & cc_bit(cc))) return 0;
    uint16_t c = cc_code(cc);
    for (int i = 0; i < s->n; i++)
        if (s->cc[i] == c) return src_ok(s->src[i], self);
    return 0;
}

/* Adds country cc as a1set_add() adds a region; returns its cc_bit() when the set changed. */
static inline uint64_t ccset_add(ccset *s, const char *cc, const char *src)
{
    if (!cc[0]) return 0;
    uint16_t c = cc_code(cc);
    for (int i = 0; i < s->n; i++)
        if (s->cc[i] == c) {
            if (!s->src[i] || !src_ok(s->src[i], src)) return 0;
            s->src[i] = NULL;
            return cc_bit(cc);
        }
    if (s->n == MAX_CC) return 0;
    s->cc[s->n] = c;
    s->bloom |= cc_bit(cc);
    s->src[s->n++] = src;
    return cc_bit(cc);
}

/* Whether token i (any index: past the last there is none) is the word or mark lit, in any
 * case: ct_tok_is(), always inline, so that the literal's length is known and most tokens are
 * refused by their length alone. */
static inline __attribute__((always_inline)) int tok_is(const ct_analysis *an, size_t i,
                                                        const char *lit)
{
    return i < an->ntoks && ct_tok_is(an, i, lit);
}

static int tok_word(const ct_analysis *an, size_t i)
{
    return an->toks[i].flags & CT_TOK_WORD;
}

static int tok_cap(const ct_analysis *an, size_t i)
{
    return (an->toks[i].flags & (CT_TOK_WORD | CT_TOK_CAP)) == (CT_TOK_WORD | CT_TOK_CAP);
}

/* Key of the bytes from token a's start to token b's end (inclusive), from the tokens' keys.
 * One token's key is the key ct_lex_mark() folded (analysis.h): copied, not joined again
 * (ct_lex_span_key() of one token whose key fits writes that key alone: nothing is joined). */
static inline size_t span_key(const ct_analysis *an, size_t a, size_t b, char *dst, size_t cap)
{
    const ct_tok_key *k = an->tokkeys ? &an->tokkeys[a] : NULL;
    if (a == b && k && k->key && k->len < cap) {
        memcpy(dst, k->key, (size_t)k->len + 1);
        return k->len;
    }
    return ct_lex_span_key(an, a, b, dst, cap);
}

static inline size_t affix_match(const lexset *lx, const ct_analysis *an, size_t tok, size_t limit,
                                 const char **value);

/* ct_lex_match() of the affix table from token tok, past the first refusal (affix_match()). A
 * mark that is no separator (",", "(") begins its span's key, and ct_lex_mark() gives such
 * tokens every lexicon bit: one probe of the table's prefixes (ct_lex_prefix_len()) refuses the
 * span when no affix begins with it, before a span is folded. A separator (its key empty: the
 * "." or "-" after a name) adds nothing to a span's key: a phrase from it is a phrase from the
 * next token, one token longer, and none begins there when none begins at the next token. So
 * it is asked there, where that token's mark most often refuses it at once (a full stop ending
 * the sentence has no next token). Only a phrase ct_lex_match() from tok would reach is taken
 * so: at most four tokens after tok (it reaches 3 x the table's words + 2 tokens, a word at
 * least), ending fewer than 256 bytes from tok's start; a longer one is asked from tok. */
static size_t affix_match_marked(const lexset *lx, const ct_analysis *an, size_t tok, size_t limit,
                                 const char **value)
{
    const ct_tok_key *k = an->tokkeys && tok < limit ? &an->tokkeys[tok] : NULL;
    if (k && k->key && !(an->toks[tok].flags & (CT_TOK_WORD | CT_TOK_NUM))) {
        if (k->len && ct_lex_prefix_len(lx->affix, k->key, 1) == 0) return 0;
        if (!k->len) {
            if (tok + 1 >= limit) return 0;
            const char *v = NULL;
            size_t n = affix_match(lx, an, tok + 1, limit, &v);
            if (!n) return 0;
            const ct_token *t = &an->toks[tok + n];
            if (n <= 4 && t->off + t->len - an->toks[tok].off < 256) {
                *value = v;
                return n + 1;
            }
        }
    }
    return ct_lex_match(lx->affix, an, tok, limit, value);
}

/* affix_match_marked() behind ct_lex_match()'s own first refusal, asked first and in line:
 * most words begin no affix, and are refused without a call. */
static inline size_t affix_match(const lexset *lx, const ct_analysis *an, size_t tok, size_t limit,
                                 const char **value)
{
    if (tok < limit && lx->affix_marks && !(lx->affix_marks[tok] & lx->affix_bit)) return 0;
    return affix_match_marked(lx, an, tok, limit, value);
}

/* Whether s[0..n) is all ASCII: eight bytes at a time (the high bit of each), then the rest. */
static int ascii_only(const char *s, size_t n)
{
    size_t i = 0;
    for (; n - i >= 8; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        if (x & 0x8080808080808080ull) return 0;
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return 0;
    return 1;
}

/* Copies place key src into a mention's key field of 24 bytes, cut as snprintf would cut it. */
static void key_copy(char dst[24], const char *src)
{
    size_t n = strnlen(src, 23);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* Writes the country key of a demonym's value v ("KR" -> "cc:KR"): its first two bytes, as
 * snprintf(key, 24, "cc:%.2s", v) would write them, without formatting at every mention. */
static void cc_key(char key[24], const char *v)
{
    size_t n = strnlen(v, 2);
    memcpy(key, "cc:", 3);
    memcpy(key + 3, v, n);
    key[3 + n] = '\0';
}

/* Fills e from a place key with the gazetteer, or from the key alone without one. */
static int entry_for_key(const ct_gazetteer *g, const char *key, ct_gaz_entry *e)
{
    if (g && ct_gaz_get(g, key, e) == 0) return 0;
    memset(e, 0, sizeof *e);
    if (strncmp(key, "cc:", 3) == 0 && strlen(key) == 5) {
        e->key = key;
        e->name = key + 3;
        memcpy(e->cc, key + 3, 2);
        e->kind = CT_PLACE_COUNTRY;
        return 0;
    }
    return CT_ENOTFOUND;
}

/* Whether the key of a span ending on word token j is the key of the same span ending on
 * word token w (< j), a space, and token j's key, which is one word: nothing but separators
 * between them (the joiners gaz_match() lets through, white space), at least one, and the key
 * of j known and without a space. ct_lex_span_key() then joins exactly that, so a gazetteer
 * name the filter refuses for the word after the key (ct_gaz_may_extend()) is refused for the
 * span. */
static int joins_word(const ct_analysis *an, size_t w, size_t j)
{
    const ct_tok_key *kw = &an->tokkeys[w], *kj = &an->tokkeys[j];
    if (!kj->key || !kj->len ||
        (!(an->toks[j].flags & CT_TOK_ALNUM) && memchr(kj->key, ' ', kj->len)))
        return 0;
    /* (most often the next token, after one space: a separator, as the loop would find) */
    uint32_t end = an->toks[w].off + an->toks[w].len;
    if (j == w + 1 && an->toks[j].off == end + 1 && an->text[end] == ' ') return 1;
    int sep = kw->trail || kj->lead || j > w + 1; /* a joiner token is a separator */
    for (size_t k = w; k < j; k++) {
        uint32_t from = an->toks[k].off + an->toks[k].len, to = an->toks[k + 1].off;
        for (uint32_t b = from; b < to; b++) {
            if (!ct_key_sep_ascii((unsigned char)an->text[b])) return 0;
            sep = 1;
        }
    }
    return sep;
}

/* The gazetteer's answer for a word that starts a name, by the word's key: the article's
 * capitalised words repeat ("Busan ... Busan", "Mayor ... Mayor"), and a probe reads the large
 * tables at random. A direct-mapped memo: a miss probes again, so the size changes no answer;
 * a slot per eight tokens, at least 64 and at most 512. */
#define PROBE_MEMO_MIN 64
#define PROBE_MEMO_MAX 512
typedef struct {
    const char *key; /* the word's key (ct_lex_mark()'s, in the arena), or NULL: empty */
    uint64_t h;      /* its ct_gaz_hash(), which a longer name's probes go on from */
    int32_t row;     /* ct_gaz_find_hashed() of it (a name row is below 2^31) */
    uint8_t len;     /* the key's bytes (a token key's length fits: ct_tok_key) */
    uint8_t more;    /* what ct_gaz_find_hashed() set *more to */
} probe_slot;

typedef struct {
    probe_slot *slot; /* arena, zeroed */
    size_t mask;      /* slots less one (a power of two less one) */
} probe_memo;

/* The memo's slot for the first word's key tk: chosen by the hash ct_lex_mark() gave the key
 * (tk->h), so a word seen before is answered without its key hashed for the gazetteer. */
static probe_slot *memo_slot(const probe_memo *memo, const ct_tok_key *tk)
{
    return &memo->slot[tk->h & memo->mask];
}

/* Whether slot p answers for tk: its key has the same length and bytes, the length first, so
 * that no comparison reads past the shorter key (token keys are padded for ct_same_padded()). */
static int memo_hit(const probe_slot *p, const ct_tok_key *tk)
{
    return p->key && p->len == tk->len && (!tk->len || ct_same_padded(p->key, tk->key, tk->len));
}

/* Longest gazetteer name starting at token i, never past limit. Returns its token count, sets
 * *row to its name row (ct_gaz_find()), whose candidates the caller fetches only when it needs
 * them (a name seen before shares its array), and *keylen to its key's bytes. Interior tokens
 * may be words or the joiners - . ' ; the name ends on a word. A span grows by a word only
 * when the namebits say some name may go on so (ct_gaz_may_extend()), before its key is
 * joined. The first word's answer comes through the memo. */
static size_t gaz_match(const ct_analysis *an, const lexset *lx, const probe_memo *memo, size_t i,
                        size_t limit, long *row, size_t *keylen)
{
    size_t best = 0, lens[MAX_SPAN * 2], klens[MAX_SPAN * 2], nlens = 0;
    long rows[MAX_SPAN * 2];
    char key[256];
    uint64_t h = 0;      /* ct_gaz_hash() of the key last probed */
    const char *pk = ""; /* that key, */
    size_t plen = 0;     /* its length */
    size_t last = i;     /* and the word token it ends on */
    size_t j = i;        /* the next token to take */
    *row = -1;
    /* the first word through the memo, by the key ct_lex_mark() folded (no copy); most first
     * words begin no longer name, and their answer is the word's alone */
    const ct_tok_key *tk0 = an->tokkeys && i < limit ? &an->tokkeys[i] : NULL;
    if (tk0 && tk0->key && (an->toks[i].flags & CT_TOK_WORD) && tk0->len < sizeof key - 1) {
        probe_slot *p = memo_slot(memo, tk0);
        long r;
        int more = 0;
        if (memo_hit(p, tk0)) {
            h = p->h;
            r = p->row;
            more = p->more;
        } else {
            h = ct_gaz_hash(tk0->key, tk0->len);
            r = ct_gaz_find_hashed(lx->gaz, tk0->key, tk0->len, h, &more);
            *p = (probe_slot){tk0->key, h, (int32_t)r, tk0->len, (uint8_t)more};
        }
        if (r >= 0) {
            *row = r;
            *keylen = tk0->len;
        }
        if (!more) return r >= 0;
        if (r >= 0) {
            best = 1;
            lens[nlens] = 1;
            klens[nlens] = tk0->len;
            rows[nlens++] = r;
        }
        pk = tk0->key;
        plen = tk0->len;
        j = i + 1;
    }
    for (; j < limit && j - i < MAX_SPAN * 2; j++) {
        const ct_token *t = &an->toks[j];
        if (j > i && (t->flags & CT_TOK_NL)) break;
        if (!(t->flags & CT_TOK_WORD)) {
            char c = an->text[t->off];
            if (t->len != 1 || (c != '-' && c != '.' && c != '\'')) break;
            continue;
        }
        const ct_tok_key *tk = an->tokkeys ? &an->tokkeys[j] : NULL;
        int joins = j > i && tk && joins_word(an, last, j);
        if (joins && !ct_gaz_may_extend(lx->gaz, h, tk->key, tk->len)) break;
        /* a word joined to the key before it (joins_word()) is appended to that key, as
         * ct_lex_span_key() would join it */
        size_t klen;
        if (joins) {
            klen = plen + 1 + tk->len;
            if (klen >= sizeof key - 1) break;
            memmove(key, pk, plen); /* (pk is the first word's key, or key itself: no copy) */
            key[plen] = ' ';
            memcpy(key + plen + 1, tk->key, (size_t)tk->len + 1);
        } else {
            klen = span_key(an, i, j, key, sizeof key);
        }
        if (klen >= sizeof key - 1) break;
        pk = key;
        plen = klen;
        int more = 0;
        last = j;
        h = ct_gaz_hash(key, klen);
        long r = ct_gaz_find_hashed(lx->gaz, key, klen, h, &more);
        if (r >= 0) {
            best = j - i + 1;
            *row = r;
            *keylen = klen;
            lens[nlens] = best;
            klens[nlens] = klen;
            rows[nlens++] = r;
        }
        if (!more) break;
    }
    /* "Columbia City Hall": the name "Columbia" and the affix "City Hall" reach further than
     * the name "Columbia City" */
    for (size_t k = 0; k + 1 < nlens; k++) {
        const char *v = NULL;
        size_t np = affix_match(lx, an, i + lens[k], limit, &v);
        if (np && v && !strncmp(v, "post ", 5) && lens[k] + np > best) {
            best = lens[k];
            *row = rows[k];
            *keylen = klens[k];
            break;
        }
    }
    return best;
}

/* "Is this name also an ordinary word here?" ("nice weather ... in Nice"): the key of a
 * one-word name against the article's lowercase prose words, address parts ("www.seoul.go.kr")
 * left out. Spotting only asks (lower_ask()); one pass over the tokens after it answers every
 * question (lower_answer()), so no set of the article's words is built. */
typedef struct {
    const char *key; /* a name key (arena) */
    size_t len;
    int found;    /* the key is written as a lowercase prose word */
    int32_t next; /* the question of the same length asked before it, or -1 (lower_answer()) */
} lower_q;

#define LOWER_LOCAL 32
typedef struct {
    lower_q *q; /* ct_places_find()'s buffer of LOWER_LOCAL, then heap scratch it frees (as rvec) */
    size_t n, cap;
    lower_q *local; /* that buffer */
} lowerset;

/* Asks whether key is a lowercase prose word. Returns 1 + the question's index, or 0 on out of
 * memory. The questions grow as rvec_grow() grows the names (ls starts in a local buffer). */
static uint32_t lower_ask(lowerset *ls, const char *key)
{
    if (ls->n == ls->cap) {
        size_t cap = ls->cap * 2;
        int moving = ls->q == ls->local;
        lower_q *q = moving ? malloc(cap * sizeof *q) : realloc(ls->q, cap * sizeof *q);
        if (!q) return 0;
        if (moving) memcpy(q, ls->local, ls->n * sizeof *q);
        ls->q = q;
        ls->cap = cap;
    }
    ls->q[ls->n] = (lower_q){key, strlen(key), 0, -1};
    return (uint32_t)++ls->n;
}

/* A word's bit in the filter word of its length, from its first and last bytes: two words
 * with different bits differ. */
static uint64_t lower_bit(const char *p, size_t len)
{
    return (uint64_t)1 << (((unsigned char)p[0] ^ (unsigned char)p[len - 1] * 5u) & 63);
}

/* Whether token i, a lowercase word, stands as a word of prose: white space before it, and no
 * address or compound going on after it ("seoul.go.kr", "busan-based"; a full stop ends it). */
static int prose_word(const ct_analysis *an, size_t i)
{
    if (i > 0 && !(an->toks[i].flags & CT_TOK_SPACE)) return 0;
    if (i + 1 < an->ntoks && !(an->toks[i + 1].flags & CT_TOK_SPACE)) {
        char c = an->text[an->toks[i + 1].off];
        if (c == '.' || c == '@' || c == '/' || c == '-' || c == '_' ||
            (an->toks[i + 1].flags & CT_TOK_WORD))
            if (!(c == '.' && (i + 2 >= an->ntoks || (an->toks[i + 2].flags & CT_TOK_SPACE))))
                return 0;
    }
    return 1;
}

/* Answers every question of 40 bytes or fewer (a longer key is never found): one pass over the
 * article's lowercase words, where a word whose length and end bytes no question has is passed
 * over at once, and a word let through is compared with the questions of its length alone. The
 * filters go by the length modulo 64, so that no token's length needs a bound first: a longer
 * word they let through is told apart by its length, as any other. */
static void lower_answer(const ct_analysis *an, lowerset *ls)
{
    uint64_t want[64] = {0}; /* by length: the lower_bit() of the keys asked */
    int32_t last[64];        /* by length: the last question asked of it, or -1; each
                              * question's next goes back to the one before */
    uint64_t lens = 0;       /* bit n: a key of n bytes is asked */
    memset(last, -1, sizeof last);
    for (size_t k = 0; k < ls->n; k++) {
        lower_q *q = &ls->q[k];
        if (q->len >= 1 && q->len <= 40) {
            want[q->len] |= lower_bit(q->key, q->len);
            lens |= (uint64_t)1 << q->len;
            q->next = last[q->len];
            last[q->len] = (int32_t)k;
        }
    }
    if (!lens) return;
    const ct_token *toks = an->toks;
    size_t n = an->ntoks;
    for (size_t i = 0; i < n; i++) {
        /* the length and the flags first, in a loop of its own: most tokens are no lowercase
         * word of an asked length */
        while (i < n && (!(lens >> (toks[i].len & 63) & 1) ||
                         (toks[i].flags & (CT_TOK_WORD | CT_TOK_CAP)) != CT_TOK_WORD))
            i++;
        if (i == n) break;
        const ct_token *t = &toks[i];
        const char *p = an->text + t->off;
        if (!(want[t->len & 63] & lower_bit(p, t->len)) || !prose_word(an, i)) continue;
        for (int32_t k = last[t->len & 63]; k >= 0; k = ls->q[k].next) {
            lower_q *q = &ls->q[k];
            /* (the end bytes first: the filter lets through the words of any question of this
             * length whose bit they share) */
            if (q->len == t->len && q->key[0] == p[0] && q->key[t->len - 1] == p[t->len - 1] &&
                !memcmp(q->key, p, t->len))
                q->found = 1;
        }
    }
}

/* Affix class of a prefix phrase ending right before token i (inside sentence start s0), and
 * whether it is capitalised. Returns CLS_* or CLS_NONE. */
static int prefix_class(const ct_analysis *an, const lexset *lx, size_t s0, size_t i, size_t *from)
{
    *from = i;
    /* a phrase ends on a word or a number (ct_lex_match()): after anything else there is none */
    if (i == s0 || !(an->toks[i - 1].flags & (CT_TOK_WORD | CT_TOK_NUM))) return CLS_NONE;
    for (size_t back = 4; back >= 2; back--) {
        if (i < s0 + back) continue;
        const char *v = NULL;
        size_t a = i - back;
        if (affix_match(lx, an, a, i, &v) != back || !v || strncmp(v, "pre ", 4) != 0) continue;
        const char *c = v + 4;
        if (!strcmp(c, "gov")) {
            /* "the City of X" is the government; "the city of X" only the city */
            for (size_t k = a; k < i; k++)
                if (tok_is(an, k, "city")) {
                    if (!tok_cap(an, k)) return CLS_CITY;
                    *from = k; /* the mention is "City of X" */
                    return CLS_GOV;
                }
            return CLS_CITY;
        }
        if (!strcmp(c, "city")) return CLS_CITY;
        if (!strcmp(c, "region")) return CLS_REGION;
        if (!strcmp(c, "cue")) return CLS_CUE;
    }
    return CLS_NONE;
}

/* Whether the len-token name at token i opens a line in capitals and a comma or a dash follows
 * it: "CARBONNE -", "LOS ANGELES —", "SEOUL, May 3". */
static int is_dateline(const ct_analysis *an, size_t i, size_t len)
{
    if (i > 0 && !(an->toks[i].flags & CT_TOK_NL)) return 0;
    for (size_t k = i; k < i + len; k++)
        if ((an->toks[k].flags & CT_TOK_WORD) && !(an->toks[k].flags & CT_TOK_UPPER)) return 0;
    size_t e = i + len;
    if (e >= an->ntoks) return 0;
    const char *p = ct_tok_text(an, e);
    size_t n = an->toks[e].len;
    return (n == 1 && (*p == ',' || *p == '-')) || (n == 3 && !memcmp(p, "\xe2\x80\x94", 3)) ||
           (n == 3 && !memcmp(p, "\xe2\x80\x93", 3));
}

/* Whether c's GeoNames feature code is code (at most 7 letters): the code and its NUL compared
 * in place (feature is a NUL-terminated array of 8), a fixed-length compare once inlined. */
static inline int feature_is(const ct_gaz_entry *c, const char *code)
{
    return !memcmp(c->feature, code, strlen(code) + 1);
}

/* Population for the prior (ct_gaz_rank_pop()). */
static uint32_t eff_pop(const ct_gaz_entry *c)
{
    return ct_gaz_rank_pop(c->population, c->kind, c->feature);
}

/* Whether c, reached through an alternate name, is read as though by its own: the name is
 * ASCII and of five letters or more, no other place has it, and c is a city of 100,000 or
 * more. A city's current spelling is often only an alternate in GeoNames (a romanization that
 * replaced the one GeoNames keeps: "Gyeongju" for "Kyonju", "Gunsan" for "Kunsan"; "Aarhus"
 * for "Århus"), and news names such a city bare. Such a name that only one large city bears is
 * seldom anything else, but the short ones are: words and given names ("Tour" for Tours,
 * "Gold", "Sam"). */
static int sole_alt(const raw_place *r, const ct_gaz_entry *c)
{
    return c->alt && r->ncand == 1 && r->ascii && c->kind == CT_PLACE_CITY &&
           eff_pop(c) >= 100000 && strlen(r->nkey) >= 5;
}

/* The part of a candidate's score that is its own (population, rank, kind, alternate name),
 * computed once per distinct name: the context comes on top in cand_score(). */
static inline double cand_prior(const ct_gaz_entry *c)
{
    double s = 0;
    if (c->kind == CT_PLACE_CITY) {
        s = c->lpop;                /* log10(eff_pop(c) + 1), which the index keeps */
        const char *f = c->feature; /* "PPL" and one or two more letters, compared inline */
        if (f[0] == 'P' && f[1] == 'P' && f[2] == 'L') {
            if (f[3] == 'C' && !f[4])
                s += 2.0;
            else if (f[3] == 'A' && !f[4])
                s += 1.0;
            else if (f[3] == 'A' && f[4] == '2' && !f[5])
                s += 0.3;
            else if (f[3] == 'X' && !f[4])
                s -= 1.0;
        }
    } else if (c->kind == CT_PLACE_ADMIN1) {
        s = c->alt ? 3.5 : 4.5;
    } else {
        s = c->alt ? 8.0 : 10.0;
    }
    if (c->alt) s -= 1.0;
    return s;
}

/* The cand_info of candidate c; with its prior left 0 when c is its name's only candidate
 * (lone): resolve_one() only compares the scores of a name's candidates, so a lone one is
 * chosen whatever its score. The region's hash is the index's a1hash. Inline: gcc called it
 * out of line once its memos (moved, pick) made the struct longer (27,193 calls per 1k
 * sample). */
static inline cand_info cand_info_of(const ct_gaz_entry *c, int lone)
{
    return (cand_info){lone ? 0 : cand_prior(c), c->a1hash, 0, {0, 0, 0}};
}

/* A name's candidates, shared by its mentions (a direct-mapped cache by name row or key). A miss
 * only looks the name up again, so the size changes no answer: a slot per eight tokens (an
 * article names fewer distinct places than that), at least 64 and at most 1024, keeps the
 * zeroing of a short article's table short. */
#define CAND_CACHE_MIN 64
#define CAND_CACHE_MAX 1024
/* Bytes of a name's array per candidate: the candidates, then as many cand_info (for at most
 * as many candidates as were allotted), in one allocation, so that a slot finds both. */
#define CAND_ROOM (sizeof(ct_gaz_entry) + sizeof(cand_info))
_Static_assert(sizeof(ct_gaz_entry) % _Alignof(cand_info) == 0, "a cand_info array may follow");
typedef struct {
    const char *key;    /* the reading's letter ('g', 'a', 'A', 'd') and the name key, or NULL */
    ct_gaz_entry *cand; /* its candidates (arena), their cand_info_of() right after them */
    uint32_t ncand;
    uint32_t lowq; /* 1 + the name's lowercase-word question (lower_ask()), or 0 */
    int32_t row;   /* the gazetteer's name row it is known by ('g', 'A'), or -1: by its key */
    uint8_t stop;  /* 1 + the name's stop answer (the raw's stop), or 0: not kept */
} cand_slot;       /* (32 bytes: the table is zeroed per article) */

typedef struct {
    cand_slot *slot; /* arena, zeroed */
    size_t mask;     /* slots less one (a power of two less one) */
} cand_cache;

/* Spots names in sentence s; appends to raws. */
static int spot_sentence(ct_analysis *an, const lexset *lx, lowerset *ls, size_t s, rvec *raws,
                         ct_vec *defs, const cand_cache *cache, const probe_memo *probes)
{
    const ct_sentence *se = &an->sents[s];
    size_t s0 = se->tok, s1 = se->tok + se->ntok;
    ct_gaz_entry cand[MAX_CAND];
    int title = (se->flags & CT_SENT_TITLE) != 0;
    /* only a capitalised word starts a name, and an all-caps one a defined acronym: the
     * tokenizer sets both flags on words alone (so the loop stops at words only), and most
     * tokens have neither */
    uint16_t starts = defs->n ? CT_TOK_CAP | CT_TOK_UPPER : CT_TOK_CAP;
    const ct_token *toks = an->toks;
    for (size_t i = s0; i < s1; i++) {
        while (i < s1 && !(toks[i].flags & starts)) /* (a loop of its own: a load and a test) */
            i++;
        if (i == s1) break;
        const ct_token *t = &toks[i];
        /* an acronym a city government defined earlier: "SMG" */
        if (t->flags & CT_TOK_UPPER) {
            int hit = -1;
            for (size_t d = 0; d < defs->n; d++) {
                size_t r = *CT_VEC_AT(defs, size_t, d);
                const raw_place *rp = &raws->items[r];
                if (an->toks[rp->tok].len == t->len &&
                    memcmp(ct_tok_text(an, rp->tok), ct_tok_text(an, i), t->len) == 0)
                    hit = (int)r;
            }
            if (hit >= 0) {
                raw_place *rp = rvec_push(raws);
                if (!rp) return CT_ENOMEM;
                /* the defining raw is the one just before the "(SMG)" definition */
                const raw_place *def = &raws->items[(size_t)hit];
                rp->tok = (uint32_t)i;
                rp->ntok = 1;
                rp->name_tok = (uint32_t)i;
                rp->ntok_name = 1;
                rp->sent = (uint32_t)s;
                rp->acro_of = def->qual; /* a definition stores its owner in qual */
                rp->qual = -1;
                rp->head = -1;
                rp->chosen = -1;
                rp->cls = CLS_GOV;
                continue;
            }
        }
        if (!(t->flags & CT_TOK_CAP)) continue;
        const char *aval = NULL, *dval = NULL;
        size_t na = 0, nd = 0;
        /* (most capitalised words begin no phrase of the block, alias and demonym tables: one
         * test of the mark) */
        int named = !lx->name_bits || (an->lexmask[i] & lx->name_bits);
        if (named) {
            /* a block phrase ("Middle East") hides the names inside it, unless a stop phrase
             * at least as long begins there: the block table is small, so the stop table is
             * asked only after a block phrase */
            const char *v = NULL;
            size_t nb = ct_lex_match(lx->block, an, i, s1, &v);
            if (nb && ct_lex_match(lx->stop, an, i, s1, &v) < nb) {
                i += nb - 1;
                continue;
            }
            na = ct_lex_match(lx->alias, an, i, s1, &aval);
        }
        /* a state abbreviation qualifying the place before it: "Springfield, Ill.", "Columbia,
         * MO" */
        size_t nab = 0;
        if (!na && i >= s0 + 2 && tok_is(an, i - 1, ",") && raws->n &&
            raws->items[raws->n - 1].tok + raws->items[raws->n - 1].ntok == i - 1 &&
            (nab = ct_lex_match(lx->abbr, an, i, s1, &aval)) != 0) {
            size_t e = i + nab;
            int dotted = tok_is(an, e - 1, ".") ||
                         (e < s1 && tok_is(an, e, ".") && !(an->toks[e].flags & CT_TOK_SPACE));
            /* ...but "BUSAN, IN BID" is a headline in capitals */
            int postal = nab == 1 && t->len == 2 && (t->flags & CT_TOK_UPPER) &&
                         !(e < s1 && (an->toks[e].flags & CT_TOK_UPPER));
            if (dotted || postal)
                na = nab;
            else
                aval = NULL;
        }
        if (named) nd = ct_lex_match(lx->demonyms, an, i, s1, &dval);
        size_t ng = 0;
        long gaz_row = -1;   /* the gazetteer's name row of the ng tokens */
        size_t gaz_klen = 0; /* and the bytes of its key */
        /* a short all-caps word is an acronym ("YU", "SEL"): only the alias table knows it */
        int acronym = (t->flags & CT_TOK_UPPER) && t->len <= 3;
        if (lx->gaz) ng = gaz_match(an, lx, probes, i, s1, &gaz_row, &gaz_klen);
        /* ...unless it opens a longer name in capitals ("SAN DIEGO", "NEW YORK") */
        if (acronym && ng < 2) ng = 0;
        /* the longest reading wins; on a tie an alias beats the gazetteer and a demonym beats
         * a gazetteer name ("Georgian") */
        size_t len = ng;
        int kind_alias = 0, kind_dem = 0;
        if (na | nd) { /* (most words are neither) */
            if (na && na >= ng) {
                len = na;
                kind_alias = 1;
            }
            if (nd && nd > len) {
                len = nd;
                kind_dem = 1;
                kind_alias = 0;
            } else if (nd && nd == len && !kind_alias) {
                kind_dem = 1;
            }
        }
        if (!len) continue;
        raw_place *rp = rvec_push(raws);
        if (!rp) return CT_ENOMEM;
        rp->tok = rp->name_tok = (uint32_t)i;
        rp->ntok = rp->ntok_name = (uint32_t)len;
        rp->sent = (uint32_t)s;
        rp->acro_of = -1;
        rp->qual = -1;
        rp->head = -1;
        rp->chosen = -1;
        rp->single = len == 1;
        /* one candidate array per distinct name and reading: repeated mentions share it. A
         * reading of the gazetteer's span ('g', or 'A': an alias of it) is known by its name row,
         * which its key is, so a mention seen before needs no key joined, when the whole key
         * fits ck (a longer one is cut there, and known by the cut key as any other) */
        char ck[130];
        ck[0] = kind_dem ? 'd' : kind_alias ? (ng == len ? 'A' : 'a') : 'g';
        int by_row = ng == len && !kind_dem && gaz_klen < sizeof ck - 2;
        cand_slot *slot;
        if (by_row) {
            uint32_t rh = (uint32_t)gaz_row * 2654435761u; /* (both readings of a row: one slot) */
            slot = &cache->slot[(rh ^ rh >> 16) & cache->mask];
        } else {
            span_key(an, i, i + len - 1, ck + 1, sizeof ck - 1);
            slot = &cache->slot[ct_gaz_key_hash(ck) & cache->mask];
        }
        int hit = slot->key &&
                  (by_row ? slot->row == gaz_row && slot->key[0] == ck[0] : !strcmp(slot->key, ck));
        if (!hit && by_row) span_key(an, i, i + len - 1, ck + 1, sizeof ck - 1);
        if (hit) {
            rp->cand = slot->cand;
            rp->ncand = slot->ncand;
            rp->info = (cand_info *)(rp->cand + rp->ncand);
            rp->nkey = slot->key + 1;
        } else if (kind_dem || kind_alias) {
            char key[24];
            if (kind_dem)
                cc_key(key, dval);
            else
                key_copy(key, aval);
            ct_gaz_entry e;
            if (entry_for_key(lx->gaz, key, &e) != 0) {
                raws->n--;
                continue;
            }
            /* an alias keeps the gazetteer's readings of the same span behind its own, for a
             * qualifier that contradicts it ("St. Petersburg, Florida") */
            size_t extra =
                kind_alias && ng == len ? ct_gaz_row(lx->gaz, gaz_row, cand, MAX_CAND) : 0;
            rp->cand = ct_arena_alloc(an->arena, (1 + extra) * CAND_ROOM);
            if (!rp->cand) return CT_ENOMEM;
            rp->cand[0] = e;
            rp->ncand = 1;
            for (size_t k = 0; k < extra; k++)
                if (strcmp(cand[k].key, e.key) != 0) rp->cand[rp->ncand++] = cand[k];
            if (e.key == key) { /* no gazetteer: keep the key alive in the arena */
                char *k = ct_arena_strndup(an->arena, key, strlen(key));
                if (!k) return CT_ENOMEM;
                rp->cand[0].key = k;
                rp->cand[0].name = k + 3;
            }
        } else {
            /* (the candidates written in place: room for as many as the row lists, at most
             * MAX_CAND, of which ct_gaz_row() writes the ncand it keeps) */
            size_t room = ct_gaz_row_size(lx->gaz, gaz_row);
            if (room > MAX_CAND) room = MAX_CAND;
            rp->cand = ct_arena_alloc_raw(an->arena, room * CAND_ROOM); /* filled below */
            if (!rp->cand) return CT_ENOMEM;
            rp->ncand = (uint32_t)ct_gaz_row(lx->gaz, gaz_row, rp->cand, room);
        }
        uint8_t *keep = NULL; /* the slot's stop answer, to be kept (a new name's key, uncut) */
        if (!*rp->nkey) {
            size_t cklen = strlen(ck);
            char *kc = ct_arena_strndup(an->arena, ck, cklen);
            if (!kc) return CT_ENOMEM;
            cand_info *info = (cand_info *)(rp->cand + rp->ncand);
            for (uint32_t k = 0; k < rp->ncand; k++)
                info[k] = cand_info_of(&rp->cand[k], rp->ncand == 1);
            rp->info = info;
            slot->key = kc;
            slot->row = by_row ? (int32_t)gaz_row : -1;
            slot->cand = rp->cand;
            slot->ncand = rp->ncand;
            slot->lowq = 0;
            slot->stop = 0;
            if (cklen < sizeof ck - 2) keep = &slot->stop;
            rp->nkey = kc + 1;
        }
        rp->demonym = (uint8_t)kind_dem;
        rp->alias = (uint8_t)kind_alias;
        /* The stop answer is the name key's (a one-word name's key is its token's key, which
         * ct_lex_tok() looks up behind the token's lexicon bits, without folding): asked once
         * per name and kept in its slot, unless the key was cut to fit ck (a one-word name's
         * own key may then be longer than the slot's, and tell other names apart) */
        if (slot->stop) {
            rp->stop = slot->stop - 1;
        } else {
            if (len == 1)
                rp->stop = (lx->stop_bits && !(an->lexmask[i] & lx->stop_bits))
                               ? 0
                               : ct_lex_tok(lx->stop, an, i) || ct_lex_tok(lx->block, an, i);
            else
                rp->stop = ct_lex_get(lx->stop, rp->nkey) || ct_lex_get(lx->block, rp->nkey);
            if (keep) *keep = (uint8_t)(1 + rp->stop);
        }
        uint32_t b0 = an->toks[i].off, b1 = an->toks[i + len - 1].off + an->toks[i + len - 1].len;
        /* (a one-word name the tokenizer saw as ASCII letters and digits is ASCII: no scan) */
        rp->ascii =
            (len == 1 && (an->toks[i].flags & CT_TOK_ALNUM)) || ascii_only(an->text + b0, b1 - b0);
        rp->after_the = i > s0 && tok_is(an, i - 1, "the");
        rp->sent_init = i == s0 || (i > s0 && !tok_word(an, i - 1) && i - 1 == s0);
        /* a word after it, lowercase or in a headline: "Split between", "Split Over Budget"
         * (a comma, or "and" before a name, lists names: "Split, Zadar and Rijeka", "Split and
         * Rijeka") */
        if (rp->sent_init && rp->single && !rp->alias && !rp->demonym && i + 1 < s1 &&
            tok_word(an, i + 1) && (title || !tok_cap(an, i + 1)) &&
            !((tok_is(an, i + 1, "and") || tok_is(an, i + 1, "or")) && i + 2 < s1 &&
              tok_cap(an, i + 2)) &&
            ct_lex_tok(lx->common, an, i))
            rp->word = 1;
        if (rp->single && !rp->alias && !rp->demonym) { /* asked once per distinct name */
            if (!slot->lowq && !(slot->lowq = lower_ask(ls, rp->nkey))) return CT_ENOMEM;
            rp->lowq = slot->lowq;
        }
        /* affixes */
        if (!rp->demonym) {
            size_t from = i;
            rp->cls = (uint8_t)prefix_class(an, lx, s0, i, &from);
            if (rp->cls == CLS_CUE) {
                rp->cls = CLS_NONE;
                rp->cue = 1;
                from = i;
            }
            /* "X and Y" after a cue: both */
            if (!rp->cue && raws->n >= 2) { /* (the cue first: most names before have none) */
                const raw_place *pr = &raws->items[raws->n - 2];
                if (pr->cue && pr->tok + pr->ntok == i - 1 && i >= s0 + 2 &&
                    tok_is(an, i - 1, "and"))
                    rp->cue = 1;
            }
            /* a dateline: a name in capitals opening a line, then a comma or a dash */
            if (is_dateline(an, i, len)) rp->cue = 1;
            if (from < i) {
                /* a name spotted inside "City of" ("City") gives way to the whole */
                if (raws->n >= 2) {
                    raw_place *pr = &raws->items[raws->n - 2];
                    if (pr->tok + pr->ntok > from && pr->tok >= from && pr->acro_of == -1) {
                        *pr = *rp;
                        raws->n--;
                        rp = pr;
                    }
                }
                rp->ntok += (uint32_t)(i - from);
                rp->tok = (uint32_t)from;
            }
            size_t e = i + len;
            const char *pv = NULL;
            size_t np = affix_match(lx, an, e, s1, &pv);
            if (np && pv && !strncmp(pv, "post ", 5) &&
                (tok_cap(an, e) || !strcmp(pv + 5, "region") || !strcmp(pv + 5, "city") ||
                 !strcmp(pv + 5, "notcity"))) {
                const char *c = pv + 5;
                if (!strcmp(c, "gov")) {
                    rp->cls = CLS_GOV;
                    rp->ntok += (uint32_t)np;
                } else if (!strcmp(c, "city")) {
                    /* "Velkow City" names the city government too (spec: "Busan City");
                     * "Velkow city" only the city. After a common word it names a kind of
                     * city ("a Friendship City Agreement", "the Green City Award", "Port
                     * City"), unless an office of the city follows ("Mission City
                     * Councilmember") */
                    const char *tv = NULL;
                    if (rp->cls != CLS_GOV &&
                        (!rp->stop || (e + np < s1 && tok_cap(an, e + np) &&
                                       ct_lex_match(lx->titles, an, e + np, s1, &tv))))
                        rp->cls = tok_cap(an, e) ? CLS_GOV : CLS_CITY;
                    rp->ntok += (uint32_t)np;
                } else if (!strcmp(c, "citycouncil")) {
                    if (rp->cls == CLS_NONE) rp->cls = CLS_CITY;
                } else if (!strcmp(c, "regionmark")) {
                    /* "Jeju Governor": the region, the title stays outside the span */
                    if (rp->cls == CLS_NONE) {
                        rp->cls = CLS_REGION;
                        rp->mark = 1;
                    }
                } else if (!strcmp(c, "notcity")) {
                    /* "Udupi district", "Jeju Island": not the city of that name */
                    rp->notcity = 1;
                } else if (!strcmp(c, "citymark")) {
                    if (rp->cls == CLS_NONE) {
                        rp->cls = CLS_CITY;
                        rp->mark = 1;
                    }
                } else if (!strcmp(c, "region")) {
                    rp->cls = CLS_REGION;
                    rp->ntok += (uint32_t)np;
                }
            }
        }
        /* person cues: "Mr. Lee", "Mayor Park"; "Lee Jae-myung" (another capitalised word
         * right after a one-word name) */
        if (!rp->demonym && !rp->alias && !(t->flags & CT_TOK_UPPER)) {
            size_t p = i;
            if (p > s0 && tok_is(an, p - 1, ".") && !(an->toks[p - 1].flags & CT_TOK_SPACE)) p--;
            /* (the capital first: most words before a name are lowercase) */
            if (p > s0 && tok_cap(an, p - 1) && ct_lex_tok(lx->person, an, p - 1)) rp->person = 1;
            /* "Li Qiang", "Victor Hugo": a capitalised word (not a sentence's first, not a
             * place's) right before a one-word name */
            if (!title && rp->single && i > s0 + 1 && tok_cap(an, i - 1) &&
                (an->toks[i].flags & CT_TOK_SPACE) && !(an->toks[i - 1].flags & CT_TOK_SENT) &&
                !ct_lex_tok(lx->follow, an, i - 1)) {
                rp->person = 1;
            }
            size_t e = rp->tok + rp->ntok;
            if (!title && rp->single && rp->ntok == rp->ntok_name && e < s1 && tok_cap(an, e) &&
                (an->toks[e].flags & CT_TOK_SPACE) && !ct_lex_tok(lx->follow, an, e)) {
                rp->follow = 1;
                rp->person = 1;
            }
        }
        /* "Korea Herald", "Korea Foundation": a known name opening an organisation's name */
        if (rp->alias && rp->single && !title && !(t->flags & CT_TOK_UPPER)) {
            size_t e3 = rp->tok + rp->ntok;
            if (e3 < s1 && tok_cap(an, e3) && (an->toks[e3].flags & CT_TOK_SPACE) &&
                !ct_lex_tok(lx->follow, an, e3))
                rp->follow = 1;
        }
        if (rp->single && !rp->demonym && !rp->alias) {
            size_t e2 = rp->tok + rp->ntok;
            if (e2 < s1 && tok_word(an, e2) && ct_lex_tok(lx->speech, an, e2)) rp->speaker = 1;
        }
        /* "Seoul Metropolitan Government (SMG)": a definition */
        size_t e = rp->tok + rp->ntok;
        if ((rp->cls == CLS_GOV || (rp->cls == CLS_REGION && rp->ntok > rp->ntok_name)) &&
            e + 2 < s1 && tok_is(an, e, "(") && (an->toks[e + 1].flags & CT_TOK_UPPER) &&
            tok_is(an, e + 2, ")")) {
            size_t owner = raws->n - 1;
            raw_place *def = rvec_push(raws);
            if (!def) return CT_ENOMEM;
            def->tok = def->name_tok = (uint32_t)(e + 1);
            def->ntok = def->ntok_name = 1;
            def->sent = (uint32_t)s;
            def->acro_of = -2; /* a definition, not itself a mention */
            def->qual = (int32_t)owner;
            def->head = -1;
            def->chosen = -1;
            size_t *di = defs->n < 64 ? ct_vec_push(an->arena, defs) : NULL;
            if (di) *di = raws->n - 1;
            if (defs->n) starts |= CT_TOK_UPPER;
            i = e + 2;
            continue;
        }
        i = rp->tok + rp->ntok - 1;
    }
    return 0;
}

/* Score of candidate c, whose cand_info_of() is ci, for raw r given the article's countries.
 * Inline (always: gcc's budget may leave it out): it runs for every candidate of every name in
 * each round. */
static inline __attribute__((always_inline)) double cand_score(const raw_place *r,
                                                               const ct_gaz_entry *c,
                                                               const cand_info *ci,
                                                               const ccset *ccs, const a1set *a1s)
{
    double s = ci->prior;
    if (r->cls == CLS_REGION) s += c->kind == CT_PLACE_ADMIN1 ? 20 : 0;
    if (r->cls == CLS_GOV || r->cls == CLS_CITY) s += c->kind == CT_PLACE_CITY ? 20 : 0;
    /* the article's own countries and regions */
    double ctx = 0;
    if (ccset_has(ccs, c->cc, r->nkey)) ctx += 2.0;
    if (c->kind == CT_PLACE_CITY && c->admin1 && a1set_has(a1s, c->admin1, ci->a1h, r->nkey))
        ctx += 1.0;
    if (c->kind == CT_PLACE_ADMIN1 && a1set_has(a1s, c->key, ci->a1h, r->nkey)) ctx += 1.0;
    return s + ctx;
}

/* Whether qualifier q ("X, Q") fits candidate c. */
static inline int qual_fits(const ct_gaz_entry *c, const ct_gaz_entry *q)
{
    if (q->kind == CT_PLACE_COUNTRY) return cc_eq(c->cc, q->cc) && c->kind != CT_PLACE_COUNTRY;
    if (q->kind == CT_PLACE_ADMIN1)
        return c->kind == CT_PLACE_CITY && c->admin1 && same_key(c->admin1, q->key);
    return 0;
}

_Static_assert(MAX_CAND < 16, "a candidate's index and 1 fit the low four bits of a pick");

/* The class of score a raw's class gives its candidates (cand_score()): none, a city's, a
 * region's. */
static inline int score_class(int cls)
{
    return cls == CLS_REGION ? 2 : cls == CLS_GOV || cls == CLS_CITY ? 1 : 0;
}

/* Chooses and accepts or rejects raw r in round round (see resolve()). */
static void resolve_one(raw_place *rs, size_t nr, size_t ri, const ccset *ccs, const a1set *a1s,
                        int round)
{
    raw_place *r = &rs[ri];
    r->chosen = -1;
    r->accepted = 0;
    if (r->acro_of == -2 || !r->ncand) return;
    const ct_gaz_entry *q = NULL;
    if (r->qual >= 0 && (size_t)r->qual < nr && rs[r->qual].accepted && rs[r->qual].chosen >= 0)
        q = &rs[r->qual].cand[rs[r->qual].chosen];
    int any_fit = 0;
    if (q)
        for (uint32_t k = 0; k < r->ncand; k++)
            any_fit |= qual_fits(&r->cand[k], q);
    /* a qualifier ("Bellevue, Washington") reads as the region or country that fits its head */
    int head_fit = 0;
    const raw_place *hd = r->head >= 0 && (size_t)r->head < nr ? &rs[r->head] : NULL;
    if (hd)
        for (uint32_t k = 0; k < r->ncand && !head_fit; k++)
            for (uint32_t j = 0; j < hd->ncand && !head_fit; j++)
                head_fit |= qual_fits(&hd->cand[j], &r->cand[k]);
    /* an alias is its own reading unless a qualifier or its head says otherwise */
    uint32_t ncand = r->ncand;
    if (r->alias && !(any_fit && !qual_fits(&r->cand[0], q))) {
        int fits = !head_fit;
        for (uint32_t j = 0; hd && j < hd->ncand && !fits; j++)
            fits = qual_fits(&hd->cand[j], &r->cand[0]);
        if (fits) ncand = 1;
    }
    /* with nothing but its class to set candidates aside, a name's scores choose the same
     * candidate for each of its mentions in a round (the sets change only between rounds):
     * chosen once per name, class and round */
    uint8_t *pick = NULL;
    if (!any_fit && !head_fit && ncand == r->ncand && ncand > 1) {
        pick = &r->info[0].pick[score_class(r->cls)];
        if (*pick >> 4 == round && (*pick & 15)) {
            r->chosen = (*pick & 15) - 1;
            ncand = 0; /* (the scores are not asked) */
            pick = NULL;
        }
    }
    double best = -1e9;
    for (uint32_t k = 0; k < ncand; k++) {
        const ct_gaz_entry *c = &r->cand[k];
        if (any_fit && !qual_fits(c, q)) continue;
        if (head_fit) {
            int fits = 0;
            for (uint32_t j = 0; j < hd->ncand && !fits; j++)
                fits = qual_fits(&hd->cand[j], c);
            if (!fits) continue;
        }
        /* a lone reading is chosen whatever its score (a finite one): only a name's readings
         * are compared, so it is not scored */
        if (ncand == 1) {
            r->chosen = 0;
            break;
        }
        double s = cand_score(r, c, &r->info[k], ccs, a1s);
        /* a region by its own name over a foreign city by an alternate one ("Victoria" is
         * not Hong Kong) */
        if (c->kind == CT_PLACE_CITY && c->alt)
            for (uint32_t m = 0; m < ncand; m++)
                if (r->cand[m].kind == CT_PLACE_ADMIN1 && !r->cand[m].alt &&
                    !cc_eq(r->cand[m].cc, c->cc)) {
                    s -= 2;
                    break;
                }
        /* a city-state: the capital named like its country ("Singapore") is the city */
        if (c->kind == CT_PLACE_CITY && !c->alt && feature_is(c, "PPLC"))
            for (uint32_t m = 0; m < r->ncand; m++)
                if (r->cand[m].kind == CT_PLACE_COUNTRY && cc_eq(r->cand[m].cc, c->cc)) s += 10;
        if (s > best) {
            best = s;
            r->chosen = (int32_t)k;
        }
    }
    if (pick && r->chosen >= 0) *pick = (uint8_t)(round << 4 | (r->chosen + 1));
    if (r->chosen < 0) return;
    /* "Georgia" in an article about the United States: the region of a country the article
     * names, over a country it does not otherwise name */
    if (r->cand[r->chosen].kind == CT_PLACE_COUNTRY && !any_fit &&
        !ccset_has(ccs, r->cand[r->chosen].cc, r->nkey))
        for (uint32_t k = 0; k < r->ncand; k++)
            if (r->cand[k].kind == CT_PLACE_ADMIN1 && !r->cand[k].alt &&
                ccset_has(ccs, r->cand[k].cc, r->nkey)) {
                r->chosen = (int32_t)k;
                break;
            }
    const ct_gaz_entry *c = &r->cand[r->chosen];
    uint32_t pop = eff_pop(c);
    int alt = c->alt && !sole_alt(r, c);
    if (r->notcity && c->kind == CT_PLACE_CITY) return;
    /* "X Province" with no region X in the table: a region the tables lack, not the city */
    if (r->cls == CLS_REGION && !r->mark && c->kind == CT_PLACE_CITY) return;
    int support = any_fit || r->cls != CLS_NONE || r->alias;
    if (r->demonym || r->alias) {
        r->accepted = !(r->alias && r->follow && !any_fit);
        return;
    }
    int incc = ccset_has(ccs, c->cc, r->nkey);
    if (!support) {
        if (r->stop || r->lower_else) return;
        if (r->person && (c->kind != CT_PLACE_CITY || pop < 1000000 || r->follow || alt)) return;
        if (r->speaker && c->kind == CT_PLACE_CITY && pop < 1000000) return;
        if (r->word && !incc) return;
    } else if (r->stop && (r->person || (r->mark && !any_fit))) {
        return; /* "Vice Mayor": a stopword before a title is no place */
    }
    /* an alternate name from a country the article does not name: only a big city or a
     * capital, not as a sentence's first word */
    if (alt && !incc && !support && c->kind == CT_PLACE_CITY) {
        int seat = feature_is(c, "PPLC") || feature_is(c, "PPLA");
        /* an English exonym of a large city ("Nuremberg", "Antwerp") may stand alone too */
        int init = r->sent_init && !r->cue; /* a dateline opens its sentence */
        if (pop < 1000000 && !(seat && pop >= 100000 && !init) &&
            !(pop >= 200000 && r->ascii && !init && r->ntok_name == r->ntok))
            return;
    }
    switch (c->kind) {
    case CT_PLACE_COUNTRY:
        r->accepted = !alt || r->ntok_name > 1 || incc;
        break;
    case CT_PLACE_ADMIN1:
        r->accepted = support || (!alt && !r->sent_init) || incc;
        break;
    default:
        if (support)
            r->accepted = 1;
        else if (pop >= 100000 && (!alt || feature_is(c, "PPLC") || feature_is(c, "PPLA")))
            r->accepted = 1;
        else if (pop >= 300000)
            r->accepted = 1;
        else if (c->admin1 && a1set_has(a1s, c->admin1, r->info[r->chosen].a1h, r->nkey) && !alt &&
                 (!r->sent_init || pop >= 5000))
            r->accepted = 1; /* a town of a region the article names */
        else if (incc && pop >= 20000 && !alt)
            r->accepted = 1; /* a town of a country the article names */
        else if (incc && pop >= 50000 && !r->sent_init)
            r->accepted = 1;
        else if (!r->single && r->ncand == 1 && !alt && pop >= 50000 && !r->after_the)
            r->accepted = 1; /* a town by a name of several words no other place has (but
                              * "the North Port" is a port) */
        else if (r->cue && !alt && (incc || r->ncand == 1 || pop >= 20000))
            r->accepted = 1; /* "a delegation from Gaillac" */
        break;
    }
}

/* Chooses and accepts or rejects raw r in round round (0 or 1: find()). A plain name whose best
 * reading is a town too small to stand alone ("Guanajuato", "New Brunswick") is the region of that
 * name when only one region has it as its own name, or only one in the article's countries. */
static void resolve(raw_place *rs, size_t nr, size_t ri, const ccset *ccs, const a1set *a1s,
                    int round)
{
    raw_place *r = &rs[ri];
    resolve_one(rs, nr, ri, ccs, a1s, round);
    if (r->accepted || r->chosen < 0 || r->cand[r->chosen].kind != CT_PLACE_CITY ||
        r->cls != CLS_NONE || r->notcity || r->stop || r->lower_else || r->person || r->speaker ||
        r->follow || r->alias || r->demonym || r->acro_of != -1 || r->qual >= 0 || r->head >= 0)
        return;
    int only = -1, nonly = 0, incc = -1, nincc = 0;
    for (uint32_t k = 0; k < r->ncand; k++) {
        const ct_gaz_entry *c = &r->cand[k];
        if (c->kind != CT_PLACE_ADMIN1 || c->alt) continue;
        only = (int)k;
        nonly++;
        if (ccset_has(ccs, c->cc, r->nkey)) {
            incc = (int)k;
            nincc++;
        }
    }
    int pick = nincc == 1 ? incc : nonly == 1 && nincc == 0 ? only : -1;
    if (pick < 0 || (r->sent_init && nincc != 1)) return;
    r->chosen = pick;
    r->accepted = 1;
}

/* The article's sets as they stood after the first round of resolution, for unsettled(): a
 * set's entries up to its count and its bloom word (its arrays past the count hold nothing). */
typedef struct {
    ccset cc;
    a1set a1;
} setsnap;

/* Keeps the sets ccs and a1s as they stand in snap. */
static void setsnap_take(setsnap *snap, const ccset *ccs, const a1set *a1s)
{
    snap->cc.n = ccs->n;
    snap->cc.bloom = ccs->bloom;
    memcpy(snap->cc.cc, ccs->cc, (size_t)ccs->n * sizeof *ccs->cc);
    memcpy(snap->cc.src, ccs->src, (size_t)ccs->n * sizeof *ccs->src);
    snap->a1.n = a1s->n;
    snap->a1.bloom = a1s->bloom;
    memcpy(snap->a1.key, a1s->key, (size_t)a1s->n * sizeof *a1s->key);
    memcpy(snap->a1.src, a1s->src, (size_t)a1s->n * sizeof *a1s->src);
    memcpy(snap->a1.h, a1s->h, (size_t)a1s->n * sizeof *a1s->h);
}

/* Whether the sets answer one of raw r's candidates otherwise now: they were before as in snap,
 * are now as in ccs and a1s, and the bloom bits of the countries (cc_moved, cc_bit()) and
 * regions (a1_moved, by ct_gaz_key_hash()) that entered them or lost their source between the
 * rounds are given. Of the sets, resolve() asks only whether a candidate's country is in them
 * and its region (a region's own key, else a city's), for r's name; only an answer whose bloom
 * bit moved is asked again (a name that put a country or region in a set alone does not count it
 * for itself, src_ok(): most moves change no answer for that name's own mentions). */
static int moved_answers(const raw_place *r, const setsnap *snap, const ccset *ccs,
                         const a1set *a1s, uint64_t cc_moved, uint64_t a1_moved)
{
    for (uint32_t k = 0; k < r->ncand; k++) {
        const ct_gaz_entry *c = &r->cand[k];
        if ((cc_bit(c->cc) & cc_moved) &&
            ccset_has(&snap->cc, c->cc, r->nkey) != ccset_has(ccs, c->cc, r->nkey))
            return 1;
        uint32_t h = r->info[k].a1h;
        if (a1_moved >> (h & 63) & 1) {
            const char *key = c->kind == CT_PLACE_ADMIN1 ? c->key : c->admin1;
            if (key && a1set_has(&snap->a1, key, h, r->nkey) != a1set_has(a1s, key, h, r->nkey))
                return 1;
        }
    }
    return 0;
}

/* Whether the second round of resolution must resolve raw r again. Of other raws, resolve()
 * reads only r's qualifier's outcome (which may move) and its head's candidates (which do not);
 * between the rounds a name may be marked a region; of the sets, what moved_answers() asks. So a
 * raw with no qualifier, not of the region class, and none of whose candidates the sets answer
 * otherwise now resolves as before. That last part is its name's (the mentions of a name share
 * their candidates and key): asked once per name, and kept in its first cand_info. */
static int unsettled(const raw_place *r, const setsnap *snap, const ccset *ccs, const a1set *a1s,
                     uint64_t cc_moved, uint64_t a1_moved)
{
    if (r->qual >= 0 || r->cls == CLS_REGION) return 1;
    if (!r->ncand) return 0;
    cand_info *first = &r->info[0];
    if (!first->moved)
        first->moved = (uint8_t)(1 + moved_answers(r, snap, ccs, a1s, cc_moved, a1_moved));
    return first->moved - 1;
}

/* Is raw r a name standing alone, with nothing around it that speaks for or against a place? */
static inline int bare_name(const raw_place *r)
{
    return !r->accepted && r->acro_of == -1 && r->chosen >= 0 && r->cls == CLS_NONE && !r->cue &&
           !r->stop && !r->lower_else && !r->person && !r->speaker && !r->follow && !r->notcity &&
           !r->alias && !r->demonym && r->qual < 0 && r->head < 0;
}

/* Is raw o an accepted city or region joined to r by one "and", "or" or comma? */
static int coordinated(const ct_analysis *an, const raw_place *r, const raw_place *o)
{
    if (!o->accepted || o->chosen < 0 || o->acro_of != -1 || o->demonym ||
        o->cand[o->chosen].kind == CT_PLACE_COUNTRY || o->sent != r->sent)
        return 0;
    const raw_place *a = o->tok < r->tok ? o : r, *b = o->tok < r->tok ? r : o;
    uint32_t gap = a->tok + a->ntok;
    return b->tok == gap + 1 && (tok_is(an, gap, "and") || tok_is(an, gap, "or") ||
                                 tok_is(an, gap, ",") || tok_is(an, gap, "&"));
}

/* One sense per article: a bare name is the place that the same name, accepted elsewhere in
 * the article with support ("the Mayor of Troyes"), was read as ("a visit to Troyes"). */
static void accept_echoes(raw_place *rs, size_t nr)
{
    for (size_t r = 0; r < nr; r++) {
        raw_place *rp = &rs[r];
        if (!bare_name(rp)) continue;
        const char *key = rp->cand[rp->chosen].key;
        for (size_t o = 0; o < nr; o++)
            if (rs[o].accepted && rs[o].chosen >= 0 && rs[o].acro_of == -1 &&
                rs[o].nkey[0] == rp->nkey[0] && same_key(rs[o].nkey, rp->nkey) &&
                same_key(rs[o].cand[rs[o].chosen].key, key)) {
                rp->accepted = 1;
                break;
            }
    }
}

/* A small town whose country the article never names stands alone only with support. Being
 * listed with an accepted city ("between Troyes and Kinsale", "Kinsale and Troyes") is
 * support when the gazetteer knows no other place of that name. */
static void accept_coordinated(const ct_analysis *an, raw_place *rs, size_t nr)
{
    accept_echoes(rs, nr);
    int more = 0; /* a name was accepted here: it may have echoes of its own */
    for (size_t r = 0; r < nr; r++) {
        raw_place *rp = &rs[r];
        if (!bare_name(rp) || rp->ncand != 1 || rp->cand[0].kind != CT_PLACE_CITY ||
            rp->cand[0].alt)
            continue;
        if ((r > 0 && coordinated(an, rp, &rs[r - 1])) ||
            (r + 1 < nr && coordinated(an, rp, &rs[r + 1]))) {
            rp->accepted = 1;
            more = 1;
        }
    }
    /* (accept_echoes() leaves no echo behind: a name it accepts has the key and the place of
     * one accepted before it, so a later echo of it is one of that one, and an earlier one was
     * found so too. Only new names give it more to do.) */
    if (more) accept_echoes(rs, nr);
}

static void lexset_init(const ct_analysis *an, lexset *lx)
{
    const ct_lexicons *lex = an->ctx ? an->ctx->lex : NULL;
    lx->alias = ct_lex(lex, "place_alias");
    lx->demonyms = ct_lex(lex, "demonyms");
    lx->stop = ct_lex(lex, "place_stop");
    lx->block = ct_lex(lex, "place_block");
    lx->affix = ct_lex(lex, "place_affix");
    lx->follow = ct_lex(lex, "place_follow");
    lx->person = ct_lex(lex, "place_person");
    lx->speech = ct_lex(lex, "place_speech");
    lx->abbr = ct_lex(lex, "place_abbr");
    lx->titles = ct_lex(lex, "titles");
    lx->common = ct_lex(lex, "place_common");
    lx->gaz = an->ctx ? an->ctx->gaz : NULL;
    lx->affix_bit = ct_lex_bit(lx->affix);
    lx->affix_marks = lx->affix_bit ? an->lexmask : NULL;
    uint64_t bb = ct_lex_bit(lx->block), ba = ct_lex_bit(lx->alias), bd = ct_lex_bit(lx->demonyms);
    lx->name_bits = an->lexmask && bb && ba && bd ? bb | ba | bd : 0;
    uint64_t bs = ct_lex_bit(lx->stop);
    lx->stop_bits = an->lexmask && bs && bb ? bs | bb : 0;
}

static int find(ct_analysis *an, rvec *raws, lowerset *ls);

int ct_places_find(ct_analysis *an)
{
    if (!an || !an->ctx) return 0;
    raw_place local[RVEC_LOCAL];
    lower_q qlocal[LOWER_LOCAL];
    rvec raws = {local, 0, RVEC_LOCAL, local};
    lowerset ls = {qlocal, 0, LOWER_LOCAL, qlocal};
    int rc = find(an, &raws, &ls);
    if (raws.items != local) free(raws.items);
    if (ls.q != qlocal) free(ls.q);
    return rc;
}

/* ct_places_find() over caller-freed scratch. */
static int find(ct_analysis *an, rvec *raws, lowerset *ls)
{
    lexset lx;
    lexset_init(an, &lx);
    ct_vec defs;
    ct_vec_init(&defs, sizeof(size_t));
    size_t nslot = CAND_CACHE_MIN;
    while (nslot < CAND_CACHE_MAX && nslot < an->ntoks / 8)
        nslot *= 2;
    cand_cache cache = {ct_arena_alloc(an->arena, nslot * sizeof *cache.slot), nslot - 1};
    if (!cache.slot) return CT_ENOMEM;
    size_t nprobe = PROBE_MEMO_MIN;
    while (nprobe < PROBE_MEMO_MAX && nprobe < an->ntoks / 8)
        nprobe *= 2;
    probe_memo probes = {ct_arena_alloc(an->arena, nprobe * sizeof *probes.slot), nprobe - 1};
    if (!probes.slot) return CT_ENOMEM;
    for (size_t s = 0; s < an->nsents; s++) {
        if (an->sents[s].flags & CT_SENT_BOILER) continue;
        int rc = spot_sentence(an, &lx, ls, s, raws, &defs, &cache, &probes);
        if (rc) return rc;
    }
    raw_place *rs = raws->items;
    size_t nr = raws->n;
    lower_answer(an, ls);
    for (size_t r = 0; r < nr; r++)
        if (rs[r].lowq) rs[r].lower_else = (uint8_t)ls->q[rs[r].lowq - 1].found;
    /* qualifiers: "X, Y" where Y is the next name, right after a comma */
    for (size_t r = 0; r + 1 < nr; r++) {
        if (rs[r].acro_of != -1 || rs[r + 1].acro_of != -1) continue;
        uint32_t e = rs[r].tok + rs[r].ntok;
        if (rs[r + 1].tok == e + 1 && tok_is(an, e, ",") && !rs[r + 1].demonym) {
            rs[r].qual = (int32_t)(r + 1);
            rs[r + 1].head = (int32_t)r;
        }
        /* "Nara in Japan" */
        if (rs[r + 1].tok == e + 1 && tok_is(an, e, "in") && !rs[r + 1].demonym &&
            rs[r + 1].ncand && rs[r + 1].cand[0].kind == CT_PLACE_COUNTRY)
            rs[r].qual = (int32_t)(r + 1);
    }
    /* the article's countries: named countries and demonyms first */
    ccset ccs; /* (only n and bloom need a value: the arrays are written before they are read) */
    a1set a1s;
    ccs.n = a1s.n = 0;
    ccs.bloom = a1s.bloom = 0;
    for (size_t r = 0; r < nr; r++)
        if (rs[r].acro_of == -1 && rs[r].ncand && rs[r].cand[0].kind == CT_PLACE_COUNTRY &&
            (rs[r].alias || rs[r].demonym || (!rs[r].cand[0].alt && !rs[r].stop)))
            ccset_add(&ccs, rs[r].cand[0].cc, rs[r].alias || rs[r].demonym ? NULL : rs[r].nkey);
    /* two rounds: the second knows the countries of the confident places of the first, and
     * resolves again only the raws that this may change (unsettled()) */
    uint64_t cc_moved = 0, a1_moved = 0;
    setsnap snap; /* (taken before it is read, in the first round) */
    for (int round = 0; round < 2; round++) {
        /* qualifiers first (they come later in the text). One pass is enough: a name reads
         * only its own fields, the candidates of its head and the outcome of its qualifier,
         * which is always the next name (r + 1) and is settled before it; a second pass in
         * text order would see the same inputs and repeat every outcome. */
        for (size_t r = nr; r-- > 0;) {
            if (round == 0 || unsettled(&rs[r], &snap, &ccs, &a1s, cc_moved, a1_moved))
                resolve(rs, nr, r, &ccs, &a1s, round);
        }
        if (round == 1) break;
        setsnap_take(&snap, &ccs, &a1s);
        for (size_t r = 0; r < nr; r++) {
            if (!rs[r].accepted || rs[r].chosen < 0) continue;
            const ct_gaz_entry *c = &rs[r].cand[rs[r].chosen];
            if (c->kind == CT_PLACE_COUNTRY || c->kind == CT_PLACE_ADMIN1 ||
                c->population >= 200000 || rs[r].cls != CLS_NONE)
                cc_moved |=
                    ccset_add(&ccs, c->cc, rs[r].alias || rs[r].demonym ? NULL : rs[r].nkey);
            if (c->kind == CT_PLACE_ADMIN1)
                a1_moved |= a1set_add(&a1s, c->key, c->a1hash, rs[r].alias ? NULL : rs[r].nkey);
            else if (c->kind == CT_PLACE_CITY && (c->population >= 100000 || rs[r].cls))
                a1_moved |= a1set_add(&a1s, c->admin1, c->a1hash, rs[r].nkey);
        }
        /* one sense per article: a name the text marks as a region ("Jeju Province") is the
         * region wherever it stands alone */
        size_t marked[64], nmarked = 0;
        for (size_t r = 0; r < nr && nmarked < 64; r++) {
            if (rs[r].cls != CLS_REGION || !rs[r].accepted || rs[r].chosen < 0 ||
                rs[r].cand[rs[r].chosen].kind != CT_PLACE_ADMIN1)
                continue;
            int seen = 0;
            for (size_t m = 0; m < nmarked; m++)
                seen |= same_key(rs[marked[m]].nkey, rs[r].nkey);
            if (!seen) marked[nmarked++] = r;
        }
        for (size_t o = 0; o < nr && nmarked; o++) {
            if (rs[o].cls != CLS_NONE || rs[o].acro_of != -1 || rs[o].alias) continue;
            for (size_t m = 0; m < nmarked; m++) {
                const raw_place *mr = &rs[marked[m]];
                if (!same_key(rs[o].nkey, mr->nkey)) continue;
                for (uint32_t k = 0; k < rs[o].ncand; k++)
                    if (same_key(rs[o].cand[k].key, mr->cand[mr->chosen].key) &&
                        !(rs[o].chosen >= 0 && rs[o].cand[rs[o].chosen].kind == CT_PLACE_CITY &&
                          rs[o].cand[rs[o].chosen].population >= 5000000))
                        rs[o].cls = CLS_REGION;
            }
        }
    }
    accept_coordinated(an, rs, nr);
    /* emit, in text order (raws are already in text order), into an array of the exact size */
    ct_vec_init(&an->places, sizeof(ct_place_mention));
    size_t nout = 0;
    for (size_t r = 0; r < nr; r++) {
        const raw_place *rp = &rs[r];
        const raw_place *o = rp->acro_of >= 0 ? &rs[rp->acro_of] : rp;
        nout += rp->acro_of >= -1 && o->accepted && o->chosen >= 0;
    }
    if (nout) {
        an->places.items = ct_arena_alloc(an->arena, nout * sizeof(ct_place_mention));
        if (!an->places.items) return CT_ENOMEM;
        an->places.cap = nout;
    }
    for (size_t r = 0; r < nr; r++) {
        const raw_place *rp = &rs[r];
        const ct_gaz_entry *c = NULL;
        uint8_t flags = 0;
        if (rp->acro_of >= 0) {
            const raw_place *o = &rs[rp->acro_of];
            if (!o->accepted || o->chosen < 0) continue;
            c = &o->cand[o->chosen];
            flags = o->cls == CLS_GOV && c->kind == CT_PLACE_CITY ? CT_PM_GOV : 0;
        } else {
            if (!rp->accepted || rp->chosen < 0) continue;
            c = &rp->cand[rp->chosen];
            if (rp->demonym) flags |= CT_PM_DEMONYM;
            if (rp->cls == CLS_GOV && c->kind == CT_PLACE_CITY) flags |= CT_PM_GOV;
        }
        ct_place_mention *pm = ct_vec_push(an->arena, &an->places);
        if (!pm) return CT_ENOMEM;
        pm->tok = rp->tok;
        pm->ntok = rp->ntok;
        key_copy(pm->key, c->key);
        memcpy(pm->cc, c->cc, 3);
        pm->kind = c->kind;
        pm->flags = flags;
        pm->sent = rp->sent;
    }
    return 0;
}

const ct_place_mention *ct_places_at(const ct_analysis *an, size_t tok)
{
    const ct_place_mention *pm = an->places.items;
    size_t lo = 0, hi = an->places.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pm[mid].tok == tok) return &pm[mid];
        if (pm[mid].tok < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const ct_place_mention *ct_places_covering(const ct_analysis *an, size_t tok)
{
    const ct_place_mention *m = an->places.items;
    size_t n = an->places.n;
    if (!n || tok < m[0].tok) return NULL;
    /* the last mention starting at or before tok, in [m, m + n): halved without a branch to
     * mispredict (the later stages ask for most tokens they look at) */
    while (n > 1) {
        size_t half = n / 2;
        m = m[half].tok <= tok ? m + half : m;
        n -= half;
    }
    return tok < (size_t)m->tok + m->ntok ? m : NULL;
}

int ct_places_resolve(const ct_ctx *ctx, const char *s, size_t n, char key[24])
{
    key[0] = 0;
    if (!ctx || !s || !n) return 0;
    char k[128];
    ct_key(k, sizeof k, s, n);
    const char *v = ct_lex_get(ct_lex(ctx->lex, "place_alias"), k);
    ct_gaz_entry e;
    if (v) {
        if (entry_for_key(ctx->gaz, v, &e) != 0) return 0;
        key_copy(key, v);
        return e.kind;
    }
    v = ct_lex_get(ct_lex(ctx->lex, "demonyms"), k);
    if (v && strlen(v) >= 2) {
        cc_key(key, v);
        return CT_PLACE_COUNTRY;
    }
    ct_gaz_entry cand[MAX_CAND];
    size_t nc = ct_gaz_lookup(ctx->gaz, k, cand, MAX_CAND);
    if (!nc) return 0;
    raw_place r;
    memset(&r, 0, sizeof r);
    r.cand = cand;
    r.ncand = (uint32_t)nc;
    r.qual = -1;
    r.head = -1;
    r.acro_of = -1;
    r.ascii = (uint8_t)ascii_only(s, n);
    r.nkey = k;
    ccset none = {.n = 0};
    a1set nonea1 = {.n = 0};
    double best = -1e9;
    int bi = -1;
    for (size_t i = 0; i < nc; i++) {
        cand_info ci = cand_info_of(&cand[i], 0);
        double sc = cand_score(&r, &cand[i], &ci, &none, &nonea1);
        if (sc > best) {
            best = sc;
            bi = (int)i;
        }
    }
    /* no context here, so only what needs none: not a common word, not a small place known
     * by an alternate name (but a large city by its sole one: sole_alt()) */
    if (ct_lex_get(ct_lex(ctx->lex, "place_stop"), k) ||
        ct_lex_get(ct_lex(ctx->lex, "place_block"), k))
        return 0;
    if (cand[bi].kind == CT_PLACE_CITY && cand[bi].alt && !sole_alt(&r, &cand[bi]) &&
        eff_pop(&cand[bi]) < 1000000)
        return 0;
    key_copy(key, cand[bi].key);
    return cand[bi].kind;
}
