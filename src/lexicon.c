/*
 * lexicon.c - parse the embedded TSV lexicons into open-addressing hash tables.
 *
 * Beside each table's hash of keys: a first-two-bytes filter, and the set of every distinct
 * byte prefix of every key (8-byte slots: hash tag, length, an entry holding it, "is a key"),
 * so a span's key is grown piece by piece and probed once per piece: no key begins with it
 * (stop), it is a key (match), or it may still grow into one. Across all tables, the prefixes
 * of keys' first words carry a mask of the tables having them; ct_lex_mark() gives each word
 * token that mask once per article, and matchers refuse a token's spans by one bit test (the
 * set's slots hold a prefix's hash and an index into its masks, each set of masks kept once:
 * many prefixes have the same); a second mask, of the tables having the token's key for a whole
 * first word, refuses the spans of a token whose word ends there (white space or a separator
 * follows it); a third, of the tables having it for a whole key, refuses the token alone, so
 * that a token's spans are refused without a probe when the next word is one that the
 * word-boundary filter (below) refuses. The same pass folds and hashes every token's key once
 * (ct_tok_key: the key, its hash, and whether a separator stands before or after it), so a span's
 * key is grown by copying its tokens' keys, not by folding the text again for every table and every
 * start. Each prefix slot also says whether a longer key goes on from it ("more"), so a scan stops
 * as soon as none does; and a table whose keys have several words keeps a word-boundary filter
 * (bound_build(): one bit per word-ending prefix and the next word's first two bytes), so a scan
 * stops before growing its key by a word that no key continues with.
 */
#include "lexicon.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cityties.h"
#include "text.h"

typedef struct {
    char *key;   /* normalized phrase (in ct_lexicons.strings) */
    char *value; /* rest of the line (in ct_lexicons.strings) */
} entry;

/* One distinct prefix p of some key: the keys' prefix set lets ct_lex_match() stop as soon as
 * no key begins with the span's key, and find the span's own key, with one probe per token.
 * Eight bytes a slot, so that a table's set stays in cache. */
typedef struct {
    uint32_t h;       /* pfx_hash() of p */
    uint16_t src;     /* an entry whose key begins with p: the one whose key is p when full */
    uint8_t len;      /* bytes of p (keys are shorter than 256 bytes); 0 for an empty slot */
    uint8_t full : 1; /* p is itself a key */
    uint8_t more : 1; /* some key is longer than p and begins with it */
} pslot;

struct ct_lexicon {
    uint64_t bit; /* this table's bit in ct_analysis.lexmask, or 0 (none); first: ct_lex_bit() */
    const char *name;
    entry *entries; /* in file order */
    size_t n;
    uint32_t *slots; /* 1 + entry index, 0 empty; size is a power of two */
    size_t nslots;
    size_t max_words;     /* longest phrase, in words */
    size_t max_len;       /* longest key, in bytes */
    const entry **sorted; /* entries in strcmp order of their keys */
    uint32_t first[257];  /* sorted[first[c]..first[c+1]) are the keys whose first byte is c */
    uint8_t pairs[8192];  /* bit (k[0] << 8 | k[1]) set for every key k (k[1] may be NUL) */
    pslot *pfx;           /* every distinct byte prefix of every key; size is a power of two */
    size_t npfx;
    size_t distinct_fw; /* distinct prefixes of first words */
    uint64_t *bound; /* word-boundary filter (bound_build()), or NULL when no key has two words */
    unsigned bshift; /* 64 - log2 of the filter's bits */
};
_Static_assert(offsetof(struct ct_lexicon, bit) == 0, "ct_lex_bit() reads the first member");
_Static_assert(sizeof(ct_tok_key) <= 16, "ct_lex_mark() writes one ct_tok_key per token");

/* A prefix's marks, for ct_lex_mark(): kept once for all the prefixes having the same. */
typedef struct {
    uint64_t mask; /* bit i: table i (of the first 64) has a key beginning with the prefix */
    uint64_t word; /* bit i: table i has a key whose whole first word is the prefix */
    uint64_t full; /* bit i: table i has the prefix itself for a key (of one word) */
} mmarks;

/* One distinct prefix of some key of any table (or several whose hashes agree: mark_fill()),
 * for ct_lex_mark(). Eight bytes, its marks apart: ct_lex_mark() probes the set once for
 * every word of every article, and with the marks inline (24 bytes a slot, when they were two
 * masks) today's 8,477 prefixes took 768 KB, more than a core's L2 cache, where 256 KB and the
 * 1,159 distinct marks' 27 KB fit. */
typedef struct {
    uint32_t h;     /* mark_hash() of the prefix; 0 for an empty slot */
    uint32_t marks; /* its marks: lx->marks[marks]; 0 ({0, 0, 0}: no table) for an empty slot */
} mslot;

#define NAME_SLOTS 256 /* at least twice the tables, else ct_lex() reads them one by one */

struct ct_lexicons {
    ct_lexicon *tables;
    size_t n;
    ct_arena *strings; /* every entry's key and value, allocated once each and freed together */
    mslot *mark;       /* the prefixes of all tables, or NULL (no marking) */
    size_t nmark;      /* slots, a power of two */
    mmarks *marks;     /* the distinct marks of the slots, the first {0, 0, 0} */
    uint16_t byname[NAME_SLOTS]; /* 1 + table index by ct_lex_name_hash(), 0 empty; ct_lex() */
};

/* FNV-1a, 32 bits, of a NUL-terminated key: the entries' hash. HASH_STEP() is one byte of it,
 * for the folders that hash a key as they make it. (The steps are macros, not inline functions:
 * gcc unrolls ct_lex_mark()'s loop worse around a call, 0.4M instructions more on 1,000
 * articles.) */
#define HASH_SEED CT_FNV32_SEED
#define HASH_STEP(h, c) CT_FNV32_STEP(h, c)

static uint32_t hash(const char *s)
{
    uint32_t h = HASH_SEED;
    for (; *s; s++)
        h = HASH_STEP(h, *s);
    return h;
}

/* FNV-1a, 32 bits: extends h over s[0..n), so a key's prefixes hash incrementally. PFX_STEP()
 * is one byte of it. 32 bits, not 64: a token's key keeps its hash beside it (ct_tok_key, 16
 * bytes with it), and a step multiplies by an immediate. */
#define PFX_SEED CT_FNV32_SEED
#define PFX_STEP(h, c) CT_FNV32_STEP(h, c)

static inline uint32_t pfx_hash(uint32_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = PFX_STEP(h, s[i]);
    return h;
}

static inline size_t pfx_slot(uint32_t h, size_t mask)
{
    return (size_t)(h ^ (h >> 15)) & mask;
}

/* Bytes readable past the last byte of an entry's key (zeros), of the token keys of
 * ct_lex_mark() (the NUL and whatever follows in the pool) and of match_span()'s growing key
 * (its buffer), so that they can be compared eight bytes at a time (ct_same_padded()). */
#define KEY_PAD CT_SAME_PAD

/* The slot of the prefix p[0..len) whose hash is h, or NULL when no key begins with p. padded:
 * p is readable to KEY_PAD bytes past len (a constant where this is inlined). */
