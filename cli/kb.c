/*
 * kb.c - the knowledge-base commands (contracts in kb.h): argument parsing, progress and
 * error reporting around store.h, query.h and export.h.
 *
 * `ingest` stores articles in batches (ct_store_begin/ct_store_commit): a commit after
 * INGEST_BATCH articles or INGEST_BATCH_MS milliseconds, whichever comes first, and at the end.
 * Each article is still all or nothing; a kill loses at most the articles since the last commit,
 * and a re-run stores them.
 *
 * With more than one job, a writer thread stores while the extraction threads go on with the
 * next documents: each extracted document is copied (what the store keeps: id, url, date, raw
 * bytes, text, record) into a bounded queue, in input order, and the writer takes them in that
 * order, so the knowledge base, the messages and the counts are those of storing in line.
 *
 * Test hook: CITYTIES_TEST_ABORT_AFTER=N makes `ingest` end the process abruptly (_exit, no
 * cleanup) right after the commit of its N-th article (a batch ends there), to prove that a
 * killed ingest keeps every committed article and no half one.
 */
#include "batch.h"
#include "kb.h"

#include <errno.h>
#include <pthread.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "analysis.h"
#include "cityties.h"
#include "export.h"
#include "query.h"
#include "store.h"

typedef struct {
    const char *db;     /* --db, $CITYTIES_DB or the default */
    const char *gaz;    /* --gazetteer, or NULL */
    const char *format; /* --format */
    const char *output; /* -o */
    int json, quiet, help, limit;
    long jobs;   /* -j: extraction threads for ingest (0: one per core) */
    char **args; /* positional arguments */
    int nargs;
} opts;

static const struct {
    const char *name, *usage;
} commands[] = {
    {"ingest",
     "usage: cityties ingest [OPTIONS] PATH...\n"
     "\n"
     "Extracts every article under PATH (files, folders, JSON Lines; \"-\" is standard input)\n"
     "and stores it in the knowledge base, each article all or nothing; a commit every 1024\n"
     "articles or every second makes them durable (a killed run keeps every committed article\n"
     "and a re-run stores the rest). Re-ingesting the same content changes nothing; changed\n"
     "content replaces the article's old facts. A bad document is named on stderr and\n"
     "skipped; the exit status is then 1.\n"
     "\n"
     "Options:\n"
     "  --format F          read inputs as text, html or jsonl (default: by extension/content)\n"
     "  -j, --jobs N        extraction threads (default: the number of cores); articles are\n"
     "                      still stored one at a time, in input order, by one more thread\n"
     "                      while the extraction goes on (by the same one with -j 1)\n"
     "  -q, --quiet         no progress line on a terminal\n"},
    {"partners",
     "usage: cityties partners [OPTIONS] CITY\n"
     "\n"
     "Every city tied to CITY: kind of tie, since when (the earliest date any source gives),\n"
     "last contact, number of sources, and the evidence of each source.\n"},
    {"timeline",
     "usage: cityties timeline [OPTIONS] CITY [OTHER]\n"
     "\n"
     "Events involving CITY (and OTHER) and its ties, oldest first, undated ones last, each\n"
     "with its sources.\n"},
    {"brief",
     "usage: cityties brief [OPTIONS] CITY OTHER\n"
     "\n"
     "The briefing before a visit: the ties' history, visits both ways, meetings and who\n"
     "attended, agreements and their topics, open plans and promises not yet reported done,\n"
     "and the people involved; every line with its source article and evidence.\n"},
    {"person",
     "usage: cityties person [OPTIONS] NAME\n"
     "\n"
     "A person's roles, other spellings of the name, and the events they took part in.\n"
     "Names match across word order and romanization (\"Min-ho Lee\" finds Lee Min-ho).\n"},
    {"search", "usage: cityties search [OPTIONS] TEXT\n"
               "\n"
               "Full-text search over the stored articles (every word must occur).\n"
               "\n"
               "Options:\n"
               "  --limit N           at most N results (default 20)\n"},
    {"export",
     "usage: cityties export --format jsonl|csv|geojson|graphml [-o FILE]\n"
     "\n"
     "Writes tie histories and merged events: JSON Lines, CSV, GeoJSON (cities as points and\n"
     "ties as lines, for QGIS or a web map) or GraphML (for Gephi), streaming.\n"
     "\n"
     "Options:\n"
     "  --format F          jsonl, csv, geojson or graphml (required)\n"
     "  -o, --output FILE   write to FILE instead of standard output\n"},
    {"counts",
     "usage: cityties counts [OPTIONS]\n"
     "\n"
     "How many articles, places, people, organisations, events and ties the store holds.\n"},
};

