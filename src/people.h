/*
 * people.h - named people, their titles and whom they represent, and every later reference
 * to them ("Mayor Park", "Park", "the mayor", "he").
 *
 * ct_people_find() (declared in pipeline.h) fills an->people (ct_person) and
 * an->person_mentions (ct_person_mention, text order). Algorithm, per non-boilerplate sentence:
 *   1. Title phrases (data/titles.tsv, longest match) and capitalised name runs are found; a
 *      run joins capitalised words, glued hyphens ("Won-soon"), initials ("R.") and particles
 *      (data/name_particles.tsv). Place, organisation and stop words (data/cap_stop.tsv) do not
 *      start a name.
 *   2. A run is a person only with evidence: a title before it ("Busan Mayor X", "Chinese
 *      Ambassador to Korea X") or after it ("X, the Mayor of Y"), a courtesy prefix
 *      (data/name_prefixes.tsv), a verb of speech or meeting beside it
 *      (data/person_verbs.tsv), a known given name or surname (data/given_names.tsv,
 *      data/surnames.tsv, names.h's Korean surnames) in a two-to-four word run, membership of a
 *      comma list with such a name, or an earlier person whose name it shortens.
 *   3. The title's affiliation: a place or demonym before it ("Busan Mayor", "Chinese
 *      Ambassador"), or "of/at X" after it, X a place mention (its key) or an organisation
 *      (its name). Diplomats take only a country. "lead" titles (president, chairman,
 *      director...) map through the organisation's kind (orgs.h) or the place's level.
 *   4. Names are merged within the article with names.h (romanization, order, short forms);
 *      the person's name is the fullest form, other forms become aliases.
 *   5. Title-only mentions ("the mayor", "the Chinese Consul General") resolve to the latest
 *      person with that title (and affiliation, when given); he/she/his/her to the latest
 *      named person.
 *
 * Ownership: strings live in the analysis arena.
 */
#ifndef CT_PEOPLE_H
#define CT_PEOPLE_H

#include <stddef.h>
#include <stdint.h>

#include "analysis.h"

/* The person (index into an->people) of the mention starting at token tok, or -1; *ntok (may be
 * NULL) receives the mention's length in tokens. Title-only and pronoun mentions count. */
int32_t ct_people_at(const ct_analysis *an, size_t tok, size_t *ntok);

/* The person mentions of sentence sent: returns how many and sets *first to the first of them
 * (they are contiguous in an->person_mentions), or 0 and NULL. */
size_t ct_people_in_sentence(const ct_analysis *an, size_t sent, const ct_person_mention **first);

/* Index of the person whose name (or alias) matches name[0..n) per names.h, or -1. */
int32_t ct_people_find_name(const ct_analysis *an, const char *name, size_t n);

/* Spec title from its record name ("consul_general"), CT_TITLE_NONE when unknown. */
ct_title ct_title_parse(const char *s);

#endif
