/*
 * test_same_answers.c - the optimised program gives the same records as the debug build.
 *
 * This test binary is itself the sanitizer/debug build (-O1, ASan, UBSan): it extracts every
 * article of the dev corpus (../shared/corpus/dev when present, else examples/, else a few
 * invented articles) in process, one record per line exactly as `cityties extract` writes them,
 * and compares the lines byte for byte with the output of the optimised program
 * ($CITYTIES_BIN or build/cityties, -O2) run with --jobs 1 and --jobs 2: the fast paths and the
 * threads must not change a single byte.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cityties.h"
#include "harness.h"
#include "text.h"

typedef struct {
    char *data;
    size_t len, cap;
} sbuf;

static int sb_add(sbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->data, cap);
        if (!p) return -1;
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

/* Records of the optimised program over path with `jobs` threads; NULL when it cannot run. */
static char *run_program(const char *bin, const char *path, int jobs, size_t *len)
{
    char cmd[4096];
    snprintf(cmd, sizeof cmd, "'%s' extract -q -j%d '%s' 2>/dev/null", bin, jobs, path);
    FILE *p = popen(cmd, "r");
    if (!p) return NULL;
    sbuf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
        if (sb_add(&b, chunk, n) < 0) break;
    pclose(p);
    if (!b.data) sb_add(&b, "", 0);
    *len = b.len;
    return b.data;
}

/* Records of this (debug) build over path, written as `cityties extract` writes them. */
static char *run_in_process(const ct_ctx *ctx, const char *path, size_t *len, size_t *ndocs)
{
    const char *paths[] = {path};
    ct_reader *r;
    if (ct_reader_open(paths, 1, CT_FMT_AUTO, &r) < 0) return NULL;
    sbuf b = {0};
    sb_add(&b, "", 0);
    *ndocs = 0;
    for (;;) {
        ct_doc *doc = NULL;
        char err[512];
        int got = ct_reader_next(r, &doc, err, sizeof err);
        if (got == 0) break;
        if (got < 0) continue; /* skipped by the program too */
        char *json = NULL;
        size_t jl = 0;
        if (ct_extract_json(ctx, doc, 0, &json, &jl) == 0 && json) {
            sb_add(&b, json, jl);
            sb_add(&b, "\n", 1);
            (*ndocs)++;
        }
        free(json);
        ct_doc_free(doc);
    }
    ct_reader_free(r);
    *len = b.len;
    return b.data;
}

/* Compares the two outputs line by line: one CHECK per record, the first difference shown. */
static void compare(const char *what, const char *want, size_t wl, const char *got, size_t gl)
{
    size_t line = 0, i = 0, j = 0;
    int shown = 0;
    while (i < wl || j < gl) {
        const char *we = memchr(want + i, '\n', wl - i), *ge = memchr(got + j, '\n', gl - j);
        size_t wn = we ? (size_t)(we - want) - i : wl - i,
               gn = ge ? (size_t)(ge - got) - j : gl - j;
        line++;
        int same = i < wl && j < gl && wn == gn && memcmp(want + i, got + j, wn) == 0;
        CHECK(same, "%s: record %zu differs from the debug build's", what, line);
        if (!same && !shown) {
            size_t k = 0;
            while (k < wn && k < gn && want[i + k] == got[j + k])
                k++;
            size_t from = k > 60 ? k - 60 : 0;
            fprintf(stderr, "  debug:     ...%.*s\n", (int)(wn - from < 200 ? wn - from : 200),
                    i < wl ? want + i + from : "");
            fprintf(stderr, "  optimised: ...%.*s\n", (int)(gn - from < 200 ? gn - from : 200),
                    j < gl ? got + j + from : "");
            shown = 1;
        }
        i = i < wl ? i + wn + 1 : i;
        j = j < gl ? j + gn + 1 : j;
    }
}

static int is_dir_with_files(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) return 0;
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "ls -A '%s' 2>/dev/null | grep -q .", path);
    return system(cmd) == 0;
}

/* ct_key() as it was before its fast paths: fold up to 1023 bytes, then cut at cap-1. */
static size_t reference_key(char *dst, size_t cap, const char *s, size_t n)
{
    char tmp[1024];
    if (cap == 0) return 0;
    ct_buf b = {tmp, 0, sizeof tmp, sizeof tmp - 1, 0};
    ct_key_append(&b, s, n);
    size_t len = b.len < cap ? b.len : cap - 1;
    memcpy(dst, tmp, len);
    dst[len] = '\0';
    return len;
}

/* The fast ct_key() equals the reference on random strings of ASCII, separators, accents,
 * ligatures, wide expansions (U+FDFA) and CJK, at every buffer size that matters. */
