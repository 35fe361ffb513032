/*
 * query.c - answers built from the knowledge base as JSON values, and their text rendering
 * (contracts in query.h).
 *
 * Events are answered per merged group (event_group): a group involves a place when any of its
 * reports names the place as an argument or venue, or names a person affiliated with it
 * (the event_key view of store.c). Ties are answered per pair and kind from every article that
 * states them, `since` being the earliest date given, and every distinct claim kept.
 */
#include "query.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "names.h"
#include "text.h"

/* ---- helpers ---- */

static int prep(ct_store *s, sqlite3_stmt **st, const char *sql)
{
    return sqlite3_prepare_v2(ct_store_db(s), sql, -1, st, NULL) == SQLITE_OK ? 0 : CT_EDB;
}

static json_t *col_str(sqlite3_stmt *st, int i)
{
    const char *v = (const char *)sqlite3_column_text(st, i);
    return v ? json_string(v) : json_null();
}

static int is_key(const char *v)
{
    return v &&
           (strncmp(v, "gn:", 3) == 0 || strncmp(v, "a1:", 3) == 0 || strncmp(v, "cc:", 3) == 0);
}

/* {"key", "name", "cc"} of a place key, from the store, then the gazetteer. */
static json_t *place_json(ct_store *s, const char *key)
{
    json_t *o = json_object();
    json_object_set_new(o, "key", json_string(key));
    sqlite3_stmt *st = NULL;
    const char *name = NULL, *cc = NULL;
    ct_gaz_entry e;
    if (prep(s, &st,
             "SELECT l.label, p.cc FROM place p JOIN place_label l ON l.key = p.key"
             " WHERE p.key = ?1") == 0) {
        sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) == SQLITE_ROW) {
            name = (const char *)sqlite3_column_text(st, 0);
            cc = (const char *)sqlite3_column_text(st, 1);
        }
    }
    if (!name && ct_store_gazetteer(s) && ct_gaz_get(ct_store_gazetteer(s), key, &e) == 0)
        name = e.name, cc = e.cc;
    json_object_set_new(o, "name", json_string(name ? name : key));
    json_object_set_new(o, "cc", cc ? json_string(cc) : json_null());
    sqlite3_finalize(st);
    return o;
}

static const char *place_name(json_t *p)
{
    const char *n = json_string_value(json_object_get(p, "name"));
    return n ? n : "?";
}

/* The display name of a place key or an organisation value. */
static json_t *value_name(ct_store *s, const char *v)
{
    if (!is_key(v)) return json_string(v);
    json_t *p = place_json(s, v);
    json_t *n = json_incref(json_object_get(p, "name"));
    json_decref(p);
    return n;
}

static void push_unique_str(json_t *arr, const char *v)
{
    size_t i;
    json_t *x;
    if (!v) return;
    json_array_foreach(arr, i, x) if (strcmp(json_string_value(x), v) == 0) return;
    json_array_append_new(arr, json_string(v));
}

/* ---- places ---- */

typedef struct {
    char key[24];
    char name[128];
    char cc[3];
    int kind;
    long long pop;
    int in_db;
} cand;

static int in_db(ct_store *s, const char *key)
{
    sqlite3_stmt *st = NULL;
    int n = 0;
    if (prep(s, &st,
             "SELECT (SELECT count(*) FROM article_place WHERE place_key = ?1)"
             " + (SELECT count(*) FROM tie WHERE a = ?1 OR b = ?1)"
             " + (SELECT count(*) FROM event_arg WHERE place_key = ?1)"
             " + (SELECT count(*) FROM event WHERE place = ?1)") == 0) {
        sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    return n;
}

static void add_cand(cand *c, size_t *n, size_t max, const char *key, const char *name,
                     const char *cc, int kind, long long pop)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(c[i].key, key) == 0) return;
    if (*n == max) return;
    cand *x = &c[(*n)++];
    memset(x, 0, sizeof *x);
    snprintf(x->key, sizeof x->key, "%s", key);
    snprintf(x->name, sizeof x->name, "%s", name ? name : key);
    snprintf(x->cc, sizeof x->cc, "%s", cc ? cc : "");
    x->kind = kind;
    x->pop = pop;
}

/* Keeps the candidates satisfying keep(); returns how many remain (none removed when none
 * would remain). */
static size_t filter(cand *c, size_t n, int (*keep)(const cand *))
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        m += keep(&c[i]) != 0;
    if (m == 0) return n;
    size_t j = 0;
    for (size_t i = 0; i < n; i++)
        if (keep(&c[i])) c[j++] = c[i];
    return j;
}
static int keep_in_db(const cand *c)
{
    return c->in_db;
}
static int keep_city(const cand *c)
{
    return c->kind == CT_PLACE_CITY;
}

int ct_query_resolve_place(ct_store *s, const char *arg, char *key, size_t cap, char *err,
                           size_t errlen)
{
    enum { MAXC = 24 };
    cand c[MAXC];
    size_t n = 0;
    const ct_gazetteer *g = ct_store_gazetteer(s);
    if (err && errlen) err[0] = 0;
    if (is_key(arg)) {
        ct_gaz_entry e;
        if ((g && ct_gaz_get(g, arg, &e) == 0) || in_db(s, arg)) {
            snprintf(key, cap, "%s", arg);
            return 0;
        }
        snprintf(err, errlen, "no place with key %s", arg);
        return CT_ENOTFOUND;
    }
    char nk[256];
    ct_key(nk, sizeof nk, arg, strlen(arg));
    if (g) {
        ct_gaz_entry e[MAXC];
        size_t m = ct_gaz_lookup(g, nk, e, MAXC);
        for (size_t i = 0; i < m; i++)
            add_cand(c, &n, MAXC, e[i].key, e[i].name, e[i].cc, e[i].kind, e[i].population);
    }
    sqlite3_stmt *st = NULL;
    if (prep(s, &st, "SELECT key, name, cc, kind, population FROM place WHERE name_key = ?1") ==
        0) {
        sqlite3_bind_text(st, 1, nk, -1, SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW)
            add_cand(c, &n, MAXC, (const char *)sqlite3_column_text(st, 0),
                     (const char *)sqlite3_column_text(st, 1),
                     (const char *)sqlite3_column_text(st, 2), sqlite3_column_int(st, 3),
                     sqlite3_column_int64(st, 4));
    }
    sqlite3_finalize(st);
    if (n == 0) {
        snprintf(err, errlen, "no place called \"%s\"", arg);
        return CT_ENOTFOUND;
    }
    for (size_t i = 0; i < n; i++)
        c[i].in_db = in_db(s, c[i].key) > 0;
    n = filter(c, n, keep_in_db);
    n = filter(c, n, keep_city);
    if (n > 1 && !c[0].in_db) {
        /* nothing stored about any: a clearly larger city wins */
        size_t best = 0;
        for (size_t i = 1; i < n; i++)
            if (c[i].pop > c[best].pop) best = i;
        int dominant = 1;
        for (size_t i = 0; i < n; i++)
            if (i != best && c[i].pop * 10 > c[best].pop) dominant = 0;
        if (dominant) c[0] = c[best], n = 1;
    }
    if (n == 1) {
        snprintf(key, cap, "%s", c[0].key);
        return 0;
    }
    size_t len = (size_t)snprintf(err, errlen, "\"%s\" is ambiguous; use a key:", arg);
    for (size_t i = 0; i < n && len < errlen; i++)
        len +=
            (size_t)snprintf(err + len, errlen - len, "\n  %s  %s (%s%s%lld)", c[i].key, c[i].name,
                             c[i].cc, c[i].pop ? ", pop " : "", c[i].pop ? c[i].pop : 0LL);
    return CT_EAMBIGUOUS;
}

