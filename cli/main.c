/*
 * main.c - the cityties command line: a thin client of libcityties (include/cityties.h).
 *
 * `extract` reads articles and writes one JSON record per article, in input order, using
 * --jobs threads over batches of documents. The knowledge-base commands live in kb.c.
 * Exit status: 0 success, 1 when some document failed (each named on stderr), 2 on usage or
 * set-up errors.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cityties.h"
#include "batch.h"
#include "kb.h"

static const char usage[] =
    "usage: cityties COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Turns news articles about city diplomacy into sourced records of visits, meetings,\n"
    "agreements and sister-city ties, and answers questions over them.\n"
    "\n"
    "Commands:\n"
    "  extract [PATH...]        extract one JSON record per article (JSON Lines on stdout)\n"
    "  ingest PATH...           extract and store articles in the knowledge base\n"
    "  partners CITY            every city tied to CITY\n"
    "  timeline CITY [OTHER]    dated events and tie changes, oldest first\n"
    "  brief CITY OTHER         the briefing before a visit: ties, visits, meetings, plans\n"
    "  person NAME              roles, aliases and events of a person\n"
    "  search TEXT              full-text search over stored articles\n"
    "  export --format F        ties and events as jsonl, csv, geojson or graphml\n"
    "  counts                   how many articles, people, events and ties are stored\n"
    "  help [COMMAND]           this text, or a command's options\n"
    "  version                  print the version\n"
    "\n"
    "Inputs are plain text, HTML (.html) or JSON Lines (.jsonl: {\"id\",\"text\",\"url\",\n"
    "\"published\"}); folders are read recursively; no path or \"-\" reads standard input.\n"
    "Run `cityties COMMAND --help` for a command's options.\n";

static const char extract_usage[] =
    "usage: cityties extract [OPTIONS] [PATH...]\n"
    "\n"
    "Writes one extraction record (../shared/spec/EXTRACTION.md) per article as JSON Lines,\n"
    "in input order. A bad document is reported on stderr and skipped; the exit status is 1\n"
    "when any document failed.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE   write records to FILE instead of standard output\n"
    "  --pretty            indented JSON for people (one record per block)\n"
    "  -j, --jobs N        worker threads (default: the number of cores)\n"
    "  --format F          read inputs as text, html or jsonl (default: by extension/content)\n"
    "  --gazetteer FILE    gazetteer index (default: $CITYTIES_GAZ or beside the program)\n"
    "  -q, --quiet         no progress line on a terminal\n"
    "  -h, --help          this text\n";

/* The state of one `extract` run, for its per-document callback. */
typedef struct {
    FILE *out;
    size_t ndocs, nfail;
    double bytes, t0;
    int progress;
    int write_failed;
} extract_run;

static double now(void);

/* Writes one record (or reports its error); flushes and shows progress every 64 documents. */
static int on_record(cli_item *it, void *user)
{
    extract_run *x = user;
    if (it->rc < 0) {
        fprintf(stderr, "cityties: %s\n", it->err);
        x->nfail++;
    } else if (it->json) {
        if (fwrite(it->json, 1, it->len, x->out) != it->len || fputc('\n', x->out) == EOF)
            x->write_failed = 1;
        size_t rl;
        ct_doc_raw(it->doc, &rl);
        x->bytes += (double)rl;
        x->ndocs++;
    }
    if ((x->ndocs + x->nfail) % 64 == 0) {
        fflush(x->out);
        if (x->progress) {
            double dt = now() - x->t0;
            fprintf(stderr, "\rextract: %zu articles, %zu failed, %.1f MB, %.1f MB/s", x->ndocs,
                    x->nfail, x->bytes / 1e6, dt > 0 ? x->bytes / 1e6 / dt : 0.0);
        }
    }
    return 0;
}

