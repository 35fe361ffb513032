/*
 * gazetteer.c - maps the index tools/gazbuild wrote (layout in gazetteer.h) and answers name
 * and place-key lookups from its two hash tables. No parsing, no allocation per lookup.
 */
#include "gazetteer.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cityties.h"

#define GAZ_HDR 64u
#define GAZ_ESZ 48u

struct ct_gazetteer {
    const unsigned char *map; /* the whole file */
    size_t size;
    uint32_t nent, nname, npost;
    const unsigned char *ents, *names, *post;
    const char *pool;
    uint32_t plen;
    const unsigned char *name_hash, *key_hash; /* namehash and keyhash (gazetteer.h) */
    const uint8_t *name_tags;                  /* nametags: a byte per namehash slot */
    const uint8_t *name_bits;                  /* namebits: the filter in front of them */
    size_t name_mask, key_mask;                /* their slot counts less one */
    size_t bits_mask;                          /* the namebits' bit count less one */
};

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int ct_gaz_open(const char *path, ct_gazetteer **out)
{
    *out = NULL;
    if (!path) return CT_EGAZ;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return CT_EGAZ;
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size < (off_t)GAZ_HDR) {
        close(fd);
        return CT_EGAZ;
    }
    size_t size = (size_t)st.st_size;
    void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) return CT_EGAZ;
    /* lookups are hash probes: read-ahead would only page in what no one asks for */
    (void)madvise(map, size, MADV_RANDOM);
#ifdef MADV_NOHUGEPAGE
    /* and 2 MB file pages would make every touched table resident in 2 MB steps */
    (void)madvise(map, size, MADV_NOHUGEPAGE);
#endif
    const unsigned char *m = map;
    ct_gazetteer *g = NULL;
    if (memcmp(m, CT_GAZ_MAGIC, 8) != 0) goto bad;
    /* an index of another layout (one an older gazbuild wrote) is read as nothing: `make`
     * rebuilds build/gazetteer.bin whenever gazetteer.h, and so the version, changes */
    if (rd32(m + 8) != CT_GAZ_VERSION) goto bad;
    if (rd32(m + 44) != size) goto bad;
    uint32_t nent = rd32(m + 12), nname = rd32(m + 16), npost = rd32(m + 20);
    uint32_t oe = rd32(m + 24), on = rd32(m + 28), op = rd32(m + 32), opool = rd32(m + 36);
    uint32_t plen = rd32(m + 40);
    uint32_t o_name_hash = rd32(m + 48), name_log2 = rd32(m + 52), o_key_hash = rd32(m + 56),
             key_log2 = rd32(m + 60);
    if (oe != GAZ_HDR || on != oe + (uint64_t)nent * GAZ_ESZ || op != on + (uint64_t)nname * 12 ||
        opool != op + (uint64_t)npost * 4 || plen == 0 ||
        o_name_hash != (((uint64_t)opool + plen + 3) & ~(uint64_t)3) || name_log2 < 3 ||
        name_log2 > 31 || key_log2 > 31 ||
        o_key_hash != o_name_hash + ((uint64_t)16 << name_log2) ||
        (uint64_t)o_key_hash + ((uint64_t)8 << key_log2) + ((uint64_t)1 << name_log2) +
                ((uint64_t)1 << (name_log2 - 2)) !=
            size)
        goto bad;
    /* the pool's last byte, read only now that the sections are known to end with the file */
    if (m[opool + plen - 1] != 0) goto bad;
    g = calloc(1, sizeof *g);
    if (!g) {
        munmap(map, size);
        return CT_ENOMEM;
    }
    g->map = m;
    g->size = size;
    g->nent = nent;
    g->nname = nname;
    g->npost = npost;
    g->ents = m + oe;
    g->names = m + on;
    g->post = m + op;
    g->pool = (const char *)m + opool;
    g->plen = plen;
    g->name_hash = m + o_name_hash;
    g->key_hash = m + o_key_hash;
    g->name_tags = m + o_key_hash + ((size_t)8 << key_log2);
    g->name_bits = g->name_tags + ((size_t)1 << name_log2);
    g->name_mask = ((size_t)1 << name_log2) - 1;
    g->key_mask = ((size_t)1 << key_log2) - 1;
    g->bits_mask = ((size_t)2 << name_log2) - 1;
    *out = g;
    return 0;