static inline const pslot *pfx_find(const ct_lexicon *t, uint32_t h, const char *p, size_t len,
                                    int padded)
{
    size_t mask = t->npfx - 1;
    for (size_t i = pfx_slot(h, mask);; i = (i + 1) & mask) {
        const pslot *s = &t->pfx[i];
        if (!s->len) return NULL;
        if (s->h == h && s->len == len &&
            (padded ? ct_same_padded(t->entries[s->src].key, p, len)
                    : ct_same_bytes(t->entries[s->src].key, p, len)))
            return s;
    }
}

/* Adds every prefix of every key to t->pfx, sized for the distinct prefixes of the sorted keys
 * (at most half full). 0, or -1 on out of memory or more than 65535 keys. */
static int pfx_build(ct_lexicon *t)
{
    if (t->n > UINT16_MAX) return -1;
    size_t distinct = 0;
    for (size_t i = 0; i < t->n; i++) {
        const char *k = t->sorted[i]->key, *prev = i ? t->sorted[i - 1]->key : "";
        size_t common = 0;
        while (k[common] && k[common] == prev[common])
            common++;
        distinct += strlen(k) - common;
        size_t fw = strcspn(k, " "); /* the first word's new prefixes */
        t->distinct_fw += fw > common ? fw - common : 0;
    }
    t->npfx = 16;
    while (t->npfx < 2 * distinct + 2)
        t->npfx <<= 1;
    t->pfx = calloc(t->npfx, sizeof *t->pfx);
    if (!t->pfx) return -1;
    size_t mask = t->npfx - 1;
    for (size_t k = 0; k < t->n; k++) {
        const char *key = t->entries[k].key;
        size_t klen = strlen(key);
        uint32_t h = PFX_SEED;
        for (size_t len = 1; len <= klen; len++) {
            h = pfx_hash(h, key + len - 1, 1);
            pslot *s;
            for (size_t i = pfx_slot(h, mask);; i = (i + 1) & mask) {
                s = &t->pfx[i];
                if (!s->len ||
                    (s->h == h && s->len == len && memcmp(t->entries[s->src].key, key, len) == 0))
                    break;
            }
            if (!s->len) {
                s->h = h;
                s->len = (uint8_t)len;
                s->src = (uint16_t)k;
            }
            if (len == klen) {
                s->full = 1;
                s->src = (uint16_t)k;
            } else {
                s->more = 1;
            }
        }
    }
    return 0;
}

/* The bit of the word-boundary filter for the prefix whose pfx_hash() is h, a space, and the
 * bytes c0 c1: a multiplicative hash of the three. Keyed by the prefix's hash, not its slot in
 * the prefix set: a scan holds the hash anyway, and the filter is built without probing. */
static inline uint64_t bound_bit(const ct_lexicon *t, uint32_t h, unsigned c0, unsigned c1)
{
    return ((h ^ (c0 << 8 | c1) * 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull) >> t->bshift;
}

/* 0 when no key of t begins with the prefix whose pfx_hash() is h, a space and the bytes c0 c1;
 * 1 when one may (a filter: a set bit may be another's). */
static inline int bound_has(const ct_lexicon *t, uint32_t h, unsigned c0, unsigned c1)
{
    uint64_t b = bound_bit(t, h, c0, c1);
    return (int)(t->bound[b >> 6] >> (b & 63) & 1);
}

/* Builds t->bound: for every key k and every space k[j] followed by two more bytes, the bit of
 * (the hash of k[0..j), k[j+1], k[j+2]), in about 16 bits per such space (a false "may" in one
 * try of 16). A span scan asks it before it grows a word-ended key by a space and a token's key
 * of two bytes or more, and stops when the bit is clear: the probe would find nothing. 0, or -1
 * on out of memory. */
static int bound_build(ct_lexicon *t)
{
    size_t n = 0;
    for (size_t k = 0; k < t->n; k++)
        for (const char *c = t->entries[k].key; *c; c++)
            n += c[0] == ' ' && c[1] && c[2];
    if (!n) return 0;
    unsigned lg = 6;
    while (((size_t)1 << lg) < 16 * n)
        lg++;
    t->bshift = 64 - lg;
    t->bound = calloc((size_t)1 << (lg - 6), sizeof *t->bound);
    if (!t->bound) return -1;
    for (size_t k = 0; k < t->n; k++) {
        const char *key = t->entries[k].key;
        for (size_t j = 0; key[j]; j++) {
            if (!(key[j] == ' ' && key[j + 1] && key[j + 2])) continue;
            uint64_t b = bound_bit(t, pfx_hash(PFX_SEED, key, j), (unsigned char)key[j + 1],
                                   (unsigned char)key[j + 2]);
            t->bound[b >> 6] |= (uint64_t)1 << (b & 63);
        }
    }
    return 0;
}

/* The entry whose key is key (hash(key) is h), or NULL. */
static const entry *find_hashed(const ct_lexicon *t, const char *key, uint32_t h)
{
    if (!t->nslots) return NULL;
    size_t mask = t->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t s = t->slots[i];
        if (!s) return NULL;
        if (strcmp(t->entries[s - 1].key, key) == 0) return &t->entries[s - 1];
    }
}

static const entry *find(const ct_lexicon *t, const char *key)
{
    return find_hashed(t, key, hash(key));
}