static int parse_format(const char *s, ct_format *fmt)
{
    if (strcmp(s, "text") == 0 || strcmp(s, "txt") == 0)
        *fmt = CT_FMT_TEXT;
    else if (strcmp(s, "html") == 0)
        *fmt = CT_FMT_HTML;
    else if (strcmp(s, "jsonl") == 0 || strcmp(s, "json") == 0)
        *fmt = CT_FMT_JSONL;
    else if (strcmp(s, "auto") == 0)
        *fmt = CT_FMT_AUTO;
    else
        return -1;
    return 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmd_extract(int argc, char **argv)
{
    const char *output = NULL, *gaz = NULL;
    int pretty = 0, quiet = 0;
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    ct_format fmt = CT_FMT_AUTO;
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    size_t npaths = 0;
    if (!paths) return 2;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(extract_usage, stdout);
            free(paths);
            return 0;
        } else if (strcmp(a, "--pretty") == 0) {
            pretty = 1;
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            quiet = 1;
        } else if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && i + 1 < argc) {
            output = argv[++i];
        } else if (((strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) && i + 1 < argc) ||
                   (strncmp(a, "-j", 2) == 0 && a[2]) || strncmp(a, "--jobs=", 7) == 0) {
            const char *num = a[1] == 'j' && a[2]          ? a + 2
                              : a[2] == 'j' && a[6] == '=' ? a + 7
                                                           : argv[++i];
            char *end;
            jobs = strtol(num, &end, 10);
            if (*end || jobs < 1 || jobs > 256) {
                fprintf(stderr, "cityties extract: --jobs takes a number from 1 to 256\n");
                free(paths);
                return 2;
            }
        } else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            if (parse_format(argv[++i], &fmt) < 0) {
                fprintf(stderr, "cityties extract: --format takes text, html or jsonl\n");
                free(paths);
                return 2;
            }
        } else if (strcmp(a, "--gazetteer") == 0 && i + 1 < argc) {
            gaz = argv[++i];
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "cityties extract: unknown option %s (see --help)\n", a);
            free(paths);
            return 2;
        } else {
            paths[npaths++] = a;
        }
    }
    if (jobs < 1) jobs = 1;
    ct_ctx *ctx;
    int rc = ct_ctx_open(gaz, &ctx);
    if (rc < 0) {
        char why[PATH_MAX + 256];
        if (rc == CT_EGAZ) ct_ctx_gaz_error(gaz, why, sizeof why);
        fprintf(stderr, "cityties extract: %s\n", rc == CT_EGAZ ? why : ct_strerror(rc));
        free(paths);
        return 2;
    }
    FILE *out = stdout;
    if (output && !(out = fopen(output, "w"))) {
        fprintf(stderr, "cityties extract: %s: %s\n", output, strerror(errno));
        ct_ctx_free(ctx);
        free(paths);
        return 2;
    }
    ct_reader *r;
    if (ct_reader_open(paths, npaths, fmt, &r) < 0) {
        fprintf(stderr, "cityties extract: out of memory\n");
        ct_ctx_free(ctx);
        free(paths);
        return 2;
    }
    extract_run x = {out, 0, 0, 0, now(), !quiet && isatty(2), 0};
    if (cli_batch_run(ctx, r, jobs, pretty ? CT_JSON_PRETTY : 0, on_record, &x) == CT_ENOMEM)
        fprintf(stderr, "cityties extract: out of memory\n");
    fflush(out);
    if (x.progress) fputc('\n', stderr);
    size_t ndocs = x.ndocs, nfail = x.nfail;
    int write_failed = x.write_failed;
    ct_reader_free(r);
    ct_ctx_free(ctx);
    free(paths);
    if (out != stdout && fclose(out) != 0) write_failed = 1;
    if (write_failed) {
        fprintf(stderr, "cityties extract: writing the output failed: %s\n", strerror(errno));
        return 2;
    }
    if (nfail)
        fprintf(stderr, "cityties extract: %zu of %zu documents failed\n", nfail, nfail + ndocs);
    return nfail ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        if (argc > 2) {
            char *sub[] = {argv[2], "--help", NULL};
            if (strcmp(argv[2], "extract") == 0) return cmd_extract(2, sub);
            int rc = cli_kb_main(argv[2], 2, sub);
            if (rc >= 0) return rc;
        }
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("cityties %s\n", CT_VERSION);
        return 0;
    }
    if (strcmp(cmd, "extract") == 0) return cmd_extract(argc - 1, argv + 1);
    int rc = cli_kb_main(cmd, argc - 1, argv + 1);
    if (rc >= 0) return rc;
    fprintf(stderr, "cityties: unknown command '%s'\n\n%s", cmd, usage);
    return 2;
}
