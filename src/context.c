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

int ct_ctx_open(const char *gaz_path, ct_ctx **out)
{
    *out = NULL;
    ct_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx) return CT_ENOMEM;
    ctx->lex = ct_lexicons_load();
    if (!ctx->lex) {
        free(ctx);
        return CT_ENOMEM;
    }
    char here[PATH_MAX];
    const char *tries[3] = {gaz_path, NULL, NULL};
    if (!gaz_path) {
        tries[0] = getenv("CITYTIES_GAZ");
        if (tries[0] && !*tries[0]) tries[0] = NULL;
        if (beside_exe(here, sizeof here) == 0) tries[1] = here;
        tries[2] = CT_GAZ_DEFAULT;
    }
    int rc = CT_EGAZ;
    for (int i = 0; i < 3 && rc < 0; i++) {
        if (!tries[i]) continue;
        if (gaz_path == NULL && i > 0 && access(tries[i], R_OK) != 0) continue;
        rc = ct_gaz_open(tries[i], &ctx->gaz);
        if (gaz_path || i == 0) break; /* an explicit path is not second-guessed */
    }
    if (rc < 0) {
        ct_ctx_free(ctx);
        return CT_EGAZ;
    }
    *out = ctx;
    return 0;
}

void ct_ctx_free(ct_ctx *ctx)
{
    if (!ctx) return;
    if (ctx->gaz) ct_gaz_close(ctx->gaz);
    ct_lexicons_free(ctx->lex);
    free(ctx);
}
