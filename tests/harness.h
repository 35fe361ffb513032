/*
 * harness.h - the minimal table-test harness every tests/test_<module>.c uses.
 *
 * CHECK(cond, fmt, ...) counts a pass or prints the failure with its location;
 * CHECK_STR(got, want) compares strings (NULL-safe). A test file's main() ends with
 * `return harness_done("name");`, which prints "name: N passed, N failed" and returns the exit
 * status; tests/run.sh adds the counts into one closing line.
 */
#ifndef HARNESS_H
#define HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_pass, harness_fail;

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (cond) {                                                                                \
            harness_pass++;                                                                        \
        } else {                                                                                   \
            harness_fail++;                                                                        \
            fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);                                  \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
        }                                                                                          \
    } while (0)

#define CHECK_STR(got, want)                                                                       \
    do {                                                                                           \
        const char *g_ = (got), *w_ = (want);                                                      \
        CHECK((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0),                     \
              "%s: got \"%s\", want \"%s\"", #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)");        \
    } while (0)

static inline int harness_done(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, harness_pass, harness_fail);
    return harness_fail ? 1 : 0;
}

#endif
