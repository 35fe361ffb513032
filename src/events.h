/*
 * events.h - events (visits, meetings, agreements, speeches, conferences, cultural events,
 * honours) and ties (standing relationships between two places), each with the sentence it
 * came from. Filled by ct_events_find() (pipeline.h), the last stage of the analysis.
 *
 * Ownership: strings are keys or names owned by the analysis arena (or by the context's data).
 */
#ifndef CT_EVENTS_H
#define CT_EVENTS_H

#include "analysis.h"

typedef enum {
    CT_EV_VISIT = 1,
    CT_EV_MEETING,
    CT_EV_AGREEMENT,
    CT_EV_SPEECH,
    CT_EV_CONFERENCE,
    CT_EV_CULTURAL,
    CT_EV_HONOR
} ct_event_type;

typedef enum {
    CT_KIND_NONE = 0,
    CT_KIND_SISTER,
    CT_KIND_FRIENDSHIP,
    CT_KIND_MOU,
    CT_KIND_COOPERATION
} ct_tie_kind;

#define CT_EV_MAX 16 /* people or keys per event (a delegation named in full) */

typedef struct {
    uint8_t type;    /* ct_event_type */
    uint8_t kind;    /* ct_tie_kind, agreements */
    uint8_t planned; /* future or intended relative to publication */
    uint8_t has_date;
    uint8_t renewal;  /* agreement: renews or re-signs an older one, so dates no tie */
    uint8_t definite; /* agreement: a definite document ("signed the MOU"), maybe told before */
    ct_when date;
    const char *people[CT_EV_MAX]; /* visitors, participants, signatories, speaker, recipient */
    uint8_t npeople;
    const char *keys[CT_EV_MAX]; /* destinations (visit) or parties */
    uint8_t nkeys;
    const char *place; /* meeting, conference, cultural event: where (key) */
    const char *name;  /* conference or cultural event name, speech venue, honour */
    const char *by;    /* honour: key of the giver */
    uint32_t topics;   /* bit i = ct_topic_names[i] */
    uint32_t sent;     /* sentence of the evidence */
    ct_span evidence;
} ct_event;

typedef struct {
    const char *a, *b; /* the two place keys */
    uint8_t kind;      /* ct_tie_kind */
    uint8_t has_since;
    ct_when since;
    ct_span evidence;
} ct_tie;

/* The lexicons the events stage reads, looked up by name once per context: ct_ctx_open() keeps
 * them in ct_ctx.events (a context without them has the stage look them up for each article).
 * NULL on out of memory; the tables stay lx's. */
typedef struct ct_events_lex ct_events_lex;
ct_events_lex *ct_events_lex_open(const ct_lexicons *lx);
void ct_events_lex_free(ct_events_lex *el);

extern const char *const ct_event_type_names[]; /* by ct_event_type */
extern const char *const ct_tie_kind_names[];   /* by ct_tie_kind */
extern const char *const ct_topic_names[];      /* the spec's closed topic list, NULL-ended */

#endif