static inline unsigned lower(unsigned c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* find() for a loaded table: keys whose first two bytes begin no key are refused at once. */
static const entry *find_loaded(const ct_lexicon *t, const char *key)
{
    unsigned c0 = (unsigned char)key[0], c1 = c0 ? (unsigned char)key[1] : 0;
    if (!((t->pairs[(c0 << 8 | c1) >> 3] >> (c1 & 7)) & 1)) return NULL;
    return find(t, key);
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp((*(const entry *const *)a)->key, (*(const entry *const *)b)->key);
}

static int table_parse(ct_lexicon *t, const char *name, const char *text, ct_arena *strings)
{
    t->name = name;
    size_t lines = 0;
    for (const char *p = text; *p; p++)
        lines += *p == '\n';
    t->entries = calloc(lines + 1, sizeof(entry));
    t->nslots = 16;
    while (t->nslots < lines * 2)
        t->nslots *= 2;
    t->slots = calloc(t->nslots, sizeof(uint32_t));
    if (!t->entries || !t->slots) return -1;
    for (const char *p = text; *p;) {
        const char *eol = strchr(p, '\n');
        if (!eol) eol = p + strlen(p);
        const char *tab = memchr(p, '\t', (size_t)(eol - p));
        const char *kend = tab ? tab : eol;
        char key[256];
        size_t klen = ct_key(key, sizeof key, p, (size_t)(kend - p));
        if (klen && !find(t, key)) {
            entry *e = &t->entries[t->n];
            e->key = ct_arena_alloc(strings, klen + KEY_PAD); /* the key, its NUL, and zeros */
            if (e->key) memcpy(e->key, key, klen);
            e->value =
                ct_arena_strndup(strings, tab ? tab + 1 : eol, tab ? (size_t)(eol - tab - 1) : 0);
            if (!e->key || !e->value) return -1;
            size_t words = 1;
            for (const char *k = key; *k; k++)
                words += *k == ' ';
            if (words > t->max_words) t->max_words = words;
            if (klen > t->max_len) t->max_len = klen;
            size_t mask = t->nslots - 1, i = hash(key) & mask;
            while (t->slots[i])
                i = (i + 1) & mask;
            t->slots[i] = (uint32_t)(++t->n);
        }
        p = *eol ? eol + 1 : eol;
    }
    t->sorted = malloc((t->n ? t->n : 1) * sizeof *t->sorted);
    if (!t->sorted) return -1;
    for (size_t i = 0; i < t->n; i++)
        t->sorted[i] = &t->entries[i];
    qsort(t->sorted, t->n, sizeof *t->sorted, cmp_entry);
    for (size_t i = 0, c = 0; c <= 256; c++) {
        while (i < t->n && (unsigned char)t->sorted[i]->key[0] < c)
            i++;
        t->first[c] = (uint32_t)i;
    }
    for (size_t i = 0; i < t->n; i++) {
        unsigned c0 = (unsigned char)t->sorted[i]->key[0], c1 = (unsigned char)t->sorted[i]->key[1];
        t->pairs[(c0 << 8 | c1) >> 3] |= (uint8_t)(1u << (c1 & 7));
    }
    if (pfx_build(t) < 0) return -1;
    return bound_build(t);
}

/* A prefix's hash in the mark set: its pfx_hash() ph, never 0 (0 marks an empty mslot). */
static inline uint32_t mark_hash(uint32_t ph)
{
    return ph ? ph : 1;
}

/* Fills m[0..n) (zeroed; n a power of two, more than the prefixes) with every prefix of the
 * first word of every key of the first 64 tables (what a word token's key can be), and mm[i]
 * (zeroed) with the masks of the tables having the prefix of m[i]. Prefixes that share a hash
 * share a slot, their masks joined: a mark says which tables a key may begin with, and the join
 * says no less. Returns the slots used. */
static size_t mark_fill(const ct_lexicons *lx, mslot *m, mmarks *mm, size_t n)
{
    size_t used = 0;
    for (size_t ti = 0; ti < lx->n && ti < 64; ti++) {
        const ct_lexicon *t = &lx->tables[ti];
        for (size_t k = 0; k < t->n; k++) {
            const char *key = t->entries[k].key;
            size_t fw = strcspn(key, " ");
            uint32_t ph = PFX_SEED; /* pfx_hash() of key[0..len), as len grows */
            for (size_t len = 1; len <= fw; len++) {
                ph = PFX_STEP(ph, key[len - 1]);
                uint32_t h = mark_hash(ph);
                size_t i = pfx_slot(h, n - 1);
                while (m[i].h && m[i].h != h)
                    i = (i + 1) & (n - 1);
                if (!m[i].h) {
                    m[i].h = h;
                    used++;
                }
                mm[i].mask |= t->bit;
                if (len == fw) mm[i].word |= t->bit;
                if (len == fw && !key[fw]) mm[i].full |= t->bit;
            }
        }
    }
    return used;
}

/* Keeps each distinct set of masks of the used slots of m[0..n) (mm[i] those of m[i],
 * mark_fill()) once in lx->marks, after {0, 0, 0}, and sets each used slot's index there. 0, or -1
 * on out of memory. */
static int mark_share(ct_lexicons *lx, mslot *m, const mmarks *mm, size_t n)
{
    mmarks *u = malloc((n + 1) * sizeof *u); /* at most one a slot, and {0, 0, 0} */
    uint32_t *at = calloc(n, sizeof *at);    /* 1 + index in u, by the masks' hash */
    if (!u || !at) {
        free(u);
        free(at);
        return -1;
    }
    u[0] = (mmarks){0, 0, 0};
    size_t nu = 1;
    for (size_t i = 0; i < n; i++) {
        if (!m[i].h) continue;
        uint64_t x = (mm[i].mask ^ (mm[i].word * 0x9E3779B97F4A7C15ull) ^ mm[i].full) *
                     0xBF58476D1CE4E5B9ull;
        size_t j = (size_t)(x >> 32) & (n - 1); /* (n more than twice the sets) */
        while (at[j] && !(u[at[j] - 1].mask == mm[i].mask && u[at[j] - 1].word == mm[i].word &&
                          u[at[j] - 1].full == mm[i].full))
            j = (j + 1) & (n - 1);
        if (!at[j]) {
            u[nu++] = mm[i];
            at[j] = (uint32_t)nu;
        }
        m[i].marks = at[j] - 1;
    }
    free(at);
    mmarks *fit = realloc(u, nu * sizeof *u);
    lx->marks = fit ? fit : u;
    return 0;
}

/* Slots for m prefixes at most half full: a power of two. */
static size_t mark_slots(size_t m)
{
    size_t n = 16;
    while (n < 2 * m + 2)
        n <<= 1;
    return n;
}

/* Builds lx->mark (mark_fill()), at most half full: sized first for the tables' first-word
 * prefixes added up, then, when that was too generous, again for the prefixes it found. No
 * prefix leaves lx->mark NULL (no marking). 0, or -1 on out of memory. */
static int mark_build(ct_lexicons *lx)
{
    size_t total = 0;
    for (size_t i = 0; i < lx->n && i < 64; i++)
        total += lx->tables[i].distinct_fw;
    for (size_t n = mark_slots(total);;) {
        mslot *m = calloc(n, sizeof *m);
        mmarks *mm = calloc(n, sizeof *mm);
        if (!m || !mm) {
            free(m);
            free(mm);
            return -1;
        }
        size_t used = mark_fill(lx, m, mm, n);
        if (used && mark_slots(used) < n) { /* too generous: again, for the prefixes found */
            free(m);
            free(mm);
            n = mark_slots(used);
            continue;
        }
        int rc = used ? mark_share(lx, m, mm, n) : 0; /* no prefix: no marking */
        free(mm);
        if (rc < 0 || !used) {
            free(m);
            return rc;
        }
        lx->mark = m;
        lx->nmark = n;
        return 0;
    }
}

/* Makes *room (the bytes left in the key pool *pool) at least need, from a fresh piece of the
 * arena when it is short. 0, or CT_ENOMEM. */
static inline int pool_reserve(ct_arena *a, char **pool, size_t *room, size_t need)
{
    if (*room >= need) return 0;
    size_t want = need > 4096 ? need : 4096;
    if (!(*pool = ct_arena_alloc_raw(a, want))) return CT_ENOMEM;
    *room = want;
    return 0;
}

/* Folds s[0..n) (a token's text) into *tk: its key alone, copied to the pool *pool (*room
 * bytes left, refilled from the arena), and whether a separator comes before or after it, as
 * ct_key_append_from() would see them after other text. ASCII text is folded in place (the
 * bytes lowercased, separator runs one space); other text is folded behind one byte
 * ("x") so that a separator before the key shows as a space; non-ASCII text is also folded
 * alone and must agree (a compatibility decomposition may itself give a space), else the key is
 * not kept (tk->key NULL), nor is one longer than 255 bytes. tk->h gets pfx_hash() of a kept
 * key, and *mh its mark_hash() (for ct_lex_mark(), hashed as it is folded) when it is not empty
 * and one word (no space in it), else 0. 0, or CT_ENOMEM. */
static int tok_key_fill(ct_arena *a, char **pool, size_t *room, const char *s, size_t n,
                        ct_tok_key *tk, uint32_t *mh)
{
    *mh = 0;
    /* an ASCII key is at most the token's bytes */
    if (n < 256 && pool_reserve(a, pool, room, n + KEY_PAD) < 0) return CT_ENOMEM;
    if (n < 256) { /* ASCII text, as ct_key_append_from() folds it, without a call */
        char *o = *pool;
        size_t len = 0;
        int lead = 0, sep = 0, ascii = 1, spaced = 0;
        uint32_t h = PFX_SEED; /* pfx_hash() of o[0..len), as it grows */
        size_t i = 0;
        for (; i < n; i++) { /* the usual start: letters and digits, the key their bytes lowered */
            unsigned char c = (unsigned char)lower((unsigned char)s[i]);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) break;
            o[i] = (char)c;
            h = PFX_STEP(h, c);
        }
        len = i;
        for (; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c >= 0x80) {
                ascii = 0;
                break;
            }
            if (ct_key_sep_ascii(c)) {
                if (len)
                    sep = 1;
                else
                    lead = 1;
                continue;
            }
            if (sep) {
                o[len++] = ' ';
                h = PFX_STEP(h, ' ');
                spaced = 1;
            }
            sep = 0;
            o[len++] = (char)lower(c);
            h = PFX_STEP(h, lower(c));
        }
        if (ascii) {
            o[len] = '\0';
            if (len && !spaced) *mh = mark_hash(h); /* folded with it */
            tk->key = o;
            tk->h = h;
            tk->len = (uint8_t)len;
            tk->lead = (uint8_t)(len && lead);
            tk->trail = (uint8_t)(len ? sep : lead);
            *pool += len + 1;
            *room -= len + 1;
            return 0;
        }
    }
    char buf[260];
    ct_buf b = {buf, 1, sizeof buf, 257, 0};
    buf[0] = 'x';
    buf[1] = '\0';
    int pending = 0, ascii = 1;
    *tk = (ct_tok_key){0}; /* (the array is not zeroed) */
    for (size_t i = 0; i < n && ascii; i++)
        ascii = (unsigned char)s[i] < 0x80;
    char alone[256];
    ct_buf f = {alone, 0, sizeof alone, sizeof alone - 1, 0};
    alone[0] = '\0';
    const char *key;
    size_t lead, len;
    int32_t c1;
    size_t l1 = ct_utf8_decode(s, n, &c1);
    int first = !ascii && ct_key_append_from(&f, 0, &pending, s, l1) == 0;
    if (first && f.len > 0) {
        /* Fast path: the first character is no separator and folds to some bytes, so the two
         * folds below agree from it on (a separator after it is a space in both, and the
         * one behind "x" has no space before the key): the key is the one folded alone, with
         * no separator before it; one fold, not two. */
        if (ct_key_append_from(&f, 0, &pending, s + l1, n - l1) != 0) return 0;
        key = alone;
        lead = 0;
        len = f.len;
    } else if (first && l1 == n) {
        /* Fast path: one character past ASCII that folds to nothing ("’", "–": a separator,
         * or a mark stripped): the empty key, a separator after it when it is one, as the two
         * folds below give it */
        key = alone;
        lead = len = 0;
        pending = ct_cp_key_sep(c1);
    } else {
        pending = 0;
        f = (ct_buf){alone, 0, sizeof alone, sizeof alone - 1, 0};
        alone[0] = '\0';
        if (ct_key_append_from(&b, 0, &pending, s, n) != 0) return 0;
        lead = b.len > 1 && buf[1] == ' ';
        key = buf + 1 + lead;
        len = b.len - 1 - lead;
        if (!ascii) { /* the key folded alone, which the one behind "x" must be, after its space */
            int p2 = 0;
            if (ct_key_append_from(&f, 0, &p2, s, n) != 0) return 0;
            lead = b.len - 1 == f.len + 1 && buf[1] == ' ';
            if (b.len - 1 != f.len + lead || memcmp(buf + 1 + lead, alone, f.len) != 0) return 0;
            key = alone;
            len = f.len;
        }
    }
    if (len > 255) return 0;
    if (pool_reserve(a, pool, room, len + KEY_PAD) < 0) return CT_ENOMEM;
    memcpy(*pool, key, len);
    (*pool)[len] = '\0';
    tk->h = pfx_hash(PFX_SEED, key, len);
    if (len && !memchr(key, ' ', len)) *mh = mark_hash(tk->h);
    tk->key = *pool;
    tk->len = (uint8_t)len;
    tk->lead = (uint8_t)lead;
    tk->trail = (uint8_t)pending;
    *pool += len + 1;
    *room -= len + 1;
    return 0;
}

