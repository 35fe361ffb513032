/*
 * fuzz_store.h - one input of the store target: its bytes (up to the first NUL) as a record's
 * JSON, put by ct_store_put_article() into a store on an in-memory database, with the same bytes
 * as the article's text (so that the record's names and spans meet text they may point into).
 * Shared by the libFuzzer harness (fuzz_store.c) and the corpus replay of `make test`
 * (tests/test_document.c).
 *
 * Each input runs in a batch (ct_store_begin) that is rolled back behind the store's back and
 * then ended by ct_store_commit(), which finds no transaction, forgets what the store remembers
 * of the batch's rows and fails with CT_EDB (store.h): the database is empty again, ids start
 * over, and nothing piles up across inputs. A batch is also where the store's own discipline
 * alone keeps the foreign keys (SQLite does not check them there), so that is what is checked.
 *
 * What is checked, each costing a statement or two on a database of one article:
 *   - json_loads() refuses the input (or reads no object): the put fails with CT_EJSON;
 *   - the put returns CT_PUT_NEW or one of its documented errors, nothing else;
 *   - it stored the article: one article row, the record column exactly
 *     json_dumps(JSON_COMPACT | JSON_SORT_KEYS) of json_loads()' reading (the in-place reader
 *     and canon_record() agree with jansson), and PRAGMA foreign_key_check empty;
 *   - it failed: no article row left;
 *   - a stored record is put again outside a batch (SQLite checking the foreign keys, the
 *     full-text index written at once) and deleted: foreign_key_check empty, FTS5's
 *     integrity-check of the index against the articles passing after each, nothing left.
 * Crashes, leaks and sanitizer reports are the fuzzer's to catch.
 */
#ifndef FUZZ_STORE_H
#define FUZZ_STORE_H

#include <jansson.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "cityties.h"
#include "store.h"

/* The store of every input, opened once on an in-memory database, with the gazetteer when one
 * is found ($CITYTIES_GAZ) so that places get their names; NULL when it cannot be opened. Both
 * live for the whole process on purpose (libFuzzer never returns). */
static ct_store *fuzz_store(void)
{
    static ct_store *s;
    static ct_ctx *ctx;
    if (!s) {
        if (ct_store_open(":memory:", &s) != 0) return NULL;
        if (ct_ctx_open(NULL, &ctx) == 0) ct_store_set_gazetteer(s, ctx->gaz);
    }
    return s;
}

/* FTS5's check of its index against the content table (the articles' text), rank 1. */
#define FUZZ_FTS_CHECK "INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)"

/* The first column of the first row of sql as an integer, or -1. */
static int64_t fuzz_store_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    int64_t v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Whether the stored record of the one article is exactly want. */
static int fuzz_store_record_is(sqlite3 *db, const char *want)
{
    sqlite3_stmt *st = NULL;
    int same = 0;
    if (sqlite3_prepare_v2(db, "SELECT record FROM article", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        const char *got = (const char *)sqlite3_column_text(st, 0);
        same = got && strlen(want) == (size_t)sqlite3_column_bytes(st, 0) && strcmp(got, want) == 0;
    }
    sqlite3_finalize(st);
    return same;
}

/* Puts data[0..size) as a record and checks the invariants above. Returns 0 when they hold (or
 * the store could not be set up: nothing to check), -1 when one is broken, saying which on
 * stderr. */
static int fuzz_store_one(const uint8_t *data, size_t size)
{
    ct_store *s = fuzz_store();
    if (!s) return 0;
    sqlite3 *db = ct_store_db(s);
    char *json = malloc(size + 1), *dump = NULL;
    if (!json) return 0;
    memcpy(json, data, size);
    json[size] = 0;
    const char *why = NULL;
    json_error_t jerr;
    json_t *j = json_loads(json, 0, &jerr);
    if (j && json_is_object(j)) dump = json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS);
    json_decref(j);
    if (ct_store_begin(s) != 0) {
        why = "ct_store_begin failed";
        goto out;
    }
    ct_article a = {"fuzz", NULL, NULL, json, strlen(json), NULL, 0};
    int rc = ct_store_put_article(s, &a, json);
    if (rc >= 0) {
        if (!dump)
            why = "stored what json_loads refuses or reads as no object";
        else if (rc != CT_PUT_NEW)
            why = "not CT_PUT_NEW in an empty store";
        else if (fuzz_store_int(db, "SELECT count(*) FROM article") != 1)
            why = "not one article row";
        else if (!fuzz_store_record_is(db, dump))
            why = "stored record differs from json_dumps of json_loads";
        else if (fuzz_store_int(db, "SELECT count(*) FROM pragma_foreign_key_check") != 0)
            why = "foreign_key_check not empty";
    } else {
        if (!dump && rc != CT_EJSON)
            why = "a record json_loads refuses not refused with CT_EJSON";
        else if (rc != CT_EJSON && rc != CT_EARG && rc != CT_EDB && rc != CT_ENOMEM)
            why = "an undocumented error";
        else if (fuzz_store_int(db, "SELECT count(*) FROM article") > 0)
            why = "a failed put left its article";
    }
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    if (ct_store_commit(s) != CT_EDB) why = why ? why : "commit after the rollback did not fail";
    if (!why && fuzz_store_int(db, "SELECT count(*) FROM article") != 0)
        why = "the rollback left an article";
    /* A stored record again outside a batch (foreign keys checked by SQLite, the full-text index
     * written at once), then deleted: the index must agree with the articles each time. */
    if (!why && rc == CT_PUT_NEW) {
        if (ct_store_put_article(s, &a, json) != CT_PUT_NEW)
            why = "a put outside a batch failed where the batch's succeeded";
        else if (fuzz_store_int(db, "SELECT count(*) FROM pragma_foreign_key_check") != 0)
            why = "foreign_key_check not empty after a put outside a batch";
        else if (sqlite3_exec(db, FUZZ_FTS_CHECK, NULL, NULL, NULL) != SQLITE_OK)
            why = "the full-text index disagrees with the article";
        else if (ct_store_delete(s, "fuzz") != 0)
            why = "the stored article could not be deleted";
        else if (fuzz_store_int(db, "SELECT count(*) FROM article") != 0)
            why = "the delete left an article";
        else if (sqlite3_exec(db, FUZZ_FTS_CHECK, NULL, NULL, NULL) != SQLITE_OK)
            why = "the full-text index disagrees after the delete";
    }
out:
    if (why) fprintf(stderr, "fuzz_store: %s\n", why);
    free(dump);
    free(json);
    return why ? -1 : 0;
}

#endif
