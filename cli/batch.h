/*
 * batch.h - extracting a stream of documents on several threads, delivered in input order.
 *
 * The CLI's `extract` and `ingest` share it: documents are read in batches; while jobs-1
 * threads extract one batch, the calling thread reads the next and then joins them as the last
 * worker, so reading overlaps extraction and no more than `jobs` threads ever run. Each
 * document is then handed to the caller's function in input order and freed after it.
 */
#ifndef CT_CLI_BATCH_H
#define CT_CLI_BATCH_H

#include <stddef.h>

#include "cityties.h"

typedef struct {
    ct_doc *doc;   /* NULL when reading failed */
    char err[512]; /* the reading error, or for an extraction error "id: reason" */
    char *json;    /* the record (malloc'd, freed after the callback), or NULL */
    size_t len;    /* bytes of json */
    int rc;        /* 0, or the reading or extraction error (CT_E*) */
} cli_item;

/* Called once per document, in input order; returns 0 to go on, non-zero to stop. */
typedef int (*cli_item_fn)(cli_item *it, void *user);

/* Reads r to its end, extracting with `flags` (CT_JSON_*) on `jobs` threads, and calls fn for
 * every document. Returns 0, CT_ENOMEM, or the non-zero value fn stopped with. */
int cli_batch_run(const ct_ctx *ctx, ct_reader *r, long jobs, int flags, cli_item_fn fn,
                  void *user);

#endif