/* pfx_hash() of h and the low m bytes of x (m <= 8), the lowest first: the bytes of a word read
 * from memory on a little-endian machine, in memory order. A switch into unrolled steps: a
 * loop's compare and branch would cost as much as a step. */
static inline uint32_t pfx_word(uint32_t h, uint64_t x, size_t m)
{
    switch (m) {
    case 8:
        h = PFX_STEP(h, x), x >>= 8; /* fall through */
    case 7:
        h = PFX_STEP(h, x), x >>= 8; /* fall through */
    case 6:
        h = PFX_STEP(h, x), x >>= 8; /* fall through */
    case 5:
        h = PFX_STEP(h, x), x >>= 8; /* fall through */
    case 4:
        h = PFX_STEP(h, x), x >>= 8; /* fall through */
    case 3:
        h = PFX_STEP(h, x), x >>= 8; /* fall through */
    case 2:
        h = PFX_STEP(h, x), x >>= 8; /* fall through */
    case 1:
        h = PFX_STEP(h, x); /* fall through */
    default:
        return h;
    }
}

/* Writes the key of a token of ASCII letters and digits s[0..n) to o: its bytes lowered (| 32
 * lowers a letter and keeps a digit) and a NUL; returns pfx_hash() of the key. o has room for
 * n + 8 bytes, and s may be read up to s[readable - 1]. A word of sixteen bytes or fewer (most),
 * where sixteen (or, for eight bytes or fewer, eight) can be read, on a little-endian machine:
 * lowered by whole loads and stores, hashed from the registers; a byte at a time otherwise
 * (tests/test_tok_keys.c: every length to 17 bytes, also at the end of the text). */
static inline uint32_t alnum_key(char *o, const char *s, size_t n, size_t readable)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n <= 8 && readable >= 8) { /* most words: one load and store */
        uint64_t x;
        memcpy(&x, s, 8);
        x |= 0x2020202020202020ull;
        memcpy(o, &x, 8); /* (bytes past n: room, overwritten below or by the next key) */
        o[n] = '\0';
        return pfx_word(PFX_SEED, x, n);
    }
    if (n <= 16 && readable >= 16) { /* two */
        uint64_t x, y;
        memcpy(&x, s, 8);
        memcpy(&y, s + 8, 8);
        x |= 0x2020202020202020ull;
        y |= 0x2020202020202020ull;
        memcpy(o, &x, 8);
        memcpy(o + 8, &y, 8);
        o[n] = '\0';
        return pfx_word(pfx_word(PFX_SEED, x, 8), y, n - 8);
    }
#endif
    uint32_t h = PFX_SEED;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)(s[i] | 32);
        o[i] = (char)c;
        h = PFX_STEP(h, c);
    }
    o[n] = '\0';
    return h;
}

/* The marks of the slot of slots[0..mask] (lx->mark, mask lx->nmark - 1) holding mark_hash() h,
 * or of the empty slot where it would be (masks 0: no key of any table begins so); marks is
 * lx->marks. Of its fields, not of lx: ct_lex_mark() keeps them in locals, which its stores to
 * the key pool (bytes, which may alias anything) do not make it load again. */
