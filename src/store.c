/*
 * store.c - the SQLite knowledge base: schema and migrations, ingest of one record, merging of
 * people and events across articles (contracts in store.h).
 *
 * Migrations are SQL scripts in order; migration i takes the schema from user_version i to i+1
 * and runs in its own transaction, so a database of any older version opens and upgrades, and a
 * newer one is refused rather than misread.
 *
 * Cost of a put, kept flat as the database grows (bench/results.md has the measurements):
 *   - merge candidates come from event_pair, every pair of an event's people and places (and
 *     from the evidence sentence), so a new report reads the few reports sharing two of its keys,
 *     not every event of a busy mayor or city;
 *   - a report identical to an earlier one of its group in everything the merge reads (its
 *     signature, report_sig) is a copy: not listed in event_pair, its evidence not indexed, and
 *     group_fits skips it, so a wire story copied N times costs one candidate;
 *   - people of a name key are found by index seeks, one per person, not one row per mention;
 *   - ct_store_begin() batches: one commit per batch; the full-text index is written once per
 *     transaction (fts_flush), not by a trigger per article; and a put takes no savepoint of its
 *     own: a failed one has the batch rolled back and its earlier puts done again from a copy
 *     (batch_redo), where a savepoint copied every page a put touched for a rollback that
 *     hardly ever comes.
 * and cheap per article:
 *   - the record is read once, in place (rec_read), into an array of nodes rather than a
 *     jansson tree (an allocation per value, a hash table per object), and written back once
 *     as canonical text (canon_record) of which each event's JSON is a slice;
 *   - statements are prepared once; no RETURNING (a scratch table per row) and no bound string
 *     copied; an event's pairs, an article's events and their arguments and topics (of its
 *     events together), places, place names, people's mentions and ties go several rows a
 *     statement (prep_rows), as INSERT OR FAIL or OR IGNORE so that no statement journal is
 *     kept; other rows one a statement;
 *   - with ct_store_setup(), no allocation statistics.
 */
#include "store.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "gazetteer.h"
#include "names.h"
#include "text.h"

typedef struct report_facts report_facts; /* candidate_read()'s memory of a stored report */
enum { REPORT_SLOTS = 1024 };             /* reports it holds, direct-mapped by id */
typedef struct pair_ids pair_ids;         /* candidate_ids()' memory of one event_pair key */
enum { PAIR_SLOTS = 16384 };              /* keys it holds, direct-mapped by hash */
typedef struct group_times group_times;   /* group_fits()' memory of a group's reports */
enum { GROUP_SLOTS = 1024 };              /* groups it holds, direct-mapped by id */
typedef struct key_people key_people;     /* find_person()'s memory of the people of a name key */
enum { KEY_SLOTS = 4096 };                /* keys it holds, direct-mapped by hash */
typedef struct person_facts person_facts; /* find_person()'s memory of a person's of and title */
enum { PERSON_SLOTS = 4096 };             /* people it holds, direct-mapped by id */
typedef struct org_id org_id;             /* ensure_org()'s memory of an organisation */
enum { ORG_SLOTS = 1024 };                /* names it holds, direct-mapped by hash */

/* Inserts of several rows in one statement (prep_rows): its cursors, one a table or index, are
 * opened once and stay where the last row went, where a statement a row seeks every tree from
 * its root again and builds and frees its registers. Each is INSERT OR FAIL or OR IGNORE: a
 * statement of several rows that may abort keeps a statement journal (a copy of every page it
 * changes, so that it can fail alone), which cost more than the statements saved; FAIL keeps
 * the rows before a failing one, and a failed put is undone whole anyway (tx_rollback). (This
 * holds in a batch, where foreign keys are off: outside one, SQLite's foreign-key checks may
 * still make a statement take a journal, which costs time, not answers.) The
 * kinds, and how many parameters one row takes. */
enum {
    ROWS_EVENT_ARG,
    ROWS_EVENT_TOPIC,
    ROWS_ARTICLE_PLACE,
    ROWS_PERSON_MENTION,
    ROWS_PLACE_ALIAS,
    ROWS_EVENT_PAIR,
    ROWS_TIE,
    ROWS_EVENT,
    NROWS
};
enum { ROWS_MAX = 8 }; /* rows in one statement at the most */
static const struct {
    const char *head; /* the statement up to its VALUES */
    int ncols;
} row_inserts[NROWS] = {
    {"INSERT OR FAIL INTO event_arg(event_id, role, value, person_id, place_key, org_id, type)"
     " VALUES ",
     7},
    {"INSERT OR IGNORE INTO event_topic(event_id, topic) VALUES ", 2},
    {"INSERT OR IGNORE INTO article_place(article_id, place_key, off, len) VALUES ", 4},
    {"INSERT OR FAIL INTO person_mention(person_id, article_id, name, key, alias, title, of, off,"
     " len) VALUES ",
     9},
    {"INSERT OR FAIL INTO place_alias(place_key, article_id, name, n) VALUES ", 4},
    {"INSERT OR IGNORE INTO event_pair(type, k1, k2, event_id) VALUES ", 4},
    {"INSERT OR FAIL INTO tie(article_id, a, b, kind, since, since_lo, evidence, off, len)"
     " VALUES ",
     9},
    {"INSERT OR FAIL INTO event(id, article_id, seq, type, kind, date, date_lo, date_hi, planned,"
     " place, name, title, evidence, off, len, json, group_id, sig, copy) VALUES ",
     19},
};

/* A person_mention row of the put under way, held to go with the next ones in one statement
 * (mentions_flush). */
typedef struct {
    int64_t person, article;
    const char *name, *title, *of; /* borrowed from the record; title and of may be NULL */
    char key[256];                 /* mention_key() of name */
    int alias;
    int64_t off, len; /* the name's first span in the text; off < 0: none */
} held_mention;

/* An event_arg row of the put under way, held to go with the next ones, of the same event or of
 * the article's next events, in one statement (args_flush): report_get(), the one reader of
 * event_arg during a put, stores the held rows first when it reads their event (report_held();
 * test_store's test_held_args_read reads an event stored while its arguments are held). */
typedef struct {
    int64_t event;
    const char *type, *role, *value; /* borrowed from the record (role: a literal) */
    int64_t pid, oid;                /* person, organisation, or 0 */
    const char *place;               /* place key, or NULL */
} held_arg;

/* An event row of the put under way, held to go with the article's next events in one statement
 * (events_flush), its id known before: the table gives a new row the id after its largest, so
 * the event after one stored or held takes the next id (ct_store.next_event). The readers of
 * event during a put store the held ones first when they would find them (report_get, pair_get's
 * read of a sentence's reports; group_fits' and group_event's reads of a group never find them:
 * they never read a group of this article's events, which group_fits answers from s->groups),
 * and so do the writers of the rows that name an event where foreign keys are checked, outside a
 * batch (args_flush, topics_flush, pair_rows); in a batch those rows may go first. */
typedef struct {
    int64_t id;      /* its id, or 0: the id the table gives it (the next not known) */
    int64_t article; /* its article */
    int seq, planned, copy;
    const char *type, *kind, *date, *place, *name, *title, *evidence; /* borrowed, or NULL */
    char lo[11], hi[11]; /* ct_store_date_bounds() of date, "" for none */
    int64_t off, len;    /* its span; off < 0: none */
    const char *js;      /* its canonical JSON, in the put's canonical record */
    size_t jslen;        /* its bytes */
    int64_t group, sig;  /* group_event()'s answers */
} held_event;

/* An event_topic row of the put under way, held to go with the next ones, of the same event or
 * of the article's next events, in one statement (topics_flush): nothing reads the topics of an
 * event during a put. */
typedef struct {
    int64_t event;
    const char *topic; /* borrowed from the record */
} held_topic;

/* A put or delete of the open batch, kept to be done again (batch_redo). */
typedef struct {
    ct_article a; /* copies, in the one allocation at a.id */
    char *json;   /* the record, in that allocation; NULL: a delete of article a.id */
} batch_op;

/* The runs of words find_place_names() has looked up in one article, and their answers: the
 * same bytes give the same key and so the same gazetteer entries and the same place, and an
 * article names its cities again and again, so a repeat costs a hash and a compare instead of
 * ct_key() and ct_gaz_lookup(). Filled to 3/4 at the most, so that a search ends soon; empty
 * between articles (runs_seen_clear). */
enum { SEEN_SLOTS = 512, SEEN_MAX = SEEN_SLOTS / 4 * 3 };
typedef struct {
    struct {
        const char *p;   /* the run in the text, or NULL: a free slot */
        size_t len;      /* its bytes */
        const char *hit; /* the record's place key it names, or NULL */
    } v[SEEN_SLOTS];
    size_t n;                 /* slots taken */
    uint16_t taken[SEEN_MAX]; /* which, so that emptying the table costs what filling it did */
} runs_seen;

/* The gazetteer's answers to runs of words find_place_names() looked up, kept across articles
 * (runs_seen forgets at each): a city, a title or a month is written again article after
 * article, and its answer depends on its bytes and the gazetteer only, so a repeat costs a
 * compare instead of ct_key() and ct_gaz_lookup(). Direct-mapped by the run's hash; a run longer
 * than RUN_BYTES is looked up each time. The keys point into the gazetteer: forgotten when it
 * changes (ct_store_set_gazetteer). */
enum { RUN_SLOTS = 8192, RUN_BYTES = 46, RUN_KEYS = 8, RUN_KEY_MAX = 128 /* ct_key() room */ };
typedef struct {
    uint64_t hash;
    uint8_t len;               /* of run; 0: a free slot */
    uint8_t n;                 /* keys */
    char run[RUN_BYTES];       /* the run's bytes */
    const char *key[RUN_KEYS]; /* the keys of its entries, as ct_gaz_lookup() gives them */
} run_answer;

struct ct_store {
    sqlite3 *db;
    const ct_gazetteer *gaz; /* borrowed, or NULL */
    char pub_lo[11];         /* during a put: the article's publication bound, or "" */
    const char *text;        /* during a put: the analysed text, for the spans of names */
    size_t text_len;
    const char *placed[32]; /* during a put: place keys ensure_place() has stored, borrowed */
    size_t nplaced;
    char named[2048][24]; /* in the open transaction: places stored with their gazetteer name
                             (direct-mapped by hash: with 512 slots, the 221 places of the 1k
                             sample took 1,044 statements, now 322); forgotten at each begin,
                             rollback, delete */
    held_mention mentions[ROWS_MAX]; /* during a put: mentions not yet stored, in order */
    size_t nmentions;
    held_topic topics[ROWS_MAX]; /* during a put: event topics not yet stored, in order */
    size_t ntopics;
    held_arg args[ROWS_MAX]; /* during a put: event arguments not yet stored, in order */
    size_t nargs;
    held_event events[ROWS_MAX]; /* during a put: events not yet stored, in order */
    size_t nevents;
    int64_t next_event; /* in a transaction: the id of the next event (the one after the last
                           stored or held), or 0: not known; forgotten with named */
    int64_t *groups;    /* during a put: the event groups of the article's events so far */
    size_t ngroups, capgroups;
    int batch;         /* 1: a transaction of ct_store_begin() is open */
    int64_t fts_done;  /* in a transaction: articles up to this id are in article_fts */
    int64_t fts_saved; /* fts_done when the current savepoint began */
    int lost;          /* 1: that transaction ended without its puts (I/O error): they are gone */
    batch_op *log;     /* logging: the batch's puts and deletes that changed the store, in order */
    size_t nlog, caplog, logged; /* entries, room, bytes of their copies and entries */
    int logging; /* 1: every change of the batch is in log, and puts take no savepoint (tx_begin) */
    int redoing; /* 1: batch_redo() is doing the log again */
    struct {
        const char *sql; /* a string literal of this file: the cache key */
        sqlite3_stmt *st;
    } cache[256]; /* prepared once, reset after each use: room for every SQL text of this file
                     (some 130 literals, most never prepared, and prep_rows()' NROWS x ROWS_MAX),
                     since a put finding it full fails (SQLITE_FULL) */
    size_t ncache;
    uint16_t slot[512];              /* 1 + the index in cache of an sql, at cache_slot(sql) or the
                                        first free slot after it; 0: free */
    char *rows_sql[NROWS][ROWS_MAX]; /* the SQL of prep_rows(), built on first use */
    runs_seen seen;                  /* during find_place_names(): the runs it looked up */
    run_answer *answers;             /* RUN_SLOTS of them (allocated on first use) */
    report_facts *reports; /* REPORT_SLOTS of them (allocated on first use), forgotten with
                              named (named_forget) */
    pair_ids *pairs;       /* PAIR_SLOTS of them, the same way */
    group_times *times;    /* GROUP_SLOTS of them, the same way */
    key_people *keys;      /* KEY_SLOTS of them, the same way */
    person_facts *people;  /* PERSON_SLOTS of them, the same way */
    org_id *orgs;          /* ORG_SLOTS of them, the same way */
    uint64_t gen;          /* a slot of pairs, keys, people or orgs holds something only when
                              its gen is this: named_forget() moves it on, which forgets them all
                              at once (a slot's old text is freed when it is taken again) */
    int held;              /* 1: one of the six may hold something */
};

/* Where the search for sql's statement starts in slot: a hash of its address. The table holds
 * at most 256 of its 512 slots, so a search meets a free slot after a few steps; a put looks
 * statements up some 70 times, where a scan of the cache read 40 entries on average. */
static size_t cache_slot(const char *sql)
{
    uint64_t h = (uint64_t)(uintptr_t)sql * 0x9e3779b97f4a7c15ull;
    return (size_t)(h >> 55);
}

/* The prepared statement for sql (a string literal: compared by address), reset, and unbound
 * when unbind is set. Returns SQLITE_OK or an error; callers release it with fin(). */
static int prep_cached(ct_store *s, const char *sql, sqlite3_stmt **st, int unbind)
{
    enum { NSLOT = sizeof s->slot / sizeof s->slot[0] };
    _Static_assert(sizeof s->cache / sizeof s->cache[0] < NSLOT, "a free slot ends each search");
    size_t h = cache_slot(sql);
    for (; s->slot[h]; h = (h + 1) % NSLOT) {
        size_t i = s->slot[h] - 1u;
        if (s->cache[i].sql == sql) {
            *st = s->cache[i].st;
            if (unbind) sqlite3_clear_bindings(*st);
            return SQLITE_OK;
        }
    }
    *st = NULL;
    if (s->ncache == sizeof s->cache / sizeof s->cache[0]) return SQLITE_FULL;
    int rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
    if (rc != SQLITE_OK) return rc;
    s->cache[s->ncache].sql = sql;
    s->cache[s->ncache++].st = *st;
    s->slot[h] = (uint16_t)s->ncache;
    return SQLITE_OK;
}

/* The prepared statement for sql (a string literal), reset and unbound: a parameter its caller
 * leaves out is NULL. */
static int prep(ct_store *s, const char *sql, sqlite3_stmt **st)
{
    return prep_cached(s, sql, st, 1);
}

/* prep() for a statement whose caller binds every parameter before each step: the last use's
 * bindings are left to be replaced, since clearing them cost some 110 instructions a use. */
static int prep_bound(ct_store *s, const char *sql, sqlite3_stmt **st)
{
    return prep_cached(s, sql, st, 0);
}

/* The cached statement inserting n rows (1 to ROWS_MAX) of kind (row_inserts): row r's
 * parameters are r * ncols + 1 onwards. Returns SQLITE_OK or an error, like prep(). Every caller
 * binds every parameter of every row, NULL included, before each step (prep_bound). */
static int prep_rows(ct_store *s, int kind, size_t n, sqlite3_stmt **st)
{
    char **sql = &s->rows_sql[kind][n - 1];
    if (!*sql) {
        size_t head = strlen(row_inserts[kind].head), ncols = (size_t)row_inserts[kind].ncols;
        char *p = malloc(head + n * (2 * ncols + 2) + 1);
        if (!p) return SQLITE_NOMEM;
        *sql = p;
        memcpy(p, row_inserts[kind].head, head);
        p += head;
        for (size_t r = 0; r < n; r++) { /* "(?,?,?)", a comma between rows */
            if (r) *p++ = ',';
            *p++ = '(';
            for (size_t c = 0; c < ncols; c++) {
                if (c) *p++ = ',';
                *p++ = '?';
            }
            *p++ = ')';
        }
        *p = 0;
    }
    return prep_bound(s, *sql, st);
}

/* Ends a use of a cached statement (NULL is fine). */
static void fin(sqlite3_stmt *st)
{
    if (st) sqlite3_reset(st);
}

/* The seed of the store's FNV-1a hashes (CT_FNV64_STEP): a digit short of FNV's own offset
 * basis, and kept so: the article and record hashes already stored were made with it. */
#define STORE_FNV_SEED 1469598103934665603ull

/* FNV-1a of the string k, to place it in a table of this process. */
static uint64_t str_hash(const char *k)
{
    uint64_t h = STORE_FNV_SEED;
    for (const char *p = k; *p; p++)
        h = CT_FNV64_STEP(h, *p);
    return h;
}

/* The slot of place key k in s->named. */
static char *named_slot(ct_store *s, const char *k)
{
    return s->named[str_hash(k) % (sizeof s->named / sizeof s->named[0])];
}

static void reports_forget(ct_store *s);
static void times_forget(ct_store *s);
static void pairs_free(ct_store *s);
static void people_free(ct_store *s);
static void orgs_free(ct_store *s);

/* Forgets the places known stored, what the merge holds of stored reports, pairs and groups,
 * and the people and organisations held: after a rollback or a delete may have removed some
 * (and a later report or group may take a removed one's id), or another connection may have,
 * outside our transaction. */
static void named_forget(ct_store *s)
{
    for (size_t i = 0; i < sizeof s->named / sizeof s->named[0]; i++)
        s->named[i][0] = 0;
    s->next_event = 0;    /* a delete or rollback may have taken the largest */
    if (!s->held) return; /* a put outside a batch forgets at its start: mostly nothing held */
    reports_forget(s);
    times_forget(s);
    s->gen++; /* pairs, people and organisations, without a pass over their slots */
    s->held = 0;
}

/* ---- schema ---- */

#define PLACE_ROLES "('party', 'destination', 'visitor', 'by')"

/* The keys an event is matched on across articles: its people ('p:' and the person id) in any
 * role, and its places in the place roles. PAIR_KEYS_ALL gives (event_id, type, key) for every
 * event; PAIR_KEYS gives (key) for event ?1. */
#define PAIR_KEYS_ALL                                                                              \
    "SELECT event_id, type, 'p:' || person_id FROM event_arg WHERE person_id IS NOT NULL"          \
    " UNION SELECT event_id, type, place_key FROM event_arg WHERE place_key IS NOT NULL"           \
    " AND role IN " PLACE_ROLES
#define PAIR_KEYS                                                                                  \
    "SELECT 'p:' || person_id FROM event_arg WHERE event_id = ?1 AND person_id IS NOT NULL"        \
    " UNION SELECT place_key FROM event_arg WHERE event_id = ?1 AND place_key IS NOT NULL"         \
    " AND role IN " PLACE_ROLES