bad:
    munmap(map, size);
    return CT_EGAZ;
}

void ct_gaz_close(ct_gazetteer *g)
{
    if (!g) return;
    munmap((void *)g->map, g->size);
    free(g);
}

static const char *pool_str(const ct_gazetteer *g, uint32_t off)
{
    return off < g->plen ? g->pool + off : "";
}

/* Fills e from entry i of the index. Always inline: row_entries() calls it per candidate. */
static inline __attribute__((always_inline)) void entry_at(const ct_gazetteer *g, uint32_t i,
                                                           ct_gaz_entry *e)
{
    const unsigned char *p = g->ents + (size_t)i * GAZ_ESZ;
    uint32_t a1 = rd32(p + 8), lat = rd32(p + 16), lon = rd32(p + 20);
    float flat, flon;
    memcpy(&flat, &lat, 4);
    memcpy(&flon, &lon, 4);
    e->key = pool_str(g, rd32(p));
    e->name = pool_str(g, rd32(p + 4));
    e->admin1 = a1 ? pool_str(g, a1) : NULL;
    e->population = rd32(p + 12);
    e->lat = flat;
    e->lon = flon;
    e->cc[0] = (char)p[24];
    e->cc[1] = (char)p[25];
    e->cc[2] = 0;
    e->kind = p[26];
    memcpy(e->feature, p + 28, 7);
    e->feature[7] = 0;
    uint64_t lpop = rd32(p + 36) | (uint64_t)rd32(p + 40) << 32;
    memcpy(&e->lpop, &lpop, 8);
    e->a1hash = rd32(p + 44);
    e->alt = 0;
}

/* Whether bit h of the namebits is set (h taken modulo their size). */
static int name_bit(const ct_gazetteer *g, uint64_t h)
{
    size_t b = (size_t)h & g->bits_mask;
    return g->name_bits[b >> 3] >> (b & 7) & 1;
}

/* The name hash's slot for the string key[0..len) (ct_gaz_hash() h): a name, a word prefix of
 * names, or both; NULL when it is neither. A clear namebits bit says neither at once. Else one
 * probe, a string comparison only when the tag matches. The slots' bytes in nametags are read
 * first: a 0 byte is an empty slot (the probe ends, as at the slot itself), and a byte other
 * than the key's ct_gaz_tag8() is a slot of another tag (skipped, as the tag comparison would
 * skip it), so the 16-byte slot is read only when the bytes agree; the slot holds the pool
 * offset of the key to compare. Always inline: a probe of each name a matcher tries (gcc's
 * budget made it a call with a long prologue). */
static inline __attribute__((always_inline)) const unsigned char *
name_slot(const ct_gazetteer *g, const char *key, size_t len, uint64_t h)
{
    if (!name_bit(g, h)) return NULL;
    uint32_t tag = (uint32_t)(h >> 32);
    uint8_t tag8 = ct_gaz_tag8(tag);
    for (size_t i = (size_t)h & g->name_mask;; i = (i + 1) & g->name_mask) {
        uint8_t b = g->name_tags[i];
        if (!b) return NULL;
        if (b != tag8) continue;
        const unsigned char *x = g->name_hash + i * 16;
        uint32_t row1 = rd32(x + 4), wrow1 = rd32(x + 8);
        if ((!row1 && !wrow1) || row1 > g->nname || wrow1 > g->nname) return NULL;
        if (rd32(x) != tag) continue;
        const char *s = pool_str(g, rd32(x + 12));
        if (!strncmp(s, key, len) && s[len] == (row1 ? '\0' : ' ')) return x;
    }
}

/* Index of the name table row whose key is the slot's string, or -1. */
static long slot_row(const unsigned char *x)
{
    return x && rd32(x + 4) ? (long)rd32(x + 4) - 1 : -1;
}