static inline const mmarks *mark_at(const mslot *slots, size_t mask, const mmarks *marks,
                                    uint32_t h)
{
    size_t i = pfx_slot(h, mask);
    while (slots[i].h && slots[i].h != h)
        i = (i + 1) & mask;
    return &marks[slots[i].marks];
}

int ct_lex_mark(const ct_lexicons *lx, ct_analysis *an)
{
    an->lexmask = an->lexword = an->lexfull = NULL;
    an->tokkeys = NULL;
    if (!an->ntoks) return 0;
    ct_tok_key *keys = ct_arena_alloc_raw(an->arena, an->ntoks * sizeof *keys); /* filled */
    if (!keys) return CT_ENOMEM;
    uint64_t *mask = NULL, *word = NULL, *full = NULL; /* filled, when lx can mark */
    if (lx && lx->mark) {
        if (!(mask = ct_arena_alloc_raw(an->arena, 3 * an->ntoks * sizeof *mask))) return CT_ENOMEM;
        word = mask + an->ntoks;
        full = word + an->ntoks;
    }
    /* the mark set, in locals for mark_at() */
    const mslot *slots = mask ? lx->mark : NULL;
    const mmarks *marks = mask ? lx->marks : NULL;
    size_t smask = mask ? lx->nmark - 1 : 0;
    /* The keys of the fast paths' tokens (ASCII letters and digits; one ASCII byte), in a piece
     * of their own taken at once: each is at most its token's bytes and a NUL, and the tokens
     * are disjoint ranges of the text, so all of them and the last one's KEY_PAD bytes fit in
     * the text's length, a byte a token and KEY_PAD; no room to ask for at each token. Other
     * keys, which a fold may make longer than their text, go to the pool (tok_key_fill()). */
    char *apool = ct_arena_alloc_raw(an->arena, an->len + an->ntoks + KEY_PAD); /* filled */
    if (!apool) return CT_ENOMEM;
    char *pool = NULL;
    size_t room = 0;
    /* an's fields, in locals too: the byte stores to the keys could alias them, so they were
     * loaded again at every token */
    const ct_token *toks = an->toks;
    const char *text = an->text;
    size_t ntoks = an->ntoks, len = an->len;
    /* One pass: each token's key is folded, and its marks looked up with the hash folded
     * along (tok_key_fill()). */
    for (size_t k = 0; k < ntoks; k++) {
        const ct_token *tk = &toks[k];
        uint32_t h;
        if ((tk->flags & CT_TOK_ALNUM) && tk->len < 256) {
            /* Fast path: the tokenizer saw only ASCII letters and digits, so there is no
             * separator to look for: the key is the bytes lowered (| 32 lowers a letter and keeps
             * a digit), no lead or trail, one word; what tok_key_fill() gives such a token. */
            size_t n = tk->len;
            h = alnum_key(apool, text + tk->off, n, len - tk->off); /* pfx_hash() */
            keys[k] = (ct_tok_key){.key = apool, .h = h, .len = (uint8_t)n};
            apool += n + 1;
            if (mask) { /* a word or a number, its key one word, never empty: always looked up */
                const mmarks *m = mark_at(slots, smask, marks, mark_hash(h));
                mask[k] = m->mask;
                word[k] = m->word;
                full[k] = m->full;
            }
            continue;
        } else if (tk->len == 1 && (unsigned char)text[tk->off] < 0x80) {
            /* Fast path: one ASCII byte (mostly punctuation). A separator (ct_key_sep_ascii()) has
             * the empty key and a separator after it; any other byte, lowered, is its own key,
             * one word; what tok_key_fill() gives them. */
            char c = (char)lower((unsigned char)text[tk->off]);
            int sep = ct_key_sep_ascii((unsigned char)c);
            apool[0] = sep ? '\0' : c;
            apool[1] = '\0';
            uint32_t kh = pfx_hash(PFX_SEED, &c, (size_t)!sep);
            h = sep ? 0 : mark_hash(kh);
            keys[k] =
                (ct_tok_key){.key = apool, .h = kh, .len = (uint8_t)!sep, .trail = (uint8_t)sep};
            apool += 2 - sep;
        } else {
            /* (through copies: pool, room and h, whose addresses no call takes, are not loaded
             * and stored again at the byte stores of the fast paths, which could alias them) */
            char *p = pool;
            size_t r = room;
            uint32_t mh;
            int rc = tok_key_fill(an->arena, &p, &r, text + tk->off, tk->len, &keys[k], &mh);
            pool = p;
            room = r;
            h = mh;
            if (rc != 0) return CT_ENOMEM;
        }
        if (!mask) continue;
        mask[k] = word[k] = full[k] = ~(uint64_t)0;
        if (!(tk->flags & (CT_TOK_WORD | CT_TOK_NUM)) || tk->len >= 256) continue;
        if (!h) continue; /* no key, an empty one, or a space in it ("2019.05.14"): unknown */
        const mmarks *m = mark_at(slots, smask, marks, h);
        mask[k] = m->mask;
        word[k] = m->word;
        full[k] = m->full;
    }
    an->tokkeys = keys;
    an->lexmask = mask;
    an->lexword = word;
    an->lexfull = full;
    return 0;
}

ct_lexicons *ct_lexicons_load(void)
{
    ct_lexicons *lx = calloc(1, sizeof *lx);
    if (!lx) return NULL;
    size_t n = 0;
    while (ct_lexicon_sources[n].name)
        n++;
    lx->tables = calloc(n ? n : 1, sizeof(ct_lexicon));
    lx->strings = ct_arena_new(0);
    if (!lx->tables || !lx->strings) goto fail;
    for (size_t i = 0; i < n; i++) {
        lx->n++;
        if (table_parse(&lx->tables[i], ct_lexicon_sources[i].name, ct_lexicon_sources[i].text,
                        lx->strings) < 0)
            goto fail;
        lx->tables[i].bit = i < 64 ? (uint64_t)1 << i : 0;
    }
    if (mark_build(lx) < 0) goto fail;
    for (size_t i = 0; i < n && n <= NAME_SLOTS / 2; i++) {
        size_t k = ct_lex_name_hash(lx->tables[i].name) & (NAME_SLOTS - 1);
        while (lx->byname[k])
            k = (k + 1) & (NAME_SLOTS - 1);
        lx->byname[k] = (uint16_t)(i + 1);
    }
    return lx;
fail:
    ct_lexicons_free(lx);
    return NULL;
}

void ct_lexicons_free(ct_lexicons *lx)
{
    if (!lx) return;
    for (size_t i = 0; i < lx->n; i++) {
        ct_lexicon *t = &lx->tables[i];
        free(t->entries);
        free(t->slots);
        free(t->sorted);
        free(t->pfx);
        free(t->bound);
    }
    free(lx->mark);
    free(lx->marks);
    free(lx->tables);
    ct_arena_free(lx->strings);
    free(lx);
}