static const char *const migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE article("
    "  id INTEGER PRIMARY KEY,"
    "  doc_id TEXT NOT NULL UNIQUE,"
    "  url TEXT,"
    "  published TEXT,"            /* EXTRACTION.md date, or NULL */
    "  published_lo TEXT,"         /* sortable bound, or NULL */
    "  hash TEXT NOT NULL,"        /* FNV-1a 64 of url + raw bytes */
    "  record_hash TEXT NOT NULL," /* of the extraction record */
    "  raw BLOB NOT NULL,"
    "  text TEXT NOT NULL,"
    "  record TEXT NOT NULL" /* the record JSON as stored */
    ");"
    "CREATE VIRTUAL TABLE article_fts USING fts5(text, content='article', content_rowid='id',"
    "  tokenize='unicode61 remove_diacritics 2');"
    "CREATE TRIGGER article_ai AFTER INSERT ON article BEGIN"
    "  INSERT INTO article_fts(rowid, text) VALUES (new.id, new.text); END;"
    "CREATE TRIGGER article_ad AFTER DELETE ON article BEGIN"
    "  INSERT INTO article_fts(article_fts, rowid, text) VALUES ('delete', old.id, old.text);"
    "  END;"
    "CREATE TABLE place("
    "  key TEXT PRIMARY KEY," /* gn:/a1:/cc: */
    "  name TEXT,"            /* gazetteer display name, or NULL */
    "  name_key TEXT,"        /* ct_key(name) */
    "  kind INTEGER,"         /* CT_PLACE_* */
    "  cc TEXT, lat REAL, lon REAL, population INTEGER"
    ") WITHOUT ROWID;"
    "CREATE INDEX place_name_key ON place(name_key);"
    "CREATE TABLE article_place("
    "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
    "  place_key TEXT NOT NULL REFERENCES place(key),"
    "  PRIMARY KEY(article_id, place_key)) WITHOUT ROWID;"
    "CREATE INDEX article_place_key ON article_place(place_key);"
    "CREATE TABLE org("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  key TEXT NOT NULL UNIQUE);"
    "CREATE TABLE article_org("
    "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
    "  org_id INTEGER NOT NULL REFERENCES org(id),"
    "  PRIMARY KEY(article_id, org_id)) WITHOUT ROWID;"
    "CREATE INDEX article_org_org ON article_org(org_id);"
    "CREATE TABLE person("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL," /* the first full form seen */
    "  title TEXT,"         /* first known title */
    "  of TEXT);"           /* first known affiliation (place key or organisation) */
    "CREATE INDEX person_of ON person(of);"
    "CREATE TABLE person_mention("
    "  id INTEGER PRIMARY KEY,"
    "  person_id INTEGER NOT NULL REFERENCES person(id),"
    "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
    "  name TEXT NOT NULL,"               /* as written */
    "  key TEXT NOT NULL,"                /* ct_name_key(name) */
    "  alias INTEGER NOT NULL DEFAULT 0," /* 1: listed as an alias, not the main form */
    "  title TEXT, of TEXT);"
    "CREATE INDEX person_mention_person ON person_mention(person_id);"
    "CREATE INDEX person_mention_key ON person_mention(key);"
    "CREATE INDEX person_mention_article ON person_mention(article_id);"
    "CREATE INDEX person_mention_of ON person_mention(of);"
    "CREATE TABLE event_group("
    "  id INTEGER PRIMARY KEY,"
    "  type TEXT NOT NULL);"
    "CREATE TABLE event("
    "  id INTEGER PRIMARY KEY,"
    "  group_id INTEGER REFERENCES event_group(id),"
    "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
    "  seq INTEGER NOT NULL," /* index in the record's events */
    "  type TEXT NOT NULL,"
    "  kind TEXT," /* agreements: sister, friendship, mou, cooperation */
    "  date TEXT, date_lo TEXT, date_hi TEXT,"
    "  planned INTEGER NOT NULL DEFAULT 0,"
    "  place TEXT REFERENCES place(key),"
    "  name TEXT,"  /* conference/cultural event name, speech venue, honor */
    "  title TEXT," /* speech title */
    "  evidence TEXT, off INTEGER, len INTEGER,"
    "  json TEXT NOT NULL);" /* the event object as extracted */
    "CREATE INDEX event_group_id ON event(group_id);"
    "CREATE INDEX event_article ON event(article_id);"
    "CREATE INDEX event_type ON event(type, date_lo);"
    "CREATE INDEX event_place ON event(place);"
    "CREATE TABLE event_arg("
    "  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,"
    "  role TEXT NOT NULL,"  /* participant party destination visitor signatory speaker"
                                recipient by */
    "  value TEXT NOT NULL," /* as in the record */
    "  person_id INTEGER REFERENCES person(id),"
    "  place_key TEXT REFERENCES place(key),"
    "  org_id INTEGER REFERENCES org(id));"
    "CREATE INDEX event_arg_event ON event_arg(event_id);"
    "CREATE INDEX event_arg_person ON event_arg(person_id);"
    "CREATE INDEX event_arg_place ON event_arg(place_key);"
    "CREATE TABLE event_topic("
    "  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,"
    "  topic TEXT NOT NULL,"
    "  PRIMARY KEY(event_id, topic)) WITHOUT ROWID;"
    "CREATE TABLE tie("
    "  id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
    "  a TEXT NOT NULL REFERENCES place(key),"
    "  b TEXT NOT NULL REFERENCES place(key),"
    "  kind TEXT NOT NULL,"
    "  since TEXT, since_lo TEXT,"
    "  evidence TEXT, off INTEGER, len INTEGER,"
    "  CHECK (a < b));"
    "CREATE INDEX tie_ab ON tie(a, b, kind);"
    "CREATE INDEX tie_b ON tie(b);"
    "CREATE INDEX tie_article ON tie(article_id);"
    /* Every place an event involves: its arguments, its place, and the affiliations of the
     * people in it. */
    "CREATE VIEW event_key(event_id, key) AS"
    "  SELECT event_id, place_key FROM event_arg WHERE place_key IS NOT NULL"
    "  UNION SELECT id, place FROM event WHERE place IS NOT NULL"
    "  UNION SELECT a.event_id, p.of FROM event_arg a JOIN person p ON p.id = a.person_id"
    "    WHERE p.of IS NOT NULL AND (p.of LIKE 'gn:%' OR p.of LIKE 'a1:%' OR p.of LIKE 'cc:%');",
    /* 1 -> 2: what each ingest run saw, and a covering index for tie histories by kind */
    "CREATE TABLE ingest_run("
    "  id INTEGER PRIMARY KEY,"
    "  started TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
    "  version TEXT);"
    "CREATE INDEX tie_kind ON tie(kind, since_lo);",
    /* 2 -> 3: reports of one event copied from article to article (wire stories) */
    "CREATE INDEX event_evidence ON event(type, evidence) WHERE evidence IS NOT NULL;",
    /* 3 -> 4: the event's type on its arguments, so finding reports that share a person or a
     * place reads one covering index instead of every event of a busy city */
    "ALTER TABLE event_arg ADD COLUMN type TEXT;"
    "UPDATE event_arg SET type = (SELECT type FROM event WHERE id = event_arg.event_id);"
    "CREATE INDEX event_arg_place_type ON event_arg(place_key, type, role, event_id)"
    "  WHERE place_key IS NOT NULL;"
    "CREATE INDEX event_arg_person_type ON event_arg(person_id, type, event_id)"
    "  WHERE person_id IS NOT NULL;",
    /* 4 -> 5: how articles write a place's name ("Suwon" where GeoNames says "Suigen"), so
     * answers name places the way the news does; place_label picks the commonest form */
    "CREATE TABLE place_alias("
    "  place_key TEXT NOT NULL REFERENCES place(key),"
    "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
    "  name TEXT NOT NULL,"
    "  n INTEGER NOT NULL,"
    "  PRIMARY KEY(place_key, article_id, name)) WITHOUT ROWID;"
    "CREATE INDEX place_alias_article ON place_alias(article_id);"
    "CREATE VIEW place_label(key, label) AS SELECT p.key, coalesce((SELECT a.name FROM"
    "  place_alias a WHERE a.place_key = p.key GROUP BY a.name"
    "  ORDER BY a.name = (SELECT q.name FROM place q WHERE q.key = a.place_key) DESC,"
    "  sum(a.n) DESC, length(a.name) DESC, a.name LIMIT 1),"
    "  p.name, p.key) FROM place p;",
    /* 5 -> 6: where in the article each person, organisation and place is first named */
    "ALTER TABLE person_mention ADD COLUMN off INTEGER;"
    "ALTER TABLE person_mention ADD COLUMN len INTEGER;"
    "ALTER TABLE article_org ADD COLUMN off INTEGER;"
    "ALTER TABLE article_org ADD COLUMN len INTEGER;"
    "ALTER TABLE article_place ADD COLUMN off INTEGER;"
    "ALTER TABLE article_place ADD COLUMN len INTEGER;",
    /* 6 -> 7: every pair of an event's people and places (PAIR_KEYS), so finding the reports
     * that could merge with a new one reads the few events that share two of its people or
     * places instead of every event of a busy person or city (group_event); a report that
     * repeats an earlier report of its group in everything the merge looks at (sig) is a copy:
     * its pairs are not listed and its evidence is not indexed, since the earlier report always
     * answers for it, so a story copied a hundred times costs one candidate, not a hundred */
    "CREATE TABLE event_pair("
    "  type TEXT NOT NULL," /* the event's type */
    "  k1 TEXT NOT NULL,"   /* 'p:' person id, or a place key; k1 < k2 */
    "  k2 TEXT NOT NULL,"
    "  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,"
    "  PRIMARY KEY(type, k1, k2, event_id)) WITHOUT ROWID;"
    "CREATE INDEX event_pair_event ON event_pair(event_id);"
    "ALTER TABLE event ADD COLUMN sig INTEGER;" /* report_sig(), or NULL: not known */
    "ALTER TABLE event ADD COLUMN copy INTEGER NOT NULL DEFAULT 0;" /* 1: a copy (see above) */
    "CREATE INDEX event_group_sig ON event(group_id, sig) WHERE sig IS NOT NULL;"
    "DROP INDEX event_evidence;"
    "CREATE INDEX event_evidence ON event(type, evidence) WHERE evidence IS NOT NULL"
    "  AND copy = 0;"
    "INSERT OR IGNORE INTO event_pair(type, k1, k2, event_id)"
    "  WITH k(event_id, type, key) AS (" PAIR_KEYS_ALL ")"
    "  SELECT a.type, a.key, b.key, a.event_id FROM k a JOIN k b"
    "  ON b.event_id = a.event_id AND a.key < b.key;",
    /* 7 -> 8: a copy's signature now also covers its dates, kind and publication, so that
     * group_fits can read a group's first reports only (event_group_first). Signatures of
     * version 7 do not: every report becomes a first report again, its pairs listed */
    "UPDATE event SET copy = 0, sig = NULL WHERE copy <> 0 OR sig IS NOT NULL;"
    "INSERT OR IGNORE INTO event_pair(type, k1, k2, event_id)"
    "  WITH k(event_id, type, key) AS (" PAIR_KEYS_ALL ")"
    "  SELECT a.type, a.key, b.key, a.event_id FROM k a JOIN k b"
    "  ON b.event_id = a.event_id AND a.key < b.key;"
    "CREATE INDEX event_group_first ON event(group_id) WHERE copy = 0;"
    /* the people with a mention of a name key, without reading every mention (find_person) */
    "DROP INDEX person_mention_key;"
    "CREATE INDEX person_mention_key ON person_mention(key, person_id);"
    /* articles are indexed for full-text search once per transaction (fts_flush) */
    "DROP TRIGGER IF EXISTS article_ai;"
    /* group_event reads event_pair now: the covering indexes of 3 -> 4 only cost writes */
    "DROP INDEX IF EXISTS event_arg_place_type;"
    "DROP INDEX IF EXISTS event_arg_person_type;",
    /* 8 -> 9: indexes no statement of the store, the queries or the exports reads (EXPLAIN
     * QUERY PLAN of each), which every event or person written had to update */
    "DROP INDEX IF EXISTS event_type;"
    "DROP INDEX IF EXISTS person_of;",
    /* 9 -> 10: no index entries for NULL keys, which no statement looks up (each reads a key
     * with = or a join, which SQLite knows to imply IS NOT NULL): an event argument names a
     * person or a place, not both, and most events have no place */
    "DROP INDEX event_arg_person;"
    "CREATE INDEX event_arg_person ON event_arg(person_id) WHERE person_id IS NOT NULL;"
    "DROP INDEX event_arg_place;"
    "CREATE INDEX event_arg_place ON event_arg(place_key) WHERE place_key IS NOT NULL;"
    "DROP INDEX event_place;"
    "CREATE INDEX event_place ON event(place) WHERE place IS NOT NULL;"
    "DROP INDEX person_mention_of;"
    "CREATE INDEX person_mention_of ON person_mention(of) WHERE of IS NOT NULL;",
    /* 10 -> 11: one index of a group's first reports and their signatures, where there were two
     * (a group's first reports; the signatures of all its reports): a copy's signature is always
     * a first report's of its group too (group_event), so the look-up for a copy reads the first
     * reports only, and the copies that are most reports write no entry. tie_kind goes: no
     * statement reads ties by kind alone (the export's earliest date reads tie_ab) */
    "DROP INDEX IF EXISTS event_group_sig;"
    "DROP INDEX IF EXISTS event_group_first;"
    "CREATE INDEX event_group_first ON event(group_id, sig) WHERE copy = 0;"
    "DROP INDEX IF EXISTS tie_kind;",
};
#define NMIGRATIONS (sizeof migrations / sizeof migrations[0])
_Static_assert(NMIGRATIONS == CT_STORE_SCHEMA, "one migration per schema version");

static int fts_register(ct_store *s);

static int exec(ct_store *s, const char *sql)
{
    return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : CT_EDB;
}

/* Runs sql (a string literal, no parameters, no rows) as a cached statement: the savepoint of
 * every put is then parsed once, not once per article. Returns 0 or CT_EDB. */
static int exec_cached(ct_store *s, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (prep(s, sql, &st) != SQLITE_OK) return CT_EDB;
    int rc = sqlite3_step(st);
    fin(st);
    return rc == SQLITE_DONE ? 0 : CT_EDB;
}

static int migrate(ct_store *s)
{
    sqlite3_stmt *st = NULL;
    int version = 0;
    if (prep(s, "PRAGMA user_version", &st) != SQLITE_OK) return CT_EDB;
    if (sqlite3_step(st) == SQLITE_ROW) version = sqlite3_column_int(st, 0);
    fin(st);
    if (version > (int)NMIGRATIONS) return CT_EDB; /* written by a newer cityties */
    for (size_t v = (size_t)version; v < NMIGRATIONS; v++) {
        char pragma[48];
        if (exec(s, "BEGIN IMMEDIATE") != 0) return CT_EDB;
        snprintf(pragma, sizeof pragma, "PRAGMA user_version=%zu", v + 1);
        if (exec(s, migrations[v]) != 0 || exec(s, pragma) != 0) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return CT_EDB;
        }
        if (exec(s, "COMMIT") != 0) return CT_EDB;
    }
    return 0;
}

void ct_store_setup(void)
{
    /* SQLite counts every allocation under a global mutex (about a thousand per stored article)
     * for statistics nothing here reads; the setting only takes before SQLite initialises */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int ct_store_open(const char *path, ct_store **out)
{
    *out = NULL;
    ct_store *s = calloc(1, sizeof *s);
    if (!s) return CT_ENOMEM;
    s->gen = 1; /* the memories' slots start at 0: empty */
    /* one thread at a time uses a store (store.h): the connection needs no mutex of its own */
    if (sqlite3_open_v2(path ? path : CT_STORE_DEFAULT, &s->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK)
        goto fail;
    sqlite3_busy_timeout(s->db, 10000);
    if (fts_register(s) != 0) goto fail;
    /* pages of 16 KB rather than 4 KB: an ingest writes some 100 index entries an article, and
     * bigger pages split (balance) less often and make shallower trees to seek. The size takes
     * only on a new, empty database (before journal_mode writes its header); an existing one
     * keeps its own */
    if (exec(s, "PRAGMA page_size=16384") != 0) goto fail;
    if (exec(s, "PRAGMA foreign_keys=ON") != 0) goto fail;
    /* WAL: readers go on while an ingest writes; NORMAL sync keeps every commit across a kill
     * of the process (only power loss may lose the last commits). */
    if (exec(s, "PRAGMA journal_mode=WAL") != 0) goto fail;
    if (exec(s, "PRAGMA synchronous=NORMAL") != 0) goto fail;
    /* the merge queries sort and group small sets: keep their scratch b-trees off the disk */
    if (exec(s, "PRAGMA temp_store=MEMORY") != 0) goto fail;
    /* a batch of articles (ct_store_begin) touches a few MB of pages: keep them in memory
     * rather than spilling and re-reading them (the default cache is 2 MB) */
    if (exec(s, "PRAGMA cache_size=-16384") != 0) goto fail;
    if (migrate(s) != 0) goto fail;
    *out = s;
    return 0;
fail:
    ct_store_close(s);
    return CT_EDB;
}

void ct_store_close(ct_store *s)
{
    if (!s) return;
    ct_store_commit(s);
    reports_forget(s);
    free(s->reports);
    pairs_free(s);
    times_forget(s);
    free(s->times);
    people_free(s);
    orgs_free(s);
    free(s->answers);
    free(s->log);
    free(s->groups);
    for (size_t i = 0; i < s->ncache; i++)
        sqlite3_finalize(s->cache[i].st);
    for (size_t k = 0; k < NROWS; k++)
        for (size_t n = 0; n < ROWS_MAX; n++)
            free(s->rows_sql[k][n]);
    sqlite3_close(s->db);
    free(s);
}

void ct_store_set_gazetteer(ct_store *s, const ct_gazetteer *g)
{
    s->gaz = g;
    named_forget(s);
    free(s->answers); /* keys of the gazetteer that was */
    s->answers = NULL;
}
sqlite3 *ct_store_db(ct_store *s)
{
    return s->db;
}
const ct_gazetteer *ct_store_gazetteer(const ct_store *s)
{
    return s->gaz;
}
const char *ct_store_errmsg(const ct_store *s)
{
    return s && s->db ? sqlite3_errmsg(s->db) : "";
}

/* ---- transactions ---- */

/* The full-text index is written once per transaction, not by a trigger per article: FTS5
 * writes its pending terms out at every statement savepoint, so a trigger made one small index
 * segment per article (and merges of them) in a batch. Outside a transaction every article is
 * indexed; inside, those with ids above fts_done are not yet (new rows get higher ids). */

/* The full-text index's tokenizer, unicode61, with a quicker way through ASCII words: SQLite's
 * reads every byte through its own UTF-8 and category steps (41 M of the 139 M instructions
 * fts_flush() took for the 1k sample). It is registered on the store's connection
 * under the name the schema gives (unicode61, so that another program opening the database reads
 * it with SQLite's own) and gives the same tokens at the same offsets: with no option but
 * remove_diacritics, unicode61 takes the ASCII letters and digits for token characters and every
 * other ASCII byte for a separator, folds A-Z to a-z, and starts each token afresh after a
 * separator. So a run of ASCII letters and digits between separators is one token, folded
 * here; a run with a byte past ASCII in it (or longer than word) goes to SQLite's own tokenizer,
 * cut at the separators around it, its offsets moved on by where the run starts
 * (tests/test_store.c compares the two over random text and every byte). It must give SQLite's
 * tokens and no others: to any other program (the sqlite3 shell, a cityties built without it)
 * the index is unicode61's, and a token given otherwise here is one their searches do not find
 * and their 'delete' (the article_ad trigger) does not take out; and on this connection every
 * table or tokenizer naming unicode61 ('porter unicode61' too) gets this one. Rules of
 * cityties' own want a tokenizer of a name of its own, in a new migration. */
typedef struct {
    fts5_tokenizer base;     /* SQLite's unicode61 */
    void *base_ctx;          /* and its context */
    unsigned char fold[256]; /* a byte as a token character: folded, past ASCII 0x80, or 0 for
                                a separator */
} fts_module;

typedef struct {
    const fts5_tokenizer *base;
    Fts5Tokenizer *tok;        /* SQLite's, made with the same options */
    int ascii;                 /* 1: no option but remove_diacritics: the ASCII way holds */
    const unsigned char *fold; /* the module's */
} fts_tok;

typedef struct {
    void *ctx;
    int (*token)(void *, int, const char *, int, int, int);
    int off; /* where the run given to SQLite's tokenizer starts */
    int rc;  /* token()'s last answer: SQLite's tokenizer stops at SQLITE_DONE but returns
                SQLITE_OK, and the runs after must not go on */
} fts_shift;

static int fts_tok_create(void *ctx, const char **arg, int narg, Fts5Tokenizer **out)
{
    fts_module *m = ctx;
    fts_tok *t = sqlite3_malloc(sizeof *t);
    if (!t) return SQLITE_NOMEM;
    t->base = &m->base;
    t->fold = m->fold;
    t->ascii = 1;
    for (int i = 0; i < narg; i += 2)
        if (strcmp(arg[i], "remove_diacritics") != 0) t->ascii = 0;
    int rc = m->base.xCreate(m->base_ctx, arg, narg, &t->tok);
    if (rc != SQLITE_OK) {
        sqlite3_free(t);
        return rc;
    }
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

static void fts_tok_delete(Fts5Tokenizer *p)
{
    fts_tok *t = (fts_tok *)p;
    t->base->xDelete(t->tok);
    sqlite3_free(t);
}

static int fts_shifted(void *ctx, int flags, const char *token, int n, int start, int end)
{
    fts_shift *sh = ctx;
    return sh->rc = sh->token(sh->ctx, flags, token, n, sh->off + start, sh->off + end);
}

static int fts_tok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int len,
                            int (*token)(void *, int, const char *, int, int, int))
{
    fts_tok *t = (fts_tok *)p;
    if (!t->ascii) return t->base->xTokenize(t->tok, ctx, flags, text, len, token);
    const unsigned char *u = (const unsigned char *)text, *fold = t->fold;
    char word[64];
    int rc = SQLITE_OK;
    for (int i = 0; i < len && rc == SQLITE_OK;) {
        unsigned char c = fold[u[i]];
        if (!c) {
            i++;
            continue;
        }
        int b = i, n = 0;
        for (; c && c < 0x80 && n < (int)sizeof word; c = ++i < len ? fold[u[i]] : 0)
            word[n++] = (char)c;
        if (!c) {
            rc = token(ctx, 0, word, n, b, i);
            continue;
        }
        while (i < len && fold[u[i]]) /* the rest of a run past ASCII or too long */
            i++;
        fts_shift sh = {ctx, token, b, SQLITE_OK};
        rc = t->base->xTokenize(t->tok, &sh, flags, text + b, i - b, fts_shifted);
        if (rc == SQLITE_OK) rc = sh.rc;
    }
    /* as unicode61's: a token() that stops the tokenizer with SQLITE_DONE is no error */
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Registers fts_tok_tokenize() as unicode61 on s's connection (SQLite finds the tokenizer
 * registered last first), before any statement reads article_fts. Returns 0 or CT_EDB. */
static int fts_register(ct_store *s)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK) return CT_EDB;
    sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    sqlite3_finalize(st);
    fts_module *m = api ? sqlite3_malloc(sizeof *m) : NULL;
    if (!m) return CT_EDB;
    if (api->xFindTokenizer(api, "unicode61", &m->base_ctx, &m->base) != SQLITE_OK) {
        sqlite3_free(m);
        return CT_EDB;
    }
    for (unsigned char c = 0; c < 0x80; c++)
        m->fold[c] = !ct_ascii_alnum(c) ? 0 : ct_ascii_letter(c) ? c | 32 : c;
    memset(m->fold + 0x80, 0x80, 0x80);
    fts5_tokenizer tok = {fts_tok_create, fts_tok_delete, fts_tok_tokenize};
    return api->xCreateTokenizer(api, "unicode61", m, &tok, sqlite3_free) == SQLITE_OK ? 0 : CT_EDB;
}

/* Notes that every stored article is indexed. */
static int fts_mark(ct_store *s)
{
    sqlite3_stmt *st = NULL;
    if (prep(s, "SELECT coalesce(max(id), 0) FROM article", &st) != SQLITE_OK) return CT_EDB;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) s->fts_done = sqlite3_column_int64(st, 0);
    fin(st);
    return rc == SQLITE_ROW ? 0 : CT_EDB;
}