/* ---- merged events ---- */

/* The group's JSON: see query.h. */
static json_t *group_json(ct_store *s, long long gid)
{
    json_t *g = json_object(), *sources = json_array(), *dates = json_array();
    json_t *topics = json_array(), *people = json_array(), *places = json_array();
    sqlite3_stmt *st = NULL;
    const char *type = NULL;
    int all_planned = 1, nsrc = 0;
    char best_date[64] = "", kind[32] = "", place[24] = "", name[256] = "";
    char lo_min[11] = "", hi_max[11] = "";
    int conflict = 0;
    json_object_set_new(g, "id", json_integer(gid));
    if (prep(s, &st,
             "SELECT e.type, e.kind, e.date, e.planned, e.place, e.name, e.evidence, e.off,"
             " e.len, a.doc_id, a.url, a.published, e.date_lo, e.date_hi, e.title"
             " FROM event e JOIN article a ON a.id = e.article_id WHERE e.group_id = ?1"
             " ORDER BY a.published_lo IS NULL, a.published_lo, a.doc_id") == 0) {
        sqlite3_bind_int64(st, 1, gid);
        while (sqlite3_step(st) == SQLITE_ROW) {
            const char *t = (const char *)sqlite3_column_text(st, 0);
            const char *k = (const char *)sqlite3_column_text(st, 1);
            const char *d = (const char *)sqlite3_column_text(st, 2);
            const char *pl = (const char *)sqlite3_column_text(st, 4);
            const char *nm = (const char *)sqlite3_column_text(st, 5);
            const char *lo = (const char *)sqlite3_column_text(st, 12);
            const char *hi = (const char *)sqlite3_column_text(st, 13);
            int planned = sqlite3_column_int(st, 3);
            if (!type) json_object_set_new(g, "type", json_string(t)), type = "";
            if (k && !kind[0]) snprintf(kind, sizeof kind, "%s", k);
            if (pl && !place[0]) snprintf(place, sizeof place, "%s", pl);
            if (nm && !name[0]) snprintf(name, sizeof name, "%s", nm);
            if (d) {
                push_unique_str(dates, d);
                /* the most precise date with a known year wins */
                if (!best_date[0] ||
                    (d[0] != 'X' && (best_date[0] == 'X' || strlen(d) > strlen(best_date))))
                    snprintf(best_date, sizeof best_date, "%s", d);
                if (lo && hi) {
                    if (lo_min[0] && (strcmp(lo, hi_max) > 0 || strcmp(lo_min, hi) > 0))
                        conflict = 1;
                    if (!lo_min[0] || strcmp(lo, lo_min) > 0) snprintf(lo_min, 11, "%s", lo);
                    if (!hi_max[0] || strcmp(hi, hi_max) < 0) snprintf(hi_max, 11, "%s", hi);
                }
            }
            all_planned &= planned;
            nsrc++;
            json_t *src = json_object();
            json_object_set_new(src, "article", col_str(st, 9));
            json_object_set_new(src, "url", col_str(st, 10));
            json_object_set_new(src, "published", col_str(st, 11));
            json_object_set_new(src, "date", d ? json_string(d) : json_null());
            json_object_set_new(src, "planned", json_boolean(planned));
            json_object_set_new(src, "evidence", col_str(st, 6));
            if (sqlite3_column_type(st, 7) != SQLITE_NULL) {
                json_object_set_new(src, "span",
                                    json_pack("[II]", (json_int_t)sqlite3_column_int64(st, 7),
                                              (json_int_t)sqlite3_column_int64(st, 8)));
            }
            if (sqlite3_column_type(st, 14) != SQLITE_NULL)
                json_object_set_new(g, "title", col_str(st, 14));
            json_array_append_new(sources, src);
        }
    }
    sqlite3_finalize(st);
    json_object_set_new(g, "kind", kind[0] ? json_string(kind) : json_null());
    json_object_set_new(g, "date", best_date[0] ? json_string(best_date) : json_null());
    json_object_set_new(g, "date_conflict", json_boolean(conflict));
    json_object_set_new(g, "dates", dates);
    json_object_set_new(g, "planned", json_boolean(nsrc && all_planned));
    json_object_set_new(g, "place", place[0] ? place_json(s, place) : json_null());
    json_object_set_new(g, "name", name[0] ? json_string(name) : json_null());

    if (prep(s, &st,
             "SELECT DISTINCT t.topic FROM event_topic t JOIN event e ON e.id = t.event_id"
             " WHERE e.group_id = ?1 ORDER BY t.topic") == 0) {
        sqlite3_bind_int64(st, 1, gid);
        while (sqlite3_step(st) == SQLITE_ROW)
            json_array_append_new(topics, col_str(st, 0));
    }
    sqlite3_finalize(st);
    json_object_set_new(g, "topics", topics);

    if (prep(s, &st,
             "SELECT p.id, p.name, x.role, p.title, p.of, min(x.rowid) FROM event_arg x"
             " JOIN event e ON e.id = x.event_id JOIN person p ON p.id = x.person_id"
             " WHERE e.group_id = ?1 GROUP BY p.id, x.role ORDER BY 6") == 0) {
        sqlite3_bind_int64(st, 1, gid);
        while (sqlite3_step(st) == SQLITE_ROW) {
            json_t *p = json_object();
            const char *of = (const char *)sqlite3_column_text(st, 4);
            json_object_set_new(p, "id", json_integer(sqlite3_column_int64(st, 0)));
            json_object_set_new(p, "name", col_str(st, 1));
            json_object_set_new(p, "role", col_str(st, 2));
            json_object_set_new(p, "title", col_str(st, 3));
            json_object_set_new(p, "of", of ? value_name(s, of) : json_null());
            json_object_set_new(p, "of_key", of ? json_string(of) : json_null());
            json_array_append_new(people, p);
        }
    }
    sqlite3_finalize(st);
    json_object_set_new(g, "people", people);

    if (prep(s, &st,
             "SELECT x.value, x.role, min(x.rowid) FROM event_arg x JOIN event e"
             " ON e.id = x.event_id WHERE e.group_id = ?1 AND x.person_id IS NULL"
             " GROUP BY x.value, x.role ORDER BY 3") == 0) {
        sqlite3_bind_int64(st, 1, gid);
        while (sqlite3_step(st) == SQLITE_ROW) {
            const char *v = (const char *)sqlite3_column_text(st, 0);
            json_t *p = json_object();
            json_object_set_new(p, "key", json_string(v));
            json_object_set_new(p, "name", value_name(s, v));
            json_object_set_new(p, "role", col_str(st, 1));
            json_array_append_new(places, p);
        }
    }
    sqlite3_finalize(st);
    json_object_set_new(g, "places", places);
    json_object_set_new(g, "sources", sources);
    return g;
}

