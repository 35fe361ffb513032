/*
 * store.h - the knowledge base: every extracted record kept in one SQLite database, merged
 * across articles.
 *
 * What is stored (schema in store.c, version CT_STORE_SCHEMA in PRAGMA user_version):
 *   article        one row per input document: id, url, published, content hash, raw bytes,
 *                  analysed text; article_fts is an FTS5 index over the text
 *   place          every place key seen, with the gazetteer's name, country and coordinates;
 *                  place_alias counts how each article writes it, and the view place_label
 *                  names it for answers ("Suwon", not GeoNames' "Suigen")
 *   org            organisations, one per name key
 *   person         merged people; person_mention is each article's mention (name as written,
 *                  title, of) so a person's aliases and roles carry their sources
 *   event_group    merged events; event is one article's report of it (date, planned, evidence,
 *                  byte span) with event_arg (participants, parties, destinations, ...) and
 *                  event_topic rows; event_pair lists every pair of an event's people and
 *                  places, the keys that find the reports it could merge with
 *   tie            each article's statement of a tie between two places (a < b), with since,
 *                  evidence and span; the history of a pair is its tie rows grouped by kind
 *   ingest_run     when each ingest ran, and which program version
 * Every fact row names the article it came from and, where known, its byte span (off, len) in
 * the analysed text: events and ties from the record's "span", people, organisations and
 * places from their first occurrence in the text.
 * The article foreign keys are ON DELETE CASCADE, so replacing
 * an article removes exactly its facts; merged rows (person, event_group, org) left without
 * sources are then dropped.
 *
 * Merging: a person mentioned in a new article is an existing person when their name keys
 * (names.h) are equal and their `of` agrees (equal or unknown on one side), or when
 * ct_name_same() holds and both title and `of` are known and equal. An event joins an existing
 * group when it has the same type (and agreement kind), its dates overlap (or one is unknown),
 * and it shares two people, a person and a place (both dated), two places, or its evidence
 * sentence; two reports naming different companions of one person never merge. Ties are never
 * merged on write: queries group them by pair and kind, `since` being the earliest.
 *
 * Safety: each ct_store_put() is one transaction (or all or nothing in a ct_store_begin() batch);
 * the database runs in WAL mode so readers never block the writer; foreign keys are checked,
 * except inside a batch, where the puts keep them (a row names only rows stored before it, and
 * replacing or deleting an article removes what ON DELETE CASCADE would). Ownership: a ct_store
 * owns its connection; the gazetteer given to ct_store_set_gazetteer() is borrowed until the
 * store is closed or given another (the store keeps answers that point into it till then).
 */
#ifndef CT_STORE_H
#define CT_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "cityties.h"

typedef struct ct_store ct_store;
typedef struct ct_gazetteer ct_gazetteer;
typedef struct sqlite3 sqlite3;

#define CT_STORE_SCHEMA 11 /* PRAGMA user_version written by the latest migration */
#define CT_STORE_DEFAULT "cityties.db"
#define CT_STORE_LOG_MAX ((size_t)32 << 20) /* bytes of a batch's puts kept to redo them */

/* What ct_store_put() did. */
enum {
    CT_PUT_NEW = 0,      /* the article was not in the store */
    CT_PUT_REPLACED = 1, /* its content or record changed: old facts replaced */
    CT_PUT_SAME = 2      /* identical content and record: nothing changed */
};

/* One article as the store sees it; strings are borrowed for the duration of the call. */
typedef struct {
    const char *id;        /* the record id (required) */
    const char *url;       /* or NULL */
    const char *published; /* metadata date, used when the record has none; or NULL */
    const char *raw;       /* bytes as read */
    size_t raw_len;
    const char *text; /* analysed text (spans point into it); NULL means raw */
    size_t text_len;
} ct_article;

typedef struct {
    int64_t articles, places, people, mentions, orgs, events, event_groups, ties, tie_pairs;
} ct_store_counts;

/* Process-wide settings of SQLite for a program that stores many articles (no allocation
 * statistics): call it once, before any store is opened and while one thread runs (it changes
 * SQLite's global configuration, which only takes before SQLite's first use; later calls do
 * nothing). Optional. */
void ct_store_setup(void);

/* Opens (creating when missing) the database at path and migrates it to CT_STORE_SCHEMA.
 * Returns 0, CT_EDB (cannot open, corrupt, or written by a newer version) or CT_ENOMEM. */
int ct_store_open(const char *path, ct_store **out);
void ct_store_close(ct_store *s);

/* Place names and coordinates come from g (may be NULL: places then keep their key only);
 * what the store kept of the gazetteer it had before is forgotten, so that one may be closed. */
void ct_store_set_gazetteer(ct_store *s, const ct_gazetteer *g);

/* Stores one document with its extraction record (the JSON of EXTRACTION.md, plus optional
 * "evidence" and "span": [offset, length] on events and ties), in one transaction. Returns
 * CT_PUT_NEW, CT_PUT_REPLACED, CT_PUT_SAME, or CT_EJSON (bad record), CT_EARG, CT_EDB. */
int ct_store_put(ct_store *s, const ct_doc *doc, const char *record_json);
int ct_store_put_article(ct_store *s, const ct_article *a, const char *record_json);

/* Opens a transaction that holds the puts and deletes that follow until ct_store_commit(). Each
 * of them stays all or nothing (a failed put leaves no trace and the others stay), but only the
 * commit makes them durable and visible to readers. One commit for many articles writes each
 * page they share once, not once per article. ct_store_close() commits. Returns 0 or CT_EDB.
 * A failed put or delete has the whole transaction rolled back and the batch's earlier puts
 * and deletes done again from copies the store keeps, up to CT_STORE_LOG_MAX bytes of them
 * (after that, each put takes a savepoint): anything else written through ct_store_db() during
 * the batch is then undone with it. */
int ct_store_begin(ct_store *s);
/* Commits the transaction of ct_store_begin() (0 when none is open). Returns 0, or CT_EDB when
 * it could not: the puts since ct_store_begin() are then not stored. */
int ct_store_commit(ct_store *s);

/* Removes an article and its facts. Returns 0 or CT_ENOTFOUND / CT_EDB. */
int ct_store_delete(ct_store *s, const char *article_id);

int ct_store_counts_get(ct_store *s, ct_store_counts *out);

/* Records that an ingest run of program version `version` started (table ingest_run). */
int ct_store_note_run(ct_store *s, const char *version);

/* The last SQLite error message, for reports. */
const char *ct_store_errmsg(const ct_store *s);

/* For the query and export modules: the connection and the gazetteer. */
sqlite3 *ct_store_db(ct_store *s);
const ct_gazetteer *ct_store_gazetteer(const ct_store *s);

/* Parses an EXTRACTION.md date ("2023-10-13", "2023-10", "XXXX-06-26/XXXX-07-04") into
 * sortable bounds "YYYY-MM-DD" (unknown month/day as 00 below and 99 above). Returns 0, or -1
 * when the year is unknown or the string is not a date (lo and hi are then empty). */
int ct_store_date_bounds(const char *date, char lo[11], char hi[11]);

#endif
