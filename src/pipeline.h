/*
 * pipeline.h - runs the stages of analysis over one article, in order:
 *
 *   segment -> published -> dates -> places -> orgs -> people -> events (and ties)
 *
 * Each stage is one module's entry point, reading an ct_analysis that the earlier stages filled
 * and appending its own part. Tests run a prefix of the pipeline with ct_analyze_text().
 */
#ifndef CT_PIPELINE_H
#define CT_PIPELINE_H

#include "analysis.h"

typedef enum {
    CT_STAGE_SEGMENT = 1,
    CT_STAGE_PUBLISHED,
    CT_STAGE_DATES,
    CT_STAGE_PLACES,
    CT_STAGE_ORGS,
    CT_STAGE_PEOPLE,
    CT_STAGE_EVENTS,
    CT_STAGE_ALL = CT_STAGE_EVENTS
} ct_stage;

/* Stage entry points, each in its module. Return 0 or a negative CT_E* code. */
int ct_published_find(ct_analysis *an); /* dates.c: sets an->published */
int ct_dates_find(ct_analysis *an);     /* dates.c: fills an->dates */
int ct_places_find(ct_analysis *an);    /* places.c: fills an->places */
int ct_orgs_find(ct_analysis *an);      /* orgs.c: fills an->orgs, marks places inside orgs */
int ct_people_find(ct_analysis *an);    /* people.c: fills an->people, an->person_mentions */
int ct_events_find(ct_analysis *an);    /* events.c: fills an->events, an->ties */

/* Runs the pipeline up to and including `last` over a document. *out lives in arena. */
int ct_analyze(const ct_ctx *ctx, const ct_doc *doc, ct_arena *arena, ct_stage last,
               ct_analysis **out);

/* The same over plain text (for tests): the text is one document, id "test". The analysis
 * borrows text, which must outlive it. Returns NULL on failure. */
ct_analysis *ct_analyze_text(const ct_ctx *ctx, ct_arena *arena, const char *text, size_t len,
                             ct_stage last);

#endif
