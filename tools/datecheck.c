/*
 * datecheck - runs the date normalizer (src/dates.c) from the command line.
 *
 *   datecheck < LINES          each line `ANCHOR<TAB>TEXT`: prints one line per expression
 *                              found in TEXT: `VALUE<TAB>KIND<TAB>FUTURE<TAB>SURFACE`, then a
 *                              blank line. ANCHOR is the publication date ("2023-10-13",
 *                              "2003", "XXXX-04-30", or "null"/"" when unknown).
 *   datecheck --published FILE...   prints `FILE<TAB>DATE` (or `null`) per plain-text file.
 *
 * Used by scripts/date_accuracy.py. Build: make build/datecheck.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "lexicon.h"

static const char *kind_name(int k)
{
    switch (k) {
    case CT_DM_DATE:
        return "date";
    case CT_DM_ANNIV:
        return "anniv";
    case CT_DM_DURATION:
        return "duration";
    case CT_DM_SINCE:
        return "since";
    }
    return "?";
}

static int published(const ct_lexicons *lex, int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            continue;
        }
        char *buf = NULL;
        size_t len = 0, cap = 0;
        for (;;) {
            if (len + 65536 > cap) {
                cap = cap ? cap * 2 : 131072;
                char *nb = realloc(buf, cap);
                if (!nb) break;
                buf = nb;
            }
            size_t n = fread(buf + len, 1, cap - len, f);
            if (!n) break;
            len += n;
        }
        fclose(f);
        ct_ymd d;
        char out[32] = "null";
        ct_when w;
        memset(&w, 0, sizeof w);
        if (buf && ct_published_in_text(lex, NULL, buf, len, &d)) {
            w.start = d;
            if (!ct_when_format(&w, out, sizeof out)) strcpy(out, "null");
        }
        printf("%s\t%s\n", argv[i], out);
        free(buf);
    }
    return 0;
}

int main(int argc, char **argv)
{
    ct_lexicons *lex = ct_lexicons_load();
    if (!lex) {
        fprintf(stderr, "datecheck: out of memory\n");
        return 1;
    }
    if (argc > 1 && strcmp(argv[1], "--published") == 0) {
        int rc = published(lex, argc - 2, argv + 2);
        ct_lexicons_free(lex);
        return rc;
    }
    static char line[1 << 16];
    static ct_date_expr ex[256];
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        char *tab = strchr(line, '\t');
        const char *text = tab ? tab + 1 : line;
        ct_ymd pub = {0, 0, 0};
        if (tab) {
            *tab = '\0';
            if (ct_ymd_parse(line, strlen(line), &pub) != 0) memset(&pub, 0, sizeof pub);
        }
        int16_t ref = 0;
        size_t k = ct_dates_in_text(lex, pub, text, strlen(text), &ref, ex, 256);
        for (size_t i = 0; i < k; i++) {
            char v[64];
            if (!ct_when_format(&ex[i].value, v, sizeof v)) strcpy(v, "null");
            printf("%s\t%s\t%d\t%.*s\n", v, kind_name(ex[i].kind), ex[i].future,
                   (int)(ex[i].end - ex[i].start), ex[i].start);
        }
        printf("\n");
        fflush(stdout);
    }
    ct_lexicons_free(lex);
    return 0;
}
