/*
 * pipeline.c - runs the analysis stages in order (pipeline.h).
 */
#include "pipeline.h"

#include <string.h>

#include "cityties.h"
#include "document.h"
#include "segment.h"

static int run(ct_analysis *an, ct_stage last)
{
    typedef int (*stage_fn)(ct_analysis *);
    static const stage_fn stages[] = {NULL,           ct_segment,     ct_published_find,
                                      ct_dates_find,  ct_places_find, ct_orgs_find,
                                      ct_people_find, ct_events_find};
    ct_vec_init(&an->places, sizeof(ct_place_mention));
    ct_vec_init(&an->dates, sizeof(ct_date_mention));
    ct_vec_init(&an->people, sizeof(ct_person));
    ct_vec_init(&an->person_mentions, sizeof(ct_person_mention));
    ct_vec_init(&an->orgs, sizeof(ct_org));
    ct_vec_init(&an->org_mentions, sizeof(ct_org_mention));
    for (int s = CT_STAGE_SEGMENT; s <= (int)last; s++) {
        int rc = stages[s](an);
        if (rc < 0) return rc;
    }
    return 0;
}

/* The events module sizes its own vectors; initialise them here so every stage prefix works. */
#include "events.h"

int ct_analyze(const ct_ctx *ctx, const ct_doc *doc, ct_arena *arena, ct_stage last,
               ct_analysis **out)
{
    ct_analysis *an = ct_arena_alloc(arena, sizeof *an);
    if (!an) return CT_ENOMEM;
    an->arena = arena;
    an->ctx = ctx;
    an->doc = doc;
    an->text = doc->text;
    an->len = doc->len;
    ct_vec_init(&an->events, sizeof(ct_event));
    ct_vec_init(&an->ties, sizeof(ct_tie));
    int rc = run(an, last);
    if (rc < 0) return rc;
    *out = an;
    return 0;
}

ct_analysis *ct_analyze_text(const ct_ctx *ctx, ct_arena *arena, const char *text, size_t len,
                             ct_stage last)
{
    ct_analysis *an = ct_arena_alloc(arena, sizeof *an);
    if (!an) return NULL;
    an->arena = arena;
    an->ctx = ctx;
    an->text = text;
    an->len = len;
    ct_vec_init(&an->events, sizeof(ct_event));
    ct_vec_init(&an->ties, sizeof(ct_tie));
    return run(an, last) < 0 ? NULL : an;
}