/* Indexes the articles stored since fts_done. */
static int fts_flush(ct_store *s)
{
    sqlite3_stmt *st = NULL;
    if (prep(s, "INSERT INTO article_fts(rowid, text) SELECT id, text FROM article WHERE id > ?1",
             &st) != SQLITE_OK)
        return CT_EDB;
    sqlite3_bind_int64(st, 1, s->fts_done);
    int rc = sqlite3_step(st);
    fin(st);
    return rc == SQLITE_DONE ? fts_mark(s) : CT_EDB;
}

/* Starts the transaction of one put or delete: its own; in an open batch, nothing while the
 * batch keeps its log (the batch's transaction holds it), else a savepoint. */
static int tx_begin(ct_store *s)
{
    if (s->batch) {
        if (s->logging) return 0;
        s->fts_saved = s->fts_done;
        return exec_cached(s, "SAVEPOINT put");
    }
    if (exec(s, "BEGIN IMMEDIATE") != 0) return CT_EDB;
    named_forget(s); /* another connection may have dropped places since */
    return fts_mark(s);
}

static int tx_commit(ct_store *s)
{
    if (s->batch) return s->logging ? 0 : exec_cached(s, "RELEASE put");
    return fts_flush(s) == 0 ? exec(s, "COMMIT") : CT_EDB;
}

static void batch_redo(ct_store *s);

/* Undoes what tx_begin() started; in a batch, the puts before it stay. */
static void tx_rollback(ct_store *s)
{
    named_forget(s);
    if (!s->batch) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return;
    }
    /* SQLite rolled the whole batch back itself, or a put of the log failed when done again */
    if (sqlite3_get_autocommit(s->db) || s->redoing) {
        s->lost = 1;
        return;
    }
    if (s->logging) {
        batch_redo(s);
        return;
    }
    sqlite3_exec(s->db, "ROLLBACK TO put", NULL, NULL, NULL);
    sqlite3_exec(s->db, "RELEASE put", NULL, NULL, NULL);
    s->fts_done = s->fts_saved;
}

/* Forgets the batch's log; the batch's puts take savepoints from now on. */
static void log_clear(ct_store *s)
{
    for (size_t i = 0; i < s->nlog; i++)
        free((char *)s->log[i].a.id);
    s->nlog = s->logged = 0;
    s->logging = 0;
}

/* Appends a copy of a put of a with record json (NULL: a delete of a->id) to the log; past
 * CT_STORE_LOG_MAX, or out of memory, the log is dropped and later puts take savepoints. */
static void log_add(ct_store *s, const ct_article *a, const char *json)
{
    if (!s->logging || s->redoing) return;
    const char *str[] = {a->id, a->url, a->published, json};
    size_t len[4], total = 0;
    for (int i = 0; i < 4; i++)
        total += len[i] = str[i] ? strlen(str[i]) + 1 : 0;
    int shared = a->text == a->raw && a->text_len <= a->raw_len; /* the text in raw's copy */
    size_t raw = a->raw ? a->raw_len + 1 : 0, text = a->text && !shared ? a->text_len + 1 : 0;
    total += raw + text;
    size_t cost = total + sizeof *s->log; /* the entry counts too: a delete copies only its id */
    char *p = NULL;
    if (s->nlog == s->caplog) {
        size_t cap = s->caplog ? s->caplog * 2 : 64;
        batch_op *x = realloc(s->log, cap * sizeof *x);
        if (x) s->log = x, s->caplog = cap;
    }
    if (s->nlog == s->caplog || cost > CT_STORE_LOG_MAX - s->logged || !(p = malloc(total))) {
        log_clear(s);
        return;
    }
    batch_op *op = &s->log[s->nlog++];
    s->logged += cost;
    op->a = *a;
    char *copy[4];
    for (int i = 0; i < 4; i++) {
        copy[i] = str[i] ? memcpy(p, str[i], len[i]) : NULL;
        p += len[i];
    }
    op->a.id = copy[0], op->a.url = copy[1], op->a.published = copy[2], op->json = copy[3];
    if (a->raw) op->a.raw = memcpy(p, a->raw, a->raw_len), p[a->raw_len] = 0;
    p += raw;
    if (text) op->a.text = memcpy(p, a->text, a->text_len), p[a->text_len] = 0;
    if (shared) op->a.text = op->a.raw;
}

/* After a failed put or delete of a batch whose changes are all in the log: rolls the batch's
 * transaction back and does them again, in order, from the same start, so the store is as
 * before the failed one (the same rows, the same ids); sets s->lost when they cannot be. */
static void batch_redo(ct_store *s)
{
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    if (exec(s, "BEGIN IMMEDIATE") != 0 || fts_mark(s) != 0) {
        s->lost = 1;
        return;
    }
    s->redoing = 1;
    for (size_t i = 0; i < s->nlog && !s->lost; i++) {
        const batch_op *op = &s->log[i];
        int rc =
            op->json ? ct_store_put_article(s, &op->a, op->json) : ct_store_delete(s, op->a.id);
        if (rc < 0) s->lost = 1;
    }
    s->redoing = 0;
}

int ct_store_begin(ct_store *s)
{
    if (s->batch) return 0;
    /* a batch runs without foreign key checks (they take effect outside transactions only): a
     * put stores the places, people, organisations and groups its rows name before the rows,
     * and drop_article() removes what the keys' ON DELETE CASCADE would; the checks cost a
     * lookup in the named table for each key of each row */
    if (exec(s, "PRAGMA foreign_keys=OFF") != 0) return CT_EDB;
    if (exec(s, "BEGIN IMMEDIATE") != 0) {
        exec(s, "PRAGMA foreign_keys=ON");
        return CT_EDB;
    }
    named_forget(s); /* another connection may have dropped places since */
    if (fts_mark(s) != 0) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        exec(s, "PRAGMA foreign_keys=ON");
        return CT_EDB;
    }
    s->batch = 1, s->lost = 0;
    log_clear(s);
    s->logging = 1;
    return 0;
}

int ct_store_commit(ct_store *s)
{
    if (!s->batch) return 0;
    s->batch = 0;
    log_clear(s);
    int rc = CT_EDB;
    if (!s->lost && !sqlite3_get_autocommit(s->db) && fts_flush(s) == 0 && exec(s, "COMMIT") == 0)
        rc = 0;
    if (rc) {
        named_forget(s);
        if (!sqlite3_get_autocommit(s->db)) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    }
    exec(s, "PRAGMA foreign_keys=ON");
    return rc;
}

/* ---- small helpers ---- */

/* The stored hashes are FNV-1a (CT_FNV64_STEP) from STORE_FNV_SEED over parts, each followed by
 * the byte 0xff: the article's over its url and raw bytes, its record's over the canonical
 * text. fnv_part() adds part p[0..n) and its 0xff to hash h. */
static uint64_t fnv_part(uint64_t h, const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t j = 0;
    /* eight bytes a turn: the same steps in the same order, an eighth of the loop's tests */
    for (; n - j >= 8; j += 8) {
        h = CT_FNV64_STEP(h, u[j]);
        h = CT_FNV64_STEP(h, u[j + 1]);
        h = CT_FNV64_STEP(h, u[j + 2]);
        h = CT_FNV64_STEP(h, u[j + 3]);
        h = CT_FNV64_STEP(h, u[j + 4]);
        h = CT_FNV64_STEP(h, u[j + 5]);
        h = CT_FNV64_STEP(h, u[j + 6]);
        h = CT_FNV64_STEP(h, u[j + 7]);
    }
    for (; j < n; j++)
        h = CT_FNV64_STEP(h, u[j]);
    return CT_FNV64_STEP(h, 0xff);
}

/* fnv_part() of a[0..na) into *ha and of b[0..nb) into *hb, the two hashes a step each in turn
 * while both have bytes: a step waits for the multiply of the step before it, so one hash's
 * steps run while the other's wait (a put hashes its raw bytes and its whole record: in a test
 * program, 1,787 and 2,282 bytes, the 1k sample's means, took 3.9 us one after the other and
 * 2.2 us in turn). */
static void fnv_parts2(uint64_t *ha, const char *a, size_t na, uint64_t *hb, const char *b,
                       size_t nb)
{
    const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
    uint64_t h = *ha, g = *hb;
    size_t n = na < nb ? na : nb, j = 0;
    for (; n - j >= 8; j += 8) {
        h = CT_FNV64_STEP(h, p[j]), g = CT_FNV64_STEP(g, q[j]);
        h = CT_FNV64_STEP(h, p[j + 1]), g = CT_FNV64_STEP(g, q[j + 1]);
        h = CT_FNV64_STEP(h, p[j + 2]), g = CT_FNV64_STEP(g, q[j + 2]);
        h = CT_FNV64_STEP(h, p[j + 3]), g = CT_FNV64_STEP(g, q[j + 3]);
        h = CT_FNV64_STEP(h, p[j + 4]), g = CT_FNV64_STEP(g, q[j + 4]);
        h = CT_FNV64_STEP(h, p[j + 5]), g = CT_FNV64_STEP(g, q[j + 5]);
        h = CT_FNV64_STEP(h, p[j + 6]), g = CT_FNV64_STEP(g, q[j + 6]);
        h = CT_FNV64_STEP(h, p[j + 7]), g = CT_FNV64_STEP(g, q[j + 7]);
    }
    for (; j < n; j++)
        h = CT_FNV64_STEP(h, p[j]), g = CT_FNV64_STEP(g, q[j]);
    *ha = fnv_part(h, a + n, na - n); /* the longer one's rest */
    *hb = fnv_part(g, b + n, nb - n);
}

/* Writes hash h as "%016llx" would, without parsing a format. */
static void fnv_hex(uint64_t h, char out[17])
{
    for (int i = 15; i >= 0; i--, h >>= 4)
        out[i] = "0123456789abcdef"[h & 15];
    out[16] = '\0';
}

/* Writes integer v as printf's "%lld" (and jansson's "%" JSON_INTEGER_FORMAT) would, without
 * parsing a format, into buf (21 bytes at most, NUL included); returns its length. */
static size_t int_text(char *buf, int64_t v)
{
    char digits[20];
    size_t n = 0, len = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        digits[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) buf[len++] = '-';
    while (n)
        buf[len++] = digits[--n];
    buf[len] = '\0';
    return len;
}

static int is_place_key(const char *v)
{
    return v &&
           (strncmp(v, "gn:", 3) == 0 || strncmp(v, "a1:", 3) == 0 || strncmp(v, "cc:", 3) == 0) &&
           v[3];
}

static int is_digit2(const char *p)
{
    return p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9';
}

static int ymd_part(const char *p, size_t n, char lo[11], char hi[11])
{
    /* p[0..n) is YYYY, YYYY-MM or YYYY-MM-DD, X for unknown digits */
    if (n != 4 && n != 7 && n != 10) return -1;
    if (!is_digit2(p) || !is_digit2(p + 2)) return -1;
    memcpy(lo, p, 4);
    memcpy(hi, p, 4);
    memcpy(lo + 4, "-00-00", 7);
    memcpy(hi + 4, "-99-99", 7);
    if (n >= 7 && p[4] != '-') return -1;
    if (n >= 7 && is_digit2(p + 5)) {
        memcpy(lo + 5, p + 5, 2);
        memcpy(hi + 5, p + 5, 2);
        if (n == 10 && p[7] == '-' && is_digit2(p + 8)) {
            memcpy(lo + 8, p + 8, 2);
            memcpy(hi + 8, p + 8, 2);
        }
    }
    return 0;
}

int ct_store_date_bounds(const char *date, char lo[11], char hi[11])
{
    char l2[11], h2[11];
    lo[0] = hi[0] = 0;
    if (!date) return -1;
    const char *slash = strchr(date, '/');
    size_t n1 = slash ? (size_t)(slash - date) : strlen(date);
    if (ymd_part(date, n1, lo, hi) != 0) {
        lo[0] = hi[0] = 0;
        return -1;
    }
    if (slash) {
        if (ymd_part(slash + 1, strlen(slash + 1), l2, h2) == 0) memcpy(hi, h2, 11);
    }
    return 0;
}

/* Strings are bound SQLITE_STATIC throughout (not copied): each is the record's, the caller's
 * or a local buffer that outlives the steps of the statement, which is reset right after them
 * (fin) and has its bindings cleared (prep) or every one replaced (prep_bound) before its next
 * step; SQLite reads a bound value only in a step. */
static int bind_text_or_null(sqlite3_stmt *st, int i, const char *v)
{
    return v ? sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC) : sqlite3_bind_null(st, i);
}

/* Binds a span of the article's text, its offset at i and its length at i + 1, or NULL to both
 * when off < 0 (the text is not found). */
static void bind_span(sqlite3_stmt *st, int i, int64_t off, int64_t len)
{
    if (off >= 0)
        sqlite3_bind_int64(st, i, off), sqlite3_bind_int64(st, i + 1, len);
    else
        sqlite3_bind_null(st, i), sqlite3_bind_null(st, i + 1);
}

/* Binds a row id, or NULL for 0 (none). */
static int bind_id_or_null(sqlite3_stmt *st, int i, int64_t id)
{
    return id ? sqlite3_bind_int64(st, i, id) : sqlite3_bind_null(st, i);
}

/* Prepares sql, binds the NULL-terminated list of strings (NULL pointers bind NULL: pass the
 * count explicitly), steps once. Returns SQLITE_ROW/SQLITE_DONE, or an error code. */
static int run(ct_store *s, const char *sql, int nargs, const char *const *args, int64_t *rowid)
{
    sqlite3_stmt *st = NULL;
    int rc = prep(s, sql, &st);
    if (rc != SQLITE_OK) return rc;
    for (int i = 0; i < nargs; i++)
        bind_text_or_null(st, i + 1, args[i]);
    rc = sqlite3_step(st);
    if (rowid) *rowid = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    fin(st);
    return rc;
}

/* Runs an INSERT of one row like run(); *rowid is the new row's id (an INSERT's RETURNING
 * clause would buffer its result in a scratch table: a page and a few allocations per row).
 * Returns 0 or CT_EDB. */
static int insert_row(ct_store *s, const char *sql, int nargs, const char *const *args,
                      int64_t *rowid)
{
    if (run(s, sql, nargs, args, NULL) != SQLITE_DONE) return CT_EDB;
    *rowid = sqlite3_last_insert_rowid(s->db);
    return 0;
}

/* Steps st to its next row: 1 when there is one; 0 at the end, or when the step fails, which
 * sets *rc to CT_EDB (when 0): a loop over rows must not take a failed step for the last one,
 * nor what it read for the whole answer. */
static int next_row(sqlite3_stmt *st, int *rc)
{
    int step = sqlite3_step(st);
    if (step == SQLITE_ROW) return 1;
    if (step != SQLITE_DONE && *rc == 0) *rc = CT_EDB;
    return 0;
}

/* ---- the record as read ---- */

/* A record's JSON as a tree of nodes in one array, in document order: a value's members (an
 * object's, with their keys) or elements (an array's) follow it, and `end` is the index after
 * its last. Node 0 is the record; 0 also stands for no value, since the record is in nothing.
 * Strings are NUL-terminated; an object keeps a repeated key's every member, and the last one
 * counts (as jansson, which keeps the last value). rec_read() builds it. */
typedef struct {
    json_type type;    /* JSON_OBJECT ... JSON_NULL */
    int kplain;        /* its key held no escape: none of its bytes needs one (as a string's) */
    const char *key;   /* an object's member: its key (NUL-terminated), else NULL */
    size_t klen;       /* its bytes */
    const char *str;   /* a string: its bytes (NUL-terminated) */
    size_t len;        /* a string: its bytes; an object or array: its members or elements */
    json_int_t i;      /* an integer */
    json_t *real;      /* a real (only json_loads() reads one): the value, in rec_tree.jt */
    size_t end;        /* the index after the value and all it holds */
    const char *canon; /* when the value's text in the record as read is its canonical text
                          (canon_value() copies it as it is): that text, in the caller's record;
                          else NULL */
    size_t clen;       /* its bytes */
} rec_node;

typedef struct {
    rec_node *v; /* malloc'd */
    size_t n, cap;
    char *text; /* malloc'd: the record's text, its strings decoded and terminated in place */
    json_t *jt; /* json_loads()' tree, when it read the record: the nodes point into it */
} rec_tree;

/* The first member or element of value i (a node, the record's 0 included), or 0. */
static size_t rn_first(const rec_tree *t, size_t i)
{
    return t->v[i].end > i + 1 ? i + 1 : 0;
}

/* The member or element after x in container c, or 0. */
static size_t rn_next(const rec_tree *t, size_t c, size_t x)
{
    return t->v[x].end < t->v[c].end ? t->v[x].end : 0;
}

/* The elements of value i when it is an array (as jansson's json_array_size), else 0. */
static size_t rn_size(const rec_tree *t, size_t i)
{
    return i && t->v[i].type == JSON_ARRAY ? t->v[i].len : 0;
}

/* The first element of value i when it is an array, else 0: a loop over an array's elements
 * starts there and goes on with rn_next(). */
static size_t rn_items(const rec_tree *t, size_t i)
{
    return rn_size(t, i) ? i + 1 : 0;
}

/* The value of key k of kl bytes in object o (a node, the record's 0 included; the last, when k
 * repeats), or 0. */
static size_t rn_getn(const rec_tree *t, size_t o, const char *k, size_t kl)
{
    if (t->v[o].type != JSON_OBJECT) return 0;
    size_t found = 0;
    for (size_t x = rn_first(t, o); x; x = rn_next(t, o, x)) /* the first byte before a call */
        if (t->v[x].klen == kl && (!kl || t->v[x].key[0] == k[0]) &&
            memcmp(t->v[x].key, k, kl) == 0)
            found = x;
    return found;
}

/* rn_getn() of the string k: inline, so that the length of a literal is known when compiled. */
static inline size_t rn_get(const rec_tree *t, size_t o, const char *k)
{
    return rn_getn(t, o, k, strlen(k));
}

/* Element k of array a, or 0. */
static size_t rn_at(const rec_tree *t, size_t a, size_t k)
{
    if (!rn_size(t, a)) return 0;
    size_t x = rn_first(t, a);
    for (; x && k; k--)
        x = rn_next(t, a, x);
    return x;
}

/* The string of value i, or NULL when it is none. */
static const char *rn_str(const rec_tree *t, size_t i)
{
    return i && t->v[i].type == JSON_STRING ? t->v[i].str : NULL;
}

/* The string of key k in object o, or NULL (inline, as rn_get()). */
static inline const char *rn_strk(const rec_tree *t, size_t o, const char *k)
{
    return rn_str(t, rn_get(t, o, k));
}

/* ---- places, organisations ---- */

static int ensure_place(ct_store *s, const char *key)
{
    if (!is_place_key(key)) return CT_EARG;
    for (size_t i = 0; i < s->nplaced; i++)
        if (strcmp(s->placed[i], key) == 0) return 0; /* stored earlier in this put */
    char *slot = named_slot(s, key);
    if (strcmp(slot, key) == 0) return 0; /* stored with its name: nothing to add */
    ct_gaz_entry e;
    char nk[256]; /* the name's key: bound until the step below */
    int have = s->gaz && ct_gaz_get(s->gaz, key, &e) == 0;
    sqlite3_stmt *st = NULL;
    if (prep(s,
             "INSERT INTO place(key, name, name_key, kind, cc, lat, lon, population)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
             " ON CONFLICT(key) DO UPDATE SET name = coalesce(place.name, ?2),"
             " name_key = coalesce(place.name_key, ?3), kind = coalesce(place.kind, ?4),"
             " cc = coalesce(place.cc, ?5), lat = coalesce(place.lat, ?6),"
             " lon = coalesce(place.lon, ?7), population = coalesce(place.population, ?8)"
             " WHERE ?2 IS NOT NULL AND place.name IS NULL",
             &st) != SQLITE_OK)
        return CT_EDB;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (have) {
        ct_key(nk, sizeof nk, e.name, strlen(e.name));
        sqlite3_bind_text(st, 2, e.name, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, nk, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 4, e.kind);
        sqlite3_bind_text(st, 5, e.cc, -1, SQLITE_STATIC);
        if (e.lat != 0 || e.lon != 0) {
            sqlite3_bind_double(st, 6, e.lat);
            sqlite3_bind_double(st, 7, e.lon);
        }
        sqlite3_bind_int64(st, 8, e.population);
    } else if (key[0] == 'c') {
        sqlite3_bind_text(st, 5, key + 3, -1, SQLITE_STATIC);
    }
    int rc = sqlite3_step(st);
    fin(st);
    if (rc != SQLITE_DONE) return CT_EDB;
    if (s->nplaced < sizeof s->placed / sizeof s->placed[0]) s->placed[s->nplaced++] = key;
    if (have && strlen(key) < sizeof s->named[0]) strcpy(slot, key);
    return 0;
}

/* The organisations ensure_org() found or stored, by the name it was given: a name has one key
 * and so one organisation, and the same names come back article after article, so a repeat
 * costs a hash and a compare instead of ct_key() and a statement. Forgotten with the named
 * places (named_forget), as gc() deletes organisations no longer named. */
struct org_id {
    char *name;   /* owned, or NULL */
    int64_t id;   /* its organisation */
    uint64_t gen; /* held when s->gen */
};

static void orgs_free(ct_store *s)
{
    for (size_t i = 0; s->orgs && i < ORG_SLOTS; i++)
        free(s->orgs[i].name);
    free(s->orgs);
}