const ct_lexicon *ct_lex_hashed(const ct_lexicons *lx, const char *name, uint32_t h)
{
    if (!lx) return NULL;
    if (lx->n > NAME_SLOTS / 2) { /* no name table: one by one */
        for (size_t i = 0; i < lx->n; i++)
            if (strcmp(lx->tables[i].name, name) == 0) return &lx->tables[i];
        return NULL;
    }
    for (size_t k = h & (NAME_SLOTS - 1); lx->byname[k]; k = (k + 1) & (NAME_SLOTS - 1)) {
        /* (the same pointer, most often: gcc and the linker keep one copy of equal literal
         * strings, the stages' names and the generated sources' alike; C does not promise it,
         * hence the comparison after) */
        const ct_lexicon *t = &lx->tables[lx->byname[k] - 1];
        if (t->name == name || strcmp(t->name, name) == 0) return t;
    }
    return NULL;
}

const char *ct_lex_get(const ct_lexicon *t, const char *key)
{
    const entry *e = t ? find_loaded(t, key) : NULL;
    return e ? e->value : NULL;
}

/* 0 when no key of t can be the key of s[0..n): its first two bytes (built alone, cheaply)
 * begin no key. 1 when it may. */
static int may_hold(const ct_lexicon *t, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 2 && ct_ascii_alnum(u[0]) &&
        ct_ascii_alnum(u[1])) { /* the usual case, without folding */
        unsigned c0 = lower(u[0]), c1 = lower(u[1]);
        return (t->pairs[(c0 << 8 | c1) >> 3] >> (c1 & 7)) & 1;
    }
    char pre[4];
    ct_buf pb = {pre, 0, sizeof pre, 2, 0};
    int pending = 0;
    int full = ct_key_append_from(&pb, 0, &pending, s, n) == 0; /* -1: longer than 2 bytes */
    if (pb.len == 0) return !full; /* empty key: never stored; a wide first letter: unknown */
    unsigned c0 = (unsigned char)pre[0], c1 = pb.len > 1 ? (unsigned char)pre[1] : 0;
    /* a one-byte key is looked up with its NUL; a wide second letter: the first byte only */
    if (pb.len == 1 && !full) return t->first[c0] < t->first[c0 + 1];
    return (t->pairs[(c0 << 8 | c1) >> 3] >> (c1 & 7)) & 1;
}

const char *ct_lex_lookup(const ct_lexicon *t, const char *s, size_t n)
{
    if (!t || !may_hold(t, s, n)) return NULL;
    if (n < 64) { /* one word of ASCII letters and digits: its key is the bytes lowercased */
        char w[64];
        size_t i = 0;
        uint32_t h = HASH_SEED; /* hash() of w, as it is lowered (may_hold() took the pairs) */
        for (; i < n && ct_ascii_alnum((unsigned char)s[i]); i++) {
            w[i] = (char)lower((unsigned char)s[i]);
            h = HASH_STEP(h, w[i]);
        }
        if (i == n) {
            w[n] = '\0';
            const entry *e = n ? find_hashed(t, w, h) : NULL;
            return e ? e->value : NULL;
        }
    }
    /* The key grows word by word (ct_key_append_from), each step probed in the prefix set: a
     * span whose first words begin no key is refused before the rest is folded. */
    char key[256];
    ct_buf g = {key, 0, sizeof key, sizeof key - 1, 0};
    key[0] = '\0';
    int pending = 0;
    uint32_t h = PFX_SEED; /* pfx_hash() of key[0..g.len) */
    const pslot *ps = NULL;
    for (size_t i = 0; i < n;) {
        const char *sp = memchr(s + i, ' ', n - i);
        size_t j = sp ? (size_t)(sp - s) + 1 : n;
        size_t had = g.len;
        if (ct_key_append_from(&g, 0, &pending, s + i, j - i) != 0) {
            /* longer than 255 bytes: the truncated key, as ct_key() gives it */
            ct_key(key, sizeof key, s, n);
            return ct_lex_get(t, key);
        }
        i = j;
        if (g.len == had) continue;
        h = pfx_hash(h, key + had, g.len - had);
        if (!(ps = pfx_find(t, h, key, g.len, 0))) return NULL;
    }
    return ps && ps->full ? t->entries[ps->src].value : NULL;
}

const char *ct_lex_tok_marked(const ct_lexicon *t, const ct_analysis *an, size_t i)
{
    if (!t) return NULL; /* (ct_lex_tok() refused the tokens whose marks lack t's bit) */
    if (an->tokkeys && an->tokkeys[i].key) {
        /* the key folded and hashed once: one probe of the prefix set, whose slot for a whole
         * key names its entry */
        const ct_tok_key *k = &an->tokkeys[i];
        const pslot *ps = k->len ? pfx_find(t, k->h, k->key, k->len, 1) : NULL;
        return ps && ps->full ? t->entries[ps->src].value : NULL;
    }
    return ct_lex_lookup(t, an->text + an->toks[i].off, an->toks[i].len);
}

size_t ct_lex_prefix_len(const ct_lexicon *t, const char *key, size_t n)
{
    if (!t) return 0;
    uint32_t h = PFX_SEED;
    size_t len = 0;
    while (len < n && len < 255) {
        h = pfx_hash(h, key + len, 1);
        if (!pfx_find(t, h, key, len + 1, 0)) break;
        len++;
    }
    return len;
}

int ct_lex_lookup_ends(const ct_lexicon *t, const char *s, const size_t *ends, size_t nends,
                       const char **value)
{
    int best = -1;
    if (!t || !nends) return -1;
    const unsigned char *u = (const unsigned char *)s;
    if (ends[0] >= 2 && ct_ascii_alnum(u[0]) && ct_ascii_alnum(u[1])) {
        /* every span's key begins with these two bytes, lowercased */
        unsigned c0 = lower(u[0]), c1 = lower(u[1]);
        if (!((t->pairs[(c0 << 8 | c1) >> 3] >> (c1 & 7)) & 1)) return -1;
    }
    char key[256];
    ct_buf g = {key, 0, sizeof key, sizeof key - 1, 0};
    key[0] = '\0';
    int pending = 0;
    uint32_t h = PFX_SEED; /* pfx_hash() of key[0..hashed) */
    size_t hashed = 0, from = 0;
    const pslot *ps = NULL;
    for (size_t k = 0; k < nends; k++) {
        if (ends[k] < from) return -1; /* not ascending: outside the contract */
        if (ct_key_append_from(&g, 0, &pending, s + from, ends[k] - from) != 0) {
            /* a key longer than 255 bytes: the rest the plain way */
            for (size_t j = nends; j-- > k;) {
                const char *v = ct_lex_lookup(t, s, ends[j]);
                if (v) {
                    *value = v;
                    return (int)j;
                }
            }
            break;
        }
        from = ends[k];
        if (g.len > hashed) {
            h = pfx_hash(h, key + hashed, g.len - hashed);
            hashed = g.len;
            if (!(ps = pfx_find(t, h, key, g.len, 0))) break;
        }
        if (ps && ps->full && g.len) {
            best = (int)k;
            *value = t->entries[ps->src].value;
        }
    }
    return best;
}

/* ct_key_append_from(g, 0, pending, ...) of the text between two tokens, text[from..to):
 * white space (all the tokenizer leaves between tokens) without a call. */
static inline int gap_append(ct_buf *g, int *pending, const char *text, size_t from, size_t to)
{
    if (to == from) return 0;
    if (to - from == 1 && text[from] == ' ') {
        *pending = g->len > 0;
        return 0;
    }
    return ct_key_append_from(g, 0, pending, text + from, to - from);
}