static const char common_usage[] =
    "\n"
    "Common options:\n"
    "  --db FILE           the knowledge base (default: $CITYTIES_DB, then ./cityties.db)\n"
    "  --json              the answer as JSON\n"
    "  --gazetteer FILE    gazetteer index (default: $CITYTIES_GAZ or beside the program)\n"
    "  -h, --help          this text\n"
    "City arguments take any name the gazetteer knows or a key (gn:1838524, a1:KR.11, cc:KR).\n";

static int parse(const char *cmd, int argc, char **argv, opts *o)
{
    memset(o, 0, sizeof *o);
    o->db = getenv("CITYTIES_DB");
    if (!o->db || !*o->db) o->db = CT_STORE_DEFAULT;
    o->args = calloc((size_t)argc + 1, sizeof *o->args);
    if (!o->args) return -1;
    int only_args = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int has_val = i + 1 < argc;
        if (only_args || a[0] != '-' || a[1] == 0) {
            o->args[o->nargs++] = argv[i];
        } else if (strcmp(a, "--") == 0) {
            only_args = 1;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            o->help = 1;
        } else if (strcmp(a, "--json") == 0) {
            o->json = 1;
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            o->quiet = 1;
        } else if (strcmp(a, "--db") == 0 && has_val) {
            o->db = argv[++i];
        } else if (strncmp(a, "--db=", 5) == 0) {
            o->db = a + 5;
        } else if (strcmp(a, "--gazetteer") == 0 && has_val) {
            o->gaz = argv[++i];
        } else if (strcmp(a, "--format") == 0 && has_val) {
            o->format = argv[++i];
        } else if (strncmp(a, "--format=", 9) == 0) {
            o->format = a + 9;
        } else if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && has_val) {
            o->output = argv[++i];
        } else if ((strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0) && has_val) {
            o->jobs = atol(argv[++i]);
            if (o->jobs < 1 || o->jobs > 256) {
                fprintf(stderr, "cityties %s: --jobs takes a number from 1 to 256\n", cmd);
                return -1;
            }
        } else if (strcmp(a, "--limit") == 0 && has_val) {
            o->limit = atoi(argv[++i]);
        } else {
            fprintf(stderr, "cityties %s: unknown option %s (see --help)\n", cmd, a);
            return -1;
        }
    }
    return 0;
}

/* Joins args[from..] with spaces into a malloc'd string. */
static char *join(char **args, int from, int n)
{
    size_t len = 1;
    for (int i = from; i < n; i++)
        len += strlen(args[i]) + 1;
    char *s = malloc(len), *p = s;
    if (!s) return NULL;
    *p = 0;
    for (int i = from; i < n; i++)
        p += sprintf(p, "%s%s", i > from ? " " : "", args[i]);
    return s;
}

/* Opens the store; only ingest may create it (a question to a missing file is a mistake). */
static int open_store(const opts *o, ct_store **s, int create)
{
    if (!create && access(o->db, F_OK) != 0) {
        fprintf(stderr,
                "cityties: no knowledge base at %s (run `cityties ingest PATH...` first,"
                " or pass --db FILE)\n",
                o->db);
        return -1;
    }
    int rc = ct_store_open(o->db, s);
    if (rc < 0) {
        fprintf(stderr, "cityties: cannot open the knowledge base %s (%s)\n", o->db,
                ct_strerror(rc));
        return -1;
    }
    return 0;
}

/* ---- ingest ---- */