/* Groups involving key (and other when given), oldest first, undated last. */
static int groups_of(ct_store *s, const char *key, const char *other, const char *type, json_t *out)
{
    sqlite3_stmt *st = NULL;
    int rc = prep(s, &st,
                  "SELECT e.group_id, min(coalesce(e.date_lo, '9999')) AS d,"
                  " min(coalesce(a.published_lo, '9999')) AS p FROM event e"
                  " JOIN article a ON a.id = e.article_id"
                  " WHERE e.group_id IN (SELECT e1.group_id FROM event e1 JOIN event_key k"
                  "   ON k.event_id = e1.id WHERE k.key = ?1)"
                  " AND (?2 IS NULL OR e.group_id IN (SELECT e2.group_id FROM event e2"
                  "   JOIN event_key k2 ON k2.event_id = e2.id WHERE k2.key = ?2))"
                  " AND (?3 IS NULL OR e.type = ?3)"
                  " GROUP BY e.group_id ORDER BY d, p, e.group_id");
    if (rc) return rc;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    if (other) sqlite3_bind_text(st, 2, other, -1, SQLITE_TRANSIENT);
    if (type) sqlite3_bind_text(st, 3, type, -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW)
        json_array_append_new(out, group_json(s, sqlite3_column_int64(st, 0)));
    sqlite3_finalize(st);
    return 0;
}

/* ---- ties ---- */

/* Whether two dates of the list cannot both be right ("1991" and "1992"; not "1991" and
 * "1991-05"). */
static int claims_conflict(json_t *dates)
{
    size_t i, j, n = json_array_size(dates);
    char lo1[11], hi1[11], lo2[11], hi2[11];
    for (i = 0; i < n; i++) {
        if (ct_store_date_bounds(json_string_value(json_array_get(dates, i)), lo1, hi1) < 0)
            continue;
        for (j = i + 1; j < n; j++) {
            if (ct_store_date_bounds(json_string_value(json_array_get(dates, j)), lo2, hi2) < 0)
                continue;
            if (strcmp(lo1, hi2) > 0 || strcmp(lo2, hi1) > 0) return 1;
        }
    }
    return 0;
}