static int ensure_org(ct_store *s, const char *name, int64_t *id)
{
    org_id *o = NULL;
    if (s->orgs || (s->orgs = calloc(ORG_SLOTS, sizeof *s->orgs))) {
        o = &s->orgs[str_hash(name) % ORG_SLOTS];
        if (o->gen == s->gen && o->name && strcmp(o->name, name) == 0) {
            *id = o->id;
            return 0;
        }
    }
    char key[512];
    ct_key(key, sizeof key, name, strlen(name));
    if (!key[0]) return CT_EARG;
    const char *args[] = {name, key};
    /* most organisations are stored already: look first, insert only what is missing */
    int rc = run(s, "SELECT id FROM org WHERE key = ?1", 1, args + 1, id);
    if (rc == SQLITE_DONE)
        rc = insert_row(s, "INSERT INTO org(name, key) VALUES (?1, ?2)", 2, args, id);
    else
        rc = rc == SQLITE_ROW ? 0 : CT_EDB;
    if (rc == 0 && o) { /* out of memory, not held: looked up again next time */
        free(o->name);
        if ((o->name = strdup(name)) != NULL) o->id = *id, o->gen = s->gen, s->held = 1;
    }
    return rc;
}

/* ---- people ---- */

static int same_or_null(const char *a, const char *b)
{
    return !a || !b || !*a || !*b || strcmp(a, b) == 0;
}

/* a IS b, as SQL compares two texts or NULLs */
static int same_value(const char *a, const char *b)
{
    return a && b ? strcmp(a, b) == 0 : a == b;
}

/* The key a mention of name is stored and matched under: its name key (names.h), or for a
 * name without one its plain key; "" for no letters at all. Returns 1 when it is the name key. */
static int mention_key(const char *name, char key[256])
{
    ct_name_key(name, strlen(name), key, 256);
    if (key[0]) return 1;
    ct_key(key, 256, name, strlen(name));
    return 0;
}

/* Stores the held mentions (add_mention), in the order they came, in one statement. Returns 0
 * or CT_EDB. */
static int mentions_flush(ct_store *s)
{
    size_t n = s->nmentions;
    if (!n) return 0;
    s->nmentions = 0;
    sqlite3_stmt *st = NULL;
    if (prep_rows(s, ROWS_PERSON_MENTION, n, &st) != SQLITE_OK) return CT_EDB;
    for (size_t r = 0; r < n; r++) {
        const held_mention *h = &s->mentions[r];
        int b = 9 * (int)r;
        sqlite3_bind_int64(st, b + 1, h->person);
        sqlite3_bind_int64(st, b + 2, h->article);
        sqlite3_bind_text(st, b + 3, h->name, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, b + 4, h->key, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, b + 5, h->alias);
        bind_text_or_null(st, b + 6, h->title);
        bind_text_or_null(st, b + 7, h->of);
        bind_span(st, b + 8, h->off, h->len);
    }
    int rc = sqlite3_step(st);
    fin(st);
    return rc == SQLITE_DONE ? 0 : CT_EDB;
}

/* Appends id to the growable list *ids of *n ids (room for *cap); CT_ENOMEM when out of memory. */
static int ids_add(int64_t **ids, size_t *n, size_t *cap, int64_t id)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 32;
        int64_t *x = realloc(*ids, c * sizeof *x);
        if (!x) return CT_ENOMEM;
        *ids = x, *cap = c;
    }
    (*ids)[(*n)++] = id;
    return 0;
}

/* The people with a mention of one name key, and people's affiliations and titles, as
 * find_person() reads them: every copy of a story names the same people again, and a look-up of
 * the memory costs a hash and a compare, not a statement a person. Read from the database on
 * first use; add_mention() adds the person of each mention to its key's list, and find_person()
 * forgets what it changes of a person; forgotten with the named places (named_forget), so in a
 * batch only (a put of its own forgets at its start). */
struct key_people {
    char *key;    /* the name key (owned), or NULL */
    int64_t *ids; /* its people, ascending (owned) */
    size_t n, cap;
    uint64_t gen; /* held when s->gen */
};
struct person_facts {
    int64_t id;       /* the person, or 0 */
    char *of, *title; /* as stored (owned), or NULL */
    uint64_t gen;     /* held when s->gen */
};

static void person_drop(person_facts *f)
{
    free(f->of);
    free(f->title);
    *f = (person_facts){0};
}

static void people_free(ct_store *s)
{
    for (size_t i = 0; s->keys && i < KEY_SLOTS; i++) {
        free(s->keys[i].key);
        free(s->keys[i].ids);
    }
    for (size_t i = 0; s->people && i < PERSON_SLOTS; i++)
        person_drop(&s->people[i]);
    free(s->keys);
    free(s->people);
}

/* Holds person id's of and title (either NULL), in the slot of id; out of memory, holds
 * nothing there. */
static void person_hold(ct_store *s, int64_t id, const char *of, const char *title)
{
    person_facts *f = &s->people[(uint64_t)id % PERSON_SLOTS];
    person_drop(f);
    if ((of && !(f->of = strdup(of))) || (title && !(f->title = strdup(title)))) {
        person_drop(f);
        return;
    }
    f->id = id, f->gen = s->gen, s->held = 1;
}

/* The of and title of stored person id, read from the database unless held: *out (NULL when
 * there is no such person), and 0 or an error. */
static int person_get(ct_store *s, int64_t id, const person_facts **out)
{
    person_facts *f = &s->people[(uint64_t)id % PERSON_SLOTS];
    *out = f;
    if (f->id == id && f->gen == s->gen) return 0;
    *out = NULL;
    sqlite3_stmt *st = NULL;
    if (prep_bound(s, "SELECT of, title FROM person WHERE id = ?1", &st) != SQLITE_OK)
        return CT_EDB;
    sqlite3_bind_int64(st, 1, id);
    int rc = 0, found = next_row(st, &rc);
    if (found)
        person_hold(s, id, (const char *)sqlite3_column_text(st, 0),
                    (const char *)sqlite3_column_text(st, 1));
    fin(st);
    if (found && !rc) *out = f, rc = f->id == id ? 0 : CT_ENOMEM;
    return rc;
}

/* Adds person id to the list of key, when held; out of memory, the list is dropped. */
static void key_people_add(ct_store *s, const char *key, int64_t id)
{
    key_people *k = s->keys ? &s->keys[str_hash(key) % KEY_SLOTS] : NULL;
    if (!k || k->gen != s->gen || !k->key || strcmp(k->key, key) != 0) return;
    size_t i = k->n;
    while (i > 0 && k->ids[i - 1] > id) /* a new person goes last: the search ends at once */
        i--;
    if (i > 0 && k->ids[i - 1] == id) return;
    if (ids_add(&k->ids, &k->n, &k->cap, id) != 0) {
        free(k->key);
        k->key = NULL, k->n = 0;
        return;
    }
    memmove(k->ids + i + 1, k->ids + i, (k->n - 1 - i) * sizeof *k->ids);
    k->ids[i] = id;
}

/* The people with a mention of key (their person stored), ascending, read from the database
 * unless held, where the people's of and title are held too: *out, and 0 or an error. One index
 * seek a person (not one row a mention: a name repeated in every copy of a story). */
static int key_people_get(ct_store *s, const char *key, const key_people **out)
{
    if (!s->keys && !(s->keys = calloc(KEY_SLOTS, sizeof *s->keys))) return CT_ENOMEM;
    if (!s->people && !(s->people = calloc(PERSON_SLOTS, sizeof *s->people))) return CT_ENOMEM;
    key_people *k = &s->keys[str_hash(key) % KEY_SLOTS];
    *out = k;
    if (k->gen == s->gen && k->key && strcmp(k->key, key) == 0) return 0;
    free(k->key);
    k->key = NULL, k->n = 0, k->gen = s->gen;
    sqlite3_stmt *st = NULL;
    if (prep_bound(s,
                   "SELECT m.id, p.of, p.title, p.id IS NOT NULL FROM"
                   " (SELECT min(person_id) AS id FROM person_mention"
                   " WHERE key = ?1 AND person_id > ?2) m LEFT JOIN person p ON p.id = m.id",
                   &st) != SQLITE_OK)
        return CT_EDB;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    int64_t after = INT64_MIN;
    int rc = 0;
    while (rc == 0) {
        sqlite3_bind_int64(st, 2, after);
        if (!next_row(st, &rc) || sqlite3_column_type(st, 0) == SQLITE_NULL) break;
        after = sqlite3_column_int64(st, 0);
        if (sqlite3_column_int(st, 3)) {
            person_hold(s, after, (const char *)sqlite3_column_text(st, 1),
                        (const char *)sqlite3_column_text(st, 2));
            rc = ids_add(&k->ids, &k->n, &k->cap, after);
        }
        sqlite3_reset(st);
    }
    fin(st);
    if (rc == 0 && !(k->key = strdup(key))) rc = CT_ENOMEM;
    if (rc) k->n = 0;
    s->held = 1;
    return rc;
}

/* Finds the person a mention (name with mention_key() key, title, of) belongs to, or creates
 * one; *id is 0 for a "name" without letters, which makes no person. */
static int find_person(ct_store *s, int64_t article, const char *name, const char *key,
                       const char *title, const char *of, int64_t *id)
{
    *id = 0;
    if (!key[0]) return 0; /* no letters: not a name */
    /* the search below reads the mentions of key: held ones of key are stored first (the rest
     * can wait, since the search of 2. skips this article's) */
    for (size_t i = 0; i < s->nmentions; i++) {
        if (strcmp(s->mentions[i].key, key) == 0) {
            int rc = mentions_flush(s);
            if (rc) return rc;
            break;
        }
    }
    sqlite3_stmt *st = NULL;
    /* 1. the same name key, with agreeing affiliation: of the people with a mention of that
     * key, the first that agrees in the order same `of`, then same title, then oldest. They are
     * taken in id order (key_people_get), keeping the agreeing one of best rank; rank 0 (both
     * the same) ends the search */
    const key_people *kp;
    int rc = key_people_get(s, key, &kp);
    if (rc) return rc;
    /* a one-word name ("Park") is too weak alone: it needs the same known affiliation */
    int one_word = strchr(key, ' ') == NULL;
    int known = 0; /* 1: the person found already has every field this mention would add */
    int best = 4;  /* rank of *id: 0 same of and title, 1 same of, 2 same title, 3 neither */
    for (size_t i = 0; i < kp->n && best > 0; i++) {
        const person_facts *f;
        if ((rc = person_get(s, kp->ids[i], &f)) != 0) return rc;
        if (!f) continue; /* no longer stored */
        const char *pof = f->of, *ptitle = f->title;
        int rank = 2 * !same_value(pof, of) + !same_value(ptitle, title);
        int agrees = one_word ? (pof && of && strcmp(pof, of) == 0) : same_or_null(pof, of);
        if (agrees && rank < best) {
            *id = kp->ids[i], best = rank;
            known = (!title || ptitle) && (!of || pof);
        }
    }
    /* 2. a looser name match with the same title and affiliation */
    if (!*id && of && title) {
        if (prep(s,
                 "SELECT DISTINCT p.id, m.name FROM person_mention m"
                 " JOIN person p ON p.id = m.person_id"
                 " WHERE m.of = ?1 AND m.title = ?2 AND m.article_id <> ?3",
                 &st) != SQLITE_OK)
            return CT_EDB;
        sqlite3_bind_text(st, 1, of, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, title, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, article);
        while (!*id && next_row(st, &rc)) {
            const char *other = (const char *)sqlite3_column_text(st, 1);
            if (other && ct_name_same(name, strlen(name), other, strlen(other)))
                *id = sqlite3_column_int64(st, 0);
        }
        fin(st);
        if (rc) return rc;
    }
    if (*id && known) return 0;
    if (*id) {
        const char *args[3];
        char idbuf[24];
        snprintf(idbuf, sizeof idbuf, "%lld", (long long)*id);
        args[0] = idbuf, args[1] = title, args[2] = of;
        if (run(s,
                "UPDATE person SET title = coalesce(title, ?2), of = coalesce(of, ?3)"
                " WHERE id = ?1",
                3, args, NULL) != SQLITE_DONE)
            return CT_EDB;
        person_facts *f = &s->people[(uint64_t)*id % PERSON_SLOTS];
        if (f->id == *id) person_drop(f); /* read again when asked */
        return 0;
    }
    const char *args[] = {name, title, of};
    rc = insert_row(s, "INSERT INTO person(name, title, of) VALUES (?1, ?2, ?3)", 3, args, id);
    if (rc == 0) person_hold(s, *id, of, title);
    return rc;
}

/* Byte offset of the first occurrence of name in the text being stored, or -1. */
static int64_t first_offset(const ct_store *s, const char *name)
{
    size_t n = strlen(name);
    if (!s->text || !n || n > s->text_len) return -1;
    const char *p = memmem(s->text, s->text_len, name, n);
    return p ? (int64_t)(p - s->text) : -1;
}

/* Stores a mention of person (name, its mention_key() key; name, title and of borrowed from the
 * record): held, and stored with the next ones (mentions_flush) when ROWS_MAX are held, when
 * find_person() looks its key up, or at the end of the put's facts. */
static int add_mention(ct_store *s, int64_t person, int64_t article, const char *name,
                       const char *key, int alias, const char *title, const char *of)
{
    int rc;
    if (s->nmentions == ROWS_MAX && (rc = mentions_flush(s)) != 0) return rc;
    key_people_add(s, key, person); /* the mention is as good as stored: the put is whole */
    held_mention *h = &s->mentions[s->nmentions++];
    h->person = person, h->article = article;
    h->name = name, h->title = title, h->of = of;
    size_t kl = strnlen(key, sizeof h->key - 1); /* all of it: mention_key() wrote 256 at most */
    memcpy(h->key, key, kl);
    h->key[kl] = 0;
    h->alias = alias;
    h->off = first_offset(s, name);
    h->len = (int64_t)strlen(name);
    return 0;
}

/* The record's people, resolved to person ids, so event arguments can name them. */
typedef struct {
    const char **names; /* main names and aliases, borrowed from the JSON */
    char **keys;        /* their ct_name_key()s, owned */
    int64_t *ids;
    size_t n, cap;
} people_map;

/* Adds name, with its ct_name_key() nkey (computed by the caller), for person id. */
static int map_add(people_map *m, const char *name, const char *nkey, int64_t id)
{
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 16;
        const char **nn = realloc(m->names, cap * sizeof *nn);
        if (!nn) return CT_ENOMEM;
        m->names = nn;
        char **nk = realloc(m->keys, cap * sizeof *nk);
        if (!nk) return CT_ENOMEM;
        m->keys = nk;
        int64_t *ni = realloc(m->ids, cap * sizeof *ni);
        if (!ni) return CT_ENOMEM;
        m->ids = ni;
        m->cap = cap;
    }
    if (!(m->keys[m->n] = strdup(nkey))) return CT_ENOMEM;
    m->names[m->n] = name;
    m->ids[m->n++] = id;
    return 0;
}

static void map_free(people_map *m)
{
    for (size_t i = 0; i < m->n; i++)
        free(m->keys[i]);
    free(m->names);
    free(m->keys);
    free(m->ids);
}

/* The person of name in m, or 0; when 0, key is name's mention_key() and *named what that
 * returned (the key is computed only once the name itself is not in m). */
static int64_t map_find(const people_map *m, const char *name, char key[256], int *named)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->names[i], name) == 0) return m->ids[i];
    if (!(*named = mention_key(name, key))) return 0;
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(key, m->keys[i]) == 0) return m->ids[i];
    for (size_t i = 0; i < m->n; i++)
        if (ct_name_part_of(name, strlen(name), m->names[i], strlen(m->names[i]))) return m->ids[i];
    return 0;
}

static int put_people(ct_store *s, int64_t article, const rec_tree *t, size_t people, people_map *m)
{
    for (size_t p = rn_items(t, people); p; p = rn_next(t, people, p)) {
        const char *name = rn_strk(t, p, "name");
        if (!name || !*name) continue;
        const char *title = rn_strk(t, p, "title"), *of = rn_strk(t, p, "of");
        int64_t id;
        char key[256];
        int named = mention_key(name, key);
        int rc = find_person(s, article, name, key, title, of, &id);
        if (rc == 0 && !id) continue;
        if (rc == 0) rc = add_mention(s, id, article, name, key, 0, title, of);
        if (rc == 0) rc = map_add(m, name, named ? key : "", id);
        if (rc) return rc;
        size_t aliases = rn_get(t, p, "aliases");
        for (size_t a = rn_items(t, aliases); a; a = rn_next(t, aliases, a)) {
            const char *alias = rn_str(t, a);
            if (!alias || !*alias || strcmp(alias, name) == 0) continue;
            named = mention_key(alias, key);
            if ((rc = add_mention(s, id, article, alias, key, 1, title, of)) != 0) return rc;
            if ((rc = map_add(m, alias, named ? key : "", id)) != 0) return rc;
        }
    }
    return 0;
}

/* A person named only in an event argument. */
static int arg_person(ct_store *s, int64_t article, people_map *m, const char *name, int64_t *id)
{
    char key[256];
    int named = 0;
    *id = map_find(m, name, key, &named);
    if (*id) return 0;
    int rc = find_person(s, article, name, key, NULL, NULL, id);
    if (rc == 0 && !*id) return 0; /* kept as the argument's text only */
    if (rc == 0) rc = add_mention(s, *id, article, name, key, 0, NULL, NULL);
    if (rc == 0) rc = map_add(m, name, named ? key : "", *id);
    return rc;
}

/* ---- events ---- */

static const struct {
    const char *field, *role;
    int person; /* 1: values are people's names (or, for visitors, a place key) */
} arg_fields[] = {
    {"participants", "participant", 1}, {"visitors", "visitor", 1},
    {"signatories", "signatory", 1},    {"speaker", "speaker", 1},
    {"recipient", "recipient", 1},      {"parties", "party", 0},
    {"destinations", "destination", 0}, {"by", "by", 0},
};

/* The keys an event is matched on (PAIR_KEYS), gathered in C as its arguments are stored. */
typedef struct {
    char **v; /* owned; sorted and distinct after keys_sort() */
    size_t n, cap;
    size_t np; /* after keys_sort(): how many are people ("p:" keys) */
} keyset;

static int keys_add(keyset *k, const char *v)
{
    if (k->n == k->cap) {
        size_t cap = k->cap ? k->cap * 2 : 16;
        char **nv = realloc(k->v, cap * sizeof *nv);
        if (!nv) return CT_ENOMEM;
        k->v = nv, k->cap = cap;
    }
    if (!(k->v[k->n] = strdup(v))) return CT_ENOMEM;
    k->n++;
    return 0;
}

static int is_person_key(const char *k)
{
    return k[0] == 'p' && k[1] == ':';
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts (bytewise, as SQLite compares text), drops repeats, counts the people. */
static void keys_sort(keyset *k)
{
    if (k->n) qsort(k->v, k->n, sizeof *k->v, cmp_str);
    size_t w = 0;
    for (size_t i = 0; i < k->n; i++) {
        if (w && strcmp(k->v[w - 1], k->v[i]) == 0)
            free(k->v[i]);
        else
            k->v[w++] = k->v[i];
    }
    k->n = w;
    k->np = 0;
    for (size_t i = 0; i < k->n; i++)
        k->np += is_person_key(k->v[i]);
}

static void keys_clear(keyset *k)
{
    for (size_t i = 0; i < k->n; i++)
        free(k->v[i]);
    k->n = k->np = 0;
}

static void keys_free(keyset *k)
{
    keys_clear(k);
    free(k->v);
}

/* Writes person id p as PAIR_KEYS spells it ("p:" || person_id) into buf, as snprintf("p:%lld")
 * would, without snprintf: it runs for every argument of every candidate, and snprintf cost
 * ~730 instructions a call (9.5M of a 1k-article ingest). */
static void person_pair_key(char buf[24], int64_t p)
{
    buf[0] = 'p', buf[1] = ':';
    int_text(buf + 2, p);
}

/* Adds person id p, or place key place in role role, to k as PAIR_KEYS would list them. */
static int keys_add_arg(keyset *k, int64_t p, const char *place, const char *role)
{
    if (p) {
        char buf[24];
        person_pair_key(buf, p);
        return keys_add(k, buf);
    }
    static const char *const place_roles[] = {"party", "destination", "visitor", "by"};
    for (size_t i = 0; place && role && i < sizeof place_roles / sizeof place_roles[0]; i++)
        if (strcmp(role, place_roles[i]) == 0) return keys_add(k, place);
    return 0;
}

/* One argument of an event, resolved to the person, place or organisation it names. */
typedef struct {
    const char *role, *value; /* value borrowed from the record */
    int64_t pid, oid;         /* person, organisation, or 0 */
    const char *place;        /* place key, or NULL */
} event_arg;

typedef struct {
    event_arg *v;
    size_t n, cap;
} arg_list;

/* Resolves value v of role (person: 1 when people's names are expected) and appends it to a,
 * its key to ks; empty values are skipped. */
static int resolve_arg(ct_store *s, int64_t article, people_map *m, arg_list *a, keyset *ks,
                       const char *role, int person, const char *v)
{
    if (!v || !*v) return 0;
    event_arg x = {role, v, 0, 0, NULL};
    int rc;
    if (is_place_key(v)) {
        if ((rc = ensure_place(s, v)) != 0) return rc;
        x.place = v;
    } else if (person) {
        if ((rc = arg_person(s, article, m, v, &x.pid)) != 0) return rc;
    } else {
        if ((rc = ensure_org(s, v, &x.oid)) != 0) return rc;
    }
    if ((rc = keys_add_arg(ks, x.pid, x.place, role)) != 0) return rc;
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 8;
        event_arg *nv = realloc(a->v, cap * sizeof *nv);
        if (!nv) return CT_ENOMEM;
        a->v = nv, a->cap = cap;
    }
    a->v[a->n++] = x;
    return 0;
}