static int parse_format(const char *s, ct_format *fmt)
{
    if (!s)
        *fmt = CT_FMT_AUTO;
    else if (strcmp(s, "text") == 0)
        *fmt = CT_FMT_TEXT;
    else if (strcmp(s, "html") == 0)
        *fmt = CT_FMT_HTML;
    else if (strcmp(s, "jsonl") == 0)
        *fmt = CT_FMT_JSONL;
    else
        return -1;
    return 0;
}

/* Bytes of the regular files under path (recursively), for the progress bar; depth-capped. */
static double input_bytes(const char *path, int depth)
{
    struct stat st;
    if (depth > 32 || stat(path, &st) != 0) return 0;
    if (S_ISREG(st.st_mode)) return (double)st.st_size;
    if (!S_ISDIR(st.st_mode)) return 0;
    DIR *d = opendir(path);
    if (!d) return 0;
    double sum = 0;
    struct dirent *e;
    char sub[4096];
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if ((size_t)snprintf(sub, sizeof sub, "%s/%s", path, e->d_name) >= sizeof sub) continue;
        sum += input_bytes(sub, depth + 1);
    }
    closedir(d);
    return sum;
}

/* The progress line: a bar by bytes read when the total is known. */
static void show_progress(double done, double total, const long n[3], long failed)
{
    char bar[21];
    double frac = total > 0 ? done / total : 0;
    if (frac > 1) frac = 1;
    for (int i = 0; i < 20; i++)
        bar[i] = i < (int)(frac * 20 + 0.5) ? '#' : '-';
    bar[20] = 0;
    if (total > 0)
        fprintf(stderr, "\ringest [%s] %3.0f%%  ", bar, frac * 100);
    else
        fprintf(stderr, "\ringest: ");
    fprintf(stderr, "%ld new, %ld updated, %ld unchanged, %ld failed   ", n[CT_PUT_NEW],
            n[CT_PUT_REPLACED], n[CT_PUT_SAME], failed);
}

/* A batch of 1024 articles rather than 256: the store's memories of the merge (reports, pairs,
 * groups) live as long as a batch, and a commit writes the index pages the batch shares once.
 * One core stores some 2,400 articles a CPU-second (3,000 of the bench corpus in 1.25 s), so
 * the second still bounds what a kill loses. */
enum { INGEST_BATCH = 1024, INGEST_BATCH_MS = 1000 };

/* One document as the store takes it: the article and its record, or why there is none. */
typedef struct ingest_doc {
    struct ingest_doc *next; /* in the writer's queue */
    size_t size;             /* bytes of the copy (doc_copy) */
    ct_article a;            /* a.id NULL: the document could not be read */
    const char *json;        /* the record; NULL when rc < 0 */
    int rc;                  /* 0, or the reading or extraction error (CT_E*) */
    const char *err;         /* the reading error, when a.id is NULL */
} ingest_doc;

/* The writer thread's queue: documents in input order, at most QUEUE_MAX of them and, beyond
 * the first, QUEUE_BYTES of copies. */
enum { QUEUE_MAX = 512, QUEUE_BYTES = 64 << 20 };
typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t more, room; /* signalled when a document comes in / is taken out */
    ingest_doc *head, *tail;
    size_t n, bytes;
    int closed; /* 1: no more documents will come */
} ingest_queue;

/* The state of one `ingest` run, for its per-document callback. */
typedef struct {
    ct_store *s;
    int progress;
    long n[3], failed, committed, abort_after;
    double total, done_bytes;
    long pending[3];    /* stored since the last commit, by CT_PUT_* */
    double last_commit; /* seconds, monotonic */
    ingest_queue *q;    /* the writer's queue, or NULL: stored in line */
} ingest_run;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Commits the articles stored since the last commit and opens the next batch (unless last).
 * A failed commit counts them as failed. Returns 0 or CT_EDB. */