/* ct_key_append_from(g, 0, pending, ...) of token k's text, from its key folded once: the
 * same bytes (-1 when g is full, having appended nothing). When *hashed is g->len (every byte
 * before hashed into *h, pfx_hash()), the new bytes are hashed as they are copied. */
static inline int tok_append(ct_buf *g, int *pending, const ct_analysis *an, size_t k, uint32_t *h,
                             size_t *hashed)
{
    const ct_tok_key *tk = &an->tokkeys[k];
    if (!tk->key)
        return ct_key_append_from(g, 0, pending, an->text + an->toks[k].off, an->toks[k].len);
    if (!tk->len) { /* separators (or stripped marks) only */
        if (tk->trail && g->len > 0) *pending = 1;
        return 0;
    }
    size_t sp = (*pending || tk->lead) && g->len > 0;
    if (g->len + sp + tk->len > g->max || g->len + sp + tk->len + 1 > g->cap) return -1;
    int fuse = *hashed == g->len;
    uint32_t x = *h;
    char *o = g->data + g->len;
    if (sp) {
        *o++ = ' ';
        x = PFX_STEP(x, ' ');
    }
    /* (the key and its length in locals: the byte stores below may alias *tk) */
    const char *key = tk->key;
    size_t n = tk->len;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)key[i];
        o[i] = (char)c;
        x = PFX_STEP(x, c);
    }
    g->len += sp + n;
    g->data[g->len] = '\0';
    if (fuse) {
        *h = x;
        *hashed = g->len;
    }
    *pending = tk->trail;
    return 0;
}

size_t ct_lex_span_key(const ct_analysis *an, size_t a, size_t b, char *dst, size_t cap)
{
    uint32_t off = an->toks[a].off, end = an->toks[b].off + an->toks[b].len;
    if (an->tokkeys && cap > 1) { /* the tokens' keys joined; a key that does not fit: ct_key */
        ct_buf g = {dst, 0, cap, cap - 1, 0};
        int pending = 0;
        uint32_t h = 0;
        size_t hashed = (size_t)-1, from = off, k = a; /* (nothing hashed) */
        for (; k <= b; k++) {
            if (gap_append(&g, &pending, an->text, from, an->toks[k].off) != 0 ||
                tok_append(&g, &pending, an, k, &h, &hashed) != 0)
                break;
            from = an->toks[k].off + an->toks[k].len;
        }
        if (k > b) {
            dst[g.len] = '\0';
            return g.len;
        }
    }
    return ct_key(dst, cap, an->text + off, end - off);
}

/* 0 when the key of every span from token tok (ct_lex_match(), ending before limit) is the
 * token's key alone or it and a space and more: the next token is past limit, or white space or
 * a separator stands between them. 1 when the first word of the key may run on (the next token
 * abuts, as "&" in "R&D"), or when unknown. */
static int runs_on(const ct_analysis *an, size_t tok, size_t limit)
{
    const ct_tok_key *a = &an->tokkeys[tok];
    if (!a->key || !a->len) return 1;
    if (a->trail || tok + 1 >= limit) return 0;
    const ct_token *t0 = &an->toks[tok], *t1 = &an->toks[tok + 1];
    if (t1->off != t0->off + t0->len) {
        for (size_t i = t0->off + t0->len; i < t1->off; i++) /* the tokenizer's white space */
            if (an->text[i] != ' ' && (an->text[i] < '\t' || an->text[i] > '\r')) return 1;
        return 0;
    }
    const ct_tok_key *b = &an->tokkeys[tok + 1];
    if (!b->key) return 1;
    if (!b->len) return !b->trail; /* a separator alone ends the word; a stripped mark: unknown */
    return !b->lead;
}

static size_t match_span(const ct_lexicon *t, const ct_analysis *an, size_t tok, size_t limit,
                         const char **value) __attribute__((noinline));

/* 1 when the word-boundary filter of t (not NULL) says that no key begins with the prefix of
 * plen bytes whose pfx_hash() is h, a space, and the key kk of token tk: tk a word or number
 * whose key has two bytes or more, the space there (pending: a separator or white space came
 * before tk, or kk->lead), and the whole shorter than 256 bytes (a longer span key is looked up
 * the plain way). 0 when it may, or when the filter cannot tell. */
static inline int bound_refuses(const ct_lexicon *t, uint32_t h, size_t plen, const ct_token *tk,
                                const ct_tok_key *kk, int pending)
{
    return (tk->flags & (CT_TOK_WORD | CT_TOK_NUM)) && kk->key && kk->len >= 2 &&
           (pending || kk->lead) && plen + 1 + kk->len < 256 &&
           !bound_has(t, h, (unsigned char)kk->key[0], (unsigned char)kk->key[1]);
}

/* The gap between token tok and the next (tok + 1 < ntoks): 1 for one space, 0 for none, -1
 * for anything else. match_span() asks the word-boundary filter across the first two. */
static inline int first_gap(const ct_analysis *an, size_t tok)
{
    size_t end = an->toks[tok].off + an->toks[tok].len;
    uint32_t next = an->toks[tok + 1].off;
    return next == end + 1 && an->text[end] == ' ' ? 1 : next == end ? 0 : -1;
}

size_t ct_lex_match_marked(const ct_lexicon *t, const ct_analysis *an, size_t tok, size_t limit,
                           const char **value)
{
    if (!t || tok >= limit) return 0;
    /* (ct_lex_match() refused the first tokens whose mark lacks t's bit) */
    if (an->lexfull && t->bit && !(an->lexfull[tok] & t->bit) && an->tokkeys) {
        /* No key of t is the token's key itself (its full mark: a word whose marks were looked
         * up, its key kept), so only a longer span may be one: none when no key of t has the
         * token's key for its whole first word (its word mark, which lacks a bit only where the
         * full mark does) and the word ends there, none when no token follows before limit, nor
         * when t's word-boundary filter refuses the next word; what match_span() finds after
         * probing the token's key, without the probe. */
        if (an->lexword && !(an->lexword[tok] & t->bit) && !runs_on(an, tok, limit)) return 0;
        const ct_tok_key *k0 = &an->tokkeys[tok];
        if (tok + 1 >= limit) return 0;
        int gap = t->bound ? first_gap(an, tok) : -1;
        if (gap >= 0 && bound_refuses(t, k0->h, k0->len, &an->toks[tok + 1], &an->tokkeys[tok + 1],
                                      gap || k0->trail))
            return 0;
    }
    if (!(an->lexmask && t->bit)) {
        /* Every span's key begins with the key of a word/number first token: when its first two
         * bytes are ASCII letters or digits, they are the key's first two bytes (lowercased), and
         * no key of t beginning with them means no match. A one-byte token: its first byte. (Not
         * asked when the token's mark was: a mark with t's bit says a key begins with the word's
         * key, so with these bytes.) */
        const ct_token *t0 = &an->toks[tok];
        const unsigned char *w = (const unsigned char *)an->text + t0->off;
        if ((t0->flags & (CT_TOK_WORD | CT_TOK_NUM)) && t0->len >= 1 && ct_ascii_alnum(w[0])) {
            unsigned c0 = lower(w[0]);
            if (t0->len >= 2 && ct_ascii_alnum(w[1])) {
                unsigned c1 = lower(w[1]);
                if (!((t->pairs[(c0 << 8 | c1) >> 3] >> (c1 & 7)) & 1)) return 0;
            } else if (t->first[c0] == t->first[c0 + 1]) {
                return 0;
            }
        }
    }
    return match_span(t, an, tok, limit, value);
}

