/*
 * fuzz_common.h - shared set-up of the libFuzzer harnesses (tests/fuzz/fuzz_*.c).
 *
 * Each harness feeds the fuzzer's bytes to one entry point that takes outside input and checks
 * the invariants a caller relies on (paragraphs inside the text, raw offsets inside the raw
 * bytes, cursors that only move forward). A context is opened once: the full one when a
 * gazetteer is found ($CITYTIES_GAZ), else lexicons only, which is enough for segmentation.
 * The context lives for the whole process on purpose (libFuzzer never returns).
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "cityties.h"
#include "document.h"
#include "lexicon.h"
#include "pipeline.h"

static ct_ctx *fuzz_ctx(int *full)
{
    static ct_ctx *ctx, lexonly;
    static int have_full;
    if (!ctx) {
        if (ct_ctx_open(NULL, &ctx) == 0) {
            have_full = 1;
        } else {
            lexonly.lex = ct_lexicons_load();
            if (!lexonly.lex) abort();
            ctx = &lexonly;
        }
    }
    if (full) *full = have_full;
    return ctx;
}

/* Reads one document in format fmt and, when it is accepted, runs the analysis over it. */
static void fuzz_doc(const uint8_t *data, size_t size, ct_format fmt)
{
    ct_doc *d = NULL;
    char err[256];
    int rc = ct_doc_from_memory("fuzz", (const char *)data, size, fmt, &d, err, sizeof err);
    if (rc < 0) {
        if (d || !err[0]) abort(); /* a failure leaves no document and says why */
        return;
    }
    for (size_t i = 0; i < d->nparas; i++)
        if ((size_t)d->paras[i].off + d->paras[i].len > d->len) abort();
    if (d->map)
        for (size_t off = 0; off <= d->len; off++)
            if (ct_doc_raw_offset(d, off) > d->raw_len + 4) abort();
    int full;
    ct_ctx *ctx = fuzz_ctx(&full);
    if (full) {
        char *json = NULL;
        size_t len;
        if (ct_extract_json(ctx, d, 0, &json, &len) == 0 && (!json || strlen(json) != len))
            abort();
        free(json);
    } else {
        ct_arena *a = ct_arena_new(0);
        ct_analysis *an = NULL;
        if (a && ct_analyze(ctx, d, a, CT_STAGE_SEGMENT, &an) == 0)
            for (size_t i = 0; i < an->ntoks; i++)
                if (an->toks[i].off + an->toks[i].len > an->len) abort();
        ct_arena_free(a);
    }
    ct_doc_free(d);
}

#endif