/* The tie histories of key (with other, when given): one object per partner and kind. */
static int ties_of(ct_store *s, const char *key, const char *other, json_t *out)
{
    sqlite3_stmt *st = NULL, *cl = NULL;
    int rc =
        prep(s, &st,
             "SELECT CASE WHEN a = ?1 THEN b ELSE a END AS p, kind, count(DISTINCT article_id),"
             " min(since_lo) FROM tie WHERE (a = ?1 OR b = ?1)"
             " AND (?2 IS NULL OR a = ?2 OR b = ?2)"
             " GROUP BY p, kind ORDER BY min(coalesce(since_lo, '9999')), p, kind");
    if (rc) return rc;
    if ((rc = prep(s, &cl,
                   "SELECT t.since, a.doc_id, t.evidence, t.off, t.len, a.url FROM tie t"
                   " JOIN article a ON a.id = t.article_id"
                   " WHERE t.a = min(?1, ?2) AND t.b = max(?1, ?2) AND t.kind = ?3"
                   " ORDER BY t.since_lo IS NULL, t.since_lo, a.doc_id")) != 0) {
        sqlite3_finalize(st);
        return rc;
    }
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    if (other) sqlite3_bind_text(st, 2, other, -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *p = (const char *)sqlite3_column_text(st, 0);
        const char *kind = (const char *)sqlite3_column_text(st, 1);
        json_t *t = place_json(s, p);
        json_t *claims = json_array(), *sources = json_array(), *arts = json_array();
        json_object_set_new(t, "kind", json_string(kind));
        sqlite3_reset(cl);
        sqlite3_bind_text(cl, 1, key, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(cl, 2, p, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(cl, 3, kind, -1, SQLITE_TRANSIENT);
        const char *since = NULL;
        json_t *since_v = json_null();
        while (sqlite3_step(cl) == SQLITE_ROW) {
            const char *sv = (const char *)sqlite3_column_text(cl, 0);
            const char *art = (const char *)sqlite3_column_text(cl, 1);
            json_t *src = json_object();
            json_object_set_new(src, "article", json_string(art));
            json_object_set_new(src, "url", col_str(cl, 5));
            json_object_set_new(src, "since", sv ? json_string(sv) : json_null());
            json_object_set_new(src, "evidence", col_str(cl, 2));
            if (sqlite3_column_type(cl, 3) != SQLITE_NULL)
                json_object_set_new(src, "span",
                                    json_pack("[II]", (json_int_t)sqlite3_column_int64(cl, 3),
                                              (json_int_t)sqlite3_column_int64(cl, 4)));
            json_array_append_new(sources, src);
            push_unique_str(arts, art);
            if (sv) {
                if (!since) {
                    since = sv;
                    json_decref(since_v);
                    since_v = json_string(sv);
                }
                push_unique_str(claims, sv);
            }
        }
        json_object_set_new(t, "since", since_v);
        json_object_set_new(t, "since_conflict", json_boolean(claims_conflict(claims)));
        json_object_set_new(t, "since_claims", claims);
        json_object_set_new(t, "sources", json_integer(sqlite3_column_int64(st, 2)));
        json_object_set_new(t, "articles", arts);
        json_object_set_new(t, "evidence", sources);
        json_array_append_new(out, t);
    }
    sqlite3_finalize(st);
    sqlite3_finalize(cl);
    return 0;
}

/* Date (and article) of the latest event that happened between a and b. */
static json_t *last_contact(ct_store *s, const char *a, const char *b)
{
    sqlite3_stmt *st = NULL;
    json_t *v = json_null();
    if (prep(s, &st,
             "SELECT coalesce(e.date, ar.published), ar.doc_id FROM event e"
             " JOIN article ar ON ar.id = e.article_id"
             " WHERE e.planned = 0 AND coalesce(e.date_lo, ar.published_lo) IS NOT NULL"
             " AND e.group_id IN (SELECT e1.group_id FROM event e1 JOIN event_key k"
             "   ON k.event_id = e1.id WHERE k.key = ?1)"
             " AND e.group_id IN (SELECT e2.group_id FROM event e2 JOIN event_key k2"
             "   ON k2.event_id = e2.id WHERE k2.key = ?2)"
             " ORDER BY coalesce(e.date_lo, ar.published_lo) DESC LIMIT 1") == 0) {
        sqlite3_bind_text(st, 1, a, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, b, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) == SQLITE_ROW) {
            json_decref(v);
            v = json_object();
            json_object_set_new(v, "date", col_str(st, 0));
            json_object_set_new(v, "article", col_str(st, 1));
        }
    }
    sqlite3_finalize(st);
    return v;
}

int ct_query_partners(ct_store *s, const char *key, json_t **out)
{
    json_t *r = json_object(), *partners = json_array();
    json_object_set_new(r, "city", place_json(s, key));
    int rc = ties_of(s, key, NULL, partners);
    size_t i;
    json_t *p;
    json_array_foreach(partners, i, p)
    {
        const char *pk = json_string_value(json_object_get(p, "key"));
        json_object_set_new(p, "last_contact", last_contact(s, key, pk));
    }
    json_object_set_new(r, "partners", partners);
    *out = r;
    return rc;
}

/* ---- timeline ---- */

static const char *entry_date(json_t *e)
{
    const char *d = json_string_value(json_object_get(e, "date"));
    if (!d) d = json_string_value(json_object_get(e, "since"));
    return d && d[0] != 'X' ? d : "9999";
}

static int by_date(const void *x, const void *y)
{
    json_t *a = *(json_t *const *)x, *b = *(json_t *const *)y;
    int c = strncmp(entry_date(a), entry_date(b), 10);
    if (c) return c;
    json_int_t ia = json_integer_value(json_object_get(a, "order"));
    json_int_t ib = json_integer_value(json_object_get(b, "order"));
    return ia < ib ? -1 : ia > ib;
}

int ct_query_timeline(ct_store *s, const char *key, const char *other, json_t **out)
{
    json_t *r = json_object(), *groups = json_array(), *ties = json_array();
    json_object_set_new(r, "city", place_json(s, key));
    json_object_set_new(r, "other", other ? place_json(s, other) : json_null());
    int rc = groups_of(s, key, other, NULL, groups);
    if (rc == 0) rc = ties_of(s, key, other, ties);
    size_t n = json_array_size(groups) + json_array_size(ties), k = 0, i;
    json_t **all = calloc(n ? n : 1, sizeof *all), *x;
    json_array_foreach(groups, i, x)
    {
        json_object_set_new(x, "what", json_string("event"));
        json_object_set_new(x, "order", json_integer((json_int_t)k));
        all[k++] = json_incref(x);
    }
    json_array_foreach(ties, i, x)
    {
        json_t *t = json_object();
        json_object_set_new(t, "what", json_string("tie"));
        json_object_set_new(t, "order", json_integer((json_int_t)k));
        json_object_set_new(t, "date", json_incref(json_object_get(x, "since")));
        json_object_set_new(t, "kind", json_incref(json_object_get(x, "kind")));
        json_object_set_new(t, "cities",
                            json_pack("[Oo]", json_object_get(r, "city"),
                                      place_json(s, json_string_value(json_object_get(x, "key")))));
        json_object_set_new(t, "since_claims", json_incref(json_object_get(x, "since_claims")));
        json_object_set_new(t, "sources", json_incref(json_object_get(x, "evidence")));
        all[k++] = t;
    }
    if (all) qsort(all, k, sizeof *all, by_date);
    json_t *entries = json_array();
    for (i = 0; i < k; i++) {
        json_object_del(all[i], "order");
        json_array_append_new(entries, all[i]);
    }
    free(all);
    json_decref(groups);
    json_decref(ties);
    json_object_set_new(r, "entries", entries);
    *out = r;
    return rc;
}

/* ---- brief ---- */

/* Whether any of the group's people or place arguments in role(s) belongs to key. */
static int group_side(json_t *g, const char *key, const char *r1, const char *r2)
{
    size_t i;
    json_t *x;
    json_array_foreach(json_object_get(g, "people"), i, x)
    {
        const char *role = json_string_value(json_object_get(x, "role"));
        const char *of = json_string_value(json_object_get(x, "of_key"));
        if (of && strcmp(of, key) == 0 && (strcmp(role, r1) == 0 || (r2 && strcmp(role, r2) == 0)))
            return 1;
    }
    json_array_foreach(json_object_get(g, "places"), i, x)
    {
        const char *role = json_string_value(json_object_get(x, "role"));
        const char *k = json_string_value(json_object_get(x, "key"));
        if (k && strcmp(k, key) == 0 && (strcmp(role, r1) == 0 || (r2 && strcmp(role, r2) == 0)))
            return 1;
    }
    return 0;
}

static int place_is(json_t *g, const char *key)
{
    json_t *p = json_object_get(g, "place");
    const char *k = json_string_value(json_object_get(p, "key"));
    return k && strcmp(k, key) == 0;
}

/* A later report that a planned group g happened: a group of the same type (and agreement kind)
 * between the same places that is not planned, dated at or after g's first report (or within
 * g's own date, when g has one). Returns that group or NULL. */
static json_t *fulfilment(json_t *all, json_t *g)
{
    const char *type = json_string_value(json_object_get(g, "type"));
    const char *kind = json_string_value(json_object_get(g, "kind"));
    const char *gdate = json_string_value(json_object_get(g, "date"));
    const char *pub = json_string_value(
        json_object_get(json_array_get(json_object_get(g, "sources"), 0), "published"));
    size_t i;
    json_t *h;
    json_array_foreach(all, i, h)
    {
        if (h == g || json_is_true(json_object_get(h, "planned"))) continue;
        if (strcmp(type, json_string_value(json_object_get(h, "type"))) != 0) continue;
        const char *hk = json_string_value(json_object_get(h, "kind"));
        if (kind && hk && strcmp(kind, hk) != 0) continue;
        const char *hdate = json_string_value(json_object_get(h, "date"));
        if (!hdate || hdate[0] == 'X') continue;
        if (gdate && gdate[0] != 'X') {
            size_t n = strcspn(gdate, "/");
            if (strncmp(hdate, gdate, n < 7 ? n : 7) != 0 && strcmp(hdate, gdate) < 0) continue;
        } else if (!pub || strncmp(hdate, pub, strlen(hdate) < 10 ? strlen(hdate) : 10) < 0) {
            continue;
        }
        return h;
    }
    return NULL;
}

int ct_query_brief(ct_store *s, const char *a, const char *b, json_t **out)
{
    json_t *r = json_object(), *ties = json_array(), *all = json_array();
    json_t *visits = json_array(), *meetings = json_array(), *agreements = json_array();
    json_t *plans = json_array(), *other = json_array(), *people = json_object();
    json_object_set_new(r, "cities", json_pack("[oo]", place_json(s, a), place_json(s, b)));
    int rc = ties_of(s, a, b, ties);
    if (rc == 0) rc = groups_of(s, a, b, NULL, all);
    size_t i;
    json_t *g;
    json_array_foreach(all, i, g)
    {
        const char *type = json_string_value(json_object_get(g, "type"));
        if (json_is_true(json_object_get(g, "planned"))) {
            json_t *h = fulfilment(all, g);
            if (h)
                json_object_set(g, "fulfilled_by", json_object_get(h, "id"));
            else
                json_array_append(plans, g);
        }
        if (strcmp(type, "visit") == 0) {
            /* direction: who travelled where */
            int ab = group_side(g, a, "visitor", NULL) &&
                     (group_side(g, b, "destination", NULL) || place_is(g, b));
            int ba = group_side(g, b, "visitor", NULL) &&
                     (group_side(g, a, "destination", NULL) || place_is(g, a));
            if (!ab && !ba) {
                ab = group_side(g, b, "destination", NULL);
                ba = !ab && group_side(g, a, "destination", NULL);
            }
            json_object_set_new(g, "direction",
                                json_string(ab && !ba   ? "a->b"
                                            : ba && !ab ? "b->a"
                                                        : "?"));
            json_array_append(visits, g);
        } else if (strcmp(type, "meeting") == 0) {
            json_array_append(meetings, g);
        } else if (strcmp(type, "agreement") == 0) {
            json_array_append(agreements, g);
        } else {
            json_array_append(other, g);
        }
        size_t j;
        json_t *p;
        json_array_foreach(json_object_get(g, "people"), j, p)
        {
            char id[24];
            snprintf(id, sizeof id, "%lld",
                     (long long)json_integer_value(json_object_get(p, "id")));
            json_t *e = json_object_get(people, id);
            if (!e) {
                e = json_object();
                json_object_set_new(e, "id", json_incref(json_object_get(p, "id")));
                json_object_set_new(e, "name", json_incref(json_object_get(p, "name")));
                json_object_set_new(e, "title", json_incref(json_object_get(p, "title")));
                json_object_set_new(e, "of", json_incref(json_object_get(p, "of")));
                json_object_set_new(e, "events", json_array());
                json_object_set_new(e, "articles", json_array());
                json_object_set_new(people, id, e);
            }
            size_t k2;
            json_t *src;
            json_array_foreach(json_object_get(g, "sources"), k2, src) push_unique_str(
                json_object_get(e, "articles"), json_string_value(json_object_get(src, "article")));
            json_t *evs = json_object_get(e, "events");
            json_t *gid = json_object_get(g, "id");
            size_t k;
            json_t *x;
            int seen = 0;
            json_array_foreach(evs, k, x) seen |= json_equal(x, gid);
            if (!seen) json_array_append(evs, gid);
        }
    }
    json_t *plist = json_array();
    const char *pk;
    json_t *pv;
    json_object_foreach(people, pk, pv) json_array_append(plist, pv);
    json_decref(people);
    json_decref(all);
    json_object_set_new(r, "ties", ties);
    json_object_set_new(r, "visits", visits);
    json_object_set_new(r, "meetings", meetings);
    json_object_set_new(r, "agreements", agreements);
    json_object_set_new(r, "plans", plans);
    json_object_set_new(r, "other_events", other);
    json_object_set_new(r, "people", plist);
    /* the one-paragraph summary: counts of each section and the latest contact */
    size_t ab = 0, ba = 0;
    json_array_foreach(visits, i, g)
    {
        const char *d = json_string_value(json_object_get(g, "direction"));
        ab += d && strcmp(d, "a->b") == 0;
        ba += d && strcmp(d, "b->a") == 0;
    }
    json_t *sum = json_object();
    json_object_set_new(sum, "last_contact", last_contact(s, a, b));
    json_object_set_new(sum, "visits_a_to_b", json_integer((json_int_t)ab));
    json_object_set_new(sum, "visits_b_to_a", json_integer((json_int_t)ba));
    json_object_set_new(sum, "meetings", json_integer((json_int_t)json_array_size(meetings)));
    json_object_set_new(sum, "agreements", json_integer((json_int_t)json_array_size(agreements)));
    json_object_set_new(sum, "open_plans", json_integer((json_int_t)json_array_size(plans)));
    json_object_set_new(r, "summary", sum);
    *out = r;
    return rc;
}

/* ---- person ---- */

int ct_query_person(ct_store *s, const char *name, json_t **out)
{
    json_t *r = json_object(), *list = json_array();
    json_object_set_new(r, "query", json_string(name));
    char key[256];
    ct_name_key(name, strlen(name), key, sizeof key);
    sqlite3_stmt *st = NULL;
    long long ids[64];
    size_t n = 0;
    /* the same key first; then any looser match (initials, middle names, a surname alone) */
    if (prep(s, &st, "SELECT DISTINCT person_id, name FROM person_mention ORDER BY person_id") ==
        0) {
        long long exact[64];
        size_t ne = 0;
        char k2[256];
        while (sqlite3_step(st) == SQLITE_ROW) {
            long long id = sqlite3_column_int64(st, 0);
            const char *m = (const char *)sqlite3_column_text(st, 1);
            size_t ml = strlen(m), nl = strlen(name);
            ct_name_key(m, ml, k2, sizeof k2);
            int is_exact = key[0] && strcmp(key, k2) == 0;
            int loose =
                is_exact || ct_name_same(name, nl, m, ml) || ct_name_part_of(name, nl, m, ml);
            long long *arr = is_exact ? exact : ids;
            size_t *cnt = is_exact ? &ne : &n;
            if (!loose) continue;
            int dup = 0;
            for (size_t i = 0; i < *cnt; i++)
                dup |= arr[i] == id;
            if (!dup && *cnt < 64) arr[(*cnt)++] = id;
        }
        if (ne) {
            memcpy(ids, exact, ne * sizeof *ids);
            n = ne;
        }
    }
    sqlite3_finalize(st);
    for (size_t i = 0; i < n; i++) {
        json_t *p = json_object(), *aliases = json_array(), *roles = json_array();
        json_t *events = json_array();
        if (prep(s, &st, "SELECT name, title, of FROM person WHERE id = ?1") == 0) {
            sqlite3_bind_int64(st, 1, ids[i]);
            if (sqlite3_step(st) == SQLITE_ROW) {
                const char *of = (const char *)sqlite3_column_text(st, 2);
                json_object_set_new(p, "id", json_integer(ids[i]));
                json_object_set_new(p, "name", col_str(st, 0));
                json_object_set_new(p, "title", col_str(st, 1));
                json_object_set_new(p, "of", of ? value_name(s, of) : json_null());
                json_object_set_new(p, "of_key", col_str(st, 2));
            }
        }
        sqlite3_finalize(st);
        if (prep(s, &st,
                 "SELECT DISTINCT m.name FROM person_mention m WHERE m.person_id = ?1"
                 " AND m.name <> (SELECT name FROM person WHERE id = ?1) ORDER BY m.name") == 0) {
            sqlite3_bind_int64(st, 1, ids[i]);
            while (sqlite3_step(st) == SQLITE_ROW)
                json_array_append_new(aliases, col_str(st, 0));
        }
        sqlite3_finalize(st);
        if (prep(s, &st,
                 "SELECT m.title, m.of, group_concat(DISTINCT a.doc_id) FROM person_mention m"
                 " JOIN article a ON a.id = m.article_id WHERE m.person_id = ?1 AND m.alias = 0"
                 " AND (m.title IS NOT NULL OR m.of IS NOT NULL) GROUP BY m.title, m.of"
                 " ORDER BY min(a.published_lo)") == 0) {
            sqlite3_bind_int64(st, 1, ids[i]);
            while (sqlite3_step(st) == SQLITE_ROW) {
                json_t *role = json_object();
                const char *of = (const char *)sqlite3_column_text(st, 1);
                const char *arts = (const char *)sqlite3_column_text(st, 2);
                json_object_set_new(role, "title", col_str(st, 0));
                json_object_set_new(role, "of", of ? value_name(s, of) : json_null());
                json_object_set_new(role, "of_key", col_str(st, 1));
                json_t *al = json_array();
                char *copy = strdup(arts ? arts : ""), *save = NULL;
                for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save))
                    json_array_append_new(al, json_string(t));
                free(copy);
                json_object_set_new(role, "articles", al);
                json_array_append_new(roles, role);
            }
        }
        sqlite3_finalize(st);
        if (prep(s, &st,
                 "SELECT e.group_id, min(coalesce(e.date_lo, '9999')) FROM event_arg x"
                 " JOIN event e ON e.id = x.event_id WHERE x.person_id = ?1"
                 " GROUP BY e.group_id ORDER BY 2, 1") == 0) {
            sqlite3_bind_int64(st, 1, ids[i]);
            while (sqlite3_step(st) == SQLITE_ROW)
                json_array_append_new(events, group_json(s, sqlite3_column_int64(st, 0)));
        }
        sqlite3_finalize(st);
        json_object_set_new(p, "aliases", aliases);
        json_object_set_new(p, "roles", roles);
        json_object_set_new(p, "events", events);
        json_array_append_new(list, p);
    }
    json_object_set_new(r, "people", list);
    *out = r;
    return n ? 0 : CT_ENOTFOUND;
}