static void check_keys(void)
{
    static const char *const pieces[] = {"a",
                                         "B",
                                         " ",
                                         "-",
                                         "\xc3\xa9",
                                         "\xef\xac\x83",
                                         "\xef\xb7\xba",
                                         "Z",
                                         "x.",
                                         "\xe2\x80\x99",
                                         "\xe6\x97\xa5",
                                         "  ",
                                         "\xc7\x86",
                                         "\xc3\x9f"};
    static const size_t caps[] = {1, 2, 3, 5, 16, 64, 128, 256, 1000, 1021, 1022, 1023, 1024};
    unsigned seed = 8;
    int bad = 0;
    for (int it = 0; it < 20000; it++) {
        char s[3000], a[1100], b[1100];
        size_t n = 0;
        seed = seed * 1103515245u + 12345u;
        int np = (int)(seed >> 16) % 400;
        for (int k = 0; k < np && n < 2900; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)];
            size_t l = strlen(p);
            memcpy(s + n, p, l);
            n += l;
        }
        seed = seed * 1103515245u + 12345u;
        size_t cap = caps[(seed >> 16) % (sizeof caps / sizeof *caps)];
        size_t la = ct_key(a, cap, s, n), lb = reference_key(b, cap, s, n);
        if (la != lb || memcmp(a, b, la) != 0) bad++;
    }
    CHECK(bad == 0, "ct_key differs from the reference on %d of 20000 strings", bad);
}

static const char *const invented[] = {
    "{\"id\":\"sa-1\",\"text\":\"Mayor Anna Keller of Graz welcomed a delegation from Pula on "
    "Tuesday, March 3, 2020. The two cities signed a memorandum of understanding on tourism.\"}",
    "{\"id\":\"sa-2\",\"text\":\"LYON, France (June 12, 2019) - The city council approved a "
    "sister-city agreement with Montreal. Deputy Mayor Paul Girard will travel to Canada in "
    "September to sign it.\"}",
    "{\"id\":\"sa-3\",\"text\":\"Busan Mayor Kim Min-soo met Ambassador Laura Diaz of Chile at "
    "City Hall on Monday to discuss port cooperation with Valparaiso.\"}",
};

int main(void)
{
    check_keys();
    const char *bin = getenv("CITYTIES_BIN");
    if (!bin || !*bin) bin = "build/cityties";
    char tmpfile[] = "/tmp/ct_same_answersXXXXXX";
    char named[sizeof tmpfile + 8];
    const char *path = NULL;
    int made_tmp = 0;
    if (is_dir_with_files("../shared/corpus/dev"))
        path = "../shared/corpus/dev";
    else if (is_dir_with_files("examples"))
        path = "examples";
    else {
        int fd = mkstemp(tmpfile);
        CHECK(fd >= 0, "cannot make a temporary file");
        if (fd < 0) return harness_done("same_answers");
        close(fd);
        snprintf(named, sizeof named, "%s.jsonl", tmpfile);
        rename(tmpfile, named);
        FILE *f = fopen(named, "w");
        for (size_t i = 0; f && i < sizeof invented / sizeof *invented; i++)
            fprintf(f, "%s\n", invented[i]);
        if (f) fclose(f);
        path = named;
        made_tmp = 1;
    }
    if (access(bin, X_OK) != 0) {
        fprintf(stderr, "same_answers: %s is not built (make); nothing to compare\n", bin);
        CHECK(0, "the optimised program %s is missing", bin);
        return harness_done("same_answers");
    }
    ct_ctx *ctx;
    int rc = ct_ctx_open(NULL, &ctx);
    CHECK(rc == 0, "ct_ctx_open: %d", rc);
    if (rc != 0) return harness_done("same_answers");

    size_t wl = 0, ndocs = 0;
    char *want = run_in_process(ctx, path, &wl, &ndocs);
    CHECK(want != NULL && ndocs > 0, "no records from the debug build over %s", path);
    for (int jobs = 1; want && jobs <= 2; jobs++) {
        size_t gl = 0;
        char *got = run_program(bin, path, jobs, &gl);
        CHECK(got != NULL, "cannot run %s", bin);
        if (got) {
            char what[64];
            snprintf(what, sizeof what, "-j%d", jobs);
            compare(what, want, wl, got, gl);
        }
        free(got);
    }
    printf("same_answers: %zu records over %s compared at -j1 and -j2\n", ndocs, path);
    free(want);
    ct_ctx_free(ctx);
    if (made_tmp) unlink(path);
    return harness_done("same_answers");
}