/* ct_lex_match() past its refusals: the longest entry a span from token tok is. Apart, so
 * that the many refused calls do not pay for this one's stack frame. */
static size_t match_span(const ct_lexicon *t, const ct_analysis *an, size_t tok, size_t limit,
                         const char **value)
{
    enum { KEY_MAX = 256 }; /* a span's key this long or longer is looked up the plain way */
    size_t best = 0;
    const ct_token *t0 = &an->toks[tok];
    const ct_tok_key *k0 = an->tokkeys ? &an->tokkeys[tok] : NULL;
    const pslot *first = NULL; /* the first token's slot, when it was probed here */
    uint32_t h0 = 0;           /* then pfx_hash() of its key */
    int word0 = (t0->flags & (CT_TOK_WORD | CT_TOK_NUM)) != 0;
    if (k0 && k0->key && k0->len && t->max_words && t0->len < KEY_MAX) {
        /* A span's key begins as its first token's own key: probed where it lies, not copied.
         * The scan ends here, as the loop below would end it, when the probe finds no slot,
         * when no token follows, when no longer key begins with it and the next token's key is
         * not empty, or when the word-boundary filter refuses the next word (see the loop):
         * every longer span's key then begins no key. A first token of punctuation (its key
         * not empty, as ",") is probed too, though only a match ending on a word counts. */
        h0 = k0->h;
        first = pfx_find(t, h0, k0->key, k0->len, 1);
        if (!first) return 0;
        if (first->full && word0) {
            best = 1;
            *value = t->entries[first->src].value;
        }
        if (tok + 1 >= limit) return best;
        const ct_token *t1 = &an->toks[tok + 1];
        const ct_tok_key *k1 = &an->tokkeys[tok + 1];
        if (!first->more && k1->key && k1->len) return best;
        /* the gap: one space, after which a key goes on with a space, or nothing */
        int gap = first_gap(an, tok);
        if (t->bound && gap >= 0 && bound_refuses(t, h0, k0->len, t1, k1, gap || k0->trail))
            return best;
    }
    size_t words = 0;
    char key[KEY_MAX];
    /* The key of the span grows token by token (ct_key_append_from), so each step folds only
     * the new bytes; the span's key is the same as ct_key() of the whole span would give. Once
     * no lexicon key begins with it, no longer span can match and the scan stops. */
    char grow[1024];
    _Static_assert(sizeof grow >= KEY_MAX + KEY_PAD, "a probe reads KEY_PAD bytes past its key");
    ct_buf g = {grow, 0, sizeof grow, sizeof grow - 1, 0};
    grow[0] = '\0';
    int pending = 0, streaming = 1;
    uint32_t h = PFX_SEED; /* pfx_hash() of grow[0..hashed) */
    size_t hashed = 0;
    size_t from = t0->off; /* text folded into g so far ends here */
    int closed = 0;        /* no key of t is longer than the span's key so far and begins with it */
    const pslot *last = NULL; /* the slot of the last probe, when t has a word-boundary filter */
    size_t probed = 0;        /* bytes of grow at the last probe */
    size_t k = tok;
    if (first) { /* the loop goes on from the next token, as if it had taken this one */
        memcpy(grow, k0->key, k0->len + 1u);
        g.len = hashed = probed = k0->len;
        h = h0;
        pending = k0->trail;
        from = t0->off + t0->len;
        words = (size_t)word0;
        closed = !first->more;
        last = t->bound ? first : NULL;
        k = tok + 1;
    }
    for (; k < limit && k - tok < 3 * t->max_words + 2; k++) {
        const ct_token *tk = &an->toks[k];
        /* A token whose key is not empty makes the span's key longer: no entry then, nor
         * further on. (A separator, or a word of stripped marks alone, adds nothing: go on.) */
        if (closed && an->tokkeys && an->tokkeys[k].key && an->tokkeys[k].len) break;
        if (tk->flags & CT_TOK_WORD || tk->flags & CT_TOK_NUM) words++;
        if (words > t->max_words) break;
        /* Phrases never cross a sentence start. */
        if (k > tok && (tk->flags & CT_TOK_SENT)) break;
        size_t end = tk->off + tk->len;
        if (end - an->toks[tok].off >= sizeof key) break;
        if (an->tokkeys && streaming) { /* every token's key, folded once (ct_lex_mark) */
            if (gap_append(&g, &pending, an->text, from, tk->off) != 0) {
                streaming = 0;
            } else {
                /* A word that would grow the probed key (grow holds it still: nothing appended
                 * since) by a space and two bytes or more, when the filter says no key begins
                 * so: the probe below would find no slot and stop, so stop before copying. (Not
                 * for a key that would reach sizeof key: that is looked up the plain way.) */
                if (last && g.len == last->len &&
                    bound_refuses(t, h, g.len, tk, &an->tokkeys[k], pending)) /* (h: of grow) */
                    break;
                if (tok_append(&g, &pending, an, k, &h, &hashed) != 0) streaming = 0;
            }
            from = end;
        }
        /* Only a match that ends on a word or number counts; punctuation is folded. A key that
         * punctuation grew is probed all the same when the tokens' keys are streamed: when no
         * key begins with it, the next word's probe would find no slot either, so stop here. */
        if (!(tk->flags & (CT_TOK_WORD | CT_TOK_NUM))) {
            if (an->tokkeys && streaming && g.len > probed && g.len < sizeof key) {
                h = pfx_hash(h, grow + hashed, g.len - hashed);
                hashed = probed = g.len;
                const pslot *ps = pfx_find(t, h, grow, g.len, 1); /* (g.len < KEY_MAX) */
                if (!ps) break;
                closed = !ps->more;
                last = t->bound ? ps : NULL;
            }
            continue;
        }
        const entry *e;
        int grown = an->tokkeys
                        ? streaming
                        : streaming && end >= from &&
                              ct_key_append_from(&g, 0, &pending, an->text + from, end - from) == 0;
        if (grown && g.len < sizeof key && g.len > 0) {
            from = end;
            /* one probe of the prefix set: no key begins with the span's key (stop), or the
             * span's key is a key, or only a prefix of some */
            h = pfx_hash(h, grow + hashed, g.len - hashed);
            hashed = probed = g.len;
            const pslot *ps = pfx_find(t, h, grow, g.len, 1); /* (g.len < KEY_MAX) */
            if (!ps) break;
            e = ps->full ? &t->entries[ps->src] : NULL;
            closed = !ps->more;
            last = t->bound ? ps : NULL;
        } else {
            streaming = 0; /* a long or odd span: the plain way, as before */
            ct_key(key, sizeof key, an->text + an->toks[tok].off, end - an->toks[tok].off);
            e = find_loaded(t, key);
        }
        if (e) {
            best = k - tok + 1;
            *value = e->value;
        }
    }
    return best;
}

size_t ct_lex_max_len(const ct_lexicon *t)
{
    return t ? t->max_len : 0;
}

size_t ct_lex_count(const ct_lexicon *t)
{
    return t ? t->n : 0;
}

void ct_lex_entry(const ct_lexicon *t, size_t i, const char **key, const char **value)
{
    *key = t->entries[i].key;
    *value = t->entries[i].value;
}