/* ---- search ---- */

int ct_query_search(ct_store *s, const char *text, int limit, json_t **out)
{
    json_t *r = json_object(), *res = json_array();
    json_object_set_new(r, "query", json_string(text));
    json_object_set_new(r, "results", res);
    *out = r;
    /* every word a quoted FTS5 string, so user text never parses as query syntax */
    ct_buf q;
    ct_buf_init(&q, 4096);
    const char *p = text;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p) break;
        ct_buf_putc(&q, '"');
        for (; *p && *p != ' ' && *p != '\t' && *p != '\n'; p++) {
            if (*p == '"') ct_buf_putc(&q, '"');
            ct_buf_putc(&q, *p);
        }
        ct_buf_puts(&q, "\" ");
    }
    if (q.len == 0 || q.overflow) {
        ct_buf_free(&q);
        return CT_EARG;
    }
    sqlite3_stmt *st = NULL;
    int rc = prep(s, &st,
                  "SELECT a.doc_id, a.url, a.published,"
                  " snippet(article_fts, 0, '[', ']', '...', 16)"
                  " FROM article_fts JOIN article a ON a.id = article_fts.rowid"
                  " WHERE article_fts MATCH ?1 ORDER BY rank LIMIT ?2");
    if (rc == 0) {
        sqlite3_bind_text(st, 1, q.data, (int)q.len, SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 2, limit > 0 ? limit : 20);
        int step;
        while ((step = sqlite3_step(st)) == SQLITE_ROW) {
            json_t *x = json_object();
            json_object_set_new(x, "article", col_str(st, 0));
            json_object_set_new(x, "url", col_str(st, 1));
            json_object_set_new(x, "published", col_str(st, 2));
            json_object_set_new(x, "snippet", col_str(st, 3));
            json_array_append_new(res, x);
        }
        if (step != SQLITE_DONE) rc = CT_EDB;
    }
    sqlite3_finalize(st);
    ct_buf_free(&q);
    return rc;
}