static int ingest_commit(ingest_run *g, int last)
{
    long n = g->pending[0] + g->pending[1] + g->pending[2];
    int rc = ct_store_commit(g->s);
    if (rc == 0) {
        for (int i = 0; i < 3; i++)
            g->n[i] += g->pending[i];
        g->committed += n;
    } else {
        if (g->progress) fputc('\n', stderr);
        fprintf(stderr, "cityties ingest: commit of %ld documents failed: %s\n", n,
                ct_store_errmsg(g->s));
        g->failed += n;
    }
    memset(g->pending, 0, sizeof g->pending);
    g->last_commit = now_s();
    if (g->abort_after > 0 && g->committed >= g->abort_after) _exit(99); /* the kill test */
    if (!last && ct_store_begin(g->s) != 0) rc = CT_EDB;
    return rc;
}

/* Stores one extracted document (or reports its error), in input order. */
static void store_doc(ingest_run *g, const ingest_doc *d)
{
    int rc = d->rc == 0 ? ct_store_put_article(g->s, &d->a, d->json) : d->rc;
    if (rc < 0) {
        if (g->progress) fputc('\n', stderr);
        if (!d->a.id)
            fprintf(stderr, "cityties ingest: %s\n", d->err);
        else
            fprintf(stderr, "cityties ingest: %s: %s%s%s\n", d->a.id, ct_strerror(rc),
                    rc == CT_EDB ? ": " : "", rc == CT_EDB ? ct_store_errmsg(g->s) : "");
        g->failed++;
    } else {
        g->pending[rc]++;
    }
    if (g->progress) {
        g->done_bytes += (double)d->a.raw_len;
        show_progress(g->done_bytes, g->total, g->n, g->failed);
    }
    long pending = g->pending[0] + g->pending[1] + g->pending[2];
    if (pending >= INGEST_BATCH || now_s() - g->last_commit >= INGEST_BATCH_MS / 1000.0 ||
        (g->abort_after > 0 && g->committed + pending >= g->abort_after))
        ingest_commit(g, 0);
}

/* The document of item x as the store takes it; borrows x's strings. */
static ingest_doc doc_of(const cli_item *x)
{
    ingest_doc d = {NULL, 0, {NULL, NULL, NULL, NULL, 0, NULL, 0}, x->json, x->rc, x->err};
    if (x->doc) {
        d.a.id = ct_doc_id(x->doc);
        d.a.url = ct_doc_url(x->doc);
        d.a.published = ct_doc_meta_published(x->doc);
        d.a.raw = ct_doc_raw(x->doc, &d.a.raw_len);
        d.a.text = ct_doc_text(x->doc, &d.a.text_len);
    }
    return d;
}

/* A copy of d in one allocation, for the writer; NULL when out of memory. */
static ingest_doc *doc_copy(const ingest_doc *d)
{
    const char *str[] = {d->a.id, d->a.url, d->a.published, d->json, d->err};
    size_t len[5], total = sizeof *d + d->a.raw_len + 1;
    int shared = d->a.text == d->a.raw; /* a plain-text document: its text is its bytes */
    if (!shared) total += d->a.text_len + 1;
    for (int i = 0; i < 5; i++)
        total += (len[i] = str[i] ? strlen(str[i]) + 1 : 0);
    ingest_doc *c = malloc(total);
    if (!c) return NULL;
    *c = *d;
    c->next = NULL, c->size = total;
    char *p = (char *)(c + 1), *copy[5];
    for (int i = 0; i < 5; i++) {
        copy[i] = str[i] ? memcpy(p, str[i], len[i]) : NULL;
        p += len[i];
    }
    c->a.id = copy[0], c->a.url = copy[1], c->a.published = copy[2];
    c->json = copy[3], c->err = copy[4];
    if (d->a.raw) memcpy(p, d->a.raw, d->a.raw_len);
    c->a.raw = d->a.raw ? p : NULL;
    p += d->a.raw_len + 1;
    if (shared) {
        c->a.text = c->a.raw;
    } else {
        if (d->a.text) memcpy(p, d->a.text, d->a.text_len);
        c->a.text = d->a.text ? p : NULL;
    }
    return c;
}

/* The per-document callback: stores in line, or hands a copy to the writer (waiting while its
 * queue is full). */