/* Stores the held events (s->events), in the order they came, in one statement. Returns 0 or
 * CT_EDB. */
static int events_flush(ct_store *s)
{
    size_t n = s->nevents;
    if (!n) return 0;
    s->nevents = 0;
    sqlite3_stmt *st = NULL;
    if (prep_rows(s, ROWS_EVENT, n, &st) != SQLITE_OK) return CT_EDB;
    for (size_t r = 0; r < n; r++) {
        const held_event *h = &s->events[r];
        int b = 19 * (int)r;
        bind_id_or_null(st, b + 1, h->id);
        sqlite3_bind_int64(st, b + 2, h->article);
        sqlite3_bind_int(st, b + 3, h->seq);
        sqlite3_bind_text(st, b + 4, h->type, -1, SQLITE_STATIC);
        bind_text_or_null(st, b + 5, h->kind);
        bind_text_or_null(st, b + 6, h->date);
        bind_text_or_null(st, b + 7, h->lo[0] ? h->lo : NULL);
        bind_text_or_null(st, b + 8, h->hi[0] ? h->hi : NULL);
        sqlite3_bind_int(st, b + 9, h->planned);
        bind_text_or_null(st, b + 10, h->place);
        bind_text_or_null(st, b + 11, h->name);
        bind_text_or_null(st, b + 12, h->title);
        bind_text_or_null(st, b + 13, h->evidence);
        bind_span(st, b + 14, h->off, h->len);
        sqlite3_bind_text(st, b + 16, h->js, (int)h->jslen, SQLITE_STATIC);
        sqlite3_bind_int64(st, b + 17, h->group);
        sqlite3_bind_int64(st, b + 18, h->sig);
        sqlite3_bind_int(st, b + 19, h->copy);
    }
    int rc = sqlite3_step(st);
    fin(st);
    return rc == SQLITE_DONE ? 0 : CT_EDB;
}

/* Learns the id the table gives the next event (s->next_event), unless known: the one after its
 * largest, which it gives unless that is the largest id there can be (then it picks one at
 * random, and next_event stays 0). Returns 0 or CT_EDB. */
static int next_event_id(ct_store *s)
{
    if (s->next_event) return 0;
    sqlite3_stmt *st = NULL;
    int rc = events_flush(s); /* held ones only past the largest id: it may be among them */
    if (rc || prep_bound(s, "SELECT max(id) FROM event", &st) != SQLITE_OK) return CT_EDB;
    if (sqlite3_step(st) != SQLITE_ROW)
        rc = CT_EDB;
    else if (sqlite3_column_int64(st, 0) < INT64_MAX) /* 0 for NULL: the table gives 1 */
        s->next_event = sqlite3_column_int64(st, 0) + 1;
    fin(st);
    return rc;
}

/* Stores the held arguments (s->args), in the order they came, in one statement; outside a batch,
 * where foreign keys are checked, after the held events they name (held_event). */
static int args_flush(ct_store *s)
{
    int rc = s->batch ? 0 : events_flush(s);
    size_t n = s->nargs;
    if (rc || !n) return rc;
    s->nargs = 0;
    sqlite3_stmt *st = NULL;
    if (prep_rows(s, ROWS_EVENT_ARG, n, &st) != SQLITE_OK) return CT_EDB;
    for (size_t r = 0; r < n; r++) {
        const held_arg *x = &s->args[r];
        int b = (int)r * 7;
        sqlite3_bind_int64(st, b + 1, x->event);
        sqlite3_bind_text(st, b + 2, x->role, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, b + 3, x->value, -1, SQLITE_STATIC);
        bind_id_or_null(st, b + 4, x->pid);
        bind_text_or_null(st, b + 5, x->place);
        bind_id_or_null(st, b + 6, x->oid);
        sqlite3_bind_text(st, b + 7, x->type, -1, SQLITE_STATIC);
    }
    rc = sqlite3_step(st);
    fin(st);
    return rc == SQLITE_DONE ? 0 : CT_EDB;
}

/* Holds the arguments a of event (stored, of type), storing the held ones whenever ROWS_MAX
 * are. */
static int put_arg_rows(ct_store *s, int64_t event, const char *type, const arg_list *a)
{
    for (size_t i = 0; i < a->n; i++) {
        const event_arg *x = &a->v[i];
        int rc;
        if (s->nargs == ROWS_MAX && (rc = args_flush(s)) != 0) return rc;
        s->args[s->nargs++] = (held_arg){event, type, x->role, x->value, x->pid, x->oid, x->place};
    }
    return 0;
}

/* The integer sql (whose parameters are ?1 and ?2, bound to a and b) answers, or -1. */
static int64_t count1(ct_store *s, const char *sql, int64_t a, int64_t b)
{
    sqlite3_stmt *st = NULL;
    int64_t n = -1;
    if (prep_bound(s, sql, &st) != SQLITE_OK) return -1;
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, b);
    if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int64(st, 0);
    fin(st);
    return n;
}

/* Runs sql with two integer parameters; 0 when it ran, CT_EDB otherwise. */
static int step2(ct_store *s, const char *sql, int64_t a, int64_t b)
{
    sqlite3_stmt *st = NULL;
    if (prep(s, sql, &st) != SQLITE_OK) return CT_EDB;
    sqlite3_bind_int64(st, 1, a);
    sqlite3_bind_int64(st, 2, b);
    int rc = sqlite3_step(st);
    fin(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : CT_EDB;
}

/* Lists the pairs of stored event e's people and places in event_pair (the lists the merge
 * holds, pair_get, must be forgotten before they are read again: drop_article does). */
static int list_pairs(ct_store *s, int64_t e)
{
    return step2(s,
                 "INSERT OR IGNORE INTO event_pair(type, k1, k2, event_id)"
                 " WITH k(key) AS (" PAIR_KEYS ")"
                 " SELECT (SELECT type FROM event WHERE id = ?1), a.key, b.key, ?1"
                 " FROM k a JOIN k b ON a.key < b.key AND ?2 = ?2",
                 e, 0);
}

/* FNV-1a step over a string, NULL told apart from "". */
static uint64_t sig_add(uint64_t h, const char *v)
{
    h = CT_FNV64_STEP(h, v ? 0x01 : 0x02);
    for (; v && *v; v++)
        h = CT_FNV64_STEP(h, *v);
    return CT_FNV64_STEP(h, 0xff);
}

/* The signature of a report with keys ks (sorted), of agreement kind, dates lo..hi and
 * planned, in the article being stored: FNV-1a over everything the merge reads of a report
 * (group_event, group_fits): its people and places (PAIR_KEYS), evidence sentence, kind, dates,
 * planned and its article's publication date. Two reports of one group with the same signature
 * answer alike for every later report. */
static int64_t report_sig(const ct_store *s, const keyset *ks, const char *evidence,
                          const char *kind, const char *lo, const char *hi, int planned)
{
    uint64_t h = STORE_FNV_SEED;
    for (size_t i = 0; i < ks->n; i++)
        h = sig_add(h, ks->v[i]);
    const char *parts[] = {evidence, kind, lo, hi, planned ? "planned" : "done", s->pub_lo};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        h = sig_add(h, parts[i]);
    return (int64_t)h;
}

/* Before article a's reports go: the copies in their groups become ordinary reports again
 * (listed pairs, indexed evidence), so no group loses the report that answered for them. */
static int uncopy_groups(ct_store *s, int64_t a)
{
    sqlite3_stmt *st = NULL;
    if (prep(s,
             "UPDATE event SET copy = 0 WHERE copy = 1 AND article_id <> ?1 AND group_id IN"
             " (SELECT group_id FROM event WHERE article_id = ?1 AND group_id IS NOT NULL)"
             " RETURNING id",
             &st) != SQLITE_OK)
        return CT_EDB;
    sqlite3_bind_int64(st, 1, a);
    int64_t *ids = NULL;
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (ids_add(&ids, &n, &cap, sqlite3_column_int64(st, 0)) != 0) {
            rc = SQLITE_NOMEM;
            break;
        }
    }
    fin(st);
    for (size_t i = 0; rc == SQLITE_DONE && i < n; i++)
        if (list_pairs(s, ids[i]) != 0) rc = SQLITE_ERROR;
    free(ids);
    return rc == SQLITE_DONE ? 0 : CT_EDB;
}

/* The span of time an event can be in: its date's bounds; for an undated event, the year
 * around its article's publication (up to two years ahead for a plan); else unknown (""). */
static void eff_bounds(const char *lo, const char *hi, const char *pub_lo, int planned,
                       char elo[11], char ehi[11])
{
    elo[0] = ehi[0] = 0;
    if (lo && hi) { /* as snprintf(elo, 11, "%s", lo), without parsing a format */
        size_t nl = strnlen(lo, 10), nh = strnlen(hi, 10);
        memcpy(elo, lo, nl), elo[nl] = '\0';
        memcpy(ehi, hi, nh), ehi[nh] = '\0';
    } else if (pub_lo && strlen(pub_lo) >= 4) {
        unsigned y = (unsigned)atoi(pub_lo) % 10000u;
        snprintf(elo, 11, "%04u-00-00", (y ? y - 1 : 0) % 10000u);
        snprintf(ehi, 11, "%04u-99-99", (y + (planned ? 2u : 1u)) % 10000u);
    }
}

/* The span of time (eff_bounds), agreement kind and signature of each report of a group, copies
 * aside: what group_fits() reads of the group, and group_event() of the group it chose (has a
 * first report the signature?), kept as the group's reports are stored (group_note), since a
 * busy group is judged for report after report. */
struct group_times {
    int64_t id; /* the group, or 0: a free slot */
    struct {
        char lo[11], hi[11]; /* its eff_bounds() */
        char *kind;          /* owned, or NULL */
        int64_t sig;         /* its report_sig() */
        int has_sig;         /* 0: its sig is NULL (stored before signatures) */
    } * v;                   /* owned */
    size_t n, cap;
};

static void times_forget(ct_store *s)
{
    for (size_t i = 0; s->times && i < GROUP_SLOTS; i++) {
        group_times *g = &s->times[i];
        for (size_t k = 0; k < g->n; k++)
            free(g->v[k].kind);
        free(g->v);
        *g = (group_times){0};
    }
}

/* Adds a report of span lo..hi (eff_bounds), kind and signature sig (has_sig 0: NULL) to the
 * times of group g (when held); returns 0, or CT_ENOMEM after dropping them. */
static int times_add(group_times *g, const char *lo, const char *hi, const char *kind, int64_t sig,
                     int has_sig)
{
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 4;
        void *v = realloc(g->v, cap * sizeof *g->v);
        if (!v) goto fail;
        g->v = v, g->cap = cap;
    }
    char *k = NULL;
    if (kind && !(k = strdup(kind))) goto fail;
    memcpy(g->v[g->n].lo, lo, 11);
    memcpy(g->v[g->n].hi, hi, 11);
    g->v[g->n].sig = sig, g->v[g->n].has_sig = has_sig;
    g->v[g->n++].kind = k;
    return 0;
fail:
    for (size_t i = 0; i < g->n; i++)
        free(g->v[i].kind);
    g->n = 0, g->id = 0;
    return CT_ENOMEM;
}

/* The times of group g, read from the database unless held: *out, and 0 or an error. g is no
 * group of the put's events (group_fits), so none of them is held unstored (held_event). */
static int group_times_get(ct_store *s, int64_t g, group_times **out)
{
    if (!s->times && !(s->times = calloc(GROUP_SLOTS, sizeof *s->times))) return CT_ENOMEM;
    group_times *t = *out = &s->times[(uint64_t)g % GROUP_SLOTS];
    if (t->id == g) return 0;
    for (size_t k = 0; k < t->n; k++)
        free(t->v[k].kind);
    t->n = 0, t->id = 0;
    sqlite3_stmt *st = NULL;
    char lo2[11], hi2[11];
    int rc = 0;
    if (prep_bound(s,
                   "SELECT e.date_lo, e.date_hi, e.planned, a.published_lo, e.kind, e.sig"
                   " FROM event e JOIN article a ON a.id = e.article_id"
                   " WHERE e.group_id = ?1 AND e.copy = 0",
                   &st) != SQLITE_OK)
        return CT_EDB;
    sqlite3_bind_int64(st, 1, g);
    while (rc == 0 && next_row(st, &rc)) {
        eff_bounds((const char *)sqlite3_column_text(st, 0),
                   (const char *)sqlite3_column_text(st, 1),
                   (const char *)sqlite3_column_text(st, 3), sqlite3_column_int(st, 2), lo2, hi2);
        rc = times_add(t, lo2, hi2, (const char *)sqlite3_column_text(st, 4),
                       sqlite3_column_int64(st, 5), sqlite3_column_type(st, 5) != SQLITE_NULL);
    }
    fin(st);
    if (rc == 0) t->id = g, s->held = 1;
    return rc;
}

/* Notes a new report (not a copy) of group g, of span lo..hi (eff_bounds), kind and signature
 * sig, in the times held of g (out of memory, they are dropped, to be read again). */
static void group_note(ct_store *s, int64_t g, const char *lo, const char *hi, const char *kind,
                       int64_t sig)
{
    group_times *t = s->times ? &s->times[(uint64_t)g % GROUP_SLOTS] : NULL;
    if (t && t->id == g) times_add(t, lo, hi, kind, sig, 1);
}

/* Whether a first report of group g has signature sig: 1, 0, or -1 when the group is not held
 * (group_fits() read it, but another group may have taken its slot since). */
static int group_has_sig(const ct_store *s, int64_t g, int64_t sig)
{
    const group_times *t = s->times ? &s->times[(uint64_t)g % GROUP_SLOTS] : NULL;
    if (!t || t->id != g) return -1;
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].has_sig && t->v[i].sig == sig) return 1;
    return 0;
}

/* Whether event (bounds elo..ehi, kind, article) fits every report already in group g:
 * times that agree (where known), the same agreement kind, and no report from the same article.
 * Copies are skipped: each repeats the times and kind of a report that is read.
 * Returns 1, 0, or an error. */
static int group_fits(ct_store *s, int64_t g, int64_t article, const char *kind, const char *elo,
                      const char *ehi)
{
    for (size_t i = 0; i < s->ngroups; i++)
        if (s->groups[i] == g) return 0; /* holds a report of this article */
    group_times *t;
    int rc = group_times_get(s, g, &t);
    if (rc) return rc;
    for (size_t i = 0; i < t->n; i++) {
        if (elo[0] && t->v[i].lo[0] && (strcmp(elo, t->v[i].hi) > 0 || strcmp(t->v[i].lo, ehi) > 0))
            return 0;
        if (!same_or_null(kind, t->v[i].kind)) return 0;
    }
    return 1;
}

/* A report that may merge with the one being stored, and what the two share. */
typedef struct {
    int64_t id, group;
    int dated;              /* it has a date */
    int timed;              /* it has a date, or its article a publication date */
    int same;               /* the same evidence sentence */
    int64_t people, places; /* shared people; shared places in the place roles */
    int64_t np, nl;         /* its own people and places */
} candidate;

/* Orders candidates as the merge reads them: the same sentence first, then the most shared
 * people, then the oldest. */
static int cmp_candidate(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    if (x->same != y->same) return y->same - x->same;
    if (x->people != y->people) return y->people > x->people ? 1 : -1;
    return (x->id > y->id) - (x->id < y->id);
}

static int cmp_id(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* What the merge reads of a stored report, none of which changes while it is stored: the first
 * report of a busy group is a candidate for every later report of it, and is read once. */
struct report_facts {
    int64_t id;             /* the report, or 0: a free slot */
    int64_t group, article; /* its group (0: none) and article */
    int dated, timed;       /* it has a date; it or its article has one */
    char *evidence;         /* owned, or NULL */
    keyset keys;            /* its people and places (PAIR_KEYS), sorted */
};

static void reports_forget(ct_store *s)
{
    for (size_t i = 0; s->reports && i < REPORT_SLOTS; i++) {
        report_facts *f = &s->reports[i];
        /* a slot report_get() failed to fill has id 0 but may hold evidence and keys */
        if (!f->id && !f->evidence && !f->keys.v) continue;
        free(f->evidence);
        keys_free(&f->keys);
        *f = (report_facts){0};
    }
}

/* Whether report id is one of the put's events whose row or arguments are held: held events
 * have the largest ids (held_event), each known (put_event() stores one whose id the table is to
 * give at once), and the arguments of an event stored may still be held. */
static int report_held(const ct_store *s, int64_t id)
{
    if (s->nevents && id >= s->events[0].id) return 1;
    for (size_t i = 0; i < s->nargs; i++)
        if (s->args[i].event == id) return 1;
    return 0;
}

/* The facts of stored report id, read from the database unless held: *out, and 0 or an error.
 * A report not stored has no group. */
static int report_get(ct_store *s, int64_t id, report_facts **out)
{
    if (!s->reports && !(s->reports = calloc(REPORT_SLOTS, sizeof *s->reports))) return CT_ENOMEM;
    report_facts *f = *out = &s->reports[(uint64_t)id % REPORT_SLOTS];
    if (f->id == id) return 0;
    /* a report of the put's held rows: stored first, before the slot is emptied (failing, they
     * leave it as it was) */
    int rc = 0;
    if (report_held(s, id) && ((rc = events_flush(s)) != 0 || (rc = args_flush(s)) != 0)) return rc;
    free(f->evidence);
    keys_clear(&f->keys);
    *f = (report_facts){.keys = f->keys};
    sqlite3_stmt *st = NULL;
    if (prep_bound(s,
                   "SELECT e.group_id, e.date_lo IS NOT NULL, (SELECT published_lo IS NOT NULL FROM"
                   " article WHERE id = e.article_id), e.article_id, e.evidence"
                   " FROM event e WHERE e.id = ?1",
                   &st) != SQLITE_OK)
        return CT_EDB;
    sqlite3_bind_int64(st, 1, id);
    if (next_row(st, &rc)) {
        const char *ev = (const char *)sqlite3_column_text(st, 4);
        f->group = sqlite3_column_int64(st, 0); /* 0 for NULL */
        f->dated = sqlite3_column_int(st, 1);
        f->timed = f->dated || sqlite3_column_int(st, 2);
        f->article = sqlite3_column_int64(st, 3);
        if (ev && !(f->evidence = strdup(ev))) rc = CT_ENOMEM;
    }
    fin(st);
    if (rc) return rc;
    if (prep_bound(s, "SELECT person_id, place_key, role FROM event_arg WHERE event_id = ?1",
                   &st) != SQLITE_OK)
        return CT_EDB;
    sqlite3_bind_int64(st, 1, id);
    while (rc == 0 && next_row(st, &rc))
        rc = keys_add_arg(&f->keys, sqlite3_column_int64(st, 0),
                          (const char *)sqlite3_column_text(st, 1),
                          (const char *)sqlite3_column_text(st, 2));
    fin(st);
    if (rc) return rc;
    keys_sort(&f->keys);
    f->id = id, s->held = 1;
    return 0;
}

/* Fills the candidate c (c->id set) against the new report's keys ks and evidence: 1 when it
 * can merge at all (grouped, of another article), 0 when not, or an error. */
static int candidate_read(ct_store *s, int64_t article, const keyset *ks, const char *evidence,
                          candidate *c)
{
    report_facts *f;
    int rc = report_get(s, c->id, &f);
    if (rc) return rc;
    if (!f->group || f->article == article) return 0;
    c->group = f->group, c->dated = f->dated, c->timed = f->timed;
    /* as SQL's coalesce(evidence = ?, 0): both known and the same */
    c->same = evidence && f->evidence && strcmp(evidence, f->evidence) == 0;
    const keyset *tmp = &f->keys;
    c->np = (int64_t)tmp->np, c->nl = (int64_t)(tmp->n - tmp->np);
    c->people = c->places = 0;
    for (size_t i = 0, j = 0; i < ks->n && j < tmp->n;) {
        int d = strcmp(ks->v[i], tmp->v[j]);
        if (d == 0) {
            if (is_person_key(ks->v[i]))
                c->people++;
            else
                c->places++;
        }
        i += d <= 0, j += d >= 0;
    }
    return 1;
}

/* The event ids event_pair lists under one key (type, k1, k2), or the ids of the first reports
 * (copy = 0) of a type with one evidence sentence (type, evidence and "": no pair key is empty),
 * as read from the database and added to by put_pairs() and put_event() since: the same pairs
 * and sentences come back report after report (on the 1k sample, 15,536 look-ups of 997 pair
 * keys), and a look-up of the memory costs a hash, not a statement. */
struct pair_ids {
    char *key;    /* type, k1 and k2, each NUL-terminated, one after the other (owned), or NULL */
    size_t klen;  /* bytes of key */
    int64_t *ids; /* owned */
    size_t n, cap;
    uint64_t gen; /* held when s->gen */
};

static void pairs_free(ct_store *s)
{
    for (size_t i = 0; s->pairs && i < PAIR_SLOTS; i++) {
        free(s->pairs[i].key);
        free(s->pairs[i].ids);
    }
    free(s->pairs);
}

/* The slot of the key of type, k1 and k2 (NULL: an evidence sentence k1; the three written into
 * key, *klen bytes, when they fit in cap; else *klen is 0). */
static pair_ids *pair_slot(ct_store *s, const char *type, const char *k1, const char *k2, char *key,
                           size_t cap, size_t *klen)
{
    const char *parts[] = {type, k1, k2 ? k2 : ""};
    size_t n = 0, kept = 0; /* kept: the bytes of key written, the parts that fit */
    for (size_t i = 0; i < 3; i++) {
        size_t len = strlen(parts[i]) + 1;
        if (n + len <= cap) memcpy(key + n, parts[i], len), kept = n + len;
        n += len;
    }
    *klen = n <= cap ? n : 0;
    /* the slot, by a hash of the kept bytes eight at a time: a key is often an evidence
     * sentence, and the hash is only ever compared with itself in this process */
    return &s->pairs[ct_mem_hash(key, kept) % PAIR_SLOTS];
}

/* Whether slot p holds key (klen bytes; 0: a key too long to hold) in generation gen. */
static int pair_held(const pair_ids *p, uint64_t gen, const char *key, size_t klen)
{
    return klen && p->gen == gen && p->key && p->klen == klen && memcmp(p->key, key, klen) == 0;
}

/* Whether one of the put's held events is a first report of type with evidence sentence ev, which
 * a read of the sentence's reports must find (pair_get). */
static int sentence_held(const ct_store *s, const char *type, const char *ev)
{
    for (size_t i = 0; i < s->nevents; i++) {
        const held_event *h = &s->events[i];
        if (!h->copy && h->evidence && strcmp(h->evidence, ev) == 0 && strcmp(h->type, type) == 0)
            return 1;
    }
    return 0;
}

/* Appends the event ids of key (type, k1, k2) in event_pair, or with k2 NULL those of the first
 * reports of type with evidence sentence k1, to *ids, from memory or read into it. Returns 0 or
 * an error. */
static int pair_get(ct_store *s, const char *type, const char *k1, const char *k2, int64_t **ids,
                    size_t *n, size_t *cap)
{
    char key[512];
    size_t klen;
    if (!s->pairs && !(s->pairs = calloc(PAIR_SLOTS, sizeof *s->pairs))) return CT_ENOMEM;
    pair_ids *p = pair_slot(s, type, k1, k2, key, sizeof key, &klen);
    if (!pair_held(p, s->gen, key, klen)) {
        sqlite3_stmt *st = NULL;
        int rc = !k2 && sentence_held(s, type, k1) ? events_flush(s) : 0;
        if (rc) return rc;
        free(p->key);
        p->key = NULL, p->n = 0;
        if (prep_bound(
                s,
                k2 ? "SELECT event_id FROM event_pair WHERE type = ?1 AND k1 = ?2 AND k2 = ?3"
                   : "SELECT id FROM event WHERE type = ?1 AND evidence = ?2 AND copy = 0",
                &st) != SQLITE_OK)
            return CT_EDB;
        sqlite3_bind_text(st, 1, type, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, k1, -1, SQLITE_STATIC);
        if (k2) sqlite3_bind_text(st, 3, k2, -1, SQLITE_STATIC);
        while (rc == 0 && next_row(st, &rc))
            rc = ids_add(&p->ids, &p->n, &p->cap, sqlite3_column_int64(st, 0));
        fin(st);
        if (rc) {
            p->n = 0;
            return rc;
        }
        if (klen && (p->key = malloc(klen)) != NULL) /* else not held: read again next time */
            memcpy(p->key, key, klen), p->klen = klen, p->gen = s->gen, s->held = 1;
    }
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < p->n; i++)
        rc = ids_add(ids, n, cap, p->ids[i]);
    if (!p->key) p->n = 0;
    return rc;
}