/* ---- text rendering ---- */

static const char *sv(json_t *o, const char *k)
{
    const char *v = json_string_value(json_object_get(o, k));
    return v ? v : "";
}

/* One line: "  - " + words; then its sources with evidence, indented. */
static void print_sources(FILE *f, json_t *sources, const char *indent)
{
    size_t i, n = json_array_size(sources);
    json_t *x;
    enum { SHOWN = 5 }; /* copies of a wire story should not bury the briefing */
    json_array_foreach(sources, i, x)
    {
        if (i == SHOWN && n > SHOWN + 1) {
            fprintf(f, "%s... and %zu more sources (--json lists them all)\n", indent, n - SHOWN);
            break;
        }
        const char *ev = sv(x, "evidence");
        const char *d = sv(x, "date");
        if (!*d) d = sv(x, "since");
        fprintf(f, "%s[%s]", indent, sv(x, "article"));
        if (*d) fprintf(f, " %s", d);
        if (json_is_true(json_object_get(x, "planned"))) fprintf(f, " (planned)");
        if (*ev) fprintf(f, " \"%s\"", ev);
        fputc('\n', f);
    }
}

static void print_people_inline(FILE *f, json_t *g, const char *role_filter)
{
    size_t i;
    json_t *p;
    int first = 1;
    json_array_foreach(json_object_get(g, "people"), i, p)
    {
        if (role_filter && strcmp(sv(p, "role"), role_filter) != 0) continue;
        fprintf(f, "%s%s", first ? "" : ", ", sv(p, "name"));
        const char *t = sv(p, "title"), *of = sv(p, "of");
        if (*t || *of) {
            fprintf(f, " (%s%s%s)", t, *t && *of ? ", " : "", of);
        }
        first = 0;
    }
    if (first) fprintf(f, "-");
}