static int on_document(cli_item *x, void *user)
{
    ingest_run *g = user;
    ingest_doc d = doc_of(x);
    if (!g->q) {
        store_doc(g, &d);
        return 0;
    }
    ingest_doc *c = doc_copy(&d);
    if (!c) return CT_ENOMEM;
    ingest_queue *q = g->q;
    pthread_mutex_lock(&q->mu);
    while (q->n >= QUEUE_MAX || (q->n && q->bytes + c->size > QUEUE_BYTES))
        pthread_cond_wait(&q->room, &q->mu);
    if (q->tail)
        q->tail->next = c;
    else
        q->head = c;
    q->tail = c, q->n++, q->bytes += c->size;
    pthread_cond_signal(&q->more);
    pthread_mutex_unlock(&q->mu);
    return 0;
}

/* The writer thread: stores the queue's documents in order until it is closed and empty. */
static void *writer(void *arg)
{
    ingest_run *g = arg;
    ingest_queue *q = g->q;
    for (;;) {
        pthread_mutex_lock(&q->mu);
        while (!q->head && !q->closed)
            pthread_cond_wait(&q->more, &q->mu);
        ingest_doc *d = q->head;
        if (d) {
            q->head = d->next;
            if (!q->head) q->tail = NULL;
            q->n--, q->bytes -= d->size;
            pthread_cond_signal(&q->room);
        }
        pthread_mutex_unlock(&q->mu);
        if (!d) return NULL;
        store_doc(g, d);
        free(d);
    }
}

static int cmd_ingest(const opts *o)
{
    ct_format fmt;
    if (parse_format(o->format, &fmt) < 0) {
        fprintf(stderr, "cityties ingest: --format takes text, html or jsonl\n");
        return 2;
    }
    if (o->nargs == 0) {
        fprintf(stderr, "cityties ingest: name the files or folders to ingest (\"-\" for stdin)\n");
        return 2;
    }
    const char *abort_env = getenv("CITYTIES_TEST_ABORT_AFTER");
    long abort_after = abort_env ? atol(abort_env) : 0;
    ct_store_setup(); /* before the store opens and the extraction threads start */
    ct_ctx *ctx = NULL;
    int rc = ct_ctx_open(o->gaz, &ctx);
    if (rc < 0) {
        char why[PATH_MAX + 256];
        if (rc == CT_EGAZ) ct_ctx_gaz_error(o->gaz, why, sizeof why);
        fprintf(stderr, "cityties ingest: %s\n", rc == CT_EGAZ ? why : ct_strerror(rc));
        return 2;
    }
    ct_store *s;
    if (open_store(o, &s, 1) < 0) {
        ct_ctx_free(ctx);
        return 2;
    }
    ct_store_set_gazetteer(s, ctx->gaz);
    ct_store_note_run(s, CT_VERSION);
    ct_reader *r;
    if (ct_reader_open((const char *const *)o->args, (size_t)o->nargs, fmt, &r) < 0) {
        fprintf(stderr, "cityties ingest: out of memory\n");
        ct_store_close(s);
        ct_ctx_free(ctx);
        return 2;
    }
    ingest_run g = {s,         !o->quiet && !o->json && isatty(2),
                    {0, 0, 0}, 0,
                    0,         abort_after,
                    0,         0,
                    {0, 0, 0}, now_s(),
                    NULL};
    for (int i = 0; g.progress && i < o->nargs; i++)
        if (strcmp(o->args[i], "-") != 0) g.total += input_bytes(o->args[i], 0);
    long jobs = o->jobs ? o->jobs : sysconf(_SC_NPROCESSORS_ONLN);
    ingest_queue q = {PTHREAD_MUTEX_INITIALIZER,
                      PTHREAD_COND_INITIALIZER,
                      PTHREAD_COND_INITIALIZER,
                      NULL,
                      NULL,
                      0,
                      0,
                      0};
    pthread_t wt;
    if (ct_store_begin(s) != 0) {
        fprintf(stderr, "cityties ingest: %s\n", ct_store_errmsg(s));
        g.failed++;
    } else {
        /* one job: extract and store in line; more: a writer stores while they extract */
        g.q = jobs > 1 ? &q : NULL;
        if (g.q && pthread_create(&wt, NULL, writer, &g) != 0) g.q = NULL;
        int brc = cli_batch_run(ctx, r, jobs, 0, on_document, &g);
        if (g.q) {
            pthread_mutex_lock(&q.mu);
            q.closed = 1;
            pthread_cond_signal(&q.more);
            pthread_mutex_unlock(&q.mu);
            pthread_join(wt, NULL);
        }
        if (brc == CT_ENOMEM) {
            fprintf(stderr, "cityties ingest: out of memory\n");
            g.failed++;
        }
    }
    ingest_commit(&g, 1);
    int progress = g.progress;
    long *n = g.n, failed = g.failed, committed = g.committed;
    if (progress) fputc('\n', stderr);
    if (o->json)
        printf("{\"new\":%ld,\"updated\":%ld,\"unchanged\":%ld,\"failed\":%ld}\n", n[CT_PUT_NEW],
               n[CT_PUT_REPLACED], n[CT_PUT_SAME], failed);
    else if (failed)
        fprintf(stderr, "cityties ingest: %ld of %ld documents failed\n", failed,
                failed + committed);
    ct_reader_free(r);
    ct_store_close(s);
    ct_ctx_free(ctx);
    return failed ? 1 : 0;
}

