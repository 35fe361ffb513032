/*
 * dates.h - the publication date, and a normalizer of date expressions anchored on it.
 *
 * The normalizer reads English (and Korean-English) date expressions out of plain text and
 * resolves them to ct_when values (analysis.h) against an anchor: the publication date, at
 * whatever precision is known, and the tense of the clause. Forms: full and partial dates
 * ("3 November 2019", "Nov. 3", "July 26th (Thu)", "2019.05.14", "September 2014", "in 1976"),
 * day of month alone ("on the 4th"), weekdays, relative words ("yesterday", "last week",
 * "next April or May", "last Nov. 3"), spans ("June 27 - 30", "from June 26 until July 4"),
 * anniversaries ("the 10th anniversary", and "Fifty years after the signing, ..." opening a
 * clause), durations ("for the past 26 years") and "since 1993".
 * Years come from the text, else from the anchor and tense, never from the machine clock; with
 * no year to anchor on, the year stays unknown (XXXX).
 *
 * Word lists are data: data/dates_months.tsv, dates_weekdays.tsv, dates_numbers.tsv,
 * dates_tense.tsv and dates_published.tsv, reached through the ct_lexicons passed in.
 *
 * Ownership: nothing here allocates except ct_dates_find (the analysis arena); expressions
 * point into the caller's text.
 */
#ifndef CT_DATES_H
#define CT_DATES_H

#include <stddef.h>

#include "analysis.h"

enum { CT_TENSE_UNKNOWN = 0, CT_TENSE_PAST = 1, CT_TENSE_FUTURE = 2 };

typedef struct {
    ct_ymd pub;       /* publication date: y == 0 unknown year, m/d 0 absent, -1 unknown */
    int tense;        /* CT_TENSE_* of the clause holding the expression */
    int16_t ref_year; /* the last year written before the expression ("the same year"), or 0 */
    const ct_lexicons *lex; /* word lists (required) */
} ct_date_anchor;

typedef struct {
    const char *start;  /* first byte of the expression (a leading preposition included) */
    const char *end;    /* one past its last byte */
    uint8_t kind;       /* CT_DM_* */
    uint8_t future;     /* resolved after the publication date, or future tense */
    uint8_t year_given; /* the text itself wrote the (start) year */
    int16_t n;          /* the count for CT_DM_ANNIV and CT_DM_DURATION */
    ct_when value;      /* resolved value; all zero when the anchor cannot resolve it */
} ct_date_expr;

/* Writes w as ISO 8601 at its precision ("2023-10-13", "2023-10", "2023", "XXXX-06-26",
 * "2017-06-26/2017-07-04") into buf; returns the length, 0 when w holds no date. */
size_t ct_when_format(const ct_when *w, char *buf, size_t cap);

/* Days from 1970-01-01 to day d (m and d given); an unknown year counts as 2000, so two
 * days of one unknown year still compare. */
long ct_ymd_days(const ct_ymd *d);

/* Parses an ISO-like date "2023-10-13", "2022-09", "2003", "XXXX-04-30", "2024-04-16T09:00Z"
 * (also "2024.4.16", "2024/04/16") at s[0..n). Returns 0 and sets *out, or -1. */
int ct_ymd_parse(const char *s, size_t n, ct_ymd *out);

/* Scans one date expression starting exactly at *pp (which the caller places at a word start).
 * On success advances *pp past it, fills *out and returns 0; otherwise leaves *pp and returns
 * -1. A match whose value the anchor cannot resolve ("on Monday" with no publication date)
 * still succeeds, with an all-zero value. */
int ct_date_scan(const char **pp, const char *end, const ct_date_anchor *anchor, ct_date_expr *out);

/* Finds the next expression at or after *pp (word starts only); on success advances *pp past
 * it and returns 0, else returns -1. prev is the expression found just before (or NULL): a
 * bare year right after it in a list ("in 1996 and 2017") is then taken too. */
int ct_date_search(const char **pp, const char *end, const ct_date_anchor *anchor,
                   const ct_date_expr *prev, ct_date_expr *out);

/* Tense of the clause around byte offset at of the sentence s[0..len): the nearest tense cue of
 * data/dates_tense.tsv before it (else after it) decides; a past form right after a bare "be"
 * ("will be signed") is a participle and no cue. Returns CT_TENSE_*. */
int ct_date_tense(const ct_lexicons *lex, const char *s, size_t len, size_t at);

/* All expressions of one sentence s[0..len), each resolved with its own clause's tense, into
 * out[0..cap); returns how many were found (at most cap). ref_year carries the last written
 * year across calls (may be NULL). */
size_t ct_dates_in_text(const ct_lexicons *lex, ct_ymd pub, const char *s, size_t len,
                        int16_t *ref_year, ct_date_expr *out, size_t cap);

/* The publication date of a whole text (metadata string first when meta is non-NULL), by the
 * rules of ct_published_find. Returns 1 and sets *out when one is found, else 0. */
int ct_published_in_text(const ct_lexicons *lex, const char *meta, const char *text, size_t len,
                         ct_ymd *out);

/* The date mentions of sentence `sent` (after ct_dates_find): a pointer into an->dates and
 * their number in *n (0 and NULL when none). */
const ct_date_mention *ct_dates_in_sentence(const ct_analysis *an, size_t sent, size_t *n);

#endif
