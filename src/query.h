/*
 * query.h - the questions users ask the knowledge base (store.h): partners of a city, a
 * timeline, the briefing for a pair of cities, a person, full-text search.
 *
 * Every query builds its answer as one JSON value (jansson) whose shape is the --json output;
 * ct_query_print() renders the same value as text for people. Every fact in an answer carries
 * its sources: article ids, and the evidence sentence where the extractor gave one.
 *
 * Merged events ("groups") appear as objects with: id, type, kind, date (the most precise
 * source date), dates (all distinct source dates when they disagree), planned (true while every
 * source reports it as planned), place, name, topics, people (name, role, title, of),
 * places (key, name, role), sources (article, url, published, date, planned, evidence, span).
 *
 * Ownership: returned json_t values belong to the caller (json_decref()).
 */
#ifndef CT_QUERY_H
#define CT_QUERY_H

#include <jansson.h>
#include <stdio.h>

#include "store.h"

/* Resolves a city argument: a key ("gn:1838524", "a1:KR.11", "cc:KR"), or any name or alias
 * the gazetteer knows (places already in the store are preferred, then cities over regions,
 * then a clearly larger city). Writes the key to key[0..cap). Returns 0, CT_ENOTFOUND, or
 * CT_EAMBIGUOUS with the choices listed in err. */
int ct_query_resolve_place(ct_store *s, const char *arg, char *key, size_t cap, char *err,
                           size_t errlen);

/* {"city": place, "partners": [{key, name, cc, kind, since, since_claims, last_contact,
 *  sources, articles}]} */
int ct_query_partners(ct_store *s, const char *key, json_t **out);
/* {"city", "other" (or null), "entries": [{date, what: "event"|"tie", ...}]}, oldest first,
 * undated entries last. other may be NULL. */
int ct_query_timeline(ct_store *s, const char *key, const char *other, json_t **out);
/* {"cities": [a, b], "ties", "visits" (each with "direction": "a->b", "b->a" or "?"),
 *  "meetings", "agreements", "plans" (planned groups no later report shows done; a plan that
 *  was done carries "fulfilled_by": the group id), "other_events", "people" (with the
 *  articles they appear in), "summary" {last_contact, visits_a_to_b, visits_b_to_a, meetings,
 *  agreements, open_plans}} */
int ct_query_brief(ct_store *s, const char *a, const char *b, json_t **out);
/* {"query", "people": [{id, name, title, of, aliases, roles, events}]}; CT_ENOTFOUND when no
 * person matches. */
int ct_query_person(ct_store *s, const char *name, json_t **out);
/* {"query", "results": [{article, url, published, snippet}]}, best first, at most limit. */
int ct_query_search(ct_store *s, const char *text, int limit, json_t **out);

/* Renders a query's answer as text; what is "partners", "timeline", "brief", "person" or
 * "search". */
void ct_query_print(FILE *f, const char *what, json_t *answer);

#endif