/* Adds event e to the list held of key (type, k1, k2), as pair_get() takes it, if one is held:
 * the database lists e under it in this put (put_pairs). */
static void pair_note(ct_store *s, const char *type, const char *k1, const char *k2, int64_t e)
{
    char key[512];
    size_t klen;
    if (!s->pairs) return;
    pair_ids *p = pair_slot(s, type, k1, k2, key, sizeof key, &klen);
    if (pair_held(p, s->gen, key, klen) && ids_add(&p->ids, &p->n, &p->cap, e) != 0) {
        free(p->key); /* out of memory: no longer held */
        p->key = NULL, p->n = 0;
    }
}

/* The ids of the listed reports of type that share a pair of keys with ks, or the evidence
 * sentence, in ascending order without repeats; *ids is the caller's to free. */
static int candidate_ids(ct_store *s, const keyset *ks, const char *type, const char *evidence,
                         int64_t **ids, size_t *n)
{
    size_t cap = 0;
    int rc = 0;
    *ids = NULL, *n = 0;
    for (size_t i = 0; rc == 0 && i < ks->n; i++)
        for (size_t j = i + 1; rc == 0 && j < ks->n; j++)
            rc = pair_get(s, type, ks->v[i], ks->v[j], ids, n, &cap);
    if (rc == 0 && evidence) rc = pair_get(s, type, evidence, NULL, ids, n, &cap);
    if (rc) return rc;
    if (*n) qsort(*ids, *n, sizeof **ids, cmp_id);
    size_t w = 0;
    for (size_t i = 0; i < *n; i++)
        if (!w || (*ids)[w - 1] != (*ids)[i]) (*ids)[w++] = (*ids)[i];
    *n = w;
    return 0;
}

/* Puts event e (already stored with its arguments) into the group of a matching event of
 * another article, or into a new group. Two reports match when they share two people; or one
 * person and one place with both dates given and agreeing; or two places with times that agree
 * (dates, else the publication years); or the same evidence sentence (a copied story). Two reports
 * that each name two or more people but share only one (the same mayor meeting different guests)
 * never match. The whole group must fit (group_fits), so matches do not chain across incompatible
 * dates. */
static int group_event(ct_store *s, int64_t article, const char *type, const char *kind,
                       const char *lo, const char *hi, int planned, const char *evidence,
                       keyset *ks, int64_t *group, int64_t *sig, int *copy)
{
    char elo[11], ehi[11];
    eff_bounds(lo, hi, s->pub_lo[0] ? s->pub_lo : NULL, planned, elo, ehi);
    int64_t best = 0, best_score = 0;
    int64_t np1 = (int64_t)ks->np, nl1 = (int64_t)(ks->n - ks->np);
    /* the reports of other articles that share two of its people or places (a pair), or its
     * evidence sentence, with how many people and places each shares */
    int64_t *ids = NULL;
    size_t n = 0, nc = 0;
    candidate *cs = NULL;
    int rc = candidate_ids(s, ks, type, evidence, &ids, &n);
    if (rc == 0 && n && !(cs = malloc(n * sizeof *cs))) rc = CT_ENOMEM;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        cs[nc].id = ids[i];
        int ok = candidate_read(s, article, ks, evidence, &cs[nc]);
        if (ok < 0) rc = ok;
        nc += ok > 0;
    }
    free(ids);
    if (nc) qsort(cs, nc, sizeof *cs, cmp_candidate);
    if (nc > 500) nc = 500;
    enum { MAXG = 64 };
    int64_t seen[MAXG]; /* groups already judged: each is matched at most once */
    size_t nseen = 0;
    for (size_t i = 0; rc == 0 && i < nc; i++) {
        const candidate *c = &cs[i];
        int judged = 0;
        for (size_t j = 0; j < nseen; j++)
            judged |= seen[j] == c->group;
        if (judged) continue;
        int dated = lo && c->dated;
        int timed = elo[0] && c->timed;
        int64_t people = c->people, places = c->places;
        int same_words = c->same;
        int match = same_words || people >= 2 || (people >= 1 && places >= 1 && dated) ||
                    (places >= 2 && timed);
        if (!match) continue;
        if (!same_words && np1 >= 2 && c->np >= 2 && people < 2) continue; /* other company */
        if (!same_words && nl1 >= 2 && c->nl >= 2 && places < 2 && people < 2) continue;
        if (nseen < MAXG) seen[nseen++] = c->group;
        int fits = group_fits(s, c->group, article, kind, elo, ehi);
        if (fits < 0) {
            rc = fits;
            break;
        }
        if (!fits) continue;
        int64_t score = same_words * 16 + people * 4 + places * 2 + dated;
        if (score > best_score) best_score = score, best = c->group;
    }
    free(cs);
    if (rc) return rc;
    *sig = report_sig(s, ks, evidence, kind, lo, hi, planned);
    *copy = 0;
    if (!best) {
        const char *args[] = {type};
        if (insert_row(s, "INSERT INTO event_group(type) VALUES (?1)", 1, args, &best) != 0)
            return CT_EDB;
    } else { /* a first report of best has the signature whenever a copy has (uncopy_groups) */
        int64_t same = group_has_sig(s, best, *sig);
        if (same < 0)
            same = count1(s,
                          "SELECT EXISTS (SELECT 1 FROM event WHERE group_id = ?1"
                          " AND sig = ?2 AND copy = 0)",
                          best, *sig);
        if (same < 0) return CT_EDB; /* not known: a copy taken for a first report is wrong */
        *copy = same > 0;
    }
    *group = best;
    return ids_add(&s->groups, &s->ngroups, &s->capgroups, best);
}

/* Stores n (1 to ROWS_MAX) pairs k1[r], k2[r] of event e of type in event_pair; outside a batch,
 * after the held events, e among them (args_flush). */
static int pair_rows(ct_store *s, int64_t e, const char *type, const char *const *k1,
                     const char *const *k2, size_t n)
{
    sqlite3_stmt *st = NULL;
    if ((!s->batch && events_flush(s) != 0) || prep_rows(s, ROWS_EVENT_PAIR, n, &st) != SQLITE_OK)
        return CT_EDB;
    for (size_t r = 0; r < n; r++) {
        int b = 4 * (int)r;
        sqlite3_bind_text(st, b + 1, type, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, b + 2, k1[r], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, b + 3, k2[r], -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, b + 4, e);
    }
    int rc = sqlite3_step(st);
    fin(st);
    return rc == SQLITE_DONE ? 0 : CT_EDB;
}

/* Lists every pair of keys ks (sorted) of event e of type in event_pair, ROWS_MAX a statement:
 * the keys are distinct and e is new, so no row of a statement meets another. */
static int put_pairs(ct_store *s, int64_t e, const char *type, const keyset *ks)
{
    const char *k1[ROWS_MAX], *k2[ROWS_MAX];
    size_t n = 0;
    int rc;
    for (size_t i = 0; i < ks->n; i++) {
        for (size_t j = i + 1; j < ks->n; j++) {
            if (n == ROWS_MAX) {
                if ((rc = pair_rows(s, e, type, k1, k2, n)) != 0) return rc;
                n = 0;
            }
            k1[n] = ks->v[i], k2[n++] = ks->v[j];
            pair_note(s, type, ks->v[i], ks->v[j], e);
        }
    }
    return n ? pair_rows(s, e, type, k1, k2, n) : 0;
}

/* The integer of value i, or 0 when it is none (as jansson's json_integer_value). */
static int64_t rn_int(const rec_tree *t, size_t i)
{
    return i && t->v[i].type == JSON_INTEGER ? t->v[i].i : 0;
}

/* The span of the text a span value sp ([offset, length], or 0) gives: *off and *len, or -1 to
 * both. */
static void span_of(const rec_tree *t, size_t sp, int64_t *off, int64_t *len)
{
    *off = *len = -1;
    if (rn_size(t, sp) == 2) {
        *off = rn_int(t, rn_at(t, sp, 0));
        *len = rn_int(t, rn_at(t, sp, 1));
    }
}

static int put_topics(ct_store *s, int64_t id, const rec_tree *t, size_t topics);

/* The members of an event that put_event() reads: the values of event_keys, then of arg_fields'
 * fields, found in one pass over the event's members (event_fields), where a look-up a field
 * (rn_get) went over them all some twenty times. */
enum {
    EV_TYPE,
    EV_KIND,
    EV_DATE,
    EV_PLACE,
    EV_NAME,
    EV_VENUE,
    EV_HONOR,
    EV_EVIDENCE,
    EV_PLANNED,
    EV_TITLE,
    EV_SPAN,
    EV_TOPICS,
    EV_ARGS, /* arg_fields[f]'s at EV_ARGS + f */
    EV_FIELDS = EV_ARGS + sizeof arg_fields / sizeof arg_fields[0]
};
static const char *const event_keys[EV_ARGS] = {
    "type",  "kind",     "date",    "place", "name", "venue",
    "honor", "evidence", "planned", "title", "span", "topics",
};

/* The field of member key k (EV_TYPE ...), or EV_FIELDS for none. */
static size_t event_field(const char *k)
{
    for (size_t f = 0; f < EV_ARGS; f++) /* the first byte before a call */
        if (k[0] == event_keys[f][0] && strcmp(k, event_keys[f]) == 0) return f;
    for (size_t f = 0; f < EV_FIELDS - EV_ARGS; f++)
        if (k[0] == arg_fields[f].field[0] && strcmp(k, arg_fields[f].field) == 0)
            return EV_ARGS + f;
    return EV_FIELDS;
}

/* The value of each field of event ev (an object) in v (as rn_get(): the last member of a key
 * that repeats, or 0); v[EV_FIELDS] takes the other members. */
static void event_fields(const rec_tree *t, size_t ev, size_t v[EV_FIELDS + 1])
{
    memset(v, 0, (EV_FIELDS + 1) * sizeof *v);
    for (size_t x = rn_first(t, ev); x; x = rn_next(t, ev, x))
        v[event_field(t->v[x].key)] = x;
}

/* Resolves the arguments of an event (values args[f] of arg_fields[f], in order) into a and their
 * keys into ks. */
static int resolve_args(ct_store *s, int64_t article, people_map *m, arg_list *a, keyset *ks,
                        const rec_tree *t, const size_t *args)
{
    int rc;
    for (size_t f = 0; f < sizeof arg_fields / sizeof arg_fields[0]; f++) {
        size_t v = args[f];
        if (rn_str(t, v)) {
            rc = resolve_arg(s, article, m, a, ks, arg_fields[f].role, arg_fields[f].person,
                             rn_str(t, v));
            if (rc) return rc;
        }
        for (size_t x = rn_items(t, v); x; x = rn_next(t, v, x)) {
            rc = resolve_arg(s, article, m, a, ks, arg_fields[f].role, arg_fields[f].person,
                             rn_str(t, x));
            if (rc) return rc;
        }
    }
    return 0;
}

/* Stores event ev (the seq-th of the article's record, canonical text js of jslen bytes):
 * resolves its arguments, finds its group (group_event), then writes the event, its arguments,
 * topics and, unless it is a copy, its pairs. */
static int put_event(ct_store *s, int64_t article, int seq, const rec_tree *t, size_t ev,
                     const char *js, size_t jslen, people_map *m)
{
    size_t v[EV_FIELDS + 1];
    event_fields(t, ev, v);
    const char *type = rn_str(t, v[EV_TYPE]);
    if (!type || !*type) return 0;
    const char *kind = rn_str(t, v[EV_KIND]), *date = rn_str(t, v[EV_DATE]);
    const char *place = rn_str(t, v[EV_PLACE]);
    const char *name = rn_str(t, v[EV_NAME]);
    const char *evidence = rn_str(t, v[EV_EVIDENCE]);
    if (!name) name = rn_str(t, v[EV_VENUE]);
    if (!name) name = rn_str(t, v[EV_HONOR]);
    size_t pl = v[EV_PLANNED];
    int planned = pl && t->v[pl].type == JSON_TRUE;
    char lo[11], hi[11];
    int rc;
    ct_store_date_bounds(date, lo, hi);
    if (!is_place_key(place)) place = NULL;
    if (place && (rc = ensure_place(s, place)) != 0) return rc;
    arg_list args = {0};
    keyset ks = {0};
    int64_t group = 0, sig = 0, id = 0;
    int copy = 0;
    if ((rc = resolve_args(s, article, m, &args, &ks, t, v + EV_ARGS)) != 0) goto done;
    keys_sort(&ks);
    rc = group_event(s, article, type, kind, lo[0] ? lo : NULL, hi[0] ? hi : NULL, planned,
                     evidence, &ks, &group, &sig, &copy);
    if (rc) goto done;
    /* held to go with the article's next events, its id known (next_event_id); else stored
     * now, and the table gives it one */
    if ((s->nevents == ROWS_MAX && (rc = events_flush(s)) != 0) || (rc = next_event_id(s)) != 0)
        goto done;
    held_event *h = &s->events[s->nevents++];
    *h = (held_event){.id = s->next_event,
                      .article = article,
                      .seq = seq,
                      .planned = planned,
                      .copy = copy,
                      .type = type,
                      .kind = kind,
                      .date = date,
                      .place = place,
                      .name = name,
                      .title = rn_str(t, v[EV_TITLE]),
                      .evidence = evidence,
                      .js = js,
                      .jslen = jslen,
                      .group = group,
                      .sig = sig};
    memcpy(h->lo, lo, sizeof lo);
    memcpy(h->hi, hi, sizeof hi);
    span_of(t, v[EV_SPAN], &h->off, &h->len);
    if ((id = h->id) != 0)
        s->next_event = id == INT64_MAX ? 0 : id + 1;
    else if ((rc = events_flush(s)) != 0)
        goto done;
    else
        id = sqlite3_last_insert_rowid(s->db);
    if (!copy) { /* a first report: its group's times and its sentence's reports have it */
        char elo[11], ehi[11];
        eff_bounds(lo[0] ? lo : NULL, hi[0] ? hi : NULL, s->pub_lo[0] ? s->pub_lo : NULL, planned,
                   elo, ehi);
        group_note(s, group, elo, ehi, kind, sig);
        if (evidence) pair_note(s, type, evidence, NULL, id);
    }
    if ((rc = put_arg_rows(s, id, type, &args)) != 0 ||
        (rc = put_topics(s, id, t, v[EV_TOPICS])) != 0)
        goto done;
    rc = copy ? 0 : put_pairs(s, id, type, &ks);
done:
    free(args.v);
    keys_free(&ks);
    return rc;
}

/* Stores the held topics (s->topics) in one statement; outside a batch, after the held events
 * they name (args_flush). */
static int topics_flush(ct_store *s)
{
    int rc = s->batch ? 0 : events_flush(s);
    size_t n = s->ntopics;
    if (rc || !n) return rc;
    s->ntopics = 0;
    sqlite3_stmt *st = NULL;
    if (prep_rows(s, ROWS_EVENT_TOPIC, n, &st) != SQLITE_OK) return CT_EDB;
    for (size_t r = 0; r < n; r++) {
        sqlite3_bind_int64(st, 2 * (int)r + 1, s->topics[r].event);
        sqlite3_bind_text(st, 2 * (int)r + 2, s->topics[r].topic, -1, SQLITE_STATIC);
    }
    rc = sqlite3_step(st);
    fin(st);
    return rc == SQLITE_DONE ? 0 : CT_EDB;
}

/* Holds the topics (an array value, or 0) of event id, storing the held ones whenever ROWS_MAX
 * are. */
static int put_topics(ct_store *s, int64_t id, const rec_tree *t, size_t topics)
{
    for (size_t x = rn_items(t, topics); x; x = rn_next(t, topics, x)) {
        const char *topic = rn_str(t, x);
        if (!topic) continue;
        int rc;
        if (s->ntopics == ROWS_MAX && (rc = topics_flush(s)) != 0) return rc;
        s->topics[s->ntopics++] = (held_topic){id, topic};
    }
    return 0;
}

/* ---- ties ---- */

/* A tie of the put under way, held to go with the next ones in one statement (tie_rows). */
typedef struct {
    const char *a, *b, *kind, *since, *evidence; /* borrowed from the record */
    char lo[11];                                 /* ct_store_date_bounds() of since */
    int64_t off, len;                            /* its span; off < 0: none */
} held_tie;

/* Stores ties h[0..n) (n from 1 to ROWS_MAX) of article in one statement. */
static int tie_rows(ct_store *s, int64_t article, const held_tie *h, size_t n)
{
    sqlite3_stmt *st = NULL;
    if (prep_rows(s, ROWS_TIE, n, &st) != SQLITE_OK) return CT_EDB;
    for (size_t r = 0; r < n; r++, h++) {
        int b = 9 * (int)r;
        sqlite3_bind_int64(st, b + 1, article);
        sqlite3_bind_text(st, b + 2, h->a, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, b + 3, h->b, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, b + 4, h->kind, -1, SQLITE_STATIC);
        bind_text_or_null(st, b + 5, h->since);
        bind_text_or_null(st, b + 6, h->lo[0] ? h->lo : NULL);
        bind_text_or_null(st, b + 7, h->evidence);
        bind_span(st, b + 8, h->off, h->len);
    }
    int rc = sqlite3_step(st);
    fin(st);
    return rc == SQLITE_DONE ? 0 : CT_EDB;
}

/* Reads tie into *h and stores its places; 1 when it is a tie to store, 0 when it is none (not
 * two distinct place keys and a kind), or an error (negative). */
static int read_tie(ct_store *s, const rec_tree *t, size_t tie, held_tie *h)
{
    size_t cities = rn_get(t, tie, "cities");
    const char *a = rn_str(t, rn_at(t, cities, 0));
    const char *b = rn_str(t, rn_at(t, cities, 1));
    const char *kind = rn_strk(t, tie, "kind"), *since = rn_strk(t, tie, "since");
    if (!is_place_key(a) || !is_place_key(b) || !kind || strcmp(a, b) == 0) return 0;
    if (strcmp(a, b) > 0) {
        const char *x = a;
        a = b, b = x;
    }
    int rc;
    if ((rc = ensure_place(s, a)) != 0 || (rc = ensure_place(s, b)) != 0) return rc;
    char hi[11];
    ct_store_date_bounds(since, h->lo, hi);
    h->a = a, h->b = b, h->kind = kind, h->since = since;
    h->evidence = rn_strk(t, tie, "evidence");
    span_of(t, rn_get(t, tie, "span"), &h->off, &h->len);
    return 1;
}

/* Stores the ties of list in the record of article, in order, ROWS_MAX a statement. */
static int put_ties(ct_store *s, int64_t article, const rec_tree *t, size_t list)
{
    held_tie h[ROWS_MAX];
    size_t n = 0;
    int rc;
    for (size_t v = rn_items(t, list); v; v = rn_next(t, list, v)) {
        if (t->v[v].type != JSON_OBJECT) continue;
        if (n == ROWS_MAX) {
            if ((rc = tie_rows(s, article, h, n)) != 0) return rc;
            n = 0;
        }
        if ((rc = read_tie(s, t, v, &h[n])) < 0) return rc;
        n += (size_t)rc;
    }
    return n ? tie_rows(s, article, h, n) : 0;
}

