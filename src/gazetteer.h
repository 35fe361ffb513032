/*
 * gazetteer.h - the GeoNames gazetteer: cities (cities1000), first-level regions (admin1) and
 * countries, compiled by tools/gazbuild into one binary index and memory-mapped read-only.
 *
 * Index layout (little-endian, all offsets from the start of the file; version CT_GAZ_VERSION):
 *
 *   header   64 bytes: magic "CTGAZ\0\0\1", then 32-bit words: version; entry, name and posting
 *            counts; offsets of entries, names, postings, pool; pool bytes; file bytes; namehash
 *            offset and log2 of its slots; keyhash offset and log2 of its slots
 *   entries  fixed 48-byte records sorted by key string ("a1:KR.10" < "cc:KR" < "gn:1838524");
 *            the last 12 bytes are what scoring would otherwise compute at every lookup: the
 *            logarithm of ct_gaz_rank_pop() (a double) and ct_gaz_key_hash() of the region key
 *            (ct_gaz_entry's lpop and a1hash)
 *   names    {name key, first posting, posting count} sorted by name key (text.h ct_key form)
 *   postings entry indices per name, best prior first (a country; cities of 100,000 or more;
 *            regions; smaller places; by population within a tier); the top bit
 *            marks a posting reached only through an alternate name
 *   pool     NUL-terminated strings the other sections point into; a region's key and its
 *            cities' admin1 are one string (one offset), so that a reader may compare them by
 *            address first, but only first: an index of an earlier gazbuild, of this same
 *            version, holds them as two equal strings
 *   namehash hash table of every name key and every word prefix P of a name key (the name
 *            starts with P + " "): 2^k slots {tag, 1 + row of the name P or 0, 1 + first row
 *            of the names starting with P + " " or 0, pool offset of that row's key} (0, 0:
 *            empty), open addressing, slot ct_gaz_hash(P) & mask, tag its high 32 bits; one
 *            probe answers both questions, and the key it is checked against is read from the
 *            pool straight, not through the name table
 *   keyhash  hash table of the entries' place keys: 2^k slots {tag, 1 + entry index}, alike
 *   nametags one byte per namehash slot, in slot order: 0 for an empty slot, else
 *            ct_gaz_tag8() of the slot's tag; a probe reads these (a sixteenth of the
 *            namehash's bytes) first and reads a 16-byte slot only when its byte matches, so
 *            most unknown words touch no slot
 *   namebits 2^(k+1) bits (k the namehash's log2, so 2^(k-2) bytes: 256 KB), a filter in front
 *            of both: bit ct_gaz_hash(S) of every string S the namehash holds, and bit
 *            ct_gaz_pair(ct_gaz_hash(P), ct_gaz_hash(W)) of every such S made of more than one
 *            word, P its words but the last and W the last (bits taken modulo the size). A clear
 *            bit means no such string: most unknown words, and most words after a name's first
 *            ("Busan Mayor"), are refused without touching the large tables, and the second
 *            without their span's key being joined (ct_gaz_may_extend())
 *
 * Name lookups and ct_gaz_get() probe the hash tables (one or two slots, then one string
 * comparison); nothing reads the sorted order at run time (gazbuild walks the sorted names to
 * find each word prefix's rows). Nothing is parsed at open: ct_gaz_open() maps the file and
 * checks the header, and refuses an index of another version. Ownership: the ct_gazetteer owns
 * the mapping; every string handed out points into it and lives until ct_gaz_close(). The
 * handle is read-only and may be shared by threads.
 */
#ifndef CT_GAZETTEER_H
#define CT_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "analysis.h"

#define CT_GAZ_MAGIC "CTGAZ\0\0\1"
#define CT_GAZ_VERSION 9u /* raised at every layout change: 9 has the key in the namehash */

typedef struct {
    const char *key;     /* "gn:1838524", "a1:KR.10", "cc:KR" */
    const char *name;    /* display name ("Busan", "Gyeonggi-do", "South Korea") */
    char cc[3];          /* ISO2 country, NUL-terminated */
    uint8_t kind;        /* CT_PLACE_* */
    uint32_t population; /* 0 when unknown (regions, countries) */
    const char *admin1;  /* "a1:KR.10" for cities, or NULL */
    char feature[8]; /* GeoNames feature code ("PPLC", "PPLA", "ADM1", "PCLI"), NUL-terminated */
    double lat, lon; /* 0, 0 for regions and countries */
    double lpop;     /* log10(ct_gaz_rank_pop() + 1) for a city, else 0 (the index's) */
    uint32_t a1hash; /* ct_gaz_key_hash() of the region key: a city's admin1, a region's own
                      * key; 0 for a country or a city without a region */
    uint8_t alt;     /* lookups only: 1 when reached through an alternate name */
} ct_gaz_entry;

/* A city's population as scoring weighs it: GeoNames leaves some seats at 0 (many Chinese
 * prefecture-level cities), and their rank stands in. Anything else: its population (0 for
 * regions and countries). feature is the GeoNames code, NUL-terminated. The index builder
 * stores the logarithm (lpop); places.c compares the population itself. */
static inline uint32_t ct_gaz_rank_pop(uint32_t population, int kind, const char *feature)
{
    if (population || kind != CT_PLACE_CITY) return population;
    if (!strcmp(feature, "PPLC")) return 1000000;
    if (!strcmp(feature, "PPLA")) return 300000;
    if (!strcmp(feature, "PPLA2")) return 10000;
    return 1000;
}