/* ---- questions ---- */

static int print_answer(const opts *o, const char *what, json_t *answer)
{
    if (o->json) {
        json_dumpf(answer, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        fputc('\n', stdout);
    } else {
        ct_query_print(stdout, what, answer);
    }
    json_decref(answer);
    return fflush(stdout) == 0 ? 0 : 2;
}

/* Resolves city arguments args[0..n) into keys; reports and returns -1 on failure. */
static int resolve(ct_store *s, const char *cmd, char **args, int n, char keys[][24])
{
    char err[2048];
    for (int i = 0; i < n; i++) {
        int rc = ct_query_resolve_place(s, args[i], keys[i], 24, err, sizeof err);
        if (rc < 0) {
            fprintf(stderr, "cityties %s: %s\n", cmd, err[0] ? err : ct_strerror(rc));
            return -1;
        }
    }
    return 0;
}

static int cmd_query(const char *cmd, const opts *o)
{
    int need_min = 1, need_max = 1;
    if (strcmp(cmd, "timeline") == 0) need_max = 2;
    if (strcmp(cmd, "brief") == 0) need_min = need_max = 2;
    if (strcmp(cmd, "person") == 0 || strcmp(cmd, "search") == 0) need_max = 1 << 20;
    if (o->nargs < need_min || o->nargs > need_max) {
        fprintf(stderr, "cityties %s: wrong number of arguments (see --help)\n", cmd);
        return 2;
    }
    ct_ctx *ctx = NULL;
    if (ct_ctx_open(o->gaz, &ctx) < 0) ctx = NULL; /* names then resolve from the store only */
    ct_store *s;
    if (open_store(o, &s, 0) < 0) {
        ct_ctx_free(ctx);
        return 2;
    }
    if (ctx) ct_store_set_gazetteer(s, ctx->gaz);
    json_t *answer = NULL;
    char keys[2][24];
    int rc = 0, status = 0;
    if (strcmp(cmd, "person") == 0 || strcmp(cmd, "search") == 0) {
        char *text = join(o->args, 0, o->nargs);
        if (!text)
            rc = CT_ENOMEM;
        else if (cmd[0] == 'p')
            rc = ct_query_person(s, text, &answer);
        else
            rc = ct_query_search(s, text, o->limit, &answer);
        if (rc == CT_ENOTFOUND && !o->json) {
            fprintf(stderr, "cityties person: nobody called \"%s\" in the knowledge base\n", text);
            status = 1;
        } else if (rc == CT_ENOTFOUND) {
            status = 1, rc = 0;
        }
        free(text);
    } else if (resolve(s, cmd, o->args, o->nargs, keys) < 0) {
        status = 1;
    } else if (strcmp(cmd, "partners") == 0) {
        rc = ct_query_partners(s, keys[0], &answer);
    } else if (strcmp(cmd, "timeline") == 0) {
        rc = ct_query_timeline(s, keys[0], o->nargs > 1 ? keys[1] : NULL, &answer);
    } else {
        rc = ct_query_brief(s, keys[0], keys[1], &answer);
    }
    if (rc < 0 && rc != CT_ENOTFOUND) {
        fprintf(stderr, "cityties %s: %s (%s)\n", cmd, ct_strerror(rc), ct_store_errmsg(s));
        status = 2;
    } else if (answer && !status) {
        status = print_answer(o, cmd, answer);
        answer = NULL;
    }
    json_decref(answer);
    ct_store_close(s);
    ct_ctx_free(ctx);
    return status;
}

static int cmd_export(const opts *o)
{
    if (!o->format) {
        fprintf(stderr, "cityties export: --format jsonl|csv|geojson|graphml is required\n");
        return 2;
    }
    ct_ctx *ctx = NULL;
    if (ct_ctx_open(o->gaz, &ctx) < 0) ctx = NULL;
    ct_store *s;
    if (open_store(o, &s, 0) < 0) {
        ct_ctx_free(ctx);
        return 2;
    }
    if (ctx) ct_store_set_gazetteer(s, ctx->gaz);
    FILE *out = stdout;
    int status = 0;
    if (o->output && !(out = fopen(o->output, "w"))) {
        fprintf(stderr, "cityties export: %s: %s\n", o->output, strerror(errno));
        status = 2;
    } else {
        int rc = ct_export(s, o->format, out);
        if (rc == CT_EARG) {
            fprintf(stderr, "cityties export: --format takes jsonl, csv, geojson or graphml\n");
            status = 2;
        } else if (rc < 0) {
            fprintf(stderr, "cityties export: %s (%s)\n", ct_strerror(rc), ct_store_errmsg(s));
            status = 2;
        }
        if (out != stdout && fclose(out) != 0)
            status = 2;
        else if (out == stdout && fflush(out) != 0)
            status = 2;
    }
    ct_store_close(s);
    ct_ctx_free(ctx);
    return status;
}

static int cmd_counts(const opts *o)
{
    ct_store *s;
    if (open_store(o, &s, 0) < 0) return 2;
    ct_store_counts c;
    int rc = ct_store_counts_get(s, &c);
    ct_store_close(s);
    if (rc < 0) {
        fprintf(stderr, "cityties counts: %s\n", ct_strerror(rc));
        return 2;
    }
    const char *fmt = o->json ? "{\"articles\":%lld,\"places\":%lld,\"people\":%lld,"
                                "\"mentions\":%lld,\"organizations\":%lld,\"events\":%lld,"
                                "\"merged_events\":%lld,\"ties\":%lld,\"tie_histories\":%lld}\n"
                              : "articles %lld\nplaces %lld\npeople %lld\nmentions %lld\n"
                                "organizations %lld\nevents %lld\nmerged_events %lld\n"
                                "ties %lld\ntie_histories %lld\n";
    printf(fmt, (long long)c.articles, (long long)c.places, (long long)c.people,
           (long long)c.mentions, (long long)c.orgs, (long long)c.events, (long long)c.event_groups,
           (long long)c.ties, (long long)c.tie_pairs);
    return 0;
}

int cli_kb_main(const char *cmd, int argc, char **argv)
{
    size_t which = sizeof commands / sizeof commands[0];
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(cmd, commands[i].name) == 0) which = i;
    if (which == sizeof commands / sizeof commands[0]) return -1;
    opts o;
    if (parse(cmd, argc, argv, &o) < 0) {
        free(o.args);
        return 2;
    }
    int status;
    if (o.help) {
        fputs(commands[which].usage, stdout);
        fputs(common_usage, stdout);
        status = 0;
    } else if (strcmp(cmd, "ingest") == 0) {
        status = cmd_ingest(&o);
    } else if (strcmp(cmd, "export") == 0) {
        status = cmd_export(&o);
    } else if (strcmp(cmd, "counts") == 0) {
        status = cmd_counts(&o);
    } else {
        status = cmd_query(cmd, &o);
    }
    free(o.args);
    return status;
}