/* ---- articles ---- */

static int gc(ct_store *s)
{
    return exec(s, "DELETE FROM event_group WHERE NOT EXISTS"
                   " (SELECT 1 FROM event e WHERE e.group_id = event_group.id);"
                   "DELETE FROM person WHERE NOT EXISTS"
                   " (SELECT 1 FROM person_mention m WHERE m.person_id = person.id);"
                   "DELETE FROM org WHERE NOT EXISTS"
                   " (SELECT 1 FROM article_org a WHERE a.org_id = org.id)"
                   " AND NOT EXISTS (SELECT 1 FROM event_arg a WHERE a.org_id = org.id);"
                   "DELETE FROM place WHERE"
                   " NOT EXISTS (SELECT 1 FROM article_place x WHERE x.place_key = place.key)"
                   " AND NOT EXISTS (SELECT 1 FROM tie t WHERE t.a = place.key OR t.b = place.key)"
                   " AND NOT EXISTS (SELECT 1 FROM event_arg x WHERE x.place_key = place.key)"
                   " AND NOT EXISTS (SELECT 1 FROM event e WHERE e.place = place.key)"
                   " AND NOT EXISTS (SELECT 1 FROM place_alias x WHERE x.place_key = place.key);");
}

/* Removes stored article id and its facts (in the open transaction): the index first takes
 * the articles still waiting for it, so the delete trigger finds this one's terms. The facts go
 * by name, the rows that the ON DELETE CASCADE keys would remove, since a batch runs without
 * foreign key checks (ct_store_begin). */
static int drop_article(ct_store *s, int64_t id)
{
    static const char *const facts[] = {
        "DELETE FROM event_arg WHERE event_id IN (SELECT id FROM event WHERE article_id = ?1)",
        "DELETE FROM event_topic WHERE event_id IN (SELECT id FROM event WHERE article_id = ?1)",
        "DELETE FROM event_pair WHERE event_id IN (SELECT id FROM event WHERE article_id = ?1)",
        "DELETE FROM event WHERE article_id = ?1",
        "DELETE FROM person_mention WHERE article_id = ?1",
        "DELETE FROM article_place WHERE article_id = ?1",
        "DELETE FROM article_org WHERE article_id = ?1",
        "DELETE FROM place_alias WHERE article_id = ?1",
        "DELETE FROM tie WHERE article_id = ?1",
        "DELETE FROM article WHERE id = ?1",
    };
    named_forget(s); /* gc() drops places no longer used, uncopy_groups() lists pairs */
    if (fts_flush(s) != 0 || uncopy_groups(s, id) != 0) return CT_EDB;
    for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++)
        if (step2(s, facts[i], id, 0) != 0) return CT_EDB;
    return gc(s) == 0 ? fts_mark(s) : CT_EDB;
}

/* Whether the record lists place key k. */
static int record_has_place(const rec_tree *t, size_t places, const char *k)
{
    for (size_t v = rn_items(t, places); v; v = rn_next(t, places, v)) {
        const char *x = rn_str(t, v);
        if (x && strcmp(x, k) == 0) return 1;
    }
    return 0;
}

/* One written form of a place found in the text being stored. */
typedef struct {
    const char *key;  /* the place key (the gazetteer's string, stable) */
    const char *form; /* the form, in the text */
    size_t off, len;  /* where */
} name_hit;

static int same_form(const name_hit *x, const name_hit *y)
{
    return strcmp(x->key, y->key) == 0 && x->len == y->len && memcmp(x->form, y->form, x->len) == 0;
}

/* By place key, then written form, then position. */
static int cmp_hit(const void *a, const void *b)
{
    const name_hit *x = a, *y = b;
    int d = strcmp(x->key, y->key);
    if (d) return d;
    d = memcmp(x->form, y->form, x->len < y->len ? x->len : y->len);
    if (d) return d;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return (x->off > y->off) - (x->off < y->off);
}

/* Stores the forms found (sorted by cmp_hit): one place_alias row per place and form with how
 * often it occurs. Its forms are distinct, so while the article has no place_alias row (as a put
 * of a new article id always finds) no row can meet another, and they go ROWS_MAX a statement;
 * else one a statement, each added to the row it meets (ON CONFLICT, which may abort, so that a
 * statement of several rows would keep a statement journal). */
static int store_place_names(ct_store *s, int64_t article, const name_hit *hits, size_t n)
{
    sqlite3_stmt *st = NULL;
    if (!n) return 0;
    if (prep_bound(s, "SELECT EXISTS (SELECT 1 FROM place_alias WHERE article_id = ?1)", &st) !=
        SQLITE_OK)
        return CT_EDB;
    sqlite3_bind_int64(st, 1, article);
    int step = sqlite3_step(st), meets = step == SQLITE_ROW && sqlite3_column_int(st, 0);
    fin(st);
    if (step != SQLITE_ROW) return CT_EDB;
    size_t first[ROWS_MAX], count[ROWS_MAX], rows = 0; /* a row: a form's first hit, its hits */
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && same_form(&hits[i], &hits[j]); j++)
            ;
        first[rows] = i, count[rows++] = j - i;
        if (rows < ROWS_MAX && j < n && !meets) continue;
        if (meets) {
            if (prep_bound(s,
                           "INSERT INTO place_alias(place_key, article_id, name, n) VALUES"
                           " (?1, ?2, ?3, ?4) ON CONFLICT DO UPDATE SET n = n + excluded.n",
                           &st) != SQLITE_OK)
                return CT_EDB;
        } else if (prep_rows(s, ROWS_PLACE_ALIAS, rows, &st) != SQLITE_OK) {
            return CT_EDB;
        }
        for (size_t r = 0; r < rows; r++) {
            const name_hit *h = &hits[first[r]];
            int b = 4 * (int)r;
            sqlite3_bind_text(st, b + 1, h->key, -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, b + 2, article);
            sqlite3_bind_text(st, b + 3, h->form, (int)h->len, SQLITE_STATIC);
            sqlite3_bind_int64(st, b + 4, (int64_t)count[r]);
        }
        int rc = sqlite3_step(st);
        fin(st);
        if (rc != SQLITE_DONE) return CT_EDB;
        rows = 0;
    }
    return 0;
}

/* The first occurrence of place key k among hits (sorted by cmp_hit): 1 and *off, *len, or 0. */
static int first_hit(const name_hit *hits, size_t n, const char *k, int64_t *off, int64_t *len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) { /* the first hit of k or after it */
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(hits[mid].key, k) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    int found = 0;
    for (size_t i = lo; i < n && strcmp(hits[i].key, k) == 0; i++) {
        if (!found || (int64_t)hits[i].off < *off)
            *off = (int64_t)hits[i].off, *len = (int64_t)hits[i].len;
        found = 1;
    }
    return found;
}

/* The slot of run p (len bytes, ct_mem_hash() h): the one holding it
 * (*found = 1), or else the free one where it would go (*found = 0); there is always one, as the
 * table is never full. */
static size_t runs_seen_find(const runs_seen *t, const char *p, size_t len, uint64_t h, int *found)
{
    size_t i = (size_t)(h >> 55) % SEEN_SLOTS;
    while (t->v[i].p && !(t->v[i].len == len && memcmp(t->v[i].p, p, len) == 0))
        i = (i + 1) % SEEN_SLOTS;
    *found = t->v[i].p != NULL;
    return i;
}

/* The bytes of the eight of w that are a capital A-Z or not ASCII, the ones find_place_names()
 * looks at: bit 7 of each set, the others clear. Each byte's sums stay below 0x100, so no carry
 * crosses into the next byte, and the mask is exact byte by byte. */
static uint64_t name_start_bytes(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80, x = w & (ones * 0x7f);
    uint64_t upper = (x + ones * (0x80 - 'A')) & ~(x + ones * (0x80 - 'Z' - 1)) & high;
    return (upper | w) & high;
}

/* Empties t, which runs_seen_find() and find_place_names() filled. */
static void runs_seen_clear(runs_seen *t)
{
    for (size_t i = 0; i < t->n; i++)
        t->v[t->taken[i]].p = NULL;
    t->n = 0;
}

/* The keys of the gazetteer's entries for the run p[0..n) of ct_mem_hash() h (at most RUN_KEYS, as
 * ct_gaz_lookup() of its ct_key() gives them), in *keys, pointing into s->answers or into
 * room; returns how many. */
static size_t run_keys(ct_store *s, const char *p, size_t n, uint64_t h, const char *room[RUN_KEYS],
                       const char *const **keys)
{
    run_answer *a = NULL;
    if (n <= RUN_BYTES && (s->answers || (s->answers = calloc(RUN_SLOTS, sizeof *s->answers)))) {
        a = &s->answers[h % RUN_SLOTS];
        if (a->len == n && a->hash == h && memcmp(a->run, p, n) == 0) {
            *keys = a->key;
            return a->n;
        }
    }
    char key[RUN_KEY_MAX];
    ct_gaz_entry e[RUN_KEYS];
    ct_key(key, sizeof key, p, n);
    size_t m = ct_gaz_lookup(s->gaz, key, e, RUN_KEYS);
    for (size_t c = 0; c < m; c++)
        room[c] = e[c].key;
    *keys = room;
    if (a) {
        a->hash = h, a->len = (uint8_t)n, a->n = (uint8_t)m;
        memcpy(a->run, p, n);
        memcpy(a->key, room, m * sizeof *room);
        *keys = a->key;
    }
    return m;
}

/* Learns how the article writes the names of the record's places: every run of one to three
 * capitalized words (joined by a space or a hyphen) whose key the gazetteer knows as one of
 * those places counts as a written form. Longest run first at each position. */
static int find_place_names(ct_store *s, const char *text, size_t len, const rec_tree *t,
                            size_t places, name_hit **out, size_t *nout)
{
    *out = NULL, *nout = 0;
    if (!s->gaz || !rn_size(t, places) || !text) return 0;
    enum { MAXW = 3 };
    name_hit *hits = NULL;
    size_t nh = 0, caph = 0;
    runs_seen *seen = &s->seen;
    size_t i = 0;
    while (i < len) {
        if (len - i >= 8) { /* eight bytes at a time while none of them can start a name */
            uint64_t b8;
            memcpy(&b8, text + i, 8);
            uint64_t m = name_start_bytes(b8);
            if (!m) {
                i += 8;
                continue;
            }
            /* on to the first of them (the lowest in memory) where GCC's ctz and the byte order
             * allow; elsewhere the byte loop below steps there */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            i += (size_t)__builtin_ctzll(m) / 8;
#endif
        }
        unsigned char b0 = (unsigned char)text[i];
        if (b0 < 0x80 && !(b0 >= 'A' && b0 <= 'Z')) { /* ASCII, not a capital: starts no name */
            i++;
            continue;
        }
        int32_t cp;
        size_t n = ct_utf8_decode(text + i, len - i, &cp);
        int at_word = ct_cp_is_upper(cp);
        if (at_word && i > 0) { /* the previous character must not be a letter */
            size_t b = i - 1;
            while (b > 0 && ((unsigned char)text[b] & 0xC0) == 0x80)
                b--;
            int32_t prev;
            ct_utf8_decode(text + b, i - b, &prev);
            at_word = !ct_cp_is_alpha(prev);
        }
        if (!at_word) {
            i += n;
            continue;
        }
        /* the ends of up to MAXW capitalized words from i, and whether the run to each has a
         * small ASCII letter (an all-capitals run is a headline or an acronym, not a name) */
        size_t ends[MAXW], nw = 0, j = i;
        int lower[MAXW], low = 0;
        while (nw < MAXW && j < len) {
            n = ct_utf8_decode(text + j, len - j, &cp);
            if (!ct_cp_is_upper(cp)) break;
            while (j < len) {
                /* ASCII letters without decoding (a small one once is enough), then the end of
                 * the word or a letter past ASCII */
                size_t k = ct_ascii_letter_run(text + j, len - j);
                for (size_t c = j; c < j + k && !low; c++)
                    low = text[c] >= 'a';
                j += k;
                if (j == len || (unsigned char)text[j] < 0x80) break;
                n = ct_utf8_decode(text + j, len - j, &cp);
                if (!ct_cp_is_alpha(cp)) break;
                j += n;
            }
            lower[nw] = low, ends[nw++] = j;
            if (j + 1 >= len || (text[j] != ' ' && text[j] != '-')) break;
            j++;
        }
        size_t next = nw ? ends[0] : i + 1;
        for (size_t w = nw; w-- > 0;) {
            size_t wl = ends[w] - i;
            if (wl >= RUN_KEY_MAX || !lower[w]) continue;
            /* the run's slots (in-process only: a slot is taken for its bytes, never its hash) */
            uint64_t h = ct_mem_hash(text + i, wl);
            int found;
            size_t at = runs_seen_find(seen, text + i, wl, h, &found);
            const char *hit = NULL;
            if (found) {
                hit = seen->v[at].hit;
            } else {
                const char *room[RUN_KEYS], *const *keys;
                size_t m = run_keys(s, text + i, wl, h, room, &keys);
                for (size_t c = 0; c < m && !hit; c++)
                    if (record_has_place(t, places, keys[c])) hit = keys[c];
                if (seen->n < SEEN_MAX) {
                    seen->v[at].p = text + i, seen->v[at].len = wl, seen->v[at].hit = hit;
                    seen->taken[seen->n++] = (uint16_t)at;
                }
            }
            if (!hit) continue;
            if (nh == caph) {
                size_t c = caph ? caph * 2 : 32;
                name_hit *x = realloc(hits, c * sizeof *x);
                if (!x) {
                    free(hits);
                    runs_seen_clear(seen);
                    return CT_ENOMEM;
                }
                hits = x, caph = c;
            }
            hits[nh++] = (name_hit){hit, text + i, i, wl};
            next = ends[w];
            break;
        }
        i = next;
    }
    runs_seen_clear(seen);
    if (nh) qsort(hits, nh, sizeof *hits, cmp_hit);
    *out = hits, *nout = nh;
    return 0;
}

/* ---- reading the record ---- */

/* Records come from the extractor: JSON objects of strings, integers, booleans, arrays and
 * objects. rec_read() reads that common shape in one pass over a copy of the text, decoding and
 * terminating its strings in place, into the nodes of a rec_tree (no allocation per value, as a
 * jansson tree took, nor a free per value after). On anything else - a \u escape, a number with
 * a fraction or an exponent or of more than 18 digits, a leading zero, a control character,
 * bytes that are not UTF-8, nesting deeper than READ_DEPTH, any syntax error - it gives up and
 * json_loads() reads the record instead (and decides what is an error), and the nodes are made
 * from its tree: the values are always the ones json_loads() gives. */

enum { READ_DEPTH = 64 };

/* JSON's short escapes: \ and the character of json_esc_names, for the one in json_esc_chars at
 * the same index. */
static const char json_esc_names[] = "\"\\/bfnrt", json_esc_chars[] = "\"\\/\b\f\n\r\t";

typedef struct {
    char *p;         /* the cursor, in t->text */
    const char *end; /* the end of t->text (its NUL) */
    const char *src; /* the caller's record, of which t->text is a copy (never written) */
    rec_tree *t;     /* the nodes made so far */
    int fail;        /* 1: not the common shape (or out of memory): json_loads() decides */
} rec_reader;

/* Advances r past JSON white space. */
static void rd_ws(rec_reader *r)
{
    while (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t')
        r->p++;
}

/* The string at the cursor ('"'), decoded where it lies (an escape is longer than the byte it
 * stands for) and NUL-terminated over its closing quote at the latest: *s and *len. Returns 1
 * when it held no escape: no byte of it needs one then, since a control character fails the
 * read, a quote ends the string and a backslash escapes. */
static int rd_string(rec_reader *r, const char **s, size_t *len)
{
    char *p = ++r->p;
    size_t n = 0, esc = 0;
    for (;;) { /* measure and check */
        /* eight bytes at a time while none ends the string, escapes or is UTF-8 */
        if (r->end - (p + n) >= 8) {
            uint64_t w, m;
            memcpy(&w, p + n, 8);
            if (!(m = ct_buf_json_stops8(w))) {
                n += 8;
                continue;
            }
            /* on to the first of them (the lowest in memory) where GCC's ctz and the byte order
             * allow; elsewhere the byte loop below steps there */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            n += (size_t)__builtin_ctzll(m) / 8;
#endif
        }
        unsigned char c = (unsigned char)p[n];
        if (c == '"') break;
        if (c < 0x20) goto fail;
        if (c == '\\') {
            if (!p[n + 1] || !strchr(json_esc_names, p[n + 1])) goto fail; /* \u: jansson's */
            n += 2, esc++;
        } else if (c >= 0x80) { /* well-formed UTF-8, as jansson requires (ct_utf8_decode) */
            int32_t cp;
            size_t k = ct_utf8_decode(p + n, (size_t)(r->end - (p + n)), &cp);
            if (k < 2) goto fail;
            n += k;
        } else {
            n++;
        }
    }
    r->p = p + n + 1;
    size_t w = n;
    if (esc) {
        w = 0;
        for (size_t i = 0; i < n; i++) {
            char c = p[i];
            if (c == '\\') c = json_esc_chars[strchr(json_esc_names, p[++i]) - json_esc_names];
            p[w++] = c;
        }
    }
    p[w] = 0;
    *s = p, *len = w;
    return !esc;
fail:
    r->fail = 1;
    *s = "", *len = 0;
    return 0;
}

/* May c follow a JSON literal or number (a delimiter or white space)? */
static int rd_delim(char c)
{
    return c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* A new node of t of type (its other fields zero), or (size_t)-1 when out of memory. */
static size_t rn_add(rec_tree *t, json_type type)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        rec_node *v = realloc(t->v, cap * sizeof *v);
        if (!v) return (size_t)-1;
        t->v = v, t->cap = cap;
    }
    t->v[t->n] = (rec_node){.type = type};
    return t->n++;
}

/* Reads the value at the cursor into a new node (its members after it) whose key is key (klen
 * bytes, or NULL; kplain: it held no escape); on failure sets r->fail. A string without an
 * escape, an integer but -0 (written 0), a literal, and an array of such values with no white
 * space in it are their own canonical text: the node's canon points at it in r->src. (An
 * object's keys are mostly out of order: not tried.) */
static void rd_value(rec_reader *r, int depth, const char *key, size_t klen, int kplain)
{
    char *p = r->p;
    const char *src = r->src + (p - r->t->text);
    size_t at = (size_t)-1;
    if (depth > READ_DEPTH) goto fail;
    if (*p == '{' || *p == '[') {
        int obj = *p == '{';
        char close = obj ? '}' : ']';
        if ((at = rn_add(r->t, obj ? JSON_OBJECT : JSON_ARRAY)) == (size_t)-1) goto fail;
        r->t->v[at].key = key, r->t->v[at].klen = klen, r->t->v[at].kplain = kplain;
        r->p++;
        rd_ws(r);
        size_t n = 0, verbatim = obj ? 0 : 2; /* an array's canonical bytes, while known */
        if (*r->p != close) {
            for (;; n++) {
                const char *k = NULL;
                size_t kl = 0;
                int kp = 0;
                if (obj) {
                    if (*r->p != '"') goto fail;
                    kp = rd_string(r, &k, &kl);
                    if (r->fail) goto fail;
                    rd_ws(r);
                    if (*r->p != ':') goto fail;
                    r->p++;
                    rd_ws(r);
                }
                size_t e = r->t->n;
                rd_value(r, depth + 1, k, kl, kp);
                if (r->fail) goto fail;
                if (verbatim) /* with a comma before all but the first */
                    verbatim = r->t->v[e].canon ? verbatim + r->t->v[e].clen + (n > 0) : 0;
                rd_ws(r);
                if (*r->p == close) break;
                if (*r->p != ',') goto fail;
                r->p++;
                rd_ws(r);
            }
            n++;
        }
        r->p++;
        r->t->v[at].len = n;
        r->t->v[at].end = r->t->n;
        /* every element its own canonical text, and no white space around any */
        if (verbatim == (size_t)(r->p - p)) r->t->v[at].canon = src, r->t->v[at].clen = verbatim;
        return;
    }
    if (*p == '"') {
        const char *str;
        size_t len;
        int plain = rd_string(r, &str, &len);
        if (r->fail || (at = rn_add(r->t, JSON_STRING)) == (size_t)-1) goto fail;
        r->t->v[at].str = str, r->t->v[at].len = len;
        if (plain) r->t->v[at].canon = src, r->t->v[at].clen = len + 2;
    } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
        size_t i = *p == '-', d = 0;
        json_int_t x = 0;
        while (p[i + d] >= '0' && p[i + d] <= '9')
            d++;
        if (!d || d > 18 || (p[i] == '0' && d > 1) || !rd_delim(p[i + d])) goto fail;
        for (size_t k = 0; k < d; k++)
            x = x * 10 + (p[i + k] - '0');
        r->p = p + i + d;
        if ((at = rn_add(r->t, JSON_INTEGER)) == (size_t)-1) goto fail;
        r->t->v[at].i = *p == '-' ? -x : x;
        if (x || *p != '-') r->t->v[at].canon = src, r->t->v[at].clen = i + d;
    } else {
        static const char *const words[] = {"true", "false", "null"};
        static const json_type types[] = {JSON_TRUE, JSON_FALSE, JSON_NULL};
        size_t w = 0;
        while (w < 3 &&
               !(strncmp(p, words[w], strlen(words[w])) == 0 && rd_delim(p[strlen(words[w])])))
            w++;
        if (w == 3 || (at = rn_add(r->t, types[w])) == (size_t)-1) goto fail;
        r->p = p + strlen(words[w]);
        r->t->v[at].canon = src, r->t->v[at].clen = strlen(words[w]);
    }
    r->t->v[at].key = key, r->t->v[at].klen = klen, r->t->v[at].kplain = kplain;
    r->t->v[at].end = at + 1;
    return;
