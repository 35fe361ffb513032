/*
 * orgs.h - named organisations: companies, chambers, councils, universities, associations,
 * ports, ministries, consulates.
 *
 * ct_orgs_find() (declared in pipeline.h) fills an->orgs and an->org_mentions (text order) and
 * sets CT_PM_IN_ORG on every place mention inside an organisation's name. Algorithm:
 *   1. In each body sentence (not boilerplate, not a headline), a run of capitalised words,
 *      joined by the lowercase connectors of data/org_connectors.tsv and by hyphens and
 *      apostrophes without spaces, is an organisation when it holds a head word of
 *      data/org_heads.tsv ("Authority", "University", "Chamber of Commerce"). The name ends at
 *      the last head word, or runs on through "of X" ("University of Leeds"; over "and" a
 *      common noun: "Department of Culture and Tourism"), and through
 *      "in X" after a consulate, embassy or mission ("Consulate General in Busan"). "and the"
 *      separates two organisations. Leading title words ("Chairperson of the ..."), "X of"
 *      without a head, "the", ordinals and sentence fillers (data/cap_stop.tsv) are trimmed.
 *      A head that opens a person's title ("City Council Member") is none. The city
 *      government is the city, not an organisation: a span inside a CT_PM_GOV place mention,
 *      a place's "City Council" or "Municipal Corporation", a span that is one place.
 *   2. Acronyms defined either way round, "Full Name (FN)" or "FN (Full Name)", link later
 *      uses of the acronym to the organisation.
 *   3. The same name (by key) is the same organisation.
 *
 * Ownership: names live in the analysis arena.
 */
#ifndef CT_ORGS_H
#define CT_ORGS_H

#include <stddef.h>
#include <stdint.h>

#include "analysis.h"

/* Index into an->orgs of the organisation mention covering token tok, or -1; *start and *ntok
 * (either may be NULL) receive the mention's span. */
int32_t ct_orgs_covering(const ct_analysis *an, size_t tok, size_t *start, size_t *ntok);

/* Kind of the organisation from its last head word: "business", "academic", "council", "gov",
 * "media", "ngo" (associations, committees, federations, clubs), "port" (port authorities,
 * public bodies) or "other"
 * (data/org_heads.tsv); a council "for"/"on" something ("Council for the
 * Promotion of Trade") is "other". Never NULL. */
const char *ct_orgs_kind(const ct_analysis *an, int32_t org);

#endif