static void print_places_inline(FILE *f, json_t *g, const char *role)
{
    size_t i;
    json_t *p;
    int first = 1;
    json_array_foreach(json_object_get(g, "places"), i, p)
    {
        if (role && strcmp(sv(p, "role"), role) != 0) continue;
        fprintf(f, "%s%s", first ? "" : ", ", sv(p, "name"));
        first = 0;
    }
    if (first) fprintf(f, "-");
}

static void print_group(FILE *f, json_t *g, const char *a_name, const char *b_name)
{
    const char *type = sv(g, "type"), *date = sv(g, "date");
    fprintf(f, "  %s  %s", *date ? date : "(date unknown)", type);
    if (*sv(g, "kind")) fprintf(f, " [%s]", sv(g, "kind"));
    if (json_is_true(json_object_get(g, "planned"))) fprintf(f, " (planned)");
    if (json_is_integer(json_object_get(g, "fulfilled_by")))
        fprintf(f, " (later reported done: event %lld)",
                (long long)json_integer_value(json_object_get(g, "fulfilled_by")));
    fprintf(f, " #%lld", (long long)json_integer_value(json_object_get(g, "id")));
    if (strcmp(type, "visit") == 0) {
        const char *dir = sv(g, "direction");
        if (a_name && strcmp(dir, "a->b") == 0) fprintf(f, " %s -> %s", a_name, b_name);
        if (a_name && strcmp(dir, "b->a") == 0) fprintf(f, " %s -> %s", b_name, a_name);
        fprintf(f, ": ");
        print_people_inline(f, g, "visitor");
        fprintf(f, " to ");
        print_places_inline(f, g, "destination");
    } else if (strcmp(type, "agreement") == 0) {
        fprintf(f, ": ");
        print_places_inline(f, g, "party");
        fprintf(f, "; signed by ");
        print_people_inline(f, g, "signatory");
    } else {
        fprintf(f, ": ");
        print_people_inline(f, g, NULL);
        if (*sv(g, "name")) fprintf(f, "; %s", sv(g, "name"));
        json_t *pl = json_object_get(g, "place");
        if (json_is_object(pl)) fprintf(f, " in %s", sv(pl, "name"));
    }
    json_t *topics = json_object_get(g, "topics");
    if (json_array_size(topics)) {
        fprintf(f, "; topics:");
        size_t i;
        json_t *t;
        json_array_foreach(topics, i, t) fprintf(f, " %s", json_string_value(t));
    }
    if (json_is_true(json_object_get(g, "date_conflict")))
        fprintf(f, "; sources disagree on the date");
    fputc('\n', f);
    print_sources(f, json_object_get(g, "sources"), "      ");
}

static void print_tie(FILE *f, json_t *t)
{
    fprintf(f, "  %s (%s%s%s)  %s  since %s", sv(t, "name"), sv(t, "key"), *sv(t, "cc") ? ", " : "",
            sv(t, "cc"), sv(t, "kind"), *sv(t, "since") ? sv(t, "since") : "unknown");
    json_t *lc = json_object_get(t, "last_contact");
    if (json_is_object(lc)) fprintf(f, "  last contact %s [%s]", sv(lc, "date"), sv(lc, "article"));
    fprintf(f, "  %lld source%s", (long long)json_integer_value(json_object_get(t, "sources")),
            json_integer_value(json_object_get(t, "sources")) == 1 ? "" : "s");
    if (json_is_true(json_object_get(t, "since_conflict"))) {
        fprintf(f, "  (sources disagree on since:");
        size_t i;
        json_t *x;
        json_array_foreach(json_object_get(t, "since_claims"), i, x)
            fprintf(f, " %s", json_string_value(x));
        fprintf(f, ")");
    }
    fputc('\n', f);
    print_sources(f, json_object_get(t, "evidence"), "      ");
}

static void print_section(FILE *f, const char *title, json_t *groups, const char *an,
                          const char *bn)
{
    fprintf(f, "\n%s (%zu)\n", title, json_array_size(groups));
    size_t i;
    json_t *g;
    if (!json_array_size(groups)) fprintf(f, "  none recorded\n");
    json_array_foreach(groups, i, g) print_group(f, g, an, bn);
}