fail:
    r->fail = 1;
}

/* Adds the nodes of jansson value v (member key of klen bytes, or NULL) to t; -1 when out of
 * memory. The nodes point into v. */
static int rn_from_json(rec_tree *t, json_t *v, const char *key, size_t klen)
{
    size_t at = rn_add(t, json_typeof(v));
    if (at == (size_t)-1) return -1;
    t->v[at].key = key, t->v[at].klen = klen;
    switch (json_typeof(v)) {
    case JSON_OBJECT:
        t->v[at].len = json_object_size(v);
        for (void *it = json_object_iter(v); it; it = json_object_iter_next(v, it))
            if (rn_from_json(t, json_object_iter_value(it), json_object_iter_key(it),
                             json_object_iter_key_len(it)) != 0)
                return -1;
        break;
    case JSON_ARRAY:
        t->v[at].len = json_array_size(v);
        for (size_t i = 0; i < json_array_size(v); i++)
            if (rn_from_json(t, json_array_get(v, i), NULL, 0) != 0) return -1;
        break;
    case JSON_STRING:
        t->v[at].str = json_string_value(v), t->v[at].len = json_string_length(v);
        break;
    case JSON_INTEGER:
        t->v[at].i = json_integer_value(v);
        break;
    case JSON_REAL:
        t->v[at].real = v;
        break;
    default:
        break;
    }
    t->v[at].end = t->n;
    return 0;
}

/* Frees t's memory. */
static void rec_free(rec_tree *t)
{
    free(t->v);
    free(t->text);
    json_decref(t->jt);
}

/* Reads record json into t (zeroed), as json_loads(json, 0, ...) reads it: 0, CT_EJSON when
 * that fails or the record is no object, or CT_ENOMEM (t is the caller's to free either way). */
static int rec_read(const char *json, rec_tree *t)
{
    size_t n = strlen(json);
    if (!(t->text = malloc(n + 1))) return CT_ENOMEM;
    memcpy(t->text, json, n + 1);
    rec_reader r = {t->text, t->text + n, json, t, 0};
    rd_ws(&r);
    if (*r.p == '{') {
        rd_value(&r, 1, NULL, 0, 0);
        rd_ws(&r);
        if (!r.fail && !*r.p) return 0;
    }
    t->n = 0;
    json_error_t jerr;
    if (!(t->jt = json_loads(json, 0, &jerr)) || !json_is_object(t->jt)) return CT_EJSON;
    return rn_from_json(t, t->jt, NULL, 0) == 0 ? 0 : CT_ENOMEM;
}

/* ---- the record as stored ---- */

/* The canonical text of a record: exactly what json_dumps(rec, JSON_COMPACT | JSON_SORT_KEYS)
 * gives (keys in bytewise order, no spaces, strings escaped as jansson escapes them: \" \\ \b
 * \f \n \r \t, other control characters as \u00XX, everything else as it is), written in one
 * pass instead of through jansson's per-piece callbacks. It also notes where each element of
 * one array (the record's events) lies in the text: a nested dump reads the same as a dump of
 * its own, so an event's canonical text is a slice of the record's, not a second dump. */
typedef struct {
    char *p; /* malloc'd; NUL-terminated after canon_record() */
    size_t n, cap;
    size_t mark; /* the node of the array whose elements are noted, or 0 */
    size_t *at;  /* element i of mark spans [at[2i], at[2i + 1]) of p */
    int err;     /* 1: out of memory, or the text would pass CANON_MAX */
} canon;

#define CANON_MAX ((size_t)1 << 30) /* records come from documents of at most 16 MB */

/* Room for n more bytes after c's text, growing it up to CANON_MAX: where they go, or NULL
 * (c->err set) when it cannot. The writer fills them and adds what it wrote to c->n. */
static char *canon_room(canon *c, size_t n)
{
    if (c->err) return NULL;
    if (c->cap - c->n <= n) {
        size_t cap = c->cap ? c->cap : 4096;
        while (cap - c->n <= n && cap < CANON_MAX)
            cap *= 2;
        char *x = cap - c->n > n ? realloc(c->p, cap) : NULL;
        if (!x) {
            c->err = 1;
            return NULL;
        }
        c->p = x, c->cap = cap;
    }
    return c->p + c->n;
}

/* Appends p[0..n) to c's text. */
static void canon_put(canon *c, const char *p, size_t n)
{
    char *w = canon_room(c, n);
    if (w) memcpy(w, p, n), c->n += n;
}

/* Appends the byte ch to c's text. */
static void canon_putc(canon *c, char ch)
{
    char *w = canon_room(c, 1);
    if (w) *w = ch, c->n++;
}

/* Writes p[0..n) as a JSON string: runs that need no escape are copied whole, into room for
 * the longest it can be (every byte as \u00XX) taken once. */
static void canon_str(canon *c, const char *p, size_t n)
{
    char *w = canon_room(c, 6 * n + 2), *o = w;
    if (!w) return;
    *o++ = '"';
    size_t run = 0, i = 0;
    while (i < n) {
        /* eight bytes at a time while none needs an escape: a stop past ASCII is copied as it
         * is, as a byte of UTF-8 */
        uint64_t x;
        if (n - i >= 8 && (memcpy(&x, p + i, 8), !(ct_buf_json_stops8(x) & ~x))) {
            i += 8;
            continue;
        }
        unsigned char ch = (unsigned char)p[i++];
        if (ch >= 0x20 && ch != '"' && ch != '\\') continue;
        memcpy(o, p + run, i - 1 - run);
        o += i - 1 - run;
        run = i;
        /* \" \\ and the short escapes of control characters, else \u00XX */
        const char *e = ch ? strchr(json_esc_chars, ch) : NULL;
        *o++ = '\\';
        if (e) {
            *o++ = json_esc_names[e - json_esc_chars];
        } else {
            static const char hex[] = "0123456789ABCDEF";
            memcpy(o, "u00", 3);
            o[3] = hex[ch >> 4], o[4] = hex[ch & 15];
            o += 5;
        }
    }
    memcpy(o, p + run, n - run);
    o += n - run;
    *o++ = '"';
    c->n += (size_t)(o - w);
}

/* jansson's key order, of the members x and y of a record's object: bytewise over the shorter
 * length, then the shorter first. */
static int cmp_key(const rec_node *x, const rec_node *y)
{
    if (x->klen && y->klen && x->key[0] != y->key[0]) /* without a call: most differ there */
        return (unsigned char)x->key[0] - (unsigned char)y->key[0];
    int d = memcmp(x->key, y->key, x->klen < y->klen ? x->klen : y->klen);
    if (d) return d;
    return (x->klen > y->klen) - (x->klen < y->klen);
}

/* Writes node i of t as json_dumps(value, JSON_COMPACT | JSON_SORT_KEYS) would. */
static void canon_value(canon *c, const rec_tree *t, size_t i)
{
    const rec_node *v = &t->v[i];
    char num[24];
    if (v->canon) { /* an array so copied holds no object, so no event whose slice is noted */
        canon_put(c, v->canon, v->clen);
        return;
    }
    switch (v->type) {
    case JSON_OBJECT: {
        enum { SMALL = 32 };
        size_t small[SMALL], *m = small, n = 0;
        if (v->len > SMALL && !(m = malloc(v->len * sizeof *m))) {
            c->err = 1;
            return;
        }
        /* the members in key order; of a repeated key, its members in document order. A member
         * whose key is met before stops at the last of them, its equal, so repeats is set
         * exactly when some key is. */
        int repeats = 0;
        for (size_t x = rn_first(t, i); x && n < v->len; x = rn_next(t, i, x), n++) {
            size_t k = n;
            int d = 1;
            for (; k > 0 && (d = cmp_key(&t->v[m[k - 1]], &t->v[x])) > 0; k--)
                m[k] = m[k - 1];
            repeats |= k > 0 && d == 0;
            m[k] = x;
        }
        canon_putc(c, '{');
        for (size_t k = 0, first = 1; k < n; k++) {
            if (repeats && k + 1 < n && cmp_key(&t->v[m[k]], &t->v[m[k + 1]]) == 0)
                continue; /* the last */
            if (!first) canon_putc(c, ',');
            first = 0;
            const rec_node *x = &t->v[m[k]];
            char *w = x->kplain ? canon_room(c, x->klen + 3) : NULL;
            if (w) { /* nothing to escape: quoted as it is */
                w[0] = '"', memcpy(w + 1, x->key, x->klen), memcpy(w + 1 + x->klen, "\":", 2);
                c->n += x->klen + 3;
            } else {
                canon_str(c, x->key, x->klen);
                canon_putc(c, ':');
            }
            canon_value(c, t, m[k]);
        }
        canon_putc(c, '}');
        if (m != small) free(m);
        break;
    }
    case JSON_ARRAY: {
        canon_putc(c, '[');
        size_t k = 0;
        for (size_t x = rn_first(t, i); x; x = rn_next(t, i, x), k++) {
            if (k) canon_putc(c, ',');
            if (i == c->mark) c->at[2 * k] = c->n;
            canon_value(c, t, x);
            if (i == c->mark) c->at[2 * k + 1] = c->n;
        }
        canon_putc(c, ']');
        break;
    }
    case JSON_STRING: /* one with an escape, or of json_loads() */
        canon_str(c, v->str, v->len);
        break;
    case JSON_INTEGER:
        canon_put(c, num, int_text(num, v->i));
        break;
    case JSON_REAL: { /* none in a record today: jansson's own formatting */
        char *r = json_dumps(v->real, JSON_COMPACT | JSON_ENCODE_ANY);
        if (r) canon_put(c, r, strlen(r));
        c->err |= !r;
        free(r);
        break;
    }
    case JSON_TRUE:
        canon_put(c, "true", 4);
        break;
    case JSON_FALSE:
        canon_put(c, "false", 5);
        break;
    case JSON_NULL:
        canon_put(c, "null", 4);
        break;
    }
}

/* Writes the canonical text of record t into c (zeroed), noting the slices of the elements of
 * its "events". Returns 0, or CT_ENOMEM (c is then the caller's to free all the same). */
static int canon_record(canon *c, const rec_tree *t)
{
    size_t events = rn_get(t, 0, "events");
    size_t n = rn_size(t, events);
    if (n && !(c->at = calloc(2 * n, sizeof *c->at))) return CT_ENOMEM;
    c->mark = n ? events : 0;
    canon_value(c, t, 0);
    canon_put(c, "", 1); /* the terminating NUL */
    if (c->err) return CT_ENOMEM;
    c->n--;
    return 0;
}

/* Frees c's buffers. */
static void canon_free(canon *c)
{
    free(c->p);
    free(c->at);
}

/* Stores the article_place rows of the n place keys (1 to ROWS_MAX, stored already), in
 * order, each with the span of its first written form among hits. */
static int put_article_places(ct_store *s, int64_t article, const char *const *keys, size_t n,
                              const name_hit *hits, size_t nh)
{
    sqlite3_stmt *st = NULL;
    if (prep_rows(s, ROWS_ARTICLE_PLACE, n, &st) != SQLITE_OK) return CT_EDB;
    for (size_t r = 0; r < n; r++) {
        int64_t off, len;
        int b = 4 * (int)r;
        sqlite3_bind_int64(st, b + 1, article);
        sqlite3_bind_text(st, b + 2, keys[r], -1, SQLITE_STATIC);
        int hit = first_hit(hits, nh, keys[r], &off, &len);
        bind_span(st, b + 3, hit ? off : -1, hit ? len : 0);
    }
    int rc = sqlite3_step(st);
    fin(st);
    return rc == SQLITE_DONE ? 0 : CT_EDB;
}

/* Stores the facts of record t (canonical text c) of article. */
static int put_facts(ct_store *s, int64_t article, const rec_tree *t, const canon *c,
                     const name_hit *hits, size_t nh)
{
    int rc = 0;
    people_map m = {0};
    size_t list = rn_get(t, 0, "places");
    const char *keys[ROWS_MAX]; /* places stored, their article_place rows not yet */
    size_t nk = 0;
    for (size_t v = rn_items(t, list);; v = rn_next(t, list, v)) {
        const char *key = v ? rn_str(t, v) : NULL;
        if (is_place_key(key)) {
            if ((rc = ensure_place(s, key)) != 0) goto done;
            keys[nk++] = key;
        }
        if (nk == ROWS_MAX || (!v && nk)) {
            if ((rc = put_article_places(s, article, keys, nk, hits, nh)) != 0) goto done;
            nk = 0;
        }
        if (!v) break;
    }
    list = rn_get(t, 0, "organizations");
    for (size_t v = rn_items(t, list); v; v = rn_next(t, list, v)) {
        const char *name = rn_str(t, v);
        int64_t oid;
        if (!name) continue;
        if ((rc = ensure_org(s, name, &oid)) == CT_EARG) { /* no letters: no organisation */
            rc = 0;
            continue;
        }
        if (rc) goto done;
        /* the organisation's first span: a later name of the same organisation in this
         * article fills it only when an earlier one was not found in the text */
        int64_t off = first_offset(s, name);
        sqlite3_stmt *st = NULL;
        if (prep(s,
                 "INSERT INTO article_org(article_id, org_id, off, len) VALUES (?1, ?2, ?3, ?4)"
                 " ON CONFLICT DO UPDATE SET off = excluded.off, len = excluded.len"
                 " WHERE article_org.off IS NULL AND excluded.off IS NOT NULL",
                 &st) != SQLITE_OK) {
            rc = CT_EDB;
            goto done;
        }
        sqlite3_bind_int64(st, 1, article);
        sqlite3_bind_int64(st, 2, oid);
        if (off >= 0)
            sqlite3_bind_int64(st, 3, off), sqlite3_bind_int64(st, 4, (int64_t)strlen(name));
        int stored = sqlite3_step(st) == SQLITE_DONE;
        fin(st);
        if (!stored) {
            rc = CT_EDB;
            goto done;
        }
    }
    if ((rc = put_people(s, article, t, rn_get(t, 0, "people"), &m)) != 0) goto done;
    list = rn_get(t, 0, "events");
    size_t i = 0;
    for (size_t v = rn_items(t, list); v; v = rn_next(t, list, v), i++) {
        if (t->v[v].type != JSON_OBJECT) continue;
        const char *js = c->p + c->at[2 * i];
        if ((rc = put_event(s, article, (int)i, t, v, js, c->at[2 * i + 1] - c->at[2 * i], &m)) !=
            0)
            goto done;
    }
    if ((rc = put_ties(s, article, t, rn_get(t, 0, "ties"))) != 0 || (rc = events_flush(s)) != 0 ||
        (rc = args_flush(s)) != 0 || (rc = topics_flush(s)) != 0)
        goto done;
    rc = mentions_flush(s);
done:
    map_free(&m);
    return rc;
}

int ct_store_put_article(ct_store *s, const ct_article *a, const char *record_json)
{
    if (!s || !a || !a->id || !*a->id || !record_json) return CT_EARG;
    rec_tree rec = {0};
    int read = rec_read(record_json, &rec);
    if (read != 0) {
        rec_free(&rec);
        return read;
    }
    const char *raw = a->raw ? a->raw : "";
    size_t raw_len = a->raw ? a->raw_len : 0;
    const char *text = a->text ? a->text : raw;
    size_t text_len = a->text ? a->text_len : raw_len;
    /* the record as canonical JSON, so key order does not count as a change */
    canon c = {0};
    if (canon_record(&c, &rec) != 0) {
        canon_free(&c);
        rec_free(&rec);
        return CT_ENOMEM;
    }
    char hash[17], rhash[17];
    uint64_t ah = fnv_part(STORE_FNV_SEED, a->url ? a->url : "", a->url ? strlen(a->url) : 0),
             rh = STORE_FNV_SEED;
    fnv_parts2(&ah, raw, raw_len, &rh, c.p, c.n);
    fnv_hex(ah, hash);
    fnv_hex(rh, rhash);

    int rc = CT_EDB, status = CT_PUT_NEW;
    sqlite3_stmt *st = NULL;
    if (s->lost || tx_begin(s) != 0) goto out;
    if (prep(s, "SELECT id, hash, record_hash FROM article WHERE doc_id = ?1", &st) != SQLITE_OK)
        goto rollback;
    sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
    int step = sqlite3_step(st);
    if (step != SQLITE_ROW && step != SQLITE_DONE) goto rollback;
    if (step == SQLITE_ROW) {
        int64_t old = sqlite3_column_int64(st, 0);
        int same = strcmp((const char *)sqlite3_column_text(st, 1), hash) == 0 &&
                   strcmp((const char *)sqlite3_column_text(st, 2), rhash) == 0;
        fin(st);
        st = NULL;
        if (same) {
            status = CT_PUT_SAME;
            rc = tx_commit(s);
            goto out;
        }
        if (drop_article(s, old) != 0) goto rollback;
        status = CT_PUT_REPLACED;
    }
    fin(st);
    st = NULL;

    const char *published = rn_strk(&rec, 0, "published");
    if (!published) published = a->published;
    char lo[11], hi[11];
    ct_store_date_bounds(published, lo, hi);
    memcpy(s->pub_lo, lo, sizeof s->pub_lo);
    s->text = text, s->text_len = text_len;
    s->nplaced = 0, s->ngroups = 0, s->nmentions = 0, s->ntopics = 0, s->nargs = 0, s->nevents = 0;
    if (prep(s,
             "INSERT INTO article(doc_id, url, published, published_lo, hash,"
             " record_hash, raw, text, record) VALUES"
             " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
             &st) != SQLITE_OK)
        goto rollback;
    sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
    bind_text_or_null(st, 2, a->url);
    bind_text_or_null(st, 3, published);
    bind_text_or_null(st, 4, lo[0] ? lo : NULL);
    sqlite3_bind_text(st, 5, hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, rhash, -1, SQLITE_STATIC);
    sqlite3_bind_blob(st, 7, raw, (int)raw_len, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, text, (int)text_len, SQLITE_STATIC);
    sqlite3_bind_text(st, 9, c.p, (int)c.n, SQLITE_STATIC);
    int64_t article = 0;
    if (sqlite3_step(st) == SQLITE_DONE) article = sqlite3_last_insert_rowid(s->db);
    fin(st);
    st = NULL;
    if (!article) goto rollback;
    /* how the article writes its places: their article_place spans and place_alias rows */
    name_hit *hits = NULL;
    size_t nh = 0;
    if ((rc = find_place_names(s, text, text_len, &rec, rn_get(&rec, 0, "places"), &hits, &nh)) ==
        0)
        rc = put_facts(s, article, &rec, &c, hits, nh);
    if (rc == 0) rc = store_place_names(s, article, hits, nh);
    free(hits);
    if (rc) goto rollback;
    if (tx_commit(s) != 0) {
        rc = CT_EDB;
        goto rollback;
    }
    log_add(s, a, record_json);
    rc = 0;
    goto out;
rollback:
    fin(st);
    tx_rollback(s);
    if (rc == 0) rc = CT_EDB;
out:
    /* a failed put's held rows are gone with its record, which they point into */
    s->text = NULL, s->text_len = 0;
    s->nplaced = 0, s->nmentions = 0, s->ntopics = 0, s->nargs = 0, s->nevents = 0;
    canon_free(&c);
    rec_free(&rec);
    return rc < 0 ? rc : status;
}

int ct_store_put(ct_store *s, const ct_doc *doc, const char *record_json)
{
    if (!doc) return CT_EARG;
    ct_article a = {doc->id,   doc->url, doc->meta_published, doc->raw, doc->raw_len,
                    doc->text, doc->len};
    return ct_store_put_article(s, &a, record_json);
}

int ct_store_delete(ct_store *s, const char *article_id)
{
    if (s->lost || tx_begin(s) != 0) return CT_EDB;
    const char *args[] = {article_id};
    int64_t id = 0;
    int rc = run(s, "SELECT id FROM article WHERE doc_id = ?1", 1, args, &id);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) goto fail;
    if (!id) { /* nothing written: ended like a success */
        tx_commit(s);
        return CT_ENOTFOUND;
    }
    if (drop_article(s, id) != 0 || tx_commit(s) != 0) goto fail;
    const ct_article del = {article_id, NULL, NULL, NULL, 0, NULL, 0};
    log_add(s, &del, NULL);
    return 0;
fail:
    tx_rollback(s);
    return CT_EDB;
}

int ct_store_note_run(ct_store *s, const char *version)
{
    const char *args[] = {version};
    return run(s, "INSERT INTO ingest_run(version) VALUES (?1)", 1, args, NULL) == SQLITE_DONE
               ? 0
               : CT_EDB;
}

int ct_store_counts_get(ct_store *s, ct_store_counts *out)
{
    memset(out, 0, sizeof *out);
    static const char *const sql[] = {
        "SELECT count(*) FROM article",
        "SELECT count(*) FROM place",
        "SELECT count(*) FROM person",
        "SELECT count(*) FROM person_mention",
        "SELECT count(*) FROM org",
        "SELECT count(*) FROM event",
        "SELECT count(*) FROM event_group",
        "SELECT count(*) FROM tie",
        "SELECT count(*) FROM (SELECT DISTINCT a, b, kind FROM tie)",
    };
    int64_t *f[] = {&out->articles, &out->places,       &out->people, &out->mentions, &out->orgs,
                    &out->events,   &out->event_groups, &out->ties,   &out->tie_pairs};
    for (size_t i = 0; i < sizeof sql / sizeof sql[0]; i++)
        if (run(s, sql[i], 0, NULL, f[i]) != SQLITE_ROW) return CT_EDB;
    return 0;
}
