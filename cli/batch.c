/*
 * batch.c - threaded extraction in input order (batch.h).
 */
#include "batch.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_THREADS 256

typedef struct {
    const ct_ctx *ctx;
    cli_item *items;
    size_t n;
    atomic_size_t next;
    int flags;
} batch;

/* Extracts the batch's documents until none is left; any number of threads run it. */
static void *worker(void *arg)
{
    batch *b = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&b->next, 1);
        if (i >= b->n) break;
        cli_item *it = &b->items[i];
        if (!it->doc) continue;
        it->rc = ct_extract_json(b->ctx, it->doc, b->flags, &it->json, &it->len);
        if (it->rc < 0)
            snprintf(it->err, sizeof it->err, "%s: %s", ct_doc_id(it->doc), ct_strerror(it->rc));
    }
    return NULL;
}

/* Reads up to cap documents into items (a failed read keeps its error in its item); sets *done
 * at the end of the input. Returns how many items it filled. */
static size_t read_batch(ct_reader *r, cli_item *items, size_t cap, int *done)
{
    size_t n = 0;
    while (n < cap && !*done) {
        cli_item *it = &items[n];
        memset(it, 0, sizeof *it);
        int got = ct_reader_next(r, &it->doc, it->err, sizeof it->err);
        if (got == 0) {
            *done = 1;
            break;
        }
        if (got < 0) it->rc = got;
        n++;
    }
    return n;
}

static void free_items(cli_item *items, size_t from, size_t n)
{
    for (size_t i = from; i < n; i++) {
        free(items[i].json);
        ct_doc_free(items[i].doc);
    }
}

int cli_batch_run(const ct_ctx *ctx, ct_reader *r, long jobs, int flags, cli_item_fn fn, void *user)
{
    if (jobs < 1) jobs = 1;
    if (jobs > MAX_THREADS) jobs = MAX_THREADS;
    size_t cap = (size_t)jobs * 32;
    cli_item *items = calloc(2 * cap, sizeof *items);
    if (!items) return CT_ENOMEM;
    cli_item *cur = items, *nxt = items + cap;
    int done = 0, stop = 0;
    size_t n = read_batch(r, cur, cap, &done);
    while (n > 0) {
        batch b = {ctx, cur, n, 0, flags};
        size_t nthreads = (size_t)jobs < n ? (size_t)jobs : n;
        pthread_t th[MAX_THREADS];
        size_t started = 0;
        for (size_t t = 1; t < nthreads; t++)
            if (pthread_create(&th[started], NULL, worker, &b) == 0) started++;
        size_t next_n = done ? 0 : read_batch(r, nxt, cap, &done);
        worker(&b);
        for (size_t t = 0; t < started; t++)
            pthread_join(th[t], NULL);
        size_t i = 0;
        for (; i < n && !stop; i++) {
            stop = fn(&cur[i], user);
            free(cur[i].json);
            ct_doc_free(cur[i].doc);
        }
        if (stop) {
            free_items(cur, i, n);
            free_items(nxt, 0, next_n);
            break;
        }
        cli_item *t = cur;
        cur = nxt;
        nxt = t;
        n = next_n;
    }
    free(items);
    return stop;
}