void ct_query_print(FILE *f, const char *what, json_t *r)
{
    size_t i;
    json_t *x;
    if (strcmp(what, "partners") == 0) {
        json_t *c = json_object_get(r, "city");
        json_t *ps = json_object_get(r, "partners");
        fprintf(f, "Partners of %s (%s): %zu tie%s\n", place_name(c), sv(c, "key"),
                json_array_size(ps), json_array_size(ps) == 1 ? "" : "s");
        json_array_foreach(ps, i, x) print_tie(f, x);
    } else if (strcmp(what, "timeline") == 0) {
        json_t *c = json_object_get(r, "city"), *o = json_object_get(r, "other");
        fprintf(f, "Timeline of %s (%s)", place_name(c), sv(c, "key"));
        if (json_is_object(o)) fprintf(f, " with %s (%s)", place_name(o), sv(o, "key"));
        fputc('\n', f);
        json_array_foreach(json_object_get(r, "entries"), i, x)
        {
            if (strcmp(sv(x, "what"), "tie") == 0) {
                json_t *cs = json_object_get(x, "cities");
                fprintf(f, "  %s  tie [%s]: %s - %s\n",
                        *sv(x, "date") ? sv(x, "date") : "(since unknown)", sv(x, "kind"),
                        place_name(json_array_get(cs, 0)), place_name(json_array_get(cs, 1)));
                print_sources(f, json_object_get(x, "sources"), "      ");
            } else {
                print_group(f, x, NULL, NULL);
            }
        }
        if (!json_array_size(json_object_get(r, "entries"))) fprintf(f, "  nothing recorded\n");
    } else if (strcmp(what, "brief") == 0) {
        json_t *cs = json_object_get(r, "cities");
        json_t *a = json_array_get(cs, 0), *b = json_array_get(cs, 1);
        const char *an = place_name(a), *bn = place_name(b);
        fprintf(f, "Briefing: %s (%s) and %s (%s)\n", an, sv(a, "key"), bn, sv(b, "key"));
        json_t *sum = json_object_get(r, "summary");
        size_t ti;
        json_t *t;
        json_array_foreach(json_object_get(r, "ties"), ti, t)
            fprintf(f, "%s %s since %s", ti ? "," : "  Tied:", sv(t, "kind"),
                    *sv(t, "since") ? sv(t, "since") : "?");
        if (!json_array_size(json_object_get(r, "ties"))) fprintf(f, "  No tie recorded");
        json_t *lc = json_object_get(sum, "last_contact");
        fprintf(f, ". Last contact: %s.\n", json_is_object(lc) ? sv(lc, "date") : "none recorded");
        fprintf(f,
                "  %lld visit(s) %s -> %s, %lld %s -> %s; %lld meeting(s); %lld agreement(s);"
                " %lld open plan(s).\n",
                (long long)json_integer_value(json_object_get(sum, "visits_a_to_b")), an, bn,
                (long long)json_integer_value(json_object_get(sum, "visits_b_to_a")), bn, an,
                (long long)json_integer_value(json_object_get(sum, "meetings")),
                (long long)json_integer_value(json_object_get(sum, "agreements")),
                (long long)json_integer_value(json_object_get(sum, "open_plans")));
        fprintf(f, "\nTies (%zu)\n", json_array_size(json_object_get(r, "ties")));
        if (!json_array_size(json_object_get(r, "ties"))) fprintf(f, "  none recorded\n");
        json_array_foreach(json_object_get(r, "ties"), i, x) print_tie(f, x);
        print_section(f, "Visits", json_object_get(r, "visits"), an, bn);
        print_section(f, "Meetings", json_object_get(r, "meetings"), an, bn);
        print_section(f, "Agreements", json_object_get(r, "agreements"), an, bn);
        print_section(f, "Open plans and promises (not yet reported done)",
                      json_object_get(r, "plans"), an, bn);
        print_section(f, "Other events", json_object_get(r, "other_events"), an, bn);
        json_t *ppl = json_object_get(r, "people");
        fprintf(f, "\nPeople involved (%zu)\n", json_array_size(ppl));
        if (!json_array_size(ppl)) fprintf(f, "  none recorded\n");
        json_array_foreach(ppl, i, x)
        {
            fprintf(f, "  %s", sv(x, "name"));
            if (*sv(x, "title") || *sv(x, "of"))
                fprintf(f, " (%s%s%s)", sv(x, "title"), *sv(x, "title") && *sv(x, "of") ? ", " : "",
                        sv(x, "of"));
            fprintf(f, ": %zu event%s [", json_array_size(json_object_get(x, "events")),
                    json_array_size(json_object_get(x, "events")) == 1 ? "" : "s");
            size_t j;
            json_t *y;
            json_array_foreach(json_object_get(x, "articles"), j, y)
            {
                if (j == 5) {
                    fprintf(f, ", ...");
                    break;
                }
                fprintf(f, "%s%s", j ? ", " : "", json_string_value(y));
            }
            fprintf(f, "]\n");
        }
    } else if (strcmp(what, "person") == 0) {
        json_array_foreach(json_object_get(r, "people"), i, x)
        {
            fprintf(f, "%s%s", i ? "\n" : "", sv(x, "name"));
            if (*sv(x, "title") || *sv(x, "of"))
                fprintf(f, " (%s%s%s)", sv(x, "title"), *sv(x, "title") && *sv(x, "of") ? ", " : "",
                        sv(x, "of"));
            fputc('\n', f);
            size_t j;
            json_t *y;
            if (json_array_size(json_object_get(x, "aliases"))) {
                fprintf(f, "  also written:");
                json_array_foreach(json_object_get(x, "aliases"), j, y)
                    fprintf(f, "%s %s", j ? "," : "", json_string_value(y));
                fputc('\n', f);
            }
            fprintf(f, "  roles:\n");
            if (!json_array_size(json_object_get(x, "roles"))) fprintf(f, "    none stated\n");
            json_array_foreach(json_object_get(x, "roles"), j, y)
            {
                fprintf(f, "    %s%s%s [", *sv(y, "title") ? sv(y, "title") : "(no title)",
                        *sv(y, "of") ? " of " : "", sv(y, "of"));
                size_t k;
                json_t *z;
                json_array_foreach(json_object_get(y, "articles"), k, z)
                    fprintf(f, "%s%s", k ? ", " : "", json_string_value(z));
                fprintf(f, "]\n");
            }
            fprintf(f, "  events (%zu):\n", json_array_size(json_object_get(x, "events")));
            json_array_foreach(json_object_get(x, "events"), j, y) print_group(f, y, NULL, NULL);
        }
    } else if (strcmp(what, "search") == 0) {
        json_t *res = json_object_get(r, "results");
        fprintf(f, "%zu article%s match \"%s\"\n", json_array_size(res),
                json_array_size(res) == 1 ? "" : "s", sv(r, "query"));
        json_array_foreach(res, i, x)
        {
            fprintf(f, "  %s", sv(x, "article"));
            if (*sv(x, "published")) fprintf(f, "  %s", sv(x, "published"));
            if (*sv(x, "url")) fprintf(f, "  %s", sv(x, "url"));
            fprintf(f, "\n      %s\n", sv(x, "snippet"));
        }
    }
}