/* FNV-1a, 32 bits (text.h), of the NUL-terminated key: the hash an entry keeps of its region
 * key (a1hash). places.c hashes the region keys an article names with it, and so compares them
 * with an entry's region without hashing that key again. */
static inline uint32_t ct_gaz_key_hash(const char *key)
{
    uint32_t h = CT_FNV32_SEED;
    for (; *key; key++)
        h = CT_FNV32_STEP(h, *key);
    return h;
}

/* Little-endian loads for ct_gaz_hash() (one move each once compiled, on any host). */
static inline uint64_t ct_gaz_le32(const unsigned char *p)
{
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24;
}

static inline uint64_t ct_gaz_le64(const unsigned char *p)
{
    return ct_gaz_le32(p) | ct_gaz_le32(p + 4) << 32;
}

/* Hash of a key s[0..n) for the index's hash tables (64 bits); the index builder and the reader
 * share it. Word at a time: 8 bytes per multiply, the last 1 to 8 bytes in two overlapping
 * 4-byte loads (or, under 4, the first, middle and last byte), the length folded in, then
 * MurmurHash3's 64-bit finalizer, so the low bits (the slot) and the high ones (the tag) both
 * depend on every byte. Always inline: places.c hashes every capitalised word's key with it,
 * and gcc's budget called it (58,031 calls on the 1k sample). */
static inline __attribute__((always_inline)) uint64_t ct_gaz_hash(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15ull, w = 0;
    for (; n > 8; n -= 8, p += 8) {
        h = (h ^ ct_gaz_le64(p)) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    if (n >= 4)
        w = ct_gaz_le32(p) << 32 | ct_gaz_le32(p + n - 4);
    else if (n)
        w = (uint64_t)p[0] << 16 | (uint64_t)p[n >> 1] << 8 | p[n - 1];
    h ^= w;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

/* The namebits hash of the string P + " " + W, from hp = ct_gaz_hash(P) and hw = ct_gaz_hash(W):
 * the two mixed by a multiply, the high bits folded into the low ones the filter takes. */
static inline uint64_t ct_gaz_pair(uint64_t hp, uint64_t hw)
{
    uint64_t h = (hp ^ hw * 0x9e3779b97f4a7c15ull) * 0xff51afd7ed558ccdull;
    return h ^ h >> 29;
}

/* The nametags byte of a namehash slot whose tag (the key's ct_gaz_hash() >> 32) is tag: its
 * top byte, never 0 (0 marks an empty slot). A function of the tag, so a byte that differs
 * means a tag that differs. */
static inline uint8_t ct_gaz_tag8(uint32_t tag)
{
    uint8_t b = (uint8_t)(tag >> 24);
    return b ? b : 1;
}

/* Maps the index at path. Returns 0, CT_EGAZ (missing, short, of another magic or version, or
 * with a header whose sections do not tile the file) or CT_ENOMEM. */
int ct_gaz_open(const char *path, ct_gazetteer **out);
void ct_gaz_close(ct_gazetteer *g);

/* Candidates for a normalized name key (ct_key form: "los angeles"), best prior first, at most
 * max written to out. Returns the number written (0 when the name is unknown). */
size_t ct_gaz_lookup(const ct_gazetteer *g, const char *key, ct_gaz_entry *out, size_t max);

/* The entry with place key "gn:..", "a1:.." or "cc:..". Returns 0 or CT_ENOTFOUND. */
int ct_gaz_get(const ct_gazetteer *g, const char *key, ct_gaz_entry *out);

/* Whether any name in the index starts with the key prefix followed by a space ("los" for
 * "los angeles"): lets a matcher stop extending a token span early. */
int ct_gaz_has_prefix(const ct_gazetteer *g, const char *prefix);

/* The name table row of the name key key[0..len) (>= 0), or -1 when no name of the index is
 * the key; sets *more as ct_gaz_has_prefix() would. The hash tables answer, nothing is copied:
 * a matcher growing a name token by token keeps the row of its longest name and asks
 * ct_gaz_row() for the candidates of that one. */
long ct_gaz_find(const ct_gazetteer *g, const char *key, size_t len, int *more);

/* ct_gaz_find() of a key whose ct_gaz_hash() the caller has computed: h. */
long ct_gaz_find_hashed(const ct_gazetteer *g, const char *key, size_t len, uint64_t h, int *more);

/* 0 when no name of the index begins with the key whose ct_gaz_hash() is hp, a space, and the
 * word w[0..n) (no space in it) followed by a space or nothing; 1 when one may. The namebits
 * answer, in cache: a matcher growing a name token by token asks this before it joins the
 * longer span's key, and most spans stop here. */
int ct_gaz_may_extend(const ct_gazetteer *g, uint64_t hp, const char *w, size_t n);

/* The candidates of name row `row` (from ct_gaz_find()), best prior first, at most max written
 * to out, as ct_gaz_lookup() of its key gives them. Returns the number written. */
size_t ct_gaz_row(const ct_gazetteer *g, long row, ct_gaz_entry *out, size_t max);

/* How many candidates name row `row` lists (0 for no row): ct_gaz_row() writes no more, so a
 * caller can size its array before it asks, and have the candidates written in place. */
size_t ct_gaz_row_size(const ct_gazetteer *g, long row);

/* Index statistics for reports: entries, names, bytes mapped. */
void ct_gaz_stats(const ct_gazetteer *g, size_t *nentries, size_t *nnames, size_t *bytes);

#endif
