/*
 * test_event_words.c - the word classes of data/event_words.tsv and data/party_words.tsv that
 * events.c reads once per token as bits (word_classes(): W_* and P_*). A class a value names
 * that has no bit would be dropped without a word, so every class in the data must be one of
 * the bits' names below (kept in step with event_classes[] and party_classes[] in events.c),
 * and a party word's value is one class, whole.
 */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "harness.h"
#include "lexicon.h"

static const char *const event_classes[] = {"region",   "group", "meet",   "origin",
                                            "document", "coop",  "found",  "hold",
                                            "begin",    "bond",  "approx", NULL};
static const char *const party_classes[] = {"lead", "party", "report", "remote", NULL};

/* Is w[0..n) one of names? */
static int known(const char *const *names, const char *w, size_t n)
{
    for (size_t i = 0; names[i]; i++)
        if (strlen(names[i]) == n && strncmp(names[i], w, n) == 0) return 1;
    return 0;
}

/* Every class each entry of table t lists (separated by spaces, or the whole value when
 * whole) is known; returns the entries read. */
static size_t check_table(const ct_lexicon *t, const char *const *names, int whole)
{
    size_t n = ct_lex_count(t);
    for (size_t i = 0; i < n; i++) {
        const char *key, *v;
        ct_lex_entry(t, i, &key, &v);
        if (whole) {
            CHECK(known(names, v, strlen(v)), "party word \"%s\": class \"%s\" has no bit", key, v);
            continue;
        }
        CHECK(*v, "event word \"%s\" names no class", key);
        for (; *v; v += strcspn(v, " "), v += *v == ' ') {
            size_t len = strcspn(v, " ");
            CHECK(known(names, v, len), "event word \"%s\": class \"%.*s\" has no bit", key,
                  (int)len, v);
        }
    }
    return n;
}

int main(void)
{
    ct_lexicons *lx = ct_lexicons_load();
    CHECK(lx != NULL, "lexicons load");
    if (!lx) return harness_done("event_words");
    const ct_lexicon *ew = ct_lex(lx, "event_words"), *pw = ct_lex(lx, "party_words");
    CHECK(ew && pw, "both tables are compiled in");
    if (ew) CHECK(check_table(ew, event_classes, 0) > 0, "event_words has entries");
    if (pw) CHECK(check_table(pw, party_classes, 1) > 0, "party_words has entries");
    ct_lexicons_free(lx);
    return harness_done("event_words");
}