/* Whether some name starts with the slot's string + " ". */
static int slot_more(const unsigned char *x)
{
    return x && rd32(x + 8);
}

/* The candidates of name table row `row` (>= 0), best prior first, at most max. */
static size_t row_entries(const ct_gazetteer *g, long row, ct_gaz_entry *out, size_t max)
{
    const unsigned char *r = g->names + (size_t)row * 12;
    uint32_t first = rd32(r + 4), count = rd32(r + 8);
    size_t n = 0;
    for (uint32_t i = 0; i < count && n < max; i++) {
        if ((uint64_t)first + i >= g->npost) break;
        uint32_t p = rd32(g->post + ((size_t)first + i) * 4);
        uint32_t ei = p & 0x7fffffffu;
        if (ei >= g->nent) continue;
        entry_at(g, ei, &out[n]);
        out[n].alt = (p >> 31) != 0;
        n++;
    }
    return n;
}

size_t ct_gaz_lookup(const ct_gazetteer *g, const char *key, ct_gaz_entry *out, size_t max)
{
    if (!g || !key || !*key) return 0;
    size_t len = strlen(key);
    long row = slot_row(name_slot(g, key, len, ct_gaz_hash(key, len)));
    if (row < 0) return 0;
    return row_entries(g, row, out, max);
}

long ct_gaz_find(const ct_gazetteer *g, const char *key, size_t len, int *more)
{
    return ct_gaz_find_hashed(g, key, len, key ? ct_gaz_hash(key, len) : 0, more);
}

long ct_gaz_find_hashed(const ct_gazetteer *g, const char *key, size_t len, uint64_t h, int *more)
{
    *more = 0;
    if (!g || !key) return -1;
    const unsigned char *x = name_slot(g, key, len, h);
    *more = slot_more(x);
    return len ? slot_row(x) : -1;
}

int ct_gaz_may_extend(const ct_gazetteer *g, uint64_t hp, const char *w, size_t n)
{
    return g && name_bit(g, ct_gaz_pair(hp, ct_gaz_hash(w, n)));
}

size_t ct_gaz_row(const ct_gazetteer *g, long row, ct_gaz_entry *out, size_t max)
{
    if (!g || row < 0 || (size_t)row >= g->nname) return 0;
    return row_entries(g, row, out, max);
}

size_t ct_gaz_row_size(const ct_gazetteer *g, long row)
{
    if (!g || row < 0 || (size_t)row >= g->nname) return 0;
    return rd32(g->names + (size_t)row * 12 + 8);
}

int ct_gaz_get(const ct_gazetteer *g, const char *key, ct_gaz_entry *out)
{
    if (!g || !key) return CT_ENOTFOUND;
    /* one probe of the key table, a string comparison only when the tag matches */
    uint64_t h = ct_gaz_hash(key, strlen(key));
    uint32_t tag = (uint32_t)(h >> 32);
    for (size_t i = (size_t)h & g->key_mask;; i = (i + 1) & g->key_mask) {
        const unsigned char *k = g->key_hash + i * 8;
        uint32_t ent1 = rd32(k + 4);
        if (!ent1 || ent1 > g->nent) return CT_ENOTFOUND;
        if (rd32(k) == tag &&
            !strcmp(pool_str(g, rd32(g->ents + (size_t)(ent1 - 1) * GAZ_ESZ)), key)) {
            entry_at(g, ent1 - 1, out);
            return 0;
        }
    }
}

int ct_gaz_has_prefix(const ct_gazetteer *g, const char *prefix)
{
    if (!g || !prefix) return 0;
    size_t len = strlen(prefix);
    return slot_more(name_slot(g, prefix, len, ct_gaz_hash(prefix, len)));
}

void ct_gaz_stats(const ct_gazetteer *g, size_t *nentries, size_t *nnames, size_t *bytes)
{
    if (nentries) *nentries = g ? g->nent : 0;
    if (nnames) *nnames = g ? g->nname : 0;
    if (bytes) *bytes = g ? g->size : 0;
}
