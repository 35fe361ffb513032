/*
 * context.c - opening the shared read-only context (gazetteer + lexicons), and error texts.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analysis.h"
#include "cityties.h"
#include "events.h"
#include "gazetteer.h"
#include "lexicon.h"

#ifndef CT_GAZ_DEFAULT
#define CT_GAZ_DEFAULT "/usr/local/share/cityties/gazetteer.bin"
#endif

const char *ct_strerror(int rc)
{
    switch (rc) {
    case CT_OK:
        return "success";
    case CT_ENOMEM:
        return "out of memory";
    case CT_EIO:
        return "input/output error";
    case CT_EUTF8:
        return "invalid UTF-8";
    case CT_EBINARY:
        return "binary data";
    case CT_EEMPTY:
        return "empty document";
    case CT_ETOOBIG:
        return "document too large";
    case CT_EJSON:
        return "malformed JSON";
    case CT_EGAZ:
        return "gazetteer index missing or damaged (run `make`)";
    case CT_EDB:
        return "knowledge base error";
    case CT_ENOTFOUND:
        return "not found";
    case CT_EARG:
        return "invalid argument";
    case CT_EAMBIGUOUS:
        return "ambiguous name";
    default:
        return "unknown error";
    }
}

/* gazetteer.bin beside the running executable, into buf; 0 or -1. */
static int beside_exe(char *buf, size_t cap)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return -1;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return -1;
    *slash = '\0';
    return snprintf(buf, cap, "%s/gazetteer.bin", exe) < (int)cap ? 0 : -1;
}

/* The index ct_ctx_open() reads, into buf: gaz_path when given (an explicit path is not
 * second-guessed), else $CITYTIES_GAZ when set, else the first readable of gazetteer.bin beside
 * the executable and the installed default. 0, or -1 when there is none to try. */
static int gaz_choose(const char *gaz_path, char *buf, size_t cap)
{
    const char *pick = gaz_path;
    if (!pick) {
        pick = getenv("CITYTIES_GAZ");
        if (pick && !*pick) pick = NULL;
    }
    if (!pick) {
        if (beside_exe(buf, cap) == 0 && access(buf, R_OK) == 0) return 0;
        if (access(CT_GAZ_DEFAULT, R_OK) == 0) pick = CT_GAZ_DEFAULT;
    }
    if (!pick) return -1;
    return snprintf(buf, cap, "%s", pick) < (int)cap ? 0 : -1;
}

int ct_ctx_open(const char *gaz_path, ct_ctx **out)
{
    *out = NULL;
    char path[PATH_MAX];
    if (gaz_choose(gaz_path, path, sizeof path) < 0) return CT_EGAZ;
    ct_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx) return CT_ENOMEM;
    ctx->lex = ct_lexicons_load();
    if (ctx->lex) ctx->events = ct_events_lex_open(ctx->lex);
    if (!ctx->events || ct_gaz_open(path, &ctx->gaz) < 0) {
        int rc = ctx->events ? CT_EGAZ : CT_ENOMEM;
        ct_ctx_free(ctx);
        return rc;
    }
    *out = ctx;
    return 0;
}

void ct_ctx_gaz_error(const char *gaz_path, char *buf, size_t cap)
{
    char path[PATH_MAX];
    if (gaz_choose(gaz_path, path, sizeof path) < 0)
        snprintf(buf, cap,
                 "no gazetteer index found ($CITYTIES_GAZ is unset, and there is none beside the "
                 "program or at %s): build it with `make`",
                 CT_GAZ_DEFAULT);
    else
        snprintf(buf, cap,
                 "gazetteer index %s is missing, damaged or of another version: rebuild it with "
                 "`make` (or point --gazetteer or $CITYTIES_GAZ at a current one)",
                 path);
}

void ct_ctx_free(ct_ctx *ctx)
{
    if (!ctx) return;
    if (ctx->gaz) ct_gaz_close(ctx->gaz);
    ct_events_lex_free(ctx->events);
    ct_lexicons_free(ctx->lex);
    free(ctx);
}
